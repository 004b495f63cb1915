"""Issue 6 in real windows on a real vault, from the keyboard (the issue's "done when": a
front-desk worker records a night incident with two residents involved and a follow-up, the
house manager signs it off next morning, and the amendment later shows beside the untouched
original):
front desk records an incident at 02:10 (Ctrl+8, Ctrl+N: the time is now; kind and severity by
keys; she is named with Ins; the facts typed; Ctrl+Enter records), adds a follow-up task, and the
task shows on the Today board; a house manager signs it off; anyone adds an amendment; the
incident is then locked on screen; a half-typed draft survives the screen lock (Ctrl+L); the
printout is parsed back.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_desk.audit import Action
from shelter_desk.clock import ManualClock
from shelter_desk.desk import Desk
from shelter_desk.gui import printing
from shelter_desk.gui.incident_dialog import IncidentDialog
from shelter_desk.gui.incident_dialogs import FollowUpDialog, PersonDialog, PrintChoiceDialog, TextDialog
from shelter_desk.gui.pages.incidents import IncidentsPage
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.permissions import Role
from shelter_desk.services.incident_views import IncidentFilter
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen
from tests.gui.conftest import make_window
from tests.gui.resident_helpers import guarded, rooms, take_in, type_text
from tests.gui.test_residents_workflow import back_to, go, press, sign_in

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def active(qtbot, dialog) -> None:  # noqa: ANN001
    """The dialog has the keyboard again after a smaller one closed (offscreen has no window manager)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)


FACTS = "Rosa and another resident argued loudly in the kitchen; staff separated them."


@pytest.fixture
def house(desk: Desk, vault_dir: Path, clock: ManualClock) -> Iterator[tuple[Desk, dict[str, int]]]:
    beds = rooms(desk, count=1, beds=3)
    ids = {"Rosa": take_in(desk, "Rosa", bed=beds[0]), "Ana": take_in(desk, "Ana", bed=beds[1])}
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    night = desk.now().astimezone().replace(hour=2, minute=10, second=0, microsecond=0) + timedelta(days=1)
    clock.set(night)  # the next night, 02:10 at the shelter
    fresh = reopen(vault_dir, clock, desk)
    yield fresh, ids
    fresh.close()


def test_front_desk_records_follows_up_manager_signs_off_and_anyone_amends(qtbot, house, on_dialog, monkeypatch):
    desk, ids = house
    window = make_window(qtbot, desk)
    try:
        sign_in(qtbot, window, "frontdesk", STAFF_PW)
        page = go(qtbot, window, 8, IncidentsPage)
        assert page.model.rowCount() == 0

        # --- record it ------------------------------------------------------------------------------
        def add_resident(alias: str, up: bool):  # noqa: ANN202
            def add(dialog: PersonDialog) -> None:
                assert dialog.kind_combo.currentData() == "resident"
                dialog.resident_picker.setFocus()
                type_text(dialog.resident_picker.lineEdit(), alias)
                qtbot.keyClick(dialog.resident_picker, Qt.Key.Key_Tab)
                if up:
                    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Up)  # "Harmed or targeted"
                qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Return)
            return guarded(add)

        def task(dialog: FollowUpDialog) -> None:
            type_text(dialog.what_edit, "Talk with both residents tomorrow")
            qtbot.keyClick(dialog.what_edit, Qt.Key.Key_Return)

        def record(dialog: IncidentDialog) -> None:
            assert QApplication.focusWidget() is dialog.kind_combo
            assert dialog.day_field.value() == desk.today() and dialog.time_edit.text()  # now, already
            qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # the first kind: conflict between residents
            qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
            qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_Down)  # medium
            assert dialog.time_edit.text() == "02:10"
            dialog.people_table.setFocus()
            on_dialog(add_resident("Rosa", up=True), PersonDialog)
            qtbot.keyClick(dialog.people_table, Qt.Key.Key_Insert)
            qtbot.waitUntil(lambda: dialog.people_model.rowCount() == 1, timeout=3000)
            active(qtbot, dialog)
            dialog.people_table.setFocus()
            on_dialog(add_resident("Ana", up=False), PersonDialog)
            qtbot.keyClick(dialog.people_table, Qt.Key.Key_Insert)
            qtbot.waitUntil(lambda: dialog.people_model.rowCount() == 2, timeout=3000)
            active(qtbot, dialog)
            dialog.during_edit.setFocus()
            type_text(dialog.during_edit, FACTS)
            qtbot.waitUntil(lambda: dialog.incident_id is not None, timeout=5000)  # the draft saved itself
            on_dialog(guarded(task), FollowUpDialog)
            dialog.add_task_button.setFocus()
            qtbot.keyClick(dialog.add_task_button, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: dialog.followups_model.rowCount() == 1, timeout=3000)
            active(qtbot, dialog)
            qtbot.keyClick(dialog.during_edit, Qt.Key.Key_Return, CTRL)  # record

        on_dialog(guarded(record), IncidentDialog)
        press(qtbot, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10000)
        back_to(qtbot, window)
        rows = desk.incidents.incidents()
        assert len(rows) == 1 and rows[0].status == "open" and rows[0].residents == ("Rosa", "Ana")
        assert rows[0].occurred_at.astimezone().hour == 2
        assert rows[0].severity == "medium" and rows[0].open_followups == 1
        incident_id = rows[0].id
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)

        # --- the task is on the Today board ---------------------------------------------------------
        today = go(qtbot, window, 1, TodayPage)
        qtbot.waitUntil(lambda: today.incident_tasks.model.rowCount() == 1, timeout=3000)
        assert today.incident_tasks.model.row(0).what == "Talk with both residents tomorrow"
        press(qtbot, Qt.Key.Key_L, CTRL)  # the end of her shift
        assert window.app_area is None
    finally:
        window.session.stop()

    # --- next morning a house manager signs it off, then adds an amendment ----------------------------
    house[0].clock.advance(hours=7)  # 09:10
    desk2 = desk
    window = make_window(qtbot, desk2)
    try:
        window.sign_in_screen.show_start("Harbor House")
        sign_in(qtbot, window, "manager", STAFF_PW)
        original = desk2.incidents.open_incident(incident_id).edit
        page = go(qtbot, window, 8, IncidentsPage)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
        page.table.setFocus()
        page.table.selectRow(0)

        def outcome(dialog: TextDialog) -> None:
            type_text(dialog.text_edit, "Both residents agreed to the kitchen rota.")
            qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)

        def amendment(dialog: TextDialog) -> None:
            type_text(dialog.text_edit, "Rosa later said the other resident apologised.")
            qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)

        def review(dialog: IncidentDialog) -> None:
            assert dialog.sign_off_button.isVisible()
            on_dialog(guarded(outcome), TextDialog)
            dialog.sign_off_button.setFocus()
            qtbot.keyClick(dialog.sign_off_button, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: dialog.status == "signed_off", timeout=5000)
            active(qtbot, dialog)
            assert not dialog.save_button.isVisible() and dialog.during_edit.isReadOnly()
            assert not dialog.reopen_button.isVisible()  # a director's step
            on_dialog(guarded(amendment), TextDialog)
            dialog.amend_button.setFocus()
            qtbot.keyClick(dialog.amend_button, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: dialog.info is not None and len(dialog.info.amendments) == 1, timeout=5000)
            active(qtbot, dialog)
            # the printout, aliases only, parsed back
            captured = {}
            monkeypatch.setattr(printing, "print_pdf", lambda _p, pdf, _t, printer=None: captured.setdefault("pdf", pdf)
                                or True)

            def choose(choice: PrintChoiceDialog) -> None:
                assert choice.aliases_radio.isChecked()
                choice.confirm_box.setChecked(True)
                qtbot.keyClick(choice.confirm_box, Qt.Key.Key_Return)

            on_dialog(guarded(choose), PrintChoiceDialog)
            qtbot.keyClick(dialog.during_edit, Qt.Key.Key_P, CTRL)
            qtbot.waitUntil(lambda: "pdf" in captured, timeout=10000)
            active(qtbot, dialog)
            text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(captured["pdf"])).pages)
            assert "Rosa" in text and "kitchen rota" in text and "apologised" in text
            qtbot.keyClick(dialog.during_edit, Qt.Key.Key_Escape)

        on_dialog(guarded(review), IncidentDialog)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=15000)
        back_to(qtbot, window)
        info = desk2.incidents.open_incident(incident_id)
        assert info.status == "signed_off" and info.outcome == "Both residents agreed to the kitchen rota."
        assert [a.text for a in info.amendments] == ["Rosa later said the other resident apologised."]
        assert info.edit == original  # the amendment sits beside the untouched original
        assert [p.role for p in info.people] == ["affected", "involved"]

        # --- a half-typed draft survives the screen lock -------------------------------------------------
        def half_typed(dialog: IncidentDialog) -> None:
            dialog.during_edit.setFocus()
            type_text(dialog.during_edit, "A car waited outside for an hour")
            qtbot.keyClick(dialog.during_edit, Qt.Key.Key_L, CTRL)  # locked before the draft saved itself

        on_dialog(guarded(half_typed), IncidentDialog)
        page.table.setFocus()
        press(qtbot, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: window.app_area is None, timeout=10000)
    finally:
        window.session.stop()
    desk2.auth.sign_in("manager", STAFF_PW)
    drafts = desk2.incidents.incidents(IncidentFilter(status="draft"))
    assert len(drafts) == 1
    assert desk2.incidents.open_incident(drafts[0].id).edit.narrative_during == "A car waited outside for an hour"
    desk2.auth.lock()
    desk2.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    actions = {(e.actor_name, e.action) for e in desk2.audit.events(limit=500)}
    assert {("frontdesk", Action.INCIDENT_RECORDED), ("frontdesk", Action.FOLLOWUP_ADDED),
            ("manager", Action.INCIDENT_SIGNED_OFF), ("manager", Action.INCIDENT_AMENDED),
            ("manager", Action.INCIDENT_PRINTED), ("manager", Action.INCIDENT_DRAFT_SAVED)} <= actions
    for event in desk2.audit.events(limit=500):
        assert "Rosa" not in event.summary and "kitchen" not in event.summary and "car" not in event.summary
