"""``shelter.keys``: the key slots that each open the data key (DEK).

Each slot: Argon2id(secret, salt) -> (mixed with the device secret when bound)
-> key-encryption key -> the DEK wrapped with AES-256-GCM. The slot's id, kind,
username, key id, KDF parameters, salt and binding are the associated data, so
none of them can be changed without the wrap failing. A wrong password fails the
GCM tag: no password hash is stored anywhere.

The file holds no secret in the clear. After unlock, an HMAC over the whole file
(keyed from the DEK, HKDF info "keys-file") shows whether anyone changed it by
hand. During a key rotation the file briefly holds slots for two data keys and an
HMAC for each (see ``docs/security-decisions.md``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shelter_desk.crypto import kdf
from shelter_desk.crypto.kdf import KdfParams
from shelter_desk.errors import VaultDamaged, VaultTooNew
from shelter_desk.files import atomic_write
from shelter_desk.i18n import QT_TRANSLATE_NOOP

FORMAT = "shelter-desk-keys"
FORMAT_VERSION = 1
STAFF = "staff"
RECOVERY = "recovery"


def hkdf(dek: bytes, info: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info.encode()).derive(dek)


def key_id(dek: bytes) -> str:
    """A short public fingerprint of a data key (never the key itself)."""
    return hkdf(dek, "key-id")[:8].hex()


def normalize_secret(secret: str) -> bytes:
    """Passwords are compared as NFC UTF-8, so the same word typed on another keyboard works."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def normalize_username(username: str) -> str:
    return unicodedata.normalize("NFC", username).strip().casefold()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass
class Slot:
    slot_id: str
    kind: str
    username: str | None
    key_id: str
    kdf: KdfParams
    salt: bytes
    device_backend: str | None  # None: password only
    nonce: bytes
    wrapped: bytes

    def aad(self, vault_id: str) -> bytes:
        return _canonical(
            {
                "vault": vault_id,
                "slot": self.slot_id,
                "kind": self.kind,
                "user": self.username,
                "key": self.key_id,
                "kdf": self.kdf.as_dict(),
                "salt": _b64(self.salt),
                "device": self.device_backend,
            }
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "username": self.username,
            "key_id": self.key_id,
            "kdf": self.kdf.as_dict(),
            "salt": _b64(self.salt),
            "device": self.device_backend,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kind = data["kind"]
        if kind not in (STAFF, RECOVERY):
            raise ValueError("unknown slot kind")
        username = data["username"]
        if kind == STAFF and not isinstance(username, str):
            raise ValueError("staff slot without username")
        device = data.get("device")
        if device is not None and not isinstance(device, str):
            raise ValueError("bad device")
        slot = cls(
            slot_id=str(data["id"]),
            kind=kind,
            username=username,
            key_id=str(data["key_id"]),
            kdf=KdfParams.from_dict(data["kdf"]),
            salt=_unb64(data["salt"]),
            device_backend=device,
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
        )
        # Argon2 and AES-GCM raise their own errors on wrong lengths: refuse them here.
        if len(slot.salt) != kdf.SALT_LEN or len(slot.nonce) != 12 or len(slot.wrapped) != 48:
            raise ValueError("bad slot field length")
        return slot


def _kek(secret: bytes, slot_salt: bytes, params: KdfParams, device_secret: bytes | None) -> bytes:
    stretched = kdf.derive(secret, slot_salt, params)
    if device_secret is None:
        return stretched
    return hmac.new(device_secret, stretched, hashlib.sha256).digest()


def make_slot(
    *,
    vault_id: str,
    dek: bytes,
    kind: str,
    username: str | None,
    secret: bytes,
    params: KdfParams,
    device_secret: bytes | None,
    device_backend: str | None,
) -> Slot:
    slot = Slot(
        slot_id=uuid.uuid4().hex,
        kind=kind,
        username=normalize_username(username) if username else None,
        key_id=key_id(dek),
        kdf=params,
        salt=secrets.token_bytes(kdf.SALT_LEN),
        device_backend=device_backend if device_secret is not None else None,
        nonce=secrets.token_bytes(12),
        wrapped=b"",
    )
    kek = _kek(secret, slot.salt, params, device_secret)
    slot.wrapped = AESGCM(kek).encrypt(slot.nonce, dek, slot.aad(vault_id))
    return slot


def open_slot(slot: Slot, vault_id: str, secret: bytes, device_secret: bytes | None) -> bytes | None:
    """The DEK, or ``None`` when the secret (or device secret) is wrong."""
    kek = _kek(secret, slot.salt, slot.kdf, device_secret)
    try:
        dek = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(vault_id))
    except InvalidTag:
        return None
    if len(dek) != 32 or key_id(dek) != slot.key_id:
        return None
    return dek


@dataclass
class KeysFile:
    """The parsed ``shelter.keys``."""

    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    macs: dict[str, str] = field(default_factory=dict)
    rotating_to: str | None = None  # set only while a data-key rotation is under way

    # --- reading and writing -------------------------------------------------
    @classmethod
    def new(cls) -> KeysFile:
        return cls(vault_id=uuid.uuid4().hex)

    @classmethod
    def load(cls, path: Path) -> KeysFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("errors", "The key file of the vault could not be read ({reason})."),
                reason=exc.strerror or type(exc).__name__,
            ) from exc
        return cls.from_bytes(raw)

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeysFile:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a keys file")
            if int(data.get("version", 0)) > FORMAT_VERSION:
                raise VaultTooNew()  # not caught below: a newer program's file is not damage
            slots = [Slot.from_json(s) for s in data["slots"]]
            macs = {str(k): str(v) for k, v in dict(data.get("macs", {})).items()}
            vault_id = str(data["vault_id"])
            rotating_to = data.get("rotating_to")
            if rotating_to is not None and not isinstance(rotating_to, str):
                raise ValueError("bad rotation marker")
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault's key file (shelter.keys) is damaged, so no one can sign in "
                    "with it. Nothing was changed. Restore the key file or the whole vault "
                    "from a backup.",
                )
            ) from exc
        if not slots:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("errors", "The vault's key file (shelter.keys) has no sign-ins in it.")
            )
        return cls(vault_id=vault_id, slots=slots, macs=macs, rotating_to=rotating_to)

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
            "rotating_to": self.rotating_to,
        }

    def mac_for(self, dek: bytes) -> str:
        return hmac.new(hkdf(dek, "keys-file"), _canonical(self._body()), hashlib.sha256).hexdigest()

    def seal(self, *deks: bytes) -> None:
        """Recompute the HMACs, one for each data key the file's slots open."""
        self.macs = {key_id(dek): self.mac_for(dek) for dek in deks}

    def verify(self, dek: bytes) -> bool:
        expected = self.macs.get(key_id(dek))
        return expected is not None and hmac.compare_digest(expected, self.mac_for(dek))

    def to_bytes(self) -> bytes:
        data = dict(self._body(), macs=self.macs)
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    # --- queries ---------------------------------------------------------------
    def staff_slots(self, username: str) -> list[Slot]:
        name = normalize_username(username)
        return [s for s in self.slots if s.kind == STAFF and s.username == name]

    def recovery_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == RECOVERY]

    def remove_user(self, username: str) -> None:
        name = normalize_username(username)
        self.slots = [s for s in self.slots if not (s.kind == STAFF and s.username == name)]

    def key_ids(self) -> set[str]:
        return {s.key_id for s in self.slots}
