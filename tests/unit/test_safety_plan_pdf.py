"""Her printed safety plan, made from a real vault's plan and read back as text."""

from __future__ import annotations

import io
from datetime import datetime

import pypdf
import pytest

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.reports.safety_plan import render_safety_plan
from shelter_desk.services.plan_views import ItemChange, PlanEdit
from tests.unit.test_residents import events, take_in

LEGAL = "Esperanza Villanueva Ortiz"
PRINTED_AT = datetime(2026, 1, 5, 14, 30)


def read(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def plan_id(desk: Desk) -> int:
    """Rosa's plan from the default template: the first item done, the second started, the third n/a."""
    rid = take_in(desk, "Rosa", legal_name=LEGAL)[0]
    desk.plans.install_default_template()
    plan_id = desk.plans.start_plan(rid)
    plan = desk.plans.open_plan(plan_id)
    items = plan.items
    desk.plans.save_plan(plan_id, PlanEdit(
        main_concern="He knows the bus she takes <to work> & back.", warning_signs="Calls at night\nHis car outside",
        items=[ItemChange(items[0].id, "done", "With her sister Ana"), ItemChange(items[1].id, "in_progress"),
               ItemChange(items[2].id, "not_applicable")]), plan.version)
    return plan_id


def test_one_page_per_section_her_alias_only(desk, plan_id):
    paper = desk.plans.plan_for_printing(plan_id)
    assert len(events(desk, Action.PLAN_PRINTED)) == 1  # the service audits the print
    pages = read(render_safety_plan(paper, printed_by="", printed_at=PRINTED_AT))
    assert len(pages) == 1 + len(paper.sections)
    first = pages[0]
    assert "Safety plan for Rosa" in first
    assert "He knows the bus she takes <to work> & back." in first  # typed text, escaped, printed as typed
    assert "Calls at night His car outside" in first
    assert "We will go through this plan together again on Wednesday 2026-02-04." in first
    for number, section in enumerate(paper.sections, start=2):
        assert f"(page {number})" in first and section.title in first
        assert section.title in pages[number - 1]
        assert all(" ".join(i.text.split())[:30] in pages[number - 1] for i in section.items)
    everything = "\n".join(pages)
    assert LEGAL not in everything and "Esperanza" not in everything
    assert "Harbor House" not in everything  # no shelter name: a plan found on her must not say where she lives
    assert "Dana" not in everything and "Printed by" not in everything  # no staff name
    assert paper.template_name not in everything.replace("Safety plan for", "").replace("Safety plan", "")
    helps = [i.help_text for s in desk.plans.open_plan(plan_id).sections for i in s.items if i.help_text]
    assert helps and not any(" ".join(h.split())[:30] in everything for h in helps)  # no staff help
    for n, page in enumerate(pages, start=1):
        assert "CONFIDENTIAL" in page and f"Page {n} of {len(pages)}" in page
        assert "Printed 2026-01-05 14:30" in page
    section = pages[1]
    assert "☑ " + paper.sections[0].items[0].text in section
    assert "Note: With her sister Ana" in section
    assert "Started" in section
    assert "n/a" in section and section.count("☐") >= 1


def test_a_staff_name_and_a_shelter_name_only_when_a_caller_passes_them(desk, plan_id):
    paper = desk.plans.plan_for_printing(plan_id)
    pages = read(render_safety_plan(paper, shelter_name_on_page="Harbor House", printed_by="Dana",
                                    printed_at=PRINTED_AT))
    assert "Harbor House" in pages[0] and "Printed by Dana, 2026-01-05 14:30" in pages[0]


def test_every_word_goes_through_the_translation_function(desk, plan_id):
    paper = desk.plans.plan_for_printing(plan_id)
    seen: list[tuple[str, str]] = []

    def shout(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper() if "{" not in text else text.replace("Safety plan for", "SAFETY PLAN FOR")

    pages = read(render_safety_plan(paper, printed_at=PRINTED_AT, tr=shout))
    assert {context for context, _ in seen} == {"Printouts"}
    words = {text for _, text in seen}
    for sentence in ("Safety plan", "Main concern", "Warning signs", "Next review", "The parts of your plan",
                     "Your notes", "n/a", "Started", "Printed {when}", "Confidential", "Page {page} of {total}",
                     "Note: {note}", "Wednesday"):
        assert sentence in words, sentence
    assert "SAFETY PLAN FOR Rosa" in pages[0] and "MAIN CONCERN" in pages[0] and "WARNING SIGNS" in pages[0]
    assert "WEDNESDAY" in pages[0] and "YOUR NOTES" in pages[1] and "STARTED" in pages[1]
    for english in ("Main concern", "Your notes", "Keep this paper", "does not apply", "Started"):
        assert all(english not in page for page in pages), english  # no word left untranslated


def test_an_empty_plan_still_prints(desk):
    rid = take_in(desk, "Zoë")[0]
    desk.plans.install_default_template()
    paper = desk.plans.plan_for_printing(desk.plans.start_plan(rid))
    pages = read(render_safety_plan(paper, printed_at=PRINTED_AT))
    assert "Safety plan for Zoë" in pages[0] and "Not written down yet." in pages[0]
    assert all("☐" in page for page in pages[1:])
