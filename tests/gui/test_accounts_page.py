"""Admin → Staff accounts, driven with the keyboard against a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from shelter_desk.desk import Desk
from shelter_desk.errors import WrongPassword
from shelter_desk.gui.pages.accounts import (
    COL_STATUS,
    AccountsPage,
    AddStaffDialog,
    TemporaryPasswordDialog,
    status_text,
)
from shelter_desk.permissions import Role
from shelter_desk.services.accounts import AccountInfo
from tests.conftest import DIRECTOR, DIRECTOR_PW, add_staff
from tests.gui.conftest import show_active


@pytest.fixture
def page(qtbot, desk: Desk) -> AccountsPage:
    return show_active(qtbot, AccountsPage(desk))


def account(desk: Desk, username: str) -> AccountInfo:
    return next(a for a in desk.accounts.list() if a.username == username)


def back_to_director(desk: Desk) -> None:
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)


def press(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def click_in_box(qtbot, box: QMessageBox, text: str) -> None:
    """Choose the button whose words contain ``text`` (Tab to it, then Space)."""
    button = next(b for b in box.buttons() if text in b.text().replace("&", ""))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_add_staff_shows_the_temporary_password_once_and_it_signs_in(qtbot, page, desk, on_dialog):
    seen: dict[str, str] = {}

    def read_password(dialog: TemporaryPasswordDialog) -> None:
        seen["temp"] = dialog.password_label.text()
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(type(dialog.password_label)))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    def fill(dialog: AddStaffDialog) -> None:
        assert dialog.focusWidget() is dialog.name_edit
        qtbot.keyClicks(dialog.name_edit, "Maya Lopez")
        assert dialog.username_edit.text() == "maya"  # suggested
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.role_combo
        qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Down)
        assert dialog.role() == Role.HOUSE_MANAGER
        on_dialog(read_password, TemporaryPasswordDialog)
        qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Return)

    on_dialog(fill, AddStaffDialog)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Add staff member
    qtbot.waitUntil(lambda: "temp" in seen)
    assert "They must choose their own password when they first sign in." in seen["text"]
    assert len(seen["temp"]) == 14

    maya = account(desk, "maya")
    assert maya.role == Role.HOUSE_MANAGER and maya.must_change_password
    assert page.selected().username == "maya"
    assert page.model.index(page.model.row_of(maya.id), COL_STATUS).data() == "Must set a new password"

    desk.auth.lock()
    who = desk.auth.sign_in("maya", seen["temp"])
    assert who.must_change_password and who.role == Role.HOUSE_MANAGER
    back_to_director(desk)


def test_a_taken_username_is_said_plainly_and_nothing_typed_is_lost(qtbot, page, desk, on_dialog):
    add_staff(desk, "maya", Role.FRONT_DESK)
    page.refresh()
    result: dict[str, object] = {}

    def fill(dialog: AddStaffDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Maya Other")
        dialog.username_edit.clear()
        qtbot.keyClicks(dialog.username_edit, "Maya")
        qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)
        result["error"] = dialog.error_label.text()
        result["visible"] = dialog.isVisible()
        result["name"] = dialog.name_edit.text()
        result["focus"] = dialog.focusWidget() is dialog.username_edit
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(fill, AddStaffDialog)
    press(qtbot, page.add_button)
    assert result == {"error": "The username maya is already taken.", "visible": True,
                      "name": "Maya Other", "focus": True}


def test_suggested_username_avoids_taken_ones(qtbot, page, desk, on_dialog):
    add_staff(desk, "maya", Role.FRONT_DESK)
    page.refresh()
    got = {}

    def fill(dialog: AddStaffDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Maya Lopez")
        got["username"] = dialog.username_edit.text()
        dialog.reject()

    on_dialog(fill, AddStaffDialog)
    press(qtbot, page.add_button)
    assert got["username"] == "maya.l"


def test_change_role_reset_turn_off_and_on(qtbot, page, desk, on_dialog):
    add_staff(desk, "sam", Role.FRONT_DESK)
    page.refresh()
    page.select_username("sam")
    sam = page.selected()
    assert sam.username == "sam" and page.off_button.isEnabled() and not page.on_button.isEnabled()

    # Change role: the list of roles, moved with the arrow keys.
    def pick_manager(dialog: QInputDialog) -> None:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    on_dialog(pick_manager, QInputDialog)
    press(qtbot, page.role_button)
    assert account(desk, "sam").role == Role.HOUSE_MANAGER
    assert "sam is now house manager" in page.message_label.text().lower()

    # Reset password: confirm, then the new temporary password is shown.
    seen: dict[str, str] = {}

    def read_password(dialog: TemporaryPasswordDialog) -> None:
        seen["temp"] = dialog.password_label.text()
        dialog.accept()

    def confirm_reset(box: QMessageBox) -> None:
        assert "current password stops working" in box.text()
        on_dialog(read_password, TemporaryPasswordDialog)
        click_in_box(qtbot, box, "Reset password")

    on_dialog(confirm_reset, QMessageBox)
    press(qtbot, page.reset_button)
    qtbot.waitUntil(lambda: "temp" in seen)
    desk.auth.lock()
    with pytest.raises(WrongPassword):
        desk.auth.sign_in("sam", "violet canyon pepper drum")  # the old password no longer works
    assert desk.auth.sign_in("sam", seen["temp"]).must_change_password
    back_to_director(desk)
    page.refresh()

    # Turn off: Cancel first (the default), then for real.
    def cancel(box: QMessageBox) -> None:
        assert "They will not be able to sign in. Their history stays." in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    page.select_username("sam")
    on_dialog(cancel, QMessageBox)
    press(qtbot, page.off_button)
    assert account(desk, "sam").active

    on_dialog(lambda box: click_in_box(qtbot, box, "Turn off"), QMessageBox)
    press(qtbot, page.off_button)
    assert not account(desk, "sam").active
    assert page.selected().username == "sam"
    assert page.model.index(page.table.currentIndex().row(), COL_STATUS).data() == "Turned off"
    assert page.on_button.isEnabled() and not page.off_button.isEnabled()
    desk.auth.lock()
    with pytest.raises(WrongPassword):
        desk.auth.sign_in("sam", seen["temp"])
    back_to_director(desk)
    page.refresh()

    # Turn back on: a fresh temporary password that works.
    seen.clear()

    def read_again(dialog: TemporaryPasswordDialog) -> None:
        seen["temp"] = dialog.password_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    page.select_username("sam")
    on_dialog(read_again, TemporaryPasswordDialog)
    press(qtbot, page.on_button)
    qtbot.waitUntil(lambda: "temp" in seen)
    desk.auth.lock()
    assert desk.auth.sign_in("sam", seen["temp"]).username == "sam"
    back_to_director(desk)


def test_the_director_cannot_turn_off_their_own_account(page, desk):
    page.select_username(DIRECTOR)
    assert page.selected().username == DIRECTOR
    assert not page.off_button.isEnabled()
    assert page.model.index(0, 0).data().endswith("(you)")


def test_a_service_error_is_shown_plainly(qtbot, page, desk, on_dialog):
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    page.select_username(DIRECTOR)
    on_dialog(read, QMessageBox)
    page.turn_on()  # the button is off; the service still says why
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["This account is already on."]


def test_someone_else_gets_a_permission_message_not_a_list(qtbot, desk):
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    desk.auth.lock()
    desk.auth.sign_in("frontdesk", "violet canyon pepper drum")
    page = AccountsPage(desk)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert "not allowed to manage staff accounts" in page.message_label.text()


@pytest.mark.parametrize(
    ("active", "here", "must", "expected"),
    [
        (True, True, False, "On"),
        (True, True, True, "Must set a new password"),
        (True, False, False, "Cannot sign in on this computer"),
        (False, False, False, "Turned off"),
    ],
)
def test_status_words(active, here, must, expected):
    info = AccountInfo(1, "x", "X", Role.FRONT_DESK, active, must, here)
    assert status_text(info) == expected
