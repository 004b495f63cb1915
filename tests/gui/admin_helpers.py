"""Helpers for the setup wizard and admin screen tests (the shell's fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from shelter_desk.gui.printing import load_pdf


def save_dialog_answers(monkeypatch, path: Path) -> list[str]:
    """The OS "Save as" dialog answers ``path``; returns the list of suggested names it was asked with."""
    asked: list[str] = []

    def fake(parent, caption="", directory="", filter="", *args, **kwargs):  # noqa: A002
        asked.append(directory)
        return str(path), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def answer_questions(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Every QMessageBox.question is answered ``answer``; returns the texts asked."""
    asked: list[str] = []

    def fake(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))
    return asked


def collect_messages(monkeypatch) -> list[tuple[str, str]]:
    """QMessageBox.information/warning/critical record (kind, text) instead of waiting for a click."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        def fake(parent, title, text, *args, _kind=kind, **kwargs):
            shown.append((_kind, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake))
    return shown


def pdf_page_count(pdf: bytes) -> int:
    document = load_pdf(pdf)
    try:
        return document.pageCount()
    finally:
        document.close()


def render_first_page(pdf: bytes, width: int = 400) -> QImage:
    """Page 1 as a picture on white paper (Qt renders the page on a transparent background)."""
    document = load_pdf(pdf)
    try:
        size = document.pagePointSize(0)
        page = document.render(0, QSize(width, round(width * size.height() / size.width())))
    finally:
        document.close()
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def dark_pixel_share(image: QImage) -> float:
    """How much of the image is ink (dark pixels): a blank page gives 0."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            if image.pixelColor(x, y).value() < 128:
                dark += 1
    return dark / max(total, 1)


def accept_dialog_class(monkeypatch, cls: type[QDialog]) -> None:
    """A system dialog (print) answers OK without being shown."""
    monkeypatch.setattr(cls, "exec", lambda self: QDialog.DialogCode.Accepted)
