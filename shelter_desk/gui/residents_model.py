"""The residents list as a model: columns, words, and a sort that stays quick at 50,000 rows.

Shared by the Residents screen and the merge dialog. ``SearchField`` is the search box
both use: Down moves into the list, Esc empties the box.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from shelter_desk import hud
from shelter_desk.gui.resident_text import day_text, term_text
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.residents import ResidentRow
from shelter_desk.services.validation import fold

COL_NAME, COL_ROOM, COL_BED, COL_PROGRAM, COL_INTAKE, COL_LEFT, COL_HOUSEHOLD, COL_FLAGS = range(8)
SEARCH_DELAY_MS = 150
ASCENDING = Qt.SortOrder.AscendingOrder


def natural_key(text: str) -> tuple:
    """'Room 10' after 'Room 9'; letters without accents or case."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", fold(text)) if part)


class ResidentsModel(RowsModel[ResidentRow]):
    """The residents list. Stays quick with 50,000 rows: ``data()`` only looks up, dates are
    formatted once per distinct day, and ``sort()`` sorts the Python list once (empty values
    last either way). New rows from ``set_rows`` keep the sort last chosen.
    """

    CONTEXT = "ResidentsModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("ResidentsModel", "Name"),
        COL_ROOM: QT_TRANSLATE_NOOP("ResidentsModel", "Room"),
        COL_BED: QT_TRANSLATE_NOOP("ResidentsModel", "Bed"),
        COL_PROGRAM: QT_TRANSLATE_NOOP("ResidentsModel", "Program"),
        COL_INTAKE: QT_TRANSLATE_NOOP("ResidentsModel", "Intake"),
        COL_LEFT: QT_TRANSLATE_NOOP("ResidentsModel", "Left on"),
        COL_HOUSEHOLD: QT_TRANSLATE_NOOP("ResidentsModel", "With her"),
        COL_FLAGS: QT_TRANSLATE_NOOP("ResidentsModel", "Safety"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sort_column = COL_NAME
        self.sort_order = ASCENDING
        self._days: dict[date, str] = {}
        self._programs = {t.key: term_text(hud.PROGRAMS, t.key) for t in hud.PROGRAMS}
        self._program_order = {t.key: n for n, t in enumerate(hud.PROGRAMS)}
        self._left_colour = QColor("#5d686c")

    def set_rows(self, rows: Sequence[ResidentRow]) -> None:
        super().set_rows(self._sorted(list(rows), self.sort_column, self.sort_order))

    def resident(self, row: int) -> ResidentRow | None:
        return self.row(row)

    def row_of(self, resident_id: int) -> int:
        for row, resident in enumerate(self._rows):
            if resident.id == resident_id:
                return row
        return -1

    def _day(self, day: date | None) -> str:
        if day is None:
            return ""
        text = self._days.get(day)
        if text is None:
            text = self._days[day] = day_text(day)
        return text

    def flags_text(self, r: ResidentRow) -> str:
        flags = []  # the rarer, more urgent one first, so a narrow column still shows it
        if r.watch_for:
            flags.append(QCoreApplication.translate("ResidentsModel", "Watch for someone"))
        if r.do_not_confirm:
            flags.append(QCoreApplication.translate("ResidentsModel", "Do not confirm"))
        return " · ".join(flags)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row(index.row())
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return r.alias
            if column == COL_ROOM:
                return r.room
            if column == COL_BED:
                return r.bed
            if column == COL_PROGRAM:
                return self._programs.get(r.program, r.program)
            if column == COL_INTAKE:
                return self._day(r.intake_date)
            if column == COL_LEFT:
                return self._day(r.exit_date)
            if column == COL_HOUSEHOLD:
                return str(r.household) if r.household else ""
            if column == COL_FLAGS:
                return self.flags_text(r)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FLAGS:
                tips = []
                if r.watch_for:
                    tips.append(QCoreApplication.translate("ResidentsModel", "Open her file to see whom to watch for."))
                if r.do_not_confirm:
                    tips.append(QCoreApplication.translate(
                        "ResidentsModel", "Never confirm to a caller or visitor that she is here."))
                return " ".join(tips) or None
            if column == COL_HOUSEHOLD and r.household:
                return QCoreApplication.translate("ResidentsModel", "People staying with her (children, family)")
        elif role == Qt.ItemDataRole.ForegroundRole and not r.here:
            return self._left_colour
        elif role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    # --- sorting ------------------------------------------------------------------------------------
    def _key(self, column: int) -> Callable[[ResidentRow], Any]:
        """The sort key of a column; None means "no value" (sorted last)."""
        keys: dict[int, Callable[[ResidentRow], Any]] = {
            COL_NAME: lambda r: fold(r.alias),
            COL_ROOM: lambda r: (natural_key(r.room), natural_key(r.bed)) if r.room else None,
            COL_BED: lambda r: natural_key(r.bed) if r.bed else None,
            COL_PROGRAM: lambda r: self._program_order.get(r.program, 99),
            COL_INTAKE: lambda r: r.intake_date,
            COL_LEFT: lambda r: r.exit_date,
            COL_HOUSEHOLD: lambda r: r.household or None,
            COL_FLAGS: lambda r: (r.watch_for, r.do_not_confirm) if (r.watch_for or r.do_not_confirm) else None,
        }
        return keys.get(column, keys[COL_NAME])

    def _sorted(self, rows: list[ResidentRow], column: int, order: Qt.SortOrder) -> list[ResidentRow]:
        key = self._key(column)
        name = self._key(COL_NAME)
        keyed = [(key(r), name(r), r.id, r) for r in rows]
        present = [k for k in keyed if k[0] is not None]
        empty = [k for k in keyed if k[0] is None]
        present.sort(key=lambda k: k[:3], reverse=order != ASCENDING)
        empty.sort(key=lambda k: k[1:3])
        return [k[3] for k in present + empty]

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:  # noqa: N802
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in before]
        self._rows = self._sorted(self._rows, column, order)
        where = {r.id: n for n, r in enumerate(self._rows)}
        after = [self.index(where[i], old.column()) if i in where else QModelIndex()
                 for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class SearchField(QLineEdit):
    """The search box: Down moves into the list, Esc empties the box."""

    def __init__(self, parent: QWidget, on_down: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_down = on_down
        guard_copy(self)  # what is typed may be a name: a copy is cleared on lock

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Down:
            self._on_down()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
