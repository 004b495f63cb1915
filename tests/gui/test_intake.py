"""The intake dialog, driven with the keyboard against a real vault."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.resident_dialogs import IntakeDialog
from shelter_desk.services.beds import FREE, TAKEN
from shelter_desk.services.resident_input import PersonDetails, StayDetails
from tests.gui.conftest import show_active

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        key(qtbot, Qt.Key.Key_Tab)


def focus(widget) -> None:  # noqa: ANN001
    got = QApplication.focusWidget()
    assert got is widget, f"focus is on {got!r} {getattr(got, 'text', lambda: '')()!r}"


@pytest.fixture
def beds(desk: Desk) -> list[int]:
    """Two rooms with five beds; returns the bed ids in board order."""
    desk.beds.add_room("Room 1", beds=3)
    desk.beds.add_room("Garden room", beds=2)
    return [b.bed_id for b in desk.beds.board()]


@pytest.fixture
def dialog(qtbot, desk: Desk, beds) -> IntakeDialog:  # noqa: ANN001
    apply_look(QApplication.instance())
    return show_active(qtbot, IntakeDialog(desk))


def test_an_intake_done_only_with_the_keyboard(qtbot, desk, dialog, beds):
    person, stay = dialog.person, dialog.stay
    focus(person.alias_edit)
    type_text(qtbot, "Rosa")
    tab(qtbot)
    focus(person.legal_edit)
    type_text(qtbot, "Rosa Maria Lopez")
    tab(qtbot)
    focus(person.dob_combo)
    type_text(qtbot, "Ap")  # type-ahead: "Approximate age"
    assert person.dob_combo.currentData() == hud.DOB_APPROXIMATE
    tab(qtbot)
    focus(person.age_edit)
    type_text(qtbot, "34")
    tab(qtbot)
    focus(person.gender_list)
    key(qtbot, Qt.Key.Key_Space)  # "Woman" ticks; "Data not collected" clears
    tab(qtbot)
    focus(person.race_list)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)  # Hispanic, Latina, Latine or Latino
    tab(qtbot)
    type_text(qtbot, "she/her")
    tab(qtbot)
    type_text(qtbot, "Spanish")
    tab(qtbot)
    focus(person.interpreter_check)
    key(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    focus(stay.intake_edit)
    assert stay.intake_edit.text() == desk.today().isoformat()
    tab(qtbot)
    focus(stay.program_combo)
    type_text(qtbot, "T")
    tab(qtbot)
    focus(stay.bed_combo)
    key(qtbot, Qt.Key.Key_Down)  # past the "Room 1" heading to its first bed
    assert stay.bed_id() == beds[0]
    tab(qtbot)
    focus(stay.referral_combo)
    type_text(qtbot, "Hot")
    tab(qtbot)
    type_text(qtbot, "City hotline, night shift")
    tab(qtbot)
    focus(stay.prior_combo)
    type_text(qtbot, "Saf")
    assert stay.prior_combo.value() == 118  # Safe Haven
    tab(qtbot)
    focus(stay.household.add_button)  # the empty table is skipped
    key(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "J.")
    tab(qtbot)
    type_text(qtbot, "6")
    tab(qtbot)
    tab(qtbot)  # "Child" is the default; Tab leaves the table
    focus(stay.household.add_button)
    tab(qtbot)
    focus(person.confirm_check)
    assert person.confirm_check.isChecked()  # on by default
    tab(qtbot)
    focus(person.watch_edit)
    type_text(qtbot, "Tall man, grey beard")
    key(qtbot, Qt.Key.Key_Return)  # a new line inside the note, not a save
    type_text(qtbot, "Red pickup. Do not open; call 911")
    tab(qtbot)
    type_text(qtbot, "Ana (sister) 555-0100")
    tab(qtbot)
    type_text(qtbot, "Vegetarian")
    tab(qtbot)
    type_text(qtbot, "Penicillin")
    tab(qtbot)
    focus(person.medical_edit)
    type_text(qtbot, "Inhaler")
    assert dialog.isVisible()
    key(qtbot, Qt.Key.Key_Return, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert not dialog.returned
    file = desk.residents.open_file(dialog.resident_id)
    assert file.alias == "Rosa" and file.has_legal_name
    assert desk.residents.legal_name(file.id) == "Rosa Maria Lopez"
    assert file.dob_quality == hud.DOB_APPROXIMATE and file.age == 34
    assert file.genders == (0,) and file.race_ethnicity == (6,)
    assert (file.pronouns, file.languages, file.interpreter_needed) == ("she/her", "Spanish", True)
    assert file.do_not_confirm
    assert file.watch_for == "Tall man, grey beard\nRed pickup. Do not open; call 911"
    assert (file.emergency_contact, file.dietary_needs, file.allergies, file.medical_notes) == (
        "Ana (sister) 555-0100", "Vegetarian", "Penicillin", "Inhaler")
    stay_info = file.current_stay
    assert stay_info.intake_date == desk.today() and stay_info.program == "transitional"
    assert stay_info.referral_source == "hotline" and stay_info.referral_note == "City hotline, night shift"
    assert stay_info.prior_living_situation == 118
    assert stay_info.bed_id == beds[0]
    assert [(m.name, m.age, m.relationship) for m in stay_info.household] == [("J.", 6, "child")]
    assert desk.beds.board()[0].state == TAKEN


def test_enter_moves_on_instead_of_saving_half_an_intake(qtbot, desk, dialog):
    type_text(qtbot, "Rosa")
    key(qtbot, Qt.Key.Key_Return)
    focus(dialog.person.legal_edit)
    assert dialog.isVisible() and desk.residents.search("", status="all") == []


def _fill_common(qtbot, dialog: IntakeDialog) -> None:
    dialog.person.languages_edit.setFocus()
    type_text(qtbot, "Spanish")
    dialog.person.watch_edit.setFocus()
    type_text(qtbot, "Blue van")
    dialog.stay.referral_edit.setFocus()
    type_text(qtbot, "Hotline")


def _future_birth(qtbot, dialog: IntakeDialog, desk: Desk) -> object:
    dialog.person.dob_combo.setFocus()
    type_text(qtbot, "Date")  # type-ahead (a space would open the list)
    tab(qtbot)
    type_text(qtbot, (desk.today() + timedelta(days=3)).isoformat())
    return dialog.person.birth_edit


def _future_intake(qtbot, dialog: IntakeDialog, desk: Desk) -> object:
    dialog.stay.intake_edit.setFocus()
    dialog.stay.intake_edit.selectAll()
    type_text(qtbot, (desk.today() + timedelta(days=1)).isoformat())
    return dialog.stay.intake_edit


def _long_pronouns(qtbot, dialog: IntakeDialog, desk: Desk) -> object:
    dialog.person.pronouns_edit.setFocus()
    type_text(qtbot, "x" * 61)
    return dialog.person.pronouns_edit


def _bed_taken_meanwhile(qtbot, dialog: IntakeDialog, desk: Desk) -> object:
    dialog.stay.bed_combo.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    chosen = dialog.stay.bed_id()
    # Someone at the other desk... the same vault, a moment earlier.
    desk.residents.intake(PersonDetails(alias="Other"), StayDetails(intake_date=desk.today(), bed_id=chosen))
    return dialog.stay.bed_combo


def _unreadable_intake(qtbot, dialog: IntakeDialog, desk: Desk) -> object:
    dialog.stay.intake_edit.setFocus()
    dialog.stay.intake_edit.selectAll()
    type_text(qtbot, "2026-13-45")
    return dialog.stay.intake_edit


@pytest.mark.parametrize(
    ("alias", "make_problem", "field", "message"),
    [
        ("", lambda qtbot, d, desk: d.person.alias_edit, "alias", "Please fill in the preferred name or alias."),
        ("Rosa", _future_birth, "birth_date", "The date of birth cannot be in the future."),
        ("Rosa", _future_intake, "intake_date", "The intake date cannot be in the future."),
        ("Rosa", _long_pronouns, "pronouns", "Pronouns is too long (at most 60 characters)."),
        ("Rosa", _bed_taken_meanwhile, "bed", "Bed 1 in Room 1 is already taken. Choose a free bed."),
        ("Rosa", _unreadable_intake, "intake_date",
         "We cannot read the intake date as a date. Type it as year-month-day, for example 2026-01-31."),
    ],
    ids=["empty alias", "future birth date", "intake in the future", "too long", "bed taken meanwhile",
         "unreadable date"],
)
def test_a_refused_intake_says_why_next_to_the_field_and_keeps_everything(
        qtbot, desk, dialog, alias, make_problem, field, message):
    type_text(qtbot, alias)
    _fill_common(qtbot, dialog)
    widget = make_problem(qtbot, dialog, desk)
    typed = (dialog.person.snapshot(), dialog.stay.snapshot())
    before = len(desk.residents.search("", status="all"))

    key(qtbot, Qt.Key.Key_Return, CTRL)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert QApplication.focusWidget() is widget
    form = dialog.person if dialog.person.errors.has(field) else dialog.stay
    _, label, layout = form.errors._rows[field]
    assert label.text() == message and label.isVisibleTo(dialog)
    assert layout.indexOf(label) != -1  # under the field's own row, not somewhere else
    assert not dialog.message_label.isVisible()
    if field != "bed":
        assert (dialog.person.snapshot(), dialog.stay.snapshot()) == typed
    else:
        assert dialog.stay.bed_combo.currentText() == "Room 1 · 1 (taken now)"
        assert dialog.person.snapshot() == typed[0]
    assert dialog.person.languages_edit.text() == "Spanish"
    assert dialog.person.watch_edit.text() == "Blue van"
    assert dialog.stay.referral_edit.text() == "Hotline"
    assert len(desk.residents.search("", status="all")) == before

    # Fixing it and saving again works, and the message goes away.
    if field == "alias":
        dialog.person.alias_edit.setFocus()
        type_text(qtbot, "Rosa")
    elif field == "birth_date":
        dialog.person.birth_edit.clear()
        type_text(qtbot, "1990-04-02")
    elif field == "intake_date":
        dialog.stay.intake_edit.selectAll()
        type_text(qtbot, desk.today().isoformat())
    elif field == "pronouns":
        key(qtbot, Qt.Key.Key_Backspace)
    else:
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.residents.open_file(dialog.resident_id).languages == "Spanish"


def test_control_characters_pasted_are_dropped(qtbot, desk, dialog):
    QApplication.clipboard().setText("Ro\x07sa\u202e Lee\u2066\n2")
    key(qtbot, Qt.Key.Key_V, CTRL)
    assert dialog.person.alias_edit.text() == "Rosa Lee 2"
    dialog.person.watch_edit.setFocus()
    QApplication.clipboard().setText("Grey car\x1b\r\nplate \u202aABC\u202c 123\x00")
    key(qtbot, Qt.Key.Key_V, CTRL)
    assert dialog.person.watch_edit.text() == "Grey car\nplate ABC 123"
    key(qtbot, Qt.Key.Key_Return, CTRL)
    file = desk.residents.open_file(dialog.resident_id)
    assert (file.alias, file.watch_for) == ("Rosa Lee 2", "Grey car\nplate ABC 123")


def _maria_who_left(desk: Desk, beds: list[int]) -> int:
    start = desk.today() - timedelta(days=20)
    maria = desk.residents.intake(PersonDetails(alias="María", allergies="Nuts"),
                                  StayDetails(intake_date=start, bed_id=beds[1]))
    stay = desk.residents.open_file(maria).current_stay
    desk.residents.record_exit(stay.id, desk.today() - timedelta(days=5), 313, "went to a friend")
    return maria


def test_one_who_left_is_taken_back_in_instead_of_a_second_record(qtbot, desk, dialog, beds):
    maria = _maria_who_left(desk, beds)
    type_text(qtbot, "mari")  # accents and case do not matter
    qtbot.waitUntil(lambda: dialog.known.isVisible())
    assert [dialog.known.list.item(i).text() for i in range(dialog.known.list.count())] == [
        f"María: left on {(desk.today() - timedelta(days=5)).isoformat()}"]
    tab(qtbot)
    focus(dialog.known.list)
    tab(qtbot)
    focus(dialog.known.take_back_button)
    key(qtbot, Qt.Key.Key_Space)

    assert dialog.returning is not None and not dialog.person.about_section.isVisible()
    assert not dialog.person.safety_section.isVisible() and dialog.back_banner.isVisible()
    assert "María is back." in dialog.back_text.text()
    focus(dialog.stay.intake_edit)
    tab(qtbot, 2)
    focus(dialog.stay.bed_combo)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.returned and dialog.resident_id == maria and dialog.stay_id is not None
    file = desk.residents.open_file(maria)
    assert len(file.stays) == 2 and file.stays[1].exit_date is not None  # the earlier stay kept
    assert file.current_stay.id == dialog.stay_id and file.current_stay.bed_id == beds[0]
    assert file.allergies == "Nuts"  # her details as they were
    assert len(desk.residents.search("mar", status="all")) == 1


def test_taking_back_can_be_undone(qtbot, desk, dialog, beds):
    _maria_who_left(desk, beds)
    type_text(qtbot, "Maria")
    qtbot.waitUntil(lambda: dialog.known.isVisible())
    dialog.known.take_back_button.click()
    dialog.undo_button.click()
    assert dialog.returning is None and dialog.person.about_section.isVisible()
    focus(dialog.person.alias_edit)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert not dialog.returned and len(desk.residents.search("maria", status="all")) == 2


def test_one_who_is_here_now_is_said_plainly(qtbot, desk, dialog, beds):
    desk.residents.intake(PersonDetails(alias="Maria"), StayDetails(intake_date=desk.today(), bed_id=beds[2]))
    type_text(qtbot, "Mar")
    qtbot.waitUntil(lambda: dialog.known.isVisible())
    assert dialog.known.list.item(0).text() == "Maria: here now, in Room 1 · 3"
    assert dialog.known.status.text() == ("Maria is staying here now (since 2026-01-05). She does not need to "
                                          "be taken in again.")
    assert not dialog.known.take_back_button.isEnabled()
    dialog.person.alias_edit.setFocus()
    dialog.person.alias_edit.clear()
    type_text(qtbot, "Zoe")
    qtbot.waitUntil(lambda: not dialog.known.isVisible())


def test_esc_asks_before_throwing_away_what_was_typed(qtbot, desk, beds, on_dialog):
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(next(answers)).click()

    def drive(dialog: IntakeDialog) -> None:
        alias = dialog.person.alias_edit
        qtbot.keyClicks(alias, "Rosa")
        on_dialog(answer, QMessageBox)
        qtbot.keyClick(alias, Qt.Key.Key_Escape)
        assert dialog.isVisible() and alias.text() == "Rosa"
        on_dialog(answer, QMessageBox)
        qtbot.keyClick(alias, Qt.Key.Key_Escape)

    dialog = IntakeDialog(desk)
    on_dialog(drive, IntakeDialog)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert asked == ["Close without saving? What you typed will be lost."] * 2
    assert desk.residents.search("", status="all") == []


def test_esc_with_nothing_typed_just_closes(qtbot, desk, beds, on_dialog):
    dialog = IntakeDialog(desk)
    on_dialog(lambda d: qtbot.keyClick(d.person.alias_edit, Qt.Key.Key_Escape), IntakeDialog)
    assert dialog.exec() == QDialog.DialogCode.Rejected


def test_the_bed_list_offers_free_and_held_beds(qtbot, desk, beds):
    desk.beds.hold(beds[3], "her sister, Friday")
    desk.residents.intake(PersonDetails(alias="A"), StayDetails(intake_date=desk.today(), bed_id=beds[0]))
    dialog = show_active(qtbot, IntakeDialog(desk))
    combo = dialog.stay.bed_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["No bed yet", "Room 1", "Room 1 · 2", "Room 1 · 3", "Garden room",
                     "Garden room · 1 (held: her sister, Friday)", "Garden room · 2"]
    assert combo.currentText() == "No bed yet"
    assert [b.state for b in desk.beds.board()].count(FREE) == 3


def test_answers_that_stand_alone_clear_the_others(qtbot, dialog):
    genders = dialog.person.gender_list
    genders.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # Woman
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)  # Transgender
    assert genders.values() == (0, 5)
    key(qtbot, Qt.Key.Key_End)
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Space)  # Client prefers not to answer
    assert genders.values() == (hud.PREFERS_NOT,)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Space)  # Woman again
    assert genders.values() == (0,)
    key(qtbot, Qt.Key.Key_Space)  # and off: nothing ticked means "not collected"
    assert genders.values() == (hud.NOT_COLLECTED,)


def test_a_date_can_be_picked_from_the_calendar(qtbot, desk, dialog):
    field = dialog.stay.intake_edit
    field.setFocus()
    key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field._popup.calendar
    qtbot.waitUntil(calendar.isVisible)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.text() == (desk.today() - timedelta(days=1)).isoformat()


def test_a_date_typed_with_slashes_is_tidied(qtbot, dialog):
    field = dialog.stay.intake_edit
    field.setFocus()
    field.selectAll()
    type_text(qtbot, "2026/1/4")
    key(qtbot, Qt.Key.Key_Tab)
    assert field.text() == "2026-01-04"
