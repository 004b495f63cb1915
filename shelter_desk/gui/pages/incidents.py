"""Incidents: the incident log, filtered, and the way to record one fast (Ctrl+N).

The list (``desk.incidents.incidents(filter)``) shows the newest first: when, kind, how serious,
state (draft, waiting for sign-off, signed off), the residents by alias, follow-up tasks open
(overdue in red) and who recorded it. Filters: the days (From / To, both counted; empty means
any), the kind, how serious, the state and a resident here now (her whole history is in her
file). The line at the top counts drafts, incidents waiting for sign-off and tasks overdue.

Enter opens the chosen incident (``gui/incident_dialog.IncidentDialog``, an audited read).
House managers and directors have "Kinds of incident…" (the editable list).

The page reads the service again after an "incidents" or "residents" change while shown; a
change while hidden only marks it to be read when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.incident_dialog import IncidentDialog
from shelter_desk.gui.incident_words import kind_view_text, severity_text, status_text
from shelter_desk.gui.incidents_model import COL_BY, COL_KIND, COL_PEOPLE, COL_WHEN, IncidentsModel
from shelter_desk.gui.meal_dialogs import MealKindsModel, MealListDialog, MealNameDialog
from shelter_desk.gui.resident_form_parts import hint
from shelter_desk.gui.resident_picker import ResidentPicker
from shelter_desk.gui.resident_text import FlowLayout, list_table, selected_row
from shelter_desk.gui.resident_widgets import DateField
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.incident_views import SEVERITIES, STATUSES, IncidentFilter, IncidentRow

REFRESH_DELAY_MS = 200
CONTEXT = "IncidentsPage"
SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("IncidentsPage", "Incidents: record a new incident (the time is set to now)")),
    ("Enter", QT_TRANSLATE_NOOP("IncidentsPage", "Incidents: open the chosen incident")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("IncidentsPage", "Incident: record it, or save the changes")),
    ("Ins / Delete", QT_TRANSLATE_NOOP("IncidentsPage", "Incident: add / take off a person (in the list of people)")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("IncidentsPage", "Incident: print it (aliases only unless you choose)")),
)


def shortcut_rows() -> list[tuple[str, str]]:
    rows = []
    for keys, text in SHORTCUTS:
        shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys.split(" / "))
        rows.append((shown, QCoreApplication.translate(CONTEXT, text)))
    return rows


class IncidentsPage(QWidget):
    REFRESH_TOPICS = {"incidents", "residents"}

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        title = QLabel(self.tr("Incidents"), self)
        title.setObjectName("titleLabel")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("incidentsSummaryLabel")
        self.summary_label.setStyleSheet("font-size: 12pt;")
        self.summary_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New incident…"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.setToolTip(self.tr("Record an incident now ({keys})").format(
            keys=QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)))
        self.new_button.clicked.connect(lambda _c=False: self.new_incident())
        self._action(QKeySequence.StandardKey.New, self.new_incident)
        self.kinds_button = QPushButton(self.tr("&Kinds of incident…"), self)
        self.kinds_button.setAutoDefault(False)
        self.kinds_button.clicked.connect(lambda _c=False: self.edit_kinds())
        self.kinds_button.setVisible(desk.can(Permission.MANAGE_LISTS))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # (empty means any day; the shorter placeholder keeps the filters on one line)
        self.from_field = DateField(self, field="date_from", label=QT_TRANSLATE_NOOP("fields", "the first day"))
        self.to_field = DateField(self, field="date_to", label=QT_TRANSLATE_NOOP("fields", "the last day"))
        self.kind_combo = QComboBox(self)
        self.severity_combo = QComboBox(self)
        self.severity_combo.addItem(self.tr("Any"), None)
        for code, _label in SEVERITIES:
            self.severity_combo.addItem(severity_text(code), code)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any"), None)
        for code, _label in STATUSES:
            self.status_combo.addItem(status_text(code), code)
        self.resident_picker = ResidentPicker(desk, self)
        self.resident_picker.lineEdit().setPlaceholderText(self.tr("Anyone (type part of her name)"))
        self._load_kinds()
        for combo in (self.kind_combo, self.severity_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resident_picker.chosen.connect(lambda _r: self.refresh())
        self.resident_picker.lineEdit().editingFinished.connect(self._resident_typed)
        for field in (self.from_field, self.to_field):
            field.editingFinished.connect(self.refresh)
        self.filter_error = QLabel(self)
        self.filter_error.setObjectName("errorLabel")
        self.filter_error.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_error.hide()

        self.model = IncidentsModel(self)
        self.table = list_table(self, self.model, self.tr("Incidents"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PEOPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_BY, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_KIND, 240)
        self.table.setColumnWidth(COL_BY, 150)
        self.table.activated.connect(lambda _i: self.open_incident())
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.open_button = QPushButton(self.tr("&Open the incident…"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda _c=False: self.open_incident())

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.kinds_button)
        filters = FlowLayout()
        for text, widget in ((self.tr("&From"), self.from_field), (self.tr("&To"), self.to_field),
                             (self.tr("K&ind"), self.kind_combo), (self.tr("&How serious"), self.severity_combo),
                             (self.tr("&State"), self.status_combo), (self.tr("Re&sident"), self.resident_picker)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            label.setMinimumWidth(label.sizeHint().width() + 4)
            box = QWidget(self)
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 8, 0)
            line.addWidget(label)
            line.addWidget(widget)
            filters.addWidget(box)
        buttons = FlowLayout()
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(hint(self.tr("Ctrl+N records a new incident · Enter opens the chosen one"), self))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        chain = [self.new_button, self.from_field, self.to_field, self.kind_combo, self.severity_combo,
                 self.status_combo, self.resident_picker, self.table, self.open_button, self.kinds_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._stale = False
        signals.changed.connect(self._on_changed)
        self.refresh()

    def _action(self, keys: QKeySequence.StandardKey | str, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)

    def _load_kinds(self) -> None:
        keep = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Any"), None)
        try:
            for kind in self.desk.incidents.types(include_retired=True):
                self.kind_combo.addItem(kind_view_text(kind), kind.id)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(keep)))
        self.kind_combo.blockSignals(False)

    # --- reading ------------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic not in self.REFRESH_TOPICS:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _resident_typed(self) -> None:
        if not self.resident_picker.currentText().strip():
            self.resident_picker.setCurrentIndex(-1)
            self.refresh()

    def current_filter(self) -> IncidentFilter:
        return IncidentFilter(date_from=self.from_field.value(), date_to=self.to_field.value(),
                              type_id=self.kind_combo.currentData(), severity=self.severity_combo.currentData(),
                              status=self.status_combo.currentData(),
                              resident_id=self.resident_picker.resident_id()
                              if self.resident_picker.currentText().strip() else None)

    def refresh(self, select: int | None = None) -> None:
        self._timer.stop()
        self._stale = False
        say(self.filter_error, "")
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        try:
            rows = self.desk.incidents.incidents(self.current_filter())
            counts = self.desk.incidents.status_counts()
            tasks = self.desk.incidents.open_followups()
        except ValidationError as exc:
            say(self.filter_error, error_text(exc))
            return
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        self.model.set_rows(rows)
        drafts, waiting = counts["draft"], counts["open"]
        overdue = sum(1 for t in tasks if t.overdue)
        self.summary_label.setText(self.tr("{waiting} waiting for sign-off · {drafts} drafts · {tasks} tasks open "
                                           "({overdue} overdue)").format(waiting=waiting, drafts=drafts,
                                                                         tasks=len(tasks), overdue=overdue))
        if rows:
            row = self.model.row_of(keep)
            self.table.selectRow(row if row >= 0 else 0)
        self.table.setVisible(bool(rows))
        self.empty_label.setText(self.tr("No incident matches these choices.") if not rows else "")
        self.empty_label.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        self.table.resizeColumnToContents(COL_WHEN)

    def selected(self) -> IncidentRow | None:
        return self.model.row(selected_row(self.table))

    # --- doing --------------------------------------------------------------------------------------
    def new_incident(self, resident_id: int | None = None) -> None:
        dialog = IncidentDialog(self, self.desk, resident_id=resident_id)
        dialog.exec()
        saved = dialog.saved_something
        incident_id = dialog.incident_id
        dialog.deleteLater()
        if saved:
            self.refresh(incident_id)
        self.table.setFocus()

    def open_incident(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = IncidentDialog(self, self.desk, row.id)
        dialog.exec()
        saved = dialog.saved_something
        dialog.deleteLater()
        if saved:
            self.refresh(row.id)
        self.table.setFocus()

    def edit_kinds(self) -> None:
        dialog = IncidentKindsDialog(self.desk, self)
        dialog.exec()
        dialog.deleteLater()
        self._load_kinds()
        self.refresh()


class IncidentKindNameDialog(MealNameDialog):
    """Add or rename a kind of incident (the meal-name dialog's form, its own words and service calls)."""

    def __init__(self, desk: Desk, kind=None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(desk, kind, parent)
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(self.tr("e.g. Missed curfew, Drone seen over the garden"))
        if kind is None:
            self.setWindowTitle(self.tr("Add a kind of incident"))
            self.heading_label.setText(self.tr("A new kind of incident"))
            self.save_button.setText(self.tr("&Add it"))
        else:
            self.setWindowTitle(self.tr("Rename a kind of incident"))
            self.heading_label.setText(self.tr("Rename {kind}").format(kind=kind_view_text(kind)))
            self.name_edit.setText(kind_view_text(kind))
            self.name_edit.selectAll()
        self.remember_start()

    def save(self) -> bool:
        say(self.name_error, "")
        try:
            if self.kind is None:
                self.kind_id = self.desk.incidents.add_type(self.name_edit.text())
            else:
                self.desk.incidents.rename_type(self.kind.id, self.name_edit.text())
        except ShelterDeskError as exc:
            say(self.name_error, error_text(exc))
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True


class IncidentKindsModel(MealKindsModel):
    CONTEXT = "IncidentKindsModel"
    HEADERS = {
        0: QT_TRANSLATE_NOOP("IncidentKindsModel", "Kind of incident"),
        1: QT_TRANSLATE_NOOP("IncidentKindsModel", "Offered"),
    }

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        kind = self.row(index.row())
        if kind is not None and index.column() == 1 and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Yes") if kind.active else self.tr("No longer used")
        return super().data(index, role)


class IncidentKindsDialog(MealListDialog):
    """The kinds of incident (house managers and directors): the list-keeping dialog of meals,
    with the incident service behind it. Retired kinds leave the choices; incidents keep them."""

    MODEL = IncidentKindsModel

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Kinds of incident"))
        self.intro_label.setText(self.tr(
            "The kinds of incident staff choose from, in this order. A kind no longer used leaves the choices; "
            "incidents already recorded keep it, and it can be brought back."))
        self.table.setAccessibleName(self.tr("Kinds of incident"))
        self.table_label.setText(self.tr("K&inds"))
        self.add_button.setText(self.tr("&Add a kind…"))
        self.retire_button.setText(self.tr("No longer &used"))

    def read_list(self) -> list:
        return [_Named(k) for k in self.desk.incidents.types(include_retired=True)]

    def name_dialog(self, kind) -> IncidentKindNameDialog:  # noqa: ANN001
        return IncidentKindNameDialog(self.desk, kind, self)

    def call_move(self, kind_id: int, step: int) -> None:
        self.desk.incidents.move_type(kind_id, step)

    def call_set_active(self, kind_id: int, active: bool) -> None:
        self.desk.incidents.set_type_active(kind_id, active)

    def words(self, what: str) -> str:
        return {
            "added": self.tr("{name} was added to the list."),
            "renamed": self.tr("{name} is now called {new}."),
            "up": self.tr("{name} moved up."),
            "down": self.tr("{name} moved down."),
            "back": self.tr("{name} can be chosen again."),
            "retired": self.tr("{name} is no longer offered. Incidents already recorded keep it."),
        }[what]


class _Named:
    """A kind of incident as the meal list's model shows it: its name in the program's language."""

    def __init__(self, kind) -> None:  # noqa: ANN001
        self.id, self.active, self.sort_order, self.code = kind.id, kind.active, kind.sort_order, kind.code
        self.name = kind_view_text(kind)
