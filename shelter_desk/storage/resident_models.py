"""Residents and their stays: the person, each stay, household, rooms and beds, case notes, goals.

A *resident* is the person (shown by her alias everywhere); a *stay* is one time
she lived here, from intake to leaving. Beds are held through *bed assignments*
(start date, end date), so who slept where on any night can be worked out for
reports (bed-nights). Edits keep history in ``change_log``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shelter_desk.storage.models import Base, Timestamps, UTCDateTime


class Room(Timestamps, Base):
    __tablename__ = "room"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    beds: Mapped[list[Bed]] = relationship(back_populates="room", order_by="Bed.label")


class Bed(Timestamps, Base):
    """A bed in a room. A held bed is kept free for someone expected (``hold_note``)."""

    __tablename__ = "bed"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    label: Mapped[str] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    hold_note: Mapped[str | None] = mapped_column(String(200), nullable=True)
    hold_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    room: Mapped[Room] = relationship(back_populates="beds")


class Resident(Timestamps, Base):
    """The person. ``merged_into_id`` is set when this record was a duplicate merged into another."""

    __tablename__ = "resident"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str] = mapped_column(String(120))
    alias_key: Mapped[str] = mapped_column(String(120), index=True)  # folded for search
    legal_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    legal_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    dob_quality: Mapped[int] = mapped_column(Integer, default=99)  # HUD 3.03.2
    genders: Mapped[str] = mapped_column(String(40), default="99")  # HUD 3.06.1 codes, comma-separated
    race_ethnicity: Mapped[str] = mapped_column(String(40), default="99")  # HUD 3.04 codes
    pronouns: Mapped[str] = mapped_column(String(60), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_contact: Mapped[str] = mapped_column(String(300), default="")
    dietary_needs: Mapped[str] = mapped_column(String(300), default="")
    allergies: Mapped[str] = mapped_column(String(300), default="")
    medical_notes: Mapped[str] = mapped_column(Text, default="")
    do_not_confirm: Mapped[bool] = mapped_column(Boolean, default=True)
    watch_for: Mapped[str] = mapped_column(Text, default="")  # the person to watch for
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), nullable=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)  # bumped on every edit: two windows never overwrite each other
    stays: Mapped[list[Stay]] = relationship(back_populates="resident", order_by="Stay.intake_date",
                                             foreign_keys="Stay.resident_id")


class Stay(Timestamps, Base):
    """One time a resident lived here. ``exit_date`` is None while she is here."""

    __tablename__ = "stay"
    __table_args__ = (
        Index("ix_stay_open", "exit_date", "resident_id"),
        # The database itself refuses a second open stay for one person.
        Index("uq_stay_open_resident", "resident_id", unique=True,
              sqlite_where=text("exit_date IS NULL"), postgresql_where=text("exit_date IS NULL")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    intake_date: Mapped[date] = mapped_column(Date, index=True)
    program: Mapped[str] = mapped_column(String(20))
    referral_source: Mapped[str] = mapped_column(String(30), default="unknown")
    referral_note: Mapped[str] = mapped_column(String(200), default="")
    prior_living_situation: Mapped[int] = mapped_column(Integer, default=99)  # HUD 3.917
    exit_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    destination: Mapped[int | None] = mapped_column(Integer, nullable=True)  # HUD 3.12
    exit_reason: Mapped[str] = mapped_column(String(300), default="")
    resident: Mapped[Resident] = relationship(back_populates="stays", foreign_keys=[resident_id])
    household: Mapped[list[HouseholdMember]] = relationship(
        back_populates="stay", order_by="HouseholdMember.id", cascade="all, delete-orphan")
    beds: Mapped[list[BedAssignment]] = relationship(back_populates="stay", order_by="BedAssignment.start_date")


class HouseholdMember(Timestamps, Base):
    """Someone staying with her during this stay (mostly children): first name or initials only."""

    __tablename__ = "household_member"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    relationship_kind: Mapped[str] = mapped_column(String(20), default="child")
    stay: Mapped[Stay] = relationship(back_populates="household")


class BedAssignment(Base):
    """A stay in a bed from ``start_date`` to ``end_date`` (the morning she moved out; None: still there).

    The nights counted are ``start_date <= night < end_date``.
    """

    __tablename__ = "bed_assignment"
    __table_args__ = (
        Index("ix_bed_assignment_open", "end_date", "bed_id"),
        # The database itself refuses two people in one bed, or one stay in two beds, now.
        Index("uq_bed_assignment_open_bed", "bed_id", unique=True,
              sqlite_where=text("end_date IS NULL"), postgresql_where=text("end_date IS NULL")),
        Index("uq_bed_assignment_open_stay", "stay_id", unique=True,
              sqlite_where=text("end_date IS NULL"), postgresql_where=text("end_date IS NULL")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    bed_id: Mapped[int] = mapped_column(ForeignKey("bed.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    stay: Mapped[Stay] = relationship(back_populates="beds")
    bed: Mapped[Bed] = relationship()


class CaseNote(Timestamps, Base):
    """A dated note. The author may correct it the same day; later, amendments (``amends_id``) keep the original."""

    __tablename__ = "case_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    written_on: Mapped[date] = mapped_column(Date)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    author_name: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("case_note.id"), nullable=True)


class Goal(Timestamps, Base):
    """A goal or service on her recovery path (counted as a service in reports)."""

    __tablename__ = "goal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    description: Mapped[str] = mapped_column(String(300), default="")
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ChangeLog(Base):
    """One changed field of a resident's record: who, when, from what, to what."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(120))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
