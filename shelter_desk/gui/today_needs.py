"""The daily-needs parts of the Today board: appointments and rides, meals, supplies.

``NeedsSections`` adds three sections to the Today page (``TodayPage.add_section``) and
keeps them up to date from ``desk.today_board.needs()``:

- *Appointments and rides*: today's in time order, with the ride and the escort and how
  each went; tomorrow morning's (rides to arrange); how many past ones wait to be settled.
- *Meals today*: the headcount per meal against who the kitchen cooks for.
- *Clothing and supplies*: what was handed out today, requests waiting (the urgent ones by
  name) and what is low in stock.

Enter on an appointment opens her file.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.table_model import RowsModel, fit_rows, short_table
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.needs_views import (
    APPOINTMENT_STATUSES,
    AppointmentLine,
    NeedsToday,
    time_text,
)

CONTEXT = "TodayNeeds"
COL_TIME, COL_NAME, COL_PLACE, COL_RIDE, COL_STATUS = range(5)
MAX_ROWS = 10
REFRESH_DELAY_MS = 250
# The Today page itself re-reads (and with it these sections) after "residents" and "beds".
TOPICS = {"appointments", "meals", "supplies"}


def ride_text(line: AppointmentLine) -> str:
    """"Ride: Sam (van, leave 8:30) · with Jo" — or "No ride needed"."""
    parts = []
    if line.transport_needed:
        parts.append(QCoreApplication.translate("TodayNeeds", "Ride: {how}").format(how=line.ride) if line.ride else QCoreApplication.translate("TodayNeeds", "Needs a ride"))
    if line.escort:
        parts.append(QCoreApplication.translate("TodayNeeds", "with {escort}").format(escort=line.escort))
    return " · ".join(parts) if parts else QCoreApplication.translate("TodayNeeds", "No ride needed")


def status_text(line: AppointmentLine) -> str:
    if line.needs_settling:
        return QCoreApplication.translate("TodayNeeds", "To settle")
    labels = dict(APPOINTMENT_STATUSES)
    return QCoreApplication.translate("choices", labels.get(line.status, line.status))


class AppointmentsModel(RowsModel[AppointmentLine]):
    CONTEXT = CONTEXT
    HEADERS = {
        COL_TIME: QT_TRANSLATE_NOOP("TodayNeeds", "Time"),
        COL_NAME: QT_TRANSLATE_NOOP("TodayNeeds", "Name"),
        COL_PLACE: QT_TRANSLATE_NOOP("TodayNeeds", "Where"),
        COL_RIDE: QT_TRANSLATE_NOOP("TodayNeeds", "Ride and escort"),
        COL_STATUS: QT_TRANSLATE_NOOP("TodayNeeds", "How it went"),
    }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TIME:
                return time_text(line.start_minute)
            if column == COL_NAME:
                return line.alias
            if column == COL_PLACE:
                return line.place_name
            if column == COL_RIDE:
                return ride_text(line)
            return status_text(line)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and line.needs_settling:
            return QBrush(QColor("#9a3412"))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PLACE and line.address:
            return html.escape(line.address)  # typed text: a tooltip would read markup in it
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RIDE:
            return html.escape(ride_text(line))
        return None


class AppointmentList(QWidget):
    """A short list of appointments; Enter or double-click opens her file; a sentence when empty."""

    def __init__(self, title: str, empty_text: str, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signals = signals
        self._title = title
        self.model = AppointmentsModel(self)
        self.table = short_table(self, self.model, title)
        header = self.table.horizontalHeader()
        for column in (COL_TIME, COL_NAME, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_PLACE, COL_RIDE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.title_label = QLabel(title, self)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.title_label.setBuddy(self.table)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)

    def set_lines(self, lines: tuple[AppointmentLine, ...]) -> None:
        self.model.set_rows(lines)
        self.title_label.setText(self.tr("{title} ({n})").format(title=self._title, n=len(lines)) if lines
                                 else self._title)
        self.empty_label.setVisible(not lines)
        self.table.setVisible(bool(lines))
        if lines:
            fit_rows(self.table, min(len(lines), MAX_ROWS))

    def _open(self, index: QModelIndex) -> None:
        line = self.model.row(index.row())
        if line is not None:
            self.signals.open_resident.emit(line.resident_id)


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
    return label


class NeedsSections(QWidget):
    """Keeps the three daily-needs sections of the Today page up to date (itself invisible)."""

    def __init__(self, desk: Desk, signals: DeskSignals, page: QWidget) -> None:
        super().__init__(page)
        self.hide()
        self.page = page
        self.desk = desk
        self.signals = signals
        self.locale = QLocale()

        appointments = QWidget(page)
        layout = QVBoxLayout(appointments)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.to_settle_label = _plain_label(appointments, "toSettleLabel")
        self.to_settle_label.setStyleSheet("color: #9a3412; font-weight: bold;")
        self.today_list = AppointmentList(self.tr("Appoin&tments today"), self.tr("No appointments today."),
                                          signals, appointments)
        self.tomorrow_list = AppointmentList(self.tr("Tomorrow m&orning"),
                                             self.tr("No appointments tomorrow morning."), signals, appointments)
        layout.addWidget(self.to_settle_label)
        layout.addWidget(self.today_list)
        layout.addWidget(self.tomorrow_list)

        self.meals_label = _plain_label(page, "mealsTodayLabel")
        self.supplies_label = _plain_label(page, "suppliesTodayLabel")
        guard_copy(self.supplies_label)  # urgent requests name her

        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.sections = [
            page.add_section(self.tr("Appointments and rides (Ctrl+6)"), appointments),
            page.add_section(self.tr("Meals today (Ctrl+4)"), self.meals_label),
            page.add_section(self.tr("Clothing and supplies (Ctrl+5)"), self.supplies_label),
        ]
        page.sections.addWidget(self.error_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        signals.changed.connect(self._changed)

    def _changed(self, topic: str) -> None:
        # A hidden Today page reads everything again when it is shown (TodayPage.showEvent).
        if topic in TOPICS and self.page.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        try:
            needs = self.desk.today_board.needs()
        except ShelterDeskError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.show_needs(needs)

    # --- the words ------------------------------------------------------------------------------
    def show_needs(self, needs: NeedsToday) -> None:
        self.today_list.set_lines(needs.appointments_today)
        self.tomorrow_list.set_lines(needs.early_tomorrow)
        n = needs.to_settle
        self.to_settle_label.setText(
            "" if not n else self.tr("1 past appointment still needs to be settled: did she go?") if n == 1
            else self.tr("{n} past appointments still need to be settled: did they go?").format(n=self._n(n)))
        self.to_settle_label.setVisible(bool(n))
        self.meals_label.setText(self.meals_text(needs))
        self.supplies_label.setText(self.supplies_text(needs))

    def _n(self, n: int) -> str:
        return self.locale.toString(n)

    def meals_text(self, needs: NeedsToday) -> str:
        if not needs.meals:
            return html.escape(self.tr("No meals are on the list. A house manager can add them on the Meals screen."))
        counts = []
        for meal in needs.meals:
            if meal.total:
                text = self.tr("{meal}: {n} eaten").format(meal=meal.name, n=self._n(meal.total))
            else:
                text = self.tr("{meal}: not marked yet").format(meal=meal.name)
            counts.append(html.escape(text))
        cook_for = self.tr("The kitchen cooks for {n} today (residents here and their children).").format(
            n=self._n(needs.expected_at_meals))
        return "<p style='margin:0'><b>{counts}</b></p><p style='margin:4px 0 0 0'>{cook}</p>".format(
            counts=" &nbsp;·&nbsp; ".join(counts), cook=html.escape(cook_for))

    def supplies_text(self, needs: NeedsToday) -> str:
        parts = []
        if needs.handed_out_today:
            parts.append(self.tr("Handed out today: {items} to {people}.").format(
                items=self.tr("1 item") if needs.handed_out_today == 1
                else self.tr("{n} items").format(n=self._n(needs.handed_out_today)),
                people=self.tr("1 resident") if needs.handed_out_to == 1
                else self.tr("{n} residents").format(n=self._n(needs.handed_out_to))))
        else:
            parts.append(self.tr("Nothing handed out yet today."))
        if not needs.open_requests:
            parts.append(self.tr("No requests are waiting."))
        elif needs.open_requests == 1:
            parts.append(self.tr("1 request is waiting."))
        else:
            parts.append(self.tr("{n} requests are waiting.").format(n=self._n(needs.open_requests)))
        out = [f"<p style='margin:0'>{html.escape(' '.join(parts))}</p>"]
        if needs.urgent_requests:
            # Counts per kind only: the Today board is open at the front desk all day, so it does
            # not say who asked for what (that is on the Supplies screen).
            kinds: dict[str, int] = {}
            for r in needs.urgent_requests:
                kinds[r.kind_name] = kinds.get(r.kind_name, 0) + r.quantity
            items = [self.tr("{kind}: {n}").format(kind=kind, n=self._n(n)) for kind, n in kinds.items()]
            out.append("<p style='margin:4px 0 0 0'><b>{head}</b> {items}</p>".format(
                head=html.escape(self.tr("Urgent requests (see Supplies):")), items=html.escape(" · ".join(items))))
        if needs.low_stock:
            items = [(self.tr("{item} {size} ({n} left)") if s.size else self.tr("{item} ({n} left)")).format(
                item=s.item or s.kind_name, size=s.size, n=self._n(s.count)) for s in needs.low_stock[:8]]
            more = len(needs.low_stock) - len(items)
            if more > 0:
                items.append(self.tr("and {n} more").format(n=self._n(more)))
            out.append("<p style='margin:4px 0 0 0'><b>{head}</b> {items}</p>".format(
                head=html.escape(self.tr("Low in stock:")), items=html.escape(" · ".join(items))))
        return "".join(out)
