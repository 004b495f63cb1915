"""What the daily-needs services hand back: meals, supplies and stock, appointments.

Plain frozen dataclasses, safe to pass to a worker thread or a report. Residents
appear by id and alias only (never a legal name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP

# --- lists of choices -----------------------------------------------------------------------

URGENCIES = (  # (code, label), most urgent first
    ("urgent", QT_TRANSLATE_NOOP("choices", "Urgent (today)")),
    ("soon", QT_TRANSLATE_NOOP("choices", "Soon (this week)")),
    ("whenever", QT_TRANSLATE_NOOP("choices", "When there is some")),
)
REQUEST_STATUSES = (
    ("open", QT_TRANSLATE_NOOP("choices", "Waiting")),
    ("handed_out", QT_TRANSLATE_NOOP("choices", "Handed out")),
    ("cancelled", QT_TRANSLATE_NOOP("choices", "Cancelled")),
)
APPOINTMENT_KINDS = (
    ("medical", QT_TRANSLATE_NOOP("choices", "Medical")),
    ("dental", QT_TRANSLATE_NOOP("choices", "Dental")),
    ("mental_health", QT_TRANSLATE_NOOP("choices", "Mental health")),
    ("prenatal", QT_TRANSLATE_NOOP("choices", "Prenatal")),
    ("vision", QT_TRANSLATE_NOOP("choices", "Vision")),
    ("legal", QT_TRANSLATE_NOOP("choices", "Lawyer or legal aid")),
    ("court", QT_TRANSLATE_NOOP("choices", "Court")),
    ("other", QT_TRANSLATE_NOOP("choices", "Other")),
)
APPOINTMENT_STATUSES = (
    ("scheduled", QT_TRANSLATE_NOOP("choices", "Booked")),
    ("attended", QT_TRANSLATE_NOOP("choices", "Went")),
    ("missed", QT_TRANSLATE_NOOP("choices", "Missed")),
    ("cancelled", QT_TRANSLATE_NOOP("choices", "Cancelled")),
    ("rescheduled", QT_TRANSLATE_NOOP("choices", "Moved to a new time")),
)
OUTCOMES = ("attended", "missed", "cancelled")  # what ``settle`` takes; "rescheduled" is ``reschedule``
STOCK_REASONS = (
    ("donation", QT_TRANSLATE_NOOP("choices", "Donation came in")),
    ("handout", QT_TRANSLATE_NOOP("choices", "Handed out")),
    ("recount", QT_TRANSLATE_NOOP("choices", "Counted again")),
)
MAX_QUANTITY = 500  # more than this in one go is a typing mistake
MAX_STOCK = 100_000
MAX_GUESTS = 200
MAX_DURATION = 12 * 60


class StockWouldGoNegative(ValidationError):
    """Handing out more than the count on the shelf: allowed only with a reason (a miscount)."""

    default_template = QT_TRANSLATE_NOOP(
        "errors", "The stock list shows only {count} of this, so handing out {quantity} would take it below "
                  "zero. If the shelf really has more, say why (for example \"the count was wrong\").")


class AppointmentClash(ValidationError):
    """She, or the escort, is already booked at that time. The booking can go ahead if the person confirms."""

    default_template = QT_TRANSLATE_NOOP("errors", "This appointment overlaps another one.")

    def __init__(self, clashes: tuple[AppointmentLine, ...], **params: object) -> None:
        self.clashes = clashes
        super().__init__(None, field="start", **params)


# --- meals ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class MealKindView:
    id: int
    name: str
    active: bool
    sort_order: int


@dataclass(frozen=True)
class RosterRow:
    """A resident here that day, and which meals she took (with how many of her household)."""

    resident_id: int
    stay_id: int
    alias: str
    room: str
    bed: str
    dietary_needs: str
    allergies: str
    household: int  # children and family staying with her that day
    marks: tuple[int | None, ...]  # per meal of the roster, in order: None = not taken; else household who ate


@dataclass(frozen=True)
class MealCount:
    kind_id: int
    name: str
    residents: int  # residents marked
    children: int  # their household who ate with them
    guests: int
    guest_children: int

    @property
    def total(self) -> int:
        return self.residents + self.children + self.guests + self.guest_children


@dataclass(frozen=True)
class MealRoster:
    day: date
    kinds: tuple[MealKindView, ...]  # the meals in use (plus any retired one with marks that day)
    rows: tuple[RosterRow, ...]  # ordered by alias
    counts: tuple[MealCount, ...]  # per meal, same order as kinds
    expected: int  # residents here that day plus their household: who the kitchen cooks for
    can_mark: bool  # False for a day that has not come yet


@dataclass(frozen=True)
class DietLine:
    who: str  # her alias, or her room when the sheet is printed by room
    dietary_needs: str
    allergies: str


@dataclass(frozen=True)
class KitchenSheet:
    day: date
    expected: int
    residents_here: int
    household: int
    counts: tuple[MealCount, ...]
    diets: tuple[DietLine, ...]
    by_room: bool


# --- supplies -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SupplyKindView:
    id: int
    code: str
    name: str
    active: bool
    sort_order: int


@dataclass(frozen=True)
class RequestLine:
    id: int
    resident_id: int
    alias: str
    room: str
    kind_id: int
    kind_name: str
    item: str
    size: str
    quantity: int
    urgency: str
    note: str
    requested_on: date
    requested_by: str
    status: str
    closed_on: date | None
    close_note: str
    in_stock: int | None  # the count of the matching stock item, None when there is no such item


@dataclass(frozen=True)
class HandoutLine:
    id: int
    resident_id: int
    alias: str
    kind_id: int
    kind_name: str
    item: str
    size: str
    quantity: int
    handed_on: date
    handed_by: str
    request_id: int | None
    note: str


@dataclass(frozen=True)
class HandoutResult:
    handout_id: int
    stock_item_id: int | None
    stock_left: int | None  # None when the item is not kept in stock
    low: bool  # the stock is now at or below its "low" mark


@dataclass(frozen=True)
class StockLine:
    id: int
    kind_id: int
    kind_name: str
    item: str
    size: str
    count: int
    low_at: int

    @property
    def is_low(self) -> bool:
        return self.low_at > 0 and self.count <= self.low_at


@dataclass(frozen=True)
class StockChangeLine:
    id: int
    day: date
    reason_kind: str
    change: int
    count_after: int
    note: str
    by_name: str


# --- appointments ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ProviderView:
    id: int
    name: str
    address: str
    phone: str
    note: str
    active: bool


@dataclass(frozen=True)
class AppointmentDetails:
    """What is typed to book or change an appointment."""

    resident_id: int
    day: date
    start_minute: int  # minutes after midnight, local time
    kind: str
    duration_minutes: int = 60
    provider_id: int | None = None
    place: str = ""  # when the place is not on the list
    transport_needed: bool = False
    ride: str = ""
    escort: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AppointmentLine:
    id: int
    resident_id: int
    alias: str
    room: str
    day: date
    start_minute: int
    duration_minutes: int
    kind: str
    provider_id: int | None
    place_name: str  # the provider's name, or the place typed
    address: str
    phone: str
    transport_needed: bool
    ride: str
    escort: str
    notes: str
    status: str
    outcome_note: str
    rescheduled_to_id: int | None
    rescheduled_from_id: int | None
    needs_settling: bool  # its time is past and it is still "booked"
    version: int

    @property
    def end_minute(self) -> int:
        return self.start_minute + self.duration_minutes


@dataclass(frozen=True)
class BookResult:
    appointment_id: int
    clashes: tuple[AppointmentLine, ...]  # overlaps that were confirmed with allow_clash=True


@dataclass(frozen=True)
class DaySheet:
    day: date
    lines: tuple[AppointmentLine, ...]  # booked ones, in time order


@dataclass(frozen=True)
class NeedsToday:
    """The daily-needs part of the Today board."""

    appointments_today: tuple[AppointmentLine, ...]  # booked and settled, in time order
    early_tomorrow: tuple[AppointmentLine, ...]  # tomorrow before noon
    to_settle: int  # past appointments still "booked"
    open_requests: int
    urgent_requests: tuple[RequestLine, ...]
    low_stock: tuple[StockLine, ...]
    meals: tuple[MealCount, ...]
    expected_at_meals: int
    handed_out_today: int = 0  # items handed out today
    handed_out_to: int = 0  # residents they went to


def time_text(minute: int) -> str:
    """'09:05' for 545: 24-hour clock, as on the forms (the GUI may show it the local way)."""
    return f"{minute // 60:02d}:{minute % 60:02d}"
