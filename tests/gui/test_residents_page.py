"""Residents → the list: search as you type, filters, sort, opening a file, driven by the keyboard."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.residents import ResidentsPage
from shelter_desk.gui.resident_file import ResidentFileView
from shelter_desk.gui.resident_text import list_table
from shelter_desk.gui.residents_model import (
    COL_BED,
    COL_FLAGS,
    COL_HOUSEHOLD,
    COL_INTAKE,
    COL_LEFT,
    COL_NAME,
    COL_PROGRAM,
    COL_ROOM,
    ResidentsModel,
)
from shelter_desk.permissions import Role
from shelter_desk.services.audit_trail import AuditFilter
from shelter_desk.services.residents import ResidentRow
from shelter_desk.services.validation import fold
from tests.conftest import DIRECTOR
from tests.gui.conftest import show_active
from tests.gui.resident_helpers import guarded, many_residents, sign_in_as, take_in, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def residents(desk: Desk) -> dict[str, int]:
    return many_residents(desk)


@pytest.fixture
def make_page(qtbot, desk: Desk) -> Iterator:  # noqa: ANN001
    made: list[DeskSignals] = []

    def make() -> ResidentsPage:
        apply_look(QApplication.instance())  # the style sheet and its icons, as in the program
        signals = DeskSignals(desk)
        made.append(signals)
        return show_active(qtbot, ResidentsPage(desk, signals))

    yield make
    for signals in made:
        signals.stop()


def aliases(page: ResidentsPage) -> list[str]:
    return [page.model.resident(r).alias for r in range(page.model.rowCount())]


def search(qtbot, page: ResidentsPage, text: str) -> None:  # noqa: ANN001
    """Select what is in the search box, type ``text`` over it, wait for the list to follow."""
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    assert page.search_edit.hasFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)
    type_text(page.search_edit, text)
    qtbot.waitUntil(lambda: not page._search_timer.isActive())


def events(desk: Desk, action: str) -> list:
    """Audit events read straight from the vault (the signed-in person stays signed in)."""
    from sqlalchemy import select

    from shelter_desk.storage.models import AuditEvent

    with desk.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def opened_events(desk: Desk) -> list:
    sign_in_as(desk, DIRECTOR)
    return desk.audit.events(AuditFilter(action=Action.RESIDENT_OPENED))


def test_search_narrows_the_list_as_you_type_in_any_script(qtbot, residents, make_page):
    page = make_page()
    assert page.count_label.text() == "18 residents here now"
    assert page.search_edit.placeholderText() == "Type part of a name or a room"

    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    for letter, expected in (("n", None), ("g", None), ("u", {"Nguyễn Thị Lan"})):
        qtbot.keyClicks(page.search_edit, letter)
        qtbot.waitUntil(lambda: not page._search_timer.isActive())
        if expected is not None:
            assert set(aliases(page)) == expected
    assert "Nguyễn Thị Lan" in aliases(page)

    search(qtbot, page, "nguyen")
    assert aliases(page) == ["Nguyễn Thị Lan"]
    assert page.count_label.text() == "1 resident here now, matching what you typed"
    search(qtbot, page, "АННА")  # Cyrillic, any case
    assert aliases(page) == ["Анна Петрова"]
    search(qtbot, page, "فاطمة")  # Arabic
    assert aliases(page) == ["فاطمة الزهراء"]
    search(qtbot, page, "lan")
    assert set(aliases(page)) == {"Nguyễn Thị Lan", "Lan Anh"}
    search(qtbot, page, "elodie")
    assert aliases(page) == ["Élodie"]
    search(qtbot, page, "room 2")  # a room finds everyone in it
    assert sorted(aliases(page)) == ["Aisha", "Lan Anh", "Mei 美玲", "Zoë", "Ольга"]
    search(qtbot, page, "nobody-called-this")
    assert aliases(page) == []
    assert page.count_label.text() == ("Nobody staying here now matches what you typed. To look among "
                                       "people who have left too, choose Show: Everyone (Alt+W).")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)  # Esc empties the box
    qtbot.waitUntil(lambda: page.model.rowCount() == 18)


def test_legal_name_search_works_for_a_house_manager_and_not_for_front_desk(qtbot, desk, residents, make_page):
    sign_in_as(desk, "frank", Role.FRONT_DESK)
    page = make_page()
    search(qtbot, page, "gonzalez")
    assert aliases(page) == []

    sign_in_as(desk, DIRECTOR)
    assert not page.legal_box.isVisible()

    sign_in_as(desk, "maya", Role.HOUSE_MANAGER)
    page = make_page()
    search(qtbot, page, "gonzalez")
    assert aliases(page) == []  # legal names only when asked for
    before = len(events(desk, Action.RESIDENT_LEGAL_NAME_SEARCHED))
    page.legal_box.setChecked(True)
    qtbot.waitUntil(lambda: aliases(page) == ["Rosa"])  # her legal name, never shown in the list
    assert page.model.index(0, COL_NAME).data() == "Rosa"
    found = events(desk, Action.RESIDENT_LEGAL_NAME_SEARCHED)
    assert len(found) == before + 1 and "gonzalez" not in found[-1].summary.lower()


def test_filters_here_now_left_everyone_and_program(qtbot, residents, make_page):
    page = make_page()
    assert "Grace" not in aliases(page)
    page.status_combo.setFocus()
    qtbot.keyClick(page.status_combo, Qt.Key.Key_Down)  # Left
    assert sorted(aliases(page)) == ["Grace", "Hana"]
    assert page.count_label.text() == "2 residents who have left"
    assert page.model.index(0, COL_LEFT).data()  # the day she left is shown
    qtbot.keyClick(page.status_combo, Qt.Key.Key_Down)  # Everyone
    assert len(aliases(page)) == 20
    assert page.count_label.text() == "20 residents"
    page.program_combo.setFocus()
    qtbot.keyClick(page.program_combo, Qt.Key.Key_Down)  # Emergency
    qtbot.keyClick(page.program_combo, Qt.Key.Key_Down)  # Transitional
    assert sorted(aliases(page)) == ["Grace", "Hana", "María José", "Priya", "Анна Петрова"]
    assert {page.model.index(r, COL_PROGRAM).data() for r in range(page.model.rowCount())} == {"Transitional"}
    search(qtbot, page, "hana")
    assert aliases(page) == ["Hana"]


def test_sort_by_any_column_keeps_the_chosen_resident(qtbot, residents, make_page):
    page = make_page()
    rosa = page.model.row_of(residents["Rosa"])
    page.table.selectRow(rosa)
    page.table.sortByColumn(COL_INTAKE, Qt.SortOrder.DescendingOrder)
    intakes = [page.model.resident(r).intake_date for r in range(page.model.rowCount())]
    assert intakes == sorted(intakes, reverse=True)
    assert page.model.resident(page.table.currentIndex().row()).alias == "Rosa"
    page.table.sortByColumn(COL_ROOM, Qt.SortOrder.AscendingOrder)
    places = [(page.model.resident(r).room, int(page.model.resident(r).bed)) for r in range(page.model.rowCount())]
    assert places == sorted(places)
    for column in (COL_BED, COL_PROGRAM, COL_LEFT, COL_HOUSEHOLD, COL_FLAGS, COL_NAME):
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert page.model.rowCount() == 18
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert aliases(page)[:3] == ["Aisha", "Chloé", "Dominika"]  # accents sort with their letter
    search(qtbot, page, "o")  # a new search keeps the chosen sort
    assert len(aliases(page)) > 3 and aliases(page) == sorted(aliases(page), key=fold)


def test_enter_opens_the_file_and_the_opening_is_audited(qtbot, desk, residents, make_page):
    page = make_page()
    before = len(opened_events(desk))
    search(qtbot, page, "rosa")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)  # into the list
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(page.currentWidget(), ResidentFileView)
    assert page.file_view.alias_label.text() == "Rosa"
    events = opened_events(desk)
    assert len(events) == before + 1
    assert events[0].entity_id == str(residents["Rosa"]) and "Rosa" not in events[0].summary

    qtbot.keyClick(page.file_view, Qt.Key.Key_Escape)  # back to the list, on her
    assert page.currentWidget() is page.list_page and page.file_view is None
    assert page.model.resident(page.table.currentIndex().row()).alias == "Rosa"
    assert page.table.hasFocus()

    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter in the search box opens the chosen one
    assert page.file_view is not None
    qtbot.keyClick(page.file_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.currentWidget() is page.list_page


def test_ctrl_f_from_an_open_file_goes_back_to_search(qtbot, residents, make_page):
    page = make_page()
    page.open_resident(residents["Aisha"])
    page.search_edit.setText("ais")
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    qtbot.keyClick(page.file_view, Qt.Key.Key_F, CTRL)
    assert page.currentWidget() is page.list_page
    assert page.search_edit.hasFocus() and page.search_edit.selectedText() == "ais"


def test_the_list_follows_changes_made_elsewhere(qtbot, desk, residents, make_page):
    page = make_page()
    take_in(desk, "Valentina")
    qtbot.waitUntil(lambda: "Valentina" in aliases(page))
    assert page.count_label.text() == "19 residents here now"
    page.open_resident(residents["Aisha"])
    page.hide()
    take_in(desk, "Wren")
    qtbot.waitUntil(lambda: page.file_view.stale)
    page.show()
    qtbot.waitUntil(lambda: not page.file_view.stale)  # read again when shown


def test_ctrl_n_starts_an_intake(qtbot, residents, make_page, on_dialog):
    pytest.importorskip("shelter_desk.gui.resident_dialogs")
    page = make_page()
    seen = []

    def cancel(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    on_dialog(guarded(cancel))
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["IntakeDialog"]
    assert page.currentWidget() is page.list_page


def test_the_list_model_handles_50000_residents(qtbot):
    rng = random.Random(3)
    first = date(2020, 1, 1)
    rows = []
    for n in range(50_000):
        here = n % 5 != 0
        intake = first + timedelta(days=rng.randrange(2000))
        rows.append(ResidentRow(
            id=n + 1, alias=f"Resident {rng.randrange(10**6):06d}", here=here,
            program=("emergency", "transitional", "long_term")[n % 3],
            room=f"Room {n % 41 + 1}" if here else "", bed=str(n % 6 + 1) if here else "",
            intake_date=intake, exit_date=None if here else intake + timedelta(days=30),
            do_not_confirm=n % 2 == 0, watch_for=n % 7 == 0, household=n % 4))
    model = ResidentsModel()
    table = list_table(None, model, "residents")
    qtbot.addWidget(table)
    table.setSortingEnabled(True)
    model.set_rows(rows)
    table.resize(900, 600)
    table.show()
    qtbot.waitExposed(table)
    assert model.rowCount() == 50_000
    table.scrollToBottom()
    QApplication.processEvents()
    assert model.index(49_999, COL_NAME).data().startswith("Resident ")
    table.selectRow(12_345)
    chosen = model.resident(12_345).id
    table.sortByColumn(COL_INTAKE, Qt.SortOrder.DescendingOrder)
    intakes = [model.resident(r).intake_date for r in range(model.rowCount())]
    assert intakes == sorted(intakes, reverse=True)
    assert model.resident(table.currentIndex().row()).id == chosen  # the selection followed the sort
    table.sortByColumn(COL_LEFT, Qt.SortOrder.AscendingOrder)
    assert model.resident(0).exit_date is not None and model.resident(49_999).exit_date is None
    table.sortByColumn(COL_ROOM, Qt.SortOrder.AscendingOrder)
    assert model.index(0, COL_ROOM).data() == "Room 1" and model.index(49_999, COL_ROOM).data() == ""
    table.scrollToBottom()
    QApplication.processEvents()


def test_the_main_window_opens_a_file_on_request_and_lists_the_shortcuts(qtbot, desk, residents, main_window):
    main_window.signals.open_resident.emit(residents["Ольга"])
    page = main_window.app_area.page_of(ResidentsPage)
    qtbot.waitUntil(lambda: page.file_view is not None)
    assert main_window.app_area.pages.currentWidget() is page
    assert page.file_view.alias_label.text() == "Ольга"
    rows = main_window.shortcut_rows()
    assert ("Ctrl+F", "Residents: search by name or room") in rows
    assert ("Ctrl+N", "Residents: take in a new resident (intake)") in rows
