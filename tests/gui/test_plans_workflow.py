"""Issue 5, done when: a house manager adjusts the default template, makes a plan for a new
resident, completes half of it, records a review, and sees overdue plans on the Today board.

One real window on a real vault. Rosa has been here five weeks and her plan's review is
overdue; Amara arrived yesterday without a plan. "manager" signs in on the sign-in screen
and from then on presses keys where the focus is (dialogs are answered the same way):
- Ctrl+7 Safety plans (the default template is put in on first use); Templates… (Alt+E),
  Enter on the default, Insert adds an item with its words, Ctrl+Enter saves, Esc closes.
- The filter "No plan yet"; Enter on Amara: the template is the default, Enter makes it and
  her plan opens; key 3 (done) and Down for half the items; Ctrl+Enter saves.
- Enter on Amara again: Alt+R records a review (what changed), Ctrl+Enter.
- Ctrl+1 Today: Rosa's review is overdue, Amara's is not there.
Her plan has the item added to the template before it was made; Rosa's older plan is
unchanged and offers it instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_desk.audit import Action
from shelter_desk.clock import ManualClock
from shelter_desk.desk import Desk
from shelter_desk.gui.pages.plans import PlansPage, StartPlanDialog
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.gui.plan_dialog import PlanDialog, ReviewDialog
from shelter_desk.gui.plan_template_dialog import TemplateEditor, TemplatesDialog
from shelter_desk.permissions import Role
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen
from tests.gui.conftest import make_window
from tests.gui.resident_helpers import guarded, rooms, take_in, type_text
from tests.gui.test_residents_workflow import back_to, go, press, sign_in

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NEW_ITEM = "She knows which neighbour to go to at night."


@pytest.fixture
def house(desk: Desk, vault_dir: Path, clock: ManualClock) -> Iterator[tuple[Desk, dict[str, int]]]:
    beds = rooms(desk, count=1, beds=3)
    ids = {"Rosa": take_in(desk, "Rosa", bed=beds[0], intake=desk.today())}
    desk.plans.install_default_template()
    ids["rosa_plan"] = desk.plans.start_plan(ids["Rosa"])  # made the day she came
    clock.advance(days=35)  # five weeks later her review (every 30 days) is overdue
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    ids["Amara"] = take_in(desk, "Amara", bed=beds[1], intake=desk.today() - timedelta(days=1))
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    fresh = reopen(vault_dir, clock, desk)
    yield fresh, ids
    fresh.close()


def test_a_house_manager_adjusts_the_template_makes_a_plan_reviews_it_and_sees_overdue_plans(
        qtbot, house, on_dialog):
    desk, ids = house
    window = make_window(qtbot, desk)
    try:
        sign_in(qtbot, window, "manager", STAFF_PW)
        page = go(qtbot, window, 7, PlansPage)
        template = desk.plans.templates()[0]
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)

        # --- the default template gets one more item ----------------------------------------------------
        def edit(editor: TemplateEditor) -> None:
            editor.tree.setCurrentIndex(editor.model.index(0, 0, editor.model.index(0, 0)))
            qtbot.keyClick(editor.tree, Qt.Key.Key_Insert)
            type_text(editor.item_edit, NEW_ITEM)
            qtbot.keyClick(editor.item_edit, Qt.Key.Key_Return, CTRL)

        def templates(dialog: TemplatesDialog) -> None:
            on_dialog(guarded(edit), TemplateEditor)
            qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter edits the chosen (default) template
            qtbot.waitUntil(lambda: desk.plans.template(template.id).version == template.version + 1, timeout=5000)
            qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

        on_dialog(guarded(templates), TemplatesDialog)
        press(qtbot, Qt.Key.Key_E, ALT)  # Templates…
        qtbot.waitUntil(lambda: desk.plans.template(template.id).version == template.version + 1, timeout=5000)
        back_to(qtbot, window)

        # --- a plan for the new resident, half of it done -------------------------------------------------
        page.table.setFocus()
        press(qtbot, Qt.Key.Key_V, ALT)  # View:
        qtbot.keyClick(page.view_combo, Qt.Key.Key_End)  # No plan yet
        assert [page.model.row(r).alias for r in range(page.model.rowCount())] == ["Amara"]
        page.table.setFocus()
        page.table.selectRow(0)
        half = {}

        def work(dialog: PlanDialog) -> None:
            view = dialog.items_view
            half["n"] = len(desk.plans.plan_of(ids["Amara"]).items) // 2
            for _ in range(half["n"]):
                qtbot.keyClick(view, Qt.Key.Key_3)  # done
                qtbot.keyClick(view, Qt.Key.Key_Down)
            qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)

        def start(dialog: StartPlanDialog) -> None:
            assert dialog.template_combo.currentData() == template.id  # the default is chosen
            on_dialog(guarded(work), PlanDialog)
            qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Return, CTRL)

        on_dialog(guarded(start), StartPlanDialog)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.plans.plan_of(ids["Amara"]) is not None
                        and desk.plans.plan_of(ids["Amara"]).progress[0] > 0, timeout=8000)
        back_to(qtbot, window)
        plan = desk.plans.plan_of(ids["Amara"])
        done, counted = plan.progress
        assert done == half["n"] and counted == len(plan.items) and done * 2 <= counted <= done * 2 + 1
        assert NEW_ITEM in [i.text for i in plan.items]  # made after the template was adjusted

        # --- a review of her plan ----------------------------------------------------------------------
        press(qtbot, Qt.Key.Key_V, ALT)
        qtbot.keyClick(page.view_combo, Qt.Key.Key_Home)  # Everyone here
        page.table.setFocus()
        row = next(r for r in range(page.model.rowCount()) if page.model.row(r).alias == "Amara")
        page.table.selectRow(row)

        def review(dialog: ReviewDialog) -> None:
            type_text(dialog.what_edit, "Went through the first half with her.")
            qtbot.keyClick(dialog.what_edit, Qt.Key.Key_Return, CTRL)

        def reviewed(dialog: PlanDialog) -> None:
            on_dialog(guarded(review), ReviewDialog)
            qtbot.keyClick(dialog.items_view, Qt.Key.Key_R, ALT)
            qtbot.waitUntil(lambda: bool(desk.plans.plan_of(ids["Amara"]).reviews), timeout=5000)
            qtbot.keyClick(dialog.items_view, Qt.Key.Key_Escape)

        on_dialog(guarded(reviewed), PlanDialog)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=8000)
        back_to(qtbot, window)
        plan = desk.plans.plan_of(ids["Amara"])
        assert plan.reviews[0].what_changed == "Went through the first half with her."
        assert plan.next_review_on == desk.today() + timedelta(days=30)

        # --- the Today board: Rosa's review is overdue ---------------------------------------------------
        today = go(qtbot, window, 1, TodayPage)
        section = today.plan_reviews
        qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=3000)
        line = section.model.row(0)
        assert (line.alias, line.overdue) == ("Rosa", True)
        # Rosa's older plan did not change with the template, and offers the new item instead.
        rosa = desk.plans.open_plan(ids["rosa_plan"])
        assert NEW_ITEM not in [i.text for i in rosa.items] and rosa.new_template_items == 1
    finally:
        window.session.stop()
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    done_by_manager = {e.action for e in desk.audit.events(limit=300) if e.actor_name == "manager"}
    assert {Action.PLAN_TEMPLATE_CHANGED, Action.PLAN_MADE, Action.PLAN_SAVED, Action.PLAN_REVIEWED} <= done_by_manager
    for event in desk.audit.events(limit=300):
        assert "Amara" not in event.summary and "Rosa" not in event.summary and "neighbour" not in event.summary
