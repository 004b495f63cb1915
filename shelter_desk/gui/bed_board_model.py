"""The bed board's lists and words: the board and waiting-list models, bed names and order.

Shared by the Beds page, its dialogs and Rooms and beds, so a bed reads the same everywhere.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.beds import FREE, HELD, TAKEN, BedRow, WaitingStay

COL_ROOM, COL_BED, COL_WHO, COL_SINCE = range(4)
COL_NAME, COL_HERE_SINCE = range(2)
FREE_COLOUR, HELD_COLOUR, QUIET_COLOUR = QColor("#1d6b3a"), QColor("#8a4b00"), QColor("#6b7579")


class BedBoardModel(RowsModel[BedRow]):
    """Every bed in use, grouped by room in room order; the room's name is bold on its first bed."""

    CONTEXT = "BedBoardModel"
    HEADERS = {
        COL_ROOM: QT_TRANSLATE_NOOP("BedBoardModel", "Room"),
        COL_BED: QT_TRANSLATE_NOOP("BedBoardModel", "Bed"),
        COL_WHO: QT_TRANSLATE_NOOP("BedBoardModel", "In this bed"),
        COL_SINCE: QT_TRANSLATE_NOOP("BedBoardModel", "Since"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first: set[int] = set()

    def set_rows(self, rows: list[BedRow]) -> None:  # type: ignore[override]
        self._first = {i for i, r in enumerate(rows) if i == 0 or rows[i - 1].room_id != r.room_id}
        super().set_rows(rows)

    def row_of(self, bed_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.bed_id == bed_id), -1)

    def who(self, bed: BedRow) -> str:
        if bed.state == TAKEN:
            return bed.alias
        if bed.state == HELD:
            return hold_text(bed)
        return self.tr("Free")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        bed = self.row(index.row())
        if bed is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ROOM:
                return bed.room
            if column == COL_BED:
                return bed.bed
            if column == COL_WHO:
                return self.who(bed)
            if column == COL_SINCE:
                return day_text(bed.since) if bed.state == TAKEN and bed.since else ""
        elif role == Qt.ItemDataRole.ToolTipRole and column == COL_WHO and bed.state == HELD:
            return f"<p>{html.escape(self.who(bed))}</p>"  # a typed hold note: text, never markup
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == COL_WHO:
            return f"{bed_name(bed.room, bed.bed)}: {self.who(bed)}"
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_ROOM and index.row() not in self._first:
                return QUIET_COLOUR
            if column == COL_WHO and bed.state != TAKEN:
                return FREE_COLOUR if bed.state == FREE else HELD_COLOUR
        elif role == Qt.ItemDataRole.FontRole:
            if (column == COL_ROOM and index.row() in self._first) or (column == COL_WHO and bed.state == FREE):
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.UserRole:
            return bed.bed_id
        return None


class WaitingModel(RowsModel[WaitingStay]):
    """Residents here now who have no bed yet, longest waiting first."""

    CONTEXT = "WaitingModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("WaitingModel", "Name"),
        COL_HERE_SINCE: QT_TRANSLATE_NOOP("WaitingModel", "Here since"),
    }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        stay = self.row(index.row())
        if stay is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return stay.alias if index.column() == COL_NAME else day_text(stay.intake_date)


def list_table(parent: QWidget, model: RowsModel, name: str) -> QTableView:
    """A read-only table of whole rows, moved through with the arrow keys."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setAccessibleName(name)
    guard_copy(table)  # Ctrl+C copies a cell: a sensitive copy
    return table


def bed_order(label: str) -> tuple[int, int, str]:
    """Beds 1, 2, … 10 in number order, then named beds alphabetically."""
    return (0, int(label), "") if label.isascii() and label.isdigit() else (1, 0, label.casefold())


def bed_name(room: str, bed: str) -> str:
    """'Garden room · 2': a bed as the bed board names it."""
    return QCoreApplication.translate("BedBoard", "{room} · {bed}").format(room=room, bed=bed)


def hold_text(row: BedRow) -> str:
    """'Held for … until …' in plain words."""
    if row.hold_until is not None:
        return QCoreApplication.translate("BedBoard", "Held for {note} until {day}").format(
            note=row.hold_note, day=day_text(row.hold_until))
    return QCoreApplication.translate("BedBoard", "Held for {note}").format(note=row.hold_note)



def in_bed_order(rows: list[BedRow]) -> list[BedRow]:
    """Rooms stay in the house's order; inside a room, beds 1, 2, … 10, then named beds."""
    rooms: dict[int, list[BedRow]] = {}
    for row in rows:
        rooms.setdefault(row.room_id, []).append(row)
    return [bed for beds in rooms.values() for bed in sorted(beds, key=lambda b: bed_order(b.bed))]
