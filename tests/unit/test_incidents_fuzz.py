"""Anything an incident window could hand the services (any Unicode, huge text, times that are not
times or have no zone or odd zones, choices that are not choices, people that are not people, ids
that are not ids) ends in a plain ShelterDeskError with nothing stored changed, or in an incident
that reads back cleaned and consistent. Never another exception; the audit chain still verifies.

One vault per test function: each test runs its hypothesis examples against the one desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_desk.desk import Desk
from shelter_desk.services.incident_views import (
    DRAFT,
    OPEN,
    PERSON_KINDS,
    PERSON_ROLES,
    PLACES,
    SEVERITIES,
    IncidentEdit,
    IncidentInfo,
    PersonInput,
)
from shelter_desk.storage.incident_models import Incident, IncidentAmendment, IncidentFollowUp
from tests.unit.test_incidents import stored
from tests.unit.test_needs_fuzz import FUZZ, anything, attempt, audit_intact, plain_text
from tests.unit.test_resident_fuzz import assert_clean, mixed, odd_dates, odd_ints, odd_text
from tests.unit.test_residents import take_in

some_text = st.one_of(plain_text, odd_text)
TEXTS = ("narrative_before", "narrative_during", "narrative_after", "injuries", "medical_response",
         "property_damage", "immediate_actions")
LINES = ("location", "report_number", "mandatory_report_note", "supervisor_note")
FLAGS = ("police_called", "ems_called", "mandatory_report", "supervisor_notified")
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # the test clock, which does not move here

zones = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m)))
good_times = st.datetimes(datetime(2024, 1, 1), datetime(2026, 1, 4)).map(lambda d: d.replace(tzinfo=UTC))
odd_times = st.one_of(
    st.datetimes(), st.dates(),  # no zone; a day where a time belongs
    st.builds(lambda d, z: d.replace(tzinfo=z), st.datetimes(), zones),  # any time, any zone
    st.sampled_from([datetime.min.replace(tzinfo=timezone(timedelta(hours=5))),
                     datetime.max.replace(tzinfo=timezone(timedelta(hours=-5))),
                     datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC),
                     NOW + timedelta(minutes=2), NOW + timedelta(seconds=59), datetime(1999, 12, 31, tzinfo=UTC)]),
    anything,
)


@dataclass
class House:
    here: int
    child: int
    staff: int
    kind: int
    retired_kind: int
    draft: int
    open: int
    signed: int


def house(desk: Desk) -> House:
    from shelter_desk.services.resident_input import HouseholdEntry

    here = take_in(desk, "Fuzz here", household=[HouseholdEntry("Kid", 4)])[0]
    child = desk.incidents.children_here()[0][0]
    kinds = {k.code: k.id for k in desk.incidents.types()}
    desk.incidents.set_type_active(kinds["other"], False)
    base = IncidentEdit(occurred_at=NOW - timedelta(hours=3), type_id=kinds["conflict"], severity="low",
                        narrative_during="Raised voices in the kitchen.")
    draft = desk.incidents.save_draft(None, IncidentEdit(narrative_during="Started"))[0]
    open_id = desk.incidents.record(None, base)[0]
    signed, version = desk.incidents.record(None, base)
    desk.incidents.sign_off(signed, "Talked it through.", "", version)
    return House(here=here, child=child, staff=desk.current.account_id, kind=kinds["conflict"],
                 retired_kind=kinds["other"], draft=draft, open=open_id, signed=signed)


unhashable = st.one_of(st.lists(st.sampled_from(["inside", "low", "resident"]), max_size=2), st.just({}),
                       st.just({"inside": 1}), st.just(set()))
not_a_choice = st.one_of(anything, unhashable, st.sampled_from(["", "INSIDE", "Low ", "critical\u200b"]))


def good_people(h: House) -> st.SearchStrategy:
    roles = st.sampled_from([c for c, _ in PERSON_ROLES])
    return st.lists(st.one_of(
        st.builds(PersonInput, st.just("resident"), roles, st.just(h.here)),
        st.builds(PersonInput, st.just("child"), roles, household_member_id=st.just(h.child)),
        st.builds(PersonInput, st.just("staff"), st.just("witness"), account_id=st.just(h.staff)),
        st.builds(PersonInput, st.just("other"), roles, description=st.sampled_from(
            ["man in a grey car", "woman in a red coat", "Мужчина в куртке", "男人",
             "  MAN in a grey car "])),
    ), max_size=4)


def odd_people(h: House) -> st.SearchStrategy:
    odd = st.builds(PersonInput, st.one_of(st.sampled_from([c for c, _ in PERSON_KINDS]), not_a_choice),
                    st.one_of(st.sampled_from([c for c, _ in PERSON_ROLES]), not_a_choice),
                    st.one_of(st.just(h.here), odd_ints, anything), st.one_of(st.just(h.child), odd_ints, anything),
                    st.one_of(st.just(h.staff), odd_ints, anything), some_text)
    return st.one_of(st.lists(st.one_of(odd, anything), min_size=1, max_size=3), anything,
                     good_people(h).map(lambda found: found * 16))  # more than 60 named


def edits(h: House) -> st.SearchStrategy:
    """A window filled in sensibly, with zero to two things odd (a choice, a time, a text, a flag, the people)."""
    good = st.fixed_dictionaries({
        "occurred_at": good_times, "place": st.sampled_from([c for c, _ in PLACES]), "type_id": st.just(h.kind),
        "severity": st.sampled_from([c for c, _ in SEVERITIES]), **{name: plain_text for name in TEXTS + LINES},
        "narrative_during": st.just("The facts as seen."), **{name: st.booleans() for name in FLAGS},
        "people": good_people(h)})
    odd = {
        "occurred_at": odd_times.map(lambda v: {"occurred_at": v}),
        "place": not_a_choice.map(lambda v: {"place": v}),
        "severity": not_a_choice.map(lambda v: {"severity": v}),
        "type_id": st.one_of(odd_ints, anything, st.just(h.retired_kind)).map(lambda v: {"type_id": v}),
        "text": st.tuples(st.sampled_from(TEXTS), some_text).map(lambda p: {p[0]: p[1]}),
        "line": st.tuples(st.sampled_from(LINES), some_text).map(lambda p: {p[0]: p[1]}),
        "flag": st.tuples(st.sampled_from(FLAGS), anything).map(lambda p: {p[0]: p[1]}),
        "people": odd_people(h).map(lambda v: {"people": v}),
    }
    chosen = st.lists(st.sampled_from(sorted(odd)), max_size=2, unique=True)
    overrides = chosen.flatmap(lambda names: st.tuples(*(odd[n] for n in names)) if names else st.just(()))
    return st.tuples(good, overrides).map(
        lambda pair: IncidentEdit(**{**pair[0], **{k: v for part in pair[1] for k, v in part.items()}}))


def assert_incident_clean(info: IncidentInfo) -> None:
    edit = info.edit
    assert info.status in (DRAFT, OPEN)
    assert edit.occurred_at is not None and edit.occurred_at.tzinfo is not None
    assert edit.place in {c for c, _ in PLACES}
    assert edit.severity in {c for c, _ in SEVERITIES} | ({""} if info.status == DRAFT else set())
    for name in TEXTS:
        assert_clean(getattr(edit, name), multiline=True)
    for name in LINES:
        assert_clean(getattr(edit, name))
    for name in FLAGS:
        assert isinstance(getattr(edit, name), bool)
    if info.status == OPEN:
        assert edit.narrative_during and edit.type_id and edit.occurred_at <= NOW + timedelta(minutes=1)
        assert edit.occurred_at >= datetime(2000, 1, 1).astimezone()
    assert len(info.people) <= 60
    for person in info.people:
        assert person.kind in {c for c, _ in PERSON_KINDS} and person.role in {c for c, _ in PERSON_ROLES}
        assert person.name
        assert_clean(person.description)
    assert [v.number for v in info.versions] == list(range(len(info.versions), 0, -1))


def count(desk: Desk, model: type) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_save_draft(desk: Desk):
    h = house(desk)
    state = {"version": desk.incidents.open_incident(h.draft).version}

    @FUZZ
    @given(edit=edits(h), which=st.sampled_from(["new", "draft", "stale", "open", "signed"]))
    def run(edit: IncidentEdit, which: str) -> None:
        target = {"new": None, "draft": h.draft, "stale": h.draft, "open": h.open, "signed": h.signed}[which]
        version = state["version"] - (which == "stale") if which in ("draft", "stale") else 1
        before = (count(desk, Incident), stored(desk, h.draft), stored(desk, h.open), stored(desk, h.signed))
        saved = attempt(lambda: desk.incidents.save_draft(target, edit, version))
        if saved is None:
            assert (count(desk, Incident), stored(desk, h.draft), stored(desk, h.open),
                    stored(desk, h.signed)) == before
            return
        incident_id, new_version = saved
        assert which in ("new", "draft")
        info = desk.incidents.open_incident(incident_id)
        assert info.status == DRAFT and info.version == new_version
        assert_incident_clean(info)
        if which == "draft":
            state["version"] = new_version

    run()
    audit_intact(desk)


def test_record(desk: Desk):
    h = house(desk)

    @FUZZ
    @given(edit=edits(h), which=st.sampled_from(["new", "new", "draft", "open", "signed"]))
    def run(edit: IncidentEdit, which: str) -> None:
        target = {"new": None, "draft": h.draft, "open": h.open, "signed": h.signed}[which]
        version = desk.incidents.open_incident(target).version if target else None
        before = (count(desk, Incident), stored(desk, h.open), stored(desk, h.signed))
        saved = attempt(lambda: desk.incidents.record(target, edit, version))
        if saved is None:
            assert (count(desk, Incident), stored(desk, h.open), stored(desk, h.signed)) == before
            return
        assert which in ("new", "draft")
        info = desk.incidents.open_incident(saved[0])
        assert info.status == OPEN and info.version == saved[1] and info.versions[0].reason == "recorded"
        assert_incident_clean(info)
        if which == "draft":  # recorded: start a new draft for the next examples
            h.draft = desk.incidents.save_draft(None, IncidentEdit(narrative_during="Started"))[0]

    run()
    audit_intact(desk)


def test_add_followup(desk: Desk):
    h = house(desk)
    today = desk.today()

    @FUZZ
    @given(args=mixed({"incident": st.sampled_from(["open", "draft"]), "what": plain_text.filter(str.strip),
                       "owner": st.sampled_from([None, "staff"]),
                       "due": st.dates(today - timedelta(days=30), today + timedelta(days=366))},
                      {"incident": st.one_of(st.just("signed"), odd_ints, anything), "what": some_text,
                       "owner": st.one_of(odd_ints, anything), "due": st.one_of(odd_dates, anything)}))
    def run(args: dict) -> None:
        incident = {"open": h.open, "draft": h.draft, "signed": h.signed}.get(args["incident"], args["incident"]) \
            if isinstance(args["incident"], str) else args["incident"]
        owner = h.staff if args["owner"] == "staff" else args["owner"]
        before = (count(desk, IncidentFollowUp), stored(desk, h.signed))
        task = attempt(lambda: desk.incidents.add_followup(incident, args["what"], owner, args["due"]))
        if task is None:
            assert (count(desk, IncidentFollowUp), stored(desk, h.signed)) == before
            return
        assert incident in (h.open, h.draft)
        found = {t.id: t for t in desk.incidents.open_incident(incident).followups}[task]
        assert found.what and len(found.what) <= 500 and found.done_on is None
        assert_clean(found.what)
        assert isinstance(found.due_on, date) and found.due_on <= today + timedelta(days=366)

    run()
    assert all(t.incident_id != h.signed for t in desk.incidents.open_followups())
    audit_intact(desk)


def test_add_amendment(desk: Desk):
    h = house(desk)

    @FUZZ
    @given(args=mixed({"incident": st.just("signed"), "text": plain_text.filter(str.strip)},
                      {"incident": st.one_of(st.sampled_from(["open", "draft"]), odd_ints, anything),
                       "text": some_text}))
    def run(args: dict) -> None:
        incident = {"open": h.open, "draft": h.draft, "signed": h.signed}.get(args["incident"], args["incident"]) \
            if isinstance(args["incident"], str) else args["incident"]
        before = (count(desk, IncidentAmendment), stored(desk, h.signed)["incident"])
        number = attempt(lambda: desk.incidents.add_amendment(incident, args["text"]))
        if number is None:
            assert (count(desk, IncidentAmendment), stored(desk, h.signed)["incident"]) == before
            return
        assert incident == h.signed
        amendments = desk.incidents.open_incident(h.signed).amendments
        assert [a.number for a in amendments] == list(range(1, len(amendments) + 1)) and amendments[-1].number == number
        assert_clean(amendments[-1].text, multiline=True)
        assert 0 < len(amendments[-1].text) <= 8000
        assert stored(desk, h.signed)["incident"] == before[1]  # the incident stays as signed

    run()
    assert desk.incidents.open_incident(h.open).amendments == ()
    audit_intact(desk)
