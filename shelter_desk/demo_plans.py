"""Fictional safety plans for ``shelter-desk demo`` (a step in ``demo.DEMO_STEPS``, after the residents).

What it adds, for the residents ``demo_residents`` put here now:

* Templates: the house's default one (``install_default_template``), and "With children",
  a copy of it with a few more items about children. Three weeks ago the default one got
  one more item, so older plans made from it show "new items in the template"; a few of
  them pulled it in at their next review.
* Plans at every stage: the two newest arrivals have none yet; one recent arrival has a
  plan just made and not worked through; the others were made a few days after she came,
  worked through with her (most) or by staff while she was not ready (a few), saved now
  and then as items moved on (in progress, done, not applicable with the reason), and
  reviewed on their schedule (every 30 days; every 14 days for some recent arrivals; 60 days
  for some long stays), each review saying in plain words what changed. Next reviews: three
  overdue, three due this week, the rest later. Mothers with children here use "With
  children"; for the others the children items are "not applicable".
* Main concern and warning signs in plain, trauma-informed words, fictional and never
  graphic; no names at all (not even her alias) in any text a plan holds.

How the past is written, and why. Unlike ``demo_needs``, every record here goes through
the services, so the service's own rules hold (one plan in use per resident, a version
kept for every save, review and pull, dates checked, completed-on not before made-on).
The services stamp "today": to make a plan 40 days ago and review it 10 days ago, this
step puts a ``ManualClock`` on the desk and moves it forward through the made-up history,
day by day in time order, then puts the desk's own clock back (also on failure). So the
plans' history and their audit events carry the days the demo pretends; those events sit
after the rest of the demo's in the audit trail, and one event stamped with the real time
comes first and says so ("demo: safety plans with a made-up history follow"). About a
hundred service calls: about 1 to 2 s (each save keeps the whole plan as a version).

A seeded random generator makes every demo vault the same apart from the dates, which
end on the day it is made.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.demo_scale import DEMO, Scale
from shelter_desk.clock import ManualClock
from shelter_desk.services.plan_views import ItemChange, ItemInput, PlanEdit, SectionInput
from shelter_desk.storage.plan_models import PlanItem
from shelter_desk.storage.resident_models import HouseholdMember, Stay

SEED = 20260109
OVERDUE, DUE_SOON = 3, 3  # plans whose review is overdue / due within a week
WITHOUT_PLAN = 2  # the newest arrivals: no plan yet
TEMPLATE_CHANGE_DAYS = 20  # the default template got one more item this many days ago

CHILDREN_TEMPLATE = "With children"
CHILDREN_DESCRIPTION = "The house's plan with more about children, for a mother staying here with her children."
CHILDREN_ITEMS = {  # section title -> items added to the copy: (text, help for staff)
    "Children": [
        ("Each child knows a safe adult to go to at school and here.", "Keep it simple and fit it to the child's age."),
        ("The children know not to share where they are staying, in words that fit their age.",
         "A game or a story often works better than a rule."),
        ("Contact with the other parent follows what was agreed or ordered.",
         "Follow any court order; ask the advocate when unsure."),
    ],
    "Go-bag and documents": [
        ("Go-bag: the children's birth certificates, health cards and school records.", ""),
    ],
}
NEW_DEFAULT_ITEM = ("Digital safety", "Her phone is checked for apps that could track her.",
                    "Ask before touching her phone; a volunteer from the legal clinic can help.")

MAIN_CONCERNS = [
    "She worries her ex-partner will find out which town she is in.",
    "The people who arranged her work still have her passport; she fears they will contact her family.",
    "Keeping the children's school run safe while the custody case goes on.",
    "She thinks she may be found through her phone or her social media.",
    "She was told she owes money for her travel and fears someone will come to collect it.",
    "Getting to work and back safely; he knows where she used to work.",
    "She feels safe in the house; the court hearing next month is the main worry.",
    "His family lives nearby and may recognise her in town.",
]
WARNING_SIGNS = [
    "Calls or messages from numbers she does not know; someone asking about her at work.",
    "A car she recognises near the bus stop; friends saying he has been asking about her.",
    "Messages to her family back home asking where she is.",
    "Someone from her old workplace turning up near the shelter or the children's school.",
    "New friend requests from people she does not know; her old accounts being logged into.",
    "He stops answering his lawyer, or the court date is moved without notice.",
]
# Short notes for the items, by the start of the item's text: what staff write as it moves on.
NOTES = {
    "Safe places": {"in_progress": ["Two places talked through; a backup place still to choose."],
                    "done": ["Her friend's flat and the church hall; she knows the bus routes to both."]},
    "One or two trusted": {"in_progress": ["Hotline number written down; she is thinking about who to add."],
                           "done": ["Card with her sister's number and the hotline kept in her purse."]},
    "A code word": {"in_progress": ["She will choose a word with her sister this week."],
                    "done": ["Agreed with her sister and her friend from church."],
                    "not_applicable": ["She prefers not to use one for now."]},
    "Children know how": {"in_progress": ["Practised once with the older one; will go over it again."],
                          "done": ["Rehearsed with both children; they know the words to say."]},
    "School and day care": {"in_progress": ["Advocate has written to the school; waiting for the meeting."],
                            "done": ["School has the pick-up list and a copy of the order."]},
    "Go-bag: ID": {"in_progress": ["ID card here; birth certificate applied for."],
                   "done": ["Copies in the office safe; originals in her bag."]},
    "Go-bag: insurance": {"in_progress": ["Clinic is printing her records."],
                          "done": ["Prescriptions and clinic card in the bag."]},
    "Go-bag: cash": {"in_progress": ["Charger and clothes packed; saving a little cash each week."],
                     "done": ["Packed and kept in her room."]},
    "Copies of documents": {"in_progress": ["She is deciding who to trust with them."],
                            "done": ["Copies with her advocate."]},
    "The protection order is kept": {"in_progress": ["Hearing booked; temporary order in her bag."],
                                     "done": ["Copy in her bag and one in the office."],
                                     "not_applicable": ["No order; she does not want one at the moment."]},
    "Employer, school": {"in_progress": ["Her manager knows; neighbours not yet."],
                         "done": ["Manager and school told, with her agreement."],
                         "not_applicable": ["No order at the moment."]},
    "Evidence is kept": {"in_progress": ["Started a dated log in a notebook kept in the office."],
                         "done": ["Saved messages and the log are with her advocate."]},
    "Her phone is locked": {"in_progress": ["New code set; she will change it again after the weekend."],
                            "done": ["Locked with a code only she knows."]},
    "Location sharing": {"in_progress": ["Turned off on the phone; the cloud account is still shared."],
                         "done": ["New email and cloud account made with her; sharing turned off."]},
    "Her phone is checked": {"in_progress": ["Appointment with the legal clinic volunteer booked."],
                             "done": ["Checked with her; one app removed."]},
    "Routes and work hours": {"in_progress": ["Talking to her manager about evening shifts."],
                              "done": ["Takes a different bus and works the late shift."],
                              "not_applicable": ["Not working at the moment."]},
    "She knows the shelter's": {"in_progress": ["Went over it on her first day; will remind her."],
                                "done": ["She knows; no photos or check-ins near the house."]},
    "Each child knows": {"in_progress": ["Teacher and the children's worker agreed; talking to the children next."],
                         "done": ["Both children know who to go to."]},
    "The children know not": {"in_progress": ["Talked about it with a story at bedtime."],
                              "done": ["The older one explained it back in her own words."]},
    "Contact with the other parent": {"in_progress": ["Waiting for the family court date."],
                                      "done": ["No contact for now, as the court ordered."],
                                      "not_applicable": ["No contact with the father."]},
    "Go-bag: the children": {"in_progress": ["School records asked for."],
                             "done": ["In the bag with hers."]},
}
CHILD_ITEMS = ("Children know how", "School and day care")  # in the default template's Children section
ORDER_ITEMS = ("The protection order is kept", "Employer, school")
REVIEW_WORDS = [
    "Nothing new from him this month; she wants to keep the plan as it is.",
    "She feels more settled and sleeps better; the plan was gone through together.",
    "She moved to evening shifts; her route to work was changed with her.",
    "The hearing went ahead; she keeps the new papers in her bag.",
    "She had a worrying message last week; warning signs gone through again and she knows who to call.",
    "Her advocate joined the review; the evidence log is with the advocate now.",
    "Checked her accounts with her: location sharing turned off on two more apps.",
    "She asked for a shorter plan to carry; the printed copy was updated.",
]
STAFF_DRAFTED = "Drafted by staff from what she said at intake; to go through with her when she is ready."


@dataclass
class _Her:
    resident_id: int
    intake: date
    children: bool
    every: int = 30  # days between reviews
    made: date | None = None
    reviews: list[date] = field(default_factory=list)
    saves: list[date] = field(default_factory=list)  # saves between reviews
    worked_through: bool = True  # False: made and not saved yet
    with_her: bool = True
    plan_id: int | None = None
    version: int = 0
    made_on: date | None = None
    fields: PlanEdit = field(default_factory=PlanEdit)
    items: dict[int, list[str]] = field(default_factory=dict)  # item id -> [text, status, note]
    order_na: bool = False
    pulls: bool = False  # pulls in the default template's new item at the first review after it came


def add_safety_plans(desk, out, scale: Scale = DEMO) -> None:  # noqa: ANN001, ARG001 - plans for who is here now
    """The demo step: templates, and plans at every stage for the residents here now."""
    rng = random.Random(SEED)
    own_clock = desk.clock
    today = desk.today()
    here = _here(desk)
    planned = _schedule(rng, here, today)
    first = min([h.made for h in planned if h.made] + [today])
    desk.record_alone(audit.Action.DEMO_DATA_ADDED, entity_type="demo",
                      summary=f"demo: safety plans with a made-up history follow, stamped with the days it pretends "
                              f"({first.isoformat()} to {today.isoformat()})")
    clock = ManualClock(own_clock.now())
    desk.clock = clock
    try:
        events = _events(desk, rng, planned, today, first)
        for when, _order, step in sorted(events, key=lambda e: (e[0], e[1])):
            clock.set(min(when, own_clock.now()))
            step()
    finally:
        desk.clock = own_clock
    rows = desk.plans.overview()
    with_plan = [r for r in rows if r.plan_id is not None]
    reviews = sum(len(h.reviews) for h in planned)
    out(f"Safety plans: {len(desk.plans.templates())} templates, {len(with_plan)} plans "
        f"({sum(r.overdue for r in rows)} overdue, {sum(r.due_soon for r in rows)} due this week), "
        f"{reviews} reviews; {len(rows) - len(with_plan)} residents here without a plan yet")


def _here(desk) -> list[_Her]:  # noqa: ANN001
    """Everyone here now, newest arrival first, and whether children stay with her."""
    with desk.read() as session:
        stays = session.execute(select(Stay.id, Stay.resident_id, Stay.intake_date)
                                .where(Stay.exit_date.is_(None))).all()
        with_children = set(session.scalars(select(HouseholdMember.stay_id).where(
            HouseholdMember.relationship_kind == "child", HouseholdMember.stay_id.in_([s[0] for s in stays] or [-1]))))
    found = [_Her(resident_id, intake, stay_id in with_children) for stay_id, resident_id, intake in stays]
    return sorted(found, key=lambda h: (h.intake, h.resident_id), reverse=True)


def _schedule(rng: random.Random, here: list[_Her], today: date) -> list[_Her]:
    """When each plan was made, saved and reviewed, so that its next review falls where it should."""
    planned = here[WITHOUT_PLAN:]
    if not planned:
        return []
    newest = planned[0]
    if (today - newest.intake).days <= 30:  # she asked for one lately: made, not worked through yet
        newest.made = max(newest.intake, today - timedelta(days=1))
        newest.worked_through = False
        rest = planned[1:]
    else:
        rest = planned
    for her in rest:
        n = (today - her.intake).days
        her.every = 14 if n <= 45 and rng.random() < 0.4 else 60 if n >= 100 and rng.random() < 0.3 else 30
        her.with_her = rng.random() > 0.15
    order = rest[:]
    rng.shuffle(order)
    overdue = soon = 0
    for her in order:
        n, every = (today - her.intake).days, her.every
        if overdue < OVERDUE and n >= every + 3:
            overdue += 1
            due = today - timedelta(days=rng.randint(1, min(12, n - every - 2)))
        elif soon < DUE_SOON and n >= every - 5:
            soon += 1
            due = today + timedelta(days=rng.randint(max(0, 1 + every - n), 7))
        else:
            due = today + timedelta(days=rng.randint(8, max(8, every - 1)))
        last = min(today, max(her.intake + timedelta(days=1), due - timedelta(days=every)))
        her.made = min(last, her.intake + timedelta(days=rng.randint(1, 4)))
        if (last - her.made).days < 7:  # no review a few days after it was made: made that day instead
            her.made = last
        chain = [last] if last > her.made else []
        while chain:
            earlier = chain[-1] - timedelta(days=every + rng.randint(-2, 6))
            if (earlier - her.made).days < 7:
                break
            chain.append(earlier)
        her.reviews = sorted(chain)
        marks = [her.made, *her.reviews, today]
        for start, end in zip(marks, marks[1:], strict=False):
            gap = (end - start).days
            if gap >= 6 and rng.random() < 0.5:
                her.saves.append(start + timedelta(days=rng.randint(2, gap - 2)))
    # One plan still waits to be gone through with her: drafted by staff, not reviewed yet.
    unreviewed = [h for h in rest if not h.reviews]
    if unreviewed and all(h.with_her for h in unreviewed):
        max(unreviewed, key=lambda h: (h.made, h.resident_id)).with_her = False
    return [h for h in planned if h.made is not None]


def _at(day: date, minute: int) -> datetime:
    """A time on ``day`` at the shelter (this computer's time zone), ``minute`` after 9 a.m."""
    return datetime.combine(day, time(9, 0)).astimezone(UTC) + timedelta(minutes=minute)


def _events(desk, rng: random.Random, planned: list[_Her], today: date,  # noqa: ANN001
            first: date) -> list[tuple[datetime, int, Callable[[], None]]]:
    events: list[tuple[datetime, int, Callable[[], None]]] = []
    seq = iter(range(1_000_000))
    templates: dict[str, int] = {}

    def add(day: date, minute: int, step: Callable[[], None]) -> None:
        events.append((_at(day, minute), next(seq), step))

    def make_templates() -> None:
        default = desk.plans.install_default_template()
        if default is None:  # templates were already there: use the default one
            default = next(t.id for t in desk.plans.templates() if t.is_default)
        templates["default"] = default
        copy = desk.plans.add_template(CHILDREN_TEMPLATE, CHILDREN_DESCRIPTION, copy_from=default)
        _add_items(desk, copy, CHILDREN_ITEMS)
        templates["children"] = copy

    changed_on = today - timedelta(days=TEMPLATE_CHANGE_DAYS)

    def change_default() -> None:
        section, text, help_text = NEW_DEFAULT_ITEM
        _add_items(desk, templates["default"], {section: [(text, help_text)]})

    add(first - timedelta(days=1) if first < today else today, 0, make_templates)
    if first < changed_on:
        add(changed_on, 5, change_default)
    for index, her in enumerate(planned):
        minute = 60 + (index * 17) % 300  # her sessions are at about the same time of day
        assert her.made is not None
        add(her.made, minute, _made(desk, rng, her, templates))
        if her.worked_through:
            add(her.made, minute + 40, _first_save(desk, rng, her))
        her.pulls = her.made < changed_on and rng.random() < 0.6
        for day in her.saves:
            add(day, minute, _progress_save(desk, rng, her))
        for day in her.reviews:
            if her.pulls and day > changed_on:
                add(day, minute - 5, _pull(desk, her))
                her.pulls = False
            add(day, minute, _progress_save(desk, rng, her, reviewing=True))
            add(day, minute + 20, _review(desk, rng, her))
    return events


def _add_items(desk, template_id: int, extra: dict[str, list[tuple[str, str]]]) -> None:  # noqa: ANN001
    """Save the template with more items at the end of the named sections."""
    info = desk.plans.template(template_id)
    sections = []
    for section in info.sections:
        items = [ItemInput(i.text, i.help_text, i.id) for i in section.items]
        items += [ItemInput(text, help_text) for text, help_text in extra.get(section.title, [])]
        sections.append(SectionInput(section.title, items, section.id))
    desk.plans.update_template(template_id, info.name, info.description, sections, info.version)


def _read_items(desk, her: _Her) -> None:  # noqa: ANN001
    """Her plan's items as the service made them (read from the vault: no audited opening needed)."""
    with desk.read() as session:
        for item_id, text in session.execute(select(PlanItem.id, PlanItem.text).where(
                PlanItem.plan_id == her.plan_id).order_by(PlanItem.id)):
            her.items.setdefault(item_id, [text, "not_started", ""])


def _made(desk, rng: random.Random, her: _Her, templates: dict[str, int]) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        template = templates["children"] if her.children else templates["default"]
        her.plan_id = desk.plans.start_plan(her.resident_id, template)
        her.version = 1
        her.made_on = desk.today()
        _read_items(desk, her)
    return step


def _note(rng: random.Random, text: str, status: str) -> str:
    for start, notes in NOTES.items():
        if text.startswith(start):
            return rng.choice(notes.get(status, [""]))
    return ""


def _move(rng: random.Random, her: _Her, item: list[str], status: str) -> None:
    item[1], item[2] = status, _note(rng, item[0], status)


def _save(desk, her: _Her) -> None:  # noqa: ANN001
    her.fields.items = [ItemChange(item_id, status, note) for item_id, (_t, status, note) in her.items.items()]
    her.version = desk.plans.save_plan(her.plan_id, her.fields, her.version)


def _first_save(desk, rng: random.Random, her: _Her) -> Callable[[], None]:  # noqa: ANN001
    """The first session with her: main concern, warning signs, the review schedule, the first items."""
    def step() -> None:
        her.fields.main_concern = rng.choice(MAIN_CONCERNS)
        her.fields.warning_signs = rng.choice(WARNING_SIGNS)
        if not her.with_her:
            her.fields.main_concern += "\n" + STAFF_DRAFTED
        her.fields.developed_with_resident = her.with_her
        her.fields.review_every_days = her.every
        her.order_na = rng.random() < 0.4
        for item in her.items.values():
            text = item[0]
            if not her.children and text.startswith(CHILD_ITEMS):
                item[1], item[2] = "not_applicable", "No children with her."
            elif her.order_na and text.startswith(ORDER_ITEMS):
                _move(rng, her, item, "not_applicable")
            elif text.startswith(("Routes and work hours", "A code word")) and rng.random() < 0.15:
                _move(rng, her, item, "not_applicable")
            elif text.startswith("She knows the shelter's"):
                _move(rng, her, item, "done")
            elif rng.random() < 0.35:
                _move(rng, her, item, "in_progress")
        _save(desk, her)
    return step


def _progress_save(desk, rng: random.Random, her: _Her, reviewing: bool = False) -> Callable[[], None]:  # noqa: ANN001
    """A later session: items move on; a plan all done (or nearly) is marked completed."""
    def step() -> None:
        if not her.with_her and reviewing and rng.random() < 0.6:  # she was ready to go through it now
            her.with_her = her.fields.developed_with_resident = True
            her.fields.main_concern = her.fields.main_concern.replace("\n" + STAFF_DRAFTED, "")
        for item in her.items.values():
            roll = rng.random()
            if item[1] == "not_started" and roll < 0.45:
                _move(rng, her, item, "in_progress" if roll < 0.3 else "done")
            elif item[1] == "in_progress" and roll < 0.5:
                _move(rng, her, item, "done")
        counted = [i for i in her.items.values() if i[1] != "not_applicable"]
        left = sum(1 for i in counted if i[1] != "done")
        if her.fields.completed_on is None and left <= 1 and her.with_her:
            her.fields.completed_on = desk.today()
        _save(desk, her)
    return step


def _pull(desk, her: _Her) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        if desk.plans.add_new_template_items(her.plan_id, her.version):
            her.version += 1
            _read_items(desk, her)
    return step


def _review(desk, rng: random.Random, her: _Her) -> Callable[[], None]:  # noqa: ANN001
    def step() -> None:
        done = sum(1 for i in her.items.values() if i[1] == "done")
        what = rng.choice(REVIEW_WORDS)
        if her.fields.completed_on == desk.today():
            what += " Every part of the plan is now in place."
        elif done:
            what += f" {done} of {len(her.items)} items done so far."
        her.version = desk.plans.record_review(her.plan_id, what, her.version)
    return step

