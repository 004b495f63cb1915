"""A stay: intake date, program, room and bed, referral, where she lived before, household."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.resident_choices import GroupedCombo, HudCombo, term_combo
from shelter_desk.gui.resident_form_parts import FORM_STYLE, FieldErrors, Section, hint, sentence
from shelter_desk.gui.resident_household import HouseholdEditor
from shelter_desk.gui.resident_widgets import DateField, TextLine
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.beds import FREE, HELD
from shelter_desk.services.resident_input import StayDetails
from shelter_desk.services.residents import StayInfo

NO_BED = 0  # the "No bed yet" choice (bed ids start at 1)


class StayForm(QWidget):
    """A stay in two sections: "Her stay" (intake date, program, bed, referral, where she
    lived before) and "Who is with her" (household).

    With ``with_bed=True`` (a new stay) it offers the free and held beds from
    ``desk.beds.board()`` plus "No bed yet"; a correction of an existing ``stay`` has no
    bed chooser (moves are made on the bed board) and keeps household member ids.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, stay: StayInfo | None = None,
                 with_bed: bool = True, arrange: bool = True) -> None:
        super().__init__(parent)
        self.desk = desk
        self.with_bed = with_bed
        self.setStyleSheet(FORM_STYLE)
        self.errors = FieldErrors()

        section = self.stay_section = Section(self.tr("Her stay"), self)
        self.intake_edit = DateField(section, field="intake_date",
                                     label=QT_TRANSLATE_NOOP("fields", "the intake date"), value=desk.today())
        self.intake_edit.setAccessibleName(self.tr("Intake date"))
        section.row(self.tr("In&take date"), self.intake_edit)
        self.errors.add(section.form, ["intake_date"], self.intake_edit, section)
        self.program_combo = term_combo(hud.PROGRAMS, section, "emergency")
        self.program_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.program_combo.setMinimumWidth(260)
        section.row(self.tr("Pr&ogram"), self.program_combo)
        self.errors.add(section.form, ["program"], self.program_combo, section)
        self.bed_combo = GroupedCombo(section)
        self.bed_combo.setAccessibleName(self.tr("Room and bed"))
        if with_bed:
            section.row(self.tr("Room and &bed"), self.bed_combo)
            self.bed_note = section.note("")
            self.errors.add(section.form, ["bed"], self.bed_combo, section)
            self.load_beds()
        else:
            self.bed_combo.hide()
            self.bed_note = hint("", section)
            self.bed_note.hide()
        self.referral_combo = term_combo(hud.REFERRAL_SOURCES, section, "unknown")
        self.referral_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.referral_combo.setMinimumWidth(260)
        section.row(self.tr("Re&ferred by"), self.referral_combo)
        self.errors.add(section.form, ["referral_source"], self.referral_combo, section)
        self.referral_edit = TextLine(section, placeholder=self.tr("e.g. which hotline or advocate"))
        section.row(self.tr("Referral &contact or note"), self.referral_edit)
        self.errors.add(section.form, ["referral_note"], self.referral_edit, section)
        self.prior_combo = HudCombo(hud.PRIOR_LIVING_SITUATIONS, section, value=hud.NOT_COLLECTED)
        self.prior_combo.setAccessibleName(self.tr("Where she lived before"))
        section.row(self.tr("Where she li&ved before"), self.prior_combo)
        section.note(self.tr("The night before she came. Type the first letters to jump in the list."))
        self.errors.add(section.form, ["prior_living_situation"], self.prior_combo, section)

        people = self.household_section = Section(self.tr("Who is with her"), self)
        self.household = HouseholdEditor(people)
        self.household.add_button.setText(self.tr("Add someone staying wit&h her"))
        people.form.addRow(self.household)
        self.errors.add(people.form, ["household"], self.household.table, people)

        self.sections = [self.stay_section, self.household_section]
        if arrange:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(12)
            for part in self.sections:
                layout.addWidget(part)
        if stay is not None:
            self.set_stay(stay)

    # --- beds ---------------------------------------------------------------------------------------
    def load_beds(self, keep: int | None = None) -> None:
        """Fill the bed list from the bed board; a chosen bed taken meanwhile stays shown, greyed."""
        try:
            board = self.desk.beds.board()
        except ShelterDeskError as exc:
            board = []
            self.bed_note.setText(sentence(exc))
        combo = self.bed_combo
        combo.clear_choices()
        combo.add_choice(self.tr("No bed yet"), NO_BED)
        if keep and not any(b.bed_id == keep and b.state in (FREE, HELD) for b in board):
            taken = next((b for b in board if b.bed_id == keep), None)
            if taken is not None:
                combo.add_choice(self.tr("{room} · {bed} (taken now)").format(room=taken.room, bed=taken.bed),
                                 keep, enabled=False)
        room = None
        offered = 0
        for bed in board:
            if bed.state not in (FREE, HELD):
                continue
            if bed.room != room:
                room = bed.room
                combo.add_heading(room)
            text = self.tr("{room} · {bed}").format(room=bed.room, bed=bed.bed)
            if bed.state == HELD:
                text = self.tr("{room} · {bed} (held: {note})").format(room=bed.room, bed=bed.bed, note=bed.hold_note)
            combo.add_choice(text, bed.bed_id)
            offered += 1
        combo.finish()
        combo.set_value(keep if keep else NO_BED)
        if not board:
            self.bed_note.setText(self.tr("No rooms are set up yet. A house manager adds them on the Beds screen."))
        elif not offered:
            self.bed_note.setText(self.tr("Every bed is taken. Choose \"No bed yet\"; she shows as waiting on the "
                                          "Beds screen."))
        else:
            self.bed_note.setText(self.tr("Free beds, and beds held for someone (taking one ends the hold)."))

    def bed_id(self) -> int | None:
        if not self.with_bed:
            return None
        value = self.bed_combo.value()
        return int(value) if value else None

    # --- contract -----------------------------------------------------------------------------------
    def set_stay(self, stay: StayInfo) -> None:
        self.intake_edit.set_value(stay.intake_date)
        self.program_combo.setCurrentIndex(max(0, self.program_combo.findData(stay.program)))
        self.referral_combo.setCurrentIndex(max(0, self.referral_combo.findData(stay.referral_source)))
        self.referral_edit.setText(stay.referral_note)
        self.prior_combo.set_value(stay.prior_living_situation)
        self.household.set_entries(stay.household)

    def details(self) -> StayDetails:
        return StayDetails(
            intake_date=self.intake_edit.value(),  # type: ignore[arg-type]  # None: the service asks for it
            program=self.program_combo.currentData(),
            referral_source=self.referral_combo.currentData(),
            referral_note=self.referral_edit.text(),
            prior_living_situation=self.prior_combo.value(),  # type: ignore[arg-type]
            bed_id=self.bed_id(),
            household=self.household.entries(),
        )

    def snapshot(self) -> tuple:
        return (self.intake_edit.text(), self.program_combo.currentIndex(), self.bed_combo.currentIndex(),
                self.referral_combo.currentIndex(), self.referral_edit.text(), self.prior_combo.currentIndex(),
                self.household.snapshot())

    def show_error(self, exc: ValidationError) -> bool:
        if exc.field == "bed" and self.with_bed:
            self.load_beds(keep=self.bed_id())
        shown = self.errors.show(exc)
        if shown and exc.field == "household":
            self.household.focus_problem()
        return shown

    def clear_errors(self) -> None:
        self.errors.clear()
