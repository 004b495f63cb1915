"""The base of every list in Shelter Desk: rows in a Python list, columns by constants.

A screen's model subclasses :class:`RowsModel`, sets ``CONTEXT`` (its translation
context) and ``HEADERS`` (column constant -> header marked with
``QT_TRANSLATE_NOOP(CONTEXT, ...)``), and implements ``data()``. Rows are replaced
through ``set_rows()`` (one model reset) or appended by ``append_rows()`` (lazy
fetching of large lists, as the audit trail does).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from shelter_desk.gui.sensitive_copy import guard_copy

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    CONTEXT = ""
    HEADERS: dict[int, str] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row(self, row: int) -> Row | None:  # type: ignore[override]
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = self.HEADERS.get(section)
            return QCoreApplication.translate(self.CONTEXT, text) if text else None
        return None


def short_table(parent: QWidget, model: QAbstractItemModel, title: str) -> QTableView:
    """A short read-only list of the Today board: whole rows, Enter or double-click opens her file,
    as tall as its rows (``fit_rows``) so the page, not the list, scrolls. Copies are guarded."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setAccessibleName(title.replace("&", ""))
    table.setToolTip(QCoreApplication.translate("TodayPage", "Press Enter or double-click to open her file."))
    guard_copy(table)
    return table


def fit_rows(table: QTableView, rows: int) -> None:
    """Make the list exactly as tall as ``rows`` rows and its header."""
    table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                         + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2)
