"""Her safety plan worked through from the keyboard: items, notes, save, a stale save, a review,
earlier versions, her printed copy, and the Safety plan tab of her file."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from shelter_desk.audit import Action
from shelter_desk.desk import Desk
from shelter_desk.gui import printing
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.pages.plans import StartPlanDialog
from shelter_desk.gui.pages.residents import ResidentsPage
from shelter_desk.gui.plan_dialog import PlanDialog, ReviewDialog, VersionDialog, VersionsDialog
from shelter_desk.gui.plan_items_model import COL_ITEM, COL_STATE, COL_WHEN
from shelter_desk.gui.resident_plan_tab import PlanTab
from shelter_desk.gui.resident_text import day_text
from shelter_desk.permissions import Role
from shelter_desk.services.plan_views import ItemChange, ItemInput, PlanEdit, SectionInput
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import (
    guarded,
    rooms,
    save_with_ctrl_enter,
    sign_in_as,
    take_in,
    type_text,
)
from tests.gui.test_plan_templates import assert_accelerators
from tests.unit.test_residents import assert_audit_clean, events

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LEGAL = "María Gonzalez"


@pytest.fixture
def rosa(desk: Desk) -> dict[str, int]:
    """Rosa, staying here, with a plan made from the default template."""
    beds = rooms(desk, 1, 3)
    resident = take_in(desk, "Rosa", bed=beds[0], legal_name=LEGAL)
    assert desk.plans.install_default_template() is not None
    return {"resident": resident, "plan": desk.plans.start_plan(resident), "bed": beds[1]}


def open_dialog(qtbot, desk: Desk, plan_id: int) -> PlanDialog:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    dialog = PlanDialog(None, desk, plan_id)
    show_active(qtbot, dialog)
    qtbot.waitUntil(dialog.items_view.hasFocus, timeout=2000)
    return dialog


def current_text(dialog: PlanDialog) -> str:
    return dialog.items_view.currentIndex().siblingAtColumn(COL_ITEM).data()


def write_note(qtbot, dialog: PlanDialog, note: str) -> None:  # noqa: ANN001
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_Return)  # Enter: to the item's note
    assert dialog.note_box.hasFocus()
    type_text(dialog.note_box, note)
    qtbot.keyClick(dialog.note_box, Qt.Key.Key_Return)  # Enter: back to the list
    assert dialog.items_view.hasFocus()


def test_half_the_plan_completed_from_the_keyboard(qtbot, desk, rosa, on_dialog):
    plan = desk.plans.open_plan(rosa["plan"])
    texts = [i.text for i in plan.items]
    half = len(texts) // 2
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    assert dialog.heading_label.text() == "Safety plan for Rosa"
    assert LEGAL not in dialog.heading_label.text()
    assert f"Next review: {day_text(desk.today() + timedelta(days=30))} (due in 30 days)" \
        in dialog.review_label.text()
    assert dialog.progress_label.text() == f"Progress: 0 of {len(texts)} items done"
    assert not dialog.add_items_button.isVisible()  # nothing new in the template

    view = dialog.items_view
    assert current_text(dialog) == texts[0]
    assert dialog.help_label.text() == plan.items[0].help_text  # the staff help of the chosen item
    for n in range(half):  # Done, Done, ... each one then Down (the arrows step over section titles)
        assert current_text(dialog) == texts[n]
        qtbot.keyClick(view, Qt.Key.Key_3)
        if n == 1:
            write_note(qtbot, dialog, "Her sister Ana, number on paper")
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_2)  # In progress
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_4)  # Not applicable
    write_note(qtbot, dialog, "No car")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(3):  # Space steps: In progress, Done, Not applicable
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.currentIndex().siblingAtColumn(COL_STATE).data() == "– Not applicable"
    qtbot.keyClick(view, Qt.Key.Key_1)  # and back: Not started
    assert dialog.progress_label.text() == f"Progress: {half} of {len(texts) - 1} items done · 1 does not apply"
    changed = dialog.model.first_item().siblingAtColumn(COL_WHEN)
    assert changed.data() == day_text(desk.today()) and "not saved yet" in changed.data(Qt.ItemDataRole.ToolTipRole)

    # Esc asks before throwing the changes away (here: No, keep them).
    asked: dict[str, str] = {}

    def keep(box: QMessageBox) -> None:
        asked["text"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    on_dialog(guarded(keep), QMessageBox)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert "What you typed will be lost" in asked["text"] and dialog.isVisible()
    activate(qtbot, dialog)

    # The plan's own fields, each reached by its key.
    qtbot.keyClick(view, Qt.Key.Key_C, ALT)
    assert dialog.concern_edit.hasFocus()
    type_text(dialog.concern_edit, "He knows the bus she takes <b>to work</b>.")
    qtbot.keyClick(dialog.concern_edit, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(dialog.with_her_check.isChecked, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_Y, ALT)
    assert dialog.every_spin.hasFocus()
    dialog.every_spin.selectAll()
    qtbot.keyClicks(dialog.every_spin, "14")
    save_with_ctrl_enter(qtbot, dialog, dialog.every_spin)
    assert dialog.result() == PlanDialog.DialogCode.Accepted

    saved = desk.plans.open_plan(rosa["plan"])
    assert saved.version == plan.version + 1
    assert saved.progress == (half, len(texts) - 1)
    assert [i.status for i in saved.items[:half]] == ["done"] * half
    assert saved.items[half].status == "in_progress"
    assert (saved.items[half + 1].status, saved.items[half + 1].note) == ("not_applicable", "No car")
    assert saved.items[1].note == "Her sister Ana, number on paper"
    assert saved.items[half + 2].status == "not_started"
    assert all(i.status_by == "Dana Director" and i.status_on == desk.today() for i in saved.items[:half + 2])
    assert saved.main_concern == "He knows the bus she takes <b>to work</b>."
    assert saved.developed_with_resident and saved.review_every_days == 14
    assert saved.next_review_on == desk.today() + timedelta(days=14)
    assert_audit_clean(desk, "Ana, number", "No car", "bus she takes")


def test_a_stale_save_keeps_what_was_typed_and_reloads_over_the_newer_plan(qtbot, desk, rosa):
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    view = dialog.items_view
    qtbot.keyClick(view, Qt.Key.Key_3)
    write_note(qtbot, dialog, "Route to the library")
    qtbot.keyClick(view, Qt.Key.Key_W, ALT)
    type_text(dialog.signs_edit, "His friend at the corner shop")

    # Meanwhile someone saves the same plan from another window.
    other = desk.plans.open_plan(rosa["plan"])
    desk.plans.save_plan(rosa["plan"], PlanEdit(main_concern="Saved in the office", review_every_days=30, items=[
        ItemChange(other.items[0].id, "in_progress", "Started in the office"),
        ItemChange(other.items[1].id, "done")]), other.version)

    qtbot.keyClick(dialog.signs_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()  # refused: nothing closed, nothing lost
    assert "Someone else changed this record after you opened it" in dialog.message_label.text()
    assert dialog.signs_edit.toPlainText() == "His friend at the corner shop"
    first = dialog.model.items()[0]
    assert (first.status, first.note) == ("done", "Route to the library")
    assert desk.plans.open_plan(rosa["plan"]).items[0].status == "in_progress"  # the office's, untouched

    assert dialog.reload_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)  # Reload the plan, keeping what I typed
    qtbot.waitUntil(lambda: dialog.concern_edit.toPlainText() == "Saved in the office", timeout=2000)
    assert dialog.signs_edit.toPlainText() == "His friend at the corner shop"
    first, second = dialog.model.items()[:2]
    assert (first.status, first.note) == ("done", "Route to the library")  # both changed it: hers kept, marked
    assert first.conflict and dialog.model.first_item().siblingAtColumn(COL_STATE).data() == "☑ Done (check)"
    assert dialog.note_box.toPlainText() == "Route to the library"  # the chosen item's note, as typed here
    assert second.status == "done" and not second.conflict  # changed only in the office: shown
    assert "one thing you changed was also changed by someone else" in dialog.message_label.text()
    save_with_ctrl_enter(qtbot, dialog, dialog.items_view)
    stored = desk.plans.open_plan(rosa["plan"])
    assert stored.main_concern == "Saved in the office"
    assert stored.warning_signs == "His friend at the corner shop"
    assert (stored.items[0].status, stored.items[0].note) == ("done", "Route to the library")
    assert stored.items[1].status == "done"


def test_a_review_takes_the_plan_off_the_overdue_list(qtbot, desk, clock, rosa, on_dialog):
    clock.advance(days=31)
    desk.auth.lock()  # a new day, a new sign-in
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    due = desk.plans.reviews_due()
    assert [(r.plan_id, r.overdue) for r in due] == [(rosa["plan"], True)]

    dialog = open_dialog(qtbot, desk, rosa["plan"])
    assert "(overdue by 1 day)" in dialog.review_label.text()
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_3)  # a change not saved yet: asked to save it first
    seen: dict[str, object] = {}

    def save_first(box: QMessageBox) -> None:
        seen["asked"] = box.text()
        box.button(QMessageBox.StandardButton.Save).click()

    def review(review_dialog: ReviewDialog) -> None:
        seen["next"] = review_dialog.next_edit.text()
        qtbot.keyClick(review_dialog.what_edit, Qt.Key.Key_Return, CTRL)  # nothing written: refused
        assert review_dialog.isVisible()
        seen["refused"] = review_dialog.what_error.text()
        type_text(review_dialog.what_edit, "Went through the go-bag with her.")
        save_with_ctrl_enter(qtbot, review_dialog, review_dialog.what_edit)

    on_dialog(guarded(save_first), QMessageBox)
    on_dialog(guarded(review), ReviewDialog)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "The review was recorded" in dialog.message_label.text(), timeout=5000)
    assert "not saved yet" in str(seen["asked"])
    assert seen["next"] == day_text(desk.today() + timedelta(days=30))
    assert "what changed" in str(seen["refused"]).lower()
    assert "(due in 30 days)" in dialog.review_label.text()
    assert dialog.saved_something

    stored = desk.plans.open_plan(rosa["plan"])
    assert stored.items[0].status == "done"
    assert stored.reviews[0].what_changed == "Went through the go-bag with her."
    assert stored.next_review_on == desk.today() + timedelta(days=30) and not stored.overdue
    assert desk.plans.reviews_due() == []
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_Escape)  # nothing typed since: closes, and counts as saved
    assert not dialog.isVisible()
    assert dialog.result() == PlanDialog.DialogCode.Accepted


def someone_saves(desk: Desk, plan_id: int, concern: str = "Saved in the office") -> None:
    """Another window saves the same plan (its first item done, the concern written)."""
    other = desk.plans.open_plan(plan_id)
    desk.plans.save_plan(plan_id, PlanEdit(main_concern=concern, review_every_days=other.review_every_days,
                                           items=[ItemChange(other.items[0].id, "done")]), other.version)


def test_a_review_after_someone_elses_save_is_recorded_on_the_newer_version(qtbot, desk, rosa, on_dialog,
                                                                             monkeypatch):
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    seen: dict[str, object] = {}

    def review(review_dialog: ReviewDialog) -> None:
        someone_saves(desk, rosa["plan"])  # while she talks it through, the office saves the plan
        type_text(review_dialog.what_edit, "Went through her phone safety.")
        save_with_ctrl_enter(qtbot, review_dialog, review_dialog.what_edit)  # recorded all the same
        seen["done"] = True

    on_dialog(guarded(review), ReviewDialog)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    qtbot.waitUntil(lambda: "recorded on the newer version" in dialog.message_label.text(), timeout=3000)
    assert dialog.message_label.text().startswith(
        "Someone saved this plan meanwhile; your review was recorded on the newer version. Next review:")
    stored = desk.plans.open_plan(rosa["plan"])
    assert stored.reviews[0].what_changed == "Went through her phone safety."
    assert stored.main_concern == "Saved in the office" and stored.items[0].status == "done"  # theirs kept
    assert dialog.concern_edit.toPlainText() == "Saved in the office"  # the plan window shows the newer plan
    assert dialog.version == stored.version

    # Refused again on the newer version too (someone saves each time): said plainly, what was typed stays.
    record = desk.plans.record_review

    def busy_office(plan_id: int, what: str, version: int, next_due=None) -> int:  # noqa: ANN001
        someone_saves(desk, plan_id, concern=f"Saved again {version}")
        return record(plan_id, what, version, next_due=next_due)

    review_dialog = ReviewDialog(None, desk, stored, stored.version)
    show_active(qtbot, review_dialog)
    monkeypatch.setattr(desk.plans, "record_review", busy_office)
    type_text(review_dialog.what_edit, "Second review.")
    qtbot.keyClick(review_dialog.what_edit, Qt.Key.Key_Return, CTRL)
    monkeypatch.undo()
    assert review_dialog.isVisible() and review_dialog.notice == ""
    assert "Someone else changed this record after you opened it" in review_dialog.message_label.text()
    assert review_dialog.what_edit.toPlainText() == "Second review."
    assert [r.what_changed for r in desk.plans.open_plan(rosa["plan"]).reviews] == ["Went through her phone safety."]
    review_dialog.reject()


def test_new_template_items_after_someone_elses_save_offer_the_reload(qtbot, desk, rosa):
    add_template_item(desk, "A neighbour knows to call 911 when she hears shouting.")
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    assert not dialog.reload_button.isVisible()
    someone_saves(desk, rosa["plan"])
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_A, ALT)  # Add new template items: refused, the plan changed
    qtbot.waitUntil(dialog.reload_button.isVisible, timeout=3000)
    text = dialog.message_label.text()
    assert "Someone else changed this record after you opened it" in text
    assert "Reload the plan, keeping what I typed" in text
    qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)  # Reload the plan
    qtbot.waitUntil(lambda: dialog.concern_edit.toPlainText() == "Saved in the office", timeout=2000)
    assert not dialog.reload_button.isVisible()
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "1 new item was added to her plan." in dialog.message_label.text(), timeout=3000)
    stored = desk.plans.open_plan(rosa["plan"])
    assert stored.items[-1].text == "A neighbour knows to call 911 when she hears shouting."
    assert stored.main_concern == "Saved in the office"


def test_earlier_versions_are_listed_and_one_is_opened(qtbot, desk, rosa, on_dialog):
    plan = desk.plans.open_plan(rosa["plan"])
    first_item = plan.items[0]
    desk.plans.save_plan(rosa["plan"], PlanEdit(main_concern="First concern"), plan.version)
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    seen: dict[str, object] = {}

    def versions(listing: VersionsDialog) -> None:
        model = listing.model
        seen["rows"] = [[model.index(r, c).data() for c in (0, 2, 3)] for r in range(model.rowCount())]
        on_dialog(guarded(one_version), VersionDialog)
        qtbot.keyClick(listing.table, Qt.Key.Key_Down)  # the first version: as the plan was made
        qtbot.keyClick(listing.table, Qt.Key.Key_Return)

    def one_version(version: VersionDialog) -> None:
        seen["text"] = version.pane.toPlainText()
        version.reject()
        listing = QApplication.activeModalWidget()
        if isinstance(listing, VersionsDialog):
            listing.reject()
        seen["done"] = True

    on_dialog(guarded(versions), VersionsDialog)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["rows"] == [["2", "Dana Director", "Saved"], ["1", "Dana Director", "Plan made"]]
    text = str(seen["text"])
    assert first_item.text in text and "Not started" in text
    assert "First concern" not in text  # version 1: before the concern was written
    viewed = events(desk, Action.PLAN_VERSION_VIEWED)
    assert len(viewed) == 1 and "version 1" in viewed[0].summary

    # The screen lock closes the plan without asking, even with changes typed.
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_3)
    desk.auth.lock()
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == PlanDialog.DialogCode.Rejected


def add_template_item(desk: Desk, text: str) -> None:
    """The house manager adds an item to the default template's last section (plans already made keep theirs)."""
    template = desk.plans.templates()[0]
    sections = [SectionInput(s.title, [ItemInput(i.text, i.help_text, i.id) for i in s.items], s.id)
                for s in template.sections]
    sections[-1].items.append(ItemInput(text, "Only if she wants."))
    desk.plans.update_template(template.id, template.name, template.description, sections, template.version)


def test_items_added_to_the_template_later_are_pulled_in_on_request(qtbot, desk, rosa):
    add_template_item(desk, "A neighbour knows to call 911 when she hears shouting.")
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    assert dialog.add_items_button.isVisible() and dialog.add_items_button.text() == "&Add new template items (1)"
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "1 new item was added to her plan." in dialog.message_label.text(), timeout=3000)
    assert not dialog.add_items_button.isVisible()
    assert dialog.model.items()[-1].info.text == "A neighbour knows to call 911 when she hears shouting."
    assert desk.plans.open_plan(rosa["plan"]).items[-1].status == "not_started"


def pdf_pages(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_her_copy_is_printed_after_the_warning(qtbot, desk, rosa, on_dialog, monkeypatch):
    plan = desk.plans.open_plan(rosa["plan"])
    desk.plans.save_plan(rosa["plan"], PlanEdit(main_concern="He knows the bus she takes.", items=[
        ItemChange(i.id, "done", "Kept at her sister's") for i in plan.items[:2]]), plan.version)
    printed: list[bytes] = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, pdf, title: printed.append(pdf) or True)
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    # By the note field: her notes are on her copy (the staff help is not).
    assert dialog.printed_hint.isVisible() and dialog.printed_hint.text() == "Printed on her copy"
    assert dialog.note_box.accessibleDescription() == "Printed on her copy"
    assert dialog.help_heading.text() == "For staff (not printed)"
    warned: dict[str, object] = {}

    def decline(box: QMessageBox) -> None:
        warned["text"] = box.text()
        warned["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.No).click()

    on_dialog(guarded(decline), QMessageBox)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: "text" in warned, timeout=3000)
    assert "This paper is itself sensitive: it shows her plan." in str(warned["text"])
    assert "Her notes on each item are printed; staff help is not." in str(warned["text"])
    assert warned["default"] is True  # No is the default answer
    assert printed == [] and events(desk, Action.PLAN_PRINTED) == []

    activate(qtbot, dialog)
    on_dialog(guarded(lambda box: box.button(QMessageBox.StandardButton.Yes).click()), QMessageBox)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.message_label.text(), timeout=2000)
    assert len(events(desk, Action.PLAN_PRINTED)) == 1

    pages = pdf_pages(printed[0])
    assert len(pages) == 1 + len(plan.sections)  # the first page, then one page per section
    everything = "\n".join(pages)
    assert "Safety plan for Rosa" in pages[0] and "He knows the bus she takes." in pages[0]
    assert LEGAL not in everything and "María" not in everything
    assert SHELTER not in everything and "Dana" not in everything
    helps = [i.help_text for i in plan.items if i.help_text]
    assert helps and not any(" ".join(h.split())[:40] in everything for h in helps)
    for page, section in zip(pages[1:], plan.sections, strict=True):
        assert section.title in page
        assert all(" ".join(i.text.split())[:30] in page for i in section.items)
    assert "☑" in pages[1] and "Kept at her sister's" in pages[1]
    assert "CONFIDENTIAL" in pages[0] and f"Page 1 of {len(pages)}" in pages[0]

    saved: list[bytes] = []
    monkeypatch.setattr(printing, "save_pdf", lambda parent, pdf, name: saved.append(pdf) or None)
    activate(qtbot, dialog)

    def save_anyway(box: QMessageBox) -> None:
        warned["pdf"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    on_dialog(guarded(save_anyway), QMessageBox)
    qtbot.keyClick(dialog.items_view, Qt.Key.Key_V, ALT)  # Save as PDF for her: warned about the copy too
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert len(events(desk, Action.PLAN_PRINTED)) == 2
    pdf_warning = str(warned["pdf"])
    assert "a copy outside the protected vault" in pdf_warning
    assert ("save it only on her own USB stick or phone, never on this computer's Documents folder, and delete any "
            "copy left here") in pdf_warning
    assert "Her notes on each item are printed; staff help is not." in pdf_warning
    for pdf in (printed[0], saved[0]):  # nothing in the file's properties says where it came from
        properties = pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}
        words = " ".join(str(value) for value in properties.values())
        assert "Shelter Desk" not in words and "ReportLab" not in words and SHELTER not in words
        assert not properties.get("/Author") and not properties.get("/Creator") and not properties.get("/Producer")


# --- her file's Safety plan tab ---------------------------------------------------------------------

@pytest.fixture
def open_file(qtbot, desk: Desk) -> Iterator[Callable[[int], ResidentsPage]]:  # noqa: ANN001
    made: list[DeskSignals] = []

    def open_(resident_id: int) -> ResidentsPage:
        apply_look(QApplication.instance())  # type: ignore[arg-type]
        signals = DeskSignals(desk)
        made.append(signals)
        page = show_active(qtbot, ResidentsPage(desk, signals))
        page.open_resident(resident_id)
        return page

    yield open_
    for signals in made:
        signals.stop()


def plan_tab(view) -> PlanTab:  # noqa: ANN001
    tab = getattr(view, "plan_tab", None)
    if tab is None:  # (until the file view has the tab itself)
        tab = PlanTab(view)
        view.plan_tab = tab
        view.tabs.addTab(tab, "Safety plan")
    return tab


def test_the_tab_reads_her_plan_only_when_shown_and_makes_one(qtbot, desk, rosa, open_file, on_dialog):
    ana = take_in(desk, "Ana", bed=rosa["bed"])
    page = open_file(rosa["resident"])
    view = page.file_view
    tab = plan_tab(view)
    opened = len(events(desk, Action.PLAN_OPENED))
    view.reload()  # the tab is not shown: her plan is not read
    assert len(events(desk, Action.PLAN_OPENED)) == opened
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.plan is not None, timeout=2000)
    assert len(events(desk, Action.PLAN_OPENED)) == opened + 1
    assert "0 of 16 items done" in tab.progress_value.text()
    assert "(due in 30 days)" in tab.next_value.text()
    assert tab.open_button.isVisible() and tab.review_button.isVisible() and not tab.make_button.isVisible()

    seen: dict[str, object] = {}

    def review(dialog: ReviewDialog) -> None:
        type_text(dialog.what_edit, "First review.")
        save_with_ctrl_enter(qtbot, dialog, dialog.what_edit)
        seen["reviewed"] = True

    on_dialog(guarded(review), ReviewDialog)
    qtbot.keyClick(view, Qt.Key.Key_V, ALT)  # Record a review
    qtbot.waitUntil(lambda: tab.reviews_model.rowCount() == 1, timeout=5000)
    assert tab.reviews_model.index(0, 2).data() == "First review."
    assert "by Dana Director" in tab.last_value.text()

    def opened_rosa(dialog: PlanDialog) -> None:
        seen["rosa"] = dialog.heading_label.text()
        dialog.reject()

    activate(qtbot, page)
    tab.reviews_table.setFocus()
    on_dialog(guarded(opened_rosa), PlanDialog)
    qtbot.keyClick(tab.reviews_table, Qt.Key.Key_Return)  # Enter in the tab opens her plan
    qtbot.waitUntil(lambda: "rosa" in seen, timeout=5000)
    assert seen["rosa"] == "Safety plan for Rosa"

    # Ana has no plan: make one from the default template, then it opens.
    page.open_resident(ana)
    view = page.file_view
    tab = plan_tab(view)
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.make_button.isVisible, timeout=2000)
    activate(qtbot, page)

    def start(dialog: StartPlanDialog) -> None:
        seen["template"] = dialog.template_combo.currentText()
        qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Return)  # Enter makes it

    def opened_plan(dialog: PlanDialog) -> None:
        seen["heading"] = dialog.heading_label.text()
        dialog.reject()

    on_dialog(guarded(start), StartPlanDialog)
    on_dialog(guarded(opened_plan), PlanDialog)
    qtbot.keyClick(view, Qt.Key.Key_Y, ALT)  # Make her safety plan
    qtbot.waitUntil(lambda: "heading" in seen, timeout=5000)
    assert seen["template"] == "Safety plan (default) · 16 items in 6 sections"
    assert seen["heading"] == "Safety plan for Ana"
    qtbot.waitUntil(lambda: tab.plan is not None, timeout=2000)
    assert desk.plans.plan_of(ana) is not None and tab.open_button.isVisible()


def test_front_desk_sees_no_template_name_on_her_plan_or_in_her_file(qtbot, desk, rosa, open_file):
    ana = take_in(desk, "Ana", bed=rosa["bed"])
    trafficking = desk.plans.add_template("Trafficking-specific", "", copy_from=desk.plans.templates()[0].id)
    plan_id = desk.plans.start_plan(ana, trafficking)
    made = f"by Dana Director on {day_text(desk.today())}"

    dialog = open_dialog(qtbot, desk, plan_id)  # the director keeps the templates: she sees the name
    assert dialog.about_label.text() == f"From the template “Trafficking-specific” · made {made}"
    dialog.reject()
    page = open_file(ana)
    tab = plan_tab(page.file_view)
    page.file_view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.plan is not None, timeout=2000)
    assert tab.template_value.text() == f"Trafficking-specific · made {made}"

    sign_in_as(desk, "frontdesk", Role.FRONT_DESK)
    dialog = open_dialog(qtbot, desk, plan_id)
    assert dialog.about_label.text() == f"Made {made}"
    assert not [label.text() for label in dialog.findChildren(QLabel) if "Trafficking" in label.text()]
    dialog.reject()
    page = open_file(ana)
    tab = plan_tab(page.file_view)
    page.file_view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.plan is not None, timeout=2000)
    assert tab.template_value.text() == f"By Dana Director on {day_text(desk.today())}"
    assert not [label.text() for label in tab.findChildren(QLabel) if "Trafficking" in label.text()]
    assert "Template" not in [label.text() for label in tab.findChildren(QLabel)]


def test_every_alt_letter_is_used_once_on_each_plan_window(qtbot, desk, rosa):
    plan = desk.plans.open_plan(rosa["plan"])
    dialog = open_dialog(qtbot, desk, rosa["plan"])
    assert_accelerators(dialog)  # the buttons shown only at times (reload, new template items) count too
    dialog.reject()
    ana = take_in(desk, "Ana", bed=rosa["bed"])
    for window in (ReviewDialog(None, desk, plan, plan.version), VersionsDialog(None, desk, plan),
                   StartPlanDialog(None, desk, ana, "Ana")):
        show_active(qtbot, window)
        assert_accelerators(window)
        window.reject()
