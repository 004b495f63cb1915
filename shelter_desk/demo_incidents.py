"""Fictional incidents for ``shelter-desk demo`` (a step in ``demo.DEMO_STEPS``, after the safety plans).

What it adds, over the two years the demo residents lived here:

* About three incidents a month, as a house of twenty beds sees them: most of them low or
  medium (an argument over the kitchen rota, a late return, a lost key, someone unwell), a
  few high (a man watching the house, threats by message, an ambulance), rarely critical.
  Every kind on the shipped list turns up.
* The people in each were here on that day: one or two residents staying then (by their
  record; the printout shows their alias), sometimes a child of hers staying with her, now
  and then a staff account as a witness, and "other" people by description only ("man in a
  grey car"), never by name. The narratives say what was seen and heard, plainly, never
  graphic, with no names in them.
* Police or EMS on some, with a (made-up) report number; a mandatory report where a child's
  safety was concerned; the house manager told of the serious ones.
* Most were started as a draft a few minutes after it happened and recorded soon after by the
  front desk (the night staff), some by the house manager; a few were corrected before
  sign-off (so an earlier version is kept); most were signed off by the house manager within
  a week with an outcome; some were amended after sign-off. The newest few wait for sign-off,
  the last two are drafts, and one was re-opened by the director with a reason and corrected,
  and waits for sign-off again.
* Follow-up tasks on most (what, who, by when): most done around their due day, the recent
  ones still open, and a few forgotten so they show as overdue on the Today board.

How it is written. Like ``demo_plans``, everything goes through the services, so their rules
hold (a draft is checked whole when recorded, a signed-off incident is locked, follow-ups are
added before sign-off and may be marked done after, the time of an incident is not in the
future). A ``ManualClock`` is put on the desk and moved through the made-up history in time
order, and the desk's own clock is put back afterwards (also on failure). Who did each thing
is the demo account whose work it is: for each call the step puts that account on the desk as
the one signed in (the demo knows no passwords here) and puts the director back afterwards.
An audit event stamped with the real time comes first and says so. About five hundred service
calls: 2 to 4 s.

A seeded random generator makes every demo vault the same apart from the dates, which end on
the day it is made. Everything in it is made up.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.demo_scale import DEMO, Scale
from shelter_desk.clock import ManualClock
from shelter_desk.desk import SignedIn
from shelter_desk.permissions import Role
from shelter_desk.services.incident_views import IncidentEdit, PersonInput
from shelter_desk.storage.models import Account
from shelter_desk.storage.resident_models import HouseholdMember, Resident, Stay

SEED = 20260112
PERIOD_DAYS = 730
PER_MONTH = (2, 3, 3, 3, 4)  # incidents in a month, one of these at random
STILL_OPEN_DAYS = 6  # incidents this recent are not signed off yet
WAITING = 3  # and the newest few recorded ones in any case
DRAFTS = 2  # the newest incidents are still drafts
FORGOTTEN = 3  # follow-up tasks from a few weeks ago never marked done: overdue now
REOPENED_DAYS_AGO = 30  # about when the incident the director re-opened happened

# kind code -> (how often, severity weights low/medium/high/critical)
KINDS = {
    "conflict": (18, (45, 40, 13, 2)),
    "rule_breach": (14, (75, 23, 2, 0)),
    "medical": (9, (25, 40, 28, 7)),
    "watch_person": (8, (15, 45, 35, 5)),
    "threat": (6, (5, 40, 45, 10)),
    "trespass": (3, (20, 50, 28, 2)),
    "self_harm": (4, (0, 35, 50, 15)),
    "damage": (5, (60, 35, 5, 0)),
    "theft": (5, (60, 35, 5, 0)),
    "child_safety": (4, (15, 45, 35, 5)),
    "police": (3, (40, 45, 15, 0)),
    "other": (5, (70, 28, 2, 0)),
}
SEVERITY_ORDER = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class Story:
    """One way an incident of a kind goes: what is typed into the window."""

    place: str
    location: str
    before: str
    during: str
    after: str
    residents: int = 1  # residents in it (the first is the one harmed or targeted, where anyone is)
    others: tuple[str, ...] = ()  # people by description only
    injuries: str = ""
    medical: str = ""
    damage: str = ""
    actions: str = ""
    police: float = 0.0  # how likely police were called
    ems: float = 0.0
    child: bool = False  # a child of hers is in it
    roles: tuple[str, ...] = ("affected", "involved")


STORIES: dict[str, list[Story]] = {
    "conflict": [
        Story("inside", "Kitchen",
              "Two residents were cooking at the same time; the kitchen rota had changed that day.",
              "They argued about the use of the stove. Voices were raised and one pushed a chair aside. "
              "Staff heard it from the office and came in.",
              "Staff spoke with each of them separately. Both agreed to a cooking time each for the week.",
              residents=2, actions="Residents separated; staff stayed in the kitchen until both had eaten.",
              roles=("involved", "involved")),
        Story("inside", "Shared bathroom, first floor",
              "The bathroom had been occupied for a long time in the morning rush.",
              "One resident knocked repeatedly and shouted through the door. The other came out upset and crying.",
              "Staff talked with both. A morning bathroom schedule was put on the door.",
              residents=2, actions="Talked with both residents; schedule agreed."),
        Story("inside", "Living room", "Residents were watching television in the evening.",
              "A disagreement about the programme turned into insults. One resident said she felt threatened "
              "and left the room.",
              "The resident who felt threatened asked to talk to her advocate the next day.",
              residents=2, actions="Staff asked both to take a break in their rooms; house meeting planned."),
        Story("outside", "Back garden", "Two residents were smoking in the garden after dinner.",
              "An argument about borrowed money. One resident grabbed the other's arm; staff stepped in at once.",
              "Both went inside to separate floors. The resident whose arm was grabbed had no visible injury.",
              residents=2, injuries="No visible injury; she said her arm was sore.",
              actions="Residents separated; staff checked on both every hour that night."),
    ],
    "rule_breach": [
        Story("inside", "Front door", "The house agreement asks residents to be back by 23:00 or to call.",
              "She came back at 01:40 without calling. She was calm and said she had missed the last bus.",
              "Staff reminded her to call next time; she agreed.", actions="Checked she was well; let her in."),
        Story("inside", "Front porch", "A resident's friend had come to visit without telling staff.",
              "The friend was let in by another resident and was found in the living room.",
              "Staff explained the visitor rule kindly and the friend left. The resident was reminded about "
              "keeping the address private.", others=("visitor, a woman in her twenties",),
              actions="Visitor asked to leave; address privacy talked through again.", roles=("involved", "involved")),
        Story("inside", "Resident's room", "Rooms are checked for safety once a week with the resident present.",
              "A candle was found burning on the window sill, which the fire rules do not allow.",
              "The candle was put out and kept in the office; she can have it back when she leaves.",
              actions="Candle put out and stored in the office."),
        Story("inside", "Office", "A resident asked to use the office phone.",
              "She posted a photo of the house front on social media from her phone while waiting.",
              "She took the photo down at once when asked, and understood why it matters for everyone's safety.",
              actions="Photo removed with her; location settings on her phone checked with her."),
    ],
    "medical": [
        Story("inside", "Kitchen", "She had said at lunch that she was not feeling well.",
              "She felt faint while standing at the sink and sat down on the floor. She stayed conscious and "
              "could talk.", "She rested on the sofa; staff checked on her every half hour.",
              medical="Staff gave her water and sugar; her blood sugar was low. EMS not needed.",
              actions="Stayed with her; called the on-call nurse line for advice."),
        Story("inside", "Dining room", "Dinner was a new recipe made by a volunteer.",
              "Soon after eating she said her lips were tingling and her throat felt tight.",
              "EMS took her to the hospital; she came back the same night and is well.",
              injuries="Allergic reaction.", medical="She used her own epinephrine pen; EMS came within ten minutes.",
              ems=1.0, actions="Called EMS; a staff member went with her; ingredients written down for the clinic."),
        Story("inside", "Stairs to the first floor", "The stairs had just been mopped.",
              "She slipped on the bottom steps and fell onto her side.",
              "She was seen at the walk-in clinic the next morning: a sprained ankle.",
              injuries="Sprained ankle.", medical="Ice pack at once; walk-in clinic next morning.",
              ems=0.2, actions="Wet-floor signs put out; cleaning times moved to the afternoon."),
        Story("inside", "Resident's room", "Her roommate came to the office at night.",
              "Her roommate said she had a high fever and was shivering. She was awake and talking.",
              "The doctor said it was the flu. She rested in the quiet room for three days.",
              medical="Fever checked; on-call nurse line called; doctor's visit next morning.",
              residents=2, actions="Moved her to the quiet room for the night.", roles=("affected", "witness")),
    ],
    "watch_person": [
        Story("outside", "Across the street", "The person to watch for in her file drives a grey car.",
              "A man in a grey car parked across the street for about forty minutes, watching the front door. "
              "He drove off when a staff member came out.",
              "She was told and chose to stay in that evening. The car's make and colour were written down.",
              others=("man in a grey car, about forty",), police=0.5,
              actions="Front door checked locked; curtains closed; she was told in private."),
        Story("outside", "Bus stop near the house", "She was walking back from the shop.",
              "She saw a man she knows from her past standing at the bus stop, looking at phones with another man.",
              "She came in shaken. Staff went through her safety plan with her.",
              others=("man in a dark jacket", "second man with a beard"), police=0.4,
              actions="Safety plan reviewed with her the same day; route to the shop changed."),
        Story("outside", "Front gate", "Night shift.",
              "A woman stood at the front gate taking photos of the house with her phone, then walked away quickly.",
              "No resident recognised the description. Staff kept watch for the rest of the night.",
              residents=0, others=("woman in a red coat",), police=0.3,
              actions="Outside lights checked; night staff told to look out."),
    ],
    "threat": [
        Story("inside", "Her room", "She had changed her phone number two weeks before.",
              "She received several messages from an unknown number saying they know where she is and that she "
              "owes money.", "She showed the messages to staff; screenshots were kept with her agreement.",
              police=0.6, actions="Messages saved; advocate called; phone settings checked with her."),
        Story("outside", "Outside her workplace", "She had started a new job the month before.",
              "A man from the people who brought her here waited outside her workplace and told her to come back "
              "with him. She went back inside and called the house.",
              "Staff picked her up by car. She does not want to go back to that job for now.",
              others=("man in his fifties, who spoke to her in her language",), police=0.8,
              actions="Picked her up; safety plan updated; advocate told."),
        Story("inside", "Office phone", "Afternoon shift.",
              "A caller asked whether she lives here and said he was her husband. Staff did not confirm or deny.",
              "She was told in private. She said it is his voice and that he is looking for her.",
              others=("male caller who gave no name",), police=0.3,
              actions="Nothing confirmed to the caller; number written down; she was told in private."),
    ],
    "trespass": [
        Story("outside", "Back garden", "Early morning, before anyone was up.",
              "A man climbed over the back fence and tried the kitchen door. He ran off when the alarm went off.",
              "Police looked around the garden and the street; nobody was found.",
              residents=0, others=("man in a hooded top",), police=1.0, damage="Fence panel loose.",
              actions="Called police; checked every door and window; residents told at breakfast."),
        Story("inside", "Front hall", "A delivery came in the afternoon.",
              "A man came in behind the delivery driver and asked for a resident by name. Staff did not confirm "
              "anyone lives here and asked him to leave. He left after a few minutes.",
              "The resident was told in private; she thinks she knows who sent him.",
              others=("man with a cap and a blue jacket",), police=0.6,
              actions="Door rule reminded to all staff: nobody comes in behind a delivery."),
    ],
    "self_harm": [
        Story("inside", "Her room", "She had a hard phone call with her family that afternoon.",
              "She told a staff member she was having thoughts of hurting herself. She was not hurt.",
              "The staff member stayed with her and called the crisis line with her. She agreed to a plan for "
              "the night and to see the counsellor in the morning.",
              medical="Crisis line called with her; counsellor saw her the next morning.",
              actions="Staff stayed with her; checked on her every hour through the night."),
        Story("inside", "Bathroom", "Her roommate asked staff to check on her.",
              "She had a small cut on her arm that she said she had made herself. She let staff look at it.",
              "The on-call nurse said it did not need stitches. She agreed to talk to the counsellor.",
              residents=2, injuries="A small cut on her forearm.", medical="Cleaned and dressed by staff; nurse "
              "line called.", actions="Stayed with her; counsellor appointment booked.", roles=("affected", "witness")),
    ],
    "damage": [
        Story("inside", "Laundry room", "The washing machine had been making a noise for a week.",
              "Water leaked from the machine across the floor and into the hall.",
              "The machine was switched off and the floor dried. A repair was booked.",
              residents=0, damage="Washing machine broken; hall carpet wet.", actions="Water turned off; floor dried."),
        Story("outside", "Front window", "Children were playing in the front garden.",
              "A ball hit the front window and cracked the glass.",
              "Nobody was hurt. The glass was taped and a repair booked.",
              child=True, damage="One cracked window pane.", actions="Glass taped; children moved to the back garden.",
              roles=("involved", "involved")),
        Story("inside", "Shared bathroom, first floor", "A resident reported the sink was loose.",
              "The sink came off the wall when someone leaned on it. Water sprayed until it was turned off.",
              "A plumber came the same day.", damage="Sink and pipe broken; bathroom floor wet.",
              actions="Water turned off at the main; plumber called.", roles=("involved", "involved")),
    ],
    "theft": [
        Story("inside", "Her room", "She had left her room unlocked while at an appointment.",
              "She said her phone charger and some cash were missing from her bedside table.",
              "Staff talked with the house at dinner without naming anyone. The charger was found the next day.",
              damage="Phone charger and a small amount of cash missing.",
              actions="Lockers offered to every resident; room doors reminded."),
        Story("inside", "Kitchen", "Each resident has a labelled shelf in the fridge.",
              "Food bought for her children went missing from her shelf twice in one week.",
              "A lockable food box was given to each mother.", child=True,
              actions="House meeting about the shelves; lockable boxes given out."),
    ],
    "child_safety": [
        Story("outside", "Back garden", "The children were playing while their mothers were at a group session.",
              "A child was found alone by the back gate, which had been left open, looking at the street.",
              "The child was brought inside and was fine. The gate now has a latch at adult height.",
              child=True, actions="Child brought inside; mother told; latch fitted the next day.",
              roles=("involved", "affected")),
        Story("inside", "Family room", "Bedtime.",
              "Her child said that a visitor at the weekend contact visit had shouted at him and pulled his arm.",
              "She and staff talked about it with the child's worker. The contact centre was told.",
              child=True, injuries="No visible injury.",
              actions="Listened to the child; wrote down his words as he said them; worker called.",
              roles=("involved", "affected")),
    ],
    "police": [
        Story("inside", "Front door", "Morning.",
              "Two police officers came to the door asking about a resident by name. Staff did not confirm anyone "
              "lives here and asked them to leave a card.",
              "The resident was told in private and chose to call the officers herself with her advocate.",
              others=("two police officers",), police=0.0,
              actions="Nothing confirmed; card kept for her; she was told in private."),
        Story("outside", "Police station", "She had asked for help to give a statement.",
              "A staff member went with her to the police station to give a statement about her past employer.",
              "The statement took three hours. She was tired but said it went well.", police=1.0,
              actions="Staff went with her and waited; taxi home."),
    ],
    "other": [
        Story("inside", "Kitchen", "Breakfast time.", "The smoke alarm went off because of burnt toast. The house was "
              "emptied for ten minutes as the fire plan says.",
              "Everyone came back in. The alarm was reset.", residents=0,
              actions="Fire plan followed; everyone counted at the meeting point."),
        Story("inside", "Front hall", "A resident came back from the shops.",
              "She had lost her house key on the way back. She was let in by staff.",
              "The lock on the front door was changed the next day, as the key rule says.",
              actions="Lock changed; new keys given out."),
        Story("outside", "Street in front of the house", "Evening.",
              "A car crashed into a lamp post in front of the house. No resident was involved; some were upset "
              "by the noise.", "Staff sat with the residents who were upset.", residents=0,
              others=("driver of the car",), police=0.7, ems=0.5,
              actions="Curtains closed; nobody from the house went out to the street."),
    ],
}

OUTCOMES = {
    "conflict": ["Both residents agreed to the kitchen plan; no further trouble that week.",
                 "Talked through at the house meeting; the rota was made clearer.",
                 "Each resident met her advocate; they agreed to keep out of each other's way for now."],
    "rule_breach": ["Reminded of the house agreement; nothing further.",
                    "Talked through with her; she understood and agreed."],
    "medical": ["She recovered fully; nothing further needed.",
                "Clinic follow-up done; a note added to her medical details with her agreement."],
    "watch_person": ["Safety plan updated; night staff know the description.",
                     "Nothing seen since; police have the description."],
    "threat": ["Safety plan updated; advocate helping her with a protection order.",
               "Police report made; she knows who to call."],
    "trespass": ["Fence repaired and a light fitted; police have the report.",
                 "Door rule reminded to every staff member."],
    "self_harm": ["She is seeing the counsellor weekly; the plan for hard nights is in her file.",
                  "She is safe and has support; checked in with her daily for a week."],
    "damage": ["Repaired.", "Repaired; the cost went to the maintenance budget."],
    "theft": ["Lockers given out; nothing else went missing.", "Resolved at the house meeting."],
    "child_safety": ["Mandatory report made; the child's worker is following it up.",
                     "Gate latch fitted; child safe; mother supported."],
    "police": ["She dealt with it herself with her advocate; nothing else for the house.",
               "Statement given; her advocate keeps in touch with the officer."],
    "other": ["Nothing further.", "Handled; no one was hurt."],
}
REVIEW_NOTES = ["", "", "", "Handled well by the night staff.", "Discussed at the Monday team meeting.",
                "Check again in a month."]
FOLLOWUPS = {
    "conflict": [("House meeting about the kitchen rota", "manager", 5),
                 ("Check in with both residents", "frontdesk", 2)],
    "rule_breach": [("Go through the house agreement with her again", "frontdesk", 3)],
    "medical": [("Ask how she is after the clinic visit", "frontdesk", 2),
                ("Add the allergy to the kitchen list", "manager", 3)],
    "watch_person": [("Update her safety plan", "manager", 2), ("Tell the night staff the description", "manager", 1)],
    "threat": [("Call her advocate about a protection order", "manager", 3), ("Update her safety plan", "manager", 2)],
    "trespass": [("Repair the back fence", "manager", 7), ("Get the police report copy", "manager", 10)],
    "self_harm": [("Book the counsellor", "manager", 1), ("Check in with her every day this week", "frontdesk", 7)],
    "damage": [("Book the repair", "manager", 3)],
    "theft": [("Order lockers for the rooms", "manager", 14)],
    "child_safety": [("Follow up the mandatory report", "manager", 5), ("Meet the child's worker", "manager", 7)],
    "police": [("Ask her advocate to call the officer", "manager", 3)],
    "other": [("Change the front door lock", "manager", 2), ("Check the smoke alarms", "frontdesk", 7)],
}
DONE_NOTES = ["", "", "", "Done.", "Done; went well.", "Done together with her advocate."]
AMENDMENTS = [
    "Police gave the report number later: {report}.",
    "She asked us to add that she had told staff about the car the day before as well.",
    "The clinic confirmed the injury was a sprain only.",
    "Correction to the time: the messages started at about 20:00, not 21:00.",
    "The repair was finished and the cost was lower than expected.",
    "Her advocate asked for a copy of this report for the court; printed with aliases only.",
]
REOPEN_REASON = ("Police asked for the report again: the report number and what the witness saw were "
                 "missing. Re-opened so the record can be corrected before it is signed again.")
REOPEN_FIX = "A staff member on the night shift also saw the car drive off towards the main road."
DRAFT_NOTE = "Started at the front desk; to finish after the round."
SUPERVISOR_NOTES = ["House manager called at the time.", "House manager told by phone within the hour.",
                    "Director told the next morning."]


@dataclass
class _Case:
    """One incident as the demo plans it, and as the services made it."""

    kind: str
    story: Story
    severity: str
    when: datetime  # UTC
    recorder: str  # "frontdesk" or "manager"
    residents: list[int]
    child: int | None = None
    staff_witness: bool = False
    report: str = ""
    police: bool = False
    ems: bool = False
    draft_only: bool = False
    drafted_first: bool = False
    corrected: bool = False
    sign_off_at: datetime | None = None
    amend_at: list[datetime] = field(default_factory=list)
    reopen_at: datetime | None = None
    followups: list[tuple[str, str, date, date | None]] = field(default_factory=list)  # what, owner, due, done
    incident_id: int | None = None
    version: int | None = None
    edit: IncidentEdit | None = None


def add_incidents(desk, out, scale: Scale = DEMO) -> None:  # noqa: ANN001
    """The demo step: two years of incidents, follow-ups, sign-offs and amendments."""
    rng = random.Random(SEED)
    own_clock, director = desk.clock, desk.current
    now = own_clock.now()
    today = desk.today()
    stays, children = _stays(desk)
    accounts = _accounts(desk)
    kinds = {t.code: t.id for t in desk.incidents.types() if t.code}
    cases = _plan(rng, stays, children, kinds, now, today, scale)
    first = min((c.when for c in cases), default=now)
    desk.record_alone(audit.Action.DEMO_DATA_ADDED, entity_type="demo",
                      summary=f"demo: incidents with a made-up history follow, stamped with the days it pretends "
                              f"({first.astimezone().date().isoformat()} to {today.isoformat()}), each done as "
                              f"the demo account whose work it is")
    clock = ManualClock(now)
    desk.clock = clock
    try:
        steps = _steps(desk, rng, cases, kinds, accounts)
        for when, _order, who, step in sorted(steps, key=lambda s: (s[0], s[1])):
            if when > now:
                continue  # not happened yet
            clock.set(when)
            with _acting_as(desk, accounts.get(who), director):
                step()
    finally:
        desk.clock = own_clock
        desk.current = director
    rows = desk.incidents.incidents()
    tasks = desk.incidents.open_followups()
    states = {s: sum(1 for r in rows if r.status == s) for s in ("draft", "open", "signed_off")}
    out(f"Incidents: {len(rows)} over {scale.days // 365} years ({states['signed_off']} signed off, {states['open']} open, "
        f"{states['draft']} drafts), {sum(len(c.followups) for c in cases if c.incident_id)} follow-up tasks "
        f"({len(tasks)} open, {sum(t.overdue for t in tasks)} overdue), "
        f"{sum(1 for c in cases for a in c.amend_at if a <= now)} amendments")


# --- what the earlier steps made ----------------------------------------------------------------

def _stays(desk) -> tuple[list[tuple[int, int, date, date | None]], dict[int, list[tuple[int, str]]]]:  # noqa: ANN001
    """Every stay (id, resident, intake, exit) and the children in each (id, name)."""
    with desk.read() as session:
        kept = set(session.scalars(select(Resident.id).where(Resident.merged_into_id.is_(None))))
        stays = [(s, r, i, e) for s, r, i, e in session.execute(
            select(Stay.id, Stay.resident_id, Stay.intake_date, Stay.exit_date).order_by(Stay.id)) if r in kept]
        children: dict[int, list[tuple[int, str]]] = {}
        for member_id, stay_id, name in session.execute(
                select(HouseholdMember.id, HouseholdMember.stay_id, HouseholdMember.name)
                .where(HouseholdMember.relationship_kind == "child").order_by(HouseholdMember.id)):
            children.setdefault(stay_id, []).append((member_id, name))
    return stays, children


def _accounts(desk) -> dict[str, SignedIn]:  # noqa: ANN001
    """The demo's front desk, house manager and director as sessions (the director: whoever runs the demo).
    Without a front desk or manager account (tests), the one running the demo does their work."""
    director = desk.current
    found = {"director": director, "frontdesk": director, "manager": director}
    with desk.read() as session:
        for account in session.scalars(select(Account).where(Account.active.is_(True)).order_by(Account.id)):
            role = Role(account.role)
            key = {Role.FRONT_DESK: "frontdesk", Role.HOUSE_MANAGER: "manager"}.get(role)
            if key and found[key] is director:
                found[key] = SignedIn(account.id, account.username, account.display_name, role,
                                      since=director.since)
    return found


@contextmanager
def _acting_as(desk, who: SignedIn | None, director: SignedIn):  # noqa: ANN001, ANN202
    desk.current = who or director
    try:
        yield
    finally:
        desk.current = director


# --- the plan -----------------------------------------------------------------------------------

def _at(day: date, minutes: int) -> datetime:
    """``minutes`` after midnight on ``day`` at the shelter (this computer's time zone), in UTC."""
    return datetime.combine(day, time(0, 0)).astimezone(UTC) + timedelta(minutes=minutes)


def _here_on(stays: list, day: date) -> list[tuple[int, int]]:
    """(stay id, resident id) of everyone staying on ``day``."""
    return [(s, r) for s, r, intake, exit_day in stays if intake <= day and (exit_day is None or day < exit_day)]


def _plan(rng: random.Random, stays: list, children: dict, kinds: dict[str, int], now: datetime,
          today: date, scale: Scale = DEMO) -> list[_Case]:
    codes = [k for k in KINDS if k in kinds]
    weights = [KINDS[k][0] for k in codes]
    cases: list[_Case] = []
    start = today - timedelta(days=scale.days)
    month = date(start.year, start.month, 1)
    while month <= today:
        following = (month + timedelta(days=32)).replace(day=1)
        days_in = [month + timedelta(days=n) for n in range((following - month).days)
                   if start <= month + timedelta(days=n) <= today]
        many = rng.choice(PER_MONTH) if len(days_in) > 10 else (1 if days_in else 0)
        if scale.incidents_per_month != 1.0:  # a bigger house sees more
            many = round(many * scale.incidents_per_month)
        for _ in range(many):
            case = _case(rng, rng.choice(days_in), codes, weights, stays, children, now)
            if case is not None:
                cases.append(case)
        month = following
    cases.sort(key=lambda c: c.when)
    _decide(rng, cases, now, today)
    return cases


def _case(rng: random.Random, day: date, codes: list[str], weights: list[int], stays: list, children: dict,
          now: datetime) -> _Case | None:
    here = _here_on(stays, day)
    for _attempt in range(6):
        kind = rng.choices(codes, weights)[0]
        story = rng.choice(STORIES[kind])
        mothers = [(s, r) for s, r in here if children.get(s)]
        if story.child and not mothers:
            continue
        if len(here) < story.residents:
            continue
        break
    else:
        return None
    # Evenings and nights are when most happen; night shift is the front desk.
    minute = rng.choice([rng.randint(8 * 60, 17 * 60), rng.randint(17 * 60, 23 * 60 + 50),
                         rng.randint(17 * 60, 23 * 60 + 50), rng.randint(0, 6 * 60)])
    when = _at(day, minute)
    if when > now - timedelta(hours=2):
        when = now - timedelta(hours=rng.randint(2, 6))
    severity = rng.choices(SEVERITY_ORDER, KINDS[kind][1])[0]
    people: list[int] = []
    child = None
    if story.child:
        stay_id, mother = rng.choice(mothers)
        people.append(mother)
        child = rng.choice(children[stay_id])[0]
    pool = [r for _s, r in here if r not in people]
    rng.shuffle(pool)
    people += pool[:max(0, story.residents - len(people))]
    police = rng.random() < story.police or (severity == "critical" and kind in ("threat", "trespass"))
    ems = rng.random() < story.ems or (severity == "critical" and kind in ("medical", "self_harm"))
    report = ""
    if police and rng.random() < 0.85:
        report = f"PD-{when.year}-{rng.randint(10000, 99999)}"
    elif ems:
        report = f"EMS {when:%y}-{rng.randint(1000, 9999)}"
    return _Case(kind=kind, story=story, severity=severity, when=when, residents=people, child=child,
                 recorder="frontdesk" if rng.random() < 0.75 else "manager",
                 staff_witness=rng.random() < 0.2, report=report, police=police, ems=ems,
                 drafted_first=rng.random() < 0.6, corrected=rng.random() < 0.15)


def _decide(rng: random.Random, cases: list[_Case], now: datetime, today: date) -> None:
    """Sign-offs, amendments, the re-opening, drafts and follow-ups, now that the cases are in time order."""
    for case in cases[-DRAFTS:]:
        case.draft_only = True
    waiting = {id(c) for c in cases[-(DRAFTS + WAITING):-DRAFTS]}
    reopened = min((c for c in cases[:-DRAFTS] if c.kind in ("watch_person", "threat", "trespass", "conflict")),
                   key=lambda c: abs((now - c.when).days - REOPENED_DAYS_AGO), default=None)
    for case in cases:
        recorded = case.when + timedelta(minutes=rng.randint(25, 90))
        if not case.draft_only and id(case) not in waiting and (now - case.when).days >= STILL_OPEN_DAYS:
            case.sign_off_at = recorded + timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 6))
            if case.sign_off_at > now - timedelta(days=1):
                case.sign_off_at = None
        if case.sign_off_at is not None and rng.random() < 0.13:
            case.amend_at.append(case.sign_off_at + timedelta(days=rng.randint(1, 20), hours=2))
            if rng.random() < 0.3:
                case.amend_at.append(case.amend_at[-1] + timedelta(days=rng.randint(2, 30)))
        if case.draft_only or rng.random() < 0.3:
            continue
        for what, owner, days in rng.sample(FOLLOWUPS[case.kind], k=rng.randint(1, len(FOLLOWUPS[case.kind]))):
            due = case.when.astimezone().date() + timedelta(days=days + rng.randint(0, 3))
            done = due + timedelta(days=rng.randint(-2, 2))
            done = max(done, case.when.astimezone().date() + timedelta(days=1))
            if id(case) in waiting:  # the newest: the work is still to do
                due, done = max(due, today + timedelta(days=rng.randint(1, 6))), today
            case.followups.append((what, owner, due, done if done < today else None))
    if reopened is not None:
        reopened.severity = "high"
        reopened.police, reopened.report = True, ""
        reopened.amend_at = []
        reopened.sign_off_at = reopened.when + timedelta(days=2, hours=3)
        reopened.reopen_at = max(reopened.sign_off_at + timedelta(days=3), now - timedelta(days=rng.randint(4, 8)))
    # A few tasks from a few weeks ago were forgotten: overdue now, for the Today board.
    late = [(c, n) for c in cases for n, task in enumerate(c.followups)
            if 5 <= (today - task[2]).days <= 90 and task[3] is not None]
    for case, n in rng.sample(late, k=min(FORGOTTEN, len(late))):
        what, owner, due, _done = case.followups[n]
        case.followups[n] = (what, owner, due, None)


# --- the service calls ------------------------------------------------------------------------------

Step = tuple[datetime, int, str, Callable[[], None]]


def _steps(desk, rng: random.Random, cases: list[_Case], kinds: dict[str, int],  # noqa: ANN001
           accounts: dict[str, SignedIn]) -> list[Step]:
    steps: list[Step] = []
    seq = iter(range(1_000_000))

    def add(when: datetime, who: str, step: Callable[[], None]) -> None:
        steps.append((when, next(seq), who, step))

    for case in cases:
        case.edit = _edit(rng, case, kinds, accounts)
        drafted = case.when + timedelta(minutes=rng.randint(5, 20))
        recorded = case.when + timedelta(minutes=rng.randint(25, 90))
        if case.draft_only:
            add(drafted, case.recorder, _draft(desk, case, partial=True))
            continue
        if case.drafted_first:
            add(drafted, case.recorder, _draft(desk, case))
        add(recorded, case.recorder, _record(desk, case))
        for what, owner, due, done in case.followups:
            task = {"id": None}
            add(recorded + timedelta(minutes=3), case.recorder, _followup(desk, case, what, accounts[owner], due, task))
            if done is not None:
                add(_at(done, rng.randint(10 * 60, 16 * 60)), owner, _done(desk, task, rng.choice(DONE_NOTES)))
        if case.corrected:
            add(recorded + timedelta(hours=rng.randint(3, 20)), "manager", _correct(desk, case))
        if case.sign_off_at is not None:
            add(case.sign_off_at, "manager", _sign_off(desk, rng, case))
            for at in case.amend_at:
                add(at, rng.choice(["manager", "frontdesk"]), _amend(desk, rng, case))
        if case.reopen_at is not None:
            add(case.reopen_at, "director", _reopen(desk, case))
            add(case.reopen_at + timedelta(hours=1), "manager", _after_reopen(desk, rng, case))
    return steps


def _edit(rng: random.Random, case: _Case, kinds: dict[str, int], accounts: dict[str, SignedIn]) -> IncidentEdit:
    story = case.story
    people: list[PersonInput] = []
    roles = list(story.roles)
    for n, resident_id in enumerate(case.residents):
        people.append(PersonInput("resident", roles[min(n, len(roles) - 1)] if case.kind not in ("other", "damage")
                                  else "involved", resident_id=resident_id))
    if case.child is not None:
        people.append(PersonInput("child", "affected" if case.kind == "child_safety" else "involved",
                                  household_member_id=case.child))
    for description in story.others:
        people.append(PersonInput("other", "involved", description=description))
    if case.staff_witness and accounts["frontdesk"] is not None:
        people.append(PersonInput("staff", "witness", account_id=accounts["frontdesk"].account_id))
    serious = case.severity in ("high", "critical")
    supervisor = serious or rng.random() < 0.2
    return IncidentEdit(
        occurred_at=case.when, place=story.place, location=story.location, type_id=kinds[case.kind],
        severity=case.severity, narrative_before=story.before, narrative_during=story.during,
        narrative_after=story.after, injuries=story.injuries, medical_response=story.medical,
        property_damage=story.damage, immediate_actions=story.actions, police_called=case.police,
        ems_called=case.ems, report_number=case.report,
        mandatory_report=case.kind == "child_safety" and case.severity != "low",
        mandatory_report_note="Child protection line called; reference written in the office log."
        if case.kind == "child_safety" and case.severity != "low" else "",
        supervisor_notified=supervisor, supervisor_note=rng.choice(SUPERVISOR_NOTES) if supervisor else "",
        people=people)


def _draft(desk, case: _Case, partial: bool = False) -> Callable[[], None]:  # noqa: ANN001
    """The first minutes at the front desk: when, where, what kind, the first words."""
    def step() -> None:
        edit = case.edit
        assert edit is not None
        first = replace(edit, narrative_after="", medical_response="", immediate_actions="", report_number="",
                        supervisor_note="", supervisor_notified=False)
        if partial:
            first = replace(first, narrative_before="", severity="", injuries="", property_damage="",
                            narrative_during=edit.narrative_during.split(". ")[0] + ". " + DRAFT_NOTE)
        case.incident_id, case.version = desk.incidents.save_draft(case.incident_id, first, case.version)
    return step


def _record(desk, case: _Case) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        case.incident_id, case.version = desk.incidents.record(case.incident_id, case.edit, case.version)
    return step


def _correct(desk, case: _Case) -> Callable[[], None]:  # noqa: ANN001
    """A correction before sign-off: the manager adds what happened after (a version is kept)."""
    def step() -> None:
        if case.version is None or case.edit is None:
            return
        case.edit = replace(case.edit, narrative_after=(case.edit.narrative_after + " She was checked on again "
                                                        "the next morning and said she was all right.").strip())
        case.version = desk.incidents.update(case.incident_id, case.edit, case.version)
    return step


def _followup(desk, case: _Case, what: str, owner: SignedIn | None, due: date,  # noqa: ANN001
              task: dict) -> Callable[[], None]:
    def step() -> None:
        task["id"] = desk.incidents.add_followup(case.incident_id, what, owner.account_id if owner else None, due)
    return step


def _done(desk, task: dict, note: str) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        if task["id"] is not None:
            desk.incidents.complete_followup(task["id"], note)
    return step


def _sign_off(desk, rng: random.Random, case: _Case) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        case.version = desk.incidents.sign_off(case.incident_id, rng.choice(OUTCOMES[case.kind]),
                                               rng.choice(REVIEW_NOTES), case.version)
    return step


def _amend(desk, rng: random.Random, case: _Case) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        words = rng.choice(AMENDMENTS if case.report else [a for a in AMENDMENTS if "{report}" not in a])
        desk.incidents.add_amendment(case.incident_id, words.format(report=case.report))
    return step


def _reopen(desk, case: _Case) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        case.version = desk.incidents.reopen(case.incident_id, REOPEN_REASON, case.version)
    return step


def _after_reopen(desk, rng: random.Random, case: _Case) -> Callable[[], None]:  # noqa: ANN001
    """The manager corrects it (the report number, what the witness saw); it waits for sign-off again."""
    def step() -> None:
        assert case.edit is not None
        case.report = f"PD-{case.when.year}-{rng.randint(10000, 99999)}"
        case.edit = replace(case.edit, report_number=case.report,
                            narrative_after=(case.edit.narrative_after + " " + REOPEN_FIX).strip())
        case.version = desk.incidents.update(case.incident_id, case.edit, case.version)
    return step
