"""What the screen lets out: copies on the clipboard, window titles, names read as markup, legal names.

- A copy from a resident screen is plain text marked to stay out of clipboard history and
  cloud sync, and it is gone from the clipboard after a lock, a sign-out or closing the window.
- No top-level window title carries her name (titles reach Alt+Tab, screen readers, recorders).
- A name typed as ``<b>x</b><img …>`` is shown as those characters, never as markup.
- A shown legal name is hidden again when the file is left for another screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from shelter_desk.desk import Desk
from shelter_desk.gui.bed_dialogs import MoveDialog
from shelter_desk.gui.history_dialog import HistoryDialog
from shelter_desk.gui.main_window import MainWindow
from shelter_desk.gui.merge_dialog import MergeDialog
from shelter_desk.gui.pages.beds import BedsPage
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.gui.resident_dialogs import (
    EditDetailsDialog,
    ExitDialog,
    IntakeDialog,
    StayDialog,
)
from shelter_desk.gui.session import SENSITIVE_MARK
from tests.gui.conftest import activate, make_window
from tests.gui.resident_helpers import guarded, rooms, take_in, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NAME = "Xiomara Quill"
MARKUP = '<b>x</b><img src="file:///etc/hosts">'


def clipboard_text() -> str:
    return QApplication.clipboard().text()


def assert_sensitive_copy(text: str) -> None:
    """On the clipboard: exactly ``text``, plain, with the hints that keep it out of history."""
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == text
    assert mime.hasFormat(SENSITIVE_MARK)
    assert bytes(mime.data("CanIncludeInClipboardHistory").data()) == b"\0\0\0\0"  # Windows: not in Win+V
    assert bytes(mime.data("CanUploadToCloudClipboard").data()) == b"\0\0\0\0"
    assert mime.hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert not mime.hasHtml()  # no formatted copy of the file


@pytest.fixture
def rosa_window(qtbot, desk: Desk) -> tuple[MainWindow, int]:  # noqa: ANN001
    beds = rooms(desk, count=1, beds=3)
    rosa = take_in(desk, NAME, bed=beds[0], legal_name="María Gonzalez", intake=desk.today() - timedelta(days=9),
                   watch_for="A grey van, plate ABC 123")
    window = make_window(qtbot, desk)
    yield window, rosa
    window.session.stop()


def open_her_file(window: MainWindow, resident_id: int):  # noqa: ANN201
    window.open_resident(resident_id)
    return window.residents_page.file_view


# --- the clipboard ---------------------------------------------------------------------------------

def test_a_copy_from_her_file_is_marked_and_gone_after_the_lock(qtbot, desk, rosa_window):
    window, rosa = rosa_window
    pane = open_her_file(window, rosa).details_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(pane, Qt.Key.Key_C, CTRL)
    assert NAME in clipboard_text()
    assert_sensitive_copy(pane.toPlainText())
    qtbot.keyClick(pane, Qt.Key.Key_L, CTRL)  # lock the screen
    assert desk.locked
    assert clipboard_text() == ""
    mime = QApplication.clipboard().mimeData()
    assert mime is None or not mime.formats()


def test_copies_from_lists_labels_and_fields_are_sensitive_too(qtbot, desk, rosa_window, on_dialog):
    window, rosa = rosa_window
    # The residents list: Ctrl+C copies the chosen cell, her name.
    window.app_area.go_to(1)
    page = window.residents_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, CTRL)
    assert_sensitive_copy(NAME)
    QApplication.clipboard().clear()

    # Today's "People to watch for": selected with the mouse, copied with Ctrl+C.
    window.app_area.go_to(0)
    label = window.today_page.watch_label
    label.setSelection(0, 5)
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_C, CTRL)
    assert clipboard_text() == label.selectedText() and clipboard_text()
    assert_sensitive_copy(label.selectedText())

    # The legal name, shown in the edit form: Ctrl+C, and the right-click menu's Copy.
    view = open_her_file(window, rosa)
    seen: dict[str, object] = {}

    def edit(dialog: EditDetailsDialog) -> None:
        person = dialog.person
        person.legal_button.click()
        field = person.legal_edit
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_C, CTRL)
        seen["ctrl_c"] = QApplication.clipboard().mimeData().hasFormat(SENSITIVE_MARK)
        QApplication.clipboard().clear()
        pick_from_context_menu(field, "edit-copy")
        seen["menu"] = (clipboard_text(), QApplication.clipboard().mimeData().hasFormat(SENSITIVE_MARK))
        dialog.reject()

    on_dialog(guarded(edit), EditDetailsDialog)
    view.edit_button.click()
    assert seen == {"ctrl_c": True, "menu": ("María Gonzalez", True)}


def pick_from_context_menu(widget: QWidget, action_name: str) -> None:
    """Open the widget's right-click menu and choose the action with this object name."""
    tries = {"left": 200}

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            action = next(a for a in menu.actions() if a.objectName() == action_name)
            action.trigger()
            menu.close()
        elif tries["left"]:
            tries["left"] -= 1
            QTimer.singleShot(10, choose)

    QTimer.singleShot(0, choose)
    centre = widget.rect().center()
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                                                     widget.mapToGlobal(centre)))


@pytest.mark.parametrize("leave", ["sign_out", "close"])
def test_signing_out_or_closing_empties_the_clipboard(qtbot, rosa_window, leave):
    window, rosa = rosa_window
    pane = open_her_file(window, rosa).details_pane
    pane.selectAll()
    pane.copy()
    assert NAME in clipboard_text()
    window.sign_out() if leave == "sign_out" else window.close()
    assert clipboard_text() == ""


def test_a_copy_of_something_else_is_left_alone_on_lock(qtbot, desk, rosa_window):
    """Only what Shelter Desk put there is cleared (offscreen never reports owning the clipboard)."""
    window, _rosa = rosa_window
    QApplication.clipboard().setText("a phone number from another program")
    window.lock(reason="test")
    assert clipboard_text() == "a phone number from another program"


# --- window titles ---------------------------------------------------------------------------------

def titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_no_window_title_names_her(qtbot, desk, rosa_window, on_dialog):
    window, rosa = rosa_window
    other = take_in(desk, "Xiomara Q.", intake=desk.today() - timedelta(days=90))
    stay = desk.residents.open_file(other).current_stay
    desk.residents.record_exit(stay.id, desk.today() - timedelta(days=60), 313, "")
    view = open_her_file(window, rosa)
    seen: list[tuple[str, list[str]]] = []

    def look(dialog: QWidget) -> None:
        seen.append((type(dialog).__name__, titles()))
        dialog.reject()

    def open_with(kind: type, start: Callable[[], object]) -> None:
        on_dialog(guarded(look), kind)
        start()

    open_with(ExitDialog, view.record_exit)
    open_with(EditDetailsDialog, view.edit_details)
    open_with(StayDialog, lambda: view.correct_stay(view.file.stays[0]))
    open_with(HistoryDialog, view.show_history)
    open_with(MergeDialog, view.merge_duplicate)
    assert [kind for kind, _ in seen] == ["ExitDialog", "EditDetailsDialog", "StayDialog", "HistoryDialog",
                                          "MergeDialog"]

    def take_her_back(dialog: IntakeDialog) -> None:
        type_text(dialog.person.alias_edit, "Xiomara Q.")
        dialog.look_for_matches()
        dialog.take_back()
        seen.append(("taking back", titles()))
        assert NAME.split()[0] in dialog.heading_label.text()  # the heading names her, inside the window
        dialog.reject()

    on_dialog(guarded(take_her_back), IntakeDialog)
    window.app_area.go_to(1)
    window.residents_page.show_list()
    window.residents_page.new_intake()

    window.app_area.go_to(2)
    beds_page = window.app_area.page_of(BedsPage)
    beds_page.board.selectRow(0)
    on_dialog(guarded(look), MoveDialog)
    beds_page.move()
    assert len(seen) == 7
    for kind, shown in seen:
        assert not [t for t in shown if "Xiomara" in t], kind


# --- names are text, never markup --------------------------------------------------------------------

def markup_shown(widget: QWidget) -> list[str]:
    """Labels that would read ``<img …>`` from her name as markup."""
    return [label.text() for label in widget.findChildren(QLabel)
            if "<img" in label.text() and label.textFormat() != Qt.TextFormat.PlainText]


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot, desk, on_dialog):
    beds = rooms(desk, count=1, beds=3)
    rosa = take_in(desk, MARKUP, bed=beds[0], intake=desk.today() - timedelta(days=9), watch_for="<i>van</i>")
    left = take_in(desk, MARKUP + " 2", intake=desk.today() - timedelta(days=90))
    stay = desk.residents.open_file(left).current_stay
    desk.residents.record_exit(stay.id, desk.today() - timedelta(days=60), 313, "")
    window = make_window(qtbot, desk)
    try:
        view = open_her_file(window, rosa)
        assert markup_shown(view) == [] and view.alias_label.text() == MARKUP
        seen: dict[str, list[str]] = {}

        def look(dialog: QWidget) -> None:
            seen[type(dialog).__name__] = markup_shown(dialog)
            heading = getattr(dialog, "heading_label", None)
            if heading is not None:
                assert MARKUP in heading.text()
            dialog.reject()

        for kind, start in ((ExitDialog, view.record_exit), (EditDetailsDialog, view.edit_details),
                            (StayDialog, lambda: view.correct_stay(view.file.stays[0])),
                            (HistoryDialog, view.show_history), (MergeDialog, view.merge_duplicate)):
            on_dialog(guarded(look), kind)
            start()

        def take_back(dialog: IntakeDialog) -> None:
            type_text(dialog.person.alias_edit, "<b>x")
            dialog.look_for_matches()
            dialog.known.list.setCurrentRow(next(i for i, r in enumerate(dialog.known.rows) if not r.here))
            dialog.take_back()
            seen["banner"] = markup_shown(dialog)
            seen["banner_text"] = [dialog.back_text.text()]
            dialog.known.list.setCurrentRow(next(i for i, r in enumerate(dialog.known.rows) if r.here))
            seen["already_known"] = markup_shown(dialog)
            dialog.reject()

        on_dialog(guarded(take_back), IntakeDialog)
        window.app_area.go_to(1)
        window.residents_page.show_list()
        window.residents_page.new_intake()

        window.app_area.go_to(2)
        beds_page = window.app_area.page_of(BedsPage)
        beds_page.board.selectRow(0)

        def move(dialog: MoveDialog) -> None:
            seen["MoveDialog"] = markup_shown(dialog)
            qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)

        on_dialog(guarded(move), MoveDialog)
        beds_page.move()
        assert MARKUP in beds_page.message_label.text()
        seen["BedsPage"] = markup_shown(beds_page)
        window.app_area.go_to(0)
        seen["TodayPage"] = markup_shown(window.app_area.page_of(TodayPage))
    finally:
        window.session.stop()
    assert "&lt;img" in seen.pop("banner_text")[0]  # escaped inside the bold "is back"
    assert seen == {"ExitDialog": [], "EditDetailsDialog": [], "StayDialog": [], "HistoryDialog": [],
                    "MergeDialog": [], "banner": [], "already_known": [], "MoveDialog": [], "BedsPage": [],
                    "TodayPage": []}


# --- the legal name ---------------------------------------------------------------------------------

def test_a_shown_legal_name_is_hidden_again_after_going_to_another_screen(qtbot, desk, rosa_window):
    window, rosa = rosa_window
    view = open_her_file(window, rosa)
    activate(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_L, ALT)  # Show legal name
    qtbot.waitUntil(view.legal_label.isVisible)
    assert view.legal_label.text() == "Legal name: María Gonzalez"

    qtbot.keyClick(window.app_area.navigation, Qt.Key.Key_1, CTRL)  # Today
    qtbot.keyClick(window.app_area.navigation, Qt.Key.Key_2, CTRL)  # and back to her file
    assert window.residents_page.file_view is view and view.isVisible()
    assert not view.legal_label.isVisible() and view.legal_label.text() == ""
    assert view.legal_button.text() == "Show &legal name"

    qtbot.keyClick(view, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(view.legal_label.isVisible)
    window.showMinimized()  # stepping away without locking: hidden as well
    QApplication.processEvents()
    window.showNormal()
    assert view.legal_label.text() == ""


def test_going_back_to_the_list_forgets_the_shown_legal_name(qtbot, desk, rosa_window):
    window, rosa = rosa_window
    view = open_her_file(window, rosa)
    view.toggle_legal_name()
    assert view.legal_label.text() == "Legal name: María Gonzalez"
    window.residents_page.show_list()
    assert view.legal_label.text() == ""
    assert not [w for w in QApplication.allWidgets() if isinstance(w, QLabel) and "María" in w.text()
                and w.isVisible()]
