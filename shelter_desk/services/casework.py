"""Case notes and goals (the services on her recovery path).

A note's author may correct it on the day it was written; after that day a note
can only be amended: the amendment is a new dated note that points at the original,
which is never changed. Notes and goals are read as part of the resident file
(``ResidentService.open_file``), which is the audited read.
"""

from __future__ import annotations

from datetime import date

from shelter_desk import audit, hud
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.validation import check_date, clean_block, clean_line, is_record_id
from shelter_desk.storage.resident_models import CaseNote, Goal

NOTE_TEXT = QT_TRANSLATE_NOOP("fields", "the note")


class CaseworkService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    @staticmethod
    def _kind(kind: str) -> str:
        if kind not in hud.keys(hud.NOTE_KINDS):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose what the note is about from the list."),
                                  field="kind")
        return kind

    def _note(self, session, note_id: int) -> CaseNote:  # noqa: ANN001
        note = session.get(CaseNote, note_id) if is_record_id(note_id) else None
        if note is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That note no longer exists."))
        return note

    # --- notes ------------------------------------------------------------------------------
    def add_note(self, resident_id: int, kind: str, text: str, written_on: date | None = None) -> int:
        who = self.desk.require(Permission.CASE_NOTES)
        today = self.desk.today()
        kind = self._kind(kind)
        body = clean_block(text, field="text", label=NOTE_TEXT, max_length=10_000, required=True)
        day = check_date(written_on or today, field="written_on", label=QT_TRANSLATE_NOOP("fields", "the note's date"),
                         today=today)
        now = self.desk.now()
        with self.desk.write() as session:
            resident = self.desk.residents._resident(session, resident_id)
            note = CaseNote(resident_id=resident.id, kind=kind, written_on=day, author_id=who.account_id,
                            author_name=who.display_name, text=body, created_at=now, updated_at=now)
            session.add(note)
            session.flush()
            self.desk.record(session, audit.Action.NOTE_ADDED, entity_type="case_note", entity_id=note.id,
                             summary=f"note #{note.id} for resident #{resident.id}")
            note_id = note.id
        self.desk.changed("notes")
        return note_id

    def correct_note(self, note_id: int, kind: str, text: str) -> None:
        """The author fixes her own note on the day she wrote it; later it needs an amendment."""
        who = self.desk.require(Permission.CASE_NOTES)
        kind = self._kind(kind)
        body = clean_block(text, field="text", label=NOTE_TEXT, max_length=10_000, required=True)
        with self.desk.write() as session:
            note = self._note(session, note_id)
            if note.author_id != who.account_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only the person who wrote a note can correct it. Add an amendment instead."))
            if note.created_at.astimezone().date() != self.desk.today():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "A note can only be corrected on the day it was written. Add an amendment instead."))
            self.desk.residents._log_changes(session, note.resident_id, "note", note.id,
                                             {"kind": note.kind, "text": note.text}, {"kind": kind, "text": body})
            note.kind, note.text, note.updated_at = kind, body, self.desk.now()
            self.desk.record(session, audit.Action.NOTE_CORRECTED, entity_type="case_note", entity_id=note.id,
                             summary=f"note #{note.id} corrected by its author")
        self.desk.changed("notes")

    def amend_note(self, note_id: int, text: str) -> int:
        """Add a dated amendment to a note; the original stays as it was. Returns the amendment's id."""
        who = self.desk.require(Permission.CASE_NOTES)
        body = clean_block(text, field="text", label=QT_TRANSLATE_NOOP("fields", "the amendment"),
                           max_length=10_000, required=True)
        now = self.desk.now()
        with self.desk.write() as session:
            original = self._note(session, note_id)
            while original.amends_id is not None:  # amending an amendment amends the note itself
                original = self._note(session, original.amends_id)
            amendment = CaseNote(resident_id=original.resident_id, kind=original.kind, written_on=self.desk.today(),
                                 author_id=who.account_id, author_name=who.display_name, text=body,
                                 amends_id=original.id, created_at=now, updated_at=now)
            session.add(amendment)
            session.flush()
            self.desk.record(session, audit.Action.NOTE_AMENDED, entity_type="case_note", entity_id=amendment.id,
                             summary=f"note #{original.id} amended by note #{amendment.id}")
            amendment_id = amendment.id
        self.desk.changed("notes")
        return amendment_id

    # --- goals ------------------------------------------------------------------------------
    def _goal_values(self, kind: str, status: str, description: str, notes: str,
                     started_on: date | None, ended_on: date | None) -> dict[str, object]:
        today = self.desk.today()
        if kind not in hud.keys(hud.GOAL_KINDS):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the kind of goal from the list."), field="kind")
        if status not in hud.keys(hud.GOAL_STATUSES):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the goal's status from the list."),
                                  field="status")
        started = check_date(started_on, field="started_on", label=QT_TRANSLATE_NOOP("fields", "the start date"),
                             today=today, required=False)
        ended = check_date(ended_on, field="ended_on", label=QT_TRANSLATE_NOOP("fields", "the end date"),
                           today=today, required=False, earliest=started)
        if ended is not None and status not in ("reached", "stopped"):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Only a goal that was reached or stopped has an end date."), field="ended_on")
        return {
            "kind": kind, "status": status,
            "description": clean_line(description, field="description",
                                      label=QT_TRANSLATE_NOOP("fields", "the description"), max_length=300),
            "notes": clean_block(notes, field="notes", label=QT_TRANSLATE_NOOP("fields", "the notes"),
                                 max_length=4000),
            "started_on": started, "ended_on": ended,
        }

    def add_goal(self, resident_id: int, kind: str, description: str = "", status: str = "planned",
                 started_on: date | None = None, ended_on: date | None = None, notes: str = "") -> int:
        self.desk.require(Permission.CASE_NOTES)
        values = self._goal_values(kind, status, description, notes, started_on, ended_on)
        now = self.desk.now()
        with self.desk.write() as session:
            resident = self.desk.residents._resident(session, resident_id)
            goal = Goal(resident_id=resident.id, created_at=now, updated_at=now, **values)
            session.add(goal)
            session.flush()
            self.desk.record(session, audit.Action.GOAL_ADDED, entity_type="goal", entity_id=goal.id,
                             summary=f"goal #{goal.id} for resident #{resident.id}")
            goal_id = goal.id
        self.desk.changed("goals")
        return goal_id

    def update_goal(self, goal_id: int, kind: str, description: str, status: str,
                    started_on: date | None = None, ended_on: date | None = None, notes: str = "") -> None:
        self.desk.require(Permission.CASE_NOTES)
        values = self._goal_values(kind, status, description, notes, started_on, ended_on)
        with self.desk.write() as session:
            goal = session.get(Goal, goal_id) if is_record_id(goal_id) else None
            if goal is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That goal no longer exists."))
            before = {k: getattr(goal, k) for k in values}
            changed = self.desk.residents._log_changes(session, goal.resident_id, "goal", goal.id, before, values)
            if not changed:
                return
            for key, value in values.items():
                setattr(goal, key, value)
            goal.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.GOAL_CHANGED, entity_type="goal", entity_id=goal.id,
                             summary=f"goal #{goal.id}: {', '.join(changed)}")
        self.desk.changed("goals")
