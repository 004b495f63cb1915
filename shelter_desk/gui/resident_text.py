"""Words and small pieces shared by the residents screens: field labels, dates, HUD answers.

Dates are shown in the locale's short format with a four-digit year. HUD and
Shelter Desk answer lists are translated in the ``"hud"`` context, field names in
``"ResidentFields"``. Typed text put into HTML always goes through :func:`block`.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QTableView,
    QTextBrowser,
    QWidget,
)

from shelter_desk import hud
from shelter_desk.gui.sensitive_copy import SensitiveTextMixin, guard_copy
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.residents import ResidentFile, StayInfo

FIELDS = "ResidentFields"
# Every field of a resident's record in plain words (the change history uses them too).
FIELD_LABELS: dict[str, str] = {
    "alias": QT_TRANSLATE_NOOP("ResidentFields", "Preferred name or alias"),
    "legal_name": QT_TRANSLATE_NOOP("ResidentFields", "Legal name"),
    "birth_date": QT_TRANSLATE_NOOP("ResidentFields", "Date of birth"),
    "dob_quality": QT_TRANSLATE_NOOP("ResidentFields", "Age"),
    "genders": QT_TRANSLATE_NOOP("ResidentFields", "Gender"),
    "race_ethnicity": QT_TRANSLATE_NOOP("ResidentFields", "Race and ethnicity"),
    "pronouns": QT_TRANSLATE_NOOP("ResidentFields", "Pronouns"),
    "languages": QT_TRANSLATE_NOOP("ResidentFields", "Languages"),
    "interpreter_needed": QT_TRANSLATE_NOOP("ResidentFields", "Needs an interpreter"),
    "emergency_contact": QT_TRANSLATE_NOOP("ResidentFields", "Emergency contact"),
    "dietary_needs": QT_TRANSLATE_NOOP("ResidentFields", "Dietary needs"),
    "allergies": QT_TRANSLATE_NOOP("ResidentFields", "Allergies"),
    "medical_notes": QT_TRANSLATE_NOOP("ResidentFields", "Medical notes"),
    "do_not_confirm": QT_TRANSLATE_NOOP("ResidentFields", "Do not confirm she is here"),
    "watch_for": QT_TRANSLATE_NOOP("ResidentFields", "Person to watch for"),
    "merged_into": QT_TRANSLATE_NOOP("ResidentFields", "Duplicate record merged into this one"),
    "intake_date": QT_TRANSLATE_NOOP("ResidentFields", "Intake date"),
    "program": QT_TRANSLATE_NOOP("ResidentFields", "Program"),
    "referral_source": QT_TRANSLATE_NOOP("ResidentFields", "Referred by"),
    "referral_note": QT_TRANSLATE_NOOP("ResidentFields", "About the referral"),
    "prior_living_situation": QT_TRANSLATE_NOOP("ResidentFields", "Where she stayed before"),
    "exit_date": QT_TRANSLATE_NOOP("ResidentFields", "Left on"),
    "destination": QT_TRANSLATE_NOOP("ResidentFields", "Where she went"),
    "exit_reason": QT_TRANSLATE_NOOP("ResidentFields", "Why she left"),
    "bed": QT_TRANSLATE_NOOP("ResidentFields", "Room and bed"),
    "name": QT_TRANSLATE_NOOP("ResidentFields", "Name"),
    "age": QT_TRANSLATE_NOOP("ResidentFields", "Age"),
    "relationship": QT_TRANSLATE_NOOP("ResidentFields", "Relationship"),
    "kind": QT_TRANSLATE_NOOP("ResidentFields", "Kind"),
    "text": QT_TRANSLATE_NOOP("ResidentFields", "Text"),
    "status": QT_TRANSLATE_NOOP("ResidentFields", "Status"),
    "description": QT_TRANSLATE_NOOP("ResidentFields", "Description"),
    "notes": QT_TRANSLATE_NOOP("ResidentFields", "Notes"),
    "started_on": QT_TRANSLATE_NOOP("ResidentFields", "Started on"),
    "ended_on": QT_TRANSLATE_NOOP("ResidentFields", "Ended on"),
    "written_on": QT_TRANSLATE_NOOP("ResidentFields", "Date"),
}


def field_label(key: str) -> str:
    text = FIELD_LABELS.get(key)
    return QCoreApplication.translate(FIELDS, text) if text else key


def date_format() -> str:
    """The locale's short date format, always with a four-digit year (1/5/26 could be 1926).

    With no locale set (the "C" locale) dates are written the ISO way, 2026-01-05.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def day_text(day: date | None, fmt: str | None = None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt or date_format())


def hud_text(choices: tuple[hud.Choice, ...], code: int | None) -> str:
    label = hud.label_of(choices, code)
    return QCoreApplication.translate("hud", label) if label else ""


def hud_list(choices: tuple[hud.Choice, ...], codes: tuple[int, ...]) -> str:
    return ", ".join(t for t in (hud_text(choices, c) for c in codes) if t)


def term_text(terms: tuple[hud.Term, ...], key: str | None) -> str:
    label = hud.term_label(terms, key)
    return QCoreApplication.translate("hud", label) if label else ""


def nights_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("ResidentText", "1 night")
    return QCoreApplication.translate("ResidentText", "{n} nights").format(n=n)


def household_text(stay: StayInfo) -> str:
    """'Ana (6), Leo (3)' for the people staying with her."""
    people = []
    for member in stay.household:
        if member.age is None:
            people.append(member.name)
        else:
            people.append(QCoreApplication.translate("ResidentText", "{name} ({age})").format(
                name=member.name, age=member.age))
    return ", ".join(people)


def bed_text(room: str, bed: str) -> str:
    """'Room 1, bed 4' (empty when there is no bed)."""
    if not room:
        return ""
    return QCoreApplication.translate("ResidentText", "{room}, bed {bed}").format(room=room, bed=bed)


def stay_summary(file: ResidentFile) -> str:
    """One line on where she is now: her stay, or the day she left."""
    stay = file.current_stay
    if stay is not None:
        where = bed_text(stay.room, stay.bed) or QCoreApplication.translate("ResidentText", "no bed given yet")
        return QCoreApplication.translate("ResidentText", "Here since {day} · {program} · {where} · {nights}").format(
            day=day_text(stay.intake_date), program=term_text(hud.PROGRAMS, stay.program), where=where,
            nights=nights_text(stay.nights))
    if file.stays:
        last = file.stays[0]
        group = hud.group_of(hud.DESTINATIONS, last.destination)
        if group:
            return QCoreApplication.translate("ResidentText", "Left on {day} ({group})").format(
                day=day_text(last.exit_date), group=QCoreApplication.translate("hud", group))
        return QCoreApplication.translate("ResidentText", "Left on {day}").format(day=day_text(last.exit_date))
    return ""


def stay_html(stay: StayInfo) -> str:
    """One stay in full: intake, referral, where she stayed before, beds, household, leaving."""
    referral = html.escape(term_text(hud.REFERRAL_SOURCES, stay.referral_source))
    if stay.referral_note:
        referral += " · " + html.escape(stay.referral_note)
    beds = []
    for spell in stay.beds:
        where = html.escape(bed_text(spell.room, spell.bed))
        if spell.end is None:
            beds.append(QCoreApplication.translate("ResidentText", "{where}, since {start}").format(
                where=where, start=day_text(spell.start)))
        else:
            beds.append(QCoreApplication.translate("ResidentText", "{where}, {start} to {end}").format(
                where=where, start=day_text(spell.start), end=day_text(spell.end)))
    people = []
    for member in stay.household:
        parts = [html.escape(member.name)]
        if member.age is not None:
            parts.append(QCoreApplication.translate("ResidentText", "{age} years old").format(age=member.age))
        parts.append(html.escape(term_text(hud.RELATIONSHIPS, member.relationship)))
        people.append(", ".join(parts))
    rows = [
        (field_label("intake_date"), day_text(stay.intake_date)),
        (field_label("program"), html.escape(term_text(hud.PROGRAMS, stay.program))),
        (field_label("referral_source"), referral),
        (field_label("prior_living_situation"),
         html.escape(hud_text(hud.PRIOR_LIVING_SITUATIONS, stay.prior_living_situation))),
        (field_label("bed"),
         "<br>".join(beds) or missing(QCoreApplication.translate("ResidentText", "No bed given"))),
        (QCoreApplication.translate("ResidentText", "With her"),
         "<br>".join(people) or missing(QCoreApplication.translate("ResidentText", "Nobody"))),
    ]
    if stay.exit_date is not None:
        group = hud.group_of(hud.DESTINATIONS, stay.destination)
        went = html.escape(hud_text(hud.DESTINATIONS, stay.destination))
        if group:
            went += " " + missing("(" + QCoreApplication.translate("hud", group) + ")")
        rows += [
            (field_label("exit_date"), day_text(stay.exit_date)),
            (field_label("destination"), went),
            (field_label("exit_reason"), block(stay.exit_reason)),
        ]
    else:
        here = QCoreApplication.translate("ResidentText", "She is here now")
        rows.append((field_label("exit_date"), html.escape(here)))
    rows.append((QCoreApplication.translate("ResidentText", "Nights"), html.escape(nights_text(stay.nights))))
    return table_html(rows)


def age_text(file: ResidentFile) -> str:
    if file.age is None:
        return ""
    if file.dob_quality == hud.DOB_APPROXIMATE:
        return QCoreApplication.translate("ResidentText", "about {age} years old").format(age=file.age)
    return QCoreApplication.translate("ResidentText", "{age} years old").format(age=file.age)


def block(text: str) -> str:
    """Typed text as HTML: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def missing(text: str | None = None) -> str:
    """Greyed words for an answer that is not there."""
    words = text or QCoreApplication.translate("ResidentText", "Not recorded")
    return f"<span style='color:#5d686c'>{html.escape(words)}</span>"


def table_html(rows: list[tuple[str, str]]) -> str:
    """Label/value pairs as a two-column table (values are HTML already)."""
    cells = "".join(
        f"<tr><td style='padding:4px 18px 4px 0; color:#3d484c; white-space:nowrap' valign='top'>"
        f"<b>{html.escape(label)}</b></td><td style='padding:4px 0'>{value or missing()}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='0'>{cells}</table>"


class ReadingPane(SensitiveTextMixin, QTextBrowser):
    """A read-only text area of resident data; a copy from it is a sensitive copy (cleared on lock)."""


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A dialog's bold heading. It may name her, so it is plain text (never markup) and it,
    not the window title, carries her name (titles reach Alt+Tab and screen readers)."""
    label = QLabel(text, parent)
    label.setObjectName("headingLabel")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    label.setStyleSheet("color: #245a5e;")
    return label


def reading_pane(parent: QWidget, name: str) -> QTextBrowser:
    """A read-only text area that takes the keyboard focus, so it can be scrolled with the arrows."""
    pane = ReadingPane(parent)
    pane.setOpenLinks(False)
    pane.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    pane.setAccessibleName(name)
    pane.setTabChangesFocus(True)
    return pane


def list_table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only list: whole rows selected, one at a time, rows of one height (fast with many rows)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAccessibleName(name)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.horizontalHeader().setHighlightSections(False)
    # Columns sized to their contents look at the first 200 rows, not 1,000 (Qt's default): with ten
    # years of incidents, selecting a line re-measured 4 columns × 1,000 rows each time (0.14 s).
    table.horizontalHeader().setResizeContentsPrecision(200)
    guard_copy(table)  # Ctrl+C copies a cell: a sensitive copy
    return table


def selected_row(table: QTableView) -> int:
    """The selected row's number, or -1."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return rows[0].row() if rows else -1


class FlowLayout(QLayout):
    """Buttons in a row that wraps onto a second line when the window is narrow (no clipped words)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.isEmpty():  # a hidden button takes no room
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()
