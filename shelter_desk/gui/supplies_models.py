"""The lists of the Supplies screen: requests, hand-outs, stock, a stock item's history, supply kinds.

Each is a :class:`RowsModel` over the frozen lines the supply service returns; names
are shown as plain text (a table cell is never markup). Counts are right-aligned.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.needs_views import (
    REQUEST_STATUSES,
    STOCK_REASONS,
    URGENCIES,
    HandoutLine,
    RequestLine,
    StockChangeLine,
    StockLine,
    SupplyKindView,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WARN = QColor("#9b1c1c")  # the error red of the style sheet: low or below zero
QUIET = QColor("#5d686c")


def choice_text(choices: tuple[tuple[str, str], ...], code: str) -> str:
    """The translated label of a code in one of the services' choice lists."""
    label = dict(choices).get(code)
    return QCoreApplication.translate("choices", label) if label else code


def urgency_text(code: str) -> str:
    return choice_text(URGENCIES, code)


def what_text(item: str, size: str, kind_name: str = "") -> str:
    """'Winter coat (M)'; the kind's name when no item was typed."""
    what = item or kind_name
    if size:
        return QCoreApplication.translate("SuppliesText", "{item} ({size})").format(item=what, size=size) \
            if what else size
    return what


def who_text(alias: str, room: str) -> str:
    return QCoreApplication.translate("SuppliesText", "{alias} · {room}").format(alias=alias, room=room) \
        if room else alias


def tip(text: str) -> str:
    """A tooltip showing typed text (a note, a name): escaped, so it is never read as markup.

    Qt shows a tooltip that looks like markup as rich text; typed text is escaped and put in a
    paragraph (so the escaped characters show as typed, and a long note wraps).
    """
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- requests -----------------------------------------------------------------------------------

(REQ_SINCE, REQ_RESIDENT, REQ_KIND, REQ_ITEM, REQ_SIZE, REQ_QTY, REQ_URGENCY, REQ_IN_STOCK, REQ_STATUS,
 REQ_NOTE) = range(10)


# The urgency in a narrow column (the full label is the tooltip and the dialogs' choice).
SHORT_URGENCIES = {
    "urgent": QT_TRANSLATE_NOOP("RequestsModel", "Urgent"),
    "soon": QT_TRANSLATE_NOOP("RequestsModel", "Soon"),
    "whenever": QT_TRANSLATE_NOOP("RequestsModel", "Whenever"),
}


class RequestsModel(RowsModel[RequestLine]):
    """Requests as the service orders them (waiting: most urgent and oldest first)."""

    CONTEXT = "RequestsModel"
    HEADERS = {
        REQ_SINCE: QT_TRANSLATE_NOOP("RequestsModel", "Asked on"),
        REQ_RESIDENT: QT_TRANSLATE_NOOP("RequestsModel", "Resident"),
        REQ_KIND: QT_TRANSLATE_NOOP("RequestsModel", "Kind"),
        REQ_ITEM: QT_TRANSLATE_NOOP("RequestsModel", "Item"),
        REQ_SIZE: QT_TRANSLATE_NOOP("RequestsModel", "Size"),
        REQ_QTY: QT_TRANSLATE_NOOP("RequestsModel", "Qty"),
        REQ_URGENCY: QT_TRANSLATE_NOOP("RequestsModel", "Urgency"),
        REQ_IN_STOCK: QT_TRANSLATE_NOOP("RequestsModel", "In stock"),
        REQ_STATUS: QT_TRANSLATE_NOOP("RequestsModel", "Status"),
        REQ_NOTE: QT_TRANSLATE_NOOP("RequestsModel", "Note"),
    }

    def row_of(self, request_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role in DISPLAY:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == REQ_NOTE and line.note:
                return tip(line.note)
            if column == REQ_KIND:
                return tip(line.kind_name)
            if column == REQ_SINCE:
                return tip(self.tr("Written down by {name}").format(name=line.requested_by))
            if column == REQ_URGENCY:
                return urgency_text(line.urgency)
            if column == REQ_IN_STOCK and line.in_stock is None:
                return self.tr("This item is not on the stock list.")
            if column == REQ_STATUS and line.status == "cancelled" and line.close_note:
                return tip(line.close_note)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (REQ_QTY, REQ_IN_STOCK):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == REQ_URGENCY and line.urgency == "urgent" \
                and line.status == "open":
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == REQ_URGENCY and line.urgency == "urgent" and line.status == "open":
                return WARN
            if column == REQ_IN_STOCK and line.in_stock is not None and line.in_stock < line.quantity:
                return WARN
            if line.status != "open":
                return QUIET
        return None

    def _text(self, line: RequestLine, column: int) -> str | None:
        if column == REQ_SINCE:
            return day_text(line.requested_on)
        if column == REQ_RESIDENT:
            return who_text(line.alias, line.room)
        if column == REQ_KIND:
            return line.kind_name
        if column == REQ_ITEM:
            return line.item
        if column == REQ_SIZE:
            return line.size
        if column == REQ_QTY:
            return str(line.quantity)
        if column == REQ_URGENCY:
            short = SHORT_URGENCIES.get(line.urgency)
            return self.tr(short) if short else urgency_text(line.urgency)
        if column == REQ_IN_STOCK:
            return "—" if line.in_stock is None else str(line.in_stock)
        if column == REQ_STATUS:
            status = choice_text(REQUEST_STATUSES, line.status)
            if line.closed_on is not None:
                return self.tr("{status} on {day}").format(status=status, day=day_text(line.closed_on))
            return status
        if column == REQ_NOTE:
            return " ".join(line.note.split())
        return None


# --- hand-outs ----------------------------------------------------------------------------------

OUT_DAY, OUT_RESIDENT, OUT_KIND, OUT_ITEM, OUT_SIZE, OUT_QTY, OUT_BY, OUT_NOTE = range(8)


class HandoutsModel(RowsModel[HandoutLine]):
    """Hand-outs, newest first."""

    CONTEXT = "HandoutsModel"
    HEADERS = {
        OUT_DAY: QT_TRANSLATE_NOOP("HandoutsModel", "Day"),
        OUT_RESIDENT: QT_TRANSLATE_NOOP("HandoutsModel", "Resident"),
        OUT_KIND: QT_TRANSLATE_NOOP("HandoutsModel", "Kind"),
        OUT_ITEM: QT_TRANSLATE_NOOP("HandoutsModel", "Item"),
        OUT_SIZE: QT_TRANSLATE_NOOP("HandoutsModel", "Size"),
        OUT_QTY: QT_TRANSLATE_NOOP("HandoutsModel", "Qty"),
        OUT_BY: QT_TRANSLATE_NOOP("HandoutsModel", "Handed out by"),
        OUT_NOTE: QT_TRANSLATE_NOOP("HandoutsModel", "Note"),
    }

    def row_of(self, handout_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == handout_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role in DISPLAY:
            return {
                OUT_DAY: day_text(line.handed_on), OUT_RESIDENT: line.alias, OUT_KIND: line.kind_name,
                OUT_ITEM: line.item, OUT_SIZE: line.size, OUT_QTY: str(line.quantity), OUT_BY: line.handed_by,
                OUT_NOTE: " ".join(line.note.split()),
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == OUT_NOTE and line.note:
                return tip(line.note)
            if column == OUT_KIND:
                return tip(line.kind_name)
            if column == OUT_ITEM and line.request_id is not None:
                return self.tr("She had asked for it.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OUT_QTY:
            return RIGHT
        return None


# --- stock --------------------------------------------------------------------------------------

STOCK_KIND, STOCK_ITEM, STOCK_SIZE, STOCK_COUNT, STOCK_LOW_AT, STOCK_LOW = range(6)


class StockModel(RowsModel[StockLine]):
    """What is on the shelves, by kind, item and size; "Low" when at or below its mark."""

    CONTEXT = "StockModel"
    HEADERS = {
        STOCK_KIND: QT_TRANSLATE_NOOP("StockModel", "Kind"),
        STOCK_ITEM: QT_TRANSLATE_NOOP("StockModel", "Item"),
        STOCK_SIZE: QT_TRANSLATE_NOOP("StockModel", "Size"),
        STOCK_COUNT: QT_TRANSLATE_NOOP("StockModel", "On the shelf"),
        STOCK_LOW_AT: QT_TRANSLATE_NOOP("StockModel", "Warn at"),
        STOCK_LOW: QT_TRANSLATE_NOOP("StockModel", "Low?"),
    }

    def row_of(self, stock_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == stock_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role in DISPLAY:
            if column == STOCK_LOW:
                if line.count < 0:
                    return self.tr("Count again")
                return self.tr("Low") if line.is_low else ""
            if column == STOCK_LOW_AT:
                return str(line.low_at) if line.low_at > 0 else "—"
            return {STOCK_KIND: line.kind_name, STOCK_ITEM: line.item, STOCK_SIZE: line.size,
                    STOCK_COUNT: str(line.count)}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STOCK_KIND:
                return tip(line.kind_name)
            if column == STOCK_LOW_AT:
                return self.tr("It is on the low-stock list at or below this count.") if line.low_at > 0 \
                    else self.tr("No low-stock warning for this item.")
            if column == STOCK_LOW and line.count < 0:
                return self.tr("The list shows less than nothing: please count what is on the shelf.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STOCK_COUNT, STOCK_LOW_AT):
            return RIGHT
        low = line.is_low or line.count < 0
        if role == Qt.ItemDataRole.FontRole and low and column in (STOCK_COUNT, STOCK_LOW):
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole and low and column in (STOCK_COUNT, STOCK_LOW):
            return WARN
        return None


HIST_DAY, HIST_WHAT, HIST_CHANGE, HIST_AFTER, HIST_BY, HIST_NOTE = range(6)


class StockHistoryModel(RowsModel[StockChangeLine]):
    """Every change to one stock item's count, newest first."""

    CONTEXT = "StockHistoryModel"
    HEADERS = {
        HIST_DAY: QT_TRANSLATE_NOOP("StockHistoryModel", "Day"),
        HIST_WHAT: QT_TRANSLATE_NOOP("StockHistoryModel", "What happened"),
        HIST_CHANGE: QT_TRANSLATE_NOOP("StockHistoryModel", "Change"),
        HIST_AFTER: QT_TRANSLATE_NOOP("StockHistoryModel", "Count after"),
        HIST_BY: QT_TRANSLATE_NOOP("StockHistoryModel", "By"),
        HIST_NOTE: QT_TRANSLATE_NOOP("StockHistoryModel", "Note or reason"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role in DISPLAY:
            return {
                HIST_DAY: day_text(line.day), HIST_WHAT: choice_text(STOCK_REASONS, line.reason_kind),
                HIST_CHANGE: f"{line.change:+d}", HIST_AFTER: str(line.count_after), HIST_BY: line.by_name,
                HIST_NOTE: " ".join(line.note.split()),
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == HIST_NOTE and line.note:
            return tip(line.note)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (HIST_CHANGE, HIST_AFTER):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == HIST_AFTER and line.count_after < 0:
            return WARN
        return None


KIND_NAME, KIND_IN_USE = range(2)


class KindsModel(RowsModel[SupplyKindView]):
    """The list of supply kinds, also those out of use (greyed)."""

    CONTEXT = "KindsModel"
    HEADERS = {
        KIND_NAME: QT_TRANSLATE_NOOP("KindsModel", "Kind"),
        KIND_IN_USE: QT_TRANSLATE_NOOP("KindsModel", "In use"),
    }

    def row_of(self, kind_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == kind_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        kind = self.row(index.row())
        if kind is None:
            return None
        if role in DISPLAY:
            if index.column() == KIND_NAME:
                return kind.name
            return self.tr("In use") if kind.active else self.tr("Out of use")
        if role == Qt.ItemDataRole.FontRole and not kind.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not kind.active:
            return QUIET
        return None
