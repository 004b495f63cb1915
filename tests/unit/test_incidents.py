"""The incident log on a real vault: drafts saved as typed, recording, corrections before sign-off,
sign-off and locking, re-opening by a director, amendments, follow-up tasks, the lists and their
filters, her incidents in her file, merging, and the audit event of each."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.permissions import Role
from shelter_desk.services.incident_views import (
    DRAFT,
    OPEN,
    SIGNED_OFF,
    IncidentEdit,
    IncidentFilter,
    PersonInput,
)
from shelter_desk.services.resident_input import HouseholdEntry
from shelter_desk.services.resident_views import StaleRecord
from shelter_desk.storage.incident_models import (
    Incident,
    IncidentAmendment,
    IncidentDecision,
    IncidentFollowUp,
    IncidentPerson,
    IncidentVersion,
)
from tests.conftest import DIRECTOR, STAFF_PW, add_staff, reopen
from tests.unit.test_residents import as_director, as_user, assert_audit_clean, days, events, last_event, take_in
from tests.unit.vaulttools import assert_plain

ALIAS, LEGAL = "Zuzana K.", "Zuzana Kováčová-Horvath"
CHILD = "Mila"
DURING = "Zuzana saw the grey car outside again and came in upset; the driver waited an hour."
BEFORE = "She was walking back from the corner shop at about 21:00."
OTHER = "man in a grey car"
OUTCOME = "Safety plan gone through with her; night staff know the car."


# --- helpers shared by the incident tests ----------------------------------------------------------

def kind_id(desk: Desk, code: str = "watch_person") -> int:
    return next(t.id for t in desk.incidents.types(include_retired=True) if t.code == code)


def ago(desk: Desk, **delta: float) -> datetime:
    return desk.now() - timedelta(**delta)


def full_edit(desk: Desk, resident_id: int | None = None, **changes: object) -> IncidentEdit:
    """An incident as typed in full: last night, outside, a person to watch for, high."""
    people = [PersonInput("resident", "affected", resident_id=resident_id)] if resident_id else []
    people.append(PersonInput("other", "involved", description=OTHER))
    values: dict = dict(
        occurred_at=ago(desk, hours=12), place="outside", location="Across the street", type_id=kind_id(desk),
        severity="high", narrative_before=BEFORE, narrative_during=DURING,
        narrative_after="She stayed in for the evening.", injuries="", medical_response="",
        property_damage="", immediate_actions="Front door checked; curtains closed.", police_called=True,
        report_number="PD-2026-00417", supervisor_notified=True, supervisor_note="Manager called at 21:20.",
        people=people)
    values.update(changes)
    return IncidentEdit(**values)


def recorded(desk: Desk, resident_id: int | None = None, **changes: object) -> tuple[int, int]:
    return desk.incidents.record(None, full_edit(desk, resident_id, **changes))


def signed(desk: Desk, resident_id: int | None = None, **changes: object) -> tuple[int, int]:
    incident_id, version = recorded(desk, resident_id, **changes)
    return incident_id, desk.incidents.sign_off(incident_id, OUTCOME, "", version)


def stored(desk: Desk, incident_id: int) -> dict:
    """Everything the vault keeps about one incident, row by row (to see that nothing changed)."""
    def rows(model: type) -> list[dict]:
        return [{c.name: getattr(r, c.name) for c in model.__table__.columns}
                for r in session.scalars(select(model).where(model.incident_id == incident_id).order_by(model.id))]

    with desk.read() as session:
        incident = session.get(Incident, incident_id)
        return {"incident": {c.name: getattr(incident, c.name) for c in Incident.__table__.columns},
                **{m.__tablename__: rows(m) for m in (IncidentPerson, IncidentFollowUp, IncidentAmendment,
                                                      IncidentDecision, IncidentVersion)}}


@pytest.fixture
def staffed(desk: Desk) -> dict[str, int]:
    """A front desk and a house manager account, and Zuzana here with her daughter."""
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    accounts = {a.username: a.id for a in desk.accounts.list()}
    rid = take_in(desk, ALIAS, on=desk.today() - days(20), legal_name=LEGAL,
                  household=[HouseholdEntry(CHILD, 6)])[0]
    return accounts | {"resident": rid}


# --- the whole story -------------------------------------------------------------------------------

def test_draft_record_follow_up_sign_off_amend(desk, staffed, clock):
    as_user(desk, "frontdesk")
    rid = staffed["resident"]
    # 2 a.m.: a few words, no kind or severity yet, saved as typed.
    first = IncidentEdit(occurred_at=ago(desk, minutes=20), narrative_during="Zuzana saw the grey car",
                         people=[PersonInput("resident", "affected", resident_id=rid)])
    incident_id, version = desk.incidents.save_draft(None, first)
    assert version == 1 and desk.incidents.open_incident(incident_id).status == DRAFT
    clock.advance(minutes=2)
    incident_id, version = desk.incidents.save_draft(incident_id, dataclasses.replace(
        first, narrative_during=DURING, severity="high"), version)
    assert version == 2
    with pytest.raises(ValidationError) as caught:  # recording checks it whole: no kind yet
        desk.incidents.record(incident_id, dataclasses.replace(first, narrative_during=DURING, severity="high"),
                              version)
    assert caught.value.field == "type_id"
    assert_plain(caught.value)
    incident_id, version = desk.incidents.record(incident_id, full_edit(desk, rid), version)
    info = desk.incidents.open_incident(incident_id)
    assert (info.status, info.version, info.recorded_by, info.locked) == (OPEN, version, "Frontdesk", False)
    assert [v.reason for v in info.versions] == ["recorded"]
    assert [(p.kind, p.role, p.name) for p in info.people] == [("resident", "affected", ALIAS),
                                                                ("other", "involved", OTHER)]
    assert info.edit.narrative_during == DURING and info.edit.report_number == "PD-2026-00417"
    assert info.type_code == "watch_person"

    # Follow-ups: what, who, by when.
    call = desk.incidents.add_followup(incident_id, "Update her safety plan", staffed["manager"],
                                       desk.today() + days(2))
    fence = desk.incidents.add_followup(incident_id, "Ask the neighbours about the car", None, desk.today() + days(5))
    desk.incidents.complete_followup(fence, "Nobody saw it")
    tasks = {t.id: t for t in desk.incidents.open_incident(incident_id).followups}
    assert (tasks[call].owner_name, tasks[call].done_on, tasks[call].overdue) == ("Manager", None, False)
    assert (tasks[fence].done_on, tasks[fence].done_by, tasks[fence].done_note) == (desk.today(), "Frontdesk",
                                                                                  "Nobody saw it")
    assert [t.id for t in desk.incidents.open_followups()] == [call]

    # The house manager signs it off: locked.
    as_user(desk, "manager")
    version = desk.incidents.sign_off(incident_id, OUTCOME, "Good notes.", version)
    info = desk.incidents.open_incident(incident_id)
    assert (info.status, info.locked, info.signed_off_by, info.outcome, info.review_notes) == (
        SIGNED_OFF, True, "Manager", OUTCOME, "Good notes.")
    assert [(d.kind, d.by, d.text) for d in info.decisions] == [("signed_off", "Manager", OUTCOME)]
    assert [v.reason for v in info.versions] == ["signed_off", "recorded"]  # newest first

    # Amendments: anyone, dated, with author, kept in order; the incident itself stays as signed.
    as_user(desk, "frontdesk")
    assert desk.incidents.add_amendment(incident_id, "Police called back: the car is known to them.") == 1
    clock.advance(days=1)
    as_user(desk, "frontdesk")  # a new shift
    desk.incidents.complete_followup(call)  # following up goes on after sign-off
    as_director(desk)
    assert desk.incidents.add_amendment(incident_id, "Zuzana added: it was the same car as in March.") == 2
    after = desk.incidents.open_incident(incident_id)
    assert [(a.number, a.author) for a in after.amendments] == [(1, "Frontdesk"), (2, "Dana Director")]
    assert after.amendments[0].at < after.amendments[1].at
    assert after.edit == info.edit and after.version == version
    assert desk.incidents.open_followups() == []

    for action in (audit.Action.INCIDENT_DRAFT_SAVED, audit.Action.INCIDENT_RECORDED,
                   audit.Action.FOLLOWUP_ADDED, audit.Action.FOLLOWUP_DONE, audit.Action.INCIDENT_SIGNED_OFF,
                   audit.Action.INCIDENT_AMENDED, audit.Action.INCIDENT_OPENED):
        assert events(desk, action), action
    assert last_event(desk, audit.Action.INCIDENT_SIGNED_OFF).actor_name == "manager"
    assert last_event(desk, audit.Action.INCIDENT_SIGNED_OFF).severity == audit.HIGH
    assert len(events(desk, audit.Action.INCIDENT_AMENDED)) == 2
    assert all(e.entity_id == str(incident_id) for e in events(desk, audit.Action.INCIDENT_RECORDED))
    assert_audit_clean(desk, ALIAS, "Zuzana", LEGAL, CHILD, DURING, "grey car", BEFORE, OUTCOME, "Good notes",
                       "Police called back", "same car", "safety plan", "neighbours", "Nobody saw it",
                       "PD-2026", "Across the street", "curtains", "Manager called")


def test_a_correction_before_sign_off_keeps_the_incident_as_it_was(desk, staffed):
    incident_id, version = recorded(desk, staffed["resident"])
    same = desk.incidents.update(incident_id, full_edit(desk, staffed["resident"]), version)
    assert same == version and events(desk, audit.Action.INCIDENT_CHANGED) == []  # nothing changed: no version
    corrected = full_edit(desk, staffed["resident"], narrative_during="The car waited about forty minutes.",
                          severity="medium")
    new = desk.incidents.update(incident_id, corrected, version)
    assert new == version + 1
    info = desk.incidents.open_incident(incident_id)
    assert [v.reason for v in info.versions] == ["changed", "recorded"]
    assert (info.edit.narrative_during, info.edit.severity) == ("The car waited about forty minutes.", "medium")
    first = desk.incidents.incident_version(incident_id, 1)
    assert (first["narrative_during"], first["severity"], first["status"]) == (DURING, "high", OPEN)
    assert desk.incidents.incident_version(incident_id, 2)["narrative_during"] == "The car waited about forty minutes."
    assert len(events(desk, audit.Action.INCIDENT_VERSION_VIEWED)) == 2
    with pytest.raises(ValidationError):
        desk.incidents.incident_version(incident_id, 9)
    event = last_event(desk, audit.Action.INCIDENT_CHANGED)
    assert f"#{incident_id}" in event.summary
    assert_audit_clean(desk, "forty minutes", DURING, ALIAS)


def test_what_was_signed_stays_readable_after_a_director_reopens_it(desk, staffed, clock):
    incident_id, version = signed(desk, staffed["resident"])
    signed_number = desk.incidents.open_incident(incident_id).versions[0].number
    as_user(desk, "manager")
    with pytest.raises(PermissionDenied):
        desk.incidents.reopen(incident_id, "The report number was wrong.", version)
    as_user(desk, "frontdesk")
    with pytest.raises(PermissionDenied):
        desk.incidents.reopen(incident_id, "The report number was wrong.", version)
    as_director(desk)
    for reason in ("", "   \n ", None):
        with pytest.raises(ValidationError) as caught:
            desk.incidents.reopen(incident_id, reason, version)  # type: ignore[arg-type]
        assert caught.value.field == "reason"
    assert desk.incidents.open_incident(incident_id).status == SIGNED_OFF
    clock.advance(days=2)
    as_director(desk)
    version = desk.incidents.reopen(incident_id, "The report number was wrong.", version)
    info = desk.incidents.open_incident(incident_id)
    assert (info.status, info.signed_off_by, info.signed_off_at) == (OPEN, "", None)
    assert [(d.kind, d.text) for d in info.decisions] == [("signed_off", OUTCOME),
                                                          ("reopened", "The report number was wrong.")]
    version = desk.incidents.update(incident_id, full_edit(desk, staffed["resident"],
                                                           occurred_at=info.edit.occurred_at,
                                                           report_number="PD-2026-00471"), version)
    as_user(desk, "manager")
    desk.incidents.sign_off(incident_id, "Report number corrected.", "", version)
    as_director(desk)
    was = desk.incidents.incident_version(incident_id, signed_number)
    assert (was["report_number"], was["outcome"], was["status"]) == ("PD-2026-00417", OUTCOME, SIGNED_OFF)
    now = desk.incidents.open_incident(incident_id)
    assert now.edit.report_number == "PD-2026-00471" and now.outcome == "Report number corrected."
    assert [d.kind for d in now.decisions] == ["signed_off", "reopened", "signed_off"]
    assert last_event(desk, audit.Action.INCIDENT_REOPENED).severity == audit.HIGH
    with pytest.raises(ValidationError):  # only a signed-off incident is re-opened
        desk.incidents.reopen(recorded(desk)[0], "Why not", 1)
    assert_audit_clean(desk, "report number was wrong", "PD-2026", "corrected")


def test_only_a_house_manager_or_director_signs_off_and_an_outcome_is_needed(desk, staffed):
    as_user(desk, "frontdesk")
    incident_id, version = recorded(desk, staffed["resident"])
    with pytest.raises(PermissionDenied) as caught:
        desk.incidents.sign_off(incident_id, OUTCOME, "", version)
    assert_plain(caught.value)
    draft_id, draft_version = desk.incidents.save_draft(None, IncidentEdit(narrative_during="Started"))
    as_user(desk, "manager")
    with pytest.raises(ValidationError) as caught:
        desk.incidents.sign_off(incident_id, "  ", "", version)
    assert caught.value.field == "outcome"
    with pytest.raises(ValidationError):
        desk.incidents.sign_off(draft_id, OUTCOME, "", draft_version)
    desk.incidents.sign_off(incident_id, OUTCOME, "", version)
    assert desk.incidents.open_incident(incident_id).signed_off_by == "Manager"
    denied = events(desk, audit.Action.PERMISSION_DENIED)
    assert denied and denied[-1].actor_name == "frontdesk"


def test_a_signed_off_incident_cannot_be_changed_through_any_service(desk, staffed):
    rid = staffed["resident"]
    incident_id, version = recorded(desk, rid)
    task = desk.incidents.add_followup(incident_id, "Update her safety plan", None, desk.today() + days(3))
    version = desk.incidents.sign_off(incident_id, OUTCOME, "", version)
    before = stored(desk, incident_id)
    other_edit = full_edit(desk, rid, narrative_during="Something else entirely.", severity="low")
    attempts = {
        "save_draft": lambda v: desk.incidents.save_draft(incident_id, other_edit, v),
        "record": lambda v: desk.incidents.record(incident_id, other_edit, v),
        "update": lambda v: desk.incidents.update(incident_id, other_edit, v),
        "sign_off again": lambda v: desk.incidents.sign_off(incident_id, "Another outcome", "", v),
        "discard_draft": lambda v: desk.incidents.discard_draft(incident_id, v),
        "add_followup": lambda v: desk.incidents.add_followup(incident_id, "More work", None, desk.today()),
        "update_followup": lambda v: desk.incidents.update_followup(task, "Other work", None, desk.today()),
    }
    for username in ("frontdesk", "manager", DIRECTOR):
        if username == DIRECTOR:
            as_director(desk)
        else:
            as_user(desk, username)
        for name, call in attempts.items():
            for given in (version, version - 1, None):
                with pytest.raises((ValidationError, PermissionDenied, StaleRecord)) as caught:
                    call(given)
                assert_plain(caught.value)
                assert stored(desk, incident_id) == before, (username, name, given)
        if username != DIRECTOR:
            with pytest.raises(PermissionDenied):
                desk.incidents.reopen(incident_id, "Let me change it", version)
    assert stored(desk, incident_id) == before
    # The refusal says what to do instead.
    with pytest.raises(ValidationError) as caught:
        desk.incidents.update(incident_id, other_edit, version)
    assert "amendment" in caught.value.message
    # What is still allowed changes nothing the incident says: a task marked done, an amendment beside it.
    desk.incidents.complete_followup(task)
    desk.incidents.add_amendment(incident_id, "Added later.")
    after = stored(desk, incident_id)
    assert after["incident"] == before["incident"] and after["incident_person"] == before["incident_person"]
    assert after["incident_version"] == before["incident_version"]
    assert after["incident_decision"] == before["incident_decision"]


def test_an_incident_in_the_future_is_refused(desk, staffed, clock):
    soon = desk.now() + timedelta(minutes=5)
    with pytest.raises(ValidationError) as caught:
        recorded(desk, staffed["resident"], occurred_at=soon)
    assert caught.value.field == "occurred_at" and "future" in caught.value.message
    assert desk.incidents.incidents() == []
    # Typed to the minute, "now" is not the future.
    recorded(desk, staffed["resident"], occurred_at=desk.now() + timedelta(seconds=30))
    # A draft may say a time not reached yet (it is checked whole when recorded).
    draft_id, version = desk.incidents.save_draft(None, full_edit(desk, staffed["resident"], occurred_at=soon))
    with pytest.raises(ValidationError):
        desk.incidents.record(draft_id, full_edit(desk, staffed["resident"], occurred_at=soon), version)
    clock.advance(minutes=6)
    desk.incidents.record(draft_id, full_edit(desk, staffed["resident"], occurred_at=soon), version)
    with pytest.raises(ValidationError):  # a time with no zone, or far too long ago
        recorded(desk, occurred_at=datetime(2026, 1, 4, 22, 0))
    with pytest.raises(ValidationError):
        recorded(desk, occurred_at=datetime(1999, 12, 30, tzinfo=UTC))


def test_a_save_from_an_old_copy_is_refused(desk, staffed):
    incident_id, version = recorded(desk, staffed["resident"])
    mine = desk.incidents.update(incident_id, full_edit(desk, staffed["resident"], severity="critical"), version)
    before = stored(desk, incident_id)
    for call in (lambda: desk.incidents.update(incident_id, full_edit(desk, severity="low"), version),
                 lambda: desk.incidents.sign_off(incident_id, OUTCOME, "", version)):
        with pytest.raises(StaleRecord) as caught:
            call()
        assert_plain(caught.value)
    assert stored(desk, incident_id) == before
    draft_id, draft_version = desk.incidents.save_draft(None, IncidentEdit(narrative_during="One"))
    desk.incidents.save_draft(draft_id, IncidentEdit(narrative_during="Two"), draft_version)
    with pytest.raises(StaleRecord):
        desk.incidents.save_draft(draft_id, IncidentEdit(narrative_during="Three"), draft_version)
    with pytest.raises(StaleRecord):
        desk.incidents.discard_draft(draft_id, draft_version)
    assert desk.incidents.open_incident(draft_id).edit.narrative_during == "Two"
    version = desk.incidents.sign_off(incident_id, OUTCOME, "", mine)
    with pytest.raises(StaleRecord):
        desk.incidents.reopen(incident_id, "Wrong", mine)


def test_a_draft_survives_closing_the_program(desk, staffed, vault_dir, clock):
    as_user(desk, "frontdesk")
    draft_id, version = desk.incidents.save_draft(None, IncidentEdit(
        occurred_at=ago(desk, minutes=15), narrative_during="Zuzana heard knocking at the back door at 2 a.m.",
        people=[PersonInput("resident", "witness", resident_id=staffed["resident"])]))
    fresh = reopen(vault_dir, clock, desk)
    try:
        fresh.auth.sign_in("frontdesk", STAFF_PW)
        drafts = fresh.incidents.incidents(IncidentFilter(status=DRAFT))
        assert [(r.id, r.residents) for r in drafts] == [(draft_id, (ALIAS,))]
        info = fresh.incidents.open_incident(draft_id)
        assert info.version == version and info.edit.narrative_during.startswith("Zuzana heard knocking")
        fresh.incidents.record(draft_id, full_edit(fresh, staffed["resident"]), version)
        assert fresh.incidents.incidents(IncidentFilter(status=DRAFT)) == []
    finally:
        fresh.close()


def test_a_draft_saved_as_typed_is_audited_now_and_then_and_can_be_thrown_away(desk, staffed, clock):
    as_user(desk, "frontdesk")
    draft_id, version = desk.incidents.save_draft(None, IncidentEdit(narrative_during="A"))
    for letters in ("AB", "ABC", "ABCD"):
        clock.advance(seconds=20)
        draft_id, version = desk.incidents.save_draft(draft_id, IncidentEdit(narrative_during=letters), version)
    assert len(events(desk, audit.Action.INCIDENT_DRAFT_SAVED)) == 1  # not one event per keystroke
    clock.advance(minutes=10)
    draft_id, version = desk.incidents.save_draft(draft_id, IncidentEdit(narrative_during="ABCDE"), version)
    assert len(events(desk, audit.Action.INCIDENT_DRAFT_SAVED)) == 2
    add_staff_as_director(desk, "night")
    as_user(desk, "night")
    with pytest.raises(ValidationError):  # someone else's draft
        desk.incidents.discard_draft(draft_id, version)
    as_user(desk, "manager")
    desk.incidents.discard_draft(draft_id, version)
    assert desk.incidents.incidents() == []
    with pytest.raises(ValidationError):
        desk.incidents.open_incident(draft_id)
    incident_id, version = recorded(desk)
    with pytest.raises(ValidationError) as caught:
        desk.incidents.discard_draft(incident_id, version)
    assert "never thrown away" in caught.value.message
    assert last_event(desk, audit.Action.INCIDENT_DRAFT_DISCARDED).entity_id == str(draft_id)


def add_staff_as_director(desk: Desk, username: str) -> None:
    as_director(desk)
    add_staff(desk, username, Role.FRONT_DESK)


# --- people ------------------------------------------------------------------------------------------

def test_people_are_aliases_children_staff_or_described(desk, staffed):
    rid = staffed["resident"]
    [(child_id, child_name, mother)] = desk.incidents.children_here()
    assert (child_name, mother) == (CHILD, ALIAS)
    staff = dict(desk.incidents.staff_choices())
    assert staff[staffed["frontdesk"]] == "Frontdesk"
    people = [PersonInput("resident", "affected", resident_id=rid), PersonInput("child", "witness",
                                                                                household_member_id=child_id),
              PersonInput("staff", "witness", account_id=staffed["frontdesk"]),
              PersonInput("other", "involved", description="  woman   in a red coat "),
              PersonInput("resident", "involved", resident_id=rid)]  # the same person twice is once
    incident_id, _ = recorded(desk, people=people)
    info = desk.incidents.open_incident(incident_id)
    assert [(p.kind, p.role, p.name) for p in info.people] == [
        ("resident", "affected", ALIAS), ("child", "witness", CHILD), ("staff", "witness", "Frontdesk"),
        ("other", "involved", "woman in a red coat")]
    assert LEGAL not in repr(info)
    for bad in ([PersonInput("other", "involved", description="")],
                [PersonInput("resident", "affected", resident_id=99999)],
                [PersonInput("resident", "affected")],
                [PersonInput("child", "affected", household_member_id=424242)],
                [PersonInput("staff", "affected", account_id=424242)],
                [PersonInput("janitor", "affected", description="x")],
                [PersonInput("other", "boss", description="x")],
                ["not a person"]):
        with pytest.raises(ValidationError) as caught:
            recorded(desk, people=bad)
        assert_plain(caught.value)
    assert len(desk.incidents.incidents()) == 1


def test_her_part_in_an_incident_shows_in_her_file_only_to_those_who_sign_off(desk, staffed):
    rid = staffed["resident"]
    incident_id, _ = recorded(desk, rid)
    witness_id, _ = recorded(desk, people=[PersonInput("resident", "witness", resident_id=rid)],
                             occurred_at=ago(desk, days=3))
    recorded(desk, occurred_at=ago(desk, days=2))  # not hers
    as_user(desk, "manager")
    rows = desk.incidents.incidents_of(rid)
    assert [(r.id, r.role) for r in rows] == [(incident_id, "affected"), (witness_id, "witness")]
    as_user(desk, "frontdesk")
    rows = desk.incidents.incidents_of(rid)
    assert [(r.id, r.role) for r in rows] == [(incident_id, None), (witness_id, None)]
    assert all(r.residents == (ALIAS,) for r in rows)
    assert all(r.role is None for r in desk.incidents.incidents())  # the list never shows roles


def test_merging_two_records_keeps_her_incidents(desk, staffed):
    today = desk.today()
    keep, keep_stay = take_in(desk, "Lan", on=today - days(40))
    desk.residents.record_exit(keep_stay, today - days(30), 313)
    dup = take_in(desk, "Lan N.", on=today - days(5))[0]
    before_id, _ = recorded(desk, keep, occurred_at=ago(desk, days=35))
    after_id, _ = recorded(desk, dup, occurred_at=ago(desk, days=2))
    both_id, _ = recorded(desk, people=[PersonInput("resident", "affected", resident_id=dup),
                                        PersonInput("resident", "witness", resident_id=keep)],
                          occurred_at=ago(desk, days=1))
    desk.residents.merge(keep, dup)
    mine = [r.id for r in desk.incidents.incidents(IncidentFilter(resident_id=keep))]
    assert mine == [both_id, after_id, before_id]
    assert [r.id for r in desk.incidents.incidents(IncidentFilter(resident_id=dup))] == mine  # follows the merge
    assert [r.id for r in desk.incidents.incidents_of(keep)] == mine
    assert desk.incidents.open_incident(after_id).people[0].name == "Lan"
    both = desk.incidents.open_incident(both_id)
    assert [p.name for p in both.people if p.kind == "resident"] == ["Lan"]  # one person now, named once
    assert {r.residents for r in desk.incidents.incidents()} == {("Lan",)}


# --- the lists ------------------------------------------------------------------------------------------

def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def test_the_list_filters_by_days_kind_severity_status_and_resident(desk, staffed):
    rid = staffed["resident"]
    other = take_in(desk, "Amara")[0]
    d1, d2, d3 = date(2025, 12, 28), date(2025, 12, 30), date(2026, 1, 2)
    a, _ = recorded(desk, rid, occurred_at=local(d1, 0, 0), severity="low")  # the first minute of the day
    b, vb = recorded(desk, other, occurred_at=local(d2, 23, 59), severity="high",
                     type_id=kind_id(desk, "conflict"))  # the last minute of the day
    c, _ = recorded(desk, rid, occurred_at=local(d3, 12), severity="high")
    desk.incidents.sign_off(b, OUTCOME, "", vb)
    draft, _ = desk.incidents.save_draft(None, IncidentEdit(occurred_at=local(d2, 8), narrative_during="Draft"))

    def ids(**where: object) -> list[int]:
        return [r.id for r in desk.incidents.incidents(IncidentFilter(**where))]  # type: ignore[arg-type]

    assert ids() == [c, b, draft, a]  # newest first
    assert ids(date_from=d1, date_to=d2) == [b, draft, a]  # both days counted
    assert ids(date_from=d2, date_to=d2) == [b, draft]
    assert ids(date_from=d1 + days(1), date_to=d2 - days(1)) == []
    assert ids(date_from=d3) == [c] and ids(date_to=d1) == [a]
    assert ids(type_id=kind_id(desk, "conflict")) == [b]
    assert ids(severity="high") == [c, b]
    assert ids(status=SIGNED_OFF) == [b] and ids(status=OPEN) == [c, a] and ids(status=DRAFT) == [draft]
    assert ids(resident_id=rid) == [c, a] and ids(resident_id=other) == [b]
    assert ids(resident_id=rid, severity="high", date_from=d2) == [c]
    assert ids(limit=2) == [c, b]
    assert desk.incidents.status_counts() == {DRAFT: 1, OPEN: 2, SIGNED_OFF: 1}
    with pytest.raises(ValidationError):
        ids(date_from=d2, date_to=d1)
    with pytest.raises(ValidationError):
        ids(status="closed")
    with pytest.raises(ValidationError):
        ids(resident_id=99999)
    row = desk.incidents.incidents(IncidentFilter(date_from=d3))[0]
    assert (row.type_code, row.severity, row.place, row.residents, row.status) == (
        "watch_person", "high", "outside", (ALIAS,), OPEN)


def test_follow_ups_due_overdue_done(desk, staffed, clock):
    incident_id, version = recorded(desk, staffed["resident"])
    today = desk.today()
    late = desk.incidents.add_followup(incident_id, "Call her advocate", staffed["manager"], today + days(1))
    later = desk.incidents.add_followup(incident_id, "Book the counsellor", None, today + days(4))
    for what, owner, due in (("", None, today), ("x" * 501, None, today), ("Ok", None, today + days(367)),
                             ("Ok", None, None), ("Ok", None, datetime(2026, 1, 6, 9)), ("Ok", 424242, today),
                             ("Ok", True, today)):
        with pytest.raises(ValidationError) as caught:
            desk.incidents.add_followup(incident_id, what, owner, due)  # type: ignore[arg-type]
        assert_plain(caught.value)
    desk.accounts.disable(staffed["frontdesk"])
    with pytest.raises(ValidationError):  # an account turned off is not an owner
        desk.incidents.add_followup(incident_id, "Ok", staffed["frontdesk"], today)
    clock.advance(days=2)
    as_director(desk)
    tasks = desk.incidents.open_followups()
    assert [(t.id, t.overdue) for t in tasks] == [(late, True), (later, False)]
    assert tasks[0].type_code == "watch_person" and tasks[0].owner_name == "Manager"
    row = desk.incidents.incidents()[0]
    assert (row.open_followups, row.overdue_followups) == (2, 1)
    desk.incidents.update_followup(later, "Book the counsellor for Monday", None, desk.today() + days(1))
    desk.incidents.complete_followup(late, "Left a message")
    with pytest.raises(ValidationError):
        desk.incidents.complete_followup(late)
    with pytest.raises(ValidationError):
        desk.incidents.complete_followup(424242)
    assert [t.what for t in desk.incidents.open_followups()] == ["Book the counsellor for Monday"]
    assert desk.incidents.open_incident(incident_id).version == version  # tasks never change the incident
    assert_audit_clean(desk, "advocate", "counsellor", "Left a message")


def test_the_list_of_kinds_can_be_renamed_added_retired_and_moved(desk, staffed):
    kinds = desk.incidents.types()
    assert len(kinds) == 12 and all(k.code for k in kinds)
    conflict = kind_id(desk, "conflict")
    incident_id, version = recorded(desk, type_id=conflict)
    desk.incidents.rename_type(conflict, "Argument between residents")
    renamed = next(k for k in desk.incidents.types() if k.id == conflict)
    assert (renamed.name, renamed.code) == ("Argument between residents", None)  # shown as typed from now on
    new = desk.incidents.add_type("Fire alarm")
    with pytest.raises(ValidationError):
        desk.incidents.add_type("fire  ALARM")
    desk.incidents.move_type(new, -1)
    order = [k.id for k in desk.incidents.types()]
    assert order.index(new) == len(order) - 2
    desk.incidents.set_type_active(conflict, False)
    assert conflict not in [k.id for k in desk.incidents.types()]
    with pytest.raises(ValidationError):  # a retired kind is not chosen for a new incident...
        recorded(desk, type_id=conflict)
    # ...but an incident of that kind keeps it when corrected.
    desk.incidents.update(incident_id, full_edit(desk, type_id=conflict, occurred_at=ago(desk, hours=12),
                                                 severity="low"), version)
    assert desk.incidents.incidents()[0].type_name == "Argument between residents"
    as_user(desk, "frontdesk")
    with pytest.raises(PermissionDenied):
        desk.incidents.add_type("Anything")


def test_odd_values_from_a_form_are_plain_refusals(desk, staffed):
    """Found by the fuzz test: a list or dict where a choice belongs, a time that cannot be kept as UTC."""
    from datetime import timezone

    for edit in (IncidentEdit(place=["inside"]), IncidentEdit(severity={}),  # type: ignore[arg-type]
                 IncidentEdit(people=[PersonInput(["resident"], "affected")]),  # type: ignore[arg-type]
                 IncidentEdit(people=[PersonInput("other", {"x": 1}, description="man")]),  # type: ignore[arg-type]
                 IncidentEdit(occurred_at=datetime.min.replace(tzinfo=timezone(timedelta(hours=5)))),
                 IncidentEdit(occurred_at=datetime.max.replace(tzinfo=timezone(timedelta(hours=-5))))):
        for call in (lambda e=edit: desk.incidents.save_draft(None, e),
                     lambda e=edit: desk.incidents.record(None, e)):
            with pytest.raises(ValidationError) as caught:
                call()
            assert_plain(caught.value)
    with pytest.raises(ValidationError):
        desk.incidents.incidents(IncidentFilter(status=["open"]))  # type: ignore[arg-type]
    assert desk.incidents.incidents() == []
