"""What the safety-plan service takes and hands back (frozen dataclasses; aliases only, never legal names)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from shelter_desk.i18n import QT_TRANSLATE_NOOP

ITEM_STATUSES = (  # (code, label), in the order a plan moves through them
    ("not_started", QT_TRANSLATE_NOOP("choices", "Not started")),
    ("in_progress", QT_TRANSLATE_NOOP("choices", "In progress")),
    ("done", QT_TRANSLATE_NOOP("choices", "Done")),
    ("not_applicable", QT_TRANSLATE_NOOP("choices", "Not applicable")),
)
VERSION_REASONS = (
    ("made", QT_TRANSLATE_NOOP("choices", "Plan made")),
    ("saved", QT_TRANSLATE_NOOP("choices", "Saved")),
    ("reviewed", QT_TRANSLATE_NOOP("choices", "Reviewed")),
    ("items_added", QT_TRANSLATE_NOOP("choices", "New template items added")),
)
DEFAULT_REVIEW_DAYS = 30
MIN_REVIEW_DAYS, MAX_REVIEW_DAYS = 1, 365
DUE_SOON_DAYS = 7  # "due this week"


# --- templates ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateItemInfo:
    id: int
    text: str
    help_text: str


@dataclass(frozen=True)
class TemplateSectionInfo:
    id: int
    title: str
    items: tuple[TemplateItemInfo, ...]


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    description: str
    is_default: bool
    active: bool
    version: int
    sections: tuple[TemplateSectionInfo, ...]

    @property
    def item_count(self) -> int:
        return sum(len(s.items) for s in self.sections)


@dataclass
class ItemInput:
    """An item as edited in the template editor; ``id`` None for a new one."""

    text: str
    help_text: str = ""
    id: int | None = None


@dataclass
class SectionInput:
    title: str
    items: list[ItemInput] = field(default_factory=list)
    id: int | None = None


# --- plans --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanItemInfo:
    id: int
    text: str
    help_text: str
    status: str
    note: str
    status_on: date | None
    status_by: str


@dataclass(frozen=True)
class PlanSectionInfo:
    id: int
    title: str
    items: tuple[PlanItemInfo, ...]


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    reviewed_on: date
    reviewed_by: str
    what_changed: str
    next_due: date
    plan_version: int


@dataclass(frozen=True)
class VersionInfo:
    number: int
    saved_at: datetime
    saved_by: str
    reason: str


@dataclass(frozen=True)
class PlanInfo:
    id: int
    resident_id: int
    alias: str
    template_id: int | None
    template_name: str
    main_concern: str
    warning_signs: str
    developed_with_resident: bool
    completed_on: date | None
    review_every_days: int
    next_review_on: date
    last_reviewed_on: date | None
    status: str
    version: int
    made_by: str
    made_on: date
    sections: tuple[PlanSectionInfo, ...]
    reviews: tuple[ReviewInfo, ...]  # newest first
    versions: tuple[VersionInfo, ...]  # newest first
    new_template_items: int  # items added to its template since, that it can pull in
    overdue: bool

    @property
    def items(self) -> tuple[PlanItemInfo, ...]:
        return tuple(i for s in self.sections for i in s.items)

    @property
    def progress(self) -> tuple[int, int]:
        """(done, counted): items marked not applicable are not counted."""
        counted = [i for i in self.items if i.status != "not_applicable"]
        return sum(1 for i in counted if i.status == "done"), len(counted)


@dataclass
class ItemChange:
    item_id: int
    status: str
    note: str = ""


@dataclass
class PlanEdit:
    """What the plan screen saves: the plan's own fields and every item's status and note."""

    main_concern: str = ""
    warning_signs: str = ""
    developed_with_resident: bool = False
    completed_on: date | None = None
    review_every_days: int = DEFAULT_REVIEW_DAYS
    items: list[ItemChange] = field(default_factory=list)


@dataclass(frozen=True)
class PlanRow:
    """One line of the plans overview: a resident here now and her plan (or none yet)."""

    resident_id: int
    alias: str
    room: str
    plan_id: int | None
    template_name: str
    done: int
    counted: int
    last_reviewed_on: date | None
    next_review_on: date | None
    overdue: bool
    due_soon: bool  # due within a week (and not overdue)


@dataclass(frozen=True)
class PlanSnapshot:
    """An earlier version of a plan, as saved."""

    plan_id: int
    number: int
    saved_at: datetime
    saved_by: str
    reason: str
    data: dict  # the plan's fields and sections with items, as ``plan_snapshot`` writes them


@dataclass(frozen=True)
class PlanPrint:
    """What the printed plan for her holds: her alias, the sections and items, no staff help text."""

    alias: str
    template_name: str
    main_concern: str
    warning_signs: str
    next_review_on: date
    sections: tuple[PlanSectionInfo, ...]
