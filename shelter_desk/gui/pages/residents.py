"""Residents: the list with search as you type, and each resident's file.

The page is a stack of two: the list, and the file of the resident opened from it.
Only one file is open at a time; going back to the list destroys it, so a file's
contents live no longer than they are on screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.resident_file import ResidentFileView
from shelter_desk.gui.resident_text import day_text, list_table, selected_row, term_text
from shelter_desk.gui.residents_model import (
    ASCENDING,
    COL_BED,
    COL_HOUSEHOLD,
    COL_INTAKE,
    COL_LEFT,
    COL_NAME,
    COL_PROGRAM,
    COL_ROOM,
    SEARCH_DELAY_MS,
    ResidentsModel,
    SearchField,
)
from shelter_desk.gui.worker import error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.residents import ALL, HERE, LEFT

REFRESH_TOPICS = {"residents", "beds"}
FILE_TOPICS = {"appointments", "supplies"}  # changes that an open file shows (read again when shown)

STATUS_CHOICES = (
    (HERE, QT_TRANSLATE_NOOP("ResidentsPage", "Here now")),
    (LEFT, QT_TRANSLATE_NOOP("ResidentsPage", "Left")),
    (ALL, QT_TRANSLATE_NOOP("ResidentsPage", "Everyone")),
)


class ResidentsPage(QStackedWidget):
    """Residents: the list (search, filters, sort) and the open file.

    Contract: ``open_resident(id)`` opens a file (audited by the service) and shows it;
    ``show_list()`` closes it. The list refreshes itself on change notices about residents
    and beds; an open file that was hidden while something changed is read again when the
    page is shown. Ctrl+F searches, Ctrl+N starts an intake, Enter opens the chosen file.
    """

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self.file_view: ResidentFileView | None = None
        self.list_page = QWidget(self)
        title = QLabel(self.tr("Residents"), self.list_page)
        title.setObjectName("titleLabel")

        self.search_edit = SearchField(self.list_page, self._into_list)
        self.search_edit.setPlaceholderText(self.tr("Type part of a name or a room"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_edit.setAccessibleName(self.tr("Search residents"))
        search_label = QLabel(self.tr("&Search"), self.list_page)
        search_label.setBuddy(self.search_edit)
        self.status_combo = QComboBox(self.list_page)
        for key, label in STATUS_CHOICES:
            self.status_combo.addItem(QCoreApplication.translate("ResidentsPage", label), key)
        status_label = QLabel(self.tr("Sho&w"), self.list_page)
        status_label.setBuddy(self.status_combo)
        self.program_combo = QComboBox(self.list_page)
        self.program_combo.addItem(self.tr("All programs"), None)
        for term in hud.PROGRAMS:
            self.program_combo.addItem(term_text(hud.PROGRAMS, term.key), term.key)
        program_label = QLabel(self.tr("&Program"), self.list_page)
        program_label.setBuddy(self.program_combo)

        self.new_button = QPushButton(self.tr("&New intake…"), self.list_page)
        self.new_button.setToolTip(self.tr("Take in a new resident (Ctrl+N)"))
        self.new_button.setVisible(desk.can(Permission.EDIT_RESIDENTS))
        self.open_button = QPushButton(self.tr("&Open her file"), self.list_page)
        self.open_button.setToolTip(self.tr("Open the chosen resident's file (Enter)"))

        self.model = ResidentsModel(self)
        self.table = list_table(self.list_page, self.model, self.tr("Residents"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_NAME, ASCENDING)
        self._size_columns()
        self.count_label = QLabel(self.list_page)
        self.count_label.setObjectName("residentCount")
        self.count_label.setWordWrap(True)
        self.message_label = QLabel(self.list_page)
        self.message_label.setObjectName("errorLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        show_inline(self.message_label, "")

        # The filters share the title's line, so the search box keeps the whole width.
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(title, 1)
        top.addWidget(status_label)
        top.addWidget(self.status_combo)
        top.addSpacing(10)
        top.addWidget(program_label)
        top.addWidget(self.program_combo)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        # Searching legal names can confirm that a named person is here: only on request, audited.
        self.legal_box = QCheckBox(self.tr("Also search &legal names"), self.list_page)
        self.legal_box.setToolTip(self.tr("Each search of legal names is written to the audit trail."))
        self.legal_box.setVisible(desk.can(Permission.VIEW_LEGAL_NAME))
        filters.addWidget(self.legal_box)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.new_button)
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for first, second in ((self.search_edit, self.legal_box), (self.legal_box, self.status_combo),
                              (self.status_combo, self.program_combo),
                              (self.program_combo, self.table), (self.table, self.open_button),
                              (self.open_button, self.new_button)):
            self.setTabOrder(first, second)
        self.addWidget(self.list_page)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._open_from_search)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.program_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.legal_box.toggled.connect(lambda _on: self.refresh())
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.open_button.clicked.connect(lambda: self._open_row(selected_row(self.table)))
        self.new_button.clicked.connect(self.new_intake)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_intake)
        signals.changed.connect(self._on_changed)
        self.refresh()

    def _size_columns(self) -> None:
        """Fixed starting widths from the header and typical content (no measuring of 50,000 rows)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        a_date = day_text(date(2026, 12, 28))
        try:  # the house's own room names: a handful, cheap to measure
            rooms = [room.name for room in self.desk.beds.rooms()]
        except ShelterDeskError:
            rooms = []
        longest_room = max(rooms, key=metrics.horizontalAdvance, default="Room 12")
        samples = {COL_NAME: "Nguyễn Thị Lan", COL_ROOM: longest_room, COL_BED: "12",
                   COL_PROGRAM: term_text(hud.PROGRAMS, "transitional"), COL_INTAKE: a_date, COL_LEFT: a_date,
                   COL_HOUSEHOLD: "9"}
        for column, sample in samples.items():
            title = QCoreApplication.translate("ResidentsModel", self.model.HEADERS[column])
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 16) + 16
            self.table.setColumnWidth(column, min(width, 240))  # a very long room name is elided

    # --- the list --------------------------------------------------------------------------------------
    def status(self) -> str:
        return self.status_combo.currentData()

    def refresh(self) -> None:
        """Search again with what is typed and chosen, keeping the chosen resident if still listed."""
        self._search_timer.stop()
        keep = self.model.resident(selected_row(self.table))
        try:
            rows = self.desk.residents.search(self.search_edit.text(), self.status(), self.program_combo.currentData(),
                                              legal_names=self.legal_box.isVisible() and self.legal_box.isChecked())
        except ShelterDeskError as exc:
            show_inline(self.message_label, error_text(exc))
            return
        show_inline(self.message_label, "")
        self.model.set_rows(rows)
        row = self.model.row_of(keep.id) if keep is not None else -1
        if rows:
            self.table.selectRow(max(row, 0))
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        searching = bool(self.search_edit.text().strip())
        status = self.status()
        if n == 0:
            if searching and status == HERE:
                # Search first before an intake: she may have stayed here before.
                text = self.tr("Nobody staying here now matches what you typed. To look among "
                               "people who have left too, choose Show: Everyone (Alt+W).")
            elif searching:
                text = self.tr("Nobody matches what you typed.")
            else:
                text = {
                    HERE: self.tr("Nobody is staying here now."),
                    LEFT: self.tr("Nobody has left yet."),
                    ALL: self.tr("No residents yet."),
                }[status]
        elif n == 1:
            text = {HERE: self.tr("1 resident here now"), LEFT: self.tr("1 resident who has left"),
                    ALL: self.tr("1 resident")}[status]
        else:
            text = {HERE: self.tr("{n} residents here now"), LEFT: self.tr("{n} residents who have left"),
                    ALL: self.tr("{n} residents")}[status].format(n=QLocale().toString(n))
        if searching and n:
            text = self.tr("{count}, matching what you typed").format(count=text)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_row(self.table) >= 0)

    def _on_changed(self, topic: str) -> None:
        if topic == "plans" and self.file_view is not None and self.file_view.plan_tab is not None:
            self.file_view.plan_tab.mark_stale()  # read again now if shown, else when next shown
        if topic == "incidents" and self.file_view is not None and self.file_view.incidents_tab is not None:
            self.file_view.incidents_tab.mark_stale()
        if topic in FILE_TOPICS and self.file_view is not None and not self.isVisible():
            self.file_view.stale = True  # her Daily needs tab shows appointments and supplies
        if topic not in REFRESH_TOPICS:
            return
        self.refresh()
        if self.file_view is not None and not self.isVisible():
            self.file_view.stale = True

    def focus_search(self) -> None:
        if self.currentWidget() is not self.list_page:
            self.show_list()
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _into_list(self) -> None:
        if self.model.rowCount():
            if selected_row(self.table) < 0:
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_from_search(self) -> None:
        if self._search_timer.isActive():
            self.refresh()  # Enter before the list caught up with the typing
        self._open_row(selected_row(self.table))

    def _open_row(self, row: int) -> None:
        resident = self.model.resident(row)
        if resident is not None:
            self.open_resident(resident.id)

    # --- the file ---------------------------------------------------------------------------------------
    def open_resident(self, resident_id: int) -> None:
        """Open her file (an audited read) and show it."""
        try:
            file = self.desk.residents.open_file(resident_id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self._close_file()
        view = ResidentFileView(self.desk, file, self)
        view.back_requested.connect(self.show_list)
        self.file_view = view
        self.addWidget(view)
        self.setCurrentWidget(view)
        view.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        """Close the open file and go back to the list, on the resident who was open."""
        opened = self.file_view.file.id if self.file_view is not None else None
        if self.file_view is not None:
            self.file_view.hide_legal_name()  # at once, before the file goes
        self._close_file()
        self.setCurrentWidget(self.list_page)
        row = self.model.row_of(opened) if opened is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COL_NAME))
        (self.table if self.model.rowCount() else self.search_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_file(self) -> None:
        view, self.file_view = self.file_view, None
        if view is not None:
            self.removeWidget(view)
            view.hide()
            view.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._reload_if_stale)  # not after the page is gone (lock)

    def _reload_if_stale(self) -> None:
        if self.file_view is not None and self.file_view.stale and self.isVisible():
            self.file_view.reload()

    def new_intake(self) -> None:
        if not self.desk.can(Permission.EDIT_RESIDENTS):
            return
        from shelter_desk.gui.resident_dialogs import IntakeDialog

        dialog = IntakeDialog(self.desk, self)
        try:
            taken_in = dialog.exec() == QDialog.DialogCode.Accepted
            resident_id = getattr(dialog, "resident_id", None)
        finally:
            dialog.deleteLater()
        if taken_in and resident_id is not None:
            self.refresh()
            self.open_resident(resident_id)
            view = self.file_view
            if view is not None and view.plan_tab is not None:
                # Offered at intake: her file opens on "Safety plan", with "Make her safety plan…"
                # ready for when she wants to work on it (nothing is made until someone asks).
                view.tabs.setCurrentWidget(view.plan_tab)
