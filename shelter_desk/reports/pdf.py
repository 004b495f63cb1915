"""Shared PDF building blocks: fonts and the page frame every printout uses.

Every page carries the shelter's name, "Confidential", the title or period,
"page x of y", and who printed it and when. Fonts are the bundled DejaVu Sans
(Latin with diacritics, Cyrillic, Greek, Vietnamese...), never fetched.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from shelter_desk.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_MONO, "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=5)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=17, spaceBefore=8),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
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


class _NumberedDoc(BaseDocTemplate):
    """Two passes so the footer can say 'page x of y'."""

    def __init__(self, buffer: io.BytesIO, frame: PageFrame, **kw: object) -> None:
        super().__init__(buffer, pagesize=LETTER, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=22 * mm, bottomMargin=20 * mm, title=frame.title,
                         author="Shelter Desk", creator="Shelter Desk", **kw)
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
        canvas.drawString(self.leftMargin, 10 * mm,
                          f"Printed by {info.printed_by}, {info.printed_at:%Y-%m-%d %H:%M}")
        total = self.total_pages or "?"
        canvas.drawRightString(width - self.rightMargin, 10 * mm, f"Page {doc.page} of {total}")
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
