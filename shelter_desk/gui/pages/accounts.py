"""Admin → Staff accounts (director): add, change role, reset password, turn off and back on."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.plain_words import suggest_username
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import ROLE_LABELS, Role
from shelter_desk.services.accounts import AccountInfo

COL_NAME, COL_USERNAME, COL_ROLE, COL_STATUS = range(4)
ROLE_ORDER = (Role.FRONT_DESK, Role.HOUSE_MANAGER, Role.DIRECTOR)


def role_label(role: Role) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS[role])


def status_text(account: AccountInfo) -> str:
    if not account.active:
        return QCoreApplication.translate("AccountsModel", "Turned off")
    if not account.can_sign_in_here:
        return QCoreApplication.translate("AccountsModel", "Cannot sign in on this computer")
    if account.must_change_password:
        return QCoreApplication.translate("AccountsModel", "Must set a new password")
    return QCoreApplication.translate("AccountsModel", "On")


class AccountsModel(RowsModel[AccountInfo]):
    """The staff list: one row per account, replaced as a whole through ``set_rows``."""

    CONTEXT = "AccountsModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("AccountsModel", "Name"),
        COL_USERNAME: QT_TRANSLATE_NOOP("AccountsModel", "Username"),
        COL_ROLE: QT_TRANSLATE_NOOP("AccountsModel", "Role"),
        COL_STATUS: QT_TRANSLATE_NOOP("AccountsModel", "Status"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me: int | None = None

    def set_rows(self, rows: list[AccountInfo], me: int | None = None) -> None:  # type: ignore[override]
        self.me = me
        super().set_rows(rows)

    def account(self, row: int) -> AccountInfo | None:
        return self.row(row)

    def row_of(self, account_id: int) -> int:
        for row, account in enumerate(self._rows):
            if account.id == account_id:
                return row
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        account = self.account(index.row())
        if account is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                if account.id == self.me:
                    return QCoreApplication.translate("AccountsModel", "{name} (you)").format(
                        name=account.display_name)
                return account.display_name
            if column == COL_USERNAME:
                return account.username
            if column == COL_ROLE:
                return role_label(account.role)
            if column == COL_STATUS:
                return status_text(account)
        if role == Qt.ItemDataRole.FontRole and not account.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return account.id
        return None


def _role_combo(parent: QWidget, current: Role = Role.FRONT_DESK) -> QComboBox:
    combo = QComboBox(parent)
    for role in ROLE_ORDER:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(ROLE_ORDER.index(current))
    return combo


class AddStaffDialog(QDialog):
    """Name, username (suggested from the name) and role; adds the account on OK.

    After ``exec()`` returns Accepted, ``temporary_password`` holds the one-time
    password to hand over (show it once, then drop it).
    """

    def __init__(self, desk: Desk, taken: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.taken = taken
        self.temporary_password = ""
        self.added_name = ""
        self.added_username = ""
        self._username_typed = False
        self.setWindowTitle(self.tr("Add a staff member"))
        intro = QLabel(self.tr(
            "Shelter Desk makes a temporary password for the new account. You will see it once, "
            "to give to the person; they choose their own password when they first sign in."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("As colleagues know them"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(64)
        self.role_combo = _role_combo(self)
        self.role_hint = QLabel(self)
        self.role_hint.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        show_inline(self.error_label, "")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Username"), self.username_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        form.addRow("", self.role_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._name_changed)
        self.username_edit.textEdited.connect(self._username_edited)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.resize(520, self.sizeHint().height())
        self.name_edit.setFocus()

    def _name_changed(self, text: str) -> None:
        if not self._username_typed:
            self.username_edit.setText(suggest_username(text, self.taken))

    def _username_edited(self, text: str) -> None:
        self._username_typed = bool(text)

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _role_changed(self) -> None:
        hints = {
            Role.FRONT_DESK: self.tr("Front desk: the daily work at the desk."),
            Role.HOUSE_MANAGER: self.tr("House manager: runs the house; more than the front desk."),
            Role.DIRECTOR: self.tr("Director: everything, including staff accounts, the audit trail "
                                   "and security."),
        }
        self.role_hint.setText(hints[self.role()])

    def accept(self) -> None:
        try:
            self.temporary_password = self.desk.accounts.add(
                self.username_edit.text(), self.name_edit.text(), self.role())
        except ValidationError as exc:
            show_inline(self.error_label, error_text(exc))
            field = {"display_name": self.name_edit, "username": self.username_edit,
                     "role": self.role_combo}.get(exc.field or "", self.name_edit)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()
            return
        except ShelterDeskError as exc:
            show_inline(self.error_label, error_text(exc))
            return
        self.added_name = " ".join(self.name_edit.text().split())
        self.added_username = self.username_edit.text().strip().casefold()
        super().accept()


class TemporaryPasswordDialog(QDialog):
    """Shows a temporary password once, large, and forgets it when closed."""

    def __init__(self, title: str, intro: str, username: str, password: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.username_label = QLabel(self.tr("Username: <b>{username}</b>").format(username=username), self)
        self.password_label = QLabel(password, self)
        self.password_label.setObjectName("temporaryPasswordLabel")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(24)
        font.setWeight(QFont.Weight.Bold)
        self.password_label.setFont(font)
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label.setStyleSheet(
            "QLabel { background: #ffffff; border: 2px solid #2f6f73; border-radius: 6px; padding: 14px; }")
        self.password_label.setAccessibleName(self.tr("Temporary password"))
        must = QLabel(self.tr("<b>They must choose their own password when they first sign in.</b>"), self)
        must.setWordWrap(True)
        once = QLabel(self.tr("This password is shown only now. Give it to them in person; do not "
                              "send it by text message or email."), self)
        once.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        done = buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(self.tr("&Done"))
        done.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro_label)
        layout.addWidget(self.username_label)
        layout.addWidget(self.password_label)
        layout.addWidget(must)
        layout.addWidget(once)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        done.setFocus()

    def done(self, result: int) -> None:
        self.password_label.clear()
        super().done(result)


class AccountsPage(QWidget):
    """The director's list of staff accounts and what can be done with each.

    The shell adds this page for directors only; the account services check the
    role again, so a call from anyone else fails with a plain permission error.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel(self.tr("Staff accounts"), self)
        title.setObjectName("titleLabel")
        intro = QLabel(self.tr(
            "Everyone signs in with their own account. Turn an account off as soon as someone "
            "leaves; their history stays."), self)
        intro.setWordWrap(True)
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_USERNAME, COL_ROLE, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Staff accounts"))

        self.add_button = QPushButton(self.tr("Add &staff member…"), self)
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add staff member (Ctrl+N)"))
        self.role_button = QPushButton(self.tr("Change &role…"), self)
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        self.off_button = QPushButton(self.tr("&Turn off this account"), self)
        self.on_button = QPushButton(self.tr("Turn back &on"), self)
        self.add_button.clicked.connect(self.add_staff)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.off_button.clicked.connect(self.turn_off)
        self.on_button.clicked.connect(self.turn_on)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.off_button, self.on_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setWordWrap(True)
        show_inline(self.message_label, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.add_button)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- the list -----------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        try:
            rows = self.desk.accounts.list()
        except ShelterDeskError as exc:
            self.model.set_rows([])
            show_inline(self.message_label, error_text(exc))
            self._update_buttons()
            return
        me = self.desk.current.account_id if self.desk.current else None
        self.model.set_rows(rows, me)
        row = self.model.row_of(keep) if keep is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._update_buttons()

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.account(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            account = self.model.account(row)
            if account and account.username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        account = self.selected()
        me = self.model.me
        self.role_button.setEnabled(account is not None and account.active)
        self.reset_button.setEnabled(account is not None and account.active)
        self.off_button.setEnabled(account is not None and account.active and account.id != me)
        self.on_button.setEnabled(account is not None and not account.active)

    def _say(self, text: str) -> None:
        show_inline(self.message_label, text)

    # --- actions ------------------------------------------------------------------------
    def add_staff(self) -> None:
        taken = [self.model.account(r).username for r in range(self.model.rowCount())]  # type: ignore[union-attr]
        dialog = AddStaffDialog(self.desk, taken, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        temp, dialog.temporary_password = dialog.temporary_password, ""
        self.refresh()
        self.select_username(dialog.added_username)
        self._say(self.tr("{name} was added.").format(name=dialog.added_name))
        self._show_temporary(
            self.tr("New account"),
            self.tr("{name}'s account is ready. Their temporary password is:").format(name=dialog.added_name),
            dialog.added_username, temp,
        )

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        labels = [role_label(r) for r in ROLE_ORDER]
        label, ok = QInputDialog.getItem(
            self, self.tr("Change role"),
            self.tr("What should {name} be able to do?").format(name=account.display_name),
            labels, ROLE_ORDER.index(account.role), False,
        )
        if not ok:
            return
        role = ROLE_ORDER[labels.index(label)]
        if role == account.role:
            return
        try:
            self.desk.accounts.set_role(account.id, role)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self.refresh(account.id)
        self._say(self.tr("{name} is now {role}.").format(name=account.display_name, role=role_label(role).lower()))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not self._confirm(
            self.tr("Reset password"),
            self.tr("Give {name} a new temporary password?\n\nTheir current password stops working at "
                    "once. They choose their own password when they next sign in.").format(
                name=account.display_name),
            self.tr("&Reset password"),
        ):
            return
        try:
            temp = self.desk.accounts.reset_password(account.id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self.refresh(account.id)
        self._show_temporary(
            self.tr("New temporary password"),
            self.tr("{name}'s new temporary password is:").format(name=account.display_name),
            account.username, temp,
        )

    def turn_off(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not self._confirm(
            self.tr("Turn off this account"),
            self.tr("Turn off {name}'s account?\n\nThey will not be able to sign in. Their history "
                    "stays. You can turn the account back on later; they then get a temporary "
                    "password.").format(name=account.display_name),
            self.tr("&Turn off"),
        ):
            return
        try:
            self.desk.accounts.disable(account.id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self.refresh(account.id)
        self._say(self.tr("{name}'s account is turned off. They can no longer sign in.").format(
            name=account.display_name))

    def turn_on(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            temp = self.desk.accounts.enable(account.id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        self.refresh(account.id)
        self._show_temporary(
            self.tr("Account turned back on"),
            self.tr("{name} can sign in again. Their temporary password is:").format(name=account.display_name),
            account.username, temp,
        )

    def _confirm(self, title: str, text: str, yes_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def _show_temporary(self, title: str, intro: str, username: str, password: str) -> None:
        dialog = TemporaryPasswordDialog(title, intro, username, password, self)
        dialog.exec()
        dialog.deleteLater()
