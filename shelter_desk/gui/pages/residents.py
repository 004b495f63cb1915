"""Residents: the list with search, and each resident's file. (Being built: issue 3.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shelter_desk.desk import Desk
from shelter_desk.gui.desk_signals import DeskSignals


class ResidentsPage(QWidget):
    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        QVBoxLayout(self).addWidget(QLabel(self.tr("Residents"), self))

    def open_resident(self, resident_id: int) -> None:
        pass
