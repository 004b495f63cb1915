"""Data retention: keep resident records N years after her last stay ended, then delete them.

- The setting (none by default: records are kept until a director decides) is
  ``retention.years`` in the settings table.
- ``preview()`` lists who would go (for the director's eyes only) and how many rows
  of each kind; ``purge(ids)`` takes exactly that list (a stale preview is refused).
- Before anything is deleted, the anonymized monthly counts for those records
  (stays started and ended, bed-nights, meals, items handed out, appointments) are
  added to ``retention.kept_counts``, so reports for those months still add up.
- The destruction log is a high-severity audit event: the kinds of records, how
  many of each, the cut-off date, when and by whom. Never a name.
- Rows are deleted in every table that refers to the residents
  (``storage/resident_data.py``), in one transaction; then ``VACUUM`` rebuilds the
  file and the WAL is emptied, so the deleted data is gone from the disk.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import delete, func, select, text, update

from shelter_desk import audit
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.storage import resident_data
from shelter_desk.storage.models import Base, Setting
from shelter_desk.storage.needs_models import Appointment, MealMark, SupplyHandout
from shelter_desk.storage.resident_models import Resident, Stay

YEARS_KEY = "retention.years"
COUNTS_KEY = "retention.kept_counts"
MAX_YEARS = 100
CHUNK = 400  # SQLite's limit on bound values is 999 in old builds

COUNT_NAMES = ("stays_started", "stays_ended", "bed_nights", "meals", "items_handed_out", "appointments")


@dataclass(frozen=True)
class PurgeCandidate:
    resident_id: int
    alias: str  # shown to the director in the preview only; never logged
    last_left: date | None


@dataclass(frozen=True)
class PurgePreview:
    years: int
    cutoff: date  # records whose last stay ended before this day
    residents: list[PurgeCandidate]  # merged duplicates are counted in ``counts`` only
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows that would go

    @property
    def ids(self) -> list[int]:
        return [c.resident_id for c in self.residents]


@dataclass(frozen=True)
class PurgeResult:
    residents: int
    counts: dict[str, int]
    months_kept: list[str]  # "2019-03", ... the months whose counts were kept


def cutoff_for(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


class RetentionService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    # --- the setting -------------------------------------------------------------------------
    def years(self) -> int | None:
        """How many years records are kept after the last stay ended; None: kept until deleted by hand."""
        self.desk.signed_in()
        with self.desk.read() as session:
            row = session.get(Setting, YEARS_KEY)
        try:
            value = int(row.value) if row and row.value else 0
        except ValueError:
            value = 0
        return value or None

    def set_years(self, years: int | None) -> None:
        self.desk.require(Permission.PURGE_OLD_RECORDS)
        if years is not None and (not isinstance(years, int) or not 1 <= years <= MAX_YEARS):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose between 1 and {high} years, or keep records with no limit."),
                field="years", high=MAX_YEARS,
            )
        old = self.years()
        if old == years:
            return
        with self.desk.write() as session:
            row = session.get(Setting, YEARS_KEY)
            value = str(years or "")
            if row is None:
                session.add(Setting(key=YEARS_KEY, value=value))
            else:
                row.value = value
            self.desk.record(session, audit.Action.RETENTION_CHANGED, severity=audit.HIGH,
                             summary=f"records kept after the last stay: {old or 'no limit'} -> "
                                     f"{years or 'no limit'} years")

    def kept_counts(self) -> dict[str, dict[str, int]]:
        """The anonymized monthly counts kept for records that were deleted ("2019-03" -> counts)."""
        self.desk.signed_in()
        with self.desk.read() as session:
            return self._kept(session)

    @staticmethod
    def _kept(session) -> dict[str, dict[str, int]]:  # noqa: ANN001
        row = session.get(Setting, COUNTS_KEY)
        if row is None or not row.value:
            return {}
        try:
            data = json.loads(row.value)
        except ValueError:
            return {}
        return {str(m): {str(k): int(v) for k, v in c.items()} for m, c in data.items()}

    # --- preview ---------------------------------------------------------------------------------
    def preview(self) -> PurgePreview:
        self.desk.require(Permission.PURGE_OLD_RECORDS)
        years = self.years()
        if years is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Records are kept with no time limit. Choose how many years to keep them first."),
                field="years")
        cutoff = cutoff_for(self.desk.today(), years)
        with self.desk.read() as session:
            candidates = self._candidates(session, cutoff)
            everyone = self._with_duplicates(session, [c.resident_id for c in candidates])
            counts = self._rows(session, everyone)
        return PurgePreview(years, cutoff, candidates, counts)

    def _candidates(self, session, cutoff: date) -> list[PurgeCandidate]:  # noqa: ANN001
        open_stays = select(Stay.resident_id).where(Stay.exit_date.is_(None))
        last_exit = (select(Stay.resident_id, func.max(Stay.exit_date).label("last"))
                     .group_by(Stay.resident_id).subquery())
        rows = session.execute(
            select(Resident.id, Resident.alias, Resident.created_at, last_exit.c.last)
            .outerjoin(last_exit, last_exit.c.resident_id == Resident.id)
            .where(Resident.merged_into_id.is_(None), Resident.id.not_in(open_stays))
            .order_by(last_exit.c.last, Resident.id)
        ).all()
        found = []
        for rid, alias, created, last in rows:
            ended = last if last is not None else created.date()
            if ended < cutoff:
                found.append(PurgeCandidate(rid, alias, last))
        return found

    @staticmethod
    def _with_duplicates(session, ids: list[int]) -> list[int]:  # noqa: ANN001
        """The residents and every duplicate record merged into them (at any depth)."""
        everyone = set(ids)
        frontier = set(ids)
        while frontier:
            found = set()
            for chunk in _chunks(sorted(frontier)):
                found |= set(session.scalars(select(Resident.id).where(Resident.merged_into_id.in_(chunk))))
            frontier = found - everyone
            everyone |= frontier
        return sorted(everyone)

    @staticmethod
    def _row_ids(session, resident_ids: list[int]) -> dict[str, list[int]]:  # noqa: ANN001
        ids: dict[str, list[int]] = {resident_data.ROOT: sorted(resident_ids)}
        for step in resident_data.deletion_plan()[1:]:
            table = Base.metadata.tables[step.table]
            found: set[int] = set()
            for column, parent in step.links:
                for chunk in _chunks(ids.get(parent, [])):
                    found |= set(session.scalars(select(table.c.id).where(table.c[column].in_(chunk))))
            ids[step.table] = sorted(found)
        return ids

    def _rows(self, session, resident_ids: list[int]) -> dict[str, int]:  # noqa: ANN001
        return {t: len(v) for t, v in self._row_ids(session, resident_ids).items() if v}

    # --- purge -----------------------------------------------------------------------------------
    def purge(self, resident_ids: list[int]) -> PurgeResult:
        """Delete exactly the residents of a preview (and their merged duplicates), keep the counts, VACUUM."""
        self.desk.require(Permission.PURGE_OLD_RECORDS)
        years = self.years()
        if years is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Records are kept with no time limit. Choose how many years to keep them first."),
                field="years")
        cutoff = cutoff_for(self.desk.today(), years)
        if not isinstance(resident_ids, (list, tuple, set, frozenset)) or not all(
                isinstance(i, int) and not isinstance(i, bool) for i in resident_ids):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The list of old records to delete is not valid. Nothing was deleted. "
                          "Look at the preview again."))
        wanted = sorted(set(resident_ids))
        if not wanted:
            return PurgeResult(0, {}, [])
        with self.desk.mutex:
            with self.desk.write() as session:
                now_eligible = [c.resident_id for c in self._candidates(session, cutoff)]
                if sorted(now_eligible) != wanted:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "errors", "The list of old records changed since the preview. Nothing was deleted. "
                                  "Look at the preview again."))
                everyone = self._with_duplicates(session, wanted)
                ids = self._row_ids(session, everyone)
                months = self._keep_counts(session, everyone)
                session.execute(text("PRAGMA defer_foreign_keys = ON"))
                for table_name, column, parent in resident_data.detach_columns():
                    table = Base.metadata.tables[table_name]
                    for chunk in _chunks(ids.get(parent, [])):
                        session.execute(update(table).where(table.c[column].in_(chunk)).values({column: None}))
                for step in reversed(resident_data.deletion_plan()):
                    table = Base.metadata.tables[step.table]
                    for chunk in _chunks(ids.get(step.table, [])):
                        session.execute(delete(table).where(table.c.id.in_(chunk)))
                counts = {t: len(v) for t, v in ids.items() if v}
                kinds = ", ".join(f"{n} {resident_data.LABELS[t]}" for t, n in counts.items())
                span = f"{months[0]} to {months[-1]}" if months else "none"
                self.desk.record(
                    session, audit.Action.RECORDS_PURGED, severity=audit.HIGH, entity_type="retention",
                    summary=f"deleted for good, as records are kept {years} years after the last stay: "
                            f"{len(wanted)} resident(s) whose last stay ended before {cutoff.isoformat()} "
                            f"({kinds}); anonymized monthly counts kept for {span}",
                )
            self._vacuum()
        self.desk.changed("residents")
        return PurgeResult(len(wanted), counts, months)

    def _keep_counts(self, session, resident_ids: list[int]) -> list[str]:  # noqa: ANN001
        """Add the purged records' monthly counts to the kept ones (before they are deleted)."""
        add: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNT_NAMES, 0))

        def month(day: date) -> str:
            return f"{day.year:04d}-{day.month:02d}"

        for chunk in _chunks(resident_ids):
            for stay in session.scalars(select(Stay).where(Stay.resident_id.in_(chunk))):
                add[month(stay.intake_date)]["stays_started"] += 1
                end = stay.exit_date or self.desk.today()
                if stay.exit_date is not None:
                    add[month(stay.exit_date)]["stays_ended"] += 1
                night = stay.intake_date
                while night < end:  # nights counted: intake <= night < exit
                    nxt = (night.replace(day=1) + timedelta(days=32)).replace(day=1)
                    upto = min(nxt, end)
                    add[month(night)]["bed_nights"] += (upto - night).days
                    night = upto
            for day, children in session.execute(
                    select(MealMark.day, MealMark.children).where(MealMark.resident_id.in_(chunk))):
                add[month(day)]["meals"] += 1 + (children or 0)
            for day, quantity in session.execute(
                    select(SupplyHandout.handed_on, SupplyHandout.quantity).where(SupplyHandout.resident_id.in_(chunk))):
                add[month(day)]["items_handed_out"] += quantity or 0
            for (day,) in session.execute(select(Appointment.day).where(Appointment.resident_id.in_(chunk))):
                add[month(day)]["appointments"] += 1
        kept = self._kept(session)
        for key, counts in add.items():
            into = kept.setdefault(key, dict.fromkeys(COUNT_NAMES, 0))
            for name, n in counts.items():
                into[name] = into.get(name, 0) + n
        value = json.dumps(dict(sorted(kept.items())), separators=(",", ":"))
        row = session.get(Setting, COUNTS_KEY)
        if row is None:
            session.add(Setting(key=COUNTS_KEY, value=value))
        else:
            row.value = value
        return sorted(add)

    def _vacuum(self) -> None:
        """Rebuild the file without the deleted pages, then empty the WAL."""
        raw = self.desk.vault.db.engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            raw.close()
