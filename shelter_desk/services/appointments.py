"""Appointments and rides: medical, dental, mental health, prenatal, vision, legal and court.

An appointment falls within one of her stays (not before she came, not after she
left). Booking her, or her escort, at a time that overlaps another booked
appointment raises :class:`AppointmentClash` unless the person confirms
(``allow_clash=True``). After its time an appointment is settled: went, missed,
cancelled, or moved to a new time (a new appointment linked to the old one).
Booked appointments whose time has passed are flagged to be settled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from shelter_desk import audit
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.needs_common import (
    aliases,
    check_count,
    list_name,
    rooms_of_residents,
    same_name,
)
from shelter_desk.services.needs_views import (
    APPOINTMENT_KINDS,
    MAX_DURATION,
    OUTCOMES,
    AppointmentClash,
    AppointmentDetails,
    AppointmentLine,
    BookResult,
    DaySheet,
    ProviderView,
)
from shelter_desk.services.resident_views import StaleRecord
from shelter_desk.services.validation import check_date, clean_block, clean_line, fold, is_record_id
from shelter_desk.storage.needs_models import Appointment, Provider
from shelter_desk.storage.resident_models import Stay

LATEST_BOOKING_DAYS = 2 * 366  # an appointment more than two years ahead is a typing mistake


class AppointmentService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    # --- providers ------------------------------------------------------------------------------
    def providers(self, include_retired: bool = False) -> list[ProviderView]:
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            query = select(Provider).order_by(Provider.name_key, Provider.id)
            if not include_retired:
                query = query.where(Provider.active.is_(True))
            return [ProviderView(p.id, p.name, p.address, p.phone, p.note, p.active) for p in session.scalars(query)]

    @staticmethod
    def _provider_values(name: str, address: str, phone: str, note: str) -> dict[str, str]:
        name = list_name(name, max_length=120)
        return {
            "name": name, "name_key": fold(name),
            "address": clean_line(address, field="address", label=QT_TRANSLATE_NOOP("fields", "the address"),
                                  max_length=300),
            "phone": clean_line(phone, field="phone", label=QT_TRANSLATE_NOOP("fields", "the phone number"),
                                max_length=60),
            "note": clean_line(note, field="note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=300),
        }

    def add_provider(self, name: str, address: str = "", phone: str = "", note: str = "") -> int:
        self.desk.require(Permission.DAILY_NEEDS)
        values = self._provider_values(name, address, phone, note)
        now = self.desk.now()
        with self.desk.write() as session:
            self._check_unique(session, values)
            provider = Provider(active=True, created_at=now, updated_at=now, **values)
            session.add(provider)
            session.flush()
            self.desk.record(session, audit.Action.PROVIDER_ADDED, entity_type="provider", entity_id=provider.id,
                             summary=f"place #{provider.id} added")
            provider_id = provider.id
        self.desk.changed("appointments")
        return provider_id

    def update_provider(self, provider_id: int, name: str, address: str = "", phone: str = "", note: str = "",
                        active: bool = True) -> None:
        """Change or retire a place: house managers and directors, since its address is printed on
        every later day sheet (anyone may add a place)."""
        self.desk.require(Permission.MANAGE_LISTS)
        values = self._provider_values(name, address, phone, note)
        with self.desk.write() as session:
            provider = self._provider(session, provider_id, in_use=False)
            self._check_unique(session, values, except_id=provider.id)
            changed = [k for k, v in values.items() if getattr(provider, k) != v and k != "name_key"]
            if provider.active != bool(active):
                changed.append("active")
            if not changed:
                return
            for key, value in values.items():
                setattr(provider, key, value)
            provider.active, provider.updated_at = bool(active), self.desk.now()
            self.desk.record(session, audit.Action.PROVIDER_CHANGED, entity_type="provider", entity_id=provider.id,
                             summary=f"place #{provider.id}: {', '.join(changed)}")
        self.desk.changed("appointments")

    @staticmethod
    def _check_unique(session: Session, values: dict[str, str], except_id: int | None = None) -> None:
        """One place with one name at one address (an edit can no more make a twin than adding can)."""
        for other in session.scalars(select(Provider).where(Provider.name_key == values["name_key"])):
            if other.id != except_id and same_name(other.address, values["address"]):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{name} at this address is already on the list."), field="name", name=other.name)

    @staticmethod
    def _provider(session: Session, provider_id: int, *, in_use: bool = True) -> Provider:
        provider = session.get(Provider, provider_id) if is_record_id(provider_id) else None
        if provider is None or (in_use and not provider.active):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That place is no longer on the list."),
                                  field="provider")
        return provider

    # --- booking --------------------------------------------------------------------------------
    def _values(self, session: Session, details: AppointmentDetails, *, changing: Appointment | None = None
                ) -> dict[str, object]:
        today = self.desk.today()
        day = check_date(details.day, field="day", label=QT_TRANSLATE_NOOP("fields", "the day"), today=today,
                         allow_future=True)
        if day > today + timedelta(days=LATEST_BOOKING_DAYS):  # type: ignore[operator]
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "{label} is more than two years away. Please check the year."), field="day",
                label=QT_TRANSLATE_NOOP("fields", "the day"))
        start = check_count(details.start_minute, field="start", label=QT_TRANSLATE_NOOP("fields", "the time"),
                            high=24 * 60 - 1)
        duration = check_count(details.duration_minutes, field="duration",
                               label=QT_TRANSLATE_NOOP("fields", "how long it takes"), low=5, high=MAX_DURATION)
        if start + duration > 24 * 60:  # the day and week views, and the overlap check, work within one day
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "It would end after midnight. Check the time and how long it takes."), field="duration")
        if not any(details.kind == code for code, _label in APPOINTMENT_KINDS):  # no hashing: a list is refused
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose what kind of appointment it is from the list."),
                                  field="kind")
        place = clean_line(details.place, field="place", label=QT_TRANSLATE_NOOP("fields", "the place"),
                           max_length=300)
        provider_id = details.provider_id
        if provider_id is not None:
            in_use = changing is None or changing.provider_id != provider_id  # a retired place can stay on an old one
            provider_id = self._provider(session, provider_id, in_use=in_use).id
        elif not place:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the place from the list, or type where it is."),
                                  field="provider")
        escort = clean_line(details.escort, field="escort", label=QT_TRANSLATE_NOOP("fields", "the escort"),
                            max_length=120)
        resident = self.desk.residents._resident(session, details.resident_id)
        stays = list(session.scalars(select(Stay).where(Stay.resident_id == resident.id).order_by(Stay.intake_date)))
        if not any(s.intake_date <= day and (s.exit_date is None or day <= s.exit_date) for s in stays):  # type: ignore[operator]
            first = stays[0].intake_date if stays else None
            if first is not None and day < first:  # type: ignore[operator]
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "That day is before {alias} came here (on {intake}). Check the day."),
                    field="day", alias=resident.alias, intake=first.isoformat())
            # After her last stay only: a day between two stays is neither "before" nor "after she left".
            if stays and all(s.exit_date is not None and s.exit_date < day for s in stays):  # type: ignore[operator]
                left = max(s.exit_date for s in stays)  # type: ignore[type-var]
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{alias} left on {left}, so no appointment can be booked for her after that."),
                    field="day", alias=resident.alias, left=left.isoformat())  # type: ignore[union-attr]
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "{alias} was not staying here on that day. Check the day."), field="day",
                alias=resident.alias)
        return {
            "resident_id": resident.id, "day": day, "start_minute": start, "duration_minutes": duration,
            "kind": details.kind, "provider_id": provider_id, "place": place,
            "transport_needed": bool(details.transport_needed),
            "ride": clean_line(details.ride, field="ride", label=QT_TRANSLATE_NOOP("fields", "the ride"),
                               max_length=200),
            "escort": escort, "escort_key": " ".join(fold(escort).split()),
            "notes": clean_block(details.notes, field="notes", label=QT_TRANSLATE_NOOP("fields", "the notes"),
                                 max_length=2000),
        }

    def _clashes(self, session: Session, values: dict[str, object], except_id: int | None) -> list[int]:
        start = int(values["start_minute"])  # type: ignore[call-overload]
        end = start + int(values["duration_minutes"])  # type: ignore[call-overload]
        who = [Appointment.resident_id == values["resident_id"]]
        if values["escort_key"]:
            who.append(Appointment.escort_key == values["escort_key"])
        found = []
        for other in session.scalars(select(Appointment).where(
                Appointment.day == values["day"], Appointment.status == "scheduled", or_(*who))):
            if other.id == except_id:
                continue
            if other.start_minute < end and start < other.start_minute + other.duration_minutes:
                found.append(other.id)
        return found

    def book(self, details: AppointmentDetails, allow_clash: bool = False) -> BookResult:
        """Book an appointment. Raises :class:`AppointmentClash` on an overlap unless ``allow_clash``."""
        who = self.desk.require(Permission.DAILY_NEEDS)
        now = self.desk.now()
        with self.desk.write() as session:
            values = self._values(session, details)
            clashes = self._clashes(session, values, None)
            if clashes and not allow_clash:
                raise AppointmentClash(tuple(self._lines(session, clashes)))
            row = Appointment(status="scheduled", booked_by=who.display_name, version=1, created_at=now,
                              updated_at=now, **values)
            session.add(row)
            session.flush()
            self.desk.record(session, audit.Action.APPOINTMENT_BOOKED, entity_type="appointment", entity_id=row.id,
                             summary=f"appointment #{row.id} for resident #{row.resident_id} on {row.day.isoformat()}"
                                     + (f", {len(clashes)} overlap(s) confirmed" if clashes else ""))
            result = BookResult(row.id, tuple(self._lines(session, clashes)))
        self.desk.changed("appointments")
        return result

    def update(self, appointment_id: int, details: AppointmentDetails, version: int,
               allow_clash: bool = False) -> BookResult:
        """Change a booked appointment (the one opened, at ``version``)."""
        self.desk.require(Permission.DAILY_NEEDS)
        with self.desk.write() as session:
            row = self._appointment(session, appointment_id)
            if row.version != version:
                raise StaleRecord()
            if row.status != "scheduled":
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This appointment is already settled, so it cannot be changed. Book a new one."))
            values = self._values(session, details, changing=row)
            if values["resident_id"] != row.resident_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "An appointment cannot be moved to another resident. Cancel it and book a new one."),
                    field="resident")
            clashes = self._clashes(session, values, row.id)
            if clashes and not allow_clash:
                raise AppointmentClash(tuple(self._lines(session, clashes)))
            changed = [k for k, v in values.items() if getattr(row, k) != v and k != "escort_key"]
            if changed:
                for key, value in values.items():
                    setattr(row, key, value)
                row.version += 1
                row.updated_at = self.desk.now()
                self.desk.record(session, audit.Action.APPOINTMENT_CHANGED, entity_type="appointment",
                                 entity_id=row.id, summary=f"appointment #{row.id}: {', '.join(changed)}")
            result = BookResult(row.id, tuple(self._lines(session, clashes)))
        if changed:
            self.desk.changed("appointments")
        return result

    def settle(self, appointment_id: int, outcome: str, note: str = "", version: int | None = None) -> None:
        """Record how it went: attended, missed or cancelled (``version``: the one shown, if given)."""
        who = self.desk.require(Permission.DAILY_NEEDS)
        if outcome not in OUTCOMES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how the appointment went from the list."),
                                  field="outcome")
        note = clean_line(note, field="outcome_note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=300)
        with self.desk.write() as session:
            row = self._appointment(session, appointment_id)
            if row.status != "scheduled":
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This appointment is already settled."))
            if version is not None and row.version != version:
                raise StaleRecord()
            if outcome in ("attended", "missed") and row.day > self.desk.today():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This appointment is on a day that has not come yet. It can only be cancelled or "
                              "moved."), field="outcome")
            row.status, row.outcome_note = outcome, note
            row.settled_on, row.settled_by = self.desk.today(), who.display_name
            row.version += 1
            row.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.APPOINTMENT_SETTLED, entity_type="appointment", entity_id=row.id,
                             summary=f"appointment #{row.id}: {outcome}")
        self.desk.changed("appointments")

    def reschedule(self, appointment_id: int, details: AppointmentDetails, note: str = "",
                   allow_clash: bool = False, version: int | None = None) -> BookResult:
        """Move it to a new time: the old one is marked "moved" and linked to the new one.

        ``version``: the version of the appointment shown when the move was asked for; if it
        changed since (someone edited the ride or the notes), nothing is saved.
        """
        who = self.desk.require(Permission.DAILY_NEEDS)
        note = clean_line(note, field="outcome_note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=300)
        now = self.desk.now()
        with self.desk.write() as session:
            old = self._appointment(session, appointment_id)
            if old.status != "scheduled":
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "This appointment is already settled."))
            if version is not None and old.version != version:
                raise StaleRecord()
            details = replace(details, resident_id=old.resident_id)
            values = self._values(session, details, changing=old)
            clashes = self._clashes(session, values, old.id)
            if clashes and not allow_clash:
                raise AppointmentClash(tuple(self._lines(session, clashes)))
            new = Appointment(status="scheduled", booked_by=who.display_name, version=1, created_at=now,
                              updated_at=now, **values)
            session.add(new)
            session.flush()
            old.status, old.outcome_note, old.rescheduled_to_id = "rescheduled", note, new.id
            old.settled_on, old.settled_by = self.desk.today(), who.display_name
            old.version += 1
            old.updated_at = now
            self.desk.record(session, audit.Action.APPOINTMENT_RESCHEDULED, entity_type="appointment",
                             entity_id=old.id, summary=f"appointment #{old.id} moved to #{new.id}")
            result = BookResult(new.id, tuple(self._lines(session, clashes)))
        self.desk.changed("appointments")
        return result

    @staticmethod
    def _appointment(session: Session, appointment_id: int) -> Appointment:
        row = session.get(Appointment, appointment_id) if is_record_id(appointment_id) else None
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That appointment no longer exists."))
        return row

    # --- reading --------------------------------------------------------------------------------
    def _lines(self, session: Session, ids_or_rows: list) -> list[AppointmentLine]:  # noqa: ANN001
        rows = [session.get(Appointment, x) if isinstance(x, int) else x for x in ids_or_rows]
        rows = [r for r in rows if r is not None]
        names = aliases(session, [r.resident_id for r in rows])
        rooms = rooms_of_residents(session, [r.resident_id for r in rows])
        provider_ids = {r.provider_id for r in rows if r.provider_id is not None}
        providers = {p.id: p for p in session.scalars(select(Provider).where(Provider.id.in_(provider_ids)))} \
            if provider_ids else {}
        ids = [r.id for r in rows]
        came_from = {to_id: from_id for from_id, to_id in session.execute(
            select(Appointment.id, Appointment.rescheduled_to_id).where(Appointment.rescheduled_to_id.in_(ids)))} \
            if ids else {}
        now = self.desk.now().astimezone()
        today, minute_now = now.date(), now.hour * 60 + now.minute
        lines = []
        for r in rows:
            p = providers.get(r.provider_id) if r.provider_id is not None else None
            past = r.day < today or (r.day == today and r.start_minute + r.duration_minutes <= minute_now)
            lines.append(AppointmentLine(
                id=r.id, resident_id=r.resident_id, alias=names.get(r.resident_id, ""),
                room=rooms.get(r.resident_id, ""), day=r.day, start_minute=r.start_minute,
                duration_minutes=r.duration_minutes, kind=r.kind, provider_id=r.provider_id,
                place_name=p.name if p else r.place, address=(p.address if p else ""), phone=(p.phone if p else ""),
                transport_needed=r.transport_needed, ride=r.ride, escort=r.escort, notes=r.notes, status=r.status,
                outcome_note=r.outcome_note, rescheduled_to_id=r.rescheduled_to_id,
                rescheduled_from_id=came_from.get(r.id), needs_settling=r.status == "scheduled" and past,
                version=r.version))
        return lines

    def get(self, appointment_id: int) -> AppointmentLine:
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            return self._lines(session, [self._appointment(session, appointment_id)])[0]

    def between(self, first: date, last: date, include_settled: bool = True) -> list[AppointmentLine]:
        """Appointments from ``first`` to ``last`` (both included), in time order."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        for value, field in ((first, "first"), (last, "last")):
            check_date(value, field=field, label=QT_TRANSLATE_NOOP("fields", "the day"), today=self.desk.today(),
                       allow_future=True)
        if last < first:
            first, last = last, first
        with self.desk.read() as session:
            query = select(Appointment).where(Appointment.day >= first, Appointment.day <= last)
            if not include_settled:
                query = query.where(Appointment.status == "scheduled")
            rows = list(session.scalars(query.order_by(Appointment.day, Appointment.start_minute, Appointment.id)))
            return self._lines(session, rows)

    def on_day(self, day: date, include_settled: bool = True) -> list[AppointmentLine]:
        return self.between(day, day, include_settled)

    def to_settle(self) -> list[AppointmentLine]:
        """Booked appointments whose time has passed: the front desk records how they went."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        today = self.desk.today()
        with self.desk.read() as session:
            rows = list(session.scalars(select(Appointment).where(
                Appointment.status == "scheduled", Appointment.day <= today)
                .order_by(Appointment.day, Appointment.start_minute, Appointment.id)))
            return [line for line in self._lines(session, rows) if line.needs_settling]

    def count_to_settle(self) -> int:
        """How many booked appointments' time has passed (the Today board and the page's button)."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        now = self.desk.now().astimezone()
        minute_now = now.hour * 60 + now.minute
        with self.desk.read() as session:
            before = session.scalar(select(func.count()).select_from(Appointment).where(
                Appointment.status == "scheduled", Appointment.day < now.date())) or 0
            today = session.scalar(select(func.count()).select_from(Appointment).where(
                Appointment.status == "scheduled", Appointment.day == now.date(),
                Appointment.start_minute + Appointment.duration_minutes <= minute_now)) or 0
        return int(before) + int(today)

    def for_resident(self, resident_id: int) -> list[AppointmentLine]:
        """Her appointments, newest first (read as part of her file)."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            resident = self.desk.residents._resident(session, resident_id)
            rows = list(session.scalars(select(Appointment).where(Appointment.resident_id == resident.id)
                                        .order_by(Appointment.day.desc(), Appointment.start_minute.desc())))
            return self._lines(session, rows)

    def day_sheet(self, day: date) -> DaySheet:
        """The booked appointments of a day, for drivers and escorts (aliases only). Making it is audited."""
        self.desk.require(Permission.DAILY_NEEDS)
        day = check_date(day, field="day", label=QT_TRANSLATE_NOOP("fields", "the day"), today=self.desk.today(),
                         allow_future=True)  # type: ignore[assignment]
        lines = [line for line in self.on_day(day) if line.status == "scheduled"]
        with self.desk.write() as session:
            self.desk.record(session, audit.Action.DAY_SHEET_MADE, entity_type="day", entity_id=day.isoformat(),
                             summary=f"day sheet for {day.isoformat()}, {len(lines)} appointments")
        return DaySheet(day, tuple(lines))
