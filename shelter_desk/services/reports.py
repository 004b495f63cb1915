"""Reports: the weekly summary (house managers and directors) and the anonymized counts (directors).

The weekly summary reads one week (Monday to Sunday unless the shelter chose another first day,
``week_start``) and names residents by alias, initials or, when a house manager or director asks,
full names (audited at a high level). The anonymized counts cover whole months and hold no person:
every cell is counted here and then suppressed (``services.suppression``) before anything leaves
the service, so neither the preview nor a saved file ever carries a small count.

Every summary made, printed or saved and every export is written to the audit trail with its
parameters (the week, the period, k, the format), never a name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from shelter_desk import audit, hud
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services import suppression
from shelter_desk.services.report_views import (
    ALIASES,
    APPOINTMENT_OUTCOMES,
    FULL_NAMES,
    INITIALS,
    MEASURES,
    AppointmentLine,
    CountRow,
    CountsTable,
    FollowUpLine,
    IncidentTypeLine,
    MealDay,
    NightLine,
    PlanLine,
    RequestLine,
    StayLine,
    SupplyLine,
    WeekFigures,
    WeeklySummary,
    _safe_name,
)
from shelter_desk.storage.incident_models import Incident, IncidentFollowUp, IncidentType
from shelter_desk.storage.models import Setting
from shelter_desk.storage.needs_models import (
    Appointment,
    MealGuests,
    MealKind,
    MealMark,
    SupplyHandout,
    SupplyKind,
    SupplyRequest,
)
from shelter_desk.storage.plan_models import PlanReview, SafetyPlan
from shelter_desk.storage.resident_models import (
    Bed,
    BedAssignment,
    Goal,
    HouseholdMember,
    Resident,
    Room,
    Stay,
)

WEEK_START_KEY = "week_starts_on"  # 0 Monday ... 6 Sunday
SEVERITY_CODES = ("low", "medium", "high", "critical")
COMPARE_WEEKS = 4
MAX_MONTHS = 120

LOS_BANDS = ((0, 7, "0-7_nights"), (8, 30, "8-30_nights"), (31, 90, "31-90_nights"),
             (91, 180, "91-180_nights"), (181, 365, "181-365_nights"), (366, None, "over_365_nights"))
AGE_BANDS = ((0, 17, "under_18"), (18, 24, "18-24"), (25, 34, "25-34"), (35, 44, "35-44"),
             (45, 54, "45-54"), (55, 64, "55-64"), (65, None, "65_and_over"))
GENDER_KEYS = {0: "woman", 1: "man", 2: "culturally_specific", 5: "transgender", 4: "non_binary",
               6: "questioning", 3: "different_identity", 8: "doesnt_know", 9: "prefers_not", 99: "not_collected"}
DESTINATION_GROUP_KEYS = {hud.HOMELESS: "homeless", hud.INSTITUTIONAL: "institutional", hud.TEMPORARY: "temporary",
                          hud.PERMANENT: "permanent", hud.OTHER: "other"}
TOTAL = "total"


def initials(alias: str) -> str:
    """"Maria Lopez" -> "M. L."; one letter of each word, so nobody's name is spelled out."""
    words = [w for w in alias.replace("-", " ").split() if w]
    return " ".join(f"{w[0].upper()}." for w in words) or "?"


def local_start(day: date) -> datetime:
    """Midnight at the shelter (this computer's time zone) starting ``day``."""
    return datetime(day.year, day.month, day.day).astimezone()


def month_after(first: date) -> date:
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1)


def _local_day(moment: datetime | None) -> date | None:
    return moment.astimezone().date() if moment is not None else None


def _band(value: int, bands: tuple) -> str:
    for low, high, key in bands:
        if value >= low and (high is None or value <= high):
            return key
    return bands[0][2]


class ReportService:
    def __init__(self, desk) -> None:  # noqa: ANN001 - Desk, imported lazily to avoid a cycle
        self.desk = desk

    # --- the week ------------------------------------------------------------------------------
    def week_start(self) -> int:
        """The first day of the shelter's week: 0 Monday (the default) ... 6 Sunday."""
        self.desk.require(Permission.WEEKLY_SUMMARY)
        with self.desk.read() as session:
            row = session.get(Setting, WEEK_START_KEY)
        try:
            value = int(row.value) if row else 0
        except ValueError:
            return 0
        return value if 0 <= value <= 6 else 0

    def set_week_start(self, weekday: int) -> None:
        self.desk.require(Permission.WEEKLY_SUMMARY)
        if not isinstance(weekday, int) or isinstance(weekday, bool) or not 0 <= weekday <= 6:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a day of the week."), field="week_start")
        with self.desk.write() as session:
            row = session.get(Setting, WEEK_START_KEY)
            old = row.value if row else "0"
            if row is None:
                session.add(Setting(key=WEEK_START_KEY, value=str(weekday)))
            else:
                row.value = str(weekday)
            self.desk.record(session, audit.Action.SETTINGS_CHANGED,
                             summary=f"week starts on: day {old} -> day {weekday} (0 Monday, 6 Sunday)")

    def week_of(self, day: date) -> tuple[date, date]:
        """The first and last day of the shelter's week holding ``day``."""
        start = self.week_start()
        first = day - timedelta(days=(day.weekday() - start) % 7)
        return first, first + timedelta(days=6)

    # --- the weekly summary --------------------------------------------------------------------------
    def weekly_summary(self, day: date, names: str = ALIASES) -> WeeklySummary:
        """The week holding ``day``, audited (full names at a high level: they need a house manager)."""
        who = self.desk.require(Permission.WEEKLY_SUMMARY)
        if names not in (ALIASES, INITIALS, FULL_NAMES):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how residents are named."), field="names")
        if names == FULL_NAMES:
            self.desk.require(Permission.VIEW_LEGAL_NAME)
        if not isinstance(day, date) or isinstance(day, datetime) or not 1900 <= day.year <= 9000:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a week between 1900 and 9000."), field="week")
        first, last = self.week_of(day)
        today = self.desk.today()
        if first > today:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "That week has not begun yet. Choose this week or an earlier one."), field="week")
        shelter_name = self.desk.settings.shelter_name()
        # Nights of this week and the four before, for the chart and the comparison.
        earliest = first - timedelta(days=7 * COMPARE_WEEKS)
        all_nights = self.desk.beds.nightly_occupancy(earliest, last)
        with self.desk.write() as session:
            summary = self._weekly(session, first, last, today, names, shelter_name, all_nights)
            self.desk.record(session, audit.Action.WEEKLY_SUMMARY_MADE, entity_type="report",
                             summary=f"weekly summary {first.isoformat()}..{last.isoformat()}, {names}"
                                     f" ({who.role.value})",
                             severity=audit.HIGH if names == FULL_NAMES else audit.INFO)
        return summary

    def record_weekly_output(self, summary: WeeklySummary, how: str) -> None:
        """The summary was printed (``how`` = "printed") or saved as a PDF ("saved")."""
        self.desk.require(Permission.WEEKLY_SUMMARY)
        if summary.names == FULL_NAMES:
            self.desk.require(Permission.VIEW_LEGAL_NAME)
        action = {"printed": audit.Action.WEEKLY_SUMMARY_PRINTED, "saved": audit.Action.WEEKLY_SUMMARY_SAVED}.get(how)
        if action is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please check what you typed."))
        with self.desk.write() as session:
            self.desk.record(session, action, entity_type="report",
                             summary=f"weekly summary {summary.first.isoformat()}..{summary.last.isoformat()} "
                                     f"{how}, {summary.names}",
                             severity=audit.HIGH if summary.names == FULL_NAMES else audit.INFO)

    def _weekly(self, session: Session, first: date, last: date, today: date, names: str, shelter_name: str,
                all_nights: list) -> WeeklySummary:
        end = last + timedelta(days=1)
        namer = _Namer(session, names)
        nights = tuple(NightLine(n.night, n.residents, n.household, n.beds_used)
                       for n in all_nights if first <= n.night <= last)
        beds = len(session.execute(
            select(Bed.id).join(Room, Room.id == Bed.room_id).where(Bed.active.is_(True), Room.active.is_(True))
        ).all())
        rooms = _Rooms(session, first, last)
        intakes = tuple(
            StayLine(s.intake_date, namer(s.resident_id), rooms.of_stay(s.id), s.program)
            for s in session.scalars(select(Stay).where(Stay.intake_date >= first, Stay.intake_date < end)
                                     .order_by(Stay.intake_date, Stay.id)))
        exits = tuple(
            StayLine(s.exit_date, namer(s.resident_id), rooms.of_stay(s.id), s.program,
                     hud.group_of(hud.DESTINATIONS, s.destination) or hud.OTHER, (s.exit_date - s.intake_date).days)
            for s in session.scalars(select(Stay).where(Stay.exit_date >= first, Stay.exit_date < end)
                                     .order_by(Stay.exit_date, Stay.id)))
        average = sum(e.nights for e in exits) / len(exits) if exits else None
        # Meals: one row a day, one column per meal (the kinds in use, and any retired kind served this week).
        per_day: dict[tuple[date, int], int] = Counter()
        for day, kind_id, children in session.execute(
                select(MealMark.day, MealMark.meal_kind_id, MealMark.children)
                .where(MealMark.day >= first, MealMark.day < end)):
            per_day[(day, kind_id)] += 1 + (children or 0)
        for day, kind_id, guests, children in session.execute(
                select(MealGuests.day, MealGuests.meal_kind_id, MealGuests.guests, MealGuests.children)
                .where(MealGuests.day >= first, MealGuests.day < end)):
            per_day[(day, kind_id)] += (guests or 0) + (children or 0)
        used = {k for (_d, k), n in per_day.items() if n}
        kinds = [k for k in session.scalars(select(MealKind).order_by(MealKind.sort_order, MealKind.id))
                 if k.active or k.id in used]
        meals = tuple(MealDay(first + timedelta(days=i), tuple(per_day.get((first + timedelta(days=i), k.id), 0)
                                                                 for k in kinds)) for i in range(7))
        # Supplies handed out, by kind.
        items: Counter = Counter()
        handouts: Counter = Counter()
        kind_names = {k.id: k.name for k in session.scalars(select(SupplyKind))}
        for kind_id, quantity in session.execute(
                select(SupplyHandout.kind_id, SupplyHandout.quantity)
                .where(SupplyHandout.handed_on >= first, SupplyHandout.handed_on < end)):
            items[kind_id] += quantity or 0
            handouts[kind_id] += 1
        supplies = tuple(SupplyLine(kind_names.get(k, "?"), items[k], handouts[k])
                         for k in sorted(items, key=lambda k: (-items[k], kind_names.get(k, ""))))
        # Requests still waiting at the end of the week.
        requests = session.scalars(
            select(SupplyRequest).where(SupplyRequest.requested_on < end,
                                        or_(SupplyRequest.status == "open",
                                            and_(SupplyRequest.closed_on.is_not(None), SupplyRequest.closed_on > last,
                                                 SupplyRequest.status != "open")))
            .order_by(SupplyRequest.requested_on, SupplyRequest.id)).all()
        open_requests = tuple(
            RequestLine(r.requested_on, namer(r.resident_id), rooms.of_resident(r.resident_id),
                        kind_names.get(r.kind_id, "?"), " ".join(x for x in (r.item, r.size) if x), r.urgency)
            for r in requests)
        # Appointments in the week by how they went; the next seven days' still booked.
        outcomes = Counter(session.scalars(select(Appointment.status)
                                           .where(Appointment.day >= first, Appointment.day < end)))
        appointment_outcomes = tuple((o, outcomes.get(o, 0)) for o in APPOINTMENT_OUTCOMES)
        coming = tuple(
            AppointmentLine(a.day, a.start_minute, namer(a.resident_id), rooms.of_resident(a.resident_id), a.kind,
                            a.transport_needed)
            for a in session.scalars(select(Appointment).where(
                Appointment.day >= end, Appointment.day < end + timedelta(days=7), Appointment.status == "scheduled")
                .order_by(Appointment.day, Appointment.start_minute, Appointment.id)))
        # Safety plans reviewed this week, and overdue at the week's end (or today, in this week).
        reviewed = tuple(
            PlanLine(day, namer(rid), rooms.of_resident(rid))
            for day, rid in session.execute(
                select(PlanReview.reviewed_on, SafetyPlan.resident_id)
                .join(SafetyPlan, SafetyPlan.id == PlanReview.plan_id)
                .where(PlanReview.reviewed_on >= first, PlanReview.reviewed_on < end)
                .order_by(PlanReview.reviewed_on, PlanReview.id)))
        on = min(last, today)
        overdue = tuple(PlanLine(due, namer(rid), rooms.of_resident(rid))
                        for rid, due in _overdue_plans(session, on))
        # Incidents in the week by kind and severity; follow-ups open now.
        types = {t.id: t for t in session.scalars(select(IncidentType))}
        grid: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for type_id, severity in session.execute(
                select(Incident.type_id, Incident.severity).where(
                    Incident.status != "draft", Incident.occurred_at >= local_start(first),
                    Incident.occurred_at < local_start(end))):
            if severity in SEVERITY_CODES:
                grid[type_id][SEVERITY_CODES.index(severity)] += 1
        incidents = tuple(sorted(
            (IncidentTypeLine(types[t].name if t in types else "?", types[t].code if t in types else None,
                              tuple(v)) for t, v in grid.items()),  # type: ignore[arg-type]
            key=lambda line: (-line.total, line.type_name)))
        followups = tuple(
            FollowUpLine(f.incident_id, f.what, f.owner_name, f.due_on, f.due_on < today)
            for f in session.scalars(
                select(IncidentFollowUp).join(Incident, Incident.id == IncidentFollowUp.incident_id)
                .where(IncidentFollowUp.done_on.is_(None), Incident.status != "draft")
                .order_by(IncidentFollowUp.due_on, IncidentFollowUp.id)))
        weeks = tuple(self._figures(session, first - timedelta(days=7 * i), all_nights)
                      for i in range(COMPARE_WEEKS + 1))
        return WeeklySummary(
            shelter_name=shelter_name, first=first, last=last, names=names, made_on=today, beds=beds,
            nights=nights, intakes=intakes, exits=exits, average_stay_nights=average,
            meal_kinds=tuple(k.name for k in kinds), meals=meals, supplies=supplies, open_requests=open_requests,
            appointment_outcomes=appointment_outcomes, coming_appointments=coming, plans_reviewed=reviewed,
            plans_overdue=overdue, incidents=incidents, open_followups=followups, weeks=weeks)

    @staticmethod
    def _figures(session: Session, first: date, all_nights: list) -> WeekFigures:
        end = first + timedelta(days=7)
        week = [n for n in all_nights if first <= n.night < end]
        people = sum(n.residents + n.household for n in week) / 7
        beds_used = sum(n.beds_used for n in week) / 7

        def count(query) -> int:  # noqa: ANN001
            return len(session.execute(query).all())

        meals = sum(1 + (c or 0) for (c,) in session.execute(
            select(MealMark.children).where(MealMark.day >= first, MealMark.day < end)))
        meals += sum((g or 0) + (c or 0) for g, c in session.execute(
            select(MealGuests.guests, MealGuests.children).where(MealGuests.day >= first, MealGuests.day < end)))
        items = sum(q or 0 for (q,) in session.execute(
            select(SupplyHandout.quantity).where(SupplyHandout.handed_on >= first, SupplyHandout.handed_on < end)))
        statuses = Counter(session.scalars(select(Appointment.status)
                                           .where(Appointment.day >= first, Appointment.day < end)))
        return WeekFigures(
            first=first, average_residents=people, average_beds_used=beds_used,
            intakes=count(select(Stay.id).where(Stay.intake_date >= first, Stay.intake_date < end)),
            exits=count(select(Stay.id).where(Stay.exit_date >= first, Stay.exit_date < end)),
            meals=meals, items_handed_out=items, appointments_attended=statuses.get("attended", 0),
            appointments_missed=statuses.get("missed", 0),
            incidents=count(select(Incident.id).where(Incident.status != "draft",
                                                      Incident.occurred_at >= local_start(first),
                                                      Incident.occurred_at < local_start(end))))

    # --- the anonymized counts ----------------------------------------------------------------------
    def counts(self, first_month: date, last_month: date, k: int = suppression.DEFAULT_K) -> CountsTable:
        """The counts for whole months, suppressed; what the preview shows and an export writes."""
        self.desk.require(Permission.EXPORT_COUNTS)
        first, last = self._check_period(first_month, last_month)
        k = self._check_k(k)
        shelter_name = self.desk.settings.shelter_name()
        with self.desk.read() as session:
            values, partitions = _Counts(session, first, month_after(last), min(month_after(last) - timedelta(days=1),
                                                                                self.desk.today())).collect()
        states = suppression.suppress(values, partitions, k)
        rows = tuple(CountRow(m, g, c, suppression.shown(v, states[(m, g, c)], k)) for (m, g, c), v in values.items())
        return CountsTable(shelter_name=shelter_name, first_month=first, last_month=last, k=k, rows=rows)

    def export_counts(self, table: CountsTable, fmt: str, *, printed_by: str = "", printed_at: datetime | None = None,
                      tr=None) -> bytes:  # noqa: ANN001
        """The file's bytes (``fmt`` "csv" or "pdf") for a table from :meth:`counts`, audited with its parameters."""
        who = self.desk.require(Permission.EXPORT_COUNTS)
        if fmt not in ("csv", "pdf") or not isinstance(table, CountsTable):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose CSV or PDF."), field="format")
        if fmt == "csv":
            data = table.csv_bytes()
        else:
            from shelter_desk.reports.counts import render_counts
            from shelter_desk.reports.pdf import no_translation

            data = render_counts(table, printed_by=printed_by or who.display_name,
                                 printed_at=printed_at or self.desk.now().astimezone(), tr=tr or no_translation)
        with self.desk.write() as session:
            self.desk.record(session, audit.Action.COUNTS_EXPORTED, entity_type="report",
                             summary=f"anonymized counts {table.period}, k={table.k}, {fmt}, {len(table.rows)} rows")
        return data

    def _check_period(self, first: object, last: object) -> tuple[date, date]:
        for value, name in ((first, "from"), (last, "to")):
            if not isinstance(value, date) or isinstance(value, datetime) or not 1900 <= value.year <= 9000:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose months between 1900 and 9000."), field=name)
        first, last = date(first.year, first.month, 1), date(last.year, last.month, 1)  # type: ignore[union-attr]
        if last < first:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The period ends before it begins. Choose a first month on or before the last one."),
                field="to")
        today = self.desk.today()
        if last > date(today.year, today.month, 1):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The period cannot end after this month."), field="to")
        if (last.year - first.year) * 12 + last.month - first.month + 1 > MAX_MONTHS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a period of at most ten years."), field="from")
        return first, last

    @staticmethod
    def _check_k(k: object) -> int:
        if not isinstance(k, int) or isinstance(k, bool) or not 5 <= k <= 20:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The smallest count shown must be between 5 and 20 (5 or 11 are usual)."), field="k")
        return k


# --- helpers -----------------------------------------------------------------------------------------

class _Namer:
    """How residents are named on the weekly summary (looked up once each)."""

    def __init__(self, session: Session, names: str) -> None:
        self.session, self.names = session, names
        self.cache: dict[int, str] = {}

    def __call__(self, resident_id: int) -> str:
        if resident_id not in self.cache:
            row = self.session.execute(select(Resident.alias, Resident.legal_name)
                                       .where(Resident.id == resident_id)).first()
            alias, legal = (row[0], row[1]) if row else ("?", None)
            if self.names == INITIALS:
                self.cache[resident_id] = initials(alias)
            elif self.names == FULL_NAMES and legal:
                self.cache[resident_id] = f"{legal} ({alias})"
            else:
                self.cache[resident_id] = alias
        return self.cache[resident_id]


class _Rooms:
    """The room a stay (or a resident) slept in during the week: the latest bed spell in it."""

    def __init__(self, session: Session, first: date, last: date) -> None:
        self.session, self.first, self.last = session, first, last
        self.stays: dict[int, str] = {}
        self.residents: dict[int, str] = {}

    def of_stay(self, stay_id: int) -> str:
        if stay_id not in self.stays:
            rows = self.session.execute(
                select(Room.name, BedAssignment.start_date, BedAssignment.end_date)
                .join(Bed, Bed.id == BedAssignment.bed_id).join(Room, Room.id == Bed.room_id)
                .where(BedAssignment.stay_id == stay_id).order_by(BedAssignment.start_date, BedAssignment.id)).all()
            inside = [r for r in rows if r[1] <= self.last and (r[2] is None or r[2] >= self.first)]
            chosen = (inside or rows)[-1][0] if rows else ""
            self.stays[stay_id] = chosen
        return self.stays[stay_id]

    def of_resident(self, resident_id: int) -> str:
        if resident_id not in self.residents:
            stay_id = self.session.scalar(
                select(Stay.id).where(Stay.resident_id == resident_id, Stay.intake_date <= self.last + timedelta(days=7))
                .order_by(Stay.intake_date.desc(), Stay.id.desc()).limit(1))
            self.residents[resident_id] = self.of_stay(stay_id) if stay_id else ""
        return self.residents[resident_id]


def _overdue_plans(session: Session, on: date) -> list[tuple[int, date]]:
    """(resident id, due date) of the plans whose review was due before ``on``, for residents here that day.

    A plan's due date on a past day comes from its reviews up to that day (each review sets the
    next one), or, before its first review, from the day it was made and its review interval."""
    here = {rid for (rid,) in session.execute(
        select(Stay.resident_id).where(Stay.intake_date <= on, or_(Stay.exit_date.is_(None), Stay.exit_date > on)))}
    out = []
    for plan in session.scalars(select(SafetyPlan).where(SafetyPlan.resident_id.in_(here or {-1}))
                                .order_by(SafetyPlan.id)):
        made = _local_day(plan.created_at) or on
        if made > on or (plan.status != "active" and (_local_day(plan.updated_at) or on) <= on):
            continue
        due = session.scalar(select(PlanReview.next_due).where(PlanReview.plan_id == plan.id,
                                                               PlanReview.reviewed_on <= on)
                             .order_by(PlanReview.reviewed_on.desc(), PlanReview.id.desc()).limit(1))
        if due is None:
            due = made + timedelta(days=plan.review_every_days or 30)
        if due < on:
            out.append((plan.resident_id, due))
    out.sort(key=lambda x: x[1])
    return out


class _Counts:
    """Every cell of the anonymized counts for [first, end), and the partitions that add up."""

    def __init__(self, session: Session, first: date, end: date, on: date) -> None:
        self.session, self.first, self.end, self.on = session, first, end, on
        self.values: dict[tuple[str, str, str], int] = {}
        self.partitions: list[suppression.Partition] = []

    def put(self, measure: str, group: str, category: str, value: int) -> tuple[str, str, str]:
        assert measure in MEASURES
        key = (measure, group, category)
        self.values[key] = self.values.get(key, 0) + int(value)
        return key

    def table(self, measure: str, group: str, counts: dict[str, int], categories: Iterable[str],
              total: tuple[str, str, str] | None = None) -> None:
        """Cells for ``categories`` (all of them, zeros too, in that order), adding up to ``total``
        (a cell published elsewhere) or to a "total" cell of their own."""
        keys = tuple(self.put(measure, group, c, counts.get(c, 0)) for c in categories)
        if total is None:
            total = self.put(measure, group, TOTAL, sum(counts.get(c, 0) for c in categories))
        self.partitions.append(suppression.Partition(total, keys))

    def collect(self) -> tuple[dict[tuple[str, str, str], int], list[suppression.Partition]]:
        s, first, end = self.session, self.first, self.end
        stays = s.execute(
            select(Stay.id, Stay.resident_id, Stay.intake_date, Stay.exit_date, Stay.program, Stay.destination)
            .join(Resident, Resident.id == Stay.resident_id)
            .where(Resident.merged_into_id.is_(None), Stay.intake_date < end,
                   or_(Stay.exit_date.is_(None), Stay.exit_date >= first))).all()
        residents = sorted({r.resident_id for r in stays})
        latest: dict[int, object] = {}
        for row in sorted(stays, key=lambda r: (r.intake_date, r.id)):
            latest[row.resident_id] = row
        stay_ids = [r.id for r in stays]
        members = s.execute(select(HouseholdMember.stay_id, HouseholdMember.relationship_kind)
                            .where(HouseholdMember.stay_id.in_(stay_ids or [-1]))).all()
        stay_resident = {r.id: r.resident_id for r in stays}
        with_children = {stay_resident[m.stay_id] for m in members if m.relationship_kind == "child"}
        served = self.put("persons_served", "", "residents", len(residents))
        self.put("persons_served", "", "household_members", len(members))
        self.put("households_with_children", "", "households", len(with_children))
        # Intakes: a first stay here, or a return (an earlier stay of hers, however long ago).
        intakes = [r for r in stays if first <= r.intake_date < end]
        kinds: Counter = Counter()
        for r in intakes:
            earlier = s.scalar(select(Stay.id).where(
                Stay.resident_id == r.resident_id,
                or_(Stay.intake_date < r.intake_date, and_(Stay.intake_date == r.intake_date, Stay.id < r.id))).limit(1))
            kinds["return" if earlier else "first_stay"] += 1
        self.table("intakes", "", kinds, ("first_stay", "return"))
        # Exits by destination group, and the length of those stays.
        exits = [r for r in stays if r.exit_date is not None and first <= r.exit_date < end]
        groups = Counter(DESTINATION_GROUP_KEYS[hud.group_of(hud.DESTINATIONS, r.destination) or hud.OTHER]
                         for r in exits)
        self.table("exits_by_destination", "", groups, DESTINATION_GROUP_KEYS.values())
        exits_total = ("exits_by_destination", "", TOTAL)
        bands = Counter(_band((r.exit_date - r.intake_date).days, LOS_BANDS) for r in exits)
        self.table("length_of_stay", "", bands, [b[2] for b in LOS_BANDS], total=exits_total)
        # Age at intake and gender: each resident served once (her latest stay in the period).
        people = {rid: (bd, g) for rid, bd, g in s.execute(
            select(Resident.id, Resident.birth_date, Resident.genders).where(Resident.id.in_(residents or [-1])))}
        ages: Counter = Counter()
        genders: Counter = Counter()
        for rid in residents:
            birth, codes = people.get(rid, (None, "99"))
            intake = latest[rid].intake_date  # type: ignore[attr-defined]
            if birth is None or birth > intake:
                ages["unknown"] += 1
            else:
                years = intake.year - birth.year - ((intake.month, intake.day) < (birth.month, birth.day))
                ages[_band(years, AGE_BANDS)] += 1
            chosen = [c for c in (codes or "99").split(",") if c.strip()]
            if len(chosen) > 1:
                genders["more_than_one"] += 1
            else:
                genders[GENDER_KEYS.get(int(chosen[0]) if chosen and chosen[0].strip().isdigit() else 99,
                                        "not_collected")] += 1
        self.table("age_at_intake", "", ages, [*(b[2] for b in AGE_BANDS), "unknown"], total=served)
        gender_keys = [*(GENDER_KEYS[c.code] for c in hud.GENDERS if c.code not in hud.MISSING_CODES), "more_than_one",
                       *(GENDER_KEYS[c] for c in (8, 9, 99))]
        self.table("gender", "", genders, gender_keys, total=served)
        self.table("program", "", Counter(r.program for r in stays), [t.key for t in hud.PROGRAMS])
        # Goals and services worked on in the period, by kind and (today's) status.
        goals: dict[str, Counter] = defaultdict(Counter)
        for kind, status, started, ended, created in s.execute(
                select(Goal.kind, Goal.status, Goal.started_on, Goal.ended_on, Goal.created_at)
                .join(Resident, Resident.id == Goal.resident_id).where(Resident.merged_into_id.is_(None))):
            begin = started or _local_day(created) or first
            if begin < end and (ended is None or ended >= first):
                goals[kind][status] += 1
        for term in hud.GOAL_KINDS:
            self.table("goals", term.key, goals.get(term.key, Counter()), [t.key for t in hud.GOAL_STATUSES])
        # Meals (residents, the children with them, guests), and items handed out, by kind.
        meal_names = {k.id: _safe_name(k.name) for k in s.scalars(select(MealKind).order_by(MealKind.sort_order,
                                                                                            MealKind.id))}
        meals: Counter = Counter()
        for kind_id, children in s.execute(select(MealMark.meal_kind_id, MealMark.children)
                                           .where(MealMark.day >= first, MealMark.day < end)):
            meals[meal_names.get(kind_id, "?")] += 1 + (children or 0)
        for kind_id, guests, children in s.execute(
                select(MealGuests.meal_kind_id, MealGuests.guests, MealGuests.children)
                .where(MealGuests.day >= first, MealGuests.day < end)):
            meals[meal_names.get(kind_id, "?")] += (guests or 0) + (children or 0)
        self.table("meals", "", meals, list(dict.fromkeys([*meal_names.values(), *meals])))
        supply_names = {k.id: (k.code or _safe_name(k.name)) for k in s.scalars(
            select(SupplyKind).order_by(SupplyKind.sort_order, SupplyKind.id))}
        supplies: Counter = Counter()
        for kind_id, quantity in s.execute(select(SupplyHandout.kind_id, SupplyHandout.quantity)
                                           .where(SupplyHandout.handed_on >= first, SupplyHandout.handed_on < end)):
            supplies[supply_names.get(kind_id, "?")] += quantity or 0
        self.table("supplies", "", supplies, list(dict.fromkeys([*supply_names.values(), *supplies])))
        # Appointments by kind and how they went.
        from shelter_desk.services.needs_views import APPOINTMENT_KINDS

        appointments: dict[str, Counter] = defaultdict(Counter)
        for kind, status in s.execute(select(Appointment.kind, Appointment.status)
                                      .where(Appointment.day >= first, Appointment.day < end)):
            appointments[kind][status] += 1
        for kind in dict.fromkeys([*(k for k, _ in APPOINTMENT_KINDS), *appointments]):
            self.table("appointments", kind, appointments.get(kind, Counter()), APPOINTMENT_OUTCOMES)
        # Safety plans: made and reviewed in the period; overdue at its end (or today).
        made = sum(1 for (created,) in s.execute(select(SafetyPlan.created_at))
                   if first <= (_local_day(created) or first) < end)
        reviewed = len(s.execute(select(PlanReview.id).where(PlanReview.reviewed_on >= first,
                                                             PlanReview.reviewed_on < end)).all())
        self.put("safety_plans", "", "made", made)
        self.put("safety_plans", "", "reviewed", reviewed)
        self.put("safety_plans", "", "overdue_at_end", len(_overdue_plans(s, self.on)))
        # Incidents by kind and severity.
        types = {t.id: (t.code or _safe_name(t.name)) for t in s.scalars(
            select(IncidentType).order_by(IncidentType.sort_order, IncidentType.id))}
        incidents: dict[str, Counter] = defaultdict(Counter)
        for type_id, severity in s.execute(select(Incident.type_id, Incident.severity).where(
                Incident.status != "draft", Incident.occurred_at >= local_start(first),
                Incident.occurred_at < local_start(end))):
            incidents[types.get(type_id, "other")][severity or "not_given"] += 1
        for kind in dict.fromkeys([*types.values(), *incidents]):
            self.table("incidents", kind, incidents.get(kind, Counter()), SEVERITY_CODES)
        # Records deleted under the retention rule: what they counted in these months, as kept
        # before the purge (only when something was purged; the month is the finest grain kept).
        from shelter_desk.services.retention import COUNT_NAMES, RetentionService

        kept = RetentionService._kept(s)
        months = [m for m in kept if f"{first.year:04d}-{first.month:02d}" <= m < f"{end.year:04d}-{end.month:02d}"]
        if months:
            for name in COUNT_NAMES:
                self.put("deleted_records", "", name, sum(kept[m].get(name, 0) for m in months))
        return self.values, self.partitions
