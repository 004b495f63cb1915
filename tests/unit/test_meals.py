"""Meals: the editable list of meals, the day's roster, marks with her household, guests, the
headcount and the Kitchen Sheet, on a real vault, with the audit event of each."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import ValidationError
from shelter_desk.services.needs_views import AppointmentDetails, MealCount
from shelter_desk.services.resident_input import HouseholdEntry, StayDetails
from shelter_desk.storage.needs_models import MealMark
from tests.unit.test_residents import (
    assert_audit_clean,
    days,
    events,
    last_event,
    make_rooms,
    take_in,
)
from tests.unit.vaulttools import assert_plain

LEGAL = ("Amara Okafor-Legal", "Beatriz Legal Santos", "Chiara Legal Bianchi", "Dalia Legal Haddad")


def meal_ids(desk: Desk) -> dict[str, int]:
    return {k.name: k.id for k in desk.meals.kinds(include_retired=True)}


def count_of(counts: tuple[MealCount, ...], kind_id: int) -> MealCount:
    return next(c for c in counts if c.kind_id == kind_id)


def mark_rows(desk: Desk) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.count()).select_from(MealMark)))


@pytest.fixture
def house(desk: Desk) -> dict[str, int]:
    """Amara (here 5 days, two children, in the Family room), Beatriz (left yesterday), Chiara
    (came today, no bed), Dalia (here 10 days, leaves today), Elif (came a week ago and left 6 days ago)."""
    beds = make_rooms(desk)
    today = desk.today()
    ids: dict[str, int] = {}
    ids["amara"], _ = take_in(desk, "Amara", on=today - days(5), bed=beds["fam1"], legal_name=LEGAL[0],
                              household=[HouseholdEntry("Mia", 6), HouseholdEntry("Leo", 3)],
                              dietary_needs="vegetarian", allergies="peanuts")
    ids["beatriz"], stay = take_in(desk, "Beatriz", on=today - days(3), bed=beds["r1b1"], legal_name=LEGAL[1])
    desk.residents.record_exit(stay, today - days(1), 410)
    ids["chiara"], _ = take_in(desk, "Chiara", legal_name=LEGAL[2], dietary_needs="halal")
    ids["dalia"], stay = take_in(desk, "Dalia", on=today - days(10), bed=beds["r1b2"], legal_name=LEGAL[3],
                                 allergies="shellfish")
    desk.residents.record_exit(stay, today, 410)
    ids["elif"], stay = take_in(desk, "Elif", on=today - days(7))  # a back-dated intake
    desk.residents.record_exit(stay, today - days(6), 17)
    return ids


# --- the list of meals -------------------------------------------------------------------------

def test_the_default_meals_come_from_the_setup(desk):
    kinds = desk.meals.kinds()
    assert [k.name for k in kinds] == ["Breakfast", "Lunch", "Dinner"]
    assert all(k.active for k in kinds)
    assert [k.sort_order for k in kinds] == sorted(k.sort_order for k in kinds)
    roster = desk.meals.roster(desk.today())
    assert [k.name for k in roster.kinds] == ["Breakfast", "Lunch", "Dinner"]
    assert roster.rows == () and roster.expected == 0 and roster.can_mark
    assert [(c.name, c.total) for c in roster.counts] == [("Breakfast", 0), ("Lunch", 0), ("Dinner", 0)]


def test_adding_renaming_and_moving_meals(desk):
    meals = meal_ids(desk)
    snack = desk.meals.add_kind("  Evening   snack ")
    assert [k.name for k in desk.meals.kinds()] == ["Breakfast", "Lunch", "Dinner", "Evening snack"]
    event = last_event(desk, audit.Action.MEALS_CHANGED)
    assert (event.entity_type, event.entity_id) == ("meal_kind", str(snack))
    desk.meals.move_kind(snack, -1)
    assert [k.name for k in desk.meals.kinds()] == ["Breakfast", "Lunch", "Evening snack", "Dinner"]
    desk.meals.move_kind(meals["Breakfast"], -1)  # already first: nothing moves
    desk.meals.move_kind(meals["Breakfast"], 0)
    assert [k.name for k in desk.meals.kinds()] == ["Breakfast", "Lunch", "Evening snack", "Dinner"]
    for step in ("up", None, 1.0, True):
        with pytest.raises(ValidationError):
            desk.meals.move_kind(meals["Breakfast"], step)
    desk.meals.rename_kind(meals["Lunch"], "Midday meal")
    desk.meals.rename_kind(meals["Breakfast"], "BREAKFAST")  # its own name in other letters is fine
    assert [k.name for k in desk.meals.kinds()] == ["BREAKFAST", "Midday meal", "Evening snack", "Dinner"]
    assert_audit_clean(desk, "snack", "Midday", "BREAKFAST")


@pytest.mark.parametrize("name", ["dinner", " DINNER ", "Dînner", "Dinnér"])
def test_a_meal_name_already_on_the_list_is_refused(desk, name):
    meals = meal_ids(desk)
    with pytest.raises(ValidationError) as caught:
        desk.meals.rename_kind(meals["Lunch"], name)
    assert caught.value.field == "name" and "Dinner" in caught.value.message
    assert_plain(caught.value)
    with pytest.raises(ValidationError):
        desk.meals.add_kind(name)
    assert [k.name for k in desk.meals.kinds()] == ["Breakfast", "Lunch", "Dinner"]


@pytest.mark.parametrize("name", ["", "   ", "x" * 41, None, 5])
def test_a_meal_needs_a_sensible_name(desk, name):
    with pytest.raises(ValidationError) as caught:
        desk.meals.add_kind(name)
    assert caught.value.field == "name"
    with pytest.raises(ValidationError):
        desk.meals.rename_kind(meal_ids(desk)["Lunch"], name)


def test_unknown_meals_are_refused(desk):
    for bad in (0, -1, 999, None, "1", True, 2**70):
        with pytest.raises(ValidationError):
            desk.meals.rename_kind(bad, "Tea")
        with pytest.raises(ValidationError):
            desk.meals.set_kind_active(bad, False)
        with pytest.raises(ValidationError):
            desk.meals.move_kind(bad, 1)
        with pytest.raises(ValidationError):
            desk.meals.mark_everyone(desk.today(), bad)


def test_a_retired_meal_keeps_its_marks_on_the_days_it_was_taken(desk, house):
    today = desk.today()
    meals = meal_ids(desk)
    desk.meals.mark(today - days(1), meals["Lunch"], house["amara"])
    desk.meals.set_kind_active(meals["Lunch"], False)
    assert [k.name for k in desk.meals.kinds()] == ["Breakfast", "Dinner"]
    assert [(k.name, k.active) for k in desk.meals.kinds(include_retired=True)] == [
        ("Breakfast", True), ("Lunch", False), ("Dinner", True)]
    assert "retired" in last_event(desk, audit.Action.MEALS_CHANGED).summary

    # Yesterday still shows Lunch, with her mark; today (no marks) does not.
    yesterday = desk.meals.roster(today - days(1))
    assert [(k.name, k.active) for k in yesterday.kinds] == [("Breakfast", True), ("Lunch", False), ("Dinner", True)]
    row = next(r for r in yesterday.rows if r.resident_id == house["amara"])
    assert row.marks == (None, 2, None)
    assert count_of(yesterday.counts, meals["Lunch"]).total == 3
    assert [k.name for k in desk.meals.roster(today).kinds] == ["Breakfast", "Dinner"]

    # No new marks for it (not even by marking everyone), but an old mark can still be taken off.
    with pytest.raises(ValidationError):
        desk.meals.mark(today, meals["Lunch"], house["amara"])
    with pytest.raises(ValidationError):
        desk.meals.mark_everyone(today, meals["Lunch"])
    desk.meals.mark(today - days(1), meals["Lunch"], house["amara"], taken=False)
    assert [k.name for k in desk.meals.roster(today - days(1)).kinds] == ["Breakfast", "Dinner"]
    # Guests who ate it keep it on that day's roster too, so they are still counted.
    desk.meals.set_guests(today - days(2), meals["Lunch"], 4)
    assert [(c.name, c.total) for c in desk.meals.roster(today - days(2)).counts] == [
        ("Breakfast", 0), ("Lunch", 4), ("Dinner", 0)]

    # The last meal on the list cannot be retired; a retired one can come back.
    desk.meals.set_kind_active(meals["Breakfast"], False)
    with pytest.raises(ValidationError) as caught:
        desk.meals.set_kind_active(meals["Dinner"], False)
    assert_plain(caught.value)
    desk.meals.set_kind_active(meals["Lunch"], True)
    assert [k.name for k in desk.meals.kinds()] == ["Lunch", "Dinner"]
    assert "back in use" in last_event(desk, audit.Action.MEALS_CHANGED).summary


# --- the roster ----------------------------------------------------------------------------------

def test_the_roster_lists_who_was_here_that_day(desk, house):
    today = desk.today()

    def aliases(day: date) -> list[str]:
        return [r.alias for r in desk.meals.roster(day).rows]

    # Intake day and exit day both count; who left yesterday is not on today's roster.
    assert aliases(today) == ["Amara", "Chiara", "Dalia"]
    assert aliases(today - days(1)) == ["Amara", "Beatriz", "Dalia"]
    assert aliases(today - days(3)) == ["Amara", "Beatriz", "Dalia"]
    assert aliases(today - days(4)) == ["Amara", "Dalia"]
    assert aliases(today - days(6)) == ["Dalia", "Elif"]  # the back-dated intake shows on earlier days
    assert aliases(today - days(7)) == ["Dalia", "Elif"]
    assert aliases(today - days(8)) == ["Dalia"]
    assert aliases(today - days(11)) == []
    assert aliases(today + days(1)) == ["Amara", "Chiara"]  # a day to come can be looked at...
    assert not desk.meals.roster(today + days(1)).can_mark  # ...but not marked

    roster = desk.meals.roster(today)
    amara, chiara, dalia = roster.rows
    assert (amara.room, amara.bed, amara.household, amara.dietary_needs, amara.allergies) == (
        "Family room", "1", 2, "vegetarian", "peanuts")
    assert (chiara.room, chiara.bed, chiara.household, chiara.dietary_needs) == ("", "", 0, "halal")
    assert (dalia.room, dalia.bed, dalia.allergies) == ("Room 1", "2", "shellfish")  # the bed she left from
    assert amara.marks == chiara.marks == dalia.marks == (None, None, None)
    assert roster.expected == 3 + 2
    assert not any(name in repr(roster) for name in LEGAL)


def test_marks_count_her_household_unless_told_otherwise(desk, house):
    today = desk.today()
    meals = meal_ids(desk)
    desk.meals.mark(today, meals["Breakfast"], house["amara"])
    desk.meals.mark(today, meals["Lunch"], house["amara"], children=1)
    desk.meals.mark(today, meals["Breakfast"], house["chiara"])
    desk.meals.mark(today, meals["Dinner"], house["dalia"], children=0)
    roster = desk.meals.roster(today)
    marks = {r.alias: r.marks for r in roster.rows}
    assert marks == {"Amara": (2, 1, None), "Chiara": (0, None, None), "Dalia": (None, None, 0)}
    breakfast, lunch, dinner = roster.counts
    assert (breakfast.residents, breakfast.children, breakfast.total) == (2, 2, 4)
    assert (lunch.residents, lunch.children, lunch.total) == (1, 1, 2)
    assert (dinner.residents, dinner.children, dinner.total) == (1, 0, 1)
    assert desk.meals.counts(today) == (roster.counts, 5)

    marked = last_event(desk, audit.Action.MEAL_MARKED)
    assert (marked.entity_type, marked.entity_id) == ("resident", str(house["dalia"]))
    assert f"#{house['dalia']}" in marked.summary and f"#{meals['Dinner']}" in marked.summary

    # The same mark again is no change; another number of children is.
    before = len(events(desk, audit.Action.MEAL_MARKED))
    desk.meals.mark(today, meals["Lunch"], house["amara"], children=1)
    assert len(events(desk, audit.Action.MEAL_MARKED)) == before
    desk.meals.mark(today, meals["Lunch"], house["amara"], children=2)
    assert len(events(desk, audit.Action.MEAL_MARKED)) == before + 1
    assert desk.meals.roster(today).rows[0].marks == (2, 2, None)

    # Taking a mark off.
    desk.meals.mark(today, meals["Breakfast"], house["chiara"], taken=False)
    unmarked = last_event(desk, audit.Action.MEAL_UNMARKED)
    assert (unmarked.entity_type, unmarked.entity_id) == ("resident", str(house["chiara"]))
    assert desk.meals.roster(today).rows[1].marks == (None, None, None)
    before = len(events(desk))
    desk.meals.mark(today, meals["Breakfast"], house["chiara"], taken=False)  # nothing to take off
    assert len(events(desk)) == before
    assert count_of(desk.meals.roster(today).counts, meals["Breakfast"]).residents == 1
    assert_audit_clean(desk, "Amara", "Chiara", "Dalia", "Mia", "Leo", *LEGAL)


def test_earlier_days_can_be_corrected(desk, house):
    today = desk.today()
    meals = meal_ids(desk)
    desk.meals.mark(today - days(1), meals["Dinner"], house["beatriz"])  # the day she left
    desk.meals.mark(today - days(7), meals["Lunch"], house["elif"])  # the back-dated intake day
    assert [r.marks for r in desk.meals.roster(today - days(1)).rows if r.alias == "Beatriz"] == [(None, None, 0)]
    assert count_of(desk.meals.roster(today - days(7)).counts, meals["Lunch"]).residents == 1
    assert count_of(desk.meals.roster(today).counts, meals["Lunch"]).residents == 0


def test_mark_everyone_skips_who_is_already_marked(desk, house):
    today = desk.today()
    meals = meal_ids(desk)
    desk.meals.mark(today, meals["Lunch"], house["amara"], children=1)
    before = len(events(desk, audit.Action.MEAL_MARKED))
    assert desk.meals.mark_everyone(today, meals["Lunch"]) == 2  # Chiara and Dalia
    event = last_event(desk, audit.Action.MEAL_MARKED)
    assert len(events(desk, audit.Action.MEAL_MARKED)) == before + 1
    assert (event.entity_type, event.entity_id) == ("meal_kind", str(meals["Lunch"]))
    assert "2 residents" in event.summary
    assert [r.marks[1] for r in desk.meals.roster(today).rows] == [1, 0, 0]  # her own choice is kept
    assert desk.meals.mark_everyone(today, meals["Lunch"]) == 0
    assert len(events(desk, audit.Action.MEAL_MARKED)) == before + 1  # nothing done, nothing recorded
    assert desk.meals.mark_everyone(today - days(7), meals["Lunch"]) == 2  # Dalia and Elif
    assert desk.meals.mark_everyone(today - days(30), meals["Lunch"]) == 0  # nobody was here
    lunch = count_of(desk.meals.roster(today).counts, meals["Lunch"])
    assert (lunch.residents, lunch.children) == (3, 1)
    with pytest.raises(ValidationError) as caught:
        desk.meals.mark_everyone(today + days(1), meals["Lunch"])
    assert caught.value.field == "day"


def test_someone_who_left_and_came_back_the_same_day_is_on_the_roster_once(desk):
    today = desk.today()
    meals = meal_ids(desk)
    rid, stay = take_in(desk, "Fatma", on=today - days(4), household=[HouseholdEntry("Ali", 4)])
    desk.residents.record_exit(stay, today, 410)
    desk.residents.start_stay(rid, StayDetails(today))  # back the same evening, alone
    roster = desk.meals.roster(today)
    assert [(r.alias, r.household) for r in roster.rows] == [("Fatma", 0)]  # the stay she is in tonight
    assert roster.expected == 1
    assert desk.meals.mark_everyone(today, meals["Dinner"]) == 1
    desk.meals.mark(today, meals["Breakfast"], rid)
    assert desk.meals.roster(today).rows[0].marks == (0, None, 0)
    assert [r.household for r in desk.meals.roster(today - days(1)).rows] == [1]


def test_guests_are_counted_without_names(desk, house):
    today = desk.today()
    meals = meal_ids(desk)
    before = len(events(desk))
    desk.meals.set_guests(today, meals["Dinner"], 0, 0)  # nothing to record
    assert len(events(desk)) == before
    desk.meals.set_guests(today, meals["Dinner"], 3, 2)
    event = last_event(desk, audit.Action.MEAL_GUESTS_SET)
    assert (event.entity_type, event.entity_id) == ("meal_kind", str(meals["Dinner"]))
    desk.meals.set_guests(today, meals["Dinner"], 3, 2)  # the same again: no change
    assert len(events(desk, audit.Action.MEAL_GUESTS_SET)) == 1
    desk.meals.mark(today, meals["Dinner"], house["amara"])
    dinner = count_of(desk.meals.roster(today).counts, meals["Dinner"])
    assert (dinner.residents, dinner.children, dinner.guests, dinner.guest_children, dinner.total) == (1, 2, 3, 2, 8)
    desk.meals.set_guests(today, meals["Dinner"], 1)  # children default to none
    dinner = count_of(desk.meals.roster(today).counts, meals["Dinner"])
    assert (dinner.guests, dinner.guest_children) == (1, 0)
    desk.meals.set_guests(today, meals["Dinner"], 0, 0)
    assert count_of(desk.meals.roster(today).counts, meals["Dinner"]).total == 3
    assert len(events(desk, audit.Action.MEAL_GUESTS_SET)) == 3
    assert count_of(desk.meals.roster(today - days(1)).counts, meals["Dinner"]).guests == 0  # per day


@pytest.mark.parametrize(("guests", "children", "field"), [
    (-1, 0, "guests"), (201, 0, "guests"), (10**9, 0, "guests"), (True, 0, "guests"), ("3", 0, "guests"),
    (None, 0, "guests"), (2.0, 0, "guests"), (1, -1, "guest_children"), (1, 201, "guest_children"),
    (1, False, "guest_children"), (1, None, "guest_children"),
])
def test_negative_or_absurd_guests_are_refused(desk, guests, children, field):
    with pytest.raises(ValidationError) as caught:
        desk.meals.set_guests(desk.today(), meal_ids(desk)["Dinner"], guests, children)
    assert caught.value.field == field
    assert_plain(caught.value)
    assert events(desk, audit.Action.MEAL_GUESTS_SET) == []


def test_guests_on_a_day_to_come_are_refused(desk):
    with pytest.raises(ValidationError) as caught:
        desk.meals.set_guests(desk.today() + days(1), meal_ids(desk)["Dinner"], 2)
    assert caught.value.field == "day"


def test_a_meal_for_someone_not_here_that_day_is_refused_in_plain_words(desk, house):
    today = desk.today()
    meals = meal_ids(desk)
    cases = [
        (today, house["beatriz"]),  # left yesterday
        (today - days(4), house["chiara"]),  # came today
        (today - days(5), house["elif"]),  # left six days ago
    ]
    for day, rid in cases:
        with pytest.raises(ValidationError) as caught:
            desk.meals.mark(day, meals["Lunch"], rid)
        assert caught.value.field == "resident"
        alias = desk.residents.open_file(rid).alias
        assert alias in caught.value.message and day.isoformat() in caught.value.message
        assert_plain(caught.value)
    assert mark_rows(desk) == 0
    assert events(desk, audit.Action.MEAL_MARKED) == []


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"children": -1}, "children"), ({"children": 21}, "children"), ({"children": 10**12}, "children"),
    ({"children": True}, "children"), ({"children": "2"}, "children"), ({"children": 1.5}, "children"),
])
def test_negative_or_absurd_children_are_refused(desk, house, kwargs, field):
    with pytest.raises(ValidationError) as caught:
        desk.meals.mark(desk.today(), meal_ids(desk)["Lunch"], house["amara"], **kwargs)
    assert caught.value.field == field
    assert_plain(caught.value)
    assert mark_rows(desk) == 0


@pytest.mark.parametrize("day", ["today+1", date.max, date(1899, 12, 31), datetime(2026, 1, 1, 12), "2026-01-01",
                                 None])
def test_a_day_to_come_or_not_a_day_is_refused(desk, house, day):
    if day == "today+1":
        day = desk.today() + days(1)
    with pytest.raises(ValidationError) as caught:
        desk.meals.mark(day, meal_ids(desk)["Lunch"], house["amara"])
    assert caught.value.field == "day"
    assert_plain(caught.value)
    with pytest.raises(ValidationError):
        desk.meals.mark_everyone(day, meal_ids(desk)["Lunch"])
    assert mark_rows(desk) == 0


def test_a_meal_for_no_such_resident_is_refused(desk):
    for bad in (0, 9999, None, "1", True):
        with pytest.raises(ValidationError) as caught:
            desk.meals.mark(desk.today(), meal_ids(desk)["Lunch"], bad)
        assert_plain(caught.value)


# --- the Kitchen Sheet ---------------------------------------------------------------------------

def test_the_kitchen_sheet_by_alias_and_by_room_never_names_anyone_legally(desk, house):
    today = desk.today()
    meals = meal_ids(desk)
    desk.meals.mark_everyone(today, meals["Breakfast"])
    desk.meals.set_guests(today, meals["Breakfast"], 2, 1)
    sheet = desk.meals.kitchen_sheet(today)
    assert (sheet.day, sheet.by_room, sheet.residents_here, sheet.household, sheet.expected) == (today, False, 3, 2, 5)
    assert [(d.who, d.dietary_needs, d.allergies) for d in sheet.diets] == [
        ("Amara", "vegetarian", "peanuts"), ("Chiara", "halal", ""), ("Dalia", "", "shellfish")]
    assert sheet.counts == desk.meals.roster(today).counts
    assert count_of(sheet.counts, meals["Breakfast"]).total == 3 + 2 + 2 + 1
    made = last_event(desk, audit.Action.KITCHEN_SHEET_MADE)
    assert (made.entity_type, made.entity_id) == ("day", today.isoformat())
    assert "3 dietary lines" in made.summary

    by_room = desk.meals.kitchen_sheet(today, by_room=True)
    assert by_room.by_room
    assert [(d.who, d.dietary_needs, d.allergies) for d in by_room.diets] == [
        ("-", "halal", ""), ("Family room", "vegetarian", "peanuts"), ("Room 1", "", "shellfish")]
    assert not any(alias in repr(by_room) for alias in ("Amara", "Chiara", "Dalia"))
    assert len(events(desk, audit.Action.KITCHEN_SHEET_MADE)) == 2

    for made_sheet in (sheet, by_room):
        text = repr(made_sheet)
        assert not any(name in text for name in LEGAL)
        assert "Legal" not in text
    # Another day: the people here then.
    assert [d.who for d in desk.meals.kitchen_sheet(today - days(6)).diets] == ["Dalia"]
    assert_audit_clean(desk, "Amara", "Chiara", "Dalia", "vegetarian", "halal", "peanuts", "shellfish", *LEGAL)


def test_the_kitchen_sheet_of_a_day_with_nobody(desk):
    sheet = desk.meals.kitchen_sheet(desk.today())
    assert (sheet.expected, sheet.residents_here, sheet.household, sheet.diets) == (0, 0, 0, ())
    assert [c.total for c in sheet.counts] == [0, 0, 0]
    with pytest.raises(ValidationError):
        desk.meals.kitchen_sheet("today")


# --- merging two records ---------------------------------------------------------------------

def test_merging_moves_her_meals_supplies_and_appointments(desk):
    today = desk.today()
    meals = meal_ids(desk)
    clothing = {k.code: k.id for k in desk.supplies.kinds()}["clothing"]
    keep, keep_stay = take_in(desk, "Gül", on=today - days(20))
    desk.residents.record_exit(keep_stay, today - days(10), 312)
    dup, _ = take_in(desk, "Gul", on=today - days(10))  # the same woman, back the day she left
    # Both records took breakfast on the day she left and came back; the duplicate also took lunch.
    desk.meals.mark(today - days(10), meals["Breakfast"], keep)
    desk.meals.mark(today - days(10), meals["Breakfast"], dup)
    desk.meals.mark(today - days(10), meals["Lunch"], dup)
    desk.meals.mark(today, meals["Dinner"], dup)
    request = desk.supplies.request(dup, clothing, "Jacket", "L")
    handout = desk.supplies.hand_out(dup, clothing, "Socks", quantity=2).handout_id
    place = desk.appointments.add_provider("Harbor Clinic")
    appointment = desk.appointments.book(AppointmentDetails(dup, today + days(1), 600, "dental",
                                                            provider_id=place)).appointment_id

    desk.residents.merge(keep, dup)

    day = desk.meals.roster(today - days(10))
    assert [(r.resident_id, r.marks) for r in day.rows] == [(keep, (0, 0, None))]
    assert count_of(day.counts, meals["Breakfast"]).residents == 1  # one breakfast, not two
    assert [(r.resident_id, r.marks) for r in desk.meals.roster(today).rows] == [(keep, (None, None, 0))]
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(MealMark).where(MealMark.resident_id == dup)) == 0
    assert [(r.id, r.resident_id, r.alias) for r in desk.supplies.requests(resident_id=keep)] == [
        (request, keep, "Gül")]
    assert [(h.id, h.resident_id) for h in desk.supplies.handouts(resident_id=keep)] == [(handout, keep)]
    assert [(a.id, a.resident_id, a.alias) for a in desk.appointments.for_resident(keep)] == [
        (appointment, keep, "Gül")]
    # Opened through the old record: the kept one's.
    assert [r.id for r in desk.supplies.requests(resident_id=dup)] == [request]
    assert [a.id for a in desk.appointments.for_resident(dup)] == [appointment]
    assert_audit_clean(desk, "Gül", "Gul", "Jacket", "Socks")
