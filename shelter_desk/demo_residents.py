"""Fictional rooms, beds and residents for ``shelter-desk demo`` (a step in ``demo.DEMO_STEPS``).

Two years of a small house, ending today: six rooms with twenty beds, about fifty
residents whose names come from many languages and scripts, stays with intakes spread
over the period, most of the earlier ones left (to destinations in every HUD group), a
few who came back, most beds taken now, one held, one woman waiting for a bed, children
in some households, case notes of every kind and goals in every status.

Everything goes through the services, in the order it would have happened (exits, then
moves, then intakes, day by day), so the bed board, the history and the audit trail look
like real use. A seeded random generator makes every demo vault the same, apart from the
dates, which end on the day it is made. Every person, place and phone number is made up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from shelter_desk import hud
from shelter_desk.demo_scale import DEMO, Scale
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from shelter_desk.storage.resident_models import Stay

SEED = 20260105
PERIOD_DAYS = 730
ROOMS = [  # (name, note, beds): 6 rooms, 20 beds
    ("Rose room", "", 4),
    ("Lavender room", "", 3),
    ("Willow room", "", 3),
    ("Birch room", "", 3),
    ("Family room", "Cots and a crib on request", 4),
    ("Quiet room", "Ground floor, step-free", 3),
]
FAMILY_ROOM = "Family room"

# (alias, legal name or "", languages, interpreter needed). First names or common name
# combinations only; the house itself is called "Demo House (fictional data)".
PEOPLE = [
    ("Zoë", "Zoë Martin", "English, French", False),
    ("Małgorzata", "Małgorzata Nowak", "Polish", True),
    ("Dolores Peña", "Dolores Peña García", "Spanish", False),
    ("Ana Lúcia", "Ana Lúcia Silva", "Portuguese", True),
    ("Renée", "", "French, English", False),
    ("Łucja", "Łucja Kowalska", "Polish, English", False),
    ("Kateřina", "Kateřina Nováková", "Czech", True),
    ("Ayşe", "Ayşe Yılmaz", "Turkish", True),
    ("Þóra", "", "Icelandic, English", False),
    ("Siobhán", "Siobhán Murphy", "English, Irish", False),
    ("Noémie", "", "French", False),
    ("Marisol", "Marisol Hernández", "Spanish", False),
    ("Guadalupe R.", "", "Spanish", True),
    ("Inès", "Inès Benali", "French, Arabic", False),
    ("Amara", "Amara Okafor", "English, Igbo", False),
    ("Fatoumata", "Fatoumata Diallo", "French, Fula", True),
    ("Thandiwe", "", "English, isiZulu", False),
    ("Leilani", "Leilani Kahale", "English", False),
    ("Оксана", "Оксана Коваленко", "Ukrainian, Russian", True),
    ("Наталья", "Наталья Иванова", "Russian", True),
    ("Ирина К.", "", "Russian, English", False),
    ("Светлана", "Светлана Петрова", "Russian", True),
    ("Nguyễn Thị Lan", "Nguyễn Thị Lan", "Vietnamese", True),
    ("Trần Mai", "Trần Thị Mai", "Vietnamese, English", False),
    ("Phạm Thu Hà", "", "Vietnamese", True),
    ("Đặng Ngọc", "Đặng Thị Ngọc", "Vietnamese", True),
    ("李梅", "李梅", "Mandarin", True),
    ("王芳", "王芳", "Mandarin, English", False),
    ("陈静", "", "Cantonese", True),
    ("فاطمة", "فاطمة الحسن", "Arabic", True),
    ("مريم", "مريم علي", "Arabic, English", False),
    ("ليلى", "", "Arabic", True),
    ("Ελένη", "Ελένη Παπαδοπούλου", "Greek", True),
    ("Δήμητρα", "", "Greek, English", False),
    ("Σοφία", "Σοφία Γεωργίου", "Greek", False),
    ("प्रिया", "प्रिया शर्मा", "Hindi, English", False),
    ("김지은", "김지은", "Korean", True),
    ("ሰላም", "", "Amharic", True),
    ("มาลี", "", "Thai", True),
    ("נועה", "", "Hebrew, English", False),
    ("Mónica", "Mónica Ruiz", "Spanish, English", False),
    ("Agnieszka", "", "Polish", False),
    ("Dragana", "Dragana Petrović", "Serbian", True),
    ("Jolanta", "", "Lithuanian, Russian", False),
    ("Aoife", "", "English", False),
    ("Chloé", "Chloé Dubois", "French", False),
    ("Mirjana", "", "Croatian, English", False),
    ("Yasmin", "", "English, Somali", False),
]
CURRENT = 16  # here now, each with a bed; the next one arrived today and waits for a bed
RETURNED_AND_HERE = 2  # of the current residents, this many came back after an earlier stay
RETURNED_TWICE = 2  # of the residents who left, this many had two stays
WATCHED = [3, 9]  # the current residents with a person to watch for

CHILDREN = ["Mia", "Leo", "Sami", "Yara", "Nico", "Lina", "Omar", "Ivy", "Kai", "Noor", "Tomás", "Aisha",
            "Миша", "Bảo", "小明", "Eli"]
DIETS = ["vegetarian", "halal", "no pork", "gluten-free", "lactose intolerant", "diabetic: low sugar", "vegan"]
ALLERGIES = ["peanuts", "penicillin", "shellfish", "bee stings", "tree nuts", "latex"]
MEDICAL = ["Asthma; inhaler kept in her room.", "Takes a daily tablet with breakfast (fictional).",
           "Pregnant, due in the spring; midwife appointments on Thursdays.", "Back pain; bottom bunk only."]
WATCH_FOR = [
    "Fictional: a man in his forties, tall, shaved head, drives a dark blue pickup. May say he is her brother.",
    "Fictional: ex-partner, short dark hair, grey hoodie. Has phoned asking for her; never confirm she is here.",
]
NOTES = {
    "counselling": ["Weekly session. She talked about sleep and feeling safer at night.",
                    "Group session attended; she said it helped to hear from others."],
    "legal": ["Met the advocate about a protection order; hearing date to follow.",
              "Copies of her papers made and kept in the office safe."],
    "housing": ["Viewed a two-bedroom flat; waiting to hear back from the landlord.",
                "Housing list application sent with the advocate's letter."],
    "employment": ["Started the kitchen skills course on Tuesdays.", "CV written with the job coach."],
    "education": ["Enrolled in evening GED classes.", "Children registered at the local school; pick-up list given."],
    "health": ["Clinic appointment; new prescription collected.", "Dental appointment booked for next week."],
    "other": ["Bus pass given for the month.", "Asked for a quieter room; noted for the next free bed."],
}
GOALS = [("housing_search", "Find a flat near the children's school"), ("education", "GED classes"),
         ("job_training", "Kitchen skills course"), ("protection_order", "Protection order hearing"),
         ("immigration", "Papers for her residence permit"), ("counselling", "Weekly counselling"),
         ("financial_literacy", "Budgeting workshop"), ("expungement", "Clear an old record"),
         ("other", "Driving lessons")]
# Where she went, by HUD group, with the words staff might write as the reason.
# The number in front is how many of every twenty who leave go there.
DESTINATIONS = [
    (9, [410, 435, 422, 423], ["Moved into her own flat", "Moved in with family for good", ""]),
    (5, [312, 313, 302, 314], ["Staying with her sister for now", "Moved to a transitional program", ""]),
    (2, [101, 116], ["Moved to another shelter closer to work", "Left in the night; belongings kept for 30 days"]),
    (2, [206, 205, 204], ["Admitted to hospital", "Went to a treatment program"]),
    (2, [30, 17, 99, 8], ["Left without saying where", ""]),
]
REFERRALS = sorted(hud.keys(hud.REFERRAL_SOURCES) - {"unknown"})
PRIOR = [116, 101, 206, 302, 314, 335, 336, 410, 435, 99, 8]


@dataclass
class _Stay:
    intake: date
    exit: date | None
    program: str
    household: list[HouseholdEntry]
    move_on: date | None = None
    wants_bed: bool = True
    id: int | None = None
    bed: int | None = None
    resident: _Person | None = None


@dataclass
class _Person:
    details: PersonDetails
    stays: list[_Stay] = field(default_factory=list)
    id: int | None = None


def add_residents(desk, out, scale: Scale = DEMO) -> None:  # noqa: ANN001
    """The demo step: rooms, beds, residents, stays, notes and goals."""
    rng = random.Random(SEED)
    today = desk.today()
    beds = _rooms(desk, scale)
    people = _plan(rng, today) if scale.is_demo else _plan_scaled(rng, today, scale)
    _live_through(desk, rng, people, beds, today)
    notes, goals = _casework(desk, rng, people, today, scale)
    free = [b for b in desk.beds.board() if b.state == "free" and b.room == FAMILY_ROOM] or \
        [b for b in desk.beds.board() if b.state == "free"]
    if free:
        desk.beds.hold(free[0].bed_id, "Expected tonight: mother and one child, from the hotline (fictional)",
                       until=today + timedelta(days=1))
    stays = sum(len(p.stays) for p in people)
    out(f"Residents: {len(people)} fictional residents, {stays} stays, {notes} case notes, {goals} goals")


def _rooms(desk, scale: Scale = DEMO) -> dict[int, str]:  # noqa: ANN001
    rooms = list(ROOMS)
    more = scale.beds - sum(count for _name, _note, count in ROOMS)
    while more > 0:  # bigger scales: more rooms of three beds (the last one may have fewer)
        rooms.append((f"Annex room {len(rooms) - len(ROOMS) + 1}", "", min(3, more)))
        more -= 3
    for name, note, count in rooms:
        desk.beds.add_room(name, note, count)
    return {b.id: room.name for room in desk.beds.rooms() for b in room.beds}


INITIALS = "ABCDEFGHIJKLMNOPRSTVWZ"


def _person(rng: random.Random, index: int) -> PersonDetails:
    alias, legal, languages, interpreter = PEOPLE[index % len(PEOPLE)]
    if index >= len(PEOPLE):  # bigger scales: the same first names, with a made-up initial
        letter = INITIALS[(index // len(PEOPLE)) % len(INITIALS)]
        alias, legal = f"{alias} {letter}.", f"{legal} {letter}." if legal else ""
    roll = rng.random()
    if roll < 0.6:
        quality, birth, age = hud.DOB_FULL, date(rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28)), None
    elif roll < 0.85:
        quality, birth, age = hud.DOB_APPROXIMATE, None, rng.randint(19, 58)
    else:
        quality, birth, age = rng.choice(sorted(hud.MISSING_CODES)), None, None
    genders = rng.choice([(0,)] * 8 + [(0, 5), (4,), (hud.PREFERS_NOT,)])
    races = [c.code for c in hud.RACE_ETHNICITY if c.code not in hud.MISSING_CODES]
    race = tuple(rng.sample(races, rng.choice([1, 1, 1, 2]))) if rng.random() < 0.85 else (hud.NOT_COLLECTED,)
    return PersonDetails(
        alias=alias, legal_name=legal or None, dob_quality=quality, birth_date=birth, approximate_age=age,
        genders=genders, race_ethnicity=race, pronouns=rng.choice(["she/her"] * 6 + ["they/them", ""]),
        languages=languages, interpreter_needed=interpreter,
        emergency_contact=rng.choice(["", "", f"Sister (fictional), 555-01{rng.randint(10, 99)}",
                                      f"Friend from church (fictional), 555-01{rng.randint(10, 99)}"]),
        dietary_needs=rng.choice(DIETS) if rng.random() < 0.35 else "",
        allergies=rng.choice(ALLERGIES) if rng.random() < 0.25 else "",
        medical_notes=rng.choice(MEDICAL) if rng.random() < 0.2 else "",
        do_not_confirm=rng.random() < 0.85,
    )


def _household(rng: random.Random) -> list[HouseholdEntry]:
    if rng.random() > 0.3:
        return []
    children = [HouseholdEntry(name, rng.randint(0, 15)) for name in rng.sample(CHILDREN, rng.randint(1, 3))]
    if rng.random() < 0.15:
        children.append(HouseholdEntry("Grandmother (fictional)", rng.randint(55, 75), "other"))
    return children


def _stay(rng: random.Random, intake: date, last_exit: date | None, factor: float = 1.0) -> _Stay:
    program = rng.choice(["emergency"] * 6 + ["transitional"] * 3 + ["long_term"])
    length = {"emergency": (5, 60), "transitional": (45, 200), "long_term": (120, 330)}[program]
    if factor != 1.0:  # bigger scales: shorter stays, so the beds are not all taken for ever
        length = (max(2, round(length[0] * factor)), max(3, round(length[1] * factor)))
    exit_day = intake + timedelta(days=rng.randint(*length)) if last_exit is None else last_exit
    stay = _Stay(intake, exit_day, program, _household(rng))
    if (exit_day - intake).days > 12 and rng.random() < 0.25:
        stay.move_on = intake + timedelta(days=rng.randint(3, (exit_day - intake).days - 2))
    return stay


def _plan(rng: random.Random, today: date) -> list[_Person]:
    start = today - timedelta(days=PERIOD_DAYS)
    people = [_Person(_person(rng, i)) for i in range(len(PEOPLE))]
    for i, person in enumerate(people):
        if i < CURRENT:  # here now: came in the last five months
            intake = today - timedelta(days=rng.randint(1, 150))
            stay = _stay(rng, intake, None)
            stay.exit, stay.move_on = None, stay.move_on if stay.move_on and stay.move_on < today else None
            if i < RETURNED_AND_HERE:  # and had been here before
                first_in = start + timedelta(days=rng.randint(0, 200))
                person.stays.append(_stay(rng, first_in, min(first_in + timedelta(days=40), intake - timedelta(1))))
            if i in WATCHED:
                person.details.watch_for = WATCH_FOR[WATCHED.index(i)]
            person.stays.append(stay)
        elif i == CURRENT:  # arrived this morning; no bed given yet
            person.stays.append(_Stay(today, None, "emergency", _household(rng), wants_bed=False))
        else:  # came and left over the two years
            span = PERIOD_DAYS - 75
            intake = start + timedelta(days=(i - CURRENT - 1) * span // (len(PEOPLE) - CURRENT - 1)
                                       + rng.randint(0, 10))
            stay = _stay(rng, intake, None)
            stay.exit = min(stay.exit, today - timedelta(days=1))  # type: ignore[type-var]
            person.stays.append(stay)
            if i - CURRENT - 1 < RETURNED_TWICE:  # came back later and left again
                back = stay.exit + timedelta(days=rng.randint(60, 200))  # type: ignore[operator]
                again = _stay(rng, back, None)
                again.exit = min(again.exit, today - timedelta(days=1))  # type: ignore[type-var]
                if again.exit > back:  # type: ignore[operator]
                    person.stays.append(again)
    for person in people:
        for stay in person.stays:
            stay.resident = person
            if stay.move_on is not None and (stay.exit is not None and stay.move_on >= stay.exit):
                stay.move_on = None
    return people


AVERAGE_STAY = 78  # nights, from the programs' lengths in _stay


def _plan_scaled(rng: random.Random, today: date, scale: Scale) -> list[_Person]:
    """The bigger scales: the same kinds of stays, spread over ``scale.days``, with people coming back."""
    start = today - timedelta(days=scale.days)
    yesterday = today - timedelta(days=1)
    people = [_Person(_person(rng, i)) for i in range(scale.residents)]
    leavers = people[scale.current + 1:]
    expected = len(leavers) / (1 - scale.returns) + scale.current
    factor = min(1.0, scale.beds * scale.days * 0.85 / (expected * AVERAGE_STAY))
    for i, person in enumerate(people[:scale.current]):
        stay = _stay(rng, today - timedelta(days=rng.randint(1, max(10, round(150 * factor)))), None, factor)
        stay.exit, stay.move_on = None, stay.move_on if stay.move_on and stay.move_on < today else None
        if i in WATCHED:
            person.details.watch_for = WATCH_FOR[WATCHED.index(i)]
        person.stays.append(stay)
    people[scale.current].stays.append(_Stay(today, None, "emergency", _household(rng), wants_bed=False))
    span = scale.days - 30
    for k, person in enumerate(leavers):
        intake = start + timedelta(days=k * span // len(leavers) + rng.randint(0, 10))
        while intake < yesterday:
            stay = _stay(rng, intake, None, factor)
            stay.exit = min(stay.exit, yesterday)  # type: ignore[type-var]
            if stay.exit <= stay.intake:  # type: ignore[operator]
                break
            person.stays.append(stay)
            if rng.random() >= scale.returns:
                break
            intake = stay.exit + timedelta(days=rng.randint(30, 400))  # type: ignore[operator]
    for person in people:
        for stay in person.stays:
            stay.resident = person
            if stay.move_on is not None and (stay.exit is not None and stay.move_on >= stay.exit):
                stay.move_on = None
    return people


def _live_through(desk, rng: random.Random, people: list[_Person], beds: dict[int, str], today: date) -> None:  # noqa: ANN001
    """Call the services day by day: who left, who moved, who came (a bed freed in the morning is free)."""
    events = []
    for person in people:
        for stay in person.stays:
            events.append((stay.intake, 2, stay))
            if stay.move_on is not None:
                events.append((stay.move_on, 1, stay))
            if stay.exit is not None:
                events.append((stay.exit, 0, stay))
    order = {id(person): n for n, person in enumerate(people)}
    events.sort(key=lambda e: (e[0], e[1], order[id(e[2].resident)]))
    taken: dict[int, _Stay] = {}
    where = [(codes, reasons) for n, codes, reasons in DESTINATIONS for _ in range(n)]
    rng.shuffle(where)
    leaving = 0

    def free_bed(family: bool) -> int | None:
        free = [b for b in beds if b not in taken]
        liked = [b for b in free if (beds[b] == FAMILY_ROOM) == family]
        return rng.choice(liked or free) if free else None

    for day, kind, stay in events:
        person = stay.resident
        assert person is not None
        if kind == 0:  # she left
            codes, reasons = where[leaving % len(where)]
            leaving += 1
            desk.residents.record_exit(stay.id, day, rng.choice(codes), rng.choice(reasons))
            taken.pop(stay.bed, None)  # type: ignore[arg-type]
        elif kind == 1:  # moved to another bed
            bed = free_bed(bool(stay.household))
            if bed is not None and stay.bed is not None:
                desk.beds.assign(stay.id, bed, on=day)
                taken.pop(stay.bed)
                taken[bed] = stay
                stay.bed = bed
        else:  # she came
            bed = free_bed(bool(stay.household)) if stay.wants_bed else None
            details = StayDetails(day, program=stay.program, referral_source=rng.choice(REFERRALS),
                                  prior_living_situation=rng.choice(PRIOR), bed_id=bed, household=stay.household)
            if person.id is None:
                person.id = desk.residents.intake(person.details, details)
                stay.id = _stay_of(desk, person.id)
            else:
                stay.id = desk.residents.start_stay(person.id, details)
            if bed is not None:
                taken[bed] = stay
                stay.bed = bed
    # Anyone here now who found every bed taken on her day gets one that has come free since.
    for person in people:
        for stay in person.stays:
            if stay.exit is None and stay.bed is None and stay.wants_bed:
                bed = free_bed(bool(stay.household))
                if bed is not None:
                    desk.beds.assign(stay.id, bed, on=today)
                    taken[bed] = stay
                    stay.bed = bed


def _stay_of(desk, resident_id: int) -> int:  # noqa: ANN001
    """Her open stay (she was just taken in; no audited file opening needed)."""
    with desk.read() as session:
        return int(session.scalar(select(Stay.id).where(Stay.resident_id == resident_id, Stay.exit_date.is_(None))
                                  .order_by(Stay.id.desc()).limit(1)))


def _casework(desk, rng: random.Random, people: list[_Person], today: date,  # noqa: ANN001
              scale: Scale = DEMO) -> tuple[int, int]:
    """Notes of every kind and goals in every status, dated inside her stays."""
    kinds = sorted(NOTES)
    notes = goals = 0
    for n, person in enumerate(people):
        for stay in person.stays:
            end = stay.exit or today
            nights = max(0, (end - stay.intake).days)
            for k in range(rng.randint(*scale.notes_per_stay) if nights else 0):
                kind = kinds[(n + k) % len(kinds)]
                written = stay.intake + timedelta(days=rng.randint(0, nights))
                note = desk.casework.add_note(person.id, kind, rng.choice(NOTES[kind]), written_on=written)
                notes += 1
                if n % 9 == 0 and k == 0:
                    desk.casework.amend_note(note, "Amended: the date was moved; she was told in person.")
                    notes += 1
            if nights < 4 or rng.random() < 0.3:
                continue
            kind, description = GOALS[(n + len(person.stays)) % len(GOALS)]
            started = stay.intake + timedelta(days=rng.randint(1, min(20, nights - 1)))
            if stay.exit is None:
                status = rng.choice(["planned", "in_progress", "in_progress"])
                ended = None
            else:
                status = rng.choice(["reached", "reached", "stopped", "in_progress"])
                ended = stay.exit if status in ("reached", "stopped") else None
            desk.casework.add_goal(person.id, kind, description, status,
                                   None if status == "planned" else started, ended)
            goals += 1
    return notes, goals
