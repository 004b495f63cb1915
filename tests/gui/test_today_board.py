"""The Today board: counts after intakes and exits made through the services, and it keeps itself fresh."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.today import COL_WHERE, TodayPage
from shelter_desk.permissions import Role
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from tests.conftest import SHELTER, STAFF_PW, add_staff
from tests.gui.conftest import show_active


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


def open_page(qtbot, desk: Desk, signals: DeskSignals) -> TodayPage:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = TodayPage(desk, SHELTER, signals)
    page.resize(824, 640)  # what is left of a 1024×700 screen beside the navigation
    return show_active(qtbot, page)


def intake(desk: Desk, alias: str, bed: int | None = None, days_ago: int = 0, children: int = 0,
           watch_for: str = "", do_not_confirm: bool = True) -> int:
    return desk.residents.intake(
        PersonDetails(alias=alias, watch_for=watch_for, do_not_confirm=do_not_confirm),
        StayDetails(intake_date=desk.today() - timedelta(days=days_ago), bed_id=bed,
                    household=[HouseholdEntry(f"Child {n + 1}", 4 + n) for n in range(children)]))


def leave_today(desk: Desk, resident_id: int) -> None:
    stay = desk.residents.open_file(resident_id).current_stay
    desk.residents.record_exit(stay.id, desk.today(), hud.DESTINATIONS[0].code, "")


def people(page_list) -> list[tuple[str, str]]:  # noqa: ANN001
    model = page_list.model
    return [(model.row(r).alias, model.index(r, COL_WHERE).data()) for r in range(model.rowCount())]


@pytest.fixture
def beds(desk: Desk) -> dict[str, int]:
    desk.beds.add_room("Garden room", "", 3)
    desk.beds.add_room("Blue room", "", 2)
    return {f"{r.room} · {r.bed}": r.bed_id for r in desk.beds.board()}


def test_the_board_counts_who_is_here_who_came_and_who_left(qtbot, desk, signals, beds):
    intake(desk, "Ana", beds["Garden room · 1"], days_ago=5, children=2,
           watch_for="Ex-partner, tall, drives a grey pickup.")
    intake(desk, "Bea", beds["Garden room · 2"], do_not_confirm=False)
    intake(desk, "Cara")  # here today, no bed yet
    dina = intake(desk, "Dina", beds["Blue room · 1"], days_ago=9, children=1, watch_for="Two men from an agency.")
    leave_today(desk, dina)
    desk.beds.hold(beds["Blue room · 2"], "expected tonight")
    page = open_page(qtbot, desk, signals)

    assert page.here_label.text() == "Here now: 3 residents"
    assert page.household_label.text() == "and 2 children or family members staying with them"
    assert page.rooms_label.text() == "By room: Garden room: 2  ·  No bed yet: 1"
    assert page.beds_label.text().startswith("Beds: 2 free, 1 held")
    assert people(page.arrivals) == [("Bea", "Garden room · 2"), ("Cara", "No bed")]
    assert page.arrivals.title_label.text() == "&Arrived today (2)"
    assert people(page.departures) == [("Dina", "Blue room · 1")]
    assert page.watch_box.isVisible()
    assert "Ana" in page.watch_label.text() and "drives a grey pickup" in page.watch_label.text()
    assert "Dina" not in page.watch_label.text()  # she left
    assert page.do_not_confirm_label.text() == (
        "2 residents here ask that nobody confirms they are here. "
        "Never confirm to a caller or visitor that someone lives here.")
    # A reminder of the rule, not a list of names to read out.
    assert "Ana" not in page.do_not_confirm_label.text() and "Cara" not in page.do_not_confirm_label.text()


def test_the_board_refreshes_itself_after_a_change(qtbot, desk, signals, beds):
    page = open_page(qtbot, desk, signals)
    assert page.here_label.text() == "Nobody is staying here now."
    assert not page.watch_box.isVisible()
    assert page.arrivals.empty_label.isVisible() and not page.arrivals.table.isVisible()
    assert page.do_not_confirm_label.text() == "Never confirm to a caller or visitor that someone lives here."

    ana = intake(desk, "Ana", beds["Garden room · 1"], children=1, watch_for="Her cousin Mark.")
    qtbot.waitUntil(lambda: page.here_label.text() == "Here now: 1 resident")
    assert page.household_label.text() == "and 1 child or family member staying with her"
    assert page.do_not_confirm_label.text().startswith("1 resident here asks that nobody confirms she is here.")
    assert people(page.arrivals) == [("Ana", "Garden room · 1")]
    assert page.watch_box.isVisible()

    leave_today(desk, ana)
    qtbot.waitUntil(lambda: page.here_label.text() == "Nobody is staying here now.")
    assert people(page.departures) == [("Ana", "Garden room · 1")]
    assert not page.watch_box.isVisible()


def test_enter_on_an_arrival_opens_her_file(qtbot, desk, signals, beds):
    intake(desk, "Ana", beds["Garden room · 1"])
    bea = intake(desk, "Bea")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Arrived today
    assert page.arrivals.table.hasFocus()
    qtbot.keyClick(page.arrivals.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(signals.open_resident) as opened:
        qtbot.keyClick(page.arrivals.table, Qt.Key.Key_Return)
    assert opened.args == [bea]


def test_later_issues_add_sections_and_nothing_empty_is_shown_meanwhile(qtbot, desk, signals):
    page = open_page(qtbot, desk, signals)
    before = page.sections.count()  # daily needs (appointments, meals, supplies), reviews, incident tasks
    assert before == 6 and page.needs is not None and page.plan_reviews is not None
    assert page.incident_tasks is not None
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "coming soon" not in texts.lower()
    section = page.add_section("Safety-plan reviews due", QLabel("Ana: review today"))
    assert page.sections.count() == before + 1
    qtbot.waitUntil(section.isVisible)
    # Everything fits the width of a 1024×700 screen; the page scrolls down, never sideways.
    assert page.scroll.widget().minimumSizeHint().width() <= page.scroll.viewport().width()


def test_front_desk_sees_the_board_but_not_the_directors_notices(qtbot, desk, signals, beds):
    intake(desk, "Ana", beds["Garden room · 1"])
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.auth.lock()
    desk.auth.sign_in("maria", STAFF_PW)
    page = open_page(qtbot, desk, signals)
    assert page.notices == []
    assert page.here_label.text() == "Here now: 1 resident"
