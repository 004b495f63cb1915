"""Safety plans: the templates house managers keep, each resident's plan, its reviews and versions.

A plan is made from a template by copying its sections and items, so changing the
template never changes a plan already made (``template_item_id`` lets a plan pull in
items added to its template later, on request). Every save keeps a version: the whole
plan as it was, so any earlier version can be read again.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.storage.models import Base, Timestamps, UTCDateTime


class PlanTemplate(Timestamps, Base):
    __tablename__ = "plan_template"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(String(500), default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)  # bumped on every edit


class TemplateSection(Base):
    __tablename__ = "plan_template_section"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("plan_template.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TemplateItem(Base):
    __tablename__ = "plan_template_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("plan_template_section.id"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    help_text: Mapped[str] = mapped_column(String(1000), default="")  # for staff, never printed for her
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SafetyPlan(Timestamps, Base):
    """One resident's plan. ``status``: active or closed (a newer plan replaced it)."""

    __tablename__ = "safety_plan"
    __table_args__ = (
        Index("ix_safety_plan_due", "status", "next_review_on"),
        # One plan in use per resident, kept by the database itself.
        Index("uq_safety_plan_active_resident", "resident_id", unique=True,
              sqlite_where=text("status = 'active'"), postgresql_where=text("status = 'active'")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("plan_template.id"), nullable=True)
    template_name: Mapped[str] = mapped_column(String(120), default="")
    main_concern: Mapped[str] = mapped_column(Text, default="")
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    developed_with_resident: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_every_days: Mapped[int] = mapped_column(Integer, default=30)
    next_review_on: Mapped[date] = mapped_column(Date)
    last_reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="active")
    version: Mapped[int] = mapped_column(Integer, default=1)
    made_by: Mapped[str] = mapped_column(String(120), default="")


class PlanSection(Base):
    __tablename__ = "safety_plan_section"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("safety_plan.id"), index=True)
    template_section_id: Mapped[int | None] = mapped_column(ForeignKey("plan_template_section.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PlanItem(Base):
    """One item of her plan: not_started, in_progress, done or not_applicable, with a note, when and who."""

    __tablename__ = "safety_plan_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("safety_plan.id"), index=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("safety_plan_section.id"), index=True)
    template_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_template_item.id"), nullable=True)
    text: Mapped[str] = mapped_column(String(500))
    help_text: Mapped[str] = mapped_column(String(1000), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    note: Mapped[str] = mapped_column(Text, default="")
    status_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status_by: Mapped[str] = mapped_column(String(120), default="")


class PlanReview(Base):
    __tablename__ = "safety_plan_review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("safety_plan.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewed_by: Mapped[str] = mapped_column(String(120))
    what_changed: Mapped[str] = mapped_column(Text, default="")
    next_due: Mapped[date] = mapped_column(Date)
    plan_version: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class PlanVersion(Base):
    """The whole plan as it was after one save (JSON), so every earlier version can be read."""

    __tablename__ = "safety_plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("safety_plan.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    saved_by: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(String(20))  # made, saved, reviewed, items_added
    snapshot: Mapped[str] = mapped_column(Text)
