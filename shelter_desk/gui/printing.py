"""Printing, saving and previewing PDFs made in memory (the Recovery Sheet and later printouts).

Nothing here writes a temporary file: printing loads the PDF into a
``QPdfDocument`` from a ``QBuffer`` and draws each page onto the printer; a PDF
reaches the disk only where the person chose to save it (written next to its
final name and moved into place, so a half-written file never has that name).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.files import atomic_write

CONTEXT = "Printing"
# Pages are rendered to an image no finer than this: 300 dpi prints text crisply, and
# an A4 page at a printer's 1200 dpi would need over 500 MB of memory.
MAX_RENDER_DPI = 300


class PdfNotReadable(Exception):
    """The bytes given are not a PDF that Qt can open (a bug in our PDF code, not the user's)."""


def load_pdf(pdf_bytes: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A ``QPdfDocument`` read from memory; its ``QBuffer`` is its child, so they live and die together."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        document.deleteLater()
        raise PdfNotReadable(str(document.error()))
    return document


def _close(document: QPdfDocument) -> None:
    document.close()
    document.deleteLater()


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, title: str, printer: QPrinter | None = None) -> bool:
    """Ask which printer in the system's print dialog, then print the PDF. True when it was sent.

    ``printer`` lets a caller (or a test) choose the printer set-up beforehand; the
    print dialog is shown either way.
    """
    try:
        document = load_pdf(pdf_bytes)
    except PdfNotReadable:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), QCoreApplication.translate("Printing", "This document could not be prepared for printing."))
        return False
    try:
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        # The PDF has its own margins; draw it on the whole sheet so it keeps its size.
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print: {title}").format(title=title))
        dialog.setMinMax(1, document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), document.pageCount()) if printer.toPage() else document.pageCount()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = _paint_pages(printer, document, range(first - 1, last))
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("Printing", "Print"),
                QCoreApplication.translate("Printing", "The printer could not print this document. Check that it is switched on "
                    "and has paper, then try again, or save the document as a PDF instead."),
            )
        return ok
    finally:
        _close(document)


def _paint_pages(printer: QPrinter, document: QPdfDocument, pages: range) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        return False
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    try:
        for n, index in enumerate(pages):
            if n and not printer.newPage():
                return False
            area = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            area.moveTo(0, 0)
            points = document.pagePointSize(index)
            if points.width() <= 0 or points.height() <= 0:
                continue
            # Fit the PDF page on the sheet, keeping its proportions, centred.
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(area.center())
            dpi = min(printer.resolution(), MAX_RENDER_DPI)
            image_size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, image_size)
            if image.isNull():
                return False
            painter.drawImage(target, image)
    finally:
        finished = painter.end()
    return finished


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def save_pdf(parent: QWidget | None, pdf_bytes: bytes, suggested_name: str) -> Path | None:
    """Ask where to save (starting in Documents), write the PDF there. The path, or None."""
    start = documents_folder() / suggested_name
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Printing", "Save as PDF"), str(start), QCoreApplication.translate("Printing", "PDF files (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        atomic_write(path, pdf_bytes)  # plaintext-ok: a PDF the user chose to save, where they chose
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Save as PDF"),
            QCoreApplication.translate("Printing", "The PDF could not be saved in {folder} ({reason}). Nothing was saved there. "
                "Please choose another folder, such as Documents or a USB stick.").format(
                folder=str(path.parent), reason=exc.strerror or type(exc).__name__
            ),
        )
        return None
    return path


def preview_pdf(parent: QWidget | None, pdf_bytes: bytes, title: str) -> bool:
    """Show the PDF in a simple window (when Qt's PDF viewer is installed). True when shown."""
    try:
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("Printing", "A preview is not available on this computer. You can print or save it instead.")
        )
        return False
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Preview: {title}").format(title=title))
    try:
        document = load_pdf(pdf_bytes, dialog)
    except PdfNotReadable:
        QMessageBox.warning(parent, title, QCoreApplication.translate("Printing", "This document could not be shown."))
        return False
    view = QPdfView(dialog)
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    print_button = buttons.addButton(QCoreApplication.translate("Printing", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
    print_button.clicked.connect(lambda: print_pdf(dialog, pdf_bytes, title))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(760, 900)
    view.setFocus()
    try:
        dialog.exec()
    finally:
        view.setDocument(None)
        document.close()
    return True
