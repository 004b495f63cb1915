"""Clothing and supplies: requests waiting, what was handed out, and the donated stock.

Three tabs (Alt+R, Alt+O, Alt+S). On "Requests" Enter (or Ctrl+H) hands out the chosen
request, filled in from it, so a hand-out is two key presses; Ctrl+N writes a new request,
Delete cancels one, Ctrl+Shift+H hands something out without a request (food such as a
pantry bag). On "Stock" Ctrl+D records donations, Enter adds more of the chosen item.
The page reads the supply service again after every change (``signals.changed``
"supplies", "residents" or "beds", a moment later) while it is shown; a change while it is
hidden only marks it to be read again when it is shown. What happened is said on the line
under the title.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.resident_form_parts import hint
from shelter_desk.gui.resident_text import FlowLayout, list_table, selected_row
from shelter_desk.gui.resident_widgets import DateField
from shelter_desk.gui.supplies_models import (
    OUT_KIND,
    REQ_KIND,
    REQ_STATUS,
    STOCK_ITEM,
    STOCK_KIND,
    HandoutsModel,
    RequestsModel,
    StockModel,
)
from shelter_desk.gui.supply_dialogs import (
    CancelRequestDialog,
    HandOutDialog,
    ReceiveDialog,
    RecountDialog,
    RequestDialog,
    StockHistoryDialog,
    SupplyKindsDialog,
)
from shelter_desk.gui.worker import error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.needs_views import HandoutLine, RequestLine, StockLine

REFRESH_DELAY_MS = 200
RECENT_DAYS = 30
HANDOUTS_LIMIT = 5000  # the newest hand-outs of the days chosen; more is said, not shown
REQUESTS_LIMIT = 2000  # all requests: the newest (waiting ones are few and always all shown)
CONTEXT = "SuppliesPage"

# For the F1 list of shortcuts: (keys, what they do).
SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: write down a new request")),
    ("Enter", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: hand out the chosen request (Enter again saves)")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: hand out the chosen request")),
    ("Ctrl+Shift+H", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: hand out something without a request (food…)")),
    ("Delete", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: cancel the chosen request")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: open the file of the resident on the chosen line")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: donations came in")),
    ("Alt+R / Alt+O / Alt+S", QT_TRANSLATE_NOOP("SuppliesPage", "Supplies: requests / handed out / stock")),
)


def shortcut_rows() -> list[tuple[str, str]]:
    """The Supplies screen's keys, for the main window's F1 list."""
    rows = []
    for keys, text in SHORTCUTS:
        shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                           for k in keys.split(" / "))
        rows.append((shown, QCoreApplication.translate(CONTEXT, text)))
    return rows


class SuppliesPage(QWidget):
    """Requests, hand-outs and stock for everyone who may see residents.

    Holds nothing but what the supply service last returned. Every change goes through
    ``desk.supplies`` (the dialogs in ``supply_dialogs``); "Kinds of supplies…" is there only
    for ``Permission.MANAGE_LISTS`` (the service checks it again).
    """

    REFRESH_TOPICS = {"supplies", "residents", "beds"}  # beds: the room shown with her name

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self.can_record = desk.can(Permission.DAILY_NEEDS)

        title = QLabel(self.tr("Clothing and supplies"), self)
        title.setObjectName("titleLabel")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("suppliesSummaryLabel")
        self.summary_label.setStyleSheet("font-size: 12pt;")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names her: typed text, never markup
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_requests(), self.tr("&Requests"))
        self.tabs.addTab(self._build_handouts(), self.tr("Handed &out"))
        self.tabs.addTab(self._build_stock(), self.tr("&Stock"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # Made after the tabs, so Tab reaches it after the lists and their buttons.
        self.kinds_button = QPushButton(self.tr("&Kinds of supplies…"), self)
        self.kinds_button.setAutoDefault(False)
        self.kinds_button.clicked.connect(self.edit_kinds)
        self.kinds_button.setVisible(desk.can(Permission.MANAGE_LISTS))

        # Keys that work on the whole page (an action acts at once; a button's own shortcut animates first).
        self._action("Ctrl+N", self.new_request)
        self._action("Ctrl+H", self.hand_out)
        self._action("Ctrl+Shift+H", self.hand_out_free)
        self._action("Ctrl+D", self.receive)
        self._action("Ctrl+O", self.open_file)
        cancel = QAction(self.requests_table)
        cancel.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        cancel.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        cancel.triggered.connect(lambda _checked=False: self.cancel_request())
        self.requests_table.addAction(cancel)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.kinds_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._stale = False  # changed while hidden: read again when shown
        signals.changed.connect(self._on_changed)
        self.refresh()

    # --- building ---------------------------------------------------------------------------------
    def _action(self, keys: str, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)

    def _button(self, parent: QWidget, text: str, slot: Callable[[], None], keys: str = "") -> QPushButton:
        button = QPushButton(text, parent)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        if keys:
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("{action} ({keys})").format(action=text.replace("&", ""), keys=shown))
        return button

    @staticmethod
    def _tab(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
        tab = QWidget(parent)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        return tab, layout

    @staticmethod
    def _empty_label(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("noticeLabel")
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _columns(table: QTableView, kind: int, stretch: int | None = None) -> None:
        """Columns as wide as what they show; the note (last) takes the room left, or the list scrolls sideways.

        The kind's column has a set width (a long kind such as "Food (pantry bags, formula)" is cut
        short on screen; its tooltip has it whole).
        """
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(320)
        header.setSectionResizeMode(kind, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(kind, table.fontMetrics().horizontalAdvance("x" * 18) + 16)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _build_requests(self) -> QWidget:
        tab, layout = self._tab(self)
        self.show_combo = QComboBox(tab)
        self.show_combo.addItem(self.tr("Waiting"), True)
        self.show_combo.addItem(self.tr("All requests"), False)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh_requests())
        show_label = QLabel(self.tr("Sho&w:"), tab)
        show_label.setBuddy(self.show_combo)
        self.requests_model = RequestsModel(self)
        self.requests_table = list_table(tab, self.requests_model, self.tr("Requests"))
        self._columns(self.requests_table, REQ_KIND)
        self.requests_table.activated.connect(lambda _i: self.hand_out())
        self.requests_empty = self._empty_label("", tab)
        self.new_button = self._button(tab, self.tr("&New request…"), self.new_request, "Ctrl+N")
        self.hand_out_button = self._button(tab, self.tr("H&and out…"), self.hand_out, "Ctrl+H")
        self.hand_out_button.setToolTip(self.tr("Hand out the chosen request (Enter or Ctrl+H)"))
        self.cancel_button = self._button(tab, self.tr("&Cancel the request…"), self.cancel_request, "Delete")
        self.free_button = self._button(tab, self.tr("Hand out wi&thout a request…"), self.hand_out_free,
                                        "Ctrl+Shift+H")
        self.open_button = self._button(tab, self.tr("O&pen her file"), self.open_file, "Ctrl+O")
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.show_combo)
        top.addSpacing(16)
        top.addWidget(hint(self.tr("Enter hands out the chosen request · Ctrl+N new request · Delete cancels it"),
                           tab), 1)
        buttons = FlowLayout()
        for button in (self.new_button, self.hand_out_button, self.cancel_button, self.free_button,
                       self.open_button):
            buttons.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.requests_empty)
        layout.addWidget(self.requests_table, 1)
        layout.addLayout(buttons)
        chain = [self.show_combo, self.requests_table, self.new_button, self.hand_out_button, self.cancel_button,
                 self.free_button, self.open_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.requests_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return tab

    def _build_handouts(self) -> QWidget:
        tab, layout = self._tab(self)
        today = self.desk.today()
        self.since_edit = DateField(tab, field="since", label=QT_TRANSLATE_NOOP("fields", "the first day"),
                                    value=today - timedelta(days=RECENT_DAYS - 1))
        self.until_edit = DateField(tab, field="until", label=QT_TRANSLATE_NOOP("fields", "the last day"),
                                    value=today)
        for edit in (self.since_edit, self.until_edit):
            edit.editingFinished.connect(self.refresh_handouts)
        since_label = QLabel(self.tr("&Days from"), tab)
        since_label.setBuddy(self.since_edit)
        until_label = QLabel(self.tr("&until"), tab)
        until_label.setBuddy(self.until_edit)
        self.recent_button = self._button(tab, self.tr("Last &30 days"), self.last_30_days)
        self.handouts_total = QLabel(tab)
        self.handouts_error = QLabel(tab)
        self.handouts_error.setObjectName("errorLabel")
        self.handouts_error.setWordWrap(True)
        self.handouts_error.hide()
        self.handouts_model = HandoutsModel(self)
        self.handouts_table = list_table(tab, self.handouts_model, self.tr("Handed out"))
        self._columns(self.handouts_table, OUT_KIND)
        self.handouts_table.activated.connect(lambda _i: self.open_file())
        self.handouts_empty = self._empty_label(self.tr("Nothing was handed out in these days."), tab)
        self.free_button_2 = self._button(tab, self.tr("Hand out wi&thout a request…"), self.hand_out_free,
                                          "Ctrl+Shift+H")
        self.open_button_2 = self._button(tab, self.tr("O&pen her file"), self.open_file, "Ctrl+O")
        top = QHBoxLayout()
        top.addWidget(since_label)
        top.addWidget(self.since_edit)
        top.addWidget(until_label)
        top.addWidget(self.until_edit)
        top.addWidget(self.recent_button)
        top.addSpacing(16)
        top.addWidget(self.handouts_total, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.free_button_2)
        buttons.addWidget(self.open_button_2)
        buttons.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.handouts_error)
        layout.addWidget(self.handouts_empty)
        layout.addWidget(self.handouts_table, 1)
        layout.addLayout(buttons)
        chain = [self.since_edit, self.until_edit, self.recent_button, self.handouts_table, self.free_button_2,
                 self.open_button_2]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.handouts_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return tab

    def _build_stock(self) -> QWidget:
        tab, layout = self._tab(self)
        self.low_check = QCheckBox(self.tr("Show only what is &low"), tab)
        self.low_check.toggled.connect(lambda _on: self.refresh_stock())
        self.stock_total = QLabel(tab)
        self.stock_model = StockModel(self)
        self.stock_table = list_table(tab, self.stock_model, self.tr("Stock"))
        self._columns(self.stock_table, STOCK_KIND, STOCK_ITEM)
        self.stock_table.activated.connect(lambda _i: self.receive_more())
        self.stock_empty = self._empty_label("", tab)
        self.receive_button = self._button(tab, self.tr("&Donations came in…"), self.receive, "Ctrl+D")
        self.more_button = self._button(tab, self.tr("Mor&e of this came in…"), self.receive_more, "Enter")
        self.recount_button = self._button(tab, self.tr("&Count again…"), self.recount)
        self.history_button = self._button(tab, self.tr("Histor&y…"), self.history)
        top = QHBoxLayout()
        top.addWidget(self.low_check)
        top.addSpacing(16)
        top.addWidget(self.stock_total)
        top.addSpacing(16)
        top.addWidget(hint(self.tr("Ctrl+D: donations came in · Enter: more of this"), tab), 1)
        buttons = FlowLayout()
        for button in (self.receive_button, self.more_button, self.recount_button, self.history_button):
            buttons.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.stock_empty)
        layout.addWidget(self.stock_table, 1)
        layout.addLayout(buttons)
        chain = [self.low_check, self.stock_table, self.receive_button, self.more_button, self.recount_button,
                 self.history_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.stock_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return tab

    # --- reading ----------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic not in self.REFRESH_TOPICS:
            return
        if self.isVisible():
            self._timer.start()  # several changes in a row: one read
        else:
            self._stale = True  # nothing is read while another screen is shown

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        self.refresh_requests()
        self.refresh_handouts()
        self.refresh_stock()

    def _read(self, read: Callable[[], list]) -> list:
        try:
            return read()
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return []

    @staticmethod
    def _keep(table: QTableView, row: int, fallback: int) -> None:
        count = table.model().rowCount()
        if count:
            table.selectRow(row if row >= 0 else min(max(fallback, 0), count - 1))

    def refresh_requests(self, select: int | None = None) -> None:
        current = self.selected_request()
        keep = select if select is not None else (current.id if current else None)
        waiting = bool(self.show_combo.currentData())
        lines = self._read(lambda: self.desk.supplies.requests(open_only=waiting, limit=REQUESTS_LIMIT))
        self.requests_model.set_rows(lines)
        self.requests_table.setColumnHidden(REQ_STATUS, waiting)
        self._keep(self.requests_table, self.requests_model.row_of(keep), self._last_request_row)
        cut = not waiting and len(lines) >= REQUESTS_LIMIT  # the newest only: older ones are not in the list
        if waiting:
            self._waiting = lines
        elif cut:  # a waiting request may be older than the newest shown: count them all
            self._waiting = self._read(lambda: self.desk.supplies.requests(open_only=True))
        else:
            self._waiting = [line for line in lines if line.status == "open"]
        if not lines:
            self.requests_empty.setText(
                self.tr("No requests are waiting. When a resident asks for something, press Ctrl+N.") if waiting
                else self.tr("No requests yet. When a resident asks for something, press Ctrl+N."))
        elif cut:
            self.requests_empty.setText(self.tr("Showing the newest {n} requests.").format(
                n=QLocale().toString(len(lines))))
        self.requests_empty.setVisible(not lines or cut)
        self._show_summary()
        self._update_buttons()

    def refresh_handouts(self) -> None:
        say(self.handouts_error, "")
        try:
            since, until = self.since_edit.value(), self.until_edit.value()
        except ValidationError as exc:
            say(self.handouts_error, error_text(exc))
            return
        current = self.selected_handout()
        lines = self._read(lambda: self.desk.supplies.handouts(since=since, until=until, limit=HANDOUTS_LIMIT))
        self.handouts_model.set_rows(lines)
        self._keep(self.handouts_table, self.handouts_model.row_of(current.id if current else None), 0)
        items = sum(line.quantity for line in lines)
        if len(lines) >= HANDOUTS_LIMIT:  # there may be more: a total would be wrong
            self.handouts_total.setText(self.tr("Showing the newest {n} hand-outs: choose fewer days to see them all.")
                                        .format(n=QLocale().toString(len(lines))))
        else:
            self.handouts_total.setText(
                self.tr("{n} hand-outs, {items} items").format(n=len(lines), items=items) if len(lines) != 1
                else self.tr("1 hand-out, {items} items").format(items=items) if items != 1
                else self.tr("1 hand-out, 1 item"))
        self.handouts_empty.setVisible(not lines)
        self._update_buttons()

    def refresh_stock(self, select: int | None = None) -> None:
        current = self.selected_stock()
        keep = select if select is not None else (current.id if current else None)
        low_only = self.low_check.isChecked()
        lines = self._read(lambda: self.desk.supplies.stock(low_only=low_only))
        self.stock_model.set_rows(lines)
        self._keep(self.stock_table, self.stock_model.row_of(keep), 0)
        self._low = lines if low_only else [line for line in lines if line.is_low]
        if not lines:
            self.stock_empty.setText(
                self.tr("Nothing is low.") if low_only else
                self.tr("Nothing on the stock list yet. When donations come in, press Ctrl+D."))
        self.stock_empty.setVisible(not lines)
        self.stock_total.setText(
            self.tr("{n} on the list").format(n=len(lines)) if not low_only else "")
        self._show_summary()
        self._update_buttons()

    _waiting: list[RequestLine] = []
    _low: list[StockLine] = []
    _last_request_row = 0

    def _show_summary(self) -> None:
        waiting = len(self._waiting)
        urgent = sum(1 for line in self._waiting if line.urgency == "urgent")
        parts = [self.tr("1 request waiting") if waiting == 1
                 else self.tr("{n} requests waiting").format(n=waiting)]
        if urgent:
            parts.append(self.tr("{n} urgent").format(n=urgent))
        if self._low:
            parts.append(self.tr("1 item low in stock") if len(self._low) == 1
                         else self.tr("{n} items low in stock").format(n=len(self._low)))
        text = parts[0]
        for part in parts[1:]:
            text = self.tr("{before} · {more}").format(before=text, more=part)
        self.summary_label.setText(text)

    def selected_request(self) -> RequestLine | None:
        return self.requests_model.row(selected_row(self.requests_table))

    def selected_handout(self) -> HandoutLine | None:
        return self.handouts_model.row(selected_row(self.handouts_table))

    def selected_stock(self) -> StockLine | None:
        return self.stock_model.row(selected_row(self.stock_table))

    def _update_buttons(self) -> None:
        request = self.selected_request()
        waiting = request is not None and request.status == "open"
        self.new_button.setEnabled(self.can_record)
        self.hand_out_button.setEnabled(self.can_record and waiting)
        self.cancel_button.setEnabled(self.can_record and waiting)
        self.free_button.setEnabled(self.can_record)
        self.free_button_2.setEnabled(self.can_record)
        self.open_button.setEnabled(request is not None)
        self.open_button_2.setEnabled(self.selected_handout() is not None)
        stock = self.selected_stock()
        self.receive_button.setEnabled(self.can_record)
        self.more_button.setEnabled(self.can_record and stock is not None)
        self.recount_button.setEnabled(self.can_record and stock is not None)
        self.history_button.setEnabled(stock is not None)

    def _tab_changed(self, index: int) -> None:
        table = (self.requests_table, self.handouts_table, self.stock_table)[index]
        if table.model().rowCount():
            table.setFocus(Qt.FocusReason.TabFocusReason)

    def last_30_days(self) -> None:
        today = self.desk.today()
        self.since_edit.set_value(today - timedelta(days=RECENT_DAYS - 1))
        self.until_edit.set_value(today)
        self.refresh_handouts()

    # --- actions ----------------------------------------------------------------------------------
    def _run(self, make: Callable[[], QDialog]) -> QDialog | None:
        """Open a dialog; the dialog if it was saved (None when closed, or when it could not open)."""
        say(self.message_label, "")
        try:
            dialog = make()
        except ShelterDeskError as exc:
            show_error(self, exc)
            return None
        try:
            saved = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        # Not when the screen lock closed it: this page is going away.
        return dialog if saved and self.desk.current is not None and not self.desk.locked else None

    def _done(self, text: str, table: QTableView) -> None:
        self.refresh()
        say(self.message_label, text)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_request(self) -> None:
        if not self.can_record:
            return
        dialog = self._run(lambda: RequestDialog(self, self.desk))
        if dialog is not None:
            self.tabs.setCurrentIndex(0)
            self.refresh_requests(select=dialog.request_id)
            self._done(dialog.message, self.requests_table)

    def hand_out(self) -> None:
        """The chosen waiting request, filled in: Enter in the dialog hands it out."""
        if not self.can_record:
            return
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)
        request = self.selected_request()
        if request is None:
            return
        if request.status != "open":
            say(self.message_label, self.tr("This request is closed already."))
            return
        self._last_request_row = selected_row(self.requests_table)
        dialog = self._run(lambda: HandOutDialog(self, self.desk, request=request))
        if dialog is not None:
            self._done(dialog.message, self.requests_table)

    def hand_out_free(self) -> None:
        """Something given without a request (food: a pantry bag, baby formula)."""
        if not self.can_record:
            return
        # Nobody is chosen beforehand: the line selected here may be someone else's.
        dialog = self._run(lambda: HandOutDialog(self, self.desk))
        if dialog is not None:
            self.tabs.setCurrentIndex(1)
            self.last_30_days()
            self._done(dialog.message, self.handouts_table)

    def cancel_request(self) -> None:
        request = self.selected_request()
        if not self.can_record or request is None or request.status != "open" or self.tabs.currentIndex() != 0:
            return
        self._last_request_row = selected_row(self.requests_table)
        dialog = self._run(lambda: CancelRequestDialog(self, self.desk, request))
        if dialog is not None:
            self._done(self.tr("The request of {alias} was cancelled.").format(alias=request.alias),
                       self.requests_table)

    def open_file(self) -> None:
        index = self.tabs.currentIndex()
        line = self.selected_request() if index == 0 else self.selected_handout() if index == 1 else None
        if line is not None:
            self.signals.open_resident.emit(line.resident_id)

    def receive(self) -> None:
        if not self.can_record:
            return
        dialog = self._run(lambda: ReceiveDialog(self, self.desk))
        if dialog is not None:
            self.tabs.setCurrentIndex(2)
            self.refresh_stock(select=dialog.stock_id)
            self._done(dialog.message, self.stock_table)

    def receive_more(self) -> None:
        stock = self.selected_stock()
        if not self.can_record or stock is None:
            return
        dialog = self._run(lambda: ReceiveDialog(self, self.desk, stock))
        if dialog is not None:
            self._done(dialog.message, self.stock_table)

    def recount(self) -> None:
        stock = self.selected_stock()
        if not self.can_record or stock is None:
            return
        dialog = self._run(lambda: RecountDialog(self, self.desk, stock))
        if dialog is not None:
            self._done(dialog.message, self.stock_table)

    def history(self) -> None:
        stock = self.selected_stock()
        if stock is None:
            return
        self._run(lambda: StockHistoryDialog(self, self.desk, stock))
        if self.desk.current is not None and not self.desk.locked:
            self.stock_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_kinds(self) -> None:
        if not self.desk.can(Permission.MANAGE_LISTS):
            return
        self._run(lambda: SupplyKindsDialog(self, self.desk))
        if self.desk.current is not None and not self.desk.locked and self.isVisible():
            self.refresh()
