"""The demo step: two years of fictional incidents, follow-ups, sign-offs, amendments and one re-opening.

The demo residents and incidents are made once for the module, on a Monday at 9 in the morning,
with the demo's front desk and house manager accounts, and read back through the services and
the database.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from sqlalchemy import select

from shelter_desk import audit, demo
from shelter_desk.clock import ManualClock
from shelter_desk.crypto import kdf
from shelter_desk.demo_incidents import DRAFTS, KINDS, add_incidents
from shelter_desk.demo_plans import add_safety_plans
from shelter_desk.demo_residents import PEOPLE, add_residents
from shelter_desk.desk import Desk
from shelter_desk.permissions import Role
from shelter_desk.services.incident_views import DRAFT, OPEN, SIGNED_OFF, IncidentInfo
from shelter_desk.services.setup import create_vault
from shelter_desk.storage.incident_models import IncidentPerson
from shelter_desk.storage.models import AuditEvent
from shelter_desk.storage.resident_models import HouseholdMember, Stay
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, MemoryKeyring, add_staff

MONDAY_9AM = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, ManualClock, list[str], float]]:
    kdf.enable_test_profile()
    keyring.set_keyring(MemoryKeyring())
    clock = ManualClock(MONDAY_9AM)
    result = create_vault(tmp_path_factory.mktemp("demo") / "vault", shelter_name=SHELTER, username=DIRECTOR,
                          display_name="Dana Director", password=DIRECTOR_PW, clock=clock)
    desk = result.desk
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    lines: list[str] = []
    add_residents(desk, lines.append)
    started = time.perf_counter()
    add_incidents(desk, lines.append)
    took = time.perf_counter() - started
    yield desk, clock, lines, took
    desk.close()


@pytest.fixture(scope="module")
def incidents(demo_desk) -> list[IncidentInfo]:
    desk = demo_desk[0]
    return [desk.incidents.open_incident(row.id) for row in desk.incidents.incidents()]


def test_the_step_runs_after_the_safety_plans():
    assert demo.DEMO_STEPS[-1] is add_incidents
    assert demo.DEMO_STEPS.index(add_incidents) > demo.DEMO_STEPS.index(add_safety_plans)


def test_it_is_quick_says_what_it_added_and_gives_the_desk_back(demo_desk):
    desk, clock, lines, took = demo_desk
    assert took < 15, took  # a few seconds on a slow machine
    assert len(lines) == 2 and lines[1].startswith("Incidents: ")
    assert desk.clock is clock and desk.now() == MONDAY_9AM
    assert desk.current.username == DIRECTOR  # the director is signed in again
    first = next(e for e in demo_events(desk) if e.action == audit.Action.DEMO_DATA_ADDED)
    assert "incidents" in first.summary
    with desk.read() as session:
        assert audit.verify(session).intact


def demo_events(desk: Desk) -> list[AuditEvent]:
    with desk.read() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def test_two_to_four_a_month_of_every_kind_mostly_low_or_medium(demo_desk, incidents):
    desk = demo_desk[0]
    today = desk.today()
    assert 24 * 2 <= len(incidents) <= 24 * 4
    when = [i.edit.occurred_at for i in incidents]
    assert all(MONDAY_9AM - timedelta(days=731) <= w < MONDAY_9AM for w in when)
    months = Counter((w.astimezone().year, w.astimezone().month) for w in when)
    assert len(months) >= 23  # spread over the two years
    kinds = Counter(i.type_code for i in incidents)
    assert len(kinds) >= 10 and set(kinds) <= set(KINDS)
    assert kinds.most_common(1)[0][0] in ("conflict", "rule_breach")
    severities = Counter(i.edit.severity for i in incidents if i.status != DRAFT)
    recorded = sum(severities.values())
    assert severities["low"] + severities["medium"] >= 0.7 * recorded
    assert severities["high"] >= 3 and severities["critical"] <= max(3, 0.05 * recorded)
    assert severities["critical"] <= severities["high"]
    assert any(i.edit.police_called and i.edit.report_number.startswith("PD-") for i in incidents)
    assert any(i.edit.ems_called for i in incidents)
    assert any(i.edit.mandatory_report and i.edit.mandatory_report_note for i in incidents)
    assert all(i.edit.supervisor_notified for i in incidents if i.edit.severity in ("high", "critical"))
    assert today - max(w.astimezone().date() for w in when) <= timedelta(days=10)


def test_most_signed_off_by_the_manager_the_newest_open_two_drafts_one_reopened(demo_desk, incidents):
    states = Counter(i.status for i in incidents)
    assert states[DRAFT] == DRAFTS and states[OPEN] >= 3 and states[SIGNED_OFF] >= 0.8 * len(incidents)
    newest = sorted(incidents, key=lambda i: i.edit.occurred_at)
    assert {i.status for i in newest[-DRAFTS:]} == {DRAFT}
    assert {i.status for i in newest[-DRAFTS - 3:-DRAFTS]} == {OPEN}
    for info in incidents:
        if info.status == SIGNED_OFF:
            assert info.signed_off_by == "Manager" and info.outcome
            assert info.signed_off_at > info.recorded_at > info.edit.occurred_at
            assert info.versions[0].reason == "signed_off"
        if info.status != DRAFT:
            assert info.edit.narrative_during and info.recorded_by in ("Frontdesk", "Manager")
    reopened = [i for i in incidents if any(d.kind == "reopened" for d in i.decisions)]
    assert len(reopened) == 1
    [again] = reopened
    assert again.status == OPEN and [d.kind for d in again.decisions] == ["signed_off", "reopened"]
    assert again.decisions[1].by == "Dana Director" and again.decisions[1].text
    assert [v.reason for v in again.versions][:2] == ["changed", "signed_off"]
    assert any(v.reason == "changed" for i in incidents if i is not again for v in i.versions)  # corrected
    drafts = [i for i in incidents if i.status == DRAFT]
    assert all(i.recorded_at is None and i.versions == () for i in drafts)


def test_amendments_after_sign_off_in_order(incidents):
    amended = [i for i in incidents if i.amendments]
    assert 3 <= len(amended) <= 0.35 * len(incidents)
    for info in amended:
        assert info.status == SIGNED_OFF
        assert [a.number for a in info.amendments] == list(range(1, len(info.amendments) + 1))
        assert all(a.at > info.signed_off_at and a.text and a.author for a in info.amendments)
        assert [a.at for a in info.amendments] == sorted(a.at for a in info.amendments)
        assert all("{" not in a.text for a in info.amendments)


def test_follow_ups_mostly_done_some_open_a_few_overdue(demo_desk, incidents):
    desk = demo_desk[0]
    tasks = [t for i in incidents for t in i.followups]
    assert len(tasks) >= 0.5 * len(incidents)
    assert sum(1 for i in incidents if i.followups) >= 0.5 * len(incidents)
    done = [t for t in tasks if t.done_on is not None]
    assert len(done) >= 0.8 * len(tasks)
    open_tasks = desk.incidents.open_followups()
    assert len(open_tasks) >= 3 and sum(t.overdue for t in open_tasks) >= 2
    assert any(not t.overdue for t in open_tasks)  # and some still on time
    owners = Counter(t.owner_name for t in tasks)
    assert owners["Manager"] and owners["Frontdesk"]
    for info in incidents:
        for task in info.followups:
            assert task.due_on >= info.edit.occurred_at.astimezone().date()
            if task.done_on is not None:
                assert info.edit.occurred_at.astimezone().date() < task.done_on <= desk.today() and task.done_by


def test_everyone_in_an_incident_was_staying_then(demo_desk, incidents):
    desk = demo_desk[0]
    with desk.read() as session:
        stays = session.execute(select(Stay.id, Stay.resident_id, Stay.intake_date, Stay.exit_date)).all()
        child_stay = dict(session.execute(select(HouseholdMember.id, HouseholdMember.stay_id)).all())
        rows = session.execute(select(IncidentPerson.incident_id, IncidentPerson.kind)).all()
    by_id = {s[0]: s for s in stays}

    def here(stay: tuple, day) -> bool:  # noqa: ANN001
        return stay[2] <= day and (stay[3] is None or day < stay[3])

    kinds = Counter(kind for _i, kind in rows)
    assert kinds["resident"] >= len(incidents) * 0.8 and kinds["child"] >= 2 and kinds["staff"] >= 2
    assert kinds["other"] >= 5
    for info in incidents:
        day = info.edit.occurred_at.astimezone().date()
        for person in info.people:
            if person.kind == "resident":
                assert any(s[1] == person.resident_id and here(s, day) for s in stays), (info.id, person)
            elif person.kind == "child":
                stay = by_id[child_stay[person.household_member_id]]
                assert here(stay, day) and any(p.resident_id == stay[1] for p in info.people)
            elif person.kind == "staff":
                assert person.account_id and person.name in ("Frontdesk", "Manager", "Dana Director")
            else:
                assert person.description and person.resident_id is None


def test_the_words_name_nobody_and_the_audit_trail_neither(demo_desk, incidents):
    desk = demo_desk[0]
    names = [alias for alias, _legal, _l, _i in PEOPLE] + [legal for _a, legal, _l, _i in PEOPLE if legal]
    for info in incidents:
        words = " ".join([*(getattr(info.edit, f) for f in ("narrative_before", "narrative_during",
                                                            "narrative_after", "injuries", "medical_response",
                                                            "property_damage", "immediate_actions", "location")),
                          info.outcome, info.review_notes, *(a.text for a in info.amendments),
                          *(p.description for p in info.people)])
        assert not [n for n in names if len(n) > 3 and n in words], info.id
    actors = Counter(e.actor_name for e in demo_events(desk) if e.action.startswith("incident."))
    assert actors["frontdesk"] and actors["manager"] and actors[DIRECTOR]
    summaries = [e.summary for e in demo_events(desk)]
    for name in names:
        if len(name) > 3:
            assert not any(name in s for s in summaries), name
