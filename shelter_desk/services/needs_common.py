"""Helpers shared by the daily-needs services: who was here on a day, counts typed in, names of lists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.validation import clean_line, fold
from shelter_desk.storage.resident_models import (
    Bed,
    BedAssignment,
    HouseholdMember,
    Resident,
    Room,
    Stay,
)


def stay_on(session: Session, resident_id: int, day: date) -> Stay | None:
    """Her stay that covers ``day`` (from the intake day to the day she left, both counted)."""
    return session.scalars(
        select(Stay).where(Stay.resident_id == resident_id, Stay.intake_date <= day,
                           or_(Stay.exit_date.is_(None), Stay.exit_date >= day))
        .order_by(Stay.intake_date.desc(), Stay.id.desc())  # as here_on: the later stay that day
    ).first()


def here_on(session: Session, day: date) -> list[tuple[int, int, str, str, str, str, str, int]]:
    """Everyone staying here on ``day``: (resident id, stay id, alias, room, bed, diet, allergies, household).

    The room and bed are the ones she slept in that night (or, on the day she left, the
    last one). Ordered by alias. One row per resident: someone who left and came back the
    same day has two stays covering it, and the later one (the one she is in that night) counts.
    """
    columns = (Resident.id, Stay.id, Resident.alias, Resident.dietary_needs, Resident.allergies,
               Resident.alias_key, Stay.intake_date)
    # Two look-ups that each use the stay index on exit_date (one OR over both would read every
    # stay ever made): the stays still open, and those that ended on or after the day.
    rows = []
    for ended in (Stay.exit_date.is_(None), Stay.exit_date >= day):
        rows += session.execute(
            select(*columns).join(Stay, Stay.resident_id == Resident.id).where(ended, Stay.intake_date <= day)
        ).all()
    rows.sort(key=lambda r: (r[5], r[0], -r[6].toordinal(), -r[1]))
    latest: dict[int, object] = {}
    for row in rows:
        latest.setdefault(row[0], row)  # dicts keep the order: still by alias
    rows = list(latest.values())  # type: ignore[arg-type]
    stay_ids = [r[1] for r in rows]
    beds: dict[int, tuple[str, str]] = {}
    household: dict[int, int] = {}
    for chunk in _chunks(stay_ids):
        for stay_id, room, label, _start in session.execute(
            select(BedAssignment.stay_id, Room.name, Bed.label, BedAssignment.start_date)
            .join(Bed, Bed.id == BedAssignment.bed_id).join(Room, Room.id == Bed.room_id)
            .where(BedAssignment.stay_id.in_(chunk), BedAssignment.start_date <= day,
                   or_(BedAssignment.end_date.is_(None), BedAssignment.end_date >= day))
            .order_by(BedAssignment.start_date)
        ):
            beds[stay_id] = (room, label)  # the later spell wins
        for stay_id, n in session.execute(
            select(HouseholdMember.stay_id, func.count()).where(HouseholdMember.stay_id.in_(chunk))
            .group_by(HouseholdMember.stay_id)
        ):
            household[stay_id] = int(n)
    return [(r[0], r[1], r[2], *beds.get(r[1], ("", "")), r[3], r[4], household.get(r[1], 0)) for r in rows]


def room_now(session: Session, stay_ids: list[int]) -> dict[int, str]:
    """The room each of these stays is in now ("" for none)."""
    found: dict[int, str] = {}
    for chunk in _chunks(stay_ids):
        for stay_id, room in session.execute(
            select(BedAssignment.stay_id, Room.name).join(Bed, Bed.id == BedAssignment.bed_id)
            .join(Room, Room.id == Bed.room_id)
            .where(BedAssignment.stay_id.in_(chunk), BedAssignment.end_date.is_(None))
        ):
            found[stay_id] = room
    return found


def rooms_of_residents(session: Session, resident_ids: list[int]) -> dict[int, str]:
    """The room each resident is in now ("" when she has no bed or is not here)."""
    found: dict[int, str] = {}
    for chunk in _chunks(resident_ids):
        for resident_id, room in session.execute(
            select(Stay.resident_id, Room.name)
            .join(BedAssignment, and_(BedAssignment.stay_id == Stay.id, BedAssignment.end_date.is_(None)))
            .join(Bed, Bed.id == BedAssignment.bed_id).join(Room, Room.id == Bed.room_id)
            .where(Stay.resident_id.in_(chunk), Stay.exit_date.is_(None))
        ):
            found[resident_id] = room
    return found


def aliases(session: Session, resident_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(resident_ids):
        for rid, alias in session.execute(select(Resident.id, Resident.alias).where(Resident.id.in_(chunk))):
            found[rid] = alias
    return found


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    unique = list(dict.fromkeys(ids))
    return [unique[i:i + size] for i in range(0, len(unique), size)]


def check_count(value: object, *, field: str, label: str, low: int = 0, high: int) -> int:
    """A whole number typed into a count field, between ``low`` and ``high``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} must be a whole number."), field=field, label=label)
    if value < low:
        if low == 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} must be at least 1."), field=field, label=label)
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} cannot be less than {n}."), field=field,
                              label=label, n=low)
    if value > high:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{label} cannot be more than {n}. Please check the number."), field=field, label=label, n=high)
    return value


def list_name(value: str, *, field: str = "name", max_length: int = 60) -> str:
    """The name of a meal, a supply kind or a place."""
    return clean_line(value, field=field, label=QT_TRANSLATE_NOOP("fields", "the name"), max_length=max_length,
                      required=True)


def same_name(a: str, b: str) -> bool:
    return fold(a).strip() == fold(b).strip()
