"""Her safety plan on paper: the copy a resident takes with her.

Built from a :class:`PlanPrint` (``desk.plans.plan_for_printing``, which audits the print)
with the shared blocks of ``reports.pdf``: a first page with her plan's own fields, then one
page per section, each item with a box to tick and its note. No staff help text.

What the paper leaves out, on purpose: a plan may be found on her, or taken from her, by the
very person she is hiding from. So it names her by her alias only (never a legal name), and
it carries nothing that says where she lives: no shelter address and, unlike every other
printout, no shelter name in the page header (``shelter_name_on_page`` stays empty unless a
caller decides otherwise), no template name (a name such as "trafficking" says too much), and
no staff name (the GUI passes ``printed_by=""``: a name to ask for on the phone is a way in;
the audit trail records who printed it). Each page keeps "Confidential", "page x of y" and
the day and time it was printed, so she can tell an old copy from a new one. The file's
properties name no program and no author (``anonymous=True``): a copy found on her phone or
stick does not say where it came from.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports.pdf import (
    CONTEXT,
    Translate,
    build,
    day_words,
    no_translation,
    page_frame,
    styles,
    text,
)
from shelter_desk.services.plan_views import PlanItemInfo, PlanPrint, PlanSectionInfo

BOX_WIDTH, ITEM_WIDTH = 16, 159  # mm, 175 in all
BOXES = {"done": "☑", "not_applicable": "n/a"}  # anything else: an empty box to tick


def render_safety_plan(plan: PlanPrint, *, shelter_name_on_page: str = "", printed_by: str = "",
                       printed_at: datetime, tr: Translate = no_translation) -> bytes:
    """Her plan as PDF bytes (built in memory): a first page, then one page per section."""

    def t(words: str) -> str:
        return tr(CONTEXT, words)

    s = styles()
    story: list[Flowable] = _first_page(plan, t, s, tr)
    for section in plan.sections:
        story.append(PageBreak())
        story += _section_page(section, t, s)
    title = t(QT_TRANSLATE_NOOP("Printouts", "Safety plan"))
    frame = page_frame(shelter_name=shelter_name_on_page, title=title, printed_by=printed_by,
                       printed_at=printed_at, tr=tr, anonymous=True)  # no program name in the file's properties
    if not printed_by:  # the footer says when, not by whom (see the module's docstring)
        frame = replace(frame, printed_template=t(QT_TRANSLATE_NOOP("Printouts", "Printed {when}")))
    return build(frame, story)


def _first_page(plan: PlanPrint, t, s: dict[str, ParagraphStyle], tr: Translate) -> list[Flowable]:  # noqa: ANN001
    story: list[Flowable] = [
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Safety plan for {alias}")).format(alias=plan.alias)),
                  s["title"]),
        Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "This is your plan. Keep this paper where only you can find it."))), s["body"]),
        Spacer(1, 3 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Main concern"))), s["h2"]),
        Paragraph(text(plan.main_concern) or _blank(t), s["body"]),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Warning signs"))), s["h2"]),
        Paragraph(text(plan.warning_signs) or _blank(t), s["body"]),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Next review"))), s["h2"]),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "We will go through this plan together again on {day}."))
                       .format(day=day_words(plan.next_review_on, tr))), s["body"]),
        Spacer(1, 3 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "The parts of your plan"))), s["h2"]),
    ]
    for number, section in enumerate(plan.sections, start=2):
        done, counted = _progress(section.items)
        story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "{title}: {done} of {counted} done (page {page})")).format(
            title=section.title, done=done, counted=counted, page=number)), s["body"]))
    if not plan.sections:
        story.append(Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "This plan has no items yet."))), s["body"]))
    story += [
        Spacer(1, 5 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "☑ done  ·  ☐ still to do  ·  n/a: does not apply to you"))), s["small"]),
    ]
    return story


def _blank(t) -> str:  # noqa: ANN001
    return text(t(QT_TRANSLATE_NOOP("Printouts", "Not written down yet.")))


def _progress(items: tuple[PlanItemInfo, ...]) -> tuple[int, int]:
    counted = [i for i in items if i.status != "not_applicable"]
    return sum(1 for i in counted if i.status == "done"), len(counted)


def _section_page(section: PlanSectionInfo, t, s: dict[str, ParagraphStyle]) -> list[Flowable]:  # noqa: ANN001
    story: list[Flowable] = [Paragraph(text(section.title), s["title"])]
    if not section.items:
        story.append(Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "No items in this part."))), s["body"]))
        return story
    box_style = ParagraphStyle("box", parent=s["big"], fontSize=17, leading=20, alignment=1)
    na_style = ParagraphStyle("na", parent=s["body"], alignment=1, textColor="#444444")
    item_style = ParagraphStyle("item", parent=s["body"], fontSize=11.5, leading=15.5, spaceAfter=0)
    note_style = ParagraphStyle("note", parent=s["body"], fontSize=10, leading=13.5, spaceAfter=0,
                                leftIndent=4 * mm, textColor="#333333")
    rows = []
    for item in section.items:
        if item.status == "not_applicable":
            box = Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "n/a"))), na_style)
        else:
            box = Paragraph(text(BOXES.get(item.status, "☐")), box_style)
        cell: list[Flowable] = [Paragraph(text(item.text), item_style)]
        if item.status == "in_progress":
            cell.append(Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Started"))), note_style))
        if item.note:
            cell.append(Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Note: {note}")).format(note=item.note)),
                                  note_style))
        rows.append([box, cell])
    table = Table(rows, colWidths=[BOX_WIDTH * mm, ITEM_WIDTH * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(1, 8 * mm), _lines_to_write_on(t, s)]
    return story


def _lines_to_write_on(t, s: dict[str, ParagraphStyle]) -> Flowable:  # noqa: ANN001
    """A few ruled lines under the items, for her own notes (kept together, or left to the next page)."""
    rows = [[Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Your notes"))), s["h2"])]] + [[""] for _ in range(4)]
    table = Table(rows, colWidths=[(BOX_WIDTH + ITEM_WIDTH) * mm], rowHeights=[None] + [9 * mm] * 4,
                  hAlign="LEFT")
    table.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, -1), 0.4, "#999999"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([table])
