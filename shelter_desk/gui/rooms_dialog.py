"""Rooms and beds (house managers and directors): add, rename, take out of use, put back.

The bed service checks the permission again and refuses, in plain words, to take a
room or bed out of use while someone sleeps in it; the refusal is shown in red in
the dialog and nothing else changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.bed_board_model import bed_order, list_table
from shelter_desk.gui.bed_dialogs import error_label, hint_label, say
from shelter_desk.gui.list_editor import ListEditorMixin
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.beds import BedInfo, RoomInfo

COL_NAME, COL_BEDS, COL_NOTE, COL_IN_USE = range(4)


@dataclass(frozen=True)
class RoomLine:
    """A room (``bed`` None) or one of its beds, one line each, beds under their room."""

    room: RoomInfo
    bed: BedInfo | None = None

    @property
    def in_use(self) -> bool:
        return self.room.active and (self.bed is None or self.bed.active)

    @property
    def key(self) -> tuple[str, int]:
        return ("bed", self.bed.id) if self.bed is not None else ("room", self.room.id)


class RoomsModel(RowsModel[RoomLine]):
    CONTEXT = "RoomsModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("RoomsModel", "Room or bed"),
        COL_BEDS: QT_TRANSLATE_NOOP("RoomsModel", "Beds in use"),
        COL_NOTE: QT_TRANSLATE_NOOP("RoomsModel", "Note"),
        COL_IN_USE: QT_TRANSLATE_NOOP("RoomsModel", "In use"),
    }

    def row_of(self, key: tuple[str, int]) -> int:
        return next((i for i, line in enumerate(self._rows) if line.key == key), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column, room, bed = index.column(), line.room, line.bed
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_NAME:
                if bed is None:
                    return room.name
                return "      " + self.tr("Bed {label}").format(label=bed.label)
            if column == COL_BEDS and bed is None:
                return str(sum(1 for b in room.beds if b.active))
            if column == COL_NOTE and bed is None:
                return room.note
            if column == COL_IN_USE:
                if line.in_use:
                    return self.tr("In use")
                if bed is not None and bed.active:
                    return self.tr("Out of use (the room is)")
                return self.tr("Out of use")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE and bed is None:
            return room.note or None
        if role == Qt.ItemDataRole.FontRole and ((bed is None and column == COL_NAME) or not line.in_use):
            font = QFont()
            font.setBold(bed is None and column == COL_NAME)
            font.setItalic(not line.in_use)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not line.in_use:
            return QColor("#5d686c")
        return None


class RoomForm(QDialog):
    """Add a room (name, note, number of beds) or change a room's name and note."""

    def __init__(self, desk: Desk, room: RoomInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.room = room
        self.room_id: int | None = room.id if room else None
        self.setWindowTitle(self.tr("Add a room") if room is None else self.tr("Change the room"))
        self.name_edit = QLineEdit(room.name if room else "", self)
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("e.g. Garden room, Room 3"))
        self.name_error = error_label(self)
        self.note_edit = QLineEdit(room.note if room else "", self)
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("e.g. ground floor, near the bathroom"))
        self.note_error = error_label(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("N&ote"), self.note_edit)
        form.addRow("", self.note_error)
        self.beds_spin: QSpinBox | None = None
        self.beds_error = error_label(self)
        if room is None:
            self.beds_spin = QSpinBox(self)
            self.beds_spin.setRange(0, 50)
            self.beds_spin.setValue(2)
            form.addRow(self.tr("&Beds"), self.beds_spin)
            form.addRow("", hint_label(self.tr("They are called 1, 2, 3… You can rename them afterwards."), self))
            form.addRow("", self.beds_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add the room") if room is None else self.tr("&Save"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self.name_edit.setFocus()

    def accept(self) -> None:
        for label in (self.name_error, self.note_error, self.beds_error):
            say(label, "")
        try:
            if self.room is None:
                beds = self.beds_spin.value() if self.beds_spin else 0
                self.room_id = self.desk.beds.add_room(self.name_edit.text(), self.note_edit.text(), beds)
            else:
                self.desk.beds.change_room(self.room.id, self.name_edit.text(), self.note_edit.text())
        except ValidationError as exc:
            label, widget = {
                "room_note": (self.note_error, self.note_edit),
                "beds": (self.beds_error, self.beds_spin),
            }.get(exc.field or "", (self.name_error, self.name_edit))
            say(label, error_text(exc))
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ShelterDeskError as exc:
            say(self.name_error, error_text(exc))
            return
        super().accept()


class BedForm(QDialog):
    """Add a bed to a room, or rename a bed."""

    def __init__(self, desk: Desk, room: RoomInfo, bed: BedInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.room = room
        self.bed = bed
        self.bed_id: int | None = bed.id if bed else None
        if bed is None:
            self.setWindowTitle(self.tr("Add a bed to {room}").format(room=room.name))
            labels = {b.label for b in room.beds}
            suggestion = next(str(n) for n in range(1, 200) if str(n) not in labels)
        else:
            self.setWindowTitle(self.tr("Rename bed {label} in {room}").format(label=bed.label, room=room.name))
            suggestion = bed.label
        self.label_edit = QLineEdit(suggestion, self)
        self.label_edit.setMaxLength(30)
        self.label_edit.selectAll()
        self.label_error = error_label(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Bed &name"), self.label_edit)
        form.addRow("", hint_label(self.tr("A number or a short word, such as 3, A or Window."), self))
        form.addRow("", self.label_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add the bed") if bed is None else self.tr("&Save"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        self.label_edit.setFocus()

    def accept(self) -> None:
        say(self.label_error, "")
        try:
            if self.bed is None:
                self.bed_id = self.desk.beds.add_bed(self.room.id, self.label_edit.text())
            else:
                self.desk.beds.rename_bed(self.bed.id, self.label_edit.text())
        except ShelterDeskError as exc:
            say(self.label_error, error_text(exc))
            self.label_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


class RoomsDialog(ListEditorMixin, QDialog):
    """Every room with its beds (also those out of use), and what a house manager can change.

    Opened from the bed board for people with ``Permission.MANAGE_ROOMS``; each change
    is saved at once through the bed service and the list is read again.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Rooms and beds"))
        intro = QLabel(self.tr(
            "The rooms and beds of the house, in the order they are shown on the bed board. "
            "A room or bed taken out of use keeps its history and can be put back into use."), self)
        intro.setWordWrap(True)
        self.model = RoomsModel(self)
        self.table = list_table(self, self.model, self.tr("Rooms and beds"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BEDS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_IN_USE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _i: self.rename())
        table_label = QLabel(self.tr("R&ooms and beds"), self)
        table_label.setBuddy(self.table)
        self.empty_label = QLabel(self.tr(
            "There are no rooms yet. Press \"Add a room…\" to add the first one and say how many beds it has."),
            self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)

        self.add_room_button = QPushButton(self.tr("&Add a room…"), self)
        new_room = QAction(self)
        new_room.setShortcut(QKeySequence.StandardKey.New)
        new_room.triggered.connect(lambda _checked=False: self.add_room())
        self.addAction(new_room)
        self.add_room_button.setToolTip(self.tr("Add a room (Ctrl+N)"))
        self.add_bed_button = QPushButton(self.tr("Add a &bed to this room…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.rename_button.setToolTip(self.tr("Rename the room or bed, or change the room's note (Enter)"))
        self.out_button = QPushButton(self.tr("&Take out of use"), self)
        self.in_button = QPushButton(self.tr("&Put back into use"), self)
        self.add_room_button.clicked.connect(self.add_room)
        self.add_bed_button.clicked.connect(self.add_bed)
        self.rename_button.clicked.connect(self.rename)
        self.out_button.clicked.connect(lambda: self.set_in_use(False))
        self.in_button.clicked.connect(lambda: self.set_in_use(True))
        actions = QVBoxLayout()
        for button in (self.add_room_button, self.add_bed_button, self.rename_button, self.out_button, self.in_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)

        self.error_label = error_label(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
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
        left.addWidget(self.empty_label)
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
        self.resize(860, 560)
        (self.table if self.model.rowCount() else self.add_room_button).setFocus()

    # --- the list -------------------------------------------------------------------------------
    def refresh(self, select: tuple[str, int] | None = None) -> None:
        current = self.selected()
        keep = select or (current.key if current else None)
        try:
            rooms = self.desk.beds.rooms(include_inactive=True)
        except ShelterDeskError as exc:
            rooms = []
            say(self.error_label, error_text(exc))
        lines = []
        for room in rooms:
            lines.append(RoomLine(room))
            lines.extend(RoomLine(room, bed) for bed in sorted(room.beds, key=lambda b: bed_order(b.label)))
        self.model.set_rows(lines)
        self.empty_label.setVisible(not lines)
        row = self.model.row_of(keep) if keep else -1
        if lines:
            self.table.selectRow(row if row >= 0 else 0)
        self._update_buttons()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def selected(self) -> RoomLine | None:
        return self.model.row(self.selected_row())

    def _update_buttons(self) -> None:
        line = self.selected()
        self.add_bed_button.setEnabled(line is not None)
        self.rename_button.setEnabled(line is not None)
        active = line is not None and (line.bed.active if line.bed else line.room.active)
        self.out_button.setEnabled(line is not None and active)
        self.in_button.setEnabled(line is not None and not active)


    # --- changes ---------------------------------------------------------------------------------
    def add_room(self) -> None:
        form = RoomForm(self.desk, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and form.room_id is not None:
            self._done(self.tr("The room {name} was added.").format(name=" ".join(form.name_edit.text().split())),
                       ("room", form.room_id))
        form.deleteLater()

    def add_bed(self) -> None:
        line = self.selected()
        if line is None:
            return
        form = BedForm(self.desk, line.room, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and form.bed_id is not None:
            self._done(self.tr("A bed was added to {room}.").format(room=line.room.name), ("bed", form.bed_id))
        form.deleteLater()

    def rename(self) -> None:
        line = self.selected()
        if line is None:
            return
        form: QDialog = RoomForm(self.desk, line.room, self) if line.bed is None else \
            BedForm(self.desk, line.room, line.bed, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("Saved."), line.key)
        form.deleteLater()

    def set_in_use(self, active: bool) -> None:
        line = self.selected()
        if line is None:
            return
        say(self.message_label, "")
        try:
            if line.bed is None:
                self.desk.beds.set_room_active(line.room.id, active)
            else:
                self.desk.beds.set_bed_active(line.bed.id, active)
        except ShelterDeskError as exc:
            say(self.error_label, error_text(exc))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        what = line.room.name if line.bed is None else \
            self.tr("Bed {label} in {room}").format(label=line.bed.label, room=line.room.name)
        text = self.tr("{what} is back in use.") if active else self.tr("{what} is out of use now.")
        self._done(text.format(what=what), line.key)

