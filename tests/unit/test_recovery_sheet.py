"""The Recovery Sheet is a real one-page PDF that carries the code and the instructions."""

import io
from datetime import datetime

import pypdf

from shelter_desk.crypto import recovery
from shelter_desk.reports.recovery_sheet import render_recovery_sheet


def _text(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_sheet_is_one_page_with_code_name_and_frame():
    code = recovery.new_code()
    pdf = render_recovery_sheet(
        shelter_name="Casa Esperanza Łódź Дом", code=code, vault_id="ab" * 16,
        made_by="Dana", made_at=datetime(2026, 11, 23, 9, 30),
    )
    pages, text = _text(pdf)
    assert pages == 1
    assert code in text
    assert "Casa Esperanza Łódź Дом" in text  # bundled font renders Polish and Cyrillic
    assert "CONFIDENTIAL" in text
    assert "Page 1 of 1" in text
    assert "Printed by Dana, 2026-11-23 09:30" in text
    assert "recovery code" in text.lower()


def test_printed_code_reads_back_as_the_same_code():
    code = recovery.new_code()
    assert recovery.normalize(code.lower().replace("-", " ")) == recovery.normalize(code)
