"""The "Daily needs" tab of a resident's file: her appointments, and what she asked for and was given.

From here the front desk books her an appointment, records how one went, records a
request for clothing or supplies, and hands something out, with her already chosen:
one key for the button (Alt+letter), then the dialog. What the tab shows is read with
the file (the file view's ``reloaded`` signal), so it never reads on its own account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.resident_text import day_text, heading_label, list_table, selected_row
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.today_needs import ride_text, status_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.needs_views import (
    APPOINTMENT_KINDS,
    REQUEST_STATUSES,
    URGENCIES,
    AppointmentLine,
    HandoutLine,
    RequestLine,
    time_text,
)
from shelter_desk.services.residents import ResidentFile

if TYPE_CHECKING:
    from shelter_desk.gui.resident_file import ResidentFileView

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
CONTEXT = "ResidentNeedsTab"

A_DAY, A_TIME, A_KIND, A_PLACE, A_RIDE, A_STATUS = range(6)
S_DAY, S_WHAT, S_QTY, S_STATE = range(4)


def _choice(choices: tuple[tuple[str, str], ...], code: str) -> str:
    label = dict(choices).get(code, code)
    return QCoreApplication.translate("choices", label)


def what_text(kind_name: str, item: str, size: str) -> str:
    """"Clothing: Winter coat (M)"."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ResidentNeedsTab", text)

    if item and size:
        return tr("{kind}: {item} ({size})").format(kind=kind_name, item=item, size=size)
    if item or size:
        return tr("{kind}: {item}").format(kind=kind_name, item=item or size)
    return kind_name


class HerAppointmentsModel(RowsModel[AppointmentLine]):
    CONTEXT = CONTEXT
    HEADERS = {
        A_DAY: QT_TRANSLATE_NOOP("ResidentNeedsTab", "Day"),
        A_TIME: QT_TRANSLATE_NOOP("ResidentNeedsTab", "Time"),
        A_KIND: QT_TRANSLATE_NOOP("ResidentNeedsTab", "Kind"),
        A_PLACE: QT_TRANSLATE_NOOP("ResidentNeedsTab", "Where"),
        A_RIDE: QT_TRANSLATE_NOOP("ResidentNeedsTab", "Ride and escort"),
        A_STATUS: QT_TRANSLATE_NOOP("ResidentNeedsTab", "How it went"),
    }

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role == DISPLAY:
            if column == A_DAY:
                return day_text(line.day)
            if column == A_TIME:
                return time_text(line.start_minute)
            if column == A_KIND:
                return _choice(APPOINTMENT_KINDS, line.kind)
            if column == A_PLACE:
                return line.place_name
            if column == A_RIDE:
                return ride_text(line)
            return status_text(line)
        if role == Qt.ItemDataRole.ForegroundRole and column == A_STATUS and line.needs_settling:
            return QBrush(QColor("#9a3412"))
        return None


@dataclass(frozen=True)
class SupplyLine:
    """A request or a hand-out, as one line of her supplies list."""

    day: date
    what: str
    quantity: int
    state: str
    request: RequestLine | None = None
    handout: HandoutLine | None = None


class HerSuppliesModel(RowsModel[SupplyLine]):
    CONTEXT = CONTEXT
    HEADERS = {
        S_DAY: QT_TRANSLATE_NOOP("ResidentNeedsTab", "Day"),
        S_WHAT: QT_TRANSLATE_NOOP("ResidentNeedsTab", "What"),
        S_QTY: QT_TRANSLATE_NOOP("ResidentNeedsTab", "How many"),
        S_STATE: QT_TRANSLATE_NOOP("ResidentNeedsTab", "State"),
    }

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201
        line = self.row(index.row())
        if line is None or role != DISPLAY:
            return None
        return {S_DAY: day_text(line.day), S_WHAT: line.what, S_QTY: str(line.quantity),
                S_STATE: line.state}.get(index.column())


class NeedsTab(QWidget):
    """Her appointments (newest first) and her supplies: requests waiting, then everything given."""

    def __init__(self, view: ResidentFileView) -> None:
        super().__init__(view)
        self.view = view
        self.desk = view.desk
        self.appointments_model = HerAppointmentsModel(self)
        self.appointments_table = list_table(self, self.appointments_model, self.tr("Her appointments"))
        header = self.appointments_table.horizontalHeader()
        for column in (A_DAY, A_TIME, A_KIND, A_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (A_PLACE, A_RIDE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.supplies_model = HerSuppliesModel(self)
        self.supplies_table = list_table(self, self.supplies_model, self.tr("Her clothing and supplies"))
        header = self.supplies_table.horizontalHeader()
        for column in (S_DAY, S_QTY, S_STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(S_WHAT, QHeaderView.ResizeMode.Stretch)

        self.book_button = QPushButton(self.tr("Book an &appointment…"), self)
        self.settle_button = QPushButton(self.tr("Record how &it went…"), self)
        self.request_button = QPushButton(self.tr("Re&quest supplies…"), self)
        self.hand_out_button = QPushButton(self.tr("Hand &out…"), self)
        self.hand_out_button.setToolTip(self.tr("Hand out the chosen request, or something she did not ask for "
                                                "(food, a hygiene kit)"))
        self.book_button.clicked.connect(self.book)
        self.settle_button.clicked.connect(self.settle)
        self.request_button.clicked.connect(self.ask)
        self.hand_out_button.clicked.connect(self.hand_out)
        self.appointments_table.activated.connect(lambda _index: self.open_appointment())
        self.supplies_table.activated.connect(lambda _index: self.hand_out())
        self.appointments_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.supplies_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.appointments_empty = QLabel(self.tr("No appointments yet."), self)
        self.supplies_empty = QLabel(self.tr("Nothing asked for or handed out yet."), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()

        appointment_buttons = QHBoxLayout()
        for button in (self.book_button, self.settle_button):
            appointment_buttons.addWidget(button)
        appointment_buttons.addStretch(1)
        supply_buttons = QHBoxLayout()
        for button in (self.request_button, self.hand_out_button):
            supply_buttons.addWidget(button)
        supply_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.message_label)
        appointments_heading = heading_label(self.tr("Appointments and rides"), self)
        appointments_heading.setBuddy(self.appointments_table)
        layout.addWidget(appointments_heading)
        layout.addLayout(appointment_buttons)
        layout.addWidget(self.appointments_empty)
        layout.addWidget(self.appointments_table, 1)
        supplies_heading = heading_label(self.tr("Clothing and supplies"), self)
        supplies_heading.setBuddy(self.supplies_table)
        layout.addWidget(supplies_heading)
        layout.addLayout(supply_buttons)
        layout.addWidget(self.supplies_empty)
        layout.addWidget(self.supplies_table, 1)
        view.reloaded.connect(self.fill)

    # --- showing --------------------------------------------------------------------------------
    def fill(self, file: ResidentFile) -> None:
        try:
            appointments = self.desk.appointments.for_resident(file.id)
            requests = self.desk.supplies.requests(open_only=False, resident_id=file.id)
            handouts = self.desk.supplies.handouts(resident_id=file.id, limit=500)
        except ShelterDeskError as exc:
            from shelter_desk.gui.worker import error_text

            self.message_label.setText(error_text(exc))
            self.message_label.show()
            return
        self.message_label.hide()
        self.appointments_model.set_rows(appointments)
        lines = [SupplyLine(r.requested_on, what_text(r.kind_name, r.item, r.size), r.quantity,
                            self.tr("Waiting ({urgency})").format(urgency=_choice(URGENCIES, r.urgency)), request=r)
                 for r in requests if r.status == "open"]
        lines += [SupplyLine(h.handed_on, what_text(h.kind_name, h.item, h.size), h.quantity,
                             self.tr("Handed out by {who}").format(who=h.handed_by), handout=h) for h in handouts]
        lines += [SupplyLine(r.closed_on or r.requested_on, what_text(r.kind_name, r.item, r.size), r.quantity,
                             _choice(REQUEST_STATUSES, "cancelled"), request=r)
                  for r in requests if r.status == "cancelled"]
        self.supplies_model.set_rows(lines)
        self.appointments_empty.setVisible(not appointments)
        self.appointments_table.setVisible(bool(appointments))
        self.supplies_empty.setVisible(not lines)
        self.supplies_table.setVisible(bool(lines))
        if appointments:
            # The one to look at first: the earliest still to settle, else the next one booked, else the newest.
            pick = next((i for i in range(len(appointments) - 1, -1, -1) if appointments[i].needs_settling), None)
            if pick is None:
                pick = next((i for i in range(len(appointments) - 1, -1, -1)
                             if appointments[i].status == "scheduled"), 0)
            self.appointments_table.selectRow(pick)
        if lines:
            self.supplies_table.selectRow(0)
        self._update_buttons()

    def here_now(self) -> bool:
        return self.view.file.current_stay is not None

    def _update_buttons(self) -> None:
        may = self.desk.can(Permission.DAILY_NEEDS)
        here = self.here_now()
        appointment = self.selected_appointment()
        for button in (self.book_button, self.settle_button, self.request_button, self.hand_out_button):
            button.setVisible(may)
        self.book_button.setEnabled(here)
        self.request_button.setEnabled(here)
        self.settle_button.setEnabled(appointment is not None and appointment.status == "scheduled")
        self.hand_out_button.setEnabled(here)

    def selected_appointment(self) -> AppointmentLine | None:
        return self.appointments_model.row(selected_row(self.appointments_table))

    def selected_supply(self) -> SupplyLine | None:
        return self.supplies_model.row(selected_row(self.supplies_table))

    # --- actions (each opens the screen's own dialog with her chosen) ---------------------------
    def _run(self, make) -> None:  # noqa: ANN001
        """Build and run a dialog; a refusal while building it (the session ended) is shown plainly."""
        try:
            dialog = make()
        except ShelterDeskError as exc:
            from shelter_desk.gui.worker import show_error

            show_error(self, exc)
            return
        self.view.run_dialog(dialog)

    def book(self) -> None:
        from shelter_desk.gui.appointment_dialogs import AppointmentDialog

        if self.here_now():
            self._run(lambda: AppointmentDialog(self, self.desk, resident_id=self.view.file.id))

    def settle(self) -> None:
        from shelter_desk.gui.appointment_dialogs import SettleDialog

        appointment = self.selected_appointment()
        if appointment is not None and appointment.status == "scheduled":
            self._run(lambda: SettleDialog(self, self.desk, appointment))

    def open_appointment(self) -> None:
        """Enter on an appointment: settle it when its time has come, else change it."""
        from shelter_desk.gui.appointment_dialogs import AppointmentDialog

        appointment = self.selected_appointment()
        if appointment is None or appointment.status != "scheduled" or not self.desk.can(Permission.DAILY_NEEDS):
            return
        if appointment.day <= self.desk.today():
            self.settle()
        else:
            self._run(lambda: AppointmentDialog(self, self.desk, appointment=appointment))

    def ask(self) -> None:
        from shelter_desk.gui.supply_dialogs import RequestDialog

        if self.here_now():
            self._run(lambda: RequestDialog(self, self.desk, resident_id=self.view.file.id))

    def hand_out(self) -> None:
        from shelter_desk.gui.supply_dialogs import HandOutDialog

        if not self.here_now() or not self.desk.can(Permission.DAILY_NEEDS):
            return
        line = self.selected_supply()
        request = line.request if line is not None and line.request is not None \
            and line.request.status == "open" else None
        self._run(lambda: HandOutDialog(self, self.desk, resident_id=self.view.file.id, request=request))
