"""Signing in with the Recovery Sheet: the code, then a new password for a director."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk, SignedIn
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.password_fields import PasswordWithStrength
from shelter_desk.gui.worker import error_text
from shelter_desk.services.auth import RecoveryTicket


class RecoveryDialog(QDialog):
    """Two steps: type the recovery code, then choose a director account and its new password.

    The code is read forgivingly by the core (case, spaces, dashes, O for 0). Using
    it is audited as a high-severity event and ends any locked session. After
    ``exec()`` returns Accepted, :attr:`signed_in` is the director now signed in.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signed_in: SignedIn | None = None
        self._ticket: RecoveryTicket | None = None
        self.setWindowTitle(self.tr("Use the recovery code"))
        self.setModal(True)
        self.resize(560, 0)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._code_page())
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
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the two steps -----------------------------------------------------------------------
    def _code_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Type the recovery code from the shelter's Recovery Sheet (kept in the office "
                "safe). Capital or small letters, spaces and dashes do not matter. Using the code "
                "is written in the audit trail."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(page)
        self.code_edit.setMaxLength(80)
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        label = QLabel(self.tr("Recovery &code"), page)
        label.setBuddy(self.code_edit)
        self.code_error = QLabel(page)
        self.code_error.setObjectName("errorLabel")
        self.code_error.setWordWrap(True)
        show_inline(self.code_error, "")
        form = QFormLayout()
        form.addRow(label, self.code_edit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.code_error)
        layout.addStretch(1)
        return page

    def _password_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "The code is right. Choose the director account and give it a new password. "
                "It will work on this computer from now on."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.account_combo = QComboBox(page)
        self.fields = PasswordWithStrength(page, new_label=self.tr("&New password"))
        # The names the rest of this dialog (and its tests) use for the shared fields.
        self.new_edit, self.repeat_edit = self.fields.new_edit, self.fields.repeat_edit
        self.strength_label, self.show_check = self.fields.strength_label, self.fields.show_check
        self.account_combo.currentIndexChanged.connect(
            lambda _: self.fields.set_context(self.account_combo.currentData() or "", "")
        )
        self.password_error = QLabel(page)
        self.password_error.setObjectName("errorLabel")
        self.password_error.setWordWrap(True)
        show_inline(self.password_error, "")
        account_label = QLabel(self.tr("Director &account"), page)
        account_label.setBuddy(self.account_combo)
        form = QFormLayout()
        form.addRow(account_label, self.account_combo)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.password_error)
        layout.addStretch(1)
        return page

    # --- actions -----------------------------------------------------------------------------
    def accept(self) -> None:
        if self.pages.currentIndex() == 0:
            self._check_code()
        else:
            self._set_password()

    def _check_code(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._ticket = self.desk.auth.sign_in_with_recovery(self.code_edit.text())
        except ShelterDeskError as exc:
            show_inline(self.code_error, error_text(exc))
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.code_edit.clear()
        self.account_combo.clear()
        for username, display in self._ticket.directors:
            self.account_combo.addItem(f"{display} ({username})", username)
        self.next_button.setText(self.tr("&Set the password and sign in"))
        self.pages.setCurrentIndex(1)
        self.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_password(self) -> None:
        assert self._ticket is not None
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        if not new:
            return self._problem(self.tr("Please type a new password."), self.new_edit)
        if new != repeat:
            return self._problem(
                self.tr("The two new passwords are not the same. Please type it again."), self.repeat_edit
            )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.signed_in = self.desk.auth.finish_recovery(
                self._ticket, self.account_combo.currentData() or "", new
            )
        except ValidationError as exc:
            field = self.account_combo if exc.field == "username" else self.new_edit
            return self._problem(error_text(exc), field)
        except ShelterDeskError as exc:
            return self._problem(error_text(exc), self.new_edit)
        finally:
            QApplication.restoreOverrideCursor()
        self._clear()
        super().accept()

    def reject(self) -> None:
        self._clear()
        super().reject()

    def _problem(self, text: str, field: QWidget) -> None:
        show_inline(self.password_error, text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self) -> None:
        self.code_edit.clear()
        self.fields.clear()
