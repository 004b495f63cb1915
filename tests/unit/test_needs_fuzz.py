"""Anything a daily-needs form could hand the services (any text, huge or odd numbers, dates that
are not dates, None, booleans, lists) ends in a plain ShelterDeskError or in a record that reads back
cleaned and consistent. Never another exception, and the audit chain still verifies afterwards.

One vault per test function: each test runs its hypothesis examples inside, against the one desk
(which just grows), then checks the audit chain once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.services.needs_views import APPOINTMENT_KINDS, URGENCIES, AppointmentDetails
from shelter_desk.services.validation import fold
from shelter_desk.storage.needs_models import Appointment, StockChange, StockItem
from shelter_desk.storage.resident_models import Stay
from tests.unit.test_resident_fuzz import (
    FUZZ,
    LAST_DAY,
    _tally,
    assert_clean,
    mixed,
    odd_dates,
    odd_ints,
    odd_text,
)
from tests.unit.test_residents import take_in

# Each call is cheap, so more examples than the residents fuzz; a deeper run:
# SHELTER_DESK_FUZZ_EXAMPLES=2000 pytest tests/unit/test_needs_fuzz.py
FUZZ = settings(FUZZ, max_examples=max(FUZZ.max_examples, 120))
STAYED_FROM = date(2025, 11, 1)
LEFT_ON = date(2025, 12, 1)

plain_text = st.one_of(st.just(""), st.sampled_from(["Socks", "Winter coat", "WINTER  COAT", "Wínter coat", "M",
                                                     "m", "Rosa", "rosa ", "Harbor Clinic", "Zoë"]),
                       st.text(st.sampled_from("aéZ李ف \t\u200b\u202e"), max_size=20))
anything = st.one_of(
    odd_text, odd_ints, odd_dates, st.booleans(), st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.lists(st.integers(), max_size=2),
    st.sampled_from([b"bytes", {}, (), {"id": 1}, object()]),
)
stay_days = st.dates(min_value=STAYED_FROM - timedelta(days=3), max_value=LAST_DAY)


@dataclass
class House:
    here: int
    left: int
    clothing: int
    retired_kind: int
    stock: int
    meal: int
    provider: int
    retired_provider: int


def house(desk: Desk) -> House:
    here, _ = take_in(desk, "Fuzz here", on=STAYED_FROM)
    left, stay = take_in(desk, "Fuzz left", on=STAYED_FROM)
    desk.residents.record_exit(stay, LEFT_ON, 410)
    kinds = {k.code: k.id for k in desk.supplies.kinds()}
    desk.supplies.set_kind_active(kinds["phone"], False)
    old_place = desk.appointments.add_provider("Old clinic")
    desk.appointments.update_provider(old_place, "Old clinic", active=False)
    return House(here=here, left=left, clothing=kinds["clothing"], retired_kind=kinds["phone"],
                 stock=desk.supplies.receive(kinds["clothing"], "Winter coat", "M", 5, low_at=2),
                 meal=desk.meals.kinds()[0].id, provider=desk.appointments.add_provider("Harbor Clinic", "1 Main St"),
                 retired_provider=old_place)


def attempt(call: Callable[[], object]) -> object | None:
    """It works, or it says in plain words what is wrong: never another exception."""
    try:
        result = call()
    except ShelterDeskError as exc:
        text = str(exc)
        assert text == exc.message and text.strip(), repr(text)
        assert "Traceback" not in text and "[SQL" not in text, text
        _tally(f"refused: {type(exc).__name__} {getattr(exc, 'field', None)}")
        return None
    _tally("saved")
    return result


def resolve(value: object, h: House) -> object:
    """Placeholders the strategies use for real records."""
    return {"here": h.here, "left": h.left, "clothing": h.clothing, "retired_kind": h.retired_kind,
            "stock": h.stock, "meal": h.meal, "provider": h.provider,
            "retired_provider": h.retired_provider}.get(value, value) if isinstance(value, str) else value


def resolved(args: dict, h: House) -> dict:
    return {k: resolve(v, h) for k, v in args.items()}


def audit_intact(desk: Desk) -> None:
    with desk.read() as session:
        assert audit.verify(session).intact


def stock_consistent(desk: Desk) -> None:
    """Every count is the sum of its changes; below zero only with a reason written down."""
    with desk.read() as session:
        for item in session.scalars(select(StockItem)):
            total = session.scalar(select(func.sum(StockChange.change)).where(StockChange.stock_item_id == item.id))
            assert item.count == (total or 0)
            assert 0 <= item.low_at
        for change in session.scalars(select(StockChange).where(StockChange.count_after < 0,
                                                                 StockChange.reason_kind == "handout")):
            assert change.note


some_resident = st.one_of(anything, st.sampled_from(["here", "left"]))
some_kind = st.one_of(anything, st.sampled_from(["clothing", "retired_kind"]))


# --- supplies ----------------------------------------------------------------------------------

def test_request(desk: Desk):
    h = house(desk)

    @FUZZ
    @given(args=mixed({"resident_id": st.just("here"), "kind_id": st.just("clothing"), "item": plain_text,
                       "size": plain_text, "quantity": st.integers(1, 5),
                       "urgency": st.sampled_from([c for c, _ in URGENCIES]), "note": plain_text},
                      {"resident_id": some_resident, "kind_id": some_kind, "item": anything, "size": anything,
                       "quantity": anything, "urgency": anything, "note": anything}))
    def run(args: dict) -> None:
        request = attempt(lambda: desk.supplies.request(**resolved(args, h)))
        if request is not None:
            line = next(r for r in desk.supplies.requests() if r.id == request)
            for text in (line.item, line.size, line.note):
                assert_clean(text)
            assert 1 <= line.quantity <= 500 and line.resident_id == h.here
            attempt(lambda: desk.supplies.cancel_request(request, args["note"]))

    run()
    audit_intact(desk)


def test_hand_out(desk: Desk):
    h = house(desk)
    open_requests = [desk.supplies.request(h.here, h.clothing, "Winter coat", "M") for _ in range(3)]
    other, _ = take_in(desk, "Fuzz other")
    someone_elses = desk.supplies.request(other, h.clothing, "Socks")

    @FUZZ
    @given(args=mixed({"resident_id": st.just("here"), "kind_id": st.just("clothing"),
                       "item": st.sampled_from(["Winter coat", "winter COAT ", "Socks"]),
                       "size": st.sampled_from(["M", "m", ""]), "quantity": st.integers(1, 4),
                       "handed_on": st.one_of(st.none(), stay_days), "request_id": st.none(), "note": plain_text,
                       "below_zero_reason": st.one_of(st.just(""), plain_text)},
                      {"resident_id": some_resident, "kind_id": some_kind, "item": anything, "size": anything,
                       "quantity": anything, "handed_on": anything,
                       "request_id": st.one_of(anything, st.sampled_from(["open", "someone else's"])),
                       "note": anything, "below_zero_reason": anything}))
    def run(args: dict) -> None:
        if args["request_id"] == "open":
            args["request_id"] = open_requests[0]
        elif args["request_id"] == "someone else's":
            args["request_id"] = someone_elses
        result = attempt(lambda: desk.supplies.hand_out(**resolved(args, h)))
        if result is not None and args["request_id"] in open_requests:
            open_requests.remove(args["request_id"])
            open_requests.append(desk.supplies.request(h.here, h.clothing, "Winter coat", "M"))
        stock_consistent(desk)

    run()
    for line in desk.supplies.handouts():
        assert_clean(line.item)
        assert_clean(line.note)
        assert 1 <= line.quantity <= 500 and STAYED_FROM <= line.handed_on <= desk.today()
    audit_intact(desk)


def test_receive_and_recount(desk: Desk):
    h = house(desk)

    @FUZZ
    @given(received=mixed({"kind_id": st.just("clothing"), "item": plain_text, "size": plain_text,
                           "quantity": st.integers(1, 50), "note": plain_text,
                           "low_at": st.one_of(st.none(), st.integers(0, 10))},
                          {"kind_id": some_kind, "item": anything, "size": anything, "quantity": anything,
                           "note": anything, "low_at": anything}),
           recount=mixed({"stock_item_id": st.just("stock"), "count": st.integers(0, 100), "reason": plain_text},
                         {"stock_item_id": st.one_of(anything, st.just("new")), "count": anything,
                          "reason": anything}))
    def run(received: dict, recount: dict) -> None:
        new = attempt(lambda: desk.supplies.receive(**resolved(received, h)))
        if recount["stock_item_id"] == "new":
            recount["stock_item_id"] = new
        attempt(lambda: desk.supplies.recount(**resolved(recount, h)))
        stock_consistent(desk)

    run()
    for line in desk.supplies.stock():
        assert_clean(line.item)
        assert_clean(line.size)
        assert 0 <= line.count <= 100_000
    audit_intact(desk)


# --- meals -------------------------------------------------------------------------------------

def test_mark_and_guests(desk: Desk):
    h = house(desk)

    @FUZZ
    @given(mark=mixed({"day": stay_days, "kind_id": st.just("meal"), "resident_id": st.sampled_from(["here", "left"]),
                       "taken": st.booleans(), "children": st.one_of(st.none(), st.integers(0, 3))},
                      {"day": anything, "kind_id": anything, "resident_id": anything, "taken": anything,
                       "children": anything}),
           guests=mixed({"day": stay_days, "kind_id": st.just("meal"), "guests": st.integers(0, 10),
                         "children": st.integers(0, 5)},
                        {"day": anything, "kind_id": anything, "guests": anything, "children": anything}))
    def run(mark: dict, guests: dict) -> None:
        attempt(lambda: desk.meals.mark(**resolved(mark, h)))
        attempt(lambda: desk.meals.set_guests(**resolved(guests, h)))
        if isinstance(mark["day"], date):
            roster = attempt(lambda: desk.meals.roster(mark["day"]))
            if roster is not None:
                for count in roster.counts:
                    assert 0 <= count.guests <= 200 and 0 <= count.guest_children <= 200
                    assert count.residents <= 2

    run()
    with desk.read() as session:
        stays = {s.resident_id: s for s in session.scalars(select(Stay))}
    for day in (STAYED_FROM, LEFT_ON, LAST_DAY):
        for row in desk.meals.roster(day).rows:
            assert stays[row.resident_id].intake_date <= day
    audit_intact(desk)


# --- appointments and places -------------------------------------------------------------------

DETAILS_VALID = {
    "resident_id": st.sampled_from(["here", "left"]),
    "day": st.dates(min_value=STAYED_FROM - timedelta(days=3), max_value=LAST_DAY + timedelta(days=40)),
    "start_minute": st.integers(0, 24 * 60 - 1), "kind": st.sampled_from([c for c, _ in APPOINTMENT_KINDS]),
    "duration_minutes": st.integers(5, 240), "provider_id": st.one_of(st.none(), st.just("provider")),
    "place": plain_text, "transport_needed": st.booleans(), "ride": plain_text,
    "escort": st.one_of(st.sampled_from(["", "Rosa", " ROSA ", "Rósa"]), plain_text), "notes": plain_text,
}
DETAILS_ODD = {key: anything for key in DETAILS_VALID} | {
    "provider_id": st.one_of(anything, st.just("retired_provider")),
    "resident_id": some_resident,
}


def test_book(desk: Desk):
    h = house(desk)

    @FUZZ
    @given(details=mixed(DETAILS_VALID, DETAILS_ODD), allow_clash=st.one_of(st.booleans(), anything))
    def run(details: dict, allow_clash: object) -> None:
        booked = attempt(lambda: desk.appointments.book(AppointmentDetails(**resolved(details, h)),
                                                        allow_clash=allow_clash))
        if booked is not None:
            line = desk.appointments.get(booked.appointment_id)
            assert 0 <= line.start_minute and line.end_minute <= 24 * 60 and 5 <= line.duration_minutes <= 720
            for text in (line.place_name, line.ride, line.escort):
                assert_clean(text)
            assert_clean(line.notes, multiline=True)
            assert line.provider_id in (None, h.provider)

    run()
    with desk.read() as session:
        stays = list(session.scalars(select(Stay)))
        for row in session.scalars(select(Appointment)):
            assert any(s.resident_id == row.resident_id and s.intake_date <= row.day
                       and (s.exit_date is None or row.day <= s.exit_date) for s in stays)
    audit_intact(desk)


def test_add_provider(desk: Desk):
    @FUZZ
    @given(args=mixed({"name": plain_text, "address": plain_text, "phone": plain_text, "note": plain_text},
                      {"name": anything, "address": anything, "phone": anything, "note": anything}))
    def run(args: dict) -> None:
        place = attempt(lambda: desk.appointments.add_provider(**args))
        if place is not None:
            attempt(lambda: desk.appointments.update_provider(place, args["address"], args["name"], args["note"],
                                                              args["phone"]))

    run()
    seen = set()
    for place in desk.appointments.providers(include_retired=True):
        assert place.name and len(place.name) <= 120
        for text in (place.name, place.address, place.phone, place.note):
            assert_clean(text)
        key = (fold(place.name), fold(place.address).strip())  # the services' own rule for "the same place"
        assert key not in seen, key  # never two of the same place
        seen.add(key)
    audit_intact(desk)
