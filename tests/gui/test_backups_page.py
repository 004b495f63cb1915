"""Admin → Backups, the restore dialog, the automatic backup at sign-out, the Today reminder,
Help → Move to a new computer: driven from the keyboard on real vaults."""

from __future__ import annotations

import zipfile
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.gui.main_window import MainWindow
from shelter_desk.gui.move_guide import MoveGuideDialog
from shelter_desk.gui.pages.backups import BackupsPage, PurgeDialog
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.gui.restore_dialog import PAGE_OPEN, PAGE_PASSWORD, RestoreDialog
from shelter_desk.gui.setup_wizard import SetupWizard
from shelter_desk.permissions import Role
from shelter_desk.services.resident_input import PersonDetails, StayDetails
from shelter_desk.storage.backup import BackupWriteFailed
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, MemoryKeyring, add_staff
from tests.gui.admin_helpers import answer_questions, collect_messages
from tests.gui.conftest import activate, make_window, show_active
from tests.unit.backuptools import fill_history

NEW_PW = "juniper harbor lamplight 42"


def press(qtbot, widget) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def go_to_backups(qtbot, window: MainWindow) -> BackupsPage:  # noqa: ANN001
    area = window.app_area
    number = area.titles().index("Admin") + 1  # Ctrl+<its number> (Ctrl+0 for the tenth)
    qtbot.keyClick(area.navigation, getattr(Qt.Key, f"Key_{number % 10}"), Qt.KeyboardModifier.ControlModifier)
    admin = area.pages.currentWidget()
    while not isinstance(admin.currentWidget(), BackupsPage):
        qtbot.keyClick(admin.currentWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return admin.currentWidget()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_back_up_now_from_the_keyboard(qtbot, main_window, desk, usb, monkeypatch):
    shown = collect_messages(monkeypatch)
    page = go_to_backups(qtbot, main_window)
    assert "never" in page.last_label.text()
    page.choose_folder = lambda parent: str(usb)  # the folder dialog answers the USB stick
    page.back_up_button.setFocus()
    qtbot.keyClick(page.back_up_button, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    files = list(usb.glob("*.sdbackup"))
    assert len(files) == 1 and files[0].name.startswith("Harbor-House-")
    assert shown[0][0] == "information" and files[0].name in shown[0][1]
    qtbot.waitUntil(lambda: "never" not in page.last_label.text(), timeout=5000)
    assert any(e.action == Action.BACKUP_MADE for e in desk.audit.events())


def test_a_removed_stick_is_said_in_plain_words(qtbot, main_window, desk, usb, monkeypatch):
    shown = collect_messages(monkeypatch)
    page = go_to_backups(qtbot, main_window)
    usb.rmdir()
    page.choose_folder = lambda parent: str(usb)
    press(qtbot, page.back_up_button)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    kind, text = shown[0]
    assert kind == "warning" and "USB stick taken out" in text and "Traceback" not in text
    assert not usb.exists()


def test_check_the_vault(qtbot, main_window):
    page = go_to_backups(qtbot, main_window)
    qtbot.keyClick(page.check_button, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "healthy" in page.check_label.text(), timeout=20_000)
    assert page.check_label.text().count("ok —") == 4


def test_restore_on_a_new_computer_from_the_setup_wizard(qtbot, setup, desk, usb, tmp_path, monkeypatch):
    fill_history(desk, setup.desk.clock)
    backup = desk.backups.back_up_to(usb).path
    desk.close()
    keyring.set_keyring(MemoryKeyring())  # the new PC's store is empty
    target = tmp_path / "new-pc" / "vault"

    wizard = show_active(qtbot, SetupWizard(target))
    press(qtbot, wizard.welcome_page.restore_button)
    assert wizard.restore_requested and not target.exists()

    dialog = show_active(qtbot, RestoreDialog(target))
    qtbot.keyClicks(dialog.file_edit, str(backup))
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == PAGE_OPEN
    assert "How do you want to open it" in dialog.info_label.text()
    assert dialog.code_edit.hasFocus()
    qtbot.keyClicks(dialog.code_edit, setup.recovery_code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PASSWORD, timeout=20_000)
    assert dialog.restored and dialog.new_edit.hasFocus()
    qtbot.keyClicks(dialog.new_edit, NEW_PW)
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), NEW_PW)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=10_000)
    restored = dialog.desk
    try:
        assert restored.current.username == DIRECTOR
        assert {r.alias for r in restored.residents.search(status="everyone")} >= {"Bea Present"}
        assert restored.vault.current_device_label() is not None  # tied to the new PC now
    finally:
        restored.vault.instance.release()
        restored.close()


def test_restore_from_admin_with_the_director_password_keeps_the_old_vault_aside(
        qtbot, main_window, desk, usb, vault_dir, monkeypatch, on_dialog):
    backup = desk.backups.back_up_to(usb).path
    desk.residents.intake(PersonDetails(alias="Added After"), StayDetails(desk.today()))
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    page = go_to_backups(qtbot, main_window)
    state: dict[str, object] = {}

    def drive(dialog: RestoreDialog) -> None:
        try:
            steps(dialog)
        except BaseException as exc:  # never leave the modal dialog open on a failed step
            state["error"] = exc
            dialog.reject()

    def steps(dialog: RestoreDialog) -> None:
        qtbot.keyClicks(dialog.file_edit, str(backup))
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
        activate(qtbot, dialog)
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.password_radio.isChecked, timeout=2000)  # (a mnemonic clicks after a moment)
        qtbot.keyClicks(dialog.username_edit, DIRECTOR)
        qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.password_edit, "wrong password entirely")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.open_error.isVisible(), timeout=20_000)
        state["wrong"] = dialog.open_error.text()
        dialog.password_edit.clear()
        qtbot.keyClicks(dialog.password_edit, DIRECTOR_PW)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PASSWORD, timeout=20_000)
        state["done"] = dialog.done_label.text()
        qtbot.keyClicks(dialog.new_edit, NEW_PW)
        qtbot.keyClicks(dialog.repeat_edit, NEW_PW)
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)

    on_dialog(drive, RestoreDialog)
    press(qtbot, page.restore_button)
    assert "error" not in state, state.get("error")
    qtbot.waitUntil(lambda: main_window.app_area is not None and desk.current is not None, timeout=20_000)
    assert "do not open this backup" in state["wrong"]
    assert "moved aside" in state["done"]
    aside = [p for p in vault_dir.parent.iterdir() if p.name.startswith("vault.before-restore-")]
    assert len(aside) == 1
    names = {r.alias for r in desk.residents.search(status="everyone")}
    assert "Added After" not in names
    assert any(e.action == Action.BACKUP_RESTORED for e in desk.audit.events())
    main_window.close()
    desk.vault.instance.release()


def test_the_automatic_backup_at_sign_out_and_a_failure_is_shown(qtbot, main_window, desk, clock, monkeypatch):
    monkeypatch.setattr(MainWindow, "AUTOMATIC_BACKUPS", True)
    main_window.sign_out_action.trigger()
    made = list((desk.vault.folder / "backups").glob("auto-*.sdbackup"))
    assert len(made) == 1
    with zipfile.ZipFile(made[0]) as zf:
        assert zf.testzip() is None

    shown = collect_messages(monkeypatch)
    fresh = Desk.open(desk.vault.folder, clock)
    clock.advance(hours=2)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    window = make_window(qtbot, fresh)

    def full(**kwargs):  # noqa: ANN003, ANN202
        raise BackupWriteFailed(reason="the disk or USB stick is full")

    monkeypatch.setattr(fresh.backups, "make_automatic", full)
    window.close()
    assert shown and shown[0][0] == "warning" and "is full" in shown[0][1]
    assert not fresh.vault.is_open  # closing went on
    fresh.close()


def test_the_reminder_is_on_the_directors_today_board_only(qtbot, desk, clock, usb, monkeypatch):
    from shelter_desk.gui.desk_signals import DeskSignals

    add_staff(desk, "fd", Role.FRONT_DESK)
    clock.advance(days=8)
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    signals = DeskSignals(desk)
    page = show_active(qtbot, TodayPage(desk, "Harbor House", signals))
    assert page.backup_reminder is not None and page.backup_reminder.isVisible()
    assert "a week or more" in page.backup_reminder.label.text()
    shown = collect_messages(monkeypatch)
    page.backup_reminder.choose_folder = lambda parent: str(usb)
    press(qtbot, page.backup_reminder.button)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    qtbot.waitUntil(lambda: not page.backup_reminder.section.isVisible(), timeout=5000)
    page.close()
    signals.stop()

    desk.auth.lock()
    desk.auth.sign_in("fd", STAFF_PW)
    signals = DeskSignals(desk)
    other = show_active(qtbot, TodayPage(desk, "Harbor House", signals))
    assert other.backup_reminder is None
    signals.stop()


def test_purge_from_the_keyboard(qtbot, main_window, desk, clock, on_dialog):
    fill_history(desk, clock)
    page = go_to_backups(qtbot, main_window)
    assert not page.purge_button.isEnabled()
    page.years_spin.setFocus()
    page.years_spin.selectAll()
    qtbot.keyClicks(page.years_spin, "7")
    qtbot.keyClick(page.save_years_button, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.retention.years() == 7, timeout=2000)
    assert page.purge_button.isEnabled()
    state: dict[str, str] = {}

    def confirm(dialog: PurgeDialog) -> None:
        state["list"] = dialog.list_text.toPlainText()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # not yet: the box is not ticked
        assert dialog.isVisible()
        qtbot.keyClick(dialog.confirm_check, Qt.Key.Key_Space)
        press(qtbot, dialog.delete_button)

    on_dialog(confirm, PurgeDialog)
    qtbot.keyClick(page.purge_button, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "deleted for good" in page.keep_message.text(), timeout=20_000)
    assert "Ada" in state["list"] and "Bea" not in state["list"]
    assert [r.alias for r in desk.residents.search(status="everyone")] == ["Bea Present"]


def test_move_to_a_new_computer_guide_from_help(qtbot, main_window, on_dialog):
    seen: dict[str, str] = {}

    def read(dialog: MoveGuideDialog) -> None:
        seen["text"] = dialog.text.toPlainText()
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)

    on_dialog(read, MoveGuideDialog)
    main_window.move_guide_action.trigger()
    assert "Recovery Sheet" in seen["text"] and "Restore from a backup instead" in seen["text"]
    assert "wipe the old computer" in seen["text"]
