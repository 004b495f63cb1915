"""The "Incidents" tab of a resident's file: the incidents she was in, newest first.

When, kind, how serious, state and tasks open; her part in each (harmed or targeted, involved,
witness) only for house managers and directors (``desk.incidents.incidents_of`` leaves it out
for others). Enter opens the chosen incident; "Record an incident…" opens a new one with her
already named. Read when the tab is shown (and again after an incident change), never on
every reload of her file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.incident_dialog import IncidentDialog
from shelter_desk.gui.incidents_model import COL_BY, COL_PEOPLE, COL_ROLE, IncidentsModel
from shelter_desk.gui.resident_text import list_table, selected_row
from shelter_desk.gui.worker import error_text
from shelter_desk.permissions import Permission

if TYPE_CHECKING:
    from shelter_desk.gui.resident_file import ResidentFileView


class IncidentsTab(QWidget):
    def __init__(self, view: ResidentFileView) -> None:
        super().__init__(view)
        self.view = view
        self.desk = view.desk
        self._stale = True
        self.with_role = self.desk.can(Permission.SIGN_OFF_INCIDENTS)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.model = IncidentsModel(self, with_role=self.with_role)
        self.table = list_table(self, self.model, self.tr("Her incidents"))
        self.table.setColumnHidden(COL_PEOPLE, True)  # she is the resident here
        self.table.setColumnHidden(COL_BY, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self.open_incident())
        self.open_button = QPushButton(self.tr("Open the incident…"), self)
        self.open_button.clicked.connect(lambda _c=False: self.open_incident())
        self.new_button = QPushButton(self.tr("Record an incident…"), self)  # no letter left free for it
        self.new_button.clicked.connect(lambda _c=False: self.new_incident())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if not self.with_role:
            layout.addWidget(QLabel(self.tr("Her part in each incident is shown to house managers and directors."),
                                    self))

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        say(self.message_label, "")
        try:
            rows = self.desk.incidents.incidents_of(self.view.file.id)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        self.model.set_rows(rows)
        self.summary_label.setText(self.tr("No incident names her.") if not rows else
                                   self.tr("1 incident names her.") if len(rows) == 1 else
                                   self.tr("{n} incidents name her.").format(n=len(rows)))
        self.table.setVisible(bool(rows))
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.table.setColumnHidden(COL_ROLE, not self.with_role)

    def open_incident(self) -> None:
        row = self.model.row(selected_row(self.table))
        if row is None:
            return
        dialog = IncidentDialog(self, self.desk, row.id)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def new_incident(self) -> None:
        here = self.view.file.current_stay is not None
        dialog = IncidentDialog(self, self.desk, resident_id=self.view.file.id if here else None)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()
