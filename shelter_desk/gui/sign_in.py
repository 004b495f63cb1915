"""The sign-in screen, which is also the lock screen.

At start it says "Sign in to <shelter>". When the screen is locked it names who
was signed in and prefills their username, which stays editable so another
staff member can sign in instead ("switch user"). It shows nothing else: no
resident data lives on this screen.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from shelter_desk.crypto.keyslots import normalize_username
from shelter_desk.desk import Desk, SignedIn
from shelter_desk.errors import (
    DeviceSecretMissing,
    ShelterDeskError,
    SignInBlocked,
    ValidationError,
    WrongPassword,
)
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.forms.ui_sign_in import Ui_SignIn
from shelter_desk.gui.worker import error_text
from shelter_desk.paths import resource


class SignInScreen(QWidget):
    """Signs someone in through ``desk.auth.sign_in`` and emits ``signed_in(SignedIn)``.

    The same call serves a fresh start, an unlock and a switch of user; the core
    decides which it was and audits it. After too many wrong passwords the
    Sign in button stays off and a countdown, computed from the desk's clock,
    says how long to wait.
    """

    signed_in = Signal(object)
    restore_requested = Signal()  # "Restore from a backup…": a damaged vault, or a fresh start

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SignIn()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(QIcon(str(resource("icons", "shelter-desk.svg"))).pixmap(QSize(72, 72)))
        self._blocked_until: datetime | None = None
        self._blocked_name: str | None = None
        self._shelter_name: str | None = None
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.tick_countdown)
        self.ui.signInButton.clicked.connect(self.attempt)
        self.ui.usernameEdit.returnPressed.connect(self._username_entered)
        self.ui.passwordEdit.returnPressed.connect(self.attempt)
        self.ui.usernameEdit.textChanged.connect(self._update_button)
        self.ui.recoveryButton.clicked.connect(self.use_recovery_code)
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"), self.ui.signInCard)
        self.restore_button.setFlat(True)
        self.restore_button.setToolTip(self.tr("When the vault is damaged: put a backup in its place (a director's "
                                               "password or the Recovery Sheet is needed)."))
        self.restore_button.clicked.connect(self.restore_requested)
        self.ui.cardLayout.addWidget(self.restore_button)
        QWidget.setTabOrder(self.ui.recoveryButton, self.restore_button)
        self.ui.recoveryButton.setToolTip(
            self.tr("For a director who forgot the password, or a new computer: use the code on the Recovery Sheet.")
        )
        self.show_start()

    # --- modes ---------------------------------------------------------------------------
    def show_start(self, shelter_name: str | None = None, note: str = "") -> None:
        """The first screen: nobody signed in."""
        # The shelter's name is inside the encrypted vault: known only after a first sign-in.
        self._shelter_name = shelter_name or self._shelter_name
        if self._shelter_name:
            self.ui.titleLabel.setText(self.tr("Sign in to {shelter}").format(shelter=self._shelter_name))
        else:
            self.ui.titleLabel.setText(self.tr("Sign in to Shelter Desk"))
        show_inline(self.ui.messageLabel, note)
        self.restore_button.show()
        self._reset_fields(username="")

    def show_locked(self, who: SignedIn, note: str = "") -> None:
        """The lock screen: who was signed in; their username ready, editable for someone else."""
        self.ui.titleLabel.setText(self.tr("The screen is locked"))
        text = self.tr(
            "{name} was signed in. Type the password to go on, or sign in with your own "
            "username instead."
        ).format(name=who.display_name)
        if note:
            text = note + "\n\n" + text
        show_inline(self.ui.messageLabel, text)
        self.restore_button.hide()  # not over someone's locked session
        self._reset_fields(username=who.username)

    def _reset_fields(self, *, username: str) -> None:
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.clear()
        show_inline(self.ui.errorLabel, "")
        self._update_button()
        self.tick_countdown()
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        target = self.ui.passwordEdit if self.ui.usernameEdit.text() else self.ui.usernameEdit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- signing in ------------------------------------------------------------------------
    def _username_entered(self) -> None:
        if self.ui.passwordEdit.text():
            self.attempt()
        else:
            self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self) -> None:
        if not self.ui.signInButton.isEnabled():
            return
        username = self.ui.usernameEdit.text()
        password = self.ui.passwordEdit.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            who = self.desk.auth.sign_in(username, password)
        except SignInBlocked as exc:
            self.ui.passwordEdit.clear()
            show_inline(self.ui.errorLabel, "")
            self._start_countdown(username, exc.wait_seconds)
            return
        except WrongPassword as exc:
            self.ui.passwordEdit.clear()
            show_inline(self.ui.errorLabel, error_text(exc))
            self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except DeviceSecretMissing as exc:
            self.ui.passwordEdit.clear()
            show_inline(self.ui.errorLabel, error_text(exc))
            self.ui.recoveryButton.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ValidationError as exc:
            show_inline(self.ui.errorLabel, error_text(exc))
            field = self.ui.usernameEdit if exc.field == "username" else self.ui.passwordEdit
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ShelterDeskError as exc:
            self.ui.passwordEdit.clear()
            show_inline(self.ui.errorLabel, error_text(exc))
            self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ui.passwordEdit.clear()
        show_inline(self.ui.errorLabel, "")
        self.signed_in.emit(who)

    # --- failed-attempt backoff --------------------------------------------------------------
    def _start_countdown(self, username: str, seconds: int) -> None:
        self._blocked_name = normalize_username(username or "")
        self._blocked_until = self.desk.now() + timedelta(seconds=seconds)
        self.countdown.start()
        self.tick_countdown()

    def remaining_seconds(self) -> int:
        if self._blocked_until is None:
            return 0
        return max(0, math.ceil((self._blocked_until - self.desk.now()).total_seconds()))

    def tick_countdown(self) -> None:
        """Once a second while blocked: update the wait, and switch the button back on at zero."""
        left = self.remaining_seconds()
        if left <= 0:
            self._blocked_until = self._blocked_name = None
            self.countdown.stop()
            show_inline(self.ui.countdownLabel, "")
        else:
            show_inline(
                self.ui.countdownLabel,
                self.tr("Too many wrong passwords. Please wait {wait} before trying again.").format(
                    wait=self.wait_text(left)
                ),
            )
        self._update_button()

    def wait_text(self, seconds: int) -> str:
        minutes, secs = divmod(seconds, 60)
        if minutes and secs:
            return self.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=secs)
        if minutes:
            return self.tr("{minutes} min").format(minutes=minutes)
        return self.tr("{seconds} s").format(seconds=secs)

    def _update_button(self) -> None:
        # The wait belongs to one username: someone else may still sign in meanwhile.
        typed = normalize_username(self.ui.usernameEdit.text() or "")
        blocked = self._blocked_until is not None and typed == self._blocked_name
        self.ui.signInButton.setEnabled(not blocked)

    # --- recovery code -----------------------------------------------------------------------
    def use_recovery_code(self) -> None:
        from shelter_desk.gui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.desk, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        who = dialog.signed_in
        dialog.deleteLater()
        if accepted and who is not None:
            self.signed_in.emit(who)
        elif self.desk.current is None:
            # The recovery code ends a locked session even if no new password was set.
            self.show_start()
