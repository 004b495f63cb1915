"""Editing her details, the legal-name rules by role, a new or corrected stay, and leaving."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.resident_dialogs import EditDetailsDialog, ExitDialog, StayDialog
from shelter_desk.permissions import Role
from shelter_desk.services.audit_trail import AuditFilter
from shelter_desk.services.beds import FREE, TAKEN
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff
from tests.gui.conftest import show_active

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def sign_in_as(desk: Desk, username: str) -> None:
    desk.auth.lock()
    desk.auth.sign_in(username, DIRECTOR_PW if username == DIRECTOR else STAFF_PW)


@pytest.fixture
def maria(desk: Desk) -> int:
    """Maria, here since ten days ago in Room 1 bed 1, with her son; a legal name recorded."""
    apply_look(QApplication.instance())
    desk.beds.add_room("Room 1", beds=2)
    bed = desk.beds.board()[0].bed_id
    return desk.residents.intake(
        PersonDetails(alias="Maria", legal_name="Maria Elena Ruiz", pronouns="she/her"),
        StayDetails(intake_date=desk.today() - timedelta(days=10), bed_id=bed,
                    household=[HouseholdEntry("T.", 4)]))


# --- her details -------------------------------------------------------------------------------

def test_edit_details_saves_and_returns_the_new_version(qtbot, desk, maria):
    file = desk.residents.open_file(maria)
    dialog = show_active(qtbot, EditDetailsDialog(desk, file))
    assert QApplication.focusWidget() is dialog.person.alias_edit
    assert dialog.person.pronouns_edit.text() == "she/her"
    dialog.person.allergies_edit.setFocus()
    type_text(qtbot, "Latex")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.version == file.version + 1
    assert desk.residents.open_file(maria).allergies == "Latex"
    assert desk.residents.legal_name(maria) == "Maria Elena Ruiz"  # left as it was


def test_someone_saved_in_between_is_said_plainly_and_the_form_is_kept(qtbot, desk, maria):
    file = desk.residents.open_file(maria)
    dialog = show_active(qtbot, EditDetailsDialog(desk, file))
    # At the other desk, a colleague saves first.
    desk.residents.update(maria, PersonDetails(alias="Maria", dietary_needs="Halal"), file.version)
    dialog.person.languages_edit.setFocus()
    type_text(qtbot, "Spanish")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text().startswith("Someone else changed this record after you opened it")
    assert dialog.person.languages_edit.text() == "Spanish"
    assert desk.residents.open_file(maria).languages == ""


def test_an_edit_refused_for_a_field_says_so_next_to_it(qtbot, desk, maria):
    dialog = show_active(qtbot, EditDetailsDialog(desk, desk.residents.open_file(maria)))
    dialog.person.alias_edit.clear()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert QApplication.focusWidget() is dialog.person.alias_edit
    _, label, _ = dialog.person.errors._rows["alias"]
    assert label.isVisibleTo(dialog) and label.text() == "Please fill in the preferred name or alias."


# --- the legal name by role ------------------------------------------------------------------------

def test_front_desk_cannot_see_or_change_a_recorded_legal_name(qtbot, desk, maria):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    sign_in_as(desk, "frontdesk")
    dialog = show_active(qtbot, EditDetailsDialog(desk, desk.residents.open_file(maria)))
    person = dialog.person
    assert not person.legal_edit.isEnabled() and person.legal_edit.text() == ""
    assert not person.legal_button.isVisibleTo(dialog)
    assert person.legal_note.text() == ("A legal name is recorded. Only a house manager or director can see "
                                        "or change it.")
    assert person.details().legal_name is None
    person.pronouns_edit.setFocus()
    person.pronouns_edit.clear()
    type_text(qtbot, "she/they")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    sign_in_as(desk, DIRECTOR)
    assert desk.residents.legal_name(maria) == "Maria Elena Ruiz"
    assert desk.residents.open_file(maria).pronouns == "she/they"


def test_front_desk_may_type_a_legal_name_when_none_is_recorded(qtbot, desk, maria):
    other = desk.residents.intake(PersonDetails(alias="Zoe"), StayDetails(intake_date=desk.today()))
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    sign_in_as(desk, "frontdesk")
    dialog = show_active(qtbot, EditDetailsDialog(desk, desk.residents.open_file(other)))
    assert dialog.person.legal_edit.isEnabled()
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.person.legal_edit
    type_text(qtbot, "Zoe Adams")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    sign_in_as(desk, DIRECTOR)
    assert desk.residents.legal_name(other) == "Zoe Adams"


def _shown_events(desk: Desk) -> int:
    return desk.audit.count(AuditFilter(action="resident.legal_name_shown"))


def test_a_house_manager_shows_the_legal_name_which_is_audited(qtbot, desk, maria):
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    before = _shown_events(desk)
    sign_in_as(desk, "manager")
    dialog = show_active(qtbot, EditDetailsDialog(desk, desk.residents.open_file(maria)))
    person = dialog.person
    assert not person.legal_edit.isVisibleTo(dialog) and person.legal_button.isVisibleTo(dialog)
    assert person.details().legal_name is None
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is person.legal_button  # the hidden field is skipped
    key(qtbot, Qt.Key.Key_Space)  # "Show legal name"
    assert person.legal_edit.isVisibleTo(dialog) and person.legal_edit.text() == "Maria Elena Ruiz"
    assert QApplication.focusWidget() is person.legal_edit
    assert person.details().legal_name is None  # shown, not changed: nothing sent
    assert not dialog.typed_something()  # showing it is not typing
    person.legal_edit.selectAll()
    type_text(qtbot, "Maria Elena Ruiz Soto")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    sign_in_as(desk, DIRECTOR)
    assert _shown_events(desk) == before + 1
    event = desk.audit.events(AuditFilter(action="resident.legal_name_shown"))[0]
    assert event.actor_name == "manager" and "Maria" not in event.summary
    assert desk.residents.legal_name(maria) == "Maria Elena Ruiz Soto"


def test_a_legal_name_not_shown_is_never_sent(qtbot, desk, maria):
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    before = _shown_events(desk)
    sign_in_as(desk, "manager")
    dialog = show_active(qtbot, EditDetailsDialog(desk, desk.residents.open_file(maria)))
    dialog.person.diet_edit.setFocus()
    type_text(qtbot, "Vegan")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    sign_in_as(desk, DIRECTOR)
    assert _shown_events(desk) == before
    assert desk.residents.legal_name(maria) == "Maria Elena Ruiz"
    assert "legal_name" not in {c.field for c in desk.residents.history(maria)}


# --- leaving -----------------------------------------------------------------------------------------

def test_leaving_refuses_a_day_before_intake_then_frees_the_bed(qtbot, desk, maria):
    stay = desk.residents.open_file(maria).current_stay
    dialog = show_active(qtbot, ExitDialog(desk, stay, "Maria"))
    assert dialog.windowTitle() == "Left the shelter"  # her name is never in a window title
    assert dialog.heading_label.text() == "Maria (Room 1 · 1) left the shelter"
    form = dialog.form
    assert QApplication.focusWidget() is form.day_edit and form.day_edit.text() == desk.today().isoformat()
    assert form.destination_combo.currentIndex() == -1  # nothing chosen for her
    form.day_edit.selectAll()
    type_text(qtbot, (stay.intake_date - timedelta(days=1)).isoformat())
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Staying or living with fam")  # a space does not open the list
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Moved in with her aunt")
    key(qtbot, Qt.Key.Key_Return)  # a short dialog: Enter saves

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    _, label, _ = form.errors._rows["exit_date"]
    assert label.isVisibleTo(dialog)
    assert label.text() == f"The day she left cannot be before her intake date ({stay.intake_date.isoformat()})."
    assert QApplication.focusWidget() is form.day_edit
    assert form.destination_combo.value() == 312 and form.reason_edit.text() == "Moved in with her aunt"
    assert desk.beds.board()[0].state == TAKEN

    form.day_edit.selectAll()
    type_text(qtbot, desk.today().isoformat())
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    ended = desk.residents.open_file(maria).stays[0]
    assert (ended.exit_date, ended.destination, ended.exit_reason) == (desk.today(), 312, "Moved in with her aunt")
    assert desk.beds.board()[0].state == FREE


def test_leaving_needs_where_she_went(qtbot, desk, maria):
    stay = desk.residents.open_file(maria).current_stay
    dialog = show_active(qtbot, ExitDialog(desk, stay, "Maria"))
    key(qtbot, Qt.Key.Key_Return)
    _, label, _ = dialog.form.errors._rows["destination"]
    assert label.text() == "Choose where she went from the list."
    assert QApplication.focusWidget() is dialog.form.destination_combo
    assert desk.residents.open_file(maria).current_stay is not None


# --- stays -------------------------------------------------------------------------------------------

def test_she_came_back_a_new_stay_with_a_bed(qtbot, desk, maria):
    stay = desk.residents.open_file(maria).current_stay
    desk.residents.record_exit(stay.id, desk.today() - timedelta(days=2), 313, "")
    dialog = show_active(qtbot, StayDialog(desk, maria, "Maria"))
    assert dialog.heading_label.text() == "Maria is back: a new stay"
    form = dialog.form
    assert QApplication.focusWidget() is form.intake_edit
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.bed_combo
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    assert form.bed_combo.currentText() == "Room 1 · 2"
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    file = desk.residents.open_file(maria)
    assert len(file.stays) == 2 and file.current_stay.id == dialog.stay_id
    assert file.current_stay.bed_label == "Room 1 · 2" and file.current_stay.household == ()


def test_correcting_a_stay_keeps_the_household_and_offers_no_bed(qtbot, desk, maria):
    stay = desk.residents.open_file(maria).current_stay
    dialog = show_active(qtbot, StayDialog(desk, maria, "Maria", stay=stay))
    form = dialog.form
    assert not form.bed_combo.isVisibleTo(dialog)
    assert form.intake_edit.text() == stay.intake_date.isoformat()
    assert form.household.snapshot() == (("T.", "4", "Child"),)
    form.program_combo.setFocus()
    type_text(qtbot, "L")  # Long-term
    form.household.add_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "Ana")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "15")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down)  # Other family member
    key(qtbot, Qt.Key.Key_Tab)
    # The first line: Delete removes it, its age typed over first.
    form.household.table.setFocus()
    form.household.table.setCurrentCell(0, 1)
    type_text(qtbot, "5")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.stay_id == stay.id
    after = desk.residents.open_file(maria).current_stay
    assert after.program == "long_term"
    assert [(m.name, m.age, m.relationship) for m in after.household] == [("T.", 5, "child"), ("Ana", 15, "other")]
    assert after.household[0].id == stay.household[0].id  # corrected, not replaced


def test_delete_removes_a_household_line(qtbot, desk, maria):
    stay = desk.residents.open_file(maria).current_stay
    dialog = show_active(qtbot, StayDialog(desk, maria, "Maria", stay=stay))
    table = dialog.form.household.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    key(qtbot, Qt.Key.Key_Delete)
    assert table.rowCount() == 0 and QApplication.focusWidget() is dialog.form.household.add_button
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert desk.residents.open_file(maria).current_stay.household == ()


def test_a_household_line_without_a_name_is_pointed_at(qtbot, desk, maria):
    stay = desk.residents.open_file(maria).current_stay
    dialog = show_active(qtbot, StayDialog(desk, maria, "Maria", stay=stay))
    household = dialog.form.household
    household.add_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)  # no name
    type_text(qtbot, "3")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    _, label, _ = dialog.form.errors._rows["household"]
    assert label.text() == "Please fill in the first name or initials."
    assert QApplication.focusWidget() is household.table and household.table.currentRow() == 1
    assert household.snapshot() == (("T.", "4", "Child"), ("", "3", "Child"))
