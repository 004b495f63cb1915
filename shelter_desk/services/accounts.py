"""Staff accounts (director): add, change role, reset password, turn off and on,
a new recovery code, and rotating the data key."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select

from shelter_desk import audit, passwords
from shelter_desk.crypto import recovery
from shelter_desk.crypto.keyslots import RECOVERY, STAFF, hkdf, key_id, make_slot, normalize_secret
from shelter_desk.errors import NotSignedIn, ShelterDeskError, ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import ROLE_LABELS, Permission, Role
from shelter_desk.services.validation import clean_text, clean_username
from shelter_desk.storage.models import Account, AuditKey
from shelter_desk.storage.vault import new_data_key


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    can_sign_in_here: bool  # has a key slot usable on this computer


@dataclass(frozen=True)
class RotationResult:
    recovery_code: str
    temporary_passwords: dict[str, str]  # username -> one-time password
    backup_path: Path | None = None  # the fresh backup under the new key, in the vault's backups folder
    backup_error: ShelterDeskError | None = None  # why it could not be made (the key change itself is done)


def _role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a role from the list."), field="role") from None


class AccountService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    @property
    def vault(self):  # noqa: ANN201
        return self.desk.vault

    # --- reading ---------------------------------------------------------------------
    def list(self) -> list[AccountInfo]:
        self.desk.require(Permission.MANAGE_ACCOUNTS)
        with self.desk.read() as session:
            accounts = session.scalars(select(Account).order_by(Account.active.desc(), Account.username)).all()
        out = []
        for a in accounts:
            slots = self.vault.keys.staff_slots(a.username)
            out.append(
                AccountInfo(a.id, a.username, a.display_name, Role(a.role), a.active,
                            a.must_change_password, any(self.vault.slot_usable_here(s) for s in slots))
            )
        return out

    def _get(self, session, account_id: int) -> Account:  # noqa: ANN001
        account = session.get(Account, account_id)
        if account is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That account no longer exists."))
        return account

    def _active_directors(self, session) -> int:  # noqa: ANN001
        return int(session.scalar(
            select(func.count()).select_from(Account)
            .where(Account.role == Role.DIRECTOR.value, Account.active.is_(True))
        ) or 0)

    # --- key slots ----------------------------------------------------------------------
    def _slot(self, username: str, password: str, dek: bytes | None = None):  # noqa: ANN202
        vault = self.vault
        secret = vault.device_secret()
        label = vault.current_device_label()
        return make_slot(
            vault_id=vault.keys.vault_id, dek=dek or vault.dek, kind=STAFF, username=username,
            secret=normalize_secret(password), params=self.desk.auth._slot_params(),
            device_secret=secret if label else None, device_backend=label,
        )

    def _swap_slots(self, username: str, new_slot) -> None:  # noqa: ANN001
        before = list(self.vault.keys.slots)
        try:
            self.vault.keys.remove_user(username)
            if new_slot is not None:
                self.vault.keys.slots.append(new_slot)
            self.vault.save_keys()
        except BaseException:
            self.vault.keys.slots = before
            raise

    # --- changes ------------------------------------------------------------------------
    def add(self, username: str, display_name: str, role: Role | str) -> str:
        """Add a staff account; returns its temporary password (to be changed at first sign-in)."""
        self.desk.require(Permission.MANAGE_ACCOUNTS)
        name = clean_username(username)
        display = clean_text(display_name, field="display_name", label=QT_TRANSLATE_NOOP("fields", "the person's name"))
        role = _role(role)
        temp = passwords.temporary_password()
        now = self.desk.now()
        with self.desk.write_with_keys() as session:
            if session.scalars(select(Account).where(Account.username == name)).first():
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "The username {name} is already taken."),
                                      field="username", name=name)
            account = Account(username=name, display_name=display, role=role.value, active=True,
                              must_change_password=True, created_at=now, updated_at=now)
            session.add(account)
            session.flush()
            self.desk.record(session, audit.Action.ACCOUNT_CREATED, entity_type="account",
                             entity_id=account.id, summary=f"{name} added as {ROLE_LABELS[role].lower()}")
            self._swap_slots(name, self._slot(name, temp))
        return temp

    def set_role(self, account_id: int, role: Role | str) -> None:
        who = self.desk.require(Permission.MANAGE_ACCOUNTS)
        role = _role(role)
        with self.desk.write() as session:
            account = self._get(session, account_id)
            old = account.role
            if old == role.value:
                return
            if old == Role.DIRECTOR.value and account.active and self._active_directors(session) <= 1:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "The shelter needs at least one director. "
                                                   "Make someone else director first."), field="role")
            account.role = role.value
            account.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.ACCOUNT_ROLE_CHANGED, entity_type="account",
                             entity_id=account.id, summary=f"{account.username}: {ROLE_LABELS[Role(old)].lower()} -> {ROLE_LABELS[role].lower()}")
        if account_id == who.account_id:
            from dataclasses import replace

            self.desk.current = replace(who, role=role)

    def reset_password(self, account_id: int) -> str:
        """A new temporary password for someone who forgot theirs; returns it."""
        self.desk.require(Permission.MANAGE_ACCOUNTS)
        temp = passwords.temporary_password()
        with self.desk.write_with_keys() as session:
            account = self._get(session, account_id)
            if not account.active:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Turn this account back on first."))
            account.must_change_password = True
            account.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.ACCOUNT_PASSWORD_RESET, entity_type="account",
                             entity_id=account.id, summary=f"temporary password for {account.username}")
            self._swap_slots(account.username, self._slot(account.username, temp))
        self.vault.attempts.record_success(account.username)  # the block ends with a new password
        return temp

    def disable(self, account_id: int) -> None:
        """Turn an account off at once: its key slot is removed, its history kept."""
        who = self.desk.require(Permission.MANAGE_ACCOUNTS)
        if account_id == who.account_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "You cannot turn off your own account."))
        now = self.desk.now()
        with self.desk.write_with_keys() as session:
            account = self._get(session, account_id)
            if not account.active:
                return
            if account.role == Role.DIRECTOR.value and self._active_directors(session) <= 1:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "The shelter needs at least one director."))
            account.active = False
            account.disabled_at = now
            account.updated_at = now
            self.desk.record(session, audit.Action.ACCOUNT_DISABLED, entity_type="account",
                             entity_id=account.id, summary=f"{account.username} turned off", severity=audit.HIGH)
            self._swap_slots(account.username, None)

    def enable(self, account_id: int) -> str:
        """Turn an account back on with a temporary password; returns it."""
        self.desk.require(Permission.MANAGE_ACCOUNTS)
        temp = passwords.temporary_password()
        now = self.desk.now()
        with self.desk.write_with_keys() as session:
            account = self._get(session, account_id)
            if account.active:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This account is already on."))
            account.active = True
            account.disabled_at = None
            account.must_change_password = True
            account.updated_at = now
            self.desk.record(session, audit.Action.ACCOUNT_ENABLED, entity_type="account",
                             entity_id=account.id, summary=f"{account.username} turned back on")
            self._swap_slots(account.username, self._slot(account.username, temp))
        return temp

    # --- keys ---------------------------------------------------------------------------
    def _check_own_password(self, password: str) -> None:
        who = self.desk.signed_in()
        slots = self.vault.keys.staff_slots(who.username)
        if not self.vault.try_slots(slots, normalize_secret(password or "")):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Your password is not right."), field="password")

    def new_recovery_code(self, password: str) -> str:
        """Replace the recovery slot (a lost or used sheet); the old sheet stops working."""
        self.desk.require(Permission.ROTATE_DATA_KEY)
        self._check_own_password(password)
        code = recovery.new_code()
        slot = make_slot(
            vault_id=self.vault.keys.vault_id, dek=self.vault.dek, kind=RECOVERY, username=None,
            secret=recovery.normalize(code).encode("ascii"), params=self.desk.auth._slot_params(),
            device_secret=None, device_backend=None,
        )
        with self.desk.write_with_keys() as session:
            self.desk.record(session, audit.Action.DATA_KEY_ROTATED, severity=audit.HIGH,
                             summary="new recovery code made; the old Recovery Sheet no longer works")
            before = list(self.vault.keys.slots)
            try:
                self.vault.keys.slots = [s for s in before if s.kind != RECOVERY] + [slot]
                self.vault.save_keys()
            except BaseException:
                self.vault.keys.slots = before
                raise
        return code

    def rotate_data_key(self, password: str) -> RotationResult:
        """New data key, database re-encrypted, new recovery code, temporary passwords for the others.

        Crash-safe in three steps: (1) the key file gains slots for the new key next
        to the old ones, sealed for both; (2) ``PRAGMA rekey``; (3) the old slots go.
        Whichever key opens the database next time decides which slots stay.
        """
        who = self.desk.require(Permission.ROTATE_DATA_KEY)
        self._check_own_password(password)
        vault = self.vault
        old_dek, new_dek = vault.dek, new_data_key()
        code = recovery.new_code()
        now = self.desk.now()
        with self.desk.read() as session:
            others = session.scalars(
                select(Account).where(Account.active.is_(True), Account.id != who.account_id)
            ).all()
            other_names = [a.username for a in others]
        temps = {name: passwords.temporary_password() for name in other_names}
        new_slots = [self._slot(who.username, password, new_dek)]
        new_slots += [self._slot(name, temp, new_dek) for name, temp in temps.items()]
        new_slots.append(make_slot(
            vault_id=vault.keys.vault_id, dek=new_dek, kind=RECOVERY, username=None,
            secret=recovery.normalize(code).encode("ascii"), params=self.desk.auth._slot_params(),
            device_secret=None, device_backend=None,
        ))
        with self.desk.mutex:  # no sign-in, lock or other write may meet the key change half-way
            if vault.dek != old_dek:  # the vault was closed while the slots were made
                raise NotSignedIn()
            result = self._rotate(who, old_dek, new_dek, new_slots, code, temps, other_names, now)
            # A fresh backup under the new key, which the new Recovery Sheet opens (the old
            # backups keep the old key and need the old sheet). The key change is done either way.
            from shelter_desk.storage.backup import KEY_CHANGE

            try:
                made = self.desk.backups.make_automatic(force=True, kind=KEY_CHANGE)
            except ShelterDeskError as exc:
                return replace(result, backup_error=exc)
            return replace(result, backup_path=made.path if made else None)

    def _rotate(self, who, old_dek: bytes, new_dek: bytes, new_slots: list, code: str,  # noqa: ANN001
                temps: dict[str, str], other_names: list[str], now) -> RotationResult:  # noqa: ANN001
        vault = self.vault
        old_slots = list(vault.keys.slots)
        # Step 1: both sets of slots, sealed for both keys.
        vault.keys.slots = old_slots + new_slots
        vault.keys.rotating_to = key_id(new_dek)
        vault.keys.seal(old_dek, new_dek)
        vault.keys.save(vault.keys_path)
        try:
            with self.desk.write() as session:
                epoch = session.scalar(select(func.max(AuditKey.epoch))) or 0
                session.add(AuditKey(epoch=epoch + 1, key=hkdf(new_dek, "audit"), created_at=now))
                for account in session.scalars(select(Account).where(Account.username.in_(other_names))):
                    account.must_change_password = True
                    account.updated_at = now
                session.flush()
                self.desk.record(session, audit.Action.DATA_KEY_ROTATED, actor=who.actor, severity=audit.HIGH,
                                 summary=f"data key changed; new recovery code; temporary passwords for "
                                         f"{len(other_names)} account(s); old backups keep the old key")
            # Step 2: re-encrypt.
            vault.rekey(new_dek)
        except BaseException:
            # Put the key file back only when the database is sure to be still under the
            # old key. Otherwise keep both slot sets: the next sign-in finishes or rolls
            # back the change (dropping the new slots here would lose the data for good).
            if vault.dek == old_dek and vault.opens_with(old_dek):
                vault.keys.slots, vault.keys.rotating_to = old_slots, None
                vault.keys.seal(old_dek)
                vault.keys.save(vault.keys_path)
            raise
        # Step 3: only the new slots.
        vault.keys.slots = new_slots
        vault.keys.rotating_to = None
        vault.save_keys()
        return RotationResult(code, temps)


