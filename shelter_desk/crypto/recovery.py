"""Recovery codes: 140 random bits in Crockford base32, with a typo check.

A code is 30 characters shown in six groups of five, e.g.
``7XK2M-9QF4T-...``: 28 random characters (140 bits) and 2 check characters,
so a mistyped code is told apart from a wrong one. Reading is forgiving:
lower case, spaces and dashes are fine; O is read as 0 and I/L as 1.
"""

from __future__ import annotations

import hashlib
import secrets

from shelter_desk.errors import RecoveryCodeTypo

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
RANDOM_CHARS = 28
CHECK_CHARS = 2
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def _check(body: str) -> str:
    digest = hashlib.sha256(body.encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big") % (len(ALPHABET) ** CHECK_CHARS)
    return ALPHABET[value // len(ALPHABET)] + ALPHABET[value % len(ALPHABET)]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return format_code(body + _check(body))


def format_code(compact: str) -> str:
    return "-".join(compact[i : i + 5] for i in range(0, len(compact), 5))


def normalize(typed: str) -> str:
    """The compact form of a typed code; raises :class:`RecoveryCodeTypo` if it is not one."""
    compact = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    compact = "".join(_READ_AS.get(ch, ch) for ch in compact)
    if len(compact) != RANDOM_CHARS + CHECK_CHARS or any(ch not in ALPHABET for ch in compact):
        raise RecoveryCodeTypo()
    if _check(compact[:RANDOM_CHARS]) != compact[RANDOM_CHARS:]:
        raise RecoveryCodeTypo()
    return compact
