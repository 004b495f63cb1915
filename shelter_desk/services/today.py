"""The Today board's facts: who is here, who came and left today, who to watch for.

Later issues add their own parts (appointments, meals, safety-plan reviews,
incidents) as further fields of :class:`TodayBoard`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import and_, func, select

from shelter_desk.permissions import Permission
from shelter_desk.services.beds import FREE, HELD
from shelter_desk.services.needs_views import NeedsToday
from shelter_desk.services.validation import fold
from shelter_desk.storage.resident_models import (
    Bed,
    BedAssignment,
    HouseholdMember,
    Resident,
    Room,
    Stay,
)

EARLY_TOMORROW_BEFORE = 12 * 60  # tomorrow's appointments before noon are shown today (rides to arrange)


@dataclass(frozen=True)
class PersonLine:
    resident_id: int
    alias: str
    room: str
    bed: str


@dataclass(frozen=True)
class WatchFor:
    resident_id: int
    alias: str
    description: str


@dataclass(frozen=True)
class TodayBoard:
    here: int
    household: int  # children and others staying with the residents here
    by_room: tuple[tuple[str, int], ...]  # (room, residents in it); "" for no bed yet
    arrivals: tuple[PersonLine, ...]
    departures: tuple[PersonLine, ...]
    watch_for: tuple[WatchFor, ...]
    do_not_confirm: int
    free_beds: int
    held_beds: int


class TodayService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    def board(self) -> TodayBoard:
        self.desk.require(Permission.VIEW_RESIDENTS)
        today = self.desk.today()
        with self.desk.read() as session:
            here_rows = session.execute(
                select(Stay.id, Resident.id, Resident.alias, Resident.do_not_confirm, Resident.watch_for,
                       Stay.intake_date, Room.name, Bed.label)
                .join(Resident, Resident.id == Stay.resident_id)
                .outerjoin(BedAssignment, and_(BedAssignment.stay_id == Stay.id, BedAssignment.end_date.is_(None)))
                .outerjoin(Bed, Bed.id == BedAssignment.bed_id)
                .outerjoin(Room, Room.id == Bed.room_id)
                .where(Stay.exit_date.is_(None))
                .order_by(Resident.alias_key)
            ).all()
            household = int(session.scalar(
                select(func.count()).select_from(HouseholdMember).join(Stay, Stay.id == HouseholdMember.stay_id)
                .where(Stay.exit_date.is_(None))
            ) or 0)
            spells = session.execute(
                select(Stay.id, Resident.id, Resident.alias, Stay.intake_date, Room.name, Bed.label,
                       BedAssignment.start_date)
                .join(Stay, Stay.resident_id == Resident.id)
                .outerjoin(BedAssignment, and_(BedAssignment.stay_id == Stay.id, BedAssignment.end_date == today))
                .outerjoin(Bed, Bed.id == BedAssignment.bed_id)
                .outerjoin(Room, Room.id == Bed.room_id)
                .where(Stay.exit_date == today)
                .order_by(Resident.alias_key, Stay.id, BedAssignment.start_date)
            ).all()
        # One line per stay that ended today, with the bed she left from (moved and left the
        # same day: the later bed).
        left_rows = list({row[0]: row for row in spells}.values())
        by_room: dict[str, int] = {}
        for row in here_rows:
            by_room[row[6] or ""] = by_room.get(row[6] or "", 0) + 1
        beds = self.desk.beds.board()
        room_order = {}  # the house's room order, as on the bed board
        for bed in beds:
            room_order.setdefault(bed.room, len(room_order))
        return TodayBoard(
            here=len(here_rows),
            household=household,
            by_room=tuple(sorted(by_room.items(), key=lambda kv: (kv[0] == "", room_order.get(kv[0], 0)))),
            # Came today: still here, or came and left again the same day.
            arrivals=tuple(sorted(
                [PersonLine(r[1], r[2], r[6] or "", r[7] or "") for r in here_rows if r[5] == today]
                + [PersonLine(r[1], r[2], r[4] or "", r[5] or "") for r in left_rows if r[3] == today],
                key=lambda p: (fold(p.alias), p.resident_id))),
            departures=tuple(PersonLine(r[1], r[2], r[4] or "", r[5] or "") for r in left_rows),
            watch_for=tuple(WatchFor(r[1], r[2], r[4]) for r in here_rows if r[4]),
            do_not_confirm=sum(1 for r in here_rows if r[3]),
            free_beds=sum(1 for b in beds if b.state == FREE),
            held_beds=sum(1 for b in beds if b.state == HELD),
        )

    def needs(self) -> NeedsToday:
        """The daily-needs part of the board: today's appointments and rides, tomorrow morning's,
        appointments to settle, supply requests waiting, low stock, and today's meal headcount."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        today = self.desk.today()
        appointments = self.desk.appointments.between(today, today + timedelta(days=1))
        open_requests, urgent, low = self.desk.supplies.open_counts()
        meals, expected = self.desk.meals.counts(today)
        handed = self.desk.supplies.handouts(since=today, until=today)
        return NeedsToday(
            appointments_today=tuple(a for a in appointments if a.day == today and a.status != "rescheduled"),
            early_tomorrow=tuple(a for a in appointments if a.day > today and a.status == "scheduled"
                                 and a.start_minute < EARLY_TOMORROW_BEFORE),
            to_settle=self.desk.appointments.count_to_settle(),
            open_requests=open_requests,
            urgent_requests=tuple(urgent),
            low_stock=tuple(low),
            meals=meals,
            expected_at_meals=expected,
            handed_out_today=sum(h.quantity for h in handed),
            handed_out_to=len({h.resident_id for h in handed}),
        )
