"""Residents and stays: intake, the file, edits with history, leaving, returning, merging,
search and the Today board, on a real vault, with the audit event of each."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from shelter_desk import audit, hud
from shelter_desk.desk import Desk
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.permissions import Role
from shelter_desk.services.beds import FREE, HELD, TAKEN
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from shelter_desk.services.residents import StaleRecord
from shelter_desk.storage.models import AuditEvent
from shelter_desk.storage.resident_models import BedAssignment, Resident
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff
from tests.unit.vaulttools import assert_plain

ALIAS = "Zoë Quennell"
LEGAL = "Zoë Abigail Quennell-Marchetti"


# --- helpers shared by the residents, beds and casework tests ------------------------------

def days(n: int) -> timedelta:
    return timedelta(days=n)


def events(desk: Desk, action: str | None = None) -> list[AuditEvent]:
    with desk.read() as session:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if action is not None:
            query = query.where(AuditEvent.action == action)
        return list(session.scalars(query))


def last_event(desk: Desk, action: str) -> AuditEvent:
    found = events(desk, action)
    assert found, f"no {action} event"
    return found[-1]


def assert_audit_clean(desk: Desk, *typed: str) -> None:
    """No audit summary holds any of the names or free text typed in the test."""
    summaries = [e.summary.casefold() for e in events(desk)]
    for text in typed:
        for summary in summaries:
            assert text.casefold() not in summary, (text, summary)
    with desk.read() as session:
        assert audit.verify(session).intact


def as_user(desk: Desk, username: str, password: str = STAFF_PW) -> None:
    desk.auth.lock()
    desk.auth.sign_in(username, password)


def as_director(desk: Desk) -> None:
    as_user(desk, DIRECTOR, DIRECTOR_PW)


def make_rooms(desk: Desk) -> dict[str, int]:
    """Room 1 with beds 1-3 and the Family room with beds 1-4; keys "r1b1", "fam2"..."""
    ids = {"room1": desk.beds.add_room("Room 1", beds=3), "family": desk.beds.add_room("Family room", beds=4)}
    for room in desk.beds.rooms():
        prefix = "r1b" if room.id == ids["room1"] else "fam"
        for bed in room.beds:
            ids[f"{prefix}{bed.label}"] = bed.id
    return ids


def take_in(desk: Desk, alias: str = ALIAS, *, on: date | None = None, bed: int | None = None,
            household: list[HouseholdEntry] | None = None, program: str = "emergency",
            **person: object) -> tuple[int, int]:
    """An intake; returns (resident id, stay id)."""
    rid = desk.residents.intake(
        PersonDetails(alias=alias, **person),  # type: ignore[arg-type]
        StayDetails(on or desk.today(), program=program, bed_id=bed, household=list(household or [])),
    )
    return rid, desk.residents.open_file(rid).stays[0].id


def open_assignments(desk: Desk) -> list[tuple[int, int]]:
    with desk.read() as session:
        return list(session.execute(
            select(BedAssignment.bed_id, BedAssignment.stay_id).where(BedAssignment.end_date.is_(None))).all())


# --- intake ----------------------------------------------------------------------------------

def test_intake_keeps_every_detail_and_audits_without_names(desk):
    beds = make_rooms(desk)
    today = desk.today()
    rid = desk.residents.intake(
        PersonDetails(
            alias=ALIAS, legal_name=LEGAL, dob_quality=hud.DOB_APPROXIMATE, approximate_age=34,
            genders=(0,), race_ethnicity=(5, 6), pronouns="she/her", languages="English, Italian",
            interpreter_needed=True, emergency_contact="Sister Marta, 555-0100", dietary_needs="vegetarian",
            allergies="peanuts", medical_notes="Inhaler at night.\nSees Dr. Imaginary on Fridays.",
            watch_for="Fictional ex-partner: tall, red cap, drives a green hatchback.",
        ),
        StayDetails(today - days(2), program="transitional", referral_source="hotline",
                    referral_note="Hotline shift 3", prior_living_situation=336, bed_id=beds["fam1"],
                    household=[HouseholdEntry("Mia", 6), HouseholdEntry("T.", 2), HouseholdEntry("Gran", 70, "other")]),
    )
    file = desk.residents.open_file(rid)
    assert (file.alias, file.has_legal_name, file.age, file.genders, file.race_ethnicity) == (ALIAS, True, 34, (0,), (5, 6))
    assert file.birth_date == today.replace(year=today.year - 34)
    assert file.interpreter_needed and file.do_not_confirm  # "do not confirm presence" is on by default
    assert file.medical_notes == "Inhaler at night.\nSees Dr. Imaginary on Fridays."
    stay = file.current_stay
    assert stay is not None and stay.here and len(file.stays) == 1
    assert (stay.intake_date, stay.program, stay.referral_source, stay.prior_living_situation) == (
        today - days(2), "transitional", "hotline", 336)
    assert (stay.room, stay.bed, stay.bed_id, stay.bed_label, stay.nights) == ("Family room", "1", beds["fam1"],
                                                                                "Family room · 1", 2)
    assert [(m.name, m.age, m.relationship) for m in stay.household] == [
        ("Mia", 6, "child"), ("T.", 2, "child"), ("Gran", 70, "other")]
    assert [(b.room, b.bed, b.start, b.end) for b in stay.beds] == [("Family room", "1", today - days(2), None)]
    # The file never carries the legal name itself.
    assert LEGAL not in repr(file)

    taken = last_event(desk, audit.Action.RESIDENT_TAKEN_IN)
    assert (taken.entity_type, taken.entity_id, taken.actor_name) == ("resident", str(rid), DIRECTOR)
    assert f"#{rid}" in taken.summary and f"#{stay.id}" in taken.summary
    opened = last_event(desk, audit.Action.RESIDENT_OPENED)
    assert (opened.entity_type, opened.entity_id) == ("resident", str(rid))
    assert_audit_clean(desk, ALIAS, "Zoë", "Quennell", LEGAL, "Marta", "555-0100", "Mia", "Gran", "Hotline shift",
                       "peanuts", "Inhaler", "hatchback", "vegetarian")


def test_intake_with_only_an_alias_uses_not_collected_answers(desk):
    rid, _ = take_in(desk, "Оксана")
    file = desk.residents.open_file(rid)
    assert (file.dob_quality, file.birth_date, file.age) == (hud.NOT_COLLECTED, None, None)
    assert file.genders == (hud.NOT_COLLECTED,) and file.race_ethnicity == (hud.NOT_COLLECTED,)
    assert not file.has_legal_name and file.current_stay.bed_id is None
    assert [w.alias for w in desk.beds.waiting()] == ["Оксана"]


@pytest.mark.parametrize(
    ("person", "stay", "field"),
    [
        (dict(alias=""), {}, "alias"),
        (dict(alias="  \t\u202e\u0007 "), {}, "alias"),  # nothing left once the pasted controls go
        (dict(alias="x" * 121), {}, "alias"),
        (dict(legal_name="y" * 201), {}, "legal_name"),
        (dict(dob_quality=1), {}, "birth_date"),
        (dict(dob_quality=1, birth_date=date(2999, 1, 1)), {}, "birth_date"),
        (dict(dob_quality=1, birth_date=date(1899, 12, 31)), {}, "birth_date"),
        (dict(dob_quality=1, birth_date=datetime(1990, 1, 1)), {}, "birth_date"),
        (dict(dob_quality=2, approximate_age=121), {}, "approximate_age"),
        (dict(dob_quality=2, approximate_age=None), {}, "approximate_age"),
        (dict(dob_quality=7), {}, "dob_quality"),
        (dict(genders=(0, hud.PREFERS_NOT)), {}, "genders"),
        (dict(genders=(42,)), {}, "genders"),
        (dict(race_ethnicity=(5, hud.NOT_COLLECTED)), {}, "race_ethnicity"),
        (dict(pronouns="p" * 61), {}, "pronouns"),
        (dict(medical_notes="m" * 2001), {}, "medical_notes"),
        ({}, dict(intake_date=date(2999, 1, 1)), "intake_date"),
        ({}, dict(intake_date=None), "intake_date"),
        ({}, dict(program="vacation"), "program"),
        ({}, dict(referral_source="radio"), "referral_source"),
        ({}, dict(referral_note="r" * 201), "referral_note"),
        ({}, dict(prior_living_situation=12345), "prior_living_situation"),
        ({}, dict(household=[HouseholdEntry("")]), "household"),
        ({}, dict(household=[HouseholdEntry("Kid", 130)]), "household"),
        ({}, dict(household=[HouseholdEntry("Kid", 3, "cousin")]), "household"),
        ({}, dict(household=[HouseholdEntry(f"K{i}") for i in range(21)]), "household"),
        ({}, dict(bed_id=999_999), "bed"),
    ],
)
def test_intake_refuses_bad_input_and_writes_nothing(desk, person, stay, field):
    before = len(events(desk))
    with pytest.raises(ValidationError) as caught:
        desk.residents.intake(PersonDetails(**{"alias": "Amal", **person}),
                              StayDetails(**{"intake_date": desk.today(), **stay}))
    assert caught.value.field == field
    assert_plain(caught.value)
    assert desk.residents.search(status="all") == []
    assert len(events(desk)) == before


def test_intake_into_a_taken_or_unused_bed_is_refused(desk):
    beds = make_rooms(desk)
    take_in(desk, "Amal", bed=beds["r1b1"])
    with pytest.raises(ValidationError) as caught:
        take_in(desk, "Beatriz", bed=beds["r1b1"])
    assert caught.value.field == "bed" and "already taken" in caught.value.message
    desk.beds.set_bed_active(beds["r1b2"], False)
    with pytest.raises(ValidationError) as caught:
        take_in(desk, "Beatriz", bed=beds["r1b2"])
    assert caught.value.field == "bed"
    desk.beds.set_room_active(beds["family"], False)
    with pytest.raises(ValidationError):
        take_in(desk, "Beatriz", bed=beds["fam1"])
    assert [r.alias for r in desk.residents.search(status="all")] == ["Amal"]


def test_a_back_dated_intake_cannot_take_a_bed_someone_slept_in_since(desk):
    beds = make_rooms(desk)
    today = desk.today()
    _, first = take_in(desk, "Amal", on=today - days(10), bed=beds["r1b1"])
    desk.residents.record_exit(first, today - days(3), 410)
    # Beatriz came five days ago but is only entered now: bed 1 was Amal's until three days ago.
    with pytest.raises(ValidationError) as caught:
        take_in(desk, "Beatriz", on=today - days(5), bed=beds["r1b1"])
    assert caught.value.field == "bed"
    assert_plain(caught.value)
    rid, _ = take_in(desk, "Beatriz", on=today - days(3), bed=beds["r1b1"])  # from the day Amal left: fine
    assert desk.residents.open_file(rid).current_stay.bed_id == beds["r1b1"]


def test_pasted_control_and_bidi_characters_are_dropped(desk):
    rid = desk.residents.intake(
        PersonDetails(alias="\u202eZoë\u0007\u200b  \tQ\u061c\ufeff", medical_notes="line one\r\nline two\rthree\x0b!"),
        StayDetails(desk.today()))
    file = desk.residents.open_file(rid)
    assert file.alias == "Zoë Q"
    assert file.medical_notes == "line one\nline two\nthree !"
    assert [r.id for r in desk.residents.search("zoe q")] == [rid]


# --- the legal name --------------------------------------------------------------------------

def test_legal_name_is_shown_to_managers_only_and_each_showing_is_audited(desk):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    rid, _ = take_in(desk, legal_name=LEGAL)
    assert desk.residents.legal_name(rid) == LEGAL
    shown = last_event(desk, audit.Action.RESIDENT_LEGAL_NAME_SHOWN)
    assert (shown.entity_id, shown.actor_name) == (str(rid), DIRECTOR)
    as_user(desk, "manager")
    assert desk.residents.legal_name(rid) == LEGAL
    assert len(events(desk, audit.Action.RESIDENT_LEGAL_NAME_SHOWN)) == 2
    as_user(desk, "frontdesk")
    with pytest.raises(PermissionDenied):
        desk.residents.legal_name(rid)
    assert desk.residents.open_file(rid).has_legal_name
    assert_audit_clean(desk, LEGAL, ALIAS)


def test_front_desk_may_add_a_missing_legal_name_but_not_replace_one(desk):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    with_name, _ = take_in(desk, "Amal", legal_name="Amal Legalname")
    without, _ = take_in(desk, "Beatriz")
    as_user(desk, "frontdesk")
    for rid, allowed in ((with_name, False), (without, True)):
        file = desk.residents.open_file(rid)
        details = file.person()
        details.legal_name = "Typed At The Desk"
        if allowed:
            desk.residents.update(rid, details, file.version)
        else:
            with pytest.raises(ValidationError) as caught:
                desk.residents.update(rid, details, file.version)
            assert caught.value.field == "legal_name"
        # Leaving the legal name as it is (None) is always fine.
        file = desk.residents.open_file(rid)
        details = file.person()
        details.pronouns = "she/her"
        desk.residents.update(rid, details, file.version)
    as_director(desk)
    assert desk.residents.legal_name(with_name) == "Amal Legalname"
    assert desk.residents.legal_name(without) == "Typed At The Desk"


# --- edits and history -----------------------------------------------------------------------

def test_an_edit_keeps_who_when_old_and_new_but_never_legal_name_values(desk, clock):
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    rid, _ = take_in(desk, legal_name=LEGAL, languages="English")
    file = desk.residents.open_file(rid)
    details = file.person()
    details.languages = "English, Polish"
    details.legal_name = "Zoë New-Legalname"
    details.dietary_needs = "halal"
    clock.advance(minutes=5)
    as_user(desk, "manager")
    version = desk.residents.update(rid, details, file.version)
    assert version == file.version + 1
    changed = last_event(desk, audit.Action.RESIDENT_CHANGED)
    assert (changed.entity_type, changed.entity_id, changed.actor_name) == ("resident", str(rid), "manager")
    assert "languages" in changed.summary and "legal_name" in changed.summary and "dietary_needs" in changed.summary

    history = desk.residents.history(rid)
    rows = {r.field: r for r in history}
    assert set(rows) == {"languages", "legal_name", "dietary_needs"}
    lang = rows["languages"]
    assert (lang.actor_name, lang.at, lang.entity_type, lang.entity_id) == ("Manager", clock.now(), "resident", rid)
    assert (lang.old_value, lang.new_value) == ("English", "English, Polish")
    assert (rows["dietary_needs"].old_value, rows["dietary_needs"].new_value) == ("", "halal")
    assert (rows["legal_name"].old_value, rows["legal_name"].new_value) == ("", "")  # only that it changed
    assert all(LEGAL not in (r.old_value + r.new_value) and "Legalname" not in r.new_value for r in history)
    viewed = last_event(desk, audit.Action.RESIDENT_HISTORY_VIEWED)
    assert (viewed.entity_id, viewed.actor_name) == (str(rid), "manager")
    assert_audit_clean(desk, ALIAS, LEGAL, "New-Legalname", "Polish", "halal")


def test_saving_without_changes_changes_nothing(desk):
    rid, _ = take_in(desk, dob_quality=hud.DOB_FULL, birth_date=date(1990, 2, 3))
    file = desk.residents.open_file(rid)
    before = len(events(desk, audit.Action.RESIDENT_CHANGED))
    assert desk.residents.update(rid, file.person(), file.version) == file.version
    assert len(events(desk, audit.Action.RESIDENT_CHANGED)) == before
    assert desk.residents.history(rid) == []


def test_the_same_approximate_age_saved_another_day_is_not_a_change(desk, clock):
    rid, _ = take_in(desk, dob_quality=hud.DOB_APPROXIMATE, approximate_age=40)
    born = desk.residents.open_file(rid).birth_date
    clock.advance(days=45)
    as_director(desk)
    file = desk.residents.open_file(rid)
    assert file.age == 40 and file.person().approximate_age == 40
    details = file.person()
    details.pronouns = "she/her"
    desk.residents.update(rid, details, file.version)
    file = desk.residents.open_file(rid)
    assert file.birth_date == born
    assert [r.field for r in desk.residents.history(rid)] == ["pronouns"]
    # A different age is a change, worked out from today.
    details = file.person()
    details.approximate_age = 41
    desk.residents.update(rid, details, file.version)
    today = desk.today()
    assert desk.residents.open_file(rid).birth_date == today.replace(year=today.year - 41)


def test_a_second_save_from_an_old_copy_is_refused(desk):
    rid, _ = take_in(desk)
    first = desk.residents.open_file(rid)
    second = desk.residents.open_file(rid)
    mine = first.person()
    mine.pronouns = "she/her"
    desk.residents.update(rid, mine, first.version)
    theirs = second.person()
    theirs.pronouns = "they/them"
    with pytest.raises(StaleRecord) as caught:
        desk.residents.update(rid, theirs, second.version)
    assert_plain(caught.value)
    assert desk.residents.open_file(rid).pronouns == "she/her"


def test_history_is_for_managers_only(desk):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    rid, _ = take_in(desk)
    as_user(desk, "frontdesk")
    with pytest.raises(PermissionDenied):
        desk.residents.history(rid)


def test_update_stay_logs_changes_and_household(desk):
    beds = make_rooms(desk)
    today = desk.today()
    rid, sid = take_in(desk, on=today - days(4), bed=beds["fam1"],
                       household=[HouseholdEntry("Mia", 6), HouseholdEntry("Leo", 3)])
    stay = desk.residents.open_file(rid).current_stay
    mia, leo = stay.household
    desk.residents.update_stay(sid, StayDetails(
        today - days(5), program="transitional", referral_source="police", prior_living_situation=116,
        household=[HouseholdEntry("Mia", 7, id=mia.id), HouseholdEntry("Ana", 1)]))
    stay = desk.residents.open_file(rid).current_stay
    assert (stay.intake_date, stay.program, stay.referral_source) == (today - days(5), "transitional", "police")
    assert [(m.name, m.age) for m in stay.household] == [("Mia", 7), ("Ana", 1)]
    assert stay.beds[0].start == today - days(5)  # she had the bed from intake: it moves with the date
    event = last_event(desk, audit.Action.STAY_CHANGED)
    assert (event.entity_type, event.entity_id) == ("stay", str(sid))
    assert "program" in event.summary and "household" in event.summary
    history = desk.residents.history(rid)
    fields = {(r.entity_type, r.field, r.old_value, r.new_value) for r in history}
    assert ("stay", "program", "emergency", "transitional") in fields
    assert ("household", "age", "6", "7") in fields
    assert ("household", "name", "Leo", "") in fields  # Leo no longer with her
    assert ("household", "name", "", "Ana") in fields
    assert leo.id not in [m.id for m in stay.household]
    assert_audit_clean(desk, "Mia", "Leo", "Ana", ALIAS)


def test_correcting_the_intake_date_keeps_a_bed_given_later(desk):
    beds = make_rooms(desk)
    today = desk.today()
    rid, sid = take_in(desk, on=today - days(6))
    desk.beds.assign(sid, beds["r1b1"], on=today - days(4))
    desk.residents.update_stay(sid, StayDetails(today - days(7)))
    stay = desk.residents.open_file(rid).current_stay
    assert stay.intake_date == today - days(7)
    assert [b.start for b in stay.beds] == [today - days(4)]  # she still got the bed on that day
    desk.residents.update_stay(sid, StayDetails(today - days(2)))  # after the bed: the bed starts with her
    assert [b.start for b in desk.residents.open_file(rid).current_stay.beds] == [today - days(2)]


def test_correcting_the_intake_date_is_refused_where_it_would_not_make_sense(desk):
    beds = make_rooms(desk)
    today = desk.today()
    rid, first = take_in(desk, "Amal", on=today - days(20), bed=beds["r1b1"])
    desk.residents.record_exit(first, today - days(15), 313)
    second = desk.residents.start_stay(rid, StayDetails(today - days(10)))
    # Into her earlier stay.
    with pytest.raises(ValidationError) as caught:
        desk.residents.update_stay(second, StayDetails(today - days(16)))
    assert caught.value.field == "intake_date"
    # After the day she left.
    with pytest.raises(ValidationError) as caught:
        desk.residents.update_stay(first, StayDetails(today - days(14)))
    assert caught.value.field == "intake_date"
    # Onto nights someone else had her bed.
    _, other = take_in(desk, "Beatriz", on=today - days(3), bed=beds["r1b2"])
    desk.residents.record_exit(other, today - days(2), 17)
    _, later = take_in(desk, "Chiara", on=today - days(1), bed=beds["r1b2"])
    with pytest.raises(ValidationError) as caught:
        desk.residents.update_stay(later, StayDetails(today - days(3)))
    assert caught.value.field == "intake_date"
    # After a bed move the intake date stays as it is.
    desk.beds.assign(second, beds["r1b3"], on=today - days(8))
    desk.beds.assign(second, beds["r1b1"], on=today - days(6))
    with pytest.raises(ValidationError):
        desk.residents.update_stay(second, StayDetails(today - days(9)))


# --- leaving and coming back -----------------------------------------------------------------

def test_leaving_frees_the_bed_and_is_audited_without_the_reason(desk):
    beds = make_rooms(desk)
    today = desk.today()
    rid, sid = take_in(desk, on=today - days(9), bed=beds["r1b1"])
    desk.residents.record_exit(sid, today, 435, "Moved to a flat on Imaginary Street")
    file = desk.residents.open_file(rid)
    assert file.current_stay is None
    stay = file.stays[0]
    assert (stay.exit_date, stay.destination, stay.exit_reason, stay.nights) == (
        today, 435, "Moved to a flat on Imaginary Street", 9)
    assert stay.beds[0].end == today and stay.bed_id is None
    board = {b.bed_id: b for b in desk.beds.board()}
    assert board[beds["r1b1"]].state == FREE
    assert desk.residents.search(status="here") == []
    assert [r.id for r in desk.residents.search(status="left")] == [rid]
    event = last_event(desk, audit.Action.STAY_ENDED)
    assert (event.entity_type, event.entity_id) == ("stay", str(sid))
    assert "permanent" not in event.summary and "435" not in event.summary  # record numbers only
    rows = {r.field: r for r in desk.residents.history(rid)}
    assert rows["exit_date"].new_value == today.isoformat() and rows["destination"].new_value == "435"
    assert_audit_clean(desk, "Imaginary Street", ALIAS)


def test_leaving_is_refused_when_the_date_or_answer_is_wrong(desk):
    beds = make_rooms(desk)
    today = desk.today()
    _, sid = take_in(desk, on=today - days(9), bed=beds["r1b1"])
    desk.beds.assign(sid, beds["r1b2"], on=today - days(3))
    cases = [
        ((today - days(10), 410, ""), "exit_date"),  # before intake
        ((today - days(4), 410, ""), "exit_date"),  # before the last bed move
        ((today + days(1), 410, ""), "exit_date"),  # in the future
        ((date.max, 410, ""), "exit_date"),
        ((datetime(2025, 1, 1, 12), 410, ""), "exit_date"),
        ((today, 4242, ""), "destination"),
        ((today, 410, "r" * 301), "exit_reason"),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as caught:
            desk.residents.record_exit(sid, *args)
        assert caught.value.field == field, args
        assert_plain(caught.value)
    desk.residents.record_exit(sid, today - days(3), 410)  # the day of the last move is fine
    with pytest.raises(ValidationError):
        desk.residents.record_exit(sid, today, 410)  # already ended
    assert open_assignments(desk) == []


def test_coming_back_is_a_second_stay_and_keeps_the_first(desk):
    beds = make_rooms(desk)
    today = desk.today()
    rid, first = take_in(desk, on=today - days(30), bed=beds["r1b1"])
    with pytest.raises(ValidationError):  # still here
        desk.residents.start_stay(rid, StayDetails(today))
    desk.residents.record_exit(first, today - days(10), 312)
    with pytest.raises(ValidationError) as caught:  # before she last left
        desk.residents.start_stay(rid, StayDetails(today - days(11)))
    assert caught.value.field == "intake_date"
    second = desk.residents.start_stay(rid, StayDetails(today - days(10), program="transitional",
                                                        bed_id=beds["r1b2"]))
    event = last_event(desk, audit.Action.STAY_STARTED)
    assert (event.entity_type, event.entity_id) == ("stay", str(second))
    assert f"resident #{rid}" in event.summary
    file = desk.residents.open_file(rid)
    assert [s.id for s in file.stays] == [second, first]  # newest first
    assert file.stays[1].exit_date == today - days(10) and file.stays[1].destination == 312
    assert file.current_stay.id == second and file.current_stay.bed_id == beds["r1b2"]
    row = desk.residents.search(status="here")[0]
    assert (row.id, row.program, row.intake_date, row.room, row.bed) == (rid, "transitional", today - days(10),
                                                                          "Room 1", "2")


# --- merging duplicates ----------------------------------------------------------------------

def test_merge_moves_everything_and_the_duplicate_disappears(desk):
    beds = make_rooms(desk)
    today = desk.today()
    keep, keep_stay = take_in(desk, "Nguyễn Thị Lan", on=today - days(40), pronouns="she/her")
    desk.residents.record_exit(keep_stay, today - days(30), 313)
    dup, dup_stay = take_in(desk, "Lan N.", on=today - days(5), bed=beds["r1b1"], legal_name="Nguyen Thi Lan",
                            dob_quality=hud.DOB_FULL, birth_date=date(1991, 7, 1), allergies="shellfish",
                            genders=(0,), interpreter_needed=True)
    note = desk.casework.add_note(dup, "housing", "Looked at a fictional flat.")
    goal = desk.casework.add_goal(dup, "housing_search", "Find a flat")
    desk.residents.merge(keep, dup)

    event = last_event(desk, audit.Action.RESIDENT_MERGED)
    assert (event.entity_id, event.severity) == (str(keep), audit.HIGH)
    assert f"#{dup}" in event.summary and f"#{keep}" in event.summary
    file = desk.residents.open_file(keep)
    assert file.alias == "Nguyễn Thị Lan" and file.pronouns == "she/her"  # kept details win
    assert (file.allergies, file.birth_date, file.dob_quality, file.genders) == (
        "shellfish", date(1991, 7, 1), hud.DOB_FULL, (0,))
    assert file.has_legal_name and file.interpreter_needed
    assert desk.residents.legal_name(keep) == "Nguyen Thi Lan"
    assert [s.id for s in file.stays] == [dup_stay, keep_stay]
    assert file.current_stay.bed_id == beds["r1b1"]
    assert [n.id for n in file.notes] == [note] and [g.id for g in file.goals] == [goal]
    # The duplicate is gone from every list; opening it opens the kept record.
    assert [r.id for r in desk.residents.search(status="all")] == [keep]
    assert [r.id for r in desk.residents.search("lan n", status="all")] == []
    assert desk.residents.open_file(dup).id == keep
    assert [b.resident_id for b in desk.beds.board() if b.state == TAKEN] == [keep]
    assert ("resident", "merged_into", str(keep)) in {(r.entity_type, r.field, r.new_value)
                                                       for r in desk.residents.history(keep)}
    with desk.read() as session:
        assert session.get(Resident, dup).merged_into_id == keep
    assert_audit_clean(desk, "Nguyễn", "Lan N.", "Nguyen Thi Lan", "shellfish", "fictional flat")


def test_merge_is_refused_when_both_are_here_or_for_front_desk(desk):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    one, _ = take_in(desk, "Amal")
    two, _ = take_in(desk, "Amal B.")
    with pytest.raises(ValidationError) as caught:
        desk.residents.merge(one, two)
    assert_plain(caught.value)
    with pytest.raises(ValidationError):
        desk.residents.merge(one, one)
    as_user(desk, "frontdesk")
    with pytest.raises(PermissionDenied):
        desk.residents.merge(one, two)
    as_director(desk)
    assert len(desk.residents.search(status="all")) == 2
    assert events(desk, audit.Action.RESIDENT_MERGED) == []


# --- search ----------------------------------------------------------------------------------

def test_search_ignores_accents_and_case(desk):
    people = {alias: take_in(desk, alias)[0] for alias in
              ("Nguyễn Thị Lan", "ÉLODIE", "Małgorzata", "Đặng Thu", "Dolores Peña", "Zoë", "李梅", "فاطمة", "Оксана")}

    def found(text: str) -> list[str]:
        return [r.alias for r in desk.residents.search(text)]

    assert found("nguyen") == ["Nguyễn Thị Lan"]
    assert found("NGUYỄN thị") == ["Nguyễn Thị Lan"]
    assert found("elodie") == ["ÉLODIE"]
    assert found("malgorzata") == ["Małgorzata"]
    assert found("dang") == ["Đặng Thu"]
    assert found("pena") == ["Dolores Peña"] and found("PEÑA") == ["Dolores Peña"]
    assert found("zoe") == ["Zoë"]
    assert found("梅") == ["李梅"]
    assert found("فاطمة") == ["فاطمة"]
    assert found("оксана") == ["Оксана"]
    assert len(found("")) == len(people)
    assert found("  ") == found("")


def test_search_treats_like_wildcards_as_plain_text(desk):
    for alias in ("50% Anna", "5000 Anna", "a_b", "axb", "back\\slash", "backslash"):
        take_in(desk, alias)
    assert [r.alias for r in desk.residents.search("50%")] == ["50% Anna"]
    assert [r.alias for r in desk.residents.search("a_b")] == ["a_b"]
    assert [r.alias for r in desk.residents.search("k\\s")] == ["back\\slash"]
    assert [r.alias for r in desk.residents.search("%")] == ["50% Anna"]
    assert [r.alias for r in desk.residents.search("_")] == ["a_b"]


def test_search_finds_by_room_and_by_legal_name_only_for_managers(desk):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    room = desk.beds.add_room("Chambre Été", beds=1)
    bed = desk.beds.rooms()[0].beds[0].id
    in_room, _ = take_in(desk, "Amal", bed=bed)
    legal, _ = take_in(desk, "Beatriz", legal_name="Xiomara Quispe")
    assert room
    for who, sees_legal in (("frontdesk", False), ("manager", True), (DIRECTOR, True)):
        as_user(desk, who, DIRECTOR_PW if who == DIRECTOR else STAFF_PW)
        assert [r.id for r in desk.residents.search("chambre ete")] == [in_room]
        assert [r.id for r in desk.residents.search("ÉTÉ")] == [in_room]
        assert [r.id for r in desk.residents.search("quispe")] == []  # legal names only when asked
        if sees_legal:
            before = len(events(desk, audit.Action.RESIDENT_LEGAL_NAME_SEARCHED))
            assert [r.id for r in desk.residents.search("quispe", legal_names=True)] == [legal]
            found = events(desk, audit.Action.RESIDENT_LEGAL_NAME_SEARCHED)
            assert len(found) == before + 1
            assert "quispe" not in found[-1].summary.lower() and "1 found" in found[-1].summary
        else:
            with pytest.raises(PermissionDenied):
                desk.residents.search("quispe", legal_names=True)


def test_search_filters_by_status_and_program_and_never_shows_legal_names(desk):
    today = desk.today()
    here, _ = take_in(desk, "Amal", program="transitional", legal_name="Secret Legal")
    gone, stay = take_in(desk, "Beatriz", on=today - days(3))
    desk.residents.record_exit(stay, today, 17)
    assert [r.id for r in desk.residents.search(status="here")] == [here]
    assert [r.id for r in desk.residents.search(status="left")] == [gone]
    assert [r.id for r in desk.residents.search(status="all")] == [here, gone]
    assert [r.id for r in desk.residents.search(status="all", program="transitional")] == [here]
    assert [r.id for r in desk.residents.search(status="all", limit=1)] == [here]
    rows = desk.residents.search(status="all")
    assert "Secret Legal" not in repr(rows)
    with pytest.raises(ValidationError):
        desk.residents.search("x" * 201)


# --- Today board -----------------------------------------------------------------------------

def test_today_board_counts(desk):
    beds = make_rooms(desk)
    today = desk.today()
    staying, _ = take_in(desk, "Amal", on=today - days(10), bed=beds["r1b1"],
                         household=[HouseholdEntry("Mia", 5), HouseholdEntry("Leo", 2)],
                         watch_for="Fictional man in a grey van")
    new, _ = take_in(desk, "Beatriz", bed=beds["r1b2"], do_not_confirm=False)
    waiting, _ = take_in(desk, "Chiara")
    leaving, leaving_stay = take_in(desk, "Dolores", on=today - days(5), bed=beds["fam1"],
                                    household=[HouseholdEntry("Ana", 9)])
    desk.beds.assign(leaving_stay, beds["fam2"])  # moved this morning...
    desk.residents.record_exit(leaving_stay, today, 410)  # ...and left the same day
    brief, brief_stay = take_in(desk, "Elif")
    desk.residents.record_exit(brief_stay, today, 30)  # came and left today
    old, old_stay = take_in(desk, "Fatima", on=today - days(20))
    desk.residents.record_exit(old_stay, today - days(1), 410)  # left yesterday: not on today's board
    desk.beds.hold(beds["fam1"], "Family expected tonight")
    desk.beds.hold(beds["fam3"], "Expired hold", until=today)

    board = desk.today_board.board()
    assert board.here == 3 and board.household == 2
    assert board.by_room == (("Room 1", 2), ("", 1))
    assert [(p.alias, p.room, p.bed) for p in board.arrivals] == [
        ("Beatriz", "Room 1", "2"), ("Chiara", "", ""), ("Elif", "", "")]
    assert [(p.resident_id, p.room, p.bed) for p in board.departures] == [
        (leaving, "Family room", "2"), (brief, "", "")]
    assert [(w.resident_id, w.description) for w in board.watch_for] == [(staying, "Fictional man in a grey van")]
    assert board.do_not_confirm == 2
    # 7 beds: 2 taken, family 1 and 3 held (the second until today, so still held), 3 free.
    assert (board.free_beds, board.held_beds) == (3, 2)
    assert {new, waiting, old}
    assert_audit_clean(desk, "grey van", "Family expected", "Amal", "Mia")


def test_a_hold_ends_after_its_last_day(desk, clock):
    beds = make_rooms(desk)
    desk.beds.hold(beds["fam3"], "Until today", until=desk.today())
    assert {b.bed_id: b.state for b in desk.beds.board()}[beds["fam3"]] == HELD
    clock.advance(days=1)
    as_director(desk)
    row = {b.bed_id: b for b in desk.beds.board()}[beds["fam3"]]
    assert (row.state, row.hold_note, row.hold_until) == (FREE, "", None)
    assert desk.today_board.board().held_beds == 0


# --- found in review ----------------------------------------------------------------------------

def test_merge_refuses_stays_at_the_same_time(desk):
    today = desk.today()
    left, stay = take_in(desk, "Amal", on=today - days(10))
    desk.residents.record_exit(stay, today - days(2), 17)
    here, _ = take_in(desk, "Amal K.", on=today - days(5))  # she was here from day -5 while "left" ran to -2
    with pytest.raises(ValidationError) as caught:
        desk.residents.merge(left, here)
    assert "same time" in caught.value.message
    assert {r.id for r in desk.residents.search(status="all")} == {left, here}  # nothing changed


def test_an_edit_opened_on_a_merged_duplicate_is_stale(desk):
    today = desk.today()
    keep, stay = take_in(desk, "Amal", on=today - days(10))
    desk.residents.record_exit(stay, today - days(8), 17)
    dup, _ = take_in(desk, "Amal dup", on=today - days(3))
    form = desk.residents.open_file(dup)
    desk.residents.merge(keep, dup)
    details = form.person()
    details.alias = "Overwritten"
    with pytest.raises(StaleRecord):
        desk.residents.update(dup, details, form.version + 1)  # even a version that happens to match
    assert desk.residents.open_file(keep).alias == "Amal"


def test_merging_into_a_record_that_was_merged_follows_the_chain(desk):
    today = desk.today()
    ids = []
    for n, alias in enumerate(("First", "Second", "Third")):
        rid, stay = take_in(desk, alias, on=today - days(30 - 10 * n))
        desk.residents.record_exit(stay, today - days(28 - 10 * n), 17)
        ids.append(rid)
    desk.residents.merge(ids[1], ids[0])  # First -> Second
    desk.residents.merge(ids[2], ids[1])  # Second -> Third: First now points at Third too
    with desk.read() as session:
        first = session.get(Resident, ids[0])
        assert first.merged_into_id == ids[2]
    assert desk.residents.open_file(ids[0]).id == ids[2]
    assert len(desk.residents.open_file(ids[2]).stays) == 3


def test_the_database_itself_refuses_a_second_open_stay_or_a_shared_bed(desk):
    from sqlalchemy.exc import IntegrityError

    desk.beds.add_room("Room 1", beds=1)
    bed = desk.beds.rooms()[0].beds[0].id
    rid, stay = take_in(desk, "Amal", bed=bed)
    other, other_stay = take_in(desk, "Beatriz")
    with pytest.raises(IntegrityError), desk.write() as session:  # around the services, by hand
        session.add(BedAssignment(stay_id=other_stay, bed_id=bed, start_date=desk.today()))
    with pytest.raises(IntegrityError), desk.write() as session:
        from shelter_desk.storage.resident_models import Stay
        session.add(Stay(resident_id=rid, intake_date=desk.today(), program="emergency",
                         created_at=desk.now(), updated_at=desk.now()))
    assert [b.resident_id for b in desk.beds.board()] == [rid]
