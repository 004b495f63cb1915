"""The incident log's lists: incidents (the Incidents screen and her file) and open follow-up tasks (Today)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from shelter_desk.gui.incident_words import role_text, severity_text, status_text, type_text, when_text
from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.incident_views import IncidentRow, OpenFollowUp

Index = QModelIndex | QPersistentModelIndex
DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
RED = QColor("#9b1c1c")
COL_WHEN, COL_KIND, COL_SEVERITY, COL_STATUS, COL_PEOPLE, COL_TASKS, COL_BY = range(7)
COL_ROLE = 7  # her file only, for those who may see it


class IncidentsModel(RowsModel[IncidentRow]):
    CONTEXT = "IncidentsModel"
    HEADERS = {
        COL_WHEN: QT_TRANSLATE_NOOP("IncidentsModel", "When"),
        COL_KIND: QT_TRANSLATE_NOOP("IncidentsModel", "Kind"),
        COL_SEVERITY: QT_TRANSLATE_NOOP("IncidentsModel", "How serious"),
        COL_STATUS: QT_TRANSLATE_NOOP("IncidentsModel", "State"),
        COL_PEOPLE: QT_TRANSLATE_NOOP("IncidentsModel", "Residents"),
        COL_TASKS: QT_TRANSLATE_NOOP("IncidentsModel", "Tasks open"),
        COL_BY: QT_TRANSLATE_NOOP("IncidentsModel", "Recorded by"),
    }

    def __init__(self, parent=None, *, with_role: bool = False) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.with_role = with_role
        if with_role:
            self.HEADERS = {**type(self).HEADERS, COL_ROLE: QT_TRANSLATE_NOOP("IncidentsModel", "Her part in it")}

    def row_of(self, incident_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == incident_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        row = self.row(index.row())
        if row is None:
            return None
        column = index.column()
        if role in DISPLAY:
            if column == COL_WHEN:
                return when_text(row.occurred_at)
            if column == COL_KIND:
                return type_text(row.type_name, row.type_code) or self.tr("(not chosen yet)")
            if column == COL_SEVERITY:
                return severity_text(row.severity)
            if column == COL_STATUS:
                return status_text(row.status)
            if column == COL_PEOPLE:
                return ", ".join(row.residents)
            if column == COL_TASKS:
                if not row.open_followups:
                    return ""
                if row.overdue_followups:
                    return self.tr("{n} ({late} overdue)").format(n=row.open_followups, late=row.overdue_followups)
                return str(row.open_followups)
            if column == COL_BY:
                return row.recorded_by
            if column == COL_ROLE:
                return role_text(row.role) if row.role else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_TASKS and row.overdue_followups:
                return RED
            if column == COL_SEVERITY and row.severity in ("high", "critical"):
                return RED
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS and row.status != "signed_off":
            font = QFont()
            font.setBold(True)
            return font
        return None


T_DUE, T_WHAT, T_OWNER, T_INCIDENT = range(4)


class FollowUpsDueModel(RowsModel[OpenFollowUp]):
    """The Today board's open follow-up tasks (the most overdue first)."""

    CONTEXT = "FollowUpsDueModel"
    HEADERS = {
        T_DUE: QT_TRANSLATE_NOOP("FollowUpsDueModel", "Due"),
        T_WHAT: QT_TRANSLATE_NOOP("FollowUpsDueModel", "Task"),
        T_OWNER: QT_TRANSLATE_NOOP("FollowUpsDueModel", "Who"),
        T_INCIDENT: QT_TRANSLATE_NOOP("FollowUpsDueModel", "Incident"),
    }

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.today = date.today()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        task = self.row(index.row())
        if task is None:
            return None
        if role in DISPLAY:
            column = index.column()
            if column == T_DUE:
                days = (task.due_on - self.today).days
                if days < 0:
                    return self.tr("Overdue since {day}").format(day=day_text(task.due_on))
                if days == 0:
                    return self.tr("Today")
                return day_text(task.due_on)
            if column == T_WHAT:
                return task.what
            if column == T_OWNER:
                return task.owner_name or self.tr("Not decided yet")
            return self.tr("#{n} {kind}").format(n=task.incident_id, kind=type_text(task.type_name, task.type_code))
        if role == Qt.ItemDataRole.ForegroundRole and task.overdue:
            return RED
        return None
