"""Small sentences shared by the setup wizard and the director's screens.

How long an unlock takes, which password store guards the sign-ins, a stored
UTC time as local time, a username suggested from a person's name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from shelter_desk.clock import parse_utc_iso
from shelter_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PlainWords"

# keyring backends by module, in the words their owners use.
_STORES = {
    "keyring.backends.Windows": QT_TRANSLATE_NOOP("PlainWords", "Windows Credential Manager"),
    "keyring.backends.macOS": QT_TRANSLATE_NOOP("PlainWords", "the macOS Keychain"),
    "keyring.backends.SecretService": QT_TRANSLATE_NOOP(
        "PlainWords", "the Secret Service (GNOME Keyring or KWallet)"
    ),
    "keyring.backends.kwallet": QT_TRANSLATE_NOOP("PlainWords", "KWallet"),
    "keyring.backends.libsecret": QT_TRANSLATE_NOOP("PlainWords", "the Secret Service (libsecret)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def password_store_label(backend: str | None) -> str:
    """'Windows Credential Manager' for 'keyring.backends.Windows.WinVaultKeyring', etc."""
    if not backend:
        return QCoreApplication.translate("PlainWords", "none")
    module = backend.rsplit(".", 1)[0]
    for prefix in sorted(_STORES, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return _tr(_STORES[prefix])
    return backend.rsplit(".", 1)[-1]


def unlock_time_text(seconds: float) -> str:
    """'Unlocking takes about 0.8 seconds on this computer, which makes guessing passwords very slow.'"""
    if seconds < 0.1:
        return QCoreApplication.translate(
            "PlainWords",
            "Unlocking takes less than a tenth of a second on this computer (test settings)."
        )
    return QCoreApplication.translate(
        "PlainWords",
        "Unlocking takes about {seconds} seconds on this computer, which makes guessing "
        "passwords very slow."
    ).format(seconds=f"{seconds:.1f}")


def local_time_text(utc_iso: str) -> str:
    """A stored UTC time as this computer's local time, to the second."""
    try:
        when = parse_utc_iso(utc_iso).astimezone()
    except ValueError:
        return utc_iso
    return when.strftime("%Y-%m-%d %H:%M:%S")


def suggest_username(display_name: str, taken: Iterable[str] = ()) -> str:
    """A short username from a person's name: 'Ana María López' -> 'ana', then 'ana.l', 'ana2'.

    Accents are dropped so the name is easy to type on any keyboard; letters of
    other scripts are kept. Returns '' when the name gives nothing usable.
    """
    taken_set = {t.casefold() for t in taken}
    words = []
    for word in display_name.split():
        plain = unicodedata.normalize("NFKD", word)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        plain = "".join(ch for ch in plain.casefold() if ch.isalnum())
        if plain:
            words.append(plain)
    if not words:
        return ""
    first = words[0][:32]
    candidates = [first]
    if len(words) > 1:
        candidates.append(f"{first}.{words[-1][0]}")
        candidates.append(f"{first}.{words[-1][:32]}")
    for candidate in candidates:
        if len(candidate) >= 2 and candidate not in taken_set:
            return candidate
    base = candidates[0] if len(candidates[0]) >= 2 else candidates[0] + "x"
    n = 2
    while f"{base}{n}" in taken_set:
        n += 1
    return f"{base}{n}"
