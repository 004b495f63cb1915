"""The Reports screen from the keyboard: the week with Alt+Left / Alt+Right, the preview's pages,
printing to a PDF-mode QPrinter from memory, saving, the audit trail; the counts tab's table and CSV."""

from __future__ import annotations

import io
from datetime import timedelta

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.gui import printing
from shelter_desk.gui.pages import reports as reports_page
from shelter_desk.gui.pages.reports import ReportsPage
from shelter_desk.storage.models import AuditEvent
from tests.gui.admin_helpers import accept_dialog_class, save_dialog_answers
from tests.gui.conftest import activate
from tests.unit.test_residents import take_in

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def report_events(desk) -> list[str]:  # noqa: ANN001
    with desk.read() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("report.%"))
                                    .order_by(AuditEvent.id)))


def test_weekly_summary_from_the_keyboard(qtbot, main_window, desk, tmp_path, monkeypatch):
    take_in(desk, "Lumi", on=desk.today() - timedelta(days=10))
    area = main_window.app_area
    qtbot.keyClick(area.navigation, Qt.Key.Key_9, CTRL)
    page = area.pages.currentWidget()
    assert isinstance(page, ReportsPage) and page.counts is not None  # the director has both tabs
    weekly = page.weekly
    weekly.preview_button.setFocus()
    first = weekly.week_first
    assert first.weekday() == 0 and first <= desk.today() - timedelta(days=7)
    qtbot.keyClick(weekly.preview_button, Qt.Key.Key_Left, ALT)
    assert weekly.week_first == first - timedelta(days=7)
    qtbot.keyClick(weekly.preview_button, Qt.Key.Key_Right, ALT)
    assert weekly.week_first == first
    assert weekly.week_label.text() == f"Week of {first.isoformat()} to {(first + timedelta(days=6)).isoformat()}"

    qtbot.keyClick(weekly.preview_button, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: weekly.document is not None, timeout=20000)
    pages = weekly.document.pageCount()
    assert pages >= 2 and weekly.view.document() is weekly.document
    assert "pages. Print with Ctrl+P" in weekly.status.text()

    # Print: the system dialog answers OK; the printer is a PDF file, so the pages can be counted.
    accept_dialog_class(monkeypatch, QPrintDialog)
    printed = tmp_path / "printed.pdf"

    def to_pdf_printer(parent, pdf, title):  # noqa: ANN001, ANN202
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printing.print_pdf(parent, pdf, title, printer)

    monkeypatch.setattr(reports_page, "print_pdf", to_pdf_printer)
    qtbot.keyClick(weekly.preview_button, Qt.Key.Key_P, CTRL)
    assert len(pypdf.PdfReader(io.BytesIO(printed.read_bytes())).pages) == pages
    # Save as PDF where chosen.
    save_dialog_answers(monkeypatch, tmp_path / "summary")
    qtbot.keyClick(weekly.preview_button, Qt.Key.Key_S, CTRL)
    saved = tmp_path / "summary.pdf"
    text = pypdf.PdfReader(io.BytesIO(saved.read_bytes())).pages[0].extract_text()
    assert "Weekly summary" in text and "Harbor House" in text
    assert report_events(desk) == [audit.Action.WEEKLY_SUMMARY_MADE, audit.Action.WEEKLY_SUMMARY_PRINTED,
                                   audit.Action.WEEKLY_SUMMARY_SAVED]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["printed.pdf", "summary.pdf"]


def test_counts_preview_is_what_the_csv_holds(qtbot, main_window, desk, tmp_path, monkeypatch):
    area = main_window.app_area
    qtbot.keyClick(area.navigation, Qt.Key.Key_9, CTRL)
    page = area.pages.currentWidget()
    page.tabs.setCurrentWidget(page.counts)
    counts = page.counts
    counts.show_button.setFocus()
    qtbot.keyClick(counts.show_button, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: counts.table is not None, timeout=20000)
    model = counts.model
    shown = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert shown[0] == ("Persons served", "", "residents", "0")
    save_dialog_answers(monkeypatch, tmp_path / "counts")
    activate(qtbot, main_window)  # after the progress dialog
    qtbot.keyClick(counts.show_button, Qt.Key.Key_Tab)  # Show -> Save CSV
    assert counts.csv_button.hasFocus()
    qtbot.keyClick(counts.csv_button, Qt.Key.Key_Space)
    lines = (tmp_path / "counts.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(shown) + 1
    assert [tuple(line.split(",")[2:]) for line in lines[1:]] == [s[1:] for s in shown]
    assert report_events(desk) == [audit.Action.COUNTS_EXPORTED]
