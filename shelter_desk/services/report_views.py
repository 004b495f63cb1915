"""What the report service hands back: the weekly summary and the anonymized counts.

Plain frozen dataclasses, safe to pass to a worker thread, a PDF or a CSV. The weekly summary
names residents by alias, initials or (when a house manager or director chose it) legal name;
the counts hold no person at all: only the published cells, already suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shelter_desk.i18n import QT_TRANSLATE_NOOP

# How residents are named on the weekly summary.
ALIASES, INITIALS, FULL_NAMES = "aliases", "initials", "full_names"
NAME_CHOICES = (
    (ALIASES, QT_TRANSLATE_NOOP("choices", "Aliases")),
    (INITIALS, QT_TRANSLATE_NOOP("choices", "Initials only")),
    (FULL_NAMES, QT_TRANSLATE_NOOP("choices", "Full names (audited)")),
)
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("choices", "Monday"),
    QT_TRANSLATE_NOOP("choices", "Tuesday"),
    QT_TRANSLATE_NOOP("choices", "Wednesday"),
    QT_TRANSLATE_NOOP("choices", "Thursday"),
    QT_TRANSLATE_NOOP("choices", "Friday"),
    QT_TRANSLATE_NOOP("choices", "Saturday"),
    QT_TRANSLATE_NOOP("choices", "Sunday"),
)
APPOINTMENT_OUTCOMES = ("attended", "missed", "cancelled", "rescheduled", "scheduled")


# --- the weekly summary ---------------------------------------------------------------------------

@dataclass(frozen=True)
class NightLine:
    night: date
    residents: int
    household: int
    beds_used: int


@dataclass(frozen=True)
class StayLine:
    """An intake or a leaving in the week."""

    day: date
    name: str
    room: str
    program: str  # code (hud.PROGRAMS)
    destination_group: str = ""  # untranslated hud group label, for a leaving
    nights: int = 0  # for a leaving: the nights of that stay


@dataclass(frozen=True)
class MealDay:
    day: date
    counts: tuple[int, ...]  # one per meal kind, in ``WeeklySummary.meal_kinds`` order


@dataclass(frozen=True)
class SupplyLine:
    kind: str
    items: int
    handouts: int


@dataclass(frozen=True)
class RequestLine:
    since: date
    name: str
    room: str
    kind: str
    item: str
    urgency: str  # code (needs_views.URGENCIES)


@dataclass(frozen=True)
class AppointmentLine:
    day: date
    start_minute: int
    name: str
    room: str
    kind: str  # code (needs_views.APPOINTMENT_KINDS)
    transport: bool


@dataclass(frozen=True)
class PlanLine:
    day: date  # reviewed on, or due on
    name: str
    room: str


@dataclass(frozen=True)
class IncidentTypeLine:
    type_name: str
    type_code: str | None
    by_severity: tuple[int, int, int, int]  # low, medium, high, critical

    @property
    def total(self) -> int:
        return sum(self.by_severity)


@dataclass(frozen=True)
class FollowUpLine:
    incident_id: int
    what: str
    owner: str
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class WeekFigures:
    first: date
    average_residents: float  # per night, residents and the people with them
    average_beds_used: float
    intakes: int
    exits: int
    meals: int
    items_handed_out: int
    appointments_attended: int
    appointments_missed: int
    incidents: int


@dataclass(frozen=True)
class WeeklySummary:
    shelter_name: str
    first: date
    last: date
    names: str  # ALIASES, INITIALS or FULL_NAMES
    made_on: date  # "today" when it was made: the open follow-ups and overdue plans are as of then
    beds: int
    nights: tuple[NightLine, ...]
    intakes: tuple[StayLine, ...]
    exits: tuple[StayLine, ...]
    average_stay_nights: float | None  # of those who left this week
    meal_kinds: tuple[str, ...]
    meals: tuple[MealDay, ...]
    supplies: tuple[SupplyLine, ...]
    open_requests: tuple[RequestLine, ...]
    appointment_outcomes: tuple[tuple[str, int], ...]  # (outcome code, count), APPOINTMENT_OUTCOMES order
    coming_appointments: tuple[AppointmentLine, ...]
    plans_reviewed: tuple[PlanLine, ...]
    plans_overdue: tuple[PlanLine, ...]
    incidents: tuple[IncidentTypeLine, ...]
    open_followups: tuple[FollowUpLine, ...]
    weeks: tuple[WeekFigures, ...]  # this week first, then the four before it

    @property
    def empty(self) -> bool:
        """Nothing at all happened or was recorded in the week (nobody stayed, nothing counted)."""
        return (not any(n.residents or n.beds_used for n in self.nights) and not self.intakes and not self.exits
                and not any(sum(m.counts) for m in self.meals) and not self.supplies
                and not any(n for _, n in self.appointment_outcomes) and not self.plans_reviewed
                and not self.incidents)


# --- the anonymized counts ------------------------------------------------------------------------

CSV_COLUMNS = ("period", "measure", "group", "category", "count")

# The measures in the order they are published, with their words for the preview and the PDF.
MEASURES = {
    "persons_served": QT_TRANSLATE_NOOP("Counts", "Persons served"),
    "households_with_children": QT_TRANSLATE_NOOP("Counts", "Households with children"),
    "intakes": QT_TRANSLATE_NOOP("Counts", "Intakes"),
    "exits_by_destination": QT_TRANSLATE_NOOP("Counts", "Exits by destination"),
    "length_of_stay": QT_TRANSLATE_NOOP("Counts", "Length of stay of those who left"),
    "age_at_intake": QT_TRANSLATE_NOOP("Counts", "Age at intake"),
    "gender": QT_TRANSLATE_NOOP("Counts", "Gender"),
    "program": QT_TRANSLATE_NOOP("Counts", "Stays by program"),
    "goals": QT_TRANSLATE_NOOP("Counts", "Services and goals by kind and status"),
    "meals": QT_TRANSLATE_NOOP("Counts", "Meals served"),
    "supplies": QT_TRANSLATE_NOOP("Counts", "Clothing and supplies handed out (items)"),
    "appointments": QT_TRANSLATE_NOOP("Counts", "Appointments by kind and outcome"),
    "safety_plans": QT_TRANSLATE_NOOP("Counts", "Safety plans"),
    "incidents": QT_TRANSLATE_NOOP("Counts", "Incidents by kind and severity"),
    # What the records deleted under the retention setting had counted in these months (kept by
    # services/retention.py before the purge), so funders' figures for those months survive.
    "deleted_records": QT_TRANSLATE_NOOP("Counts", "Counted by records deleted under the retention rule"),
}


@dataclass(frozen=True)
class CountRow:
    measure: str
    group: str
    category: str
    count: str  # as published: a number, "<k" or "*"


@dataclass(frozen=True)
class CountsTable:
    shelter_name: str
    first_month: date  # the 1st of the first month
    last_month: date  # the 1st of the last month
    k: int
    rows: tuple[CountRow, ...]

    @property
    def period(self) -> str:
        a, b = f"{self.first_month:%Y-%m}", f"{self.last_month:%Y-%m}"
        return a if a == b else f"{a}/{b}"

    @property
    def months(self) -> int:
        return (self.last_month.year - self.first_month.year) * 12 + self.last_month.month - self.first_month.month + 1

    def csv_bytes(self) -> bytes:
        """One tidy table, UTF-8 (no byte-order mark), ``\\r\\n`` line ends as RFC 4180 says."""
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for row in self.rows:
            writer.writerow((self.period, row.measure, row.group, row.category, _safe_cell(row.count)))
        return out.getvalue().encode("utf-8")


def _safe_cell(value: str) -> str:
    """A spreadsheet must not read "<5" or a typed list name as a formula."""
    return value


def _safe_name(value: str) -> str:
    """A name from an editable list (a meal, a supply kind, an incident kind) as a CSV category:
    no leading character a spreadsheet would run as a formula."""
    value = " ".join(value.split())
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
