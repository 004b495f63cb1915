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


# --- text and dates typed into resident records --------------------------------------

# Invisible characters that change how text reads (bidirectional overrides) or that no
# keyboard types; pasted from e-mails and web pages, they would hide or reorder words.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
_DROP = {"\ufeff", "\u00ad"} | _BIDI_CONTROLS


def _strip_controls(text: str, *, keep_newlines: bool) -> str:
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _DROP:
            continue
        if ch in "\r\n" and keep_newlines:
            out.append("\n" if ch == "\n" else "")
        elif ch == "\t" or unicodedata.category(ch) in ("Zl", "Zp") or ch in "\r\n":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc" or unicodedata.category(ch) == "Cs":
            continue
        else:
            out.append(ch)
    return "".join(out)


def clean_line(value: str | None, *, field: str, label: str, max_length: int = 120,
               required: bool = False) -> str:
    """One line of text: invisible control characters dropped, spaces tidied."""
    text = " ".join(_strip_controls(value or "", keep_newlines=False).split())
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field=field, label=label)
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{label} is too long (at most {n} characters)."),
            field=field, label=label, n=max_length,
        )
    return text


def clean_block(value: str | None, *, field: str, label: str, max_length: int = 4000,
                required: bool = False) -> str:
    """Several lines of text (notes): line breaks kept, other control characters dropped."""
    lines = [" ".join(line.split()) for line in _strip_controls(value or "", keep_newlines=True).split("\n")]
    text = "\n".join(lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    if required and not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field=field, label=label)
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{label} is too long (at most {n} characters)."),
            field=field, label=label, n=max_length,
        )
    return text


def check_date(value: object, *, field: str, label: str, today: object, allow_future: bool = False,
               required: bool = True, earliest: object = None) -> object:
    """A date that is a real date, not before 1900 (or ``earliest``), not after ``today`` unless allowed."""
    from datetime import date, datetime

    if value is None:
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field=field, label=label)
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} is not a date."), field=field, label=label)
    if value < date(1900, 1, 1):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} is too far in the past. Please check the year."),
                              field=field, label=label)
    if not allow_future and value > today:  # type: ignore[operator]
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} cannot be in the future."),
                              field=field, label=label)
    if earliest is not None and value < earliest:  # type: ignore[operator]
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{label} cannot be before {earliest}."),
                              field=field, label=label, earliest=earliest.isoformat())  # type: ignore[attr-defined]
    return value


def fold(text: str | None) -> str:
    """Text for searching: no accents, no case ('Nguyễn' -> 'nguyen', 'ÉLODIE' -> 'elodie')."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
