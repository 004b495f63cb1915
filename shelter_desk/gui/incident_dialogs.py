"""The small windows of the incident log: a person in it, a follow-up task, a sign-off, a
re-opening, an amendment, and the print choice.

Each is a :class:`FormDialog`: Ctrl+Enter saves (Enter too in one-line ones), Esc asks before
throwing away what was typed, a refusal keeps everything typed and shows the service's sentence.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QRadioButton, QStackedWidget, QWidget

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.incident_words import person_kind_text, role_text
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import FieldErrors, Section, sentence
from shelter_desk.gui.resident_picker import ResidentPicker
from shelter_desk.gui.resident_widgets import DateField, TextBlock, TextLine
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.incident_views import PERSON_KINDS, PERSON_ROLES, PersonInput

translate = QCoreApplication.translate


class PersonDialog(FormDialog):
    """Add someone to the incident: a resident here now, a child staying here, a staff member, or
    someone else described without a name. ``person`` (a PersonInput) and ``name`` after Accepted."""

    def __init__(self, parent: QWidget | None, desk: Desk, *, kind: str = "resident") -> None:
        super().__init__(parent, title=translate("PersonDialog", "Add a person"),
                         heading=translate("PersonDialog", "Who was in the incident"),
                         save_text=translate("PersonDialog", "&Add"), enter_saves=True, scroll=False)
        self.desk = desk
        self.person: PersonInput | None = None
        self.name = ""
        section = Section(self.tr("The person"), self.body_widget)
        self.kind_combo = QComboBox(section)
        for code, label in PERSON_KINDS:
            self.kind_combo.addItem(person_kind_text(code), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        section.row(self.tr("&Who"), self.kind_combo)
        self.stack = QStackedWidget(section)
        self.resident_picker = ResidentPicker(desk, self.stack)
        self.child_combo = QComboBox(self.stack)
        self.staff_combo = QComboBox(self.stack)
        self.description_edit = TextLine(self.stack, placeholder=self.tr("e.g. man in a grey jacket, tall, about 40"))
        self.description_edit.setMaxLength(300)
        try:
            for member_id, name, mother in desk.incidents.children_here():
                self.child_combo.addItem(self.tr("{child} (child of {alias})").format(child=name, alias=mother),
                                         member_id)
            for account_id, name in desk.incidents.staff_choices():
                self.staff_combo.addItem(name, account_id)
        except ShelterDeskError as exc:
            self.say(sentence(exc))
        for widget in (self.resident_picker, self.child_combo, self.staff_combo, self.description_edit):
            self.stack.addWidget(widget)
        self.which_label = section.row(self.tr("&Name"), self.stack, buddy=self.resident_picker)
        self.other_note = section.note(self.tr(
            "Describe someone who is not a resident, child or staff member: what they looked like, never a name."))
        self.role_combo = QComboBox(section)
        for code, _label in PERSON_ROLES:
            self.role_combo.addItem(role_text(code), code)
        self.role_combo.setCurrentIndex(self.role_combo.findData("involved"))
        section.row(self.tr("&Part in it"), self.role_combo)
        self.errors = FieldErrors()
        self.errors.add(section.form, ["people"], self.stack, section)
        self.body.addWidget(section)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._switch())
        self._switch()
        self.set_tab_order([self.kind_combo, self.resident_picker, self.child_combo, self.staff_combo,
                            self.description_edit, self.role_combo, self.save_button, self.cancel_button])
        self.resize(560, self.sizeHint().height())
        self.remember_start()
        self.kind_combo.setFocus()

    def _switch(self) -> None:
        kind = self.kind_combo.currentData()
        widget = {"resident": self.resident_picker, "child": self.child_combo, "staff": self.staff_combo,
                  "other": self.description_edit}[kind]
        self.stack.setCurrentWidget(widget)
        self.which_label.setText(self.tr("&Description") if kind == "other" else self.tr("&Name"))
        self.which_label.setBuddy(widget)
        self.other_note.setVisible(kind == "other")
        for other in (self.resident_picker, self.child_combo, self.staff_combo, self.description_edit):
            other.setEnabled(other is widget)

    def snapshot(self) -> tuple:
        return (self.kind_combo.currentIndex(), self.resident_picker.currentText(), self.description_edit.text())

    def save(self) -> bool:
        self.errors.clear()
        kind, role = self.kind_combo.currentData(), self.role_combo.currentData()
        problem = QT_TRANSLATE_NOOP("errors", "Choose the person from the list.")
        if kind == "resident":
            rid = self.resident_picker.resident_id()
            if rid is None:
                self.errors.show(ValidationError(problem, field="people"))
                return False
            self.person = PersonInput(kind, role, resident_id=rid)
            self.name = next((r.alias for r in self.resident_picker.rows if r.id == rid), "")
        elif kind in ("child", "staff"):
            combo = self.child_combo if kind == "child" else self.staff_combo
            if combo.currentData() is None:
                self.errors.show(ValidationError(problem, field="people"))
                return False
            self.person = PersonInput(kind, role, household_member_id=combo.currentData() if kind == "child" else None,
                                      account_id=combo.currentData() if kind == "staff" else None)
            self.name = combo.currentText()
        else:
            text = " ".join(self.description_edit.text().split())
            if not text:
                self.errors.show(ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Describe each other person (for example: man in a grey jacket), without a name."),
                    field="people"))
                return False
            self.person = PersonInput(kind, role, description=text)
            self.name = text
        return True


class FollowUpDialog(FormDialog):
    """Add a follow-up task (or change one): what, who does it, by when. ``task_id`` after Accepted."""

    def __init__(self, parent: QWidget | None, desk: Desk, incident_id: int, *, task=None) -> None:  # noqa: ANN001
        super().__init__(parent, title=translate("FollowUpDialog", "Follow-up task"),
                         heading=translate("FollowUpDialog", "What needs doing next"),
                         save_text=translate("FollowUpDialog", "&Save the task"), enter_saves=True, scroll=False)
        self.desk = desk
        self.incident_id = incident_id
        self.task = task
        self.task_id: int | None = task.id if task else None
        section = Section(self.tr("The task"), self.body_widget)
        self.what_edit = TextLine(section, placeholder=self.tr("e.g. Call the locksmith about the back door"))
        self.what_edit.setMaxLength(500)
        section.row(self.tr("&What"), self.what_edit)
        self.owner_combo = QComboBox(section)
        self.owner_combo.addItem(self.tr("Not decided yet"), None)
        try:
            for account_id, name in desk.incidents.staff_choices():
                self.owner_combo.addItem(name, account_id)
        except ShelterDeskError as exc:
            self.say(sentence(exc))
        section.row(self.tr("Wh&o does it"), self.owner_combo)
        self.due_field = DateField(section, field="due_on", label=QT_TRANSLATE_NOOP("fields", "the day it is due"),
                                   value=desk.today() + timedelta(days=3))
        section.row(self.tr("&Due by"), self.due_field)
        self.errors = FieldErrors()
        self.errors.add(section.form, ["what"], self.what_edit, section)
        self.errors.add(section.form, ["due_on", "owner"], self.due_field, section)
        if task is not None:
            self.what_edit.setText(task.what)
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(task.owner_id)))
            self.due_field.set_value(task.due_on)
        elif desk.current is not None:
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(desk.current.account_id)))
        self.body.addWidget(section)
        self.set_tab_order([self.what_edit, self.owner_combo, self.due_field, self.save_button, self.cancel_button])
        self.resize(580, self.sizeHint().height())
        self.remember_start()
        self.what_edit.setFocus()

    def snapshot(self) -> tuple:
        return (self.what_edit.text(), self.owner_combo.currentIndex(), self.due_field.text())

    def save(self) -> bool:
        self.errors.clear()
        try:
            due: date | None = self.due_field.value()
            if self.task is None:
                self.task_id = self.desk.incidents.add_followup(self.incident_id, self.what_edit.text(),
                                                                self.owner_combo.currentData(), due)
            else:
                self.desk.incidents.update_followup(self.task.id, self.what_edit.text(),
                                                    self.owner_combo.currentData(), due)
        except ValidationError as exc:
            if not self.errors.show(exc):
                self.say(sentence(exc))
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True


class TextDialog(FormDialog):
    """One block of text to write, then a service call with it: a sign-off (outcome + notes), a
    re-opening (reason) or an amendment. ``kind``: "sign_off", "reopen" or "amend"."""

    def __init__(self, parent: QWidget | None, desk: Desk, incident_id: int, version: int, kind: str) -> None:
        words = {
            "sign_off": (translate("TextDialog", "Sign off the incident"),
                         translate("TextDialog", "Review and sign off incident #{n}"),
                         translate("TextDialog", "&Sign off"),
                         translate("TextDialog", "After sign-off the incident is locked: nobody can change it. "
                                                 "Anyone can still add an amendment, and follow-up tasks can still "
                                                 "be marked done.")),
            "reopen": (translate("TextDialog", "Re-open the incident"),
                       translate("TextDialog", "Re-open incident #{n}"),
                       translate("TextDialog", "&Re-open"),
                       translate("TextDialog", "Re-opening lets staff change the incident again. What was signed "
                                               "off is kept and can still be read. Say why it is re-opened.")),
            "amend": (translate("TextDialog", "Add an amendment"),
                      translate("TextDialog", "An amendment to incident #{n}"),
                      translate("TextDialog", "&Add the amendment"),
                      translate("TextDialog", "The incident stays as it was signed off; the amendment is added "
                                              "after it with today's date and your name. Write facts, not "
                                              "judgements.")),
        }[kind]
        super().__init__(parent, title=words[0], heading=words[1].format(n=incident_id), save_text=words[2],
                         scroll=False)
        self.desk, self.incident_id, self.version, self.kind = desk, incident_id, version, kind
        self.new_version = version
        self.set_intro(words[3])
        section = Section(words[0], self.body_widget)
        self.errors = FieldErrors()
        self.text_edit = TextBlock(section, lines=5)
        first = {"sign_off": self.tr("&Outcome"), "reopen": self.tr("&Why"), "amend": self.tr("&Amendment")}[kind]
        section.row(first, self.text_edit)
        self.errors.add(section.form, ["outcome", "reason", "amendment"], self.text_edit, section)
        self.notes_edit = TextBlock(section, lines=3)
        if kind == "sign_off":
            section.row(self.tr("&Notes (may be left empty)"), self.notes_edit)
            self.errors.add(section.form, ["review_notes"], self.notes_edit, section)
        else:
            self.notes_edit.hide()
        self.body.addWidget(section)
        self.set_tab_order([self.text_edit, self.notes_edit, self.save_button, self.cancel_button])
        self.resize(620, self.sizeHint().height())
        self.remember_start()
        self.text_edit.setFocus()

    def snapshot(self) -> tuple:
        return (self.text_edit.text(), self.notes_edit.text())

    def save(self) -> bool:
        self.errors.clear()
        try:
            if self.kind == "sign_off":
                self.new_version = self.desk.incidents.sign_off(self.incident_id, self.text_edit.text(),
                                                                self.notes_edit.text(), self.version)
            elif self.kind == "reopen":
                self.new_version = self.desk.incidents.reopen(self.incident_id, self.text_edit.text(), self.version)
            else:
                self.desk.incidents.add_amendment(self.incident_id, self.text_edit.text())
        except ValidationError as exc:
            if not self.errors.show(exc):
                self.say(sentence(exc))
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True


class PrintChoiceDialog(FormDialog):
    """Before printing: aliases only (the default) or full names (house managers and directors),
    with the warning that the paper itself is sensitive. ``full_names`` after Accepted."""

    def __init__(self, parent: QWidget | None, desk: Desk, *, saving: bool = False) -> None:
        super().__init__(parent, title=translate("PrintChoiceDialog", "Print the incident"),
                         heading=translate("PrintChoiceDialog", "Print the incident report"),
                         save_text=(translate("PrintChoiceDialog", "&Save as PDF…") if saving
                                    else translate("PrintChoiceDialog", "&Print…")),
                         enter_saves=True, scroll=False)
        self.full_names = False
        self.set_intro(self.tr(
            "This paper is itself sensitive: it describes what happened and who was there. Print it only for "
            "the police, a funder's review or the file, never leave it at the desk, and shred copies no longer "
            "needed.") if not saving else self.tr(
            "A saved file is a copy outside the protected vault: save it only where it is kept safe (for "
            "example an encrypted USB stick), never in this computer's Documents folder, and delete copies no "
            "longer needed."))
        section = Section(self.tr("Names on the paper"), self.body_widget)
        self.aliases_radio = QRadioButton(self.tr("&Aliases only (residents' chosen names)"), section)
        self.aliases_radio.setChecked(True)
        self.full_radio = QRadioButton(self.tr("&Full names beside the aliases (for a police report)"), section)
        allowed = desk.can(Permission.VIEW_LEGAL_NAME)
        self.full_radio.setEnabled(allowed)
        section.wide(self.aliases_radio)
        section.wide(self.full_radio)
        if not allowed:
            section.note(self.tr("Only a house manager or director can print full names."))
        self.confirm_box = QCheckBox(self.tr("I understand the paper is &sensitive"), section)
        section.wide(self.confirm_box)
        self.body.addWidget(section)
        self.set_tab_order([self.aliases_radio, self.full_radio, self.confirm_box, self.save_button,
                            self.cancel_button])
        self.resize(600, self.sizeHint().height())
        self.remember_start()
        self.aliases_radio.setFocus()

    def snapshot(self) -> tuple:
        return ()

    def save(self) -> bool:
        if not self.confirm_box.isChecked():
            self.say(self.tr("Tick \"I understand the paper is sensitive\" first (Alt+S)."))
            self.confirm_box.setFocus()
            return False
        self.full_names = self.full_radio.isChecked() and self.full_radio.isEnabled()
        return True
