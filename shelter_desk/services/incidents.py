"""The incident log: record fast (drafts saved as typed), follow up, sign off, amend, re-open.

- Any staff member records and reads incidents (``Permission.INCIDENTS``). An incident starts
  as a draft, saved as it is typed (``save_draft``), so a crash or the screen lock never loses
  it; ``record`` checks it whole and makes it *open*. Before sign-off it can be corrected
  (``update``); every correction keeps the incident as it was (a version).
- A house manager or director reviews and signs it off (outcome, notes). After that it is
  locked: no service changes it. Anyone adds amendments (dated, with author), kept in order
  beside it. A director can re-open it with a reason; what was signed stays readable as a
  version. Follow-up tasks (what, owner, due date) can still be marked done after sign-off:
  following up is work that goes on after the review, and marking it done never changes what
  the incident says.
- Reading a whole incident, an earlier version, and printing are audited; every change is
  audited with record numbers only (no names, no typed text).
- Every change carries the version it was made on; a newer one in between refuses it
  (``StaleRecord``): two windows on one incident never overwrite each other silently.
- Her part in an incident (harmed or targeted, involved, witness) is shown in her file only to
  those who sign off incidents (``incidents_of``); front desk sees that there was an incident.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelter_desk import audit
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.incident_views import (
    DRAFT,
    FUTURE_SLACK_SECONDS,
    OPEN,
    PERSON_KINDS,
    PERSON_ROLES,
    PLACES,
    SEVERITIES,
    SIGNED_OFF,
    STATUSES,
    AmendmentInfo,
    DecisionInfo,
    FollowUpInfo,
    IncidentEdit,
    IncidentFilter,
    IncidentInfo,
    IncidentPrint,
    IncidentRow,
    IncidentTypeView,
    IncidentVersionInfo,
    OpenFollowUp,
    PersonInfo,
    PersonInput,
    PersonPrint,
)
from shelter_desk.services.needs_common import list_name, same_name
from shelter_desk.services.resident_views import StaleRecord
from shelter_desk.services.validation import check_date, clean_block, clean_line, is_record_id
from shelter_desk.storage.incident_models import (
    Incident,
    IncidentAmendment,
    IncidentDecision,
    IncidentFollowUp,
    IncidentPerson,
    IncidentType,
    IncidentVersion,
)
from shelter_desk.storage.models import Account
from shelter_desk.storage.resident_models import HouseholdMember, Resident, Stay

# Tuples, not sets: "x in codes" with whatever a form hands over (a list, a dict) is then False, not a TypeError.
SEVERITY_CODES = tuple(code for code, _ in SEVERITIES)
PLACE_CODES = tuple(code for code, _ in PLACES)
KIND_CODES = tuple(code for code, _ in PERSON_KINDS)
ROLE_CODES = tuple(code for code, _ in PERSON_ROLES)
STATUS_CODES = tuple(code for code, _ in STATUSES)
MAX_PEOPLE, MAX_FOLLOWUPS_DUE_DAYS = 60, 366
DRAFT_AUDIT_EVERY = timedelta(minutes=10)  # a draft saved as typed is audited at most this often
EARLIEST = datetime(2000, 1, 1).astimezone()

_TEXTS = (  # (field, label, max length) of the narrative and the other long texts
    ("narrative_before", QT_TRANSLATE_NOOP("fields", "what happened before"), 8000),
    ("narrative_during", QT_TRANSLATE_NOOP("fields", "what happened"), 8000),
    ("narrative_after", QT_TRANSLATE_NOOP("fields", "what happened after"), 8000),
    ("injuries", QT_TRANSLATE_NOOP("fields", "the injuries"), 4000),
    ("medical_response", QT_TRANSLATE_NOOP("fields", "the medical response"), 4000),
    ("property_damage", QT_TRANSLATE_NOOP("fields", "the property damage"), 4000),
    ("immediate_actions", QT_TRANSLATE_NOOP("fields", "the actions taken at once"), 4000),
)
_LINES = (
    ("location", QT_TRANSLATE_NOOP("fields", "where it happened"), 200),
    ("report_number", QT_TRANSLATE_NOOP("fields", "the report number"), 60),
    ("mandatory_report_note", QT_TRANSLATE_NOOP("fields", "the report made"), 300),
    ("supervisor_note", QT_TRANSLATE_NOOP("fields", "who was told and when"), 300),
)
_FLAGS = ("police_called", "ems_called", "mandatory_report", "supervisor_notified")


class IncidentService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk
        self._draft_audited: dict[int, datetime] = {}

    # --- the list of kinds --------------------------------------------------------------------
    def types(self, include_retired: bool = False) -> list[IncidentTypeView]:
        self.desk.require(Permission.INCIDENTS)
        with self.desk.read() as session:
            query = select(IncidentType).order_by(IncidentType.sort_order, IncidentType.id)
            if not include_retired:
                query = query.where(IncidentType.active.is_(True))
            return [IncidentTypeView(t.id, t.name, t.code, t.active, t.sort_order) for t in session.scalars(query)]

    @staticmethod
    def _type(session: Session, type_id: object) -> IncidentType:
        kind = session.get(IncidentType, type_id) if is_record_id(type_id) else None
        if kind is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That kind of incident is no longer on the list."),
                                  field="type_id")
        return kind

    @staticmethod
    def _check_unique_type(session: Session, name: str, except_id: int | None = None) -> None:
        for other in session.scalars(select(IncidentType)):
            if other.id != except_id and same_name(other.name, name):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is already a kind of incident called {name}."),
                                      field="name", name=other.name)

    def add_type(self, name: str) -> int:
        self.desk.require(Permission.MANAGE_LISTS)
        name = list_name(name, max_length=80)
        now = self.desk.now()
        with self.desk.write() as session:
            self._check_unique_type(session, name)
            last = session.scalar(select(func.max(IncidentType.sort_order))) or 0
            kind = IncidentType(name=name, code=None, sort_order=last + 1, active=True, created_at=now, updated_at=now)
            session.add(kind)
            session.flush()
            self.desk.record(session, audit.Action.INCIDENT_TYPES_CHANGED, entity_type="incident_type",
                             entity_id=kind.id, summary=f"incident kind #{kind.id} added")
            kind_id = kind.id
        self.desk.changed("incidents")
        return kind_id

    def rename_type(self, type_id: int, name: str) -> None:
        self.desk.require(Permission.MANAGE_LISTS)
        name = list_name(name, max_length=80)
        with self.desk.write() as session:
            kind = self._type(session, type_id)
            self._check_unique_type(session, name, except_id=kind.id)
            if kind.name != name:
                kind.name, kind.code, kind.updated_at = name, None, self.desk.now()  # renamed: shown as typed
                self.desk.record(session, audit.Action.INCIDENT_TYPES_CHANGED, entity_type="incident_type",
                                 entity_id=kind.id, summary=f"incident kind #{kind.id} renamed")
        self.desk.changed("incidents")

    def set_type_active(self, type_id: int, active: bool) -> None:
        """Retire a kind (it leaves the choices; incidents of that kind keep it) or bring it back."""
        self.desk.require(Permission.MANAGE_LISTS)
        with self.desk.write() as session:
            kind = self._type(session, type_id)
            if not active and kind.active:
                others = session.scalar(select(func.count()).select_from(IncidentType).where(
                    IncidentType.active.is_(True), IncidentType.id != kind.id))
                if not others:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "The list needs at least one kind of incident."))
            kind.active, kind.updated_at = bool(active), self.desk.now()
            self.desk.record(session, audit.Action.INCIDENT_TYPES_CHANGED, entity_type="incident_type",
                             entity_id=kind.id, summary=f"incident kind #{kind.id} {'back in use' if active else 'retired'}")
        self.desk.changed("incidents")

    def move_type(self, type_id: int, step: int) -> None:
        self.desk.require(Permission.MANAGE_LISTS)
        if isinstance(step, bool) or not isinstance(step, int):
            raise ValidationError()
        with self.desk.write() as session:
            kinds = list(session.scalars(select(IncidentType).order_by(IncidentType.sort_order, IncidentType.id)))
            index = next((i for i, k in enumerate(kinds) if is_record_id(type_id) and k.id == type_id), None)
            if index is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That kind of incident is no longer on the list."))
            target = index + (1 if step > 0 else -1)
            if step == 0 or not 0 <= target < len(kinds):
                return
            kinds[index], kinds[target] = kinds[target], kinds[index]
            for order, kind in enumerate(kinds):
                kind.sort_order = order
            self.desk.record(session, audit.Action.INCIDENT_TYPES_CHANGED, entity_type="incident_type",
                             entity_id=type_id, summary=f"incident kind #{type_id} moved")
        self.desk.changed("incidents")

    # --- who can be named -------------------------------------------------------------------------
    def staff_choices(self) -> list[tuple[int, str]]:
        """Staff accounts in use (id, name), for "staff involved" and a follow-up's owner."""
        self.desk.require(Permission.INCIDENTS)
        with self.desk.read() as session:
            return [(a.id, a.display_name) for a in session.scalars(
                select(Account).where(Account.active.is_(True)).order_by(Account.display_name, Account.id))]

    def children_here(self) -> list[tuple[int, str, str]]:
        """Children staying here now: (household member id, first name or initials, her alias)."""
        self.desk.require(Permission.INCIDENTS)
        with self.desk.read() as session:
            rows = session.execute(
                select(HouseholdMember.id, HouseholdMember.name, Resident.alias)
                .join(Stay, Stay.id == HouseholdMember.stay_id).join(Resident, Resident.id == Stay.resident_id)
                .where(Stay.exit_date.is_(None)).order_by(Resident.alias_key, HouseholdMember.name)).all()
            return [(r[0], r[1], r[2]) for r in rows]

    # --- checking what was typed --------------------------------------------------------------------
    def _clean(self, edit: IncidentEdit, *, whole: bool) -> dict:
        """The incident's fields, checked. ``whole``: as recorded (kind, severity, time and what
        happened are needed, and the time cannot be in the future); otherwise as a draft."""
        if not isinstance(edit, IncidentEdit):
            raise ValidationError()
        values: dict = {}
        when = edit.occurred_at
        if when is not None and (not isinstance(when, datetime) or when.utcoffset() is None
                                 or not _in_utc_range(when)):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} is not a date and time."), field="occurred_at",
                                  label=QT_TRANSLATE_NOOP("fields", "when it happened"))
        if whole:
            if when is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field="occurred_at",
                                      label=QT_TRANSLATE_NOOP("fields", "when it happened"))
            if when > self.desk.now() + timedelta(seconds=FUTURE_SLACK_SECONDS):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "The incident cannot be in the future. Please check the date and time."),
                    field="occurred_at")
            if when < EARLIEST:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{label} is too far in the past. Please check the year."), field="occurred_at",
                    label=QT_TRANSLATE_NOOP("fields", "when it happened"))
        values["occurred_at"] = when
        if edit.place not in PLACE_CODES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose where it happened from the list."), field="place")
        values["place"] = edit.place
        if edit.severity not in SEVERITY_CODES and (whole or edit.severity not in ("", None)):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how serious it was."), field="severity")
        values["severity"] = edit.severity or ""
        if edit.type_id is None:
            if whole:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose what kind of incident it was."),
                                      field="type_id")
        elif not is_record_id(edit.type_id):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That kind of incident is no longer on the list."),
                                  field="type_id")
        values["type_id"] = edit.type_id
        for name, label, length in _TEXTS:
            values[name] = clean_block(getattr(edit, name), field=name, label=label, max_length=length)
        for name, label, length in _LINES:
            values[name] = clean_line(getattr(edit, name), field=name, label=label, max_length=length)
        for name in _FLAGS:
            flag = getattr(edit, name)
            if not isinstance(flag, bool):
                raise ValidationError()
            values[name] = flag
        if whole and not values["narrative_during"]:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Please write what happened (the facts: what was seen and heard)."),
                field="narrative_during")
        if not isinstance(edit.people, list | tuple) or len(edit.people) > MAX_PEOPLE:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please check the people in the incident."),
                                  field="people")
        people: list[PersonInput] = []
        seen: set[tuple] = set()
        for person in edit.people:
            kind, role = getattr(person, "kind", None), getattr(person, "role", None)
            if kind not in KIND_CODES or role not in ROLE_CODES:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please check the people in the incident."),
                                      field="people")
            description = clean_line(getattr(person, "description", ""), field="people",
                                     label=QT_TRANSLATE_NOOP("fields", "the description"), max_length=300)
            ref = {"resident": person.resident_id, "child": person.household_member_id,
                   "staff": person.account_id}.get(kind)
            if kind == "other":
                if not description:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "errors", "Describe each other person (for example: man in a grey jacket), without a name."),
                        field="people")
                key: tuple = (kind, description.casefold(), role)
            else:
                if not is_record_id(ref):
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please check the people in the incident."),
                                          field="people")
                key = (kind, ref)
                description = ""
            if key in seen:
                continue  # the same person twice is once
            seen.add(key)
            people.append(PersonInput(kind, role, person.resident_id if kind == "resident" else None,
                                      person.household_member_id if kind == "child" else None,
                                      person.account_id if kind == "staff" else None, description))
        values["people"] = people
        return values

    def _apply(self, session: Session, incident: Incident, values: dict) -> None:
        if values["type_id"] is not None:
            kind = self._type(session, values["type_id"])
            if not kind.active and kind.id != incident.type_id:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That kind of incident is no longer used."),
                                      field="type_id")
        for name, value in values.items():
            if name == "people":
                continue
            if name == "occurred_at" and value is None:
                continue
            setattr(incident, name, value)
        people = values["people"]
        for person in people:  # each one named must exist
            if person.kind == "resident":
                person.resident_id = self.desk.residents._resident(session, person.resident_id).id
            elif person.kind == "child" and session.get(HouseholdMember, person.household_member_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "A child named here is no longer on record."),
                                      field="people")
            elif person.kind == "staff" and session.get(Account, person.account_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "A staff member named here is no longer on record."),
                                      field="people")
        old = list(session.scalars(select(IncidentPerson).where(IncidentPerson.incident_id == incident.id)))
        for row in old:
            session.delete(row)
        session.flush()
        for order, person in enumerate(people):
            session.add(IncidentPerson(incident_id=incident.id, kind=person.kind, role=person.role,
                                       resident_id=person.resident_id, household_member_id=person.household_member_id,
                                       account_id=person.account_id, description=person.description,
                                       sort_order=order))

    @staticmethod
    def _incident(session: Session, incident_id: object) -> Incident:
        incident = session.get(Incident, incident_id) if is_record_id(incident_id) else None
        if incident is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That incident is no longer on record."))
        return incident

    @staticmethod
    def _check_version(incident: Incident, version: object) -> None:
        if incident.version != version:
            raise StaleRecord()

    @staticmethod
    def _refuse_locked(incident: Incident) -> None:
        if incident.status == SIGNED_OFF:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "This incident was signed off, so it cannot be changed. Add an amendment instead."))

    # --- drafts, recording, corrections ---------------------------------------------------------------
    def save_draft(self, incident_id: int | None, edit: IncidentEdit, version: int | None = None) -> tuple[int, int]:
        """Save what is typed so far as a draft (a new one when ``incident_id`` is None).
        Returns (incident id, its new version)."""
        who = self.desk.require(Permission.INCIDENTS)
        values = self._clean(edit, whole=False)
        now = self.desk.now()
        with self.desk.write() as session:
            if incident_id is None:
                incident = Incident(status=DRAFT, occurred_at=values["occurred_at"] or now, recorded_by_id=who.account_id,
                                    recorded_by=who.display_name, version=1, created_at=now, updated_at=now)
                session.add(incident)
                session.flush()
                first = True
            else:
                incident = self._incident(session, incident_id)
                self._check_version(incident, version)
                if incident.status != DRAFT:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "This incident is already recorded."))
                incident.version += 1
                first = False
            self._apply(session, incident, values)
            incident.updated_at = now
            last = self._draft_audited.get(incident.id)
            if first or last is None or now - last >= DRAFT_AUDIT_EVERY:
                self.desk.record(session, audit.Action.INCIDENT_DRAFT_SAVED, entity_type="incident",
                                 entity_id=incident.id, summary=f"incident #{incident.id} draft saved")
                audited = True
            else:
                audited = False
            result = (incident.id, incident.version)
        if audited:
            self._draft_audited[result[0]] = now
        self.desk.changed("incidents")
        return result

    def discard_draft(self, incident_id: int, version: int) -> None:
        """Throw away a draft never recorded (the one who started it, or a house manager or director)."""
        who = self.desk.require(Permission.INCIDENTS)
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            self._check_version(incident, version)
            if incident.status != DRAFT:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "A recorded incident is never thrown away. Add an amendment to correct it."))
            if incident.recorded_by_id != who.account_id and not self.desk.can(Permission.SIGN_OFF_INCIDENTS):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only the person who started this draft, or a house manager, can throw it away."))
            for model in (IncidentPerson, IncidentFollowUp):
                for row in session.scalars(select(model).where(model.incident_id == incident.id)):
                    session.delete(row)
            session.flush()
            session.delete(incident)
            self.desk.record(session, audit.Action.INCIDENT_DRAFT_DISCARDED, entity_type="incident",
                             entity_id=incident_id, summary=f"incident #{incident_id} draft thrown away")
        self._draft_audited.pop(incident_id, None)
        self.desk.changed("incidents")

    def record(self, incident_id: int | None, edit: IncidentEdit, version: int | None = None) -> tuple[int, int]:
        """Record the incident (a draft, or new): checked whole; it is then open for sign-off."""
        who = self.desk.require(Permission.INCIDENTS)
        values = self._clean(edit, whole=True)
        now = self.desk.now()
        with self.desk.write() as session:
            if incident_id is None:
                incident = Incident(status=DRAFT, occurred_at=values["occurred_at"], recorded_by_id=who.account_id,
                                    recorded_by=who.display_name, version=0, created_at=now, updated_at=now)
                session.add(incident)
                session.flush()
            else:
                incident = self._incident(session, incident_id)
                self._check_version(incident, version)
                if incident.status != DRAFT:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "This incident is already recorded."))
            self._apply(session, incident, values)
            incident.status, incident.recorded_at, incident.updated_at = OPEN, now, now
            if incident.recorded_by_id is None:
                incident.recorded_by_id, incident.recorded_by = who.account_id, who.display_name
            incident.version += 1
            session.flush()
            self._keep_version(session, incident, "recorded")
            self.desk.record(session, audit.Action.INCIDENT_RECORDED, entity_type="incident", entity_id=incident.id,
                             summary=f"incident #{incident.id} recorded: severity {incident.severity}, "
                                     f"{len(values['people'])} people")
            result = (incident.id, incident.version)
        self._draft_audited.pop(result[0], None)
        self.desk.changed("incidents")
        return result

    def update(self, incident_id: int, edit: IncidentEdit, version: int) -> int:
        """Correct an open incident before sign-off (the incident as it was is kept). Returns the new version."""
        self.desk.require(Permission.INCIDENTS)
        values = self._clean(edit, whole=True)
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            self._refuse_locked(incident)
            self._check_version(incident, version)
            if incident.status == DRAFT:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Record the incident first."))
            before = self._snapshot(session, incident)
            self._apply(session, incident, values)
            session.flush()
            if self._snapshot(session, incident) == before:
                return incident.version
            incident.version += 1
            incident.updated_at = self.desk.now()
            self._keep_version(session, incident, "changed")
            self.desk.record(session, audit.Action.INCIDENT_CHANGED, entity_type="incident", entity_id=incident.id,
                             summary=f"incident #{incident.id} changed before sign-off (version {incident.version})")
            new_version = incident.version
        self.desk.changed("incidents")
        return new_version

    # --- sign-off, re-opening, amendments --------------------------------------------------------------
    def sign_off(self, incident_id: int, outcome: str, notes: str, version: int) -> int:
        who = self.desk.require(Permission.SIGN_OFF_INCIDENTS)
        outcome = clean_block(outcome, field="outcome", label=QT_TRANSLATE_NOOP("fields", "the outcome"),
                              max_length=4000, required=True)
        notes = clean_block(notes, field="review_notes", label=QT_TRANSLATE_NOOP("fields", "the notes"),
                            max_length=4000)
        now = self.desk.now()
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            self._check_version(incident, version)
            if incident.status == DRAFT:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "A draft must be recorded before it is signed off."))
            self._refuse_locked(incident)
            incident.status, incident.outcome, incident.review_notes = SIGNED_OFF, outcome, notes
            incident.signed_off_at, incident.signed_off_by = now, who.display_name
            incident.version += 1
            incident.updated_at = now
            session.add(IncidentDecision(incident_id=incident.id, kind="signed_off", at=now, by_name=who.display_name,
                                         by_id=who.account_id, text=outcome))
            session.flush()
            self._keep_version(session, incident, "signed_off")
            self.desk.record(session, audit.Action.INCIDENT_SIGNED_OFF, entity_type="incident", entity_id=incident.id,
                             summary=f"incident #{incident.id} signed off", severity=audit.HIGH)
            new_version = incident.version
        self.desk.changed("incidents")
        return new_version

    def reopen(self, incident_id: int, reason: str, version: int) -> int:
        who = self.desk.require(Permission.REOPEN_INCIDENTS)
        reason = clean_block(reason, field="reason", label=QT_TRANSLATE_NOOP("fields", "the reason"),
                             max_length=2000, required=True)
        now = self.desk.now()
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            self._check_version(incident, version)
            if incident.status != SIGNED_OFF:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a signed-off incident can be re-opened."))
            incident.status = OPEN
            incident.signed_off_at, incident.signed_off_by = None, ""
            incident.version += 1
            incident.updated_at = now
            session.add(IncidentDecision(incident_id=incident.id, kind="reopened", at=now, by_name=who.display_name,
                                         by_id=who.account_id, text=reason))
            self.desk.record(session, audit.Action.INCIDENT_REOPENED, entity_type="incident", entity_id=incident.id,
                             summary=f"incident #{incident.id} re-opened", severity=audit.HIGH)
            new_version = incident.version
        self.desk.changed("incidents")
        return new_version

    def add_amendment(self, incident_id: int, text: str) -> int:
        """Add to a signed-off incident (dated, with author); the incident itself stays as signed. Returns its number."""
        who = self.desk.require(Permission.INCIDENTS)
        text = clean_block(text, field="amendment", label=QT_TRANSLATE_NOOP("fields", "the amendment"),
                           max_length=8000, required=True)
        now = self.desk.now()
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            if incident.status != SIGNED_OFF:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This incident is not signed off yet: change it directly instead of adding an amendment."))
            number = (session.scalar(select(func.max(IncidentAmendment.number))
                                     .where(IncidentAmendment.incident_id == incident.id)) or 0) + 1
            session.add(IncidentAmendment(incident_id=incident.id, number=number, at=now, author=who.display_name,
                                          author_id=who.account_id, text=text))
            self.desk.record(session, audit.Action.INCIDENT_AMENDED, entity_type="incident", entity_id=incident.id,
                             summary=f"incident #{incident.id} amendment {number} added")
        self.desk.changed("incidents")
        return number

    # --- follow-up tasks ----------------------------------------------------------------------------------
    def _followup_fields(self, what: str, owner_id: int | None, due_on: date) -> tuple[str, date]:
        what = clean_line(what, field="what", label=QT_TRANSLATE_NOOP("fields", "what needs doing"), max_length=500,
                          required=True)
        today = self.desk.today()
        due = check_date(due_on, field="due_on", label=QT_TRANSLATE_NOOP("fields", "the day it is due"), today=today,
                         allow_future=True)
        if due > today + timedelta(days=MAX_FOLLOWUPS_DUE_DAYS):  # type: ignore[operator]
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The day it is due is more than a year away. Please "
                                                              "check the date."), field="due_on")
        if owner_id is not None and not is_record_id(owner_id):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose who will do it from the list."), field="owner")
        return what, due  # type: ignore[return-value]

    @staticmethod
    def _owner(session: Session, owner_id: int | None) -> Account | None:
        if owner_id is None:
            return None
        owner = session.get(Account, owner_id)
        if owner is None or not owner.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose who will do it from the list."), field="owner")
        return owner

    def add_followup(self, incident_id: int, what: str, owner_id: int | None, due_on: date) -> int:
        who = self.desk.require(Permission.INCIDENTS)
        what, due = self._followup_fields(what, owner_id, due_on)
        now = self.desk.now()
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            self._refuse_locked(incident)
            owner = self._owner(session, owner_id)
            task = IncidentFollowUp(incident_id=incident.id, what=what, owner_id=owner.id if owner else None,
                                    owner_name=owner.display_name if owner else "", due_on=due,
                                    added_by=who.display_name, created_at=now, updated_at=now)
            session.add(task)
            session.flush()
            self.desk.record(session, audit.Action.FOLLOWUP_ADDED, entity_type="incident_followup", entity_id=task.id,
                             summary=f"follow-up #{task.id} added to incident #{incident.id}, due {due.isoformat()}")
            task_id = task.id
        self.desk.changed("incidents")
        return task_id

    def update_followup(self, followup_id: int, what: str, owner_id: int | None, due_on: date) -> None:
        self.desk.require(Permission.INCIDENTS)
        what, due = self._followup_fields(what, owner_id, due_on)
        with self.desk.write() as session:
            task = self._followup(session, followup_id)
            incident = self._incident(session, task.incident_id)
            self._refuse_locked(incident)
            owner = self._owner(session, owner_id) if owner_id != task.owner_id else None
            task.what, task.due_on = what, due
            if owner_id != task.owner_id:
                task.owner_id, task.owner_name = (owner.id, owner.display_name) if owner else (None, "")
            task.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.FOLLOWUP_CHANGED, entity_type="incident_followup",
                             entity_id=task.id, summary=f"follow-up #{task.id} of incident #{incident.id} changed")
        self.desk.changed("incidents")

    @staticmethod
    def _followup(session: Session, followup_id: object) -> IncidentFollowUp:
        task = session.get(IncidentFollowUp, followup_id) if is_record_id(followup_id) else None
        if task is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That follow-up task is no longer on record."))
        return task

    def complete_followup(self, followup_id: int, note: str = "") -> None:
        """Mark a task done (today, by whoever is signed in). Allowed after sign-off too."""
        who = self.desk.require(Permission.INCIDENTS)
        note = clean_line(note, field="done_note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=500)
        with self.desk.write() as session:
            task = self._followup(session, followup_id)
            if task.done_on is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This task is already marked done."))
            task.done_on, task.done_by, task.done_note = self.desk.today(), who.display_name, note
            task.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.FOLLOWUP_DONE, entity_type="incident_followup", entity_id=task.id,
                             summary=f"follow-up #{task.id} of incident #{task.incident_id} done")
        self.desk.changed("incidents")

    def open_followups(self) -> list[OpenFollowUp]:
        """Tasks not done yet, the most overdue first (drafts' tasks too: someone is on them)."""
        self.desk.require(Permission.INCIDENTS)
        today = self.desk.today()
        with self.desk.read() as session:
            rows = session.execute(
                select(IncidentFollowUp, Incident.occurred_at, IncidentType.name, IncidentType.code)
                .join(Incident, Incident.id == IncidentFollowUp.incident_id)
                .outerjoin(IncidentType, IncidentType.id == Incident.type_id)
                .where(IncidentFollowUp.done_on.is_(None))
                .order_by(IncidentFollowUp.due_on, IncidentFollowUp.id)).all()
            return [OpenFollowUp(t.id, t.incident_id, t.what, t.owner_name, t.due_on, t.due_on < today, name or "",
                                 code, when) for t, when, name, code in rows]

    # --- reading -------------------------------------------------------------------------------------------
    def open_incident(self, incident_id: int) -> IncidentInfo:
        """The whole incident (an audited read)."""
        self.desk.require(Permission.INCIDENTS)
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            self.desk.record(session, audit.Action.INCIDENT_OPENED, entity_type="incident", entity_id=incident.id,
                             summary=f"incident #{incident.id} read")
            return self._info(session, incident)

    def _people(self, session: Session, incident_id: int) -> list[PersonInfo]:
        out: list[PersonInfo] = []
        seen: set[tuple] = set()
        for row in session.scalars(select(IncidentPerson).where(IncidentPerson.incident_id == incident_id)
                                   .order_by(IncidentPerson.sort_order, IncidentPerson.id)):
            name = row.description
            if row.kind == "resident":
                resident = session.get(Resident, row.resident_id)
                name = resident.alias if resident else ""
            elif row.kind == "child":
                child = session.get(HouseholdMember, row.household_member_id)
                name = child.name if child else ""
            elif row.kind == "staff":
                account = session.get(Account, row.account_id)
                name = account.display_name if account else ""
            key = (row.kind, row.resident_id, row.household_member_id, row.account_id, row.description)
            if key in seen:  # two records merged into one person
                continue
            seen.add(key)
            out.append(PersonInfo(row.id, row.kind, row.role, name, row.resident_id, row.household_member_id,
                                  row.account_id, row.description))
        return out

    def _followups(self, session: Session, incident_id: int) -> tuple[FollowUpInfo, ...]:
        today = self.desk.today()
        return tuple(FollowUpInfo(t.id, t.incident_id, t.what, t.owner_id, t.owner_name, t.due_on, t.done_on,
                                  t.done_by, t.done_note, t.added_by, t.done_on is None and t.due_on < today)
                     for t in session.scalars(select(IncidentFollowUp).where(
                         IncidentFollowUp.incident_id == incident_id).order_by(IncidentFollowUp.due_on,
                                                                               IncidentFollowUp.id)))

    def _edit_of(self, session: Session, incident: Incident) -> IncidentEdit:
        return IncidentEdit(
            occurred_at=incident.occurred_at, place=incident.place, location=incident.location,
            type_id=incident.type_id, severity=incident.severity,
            **{name: getattr(incident, name) for name, _l, _n in _TEXTS},
            **{name: getattr(incident, name) for name, _l, _n in _LINES if name != "location"},
            **{name: getattr(incident, name) for name in _FLAGS},
            people=[PersonInput(p.kind, p.role, p.resident_id, p.household_member_id, p.account_id, p.description)
                    for p in self._people(session, incident.id)])

    def _info(self, session: Session, incident: Incident) -> IncidentInfo:
        kind = session.get(IncidentType, incident.type_id) if incident.type_id else None
        return IncidentInfo(
            id=incident.id, status=incident.status, version=incident.version, edit=self._edit_of(session, incident),
            type_name=kind.name if kind else "", type_code=kind.code if kind else None,
            recorded_by=incident.recorded_by, recorded_by_id=incident.recorded_by_id,
            recorded_at=incident.recorded_at, created_at=incident.created_at, outcome=incident.outcome,
            review_notes=incident.review_notes, signed_off_at=incident.signed_off_at,
            signed_off_by=incident.signed_off_by, people=tuple(self._people(session, incident.id)),
            followups=self._followups(session, incident.id),
            amendments=tuple(AmendmentInfo(a.number, a.at, a.author, a.text) for a in session.scalars(
                select(IncidentAmendment).where(IncidentAmendment.incident_id == incident.id)
                .order_by(IncidentAmendment.number))),
            decisions=tuple(DecisionInfo(d.kind, d.at, d.by_name, d.text) for d in session.scalars(
                select(IncidentDecision).where(IncidentDecision.incident_id == incident.id)
                .order_by(IncidentDecision.id))),
            versions=tuple(IncidentVersionInfo(v.number, v.saved_at, v.saved_by, v.reason) for v in session.scalars(
                select(IncidentVersion).where(IncidentVersion.incident_id == incident.id)
                .order_by(IncidentVersion.number.desc()))))

    def _snapshot(self, session: Session, incident: Incident) -> dict:
        edit = asdict(self._edit_of(session, incident))
        edit["occurred_at"] = incident.occurred_at.isoformat()
        return edit

    def _keep_version(self, session: Session, incident: Incident, reason: str) -> None:
        number = (session.scalar(select(func.max(IncidentVersion.number))
                                 .where(IncidentVersion.incident_id == incident.id)) or 0) + 1
        snapshot = self._snapshot(session, incident)
        snapshot.update(status=incident.status, outcome=incident.outcome, review_notes=incident.review_notes)
        session.add(IncidentVersion(incident_id=incident.id, number=number, saved_at=self.desk.now(),
                                    saved_by=self.desk.current.display_name if self.desk.current else "",
                                    reason=reason, snapshot=json.dumps(snapshot, ensure_ascii=False)))

    def incident_version(self, incident_id: int, number: int) -> dict:
        """The incident as it was at one of its versions (an audited read): the fields as saved."""
        self.desk.require(Permission.INCIDENTS)
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            row = session.scalars(select(IncidentVersion).where(
                IncidentVersion.incident_id == incident.id, IncidentVersion.number == number)).first() \
                if isinstance(number, int) and not isinstance(number, bool) else None
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That version of the incident is not on record."))
            self.desk.record(session, audit.Action.INCIDENT_VERSION_VIEWED, entity_type="incident",
                             entity_id=incident.id, summary=f"incident #{incident.id} version {number} read")
            return json.loads(row.snapshot)

    def incidents(self, where: IncidentFilter | None = None) -> list[IncidentRow]:
        """The incident list, newest first, filtered. Aliases only; no roles."""
        self.desk.require(Permission.INCIDENTS)
        where = where or IncidentFilter()
        today = self.desk.today()
        query = select(*_LIST_COLUMNS).outerjoin(IncidentType, IncidentType.id == Incident.type_id)
        if where.date_from is not None:
            check_date(where.date_from, field="date_from", label=QT_TRANSLATE_NOOP("fields", "the first day"),
                       today=today, allow_future=True)
            query = query.where(Incident.occurred_at >= _day_start(where.date_from))
        if where.date_to is not None:
            check_date(where.date_to, field="date_to", label=QT_TRANSLATE_NOOP("fields", "the last day"),
                       today=today, allow_future=True)
            query = query.where(Incident.occurred_at < _day_start(where.date_to + timedelta(days=1)))
        if where.date_from and where.date_to and where.date_from > where.date_to:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The first day is after the last day."),
                                  field="date_from")
        if where.type_id is not None:
            query = query.where(Incident.type_id == where.type_id)
        if where.severity:
            query = query.where(Incident.severity == where.severity)
        if where.status:
            if where.status not in STATUS_CODES:
                raise ValidationError()
            query = query.where(Incident.status == where.status)
        with self.desk.read() as session:
            if where.resident_id is not None:
                resident = self.desk.residents._resident(session, where.resident_id)
                query = query.where(Incident.id.in_(select(IncidentPerson.incident_id).where(
                    IncidentPerson.kind == "resident", IncidentPerson.resident_id == resident.id)))
            limit = where.limit if isinstance(where.limit, int) and 0 < where.limit <= 100_000 else 5000
            found = session.execute(query.order_by(Incident.occurred_at.desc(), Incident.id.desc()).limit(limit)).all()
            return self._rows(session, found, today)

    def _rows(self, session: Session, found: list, today: date, roles: dict[int, str] | None = None) -> list[IncidentRow]:
        ids = [row.id for row in found]
        names: dict[int, list[str]] = {i: [] for i in ids}
        tasks: dict[int, tuple[int, int]] = {}
        for chunk in _chunks(ids):
            for incident_id, alias in session.execute(
                    select(IncidentPerson.incident_id, Resident.alias)
                    .join(Resident, Resident.id == IncidentPerson.resident_id)
                    .where(IncidentPerson.incident_id.in_(chunk), IncidentPerson.kind == "resident")
                    .order_by(IncidentPerson.sort_order, IncidentPerson.id)):
                if alias not in names[incident_id]:
                    names[incident_id].append(alias)
            for incident_id, due in session.execute(
                    select(IncidentFollowUp.incident_id, IncidentFollowUp.due_on)
                    .where(IncidentFollowUp.incident_id.in_(chunk), IncidentFollowUp.done_on.is_(None))):
                n, late = tasks.get(incident_id, (0, 0))
                tasks[incident_id] = (n + 1, late + (due < today))
        return [IncidentRow(i.id, i.occurred_at, i.status, i.type_name or "", i.type_code, i.severity, i.place,
                            i.location, tuple(names[i.id]), *tasks.get(i.id, (0, 0)), i.recorded_by,
                            (roles or {}).get(i.id))
                for i in found]

    def status_counts(self) -> dict[str, int]:
        """How many incidents are in each state (draft, open, signed_off), for the list's summary line."""
        self.desk.require(Permission.INCIDENTS)
        with self.desk.read() as session:
            counts = dict(session.execute(select(Incident.status, func.count()).group_by(Incident.status)).all())
        return {code: counts.get(code, 0) for code in STATUS_CODES}

    def incidents_of(self, resident_id: int) -> list[IncidentRow]:
        """Her incidents, newest first; her part in each only for those who sign off incidents."""
        self.desk.require(Permission.INCIDENTS)
        show_role = self.desk.can(Permission.SIGN_OFF_INCIDENTS)
        with self.desk.read() as session:
            resident = self.desk.residents._resident(session, resident_id)
            ids = {resident.id} | set(session.scalars(select(Resident.id).where(
                Resident.merged_into_id == resident.id)))
            links = session.execute(select(IncidentPerson.incident_id, IncidentPerson.role).where(
                IncidentPerson.kind == "resident", IncidentPerson.resident_id.in_(ids))).all()
            roles = {incident_id: role for incident_id, role in links} if show_role else {}
            found = session.execute(
                select(*_LIST_COLUMNS)
                .outerjoin(IncidentType, IncidentType.id == Incident.type_id)
                .where(Incident.id.in_(sorted({i for i, _r in links})))
                .order_by(Incident.occurred_at.desc(), Incident.id.desc())).all()
            return self._rows(session, found, self.desk.today(), roles)

    # --- printing --------------------------------------------------------------------------------------------
    def for_printing(self, incident_id: int, full_names: bool = False) -> IncidentPrint:
        """What the printout shows, audited with the choice made. Full (legal) names need a house manager
        or director; aliases only is the default. Drafts are not printed."""
        self.desk.require(Permission.INCIDENTS)
        if full_names:
            self.desk.require(Permission.VIEW_LEGAL_NAME)
        shelter_name = self.desk.settings.shelter_name()
        with self.desk.write() as session:
            incident = self._incident(session, incident_id)
            if incident.status == DRAFT:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Record the incident before printing it."))
            info = self._info(session, incident)
            people = []
            for person in info.people:
                name = person.name
                if full_names and person.kind == "resident":
                    resident = session.get(Resident, person.resident_id)
                    if resident is not None and resident.legal_name:
                        name = f"{resident.legal_name} ({resident.alias})"
                people.append(PersonPrint(person.kind, person.role, name))
            edit = info.edit
            self.desk.record(session, audit.Action.INCIDENT_PRINTED, entity_type="incident", entity_id=incident.id,
                             summary=f"incident #{incident.id} printed, "
                                     f"{'full names' if full_names else 'aliases only'}",
                             severity=audit.HIGH if full_names else audit.INFO)
            return IncidentPrint(
                id=incident.id, status=incident.status, shelter_name=shelter_name,
                full_names=bool(full_names), occurred_at=incident.occurred_at, place=edit.place,
                location=edit.location, type_name=info.type_name, type_code=info.type_code, severity=edit.severity,
                people=tuple(people), narrative_before=edit.narrative_before, narrative_during=edit.narrative_during,
                narrative_after=edit.narrative_after, injuries=edit.injuries, medical_response=edit.medical_response,
                property_damage=edit.property_damage, immediate_actions=edit.immediate_actions,
                police_called=edit.police_called, ems_called=edit.ems_called, report_number=edit.report_number,
                mandatory_report=edit.mandatory_report, mandatory_report_note=edit.mandatory_report_note,
                supervisor_notified=edit.supervisor_notified, supervisor_note=edit.supervisor_note,
                recorded_by=info.recorded_by, recorded_at=info.recorded_at, outcome=info.outcome,
                review_notes=info.review_notes, signed_off_at=info.signed_off_at, signed_off_by=info.signed_off_by,
                followups=info.followups, amendments=info.amendments, decisions=info.decisions)


# The incident list reads only what its lines show (not the narratives): ten years of incidents stay quick.
_LIST_COLUMNS = (Incident.id, Incident.occurred_at, Incident.status, Incident.severity, Incident.place,
                 Incident.location, Incident.recorded_by, IncidentType.name.label("type_name"),
                 IncidentType.code.label("type_code"))


def _in_utc_range(when: datetime) -> bool:
    """Whether the time can be kept (as UTC): the first or last hours of year 1 or 9999 in a far zone cannot."""
    try:
        when.astimezone(UTC)
    except (OverflowError, ValueError):
        return False
    return True


def _day_start(day: date) -> datetime:
    """Midnight at the shelter (this computer's time zone) starting ``day``."""
    return datetime(day.year, day.month, day.day).astimezone()


def _chunks(ids: list[int], size: int = 500):  # noqa: ANN202
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
