"""Beds: the bed board (who sleeps where, free and held beds) and who is waiting for a bed.

Everything is done from the keyboard: arrows move on the board, Enter opens her file
on a taken bed or gives a free one, and each action has a shortcut (Ctrl+G give,
Ctrl+M move, Ctrl+H hold, Ctrl+Shift+H release, Ctrl+O open her file).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
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
from shelter_desk.gui.bed_board_model import (
    COL_BED,
    COL_HERE_SINCE,
    COL_NAME,
    COL_ROOM,
    COL_SINCE,
    COL_WHO,
    BedBoardModel,
    WaitingModel,
    bed_name,
    in_bed_order,
    list_table,
)
from shelter_desk.gui.bed_dialogs import GiveBedDialog, HoldDialog, MoveDialog, say
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.worker import error_text, show_error
from shelter_desk.permissions import Permission
from shelter_desk.services.beds import FREE, HELD, TAKEN, BedRow, WaitingStay


class BedsPage(QWidget):
    """The bed board for everyone who may see residents.

    Reads ``desk.beds.board()`` and ``desk.beds.waiting()`` again after every change
    (``signals.changed`` for "beds" or "residents"); holds nothing else. Giving, moving,
    holding and releasing go through the bed service; "Rooms and beds…" is there only
    for ``Permission.MANAGE_ROOMS`` (the service checks it again).
    """

    REFRESH_TOPICS = {"beds", "residents"}

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self.model = BedBoardModel(self)
        self.board = list_table(self, self.model, self.tr("Bed board"))
        header = self.board.horizontalHeader()
        header.setSectionResizeMode(COL_ROOM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SINCE, QHeaderView.ResizeMode.ResizeToContents)
        self.board.activated.connect(self._board_enter)
        self.waiting_model = WaitingModel(self)
        self.waiting = list_table(self, self.waiting_model, self.tr("Waiting for a bed"))
        self.waiting.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.waiting.horizontalHeader().setSectionResizeMode(COL_HERE_SINCE, QHeaderView.ResizeMode.ResizeToContents)
        self.waiting.activated.connect(lambda _i: self.give_waiting())

        title = QLabel(self.tr("Beds"), self)
        title.setObjectName("titleLabel")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("bedSummaryLabel")
        self.summary_label.setStyleSheet("font-size: 13pt;")
        self.rooms_button = QPushButton(self.tr("&Rooms and beds…"), self)
        self.rooms_button.clicked.connect(self.edit_rooms)
        self.rooms_button.setVisible(desk.can(Permission.MANAGE_ROOMS))
        self.give_button = self._button(self.tr("&Give this bed…"), "Ctrl+G", self.give)
        self.move_button = self._button(self.tr("Mo&ve to another bed…"), "Ctrl+M", self.move)
        self.hold_button = self._button(self.tr("Ho&ld this bed…"), "Ctrl+H", self.hold)
        self.release_button = self._button(self.tr("R&elease the hold"), "Ctrl+Shift+H", self.release)
        self.open_button = self._button(self.tr("&Open her file"), "Ctrl+O", self.open_file)
        self.give_waiting_button = self._button(self.tr("Give her a &bed…"), None, self.give_waiting)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names her: typed text, never markup
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        board_label = QLabel(self.tr("Bed boar&d"), self)
        board_label.setBuddy(self.board)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.board_stack = QStackedWidget(self)
        self.board_stack.addWidget(self.board)
        empty_box = QWidget(self)
        empty_layout = QVBoxLayout(empty_box)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.board_stack.addWidget(empty_box)
        waiting_label = QLabel(self.tr("&Waiting for a bed"), self)
        waiting_label.setBuddy(self.waiting)
        self.nobody_waiting = QLabel(self.tr("Everyone here has a bed."), self)
        self.nobody_waiting.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.rooms_button)
        left = QVBoxLayout()
        left.addWidget(board_label)
        left.addWidget(self.board_stack, 1)
        # The actions sit beside the board, so the page fits a 1024-pixel-wide screen.
        side = QWidget(self)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addSpacing(board_label.sizeHint().height() + left.spacing())
        for button in (self.give_button, self.move_button, self.hold_button, self.release_button, self.open_button):
            right.addWidget(button)
        right.addSpacing(14)
        right.addWidget(waiting_label)
        right.addWidget(self.nobody_waiting)
        right.addWidget(self.waiting, 1)
        right.addWidget(self.give_waiting_button)
        right.addStretch(0)  # takes the room only while the waiting list is hidden
        buttons = (self.give_button, self.move_button, self.hold_button, self.release_button, self.open_button,
                   self.give_waiting_button)
        side.setFixedWidth(max(b.sizeHint().width() for b in buttons) + 24)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addWidget(side, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addLayout(body, 1)

        chain = [self.board, self.give_button, self.move_button, self.hold_button, self.release_button,
                 self.open_button, self.waiting, self.give_waiting_button, self.rooms_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.board.selectionModel().selectionChanged.connect(self._update_buttons)
        self.waiting.selectionModel().selectionChanged.connect(self._update_buttons)
        signals.changed.connect(self._on_changed)
        self.refresh()

    def _button(self, text: str, shortcut: str | None, slot) -> QPushButton:  # noqa: ANN001
        """A button, and for ``shortcut`` an action on the page (a button's own shortcut clicks
        only after a short animation; the action acts at once)."""
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        if shortcut:
            action = QAction(text, self)
            sequence = QKeySequence(shortcut)
            action.setShortcut(sequence)
            action.triggered.connect(lambda _checked=False: slot() if button.isEnabled() else None)
            self.addAction(action)
            keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("{action} ({keys})").format(action=text.replace("&", ""), keys=keys))
        return button

    # --- reading ----------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in self.REFRESH_TOPICS:
            self.refresh()

    def refresh(self, select_bed: int | None = None) -> None:
        current = self.selected_bed()
        keep = select_bed if select_bed is not None else (current.bed_id if current else None)
        waiting_now = self.selected_waiting()
        try:
            rows = self.desk.beds.board()
            waiting = self.desk.beds.waiting()
            has_rooms = bool(rows) or bool(self.desk.beds.rooms())
        except ShelterDeskError as exc:
            rows, waiting, has_rooms = [], [], True
            say(self.message_label, error_text(exc))
        rows = in_bed_order(rows)
        self.model.set_rows(rows)
        self.waiting_model.set_rows(waiting)
        self._show_summary(rows, has_rooms)
        if rows:
            row = self.model.row_of(keep) if keep is not None else -1
            self.board.selectRow(row if row >= 0 else 0)
        self.nobody_waiting.setVisible(not waiting)
        self.waiting.setVisible(bool(waiting))
        self.give_waiting_button.setVisible(bool(waiting))
        if waiting:
            ids = [w.stay_id for w in waiting]
            keep_waiting = waiting_now.stay_id if waiting_now and waiting_now.stay_id in ids else ids[0]
            self.waiting.selectRow(ids.index(keep_waiting))
        self._update_buttons()

    def _show_summary(self, rows: list[BedRow], has_rooms: bool) -> None:
        total = len(rows)
        counts = {state: sum(1 for r in rows if r.state == state) for state in (TAKEN, FREE, HELD)}
        beds = self.tr("1 bed") if total == 1 else self.tr("{n} beds").format(n=total)
        self.summary_label.setText(self.tr("{beds}: {taken} taken, {free} free, {held} held").format(
            beds=beds, taken=counts[TAKEN], free=counts[FREE], held=counts[HELD]) if rows else "")
        if rows:
            self.board_stack.setCurrentIndex(0)
            return
        manager = self.desk.can(Permission.MANAGE_ROOMS)
        if not has_rooms:
            text = self.tr(
                "There are no rooms on the bed board yet. Press \"Rooms and beds…\" (Alt+R) to add each room "
                "of the house and how many beds it has.") if manager else self.tr(
                "There are no rooms on the bed board yet. Please ask a house manager to add the rooms and "
                "beds of the house.")
        else:
            text = self.tr("Every bed is out of use. Press \"Rooms and beds…\" (Alt+R) to put beds back into use.") \
                if manager else self.tr("Every bed is out of use. Please ask a house manager.")
        self.empty_label.setText(text)
        self.board_stack.setCurrentIndex(1)

    def selected_bed(self) -> BedRow | None:
        rows = self.board.selectionModel().selectedRows() if self.board.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def selected_waiting(self) -> WaitingStay | None:
        rows = self.waiting.selectionModel().selectedRows() if self.waiting.selectionModel() else []
        return self.waiting_model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        bed = self.selected_bed()
        state = bed.state if bed else None
        edit = self.desk.can(Permission.EDIT_RESIDENTS)
        self.give_button.setEnabled(edit and state in (FREE, HELD))
        self.move_button.setEnabled(edit and state == TAKEN)
        self.hold_button.setEnabled(edit and state in (FREE, HELD))
        self.release_button.setEnabled(edit and state == HELD)
        self.open_button.setEnabled(state == TAKEN)
        self.give_waiting_button.setEnabled(edit and self.selected_waiting() is not None)

    def _done(self, text: str, select_bed: int | None = None, focus: QWidget | None = None) -> None:
        self.refresh(select_bed)
        say(self.message_label, text)
        (focus or self.board).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions ----------------------------------------------------------------------------------
    def _board_enter(self, _index: QModelIndex) -> None:
        bed = self.selected_bed()
        if bed is None:
            return
        if bed.state == TAKEN:
            self.open_file()
        else:
            self.give()

    def give(self) -> None:
        bed = self.selected_bed()
        if bed is None or bed.state == TAKEN or not self.give_button.isEnabled():
            return
        dialog = self._open(lambda: GiveBedDialog(self.desk, bed, self))
        if dialog and dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("{name} is in {bed} now.").format(name=dialog.given_name, bed=bed_name(bed.room, bed.bed)),
                       bed.bed_id)
        self._close(dialog)

    def move(self) -> None:
        bed = self.selected_bed()
        if bed is None or bed.state != TAKEN:
            return
        assert bed.stay_id is not None
        dialog = self._open(lambda: MoveDialog(self.desk, bed.stay_id, bed.alias, bed_name(bed.room, bed.bed), self))
        if dialog and dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("{name} moved to {bed}.").format(name=bed.alias, bed=self._bed_text(dialog.moved_to)),
                       dialog.moved_to)
        self._close(dialog)

    def hold(self) -> None:
        bed = self.selected_bed()
        if bed is None or bed.state == TAKEN:
            return
        dialog = self._open(lambda: HoldDialog(self.desk, bed, self))
        if dialog and dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("{bed} is held.").format(bed=bed_name(bed.room, bed.bed)), bed.bed_id)
        self._close(dialog)

    def release(self) -> None:
        bed = self.selected_bed()
        if bed is None or bed.state != HELD:
            return
        try:
            self.desk.beds.release(bed.bed_id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self._done(self.tr("The hold on {bed} is released; the bed is free.").format(
            bed=bed_name(bed.room, bed.bed)), bed.bed_id)

    def open_file(self) -> None:
        bed = self.selected_bed()
        if bed is not None and bed.state == TAKEN and bed.resident_id is not None:
            self.signals.open_resident.emit(bed.resident_id)

    def give_waiting(self) -> None:
        """Choose a free bed for the resident selected in "Waiting for a bed"."""
        stay = self.selected_waiting()
        if stay is None or not self.give_waiting_button.isEnabled():
            return
        dialog = self._open(lambda: MoveDialog(self.desk, stay.stay_id, stay.alias, "", self))
        if dialog and dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("{name} is in {bed} now.").format(name=stay.alias, bed=self._bed_text(dialog.moved_to)),
                       dialog.moved_to, self.waiting if self.waiting_model.rowCount() else self.board)
        self._close(dialog)

    def edit_rooms(self) -> None:
        if not self.desk.can(Permission.MANAGE_ROOMS):
            return
        from shelter_desk.gui.rooms_dialog import RoomsDialog

        dialog = self._open(lambda: RoomsDialog(self.desk, self))
        if dialog:
            dialog.exec()
            if self._still_shown():  # not when the screen lock closed it: this page is going away
                self._done("")
        self._close(dialog)

    def _still_shown(self) -> bool:
        """False once the screen is locked or she signed out (the page is being torn down)."""
        return self.desk.current is not None and not self.desk.locked and self.isVisible()

    def _bed_text(self, bed_id: int | None) -> str:
        row = self.model.row(self.model.row_of(bed_id)) if bed_id is not None else None
        return bed_name(row.room, row.bed) if row else ""

    def _open(self, make):  # noqa: ANN001, ANN202
        """Build a dialog; a failure to read what it needs is said plainly."""
        say(self.message_label, "")
        try:
            return make()
        except ShelterDeskError as exc:
            show_error(self, exc)
            return None

    @staticmethod
    def _close(dialog: QDialog | None) -> None:
        if dialog is not None:
            dialog.deleteLater()

