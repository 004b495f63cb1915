"""The recovery code on screen, Print / Save as PDF, and the check that the director kept it.

Used by the setup wizard, by "Make a new Recovery Sheet…" and after changing the
data key. The sheet is rendered in memory each time it is printed or saved; the
code lives in this widget only until :meth:`RecoverySheetPanel.wipe`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.errors import NotSignedIn, ShelterDeskError
from shelter_desk.gui import printing
from shelter_desk.gui.worker import show_error
from shelter_desk.reports.recovery_sheet import render_recovery_sheet
from shelter_desk.services.settings import Keys

# Read the way the recovery code reader does: O is zero, I and L are one.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum()).translate(_READ_AS)


class RecoverySheetPanel(QWidget):
    """Shows a recovery code and makes sure it is kept.

    ``confirmed_changed(bool)`` fires when the gate opens or closes: the director
    has printed or saved the sheet (here), typed the code's last group of five
    characters (case, dashes and O/0 do not matter) and ticked the promise to keep
    it safe. ``wipe()`` removes the code from every widget.
    """

    confirmed_changed = Signal(bool)

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._code = ""
        self._kept = False  # printed or saved at least once
        self._confirmed = False

        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(
            self.tr(
                "This is the shelter's recovery code. With it, a director can open the vault "
                "after every password is forgotten, or on a new computer. Print the Recovery "
                "Sheet or save it as a PDF on a USB stick, and keep it locked away."
            )
        )
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCodeLabel")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(20)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        frame = QFrame(self)
        frame.setObjectName("recoveryCodeFrame")
        frame.setStyleSheet(
            "QFrame#recoveryCodeFrame { background: #ffffff; border: 2px solid #2f6f73; border-radius: 6px; }"
        )
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(12, 14, 12, 14)
        frame_layout.addWidget(self.code_label)

        self.print_button = QPushButton(self.tr("&Print the Recovery Sheet…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        for button in (self.print_button, self.save_button):
            # Enter means "go on" (Next / Done), never "print it again".
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        self.kept_label = QLabel(self)
        self.kept_label.setObjectName("noticeLabel")
        self.kept_label.setWordWrap(True)

        self.check_label = QLabel(self.tr("To check, type the &last five characters of the code:"), self)
        self.check_edit = QLineEdit(self)
        self.check_edit.setObjectName("lastGroupEdit")
        self.check_edit.setMaxLength(12)
        self.check_edit.setMaximumWidth(160)
        self.check_edit.setFont(QFont(font.family(), 13))
        self.check_label.setBuddy(self.check_edit)
        self.check_edit.textChanged.connect(self._update)
        self.check_hint = QLabel(self)
        self.check_hint.setWordWrap(True)
        self.kept_check = QCheckBox(
            self.tr("I have printed or saved the Recovery Sheet and will &keep it in a safe place"), self
        )
        self.kept_check.toggled.connect(self._update)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label)
        check_row.addWidget(self.check_edit)
        check_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.intro_label)
        layout.addWidget(frame)
        layout.addLayout(buttons)
        layout.addWidget(self.kept_label)
        layout.addLayout(check_row)
        layout.addWidget(self.check_hint)
        layout.addWidget(self.kept_check)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.check_edit)
        self.setTabOrder(self.check_edit, self.kept_check)
        self._update()

    # --- the contract ------------------------------------------------------------------
    def set_code(self, code: str, desk: Desk | None = None) -> None:
        if desk is not None:
            self.desk = desk
        self._code = code
        self._kept = False
        self.code_label.setText(code)
        self.check_edit.clear()
        self.kept_check.setChecked(False)
        self._update()

    def is_confirmed(self) -> bool:
        return self._confirmed

    def has_code(self) -> bool:
        return bool(self._code)

    def wipe(self) -> None:
        """Forget the code: the label, the typed check and this object's copy."""
        self._code = ""
        self.code_label.clear()
        self.check_edit.clear()
        self.kept_check.setChecked(False)
        self._update()

    # --- print and save -----------------------------------------------------------------
    def _pdf(self) -> bytes:
        desk = self.desk
        if desk is None:
            raise NotSignedIn()
        who = desk.signed_in()
        settings = desk.settings.all_settings()
        return render_recovery_sheet(
            shelter_name=settings.get(Keys.SHELTER_NAME, ""),
            code=self._code,
            vault_id=settings.get(Keys.VAULT_ID, ""),
            made_by=who.display_name,
            made_at=desk.now().astimezone(),
            tr=QCoreApplication.translate,
        )

    def print_sheet(self) -> bool:
        if not self._code:
            return False
        try:
            pdf = self._pdf()
            if not printing.print_pdf(self, pdf, self.tr("Recovery Sheet")):
                return False
            self.desk.record_alone(Action.RECOVERY_SHEET_PRINTED, summary="Recovery Sheet printed")
        except ShelterDeskError as exc:
            show_error(self, exc)
            return False
        self._mark_kept(self.tr("The Recovery Sheet was sent to the printer. Check that it came out."))
        return True

    def save_sheet(self) -> bool:
        if not self._code:
            return False
        try:
            pdf = self._pdf()
            path = printing.save_pdf(self, pdf, self.tr("Recovery Sheet.pdf"))
            if path is None:
                return False
            self.desk.record_alone(Action.RECOVERY_SHEET_SAVED, summary="Recovery Sheet saved as a PDF file")
        except ShelterDeskError as exc:
            show_error(self, exc)
            return False
        self._mark_kept(
            self.tr("Saved as {path}. Move it to a USB stick kept in a safe place, then delete it "
                    "from this computer.").format(path=str(path))
        )
        return True

    def _mark_kept(self, note: str) -> None:
        self._kept = True
        self.kept_label.setText(note)
        self._update()
        self.check_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the gate -----------------------------------------------------------------------
    def _last_group(self) -> str:
        return _compact(self._code)[-5:] if self._code else ""

    def _update(self) -> None:
        typed = _compact(self.check_edit.text())
        group_ok = bool(self._code) and typed == self._last_group()
        if not self._kept:
            self.check_hint.setText(self.tr("First print the sheet or save it as a PDF."))
        elif not typed:
            self.check_hint.setText("")
        elif group_ok:
            self.check_hint.setText(self.tr("✓ That matches the code."))
        elif len(typed) >= 5:
            self.check_hint.setText(self.tr("That does not match the last five characters. Look again."))
        else:
            self.check_hint.setText("")
        self.check_hint.setVisible(bool(self.check_hint.text()))
        self.kept_label.setVisible(bool(self.kept_label.text()) and bool(self._code))
        for widget in (self.check_label, self.check_edit, self.kept_check):
            widget.setEnabled(self._kept and bool(self._code))
        self.print_button.setEnabled(bool(self._code))
        self.save_button.setEnabled(bool(self._code))
        confirmed = self._kept and group_ok and self.kept_check.isChecked()
        if confirmed != self._confirmed:
            self._confirmed = confirmed
            self.confirmed_changed.emit(confirmed)
