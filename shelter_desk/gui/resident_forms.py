"""The resident's own details (:class:`PersonForm`); a stay (:class:`StayForm`) is in ``resident_stay_form``.

Both forms follow one contract: ``details()`` returns the input dataclass the
residents service takes (raising :class:`ValidationError` only for a date that
cannot be read); ``show_error(exc)`` puts the message under the field named by
``exc.field``, focuses it and returns False if that field is not on this form;
``clear_errors()`` hides the messages; ``snapshot()`` tells whether anything was typed.
Each form is made of :class:`Section` parts (``sections``); with ``arrange=False`` the
caller lays the sections out itself (the intake mixes both forms' sections).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import hud
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.resident_choices import ChoiceChecklist, GroupedCombo, HudCombo, term_combo
from shelter_desk.gui.resident_form_parts import FORM_STYLE, FieldErrors, Section, sentence
from shelter_desk.gui.resident_household import HouseholdEditor
from shelter_desk.gui.resident_stay_form import StayForm
from shelter_desk.gui.resident_widgets import DateField, TextBlock, TextLine, hud_label
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.resident_input import PersonDetails

# Re-exported: the widgets and both forms are used from here.
__all__ = [
    "ChoiceChecklist", "DateField", "GroupedCombo", "HouseholdEditor", "HudCombo", "PersonForm",
    "StayForm", "TextBlock", "TextLine", "term_combo",
]

# How the legal name field behaves (see PersonForm.configure_legal_name).
LEGAL_FREE, LEGAL_LOCKED, LEGAL_HIDDEN, LEGAL_SHOWN = "free", "locked", "hidden", "shown"


def _stack(parent: QWidget, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class PersonForm(QWidget):
    """Her own details in three sections: "About her", "Safety", "Health and contact".

    The legal name field starts as a plain optional field (intake); an edit calls
    ``configure_legal_name`` to lock it or hide it behind "Show legal name".
    """

    def __init__(self, parent: QWidget | None = None, *, arrange: bool = True) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self.errors = FieldErrors()
        self._legal_mode = LEGAL_FREE
        self._revealed = ""
        self._reveal: Callable[[], str] | None = None

        # --- About her ---------------------------------------------------------------------
        about = self.about_section = Section(self.tr("About her"), self)
        self.alias_edit = TextLine(about, placeholder=self.tr("The name she wants to be called by"))
        self.alias_edit.setAccessibleName(self.tr("Preferred name or alias (required)"))
        about.row(self.tr("Preferred &name or alias *"), self.alias_edit)
        self.errors.add(about.form, ["alias"], self.alias_edit, about)
        self.alias_row_end = about.form.rowCount()  # the intake puts "Already known?" here

        self.legal_edit = TextLine(about)
        self.legal_edit.setAccessibleName(self.tr("Legal name"))
        self.legal_button = QPushButton(self.tr("S&how legal name"), about)
        self.legal_button.setToolTip(self.tr("Showing a legal name is written in the audit trail."))
        self.legal_button.clicked.connect(self.reveal_legal_name)
        self.legal_button.hide()
        legal_row = QHBoxLayout()
        legal_row.setContentsMargins(0, 0, 0, 0)
        legal_row.addWidget(self.legal_edit, 1)
        legal_row.addWidget(self.legal_button)
        about.row(self.tr("&Legal name"), legal_row, buddy=self.legal_edit)
        self.legal_note = about.note(self.tr("Optional. Hidden everywhere: only a house manager or director can "
                                             "see it."))
        self.errors.add(about.form, ["legal_name"], self.legal_edit, about)

        self.dob_combo = QComboBox(about)
        for choice in hud.DOB_QUALITY:
            self.dob_combo.addItem(hud_label(choice.label), choice.code)
        self.dob_combo.setCurrentIndex(self.dob_combo.findData(hud.NOT_COLLECTED))
        self.dob_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.dob_combo.setAccessibleName(self.tr("Age known as"))
        self.birth_edit = DateField(about, field="birth_date", label=QT_TRANSLATE_NOOP("fields", "the date of birth"))
        self.birth_edit.setAccessibleName(self.tr("Date of birth"))
        self.age_edit = TextLine(about, placeholder=self.tr("e.g. 35"))
        self.age_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self.age_edit))
        self.age_edit.setAccessibleName(self.tr("Approximate age in years"))
        self.age_edit.setMaximumWidth(90)
        self.age_unit = QLabel(self.tr("years"), about)
        age_row = QHBoxLayout()
        age_row.setContentsMargins(0, 0, 0, 0)
        age_row.addWidget(self.dob_combo)
        age_row.addWidget(self.birth_edit)
        age_row.addWidget(self.age_edit)
        age_row.addWidget(self.age_unit)
        age_row.addStretch(1)
        about.row(self.tr("&Age known as"), age_row, buddy=self.dob_combo)
        self.errors.add(about.form, ["dob_quality", "birth_date", "approximate_age"], self.dob_combo, about)
        self.dob_combo.currentIndexChanged.connect(self._dob_changed)

        self.gender_list = ChoiceChecklist(hud.GENDERS, about)
        self.gender_list.setAccessibleName(self.tr("Gender"))
        self.race_list = ChoiceChecklist(hud.RACE_ETHNICITY, about)
        self.race_list.setAccessibleName(self.tr("Race and ethnicity"))
        gender_label = QLabel(self.tr("&Gender (tick all that apply)"), about)
        gender_label.setBuddy(self.gender_list)
        race_label = QLabel(self.tr("&Race and ethnicity (tick all that apply)"), about)
        race_label.setBuddy(self.race_list)
        lists = QHBoxLayout()
        lists.setSpacing(14)
        lists.addWidget(_stack(about, gender_label, self.gender_list), 1)
        lists.addWidget(_stack(about, race_label, self.race_list), 1)
        about.form.addRow(lists)
        about.note(self.tr("Space ticks or clears the answer under the cursor. \"Doesn't know\", \"prefers not "
                           "to answer\" and \"not collected\" stand alone."))
        self.errors.add(about.form, ["genders", "race_ethnicity"], self.gender_list, about)

        self.pronouns_edit = TextLine(about, placeholder=self.tr("e.g. she/her"))
        about.row(self.tr("&Pronouns"), self.pronouns_edit)
        self.errors.add(about.form, ["pronouns"], self.pronouns_edit, about)
        self.languages_edit = TextLine(about, placeholder=self.tr("e.g. Spanish, some English"))
        self.interpreter_check = QCheckBox(self.tr("Needs an &interpreter"), about)
        languages_row = QHBoxLayout()
        languages_row.setContentsMargins(0, 0, 0, 0)
        languages_row.addWidget(self.languages_edit, 1)
        languages_row.addWidget(self.interpreter_check)
        about.row(self.tr("Lang&uages"), languages_row, buddy=self.languages_edit)
        self.errors.add(about.form, ["languages"], self.languages_edit, about)

        # --- Safety -----------------------------------------------------------------------------
        safety = self.safety_section = Section(self.tr("Safety"), self, prominent=True)
        self.confirm_check = QCheckBox(self.tr("&Do not confirm she is here (to callers or visitors)"), safety)
        self.confirm_check.setChecked(True)
        bold = QFont(self.confirm_check.font())
        bold.setBold(True)
        self.confirm_check.setFont(bold)
        safety.form.addRow(self.confirm_check)
        safety.note(self.tr("On for everyone unless she asks otherwise. Staff answer \"I can't confirm or deny "
                            "who stays here.\""))
        self.watch_edit = TextBlock(safety, lines=3, placeholder=self.tr(
            "Who: a description of the person (trafficker or abuser)\nVehicle: make, colour, plate\n"
            "What to do: e.g. do not open the door, call 911"))
        safety.row(self.tr("Person to &watch for"), self.watch_edit)
        safety.note(self.tr("The front desk sees this on the Today board."))
        self.errors.add(safety.form, ["watch_for"], self.watch_edit, safety)

        # --- Health and contact -------------------------------------------------------------------
        health = self.health_section = Section(self.tr("Health and contact"), self)
        self.contact_edit = TextLine(health, placeholder=self.tr("Name and phone of someone she trusts"))
        health.row(self.tr("&Emergency contact"), self.contact_edit)
        self.errors.add(health.form, ["emergency_contact"], self.contact_edit, health)
        self.diet_edit = TextLine(health, placeholder=self.tr("e.g. vegetarian, halal, diabetic"))
        health.row(self.tr("Dietar&y needs"), self.diet_edit)
        self.errors.add(health.form, ["dietary_needs"], self.diet_edit, health)
        self.allergies_edit = TextLine(health, placeholder=self.tr("e.g. peanuts, penicillin"))
        health.row(self.tr("Allergie&s"), self.allergies_edit)
        self.errors.add(health.form, ["allergies"], self.allergies_edit, health)
        self.medical_edit = TextBlock(health, lines=2, placeholder=self.tr(
            "Only what staff need to know, e.g. medication times"))
        health.row(self.tr("&Medical notes"), self.medical_edit)
        self.errors.add(health.form, ["medical_notes"], self.medical_edit, health)

        self.sections = [self.about_section, self.safety_section, self.health_section]
        if arrange:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(12)
            for section in self.sections:
                layout.addWidget(section)
        self._dob_changed()

    # --- the age row ------------------------------------------------------------------------------
    def _dob_changed(self) -> None:
        quality = self.dob_combo.currentData()
        self.birth_edit.setVisible(quality == hud.DOB_FULL)
        self.age_edit.setVisible(quality == hud.DOB_APPROXIMATE)
        self.age_unit.setVisible(quality == hud.DOB_APPROXIMATE)
        if quality == hud.DOB_FULL:
            self.errors.set_focus("birth_date", self.birth_edit)
        if quality == hud.DOB_APPROXIMATE:
            self.errors.set_focus("approximate_age", self.age_edit)

    # --- legal name -------------------------------------------------------------------------------
    def configure_legal_name(self, *, recorded: bool, may_see: bool, reveal: Callable[[], str] | None = None) -> None:
        """For an edit: lock the field (recorded, may not see), hide it behind "Show legal name"
        (recorded, may see; ``reveal`` fetches it, audited) or leave it free (nothing recorded)."""
        self._reveal = reveal
        if not recorded:
            self._legal_mode = LEGAL_FREE
            self.legal_note.setText(self.tr("Optional. No legal name is recorded yet. Once saved, only a house "
                                            "manager or director can see it."))
            return
        if not may_see:
            self._legal_mode = LEGAL_LOCKED
            self.legal_edit.clear()
            self.legal_edit.setEnabled(False)
            self.legal_edit.setPlaceholderText(self.tr("Recorded, hidden"))
            self.legal_note.setText(self.tr("A legal name is recorded. Only a house manager or director can see "
                                            "or change it."))
            return
        self._legal_mode = LEGAL_HIDDEN
        self.legal_edit.clear()
        self.legal_edit.hide()
        self.legal_button.show()
        self.legal_note.setText(self.tr("A legal name is recorded. Showing it is written in the audit trail."))

    def reveal_legal_name(self) -> None:
        if self._reveal is None or self._legal_mode != LEGAL_HIDDEN:
            return
        try:
            name = self._reveal()
        except ShelterDeskError as exc:
            self.legal_note.setText(sentence(exc))
            return
        self._revealed = name
        self._legal_mode = LEGAL_SHOWN
        self.legal_edit.setText(name)
        self.legal_edit.show()
        self.legal_button.hide()
        self.legal_note.setText(self.tr("Shown for you (written in the audit trail). Change it here if it is wrong; "
                                        "empty it to remove it."))
        self.legal_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _legal_value(self) -> str | None:
        text = self.legal_edit.text()
        if self._legal_mode == LEGAL_FREE:
            return text if text.strip() else None
        if self._legal_mode == LEGAL_SHOWN:
            return text if text != self._revealed else None
        return None

    # --- contract -----------------------------------------------------------------------------------
    def set_details(self, person: PersonDetails) -> None:
        self.alias_edit.setText(person.alias)
        if person.legal_name is not None and self._legal_mode == LEGAL_FREE:
            self.legal_edit.setText(person.legal_name)
        self.dob_combo.setCurrentIndex(max(0, self.dob_combo.findData(person.dob_quality)))
        self.birth_edit.set_value(person.birth_date if person.dob_quality == hud.DOB_FULL else None)
        self.age_edit.setText("" if person.approximate_age is None else str(person.approximate_age))
        self.gender_list.set_values(person.genders)
        self.race_list.set_values(person.race_ethnicity)
        self.pronouns_edit.setText(person.pronouns)
        self.languages_edit.setText(person.languages)
        self.interpreter_check.setChecked(person.interpreter_needed)
        self.confirm_check.setChecked(person.do_not_confirm)
        self.watch_edit.setText(person.watch_for)
        self.contact_edit.setText(person.emergency_contact)
        self.diet_edit.setText(person.dietary_needs)
        self.allergies_edit.setText(person.allergies)
        self.medical_edit.setText(person.medical_notes)
        self._dob_changed()

    def details(self) -> PersonDetails:
        quality = self.dob_combo.currentData()
        age = self.age_edit.text().strip()
        return PersonDetails(
            alias=self.alias_edit.text(),
            legal_name=self._legal_value(),
            dob_quality=quality,
            birth_date=self.birth_edit.value() if quality == hud.DOB_FULL else None,
            approximate_age=int(age) if quality == hud.DOB_APPROXIMATE and age.isdigit() else None,
            genders=self.gender_list.values(),
            race_ethnicity=self.race_list.values(),
            pronouns=self.pronouns_edit.text(),
            languages=self.languages_edit.text(),
            interpreter_needed=self.interpreter_check.isChecked(),
            emergency_contact=self.contact_edit.text(),
            dietary_needs=self.diet_edit.text(),
            allergies=self.allergies_edit.text(),
            medical_notes=self.medical_edit.text(),
            do_not_confirm=self.confirm_check.isChecked(),
            watch_for=self.watch_edit.text(),
        )

    def snapshot(self) -> tuple:
        quality = self.dob_combo.currentData()
        return (self.alias_edit.text(), self._legal_value(), quality,
                self.birth_edit.text() if quality == hud.DOB_FULL else "",
                self.age_edit.text() if quality == hud.DOB_APPROXIMATE else "",
                self.gender_list.values(), self.race_list.values(), self.pronouns_edit.text(),
                self.languages_edit.text(), self.interpreter_check.isChecked(), self.confirm_check.isChecked(),
                self.watch_edit.text(), self.contact_edit.text(), self.diet_edit.text(),
                self.allergies_edit.text(), self.medical_edit.text())

    def show_error(self, exc: ValidationError) -> bool:
        return self.errors.show(exc)

    def clear_errors(self) -> None:
        self.errors.clear()
