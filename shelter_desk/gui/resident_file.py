"""One resident's file: who she is, her stay now and before, and the tabs of her record.

The file shows a :class:`ResidentFile` read through ``desk.residents.open_file`` (an
audited read). After every change made from here it is read again the same way, so
what is on screen is always what is stored. The legal name is never part of it: it is
asked for separately (audited) and shown only until the file is closed or read again.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.resident_needs_tab import NeedsTab
from shelter_desk.gui.resident_incidents_tab import IncidentsTab
from shelter_desk.gui.resident_plan_tab import PlanTab
from shelter_desk.gui.resident_tabs import GoalsTab, NotesTab, StaysTab
from shelter_desk.gui.resident_text import (
    FlowLayout,
    age_text,
    block,
    day_text,
    field_label,
    household_text,
    hud_list,
    hud_text,
    missing,
    reading_pane,
    stay_summary,
    table_html,
)
from shelter_desk.gui.worker import show_error
from shelter_desk.permissions import Permission
from shelter_desk.services.residents import ResidentFile, StayInfo

# --- the file ----------------------------------------------------------------------------------------

class ResidentFileView(QWidget):
    """The resident file.

    Contract: built from a :class:`ResidentFile` already opened (and audited) by the caller;
    ``reload()`` opens it again through ``desk.residents.open_file`` and refills every part;
    ``reloaded(file)`` is emitted after each fill, so tabs added later by other screens
    (``view.tabs.addTab(...)``) can refresh too. ``back_requested`` asks the page to show the
    list again (Back button, Esc, Alt+Left). The shown legal name is dropped on reload and
    whenever the file is hidden (another screen, the list, a minimised window).
    """

    back_requested = Signal()
    reloaded = Signal(object)

    def __init__(self, desk: Desk, file: ResidentFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.file = file
        self.stale = False  # something changed elsewhere while the file was hidden

        self.back_button = QPushButton(self.tr("← &Back to the list"), self)
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.back_requested.emit)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.back_requested.emit)

        self.alias_label = QLabel(self)
        self.alias_label.setObjectName("residentAlias")
        font = QFont(self.font())
        font.setPointSize(20)
        font.setBold(True)
        self.alias_label.setFont(font)
        self.alias_label.setStyleSheet("color: #245a5e;")
        self.alias_label.setTextFormat(Qt.TextFormat.PlainText)
        self.do_not_confirm_badge = QLabel(self.tr("Do not confirm she is here"), self)
        self.do_not_confirm_badge.setObjectName("doNotConfirmBadge")
        self.do_not_confirm_badge.setStyleSheet(
            "QLabel { color: #ffffff; background: #9b1c1c; border-radius: 4px; padding: 4px 10px; "
            "font-weight: bold; }")
        self.do_not_confirm_badge.setToolTip(self.tr(
            "Never tell a caller or visitor that she lives here, not even that you know her."))
        self.about_label = QLabel(self)
        self.about_label.setTextFormat(Qt.TextFormat.PlainText)
        self.legal_label = QLabel(self)
        self.legal_label.setObjectName("legalNameLabel")
        self.legal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.legal_label.setStyleSheet(
            "QLabel { background: #ffffff; border: 1px dashed #8a9599; border-radius: 4px; padding: 3px 8px; }")
        self.watch_label = QLabel(self)
        self.watch_label.setObjectName("watchForLabel")
        self.watch_label.setWordWrap(True)
        self.watch_label.setTextFormat(Qt.TextFormat.RichText)
        self.watch_label.setStyleSheet(
            "QLabel { color: #9b1c1c; background: #fcecea; border: 1px solid #e3b3ad; border-radius: 4px; "
            "padding: 6px 8px; }")
        self.stay_label = QLabel(self)
        self.stay_label.setObjectName("staySummaryLabel")
        self.stay_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stay_label.setWordWrap(True)
        self.stay_label.setStyleSheet("font-weight: bold;")

        self.edit_button = QPushButton(self.tr("&Edit details…"), self)
        self.legal_button = QPushButton(self)
        self.exit_button = QPushButton(self.tr("Lef&t the shelter…"), self)
        self.return_button = QPushButton(self.tr("Ta&ke her back in…"), self)
        self.history_button = QPushButton(self.tr("Change histo&ry…"), self)
        self.merge_button = QPushButton(self.tr("Merge a d&uplicate…"), self)
        self.merge_button.setToolTip(self.tr("Merge a duplicate record of the same person into this one"))
        self.edit_button.clicked.connect(self.edit_details)
        self.legal_button.clicked.connect(self.toggle_legal_name)
        self.exit_button.clicked.connect(self.record_exit)
        self.return_button.clicked.connect(self.take_back_in)
        self.history_button.clicked.connect(self.show_history)
        self.merge_button.clicked.connect(self.merge_duplicate)

        self.details_pane = reading_pane(self, self.tr("Her details"))
        self.stays_tab = StaysTab(self)
        self.notes_tab = NotesTab(self)
        self.goals_tab = GoalsTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details_pane, self.tr("&Details"))
        self.tabs.addTab(self.stays_tab, self.tr("&Stays"))
        self.tabs.addTab(self.notes_tab, self.tr("&Case notes"))
        self.tabs.addTab(self.goals_tab, self.tr("&Goals"))
        self.needs_tab = NeedsTab(self)
        self.tabs.addTab(self.needs_tab, self.tr("Daily &needs"))
        self.plan_tab: PlanTab | None = None
        if desk.can(Permission.SAFETY_PLANS):
            self.plan_tab = PlanTab(self)
            self.tabs.addTab(self.plan_tab, self.tr("Safety &plan"))
        self.incidents_tab: IncidentsTab | None = None
        if desk.can(Permission.INCIDENTS):
            self.incidents_tab = IncidentsTab(self)
            self.tabs.addTab(self.incidents_tab, self.tr("Incidents"))  # every letter of it is taken here

        name_row = QHBoxLayout()
        name_row.setSpacing(12)
        name_row.addWidget(self.alias_label)
        name_row.addWidget(self.do_not_confirm_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        name_row.addStretch(1)
        name_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        about_row = QHBoxLayout()
        about_row.setSpacing(12)
        about_row.addWidget(self.about_label)
        about_row.addWidget(self.legal_label)
        about_row.addStretch(1)
        buttons = FlowLayout()
        for button in (self.edit_button, self.legal_button, self.exit_button, self.return_button,
                       self.history_button, self.merge_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(name_row)
        layout.addLayout(about_row)
        layout.addWidget(self.watch_label)
        layout.addWidget(self.stay_label)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.back_button, self.edit_button)
        self.fill(file)

    # --- showing -----------------------------------------------------------------------------
    def fill(self, file: ResidentFile) -> None:
        self.file = file
        self.alias_label.setText(file.alias)
        self.do_not_confirm_badge.setVisible(file.do_not_confirm)
        about = [t for t in (file.pronouns, age_text(file)) if t]
        if file.interpreter_needed:
            about.append(self.tr("needs an interpreter"))
        self.about_label.setText(" · ".join(about))
        self.about_label.setVisible(bool(about))
        self.hide_legal_name()
        if file.watch_for:
            self.watch_label.setText("<b>{}</b> {}".format(html.escape(self.tr("Person to watch for:")),
                                                           block(file.watch_for)))
        self.watch_label.setVisible(bool(file.watch_for))
        summary = stay_summary(file)
        stay = file.current_stay
        if stay is not None and stay.household:
            summary += " · " + self.tr("with {people}").format(people=household_text(stay))
        self.stay_label.setText(summary)
        self.stay_label.setVisible(bool(summary))
        can_edit = self.desk.can(Permission.EDIT_RESIDENTS)
        self.edit_button.setVisible(can_edit)
        self.legal_button.setVisible(self.desk.can(Permission.VIEW_LEGAL_NAME) and file.has_legal_name)
        self.exit_button.setVisible(can_edit and stay is not None)
        self.return_button.setVisible(can_edit and stay is None)
        self.history_button.setVisible(self.desk.can(Permission.VIEW_CHANGE_HISTORY))
        self.merge_button.setVisible(self.desk.can(Permission.MERGE_RESIDENTS))
        self.details_pane.setHtml(self.details_html(file))
        self.stays_tab.fill(file)
        self.notes_tab.fill(file)
        self.goals_tab.fill(file)
        self.reloaded.emit(file)

    def reload(self) -> bool:
        """Read the file again (audited) and show it; False (with a message) if that failed."""
        try:
            file = self.desk.residents.open_file(self.file.id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return False
        self.stale = False
        focus = self.focusWidget()
        self.fill(file)
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- the legal name ------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Going to Today or Beds (or minimising the window) hides a shown legal name again."""
        self.hide_legal_name()
        super().hideEvent(event)

    def hide_legal_name(self) -> None:
        self.legal_label.clear()
        self.legal_label.hide()
        self.legal_button.setText(self.tr("Show &legal name"))

    def toggle_legal_name(self) -> None:
        if self.legal_label.isVisible():
            self.hide_legal_name()
            return
        try:
            name = self.desk.residents.legal_name(self.file.id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self.legal_label.setText(self.tr("Legal name: {name}").format(name=name) if name
                                 else self.tr("No legal name is recorded."))
        self.legal_label.show()
        self.legal_button.setText(self.tr("Hide &legal name"))

    # --- actions ------------------------------------------------------------------------------
    def can_edit(self) -> bool:
        return self.desk.can(Permission.EDIT_RESIDENTS)

    def can_write_notes(self) -> bool:
        return self.desk.can(Permission.CASE_NOTES)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog; after a saved change read the file again. True when something was saved."""
        try:
            saved = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if saved:
            self.reload()
        return saved

    def edit_details(self) -> None:
        from shelter_desk.gui.resident_dialogs import EditDetailsDialog

        self.run_dialog(EditDetailsDialog(self.desk, self.file, self))

    def record_exit(self) -> None:
        stay = self.file.current_stay
        if stay is None:
            return
        from shelter_desk.gui.resident_dialogs import ExitDialog

        self.run_dialog(ExitDialog(self.desk, stay, self.file.alias, self))

    def take_back_in(self) -> None:
        if self.file.current_stay is not None:
            return
        from shelter_desk.gui.resident_dialogs import StayDialog

        self.run_dialog(StayDialog(self.desk, self.file.id, self.file.alias, self))

    def correct_stay(self, stay: StayInfo) -> None:
        from shelter_desk.gui.resident_dialogs import StayDialog

        self.run_dialog(StayDialog(self.desk, self.file.id, self.file.alias, self, stay=stay))

    def show_history(self) -> None:
        from shelter_desk.gui.history_dialog import HistoryDialog

        try:
            rows = self.desk.residents.history(self.file.id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        dialog = HistoryDialog(rows, self.file, self)
        dialog.exec()
        dialog.deleteLater()

    def merge_duplicate(self) -> None:
        from shelter_desk.gui.merge_dialog import MergeDialog

        self.run_dialog(MergeDialog(self.desk, self.file, self))

    def details_html(self, file: ResidentFile) -> str:
        """Everything from intake in plain words."""
        if not file.has_legal_name:
            legal = missing()
        elif self.desk.can(Permission.VIEW_LEGAL_NAME):
            legal = html.escape(self.tr(
                "Recorded. Press \"Show legal name\" to see it (this is written in the audit trail)."))
        else:
            legal = html.escape(self.tr("Recorded. Only house managers and directors can see it."))
        if file.dob_quality == hud.DOB_FULL:
            born = self.tr("{day} ({age} years old)").format(day=day_text(file.birth_date), age=file.age)
        elif file.dob_quality == hud.DOB_APPROXIMATE:
            born = self.tr("About {age} years old (approximate age)").format(age=file.age)
        else:
            born = missing(hud_text(hud.DOB_QUALITY, file.dob_quality))
        languages = html.escape(file.languages)
        if file.interpreter_needed:
            languages = (languages + " · " if languages else "") + html.escape(self.tr("needs an interpreter"))
        if file.do_not_confirm:
            yes_no = self.tr("Yes: never confirm to a caller or visitor that she is here")
        else:
            yes_no = self.tr("No")
        rows = [
            (field_label("alias"), html.escape(file.alias)),
            (field_label("legal_name"), legal),
            (field_label("dob_quality"), born),
            (field_label("pronouns"), html.escape(file.pronouns)),
            (field_label("genders"), html.escape(hud_list(hud.GENDERS, file.genders))),
            (field_label("race_ethnicity"), html.escape(hud_list(hud.RACE_ETHNICITY, file.race_ethnicity))),
            (field_label("languages"), languages),
            (field_label("emergency_contact"), block(file.emergency_contact)),
            (field_label("dietary_needs"), block(file.dietary_needs)),
            (field_label("allergies"), block(file.allergies)),
            (field_label("medical_notes"), block(file.medical_notes)),
            (field_label("do_not_confirm"), html.escape(yes_no)),
            (field_label("watch_for"), block(file.watch_for) or missing(self.tr("Nobody named"))),
        ]
        return table_html(rows)
