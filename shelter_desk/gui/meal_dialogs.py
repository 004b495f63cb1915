"""The list of meals (house managers and directors): add, rename, retire or bring back, move up or down.

Every change is saved at once through ``desk.meals`` (which checks the permission
again) and the list is read again; a refusal ("there is already a meal called…",
"the house needs at least one meal") is shown in red and nothing else changes. A
retired meal leaves the roster from then on; the meals already marked stay counted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.bed_dialogs import error_label, say
from shelter_desk.gui.list_editor import ListEditorMixin
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import error_label as field_error_label
from shelter_desk.gui.resident_form_parts import hint
from shelter_desk.gui.resident_text import list_table, selected_row
from shelter_desk.gui.resident_widgets import TextLine
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.needs_views import MealKindView

translate = QCoreApplication.translate  # (lupdate finds translate("Context", "text") calls)
COL_NAME, COL_IN_USE = range(2)
QUIET = QColor("#5d686c")


class MealKindsModel(RowsModel[MealKindView]):
    """Every meal on the list, in the roster's order, those no longer served greyed."""

    CONTEXT = "MealKindsModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("MealKindsModel", "Meal"),
        COL_IN_USE: QT_TRANSLATE_NOOP("MealKindsModel", "On the roster"),
    }

    def row_of(self, kind_id: int | None) -> int:
        return next((i for i, k in enumerate(self._rows) if k.id == kind_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        kind = self.row(index.row())
        if kind is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == COL_NAME:
                return kind.name
            return self.tr("Yes") if kind.active else self.tr("No longer served")
        if role == Qt.ItemDataRole.ForegroundRole and not kind.active:
            return QUIET
        if role == Qt.ItemDataRole.FontRole and not kind.active:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class MealNameDialog(FormDialog):
    """Add a meal, or rename one: one line, Enter saves, the refusal shown under the field."""

    def __init__(self, desk: Desk, kind: MealKindView | None = None, parent: QWidget | None = None) -> None:
        adding = kind is None
        if kind is None:
            title = translate("MealNameDialog", "Add a meal")
            heading = translate("MealNameDialog", "A new meal for the roster")
            save_text = translate("MealNameDialog", "&Add the meal")
        else:
            title = translate("MealNameDialog", "Rename a meal")
            heading = translate("MealNameDialog", "Rename {meal}").format(meal=kind.name)
            save_text = translate("MealNameDialog", "&Save")
        super().__init__(parent, title=title, heading=heading, save_text=save_text, enter_saves=True, scroll=False)
        self.desk = desk
        self.kind = kind
        self.kind_id: int | None = kind.id if kind else None
        self.name_edit = TextLine(self, placeholder=self.tr("e.g. Snack, Sunday brunch"))
        self.name_edit.setMaxLength(40)
        self.name_edit.setText(kind.name if kind else "")
        self.name_edit.selectAll()
        self.name_error = field_error_label(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(self.tr("&Name of the meal"), self)
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        form.addRow("", self.name_error)
        if adding:
            form.addRow("", hint(self.tr("It is added at the end of the list; move it up or down afterwards."), self))
        self.body.addLayout(form)
        self.set_tab_order([self.name_edit, self.save_button, self.cancel_button])
        self.resize(520, self.sizeHint().height())
        self.remember_start()
        self.name_edit.setFocus()

    def snapshot(self) -> tuple:
        return (self.name_edit.text(),)

    def save(self) -> bool:
        say(self.name_error, "")
        try:
            if self.kind is None:
                self.kind_id = self.desk.meals.add_kind(self.name_edit.text())
            else:
                self.desk.meals.rename_kind(self.kind.id, self.name_edit.text())
        except ShelterDeskError as exc:
            say(self.name_error, error_text(exc))
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True

    def saved_name(self) -> str:
        return " ".join(self.name_edit.text().split())


class MealListDialog(ListEditorMixin, QDialog):
    """The list of meals, in the order of the roster's columns, and what a house manager can change.

    Keys: Ctrl+N adds, Enter (or F2) renames, Ctrl+Up / Ctrl+Down move the chosen meal,
    Delete retires it, Insert brings it back; Esc closes. ``MODEL``: the list's model (the incident
    log's kinds reuse this dialog with their own).
    """

    MODEL: type[RowsModel] = MealKindsModel

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("The list of meals"))
        self.intro_label = intro = QLabel(self.tr(
            "The meals on the roster, in this order. A meal that is no longer served leaves the roster; "
            "what was marked before stays counted, and it can be brought back."), self)
        intro.setWordWrap(True)
        self.model = self.MODEL(self)
        self.table = list_table(self, self.model, self.tr("Meals"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_IN_USE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _i: self.rename())
        self.table_label = table_label = QLabel(self.tr("M&eals"), self)  # (Alt+M: the "My account" menu)
        table_label.setBuddy(self.table)

        self.add_button = self._button(self.tr("&Add a meal…"), self.add, QKeySequence.StandardKey.New)
        self.rename_button = self._button(self.tr("&Rename…"), self.rename, "F2")
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move(-1), "Ctrl+Up")
        self.down_button = self._button(self.tr("Move &down"), lambda: self.move(1), "Ctrl+Down")
        self.retire_button = self._button(self.tr("No longer &served"), lambda: self.set_active(False), "Delete")
        self.back_button = self._button(self.tr("&Bring it back"), lambda: self.set_active(True), "Insert")
        actions = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button,
                       self.retire_button, self.back_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.error_label = error_label(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # a meal's name is typed text
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(table_label)
        left.addWidget(self.table, 1)
        middle.addLayout(left, 1)
        middle.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(620, 420)
        self.table.setFocus()

    def _button(self, text: str, slot, keys: QKeySequence.StandardKey | str) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot() if button.isEnabled() else None)
        self.addAction(action)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({keys})").format(action=text.replace("&", "").rstrip("…"), keys=native))
        return button

    # --- what a list of this kind reads, calls and says (the incident kinds override these) -----
    def read_list(self) -> list:
        return self.desk.meals.kinds(include_retired=True)

    def name_dialog(self, kind: MealKindView | None) -> FormDialog:
        return MealNameDialog(self.desk, kind, self)

    def call_move(self, kind_id: int, step: int) -> None:
        self.desk.meals.move_kind(kind_id, step)

    def call_set_active(self, kind_id: int, active: bool) -> None:
        self.desk.meals.set_kind_active(kind_id, active)

    def words(self, what: str) -> str:
        """The sentence said after a change, with ``{name}`` (and ``{new}`` after a rename)."""
        return {
            "added": self.tr("{name} was added to the list."),
            "renamed": self.tr("{name} is now called {new}."),
            "up": self.tr("{name} moved up."),
            "down": self.tr("{name} moved down."),
            "back": self.tr("{name} is back on the roster."),
            "retired": self.tr("{name} is no longer on the roster. Earlier marks stay counted."),
        }[what]

    # --- the list -----------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        try:
            kinds = self.read_list()
        except ShelterDeskError as exc:
            kinds = []
            say(self.error_label, error_text(exc))
        self.model.set_rows(kinds)
        if kinds:
            row = self.model.row_of(keep)
            self.table.selectRow(row if row >= 0 else 0)
        self._update_buttons()

    def selected(self) -> MealKindView | None:
        return self.model.row(selected_row(self.table))

    def _update_buttons(self) -> None:
        kind = self.selected()
        row = selected_row(self.table)
        self.rename_button.setEnabled(kind is not None)
        self.up_button.setEnabled(kind is not None and row > 0)
        self.down_button.setEnabled(kind is not None and row < self.model.rowCount() - 1)
        self.retire_button.setEnabled(kind is not None and kind.active)
        self.back_button.setEnabled(kind is not None and not kind.active)


    # --- changes -------------------------------------------------------------------------------------
    def add(self) -> None:
        dialog = self.name_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.kind_id is not None:
            self._done(self.words("added").format(name=dialog.saved_name()), dialog.kind_id)
        dialog.deleteLater()

    def rename(self) -> None:
        kind = self.selected()
        if kind is None:
            return
        dialog = self.name_dialog(kind)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.words("renamed").format(name=kind.name, new=dialog.saved_name()), kind.id)
        dialog.deleteLater()

    def move(self, step: int) -> None:
        kind = self.selected()
        if kind is None:
            return
        try:
            self.call_move(kind.id, step)
        except ShelterDeskError as exc:
            say(self.error_label, error_text(exc))
            return
        self._done(self.words("up" if step < 0 else "down").format(name=kind.name), kind.id)

    def set_active(self, active: bool) -> None:
        kind = self.selected()
        if kind is None:
            return
        say(self.message_label, "")
        try:
            self.call_set_active(kind.id, active)
        except ShelterDeskError as exc:
            say(self.error_label, error_text(exc))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._done(self.words("back" if active else "retired").format(name=kind.name), kind.id)
