"""Safety-plan templates: the list, a new template, and the editor, driven from the keyboard on a real vault."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.plan_template_dialog import NewTemplateDialog, TemplateEditor, TemplatesDialog
from shelter_desk.gui.plans_model import HELP_ROLE, ITEM, SECTION
from tests.gui.admin_helpers import answer_questions
from tests.gui.conftest import activate, show_active
from tests.gui.resident_helpers import guarded, rooms, take_in, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def template_id(desk: Desk) -> int:
    return desk.plans.install_default_template()


def open_editor(qtbot, desk: Desk, template_id: int) -> TemplateEditor:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    editor = TemplateEditor(None, desk, template_id)
    show_active(qtbot, editor)
    editor.resize(980, 700)
    return editor


def outline(editor: TemplateEditor) -> list[tuple[str, list[str]]]:
    model = editor.model
    root = model.invisibleRootItem()
    return [(root.child(s).text(), [root.child(s).child(i).text() for i in range(root.child(s).rowCount())])
            for s in range(root.rowCount())]


def choose(editor: TemplateEditor, section: int, item: int | None = None) -> None:
    index = editor.model.index(section, 0)
    if item is not None:
        index = editor.model.index(item, 0, index)
    editor.tree.setCurrentIndex(index)
    editor.tree.setFocus()


def shown_errors(dialog) -> list[str]:  # noqa: ANN001
    return [label.text() for label in dialog.findChildren(QLabel, "errorLabel") if label.isVisible()]


def accelerators(window: QWidget) -> list[str]:
    """The Alt+letters of a dialog or page: its buttons (shown or not) and the labels with a buddy."""
    letters = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).upper())
    return letters


def assert_accelerators(window: QWidget) -> None:
    """Each Alt+letter once, and never F, M or H (the main window's menus)."""
    letters = accelerators(window)
    assert letters, "no accelerators at all"
    assert len(letters) == len(set(letters)), f"an Alt+letter is used twice: {sorted(letters)}"
    assert not set(letters) & {"F", "M", "H"}, f"a menu's letter: {sorted(letters)}"


# --- the editor ------------------------------------------------------------------------------------

def test_the_editor_reorders_adds_removes_and_saves_without_changing_a_plan(qtbot, desk, template_id, monkeypatch):
    resident = take_in(desk, "Amara", bed=rooms(desk, count=1, beds=2)[0])
    plan_id = desk.plans.start_plan(resident)
    before = desk.plans.open_plan(plan_id)
    editor = open_editor(qtbot, desk, template_id)
    start = outline(editor)
    assert [s for s, _ in start] == ["Safe places and people", "Children", "Go-bag and documents",
                                     "Protection order and evidence", "Digital safety", "Daily life"]
    assert editor.focusWidget() is editor.tree and "never changes plans already made" in editor.intro_label.text()

    # Ctrl+Down moves the first item down one; Ctrl+Up on the first item of a section moves it into the one before.
    first, second = start[0][1][0], start[0][1][1]
    choose(editor, 0, 0)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, CTRL)
    assert outline(editor)[0][1][:2] == [second, first]
    assert editor.item_edit.toPlainText() == first  # still the chosen one
    choose(editor, 1, 0)
    children_first = start[1][1][0]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, CTRL)
    assert outline(editor)[0][1][-1] == children_first and outline(editor)[1][1] == start[1][1][1:]
    # A section moves among sections, its items with it.
    choose(editor, 5)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, CTRL)
    assert [s for s, _ in outline(editor)][4:] == ["Daily life", "Digital safety"]
    assert outline(editor)[4][1] == start[5][1]

    # Insert adds an item after the chosen one; its words and help for staff are typed beside the tree.
    choose(editor, 1, 0)  # "School and day care..."
    qtbot.keyClick(editor.tree, Qt.Key.Key_Insert)
    assert editor.focusWidget() is editor.item_edit and editor.pane.heading.text() == "The chosen item"
    type_text(editor.item_edit, "Her children's school has a photo of the person she fears.")
    qtbot.keyClick(editor.item_edit, Qt.Key.Key_Return)  # Enter moves on to the help
    assert editor.focusWidget() is editor.help_edit
    type_text(editor.help_edit, "Only with her agreement; <b>the school</b> keeps it private.")
    assert outline(editor)[1][1][1] == "Her children's school has a photo of the person she fears."
    new_row = editor.model.index(1, 0, editor.model.index(1, 0))
    assert new_row.data(HELP_ROLE) == "Only with her agreement; <b>the school</b> keeps it private."
    assert "&lt;b&gt;" in new_row.data(Qt.ItemDataRole.ToolTipRole)  # typed text is never markup

    # Delete removes the chosen item, after a question.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    choose(editor, 3, 2)  # "Evidence is kept..."
    gone = outline(editor)[3][1][2]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Plans already made keep it" in asked[0] and "Evidence" in asked[0]
    assert gone not in outline(editor)[3][1]

    # F2 renames in place.
    choose(editor, 2)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    line_edit = QApplication.focusWidget()
    line_edit.selectAll()
    type_text(line_edit, "Go-bag")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.tree.state() != QAbstractItemView.State.EditingState)  # Qt commits a moment later
    assert outline(editor)[2][0] == "Go-bag" and editor.title_edit.text() == "Go-bag"

    expected = outline(editor)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible(), shown_errors(editor)
    saved = desk.plans.template(template_id)
    assert [(s.title, [i.text for i in s.items]) for s in saved.sections] == expected
    assert saved.sections[1].items[1].help_text == "Only with her agreement; <b>the school</b> keeps it private."
    assert saved.version == 2

    # Her plan is as it was; it can take in the new item on request.
    after = desk.plans.open_plan(plan_id)
    assert after.new_template_items == 1
    assert replace(after, new_template_items=0) == before
    assert desk.plans.add_new_template_items(plan_id, after.version) == 1
    pulled = desk.plans.open_plan(plan_id)
    new = [i for i in pulled.items if i.text.startswith("Her children's school")]
    assert len(new) == 1 and new[0].status == "not_started" and new[0].help_text.startswith("Only with")
    assert gone in [i.text for i in pulled.items]  # taken off the template, kept in her plan


def test_a_section_is_added_and_enter_renames_in_place(qtbot, desk, template_id, monkeypatch):
    editor = open_editor(qtbot, desk, template_id)
    choose(editor, 5, 1)  # the last item of the last section
    qtbot.keyClick(editor.tree, Qt.Key.Key_Insert, CTRL)  # a section after the chosen one's
    assert editor.focusWidget() is editor.title_edit and editor.pane.heading.text() == "The chosen section"
    type_text(editor.title_edit, "Immigration")
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Insert)  # an item in the new section
    type_text(editor.item_edit, "She knows her rights if asked for papers.")
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return)  # Enter renames in place
    line_edit = QApplication.focusWidget()
    line_edit.setText("She knows her rights if someone asks for her papers.")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.tree.state() != QAbstractItemView.State.EditingState)  # Qt commits a moment later
    assert outline(editor)[-1] == ("Immigration", ["She knows her rights if someone asks for her papers."])
    assert editor.item_edit.toPlainText() == "She knows her rights if someone asks for her papers."

    # An empty section is refused with a plain sentence, and chosen so it can be fixed.
    qtbot.keyClick(editor.tree, Qt.Key.Key_Insert, CTRL)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible() and shown_errors(editor) == ["Give every section a title, or remove the empty one."]
    assert editor.focusWidget() is editor.title_edit
    # An empty new section goes without a question (nothing was typed in it).
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert asked == [] and outline(editor)[-1][0] == "Immigration"
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible()
    assert desk.plans.template(template_id).sections[-1].title == "Immigration"


def test_a_save_after_someone_elses_is_refused_and_nothing_typed_is_lost(qtbot, desk, template_id):
    editor = open_editor(qtbot, desk, template_id)
    # Someone else, in another window, saves the template first.
    other = desk.plans.template(template_id)
    desk.plans.update_template(template_id, "Safety plan (adults)", other.description,
                               [s for s in editor.model.sections()], other.version)
    editor.description_edit.setFocus()
    editor.description_edit.selectAll()
    qtbot.keyClicks(editor.description_edit, "For adults on their own")
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible()
    [message] = shown_errors(editor)
    assert message.startswith("Someone else saved this template after you opened it")
    assert editor.description_edit.text() == "For adults on their own"
    assert desk.plans.template(template_id).name == "Safety plan (adults)"  # theirs kept
    assert "Save my version as a new template" in message and "“Safety plan (copy)”" in message

    # Keep it as a new template instead of making every change again by hand.
    typed = editor.model.sections()
    assert editor.copy_button.isVisible()
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_W, ALT)  # Save my version as a new template
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    assert editor.result() == TemplateEditor.DialogCode.Accepted and editor.saved_as == "Safety plan (copy)"
    copy = desk.plans.template(editor.template_id)
    assert copy.id != template_id and copy.name == "Safety plan (copy)" and copy.description == "For adults on their own"
    assert [(s.title, [i.text for i in s.items]) for s in copy.sections] == [
        (s.title, [i.text for i in s.items]) for s in typed]
    assert [i.help_text for s in copy.sections for i in s.items] == [i.help_text for s in typed for i in s.items]
    assert not copy.is_default and desk.plans.template(template_id).is_default
    assert desk.plans.template(template_id).name == "Safety plan (adults)"


def test_a_second_copy_gets_the_next_name(qtbot, desk, template_id):
    desk.plans.add_template("Safety plan (copy)", "")
    editor = open_editor(qtbot, desk, template_id)
    other = desk.plans.template(template_id)
    desk.plans.update_template(template_id, other.name, "Changed elsewhere", editor.model.sections(), other.version)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible() and editor.copy_button.isVisible()
    editor.copy_button.click()
    assert not editor.isVisible() and editor.saved_as == "Safety plan (copy 2)"
    assert desk.plans.template(editor.template_id).item_count == 16


def test_every_alt_letter_is_used_once_and_alt_d_adds_an_item(qtbot, desk, template_id):
    editor = open_editor(qtbot, desk, template_id)
    editor.copy_button.show()  # shown after a refused save: its letter counts too
    assert_accelerators(editor)
    editor.copy_button.hide()
    assert editor.add_item_button.text() == "A&dd an item"
    choose(editor, 0, 0)
    qtbot.keyClick(editor.tree, Qt.Key.Key_I, ALT)  # Alt+I: the item's words, nothing else
    assert editor.item_edit.hasFocus()
    count = editor.model.item(0).rowCount()
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_D, ALT)  # Alt+D: add an item after the chosen one
    qtbot.waitUntil(lambda: editor.model.item(0).rowCount() == count + 1, timeout=2000)
    assert editor.item_edit.hasFocus()
    editor.reject()
    listing = show_active(qtbot, TemplatesDialog(None, desk))
    assert_accelerators(listing)
    listing.reject()
    new = show_active(qtbot, NewTemplateDialog(None, desk, desk.plans.templates()))
    assert_accelerators(new)
    new.reject()


def test_esc_asks_before_throwing_edits_away(qtbot, desk, template_id, monkeypatch):
    editor = open_editor(qtbot, desk, template_id)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Escape)
    assert asked == [] and not editor.isVisible()  # nothing changed: closes at once

    editor = open_editor(qtbot, desk, template_id)
    choose(editor, 0, 0)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Escape)
    assert len(asked) == 1 and editor.isVisible()
    monkeypatch.undo()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not editor.isVisible()
    assert desk.plans.template(template_id).version == 1


def test_drag_and_drop_moves_only_sections_among_sections_and_items_into_sections(qtbot, desk, template_id):
    editor = open_editor(qtbot, desk, template_id)
    model = editor.model
    section, item = model.index(0, 0), model.index(0, 0, model.index(0, 0))
    assert model.kind(section) == SECTION and model.kind(item) == ITEM
    data = model.mimeData([item])
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, 0, 0, model.index(1, 0))  # into another section
    assert not model.canDropMimeData(data, move, 0, 0, section.parent())  # not among the sections
    assert not model.canDropMimeData(data, move, 0, 0, model.index(1, 0, model.index(1, 0)))  # not into an item
    data = model.mimeData([section])
    assert model.canDropMimeData(data, move, 3, 0, section.parent())
    assert not model.canDropMimeData(data, move, 0, 0, model.index(1, 0))
    assert model.dropMimeData(model.mimeData([item]), move, 0, 0, model.index(2, 0))
    assert isinstance(data, QMimeData)
    assert model.index(0, 0, model.index(2, 0)).data() == model.index(0, 0, model.index(0, 0)).data()


# --- the list of templates ----------------------------------------------------------------------------

def test_a_new_template_from_a_copy_then_default_and_retire(qtbot, desk, template_id, on_dialog):
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    dialog = show_active(qtbot, TemplatesDialog(None, desk))
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "Default"
    assert dialog.model.index(0, 3).data() == "16 items in 6 sections"
    assert not dialog.retire_button.isEnabled()  # the default cannot be retired
    seen = {}

    def fill(new: NewTemplateDialog) -> None:
        seen["start"] = new.start_combo.currentText()
        type_text(new.name_edit, "With children")
        qtbot.keyClick(new.name_edit, Qt.Key.Key_Return)  # Enter saves this short form

    def look(editor: TemplateEditor) -> None:
        seen["editor"] = editor.heading_label.text()
        editor.reject()

    on_dialog(guarded(fill), NewTemplateDialog)
    on_dialog(guarded(look), TemplateEditor)
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: "editor" in seen)
    assert seen == {"start": "A copy of Safety plan", "editor": "Template: With children"}
    names = [t.name for t in desk.plans.templates()]
    assert names == ["Safety plan", "With children"]
    assert desk.plans.templates()[1].item_count == 16
    assert dialog.selected().name == "With children"
    activate(qtbot, dialog)  # offscreen has no window manager to do it when the editor closes
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_D, ALT)  # Make default
    qtbot.waitUntil(lambda: desk.plans.templates()[0].name == "With children")
    assert dialog.message_label.text() == "New plans now start from With children."
    dialog.table.selectRow(dialog.model.row_of(template_id))
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, ALT)  # Retire the old one
    qtbot.waitUntil(lambda: not desk.plans.template(template_id).active)
    assert dialog.model.index(dialog.model.row_of(template_id), 2).data() == "No (retired)"
    assert dialog.retire_button.text() == "&Bring back"
    qtbot.keyClick(dialog.table, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: desk.plans.template(template_id).active)


def test_enter_in_the_list_opens_the_editor(qtbot, desk, template_id, on_dialog):
    dialog = show_active(qtbot, TemplatesDialog(None, desk))
    seen = {}

    def look(editor: TemplateEditor) -> None:
        seen["sections"] = editor.model.rowCount()
        editor.reject()

    on_dialog(guarded(look), TemplateEditor)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert seen == {"sections": 6} and dialog.isVisible()
