"""Shared PDF building blocks: fonts, the page frame and the tables every printout uses.

Every page carries the shelter's name, "Confidential", the title or period,
"page x of y", and who printed it and when. Fonts are the bundled DejaVu Sans
(Latin with diacritics, Cyrillic, Greek, Vietnamese...), never fetched.

The core does not import Qt, so a printout's words are marked with
``QT_TRANSLATE_NOOP("Printouts", ...)`` and translated through the ``tr`` function the
GUI passes in (``QCoreApplication.translate``); tests and the command line pass none.
A printout is built in memory and handed back as bytes: nothing is written to disk here.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.paths import resource

CONTEXT = "Printouts"
Translate = Callable[[str, str], str]  # (context, text) -> translated text, as QCoreApplication.translate


def no_translation(context: str, text: str) -> str:
    return text

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"
# Chinese and Japanese names: DejaVu has no Han or Kana, so those characters are set in
# Droid Sans Fallback (bundled, Apache-2.0). See ``text()``.
FONT_FALLBACK = "DroidSansFallback"
_registered = False
_main_chars: frozenset[int] = frozenset()
_fallback_chars: frozenset[int] = frozenset()


def register_fonts() -> None:
    global _registered, _main_chars, _fallback_chars
    if _registered:
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_MONO, "DejaVuSansMono.ttf"), (FONT_FALLBACK, "DroidSansFallbackFull.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(FONT_FALLBACK, normal=FONT_FALLBACK, bold=FONT_FALLBACK, italic=FONT_FALLBACK,
                                  boldItalic=FONT_FALLBACK)
    _main_chars = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)
    _fallback_chars = frozenset(pdfmetrics.getFont(FONT_FALLBACK).face.charToGlyph) - _main_chars
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=5)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=17, spaceBefore=8),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "big": ParagraphStyle("big", parent=body, fontName=FONT_BOLD, fontSize=14, leading=19),
        "code": ParagraphStyle("code", parent=body, fontName=FONT_MONO, fontSize=17, leading=24,
                               alignment=1, spaceBefore=6, spaceAfter=6),
    }


@dataclass(frozen=True)
class PageFrame:
    shelter_name: str
    title: str  # the document's title or period, on every page
    printed_by: str
    printed_at: datetime  # local time, shown as is
    confidential_label: str = "Confidential"
    printed_template: str = "Printed by {who}, {when}"
    page_template: str = "Page {page} of {total}"
    anonymous: bool = False  # no program name in the file's properties (a copy she carries)


def page_frame(*, shelter_name: str, title: str, printed_by: str, printed_at: datetime,
               tr: Translate = no_translation, anonymous: bool = False) -> PageFrame:
    """The frame of every printout, its words translated. ``anonymous``: the PDF's properties
    name no program or author, so a copy found on her does not say where it came from."""
    return PageFrame(
        shelter_name=shelter_name, title=title, printed_by=printed_by, printed_at=printed_at, anonymous=anonymous,
        confidential_label=tr(CONTEXT, QT_TRANSLATE_NOOP("Printouts", "Confidential")),
        printed_template=tr(CONTEXT, QT_TRANSLATE_NOOP("Printouts", "Printed by {who}, {when}")),
        page_template=tr(CONTEXT, QT_TRANSLATE_NOOP("Printouts", "Page {page} of {total}")),
    )


WEEKDAYS = (
    QT_TRANSLATE_NOOP("Printouts", "Monday"),
    QT_TRANSLATE_NOOP("Printouts", "Tuesday"),
    QT_TRANSLATE_NOOP("Printouts", "Wednesday"),
    QT_TRANSLATE_NOOP("Printouts", "Thursday"),
    QT_TRANSLATE_NOOP("Printouts", "Friday"),
    QT_TRANSLATE_NOOP("Printouts", "Saturday"),
    QT_TRANSLATE_NOOP("Printouts", "Sunday"),
)


def day_words(day: date, tr: Translate = no_translation) -> str:
    """"Monday 2026-01-05": the weekday in the reader's language and the unambiguous date."""
    return tr(CONTEXT, QT_TRANSLATE_NOOP("Printouts", "{weekday} {date}")).format(
        weekday=tr(CONTEXT, WEEKDAYS[day.weekday()]), date=day.isoformat())


def text(value: str) -> str:
    """Typed text made safe for a Paragraph (which reads a little markup): escaped, line breaks kept.

    Runs of characters the main font lacks but the fallback font has (Chinese, Japanese)
    are set in the fallback font, so "Mei 美玲" prints as typed rather than as boxes.
    """
    register_fonts()
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(f'<font name="{FONT_FALLBACK}">{escape("".join(run))}</font>')
            run.clear()

    for ch in value or "":
        if ord(ch) in _fallback_chars:
            run.append(ch)
            continue
        flush()
        out.append(escape(ch))
    flush()
    return "".join(out).replace("\n", "<br/>")


def data_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float],
               *, style: ParagraphStyle | None = None, empty: str = "") -> Flowable:
    """A table with a header row repeated on every page; cells wrap. Cell text is typed text (escaped).

    With no rows, a sentence (``empty``) takes its place.
    """
    s = styles()
    cell = style or s["cell"]
    head = ParagraphStyle("head", parent=cell, fontName=FONT_BOLD)
    if not rows:
        return Paragraph(text(empty), s["body"])
    data = [[Paragraph(text(h), head) for h in header]]
    data += [[Paragraph(text(str(v)), cell) for v in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    commands = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), "#f0f0f0") for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


class _NumberedDoc(BaseDocTemplate):
    """Two passes so the footer can say 'page x of y'."""

    def __init__(self, buffer: io.BytesIO, frame: PageFrame, **kw: object) -> None:
        super().__init__(buffer, pagesize=LETTER, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=22 * mm, bottomMargin=20 * mm, title=frame.title,
                         author="" if frame.anonymous else "Shelter Desk",
                         creator="" if frame.anonymous else "Shelter Desk",
                         producer="" if frame.anonymous else None, **kw)
        self.frame_info = frame
        self.total_pages = 0
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=self._decorate)])

    def _decorate(self, canvas, doc) -> None:  # noqa: ANN001
        info = self.frame_info
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(self.leftMargin, height - 13 * mm, info.shelter_name)
        canvas.drawRightString(width - self.rightMargin, height - 13 * mm, info.confidential_label.upper())
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(width / 2, height - 13 * mm, info.title)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, height - 15 * mm, width - self.rightMargin, height - 15 * mm)
        canvas.line(self.leftMargin, 14 * mm, width - self.rightMargin, 14 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(self.leftMargin, 10 * mm, info.printed_template.format(
            who=info.printed_by, when=f"{info.printed_at:%Y-%m-%d %H:%M}"))
        total = self.total_pages or "?"
        canvas.drawRightString(width - self.rightMargin, 10 * mm,
                               info.page_template.format(page=doc.page, total=total))
        canvas.restoreState()


def build(frame: PageFrame, story: Sequence[Flowable]) -> bytes:
    """Lay out the story twice (the second time knowing the page count); return the PDF bytes."""
    register_fonts()
    first = io.BytesIO()
    doc = _NumberedDoc(first, frame)
    doc.build(list(_fresh(story)))
    pages = doc.page
    out = io.BytesIO()
    doc = _NumberedDoc(out, frame)
    doc.total_pages = pages
    doc.build(list(_fresh(story)))
    return out.getvalue()


def _fresh(story: Sequence[Flowable]) -> list[Flowable]:
    import copy

    return [copy.deepcopy(f) for f in story]
