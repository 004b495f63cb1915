"""Safety plans on a real vault: templates, each resident's plan, reviews on a schedule (with an
injected clock), every earlier version, merging, printing and the audit event of each."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.permissions import Role
from shelter_desk.services.plan_views import (
    ITEM_STATUSES,
    ItemChange,
    ItemInput,
    PlanEdit,
    PlanInfo,
    SectionInput,
    TemplateInfo,
)
from shelter_desk.services.plans import (
    MAX_ITEMS,
    MAX_SECTIONS,
    TEMPLATE_CONTEXT,
    default_template_file,
)
from shelter_desk.services.resident_views import StaleRecord
from shelter_desk.storage.plan_models import SafetyPlan
from tests.conftest import DIRECTOR, DIRECTOR_PW, add_staff
from tests.unit.test_residents import (
    as_director,
    as_user,
    assert_audit_clean,
    events,
    last_event,
    take_in,
)
from tests.unit.vaulttools import assert_plain

ALIAS = "Noor Halvorsen"
CONCERN = "Her former partner Kestrel drives past the bus stop on Elm Road."
WARNING = "Calls from a blocked number before he turns up."
NOTE = "Keeps the hotline card in her left shoe."
REVIEW = "She moved to the evening shift at the bakery on Quay Lane."


# --- helpers -------------------------------------------------------------------------------------

def later(desk: Desk, clock, days: int) -> None:  # noqa: ANN001
    """Some days later, signed in again (a session lasts 12 hours)."""
    clock.advance(days=days)
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)


def inputs(info: TemplateInfo) -> list[SectionInput]:
    """What the template editor would hand back unchanged (ids kept)."""
    return [SectionInput(s.title, [ItemInput(i.text, i.help_text, i.id) for i in s.items], s.id)
            for s in info.sections]


def edit_of(plan: PlanInfo, changes: dict[int, tuple[str, str]] | None = None, **fields: object) -> PlanEdit:
    """What the plan screen saves: everything as shown, with ``changes`` {item id: (status, note)}."""
    changes = changes or {}
    items = [ItemChange(i.id, *changes.get(i.id, (i.status, i.note))) for i in plan.items]
    edit = PlanEdit(plan.main_concern, plan.warning_signs, plan.developed_with_resident, plan.completed_on,
                    plan.review_every_days, items)
    return replace(edit, **fields)


def texts(plan: PlanInfo) -> list[tuple[str, list[str]]]:
    return [(s.title, [i.text for i in s.items]) for s in plan.sections]


def with_plan(desk: Desk, alias: str = ALIAS, **take: object) -> tuple[int, int]:
    """The default template in, someone here now and her plan: (resident id, plan id)."""
    desk.plans.install_default_template()
    rid, _ = take_in(desk, alias, **take)  # type: ignore[arg-type]
    return rid, desk.plans.start_plan(rid)


def default_json() -> dict:
    return json.loads(default_template_file().read_text("utf-8"))


# --- the default template --------------------------------------------------------------------------

def test_default_template_installs_once_through_the_translation(desk):
    seen: list[tuple[str, str]] = []

    def shouting(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    template_id = desk.plans.install_default_template(shouting)
    assert template_id is not None
    data = default_json()
    info = desk.plans.template(template_id)
    assert (len(info.sections), info.item_count) == (6, 16)
    assert info.is_default and info.active and info.version == 1
    assert info.name == data["name"].upper() and info.description == data["description"].upper()
    for section, source in zip(info.sections, data["sections"], strict=True):
        assert section.title == source["title"].upper()
        for item, item_source in zip(section.items, source["items"], strict=True):
            assert item.text == item_source["text"].upper()
            assert item.help_text == item_source["help"].upper()
    # Every word went through the translation, with the translators' context.
    assert {context for context, _ in seen} == {TEMPLATE_CONTEXT}
    wanted = {data["name"], data["description"]} | {s["title"] for s in data["sections"]} | {
        i["text"] for s in data["sections"] for i in s["items"]} | {
        i["help"] for s in data["sections"] for i in s["items"] if i["help"]}
    assert {text for _, text in seen} == wanted
    event = last_event(desk, audit.Action.PLAN_TEMPLATE_CHANGED)
    assert event.entity_id == str(template_id) and event.summary == f"default template #{template_id} installed"

    # Never twice, whatever the language.
    assert desk.plans.install_default_template() is None
    assert desk.plans.install_default_template(shouting) is None
    assert [t.id for t in desk.plans.templates(include_retired=True)] == [template_id]
    assert len(events(desk, audit.Action.PLAN_TEMPLATE_CHANGED)) == 1


def test_default_template_without_a_translation_is_the_english_file(desk):
    template_id = desk.plans.install_default_template()
    info = desk.plans.template(template_id)
    data = default_json()
    assert [s.title for s in info.sections] == [s["title"] for s in data["sections"]]
    assert info.sections[0].items[0].text == data["sections"][0]["items"][0]["text"]
    assert info.sections[0].items[2].help_text == ""  # no help in the file: none invented
    assert desk.plans.templates() == [info]


def test_a_template_added_first_is_the_default_and_then_nothing_is_installed(desk):
    mine = desk.plans.add_template("Our plan")
    assert desk.plans.template(mine).is_default
    assert desk.plans.install_default_template() is None
    assert [t.name for t in desk.plans.templates()] == ["Our plan"]


# --- templates -----------------------------------------------------------------------------------

def test_add_template_empty_and_as_a_copy(desk):
    default = desk.plans.install_default_template()
    empty = desk.plans.add_template("  Trafficking \u202e specific ", "For  survivors of trafficking")
    info = desk.plans.template(empty)
    assert (info.name, info.description, info.sections, info.is_default, info.version) == (
        "Trafficking specific", "For survivors of trafficking", (), False, 1)
    copy = desk.plans.add_template("With children", copy_from=default)
    source, copied = desk.plans.template(default), desk.plans.template(copy)
    assert [(s.title, [(i.text, i.help_text) for i in s.items]) for s in copied.sections] == [
        (s.title, [(i.text, i.help_text) for i in s.items]) for s in source.sections]
    assert not {i.id for s in copied.sections for i in s.items} & {i.id for s in source.sections for i in s.items}
    assert not copied.is_default
    assert [t.id for t in desk.plans.templates()] == [default, empty, copy]  # the default first, then by name
    assert last_event(desk, audit.Action.PLAN_TEMPLATE_CHANGED).summary == f"template #{copy} added as a copy of #{default}"
    with pytest.raises(ValidationError) as caught:
        desk.plans.add_template("Copy of nothing", copy_from=99999)
    assert_plain(caught.value)
    with pytest.raises(ValidationError) as caught:
        desk.plans.add_template("   ")
    assert caught.value.field == "name"


def test_update_template_reorders_renames_adds_and_removes(desk):
    template_id = desk.plans.install_default_template()
    info = desk.plans.template(template_id)
    sections = inputs(info)
    first, second = sections[0], sections[1]
    kept_id = first.items[0].id
    reworded_id = first.items[1].id
    removed = first.items[2]
    first.items = [first.items[1], first.items[0]]  # reordered, the code-word item removed
    first.items[0].text = "One or two trusted contacts and the hotline number are on paper."  # reworded
    first.items[1].help_text = "Ask about night buses too."
    first.items.append(ItemInput("A neighbour she trusts knows to call 911.", "Only with her agreement."))
    first.title = "Safe places, people and neighbours"
    sections = [second, first, *sections[3:]]  # sections reordered, "Go-bag" taken off
    sections.append(SectionInput("Work", [ItemInput("Her employer knows whom not to let in.")]))
    new_version = desk.plans.update_template(template_id, "Safety plan (adults)", "Our house plan", sections,
                                             info.version)
    assert new_version == info.version + 1
    after = desk.plans.template(template_id)
    assert (after.name, after.description, after.version) == ("Safety plan (adults)", "Our house plan", new_version)
    assert [s.title for s in after.sections] == [
        "Children", "Safe places, people and neighbours", "Protection order and evidence", "Digital safety",
        "Daily life", "Work"]
    moved = after.sections[1]
    assert [i.text for i in moved.items] == [
        "One or two trusted contacts and the hotline number are on paper.",
        "Safe places and exit routes are known; a backup place to go is chosen.",
        "A neighbour she trusts knows to call 911."]
    assert moved.id == info.sections[0].id  # the same section, renamed
    assert moved.items[1].id == kept_id and moved.items[1].help_text == "Ask about night buses too."
    assert moved.items[0].id == reworded_id  # new words, the same item: plans keep theirs, no duplicate offered
    assert removed.id not in {i.id for s in after.sections for i in s.items}
    assert after.item_count == 16 - 4 - 1 + 1 + 1
    event = last_event(desk, audit.Action.PLAN_TEMPLATE_CHANGED)
    assert event.summary == f"template #{template_id} saved, version {new_version}"


def test_update_template_refuses_an_old_version_and_a_taken_name(desk):
    template_id = desk.plans.install_default_template()
    other = desk.plans.add_template("With children")
    info = desk.plans.template(template_id)
    desk.plans.update_template(template_id, info.name, "First window", inputs(info), info.version)
    with pytest.raises(StaleRecord) as caught:
        desk.plans.update_template(template_id, "Second window", "", [], info.version)
    assert_plain(caught.value)
    after = desk.plans.template(template_id)
    assert (after.name, after.description, after.item_count) == (info.name, "First window", 16)
    for taken in ("with CHILDREN", " Wíth children "):
        with pytest.raises(ValidationError) as caught:
            desk.plans.update_template(template_id, taken, "", inputs(after), after.version)
        assert caught.value.field == "name" and "With children" in caught.value.message
        with pytest.raises(ValidationError):
            desk.plans.add_template(taken)
    assert desk.plans.template(template_id).version == after.version
    # Its own name, written differently, is fine.
    desk.plans.update_template(other, "WITH children", "", [], desk.plans.template(other).version)
    assert desk.plans.template(other).name == "WITH children"


def test_update_template_skips_empty_lines_and_keeps_limits(desk):
    template_id = desk.plans.add_template("Short plan")
    version = desk.plans.template(template_id).version
    sections = [SectionInput(" Safe \t places ", [ItemInput(""), ItemInput("  A  way out \u200b"), ItemInput(" \n "),
                                                     ItemInput("Help", "  line one \r\n line two ")]),
                SectionInput("Nothing yet", [ItemInput("   ")])]
    version = desk.plans.update_template(template_id, "Short plan", "", sections, version)
    info = desk.plans.template(template_id)
    assert [(s.title, [(i.text, i.help_text) for i in s.items]) for s in info.sections] == [
        ("Safe places", [("A way out", ""), ("Help", "line one\nline two")]), ("Nothing yet", [])]

    def refused(sections: object, field: str = "sections", name: str = "Short plan", description: str = "") -> None:
        with pytest.raises(ValidationError) as caught:
            desk.plans.update_template(template_id, name, description, sections, version)  # type: ignore[arg-type]
        assert caught.value.field == field
        assert_plain(caught.value)

    refused([SectionInput("  ", [ItemInput("An item")])])  # a section needs a title
    refused([SectionInput(f"Part {n}") for n in range(MAX_SECTIONS + 1)])
    refused([SectionInput(f"Part {n}", [ItemInput(f"Item {n}.{m}") for m in range(40)]) for n in range(8)])
    assert 8 * 40 > MAX_ITEMS
    refused([SectionInput("S" * 201)])
    refused([SectionInput("Part", [ItemInput("x" * 501)])])
    refused([SectionInput("Part", [ItemInput("Item", "h" * 1001)])])
    refused([], field="name", name="n" * 121)
    refused([], field="name", name="")
    refused([], field="description", description="d" * 501)
    refused("not a list")
    refused([SectionInput("Part", 5)])  # type: ignore[arg-type]  # items that are not a list of items
    refused([SectionInput("Part", {"text": "An item"})])  # type: ignore[arg-type]
    refused([{"title": "Part", "items": []}])
    assert desk.plans.template(template_id).version == version  # nothing saved by any of them
    # At the limits exactly: fine.
    at_limit = [SectionInput(f"Part {n}", [ItemInput(f"Item {n}.{m}") for m in range(MAX_ITEMS // MAX_SECTIONS)])
                for n in range(MAX_SECTIONS)]
    desk.plans.update_template(template_id, "Short plan", "", at_limit, version)
    info = desk.plans.template(template_id)
    assert (len(info.sections), info.item_count) == (MAX_SECTIONS, MAX_SECTIONS * (MAX_ITEMS // MAX_SECTIONS))


def test_the_same_item_given_twice_is_not_lost(desk):
    template_id = desk.plans.add_template("Short plan")
    desk.plans.update_template(template_id, "Short plan", "", [SectionInput("A", [ItemInput("Code word")])], 1)
    info = desk.plans.template(template_id)
    item = info.sections[0].items[0]
    section = info.sections[0]
    # The editor copied a row (and its id) into a second section, and a section twice.
    twice = [SectionInput("A", [ItemInput(item.text, "", item.id)], section.id),
             SectionInput("B", [ItemInput(item.text, "", item.id)], section.id)]
    desk.plans.update_template(template_id, "Short plan", "", twice, info.version)
    after = desk.plans.template(template_id)
    assert [(s.title, [i.text for i in s.items]) for s in after.sections] == [("A", ["Code word"]),
                                                                              ("B", ["Code word"])]
    assert len({i.id for s in after.sections for i in s.items}) == 2


def test_one_default_and_retiring(desk):
    default = desk.plans.install_default_template()
    other = desk.plans.add_template("With children", copy_from=default)
    desk.plans.set_default_template(other)
    assert [(t.id, t.is_default) for t in desk.plans.templates()] == [(other, True), (default, False)]
    with pytest.raises(ValidationError) as caught:
        desk.plans.set_template_active(other, False)
    assert_plain(caught.value)
    desk.plans.set_template_active(default, False)
    assert [t.id for t in desk.plans.templates()] == [other]
    assert [t.id for t in desk.plans.templates(include_retired=True)] == [other, default]
    assert not desk.plans.template(default).active
    with pytest.raises(ValidationError):
        desk.plans.set_default_template(default)  # retired: cannot be the default
    assert desk.plans.template(other).is_default
    desk.plans.set_template_active(default, True)
    desk.plans.set_default_template(default)
    flags = {t.id: t.is_default for t in desk.plans.templates(include_retired=True)}
    assert flags == {default: True, other: False}
    summaries = [e.summary for e in events(desk, audit.Action.PLAN_TEMPLATE_CHANGED)]
    assert f"template #{default} retired" in summaries and f"template #{default} back in use" in summaries
    assert summaries[-1] == f"template #{default} is the default"
    with pytest.raises(ValidationError):
        desk.plans.template(99999)


def test_front_desk_may_use_templates_but_not_change_them(desk):
    default = desk.plans.install_default_template()
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    as_user(desk, "frontdesk")
    info = desk.plans.template(default)
    assert desk.plans.templates() == [info]
    denied = [
        lambda: desk.plans.add_template("Mine"),
        lambda: desk.plans.update_template(default, "Mine", "", inputs(info), info.version),
        lambda: desk.plans.set_default_template(default),
        lambda: desk.plans.set_template_active(default, False),
    ]
    for call in denied:
        before = len(events(desk, audit.Action.PERMISSION_DENIED))
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert_plain(caught.value)
        refusal = events(desk, audit.Action.PERMISSION_DENIED)
        assert len(refusal) == before + 1 and refusal[-1].actor_name == "frontdesk"
        assert "manage_plan_templates" in refusal[-1].summary
    # Front desk works on plans all the same.
    rid, _ = take_in(desk, ALIAS)
    plan_id = desk.plans.start_plan(rid)
    assert desk.plans.open_plan(plan_id).made_by == "Frontdesk"
    as_user(desk, "manager")
    copy = desk.plans.add_template("Mine", copy_from=default)
    desk.plans.set_default_template(copy)
    as_director(desk)
    assert desk.plans.template(default) == replace(info, is_default=False)


# --- a template edit never changes a plan already made -----------------------------------------

def test_template_edits_never_change_plans_and_new_items_are_pulled_on_request(desk, clock):
    rid, plan_id = with_plan(desk)
    plan = desk.plans.open_plan(plan_id)
    first = plan.items[0]
    desk.plans.save_plan(plan_id, edit_of(plan, {first.id: ("done", NOTE)}, main_concern=CONCERN), plan.version)
    before = desk.plans.open_plan(plan_id)
    assert before.new_template_items == 0

    template_id = before.template_id
    info = desk.plans.template(template_id)
    sections = inputs(info)
    sections[0].items[0].text = "Safe places and exit routes are known."  # reworded
    sections[0].items[1].help_text = "New help"  # help only: not new
    del sections[0].items[2]  # removed
    sections[1].items.append(ItemInput("Children know the code word.", "If she has children with her."))  # added
    sections[2].items.reverse()
    sections.reverse()
    sections[0].title = "Everyday life"
    sections.append(SectionInput("Work", [ItemInput("The employer knows whom not to let in.")]))  # new section
    desk.plans.update_template(template_id, "Adults", "", sections, info.version)

    after = desk.plans.open_plan(plan_id)
    assert replace(after, new_template_items=0) == before  # text, order, items, statuses, version
    assert after.new_template_items == 2  # the added item and the new section's; a reworded one is not new
    assert after.template_name == info.name  # the name it was made from

    new_version = after.version
    with pytest.raises(StaleRecord):
        desk.plans.add_new_template_items(plan_id, after.version - 1)
    assert desk.plans.add_new_template_items(plan_id, new_version) == 2
    pulled = desk.plans.open_plan(plan_id)
    assert pulled.version == new_version + 1 and pulled.new_template_items == 0
    assert pulled.versions[0].reason == "items_added"
    titles = [s.title for s in pulled.sections]
    assert titles == [s.title for s in before.sections] + ["Work"]  # her order kept; a new section at the end
    safe_places, children = pulled.sections[0], pulled.sections[1]
    assert [i.text for i in safe_places.items] == [i.text for i in before.sections[0].items]  # her words kept
    assert [i.text for i in children.items] == [i.text for i in before.sections[1].items] + [
        "Children know the code word."]
    assert children.items[-1].help_text == "If she has children with her." and children.items[-1].status == "not_started"
    assert [i.text for i in pulled.sections[-1].items] == ["The employer knows whom not to let in."]
    assert pulled.items[0] == first.__class__(first.id, first.text, first.help_text, "done", NOTE, desk.today(),
                                              "Dana Director")
    assert pulled.progress == (1, 18)
    event = last_event(desk, audit.Action.PLAN_ITEMS_ADDED)
    assert (event.entity_id, event.summary) == (str(plan_id), f"plan #{plan_id}: 2 template items added")

    # Nothing new: nothing happens.
    assert desk.plans.add_new_template_items(plan_id, pulled.version) == 0
    assert desk.plans.open_plan(plan_id).version == pulled.version
    assert len(events(desk, audit.Action.PLAN_ITEMS_ADDED)) == 1

    # A plan made now has the template as it is now; the older one is still as it was.
    other, _ = take_in(desk, "Second person")
    newer = desk.plans.open_plan(desk.plans.start_plan(other))
    assert texts(newer) == [(s.title, [i.text for i in s.items]) for s in desk.plans.template(template_id).sections]
    assert newer.new_template_items == 0 and newer.template_name == "Adults"


def test_a_retired_template_still_serves_its_plans(desk):
    rid, plan_id = with_plan(desk)
    template_id = desk.plans.open_plan(plan_id).template_id
    other = desk.plans.add_template("Other", copy_from=template_id)
    desk.plans.set_default_template(other)
    desk.plans.set_template_active(template_id, False)
    plan = desk.plans.open_plan(plan_id)
    assert plan.template_id == template_id and len(plan.items) == 16
    desk.plans.save_plan(plan_id, edit_of(plan, main_concern="x"), plan.version)


# --- starting a plan -----------------------------------------------------------------------------

def test_start_plan_from_the_default(desk, clock):
    with pytest.raises(ValidationError) as caught:
        desk.plans.start_plan(take_in(desk, "Early")[0])
    assert caught.value.field == "template" and "no safety-plan template" in caught.value.message
    assert_plain(caught.value)
    rid, plan_id = with_plan(desk)
    plan = desk.plans.plan_of(rid)
    template = desk.plans.template(plan.template_id)
    assert plan is not None and plan.id == plan_id
    assert (plan.resident_id, plan.alias, plan.status, plan.version, plan.made_by, plan.made_on) == (
        rid, ALIAS, "active", 1, "Dana Director", desk.today())
    assert (plan.review_every_days, plan.next_review_on, plan.last_reviewed_on) == (30, desk.today() + timedelta(30),
                                                                                    None)
    assert texts(plan) == [(s.title, [i.text for i in s.items]) for s in template.sections]
    assert [i.help_text for i in plan.items] == [i.help_text for s in template.sections for i in s.items]
    assert {(i.status, i.note, i.status_on, i.status_by) for i in plan.items} == {("not_started", "", None, "")}
    assert plan.reviews == () and [(v.number, v.reason) for v in plan.versions] == [(1, "made")]
    assert plan.progress == (0, 16) and not plan.overdue and plan.new_template_items == 0
    assert (plan.main_concern, plan.warning_signs, plan.developed_with_resident, plan.completed_on) == (
        "", "", False, None)
    event = last_event(desk, audit.Action.PLAN_MADE)
    assert event.summary == f"plan #{plan_id} for resident #{rid} from template #{template.id}"


def test_start_plan_rules(desk, clock):
    default = desk.plans.install_default_template()
    rid, _ = take_in(desk, ALIAS)
    left, stay = take_in(desk, "Gone", on=desk.today() - timedelta(days=5))
    desk.residents.record_exit(stay, desk.today(), 410)
    with pytest.raises(ValidationError) as caught:
        desk.plans.start_plan(left)
    assert "Gone is not staying here now" in caught.value.message
    with pytest.raises(ValidationError):
        desk.plans.start_plan(99999)
    children = desk.plans.add_template("With children")
    desk.plans.update_template(children, "With children", "", [SectionInput("Children", [ItemInput("Code word")])], 1)
    retired = desk.plans.add_template("Old")
    desk.plans.set_template_active(retired, False)
    with pytest.raises(ValidationError) as caught:
        desk.plans.start_plan(rid, retired)
    assert caught.value.field == "template"
    with pytest.raises(ValidationError):
        desk.plans.start_plan(rid, 99999)
    plan_id = desk.plans.start_plan(rid, children)
    plan = desk.plans.open_plan(plan_id)
    assert (plan.template_id, plan.template_name, texts(plan)) == (children, "With children",
                                                                   [("Children", ["Code word"])])
    # One plan in use per person: a plain message...
    with pytest.raises(ValidationError) as caught:
        desk.plans.start_plan(rid, default)
    assert caught.value.message == f"{ALIAS} already has a safety plan. Open it from her file."
    # ...and the database itself refuses a second one.
    with pytest.raises(IntegrityError), desk.write() as session:
        session.add(SafetyPlan(resident_id=rid, template_id=default, template_name="x", next_review_on=desk.today(),
                               status="active", created_at=desk.now(), updated_at=desk.now()))
        session.flush()
    assert [r.plan_id for r in desk.plans.overview() if r.resident_id == rid] == [plan_id]
    assert len(events(desk, audit.Action.PLAN_MADE)) == 1


# --- saving a plan -------------------------------------------------------------------------------

def test_save_plan_sets_who_and_when_only_on_changed_items(desk, clock):
    rid, plan_id = with_plan(desk)
    plan = desk.plans.open_plan(plan_id)
    a, b, c = plan.items[0], plan.items[1], plan.items[2]
    version = desk.plans.save_plan(plan_id, edit_of(plan, {a.id: ("done", NOTE), b.id: ("in_progress", "")},
                                                    main_concern=f"  {CONCERN}\r\n\r\n\r\n\r\nmore  ",
                                                    warning_signs=WARNING, developed_with_resident=True),
                                   plan.version)
    assert version == plan.version + 1
    saved = desk.plans.open_plan(plan_id)
    first_day = desk.today()
    assert (saved.main_concern, saved.warning_signs, saved.developed_with_resident) == (f"{CONCERN}\n\nmore",
                                                                                         WARNING, True)
    items = {i.id: i for i in saved.items}
    assert (items[a.id].status, items[a.id].note, items[a.id].status_on, items[a.id].status_by) == (
        "done", NOTE, first_day, "Dana Director")
    assert (items[b.id].status, items[b.id].status_on) == ("in_progress", first_day)
    assert (items[c.id].status, items[c.id].status_on, items[c.id].status_by) == ("not_started", None, "")
    event = last_event(desk, audit.Action.PLAN_SAVED)
    assert event.summary == f"plan #{plan_id} saved as version {version}: 2 items changed"

    # Days later, someone else changes one note: only that item gets the new day and name.
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    clock.advance(days=3)
    as_user(desk, "manager")
    saved = desk.plans.open_plan(plan_id)
    version = desk.plans.save_plan(plan_id, edit_of(saved, {b.id: ("in_progress", "Bag at her sister's.")}),
                                   saved.version)
    items = {i.id: i for i in desk.plans.open_plan(plan_id).items}
    assert (items[b.id].note, items[b.id].status_on, items[b.id].status_by) == ("Bag at her sister's.",
                                                                                  desk.today(), "Manager")
    assert (items[a.id].status_on, items[a.id].status_by) == (first_day, "Dana Director")
    # Only some items handed in: the rest stay as they are.
    saved = desk.plans.open_plan(plan_id)
    desk.plans.save_plan(plan_id, PlanEdit(saved.main_concern, saved.warning_signs, True, None, 30,
                                           [ItemChange(c.id, "not_applicable")]), version)
    items = {i.id: i for i in desk.plans.open_plan(plan_id).items}
    assert items[c.id].status == "not_applicable" and items[a.id].status == "done"
    assert desk.plans.open_plan(plan_id).progress == (1, 15)


def test_completed_on_and_review_days(desk, clock):
    rid, plan_id = with_plan(desk)
    made = desk.today()
    later(desk, clock, 10)
    plan = desk.plans.open_plan(plan_id)

    def refused(field: str, **fields: object) -> None:
        with pytest.raises(ValidationError) as caught:
            desk.plans.save_plan(plan_id, edit_of(plan, **fields), plan.version)
        assert caught.value.field == field, caught.value.message
        assert_plain(caught.value)

    refused("completed_on", completed_on=desk.today() + timedelta(days=1))
    refused("completed_on", completed_on=made - timedelta(days=1))
    refused("completed_on", completed_on="2026-01-05")
    for days in (0, 366, -5, True, "14", 14.0, None):
        refused("review_every_days", review_every_days=days)
    assert desk.plans.open_plan(plan_id) == plan  # nothing saved

    version = desk.plans.save_plan(plan_id, edit_of(plan, completed_on=made, review_every_days=14), plan.version)
    plan = desk.plans.open_plan(plan_id)
    assert (plan.completed_on, plan.review_every_days, plan.next_review_on) == (made, 14, made + timedelta(14))
    version = desk.plans.save_plan(plan_id, edit_of(plan, completed_on=desk.today(), review_every_days=7), version)
    plan = desk.plans.open_plan(plan_id)
    assert plan.next_review_on == made + timedelta(7) and plan.overdue  # from the day it was made: 3 days late
    # After a review, the days count from the review.
    version = desk.plans.record_review(plan_id, REVIEW, version)
    plan = desk.plans.open_plan(plan_id)
    version = desk.plans.save_plan(plan_id, edit_of(plan, review_every_days=365), version)
    assert desk.plans.open_plan(plan_id).next_review_on == desk.today() + timedelta(365)
    version = desk.plans.save_plan(plan_id, edit_of(desk.plans.open_plan(plan_id), review_every_days=1), version)
    assert desk.plans.open_plan(plan_id).next_review_on == desk.today() + timedelta(1)


def test_save_plan_refuses_an_old_version_unknown_items_and_odd_states(desk, clock):
    rid, plan_id = with_plan(desk)
    other_rid, other_plan = with_plan(desk, "Second person")
    plan = desk.plans.open_plan(plan_id)
    item = plan.items[0]
    # Two windows: the first saves, the second is told and saves nothing.
    desk.plans.save_plan(plan_id, edit_of(plan, {item.id: ("done", "first window")}), plan.version)
    saved = desk.plans.open_plan(plan_id)
    with pytest.raises(StaleRecord) as caught:
        desk.plans.save_plan(plan_id, edit_of(plan, {item.id: ("in_progress", "second window")}, main_concern="x"),
                             plan.version)
    assert_plain(caught.value)
    assert desk.plans.open_plan(plan_id) == saved

    foreign = desk.plans.open_plan(other_plan).items[0].id
    for changes in ([ItemChange(foreign, "done")], [ItemChange(99999, "done")], [ItemChange(None, "done")],  # type: ignore[arg-type]
                    [ItemChange([item.id], "done")], 5, "done", [None]):  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as caught:
            desk.plans.save_plan(plan_id, PlanEdit(items=changes), saved.version)
        assert caught.value.field == "items"
    for status in ("finished", "", None, "DONE", 2):
        with pytest.raises(ValidationError) as caught:
            desk.plans.save_plan(plan_id, PlanEdit(items=[ItemChange(item.id, status)]), saved.version)  # type: ignore[arg-type]
        assert caught.value.field == "items"
    with pytest.raises(ValidationError):
        desk.plans.save_plan(plan_id, PlanEdit(items=[ItemChange(item.id, "done", "n" * 2001)]), saved.version)
    with pytest.raises(ValidationError):
        desk.plans.save_plan(99999, edit_of(saved), saved.version)
    assert desk.plans.open_plan(plan_id) == saved
    assert desk.plans.open_plan(other_plan).items[0].status == "not_started"

    # Saving what is shown, unchanged: the same version, no version kept, nothing audited.
    saves = len(events(desk, audit.Action.PLAN_SAVED))
    assert desk.plans.save_plan(plan_id, edit_of(saved), saved.version) == saved.version
    assert desk.plans.save_plan(plan_id, edit_of(saved, main_concern="  "), saved.version) == saved.version
    again = desk.plans.open_plan(plan_id)
    assert (again.version, again.versions) == (saved.version, saved.versions)
    assert len(events(desk, audit.Action.PLAN_SAVED)) == saves


# --- reviews -------------------------------------------------------------------------------------

def test_record_review_sets_the_next_one(desk, clock):
    rid, plan_id = with_plan(desk)
    later(desk, clock, 31)
    plan = desk.plans.open_plan(plan_id)
    assert plan.overdue
    today = desk.today()

    def refused(field: str, what: object = REVIEW, next_due: object = None) -> None:
        with pytest.raises(ValidationError) as caught:
            desk.plans.record_review(plan_id, what, plan.version, next_due)  # type: ignore[arg-type]
        assert caught.value.field == field, caught.value.message
        assert_plain(caught.value)

    refused("what_changed", " \n ")
    refused("what_changed", None)
    refused("next_due", next_due=today)
    refused("next_due", next_due=today - timedelta(days=3))
    refused("next_due", next_due=today + timedelta(days=366))
    refused("next_due", next_due="2026-03-01")
    with pytest.raises(StaleRecord):
        desk.plans.record_review(plan_id, REVIEW, plan.version - 1)
    assert desk.plans.open_plan(plan_id) == plan

    version = desk.plans.record_review(plan_id, f"  {REVIEW}  ", plan.version)
    assert version == plan.version + 1
    reviewed = desk.plans.open_plan(plan_id)
    assert (reviewed.last_reviewed_on, reviewed.next_review_on, reviewed.overdue) == (today, today + timedelta(30),
                                                                                      False)
    assert [(r.reviewed_on, r.reviewed_by, r.what_changed, r.next_due, r.plan_version) for r in reviewed.reviews] == [
        (today, "Dana Director", REVIEW, today + timedelta(30), version)]
    assert reviewed.versions[0].number == version and reviewed.versions[0].reason == "reviewed"
    event = last_event(desk, audit.Action.PLAN_REVIEWED)
    assert event.summary == f"plan #{plan_id} reviewed, next due {(today + timedelta(30)).isoformat()}"

    # A chosen day: after today and within a year.
    later(desk, clock, 2)
    chosen = desk.today() + timedelta(days=365)
    version = desk.plans.record_review(plan_id, "Checked again.", version, chosen)
    reviewed = desk.plans.open_plan(plan_id)
    assert (reviewed.last_reviewed_on, reviewed.next_review_on) == (desk.today(), chosen)
    assert [r.what_changed for r in reviewed.reviews] == ["Checked again.", REVIEW]  # newest first
    desk.plans.record_review(plan_id, "Soon again.", version, desk.today() + timedelta(days=1))
    assert desk.plans.open_plan(plan_id).next_review_on == desk.today() + timedelta(days=1)


def test_reviews_due_this_week_and_overdue_most_overdue_first(desk, clock):
    desk.plans.install_default_template()
    desk.beds.add_room("Room 1", beds=3)
    bed = desk.beds.rooms()[0].beds[0].id
    first, _ = take_in(desk, "Amara", bed=bed)
    first_plan = desk.plans.start_plan(first)
    later(desk, clock, 5)
    second, _ = take_in(desk, "Beatriz")
    second_plan = desk.plans.start_plan(second)
    later(desk, clock, 10)
    third, _ = take_in(desk, "Chioma")
    third_plan = desk.plans.start_plan(third)
    no_plan, _ = take_in(desk, "Dalia")
    gone, stay = take_in(desk, "Eun-ji")
    desk.plans.start_plan(gone)
    desk.residents.record_exit(stay, desk.today(), 410)
    assert desk.plans.reviews_due() == []

    # Day 23: Amara's review (day 30) is due within the week; Beatriz's (day 35) is not yet.
    later(desk, clock, 8)
    due = desk.plans.reviews_due()
    assert [(r.alias, r.overdue, r.due_soon) for r in due] == [("Amara", False, True)]
    # Day 39: Amara 9 days late, Beatriz 4 days late, Chioma (day 45) due within the week.
    later(desk, clock, 16)
    today = desk.today()
    due = desk.plans.reviews_due()
    assert [(r.alias, r.plan_id, r.overdue, r.due_soon, r.next_review_on) for r in due] == [
        ("Amara", first_plan, True, False, today - timedelta(9)), ("Beatriz", second_plan, True, False,
                                                                   today - timedelta(4)),
        ("Chioma", third_plan, False, True, today + timedelta(6))]
    assert due[0].room and due[0].template_name == "Safety plan"

    # Her review is recorded: she leaves the list.
    desk.plans.record_review(first_plan, REVIEW, desk.plans.open_plan(first_plan).version)
    assert [r.alias for r in desk.plans.reviews_due()] == ["Beatriz", "Chioma"]

    # The overview: everyone here now, with a plan or not, with progress.
    plan = desk.plans.open_plan(second_plan)
    a, b, c = plan.items[:3]
    desk.plans.save_plan(second_plan, edit_of(plan, {a.id: ("done", ""), b.id: ("not_applicable", ""),
                                                     c.id: ("in_progress", "")}), plan.version)
    rows = {r.alias: r for r in desk.plans.overview()}
    assert set(rows) == {"Amara", "Beatriz", "Chioma", "Dalia"}  # Eun-ji left
    assert (rows["Beatriz"].done, rows["Beatriz"].counted) == (1, 15)
    assert (rows["Amara"].done, rows["Amara"].counted, rows["Amara"].last_reviewed_on) == (0, 16, today)
    assert rows["Amara"].next_review_on == today + timedelta(30) and not rows["Amara"].overdue
    dalia = rows["Dalia"]
    assert (dalia.resident_id, dalia.plan_id, dalia.template_name, dalia.done, dalia.counted, dalia.next_review_on,
            dalia.overdue, dalia.due_soon) == (no_plan, None, "", 0, 0, None, False, False)
    assert rows["Amara"].room and rows["Chioma"].room == ""
    assert rows["Chioma"].template_name == "Safety plan"


# --- versions ------------------------------------------------------------------------------------

def test_every_change_keeps_a_version_that_reads_back_as_it_was(desk, clock):
    rid, plan_id = with_plan(desk)
    plan = desk.plans.open_plan(plan_id)
    first = plan.items[0]
    v2 = desk.plans.save_plan(plan_id, edit_of(plan, {first.id: ("in_progress", NOTE)}, main_concern=CONCERN),
                              plan.version)
    later(desk, clock, 3)
    v3 = desk.plans.save_plan(plan_id, edit_of(desk.plans.open_plan(plan_id), {first.id: ("done", NOTE)}), v2)
    v4 = desk.plans.record_review(plan_id, REVIEW, v3)
    info = desk.plans.template(plan.template_id)
    sections = inputs(info)
    sections[0].items.append(ItemInput("A spare phone is charged."))
    desk.plans.update_template(info.id, info.name, "", sections, info.version)
    desk.plans.add_new_template_items(plan_id, v4)
    now = desk.plans.open_plan(plan_id)
    assert [(v.number, v.reason, v.saved_by) for v in now.versions] == [
        (5, "items_added", "Dana Director"), (4, "reviewed", "Dana Director"), (3, "saved", "Dana Director"),
        (2, "saved", "Dana Director"), (1, "made", "Dana Director")]
    assert now.version == 5

    made = desk.plans.plan_version(plan_id, 1)
    assert (made.plan_id, made.number, made.reason) == (plan_id, 1, "made")
    assert made.data["main_concern"] == "" and made.data["last_reviewed_on"] is None
    assert all(i["status"] == "not_started" for s in made.data["sections"] for i in s["items"])
    assert sum(len(s["items"]) for s in made.data["sections"]) == 16
    second = desk.plans.plan_version(plan_id, 2)
    item = second.data["sections"][0]["items"][0]
    assert (item["text"], item["status"], item["note"], item["status_by"]) == (first.text, "in_progress", NOTE,
                                                                               "Dana Director")
    assert second.data["main_concern"] == CONCERN
    third = desk.plans.plan_version(plan_id, 3)
    assert third.data["sections"][0]["items"][0]["status"] == "done"
    assert third.data["sections"][0]["items"][0]["status_on"] == desk.today().isoformat()
    assert desk.plans.plan_version(plan_id, 4).data["last_reviewed_on"] == desk.today().isoformat()
    fifth = desk.plans.plan_version(plan_id, 5)
    assert fifth.data["sections"][0]["items"][-1]["text"] == "A spare phone is charged."
    assert sum(len(s["items"]) for s in fifth.data["sections"]) == 17
    viewed = events(desk, audit.Action.PLAN_VERSION_VIEWED)
    assert [e.summary for e in viewed] == [f"plan #{plan_id} version {n} read" for n in (1, 2, 3, 4, 5)]
    assert all(e.entity_id == str(plan_id) for e in viewed)
    for number in (0, 6, -1, True, "1", None):
        with pytest.raises(ValidationError) as caught:
            desk.plans.plan_version(plan_id, number)  # type: ignore[arg-type]
        assert_plain(caught.value)


# --- audit ---------------------------------------------------------------------------------------

def test_audit_keeps_record_numbers_never_what_was_typed(desk, clock):
    template_id = desk.plans.install_default_template()
    copy = desk.plans.add_template("Kestrel family plan", "For the Halvorsen household", copy_from=template_id)
    info = desk.plans.template(copy)
    sections = inputs(info)
    sections[0].items.append(ItemInput("Noor's cousin in Tromsø is the backup place.", "Call Kestrel's sister."))
    desk.plans.update_template(copy, "Kestrel family plan", "", sections, info.version)
    rid, _ = take_in(desk, ALIAS, legal_name="Noor Ingrid Halvorsen")
    assert desk.plans.plan_of(rid) is None
    assert events(desk, audit.Action.PLAN_OPENED) == []  # no plan: nothing read
    plan_id = desk.plans.start_plan(rid, copy)
    plan = desk.plans.plan_of(rid)
    version = desk.plans.save_plan(plan_id, edit_of(plan, {plan.items[0].id: ("done", NOTE)}, main_concern=CONCERN,
                                                    warning_signs=WARNING), plan.version)
    version = desk.plans.record_review(plan_id, REVIEW, version)
    info = desk.plans.template(copy)
    sections = inputs(info)
    sections[1].items.append(ItemInput("Kestrel's car plate is on the board at the front desk."))
    desk.plans.update_template(copy, "Kestrel family plan", "", sections, info.version)
    assert desk.plans.add_new_template_items(plan_id, version) == 1
    desk.plans.plan_version(plan_id, 2)
    desk.plans.plan_for_printing(plan_id)
    for action in (audit.Action.PLAN_MADE, audit.Action.PLAN_OPENED, audit.Action.PLAN_SAVED,
                   audit.Action.PLAN_REVIEWED, audit.Action.PLAN_ITEMS_ADDED, audit.Action.PLAN_VERSION_VIEWED,
                   audit.Action.PLAN_PRINTED):
        event = last_event(desk, action)
        assert (event.entity_type, event.entity_id) == ("safety_plan", str(plan_id)), action
        assert event.actor_name == DIRECTOR
    assert {e.entity_id for e in events(desk, audit.Action.PLAN_TEMPLATE_CHANGED)} == {str(template_id), str(copy)}
    assert_audit_clean(desk, ALIAS, "Noor", "Halvorsen", "Kestrel", "Tromsø", NOTE, CONCERN, WARNING, REVIEW,
                       "hotline card", "bakery")


# --- merging two records of one person ------------------------------------------------------------

def test_merge_moves_her_plan_to_the_kept_record(desk, clock):
    desk.plans.install_default_template()
    duplicate, stay = take_in(desk, ALIAS, on=desk.today() - timedelta(days=20))
    plan_id = desk.plans.start_plan(duplicate)
    desk.residents.record_exit(stay, desk.today(), 410)
    later(desk, clock, 2)
    kept, _ = take_in(desk, "Noor H.")
    desk.residents.merge(kept, duplicate)
    plan = desk.plans.plan_of(kept)
    assert plan is not None and (plan.id, plan.resident_id, plan.status) == (plan_id, kept, "active")
    assert desk.plans.plan_of(duplicate).id == plan_id  # the merged record leads to the kept one
    assert [r.plan_id for r in desk.plans.overview()] == [plan_id]
    with pytest.raises(ValidationError):
        desk.plans.start_plan(kept)  # she has her plan already


def test_merge_with_a_plan_on_both_records_closes_the_duplicates(desk, clock):
    desk.plans.install_default_template()
    duplicate, stay = take_in(desk, "Noor H.", on=desk.today() - timedelta(days=20))
    dup_plan = desk.plans.start_plan(duplicate)
    desk.residents.record_exit(stay, desk.today(), 410)
    later(desk, clock, 2)
    kept, _ = take_in(desk, ALIAS)
    kept_plan = desk.plans.start_plan(kept)
    desk.residents.merge(kept, duplicate)
    assert desk.plans.plan_of(kept).id == kept_plan
    closed = desk.plans.open_plan(dup_plan)
    assert (closed.resident_id, closed.status, closed.overdue) == (kept, "closed", False)
    with pytest.raises(ValidationError) as caught:
        desk.plans.save_plan(dup_plan, edit_of(closed, main_concern="x"), closed.version)
    assert "replaced" in caught.value.message
    with pytest.raises(ValidationError):
        desk.plans.record_review(dup_plan, REVIEW, closed.version)
    with pytest.raises(ValidationError):
        desk.plans.add_new_template_items(dup_plan, closed.version)
    assert [r.plan_id for r in desk.plans.overview()] == [kept_plan]


# --- printing ------------------------------------------------------------------------------------

def test_plan_for_printing_holds_her_alias_sections_and_items_only(desk):
    rid, plan_id = with_plan(desk, legal_name="Noor Ingrid Halvorsen")
    plan = desk.plans.open_plan(plan_id)
    desk.plans.save_plan(plan_id, edit_of(plan, {plan.items[0].id: ("done", NOTE)}, main_concern=CONCERN,
                                          warning_signs=WARNING), plan.version)
    printed = desk.plans.plan_for_printing(plan_id)
    assert (printed.alias, printed.template_name, printed.main_concern, printed.warning_signs,
            printed.next_review_on) == (ALIAS, "Safety plan", CONCERN, WARNING, plan.next_review_on)
    assert [(s.title, [i.text for i in s.items]) for s in printed.sections] == texts(plan)
    assert printed.sections[0].items[0].status == "done" and printed.sections[0].items[0].note == NOTE
    assert all(i.help_text == "" for s in printed.sections for i in s.items)  # staff help stays in the house
    assert "Noor Ingrid" not in repr(printed)
    event = last_event(desk, audit.Action.PLAN_PRINTED)
    assert (event.entity_id, event.summary) == (str(plan_id), f"plan #{plan_id} version 2 printed for her")
    with pytest.raises(ValidationError):
        desk.plans.plan_for_printing(99999)


def test_statuses_are_the_four_of_the_design():
    assert [code for code, _ in ITEM_STATUSES] == ["not_started", "in_progress", "done", "not_applicable"]


def test_reading_a_plan_is_audited(desk):
    rid, plan_id = with_plan(desk)
    before = len(events(desk, audit.Action.PLAN_OPENED))
    desk.plans.open_plan(plan_id)
    desk.plans.plan_of(rid)
    opened = events(desk, audit.Action.PLAN_OPENED)[before:]
    assert [(e.entity_id, e.summary) for e in opened] == [(str(plan_id), f"plan #{plan_id} read")] * 2
    with pytest.raises(ValidationError):
        desk.plans.open_plan(99999)
    with pytest.raises(ValidationError):
        desk.plans.plan_of(99999)
