"""The day sheet of appointments and rides: a real PDF from a real vault, read back as text.

It is handed to drivers and escorts, so besides what it must say (who, when, where, the ride,
the escort) these tests check what it must never say: the kind of appointment, the notes,
a legal name, her room.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pypdf

from shelter_desk import audit
from shelter_desk.reports.day_sheet import render_day_sheet
from shelter_desk.services.needs_views import AppointmentDetails
from tests.unit.test_residents import last_event, make_rooms, take_in

PRINTED_AT = datetime(2026, 1, 5, 9, 0)


def pages_text(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def render(desk, day, **kw) -> bytes:  # noqa: ANN001
    return render_day_sheet(desk.appointments.day_sheet(day), shelter_name="Harbor House",
                            printed_by="Dana Director", printed_at=PRINTED_AT, **kw)


def book(desk, resident_id, day, minute, kind, **kw) -> int:  # noqa: ANN001
    return desk.appointments.book(AppointmentDetails(resident_id, day, minute, kind, **kw),
                                  allow_clash=True).appointment_id


def test_the_sheet_says_who_when_where_ride_and_escort_and_nothing_private(desk):
    beds = make_rooms(desk)
    today = desk.today()
    tomorrow = today + timedelta(days=1)
    amara, _ = take_in(desk, "Amara", on=today - timedelta(days=3), bed=beds["r1b1"],
                       legal_name="Amara Legalname Okafor")
    rosa, _ = take_in(desk, "Rosa", on=today - timedelta(days=9), legal_name="Rosalind Hiddenname")
    lan, _ = take_in(desk, "Nguyễn Thị Lan", on=today - timedelta(days=1))
    clinic = desk.appointments.add_provider("Riverside Health Clinic", "1200 Fictional Ave, Springfield",
                                            "555-0100", "Entrance at the back")
    book(desk, amara, tomorrow, 10 * 60, "mental_health", provider_id=clinic, transport_needed=True,
         ride="Sam drives the van, leave 9:30", escort="Sam", notes="Trauma counselling, session 4")
    book(desk, rosa, tomorrow, 8 * 60 + 15, "court", place="Family Court annex, 1 Justice Plaza",
         escort="Jo (volunteer)", notes="Custody hearing about her son")
    cancelled = book(desk, lan, tomorrow, 13 * 60, "prenatal", provider_id=clinic, notes="20-week scan")
    desk.appointments.settle(cancelled, "cancelled", "She felt unwell")
    book(desk, lan, today + timedelta(days=2), 9 * 60, "dental", place="Smile Dental")

    pdf = render(desk, tomorrow)
    assert pdf.startswith(b"%PDF")
    (text,) = pages_text(pdf)
    flat = " ".join(text.split())
    assert "Appointments and rides" in flat
    assert "Tuesday 2026-01-06" in flat
    for shown in ("Amara", "Rosa", "Riverside Health Clinic", "1200 Fictional Ave, Springfield",
                  "Family Court annex, 1 Justice Plaza", "Sam drives the van, leave 9:30", "Jo (volunteer)",
                  "08:15–09:15", "10:00–11:00", "No ride needed", "2 appointments, 1 with a ride."):
        assert shown in flat, shown
    assert flat.index("Rosa") < flat.index("Amara")  # in time order: 08:15 before 10:00
    # Never on a driver's sheet: what the appointment is for, the notes, legal names, rooms,
    # settled appointments and other days.
    for hidden in ("Mental health", "Prenatal", "Dental", "Trauma", "counselling", "Custody",
                   "hearing", "20-week", "unwell", "Legalname", "Hiddenname", "Rosalind", "Okafor", "Room 1",
                   "Nguyễn", "Smile", "555-0100", "Entrance at the back"):
        assert hidden not in text, hidden
    event = last_event(desk, audit.Action.DAY_SHEET_MADE)
    assert "2026-01-06" in event.summary and "Amara" not in event.summary


def test_every_page_has_the_frame(desk):
    today = desk.today()
    amara, _ = take_in(desk, "Amara", on=today)
    book(desk, amara, today, 15 * 60, "medical", place="Clinic")
    (text,) = pages_text(render(desk, today))
    assert "Harbor House" in text
    assert "CONFIDENTIAL" in text
    assert "Page 1 of 1" in text
    assert "Printed by Dana Director, 2026-01-05 09:00" in text
    assert "Appointments and rides · Monday 2026-01-05" in text


def test_a_busy_day_runs_over_pages_with_the_header_on_each(desk):
    today = desk.today()
    day = today + timedelta(days=3)
    names = [f"Resident {n:02d}" for n in range(36)]
    for n, name in enumerate(names):
        rid, _ = take_in(desk, name, on=today - timedelta(days=5))
        for k in range(2):
            book(desk, rid, day, 7 * 60 + n * 10 + k * 400 % 600, "medical",
                 place=f"Clinic number {n}, {100 + n} Long Street Name, Springfield, with a long address",
                 transport_needed=bool(n % 2), ride=f"Driver {n} leaves half an hour before" if n % 2 else "",
                 escort=f"Escort {n}" if n % 3 else "")
    pages = pages_text(render(desk, day))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Place and address" in page  # the table's header row repeats on every page
        assert "CONFIDENTIAL" in page
    everything = "\n".join(pages)
    for name in names:
        assert everything.count(name) == 2, name
    assert "72 appointments, 36 with a ride." in " ".join(everything.split())


def test_a_day_with_nothing_booked_says_so(desk):
    (text,) = pages_text(render(desk, desk.today() + timedelta(days=10)))
    assert "No appointments are booked for this day." in text
    assert "Place and address" not in text


def test_the_words_go_through_the_translation_given(desk):
    seen = set()

    def tr(context: str, words: str) -> str:
        seen.add(context)
        return {"Appointments and rides": "Citas y traslados", "Thursday": "jueves",
                "No appointments are booked for this day.": "No hay citas este día.",
                "Confidential": "Confidencial"}.get(words, words)

    (text,) = pages_text(render(desk, desk.today() + timedelta(days=3), tr=tr))
    assert seen == {"Printouts"}
    assert "Citas y traslados" in text
    assert "jueves 2026-01-08" in text
    assert "No hay citas este día." in text
    assert "CONFIDENCIAL" in text


def test_the_page_title_and_the_place_are_translatable_patterns(desk):
    today = desk.today()
    amara, _ = take_in(desk, "Amara", on=today)
    clinic = desk.appointments.add_provider("Riverside Health Clinic", "1200 Fictional Ave")
    book(desk, amara, today, 15 * 60, "medical", provider_id=clinic)
    asked = []

    def tr(context: str, words: str) -> str:
        asked.append(words)
        return {"{title} · {day}": "{day} — {title}", "{place}\n{address}": "{address}\n({place})",
                "Appointments and rides": "Citas y traslados"}.get(words, words)

    (text,) = pages_text(render(desk, today, tr=tr))
    flat = " ".join(text.split())
    assert "{title} · {day}" in asked and "{place}\n{address}" in asked
    assert "Monday 2026-01-05 — Citas y traslados" in flat  # the title on the page's frame
    assert "1200 Fictional Ave (Riverside Health Clinic)" in flat
