"""The Kitchen Sheet PDF, made from a real vault's meal roster and read back as text."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timedelta

import pypdf
import pytest

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.reports.kitchen_sheet import render_kitchen_sheet
from shelter_desk.services.resident_input import HouseholdEntry
from tests.conftest import DIRECTOR, DIRECTOR_PW
from tests.unit.test_residents import assert_audit_clean, events, take_in

LEGAL = "Esperanza Villanueva Ortiz"
PRINTED_AT = datetime(2026, 1, 5, 14, 30)


def read(pdf: bytes) -> tuple[int, list[str]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    # Words in reading order, one space between them (table cells and wrapped lines come out on lines of their own).
    return len(reader.pages), [" ".join(page.extract_text().split()) for page in reader.pages]


def render(desk: Desk, *, by_room: bool = False) -> tuple[int, list[str]]:
    sheet = desk.meals.kitchen_sheet(desk.today(), by_room=by_room)
    return read(render_kitchen_sheet(sheet, shelter_name="Harbor House", printed_by="Dana Director",
                                     printed_at=PRINTED_AT))


def set_diet(desk: Desk, resident_id: int, diet: str, allergies: str) -> None:
    file = desk.residents.open_file(resident_id)
    desk.residents.update(resident_id, replace(file.person(), dietary_needs=diet, allergies=allergies), file.version)


@pytest.fixture
def house(desk: Desk) -> dict[str, int]:
    """Three residents (one with two children, one with a legal name), diets for two, meals marked."""
    desk.beds.add_room("Garden room", beds=3)
    desk.beds.add_room("Blue room", beds=2)
    beds = [b.id for r in desk.beds.rooms() for b in r.beds]
    ids = {
        "Rosa": take_in(desk, "Rosa", bed=beds[0], legal_name=LEGAL,
                        household=[HouseholdEntry("Lucía", 6), HouseholdEntry("Mateo", 3)])[0],
        "Zoë": take_in(desk, "Zoë", bed=beds[3])[0],
        "Анна": take_in(desk, "Анна", bed=beds[1])[0],
    }
    set_diet(desk, ids["Rosa"], "Vegetarian", "Peanuts")
    set_diet(desk, ids["Zoë"], "Halal", "")
    breakfast, lunch, _dinner = desk.meals.kinds()
    desk.meals.mark_everyone(desk.today(), breakfast.id)
    desk.meals.mark(desk.today(), lunch.id, ids["Zoë"])
    desk.meals.set_guests(desk.today(), breakfast.id, 2, 1)
    return ids


def test_sheet_by_alias_has_headcount_diets_and_frame(desk, house):
    pages, texts = render(desk)
    text = "\n".join(texts)
    assert pages == 1
    assert "Kitchen Sheet: Monday 2026-01-05" in text
    assert "Cook for 5: 3 residents here, with 2 children or family members." in text
    # Breakfast: expected 5, 3 residents and 2 children marked, 2 guests with 1 child, 8 in all.
    assert "Breakfast 5 3 2 2 + 1 child 8" in text
    assert "Lunch 5 1 0 0 1" in text
    assert "Dinner 5 0 0 0 0" in text
    assert "Dietary needs and allergies" in text
    assert "Rosa Vegetarian Peanuts" in text
    assert "Zoë Halal" in text
    assert "1 person here has an allergy" in text
    assert "Анна" not in text  # no diet on file: not on the list
    assert "Harbor House" in text and "CONFIDENTIAL" in text
    assert "Page 1 of 1" in text
    assert "Printed by Dana Director, 2026-01-05 14:30" in text
    assert LEGAL not in text and "Esperanza" not in text


def test_sheet_by_room_names_nobody(desk, house):
    _pages, texts = render(desk, by_room=True)
    text = "\n".join(texts)
    assert "Garden room Vegetarian Peanuts" in text
    assert "Blue room Halal" in text
    assert "Rosa" not in text and "Zoë" not in text and LEGAL not in text


def test_making_the_sheet_is_audited_without_names(desk, house):
    before = len(events(desk, Action.KITCHEN_SHEET_MADE))
    render(desk, by_room=True)
    assert len(events(desk, Action.KITCHEN_SHEET_MADE)) == before + 1
    assert_audit_clean(desk, "Rosa", "Zoë", LEGAL, "Vegetarian", "Peanuts")


def test_nobody_with_a_diet_gets_a_sentence(desk):
    take_in(desk, "Grace")
    pages, texts = render(desk)
    assert pages == 1
    assert "Nobody staying here that day has dietary needs or allergies on file." in texts[0]
    assert "Breakfast 1 0 0 0 0" in texts[0]


def test_an_empty_house(desk):
    _pages, texts = render(desk)
    assert "Nobody is staying here that day." in texts[0]


def test_many_residents_spill_over_pages_with_the_header_repeated(desk):
    for n in range(90):
        rid, _stay = take_in(desk, f"Resident {n:02d}")
        set_diet(desk, rid, "Soft food, no spice " * 3, "Tree nuts, sesame" if n % 3 == 0 else "")
    desk.meals.mark_everyone(desk.today(), desk.meals.kinds()[0].id)
    pages, texts = render(desk)
    assert pages >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "CONFIDENTIAL" in text
    assert "Breakfast 90 90 0 0 90" in texts[0]
    assert all("Dietary needs Allergies" in text for text in texts[1:])  # the table's header on every page
    assert "30 people here have allergies" in texts[0]
    everything = "\n".join(texts)
    assert all(f"Resident {n:02d}" in everything for n in range(90))


def test_words_go_through_the_translation_function(desk, house):
    sheet = desk.meals.kitchen_sheet(desk.today())
    seen: list[tuple[str, str]] = []

    def shout(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper() if "{" not in text else text

    _pages, texts = read(render_kitchen_sheet(sheet, shelter_name="Harbor House", printed_by="Dana",
                                              printed_at=PRINTED_AT, tr=shout))
    assert {context for context, _ in seen} == {"Printouts"}
    assert "DIETARY NEEDS AND ALLERGIES" in texts[0]
    assert "MONDAY" in texts[0]


def test_a_day_in_the_past(desk, house, clock):
    clock.advance(days=1)
    desk.auth.lock()  # a new day, a new sign-in (sessions end after 12 hours)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    sheet = desk.meals.kitchen_sheet(desk.today() - timedelta(days=1))
    pages, texts = read(render_kitchen_sheet(sheet, shelter_name="Harbor House", printed_by="Dana",
                                             printed_at=PRINTED_AT))
    assert "Kitchen Sheet: Monday 2026-01-05" in texts[0]
    assert "Breakfast 5 3 2 2 + 1 child 8" in texts[0]


def test_the_page_title_is_a_translatable_pattern(desk, house):
    sheet = desk.meals.kitchen_sheet(desk.today())
    _pages, texts = render(desk)
    assert "Kitchen Sheet · Monday 2026-01-05" in texts[0]  # the title at the top of every page

    def reorder(context: str, text: str) -> str:  # a language that puts the day first
        return {"{title} · {day}": "{day} — {title}", "Kitchen Sheet": "Küchenblatt"}.get(text, text)

    _pages, texts = read(render_kitchen_sheet(sheet, shelter_name="Harbor House", printed_by="Dana",
                                              printed_at=PRINTED_AT, tr=reorder))
    assert "Monday 2026-01-05 — Küchenblatt" in texts[0]
    assert "Kitchen Sheet · " not in texts[0]
