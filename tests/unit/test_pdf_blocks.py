"""The shared PDF building blocks every printout uses: frame, translated words, tables, typed text."""

from __future__ import annotations

import io
from datetime import datetime

import pypdf
from reportlab.platypus import Paragraph

from shelter_desk.reports.pdf import FONT_FALLBACK, build, data_table, page_frame, styles, text


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_typed_text_is_escaped_and_chinese_names_get_a_font_that_has_them():
    assert text("<b>Ana & Zoë</b>\nline two") == "&lt;b&gt;Ana &amp; Zoë&lt;/b&gt;<br/>line two"
    assert text("Mei 美玲") == f'Mei <font name="{FONT_FALLBACK}">美玲</font>'
    assert text("") == "" and text(None) == ""  # type: ignore[arg-type]
    s = styles()
    pdf = build(page_frame(shelter_name="Harbor House", title="Test", printed_by="Dana", printed_at=datetime(2026, 1, 5, 9)),
                [Paragraph(text("Mei 美玲 <script>"), s["body"]), data_table(["Name"], [["李梅"]], [40])])
    words = pages_text(pdf)[0]
    assert "美玲" in words and "李梅" in words and "<script>" in words


def test_the_frame_says_who_printed_it_and_page_x_of_y_in_the_language_given():
    spanish = {"Confidential": "Confidencial", "Printed by {who}, {when}": "Impreso por {who}, {when}",
               "Page {page} of {total}": "Página {page} de {total}"}
    asked = []

    def tr(context: str, source: str) -> str:
        asked.append(context)
        return spanish.get(source, source)

    s = styles()
    rows = [[f"Row {n}", "x" * 30] for n in range(120)]
    frame = page_frame(shelter_name="Casa Puerto", title="Prueba", printed_by="Dana", printed_at=datetime(2026, 1, 5, 9),
                       tr=tr)
    pages = pages_text(build(frame, [Paragraph("Hola", s["body"]), data_table(["Name", "What"], rows, [40, 80])]))
    assert len(pages) > 2 and set(asked) == {"Printouts"}
    for number, page in enumerate(pages, start=1):
        assert "CONFIDENCIAL" in page and "Impreso por Dana, 2026-01-05 09:00" in page
        assert f"Página {number} de {len(pages)}" in page
        assert "Name" in page  # the table's header on every page
    empty = pages_text(build(frame, [data_table(["Name"], [], [40], empty="Nobody today.")]))
    assert "Nobody today." in empty[0]
