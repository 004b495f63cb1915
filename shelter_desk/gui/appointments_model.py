"""The appointments lists: one day, one week (days grouped), or every past one still to settle.

:class:`AppointmentsModel` holds :class:`Slot` rows. In the week view each day has at
least one row (a day with nothing booked says so), and the day's name shows on its first
row only, so the arrows walk through the week in time order. A past appointment still
"booked" says "To settle" in words and in colour (never colour alone).

The small text helpers (``time_span``, ``kind_text``, ``status_text``, ``ride_text``,
``clash_sentence``) are shared with the dialogs and may be used by the Today board.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.needs_views import (
    APPOINTMENT_KINDS,
    APPOINTMENT_STATUSES,
    AppointmentLine,
    time_text,
)

CONTEXT = "AppointmentsModel"
translate = QCoreApplication.translate
COL_DAY, COL_TIME, COL_RESIDENT, COL_KIND, COL_PLACE, COL_RIDE, COL_ESCORT, COL_STATUS = range(8)

TO_SETTLE_BACKGROUND = QColor("#fdf3dc")
TO_SETTLE_INK = QColor("#7a2e00")
SETTLED_INK = QColor("#5d686c")
OTHER_DAY_BACKGROUND = QColor("#f3f1ec")


def kind_text(code: str) -> str:
    for key, label in APPOINTMENT_KINDS:
        if key == code:
            return QCoreApplication.translate("choices", label)
    return code


def time_span(line: AppointmentLine) -> str:
    """'09:30–10:30' (24-hour clock, as typed in the booking form)."""
    return translate("AppointmentsModel", "{start}–{end}").format(
        start=time_text(line.start_minute), end=time_text(min(line.end_minute, 24 * 60 - 1)))


def weekday_text(day: date, long: bool = False) -> str:
    """'Tue 2026-01-06' (or 'Tuesday, 2026-01-06'): the weekday in the computer's language, then the date."""
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat if long
                             else QLocale.FormatType.ShortFormat)
    if long:
        return translate("AppointmentsModel", "{weekday}, {day}").format(weekday=name, day=day_text(day))
    return translate("AppointmentsModel", "{weekday} {day}").format(weekday=name, day=day_text(day))


def day_time_text(line: AppointmentLine) -> str:
    """'Tue 2026-01-06, 09:30–10:30'."""
    return translate("AppointmentsModel", "{day}, {time}").format(day=weekday_text(line.day), time=time_span(line))


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip showing ``text`` as typed: Qt would read "<b>" in a tooltip as markup."""
    if not text:
        return None
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def when_text(line: AppointmentLine) -> str:
    """'Tue 2026-01-06 at 09:30'."""
    return translate("AppointmentsModel", "{day} at {time}").format(
        day=weekday_text(line.day), time=time_text(line.start_minute))


def status_text(line: AppointmentLine) -> str:
    if line.needs_settling:
        return translate("AppointmentsModel", "To settle")
    for key, label in APPOINTMENT_STATUSES:
        if key == line.status:
            return QCoreApplication.translate("choices", label)
    return line.status


def ride_text(line: AppointmentLine) -> str:
    """'Yes: Sam drives, leave at 9:00', 'Yes', or 'No'."""
    if not line.transport_needed:
        return translate("AppointmentsModel", "No")
    if line.ride:
        return translate("AppointmentsModel", "Yes: {ride}").format(ride=line.ride)
    return translate("AppointmentsModel", "Yes (nobody chosen yet)")


def place_text(line: AppointmentLine) -> str:
    """'Riverside Health Clinic, 1200 Fictional Ave' (or the place alone, without an address)."""
    if not line.address:
        return line.place_name
    return translate("AppointmentsModel", "{place}, {address}").format(place=line.place_name, address=line.address)


def clash_sentence(line: AppointmentLine, resident_id: int) -> str:
    """Why ``line`` clashes with a booking for ``resident_id``: her own appointment, or her escort's."""
    if line.resident_id == resident_id:
        return translate("AppointmentsModel", "{alias} already has {kind} at {time} at {place}.").format(
            alias=line.alias, kind=kind_text(line.kind), time=time_span(line), place=line.place_name)
    return translate("AppointmentsModel",
                     "{escort} is already escorting {alias} to {kind} at {time} at {place}.").format(
        escort=line.escort, alias=line.alias, kind=kind_text(line.kind), time=time_span(line),
        place=line.place_name)


def week_of(day: date) -> tuple[date, date]:
    """The first and last day of the week ``day`` is in (the computer's first day of the week)."""
    first = int(QLocale().firstDayOfWeek().value)  # Qt: Monday = 1 ... Sunday = 7, as isoweekday()
    start = day - timedelta(days=(day.isoweekday() - first) % 7)
    return start, start + timedelta(days=6)


@dataclass(frozen=True)
class Slot:
    """One row: an appointment, or (week view) a day with nothing booked."""

    day: date
    line: AppointmentLine | None
    first_of_day: bool = True
    day_number: int = 0  # 0, 1, 2...: which day of the list, to shade every other day
    moved_to: AppointmentLine | None = None  # for one moved to a new time: the new one


def day_slots(lines: list[AppointmentLine], moved: dict[int, AppointmentLine] | None = None) -> list[Slot]:
    moved = moved or {}
    return [Slot(line.day, line, moved_to=moved.get(line.id)) for line in lines]


def week_slots(first: date, lines: list[AppointmentLine], moved: dict[int, AppointmentLine] | None = None
               ) -> list[Slot]:
    """Seven days from ``first``, each with its appointments in time order (or one empty row)."""
    moved = moved or {}
    slots = []
    for n in range(7):
        day = first + timedelta(days=n)
        todays = [line for line in lines if line.day == day]
        if not todays:
            slots.append(Slot(day, None, True, n))
        for i, line in enumerate(todays):
            slots.append(Slot(day, line, i == 0, n, moved.get(line.id)))
    return slots


def settle_slots(lines: list[AppointmentLine]) -> list[Slot]:
    """Past appointments still booked, oldest first, the day shown on each day's first row."""
    slots: list[Slot] = []
    number = -1
    for line in lines:
        first = not slots or slots[-1].day != line.day
        number += 1 if first else 0
        slots.append(Slot(line.day, line, first, number))
    return slots


class AppointmentsModel(RowsModel[Slot]):
    """The rows of the appointments page. ``grouped`` (week and to-settle views) shades every other day."""

    CONTEXT = CONTEXT
    HEADERS = {
        COL_DAY: QT_TRANSLATE_NOOP("AppointmentsModel", "Day"),
        COL_TIME: QT_TRANSLATE_NOOP("AppointmentsModel", "Time"),
        COL_RESIDENT: QT_TRANSLATE_NOOP("AppointmentsModel", "Resident"),
        COL_KIND: QT_TRANSLATE_NOOP("AppointmentsModel", "Kind"),
        COL_PLACE: QT_TRANSLATE_NOOP("AppointmentsModel", "Place"),
        COL_RIDE: QT_TRANSLATE_NOOP("AppointmentsModel", "Ride"),
        COL_ESCORT: QT_TRANSLATE_NOOP("AppointmentsModel", "Escort"),
        COL_STATUS: QT_TRANSLATE_NOOP("AppointmentsModel", "Status"),
    }

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.grouped = False

    def row_of(self, appointment_id: int | None) -> int:
        for n, slot in enumerate(self._rows):
            if slot.line is not None and slot.line.id == appointment_id:
                return n
        return -1

    def first_row_on(self, day: date) -> int:
        for n, slot in enumerate(self._rows):
            if slot.day == day:
                return n
        return -1

    def text(self, slot: Slot, column: int) -> str:
        line = slot.line
        if column == COL_DAY:
            return weekday_text(slot.day) if slot.first_of_day else ""
        if line is None:
            return translate("AppointmentsModel", "Nothing booked") if column == COL_TIME else ""
        if column == COL_TIME:
            return time_span(line)
        if column == COL_RESIDENT:
            return line.alias
        if column == COL_KIND:
            return kind_text(line.kind)
        if column == COL_PLACE:
            return line.place_name
        if column == COL_RIDE:
            return ride_text(line)
        if column == COL_ESCORT:
            return line.escort
        if column == COL_STATUS:
            text = status_text(line)
            if line.rescheduled_from_id is not None and line.status == "scheduled" and not line.needs_settling:
                return translate("AppointmentsModel", "Booked (moved here)")
            return text
        return ""

    def tooltip(self, slot: Slot, column: int) -> str | None:
        """The tooltip's words, as plain text (:meth:`data` escapes them: places and notes are typed)."""
        line = slot.line
        if line is None:
            return translate("AppointmentsModel",
                             "Nothing is booked on this day. Press Enter to see the day, Ctrl+N to book.")
        if column == COL_PLACE:
            parts = [place_text(line)]
            if line.phone:
                parts.append(line.phone)
            return "\n".join(parts)
        if column == COL_STATUS and line.needs_settling:
            return translate("AppointmentsModel",
                             "Its time has passed and it is still booked. Press Ctrl+R to record how it went.")
        if column == COL_STATUS and line.status == "rescheduled":
            if slot.moved_to is not None:
                moved = translate("AppointmentsModel", "{status}: {when}. Press Enter to see it.").format(
                    status=status_text(line), when=when_text(slot.moved_to))
            else:  # on another day than those shown: read when she asks for it
                moved = translate("AppointmentsModel", "{status}. Press Enter to see the new time.").format(
                    status=status_text(line))
            if not line.outcome_note:
                return moved
            return translate("AppointmentsModel", "{status}\n{note}").format(status=moved, note=line.outcome_note)
        if column == COL_STATUS and line.outcome_note:
            return translate("AppointmentsModel", "{status}: {note}").format(status=status_text(line),
                                                                              note=line.outcome_note)
        text = self.text(slot, column)
        return text or None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        slot = self.row(index.row())
        if slot is None:
            return None
        column = index.column()
        line = slot.line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(slot, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(slot, column))
        if role == Qt.ItemDataRole.FontRole:
            if (column == COL_DAY and slot.first_of_day) or (line is not None and line.needs_settling
                                                             and column == COL_STATUS):
                font = QFont()
                font.setBold(True)
                return font
            if line is None and column == COL_TIME:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if line is None:
                return QBrush(SETTLED_INK)
            if line.needs_settling and column == COL_STATUS:
                return QBrush(TO_SETTLE_INK)
            if line.status != "scheduled":
                return QBrush(SETTLED_INK)  # settled: quieter than what is still to come
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if line is not None and line.needs_settling and column == COL_STATUS:
                return QBrush(TO_SETTLE_BACKGROUND)
            if self.grouped and slot.day_number % 2:
                return QBrush(OTHER_DAY_BACKGROUND)
            return None
        return None
