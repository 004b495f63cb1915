"""Checks shared by the account services and the setup."""

from __future__ import annotations

from shelter_desk.crypto.keyslots import normalize_username
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP


def clean_username(username: str) -> str:
    name = normalize_username(username) if isinstance(username, str) else ""
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
    text = " ".join(value.split()) if isinstance(value, str) else ""
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
# The bidi controls are Unicode's Bidi_Control set (Arabic letter mark included).
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}
# Zero-width space, word joiner and invisible operators, deprecated format characters:
# invisible, so "Ana" with one inside would never be found by a search for "Ana".
# (Zero-width joiner and non-joiner stay: some scripts and emoji need them.)
_INVISIBLE = {chr(c) for c in (0x200B, *range(0x2060, 0x2065), *range(0x206A, 0x2070), 0x180E)}
_DROP = {"\ufeff", "\u00ad"} | _BIDI_CONTROLS | _INVISIBLE


def _strip_controls(text: str, *, keep_newlines: bool) -> str:
    import unicodedata

    out = []
    if keep_newlines:  # Windows and old Mac line ends become one line break
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in unicodedata.normalize("NFC", text):
        if ch in _DROP:
            continue
        category = unicodedata.category(ch)
        if keep_newlines and (ch == "\n" or category in ("Zl", "Zp")):
            out.append("\n")
        elif ch.isspace() or category in ("Zl", "Zp"):
            out.append(" ")  # tabs, vertical tabs, line breaks in a one-line field
        elif category in ("Cc", "Cs"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def _as_text(value: object, *, field: str, label: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please check {label}."), field=field, label=label)
    return value


def clean_line(value: str | None, *, field: str, label: str, max_length: int = 120,
               required: bool = False) -> str:
    """One line of text: invisible control characters dropped, spaces tidied."""
    text = " ".join(_strip_controls(_as_text(value, field=field, label=label), keep_newlines=False).split())
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
    raw = _as_text(value, field=field, label=label)
    lines = [" ".join(line.split()) for line in _strip_controls(raw, keep_newlines=True).split("\n")]
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


# Letters with a stroke or a special form that Unicode does not split into letter + accent,
# written the way someone without that keyboard would type them ("Đặng" -> "dang").
_PLAIN_LETTERS = str.maketrans({
    "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t",
    "ı": "i", "ƀ": "b", "ɨ": "i", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th",
    "ð": "d", "Ð": "d",
})


def fold(text: str | None) -> str:
    """Text for searching: no accents, no case ('Nguyễn' -> 'nguyen', 'ÉLODIE' -> 'elodie', 'Łucja' -> 'lucja')."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_PLAIN_LETTERS).casefold()


def is_record_id(value: object) -> bool:
    """A number that can be a row id (SQLite integers are 64-bit; ids start at 1)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**63
