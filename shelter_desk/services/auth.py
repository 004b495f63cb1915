"""Signing in and out, locking, switching user, the recovery code, own password."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from shelter_desk import audit, passwords
from shelter_desk.crypto import device, kdf, recovery
from shelter_desk.crypto.keyslots import STAFF, make_slot, normalize_secret, normalize_username
from shelter_desk.desk import SESSION_LIMIT, SignedIn
from shelter_desk.errors import (
    AccountDisabled,
    DeviceSecretMissing,
    NotSignedIn,
    SignInBlocked,
    ValidationError,
    VaultDamaged,
    WrongPassword,
    WrongRecoveryCode,
)
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission, Role
from shelter_desk.services.settings import Keys
from shelter_desk.storage.attempts import UNKNOWN
from shelter_desk.storage.models import Account, Setting
from shelter_desk.storage.vault import OpenReport, device_label

RECOVERY_BUCKET = "(recovery code)"


@dataclass
class RecoveryTicket:
    """Proof that the recovery code was right: lets a director set a new password once."""

    token: str
    directors: list[tuple[str, str]]  # (username, display name)


class AuthService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk
        self.last_open_report: OpenReport | None = None
        self._ticket: str | None = None
        self._ticket_reason = "with the recovery code"

    # --- helpers ---------------------------------------------------------------------
    @property
    def vault(self):  # noqa: ANN201
        return self.desk.vault

    def _check_backoff(self, bucket: str) -> None:
        wait = self.vault.attempts.wait_seconds(bucket, self.desk.now())
        if wait > 0:
            raise SignInBlocked(wait)

    def _failed(self, bucket: str, reason: str) -> None:
        """Count and audit a failure; raise the error the person should see."""
        now = self.desk.now()
        db_open = self.vault.is_open
        delay = self.vault.attempts.record_failure(bucket, now, reason, pending=not db_open)
        if db_open:
            self.desk.record_alone(
                audit.Action.SIGN_IN_FAILED,
                actor=audit.Actor(None, bucket),
                summary=reason,
                severity=audit.HIGH if delay else audit.INFO,
            )
        if delay:
            raise SignInBlocked(delay)

    def _open(self, deks: list[bytes]) -> None:
        if self.vault.is_open:
            if not any(hmac.compare_digest(d, self.vault.dek) for d in deks):
                raise VaultDamaged()
            return
        self.last_open_report = self.vault.open(deks, now=self.desk.now())

    def _flush_pending(self, session) -> None:  # noqa: ANN001
        for item in self.vault.attempts.pending():
            audit.record(
                session,
                actor=audit.Actor(None, item.username),
                action=audit.Action.SIGN_IN_FAILED,
                at=item.at,
                summary=f"{item.reason} (while the vault was closed)",
            )

    def _report_events(self, session, actor: audit.Actor) -> None:  # noqa: ANN001
        report, self.last_open_report = self.last_open_report, None
        if report is None:
            return
        if report.keys_file_changed:
            audit.record(session, actor=audit.SYSTEM, action=audit.Action.KEYS_FILE_CHANGED,
                         at=self.desk.now(), severity=audit.HIGH,
                         summary="shelter.keys did not match its seal: it was changed outside Shelter Desk")
        if report.rotation_finished or report.rotation_rolled_back:
            what = "finished" if report.rotation_finished else "rolled back"
            audit.record(session, actor=audit.SYSTEM, action=audit.Action.DATA_KEY_ROTATED,
                         at=self.desk.now(), severity=audit.HIGH,
                         summary=f"an interrupted data key change was {what}")
        if report.migrated_from:
            audit.record(session, actor=audit.SYSTEM, action=audit.Action.VAULT_MIGRATED,
                         at=self.desk.now(),
                         summary=f"database upgraded from {report.migrated_from} after a backup")
        self.desk.pending_open_report = report

    # --- signing in ---------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> SignedIn:
        """Sign in from the sign-in screen, or unlock / switch user from the lock screen."""
        with self.desk.mutex:  # the slots tried and the key in use must not change meanwhile
            return self._sign_in(username, password)

    def _sign_in(self, username: str, password: str) -> SignedIn:
        name = normalize_username(username or "")
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please type your username."), field="username")
        if not password:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please type your password."), field="password")
        slots = self.vault.keys.staff_slots(name)
        bucket = name if slots else UNKNOWN
        self._check_backoff(bucket)
        secret = normalize_secret(password)
        if not slots:
            # Same work as a real try, so timing does not reveal which usernames exist.
            kdf.derive(secret, b"\0" * kdf.SALT_LEN, kdf.default_params())
            self._failed(bucket, "unknown username")
            raise WrongPassword()
        if all(not self.vault.slot_usable_here(s) for s in slots):
            raise DeviceSecretMissing()
        deks = self.vault.try_slots(slots, secret)
        if not deks:
            self._failed(bucket, "wrong password")
            raise WrongPassword()
        self._open(deks)
        return self._start_session(name)

    def _start_session(self, name: str, *, via_recovery: bool = False) -> SignedIn:
        desk = self.desk
        previous, was_locked = desk.current, desk.locked
        now = desk.now()
        with desk.write() as session:
            account = session.scalars(select(Account).where(Account.username == name)).first()
            if account is None or not account.active:
                actor = audit.Actor(account.id if account else None, name)
                audit.record(session, actor=actor, action=audit.Action.SIGN_IN_FAILED, at=now,
                             severity=audit.HIGH, summary="account is turned off or unknown")
                # Opening may have re-sealed an edited key file: record that now, or a
                # restart before the next successful sign-in would lose the evidence.
                self._report_events(session, actor)
                failed = True
            else:
                failed = False
                actor = audit.Actor(account.id, account.username)
                self._flush_pending(session)
                self._report_events(session, actor)
                # After the 12-hour limit the same person starts a new session, not an unlock
                # (an unlock keeps the old start time, which would expire again at once).
                fresh = previous is not None and now - previous.since <= SESSION_LIMIT
                if previous is not None and was_locked and previous.account_id == account.id and fresh:
                    action, summary = audit.Action.UNLOCK, "unlocked the screen"
                elif previous is not None and previous.account_id != account.id:
                    action, summary = audit.Action.SWITCH_USER, f"took over from {previous.username}"
                else:
                    action, summary = audit.Action.SIGN_IN, "signed in"
                if via_recovery:
                    summary += (" with a new password set through the recovery code"
                                if self._ticket_reason == "with the recovery code"
                                else f" with a new password set {self._ticket_reason}")
                audit.record(session, actor=actor, action=action, at=now,
                             entity_type="account", entity_id=account.id, summary=summary)
                who = SignedIn(
                    account_id=account.id,
                    username=account.username,
                    display_name=account.display_name,
                    role=Role(account.role),
                    since=now if action != audit.Action.UNLOCK else previous.since,  # type: ignore[union-attr]
                    must_change_password=account.must_change_password,
                )
        if failed:
            raise AccountDisabled()
        self.vault.attempts.clear_pending()
        self.vault.attempts.record_success(name)
        desk.current, desk.locked = who, False
        return who

    # --- lock, sign out -------------------------------------------------------------------
    def lock(self, *, reason: str = "locked") -> None:
        desk = self.desk
        if desk.current is None or desk.locked:
            return
        desk.locked = True
        desk.record_alone(audit.Action.LOCK, actor=desk.current.actor, summary=reason)

    def sign_out(self) -> None:
        desk = self.desk
        with desk.mutex:
            if desk.current is not None and self.vault.is_open:
                desk.record_alone(audit.Action.SIGN_OUT, actor=desk.current.actor)
            desk.current, desk.locked = None, False
            self.vault.close()

    @property
    def locked_by(self) -> SignedIn | None:
        return self.desk.current if self.desk.locked else None

    # --- recovery code ---------------------------------------------------------------------
    def sign_in_with_recovery(self, code: str) -> RecoveryTicket:
        with self.desk.mutex:
            return self._sign_in_with_recovery(code)

    def _sign_in_with_recovery(self, code: str) -> RecoveryTicket:
        self._check_backoff(RECOVERY_BUCKET)
        compact = recovery.normalize(code)  # a typo is not counted as a failure
        deks = self.vault.try_slots(self.vault.keys.recovery_slots(), compact.encode("ascii"))
        if not deks:
            self._failed(RECOVERY_BUCKET, "wrong recovery code")
            raise WrongRecoveryCode()
        self._open(deks)
        self.vault.attempts.record_success(RECOVERY_BUCKET)
        with self.desk.write() as session:
            self._flush_pending(session)
            self._report_events(session, audit.SYSTEM)
            audit.record(session, actor=audit.SYSTEM, action=audit.Action.RECOVERY_CODE_USED,
                         at=self.desk.now(), severity=audit.HIGH,
                         summary="the vault was opened with the recovery code")
            directors = session.scalars(
                select(Account).where(Account.role == Role.DIRECTOR.value, Account.active.is_(True))
                .order_by(Account.username)
            ).all()
            pairs = [(a.username, a.display_name) for a in directors]
        self.vault.attempts.clear_pending()
        self._ticket = secrets.token_hex(16)
        self._ticket_reason = "with the recovery code"
        self.desk.current, self.desk.locked = None, False
        return RecoveryTicket(self._ticket, pairs)

    def after_restore(self, result) -> RecoveryTicket:  # noqa: ANN001 - services.restore.RestoreResult
        """Open a vault just restored from a backup; a director then chooses a new password.

        The new password (``finish_recovery``) ties the vault to this computer's password
        store, which is what makes a restore on a new PC usable from then on.
        """
        from shelter_desk.services.restore import RECOVERY_CODE

        with self.desk.mutex:
            self._open([result.dek])
            now = self.desk.now()
            made = result.info.created
            when = f"{made:%Y-%m-%d %H:%M} UTC" if made else "at an unknown time"
            parts = [
                f"vault restored from a backup made {when} ({result.info.manifest.kind})",
                f"opened with {'the recovery code' if result.via == RECOVERY_CODE else 'a director password'}",
                f"checked: encryption, database, audit chain ({result.checked_events} events), key file",
            ]
            if result.migrated_from:
                parts.append(f"database upgraded from {result.migrated_from} after a backup")
            parts.append("the vault that was here was moved aside" if result.moved_aside
                         else "there was no vault here before")
            with self.desk.write() as session:
                self._report_events(session, audit.SYSTEM)
                audit.record(session, actor=audit.SYSTEM, action=audit.Action.BACKUP_RESTORED, at=now,
                             severity=audit.HIGH, summary="; ".join(parts))
                if result.migrated_from:
                    audit.record(session, actor=audit.SYSTEM, action=audit.Action.VAULT_MIGRATED, at=now,
                                 summary=f"database upgraded from {result.migrated_from} after a backup "
                                         "(while restoring)")
                if result.via == RECOVERY_CODE:
                    audit.record(session, actor=audit.SYSTEM, action=audit.Action.RECOVERY_CODE_USED,
                                 at=now, severity=audit.HIGH,
                                 summary="a backup was restored with the recovery code")
                query = select(Account).where(Account.role == Role.DIRECTOR.value, Account.active.is_(True))
                if result.username:
                    query = query.where(Account.username == result.username)
                pairs = [(a.username, a.display_name) for a in session.scalars(query.order_by(Account.username))]
            self._ticket = secrets.token_hex(16)
            self._ticket_reason = "after restoring a backup"
            self.desk.current, self.desk.locked = None, False
            return RecoveryTicket(self._ticket, pairs)

    def finish_recovery(self, ticket: RecoveryTicket, username: str, new_password: str) -> SignedIn:
        """Set a director's new password after the recovery code, binding it to this computer."""
        with self.desk.mutex:
            return self._finish_recovery(ticket, username, new_password)

    def _finish_recovery(self, ticket: RecoveryTicket, username: str, new_password: str) -> SignedIn:
        if self._ticket is None or not hmac.compare_digest(ticket.token, self._ticket):
            raise NotSignedIn()
        name = normalize_username(username)
        if name not in {u for u, _ in ticket.directors}:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose one of the director accounts."), field="username")
        passwords.check(new_password, username=name, shelter_name=self._shelter_name())
        self._ensure_device_binding()
        now = self.desk.now()
        with self.desk.write_with_keys() as session:
            account = session.scalars(select(Account).where(Account.username == name)).one()
            account.must_change_password = False
            account.password_changed_at = now
            account.updated_at = now
            audit.record(session, actor=audit.Actor(account.id, name), action=audit.Action.PASSWORD_CHANGED,
                         at=now, entity_type="account", entity_id=account.id, severity=audit.HIGH,
                         summary=f"new director password set {self._ticket_reason}")
            self._replace_slot(name, new_password)
        self._ticket = None
        return self._start_session(name, via_recovery=True)

    def _ensure_device_binding(self) -> None:
        """After the recovery code on a new PC: bind to this PC's store, if it has one.

        Done only here, on purpose, never silently at sign-in: a new device secret
        makes the slots bound to the old one unusable (their owners get new
        temporary passwords from the director).
        """
        vault = self.vault
        if vault.device_secret() is not None or device.backend_name() is None:
            return
        binding = device.create(vault.keys.vault_id)
        vault.set_device_secret(binding.secret)

    def _shelter_name(self) -> str:
        with self.desk.read() as session:
            row = session.get(Setting, Keys.SHELTER_NAME)
            return row.value if row else ""

    def _replace_slot(self, username: str, password: str) -> None:
        """Swap an account's key slot for one with a new password (keys file written atomically)."""
        vault = self.vault
        secret = vault.device_secret()
        backend = device.backend_name()
        slot = make_slot(
            vault_id=vault.keys.vault_id,
            dek=vault.dek,
            kind=STAFF,
            username=username,
            secret=normalize_secret(password),
            params=self._slot_params(),
            device_secret=secret if backend else None,
            device_backend=device_label(backend, secret) if secret and backend else None,
        )
        before = list(vault.keys.slots)
        try:
            vault.keys.remove_user(username)
            vault.keys.slots.append(slot)
            vault.save_keys()
        except BaseException:
            vault.keys.slots = before
            raise

    def _slot_params(self) -> kdf.KdfParams:
        """New slots use the strongest parameters already calibrated for this vault."""
        best = max((s.kdf for s in self.vault.keys.slots), key=lambda p: p.time_cost, default=None)
        params = best or kdf.default_params()
        try:
            kdf.check(params)
        except Exception:  # noqa: BLE001
            params = kdf.default_params()
        return params

    # --- own password -------------------------------------------------------------------------
    def change_own_password(self, old_password: str, new_password: str) -> None:
        who = self.desk.require(Permission.CHANGE_OWN_PASSWORD)
        slots = self.vault.keys.staff_slots(who.username)
        if not self.vault.try_slots(slots, normalize_secret(old_password or "")):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Your current password is not right."), field="old_password")
        if new_password == old_password:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a new password that is different from the old one."),
                                  field="new_password")
        passwords.check(new_password, username=who.username, shelter_name=self._shelter_name(),
                        field="new_password")
        now = self.desk.now()
        with self.desk.write_with_keys() as session:
            account = session.get(Account, who.account_id)
            account.must_change_password = False
            account.password_changed_at = now
            account.updated_at = now
            self.desk.record(session, audit.Action.PASSWORD_CHANGED, entity_type="account",
                             entity_id=account.id, summary="changed own password")
            self._replace_slot(who.username, new_password)
        self.desk.current = SignedIn(who.account_id, who.username, who.display_name, who.role, who.since, False)
