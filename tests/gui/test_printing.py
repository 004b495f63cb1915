"""Printing from memory, saving where the person chose, and the preview window."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from reportlab.pdfgen import canvas

from shelter_desk.gui import printing
from tests.gui.admin_helpers import (
    accept_dialog_class,
    collect_messages,
    dark_pixel_share,
    pdf_page_count,
    render_first_page,
    save_dialog_answers,
)


def make_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842))
    for n in range(pages):
        pdf.setFont("Helvetica-Bold", 48)
        pdf.drawString(72, 700, f"Page {n + 1}")
        pdf.rect(72, 300, 400, 300, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def pdf_printer(path: Path, mode=QPrinter.PrinterMode.ScreenResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def temp_files() -> set[str]:
    return set(os.listdir(tempfile.gettempdir()))


def test_prints_every_page_without_writing_anything_else(qtbot, tmp_path, monkeypatch):
    accept_dialog_class(monkeypatch, QPrintDialog)
    out = tmp_path / "printed.pdf"
    before = temp_files()
    assert printing.print_pdf(None, make_pdf(3), "Three pages", printer=pdf_printer(out))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_page_count(data) == 3
    assert dark_pixel_share(render_first_page(data)) > 0.05
    assert list(tmp_path.iterdir()) == [out]
    new = {name for name in temp_files() - before if not name.startswith("pytest-")}
    assert new == set()


def test_a_high_resolution_printer_gets_sharp_pages_within_memory(qtbot, tmp_path, monkeypatch):
    accept_dialog_class(monkeypatch, QPrintDialog)
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, QPrinter.PrinterMode.HighResolution)
    assert printer.resolution() > printing.MAX_RENDER_DPI
    assert printing.print_pdf(None, make_pdf(1), "One page", printer=printer)
    assert pdf_page_count(out.read_bytes()) == 1


def test_a_page_range_prints_only_those_pages(qtbot, tmp_path, monkeypatch):
    accept_dialog_class(monkeypatch, QPrintDialog)
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert printing.print_pdf(None, make_pdf(4), "Four pages", printer=printer)
    assert pdf_page_count(out.read_bytes()) == 2


def test_cancelling_the_print_dialog_prints_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    out = tmp_path / "printed.pdf"
    assert not printing.print_pdf(None, make_pdf(1), "Nothing", printer=pdf_printer(out))
    assert not out.exists()


def test_something_that_is_not_a_pdf_is_refused_plainly(qtbot, monkeypatch):
    shown = collect_messages(monkeypatch)
    with pytest.raises(printing.PdfNotReadable):
        printing.load_pdf(b"not a pdf at all")
    assert not printing.print_pdf(None, b"not a pdf at all", "Broken")
    assert shown == [("warning", "This document could not be prepared for printing.")]


def test_save_adds_pdf_and_leaves_no_temporary_file(qtbot, tmp_path, monkeypatch):
    asked = save_dialog_answers(monkeypatch, tmp_path / "Recovery Sheet")
    data = make_pdf(1)
    saved = printing.save_pdf(None, data, "Recovery Sheet.pdf")
    assert saved == tmp_path / "Recovery Sheet.pdf"
    assert saved.read_bytes() == data
    assert list(tmp_path.iterdir()) == [saved]
    assert asked == [str(printing.documents_folder() / "Recovery Sheet.pdf")]


def test_save_cancelled_writes_nothing(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert printing.save_pdf(None, make_pdf(1), "x.pdf") is None
    assert list(tmp_path.iterdir()) == []


def test_save_into_a_folder_that_cannot_be_written_says_so(qtbot, tmp_path, monkeypatch):
    shown = collect_messages(monkeypatch)
    save_dialog_answers(monkeypatch, tmp_path / "gone" / "sheet.pdf")
    assert printing.save_pdf(None, make_pdf(1), "sheet.pdf") is None
    assert len(shown) == 1 and shown[0][0] == "warning"
    assert "could not be saved in" in shown[0][1] and "Nothing was saved there" in shown[0][1]
    assert list(tmp_path.iterdir()) == []


def test_preview_shows_the_document(qtbot, on_dialog):
    seen = {}

    def look(dialog: QDialog) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        view = dialog.findChild(QPdfView)
        seen["pages"] = view.document().pageCount()
        dialog.reject()

    on_dialog(look)
    assert printing.preview_pdf(None, make_pdf(2), "Two pages")
    assert seen == {"pages": 2}
