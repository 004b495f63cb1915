"""Case-note and goal dialogs ask before throwing typed text away; the lock closes everything at once;
dates read and type the same everywhere; change notices stop with the window that listened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from shelter_desk.desk import Desk
from shelter_desk.errors import ValidationError
from shelter_desk.gui.bed_dialogs import GiveBedDialog, HoldDialog
from shelter_desk.gui.casework_dialogs import GoalDialog, NoteDialog
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.beds import BedsPage
from shelter_desk.gui.resident_dialogs import ExitDialog
from shelter_desk.gui.resident_widgets import DateField, parse_date
from shelter_desk.gui.rooms_dialog import RoomsDialog
from shelter_desk.gui.worker import error_text
from tests.conftest import DIRECTOR_PW
from tests.gui.admin_helpers import answer_questions
from tests.gui.conftest import flush_deletes, make_window, show_active
from tests.gui.resident_helpers import guarded, rooms, take_in, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def rosa(desk: Desk) -> int:
    beds = rooms(desk, count=1, beds=3)
    return take_in(desk, "Rosa", bed=beds[0], intake=desk.today() - timedelta(days=3))


# --- asking before closing ----------------------------------------------------------------------

def test_esc_in_a_note_with_text_asks_first_and_no_keeps_it(qtbot, desk, rosa, monkeypatch):
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = show_active(qtbot, NoteDialog(desk, rosa))
    dialog.text_edit.setFocus()
    type_text(dialog.text_edit, "She asked about the hearing.")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert asked == ["Close without saving? What you typed will be lost."]
    assert dialog.isVisible() and dialog.text_edit.toPlainText() == "She asked about the hearing."

    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()  # Cancel asks the same
    assert len(asked) == 2 and dialog.isVisible()

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert desk.residents.open_file(rosa).notes == ()


def test_a_goal_dialog_left_untouched_closes_without_a_question(qtbot, desk, rosa, monkeypatch):
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = show_active(qtbot, GoalDialog(desk, rosa))
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()

    dialog = show_active(qtbot, GoalDialog(desk, rosa))
    dialog.started_check.setChecked(True)  # ticking a box counts as a change
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    dialog.reject()  # the program (the screen lock) closes it without asking
    assert len(asked) == 1 and not dialog.isVisible()


def test_the_lock_closes_a_half_written_note_without_asking(qtbot, desk, rosa, monkeypatch, on_dialog):
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    window = make_window(qtbot, desk)
    try:
        window.open_resident(rosa)
        view = window.residents_page.file_view

        def write_then_lock(dialog: NoteDialog) -> None:
            dialog.text_edit.setFocus()
            type_text(dialog.text_edit, "Half a sentence")
            qtbot.keyClick(dialog.text_edit, Qt.Key.Key_L, CTRL)

        on_dialog(guarded(write_then_lock), NoteDialog)
        view.notes_tab.add_note()
        assert desk.locked and asked == []
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    finally:
        window.session.stop()


def test_rooms_and_beds_closed_by_the_lock_leaves_the_page_alone(qtbot, desk, rosa, monkeypatch, on_dialog):
    done: list[str] = []
    monkeypatch.setattr(BedsPage, "_done", lambda self, text, *a, **k: done.append(text))
    window = make_window(qtbot, desk)
    try:
        window.app_area.go_to(2)
        page = window.app_area.page_of(BedsPage)
        on_dialog(guarded(lambda d: qtbot.keyClick(d, Qt.Key.Key_L, CTRL)), RoomsDialog)
        page.edit_rooms()
        assert desk.locked and done == []  # no refresh of a page that is going away
        flush_deletes()

        # Unlocked again, the same dialog closed by hand refreshes the page as before.
        window.sign_in_screen.ui.passwordEdit.setFocus()
        qtbot.keyClicks(window.sign_in_screen.ui.passwordEdit, DIRECTOR_PW)
        qtbot.keyClick(window.sign_in_screen.ui.passwordEdit, Qt.Key.Key_Return)
        window.app_area.go_to(2)
        page = window.app_area.page_of(BedsPage)
        on_dialog(guarded(lambda d: d.reject()), RoomsDialog)
        page.edit_rooms()
        assert done == [""]
    finally:
        window.session.stop()


def test_change_notices_stop_when_the_listener_is_deleted(qtbot, desk):
    before = len(desk._listeners)  # noqa: SLF001 (the desk's own list of listeners)
    signals = DeskSignals(desk)
    assert len(desk._listeners) == before + 1  # noqa: SLF001
    signals.deleteLater()  # deleted without stop(), e.g. with its parent
    flush_deletes()
    assert len(desk._listeners) == before  # noqa: SLF001
    desk.changed("beds")  # nobody left to call, and nothing goes wrong


# --- dates read and typed the same everywhere ---------------------------------------------------

@pytest.fixture
def us_dates() -> Iterator[None]:
    """The computer set to US English (M/d/yyyy)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_a_date_field_reads_the_computer_s_format_and_year_month_day(qtbot, us_dates):
    field = show_active(qtbot, DateField(field="exit_date", label="the day she left", value=date(2026, 1, 5)))
    assert field.text() == "1/5/2026"
    assert field.placeholderText() == "e.g. 1/31/2026"
    assert parse_date("1/6/2026") == parse_date("2026-01-06") == parse_date("01/06/2026") == date(2026, 1, 6)
    field.setText("2026-01-07")
    field.editingFinished.emit()
    assert field.text() == "1/7/2026" and field.value() == date(2026, 1, 7)
    field.setText("1/6/26")  # a two-digit year could be 1926
    with pytest.raises(ValidationError) as refused:
        field.value()
    assert refused.value.field == "exit_date"
    assert error_text(refused.value) == "We cannot read the day she left as a date. Type it like this: 1/31/2026."


def test_bed_and_stay_dialogs_show_and_take_dates_like_everywhere_else(qtbot, desk, us_dates, on_dialog):
    beds = rooms(desk, count=1, beds=3)
    rosa = take_in(desk, "Rosa", bed=beds[0], intake=date(2026, 1, 2))
    take_in(desk, "Cara", intake=date(2026, 1, 4))
    signals = DeskSignals(desk)
    try:
        page = show_active(qtbot, BedsPage(desk, signals))
        assert page.model.index(0, 3).data() == "1/2/2026"  # "Since" on the bed board
        assert page.waiting_model.index(0, 1).data() == "1/4/2026"
        page.board.selectRow(1)
        seen: dict[str, object] = {}

        def give(dialog: GiveBedDialog) -> None:
            seen["choices"] = [dialog.model.row(r).text for r in range(dialog.model.rowCount())]
            seen["day"] = dialog.date_edit.text()
            dialog.reject()

        on_dialog(guarded(give), GiveBedDialog)
        page.give()

        def hold(dialog: HoldDialog) -> None:
            type_text(dialog.note_edit, "mother and a baby")
            dialog.until_check.setChecked(True)
            dialog.until_edit.setText("1/9/2026")
            qtbot.keyClick(dialog.until_edit, Qt.Key.Key_Return)

        on_dialog(guarded(hold), HoldDialog)
        page.hold()
        assert seen == {"choices": ["Cara — waiting for a bed since 1/4/2026", "Rosa — now in Room 1 · 1 (moves her)"],
                        "day": "1/5/2026"}
        row = next(r for r in range(page.model.rowCount()) if page.model.row(r).state == "held")
        assert page.model.index(row, 2).data() == "Held for mother and a baby until 1/9/2026"

        stay = desk.residents.open_file(rosa).current_stay
        dialog = show_active(qtbot, ExitDialog(desk, stay, "Rosa"))
        assert dialog.intro_label.text().startswith("Her stay since 1/2/2026 ends")
        assert dialog.form.day_edit.text() == "1/5/2026"
        dialog.form.day_edit.setText("1/1/2026")
        dialog.form.destination_combo.set_value(313)
        dialog.accept()  # refused: the day in the sentence is written as everywhere else
        assert dialog.isVisible()
        assert "before her intake date (1/2/2026)" in " ".join(
            label.text() for label in dialog.findChildren(QLabel, "errorLabel") if label.isVisibleTo(dialog))
        dialog.reject()
        note = show_active(qtbot, NoteDialog(desk, rosa))
        assert isinstance(note.date_edit, DateField) and note.date_edit.text() == "1/5/2026"
        note.reject()
    finally:
        signals.stop()
