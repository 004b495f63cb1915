"""Anything a safety-plan form could hand the services (any text, huge or odd numbers, dates that are
not dates, None, lists where one thing belongs, rows that are not rows) ends in a plain
ShelterDeskError or in a plan or template that reads back cleaned and consistent. Never another
exception, and the audit chain still verifies afterwards.

One vault per test function: each test runs its hypothesis examples against the one desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_desk.desk import Desk
from shelter_desk.services.plan_views import (
    ITEM_STATUSES,
    MAX_REVIEW_DAYS,
    MIN_REVIEW_DAYS,
    ItemChange,
    ItemInput,
    PlanEdit,
    PlanInfo,
    SectionInput,
)
from shelter_desk.services.plans import MAX_ITEMS, MAX_SECTIONS
from shelter_desk.storage.plan_models import SafetyPlan
from tests.unit.test_needs_fuzz import anything, attempt, audit_intact, plain_text
from tests.unit.test_resident_fuzz import FUZZ, assert_clean, mixed, odd_dates, odd_ints, odd_text
from tests.unit.test_residents import take_in

FUZZ = settings(FUZZ, max_examples=max(FUZZ.max_examples, 80))
STATUSES = [code for code, _ in ITEM_STATUSES]
some_text = st.one_of(plain_text, odd_text)
words = st.one_of(st.sampled_from(["Code word", "Go-bag", "  Safe   places ", "Zoë's plan", "Plan \u202e2",
                                   "Line one\r\nline two", "李梅 plan"]),
                  st.text(st.sampled_from("aéZ李ف \t\u200b"), min_size=1, max_size=20).filter(str.strip))


@dataclass
class House:
    template: int
    retired: int
    here: int
    left: int
    plan: int
    today: date  # the test clock does not move here


def house(desk: Desk) -> House:
    today = desk.today()
    template = desk.plans.install_default_template()
    assert template is not None
    retired = desk.plans.add_template("Old plan", copy_from=template)
    desk.plans.set_template_active(retired, False)
    planned, _ = take_in(desk, "Fuzz planned", on=today - timedelta(days=10))
    here, _ = take_in(desk, "Fuzz here")
    left, stay = take_in(desk, "Fuzz left", on=today - timedelta(days=10))
    desk.residents.record_exit(stay, today - timedelta(days=1), 410)
    return House(template=template, retired=retired, here=here, left=left, plan=desk.plans.start_plan(planned),
                 today=today)


def assert_plan_clean(plan: PlanInfo, today: date) -> None:
    assert_clean(plan.main_concern, multiline=True)
    assert_clean(plan.warning_signs, multiline=True)
    for item in plan.items:
        assert item.status in STATUSES
        assert_clean(item.note, multiline=True)
        assert len(item.note) <= 2000
    assert MIN_REVIEW_DAYS <= plan.review_every_days <= MAX_REVIEW_DAYS
    assert plan.completed_on is None or plan.made_on <= plan.completed_on <= today
    assert plan.last_reviewed_on in (None, today)
    assert plan.next_review_on <= today + timedelta(days=MAX_REVIEW_DAYS)
    assert [v.number for v in plan.versions] == list(range(plan.version, 0, -1))


# --- templates -----------------------------------------------------------------------------------

odd_items = st.one_of(
    st.lists(st.builds(ItemInput, some_text, some_text, st.one_of(st.none(), odd_ints)), max_size=4),
    st.lists(anything, max_size=3), anything,
    st.lists(st.builds(ItemInput, st.just("Same")), min_size=MAX_ITEMS + 1, max_size=MAX_ITEMS + 1),
)
good_items = st.lists(st.builds(ItemInput, plain_text, plain_text, st.none()), max_size=4)
good_sections = st.one_of(
    st.lists(st.builds(SectionInput, words, good_items, st.one_of(st.none(), st.just("real"))), max_size=4),
    st.just("real"),
)
odd_sections = st.one_of(
    st.lists(st.builds(SectionInput, some_text, odd_items, st.one_of(st.none(), odd_ints, st.just("real"))),
             max_size=4),
    st.lists(st.one_of(anything, st.builds(SectionInput, some_text, odd_items)), max_size=3),
    st.lists(st.builds(SectionInput, st.just("Part")), min_size=MAX_SECTIONS + 1, max_size=MAX_SECTIONS + 1),
    st.just("real"), anything,
)


def test_update_template(desk: Desk):
    h = house(desk)
    real_items = [(s.id, [i.id for i in s.items]) for s in desk.plans.template(h.template).sections]

    def resolve_sections(value: object) -> object:
        """"real": the template as it is; a "real" section id: one of its sections, with its item ids."""
        if value == "real":
            return [SectionInput(s.title, [ItemInput(i.text, i.help_text, i.id) for i in s.items], s.id)
                    for s in desk.plans.template(h.template).sections]
        if isinstance(value, list):
            for n, section in enumerate(value):
                if isinstance(section, SectionInput) and section.id == "real":
                    section_id, item_ids = real_items[n % len(real_items)]
                    section.id = section_id
                    if isinstance(section.items, list):
                        for item, item_id in zip(section.items, item_ids, strict=False):
                            if isinstance(item, ItemInput):
                                item.id = item_id
        return value

    @FUZZ
    @given(args=mixed({"template_id": st.just("template"), "name": words, "description": plain_text,
                       "sections": good_sections, "version": st.just("current")},
                      {"template_id": st.one_of(anything, st.just("retired")), "name": some_text,
                       "description": some_text, "sections": odd_sections,
                       "version": st.one_of(anything, st.just("stale"))}))
    def run(args: dict) -> None:
        template_id = {"template": h.template, "retired": h.retired}.get(args["template_id"], args["template_id"]) \
            if isinstance(args["template_id"], str) else args["template_id"]
        version = args["version"]
        if version in ("current", "stale") and type(template_id) is int and template_id in (h.template,
                                                                                                 h.retired):
            version = desk.plans.template(template_id).version - (version == "stale")
        new = attempt(lambda: desk.plans.update_template(template_id, args["name"], args["description"],
                                                         resolve_sections(args["sections"]), version))
        if new is not None:
            info = desk.plans.template(template_id)
            assert info.version == new and info.name and len(info.name) <= 120
            assert len(info.sections) <= MAX_SECTIONS and info.item_count <= MAX_ITEMS
            for text in (info.name, info.description, *(s.title for s in info.sections)):
                assert_clean(text)
            for section in info.sections:
                assert section.title
                for item in section.items:
                    assert item.text and len(item.text) <= 500
                    assert_clean(item.text)
                    assert_clean(item.help_text, multiline=True)
            ids = [i.id for s in info.sections for i in s.items]
            assert len(ids) == len(set(ids))

    run()
    # The plan made before any of it is as it was made: 16 items, not one changed.
    plan = desk.plans.open_plan(h.plan)
    assert len(plan.items) == 16 and plan.version == 1
    names = [t.name for t in desk.plans.templates(include_retired=True)]
    assert len(names) == len({n.casefold() for n in names})
    audit_intact(desk)


# --- plans ---------------------------------------------------------------------------------------

def good_changes(item_ids: list[int]) -> st.SearchStrategy:
    return st.lists(st.builds(ItemChange, st.sampled_from(item_ids), st.sampled_from(STATUSES), plain_text),
                    max_size=6)


def odd_changes(item_ids: list[int]) -> st.SearchStrategy:
    return st.one_of(
        st.lists(st.builds(ItemChange, st.one_of(st.sampled_from(item_ids), anything),
                           st.one_of(st.sampled_from(STATUSES), anything), some_text), max_size=4),
        st.lists(anything, max_size=3), anything,
    )


def test_save_plan(desk: Desk):
    h = house(desk)
    item_ids = [i.id for i in desk.plans.open_plan(h.plan).items]

    @FUZZ
    @given(fields=mixed({"main_concern": plain_text, "warning_signs": plain_text,
                         "developed_with_resident": st.booleans(),
                         "completed_on": st.one_of(st.none(), st.just(h.today)),
                         "review_every_days": st.integers(MIN_REVIEW_DAYS, MAX_REVIEW_DAYS),
                         "items": good_changes(item_ids), "plan": st.just("plan"), "version": st.just("current")},
                        {"main_concern": some_text, "warning_signs": some_text,
                         "developed_with_resident": anything,
                         "completed_on": st.one_of(odd_dates, anything, st.dates(h.today - timedelta(days=2),
                                                                                 h.today + timedelta(days=2))),
                         "review_every_days": st.one_of(odd_ints, anything), "items": odd_changes(item_ids),
                         "plan": anything, "version": st.one_of(st.just("stale"), anything)}))
    def run(fields: dict) -> None:
        plan, version = fields.pop("plan"), fields.pop("version")
        plan_id = h.plan if plan == "plan" else plan
        before = desk.plans.open_plan(h.plan)
        if version in ("current", "stale"):
            version = before.version - (version == "stale")
        saved = attempt(lambda: desk.plans.save_plan(plan_id, PlanEdit(**fields), version))
        after = desk.plans.open_plan(h.plan)
        assert_plan_clean(after, h.today)
        if saved is None:
            assert after == before  # refused: nothing saved
        else:
            assert after.version == saved and saved in (before.version, before.version + 1)

    run()
    audit_intact(desk)


def test_record_review(desk: Desk):
    h = house(desk)

    @FUZZ
    @given(args=mixed({"what": words, "next_due": st.one_of(st.none(), st.dates(h.today + timedelta(days=1),
                                                                               h.today + timedelta(days=365))),
                       "plan": st.just("plan"), "version": st.just("current")},
                      {"what": some_text,
                       "next_due": st.one_of(odd_dates, anything, st.dates(h.today - timedelta(days=2),
                                                                           h.today + timedelta(days=400))),
                       "plan": anything, "version": st.one_of(st.just("stale"), anything)}))
    def run(args: dict) -> None:
        what, next_due, plan, version = args["what"], args["next_due"], args["plan"], args["version"]
        plan_id = h.plan if plan == "plan" else plan
        before = desk.plans.open_plan(h.plan)
        if version in ("current", "stale"):
            version = before.version - (version == "stale")
        reviewed = attempt(lambda: desk.plans.record_review(plan_id, what, version, next_due))
        after = desk.plans.open_plan(h.plan)
        assert_plan_clean(after, h.today)
        if reviewed is None:
            assert after == before
        else:
            assert after.version == reviewed == before.version + 1
            assert after.last_reviewed_on == h.today and h.today < after.next_review_on
            assert after.reviews[0].what_changed and after.reviews[0].next_due == after.next_review_on
            assert_clean(after.reviews[0].what_changed, multiline=True)

    run()
    # every review set the next one after today: none is overdue (a chosen date may fall within the week)
    assert all(not row.overdue and row.next_review_on > desk.today() for row in desk.plans.reviews_due())
    audit_intact(desk)


def test_start_plan(desk: Desk):
    h = house(desk)
    people = {"here": h.here}

    @FUZZ
    @given(args=mixed({"resident": st.just("here"), "template": st.sampled_from([None, "template"])},
                      {"resident": st.one_of(st.sampled_from(["left", "planned"]), anything),
                       "template": st.one_of(st.just("retired"), anything)}))
    def run(args: dict) -> None:
        resident, template = args["resident"], args["template"]
        planned = desk.plans.open_plan(h.plan).resident_id
        resident_id = {"here": people["here"], "left": h.left, "planned": planned}.get(resident, resident) \
            if isinstance(resident, str) else resident
        template_id = {"template": h.template, "retired": h.retired}.get(template, template) \
            if isinstance(template, str) else template
        made = attempt(lambda: desk.plans.start_plan(resident_id, template_id))
        if made is not None:
            plan = desk.plans.open_plan(made)
            assert plan.resident_id == people["here"] and plan.template_id == h.template
            assert plan.version == 1 and len(plan.items) == 16
            people["here"] = take_in(desk, "Fuzz next")[0]  # someone new without a plan

    run()
    with desk.read() as session:
        per_person = session.execute(select(SafetyPlan.resident_id, func.count()).group_by(SafetyPlan.resident_id)
                                     .where(SafetyPlan.status == "active")).all()
    assert all(n == 1 for _, n in per_person) and h.left not in {r for r, _ in per_person}
    audit_intact(desk)
