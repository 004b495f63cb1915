"""Clothing and supplies: the list of kinds, requests, hand-outs and the donated stock, on a real
vault, with the audit event of each."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from shelter_desk import audit
from shelter_desk.clock import ManualClock
from shelter_desk.desk import Desk
from shelter_desk.errors import ValidationError
from shelter_desk.services.needs_views import MAX_QUANTITY, MAX_STOCK, StockWouldGoNegative
from shelter_desk.storage.needs_models import StockChange, StockItem, SupplyHandout, SupplyRequest
from tests.conftest import DIRECTOR, DIRECTOR_PW
from tests.unit.test_residents import (
    assert_audit_clean,
    days,
    events,
    last_event,
    make_rooms,
    take_in,
)
from tests.unit.vaulttools import assert_plain

TYPED = ("Amara", "Beatriz", "Winter Coat", "winter coat", "Boots", "church drive", "box in the back",
         "for the interview", "found one", "shelf count")


def kinds(desk: Desk) -> dict[str, int]:
    return {k.code or k.name: k.id for k in desk.supplies.kinds(include_retired=True)}


def rows(desk: Desk, model: type) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def next_day(desk: Desk, clock: ManualClock, n: int = 1) -> None:
    """The next shift: time moves on and the director signs in again."""
    desk.auth.lock()
    clock.advance(days=n)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)


@pytest.fixture
def people(desk: Desk) -> dict[str, int]:
    """Amara here for five days (in Room 1), Beatriz who left yesterday."""
    beds = make_rooms(desk)
    today = desk.today()
    amara, _ = take_in(desk, "Amara", on=today - days(5), bed=beds["r1b1"], legal_name="Amara Legal Name")
    beatriz, stay = take_in(desk, "Beatriz", on=today - days(10))
    desk.residents.record_exit(stay, today - days(1), 410)
    return {"amara": amara, "beatriz": beatriz}


# --- the list of kinds ------------------------------------------------------------------------

def test_the_default_kinds_and_changing_the_list(desk):
    assert [(k.code, k.name) for k in desk.supplies.kinds()] == [
        ("clothing", "Clothing"), ("shoes", "Shoes"), ("hygiene", "Hygiene"), ("baby", "Baby items"),
        ("bedding", "Bedding"), ("phone", "Phone"), ("transit", "Transit pass"),
        ("food", "Food (pantry bags, formula)"), ("other", "Other")]
    toys = desk.supplies.add_kind("  Toys ")
    assert (desk.supplies.kinds()[-1].id, desk.supplies.kinds()[-1].name, desk.supplies.kinds()[-1].code) == (
        toys, "Toys", "")
    event = last_event(desk, audit.Action.SUPPLY_KINDS_CHANGED)
    assert (event.entity_type, event.entity_id) == ("supply_kind", str(toys))
    for name in ("clothing", " SHOES ", "Tóys"):
        with pytest.raises(ValidationError) as caught:
            desk.supplies.add_kind(name)
        assert caught.value.field == "name"
        assert_plain(caught.value)
    desk.supplies.rename_kind(kinds(desk)["shoes"], "Footwear")
    desk.supplies.rename_kind(toys, "TOYS")  # its own name in other letters
    with pytest.raises(ValidationError) as caught:
        desk.supplies.rename_kind(toys, "hygiene")
    assert caught.value.field == "name" and "Hygiene" in caught.value.message
    for bad in ("", "   ", "x" * 61, None):
        with pytest.raises(ValidationError):
            desk.supplies.add_kind(bad)
    for bad in (0, 999, None, True, "1"):
        with pytest.raises(ValidationError):
            desk.supplies.rename_kind(bad, "Games")
        with pytest.raises(ValidationError):
            desk.supplies.set_kind_active(bad, False)
    assert [k.name for k in desk.supplies.kinds()][1] == "Footwear"
    assert_audit_clean(desk, "Toys", "Footwear")


def test_a_retired_kind_takes_no_new_requests_but_old_ones_can_be_answered(desk, people):
    phone = kinds(desk)["phone"]
    old = desk.supplies.request(people["amara"], phone, "Prepaid phone")
    desk.supplies.set_kind_active(phone, False)
    assert "retired" in last_event(desk, audit.Action.SUPPLY_KINDS_CHANGED).summary
    assert phone not in [k.id for k in desk.supplies.kinds()]
    assert [(k.name, k.active) for k in desk.supplies.kinds(include_retired=True) if k.id == phone] == [
        ("Phone", False)]
    for call in (lambda: desk.supplies.request(people["amara"], phone, "Charger"),
                 lambda: desk.supplies.receive(phone, "Charger", quantity=2),
                 lambda: desk.supplies.hand_out(people["amara"], phone, "Charger")):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.field == "kind"
    assert rows(desk, SupplyRequest) == 1 and rows(desk, StockItem) == 0 and rows(desk, SupplyHandout) == 0
    desk.supplies.hand_out(people["amara"], phone, "Prepaid phone", request_id=old)  # asked for before
    assert desk.supplies.requests(open_only=False)[0].status == "handed_out"
    desk.supplies.set_kind_active(phone, True)
    desk.supplies.request(people["amara"], phone, "Charger")


# --- requests ---------------------------------------------------------------------------------

def test_a_request_for_someone_here(desk, people):
    clothing = kinds(desk)["clothing"]
    rid = desk.supplies.request(people["amara"], clothing, " Winter   Coat ", "M", 2, "urgent", "for the interview")
    (line,) = desk.supplies.requests()
    assert (line.id, line.resident_id, line.alias, line.room, line.kind_id, line.kind_name) == (
        rid, people["amara"], "Amara", "Room 1", clothing, "Clothing")
    assert (line.item, line.size, line.quantity, line.urgency, line.note) == (
        "Winter Coat", "M", 2, "urgent", "for the interview")
    assert (line.requested_on, line.requested_by, line.status, line.closed_on, line.close_note, line.in_stock) == (
        desk.today(), "Dana Director", "open", None, "", None)
    assert "Legal" not in repr(line)
    event = last_event(desk, audit.Action.SUPPLY_REQUESTED)
    assert (event.entity_type, event.entity_id) == ("supply_request", str(rid))
    assert f"resident #{people['amara']}" in event.summary and f"kind #{clothing}" in event.summary
    assert [r.id for r in desk.supplies.requests(resident_id=people["amara"])] == [rid]
    assert desk.supplies.requests(resident_id=people["beatriz"]) == []
    with pytest.raises(ValidationError):
        desk.supplies.requests(resident_id=9999)
    assert_audit_clean(desk, *TYPED)


def test_no_request_for_someone_who_left(desk, people):
    with pytest.raises(ValidationError) as caught:
        desk.supplies.request(people["beatriz"], kinds(desk)["clothing"], "Boots")
    assert caught.value.field == "resident" and "Beatriz" in caught.value.message
    assert_plain(caught.value)
    assert rows(desk, SupplyRequest) == 0


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"quantity": 0}, "quantity"), ({"quantity": -1}, "quantity"), ({"quantity": MAX_QUANTITY + 1}, "quantity"),
    ({"quantity": True}, "quantity"), ({"quantity": "2"}, "quantity"), ({"quantity": 2.0}, "quantity"),
    ({"quantity": None}, "quantity"), ({"urgency": "normal"}, "urgency"), ({"urgency": ""}, "urgency"),
    ({"urgency": None}, "urgency"), ({"urgency": ["urgent"]}, "urgency"), ({"item": "x" * 121}, "item"),
    ({"size": "x" * 31}, "size"), ({"note": "x" * 501}, "note"), ({"item": 5}, "item"), ({"kind_id": 999}, "kind"),
    ({"kind_id": True}, "kind"), ({"kind_id": None}, "kind"),
])
def test_a_request_with_odd_input_is_refused(desk, people, kwargs, field):
    args = {"resident_id": people["amara"], "kind_id": kinds(desk)["clothing"], "item": "Boots", **kwargs}
    with pytest.raises(ValidationError) as caught:
        desk.supplies.request(**args)
    assert caught.value.field == field
    assert_plain(caught.value)
    assert rows(desk, SupplyRequest) == 0


def test_open_requests_come_most_urgent_and_oldest_first(desk, people, clock):
    k = kinds(desk)
    amara = people["amara"]
    whenever = desk.supplies.request(amara, k["other"], "Book", urgency="whenever")
    soon_old = desk.supplies.request(amara, k["hygiene"], "Soap", urgency="soon")
    next_day(desk, clock)
    urgent_new = desk.supplies.request(amara, k["clothing"], "Boots", urgency="urgent")
    soon_new = desk.supplies.request(amara, k["hygiene"], "Shampoo")  # "soon" by default
    next_day(desk, clock)
    urgent_newest = desk.supplies.request(amara, k["baby"], "Formula", urgency="urgent")
    assert [r.id for r in desk.supplies.requests()] == [urgent_new, urgent_newest, soon_old, soon_new, whenever]
    desk.supplies.cancel_request(soon_old)
    assert [r.id for r in desk.supplies.requests()] == [urgent_new, urgent_newest, soon_new, whenever]
    # All of them: newest first.
    assert [r.id for r in desk.supplies.requests(open_only=False)] == [
        urgent_newest, soon_new, urgent_new, soon_old, whenever]
    count, urgent, low = desk.supplies.open_counts()
    assert (count, [r.id for r in urgent], low) == (4, [urgent_new, urgent_newest], [])


def test_cancelling_a_request(desk, people):
    rid = desk.supplies.request(people["amara"], kinds(desk)["shoes"], "Boots", "39")
    desk.supplies.cancel_request(rid, "  found one  ")
    assert desk.supplies.requests() == []
    (line,) = desk.supplies.requests(open_only=False)
    assert (line.status, line.closed_on, line.close_note) == ("cancelled", desk.today(), "found one")
    event = last_event(desk, audit.Action.SUPPLY_REQUEST_CANCELLED)
    assert (event.entity_type, event.entity_id) == ("supply_request", str(rid))
    with pytest.raises(ValidationError):
        desk.supplies.cancel_request(rid)  # already closed
    with pytest.raises(ValidationError):
        desk.supplies.hand_out(people["amara"], kinds(desk)["shoes"], "Boots", "39", request_id=rid)
    for bad in (0, 9999, None, "1", True):
        with pytest.raises(ValidationError):
            desk.supplies.cancel_request(bad)
    with pytest.raises(ValidationError) as caught:
        desk.supplies.cancel_request(desk.supplies.request(people["amara"], kinds(desk)["shoes"]), "x" * 301)
    assert caught.value.field == "note"
    assert_audit_clean(desk, *TYPED)


# --- stock ------------------------------------------------------------------------------------

def test_donations_make_a_stock_item_matched_without_case_or_accents(desk):
    k = kinds(desk)
    coat = desk.supplies.receive(k["clothing"], "Winter Coat", "m", 5, "church drive", low_at=2)
    (line,) = desk.supplies.stock()
    assert (line.id, line.kind_id, line.kind_name, line.item, line.size, line.count, line.low_at, line.is_low) == (
        coat, k["clothing"], "Clothing", "Winter Coat", "m", 5, 2, False)
    event = last_event(desk, audit.Action.STOCK_RECEIVED)
    assert (event.entity_type, event.entity_id) == ("stock_item", str(coat))
    assert "5 came in, now 5" in event.summary
    assert desk.supplies.receive(k["clothing"], "winter coat ", "M", 3) == coat
    assert desk.supplies.receive(k["clothing"], "WÍNTER   coat", " m", 1) == coat
    assert [(s.item, s.size, s.count) for s in desk.supplies.stock()] == [("Winter Coat", "m", 9)]
    # Another size or another kind is another item.
    large = desk.supplies.receive(k["clothing"], "Winter coat", "L", 1)
    boots = desk.supplies.receive(k["shoes"], "Winter coat", "M", 1)
    assert len({coat, large, boots}) == 3
    history = desk.supplies.stock_history(coat)
    assert [(h.reason_kind, h.change, h.count_after, h.note, h.by_name) for h in history] == [
        ("donation", 1, 9, "", "Dana Director"), ("donation", 3, 8, "", "Dana Director"),
        ("donation", 5, 5, "church drive", "Dana Director")]
    assert history[0].day == desk.today()
    # A new low mark with a donation; above the largest count possible is refused.
    desk.supplies.receive(k["clothing"], "Winter coat", "M", 1, low_at=10)
    assert [s.is_low for s in desk.supplies.stock() if s.id == coat] == [True]
    with pytest.raises(ValidationError) as caught:
        desk.supplies.receive(k["clothing"], "Winter coat", "M", MAX_STOCK)
    assert caught.value.field == "quantity"
    assert [s.count for s in desk.supplies.stock() if s.id == coat] == [10]
    assert_audit_clean(desk, *TYPED)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"quantity": 0}, "quantity"), ({"quantity": -5}, "quantity"), ({"quantity": MAX_STOCK + 1}, "quantity"),
    ({"quantity": True}, "quantity"), ({"quantity": "5"}, "quantity"), ({"quantity": None}, "quantity"),
    ({"low_at": -1}, "low_at"), ({"low_at": "2"}, "low_at"), ({"low_at": False}, "low_at"),
    ({"note": "x" * 301}, "note"), ({"item": "x" * 121}, "item"), ({"kind_id": 0}, "kind"),
])
def test_odd_donations_are_refused(desk, kwargs, field):
    args = {"kind_id": kinds(desk)["clothing"], "item": "Scarf", "quantity": 3, **kwargs}
    with pytest.raises(ValidationError) as caught:
        desk.supplies.receive(**args)
    assert caught.value.field == field
    assert rows(desk, StockItem) == 0 and rows(desk, StockChange) == 0


def test_a_recount_needs_a_reason(desk):
    coat = desk.supplies.receive(kinds(desk)["clothing"], "Winter coat", "M", 5)
    for reason in ("", "   ", None, "\u200b"):
        with pytest.raises(ValidationError) as caught:
            desk.supplies.recount(coat, 3, reason)
        assert caught.value.field == "reason"
    for count in (-1, MAX_STOCK + 1, True, "3", None, 2.5):
        with pytest.raises(ValidationError) as caught:
            desk.supplies.recount(coat, count, "shelf count")
        assert caught.value.field == "count"
    for bad in (0, 999, None, True):
        with pytest.raises(ValidationError):
            desk.supplies.recount(bad, 3, "shelf count")
    assert [s.count for s in desk.supplies.stock()] == [5]
    desk.supplies.recount(coat, 3, "shelf count")
    assert [s.count for s in desk.supplies.stock()] == [3]
    latest = desk.supplies.stock_history(coat)[0]
    assert (latest.reason_kind, latest.change, latest.count_after, latest.note) == ("recount", -2, 3, "shelf count")
    event = last_event(desk, audit.Action.STOCK_RECOUNTED)
    assert (event.entity_type, event.entity_id) == ("stock_item", str(coat)) and "-2, now 3" in event.summary
    before = len(events(desk))
    desk.supplies.recount(coat, 3, "again")  # the same count: nothing to record
    assert len(events(desk)) == before and len(desk.supplies.stock_history(coat)) == 2
    assert_audit_clean(desk, *TYPED)


def test_the_low_stock_list(desk):
    k = kinds(desk)
    coat = desk.supplies.receive(k["clothing"], "Winter coat", "M", 5, low_at=5)
    soap = desk.supplies.receive(k["hygiene"], "Soap", quantity=20, low_at=3)
    desk.supplies.receive(k["hygiene"], "Towel", quantity=1)  # no low mark: never on the list
    assert [s.id for s in desk.supplies.stock(low_only=True)] == [coat]
    desk.supplies.set_low_at(soap, 20)
    event = last_event(desk, audit.Action.STOCK_CHANGED)
    assert (event.entity_type, event.entity_id) == ("stock_item", str(soap))
    assert [s.id for s in desk.supplies.stock(low_only=True)] == [coat, soap]
    desk.supplies.set_low_at(coat, 0)
    assert [s.id for s in desk.supplies.stock(low_only=True)] == [soap]
    before = len(events(desk))
    desk.supplies.set_low_at(coat, 0)
    assert len(events(desk)) == before
    for bad in (-1, MAX_STOCK + 1, True, "3", None):
        with pytest.raises(ValidationError) as caught:
            desk.supplies.set_low_at(coat, bad)
        assert caught.value.field == "low_at"
    with pytest.raises(ValidationError):
        desk.supplies.set_low_at(9999, 1)
    with pytest.raises(ValidationError):
        desk.supplies.stock_history(9999)
    assert [s.id for s in desk.supplies.open_counts()[2]] == [soap]


# --- handing out --------------------------------------------------------------------------------

def test_handing_out_closes_the_request_and_lowers_the_stock(desk, people):
    clothing = kinds(desk)["clothing"]
    coat = desk.supplies.receive(clothing, "Winter Coat", "M", 3, low_at=2)
    rid = desk.supplies.request(people["amara"], clothing, "winter coat", "m", urgency="urgent")
    assert desk.supplies.requests()[0].in_stock == 3
    result = desk.supplies.hand_out(people["amara"], clothing, "WINTER COAT", "m", 1, request_id=rid,
                                    note="blue one")
    assert (result.stock_item_id, result.stock_left, result.low) == (coat, 2, True)
    assert desk.supplies.requests() == []
    (closed,) = desk.supplies.requests(open_only=False)
    assert (closed.status, closed.closed_on, closed.in_stock) == ("handed_out", desk.today(), 2)
    (given,) = desk.supplies.handouts()
    assert (given.id, given.resident_id, given.alias, given.kind_id, given.kind_name) == (
        result.handout_id, people["amara"], "Amara", clothing, "Clothing")
    assert (given.item, given.size, given.quantity, given.handed_on, given.handed_by, given.request_id, given.note) == (
        "WINTER COAT", "m", 1, desk.today(), "Dana Director", rid, "blue one")
    assert [(s.count, s.is_low) for s in desk.supplies.stock()] == [(2, True)]
    change = desk.supplies.stock_history(coat)[0]
    assert (change.reason_kind, change.change, change.count_after, change.note) == ("handout", -1, 2, "")
    event = last_event(desk, audit.Action.SUPPLY_HANDED_OUT)
    assert (event.entity_type, event.entity_id) == ("supply_handout", str(result.handout_id))
    assert f"request #{rid}" in event.summary and f"stock #{coat} now 2" in event.summary
    assert f"resident #{people['amara']}" in event.summary
    # A request answered once cannot be answered again.
    with pytest.raises(ValidationError):
        desk.supplies.hand_out(people["amara"], clothing, "Winter coat", "M", request_id=rid)
    # Something not kept in stock is simply recorded.
    plain = desk.supplies.hand_out(people["amara"], kinds(desk)["transit"], quantity=2)
    assert (plain.stock_item_id, plain.stock_left, plain.low) == (None, None, False)
    assert [s.count for s in desk.supplies.stock()] == [2]
    assert_audit_clean(desk, *TYPED, "blue one")


def test_a_request_for_someone_else_is_not_answered_by_her_hand_out(desk, people):
    clothing = kinds(desk)["clothing"]
    other, _ = take_in(desk, "Chiara")
    rid = desk.supplies.request(other, clothing, "Boots")
    with pytest.raises(ValidationError):
        desk.supplies.hand_out(people["amara"], clothing, "Boots", request_id=rid)
    for bad in (0, 9999, True, "1"):
        with pytest.raises(ValidationError):
            desk.supplies.hand_out(people["amara"], clothing, "Boots", request_id=bad)
    assert rows(desk, SupplyHandout) == 0 and desk.supplies.requests()[0].status == "open"


def test_handing_out_more_than_the_stock_needs_a_reason(desk, people):
    clothing = kinds(desk)["clothing"]
    coat = desk.supplies.receive(clothing, "Winter coat", "M", 2)
    rid = desk.supplies.request(people["amara"], clothing, "Winter coat", "M", 3)
    with pytest.raises(StockWouldGoNegative) as caught:
        desk.supplies.hand_out(people["amara"], clothing, "Winter coat", "M", 3, request_id=rid)
    assert caught.value.field == "reason"
    assert "2" in caught.value.message and "3" in caught.value.message
    assert_plain(caught.value)
    assert isinstance(caught.value, ValidationError)
    # Nothing happened: still two on the list, the request still open, no hand-out.
    assert [s.count for s in desk.supplies.stock()] == [2]
    assert desk.supplies.requests()[0].status == "open" and desk.supplies.handouts() == []
    with pytest.raises(StockWouldGoNegative):
        desk.supplies.hand_out(people["amara"], clothing, "Winter coat", "M", 3, below_zero_reason="   ")
    result = desk.supplies.hand_out(people["amara"], clothing, "Winter coat", "M", 3, request_id=rid,
                                    below_zero_reason="box in the back")
    assert result.stock_left == -1
    assert [s.count for s in desk.supplies.stock()] == [-1]
    change = desk.supplies.stock_history(coat)[0]
    assert (change.reason_kind, change.change, change.count_after, change.note) == (
        "handout", -3, -1, "box in the back")
    assert "below zero" in last_event(desk, audit.Action.SUPPLY_HANDED_OUT).summary
    # Below zero already: the next one needs a reason too; a donation brings it back up.
    with pytest.raises(StockWouldGoNegative):
        desk.supplies.hand_out(people["amara"], clothing, "Winter coat", "M", 1)
    desk.supplies.receive(clothing, "Winter coat", "M", 4)
    assert desk.supplies.hand_out(people["amara"], clothing, "Winter coat", "M", 3).stock_left == 0
    with pytest.raises(ValidationError) as caught:
        desk.supplies.hand_out(people["amara"], clothing, "Winter coat", "M", 1, below_zero_reason="x" * 201)
    assert caught.value.field == "reason"
    assert_audit_clean(desk, *TYPED)


def test_a_hand_out_on_a_day_she_was_not_here_is_refused(desk, people):
    clothing = kinds(desk)["clothing"]
    today = desk.today()
    for rid, day in ((people["beatriz"], today), (people["amara"], today - days(6)),
                     (people["beatriz"], today - days(11))):
        with pytest.raises(ValidationError) as caught:
            desk.supplies.hand_out(rid, clothing, "Socks", handed_on=day)
        assert caught.value.field == "handed_on"
        alias = desk.residents.open_file(rid).alias
        assert alias in caught.value.message and day.isoformat() in caught.value.message
        assert_plain(caught.value)
    assert rows(desk, SupplyHandout) == 0
    # The day she left and the day she came count.
    desk.supplies.hand_out(people["beatriz"], clothing, "Socks", handed_on=today - days(1))
    desk.supplies.hand_out(people["amara"], clothing, "Socks", handed_on=today - days(5))
    assert rows(desk, SupplyHandout) == 2


@pytest.mark.parametrize("day", ["tomorrow", date.max, date(1899, 12, 31), datetime(2026, 1, 1, 12), "2026-01-01",
                                 0, False, ""])
def test_a_hand_out_needs_a_real_day_that_has_come(desk, people, day):
    if day == "tomorrow":
        day = desk.today() + days(1)
    with pytest.raises(ValidationError) as caught:
        desk.supplies.hand_out(people["amara"], kinds(desk)["clothing"], "Socks", handed_on=day)
    assert caught.value.field == "handed_on"
    assert rows(desk, SupplyHandout) == 0


@pytest.mark.parametrize("quantity", [0, -1, MAX_QUANTITY + 1, True, False, "1", 1.0, None, 2**70])
def test_a_hand_out_needs_a_sensible_quantity(desk, people, quantity):
    clothing = kinds(desk)["clothing"]
    desk.supplies.receive(clothing, "Socks", quantity=10)
    with pytest.raises(ValidationError) as caught:
        desk.supplies.hand_out(people["amara"], clothing, "Socks", quantity=quantity)
    assert caught.value.field == "quantity"
    assert_plain(caught.value)
    assert rows(desk, SupplyHandout) == 0 and [s.count for s in desk.supplies.stock()] == [10]


def test_hand_outs_by_day_and_resident(desk, people):
    k = kinds(desk)
    today = desk.today()
    chiara, _ = take_in(desk, "Chiara", on=today - days(2))
    a3 = desk.supplies.hand_out(people["amara"], k["hygiene"], "Soap", handed_on=today - days(3)).handout_id
    b1 = desk.supplies.hand_out(people["beatriz"], k["food"], "Pantry bag", handed_on=today - days(1)).handout_id
    c1 = desk.supplies.hand_out(chiara, k["baby"], "Formula", handed_on=today - days(1)).handout_id
    a0 = desk.supplies.hand_out(people["amara"], k["transit"], "Bus pass").handout_id

    def ids(**kwargs: object) -> list[int]:
        return [h.id for h in desk.supplies.handouts(**kwargs)]

    assert ids() == [a0, c1, b1, a3]  # newest first
    assert ids(since=today - days(1)) == [a0, c1, b1]
    assert ids(until=today - days(1)) == [c1, b1, a3]
    assert ids(since=today - days(1), until=today - days(1)) == [c1, b1]
    assert ids(resident_id=people["amara"]) == [a0, a3]
    assert ids(since=today - days(2), resident_id=people["amara"]) == [a0]
    assert ids(since=today + days(1)) == []
    assert [h.alias for h in desk.supplies.handouts()] == ["Amara", "Chiara", "Beatriz", "Amara"]
    assert [h.kind_name for h in desk.supplies.handouts(resident_id=chiara)] == ["Baby items"]
    with pytest.raises(ValidationError):
        desk.supplies.handouts(resident_id=9999)
    for bad in ("2026-01-01", 5, datetime(2026, 1, 1, 12)):
        with pytest.raises(ValidationError):
            desk.supplies.handouts(since=bad)
        with pytest.raises(ValidationError):
            desk.supplies.handouts(until=bad)
