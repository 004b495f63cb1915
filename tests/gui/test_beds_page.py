"""Beds: the bed board, giving, moving and holding beds, and Rooms and beds, driven by the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_desk.desk import Desk
from shelter_desk.errors import PermissionDenied
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.bed_board_model import COL_ROOM, COL_SINCE, COL_WHO
from shelter_desk.gui.bed_dialogs import GiveBedDialog, HoldDialog, MoveDialog
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.beds import BedsPage
from shelter_desk.gui.rooms_dialog import BedForm, RoomForm, RoomsDialog
from shelter_desk.permissions import Role
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from tests.conftest import STAFF_PW, add_staff
from tests.gui.conftest import activate, show_active

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


def open_page(qtbot, desk: Desk, signals: DeskSignals) -> BedsPage:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = show_active(qtbot, BedsPage(desk, signals))
    page.board.setFocus()
    return page


def beds_of(desk: Desk) -> dict[str, int]:
    """'Garden room · 1' -> bed id, for every bed on the board."""
    return {f"{r.room} · {r.bed}": r.bed_id for r in desk.beds.board()}


def intake(desk: Desk, alias: str, bed: int | None = None, days_ago: int = 0, children: int = 0) -> int:
    household = [HouseholdEntry(f"Child {n}", 5) for n in range(children)]
    return desk.residents.intake(
        PersonDetails(alias=alias),
        StayDetails(intake_date=desk.today() - timedelta(days=days_ago), bed_id=bed, household=household))


def who_column(page: BedsPage) -> dict[str, str]:
    rows = {}
    for row in range(page.model.rowCount()):
        bed = page.model.row(row)
        rows[f"{bed.room} · {bed.bed}"] = page.model.index(row, COL_WHO).data()
    return rows


def select(qtbot, page: BedsPage, name: str) -> None:  # noqa: ANN001
    """Walk down the board with the arrow keys to the bed called ``name``."""
    page.board.setFocus()
    qtbot.keyClick(page.board, Qt.Key.Key_Home, CTRL)
    for _ in range(page.model.rowCount()):
        bed = page.selected_bed()
        if f"{bed.room} · {bed.bed}" == name:
            return
        qtbot.keyClick(page.board, Qt.Key.Key_Down)
    raise AssertionError(f"no bed {name}")


@pytest.fixture
def house(desk: Desk) -> dict[str, int]:
    desk.beds.add_room("Garden room", "ground floor", 3)
    desk.beds.add_room("Blue room", "", 2)
    return beds_of(desk)


def test_the_board_shows_taken_free_and_held_beds(qtbot, desk, signals, house):
    intake(desk, "Ana", house["Garden room · 1"], days_ago=2)
    desk.beds.hold(house["Blue room · 1"], "expected from the hotline", desk.today() + timedelta(days=2))
    page = open_page(qtbot, desk, signals)
    assert who_column(page) == {
        "Garden room · 1": "Ana",
        "Garden room · 2": "Free",
        "Garden room · 3": "Free",
        "Blue room · 1": "Held for expected from the hotline until 2026-01-07",
        "Blue room · 2": "Free",
    }
    assert page.model.index(0, COL_SINCE).data() == "2026-01-03"
    assert page.model.index(1, COL_SINCE).data() == ""
    assert [page.model.index(r, COL_ROOM).data() for r in range(5)] == ["Garden room"] * 3 + ["Blue room"] * 2
    assert page.summary_label.text() == "5 beds: 1 taken, 3 free, 1 held"
    assert page.nobody_waiting.isVisible() and not page.waiting.isVisible()

    # It refreshes itself when the data changes, without anyone asking.
    intake(desk, "Bea", house["Garden room · 2"])
    intake(desk, "Cara")
    qtbot.waitUntil(lambda: page.summary_label.text() == "5 beds: 2 taken, 2 free, 1 held")
    assert who_column(page)["Garden room · 2"] == "Bea"
    assert page.waiting.isVisible() and page.waiting_model.row(0).alias == "Cara"


def test_a_move_done_only_with_the_keyboard(qtbot, desk, signals, house, on_dialog):
    intake(desk, "Ana", house["Garden room · 1"], days_ago=3)
    bea = intake(desk, "Bea", house["Garden room · 2"], days_ago=3)
    page = open_page(qtbot, desk, signals)
    seen = {}

    def choose(dialog: MoveDialog) -> None:
        seen["focus"] = dialog.focusWidget() is dialog.find_edit
        seen["beds"] = [dialog.model.row(r).text for r in range(dialog.model.rowCount())]
        seen["day"] = dialog.date_edit.text()  # as every date is shown (year-month-day with no locale)
        qtbot.keyClicks(dialog.find_edit, "blue")
        qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)

    select(qtbot, page, "Garden room · 2")
    on_dialog(choose, MoveDialog)
    qtbot.keyClick(page.board, Qt.Key.Key_M, CTRL)  # Move to another bed…
    assert seen == {"focus": True, "day": "2026-01-05",
                    "beds": ["Garden room · 3", "Blue room · 1", "Blue room · 2"]}
    spells = desk.residents.open_file(bea).stays[0].beds
    assert [(s.room, s.bed, s.start.isoformat(), s.end and s.end.isoformat()) for s in spells] == [
        ("Garden room", "2", "2026-01-02", "2026-01-05"),
        ("Blue room", "2", "2026-01-05", None),
    ]
    assert page.selected_bed().alias == "Bea" and page.selected_bed().room == "Blue room"
    assert "Bea moved to Blue room · 2." in page.message_label.text()
    assert page.window().focusWidget() is page.board


def test_moving_into_a_bed_someone_else_just_took_is_refused_plainly(qtbot, desk, signals, house, on_dialog):
    ana = intake(desk, "Ana", house["Garden room · 1"], days_ago=1)
    page = open_page(qtbot, desk, signals)
    seen = {}

    def choose(dialog: MoveDialog) -> None:
        qtbot.keyClicks(dialog.find_edit, "blue room · 1")
        # Meanwhile, at another desk, the same bed is given to someone else.
        intake(desk, "Bea", house["Blue room · 1"])
        qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
        seen["error"] = dialog.list_error.text() if dialog.list_error.isVisible() else ""
        seen["open"] = dialog.isVisible()
        seen["typed"] = dialog.find_edit.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(choose, MoveDialog)
    qtbot.keyClick(page.board, Qt.Key.Key_M, CTRL)
    assert seen == {"error": "Bed 1 in Blue room is already taken. Choose a free bed.", "open": True,
                    "typed": "blue room · 1"}
    assert desk.residents.open_file(ana).stays[0].bed_label == "Garden room · 1"


def test_hold_a_bed_and_release_the_hold(qtbot, desk, signals, house, on_dialog):
    page = open_page(qtbot, desk, signals)
    seen = {}

    def hold(dialog: HoldDialog) -> None:
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # nothing typed yet
        seen["empty"] = dialog.note_error.text()
        seen["still_open"] = dialog.isVisible()
        qtbot.keyClicks(dialog.note_edit, "mother and 2 children, hotline")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.until_check
        qtbot.keyClick(dialog.until_check, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.until_check, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.until_edit
        assert dialog.until_edit.text() == "2026-01-05"  # today, as every date is shown
        qtbot.keyClick(dialog.until_edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.until_edit, "2026-01-06")
        qtbot.keyClick(dialog.until_edit, Qt.Key.Key_Return)

    select(qtbot, page, "Blue room · 2")
    on_dialog(hold, HoldDialog)
    qtbot.keyClick(page.board, Qt.Key.Key_H, CTRL)  # Hold this bed…
    assert seen == {"empty": "Please fill in who the bed is held for.", "still_open": True}
    assert who_column(page)["Blue room · 2"] == "Held for mother and 2 children, hotline until 2026-01-06"
    assert page.summary_label.text() == "5 beds: 0 taken, 4 free, 1 held"
    assert page.release_button.isEnabled() and not page.move_button.isEnabled()

    activate(qtbot, page)  # offscreen has no window manager to give focus back after a dialog
    qtbot.keyClick(page.board, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Release the hold
    assert who_column(page)["Blue room · 2"] == "Free"
    assert next(r for r in desk.beds.board() if r.bed_id == house["Blue room · 2"]).state == "free"
    assert "released" in page.message_label.text()


def test_give_a_free_bed_to_someone_waiting_and_open_her_file(qtbot, desk, signals, house, on_dialog):
    intake(desk, "Ana", house["Garden room · 1"], days_ago=1)
    cara = intake(desk, "Cara", days_ago=1)
    page = open_page(qtbot, desk, signals)
    seen = {}

    def give(dialog: GiveBedDialog) -> None:
        seen["people"] = [dialog.model.row(r).text for r in range(dialog.model.rowCount())]
        qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)  # the first: who waits longest

    select(qtbot, page, "Garden room · 3")
    on_dialog(give, GiveBedDialog)
    qtbot.keyClick(page.board, Qt.Key.Key_Return)  # Enter on a free bed gives it
    assert seen["people"] == ["Cara — waiting for a bed since 2026-01-04",
                              "Ana — now in Garden room · 1 (moves her)"]
    assert desk.residents.open_file(cara).stays[0].bed_label == "Garden room · 3"
    assert page.nobody_waiting.isVisible()

    activate(qtbot, page)
    with qtbot.waitSignal(signals.open_resident) as opened:
        qtbot.keyClick(page.board, Qt.Key.Key_Return)  # Enter on a taken bed opens her file
    assert opened.args == [cara]
    select(qtbot, page, "Garden room · 1")
    with qtbot.waitSignal(signals.open_resident) as opened:
        qtbot.keyClick(page.board, Qt.Key.Key_O, CTRL)


def test_give_a_bed_from_the_waiting_list(qtbot, desk, signals, house, on_dialog):
    dina = intake(desk, "Dina")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page, Qt.Key.Key_W, ALT)  # the waiting list
    assert page.waiting.hasFocus()
    on_dialog(lambda d: (qtbot.keyClick(d.find_edit, Qt.Key.Key_Down),
                         qtbot.keyClick(d.find_edit, Qt.Key.Key_Return)), MoveDialog)
    qtbot.keyClick(page.waiting, Qt.Key.Key_Return)
    assert desk.residents.open_file(dina).stays[0].bed_label == "Garden room · 2"
    assert "Dina is in Garden room · 2 now." in page.message_label.text()


def test_rooms_and_beds_add_rename_and_take_out_of_use(qtbot, desk, signals, on_dialog):
    page = open_page(qtbot, desk, signals)
    assert page.board_stack.currentIndex() == 1
    assert "Rooms and beds" in page.empty_label.text()
    seen: dict[str, object] = {}

    def add_room(form: RoomForm) -> None:
        activate(qtbot, form)
        assert form.focusWidget() is form.name_edit
        qtbot.keyClicks(form.name_edit, "Garden room")
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(form.note_edit, "ground floor")
        qtbot.keyClick(form.note_edit, Qt.Key.Key_Tab)
        assert form.focusWidget() is form.beds_spin
        qtbot.keyClicks(form.beds_spin, "3")
        qtbot.keyClick(form.beds_spin, Qt.Key.Key_Return)

    def rename_room(form: RoomForm) -> None:
        activate(qtbot, form)
        form.name_edit.selectAll()
        qtbot.keyClicks(form.name_edit, "Garden")
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)

    def rename_bed(form: BedForm) -> None:
        activate(qtbot, form)
        qtbot.keyClicks(form.label_edit, "Window")
        qtbot.keyClick(form.label_edit, Qt.Key.Key_Return)

    def rooms(dialog: RoomsDialog) -> None:
        try:
            drive_rooms(dialog)
        finally:
            dialog.reject()

    def drive_rooms(dialog: RoomsDialog) -> None:
        activate(qtbot, dialog)
        assert dialog.empty_label.isVisible()
        on_dialog(add_room, RoomForm)
        qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)  # Add a room…
        activate(qtbot, dialog)
        seen["lines"] = [dialog.model.index(r, 0).data().strip() for r in range(dialog.model.rowCount())]
        seen["added"] = dialog.message_label.text()
        on_dialog(rename_room, RoomForm)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on the room renames it
        activate(qtbot, dialog)
        seen["renamed"] = dialog.model.index(0, 0).data()
        assert dialog.isVisible()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # Bed 1
        on_dialog(rename_bed, BedForm)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        activate(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # Take out of use: the renamed, free bed
        qtbot.waitUntil(lambda: "out of use" in dialog.message_label.text())
        seen["bed_out"] = dialog.message_label.text()
        # Someone sleeps in bed 2: neither it nor the room can go out of use.
        intake(desk, "Ana", beds_of(desk)["Garden · 2"])
        seen["order"] = [dialog.model.index(r, 0).data().strip() for r in range(dialog.model.rowCount())]
        qtbot.keyClick(dialog.table, Qt.Key.Key_Home, CTRL)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # Bed 2
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible())
        seen["bed_refused"] = dialog.error_label.text()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Home, CTRL)
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.waitUntil(lambda: dialog.error_label.text() != seen["bed_refused"])
        seen["room_refused"] = dialog.error_label.text()

    on_dialog(rooms, RoomsDialog)
    qtbot.keyClick(page.board, Qt.Key.Key_R, ALT)  # Rooms and beds…
    qtbot.waitUntil(lambda: "room_refused" in seen and QApplication.activeModalWidget() is None)
    assert seen == {
        "lines": ["Garden room", "Bed 1", "Bed 2", "Bed 3"],
        "added": "The room Garden room was added.",
        "renamed": "Garden",
        "bed_out": "Bed Window in Garden is out of use now.",
        "order": ["Garden", "Bed 2", "Bed 3", "Bed Window"],
        "bed_refused": "Someone is sleeping in this bed. Move her to another bed first.",
        "room_refused": "Someone is staying in this room. Move her to another bed first.",
    }
    room = desk.beds.rooms(include_inactive=True)[0]
    assert (room.name, room.note, room.active) == ("Garden", "ground floor", True)
    assert [(b.label, b.active) for b in room.beds] == [("2", True), ("3", True), ("Window", False)]
    assert page.board_stack.currentIndex() == 0
    assert who_column(page) == {"Garden · 2": "Ana", "Garden · 3": "Free"}


def test_a_room_name_in_use_is_said_next_to_the_field(qtbot, desk, signals, house, on_dialog):
    page = open_page(qtbot, desk, signals)
    seen = {}

    def add_room(form: RoomForm) -> None:
        activate(qtbot, form)
        qtbot.keyClicks(form.name_edit, "blue ROOM")
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        seen.update(error=form.name_error.text(), open=form.isVisible(), typed=form.name_edit.text(),
                    focus=form.focusWidget() is form.name_edit)
        form.reject()

    def rooms(dialog: RoomsDialog) -> None:
        try:
            activate(qtbot, dialog)
            on_dialog(add_room, RoomForm)
            qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
            qtbot.waitUntil(lambda: "error" in seen)
        finally:
            dialog.reject()

    on_dialog(rooms, RoomsDialog)
    qtbot.keyClick(page.board, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "error" in seen and QApplication.activeModalWidget() is None)
    assert seen == {"error": "There is already a room called blue ROOM.", "open": True, "typed": "blue ROOM",
                    "focus": True}


def test_front_desk_gets_no_rooms_and_beds_and_the_service_refuses_it(qtbot, desk, signals):
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.auth.lock()
    desk.auth.sign_in("maria", STAFF_PW)
    page = open_page(qtbot, desk, signals)
    assert not page.rooms_button.isVisible()
    assert "ask a house manager" in page.empty_label.text()
    qtbot.keyClick(page.board, Qt.Key.Key_R, ALT)  # no such button: nothing happens
    qtbot.wait(300)  # longer than a button's click animation
    assert QApplication.activeModalWidget() is None
    with pytest.raises(PermissionDenied):
        desk.beds.add_room("Garden room", "", 2)


def test_in_the_window_ctrl_3_then_a_shortcut_works_and_her_file_opens(qtbot, main_window, desk, house, on_dialog):
    ana = intake(desk, "Ana", house["Garden room · 1"], days_ago=2)
    area = main_window.app_area
    qtbot.keyClick(area.navigation, Qt.Key.Key_3, CTRL)  # Beds; the focus stays in the navigation
    page = area.pages.currentWidget()
    assert isinstance(page, BedsPage)
    qtbot.waitUntil(lambda: page.summary_label.text() == "5 beds: 1 taken, 4 free, 0 held")
    seen = {}
    on_dialog(lambda d: (seen.setdefault("moving", d.stay_id), d.reject()), MoveDialog)
    qtbot.keyClick(area.navigation, Qt.Key.Key_M, CTRL)  # the first bed (Ana's) is chosen already
    assert seen["moving"] == desk.residents.open_file(ana).current_stay.id
    activate(qtbot, main_window)
    page.board.setFocus()
    qtbot.keyClick(page.board, Qt.Key.Key_Return)  # her file, on the Residents screen
    assert area.pages.currentWidget() is main_window.residents_page


def test_add_a_bed_and_put_a_bed_back_into_use(qtbot, desk, signals, house, on_dialog):
    desk.beds.set_bed_active(house["Blue room · 2"], False)
    page = open_page(qtbot, desk, signals)
    assert page.summary_label.text() == "4 beds: 0 taken, 4 free, 0 held"
    seen = {}

    def add_bed(form: BedForm) -> None:
        activate(qtbot, form)
        seen["suggested"] = form.label_edit.text()  # the next free number, selected: typing replaces it
        qtbot.keyClicks(form.label_edit, "Window")
        qtbot.keyClick(form.label_edit, Qt.Key.Key_Return)

    def rooms(dialog: RoomsDialog) -> None:
        try:
            activate(qtbot, dialog)
            lines = [dialog.model.index(r, 0).data().strip() for r in range(dialog.model.rowCount())]
            for _ in range(lines.index("Blue room")):
                qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
            on_dialog(add_bed, BedForm)
            qtbot.keyClick(dialog, Qt.Key.Key_B, ALT)  # Add a bed to this room…
            qtbot.waitUntil(lambda: "added" in dialog.message_label.text())
            activate(qtbot, dialog)
            qtbot.keyClick(dialog.table, Qt.Key.Key_Up)  # Blue room, bed 2 (out of use)
            seen["line"] = dialog.model.index(dialog.selected_row(), 3).data()
            qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)  # Put back into use
            qtbot.waitUntil(lambda: "back in use" in dialog.message_label.text())
            seen["done"] = dialog.message_label.text()
        finally:
            dialog.reject()

    on_dialog(rooms, RoomsDialog)
    qtbot.keyClick(page.board, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "done" in seen and QApplication.activeModalWidget() is None)
    assert seen == {"suggested": "3", "line": "Out of use", "done": "Bed 2 in Blue room is back in use."}
    assert page.summary_label.text() == "6 beds: 0 taken, 6 free, 0 held"
    assert "Blue room · Window" in who_column(page)
