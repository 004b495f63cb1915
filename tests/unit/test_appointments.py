"""Appointments and rides: places, booking within a stay, overlaps, changes, settling, moving,
the views, the day sheet and the Today board's daily-needs part, on a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from shelter_desk import audit
from shelter_desk.clock import ManualClock
from shelter_desk.desk import Desk
from shelter_desk.errors import ValidationError
from shelter_desk.services.needs_views import AppointmentClash, AppointmentDetails, time_text
from shelter_desk.services.resident_input import StayDetails
from shelter_desk.services.residents import StaleRecord
from shelter_desk.storage.needs_models import Appointment, Provider
from tests.unit.test_residents import (
    assert_audit_clean,
    days,
    events,
    last_event,
    make_rooms,
    take_in,
)
from tests.unit.vaulttools import assert_plain

START = date(2026, 1, 5)
TYPED = ("Amara", "Beatriz", "Chiara", "Rosa Martinez", "Harbor Clinic", "1 Main Street", "555-0100",
         "Bring the insurance card", "Van 2", "Legal Name")


@pytest.fixture
def clock() -> ManualClock:
    """09:00 on the shelter's clock (whatever this computer's time zone), so "past today" is exact."""
    return ManualClock(datetime.combine(START, time(9, 0)).astimezone())


@pytest.fixture
def people(desk: Desk) -> dict[str, int]:
    """Amara here for a month (Room 1), Beatriz who came ten days ago and left five days ago, Chiara here."""
    beds = make_rooms(desk)
    today = desk.today()
    assert today == START
    amara, _ = take_in(desk, "Amara", on=today - days(30), bed=beds["r1b1"], legal_name="Amara Legal Name")
    beatriz, stay = take_in(desk, "Beatriz", on=today - days(10), legal_name="Beatriz Legal Name")
    desk.residents.record_exit(stay, today - days(5), 410)
    chiara, _ = take_in(desk, "Chiara", on=today - days(2), bed=beds["fam1"])
    clinic = desk.appointments.add_provider("Harbor Clinic", "1 Main Street", "555-0100", "Side door")
    return {"amara": amara, "beatriz": beatriz, "chiara": chiara, "clinic": clinic}


def at(hour: int, minute: int = 0) -> int:
    return hour * 60 + minute


def visit(resident_id: int, day: date, start: int, **more: object) -> AppointmentDetails:
    values: dict = {"kind": "medical", "place": "Walk-in centre"} | more
    return AppointmentDetails(resident_id, day, start, **values)


def appointment_rows(desk: Desk) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.count()).select_from(Appointment)))


# --- places -----------------------------------------------------------------------------------

def test_places_are_added_changed_and_retired(desk):
    clinic = desk.appointments.add_provider(" Harbor   Clinic ", "1 Main Street", "555-0100", "Side door")
    (view,) = desk.appointments.providers()
    assert (view.id, view.name, view.address, view.phone, view.note, view.active) == (
        clinic, "Harbor Clinic", "1 Main Street", "555-0100", "Side door", True)
    event = last_event(desk, audit.Action.PROVIDER_ADDED)
    assert (event.entity_type, event.entity_id) == ("provider", str(clinic))
    # The same name at the same address (any case or accents) is already there; elsewhere it is another place.
    for name, address in (("harbor clinic", "1 main street"), ("HÁRBOR CLINIC", " 1 Main  Street ")):
        with pytest.raises(ValidationError) as caught:
            desk.appointments.add_provider(name, address)
        assert caught.value.field == "name" and "Harbor Clinic" in caught.value.message
        assert_plain(caught.value)
    branch = desk.appointments.add_provider("Harbor Clinic", "9 Hill Road")
    court = desk.appointments.add_provider("County Court")
    assert [p.name for p in desk.appointments.providers()] == ["County Court", "Harbor Clinic", "Harbor Clinic"]

    desk.appointments.update_provider(branch, "Harbor Clinic North", "9 Hill Road", "555-0101")
    changed = last_event(desk, audit.Action.PROVIDER_CHANGED)
    assert (changed.entity_type, changed.entity_id) == ("provider", str(branch))
    assert "name" in changed.summary and "phone" in changed.summary and "address" not in changed.summary
    before = len(events(desk))
    desk.appointments.update_provider(branch, "Harbor Clinic North", "9 Hill Road", "555-0101")  # no change
    assert len(events(desk)) == before
    # An edit cannot make a twin of another place either.
    with pytest.raises(ValidationError) as caught:
        desk.appointments.update_provider(branch, "harbor clinic", "1 Main Street")
    assert caught.value.field == "name"
    desk.appointments.update_provider(clinic, "HARBOR CLINIC", "1 Main Street", "555-0100", "Side door")  # itself

    desk.appointments.update_provider(court, "County Court", active=False)
    assert "active" in last_event(desk, audit.Action.PROVIDER_CHANGED).summary
    assert [p.id for p in desk.appointments.providers()] == [clinic, branch]
    assert [(p.id, p.active) for p in desk.appointments.providers(include_retired=True)] == [
        (court, False), (clinic, True), (branch, True)]
    desk.appointments.update_provider(court, "County Court", active=True)
    assert len(desk.appointments.providers()) == 3
    assert_audit_clean(desk, "Harbor", "County Court", "Main Street", "Hill Road", "555-01", "Side door")


@pytest.mark.parametrize(("args", "field"), [
    (("",), "name"), (("   ",), "name"), ((None,), "name"), (("x" * 121,), "name"), ((5,), "name"),
    (("Clinic", "x" * 301), "address"), (("Clinic", "", "5" * 61), "phone"), (("Clinic", "", "", "n" * 301), "note"),
    (("Clinic", 7), "address"),
])
def test_a_place_needs_sensible_details(desk, args, field):
    with pytest.raises(ValidationError) as caught:
        desk.appointments.add_provider(*args)
    assert caught.value.field == field
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(Provider)) == 0
    for bad in (0, 9999, None, True, "1"):
        with pytest.raises(ValidationError):
            desk.appointments.update_provider(bad, "Clinic")


def test_a_retired_place_stays_on_its_appointments_but_is_not_chosen_again(desk, people):
    today = desk.today()
    booked = desk.appointments.book(visit(people["amara"], today + days(3), at(10), provider_id=people["clinic"]))
    desk.appointments.update_provider(people["clinic"], "Harbor Clinic", "1 Main Street", "555-0100", "Side door",
                                      active=False)
    line = desk.appointments.get(booked.appointment_id)
    assert (line.provider_id, line.place_name, line.address, line.phone) == (
        people["clinic"], "Harbor Clinic", "1 Main Street", "555-0100")
    # Changing the time keeps it...
    desk.appointments.update(line.id, visit(people["amara"], today + days(3), at(11), provider_id=people["clinic"]),
                             line.version)
    assert desk.appointments.get(line.id).start_minute == at(11)
    # ...but a new appointment cannot choose it, nor can an old one be moved onto it.
    with pytest.raises(ValidationError) as caught:
        desk.appointments.book(visit(people["chiara"], today + days(3), at(14), provider_id=people["clinic"]))
    assert caught.value.field == "provider"
    other = desk.appointments.book(visit(people["chiara"], today + days(4), at(14))).appointment_id
    with pytest.raises(ValidationError):
        desk.appointments.update(other, visit(people["chiara"], today + days(4), at(14), provider_id=people["clinic"]),
                                 1)
    assert appointment_rows(desk) == 2


# --- booking ----------------------------------------------------------------------------------

def test_booking_within_her_stay(desk, people):
    today = desk.today()
    details = AppointmentDetails(people["amara"], today + days(1), at(9, 30), "prenatal", duration_minutes=45,
                                 provider_id=people["clinic"], transport_needed=True, ride="Van 2, leave 9:00",
                                 escort=" Rosa   Martinez ", notes="Bring the insurance card.\nFasting.")
    result = desk.appointments.book(details)
    assert result.clashes == ()
    line = desk.appointments.get(result.appointment_id)
    assert (line.resident_id, line.alias, line.room, line.day, line.start_minute, line.duration_minutes) == (
        people["amara"], "Amara", "Room 1", today + days(1), 570, 45)
    assert (line.kind, line.provider_id, line.place_name, line.address, line.phone) == (
        "prenatal", people["clinic"], "Harbor Clinic", "1 Main Street", "555-0100")
    assert (line.transport_needed, line.ride, line.escort, line.notes) == (
        True, "Van 2, leave 9:00", "Rosa Martinez", "Bring the insurance card.\nFasting.")
    assert (line.status, line.outcome_note, line.rescheduled_to_id, line.rescheduled_from_id) == (
        "scheduled", "", None, None)
    assert (line.needs_settling, line.version, line.end_minute) == (False, 1, 615)
    assert (time_text(line.start_minute), time_text(line.end_minute)) == ("09:30", "10:15")
    assert "Legal" not in repr(line)
    event = last_event(desk, audit.Action.APPOINTMENT_BOOKED)
    assert (event.entity_type, event.entity_id) == ("appointment", str(line.id))
    assert f"resident #{people['amara']}" in event.summary and "overlap" not in event.summary

    # A place typed instead of chosen; the intake day and the exit day are within the stay.
    typed = desk.appointments.book(visit(people["beatriz"], today - days(5), at(8), kind="court",
                                         place="Family court, room 4"))
    assert desk.appointments.get(typed.appointment_id).place_name == "Family court, room 4"
    assert desk.appointments.get(typed.appointment_id).address == ""
    desk.appointments.book(visit(people["beatriz"], today - days(10), at(8)))
    assert_audit_clean(desk, *TYPED, "Family court", "Fasting", "Van 2")


def test_a_day_outside_her_stays_is_refused_in_plain_words(desk, people):
    today = desk.today()
    with pytest.raises(ValidationError) as caught:
        desk.appointments.book(visit(people["amara"], today - days(31), at(10)))
    assert caught.value.field == "day"
    assert "Amara" in caught.value.message and (today - days(30)).isoformat() in caught.value.message
    assert "before" in caught.value.message
    assert_plain(caught.value)
    for day in (today - days(4), today + days(1)):
        with pytest.raises(ValidationError) as caught:
            desk.appointments.book(visit(people["beatriz"], day, at(10)))
        assert caught.value.field == "day"
        assert "Beatriz" in caught.value.message and (today - days(5)).isoformat() in caught.value.message
        assert "left" in caught.value.message
    # Between two stays: neither before she came nor after she left.
    desk.residents.start_stay(people["beatriz"], StayDetails(today - days(1)))
    with pytest.raises(ValidationError) as caught:
        desk.appointments.book(visit(people["beatriz"], today - days(3), at(10)))
    assert caught.value.field == "day" and "Beatriz" in caught.value.message
    assert "left on" not in caught.value.message and "before" not in caught.value.message
    desk.appointments.book(visit(people["beatriz"], today + days(1), at(10)))  # back now
    assert appointment_rows(desk) == 1


def test_more_than_two_years_ahead_is_a_typing_mistake(desk, people):
    today = desk.today()
    desk.appointments.book(visit(people["amara"], today + days(730), at(10)))
    with pytest.raises(ValidationError) as caught:
        desk.appointments.book(visit(people["amara"], today.replace(year=today.year + 3), at(10)))
    assert caught.value.field == "day" and "two years" in caught.value.message
    assert_plain(caught.value)
    for day in (date.max, date(1899, 12, 31), datetime(2026, 1, 6, 10), "2026-01-06", None):
        with pytest.raises(ValidationError) as caught:
            desk.appointments.book(visit(people["amara"], day, at(10)))
        assert caught.value.field == "day"
    assert appointment_rows(desk) == 1


@pytest.mark.parametrize(("more", "field"), [
    ({"start_minute": -1}, "start"), ({"start_minute": 24 * 60}, "start"), ({"start_minute": True}, "start"),
    ({"start_minute": "10:00"}, "start"), ({"start_minute": None}, "start"), ({"start_minute": 600.0}, "start"),
    ({"duration_minutes": 4}, "duration"), ({"duration_minutes": 0}, "duration"),
    ({"duration_minutes": 12 * 60 + 1}, "duration"), ({"duration_minutes": True}, "duration"),
    ({"duration_minutes": "60"}, "duration"), ({"start_minute": at(23, 30), "duration_minutes": 60}, "duration"),
    ({"kind": "dentist"}, "kind"), ({"kind": ""}, "kind"), ({"kind": None}, "kind"), ({"kind": ["medical"]}, "kind"),
    ({"kind": "Medical"}, "kind"), ({"place": ""}, "provider"), ({"place": "   "}, "provider"),
    ({"place": None}, "provider"), ({"provider_id": 9999, "place": ""}, "provider"),
    ({"provider_id": True}, "provider"), ({"provider_id": 0}, "provider"), ({"provider_id": "1"}, "provider"),
    ({"place": "x" * 301}, "place"), ({"escort": "x" * 121}, "escort"), ({"ride": "x" * 201}, "ride"),
    ({"notes": "x" * 2001}, "notes"), ({"escort": 5}, "escort"),
])
def test_odd_details_are_refused(desk, people, more, field):
    details = replace(visit(people["amara"], desk.today() + days(1), at(10)), **more)
    with pytest.raises(ValidationError) as caught:
        desk.appointments.book(details)
    assert caught.value.field == field, caught.value.message
    assert_plain(caught.value)
    assert appointment_rows(desk) == 0


def test_an_appointment_for_no_such_resident_is_refused(desk, people):
    for bad in (0, 9999, None, "1", True):
        with pytest.raises(ValidationError):
            desk.appointments.book(visit(bad, desk.today(), at(10)))
    assert appointment_rows(desk) == 0


def test_the_last_minutes_of_the_day_are_fine(desk, people):
    desk.appointments.book(visit(people["amara"], desk.today() + days(1), at(23, 55), duration_minutes=5))
    desk.appointments.book(visit(people["amara"], desk.today() + days(1), 0, duration_minutes=12 * 60))


# --- overlaps ---------------------------------------------------------------------------------

def test_booking_her_twice_at_once_asks_first(desk, people):
    tomorrow = desk.today() + days(1)
    first = desk.appointments.book(visit(people["amara"], tomorrow, at(10), escort="Rosa Martinez")).appointment_id
    with pytest.raises(AppointmentClash) as caught:
        desk.appointments.book(visit(people["amara"], tomorrow, at(10, 30), kind="dental"))
    assert isinstance(caught.value, ValidationError) and caught.value.field == "start"
    assert [c.id for c in caught.value.clashes] == [first]
    assert caught.value.clashes[0].alias == "Amara"
    assert_plain(caught.value)
    assert appointment_rows(desk) == 1
    confirmed = desk.appointments.book(visit(people["amara"], tomorrow, at(10, 30), kind="dental"), allow_clash=True)
    assert [c.id for c in confirmed.clashes] == [first]
    assert "1 overlap(s) confirmed" in last_event(desk, audit.Action.APPOINTMENT_BOOKED).summary
    # Back to back is not an overlap; another day is not either.
    assert desk.appointments.book(visit(people["amara"], tomorrow, at(11, 30))).clashes == ()
    assert desk.appointments.book(visit(people["amara"], tomorrow, at(9), duration_minutes=60)).clashes == ()
    assert desk.appointments.book(visit(people["amara"], tomorrow + days(1), at(10))).clashes == ()
    # Someone else at the same time, with no escort or another one, is fine.
    desk.appointments.book(visit(people["chiara"], tomorrow, at(10)))
    desk.appointments.book(visit(people["chiara"], tomorrow + days(1), at(10), escort="Sam"))


@pytest.mark.parametrize("escort", ["Rosa Martinez", "rosa martinez", "  ROSA   MARTÍNEZ ", "Rosa Martínez"])
def test_booking_the_escort_twice_at_once_asks_first(desk, people, escort):
    tomorrow = desk.today() + days(1)
    first = desk.appointments.book(visit(people["amara"], tomorrow, at(10), escort="Rosa Martinez")).appointment_id
    with pytest.raises(AppointmentClash) as caught:
        desk.appointments.book(visit(people["chiara"], tomorrow, at(10, 45), escort=escort))
    assert [c.id for c in caught.value.clashes] == [first]
    desk.appointments.book(visit(people["chiara"], tomorrow, at(10, 45), escort=escort), allow_clash=True)
    assert appointment_rows(desk) == 2


def test_a_cancelled_or_moved_appointment_does_not_clash(desk, people):
    tomorrow = desk.today() + days(1)
    first = desk.appointments.book(visit(people["amara"], tomorrow, at(10), escort="Rosa")).appointment_id
    desk.appointments.settle(first, "cancelled", "clinic closed")
    assert desk.appointments.book(visit(people["amara"], tomorrow, at(10), escort="Rosa")).clashes == ()
    second = desk.appointments.book(visit(people["chiara"], tomorrow, at(14), escort="Sam")).appointment_id
    moved = desk.appointments.reschedule(second, visit(people["chiara"], tomorrow, at(14, 30), escort="Sam"))
    assert moved.clashes == ()  # overlapping its own old time is no clash
    assert desk.appointments.book(visit(people["amara"], tomorrow, at(14), escort="Sam",
                                        duration_minutes=30)).clashes == ()


# --- changing, settling, moving ---------------------------------------------------------------

def test_changing_an_appointment(desk, people):
    tomorrow = desk.today() + days(1)
    aid = desk.appointments.book(visit(people["amara"], tomorrow, at(10), provider_id=people["clinic"])).appointment_id
    line = desk.appointments.get(aid)
    result = desk.appointments.update(aid, visit(people["amara"], tomorrow, at(11), provider_id=people["clinic"],
                                                 notes="Bring the insurance card"), line.version)
    assert (result.appointment_id, result.clashes) == (aid, ())
    changed = desk.appointments.get(aid)
    assert (changed.start_minute, changed.notes, changed.version) == (at(11), "Bring the insurance card", 2)
    event = last_event(desk, audit.Action.APPOINTMENT_CHANGED)
    assert (event.entity_type, event.entity_id) == ("appointment", str(aid))
    assert "start_minute" in event.summary and "notes" in event.summary and "day" not in event.summary
    # Saving the same details again changes nothing.
    before = len(events(desk))
    desk.appointments.update(aid, visit(people["amara"], tomorrow, at(11), provider_id=people["clinic"],
                                        notes="Bring the insurance card"), 2)
    assert len(events(desk)) == before and desk.appointments.get(aid).version == 2
    # An old copy is refused; nothing changes.
    with pytest.raises(StaleRecord) as caught:
        desk.appointments.update(aid, visit(people["amara"], tomorrow, at(15)), line.version)
    assert_plain(caught.value)
    assert desk.appointments.get(aid).start_minute == at(11)
    # Another resident: cancel and book anew.
    with pytest.raises(ValidationError) as caught:
        desk.appointments.update(aid, visit(people["chiara"], tomorrow, at(11)), 2)
    assert caught.value.field == "resident"
    # Onto another of her appointments: asks first.
    other = desk.appointments.book(visit(people["amara"], tomorrow, at(15))).appointment_id
    with pytest.raises(AppointmentClash) as clash:
        desk.appointments.update(aid, visit(people["amara"], tomorrow, at(15, 30)), 2)
    assert [c.id for c in clash.value.clashes] == [other]
    assert desk.appointments.update(aid, visit(people["amara"], tomorrow, at(15, 30)), 2,
                                    allow_clash=True).clashes[0].id == other
    # A settled one cannot be changed.
    desk.appointments.settle(other, "cancelled")
    with pytest.raises(ValidationError):
        desk.appointments.update(other, visit(people["amara"], tomorrow, at(8)), 2)
    for bad in (0, 9999, None, True):
        with pytest.raises(ValidationError):
            desk.appointments.update(bad, visit(people["amara"], tomorrow, at(8)), 1)
    assert_audit_clean(desk, *TYPED)


def test_settling(desk, people):
    today = desk.today()
    yesterday = desk.appointments.book(visit(people["amara"], today - days(1), at(10))).appointment_id
    this_morning = desk.appointments.book(visit(people["amara"], today, at(7))).appointment_id
    tomorrow = desk.appointments.book(visit(people["amara"], today + days(1), at(10))).appointment_id
    for outcome in ("attended", "missed"):
        with pytest.raises(ValidationError) as caught:
            desk.appointments.settle(tomorrow, outcome)
        assert caught.value.field == "outcome"
        assert_plain(caught.value)
    for outcome in ("rescheduled", "scheduled", "went", "", None, ["attended"]):
        with pytest.raises(ValidationError) as caught:
            desk.appointments.settle(yesterday, outcome)
        assert caught.value.field == "outcome"
    with pytest.raises(ValidationError) as caught:
        desk.appointments.settle(yesterday, "attended", "x" * 301)
    assert caught.value.field == "outcome_note"
    assert {a.status for a in desk.appointments.between(today - days(1), today + days(1))} == {"scheduled"}

    desk.appointments.settle(yesterday, "attended", "went with Rosa Martinez")
    desk.appointments.settle(this_morning, "missed")
    desk.appointments.settle(tomorrow, "cancelled", "clinic called")
    lines = {a.id: a for a in desk.appointments.between(today - days(1), today + days(1))}
    assert (lines[yesterday].status, lines[yesterday].outcome_note, lines[yesterday].version) == (
        "attended", "went with Rosa Martinez", 2)
    assert (lines[this_morning].status, lines[tomorrow].status) == ("missed", "cancelled")
    assert not any(line.needs_settling for line in lines.values())
    event = last_event(desk, audit.Action.APPOINTMENT_SETTLED)
    assert (event.entity_type, event.entity_id, event.summary) == (
        "appointment", str(tomorrow), f"appointment #{tomorrow}: cancelled")
    with pytest.raises(ValidationError):
        desk.appointments.settle(yesterday, "missed")  # already settled
    with pytest.raises(ValidationError):
        desk.appointments.settle(9999, "missed")
    assert_audit_clean(desk, *TYPED, "clinic called")


def test_moving_to_a_new_time_links_old_and_new(desk, people):
    today = desk.today()
    old = desk.appointments.book(visit(people["amara"], today + days(1), at(10), escort="Rosa",
                                       provider_id=people["clinic"])).appointment_id
    # The resident stays hers whatever the form says.
    moved = desk.appointments.reschedule(old, visit(people["chiara"], today + days(8), at(9), escort="Rosa",
                                                    provider_id=people["clinic"]), "doctor ill")
    new = moved.appointment_id
    assert new != old and moved.clashes == ()
    before, after = desk.appointments.get(old), desk.appointments.get(new)
    assert (before.status, before.rescheduled_to_id, before.outcome_note, before.rescheduled_from_id) == (
        "rescheduled", new, "doctor ill", None)
    assert (after.status, after.rescheduled_from_id, after.rescheduled_to_id, after.resident_id, after.day) == (
        "scheduled", old, None, people["amara"], today + days(8))
    event = last_event(desk, audit.Action.APPOINTMENT_RESCHEDULED)
    assert (event.entity_type, event.entity_id) == ("appointment", str(old))
    assert f"#{old}" in event.summary and f"#{new}" in event.summary
    # The old time is free again: no overlap for her or the escort.
    assert desk.appointments.book(visit(people["amara"], today + days(1), at(10), escort="Rosa")).clashes == ()
    # A moved one is settled: it cannot be moved, changed or settled again.
    with pytest.raises(ValidationError):
        desk.appointments.reschedule(old, visit(people["amara"], today + days(9), at(9)))
    with pytest.raises(ValidationError):
        desk.appointments.settle(old, "cancelled")
    # Moving onto another of her appointments asks first.
    with pytest.raises(AppointmentClash):
        desk.appointments.reschedule(new, visit(people["amara"], today + days(1), at(10, 30)))
    again = desk.appointments.reschedule(new, visit(people["amara"], today + days(1), at(10, 30)), allow_clash=True)
    assert len(again.clashes) == 1
    # Moving to a day after she left is refused like booking.
    with pytest.raises(ValidationError) as caught:
        desk.appointments.reschedule(again.appointment_id, visit(people["amara"], today - days(40), at(9)))
    assert caught.value.field == "day"
    assert [a.rescheduled_from_id for a in desk.appointments.for_resident(people["amara"])
            if a.id == again.appointment_id] == [new]
    assert_audit_clean(desk, *TYPED, "doctor ill")


# --- the views ----------------------------------------------------------------------------------

def test_what_is_left_to_settle(desk, people, clock):
    today = desk.today()
    book = desk.appointments.book
    past = book(visit(people["amara"], today - days(2), at(15))).appointment_id
    settled = book(visit(people["amara"], today - days(1), at(10))).appointment_id
    desk.appointments.settle(settled, "attended")
    yesterday = book(visit(people["chiara"], today - days(1), at(16))).appointment_id
    ended = book(visit(people["amara"], today, at(7), duration_minutes=60)).appointment_id  # 7:00-8:00
    going_on = book(visit(people["chiara"], today, at(8, 30), duration_minutes=60)).appointment_id  # to 9:30
    later = book(visit(people["amara"], today, at(14))).appointment_id
    book(visit(people["amara"], today + days(1), at(7)))
    gone = book(visit(people["beatriz"], today - days(6), at(10))).appointment_id  # she has left since

    assert [a.id for a in desk.appointments.to_settle()] == [gone, past, yesterday, ended]
    assert all(a.needs_settling for a in desk.appointments.to_settle())
    assert not desk.appointments.get(going_on).needs_settling and not desk.appointments.get(later).needs_settling
    clock.advance(minutes=29)  # 9:29
    assert going_on not in [a.id for a in desk.appointments.to_settle()]
    clock.advance(minutes=1)  # 9:30: it has ended
    assert [a.id for a in desk.appointments.to_settle()] == [gone, past, yesterday, ended, going_on]
    assert desk.appointments.get(going_on).needs_settling
    for aid in (past, yesterday, gone, ended):
        desk.appointments.settle(aid, "attended")
    assert [a.id for a in desk.appointments.to_settle()] == [going_on]


def test_between_and_on_day_are_in_time_order(desk, people):
    today = desk.today()
    book = desk.appointments.book
    c = book(visit(people["amara"], today + days(2), at(9))).appointment_id
    a = book(visit(people["chiara"], today, at(15))).appointment_id
    b = book(visit(people["amara"], today, at(8, 15))).appointment_id
    d = book(visit(people["chiara"], today + days(2), at(9), duration_minutes=30)).appointment_id
    e = book(visit(people["amara"], today + days(7), at(7))).appointment_id
    desk.appointments.settle(a, "cancelled")
    assert [x.id for x in desk.appointments.between(today, today + days(6))] == [b, a, c, d]
    assert [x.id for x in desk.appointments.between(today + days(6), today)] == [b, a, c, d]  # either way round
    assert [x.id for x in desk.appointments.between(today, today + days(7), include_settled=False)] == [b, c, d, e]
    assert [x.id for x in desk.appointments.on_day(today)] == [b, a]
    assert [x.id for x in desk.appointments.on_day(today, include_settled=False)] == [b]
    assert desk.appointments.on_day(today + days(1)) == []
    assert [x.id for x in desk.appointments.for_resident(people["amara"])] == [e, c, b]  # newest first
    assert desk.appointments.for_resident(people["beatriz"]) == []
    with pytest.raises(ValidationError):
        desk.appointments.for_resident(9999)
    with pytest.raises(ValidationError):
        desk.appointments.get(9999)
    for bad in ("2026-01-05", None, 5, datetime(2026, 1, 5, 10)):
        with pytest.raises(ValidationError):
            desk.appointments.between(bad, today)
        with pytest.raises(ValidationError):
            desk.appointments.on_day(bad)


def test_the_day_sheet_holds_the_booked_ones_and_no_legal_names(desk, people):
    today = desk.today()
    book = desk.appointments.book
    late = book(visit(people["amara"], today + days(1), at(14), provider_id=people["clinic"], transport_needed=True,
                      ride="Van 2", escort="Rosa Martinez")).appointment_id
    early = book(visit(people["chiara"], today + days(1), at(8))).appointment_id
    cancelled = book(visit(people["chiara"], today + days(1), at(16))).appointment_id
    desk.appointments.settle(cancelled, "cancelled")
    moved = book(visit(people["amara"], today + days(1), at(9))).appointment_id
    desk.appointments.reschedule(moved, visit(people["amara"], today + days(3), at(9)))
    sheet = desk.appointments.day_sheet(today + days(1))
    assert sheet.day == today + days(1)
    assert [line.id for line in sheet.lines] == [early, late]
    assert (sheet.lines[1].alias, sheet.lines[1].place_name, sheet.lines[1].ride, sheet.lines[1].escort) == (
        "Amara", "Harbor Clinic", "Van 2", "Rosa Martinez")
    assert "Legal" not in repr(sheet)
    made = last_event(desk, audit.Action.DAY_SHEET_MADE)
    assert (made.entity_type, made.entity_id) == ("day", (today + days(1)).isoformat())
    assert "2 appointments" in made.summary
    assert desk.appointments.day_sheet(today + days(20)).lines == ()
    with pytest.raises(ValidationError):
        desk.appointments.day_sheet("tomorrow")
    assert len(events(desk, audit.Action.DAY_SHEET_MADE)) == 2
    assert_audit_clean(desk, *TYPED)


# --- the Today board ------------------------------------------------------------------------------

def test_the_today_board_needs(desk, people, clock):
    today = desk.today()
    book = desk.appointments.book
    k = {kind.code: kind.id for kind in desk.supplies.kinds()}
    meals = {m.name: m.id for m in desk.meals.kinds()}
    afternoon = book(visit(people["amara"], today, at(15), escort="Rosa")).appointment_id
    ended = book(visit(people["chiara"], today, at(7))).appointment_id  # 7:00-8:00: to settle
    attended = book(visit(people["amara"], today, at(8))).appointment_id
    desk.appointments.settle(attended, "attended")
    moved = book(visit(people["chiara"], today, at(12))).appointment_id
    desk.appointments.reschedule(moved, visit(people["chiara"], today + days(1), at(13)))
    early = book(visit(people["chiara"], today + days(1), at(7, 30))).appointment_id
    eleven = book(visit(people["amara"], today + days(1), at(11, 59))).appointment_id
    book(visit(people["chiara"], today + days(1), at(12)))  # noon is not "early"
    cancelled = book(visit(people["amara"], today + days(1), at(9))).appointment_id
    desk.appointments.settle(cancelled, "cancelled")
    book(visit(people["amara"], today + days(2), at(8)))
    book(visit(people["amara"], today - days(3), at(8)))  # to settle too

    desk.supplies.request(people["amara"], k["clothing"], "Coat", urgency="soon")
    urgent = desk.supplies.request(people["chiara"], k["baby"], "Formula", urgency="urgent")
    closed = desk.supplies.request(people["chiara"], k["hygiene"], "Soap", urgency="urgent")
    desk.supplies.cancel_request(closed)
    soap = desk.supplies.receive(k["hygiene"], "Soap", quantity=2, low_at=3)
    desk.supplies.receive(k["hygiene"], "Towel", quantity=9, low_at=3)
    desk.meals.mark_everyone(today, meals["Breakfast"])
    desk.meals.set_guests(today, meals["Lunch"], 2)

    needs = desk.today_board.needs()
    assert [a.id for a in needs.appointments_today] == [ended, attended, afternoon]
    assert [a.status for a in needs.appointments_today] == ["scheduled", "attended", "scheduled"]
    assert needs.appointments_today[2].escort == "Rosa"
    assert [a.id for a in needs.early_tomorrow] == [early, eleven]
    assert needs.to_settle == 2
    assert (needs.open_requests, [r.id for r in needs.urgent_requests]) == (2, [urgent])
    assert [s.id for s in needs.low_stock] == [soap]
    assert [(m.name, m.total) for m in needs.meals] == [("Breakfast", 2), ("Lunch", 2), ("Dinner", 0)]
    assert needs.expected_at_meals == 2
    clock.advance(hours=6, minutes=1)  # 15:01: the afternoon one has not ended yet
    assert desk.today_board.needs().to_settle == 2
    clock.advance(hours=1)
    assert desk.today_board.needs().to_settle == 3
