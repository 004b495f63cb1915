"""A whole working day in the program window opens no socket.

Setup wizard (with the Recovery Sheet saved as a PDF), the main window, a staff
account added on the Staff accounts screen, the new person's first sign-in with the
forced password change, Ctrl+L and unlock, switch user, the audit trail checked,
sign out: with every way of opening a socket from Python made to fail loudly.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_desk.audit import Action
from shelter_desk.gui.change_password import ChangePasswordDialog
from shelter_desk.gui.main_window import MainWindow
from shelter_desk.gui.pages.accounts import AddStaffDialog, TemporaryPasswordDialog
from shelter_desk.gui.setup_wizard import SetupWizard
from tests.gui.admin_helpers import save_dialog_answers
from tests.gui.conftest import activate, show_active
from tests.gui.test_lock import unlock
from tests.gui.test_setup_wizard import PASSWORD, close_quietly, enter, fill_until_secured

STAFF_PASSWORD = "copper meadow lantern wind"


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
        qtbot.keyClick(window.app_area.navigation, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
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
        assert window.app_area.titles() == ["Today", "Residents", "Beds"]

        # Maya steps away and comes back; then the director takes over.
        activate(qtbot, window)
        window.lock(reason="Ctrl+L")
        unlock(qtbot, window, STAFF_PASSWORD)
        window.lock(reason="idle")
        unlock(qtbot, window, PASSWORD, username="dana")

        # Evening: the director checks the audit trail on its screen.
        qtbot.keyClick(window.app_area.navigation, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        admin = window.app_area.pages.currentWidget()
        admin.setCurrentIndex(1)
        audit_page = admin.currentWidget()
        qtbot.waitUntil(lambda: audit_page.model.rowCount() > 0)
        assert desk.audit.verify().intact
        actions = {e.action for e in desk.audit.events(limit=200)}
        assert {Action.ACCOUNT_CREATED, Action.PASSWORD_CHANGED, Action.LOCK, Action.UNLOCK,
                Action.SWITCH_USER, Action.RECOVERY_SHEET_SAVED} <= actions
        window.sign_out()
        assert not desk.vault.is_open
    finally:
        window.session.stop()
        if desk.vault.is_open:
            desk.close()
        del result
    QApplication.processEvents()
    assert no_sockets == []
