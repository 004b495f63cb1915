"""Changing one's own password: from the menu, and forced after a temporary password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_desk.gui.change_password import ChangePasswordDialog
from shelter_desk.permissions import Role
from tests.conftest import DIRECTOR, DIRECTOR_PW, reopen
from tests.gui.conftest import make_window, show_active

NEW_PW = "harbor lights evening walk"


def open_dialog(qtbot, desk, **kwargs) -> ChangePasswordDialog:  # noqa: ANN001
    return show_active(qtbot, ChangePasswordDialog(desk, **kwargs))


def fill(qtbot, dialog: ChangePasswordDialog, current: str, new: str, repeat: str) -> None:  # noqa: ANN001
    ui = dialog.ui
    for edit, text in ((ui.currentEdit, current), (ui.newEdit, new), (ui.repeatEdit, repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)


def test_strength_hint_follows_the_typing(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    assert not dialog.ui.strengthLabel.isVisible()
    qtbot.keyClicks(dialog.ui.newEdit, "short")
    assert "at least 12 characters" in dialog.ui.strengthLabel.text()
    dialog.ui.newEdit.clear()
    qtbot.keyClicks(dialog.ui.newEdit, "password1234")
    assert "most common" in dialog.ui.strengthLabel.text()
    dialog.ui.newEdit.clear()
    qtbot.keyClicks(dialog.ui.newEdit, NEW_PW)
    assert dialog.ui.strengthLabel.text().startswith("Strength: ")
    assert "Strong" in dialog.ui.strengthLabel.text() or "Very strong" in dialog.ui.strengthLabel.text()


def test_mismatch_and_wrong_current_keep_what_was_typed(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    fill(qtbot, dialog, DIRECTOR_PW, NEW_PW, NEW_PW + "x")
    assert dialog.isVisible()
    assert "not the same" in dialog.ui.errorLabel.text()
    assert QApplication.focusWidget() is dialog.ui.repeatEdit
    assert dialog.ui.newEdit.text() == NEW_PW
    fill(qtbot, dialog, "not my password at all", NEW_PW, NEW_PW)
    assert "current password is not right" in dialog.ui.errorLabel.text()
    assert QApplication.focusWidget() is dialog.ui.currentEdit
    assert dialog.ui.newEdit.text() == NEW_PW
    fill(qtbot, dialog, DIRECTOR_PW, "password1234", "password1234")
    assert "most common" in dialog.ui.errorLabel.text()
    assert QApplication.focusWidget() is dialog.ui.newEdit


def test_changing_works_and_clears_the_fields(qtbot, desk, vault_dir, clock):
    dialog = open_dialog(qtbot, desk)
    qtbot.keyClick(dialog.ui.showCheck, Qt.Key.Key_Space)
    assert dialog.ui.newEdit.echoMode() == dialog.ui.newEdit.EchoMode.Normal
    fill(qtbot, dialog, DIRECTOR_PW, NEW_PW, NEW_PW)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert all(e.text() == "" for e in (dialog.ui.currentEdit, dialog.ui.newEdit, dialog.ui.repeatEdit))
    again = reopen(vault_dir, clock, desk)
    try:
        assert again.auth.sign_in(DIRECTOR, NEW_PW).username == DIRECTOR
    finally:
        again.close()


def test_menu_change_password_confirms(qtbot, main_window, on_dialog):
    seen: list[str] = []

    def change(dialog: ChangePasswordDialog) -> None:
        def confirm(box: QMessageBox) -> None:
            seen.append(box.text())
            box.accept()

        on_dialog(confirm, QMessageBox)
        fill(qtbot, dialog, DIRECTOR_PW, NEW_PW, NEW_PW)

    on_dialog(change, ChangePasswordDialog)
    main_window.change_password_action.trigger()
    assert seen == ["Your password has been changed."]


def temporary_staff(desk, vault_dir, clock):  # noqa: ANN001, ANN201
    temp = desk.accounts.add("maria", "Maria", Role.FRONT_DESK)
    return temp, reopen(vault_dir, clock, desk)


def sign_in(qtbot, window, username: str, password: str) -> None:  # noqa: ANN001
    ui = window.sign_in_screen.ui
    qtbot.keyClicks(ui.usernameEdit, username)
    qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)


def test_temporary_password_forces_a_new_one_before_anything_else(qtbot, desk, vault_dir, clock, on_dialog):
    temp, fresh = temporary_staff(desk, vault_dir, clock)
    try:
        window = make_window(qtbot, fresh)
        seen = {}

        def choose(dialog: ChangePasswordDialog) -> None:
            seen["forced"] = dialog.forced
            seen["app_area"] = window.app_area
            qtbot.keyClicks(dialog.ui.currentEdit, temp)
            qtbot.keyClicks(dialog.ui.newEdit, NEW_PW)
            qtbot.keyClicks(dialog.ui.repeatEdit, NEW_PW)
            qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)

        on_dialog(choose, ChangePasswordDialog)
        sign_in(qtbot, window, "maria", temp)
        assert seen == {"forced": True, "app_area": None}  # no page before the new password
        assert window.app_area is not None
        assert fresh.current.username == "maria"
        assert not fresh.current.must_change_password
        window.session.stop()
    finally:
        fresh.close()


def test_cancelling_the_forced_change_signs_out(qtbot, desk, vault_dir, clock, on_dialog):
    temp, fresh = temporary_staff(desk, vault_dir, clock)
    try:
        window = make_window(qtbot, fresh)
        on_dialog(lambda d: qtbot.keyClick(d.ui.currentEdit, Qt.Key.Key_Escape), ChangePasswordDialog)
        sign_in(qtbot, window, "maria", temp)
        assert window.app_area is None
        assert fresh.current is None
        assert not fresh.vault.is_open
        assert window.sign_in_screen.ui.titleLabel.text() == "Sign in to Harbor House"
    finally:
        fresh.close()
