"""The bed board's small dialogs: give a bed, move her to another bed, hold a bed.

Each dialog calls the bed service itself when the person presses Enter (or OK), shows
a refusal in red next to the field it is about, focuses that field and keeps what was
typed; it closes only when the change is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.bed_board_model import bed_name, hold_text
from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.resident_widgets import DateField, TextLine
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.beds import HELD, TAKEN, BedRow
from shelter_desk.services.validation import fold


def error_label(parent: QWidget) -> QLabel:
    """A red message label for one field; takes no space while empty."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def hint_label(text: str, parent: QWidget) -> QLabel:
    """A quieter line of help under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #4f5b5f;")
    return label


def date_edit(parent: QWidget, day: date, field: str, label: str) -> DateField:
    """The date field of every resident screen (typed as shown everywhere, or from a calendar).

    The services refuse a move in the future or a hold that ends before today.
    """
    edit = DateField(parent, field=field, label=label, value=day)
    # The shared style sheet has no "disabled" look for fields; a greyed field reads as "not used".
    edit.setStyleSheet("QLineEdit:disabled { background: #ecebe7; color: #5d686c; }")
    return edit


@dataclass(frozen=True)
class Choice:
    """One line to choose from: a bed (for a move) or a person (for a free bed)."""

    text: str
    key: str  # folded text the filter matches
    name: str = ""  # her alias, when the choice is a person
    stay_id: int | None = None
    bed_id: int | None = None


class ChoicesModel(RowsModel[Choice]):
    CONTEXT = "ChoicesModel"
    HEADERS = {0: QT_TRANSLATE_NOOP("ChoicesModel", "Choose")}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        choice = self.row(index.row())
        if choice is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return choice.text
        return None


class _ChooseDialog(QDialog):
    """A filter line over a list of choices, the day of the move, and OK / Cancel.

    Up and Down in the filter line move in the list, so typing a few letters and
    pressing Enter is enough. Subclasses fill ``choices`` and implement ``save()``.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._all: list[Choice] = []

    def _build(self, title: str, intro: str, find_label: str, list_label: str,
               choices: list[Choice], empty_text: str, ok_text: str) -> None:
        desk = self.desk
        self._all = choices
        self.setWindowTitle(title)
        intro_label = QLabel(intro, self)
        intro_label.setTextFormat(Qt.TextFormat.PlainText)  # her name and a hold note: typed text
        intro_label.setWordWrap(True)
        self.find_edit = TextLine(self)
        self.find_edit.setClearButtonEnabled(True)
        find = QLabel(find_label, self)
        find.setBuddy(self.find_edit)
        self.model = ChoicesModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(200)
        self.list.setStyleSheet("QListView::item { padding: 3px 4px; }")
        self.list.setAccessibleName(list_label.replace("&", ""))
        guard_copy(self.list)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        list_title = QLabel(list_label, self)
        list_title.setBuddy(self.list)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.list_error = error_label(self)
        today = desk.today()
        self.date_edit = date_edit(self, today, "move_date", QT_TRANSLATE_NOOP("fields", "the day of the move"))
        date_title = QLabel(self.tr("&Day of the move"), self)
        date_title.setBuddy(self.date_edit)
        date_hint = hint_label(self.tr("Today, unless it happened earlier."), self)
        self.date_error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(find, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(list_title, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.list, 1, 1)
        grid.addWidget(self.empty_label, 2, 1)
        grid.addWidget(self.list_error, 3, 1)
        grid.addWidget(date_title, 4, 0)
        grid.addWidget(self.date_edit, 4, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(date_hint, 5, 1)
        grid.addWidget(self.date_error, 6, 1)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro_label)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.find_edit, self.list)
        self.setTabOrder(self.list, self.date_edit)
        self.find_edit.installEventFilter(self)
        self.find_edit.textChanged.connect(self._filter)
        self._filter("")
        self.resize(640, self.sizeHint().height())
        self.find_edit.setFocus()

    # --- choosing ------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        needle = fold(" ".join(text.split()))
        shown = [c for c in self._all if needle in c.key] if needle else list(self._all)
        self.model.set_rows(shown)
        self.empty_label.setVisible(not shown)
        if shown:
            self.list.setCurrentIndex(self.model.index(0, 0))
        say(self.list_error, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.find_edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)):
            QCoreApplication.sendEvent(self.list, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Choice | None:
        index = self.list.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def move_date(self) -> date | None:
        """The day typed (None when empty: the service takes today); unreadable text raises."""
        return self.date_edit.value()

    # --- saving -------------------------------------------------------------------------------
    def save(self, choice: Choice) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        choice = self.chosen()
        say(self.list_error, "")
        say(self.date_error, "")
        if choice is None:
            say(self.list_error, self.tr("Choose one from the list first."))
            self.find_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.save(choice)
        except ValidationError as exc:
            if exc.field == "move_date":
                say(self.date_error, error_text(exc))
                self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                say(self.list_error, error_text(exc))
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ShelterDeskError as exc:
            say(self.list_error, error_text(exc))
            return
        super().accept()


class MoveDialog(_ChooseDialog):
    """Choose a bed for her: a move from ``now_in`` (her bed now), or her first bed when it is "".

    Lists the free and held beds. ``moved_to`` is the bed id once the change is saved.
    """

    def __init__(self, desk: Desk, stay_id: int, name: str, now_in: str = "", parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.stay_id = stay_id
        self.moved_to: int | None = None
        choices = []
        for row in desk.beds.board():
            if row.state == TAKEN:
                continue
            text = bed_name(row.room, row.bed)
            if row.state == HELD:
                text = f"{text} — {hold_text(row)}"
            choices.append(Choice(text, fold(text), bed_id=row.bed_id))
        if now_in:
            title = self.tr("Move to another bed")
            intro = self.tr("{name} is in {bed} now. Choose her new bed.").format(name=name, bed=now_in)
            ok = self.tr("&Move her")
        else:
            title = self.tr("Give her a bed")
            intro = self.tr("{name} has no bed yet. Choose a bed for her.").format(name=name)
            ok = self.tr("&Give the bed")
        self._build(
            title, intro,
            self.tr("&Find a bed"),
            self.tr("&Free beds"),
            choices,
            self.tr("No bed is free. A house manager can add beds in Rooms and beds."),
            ok,
        )

    def save(self, choice: Choice) -> None:
        assert choice.bed_id is not None
        self.desk.beds.assign(self.stay_id, choice.bed_id, on=self.move_date())
        self.moved_to = choice.bed_id


class GiveBedDialog(_ChooseDialog):
    """Give a free (or held) bed: first the residents waiting for a bed, then anyone here
    (choosing someone who has a bed moves her)."""

    def __init__(self, desk: Desk, bed: BedRow, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.bed = bed
        self.given_to: int | None = None  # the resident's id once saved
        self.given_name = ""
        self._residents: dict[int, int] = {}
        choices = []
        for waiting in desk.beds.waiting():
            text = self.tr("{name} — waiting for a bed since {day}").format(
                name=waiting.alias, day=day_text(waiting.intake_date))
            choices.append(Choice(text, fold(waiting.alias), waiting.alias, stay_id=waiting.stay_id))
            self._residents[waiting.stay_id] = waiting.resident_id
        others = sorted((r for r in desk.beds.board() if r.state == TAKEN), key=lambda r: fold(r.alias))
        for row in others:
            assert row.stay_id is not None and row.resident_id is not None
            text = self.tr("{name} — now in {bed} (moves her)").format(
                name=row.alias, bed=bed_name(row.room, row.bed))
            choices.append(Choice(text, fold(row.alias), row.alias, stay_id=row.stay_id))
            self._residents[row.stay_id] = row.resident_id
        intro = self.tr("Who sleeps in {bed}?").format(bed=bed_name(bed.room, bed.bed))
        if bed.state == HELD:
            intro += " " + self.tr("It is held: {hold}. Giving it ends the hold.").format(hold=hold_text(bed))
        self._build(
            self.tr("Give this bed"),
            intro,
            self.tr("&Find her"),
            self.tr("&Residents here"),
            choices,
            self.tr("Nobody is staying here now. Do the intake first (Residents)."),
            self.tr("&Give the bed"),
        )

    def save(self, choice: Choice) -> None:
        assert choice.stay_id is not None
        self.desk.beds.assign(choice.stay_id, self.bed.bed_id, on=self.move_date())
        self.given_to = self._residents.get(choice.stay_id)
        self.given_name = choice.name


class HoldDialog(QDialog):
    """Hold a free bed for someone expected: a few words on who, and an optional last day."""

    def __init__(self, desk: Desk, bed: BedRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.bed = bed
        self.setWindowTitle(self.tr("Hold this bed"))
        intro = QLabel(self.tr("Keep {bed} free for someone who is expected.").format(
            bed=bed_name(bed.room, bed.bed)), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.note_edit = TextLine(self)
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("e.g. mother and 2 children, referred by the hotline"))
        note_title = QLabel(self.tr("&Held for"), self)
        note_title.setBuddy(self.note_edit)
        note_hint = hint_label(self.tr("A few words are enough. Do not type her full name: "
                                       "everyone at the desk can read this."), self)
        self.note_error = error_label(self)
        today = desk.today()
        self.until_check = QCheckBox(self.tr("&Until a certain day"), self)
        self.until_edit = date_edit(self, today, "hold_until",
                                    QT_TRANSLATE_NOOP("fields", "the last day of the hold"))
        self.until_edit.setEnabled(False)
        self.until_edit.setAccessibleName(self.tr("Last day of the hold"))
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        if bed.state == HELD:  # changing a hold: start from what it says now
            self.note_edit.setText(bed.hold_note)
            if bed.hold_until is not None:
                self.until_check.setChecked(True)
                self.until_edit.set_value(bed.hold_until)
        until_hint = hint_label(self.tr("After this day the bed shows as free again."), self)
        self.until_error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Hold the bed"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(note_title, 0, 0)
        grid.addWidget(self.note_edit, 0, 1, 1, 2)
        grid.addWidget(note_hint, 1, 1, 1, 2)
        grid.addWidget(self.note_error, 2, 1, 1, 2)
        grid.addWidget(self.until_check, 3, 1)
        grid.addWidget(self.until_edit, 3, 2, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(until_hint, 4, 1, 1, 2)
        grid.addWidget(self.until_error, 5, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.note_edit.setFocus()

    def until(self) -> date | None:
        """The last day of the hold, when ticked (an empty or unreadable day raises)."""
        if not self.until_check.isChecked():
            return None
        day = self.until_edit.value()
        if day is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field="hold_until",
                                  label=QT_TRANSLATE_NOOP("fields", "the last day of the hold"))
        return day

    def accept(self) -> None:
        say(self.note_error, "")
        say(self.until_error, "")
        try:
            self.desk.beds.hold(self.bed.bed_id, self.note_edit.text(), self.until())
        except ValidationError as exc:
            if exc.field == "hold_until":
                say(self.until_error, error_text(exc))
                self.until_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                say(self.note_error, error_text(exc))
                self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ShelterDeskError as exc:
            say(self.note_error, error_text(exc))
            return
        super().accept()
