"""Small input widgets the resident forms are built from (and other screens reuse).

- :class:`TextLine` / :class:`TextBlock`: text fields that drop invisible control
  characters as they are typed or pasted (the same rule the services apply).
- :class:`DateField`: a date typed in the computer's short date format (four-digit
  year) or as year-month-day, or picked from a calendar (Alt+Down or F4); shown in
  the same format as every date on screen (``resident_text.day_text``). Every date
  field of the resident screens, the bed dialogs and the case-note dialogs is one.

The drop-down lists and the checklist are in ``resident_choices``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.errors import ValidationError
from shelter_desk.gui.resident_text import date_format, day_text
from shelter_desk.gui.sensitive_copy import SensitiveTextMixin, guard_copy
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.paths import resource
from shelter_desk.services.validation import _strip_controls


def hud_label(label: str) -> str:
    return QCoreApplication.translate("hud", label)


def clean_typed(text: str, *, multiline: bool = False) -> str:
    """``text`` without the invisible characters the services drop (spaces are left as typed)."""
    return _strip_controls(text, keep_newlines=multiline)


class TextLine(QLineEdit):
    """One line of text. Control characters pasted from e-mails or web pages are dropped at once;
    Copy and Cut are sensitive copies (cleared after 30 seconds and on lock)."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(self._drop_controls)
        guard_copy(self)

    def _drop_controls(self, text: str) -> None:
        cleaned = clean_typed(text)
        if cleaned != text:
            cursor = len(clean_typed(text[: self.cursorPosition()]))
            self.setText(cleaned)
            self.setCursorPosition(cursor)


class TextBlock(SensitiveTextMixin, QPlainTextEdit):
    """Several lines of text. Tab moves on to the next field; pasted control characters are dropped;
    Copy and Cut are sensitive copies."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "", lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 18)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (the same name as QLineEdit's)
        self.setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasText():
            clean = QMimeData()
            clean.setText(clean_typed(source.text(), multiline=True))
            super().insertFromMimeData(clean)
            return
        super().insertFromMimeData(source)


# --- dates -------------------------------------------------------------------------------

NOT_A_DATE = QT_TRANSLATE_NOOP("errors", "We cannot read {label} as a date. Type it as year-month-day, "
                                         "for example 2026-01-31.")
NOT_A_DATE_LIKE = QT_TRANSLATE_NOOP("errors", "We cannot read {label} as a date. Type it like this: {example}.")
ISO_FORMAT = "yyyy-MM-dd"
EXAMPLE_DAY = date(2026, 1, 31)


def parse_date(text: str) -> date | None:
    """A date as shown on screen (``date_format()``, e.g. 1/31/2026), or "2026-01-31", "2026/1/31",
    "20260131"; None when it cannot be read."""
    text = text.strip()
    if not text:
        return None
    shown = date_format()
    relaxed = shown if "MMM" in shown else shown.replace("dd", "d").replace("MM", "M")  # 1/5/2026 too
    locale = QLocale()
    candidates = [locale.toDate(text, fmt) for fmt in dict.fromkeys((shown, relaxed))]
    candidates += [QDate.fromString(text, fmt) for fmt in ("yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd")]
    for found in candidates:
        if found.isValid():
            return date(found.year(), found.month(), found.day())
    return None


class _CalendarPopup(QWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


def _small_arrow() -> QIcon:
    """The drop-down arrow the combo boxes show, centred in an icon-sized square."""
    arrow = QIcon(str(resource("icons", "arrow-down.svg"))).pixmap(10, 6)
    square = QPixmap(16, 16)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawPixmap(3, 5, arrow)
    painter.end()
    return QIcon(square)


class DateField(TextLine):
    """A date typed as it is shown everywhere (the locale's short format with a four-digit
    year; year-month-day with no locale) or as year-month-day, or picked from a calendar
    (Alt+Down or F4). A readable date is rewritten in the shown format when the field is left.

    ``value()`` returns the date, or None when the field is empty; text that is not a
    readable date raises :class:`ValidationError` naming ``field`` (so a form shows the
    message next to this field and keeps the text). With ``optional=True`` the
    placeholder says the field may be left empty. Dates in the future are not refused
    here: the services decide where a future date is impossible.
    """

    def __init__(self, parent: QWidget | None = None, *, field: str = "", label: str = "",
                 optional: bool = False, value: date | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.label = label
        self.optional = optional
        self.setPlaceholderText(self.placeholder(optional))
        self.setMaxLength(40)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 60)
        self._popup: _CalendarPopup | None = None
        icon = _small_arrow()
        self.calendar_action = QAction(icon, self.tr("Pick from a calendar (Alt+Down)"), self)
        self.calendar_action.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._tidy)
        self.set_value(value)

    def placeholder(self, optional: bool) -> str:
        if date_format() == ISO_FORMAT:
            return self.tr("year-month-day (may be left empty)") if optional else self.tr("year-month-day")
        example = day_text(EXAMPLE_DAY)
        return (self.tr("e.g. {example} (may be left empty)") if optional
                else self.tr("e.g. {example}")).format(example=example)

    def set_value(self, value: date | None) -> None:
        self.setText(day_text(value))

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        found = parse_date(text)
        if found is None:
            label = self.label or QT_TRANSLATE_NOOP("fields", "the date")
            if date_format() == ISO_FORMAT:
                raise ValidationError(NOT_A_DATE, field=self.field, label=label)
            raise ValidationError(NOT_A_DATE_LIKE, field=self.field, label=label, example=day_text(EXAMPLE_DAY))
        return found

    def _tidy(self) -> None:
        found = parse_date(self.text())
        if found is not None and day_text(found) != self.text():
            self.setText(day_text(found))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        current = parse_date(self.text()) or date.today()
        self._popup.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup.show()
        self._popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
