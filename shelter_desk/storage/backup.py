"""Encrypted backup files: one ``.sdbackup`` file (a stored zip) holding an
encrypted copy of the database made by SQLCipher itself (``VACUUM INTO`` keeps
the key) and the key file able to open it. Verified after writing.

This foundation uses it for the automatic backup before a schema upgrade; the
backups issue builds "Back up now", rotation and restore on the same format.
"""

from __future__ import annotations

import json
import os
import secrets
import zipfile
from datetime import datetime
from pathlib import Path

from shelter_desk.clock import utc_iso
from shelter_desk.files import fsync_dir
from shelter_desk.storage.db import Database

FORMAT = "shelter-desk-backup"
SUFFIX = ".sdbackup"


def write_backup(
    db: Database, keys_bytes: bytes, dek: bytes, destination: Path, *, now: datetime, note: str
) -> Path:
    """Write and verify a backup at ``destination``; returns its path."""
    folder = destination.parent
    folder.mkdir(parents=True, exist_ok=True)
    tag = secrets.token_hex(4)
    tmp_db = folder / f".{destination.stem}.{tag}.db.tmp"
    tmp_zip = folder / f".{destination.stem}.{tag}.zip.tmp"
    try:
        # A raw pooled connection: SQLAlchemy's connect() would BEGIN first (see db.py),
        # and VACUUM cannot run inside a transaction.
        raw = db.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM INTO ?", (str(tmp_db),))
        finally:
            raw.close()
        _verify_db(tmp_db, dek)
        manifest = {"format": FORMAT, "version": 1, "created": utc_iso(now), "note": note}
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("backup.json", json.dumps(manifest, indent=1))
            zf.writestr("shelter.keys", keys_bytes)
            zf.write(tmp_db, "shelter.db")
        with open(tmp_zip, "rb") as fh:
            os.fsync(fh.fileno())
        with zipfile.ZipFile(tmp_zip) as zf:
            if zf.testzip() is not None:
                raise OSError("the backup file did not read back correctly")
        os.replace(tmp_zip, destination)
        fsync_dir(folder)
        return destination
    finally:
        tmp_db.unlink(missing_ok=True)
        for extra in ("-wal", "-shm"):
            Path(str(tmp_db) + extra).unlink(missing_ok=True)
        tmp_zip.unlink(missing_ok=True)


def _verify_db(path: Path, dek: bytes) -> None:
    copy = Database(path, dek)
    try:
        problems = copy.integrity_problems()
    finally:
        copy.close()
    if problems:
        raise OSError("the backup copy failed its integrity check: " + "; ".join(problems[:3]))
