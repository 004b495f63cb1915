"""Anything a form could hand the residents services (any Unicode, pasted control and bidi
characters, huge text, odd dates and numbers) ends in a plain ValidationError or in a
record that reads back cleaned. Never a crash, never an invisible character stored.

One vault per test function (hypothesis runs its examples against the fixture's desk,
which just grows), so the suite stays fast.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.errors import ValidationError
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from shelter_desk.services.residents import ResidentFile
from tests.unit.test_residents import make_rooms, take_in
from tests.unit.vaulttools import assert_plain

FUZZ = settings(
    # A deeper run now and then: SHELTER_DESK_FUZZ_EXAMPLES=2000 pytest tests/unit/test_resident_fuzz.py
    max_examples=int(os.environ.get("SHELTER_DESK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    database=None,  # no .hypothesis folder next to the code
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)

# --- what a form might hand over ---------------------------------------------------------
#
# Each example is a form filled in sensibly (names in many scripts, with pasted invisible
# characters around them) with zero to two fields odd: huge text, any code point, odd dates
# and numbers. So the checks of every field and the saving itself are both exercised.

INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\ufeff\u00ad\u200b\u2060"
NASTY = INVISIBLE + "\x00\x07\x08\x1b\x7f\x85\r\n\t\x0b\x0c\u2028\u2029\ud800\udfff \u00a0\u3000%_\\'\";"
NAMES = ["Zoë", "Małgorzata", "Nguyễn Thị Lan", "李梅", "فاطمة", "Оксана", "Ελένη", "Đặng", "👩🏽\u200d👧"]
LAST_DAY = date(2026, 1, 4)  # before the test clock's today in any time zone

any_char = st.characters(codec=None)  # every code point, surrogates included
bits = st.text(st.sampled_from(NASTY), max_size=4)
small_text = st.one_of(
    st.builds(lambda a, b, c: a + b + c, bits, st.sampled_from(NAMES), bits),
    st.text(any_char, max_size=40),
    st.text(st.sampled_from(NASTY + "aé李ف"), max_size=40),
)
huge_text = st.builds(lambda ch, n, tail: ch * n + tail,
                      st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(NASTY)),
                      st.integers(0, 100_000), st.text(max_size=5))
odd_text = st.one_of(huge_text, st.text(any_char, max_size=400), small_text, st.none())

odd_dates = st.one_of(
    st.sampled_from([date(1900, 1, 1), date(1899, 12, 31), date.min, date.max, date(2999, 1, 1),
                     LAST_DAY + timedelta(days=2)]),
    st.dates(),
    st.datetimes(),  # a datetime where a date belongs
    st.none(),
)
odd_ints = st.one_of(st.integers(-3, 130), st.integers(), st.integers(-(2**80), 2**80), st.booleans(),
                     st.sampled_from([0, 1, 2, 8, 9, 99, 2**63 - 1, 2**63, -(2**63)]))
odd_codes = st.lists(odd_ints, max_size=4).map(tuple)


def keys(terms: tuple[hud.Term, ...]) -> st.SearchStrategy:
    return st.sampled_from(sorted(hud.keys(terms)))


def codes(choices: tuple[hud.Choice, ...]) -> st.SearchStrategy:
    return st.sampled_from([c.code for c in choices])


def several(choices: tuple[hud.Choice, ...]) -> st.SearchStrategy:
    answers = [c.code for c in choices if c.code not in hud.MISSING_CODES]
    return st.one_of(st.lists(st.sampled_from(answers), max_size=3, unique=True).map(tuple),
                     st.sampled_from([(c,) for c in sorted(hud.MISSING_CODES)]))


def mixed(valid: dict[str, st.SearchStrategy], odd: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    """Keyword arguments: every field from ``valid``, then zero to two of them from ``odd``."""
    chosen = st.lists(st.sampled_from(sorted(odd)), max_size=2, unique=True)
    overrides = chosen.flatmap(lambda names: st.fixed_dictionaries({n: odd[n] for n in names}))
    return st.tuples(st.fixed_dictionaries(valid), overrides).map(lambda pair: {**pair[0], **pair[1]})


def dates(first: date, last: date = LAST_DAY) -> st.SearchStrategy:
    return st.dates(min_value=first, max_value=last)


PERSON_TEXT = ("pronouns", "languages", "emergency_contact", "dietary_needs", "allergies", "medical_notes",
               "watch_for")
persons = mixed(
    {"alias": small_text, "legal_name": st.one_of(st.none(), small_text), "dob_quality": codes(hud.DOB_QUALITY),
     "birth_date": dates(date(1900, 1, 1)), "approximate_age": st.integers(0, 120),
     "genders": several(hud.GENDERS), "race_ethnicity": several(hud.RACE_ETHNICITY),
     "interpreter_needed": st.booleans(), "do_not_confirm": st.booleans(),
     **{name: small_text for name in PERSON_TEXT}},
    {"alias": odd_text, "legal_name": odd_text, "dob_quality": odd_ints, "birth_date": odd_dates,
     "approximate_age": st.one_of(st.none(), odd_ints), "genders": odd_codes, "race_ethnicity": odd_codes,
     **{name: odd_text for name in PERSON_TEXT}},
).map(lambda kw: PersonDetails(**kw))

members = st.lists(st.builds(HouseholdEntry, small_text, st.one_of(st.none(), st.integers(0, 120)),
                             keys(hud.RELATIONSHIPS)), max_size=3)
odd_members = st.one_of(
    st.lists(st.builds(HouseholdEntry, odd_text, st.one_of(st.none(), odd_ints), odd_text), max_size=3),
    st.lists(st.builds(HouseholdEntry, st.just("K")), min_size=21, max_size=22),
    st.none(), st.just(()),
)
stays = mixed(
    {"intake_date": dates(date(1990, 1, 1)), "program": keys(hud.PROGRAMS),
     "referral_source": keys(hud.REFERRAL_SOURCES), "referral_note": small_text,
     "prior_living_situation": codes(hud.PRIOR_LIVING_SITUATIONS), "household": members,
     "bed_id": st.none()},
    {"intake_date": odd_dates, "program": odd_text, "referral_source": odd_text, "referral_note": odd_text,
     "prior_living_situation": odd_ints, "household": odd_members, "bed_id": st.one_of(odd_ints, st.just("free"))},
)
STAYED_FROM = date(2025, 11, 1)
exits = mixed({"day": dates(STAYED_FROM), "destination": codes(hud.DESTINATIONS), "reason": small_text},
              {"day": odd_dates, "destination": odd_ints, "reason": odd_text})
notes = mixed({"resident": st.just("real"), "kind": keys(hud.NOTE_KINDS), "text": small_text,
               "written_on": st.one_of(st.none(), dates(date(1990, 1, 1))), "amendment": small_text},
              {"resident": odd_ints, "kind": odd_text, "text": odd_text, "written_on": odd_dates,
               "amendment": odd_text})
goals = mixed({"kind": keys(hud.GOAL_KINDS), "status": keys(hud.GOAL_STATUSES), "description": small_text,
               "started_on": st.one_of(st.none(), dates(date(2000, 1, 1), date(2025, 6, 1))),
               "ended_on": st.one_of(st.none(), dates(date(2025, 6, 2))), "notes": small_text},
              {"kind": odd_text, "status": odd_text, "description": odd_text, "started_on": odd_dates,
               "ended_on": odd_dates, "notes": odd_text})
holds = mixed({"bed": st.just("real"), "note": small_text,
               "until": st.one_of(st.none(), dates(LAST_DAY + timedelta(days=2), date(2030, 1, 1)))},
              {"bed": odd_ints, "note": odd_text, "until": odd_dates})
rooms = mixed({"name": small_text, "note": small_text, "beds": st.integers(0, 4), "label": small_text},
              {"name": odd_text, "note": odd_text, "beds": odd_ints, "label": odd_text})
searches = mixed({"needle": st.one_of(st.sampled_from(NAMES), small_text),
                  "status": st.sampled_from(["here", "left", "all"]),
                  "program": st.one_of(st.none(), keys(hud.PROGRAMS))},
                 {"needle": odd_text, "status": odd_text, "program": odd_text})


# --- what must hold for whatever was stored ----------------------------------------------------

STRAY = set(INVISIBLE) | {"\r", "\u2028", "\u2029"}


def assert_clean(value: str, *, multiline: bool = False) -> None:
    assert value == value.strip(), repr(value[:80])
    for ch in value:
        if multiline and ch == "\n":
            continue
        assert ch not in STRAY, repr(value[:80])
        assert unicodedata.category(ch) not in ("Cc", "Cs"), repr(value[:80])
    assert value == unicodedata.normalize("NFC", value)


def assert_file_clean(file: ResidentFile) -> None:
    for line in (file.alias, file.pronouns, file.languages, file.emergency_contact, file.dietary_needs,
                 file.allergies):
        assert_clean(line)
    assert file.alias and len(file.alias) <= 120
    assert_clean(file.medical_notes, multiline=True)
    assert_clean(file.watch_for, multiline=True)
    for stay in file.stays:
        assert_clean(stay.referral_note)
        assert_clean(stay.exit_reason)
        for member in stay.household:
            assert_clean(member.name)
            assert member.age is None or 0 <= member.age <= 120
    for note in file.notes:
        assert_clean(note.text, multiline=True)
    for goal in file.goals:
        assert_clean(goal.description)
        assert_clean(goal.notes, multiline=True)


def attempt(call: Callable[[], object]) -> object | None:
    """Run a service call: it works, or says in plain words what to fix (naming a field)."""
    try:
        result = call()
    except ValidationError as exc:
        assert_plain(exc)
        _tally(f"refused: {exc.field}")
        return None
    _tally("saved")
    return result


def _tally(what: str) -> None:
    """Counted in ``--hypothesis-show-statistics`` (outside a hypothesis test: nothing)."""
    try:
        event(what)
    except Exception:  # noqa: BLE001, S110 - not inside a hypothesis example
        pass


# --- the services ------------------------------------------------------------------------------

def free_bed(desk: Desk) -> int | None:
    if not desk.beds.rooms():
        make_rooms(desk)
    return next((b.bed_id for b in desk.beds.board() if b.state == "free"), None)


def resident(desk: Desk, alias: str) -> int:
    found = desk.residents.search(alias, status="all")
    return found[0].id if found else take_in(desk, alias, on=STAYED_FROM)[0]


@FUZZ
@given(person=persons, stay=stays)
def test_intake(desk: Desk, person, stay):
    if stay["bed_id"] == "free":
        stay["bed_id"] = free_bed(desk)
    rid = attempt(lambda: desk.residents.intake(person, StayDetails(**stay)))
    if rid is not None:
        file = desk.residents.open_file(rid)
        assert_file_clean(file)
        assert rid in [r.id for r in desk.residents.search(file.alias[:200], status="all")]


@FUZZ
@given(person=persons, legal_unchanged=st.booleans())
def test_update(desk: Desk, person, legal_unchanged):
    rid = resident(desk, "Fuzz update")
    file = desk.residents.open_file(rid)
    if legal_unchanged:
        person.legal_name = None
    version = attempt(lambda: desk.residents.update(rid, person, file.version))
    after = desk.residents.open_file(rid)
    assert_file_clean(after)
    assert after.version == (file.version if version is None else version)
    desk.residents.history(rid)


@FUZZ
@given(args=exits, stay=stays)
def test_record_exit_and_stay_changes(desk: Desk, args, stay):
    rid, sid = take_in(desk, "Fuzz exit", on=STAYED_FROM)
    if stay["bed_id"] == "free":
        stay["bed_id"] = free_bed(desk)
    if stay["bed_id"] is not None:
        attempt(lambda: desk.beds.assign(sid, stay["bed_id"], on=stay["intake_date"]))
    attempt(lambda: desk.residents.update_stay(sid, StayDetails(**stay)))
    attempt(lambda: desk.residents.record_exit(sid, args["day"], args["destination"], args["reason"]))
    assert_file_clean(desk.residents.open_file(rid))


@FUZZ
@given(args=notes)
def test_add_note(desk: Desk, args):
    real = resident(desk, "Fuzz notes")
    who = real if args["resident"] == "real" else args["resident"]
    note = attempt(lambda: desk.casework.add_note(who, args["kind"], args["text"], args["written_on"]))
    if note is not None:
        attempt(lambda: desk.casework.correct_note(note, args["kind"], args["amendment"]))
        attempt(lambda: desk.casework.amend_note(note, args["amendment"]))
    assert_file_clean(desk.residents.open_file(real))


@FUZZ
@given(args=goals)
def test_add_goal(desk: Desk, args):
    real = resident(desk, "Fuzz goals")
    goal = attempt(lambda: desk.casework.add_goal(real, **args))
    if goal is not None:
        changed = dict(args, description=args["notes"], notes=args["description"])
        attempt(lambda: desk.casework.update_goal(goal, **changed))
    assert_file_clean(desk.residents.open_file(real))


@FUZZ
@given(args=holds)
def test_hold(desk: Desk, args):
    real = free_bed(desk)
    bed = real if args["bed"] == "real" else args["bed"]
    if attempt(lambda: desk.beds.hold(bed, args["note"], args["until"])) is not None or bed == real:
        row = {b.bed_id: b for b in desk.beds.board()}[real]
        assert_clean(row.hold_note)
        assert len(row.hold_note) <= 200
    attempt(lambda: desk.beds.release(bed))


@FUZZ
@given(args=rooms)
def test_add_room(desk: Desk, args):
    room = attempt(lambda: desk.beds.add_room(args["name"], args["note"], args["beds"]))
    if room is not None:
        attempt(lambda: desk.beds.add_bed(room, args["label"]))
        attempt(lambda: desk.beds.change_room(room, args["label"], args["name"]))
    for info in desk.beds.rooms(include_inactive=True):
        assert info.name and len(info.name) <= 60
        assert_clean(info.name)
        assert_clean(info.note)
        for b in info.beds:
            assert_clean(b.label)


@FUZZ
@given(args=searches)
def test_search(desk: Desk, args):
    if not desk.residents.search("Nguyễn", status="all"):
        for alias in NAMES + ["50% Anna", "a_b"]:
            take_in(desk, alias)
    needle, status, program = args["needle"], args["status"], args["program"]
    rows = attempt(lambda: desk.residents.search(needle, status, program))
    if rows is None:  # refused: a needle too long to be typed, or a program not on the list
        assert len(needle or "") > 200 or program not in hud.keys(hud.PROGRAMS)
    elif needle in NAMES and program is None and status in ("here", "all"):
        assert needle in [r.alias for r in rows]


def test_odd_dates_reach_every_date_field_as_plain_errors(desk: Desk):
    """The few odd dates no strategy should be left to find by chance."""
    rid, sid = take_in(desk, "Dates")
    calls = (
        lambda day: desk.residents.intake(PersonDetails("X"), StayDetails(day)),
        lambda day: desk.residents.intake(PersonDetails("X", dob_quality=hud.DOB_FULL, birth_date=day),
                                          StayDetails(desk.today())),
        lambda day: desk.residents.update_stay(sid, StayDetails(day)),
        lambda day: desk.residents.record_exit(sid, day, 17),
        lambda day: desk.casework.add_note(rid, "other", "x", day),
        lambda day: desk.casework.add_goal(rid, "other", started_on=day),
        lambda day: desk.beds.assign(sid, 1, on=day),
        lambda day: desk.beds.nightly_occupancy(day, day),
    )
    for day in (date.max, datetime(2020, 1, 1, 12, 0), date(1899, 12, 31), desk.today() + timedelta(days=1)):
        for call in calls:
            if call is calls[-1] and day == desk.today() + timedelta(days=1):
                continue  # a night to come is a fine question
            assert attempt(lambda call=call, day=day: call(day)) is None, (call, day)
