"""Meals: the day's meal roster, the headcount per meal, guests, and the Kitchen Sheet.

One row per resident here that day and one column per meal. A volunteer goes down a
meal column pressing Space (each press marks or unmarks her and moves down a line);
on a resident's line, 1, 2, 3… mark the first, second, third meal; + and − change how
many of her household ate with her. Alt+Left / Alt+Right go to the day before / after,
Alt+Home (or Ctrl+T) back to today; a past day can be corrected, a day that has not
come yet is shown read-only. Every change goes through ``desk.meals``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QElapsedTimer,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui import printing
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.meals_model import (
    COL_ALLERGIES,
    COL_DIET,
    COL_HOUSEHOLD,
    COL_NAME,
    COL_ROOM,
    FIRST_MEAL,
    RosterModel,
    expected_text,
    headcount_text,
    kind_title,
    tooltip,
)
from shelter_desk.gui.resident_text import FlowLayout, day_text
from shelter_desk.gui.resident_widgets import DateField
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.worker import Operation, error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.reports.kitchen_sheet import render_kitchen_sheet
from shelter_desk.services.needs_views import (
    MAX_GUESTS,
    MealCount,
    MealKindView,
    MealRoster,
    RosterRow,
)
from shelter_desk.services.validation import fold

translate = QCoreApplication.translate  # (lupdate finds translate("Context", "text") calls)
T = TypeVar("T")
REFRESH_TOPICS = {"meals", "residents", "beds"}
REFRESH_DELAY_MS = 200
DAY_LABEL = QT_TRANSLATE_NOOP("fields", "the day")
BOX_STYLE = "QFrame#headcountBox { background: #ffffff; border: 1px solid #c9d0d0; border-radius: 4px; }"
HEADLINE_STYLE = "font-weight: bold; color: #245a5e; border: none;"
SPIN_WIDTH = 76
DIET_MIN_WIDTH = 90
EXPECTED_STYLE = "color: #245a5e; border: none;"
# (keys, how they are joined, what they do) for Help → Keyboard shortcuts (the main window lists them).
# Each key is shown the way this computer writes it (QKeySequence's native text); "…" stays as it is.
SHORTCUTS = (
    (("Space",), "", QT_TRANSLATE_NOOP("MealsPage", "Meals: mark or unmark the chosen meal and go down a line")),
    (("1", "2", "3", "…"), ", ",
     QT_TRANSLATE_NOOP("MealsPage", "Meals: mark or unmark the first, second, third… meal for her")),
    (("+", "-"), " / ", QT_TRANSLATE_NOOP("MealsPage", "Meals: one more / one fewer of her household ate")),
    (("Enter",), "", QT_TRANSLATE_NOOP("MealsPage", "Meals: open her file (on her name)")),
    (("Alt+Left", "Alt+Right"), " / ", QT_TRANSLATE_NOOP("MealsPage", "Meals: the day before / the day after")),
    (("Alt+Home", "Ctrl+T"), ", ", QT_TRANSLATE_NOOP("MealsPage", "Meals: back to today")),
    (("Ctrl+Shift+M",), "", QT_TRANSLATE_NOOP("MealsPage", "Meals: mark everyone here for the chosen meal")),
    (("Alt+G", "Alt+C"), " / ", QT_TRANSLATE_NOOP("MealsPage", "Meals: the guests / the guests' children of the "
                                                                "chosen meal")),
    (("Ctrl+P",), "", QT_TRANSLATE_NOOP("MealsPage", "Meals: print the Kitchen Sheet")),
    (("Ctrl+Shift+S",), "", QT_TRANSLATE_NOOP("MealsPage", "Meals: save the Kitchen Sheet as a PDF")),
)


def native_keys(keys: str) -> str:
    """A key or key combination as this computer writes it ("Ctrl+P"; "⌘P" on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


def shortcut_rows() -> list[tuple[str, str]]:
    """The Meals screen's keys in words, for the keyboard shortcuts list (F1)."""
    rows = []
    for keys, joiner, words in SHORTCUTS:
        shown = joiner.join(native_keys(k) for k in keys if k != "…") + ("…" if "…" in keys else "")
        rows.append((shown, QCoreApplication.translate("MealsPage", words)))
    return rows


class _MealNotices:
    """Counts the core's "meals" change notices as they are sent (at once, by the code that made the change).

    The page's own change is shown at once; the queued notice of that change must not read the
    roster a second time. Counting the notices sent while the page's own call runs tells how many
    of the notices still on their way are its own (a change that changed nothing sends none).
    """

    def __init__(self) -> None:
        self.sent = 0

    def __call__(self, topic: str) -> None:
        if topic == "meals":
            self.sent += 1


class RosterView(QTableView):
    """The roster: one cell chosen at a time; the keys that mark meals are turned into signals.

    Typing letters finds her by name (accents and case ignored) and keeps the meal column.
    """

    toggle_pressed = Signal()  # Space, or Enter on a meal cell
    meal_pressed = Signal(int)  # a digit: the meal's place in the list (0 for "1")
    household_step = Signal(int)  # + or -
    open_pressed = Signal()  # Enter on her name, room or diet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.horizontalHeader().setHighlightSections(True)
        self._typed = ""
        self._typed_at = QElapsedTimer()
        guard_copy(self)  # Ctrl+C copies a cell: a sensitive copy

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        key = event.key()
        model = self.model()
        on_meal = isinstance(model, RosterModel) and model.meal_at(self.currentIndex().column()) >= 0
        if plain and key == Qt.Key.Key_Space and not self._space_in_name():
            self.toggle_pressed.emit()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.toggle_pressed if on_meal else self.open_pressed).emit()
            return
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.meal_pressed.emit(key - Qt.Key.Key_1)
            return
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.household_step.emit(1)
                return
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.household_step.emit(-1)
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Dietary needs and allergies share the width left; on a narrow screen the table scrolls sideways."""
        model = self.model()
        if not isinstance(model, RosterModel):
            return
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(model.columnCount()) if c not in (COL_DIET, COL_ALLERGIES))
        space = self.viewport().width() - others

        bold = QFont(header.font())
        bold.setBold(True)  # (the style sheet makes the column titles bold)

        def least(column: int) -> int:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            return max(DIET_MIN_WIDTH, QFontMetrics(bold).horizontalAdvance(title) + 24)

        diet = max(least(COL_DIET), space // 2)
        header.resizeSection(COL_DIET, diet)
        header.resizeSection(COL_ALLERGIES, max(least(COL_ALLERGIES), space - diet))

    def _typed_recently(self) -> bool:
        return bool(self._typed) and self._typed_at.isValid() and \
            self._typed_at.elapsed() < QApplication.keyboardInputInterval()

    def _space_in_name(self) -> bool:
        """Space right after typing "Lan" is part of a name ("Lan Anh") only if someone's name goes on so."""
        model = self.model()
        if not self._typed_recently() or not isinstance(model, RosterModel):
            return False
        wanted = fold(self._typed + " ")
        return any(fold(model.row(r).alias).startswith(wanted) for r in range(model.rowCount()))

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        """Letters typed go to the first resident whose name starts with them, in the same column."""
        model = self.model()
        if not isinstance(model, RosterModel) or not search:
            return
        if not self._typed_recently():
            self._typed = ""
        self._typed_at.start()
        if not self._find(self._typed + search, model) and self._typed:
            self._find(search, model)  # nobody's name goes on so: the new letters start a new search

    def _find(self, typed: str, model: RosterModel) -> bool:
        self._typed = typed
        wanted = fold(typed)
        current = max(self.currentIndex().row(), 0)
        count = model.rowCount()
        # Start at the current line while a name is being typed; a first letter looks further on.
        start = current if len(typed) > 1 else current + 1
        for step in range(count):
            row = (start + step) % count
            person = model.row(row)
            if person is not None and fold(person.alias).startswith(wanted):
                column = self.currentIndex().column() if self.currentIndex().isValid() else COL_NAME
                self.setCurrentIndex(model.index(row, column))
                return True
        return False


class MealsPage(QWidget):
    """The meal roster of one day, its headcount, and the Kitchen Sheet.

    Reads ``desk.meals.roster(day)`` again after every change (``signals.changed`` for
    "meals", "residents" or "beds", debounced; while hidden only noted, and read when
    shown again); only rows that changed are repainted, so the chosen cell and the
    scroll position stay. Marks, guests and "Mark everyone" go through ``desk.meals``
    (which refuses a day that has not come yet, or someone who was not here that day,
    in plain words shown on the page). A page showing today that is still up after
    midnight moves to the new day before it marks anything (and says so).
    """

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self.day: date = desk.today()
        self._on_today = True  # follows the calendar past midnight while it shows today
        self._shown_day: date | None = None
        self.roster: MealRoster | None = None
        self._operation: Operation | None = None
        self._rows: list[MealRow] = []
        self.can_mark = desk.can(Permission.DAILY_NEEDS)
        self._stale = False  # a change came while the page was hidden: read again when shown
        self._read_today: date | None = None  # the real today when the roster was last read
        self._committing = False  # saving a number typed in a guests box before its day goes
        self._notices = _MealNotices()
        self._own_notices = 0  # "meals" notices on their way for changes made (and shown) here

        title = QLabel(self.tr("Meals"), self)
        title.setObjectName("titleLabel")
        self.previous_button = QPushButton(self.tr("◀ Previous day"), self)
        self.next_button = QPushButton(self.tr("Next day ▶"), self)
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.date_field = DateField(self, field="day", label=DAY_LABEL, value=self.day)
        self.date_field.setAccessibleName(self.tr("Day shown"))
        day_label = QLabel(self.tr("&Day"), self)
        day_label.setBuddy(self.date_field)
        self.day_words = QLabel(self)
        self.day_words.setObjectName("dayWords")
        self.day_words.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.previous_button.clicked.connect(lambda: self.go_to(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(self.go_to_today)
        self.date_field.editingFinished.connect(self._day_typed)
        self.date_field.returnPressed.connect(self._day_entered)
        for button in (self.previous_button, self.next_button, self.today_button):
            button.setAutoDefault(False)

        self.day_note = QLabel(self)
        self.day_note.setObjectName("noticeLabel")
        self.day_note.setWordWrap(True)
        self.day_note.hide()
        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # it may name her: typed text, never markup
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.counts_box = QFrame(self)
        self.expected_label = QLabel(self.counts_box)
        self.expected_label.setObjectName("expectedLabel")
        self.expected_label.setStyleSheet(EXPECTED_STYLE)
        self.expected_label.setWordWrap(True)
        self.counts_box.setObjectName("headcountBox")
        self.counts_box.setStyleSheet(BOX_STYLE)
        self.counts_grid = QGridLayout(self.counts_box)
        self.counts_grid.setContentsMargins(12, 8, 12, 8)
        self.counts_grid.setHorizontalSpacing(14)
        self.counts_grid.setVerticalSpacing(4)
        # Alt+G / Alt+C go to the guests of the meal being marked (the chosen column); pressed again, the next meal.
        self.guests_heading = QLabel(self.tr("Guests"), self.counts_box)
        self.guest_children_heading = QLabel(self.tr("Guests' children"), self.counts_box)
        for heading in (self.guests_heading, self.guest_children_heading):
            heading.setStyleSheet("font-weight: bold; border: none;")
            heading.setWordWrap(True)
            heading.setMaximumWidth(SPIN_WIDTH + 20)

        self.model = RosterModel(self)
        self.table = RosterView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Meal roster"))
        self.table.toggle_pressed.connect(lambda: self.toggle_current(move_down=True))
        self.table.meal_pressed.connect(self.toggle_meal)
        self.table.household_step.connect(self.change_household)
        self.table.open_pressed.connect(self.open_file)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._meal = 0  # the meal "Mark everyone" is for: that of the column last chosen
        roster_label = QLabel(self.tr("&Roster"), self)
        roster_label.setStyleSheet("font-weight: bold;")
        roster_label.setBuddy(self.table)
        self.keys_label = QLabel(self.tr(
            "Space: mark the chosen meal and go down · 1, 2, 3: a meal on her line · + / −: her household · "
            "Enter on her name: her file · type a name to find her · Alt+G: guests"), self)
        self.keys_label.setObjectName("hintLabel")
        self.keys_label.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        empty_box = QWidget(self)
        empty_layout = QVBoxLayout(empty_box)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.table_stack.addWidget(empty_box)

        self.everyone_button = QPushButton(self)
        self.everyone_button.setAutoDefault(False)
        self.everyone_button.clicked.connect(lambda _checked=False: self.mark_everyone(self._meal_kind()))
        self.print_button = self._button(self.tr("&Print the Kitchen Sheet…"), "Ctrl+P", self.print_sheet)
        self.save_button = self._button(self.tr("&Save as PDF…"), "Ctrl+Shift+S", self.save_sheet)
        self.by_room_check = QCheckBox(self.tr("Show r&ooms instead of names"), self)
        self.by_room_check.setMinimumHeight(self.print_button.sizeHint().height())
        self.by_room_check.setToolTip(self.tr("On the Kitchen Sheet, list dietary needs by room, without names"))
        self.lists_button = QPushButton(self.tr("Change the &list of meals…"), self)
        self.lists_button.setAutoDefault(False)
        self.lists_button.clicked.connect(self.change_meal_list)
        self.lists_button.setVisible(desk.can(Permission.MANAGE_LISTS))

        for keys, slot in (("Alt+Left", lambda: self.go_to(self.day - timedelta(days=1))),
                           ("Alt+Right", lambda: self.go_to(self.day + timedelta(days=1))),
                           ("Alt+Home", self.go_to_today), ("Ctrl+T", self.go_to_today),
                           ("Ctrl+Shift+M", self.mark_everyone), ("Ctrl+O", self.open_file),
                           ("Alt+G", lambda: self.focus_guests(children=False)),
                           ("Alt+C", lambda: self.focus_guests(children=True))):
            self._shortcut(keys, slot)
        self._tip(self.previous_button, self.tr("The day before"), "Alt+Left")
        self._tip(self.next_button, self.tr("The day after"), "Alt+Right")
        self._tip(self.today_button, self.tr("Back to today"), "Alt+Home")

        # The day and the printouts wrap onto a second line on a narrow screen (nothing clipped).
        top = FlowLayout(spacing=8)
        for widget in (title, self.previous_button, day_label, self.date_field, self.next_button,
                       self.today_button, self.day_words):
            top.addWidget(widget)
        day_label.setMinimumHeight(self.date_field.sizeHint().height())
        self.day_words.setMinimumHeight(self.date_field.sizeHint().height())
        roster_top = QHBoxLayout()
        roster_top.addWidget(roster_label)
        roster_top.addSpacing(12)
        roster_top.addWidget(self.keys_label, 1)
        roster_top.addWidget(self.everyone_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = FlowLayout(spacing=8)
        for widget in (self.print_button, self.save_button, self.by_room_check, self.lists_button):
            bottom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.day_note)
        layout.addWidget(self.message_label)
        layout.addWidget(self.counts_box)
        layout.addSpacing(4)
        layout.addLayout(roster_top)
        layout.addWidget(self.table_stack, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._timed_refresh)
        signals.changed.connect(self._on_changed)
        stop_counting = desk.subscribe(self._notices)
        self.destroyed.connect(lambda *_: stop_counting())  # (holds only the function, never the page)
        self.refresh()

    # --- small builders --------------------------------------------------------------------------
    def _shortcut(self, keys: str, slot) -> QAction:  # noqa: ANN001
        """A key for the whole page (an action acts at once; a button's own shortcut waits for an animation)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, text: str, keys: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self._shortcut(keys, lambda: slot() if button.isEnabled() else None)
        self._tip(button, text.replace("&", "").rstrip("…"), keys)
        return button

    def _tip(self, widget: QWidget, words: str, keys: str) -> None:
        widget.setToolTip(tooltip(self.tr("{action} ({keys})").format(action=words, keys=native_keys(keys))))

    def say(self, text: str, *, error: bool = False) -> None:
        """A sentence under the day: what was just done, or (in red) why it could not be done."""
        self.message_label.setObjectName("errorLabel" if error else "noticeLabel")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- the day -----------------------------------------------------------------------------------
    def go_to(self, day: date) -> None:
        """Show another day (the day before, after, or one typed).

        A number typed in a guests box and not saved yet is saved first, for the day it was
        typed for (``refresh``); the boxes then show the new day's numbers.
        """
        self.say("")
        self.day = day
        self._on_today = day == self.desk.today()
        self.refresh()

    def _moved_past_midnight(self, then: str) -> bool:
        """Before marking: a page that showed today and is still up after midnight moves to the new today.

        Nothing is marked on the old day; ``then`` (with {day}) tells her what happened and what to do.
        A past day opened on purpose, to correct it, stays as it is.
        """
        today = self.desk.today()
        if not self._on_today or self.day == today:
            return False
        self.go_to(today)
        self.say(then.format(day=day_text(today)), error=True)
        return True

    def _past_midnight_for_marks(self) -> bool:
        return self._moved_past_midnight(self.tr(
            "It is past midnight: the roster now shows {day}. Press the key again to mark."))

    def go_to_today(self) -> None:
        self.go_to(self.desk.today())

    def _day_typed(self) -> bool:
        try:
            day = self.date_field.value()
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            return False
        if day is None:
            self.date_field.set_value(self.day)
            return False
        if day != self.day:
            self.go_to(day)
        return True

    def _day_entered(self) -> None:
        if self._day_typed() and self.message_label.objectName() != "errorLabel":
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_day(self, roster: MealRoster) -> None:
        today = self.desk.today()
        qday = QDate(self.day.year, self.day.month, self.day.day)
        weekday = QLocale().dayName(qday.dayOfWeek())
        if self.day == today:
            when = self.tr("{weekday}, today").format(weekday=weekday)
        elif self.day == today - timedelta(days=1):
            when = self.tr("{weekday}, yesterday").format(weekday=weekday)
        elif self.day == today + timedelta(days=1):
            when = self.tr("{weekday}, tomorrow").format(weekday=weekday)
        else:
            when = weekday
        self.day_words.setText(when)
        if self._shown_day != self.day or not self.date_field.hasFocus():  # never over a day being typed
            self.date_field.set_value(self.day)
            self._shown_day = self.day
        if not roster.can_mark:
            note = self.tr("{day} has not come yet. This is who is expected to be here; meals can be marked "
                           "on the day itself.").format(day=day_text(self.day))
        elif self.day < today:
            note = self.tr("You are looking at a past day, {day}. What you mark here corrects that day's "
                           "count.").format(day=day_text(self.day))
        elif not self.can_mark:
            note = self.tr("Your account can see the meal roster but not mark meals.")
        else:
            note = ""
        self.day_note.setText(note)
        self.day_note.setVisible(bool(note))

    # --- reading -----------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic not in REFRESH_TOPICS:
            return
        if topic == "meals" and self._own_notices:
            self._own_notices -= 1  # a change made here, already shown
            return
        if not self.isVisible():
            self._stale = True  # read when shown again, not now
            return
        self._timer.start()

    def _timed_refresh(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _own_change(self, change: Callable[[], T]) -> T:
        """Make a change through ``desk.meals`` that this page shows at once (the refresh after it)."""
        before = self._notices.sent
        try:
            return change()
        finally:
            self._own_notices += self._notices.sent - before

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale or self._read_today != self.desk.today():
            self.refresh()

    def refresh(self) -> None:
        """Read the day's roster again and show what changed."""
        self._timer.stop()
        today = self.desk.today()
        if self._on_today and self.day != today:  # past midnight: today is a new day
            self.day = today
        if any(row.day != self.day for row in self._rows):
            self._commit_guests()  # a number typed for the day shown until now is saved for that day
        try:
            roster = self.desk.meals.roster(self.day)
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            return
        self._stale = False
        self._read_today = today
        self._show(roster)

    def _show(self, roster: MealRoster) -> None:
        keep = self._current_key()
        self.roster = roster
        reset = self.model.set_roster(roster)
        if reset:
            self._size_columns()
            self._restore_current(keep)
        self._show_day(roster)
        self.expected_label.setText(expected_text(roster))
        self._show_counts(roster)
        if roster.rows:
            self.table_stack.setCurrentIndex(0)
        else:
            self.empty_label.setText(self.tr("There is nobody on the roster for this day. Alt+Left and Alt+Right "
                                             "go to the day before and the day after."))
            self.table_stack.setCurrentIndex(1)
        self._update_buttons()

    def _current_key(self) -> tuple[int | None, int | None, int]:
        """(resident id, meal id, column) of the chosen cell, to find it again after a reload."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None, None, -1
        person = self.model.row(index.row())
        meal = self.model.meal_at(index.column())
        return (person.resident_id if person else None,
                self.model.kinds[meal].id if meal >= 0 else None, index.column())

    def _restore_current(self, keep: tuple[int | None, int | None, int]) -> None:
        resident_id, kind_id, column = keep
        if not self.model.rowCount():
            return
        row = self.model.row_of(resident_id) if resident_id is not None else -1
        ids = [k.id for k in self.model.kinds]
        if kind_id in ids:
            column = FIRST_MEAL + ids.index(kind_id)
        elif kind_id is not None or not 0 <= column < FIRST_MEAL:
            column = FIRST_MEAL if self.model.kinds else COL_NAME
        index = self.model.index(max(row, 0), column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column, least in ((COL_NAME, 100), (COL_ROOM, 80), (COL_HOUSEHOLD, 40)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(max(header.sectionSize(column), least), 220))
        header.setSectionResizeMode(COL_DIET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ALLERGIES, QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        for meal, kind in enumerate(self.model.kinds):
            column = FIRST_MEAL + meal
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(metrics.horizontalAdvance(kind_title(kind)) + 28,
                                             metrics.horizontalAdvance("✓ +20") + 24))
        self.table.fit_columns()

    # --- the headcount ------------------------------------------------------------------------------
    def _show_counts(self, roster: MealRoster) -> None:
        shape = [(k.id, k.name, k.active) for k in roster.kinds]
        if shape != [(r.kind.id, r.kind.name, r.kind.active) for r in self._rows]:
            # A number typed in a box about to go is saved first, for its day; the notice of
            # that change (not counted as the page's own) reads the roster again.
            self._commit_guests()
            self._build_count_rows(roster.kinds, roster.day)
        markable = roster.can_mark and self.can_mark
        for meal, (row, count) in enumerate(zip(self._rows, roster.counts, strict=True)):
            waiting = sum(1 for person in roster.rows if person.marks[meal] is None)
            row.show(roster.day, count, waiting, markable and row.kind.active, nobody_here=not roster.rows)

    def _build_count_rows(self, kinds: tuple[MealKindView, ...], day: date) -> None:
        grid = self.counts_grid
        while grid.count():
            grid.takeAt(0)
        for row in self._rows:
            row.remove()
        self._rows = []
        grid.addWidget(self.expected_label, 0, 0, 1, 2)
        grid.addWidget(self.guests_heading, 0, 2)
        grid.addWidget(self.guest_children_heading, 0, 3)
        for meal, kind in enumerate(kinds):
            row = MealRow(kind, day, self.counts_box, self)
            row.place(grid, meal + 1)
            self._rows.append(row)
        grid.setColumnStretch(0, 1)
        for heading in (self.guests_heading, self.guest_children_heading):
            heading.setVisible(bool(kinds))
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab goes: the day, the roster, each meal's guests, "Mark everyone", the printouts."""
        chain: list[QWidget] = [self.previous_button, self.date_field, self.next_button, self.today_button,
                                self.table]
        for row in self._rows:
            chain += [row.guests, row.guest_children]
        chain += [self.everyone_button, self.print_button, self.save_button, self.by_room_check, self.lists_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def focus_guests(self, *, children: bool) -> None:
        """Alt+G / Alt+C: the guests of the meal being marked (the chosen column); again: the next meal."""
        if not self._rows:
            return
        boxes = [row.guest_children if children else row.guests for row in self._rows]
        focus = QApplication.focusWidget()
        if focus in boxes or (focus is not None and focus.parentWidget() in boxes):
            current = next(i for i, box in enumerate(boxes) if focus in (box, *box.findChildren(QWidget)))
            meal = (current + 1) % len(boxes)
        else:
            meal = max(self.model.meal_at(self.table.currentIndex().column()), 0)
        boxes[meal].setFocus(Qt.FocusReason.ShortcutFocusReason)
        boxes[meal].selectAll()

    def _commit_guests(self) -> None:
        """Save a number typed in a guests box and not saved yet (Enter or leaving the box saves it),
        for the day that box shows (``MealRow.day``): before the day changes or the boxes are rebuilt."""
        self._committing = True
        try:
            for row in self._rows:
                for spin in (row.guests, row.guest_children):
                    if spin.isEnabled() and typed_not_saved(spin):
                        spin.interpretText()  # → valueChanged → set_guests(row), for row.day
        finally:
            self._committing = False

    def set_guests(self, row: MealRow) -> None:
        """A guests box changed (Enter, leaving it, the arrows): save both numbers for the day the box shows."""
        if self.roster is None:
            return
        if not self._committing and self._moved_past_midnight(self.tr(
                "It is past midnight: the roster now shows {day}. Type the number of guests again.")):
            return
        guests, children = row.guests.value(), row.guest_children.value()
        try:
            if self._committing:  # the page goes on to another day or rebuilds: no refresh of its own
                self.desk.meals.set_guests(row.day, row.kind.id, guests, children)
            else:
                self._own_change(lambda: self.desk.meals.set_guests(row.day, row.kind.id, guests, children))
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            if not self._committing:
                self.refresh()  # back to what is saved
            return
        if not self._committing:
            self.say("")
            self.refresh()

    # --- marking -------------------------------------------------------------------------------------
    def _may_mark(self) -> bool:
        if self.roster is not None and not self.roster.can_mark:
            self.say(self.tr("Meals cannot be marked for a day that has not come yet."), error=True)
            return False
        if not self.can_mark:
            self.say(self.tr("Your account is not allowed to record meals."), error=True)
            return False
        return True

    def _current(self) -> tuple[int, RosterRow | None, int]:
        index = self.table.currentIndex()
        if not index.isValid():
            return -1, None, -1
        return index.row(), self.model.row(index.row()), self.model.meal_at(index.column())

    def toggle_current(self, *, move_down: bool) -> None:
        """Space: mark or unmark the chosen meal for her, then go down a line."""
        row, person, meal = self._current()
        if person is None:
            return
        if meal < 0:
            self.say(self.tr("Choose a meal column first (the arrow keys), or press 1, 2, 3… on her line."))
            return
        if self._toggle(person, meal) and move_down and row + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row + 1, self.table.currentIndex().column()))

    def toggle_meal(self, meal: int) -> None:
        """A digit: mark or unmark that meal for the resident on the chosen line."""
        _row, person, _meal = self._current()
        if person is None:
            return
        if meal >= len(self.model.kinds):
            self.say(self.tr("There is no meal number {n}; the list has {count}.").format(
                n=meal + 1, count=len(self.model.kinds)))
            return
        self._toggle(person, meal)

    def _toggle(self, person: RosterRow, meal: int) -> bool:
        if self._past_midnight_for_marks() or not self._may_mark():
            return False
        kind = self.model.kinds[meal]
        taken = person.marks[meal] is None
        try:
            self._own_change(lambda: self.desk.meals.mark(self.day, kind.id, person.resident_id, taken=taken))
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            return False
        text = self.tr("{meal} marked for {alias}.") if taken else self.tr("{meal} unmarked for {alias}.")
        self.say(text.format(meal=kind.name, alias=person.alias))
        self.refresh()
        return True

    def change_household(self, step: int) -> None:
        """+ / −: one more or one fewer of her household ate this meal with her."""
        if self._past_midnight_for_marks():
            return
        _row, person, meal = self._current()
        if person is None:
            return
        if meal < 0:
            self.say(self.tr("Choose a meal column first: + and − change how many of her household ate it."))
            return
        if not self._may_mark():
            return
        kind = self.model.kinds[meal]
        now = person.marks[meal]
        if now is None:
            self.say(self.tr("Mark {meal} for {alias} first (Space); then + and − say how many of her "
                             "household ate.").format(meal=kind.name, alias=person.alias))
            return
        wanted = now + step
        if wanted < 0:
            self.say(self.tr("Nobody from her household is counted at {meal}.").format(meal=kind.name))
            return
        if wanted > max(person.household, now):
            if not person.household:
                text = self.tr("Nobody from her household is staying here with her. Count visitors as guests.")
            else:
                text = self.tr("All {n} of her household are counted already. Count visitors as guests.").format(
                    n=person.household)
            self.say(text)
            return
        try:
            self._own_change(lambda: self.desk.meals.mark(self.day, kind.id, person.resident_id, taken=True,
                                                          children=wanted))
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            return
        self.say(self.tr("{alias} at {meal}: with {n} of her household.").format(
            alias=person.alias, meal=kind.name, n=wanted) if wanted else
            self.tr("{alias} at {meal}: on her own.").format(alias=person.alias, meal=kind.name))
        self.refresh()

    def mark_everyone(self, kind: MealKindView | None = None) -> None:
        """Mark the meal (of the column last chosen, by default) for everyone here not marked yet."""
        if self._past_midnight_for_marks():
            return
        kind = kind or self._meal_kind()
        if kind is None:
            return
        if not self._may_mark():
            return
        try:
            n = self._own_change(lambda: self.desk.meals.mark_everyone(self.day, kind.id))
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            return
        if not n:
            text = self.tr("Everyone here was already marked for {meal}.")
        elif n == 1:
            text = self.tr("{meal} marked for 1 more resident. Press Space on anyone who did not eat to unmark her.")
        else:
            text = self.tr("{meal} marked for {n} more residents. Press Space on anyone who did not eat to "
                           "unmark her.")
        self.say(text.format(meal=kind.name, n=n))
        self.refresh()

    def _meal_kind(self) -> MealKindView | None:
        return self.model.kinds[self._meal] if 0 <= self._meal < len(self.model.kinds) else None

    def _update_buttons(self) -> None:
        meal = self.model.meal_at(self.table.currentIndex().column())
        if meal >= 0:
            self._meal = meal
        kind = self._meal_kind()
        roster = self.roster
        waiting = sum(1 for row in roster.rows if row.marks[self._meal] is None) if roster and kind else 0
        meal = kind.name.replace("&", "&&") if kind else ""  # a "&" in its name is a letter, not an accelerator
        self.everyone_button.setText(self.tr("Mark e&veryone for {meal}").format(meal=meal) if kind
                                     else self.tr("Mark e&veryone"))
        self.everyone_button.setEnabled(bool(kind and kind.active and roster and roster.can_mark
                                              and self.can_mark and waiting))
        self._tip(self.everyone_button, self.tr("Mark the meal of the chosen column for everyone here not marked "
                                                "yet. Anyone who did not eat can be unmarked with Space."),
                  "Ctrl+Shift+M")
        self.print_button.setEnabled(bool(self.model.kinds) or bool(self.model.rowCount()))
        self.save_button.setEnabled(self.print_button.isEnabled())

    # --- her file ------------------------------------------------------------------------------------
    def open_file(self) -> None:
        _row, person, _meal = self._current()
        if person is not None:
            self.signals.open_resident.emit(person.resident_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.meal_at(index.column()) >= 0:
            self.toggle_current(move_down=False)
        else:
            self.open_file()

    # --- the Kitchen Sheet ---------------------------------------------------------------------------
    def print_sheet(self) -> None:
        self._make_sheet(self._print)

    def save_sheet(self) -> None:
        self._make_sheet(self._save)

    def _make_sheet(self, then) -> None:  # noqa: ANN001
        if self._operation is not None:
            return  # one is being prepared
        self.say("")
        try:
            sheet = self.desk.meals.kitchen_sheet(self.day, self.by_room_check.isChecked())
            shelter = self.desk.settings.shelter_name()
            who = self.desk.signed_in().display_name
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            return
        operation = Operation(self, self.tr("Preparing the Kitchen Sheet…"), render_kitchen_sheet, sheet,
                              shelter_name=shelter, printed_by=who, printed_at=self.desk.now().astimezone(),
                              tr=QCoreApplication.translate)
        self._operation = operation
        operation.finished.connect(lambda pdf: self._sheet_ready(pdf, then))
        operation.failed.connect(self._sheet_failed)
        operation.start()

    def _still_shown(self) -> bool:
        """False once the screen is locked or she signed out (the page is going away)."""
        return self.desk.current is not None and not self.desk.locked and self.isVisible()

    def _sheet_ready(self, pdf: bytes, then) -> None:  # noqa: ANN001
        self._finish_operation()
        if self._still_shown():
            then(pdf)

    def _sheet_failed(self, exc: BaseException) -> None:
        self._finish_operation()
        if self._still_shown():
            self.say(error_text(exc), error=True)

    def _finish_operation(self) -> None:
        if self._operation is not None:
            self._operation.deleteLater()
        self._operation = None

    def sheet_title(self) -> str:
        return self.tr("Kitchen Sheet {day}").format(day=self.day.isoformat())

    def _print(self, pdf: bytes) -> None:
        if printing.print_pdf(self, pdf, self.sheet_title()):
            self.say(self.tr("The Kitchen Sheet was sent to the printer."))

    def _save(self, pdf: bytes) -> None:
        path = printing.save_pdf(self, pdf, self.sheet_title() + ".pdf")
        if path is not None:
            self.say(self.tr("The Kitchen Sheet was saved as {path}.").format(path=str(path)))

    # --- the list of meals ---------------------------------------------------------------------------
    def change_meal_list(self) -> None:
        if not self.desk.can(Permission.MANAGE_LISTS):
            return
        from shelter_desk.gui.meal_dialogs import MealListDialog

        try:
            dialog = MealListDialog(self.desk, self)
        except ShelterDeskError as exc:
            self.say(error_text(exc), error=True)
            return
        dialog.exec()
        dialog.deleteLater()
        if self._still_shown():
            self.refresh()
            self.lists_button.setFocus(Qt.FocusReason.OtherFocusReason)


def typed_not_saved(spin: QSpinBox) -> bool:
    """A number typed in the box and not taken yet (it is taken on Enter, on leaving the box, or with the arrows)."""
    return spin.text() != spin.textFromValue(spin.value())


class MealRow:
    """One meal's line of the headcount: the count in words, who is not marked yet, guests.

    ``day`` is the day its guest numbers belong to: they are only ever saved for that day.
    """

    def __init__(self, kind: MealKindView, day: date, parent: QWidget, page: MealsPage) -> None:
        self.kind = kind
        self.day = day
        self.page = page
        self.headline = QLabel(parent)
        self.headline.setObjectName("headcountLabel")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # a meal's name is typed text
        self.headline.setStyleSheet(HEADLINE_STYLE)
        self.headline.setWordWrap(True)
        self.waiting = QLabel(parent)
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("border: none; color: #4f5b5f;")
        meal = kind.name
        self.guests = self._spin(parent, translate("MealsPage", "Guests at {meal}").format(meal=meal), "Alt+G")
        self.guest_children = self._spin(
            parent, translate("MealsPage", "Guests' children at {meal}").format(meal=meal), "Alt+C")
        for spin in (self.guests, self.guest_children):
            spin.valueChanged.connect(lambda _value: page.set_guests(self))

    @staticmethod
    def _spin(parent: QWidget, name: str, keys: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_GUESTS)
        spin.setKeyboardTracking(False)  # saved on Enter, on leaving the box, or with the arrows
        spin.setValue(0)  # (a new box's text is empty until a value is set: it would look typed)
        spin.setAccessibleName(name)
        # The meal's name is typed text: escaped, so the tooltip never reads it as markup.
        spin.setToolTip(tooltip(translate("MealsPage", "{action} ({keys})").format(action=name,
                                                                                    keys=native_keys(keys))))
        spin.setFixedWidth(SPIN_WIDTH)
        return spin

    def place(self, grid: QGridLayout, line: int) -> None:
        grid.addWidget(self.headline, line, 0)
        grid.addWidget(self.waiting, line, 1)
        grid.addWidget(self.guests, line, 2)
        grid.addWidget(self.guest_children, line, 3)

    def show(self, day: date, count: MealCount, waiting: int, markable: bool, nobody_here: bool = False) -> None:
        """Show ``day``'s count. On another day than before, the guest boxes always take the new day's
        numbers (what was typed was saved for its own day first, or dropped); on the same day a number
        being typed in a box is left alone."""
        new_day = day != self.day
        self.day = day
        self.headline.setText(headcount_text(count))
        if not self.kind.active:
            words = translate("MealsPage", "no longer on the list of meals")
        elif nobody_here:
            words = ""
        elif not waiting:
            words = translate("MealsPage", "everyone here is marked")
        else:
            words = translate("MealsPage", "1 not marked yet") if waiting == 1 else \
                translate("MealsPage", "{n} not marked yet").format(n=waiting)
        self.waiting.setText(words)
        for spin, value in ((self.guests, count.guests), (self.guest_children, count.guest_children)):
            typed = typed_not_saved(spin)
            if typed and not new_day:
                pass  # being typed for this day: Enter or leaving the box saves it
            elif typed or spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)  # (also puts back the text of a number typed and not taken)
                spin.blockSignals(False)
            spin.setEnabled(markable)

    def remove(self) -> None:
        for spin in (self.guests, self.guest_children):
            spin.blockSignals(True)  # leaving a box as it goes must not save anything
        for widget in (self.headline, self.waiting, self.guests, self.guest_children):
            widget.hide()
            widget.deleteLater()
