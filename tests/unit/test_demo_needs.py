"""The demo step: two years of fictional meals, supplies and stock, and appointments.

The demo vault is built once for the module (residents, then daily needs) on a
Monday at 9 in the morning, and read back through the services and the database.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import keyring
import pytest
from sqlalchemy import func, select

from shelter_desk import audit, demo
from shelter_desk.clock import ManualClock
from shelter_desk.crypto import kdf
from shelter_desk.demo_needs import ESCORTS, add_daily_needs
from shelter_desk.demo_residents import add_residents
from shelter_desk.desk import Desk
from shelter_desk.permissions import Role
from shelter_desk.services.needs_views import APPOINTMENT_KINDS
from shelter_desk.services.setup import create_vault
from shelter_desk.storage.models import AuditEvent
from shelter_desk.storage.needs_models import (
    Appointment,
    MealGuests,
    MealKind,
    MealMark,
    Provider,
    StockChange,
    StockItem,
    SupplyHandout,
    SupplyKind,
    SupplyRequest,
)
from shelter_desk.storage.resident_models import HouseholdMember, Resident, Stay
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, MemoryKeyring, add_staff

MONDAY_9AM = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, list[str]]]:
    kdf.enable_test_profile()
    keyring.set_keyring(MemoryKeyring())
    result = create_vault(tmp_path_factory.mktemp("demo") / "vault", shelter_name=SHELTER, username=DIRECTOR,
                          display_name="Dana Director", password=DIRECTOR_PW, clock=ManualClock(MONDAY_9AM))
    desk = result.desk
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    lines: list[str] = []
    add_residents(desk, lines.append)
    add_daily_needs(desk, lines.append)
    yield desk, lines
    desk.close()


def stays_of(desk: Desk) -> dict[int, list[tuple[int, date, date | None]]]:
    """Each resident's stays: (stay id, intake, exit)."""
    found: dict[int, list[tuple[int, date, date | None]]] = defaultdict(list)
    with desk.read() as session:
        for stay_id, resident_id, intake, exit_day in session.execute(
                select(Stay.id, Stay.resident_id, Stay.intake_date, Stay.exit_date)):
            found[resident_id].append((stay_id, intake, exit_day))
    return found


def within(stays: list[tuple[int, date, date | None]], day: date) -> bool:
    return any(intake <= day and (exit_day is None or day <= exit_day) for _id, intake, exit_day in stays)


def stay_days(desk: Desk, before: date) -> int:
    """Resident-days of stay before ``before`` (each day she was here counted once)."""
    total = 0
    for stays in stays_of(desk).values():
        for _id, intake, exit_day in stays:
            last = min(exit_day or before - timedelta(days=1), before - timedelta(days=1))
            total += max(0, (last - intake).days + 1)
    return total


def test_the_step_runs_after_the_residents():
    assert demo.DEMO_STEPS.index(add_daily_needs) > demo.DEMO_STEPS.index(add_residents)


def test_it_says_what_it_added(demo_desk):
    _desk, lines = demo_desk
    assert len(lines) == 2 and lines[1].startswith("Daily needs: ")
    assert "meal marks" in lines[1] and "appointments" in lines[1]


def test_meals_only_on_days_she_was_here_at_realistic_rates(demo_desk):
    desk, _lines = demo_desk
    today = desk.today()
    stays = stays_of(desk)
    with desk.read() as session:
        kinds = [k.id for k in session.scalars(select(MealKind).order_by(MealKind.sort_order, MealKind.id))]
        marks = session.execute(select(MealMark.day, MealMark.meal_kind_id, MealMark.resident_id, MealMark.stay_id,
                                       MealMark.children)).all()
        household = dict(session.execute(select(HouseholdMember.stay_id, func.count())
                                         .group_by(HouseholdMember.stay_id)).all())
        guests = session.execute(select(MealGuests.guests, MealGuests.children)).all()
    assert len(marks) > 3000
    stay_ids = {stay_id: (resident_id, intake, exit_day)
                for resident_id, spans in stays.items() for stay_id, intake, exit_day in spans}
    for day, _kind, resident_id, stay_id, children in marks:
        owner, intake, exit_day = stay_ids[stay_id]
        assert owner == resident_id
        assert intake <= day <= (exit_day or today) and day <= today
        assert 0 <= children <= household.get(stay_id, 0)
    # Her household eats with her.
    assert sum(children for *_rest, children in marks) > 500
    # Rates: breakfast about 3 in 4, lunch about half, dinner about 9 in 10 of those here.
    days = stay_days(desk, today)
    past = Counter(kind for day, kind, *_rest in marks if day < today)
    breakfast, lunch, dinner = (past[k] / days for k in kinds[:3])
    assert 0.68 <= breakfast <= 0.82, breakfast
    assert 0.47 <= lunch <= 0.63, lunch
    assert 0.84 <= dinner <= 0.95, dinner
    # Some guests now and then.
    assert 50 <= len(guests) and all(g >= 1 for g, _c in guests)
    # This morning: breakfast marked for most of those here, lunch and dinner not yet.
    roster = desk.meals.roster(today)
    taken = [row.marks[0] is not None for row in roster.rows]
    assert 0.5 * len(taken) <= sum(taken) < len(taken)
    assert all(row.marks[1] is None and row.marks[2] is None for row in roster.rows)


def test_stock_counts_add_up_and_never_go_below_zero(demo_desk):
    desk, _lines = demo_desk
    with desk.read() as session:
        items = {s.id: s.count for s in session.scalars(select(StockItem))}
        changes: dict[int, list[StockChange]] = defaultdict(list)
        for change in session.scalars(select(StockChange).order_by(StockChange.id)):
            changes[change.stock_item_id].append(change)
        kinds = {code for code, in session.execute(
            select(SupplyKind.code).join(StockItem, StockItem.kind_id == SupplyKind.id).distinct())}
    assert len(items) >= 40
    assert {"clothing", "shoes", "hygiene", "baby", "bedding", "transit", "food"} <= kinds
    for stock_id, count in items.items():
        assert count >= 0
        assert count == sum(c.change for c in changes[stock_id]), stock_id
        running = 0
        for change in changes[stock_id]:
            running += change.change
            assert change.count_after == running >= 0
    reasons = Counter(c.reason_kind for cs in changes.values() for c in cs)
    assert reasons["donation"] >= 100 and reasons["handout"] >= 300 and reasons["recount"] >= 40
    # Donations come in every week or two.
    donation_days = sorted({c.day for cs in changes.values() for c in cs if c.reason_kind == "donation"})
    gaps = [(b - a).days for a, b in zip(donation_days, donation_days[1:], strict=False)]
    assert donation_days[0] - min(c.day for cs in changes.values() for c in cs) <= timedelta(days=14)
    assert max(gaps) <= 14
    # A few items are low now.
    low = desk.supplies.stock(low_only=True)
    assert 1 <= len(low) <= 8


def test_requests_and_hand_outs_fall_within_stays(demo_desk):
    desk, _lines = demo_desk
    today = desk.today()
    stays = stays_of(desk)
    here = {r.id for r in desk.residents.search("", status="here")}
    with desk.read() as session:
        requests = list(session.scalars(select(SupplyRequest)))
        handouts = list(session.scalars(select(SupplyHandout)))
        food = session.scalar(select(SupplyKind.id).where(SupplyKind.code == "food"))
    by_request = {h.request_id: h for h in handouts if h.request_id is not None}
    for request in requests:
        assert within(stays[request.resident_id], request.requested_on)
        if request.status == "handed_out":
            handout = by_request[request.id]
            assert handout.resident_id == request.resident_id and handout.handed_on == request.closed_on
            assert request.requested_on <= request.closed_on <= today
        elif request.status == "cancelled":
            assert request.requested_on <= request.closed_on <= today and request.close_note
        else:
            assert request.status == "open" and request.resident_id in here
    for handout in handouts:
        assert within(stays[handout.resident_id], handout.handed_on) and handout.handed_on <= today
    # About three requests a resident a month of stay, mostly handed out within days, some cancelled.
    per_month = len(requests) / stay_days(desk, today) * 30
    assert 2.0 <= per_month <= 4.5, per_month
    statuses = Counter(r.status for r in requests)
    assert statuses["cancelled"] >= 3
    quick = [r for r in requests if r.status == "handed_out" and (r.closed_on - r.requested_on).days <= 7]
    assert len(quick) >= 0.85 * statuses["handed_out"]
    # A handful waiting now, one or two urgent; food beyond meals handed out as the Food kind.
    waiting = desk.supplies.requests()
    assert 3 <= len(waiting) <= 15
    assert 1 <= sum(r.urgency == "urgent" for r in waiting) <= 2
    food_items = {h.item for h in handouts if h.kind_id == food}
    assert "Pantry bag" in food_items
    # A hand-out of a stocked item lowered its stock; one of today's answered a waiting request.
    with desk.read() as session:
        stocked = {h.id for h in handouts if h.stock_item_id is not None}
        changed = set(session.scalars(select(StockChange.handout_id).where(StockChange.handout_id.is_not(None))))
    assert stocked == changed
    assert desk.supplies.handouts(since=today, until=today)


def test_appointments_within_stays_settled_and_linked(demo_desk):
    desk, _lines = demo_desk
    today = desk.today()
    stays = stays_of(desk)
    with desk.read() as session:
        rows = list(session.scalars(select(Appointment)))
    by_id = {a.id: a for a in rows}
    for a in rows:
        assert within(stays[a.resident_id], a.day), a.id
        if a.status != "scheduled":
            assert a.settled_on is not None and a.settled_on <= today
        if a.status in ("attended", "missed"):
            assert a.day <= a.settled_on
        if a.status == "rescheduled":
            new = by_id[a.rescheduled_to_id]
            assert new.resident_id == a.resident_id and new.day > a.day
        else:
            assert a.rescheduled_to_id is None
        assert a.escort in ("", *ESCORTS)
        assert a.day.weekday() < 5 or a.day >= today - timedelta(days=1)
    statuses = Counter(a.status for a in rows)
    assert set(statuses) == {"scheduled", "attended", "missed", "cancelled", "rescheduled"}
    past = [a for a in rows if a.day < today]
    assert statuses["attended"] >= 0.7 * len(past)
    assert all(a.status != "scheduled" for a in past)
    # One or two a fortnight of stay; medical, mental health and legal or court the most common.
    per_fortnight = len(past) / stay_days(desk, today) * 14
    assert 1.0 <= per_fortnight <= 2.2, per_fortnight
    kinds = Counter(a.kind for a in rows)
    assert set(kinds) <= {code for code, _label in APPOINTMENT_KINDS}
    assert {k for k, _n in kinds.most_common(3)} <= {"medical", "mental_health", "legal", "court"}
    assert kinds["legal"] + kinds["court"] >= 0.15 * len(rows)
    # Rides for about half, escorts for some.
    rides = [a for a in rows if a.transport_needed]
    assert 0.35 <= len(rides) / len(rows) <= 0.65
    assert all(a.ride for a in rides) and not any(a.ride for a in rows if not a.transport_needed)
    assert sum(bool(a.escort) for a in rows) >= 0.2 * len(rows)
    # Never two at the same time for one resident or one escort.
    busy: dict[tuple[object, date], list[tuple[int, int]]] = defaultdict(list)
    for a in rows:
        if a.status in ("scheduled", "attended", "missed"):
            for who in filter(None, [a.resident_id, a.escort_key]):
                busy[(who, a.day)].append((a.start_minute, a.start_minute + a.duration_minutes))
    for spans in busy.values():
        spans.sort()
        assert all(end <= start for (_s, end), (start, _e) in zip(spans, spans[1:], strict=False))


def test_today_tomorrow_and_the_weeks_ahead(demo_desk):
    desk, _lines = demo_desk
    today = desk.today()
    needs = desk.today_board.needs()
    # Today's are booked; the early one is over and still booked: the flag to settle shows.
    assert len(needs.appointments_today) >= 3
    assert needs.to_settle == 1
    (flagged,) = desk.appointments.to_settle()
    assert flagged.day == today and flagged.start_minute < 9 * 60 and flagged.transport_needed
    assert [a.start_minute for a in needs.appointments_today] == sorted(a.start_minute for a in needs.appointments_today)
    # Tomorrow: an early clinic visit with a ride.
    assert any(a.kind == "medical" and a.transport_needed and a.ride for a in needs.early_tomorrow)
    # The coming weeks are booked, one was moved to a new time (linked), and a court date is further ahead.
    ahead = desk.appointments.between(today + timedelta(days=2), today + timedelta(days=60))
    assert len([a for a in ahead if a.status == "scheduled"]) >= 10
    moved = [a for a in ahead if a.status == "rescheduled"]
    assert moved and all(desk.appointments.get(a.rescheduled_to_id).rescheduled_from_id == a.id for a in moved)
    assert any(a.kind == "court" and a.day > today + timedelta(days=28) for a in ahead)
    # The rest of the Today board: requests waiting, urgent ones, low stock, this morning's breakfast.
    assert needs.open_requests >= 3 and 1 <= len(needs.urgent_requests) <= 2
    assert needs.low_stock
    assert needs.meals[0].residents > 0 and needs.meals[1].total == 0
    assert needs.handed_out_today >= 1


def test_places_are_made_up(demo_desk):
    desk, _lines = demo_desk
    places = desk.appointments.providers()
    assert 10 <= len(places) <= 14
    for place in places:
        assert "(fictional)" in place.name and "Example Town" in place.address
        assert place.phone.startswith("555-01") and len(place.phone) == 8
    with desk.read() as session:
        used = set(session.scalars(select(Appointment.provider_id).distinct()))
        typed = set(session.scalars(select(Appointment.place).where(Appointment.provider_id.is_(None))))
    assert len(used & {p.id for p in places}) >= len(places) - 2  # the prenatal clinic only if someone is pregnant
    assert all("(fictional)" in place for place in typed)


def test_the_audit_trail_verifies_and_no_legal_name_is_written(demo_desk):
    desk, _lines = demo_desk
    with desk.read() as session:
        assert audit.verify(session).intact
        legal = {name for name in session.scalars(select(Resident.legal_name)) if name}
        aliases = set(session.scalars(select(Resident.alias)))
        texts: list[str] = []
        for columns in (
            (MealMark.marked_by,),
            (SupplyRequest.item, SupplyRequest.size, SupplyRequest.note, SupplyRequest.close_note,
             SupplyRequest.requested_by),
            (SupplyHandout.item, SupplyHandout.size, SupplyHandout.note, SupplyHandout.handed_by),
            (StockItem.item, StockItem.size),
            (StockChange.note, StockChange.by_name),
            (Provider.name, Provider.address, Provider.phone, Provider.note),
            (Appointment.place, Appointment.ride, Appointment.escort, Appointment.notes, Appointment.outcome_note,
             Appointment.booked_by, Appointment.settled_by),
        ):
            for row in session.execute(select(*columns).distinct()):
                texts.extend(str(value) for value in row if value)
        summaries = list(session.scalars(select(AuditEvent.summary)))
        bulk = list(session.scalars(select(AuditEvent.summary).where(AuditEvent.entity_type == "demo")))
    assert len(legal) >= 20 and len(texts) > 100
    everything = "\n".join(texts + summaries)
    assert not [name for name in legal if name in everything]
    assert not [alias for alias in aliases if alias in "\n".join(summaries)]
    # The history written in one go says so in the trail, by area.
    assert len(bulk) == 3 and all(s.startswith("demo history: ") for s in bulk)


def test_made_before_the_first_appointment_is_over(desk, clock):
    """Made at 6 in the morning: the last working day's appointment is the one still to settle."""
    clock.set(datetime(2026, 1, 5, 6, 0, tzinfo=UTC))  # a Monday
    add_residents(desk, lambda _line: None)
    add_daily_needs(desk, lambda _line: None)
    (flagged,) = desk.appointments.to_settle()
    assert flagged.day == date(2026, 1, 2)  # the Friday before
    today = desk.appointments.on_day(desk.today())
    assert today and all(a.status == "scheduled" and not a.needs_settling for a in today)


def test_the_screens_read_it_back(demo_desk):
    desk, _lines = demo_desk
    today = desk.today()
    left = desk.residents.search("", status="left")[0]
    with desk.read() as session:
        (stay_exit,) = session.execute(select(Stay.exit_date).where(Stay.resident_id == left.id)
                                       .order_by(Stay.intake_date.desc())).one()
    roster = desk.meals.roster(stay_exit - timedelta(days=1))
    assert roster.rows and sum(c.residents for c in roster.counts) > 0
    assert desk.meals.kitchen_sheet(today).counts[0].residents > 0
    assert desk.appointments.day_sheet(today + timedelta(days=1)).lines
    assert desk.appointments.for_resident(left.id) or desk.supplies.handouts(resident_id=left.id)
    assert desk.supplies.requests(open_only=False, resident_id=left.id) is not None
    item = desk.supplies.stock()[0]
    history = desk.supplies.stock_history(item.id)
    assert history[0].count_after == item.count
