"""Merge a duplicate: two records made by mistake for one person become one.

Opened from the record to keep (house managers and directors). The person finds
the other record by searching, sees both side by side (names and stays), and
confirms a plain warning. The service moves the duplicate's stays, notes, goals
and history onto the kept record and audits it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.resident_text import (
    bed_text,
    day_text,
    heading_label,
    list_table,
    reading_pane,
    selected_row,
    term_text,
)
from shelter_desk.gui.residents_model import (
    COL_BED,
    COL_FLAGS,
    COL_HOUSEHOLD,
    COL_NAME,
    SEARCH_DELAY_MS,
    ResidentsModel,
    SearchField,
)
from shelter_desk.gui.worker import error_text
from shelter_desk.services.residents import ALL, ResidentFile, ResidentRow


class MergeDialog(QDialog):
    """Choose the duplicate of ``file`` and merge it into ``file`` (the record kept).

    Keyboard: type in the search box, Enter (or Down) moves into the list, Enter on a record
    or Alt+M asks to merge; the question's default answer is Cancel. Accepted after a merge;
    ``merged_id`` is then the duplicate's id.
    """

    def __init__(self, desk: Desk, file: ResidentFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.file = desk, file
        self.merged_id: int | None = None
        self.setWindowTitle(self.tr("Merge a duplicate"))  # never her name: titles reach Alt+Tab, screen readers
        self.heading_label = heading_label(self.tr("Merge a duplicate into the record of {alias}").format(
            alias=file.alias), self)
        intro = QLabel(self.tr(
            "Use this when two records were made by mistake for the same person. Find the other "
            "record; everything in it (stays, case notes, goals and their history) moves into the "
            "record of {alias}, which is kept.").format(alias=file.alias), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.search_edit = SearchField(self, self._into_list)
        self.search_edit.setPlaceholderText(self.tr("Type part of a name or a room"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find the other record"), self)
        search_label.setBuddy(self.search_edit)
        self.model = ResidentsModel(self)
        self.table = list_table(self, self.model, self.tr("Other records"))
        for column in (COL_BED, COL_HOUSEHOLD, COL_FLAGS):
            self.table.hideColumn(column)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6)

        self.keep_pane = reading_pane(self, self.tr("The record kept"))
        self.other_pane = reading_pane(self, self.tr("The duplicate"))
        self.keep_pane.setHtml(self.kept_html())
        keep_title = QLabel(self.tr("Kept: this record"), self)
        other_title = QLabel(self.tr("Merged into it: the other record"), self)
        for title in (keep_title, other_title):
            title.setStyleSheet("font-weight: bold;")
        sides = QGridLayout()
        sides.addWidget(keep_title, 0, 0)
        sides.addWidget(other_title, 0, 1)
        sides.addWidget(self.keep_pane, 1, 0)
        sides.addWidget(self.other_pane, 1, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        show_inline(self.error_label, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # No default button (an accept-role button would become one when shown): Enter in the
        # search box must never start a merge. Enter there moves into the list; Enter on a record
        # there asks for the merge, and the question's default answer is Cancel.
        self.merge_button = self.buttons.addButton(self.tr("&Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.accept)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading_label)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 3)
        layout.addLayout(sides, 2)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._enter_in_search)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.activated.connect(lambda _index: self.accept())
        self.refresh()
        self.resize(860, 640)
        self.search_edit.setFocus()

    def refresh(self) -> None:
        self._timer.stop()
        try:
            rows = self.desk.residents.search(self.search_edit.text(), ALL)
        except ShelterDeskError as exc:
            show_inline(self.error_label, error_text(exc))
            return
        self.model.set_rows([r for r in rows if r.id != self.file.id])
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def _enter_in_search(self) -> None:
        if self._timer.isActive():
            self.refresh()
        self._into_list()

    def _into_list(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected(self) -> ResidentRow | None:
        return self.model.resident(selected_row(self.table))

    def _show_selected(self) -> None:
        other = self.selected()
        both_here = other is not None and other.here and self.file.current_stay is not None
        self.merge_button.setEnabled(other is not None and not both_here)
        show_inline(self.error_label, self.tr(
            "Both records have a stay going on now. Record that she left on one of them before merging.")
            if both_here else "")
        self.other_pane.setHtml(self.other_html(other) if other else
                                "<p>" + html.escape(self.tr("Choose the other record in the list above.")) + "</p>")

    def kept_html(self) -> str:
        parts = [f"<p style='font-size:14pt'><b>{html.escape(self.file.alias)}</b></p>"]
        for stay in self.file.stays:
            until = day_text(stay.exit_date) if stay.exit_date else self.tr("here now")
            parts.append("<p>" + html.escape(self.tr("Stay {start} – {end} · {program}").format(
                start=day_text(stay.intake_date), end=until, program=self._program(stay.program))) + "</p>")
        return "".join(parts)

    def other_html(self, other: ResidentRow) -> str:
        until = day_text(other.exit_date) if other.exit_date else self.tr("here now")
        lines = [self.tr("Latest stay {start} – {end} · {program}").format(
            start=day_text(other.intake_date), end=until, program=self._program(other.program))]
        if other.here and other.room:
            lines.append(bed_text(other.room, other.bed))
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        return f"<p style='font-size:14pt'><b>{html.escape(other.alias)}</b></p>{body}"

    @staticmethod
    def _program(key: str) -> str:
        return term_text(hud.PROGRAMS, key)

    def accept(self) -> None:
        other = self.selected()
        if other is None or not self.merge_button.isEnabled():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Merge two records"), self.tr(
            "Merge the record of {other} into the record of {kept}?\n\n"
            "Her stays, case notes and goals move into the record of {kept}; details missing there "
            "are taken from the other record. The other record will no longer appear in the list. "
            "This cannot be undone in Shelter Desk. Only merge records of the same person.").format(
            other=other.alias, kept=self.file.alias), QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names are typed text, never markup
        yes = box.addButton(self.tr("&Merge the records"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            self.desk.residents.merge(self.file.id, other.id)
        except ShelterDeskError as exc:
            show_inline(self.error_label, error_text(exc))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.merged_id = other.id
        super().accept()
