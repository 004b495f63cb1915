"""Today: the home page. A greeting, and for a director short notices that need attention.

No resident data yet: residents, daily needs and incidents arrive with later issues.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.permissions import ROLE_LABELS, Permission


class TodayPage(QWidget):
    """The first page after signing in. Built on sign-in, destroyed on lock."""

    def __init__(self, desk: Desk, shelter_name: str, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        who = desk.signed_in()
        role = QCoreApplication.translate("roles", ROLE_LABELS[who.role])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        greeting = QLabel(self.tr("Hello, {name}").format(name=who.display_name), self)
        greeting.setObjectName("greetingLabel")
        layout.addWidget(greeting)
        where = QLabel(
            self.tr("You are signed in at {shelter}. Your role: {role}.").format(role=role, shelter=shelter_name),
            self,
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        hint = QLabel(
            self.tr("When you step away from the desk, press Ctrl+L to lock the screen. "
                    "Press F1 to see every keyboard shortcut."),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.notices = self._notices() if desk.can(Permission.VIEW_SECURITY_STATUS) else []
        if self.notices:
            heading = QLabel(self.tr("Needs your attention"), self)
            heading.setStyleSheet("font-weight: bold; margin-top: 12px;")
            layout.addWidget(heading)
        for text in self.notices:
            label = QLabel(text, self)
            label.setObjectName("noticeLabel")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)

    def _notices(self) -> list[str]:
        try:
            status = self.desk.settings.security_status()
        except ShelterDeskError:
            return []
        found = []
        if not status.device_bound:
            found.append(
                self.tr(
                    "This computer has no password store that Shelter Desk can use, so sign-ins "
                    "are protected by passwords only. Someone who copies the vault folder could "
                    "try to guess a weak password. Admin → Security explains more."
                )
            )
        if not status.recovery_sheet_kept:
            found.append(
                self.tr(
                    "The newest Recovery Sheet was never printed or saved, so nobody could use it "
                    "if every director password were forgotten. Make a new one in Admin → Security "
                    "and keep it in the safe."
                )
            )
        for template, params in status.location_warnings:
            found.append(QCoreApplication.translate("warnings", template).format(**params))
        return found
