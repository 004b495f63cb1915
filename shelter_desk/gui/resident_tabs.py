"""The Stays, Case notes and Goals tabs of a resident's file.

Each tab is a list of what the file holds (newest first, as the services give it)
with a reading pane under it for the chosen row, and the buttons that change it.
A tab never reads or writes on its own account: it asks the file view, which runs
the dialog and reads the file again (``ResidentFileView.run_dialog``), then
``fill(file)`` shows the new state with the same row still chosen.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_desk import hud
from shelter_desk.gui.resident_text import (
    bed_text,
    block,
    day_text,
    field_label,
    hud_text,
    list_table,
    missing,
    reading_pane,
    selected_row,
    stay_html,
    table_html,
    term_text,
)
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.residents import GoalInfo, NoteInfo, ResidentFile, StayInfo

if TYPE_CHECKING:
    from shelter_desk.gui.resident_file import ResidentFileView

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


def first_line(text: str, limit: int = 160) -> str:
    line = text.strip().split("\n", 1)[0]
    more = len(line) > limit or "\n" in text.strip()
    return line[:limit] + ("…" if more else "")


def _tab_layout(tab: QWidget, buttons: list[QPushButton], table: QWidget, pane: QWidget) -> None:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 10, 0, 0)
    layout.setSpacing(8)
    layout.addLayout(row)
    layout.addWidget(table, 2)
    layout.addWidget(pane, 3)


# --- stays ---------------------------------------------------------------------------------------

S_INTAKE, S_LEFT, S_PROGRAM, S_BED, S_NIGHTS, S_WENT = range(6)


class StaysModel(RowsModel[StayInfo]):
    """Her stays, newest first."""

    CONTEXT = "StaysModel"
    HEADERS = {
        S_INTAKE: QT_TRANSLATE_NOOP("StaysModel", "Intake"),
        S_LEFT: QT_TRANSLATE_NOOP("StaysModel", "Left on"),
        S_PROGRAM: QT_TRANSLATE_NOOP("StaysModel", "Program"),
        S_BED: QT_TRANSLATE_NOOP("StaysModel", "Room and bed"),
        S_NIGHTS: QT_TRANSLATE_NOOP("StaysModel", "Nights"),
        S_WENT: QT_TRANSLATE_NOOP("StaysModel", "Where she went"),
    }

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201
        stay = self.row(index.row())
        if stay is None or role != DISPLAY:
            return None
        column = index.column()
        if column == S_INTAKE:
            return day_text(stay.intake_date)
        if column == S_LEFT:
            return day_text(stay.exit_date) if stay.exit_date else QCoreApplication.translate("StaysModel", "Here now")
        if column == S_PROGRAM:
            return term_text(hud.PROGRAMS, stay.program)
        if column == S_BED:
            if stay.here:
                return bed_text(stay.room, stay.bed)
            last = stay.beds[-1] if stay.beds else None
            return bed_text(last.room, last.bed) if last else ""
        if column == S_NIGHTS:
            return str(stay.nights)
        if column == S_WENT:
            return hud_text(hud.DESTINATIONS, stay.destination)
        return None


class StaysTab(QWidget):
    """Every stay, newest first; the chosen one in full below; "Correct this stay…"."""

    def __init__(self, view: ResidentFileView) -> None:
        super().__init__(view)
        self.view = view
        self.model = StaysModel(self)
        self.table = list_table(self, self.model, self.tr("Stays"))
        header = self.table.horizontalHeader()
        for column in (S_INTAKE, S_LEFT, S_PROGRAM, S_BED, S_NIGHTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(S_WENT, QHeaderView.ResizeMode.Stretch)
        self.pane = reading_pane(self, self.tr("The chosen stay"))
        self.correct_button = QPushButton(self.tr("C&orrect this stay…"), self)
        self.correct_button.clicked.connect(self.correct)
        self.table.activated.connect(lambda _index: self.correct())
        _tab_layout(self, [self.correct_button], self.table, self.pane)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

    def fill(self, file: ResidentFile) -> None:
        keep = self.selected()
        self.model.set_rows(file.stays)
        ids = [s.id for s in file.stays]
        self.table.selectRow(ids.index(keep.id) if keep is not None and keep.id in ids else 0)
        self._show_selected()

    def selected(self) -> StayInfo | None:
        return self.model.row(selected_row(self.table))

    def _show_selected(self) -> None:
        stay = self.selected()
        self.correct_button.setVisible(self.view.can_edit())
        self.correct_button.setEnabled(stay is not None)
        self.pane.setHtml(stay_html(stay) if stay is not None else "")

    def correct(self) -> None:
        stay = self.selected()
        if stay is not None and self.view.can_edit():
            self.view.correct_stay(stay)


# --- case notes -------------------------------------------------------------------------------------

N_DATE, N_KIND, N_AUTHOR, N_TEXT = range(4)


class NotesModel(RowsModel[NoteInfo]):
    """Case notes newest first; each note's amendments follow it, marked "Amendment"."""

    CONTEXT = "NotesModel"
    HEADERS = {
        N_DATE: QT_TRANSLATE_NOOP("NotesModel", "Date"),
        N_KIND: QT_TRANSLATE_NOOP("NotesModel", "About"),
        N_AUTHOR: QT_TRANSLATE_NOOP("NotesModel", "Written by"),
        N_TEXT: QT_TRANSLATE_NOOP("NotesModel", "Note"),
    }

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201
        note = self.row(index.row())
        if note is None:
            return None
        amendment = note.amends_id is not None
        column = index.column()
        if role == DISPLAY:
            if column == N_DATE:
                return ("    ↳ " if amendment else "") + day_text(note.written_on)
            if column == N_KIND:
                if amendment:
                    return QCoreApplication.translate("NotesModel", "Amendment")
                return term_text(hud.NOTE_KINDS, note.kind)
            if column == N_AUTHOR:
                return note.author_name
            if column == N_TEXT:
                return first_line(note.text)
        if role == Qt.ItemDataRole.FontRole and amendment:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class NotesTab(QWidget):
    """Case notes: write one, correct your own the same day, amend one later (the original stays)."""

    def __init__(self, view: ResidentFileView) -> None:
        super().__init__(view)
        self.view = view
        self.notes: tuple[NoteInfo, ...] = ()
        self.model = NotesModel(self)
        self.table = list_table(self, self.model, self.tr("Case notes"))
        header = self.table.horizontalHeader()
        for column in (N_DATE, N_KIND, N_AUTHOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(N_TEXT, QHeaderView.ResizeMode.Stretch)
        self.pane = reading_pane(self, self.tr("The chosen note"))
        self.add_button = QPushButton(self.tr("&Write a note…"), self)
        self.correct_button = QPushButton(self.tr("C&orrect my note…"), self)
        self.correct_button.setToolTip(self.tr("You can correct a note you wrote, on the day you wrote it."))
        self.amend_button = QPushButton(self.tr("Add an &amendment…"), self)
        self.amend_button.setToolTip(self.tr("Adds a dated amendment under the note; the note stays as it was."))
        self.empty_label = QLabel(self.tr("No case notes yet."), self)
        self.add_button.clicked.connect(self.add_note)
        self.correct_button.clicked.connect(self.correct_note)
        self.amend_button.clicked.connect(self.amend_note)
        self.table.activated.connect(lambda _index: self.open_selected())
        _tab_layout(self, [self.add_button, self.correct_button, self.amend_button], self.table, self.pane)
        self.layout().insertWidget(1, self.empty_label)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

    def fill(self, file: ResidentFile, select_id: int | None = None) -> None:
        keep = self.selected()
        wanted = select_id if select_id is not None else (keep.id if keep else None)
        self.notes = file.notes
        self.model.set_rows(file.notes)
        ids = [n.id for n in file.notes]
        self.table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self.empty_label.setVisible(not file.notes)
        self._show_selected()

    def selected(self) -> NoteInfo | None:
        return self.model.row(selected_row(self.table))

    def original_of(self, note: NoteInfo) -> NoteInfo:
        if note.amends_id is None:
            return note
        return next((n for n in self.notes if n.id == note.amends_id), note)

    def _show_selected(self) -> None:
        note = self.selected()
        may_write = self.view.can_write_notes()
        self.add_button.setVisible(may_write)
        self.correct_button.setVisible(may_write)
        self.amend_button.setVisible(may_write)
        self.correct_button.setEnabled(note is not None and note.can_correct)
        self.amend_button.setEnabled(note is not None)
        self.pane.setHtml(self.note_html(note) if note is not None else "")

    def note_html(self, note: NoteInfo) -> str:
        """The note as written, then every amendment to it, oldest first."""
        original = self.original_of(note)
        parts = [self._one_html(original, self.tr("{kind} note of {day}, written by {author}").format(
            kind=term_text(hud.NOTE_KINDS, original.kind), day=day_text(original.written_on),
            author=original.author_name))]
        for amendment in (n for n in self.notes if n.amends_id == original.id):
            parts.append(self._one_html(amendment, self.tr("Amendment of {day}, written by {author}").format(
                day=day_text(amendment.written_on), author=amendment.author_name), amendment.id == note.id))
        return "<hr>".join(parts)

    @staticmethod
    def _one_html(note: NoteInfo, title: str, chosen: bool = False) -> str:
        marker = " ◀" if chosen else ""
        return f"<p><b>{html.escape(title)}</b>{marker}</p><p>{block(note.text)}</p>"

    def open_selected(self) -> None:
        note = self.selected()
        if note is None or not self.view.can_write_notes():
            return
        if note.can_correct:
            self.correct_note()
        else:
            self.amend_note()

    def add_note(self) -> None:
        from shelter_desk.gui.casework_dialogs import NoteDialog

        dialog = NoteDialog(self.view.desk, self.view.file.id, self.view)
        if self.view.run_dialog(dialog) and dialog.note_id is not None:
            self.fill(self.view.file, dialog.note_id)

    def correct_note(self) -> None:
        note = self.selected()
        if note is None or not note.can_correct:
            return
        from shelter_desk.gui.casework_dialogs import NoteDialog

        self.view.run_dialog(NoteDialog(self.view.desk, self.view.file.id, self.view, note=note))

    def amend_note(self) -> None:
        note = self.selected()
        if note is None:
            return
        from shelter_desk.gui.casework_dialogs import AmendmentDialog

        dialog = AmendmentDialog(self.view.desk, self.original_of(note), self.view)
        if self.view.run_dialog(dialog) and dialog.note_id is not None:
            self.fill(self.view.file, dialog.note_id)


# --- goals -------------------------------------------------------------------------------------------

G_KIND, G_DESCRIPTION, G_STATUS, G_STARTED, G_ENDED, G_NOTES = range(6)


class GoalsModel(RowsModel[GoalInfo]):
    """Goals and services on her recovery path, in the order they were added."""

    CONTEXT = "GoalsModel"
    HEADERS = {
        G_KIND: QT_TRANSLATE_NOOP("GoalsModel", "Goal"),
        G_DESCRIPTION: QT_TRANSLATE_NOOP("GoalsModel", "Description"),
        G_STATUS: QT_TRANSLATE_NOOP("GoalsModel", "Status"),
        G_STARTED: QT_TRANSLATE_NOOP("GoalsModel", "Started"),
        G_ENDED: QT_TRANSLATE_NOOP("GoalsModel", "Ended"),
        G_NOTES: QT_TRANSLATE_NOOP("GoalsModel", "Notes"),
    }

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201
        goal = self.row(index.row())
        if goal is None or role != DISPLAY:
            return None
        column = index.column()
        if column == G_KIND:
            return term_text(hud.GOAL_KINDS, goal.kind)
        if column == G_DESCRIPTION:
            return goal.description
        if column == G_STATUS:
            return term_text(hud.GOAL_STATUSES, goal.status)
        if column == G_STARTED:
            return day_text(goal.started_on)
        if column == G_ENDED:
            return day_text(goal.ended_on)
        if column == G_NOTES:
            return first_line(goal.notes, 80)
        return None


class GoalsTab(QWidget):
    """Goals and services: add one, change one (status, dates, notes); the chosen one in full below."""

    def __init__(self, view: ResidentFileView) -> None:
        super().__init__(view)
        self.view = view
        self.model = GoalsModel(self)
        self.table = list_table(self, self.model, self.tr("Goals"))
        header = self.table.horizontalHeader()
        for column in (G_KIND, G_STATUS, G_STARTED, G_ENDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(G_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(G_NOTES, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(G_NOTES, self.table.fontMetrics().horizontalAdvance("x" * 24))
        self.pane = reading_pane(self, self.tr("The chosen goal"))
        self.add_button = QPushButton(self.tr("&Add a goal…"), self)
        self.change_button = QPushButton(self.tr("Change this g&oal…"), self)
        self.empty_label = QLabel(self.tr("No goals yet."), self)
        self.add_button.clicked.connect(self.add_goal)
        self.change_button.clicked.connect(self.change_goal)
        self.table.activated.connect(lambda _index: self.change_goal())
        _tab_layout(self, [self.add_button, self.change_button], self.table, self.pane)
        self.layout().insertWidget(1, self.empty_label)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

    def fill(self, file: ResidentFile, select_id: int | None = None) -> None:
        keep = self.selected()
        wanted = select_id if select_id is not None else (keep.id if keep else None)
        self.model.set_rows(file.goals)
        ids = [g.id for g in file.goals]
        self.table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self.empty_label.setVisible(not file.goals)
        self._show_selected()

    def selected(self) -> GoalInfo | None:
        return self.model.row(selected_row(self.table))

    def _show_selected(self) -> None:
        goal = self.selected()
        may_write = self.view.can_write_notes()
        self.add_button.setVisible(may_write)
        self.change_button.setVisible(may_write)
        self.change_button.setEnabled(goal is not None)
        if goal is None:
            self.pane.setHtml("")
            return
        self.pane.setHtml(table_html([
            (self.tr("Goal or service"), html.escape(term_text(hud.GOAL_KINDS, goal.kind))),
            (field_label("description"), html.escape(goal.description) or missing("—")),
            (field_label("status"), html.escape(term_text(hud.GOAL_STATUSES, goal.status))),
            (field_label("started_on"), day_text(goal.started_on) or missing("—")),
            (field_label("ended_on"), day_text(goal.ended_on) or missing("—")),
            (field_label("notes"), block(goal.notes) or missing("—")),
        ]))

    def add_goal(self) -> None:
        from shelter_desk.gui.casework_dialogs import GoalDialog

        dialog = GoalDialog(self.view.desk, self.view.file.id, self.view)
        if self.view.run_dialog(dialog) and dialog.goal_id is not None:
            self.fill(self.view.file, dialog.goal_id)

    def change_goal(self) -> None:
        goal = self.selected()
        if goal is None or not self.view.can_write_notes():
            return
        from shelter_desk.gui.casework_dialogs import GoalDialog

        self.view.run_dialog(GoalDialog(self.view.desk, self.view.file.id, self.view, goal=goal))
