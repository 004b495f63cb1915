"""Meals: the roster marked from the keyboard, guests, other days, the list of meals, the Kitchen Sheet."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication

from shelter_desk.desk import Desk
from shelter_desk.gui import printing
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.meal_dialogs import MealListDialog, MealNameDialog
from shelter_desk.gui.meals_model import COL_ALLERGIES, COL_DIET, COL_NAME, FIRST_MEAL
from shelter_desk.gui.pages import meals as meals_page
from shelter_desk.gui.pages.meals import MealsPage
from shelter_desk.gui.resident_text import day_text
from shelter_desk.permissions import Role
from tests.gui.admin_helpers import save_dialog_answers
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, rooms, sign_in_as, take_in

NONE = Qt.KeyboardModifier.NoModifier
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
LEGAL = "Esperanza Villanueva Ortiz"


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


@pytest.fixture
def house(desk: Desk) -> dict[str, int]:
    """Three residents here since three days ago: Rosa with two children (and a legal name), Zoë, Анна."""
    beds = rooms(desk, count=2, beds=3)
    start = desk.today() - timedelta(days=3)
    ids = {
        "Rosa": take_in(desk, "Rosa", bed=beds[0], intake=start, household=2, legal_name=LEGAL),
        "Zoë": take_in(desk, "Zoë", bed=beds[3], intake=start),
        "Анна": take_in(desk, "Анна", bed=beds[1], intake=start),
    }
    set_diet(desk, ids["Rosa"], "Vegetarian", "Peanuts")
    set_diet(desk, ids["Zoë"], "Halal", "")
    return ids


def set_diet(desk: Desk, resident_id: int, diet: str, allergies: str) -> None:
    file = desk.residents.open_file(resident_id)
    desk.residents.update(resident_id, replace(file.person(), dietary_needs=diet, allergies=allergies), file.version)


def open_page(qtbot, desk: Desk, signals: DeskSignals) -> MealsPage:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = MealsPage(desk, signals)
    page.resize(1000, 700)
    show_active(qtbot, page)
    page.table.setFocus()
    return page


def key(qtbot, page: MealsPage, k: Qt.Key, modifiers=NONE, times: int = 1) -> None:  # noqa: ANN001
    for _ in range(times):
        qtbot.keyClick(page.table, k, modifiers)


def cell(page: MealsPage, alias: str, meal: int) -> str:
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).alias == alias)
    return page.model.index(row, FIRST_MEAL + meal).data()


def marks(desk: Desk, day=None) -> dict[str, tuple[int | None, ...]]:  # noqa: ANN001
    roster = desk.meals.roster(day or desk.today())
    return {row.alias: row.marks for row in roster.rows}


def headlines(page: MealsPage) -> list[str]:
    return [row.headline.text() for row in page._rows]


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


# --- marking from the keyboard ------------------------------------------------------------------

def test_a_day_of_three_meals_marked_from_the_keyboard(qtbot, desk, signals, house):
    page = open_page(qtbot, desk, signals)
    assert [page.model.headerData(FIRST_MEAL + i, Qt.Orientation.Horizontal) for i in range(3)] == \
        ["Breakfast", "Lunch", "Dinner"]
    assert page.table.currentIndex().column() == FIRST_MEAL and page.table.currentIndex().row() == 0
    assert "Expected at each meal: 5 (3 residents + 2 children or family)" in page.expected_label.text()
    assert headlines(page)[0] == "Breakfast: nobody marked yet"

    # Breakfast: Space down the column, one press per resident.
    key(qtbot, page, Qt.Key.Key_Space, times=3)
    assert marks(desk) == {"Rosa": (2, None, None), "Zoë": (0, None, None), "Анна": (0, None, None)}
    assert cell(page, "Rosa", 0) == "✓ +2" and cell(page, "Zoë", 0) == "✓"
    assert headlines(page)[0] == "Breakfast: 3 residents + 2 children = 5"
    assert page.table.currentIndex().row() == 2  # stays on the last line

    # Lunch: move right and mark everyone with Ctrl+Shift+M; it says how many.
    key(qtbot, page, Qt.Key.Key_Right)
    qtbot.keyClick(page.table, Qt.Key.Key_M, CTRL | SHIFT)
    assert "Lunch marked for 3 more residents" in page.message_label.text()
    assert all(m[1] is not None for m in marks(desk).values())
    assert page.everyone_button.text().replace("&", "") == "Mark everyone for Lunch"
    assert not page.everyone_button.isEnabled()  # nobody left to mark

    # Dinner: the button follows the column chosen; pressed from the keyboard.
    key(qtbot, page, Qt.Key.Key_Right)
    assert page.everyone_button.text().replace("&", "") == "Mark everyone for Dinner"
    page.everyone_button.setFocus()
    qtbot.keyClick(page.everyone_button, Qt.Key.Key_Space)
    assert headlines(page) == ["Breakfast: 3 residents + 2 children = 5", "Lunch: 3 residents + 2 children = 5",
                               "Dinner: 3 residents + 2 children = 5"]
    assert all(m == (2, 2, 2) or m == (0, 0, 0) for m in marks(desk).values())
    assert page._rows[0].waiting.text() == "everyone here is marked"

    # Someone did not eat dinner after all: Space on her cell unmarks her (and moves down).
    page.table.setFocus()
    key(qtbot, page, Qt.Key.Key_Up)  # Zoë's line, the Dinner column
    assert page.model.row(page.table.currentIndex().row()).alias == "Zoë"
    key(qtbot, page, Qt.Key.Key_Space)
    assert marks(desk)["Zoë"] == (0, 0, None)
    assert "Dinner unmarked for Zoë." in page.message_label.text()
    assert headlines(page)[2] == "Dinner: 2 residents + 2 children = 4"
    assert page._rows[2].waiting.text() == "1 not marked yet"


def test_digit_keys_and_her_household(qtbot, desk, signals, house):
    page = open_page(qtbot, desk, signals)
    qtbot.keyClicks(page.table, "ros")  # typing finds her by name, in the same column
    assert page.model.row(page.table.currentIndex().row()).alias == "Rosa"
    assert page.table.currentIndex().column() == FIRST_MEAL
    key(qtbot, page, Qt.Key.Key_2)  # lunch, on her line; the cursor does not move
    assert marks(desk)["Rosa"] == (None, 2, None)
    key(qtbot, page, Qt.Key.Key_3)
    key(qtbot, page, Qt.Key.Key_3)  # pressed again: unmarked
    assert marks(desk)["Rosa"] == (None, 2, None)
    key(qtbot, page, Qt.Key.Key_9)
    assert "There is no meal number 9" in page.message_label.text()

    # + and − on her lunch cell: how many of her household ate with her.
    key(qtbot, page, Qt.Key.Key_Right)
    key(qtbot, page, Qt.Key.Key_Minus)
    assert cell(page, "Rosa", 1) == "✓ +1"
    key(qtbot, page, Qt.Key.Key_Minus)
    assert cell(page, "Rosa", 1) == "✓"
    key(qtbot, page, Qt.Key.Key_Minus)
    assert "Nobody from her household is counted at Lunch." in page.message_label.text()
    key(qtbot, page, Qt.Key.Key_Plus, SHIFT)
    key(qtbot, page, Qt.Key.Key_Equal)  # the + key without Shift
    assert marks(desk)["Rosa"] == (None, 2, None)
    key(qtbot, page, Qt.Key.Key_Plus)
    assert "All 2 of her household are counted already" in page.message_label.text()
    assert headlines(page)[1] == "Lunch: 1 resident + 2 children = 3"
    # + on a meal she has not had yet says what to do first.
    key(qtbot, page, Qt.Key.Key_Right)
    key(qtbot, page, Qt.Key.Key_Plus)
    assert "Mark Dinner for Rosa first" in page.message_label.text()
    assert marks(desk)["Rosa"] == (None, 2, None)


def test_typing_a_name_finds_her_and_space_still_marks(qtbot, desk, signals, house):
    take_in(desk, "Lan Anh")
    take_in(desk, "Lana")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClicks(page.table, "lan ")  # a space that continues someone's name is part of the search
    assert page.model.row(page.table.currentIndex().row()).alias == "Lan Anh"
    assert all(m == (None, None, None) for m in marks(desk).values())
    qtbot.keyClicks(page.table, "ros")
    key(qtbot, page, Qt.Key.Key_Space)  # no name goes on "ros …": Space marks her, at once
    assert marks(desk)["Rosa"] == (2, None, None)
    assert page.model.row(page.table.currentIndex().row()).alias == "Zoë"


def test_guests_are_counted_per_meal(qtbot, desk, signals, house):
    page = open_page(qtbot, desk, signals)
    key(qtbot, page, Qt.Key.Key_Space, times=3)
    key(qtbot, page, Qt.Key.Key_Right)  # the Lunch column
    qtbot.keyClick(page.table, Qt.Key.Key_G, ALT)  # the guests of the meal being marked
    lunch = page._rows[1]
    assert lunch.guests.hasFocus()
    qtbot.keyClicks(lunch.guests, "3")
    qtbot.keyClick(lunch.guests, Qt.Key.Key_Return)
    qtbot.keyClick(lunch.guests, Qt.Key.Key_C, ALT)
    assert lunch.guest_children.hasFocus()
    qtbot.keyClick(lunch.guest_children, Qt.Key.Key_Up)  # the arrows save at once
    counts = {c.name: c for c in desk.meals.roster(desk.today()).counts}
    assert (counts["Lunch"].guests, counts["Lunch"].guest_children) == (3, 1)
    assert headlines(page)[1] == "Lunch: 0 residents + 3 guests + 1 guest's child = 4"
    # Alt+G again goes on to the next meal's guests.
    qtbot.keyClick(lunch.guest_children, Qt.Key.Key_G, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, ALT)
    assert page._rows[2].guests.hasFocus()
    qtbot.keyClicks(page._rows[2].guests, "2")
    qtbot.keyClick(page._rows[2].guests, Qt.Key.Key_Tab)  # leaving the box saves too
    assert desk.meals.roster(desk.today()).counts[2].guests == 2
    assert headlines(page)[0] == "Breakfast: 3 residents + 2 children = 5"
    assert headlines(page)[2] == "Dinner: 0 residents + 2 guests = 2"


# --- other days -----------------------------------------------------------------------------------

def test_yesterday_is_corrected_and_tomorrow_cannot_be_marked(qtbot, desk, signals, house):
    today = desk.today()
    newcomer = take_in(desk, "Noor")  # arrived today: not on yesterday's roster
    page = open_page(qtbot, desk, signals)
    assert page.model.rowCount() == 4
    assert "today" in page.day_words.text()

    qtbot.keyClick(page.table, Qt.Key.Key_Left, ALT)
    assert page.day == today - timedelta(days=1)
    assert "yesterday" in page.day_words.text()
    assert "past day" in page.day_note.text() and page.day_note.isVisible()
    assert [page.model.row(r).alias for r in range(page.model.rowCount())] == ["Rosa", "Zoë", "Анна"]
    key(qtbot, page, Qt.Key.Key_Space)  # corrects yesterday's breakfast
    assert marks(desk, today - timedelta(days=1))["Rosa"] == (2, None, None)
    assert marks(desk)["Rosa"] == (None, None, None)
    with pytest.raises(Exception, match="not staying here"):
        desk.meals.mark(today - timedelta(days=1), desk.meals.kinds()[0].id, newcomer)

    qtbot.keyClick(page.table, Qt.Key.Key_Home, ALT)  # back to today
    assert page.day == today and not page.day_note.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Right, ALT)  # tomorrow
    assert page.day == today + timedelta(days=1)
    assert "has not come yet" in page.day_note.text()
    assert page.model.rowCount() == 4  # who is expected, read-only
    key(qtbot, page, Qt.Key.Key_Space)
    assert "cannot be marked for a day that has not come yet" in page.message_label.text()
    key(qtbot, page, Qt.Key.Key_1)
    qtbot.keyClick(page.table, Qt.Key.Key_M, CTRL | SHIFT)
    assert not page.everyone_button.isEnabled()
    assert not any(row.guests.isEnabled() or row.guest_children.isEnabled() for row in page._rows)
    assert all(m == (None, None, None) for m in marks(desk, today + timedelta(days=1)).values())
    qtbot.keyClick(page.table, Qt.Key.Key_T, CTRL)
    assert page.day == today


def test_a_day_typed_in_the_date_field(qtbot, desk, signals, house):
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page.table, Qt.Key.Key_D, ALT)
    assert page.date_field.hasFocus()
    page.date_field.selectAll()
    qtbot.keyClicks(page.date_field, "not a day")
    qtbot.keyClick(page.date_field, Qt.Key.Key_Return)
    assert "cannot read the day as a date" in page.message_label.text().lower()
    assert page.message_label.objectName() == "errorLabel"
    page.date_field.selectAll()
    day = desk.today() - timedelta(days=10)  # before anyone came
    qtbot.keyClicks(page.date_field, day.isoformat())
    qtbot.keyClick(page.date_field, Qt.Key.Key_Return)
    assert page.day == day
    assert page.table_stack.currentIndex() == 1
    qtbot.keyClick(page.date_field, Qt.Key.Key_Right, ALT)  # the field follows the day shown
    assert page.date_field.value() == day + timedelta(days=1)
    assert page.expected_label.text() == "Nobody was staying here on this day."
    assert "nobody on the roster" in page.empty_label.text()


# --- the page keeps up -------------------------------------------------------------------------------

def test_changes_elsewhere_repaint_only_the_changed_rows(qtbot, desk, signals):
    beds = rooms(desk, count=10, beds=20)
    ids = [take_in(desk, f"Resident {n:03d}", bed=beds[n]) for n in range(200)]
    page = open_page(qtbot, desk, signals)
    assert page.model.rowCount() == 200
    key(qtbot, page, Qt.Key.Key_PageDown, times=3)
    where = page.table.currentIndex()
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    key(qtbot, page, Qt.Key.Key_Space)  # marks and moves down one line
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    desk.meals.mark(desk.today(), desk.meals.kinds()[1].id, ids[150])  # from another screen
    qtbot.waitUntil(lambda: cell(page, "Resident 150", 1) == "✓", timeout=3000)
    assert resets == []
    assert page.table.currentIndex().row() == where.row() + 1
    assert page.table.verticalScrollBar().value() == scrolled


def test_enter_on_her_name_opens_her_file(qtbot, desk, signals, house):
    page = open_page(qtbot, desk, signals)
    key(qtbot, page, Qt.Key.Key_Home)
    assert page.table.currentIndex().column() == COL_NAME
    with qtbot.waitSignal(signals.open_resident, timeout=2000) as opened:
        key(qtbot, page, Qt.Key.Key_Return)
    assert opened.args == [house["Rosa"]]
    assert marks(desk)["Rosa"] == (None, None, None)
    assert page.model.index(0, COL_DIET).data() == "Vegetarian"
    assert page.model.index(0, COL_ALLERGIES).data() == "Peanuts"


# --- the list of meals --------------------------------------------------------------------------------

def test_a_house_manager_changes_the_list_of_meals(qtbot, desk, signals, house, on_dialog):
    sign_in_as(desk, "hm", Role.HOUSE_MANAGER)
    page = open_page(qtbot, desk, signals)
    assert page.lists_button.isVisibleTo(page)

    def type_name(name: str):  # noqa: ANN202
        def run(dialog: MealNameDialog) -> None:
            qtbot.keyClicks(dialog.name_edit, name)
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        return guarded(run)

    def refused(dialog: MealNameDialog) -> None:
        # A second "Lunch" is refused in red under the field; what was typed stays.
        qtbot.keyClicks(dialog.name_edit, "lunch")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "There is already a meal called Lunch." in dialog.name_error.text()
        assert dialog.name_edit.text() == "lunch"
        dialog.reject()

    def change(dialog: MealListDialog) -> None:
        on_dialog(guarded(refused), MealNameDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
        activate(qtbot, dialog)  # (offscreen has no window manager to give it back the focus)
        on_dialog(type_name("Snack"), MealNameDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
        activate(qtbot, dialog)
        assert [k.name for k in dialog.model._rows] == ["Breakfast", "Lunch", "Dinner", "Snack"]
        assert dialog.selected().name == "Snack"
        qtbot.keyClick(dialog.table, Qt.Key.Key_Up, CTRL)  # Snack before Dinner
        assert [k.name for k in dialog.model._rows] == ["Breakfast", "Lunch", "Snack", "Dinner"]
        qtbot.keyClick(dialog.table, Qt.Key.Key_Up)  # Lunch
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # no longer served
        assert "Lunch is no longer on the roster" in dialog.message_label.text()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down, CTRL)  # Lunch moves down, still chosen
        assert [k.name for k in dialog.model._rows] == ["Breakfast", "Snack", "Lunch", "Dinner"]
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # Dinner
        on_dialog(type_name("Supper"), MealNameDialog)  # its old name is selected: typing replaces it
        qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
        activate(qtbot, dialog)
        assert "Dinner is now called Supper." in dialog.message_label.text()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
        done.append(True)

    done: list[bool] = []
    on_dialog(guarded(change), MealListDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_L, ALT)  # the button's letter: clicked after its short animation
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert not any(isinstance(w, MealListDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert [k.name for k in desk.meals.kinds()] == ["Breakfast", "Snack", "Supper"]
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIRST_MEAL, page.model.columnCount())]
    assert titles == ["Breakfast", "Snack", "Supper"]
    assert [row.kind.name for row in page._rows] == titles
    assert page.focusWidget() is page.lists_button


def test_front_desk_marks_meals_but_does_not_change_the_list(qtbot, desk, signals, house):
    sign_in_as(desk, "fd", Role.FRONT_DESK)
    page = open_page(qtbot, desk, signals)
    assert not page.lists_button.isVisibleTo(page)
    qtbot.keyClick(page.table, Qt.Key.Key_L, ALT)
    assert QApplication.activeModalWidget() is None
    key(qtbot, page, Qt.Key.Key_Space)
    assert marks(desk)["Rosa"] == (2, None, None)


# --- the Kitchen Sheet ------------------------------------------------------------------------------------

def test_the_kitchen_sheet_is_saved_without_legal_names(qtbot, desk, signals, house, tmp_path, monkeypatch):
    page = open_page(qtbot, desk, signals)
    key(qtbot, page, Qt.Key.Key_Space, times=3)
    desk.meals.set_guests(desk.today(), desk.meals.kinds()[0].id, 2, 0)
    target = tmp_path / "kitchen.pdf"
    asked = save_dialog_answers(monkeypatch, target)
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert asked and asked[0].endswith(f"Kitchen Sheet {desk.today().isoformat()}.pdf")
    text = pdf_text(target)
    assert "Kitchen Sheet: Monday 2026-01-05" in text
    assert "Cook for 5: 3 residents here, with 2 children or family members." in text
    assert "Breakfast 5 3 2 2 7" in text and "Lunch 5 0 0 0 0" in text
    assert "Rosa Vegetarian Peanuts" in text and "Zoë Halal" in text
    assert LEGAL not in text and "Esperanza" not in text
    qtbot.waitUntil(lambda: "saved" in page.message_label.text(), timeout=2000)
    activate(qtbot, page)  # (the progress window may have had the focus: offscreen has no window manager)

    # By room: no names at all; printed through the system's print dialog (here: caught).
    printed: list[bytes] = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, pdf, title: printed.append(pdf) or True)
    qtbot.keyClick(page.table, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(page.by_room_check.isChecked, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)
    reader = pypdf.PdfReader(io.BytesIO(printed[0]))
    by_room = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Room 1 Vegetarian Peanuts" in by_room and "Room 2 Halal" in by_room
    assert "Rosa" not in by_room and "Zoë" not in by_room and LEGAL not in by_room
    qtbot.waitUntil(lambda: "sent to the printer" in page.message_label.text(), timeout=2000)


# --- guests belong to their own day; midnight; reading only when needed ---------------------------------

def guests_on(desk: Desk, day, meal: int) -> tuple[int, int]:  # noqa: ANN001
    count = desk.meals.roster(day).counts[meal]
    return count.guests, count.guest_children


def test_a_guest_number_typed_is_saved_for_its_own_day(qtbot, desk, signals, house):
    today = desk.today()
    yesterday = today - timedelta(days=1)
    lunch_id = desk.meals.kinds()[1].id
    desk.meals.set_guests(today, lunch_id, 3, 0)
    page = open_page(qtbot, desk, signals)
    lunch = page._rows[1]
    assert lunch.guests.value() == 3
    lunch.guests.setFocus()
    lunch.guests.selectAll()
    qtbot.keyClicks(lunch.guests, "7")  # typed, not taken yet (Enter or leaving the box takes it)
    qtbot.keyClick(lunch.guests, Qt.Key.Key_Left, ALT)  # the day before, the box still has the focus
    assert page.day == yesterday
    assert guests_on(desk, today, 1) == (7, 0)  # saved for the day it was typed for
    assert guests_on(desk, yesterday, 1) == (0, 0)
    assert lunch.day == yesterday and lunch.guests.value() == 0 and lunch.guests.text() == "0"
    qtbot.keyClick(lunch.guests, Qt.Key.Key_Up)  # yesterday's 0 + 1, not today's 3 + 1
    assert guests_on(desk, yesterday, 1) == (1, 0)
    qtbot.keyClick(lunch.guests, Qt.Key.Key_Tab)  # leaving the box saves nothing else anywhere
    assert guests_on(desk, yesterday, 1) == (1, 0) and guests_on(desk, today, 1) == (7, 0)

    # The boxes are rebuilt (a meal renamed on another screen) while a number is being typed: it is saved
    # for the day it was typed for, and the box going away saves nothing.
    dinner = page._rows[2]
    dinner.guests.setFocus()
    dinner.guests.selectAll()
    qtbot.keyClicks(dinner.guests, "4")
    desk.meals.rename_kind(desk.meals.kinds()[0].id, "Early breakfast")
    qtbot.waitUntil(lambda: page._rows[0].kind.name == "Early breakfast", timeout=3000)
    qtbot.waitUntil(lambda: page._rows[2].guests.value() == 4, timeout=3000)
    assert guests_on(desk, yesterday, 2) == (4, 0) and guests_on(desk, today, 2) == (0, 0)


def test_after_midnight_marks_go_to_the_new_day(qtbot, desk, signals, house, clock):
    monday = desk.today()
    page = open_page(qtbot, desk, signals)
    clock.advance(hours=15, minutes=5)  # 00:05 the next day; the page has not read the roster since
    sign_in_as(desk, "director")
    tuesday = desk.today()
    assert tuesday == monday + timedelta(days=1) and page.day == monday
    key(qtbot, page, Qt.Key.Key_Space)
    assert page.day == tuesday and "today" in page.day_words.text()
    assert page.message_label.text() == (f"It is past midnight: the roster now shows {day_text(tuesday)}. "
                                         "Press the key again to mark.")
    assert all(m == (None, None, None) for m in marks(desk, monday).values())
    assert all(m == (None, None, None) for m in marks(desk, tuesday).values())
    key(qtbot, page, Qt.Key.Key_Space)  # again: marks the new day
    assert marks(desk, tuesday)["Rosa"] == (2, None, None)
    assert marks(desk, monday)["Rosa"] == (None, None, None)

    # Guests typed on a page left up over midnight are not saved on the old day either.
    clock.advance(days=1)
    sign_in_as(desk, "director")
    wednesday = desk.today()
    page._rows[0].guests.setFocus()
    page._rows[0].guests.selectAll()
    qtbot.keyClicks(page._rows[0].guests, "2")
    qtbot.keyClick(page._rows[0].guests, Qt.Key.Key_Return)
    assert page.day == wednesday and "Type the number of guests again" in page.message_label.text()
    assert guests_on(desk, tuesday, 0) == (0, 0) and guests_on(desk, wednesday, 0) == (0, 0)
    assert page._rows[0].guests.value() == 0 and page._rows[0].day == wednesday

    # A past day opened on purpose to correct it stays as it is after midnight.
    qtbot.keyClick(page.table, Qt.Key.Key_Left, ALT)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, FIRST_MEAL))  # Rosa's breakfast
    clock.advance(days=1)
    sign_in_as(desk, "director")
    key(qtbot, page, Qt.Key.Key_Space)
    assert page.day == tuesday
    assert marks(desk, tuesday)["Rosa"] == (None, None, None)  # the correction: unmarked


def test_the_roster_is_read_once_per_change_and_not_while_hidden(qtbot, desk, signals, house, monkeypatch):
    page = open_page(qtbot, desk, signals)
    reads: list[object] = []
    roster = desk.meals.roster
    monkeypatch.setattr(desk.meals, "roster", lambda day: reads.append(day) or roster(day))
    key(qtbot, page, Qt.Key.Key_Space)
    QApplication.processEvents()  # the notice of that change arrives: it is the page's own, shown already
    assert len(reads) == 1 and not page._timer.isActive()
    desk.meals.mark(desk.today(), desk.meals.kinds()[1].id, house["Zoë"])  # another screen
    QApplication.processEvents()
    assert page._timer.isActive()
    page._timer.stop()
    page.hide()
    desk.meals.mark(desk.today(), desk.meals.kinds()[2].id, house["Zoë"])
    QApplication.processEvents()
    assert not page._timer.isActive() and len(reads) == 1  # noted, not read
    page.show()
    assert len(reads) == 2 and cell(page, "Zoë", 2) == "✓"
    page.hide()
    page.show()  # nothing changed meanwhile: not read again
    assert len(reads) == 2


# --- words: translatable, keys the native way, typed text never markup ---------------------------------

def test_keys_and_tooltips(qtbot, desk, signals, house):
    rows = dict(meals_page.shortcut_rows())
    native = QKeySequence("Ctrl+Shift+M").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows[native] == "Meals: mark everyone here for the chosen meal"
    assert "1, 2, 3…" in rows
    desk.meals.rename_kind(desk.meals.kinds()[1].id, "<b>Soup</b> & bread")
    page = open_page(qtbot, desk, signals)
    tip = page._rows[1].guests.toolTip()
    assert "&lt;b&gt;Soup&lt;/b&gt; &amp; bread" in tip and "<b>" not in tip
    assert native_text("Alt+G") in tip
    header_tip = page.model.headerData(FIRST_MEAL + 1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Soup" in header_tip and "<b>" not in header_tip
    key(qtbot, page, Qt.Key.Key_Right)
    assert page.everyone_button.text() == "Mark e&veryone for <b>Soup</b> && bread"  # one accelerator: V
    letters = {w.text().split("&")[1][:1].lower() for w in page.findChildren(QAbstractButton) if "&" in w.text()}
    assert not letters & {"f", "m", "h"}  # the main window's File, My account, Help menus


def native_text(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
