"""Today: the home page. A greeting, the director's notices, and the Today board.

The board (``desk.today_board.board()``) says who is here (how many, by room), who
arrived and who left today, who to watch for, the "do not confirm presence" rule and
the free and held beds. Later issues add their own parts with ``add_section()``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.bed_board_model import bed_name
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.table_model import RowsModel, fit_rows, short_table
from shelter_desk.gui.today_backup import add_backup_reminder
from shelter_desk.gui.today_needs import NeedsSections
from shelter_desk.gui.today_incidents import add_incident_section
from shelter_desk.gui.today_plans import add_plan_section
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import ROLE_LABELS, Permission
from shelter_desk.services.today import PersonLine, TodayBoard

COL_NAME, COL_WHERE = range(2)
REFRESH_DELAY_MS = 200
MAX_LIST_ROWS = 8

HERE_STYLE = "font-size: 20pt; font-weight: bold; color: #245a5e;"
SECTION_STYLE = "font-size: 12pt; font-weight: bold; color: #245a5e; margin-top: 6px;"
RULE_STYLE = ("QLabel { background: #e8f1f1; border: 1px solid #a9c9c9; border-left: 5px solid #2f6f73;"
              " border-radius: 4px; padding: 8px 10px; }")
WATCH_STYLE = ("QFrame#watchForBox { background: #fff8ec; border: 1px solid #e0c08a;"
               " border-left: 5px solid #b36b00; border-radius: 4px; }")


class PeopleModel(RowsModel[PersonLine]):
    """Residents who arrived or left today: her name and her room and bed."""

    CONTEXT = "TodayPeopleModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("TodayPeopleModel", "Name"),
        COL_WHERE: QT_TRANSLATE_NOOP("TodayPeopleModel", "Room and bed"),
    }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        person = self.row(index.row())
        if person is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == COL_NAME:
            return person.alias
        return bed_name(person.room, person.bed) if person.room else self.tr("No bed")


class PeopleList(QWidget):
    """A titled short list of residents; Enter or double-click asks to open her file.

    The table is as tall as its rows (up to ``MAX_LIST_ROWS``), so the page, not the
    list, scrolls; with nobody in it a plain sentence takes its place.
    """

    def __init__(self, title: str, empty_text: str, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signals = signals
        self._title = title
        self.model = PeopleModel(self)
        self.table = short_table(self, self.model, title)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open)
        self.title_label = QLabel(title, self)
        self.title_label.setStyleSheet(SECTION_STYLE)
        self.title_label.setBuddy(self.table)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addStretch(1)

    def set_people(self, people: tuple[PersonLine, ...]) -> None:
        self.model.set_rows(people)
        self.title_label.setText(self.tr("{title} ({n})").format(title=self._title, n=len(people)) if people
                                 else self._title)
        self.empty_label.setVisible(not people)
        self.table.setVisible(bool(people))
        if people:
            fit_rows(self.table, min(len(people), MAX_LIST_ROWS))
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        person = self.model.row(index.row())
        if person is not None:
            self.signals.open_resident.emit(person.resident_id)


class TodayPage(QWidget):
    """The first page after signing in. Built on sign-in, destroyed on lock.

    For everyone who may see residents it shows the Today board and reads it again
    (debounced) after every change and each time the page is shown. Later issues put
    their own parts below the board with :meth:`add_section`.
    """

    def __init__(self, desk: Desk, shelter_name: str, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        who = desk.signed_in()
        role = QCoreApplication.translate("roles", ROLE_LABELS[who.role])
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroll)
        content.setObjectName("todayContent")
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        layout = QVBoxLayout(content)
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
            guard_copy(label)
            layout.addWidget(label)

        self.shows_board = desk.can(Permission.VIEW_RESIDENTS)
        if self.shows_board:
            layout.addWidget(self._build_board(content))
        # Later issues (appointments and rides, meals, safety-plan reviews, incidents) go here.
        self.sections = QVBoxLayout()
        self.sections.setSpacing(14)
        layout.addLayout(self.sections)
        layout.addStretch(1)
        self.needs: NeedsSections | None = None
        self.plan_reviews = None
        self.incident_tasks = None
        if self.shows_board:
            self.needs = NeedsSections(desk, signals, self)
            self.plan_reviews = add_plan_section(self, desk, signals)
            self.incident_tasks = add_incident_section(self, desk, signals)
        self.backup_reminder = add_backup_reminder(self, desk)  # directors only, when one is due

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        signals.changed.connect(self._changed)
        self.refresh()

    # --- the board ------------------------------------------------------------------------------
    def _build_board(self, parent: QWidget) -> QWidget:
        board = QWidget(parent)
        board.setObjectName("todayBoard")
        layout = QVBoxLayout(board)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        self.here_label = QLabel(board)
        self.here_label.setObjectName("hereLabel")
        self.here_label.setStyleSheet(HERE_STYLE)
        self.here_label.setWordWrap(True)
        self.household_label = QLabel(board)
        self.household_label.setObjectName("householdLabel")
        self.household_label.setStyleSheet("font-size: 13pt; color: #245a5e;")
        self.household_label.setWordWrap(True)
        self.rooms_label = QLabel(board)
        self.rooms_label.setWordWrap(True)
        self.beds_label = QLabel(board)
        self.beds_label.setWordWrap(True)
        self.error_label = QLabel(board)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.do_not_confirm_label = QLabel(board)
        self.do_not_confirm_label.setObjectName("doNotConfirmLabel")
        self.do_not_confirm_label.setStyleSheet(RULE_STYLE)
        self.do_not_confirm_label.setWordWrap(True)

        self.watch_box = QFrame(board)
        self.watch_box.setObjectName("watchForBox")
        self.watch_box.setStyleSheet(WATCH_STYLE)
        watch_layout = QVBoxLayout(self.watch_box)
        watch_layout.setContentsMargins(14, 10, 14, 12)
        watch_layout.setSpacing(6)
        watch_title = QLabel(self.tr("People to watch for"), self.watch_box)
        watch_title.setStyleSheet("font-size: 12pt; font-weight: bold; color: #6b3d00; border: none;")
        watch_intro = QLabel(self.tr("Residents asked us to look out for these people. If someone like this "
                                     "calls or comes to the door, say nothing about who lives here and tell a "
                                     "house manager."), self.watch_box)
        watch_intro.setWordWrap(True)
        watch_intro.setStyleSheet("border: none;")
        self.watch_label = QLabel(self.watch_box)
        self.watch_label.setObjectName("watchForLabel")
        self.watch_label.setWordWrap(True)
        self.watch_label.setTextFormat(Qt.TextFormat.RichText)
        self.watch_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        guard_copy(self.watch_label)  # her name and who to watch for: a copy is cleared on lock
        self.watch_label.setStyleSheet("border: none;")
        watch_layout.addWidget(watch_title)
        watch_layout.addWidget(watch_intro)
        watch_layout.addWidget(self.watch_label)

        self.arrivals = PeopleList(self.tr("&Arrived today"), self.tr("Nobody has arrived today."),
                                   self.signals, board)
        self.departures = PeopleList(self.tr("&Left today"), self.tr("Nobody has left today."),
                                     self.signals, board)
        today_lists = QHBoxLayout()
        today_lists.setSpacing(24)
        today_lists.addWidget(self.arrivals, 1)
        today_lists.addWidget(self.departures, 1)

        here = QVBoxLayout()
        here.setSpacing(2)
        here.addWidget(self.here_label)
        here.addWidget(self.household_label)
        layout.addLayout(here)
        layout.addWidget(self.rooms_label)
        layout.addWidget(self.beds_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.do_not_confirm_label)
        layout.addWidget(self.watch_box)
        layout.addLayout(today_lists)
        return board

    def _changed(self, _topic: str) -> None:
        if self.isVisible():  # a hidden page reads everything again when it is shown
            self._timer.start()

    def refresh(self) -> None:
        """Read the board again (called after changes and when the page is shown)."""
        self._timer.stop()
        if not self.shows_board:
            return
        try:
            board = self.desk.today_board.board()
        except ShelterDeskError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self._show(board)
        if self.needs is not None:
            self.needs.refresh()
        if self.plan_reviews is not None:
            self.plan_reviews.refresh()
        if self.incident_tasks is not None:
            self.incident_tasks.refresh()

    def _show(self, board: TodayBoard) -> None:
        here, household = self.here_text(board)
        self.here_label.setText(here)
        self.household_label.setText(household)
        self.household_label.setVisible(bool(household))
        no_bed = self.tr("No bed yet")
        rooms = [self.tr("{room}: {n}").format(room=room or no_bed, n=count) for room, count in board.by_room]
        self.rooms_label.setText(self.tr("By room: {rooms}").format(rooms="  ·  ".join(rooms)) if rooms else "")
        self.rooms_label.setVisible(bool(rooms))
        self.beds_label.setText(self.tr("Beds: {free} free, {held} held (see Beds, Ctrl+3)").format(
            free=board.free_beds, held=board.held_beds))
        rule = self.tr("Never confirm to a caller or visitor that someone lives here.")
        n = board.do_not_confirm
        if n == 1:
            asked = self.tr("1 resident here asks that nobody confirms she is here.")
        elif n:
            asked = self.tr("{n} residents here ask that nobody confirms they are here.").format(n=n)
        else:
            asked = ""
        self.do_not_confirm_label.setText(self.tr("{asked} {rule}").format(asked=asked, rule=rule) if asked else rule)
        self.watch_box.setVisible(bool(board.watch_for))
        self.watch_label.setText("".join(
            "<p style='margin: 6px 0'><b>{name}</b>: {text}</p>".format(
                name=html.escape(w.alias), text=html.escape(w.description).replace("\n", "<br>"))
            for w in board.watch_for))
        self.arrivals.set_people(board.arrivals)
        self.departures.set_people(board.departures)

    def here_text(self, board: TodayBoard) -> tuple[str, str]:
        """The big line (residents here) and the line under it (children and family with them)."""
        if not board.here:
            return self.tr("Nobody is staying here now."), ""
        residents = self.tr("1 resident") if board.here == 1 else self.tr("{n} residents").format(n=board.here)
        if not board.household:
            household = ""
        elif board.household == 1:
            household = self.tr("and 1 child or family member staying with her")
        else:
            household = self.tr("and {n} children or family members staying with them").format(n=board.household)
        return self.tr("Here now: {residents}").format(residents=residents), household

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    # --- room for later issues ------------------------------------------------------------------
    def add_section(self, title: str, widget: QWidget) -> QWidget:
        """Add a titled part below the board (appointments, meals, reviews due, incidents...).

        The widget keeps itself up to date (connect it to ``signals.changed``). Returns the
        section, so it can be hidden when it has nothing to say.
        """
        section = QWidget(self.scroll.widget())
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(title, section)
        heading.setStyleSheet(SECTION_STYLE)
        heading.setBuddy(widget)
        widget.setParent(section)
        layout.addWidget(heading)
        layout.addWidget(widget)
        self.sections.addWidget(section)
        return section

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
