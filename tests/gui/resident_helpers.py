"""Fictional residents for the residents screen tests, taken in through the real services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.permissions import Role
from shelter_desk.services.resident_input import HouseholdEntry, PersonDetails, StayDetails
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff

# (alias, program) in several scripts; legal names only on a few.
MIXED = [
    ("Nguyễn Thị Lan", "emergency"), ("Анна Петрова", "transitional"), ("فاطمة الزهراء", "emergency"),
    ("Rosa", "long_term"), ("Élodie", "emergency"), ("María José", "transitional"), ("Aisha", "emergency"),
    ("Zoë", "emergency"), ("Ольга", "long_term"), ("Lan Anh", "emergency"), ("Grace", "transitional"),
    ("Mei 美玲", "emergency"), ("Noor نور", "emergency"), ("Priya", "transitional"), ("Şebnem", "emergency"),
    ("Chloé", "long_term"), ("Kateryna", "emergency"), ("Hana", "transitional"), ("Dominika", "emergency"),
    ("Yasmin", "emergency"),
]


def rooms(desk: Desk, count: int = 4, beds: int = 6) -> list[int]:
    """Rooms "Room 1".."Room n" with beds 1..k; returns every bed id in order."""
    for n in range(1, count + 1):
        desk.beds.add_room(f"Room {n}", beds=beds)
    return [b.id for r in desk.beds.rooms() for b in r.beds]


def take_in(desk: Desk, alias: str, *, program: str = "emergency", bed: int | None = None,
            intake: date | None = None, legal_name: str | None = None, household: int = 0,
            watch_for: str = "", pronouns: str = "she/her", age: int | None = 30) -> int:
    person = PersonDetails(
        alias=alias, legal_name=legal_name, pronouns=pronouns, watch_for=watch_for,
        dob_quality=hud.DOB_APPROXIMATE if age is not None else hud.NOT_COLLECTED, approximate_age=age,
        languages="English", genders=(0,), race_ethnicity=(hud.PREFERS_NOT,),
    )
    stay = StayDetails(
        intake_date=intake or desk.today(), program=program, referral_source="hotline",
        prior_living_situation=336, bed_id=bed,
        household=[HouseholdEntry(f"Child {n + 1}", 3 + n) for n in range(household)],
    )
    return desk.residents.intake(person, stay)


def many_residents(desk: Desk) -> dict[str, int]:
    """The twenty MIXED residents, each in a bed, a few having left; returns alias -> id."""
    beds = rooms(desk)
    ids: dict[str, int] = {}
    start = desk.today() - timedelta(days=40)
    legal = {"Rosa": "María Gonzalez", "Анна Петрова": "Анна Сергеевна Петрова"}
    for n, (alias, program) in enumerate(MIXED):
        ids[alias] = take_in(
            desk, alias, program=program, bed=beds[n], intake=start + timedelta(days=n), legal_name=legal.get(alias),
            household=n % 3 if n % 4 == 0 else 0, watch_for="A former partner, drives a grey van." if n == 3 else "",
        )
    for alias in ("Grace", "Hana"):  # two have left
        stay = desk.residents.open_file(ids[alias]).current_stay
        desk.residents.record_exit(stay.id, desk.today() - timedelta(days=2), 410, "Found an apartment")
    return ids


def sign_in_as(desk: Desk, username: str, role: Role | None = None) -> None:
    """Add the account (as the director) when ``role`` is given, then sign in as it."""
    if role is not None:
        add_staff(desk, username, role)
    desk.auth.lock()
    desk.auth.sign_in(username, DIRECTOR_PW if username == DIRECTOR else STAFF_PW)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text as key presses (QTest's keyClicks only knows Latin-1 letters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def guarded(action: Callable[[QWidget], object]) -> Callable[[QWidget], None]:
    """A dialog action that closes its dialog when it fails, so a failing test fails instead of hanging."""

    def run(dialog: QWidget) -> None:
        try:
            dialog.activateWindow()  # offscreen has no window manager to do it
            for _ in range(200):
                if QApplication.activeWindow() is dialog:
                    break
                QApplication.processEvents()
            action(dialog)
        except BaseException:
            if dialog.isVisible():
                dialog.close()
            raise

    return run


def save_with_ctrl_enter(qtbot, dialog: QWidget, widget: QWidget) -> None:  # noqa: ANN001
    """Ctrl+Enter in ``widget``; the dialog must have closed (else say what it showed in red)."""
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    if dialog.isVisible():
        shown = [label.text() for label in dialog.findChildren(QLabel, "errorLabel") if label.isVisible()]
        raise AssertionError(f"the dialog stayed open: {shown}")
