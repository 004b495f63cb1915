"""Issue 3, done when: a front-desk worker takes a resident in, finds her again, moves her bed,
records that she left and takes her back in, from the keyboard, in one real window.

Three days at the front desk of a real vault. The director set up the rooms (and two
residents were already here); "frontdesk" signs in on the sign-in screen and, from then
on, only presses keys where the focus is, as a person at the desk would:

- Monday: Ctrl+2, Ctrl+N, the intake (alias, program, a bed, Ctrl+Enter); on Today, Alt+A
  and Enter on her arrival open her file; Esc back to the list, Ctrl+F and part of her
  alias, Enter opens her file. Ctrl+L.
- Tuesday: Ctrl+3, to her bed on the bed board, Ctrl+M moves her; Ctrl+O opens her file
  from the board; Alt+T "Left the shelter", where she went typed into the list. Ctrl+L.
- Wednesday: she is at the door again. Ctrl+2, Ctrl+F finds nobody here now (she left) and
  the line under the list says to choose "Show: Everyone" (Alt+W); Enter opens her file,
  Alt+K "Take her back in": a second stay.

After every step the Today board (Ctrl+1) says who is here, who came and who left,
without anyone asking it to refresh. At the end the director signs in through the lock
screen and reads the audit trail: the story in order, and no alias in any summary.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from shelter_desk.audit import Action
from shelter_desk.clock import ManualClock
from shelter_desk.desk import Desk
from shelter_desk.gui.bed_dialogs import MoveDialog
from shelter_desk.gui.main_window import MainWindow
from shelter_desk.gui.pages.beds import BedsPage
from shelter_desk.gui.pages.residents import ResidentsPage
from shelter_desk.gui.pages.today import COL_WHERE, PeopleList, TodayPage
from shelter_desk.gui.resident_dialogs import ExitDialog, IntakeDialog, StayDialog
from shelter_desk.gui.resident_file import ResidentFileView
from shelter_desk.permissions import Role
from shelter_desk.services.beds import TAKEN
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen
from tests.gui.conftest import activate, make_window
from tests.gui.resident_helpers import guarded, take_in, type_text
from tests.gui.test_lock import unlock

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
HER = "Zeynep Şahin"  # typed with the letters on her intake form; found again without them
PART = "sahin"
ALIASES = (HER, "Zeynep", "Şahin", "Sahin", "Rosa", "Aisha")


# --- keys, pressed where the focus is ------------------------------------------------------------

def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), key, modifier)


def typed(text: str) -> None:
    type_text(focused(), text)


def back_to(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The window has the keyboard again after a dialog closed (offscreen has no window manager)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    activate(qtbot, window)


def page(window: MainWindow, kind: type) -> QWidget:
    found = window.app_area.page_of(kind)
    assert found is not None, kind.__name__
    return found


def go(qtbot, window: MainWindow, number: int, kind: type) -> QWidget:  # noqa: ANN001
    """Ctrl+<number>: that screen is shown."""
    press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
    shown = page(window, kind)
    assert window.app_area.pages.currentWidget() is shown
    return shown


def people(lst: PeopleList) -> list[tuple[str, str]]:
    return [(lst.model.row(r).alias, lst.model.index(r, COL_WHERE).data()) for r in range(lst.model.rowCount())]


def today_says(qtbot, window: MainWindow, here: str, arrived: list, left: list, rooms: str) -> TodayPage:  # noqa: ANN001
    """Ctrl+1 and read the Today board as it shows itself (nobody presses a refresh)."""
    board = go(qtbot, window, 1, TodayPage)
    qtbot.waitUntil(lambda: (board.here_label.text(), people(board.arrivals), people(board.departures),
                             board.rooms_label.text()) == (here, arrived, left, rooms), timeout=3000)
    return board


def sign_in(qtbot, window: MainWindow, username: str, password: str) -> None:  # noqa: ANN001
    ui = window.sign_in_screen.ui
    assert focused() is ui.usernameEdit
    qtbot.keyClicks(ui.usernameEdit, username)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is ui.passwordEdit
    qtbot.keyClicks(ui.passwordEdit, password)
    press(qtbot, Qt.Key.Key_Return)
    assert window.app_area is not None, window.sign_in_screen.ui.messageLabel.text()


def next_morning(qtbot, window: MainWindow, clock: ManualClock) -> None:  # noqa: ANN001
    """Ctrl+L at the end of the shift; the next morning she unlocks with her password."""
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.app_area is None
    clock.advance(days=1)
    unlock(qtbot, window, STAFF_PW)
    assert window.app_area is not None, window.sign_in_screen.ui.messageLabel.text()
    assert "(Front desk)" in window.who_label.text()


def file_of(window: MainWindow) -> ResidentFileView:
    residents = page(window, ResidentsPage)
    assert window.app_area.pages.currentWidget() is residents and residents.file_view is not None
    assert residents.currentWidget() is residents.file_view
    return residents.file_view


# --- the vault the director prepared ----------------------------------------------------------------

@pytest.fixture
def shelter(desk: Desk, vault_dir: Path, clock: ManualClock) -> Iterator[Desk]:
    """Two rooms made by the director, two residents already here, and a front-desk account;
    then the program is started again: nobody signed in."""
    desk.beds.add_room("Garden room", "ground floor", 3)
    desk.beds.add_room("Blue room", "", 2)
    beds = {f"{r.room} · {r.bed}": r.bed_id for r in desk.beds.board()}
    take_in(desk, "Rosa", bed=beds["Garden room · 1"], intake=desk.today().replace(day=1))
    take_in(desk, "Aisha", bed=beds["Blue room · 1"], intake=desk.today().replace(day=2))
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    fresh = reopen(vault_dir, clock, desk)
    yield fresh
    fresh.close()


def test_a_front_desk_worker_takes_her_in_finds_her_moves_her_bed_and_takes_her_back(
        qtbot, shelter: Desk, clock: ManualClock, on_dialog):
    desk = shelter
    window = make_window(qtbot, desk)
    try:
        run_the_story(qtbot, window, desk, clock, on_dialog)
    finally:
        window.session.stop()


def run_the_story(qtbot, window: MainWindow, desk: Desk, clock: ManualClock, on_dialog) -> None:  # noqa: ANN001, PLR0915
    sign_in(qtbot, window, "frontdesk", STAFF_PW)
    assert window.app_area.titles() == ["Today", "Residents", "Beds", "Meals", "Supplies", "Appointments", "Safety plans", "Incidents"]
    today_says(qtbot, window, "Here now: 2 residents", [], [], "By room: Garden room: 1  ·  Blue room: 1")

    # --- Monday: the intake ----------------------------------------------------------------------
    residents = go(qtbot, window, 2, ResidentsPage)
    assert residents.count_label.text() == "2 residents here now"
    seen: dict[str, object] = {}

    def intake(dialog: IntakeDialog) -> None:
        person, stay = dialog.person, dialog.stay
        assert focused() is person.alias_edit  # the first field, ready to type
        typed(HER)
        press(qtbot, Qt.Key.Key_O, ALT)  # Pr&ogram
        assert focused() is stay.program_combo
        typed("Tr")  # type-ahead: Transitional
        press(qtbot, Qt.Key.Key_B, ALT)  # Room and &bed
        assert focused() is stay.bed_combo
        typed("blue")  # the first free bed in the Blue room
        seen["bed"] = stay.bed_combo.currentText()
        press(qtbot, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(intake), IntakeDialog)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: "bed" in seen and QApplication.activeModalWidget() is None)
    assert seen["bed"] == "Blue room · 2"
    back_to(qtbot, window)
    view = file_of(window)  # after the intake her file is open
    her = view.file.id
    assert view.alias_label.text() == HER
    assert view.stay_label.text().startswith("Here since ")
    assert "Transitional" in view.stay_label.text() and "Blue room, bed 2" in view.stay_label.text()
    today = today_says(qtbot, window, "Here now: 3 residents", [(HER, "Blue room · 2")], [],
                       "By room: Garden room: 1  ·  Blue room: 2")
    press(qtbot, Qt.Key.Key_A, ALT)  # &Arrived today: Enter on her line opens her file
    assert focused() is today.arrivals.table
    press(qtbot, Qt.Key.Key_Return)
    assert file_of(window).file.id == her

    # Later that day: back to the list, and find her again by a part of her alias.
    residents = go(qtbot, window, 2, ResidentsPage)
    assert residents.currentWidget() is residents.file_view  # her file, as it was left
    press(qtbot, Qt.Key.Key_Escape)  # back to the list
    assert residents.currentWidget() is residents.list_page and residents.file_view is None
    assert residents.model.rowCount() == 3
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is residents.search_edit
    typed(PART)
    qtbot.waitUntil(lambda: residents.model.rowCount() == 1)
    assert residents.model.resident(0).alias == HER
    assert residents.count_label.text() == "1 resident here now, matching what you typed"
    press(qtbot, Qt.Key.Key_Return)  # Enter in the search box opens the one found
    assert file_of(window).file.id == her
    next_morning(qtbot, window, clock)

    # --- Tuesday: she moves to the ground floor -------------------------------------------------------
    today_says(qtbot, window, "Here now: 3 residents", [], [], "By room: Garden room: 1  ·  Blue room: 2")
    beds = go(qtbot, window, 3, BedsPage)
    press(qtbot, Qt.Key.Key_D, ALT)  # Bed boar&d
    assert focused() is beds.board
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(beds.model.rowCount()):
        if beds.selected_bed().alias == HER:
            break
        press(qtbot, Qt.Key.Key_Down)
    bed = beds.selected_bed()
    assert (bed.alias, bed.room, bed.bed, bed.state) == (HER, "Blue room", "2", TAKEN)

    def move(dialog: MoveDialog) -> None:
        assert focused() is dialog.find_edit
        typed("garden")
        seen["choices"] = [dialog.model.row(r).text for r in range(dialog.model.rowCount())]
        press(qtbot, Qt.Key.Key_Return)  # the first one found: Garden room · 2

    on_dialog(guarded(move), MoveDialog)
    press(qtbot, Qt.Key.Key_M, CTRL)  # Mo&ve to another bed…
    qtbot.waitUntil(lambda: "choices" in seen and QApplication.activeModalWidget() is None)
    assert seen["choices"] == ["Garden room · 2", "Garden room · 3"]
    back_to(qtbot, window)
    assert beds.message_label.text() == f"{HER} moved to Garden room · 2."
    assert focused() is beds.board and beds.selected_bed().alias == HER
    today_says(qtbot, window, "Here now: 3 residents", [], [], "By room: Garden room: 2  ·  Blue room: 1")

    # From the bed board to her file.
    beds = go(qtbot, window, 3, BedsPage)
    assert beds.selected_bed().alias == HER  # the board kept her bed chosen
    press(qtbot, Qt.Key.Key_Tab)  # from the navigation into the board
    assert focused() is beds.board
    press(qtbot, Qt.Key.Key_O, CTRL)  # Open her file
    view = file_of(window)
    assert view.file.id == her and "Garden room, bed 2" in view.stay_label.text()

    # She leaves to stay with her sister.
    def leaving(dialog: ExitDialog) -> None:
        form = dialog.form
        assert focused() is form.day_edit and form.day_edit.value() == desk.today()
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is form.destination_combo
        typed("family")  # "Staying or living with family, temporary tenure"
        seen["went"] = form.destination_combo.value()
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is form.reason_edit
        typed("Moved in with her sister")
        press(qtbot, Qt.Key.Key_Return)  # a short form: Enter saves

    on_dialog(guarded(leaving), ExitDialog)
    press(qtbot, Qt.Key.Key_T, ALT)  # Lef&t the shelter…
    qtbot.waitUntil(lambda: "went" in seen and QApplication.activeModalWidget() is None)
    assert seen["went"] == 312
    back_to(qtbot, window)
    view = file_of(window)
    assert view.file.current_stay is None
    assert view.stay_label.text().startswith("Left on 2026-01-06")
    assert view.return_button.isVisible() and not view.exit_button.isVisible()
    today_says(qtbot, window, "Here now: 2 residents", [], [(HER, "Garden room · 2")],
               "By room: Garden room: 1  ·  Blue room: 1")
    next_morning(qtbot, window, clock)

    # --- Wednesday: she is at the door again ------------------------------------------------------
    today_says(qtbot, window, "Here now: 2 residents", [], [], "By room: Garden room: 1  ·  Blue room: 1")
    residents = go(qtbot, window, 2, ResidentsPage)
    press(qtbot, Qt.Key.Key_F, CTRL)
    typed(PART)
    qtbot.waitUntil(lambda: not residents._search_timer.isActive())
    assert residents.model.rowCount() == 0  # "Here now" does not list her: she left
    hint = residents.count_label.text()
    assert hint.startswith("Nobody staying here now matches") and "Show: Everyone (Alt+W)" in hint
    press(qtbot, Qt.Key.Key_W, ALT)  # Sho&w, as the line under the list says
    assert focused() is residents.status_combo
    press(qtbot, Qt.Key.Key_End)  # Everyone
    qtbot.waitUntil(lambda: residents.model.rowCount() == 1)
    row = residents.model.resident(0)
    assert (row.alias, row.here, row.exit_date) == (HER, False, desk.today().replace(day=6))
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Return)
    view = file_of(window)
    assert view.file.id == her and view.return_button.isVisible()

    def back_in(dialog: StayDialog) -> None:
        form = dialog.form
        assert focused() is form.intake_edit and form.intake_edit.value() == desk.today()
        press(qtbot, Qt.Key.Key_O, ALT)
        typed("Em")  # Emergency, this time
        press(qtbot, Qt.Key.Key_B, ALT)
        typed("garden")
        seen["back_bed"] = form.bed_combo.currentText()
        press(qtbot, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(back_in), StayDialog)
    press(qtbot, Qt.Key.Key_K, ALT)  # Ta&ke her back in…
    qtbot.waitUntil(lambda: "back_bed" in seen and QApplication.activeModalWidget() is None)
    assert seen["back_bed"] == "Garden room · 2"
    back_to(qtbot, window)
    view = file_of(window)
    file = view.file
    assert file.current_stay is not None and len(file.stays) == 2
    assert file.current_stay.program == "emergency" and file.current_stay.intake_date == desk.today()
    assert file.stays[1].destination == 312 and file.stays[1].exit_reason == "Moved in with her sister"
    assert view.exit_button.isVisible() and not view.return_button.isVisible()
    assert "Garden room, bed 2" in view.stay_label.text()
    today_says(qtbot, window, "Here now: 3 residents", [(HER, "Garden room · 2")], [],
               "By room: Garden room: 2  ·  Blue room: 1")

    # --- The director reads the audit trail -----------------------------------------------------------
    press(qtbot, Qt.Key.Key_L, CTRL)
    unlock(qtbot, window, DIRECTOR_PW, username=DIRECTOR)
    assert "(Director)" in window.who_label.text()
    events = list(reversed(desk.audit.events(limit=500)))  # oldest first
    mine = {("resident", str(her))} | {("stay", str(stay.id)) for stay in file.stays}
    hers = [e for e in events if (e.entity_type, e.entity_id) in mine]
    actions = [e.action for e in hers]
    story = [Action.RESIDENT_TAKEN_IN, Action.RESIDENT_OPENED, Action.BED_ASSIGNED, Action.STAY_ENDED,
             Action.STAY_STARTED]
    assert is_in_order(story, actions), actions
    # Nothing else happened to her record: the file was only read in between (every read is audited).
    assert [a for a in actions if a != Action.RESIDENT_OPENED] == [a for a in story if a != Action.RESIDENT_OPENED]
    assert {e.actor_name for e in hers} == {"frontdesk"}
    for event in events:
        for alias in ALIASES:
            assert alias.casefold() not in event.summary.casefold(), (event.action, event.summary)
    assert desk.audit.verify().intact


def is_in_order(wanted: list[str], actions: list[str]) -> bool:
    """``wanted`` appears in ``actions`` in this order (other actions may come between)."""
    rest = iter(actions)
    return all(any(a == w for a in rest) for w in wanted)
