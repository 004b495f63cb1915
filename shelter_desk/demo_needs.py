"""Fictional meals, supplies, stock and appointments for ``shelter-desk demo`` (a step in ``demo.DEMO_STEPS``).

Two years of daily needs for the residents and stays that ``demo_residents`` made,
ending today:

* Meals: on every day each resident was here, breakfast (about 3 in 4), lunch (about
  1 in 2, more at weekends) and dinner (about 9 in 10), her household eating with her
  (school-age children are at school for weekday lunch); guests now and then, mostly
  at weekend dinners. Today it is morning: breakfast is marked, lunch and dinner not yet.
* Supplies: a store room of donated clothing in sizes, shoes, hygiene, baby items
  (diapers in sizes), bedding, phones, transit passes and food (pantry bags, baby
  formula, handed out as the "Food" kind); donations every week or two; a welcome kit on
  each intake day; requests (about three per resident per month of stay), mostly handed
  out within days, some cancelled, and a handful waiting now (two urgent ones from this
  morning); a few items low on the shelf now.
* Appointments: twelve made-up places (clinics, a dental office, a counselling centre,
  a prenatal clinic, an eye clinic, legal aid, an immigration law clinic, two courts)
  and about one or two appointments per resident per fortnight of stay, medical, mental
  health and legal or court the most common; rides for about half, escorts from a few
  made-up staff and volunteers; past ones settled (mostly went, some missed or
  cancelled, a few moved to a new time and linked), today's booked (the earliest one
  past and still booked, so the "to settle" flag shows), an early clinic visit with a
  ride tomorrow, and the coming weeks booked. At the weekend, today has only the
  hospital's weekend clinic and a counselling group; courts and offices are closed.

How it is written, and why. Through the services each change is its own encrypted
transaction with its own audit event. Measured on a 2-core machine: ``mark_everyone``
takes about 14 ms a call, so two years of three meals a day is 2,190 calls (30 s)
before one more call for each of the ~3,000 meals someone skipped; and
``supplies.request``/``receive`` only record *today* for residents here *now*, so past
requests and donations cannot go through them at all (nor can ``settle`` record that an
appointment was settled on its own day). So the history (every day before today) is
worked out here, following the services' own rules (a meal or hand-out only on a day she
was here, appointments within a stay and never overlapping for her or her escort, a
stock count never below zero and always the sum of its changes, requests only during a
stay and closed when she leaves), and written in ONE transaction through
``desk.write()``, with one audit event per area (meals, supplies and stock,
appointments) saying what the demo added in bulk and for which dates: three events
rather than one, so that the audit trail filtered by kind still shows where the history
came from. That takes about 2 s; the whole step about 3.5 s. Everything that happens
today or later (this morning's breakfast, requests and hand-outs, the places, today's
and the coming appointments, settling and moving them) goes through the services, so
it is checked by them and audited one by one, as in real use.

A seeded random generator makes every demo vault the same apart from the dates, which
end on the day it is made. Every place, person and phone number is made up (555-01xx).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select, update

from shelter_desk import audit
from shelter_desk.demo_scale import DEMO, Scale
from shelter_desk.services.needs_views import AppointmentClash, AppointmentDetails
from shelter_desk.services.validation import fold
from shelter_desk.storage.models import Account
from shelter_desk.storage.needs_models import (
    Appointment,
    MealGuests,
    MealMark,
    StockChange,
    StockItem,
    SupplyHandout,
    SupplyRequest,
)
from shelter_desk.storage.resident_models import HouseholdMember, Resident, Stay

SEED = 20260107

# --- meals --------------------------------------------------------------------------------
# Per meal of the house's list (in order): the chance she takes it on a weekday and at the
# weekend, and when it is marked (minutes after midnight).
MEAL_RATES = [(0.76, 0.72), (0.50, 0.68), (0.90, 0.90)]
MEAL_TIMES = [8 * 60 + 15, 12 * 60 + 40, 18 * 60 + 30]
ARRIVAL_DAY = [0.15, 0.4, 0.9]  # she came during the day: seldom at breakfast
LEAVING_DAY = [0.85, 0.35, 0.1]  # she left during the day: seldom at dinner

# --- supplies and stock -------------------------------------------------------------------
ADULT = ("S", "M", "L", "XL")
CHILD = ("2T", "4T", "6", "8", "10", "12")
SHOES = ("6", "7", "8", "9", "10")
CHILD_SHOES = ("10 (child)", "13 (child)", "2 (youth)")
DIAPERS = ("2", "4", "5", "6")
# (kind code, item, sizes, low-stock mark, a donation of it brings (fewest, most))
STOCK = [
    ("clothing", "T-shirt", ADULT, 3, (4, 12)),
    ("clothing", "Trousers", ADULT, 2, (3, 8)),
    ("clothing", "Underwear (new, pack of 3)", ADULT, 3, (4, 10)),
    ("clothing", "Socks (3 pairs)", ("",), 4, (6, 15)),
    ("clothing", "Pyjamas", ADULT, 1, (2, 6)),
    ("clothing", "Winter coat", ("M", "L", "XL"), 1, (2, 5)),
    ("clothing", "Children's clothes set", CHILD, 2, (3, 8)),
    ("shoes", "Trainers", SHOES, 1, (2, 5)),
    ("shoes", "Flip-flops", ("",), 3, (5, 12)),
    ("shoes", "Children's shoes", CHILD_SHOES, 1, (2, 5)),
    ("hygiene", "Hygiene kit", ("",), 5, (10, 25)),
    ("hygiene", "Sanitary pads (pack)", ("",), 6, (10, 25)),
    ("hygiene", "Shampoo", ("",), 4, (6, 15)),
    ("hygiene", "Deodorant", ("",), 4, (6, 15)),
    ("baby", "Diapers (pack)", DIAPERS, 2, (3, 10)),
    ("baby", "Baby wipes", ("",), 3, (5, 15)),
    ("bedding", "Towel", ("",), 4, (6, 15)),
    ("bedding", "Blanket", ("",), 2, (3, 8)),
    ("bedding", "Pillow", ("",), 2, (2, 6)),
    ("phone", "Prepaid phone", ("",), 1, (2, 4)),
    ("transit", "Bus pass (monthly)", ("",), 3, (8, 15)),
    ("transit", "Day pass", ("",), 5, (10, 25)),
    ("food", "Pantry bag", ("",), 5, (10, 25)),
    ("food", "Baby formula (tin)", ("",), 3, (6, 12)),
]
# What is lately short on the shelf (no donation of it in the last weeks): the low-stock list.
SHORT = [("baby", "Diapers (pack)", "4"), ("shoes", "Trainers", "8"), ("transit", "Bus pass (monthly)", ""),
         ("hygiene", "Shampoo", "")]
SHORT_DAYS = 45
DONORS = ["Church group (fictional)", "Neighbourhood clothing drive (fictional)", "School collection (fictional)",
          "Online wish list", "Pharmacy donation (fictional)", "Bought with a small grant (fictional)",
          "Women's circle (fictional)", ""]
RECOUNT_NOTES = [(-1, "Monthly count: one was damaged and thrown away"),
                 (-1, "Monthly count: one missing"),
                 (1, "Monthly count: one more found at the back of the shelf"),
                 (2, "Monthly count: a bag of them was not on the list")]
REQUEST_NOTES = ["", "", "", "", "For a job interview this week", "Lost hers on the bus", "Hers are worn out",
                 "Colder weather coming", "For school", "Starting a new course on Monday"]
CANCEL_NOTES = ["She found one herself", "No longer needed", "She asked for a different size instead"]
RATE_REQUESTS = 3 / 30  # a resident asks for something about three times a month
HANDOUT_CHANCE = {"urgent": 1.0, "soon": 0.45, "whenever": 0.25}  # each day it is on the shelf
GIVE_UP_DAYS = 21  # a request for something that never comes in is cancelled after about three weeks

# --- appointments -------------------------------------------------------------------------
# (name, address, phone, note, the kind of appointment it is for)
PROVIDERS = [
    ("Maple Street Clinic (fictional)", "123 Example Street, Example Town", "555-0110",
     "Blood tests 8-10 without an appointment; bring her clinic card", "medical"),
    ("Riverside Family Doctors (fictional)", "45 Sample Road, Example Town", "555-0111",
     "Ask for the nurse on arrival", "medical"),
    ("County Hospital Outpatients (fictional)", "1 Placeholder Avenue, Example Town", "555-0112",
     "Entrance B; drop off at the door, parking is hard", "medical"),
    ("Little Steps Children's Clinic (fictional)", "88 Demo Lane, Example Town", "555-0113",
     "Children's check-ups and vaccinations", "medical"),
    ("Bright Smile Dental (fictional)", "78 Example Street, Suite 2, Example Town", "555-0120",
     "Sliding-scale fees; emergencies before 10", "dental"),
    ("Harbour Counselling Centre (fictional)", "9 Demo Lane, Example Town", "555-0130",
     "Trauma-informed; interpreters on request", "mental_health"),
    ("Lakeside Prenatal Clinic (fictional)", "250 Sample Road, Example Town", "555-0140",
     "Midwives on Thursdays", "prenatal"),
    ("Clear View Eye Clinic (fictional)", "17 Fictional Court, Example Town", "555-0150",
     "Free eye tests on Tuesdays; glasses vouchers", "vision"),
    ("Community Legal Aid Office (fictional)", "300 Example Street, 3rd floor, Example Town", "555-0160",
     "Ask for the domestic violence advocate", "legal"),
    ("Immigration Law Clinic (fictional)", "12 Test Street, Example Town", "555-0161",
     "Bring every paper she has, even old ones", "legal"),
    ("Family Court, Example County (fictional)", "400 Courthouse Square, Example Town", "555-0170",
     "Security screening at the door: allow 30 minutes", "court"),
    ("District Court, Example County (fictional)", "402 Courthouse Square, Example Town", "555-0171",
     "Victim advocate's room on the second floor", "court"),
]
OTHER_PLACES = ["Benefits office, 5 Sample Road (fictional)", "Job centre, 60 Example Street (fictional)",
                "Children's school, parents' evening (fictional)"]
KIND_WEIGHTS = {"medical": 28, "mental_health": 22, "legal": 14, "court": 10, "dental": 8, "vision": 5, "other": 5,
                "prenatal": 0}
PREGNANT_PRENATAL = 25  # the weight of prenatal appointments for a resident who is pregnant
# kind: (earliest start, latest start, lengths in minutes)
HOURS = {
    "medical": (8 * 60, 15 * 60 + 30, (30, 30, 45, 60)),
    "dental": (9 * 60, 15 * 60, (45, 60)),
    "mental_health": (9 * 60, 17 * 60, (50,)),
    "prenatal": (9 * 60, 15 * 60, (30, 60)),
    "vision": (9 * 60, 15 * 60, (30, 45)),
    "legal": (9 * 60, 16 * 60, (60, 90)),
    "court": (9 * 60, 13 * 60 + 30, (120, 180)),
    "other": (9 * 60, 15 * 60, (45, 60)),
}
RATE_APPOINTMENTS = 1.5 / 10  # one or two a fortnight: the chance on each weekday of her stay
RATE_COMING = 0.8 / 10  # fewer are booked yet for the weeks ahead
ESCORTS = ["Robin (volunteer)", "Sam (staff)", "Jordan (volunteer)", "Casey (advocate)", "Alex (volunteer)",
           "Pat (staff)"]
DRIVERS = ["Robin", "Jordan", "Alex", "Sam"]
RIDES = ["House van: {driver} drives, leave at {leave}", "Volunteer driver {driver}: pick-up at the side door at {leave}",
         "Taxi voucher from the office; taxi at {leave}", "Bus with a day pass from the office; leave at {leave}"]
NOTES = {
    "medical": ["Bring her medication list", "Follow-up after the last visit", "Blood test: nothing to eat before",
                "Repeat prescription", ""],
    "children": ["Children's check-up: bring the vaccination cards", "Her son's ear infection follow-up"],
    "dental": ["Tooth pain; emergency slot", "Check-up and cleaning", "Second visit for the filling"],
    "mental_health": ["Weekly session", "First session: intake forms", "Group session", ""],
    "prenatal": ["Scan; she may bring a support person", "Midwife check", "Glucose test: nothing to eat before"],
    "vision": ["Eye test; glasses voucher from the office", "Collect her new glasses"],
    "legal": ["Protection order papers", "Papers for her residence permit", "Custody: meet the lawyer",
              "Advocate meeting about the court date"],
    "court": ["Protection order hearing; the advocate goes with her", "Custody hearing",
              "Do not tell anyone at court where she is staying"],
    "other": ["Benefits appointment: bring ID and the shelter letter", "Job centre interview", "Parents' evening"],
}
OUTCOME_NOTES = {
    "attended": ["", "", "", "Went well; next visit in a month", "Prescription collected", "All fine"],
    "missed": ["She was unwell", "The bus was late; to be booked again", "Forgot; reminder set for next time"],
    "cancelled": ["The clinic cancelled", "She cancelled: feeling better", "The court postponed the hearing"],
    "rescheduled": ["The clinic asked to move it", "It clashed with her counselling session",
                    "The court moved the hearing"],
}
OUTCOME_WEIGHTS = [("attended", 78), ("missed", 8), ("cancelled", 8), ("rescheduled", 6)]


@dataclass
class _Stay:
    """A stay the residents step made, with what the demo needs to know about her."""

    id: int
    resident_id: int
    intake: date
    exit: date | None
    ages: list[int]  # her children's ages
    household: int  # everyone staying with her
    interpreter: bool
    pregnant: bool
    size: str = "M"
    shoes: str = "8"

    def here(self, day: date) -> bool:
        return self.intake <= day and (self.exit is None or day <= self.exit)

    @property
    def babies(self) -> list[int]:
        return [a for a in self.ages if a <= 3]

    @property
    def infant(self) -> bool:
        return any(a <= 1 for a in self.ages)


@dataclass
class _World:
    today: date
    start: date
    stays: list[_Stay]
    staff: list[tuple[int, str, int]]  # (account id, display name, weight)
    meal_kinds: list[int]
    supply_kinds: dict[str, int]
    providers: dict[str, list[int]] = field(default_factory=dict)  # kind -> provider ids
    _here: dict[date, list[_Stay]] | None = None

    def here(self, day: date) -> list[_Stay]:
        """Everyone staying on ``day``, in the order of ``stays`` (worked out once: decades of days)."""
        if self._here is None:
            self._here = {}
            for stay in self.stays:
                last = stay.exit or self.today
                for n in range((last - stay.intake).days + 1):
                    self._here.setdefault(stay.intake + timedelta(days=n), []).append(stay)
        return self._here.get(day, [])

    def by(self, rng: random.Random) -> tuple[int, str]:
        account_id, name, _w = rng.choices(self.staff, weights=[s[2] for s in self.staff])[0]
        return account_id, name

    def current(self) -> list[_Stay]:
        return [s for s in self.stays if s.exit is None]


def _at(day: date, minute: int) -> datetime:
    """That day at that local time, as an aware datetime."""
    return (datetime.combine(day, time()) + timedelta(minutes=minute)).astimezone()


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def add_daily_needs(desk, out, scale: Scale = DEMO) -> None:  # noqa: ANN001, ARG001 - every scale alike
    """The demo step: two years of meals, supplies and stock, and appointments, ending this morning."""
    rng = random.Random(SEED)
    world = _read(desk, rng)
    if not world.stays:
        out("Daily needs: no residents, nothing added")
        return
    world.providers = _providers(desk)
    with desk.write() as session:
        meals = _meal_history(session, rng, world)
        supplies = _supply_history(session, rng, world)
        appointments = _appointment_history(session, rng, world)
        yesterday = (world.today - timedelta(days=1)).isoformat()
        period = f"from {world.start.isoformat()} to {yesterday}, fictional, written in one go"
        desk.record(session, audit.Action.MEAL_MARKED, entity_type="demo",
                    summary=f"demo history: {meals[0]} meal marks and {meals[1]} guest counts {period}")
        desk.record(session, audit.Action.SUPPLY_HANDED_OUT, entity_type="demo",
                    summary=f"demo history: {supplies[0]} requests, {supplies[1]} hand-outs, {supplies[2]} stock "
                            f"items with {supplies[3]} stock changes {period}")
        desk.record(session, audit.Action.APPOINTMENT_BOOKED, entity_type="demo",
                    summary=f"demo history: {appointments} settled appointments {period}")
    for topic in ("meals", "supplies", "appointments"):
        desk.changed(topic)
    current = world.current()
    _meals_today(desk, rng, world, current)
    _supplies_today(desk, rng, world, current)
    _appointments_today(desk, rng, world, current)
    with desk.read() as session:
        def count(model) -> int:  # noqa: ANN001
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        totals = [count(m) for m in (MealMark, SupplyRequest, SupplyHandout, StockItem, Appointment)]
        waiting = int(session.scalar(select(func.count()).select_from(SupplyRequest)
                                     .where(SupplyRequest.status == "open")) or 0)
        coming = int(session.scalar(select(func.count()).select_from(Appointment)
                                    .where(Appointment.day > world.today)) or 0)
    low = len(desk.supplies.stock(low_only=True))
    out(f"Daily needs: {totals[0]} meal marks, {totals[1]} supply requests ({waiting} waiting), {totals[2]} "
        f"hand-outs, {totals[3]} stock items ({low} low), {len(PROVIDERS)} places, {totals[4]} appointments "
        f"({coming} coming up)")


# --- reading what the residents step made -----------------------------------------------------

def _read(desk, rng: random.Random) -> _World:  # noqa: ANN001
    today = desk.today()
    with desk.read() as session:
        people = {r.id: r for r in session.execute(
            select(Resident.id, Resident.medical_notes, Resident.interpreter_needed)
            .where(Resident.merged_into_id.is_(None)))}
        rows = session.execute(select(Stay.id, Stay.resident_id, Stay.intake_date, Stay.exit_date)
                               .order_by(Stay.intake_date, Stay.id)).all()
        members: dict[int, list[tuple[int | None, str]]] = {}
        for stay_id, age, kind in session.execute(
                select(HouseholdMember.stay_id, HouseholdMember.age, HouseholdMember.relationship_kind)):
            members.setdefault(stay_id, []).append((age, kind))
        staff = [(a.id, a.display_name, {"front_desk": 6, "house_manager": 3}.get(a.role, 1))
                 for a in session.scalars(select(Account).where(Account.active.is_(True)).order_by(Account.id))]
    meal_kinds = [k.id for k in desk.meals.kinds()][:len(MEAL_RATES)]
    supply_kinds = {k.code: k.id for k in desk.supplies.kinds() if k.code}
    stays = []
    sizes: dict[int, tuple[str, str]] = {}
    for stay_id, resident_id, intake, exit_day in rows:
        person = people.get(resident_id)
        if person is None or intake > today:
            continue
        if resident_id not in sizes:
            sizes[resident_id] = (rng.choices(ADULT, weights=[2, 4, 3, 1])[0], rng.choice(SHOES))
        household = members.get(stay_id, [])
        stays.append(_Stay(
            id=stay_id, resident_id=resident_id, intake=intake, exit=exit_day,
            ages=[age for age, kind in household if kind == "child" and age is not None],
            household=len(household), interpreter=bool(person.interpreter_needed),
            pregnant="pregnant" in (person.medical_notes or "").lower(),
            size=sizes[resident_id][0], shoes=sizes[resident_id][1]))
    start = min((s.intake for s in stays), default=today)
    return _World(today, start, stays, staff, meal_kinds, supply_kinds)


def _providers(desk) -> dict[str, list[int]]:  # noqa: ANN001
    """The places appointments happen, through the service (each is audited as in real use)."""
    found: dict[str, list[int]] = {}
    for name, address, phone, note, kind in PROVIDERS:
        found.setdefault(kind, []).append(desk.appointments.add_provider(name, address, phone, note))
    return found


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# --- meals ------------------------------------------------------------------------------------

CHUNK = 50_000

def _meal_history(session, rng: random.Random, world: _World) -> tuple[int, int]:  # noqa: ANN001
    marks: list[dict] = []
    guests: list[dict] = []
    written = 0
    yesterday = world.today - timedelta(days=1)
    for day in _days(world.start, yesterday):
        weekend = day.weekday() >= 5
        here = world.here(day)
        for i, kind_id in enumerate(world.meal_kinds):
            chance = MEAL_RATES[i][1 if weekend else 0]
            _account, by = world.by(rng)
            at = _at(day, MEAL_TIMES[i] + rng.randint(0, 40))
            for stay in here:
                p = ARRIVAL_DAY[i] if day == stay.intake else LEAVING_DAY[i] if day == stay.exit else chance
                if rng.random() >= p:
                    continue
                children = stay.household
                if i == 1 and not weekend:  # school-age children have lunch at school
                    children -= sum(1 for a in stay.ages if 5 <= a <= 17)
                marks.append({"day": day, "meal_kind_id": kind_id, "resident_id": stay.resident_id,
                              "stay_id": stay.id, "children": max(0, children), "marked_at": at, "marked_by": by})
                if len(marks) >= CHUNK:  # a decade is over a million marks: write them as they come
                    session.execute(insert(MealMark), marks)
                    written += len(marks)
                    marks = []
            # Guests now and then: a friend or family at the weekend dinner, a visitor at lunch.
            chance_guests = [0.0, 0.06, 0.35 if weekend else 0.08][i]
            if rng.random() < chance_guests:
                adults = rng.choice([1, 1, 1, 2, 2, 3])
                kids = rng.choice([0, 0, 0, 1, 2])
                guests.append({"day": day, "meal_kind_id": kind_id, "guests": adults, "children": kids,
                               "updated_at": at})
    if marks:
        session.execute(insert(MealMark), marks)
    if guests:
        session.execute(insert(MealGuests), guests)
    return written + len(marks), len(guests)


def _meals_today(desk, rng: random.Random, world: _World, current: list[_Stay]) -> int:  # noqa: ANN001
    """This morning: breakfast marked for everyone, then the ones who did not come unmarked (the services)."""
    if not world.meal_kinds or not current:
        return 0
    breakfast = world.meal_kinds[0]
    marked = desk.meals.mark_everyone(world.today, breakfast)
    skipped = [s for s in current if rng.random() > MEAL_RATES[0][world.today.weekday() >= 5]]
    for stay in skipped:
        desk.meals.mark(world.today, breakfast, stay.resident_id, taken=False)
    return marked - len(skipped)


# --- supplies and stock -----------------------------------------------------------------------

@dataclass(eq=False)
class _Shelf:
    id: int
    kind_id: int
    item: str
    size: str
    low_at: int
    batch: tuple[int, int]
    short: bool
    count: int = 0
    created: datetime | None = None
    changed: datetime | None = None


@dataclass(eq=False)
class _Request:
    row: dict
    stay: _Stay
    shelf: _Shelf | None


class _Store:
    """The store room through two years: the shelves, and the rows to write."""

    def __init__(self, session, world: _World, rng: random.Random) -> None:  # noqa: ANN001
        self.world, self.rng = world, rng
        self.shelves: dict[tuple[str, str, str], _Shelf] = {}
        next_id = (session.scalar(select(func.max(StockItem.id))) or 0) + 1
        for code, item, sizes, low_at, batch in STOCK:
            if code not in world.supply_kinds:
                continue
            for size in sizes:
                short = (code, item, size) in SHORT
                self.shelves[(code, item, size)] = _Shelf(next_id, world.supply_kinds[code], item, size, low_at, batch,
                                                          short)
                next_id += 1
        self.next_request = (session.scalar(select(func.max(SupplyRequest.id))) or 0) + 1
        self.next_handout = (session.scalar(select(func.max(SupplyHandout.id))) or 0) + 1
        self.requests: list[dict] = []
        self.handouts: list[dict] = []
        self.changes: list[dict] = []
        self.open: list[_Request] = []

    def change(self, shelf: _Shelf, day: date, minute: int, reason: str, change: int, note: str, by: str,
               handout_id: int | None = None) -> None:
        shelf.count += change
        assert shelf.count >= 0, "the demo keeps every stock count at or above zero"
        at = _at(day, minute)
        shelf.created = shelf.created or at
        shelf.changed = at
        self.changes.append({"stock_item_id": shelf.id, "day": day, "at": at, "reason_kind": reason, "change": change,
                             "count_after": shelf.count, "note": note, "by_name": by, "handout_id": handout_id})

    def hand_out(self, stay: _Stay, code: str, item: str, size: str, quantity: int, day: date,
                 request_id: int | None = None, note: str = "") -> bool:
        """Give it if it is on the shelf (or not kept in stock); False when the shelf has too few."""
        shelf = self.shelves.get((code, item, size))
        if shelf is not None and shelf.count < quantity:
            return False
        account_id, by = self.world.by(self.rng)
        minute = self.rng.randint(9 * 60, 19 * 60)
        handout_id = self.next_handout
        self.next_handout += 1
        self.handouts.append({
            "id": handout_id, "resident_id": stay.resident_id, "kind_id": self.world.supply_kinds[code], "item": item,
            "size": size, "quantity": quantity, "handed_on": day, "handed_by_id": account_id, "handed_by": by,
            "request_id": request_id, "stock_item_id": shelf.id if shelf else None, "note": note,
            "created_at": _at(day, minute)})
        if shelf is not None:
            self.change(shelf, day, minute, "handout", -quantity, "", by, handout_id)
        return True

    def request(self, stay: _Stay, day: date, wants: tuple[str, str, str, int], urgency: str, note: str) -> _Request:
        code, item, size, quantity = wants
        _account, by = self.world.by(self.rng)
        at = _at(day, self.rng.randint(8 * 60, 20 * 60))
        row = {"id": self.next_request, "resident_id": stay.resident_id, "kind_id": self.world.supply_kinds[code],
               "item": item, "size": size, "quantity": quantity, "urgency": urgency, "note": note,
               "requested_on": day, "requested_by": by, "status": "open", "closed_on": None, "close_note": "",
               "created_at": at, "updated_at": at}
        self.next_request += 1
        self.requests.append(row)
        request = _Request(row, stay, self.shelves.get((code, item, size)))
        self.open.append(request)
        return request

    def close(self, request: _Request, day: date, status: str, note: str = "") -> None:
        request.row.update(status=status, closed_on=day, close_note=note,
                           updated_at=_at(day, self.rng.randint(9 * 60, 19 * 60)))
        self.open.remove(request)

    def try_hand_out(self, request: _Request, day: date) -> bool:
        row = request.row
        code = next(c for c, kid in self.world.supply_kinds.items() if kid == row["kind_id"])
        note = "Bought with the petty cash (fictional)" if request.shelf is None else ""
        if self.hand_out(request.stay, code, row["item"], row["size"], row["quantity"], day, row["id"], note):
            self.close(request, day, "handed_out")
            return True
        return False


def _wants(rng: random.Random, stay: _Stay, day: date) -> tuple[str, str, str, int]:
    """Something a resident asks for: her sizes, her children's, the season."""
    winter = day.month in (11, 12, 1, 2)
    summer = day.month in (6, 7, 8)
    choices: list[tuple[float, tuple[str, str, str, int]]] = [
        (6, ("clothing", "T-shirt", stay.size, 1)), (4, ("clothing", "Trousers", stay.size, 1)),
        (5, ("clothing", "Underwear (new, pack of 3)", stay.size, 1)), (3, ("clothing", "Socks (3 pairs)", "", 1)),
        (2, ("clothing", "Pyjamas", stay.size, 1)),
        (4 if winter else 0.3, ("clothing", "Winter coat", "M" if stay.size == "S" else stay.size, 1)),
        (3, ("shoes", "Trainers", stay.shoes, 1)), (2 if summer else 0.5, ("shoes", "Flip-flops", "", 1)),
        (5, ("hygiene", "Sanitary pads (pack)", "", 1)), (3, ("hygiene", "Shampoo", "", 1)),
        (3, ("hygiene", "Deodorant", "", 1)), (2, ("hygiene", "Hygiene kit", "", 1)),
        (1.5, ("bedding", "Towel", "", 1)), (2 if winter else 0.5, ("bedding", "Blanket", "", 1)),
        (0.7, ("bedding", "Pillow", "", 1)),
        (1, ("phone", "Prepaid phone", "", 1)), (1.5, ("phone", "SIM card top-up", "", 1)),
        (3, ("transit", "Bus pass (monthly)", "", 1)), (2, ("transit", "Day pass", "", rng.choice([1, 2, 2, 4]))),
        (2, ("food", "Pantry bag", "", 1)),
        (0.5, ("other", "Umbrella", "", 1)), (0.5, ("other", "Suitcase", "", 1)),
    ]
    for age in stay.ages:
        choices.append((4 / len(stay.ages), ("clothing", "Children's clothes set", _child_size(age), rng.choice([1, 2]))))
        choices.append((1.5 / len(stay.ages), ("shoes", "Children's shoes", _child_shoes(age), 1)))
    for age in stay.babies:
        choices.append((6 / len(stay.babies), ("baby", "Diapers (pack)", DIAPERS[min(age, 3)], rng.choice([1, 2]))))
        choices.append((2, ("baby", "Baby wipes", "", 1)))
    if stay.infant:
        choices.append((3, ("food", "Baby formula (tin)", "", rng.choice([1, 2]))))
    return rng.choices([c for _w, c in choices], weights=[w for w, _c in choices])[0]


def _child_size(age: int) -> str:
    return CHILD[min(len(CHILD) - 1, max(0, (age - 1) // 2))]


def _child_shoes(age: int) -> str:
    return CHILD_SHOES[0 if age <= 4 else 1 if age <= 8 else 2]


def _supply_history(session, rng: random.Random, world: _World) -> tuple[int, int, int, int]:  # noqa: ANN001
    store = _Store(session, world, rng)
    yesterday = world.today - timedelta(days=1)
    # The store room's first count, on the first day.
    _account, by = world.by(rng)
    for shelf in store.shelves.values():
        store.change(shelf, world.start, 8 * 60, "recount", shelf.low_at * 3 + rng.randint(0, shelf.low_at * 2 + 2),
                     "First count of the store room", by)
    next_donation = world.start + timedelta(days=rng.randint(5, 12))
    for day in _days(world.start, yesterday):
        here = world.here(day)
        # Morning: donations every week or two, a count of a few shelves on the first of the month.
        if day == next_donation:
            _donation(store, rng, world, day)
            next_donation = day + timedelta(days=rng.randint(5, 13))
        if day.day == 1 and day > world.start:
            _account, by = world.by(rng)
            for shelf in rng.sample(list(store.shelves.values()), 2):
                change, note = rng.choice(RECOUNT_NOTES)
                if shelf.count + change >= 0:
                    store.change(shelf, day, 8 * 60 + 30, "recount", change, note, by)
        # A welcome kit for whoever arrives.
        for stay in here:
            if stay.intake == day:
                store.hand_out(stay, "hygiene", "Hygiene kit", "", 1, day, note="Welcome kit")
                store.hand_out(stay, "bedding", "Towel", "", 1, day, note="Welcome kit")
        # Requests waiting: handed out when on the shelf, most within days; some given up.
        for request in sorted(store.open, key=lambda r: (r.row["urgency"] != "urgent", r.row["id"])):
            if request.row["requested_on"] == day:
                continue
            waited = (day - request.row["requested_on"]).days
            if rng.random() < 0.01:
                store.close(request, day, "cancelled", rng.choice(CANCEL_NOTES))
            elif rng.random() < HANDOUT_CHANCE[request.row["urgency"]] and store.try_hand_out(request, day):
                continue
            elif waited > GIVE_UP_DAYS and rng.random() < 0.3:
                store.close(request, day, "cancelled", "None came in; she found one elsewhere")
        # New requests; an urgent one only for what is on the shelf, handed out at once.
        for stay in here:
            if stay.exit == day or rng.random() >= RATE_REQUESTS:
                continue
            wants = _wants(rng, stay, day)
            shelf = store.shelves.get(wants[:3])
            roll = rng.random()
            urgent = roll < 0.12 and (shelf is None or shelf.count >= wants[3])
            urgency = "urgent" if urgent else "soon" if roll < 0.7 else "whenever"
            request = store.request(stay, day, wants, urgency, rng.choice(REQUEST_NOTES))
            if urgent or (rng.random() < 0.2 and (shelf is None or shelf.count >= wants[3])):
                store.try_hand_out(request, day)
        # Food beyond meals: a pantry bag on Fridays for families, baby formula on Mondays.
        for stay in here:
            if day.weekday() == 4 and stay.household and rng.random() < 0.8:
                store.hand_out(stay, "food", "Pantry bag", "", 1, day)
            if day.weekday() == 0 and stay.infant:
                store.hand_out(stay, "food", "Baby formula (tin)", "", 1, day)
            if day == stay.exit and rng.random() < 0.6:
                store.hand_out(stay, "food", "Pantry bag", "", 1, day, note="To take with her when she moved out")
        # Whoever leaves today takes nothing still waiting: her requests are closed.
        for request in [r for r in store.open if r.stay.exit == day]:
            store.close(request, day, "cancelled", "She left before it could be handed out")
    # Whatever no longer has a stay (she left) is closed; the rest wait for today's front desk.
    now = _at(yesterday, 20 * 60)
    shelves = [{"id": s.id, "kind_id": s.kind_id, "item": s.item, "size": s.size, "item_key": _key(s.item),
                "size_key": _key(s.size), "count": s.count, "low_at": s.low_at, "created_at": s.created or now,
                "updated_at": s.changed or now} for s in store.shelves.values()]
    if shelves:
        session.execute(insert(StockItem), shelves)
    if store.requests:
        session.execute(insert(SupplyRequest), store.requests)
    if store.handouts:
        session.execute(insert(SupplyHandout), store.handouts)
    if store.changes:
        session.execute(insert(StockChange), store.changes)
    return len(store.requests), len(store.handouts), len(shelves), len(store.changes)


def _key(text: str) -> str:
    """As the supplies service matches items and sizes: no case, no accents, single spaces."""
    return " ".join(fold(text).split())


def _donation(store: _Store, rng: random.Random, world: _World, day: date) -> None:
    """Donations came in: what is low (the wish list works), and a few other things."""
    _account, by = world.by(rng)
    note = rng.choice(DONORS)
    late = (world.today - day).days <= SHORT_DAYS
    shelves = [s for s in store.shelves.values() if not (late and s.short)]
    wanted = [s for s in shelves if s.count <= 2 * s.low_at and rng.random() < 0.7]
    roomy = [s for s in shelves if s.count < 4 * s.low_at + 6]  # a full shelf: the house says no thanks
    if len(roomy) < 2:  # a quiet month: something still comes in
        roomy = sorted(shelves, key=lambda s: s.count / (s.low_at + 1))[:4]
    extra = rng.sample(roomy, min(len(roomy), rng.randint(2, 5)))
    for shelf in dict.fromkeys(wanted + extra):
        store.change(shelf, day, 10 * 60 + rng.randint(0, 300), "donation", rng.randint(*shelf.batch), note, by)


def _supplies_today(desk, rng: random.Random, world: _World, current: list[_Stay]) -> tuple[int, int]:  # noqa: ANN001
    """This morning at the front desk, through the services: a welcome kit, two urgent requests, a hand-out."""
    supplies = desk.supplies
    kinds = world.supply_kinds
    if current:
        newest = max(current, key=lambda s: (s.intake, s.id))
        stock = {(line.kind_id, line.item, line.size): line for line in supplies.stock()}
        if newest.intake == world.today:
            kit = stock.get((kinds["hygiene"], "Hygiene kit", ""))
            if kit is not None and kit.count > 0:
                supplies.hand_out(newest.resident_id, kinds["hygiene"], "Hygiene kit", note="Welcome kit")
        supplies.request(newest.resident_id, kinds["clothing"], "Trousers", newest.size, 1, "urgent",
                         "Came with only what she was wearing")
        mothers = [s for s in current if s.babies and s is not newest]
        others = [s for s in current if s is not newest]
        if mothers:
            mother = rng.choice(mothers)
            supplies.request(mother.resident_id, kinds["baby"], "Diapers (pack)", DIAPERS[min(mother.babies[0], 3)],
                             2, "urgent", "Ran out last night")
        elif others:
            supplies.request(rng.choice(others).resident_id, kinds["hygiene"], "Sanitary pads (pack)", "", 1,
                             "urgent", "")
        if others:
            someone, another = rng.choice(others), rng.choice(others)
            supplies.request(someone.resident_id, kinds["shoes"], "Trainers", someone.shoes, 1, "soon",
                             "Starting a new job next week")
            supplies.request(another.resident_id, kinds["bedding"], "Blanket", "", 1, "whenever",
                             "The room is cold at night")
        # One of the requests waiting since the last days is on the shelf: handed out this morning.
        waiting = [r for r in supplies.requests() if r.requested_on < world.today and r.in_stock
                   and r.in_stock >= r.quantity]
        if waiting:
            line = waiting[0]
            supplies.hand_out(line.resident_id, line.kind_id, line.item, line.size, line.quantity, request_id=line.id)
    # A few shelves are low now: the wish list for the next donation.
    low = supplies.stock(low_only=True)
    if len(low) < 3:
        lines = {(line.kind_id, line.item, line.size): line for line in supplies.stock()}
        for code, item, size in SHORT:
            line = lines.get((kinds.get(code), item, size))
            if line is not None and not line.is_low and len(low) < 3:
                supplies.recount(line.id, rng.randint(0, line.low_at), "Counted the shelf: fewer than the list said")
                low = supplies.stock(low_only=True)
    return len(supplies.requests()), len(low)


# --- appointments ----------------------------------------------------------------------------

@dataclass(eq=False)
class _Visit:
    """An appointment being planned: what the service's AppointmentDetails holds, and how it went."""

    stay: _Stay
    day: date
    start: int
    duration: int
    kind: str
    provider_id: int | None
    place: str
    transport: bool
    ride: str
    escort: str
    notes: str
    status: str = "scheduled"
    outcome_note: str = ""
    booked: date | None = None
    settled: date | None = None
    moved_to: _Visit | None = None
    id: int | None = None

    def details(self) -> AppointmentDetails:
        return AppointmentDetails(
            resident_id=self.stay.resident_id, day=self.day, start_minute=self.start, kind=self.kind,
            duration_minutes=self.duration, provider_id=self.provider_id, place=self.place,
            transport_needed=self.transport, ride=self.ride, escort=self.escort, notes=self.notes)


class _Diary:
    """Who is busy when: never two appointments for one resident, or one escort, at the same time."""

    def __init__(self) -> None:
        self.busy: dict[tuple[object, date], list[tuple[int, int]]] = {}

    def free(self, who: object, day: date, start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e in self.busy.get((who, day), []))

    def take(self, visit: _Visit) -> None:
        end = visit.start + visit.duration
        self.busy.setdefault((visit.stay.resident_id, visit.day), []).append((visit.start, end))
        if visit.escort:
            self.busy.setdefault((fold(visit.escort), visit.day), []).append((visit.start, end))

    def fits(self, visit: _Visit) -> bool:
        end = visit.start + visit.duration
        return self.free(visit.stay.resident_id, visit.day, visit.start, end) and (
            not visit.escort or self.free(fold(visit.escort), visit.day, visit.start, end))


def _visit(rng: random.Random, world: _World, stay: _Stay, day: date, diary: _Diary, kind: str | None = None,
           start: int | None = None, ride: bool | None = None) -> _Visit | None:
    """An appointment of a likely kind, at a likely time and place, with a ride and an escort for some."""
    if kind is None:
        weights = dict(KIND_WEIGHTS)
        if stay.pregnant:
            weights["prenatal"] = PREGNANT_PRENATAL
        kind = rng.choices(list(weights), weights=list(weights.values()))[0]
    first, last, lengths = HOURS[kind]
    duration = rng.choice(lengths)
    if start is None:
        start = first + 15 * rng.randint(0, (last - first) // 15)
        if kind == "court":
            start = rng.choice([9 * 60, 9 * 60 + 30, 13 * 60 + 30])
    providers = world.providers.get(kind, [])
    children = kind == "medical" and stay.ages and rng.random() < 0.35
    if kind == "other" or not providers:
        provider_id, place = None, rng.choice(OTHER_PLACES)
    elif children:
        provider_id, place = world.providers["medical"][3], ""
    else:
        provider_id, place = rng.choice(providers[:3] if kind == "medical" else providers), ""
    notes = rng.choice(NOTES["children" if children else kind])
    if "nothing to eat" in notes and start >= 11 * 60:  # a fasting test is in the morning
        notes = ""
    if stay.interpreter and rng.random() < 0.7:
        notes = (notes + "\n" if notes else "") + "Interpreter booked"
    transport = rng.random() < 0.5 if ride is None else ride
    ride_text = ""
    if transport:
        leave = start - (45 if kind == "court" else 30)
        ride_text = rng.choice(RIDES).format(driver=rng.choice(DRIVERS), leave=_clock(leave))
    wants_escort = rng.random() < (0.9 if kind == "court" else 0.55 if transport else 0.1)
    escort = ""
    visit = _Visit(stay, day, start, duration, kind, provider_id, place, transport, ride_text, "", notes)
    if not diary.fits(visit):
        return None
    if wants_escort:
        names = ["Casey (advocate)"] if kind in ("court", "legal") else []
        names += rng.sample(ESCORTS, len(ESCORTS))
        for name in names:
            if diary.free(fold(name), day, start, start + duration):
                escort = name
                break
    visit.escort = escort
    return visit


def _appointment_history(session, rng: random.Random, world: _World) -> int:  # noqa: ANN001
    """Every appointment before today, settled: written as rows (see the module's docstring)."""
    diary = _Diary()
    visits: list[_Visit] = []
    yesterday = world.today - timedelta(days=1)
    for stay in world.stays:
        last = min(stay.exit or yesterday, yesterday)
        for day in _days(stay.intake + timedelta(days=1), last):
            if day.weekday() >= 5 or rng.random() >= RATE_APPOINTMENTS:
                continue
            visit = _visit(rng, world, stay, day, diary)
            if visit is None:
                continue
            diary.take(visit)
            visits.append(visit)
    moved: list[_Visit] = []
    for visit in visits:
        stay = visit.stay
        earliest_booking = max(stay.intake, visit.day - timedelta(days=rng.randint(2, 21)))
        visit.booked = earliest_booking
        outcome = rng.choices([o for o, _w in OUTCOME_WEIGHTS], weights=[w for _o, w in OUTCOME_WEIGHTS])[0]
        if outcome == "rescheduled":
            new = _moved(rng, world, visit, diary, yesterday)
            if new is None:
                outcome = "cancelled"
            else:
                visit.moved_to = new
                moved.append(new)
        _settle(rng, visit, outcome, yesterday)
    for new in moved:
        new.booked = new.booked or new.day
        _settle(rng, new, rng.choices(["attended", "missed", "cancelled"], weights=[85, 10, 5])[0], yesterday)
    everything = sorted(visits + moved, key=lambda v: (v.booked, v.day, v.start))
    next_id = (session.scalar(select(func.max(Appointment.id))) or 0) + 1
    for n, visit in enumerate(everything):
        visit.id = next_id + n
    rows = []
    for v in everything:
        by = world.by(rng)[1]
        booked_at = _at(v.booked, rng.randint(9 * 60, 17 * 60))  # type: ignore[arg-type]
        settled_at = max(booked_at, _at(v.settled, rng.randint(9 * 60, 20 * 60)))  # type: ignore[arg-type]
        rows.append({
            "id": v.id, "resident_id": v.stay.resident_id, "day": v.day, "start_minute": v.start,
            "duration_minutes": v.duration, "kind": v.kind, "provider_id": v.provider_id, "place": v.place,
            "transport_needed": v.transport, "ride": v.ride, "escort": v.escort,
            "escort_key": " ".join(fold(v.escort).split()), "notes": v.notes, "status": v.status,
            "outcome_note": v.outcome_note, "settled_on": v.settled, "settled_by": world.by(rng)[1],
            "rescheduled_to_id": None, "booked_by": by, "version": 2, "created_at": booked_at,
            "updated_at": settled_at})
    if rows:
        session.execute(insert(Appointment), rows)
        links = [{"id": v.id, "rescheduled_to_id": v.moved_to.id} for v in everything if v.moved_to is not None]
        if links:
            session.execute(update(Appointment), links)
    return len(rows)


def _moved(rng: random.Random, world: _World, visit: _Visit, diary: _Diary, last: date) -> _Visit | None:
    """The new time of an appointment moved: a few days later, still in her stay and before today."""
    stay = visit.stay
    for _attempt in range(4):
        day = visit.day + timedelta(days=rng.randint(3, 14))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        if day > last or not stay.here(day):
            return None
        first, latest, _lengths = HOURS[visit.kind]
        new = _Visit(stay, day, first + 15 * rng.randint(0, (latest - first) // 15), visit.duration, visit.kind,
                     visit.provider_id, visit.place, visit.transport, visit.ride, visit.escort, visit.notes)
        if new.transport:
            leave = new.start - (45 if new.kind == "court" else 30)
            new.ride = new.ride.rsplit(" at ", 1)[0] + f" at {_clock(leave)}"
        if not diary.fits(new):
            new.escort = ""
            if not diary.fits(new):
                continue
        diary.take(new)
        return new
    return None


def _settle(rng: random.Random, visit: _Visit, outcome: str, last: date) -> None:
    """How it went, and the day the front desk recorded it (never before it was booked)."""
    visit.status = outcome
    visit.outcome_note = rng.choice(OUTCOME_NOTES[outcome])
    booked = visit.booked or visit.day
    if outcome in ("attended", "missed"):
        settled = min(visit.day + timedelta(days=rng.choice([0, 0, 0, 1])), last)
    elif outcome == "rescheduled":
        settled = max(booked, visit.day - timedelta(days=rng.randint(0, 5)))
        if visit.moved_to is not None:
            visit.moved_to.booked = settled
    else:
        settled = max(booked, visit.day - timedelta(days=rng.randint(0, 3)))
    visit.settled = settled


def _appointments_today(desk, rng: random.Random, world: _World, current: list[_Stay]) -> int:  # noqa: ANN001
    """Today's, tomorrow's and the coming weeks' appointments, through the services."""
    service = desk.appointments
    today, tomorrow = world.today, world.today + timedelta(days=1)
    diary = _Diary()
    for line in service.between(today - timedelta(days=1), today + timedelta(days=60)):
        if line.status == "scheduled":
            stay = next((s for s in current if s.resident_id == line.resident_id), None)
            if stay is not None:
                diary.take(_Visit(stay, line.day, line.start_minute, line.duration_minutes, line.kind, None, "",
                                  False, "", line.escort, ""))
    booked: list[tuple[_Visit, int]] = []

    def book(visit: _Visit | None) -> int | None:
        if visit is None or not diary.fits(visit):
            return None
        try:
            result = service.book(visit.details())
        except AppointmentClash:
            return None
        diary.take(visit)
        booked.append((visit, result.appointment_id))
        return result.appointment_id

    arrived = [s for s in current if s.intake == today]
    settled_in = [s for s in current if s.intake < today]
    if not settled_in:
        return 0
    rng.shuffle(settled_in)
    # Today: an early blood test (past by mid-morning and still booked: to settle), legal aid, a court
    # hearing with the advocate, a counselling session. At the weekend: the hospital's weekend clinic
    # and a counselling group.
    weekday = today.weekday() < 5
    clinic = world.providers["medical"][0 if weekday else 2]
    plan = [("medical", 8 * 60, True), ("legal", 10 * 60 + 30, False), ("court", 13 * 60 + 30, True),
            ("mental_health", 15 * 60 + 30, None)] if weekday else [("medical", 8 * 60, True),
                                                                    ("mental_health", 11 * 60, None)]
    todays = []
    for (kind, start, ride), stay in zip(plan, settled_in, strict=False):
        visit = _visit(rng, world, stay, today, diary, kind=kind, start=start, ride=ride)
        if visit is not None and kind == "medical":
            visit.provider_id, visit.place = clinic, ""
            visit.notes, visit.duration = "Blood test: nothing to eat before", 30
        elif visit is not None and not weekday:
            visit.notes = "Weekend group session"
        if book(visit) is not None:
            todays.append(booked[-1])
    now = desk.now().astimezone()
    minute_now = now.hour * 60 + now.minute if now.date() == today else 24 * 60
    left_booked = False
    for visit, appointment_id in todays:
        if visit.start + visit.duration > minute_now:
            continue
        if not left_booked:  # the earliest one that is over: the front desk has not settled it yet
            left_booked = True
            continue
        service.settle(appointment_id, "attended", rng.choice(OUTCOME_NOTES["attended"]))
    if not left_booked:  # made before the first one is over: the last working day's is still to settle
        last_open = today - timedelta(days=1)
        while last_open.weekday() >= 5:
            last_open -= timedelta(days=1)
        for stay in settled_in:
            if stay.intake < last_open and book(_visit(rng, world, stay, last_open, diary, kind="legal",
                                                       start=15 * 60)):
                break
    # Tomorrow: an early clinic visit with a ride (the newest arrival's first check-up), and more on a
    # working day.
    newcomer = (arrived or settled_in)[0]
    visit = _visit(rng, world, newcomer, tomorrow, diary, kind="medical", start=8 * 60 + 30, ride=True)
    if visit is not None:
        visit.provider_id, visit.place = world.providers["medical"][1 if tomorrow.weekday() < 5 else 2], ""
        visit.notes = "First check-up since she arrived" + ("\nInterpreter booked" if newcomer.interpreter else "")
        book(visit)
    if tomorrow.weekday() < 5:
        for stay, kind, start in zip(settled_in[len(plan):], ["dental", "prenatal", "vision"],
                                     [11 * 60, 9 * 60 + 30, 14 * 60], strict=False):
            if kind == "prenatal" and not stay.pregnant:
                kind = "mental_health"
            book(_visit(rng, world, stay, tomorrow, diary, kind=kind, start=start))
    # The coming four weeks, and a court date further ahead.
    for stay in current:
        for day in _days(today + timedelta(days=2), today + timedelta(days=28)):
            if day.weekday() < 5 and rng.random() < RATE_COMING:
                book(_visit(rng, world, stay, day, diary))
    hearing = today + timedelta(days=45)
    while hearing.weekday() >= 5:
        hearing += timedelta(days=1)
    book(_visit(rng, world, settled_in[-1], hearing, diary, kind="court", start=9 * 60 + 30, ride=True))
    # One of next week's is moved to a new time (the clinic asked), linked to the old one.
    later = [(v, i) for v, i in booked if v.day >= today + timedelta(days=5) and v.kind in ("medical", "dental")]
    if later:
        visit, appointment_id = later[0]
        new_day = visit.day + timedelta(days=7)
        moved = _Visit(visit.stay, new_day, visit.start, visit.duration, visit.kind, visit.provider_id, visit.place,
                       visit.transport, visit.ride, visit.escort, visit.notes)
        if diary.fits(moved):
            try:
                service.reschedule(appointment_id, moved.details(), "The clinic asked to move it")
                diary.take(moved)
            except AppointmentClash:
                pass
    return len(booked)
