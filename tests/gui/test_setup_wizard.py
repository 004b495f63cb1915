"""The first-run wizard, driven from the keyboard, makes a real vault and a real Recovery Sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import select

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.gui.setup_wizard import (
    PAGE_DIRECTOR,
    PAGE_DONE,
    PAGE_RECOVERY,
    PAGE_SECURING,
    PAGE_SHELTER,
    PAGE_WELCOME,
    SetupWizard,
)
from shelter_desk.permissions import Role
from shelter_desk.services.audit_trail import AuditFilter
from shelter_desk.storage.models import AuditEvent
from tests.gui.admin_helpers import (
    answer_questions,
    dark_pixel_share,
    pdf_page_count,
    render_first_page,
    save_dialog_answers,
)

PASSWORD = "kettle orbit violet jam"


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> SetupWizard:
    # Not qtbot.addWidget: its closing would ask "leave the setup?" and wait for a click.
    wizard = SetupWizard(tmp_path / "vault")
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    close_quietly(wizard)


def close_quietly(wizard: SetupWizard) -> None:
    """Close without the "leave the setup?" question (which would wait for a click)."""
    if wizard.result_setup is not None:
        wizard.result_setup.desk.close()
        wizard.result_setup = None
    wizard.close()
    wizard.deleteLater()


def next_button(wizard: SetupWizard):
    button = wizard.button(QWizard.WizardButton.CommitButton)
    return button if button.isVisible() else wizard.button(QWizard.WizardButton.NextButton)


def fill_until_secured(qtbot, wizard: SetupWizard, password: str = PASSWORD) -> None:
    assert wizard.currentId() == PAGE_WELCOME
    enter(qtbot, wizard)
    assert wizard.currentId() == PAGE_SHELTER
    name = wizard.shelter_page.ui.nameEdit
    assert wizard.focusWidget() is name
    qtbot.keyClicks(name, "Harbor House")
    enter(qtbot, name)
    assert wizard.currentId() == PAGE_DIRECTOR
    page = wizard.director_page
    assert wizard.focusWidget() is page.ui.displayNameEdit
    qtbot.keyClicks(page.ui.displayNameEdit, "Dana Reyes")
    assert page.ui.usernameEdit.text() == "dana"  # suggested from the name
    qtbot.keyClick(page.ui.displayNameEdit, Qt.Key.Key_Tab)
    qtbot.keyClick(page.ui.usernameEdit, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.fields.new_edit
    qtbot.keyClicks(page.fields.new_edit, password)
    qtbot.keyClick(page.fields.new_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.fields.repeat_edit, password)
    enter(qtbot, page.fields.repeat_edit)
    assert wizard.currentId() == PAGE_SECURING
    qtbot.waitUntil(lambda: wizard.securing_page.isComplete(), timeout=15_000)


def test_whole_setup_from_the_keyboard(qtbot, wizard: SetupWizard, tmp_path: Path, monkeypatch):
    fill_until_secured(qtbot, wizard)
    vault = tmp_path / "vault"
    assert (vault / "shelter.db").is_file() and (vault / "shelter.keys").is_file()
    securing = wizard.securing_page
    assert "on this computer" in securing.time_label.text()
    assert "tied to this computer's password store" in securing.binding_label.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # no way back once made

    enter(qtbot, wizard.focusWidget())
    assert wizard.currentId() == PAGE_RECOVERY
    panel = wizard.recovery_page.panel
    code = wizard.result_setup.recovery_code
    assert panel.code_label.text() == code
    assert not next_button(wizard).isEnabled()

    target = tmp_path / "kept" / "Recovery Sheet.pdf"
    target.parent.mkdir()
    asked = save_dialog_answers(monkeypatch, target)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)  # Print -> Save as PDF
    assert wizard.focusWidget() is panel.save_button
    qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
    assert asked and asked[0].endswith("Recovery Sheet.pdf")
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pdf_page_count(pdf) == 1
    assert dark_pixel_share(render_first_page(pdf)) > 0.005  # a page with writing on it
    assert list(target.parent.iterdir()) == [target]  # no temporary file left beside it

    # The gate: the last group of five (forgiving about case), and the promise.
    assert wizard.focusWidget() is panel.check_edit
    qtbot.keyClicks(panel.check_edit, code.split("-")[0])
    assert not next_button(wizard).isEnabled()
    panel.check_edit.clear()
    qtbot.keyClicks(panel.check_edit, code.split("-")[-1].lower())
    assert not next_button(wizard).isEnabled()
    qtbot.keyClick(panel.check_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.kept_check, Qt.Key.Key_Space)
    assert next_button(wizard).isEnabled()
    enter(qtbot, panel.kept_check)

    assert wizard.currentId() == PAGE_DONE
    assert panel.code_label.text() == "" and panel.check_edit.text() == ""
    assert wizard.result_setup.recovery_code == ""
    enter(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    desk = wizard.result_setup.desk
    assert desk.current.username == "dana" and desk.current.role == Role.DIRECTOR
    saved = desk.audit.events(AuditFilter(action=Action.RECOVERY_SHEET_SAVED), offset=0, limit=10)
    assert len(saved) == 1

    # A real vault: the program can be started again and the director signs in.
    desk.close()
    again = Desk.open(vault)
    try:
        assert again.auth.sign_in("dana", PASSWORD).display_name == "Dana Reyes"
        assert again.settings.shelter_name() == "Harbor House"
        with again.read() as session:
            actions = set(session.scalars(select(AuditEvent.action)))
        assert {Action.VAULT_CREATED, Action.RECOVERY_SHEET_SAVED} <= actions
    finally:
        again.close()


@pytest.mark.parametrize(
    ("password", "repeat", "expected"),
    [
        ("short", "short", "at least 12"),
        ("password1234", "password1234", "most common"),
        ("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "too easy"),
        ("harbor house lights", "harbor house lights", "shelter's name"),
        ("kettle orbit violet jam", "kettle orbit violet ham", "not the same"),
    ],
)
def test_password_rules_keep_next_off(qtbot, wizard: SetupWizard, password, repeat, expected):
    wizard.next()
    qtbot.keyClicks(wizard.shelter_page.ui.nameEdit, "Harbor House")
    wizard.next()
    page = wizard.director_page
    qtbot.keyClicks(page.ui.displayNameEdit, "Dana Reyes")
    qtbot.keyClicks(page.fields.new_edit, password)
    qtbot.keyClicks(page.fields.repeat_edit, repeat)
    shown = (page.fields.strength_label.text() + " " + page.fields.match_label.text()).lower()
    assert expected.lower() in shown
    assert not next_button(wizard).isEnabled()
    assert page.fields.password() == ""
    enter(qtbot, page.fields.repeat_edit)
    assert wizard.currentId() == PAGE_DIRECTOR
    assert page.fields.new_edit.text() == password  # nothing typed is lost


def test_username_suggestion_stops_once_typed(qtbot, wizard: SetupWizard):
    wizard.next()
    qtbot.keyClicks(wizard.shelter_page.ui.nameEdit, "Casa Esperanza")
    wizard.next()
    page = wizard.director_page
    page.ui.displayNameEdit.insert("José")  # QTest cannot type accented letters
    assert page.ui.usernameEdit.text() == "jose"
    page.ui.usernameEdit.clear()
    qtbot.keyClicks(page.ui.usernameEdit, "director")
    page.ui.displayNameEdit.insert(" Núñez")
    assert page.ui.usernameEdit.text() == "director"
    qtbot.keyClicks(page.ui.usernameEdit, " x")
    assert "spaces are not" in page.ui.usernameHint.text()


def test_a_failure_says_why_and_try_again_works(qtbot, tmp_path: Path):
    blocker = tmp_path / "vault"
    blocker.write_text("not a folder")
    wizard = SetupWizard(blocker / "inside")
    wizard.show()
    try:
        wizard.next()
        qtbot.keyClicks(wizard.shelter_page.ui.nameEdit, "Harbor House")
        wizard.next()
        page = wizard.director_page
        qtbot.keyClicks(page.ui.displayNameEdit, "Dana Reyes")
        qtbot.keyClicks(page.fields.new_edit, PASSWORD)
        qtbot.keyClicks(page.fields.repeat_edit, PASSWORD)
        wizard.next()
        securing = wizard.securing_page
        qtbot.waitUntil(lambda: securing.retry_button.isVisible(), timeout=15_000)
        assert "could not read or write a file" in securing.error_label.text()
        assert not next_button(wizard).isEnabled()
        assert wizard.focusWidget() is securing.retry_button

        blocker.unlink()
        qtbot.keyClick(securing.retry_button, Qt.Key.Key_Space)
        qtbot.waitUntil(securing.isComplete, timeout=15_000)
        assert (blocker / "inside" / "shelter.db").is_file()
        assert not securing.error_label.isVisible()
    finally:
        close_quietly(wizard)


def test_leaving_before_the_sheet_is_kept_asks_first(qtbot, wizard: SetupWizard, tmp_path: Path, monkeypatch):
    fill_until_secured(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == PAGE_RECOVERY
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked and "Recovery Sheet" in asked[0]
    assert wizard.isVisible() and wizard.result_setup is not None

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.result_setup is None and wizard.vault_created
    assert wizard.recovery_page.panel.code_label.text() == ""
    # The vault stays; the director signs in as usual.
    desk = Desk.open(tmp_path / "vault")
    try:
        desk.auth.sign_in("dana", PASSWORD)
    finally:
        desk.close()
