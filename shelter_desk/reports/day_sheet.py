"""The day sheet: a day's appointments and rides, for the drivers and escorts who take residents there.

Built only from the shared blocks of :mod:`shelter_desk.reports.pdf` (page frame, styles,
table), in memory. The GUI gets the sheet from ``desk.appointments.day_sheet(day)``
(which records in the audit trail that it was made) and renders it off the UI thread.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports.pdf import (
    CONTEXT,
    Translate,
    build,
    data_table,
    no_translation,
    page_frame,
    styles,
    text,
)
from shelter_desk.reports.pdf import day_words as pdf_day_words
from shelter_desk.services.needs_views import AppointmentLine, DaySheet, time_text

# Time, resident, place and address, ride, escort: 175 mm, the printable width of a Letter page.
WIDTHS_MM = (25, 30, 52, 40, 28)


def render_day_sheet(sheet: DaySheet, *, shelter_name: str, printed_by: str, printed_at: datetime,
                     tr: Translate = no_translation) -> bytes:
    """The PDF of ``sheet``: title and day, then the booked appointments in time order.

    What is printed is deliberately less than what the screen shows. A driver's sheet leaves
    the building in a car and may be read by anyone: it names her by alias only, and it never
    says what the appointment is for (no kind, no notes, no outcome notes), so it cannot reveal
    that she sees a counsellor, is pregnant or goes to court beyond what the place itself says.
    The room, the phone numbers and anything settled are left off too: the sheet is for getting
    there, nothing else.
    """

    def t(words: str) -> str:
        return tr(CONTEXT, words)

    s = styles()
    day = sheet.day
    day_words = pdf_day_words(day, tr)
    title = t(QT_TRANSLATE_NOOP("Printouts", "Appointments and rides"))
    lines = sorted(sheet.lines, key=lambda line: (line.start_minute, line.alias.casefold(), line.id))
    rides = sum(1 for line in lines if line.transport_needed)
    if len(lines) == 1:
        count = t(QT_TRANSLATE_NOOP("Printouts", "1 appointment, {rides} with a ride.")).format(rides=rides)
    else:
        count = t(QT_TRANSLATE_NOOP("Printouts", "{n} appointments, {rides} with a ride.")).format(
            n=len(lines), rides=rides)
    header = [
        t(QT_TRANSLATE_NOOP("Printouts", "Time")),
        t(QT_TRANSLATE_NOOP("Printouts", "Resident")),
        t(QT_TRANSLATE_NOOP("Printouts", "Place and address")),
        t(QT_TRANSLATE_NOOP("Printouts", "Ride")),
        t(QT_TRANSLATE_NOOP("Printouts", "Escort")),
    ]
    rows = [_row(line, t) for line in lines]
    story = [
        Paragraph(text(title), s["title"]),
        Paragraph(text(day_words), s["big"]),
        Spacer(1, 2 * mm),
    ]
    if lines:
        story.append(Paragraph(text(count), s["body"]))
    story += [
        data_table(header, rows, WIDTHS_MM, empty=t(QT_TRANSLATE_NOOP(
            "Printouts", "No appointments are booked for this day."))),
        Spacer(1, 5 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Only what drivers and escorts need is printed here. Keep this sheet with you, never "
                         "leave it in the car, and shred it at the end of the day."))), s["small"]),
    ]
    page_title = t(QT_TRANSLATE_NOOP("Printouts", "{title} · {day}")).format(title=title, day=day_words)
    frame = page_frame(shelter_name=shelter_name, title=page_title, printed_by=printed_by, printed_at=printed_at,
                       tr=tr)
    return build(frame, story)


def _row(line: AppointmentLine, t) -> list[str]:  # noqa: ANN001
    end = min(line.end_minute, 24 * 60 - 1)
    when = t(QT_TRANSLATE_NOOP("Printouts", "{start}–{end}")).format(
        start=time_text(line.start_minute), end=time_text(end))
    place = t(QT_TRANSLATE_NOOP("Printouts", "{place}\n{address}")).format(
        place=line.place_name, address=line.address) if line.address else line.place_name
    if line.transport_needed:
        ride = t(QT_TRANSLATE_NOOP("Printouts", "Needs a ride: {ride}")).format(ride=line.ride) if line.ride \
            else t(QT_TRANSLATE_NOOP("Printouts", "Needs a ride (nobody chosen yet)"))
    else:
        ride = t(QT_TRANSLATE_NOOP("Printouts", "No ride needed"))
    return [when, line.alias, place, ride, line.escort or "—"]
