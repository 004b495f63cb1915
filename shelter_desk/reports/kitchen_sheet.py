"""The Kitchen Sheet: the day's headcount per meal and everyone's dietary needs and allergies.

Built from a :class:`KitchenSheet` (``desk.meals.kitchen_sheet(day, by_room)``, which
audits that it was made) with the shared blocks of ``reports.pdf``. Residents appear
by alias, or by room when the sheet is printed by room; never by legal name (the
sheet has none). The kitchen cooks for the expected count: everyone staying here
that day with the children and family members staying with them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

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
from shelter_desk.services.needs_views import KitchenSheet, MealCount

HEADCOUNT_WIDTHS = (38, 27, 30, 29, 27, 24)  # mm, 175 in all
DIET_WIDTHS = (41, 67, 67)


def render_kitchen_sheet(sheet: KitchenSheet, *, shelter_name: str, printed_by: str, printed_at: datetime,
                         tr: Translate = no_translation) -> bytes:
    """The Kitchen Sheet as PDF bytes (built in memory)."""

    def t(words: str) -> str:
        return tr(CONTEXT, words)

    s = styles()
    day = pdf_day_words(sheet.day, tr)
    title = t(QT_TRANSLATE_NOOP("Printouts", "Kitchen Sheet"))
    story: list[Flowable] = [
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Kitchen Sheet: {day}")).format(day=day)), s["title"]),
        Paragraph(text(_here_sentence(sheet, t)), s["big"]),
        Spacer(1, 2 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Meals"))), s["h2"]),
        _headcount_table(sheet, t),
        Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Expected: everyone staying here that day, with the children and family members staying "
                         "with them. Marked so far: residents and their household marked on the meal roster when "
                         "this sheet was printed. Guests are counted without names."))), s["small"]),
        Spacer(1, 4 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Dietary needs and allergies"))), s["h2"]),
    ]
    allergic = sum(1 for d in sheet.diets if d.allergies.strip())
    if allergic:
        story.append(Paragraph(text(
            t(QT_TRANSLATE_NOOP("Printouts", "1 person here has an allergy: check the list below.")) if allergic == 1
            else t(QT_TRANSLATE_NOOP("Printouts", "{n} people here have allergies: check the list below.")).format(
                n=allergic)), s["body"]))
    who = t(QT_TRANSLATE_NOOP("Printouts", "Room")) if sheet.by_room else t(QT_TRANSLATE_NOOP("Printouts", "Name"))
    story.append(data_table(
        [who, t(QT_TRANSLATE_NOOP("Printouts", "Dietary needs")), t(QT_TRANSLATE_NOOP("Printouts", "Allergies"))],
        [(d.who, d.dietary_needs, d.allergies) for d in sheet.diets],
        DIET_WIDTHS, style=ParagraphStyle("diet", parent=s["cell"], fontSize=11, leading=14),
        empty=t(QT_TRANSLATE_NOOP("Printouts", "Nobody staying here that day has dietary needs or allergies on file.")),
    ))
    frame = page_frame(shelter_name=shelter_name,
                       title=t(QT_TRANSLATE_NOOP("Printouts", "{title} · {day}")).format(title=title, day=day),
                       printed_by=printed_by, printed_at=printed_at, tr=tr)
    return build(frame, story)


def _here_sentence(sheet: KitchenSheet, t: Callable[[str], str]) -> str:
    if not sheet.residents_here:
        return t(QT_TRANSLATE_NOOP("Printouts", "Nobody is staying here that day."))
    residents = t(QT_TRANSLATE_NOOP("Printouts", "1 resident")) if sheet.residents_here == 1 else \
        t(QT_TRANSLATE_NOOP("Printouts", "{n} residents")).format(n=sheet.residents_here)
    if not sheet.household:
        return t(QT_TRANSLATE_NOOP("Printouts", "Cook for {expected}: {residents} here.")).format(
            expected=sheet.expected, residents=residents)
    family = t(QT_TRANSLATE_NOOP("Printouts", "1 child or family member")) if sheet.household == 1 else \
        t(QT_TRANSLATE_NOOP("Printouts", "{n} children or family members")).format(n=sheet.household)
    return t(QT_TRANSLATE_NOOP("Printouts", "Cook for {expected}: {residents} here, with {family}.")).format(
        expected=sheet.expected, residents=residents, family=family)


def _headcount_table(sheet: KitchenSheet, t: Callable[[str], str]) -> Flowable:
    s = styles()
    big = ParagraphStyle("headcount", parent=s["cell"], fontSize=12, leading=16)
    header = [
        t(QT_TRANSLATE_NOOP("Printouts", "Meal")),
        t(QT_TRANSLATE_NOOP("Printouts", "Expected")),
        t(QT_TRANSLATE_NOOP("Printouts", "Residents marked")),
        t(QT_TRANSLATE_NOOP("Printouts", "Children marked")),
        t(QT_TRANSLATE_NOOP("Printouts", "Guests")),
        t(QT_TRANSLATE_NOOP("Printouts", "Total so far")),
    ]
    rows = [(c.name, str(sheet.expected), str(c.residents), str(c.children), _guests(c, t), str(c.total))
            for c in sheet.counts]
    return data_table(header, rows, HEADCOUNT_WIDTHS, style=big,
                      empty=t(QT_TRANSLATE_NOOP("Printouts", "There are no meals on the list.")))


def _guests(count: MealCount, t: Callable[[str], str]) -> str:
    if not count.guest_children:
        return str(count.guests)
    if count.guest_children == 1:
        return t(QT_TRANSLATE_NOOP("Printouts", "{n} + 1 child")).format(n=count.guests)
    return t(QT_TRANSLATE_NOOP("Printouts", "{n} + {children} children")).format(
        n=count.guests, children=count.guest_children)
