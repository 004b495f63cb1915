"""Places: the reusable list of clinics, lawyers, courts and offices appointments are booked at.

:class:`ProvidersDialog` lists every place (those no longer used too, greyed) with its
address, phone and note. Ctrl+N or "Add a place…" adds one, Enter or "Change…" changes the
chosen one, "Retire" takes it off the booking list (old appointments keep it) and "Put back"
returns it. Each change is saved at once through ``desk.appointments``; ``added_id`` is the
last place added (the booking form chooses it).

Anyone may add a place; changing or retiring one is for house managers and directors
(``Permission.MANAGE_LISTS``: its address is printed on every later day sheet). For others
Change and Retire are greyed out, and the dialog says who can do it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.appointments_model import plain_tooltip
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import FieldErrors, Section, focus_order, sentence
from shelter_desk.gui.resident_text import list_table, selected_row
from shelter_desk.gui.resident_widgets import TextLine
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.needs_views import ProviderView

COL_NAME, COL_ADDRESS, COL_PHONE, COL_NOTE, COL_IN_USE = range(5)


class ProvidersModel(RowsModel[ProviderView]):
    CONTEXT = "ProvidersModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("ProvidersModel", "Place"),
        COL_ADDRESS: QT_TRANSLATE_NOOP("ProvidersModel", "Address"),
        COL_PHONE: QT_TRANSLATE_NOOP("ProvidersModel", "Phone"),
        COL_NOTE: QT_TRANSLATE_NOOP("ProvidersModel", "Note"),
        COL_IN_USE: QT_TRANSLATE_NOOP("ProvidersModel", "In use"),
    }

    def row_of(self, provider_id: int | None) -> int:
        for n, place in enumerate(self._rows):
            if place.id == provider_id:
                return n
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        place = self.row(index.row())
        if place is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_IN_USE:
                value = self.tr("Yes") if place.active else self.tr("No (retired)")
            else:
                value = {COL_NAME: place.name, COL_ADDRESS: place.address, COL_PHONE: place.phone,
                         COL_NOTE: place.note}.get(column, "")
            # Typed by staff: a tooltip would read "<b>" as markup, so it is escaped there.
            return plain_tooltip(value) if role == Qt.ItemDataRole.ToolTipRole else value
        if role == Qt.ItemDataRole.ForegroundRole and not place.active:
            return QBrush(QColor("#5d686c"))
        return None


class PlaceForm(QWidget):
    """Name, address, phone and a note for one place."""

    def __init__(self, place: ProviderView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        section = Section(self.tr("The place"), self)
        self.name_edit = TextLine(section, placeholder=self.tr("e.g. Riverside Health Clinic"))
        self.name_edit.setMaxLength(120)
        section.row(self.tr("&Name *"), self.name_edit)
        self.errors.add(section.form, ["name"], self.name_edit, section)
        self.address_edit = TextLine(section, placeholder=self.tr("Street, number, town"))
        self.address_edit.setMaxLength(300)
        section.row(self.tr("&Address"), self.address_edit)
        self.errors.add(section.form, ["address"], self.address_edit, section)
        self.phone_edit = TextLine(section)
        self.phone_edit.setMaxLength(60)
        section.row(self.tr("&Phone"), self.phone_edit)
        self.errors.add(section.form, ["phone"], self.phone_edit, section)
        self.note_edit = TextLine(section, placeholder=self.tr("e.g. entrance at the back, ask for Room 4"))
        self.note_edit.setMaxLength(300)
        section.row(self.tr("N&ote"), self.note_edit)
        self.errors.add(section.form, ["note"], self.note_edit, section)
        section.note(self.tr("Only the name and address are printed on the day sheet for drivers."))
        if place is not None:
            self.name_edit.setText(place.name)
            self.address_edit.setText(place.address)
            self.phone_edit.setText(place.phone)
            self.note_edit.setText(place.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section)
        self.sections = [section]

    def snapshot(self) -> tuple:
        return (self.name_edit.text(), self.address_edit.text(), self.phone_edit.text(), self.note_edit.text())

    def show_error(self, exc: ValidationError) -> bool:
        return self.errors.show(exc)

    def clear_errors(self) -> None:
        self.errors.clear()


class PlaceDialog(FormDialog):
    """Add a place (``place=None``) or change one. ``provider_id`` after it is saved."""

    def __init__(self, parent: QWidget | None, desk: Desk, place: ProviderView | None = None) -> None:
        super().__init__(parent, title=self.tr("Add a place") if place is None else self.tr("Change a place"),
                         heading=self.tr("A new place for appointments") if place is None
                         else self.tr("Change {name}").format(name=place.name),
                         save_text=self.tr("Save"), enter_saves=True, scroll=False)
        self.desk = desk
        self.place = place
        self.provider_id: int | None = place.id if place else None
        self.form = PlaceForm(place, self.body_widget)
        self.forms = [self.form]
        self.body.addWidget(self.form)
        self.set_tab_order([*focus_order(self.form.sections), self.save_button, self.cancel_button])
        self.resize(620, self.sizeHint().height())
        self.remember_start()
        self.form.name_edit.setFocus()

    def save(self) -> bool:
        form = self.form
        values = (form.name_edit.text(), form.address_edit.text(), form.phone_edit.text(), form.note_edit.text())
        try:
            if self.place is None:
                self.provider_id = self.desk.appointments.add_provider(*values)
            else:
                self.desk.appointments.update_provider(self.place.id, *values, active=self.place.active)
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True


class ProvidersDialog(QDialog):
    """Every place appointments are booked at: add, change, retire, put back."""

    def __init__(self, parent: QWidget | None, desk: Desk) -> None:
        super().__init__(parent)
        self.desk = desk
        self.added_id: int | None = None
        self.can_change = desk.can(Permission.MANAGE_LISTS)  # changing or retiring: house manager and director
        self.setWindowTitle(self.tr("Places for appointments"))
        intro = QLabel(self.tr(
            "Clinics, offices, lawyers and courts where residents have appointments. A place that is no longer "
            "used can be retired: it leaves the booking list, and old appointments keep it."), self)
        intro.setWordWrap(True)
        self.model = ProvidersModel(self)
        self.table = list_table(self, self.model, self.tr("Places"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PHONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_IN_USE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _i: self.change())
        list_label = QLabel(self.tr("&Places"), self)
        list_label.setBuddy(self.table)
        self.empty_label = QLabel(self.tr("No places yet. Press \"Add a place…\" (Ctrl+N) to add the first one."),
                                  self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.rights_label = QLabel(self.tr(
            "You can add a place. Only a house manager or the director can change or retire one, because its "
            "address is printed on the drivers' day sheets."), self)
        self.rights_label.setObjectName("noticeLabel")
        self.rights_label.setWordWrap(True)
        self.rights_label.setVisible(not self.can_change)

        self.add_button = QPushButton(self.tr("&Add a place…"), self)
        self.add_button.setToolTip(self.tr("Add a place (Ctrl+N)"))
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("C&hange…"), self)  # Alt+C may be the Close button's
        self.change_button.clicked.connect(self.change)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.retire_button.clicked.connect(self.toggle_retired)
        if self.can_change:
            self.change_button.setToolTip(self.tr("Change the chosen place (Enter)"))
            self.retire_button.setToolTip(self.tr("Take the chosen place off the booking list, or put it back"))
        else:
            only = self.tr("Only a house manager or the director can change or retire a place.")
            self.change_button.setToolTip(only)
            self.retire_button.setToolTip(only)
        add_action = QAction(self)
        add_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        add_action.triggered.connect(self.add)
        self.addAction(add_action)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAutoDefault(False)  # Enter in the list opens the place; it never closes the list too
        close_button.setDefault(False)
        for button in (self.add_button, self.change_button, self.retire_button):
            button.setAutoDefault(False)  # Enter in the list changes the place, never "adds" one

        actions = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.rights_label)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(820, 460)
        self.table.setFocus()

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.selected().id if self.selected() else None)
        try:
            places = self.desk.appointments.providers(include_retired=True)
        except ShelterDeskError as exc:
            places = []
            say(self.message_label, error_text(exc))
        self.model.set_rows(places)
        header = self.table.horizontalHeader()
        if header.sectionSize(COL_NOTE) > 260:
            header.resizeSection(COL_NOTE, 260)
        self.empty_label.setVisible(not places)
        self.table.setVisible(bool(places))
        if places:
            row = self.model.row_of(keep)
            self.table.selectRow(row if row >= 0 else 0)
        self._update_buttons()

    def selected(self) -> ProviderView | None:
        row = selected_row(self.table)
        return self.model.row(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        place = self.selected()
        self.change_button.setEnabled(place is not None and self.can_change)
        self.retire_button.setEnabled(place is not None and self.can_change)
        self.retire_button.setText(self.tr("Put &back in use") if place is not None and not place.active
                                   else self.tr("&Retire"))

    def add(self) -> None:
        dialog = PlaceDialog(self, self.desk)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.provider_id is not None:
            self.added_id = dialog.provider_id
            self.refresh(dialog.provider_id)
            say(self.message_label, self.tr("Added. It is on the booking list now."))
        dialog.deleteLater()
        self.table.setFocus()

    def change(self) -> None:
        place = self.selected()
        if place is None:
            return
        if not self.can_change:  # Enter on the list
            say(self.message_label, self.tr("Only a house manager or the director can change a place."))
            return
        dialog = PlaceDialog(self, self.desk, place)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(place.id)
            say(self.message_label, self.tr("Saved."))
        dialog.deleteLater()
        self.table.setFocus()

    def toggle_retired(self) -> None:
        place = self.selected()
        if place is None or not self.can_change:
            return
        try:
            self.desk.appointments.update_provider(place.id, place.name, place.address, place.phone, place.note,
                                                   active=not place.active)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        self.refresh(place.id)
        say(self.message_label, self.tr("{name} is back on the booking list.").format(name=place.name)
            if not place.active else
            self.tr("{name} is retired: it is no longer offered for new appointments.").format(name=place.name))
        self.table.setFocus()
