"""Taking a resident in, and editing her details.

:class:`IntakeDialog` is the whole intake on one scrollable page ("About her", "Her stay",
"Who is with her", "Safety", "Health and contact"); while the alias is typed it shows
residents already known by that name, and one who left can be taken back in instead (a
new stay for the same person). :class:`EditDetailsDialog` changes her own details, with
the legal-name rules by role. The stay dialogs live in ``resident_stay_dialogs`` and are
re-exported here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import focus_order, sentence
from shelter_desk.gui.resident_forms import PersonForm, StayForm
from shelter_desk.gui.resident_stay_dialogs import ExitDialog, StayDialog
from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.worker import show_error
from shelter_desk.permissions import Permission
from shelter_desk.services.residents import ALL, ResidentFile, ResidentRow
from shelter_desk.services.validation import fold

__all__ = ["EditDetailsDialog", "ExitDialog", "IntakeDialog", "StayDialog"]

SEARCH_DELAY_MS = 250
MATCHES_SHOWN = 6


class AlreadyKnown(QWidget):
    """"Already known?": residents whose alias contains what is being typed.

    For one who has left, "Take her back in instead" (``take_back_button``) is offered;
    for one who is here now, it says so plainly.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<b>Already known?</b> Residents with this name:"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Residents already known with this name"))
        self.list.setUniformItemSizes(True)
        guard_copy(self.list)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.take_back_button = QPushButton(self.tr("Ta&ke her back in instead"), self)
        self.take_back_button.setToolTip(self.tr("A new stay for the same person; her earlier stays are kept."))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.take_back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.setObjectName("alreadyKnown")
        self.setStyleSheet("QWidget#alreadyKnown { background: #fdf3dc; border: 1px solid #e5cf98; border-radius: 4px; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.rows: list[ResidentRow] = []
        self.list.currentRowChanged.connect(self._chosen)
        self.hide()

    def show_rows(self, rows: list[ResidentRow]) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            if row.here:
                where = row.bed and f"{row.room} · {row.bed}"
                text = (self.tr("{alias}: here now, in {bed}").format(alias=row.alias, bed=where) if where
                        else self.tr("{alias}: here now").format(alias=row.alias))
            else:
                left = day_text(row.exit_date)
                text = self.tr("{alias}: left on {day}").format(alias=row.alias, day=left)
            QListWidgetItem(text, self.list)
        shown = min(len(rows), 4)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * shown + 2 * self.list.frameWidth() + 2 if rows else 0)
        self.setVisible(bool(rows))
        if rows:
            self.list.setCurrentRow(0)

    def chosen(self) -> ResidentRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _chosen(self) -> None:
        row = self.chosen()
        if row is None:
            self.take_back_button.setEnabled(False)
            self.status.clear()
            return
        if row.here:
            since = day_text(row.intake_date)
            self.status.setText(self.tr("{alias} is staying here now (since {day}). She does not need to be "
                                        "taken in again.").format(alias=row.alias, day=since))
        else:
            self.status.setText(self.tr("If this is her, take her back in instead of making a second record."))
        self.take_back_button.setEnabled(not row.here)


class IntakeDialog(FormDialog):
    """Take in a new resident (her record and her first stay), or take back one who left.

    After ``exec()`` returns Accepted: ``resident_id`` is the resident's id; ``returned``
    is True when she was taken back in (then ``stay_id`` is her new stay's id).
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Intake"), heading=self.tr("Take in a new resident"),
                         save_text=self.tr("Take her in"))
        self.desk = desk
        self.resident_id: int | None = None
        self.stay_id: int | None = None
        self.returned = False
        self.returning: ResidentRow | None = None
        self.intro_text = self.tr("Only her preferred name or alias is needed now; everything else can be "
                             "added later. Fields marked * are required.")
        self.set_intro(self.intro_text)

        self.person = PersonForm(self.body_widget, arrange=False)
        self.person.hide()
        self.stay = StayForm(desk, self.body_widget, arrange=False)
        self.stay.hide()
        self.forms = [self.person, self.stay]

        self.known = AlreadyKnown(self.person.about_section)
        self.person.about_section.form.insertRow(self.person.alias_row_end, self.known)
        self.person.about_section.form.setRowVisible(self.known, False)
        self.known.take_back_button.clicked.connect(self.take_back)

        self.back_banner = QWidget(self.body_widget)
        self.back_text = QLabel(self.back_banner)
        self.back_text.setWordWrap(True)
        self.back_text.setTextFormat(Qt.TextFormat.RichText)  # the alias in it is escaped
        self.back_text.setObjectName("noticeLabel")
        self.undo_button = QPushButton(self.tr("Not her: take in someone &new instead"), self.back_banner)
        self.undo_button.clicked.connect(self.take_in_new)
        banner = QVBoxLayout(self.back_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.back_text)
        banner.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.back_banner.hide()

        order = [self.back_banner, self.person.about_section, self.stay.stay_section,
                 self.stay.household_section, self.person.safety_section, self.person.health_section]
        for part in order:
            self.body.addWidget(part)
        self.body.addStretch(1)
        self.set_tab_order([*focus_order(order), self.save_button, self.cancel_button])

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.look_for_matches)
        self.person.alias_edit.textChanged.connect(self._search_timer.start)

        self.fit_to_screen(940, 700)
        self.remember_start()
        self.person.alias_edit.setFocus()

    # --- already known? -------------------------------------------------------------------------
    def look_for_matches(self) -> None:
        text = " ".join(self.person.alias_edit.text().split())
        rows: list[ResidentRow] = []
        if len(text) >= 2:
            try:
                rows = self.desk.residents.search(text, status=ALL, limit=50)
            except ShelterDeskError:
                rows = []
            needle = fold(text)
            rows = [r for r in rows if needle in fold(r.alias)][:MATCHES_SHOWN]
        self.known.show_rows(rows)
        self.person.about_section.form.setRowVisible(self.known, bool(rows))

    def take_back(self) -> None:
        row = self.known.chosen()
        if row is None or row.here:
            return
        self.returning = row
        self.forms = [self.stay]
        for section in (self.person.about_section, self.person.safety_section, self.person.health_section):
            section.hide()
        self.back_text.setText(self.tr(
            "<b>{alias} is back.</b> This starts a new stay for her; her earlier stays are kept. Her own "
            "details stay as they were: change them later with Edit details.").format(alias=html.escape(row.alias)))
        self.back_banner.show()
        self.set_intro(self.tr("Fill in this stay: the day she came back, her program and bed, and who is with her."))
        self.setWindowTitle(self.tr("She is back"))  # never her name: titles reach Alt+Tab and screen readers
        self.heading_label.setText(self.tr("Take {alias} back in").format(alias=row.alias))
        self.save_button.setText(self.tr("Take her back in"))
        self.clear_problems()
        self.stay.intake_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def take_in_new(self) -> None:
        self.returning = None
        self.forms = [self.person, self.stay]
        for section in (self.person.about_section, self.person.safety_section, self.person.health_section):
            section.show()
        self.back_banner.hide()
        self.set_intro(self.intro_text)
        self.setWindowTitle(self.tr("Intake"))
        self.heading_label.setText(self.tr("Take in a new resident"))
        self.save_button.setText(self.tr("Take her in"))
        self.clear_problems()
        self.person.alias_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving -----------------------------------------------------------------------------------
    def snapshot(self) -> tuple:
        return (self.person.snapshot(), self.stay.snapshot(), self.returning is not None)

    def clear_problems(self) -> None:
        self.person.clear_errors()
        super().clear_problems()

    def save(self) -> bool:
        try:
            if self.returning is not None:
                self.stay_id = self.desk.residents.start_stay(self.returning.id, self.stay.details())
                self.resident_id = self.returning.id
                self.returned = True
            else:
                person = self.person.details()
                self.resident_id = self.desk.residents.intake(person, self.stay.details())
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            show_error(self, exc)
            return False
        return True


class EditDetailsDialog(FormDialog):
    """Change her own details (``desk.residents.update`` with the version the file was read at).

    Legal name: recorded and not allowed to see it → the field is locked and left as it
    is; allowed → hidden behind "Show legal name" (audited) and sent only when shown and
    changed; nothing recorded → anyone may type one. If someone saved in between
    (``StaleRecord``) it says so and keeps the form. After Accepted, ``version`` is the new version.
    """

    def __init__(self, desk: Desk, file: ResidentFile, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Edit her details"),
                         heading=self.tr("Details of {alias}").format(alias=file.alias), save_text=self.tr("Save"))
        self.desk = desk
        self.file = file
        self.version = file.version
        self.person = PersonForm(self.body_widget)
        self.forms = [self.person]
        self.person.set_details(file.person())
        self.person.configure_legal_name(recorded=file.has_legal_name,
                                         may_see=desk.can(Permission.VIEW_LEGAL_NAME),
                                         reveal=lambda: desk.residents.legal_name(file.id))
        self.body.addWidget(self.person)
        self.body.addStretch(1)
        self.set_tab_order([*focus_order(self.person.sections), self.save_button, self.cancel_button])
        self.fit_to_screen(900, 700)
        self.remember_start()
        self.person.alias_edit.setFocus()

    def save(self) -> bool:
        try:
            self.version = self.desk.residents.update(self.file.id, self.person.details(), self.file.version)
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))  # StaleRecord among them: said plainly, the form kept
            return False
        return True

