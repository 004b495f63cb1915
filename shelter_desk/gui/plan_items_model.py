"""The items of her safety plan, grouped by section, as they are being worked through on screen.

:class:`PlanItemsModel` is a two-level Qt model: each section is a top-level row (its title and
how many of its items are done), its items are the rows under it. The model holds the plan as
read (``PlanItemInfo``) and what was changed on screen since (state and note per item), so
the dialog can tell what was typed, save the changes (``changes()``) and, after someone else
saved the plan meanwhile, lay the changes typed here over the newer plan (``apply_typed()``).

Section rows are not "enabled" items, so the arrow keys walk from item to item across the
sections; they keep their own colours (foreground and background roles) so they do not look
greyed out.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from shelter_desk.gui.resident_text import day_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.plan_views import (
    ITEM_STATUSES,
    ItemChange,
    PlanItemInfo,
    PlanSectionInfo,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
CONTEXT = "PlanItemsModel"
COL_ITEM, COL_STATE, COL_NOTE, COL_WHEN, COL_BY = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("PlanItemsModel", "Item"),
    QT_TRANSLATE_NOOP("PlanItemsModel", "State"),
    QT_TRANSLATE_NOOP("PlanItemsModel", "Note"),
    QT_TRANSLATE_NOOP("PlanItemsModel", "When"),
    QT_TRANSLATE_NOOP("PlanItemsModel", "By"),
)
STATUS_CODES = tuple(code for code, _label in ITEM_STATUSES)
# A mark beside each state, so the state is never told by colour alone.
STATUS_MARKS = {"not_started": "☐", "in_progress": "◐", "done": "☑", "not_applicable": "–"}
STATUS_INK = {"done": QColor("#1d6b3a"), "in_progress": QColor("#7a4b00"), "not_applicable": QColor("#5d686c")}
SECTION_BACKGROUND = QColor("#e6eeee")
SECTION_INK = QColor("#245a5e")
CONFLICT_BACKGROUND = QColor("#fdf3dc")
SECTION_ID = 0  # internalId of a section row; an item row's internalId is its section's number + 1


def status_label(code: str) -> str:
    label = dict(ITEM_STATUSES).get(code, code)
    return QCoreApplication.translate("choices", label)


def status_text(code: str) -> str:
    """'☑ Done': the mark and the word."""
    return "{} {}".format(STATUS_MARKS.get(code, ""), status_label(code)).strip()


def plain_tooltip(text: str) -> str | None:
    """A tooltip showing typed text as typed (Qt reads text that looks like markup as rich text)."""
    if not text:
        return None
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


@dataclass
class WorkingItem:
    """One item of her plan: as read, and as it stands on screen."""

    info: PlanItemInfo
    status: str
    note: str
    conflict: bool = False  # someone else changed it too, after it was read (see ``apply_typed``)

    @property
    def changed(self) -> bool:
        return (self.status, self.note) != (self.info.status, self.info.note)


@dataclass
class WorkingSection:
    info: PlanSectionInfo
    items: list[WorkingItem]

    def progress(self) -> tuple[int, int]:
        counted = [i for i in self.items if i.status != "not_applicable"]
        return sum(1 for i in counted if i.status == "done"), len(counted)


class PlanItemsModel(QAbstractItemModel):
    """Her plan's sections and items; ``edited`` is emitted whenever a state or a note changes here."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[WorkingSection] = []
        self.today: date | None = None
        self.who = ""  # the person signed in: "by" of an item changed on screen

    # --- filling ----------------------------------------------------------------------------
    def set_plan(self, sections: tuple[PlanSectionInfo, ...], *, today: date, who: str) -> None:
        self.beginResetModel()
        self.sections = [WorkingSection(s, [WorkingItem(i, i.status, i.note) for i in s.items]) for s in sections]
        self.today, self.who = today, who
        self.endResetModel()

    def typed(self) -> dict[int, WorkingItem]:
        """The items changed on screen, by item id (to lay over a newer reading: ``apply_typed``)."""
        return {item.info.id: item for item in self.items() if item.changed}

    def apply_typed(self, typed: dict[int, WorkingItem]) -> int:
        """After a newer reading of the plan (``set_plan``), put back what was typed here.

        An item changed here keeps what was typed here; one changed only by the other person shows
        their change. Returns how many items both changed differently: those are marked, to be checked.
        """
        conflicts = 0
        for item in self.items():
            mine = typed.get(item.info.id)
            if mine is None:
                continue
            theirs = (item.info.status, item.info.note) != (mine.info.status, mine.info.note)
            item.conflict = theirs and (item.info.status, item.info.note) != (mine.status, mine.note)
            conflicts += item.conflict
            item.status, item.note = mine.status, mine.note
        for number, section in enumerate(self.sections):  # no reset: the chosen item stays chosen
            parent = self.index(number, COL_ITEM)
            self.dataChanged.emit(parent, self.index(number, COL_BY))
            if section.items:
                self.dataChanged.emit(self.index(0, COL_ITEM, parent), self.index(len(section.items) - 1, COL_BY, parent))
        self.edited.emit()
        return conflicts

    # --- reading ----------------------------------------------------------------------------
    def items(self) -> list[WorkingItem]:
        return [item for section in self.sections for item in section.items]

    def item_at(self, index: Index) -> WorkingItem | None:
        if not index.isValid() or index.internalId() == SECTION_ID:
            return None
        section = self.sections[index.internalId() - 1]
        return section.items[index.row()] if 0 <= index.row() < len(section.items) else None

    def section_at(self, index: Index) -> WorkingSection | None:
        if not index.isValid():
            return None
        number = index.row() if index.internalId() == SECTION_ID else index.internalId() - 1
        return self.sections[number] if 0 <= number < len(self.sections) else None

    def changes(self) -> list[ItemChange]:
        """Every item's state and note (the service saves only what differs)."""
        return [ItemChange(item.info.id, item.status, item.note) for item in self.items()]

    def changed_count(self) -> int:
        return sum(1 for item in self.items() if item.changed)

    def snapshot(self) -> tuple:
        return tuple((item.status, item.note) for item in self.items())

    def progress(self) -> tuple[int, int]:
        """(done, counted) as on screen: items marked not applicable are not counted."""
        counted = [i for i in self.items() if i.status != "not_applicable"]
        return sum(1 for i in counted if i.status == "done"), len(counted)

    def first_item(self) -> QModelIndex:
        for number, section in enumerate(self.sections):
            if section.items:
                return self.index(0, COL_ITEM, self.index(number, COL_ITEM))
        return QModelIndex()

    # --- changing ---------------------------------------------------------------------------
    def set_status(self, index: Index, status: str) -> bool:
        item = self.item_at(index)
        if item is None or status not in STATUS_CODES or item.status == status:
            return False
        item.status = status
        self._item_changed(index)
        return True

    def cycle_status(self, index: Index) -> bool:
        item = self.item_at(index)
        if item is None:
            return False
        position = STATUS_CODES.index(item.status) if item.status in STATUS_CODES else -1
        return self.set_status(index, STATUS_CODES[(position + 1) % len(STATUS_CODES)])

    def set_note(self, index: Index, note: str) -> bool:
        item = self.item_at(index)
        if item is None or item.note == note:
            return False
        item.note = note
        self._item_changed(index)
        return True

    def _item_changed(self, index: Index) -> None:
        parent = index.parent()
        self.dataChanged.emit(self.index(index.row(), 0, parent), self.index(index.row(), COL_BY, parent))
        self.dataChanged.emit(parent, parent)  # the section's "n of m done"
        self.edited.emit()

    # --- the Qt model -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, SECTION_ID) if row < len(self.sections) else QModelIndex()
        if parent.internalId() != SECTION_ID or not 0 <= parent.row() < len(self.sections):
            return QModelIndex()
        if row >= len(self.sections[parent.row()].items):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == SECTION_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, SECTION_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == SECTION_ID and parent.column() == 0 and 0 <= parent.row() < len(self.sections):
            return len(self.sections[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == SECTION_ID:
            return Qt.ItemFlag.NoItemFlags  # a heading: the arrows step over it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("PlanItemsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201, C901
        if not index.isValid():
            return None
        if index.internalId() == SECTION_ID:
            return self._section_data(index, role)
        item = self.item_at(index)
        if item is None:
            return None
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            value = self._item_text(item, column)
            if role == DISPLAY:
                return value.replace("\n", " ") if column == COL_NOTE else value
            if item.conflict and column == COL_STATE:
                return "<p>" + html.escape(QCoreApplication.translate(
                    "PlanItemsModel", "Someone else changed this item too while you worked on it. Yours is shown: "
                                      "check it before saving.")) + "</p>"
            if item.changed and column in (COL_WHEN, COL_BY):
                return "<p>" + html.escape(QCoreApplication.translate(
                    "PlanItemsModel", "Changed here, not saved yet")) + "</p>"
            return plain_tooltip(value) if column in (COL_ITEM, COL_NOTE) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE and item.status in STATUS_INK:
            return QBrush(STATUS_INK[item.status])
        if role == Qt.ItemDataRole.FontRole and item.changed and column in (COL_WHEN, COL_BY):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item.conflict:
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_STATE:
            return status_label(item.status)
        return None

    def _item_text(self, item: WorkingItem, column: int) -> str:
        if column == COL_ITEM:
            return item.info.text
        if column == COL_STATE:
            text = status_text(item.status)
            if item.conflict:
                text = QCoreApplication.translate("PlanItemsModel", "{state} (check)").format(
                    state=text)
            return text
        if column == COL_NOTE:
            return item.note
        if item.changed:  # saved on the day and by the person who saves it (in italics, and said in the tooltip)
            return day_text(self.today) if column == COL_WHEN else self.who
        if column == COL_WHEN:
            return day_text(item.info.status_on)
        return item.info.status_by

    def _section_data(self, index: Index, role: int):  # noqa: ANN202
        section = self.sections[index.row()] if 0 <= index.row() < len(self.sections) else None
        if section is None:
            return None
        if role == DISPLAY:
            if index.column() != COL_ITEM:
                return None
            done, counted = section.progress()
            if not counted:
                return section.info.title
            return QCoreApplication.translate("PlanItemsModel", "{title} ({done} of {counted} done)").format(
                title=section.info.title, done=done, counted=counted)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_ITEM:
            return plain_tooltip(section.info.title)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SECTION_INK)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


# --- words shared by the plan dialog and her file's Safety plan tab ---------------------------------------

def due_words(next_review_on: date, today: date) -> str:
    """'overdue by 3 days', 'due today', 'due in 12 days'."""
    days = (next_review_on - today).days
    if days < -1:
        return QCoreApplication.translate("PlanItemsModel", "overdue by {n} days").format(n=-days)
    if days == -1:
        return QCoreApplication.translate("PlanItemsModel", "overdue by 1 day")
    if days == 0:
        return QCoreApplication.translate("PlanItemsModel", "due today")
    if days == 1:
        return QCoreApplication.translate("PlanItemsModel", "due tomorrow")
    return QCoreApplication.translate("PlanItemsModel", "due in {n} days").format(n=days)


def next_review_text(next_review_on: date, today: date) -> str:
    """'Next review: 2026-02-04 (overdue by 3 days)'."""
    return QCoreApplication.translate("PlanItemsModel", "Next review: {day} ({when})").format(
        day=day_text(next_review_on), when=due_words(next_review_on, today))


def progress_text(done: int, counted: int, not_applicable: int = 0) -> str:
    """'8 of 16 items done' (and how many do not apply)."""
    text = QCoreApplication.translate("PlanItemsModel", "{done} of {counted} items done").format(done=done, counted=counted)
    if not_applicable == 1:
        text += " · " + QCoreApplication.translate("PlanItemsModel", "1 does not apply")
    elif not_applicable:
        text += " · " + QCoreApplication.translate("PlanItemsModel", "{n} do not apply").format(n=not_applicable)
    return text


OVERDUE_INK = "#9b1c1c"
