"""Encrypted backup files: one ``.sdbackup`` file (a stored zip) holding an
encrypted copy of the database made by SQLCipher itself (``VACUUM INTO`` keeps
the key), the key file able to open it, and a small manifest. Verified after writing.

The manifest (``backup.json``) is the only part in the clear. It says when the
backup was made, what kind it is, the vault's public id, the schema version and
the SHA-256 of the two other members; never the shelter's name or anything else
from inside the database.

Used by the automatic backup before a schema upgrade (``Vault.backup_to``), by
"Back up now", the automatic backups at sign-out and restore
(``services/backups.py``, ``services/restore.py``).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from shelter_desk.clock import parse_utc_iso, utc_iso
from shelter_desk.errors import ShelterDeskError
from shelter_desk.files import fsync_dir
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.storage.db import Database

FORMAT = "shelter-desk-backup"
VERSION = 1
SUFFIX = ".sdbackup"
MANIFEST = "backup.json"
DB_MEMBER = "shelter.db"
KEYS_MEMBER = "shelter.keys"
MAX_MANIFEST = 64 * 1024

# What a backup is for (the manifest's "kind").
OUTSIDE = "outside"  # "Back up now": a folder or USB stick the director chose
AUTOMATIC = "automatic"  # at sign-out or close, in the vault's backups/ folder
BEFORE_UPGRADE = "before-upgrade"
KEY_CHANGE = "key-change"  # right after the data key was changed

Progress = Callable[[int, int], None]


class BackupError(ShelterDeskError):
    """Something about a backup file, in plain words."""


class BackupDamaged(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "This backup file is damaged or incomplete, so it cannot be restored. Nothing was "
        "changed. Try another backup (the automatic ones are in the vault's backups folder).",
    )


class NotABackup(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "This file is not a Shelter Desk backup. Nothing was changed. Choose a file that ends in .sdbackup."
    )


class BackupTooNew(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "This backup was made by a newer version of Shelter Desk. Install that version to "
        "restore it. Nothing was changed.",
    )


class BackupWriteFailed(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "The backup could not be written: {reason}. The vault itself is fine; nothing in it was changed."
    )


# The reasons, by what the operating system said (filled into BackupWriteFailed).
FULL = QT_TRANSLATE_NOOP("errors", "the disk or USB stick is full")
GONE = QT_TRANSLATE_NOOP("errors", "the folder is not there any more (was the USB stick taken out?)")
NOT_ALLOWED = QT_TRANSLATE_NOOP("errors", "this computer does not allow writing to that folder")
READ_ONLY = QT_TRANSLATE_NOOP("errors", "the disk or USB stick is read-only")
DID_NOT_READ_BACK = QT_TRANSLATE_NOOP("errors", "the file did not read back correctly (the USB stick may be failing)")


def write_failure(exc: OSError) -> BackupWriteFailed:
    """An OS error while writing a backup, as one plain sentence."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        reason = FULL
    elif code in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOTDIR, getattr(errno, "ESTALE", -1)):
        reason = GONE
    elif code in (errno.EACCES, errno.EPERM):
        reason = NOT_ALLOWED
    elif code == errno.EROFS:
        reason = READ_ONLY
    else:
        return BackupWriteFailed(reason=exc.strerror or type(exc).__name__)
    return BackupWriteFailed(reason=reason)


@dataclass(frozen=True)
class Manifest:
    created: datetime | None
    kind: str
    note: str
    vault_id: str | None
    schema: str | None
    program: str | None
    sha256: dict[str, str]


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup(
    db: Database,
    keys_bytes: bytes,
    dek: bytes,
    destination: Path,
    *,
    now: datetime,
    note: str,
    kind: str = BEFORE_UPGRADE,
    vault_id: str | None = None,
    schema: str | None = None,
    work_dir: Path | None = None,
    make_folder: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Write and verify a backup at ``destination``; returns its path.

    The database copy is made in ``work_dir`` (the vault's own ``backups/`` for a
    backup to a USB stick, so the stick gets one file written once), checked, then
    put into the zip next to ``destination`` under a temporary name, flushed to the
    disk, read back and checked again, and only then given its real name.
    """
    from shelter_desk import __version__

    folder = destination.parent
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    work = work_dir or folder
    work.mkdir(parents=True, exist_ok=True)
    tag = secrets.token_hex(4)
    tmp_db = work / f".{destination.stem}.{tag}.db.tmp"
    tmp_zip = folder / f".{destination.stem}.{tag}.zip.tmp"
    step = progress or (lambda done, total: None)
    try:
        step(0, 5)
        # A raw pooled connection: SQLAlchemy's connect() would BEGIN first (see db.py),
        # and VACUUM cannot run inside a transaction.
        raw = db.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM INTO ?", (str(tmp_db),))
        finally:
            raw.close()
        step(1, 5)
        _verify_db(tmp_db, dek)
        step(2, 5)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": utc_iso(now),
            "kind": kind,
            "note": note,
            "vault_id": vault_id,
            "schema": schema,
            "program": __version__,
            "sha256": {
                DB_MEMBER: _sha256_file(tmp_db),
                KEYS_MEMBER: hashlib.sha256(keys_bytes).hexdigest(),
            },
        }
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
            zf.writestr(KEYS_MEMBER, keys_bytes)
            zf.write(tmp_db, DB_MEMBER)
        with open(tmp_zip, "rb") as fh:
            os.fsync(fh.fileno())
        step(3, 5)
        try:
            read_manifest(tmp_zip, check_data=True)
        except BackupError:
            raise BackupWriteFailed(reason=DID_NOT_READ_BACK) from None
        step(4, 5)
        os.replace(tmp_zip, destination)
        fsync_dir(folder)
        step(5, 5)
        return destination
    finally:
        tmp_db.unlink(missing_ok=True)
        for extra in ("-wal", "-shm"):
            Path(str(tmp_db) + extra).unlink(missing_ok=True)
        try:
            tmp_zip.unlink(missing_ok=True)
        except OSError:
            pass  # the stick was taken out: nothing left to tidy


def _verify_db(path: Path, dek: bytes) -> None:
    copy = Database(path, dek)
    try:
        problems = copy.integrity_problems()
    finally:
        copy.close()
    if problems:
        raise OSError("the backup copy failed its integrity check: " + "; ".join(problems[:3]))


def read_manifest(path: Path, *, check_data: bool = True) -> Manifest:
    """The manifest of a backup file, after checking the file is whole.

    ``check_data`` reads every byte (zip CRCs and the SHA-256 in the manifest), so a
    truncated, cut or changed file is found before anything is restored from it.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names:
                raise NotABackup()
            info = zf.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST:
                raise NotABackup()
            try:
                data = json.loads(zf.read(MANIFEST).decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise NotABackup() from None
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise NotABackup()
            try:
                version = int(data.get("version", 0))
            except (TypeError, ValueError):
                raise BackupDamaged() from None
            if version > VERSION:
                raise BackupTooNew()
            if not {DB_MEMBER, KEYS_MEMBER} <= names:
                raise BackupDamaged()
            sums = data.get("sha256") or {}
            if not isinstance(sums, dict):
                raise BackupDamaged()
            if check_data:
                if zf.testzip() is not None:
                    raise BackupDamaged()
                for member in (DB_MEMBER, KEYS_MEMBER):
                    expected = sums.get(member)
                    if expected is None:
                        continue  # written before the manifest had sums
                    digest = hashlib.sha256()
                    with zf.open(member) as fh:
                        for block in iter(lambda: fh.read(1 << 20), b""):  # noqa: B023
                            digest.update(block)
                    if digest.hexdigest() != expected:
                        raise BackupDamaged()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise BackupDamaged() from None
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno in (errno.EIO, errno.ENODEV, errno.ENXIO):
            raise BackupDamaged() from None
        raise
    created = None
    if isinstance(data.get("created"), str):
        try:
            created = parse_utc_iso(data["created"])
        except ValueError:
            created = None
    return Manifest(
        created=created,
        kind=str(data.get("kind") or BEFORE_UPGRADE),
        note=str(data.get("note") or ""),
        vault_id=str(data["vault_id"]) if data.get("vault_id") else None,
        schema=str(data["schema"]) if data.get("schema") else None,
        program=str(data["program"]) if data.get("program") else None,
        sha256={str(k): str(v) for k, v in sums.items()},
    )


def extract(path: Path, folder: Path) -> None:
    """Put the backup's database and key file into ``folder`` (both stay encrypted / secret-free)."""
    try:
        with zipfile.ZipFile(path) as zf:
            for member in (DB_MEMBER, KEYS_MEMBER):
                target = folder / member
                with zf.open(member) as src, open(target, "wb") as dst:  # plaintext-ok: an encrypted database and the key slots
                    for block in iter(lambda: src.read(1 << 20), b""):  # noqa: B023
                        dst.write(block)
                    dst.flush()
                    os.fsync(dst.fileno())
    except (zipfile.BadZipFile, KeyError, EOFError):
        raise BackupDamaged() from None
