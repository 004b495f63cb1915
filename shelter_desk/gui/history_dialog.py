"""A resident record's change history: who changed what and when, from what, to what.

House managers and directors only (the service checks, and audits the reading).
Stored values are codes and ISO dates; here they are shown in plain words: HUD
answers by their labels, dates in the locale's format, yes/no translated. A legal
name is never shown, only that it changed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from shelter_desk import hud
from shelter_desk.gui.resident_text import (
    block,
    day_text,
    field_label,
    heading_label,
    hud_list,
    hud_text,
    list_table,
    missing,
    reading_pane,
    selected_row,
    table_html,
    term_text,
)
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.residents import HIDDEN_IN_HISTORY, ChangeRow, ResidentFile

COL_WHEN, COL_WHO, COL_WHAT, COL_FROM, COL_TO = range(5)
DATE_FIELDS = {"intake_date", "exit_date", "birth_date", "started_on", "ended_on", "written_on"}
TERM_FIELDS = {"program": hud.PROGRAMS, "referral_source": hud.REFERRAL_SOURCES,
               "relationship": hud.RELATIONSHIPS, "status": hud.GOAL_STATUSES}
CHOICE_FIELDS = {"prior_living_situation": hud.PRIOR_LIVING_SITUATIONS, "destination": hud.DESTINATIONS,
                 "dob_quality": hud.DOB_QUALITY}
LIST_FIELDS = {"genders": hud.GENDERS, "race_ethnicity": hud.RACE_ETHNICITY}


@dataclass(frozen=True)
class HistoryLine:
    """One change as shown: every column already in words."""

    when: str
    who: str
    what: str
    old: str
    new: str


def value_text(entity_type: str, field: str, raw: str) -> str:
    """A stored value in plain words."""
    if not raw:
        return ""
    if field in DATE_FIELDS:
        try:
            return day_text(date.fromisoformat(raw))
        except ValueError:
            return raw
    if raw in ("yes", "no") and field in ("interpreter_needed", "do_not_confirm"):
        if raw == "yes":
            return QCoreApplication.translate("HistoryDialog", "Yes")
        return QCoreApplication.translate("HistoryDialog", "No")
    if field == "kind":
        return term_text(hud.GOAL_KINDS if entity_type == "goal" else hud.NOTE_KINDS, raw)
    if field in TERM_FIELDS:
        return term_text(TERM_FIELDS[field], raw)
    codes = [int(c) for c in raw.split(",") if c.strip().lstrip("-").isdigit()]
    if field in CHOICE_FIELDS and codes:
        return hud_text(CHOICE_FIELDS[field], codes[0]) or raw
    if field in LIST_FIELDS and codes:
        return hud_list(LIST_FIELDS[field], tuple(codes)) or raw
    return raw


class HistoryModel(RowsModel[HistoryLine]):
    """The changes, newest first, as :class:`HistoryLine` rows."""

    CONTEXT = "HistoryModel"
    HEADERS = {
        COL_WHEN: QT_TRANSLATE_NOOP("HistoryModel", "When"),
        COL_WHO: QT_TRANSLATE_NOOP("HistoryModel", "Who"),
        COL_WHAT: QT_TRANSLATE_NOOP("HistoryModel", "What changed"),
        COL_FROM: QT_TRANSLATE_NOOP("HistoryModel", "From"),
        COL_TO: QT_TRANSLATE_NOOP("HistoryModel", "To"),
    }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = (line.when, line.who, line.what, line.old, line.new)[index.column()]
        return value.split("\n", 1)[0][:120] if index.column() in (COL_FROM, COL_TO) else value


class HistoryDialog(QDialog):
    """Shows ``rows`` (from ``desk.residents.history``) for the resident in ``file``.

    The file gives the words for what each change was about (the stay of which
    intake date, the note of which day). The chosen change is shown in full below.
    """

    def __init__(self, rows: list[ChangeRow], file: ResidentFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change history"))  # never her name: titles reach Alt+Tab, screen readers
        self.heading_label = heading_label(self.tr("Change history of {alias}").format(alias=file.alias), self)
        self._stays = {s.id: s.intake_date for s in file.stays}
        self._notes = {n.id: n.written_on for n in file.notes}
        self._goals = {g.id: g.kind for g in file.goals}
        intro = QLabel(self.tr(
            "Every change to this record, newest first: when, who made it, and what it was before and "
            "after. Legal names are never shown here, only that one changed."), self)
        intro.setWordWrap(True)
        self.model = HistoryModel(self)
        self.model.set_rows([self.line(row) for row in rows])
        self.table = list_table(self, self.model, self.tr("Changes"))
        header = self.table.horizontalHeader()
        for column in (COL_WHEN, COL_WHO, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_FROM, COL_TO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Nothing has been changed since the intake."), self)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.pane = reading_pane(self, self.tr("The chosen change"))
        self.pane.setMaximumHeight(self.pane.fontMetrics().lineSpacing() * 9 + 24)
        self.pane.setVisible(bool(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading_label)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pane)
        if not rows:
            layout.addStretch(1)  # the few lines stay together at the top
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.selectRow(0)
        self._show_selected()
        self.resize(980, 620)
        self.table.setFocus()

    def what(self, row: ChangeRow) -> str:
        label = field_label(row.field)
        if row.field == "merged_into":
            return label
        if row.entity_type == "stay":
            day = self._stays.get(row.entity_id)
            return (self.tr("Stay from {day}: {field}").format(day=day_text(day), field=label) if day
                    else self.tr("A stay: {field}").format(field=label))
        if row.entity_type == "household":
            return self.tr("Someone staying with her: {field}").format(field=label)
        if row.entity_type == "note":
            day = self._notes.get(row.entity_id)
            return (self.tr("Case note of {day}: {field}").format(day=day_text(day), field=label) if day
                    else self.tr("A case note: {field}").format(field=label))
        if row.entity_type == "goal":
            kind = self._goals.get(row.entity_id)
            return (self.tr("Goal \"{goal}\": {field}").format(goal=term_text(hud.GOAL_KINDS, kind), field=label)
                    if kind else self.tr("A goal: {field}").format(field=label))
        return label

    def line(self, row: ChangeRow) -> HistoryLine:
        at = row.at.astimezone() if isinstance(row.at, datetime) else None
        when = f"{day_text(at.date())} {at.strftime('%H:%M')}" if at else str(row.at)
        if row.field in HIDDEN_IN_HISTORY:
            old = new = self.tr("(not shown)")
        elif row.field == "merged_into":
            old, new = "", self.tr("merged")
        else:
            old = value_text(row.entity_type, row.field, row.old_value)
            new = value_text(row.entity_type, row.field, row.new_value)
        return HistoryLine(when, row.actor_name, self.what(row), old, new)

    def _show_selected(self) -> None:
        line = self.model.row(selected_row(self.table))
        if line is None:
            self.pane.setHtml("")
            return
        self.pane.setHtml(table_html([
            (self.tr("What changed"), html.escape(line.what)),
            (self.tr("When"), html.escape(line.when)),
            (self.tr("Who"), html.escape(line.who)),
            (self.tr("From"), block(line.old) or missing(self.tr("(empty)"))),
            (self.tr("To"), block(line.new) or missing(self.tr("(empty)"))),
        ]))
