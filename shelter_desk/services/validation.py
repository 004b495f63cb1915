"""Checks shared by the account services and the setup."""

from __future__ import annotations

from shelter_desk.crypto.keyslots import normalize_username
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP


def clean_username(username: str) -> str:
    name = normalize_username(username or "")
    if not 2 <= len(name) <= 64 or not all(ch.isalnum() or ch in "._-" for ch in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A username needs 2 to 64 letters or numbers (dots, dashes and "
                "underscores are fine, spaces are not).",
            ),
            field="username",
        )
    return name


def clean_text(value: str, *, field: str, label: str, max_length: int = 120) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field=field, label=label)
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{label} is too long (at most {n} characters)."),
            field=field,
            label=label,
            n=max_length,
        )
    return text
