"""Admin → Backups (director): Back up now, the automatic backups, Check the vault, Restore,
and how long resident records are kept (with the preview and the purge)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.worker import Operation, error_text, show_error
from shelter_desk.services.backups import BackupMade, CheckLine
from shelter_desk.services.retention import MAX_YEARS, PurgePreview, PurgeResult
from shelter_desk.storage import resident_data


def _wrapping(text: str, parent: QWidget, name: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("BackupsPage", "never")
    local = moment.astimezone()
    return QCoreApplication.translate("BackupsPage", "{day} at {time}").format(
        day=day_text(local.date()), time=local.strftime("%H:%M"))


def choose_backup_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("BackupsPage", "Choose the USB stick or folder for the backup"))


def back_up_now(parent: QWidget, desk: Desk, choose: Callable[[QWidget], str] = choose_backup_folder,
                on_done: Callable[[BackupMade | None], None] | None = None) -> Operation | None:
    """Ask for a folder, write and verify the backup there off the UI thread, say how it went."""
    folder = choose(parent)
    if not folder:
        return None
    operation = Operation(parent, QCoreApplication.translate(
        "BackupsPage", "Writing the backup and checking it… Do not take out the USB stick."),
        desk.backups.back_up_to, folder, with_progress=True)

    def finished(made: BackupMade) -> None:
        operation.deleteLater()
        if shiboken6.isValid(parent):
            QMessageBox.information(parent, QCoreApplication.translate("BackupsPage", "Backup made"),
                                    QCoreApplication.translate(
                "BackupsPage", "The backup was written and checked:\n\n{file}\n\n({size} MB.) Keep the "
                "USB stick locked away, away from the shelter if you can. The backup opens with a director's "
                "password on this computer, or on any computer with the Recovery Sheet.").format(
                file=str(made.path), size=f"{made.size / 1_000_000:.1f}"))
        if on_done is not None:
            on_done(made)

    def failed(exc: BaseException) -> None:
        operation.deleteLater()
        if shiboken6.isValid(parent):
            show_error(parent, exc, QCoreApplication.translate("BackupsPage", "The backup was not made"))
        if on_done is not None:
            on_done(None)

    operation.finished.connect(finished)
    operation.failed.connect(failed)
    return operation.start()


class PurgeDialog(QDialog):
    """What would be deleted for good, and a box to tick before the button works."""

    def __init__(self, preview: PurgePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete old records"))
        layout = QVBoxLayout(self)
        n = len(preview.residents)
        layout.addWidget(_wrapping(self.tr(
            "Records are kept {years} years after the last stay ended. These {n} residents' last stay "
            "ended before {day}; their records would be deleted for good:").format(
            years=preview.years, n=n, day=day_text(preview.cutoff)), self))
        self.list_text = QPlainTextEdit(self)
        self.list_text.setReadOnly(True)
        self.list_text.setAccessibleName(self.tr("Residents whose records would be deleted"))
        left = self.tr("left {day}")
        no_stay = self.tr("no stay recorded")
        self.list_text.setPlainText("\n".join(
            f"{c.alias} ({left.format(day=day_text(c.last_left)) if c.last_left else no_stay})"
            for c in preview.residents))
        layout.addWidget(self.list_text)
        kinds = [self.tr("{n} {what}").format(n=count, what=QCoreApplication.translate(
            "retention", resident_data.LABELS.get(table, table))) for table, count in preview.counts.items()]
        layout.addWidget(_wrapping(self.tr("In all: {kinds}.").format(kinds=", ".join(kinds)), self))
        layout.addWidget(_wrapping(self.tr(
            "First, the monthly counts (stays, nights, meals, hand-outs, appointments) are kept without names, "
            "so reports for those months still add up. The deletion is written in the audit trail (how many "
            "of each kind, when, by you; no names). Backups made before today still hold these records: the "
            "automatic ones in the vault folder are replaced within five weeks; destroy older backups on USB "
            "sticks if your rules require it."), self))
        self.confirm_check = QCheckBox(self.tr("I &understand these records are deleted for good"), self)
        layout.addWidget(self.confirm_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = self.buttons.addButton(self.tr("&Delete for good"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setEnabled(False)
        self.confirm_check.toggled.connect(self.delete_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        self.confirm_check.setFocus()

    def accept(self) -> None:
        if self.confirm_check.isChecked():
            super().accept()

    def done(self, result: int) -> None:
        self.list_text.clear()  # names leave the widget with the dialog
        super().done(result)


class BackupsPage(QWidget):
    """Backups and how long records are kept. ``restore_requested`` asks the window to restore."""

    restore_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._operation: Operation | None = None
        self.choose_folder: Callable[[QWidget], str] = choose_backup_folder  # tests answer it
        content = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        title = _wrapping(self.tr("Backups"), content, "titleLabel")
        self.message_label = _wrapping("", content, "noticeLabel")
        show_inline(self.message_label, "")

        now_box = QGroupBox(self.tr("Back up to a USB stick"), content)
        self.last_label = _wrapping("", now_box)
        self.reminder_label = _wrapping("", now_box, "countdownLabel")
        self.back_up_button = QPushButton(self.tr("Back up &now…"), now_box)
        self.back_up_button.clicked.connect(self.back_up_now)
        now_layout = QVBoxLayout(now_box)
        now_layout.addWidget(_wrapping(self.tr(
            "Make a backup at least once a week on a USB stick and keep it locked away, away from the "
            "shelter if you can. It is one encrypted file, named with the shelter and the date, checked "
            "after it is written."), now_box))
        now_layout.addWidget(self.last_label)
        now_layout.addWidget(self.reminder_label)
        now_layout.addWidget(self.back_up_button, 0, Qt.AlignmentFlag.AlignLeft)

        auto_box = QGroupBox(self.tr("Automatic backups on this computer"), content)
        self.auto_label = _wrapping("", auto_box)
        self.auto_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        auto_layout = QVBoxLayout(auto_box)
        auto_layout.addWidget(self.auto_label)

        check_box = QGroupBox(self.tr("Check and restore"), content)
        self.check_button = QPushButton(self.tr("&Check the vault"), check_box)
        self.check_button.clicked.connect(self.check_vault)
        self.check_label = _wrapping("", check_box)
        show_inline(self.check_label, "")
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"), check_box)
        self.restore_button.clicked.connect(self.restore_requested)
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(_wrapping(self.tr(
            "Checking reads the whole vault: the encryption of every page, the database structure, the audit "
            "trail and the key file. Restoring replaces the vault with a backup; the vault now in use is "
            "moved aside first, not deleted, and everyone is signed out."), check_box))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        check_layout.addLayout(buttons)
        check_layout.addWidget(self.check_label)

        keep_box = QGroupBox(self.tr("How long resident records are kept"), content)
        self.years_spin = QSpinBox(keep_box)
        self.years_spin.setRange(0, MAX_YEARS)
        self.years_spin.setSpecialValueText(self.tr("no limit"))
        self.years_spin.setSuffix(self.tr(" years"))
        self.years_spin.setAccessibleName(self.tr("Years to keep records after the last stay ended"))
        years_label = QLabel(self.tr("&Keep records after the last stay ended for"), keep_box)
        years_label.setBuddy(self.years_spin)
        self.save_years_button = QPushButton(self.tr("&Save"), keep_box)
        self.save_years_button.clicked.connect(self.save_years)
        self.purge_button = QPushButton(self.tr("&Delete old records…"), keep_box)
        self.purge_button.clicked.connect(self.purge)
        self.keep_message = _wrapping("", keep_box)
        show_inline(self.keep_message, "")
        row = QHBoxLayout()
        row.addWidget(years_label)
        row.addWidget(self.years_spin)
        row.addWidget(self.save_years_button)
        row.addStretch(1)
        keep_layout = QVBoxLayout(keep_box)
        keep_layout.addWidget(_wrapping(self.tr(
            "Your funder or the law may say how long records must be kept, and when they must be deleted. "
            "With no limit, nothing is ever deleted by Shelter Desk. Deleting shows first exactly who would "
            "go and asks again."), keep_box))
        keep_layout.addLayout(row)
        keep_layout.addWidget(self.purge_button, 0, Qt.AlignmentFlag.AlignLeft)
        keep_layout.addWidget(self.keep_message)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.message_label)
        layout.addWidget(now_box)
        layout.addWidget(auto_box)
        layout.addWidget(check_box)
        layout.addWidget(keep_box)
        layout.addStretch(1)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            status = self.desk.backups.status()
            years = self.desk.retention.years()
        except ShelterDeskError as exc:
            show_inline(self.message_label, error_text(exc))
            return
        self.last_label.setText(self.tr("Last backup to a USB stick or another folder: {when}.").format(
            when=when_text(status.last_outside)))
        show_inline(self.reminder_label, self.tr(
            "No backup has been made outside this computer for a week or more. Make one now.")
            if status.remind else "")
        if status.automatic:
            text = self.tr("Shelter Desk makes one when someone signs out or closes it (at most one an hour) "
                           "and keeps one for each of the last 7 days and 4 weeks: {n} now, the newest {when}. "
                           "They are in {folder}, on the same disk as the vault, so they do not replace a USB "
                           "stick.").format(n=len(status.automatic), when=when_text(status.automatic[0].made),
                                            folder=str(status.folder))
        else:
            text = self.tr("Shelter Desk makes one when someone signs out or closes it (at most one an hour) "
                           "and keeps one for each of the last 7 days and 4 weeks. None yet.")
        self.auto_label.setText(text)
        self.years_spin.setValue(years or 0)
        self.purge_button.setEnabled(years is not None)

    # --- actions ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.back_up_button.setEnabled(False)

        def done(_made: BackupMade | None) -> None:
            if shiboken6.isValid(self):
                self.back_up_button.setEnabled(True)
                self.refresh()
                self.back_up_button.setFocus()

        if back_up_now(self, self.desk, self.choose_folder, done) is None:
            self.back_up_button.setEnabled(True)

    def check_vault(self) -> None:
        self.check_button.setEnabled(False)
        operation = Operation(self, self.tr("Checking the vault…"), self.desk.backups.verify_vault)
        self._operation = operation

        def finished(lines: list[CheckLine]) -> None:
            self._end()
            ok_word, problem_word = self.tr("ok"), self.tr("PROBLEM")
            text = "\n".join(f"{ok_word if line.ok else problem_word} — "
                             f"{QCoreApplication.translate('checks', line.label)}: "
                             f"{QCoreApplication.translate('checks', line.template).format(**line.params)}"
                             for line in lines)
            if all(line.ok for line in lines):
                text += "\n\n" + self.tr("The vault is healthy.")
            else:
                text += "\n\n" + self.tr("The vault has a problem. Make a backup to a USB stick now, do not delete "
                                         "old backups, and ask for help.")
            show_inline(self.check_label, text)
            self.check_button.setFocus()

        def failed(exc: BaseException) -> None:
            self._end()
            show_inline(self.check_label, error_text(exc))

        operation.finished.connect(finished)
        operation.failed.connect(failed)
        operation.start()

    def _end(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.check_button.setEnabled(True)
        self.purge_button.setEnabled(True)
        if self._operation is not None:
            self._operation.deleteLater()
            self._operation = None

    def save_years(self) -> None:
        value = self.years_spin.value() or None
        try:
            self.desk.retention.set_years(value)
        except ShelterDeskError as exc:
            show_inline(self.keep_message, error_text(exc))
            return
        show_inline(self.keep_message, self.tr("Saved: records are kept {years} years after the last stay ended.")
                    .format(years=value) if value else self.tr("Saved: records are kept with no time limit."))
        self.purge_button.setEnabled(value is not None)

    def purge(self) -> None:
        try:
            preview = self.desk.retention.preview()
        except ShelterDeskError as exc:
            show_inline(self.keep_message, error_text(exc))
            return
        if not preview.residents:
            show_inline(self.keep_message, self.tr("No records are old enough to be deleted."))
            return
        dialog = PurgeDialog(preview, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        self.purge_button.setEnabled(False)
        operation = Operation(self, self.tr("Deleting the old records and rewriting the vault file…"),
                              self.desk.retention.purge, preview.ids)
        self._operation = operation

        def finished(result: PurgeResult) -> None:
            self._end()
            show_inline(self.keep_message, self.tr(
                "The records of {n} residents were deleted for good. Their monthly counts were kept, and the "
                "deletion is in the audit trail.").format(n=result.residents))

        def failed(exc: BaseException) -> None:
            self._end()
            show_inline(self.keep_message, error_text(exc))

        operation.finished.connect(finished)
        operation.failed.connect(failed)
        operation.start()
