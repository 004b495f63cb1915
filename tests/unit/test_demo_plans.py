"""The demo step: safety-plan templates, and plans at every stage for the residents here now.

The demo residents and their plans are made once for the module, on a Monday at 9 in
the morning, and read back through the services and the database.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import keyring
import pytest
from sqlalchemy import func, select

from shelter_desk import audit, demo
from shelter_desk.clock import ManualClock, parse_utc_iso
from shelter_desk.crypto import kdf
from shelter_desk.demo_needs import add_daily_needs
from shelter_desk.demo_plans import (
    CHILDREN_ITEMS,
    CHILDREN_TEMPLATE,
    DUE_SOON,
    NEW_DEFAULT_ITEM,
    OVERDUE,
    WITHOUT_PLAN,
    add_safety_plans,
)
from shelter_desk.demo_residents import add_residents
from shelter_desk.desk import Desk
from shelter_desk.services.plan_views import ITEM_STATUSES, VERSION_REASONS, PlanInfo
from shelter_desk.services.plans import default_template_file
from shelter_desk.services.resident_input import HouseholdEntry
from shelter_desk.services.setup import create_vault
from shelter_desk.storage.models import AuditEvent
from shelter_desk.storage.plan_models import PlanItem, PlanReview, PlanVersion, SafetyPlan
from shelter_desk.storage.resident_models import HouseholdMember, Resident, Stay
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, MemoryKeyring
from tests.unit.test_residents import take_in

MONDAY_9AM = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, ManualClock, list[str]]]:
    kdf.enable_test_profile()
    keyring.set_keyring(MemoryKeyring())
    clock = ManualClock(MONDAY_9AM)
    result = create_vault(tmp_path_factory.mktemp("demo") / "vault", shelter_name=SHELTER, username=DIRECTOR,
                          display_name="Dana Director", password=DIRECTOR_PW, clock=clock)
    desk = result.desk
    lines: list[str] = []
    add_residents(desk, lines.append)
    add_safety_plans(desk, lines.append)
    yield desk, clock, lines
    desk.close()


@pytest.fixture(scope="module")
def plans(demo_desk) -> dict[int, PlanInfo]:
    """Every plan in use, by resident id."""
    desk, _clock, _lines = demo_desk
    return {row.resident_id: desk.plans.open_plan(row.plan_id) for row in desk.plans.overview() if row.plan_id}


def open_stays(desk: Desk) -> dict[int, tuple[date, bool]]:
    """Everyone here now: her intake day and whether children stay with her."""
    with desk.read() as session:
        stays = session.execute(select(Stay.id, Stay.resident_id, Stay.intake_date)
                                .where(Stay.exit_date.is_(None))).all()
        children = set(session.scalars(select(HouseholdMember.stay_id)
                                       .where(HouseholdMember.relationship_kind == "child")))
    return {resident_id: (intake, stay_id in children) for stay_id, resident_id, intake in stays}


def test_the_step_runs_after_the_residents_and_daily_needs():
    assert demo.DEMO_STEPS.index(add_safety_plans) > demo.DEMO_STEPS.index(add_residents)
    assert demo.DEMO_STEPS.index(add_safety_plans) > demo.DEMO_STEPS.index(add_daily_needs)


def test_it_says_what_it_added_and_gives_the_desk_its_clock_back(demo_desk):
    desk, clock, lines = demo_desk
    assert len(lines) == 2 and lines[1].startswith("Safety plans: 2 templates, ")
    assert f"({OVERDUE} overdue, {DUE_SOON} due this week)" in lines[1]
    assert desk.clock is clock and desk.now() == MONDAY_9AM


def test_templates_the_default_and_one_with_children(demo_desk):
    desk, _clock, _lines = demo_desk
    default, children = desk.plans.templates()
    assert default.is_default and default.active and not children.is_default
    assert children.name == CHILDREN_TEMPLATE and children.description
    shipped = json.loads(default_template_file().read_text("utf-8"))
    assert default.name == shipped["name"]
    shipped_items = [i["text"] for s in shipped["sections"] for i in s["items"]]
    expected = []
    for section in shipped["sections"]:
        expected += [i["text"] for i in section["items"]]
        if section["title"] == NEW_DEFAULT_ITEM[0]:
            expected.append(NEW_DEFAULT_ITEM[1])  # added to it three weeks ago (its version 2)
    assert [i.text for i in default_items_of(default)] == expected
    assert default.version == 2
    # "With children": a copy of the default as shipped, with more about children.
    extra = [text for items in CHILDREN_ITEMS.values() for text, _help in items]
    child_items = [i.text for i in default_items_of(children)]
    assert set(child_items) == set(shipped_items) | set(extra)
    assert [s.title for s in children.sections] == [s["title"] for s in shipped["sections"]]
    assert all(i.help_text == "" or len(i.help_text) > 10 for i in default_items_of(children))


def default_items_of(template):  # noqa: ANN001, ANN201
    return [i for s in template.sections for i in s.items]


def test_most_residents_here_have_a_plan_some_overdue_some_due_this_week(demo_desk, plans):
    desk, _clock, _lines = demo_desk
    today = desk.today()
    here = open_stays(desk)
    rows = desk.plans.overview()
    assert {r.resident_id for r in rows} == set(here) and len(rows) >= 12
    without = [r.resident_id for r in rows if r.plan_id is None]
    assert len(without) == WITHOUT_PLAN
    newest = sorted(here, key=lambda rid: (here[rid][0], rid), reverse=True)[:WITHOUT_PLAN]
    assert set(without) == set(newest)  # the newest arrivals
    assert sum(r.overdue for r in rows) == OVERDUE and sum(r.due_soon for r in rows) == DUE_SOON
    later = [r for r in rows if r.plan_id and not r.overdue and not r.due_soon]
    assert len(later) >= len(rows) - WITHOUT_PLAN - OVERDUE - DUE_SOON and len(later) > len(rows) / 2
    assert all(r.next_review_on > today + timedelta(days=7) for r in later)
    assert len(desk.plans.reviews_due()) == OVERDUE + DUE_SOON
    # One plan in use per resident (the database would refuse a second), all in use.
    with desk.read() as session:
        per_resident = Counter(session.scalars(select(SafetyPlan.resident_id).where(SafetyPlan.status == "active")))
        assert session.scalar(select(func.count()).select_from(SafetyPlan)) == len(plans)
    assert set(per_resident.values()) == {1}


def test_plans_at_every_stage(demo_desk, plans):
    desk, _clock, _lines = demo_desk
    today = desk.today()
    here = open_stays(desk)
    reviews = Counter(len(p.reviews) for p in plans.values())
    assert reviews[0] >= 2 and reviews[1] >= 2 and reviews[2] >= 2 and max(reviews) >= 3
    just_made = [p for p in plans.values() if p.version == 1]
    assert len(just_made) == 1 and just_made[0].made_on >= today - timedelta(days=1)
    assert all(i.status == "not_started" for i in just_made[0].items)
    worked = [p for p in plans.values() if p.version > 1]
    assert all(p.main_concern and p.warning_signs for p in worked)
    assert 1 <= sum(not p.developed_with_resident for p in worked) < len(worked) / 3
    assert any(p.completed_on for p in plans.values())
    assert {p.review_every_days for p in worked} >= {30, 14}
    statuses = Counter(i.status for p in plans.values() for i in p.items)
    assert set(statuses) == {code for code, _label in ITEM_STATUSES}
    assert statuses["done"] > statuses["not_applicable"] and statuses["in_progress"] > 10
    # Notes on items that moved on; "not applicable" always says why.
    moved = [i for p in plans.values() for i in p.items if i.status != "not_started"]
    assert sum(bool(i.note) for i in moved) > 0.8 * len(moved)
    assert all(i.note for i in moved if i.status == "not_applicable")
    # Mothers with children use "With children"; for the others the children items do not apply.
    for resident_id, plan in plans.items():
        if here[resident_id][1]:
            assert plan.template_name == CHILDREN_TEMPLATE
        else:
            assert plan.template_name != CHILDREN_TEMPLATE
            children = [i for s in plan.sections if s.title == "Children" for i in s.items]
            assert children and all(i.status in ("not_applicable", "not_started") for i in children)
    # The item added to the default template later: pulled in by some older plans, waiting in others.
    pulled = [p for p in plans.values() if any(v.reason == "items_added" for v in p.versions)]
    waiting = [p for p in plans.values() if p.new_template_items]
    assert pulled and waiting and all(NEW_DEFAULT_ITEM[1] in [i.text for i in p.items] for p in pulled)


def test_versions_numbered_without_gaps_and_reviews_dated_within_the_stay(demo_desk, plans):
    desk, _clock, _lines = demo_desk
    today = desk.today()
    here = open_stays(desk)
    reasons = {code for code, _label in VERSION_REASONS}
    with desk.read() as session:
        versions = defaultdict(list)
        for v in session.scalars(select(PlanVersion).order_by(PlanVersion.plan_id, PlanVersion.id)):
            versions[v.plan_id].append(v)
        review_rows = defaultdict(list)
        for r in session.scalars(select(PlanReview).order_by(PlanReview.id)):
            review_rows[r.plan_id].append(r)
    for resident_id, plan in plans.items():
        intake = here[resident_id][0]
        kept = versions[plan.id]
        assert [v.number for v in kept] == list(range(1, plan.version + 1))
        assert kept[0].reason == "made" and {v.reason for v in kept} <= reasons
        saved_at = [v.saved_at for v in kept]
        assert saved_at == sorted(saved_at) and saved_at[-1] <= MONDAY_9AM
        assert intake <= plan.made_on <= today and plan.made_on == kept[0].saved_at.astimezone().date()
        # Each review kept a version, in the order they happened, within her stay.
        rows = review_rows[plan.id]
        assert [r.plan_version for r in rows] == [v.number for v in kept if v.reason == "reviewed"]
        days = [r.reviewed_on for r in rows]
        assert days == sorted(days) and all(plan.made_on < d <= today for d in days)
        for r in rows:
            assert r.what_changed and r.next_due == r.reviewed_on + timedelta(days=plan.review_every_days)
            assert kept[r.plan_version - 1].saved_at.astimezone().date() == r.reviewed_on
        assert plan.last_reviewed_on == (days[-1] if days else None)
        assert plan.next_review_on == (days[-1] if days else plan.made_on) + timedelta(days=plan.review_every_days)
        assert plan.completed_on is None or plan.made_on <= plan.completed_on <= today
        for item in plan.items:
            assert item.status_on is None or plan.made_on <= item.status_on <= today
            assert (item.status == "not_started") == (item.status_on is None)
        # The latest version holds the plan as it is now.
        latest = json.loads(kept[-1].snapshot)
        assert latest["main_concern"] == plan.main_concern
        assert [i["status"] for s in latest["sections"] for i in s["items"]] == [i.status for i in plan.items]


def test_no_name_in_any_plan_text_and_the_audit_chain_verifies(demo_desk, plans):
    desk, _clock, _lines = demo_desk
    with desk.read() as session:
        assert audit.verify(session).intact
        legal = {name for name in session.scalars(select(Resident.legal_name)) if name}
        aliases = set(session.scalars(select(Resident.alias)))
        texts = list(session.scalars(select(PlanVersion.snapshot)))
        texts += [n for n in session.scalars(select(PlanItem.note)) if n]
        texts += list(session.scalars(select(PlanReview.what_changed)))
        events = session.execute(select(AuditEvent.at, AuditEvent.action, AuditEvent.entity_type,
                                        AuditEvent.summary).order_by(AuditEvent.id)).all()
    texts += [p.main_concern + "\n" + p.warning_signs for p in plans.values()]
    everything = "\n".join(texts + [e.summary for e in events])
    assert len(legal) >= 20 and len(texts) > 100
    assert not [name for name in legal if name in everything]
    assert not [alias for alias in aliases if alias in "\n".join(texts)]
    # Graphic words have no place in a training vault.
    assert not [w for w in ("blood", "kill", "rape", "beat", "weapon", "gun") if w in everything.casefold()]
    # The trail says first, at the real time, that a made-up history follows; then the plans' events, in order.
    (marker,) = [e for e in events if e.entity_type == "demo"]
    assert marker.summary.startswith("demo: safety plans with a made-up history follow")
    after = events[events.index(marker) + 1:]
    assert after and all(e.action.startswith("plan.") for e in after)
    times = [parse_utc_iso(e.at) for e in after]
    assert times == sorted(times) and times[-1] <= MONDAY_9AM < times[0] + timedelta(days=365)


def test_nobody_here_templates_only(desk, clock):
    lines: list[str] = []
    add_safety_plans(desk, lines.append)
    assert lines == ["Safety plans: 2 templates, 0 plans (0 overdue, 0 due this week), 0 reviews; "
                     "0 residents here without a plan yet"]
    assert desk.clock is clock and len(desk.plans.templates()) == 2


def test_a_small_house(desk, clock):
    today = desk.today()
    ids = [take_in(desk, f"Demo {n}", on=today - timedelta(days=days),
                   household=[HouseholdEntry("Kid", 4)] if n == 1 else None)[0]
           for n, days in enumerate((70, 45, 5, 0))]
    lines: list[str] = []
    add_safety_plans(desk, lines.append)
    assert lines[0].startswith("Safety plans: 2 templates, 2 plans (")
    assert desk.clock is clock and desk.now() == clock.now()
    rows = {r.resident_id: r for r in desk.plans.overview()}
    assert rows[ids[0]].plan_id and rows[ids[1]].template_name == CHILDREN_TEMPLATE
    assert rows[ids[2]].plan_id is None and rows[ids[3]].plan_id is None


def test_the_desk_gets_its_clock_back_when_a_step_fails(desk, clock, monkeypatch):
    today = desk.today()
    for n, days in enumerate((70, 45, 5, 0)):
        take_in(desk, f"Demo {n}", on=today - timedelta(days=days))

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(desk.plans, "record_review", broken)
    with pytest.raises(RuntimeError):
        add_safety_plans(desk, lambda _line: None)
    assert desk.clock is clock and desk.now() == clock.now()
