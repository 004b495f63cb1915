"""Safety plans after review: merging keeps the plan worked on last, a chosen review date stays,
a missing default template is a plain message, the kept copy's PDF names no program."""

from __future__ import annotations

import io
from datetime import timedelta

import pypdf
import pytest

from shelter_desk import audit, hud
from shelter_desk.errors import ShelterDeskError
from shelter_desk.reports.safety_plan import render_safety_plan
from shelter_desk.services import plans as plans_module
from shelter_desk.services.plan_views import PlanEdit
from tests.unit.test_residents import last_event, take_in


def test_merging_two_records_keeps_the_plan_worked_on_last(desk, clock):
    desk.plans.install_default_template()
    older, older_stay = take_in(desk, "Ana", on=desk.today() - timedelta(days=20))
    newer, _ = take_in(desk, "Ana M.")
    worked = desk.plans.start_plan(older)
    plan = desk.plans.open_plan(worked)
    empty = desk.plans.start_plan(newer)
    clock.advance(minutes=5)
    desk.plans.save_plan(worked, PlanEdit(main_concern="Worked on with her"), plan.version)
    desk.residents.record_exit(older_stay, desk.today() - timedelta(days=1), hud.DESTINATIONS[0].code)
    desk.residents.merge(newer, older)
    kept = desk.plans.plan_of(newer)
    assert kept.id == worked and kept.main_concern == "Worked on with her"
    assert desk.plans.open_plan(empty).status == "closed"
    event = last_event(desk, audit.Action.RESIDENT_MERGED)
    assert f"safety plan #{empty} closed" in event.summary and "Ana" not in event.summary


def test_a_review_date_chosen_by_a_reviewer_stays_when_the_rhythm_changes(desk):
    desk.plans.install_default_template()
    rid, _ = take_in(desk, "Ana")
    plan_id = desk.plans.start_plan(rid)
    plan = desk.plans.open_plan(plan_id)
    chosen = desk.today() + timedelta(days=7)
    version = desk.plans.record_review(plan_id, "Urgent: he found her workplace.", plan.version, next_due=chosen)
    desk.plans.save_plan(plan_id, PlanEdit(review_every_days=60), version)
    assert desk.plans.open_plan(plan_id).next_review_on == chosen
    other, _ = take_in(desk, "Rosa")
    plain = desk.plans.open_plan(desk.plans.start_plan(other))
    desk.plans.save_plan(plain.id, PlanEdit(review_every_days=14), plain.version)
    assert desk.plans.open_plan(plain.id).next_review_on == desk.today() + timedelta(days=14)


def test_a_missing_default_template_is_a_plain_message(desk, tmp_path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    monkeypatch.setattr(plans_module, "default_template_file", lambda: broken)
    with pytest.raises(ShelterDeskError) as caught:
        desk.plans.install_default_template()
    assert "missing or damaged" in caught.value.message
    monkeypatch.setattr(plans_module, "default_template_file", lambda: tmp_path / "gone.json")
    with pytest.raises(ShelterDeskError):
        desk.plans.install_default_template()
    assert desk.plans.templates() == []


def test_her_copy_names_no_program_in_its_properties(desk):
    desk.plans.install_default_template()
    rid, _ = take_in(desk, "Ana")
    pdf = render_safety_plan(desk.plans.plan_for_printing(desk.plans.start_plan(rid)), printed_at=desk.now())
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert "Shelter Desk" not in " ".join(str(v) for v in meta.values())
