"""Choosing a resident from the keyboard: typing filters, only a clear match is taken, and it is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from shelter_desk.gui.resident_picker import ResidentPicker
from tests.gui.conftest import show_active
from tests.gui.resident_helpers import rooms, take_in, type_text


def test_typing_part_of_a_name_filters_and_only_a_clear_match_is_chosen(qtbot, desk):
    beds = rooms(desk, 1, 4)
    lan = take_in(desk, "Nguyễn Thị Lan", bed=beds[0])
    joanne = take_in(desk, "Joanne", bed=beds[1])
    anna = take_in(desk, "Anna Maria", bed=beds[2])
    holder = QWidget()
    picker = ResidentPicker(desk, holder)
    after = QLineEdit(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(picker)
    layout.addWidget(after)
    show_active(qtbot, holder)
    picker.setFocus()
    assert picker.resident_id() is None
    type_text(picker.lineEdit(), "nguyen")  # accents and case do not matter
    assert picker.resident_id() == lan
    popup = picker.completer().popup()
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.currentText() == "Nguyễn Thị Lan — Room 1" and picker.resident_id() == lan

    picker.lineEdit().clear()
    type_text(picker.lineEdit(), "ann")  # the start of Anna's name, the middle of Joanne's
    assert picker.resident_id() == anna
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), "oann")  # the middle of a word is never a choice
    assert picker.resident_id() is None
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), "Room 1")  # nor a room, which could be someone else's
    assert picker.resident_id() is None
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), "jo")
    assert picker.resident_id() == joanne
    picker.completer().popup().hide()
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)  # leaving shows whom "jo" chose
    assert picker.currentText().startswith("Joanne")
    assert picker.set_resident(anna) and picker.resident_id() == anna
