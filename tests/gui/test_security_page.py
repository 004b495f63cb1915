"""Admin → Security: status in plain words, the lock time, a new Recovery Sheet, a new data key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, WrongPassword
from shelter_desk.gui.main_window import AdminPage
from shelter_desk.gui.pages.security import PasswordPromptDialog, RecoverySheetDialog, SecurityPage
from shelter_desk.permissions import Role
from shelter_desk.services.audit_trail import AuditFilter
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff
from tests.gui.admin_helpers import (
    answer_questions,
    collect_messages,
    pdf_page_count,
    save_dialog_answers,
)
from tests.gui.conftest import activate, show_active


@pytest.fixture
def page(qtbot, desk: Desk) -> SecurityPage:
    return show_active(qtbot, SecurityPage(desk))


def press(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def keep_sheet(qtbot, dialog: RecoverySheetDialog, target: Path, monkeypatch) -> str:
    """Save the sheet, pass the check, press Done; returns the code that was shown."""
    panel = dialog.panel
    code = panel.code_label.text()
    assert not dialog.done_button.isEnabled()
    save_dialog_answers(monkeypatch, target)
    press(qtbot, panel.save_button)
    assert pdf_page_count(target.read_bytes()) == 1
    qtbot.keyClicks(panel.check_edit, code[-5:].lower())
    press(qtbot, panel.kept_check)
    assert dialog.done_button.isEnabled()
    qtbot.keyClick(panel.kept_check, Qt.Key.Key_Return)
    return code


def test_status_in_plain_words(page, desk):
    text = page.status_label.text()
    assert "Password store:</b> MemoryKeyring" in text
    assert f"Sign-ins tied to this computer:</b> {DIRECTOR}." in text
    assert "Recovery code:</b> set" in text
    assert "time cost 1:" in text  # the test profile
    assert "SQLCipher 4." in text
    assert not page.warnings_label.isVisible()


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        ("fail", "Password store:</b> none — sign-ins are protected by password only."),
        ("refusing", "Password store:</b> NoKeyring, but it does not hold this vault's key: "
                     "sign-ins are protected by password only."),
    ],
)
def test_status_without_a_usable_password_store(qtbot, vault_dir, clock, backend, expected):
    import keyring
    from keyring.backends import fail

    from shelter_desk.services.setup import create_vault
    from tests.conftest import NoKeyring

    keyring.set_keyring(fail.Keyring() if backend == "fail" else NoKeyring())
    result = create_vault(vault_dir, shelter_name="Harbor House", username="dana",
                          display_name="Dana", password=DIRECTOR_PW, clock=clock)
    try:
        page = SecurityPage(result.desk)
        qtbot.addWidget(page)
        text = page.status_label.text()
        assert expected in text
        assert "Sign-ins tied to this computer:</b> nobody." in text
        assert "Sign-ins with password only:</b> dana." in text
    finally:
        result.desk.close()


def test_idle_lock_minutes_saved(qtbot, page, desk):
    assert page.idle_spin.value() == 5
    page.idle_spin.setFocus()
    page.idle_spin.selectAll()
    qtbot.keyClicks(page.idle_spin, "12")
    with qtbot.waitSignal(page.idle_lock_changed) as signal:
        press(qtbot, page.save_idle_button)
    assert signal.args == [12]
    assert desk.settings.idle_lock_minutes() == 12
    assert "locks after 12 minutes" in page.idle_message.text()
    page.idle_spin.setFocus()
    page.idle_spin.selectAll()
    qtbot.keyClicks(page.idle_spin, "45")  # the box refuses more than 30
    assert page.idle_spin.value() <= 30


def test_new_recovery_sheet_after_a_wrong_password(qtbot, page, desk, setup, tmp_path, monkeypatch, on_dialog):
    old_code = setup.recovery_code
    state: dict[str, object] = {}

    def sheet(dialog: RecoverySheetDialog) -> None:
        state["code"] = keep_sheet(qtbot, dialog, tmp_path / "new sheet.pdf", monkeypatch)

    def right_password(dialog: PasswordPromptDialog) -> None:
        state["error"] = dialog.error_label.text()
        assert dialog.password_edit.text() == ""  # cleared after use
        qtbot.keyClicks(dialog.password_edit, DIRECTOR_PW)
        on_dialog(sheet, RecoverySheetDialog)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    def wrong_password(dialog: PasswordPromptDialog) -> None:
        assert "old Recovery Sheet stops working" in dialog.intro_label.text()
        qtbot.keyClicks(dialog.password_edit, "not my password at all")
        on_dialog(right_password, PasswordPromptDialog)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    on_dialog(wrong_password, PasswordPromptDialog)
    press(qtbot, page.new_sheet_button)
    qtbot.waitUntil(lambda: "code" in state, timeout=10_000)
    assert state["error"] == "Your password is not right."
    assert "Destroy the old one" in page.message_label.text()
    assert desk.audit.count(AuditFilter(action=Action.RECOVERY_SHEET_SAVED)) == 1

    desk.auth.sign_out()
    with pytest.raises(ShelterDeskError):
        desk.auth.sign_in_with_recovery(old_code)
    ticket = desk.auth.sign_in_with_recovery(str(state["code"]))
    assert [d[0] for d in ticket.directors] == [DIRECTOR]


def test_closing_the_sheet_early_asks_first(qtbot, page, desk, monkeypatch, on_dialog):
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    state = {}

    def sheet(dialog: RecoverySheetDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        state["still_open"] = dialog.isVisible()
        answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        state["wiped"] = dialog.panel.code_label.text() == ""

    def password(dialog: PasswordPromptDialog) -> None:
        qtbot.keyClicks(dialog.password_edit, DIRECTOR_PW)
        on_dialog(sheet, RecoverySheetDialog)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    on_dialog(password, PasswordPromptDialog)
    press(qtbot, page.new_sheet_button)
    qtbot.waitUntil(lambda: "wiped" in state, timeout=10_000)
    assert asked and "old Recovery Sheet no longer works" in asked[0]
    assert state == {"still_open": True, "wiped": True}


def test_change_the_data_key_then_the_others_use_their_temporary_passwords(
        qtbot, page, desk, tmp_path, monkeypatch, on_dialog):
    add_staff(desk, "maya", Role.FRONT_DESK)
    state: dict[str, object] = {}

    def result(dialog: RecoverySheetDialog) -> None:
        table = dialog.temp_table
        rows = {table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text())
                for r in range(table.rowCount())}
        state["temps"] = rows
        state["code"] = keep_sheet(qtbot, dialog, tmp_path / "after key change.pdf", monkeypatch)
        state["cleared"] = table.rowCount() == 0 or table.item(0, 2) is None

    def password(dialog: PasswordPromptDialog) -> None:
        text = dialog.intro_label.text()
        assert "Old backups still open with the old key and the old Recovery Sheet" in text
        assert "Everyone else gets a temporary password" in text
        qtbot.keyClicks(dialog.password_edit, DIRECTOR_PW)
        on_dialog(result, RecoverySheetDialog)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    on_dialog(password, PasswordPromptDialog)
    press(qtbot, page.change_key_button)
    qtbot.waitUntil(lambda: "cleared" in state, timeout=20_000)
    temps = state["temps"]
    assert list(temps) == ["maya"] and temps["maya"][0] == "Maya"
    assert state["cleared"]
    assert "Old backups still open" in page.message_label.text()

    desk.auth.lock()
    with pytest.raises(WrongPassword):
        desk.auth.sign_in("maya", STAFF_PW)
    who = desk.auth.sign_in("maya", temps["maya"][1])
    assert who.must_change_password
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)  # the director keeps their own password
    assert desk.audit.verify().intact


def test_printing_the_sheet_is_audited_and_opens_the_check(qtbot, desk, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from shelter_desk.gui.recovery_sheet_panel import RecoverySheetPanel

    printed = tmp_path / "printed"
    printed.mkdir()
    out = printed / "printer.pdf"

    def choose_pdf_printer(dialog: QPrintDialog) -> QDialog.DialogCode:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    panel = RecoverySheetPanel(desk)
    qtbot.addWidget(panel)
    panel.set_code("7XK2M-9QF4T-ABCDE-12345-PQRST-VW9YZ")
    assert not panel.check_edit.isEnabled() and not panel.kept_check.isEnabled()
    press(qtbot, panel.print_button)
    assert pdf_page_count(out.read_bytes()) == 1
    assert list(printed.iterdir()) == [out]
    assert desk.audit.count(AuditFilter(action=Action.RECOVERY_SHEET_PRINTED)) == 1
    assert panel.check_edit.isEnabled()
    qtbot.keyClicks(panel.check_edit, "vw9yz")
    press(qtbot, panel.kept_check)
    assert panel.is_confirmed()
    panel.check_edit.clear()
    qtbot.keyClicks(panel.check_edit, "VW9Y2")  # one wrong character
    assert not panel.is_confirmed()
    assert "does not match" in panel.check_hint.text()
    panel.wipe()
    assert panel.code_label.text() == "" and not panel.is_confirmed()


def test_the_screen_locks_at_once_over_a_new_sheet_and_nothing_breaks(qtbot, main_window, desk, monkeypatch, on_dialog):
    """The idle lock must not wait behind "Close without keeping the sheet?" with the code on
    screen, and the page that made the sheet is gone when the dialog returns."""
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    security = main_window.app_area.page_of(AdminPage).security_page
    state: dict[str, object] = {}

    def sheet(dialog: RecoverySheetDialog) -> None:
        state["dialog"] = dialog
        main_window.lock(reason="idle")
        state["locked_screen"] = main_window.stack.currentWidget() is main_window.sign_in_screen

    def password(dialog: PasswordPromptDialog) -> None:
        qtbot.keyClicks(dialog.password_edit, DIRECTOR_PW)
        on_dialog(sheet, RecoverySheetDialog)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    on_dialog(password, PasswordPromptDialog)
    security.new_recovery_sheet()  # returns after the lock closed the sheet, without an error
    qtbot.waitUntil(lambda: "locked_screen" in state, timeout=10_000)
    qtbot.wait(100)
    assert asked == []
    assert state["locked_screen"] and desk.locked
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoverySheetDialog) and w.isVisible()]


def test_a_new_code_that_finishes_behind_the_lock_is_shown_after_unlock(qtbot, main_window, desk, monkeypatch, on_dialog):
    """The page that asked is destroyed by the lock; the new code must not be lost with it."""
    import threading

    from tests.gui.test_lock import unlock

    security = main_window.app_area.page_of(AdminPage).security_page
    release, made = threading.Event(), threading.Event()
    real = desk.accounts.new_recovery_code

    def slow_new_code(password: str) -> str:
        code = real(password)  # made while signed in...
        made.set()
        release.wait(10)  # ...and handed back only after the screen was locked
        return code

    monkeypatch.setattr(desk.accounts, "new_recovery_code", slow_new_code)
    messages = collect_messages(monkeypatch)  # nothing may wait for a click unseen
    shown: dict[str, str] = {}

    def password(dialog: PasswordPromptDialog) -> None:
        qtbot.keyClicks(dialog.password_edit, DIRECTOR_PW)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    on_dialog(password, PasswordPromptDialog)
    security.new_recovery_sheet()
    qtbot.waitUntil(made.is_set, timeout=5000)
    main_window.lock(reason="Ctrl+L")  # before the new code reached the screen
    release.set()
    qtbot.wait(300)  # the worker finishes behind the lock screen; nothing is shown there
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoverySheetDialog) and w.isVisible()]

    def sheet(dialog: RecoverySheetDialog) -> None:
        shown["code"] = dialog.panel.code_label.text()
        answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        dialog.reject()

    on_dialog(sheet, RecoverySheetDialog)
    activate(qtbot, main_window)
    unlock(qtbot, main_window)
    qtbot.waitUntil(lambda: "code" in shown, timeout=5000)
    assert messages == []
    desk.auth.sign_out()
    assert desk.auth.sign_in_with_recovery(shown["code"]).directors
