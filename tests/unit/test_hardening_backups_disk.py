"""Hardening (issue 9): damaged backup files, and a disk that fills up.

- **Backups**: 200 seeded random byte flips and 40 truncations of a real ``.sdbackup``.
  Each restore either refuses with a plain ``ShelterDeskError`` (never another exception)
  and leaves no half-restored folder, or yields a vault whose every row equals the original
  (a flip in a byte nothing reads, such as zip padding, is harmless) — never silently wrong data.
- **Disk full**: a real, tiny tmpfs where the machine allows mounting one (CI runs as root),
  otherwise skipped; a simulated ``ENOSPC`` for a backup is in ``test_backups.py``. Writes go on
  until the disk is full: each refusal is a plain error, and every write reported committed is
  still there after the vault is closed and opened again, with both integrity checks and the
  audit chain intact.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from shelter_desk import audit
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.services.restore import restore_backup
from shelter_desk.services.resident_input import PersonDetails, StayDetails
from shelter_desk.services.setup import create_vault
from shelter_desk.storage.db import Database
from tests.conftest import DIRECTOR, DIRECTOR_PW
from tests.unit.backuptools import fill_history, table_dump

FLIPS, CUTS = 200, 40


@pytest.fixture
def made(setup, desk, clock, tmp_path):  # noqa: ANN001, ANN201
    fill_history(desk, clock)
    usb = tmp_path / "usb"
    usb.mkdir()
    path = desk.backups.back_up_to(usb).path
    dump = table_dump(desk.vault.db)
    desk.close()
    return path, dump, setup.recovery_code


def _try_restore(data: bytes, tmp_path: Path, n: int, code: str, clock, dump) -> str:  # noqa: ANN001
    damaged = tmp_path / f"damaged-{n}.sdbackup"
    damaged.write_bytes(data)
    target = tmp_path / f"restored-{n}" / "vault"
    try:
        result = restore_backup(damaged, target, recovery_code=code, clock=clock)
    except ShelterDeskError:
        assert not target.exists() or not any(target.iterdir()), "a refused restore left files behind"
        leftovers = [p.name for p in target.parent.iterdir() if ".restoring-" in p.name] if target.parent.exists() else []
        assert leftovers == []
        return "refused"
    finally:
        damaged.unlink()
    copy = Database(target / "shelter.db", result.dek)
    try:
        assert table_dump(copy) == dump, "a damaged backup restored different data"
    finally:
        copy.close()
    shutil.rmtree(target.parent)
    return "same"


@pytest.mark.slow
def test_random_flips_and_truncations_of_a_backup_are_refused_or_harmless(made, tmp_path, clock):
    path, dump, code = made
    original = path.read_bytes()
    rng = random.Random(20261207)
    seen = {"refused": 0, "same": 0}
    for n in range(FLIPS):
        data = bytearray(original)
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
        seen[_try_restore(bytes(data), tmp_path, n, code, clock, dump)] += 1
    for n in range(CUTS):
        keep = rng.randrange(len(original))
        seen[_try_restore(original[:keep], tmp_path, FLIPS + n, code, clock, dump)] += 1
    print(f"backup damage: {seen}")
    assert seen["refused"] >= CUTS  # every truncation, and most flips, are refused
    assert sum(seen.values()) == FLIPS + CUTS


def _mount_tmpfs(where: Path, size: str) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def tiny_disk(tmp_path):  # noqa: ANN001, ANN201
    where = tmp_path / "tiny"
    if not _mount_tmpfs(where, "3m"):
        pytest.skip("cannot mount a small tmpfs here (not Linux, or not root)")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_refuses_plainly_and_loses_nothing_committed(tiny_disk, clock):
    from shelter_desk.desk import Desk

    folder = tiny_disk / "vault"
    result = create_vault(folder, shelter_name="Tiny House", username=DIRECTOR, display_name="Dana",
                          password=DIRECTOR_PW, clock=clock)
    desk = result.desk
    committed: list[int] = []
    messages: set[str] = set()
    refusals = 0
    filler = "x" * 1900  # long notes fill the disk in a few hundred writes
    try:
        for n in range(2000):
            try:
                rid = desk.residents.intake(PersonDetails(alias=f"Resident {n}", medical_notes=filler),
                                            StayDetails(desk.today()))
            except ShelterDeskError as exc:
                assert not isinstance(exc, ValidationError), exc.message  # refused for the disk, not the input
                messages.add(exc.message)
                refusals += 1
                if refusals >= 5:
                    break
                continue
            committed.append(rid)
        assert refusals >= 1, "the tiny disk never filled up"
        assert all("Traceback" not in m and len(m) < 400 for m in messages), messages  # plain words
        assert committed, "nothing could be written at all"
    finally:
        desk.close()
    again = Desk.open(folder, clock)
    try:
        again.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        found = {r.id for r in again.residents.search("", status="everyone")}
        assert set(committed) <= found, "a write reported committed was lost"
        with again.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert session.execute(text("PRAGMA cipher_integrity_check")).all() == []
            assert audit.verify(session).intact  # (read only: the disk is still full)
    finally:
        again.close()
