"""First-run setup: a new vault with its director, recovery code and device binding."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from shelter_desk import audit, passwords
from shelter_desk.clock import Clock, SystemClock, utc_iso
from shelter_desk.crypto import device, kdf, recovery
from shelter_desk.crypto.kdf import KdfParams
from shelter_desk.crypto.keyslots import (
    RECOVERY,
    STAFF,
    KeysFile,
    hkdf,
    make_slot,
    normalize_secret,
)
from shelter_desk.desk import Desk, SignedIn
from shelter_desk.errors import VaultExists
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Role
from shelter_desk.services.settings import IDLE_LOCK_DEFAULT, Keys
from shelter_desk.services.validation import clean_text, clean_username
from shelter_desk.storage import migrate
from shelter_desk.storage.db import Database
from shelter_desk.storage.models import Account, AuditKey, Setting
from shelter_desk.storage.vault import (
    BACKUPS_NAME,
    DB_NAME,
    KEYS_NAME,
    Vault,
    device_label,
    new_data_key,
)


@dataclass
class SetupResult:
    desk: Desk
    recovery_code: str
    binding: device.DeviceBinding
    params: KdfParams


def create_vault(
    folder: Path,
    *,
    shelter_name: str,
    username: str,
    display_name: str,
    password: str,
    params: KdfParams | None = None,
    clock: Clock | None = None,
) -> SetupResult:
    """Make a new vault in ``folder`` and sign its director in."""
    clock = clock or SystemClock()
    folder = Path(folder)
    shelter_name = clean_text(shelter_name, field="shelter_name", label=QT_TRANSLATE_NOOP("fields", "the shelter's name"))
    username = clean_username(username)
    display_name = clean_text(display_name, field="display_name", label=QT_TRANSLATE_NOOP("fields", "your name"))
    passwords.check(password, username=username, shelter_name=shelter_name)
    params = params or kdf.default_params()
    kdf.check(params)
    if Vault.partly_exists(folder):
        raise VaultExists(folder=str(folder))

    created_folder = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(folder, 0o700)
    (folder / BACKUPS_NAME).mkdir(exist_ok=True)
    keys = KeysFile.new()
    dek = new_data_key()
    binding = device.create(keys.vault_id)
    code = recovery.new_code()
    now = clock.now()
    try:
        keys.slots.append(
            make_slot(
                vault_id=keys.vault_id,
                dek=dek,
                kind=STAFF,
                username=username,
                secret=normalize_secret(password),
                params=params,
                device_secret=binding.secret,
                device_backend=device_label(binding.backend, binding.secret)
                if binding.secret and binding.backend
                else None,
            )
        )
        keys.slots.append(
            make_slot(
                vault_id=keys.vault_id,
                dek=dek,
                kind=RECOVERY,
                username=None,
                secret=recovery.normalize(code).encode("ascii"),
                params=params,
                device_secret=None,
                device_backend=None,
            )
        )
        db = Database(folder / DB_NAME, dek)
        try:
            migrate.upgrade(db.engine)
            with db.write() as session:
                for key, value in {
                    Keys.SHELTER_NAME: shelter_name,
                    Keys.VAULT_ID: keys.vault_id,
                    Keys.CREATED_AT: utc_iso(now),
                    Keys.IDLE_LOCK_MINUTES: str(IDLE_LOCK_DEFAULT),
                }.items():
                    session.add(Setting(key=key, value=value))
                session.add(AuditKey(epoch=1, key=hkdf(dek, "audit"), created_at=now))
                account = Account(
                    username=username,
                    display_name=display_name,
                    role=Role.DIRECTOR.value,
                    active=True,
                    must_change_password=False,
                    created_at=now,
                    updated_at=now,
                    password_changed_at=now,
                )
                session.add(account)
                session.flush()
                actor = audit.Actor(account.id, username)
                bound = "bound to this computer's password store" if binding.secret else "password only"
                audit.record(session, actor=actor, action=audit.Action.VAULT_CREATED, at=now,
                             summary=f"vault set up; sign-ins {bound}; Argon2 t={params.time_cost}")
                audit.record(session, actor=actor, action=audit.Action.ACCOUNT_CREATED, at=now,
                             entity_type="account", entity_id=account.id,
                             summary=f"{username} added as director")
                audit.record(session, actor=actor, action=audit.Action.SIGN_IN, at=now,
                             entity_type="account", entity_id=account.id)
                account_id = account.id
        finally:
            db.close()
        keys.seal(dek)
        keys.save(folder / KEYS_NAME)
    except BaseException:
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME):
            (folder / name).unlink(missing_ok=True)
        if created_folder:
            shutil.rmtree(folder, ignore_errors=True)
        if binding.secret:
            device.forget(keys.vault_id)
        raise

    vault = Vault(folder)
    vault.set_device_secret(binding.secret)
    vault.open([dek], now=now)
    desk = Desk(vault, clock)
    desk.current = SignedIn(account_id, username, display_name, Role.DIRECTOR, now)
    return SetupResult(desk=desk, recovery_code=code, binding=binding, params=params)
