"""Issue 4, done when: the front desk runs a full day of daily needs in one real window.

The director prepared the house (rooms, three residents, one with two children, a clinic
on the list of places, donated winter coats, two appointments today, a request for a
coat). "frontdesk" signs in on the sign-in screen and, from then on, presses keys where
the focus is:
- Ctrl+4 Meals: breakfast, lunch and dinner marked for everyone (Space down a column,
  Ctrl+Shift+M for the others).
- Ctrl+5 Supplies: Enter on the waiting request, Enter in the hand-out: the coat is given
  and the stock drops.
- Ctrl+6 Appointments: Ctrl+N books tomorrow's clinic visit with a ride and an escort.
- Later that day: Alt+S lists the past appointments still booked; Enter records how each
  went (one went, one missed).
- Ctrl+P prints the day sheet of tomorrow's rides (from the appointments) and the Kitchen
  Sheet (from the meals); both PDFs are read back: what drivers and the kitchen need, no
  legal name, no appointment kind.
After each step the Today board (Ctrl+1) counts it, without anyone refreshing it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from shelter_desk.audit import Action
from shelter_desk.clock import ManualClock
from shelter_desk.desk import Desk
from shelter_desk.gui import printing
from shelter_desk.gui.appointment_dialogs import AppointmentDialog, SettleDialog
from shelter_desk.gui.meals_model import FIRST_MEAL
from shelter_desk.gui.pages.appointments import AppointmentsPage
from shelter_desk.gui.pages.meals import MealsPage
from shelter_desk.gui.pages.supplies import SuppliesPage
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.gui.supply_dialogs import HandOutDialog
from shelter_desk.gui.today_needs import COL_NAME, COL_STATUS
from shelter_desk.permissions import Role
from shelter_desk.services.needs_views import AppointmentDetails
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen
from tests.gui.conftest import make_window
from tests.gui.resident_helpers import guarded, take_in, type_text
from tests.gui.test_residents_workflow import back_to, focused, go, press, sign_in

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
LEGAL = "Esperanza Villanueva Ortiz"


@pytest.fixture
def house(desk: Desk, vault_dir: Path, clock: ManualClock) -> Iterator[tuple[Desk, dict[str, int]]]:
    """The director's preparations; then the program starts again with nobody signed in."""
    assert desk.now().astimezone().hour < 10, "the story starts in the morning"
    desk.beds.add_room("Garden room", "", 3)
    beds = [b.bed_id for b in desk.beds.board()]
    start = desk.today() - timedelta(days=5)
    ids = {
        "Rosa": take_in(desk, "Rosa", bed=beds[0], intake=start, household=2, legal_name=LEGAL),
        "Zoë": take_in(desk, "Zoë", bed=beds[1], intake=start),
        "Amara": take_in(desk, "Amara", bed=beds[2], intake=start),
    }
    set_diet(desk, ids["Rosa"], "Vegetarian", "Peanuts")
    ids["clinic"] = desk.appointments.add_provider("Fictional Health Clinic", "12 Example Street", "555-0101")
    coats = next(k.id for k in desk.supplies.kinds() if k.code == "clothing")
    desk.supplies.receive(coats, "Winter coat", "M", 3, low_at=1)
    ids["request"] = desk.supplies.request(ids["Zoë"], coats, "Winter coat", "M", 1, "urgent", "Job interview")
    now = desk.now().astimezone()
    soon = now.hour * 60 + now.minute + 30
    desk.appointments.book(AppointmentDetails(ids["Rosa"], desk.today(), soon, "dental", provider_id=ids["clinic"]))
    desk.appointments.book(AppointmentDetails(ids["Amara"], desk.today(), soon + 60, "court",
                                              place="Fictional County Court", escort="Jo"))
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    fresh = reopen(vault_dir, clock, desk)
    yield fresh, ids
    fresh.close()


def set_diet(desk: Desk, resident_id: int, diet: str, allergies: str) -> None:
    file = desk.residents.open_file(resident_id)
    desk.residents.update(resident_id, replace(file.person(), dietary_needs=diet, allergies=allergies), file.version)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_full_day_of_meals_supplies_and_appointments(qtbot, house, clock, on_dialog, monkeypatch):
    desk, ids = house
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, pdf, title: printed.append((pdf, title)) or True)
    window = make_window(qtbot, desk)
    try:
        sign_in(qtbot, window, "frontdesk", STAFF_PW)
        today_page = window.app_area.page_of(TodayPage)
        needs = today_page.needs
        assert "Breakfast: not marked yet" in needs.meals_label.text()
        assert "cooks for 5 today" in needs.meals_label.text()  # three residents and two children

        # --- Meals: three meals for everyone --------------------------------------------------------
        meals = go(qtbot, window, 4, MealsPage)
        press(qtbot, Qt.Key.Key_R, ALT)  # the roster
        assert focused() is meals.table
        table = meals.table
        table.setCurrentIndex(meals.model.index(0, FIRST_MEAL))
        for _ in range(3):  # breakfast: Space down the column
            press(qtbot, Qt.Key.Key_Space)
        for _ in range(2):  # lunch and dinner: one key each
            press(qtbot, Qt.Key.Key_Right)
            press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
        roster = desk.meals.roster(desk.today())
        assert [c.total for c in roster.counts] == [5, 5, 5]
        qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)  # the Kitchen Sheet
        qtbot.waitUntil(lambda: len(printed) == 1, timeout=10_000)
        kitchen = pdf_text(printed[0][0])
        assert "Kitchen Sheet" in kitchen and "Rosa" in kitchen and "Peanuts" in kitchen and LEGAL not in kitchen
        back_to(qtbot, window)

        # --- Supplies: the requested coat handed out --------------------------------------------------
        supplies = go(qtbot, window, 5, SuppliesPage)
        supplies.requests_table.setFocus()

        def enter(dialog: HandOutDialog) -> None:
            assert dialog.heading_label.text() == "Hand out to Zoë"
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

        on_dialog(guarded(enter), HandOutDialog)
        press(qtbot, Qt.Key.Key_Return)
        back_to(qtbot, window)
        assert "2 left in stock" in supplies.message_label.text()
        assert desk.supplies.requests() == []

        # --- Appointments: tomorrow's clinic visit with a ride -----------------------------------------
        appointments = go(qtbot, window, 6, AppointmentsPage)
        appointments.table.setFocus()
        tomorrow = desk.today() + timedelta(days=1)

        def book(dialog: AppointmentDialog) -> None:
            form = dialog.form
            type_text(form.picker.lineEdit(), "rosa")
            qtbot.keyClick(form.picker, Qt.Key.Key_Tab)
            qtbot.keyClick(form.day_edit, Qt.Key.Key_A, CTRL)
            qtbot.keyClicks(form.day_edit, tomorrow.isoformat())
            qtbot.keyClick(form.day_edit, Qt.Key.Key_Tab)
            qtbot.keyClicks(form.time_edit, "830")
            qtbot.keyClick(form.time_edit, Qt.Key.Key_Tab)
            qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
            qtbot.keyClick(form.place_combo, Qt.Key.Key_Down)
            qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)  # needs a ride
            qtbot.waitUntil(form.ride_check.isChecked)
            qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
            qtbot.keyClicks(form.ride_edit, "Sam drives the van, leave 8:00")
            qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
            qtbot.keyClicks(form.escort_edit, "Sam")
            qtbot.keyClick(form.escort_edit, Qt.Key.Key_Return, CTRL)

        on_dialog(guarded(book), AppointmentDialog)
        press(qtbot, Qt.Key.Key_N, CTRL)
        back_to(qtbot, window)
        [visit] = desk.appointments.on_day(tomorrow)
        assert (visit.alias, visit.start_minute, visit.place_name, visit.transport_needed, visit.escort) == \
            ("Rosa", 8 * 60 + 30, "Fictional Health Clinic", True, "Sam")
        press(qtbot, Qt.Key.Key_P, CTRL)  # the day sheet of the day shown: tomorrow's rides
        qtbot.waitUntil(lambda: len(printed) == 2, timeout=10_000)
        rides = " ".join(pdf_text(printed[1][0]).split())  # table cells wrap
        assert "Rosa" in rides and "12 Example Street" in rides and "Sam drives the van" in rides
        assert LEGAL not in rides and "Medical" not in rides

        # --- Later: today's appointments are settled ------------------------------------------------------
        clock.advance(hours=3)
        press(qtbot, Qt.Key.Key_S, ALT)  # the list to settle
        qtbot.waitUntil(lambda: appointments.model.rowCount() == 2)

        def outcome(radio: str):  # noqa: ANN202
            def run(dialog: SettleDialog) -> None:
                qtbot.keyClick(dialog.radios[radio], Qt.Key.Key_Space)
                qtbot.keyClick(dialog.radios[radio], Qt.Key.Key_Return)
            return run

        for radio in ("attended", "missed"):
            appointments.table.setFocus()
            appointments.table.selectRow(0)
            on_dialog(guarded(outcome(radio)), SettleDialog)
            press(qtbot, Qt.Key.Key_Return)
            back_to(qtbot, window)
        assert [a.status for a in desk.appointments.on_day(desk.today())] == ["attended", "missed"]
        assert desk.appointments.to_settle() == []

        # --- The Today board counted all of it -------------------------------------------------------------
        go(qtbot, window, 1, TodayPage)
        qtbot.waitUntil(lambda: "Handed out today: 1 item to 1 resident" in needs.supplies_label.text())
        assert "Breakfast: 5 eaten" in needs.meals_label.text() and "Dinner: 5 eaten" in needs.meals_label.text()
        assert "No requests are waiting" in needs.supplies_label.text()
        assert not needs.to_settle_label.isVisible()
        model = needs.today_list.model
        assert [(model.index(r, COL_NAME).data(), model.index(r, COL_STATUS).data())
                for r in range(model.rowCount())] == [("Rosa", "Went"), ("Amara", "Missed")]
        assert [needs.tomorrow_list.model.row(r).alias for r in range(needs.tomorrow_list.model.rowCount())] == \
            ["Rosa"]
    finally:
        window.session.stop()
    # Every step is in the audit trail under her account, with no alias, item or place in any summary.
    reopened = audit_as_director(desk)
    actions = {e.action for e in reopened if e.actor_name == "frontdesk"}
    assert {Action.MEAL_MARKED, Action.KITCHEN_SHEET_MADE, Action.SUPPLY_HANDED_OUT, Action.APPOINTMENT_BOOKED,
            Action.DAY_SHEET_MADE, Action.APPOINTMENT_SETTLED} <= actions
    for event in reopened:
        for alias in ("Rosa", "Zoë", "Amara", "Winter coat", "Fictional"):
            assert alias not in event.summary


def audit_as_director(desk: Desk) -> list:
    if desk.current is not None and not desk.locked:
        desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    return desk.audit.events(limit=500)
