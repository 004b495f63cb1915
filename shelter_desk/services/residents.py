"""Residents and their stays: intake, search, the resident file, edits with history,
leaving, returning and merging duplicates.

Every public method checks the role first (``Desk.require``) and writes its audit
event in the same transaction as the change. Audit summaries carry record numbers,
never names. Opening a file and showing a legal name are audited reads.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from shelter_desk import audit, hud
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.resident_input import (
    HouseholdEntry,
    PersonDetails,
    StayDetails,
    age_on,
    clean_household,
    clean_person,
    clean_stay,
)
from shelter_desk.services.resident_views import (  # noqa: F401 (re-exported for screens and tests)
    HIDDEN_IN_HISTORY,
    BedSpell,
    ChangeRow,
    GoalInfo,
    HouseholdInfo,
    NoteInfo,
    ResidentFile,
    ResidentRow,
    StaleRecord,
    StayInfo,
)
from shelter_desk.services.validation import check_date, clean_line, fold, is_record_id
from shelter_desk.storage.incident_models import IncidentPerson
from shelter_desk.storage.needs_models import Appointment, MealMark, SupplyHandout, SupplyRequest
from shelter_desk.storage.plan_models import SafetyPlan
from shelter_desk.storage.resident_models import (
    Bed,
    BedAssignment,
    CaseNote,
    ChangeLog,
    Goal,
    HouseholdMember,
    Resident,
    Room,
    Stay,
)

HERE, LEFT, ALL = "here", "left", "all"



def _codes(text: str) -> tuple[int, ...]:
    return tuple(int(c) for c in text.split(",") if c.strip().lstrip("-").isdigit())


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class ResidentService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    # --- shared helpers (also used by the bed and casework services) -----------------------
    def _log_changes(self, session: Session, resident_id: int, entity_type: str, entity_id: int,
                     before: dict[str, object], after: dict[str, object]) -> list[str]:
        """Write one change_log row per changed field; returns the changed field names."""
        who = self.desk.current.actor if self.desk.current else audit.SYSTEM
        # The history shows the person's name as notes do ("Dana Director", not "dana").
        shown_name = self.desk.current.display_name if self.desk.current else who.name
        changed = []
        for key, new in after.items():
            old = before.get(key)
            if _text(old) == _text(new):
                continue
            changed.append(key)
            hidden = key in HIDDEN_IN_HISTORY
            session.add(ChangeLog(
                at=self.desk.now(), actor_id=who.account_id, actor_name=shown_name, resident_id=resident_id,
                entity_type=entity_type, entity_id=entity_id, field=key,
                old_value="" if hidden else _text(old), new_value="" if hidden else _text(new),
            ))
        return changed

    @staticmethod
    def _resident(session: Session, resident_id: int) -> Resident:
        resident = session.get(Resident, resident_id) if is_record_id(resident_id) else None
        if resident is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That resident's record no longer exists."))
        # A duplicate that was merged away: use the record it was merged into.
        seen = 0
        while resident.merged_into_id is not None and seen < 10:
            resident = session.get(Resident, resident.merged_into_id)
            seen += 1
            if resident is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That resident's record no longer exists."))
        return resident

    @staticmethod
    def _stay(session: Session, stay_id: int) -> Stay:
        stay = session.get(Stay, stay_id) if is_record_id(stay_id) else None
        if stay is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That stay no longer exists."))
        return stay

    @staticmethod
    def _open_stay(session: Session, resident_id: int) -> Stay | None:
        return session.scalars(
            select(Stay).where(Stay.resident_id == resident_id, Stay.exit_date.is_(None))
        ).first()

    @staticmethod
    def _check_bed_free(session: Session, bed_id: int, *, stay_id: int | None = None,
                        since: date | None = None, until: date | None = None) -> Bed:
        """The bed, if it is in use and free now; with ``since``, also free every night from that
        day (up to ``until``, if given), so a back-dated intake or move never puts two people
        in one bed on the same night."""
        bed = session.get(Bed, bed_id) if is_record_id(bed_id) else None
        if bed is None or not bed.active or not bed.room.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That bed is not in use any more. Choose another bed."),
                                  field="bed")
        others = select(BedAssignment).where(BedAssignment.bed_id == bed.id)
        if stay_id is not None:
            others = others.where(BedAssignment.stay_id != stay_id)
        if session.scalars(others.where(BedAssignment.end_date.is_(None))).first() is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Bed {bed} in {room} is already taken. Choose a free bed."),
                field="bed", bed=bed.label, room=bed.room.name,
            )
        if since is not None:
            ResidentService._check_nights_free(session, bed, stay_id=stay_id, since=since, until=until)
        return bed

    @staticmethod
    def _check_nights_free(session: Session, bed: Bed, *, stay_id: int | None, since: date,
                           until: date | None = None, field: str = "bed") -> None:
        """Nobody else slept in ``bed`` on a night from ``since`` (up to ``until``, if given)."""
        overlap = select(BedAssignment.id).where(
            BedAssignment.bed_id == bed.id,
            or_(BedAssignment.end_date.is_(None),
                and_(BedAssignment.end_date > since, BedAssignment.end_date > BedAssignment.start_date)),
        )
        if stay_id is not None:
            overlap = overlap.where(BedAssignment.stay_id != stay_id)
        if until is not None:
            overlap = overlap.where(BedAssignment.start_date < until)
        if session.scalars(overlap).first() is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Someone else slept in bed {bed} in {room} after {day}. "
                                            "Choose a bed that was free from that day on."),
                field=field, bed=bed.label, room=bed.room.name, day=since.isoformat(),
            )

    def _add_household(self, session: Session, stay: Stay, entries: list[HouseholdEntry]) -> None:
        now = self.desk.now()
        for entry in entries:
            stay.household.append(HouseholdMember(name=entry.name, age=entry.age, relationship_kind=entry.relationship,
                                                  created_at=now, updated_at=now))

    def _start_stay(self, session: Session, resident: Resident, values: dict[str, object],
                    household: list[HouseholdEntry], bed_id: int | None) -> Stay:
        now = self.desk.now()
        stay = Stay(resident_id=resident.id, created_at=now, updated_at=now, **values)
        session.add(stay)
        self._add_household(session, stay, household)
        session.flush()
        if bed_id is not None:
            bed = self._check_bed_free(session, bed_id, since=stay.intake_date)
            bed.hold_note = None
            bed.hold_until = None
            session.add(BedAssignment(stay_id=stay.id, bed_id=bed.id, start_date=stay.intake_date))
        return stay

    # --- intake and return ------------------------------------------------------------------
    def intake(self, person: PersonDetails, stay: StayDetails) -> int:
        """Take in a new resident: her record and her first stay. Returns the resident's id."""
        self.desk.require(Permission.EDIT_RESIDENTS)
        today = self.desk.today()
        values = clean_person(person, today=today)
        stay_values = clean_stay(stay, today=today)
        household = clean_household(stay.household)
        now = self.desk.now()
        with self.desk.write() as session:
            legal = values.get("legal_name")
            resident = Resident(created_at=now, updated_at=now, version=1, alias_key=fold(values["alias"]),  # type: ignore[arg-type]
                                legal_key=fold(legal) if legal else None, **values)  # type: ignore[arg-type]
            session.add(resident)
            session.flush()
            new_stay = self._start_stay(session, resident, stay_values, household, stay.bed_id)
            self.desk.record(session, audit.Action.RESIDENT_TAKEN_IN, entity_type="resident", entity_id=resident.id,
                             summary=f"resident #{resident.id} taken in, stay #{new_stay.id}")
            resident_id = resident.id
        self.desk.changed("residents")
        return resident_id

    def start_stay(self, resident_id: int, stay: StayDetails) -> int:
        """She is back: a new stay for the same person, the earlier ones kept. Returns the stay's id."""
        self.desk.require(Permission.EDIT_RESIDENTS)
        today = self.desk.today()
        values = clean_stay(stay, today=today)
        household = clean_household(stay.household)
        with self.desk.write() as session:
            resident = self._resident(session, resident_id)
            if self._open_stay(session, resident.id) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "She is already staying here. Record that she left before starting a new stay."))
            last_exit = session.scalar(select(func.max(Stay.exit_date)).where(Stay.resident_id == resident.id))
            if last_exit is not None and values["intake_date"] < last_exit:  # type: ignore[operator]
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The intake date cannot be before she last left ({day})."),
                    field="intake_date", day=last_exit.isoformat())
            new_stay = self._start_stay(session, resident, values, household, stay.bed_id)
            resident.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.STAY_STARTED, entity_type="stay", entity_id=new_stay.id,
                             summary=f"resident #{resident.id} back, stay #{new_stay.id}")
            stay_id = new_stay.id
        self.desk.changed("residents")
        return stay_id

    # --- the list and search ------------------------------------------------------------------
    def search(self, text: str = "", status: str = HERE, program: str | None = None,
               limit: int | None = None, legal_names: bool = False) -> list[ResidentRow]:
        """Residents whose alias or room contains ``text``; with ``legal_names``, also legal names.

        Accents and case do not matter. Merged duplicates never appear. Searching legal
        names needs a house manager or director and is audited (the number of matches,
        never the text typed), because it can confirm that a named person is here.
        """
        self.desk.require(Permission.VIEW_RESIDENTS)
        if legal_names:
            self.desk.require(Permission.VIEW_LEGAL_NAME)
        # Each resident shows her latest stay: the open one, else the one that began last.
        # Residents here now are found from their open stays (few, indexed); for everyone,
        # each resident's latest stay is one indexed look-up (no window over every stay:
        # at 50,000 residents that took seconds on the encrypted vault).
        household = select(func.count()).where(HouseholdMember.stay_id == Stay.id).scalar_subquery()
        columns = (Resident.id, Resident.alias, Resident.do_not_confirm, Resident.watch_for != "",
                   Stay.intake_date, Stay.exit_date, Stay.program, Room.name, Bed.label, household)
        if status == HERE:
            query = select(*columns).select_from(Stay).join(Resident, Resident.id == Stay.resident_id).where(
                Stay.exit_date.is_(None))
        else:
            later = aliased(Stay)
            latest = (
                select(later.id).where(later.resident_id == Resident.id)
                .order_by(later.exit_date.is_(None).desc(), later.intake_date.desc(), later.id.desc())
                .limit(1).correlate(Resident).scalar_subquery()
            )
            query = select(*columns).select_from(Resident).join(Stay, Stay.id == latest)
            if status == LEFT:
                query = query.where(Stay.exit_date.is_not(None))
        query = (
            query.outerjoin(BedAssignment, and_(BedAssignment.stay_id == Stay.id, BedAssignment.end_date.is_(None)))
            .outerjoin(Bed, Bed.id == BedAssignment.bed_id)
            .outerjoin(Room, Room.id == Bed.room_id)
            .where(Resident.merged_into_id.is_(None))
        )
        if program:
            if program not in hud.keys(hud.PROGRAMS):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a program from the list."), field="program")
            query = query.where(Stay.program == program)
        needle = fold(clean_line(text, field="search", label=QT_TRANSLATE_NOOP("fields", "the search text"),
                                 max_length=200))
        query = query.order_by(Resident.alias_key, Resident.id)
        if limit:
            query = query.limit(limit)
        with self.desk.read() as session:
            if needle:
                pattern = _like(needle)
                matches = [Resident.alias_key.like(pattern, escape="\\")]
                # Room names are few: fold them here (SQLite's lower() knows only A-Z). Only
                # residents in a bed now are in a room; asking for them first keeps the
                # per-resident stay look-ups to those whose name matches.
                rooms = [i for i, name in session.execute(select(Room.id, Room.name)) if needle in fold(name)]
                if rooms:
                    matches.append(Resident.id.in_(
                        select(Stay.resident_id).join(BedAssignment, BedAssignment.stay_id == Stay.id)
                        .join(Bed, Bed.id == BedAssignment.bed_id)
                        .where(BedAssignment.end_date.is_(None), Bed.room_id.in_(rooms))))
                if legal_names:
                    matches.append(Resident.legal_key.like(pattern, escape="\\"))
                query = query.where(or_(*matches))
            rows = session.execute(query).all()
        if legal_names and needle:
            self.desk.record_alone(audit.Action.RESIDENT_LEGAL_NAME_SEARCHED, entity_type="resident",
                                   summary=f"searched legal names ({len(rows)} found, {status})")
        return [
            ResidentRow(id=r[0], alias=r[1], here=r[5] is None, program=r[6], room=r[7] or "", bed=r[8] or "",
                        intake_date=r[4], exit_date=r[5], do_not_confirm=bool(r[2]), watch_for=bool(r[3]),
                        household=int(r[9] or 0))
            for r in rows
        ]

    # --- the resident file --------------------------------------------------------------------
    def open_file(self, resident_id: int) -> ResidentFile:
        """Her whole file (an audited read). A merged duplicate opens the record it went into."""
        who = self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.write() as session:
            resident = self._resident(session, resident_id)
            self.desk.record(session, audit.Action.RESIDENT_OPENED, entity_type="resident", entity_id=resident.id,
                             summary=f"opened resident #{resident.id}")
            return self._file(session, resident, who.account_id)

    def _file(self, session: Session, r: Resident, account_id: int) -> ResidentFile:
        today = self.desk.today()
        stays = []
        for s in sorted(r.stays, key=lambda s: (s.exit_date is None, s.intake_date, s.id), reverse=True):
            spells = tuple(BedSpell(a.bed.room.name, a.bed.label, a.start_date, a.end_date) for a in s.beds)
            current = next((a for a in s.beds if a.end_date is None), None)
            end = s.exit_date or today
            stays.append(StayInfo(
                id=s.id, intake_date=s.intake_date, program=s.program, referral_source=s.referral_source,
                referral_note=s.referral_note, prior_living_situation=s.prior_living_situation,
                exit_date=s.exit_date, destination=s.destination, exit_reason=s.exit_reason,
                bed_id=current.bed_id if current else None,
                room=current.bed.room.name if current else "", bed=current.bed.label if current else "",
                household=tuple(HouseholdInfo(m.id, m.name, m.age, m.relationship_kind) for m in s.household),
                beds=spells, nights=max(0, (end - s.intake_date).days),
            ))
        notes_rows = session.scalars(
            select(CaseNote).where(CaseNote.resident_id == r.id).order_by(CaseNote.written_on.desc(), CaseNote.id.desc())
        ).all()
        originals = [n for n in notes_rows if n.amends_id is None]
        amendments: dict[int, list[CaseNote]] = {}
        for n in notes_rows:
            if n.amends_id is not None:
                amendments.setdefault(n.amends_id, []).append(n)
        notes: list[NoteInfo] = []

        def info(n: CaseNote) -> NoteInfo:
            created = n.created_at.astimezone().date()
            return NoteInfo(n.id, n.kind, n.written_on, n.author_id, n.author_name, n.text, n.amends_id, created,
                            can_correct=n.author_id == account_id and created == today)

        for n in originals:
            notes.append(info(n))
            notes.extend(info(a) for a in sorted(amendments.get(n.id, []), key=lambda a: a.id))
        goals = session.scalars(select(Goal).where(Goal.resident_id == r.id).order_by(Goal.id)).all()
        return ResidentFile(
            id=r.id, version=r.version, alias=r.alias, has_legal_name=bool(r.legal_name), dob_quality=r.dob_quality,
            birth_date=r.birth_date, age=age_on(r.birth_date, today), genders=_codes(r.genders),
            race_ethnicity=_codes(r.race_ethnicity), pronouns=r.pronouns, languages=r.languages,
            interpreter_needed=r.interpreter_needed, emergency_contact=r.emergency_contact,
            dietary_needs=r.dietary_needs, allergies=r.allergies, medical_notes=r.medical_notes,
            do_not_confirm=r.do_not_confirm, watch_for=r.watch_for, stays=tuple(stays), notes=tuple(notes),
            goals=tuple(GoalInfo(g.id, g.kind, g.status, g.description, g.started_on, g.ended_on, g.notes)
                        for g in goals),
        )

    def legal_name(self, resident_id: int) -> str:
        """The legal name (empty if none was given). Every showing is audited."""
        self.desk.require(Permission.VIEW_LEGAL_NAME)
        with self.desk.write() as session:
            resident = self._resident(session, resident_id)
            self.desk.record(session, audit.Action.RESIDENT_LEGAL_NAME_SHOWN, entity_type="resident",
                             entity_id=resident.id, summary=f"legal name of resident #{resident.id} shown")
            return resident.legal_name or ""

    # --- edits ----------------------------------------------------------------------------------
    def update(self, resident_id: int, person: PersonDetails, expected_version: int) -> int:
        """Save edited details; refuses if someone saved in between. Returns the new version."""
        self.desk.require(Permission.EDIT_RESIDENTS)
        today = self.desk.today()
        values = clean_person(person, today=today)
        with self.desk.write() as session:
            resident = self._resident(session, resident_id)
            if resident.id != resident_id or resident.version != expected_version:
                # (A form opened on a record that was merged away since is stale too.)
                raise StaleRecord()
            if (values["dob_quality"] == resident.dob_quality == hud.DOB_APPROXIMATE
                    and age_on(resident.birth_date, today) == person.approximate_age):
                # The same approximate age: keep the birth date worked out at intake, or
                # every save on another day would record a "change" nobody made.
                values["birth_date"] = resident.birth_date
            if "legal_name" in values and resident.legal_name and not self.desk.can(Permission.VIEW_LEGAL_NAME):
                # Replacing a name you may not see would be changing it blind.
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only a house manager or director can change a legal name that is already recorded."),
                    field="legal_name")
            before = {key: getattr(resident, key) for key in values}
            changed = self._log_changes(session, resident.id, "resident", resident.id, before, values)
            if not changed:
                return resident.version
            for key, value in values.items():
                setattr(resident, key, value)
            resident.alias_key = fold(resident.alias)
            resident.legal_key = fold(resident.legal_name) if resident.legal_name else None
            resident.version += 1
            resident.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.RESIDENT_CHANGED, entity_type="resident", entity_id=resident.id,
                             summary=f"resident #{resident.id}: {', '.join(changed)}")
            version = resident.version
        self.desk.changed("residents")
        return version

    def update_stay(self, stay_id: int, stay: StayDetails) -> None:
        """Correct a stay's intake details and household (bed moves go through the bed board)."""
        self.desk.require(Permission.EDIT_RESIDENTS)
        values = clean_stay(stay, today=self.desk.today())
        household = clean_household(stay.household)
        with self.desk.write() as session:
            row = self._stay(session, stay_id)
            first_bed = min((a.start_date for a in row.beds), default=None)
            if row.exit_date is not None and values["intake_date"] > row.exit_date:  # type: ignore[operator]
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "The intake date cannot be after the day she left."),
                                      field="intake_date")
            if first_bed is not None and values["intake_date"] != row.intake_date and len(row.beds) > 1:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "She has already moved beds during this stay, so the intake date can no longer be changed."),
                    field="intake_date")
            new_intake: date = values["intake_date"]  # type: ignore[assignment]
            if new_intake != row.intake_date:
                self._check_intake_move(session, row, new_intake)
            before = {key: getattr(row, key) for key in values}
            changed = self._log_changes(session, row.resident_id, "stay", row.id, before, values)
            for key, value in values.items():
                setattr(row, key, value)
            changed += self._sync_household(session, row, household)
            if not changed:
                return
            row.updated_at = self.desk.now()
            resident = self._resident(session, row.resident_id)
            resident.updated_at = row.updated_at
            self.desk.record(session, audit.Action.STAY_CHANGED, entity_type="stay", entity_id=row.id,
                             summary=f"stay #{row.id} of resident #{row.resident_id}: {', '.join(changed)}")
        self.desk.changed("residents")

    def _check_intake_move(self, session: Session, row: Stay, new_intake: date) -> None:
        """A corrected intake date must not overlap her other stays; her first bed moves with it
        (if she had it from intake, or the new date is after it), onto nights it was free."""
        for other in session.scalars(select(Stay).where(Stay.resident_id == row.resident_id, Stay.id != row.id)):
            if other.intake_date <= row.intake_date and (other.exit_date is None or other.exit_date > new_intake):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The intake date cannot be before she last left ({day})."),
                    field="intake_date", day=(other.exit_date or other.intake_date).isoformat())
        if len(row.beds) != 1:
            return
        spell = row.beds[0]
        if spell.start_date == row.intake_date or spell.start_date < new_intake:
            if new_intake < spell.start_date:
                self._check_nights_free(session, spell.bed, stay_id=row.id, since=new_intake, until=spell.start_date,
                                        field="intake_date")
            spell.start_date = new_intake

    def _sync_household(self, session: Session, stay: Stay, entries: list[HouseholdEntry]) -> list[str]:
        existing = {m.id: m for m in stay.household}
        changed: list[str] = []
        keep = set()
        now = self.desk.now()
        for entry in entries:
            member = existing.get(entry.id) if entry.id is not None else None
            after = {"name": entry.name, "age": entry.age, "relationship": entry.relationship}
            if member is None:
                member = HouseholdMember(name=entry.name, age=entry.age, relationship_kind=entry.relationship,
                                         created_at=now, updated_at=now)
                stay.household.append(member)
                session.flush()
                self._log_changes(session, stay.resident_id, "household", member.id, {}, after)
                changed.append("household")
                keep.add(member.id)
                continue
            keep.add(member.id)
            before = {"name": member.name, "age": member.age, "relationship": member.relationship_kind}
            if self._log_changes(session, stay.resident_id, "household", member.id, before, after):
                member.name, member.age, member.relationship_kind = entry.name, entry.age, entry.relationship
                member.updated_at = now
                changed.append("household")
        for member_id, member in existing.items():
            if member_id not in keep:
                before = {"name": member.name, "age": member.age, "relationship": member.relationship_kind}
                self._log_changes(session, stay.resident_id, "household", member_id, before,
                                  {"name": "", "age": "", "relationship": ""})
                stay.household.remove(member)
                changed.append("household")
        return sorted(set(changed))

    # --- leaving ----------------------------------------------------------------------------------
    def record_exit(self, stay_id: int, exit_date: date, destination: int, reason: str = "") -> None:
        """She left the shelter: the stay ends and her bed becomes free."""
        self.desk.require(Permission.EDIT_RESIDENTS)
        day = check_date(exit_date, field="exit_date", label=QT_TRANSLATE_NOOP("fields", "the day she left"),
                         today=self.desk.today())
        if destination not in hud.by_code(hud.DESTINATIONS):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose where she went from the list."),
                                  field="destination")
        why = clean_line(reason, field="exit_reason", label=QT_TRANSLATE_NOOP("fields", "the reason"), max_length=300)
        with self.desk.write() as session:
            stay = self._stay(session, stay_id)
            if stay.exit_date is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This stay has already ended."))
            latest_move = max((a.start_date for a in stay.beds), default=stay.intake_date)
            if day < stay.intake_date:  # type: ignore[operator]
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The day she left cannot be before her intake date ({day})."),
                    field="exit_date", day=stay.intake_date.isoformat())
            if day < latest_move:  # type: ignore[operator]
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The day she left cannot be before her last bed move ({day})."),
                    field="exit_date", day=latest_move.isoformat())
            before = {"exit_date": None, "destination": None, "exit_reason": stay.exit_reason}
            after = {"exit_date": day, "destination": destination, "exit_reason": why}
            self._log_changes(session, stay.resident_id, "stay", stay.id, before, after)
            stay.exit_date, stay.destination, stay.exit_reason = day, destination, why  # type: ignore[assignment]
            stay.updated_at = self.desk.now()
            for spell in stay.beds:
                if spell.end_date is None:
                    spell.end_date = day  # type: ignore[assignment]
            closed = self._close_needs_on_leaving(session, stay.resident_id, day)  # type: ignore[arg-type]
            self.desk.record(session, audit.Action.STAY_ENDED, entity_type="stay", entity_id=stay.id,
                             summary=f"resident #{stay.resident_id} left, stay #{stay.id}" + (
                                 f"; {closed[0]} waiting requests and {closed[1]} later appointments cancelled"
                                 if any(closed) else ""))
        self.desk.changed("residents")
        if any(closed):
            self.desk.changed("supplies")
            self.desk.changed("appointments")

    def _close_needs_on_leaving(self, session: Session, resident_id: int, day: date) -> tuple[int, int]:
        """She left: her waiting requests and her appointments after that day are cancelled, so no
        driver's sheet or Today board keeps her name. Returns (requests, appointments) cancelled."""
        note = "She left the shelter"  # stored text, shown as typed (like a note), not a sentence of the program
        now, today, who = self.desk.now(), self.desk.today(), self.desk.signed_in().display_name
        requests = list(session.scalars(select(SupplyRequest).where(
            SupplyRequest.resident_id == resident_id, SupplyRequest.status == "open")))
        for request in requests:
            request.status, request.closed_on, request.close_note, request.updated_at = "cancelled", day, note, now
        later = list(session.scalars(select(Appointment).where(
            Appointment.resident_id == resident_id, Appointment.status == "scheduled", Appointment.day > day)))
        for appointment in later:
            appointment.status, appointment.outcome_note = "cancelled", note
            appointment.settled_on, appointment.settled_by = today, who
            appointment.version += 1
            appointment.updated_at = now
        return len(requests), len(later)

    # --- duplicates ---------------------------------------------------------------------------------
    def merge(self, keep_id: int, duplicate_id: int) -> None:
        """Two records made by mistake for one person: stays, notes and goals move to ``keep_id``.

        Details empty on the kept record are filled from the duplicate; the duplicate stays
        in the database, marked as merged, so the audit trail and history still point somewhere.
        """
        self.desk.require(Permission.MERGE_RESIDENTS)
        with self.desk.write() as session:
            keep = self._resident(session, keep_id)
            dup = self._resident(session, duplicate_id)
            if keep.id == dup.id:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose two different records to merge."))
            if self._open_stay(session, keep.id) is not None and self._open_stay(session, dup.id) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Both records have a stay going on now. Record that one of them left first."))
            for a in keep.stays:
                for b in dup.stays:
                    # One person cannot have stayed twice at once (nights a <= n < exit).
                    if a.intake_date < (b.exit_date or date.max) and b.intake_date < (a.exit_date or date.max):
                        raise ValidationError(QT_TRANSLATE_NOOP(
                            "errors", "The two records have stays at the same time (from {first} and from "
                                      "{second}). Correct the stay dates first, then merge."),
                            first=a.intake_date.isoformat(), second=b.intake_date.isoformat())
            for earlier in session.scalars(select(Resident).where(Resident.merged_into_id == dup.id)):
                earlier.merged_into_id = keep.id  # records merged into the duplicate before
            for stay in list(dup.stays):
                stay.resident_id = keep.id
            for model in (CaseNote, Goal, ChangeLog, SupplyRequest, SupplyHandout, Appointment, IncidentPerson):
                for row in session.scalars(select(model).where(model.resident_id == dup.id)):
                    row.resident_id = keep.id
            in_use = list(session.scalars(select(SafetyPlan).where(
                SafetyPlan.resident_id.in_([keep.id, dup.id]), SafetyPlan.status == "active")))
            closed_plan = None
            if len(in_use) == 2:
                # One plan in use per person: the one worked on last stays in use; the other is
                # closed, kept whole and readable (its id is in the audit summary below).
                in_use.sort(key=lambda p: (p.updated_at, p.version, p.id))
                closed_plan = in_use[0]
                closed_plan.status = "closed"
                session.flush()
            for plan in session.scalars(select(SafetyPlan).where(SafetyPlan.resident_id == dup.id)):
                plan.resident_id = keep.id
            kept_marks = {(m.day, m.meal_kind_id) for m in session.scalars(
                select(MealMark).where(MealMark.resident_id == keep.id))}
            for mark in session.scalars(select(MealMark).where(MealMark.resident_id == dup.id)):
                if (mark.day, mark.meal_kind_id) in kept_marks:  # she left and came back that day: one meal
                    session.delete(mark)
                else:
                    mark.resident_id = keep.id
            fill = {}
            for key in ("legal_name", "birth_date", "pronouns", "languages", "emergency_contact", "dietary_needs",
                        "allergies", "medical_notes", "watch_for"):
                if not getattr(keep, key) and getattr(dup, key):
                    fill[key] = getattr(dup, key)
            if keep.dob_quality in hud.MISSING_CODES and dup.dob_quality not in hud.MISSING_CODES:
                fill["dob_quality"] = dup.dob_quality
                fill["birth_date"] = dup.birth_date
            for key in ("genders", "race_ethnicity"):  # "not collected" on the kept record counts as empty
                if getattr(keep, key) == str(hud.NOT_COLLECTED) and getattr(dup, key) != str(hud.NOT_COLLECTED):
                    fill[key] = getattr(dup, key)
            if dup.interpreter_needed and not keep.interpreter_needed:
                fill["interpreter_needed"] = True
            self._log_changes(session, keep.id, "resident", keep.id, {k: getattr(keep, k) for k in fill}, fill)
            for key, value in fill.items():
                setattr(keep, key, value)
            keep.do_not_confirm = keep.do_not_confirm or dup.do_not_confirm
            keep.legal_key = fold(keep.legal_name) if keep.legal_name else None
            self._log_changes(session, keep.id, "resident", dup.id, {"merged_into": ""}, {"merged_into": str(keep.id)})
            dup.merged_into_id = keep.id
            dup.version += 1
            keep.version += 1
            keep.updated_at = dup.updated_at = self.desk.now()
            session.flush()
            self.desk.record(session, audit.Action.RESIDENT_MERGED, entity_type="resident", entity_id=keep.id,
                             summary=f"resident #{dup.id} merged into resident #{keep.id}"
                             + (f"; safety plan #{closed_plan.id} closed, the later one kept" if closed_plan else ""),
                             severity=audit.HIGH)
        self.desk.changed("residents")

    # --- history ---------------------------------------------------------------------------------------
    def history(self, resident_id: int) -> list[ChangeRow]:
        """Who changed what and when, newest first (house managers and directors; audited)."""
        self.desk.require(Permission.VIEW_CHANGE_HISTORY)
        with self.desk.write() as session:
            resident = self._resident(session, resident_id)
            rows = session.scalars(
                select(ChangeLog).where(ChangeLog.resident_id == resident.id).order_by(ChangeLog.id.desc())
            ).all()
            self.desk.record(session, audit.Action.RESIDENT_HISTORY_VIEWED, entity_type="resident",
                             entity_id=resident.id, summary=f"change history of resident #{resident.id}")
            return [ChangeRow(r.at, r.actor_name, r.entity_type, r.entity_id, r.field, r.old_value, r.new_value)
                    for r in rows]
