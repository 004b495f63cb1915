"""The vault folder: ``shelter.db``, ``shelter.keys``, ``backups/`` and small state files.

A :class:`Vault` starts closed (only the key file is read). It opens when a key
slot yields a data key that opens the database; see ``shelter_desk.desk`` for who
may do that. Opening also finishes or rolls back an interrupted key rotation,
checks the key file's HMAC, and migrates an older schema after a backup.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from shelter_desk.crypto import device
from shelter_desk.crypto.keyslots import KeysFile, Slot, key_id, open_slot
from shelter_desk.errors import RotationUnfinished, VaultDamaged, VaultNotFound, VaultTooNew
from shelter_desk.storage import backup, migrate
from shelter_desk.storage.attempts import SignInAttempts
from shelter_desk.storage.db import Database, WrongDatabaseKey, damaged, looks_like_plain_sqlite
from shelter_desk.storage.instance import InstanceLock

DB_NAME = "shelter.db"
KEYS_NAME = "shelter.keys"
BACKUPS_NAME = "backups"
ATTEMPTS_NAME = "signin.json"


def device_label(backend: str, secret: bytes) -> str:
    """What a bound slot records: the store's name and a fingerprint of the device secret."""
    import hashlib
    import hmac

    return f"{backend}#{hmac.new(secret, b'device-id', hashlib.sha256).hexdigest()[:12]}"


@dataclass
class OpenReport:
    """What happened while opening, for the GUI to tell the director."""

    keys_file_changed: bool = False
    rotation_finished: bool = False
    rotation_rolled_back: bool = False
    migrated_from: str | None = None
    backup_path: Path | None = None
    dropped_slots: list[str] = field(default_factory=list)


class Vault:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        if not self.exists(self.folder):
            raise VaultNotFound(folder=str(self.folder))
        self.keys = KeysFile.load(self.keys_path)
        self.attempts = SignInAttempts(self.folder / ATTEMPTS_NAME)
        self.instance = InstanceLock(self.folder)
        self.db: Database | None = None
        self.dek: bytes | None = None
        self._device_secret: bytes | None = None
        self._device_loaded = False

    # --- paths ----------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def backups_dir(self) -> Path:
        return self.folder / BACKUPS_NAME

    @staticmethod
    def exists(folder: Path) -> bool:
        return (Path(folder) / KEYS_NAME).is_file() and (Path(folder) / DB_NAME).is_file()

    @staticmethod
    def partly_exists(folder: Path) -> bool:
        return (Path(folder) / KEYS_NAME).exists() or (Path(folder) / DB_NAME).exists()

    @property
    def is_open(self) -> bool:
        return self.db is not None

    # --- device binding ---------------------------------------------------------
    def device_secret(self) -> bytes | None:
        # A secret found is kept; "none" is asked again next time, because a store that was
        # locked or busy a moment ago may answer now (and a cached "none" would lead the
        # recovery flow to make a new secret over the real one).
        if not self._device_loaded or self._device_secret is None:
            self._device_secret = device.load(self.keys.vault_id)
            self._device_loaded = True
        return self._device_secret

    def set_device_secret(self, secret: bytes | None) -> None:
        self._device_secret = secret
        self._device_loaded = True

    def current_device_label(self) -> str | None:
        secret = self.device_secret()
        backend = device.backend_name()
        if secret is None or backend is None:
            return None
        return device_label(backend, secret)

    def slot_usable_here(self, slot: Slot) -> bool:
        if slot.device_backend is None:
            return True
        return slot.device_backend == self.current_device_label()

    def try_slots(self, slots: Iterable[Slot], secret: bytes) -> list[bytes]:
        """Every data key the secret opens among these slots (usually one)."""
        found: list[bytes] = []
        for slot in slots:
            dev = None
            if slot.device_backend is not None:
                dev = self.device_secret()
                if dev is None or not self.slot_usable_here(slot):
                    continue
            dek = open_slot(slot, self.keys.vault_id, secret, dev)
            if dek is not None and dek not in found:
                found.append(dek)
        return found

    # --- opening and closing ------------------------------------------------------
    def open(self, candidates: list[bytes], *, now: datetime) -> OpenReport:
        """Open the database with the first candidate key that fits."""
        if looks_like_plain_sqlite(self.db_path) or self.db_path.stat().st_size == 0:
            raise VaultDamaged()  # (SQLCipher would make an empty file a new database)
        last_error: Exception | None = None
        for dek in candidates:
            try:
                db = Database(self.db_path, dek)
            except WrongDatabaseKey as exc:
                last_error = exc
                continue
            except DatabaseError as exc:
                raise damaged(exc) from exc
            self.db, self.dek = db, dek
            try:
                return self._after_open(now)
            except BaseException:
                self.close()
                raise
        if self.keys.rotating_to:
            # An old sign-in after the database was re-encrypted: not damage.
            raise RotationUnfinished() from last_error
        raise VaultDamaged() from last_error

    def _after_open(self, now: datetime) -> OpenReport:
        assert self.db is not None and self.dek is not None
        report = OpenReport()
        kid = key_id(self.dek)
        had_mac = self.keys.verify(self.dek)
        others = [s for s in self.keys.slots if s.key_id != kid]
        rotating_to = self.keys.rotating_to
        if others or rotating_to:
            # An interrupted rotation (or slots added by hand): keep only slots for this key.
            self.keys.slots = [s for s in self.keys.slots if s.key_id == kid]
            report.dropped_slots = [o.slot_id for o in others]
            if rotating_to:
                report.rotation_finished = rotating_to == kid
                report.rotation_rolled_back = rotating_to != kid
            self.keys.rotating_to = None
        if not had_mac:
            report.keys_file_changed = True
        if others or rotating_to or not had_mac or len(self.keys.macs) != 1:
            self.save_keys()
        self._migrate_if_needed(report, now)
        return report

    def _migrate_if_needed(self, report: OpenReport, now: datetime) -> None:
        assert self.db is not None and self.dek is not None
        try:
            current = migrate.current_revision(self.db.engine)
        except DatabaseError as exc:
            raise damaged(exc) from exc
        head = migrate.head_revision()
        if current == head:
            return
        if current is None:
            # Setup always leaves a schema version. Without one the file is empty or not
            # ours (SQLCipher opens an empty file with any key): never build a fresh,
            # empty database over it.
            raise VaultDamaged()
        if current is not None and current not in migrate.known_revisions():
            raise VaultTooNew()
        report.backup_path = self.backup_to(
            self.backups_dir / f"before-upgrade-{now:%Y%m%d-%H%M%S}{backup.SUFFIX}",
            now=now,
            note=f"automatic backup before upgrading from {current}",
        )
        migrate.upgrade(self.db.engine)
        report.migrated_from = current

    def backup_to(
        self,
        destination: Path,
        *,
        now: datetime,
        note: str,
        kind: str = backup.BEFORE_UPGRADE,
        keys_bytes: bytes | None = None,
        work_dir: Path | None = None,
        make_folder: bool = True,
        progress: backup.Progress | None = None,
    ) -> Path:
        """Write a verified backup (by default of the whole key file, as it is on disk)."""
        assert self.db is not None and self.dek is not None
        try:
            schema = migrate.current_revision(self.db.engine)
        except DatabaseError:
            schema = None
        return backup.write_backup(
            self.db,
            self.keys_path.read_bytes() if keys_bytes is None else keys_bytes,
            self.dek,
            destination,
            now=now,
            note=note,
            kind=kind,
            vault_id=self.keys.vault_id,
            schema=schema,
            work_dir=work_dir,
            make_folder=make_folder,
            progress=progress,
        )

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        self.db = None
        self.dek = None

    def save_keys(self) -> None:
        assert self.dek is not None
        self.keys.seal(self.dek)
        self.keys.save(self.keys_path)

    def rekey(self, new_dek: bytes) -> None:
        """Re-encrypt the database under a new key (``PRAGMA rekey``) and reopen it."""
        assert self.db is not None and self.dek is not None
        from shelter_desk.storage.db import connect_raw

        self.db.close()
        conn = connect_raw(self.db_path, self.dek)
        rekeyed = False
        try:
            conn.execute(f"PRAGMA rekey = \"x'{new_dek.hex()}'\"")
            # From here on the file is under the new key, whatever fails next: the old key
            # must never again be taken for the one that opens it.
            rekeyed = True
            self.dek = new_dek
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            self.db = Database(self.db_path, new_dek)
        except BaseException:
            conn.close()
            if rekeyed:
                self.close()  # the next sign-in opens it with whichever key fits
            raise

    def opens_with(self, dek: bytes) -> bool:
        """True only if the database file opens, right now, with this key."""
        from shelter_desk.storage.db import connect_raw

        try:
            conn = connect_raw(self.db_path, dek)
        except Exception:  # noqa: BLE001 - "not sure" counts as "no"
            return False
        conn.close()
        return True


def new_data_key() -> bytes:
    return secrets.token_bytes(32)
