"""Backups: "Back up now" to a folder or USB stick, the automatic ones, checking the vault.

- **Back up now** (director): one ``.sdbackup`` file named with the shelter and the
  date, in the folder chosen (never made if it is not there: a USB stick that was
  taken out must not turn into a folder on the PC). It carries the directors' key
  slots and the recovery slot only, sealed again, so a lost stick can be opened
  only with a director's password (on this PC) or the Recovery Sheet.
- **Automatic backups** in the vault's ``backups/`` at sign-out and close, at most
  one an hour, keeping the newest of each of the last 7 days that have one and of
  each of the last 4 weeks. They carry the whole key file, as it is next to them.
- **Check the vault**: cipher integrity, SQLite integrity, the audit chain and the
  key file's seal, one line each.

Every backup, failed backup and check is audited, without names or paths.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from shelter_desk import audit
from shelter_desk.clock import parse_utc_iso, utc_iso
from shelter_desk.crypto.keyslots import RECOVERY, STAFF, KeysFile
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission, Role
from shelter_desk.services.settings import Keys
from shelter_desk.storage import backup
from shelter_desk.storage.backup import (
    AUTOMATIC,
    OUTSIDE,
    SUFFIX,
    BackupWriteFailed,
    write_failure,
)
from shelter_desk.storage.models import Account, Setting

log = logging.getLogger(__name__)

AUTO_PREFIX = "auto-"
STAMP = "%Y%m%d-%H%M%S"
AUTO_EVERY = timedelta(hours=1)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
REMIND_AFTER = timedelta(days=7)
LAST_OUTSIDE = "backup.last_outside_at"  # a setting: when the last "Back up now" was verified

_AUTO_NAME = re.compile(r"^auto-(\d{8}-\d{6})(?:-\d+)?\.sdbackup$")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

COPY_BAD = QT_TRANSLATE_NOOP(
    "errors", "the copy of the database did not pass its check (use Check the vault to look at the vault itself)"
)
DB_FULL = QT_TRANSLATE_NOOP("errors", "the computer's own disk is full")
DB_COPY_FAILED = QT_TRANSLATE_NOOP("errors", "the database could not be copied")
EXISTS = QT_TRANSLATE_NOOP("errors", "a file with that name is already there (a backup never replaces another file)")


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int  # bytes
    removed: int = 0  # older automatic backups removed by the rotation


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    made: datetime  # local time, from the name
    size: int


@dataclass(frozen=True)
class BackupStatus:
    last_outside: datetime | None  # the last verified "Back up now" (UTC)
    remind: bool  # no backup to outside media for 7 days
    automatic: list[AutoBackup]  # newest first
    folder: Path  # the vault's backups folder


@dataclass(frozen=True)
class CheckLine:
    label: str  # translatable (context "checks")
    ok: bool
    template: str  # translatable (context "checks"), filled with ``params``
    params: dict[str, object] = field(default_factory=dict)

    @property
    def detail(self) -> str:
        return self.template.format(**self.params)


CHECK_CIPHER = QT_TRANSLATE_NOOP("checks", "Encryption (cipher integrity)")
CHECK_SQLITE = QT_TRANSLATE_NOOP("checks", "Database structure (SQLite integrity)")
CHECK_AUDIT = QT_TRANSLATE_NOOP("checks", "Audit trail (hash chain)")
CHECK_KEYS = QT_TRANSLATE_NOOP("checks", "Key file seal (shelter.keys)")
DETAIL_OK = QT_TRANSLATE_NOOP("checks", "ok")
DETAIL_CIPHER_OK = QT_TRANSLATE_NOOP("checks", "every page opens with the data key and its seal fits")
DETAIL_CIPHER_BAD = QT_TRANSLATE_NOOP("checks", "{n} damaged page(s): {first}")
DETAIL_SQLITE_BAD = QT_TRANSLATE_NOOP("checks", "damaged: {what}")
DETAIL_AUDIT_OK = QT_TRANSLATE_NOOP("checks", "{n} events, chain intact")
DETAIL_AUDIT_BAD = QT_TRANSLATE_NOOP("checks", "broken at event {at}: {why}")
DETAIL_KEYS_OK = QT_TRANSLATE_NOOP("checks", "sealed, {n} sign-in slot(s)")
DETAIL_KEYS_BAD = QT_TRANSLATE_NOOP("checks", "the key file on disk does not fit its seal: it was changed outside Shelter Desk")
DETAIL_KEYS_RESEALED = QT_TRANSLATE_NOOP(
    "checks", "it had been changed outside Shelter Desk; it was sealed again at this sign-in (see the audit trail)")


def safe_name(text: str, fallback: str = "Shelter") -> str:
    """A file-name part from the shelter's name: letters and digits of any script, dashes."""
    text = unicodedata.normalize("NFC", text or "")
    text = _UNSAFE.sub(" ", text)
    words = [w for w in re.split(r"[\s.]+", text) if w]
    name = "-".join(words)[:48].strip("-")
    return name or fallback


def backup_file_name(shelter_name: str, day: date) -> str:
    return f"{safe_name(shelter_name)}-{day.isoformat()}{SUFFIX}"


def unique_path(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or ``name-2``, ``name-3``…: a backup never replaces another."""
    path = folder / name
    stem = name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return path


def auto_time(path: Path) -> datetime | None:
    match = _AUTO_NAME.match(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP).astimezone()
    except ValueError:
        return None


def to_keep(backups: list[tuple[datetime, Path]], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[Path]:
    """The automatic backups the rotation keeps: the newest of each of the last ``daily``
    days that have one, and of each of the last ``weekly`` ISO weeks."""
    newest_first = sorted(backups, key=lambda item: item[0], reverse=True)
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for made, path in newest_first:
        day = made.date()
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(path)
        week = tuple(made.isocalendar())[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(path)
    return keep


class BackupService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    @property
    def vault(self):  # noqa: ANN201
        return self.desk.vault

    # --- Back up now ----------------------------------------------------------------------
    def back_up_to(self, folder: Path | str, progress: backup.Progress | None = None, *,
                   name: str | None = None) -> BackupMade:
        """One verified backup file in ``folder`` (a USB stick or a folder the director chose).

        The file is named with the shelter and the date unless ``name`` is given (the
        command line's ``--to FILE``); an existing file is never replaced.
        """
        self.desk.require(Permission.MAKE_BACKUPS)
        folder = Path(folder)
        with self.desk.mutex:  # the data key must not change, nor the vault close, meanwhile
            if not folder.is_dir():
                self._failed("backup to outside media", BackupWriteFailed(reason=backup.GONE))
            vault = self.vault
            if name is not None:
                destination = folder / (name if name.endswith(SUFFIX) else name + SUFFIX)
                if destination.exists():
                    raise BackupWriteFailed(reason=EXISTS)
            else:
                shelter = self._setting(Keys.SHELTER_NAME)
                destination = unique_path(folder, backup_file_name(shelter, self.desk.today()))
            now = self.desk.now()
            try:
                vault.backup_to(
                    destination, now=now, note="made with Back up now", kind=OUTSIDE,
                    keys_bytes=self._outside_keys(), work_dir=vault.backups_dir, make_folder=False,
                    progress=progress,
                )
            except BackupWriteFailed as exc:
                self._failed("backup to outside media", exc)
            except OSError as exc:
                self._failed("backup to outside media", self._os_failure(exc))
            except (DBAPIError, sqlcipher.Error) as exc:
                self._failed("backup to outside media", self._db_failure(exc))
            size = destination.stat().st_size
            with self.desk.write() as session:
                row = session.get(Setting, LAST_OUTSIDE)
                if row is None:
                    session.add(Setting(key=LAST_OUTSIDE, value=utc_iso(now)))
                else:
                    row.value = utc_iso(now)
                self.desk.record(session, audit.Action.BACKUP_MADE, entity_type="backup",
                                 entity_id=destination.name[:64],
                                 summary=f"backup to a folder or USB stick chosen by the director, "
                                         f"verified ({_megabytes(size)} MB)")
        self.desk.changed("backups")
        return BackupMade(destination, size)

    def _outside_keys(self) -> bytes:
        """The directors' slots and the recovery slot, sealed for the data key."""
        vault = self.vault
        with self.desk.read() as session:
            directors = set(session.scalars(select(Account.username).where(
                Account.role == Role.DIRECTOR.value, Account.active.is_(True))))
        keys = KeysFile(
            vault_id=vault.keys.vault_id,
            slots=[s for s in vault.keys.slots
                   if s.kind == RECOVERY or (s.kind == STAFF and s.username in directors)],
        )
        keys.seal(vault.dek)
        return keys.to_bytes()

    # --- automatic backups ----------------------------------------------------------------------
    def automatic_backups(self) -> list[AutoBackup]:
        folder = self.vault.backups_dir
        found = []
        try:
            entries = list(folder.iterdir())
        except OSError:
            return []
        for path in entries:
            made = auto_time(path)
            if made is None:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(AutoBackup(path, made, size))
        return sorted(found, key=lambda b: b.made, reverse=True)

    def automatic_due(self) -> bool:
        """True when the vault is open and the newest automatic backup is an hour old or more."""
        if not self.vault.is_open:
            return False
        existing = self.automatic_backups()
        if not existing:
            return True
        return self.desk.now().astimezone() - existing[0].made >= AUTO_EVERY

    def make_automatic(self, *, force: bool = False, kind: str = AUTOMATIC,
                       progress: backup.Progress | None = None) -> BackupMade | None:
        """The program's own backup into ``backups/`` (at sign-out, close, after a key change).

        No permission is needed: it is the program's safety net, made for whoever signs out.
        Returns None when one was made less than an hour ago. A failure is audited and raised.
        """
        with self.desk.mutex:
            vault = self.vault
            if not vault.is_open or (not force and not self.automatic_due()):
                return None
            now = self.desk.now()
            folder = vault.backups_dir
            destination = unique_path(folder, f"{AUTO_PREFIX}{now.astimezone():{STAMP}}{SUFFIX}")
            what = "automatic backup" if kind == AUTOMATIC else "backup after the data key was changed"
            try:
                vault.backup_to(destination, now=now, note=what, kind=kind, work_dir=folder, progress=progress)
            except BackupWriteFailed as exc:
                self._failed(what, exc)
            except OSError as exc:
                self._failed(what, self._os_failure(exc))
            except (DBAPIError, sqlcipher.Error) as exc:
                self._failed(what, self._db_failure(exc))
            removed = self.prune()
            size = destination.stat().st_size
            self.desk.record_alone(
                audit.Action.BACKUP_MADE, entity_type="backup", entity_id=destination.name,
                summary=f"{what} in the vault's backups folder, verified ({_megabytes(size)} MB); "
                        f"{removed} older automatic backup(s) removed",
            )
        self.desk.changed("backups")
        return BackupMade(destination, size, removed)

    def prune(self) -> int:
        """Remove the automatic backups the rotation does not keep; returns how many went."""
        existing = self.automatic_backups()
        keep = to_keep([(b.made, b.path) for b in existing])
        removed = 0
        for item in existing:
            if item.path in keep:
                continue
            try:
                item.path.unlink()
                removed += 1
            except OSError as exc:  # kept for the next time; never a reason to fail a backup
                log.warning("an old automatic backup could not be removed: %s", type(exc).__name__)
        return removed

    # --- status ------------------------------------------------------------------------------
    def status(self) -> BackupStatus:
        self.desk.require(Permission.MAKE_BACKUPS)
        last = self._last_outside()
        return BackupStatus(last, self._remind(last), self.automatic_backups(), self.vault.backups_dir)

    def needs_reminder(self) -> bool:
        """For the director's Today board: no backup to outside media for 7 days."""
        self.desk.require(Permission.MAKE_BACKUPS)
        return self._remind(self._last_outside())

    def _last_outside(self) -> datetime | None:
        value = self._setting(LAST_OUTSIDE)
        try:
            return parse_utc_iso(value) if value else None
        except ValueError:
            return None

    def _remind(self, last: datetime | None) -> bool:
        since = last
        if since is None:
            created = self._setting(Keys.CREATED_AT)
            try:
                since = parse_utc_iso(created) if created else None
            except ValueError:
                since = None
        return since is None or self.desk.now() - since >= REMIND_AFTER

    # --- checking the vault ---------------------------------------------------------------------
    def verify_vault(self, open_report=None) -> list[CheckLine]:  # noqa: ANN001
        """Cipher integrity, SQLite integrity, the audit chain, the key file's seal; audited."""
        self.desk.require(Permission.VIEW_AUDIT)
        vault = self.vault
        lines: list[CheckLine] = []
        with self.desk.mutex:
            problems = vault.db.integrity_problems()
            cipher = [p.removeprefix("cipher: ") for p in problems if p.startswith("cipher: ")]
            sqlite = [p.removeprefix("sqlite: ") for p in problems if p.startswith("sqlite: ")]
            lines.append(CheckLine(CHECK_CIPHER, True, DETAIL_CIPHER_OK) if not cipher else
                         CheckLine(CHECK_CIPHER, False, DETAIL_CIPHER_BAD, {"n": len(cipher), "first": cipher[0]}))
            lines.append(CheckLine(CHECK_SQLITE, True, DETAIL_OK) if not sqlite else
                         CheckLine(CHECK_SQLITE, False, DETAIL_SQLITE_BAD, {"what": "; ".join(sqlite[:3])}))
            with self.desk.read() as session:
                chain = audit.verify(session)
            lines.append(CheckLine(CHECK_AUDIT, True, DETAIL_AUDIT_OK, {"n": chain.checked}) if chain.intact else
                         CheckLine(CHECK_AUDIT, False, DETAIL_AUDIT_BAD, {"at": chain.broken_at, "why": chain.reason}))
            try:
                on_disk = KeysFile.load(vault.keys_path).verify(vault.dek)
            except Exception:  # noqa: BLE001 - unreadable counts as "does not fit"
                on_disk = False
            changed_before = bool(open_report is not None and getattr(open_report, "keys_file_changed", False))
            if not on_disk:
                keys_line = CheckLine(CHECK_KEYS, False, DETAIL_KEYS_BAD)
            elif changed_before:
                keys_line = CheckLine(CHECK_KEYS, False, DETAIL_KEYS_RESEALED)
            else:
                keys_line = CheckLine(CHECK_KEYS, True, DETAIL_KEYS_OK, {"n": len(vault.keys.slots)})
            lines.append(keys_line)
        ok = all(line.ok for line in lines)
        self.desk.record_alone(
            audit.Action.VAULT_VERIFIED, severity=audit.INFO if ok else audit.HIGH,
            summary="; ".join(f"{_short(line.label)} {'ok' if line.ok else 'PROBLEM'}" for line in lines),
        )
        return lines

    # --- helpers ---------------------------------------------------------------------------------
    def _setting(self, key: str) -> str:
        with self.desk.read() as session:
            row = session.get(Setting, key)
            return row.value if row else ""

    def _failed(self, what: str, exc: BackupWriteFailed) -> None:
        """Audit a failed backup (reason only: no paths) and raise it."""
        try:
            self.desk.record_alone(audit.Action.BACKUP_FAILED, severity=audit.HIGH,
                                   summary=f"{what} failed: {exc.message}"[:300])
        except Exception as audit_exc:  # noqa: BLE001 - the backup's own error is the one to show
            log.error("a failed backup could not be audited: %s", type(audit_exc).__name__)
        raise exc

    @staticmethod
    def _os_failure(exc: OSError) -> BackupWriteFailed:
        if exc.errno is None and "integrity" in str(exc):
            return BackupWriteFailed(reason=COPY_BAD)
        return write_failure(exc)

    @staticmethod
    def _db_failure(exc: Exception) -> BackupWriteFailed:
        text = str(getattr(exc, "orig", exc)).lower()
        return BackupWriteFailed(reason=DB_FULL if "full" in text else DB_COPY_FAILED)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def _short(label: str) -> str:
    return label.split(" (")[0].lower()
