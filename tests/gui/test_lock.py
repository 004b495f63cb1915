"""Locking: Ctrl+L, idle, the 12-hour limit, switch user, and no page left behind."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from shelter_desk.audit import Action
from shelter_desk.gui.main_window import AdminPage
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.permissions import Role
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff
from tests.gui.conftest import flush_deletes


def unlock(qtbot, window, password: str = DIRECTOR_PW, username: str | None = None) -> None:  # noqa: ANN001
    ui = window.sign_in_screen.ui
    if username is not None:  # switch user: back up to the prefilled username and replace it
        qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is ui.usernameEdit
        qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(ui.usernameEdit, username)
        qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is ui.passwordEdit
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)


def page_widgets() -> list:
    return [w for w in QApplication.allWidgets() if isinstance(w, TodayPage)]


def test_ctrl_l_locks_and_the_same_person_unlocks(qtbot, main_window, desk):
    assert main_window.app_area is not None
    qtbot.keyClick(main_window.app_area.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desk.locked
    screen = main_window.sign_in_screen
    assert main_window.stack.currentWidget() is screen
    assert screen.ui.titleLabel.text() == "The screen is locked"
    assert "Dana Director was signed in" in screen.ui.messageLabel.text()
    assert screen.ui.usernameEdit.text() == DIRECTOR
    assert main_window.who_label.text() == "Locked"
    assert not main_window.change_password_action.isEnabled()
    unlock(qtbot, main_window)
    assert not desk.locked
    assert main_window.stack.currentWidget() is main_window.app_area
    events = desk.audit.events(limit=2)
    assert [e.action for e in events] == [Action.UNLOCK, Action.LOCK]
    assert events[1].summary == "Ctrl+L"


def test_pages_are_destroyed_on_lock_and_rebuilt_after(qtbot, main_window, desk):
    area = main_window.app_area
    today = area.pages.widget(0)
    admin = area.page_of(AdminPage)
    assert isinstance(today, TodayPage)
    main_window.lock(reason="test")
    assert main_window.app_area is None
    flush_deletes()
    assert not shiboken6.isValid(today)
    assert not shiboken6.isValid(admin)
    assert not shiboken6.isValid(area)
    assert page_widgets() == []
    unlock(qtbot, main_window)
    assert len(page_widgets()) == 1
    assert main_window.app_area is not area


def test_switch_user_from_the_lock_screen_rebuilds_for_the_new_role(qtbot, main_window, desk):
    add_staff(desk, "maria", Role.FRONT_DESK)
    main_window.lock(reason="Ctrl+L")
    unlock(qtbot, main_window, STAFF_PW, username="maria")
    assert desk.current.username == "maria"
    assert main_window.app_area.titles() == ["Today", "Residents", "Beds", "Meals", "Supplies", "Appointments", "Safety plans", "Incidents"]
    assert "Maria (Front desk)" in main_window.who_label.text()
    main_window.lock(reason="Ctrl+L")
    assert "Maria was signed in" in main_window.sign_in_screen.ui.messageLabel.text()
    unlock(qtbot, main_window, DIRECTOR_PW, username=DIRECTOR)
    assert Action.SWITCH_USER in [e.action for e in desk.audit.events(limit=4)]
    assert main_window.app_area.titles() == ["Today", "Residents", "Beds", "Meals", "Supplies", "Appointments",
                                             "Safety plans", "Incidents", "Reports", "Admin"]


def test_idle_timer_uses_the_directors_setting_and_locks(qtbot, main_window, desk):
    guard = main_window.session
    assert guard.idle_timer.isActive()
    assert guard.idle_timer.interval() == 5 * 60_000
    desk.settings.set_idle_lock_minutes(2)
    main_window.lock(reason="Ctrl+L")
    assert not guard.idle_timer.isActive()
    unlock(qtbot, main_window)
    assert guard.idle_timer.interval() == 2 * 60_000  # read again after each sign-in
    guard.idle_timer.setInterval(20)
    guard.idle_timer.start()
    qtbot.waitUntil(lambda: desk.locked, timeout=2000)
    assert main_window.app_area is None
    unlock(qtbot, main_window)
    assert desk.audit.events(limit=2)[1].summary == "idle"


def test_activity_restarts_the_idle_countdown(qtbot, main_window):
    guard = main_window.session
    guard.idle_timer.stop()
    qtbot.keyClick(main_window.app_area.navigation, Qt.Key.Key_Down)
    assert guard.idle_timer.isActive()
    guard.idle_timer.stop()
    qtbot.mouseMove(main_window.app_area.navigation)
    qtbot.mouseClick(main_window.app_area.navigation.viewport(), Qt.MouseButton.LeftButton)
    assert guard.idle_timer.isActive()


def test_twelve_hours_end_the_session_and_a_new_sign_in_starts_a_fresh_one(qtbot, main_window, desk, clock):
    main_window.session.check_expiry()
    assert not desk.locked
    clock.advance(hours=12, seconds=1)
    main_window.session.check_expiry()
    assert desk.locked
    assert main_window.app_area is None
    message = main_window.sign_in_screen.ui.messageLabel.text()
    assert "You have been signed in for 12 hours. Please sign in again." in message
    unlock(qtbot, main_window)
    assert main_window.app_area is not None
    assert desk.signed_in().since == clock.now()  # a new session, not the old one unlocked
    main_window.session.check_expiry()
    assert not desk.locked
    actions = [e.action for e in desk.audit.events(limit=2)]
    assert actions == [Action.SIGN_IN, Action.SESSION_EXPIRED]


def test_locking_closes_open_dialogs(qtbot, main_window, desk):
    QTimer.singleShot(50, lambda: main_window.lock(reason="idle"))
    main_window.change_password()  # returns once the lock has closed the dialog
    assert desk.locked
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_ctrl_l_works_inside_a_dialog_too(qtbot, main_window, desk, on_dialog):
    from shelter_desk.gui.change_password import ChangePasswordDialog

    on_dialog(lambda d: qtbot.keyClick(d.ui.currentEdit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
              ChangePasswordDialog)
    main_window.change_password()
    assert desk.locked
    assert main_window.app_area is None


def test_a_new_screen_lock_time_saved_on_the_security_tab_applies_at_once(qtbot, main_window, desk):
    admin = main_window.app_area.page_of(AdminPage)
    security = admin.security_page
    assert security is not None
    security.idle_spin.setValue(3)
    qtbot.mouseClick(security.save_idle_button, Qt.MouseButton.LeftButton)
    assert desk.settings.idle_lock_minutes() == 3
    assert main_window.session.idle_timer.interval() == 3 * 60_000
    assert main_window.session.idle_timer.isActive()
