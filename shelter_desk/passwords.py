"""Password rules (NIST SP 800-63B): length, not composition.

At least 12 characters, any characters, passphrases welcome. Refused: the most
common passwords (zxcvbn's list, MIT licence) and anything zxcvbn rates as very
guessable (score 0-1: repeats, sequences, keyboard walks, a common word with a
digit), and passwords containing the username or the shelter's name.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 12
MAX_LENGTH = 1024

STRENGTH_LABELS = [
    QT_TRANSLATE_NOOP("passwords", "Very easy to guess"),
    QT_TRANSLATE_NOOP("passwords", "Easy to guess"),
    QT_TRANSLATE_NOOP("passwords", "Fair"),
    QT_TRANSLATE_NOOP("passwords", "Strong"),
    QT_TRANSLATE_NOOP("passwords", "Very strong"),
]


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str  # marked for translation in the "passwords" context
    problem: str | None  # why it would be refused, or None


def _length(password: str) -> int:
    return len(unicodedata.normalize("NFC", password))


def assess(password: str, *, username: str = "", shelter_name: str = "") -> Strength:
    """A strength hint for the form, and the reason the password would be refused, if any."""
    problem: str | None = None
    score = 0
    if _length(password) < MIN_LENGTH:
        problem = QT_TRANSLATE_NOOP("passwords", "Use at least 12 characters. A short sentence works well.")
    elif _length(password) > MAX_LENGTH:
        problem = QT_TRANSLATE_NOOP("passwords", "That password is too long.")
    elif password.casefold() in _common() or password.casefold().strip() in _common():
        problem = QT_TRANSLATE_NOOP("passwords", "That is one of the most common passwords. Choose another.")
    else:
        lowered = password.casefold()
        for word in (username, shelter_name, "shelter desk", "shelterdesk"):
            word = word.casefold().strip()
            if len(word) >= 4 and word in lowered:
                problem = QT_TRANSLATE_NOOP(
                    "passwords",
                    "Do not use your username or the shelter's name in the password.",
                )
                break
    if problem is None:
        from zxcvbn import zxcvbn

        score = int(zxcvbn(password[:100], user_inputs=[username, shelter_name])["score"])
        if score <= 1:
            problem = QT_TRANSLATE_NOOP(
                "passwords",
                "That password is too easy to guess (repeats, sequences or a common word). "
                "Try a few unrelated words.",
            )
    return Strength(score=score, label=STRENGTH_LABELS[score], problem=problem)


def check(password: str, *, username: str = "", shelter_name: str = "", field: str = "password") -> None:
    problem = assess(password, username=username, shelter_name=shelter_name).problem
    if problem:
        raise ValidationError(problem, field=field)


def temporary_password() -> str:
    """A one-time password for a new or reset account: 3 groups of 4 (60 bits), easy to read out."""
    alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
    body = "".join(secrets.choice(alphabet) for _ in range(12))
    return "-".join(body[i : i + 4] for i in range(0, 12, 4))
