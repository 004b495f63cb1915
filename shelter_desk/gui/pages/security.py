"""Admin → Security (director): how the vault is protected, the screen lock time,
a new Recovery Sheet, and changing the data key."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.plain_words import password_store_label
from shelter_desk.gui.recovery_sheet_panel import RecoverySheetPanel
from shelter_desk.gui.worker import Operation, error_text, show_error
from shelter_desk.services.accounts import RotationResult
from shelter_desk.services.settings import IDLE_LOCK_RANGE, SecurityStatus


def _wrapping(text: str, parent: QWidget, name: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def status_lines(status: SecurityStatus, folder: str) -> list[str]:
    """The security status as short HTML lines in plain words."""
    tr = lambda text: QCoreApplication.translate("SecurityPage", text)  # noqa: E731
    lines = []
    if status.password_store and status.device_bound:
        lines.append(tr("<b>Password store:</b> {store}. Sign-ins tied to it do not work from a "
                        "copy of the vault on another computer.").format(
            store=html.escape(password_store_label(status.password_store))))
    elif status.password_store:
        lines.append(tr("<b>Password store:</b> {store}, but it does not hold this vault's key: "
                        "sign-ins are protected by password only.").format(
            store=html.escape(password_store_label(status.password_store))))
    else:
        lines.append(tr("<b>Password store:</b> none — sign-ins are protected by password only."))
    people = [s for s in status.slots if s.username is not None]
    tied = sorted(s.username for s in people if s.bound_to_this_computer)
    elsewhere = sorted(s.username for s in people if s.bound_elsewhere)
    plain = sorted(s.username for s in people if not s.bound_to_this_computer and not s.bound_elsewhere)
    none = tr("nobody")
    lines.append(tr("<b>Sign-ins tied to this computer:</b> {names}.").format(
        names=html.escape(", ".join(tied)) if tied else none))  # type: ignore[arg-type]
    if plain:
        lines.append(tr("<b>Sign-ins with password only:</b> {names}.").format(
            names=html.escape(", ".join(plain))))  # type: ignore[arg-type]
    if elsewhere:
        lines.append(tr("<b>Tied to another computer, cannot sign in here:</b> {names}. They need a "
                        "password reset, or the Recovery Sheet if nobody can sign in.").format(
            names=html.escape(", ".join(elsewhere))))  # type: ignore[arg-type]
    if any(s.username is None for s in status.slots):
        lines.append(tr("<b>Recovery code:</b> set; it works on any computer, on purpose."))
    else:
        lines.append(tr("<b>Recovery code:</b> none. Make a new Recovery Sheet below."))
    costs = sorted({s.argon2_time_cost for s in status.slots})
    if costs:
        lines.append(tr("<b>Password checks:</b> Argon2id with 64 MB of memory, time cost {cost}: "
                        "each check is made slow on purpose, so guessing passwords takes very long.").format(
            cost=str(costs[0]) if len(costs) == 1 else f"{costs[0]}–{costs[-1]}"))
    lines.append(tr("<b>Database encryption:</b> SQLCipher {version} (AES-256).").format(
        version=html.escape(status.cipher_version or "?")))
    lines.append(tr("<b>Vault folder:</b> {folder}").format(folder=html.escape(folder)))
    return lines


class PasswordPromptDialog(QDialog):
    """Asks the signed-in director for their password before a serious change.

    ``take_password()`` returns what was typed and empties the field.
    """

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro_label = _wrapping(intro, self)
        self.intro_label.setTextFormat(Qt.TextFormat.RichText)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.error_label = _wrapping("", self, "errorLabel")
        show_inline(self.error_label, "")
        form = QFormLayout()
        form.addRow(self.tr("Your &password"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.password_edit.setFocus()

    def accept(self) -> None:
        if not self.password_edit.text():
            show_inline(self.error_label, self.tr("Please type your password."))
            return
        super().accept()

    def reject(self) -> None:
        self.password_edit.clear()
        super().reject()

    def take_password(self) -> str:
        password = self.password_edit.text()
        self.password_edit.clear()
        return password

    def show_problem(self, text: str) -> None:
        show_inline(self.error_label, text)
        self.password_edit.setFocus()


class RecoverySheetDialog(QDialog):
    """A new Recovery Sheet to keep, and after a key change the temporary passwords to hand out.

    Done stays off until the sheet is kept (printed or saved, last five characters
    typed, promise ticked); closing before that asks first. Everything secret is
    cleared from the widgets when the dialog closes.
    """

    def __init__(self, desk: Desk, code: str, parent: QWidget | None = None, *,
                 heading: str, temporary: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("New Recovery Sheet"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading_label = _wrapping(heading, self, "titleLabel")
        layout.addWidget(heading_label)
        self.temp_table: QTableWidget | None = None
        if temporary:
            layout.addWidget(_wrapping(self.tr(
                "Everyone else now has a temporary password. Give each person theirs in person; "
                "they choose their own when they next sign in. These are shown only now."), self))
            table = QTableWidget(len(temporary), 3, self)
            table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Username"), self.tr("Temporary password")])
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            mono.setPointSize(13)
            mono.setWeight(QFont.Weight.Bold)
            for row, (name, username, password) in enumerate(temporary):
                for col, text in enumerate((name, username, password)):
                    item = QTableWidgetItem(text)
                    if col == 2:
                        item.setFont(mono)
                    table.setItem(row, col, item)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.setMaximumHeight(min(60 + 34 * len(temporary), 260))
            self.temp_table = table
            layout.addWidget(table)
        if temporary is not None:
            layout.addWidget(_wrapping(self.tr(
                "<b>Old backups still open with the old key and the old Recovery Sheet.</b> Destroy "
                "them if they could be in the wrong hands."), self, "countdownLabel"))
        self.panel = RecoverySheetPanel(desk, self)
        self.panel.set_code(code)
        layout.addWidget(self.panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.panel.confirmed_changed.connect(self.done_button.setEnabled)
        layout.addWidget(self.buttons)
        self.resize(680, self.sizeHint().height())
        self.panel.print_button.setFocus()

    def accept(self) -> None:
        if not self.panel.is_confirmed():
            return
        super().accept()

    def reject(self) -> None:
        if self.desk.locked or self.desk.current is None:
            # The screen is locking: close at once. Asking first would hold the lock back
            # and leave the code on screen until someone answers.
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close without keeping the sheet?"),
            self.tr("The old Recovery Sheet no longer works, and this new one has not been kept yet. "
                    "If you close now, make another new Recovery Sheet soon.\n\nClose anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()

    def done(self, result: int) -> None:
        self.panel.wipe()
        if self.temp_table is not None:
            self.temp_table.clearContents()
        super().done(result)


class SecurityPage(QWidget):
    """How this vault is protected, in plain words, and the director's security actions.

    ``idle_lock_changed(int)`` tells the session the new screen-lock time once saved.
    """

    idle_lock_changed = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._operation: Operation | None = None
        title = _wrapping(self.tr("Security"), self, "titleLabel")

        # How the vault is protected.
        status_box = QGroupBox(self.tr("How this vault is protected"), self)
        self.status_label = _wrapping("", status_box)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label = _wrapping("", status_box, "countdownLabel")
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(self.status_label)
        status_layout.addWidget(self.warnings_label)

        # Screen lock.
        lock_box = QGroupBox(self.tr("Screen lock"), self)
        self.idle_spin = QSpinBox(lock_box)
        self.idle_spin.setRange(*IDLE_LOCK_RANGE)
        self.idle_spin.setMinimumWidth(80)
        self.idle_spin.setAccessibleName(self.tr("Minutes of no use before the screen locks"))
        lock_label = QLabel(self.tr("&Lock the screen after"), lock_box)
        lock_label.setBuddy(self.idle_spin)
        self.save_idle_button = QPushButton(self.tr("&Save"), lock_box)
        self.save_idle_button.clicked.connect(self.save_idle_lock)
        self.idle_spin.editingFinished.connect(self._idle_edited)
        self.idle_message = _wrapping("", lock_box)
        show_inline(self.idle_message, "")
        lock_row = QHBoxLayout()
        lock_row.addWidget(lock_label)
        lock_row.addWidget(self.idle_spin)
        lock_row.addWidget(QLabel(self.tr("minutes of no use"), lock_box))
        lock_row.addWidget(self.save_idle_button)
        lock_row.addStretch(1)
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addLayout(lock_row)
        lock_layout.addWidget(self.idle_message)

        # Recovery Sheet.
        sheet_box = QGroupBox(self.tr("Recovery Sheet"), self)
        sheet_layout = QVBoxLayout(sheet_box)
        sheet_layout.addWidget(_wrapping(self.tr(
            "Make a new Recovery Sheet if the old one is lost, was seen by someone else, or was used. "
            "The old sheet stops working at once."), sheet_box))
        self.new_sheet_button = QPushButton(self.tr("Make a &new Recovery Sheet…"), sheet_box)
        self.new_sheet_button.clicked.connect(self.new_recovery_sheet)
        sheet_layout.addWidget(self.new_sheet_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Data key.
        key_box = QGroupBox(self.tr("Data key"), self)
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(_wrapping(self.tr(
            "Change the data key after a staff member left under difficult circumstances. Everyone "
            "else gets a temporary password, and you get a new Recovery Sheet."), key_box))
        self.change_key_button = QPushButton(self.tr("Change the data &key…"), key_box)
        self.change_key_button.clicked.connect(self.change_data_key)
        key_layout.addWidget(self.change_key_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.message_label = _wrapping("", self, "noticeLabel")
        show_inline(self.message_label, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.message_label)
        layout.addWidget(status_box)
        layout.addWidget(lock_box)
        layout.addWidget(sheet_box)
        layout.addWidget(key_box)
        layout.addStretch(1)
        self.setTabOrder(self.idle_spin, self.save_idle_button)
        self.setTabOrder(self.save_idle_button, self.new_sheet_button)
        self.setTabOrder(self.new_sheet_button, self.change_key_button)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- status -------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            status = self.desk.settings.security_status()
            minutes = self.desk.settings.idle_lock_minutes()
        except ShelterDeskError as exc:
            show_inline(self.message_label, error_text(exc))
            return
        self.status_label.setText("".join(f'<p style="margin: 0 0 5px 0">{line}</p>'
                                          for line in status_lines(status, str(self.desk.vault.folder))))
        warnings = [QCoreApplication.translate("warnings", template).format(**params)
                    for template, params in status.location_warnings]
        show_inline(self.warnings_label, "\n\n".join(warnings))
        self.idle_spin.setValue(minutes)

    # --- screen lock --------------------------------------------------------------------
    def _idle_edited(self) -> None:
        if self.idle_spin.hasFocus():
            show_inline(self.idle_message, "")

    def save_idle_lock(self) -> None:
        minutes = self.idle_spin.value()
        try:
            self.desk.settings.set_idle_lock_minutes(minutes)
        except ShelterDeskError as exc:
            show_inline(self.idle_message, error_text(exc))
            self.idle_spin.setFocus()
            return
        show_inline(self.idle_message, self.tr("Saved. The screen now locks after {n} minutes of no use.")
                    .format(n=minutes))
        self.idle_lock_changed.emit(minutes)

    # --- a new Recovery Sheet -----------------------------------------------------------
    def new_recovery_sheet(self) -> None:
        dialog = PasswordPromptDialog(
            self.tr("Make a new Recovery Sheet"),
            self.tr("Shelter Desk will make a new recovery code. <b>The old Recovery Sheet stops "
                    "working at once</b>; destroy it once the new one is kept.<br><br>Type your "
                    "password to go on."),
            self.tr("&Make a new sheet"), self)
        self._run_with_password(dialog, self.desk.accounts.new_recovery_code,
                                self.tr("Making a new recovery code…"), self._show_new_sheet)

    def _show_new_sheet(self, code: str, parent: QWidget | None = None) -> None:
        dialog = RecoverySheetDialog(self.desk, code, parent or self, heading=QCoreApplication.translate(
            "SecurityPage", "Here is the new recovery code. Print or save the new Recovery Sheet now."))
        dialog.exec()
        if parent is not None or not shiboken6.isValid(self):  # shown after a lock: this page is gone
            return
        dialog.deleteLater()
        show_inline(self.message_label, self.tr("A new Recovery Sheet was made. Destroy the old one."))
        self.refresh()

    # --- changing the data key ----------------------------------------------------------
    def change_data_key(self) -> None:
        dialog = PasswordPromptDialog(
            self.tr("Change the data key"),
            self.tr(
                "Do this after a staff member left under difficult circumstances, or if you think "
                "someone has a copy of the vault and a password.<br><br>"
                "&bull; Everything is encrypted again with a new key. This can take a minute.<br>"
                "&bull; <b>Everyone else gets a temporary password.</b> You will see the list to "
                "hand out; they choose their own when they next sign in.<br>"
                "&bull; You get a new Recovery Sheet; the old one stops working for this vault.<br>"
                "&bull; <b>Old backups still open with the old key and the old Recovery Sheet</b> "
                "(and the old passwords). Destroy old backups and the old sheet if they could be "
                "in the wrong hands. A fresh backup under the new key is made at once.<br><br>"
                "Type your password to go on."),
            self.tr("Change the data &key"), self)
        self._run_with_password(dialog, self.desk.accounts.rotate_data_key,
                                self.tr("Changing the data key… Please wait and do not switch off "
                                        "the computer."), self._show_rotation)

    def _show_rotation(self, result: RotationResult, parent: QWidget | None = None) -> None:
        names = {}
        try:
            names = {a.username: a.display_name for a in self.desk.accounts.list()}
        except ShelterDeskError:
            pass
        temporary = [(names.get(user, user), user, temp)
                     for user, temp in sorted(result.temporary_passwords.items())]
        dialog = RecoverySheetDialog(self.desk, result.recovery_code, parent or self,
                                     heading=QCoreApplication.translate(
                                         "SecurityPage", "The data key has been changed."),
                                     temporary=temporary)
        dialog.exec()
        temporary.clear()
        if parent is not None or not shiboken6.isValid(self):  # shown after a lock: this page is gone
            return
        dialog.deleteLater()
        if result.backup_error is not None:
            show_error(self, result.backup_error, self.tr("The backup after the key change was not made"))
            backup_note = self.tr("No backup under the new key could be made: make one now in Admin → Backups.")
        else:
            backup_note = self.tr("A fresh backup under the new key is in the vault's backups folder; make one "
                                  "to a USB stick too (Admin → Backups).")
        show_inline(self.message_label, self.tr(
            "The data key was changed. Old backups still open with the old key and the old "
            "Recovery Sheet.") + " " + backup_note)
        self.refresh()

    # --- shared: password first, then the slow part off the UI thread ------------------
    def _run_with_password(self, dialog: PasswordPromptDialog, fn: Callable[[str], Any], label: str,
                           on_done: Callable[[Any, QWidget | None], None]) -> None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        # The operation belongs to the window, not to this page: a lock destroys the page,
        # and a new recovery code or temporary passwords must not be lost with it.
        window = self.window()
        owner = self.desk.current.account_id if self.desk.current else None
        operation = Operation(window, label, fn, dialog.take_password())
        self._operation = operation
        self.setEnabled(False)

        def gone() -> bool:  # locked meanwhile: this page is (being) destroyed
            return not shiboken6.isValid(self) or self.desk.locked or self.desk.current is None

        def finished(result: Any) -> None:
            if gone():  # show it to the same person after they unlock
                operation.deleteLater()
                hold = getattr(window, "hold_until_unlock", None)
                if hold is not None:
                    hold(owner, lambda parent: on_done(result, parent))
                return
            self._end_operation()
            dialog.deleteLater()
            on_done(result, None)

        def failed(exc: BaseException) -> None:
            if gone():
                operation.deleteLater()
                hold = getattr(window, "hold_until_unlock", None)
                if hold is not None:
                    hold(owner, lambda parent: show_error(parent, exc))
                return
            self._end_operation()
            if isinstance(exc, ValidationError) and exc.field == "password":
                dialog.show_problem(error_text(exc))
                self._run_with_password(dialog, fn, label, on_done)
                return
            dialog.deleteLater()
            show_error(self, exc)
            self.refresh()

        operation.finished.connect(finished)
        operation.failed.connect(failed)
        operation.start()

    def _end_operation(self) -> None:
        self.setEnabled(True)
        if self._operation is not None:
            self._operation.deleteLater()
            self._operation = None
