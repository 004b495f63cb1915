"""Helpers shared by the backup, restore and retention tests (not a test module).

``fill_history`` puts one resident who left long ago (with a row in every table that
refers to residents) and one who is here now into a vault, through the services.
``table_dump`` reads every table of a database, so two copies can be compared.
``decrypted_pages`` decrypts the raw pages of a SQLCipher 4 file (and its WAL) with the
data key, so a test can prove deleted text is gone from the file, not just from the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select

from shelter_desk.clock import ManualClock
from shelter_desk.desk import Desk
from shelter_desk.services.needs_views import AppointmentDetails
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from shelter_desk.storage.db import Database
from shelter_desk.storage.models import Base

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
WAL_HEADER, FRAME_HEADER = 32, 24
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@dataclass
class History:
    old_id: int  # left in 2015
    here_id: int  # staying now
    canary: str  # written only into the old resident's records


def at(clock: ManualClock, day: date, hour: int = 10) -> None:
    clock.set(datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC))


def fill_history(desk: Desk, clock: ManualClock, canary: str = "CANARY-OLD-RECORD-7731") -> History:
    """One resident from 2015 (every kind of record) and one here now; the clock ends at NOW."""
    at(clock, date(2015, 3, 2))
    meal = desk.meals.kinds()[0].id
    supply = desk.supplies.kinds()[0].id
    desk.supplies.receive(supply, item="Coat", size="M", quantity=3)
    old = desk.residents.intake(
        PersonDetails(alias=f"Ada {canary}", legal_name=f"Ada Legal {canary}", medical_notes=canary,
                      watch_for=f"a man called {canary}"),
        StayDetails(date(2015, 3, 2), household=[HouseholdEntry(f"Kid{canary[-4:]}", 6)]),
    )
    desk.casework.add_note(old, "counselling", f"Talked today. {canary}")
    desk.casework.add_goal(old, "education", description=f"GED {canary}")
    desk.meals.mark(date(2015, 3, 2), meal, old, children=1)
    request = desk.supplies.request(old, supply, item="Coat", size="M", note=canary)
    desk.supplies.hand_out(old, supply, item="Coat", size="M", request_id=request, note=canary)
    desk.appointments.book(AppointmentDetails(old, date(2015, 3, 20), 600, "medical",
                                              place=f"Clinic {canary}", notes=canary))
    desk.plans.install_default_template()
    desk.plans.start_plan(old)
    stay = desk.residents.open_file(old).stays[-1].id
    at(clock, date(2015, 4, 15))
    desk.residents.record_exit(stay, date(2015, 4, 15), 99, reason=canary)
    clock.set(NOW)
    here = desk.residents.intake(PersonDetails(alias="Bea Present"), StayDetails(NOW.date()))
    desk.casework.add_note(here, "housing", "Looking at flats.")
    return History(old, here, canary)


def table_dump(db: Database, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    out = {}
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            rows = session.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def decrypted_pages(path: Path, dek: bytes) -> list[bytes]:
    """Every page of a SQLCipher 4 database file, or every page image in its WAL, decrypted."""
    data = path.read_bytes()
    pages: list[bytes] = []
    if path.name.endswith("-wal"):
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(data):
            pages.append(_decrypt(data[offset + FRAME_HEADER: offset + FRAME_HEADER + PAGE], dek, first=False))
            offset += FRAME_HEADER + PAGE
        return pages
    for n in range(len(data) // PAGE):
        pages.append(_decrypt(data[n * PAGE:(n + 1) * PAGE], dek, first=n == 0))
    return pages


def _decrypt(page: bytes, dek: bytes, *, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the salt
    body = page[start:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(dek), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()
