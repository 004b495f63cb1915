"""Supplies: requests, hand-outs and donated stock, all from the keyboard on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.supplies import SuppliesPage, shortcut_rows
from shelter_desk.gui.supplies_models import REQ_IN_STOCK, REQ_STATUS, STOCK_LOW
from shelter_desk.gui.supply_dialogs import (
    CancelRequestDialog,
    HandOutDialog,
    KindNameDialog,
    ReceiveDialog,
    RecountDialog,
    RequestDialog,
    StockHistoryDialog,
    SupplyKindsDialog,
)
from shelter_desk.permissions import Role
from tests.gui.admin_helpers import answer_questions
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, rooms, sign_in_as, take_in, type_text

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def signals(desk: Desk) -> Iterator[DeskSignals]:
    s = DeskSignals(desk)
    yield s
    s.stop()


@pytest.fixture
def house(desk: Desk) -> dict[str, int]:
    """Three residents here, in beds, since a few days ago."""
    beds = rooms(desk, count=2, beds=3)
    start = desk.today() - timedelta(days=6)
    return {alias: take_in(desk, alias, bed=beds[n], intake=start) for n, alias in
            enumerate(("Amara", "Rosa", "Priya"))}


def kind_id(desk: Desk, name: str) -> int:
    return next(k.id for k in desk.supplies.kinds() if k.name.startswith(name))


def open_page(qtbot, desk: Desk, signals: DeskSignals) -> SuppliesPage:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    page = show_active(qtbot, SuppliesPage(desk, signals))
    page.resize(1000, 640)
    page.requests_table.setFocus()
    return page


def shown_errors(dialog: QDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, "errorLabel") if label.isVisible()]


def stock_count(desk: Desk, item: str, size: str = "") -> int:
    return next(s.count for s in desk.supplies.stock() if s.item == item and s.size == size)


# --- a request, donations, the hand-out -----------------------------------------------------------

def test_a_request_written_down_from_the_keyboard(qtbot, desk, signals, house, on_dialog):
    page = open_page(qtbot, desk, signals)
    assert page.requests_empty.isVisible() and "Ctrl+N" in page.requests_empty.text()
    seen = {}

    def fill(dialog: RequestDialog) -> None:
        seen["focus"] = dialog.focusWidget() is dialog.resident_picker
        type_text(dialog.resident_picker.lineEdit(), "amar")  # part of her name, any case
        qtbot.keyClick(dialog.resident_picker, Qt.Key.Key_Tab)
        seen["heading"] = dialog.heading_label.text()
        qtbot.keyClicks(dialog.kind_combo, "Cl")  # jumps to "Clothing"
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return)  # Enter moves on in a blank form
        assert dialog.focusWidget() is dialog.item_edit
        qtbot.keyClicks(dialog.item_edit, "Winter coat")
        qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.size_edit, "M")
        qtbot.keyClick(dialog.size_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.urgency_combo, "U")  # Urgent (today)
        qtbot.keyClick(dialog.urgency_combo, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.note_edit, "Job interview on Monday")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(fill), RequestDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_N, CTRL)
    assert seen == {"focus": True, "heading": "What does Amara need?"}
    [request] = desk.supplies.requests()
    assert (request.resident_id, request.kind_name, request.item, request.size, request.quantity, request.urgency,
            request.note) == (house["Amara"], "Clothing", "Winter coat", "M", 1, "urgent", "Job interview on Monday")
    assert page.message_label.text() == "Written down: 1 × Winter coat (M) for Amara."
    assert page.requests_model.rowCount() == 1 and page.requests_model.index(0, REQ_IN_STOCK).data() == "—"
    assert page.summary_label.text() == "1 request waiting · 1 urgent"
    assert page.focusWidget() is page.requests_table


def test_a_refused_request_keeps_what_was_typed(qtbot, desk, signals, house, on_dialog):
    page = open_page(qtbot, desk, signals)
    seen = {}

    def fill(dialog: RequestDialog) -> None:
        qtbot.keyClicks(dialog.item_edit, "Sneakers")
        qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Return, CTRL)  # nobody chosen
        seen["first"] = shown_errors(dialog)
        seen["focus"] = dialog.focusWidget() is dialog.resident_picker
        type_text(dialog.resident_picker.lineEdit(), "Rosa")
        qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Return, CTRL)  # no kind chosen
        seen["second"] = shown_errors(dialog)
        seen["item"] = dialog.item_edit.text()
        dialog.reject()

    on_dialog(guarded(fill), RequestDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_N, CTRL)
    assert seen == {"first": ["Choose who it is for: type part of her name or room, then pick her."],
                    "focus": True, "second": ["Choose what kind of item it is from the list."], "item": "Sneakers"}
    assert desk.supplies.requests() == []


def test_donations_then_the_request_handed_out_with_enter(qtbot, desk, signals, house, on_dialog):
    desk.supplies.request(house["Amara"], kind_id(desk, "Clothing"), "Winter coat", "M", 1, "urgent")
    desk.supplies.request(house["Rosa"], kind_id(desk, "Shoes"), "Sneakers", "39", 1, "soon")
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_S, ALT)  # the Stock tab
    assert page.tabs.currentIndex() == 2 and page.stock_empty.isVisible()
    seen = {}

    def donations(dialog: ReceiveDialog) -> None:
        qtbot.keyClicks(dialog.kind_combo, "Cl")
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.item_edit, "winter coat")  # the request's words, another case
        qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.size_edit, "m")
        qtbot.keyClick(dialog.size_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.quantity_spin, "3")
        seen["stock"] = dialog.stock_label.text()
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.low_spin, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.low_spin, "1")
        qtbot.keyClick(dialog.low_spin, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.note_edit, "Church clothing drive")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(donations), ReceiveDialog)
    qtbot.keyClick(page.stock_table, Qt.Key.Key_D, CTRL)
    assert seen["stock"] == "New on the stock list."
    assert page.message_label.text() == "3 × winter coat (m) came in. 3 on the shelf now."  # as first typed
    assert stock_count(desk, "winter coat", "m") == 3
    assert page.focusWidget() is page.stock_table

    activate(qtbot, page)  # (offscreen has no window manager to give the page the keys back)
    qtbot.keyClick(page.stock_table, Qt.Key.Key_R, ALT)  # back to Requests
    assert page.tabs.currentIndex() == 0 and page.requests_table.hasFocus()
    assert page.requests_model.row(0).alias == "Amara"  # most urgent first
    assert page.requests_model.index(0, REQ_IN_STOCK).data() == "3"

    def enter(dialog: HandOutDialog) -> None:
        seen["heading"] = dialog.heading_label.text()
        seen["filled"] = (dialog.kind_combo.currentText(), dialog.item_edit.text(), dialog.size_edit.text(),
                          dialog.quantity_spin.value(), dialog.day_edit.text())
        seen["shelf"] = dialog.stock_label.text()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    on_dialog(guarded(enter), HandOutDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_Return)  # Enter on the request, Enter in the dialog
    assert seen["heading"] == "Hand out to Amara"
    assert seen["filled"] == ("Clothing", "Winter coat", "M", 1, "2026-01-05")
    assert seen["shelf"] == "3 in stock; 2 left after this."
    assert stock_count(desk, "winter coat", "m") == 2
    assert page.message_label.text() == "Handed out 1 × Winter coat (M) to Amara. 2 left in stock."
    assert [r.alias for r in desk.supplies.requests()] == ["Rosa"]
    assert [page.requests_model.row(r).alias for r in range(page.requests_model.rowCount())] == ["Rosa"]
    [handout] = desk.supplies.handouts()
    assert (handout.alias, handout.quantity, handout.handed_by, handout.request_id is not None) == \
        ("Amara", 1, "Dana Director", True)
    assert page.handouts_model.rowCount() == 1

    activate(qtbot, page)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_W, ALT)  # Show: …
    qtbot.keyClick(page.show_combo, Qt.Key.Key_Down)  # All requests
    assert page.requests_model.rowCount() == 2 and not page.requests_table.isColumnHidden(REQ_STATUS)
    statuses = {page.requests_model.row(r).alias: page.requests_model.index(r, REQ_STATUS).data()
                for r in range(2)}
    assert statuses == {"Amara": "Handed out on 2026-01-05", "Rosa": "Waiting"}


def test_the_low_stock_list_and_a_hand_out_that_makes_it_low(qtbot, desk, signals, house, on_dialog):
    hygiene, baby = kind_id(desk, "Hygiene"), kind_id(desk, "Baby")
    desk.supplies.receive(hygiene, "Toothpaste", "", 24, low_at=5)
    desk.supplies.receive(baby, "Diapers", "size 3", 3, low_at=2)
    desk.supplies.receive(hygiene, "Sanitary pads", "", 4, low_at=10)
    desk.supplies.request(house["Priya"], baby, "Diapers", "size 3", 1, "soon")
    page = open_page(qtbot, desk, signals)
    assert page.summary_label.text() == "1 request waiting · 1 item low in stock"
    seen = {}

    def enter(dialog: HandOutDialog) -> None:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    on_dialog(guarded(enter), HandOutDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_H, CTRL)
    assert page.message_label.text() == "Handed out 1 × Diapers (size 3) to Priya. Stock is low: 2 left."
    assert page.summary_label.text() == "0 requests waiting · 2 items low in stock"

    activate(qtbot, page)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_S, ALT)
    assert page.stock_model.rowCount() == 3
    qtbot.keyClick(page.stock_table, Qt.Key.Key_L, ALT)  # "Show only what is low"
    qtbot.waitUntil(page.low_check.isChecked)
    low = {page.stock_model.row(r).item: page.stock_model.index(r, STOCK_LOW).data()
           for r in range(page.stock_model.rowCount())}
    assert low == {"Diapers": "Low", "Sanitary pads": "Low"}

    def history(dialog: StockHistoryDialog) -> None:
        seen["rows"] = [(dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data())
                        for r in range(dialog.model.rowCount())]
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    page.stock_table.setFocus()
    page.stock_table.selectRow(page.stock_model.row_of(next(s.id for s in desk.supplies.stock() if s.item == "Diapers")))
    on_dialog(guarded(history), StockHistoryDialog)
    qtbot.keyClick(page.stock_table, Qt.Key.Key_Y, ALT)  # History…
    qtbot.waitUntil(lambda: "rows" in seen)
    assert seen["rows"] == [("Handed out", "-1"), ("Donation came in", "+3")]


def test_more_than_the_stock_list_shows_needs_a_reason(qtbot, desk, signals, house, on_dialog):
    clothing = kind_id(desk, "Clothing")
    desk.supplies.receive(clothing, "Winter coat", "L", 1)
    desk.supplies.request(house["Rosa"], clothing, "Winter coat", "L", 2, "urgent")
    page = open_page(qtbot, desk, signals)
    seen = {}

    def too_many(dialog: HandOutDialog) -> None:
        seen["before"] = (dialog.stock_label.text(), dialog.reason_edit.isVisibleTo(dialog))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        seen["refused"] = (dialog.isVisible(), shown_errors(dialog), dialog.reason_edit.isVisibleTo(dialog),
                           dialog.focusWidget() is dialog.reason_edit)
        qtbot.keyClicks(dialog.reason_edit, "There were two on the shelf")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    on_dialog(guarded(too_many), HandOutDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_Return)
    assert seen["before"] == ("Only 1 in stock.", False)
    assert seen["refused"] == (True, [
        "The stock list shows only 1 of this, so handing out 2 would take it below zero. If the shelf really "
        "has more, say why (for example \"the count was wrong\")."], True, True)
    assert stock_count(desk, "Winter coat", "L") == -1
    assert page.message_label.text() == ("Handed out 2 × Winter coat (L) to Rosa. The stock list now shows -1: "
                                         "please count what is on the shelf.")
    line = next(s for s in desk.supplies.stock() if s.item == "Winter coat")
    assert desk.supplies.stock_history(line.id)[0].note == "There were two on the shelf"
    assert desk.supplies.requests() == []


def test_a_request_cancelled_with_delete(qtbot, desk, signals, house, on_dialog):
    desk.supplies.request(house["Amara"], kind_id(desk, "Phone"), "Prepaid phone", "", 1, "whenever")
    page = open_page(qtbot, desk, signals)
    seen = {}

    def cancel(dialog: CancelRequestDialog) -> None:
        seen["heading"] = dialog.heading_label.text()
        qtbot.keyClicks(dialog.reason_edit, "Her sister brought one")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    on_dialog(guarded(cancel), CancelRequestDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_Delete)
    assert seen["heading"] == "Amara no longer needs: Prepaid phone"
    assert page.message_label.text() == "The request of Amara was cancelled."
    assert page.requests_model.rowCount() == 0 and page.requests_empty.isVisible()
    [line] = desk.supplies.requests(open_only=False)
    assert (line.status, line.close_note) == ("cancelled", "Her sister brought one")
    page.show_combo.setCurrentIndex(1)
    assert page.requests_model.index(0, REQ_STATUS).data() == "Cancelled on 2026-01-05"


def test_food_handed_out_without_a_request(qtbot, desk, signals, house, on_dialog):
    food = kind_id(desk, "Food")
    desk.supplies.receive(food, "Pantry bag", "", 10, low_at=3)
    page = open_page(qtbot, desk, signals)
    seen = {}

    def food_bag(dialog: HandOutDialog) -> None:
        seen["keys"] = dialog.keys_label.text()
        type_text(dialog.resident_picker.lineEdit(), "Priya")
        qtbot.keyClick(dialog.resident_picker, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.kind_combo, "F")  # Food (pantry bags, formula)
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.item_edit, "pantry bag")
        qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.size_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Up)
        seen["shelf"] = dialog.stock_label.text()
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return, CTRL)

    on_dialog(guarded(food_bag), HandOutDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_H, CTRL | SHIFT)
    assert seen == {"keys": "Ctrl+Enter saves · Esc closes", "shelf": "10 in stock; 8 left after this."}
    assert page.message_label.text() == "Handed out 2 × pantry bag to Priya. 8 left in stock."
    assert page.tabs.currentIndex() == 1 and page.focusWidget() is page.handouts_table
    [handout] = desk.supplies.handouts()
    assert (handout.alias, handout.kind_name, handout.quantity, handout.request_id) == \
        ("Priya", "Food (pantry bags, formula)", 2, None)
    assert page.handouts_total.text() == "1 hand-out, 2 items"


def test_a_hand_out_for_a_resident_chosen_beforehand(qtbot, desk, house):
    """As her file and the Today board open it: she is chosen, the kind comes first."""
    dialog = show_active(qtbot, HandOutDialog(None, desk, resident_id=house["Rosa"]))
    assert dialog.resident_picker.resident_id() == house["Rosa"]
    assert dialog.focusWidget() is dialog.kind_combo
    dialog.reject()
    dialog = show_active(qtbot, RequestDialog(None, desk, resident_id=house["Amara"]))
    assert dialog.heading_label.text() == "What does Amara need?" and dialog.focusWidget() is dialog.kind_combo
    dialog.reject()


def test_more_of_an_item_with_enter_and_a_recount_that_needs_a_reason(qtbot, desk, signals, house, on_dialog):
    hygiene = kind_id(desk, "Hygiene")
    desk.supplies.receive(hygiene, "Toothpaste", "", 5, low_at=4)
    page = open_page(qtbot, desk, signals)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_S, ALT)
    seen = {}

    def more(dialog: ReceiveDialog) -> None:
        seen["filled"] = (dialog.kind_combo.currentText(), dialog.item_edit.text(), dialog.low_spin.value(),
                          dialog.keys_label.text())
        qtbot.keyClicks(dialog.quantity_spin, "12")  # the number is selected: typing replaces it
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)

    on_dialog(guarded(more), ReceiveDialog)
    qtbot.keyClick(page.stock_table, Qt.Key.Key_Return)
    assert seen["filled"] == ("Hygiene", "Toothpaste", 4, "Enter saves · Esc closes")
    assert page.message_label.text() == "12 × Toothpaste came in. 17 on the shelf now."

    def recount(dialog: RecountDialog) -> None:
        qtbot.keyClicks(dialog.count_spin, "15")
        qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Return)
        seen["refused"] = (dialog.isVisible(), shown_errors(dialog), dialog.focusWidget() is dialog.reason_edit)
        qtbot.keyClicks(dialog.reason_edit, "Two tubes were open")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    activate(qtbot, page)
    on_dialog(guarded(recount), RecountDialog)
    qtbot.keyClick(page.stock_table, Qt.Key.Key_C, ALT)  # Count again…
    qtbot.waitUntil(lambda: "refused" in seen and page.message_label.isVisible())
    assert seen["refused"] == (True, ["Please fill in the reason."], True)
    assert page.message_label.text() == "Toothpaste: 15 on the shelf now."
    assert stock_count(desk, "Toothpaste") == 15


# --- the list of kinds, asking before closing ----------------------------------------------------------

@pytest.mark.parametrize(("role", "shown"), [(Role.FRONT_DESK, False), (Role.HOUSE_MANAGER, True)])
def test_kinds_of_supplies_only_for_house_managers_and_directors(qtbot, desk, signals, role, shown):
    sign_in_as(desk, "pat", role)
    page = open_page(qtbot, desk, signals)
    assert page.kinds_button.isVisibleTo(page) is shown


def test_a_kind_added_and_one_taken_out_of_use(qtbot, desk, signals, on_dialog):
    page = open_page(qtbot, desk, signals)
    assert page.kinds_button.isVisible()
    seen = {}

    def name(dialog: KindNameDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "School supplies")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    def kinds(dialog: SupplyKindsDialog) -> None:
        on_dialog(guarded(name), KindNameDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
        seen["added"] = dialog.message_label.text()
        phone = dialog.model.row_of(kind_id(desk, "Phone"))
        dialog.table.selectRow(phone)
        activate(qtbot, dialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_T, ALT)  # Take out of use
        qtbot.waitUntil(lambda: "out of use" in dialog.message_label.text())
        seen["retired"] = dialog.message_label.text()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    on_dialog(guarded(kinds), SupplyKindsDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_K, ALT)  # the button's Alt letter presses it a moment later
    qtbot.waitUntil(lambda: "retired" in seen)
    assert seen == {"added": "School supplies was added.", "retired": "Phone is out of use now."}
    names = [k.name for k in desk.supplies.kinds()]
    assert "School supplies" in names and "Phone" not in names


def test_esc_asks_before_throwing_typed_text_away(qtbot, desk, house, monkeypatch):
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = show_active(qtbot, RequestDialog(None, desk, resident_id=house["Amara"]))
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert asked == [] and not dialog.isVisible()

    dialog = show_active(qtbot, RequestDialog(None, desk, resident_id=house["Amara"]))
    dialog.item_edit.setFocus()
    qtbot.keyClicks(dialog.item_edit, "Warm socks")
    qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Escape)
    assert asked == ["Close without saving? What you typed will be lost."]
    assert dialog.isVisible() and dialog.item_edit.text() == "Warm socks"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert desk.supplies.requests() == []

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = show_active(qtbot, HandOutDialog(None, desk, resident_id=house["Rosa"]))
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Up)  # a changed number counts as typed
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    dialog.reject()  # the screen lock closes it without asking
    assert len(asked) == 1 and not dialog.isVisible()


def test_the_keys_for_the_f1_list(qapp):
    rows = dict(shortcut_rows())
    assert rows["Ctrl+D"] == "Supplies: donations came in"
    assert rows["Alt+R / Alt+O / Alt+S"] == "Supplies: requests / handed out / stock"


def test_the_page_follows_changes_made_elsewhere(qtbot, desk, signals, house):
    page = open_page(qtbot, desk, signals)
    desk.supplies.request(house["Rosa"], kind_id(desk, "Shoes"), "Sneakers", "39", 1, "soon")
    qtbot.waitUntil(lambda: page.requests_model.rowCount() == 1)
    assert page.summary_label.text() == "1 request waiting"


def test_in_the_window_ctrl_5_then_the_lock_closes_a_half_typed_hand_out(qtbot, main_window, desk, house,
                                                                          on_dialog, monkeypatch):
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    desk.supplies.request(house["Amara"], kind_id(desk, "Hygiene"), "Shampoo", "", 1, "soon")
    qtbot.keyClick(main_window, Qt.Key.Key_5, CTRL)
    page = main_window.app_area.page_of(SuppliesPage)
    assert page.isVisible() and page.requests_model.rowCount() == 1
    qtbot.keyClick(main_window.app_area.navigation, Qt.Key.Key_Tab)  # the tabs
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Show: Waiting
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.requests_table

    def half_typed_then_lock(dialog: HandOutDialog) -> None:
        dialog.note_edit.setFocus()
        qtbot.keyClicks(dialog.note_edit, "She also asked for")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_L, CTRL)

    on_dialog(guarded(half_typed_then_lock), HandOutDialog)
    qtbot.keyClick(page.requests_table, Qt.Key.Key_Return)
    assert desk.locked and asked == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert main_window.app_area is None


# --- after the security review ---------------------------------------------------------------------

def test_a_recount_saves_the_count_and_the_mark_in_one_step(qtbot, desk, monkeypatch):
    hygiene = kind_id(desk, "Hygiene")
    stock_id = desk.supplies.receive(hygiene, "Soap", "", 10, low_at=2)
    stock = next(s for s in desk.supplies.stock() if s.id == stock_id)
    calls = []
    recount = desk.supplies.recount
    monkeypatch.setattr(desk.supplies, "recount", lambda *a, **k: (calls.append(("recount", a, k)), recount(*a, **k)))
    monkeypatch.setattr(desk.supplies, "set_low_at", lambda *a, **k: calls.append(("set_low_at", a, k)))

    dialog = show_active(qtbot, RecountDialog(None, desk, stock))
    qtbot.keyClicks(dialog.count_spin, "7")
    dialog.low_spin.setValue(4)
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Return)  # no reason: refused, nothing saved
    assert dialog.isVisible() and shown_errors(dialog) == ["Please fill in the reason."]
    line = next(s for s in desk.supplies.stock() if s.id == stock_id)
    assert (line.count, line.low_at) == (10, 2)
    qtbot.keyClicks(dialog.reason_edit, "Three were used in the bathrooms")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.message == "Soap: 7 on the shelf now. Warns at 4."
    assert [(name, k) for name, _a, k in calls] == [("recount", {"low_at": 4}), ("recount", {"low_at": 4})]
    line = next(s for s in desk.supplies.stock() if s.id == stock_id)
    assert (line.count, line.low_at) == (7, 4)

    calls.clear()  # only the mark: no reason needed, the count is left alone
    dialog = show_active(qtbot, RecountDialog(None, desk, line))
    dialog.low_spin.setValue(0)
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.message == "Soap: no low-stock warning."
    assert calls == [("set_low_at", (stock_id, 0), {})]


def test_donations_of_another_item_do_not_take_the_first_ones_mark(qtbot, desk):
    hygiene = kind_id(desk, "Hygiene")
    desk.supplies.receive(hygiene, "Toothpaste", "", 5, low_at=4)
    toothpaste = desk.supplies.stock()[0]
    dialog = show_active(qtbot, ReceiveDialog(None, desk, toothpaste))
    assert dialog.low_spin.value() == 4
    dialog.item_edit.setFocus()
    qtbot.keyClicks(dialog.item_edit, "brush")  # "Toothpastebrush": not on the list
    assert dialog.stock_label.text() == "New on the stock list." and dialog.low_spin.value() == 0
    dialog.item_edit.setText("Toothpaste")  # back to it: its own mark again
    assert dialog.low_spin.value() == 4
    dialog.item_edit.setText("Toothbrush")
    qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert {s.item: s.low_at for s in desk.supplies.stock()} == {"Toothpaste": 4, "Toothbrush": 0}

    dialog = show_active(qtbot, ReceiveDialog(None, desk))  # a mark typed is kept whatever the item
    qtbot.keyClicks(dialog.kind_combo, "Hy")
    dialog.item_edit.setText("Toothpaste")
    dialog.low_spin.setValue(9)
    dialog.item_edit.setText("Dental floss")
    assert dialog.low_spin.value() == 9
    dialog.reject()


def test_an_emptied_day_is_refused_not_taken_as_today(qtbot, desk, house):
    food = kind_id(desk, "Food")
    dialog = show_active(qtbot, HandOutDialog(None, desk, resident_id=house["Rosa"]))
    qtbot.keyClicks(dialog.kind_combo, "F")
    dialog.item_edit.setText("Pantry bag")
    dialog.day_edit.setFocus()
    dialog.day_edit.selectAll()
    qtbot.keyClick(dialog.day_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.day_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and shown_errors(dialog) == ["Please fill in the day."]
    assert dialog.focusWidget() is dialog.day_edit and dialog.item_edit.text() == "Pantry bag"
    assert desk.supplies.handouts() == []
    type_text(dialog.day_edit, "2026-01-04")
    qtbot.keyClick(dialog.day_edit, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    [handout] = desk.supplies.handouts()
    assert (handout.kind_id, str(handout.handed_on)) == (food, "2026-01-04")


def test_the_dialogs_always_say_who_is_chosen(qtbot, desk, house):
    dialog = show_active(qtbot, HandOutDialog(None, desk))
    assert dialog.heading_label.text() == "Hand something out"
    type_text(dialog.resident_picker.lineEdit(), "ros")
    assert dialog.heading_label.text() == "Hand out to Rosa"
    dialog.resident_picker.lineEdit().clear()
    type_text(dialog.resident_picker.lineEdit(), "nobody here")
    assert dialog.heading_label.text() == "Hand something out"
    qtbot.keyClicks(dialog.kind_combo, "F")
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and desk.supplies.handouts() == []
    assert shown_errors(dialog) == ["Choose who it is for: type part of her name or room, then pick her."]
    dialog.resident_picker.lineEdit().clear()
    type_text(dialog.resident_picker.lineEdit(), "Priya")
    assert dialog.heading_label.text() == "Hand out to Priya"
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible() and dialog.message.endswith("to Priya.")
    assert [h.resident_id for h in desk.supplies.handouts()] == [house["Priya"]]

    dialog = show_active(qtbot, RequestDialog(None, desk, resident_id=house["Amara"]))
    assert dialog.heading_label.text() == "What does Amara need?"
    dialog.resident_picker.lineEdit().clear()
    type_text(dialog.resident_picker.lineEdit(), "pri")
    assert dialog.heading_label.text() == "What does Priya need?"
    dialog.resident_picker.lineEdit().clear()
    assert dialog.heading_label.text() == "What does she need?"
    dialog.reject()


def test_typed_text_in_tooltips_is_never_markup(qtbot, desk, signals, house):
    desk.supplies.request(house["Rosa"], kind_id(desk, "Shoes"), "Sneakers", "39", 1, "soon",
                          note='<img src="x"> & <b>bold</b>')
    page = open_page(qtbot, desk, signals)
    tip = page.requests_model.index(0, 9).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "<p>&lt;img src=&quot;x&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>"
    assert page.requests_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "<p>Written down by Dana Director</p>"


def test_no_alt_letter_of_the_main_menus_and_none_twice(qtbot, desk, signals, house):
    import re

    from PySide6.QtWidgets import QAbstractButton

    def letters(widget) -> list[str]:  # noqa: ANN001
        found = [w.text() for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel)
                 if w.isVisibleTo(widget)]
        if widget is page:
            found += [page.tabs.tabText(i) for i in range(page.tabs.count())]
        return [m.group(1).upper() for text in found if (m := re.search(r"&([^&\s])", text))]

    page = open_page(qtbot, desk, signals)
    hygiene = kind_id(desk, "Hygiene")
    desk.supplies.receive(hygiene, "Soap", "", 3)
    stock = desk.supplies.stock()[0]
    desk.supplies.request(house["Rosa"], hygiene, "Soap", "", 1, "soon")
    request = desk.supplies.requests()[0]
    assert not {"F", "M", "H"} & set(letters(page))
    for dialog in (RequestDialog(None, desk), HandOutDialog(None, desk), HandOutDialog(None, desk, request=request),
                   ReceiveDialog(None, desk), RecountDialog(None, desk, stock),
                   CancelRequestDialog(None, desk, request)):
        shown = letters(show_active(qtbot, dialog))
        assert not {"F", "M", "H"} & set(shown), type(dialog).__name__
        assert len(shown) == len(set(shown)), (type(dialog).__name__, shown)
        dialog.reject()


def test_the_page_reads_nothing_while_hidden(qtbot, desk, signals, house, monkeypatch):
    page = open_page(qtbot, desk, signals)
    page.hide()
    reads = []
    requests = desk.supplies.requests
    monkeypatch.setattr(desk.supplies, "requests", lambda *a, **k: (reads.append(1), requests(*a, **k))[1])
    desk.supplies.request(house["Rosa"], kind_id(desk, "Shoes"), "Sneakers", "39", 1, "soon")
    qtbot.wait(400)
    assert reads == [] and page.requests_model.rowCount() == 0
    page.show()
    assert reads and page.requests_model.rowCount() == 1
    reads.clear()
    page.hide()
    page.show()  # nothing changed meanwhile: nothing read again
    assert reads == []


def test_only_the_newest_hand_outs_are_shown_without_a_total(qtbot, desk, signals, house, monkeypatch):
    import shelter_desk.gui.pages.supplies as supplies_page

    food = kind_id(desk, "Food")
    for alias in ("Amara", "Rosa"):
        desk.supplies.hand_out(house[alias], food, "Pantry bag")
    monkeypatch.setattr(supplies_page, "HANDOUTS_LIMIT", 3)
    page = open_page(qtbot, desk, signals)
    assert page.handouts_total.text() == "2 hand-outs, 2 items"
    monkeypatch.setattr(supplies_page, "HANDOUTS_LIMIT", 2)
    page.refresh_handouts()
    assert page.handouts_total.text() == "Showing the newest 2 hand-outs: choose fewer days to see them all."
    assert page.handouts_model.rowCount() == 2
