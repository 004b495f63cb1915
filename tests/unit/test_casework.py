"""Case notes (same-day corrections by the author, amendments later) and goals."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shelter_desk import audit
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.permissions import Role
from tests.conftest import DIRECTOR, add_staff
from tests.unit.test_residents import (
    as_director,
    as_user,
    assert_audit_clean,
    days,
    events,
    last_event,
    take_in,
)
from tests.unit.vaulttools import assert_plain

NOTE = "Met the fictional legal aid clinic.\nNext step: papers on Friday."


# --- notes -----------------------------------------------------------------------------------

def test_a_note_is_kept_with_its_author_and_audited_without_its_text(desk):
    rid, _ = take_in(desk)
    note_id = desk.casework.add_note(rid, "legal", "  " + NOTE + "\u202e  \n\n\n\n")
    event = last_event(desk, audit.Action.NOTE_ADDED)
    assert (event.entity_type, event.entity_id, event.actor_name) == ("case_note", str(note_id), DIRECTOR)
    assert "legal" not in event.summary and f"resident #{rid}" in event.summary
    [note] = desk.residents.open_file(rid).notes
    assert (note.id, note.kind, note.text, note.written_on, note.author_name, note.amends_id) == (
        note_id, "legal", NOTE, desk.today(), "Dana Director", None)
    assert note.can_correct and note.created_on == desk.today()
    # Each kind, back-dated notes allowed.
    for i, kind in enumerate(("counselling", "housing", "employment", "education", "health", "other")):
        desk.casework.add_note(rid, kind, f"A {kind} note.", written_on=desk.today() - days(i + 1))
    notes = desk.residents.open_file(rid).notes
    assert [n.kind for n in notes] == ["legal", "counselling", "housing", "employment", "education", "health", "other"]
    assert_audit_clean(desk, "legal aid clinic", "papers on Friday")


@pytest.mark.parametrize(
    ("kind", "text", "written_on", "field"),
    [
        ("diary", "Text", None, "kind"),
        ("legal", "", None, "text"),
        ("legal", " \n\t\u200b\n ", None, "text"),
        ("legal", "x" * 10_001, None, "text"),
        ("legal", "Text", "tomorrow", "written_on"),
        ("legal", "Text", date(1899, 1, 1), "written_on"),
        ("legal", "Text", datetime(2025, 1, 1, 9), "written_on"),
        ("legal", "Text", date.max, "written_on"),
    ],
)
def test_a_bad_note_is_refused(desk, kind, text, written_on, field):
    rid, _ = take_in(desk)
    if written_on == "tomorrow":
        written_on = desk.today() + days(1)
    with pytest.raises(ValidationError) as caught:
        desk.casework.add_note(rid, kind, text, written_on=written_on)
    assert caught.value.field == field
    assert_plain(caught.value)
    assert desk.residents.open_file(rid).notes == ()


def test_a_note_for_a_missing_resident_is_refused(desk):
    for rid in (0, -1, 123456, 2**80):
        with pytest.raises(ValidationError):
            desk.casework.add_note(rid, "legal", "Text")


def test_only_the_author_corrects_a_note_and_only_on_the_same_day(desk, clock):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    rid, _ = take_in(desk)
    note_id = desk.casework.add_note(rid, "legal", "Court on Tuesday.")
    desk.casework.correct_note(note_id, "housing", "Court on Wednesday.")
    event = last_event(desk, audit.Action.NOTE_CORRECTED)
    assert (event.entity_type, event.entity_id) == ("case_note", str(note_id))
    [note] = desk.residents.open_file(rid).notes
    assert (note.kind, note.text) == ("housing", "Court on Wednesday.")
    rows = {r.field: r for r in desk.residents.history(rid) if r.entity_type == "note"}
    assert (rows["text"].old_value, rows["text"].new_value) == ("Court on Tuesday.", "Court on Wednesday.")
    assert (rows["kind"].old_value, rows["kind"].new_value) == ("legal", "housing")

    # Someone else, the same day: no.
    as_user(desk, "frontdesk")
    assert not desk.residents.open_file(rid).notes[0].can_correct
    with pytest.raises(ValidationError) as caught:
        desk.casework.correct_note(note_id, "legal", "Changed by someone else.")
    assert_plain(caught.value)
    # The author, the next day: no (an amendment instead).
    clock.advance(days=1)
    as_director(desk)
    assert not desk.residents.open_file(rid).notes[0].can_correct
    with pytest.raises(ValidationError) as caught:
        desk.casework.correct_note(note_id, "legal", "Court on Thursday.")
    assert "amendment" in caught.value.message
    [note] = desk.residents.open_file(rid).notes
    assert note.text == "Court on Wednesday."
    with pytest.raises(ValidationError) as caught:
        desk.casework.correct_note(note_id, "legal", "")
    assert caught.value.field == "text"
    with pytest.raises(ValidationError):
        desk.casework.correct_note(10**25, "legal", "Text")
    assert_audit_clean(desk, "Court on")


def test_amendments_are_kept_in_order_and_the_original_is_unchanged(desk, clock):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    rid, _ = take_in(desk)
    original = desk.casework.add_note(rid, "counselling", "First session went well.", written_on=desk.today() - days(3))
    later = desk.casework.add_note(rid, "health", "Clinic visit.", written_on=desk.today() - days(1))
    clock.advance(days=1)
    as_user(desk, "frontdesk")
    first = desk.casework.amend_note(original, "She asked to move sessions to mornings.")
    event = last_event(desk, audit.Action.NOTE_AMENDED)
    assert (event.entity_type, event.entity_id, event.actor_name) == ("case_note", str(first), "frontdesk")
    assert f"note #{original}" in event.summary
    clock.advance(hours=1)
    second = desk.casework.amend_note(first, "Mornings confirmed.")  # amending an amendment amends the note
    notes = desk.residents.open_file(rid).notes
    # Newest note first; each note followed by its amendments, oldest first.
    assert [n.id for n in notes] == [later, original, first, second]
    by_id = {n.id: n for n in notes}
    assert by_id[original].text == "First session went well."
    assert by_id[original].written_on == desk.today() - days(4)
    assert (by_id[first].amends_id, by_id[second].amends_id) == (original, original)
    assert by_id[first].kind == "counselling" and by_id[first].written_on == desk.today()
    assert by_id[first].author_name == "Frontdesk"
    with pytest.raises(ValidationError):
        desk.casework.amend_note(original, "   ")
    with pytest.raises(ValidationError):
        desk.casework.amend_note(-5, "Text")
    assert len(events(desk, audit.Action.NOTE_AMENDED)) == 2
    assert_audit_clean(desk, "mornings", "First session")


# --- goals -----------------------------------------------------------------------------------

def test_goals_with_each_status_and_dates(desk):
    rid, _ = take_in(desk)
    today = desk.today()
    planned = desk.casework.add_goal(rid, "education", "GED at the fictional college")
    event = last_event(desk, audit.Action.GOAL_ADDED)
    assert (event.entity_type, event.entity_id) == ("goal", str(planned))
    assert "education" not in event.summary and "planned" not in event.summary  # record numbers only
    going = desk.casework.add_goal(rid, "job_training", "Kitchen course", status="in_progress",
                                   started_on=today - days(20))
    reached = desk.casework.add_goal(rid, "protection_order", status="reached", started_on=today - days(60),
                                     ended_on=today - days(30), notes="Granted.\nCopy in her go-bag.")
    stopped = desk.casework.add_goal(rid, "immigration", status="stopped", ended_on=today)
    goals = {g.id: g for g in desk.residents.open_file(rid).goals}
    assert [g.id for g in desk.residents.open_file(rid).goals] == [planned, going, reached, stopped]
    assert (goals[planned].status, goals[planned].description, goals[planned].started_on) == (
        "planned", "GED at the fictional college", None)
    assert (goals[going].status, goals[going].started_on, goals[going].ended_on) == ("in_progress", today - days(20), None)
    assert (goals[reached].ended_on, goals[reached].notes) == (today - days(30), "Granted.\nCopy in her go-bag.")
    assert goals[stopped].status == "stopped"

    desk.casework.update_goal(going, "job_training", "Kitchen course", "reached", today - days(20), today)
    changed = last_event(desk, audit.Action.GOAL_CHANGED)
    assert (changed.entity_id, changed.summary) == (str(going), f"goal #{going}: status, ended_on")
    rows = {r.field: r for r in desk.residents.history(rid) if r.entity_type == "goal"}
    assert (rows["status"].old_value, rows["status"].new_value) == ("in_progress", "reached")
    assert rows["ended_on"].new_value == today.isoformat()
    before = len(events(desk))
    desk.casework.update_goal(going, "job_training", "Kitchen course", "reached", today - days(20), today)
    assert len(events(desk)) == before  # nothing changed, nothing written
    assert_audit_clean(desk, "fictional college", "Kitchen course", "go-bag")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (dict(kind="yoga"), "kind"),
        (dict(status="done"), "status"),
        (dict(status="in_progress", ended_on="today"), "ended_on"),  # only reached or stopped goals end
        (dict(status="reached", started_on="today", ended_on="yesterday"), "ended_on"),
        (dict(started_on="tomorrow"), "started_on"),
        (dict(started_on=datetime(2025, 3, 1)), "started_on"),
        (dict(status="reached", ended_on=date.max), "ended_on"),
        (dict(description="d" * 301), "description"),
        (dict(notes="n" * 4001), "notes"),
    ],
)
def test_a_bad_goal_is_refused(desk, args, field):
    rid, _ = take_in(desk)
    named = {"today": desk.today(), "yesterday": desk.today() - days(1), "tomorrow": desk.today() + days(1)}
    values = {"kind": "education", **{k: named.get(v, v) if isinstance(v, str) and k.endswith("_on") else v
                                      for k, v in args.items()}}
    with pytest.raises(ValidationError) as caught:
        desk.casework.add_goal(rid, **values)
    assert caught.value.field == field
    assert_plain(caught.value)
    goal = desk.casework.add_goal(rid, "education")
    with pytest.raises(ValidationError) as caught:
        desk.casework.update_goal(goal, **{"description": "", "status": "planned", **values})
    assert caught.value.field == field
    with pytest.raises(ValidationError):
        desk.casework.update_goal(10**30, "education", "", "planned")


def test_front_desk_writes_notes_and_goals(desk):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    rid, _ = take_in(desk)
    as_user(desk, "frontdesk")
    note = desk.casework.add_note(rid, "other", "Asked for a bus pass.")
    desk.casework.correct_note(note, "other", "Asked for two bus passes.")
    goal = desk.casework.add_goal(rid, "housing_search")
    desk.casework.update_goal(goal, "housing_search", "Two-bedroom flat", "in_progress")
    with pytest.raises(PermissionDenied):
        desk.residents.history(rid)
