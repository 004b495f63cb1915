"""Restoring a vault from a ``.sdbackup`` file (also: moving to a new computer).

``restore_backup()`` works with nobody signed in and no vault open (on a new PC
there is none). It:

1. checks the file is whole (zip CRCs, the manifest's SHA-256) and ours;
2. refuses a backup of another shelter over this vault (the vault ids differ);
3. unpacks it into a new folder next to the vault folder (the database stays
   encrypted; nothing readable is written);
4. finds the data key with the recovery code, or with a director's password whose
   key slot works on this computer (a slot tied to another PC's password store
   cannot: then it says to use the Recovery Sheet);
5. checks the copy before use: cipher integrity, SQLite integrity, the audit
   chain and the key file's seal; refuses a schema newer than this program, and
   migrates an older one there (after the usual pre-upgrade backup);
6. only then moves the current vault folder aside (``<vault>.before-restore-<time>``)
   and puts the restored one in its place.

Anything that goes wrong before step 6 removes the new folder and leaves the
current vault exactly as it was. Afterwards ``AuthService.after_restore()`` opens it,
audits the restore and lets the director choose a new password, which ties the vault
to this computer's password store.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.clock import Clock, SystemClock
from shelter_desk.crypto import device, recovery
from shelter_desk.crypto.keyslots import KeysFile, normalize_secret, normalize_username, open_slot
from shelter_desk.errors import ShelterDeskError, VaultDamaged, VaultTooNew
from shelter_desk.files import fsync_dir
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Role
from shelter_desk.storage import backup, migrate
from shelter_desk.storage.backup import BackupDamaged, BackupError, Manifest
from shelter_desk.storage.db import Database, WrongDatabaseKey
from shelter_desk.storage.instance import InstanceLock
from shelter_desk.storage.models import Account
from shelter_desk.storage.vault import BACKUPS_NAME, DB_NAME, KEYS_NAME, Vault, device_label

PASSWORD = "password"
RECOVERY_CODE = "recovery code"


class BackupOfAnotherShelter(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "This backup belongs to another shelter's vault, not to the one in {folder}. Nothing was "
        "changed. To restore it, choose an empty folder for it.",
    )


class BackupNeedsRecoveryCode(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "The director passwords in this backup only work on the computer where they were set. "
        "On this computer, use the recovery code from the Recovery Sheet instead. Nothing was changed.",
    )


class WrongPasswordForBackup(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "That username and password do not open this backup. Nothing was changed."
    )


class WrongRecoveryCodeForBackup(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "That recovery code does not open this backup. A backup made before the data key was "
        "changed needs the Recovery Sheet from that time. Nothing was changed.",
    )


class NotADirector(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "Only a director's password can restore a backup. Nothing was changed."
    )


class NoCredential(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "Type a director's password or the recovery code to open the backup."
    )


class RestoreFailedCheck(BackupError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "The backup did not pass its check ({what}), so it was not restored. Nothing was changed."
    )


# What failed, filled into RestoreFailedCheck.
CHECK_CIPHER = QT_TRANSLATE_NOOP("errors", "encryption: damaged pages")
CHECK_SQLITE = QT_TRANSLATE_NOOP("errors", "database structure")
CHECK_AUDIT = QT_TRANSLATE_NOOP("errors", "the audit trail was changed")
CHECK_KEYS = QT_TRANSLATE_NOOP("errors", "the key file was changed")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    manifest: Manifest
    vault_id: str
    director_slots: int
    has_recovery: bool

    @property
    def created(self) -> datetime | None:
        return self.manifest.created


@dataclass
class RestoreResult:
    folder: Path
    info: BackupInfo
    via: str  # PASSWORD or RECOVERY_CODE
    username: str | None  # the director whose password opened it
    moved_aside: Path | None
    migrated_from: str | None
    checked_events: int
    dek: bytes = field(repr=False, default=b"")


def _fail_missing(path: Path) -> BackupError:
    return BackupError(QT_TRANSLATE_NOOP("errors", "The backup file {name} is not there any more."), name=path.name)


def inspect_backup(path: Path | str) -> BackupInfo:
    """What a backup file is, after checking it is whole. Needs no password."""
    path = Path(path)
    try:
        size = path.stat().st_size
        manifest = backup.read_manifest(path, check_data=True)
    except FileNotFoundError:
        raise _fail_missing(path) from None
    except IsADirectoryError:
        raise backup.NotABackup() from None
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            keys = KeysFile.from_bytes(zf.read(backup.KEYS_MEMBER))
    except (zipfile.BadZipFile, KeyError, EOFError):
        raise BackupDamaged() from None
    except VaultTooNew:
        raise backup.BackupTooNew() from None
    except VaultDamaged:
        raise BackupDamaged() from None
    if manifest.vault_id and manifest.vault_id != keys.vault_id:
        raise BackupDamaged()
    return BackupInfo(
        path=path, size=size, manifest=manifest, vault_id=keys.vault_id,
        director_slots=len([s for s in keys.slots if s.kind == "staff"]),
        has_recovery=bool(keys.recovery_slots()),
    )


def _existing_vault_id(folder: Path) -> str | None:
    try:
        return KeysFile.load(folder / KEYS_NAME).vault_id
    except (OSError, ShelterDeskError):
        return None  # none there, or damaged: a damaged vault is what restore is for


def _find_key(keys: KeysFile, username: str | None, password: str | None,
              code: str | None) -> tuple[list[tuple[bytes, str | None]], str]:
    """Every (data key, username) the credential opens in this key file."""
    if code:
        compact = recovery.normalize(code)  # a typo is told as a typo
        found = []
        for slot in keys.recovery_slots():
            dek = open_slot(slot, keys.vault_id, compact.encode("ascii"), None)
            if dek is not None:
                found.append((dek, None))
        if not found:
            raise WrongRecoveryCodeForBackup()
        return found, RECOVERY_CODE
    if not password:
        raise NoCredential()
    name = normalize_username(username) if username else None
    slots = [s for s in keys.slots if s.kind == "staff" and (name is None or s.username == name)]
    secret = normalize_secret(password)
    dev = device.load(keys.vault_id)
    backend = device.backend_name()
    here = device_label(backend, dev) if dev is not None and backend is not None else None
    found, elsewhere = [], 0
    for slot in slots:
        if slot.device_backend is not None and slot.device_backend != here:
            elsewhere += 1
            continue
        dek = open_slot(slot, keys.vault_id, secret, dev if slot.device_backend else None)
        if dek is not None:
            found.append((dek, slot.username))
    if not found:
        if slots and elsewhere == len(slots):
            raise BackupNeedsRecoveryCode()
        raise WrongPasswordForBackup()
    return found, PASSWORD


def _check_copy(folder: Path, keys: KeysFile, candidates: list[tuple[bytes, str | None]],
                via: str) -> tuple[bytes, str | None, str, int]:
    """Open the unpacked copy, run every check; returns (key, username, schema, audit events)."""
    last: Exception | None = None
    for dek, username in candidates:
        try:
            db = Database(folder / DB_NAME, dek)
        except WrongDatabaseKey as exc:
            last = exc
            continue
        except Exception:  # noqa: BLE001 - a file SQLCipher cannot read at all
            raise BackupDamaged() from None
        try:
            problems = db.integrity_problems()
            if any(p.startswith("cipher") for p in problems):
                raise RestoreFailedCheck(what=CHECK_CIPHER)
            if problems:
                raise RestoreFailedCheck(what=CHECK_SQLITE)
            schema = migrate.current_revision(db.engine)
            if schema is None:
                raise BackupDamaged()
            if schema not in migrate.known_revisions():
                raise VaultTooNew()
            with db.read() as session:
                chain = audit.verify(session)
                if via == PASSWORD:
                    account = session.scalars(select(Account).where(Account.username == username)).first()
                    if account is None or not account.active or account.role != Role.DIRECTOR.value:
                        raise NotADirector()
            if not chain.intact:
                raise RestoreFailedCheck(what=CHECK_AUDIT)
            if not keys.verify(dek):
                raise RestoreFailedCheck(what=CHECK_KEYS)
            return dek, username, schema, chain.checked
        except ShelterDeskError:
            raise
        except Exception:  # noqa: BLE001 - an unreadable page, a missing table
            raise BackupDamaged() from None
        finally:
            db.close()
    raise BackupDamaged() from last


def restore_backup(
    backup_path: Path | str,
    vault_dir: Path | str,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_code: str | None = None,
    clock: Clock | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RestoreResult:
    """Restore ``backup_path`` into ``vault_dir`` (see the module's description)."""
    clock = clock or SystemClock()
    step = progress or (lambda done, total: None)
    backup_path, vault_dir = Path(backup_path), Path(vault_dir)
    if recovery_code:
        recovery.normalize(recovery_code)  # a typo first, before reading anything
    elif not password:
        raise NoCredential()
    step(0, 6)
    info = inspect_backup(backup_path)
    step(1, 6)
    existing = _existing_vault_id(vault_dir)
    if existing is not None and existing != info.vault_id:
        raise BackupOfAnotherShelter(folder=str(vault_dir))
    vault_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = vault_dir.parent / f".{vault_dir.name}.restoring-{secrets.token_hex(4)}"
    staging.mkdir()
    moved_aside: Path | None = None
    try:
        if os.name != "nt":
            os.chmod(staging, 0o700)
        (staging / BACKUPS_NAME).mkdir()
        backup.extract(backup_path, staging)
        step(2, 6)
        try:
            keys = KeysFile.load(staging / KEYS_NAME)
        except VaultDamaged:
            raise BackupDamaged() from None
        candidates, via = _find_key(keys, username, password, recovery_code)
        step(3, 6)
        dek, who, _schema, events = _check_copy(staging, keys, candidates, via)
        step(4, 6)
        # An older schema is brought up to date here, before anything is swapped (with the
        # usual automatic backup first, into the restored vault's own backups folder).
        copy = Vault(staging)
        try:
            report = copy.open([dek], now=clock.now())
        finally:
            copy.close()
        step(5, 6)
        moved_aside = _swap(staging, vault_dir, clock.now())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    step(6, 6)
    return RestoreResult(
        folder=vault_dir, info=info, via=via, username=who, moved_aside=moved_aside,
        migrated_from=report.migrated_from, checked_events=events, dek=dek,
    )


def _swap(staging: Path, vault_dir: Path, now: datetime) -> Path | None:
    """Move the current vault folder aside (if there is one) and the restored one into its place."""
    aside: Path | None = None
    if vault_dir.exists():
        if vault_dir.is_dir() and not any(vault_dir.iterdir()):
            vault_dir.rmdir()
        else:
            lock = InstanceLock(vault_dir)
            lock.acquire()  # VaultInUse: another program has it open; nothing changed
            lock.release()
            stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
            aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-{stamp}")
            n = 2
            while aside.exists():
                aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-{stamp}-{n}")
                n += 1
            os.replace(vault_dir, aside)
    try:
        os.replace(staging, vault_dir)
    except BaseException:
        if aside is not None:
            os.replace(aside, vault_dir)
        raise
    fsync_dir(vault_dir.parent)
    return aside
