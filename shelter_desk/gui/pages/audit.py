"""Admin → Audit trail (director): who did what and when, filtered, and a check of the chain."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import audit
from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.plain_words import local_time_text
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import Operation, error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.audit_trail import AuditFilter, AuditRow

PAGE_SIZE = 500
COL_IMPORTANT, COL_WHEN, COL_WHO, COL_WHAT, COL_DETAILS = range(5)

# Every audited action in the words a director would use. Unknown names (from a newer
# version) are shown as stored.
ACTION_LABELS: dict[str, str] = {
    Action.VAULT_CREATED: QT_TRANSLATE_NOOP("actions", "Set up Shelter Desk"),
    Action.VAULT_MIGRATED: QT_TRANSLATE_NOOP("actions", "Updated the database after a program update"),
    Action.KEYS_FILE_CHANGED: QT_TRANSLATE_NOOP("actions", "Sign-in file changed outside Shelter Desk"),
    Action.SIGN_IN: QT_TRANSLATE_NOOP("actions", "Signed in"),
    Action.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("actions", "Wrong password"),
    Action.SIGN_OUT: QT_TRANSLATE_NOOP("actions", "Signed out"),
    Action.LOCK: QT_TRANSLATE_NOOP("actions", "Locked the screen"),
    Action.UNLOCK: QT_TRANSLATE_NOOP("actions", "Unlocked the screen"),
    Action.SWITCH_USER: QT_TRANSLATE_NOOP("actions", "Took over from someone else"),
    Action.SESSION_EXPIRED: QT_TRANSLATE_NOOP("actions", "Signed in too long (12 hours)"),
    Action.RECOVERY_CODE_USED: QT_TRANSLATE_NOOP("actions", "Used the recovery code"),
    Action.PERMISSION_DENIED: QT_TRANSLATE_NOOP("actions", "Tried something not allowed"),
    Action.ACCOUNT_CREATED: QT_TRANSLATE_NOOP("actions", "Added a staff account"),
    Action.ACCOUNT_ROLE_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed someone's role"),
    Action.ACCOUNT_PASSWORD_RESET: QT_TRANSLATE_NOOP("actions", "Reset someone's password"),
    Action.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP("actions", "Turned off an account"),
    Action.ACCOUNT_ENABLED: QT_TRANSLATE_NOOP("actions", "Turned an account back on"),
    Action.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed their own password"),
    Action.DATA_KEY_ROTATED: QT_TRANSLATE_NOOP("actions", "Changed the data key or recovery code"),
    Action.RECOVERY_SHEET_SAVED: QT_TRANSLATE_NOOP("actions", "Saved the Recovery Sheet as a PDF"),
    Action.RECOVERY_SHEET_PRINTED: QT_TRANSLATE_NOOP("actions", "Printed the Recovery Sheet"),
    Action.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a setting"),
    Action.AUDIT_VIEWED: QT_TRANSLATE_NOOP("actions", "Opened the audit trail"),
    Action.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("actions", "Checked the audit trail"),
    Action.BACKUP_MADE: QT_TRANSLATE_NOOP("actions", "Made a backup"),
    Action.BACKUP_FAILED: QT_TRANSLATE_NOOP("actions", "A backup could not be made"),
    Action.BACKUP_RESTORED: QT_TRANSLATE_NOOP("actions", "Restored the vault from a backup"),
    Action.VAULT_VERIFIED: QT_TRANSLATE_NOOP("actions", "Checked the vault"),
    Action.RETENTION_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed how long records are kept"),
    Action.RECORDS_PURGED: QT_TRANSLATE_NOOP("actions", "Deleted old resident records"),
    Action.RESIDENT_TAKEN_IN: QT_TRANSLATE_NOOP("actions", "Took in a resident"),
    Action.RESIDENT_OPENED: QT_TRANSLATE_NOOP("actions", "Opened a resident's file"),
    Action.RESIDENT_LEGAL_NAME_SHOWN: QT_TRANSLATE_NOOP("actions", "Showed a legal name"),
    Action.RESIDENT_LEGAL_NAME_SEARCHED: QT_TRANSLATE_NOOP("actions", "Searched legal names"),
    Action.RESIDENT_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a resident's details"),
    Action.RESIDENT_HISTORY_VIEWED: QT_TRANSLATE_NOOP("actions", "Read a record's change history"),
    Action.RESIDENT_MERGED: QT_TRANSLATE_NOOP("actions", "Merged two resident records"),
    Action.STAY_STARTED: QT_TRANSLATE_NOOP("actions", "Took a resident back in"),
    Action.STAY_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a stay"),
    Action.STAY_ENDED: QT_TRANSLATE_NOOP("actions", "Recorded that a resident left"),
    Action.BED_ASSIGNED: QT_TRANSLATE_NOOP("actions", "Gave or moved a bed"),
    Action.BED_HELD: QT_TRANSLATE_NOOP("actions", "Held a bed"),
    Action.BED_RELEASED: QT_TRANSLATE_NOOP("actions", "Released a held bed"),
    Action.ROOMS_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed rooms or beds"),
    Action.NOTE_ADDED: QT_TRANSLATE_NOOP("actions", "Added a case note"),
    Action.NOTE_CORRECTED: QT_TRANSLATE_NOOP("actions", "Corrected a case note"),
    Action.NOTE_AMENDED: QT_TRANSLATE_NOOP("actions", "Amended a case note"),
    Action.GOAL_ADDED: QT_TRANSLATE_NOOP("actions", "Added a goal"),
    Action.GOAL_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a goal"),
    Action.MEAL_MARKED: QT_TRANSLATE_NOOP("actions", "Marked a meal taken"),
    Action.MEAL_UNMARKED: QT_TRANSLATE_NOOP("actions", "Took back a meal mark"),
    Action.MEAL_GUESTS_SET: QT_TRANSLATE_NOOP("actions", "Counted guests at a meal"),
    Action.MEALS_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed the list of meals"),
    Action.KITCHEN_SHEET_MADE: QT_TRANSLATE_NOOP("actions", "Made a Kitchen Sheet"),
    Action.SUPPLY_REQUESTED: QT_TRANSLATE_NOOP("actions", "Recorded a request for supplies"),
    Action.SUPPLY_REQUEST_CANCELLED: QT_TRANSLATE_NOOP("actions", "Cancelled a request for supplies"),
    Action.SUPPLY_HANDED_OUT: QT_TRANSLATE_NOOP("actions", "Handed out supplies"),
    Action.SUPPLY_KINDS_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed the list of supply kinds"),
    Action.STOCK_RECEIVED: QT_TRANSLATE_NOOP("actions", "Recorded donations in stock"),
    Action.STOCK_RECOUNTED: QT_TRANSLATE_NOOP("actions", "Corrected a stock count"),
    Action.STOCK_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a stock item"),
    Action.PROVIDER_ADDED: QT_TRANSLATE_NOOP("actions", "Added a place for appointments"),
    Action.PROVIDER_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a place for appointments"),
    Action.APPOINTMENT_BOOKED: QT_TRANSLATE_NOOP("actions", "Booked an appointment"),
    Action.APPOINTMENT_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed an appointment"),
    Action.APPOINTMENT_SETTLED: QT_TRANSLATE_NOOP("actions", "Recorded how an appointment went"),
    Action.APPOINTMENT_RESCHEDULED: QT_TRANSLATE_NOOP("actions", "Moved an appointment to a new time"),
    Action.DAY_SHEET_MADE: QT_TRANSLATE_NOOP("actions", "Made a day sheet of appointments and rides"),
    Action.PLAN_TEMPLATE_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a safety-plan template"),
    Action.PLAN_MADE: QT_TRANSLATE_NOOP("actions", "Made a safety plan"),
    Action.PLAN_OPENED: QT_TRANSLATE_NOOP("actions", "Read a safety plan"),
    Action.PLAN_SAVED: QT_TRANSLATE_NOOP("actions", "Saved a safety plan"),
    Action.PLAN_REVIEWED: QT_TRANSLATE_NOOP("actions", "Reviewed a safety plan"),
    Action.PLAN_ITEMS_ADDED: QT_TRANSLATE_NOOP("actions", "Added new template items to a safety plan"),
    Action.PLAN_VERSION_VIEWED: QT_TRANSLATE_NOOP("actions", "Read an earlier version of a safety plan"),
    Action.PLAN_PRINTED: QT_TRANSLATE_NOOP("actions", "Printed a safety plan"),
    Action.DEMO_DATA_ADDED: QT_TRANSLATE_NOOP("actions", "Added fictional demo records"),
    Action.INCIDENT_DRAFT_SAVED: QT_TRANSLATE_NOOP("actions", "Saved an incident not yet recorded (a draft)"),
    Action.INCIDENT_DRAFT_DISCARDED: QT_TRANSLATE_NOOP("actions", "Threw away an incident draft"),
    Action.INCIDENT_RECORDED: QT_TRANSLATE_NOOP("actions", "Recorded an incident"),
    Action.INCIDENT_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed an incident before sign-off"),
    Action.INCIDENT_OPENED: QT_TRANSLATE_NOOP("actions", "Read an incident"),
    Action.INCIDENT_SIGNED_OFF: QT_TRANSLATE_NOOP("actions", "Signed off an incident"),
    Action.INCIDENT_REOPENED: QT_TRANSLATE_NOOP("actions", "Re-opened a signed-off incident"),
    Action.INCIDENT_AMENDED: QT_TRANSLATE_NOOP("actions", "Added an amendment to an incident"),
    Action.INCIDENT_PRINTED: QT_TRANSLATE_NOOP("actions", "Printed an incident"),
    Action.INCIDENT_VERSION_VIEWED: QT_TRANSLATE_NOOP("actions", "Read an earlier version of an incident"),
    Action.FOLLOWUP_ADDED: QT_TRANSLATE_NOOP("actions", "Added a follow-up task to an incident"),
    Action.FOLLOWUP_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed a follow-up task"),
    Action.FOLLOWUP_DONE: QT_TRANSLATE_NOOP("actions", "Marked a follow-up task done"),
    Action.INCIDENT_TYPES_CHANGED: QT_TRANSLATE_NOOP("actions", "Changed the list of kinds of incident"),
    Action.WEEKLY_SUMMARY_MADE: QT_TRANSLATE_NOOP("actions", "Made the weekly summary"),
    Action.WEEKLY_SUMMARY_PRINTED: QT_TRANSLATE_NOOP("actions", "Printed the weekly summary"),
    Action.WEEKLY_SUMMARY_SAVED: QT_TRANSLATE_NOOP("actions", "Saved the weekly summary as a PDF"),
    Action.COUNTS_EXPORTED: QT_TRANSLATE_NOOP("actions", "Exported anonymized counts"),
}

# Why a link in the chain does not fit, as the core words it.
_REASONS = {
    "it was changed or reordered": QT_TRANSLATE_NOOP("AuditPage", "it was changed or put out of order"),
    "its key is missing": QT_TRANSLATE_NOOP("AuditPage", "the key that sealed it is missing"),
}


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate("actions", label) if label else action


class AuditModel(RowsModel[AuditRow]):
    """The events matching a filter, newest first, fetched in pages of ``PAGE_SIZE`` as the view scrolls.

    Only the rows already shown are held. Events written while the screen is open
    (the check itself writes one) shift the newest-first list; ``fetchMore``
    allows for that so no row is shown twice or skipped.
    """

    CONTEXT = "AuditModel"
    HEADERS = {
        COL_IMPORTANT: QT_TRANSLATE_NOOP("AuditModel", "Important"),
        COL_WHEN: QT_TRANSLATE_NOOP("AuditModel", "When"),
        COL_WHO: QT_TRANSLATE_NOOP("AuditModel", "Who"),
        COL_WHAT: QT_TRANSLATE_NOOP("AuditModel", "What happened"),
        COL_DETAILS: QT_TRANSLATE_NOOP("AuditModel", "Details"),
    }

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.filter = AuditFilter()
        self.total = 0
        self._warning_icon = None

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._rows = []
        self.total = self.desk.audit.count(flt)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        now_total = self.desk.audit.count(self.filter)
        shift = max(0, now_total - self.total)  # events added at the top since the first page
        rows = self.desk.audit.events(self.filter, offset=len(self._rows) + shift, limit=PAGE_SIZE)
        if self._rows:
            oldest = self._rows[-1].id
            rows = [r for r in rows if r.id < oldest]
        self.total = max(0, now_total - shift)
        if not rows:
            self.total = len(self._rows)
            return
        self.append_rows(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        event = self.row(index.row())
        if event is None:
            return None
        high = event.severity == audit.HIGH
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_IMPORTANT:
                return QCoreApplication.translate("AuditModel", "Important") if high else ""
            if column == COL_WHEN:
                return local_time_text(event.at)
            if column == COL_WHO:
                return event.actor_name
            if column == COL_WHAT:
                return action_label(event.action)
            if column == COL_DETAILS:
                return event.summary
        if role == Qt.ItemDataRole.DecorationRole and column == COL_IMPORTANT and high:
            if self._warning_icon is None:
                self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        if role == Qt.ItemDataRole.FontRole and high:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHEN:
            return QCoreApplication.translate("AuditModel", "Event {id}, stored as {utc} (UTC)").format(
                id=event.id, utc=event.at)
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None


class AuditPage(QWidget):
    """The director's view of the audit trail.

    Filters by dates (local days), person and action; rows load in pages as the
    list scrolls; "Check the audit trail" walks the whole chain off the UI thread
    and says plainly whether it is intact. Opening the screen is itself audited,
    once, the first time it is shown.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._opened = False
        self._operation: Operation | None = None

        title = QLabel(self.tr("Audit trail"), self)
        title.setObjectName("titleLabel")
        intro = QLabel(self.tr(
            "Everything done in Shelter Desk is written here and cannot be changed without it "
            "showing. Important events are marked \"Important\" and in bold."), self)
        intro.setWordWrap(True)

        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-7), self)
        self.to_edit = QDateEdit(today, self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.apply_filter)
        self.any_from = QCheckBox(self.tr("From the &beginning"), self)
        self.any_to = QCheckBox(self.tr("Up to &now"), self)
        for check, edit in ((self.any_from, self.from_edit), (self.any_to, self.to_edit)):
            check.setChecked(True)
            check.toggled.connect(lambda on, e=edit: e.setEnabled(not on))
            check.toggled.connect(self.apply_filter)
        self.person_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        for combo in (self.person_combo, self.action_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(self.apply_filter)
        from_label = QLabel(self.tr("Fr&om"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To"), self)
        to_label.setBuddy(self.to_edit)
        person_label = QLabel(self.tr("&Person"), self)
        person_label.setBuddy(self.person_combo)
        action_label_ = QLabel(self.tr("&What happened"), self)
        action_label_.setBuddy(self.action_combo)
        filters = QGridLayout()
        filters.addWidget(from_label, 0, 0)
        filters.addWidget(self.from_edit, 0, 1)
        filters.addWidget(self.any_from, 0, 2)
        filters.addWidget(person_label, 0, 3)
        filters.addWidget(self.person_combo, 0, 4)
        filters.addWidget(to_label, 1, 0)
        filters.addWidget(self.to_edit, 1, 1)
        filters.addWidget(self.any_to, 1, 2)
        filters.addWidget(action_label_, 1, 3)
        filters.addWidget(self.action_combo, 1, 4)
        filters.setColumnStretch(5, 1)
        filters.setHorizontalSpacing(10)

        self.model = AuditModel(desk, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (COL_IMPORTANT, COL_WHEN, COL_WHO, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.count_label = QLabel(self)

        self.verify_button = QPushButton(self.tr("&Check the audit trail"), self)
        self.verify_button.setToolTip(self.tr("Checks every event, from the first, for changes."))
        self.verify_button.clicked.connect(self.verify)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_inline(self.result_label, "")
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(verify_row)
        layout.addWidget(self.result_label)
        for first, second in ((self.from_edit, self.any_from), (self.any_from, self.to_edit),
                              (self.to_edit, self.any_to), (self.any_to, self.person_combo),
                              (self.person_combo, self.action_combo), (self.action_combo, self.table),
                              (self.table, self.verify_button)):
            self.setTabOrder(first, second)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._filling = False
        self.reload_choices()
        self.apply_filter()

    # --- showing ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            try:
                self.desk.audit.opened()
            except ShelterDeskError as exc:
                show_inline(self.result_label, error_text(exc))
                return
            self.apply_filter()

    def reload_choices(self) -> None:
        """People and actions found in the trail, keeping what was chosen."""
        try:
            people = self.desk.audit.people()
            actions = self.desk.audit.actions()
        except ShelterDeskError as exc:
            show_inline(self.result_label, error_text(exc))
            return
        person, action = self.person_combo.currentData(), self.action_combo.currentData()
        self._filling = True
        try:
            self.person_combo.clear()
            self.person_combo.addItem(self.tr("Everyone"), None)
            for name in people:
                self.person_combo.addItem(name, name)
            self.action_combo.clear()
            self.action_combo.addItem(self.tr("Everything"), None)
            for name in sorted(actions, key=lambda a: action_label(a).casefold()):
                self.action_combo.addItem(action_label(name), name)
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(person)))
            self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action)))
        finally:
            self._filling = False

    def current_filter(self) -> AuditFilter:
        since = until = None
        if not self.any_from.isChecked():
            since = _local_midnight(self.from_edit.date())
        if not self.any_to.isChecked():
            until = _local_midnight(self.to_edit.date().addDays(1))  # the whole "to" day
        return AuditFilter(since=since, until=until, actor_name=self.person_combo.currentData(),
                           action=self.action_combo.currentData())

    def apply_filter(self) -> None:
        if self._filling:
            return
        try:
            self.model.set_filter(self.current_filter())
            if self.model.canFetchMore():
                self.model.fetchMore()
        except ShelterDeskError as exc:
            show_inline(self.result_label, error_text(exc))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            self.count_label.setText(self.tr("No events match."))
        elif shown < total:
            self.count_label.setText(self.tr("Showing {shown} of {total} events (scroll for more)").format(
                shown=f"{shown:,}", total=f"{total:,}"))
        else:
            self.count_label.setText(self.tr("{total} events").format(total=f"{total:,}"))

    # --- the check ----------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        show_inline(self.result_label, self.tr("Checking…"))
        self._operation = Operation(self, self.tr("Checking the audit trail…"), self.desk.audit.verify)
        self._operation.finished.connect(self._verified)
        self._operation.failed.connect(self._verify_failed)
        self._operation.start()

    def _done_operation(self) -> None:
        self.verify_button.setEnabled(True)
        if self._operation is not None:
            self._operation.deleteLater()
            self._operation = None

    def _verified(self, result: audit.VerifyResult) -> None:
        self._done_operation()
        if result.intact:
            text = self.tr("The audit trail is intact: {n} events checked.").format(n=f"{result.checked:,}")
            self.result_label.setStyleSheet("")
            show_inline(self.result_label, "✓ " + text)
        else:
            reason = _REASONS.get(result.reason)
            reason_text = (QCoreApplication.translate("AuditPage", reason) if reason
                           else QCoreApplication.translate("audit", result.reason))
            text = self.tr(
                "The audit trail has been changed: event {id} does not fit ({reason}). Events "
                "before it are as they were written. Do not delete anything. Contact the person "
                "who looks after your shelter's computers, and keep your backups: they hold the "
                "trail as it was."
            ).format(id=result.broken_at, reason=reason_text)
            self.result_label.setStyleSheet(
                "QLabel { color: #9b1c1c; background: #fcecea; border: 1px solid #e3b3ad; "
                "border-radius: 4px; padding: 6px 8px; font-weight: bold; }")
            show_inline(self.result_label, "⚠ " + text)
            QMessageBox.critical(self, self.tr("The audit trail has been changed"), text)
        self.reload_choices()
        self.apply_filter()

    def _verify_failed(self, exc: BaseException) -> None:
        self._done_operation()
        show_inline(self.result_label, error_text(exc))
        show_error(self, exc)


def _local_midnight(day: QDate) -> datetime:
    """The start of a day on this computer's clock, as an aware datetime."""
    naive = datetime.combine(day.toPython(), time())
    return naive.astimezone()  # local time zone, DST included

