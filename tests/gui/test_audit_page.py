"""Admin → Audit trail: lists, filters, pages lazily, and reports an intact or a broken chain."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from sqlalchemy import update

from shelter_desk import audit
from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.errors import WrongPassword
from shelter_desk.gui.pages.audit import (
    ACTION_LABELS,
    COL_DETAILS,
    COL_IMPORTANT,
    COL_WHAT,
    COL_WHO,
    PAGE_SIZE,
    AuditPage,
    action_label,
)
from shelter_desk.permissions import Role
from shelter_desk.storage.models import AuditEvent
from tests.conftest import DIRECTOR, DIRECTOR_PW, add_staff
from tests.gui.admin_helpers import collect_messages


def make_page(qtbot, desk: Desk) -> AuditPage:
    page = AuditPage(desk)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def column(page: AuditPage, col: int) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the list and type its first letters."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_every_action_has_a_plain_label():
    names = {v for k, v in vars(Action).items() if k.isupper()}
    assert names == set(ACTION_LABELS)
    assert action_label(Action.SIGN_IN_FAILED) == "Wrong password"
    assert action_label(Action.LOCK) == "Locked the screen"
    assert action_label("something.new") == "something.new"


def test_lists_events_and_records_that_it_was_opened_once(qtbot, desk):
    page = make_page(qtbot, desk)
    page.hide()
    page.show()
    assert column(page, COL_WHAT)[0] == "Opened the audit trail"
    assert column(page, COL_WHAT).count("Opened the audit trail") == 1
    assert {"Set up Shelter Desk", "Added a staff account", "Signed in"} <= set(column(page, COL_WHAT))
    assert page.count_label.text() == f"{page.model.total} events"


def test_filters_by_person_action_and_date(qtbot, desk, clock):
    add_staff(desk, "maya", Role.FRONT_DESK)
    desk.auth.lock()
    with pytest.raises(WrongPassword):
        desk.auth.sign_in("maya", "not her password at all")
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    page = make_page(qtbot, desk)

    choose(qtbot, page.person_combo, "maya")
    whos = column(page, COL_WHO)
    assert whos and set(whos) == {"maya"}
    assert "Changed their own password" in column(page, COL_WHAT)

    choose(qtbot, page.action_combo, "Wrong password")
    assert column(page, COL_WHAT) == ["Wrong password"]
    assert column(page, COL_DETAILS) == ["wrong password"]

    choose(qtbot, page.person_combo, "Everyone")
    choose(qtbot, page.action_combo, "Everything")
    everything = page.model.total
    assert everything > 5

    # Dates are local days; the events were all made on the clock's day.
    day = QDate(clock.now().astimezone().date())
    page.any_from.setFocus()
    qtbot.keyClick(page.any_from, Qt.Key.Key_Space)
    assert page.from_edit.isEnabled()
    page.from_edit.setDate(day.addDays(1))
    assert page.model.total == 0 and page.count_label.text() == "No events match."
    page.from_edit.setDate(day)
    assert page.model.total == everything
    qtbot.keyClick(page.any_to, Qt.Key.Key_Space)
    page.to_edit.setDate(day.addDays(-1))
    assert page.model.total == 0
    page.to_edit.setDate(day)
    assert page.model.total == everything


def test_high_severity_rows_are_marked_in_words_and_bold(qtbot, desk):
    add_staff(desk, "sam", Role.FRONT_DESK)
    sam = next(a for a in desk.accounts.list() if a.username == "sam")
    desk.accounts.disable(sam.id)
    page = make_page(qtbot, desk)
    row = column(page, COL_WHAT).index("Turned off an account")
    assert page.model.index(row, COL_IMPORTANT).data() == "Important"
    assert page.model.index(row, COL_WHAT).data(Qt.ItemDataRole.FontRole).bold()
    assert page.model.index(row, COL_IMPORTANT).data(Qt.ItemDataRole.DecorationRole) is not None
    calm = column(page, COL_WHAT).index("Opened the audit trail")
    assert page.model.index(calm, COL_IMPORTANT).data() == ""
    assert not isinstance(page.model.index(calm, COL_WHAT).data(Qt.ItemDataRole.FontRole), QFont)


def test_rows_load_in_pages_without_repeats(qtbot, desk):
    with desk.write() as session:
        for n in range(1200):
            desk.record(session, Action.SETTINGS_CHANGED, summary=f"filler {n}")
    page = make_page(qtbot, desk)
    total = page.model.total
    assert page.model.rowCount() == PAGE_SIZE
    assert page.model.canFetchMore()
    assert page.count_label.text().startswith(f"Showing 500 of {total:,} events")

    # Events written while the screen is open push the list down; no row appears twice.
    for _ in range(3):
        desk.record_alone(Action.LOCK)
    page.table.setFocus()
    while page.model.canFetchMore():
        page.table.scrollToBottom()
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
    ids = [page.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(page.model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    assert len(ids) == len(set(ids)) == total
    assert ids[-1] == 1


def test_check_reports_intact_then_the_broken_event(qtbot, desk, monkeypatch):
    shown = collect_messages(monkeypatch)
    page = make_page(qtbot, desk)
    page.verify_button.setFocus()
    qtbot.keyClick(page.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "intact" in page.result_label.text(), timeout=10_000)
    checked = audit_count(desk) - 1  # the check's own event comes after it
    assert page.result_label.text() == f"✓ The audit trail is intact: {checked} events checked."
    assert column(page, COL_WHAT)[0] == "Checked the audit trail"  # the list was refreshed
    assert shown == []

    with desk.vault.db.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 2).values(summary="nothing to see"))
    qtbot.keyClick(page.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "changed" in page.result_label.text(), timeout=10_000)
    text = page.result_label.text()
    assert "The audit trail has been changed: event 2 does not fit (it was changed or put out of order)." in text
    assert "Contact" in text
    assert shown and shown[0][0] == "critical" and "event 2" in shown[0][1]
    assert page.verify_button.isEnabled()
    latest = desk.audit.events(offset=0, limit=1)[0]
    assert latest.action == Action.AUDIT_VERIFIED and latest.severity == audit.HIGH


def audit_count(desk: Desk) -> int:
    return desk.audit.count()
