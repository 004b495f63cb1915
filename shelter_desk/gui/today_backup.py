"""The director's Today board: a reminder when no backup was made outside this computer for 7 days.

``add_backup_reminder(page, desk)`` adds the section to the Today page (``TodayPage.add_section``)
only for someone who may make backups, and only while a reminder is due; its button runs
Back up now from there. After a backup it hides itself.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.pages.backups import back_up_now, choose_backup_folder, when_text
from shelter_desk.permissions import Permission


class BackupReminder(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.section: QWidget | None = None
        self.choose_folder = choose_backup_folder  # tests answer it
        self.label = QLabel(self)
        self.label.setObjectName("noticeLabel")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Back up &now…"), self)
        self.button.clicked.connect(self.back_up)
        self.setFocusProxy(self.button)  # the section's heading is its buddy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> bool:
        """True while a reminder is due."""
        try:
            status = self.desk.backups.status()
        except ShelterDeskError:
            return False
        self.label.setText(self.tr(
            "No backup has been made to a USB stick or another computer for a week or more (the last one: "
            "{when}). If this computer broke or were stolen, the records since then would be lost. Put a "
            "USB stick in and press Back up now.").format(when=when_text(status.last_outside)))
        return status.remind

    def back_up(self) -> None:
        def done(made: object) -> None:
            if made is not None and shiboken6.isValid(self) and self.section is not None:
                self.section.setVisible(self.refresh())

        back_up_now(self, self.desk, self.choose_folder, done)


def add_backup_reminder(page, desk: Desk) -> BackupReminder | None:  # noqa: ANN001
    if not desk.can(Permission.MAKE_BACKUPS):
        return None
    reminder = BackupReminder(desk)
    if not reminder.refresh():
        reminder.deleteLater()
        return None
    reminder.section = page.add_section(
        QCoreApplication.translate("BackupReminder", "Backups: none outside this computer for a week"), reminder)
    return reminder
