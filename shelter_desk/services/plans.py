"""Safety plans: templates, each resident's plan, reviews on a schedule, and every earlier version.

- Templates are kept by house managers and directors. A plan copies its template's
  sections and items when it is made, so editing a template never changes a plan; a plan
  can pull in items added to its template later (``add_new_template_items``).
- Everyone who works with residents reads and works on plans. Reading a whole plan, an
  earlier version or printing one is audited; every change is audited (record numbers only).
- Each save, review and pull keeps a version (the whole plan as JSON, inside the vault).
- Two windows on one plan never overwrite each other: every change carries the version it
  was made on, and a newer one in between refuses it (``StaleRecord``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelter_desk import audit
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.paths import resource
from shelter_desk.permissions import Permission
from shelter_desk.services.needs_common import check_count, rooms_of_residents
from shelter_desk.services.plan_views import (
    DEFAULT_REVIEW_DAYS,
    DUE_SOON_DAYS,
    ITEM_STATUSES,
    MAX_REVIEW_DAYS,
    MIN_REVIEW_DAYS,
    PlanEdit,
    PlanInfo,
    PlanItemInfo,
    PlanPrint,
    PlanRow,
    PlanSectionInfo,
    PlanSnapshot,
    ReviewInfo,
    SectionInput,
    TemplateInfo,
    TemplateItemInfo,
    TemplateSectionInfo,
    VersionInfo,
)
from shelter_desk.services.resident_views import StaleRecord
from shelter_desk.services.validation import check_date, clean_block, clean_line, is_record_id
from shelter_desk.storage.plan_models import (
    PlanItem,
    PlanReview,
    PlanSection,
    PlanTemplate,
    PlanVersion,
    SafetyPlan,
    TemplateItem,
    TemplateSection,
)
from shelter_desk.storage.resident_models import Resident, Stay

Translate = Callable[[str, str], str]
TEMPLATE_CONTEXT = "SafetyPlanTemplate"  # the default template's words, for translators
STATUS_CODES = {code for code, _label in ITEM_STATUSES}
MAX_SECTIONS, MAX_ITEMS = 40, 300


def default_template_file():  # noqa: ANN201
    return resource("templates", "safety-plan-default.json")


class PlanService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    # --- templates ----------------------------------------------------------------------------
    def templates(self, include_retired: bool = False) -> list[TemplateInfo]:
        """The templates, the default first. (The default one is installed by ``install_default_template``.)"""
        self.desk.require(Permission.SAFETY_PLANS)
        with self.desk.read() as session:
            query = select(PlanTemplate).order_by(PlanTemplate.is_default.desc(), PlanTemplate.name, PlanTemplate.id)
            if not include_retired:
                query = query.where(PlanTemplate.active.is_(True))
            return [self._template_info(session, t) for t in session.scalars(query)]

    def template(self, template_id: int) -> TemplateInfo:
        self.desk.require(Permission.SAFETY_PLANS)
        with self.desk.read() as session:
            return self._template_info(session, self._template(session, template_id))

    @staticmethod
    def _template(session: Session, template_id: int) -> PlanTemplate:
        template = session.get(PlanTemplate, template_id) if is_record_id(template_id) else None
        if template is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That safety-plan template no longer exists."))
        return template

    @staticmethod
    def _template_info(session: Session, template: PlanTemplate) -> TemplateInfo:
        sections = list(session.scalars(select(TemplateSection).where(
            TemplateSection.template_id == template.id, TemplateSection.active.is_(True))
            .order_by(TemplateSection.sort_order, TemplateSection.id)))
        items: dict[int, list[TemplateItemInfo]] = {s.id: [] for s in sections}
        if sections:
            for item in session.scalars(select(TemplateItem).where(
                    TemplateItem.section_id.in_(list(items)), TemplateItem.active.is_(True))
                    .order_by(TemplateItem.sort_order, TemplateItem.id)):
                items[item.section_id].append(TemplateItemInfo(item.id, item.text, item.help_text))
        return TemplateInfo(template.id, template.name, template.description, template.is_default, template.active,
                            template.version,
                            tuple(TemplateSectionInfo(s.id, s.title, tuple(items[s.id])) for s in sections))

    def install_default_template(self, tr: Translate | None = None) -> int | None:
        """Put in the house's default template (from resources/templates), in the program's language,
        if there is no template yet. Returns its id, or None when templates already exist.

        Anyone working on plans may do this once: the first plan needs a template.
        """
        self.desk.require(Permission.SAFETY_PLANS)
        translate = tr or (lambda _context, text: text)
        with self.desk.read() as session:
            if session.scalar(select(func.count()).select_from(PlanTemplate)):
                return None
        try:
            data = json.loads(default_template_file().read_text("utf-8"))
            sections = [SectionInput(translate(TEMPLATE_CONTEXT, s["title"]),
                                     [_item(translate(TEMPLATE_CONTEXT, i["text"]),
                                            translate(TEMPLATE_CONTEXT, i["help"]) if i.get("help") else "")
                                      for i in s["items"]]) for s in data["sections"]]
            name, description = data["name"], data["description"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ShelterDeskError(QT_TRANSLATE_NOOP(
                "errors", "The default safety-plan template that comes with Shelter Desk is missing or damaged. "
                          "A house manager can make a template under Safety plans → Templates, or reinstall the "
                          "program.")) from exc
        now = self.desk.now()
        with self.desk.write() as session:
            if session.scalar(select(func.count()).select_from(PlanTemplate)):
                return None  # another window got there first
            template = PlanTemplate(name=translate(TEMPLATE_CONTEXT, name),
                                    description=translate(TEMPLATE_CONTEXT, description),
                                    is_default=True, active=True, version=1, created_at=now, updated_at=now)
            session.add(template)
            session.flush()
            self._write_sections(session, template, sections)
            self.desk.record(session, audit.Action.PLAN_TEMPLATE_CHANGED, entity_type="plan_template",
                             entity_id=template.id, summary=f"default template #{template.id} installed")
            template_id = template.id
        self.desk.changed("plans")
        return template_id

    def add_template(self, name: str, description: str = "", copy_from: int | None = None) -> int:
        """A new template, empty or a copy of another (e.g. "with children" from the default)."""
        self.desk.require(Permission.MANAGE_PLAN_TEMPLATES)
        name = self._template_name(name)
        description = clean_line(description, field="description", label=QT_TRANSLATE_NOOP("fields", "the description"),
                                 max_length=500)
        now = self.desk.now()
        with self.desk.write() as session:
            self._check_unique_name(session, name)
            sections: list[SectionInput] = []
            if copy_from is not None:
                source = self._template_info(session, self._template(session, copy_from))
                sections = [SectionInput(s.title, [_item(i.text, i.help_text) for i in s.items]) for s in source.sections]
            has_default = session.scalar(select(func.count()).select_from(PlanTemplate).where(
                PlanTemplate.is_default.is_(True), PlanTemplate.active.is_(True)))
            template = PlanTemplate(name=name, description=description, is_default=not has_default, active=True,
                                    version=1, created_at=now, updated_at=now)
            session.add(template)
            session.flush()
            self._write_sections(session, template, sections)
            self.desk.record(session, audit.Action.PLAN_TEMPLATE_CHANGED, entity_type="plan_template",
                             entity_id=template.id, summary=f"template #{template.id} added"
                             + (f" as a copy of #{copy_from}" if copy_from is not None else ""))
            template_id = template.id
        self.desk.changed("plans")
        return template_id

    def update_template(self, template_id: int, name: str, description: str, sections: list[SectionInput],
                        version: int) -> int:
        """Save the whole template as edited (sections and items in the order given). Returns its new version.

        Sections and items left out are taken off the template (plans keep their copies).
        """
        self.desk.require(Permission.MANAGE_PLAN_TEMPLATES)
        name = self._template_name(name)
        description = clean_line(description, field="description", label=QT_TRANSLATE_NOOP("fields", "the description"),
                                 max_length=500)
        cleaned = self._clean_sections(sections)
        with self.desk.write() as session:
            template = self._template(session, template_id)
            if template.version != version:
                raise StaleRecord()
            self._check_unique_name(session, name, except_id=template.id)
            template.name, template.description = name, description
            self._write_sections(session, template, cleaned)
            template.version += 1
            template.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.PLAN_TEMPLATE_CHANGED, entity_type="plan_template",
                             entity_id=template.id, summary=f"template #{template.id} saved, version {template.version}")
            new_version = template.version
        self.desk.changed("plans")
        return new_version

    def set_default_template(self, template_id: int) -> None:
        self.desk.require(Permission.MANAGE_PLAN_TEMPLATES)
        with self.desk.write() as session:
            template = self._template(session, template_id)
            if not template.active:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "A template that is no longer used cannot be the default. Bring it back first."))
            for other in session.scalars(select(PlanTemplate).where(PlanTemplate.is_default.is_(True))):
                other.is_default = False
            template.is_default = True
            template.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.PLAN_TEMPLATE_CHANGED, entity_type="plan_template",
                             entity_id=template.id, summary=f"template #{template.id} is the default")
        self.desk.changed("plans")

    def set_template_active(self, template_id: int, active: bool) -> None:
        """Retire a template (no new plans from it; plans made from it stay) or bring it back."""
        self.desk.require(Permission.MANAGE_PLAN_TEMPLATES)
        with self.desk.write() as session:
            template = self._template(session, template_id)
            if not active and template.is_default:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "The default template cannot be retired. Make another template the default first."))
            template.active = bool(active)
            template.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.PLAN_TEMPLATE_CHANGED, entity_type="plan_template",
                             entity_id=template.id,
                             summary=f"template #{template.id} {'back in use' if active else 'retired'}")
        self.desk.changed("plans")

    @staticmethod
    def _template_name(name: str) -> str:
        return clean_line(name, field="name", label=QT_TRANSLATE_NOOP("fields", "the name"), max_length=120,
                          required=True)

    @staticmethod
    def _check_unique_name(session: Session, name: str, except_id: int | None = None) -> None:
        from shelter_desk.services.needs_common import same_name

        for other in session.scalars(select(PlanTemplate)):
            if other.id != except_id and same_name(other.name, name):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is already a template called {name}."),
                                      field="name", name=other.name)

    @staticmethod
    def _clean_sections(sections: list[SectionInput]) -> list[SectionInput]:
        if not isinstance(sections, list | tuple) or len(sections) > MAX_SECTIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A template has at most {n} sections."),
                                  field="sections", n=MAX_SECTIONS)
        cleaned, count = [], 0
        for section in sections:
            title = clean_line(getattr(section, "title", None), field="sections",
                               label=QT_TRANSLATE_NOOP("fields", "the section's title"), max_length=200, required=True)
            items = []
            given = getattr(section, "items", None) or []
            if not isinstance(given, list | tuple):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please check {label}."), field="sections",
                                      label=QT_TRANSLATE_NOOP("fields", "the sections"))
            for item in given:
                text = clean_line(getattr(item, "text", None), field="sections",
                                  label=QT_TRANSLATE_NOOP("fields", "the item"), max_length=500)
                if not text:
                    continue  # an empty line in the editor is not an item
                help_text = clean_block(getattr(item, "help_text", ""), field="sections",
                                        label=QT_TRANSLATE_NOOP("fields", "the help for staff"), max_length=1000)
                item_id = getattr(item, "id", None)
                items.append(_item(text, help_text, item_id if is_record_id(item_id) else None))
                count += 1
            section_id = getattr(section, "id", None)
            cleaned.append(SectionInput(title, items, section_id if is_record_id(section_id) else None))
        if count > MAX_ITEMS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A template has at most {n} items."), field="sections",
                                  n=MAX_ITEMS)
        return cleaned

    @staticmethod
    def _write_sections(session: Session, template: PlanTemplate, sections: list[SectionInput]) -> None:
        """Make the template's sections and items what ``sections`` says; what is left out is retired."""
        old_sections = {s.id: s for s in session.scalars(
            select(TemplateSection).where(TemplateSection.template_id == template.id))}
        kept_sections, kept_items = set(), set()
        old_items = {i.id: i for i in session.scalars(select(TemplateItem).where(
            TemplateItem.section_id.in_(list(old_sections) or [-1])))}
        for order, section in enumerate(sections):
            row = old_sections.get(section.id) if section.id not in kept_sections else None
            if row is None:
                row = TemplateSection(template_id=template.id, title=section.title, sort_order=order, active=True)
                session.add(row)
                session.flush()
            row.title, row.sort_order, row.active = section.title, order, True
            kept_sections.add(row.id)
            for item_order, item in enumerate(section.items):
                # An id given twice (a row copied in the editor) is the same item once, then a new one.
                item_row = old_items.get(item.id) if item.id not in kept_items else None
                if item_row is None:
                    item_row = TemplateItem(section_id=row.id, text=item.text, help_text=item.help_text,
                                            sort_order=item_order, active=True)
                    session.add(item_row)
                    session.flush()
                # A reworded item stays the same item: plans made before keep the words they were
                # made with, and are not offered the new wording as a second item.
                item_row.text = item.text
                item_row.section_id, item_row.help_text = row.id, item.help_text
                item_row.sort_order, item_row.active = item_order, True
                kept_items.add(item_row.id)
        for section_id, row in old_sections.items():
            if section_id not in kept_sections:
                row.active = False
        if old_sections:
            for item_row in session.scalars(select(TemplateItem).where(
                    TemplateItem.section_id.in_(list(old_sections)))):
                if item_row.id not in kept_items:
                    item_row.active = False

    # --- plans --------------------------------------------------------------------------------
    def start_plan(self, resident_id: int, template_id: int | None = None) -> int:
        """Make her plan from a template (the default when none is given). Returns the plan's id."""
        who = self.desk.require(Permission.SAFETY_PLANS)
        today, now = self.desk.today(), self.desk.now()
        with self.desk.write() as session:
            resident = self.desk.residents._resident(session, resident_id)
            if self.desk.residents._open_stay(session, resident.id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{alias} is not staying here now, so no plan can be made for her."), alias=resident.alias)
            if self._active_plan(session, resident.id) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{alias} already has a safety plan. Open it from her file."), alias=resident.alias)
            if template_id is None:
                template = session.scalars(select(PlanTemplate).where(
                    PlanTemplate.is_default.is_(True), PlanTemplate.active.is_(True))).first()
                if template is None:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "errors", "There is no safety-plan template yet. A house manager can make one."),
                        field="template")
            else:
                template = self._template(session, template_id)
                if not template.active:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "That template is no longer used."),
                                          field="template")
            info = self._template_info(session, template)
            plan = SafetyPlan(resident_id=resident.id, template_id=template.id, template_name=template.name,
                              review_every_days=DEFAULT_REVIEW_DAYS,
                              next_review_on=today + timedelta(days=DEFAULT_REVIEW_DAYS), status="active", version=1,
                              made_by=who.display_name, created_at=now, updated_at=now)
            session.add(plan)
            session.flush()
            for order, section in enumerate(info.sections):
                row = PlanSection(plan_id=plan.id, template_section_id=section.id, title=section.title,
                                  sort_order=order)
                session.add(row)
                session.flush()
                for item_order, item in enumerate(section.items):
                    session.add(PlanItem(plan_id=plan.id, section_id=row.id, template_item_id=item.id, text=item.text,
                                         help_text=item.help_text, sort_order=item_order, status="not_started"))
            session.flush()
            self._keep_version(session, plan, "made")
            self.desk.record(session, audit.Action.PLAN_MADE, entity_type="safety_plan", entity_id=plan.id,
                             summary=f"plan #{plan.id} for resident #{resident.id} from template #{template.id}")
            plan_id = plan.id
        self.desk.changed("plans")
        return plan_id

    @staticmethod
    def _active_plan(session: Session, resident_id: int) -> SafetyPlan | None:
        return session.scalars(select(SafetyPlan).where(SafetyPlan.resident_id == resident_id,
                                                        SafetyPlan.status == "active")).first()

    @staticmethod
    def _plan(session: Session, plan_id: int) -> SafetyPlan:
        plan = session.get(SafetyPlan, plan_id) if is_record_id(plan_id) else None
        if plan is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That safety plan no longer exists."))
        return plan

    def open_plan(self, plan_id: int) -> PlanInfo:
        """Her whole plan (an audited read)."""
        self.desk.require(Permission.SAFETY_PLANS)
        with self.desk.write() as session:
            plan = self._plan(session, plan_id)
            self.desk.record(session, audit.Action.PLAN_OPENED, entity_type="safety_plan", entity_id=plan.id,
                             summary=f"plan #{plan.id} read")
            return self._plan_info(session, plan)

    def plan_of(self, resident_id: int) -> PlanInfo | None:
        """Her plan in use, if she has one (an audited read when she has)."""
        self.desk.require(Permission.SAFETY_PLANS)
        with self.desk.read() as session:
            resident = self.desk.residents._resident(session, resident_id)
            plan = self._active_plan(session, resident.id)
            plan_id = plan.id if plan is not None else None
        return self.open_plan(plan_id) if plan_id is not None else None

    def _plan_info(self, session: Session, plan: SafetyPlan) -> PlanInfo:
        sections = list(session.scalars(select(PlanSection).where(PlanSection.plan_id == plan.id)
                                        .order_by(PlanSection.sort_order, PlanSection.id)))
        items: dict[int, list[PlanItemInfo]] = {s.id: [] for s in sections}
        for item in session.scalars(select(PlanItem).where(PlanItem.plan_id == plan.id)
                                    .order_by(PlanItem.sort_order, PlanItem.id)):
            items.setdefault(item.section_id, []).append(PlanItemInfo(
                item.id, item.text, item.help_text, item.status, item.note, item.status_on, item.status_by))
        reviews = tuple(ReviewInfo(r.id, r.reviewed_on, r.reviewed_by, r.what_changed, r.next_due, r.plan_version)
                        for r in session.scalars(select(PlanReview).where(PlanReview.plan_id == plan.id)
                                                 .order_by(PlanReview.id.desc())))
        versions = tuple(VersionInfo(v.number, v.saved_at, v.saved_by, v.reason)
                         for v in session.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan.id)
                                                  .order_by(PlanVersion.number.desc())))
        resident = session.get(Resident, plan.resident_id)
        return PlanInfo(
            id=plan.id, resident_id=plan.resident_id, alias=resident.alias if resident else "",
            template_id=plan.template_id, template_name=plan.template_name, main_concern=plan.main_concern,
            warning_signs=plan.warning_signs, developed_with_resident=plan.developed_with_resident,
            completed_on=plan.completed_on, review_every_days=plan.review_every_days,
            next_review_on=plan.next_review_on, last_reviewed_on=plan.last_reviewed_on, status=plan.status,
            version=plan.version, made_by=plan.made_by, made_on=plan.created_at.astimezone().date(),
            sections=tuple(PlanSectionInfo(s.id, s.title, tuple(items.get(s.id, []))) for s in sections),
            reviews=reviews, versions=versions,
            new_template_items=len(self._new_template_items(session, plan)) if plan.status == "active" else 0,
            overdue=plan.status == "active" and plan.next_review_on < self.desk.today())

    def save_plan(self, plan_id: int, edit: PlanEdit, version: int) -> int:
        """Save her plan as worked through (fields, and each item's status and note). Returns the new version."""
        who = self.desk.require(Permission.SAFETY_PLANS)
        today = self.desk.today()
        main_concern = clean_block(edit.main_concern, field="main_concern",
                                   label=QT_TRANSLATE_NOOP("fields", "the main concern"), max_length=4000)
        warning_signs = clean_block(edit.warning_signs, field="warning_signs",
                                    label=QT_TRANSLATE_NOOP("fields", "the warning signs"), max_length=4000)
        completed_on = check_date(edit.completed_on, field="completed_on",
                                  label=QT_TRANSLATE_NOOP("fields", "the day it was completed"), today=today,
                                  required=False)
        every = check_count(edit.review_every_days, field="review_every_days",
                            label=QT_TRANSLATE_NOOP("fields", "the days between reviews"), low=MIN_REVIEW_DAYS,
                            high=MAX_REVIEW_DAYS)
        changes = {}
        if not isinstance(edit.items or [], list | tuple):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose each item's state from the list."),
                                  field="items")
        for change in edit.items or []:
            if not is_record_id(getattr(change, "item_id", None)):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "An item of this plan no longer exists."),
                                      field="items")
            if getattr(change, "status", None) not in STATUS_CODES:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose each item's state from the list."),
                                      field="items")
            note = clean_block(getattr(change, "note", ""), field="items", label=QT_TRANSLATE_NOOP("fields", "the note"),
                               max_length=2000)
            changes[getattr(change, "item_id", None)] = (change.status, note)
        with self.desk.write() as session:
            plan = self._plan(session, plan_id)
            if plan.version != version:
                raise StaleRecord()
            if plan.status != "active":
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This plan was replaced by a newer one."))
            if completed_on is not None and completed_on < plan.created_at.astimezone().date():  # type: ignore[operator]
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "The plan cannot be completed before it was made ({day})."), field="completed_on",
                    day=plan.created_at.astimezone().date().isoformat())
            items = {i.id: i for i in session.scalars(select(PlanItem).where(PlanItem.plan_id == plan.id))}
            unknown = [k for k in changes if k not in items]
            if unknown:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "An item of this plan no longer exists."),
                                      field="items")
            changed_items = 0
            for item_id, (status, note) in changes.items():
                item = items[item_id]
                if (item.status, item.note) != (status, note):
                    item.status, item.note, item.status_on, item.status_by = status, note, today, who.display_name
                    changed_items += 1
            fields_changed = (plan.main_concern, plan.warning_signs, plan.developed_with_resident, plan.completed_on,
                              plan.review_every_days) != (main_concern, warning_signs, bool(edit.developed_with_resident),
                                                          completed_on, every)
            if not changed_items and not fields_changed:
                return plan.version
            if every != plan.review_every_days:
                base = plan.last_reviewed_on or plan.created_at.astimezone().date()
                # Only a date that followed the old rhythm moves; a date a reviewer chose stays.
                if plan.next_review_on == base + timedelta(days=plan.review_every_days):
                    plan.next_review_on = base + timedelta(days=every)
            plan.main_concern, plan.warning_signs = main_concern, warning_signs
            plan.developed_with_resident, plan.completed_on = bool(edit.developed_with_resident), completed_on
            plan.review_every_days = every
            plan.version += 1
            plan.updated_at = self.desk.now()
            self._keep_version(session, plan, "saved")
            self.desk.record(session, audit.Action.PLAN_SAVED, entity_type="safety_plan", entity_id=plan.id,
                             summary=f"plan #{plan.id} saved as version {plan.version}: {changed_items} items changed")
            new_version = plan.version
        self.desk.changed("plans")
        return new_version

    def record_review(self, plan_id: int, what_changed: str, version: int, next_due: date | None = None) -> int:
        """A review: who, when, what changed; the next one is due ``next_due`` (default: today + the plan's days)."""
        who = self.desk.require(Permission.SAFETY_PLANS)
        today = self.desk.today()
        what = clean_block(what_changed, field="what_changed", label=QT_TRANSLATE_NOOP("fields", "what changed"),
                           max_length=4000, required=True)
        if next_due is not None:
            next_due = check_date(next_due, field="next_due", label=QT_TRANSLATE_NOOP("fields", "the next review"),
                                  today=today, allow_future=True)  # type: ignore[assignment]
            if next_due <= today:  # type: ignore[operator]
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "The next review must be after today."),
                                      field="next_due")
            if next_due > today + timedelta(days=MAX_REVIEW_DAYS):  # type: ignore[operator]
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "The next review is more than a year away. Please check the date."), field="next_due")
        with self.desk.write() as session:
            plan = self._plan(session, plan_id)
            if plan.version != version:
                raise StaleRecord()
            if plan.status != "active":
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This plan was replaced by a newer one."))
            due = next_due or today + timedelta(days=plan.review_every_days)
            plan.last_reviewed_on, plan.next_review_on = today, due
            plan.version += 1
            plan.updated_at = self.desk.now()
            session.add(PlanReview(plan_id=plan.id, reviewed_on=today, reviewed_by=who.display_name,
                                   what_changed=what, next_due=due, plan_version=plan.version, at=self.desk.now()))
            self._keep_version(session, plan, "reviewed")
            self.desk.record(session, audit.Action.PLAN_REVIEWED, entity_type="safety_plan", entity_id=plan.id,
                             summary=f"plan #{plan.id} reviewed, next due {due.isoformat()}")
            new_version = plan.version
        self.desk.changed("plans")
        return new_version

    def add_new_template_items(self, plan_id: int, version: int) -> int:
        """Pull into her plan the items added to its template since it was made. Returns how many."""
        self.desk.require(Permission.SAFETY_PLANS)
        with self.desk.write() as session:
            plan = self._plan(session, plan_id)
            if plan.version != version:
                raise StaleRecord()
            if plan.status != "active":
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This plan was replaced by a newer one."))
            new = self._new_template_items(session, plan)
            if not new:
                return 0
            sections = {s.template_section_id: s for s in session.scalars(
                select(PlanSection).where(PlanSection.plan_id == plan.id)) if s.template_section_id is not None}
            last_section = session.scalar(select(func.max(PlanSection.sort_order))
                                          .where(PlanSection.plan_id == plan.id)) or 0
            for item, section in new:
                target = sections.get(section.id)
                if target is None:
                    last_section += 1
                    target = PlanSection(plan_id=plan.id, template_section_id=section.id, title=section.title,
                                         sort_order=last_section)
                    session.add(target)
                    session.flush()
                    sections[section.id] = target
                last = session.scalar(select(func.max(PlanItem.sort_order)).where(PlanItem.section_id == target.id))
                session.add(PlanItem(plan_id=plan.id, section_id=target.id, template_item_id=item.id, text=item.text,
                                     help_text=item.help_text, sort_order=(last or 0) + 1, status="not_started"))
            plan.version += 1
            plan.updated_at = self.desk.now()
            session.flush()
            self._keep_version(session, plan, "items_added")
            self.desk.record(session, audit.Action.PLAN_ITEMS_ADDED, entity_type="safety_plan", entity_id=plan.id,
                             summary=f"plan #{plan.id}: {len(new)} template items added")
            count = len(new)
        self.desk.changed("plans")
        return count

    @staticmethod
    def _new_template_items(session: Session, plan: SafetyPlan) -> list[tuple[TemplateItem, TemplateSection]]:
        if plan.template_id is None:
            return []
        have = set(session.scalars(select(PlanItem.template_item_id).where(
            PlanItem.plan_id == plan.id, PlanItem.template_item_id.is_not(None))))
        rows = session.execute(
            select(TemplateItem, TemplateSection).join(TemplateSection, TemplateSection.id == TemplateItem.section_id)
            .where(TemplateSection.template_id == plan.template_id, TemplateSection.active.is_(True),
                   TemplateItem.active.is_(True))
            .order_by(TemplateSection.sort_order, TemplateItem.sort_order, TemplateItem.id)).all()
        # Only items added after the plan was made: an item taken out of her plan's copy on purpose
        # does not exist (plans never drop items), so "not in the plan" means "new since".
        return [(item, section) for item, section in rows if item.id not in have]

    # --- versions -----------------------------------------------------------------------------
    def _keep_version(self, session: Session, plan: SafetyPlan, reason: str) -> None:
        who = self.desk.current.display_name if self.desk.current else "(Shelter Desk)"
        session.add(PlanVersion(plan_id=plan.id, number=plan.version, saved_at=self.desk.now(), saved_by=who,
                                reason=reason, snapshot=json.dumps(self._snapshot(session, plan), ensure_ascii=False)))

    @staticmethod
    def _snapshot(session: Session, plan: SafetyPlan) -> dict:
        sections = list(session.scalars(select(PlanSection).where(PlanSection.plan_id == plan.id)
                                        .order_by(PlanSection.sort_order, PlanSection.id)))
        items: dict[int, list[dict]] = {s.id: [] for s in sections}
        for item in session.scalars(select(PlanItem).where(PlanItem.plan_id == plan.id)
                                    .order_by(PlanItem.sort_order, PlanItem.id)):
            items.setdefault(item.section_id, []).append({
                "text": item.text, "status": item.status, "note": item.note,
                "status_on": item.status_on.isoformat() if item.status_on else None, "status_by": item.status_by})
        return {
            "template_name": plan.template_name, "main_concern": plan.main_concern,
            "warning_signs": plan.warning_signs, "developed_with_resident": plan.developed_with_resident,
            "completed_on": plan.completed_on.isoformat() if plan.completed_on else None,
            "review_every_days": plan.review_every_days, "next_review_on": plan.next_review_on.isoformat(),
            "last_reviewed_on": plan.last_reviewed_on.isoformat() if plan.last_reviewed_on else None,
            "sections": [{"title": s.title, "items": items.get(s.id, [])} for s in sections],
        }

    def plan_version(self, plan_id: int, number: int) -> PlanSnapshot:
        """An earlier version of her plan, as it was saved (an audited read)."""
        self.desk.require(Permission.SAFETY_PLANS)
        with self.desk.write() as session:
            plan = self._plan(session, plan_id)
            row = session.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan.id,
                                                            PlanVersion.number == number)).first() \
                if is_record_id(number) else None
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That version of the plan does not exist."))
            self.desk.record(session, audit.Action.PLAN_VERSION_VIEWED, entity_type="safety_plan", entity_id=plan.id,
                             summary=f"plan #{plan.id} version {row.number} read")
            return PlanSnapshot(plan.id, row.number, row.saved_at, row.saved_by, row.reason, json.loads(row.snapshot))

    # --- lists ----------------------------------------------------------------------------------
    def overview(self) -> list[PlanRow]:
        """Every resident here now and her plan's state (or none yet): progress, last review, next due."""
        self.desk.require(Permission.SAFETY_PLANS)
        today = self.desk.today()
        with self.desk.read() as session:
            here = session.execute(
                select(Resident.id, Resident.alias).join(Stay, Stay.resident_id == Resident.id)
                .where(Stay.exit_date.is_(None)).order_by(Resident.alias_key, Resident.id)).all()
            ids = [r[0] for r in here]
            plans = {p.resident_id: p for p in session.execute(
                select(SafetyPlan.id, SafetyPlan.resident_id, SafetyPlan.template_name, SafetyPlan.last_reviewed_on,
                       SafetyPlan.next_review_on)
                .where(SafetyPlan.status == "active"))} if ids else {}  # plans in use are few: no IN list
            counts: dict[int, tuple[int, int]] = {}
            if plans:
                for plan_id, status, n in session.execute(
                        select(PlanItem.plan_id, PlanItem.status, func.count())
                        .where(PlanItem.plan_id.in_([p.id for p in plans.values()]))
                        .group_by(PlanItem.plan_id, PlanItem.status)):
                    done, counted = counts.get(plan_id, (0, 0))
                    if status != "not_applicable":
                        counted += n
                        done += n if status == "done" else 0
                    counts[plan_id] = (done, counted)
            rooms = rooms_of_residents(session, ids)
        rows = []
        for rid, alias in here:
            plan = plans.get(rid)
            if plan is None:
                rows.append(PlanRow(rid, alias, rooms.get(rid, ""), None, "", 0, 0, None, None, False, False))
                continue
            done, counted = counts.get(plan.id, (0, 0))
            overdue = plan.next_review_on < today
            rows.append(PlanRow(rid, alias, rooms.get(rid, ""), plan.id, plan.template_name, done, counted,
                                plan.last_reviewed_on, plan.next_review_on, overdue,
                                not overdue and plan.next_review_on <= today + timedelta(days=DUE_SOON_DAYS)))
        return rows

    def reviews_due(self) -> list[PlanRow]:
        """Plans whose review is overdue or due within a week (residents here now), most overdue first."""
        rows = [r for r in self.overview() if r.overdue or r.due_soon]
        return sorted(rows, key=lambda r: (r.next_review_on or date.max, r.alias))

    # --- printing -------------------------------------------------------------------------------
    def plan_for_printing(self, plan_id: int) -> PlanPrint:
        """What her printed copy holds (alias only, no staff help, no shelter address). Audited as printed."""
        self.desk.require(Permission.SAFETY_PLANS)
        with self.desk.write() as session:
            plan = self._plan(session, plan_id)
            info = self._plan_info(session, plan)
            self.desk.record(session, audit.Action.PLAN_PRINTED, entity_type="safety_plan", entity_id=plan.id,
                             summary=f"plan #{plan.id} version {plan.version} printed for her")
        # Her copy: the staff's help text stays in the house.
        sections = tuple(replace(s, items=tuple(replace(i, help_text="") for i in s.items)) for s in info.sections)
        return PlanPrint(info.alias, info.template_name, info.main_concern, info.warning_signs, info.next_review_on,
                         sections)


def _item(text: str, help_text: str = "", item_id: int | None = None):  # noqa: ANN202
    from shelter_desk.services.plan_views import ItemInput

    return ItemInput(text=text, help_text=help_text, id=item_id)
