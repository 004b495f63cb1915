"""The incident log: each incident, who was in it, follow-up tasks, sign-off, amendments.

An incident starts as a *draft* (saved as it is typed, so a crash or the screen lock never
loses it), becomes *open* when recorded, and *signed_off* when a house manager has reviewed
it. A signed-off incident is locked: the row is never changed again except by a director
re-opening it with a reason; amendments (dated, with author) are added beside it. Each
sign-off keeps the whole incident as it was (``IncidentVersion``), so what was signed stays
readable even after a re-opening.

People are kept in ``incident_person``: a resident, a child of a resident's household, a staff
account, or someone else *by description only* (never a name).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.storage.models import Base, Timestamps, UTCDateTime


class IncidentType(Timestamps, Base):
    """A kind of incident (editable list). ``code`` is set for the kinds the program ships with
    and not renamed, so their names can be shown in the program's language."""

    __tablename__ = "incident_type"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Incident(Timestamps, Base):
    """One incident. ``status``: draft, open or signed_off. ``version`` is bumped on every change."""

    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_status_when", "status", "occurred_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    place: Mapped[str] = mapped_column(String(10), default="inside")  # inside or outside the house
    location: Mapped[str] = mapped_column(String(200), default="")
    type_id: Mapped[int | None] = mapped_column(ForeignKey("incident_type.id"), nullable=True, index=True)
    severity: Mapped[str] = mapped_column(String(10), default="")  # low, medium, high, critical ("" in a draft)
    narrative_before: Mapped[str] = mapped_column(Text, default="")
    narrative_during: Mapped[str] = mapped_column(Text, default="")
    narrative_after: Mapped[str] = mapped_column(Text, default="")
    injuries: Mapped[str] = mapped_column(Text, default="")
    medical_response: Mapped[str] = mapped_column(Text, default="")
    property_damage: Mapped[str] = mapped_column(Text, default="")
    immediate_actions: Mapped[str] = mapped_column(Text, default="")
    police_called: Mapped[bool] = mapped_column(Boolean, default=False)
    ems_called: Mapped[bool] = mapped_column(Boolean, default=False)
    report_number: Mapped[str] = mapped_column(String(60), default="")
    mandatory_report: Mapped[bool] = mapped_column(Boolean, default=False)
    mandatory_report_note: Mapped[str] = mapped_column(String(300), default="")
    supervisor_notified: Mapped[bool] = mapped_column(Boolean, default=False)
    supervisor_note: Mapped[str] = mapped_column(String(300), default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True, index=True)
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)  # draft -> open
    outcome: Mapped[str] = mapped_column(Text, default="")
    review_notes: Mapped[str] = mapped_column(Text, default="")
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    signed_off_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class IncidentPerson(Base):
    """Someone in the incident. ``kind``: resident, child, staff or other; ``role``: affected,
    involved or witness. ``description`` is the only thing kept for ``other`` (never a name)."""

    __tablename__ = "incident_person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(10), default="involved")
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), nullable=True, index=True)
    household_member_id: Mapped[int | None] = mapped_column(ForeignKey("household_member.id"), nullable=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class IncidentFollowUp(Timestamps, Base):
    """A task that follows from the incident: what, who does it, by when, done (when and by whom)."""

    __tablename__ = "incident_followup"
    __table_args__ = (Index("ix_incident_followup_open", "done_on", "due_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    what: Mapped[str] = mapped_column(String(500))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True, index=True)
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_by: Mapped[str] = mapped_column(String(120), default="")
    done_note: Mapped[str] = mapped_column(String(500), default="")
    added_by: Mapped[str] = mapped_column(String(120), default="")


class IncidentAmendment(Base):
    """An addition to a signed-off incident: dated, with its author; the incident itself is never changed."""

    __tablename__ = "incident_amendment"
    __table_args__ = (UniqueConstraint("incident_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    author: Mapped[str] = mapped_column(String(120))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text)


class IncidentDecision(Base):
    """A sign-off (outcome, notes) or a re-opening (reason), in order; the incident's history of review."""

    __tablename__ = "incident_decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # signed_off or reopened
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_name: Mapped[str] = mapped_column(String(120))
    by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")  # the outcome, or the reason for re-opening


class IncidentVersion(Base):
    """The whole incident as it was when recorded, changed or signed off (JSON): what was signed
    stays readable after a re-opening, and every correction before sign-off can be traced."""

    __tablename__ = "incident_version"
    __table_args__ = (UniqueConstraint("incident_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    saved_by: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(String(20))  # recorded, changed, signed_off, reopened
    snapshot: Mapped[str] = mapped_column(Text)
