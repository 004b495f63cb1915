"""The main window: navigation by role, menus, help dialogs, closing, and starting up."""

from __future__ import annotations

import logging
import sys

import keyring
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_desk import __version__
from shelter_desk.audit import Action
from shelter_desk.gui import app as gui_app
from shelter_desk.gui.help_dialogs import (
    COMPONENTS,
    AboutDialog,
    KeyboardShortcutsDialog,
    licence_text,
)
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.paths import resource
from shelter_desk.permissions import Role
from shelter_desk.services.setup import create_vault
from shelter_desk.storage.instance import InstanceLock
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, STAFF_PW, NoKeyring, add_staff, reopen
from tests.gui.conftest import make_window


def close_next_message_box(seen: list[str]) -> None:
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def test_director_sees_today_and_admin_with_ctrl_number_shortcuts(qtbot, main_window):
    area = main_window.app_area
    assert area.titles() == ["Today", "Residents", "Beds", "Meals", "Supplies", "Appointments", "Safety plans",
                             "Incidents", "Reports", "Admin"]
    assert isinstance(area.pages.currentWidget(), TodayPage)
    qtbot.keyClick(area.navigation, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert area.pages.currentIndex() == 8  # Reports
    qtbot.keyClick(area.navigation, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert area.pages.currentIndex() == 9  # Ctrl+0: the tenth, Admin
    admin = area.pages.currentWidget()
    assert admin.count() == 4  # staff accounts, audit trail, security, backups
    qtbot.keyClick(area.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert area.pages.currentIndex() == 0
    qtbot.keyClick(area.navigation, Qt.Key.Key_Down)
    assert area.pages.currentIndex() == 1
    assert "Dana Director (Director)" in main_window.who_label.text()
    today = area.pages.widget(0)
    assert today.findChild(type(main_window.who_label), "greetingLabel").text() == "Hello, Dana Director"


def test_front_desk_and_house_manager_see_no_admin(qtbot, desk, vault_dir, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    add_staff(desk, "hana", Role.HOUSE_MANAGER)
    fresh = reopen(vault_dir, clock, desk)
    try:
        window = make_window(qtbot, fresh)
        for username, label, extra in (("maria", "Front desk", []), ("hana", "House manager", ["Reports"])):
            ui = window.sign_in_screen.ui
            qtbot.keyClicks(ui.usernameEdit, username)
            qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_Return)
            qtbot.keyClicks(ui.passwordEdit, STAFF_PW)
            qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
            assert window.app_area.titles() == ["Today", "Residents", "Beds", "Meals", "Supplies", "Appointments",
                                                "Safety plans", "Incidents", *extra]
            assert f"({label})" in window.who_label.text()
            assert window.app_area.pages.widget(0).notices == []  # director-only notices
            window.sign_out_action.trigger()
        window.session.stop()
    finally:
        fresh.close()


def test_director_is_told_when_sign_ins_are_password_only(qtbot, tmp_path, clock):
    keyring.set_keyring(NoKeyring())
    result = create_vault(tmp_path / "v", shelter_name=SHELTER, username=DIRECTOR,
                          display_name="Dana Director", password=DIRECTOR_PW, clock=clock)
    try:
        window = make_window(qtbot, result.desk)
        notices = window.app_area.pages.widget(0).notices
        assert any("passwords only" in n for n in notices)
        window.session.stop()
    finally:
        result.desk.close()


def test_f1_lists_every_shortcut(qtbot, main_window, on_dialog):
    seen = {}

    def read(dialog: KeyboardShortcutsDialog) -> None:
        table = dialog.ui.shortcutTable
        seen["rows"] = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        qtbot.keyClick(table, Qt.Key.Key_Escape)

    on_dialog(read, KeyboardShortcutsDialog)
    qtbot.keyClick(main_window.app_area.navigation, Qt.Key.Key_F1)
    rows = seen["rows"]
    for keys in ("Ctrl+L", "Ctrl+Q", "F1", "Ctrl+1", "Ctrl+2", "Ctrl+4", "Ctrl+7", "Ctrl+8", "Ctrl+9", "Ctrl+0"):
        assert keys in rows
    assert rows["Ctrl+2"] == "Go to Residents"
    assert rows["Ctrl+4"] == "Go to Meals"
    assert rows["Ctrl+7"] == "Go to Safety plans"
    assert rows["Ctrl+8"] == "Go to Incidents"
    assert rows["Ctrl+9"] == "Go to Reports"
    assert rows["Ctrl+0"] == "Go to Admin"  # the tenth screen
    for action in (main_window.lock_action, main_window.quit_action, main_window.shortcuts_action):
        assert action.shortcut().toString() in rows


def test_f1_works_on_the_sign_in_screen_too(qtbot, start_window, on_dialog):
    seen = []
    on_dialog(lambda d: (seen.append(d.ui.shortcutTable.rowCount()), d.reject()), KeyboardShortcutsDialog)
    qtbot.keyClick(start_window.sign_in_screen.ui.usernameEdit, Qt.Key.Key_F1)
    assert seen and seen[0] > 5


def test_about_shows_version_and_every_licence(qtbot, main_window, on_dialog):
    seen = {}

    def read(dialog: AboutDialog) -> None:
        seen["version"] = dialog.ui.versionLabel.text()
        seen["count"] = dialog.ui.componentList.count()
        qtbot.keyClick(dialog.ui.componentList, Qt.Key.Key_Down)
        seen["text"] = dialog.ui.licenceText.toPlainText()
        dialog.reject()

    on_dialog(read, AboutDialog)
    main_window.about_action.trigger()
    assert __version__ in seen["version"]
    assert seen["count"] == len(COMPONENTS)
    assert "LESSER GENERAL PUBLIC LICENSE" in seen["text"]
    for name, _licence, filename in COMPONENTS:
        assert resource("licenses", filename).is_file(), name
        assert len(licence_text(filename)) > 200, name


def test_sign_out_is_recorded_and_closes_the_vault(qtbot, main_window, desk):
    main_window.sign_out_action.trigger()
    assert not desk.vault.is_open
    assert main_window.app_area is None
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert Action.SIGN_OUT in [e.action for e in desk.audit.events(limit=3)]


def test_closing_the_window_signs_out_and_frees_the_vault(qtbot, desk, vault_dir):
    desk.vault.instance.acquire()
    window = make_window(qtbot, desk)
    other = InstanceLock(vault_dir)
    window.close()
    assert not desk.vault.is_open
    other.acquire()  # no longer held by the closed program
    other.release()


def test_a_second_start_says_the_vault_is_in_use_and_asks_the_first_to_come_forward(qtbot, desk, vault_dir):
    desk.vault.instance.acquire()
    try:
        seen: list[str] = []
        close_next_message_box(seen)
        assert gui_app.run_gui(vault_dir) == 1
        assert "already open" in seen[0]
        assert desk.vault.instance.take_raise_request()
    finally:
        desk.vault.instance.release()


def test_a_partial_vault_is_not_set_up_again(qtbot, tmp_path):
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "shelter.keys").write_text("{}")
    seen: list[str] = []
    close_next_message_box(seen)
    assert gui_app.run_gui(folder) == 1
    assert "only part" in seen[0]
    assert (folder / "shelter.keys").read_text() == "{}"


def test_location_warning_is_shown_once_in_plain_words(qtbot, tmp_path):
    seen: list[str] = []
    close_next_message_box(seen)
    texts = gui_app.show_location_warnings(tmp_path / "OneDrive" / "Shelter")
    assert texts and seen == texts
    assert "OneDrive" in texts[0]


def test_unexpected_errors_show_a_calm_message_and_log_only_the_type(qtbot, caplog):
    previous = sys.excepthook
    try:
        gui_app.install_excepthook()
        seen: list[str] = []
        close_next_message_box(seen)
        with caplog.at_level(logging.ERROR):
            sys.excepthook(KeyError, KeyError("Resident Jane Doe"), None)
        assert "Something unexpected went wrong" in seen[0]
        assert "Jane" not in seen[0]
        assert "KeyError" in caplog.text
        assert "Jane" not in caplog.text
    finally:
        sys.excepthook = previous


END_TO_END = r'''
import sys
from pathlib import Path

import keyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from shelter_desk.crypto import kdf
from shelter_desk.gui.app import run_gui
from shelter_desk.gui.main_window import MainWindow
from shelter_desk.services.setup import create_vault
from shelter_desk.permissions import Role
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, STAFF_PW, MemoryKeyring, add_staff

kdf.enable_test_profile()
keyring.set_keyring(MemoryKeyring())
folder = Path(sys.argv[1])
desk = create_vault(folder, shelter_name=SHELTER, username=DIRECTOR, display_name="Dana Director",
                    password=DIRECTOR_PW).desk
add_staff(desk, "maria", Role.FRONT_DESK)
desk.close()


def drive():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(20, drive)
        return
    window = windows[0]
    (folder / "shelter.raise").touch()  # a second start asking us to come forward

    def after_raise():
        print("raise taken:", not (folder / "shelter.raise").exists())
        screen = window.sign_in_screen
        screen.ui.usernameEdit.setText("maria")
        screen.ui.passwordEdit.setText(STAFF_PW)
        screen.attempt()
        print("signed in:", window.app_area is not None and window.app_area.titles()[:3] == ["Today", "Residents", "Beds"])
        window.close()

    QTimer.singleShot(1500, after_raise)


QTimer.singleShot(0, drive)
code = run_gui(folder)
print("exit:", code)
'''


def test_the_program_starts_signs_in_and_exits_cleanly(tmp_path):
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    result = subprocess.run(
        [sys.executable, "-c", END_TO_END, str(tmp_path / "vault")],
        capture_output=True, text=True, env=env, cwd=root, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "raise taken: True" in result.stdout
    assert "signed in: True" in result.stdout
    assert "exit: 0" in result.stdout
    lock = InstanceLock(tmp_path / "vault")
    lock.acquire()  # released when the program ended
    lock.release()


def test_today_tells_the_director_when_the_recovery_sheet_was_never_kept(qtbot, main_window, desk):
    from shelter_desk.gui.pages.today import TodayPage

    today = main_window.app_area.pages.widget(0)
    assert isinstance(today, TodayPage)
    assert any("Recovery Sheet was never printed or saved" in text for text in today.notices)
    desk.record_alone(Action.RECOVERY_SHEET_SAVED, summary="saved")
    main_window.lock(reason="test")
    main_window.sign_in_screen.ui.passwordEdit.setText(DIRECTOR_PW)
    main_window.sign_in_screen.attempt()
    today = main_window.app_area.pages.widget(0)
    assert not any("Recovery Sheet" in text for text in today.notices)
