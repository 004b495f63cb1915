"""Device binding through the OS credential store (``keyring``).

At setup, 32 random bytes go into Windows Credential Manager / macOS Keychain /
Secret Service under the vault's id, and are mixed into every staff key slot.
A copied vault folder is then useless without this PC's credential store.

When no store is usable we fall back to password-only slots and say so; we never
write the secret to a file instead, and we never make a new secret to replace a
missing one (that would silently orphan every bound slot).
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError

from shelter_desk.i18n import QT_TRANSLATE_NOOP

SERVICE = "Shelter Desk"


def _entry(vault_id: str) -> str:
    return f"vault-{vault_id}"


def backend_name() -> str | None:
    """A stable name for the active backend, or ``None`` when there is no usable one."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any failure means "no usable store"
        return None
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    if cls.__module__.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return None
    try:
        if getattr(backend, "priority", 1) <= 0:
            return None
    except Exception:  # noqa: BLE001
        return None
    return name


@dataclass(frozen=True)
class DeviceBinding:
    secret: bytes | None
    backend: str | None
    reason: str | None = None  # why there is no binding, in plain words


def create(vault_id: str) -> DeviceBinding:
    """Make and store this vault's device secret; password-only when that is impossible."""
    backend = backend_name()
    if backend is None:
        return DeviceBinding(None, None, QT_TRANSLATE_NOOP("device", "no password store on this computer"))
    try:
        existing = keyring.get_password(SERVICE, _entry(vault_id))
    except KeyringError:
        return DeviceBinding(None, None, QT_TRANSLATE_NOOP("device", "the password store is locked or refused"))
    if existing:
        # Never replace a device secret: every key slot bound to it would stop working.
        return DeviceBinding(
            None, None, QT_TRANSLATE_NOOP("device", "the password store already holds a key for this vault")
        )
    secret = secrets.token_bytes(32)
    try:
        keyring.set_password(SERVICE, _entry(vault_id), base64.b64encode(secret).decode("ascii"))
        stored = keyring.get_password(SERVICE, _entry(vault_id))
    except KeyringError:
        return DeviceBinding(None, None, QT_TRANSLATE_NOOP("device", "the password store is locked or refused"))
    if stored is None or base64.b64decode(stored) != secret:
        return DeviceBinding(None, None, QT_TRANSLATE_NOOP("device", "the password store did not keep the key"))
    return DeviceBinding(secret, backend)


def load(vault_id: str) -> bytes | None:
    """This PC's device secret for the vault, or ``None`` if the store has none or is unusable."""
    try:
        stored = keyring.get_password(SERVICE, _entry(vault_id))
    except KeyringError:
        return None
    except Exception:  # noqa: BLE001 - a broken backend must not crash sign-in
        return None
    if not stored:
        return None
    try:
        secret = base64.b64decode(stored, validate=True)
    except ValueError:
        return None
    return secret if len(secret) == 32 else None


def forget(vault_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, _entry(vault_id))
    except Exception:  # noqa: BLE001,S110 - nothing to forget is fine
        pass
