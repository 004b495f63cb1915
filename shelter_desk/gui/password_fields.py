"""A new password typed twice, with a live strength hint and a Show toggle."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from shelter_desk import passwords


class PasswordWithStrength(QWidget):
    """New password + repeat, the strength bar and label, and why a password would be refused.

    Contract:
    - ``password()`` is the typed password when both fields match and the rules
      accept it (``passwords.assess`` finds no problem), else ``""``.
    - ``validity_changed(bool)`` fires when that flips, so a form can turn its
      OK / Next button on and off.
    - ``set_context(username, shelter_name)``: the password may contain neither.
    - ``clear()`` empties both fields (call it once the password was used).
    The strength is said in words next to the bar, never by colour alone.
    """

    validity_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        new_label: str | None = None,
        repeat_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._username = ""
        self._shelter_name = ""
        self._valid = False

        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newPasswordEdit")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        for edit in (self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(passwords.MAX_LENGTH)
            edit.textChanged.connect(self._update)
        self.new_label = QLabel(new_label or self.tr("&Password"), self)
        self.new_label.setBuddy(self.new_edit)
        self.repeat_label = QLabel(repeat_label or self.tr("Type it &again"), self)
        self.repeat_label.setBuddy(self.repeat_edit)

        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Password strength"))
        # Red while the password would be refused, teal once it is acceptable; the label
        # next to it says the same in words.
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid #8a9599; border-radius: 3px; background: #ffffff; }"
            "QProgressBar::chunk { background: #b3261e; }"
            'QProgressBar[acceptable="true"]::chunk { background: #2f6f73; }'
        )
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("strengthLabel")
        self.strength_label.setWordWrap(True)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchLabel")
        self.match_label.setWordWrap(True)
        self.show_check = QCheckBox(self.tr("S&how the password"), self)
        self.show_check.toggled.connect(self._show)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.new_label, 0, 0)
        grid.addWidget(self.new_edit, 0, 1)
        grid.addWidget(self.bar, 1, 1)
        grid.addWidget(self.strength_label, 2, 1)
        grid.addWidget(self.repeat_label, 3, 0)
        grid.addWidget(self.repeat_edit, 3, 1)
        grid.addWidget(self.match_label, 4, 1)
        grid.addWidget(self.show_check, 5, 1)
        grid.setColumnStretch(1, 1)
        self.setTabOrder(self.new_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.show_check)
        self.setFocusProxy(self.new_edit)
        self._update()

    # --- the contract ------------------------------------------------------------------
    def password(self) -> str:
        return self.new_edit.text() if self._valid else ""

    def is_valid(self) -> bool:
        return self._valid

    def set_context(self, username: str, shelter_name: str) -> None:
        self._username, self._shelter_name = username or "", shelter_name or ""
        self._update()

    def clear(self) -> None:
        self.new_edit.clear()
        self.repeat_edit.clear()
        self.show_check.setChecked(False)

    # --- inside ------------------------------------------------------------------------
    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.new_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _update(self) -> None:
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        problem: str | None = None
        if new:
            strength = passwords.assess(new, username=self._username, shelter_name=self._shelter_name)
            problem = strength.problem
            label = QCoreApplication.translate("passwords", strength.label)
            text = self.tr("Strength: {label}.").format(label=label)
            if problem:
                text += " " + QCoreApplication.translate("passwords", problem)
            # A refused password never shows a full bar, whatever zxcvbn thought of it.
            self.bar.setValue(0 if problem else max(1, strength.score))
            self.strength_label.setText(text)
        else:
            self.bar.setValue(0)
            self.strength_label.setText(
                self.tr("At least 12 characters. A few unrelated words work well.")
            )
        matches = bool(new) and new == repeat
        if not repeat:
            self.match_label.setText("")
        elif matches:
            self.match_label.setText(self.tr("✓ The two passwords are the same."))
        else:
            self.match_label.setText(self.tr("The two passwords are not the same yet."))
        self.match_label.setVisible(bool(self.match_label.text()))
        valid = matches and problem is None
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self.bar.setProperty("acceptable", valid or (bool(new) and problem is None))
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)

    def focus_new(self) -> None:
        self.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.new_edit.selectAll()
