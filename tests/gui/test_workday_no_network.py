"""A whole working day in the program window opens no socket.

Setup wizard (with the Recovery Sheet saved as a PDF), the main window, a staff
account added on the Staff accounts screen, a room with its beds added on the Beds
screen, the new person's first sign-in with the forced password change, her work
with the residents (an intake, a search, her file, a bed move, a case note, leaving
and coming back), Ctrl+L and unlock, switch user, the audit trail checked, sign out:
with every way of opening a socket from Python made to fail loudly.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_desk.audit import Action
from shelter_desk.gui.bed_dialogs import MoveDialog
from shelter_desk.gui.casework_dialogs import NoteDialog
from shelter_desk.gui.change_password import ChangePasswordDialog
from shelter_desk.gui.main_window import MainWindow
from shelter_desk.gui.pages.accounts import AddStaffDialog, TemporaryPasswordDialog
from shelter_desk.gui.pages.beds import BedsPage
from shelter_desk.gui.pages.residents import ResidentsPage
from shelter_desk.gui.resident_dialogs import ExitDialog, IntakeDialog
from shelter_desk.gui.rooms_dialog import RoomForm, RoomsDialog
from shelter_desk.gui.setup_wizard import SetupWizard
from tests.gui.admin_helpers import save_dialog_answers
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, type_text
from tests.gui.test_lock import unlock
from tests.gui.test_setup_wizard import PASSWORD, close_quietly, enter, fill_until_secured

STAFF_PASSWORD = "copper meadow lantern wind"
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
ALIAS = "Lena Novák"


class SocketAttempt(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch) -> list[str]:  # noqa: ANN001
    attempts: list[str] = []

    def refuse(what: str):  # noqa: ANN202
        def blocked(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            attempts.append(what)
            raise SocketAttempt(f"network use: {what}")

        return blocked

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket.socket"))
    for name in ("create_connection", "getaddrinfo", "socketpair", "create_server", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def test_a_working_day_in_the_window_opens_no_socket(qtbot, tmp_path: Path, monkeypatch, no_sockets, on_dialog):
    # Morning: the director sets the program up.
    wizard = SetupWizard(tmp_path / "vault")
    wizard.show()
    qtbot.waitExposed(wizard)
    try:
        fill_until_secured(qtbot, wizard)
        enter(qtbot, wizard.focusWidget())
        panel = wizard.recovery_page.panel
        code = wizard.result_setup.recovery_code
        save_dialog_answers(monkeypatch, tmp_path / "Recovery Sheet.pdf")
        qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
        qtbot.keyClicks(panel.check_edit, code.split("-")[-1])
        panel.kept_check.setChecked(True)
        enter(qtbot, panel.kept_check)
        enter(qtbot, wizard)
        desk = wizard.result_setup.desk
    finally:
        wizard.result_setup, result = None, wizard.result_setup
        close_quietly(wizard)
    assert (tmp_path / "Recovery Sheet.pdf").read_bytes().startswith(b"%PDF")

    window = show_active(qtbot, MainWindow(desk))
    try:
        # The director adds a front-desk worker on the Staff accounts screen.
        qtbot.keyClick(window.app_area.navigation, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Admin
        accounts = window.app_area.pages.currentWidget().widget(0)
        seen: dict[str, str] = {}

        def read_password(dialog: TemporaryPasswordDialog) -> None:
            seen["temp"] = dialog.password_label.text()
            qtbot.keyClick(dialog, Qt.Key.Key_Return)

        def fill(dialog: AddStaffDialog) -> None:
            qtbot.keyClicks(dialog.name_edit, "Maya Lopez")
            on_dialog(read_password, TemporaryPasswordDialog)
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

        on_dialog(fill, AddStaffDialog)
        qtbot.keyClick(accounts, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "temp" in seen)

        # The director adds the house's room and its beds on the Beds screen.
        activate(qtbot, window)
        add_a_room(qtbot, window, on_dialog)

        # Shift change: Ctrl+L, Maya signs in and must choose her own password.
        activate(qtbot, window)
        qtbot.keyClick(window.app_area.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert desk.locked

        def choose(dialog: ChangePasswordDialog) -> None:
            ui = dialog.ui
            qtbot.keyClicks(ui.currentEdit, seen["temp"])
            qtbot.keyClicks(ui.newEdit, STAFF_PASSWORD)
            qtbot.keyClicks(ui.repeatEdit, STAFF_PASSWORD)
            qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)

        on_dialog(choose, ChangePasswordDialog)
        activate(qtbot, window)
        unlock(qtbot, window, seen["temp"], username="maya")
        qtbot.waitUntil(lambda: desk.current is not None and not desk.current.must_change_password)
        assert window.app_area.titles() == ["Today", "Residents", "Beds", "Meals", "Supplies", "Appointments", "Safety plans", "Incidents"]

        # Maya's work with the residents: intake, search, file, bed move, case note, leaving, coming back.
        activate(qtbot, window)
        residents_work(qtbot, window, desk, on_dialog)
        activate(qtbot, window)
        needs_work(qtbot, window, desk)
        activate(qtbot, window)
        incident_work(qtbot, window, desk, on_dialog)

        # Maya steps away and comes back; then the director takes over.
        activate(qtbot, window)
        window.lock(reason="Ctrl+L")
        unlock(qtbot, window, STAFF_PASSWORD)
        window.lock(reason="idle")
        unlock(qtbot, window, PASSWORD, username="dana")

        # Evening: the director checks the audit trail on its screen.
        qtbot.keyClick(window.app_area.navigation, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        admin = window.app_area.pages.currentWidget()
        admin.setCurrentIndex(1)
        audit_page = admin.currentWidget()
        qtbot.waitUntil(lambda: audit_page.model.rowCount() > 0)
        assert desk.audit.verify().intact
        actions = {e.action for e in desk.audit.events(limit=200)}
        assert {Action.ACCOUNT_CREATED, Action.PASSWORD_CHANGED, Action.LOCK, Action.UNLOCK,
                Action.SWITCH_USER, Action.RECOVERY_SHEET_SAVED} <= actions
        residents_day = [e for e in desk.audit.events(limit=1000) if e.actor_name == "maya"]
        assert {Action.RESIDENT_TAKEN_IN, Action.RESIDENT_OPENED, Action.BED_ASSIGNED, Action.NOTE_ADDED,
                Action.STAY_ENDED, Action.STAY_STARTED} <= {e.action for e in residents_day}
        assert not [e.summary for e in residents_day if "lena" in e.summary.casefold()]
        window.sign_out()
        assert not desk.vault.is_open
    finally:
        window.session.stop()
        if desk.vault.is_open:
            desk.close()
        del result
    QApplication.processEvents()
    assert no_sockets == []


# --- the residents part of the day, keys pressed where the focus is -------------------------------

def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def dialog_done(qtbot, window: MainWindow, done) -> None:  # noqa: ANN001
    """Wait until the dialog did its part and closed; the window has the keyboard again."""
    qtbot.waitUntil(lambda: done() and QApplication.activeModalWidget() is None)
    activate(qtbot, window)


def add_a_room(qtbot, window: MainWindow, on_dialog) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_3, CTRL)
    beds = window.app_area.page_of(BedsPage)
    seen: list[str] = []

    def room(form: RoomForm) -> None:
        activate(qtbot, form)
        qtbot.keyClicks(form.name_edit, "Garden room")
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is form.beds_spin
        qtbot.keyClicks(form.beds_spin, "3")
        press(qtbot, Qt.Key.Key_Return)

    def rooms(dialog: RoomsDialog) -> None:
        on_dialog(guarded(room), RoomForm)
        press(qtbot, Qt.Key.Key_N, CTRL)  # Add a room…
        activate(qtbot, dialog)
        seen.append(dialog.message_label.text())
        press(qtbot, Qt.Key.Key_Escape)

    on_dialog(guarded(rooms), RoomsDialog)
    press(qtbot, Qt.Key.Key_R, ALT)  # Rooms and beds…
    dialog_done(qtbot, window, lambda: bool(seen))
    assert seen == ["The room Garden room was added."]
    qtbot.waitUntil(lambda: beds.summary_label.text() == "3 beds: 0 taken, 3 free, 0 held")


def needs_work(qtbot, window: MainWindow, desk) -> None:  # noqa: ANN001
    """Maya's daily needs: breakfast marked for everyone here, then the supplies and appointments screens."""
    from shelter_desk.gui.pages.appointments import AppointmentsPage
    from shelter_desk.gui.pages.meals import MealsPage
    from shelter_desk.gui.pages.plans import PlansPage
    from shelter_desk.gui.pages.supplies import SuppliesPage

    press(qtbot, Qt.Key.Key_4, CTRL)
    meals = window.app_area.page_of(MealsPage)
    assert window.app_area.pages.currentWidget() is meals
    meals.table.setFocus()
    qtbot.keyClick(meals.table, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert desk.meals.roster(desk.today()).counts[0].residents > 0
    for number, kind in ((5, SuppliesPage), (6, AppointmentsPage), (7, PlansPage), (1, None)):
        press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
        if kind is not None:
            assert window.app_area.pages.currentWidget() is window.app_area.page_of(kind)


def incident_work(qtbot, window: MainWindow, desk, on_dialog) -> None:  # noqa: ANN001
    """Maya records an incident on the Incidents screen (Ctrl+8, Ctrl+N, kind, severity, facts, Ctrl+Enter)."""
    from shelter_desk.gui.incident_dialog import IncidentDialog
    from shelter_desk.gui.pages.incidents import IncidentsPage

    press(qtbot, Qt.Key.Key_8, CTRL)
    assert window.app_area.pages.currentWidget() is window.app_area.page_of(IncidentsPage)

    def record(dialog: IncidentDialog) -> None:
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_Down)
        dialog.during_edit.setFocus()
        type_text(dialog.during_edit, "A man waited at the gate and left when staff came out.")
        qtbot.keyClick(dialog.during_edit, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(record), IncidentDialog)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=8000)
    assert [r.status for r in desk.incidents.incidents()] == ["open"]


def residents_work(qtbot, window: MainWindow, desk, on_dialog) -> None:  # noqa: ANN001, PLR0915
    press(qtbot, Qt.Key.Key_2, CTRL)
    page = window.app_area.page_of(ResidentsPage)
    assert window.app_area.pages.currentWidget() is page
    seen: dict[str, object] = {}

    def intake(dialog: IntakeDialog) -> None:
        type_text(dialog.person.alias_edit, ALIAS)
        press(qtbot, Qt.Key.Key_B, ALT)  # Room and &bed
        type_text(dialog.stay.bed_combo, "garden")
        seen["bed"] = dialog.stay.bed_combo.currentText()
        press(qtbot, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(intake), IntakeDialog)
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog_done(qtbot, window, lambda: "bed" in seen)
    assert seen["bed"] == "Garden room · 1"
    her = page.file_view.file.id

    # Back to the list, and find her by a part of her alias.
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(page.search_edit, "novak")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page._search_timer.isActive())
    press(qtbot, Qt.Key.Key_Return)
    view = page.file_view
    assert view is not None and view.file.id == her

    # A case note.
    def note(dialog: NoteDialog) -> None:
        press(qtbot, Qt.Key.Key_N, ALT)  # &Note
        type_text(dialog.text_edit, "Settled in; asked about a bus pass.")
        press(qtbot, Qt.Key.Key_Return, CTRL)

    press(qtbot, Qt.Key.Key_C, ALT)  # &Case notes
    on_dialog(guarded(note), NoteDialog)
    press(qtbot, Qt.Key.Key_W, ALT)  # &Write a note…
    dialog_done(qtbot, window, lambda: view.notes_tab.model.rowCount() == 1)

    # A bed move on the bed board, then back to her file from there.
    press(qtbot, Qt.Key.Key_3, CTRL)
    beds = window.app_area.page_of(BedsPage)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is beds.board
    assert beds.selected_bed().alias == ALIAS  # her bed is the first on the board

    def move(dialog: MoveDialog) -> None:
        type_text(dialog.find_edit, "3")
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(guarded(move), MoveDialog)
    press(qtbot, Qt.Key.Key_M, CTRL)
    dialog_done(qtbot, window, lambda: "moved to Garden room · 3" in beds.message_label.text())
    press(qtbot, Qt.Key.Key_O, CTRL)  # Open her file
    view = page.file_view
    assert window.app_area.pages.currentWidget() is page and view.file.id == her

    # She leaves: she found a flat.
    def leaving(dialog: ExitDialog) -> None:
        press(qtbot, Qt.Key.Key_Tab)
        type_text(dialog.form.destination_combo, "rental")
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(guarded(leaving), ExitDialog)
    press(qtbot, Qt.Key.Key_T, ALT)  # Lef&t the shelter…
    dialog_done(qtbot, window, lambda: page.file_view is not None and page.file_view.file.current_stay is None)
    assert page.file_view.file.stays[0].destination == 410

    # Later she is at the door again: a new intake finds her, and she is taken back in.
    def back(dialog: IntakeDialog) -> None:
        type_text(dialog.person.alias_edit, "lena")
        qtbot.waitUntil(dialog.known.isVisible)
        assert dialog.known.chosen().id == her
        press(qtbot, Qt.Key.Key_K, ALT)  # Ta&ke her back in instead
        qtbot.waitUntil(lambda: dialog.returning is not None)
        press(qtbot, Qt.Key.Key_B, ALT)
        type_text(dialog.stay.bed_combo, "garden")
        seen["back"] = dialog.stay.bed_combo.currentText()
        press(qtbot, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(back), IntakeDialog)
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog_done(qtbot, window, lambda: "back" in seen)
    file = desk.residents.open_file(her)
    assert len(file.stays) == 2 and file.current_stay is not None
    assert [n.text for n in file.notes] == ["Settled in; asked about a bus pass."]
    assert desk.today_board.board().here == 1
