"""The sign-in screen, driven with the keyboard against a real vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_desk.audit import Action
from shelter_desk.gui.recovery_dialog import RecoveryDialog
from shelter_desk.permissions import Role
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen
from tests.gui.conftest import make_window

NEW_DIRECTOR_PW = "copper kettle winter orchard"


def type_in(qtbot, window, username: str, password: str) -> None:  # noqa: ANN001
    ui = window.sign_in_screen.ui
    ui.usernameEdit.clear()
    qtbot.keyClicks(ui.usernameEdit, username)
    qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_Return)  # Enter moves on to the password
    assert QApplication.focusWidget() is ui.passwordEdit
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)


def recent_actions(desk, n: int = 10) -> list[str]:  # noqa: ANN001
    return [row.action for row in desk.audit.events(limit=n)]


def test_start_screen_asks_to_sign_in_and_signs_in_with_the_keyboard(qtbot, start_window):
    screen = start_window.sign_in_screen
    assert start_window.stack.currentWidget() is screen
    assert screen.ui.titleLabel.text() == "Sign in to Shelter Desk"  # the name is inside the vault
    assert QApplication.focusWidget() is screen.ui.usernameEdit
    assert not start_window.lock_action.isEnabled()
    type_in(qtbot, start_window, "Director", DIRECTOR_PW)  # usernames are not case-sensitive
    assert start_window.app_area is not None
    assert start_window.stack.currentWidget() is start_window.app_area
    assert "Dana Director (Director)" in start_window.who_label.text()
    assert screen.ui.passwordEdit.text() == ""
    assert recent_actions(start_window.desk, 1) == [Action.SIGN_IN]


def test_after_sign_out_the_screen_names_the_shelter(qtbot, start_window):
    type_in(qtbot, start_window, DIRECTOR, DIRECTOR_PW)
    start_window.sign_out_action.trigger()
    screen = start_window.sign_in_screen
    assert screen.ui.titleLabel.text() == "Sign in to Harbor House"
    assert "signed out" in screen.ui.messageLabel.text()
    assert screen.ui.usernameEdit.text() == ""
    assert not start_window.desk.vault.is_open


def test_wrong_password_says_so_clears_it_and_keeps_the_cursor_there(qtbot, start_window):
    type_in(qtbot, start_window, DIRECTOR, "not the right words at all")
    ui = start_window.sign_in_screen.ui
    assert ui.errorLabel.isVisible()
    assert "not right" in ui.errorLabel.text()
    assert ui.passwordEdit.text() == ""
    assert ui.usernameEdit.text() == DIRECTOR
    assert QApplication.focusWidget() is ui.passwordEdit
    assert start_window.app_area is None
    qtbot.keyClicks(ui.passwordEdit, DIRECTOR_PW)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert start_window.app_area is not None
    assert not ui.errorLabel.isVisible()


def test_empty_username_is_pointed_out(qtbot, start_window):
    ui = start_window.sign_in_screen.ui
    qtbot.keyClicks(ui.passwordEdit, "something")
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert "username" in ui.errorLabel.text()
    assert QApplication.focusWidget() is ui.usernameEdit
    assert ui.passwordEdit.text() == "something"  # nothing typed is lost


def test_backoff_counts_down_with_the_clock_and_lets_the_person_try_again(qtbot, start_window, clock):
    screen = start_window.sign_in_screen
    ui = screen.ui
    for _ in range(5):
        type_in(qtbot, start_window, DIRECTOR, "wrong guess number one")
    assert not ui.signInButton.isEnabled()
    assert screen.countdown.isActive()
    assert "Please wait 30 s" in ui.countdownLabel.text()
    clock.advance(5)
    screen.tick_countdown()
    assert "Please wait 25 s" in ui.countdownLabel.text()
    # Enter does nothing while blocked: the core is not even asked.
    qtbot.keyClicks(ui.passwordEdit, DIRECTOR_PW)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert start_window.app_area is None
    # Someone else may sign in meanwhile: the wait belongs to that username.
    ui.usernameEdit.setText("somebody")
    assert ui.signInButton.isEnabled()
    ui.usernameEdit.setText(DIRECTOR)
    assert not ui.signInButton.isEnabled()
    clock.advance(25)
    screen.tick_countdown()
    assert ui.signInButton.isEnabled()
    assert not ui.countdownLabel.isVisible()
    assert not screen.countdown.isActive()
    ui.passwordEdit.clear()
    qtbot.keyClicks(ui.passwordEdit, DIRECTOR_PW)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert start_window.app_area is not None
    assert recent_actions(start_window.desk, 7).count(Action.SIGN_IN_FAILED) == 5


def test_longer_waits_show_minutes(start_window):
    screen = start_window.sign_in_screen
    assert screen.wait_text(90) == "1 min 30 s"
    assert screen.wait_text(120) == "2 min"
    assert screen.wait_text(7) == "7 s"


def test_turned_off_account_is_told_plainly(qtbot, desk, vault_dir, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    maria = next(a for a in desk.accounts.list() if a.username == "maria")
    desk.accounts.disable(maria.id)
    fresh = reopen(vault_dir, clock, desk)
    try:
        window = make_window(qtbot, fresh)
        type_in(qtbot, window, "maria", STAFF_PW)
        assert window.app_area is None
        assert window.sign_in_screen.ui.errorLabel.isVisible()
    finally:
        fresh.close()


def test_missing_device_key_points_to_the_recovery_code_which_works(
    qtbot, desk, vault_dir, clock, memory_keyring, setup, on_dialog
):
    fresh = reopen(vault_dir, clock, desk)
    memory_keyring.store.clear()  # a new computer, or a changed password store
    try:
        window = make_window(qtbot, fresh)
        ui = window.sign_in_screen.ui
        type_in(qtbot, window, DIRECTOR, DIRECTOR_PW)
        assert "Recovery Sheet" in ui.errorLabel.text()
        assert QApplication.focusWidget() is ui.recoveryButton

        def recover(dialog: RecoveryDialog) -> None:
            code = setup.recovery_code.lower().replace("-", " ")  # typed forgivingly
            qtbot.keyClicks(dialog.code_edit, code)
            qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
            assert dialog.pages.currentIndex() == 1
            assert dialog.account_combo.currentData() == DIRECTOR
            qtbot.keyClicks(dialog.new_edit, NEW_DIRECTOR_PW)
            assert "Strength" in dialog.strength_label.text()
            qtbot.keyClicks(dialog.repeat_edit, NEW_DIRECTOR_PW)
            qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)

        on_dialog(recover, RecoveryDialog)
        qtbot.keyClick(ui.recoveryButton, Qt.Key.Key_Space)
        assert window.app_area is not None
        assert fresh.current.username == DIRECTOR
        assert Action.RECOVERY_CODE_USED in recent_actions(fresh, 5)
    finally:
        fresh.close()
    again = reopen(vault_dir, clock)
    try:
        assert again.auth.sign_in(DIRECTOR, NEW_DIRECTOR_PW).username == DIRECTOR
    finally:
        again.close()


def test_recovery_code_typo_is_explained_and_kept(qtbot, start_window, on_dialog):
    seen = {}

    def typo(dialog: RecoveryDialog) -> None:
        qtbot.keyClicks(dialog.code_edit, "ABCDE-12345")
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
        seen["page"] = dialog.pages.currentIndex()
        seen["error"] = dialog.code_error.text()
        seen["kept"] = dialog.code_edit.text()
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Escape)

    on_dialog(typo, RecoveryDialog)
    start_window.sign_in_screen.use_recovery_code()
    assert seen == {"page": 0, "error": seen["error"], "kept": "ABCDE-12345"}
    assert "typing mistake" in seen["error"]
    assert start_window.app_area is None
