"""Appointments and rides: one day, one week, and the past appointments still to settle.

Everything is done from the keyboard. Alt+D, Alt+W and Alt+S switch between the day, the
week and the "To settle" list; Alt+Left / Alt+Right go to the previous / next day or week,
Alt+Home back to today, Alt+G jumps to a typed day. Ctrl+N books, Enter opens the chosen
appointment (change it while it is to come, record how it went once its time has passed),
Ctrl+E changes, Ctrl+R records how it went, Ctrl+Shift+R moves it to a new time, Ctrl+O opens
her file, Ctrl+P prints the day sheet for drivers and escorts and Ctrl+Shift+S saves it as a PDF.

The page reads the vault only while it is shown: a change made elsewhere while another screen
is shown only marks it out of date, and it reads again when it is shown. Alt+F, Alt+M and Alt+H
belong to the main window's menus (File, My account, Help): no button here uses those letters.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui import printing
from shelter_desk.gui.appointment_dialogs import AppointmentDialog, SettleDialog
from shelter_desk.gui.appointments_model import (
    COL_DAY,
    COL_ESCORT,
    COL_KIND,
    COL_PLACE,
    COL_RESIDENT,
    COL_RIDE,
    COL_STATUS,
    COL_TIME,
    AppointmentsModel,
    Slot,
    day_slots,
    kind_text,
    settle_slots,
    week_of,
    week_slots,
    weekday_text,
    when_text,
)
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.resident_text import FlowLayout, list_table, selected_row
from shelter_desk.gui.resident_widgets import DateField
from shelter_desk.gui.worker import Operation, error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.reports.day_sheet import render_day_sheet
from shelter_desk.services.needs_views import AppointmentLine

REFRESH_TOPICS = {"appointments", "residents"}
REFRESH_DELAY_MS = 200
CLOCK_REFRESH_MS = 60_000  # a booked appointment whose time passes becomes "To settle" while on screen
DAY, WEEK, SETTLE = "day", "week", "settle"
# The widest a column with short words gets, in pixels (place and ride share what is left).
COLUMN_WIDTHS = {COL_DAY: 170, COL_TIME: 130, COL_RESIDENT: 160, COL_KIND: 150, COL_ESCORT: 150, COL_STATUS: 230}
MIN_WIDE_COLUMN = 100

# The page's keys, for the keyboard shortcuts list (F1): (keys, what they do).
SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: book an appointment")),
    ("Enter", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: open the chosen one (change it, or record how "
                                                    "it went once its time has passed)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: change the chosen appointment")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: record how it went (went, missed, cancelled)")),
    ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: move it to a new time")),
    ("Alt+D / Alt+W / Alt+S", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: show the day, the week, or "
                                                                    "those to settle")),
    ("Alt+Left / Alt+Right", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: previous / next day or week")),
    ("Alt+Home", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: back to today")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: print the day sheet for drivers and escorts")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("AppointmentsPage", "Appointments: save the day sheet as a PDF")),
)


def shortcut_rows() -> list[tuple[str, str]]:
    """The rows this page adds to Help → Keyboard shortcuts."""
    def keys(text: str) -> str:
        if "/" in text or text == "Enter":
            return text
        return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)

    return [(keys(k), QCoreApplication.translate("AppointmentsPage", what)) for k, what in SHORTCUTS]


class AppointmentsPage(QWidget):
    """The appointments of a day or a week, and those still to settle.

    Reads ``desk.appointments`` only while shown: after every change (``signals.changed`` for
    "appointments" or "residents", debounced) and once a minute. A change while hidden only marks
    it out of date; it reads again when shown (or when a minute has gone by). Holds nothing else. Booking, changing, moving and settling go through the
    dialogs of :mod:`shelter_desk.gui.appointment_dialogs`, which call the service themselves.
    """

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self.view = DAY
        self.day = desk.today()
        self.settle_count = 0
        self._operation: Operation | None = None
        self._stale = True  # read again when next shown (a change while another screen was shown)
        self._read_at = 0.0  # time.monotonic() of the last read
        can_book = desk.can(Permission.DAILY_NEEDS)
        # The list is made first, so Tab from the screens on the left lands on it.
        self.model = AppointmentsModel(self)
        self.table = list_table(self, self.model, self.tr("Appointments"))

        title = QLabel(self.tr("Appointments and rides"), self)
        title.setObjectName("titleLabel")
        self.settle_label = QLabel(self)
        self.settle_label.setObjectName("noticeLabel")
        self.settle_label.setWordWrap(True)
        self.places_button = QPushButton(self.tr("P&laces…"), self)
        self.places_button.setToolTip(self.tr("The list of clinics, offices and courts, with their addresses"))
        self.places_button.clicked.connect(self.edit_places)
        self.places_button.setVisible(can_book)

        # --- which appointments: the day, the week, those to settle ---------------------------
        self.day_button = self._toggle(self.tr("&Day"), self.tr("One day (Alt+D)"))
        self.week_button = self._toggle(self.tr("&Week"), self.tr("The whole week (Alt+W)"))
        self.settle_button = self._toggle(self.tr("To &settle"),
                                          self.tr("Past appointments still booked: record how they went (Alt+S)"))
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        for button, view in ((self.day_button, DAY), (self.week_button, WEEK), (self.settle_button, SETTLE)):
            self.view_group.addButton(button)
            button.clicked.connect(lambda _checked=False, v=view: self.show_view(v))
        self.day_button.setChecked(True)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Back to today (Alt+Home)"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.jump_edit = DateField(self, field="jump", label=QT_TRANSLATE_NOOP("fields", "the day"))
        self.jump_edit.setAccessibleName(self.tr("Go to a day"))
        self.jump_edit.returnPressed.connect(self.jump)
        jump_label = QLabel(self.tr("&Go to"), self)
        jump_label.setBuddy(self.jump_edit)
        self.jump_error = QLabel(self)
        self.jump_error.setObjectName("errorLabel")
        self.jump_error.setTextFormat(Qt.TextFormat.PlainText)
        self.jump_error.hide()
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.period_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #245a5e;")

        # --- the list ------------------------------------------------------------------------
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)  # a wider window gives the place and the ride more room
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.setToolTip(self.tr("Enter opens the chosen appointment"))
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        empty_box = QWidget(self)
        empty_layout = QVBoxLayout(empty_box)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.list_stack.addWidget(empty_box)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names her: typed text, never markup
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # --- actions -------------------------------------------------------------------------
        self.book_button = self._button(self.tr("&Book…"), "Ctrl+N", self.book)
        self.change_button = self._button(self.tr("&Change…"), "Ctrl+E", self.change)
        self.settle_action_button = self._button(self.tr("&Record how it went…"), "Ctrl+R", self.settle)
        self.move_button = self._button(self.tr("Move to a new &time…"), "Ctrl+Shift+R", self.move)
        self.open_button = self._button(self.tr("&Open her file"), "Ctrl+O", self.open_file)
        self.print_button = self._button(self.tr("&Print the day sheet…"), "Ctrl+P", self.print_sheet)
        self.save_button = self._button(self.tr("Sa&ve as PDF…"), "Ctrl+Shift+S", self.save_sheet)
        for button in (self.book_button, self.change_button, self.settle_action_button, self.move_button,
                       self.print_button, self.save_button):
            button.setVisible(can_book)
        self._key("Alt+Left", lambda: self.step(-1))
        self._key("Alt+Right", lambda: self.step(1))
        self._key("Alt+Home", self.go_today)
        self._key("Alt+A", lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason))  # back to the list
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        keys_hint = QLabel(self.tr("Enter opens · Ctrl+N books · Ctrl+R records how it went · "
                                   "Alt+Left / Alt+Right: previous / next · F1: every key"), self)
        keys_hint.setObjectName("hintLabel")
        keys_hint.setStyleSheet("color: #4a565a;")
        keys_hint.setWordWrap(True)

        # --- layout --------------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.settle_label, 1)
        top.addWidget(self.places_button)
        nav = QHBoxLayout()
        nav.setSpacing(6)
        for button in (self.day_button, self.week_button, self.settle_button):
            nav.addWidget(button)
        nav.addSpacing(18)
        for button in (self.previous_button, self.today_button, self.next_button):
            nav.addWidget(button)
        nav.addSpacing(18)
        nav.addWidget(jump_label)
        nav.addWidget(self.jump_edit)
        nav.addStretch(1)
        actions = FlowLayout(spacing=8)
        for button in (self.book_button, self.change_button, self.settle_action_button, self.move_button,
                       self.open_button):
            actions.addWidget(button)
        period = QHBoxLayout()
        period.setSpacing(8)
        period.addWidget(self.period_label, 1)
        period.addWidget(self.print_button)  # the day sheet is for the day shown: it sits by the day's name
        period.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addWidget(self.jump_error)
        layout.addLayout(period)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(keys_hint)

        chain = [self.table, self.book_button, self.change_button, self.settle_action_button, self.move_button,
                 self.open_button, self.print_button, self.save_button, self.day_button, self.week_button,
                 self.settle_button, self.previous_button, self.today_button, self.next_button, self.jump_edit,
                 self.places_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._clock_timer = QTimer(self)  # runs only while the page is shown (showEvent / hideEvent)
        self._clock_timer.setInterval(CLOCK_REFRESH_MS)
        self._clock_timer.timeout.connect(self._refresh_if_shown)
        signals.changed.connect(self._on_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Nothing is read until the page is shown (it is built, hidden, at sign-in).

    def _toggle(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.setStyleSheet("QPushButton:checked { background: #245a5e; color: #ffffff; border: 1px solid #1b4548; }")
        return button

    def _button(self, text: str, shortcut: str, slot) -> QPushButton:  # noqa: ANN001
        """A button, and an action on the page for its shortcut (acting at once, as the beds page does)."""
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        action = QAction(text, self)
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        action.triggered.connect(lambda _checked=False: slot() if button.isEnabled() and button.isVisible() else None)
        self.addAction(action)
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({keys})").format(action=text.replace("&", ""), keys=keys))
        return button

    def _key(self, keys: str, slot) -> None:  # noqa: ANN001
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)

    # --- reading ------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic not in REFRESH_TOPICS:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True  # another screen is shown: read when this one is shown again

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._can_read():
            self.refresh()
        else:
            self._timer.stop()
            self._stale = True

    def _can_read(self) -> bool:
        return self.desk.current is not None and not self.desk.locked

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._clock_timer.start()
        # A change made meanwhile, or a minute gone by (a booked appointment may now be "To settle").
        if (self._stale or time.monotonic() - self._read_at >= CLOCK_REFRESH_MS / 1000) and self._can_read():
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        self._clock_timer.stop()
        if self._timer.isActive():  # a change just came in: read it when shown again
            self._timer.stop()
            self._stale = True
        super().hideEvent(event)

    def period(self) -> tuple[date, date]:
        if self.view == WEEK:
            return week_of(self.day)
        return self.day, self.day

    def refresh(self, select_id: int | None = None) -> None:
        """Read the shown days (or those to settle) again, keeping the chosen appointment chosen."""
        self._timer.stop()
        self._stale = False
        self._read_at = time.monotonic()
        current = self.selected_slot()
        keep_id = select_id if select_id is not None else (
            current.line.id if current is not None and current.line is not None else None)
        keep_day = current.day if current is not None else self.day
        service = self.desk.appointments
        try:
            if self.view == SETTLE:
                lines = service.to_settle()
                settle_count = len(lines)
            else:
                first, last = self.period()
                lines = service.between(first, last)
                settle_count = service.count_to_settle()  # only the number: a count, not the lines
        except ShelterDeskError as exc:
            lines, settle_count = [], 0
            say(self.message_label, error_text(exc))
        moved = self._moved_to(lines)
        self.settle_count = settle_count
        if self.view == WEEK:
            slots = week_slots(self.period()[0], lines, moved)
        elif self.view == SETTLE:
            slots = settle_slots(lines)
        else:
            slots = day_slots(lines, moved)
        self.model.grouped = self.view != DAY
        self.model.set_rows(slots)
        self.table.setColumnHidden(COL_DAY, self.view == DAY)
        self._size_columns()
        self.table.setAlternatingRowColors(self.view == DAY)
        self._show_header()
        if slots:
            self.list_stack.setCurrentIndex(0)
            row = self.model.row_of(keep_id) if keep_id is not None else -1
            if row < 0:
                row = self._next_to_come(slots) if self.view == DAY else self.model.first_row_on(keep_day)
            self.table.selectRow(max(row, 0))
            self.table.scrollTo(self.model.index(max(row, 0), COL_TIME))
        else:
            self.list_stack.setCurrentIndex(1)
            self.empty_label.setText(self._empty_text())
        self._update_buttons()

    def _size_columns(self) -> None:
        """Short columns as wide as their words (a long one cut, whole in its tooltip); the place and the
        ride share the rest, never narrower than ``MIN_WIDE_COLUMN`` (the list then scrolls sideways)."""
        used = 0
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = self.table.horizontalHeader()
        rows = self.model.rowCount()
        for column, widest in COLUMN_WIDTHS.items():
            if self.table.isColumnHidden(column):
                continue
            # Every row, not only those on screen (Qt's own sizing looks at the visible rows only).
            words = [self.model.index(row, column).data() or "" for row in range(rows)]
            metrics = bold if column in (COL_DAY, COL_STATUS) else plain  # the bold ones: day names, "To settle"
            width = max([metrics.horizontalAdvance(w) for w in words] + [header.sectionSizeHint(column) - 14])
            width = min(width + 14, widest)
            self.table.setColumnWidth(column, width)
            used += width
        share = max(MIN_WIDE_COLUMN, (self.table.viewport().width() - used - 4) // 2)
        self.table.setColumnWidth(COL_PLACE, share)
        self.table.setColumnWidth(COL_RIDE, share)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._size_columns)  # once the viewport has its new width
        return super().eventFilter(watched, event)

    @staticmethod
    def _moved_to(lines: list[AppointmentLine]) -> dict[int, AppointmentLine]:
        """For each appointment moved to a new time shown in the same list: the new one.

        Nothing more is read: one on another day is read only when she presses Enter on the old
        time (:meth:`open_selected`), never once per row.
        """
        shown = {line.id: line for line in lines}
        return {line.id: shown[line.rescheduled_to_id] for line in lines
                if line.status == "rescheduled" and line.rescheduled_to_id in shown}

    def _next_to_come(self, slots: list[Slot]) -> int:
        """On today's list, the first appointment not yet over (what the desk looks at next)."""
        for n, slot in enumerate(slots):
            if slot.line is not None and slot.line.status == "scheduled" and not slot.line.needs_settling:
                return n
        return 0

    def _show_header(self) -> None:
        n = self.settle_count
        if n == 1:
            text = self.tr("1 past appointment needs to be settled (Alt+S).")
        elif n:
            text = self.tr("{n} past appointments need to be settled (Alt+S).").format(n=n)
        else:
            text = ""
        self.settle_label.setText(text)
        self.settle_label.setVisible(bool(text))
        self.settle_button.setText(self.tr("To &settle ({n})").format(n=n) if n else self.tr("To &settle"))
        today = self.desk.today()
        if self.view == DAY:
            label = weekday_text(self.day, long=True)
            if self.day == today:
                label = self.tr("Today, {day}").format(day=label)
            elif self.day == today + timedelta(days=1):
                label = self.tr("Tomorrow, {day}").format(day=label)
            elif self.day == today - timedelta(days=1):
                label = self.tr("Yesterday, {day}").format(day=label)
        elif self.view == WEEK:
            first, last = self.period()
            label = self.tr("Week of {first} to {last}").format(first=weekday_text(first), last=weekday_text(last))
        else:
            label = self.tr("Past appointments still booked: record how each one went")
        self.period_label.setText(label)
        stepping = self.view != SETTLE
        for widget in (self.previous_button, self.next_button, self.today_button, self.jump_edit):
            widget.setEnabled(stepping)
        unit = self.tr("week") if self.view == WEEK else self.tr("day")
        self.previous_button.setToolTip(self.tr("Previous {unit} (Alt+Left)").format(unit=unit))
        self.next_button.setToolTip(self.tr("Next {unit} (Alt+Right)").format(unit=unit))

    def _empty_text(self) -> str:
        if self.view == SETTLE:
            return self.tr("Every past appointment has been settled. Nothing to do here.")
        book = self.tr(" Press Ctrl+N to book one.") if self.desk.can(Permission.DAILY_NEEDS) else ""
        return self.tr("Nothing is booked on {day}.{book}").format(day=weekday_text(self.day, long=True), book=book)

    def selected_slot(self) -> Slot | None:
        row = selected_row(self.table)
        return self.model.row(row) if row >= 0 else None

    def selected(self) -> AppointmentLine | None:
        slot = self.selected_slot()
        return slot.line if slot is not None and self.list_stack.currentIndex() == 0 else None

    def _update_buttons(self) -> None:
        line = self.selected()
        booked = line is not None and line.status == "scheduled"
        self.change_button.setEnabled(booked)
        self.settle_action_button.setEnabled(booked)
        self.move_button.setEnabled(booked)
        self.open_button.setEnabled(line is not None)
        slot = self.selected_slot()
        if slot is not None and self.view == WEEK:
            self.day = slot.day  # the week's chosen day: Ctrl+N books on it, the day sheet is for it
        sheet_day = self.sheet_day()
        self.print_button.setEnabled(sheet_day is not None)
        self.save_button.setEnabled(sheet_day is not None)
        if sheet_day is not None:
            day = weekday_text(sheet_day)
            self.print_button.setToolTip(self.tr("Print the sheet of {day}'s appointments and rides for drivers and "
                                                 "escorts (Ctrl+P)").format(day=day))
            self.save_button.setToolTip(self.tr("Save the sheet of {day}'s appointments and rides as a PDF file "
                                                "(Ctrl+Shift+S)").format(day=day))

    # --- moving through days ------------------------------------------------------------------
    def show_view(self, view: str) -> None:
        slot = self.selected_slot()
        if slot is not None and self.view == WEEK:
            self.day = slot.day
        self.view = view
        {DAY: self.day_button, WEEK: self.week_button, SETTLE: self.settle_button}[view].setChecked(True)
        say(self.message_label, "")
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, direction: int) -> None:
        if self.view == SETTLE:
            return
        self.day += timedelta(days=7 * direction if self.view == WEEK else direction)
        self._moved_day()

    def go_today(self) -> None:
        if self.view == SETTLE:
            self.show_view(DAY)
        self.day = self.desk.today()
        self._moved_day()

    def go_to(self, day: date) -> None:
        """Show ``day`` (in the day or week view)."""
        if self.view == SETTLE:
            self.view = DAY
            self.day_button.setChecked(True)
        self.day = day
        self._moved_day()

    def jump(self) -> None:
        say(self.jump_error, "")
        try:
            day = self.jump_edit.value()
        except ShelterDeskError as exc:
            say(self.jump_error, error_text(exc))
            return
        if day is None:
            return
        self.jump_edit.clear()
        self.go_to(day)

    def _moved_day(self) -> None:
        say(self.message_label, "")
        self.model.set_rows([])  # the chosen row belongs to the old day: choose on the new one
        self.refresh()
        if self.view == WEEK:
            row = self.model.first_row_on(self.day)
            if row >= 0:
                self.table.selectRow(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def sheet_day(self) -> date | None:
        """The day the day sheet is for: the day shown, or the week's chosen day."""
        if self.view == SETTLE:
            slot = self.selected_slot()
            return slot.day if slot is not None else None
        return self.day

    # --- actions ------------------------------------------------------------------------------
    def open_selected(self) -> None:
        slot = self.selected_slot()
        if slot is None:
            return
        line = slot.line
        if line is None:  # a day of the week with nothing booked: show that day
            self.day = slot.day
            self.show_view(DAY)
            return
        if line.status == "scheduled":
            if line.needs_settling:
                self.settle()
            else:
                self.change()
            return
        if line.status == "rescheduled" and line.rescheduled_to_id is not None:
            new = slot.moved_to
            if new is None:  # on a day not shown: read it now
                try:
                    new = self.desk.appointments.get(line.rescheduled_to_id)
                except ShelterDeskError as exc:
                    say(self.message_label, error_text(exc))
                    return
            self.go_to(new.day)
            self.refresh(new.id)
            say(self.message_label, self.tr("This is the new time it was moved to."))
            return
        say(self.message_label, self.tr("{alias}'s {kind} on {when} is already settled: {status}.").format(
            alias=line.alias, kind=kind_text(line.kind), when=when_text(line),
            status=self.model.text(slot, COL_STATUS)))

    def book(self) -> None:
        if not self.desk.can(Permission.DAILY_NEEDS):
            return
        day = self.desk.today() if self.view == SETTLE else self.day  # (the week's chosen day in the week)
        dialog = self._open(lambda: AppointmentDialog(self, self.desk, day=day))
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.appointment_id is not None:
            self._after_save(dialog.appointment_id, self.tr("Booked: {what}."))
        dialog.deleteLater()

    def change(self) -> None:
        line = self._fresh_selected(booked=True)
        if line is None:
            return
        dialog = self._open(lambda: AppointmentDialog(self, self.desk, appointment=line))
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.appointment_id is not None:
            self._after_save(dialog.appointment_id, self.tr("Saved: {what}."))
        dialog.deleteLater()

    def move(self) -> None:
        line = self._fresh_selected(booked=True)
        if line is None:
            return
        dialog = self._open(lambda: AppointmentDialog(self, self.desk, appointment=line, reschedule=True))
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.appointment_id is not None:
            self._after_save(dialog.appointment_id, self.tr("Moved to a new time: {what}."))
        dialog.deleteLater()

    def settle(self) -> None:
        line = self._fresh_selected(booked=True)
        if line is None:
            return
        dialog = self._open(lambda: SettleDialog(self, self.desk, line))
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and self._still_shown():
            if dialog.outcome == "rescheduled" and dialog.moved_to is not None:
                self._after_save(dialog.moved_to, self.tr("Moved to a new time: {what}."))
            else:
                status = {"attended": self.tr("went"), "missed": self.tr("missed it"),
                          "cancelled": self.tr("cancelled")}.get(dialog.outcome or "", "")
                self.refresh(line.id)
                say(self.message_label, self.tr("Recorded: {alias}, {kind} on {when}: {status}.").format(
                    alias=line.alias, kind=kind_text(line.kind), when=when_text(line), status=status))
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()

    def open_file(self) -> None:
        line = self.selected()
        if line is not None:
            self.signals.open_resident.emit(line.resident_id)

    def edit_places(self) -> None:
        from shelter_desk.gui.providers_dialog import ProvidersDialog

        dialog = self._open(lambda: ProvidersDialog(self, self.desk))
        if dialog is None:
            return
        dialog.exec()
        dialog.deleteLater()
        if self._still_shown():
            self.refresh()

    def _fresh_selected(self, *, booked: bool) -> AppointmentLine | None:
        """The chosen appointment as it is now in the vault (someone may have settled it meanwhile)."""
        line = self.selected()
        if line is None:
            return None
        try:
            line = self.desk.appointments.get(line.id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            self.refresh()
            return None
        if booked and line.status != "scheduled":
            self.refresh(line.id)
            say(self.message_label, self.tr("This appointment is already settled."))
            return None
        return line

    def _after_save(self, appointment_id: int, template: str) -> None:
        if not self._still_shown():
            return  # the screen lock closed the dialog: this page is going away
        try:
            line = self.desk.appointments.get(appointment_id)
        except ShelterDeskError:
            self.refresh()
            return
        if self.view != SETTLE:
            self.day = line.day
        self.refresh(appointment_id)
        what = self.tr("{alias}, {kind}, {when} at {place}").format(
            alias=line.alias, kind=kind_text(line.kind), when=when_text(line), place=line.place_name)
        say(self.message_label, template.format(what=what))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _still_shown(self) -> bool:
        """False once the screen is locked or she signed out (the page is being torn down)."""
        return self.desk.current is not None and not self.desk.locked and self.isVisible()

    def _open(self, make):  # noqa: ANN001, ANN202
        say(self.message_label, "")
        try:
            return make()
        except ShelterDeskError as exc:
            show_error(self, exc)
            return None

    # --- the day sheet ------------------------------------------------------------------------
    def print_sheet(self) -> None:
        self._make_sheet(self._print_ready)

    def save_sheet(self) -> None:
        self._make_sheet(self._save_ready)

    def _make_sheet(self, then) -> None:  # noqa: ANN001
        day = self.sheet_day()
        if day is None or self._operation is not None:
            return
        try:
            sheet = self.desk.appointments.day_sheet(day)  # recorded in the audit trail
            printed_by = self.desk.signed_in().display_name
            shelter_name = self.desk.settings.shelter_name()
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        operation = Operation(self, self.tr("Preparing the day sheet…"), render_day_sheet, sheet,
                              shelter_name=shelter_name, printed_by=printed_by,
                              printed_at=self.desk.now().astimezone(), tr=QCoreApplication.translate)
        operation.finished.connect(lambda pdf: self._sheet_done(then, pdf, day))
        operation.failed.connect(self._sheet_failed)
        self._operation = operation
        operation.start()

    def _sheet_done(self, then, pdf: bytes, day: date) -> None:  # noqa: ANN001
        self._operation = None
        if self._still_shown():
            then(pdf, day)

    def _sheet_failed(self, exc: BaseException) -> None:
        self._operation = None
        show_error(self, exc)

    def _sheet_title(self, day: date) -> str:
        return self.tr("Appointments and rides {day}").format(day=day.isoformat())

    def _print_ready(self, pdf: bytes, day: date) -> None:
        if printing.print_pdf(self, pdf, self._sheet_title(day)):
            say(self.message_label, self.tr("The day sheet for {day} was sent to the printer.").format(
                day=weekday_text(day)))

    def _save_ready(self, pdf: bytes, day: date) -> None:
        path = printing.save_pdf(self, pdf, self._sheet_title(day) + ".pdf")
        if path is not None:
            say(self.message_label, self.tr("The day sheet was saved as {path}. Delete it from this computer when "
                                            "it has been printed or handed over.").format(path=str(path)))
