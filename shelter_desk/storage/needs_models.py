"""Daily needs: meals, clothing and supplies (requests, hand-outs, donated stock), appointments and rides.

Every row is dated (``day``, ``requested_on``, ``handed_on``) and typed (a meal, a
supply kind, an appointment kind and outcome), so the weekly summary and the
anonymized counts can count them without new fields. Residents are referred to by
id only; what is shown is her alias.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.storage.models import Base, Timestamps, UTCDateTime


class MealKind(Timestamps, Base):
    """A meal of the house's day (breakfast, lunch, dinner, ...): the list is editable."""

    __tablename__ = "meal_kind"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MealMark(Base):
    """She took this meal on this day; ``children`` of her household ate with her."""

    __tablename__ = "meal_mark"
    __table_args__ = (UniqueConstraint("day", "meal_kind_id", "resident_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    meal_kind_id: Mapped[int] = mapped_column(ForeignKey("meal_kind.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    children: Mapped[int] = mapped_column(Integer, default=0)
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    marked_by: Mapped[str] = mapped_column(String(120))


class MealGuests(Base):
    """Guests (and the children with them) who ate a meal on a day: counts only, no names."""

    __tablename__ = "meal_guests"
    __table_args__ = (UniqueConstraint("day", "meal_kind_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    meal_kind_id: Mapped[int] = mapped_column(ForeignKey("meal_kind.id"))
    guests: Mapped[int] = mapped_column(Integer, default=0)
    children: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SupplyKind(Timestamps, Base):
    """A kind of item (clothing, shoes, hygiene, baby items, food...): the list is editable."""

    __tablename__ = "supply_kind"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), default="")  # the built-in kinds' codes, for reports
    name: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SupplyRequest(Timestamps, Base):
    """Something a resident asked for. ``status``: open, handed_out or cancelled."""

    __tablename__ = "supply_request"
    __table_args__ = (Index("ix_supply_request_open", "status", "requested_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("supply_kind.id"))
    item: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[str] = mapped_column(String(30), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    urgency: Mapped[str] = mapped_column(String(12), default="normal")
    note: Mapped[str] = mapped_column(String(500), default="")
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    close_note: Mapped[str] = mapped_column(String(300), default="")


class StockItem(Timestamps, Base):
    """Donated stock of one item in one size, with the count on the shelf and when it is low."""

    __tablename__ = "stock_item"
    __table_args__ = (UniqueConstraint("kind_id", "item_key", "size_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("supply_kind.id"), index=True)
    item: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[str] = mapped_column(String(30), default="")
    item_key: Mapped[str] = mapped_column(String(120), default="")  # folded, to match what is typed
    size_key: Mapped[str] = mapped_column(String(30), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    low_at: Mapped[int] = mapped_column(Integer, default=0)  # low when count <= low_at (0: never warn)


class SupplyHandout(Base):
    """Something given to a resident: what, how many, on which day, by whom."""

    __tablename__ = "supply_handout"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("supply_kind.id"))
    item: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[str] = mapped_column(String(30), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    handed_on: Mapped[date] = mapped_column(Date, index=True)
    handed_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    handed_by: Mapped[str] = mapped_column(String(120))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("supply_request.id"), nullable=True)
    stock_item_id: Mapped[int | None] = mapped_column(ForeignKey("stock_item.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StockChange(Base):
    """One change to a stock count: a donation in, a hand-out, a recount. ``change`` is signed."""

    __tablename__ = "stock_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stock_item_id: Mapped[int] = mapped_column(ForeignKey("stock_item.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason_kind: Mapped[str] = mapped_column(String(12))  # donation, handout, recount
    change: Mapped[int] = mapped_column(Integer)
    count_after: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(300), default="")
    by_name: Mapped[str] = mapped_column(String(120))
    handout_id: Mapped[int | None] = mapped_column(ForeignKey("supply_handout.id"), nullable=True)


class Provider(Timestamps, Base):
    """A place appointments happen: a clinic, a dentist, a court, a lawyer's office."""

    __tablename__ = "provider"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Appointment(Timestamps, Base):
    """An appointment at a time and place, with the ride and the escort, and how it went.

    ``status``: scheduled, attended, missed, cancelled or rescheduled (then
    ``rescheduled_to_id`` is the new one). Times are minutes after midnight, local time.
    """

    __tablename__ = "appointment"
    __table_args__ = (Index("ix_appointment_day", "day", "start_minute"),
                      Index("ix_appointment_status", "status", "day"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    start_minute: Mapped[int] = mapped_column(Integer)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    kind: Mapped[str] = mapped_column(String(20))
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("provider.id"), nullable=True, index=True)
    place: Mapped[str] = mapped_column(String(300), default="")  # a place not on the providers list
    transport_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    ride: Mapped[str] = mapped_column(String(200), default="")  # who drives, how, when to leave
    escort: Mapped[str] = mapped_column(String(120), default="")
    escort_key: Mapped[str] = mapped_column(String(120), default="")  # folded, for double-booking checks
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    outcome_note: Mapped[str] = mapped_column(String(300), default="")
    settled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    settled_by: Mapped[str] = mapped_column(String(120), default="")
    rescheduled_to_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), nullable=True, index=True)
    booked_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
