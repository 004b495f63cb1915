"""Restore from a backup (also: moving to a new computer). Three steps, all from the keyboard.

1. The backup file (typed, or chosen with Browse…): what it is and when it was made.
2. How to open it: the recovery code from the Recovery Sheet, or a director's username
   and password (those work only on the computer where they were set). Restoring runs
   off the UI thread with a progress dialog: every check first, then the vault that was
   in the folder is moved aside.
3. A new password for a director, tied to this computer's password store.

After ``exec()`` returns Accepted, :attr:`signed_in` is the director and :attr:`desk`
the desk on the restored vault (the one given, with its vault replaced, or a new one).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk, SignedIn
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.password_fields import PasswordWithStrength
from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.worker import Operation, error_text
from shelter_desk.services.auth import RecoveryTicket
from shelter_desk.services.restore import BackupInfo, RestoreResult, inspect_backup, restore_backup
from shelter_desk.storage.backup import SUFFIX
from shelter_desk.storage.vault import Vault

PAGE_FILE, PAGE_OPEN, PAGE_PASSWORD = range(3)


def _wrapping(text: str, parent: QWidget, name: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class RestoreDialog(QDialog):
    """Restore ``vault_dir`` from a backup file; see the module's description."""

    def __init__(self, vault_dir: Path, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.desk = desk
        self.signed_in: SignedIn | None = None
        self.restored = False  # the vault in the folder is now the restored one
        self._info: BackupInfo | None = None
        self._ticket: RecoveryTicket | None = None
        self._operation: Operation | None = None
        # Tests replace this to answer the file dialog.
        self.choose_file: Callable[[], str] = self._file_dialog
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setModal(True)
        self.resize(620, 0)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._open_page())
        self.pages.addWidget(self._password_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = self.buttons.addButton(self.tr("&Next"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.file_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the pages -------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget(self)
        intro = _wrapping(self.tr(
            "Choose the backup file (it ends in .sdbackup), for example on the USB stick. "
            "Nothing is changed until every check has passed; then the vault now in this folder "
            "is moved aside, not deleted:"), page)
        folder = _wrapping(str(self.vault_dir), page, "folderLabel")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_edit = QLineEdit(page)
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.file_edit.returnPressed.connect(self.accept)
        self.browse_button = QPushButton(self.tr("&Browse…"), page)
        self.browse_button.clicked.connect(self._browse)
        label = QLabel(self.tr("Backup &file"), page)
        label.setBuddy(self.file_edit)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(label, row)
        self.file_error = _wrapping("", page, "errorLabel")
        show_inline(self.file_error, "")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addLayout(form)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _open_page(self) -> QWidget:
        page = QWidget(self)
        self.info_label = _wrapping("", page)
        self.code_radio = QRadioButton(self.tr("With the &recovery code from the Recovery Sheet "
                                               "(works on any computer)"), page)
        self.password_radio = QRadioButton(self.tr("With a &director's password (works only on the "
                                                   "computer where it was set)"), page)
        self.code_radio.setChecked(True)
        self.code_edit = QLineEdit(page)
        self.code_edit.setMaxLength(80)
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.username_edit = QLineEdit(page)
        self.username_edit.setAccessibleName(self.tr("Director's username"))
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Director's password"))
        for edit in (self.code_edit, self.username_edit, self.password_edit):
            edit.returnPressed.connect(self.accept)
        code_label = QLabel(self.tr("Recovery &code"), page)
        code_label.setBuddy(self.code_edit)
        user_label = QLabel(self.tr("&Username"), page)
        user_label.setBuddy(self.username_edit)
        password_label = QLabel(self.tr("&Password"), page)
        password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(code_label, self.code_edit)
        form.addRow(user_label, self.username_edit)
        form.addRow(password_label, self.password_edit)
        self.code_radio.toggled.connect(self._mode_changed)
        self.open_error = _wrapping("", page, "errorLabel")
        show_inline(self.open_error, "")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info_label)
        layout.addWidget(self.code_radio)
        layout.addWidget(self.password_radio)
        layout.addLayout(form)
        layout.addWidget(self.open_error)
        layout.addStretch(1)
        self._mode_changed()
        return page

    def _password_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = _wrapping("", page)
        self.account_combo = QComboBox(page)
        account_label = QLabel(self.tr("Director &account"), page)
        account_label.setBuddy(self.account_combo)
        self.fields = PasswordWithStrength(page, new_label=self.tr("&New password"))
        self.new_edit, self.repeat_edit = self.fields.new_edit, self.fields.repeat_edit
        self.account_combo.currentIndexChanged.connect(
            lambda _: self.fields.set_context(self.account_combo.currentData() or "", ""))
        self.password_error = _wrapping("", page, "errorLabel")
        show_inline(self.password_error, "")
        form = QFormLayout()
        form.addRow(account_label, self.account_combo)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_label)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.password_error)
        layout.addStretch(1)
        return page

    def _mode_changed(self) -> None:
        by_code = self.code_radio.isChecked()
        self.code_edit.setEnabled(by_code)
        self.username_edit.setEnabled(not by_code)
        self.password_edit.setEnabled(not by_code)

    # --- step 1: the file ------------------------------------------------------------------
    def _file_dialog(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup file"), "", self.tr("Shelter Desk backups (*{suffix})").format(
                suffix=SUFFIX))
        return chosen

    def _browse(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.file_edit.setText(chosen)
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_file(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            show_inline(self.file_error, self.tr("Type where the backup file is, or press Browse… to find it."))
            self.file_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._info = inspect_backup(Path(text).expanduser())
        except ShelterDeskError as exc:
            show_inline(self.file_error, error_text(exc))
            self.file_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except OSError as exc:
            show_inline(self.file_error, error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        show_inline(self.file_error, "")
        info = self._info
        when = (self.tr("made on {day} at {time}").format(
            day=day_text(info.created.astimezone().date()), time=info.created.astimezone().strftime("%H:%M"))
            if info.created else self.tr("made at an unknown time"))
        self.info_label.setText(self.tr("This backup was {when} ({size} MB). How do you want to open it?").format(
            when=when, size=f"{info.size / 1_000_000:.1f}"))
        self.pages.setCurrentIndex(PAGE_OPEN)
        self.next_button.setText(self.tr("&Restore"))
        (self.code_edit if self.code_radio.isChecked() else self.username_edit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    # --- step 2: restore -------------------------------------------------------------------
    def _restore(self) -> None:
        assert self._info is not None
        by_code = self.code_radio.isChecked()
        code = self.code_edit.text() if by_code else None
        username = None if by_code else (self.username_edit.text().strip() or None)
        password = None if by_code else self.password_edit.text()
        if by_code and not (code or "").strip():
            show_inline(self.open_error, self.tr("Type the recovery code from the Recovery Sheet."))
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not by_code and not password:
            show_inline(self.open_error, self.tr("Type the director's password."))
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        show_inline(self.open_error, "")
        self.pages.setEnabled(False)
        self.next_button.setEnabled(False)
        clock = self.desk.clock if self.desk is not None else None
        operation = Operation(self, self.tr("Checking and restoring the backup… Please wait."), restore_backup,
                              self._info.path, self.vault_dir, username=username, password=password,
                              recovery_code=code, clock=clock, with_progress=True)
        self._operation = operation
        operation.finished.connect(self._restored)
        operation.failed.connect(self._restore_failed)
        operation.start()

    def _restore_failed(self, exc: BaseException) -> None:
        self._end_operation()
        show_inline(self.open_error, error_text(exc))
        (self.code_edit if self.code_radio.isChecked() else self.password_edit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _restored(self, result: RestoreResult) -> None:
        self._end_operation()
        self.restored = True
        self.code_edit.clear()
        self.password_edit.clear()
        try:
            if self.desk is None:
                self.desk = Desk.open(self.vault_dir)
            else:
                self.desk.vault = Vault(self.vault_dir)
            self.desk.vault.instance.acquire()
            self._ticket = self.desk.auth.after_restore(result)
        except ShelterDeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            super().reject()
            return
        lines = [self.tr("The backup was restored and passed every check.")]
        if result.moved_aside is not None:
            lines.append(self.tr("The vault that was here was moved aside, unchanged, to {folder}.").format(
                folder=str(result.moved_aside)))
        if result.migrated_from:
            lines.append(self.tr("It was updated for this version of Shelter Desk, after a backup."))
        lines.append(self.tr("Choose a new password for a director. It works on this computer from now on; "
                             "other staff get a new temporary password from you in Admin → Staff accounts."))
        self.done_label.setText("\n\n".join(lines))
        self.account_combo.clear()
        for username, display in self._ticket.directors:
            self.account_combo.addItem(f"{display} ({username})", username)
        self.pages.setCurrentIndex(PAGE_PASSWORD)
        self.next_button.setText(self.tr("&Set the password and sign in"))
        self.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _end_operation(self) -> None:
        self.pages.setEnabled(True)
        self.next_button.setEnabled(True)
        if self._operation is not None:
            self._operation.deleteLater()
            self._operation = None

    # --- step 3: a new password ---------------------------------------------------------------
    def _set_password(self) -> None:
        assert self._ticket is not None and self.desk is not None
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        if not new:
            return self._problem(self.tr("Please type a new password."), self.new_edit)
        if new != repeat:
            return self._problem(self.tr("The two new passwords are not the same. Please type it again."),
                                 self.repeat_edit)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.signed_in = self.desk.auth.finish_recovery(self._ticket, self.account_combo.currentData() or "", new)
        except ValidationError as exc:
            return self._problem(error_text(exc), self.account_combo if exc.field == "username" else self.new_edit)
        except ShelterDeskError as exc:
            return self._problem(error_text(exc), self.new_edit)
        finally:
            QApplication.restoreOverrideCursor()
        self.fields.clear()
        super().accept()

    def _problem(self, text: str, field: QWidget) -> None:
        show_inline(self.password_error, text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- buttons ------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._operation is not None:
            return
        page = self.pages.currentIndex()
        if page == PAGE_FILE:
            self._check_file()
        elif page == PAGE_OPEN:
            self._restore()
        else:
            self._set_password()

    def reject(self) -> None:
        if self._operation is not None:
            return  # restoring: the folder is being swapped
        self.code_edit.clear()
        self.password_edit.clear()
        self.fields.clear()
        super().reject()
