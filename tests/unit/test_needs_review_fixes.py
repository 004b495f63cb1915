"""Daily needs after review: leaving closes what waits for her, stale moves and settles are refused,
places are changed by house managers only, a recount and its low mark go together, the count to settle."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shelter_desk import audit, hud
from shelter_desk.errors import PermissionDenied
from shelter_desk.permissions import Role
from shelter_desk.services.needs_views import AppointmentDetails
from shelter_desk.services.residents import StaleRecord
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff
from tests.unit.test_residents import last_event, take_in


def test_leaving_cancels_her_waiting_requests_and_later_appointments(desk):
    rid, stay = take_in(desk, "Ana", on=desk.today() - timedelta(days=10))
    other, _ = take_in(desk, "Rosa", on=desk.today() - timedelta(days=10))
    clothing = desk.supplies.kinds()[0].id
    waiting = desk.supplies.request(rid, clothing, "Winter coat", "M")
    hers_too = desk.supplies.request(other, clothing, "Scarf")
    place = desk.appointments.add_provider("Fictional Clinic", "1 Example Street")
    today, tomorrow = desk.today(), desk.today() + timedelta(days=1)
    same_day = desk.appointments.book(AppointmentDetails(rid, today, 23 * 60, "medical", provider_id=place,
                                                         duration_minutes=30)).appointment_id
    later = desk.appointments.book(AppointmentDetails(rid, tomorrow, 9 * 60, "court", place="County Court",
                                                      transport_needed=True, escort="Sam")).appointment_id
    desk.residents.record_exit(stay, today, hud.DESTINATIONS[0].code)

    assert [r.id for r in desk.supplies.requests()] == [hers_too]
    [closed] = [r for r in desk.supplies.requests(open_only=False) if r.id == waiting]
    assert (closed.status, closed.closed_on, closed.close_note) == ("cancelled", today, "She left the shelter")
    assert desk.appointments.get(later).status == "cancelled"
    assert desk.appointments.get(same_day).status == "scheduled"  # she may go before she leaves
    assert desk.appointments.day_sheet(tomorrow).lines == ()
    event = last_event(desk, audit.Action.STAY_ENDED)
    assert "1 waiting requests and 1 later appointments cancelled" in event.summary and "Ana" not in event.summary


def test_a_move_or_a_settle_from_an_old_screen_is_refused(desk):
    rid, _ = take_in(desk, "Ana", on=desk.today() - timedelta(days=3))
    shown = desk.appointments.get(desk.appointments.book(AppointmentDetails(
        rid, desk.today() + timedelta(days=2), 10 * 60, "medical", place="Clinic", escort="Sam")).appointment_id)
    # Someone else changes the escort meanwhile.
    desk.appointments.update(shown.id, AppointmentDetails(rid, shown.day, 10 * 60, "medical", place="Clinic",
                                                          escort="Jo"), shown.version)
    moved = AppointmentDetails(rid, shown.day + timedelta(days=1), 11 * 60, "medical", place="Clinic", escort="Sam")
    with pytest.raises(StaleRecord):
        desk.appointments.reschedule(shown.id, moved, version=shown.version)
    with pytest.raises(StaleRecord):
        desk.appointments.settle(shown.id, "cancelled", version=shown.version)
    fresh = desk.appointments.get(shown.id)
    assert (fresh.status, fresh.escort) == ("scheduled", "Jo")
    desk.appointments.settle(shown.id, "cancelled", version=fresh.version)
    assert desk.appointments.get(shown.id).status == "cancelled"


def test_only_house_managers_change_or_retire_a_place(desk):
    place = desk.appointments.add_provider("Fictional Clinic", "1 Example Street")
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    desk.auth.lock()
    desk.auth.sign_in("frontdesk", STAFF_PW)
    desk.appointments.add_provider("Fictional Dental", "2 Example Street")  # adding is for everyone
    with pytest.raises(PermissionDenied):
        desk.appointments.update_provider(place, "Fictional Clinic", "99 Somewhere Else")
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert [p.address for p in desk.appointments.providers() if p.id == place] == ["1 Example Street"]


def test_a_recount_and_its_low_mark_are_saved_together(desk):
    clothing = desk.supplies.kinds()[0].id
    stock = desk.supplies.receive(clothing, "Socks", "", 10)
    desk.supplies.recount(stock, 8, "counted on the shelf", low_at=3)
    [line] = desk.supplies.stock()
    assert (line.count, line.low_at) == (8, 3)
    desk.supplies.recount(stock, 8, "only the mark", low_at=9)  # the mark alone
    [line] = desk.supplies.stock()
    assert (line.count, line.low_at, line.is_low) == (8, 9, True)
    assert [c.change for c in desk.supplies.stock_history(stock)] == [-2, 10]


def test_the_count_to_settle_matches_the_list(desk, clock):
    rid, _ = take_in(desk, "Ana", on=desk.today() - timedelta(days=3))
    now = desk.now().astimezone()
    minute = now.hour * 60 + now.minute
    for day, start in ((desk.today() - timedelta(days=1), 10 * 60), (desk.today(), max(minute - 90, 0)),
                       (desk.today(), min(minute + 30, 23 * 60)), (desk.today() + timedelta(days=1), 10 * 60)):
        desk.appointments.book(AppointmentDetails(rid, day, start, "medical", place="Clinic",
                                                  duration_minutes=30), allow_clash=True)
    assert desk.appointments.count_to_settle() == len(desk.appointments.to_settle()) == 2
    assert desk.today_board.needs().to_settle == 2
    clock.advance(hours=1)
    assert desk.appointments.count_to_settle() == len(desk.appointments.to_settle())
