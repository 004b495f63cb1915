"""Her file's Daily needs tab: her appointments and supplies, and the actions with her already chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.appointment_dialogs import AppointmentDialog
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.residents import ResidentsPage
from shelter_desk.gui.resident_needs_tab import A_STATUS, S_STATE, S_WHAT
from shelter_desk.gui.supply_dialogs import HandOutDialog, RequestDialog
from shelter_desk.services.needs_views import AppointmentDetails
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, rooms, take_in

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def open_file(qtbot, desk: Desk) -> Iterator[Callable[[int], ResidentsPage]]:  # noqa: ANN001
    made: list[DeskSignals] = []

    def open_(resident_id: int) -> ResidentsPage:
        apply_look(QApplication.instance())  # type: ignore[arg-type]
        signals = DeskSignals(desk)
        made.append(signals)
        page = show_active(qtbot, ResidentsPage(desk, signals))
        page.open_resident(resident_id)
        return page

    yield open_
    for signals in made:
        signals.stop()


def texts(model, column: int) -> list[str]:  # noqa: ANN001
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_her_needs_are_listed_and_each_action_opens_with_her_chosen(qtbot, desk, open_file, on_dialog):
    beds = rooms(desk, 1, 3)
    ana = take_in(desk, "Ana", bed=beds[0], intake=desk.today() - timedelta(days=4))
    take_in(desk, "Anabel", bed=beds[1], intake=desk.today() - timedelta(days=4))
    clothing = next(k.id for k in desk.supplies.kinds() if k.code == "clothing")
    desk.supplies.receive(clothing, "Winter coat", "M", 2)
    desk.supplies.request(ana, clothing, "Winter coat", "M", 1, "urgent")
    desk.appointments.book(AppointmentDetails(ana, desk.today() - timedelta(days=1), 10 * 60, "dental",
                                              place="Fictional Dental"))
    page = open_file(ana)
    view = page.file_view
    qtbot.keyClick(view, Qt.Key.Key_N, ALT)  # the Daily needs tab
    tab = view.needs_tab
    assert view.tabs.currentWidget() is tab
    assert texts(tab.appointments_model, A_STATUS) == ["To settle"]
    assert texts(tab.supplies_model, S_WHAT) == ["Clothing: Winter coat (M)"]
    assert texts(tab.supplies_model, S_STATE) == ["Waiting (Urgent (today))"]
    seen: dict[str, object] = {}

    def book(dialog: AppointmentDialog) -> None:
        seen["booking for"] = dialog.form.picker.resident_id()
        dialog.reject()

    on_dialog(guarded(book), AppointmentDialog)
    qtbot.keyClick(view, Qt.Key.Key_A, ALT)  # Book an appointment
    qtbot.waitUntil(lambda: "booking for" in seen)  # a button's key clicks it a moment later
    assert seen["booking for"] == ana

    def ask(dialog: RequestDialog) -> None:
        seen["request for"] = dialog.resident_picker.resident_id()
        dialog.reject()

    activate(qtbot, page)
    on_dialog(guarded(ask), RequestDialog)
    qtbot.keyClick(view, Qt.Key.Key_Q, ALT)  # Request supplies
    qtbot.waitUntil(lambda: "request for" in seen)
    assert seen["request for"] == ana

    def hand_out(dialog: HandOutDialog) -> None:
        seen["hand-out"] = (dialog.heading_label.text(), dialog.item_edit.text(), dialog.size_edit.text())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    activate(qtbot, page)
    on_dialog(guarded(hand_out), HandOutDialog)
    qtbot.keyClick(view, Qt.Key.Key_O, ALT)  # Hand out the chosen request
    qtbot.waitUntil(lambda: "hand-out" in seen)
    assert seen["hand-out"] == ("Hand out to Ana", "Winter coat", "M")
    qtbot.waitUntil(lambda: texts(tab.supplies_model, S_STATE) == ["Handed out by Dana Director"])
    assert desk.supplies.requests() == []

    # Once she has left, nothing can be booked or asked for her from the file.
    desk.residents.record_exit(desk.residents.open_file(ana).current_stay.id, desk.today(),
                               hud.DESTINATIONS[0].code)
    view.reload()
    assert not tab.book_button.isEnabled() and not tab.request_button.isEnabled()
    assert not tab.hand_out_button.isEnabled()
