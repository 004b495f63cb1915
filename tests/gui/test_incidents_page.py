"""The Incidents screen, the incident window and her file's tab, driven with real widgets:
the kinds of incident kept from the keyboard, filters, roles, a stale save refused with the
typing kept, a future time refused, a draft kept by Esc and thrown away, a signed-off incident
read-only for everyone, her part shown only to house managers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_desk.desk import Desk
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.incident_dialog import IncidentDialog
from shelter_desk.gui.meal_dialogs import MealNameDialog
from shelter_desk.gui.pages.incidents import IncidentKindsDialog, IncidentsPage
from shelter_desk.gui.resident_incidents_tab import IncidentsTab
from shelter_desk.gui.resident_file import ResidentFileView
from shelter_desk.permissions import Role
from shelter_desk.services.incident_views import IncidentEdit, IncidentFilter, PersonInput
from tests.conftest import add_staff
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, rooms, sign_in_as, take_in, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


def recorded(desk: Desk, rosa: int, *, severity: str = "low", hours_ago: int = 2) -> int:
    kind = desk.incidents.types()[0].id
    incident_id, _ = desk.incidents.record(None, IncidentEdit(
        occurred_at=desk.now() - timedelta(hours=hours_ago), type_id=kind, severity=severity,
        narrative_during="Raised voices in the hall.", people=[PersonInput("resident", "affected", resident_id=rosa)]))
    return incident_id


def test_a_house_manager_keeps_the_kinds_of_incident(qtbot, desk, signals, on_dialog):
    sign_in_as(desk, "manager", Role.HOUSE_MANAGER)
    page = show_active(qtbot, IncidentsPage(desk, signals))
    assert page.kinds_button.isVisible()
    done = []

    def name(text: str):  # noqa: ANN202
        def fill(dialog: MealNameDialog) -> None:
            type_text(dialog.name_edit, text)
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        return guarded(fill)

    def change(dialog: IncidentKindsDialog) -> None:
        assert dialog.model.rowCount() == 12
        on_dialog(name("Missed curfew"), MealNameDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
        activate(qtbot, dialog)
        assert dialog.selected().name == "Missed curfew" and "was added" in dialog.message_label.text()
        dialog.table.selectRow(0)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # no longer offered
        assert "no longer offered" in dialog.message_label.text()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
        done.append(True)

    on_dialog(guarded(change), IncidentKindsDialog)
    page.edit_kinds()
    assert done
    kinds = {k.name: k.active for k in desk.incidents.types(include_retired=True)}
    assert kinds["Missed curfew"] and not kinds["Conflict between residents"]
    names = [page.kind_combo.itemText(i) for i in range(page.kind_combo.count())]
    assert "Missed curfew" in names  # the filter offers it (and keeps the retired one for old incidents)


def test_front_desk_sees_no_kinds_button_and_no_sign_off(qtbot, desk, signals, on_dialog):
    beds = rooms(desk, count=1, beds=2)
    rosa = take_in(desk, "Rosa", bed=beds[0])
    incident_id = recorded(desk, rosa)
    sign_in_as(desk, "frontdesk", Role.FRONT_DESK)
    page = show_active(qtbot, IncidentsPage(desk, signals))
    assert not page.kinds_button.isVisible()
    seen = {}

    def look(dialog: IncidentDialog) -> None:
        seen["sign_off"] = dialog.sign_off_button.isVisible()
        seen["save"] = dialog.save_button.text().replace("&", "")
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Escape)

    on_dialog(guarded(look), IncidentDialog)
    page.table.selectRow(0)
    page.open_incident()
    assert seen == {"sign_off": False, "save": "Save changes"}
    assert page.model.row(0).id == incident_id


def test_filters_narrow_the_list(qtbot, desk, signals):
    beds = rooms(desk, count=1, beds=2)
    rosa = take_in(desk, "Rosa", bed=beds[0])
    ana = take_in(desk, "Ana", bed=beds[1])
    recorded(desk, rosa, severity="high")
    recorded(desk, ana, severity="low", hours_ago=30)
    desk.incidents.save_draft(None, IncidentEdit(narrative_during="half"))
    page = show_active(qtbot, IncidentsPage(desk, signals))
    assert page.model.rowCount() == 3
    assert "2 waiting for sign-off" in page.summary_label.text() and "1 drafts" in page.summary_label.text()
    page.severity_combo.setCurrentIndex(page.severity_combo.findData("high"))
    assert [page.model.row(r).residents for r in range(page.model.rowCount())] == [("Rosa",)]
    page.severity_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    assert [page.model.row(r).status for r in range(page.model.rowCount())] == ["draft"]
    page.status_combo.setCurrentIndex(0)
    page.from_field.setText("2001-01-02")
    page.to_field.setText("2001-01-01")
    page.refresh()
    assert "first day is after the last day" in page.filter_error.text()
    page.from_field.setText("")
    page.to_field.setText("")
    page.resident_picker.set_resident(ana)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).residents == ("Ana",)


def test_a_stale_save_is_refused_and_the_typing_kept_and_the_future_refused(qtbot, desk, signals):
    beds = rooms(desk, count=1, beds=2)
    rosa = take_in(desk, "Rosa", bed=beds[0])
    incident_id = recorded(desk, rosa)
    dialog = show_active(qtbot, IncidentDialog(None, desk, incident_id))
    try:
        other = desk.incidents.open_incident(incident_id)  # someone else corrects it meanwhile
        edit = other.edit
        edit.location = "Hall"
        desk.incidents.update(incident_id, edit, other.version)
        dialog.during_edit.setFocus()
        type_text(dialog.during_edit, " Then quiet.")
        qtbot.keyClick(dialog.during_edit, Qt.Key.Key_Return, CTRL)
        assert dialog.isVisible() and "Someone else changed this record" in dialog.message_label.text()
        assert "Then quiet." in dialog.during_edit.text()
    finally:
        dialog.reject()
    new = show_active(qtbot, IncidentDialog(None, desk))
    try:
        qtbot.keyClick(new.kind_combo, Qt.Key.Key_Down)
        new.severity_combo.setCurrentIndex(1)
        tomorrow = desk.today() + timedelta(days=1)
        new.day_field.set_value(tomorrow)
        new.during_edit.setText("Something")
        qtbot.keyClick(new.during_edit, Qt.Key.Key_Return, CTRL)
        assert new.isVisible() and "cannot be in the future" in " ".join(
            label.text() for label in new.findChildren(type(new.message_label)) if label.isVisible())
    finally:
        new.reject()


def test_esc_keeps_a_draft_and_it_can_be_thrown_away(qtbot, desk, signals, monkeypatch):
    dialog = show_active(qtbot, IncidentDialog(None, desk))
    dialog.during_edit.setFocus()
    type_text(dialog.during_edit, "A car parked across the drive")
    qtbot.keyClick(dialog.during_edit, Qt.Key.Key_Escape)  # at once: no wait for the autosave
    assert not dialog.isVisible()
    drafts = desk.incidents.incidents(IncidentFilter(status="draft"))
    assert len(drafts) == 1
    again = show_active(qtbot, IncidentDialog(None, desk, drafts[0].id))
    assert again.during_edit.text() == "A car parked across the drive" and again.discard_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again.discard()
    assert not again.isVisible() and desk.incidents.incidents() == []


def test_signed_off_is_read_only_and_her_part_is_for_house_managers(qtbot, desk, signals):
    beds = rooms(desk, count=1, beds=2)
    rosa = take_in(desk, "Rosa", bed=beds[0])
    incident_id = recorded(desk, rosa)
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    sign_in_as(desk, "manager", Role.HOUSE_MANAGER)
    version = desk.incidents.open_incident(incident_id).version
    desk.incidents.sign_off(incident_id, "Talked it through.", "", version)
    dialog = show_active(qtbot, IncidentDialog(None, desk, incident_id))
    try:
        assert not dialog.save_button.isVisible() and dialog.during_edit.isReadOnly()
        assert not dialog.kind_combo.isEnabled() and dialog.amend_button.isVisible()
        assert "Talked it through." in dialog.review_label.text()
    finally:
        dialog.reject()
    for role, shown in ((Role.HOUSE_MANAGER, "Harmed or targeted"), (Role.FRONT_DESK, "")):
        sign_in_as(desk, "manager" if role is Role.HOUSE_MANAGER else "frontdesk")
        view = show_active(qtbot, ResidentFileView(desk, desk.residents.open_file(rosa)))
        tab = view.incidents_tab
        assert isinstance(tab, IncidentsTab)
        view.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda t=tab: t.model.rowCount() == 1)
        assert tab.model.columnCount() == (8 if shown else 7)  # front desk: no such column at all
        assert (tab.model.row(0).role is None) == (shown == "")  # and the service did not send it
        if shown:
            assert tab.model.index(0, 7).data() == shown
        view.close()
    QApplication.processEvents()
