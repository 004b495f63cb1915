"""The Today board's daily-needs sections: appointments and rides, meals, supplies, counted as the day goes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from shelter_desk.desk import Desk
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.today_needs import COL_NAME, COL_RIDE, COL_STATUS, COL_TIME
from shelter_desk.services.needs_views import AppointmentDetails
from tests.gui.test_today_board import intake, open_page


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


def minute_now(desk: Desk) -> int:
    now = desk.now().astimezone()
    return now.hour * 60 + now.minute


def column(table_list, col: int) -> list[str]:  # noqa: ANN001
    model = table_list.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_a_day_of_needs_is_counted_on_the_board(qtbot, desk, signals):
    start = minute_now(desk)
    assert start <= 10 * 60, "the test clock starts in the morning"
    desk.beds.add_room("Garden room", "", 3)
    ana = intake(desk, "Ana", days_ago=3, children=2)
    rosa = intake(desk, "Rosa", days_ago=10)
    clinic = desk.appointments.add_provider("Fictional Clinic", "1 Example Street")
    today, tomorrow = desk.today(), desk.today() + timedelta(days=1)
    desk.appointments.book(AppointmentDetails(rosa, today, 14 * 60, "dental", provider_id=clinic))
    desk.appointments.book(AppointmentDetails(ana, today, start + 30, "medical", provider_id=clinic,
                                              transport_needed=True, ride="Van, leave 9:00", escort="Sam"))
    desk.appointments.book(AppointmentDetails(ana, tomorrow, 8 * 60, "prenatal", place="Fictional Prenatal Clinic"))
    desk.appointments.book(AppointmentDetails(rosa, tomorrow, 15 * 60, "legal", place="Fictional Legal Aid"))
    page = open_page(qtbot, desk, signals)
    needs = page.needs

    assert column(needs.today_list, COL_TIME) == [f"{(start + 30) // 60:02d}:{(start + 30) % 60:02d}", "14:00"]
    assert column(needs.today_list, COL_NAME) == ["Ana", "Rosa"]
    assert "Van, leave 9:00" in column(needs.today_list, COL_RIDE)[0] and "Sam" in column(needs.today_list, COL_RIDE)[0]
    assert column(needs.tomorrow_list, COL_NAME) == ["Ana"]  # the afternoon one is not "morning"
    assert not needs.to_settle_label.isVisible()
    assert "Breakfast: not marked yet" in needs.meals_label.text()
    assert "cooks for 4 today" in needs.meals_label.text()  # two residents and two children
    assert "No requests are waiting" in needs.supplies_label.text()

    # The day goes on: breakfast, a request and a hand-out, the clinic visit is past.
    breakfast = desk.meals.kinds()[0].id
    desk.meals.mark_everyone(today, breakfast)
    kind = desk.supplies.kinds()[0].id
    desk.supplies.receive(kind, "Winter coat", "M", 2, low_at=1)
    request = desk.supplies.request(ana, kind, "Winter coat", "M", 1, "urgent")
    desk.supplies.request(rosa, kind, "Socks", "", 3, "soon")
    qtbot.waitUntil(lambda: "Urgent requests (see Supplies):" in needs.supplies_label.text())
    assert "Clothing: 1" in needs.supplies_label.text()
    assert "Ana" not in needs.supplies_label.text()  # the board is open all day: no names with what she asked
    assert "2 requests are waiting" in needs.supplies_label.text()
    assert "Breakfast: 4 eaten" in needs.meals_label.text()
    desk.supplies.hand_out(ana, kind, "Winter coat", "M", 1, request_id=request)
    desk.clock.advance(hours=2)  # type: ignore[attr-defined]
    desk.changed("appointments")
    qtbot.waitUntil(lambda: "Handed out today: 1 item to 1 resident" in needs.supplies_label.text())
    assert "Low in stock:" in needs.supplies_label.text() and "1 left" in needs.supplies_label.text()
    assert "1 request is waiting" in needs.supplies_label.text()
    qtbot.waitUntil(needs.to_settle_label.isVisible)
    assert "1 past appointment" in needs.to_settle_label.text()
    assert column(needs.today_list, COL_STATUS) == ["To settle", "Booked"]
    first = desk.appointments.on_day(today)[0]
    desk.appointments.settle(first.id, "attended")
    qtbot.waitUntil(lambda: not needs.to_settle_label.isVisible())
    assert column(needs.today_list, COL_STATUS) == ["Went", "Booked"]

    # Enter on an appointment opens her file.
    opened = []
    signals.open_resident.connect(opened.append)
    needs.today_list.table.setFocus()
    needs.today_list.table.selectRow(1)
    qtbot.keyClick(needs.today_list.table, Qt.Key.Key_Return)
    assert opened == [rosa]
