"""The Today board's safety-plan part: the reviews overdue or due this week.

``add_plan_section(page, desk, signals)`` adds "Safety-plan reviews (Ctrl+7)" to the Today page
(``TodayPage.add_section``) for everyone who works on plans: a short list of
``desk.plans.reviews_due()`` (name, next review, "Overdue by 3 days" / "Due in 2 days"), the
most overdue first; Enter or a double-click opens her file. With none due it says so in a
sentence. While it is shown it listens to the "plans" change topic only (and reads the service
again after one); the Today page itself calls ``refresh()`` when it is built, each time it is
shown, and after "residents" or "beds" changes (``TodayPage.refresh``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.plans_model import REV_NAME, REV_NEXT, REV_STATE, ReviewsModel
from shelter_desk.gui.table_model import fit_rows, short_table
from shelter_desk.gui.worker import error_text
from shelter_desk.permissions import Permission

MAX_ROWS = 8
REFRESH_DELAY_MS = 250
TOPIC = "plans"  # "residents" and "beds": the Today page refreshes this section itself


class PlanReviewsSection(QWidget):
    """The reviews due: a short list, or a sentence when none is due this week."""

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self.model = ReviewsModel(self)
        self.table = short_table(self, self.model, self.tr("Safety-plan reviews due"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(REV_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REV_NEXT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REV_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open)
        self.setFocusProxy(self.table)  # the section's heading is its buddy
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("planReviewsLabel")
        self.summary_label.setWordWrap(True)
        self.more_label = QLabel(self)
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)
        layout.addWidget(self.more_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._listening = False  # to signals.changed: only while shown (the Today page reads it when built)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._listening:
            self.signals.changed.connect(self._changed)
            self._listening = True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._timer.stop()
        if self._listening:
            self.signals.changed.disconnect(self._changed)
            self._listening = False

    def _changed(self, topic: str) -> None:
        # A hidden Today page reads everything again when it is shown (it calls refresh()).
        if topic == TOPIC and self.isVisible():
            self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        try:
            rows = self.desk.plans.reviews_due()
        except ShelterDeskError as exc:
            self.summary_label.setText(error_text(exc))
            self.summary_label.show()
            self.table.hide()
            self.more_label.hide()
            return
        self.model.set_day(self.desk.today())
        shown = rows[:MAX_ROWS]
        chosen = self.model.row(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        self.model.set_rows(shown)
        overdue = sum(1 for r in rows if r.overdue)
        soon = len(rows) - overdue
        if not rows:
            text = self.tr("No safety-plan reviews are due this week.")
        elif not overdue:
            text = (self.tr("1 review is due this week.") if soon == 1
                    else self.tr("{n} reviews are due this week.").format(n=soon))
        elif not soon:
            text = (self.tr("1 review is overdue.") if overdue == 1
                    else self.tr("{n} reviews are overdue.").format(n=overdue))
        else:
            text = self.tr("{overdue} overdue, {soon} due this week.").format(overdue=overdue, soon=soon)
        self.summary_label.setText(text)
        self.summary_label.show()
        self.table.setVisible(bool(shown))
        if shown:
            fit_rows(self.table, len(shown))
            keep = next((n for n, r in enumerate(shown) if chosen is not None and r.resident_id == chosen.resident_id),
                        0)
            self.table.selectRow(keep)
        more = len(rows) - len(shown)
        self.more_label.setText(self.tr("And {n} more: see Safety plans (Ctrl+7).").format(n=more) if more > 0 else "")
        self.more_label.setVisible(more > 0)

    def _open(self, index: QModelIndex) -> None:
        line = self.model.row(index.row())
        if line is not None:
            self.signals.open_resident.emit(line.resident_id)


def add_plan_section(page, desk: Desk, signals: DeskSignals) -> PlanReviewsSection | None:  # noqa: ANN001
    """Put the reviews due on the Today page (for everyone who works on safety plans)."""
    if not desk.can(Permission.SAFETY_PLANS):
        return None
    section = PlanReviewsSection(desk, signals, page)
    page.add_section(QCoreApplication.translate("PlanReviewsSection", "Safety-plan reviews (Ctrl+7)"), section)
    return section
