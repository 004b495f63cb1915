"""The Today board's incident part: follow-up tasks open (overdue first), and for house managers
and directors the incidents waiting for sign-off.

``add_incident_section(page, desk, signals)`` adds "Incident follow-ups (Ctrl+8)" for everyone who
records incidents: a sentence ("2 tasks overdue, 3 open"; "1 incident waits for sign-off"), and a
short list of ``desk.incidents.open_followups()`` (due, task, who, incident); Enter opens the
incident. It listens to the "incidents" topic only while shown; the Today page calls
``refresh()`` when it is built and each time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.incidents_model import T_DUE, T_INCIDENT, T_OWNER, T_WHAT, FollowUpsDueModel
from shelter_desk.gui.table_model import fit_rows, short_table
from shelter_desk.gui.worker import error_text
from shelter_desk.permissions import Permission

MAX_ROWS = 8
REFRESH_DELAY_MS = 250
TOPIC = "incidents"


class IncidentFollowUpsSection(QWidget):
    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self.model = FollowUpsDueModel(self)
        self.table = short_table(self, self.model, self.tr("Incident follow-up tasks"))
        self.table.setToolTip(self.tr("Press Enter or double-click to open the incident."))
        header = self.table.horizontalHeader()
        for column in (T_DUE, T_OWNER, T_INCIDENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(T_WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.setFocusProxy(self.table)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("incidentTasksLabel")
        self.summary_label.setWordWrap(True)
        self.more_label = QLabel(self)
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)
        layout.addWidget(self.more_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._listening = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._listening:
            self.signals.changed.connect(self._changed)
            self._listening = True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._timer.stop()
        if self._listening:
            self.signals.changed.disconnect(self._changed)
            self._listening = False

    def _changed(self, topic: str) -> None:
        if topic == TOPIC and self.isVisible():
            self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        try:
            tasks = self.desk.incidents.open_followups()
            waiting = (self.desk.incidents.status_counts()["open"]
                       if self.desk.can(Permission.SIGN_OFF_INCIDENTS) else 0)
        except ShelterDeskError as exc:
            self.summary_label.setText(error_text(exc))
            self.table.hide()
            self.more_label.hide()
            return
        self.model.today = self.desk.today()
        overdue = sum(1 for t in tasks if t.overdue)
        parts = []
        if not tasks:
            parts.append(self.tr("No follow-up task is open."))
        elif overdue:
            parts.append(self.tr("{overdue} of {n} follow-up tasks are overdue.").format(overdue=overdue, n=len(tasks)))
        else:
            parts.append(self.tr("1 follow-up task is open.") if len(tasks) == 1
                         else self.tr("{n} follow-up tasks are open.").format(n=len(tasks)))
        if waiting:
            parts.append(self.tr("1 incident waits for sign-off.") if waiting == 1
                         else self.tr("{n} incidents wait for sign-off.").format(n=waiting))
        self.summary_label.setText(" ".join(parts))
        shown = tasks[:MAX_ROWS]
        self.model.set_rows(shown)
        self.table.setVisible(bool(shown))
        if shown:
            fit_rows(self.table, len(shown))
            self.table.selectRow(0)
        more = len(tasks) - len(shown)
        self.more_label.setText(self.tr("And {n} more: see Incidents (Ctrl+8).").format(n=more) if more > 0 else "")
        self.more_label.setVisible(more > 0)

    def _open(self, index: QModelIndex) -> None:
        task = self.model.row(index.row())
        if task is None:
            return
        from shelter_desk.gui.incident_dialog import IncidentDialog

        dialog = IncidentDialog(self, self.desk, task.incident_id)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()


def add_incident_section(page, desk: Desk, signals: DeskSignals) -> IncidentFollowUpsSection | None:  # noqa: ANN001
    if not desk.can(Permission.INCIDENTS):
        return None
    section = IncidentFollowUpsSection(desk, signals, page)
    page.add_section(QCoreApplication.translate("IncidentFollowUpsSection", "Incident follow-ups (Ctrl+8)"), section)
    return section
