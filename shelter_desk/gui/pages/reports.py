"""Reports: the weekly summary (house managers and directors) and the anonymized counts (directors).

**Weekly summary**: the week is shown as its first and last day; Alt+Left / Alt+Right move a week
(the first day of the week is a setting, "Week starts on"). "Name residents by" chooses aliases,
initials or, for house managers and directors, full names (asked first, audited). Preview (Alt+V)
shows the pages here with QtPdf; Print (Ctrl+P) opens the system's print dialog and prints from
memory; Save as PDF (Ctrl+S) writes where the person chooses. The summary is made off the UI
thread (``worker.Operation``), and every print or save is written to the audit trail.

**Anonymized counts**: the first and last month (or This year / Last year / Last quarter), the
smallest count shown (5 or 11), "Show the counts" (Alt+S) fills the table with exactly the rows
the file will hold (already suppressed); Save CSV / Save PDF write them where chosen.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.printing import documents_folder, load_pdf, print_pdf, save_pdf
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import Operation, error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.report_views import (
    ALIASES,
    FULL_NAMES,
    MEASURES,
    NAME_CHOICES,
    WEEKDAY_NAMES,
    CountRow,
    CountsTable,
)

CONTEXT = "ReportsPage"
SHORTCUTS = (
    ("Alt+Left", QT_TRANSLATE_NOOP("ReportsPage", "Reports: the week before")),
    ("Alt+Right", QT_TRANSLATE_NOOP("ReportsPage", "Reports: the week after")),
    ("Alt+V", QT_TRANSLATE_NOOP("ReportsPage", "Reports: preview the weekly summary")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("ReportsPage", "Reports: print the weekly summary")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("ReportsPage", "Reports: save the weekly summary as a PDF")),
)


def shortcut_rows() -> list[tuple[str, str]]:
    return [(keys, QCoreApplication.translate(CONTEXT, words)) for keys, words in SHORTCUTS]


class ReportsPage(QWidget):
    def __init__(self, desk: Desk, signals: DeskSignals | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tabs = QTabWidget(self)
        self.weekly = WeeklyTab(desk, self) if desk.can(Permission.WEEKLY_SUMMARY) else None
        self.counts = CountsTab(desk, self) if desk.can(Permission.EXPORT_COUNTS) else None
        if self.weekly is not None:
            self.tabs.addTab(self.weekly, self.tr("&Weekly summary"))
        if self.counts is not None:
            self.tabs.addTab(self.counts, self.tr("Anonymized &counts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    @staticmethod
    def visible_to(desk: Desk) -> bool:
        return desk.can(Permission.WEEKLY_SUMMARY) or desk.can(Permission.EXPORT_COUNTS)


class WeeklyTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.pdf: bytes | None = None
        self.summary = None
        self.made_for: tuple | None = None
        self.operation: Operation | None = None
        self.document = None
        try:
            start = desk.reports.week_start()
        except ShelterDeskError:
            start = 0
        self.week_first = self._first_of(desk.today() - timedelta(days=7), start)  # last week: the Monday meeting

        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        earlier = QPushButton(self.tr("◀ Week before"), self)
        later = QPushButton(self.tr("Week after ▶"), self)
        earlier.setToolTip(self.tr("Alt+Left"))
        later.setToolTip(self.tr("Alt+Right"))
        earlier.clicked.connect(lambda: self.move_week(-1))
        later.clicked.connect(lambda: self.move_week(1))
        self.later_button = later
        self.start_box = QComboBox(self)
        for i, name in enumerate(WEEKDAY_NAMES):
            self.start_box.addItem(QCoreApplication.translate("choices", name), i)
        self.start_box.setCurrentIndex(start)
        self.start_box.currentIndexChanged.connect(self._start_changed)
        start_label = QLabel(self.tr("Week &starts on:"), self)
        start_label.setBuddy(self.start_box)
        self.names_box = QComboBox(self)
        for code, label in NAME_CHOICES:
            if code == FULL_NAMES and not desk.can(Permission.VIEW_LEGAL_NAME):
                continue
            self.names_box.addItem(QCoreApplication.translate("choices", label), code)
        self.names_box.activated.connect(self._names_chosen)
        names_label = QLabel(self.tr("&Name residents by:"), self)
        names_label.setBuddy(self.names_box)

        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.print_button = QPushButton(self.tr("&Print… (Ctrl+P)"), self)
        self.save_button = QPushButton(self.tr("Save as P&DF… (Ctrl+S)"), self)
        self.preview_button.clicked.connect(lambda: self.make("preview"))
        self.print_button.clicked.connect(lambda: self.make("print"))
        self.save_button.clicked.connect(lambda: self.make("save"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(earlier)
        top.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(later)
        options = QHBoxLayout()
        options.addWidget(start_label)
        options.addWidget(self.start_box)
        options.addSpacing(20)
        options.addWidget(names_label)
        options.addWidget(self.names_box)
        options.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.view = None
        try:
            from PySide6.QtPdfWidgets import QPdfView

            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setAccessibleName(self.tr("The weekly summary's pages"))
            layout.addWidget(self.view, 1)
        except ImportError:  # pragma: no cover - QtPdfWidgets is installed with PySide6-Pdf
            layout.addStretch(1)
        for keys, slot in (("Alt+Left", lambda: self.move_week(-1)), ("Alt+Right", lambda: self.move_week(1)),
                           ("Ctrl+P", lambda: self.make("print")),  # Alt+V is the Preview button's own
                           ("Ctrl+S", lambda: self.make("save"))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_week()

    # --- the week -------------------------------------------------------------------------------------
    @staticmethod
    def _first_of(day: date, start: int) -> date:
        return day - timedelta(days=(day.weekday() - start) % 7)

    @property
    def week_last(self) -> date:
        return self.week_first + timedelta(days=6)

    def _show_week(self) -> None:
        self.week_label.setText(self.tr("Week of {first} to {last}").format(
            first=self.week_first.isoformat(), last=self.week_last.isoformat()))
        self.later_button.setEnabled(self.week_first + timedelta(days=7) <= self.desk.today())
        self.status.setText("")

    def move_week(self, step: int) -> None:
        target = self.week_first + timedelta(days=7 * step)
        if target > self.desk.today():
            self.status.setText(self.tr("That week has not begun yet."))
            return
        self.week_first = target
        self._forget()
        self._show_week()

    def _start_changed(self, index: int) -> None:
        try:
            self.desk.reports.set_week_start(index)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self.week_first = self._first_of(self.week_first, index)
        self._forget()
        self._show_week()

    def _names_chosen(self, index: int) -> None:
        if self.names_box.itemData(index) == FULL_NAMES:
            answer = QMessageBox.warning(
                self, self.tr("Show full names?"),
                self.tr("The summary will show legal names. Anyone who finds the paper learns who lives here. "
                        "This is written to the audit trail.\n\nShow full names?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.names_box.setCurrentIndex(self.names_box.findData(ALIASES))
        self._forget()

    def _forget(self) -> None:
        self.pdf = self.summary = self.made_for = None
        if self.view is not None:
            self.view.setDocument(None)
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
            self.document = None

    # --- making, previewing, printing, saving ------------------------------------------------------------
    def names(self) -> str:
        return self.names_box.currentData() or ALIASES

    def make(self, then: str) -> None:
        """Make the summary off the UI thread, then preview, print or save it."""
        key = (self.week_first, self.names())
        if self.pdf is not None and self.made_for == key:
            self._then(then)
            return
        if self.operation is not None:
            return
        from shelter_desk.reports.weekly_summary import render_weekly_summary

        desk, printed_by = self.desk, self.desk.current.display_name if self.desk.current else ""

        def work():  # noqa: ANN202 - on a worker thread: no widgets here
            summary = desk.reports.weekly_summary(key[0], key[1])
            return summary, render_weekly_summary(summary, printed_by=printed_by, printed_at=desk.now().astimezone(),
                                                  tr=QCoreApplication.translate)

        self.operation = Operation(self, self.tr("Making the weekly summary…"), work)
        self.operation.finished.connect(lambda result: self._made(key, result, then))
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _made(self, key: tuple, result: tuple, then: str) -> None:
        self.operation = None
        self.summary, self.pdf = result
        self.made_for = key
        self._then(then)

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.status.setText(error_text(exc))
        show_error(self, exc, self.tr("The weekly summary was not made"))

    def _title(self) -> str:
        return self.tr("Weekly summary {first} to {last}").format(first=self.week_first.isoformat(),
                                                                   last=self.week_last.isoformat())

    def _then(self, then: str) -> None:
        if then == "preview":
            self.show_preview()
        elif then == "print":
            if print_pdf(self, self.pdf, self._title()):
                self._record("printed")
        elif then == "save":
            name = f"Weekly summary {self.week_first.isoformat()}.pdf"
            if save_pdf(self, self.pdf, name) is not None:
                self._record("saved")

    def _record(self, how: str) -> None:
        try:
            self.desk.reports.record_weekly_output(self.summary, how)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Printed.") if how == "printed" else self.tr("Saved."))

    def show_preview(self) -> None:
        if self.view is None or self.pdf is None:
            return
        if self.document is not None:
            self.view.setDocument(None)
            self.document.close()
            self.document.deleteLater()
        self.document = load_pdf(self.pdf, self)
        self.view.setDocument(self.document)
        pages = self.document.pageCount()
        self.status.setText(self.tr("{pages} pages. Print with Ctrl+P or save with Ctrl+S.").format(pages=pages)
                            if pages != 1 else self.tr("1 page. Print with Ctrl+P or save with Ctrl+S."))


# --- the anonymized counts --------------------------------------------------------------------------------

COL_MEASURE, COL_GROUP, COL_CATEGORY, COL_COUNT = range(4)


class CountsModel(RowsModel[CountRow]):
    CONTEXT = "CountsModel"
    HEADERS = {
        COL_MEASURE: QT_TRANSLATE_NOOP("CountsModel", "What is counted"),
        COL_GROUP: QT_TRANSLATE_NOOP("CountsModel", "Group"),
        COL_CATEGORY: QT_TRANSLATE_NOOP("CountsModel", "Category"),
        COL_COUNT: QT_TRANSLATE_NOOP("CountsModel", "Count"),
    }

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_MEASURE:
                return QCoreApplication.translate("Counts", MEASURES.get(row.measure, row.measure))
            return (row.measure, row.group, row.category, row.count)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CountsTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.table: CountsTable | None = None
        self.operation: Operation | None = None
        today = desk.today()
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(False)
            edit.dateChanged.connect(self._forget)
        self.first.setDate(QDate(today.year - 1, 1, 1))
        self.last.setDate(QDate(today.year - 1, 12, 1))
        first_label, last_label = QLabel(self.tr("&From month:"), self), QLabel(self.tr("&To month:"), self)
        first_label.setBuddy(self.first)
        last_label.setBuddy(self.last)
        self.k_box = QComboBox(self)
        self.k_box.addItem(self.tr("5 (usual)"), 5)
        self.k_box.addItem(self.tr("11 (PCORnet)"), 11)
        self.k_box.currentIndexChanged.connect(self._forget)
        k_label = QLabel(self.tr("&Hide counts under:"), self)
        k_label.setBuddy(self.k_box)
        quick = QHBoxLayout()
        for words, span in ((self.tr("Last &year"), "last_year"), (self.tr("This y&ear"), "this_year"),
                            (self.tr("Last &quarter"), "last_quarter"), (self.tr("Last &month"), "last_month")):
            button = QPushButton(words, self)
            button.clicked.connect(lambda _=False, s=span: self.choose(s))
            quick.addWidget(button)
        quick.addStretch(1)
        self.show_button = QPushButton(self.tr("&Show the counts"), self)
        self.show_button.clicked.connect(self.show_counts)
        self.csv_button = QPushButton(self.tr("Save CS&V…"), self)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = CountsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("What the file will hold"))

        row = QHBoxLayout()
        for w in (first_label, self.first, last_label, self.last, k_label, self.k_box):
            row.addWidget(w)
        row.addStretch(1)
        actions = QHBoxLayout()
        for w in (self.show_button, self.csv_button, self.pdf_button):
            actions.addWidget(w)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(quick)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self._forget()

    def choose(self, span: str) -> None:
        today = self.desk.today()
        if span == "this_year":
            a, b = date(today.year, 1, 1), date(today.year, today.month, 1)
        elif span == "last_year":
            a, b = date(today.year - 1, 1, 1), date(today.year - 1, 12, 1)
        elif span == "last_quarter":
            q = (today.month - 1) // 3  # this quarter, 0-3
            year, q = (today.year, q - 1) if q else (today.year - 1, 3)
            a, b = date(year, 3 * q + 1, 1), date(year, 3 * q + 3, 1)
        else:
            last = date(today.year, today.month, 1) - timedelta(days=1)
            a = b = date(last.year, last.month, 1)
        self.first.setDate(QDate(a.year, a.month, 1))
        self.last.setDate(QDate(b.year, b.month, 1))
        self.show_counts()

    def _forget(self, *_: object) -> None:
        self.table = None
        self.model.set_rows([]) if hasattr(self, "model") else None
        if hasattr(self, "csv_button"):
            self.csv_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
            self.note.setText(self.tr("Choose the months, then Show the counts: the table shows exactly what "
                                      "the file will hold."))

    def months(self) -> tuple[date, date]:
        a, b = self.first.date(), self.last.date()
        return date(a.year(), a.month(), 1), date(b.year(), b.month(), 1)

    def show_counts(self) -> None:
        if self.operation is not None:
            return
        first, last = self.months()
        k = self.k_box.currentData()
        self.operation = Operation(self, self.tr("Counting…"), self.desk.reports.counts, first, last, k)
        self.operation.finished.connect(self._counted)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _counted(self, table: CountsTable) -> None:
        self.operation = None
        self.table = table
        self.model.set_rows(table.rows)
        self.view.resizeColumnsToContents()
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.note.setText(self.tr(
            "{period}: {rows} rows. A count from 1 to {small} shows as <{k}; * hides another count so that a small "
            "one cannot be worked out from a total. No names, birth dates, exact dates or notes.").format(
            period=table.period, rows=len(table.rows), small=table.k - 1, k=table.k))

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.note.setText(error_text(exc))
        show_error(self, exc, self.tr("The counts were not made"))

    def save(self, fmt: str) -> None:
        if self.table is None:
            return
        suffix = f".{fmt}"
        filters = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF files (*.pdf)")
        start = documents_folder() / f"Anonymized counts {self.table.period.replace('/', ' to ')}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the anonymized counts"), str(start), filters)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            data = self.desk.reports.export_counts(self.table, fmt, printed_by=self.desk.current.display_name,
                                                   tr=QCoreApplication.translate)
        except ShelterDeskError as exc:
            show_error(self, exc, self.tr("The counts were not saved"))
            return
        from shelter_desk.files import atomic_write

        try:
            atomic_write(path, data)  # plaintext-ok: counts with no person in them, where the director chose
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The counts were not saved"), self.tr(
                "The file could not be saved in {folder} ({reason}). Nothing was saved there. Please choose "
                "another folder, such as Documents or a USB stick.").format(
                folder=str(path.parent), reason=exc.strerror or type(exc).__name__))
            return
        self.note.setText(self.tr("Saved: {path}").format(path=str(path)))
