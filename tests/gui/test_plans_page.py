"""The Safety plans screen and the Today board's reviews: plans at every stage, on a real vault, by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.plans import PlansPage, StartPlanDialog, shortcut_rows
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.gui.plan_template_dialog import TemplatesDialog
from shelter_desk.gui.plans_model import (
    COL_LAST,
    COL_NAME,
    COL_NEXT,
    COL_PROGRESS,
    COL_ROOM,
    COL_STATE,
    COL_TEMPLATE,
    FRACTION_ROLE,
    REV_NAME,
    REV_STATE,
)
from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.today_plans import PlanReviewsSection, add_plan_section
from shelter_desk.permissions import Role
from shelter_desk.services.plan_views import ItemChange, PlanEdit
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, rooms, sign_in_as, take_in
from tests.gui.test_plan_templates import assert_accelerators

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


def later(desk: Desk, days: int) -> None:
    """The days go by; the director signs in again (a session ends after 12 hours)."""
    desk.clock.advance(days=days)  # type: ignore[attr-defined]
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)


@pytest.fixture
def house(desk: Desk) -> dict[str, int]:
    """Four residents: Amara's review is 3 days overdue (3 of 15 done), Rosa's was just reviewed,
    Priya's is due in 2 days, Noor has no plan yet."""
    beds = rooms(desk, count=2, beds=3)
    start = desk.today()
    ids = {alias: take_in(desk, alias, bed=beds[n], intake=start) for n, alias in
           enumerate(("Amara", "Rosa", "Priya"))}
    ids["Noor"] = take_in(desk, "Noor", intake=start)  # no bed yet
    desk.plans.install_default_template()
    amara = desk.plans.start_plan(ids["Amara"])
    rosa = desk.plans.start_plan(ids["Rosa"])
    later(desk, 5)
    desk.plans.start_plan(ids["Priya"])
    later(desk, 28)  # day 33: Amara and Rosa were due on day 30, Priya is due on day 35
    plan = desk.plans.open_plan(amara)
    items = plan.items
    changes = [ItemChange(i.id, "done") for i in items[:3]] + [ItemChange(items[3].id, "not_applicable")]
    desk.plans.save_plan(amara, PlanEdit(items=changes), plan.version)
    desk.plans.record_review(rosa, "Went through the go-bag together.", desk.plans.open_plan(rosa).version)
    return ids


def open_plans(qtbot, desk: Desk, signals: DeskSignals) -> PlansPage:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = show_active(qtbot, PlansPage(desk, signals))
    page.resize(1000, 600)
    page.table.setFocus()
    return page


def column(page: PlansPage, col: int) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def test_the_overview_shows_every_stage_in_words(qtbot, desk, signals, house):
    page = open_plans(qtbot, desk, signals)
    today = desk.today()
    assert page.summary_label.text() == "1 review overdue · 1 due this week · 1 resident without a plan"
    assert column(page, COL_NAME) == ["Amara", "Noor", "Priya", "Rosa"]
    assert column(page, COL_ROOM) == ["Room 1", "No bed", "Room 1", "Room 1"]
    assert column(page, COL_TEMPLATE) == ["Safety plan", "", "Safety plan", "Safety plan"]
    assert column(page, COL_PROGRESS) == ["3 of 15 done", "", "0 of 16 done", "0 of 16 done"]
    assert page.model.index(0, COL_PROGRESS).data(FRACTION_ROLE) == pytest.approx(0.2)
    assert page.model.index(1, COL_PROGRESS).data(FRACTION_ROLE) is None  # no bar without a plan
    assert page.model.index(0, COL_PROGRESS).data(Qt.ItemDataRole.AccessibleTextRole) == "3 of 15 done (20%)"
    assert column(page, COL_LAST) == ["Not yet", "", "Not yet", day_text(today)]
    assert column(page, COL_NEXT) == [day_text(today - timedelta(days=3)), "", day_text(today + timedelta(days=2)),
                                      day_text(today + timedelta(days=30))]
    assert column(page, COL_STATE) == ["Overdue by 3 days", "No plan yet", "Due in 2 days", "Up to date"]
    assert page.templates_button.isVisible()  # the director keeps the templates
    assert not page.table.isColumnHidden(COL_TEMPLATE)
    assert_accelerators(page)
    assert shortcut_rows()[0] == ("Enter", "Safety plans: open the chosen resident's plan, or make her one")


def test_the_view_narrows_the_list_from_the_keyboard(qtbot, desk, signals, house):
    page = open_plans(qtbot, desk, signals)
    qtbot.keyClick(page.table, Qt.Key.Key_V, ALT)
    assert page.focusWidget() is page.view_combo
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Down)  # Due this week or overdue
    assert column(page, COL_NAME) == ["Amara", "Priya"]  # the most overdue first
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Down)  # No plan yet
    assert column(page, COL_NAME) == ["Noor"]
    assert page.open_button.text() == "Make her a pla&n…"
    # Once everyone has a plan and nothing is due, each view says so in a sentence.
    desk.plans.start_plan(house["Noor"])
    page.refresh()
    assert page.model.rowCount() == 0 and page.empty_label.text() == "Every resident here has a safety plan."
    assert not page.table.isVisible()
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Up)
    assert column(page, COL_NAME) == ["Amara", "Priya"]


def test_a_resident_without_a_plan_gets_one_from_the_default_template(qtbot, desk, signals, house, on_dialog,
                                                                       monkeypatch):
    desk.plans.add_template("Trafficking", "For survivors of trafficking", copy_from=desk.plans.templates()[0].id)
    page = open_plans(qtbot, desk, signals)
    opened: list[int] = []
    monkeypatch.setattr(page, "open_plan_dialog", lambda plan_id: opened.append(plan_id) or False)
    page.table.selectRow(page.model.row_of(house["Noor"]))
    seen = {}

    def choose(dialog: StartPlanDialog) -> None:
        seen["heading"] = dialog.heading_label.text()
        seen["template"] = dialog.template_combo.currentText()
        seen["choices"] = dialog.template_combo.count()
        seen["save"] = dialog.save_button.text()
        seen["reviews"] = next(label.text() for label in dialog.findChildren(QLabel) if "reviews" in label.text())
        qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Return)  # Enter makes the plan

    on_dialog(guarded(choose), StartPlanDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen == {"heading": "A safety plan for Noor", "template": "Safety plan (default) · 16 items in 6 sections",
                    "choices": 2, "save": "Ma&ke the plan",
                    "reviews": "Her reviews are due every 30 days; the plan screen can change that."}
    plan = desk.plans.plan_of(house["Noor"])
    assert plan is not None and plan.template_name == "Safety plan" and opened == [plan.id]
    assert page.message_label.text() == "A safety plan was made for Noor from the template Safety plan."
    assert page.summary_label.text() == "1 review overdue · 1 due this week"
    assert page.selected().alias == "Noor" and page.selected().plan_id == plan.id
    assert page.focusWidget() is page.table


def test_front_desk_sees_no_template_name(qtbot, desk, signals, house, on_dialog, monkeypatch):
    """A template's name can say what she lived through: only those who keep the templates see it."""
    trafficking = desk.plans.add_template("Trafficking-specific", "", copy_from=desk.plans.templates()[0].id)
    lena = take_in(desk, "Lena")
    desk.plans.start_plan(lena, trafficking)
    page = open_plans(qtbot, desk, signals)
    assert page.model.index(page.model.row_of(lena), COL_TEMPLATE).data() == "Trafficking-specific"  # the director
    page.close()

    sign_in_as(desk, "frontdesk", Role.FRONT_DESK)
    page = open_plans(qtbot, desk, signals)
    assert page.table.isColumnHidden(COL_TEMPLATE)
    for row in range(page.model.rowCount()):
        for col in range(page.model.columnCount()):
            index = page.model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                assert "Trafficking" not in str(index.data(role) or "")
                assert "Safety plan" not in str(index.data(role) or "")
    assert_accelerators(page)

    # Making a plan: the message names her, not the template.
    monkeypatch.setattr(page, "open_plan_dialog", lambda plan_id: False)
    page.table.selectRow(page.model.row_of(house["Noor"]))
    on_dialog(guarded(lambda dialog: qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Return)), StartPlanDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.plans.plan_of(house["Noor"]) is not None, timeout=3000)
    assert page.message_label.text() == "A safety plan was made for Noor."


def test_esc_in_the_small_dialog_makes_no_plan(qtbot, desk, signals, house, on_dialog):
    page = open_plans(qtbot, desk, signals)
    page.table.selectRow(page.model.row_of(house["Noor"]))
    seen = []

    def close(dialog: StartPlanDialog) -> None:
        qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Escape)
        seen.append(dialog.isVisible())

    on_dialog(guarded(close), StartPlanDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_N, ALT)  # the button: "Make her a plan…"
    qtbot.waitUntil(lambda: seen == [False])  # Esc closed it at once: nothing was typed
    assert desk.plans.plan_of(house["Noor"]) is None
    assert page.message_label.text() == ""


def test_enter_opens_her_plan_on_the_plan_screen(qtbot, desk, signals, house, on_dialog):
    plan_dialog = pytest.importorskip("shelter_desk.gui.plan_dialog")
    page = open_plans(qtbot, desk, signals)
    seen = {}

    def look(dialog: QDialog) -> None:
        seen["heading"] = dialog.heading_label.text()
        dialog.reject()

    on_dialog(guarded(look), plan_dialog.PlanDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Amara, the first line
    assert seen == {"heading": "Safety plan for Amara"}
    assert page.selected().alias == "Amara"


def test_ctrl_o_opens_her_file(qtbot, desk, signals, house):
    page = open_plans(qtbot, desk, signals)
    page.table.selectRow(page.model.row_of(house["Priya"]))
    with qtbot.waitSignal(signals.open_resident) as asked:
        qtbot.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [house["Priya"]]


def test_the_first_showing_puts_in_the_default_template(qtbot, desk, signals):
    take_in(desk, "Amara")
    assert desk.plans.templates() == []
    page = open_plans(qtbot, desk, signals)
    [template] = desk.plans.templates()
    assert template.is_default and template.name == "Safety plan" and template.item_count == 16
    assert page.summary_label.text() == "1 resident without a plan"


def test_templates_are_for_house_managers_and_directors(qtbot, desk, signals, on_dialog):
    desk.plans.install_default_template()
    sign_in_as(desk, "frontdesk", Role.FRONT_DESK)
    page = open_plans(qtbot, desk, signals)
    assert not page.templates_button.isVisible()
    page.edit_templates()  # nothing happens for front desk
    page.close()
    sign_in_as(desk, DIRECTOR)  # the director adds the house manager
    sign_in_as(desk, "manager", Role.HOUSE_MANAGER)
    page = open_plans(qtbot, desk, signals)
    assert page.templates_button.isVisible()
    seen = {}

    def look(dialog: TemplatesDialog) -> None:
        seen["rows"] = dialog.model.rowCount()
        dialog.reject()

    on_dialog(guarded(look), TemplatesDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: "rows" in seen)
    assert seen == {"rows": 1}


def test_the_page_reads_again_only_while_shown(qtbot, desk, signals, house):
    page = open_plans(qtbot, desk, signals)
    desk.plans.start_plan(house["Noor"])
    qtbot.waitUntil(lambda: page.summary_label.text() == "1 review overdue · 1 due this week")
    page.hide()
    amara = desk.plans.plan_of(house["Amara"])
    desk.plans.record_review(amara.id, "All good.", amara.version)
    qtbot.wait(400)
    assert page.summary_label.text() == "1 review overdue · 1 due this week"  # not read while hidden
    assert page._stale
    page.show()
    assert page.summary_label.text() == "1 due this week"


# --- the Today board ---------------------------------------------------------------------------------

def test_today_lists_reviews_overdue_and_due_soon_and_one_leaves_after_its_review(qtbot, desk, signals, house):
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = TodayPage(desk, SHELTER, signals)
    section = add_plan_section(page, desk, signals)  # as the Today page does when it is built
    assert isinstance(section, PlanReviewsSection)
    page.resize(824, 640)
    show_active(qtbot, page)
    section.refresh()  # as the Today page does when it is shown
    model = section.model
    assert [model.index(r, REV_NAME).data() for r in range(model.rowCount())] == ["Amara", "Priya"]
    assert [model.index(r, REV_STATE).data() for r in range(model.rowCount())] == ["Overdue by 3 days",
                                                                                  "Due in 2 days"]
    assert section.summary_label.text() == "1 overdue, 1 due this week."
    assert section.table.isVisible()
    activate(qtbot, page)
    section.table.setFocus()
    with qtbot.waitSignal(signals.open_resident) as asked:
        qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert asked.args == [house["Amara"]]

    amara = desk.plans.plan_of(house["Amara"])
    desk.plans.record_review(amara.id, "Reviewed with her: new phone.", amara.version)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, REV_NAME).data() == "Priya"
    assert section.summary_label.text() == "1 review is due this week."
    priya = desk.plans.plan_of(house["Priya"])
    desk.plans.record_review(priya.id, "Went through it again.", priya.version)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert section.summary_label.text() == "No safety-plan reviews are due this week."
    assert not section.table.isVisible()


def test_today_has_no_plan_section_without_the_permission(qtbot, desk, signals, monkeypatch):
    page = TodayPage(desk, SHELTER, signals)
    qtbot.addWidget(page)
    monkeypatch.setattr(desk, "can", lambda permission: False)
    assert add_plan_section(page, desk, signals) is None


def test_the_today_section_listens_to_plans_only_while_shown(qtbot, desk, signals, house):
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = show_active(qtbot, TodayPage(desk, SHELTER, signals))
    section = page.plan_reviews
    assert isinstance(section, PlanReviewsSection) and section.model.rowCount() == 2  # read by the Today page
    signals.changed.emit("residents")  # the Today page refreshes the section itself after these
    assert not section._timer.isActive()
    signals.changed.emit("plans")
    assert section._timer.isActive()
    page.hide()
    assert not section._listening and not section._timer.isActive()
    signals.changed.emit("plans")  # hidden: not even heard (the Today page reads it all when shown)
    assert not section._timer.isActive()
    page.show()
    assert section._listening
