"""Appointments and rides: booking, double-booking warnings, day and week, settling, moving,
places and the day sheet, driven from the keyboard on a real vault (Monday 2026-01-05, 09:00)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.gui import printing
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.appointment_dialogs import AppointmentDialog, SettleDialog, parse_time
from shelter_desk.gui.appointments_model import (
    COL_DAY,
    COL_ESCORT,
    COL_PLACE,
    COL_RIDE,
    COL_STATUS,
    COL_TIME,
    TO_SETTLE_BACKGROUND,
)
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.appointments import AppointmentsPage
from shelter_desk.gui.pages.residents import ResidentsPage
from shelter_desk.gui.providers_dialog import COL_ADDRESS, PlaceDialog, ProvidersDialog
from shelter_desk.permissions import Role
from shelter_desk.services.needs_views import AppointmentDetails
from tests.conftest import add_staff
from tests.gui.admin_helpers import save_dialog_answers
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, sign_in_as, take_in, type_text
from tests.unit.test_residents import last_event

CTRL, ALT, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, \
    Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


@pytest.fixture
def house(desk: Desk) -> dict[str, int]:
    """Three residents who came a few days ago, and two places on the list."""
    today = desk.today()
    ids = {
        "Amara": take_in(desk, "Amara", intake=today - timedelta(days=3), legal_name="Amara Legalname Okafor"),
        "Rosa": take_in(desk, "Rosa", intake=today - timedelta(days=10), legal_name="Rosalind Hiddenname"),
        "Lan": take_in(desk, "Nguyễn Thị Lan", intake=today - timedelta(days=20)),
    }
    ids["clinic"] = desk.appointments.add_provider("Riverside Health Clinic", "1200 Fictional Ave", "555-0100")
    ids["dental"] = desk.appointments.add_provider("Smile Dental", "45 Elm Street")
    return ids


def book(desk: Desk, resident_id: int, days: int, minute: int, kind: str = "medical", **kw) -> int:
    details = AppointmentDetails(resident_id, desk.today() + timedelta(days=days), minute, kind, **kw)
    return desk.appointments.book(details, allow_clash=True).appointment_id


def open_page(qtbot, desk: Desk, signals: DeskSignals) -> AppointmentsPage:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = AppointmentsPage(desk, signals)
    page.resize(1200, 700)
    show_active(qtbot, page)
    page.table.setFocus()
    return page


def shown_errors(dialog) -> list[str]:  # noqa: ANN001
    return [label.text() for label in dialog.findChildren(QLabel, "errorLabel") if label.isVisible()]


def closed(dialog) -> None:  # noqa: ANN001
    """The dialog must have saved and closed (else say what it showed; ``guarded`` then closes it)."""
    if dialog.isVisible():
        raise AssertionError(f"the dialog stayed open: {shown_errors(dialog)} {dialog.message_label.text()!r}")


def column(page: AppointmentsPage, col: int) -> list[str]:
    return [page.model.index(row, col).data() for row in range(page.model.rowCount())]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_times_are_read_the_ways_people_type_them():
    assert [parse_time(t) for t in ("9:30", "09.30", "930", "0930", "14", "2:30 pm", "12 am", "12:15 PM", "23:59")] \
        == [570, 570, 570, 570, 840, 870, 0, 735, 1439]
    assert [parse_time(t) for t in ("", "24:00", "9:75", "13 pm", "half past nine", "9:3")] == [None] * 6


def test_book_tomorrows_clinic_visit_with_a_ride_and_an_escort_from_the_keyboard(qtbot, desk, signals, house,
                                                                                  on_dialog):
    page = open_page(qtbot, desk, signals)
    assert page.period_label.text() == "Today, Monday, 2026-01-05"
    assert page.empty_label.text() == "Nothing is booked on Monday, 2026-01-05. Press Ctrl+N to book one."
    seen = {}

    def fill(dialog: AppointmentDialog) -> None:
        form = dialog.form
        seen["focus"] = dialog.focusWidget() is form.picker
        seen["day"] = form.day_edit.text()  # the day shown on the page
        type_text(form.picker.lineEdit(), "ama")
        qtbot.keyClick(form.picker, Qt.Key.Key_Tab)
        qtbot.keyClick(form.day_edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(form.day_edit, "2026-01-06")
        qtbot.keyClick(form.day_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(form.time_edit, "930")
        qtbot.keyClick(form.time_edit, Qt.Key.Key_Tab)
        seen["time"] = form.time_edit.text()
        qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)  # the place: Down takes the first on the list
        qtbot.keyClick(form.place_combo, Qt.Key.Key_Down)
        seen["address"] = form.place_hint.text()
        qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)  # Needs a ride
        qtbot.waitUntil(form.ride_check.isChecked)
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
        qtbot.keyClicks(form.ride_edit, "Sam drives the van, leave 9:00")
        qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
        qtbot.keyClicks(form.escort_edit, "Sam")
        qtbot.keyClick(form.escort_edit, Qt.Key.Key_Return, CTRL)
        closed(dialog)

    on_dialog(guarded(fill), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert seen == {"focus": True, "day": "2026-01-05", "time": "09:30",
                    "address": "1200 Fictional Ave · 555-0100"}
    (line,) = desk.appointments.on_day(desk.today() + timedelta(days=1))
    assert (line.alias, line.start_minute, line.duration_minutes, line.kind, line.place_name) == \
        ("Amara", 570, 60, "medical", "Riverside Health Clinic")
    assert (line.transport_needed, line.ride, line.escort, line.status) == \
        (True, "Sam drives the van, leave 9:00", "Sam", "scheduled")
    # The page shows the day it was booked on, with it chosen.
    assert page.period_label.text() == "Tomorrow, Tuesday, 2026-01-06"
    assert page.selected().id == line.id
    assert column(page, COL_RIDE) == ["Yes: Sam drives the van, leave 9:00"]
    assert page.message_label.text() == \
        "Booked: Amara, Medical, Tue 2026-01-06 at 09:30 at Riverside Health Clinic."
    assert page.window().focusWidget() is page.table


def test_double_booking_her_or_her_escort_asks_first_and_no_keeps_nothing(qtbot, desk, signals, house, on_dialog):
    book(desk, house["Amara"], 1, 9 * 60 + 30, "dental", provider_id=house["dental"], escort="Sam")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)  # tomorrow
    seen: dict[str, object] = {}

    def answer(key: str, yes: bool):  # noqa: ANN202
        def run(box: QMessageBox) -> None:
            seen[key] = (box.text(), box.informativeText(), box.defaultButton() is box.button(
                QMessageBox.StandardButton.No))
            if yes:
                qtbot.keyClick(box, Qt.Key.Key_Y, ALT)
            else:
                qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default, No
            qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
        return guarded(run)

    def fill(dialog: AppointmentDialog) -> None:
        form = dialog.form
        type_text(form.picker.lineEdit(), "Amara")
        qtbot.keyClick(form.picker, Qt.Key.Key_Tab)
        qtbot.keyClicks(form.time_edit, "10:00")
        qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
        qtbot.keyClicks(form.place_combo.lineEdit(), "Walk-in clinic on 5th")  # not on the list
        on_dialog(answer("her", yes=False), QMessageBox)
        qtbot.keyClick(form.time_edit, Qt.Key.Key_Return, CTRL)
        seen["after no"] = (dialog.isVisible(), dialog.message_label.text(), len(desk.appointments.on_day(
            desk.today() + timedelta(days=1))))
        activate(qtbot, dialog)  # (a window manager does this when the question closes)
        # Another resident, with the same escort (typed in another case): the escort is warned about.
        form.picker.set_resident(house["Rosa"])
        qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
        qtbot.keyClicks(form.escort_edit, "sam ")
        on_dialog(answer("escort", yes=True), QMessageBox)
        qtbot.keyClick(form.escort_edit, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    on_dialog(guarded(fill), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert seen["her"] == ("Amara already has Dental at 09:30–10:30 at Smile Dental.", "Book it anyway?", True)
    assert seen["after no"][0] is True and seen["after no"][2] == 1
    assert seen["after no"][1].startswith("Nothing was saved.")
    assert seen["escort"] == ("Sam is already escorting Amara to Dental at 09:30–10:30 at Smile Dental.",
                              "Book it anyway?", True)
    lines = desk.appointments.on_day(desk.today() + timedelta(days=1))
    assert [(line.alias, line.place_name, line.escort) for line in lines] == [
        ("Amara", "Smile Dental", "Sam"), ("Rosa", "Walk-in clinic on 5th", "sam")]
    assert "1 overlap(s) confirmed" in last_event(desk, audit.Action.APPOINTMENT_BOOKED).summary


def test_day_and_week_from_the_keyboard(qtbot, desk, signals, house):
    book(desk, house["Amara"], 0, 15 * 60, place="Clinic A")
    book(desk, house["Rosa"], 2, 10 * 60, "legal", place="Legal aid")
    book(desk, house["Lan"], 2, 8 * 60, "prenatal", place="Clinic B")
    book(desk, house["Rosa"], 7, 11 * 60, "court", place="Court")
    page = open_page(qtbot, desk, signals)
    assert column(page, COL_TIME) == ["15:00–16:00"]
    book(desk, house["Lan"], 0, 11 * 60, place="Clinic C")  # booked at another desk: the list follows
    qtbot.waitUntil(lambda: column(page, COL_TIME) == ["11:00–12:00", "15:00–16:00"])
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)
    assert page.period_label.text() == "Tomorrow, Tuesday, 2026-01-06"
    assert page.list_stack.currentIndex() == 1 and "Nothing is booked on Tuesday" in page.empty_label.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)
    assert page.period_label.text() == "Wednesday, 2026-01-07"
    assert column(page, COL_TIME) == ["08:00–09:00", "10:00–11:00"]  # in time order
    assert page.selected().alias == "Nguyễn Thị Lan"
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected().alias == "Rosa"
    qtbot.keyClick(page.table, Qt.Key.Key_Left, ALT)
    qtbot.keyClick(page.table, Qt.Key.Key_Left, ALT)
    assert page.period_label.text() == "Today, Monday, 2026-01-05"

    qtbot.keyClick(page.table, Qt.Key.Key_W, ALT)  # the week, Monday to Sunday, each day under its name
    qtbot.waitUntil(page.week_button.isChecked)  # (a button's Alt key clicks it after a short flash)
    assert not page.table.isColumnHidden(COL_DAY)
    assert page.period_label.text() == "Week of Mon 2026-01-05 to Sun 2026-01-11"
    assert column(page, COL_DAY) == ["Mon 2026-01-05", "", "Tue 2026-01-06", "Wed 2026-01-07", "",
                                     "Thu 2026-01-08", "Fri 2026-01-09", "Sat 2026-01-10", "Sun 2026-01-11"]
    assert column(page, COL_TIME)[2] == "Nothing booked"
    assert page.window().focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    for _ in range(4):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected().alias == "Rosa" and page.day == desk.today() + timedelta(days=2)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)  # next week
    assert page.period_label.text() == "Week of Mon 2026-01-12 to Sun 2026-01-18"
    assert page.selected_slot().day.isoformat() == "2026-01-14"  # the same weekday, a week on
    assert column(page, COL_TIME)[:3] == ["11:00–12:00", "Nothing booked", "Nothing booked"]
    qtbot.keyClick(page.table, Qt.Key.Key_Home, ALT)  # back to this week, today chosen
    assert page.period_label.text() == "Week of Mon 2026-01-05 to Sun 2026-01-11"
    assert page.selected().alias == "Nguyễn Thị Lan"  # today's first
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # Tuesday: nothing booked; Enter shows that day
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.day_button.isChecked() and page.period_label.text() == "Tomorrow, Tuesday, 2026-01-06"

    qtbot.keyClick(page.table, Qt.Key.Key_G, ALT)  # go to a typed day
    assert page.window().focusWidget() is page.jump_edit
    qtbot.keyClicks(page.jump_edit, "2026-01-12")
    qtbot.keyClick(page.jump_edit, Qt.Key.Key_Return)
    assert page.period_label.text() == "Monday, 2026-01-12" and page.selected().alias == "Rosa"
    qtbot.keyClick(page.table, Qt.Key.Key_G, ALT)
    qtbot.keyClicks(page.jump_edit, "next week")
    qtbot.keyClick(page.jump_edit, Qt.Key.Key_Return)
    assert page.jump_error.isVisible() and "cannot read the day as a date" in page.jump_error.text()


def test_past_appointments_still_booked_are_flagged_and_settled(qtbot, desk, signals, house, clock, on_dialog):
    went = book(desk, house["Amara"], -1, 9 * 60, "dental", place="Smile Dental")
    missed = book(desk, house["Rosa"], 0, 7 * 60, "legal", place="Legal aid")
    cancelled = book(desk, house["Lan"], 0, 10 * 60, "prenatal", place="Clinic")
    later = book(desk, house["Rosa"], 0, 16 * 60, "medical", place="Clinic")
    page = open_page(qtbot, desk, signals)
    assert page.settle_label.text() == "2 past appointments need to be settled (Alt+S)."
    assert column(page, COL_STATUS) == ["To settle", "Booked", "Booked"]
    clock.advance(hours=2)  # 11:00: the 10:00 visit is over too
    page.refresh()
    assert page.settle_label.text() == "3 past appointments need to be settled (Alt+S)."
    assert column(page, COL_STATUS) == ["To settle", "To settle", "Booked"]
    # Said in words and in colour, never colour alone.
    status = page.model.index(0, COL_STATUS)
    assert status.data(Qt.ItemDataRole.BackgroundRole).color() == TO_SETTLE_BACKGROUND
    assert status.data(Qt.ItemDataRole.FontRole).bold()

    qtbot.keyClick(page.table, Qt.Key.Key_S, ALT)  # the list to settle, oldest first
    qtbot.waitUntil(page.settle_button.isChecked)
    assert page.settle_button.text() == "To &settle (3)"
    assert [page.model.row(r).line.id for r in range(3)] == [went, missed, cancelled]
    assert page.selected().id == cancelled  # the one chosen on the day stays chosen
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    seen = {}

    def went_(dialog: SettleDialog) -> None:
        seen["heading"] = dialog.heading_label.text()
        seen["focus"] = dialog.focusWidget() is dialog.radios["attended"]
        qtbot.keyClick(dialog.radios["attended"], Qt.Key.Key_Space)
        qtbot.keyClick(dialog.radios["attended"], Qt.Key.Key_Return)  # Enter records it
        closed(dialog)

    on_dialog(guarded(went_), SettleDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a past one: record how it went
    activate(qtbot, page)
    assert seen == {"heading": "Amara: Dental, Sun 2026-01-04, 09:00–10:00", "focus": True}

    def missed_(dialog: SettleDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_M, ALT)
        qtbot.waitUntil(dialog.radios["missed"].isChecked)
        qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)
        qtbot.keyClicks(dialog.note_edit, "Overslept")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
        closed(dialog)

    assert page.selected().id == missed
    on_dialog(guarded(missed_), SettleDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    activate(qtbot, page)

    def cancelled_(dialog: SettleDialog) -> None:
        qtbot.keyClick(dialog.radios["attended"], Qt.Key.Key_Return)  # nothing chosen yet: said plainly
        seen["nothing"] = shown_errors(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
        qtbot.waitUntil(dialog.radios["cancelled"].isChecked)
        qtbot.keyClick(dialog.radios["cancelled"], Qt.Key.Key_Return)
        closed(dialog)

    on_dialog(guarded(cancelled_), SettleDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    activate(qtbot, page)
    assert seen["nothing"] == ["Choose how it went: went, missed it, or cancelled."]
    assert [desk.appointments.get(i).status for i in (went, missed, cancelled, later)] == \
        ["attended", "missed", "cancelled", "scheduled"]
    assert desk.appointments.get(missed).outcome_note == "Overslept"
    assert not page.settle_label.isVisible() and page.settle_button.text() == "To &settle"
    assert page.empty_label.text() == "Every past appointment has been settled. Nothing to do here."
    qtbot.keyClick(page.table, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(page.day_button.isChecked)
    assert column(page, COL_STATUS) == ["Missed", "Cancelled", "Booked"]

    # One to come can only be cancelled or moved: "Went" and "Missed it" cannot be chosen.
    dialog = show_active(qtbot, SettleDialog(None, desk, desk.appointments.get(
        book(desk, house["Amara"], 3, 9 * 60, place="Clinic"))))
    assert not dialog.radios["attended"].isEnabled() and not dialog.radios["missed"].isEnabled()
    assert dialog.focusWidget() is dialog.radios["cancelled"]
    dialog.reject()


def test_moved_to_a_new_time_keeps_the_old_one_linked(qtbot, desk, signals, house, on_dialog, monkeypatch):
    old = book(desk, house["Amara"], 1, 9 * 60 + 30, place="Clinic", transport_needed=True, ride="Sam",
               escort="Sam")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)
    seen = {}

    def move(dialog: AppointmentDialog) -> None:
        form = dialog.form
        seen["title"] = dialog.windowTitle()
        seen["was"] = [label.text() for label in dialog.findChildren(QLabel, "oldTimeLabel")]
        seen["focus"] = dialog.focusWidget() is form.day_edit
        qtbot.keyClicks(form.day_edit, "2026-01-08")
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.keyClicks(form.time_edit, "14:00")
        qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)
        qtbot.keyClicks(form.why_edit, "The clinic called")
        qtbot.keyClick(form.why_edit, Qt.Key.Key_Return, CTRL)
        closed(dialog)

    on_dialog(guarded(move), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL | SHIFT)
    activate(qtbot, page)
    assert seen == {"title": "Move to a new time", "was": ["Tue 2026-01-06, 09:30–10:30 at Clinic"], "focus": True}
    moved = desk.appointments.get(old)
    assert (moved.status, moved.outcome_note) == ("rescheduled", "The clinic called")
    new = desk.appointments.get(moved.rescheduled_to_id)
    assert (new.day.isoformat(), new.start_minute, new.ride, new.escort, new.rescheduled_from_id) == \
        ("2026-01-08", 14 * 60, "Sam", "Sam", old)
    assert page.period_label.text() == "Thursday, 2026-01-08" and page.selected().id == new.id
    assert page.message_label.text().startswith("Moved to a new time: Amara, Medical, Thu 2026-01-08 at 14:00")
    assert column(page, COL_STATUS) == ["Booked (moved here)"]

    # The old time says so; Enter on it shows the new one (read then: never one read per row shown).
    reads = []
    get = desk.appointments.get
    monkeypatch.setattr(desk.appointments, "get", lambda i: reads.append(i) or get(i))
    page.go_to(desk.today() + timedelta(days=1))
    assert column(page, COL_STATUS) == ["Moved to a new time"] and reads == []
    assert page.model.index(0, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == \
        "<p>Moved to a new time. Press Enter to see the new time.<br>The clinic called</p>"
    assert not page.change_button.isEnabled() and not page.move_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.period_label.text() == "Thursday, 2026-01-08" and page.selected().id == new.id
    assert reads == [new.id]
    # In the week both are shown: the old one's tooltip says the new time.
    qtbot.keyClick(page.table, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(page.week_button.isChecked)
    row = page.model.row_of(old)
    assert page.model.index(row, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "<p>Moved to a new time: Thu 2026-01-08 at 14:00. Press Enter to see it.")
    qtbot.keyClick(page.table, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(page.day_button.isChecked)
    monkeypatch.undo()

    # Enter on one to come changes it; a change made meanwhile elsewhere is refused plainly.
    def change(dialog: AppointmentDialog) -> None:
        seen["change focus"] = dialog.focusWidget() is dialog.form.time_edit
        qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
        qtbot.keyClick(dialog.form.escort_edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.form.escort_edit, "Jo")
        desk.appointments.update(new.id, AppointmentDetails(new.resident_id, new.day, new.start_minute, new.kind,
                                                            place="Clinic", escort="Kim"), new.version)
        qtbot.keyClick(dialog.form.escort_edit, Qt.Key.Key_Return, CTRL)
        seen["stale"] = (dialog.isVisible(), dialog.message_label.text(), dialog.form.escort_edit.text())
        dialog.reject()

    on_dialog(guarded(change), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen["change focus"] is True
    assert seen["stale"][0] is True and seen["stale"][1].startswith("Someone else changed this record")
    assert seen["stale"][2] == "Jo"  # what was typed is kept
    assert desk.appointments.get(new.id).escort == "Kim"


def test_moving_from_the_settle_dialog(qtbot, desk, signals, house, on_dialog):
    old = book(desk, house["Rosa"], -1, 14 * 60, "court", place="County Court")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page.table, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(page.settle_button.isChecked)

    def move(dialog: AppointmentDialog) -> None:
        qtbot.keyClicks(dialog.form.day_edit, "2026-01-09")
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.keyClicks(dialog.form.time_edit, "9")
        qtbot.keyClick(dialog.form.time_edit, Qt.Key.Key_Return, CTRL)
        closed(dialog)

    def settle(dialog: SettleDialog) -> None:
        on_dialog(guarded(move), AppointmentDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_V, ALT)  # Move to a new time…
        qtbot.waitUntil(lambda: not dialog.isVisible())  # moved: nothing more to record here

    on_dialog(guarded(settle), SettleDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    moved = desk.appointments.get(old)
    assert moved.status == "rescheduled"
    assert desk.appointments.get(moved.rescheduled_to_id).start_minute == 9 * 60
    assert page.settle_count == 0


def test_a_day_before_she_came_is_refused_at_the_day_field(qtbot, desk, signals, house, on_dialog):
    page = open_page(qtbot, desk, signals)
    seen = {}

    def fill(dialog: AppointmentDialog) -> None:
        form = dialog.form
        qtbot.keyClick(form.picker, Qt.Key.Key_Return, CTRL)  # nobody chosen
        seen["nobody"] = (shown_errors(dialog), dialog.focusWidget() is form.picker.lineEdit()
                          or dialog.focusWidget() is form.picker)
        type_text(form.picker.lineEdit(), "Amara")
        qtbot.keyClick(form.picker, Qt.Key.Key_Tab)
        qtbot.keyClick(form.day_edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(form.day_edit, "2025-12-20")
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.keyClicks(form.time_edit, "quarter past")
        qtbot.keyClick(form.time_edit, Qt.Key.Key_Return, CTRL)
        seen["time"] = shown_errors(dialog)
        qtbot.keyClick(form.time_edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(form.time_edit, "10:15")
        qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
        qtbot.keyClicks(form.place_combo.lineEdit(), "Clinic")
        qtbot.keyClick(form.place_combo, Qt.Key.Key_Tab)
        qtbot.keyClick(form.time_edit, Qt.Key.Key_Return, CTRL)
        seen["day"] = (shown_errors(dialog), dialog.focusWidget() is form.day_edit, form.day_edit.text(),
                       form.time_edit.text(), form.place_combo.currentText())
        dialog.reject()  # as the screen lock does: closes without asking

    on_dialog(guarded(fill), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert seen["nobody"] == (["Choose who the appointment is for: type part of her name or room, then pick her "
                               "from the list."], True)
    assert seen["time"] == ["We cannot read the time as a time. Type it like 09:30 or 14:00 (24-hour clock), "
                            "or 2:30 pm."]
    assert seen["day"] == (["That day is before Amara came here (on 2026-01-02). Check the day."], True,
                           "2025-12-20", "10:15", "Clinic")
    assert desk.appointments.between(desk.today() - timedelta(days=30), desk.today() + timedelta(days=30)) == []


def test_a_place_added_from_the_booking_form_is_chosen_and_on_the_list(qtbot, desk, signals, house, on_dialog):
    seen = {}

    def place(dialog: PlaceDialog) -> None:
        seen["place focus"] = dialog.focusWidget() is dialog.form.name_edit
        qtbot.keyClicks(dialog.form.name_edit, "County Family Court")
        qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.form.address_edit, "1 Justice Plaza, Room 204")
        qtbot.keyClick(dialog.form.address_edit, Qt.Key.Key_Return)  # Enter saves a short form

    def places(dialog: ProvidersDialog) -> None:
        seen["before"] = [dialog.model.row(r).name for r in range(dialog.model.rowCount())]
        on_dialog(guarded(place), PlaceDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
        activate(qtbot, dialog)
        seen["after"] = [dialog.model.row(r).name for r in range(dialog.model.rowCount())]
        seen["chosen"] = dialog.selected().name
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    def fill(dialog: AppointmentDialog) -> None:
        on_dialog(guarded(places), ProvidersDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)  # New place…
        qtbot.waitUntil(lambda: "County Family Court" in dialog.form.place_combo.currentText())
        combo = dialog.form.place_combo
        seen["list"] = [combo.itemText(i) for i in range(combo.count())]
        seen["hint"] = dialog.form.place_hint.text()
        seen["focus"] = dialog.focusWidget() is combo or dialog.focusWidget() is combo.lineEdit()
        dialog.reject()

    page = open_page(qtbot, desk, signals)
    on_dialog(guarded(fill), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    activate(qtbot, page)
    assert seen["before"] == ["Riverside Health Clinic", "Smile Dental"]
    assert seen["after"] == ["County Family Court", "Riverside Health Clinic", "Smile Dental"]
    assert seen["chosen"] == "County Family Court" and seen["place focus"] is True
    assert seen["list"] == ["County Family Court — 1 Justice Plaza, Room 204", "Riverside Health Clinic — 1200 "
                            "Fictional Ave", "Smile Dental — 45 Elm Street"]
    assert seen["hint"] == "1 Justice Plaza, Room 204" and seen["focus"] is True

    # Retired from "Places…", it leaves the booking list; old appointments keep it.
    def retire(dialog: ProvidersDialog) -> None:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        seen["retire"] = dialog.selected().name
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
        qtbot.waitUntil(lambda: not dialog.selected().active)
        seen["button"] = dialog.retire_button.text()
        dialog.reject()

    on_dialog(guarded(retire), ProvidersDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_L, ALT)  # Places… (the button clicks after a short flash)
    qtbot.waitUntil(lambda: "button" in seen)
    assert seen["retire"] == "Riverside Health Clinic" and seen["button"] == "Put &back in use"
    assert [p.name for p in desk.appointments.providers()] == ["County Family Court", "Smile Dental"]
    dialog = show_active(qtbot, AppointmentDialog(None, desk, resident_id=house["Rosa"]))
    assert dialog.form.picker.resident_id() == house["Rosa"]
    assert dialog.focusWidget() is dialog.form.day_edit  # she is chosen: the day comes first
    assert dialog.form.place_combo.count() == 2
    dialog.reject()


def test_the_day_sheet_is_printed_and_saved_without_private_words(qtbot, desk, signals, house, monkeypatch,
                                                                  tmp_path):
    book(desk, house["Amara"], 1, 10 * 60, "mental_health", provider_id=house["clinic"], transport_needed=True,
         ride="Sam drives, leave 9:30", escort="Sam", notes="Counselling session four")
    book(desk, house["Rosa"], 1, 8 * 60, "court", place="Family Court annex", notes="Custody hearing")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)
    target = tmp_path / "sheet.pdf"
    save_dialog_answers(monkeypatch, target)
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(target.exists, timeout=10_000)
    activate(qtbot, page)
    text = pdf_text(target.read_bytes())
    flat = " ".join(text.split())
    for shown in ("Appointments and rides", "Tuesday 2026-01-06", "Amara", "Rosa", "Riverside Health Clinic",
                  "1200 Fictional Ave", "Family Court annex", "Sam drives, leave 9:30", "Printed by Dana Director"):
        assert shown in flat, shown
    for hidden in ("Mental health", "Counselling", "Custody", "hearing", "Legalname", "Hiddenname", "Rosalind",
                   "Okafor"):
        assert hidden not in text, hidden
    assert "day sheet for 2026-01-06, 2 appointments" in last_event(desk, audit.Action.DAY_SHEET_MADE).summary
    qtbot.waitUntil(lambda: "The day sheet was saved as" in page.message_label.text())

    printed = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, pdf, title: printed.append((pdf, title)) or True)
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)
    assert printed[0][1] == "Appointments and rides 2026-01-06"
    assert "Family Court annex" in pdf_text(printed[0][0])
    assert page.message_label.text() == "The day sheet for Tue 2026-01-06 was sent to the printer."


def test_in_the_main_window_ctrl_n_books_and_the_lock_closes_the_form(qtbot, main_window, desk, house, on_dialog):
    from shelter_desk.gui.resident_dialogs import IntakeDialog

    # While another screen is shown, this page's keys stay out of its way.
    residents = main_window.app_area.page_of(ResidentsPage)
    main_window.app_area.navigation.setCurrentRow(main_window.app_area.pages.indexOf(residents))
    opened = []
    on_dialog(lambda dialog: (opened.append(type(dialog)), dialog.reject()))
    qtbot.keyClick(main_window.app_area.navigation, Qt.Key.Key_N, CTRL)
    assert opened == [IntakeDialog]
    activate(qtbot, main_window)

    page = main_window.app_area.page_of(AppointmentsPage)
    main_window.app_area.navigation.setCurrentRow(main_window.app_area.pages.indexOf(page))
    page.table.setFocus()
    seen = {}

    def lock(dialog: AppointmentDialog) -> None:
        type_text(dialog.form.picker.lineEdit(), "Rosa")
        qtbot.keyClick(dialog.form.picker, Qt.Key.Key_Tab)
        seen["typed"] = dialog.typed_something()
        main_window.lock()  # no question holds the lock up

    on_dialog(guarded(lock), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert seen == {"typed": True}
    assert main_window.app_area is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, AppointmentDialog) and w.isVisible()]


def meanwhile(desk: Desk, appointment_id: int, escort: str) -> None:
    """Someone at another desk changes the escort (the appointment's version moves on)."""
    line = desk.appointments.get(appointment_id)
    desk.appointments.update(line.id, AppointmentDetails(line.resident_id, line.day, line.start_minute, line.kind,
                                                         place=line.place_name, escort=escort), line.version)


def test_settling_or_moving_one_changed_meanwhile_is_refused_and_keeps_what_was_typed(qtbot, desk, signals, house,
                                                                                      on_dialog):
    past = book(desk, house["Rosa"], -1, 14 * 60, "legal", place="Legal aid")
    coming = book(desk, house["Amara"], 1, 9 * 60, place="Clinic")
    page = open_page(qtbot, desk, signals)
    seen = {}

    def settle(dialog: SettleDialog) -> None:
        qtbot.keyClick(dialog.radios["attended"], Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)
        qtbot.keyClicks(dialog.note_edit, "Went with Jo")
        meanwhile(desk, past, "Kim")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
        seen["settle"] = (dialog.isVisible(), dialog.message_label.text(), dialog.chosen(), dialog.note_edit.text())
        dialog.reject()

    qtbot.keyClick(page.table, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(page.settle_button.isChecked)
    on_dialog(guarded(settle), SettleDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    activate(qtbot, page)
    assert seen["settle"][0] is True and seen["settle"][1].startswith("Someone else changed this record")
    assert seen["settle"][2:] == ("attended", "Went with Jo")
    assert desk.appointments.get(past).status == "scheduled"

    def move(dialog: AppointmentDialog) -> None:
        form = dialog.form
        qtbot.keyClicks(form.day_edit, "2026-01-09")
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.keyClicks(form.time_edit, "11:00")
        qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)
        qtbot.keyClicks(form.why_edit, "The clinic called")
        meanwhile(desk, coming, "Kim")
        qtbot.keyClick(form.why_edit, Qt.Key.Key_Return, CTRL)
        seen["move"] = (dialog.isVisible(), dialog.message_label.text(), form.day_edit.text(), form.time_edit.text(),
                        form.why_edit.text())
        dialog.reject()

    qtbot.keyClick(page.table, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(page.day_button.isChecked)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)
    assert page.selected().id == coming
    on_dialog(guarded(move), AppointmentDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL | SHIFT)
    activate(qtbot, page)
    assert seen["move"][0] is True and seen["move"][1].startswith("Someone else changed this record")
    assert seen["move"][2:] == ("2026-01-09", "11:00", "The clinic called")
    line = desk.appointments.get(coming)
    assert (line.status, line.escort) == ("scheduled", "Kim")
    assert desk.appointments.on_day(desk.today() + timedelta(days=4)) == []


def test_booking_always_says_who_it_is_for(qtbot, desk, house):
    take_in(desk, "Rosalie", intake=desk.today() - timedelta(days=2))
    dialog = show_active(qtbot, AppointmentDialog(None, desk))
    form = dialog.form
    edit = form.picker.lineEdit()
    assert form.chosen_label.text() == "Nobody chosen yet: type the start of her name."
    assert dialog.heading_label.text() == "Book an appointment"
    type_text(edit, "Ros")  # Rosa and Rosalie: nobody yet
    assert form.picker.resident_id() is None
    assert form.chosen_label.text() == "Nobody chosen yet: keep typing, or pick her from the list."
    assert dialog.heading_label.text() == "Book an appointment"
    qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)  # nobody chosen: nothing is booked
    assert dialog.isVisible() and shown_errors(dialog)[0].startswith("Choose who the appointment is for")
    type_text(edit, "ali")
    assert form.chosen_label.text() == "For: Rosalie"
    assert dialog.heading_label.text() == "Book an appointment for Rosalie"
    assert dialog.windowTitle() == "Book an appointment"  # never her name
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    type_text(edit, "ama")
    assert form.chosen_label.text() == "For: Amara" and dialog.heading_label.text() == "Book an appointment for Amara"
    dialog.reject()

    # Chosen beforehand (the Today board, her file): said at once.
    dialog = show_active(qtbot, AppointmentDialog(None, desk, resident_id=house["Lan"]))
    assert dialog.form.chosen_label.text() == "For: Nguyễn Thị Lan"
    assert dialog.heading_label.text() == "Book an appointment for Nguyễn Thị Lan"
    dialog.reject()


def test_front_desk_adds_places_and_a_house_manager_changes_them(qtbot, desk, house, on_dialog, monkeypatch):
    add_staff(desk, "fd", Role.FRONT_DESK)
    add_staff(desk, "hm", Role.HOUSE_MANAGER)
    desk.appointments.update_provider(house["dental"], "Smile Dental", "<b>45</b> Elm & Oak", note="<i>ring</i>")
    sign_in_as(desk, "fd")
    opened = []
    monkeypatch.setattr(PlaceDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    dialog = show_active(qtbot, ProvidersDialog(None, desk))
    assert not dialog.change_button.isEnabled() and not dialog.retire_button.isEnabled()
    for button in (dialog.change_button, dialog.retire_button):
        assert "house manager" in button.toolTip()
    assert dialog.rights_label.isVisible() and "house manager" in dialog.rights_label.text()
    assert dialog.add_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter does not open the place (nor close the list)
    assert opened == [] and "Only a house manager" in dialog.message_label.text() and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    assert desk.appointments.providers(include_retired=True)[1].active
    # Typed text in a tooltip is text, never markup.
    assert dialog.model.index(1, COL_ADDRESS).data(Qt.ItemDataRole.ToolTipRole) == \
        "<p>&lt;b&gt;45&lt;/b&gt; Elm &amp; Oak</p>"
    monkeypatch.undo()

    def place(place_dialog: PlaceDialog) -> None:
        qtbot.keyClicks(place_dialog.form.name_edit, "Legal Aid Office")
        qtbot.keyClick(place_dialog.form.name_edit, Qt.Key.Key_Return)

    on_dialog(guarded(place), PlaceDialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)  # adding stays open to everyone
    activate(qtbot, dialog)
    assert dialog.selected().name == "Legal Aid Office"
    dialog.reject()

    sign_in_as(desk, "hm")
    dialog = show_active(qtbot, ProvidersDialog(None, desk))
    assert dialog.change_button.isEnabled() and dialog.retire_button.isEnabled()
    assert not dialog.rights_label.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected().name == "Riverside Health Clinic"

    def change(place_dialog: PlaceDialog) -> None:
        qtbot.keyClick(place_dialog.form.phone_edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(place_dialog.form.phone_edit, "555-0199")
        qtbot.keyClick(place_dialog.form.phone_edit, Qt.Key.Key_Return)

    on_dialog(guarded(change), PlaceDialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter changes the place; the list stays open
    activate(qtbot, dialog)
    assert dialog.isVisible() and dialog.message_label.text() == "Saved."
    assert dialog.selected().phone == "555-0199"
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: not dialog.selected().active)
    assert "is retired" in dialog.message_label.text()
    dialog.reject()


def test_the_page_reads_only_while_shown_and_its_keys_leave_the_menus_alone(qtbot, desk, signals, house,
                                                                          monkeypatch):
    book(desk, house["Amara"], -1, 9 * 60, place="Clinic")
    book(desk, house["Rosa"], 0, 15 * 60, provider_id=house["dental"], escort="<b>Sam</b>")
    desk.appointments.update_provider(house["dental"], "Smile Dental", "<b>45</b> Elm")
    reads = {"between": 0, "to_settle": 0}
    service = desk.appointments
    for name in reads:
        real = getattr(service, name)
        monkeypatch.setattr(service, name, lambda *a, _real=real, _name=name, **k: reads.__setitem__(
            _name, reads[_name] + 1) or _real(*a, **k))
    page = open_page(qtbot, desk, signals)
    assert reads == {"between": 1, "to_settle": 0}  # the count of those to settle is a count
    assert page.settle_label.text() == "1 past appointment needs to be settled (Alt+S)."
    assert page._clock_timer.isActive()
    # Typed text in the list's tooltips is shown as typed.
    assert page.model.index(0, COL_PLACE).data(Qt.ItemDataRole.ToolTipRole) == \
        "<p>Smile Dental, &lt;b&gt;45&lt;/b&gt; Elm</p>"
    assert page.model.index(0, COL_ESCORT).data(Qt.ItemDataRole.ToolTipRole) == "<p>&lt;b&gt;Sam&lt;/b&gt;</p>"

    page.hide()  # another screen is shown
    assert not page._clock_timer.isActive()
    book(desk, house["Lan"], 0, 11 * 60, place="Clinic C")
    signals.changed.emit("appointments")
    assert not page._timer.isActive() and reads["between"] == 1
    page.show()
    assert reads["between"] == 2 and page._clock_timer.isActive()
    assert column(page, COL_TIME) == ["11:00–12:00", "15:00–16:00"]

    # Alt+F, Alt+M and Alt+H open the main window's menus (File, My account, Help).
    letters = {m.lower() for kind in (QPushButton, QLabel) for widget in page.findChildren(kind)
               for m in re.findall(r"&([^&\s])", widget.text())}
    assert not letters & {"f", "m", "h"}, letters
    assert page.move_button.text() == "Move to a new &time…"
