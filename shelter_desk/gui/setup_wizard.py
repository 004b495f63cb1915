"""First-run setup: the shelter's name, the director's account, securing this computer,
the Recovery Sheet, and what to do next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shelter_desk import passwords
from shelter_desk.crypto import kdf
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.forms.ui_setup_director import Ui_SetupDirector
from shelter_desk.gui.forms.ui_setup_shelter import Ui_SetupShelter
from shelter_desk.gui.plain_words import password_store_label, suggest_username, unlock_time_text
from shelter_desk.gui.recovery_sheet_panel import RecoverySheetPanel
from shelter_desk.gui.worker import error_text, run_in_background
from shelter_desk.paths import resource
from shelter_desk.services.setup import SetupResult, create_vault
from shelter_desk.services.validation import clean_text, clean_username
from shelter_desk.storage.location import warnings_for

PAGE_WELCOME, PAGE_SHELTER, PAGE_DIRECTOR, PAGE_SECURING, PAGE_RECOVERY, PAGE_DONE = range(6)


def _label(text: str, parent: QWidget, *, name: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class WelcomePage(QWizardPage):
    """What Shelter Desk is, that it stays on this computer, and where the vault will be."""

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Shelter Desk"))
        self.setSubTitle(self.tr("Let's set up Shelter Desk for your shelter. It takes about five minutes."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(_label(self.tr(
            "Shelter Desk keeps the records of the people staying at your shelter: who is here, "
            "what they need, safety plans and incidents."), self))
        layout.addWidget(_label(self.tr(
            "<b>It works without the internet.</b> Nothing is sent anywhere."), self))
        layout.addWidget(_label(self.tr(
            "<b>Everything is encrypted on this computer.</b> Without a staff password or the "
            "Recovery Sheet, the files cannot be read, even by someone who takes the computer."), self))
        layout.addWidget(_label(self.tr(
            "You will name the shelter, create your own account as director, and print the "
            "Recovery Sheet. Have a printer or a USB stick ready."), self))
        layout.addSpacing(6)
        layout.addWidget(_label(self.tr("The encrypted files will be kept in this folder:"), self))
        self.folder_label = _label(str(vault_dir), self, name="folderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("font-family: monospace; padding-left: 12px;")
        layout.addWidget(self.folder_label)
        self.warning_labels = []
        for template, params in warnings_for(vault_dir):
            warning = _label(QCoreApplication.translate("warnings", template).format(**params), self,
                             name="countdownLabel")
            self.warning_labels.append(warning)
            layout.addWidget(warning)
        layout.addStretch(1)
        layout.addWidget(_label(self.tr(
            "Moving to a new computer, or starting again after the old one broke? Restore the shelter's "
            "backup instead of setting up a new one."), self))
        self.restore_button = QPushButton(self.tr("&Restore from a backup instead…"), self)
        self.restore_button.setAutoDefault(False)  # Enter still means Next
        self.restore_button.clicked.connect(lambda: self.wizard().request_restore())
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)


class ShelterPage(QWizardPage):
    """The shelter's name (form: ui/setup_shelter.ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupShelter()
        self.ui.setupUi(self)
        self.ui.errorLabel.setObjectName("errorLabel")
        show_inline(self.ui.errorLabel, "")
        self.registerField("shelter_name", self.ui.nameEdit)
        self.ui.nameEdit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:
        return bool(self.ui.nameEdit.text().strip())

    def validatePage(self) -> bool:
        try:
            clean_text(self.ui.nameEdit.text(), field="shelter_name",
                       label=QCoreApplication.translate("fields", "the shelter's name"))
        except ValidationError as exc:
            show_inline(self.ui.errorLabel, error_text(exc))
            self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        show_inline(self.ui.errorLabel, "")
        return True


class DirectorPage(QWizardPage):
    """The director's name, username and password (form: ui/setup_director.ui).

    This is where the vault gets made: "Set up Shelter Desk" commits, and there is no
    way back once the encrypted files exist.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDirector()
        self.ui.setupUi(self)
        self.ui.errorLabel.setObjectName("errorLabel")
        show_inline(self.ui.errorLabel, "")
        self._username_typed = False
        self._username_hint = self.ui.usernameHint.text()
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Set up Shelter Desk >"))
        self.ui.displayNameEdit.textChanged.connect(self._name_changed)
        self.ui.usernameEdit.textEdited.connect(self._username_edited)
        self.ui.usernameEdit.textChanged.connect(self._username_changed)
        self.ui.passwordFields.validity_changed.connect(self.completeChanged)
        # The form's labels and the password widget's own labels line up in one column.
        labels = (self.ui.displayNameLabel, self.ui.usernameLabel,
                  self.fields.new_label, self.fields.repeat_label)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    @property
    def fields(self):  # noqa: ANN201 - PasswordWithStrength, from the generated form
        return self.ui.passwordFields

    def initializePage(self) -> None:
        self._username_changed(self.ui.usernameEdit.text())
        self.ui.displayNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _shelter_name(self) -> str:
        return str(self.field("shelter_name") or "")

    def _name_changed(self, text: str) -> None:
        if not self._username_typed:
            self.ui.usernameEdit.setText(suggest_username(text))
        self.completeChanged.emit()

    def _username_edited(self, text: str) -> None:
        # Once the person types a username themselves, stop suggesting (unless they empty it).
        self._username_typed = bool(text)

    def _username_changed(self, text: str) -> None:
        hint = self._username_hint
        if text.strip():
            try:
                clean_username(text)
            except ValidationError as exc:
                hint = error_text(exc)
        self.ui.usernameHint.setText(hint)
        self.fields.set_context(text.strip(), self._shelter_name())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.ui.displayNameEdit.text().strip():
            return False
        try:
            clean_username(self.ui.usernameEdit.text())
        except ValidationError:
            return False
        return self.fields.is_valid()

    def validatePage(self) -> bool:
        """The same checks the core makes, so the vault is not made with a bad value."""
        name_label = QCoreApplication.translate("fields", "your name")
        checks = (
            (self.ui.displayNameEdit,
             lambda: clean_text(self.ui.displayNameEdit.text(), field="display_name", label=name_label)),
            (self.ui.usernameEdit, lambda: clean_username(self.ui.usernameEdit.text())),
            (self.fields.new_edit,
             lambda: passwords.check(self.fields.password(), username=self.ui.usernameEdit.text(),
                                     shelter_name=self._shelter_name())),
        )
        for widget, check in checks:
            try:
                check()
            except ValidationError as exc:
                show_inline(self.ui.errorLabel, error_text(exc))
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return False
        show_inline(self.ui.errorLabel, "")
        return True

    def values(self) -> dict[str, str]:
        return {
            "display_name": self.ui.displayNameEdit.text(),
            "username": self.ui.usernameEdit.text(),
            "password": self.fields.password(),
        }


class SecuringPage(QWizardPage):
    """Measures Argon2 on this computer, then makes the vault, both off the UI thread."""

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.running = False
        self.setTitle(self.tr("Securing this computer"))
        self.setSubTitle(self.tr("Shelter Desk measures this computer's speed and creates the "
                                 "encrypted vault. This takes a few seconds."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        self.status_label = _label("", self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.time_label = _label("", self, name="timeLabel")
        self.binding_label = _label("", self, name="bindingLabel")
        self.error_label = _label("", self, name="errorLabel")
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.clicked.connect(self.start)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry_button)
        retry_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.status_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.time_label)
        layout.addWidget(self.binding_label)
        layout.addWidget(self.error_label)
        layout.addLayout(retry_row)
        layout.addStretch(1)
        for widget in (self.time_label, self.binding_label, self.error_label, self.retry_button):
            widget.hide()

    def wizard_(self) -> SetupWizard:
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        if self.wizard_().result_setup is None and not self.running:
            self.start()

    def isComplete(self) -> bool:
        return self.wizard_().result_setup is not None and not self.running

    def _set_running(self, running: bool) -> None:
        self.running = running
        # Half a vault must not be left behind: no Cancel while the files are written.
        self.wizard_().button(QWizard.WizardButton.CancelButton).setEnabled(not running)

    def start(self) -> None:
        self._set_running(True)
        self.error_label.hide()
        self.retry_button.hide()
        self.bar.setRange(0, 5)
        self.bar.setValue(0)
        self.status_label.setText(self.tr("Measuring how fast this computer is…"))
        self.completeChanged.emit()
        run_in_background(kdf.calibrate, on_done=self._calibrated, on_error=self._failed,
                          on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total + 1)
        self.bar.setValue(done)

    def _calibrated(self, measured: tuple[kdf.KdfParams, float]) -> None:
        params, seconds = measured
        self._seconds = seconds
        self.bar.setValue(self.bar.maximum() - 1)
        self.status_label.setText(self.tr("Creating the encrypted vault…"))
        director = self.wizard_().page(PAGE_DIRECTOR).values()  # type: ignore[attr-defined]
        run_in_background(
            create_vault, self.vault_dir,
            shelter_name=str(self.field("shelter_name")),
            username=director["username"], display_name=director["display_name"],
            password=director["password"], params=params,
            on_done=self._created, on_error=self._failed,
        )

    def _created(self, result: SetupResult) -> None:
        self._set_running(False)
        wizard = self.wizard_()
        wizard.result_setup = result
        wizard.page(PAGE_DIRECTOR).fields.clear()  # type: ignore[attr-defined]
        self.bar.setValue(self.bar.maximum())
        self.status_label.setText(self.tr("Done. This computer is ready."))
        self.time_label.setText(unlock_time_text(self._seconds))
        if result.binding.secret:
            text = self.tr(
                "Sign-ins are tied to this computer's password store ({store}). A copy of the "
                "vault folder cannot be opened on another computer without the Recovery Sheet."
            ).format(store=password_store_label(result.binding.backend))
        else:
            reason = QCoreApplication.translate("device", result.binding.reason or "")
            text = self.tr(
                "Sign-ins are protected by the password only ({reason}), so a copy of the vault "
                "folder could be opened by someone who guesses a password. Choose strong passwords."
            ).format(reason=reason)
        self.binding_label.setText(text)
        self.time_label.show()
        self.binding_label.show()
        self.completeChanged.emit()
        next_button = wizard.button(QWizard.WizardButton.CommitButton)
        next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.status_label.setText(self.tr("Shelter Desk could not finish setting up."))
        self.bar.setValue(0)
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self.retry_button.show()
        self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    """The recovery code, Print / Save as PDF, and the check that the director kept it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your Recovery Sheet"))
        self.setSubTitle(self.tr("The only way back in if every director password is forgotten. "
                                 "Keep it the way you keep the key to the safe."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        self.panel = RecoverySheetPanel(None, self)
        self.panel.confirmed_changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.wizard().result_setup  # type: ignore[attr-defined]
        if result is not None and not self.panel.has_code():
            self.panel.set_code(result.recovery_code, result.desk)
        self.panel.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:
        return self.panel.is_confirmed()

    def validatePage(self) -> bool:
        self.panel.wipe()
        result = self.wizard().result_setup  # type: ignore[attr-defined]
        if result is not None:
            result.recovery_code = ""  # kept on paper or a USB stick now, not in memory
        return True


class DonePage(QWizardPage):
    """What to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shelter Desk is ready"))
        self.setSubTitle(self.tr("You are signed in as the director."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(_label(self.tr("What to do next:"), self))
        layout.addWidget(_label(self.tr(
            "1. <b>Add your staff</b> in Admin → Staff accounts. Each person gets a temporary "
            "password, shown once; they choose their own the first time they sign in."), self))
        layout.addWidget(_label(self.tr(
            "2. <b>Lock the Recovery Sheet away.</b> If it is ever lost, make a new one in "
            "Admin → Security."), self))
        layout.addWidget(_label(self.tr(
            "3. <b>Press Ctrl+L to lock the screen</b> whenever you step away. Shelter Desk also "
            "locks by itself after a few minutes without use."), self))
        layout.addStretch(1)


class SetupWizard(QWizard):
    """The first-run setup. After ``exec()`` returns Accepted, ``result_setup`` is the
    :class:`SetupResult` with the director signed in on ``result_setup.desk``.

    Once the vault exists it cannot be undone from here: leaving before the
    Recovery Sheet is confirmed asks first, then closes the new vault (the director
    signs in normally and makes a new sheet in Admin → Security), and ``exec()``
    returns Rejected with ``vault_created`` True and ``result_setup`` None.
    """

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.result_setup: SetupResult | None = None
        self.vault_created = False
        self.restore_requested = False  # "Restore from a backup instead": the caller runs the restore
        self.setWindowTitle(self.tr("Set up Shelter Desk"))
        self.setWindowIcon(QIcon(str(resource("icons", "shelter-desk.svg"))))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap,
                       QIcon(str(resource("icons", "shelter-desk.svg"))).pixmap(QSize(48, 48)))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start using Shelter Desk"))
        self.welcome_page = WelcomePage(self.vault_dir)
        self.shelter_page = ShelterPage()
        self.director_page = DirectorPage()
        self.securing_page = SecuringPage(self.vault_dir)
        self.recovery_page = RecoveryPage()
        self.done_page = DonePage()
        for page_id, page in (
            (PAGE_WELCOME, self.welcome_page), (PAGE_SHELTER, self.shelter_page),
            (PAGE_DIRECTOR, self.director_page), (PAGE_SECURING, self.securing_page),
            (PAGE_RECOVERY, self.recovery_page), (PAGE_DONE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_WELCOME)
        self.resize(720, 600)

    def request_restore(self) -> None:
        """Leave the setup (nothing was made yet) so the caller can restore a backup."""
        if self.result_setup is not None or self.securing_page.running:
            return
        self.restore_requested = True
        self.reject()

    def reject(self) -> None:
        if self.securing_page.running:
            return  # the vault is being written; Cancel would leave half a vault
        if self.result_setup is None:
            self._forget_secrets()
            super().reject()
            return
        if self.currentId() == PAGE_DONE:
            self.accept()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Leave the setup?"),
            self.tr("Shelter Desk is set up, but the Recovery Sheet has not been kept yet. Without "
                    "it, nobody can get in if every director password is forgotten.\n\nYou can make "
                    "a new Recovery Sheet later in Admin → Security. Leave now anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        result, self.result_setup = self.result_setup, None
        result.recovery_code = ""
        self.vault_created = True
        self._forget_secrets()
        try:
            result.desk.close()
        except ShelterDeskError:
            pass
        super().reject()

    def done(self, result: int) -> None:
        self._forget_secrets()
        super().done(result)

    def _forget_secrets(self) -> None:
        """Nothing secret stays in a widget once the wizard closes."""
        self.recovery_page.panel.wipe()
        self.director_page.fields.clear()
