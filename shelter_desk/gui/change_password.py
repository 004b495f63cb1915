"""Change my own password: from the menu, or forced after a temporary password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from shelter_desk import passwords
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.forms.ui_change_password import Ui_ChangePassword
from shelter_desk.gui.worker import error_text


def strength_text(password: str, *, username: str = "", shelter_name: str = "") -> str:
    """The live hint under a new-password field: how strong, and what would be refused."""
    if not password:
        return ""
    strength = passwords.assess(password, username=username, shelter_name=shelter_name)
    label = QCoreApplication.translate("passwords", strength.label)
    text = QCoreApplication.translate("ChangePassword", "Strength: {label}.").format(label=label)
    if strength.problem:
        text += " " + QCoreApplication.translate("passwords", strength.problem)
    return text


def show_inline(label: QLabel, text: str) -> None:
    """An inline message label that takes no space when empty."""
    label.setText(text)
    label.setVisible(bool(text))


class ChangePasswordDialog(QDialog):
    """Changes the signed-in person's own password through ``desk.auth.change_own_password``.

    With ``forced=True`` (after signing in with a temporary password) the person
    cannot go on without a new password: Cancel reads "Sign out", and the caller
    signs them out when ``exec()`` returns Rejected.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.desk = desk
        self.forced = forced
        self.ui = Ui_ChangePassword()
        self.ui.setupUi(self)
        who = desk.signed_in()
        self._username = who.username
        try:
            self._shelter_name = desk.settings.shelter_name()
        except ShelterDeskError:
            self._shelter_name = ""
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Change password"))
        ok.setDefault(True)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if forced:
            self.setWindowTitle(self.tr("Choose your own password"))
            self.ui.introLabel.setText(
                self.tr(
                    "Welcome, {name}. You signed in with a temporary password. Choose your own "
                    "password to go on: at least 12 characters; a short sentence of a few "
                    "unrelated words works well."
                ).format(name=who.display_name)
            )
            self.ui.currentLabel.setText(self.tr("&Temporary password"))
            cancel.setText(self.tr("Sign &out"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.newEdit.textChanged.connect(self._update_hint)
        self.ui.showCheck.toggled.connect(self._show_passwords)
        show_inline(self.ui.errorLabel, "")
        show_inline(self.ui.strengthLabel, "")
        self.ui.currentEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit

    def _update_hint(self, text: str) -> None:
        show_inline(
            self.ui.strengthLabel,
            strength_text(text, username=self._username, shelter_name=self._shelter_name),
        )

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in self._fields():
            edit.setEchoMode(mode)

    def accept(self) -> None:
        current, new, repeat = (edit.text() for edit in self._fields())
        if not current:
            return self._problem(self.tr("Please type your current password."), self.ui.currentEdit)
        if not new:
            return self._problem(self.tr("Please type a new password."), self.ui.newEdit)
        if new != repeat:
            return self._problem(
                self.tr("The two new passwords are not the same. Please type it again."), self.ui.repeatEdit
            )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.desk.auth.change_own_password(current, new)
        except ValidationError as exc:
            target = {"old_password": self.ui.currentEdit, "new_password": self.ui.newEdit,
                      "password": self.ui.newEdit}.get(exc.field or "", self.ui.newEdit)
            return self._problem(error_text(exc), target)
        except ShelterDeskError as exc:
            return self._problem(error_text(exc), self.ui.currentEdit)
        finally:
            QApplication.restoreOverrideCursor()
        self._clear()
        super().accept()

    def reject(self) -> None:
        self._clear()
        super().reject()

    def _problem(self, text: str, field: QLineEdit) -> None:
        """Say what is wrong and put the cursor there; nothing typed is lost."""
        show_inline(self.ui.errorLabel, text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _clear(self) -> None:
        for edit in self._fields():
            edit.clear()
