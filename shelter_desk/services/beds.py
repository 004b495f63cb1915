"""Rooms and beds: the house manager defines them; the front desk gives, moves and holds beds.

A bed move closes the stay's current bed assignment on the day of the move and opens
a new one, so the nights each bed was used stay countable (bed-nights for reports).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, select

from shelter_desk import audit
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.validation import check_date, clean_line, fold, is_record_id
from shelter_desk.storage.resident_models import (
    Bed,
    BedAssignment,
    HouseholdMember,
    Resident,
    Room,
    Stay,
)

FREE, TAKEN, HELD = "free", "taken", "held"


@dataclass(frozen=True)
class BedInfo:
    id: int
    label: str
    active: bool


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    note: str
    active: bool
    beds: tuple[BedInfo, ...]


@dataclass(frozen=True)
class BedRow:
    """One bed on the bed board."""

    room_id: int
    room: str
    bed_id: int
    bed: str
    state: str  # FREE, TAKEN, HELD
    resident_id: int | None
    alias: str
    stay_id: int | None
    since: date | None
    hold_note: str
    hold_until: date | None


@dataclass(frozen=True)
class WaitingStay:
    """Someone staying here now with no bed given yet."""

    stay_id: int
    resident_id: int
    alias: str
    intake_date: date


@dataclass(frozen=True)
class Night:
    night: date
    residents: int  # stays open that night
    household: int  # people staying with them
    beds_used: int


class BedService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    # --- reading ----------------------------------------------------------------------------
    def rooms(self, include_inactive: bool = False) -> list[RoomInfo]:
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            query = select(Room).order_by(Room.sort_order, Room.name)
            if not include_inactive:
                query = query.where(Room.active.is_(True))
            return [
                RoomInfo(r.id, r.name, r.note, r.active,
                         tuple(BedInfo(b.id, b.label, b.active) for b in r.beds if include_inactive or b.active))
                for r in session.scalars(query)
            ]

    def board(self) -> list[BedRow]:
        """Every bed in use, with who is in it or who it is held for, in room order."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            rows = session.execute(
                select(Room.id, Room.name, Bed.id, Bed.label, Bed.hold_note, Bed.hold_until,
                       BedAssignment.stay_id, BedAssignment.start_date, Resident.id, Resident.alias)
                .join(Bed, Bed.room_id == Room.id)
                .outerjoin(BedAssignment, and_(BedAssignment.bed_id == Bed.id, BedAssignment.end_date.is_(None)))
                .outerjoin(Stay, Stay.id == BedAssignment.stay_id)
                .outerjoin(Resident, Resident.id == Stay.resident_id)
                .where(Room.active.is_(True), Bed.active.is_(True))
                .order_by(Room.sort_order, Room.name, Bed.label)
            ).all()
        today = self.desk.today()
        out = []
        for room_id, room, bed_id, label, hold_note, hold_until, stay_id, since, resident_id, alias in rows:
            held = bool(hold_note) and (hold_until is None or hold_until >= today)
            state = TAKEN if stay_id is not None else HELD if held else FREE
            out.append(BedRow(room_id, room, bed_id, label, state, resident_id, alias or "", stay_id, since,
                              hold_note or "" if held else "", hold_until if held else None))
        return out

    def waiting(self) -> list[WaitingStay]:
        """Residents here now who have no bed."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            has_bed = select(BedAssignment.stay_id).where(BedAssignment.end_date.is_(None))
            rows = session.execute(
                select(Stay.id, Resident.id, Resident.alias, Stay.intake_date)
                .join(Resident, Resident.id == Stay.resident_id)
                .where(Stay.exit_date.is_(None), Stay.id.not_in(has_bed))
                .order_by(Stay.intake_date, Resident.alias_key)
            ).all()
        return [WaitingStay(*r) for r in rows]

    def nightly_occupancy(self, first: date, last: date) -> list[Night]:
        """For each night from ``first`` to ``last``: residents, their household, beds used.

        A stay counts on the nights intake_date <= night < exit_date (or still open).
        """
        self.desk.require(Permission.VIEW_RESIDENTS)
        today = self.desk.today()
        check_date(first, field="first", label=QT_TRANSLATE_NOOP("fields", "the first night"), today=today,
                   allow_future=True)
        check_date(last, field="last", label=QT_TRANSLATE_NOOP("fields", "the last night"), today=today,
                   allow_future=True)
        if last < first or (last - first).days > 3700 or last.year > 9000:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a period of at most ten years."))
        end = last + timedelta(days=1)
        with self.desk.read() as session:
            # Only stays (and bed spells) that end after ``first`` or go on: found through the
            # (end, ...) indexes, so a week's chart does not read ten years of stays.
            # (Two selects, not one with OR: SQLite would read every stay by its intake date.)
            members_of = select(func.count()).where(HouseholdMember.stay_id == Stay.id).scalar_subquery()
            stays = [
                *session.execute(select(Stay.intake_date, Stay.exit_date, members_of)
                                 .where(Stay.exit_date.is_(None), Stay.intake_date < end)),
                *session.execute(select(Stay.intake_date, Stay.exit_date, members_of)
                                 .where(Stay.exit_date > first, Stay.intake_date < end)),
            ]
            spells = [
                *session.execute(select(BedAssignment.start_date, BedAssignment.end_date)
                                 .where(BedAssignment.end_date.is_(None), BedAssignment.start_date < end)),
                *session.execute(select(BedAssignment.start_date, BedAssignment.end_date)
                                 .where(BedAssignment.end_date > first, BedAssignment.start_date < end)),
            ]
        days = (end - first).days
        residents = [0] * (days + 1)
        household = [0] * (days + 1)
        beds = [0] * (days + 1)

        def add(counts: list[int], start: date, stop: date | None, n: int = 1) -> None:
            a = max(0, (start - first).days)
            b = days if stop is None else min(days, (stop - first).days)
            if a < b:
                counts[a] += n
                counts[b] -= n

        for start, stop, members in stays:
            add(residents, start, stop)
            add(household, start, stop, int(members or 0))
        for start, stop in spells:
            add(beds, start, stop)
        out = []
        r = h = b = 0
        for i in range(days):
            r += residents[i]
            h += household[i]
            b += beds[i]
            out.append(Night(first + timedelta(days=i), r, h, b))
        return out

    # --- giving, moving and holding beds ---------------------------------------------------------
    def assign(self, stay_id: int, bed_id: int, on: date | None = None) -> None:
        """Give a bed to a stay, or move her to another bed from ``on`` (today by default)."""
        self.desk.require(Permission.EDIT_RESIDENTS)
        today = self.desk.today()
        day = check_date(on or today, field="move_date", label=QT_TRANSLATE_NOOP("fields", "the day of the move"),
                         today=today)
        residents = self.desk.residents
        with self.desk.write() as session:
            stay = residents._stay(session, stay_id)
            if stay.exit_date is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "She has left, so she cannot be given a bed."))
            current = next((a for a in stay.beds if a.end_date is None), None)
            if current is not None and current.bed_id == bed_id:
                return
            bed = residents._check_bed_free(session, bed_id, stay_id=stay.id)
            earliest = max([stay.intake_date, *(a.start_date for a in stay.beds)])
            if day < earliest:  # type: ignore[operator]
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The day of the move cannot be before {day}."),
                    field="move_date", day=earliest.isoformat())
            residents._check_nights_free(session, bed, stay_id=stay.id, since=day)
            before = {"bed": f"{current.bed.room.name} · {current.bed.label}" if current else ""}
            if current is not None:
                if current.start_date == day:
                    session.delete(current)  # moved again the same day: that bed held no night
                else:
                    current.end_date = day  # type: ignore[assignment]
                session.flush()  # the old spell is closed before the new one opens (unique open spell)
            bed.hold_note, bed.hold_until = None, None
            session.add(BedAssignment(stay_id=stay.id, bed_id=bed.id, start_date=day))
            residents._log_changes(session, stay.resident_id, "stay", stay.id, before,
                                   {"bed": f"{bed.room.name} · {bed.label}"})
            self.desk.record(session, audit.Action.BED_ASSIGNED, entity_type="stay", entity_id=stay.id,
                             summary=f"stay #{stay.id} to bed #{bed.id}" + (f" from bed #{current.bed_id}" if current else ""))
        self.desk.changed("beds")

    def hold(self, bed_id: int, note: str, until: date | None = None) -> None:
        """Keep a free bed for someone expected (``note`` says for whom or why, no full names needed)."""
        self.desk.require(Permission.EDIT_RESIDENTS)
        text = clean_line(note, field="hold_note", label=QT_TRANSLATE_NOOP("fields", "who the bed is held for"),
                          max_length=200, required=True)
        today = self.desk.today()
        if until is not None:
            check_date(until, field="hold_until", label=QT_TRANSLATE_NOOP("fields", "the last day of the hold"),
                       today=today, allow_future=True, earliest=today)
        with self.desk.write() as session:
            bed = self.desk.residents._check_bed_free(session, bed_id)
            bed.hold_note, bed.hold_until = text, until
            bed.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.BED_HELD, entity_type="bed", entity_id=bed.id,
                             summary=f"bed #{bed.id} held" + (f" until {until.isoformat()}" if until else ""))
        self.desk.changed("beds")

    def release(self, bed_id: int) -> None:
        self.desk.require(Permission.EDIT_RESIDENTS)
        with self.desk.write() as session:
            bed = session.get(Bed, bed_id) if is_record_id(bed_id) else None
            if bed is None or not bed.hold_note:
                return
            bed.hold_note, bed.hold_until = None, None
            bed.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.BED_RELEASED, entity_type="bed", entity_id=bed.id,
                             summary=f"hold on bed #{bed.id} released")
        self.desk.changed("beds")

    # --- rooms and beds (house manager) ------------------------------------------------------------
    def _room_name(self, name: str) -> str:
        return clean_line(name, field="room_name", label=QT_TRANSLATE_NOOP("fields", "the room's name"),
                          max_length=60, required=True)

    def _bed_label(self, label: str) -> str:
        return clean_line(label, field="bed_label", label=QT_TRANSLATE_NOOP("fields", "the bed's name"),
                          max_length=30, required=True)

    @staticmethod
    def _room_name_taken(session, name: str, but: int | None = None) -> bool:  # noqa: ANN001
        """Another room with this name, ignoring case and accents (SQLite's lower() knows only A-Z)."""
        key = fold(name)
        return any(fold(other) == key for room_id, other in session.execute(select(Room.id, Room.name))
                   if room_id != but)

    def add_room(self, name: str, note: str = "", beds: int = 0) -> int:
        """A new room, with ``beds`` beds named 1, 2, 3... Returns the room's id."""
        self.desk.require(Permission.MANAGE_ROOMS)
        room_name = self._room_name(name)
        room_note = clean_line(note, field="room_note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=200)
        if not isinstance(beds, int) or isinstance(beds, bool) or not 0 <= beds <= 50:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A room can have 0 to 50 beds."), field="beds")
        now = self.desk.now()
        with self.desk.write() as session:
            if self._room_name_taken(session, room_name):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is already a room called {name}."),
                                      field="room_name", name=room_name)
            order = int(session.scalar(select(func.max(Room.sort_order))) or 0) + 1
            room = Room(name=room_name, note=room_note, sort_order=order, active=True, created_at=now, updated_at=now)
            session.add(room)
            session.flush()
            for n in range(1, beds + 1):
                session.add(Bed(room_id=room.id, label=str(n), active=True, created_at=now, updated_at=now))
            self.desk.record(session, audit.Action.ROOMS_CHANGED, entity_type="room", entity_id=room.id,
                             summary=f"room #{room.id} added with {beds} beds")
            room_id = room.id
        self.desk.changed("beds")
        return room_id

    def change_room(self, room_id: int, name: str, note: str = "") -> None:
        self.desk.require(Permission.MANAGE_ROOMS)
        room_name = self._room_name(name)
        room_note = clean_line(note, field="room_note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=200)
        with self.desk.write() as session:
            room = session.get(Room, room_id) if is_record_id(room_id) else None
            if room is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That room no longer exists."))
            if self._room_name_taken(session, room_name, but=room.id):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is already a room called {name}."),
                                      field="room_name", name=room_name)
            room.name, room.note, room.updated_at = room_name, room_note, self.desk.now()
            self.desk.record(session, audit.Action.ROOMS_CHANGED, entity_type="room", entity_id=room.id,
                             summary=f"room #{room.id} renamed or its note changed")
        self.desk.changed("beds")

    def set_room_active(self, room_id: int, active: bool) -> None:
        """Take a room out of use (only when nobody is in it) or back into use."""
        self.desk.require(Permission.MANAGE_ROOMS)
        with self.desk.write() as session:
            room = session.get(Room, room_id) if is_record_id(room_id) else None
            if room is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That room no longer exists."))
            if not active and any(self._occupied(session, b.id) for b in room.beds):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Someone is staying in this room. Move her to another bed first."))
            room.active, room.updated_at = bool(active), self.desk.now()
            self.desk.record(session, audit.Action.ROOMS_CHANGED, entity_type="room", entity_id=room.id,
                             summary=f"room #{room.id} {'back in use' if active else 'out of use'}")
        self.desk.changed("beds")

    def add_bed(self, room_id: int, label: str) -> int:
        self.desk.require(Permission.MANAGE_ROOMS)
        bed_label = self._bed_label(label)
        now = self.desk.now()
        with self.desk.write() as session:
            room = session.get(Room, room_id) if is_record_id(room_id) else None
            if room is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That room no longer exists."))
            if any(fold(b.label) == fold(bed_label) for b in room.beds):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This room already has a bed called {name}."),
                                      field="bed_label", name=bed_label)
            bed = Bed(room_id=room.id, label=bed_label, active=True, created_at=now, updated_at=now)
            session.add(bed)
            session.flush()
            self.desk.record(session, audit.Action.ROOMS_CHANGED, entity_type="bed", entity_id=bed.id,
                             summary=f"bed #{bed.id} added to room #{room.id}")
            bed_id = bed.id
        self.desk.changed("beds")
        return bed_id

    def rename_bed(self, bed_id: int, label: str) -> None:
        self.desk.require(Permission.MANAGE_ROOMS)
        bed_label = self._bed_label(label)
        with self.desk.write() as session:
            bed = session.get(Bed, bed_id) if is_record_id(bed_id) else None
            if bed is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That bed no longer exists."))
            if any(fold(b.label) == fold(bed_label) and b.id != bed.id for b in bed.room.beds):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This room already has a bed called {name}."),
                                      field="bed_label", name=bed_label)
            bed.label, bed.updated_at = bed_label, self.desk.now()
            self.desk.record(session, audit.Action.ROOMS_CHANGED, entity_type="bed", entity_id=bed.id,
                             summary=f"bed #{bed.id} renamed")
        self.desk.changed("beds")

    def set_bed_active(self, bed_id: int, active: bool) -> None:
        self.desk.require(Permission.MANAGE_ROOMS)
        with self.desk.write() as session:
            bed = session.get(Bed, bed_id) if is_record_id(bed_id) else None
            if bed is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That bed no longer exists."))
            if not active and self._occupied(session, bed.id):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Someone is sleeping in this bed. Move her to another bed first."))
            bed.active, bed.updated_at = bool(active), self.desk.now()
            if not active:
                bed.hold_note, bed.hold_until = None, None
            self.desk.record(session, audit.Action.ROOMS_CHANGED, entity_type="bed", entity_id=bed.id,
                             summary=f"bed #{bed.id} {'back in use' if active else 'out of use'}")
        self.desk.changed("beds")

    @staticmethod
    def _occupied(session, bed_id: int) -> bool:  # noqa: ANN001
        return session.scalars(
            select(BedAssignment.id).where(BedAssignment.bed_id == bed_id, BedAssignment.end_date.is_(None))
        ).first() is not None
