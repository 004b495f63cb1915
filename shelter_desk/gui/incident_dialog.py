"""The incident window: record an incident fast, at any hour, from the keyboard.

A new incident opens with the time set to now and the focus on the kind. Everything typed is
saved as a *draft* a moment after typing stops (``AUTOSAVE_MS``), when a follow-up is added,
when the window is closed with Esc, and before the screen locks (``before_lock``), so a crash,
a kill or the lock never loses a half-written incident; the draft is in the encrypted vault
only. "Record the incident" (Ctrl+Enter) checks it whole and makes it open for sign-off.

A recorded incident can be corrected before sign-off ("Save changes"); the service refuses a
save made on an older version (someone else saved meanwhile) and the window says to reload,
keeping what was typed. A signed-off incident is shown read-only, with its amendments, and
"Add an amendment…"; a director can re-open it. Follow-up tasks are listed with who and when;
"Mark done" works after sign-off too. Ctrl+P prints it (aliases only unless a house manager or
director chooses full names), after a warning that the paper is sensitive.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui import printing
from shelter_desk.gui.appointment_dialogs import parse_time
from shelter_desk.gui.incident_dialogs import FollowUpDialog, PersonDialog, PrintChoiceDialog, TextDialog
from shelter_desk.gui.incident_words import (
    kind_view_text,
    person_kind_text,
    place_text,
    role_text,
    severity_text,
    stamp_text,
    status_text,
    type_text,
    when_text,
)
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import FieldErrors, Section, sentence
from shelter_desk.gui.resident_text import day_text, list_table, selected_row
from shelter_desk.gui.resident_widgets import DateField, TextBlock, TextLine
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import Operation, error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.incident_views import (
    DRAFT,
    OPEN,
    PLACES,
    SEVERITIES,
    SIGNED_OFF,
    FollowUpInfo,
    IncidentEdit,
    IncidentInfo,
    PersonInput,
)
from shelter_desk.services.needs_views import time_text
from shelter_desk.services.resident_views import StaleRecord

AUTOSAVE_MS = 1500
translate = QCoreApplication.translate
P_NAME, P_KIND, P_ROLE = range(3)
F_WHAT, F_OWNER, F_DUE, F_DONE = range(4)
FACTS_HINT = QT_TRANSLATE_NOOP(
    "IncidentDialog", "Write the facts: what you saw and heard, who did what, in the order it happened. "
                      "Leave out opinions, guesses and labels.")


class PeopleModel(RowsModel[tuple[PersonInput, str]]):
    CONTEXT = "IncidentPeople"
    HEADERS = {
        P_NAME: QT_TRANSLATE_NOOP("IncidentPeople", "Who"),
        P_KIND: QT_TRANSLATE_NOOP("IncidentPeople", "Is"),
        P_ROLE: QT_TRANSLATE_NOOP("IncidentPeople", "Part in it"),
    }

    def rows(self) -> list[tuple[PersonInput, str]]:
        return list(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        row = self.row(index.row())
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        person, name = row
        return {P_NAME: name, P_KIND: person_kind_text(person.kind), P_ROLE: role_text(person.role)}.get(index.column())


class FollowUpsModel(RowsModel[FollowUpInfo]):
    CONTEXT = "IncidentFollowUps"
    HEADERS = {
        F_WHAT: QT_TRANSLATE_NOOP("IncidentFollowUps", "Task"),
        F_OWNER: QT_TRANSLATE_NOOP("IncidentFollowUps", "Who"),
        F_DUE: QT_TRANSLATE_NOOP("IncidentFollowUps", "Due"),
        F_DONE: QT_TRANSLATE_NOOP("IncidentFollowUps", "Done"),
    }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        task = self.row(index.row())
        if task is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == F_WHAT:
                return task.what
            if column == F_OWNER:
                return task.owner_name or self.tr("Not decided yet")
            if column == F_DUE:
                return day_text(task.due_on) + (self.tr(" (overdue)") if task.overdue else "")
            if task.done_on is None:
                return self.tr("Not yet")
            return self.tr("{day} by {who}").format(day=day_text(task.done_on), who=task.done_by)
        if role == Qt.ItemDataRole.ForegroundRole and task.overdue:
            return QColor("#9b1c1c")
        return None


class IncidentDialog(FormDialog):
    """One incident: new (``incident_id`` None), a draft, open, or signed off (read-only)."""

    def __init__(self, parent: QWidget | None, desk: Desk, incident_id: int | None = None, *,
                 resident_id: int | None = None) -> None:
        super().__init__(parent, title=translate("IncidentDialog", "Incident"),
                         heading=translate("IncidentDialog", "A new incident"),
                         save_text=translate("IncidentDialog", "&Record the incident"))
        self.desk = desk
        self.info: IncidentInfo | None = None
        self.incident_id: int | None = None
        self.version: int | None = None
        self.status = DRAFT
        self.saved_something = False
        self._loading = False
        self._dirty = False  # typed since the last draft save
        self._operation: Operation | None = None
        self._then = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self.errors = FieldErrors()
        self._build()
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        if incident_id is not None:
            self.load(incident_id)
        else:
            now = desk.now().astimezone()
            self.day_field.set_value(now.date())
            self.time_edit.setText(time_text(now.hour * 60 + now.minute))
            if resident_id is not None:
                alias = next((r.alias for r in _here_now(desk) if r.id == resident_id), "")
                if alias:
                    self.people_model.set_rows([(PersonInput("resident", "involved", resident_id=resident_id), alias)])
            self._show_state()
        self.fit_to_screen(900, 860)
        self.remember_start()
        if incident_id is None:
            self.kind_combo.setFocus()

    # --- the form -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.state_label = QLabel(self.body_widget)
        self.state_label.setObjectName("noticeLabel")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.state_label)

        what = Section(self.tr("What and when"), self.body_widget, prominent=True)
        self.kind_combo = QComboBox(what)
        self.kind_combo.addItem(self.tr("Choose…"), None)
        try:
            for kind in self.desk.incidents.types():
                self.kind_combo.addItem(kind_view_text(kind), kind.id)
        except ShelterDeskError as exc:
            self.say(error_text(exc))
        what.row(self.tr("&Kind of incident *"), self.kind_combo)
        self.errors.add(what.form, ["type_id"], self.kind_combo, what)
        self.severity_combo = QComboBox(what)
        self.severity_combo.addItem(self.tr("Choose…"), "")
        for code, _label in SEVERITIES:
            self.severity_combo.addItem(severity_text(code), code)
        what.row(self.tr("How &serious *"), self.severity_combo)
        self.errors.add(what.form, ["severity"], self.severity_combo, what)
        self.day_field = DateField(what, field="occurred_at", label=QT_TRANSLATE_NOOP("fields", "the day"))
        self.time_edit = TextLine(what, placeholder=self.tr("e.g. 02:15"))
        self.time_edit.setMaxLength(12)
        self.time_edit.setFixedWidth(self.time_edit.fontMetrics().horizontalAdvance("e.g. 02:15") + 40)
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.now_button = QPushButton(self.tr("&Now"), what)
        self.now_button.setAutoDefault(False)
        self.now_button.clicked.connect(lambda _c=False: self._set_now())
        row = QHBoxLayout()
        row.addWidget(self.day_field)
        row.addWidget(self.time_edit)
        row.addWidget(self.now_button)
        row.addStretch(1)
        what.row(self.tr("&When *"), row, buddy=self.day_field)
        self.errors.add(what.form, ["occurred_at"], self.day_field, what)
        self.place_combo = QComboBox(what)
        for code, _label in PLACES:
            self.place_combo.addItem(place_text(code), code)
        what.row(self.tr("Wh&ere"), self.place_combo)
        self.location_edit = TextLine(what, placeholder=self.tr("e.g. kitchen, front steps, bus stop on the corner"))
        self.location_edit.setMaxLength(200)
        what.row(self.tr("&Place"), self.location_edit)
        self.errors.add(what.form, ["place", "location"], self.location_edit, what)
        self.body.addWidget(what)

        people = Section(self.tr("People"), self.body_widget)
        self.people_model = PeopleModel(self)
        self.people_table = list_table(people, self.people_model, self.tr("People in the incident"))
        header = self.people_table.horizontalHeader()
        header.setSectionResizeMode(P_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(P_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(P_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.people_table.setMinimumHeight(110)
        self.add_person_button = QPushButton(self.tr("&Add a person…"), people)
        self.add_person_button.setAutoDefault(False)
        self.add_person_button.setToolTip(self.tr("A resident, a child, a staff member or someone described (Ins)"))
        self.add_person_button.clicked.connect(lambda _c=False: self.add_person())
        self.remove_person_button = QPushButton(self.tr("Re&move"), people)
        self.remove_person_button.setAutoDefault(False)
        self.remove_person_button.setToolTip(self.tr("Take the chosen person off the list (Delete)"))
        self.remove_person_button.clicked.connect(lambda _c=False: self.remove_person())
        for keys, slot in (("Ins", self.add_person), ("Delete", self.remove_person)):
            shortcut = QShortcut(QKeySequence(keys), self.people_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.remove_person_button)
        buttons.addStretch(1)
        people.row(self.tr("W&ho was there"), self.people_table)
        people.row("", buttons)
        people.note(self.tr("Other people by description only, never by name. Witnesses are added here too."))
        self.errors.add(people.form, ["people"], self.people_table, people)
        self.body.addWidget(people)

        story = Section(self.tr("What happened"), self.body_widget)
        story.note(translate("IncidentDialog", FACTS_HINT))
        self.before_edit = TextBlock(story, lines=3)
        self.during_edit = TextBlock(story, lines=5)
        self.after_edit = TextBlock(story, lines=3)
        for label, edit, name in ((self.tr("&Before"), self.before_edit, "narrative_before"),
                                  (self.tr("&During *"), self.during_edit, "narrative_during"),
                                  (self.tr("A&fter"), self.after_edit, "narrative_after")):
            story.row(label, edit)
            self.errors.add(story.form, [name], edit, story)
        self.body.addWidget(story)

        harm = Section(self.tr("Injuries, damage and what was done"), self.body_widget)
        self.injuries_edit = TextBlock(harm, lines=2)
        self.medical_edit = TextBlock(harm, lines=2)
        self.damage_edit = TextBlock(harm, lines=2)
        self.actions_edit = TextBlock(harm, lines=2)
        for label, edit, name in ((self.tr("&Injuries"), self.injuries_edit, "injuries"),
                                  (self.tr("Medical res&ponse"), self.medical_edit, "medical_response"),
                                  (self.tr("Property &damage"), self.damage_edit, "property_damage"),
                                  (self.tr("Done at on&ce"), self.actions_edit, "immediate_actions")):
            harm.row(label, edit)
            self.errors.add(harm.form, [name], edit, harm)
        self.body.addWidget(harm)

        calls = Section(self.tr("Calls and reports"), self.body_widget)
        self.police_box = QCheckBox(self.tr("Po&lice called"), calls)
        self.ems_box = QCheckBox(self.tr("Ambulance (&EMS) called"), calls)
        flags = QHBoxLayout()
        flags.addWidget(self.police_box)
        flags.addWidget(self.ems_box)
        flags.addStretch(1)
        calls.row("", flags)
        self.report_edit = TextLine(calls, placeholder=self.tr("the police or EMS report number, if given"))
        self.report_edit.setMaxLength(60)
        calls.row(self.tr("Report &number"), self.report_edit)
        self.mandatory_box = QCheckBox(self.tr("A &mandatory report was made"), calls)
        self.mandatory_edit = TextLine(calls, placeholder=self.tr("to whom, when"))
        self.mandatory_edit.setMaxLength(300)
        self.supervisor_box = QCheckBox(self.tr("Super&visor told"), calls)
        self.supervisor_edit = TextLine(calls, placeholder=self.tr("who, when"))
        self.supervisor_edit.setMaxLength(300)
        for box, edit in ((self.mandatory_box, self.mandatory_edit), (self.supervisor_box, self.supervisor_edit)):
            line = QHBoxLayout()
            line.addWidget(box)
            line.addWidget(edit, 1)
            calls.row("", line)
        self.errors.add(calls.form, ["report_number", "mandatory_report_note", "supervisor_note"], self.report_edit,
                        calls)
        self.body.addWidget(calls)

        follow = Section(self.tr("Follow-up tasks"), self.body_widget)
        self.followups_model = FollowUpsModel(self)
        self.followups_table = list_table(follow, self.followups_model, self.tr("Follow-up tasks"))
        for column in (F_OWNER, F_DUE, F_DONE):
            self.followups_table.horizontalHeader().setSectionResizeMode(column,
                                                                         QHeaderView.ResizeMode.ResizeToContents)
        self.followups_table.horizontalHeader().setSectionResizeMode(F_WHAT, QHeaderView.ResizeMode.Stretch)
        self.followups_table.setMinimumHeight(100)
        self.followups_table.activated.connect(lambda _i: self.change_followup())
        self.add_task_button = QPushButton(self.tr("Add a &task…"), follow)
        self.done_task_button = QPushButton(self.tr("Mar&k done"), follow)
        for button in (self.add_task_button, self.done_task_button):
            button.setAutoDefault(False)
        self.add_task_button.clicked.connect(lambda _c=False: self.add_followup())
        self.done_task_button.clicked.connect(lambda _c=False: self.complete_followup())
        line = QHBoxLayout()
        line.addWidget(self.add_task_button)
        line.addWidget(self.done_task_button)
        line.addStretch(1)
        follow.row(self.tr("&Tasks"), self.followups_table)
        follow.row("", line)
        self.body.addWidget(follow)

        review = Section(self.tr("Review, sign-off and amendments"), self.body_widget)
        self.review_label = QLabel(review)
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.RichText)  # typed parts escaped in _show_review
        self.review_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
        review.wide(self.review_label)
        self.sign_off_button = QPushButton(self.tr("Si&gn off…"), review)
        self.reopen_button = QPushButton(self.tr("Re-&open…"), review)
        self.amend_button = QPushButton(self.tr("Add an amen&dment…"), review)
        self.print_button = QPushButton(self.tr("Pr&int…"), review)
        self.save_pdf_button = QPushButton(self.tr("Save as PD&F…"), review)
        self.discard_button = QPushButton(self.tr("Throw away this dra&ft…"), review)
        line = QHBoxLayout()
        for button, slot in ((self.sign_off_button, self.sign_off), (self.reopen_button, self.reopen),
                             (self.amend_button, self.amend), (self.print_button, self.print_incident),
                             (self.save_pdf_button, self.save_incident_pdf), (self.discard_button, self.discard)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=slot: s())
            line.addWidget(button)
        line.addStretch(1)
        review.wide(line)
        self.review_section = review
        self.body.addWidget(review)
        print_key = QShortcut(QKeySequence.StandardKey.Print, self)
        print_key.activated.connect(self.print_incident)

        self.inputs = [self.kind_combo, self.severity_combo, self.day_field, self.time_edit, self.place_combo,
                       self.location_edit, self.before_edit, self.during_edit, self.after_edit, self.injuries_edit,
                       self.medical_edit, self.damage_edit, self.actions_edit, self.police_box, self.ems_box,
                       self.report_edit, self.mandatory_box, self.mandatory_edit, self.supervisor_box,
                       self.supervisor_edit]
        for widget in self.inputs:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i: self._typed())
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(lambda _b: self._typed())
            elif isinstance(widget, TextBlock):
                widget.textChanged.connect(self._typed)
            else:
                widget.textEdited.connect(lambda _t: self._typed())
        self.set_tab_order([self.kind_combo, self.severity_combo, self.day_field, self.time_edit, self.now_button,
                            self.place_combo, self.location_edit, self.people_table, self.add_person_button,
                            self.remove_person_button, self.before_edit, self.during_edit, self.after_edit,
                            self.injuries_edit, self.medical_edit, self.damage_edit, self.actions_edit,
                            self.police_box, self.ems_box, self.report_edit, self.mandatory_box, self.mandatory_edit,
                            self.supervisor_box, self.supervisor_edit, self.followups_table, self.add_task_button,
                            self.done_task_button, self.sign_off_button, self.reopen_button, self.amend_button,
                            self.print_button, self.save_pdf_button, self.discard_button, self.save_button,
                            self.cancel_button])

    def _set_now(self) -> None:
        now = self.desk.now().astimezone()
        self.day_field.set_value(now.date())
        self.time_edit.setText(time_text(now.hour * 60 + now.minute))
        self._typed()

    # --- reading and showing ------------------------------------------------------------------------
    def load(self, incident_id: int) -> bool:
        try:
            info = self.desk.incidents.open_incident(incident_id)  # an audited read
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return False
        self._fill(info)
        return True

    def _fill(self, info: IncidentInfo) -> None:
        self._loading = True
        try:
            self.info, self.incident_id, self.version, self.status = info, info.id, info.version, info.status
            edit = info.edit
            if self.kind_combo.findData(edit.type_id) < 0 and edit.type_id is not None:
                self.kind_combo.addItem(type_text(info.type_name, info.type_code), edit.type_id)  # a retired kind
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(edit.type_id)))
            self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(edit.severity)))
            local = edit.occurred_at.astimezone() if edit.occurred_at else None
            self.day_field.set_value(local.date() if local else None)
            self.time_edit.setText(time_text(local.hour * 60 + local.minute) if local else "")
            self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(edit.place)))
            for widget, value in ((self.location_edit, edit.location), (self.before_edit, edit.narrative_before),
                                  (self.during_edit, edit.narrative_during), (self.after_edit, edit.narrative_after),
                                  (self.injuries_edit, edit.injuries), (self.medical_edit, edit.medical_response),
                                  (self.damage_edit, edit.property_damage), (self.actions_edit, edit.immediate_actions),
                                  (self.report_edit, edit.report_number),
                                  (self.mandatory_edit, edit.mandatory_report_note),
                                  (self.supervisor_edit, edit.supervisor_note)):
                widget.setText(value)
            for box, value in ((self.police_box, edit.police_called), (self.ems_box, edit.ems_called),
                               (self.mandatory_box, edit.mandatory_report),
                               (self.supervisor_box, edit.supervisor_notified)):
                box.setChecked(value)
            self.people_model.set_rows([(PersonInput(p.kind, p.role, p.resident_id, p.household_member_id,
                                                     p.account_id, p.description), p.name) for p in info.people])
            self.followups_model.set_rows(list(info.followups))
        finally:
            self._loading = False
        self._dirty = False
        self._show_state()

    def _show_state(self) -> None:
        info = self.info
        locked = self.status == SIGNED_OFF
        number = self.incident_id
        if number is None:
            self.heading_label.setText(self.tr("A new incident"))
        elif self.status == DRAFT:
            self.heading_label.setText(self.tr("Incident #{n} (draft)").format(n=number))
        else:
            self.heading_label.setText(self.tr("Incident #{n} · {state}").format(n=number,
                                                                                 state=status_text(self.status)))
        if self.status == DRAFT:
            self.save_button.setText(self.tr("&Record the incident"))
            self.state_label.setText(self.tr(
                "Saved as a draft as you type, inside the protected vault: nothing is lost if the screen locks. "
                "Record it when it is complete (Ctrl+Enter)."))
        elif self.status == OPEN:
            self.save_button.setText(self.tr("&Save changes"))
            self.state_label.setText(self.tr("Recorded by {who} on {when}. Waiting for a house manager to sign "
                                             "it off; it can still be corrected.").format(
                who=info.recorded_by if info else "", when=when_text(info.recorded_at) if info else ""))
        else:
            self.state_label.setText(self.tr("Signed off by {who} on {when}: locked. Add an amendment to add to "
                                             "it.").format(who=info.signed_off_by if info else "",
                                                           when=when_text(info.signed_off_at) if info else ""))
        self.save_button.setVisible(not locked)
        self.cancel_button.setText(self.tr("&Close") if locked or self.status == DRAFT else self.tr("Cancel"))
        for widget in self.inputs:
            if isinstance(widget, TextBlock | TextLine):
                widget.setReadOnly(locked)
            else:
                widget.setEnabled(not locked)
        self.now_button.setEnabled(not locked)
        self.add_person_button.setEnabled(not locked)
        self.remove_person_button.setEnabled(not locked)
        self.add_task_button.setEnabled(not locked)
        self.sign_off_button.setVisible(self.status == OPEN and self.desk.can(Permission.SIGN_OFF_INCIDENTS))
        self.reopen_button.setVisible(locked and self.desk.can(Permission.REOPEN_INCIDENTS))
        self.amend_button.setVisible(locked)
        self.print_button.setVisible(self.status != DRAFT)
        self.save_pdf_button.setVisible(self.status != DRAFT)
        self.discard_button.setVisible(self.status == DRAFT and self.incident_id is not None)
        self.keys_label.setText(self.tr("Esc closes") if locked else
                                self.tr("Ctrl+Enter records · Esc closes (the draft is kept)")
                                if self.status == DRAFT else self.tr("Ctrl+Enter saves · Esc closes"))
        self._show_review()

    def _show_review(self) -> None:
        info = self.info
        if info is None or info.status == DRAFT:
            self.review_label.setText(self.tr("Not recorded yet."))
            return
        esc = html.escape
        parts = []
        for decision in info.decisions:
            if decision.kind == "signed_off":
                parts.append(self.tr("<b>Signed off</b> by {who} on {when}. Outcome: {text}").format(
                    who=esc(decision.by), when=esc(when_text(decision.at)), text=esc(decision.text)))
            else:
                parts.append(self.tr("<b>Re-opened</b> by {who} on {when}. Why: {text}").format(
                    who=esc(decision.by), when=esc(when_text(decision.at)), text=esc(decision.text)))
        if info.review_notes and info.status == SIGNED_OFF:
            parts.append(self.tr("Notes: {text}").format(text=esc(info.review_notes)))
        for amendment in info.amendments:
            parts.append(self.tr("<b>Amendment {n}</b>, {when}, by {who}: {text}").format(
                n=amendment.number, when=esc(when_text(amendment.at)), who=esc(amendment.author),
                text=esc(amendment.text).replace("\n", "<br>")))
        if not parts:
            parts.append(self.tr("Not signed off yet."))
        self.review_label.setText("<br><br>".join(p.replace("\n", "<br>") for p in parts))

    # --- what is typed -------------------------------------------------------------------------------
    def snapshot(self) -> tuple:
        values = []
        for widget in self.inputs:
            if isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QCheckBox):
                values.append(widget.isChecked())
            else:
                values.append(widget.text())
        values.append(tuple((p.kind, p.role, p.resident_id, p.household_member_id, p.account_id, p.description)
                            for p, _n in self.people_model.rows()))
        return tuple(values)

    def _typed(self) -> None:
        if self._loading or self.status == SIGNED_OFF:
            return
        self._dirty = True
        if self.status == DRAFT:
            self._autosave.start()

    def _when(self, *, strict: bool) -> datetime | None:
        """The day and time typed, as a moment at the shelter; None when either is empty (or unreadable in a draft)."""
        try:
            day = self.day_field.value()
        except ValidationError:
            if strict:
                raise
            return None
        minute = parse_time(self.time_edit.text())
        if day is None or minute is None:
            if strict:
                if day is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field="occurred_at",
                                          label=QT_TRANSLATE_NOOP("fields", "the day"))
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Type the time as hours and minutes, like 02:15."),
                                      field="occurred_at")
            return None
        return datetime(day.year, day.month, day.day, minute // 60, minute % 60).astimezone()

    def edit(self, *, strict: bool) -> IncidentEdit:
        return IncidentEdit(
            occurred_at=self._when(strict=strict), place=self.place_combo.currentData(),
            location=self.location_edit.text(), type_id=self.kind_combo.currentData(),
            severity=self.severity_combo.currentData() or "", narrative_before=self.before_edit.text(),
            narrative_during=self.during_edit.text(), narrative_after=self.after_edit.text(),
            injuries=self.injuries_edit.text(), medical_response=self.medical_edit.text(),
            property_damage=self.damage_edit.text(), immediate_actions=self.actions_edit.text(),
            police_called=self.police_box.isChecked(), ems_called=self.ems_box.isChecked(),
            report_number=self.report_edit.text(), mandatory_report=self.mandatory_box.isChecked(),
            mandatory_report_note=self.mandatory_edit.text(), supervisor_notified=self.supervisor_box.isChecked(),
            supervisor_note=self.supervisor_edit.text(), people=[p for p, _n in self.people_model.rows()])

    # --- drafts --------------------------------------------------------------------------------------
    def save_draft_now(self) -> bool:
        """Save what is typed as the draft (nothing to do when nothing changed). False when refused."""
        self._autosave.stop()
        if self.status != DRAFT or not self._dirty:
            return True
        try:
            self.incident_id, self.version = self.desk.incidents.save_draft(
                self.incident_id, self.edit(strict=False), self.version)
        except StaleRecord as exc:
            self.say(error_text(exc))
            return False
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return False
        self._dirty = False
        self.saved_something = True
        self.state_label.setText(self.tr("Draft saved at {time}, inside the protected vault. Record it when it is "
                                         "complete (Ctrl+Enter).").format(time=stamp_text(self.desk.now())))
        if self.info is None:
            self.heading_label.setText(self.tr("Incident #{n} (draft)").format(n=self.incident_id))
            self.discard_button.setVisible(True)
        return True

    def before_lock(self) -> None:
        """The screen is about to lock: keep the draft (the window is closed right after)."""
        if self.status == DRAFT and self._dirty:
            self.save_draft_now()

    def cancel(self) -> None:
        """Esc / Close: a draft is kept (saved now), a correction not saved asks first."""
        if self.status == DRAFT:
            if self._dirty and not self.save_draft_now():
                if not self.may_close():
                    return
            self.reject()
            return
        super().cancel()

    def reject(self) -> None:
        self._autosave.stop()
        super().reject()

    # --- saving --------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.status == SIGNED_OFF:
            return False
        self.errors.clear()
        try:
            edit = self.edit(strict=True)
            if self.status == DRAFT:
                self._autosave.stop()
                self.incident_id, self.version = self.desk.incidents.record(self.incident_id, edit, self.version)
            else:
                self.version = self.desk.incidents.update(self.incident_id, edit, self.version)  # type: ignore[arg-type]
        except StaleRecord as exc:
            self.say(error_text(exc))
            return False
        except ValidationError as exc:
            if not self.errors.show(exc):
                self.say(sentence(exc))
            return False
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return False
        self._dirty = False
        self.saved_something = True
        return True

    def _reread(self) -> bool:
        if self.incident_id is None:
            return False
        return self.load(self.incident_id)

    # --- people ---------------------------------------------------------------------------------------
    def add_person(self) -> None:
        if self.status == SIGNED_OFF:
            return
        dialog = PersonDialog(self, self.desk)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person is not None:
            rows = self.people_model.rows()
            rows.append((dialog.person, dialog.name))
            self.people_model.set_rows(rows)
            self.people_table.selectRow(len(rows) - 1)
            self._typed()
        dialog.deleteLater()
        self.people_table.setFocus()

    def remove_person(self) -> None:
        row = selected_row(self.people_table)
        if self.status == SIGNED_OFF or row < 0:
            return
        rows = self.people_model.rows()
        del rows[row]
        self.people_model.set_rows(rows)
        if rows:
            self.people_table.selectRow(min(row, len(rows) - 1))
        self._typed()

    # --- follow-ups -----------------------------------------------------------------------------------
    def _saved_first(self) -> bool:
        """Follow-ups belong to a saved incident: save the draft first (a new one gets its number)."""
        if self.status == DRAFT:
            self._dirty = self._dirty or self.incident_id is None
            return self.save_draft_now() and self.incident_id is not None
        return self.incident_id is not None

    def add_followup(self) -> None:
        if self.status == SIGNED_OFF or not self._saved_first():
            return
        dialog = FollowUpDialog(self, self.desk, self.incident_id)  # type: ignore[arg-type]
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh_followups(dialog.task_id)
            self.say(self.tr("The task was added."))
        dialog.deleteLater()

    def change_followup(self) -> None:
        task = self.followups_model.row(selected_row(self.followups_table))
        if task is None or self.status == SIGNED_OFF or task.done_on is not None:
            return
        dialog = FollowUpDialog(self, self.desk, task.incident_id, task=task)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh_followups(task.id)
        dialog.deleteLater()

    def complete_followup(self) -> None:
        task = self.followups_model.row(selected_row(self.followups_table))
        if task is None:
            return
        if task.done_on is not None:
            self.say(self.tr("That task is already done."))
            return
        try:
            self.desk.incidents.complete_followup(task.id)
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return
        self._refresh_followups(task.id)
        self.say(self.tr("The task is marked done."))

    def _refresh_followups(self, select: int | None) -> None:
        """Read the tasks again without re-reading (and re-auditing) the whole incident or losing typing."""
        try:
            info = self.desk.incidents.open_incident(self.incident_id)  # type: ignore[arg-type]
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return
        self.followups_model.set_rows(list(info.followups))
        row = next((n for n, t in enumerate(info.followups) if t.id == select), 0)
        if info.followups:
            self.followups_table.selectRow(row)
        self.followups_table.setFocus()
        self.saved_something = True

    # --- review --------------------------------------------------------------------------------------
    def _text_step(self, kind: str) -> None:
        if self.incident_id is None or self.version is None:
            return
        if kind == "sign_off" and self._dirty:
            self.say(self.tr("Save your changes first (Ctrl+Enter), then sign off."))
            return
        dialog = TextDialog(self, self.desk, self.incident_id, self.version, kind)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.saved_something = True
            self._reread()
            self.say({"sign_off": self.tr("The incident is signed off and locked."),
                      "reopen": self.tr("The incident is open again."),
                      "amend": self.tr("The amendment was added.")}[kind])
        dialog.deleteLater()

    def sign_off(self) -> None:
        self._text_step("sign_off")

    def reopen(self) -> None:
        self._text_step("reopen")

    def amend(self) -> None:
        self._text_step("amend")

    def discard(self) -> None:
        if self.status != DRAFT or self.incident_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Throw away the draft?"), self.tr(
            "Throw away this draft? It was never recorded; it will be gone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._autosave.stop()
        try:
            if self._dirty:
                self.save_draft_now()
            self.desk.incidents.discard_draft(self.incident_id, self.version)  # type: ignore[arg-type]
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return
        self.saved_something = True
        self._dirty = False
        self.reject()

    # --- printing -------------------------------------------------------------------------------------
    def print_incident(self) -> None:
        self._paper(saving=False)

    def save_incident_pdf(self) -> None:
        self._paper(saving=True)

    def _paper(self, *, saving: bool) -> None:
        if self.status == DRAFT or self.incident_id is None or self._operation is not None:
            if self.status == DRAFT:
                self.say(self.tr("Record the incident before printing it."))
            return
        if self._dirty:
            self.say(self.tr("Save your changes first (Ctrl+Enter): the paper shows the incident as saved."))
            return
        choice = PrintChoiceDialog(self, self.desk, saving=saving)
        accepted = choice.exec() == QDialog.DialogCode.Accepted
        full_names = choice.full_names
        choice.deleteLater()
        if not accepted:
            return
        try:
            paper = self.desk.incidents.for_printing(self.incident_id, full_names)  # audited as printed
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return
        from shelter_desk.reports.incident import render_incident

        who = self.desk.current.display_name if self.desk.current else ""
        operation = Operation(self, self.tr("Preparing the incident report…"), render_incident, paper,
                              printed_by=who, printed_at=self.desk.now().astimezone(), tr=QCoreApplication.translate)
        operation._parent = None  # see plan_dialog: no lambda holding this dialog's last reference
        self._operation = operation
        self._then = self._save_pdf if saving else self._send_to_printer
        operation.finished.connect(self._paper_ready)
        operation.failed.connect(self._paper_failed)
        operation.start()

    def _paper_ready(self, pdf: bytes) -> None:
        then, self._then = self._then, None
        if self._operation is not None:
            self._operation.deleteLater()
        self._operation = None
        if then is not None and self.isVisible():
            then(pdf)

    def _paper_failed(self, exc: BaseException) -> None:
        if self._operation is not None:
            self._operation.deleteLater()
        self._operation = None
        if self.isVisible():
            self.say(error_text(exc))

    def paper_title(self) -> str:
        return self.tr("Incident report #{n}").format(n=self.incident_id)

    def _send_to_printer(self, pdf: bytes) -> None:
        if printing.print_pdf(self, pdf, self.paper_title()):
            self.say(self.tr("The incident report was sent to the printer. Collect it at once."))

    def _save_pdf(self, pdf: bytes) -> None:
        path = printing.save_pdf(self, pdf, self.tr("Incident {n}").format(n=self.incident_id) + ".pdf")
        if path is not None:
            self.say(self.tr("The incident report was saved as {path}.").format(path=str(path)))

    def accept(self) -> None:
        """Ctrl+Enter / Record / Save: saved, then the window shows what was saved (it stays open for
        follow-ups and sign-off) — except a new record from the Record button, which closes."""
        if not self.isVisible() or self.status == SIGNED_OFF:
            return
        self.clear_problems()
        was = self.status
        if self.save():
            if was == DRAFT:
                QDialog.accept(self)
                return
            self._reread()
            self.remember_start()
            self.say(self.tr("Your changes were saved."))


def _here_now(desk: Desk):  # noqa: ANN202
    """Who is here now (for naming her in a new incident from her file)."""
    try:
        return desk.residents.search("", status="here")
    except ShelterDeskError:
        return []
