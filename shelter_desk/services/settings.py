"""Shelter-wide settings and the security status the director sees."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from shelter_desk import audit
from shelter_desk.crypto import device
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.storage.models import AuditEvent, Setting

IDLE_LOCK_DEFAULT = 5
IDLE_LOCK_RANGE = (1, 30)


class Keys:
    SHELTER_NAME = "shelter_name"
    VAULT_ID = "vault_id"
    CREATED_AT = "created_at"
    IDLE_LOCK_MINUTES = "idle_lock_minutes"


@dataclass(frozen=True)
class SlotStatus:
    username: str | None  # None for the recovery code
    bound_to_this_computer: bool
    bound_elsewhere: bool
    argon2_time_cost: int


@dataclass(frozen=True)
class SecurityStatus:
    password_store: str | None  # the keyring backend, or None
    device_bound: bool  # this vault has a device secret on this computer
    slots: list[SlotStatus]
    cipher_version: str
    location_warnings: list[tuple[str, dict[str, str]]]
    recovery_sheet_kept: bool = True  # False: the newest recovery code was never printed or saved


# A new recovery code is made by setup and by the director's key or sheet changes
# (actor set); the program's own "interrupted change finished" events have no actor.
_CODE_MADE = (audit.Action.VAULT_CREATED, audit.Action.DATA_KEY_ROTATED)
_SHEET_KEPT = (audit.Action.RECOVERY_SHEET_SAVED, audit.Action.RECOVERY_SHEET_PRINTED)


class SettingsService:
    def __init__(self, desk) -> None:  # noqa: ANN001 - Desk, imported lazily to avoid a cycle
        self.desk = desk

    def _get(self, key: str, default: str = "") -> str:
        with self.desk.read() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def shelter_name(self) -> str:
        self.desk.signed_in()
        return self._get(Keys.SHELTER_NAME)

    def idle_lock_minutes(self) -> int:
        """Readable while locked too: the lock screen itself needs no data."""
        try:
            value = int(self._get(Keys.IDLE_LOCK_MINUTES, str(IDLE_LOCK_DEFAULT)))
        except ValueError:
            return IDLE_LOCK_DEFAULT
        return min(max(value, IDLE_LOCK_RANGE[0]), IDLE_LOCK_RANGE[1])

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self.desk.require(Permission.CHANGE_SECURITY_SETTINGS)
        low, high = IDLE_LOCK_RANGE
        if not isinstance(minutes, int) or not low <= minutes <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The screen lock time must be between {low} and {high} minutes."),
                field="idle_lock_minutes",
                low=low,
                high=high,
            )
        with self.desk.write() as session:
            row = session.get(Setting, Keys.IDLE_LOCK_MINUTES)
            old = row.value if row else str(IDLE_LOCK_DEFAULT)
            if row is None:
                session.add(Setting(key=Keys.IDLE_LOCK_MINUTES, value=str(minutes)))
            else:
                row.value = str(minutes)
            self.desk.record(
                session,
                audit.Action.SETTINGS_CHANGED,
                summary=f"screen lock after idle: {old} -> {minutes} minutes",
            )

    def all_settings(self) -> dict[str, str]:
        self.desk.signed_in()
        with self.desk.read() as session:
            return {s.key: s.value for s in session.scalars(select(Setting))}

    def security_status(self) -> SecurityStatus:
        self.desk.require(Permission.VIEW_SECURITY_STATUS)
        from shelter_desk.storage.location import warnings_for

        vault = self.desk.vault
        here = vault.current_device_label()
        slots = [
            SlotStatus(
                username=s.username,
                bound_to_this_computer=s.device_backend is not None and s.device_backend == here,
                bound_elsewhere=s.device_backend is not None and s.device_backend != here,
                argon2_time_cost=s.kdf.time_cost,
            )
            for s in vault.keys.slots
        ]
        return SecurityStatus(
            password_store=device.backend_name(),
            device_bound=here is not None,
            slots=slots,
            cipher_version=vault.db.cipher_version() if vault.db else "",
            location_warnings=warnings_for(vault.folder),
            recovery_sheet_kept=self._recovery_sheet_kept(),
        )

    def _recovery_sheet_kept(self) -> bool:
        """Derived from the audit trail: was the newest recovery code printed or saved after it was made?"""
        with self.desk.read() as session:
            made = session.scalar(
                select(func.max(AuditEvent.id)).where(
                    AuditEvent.action.in_(_CODE_MADE), AuditEvent.actor_id.is_not(None)
                )
            )
            if made is None:
                return True
            kept = session.scalar(
                select(func.max(AuditEvent.id)).where(AuditEvent.action.in_(_SHEET_KEPT), AuditEvent.id > made)
            )
        return kept is not None
