"""Choosing answers from lists.

- :class:`GroupedCombo` / :class:`HudCombo`: a drop-down list with headings that
  cannot be chosen (the HUD living-situation groups); typing the first letters (or a
  word) jumps to a choice, and Up/Down skip the headings.
- :func:`term_combo`: one of Shelter Desk's own lists (programs, referral sources...).
- :class:`ChoiceChecklist`: several answers ticked with Space; the HUD answers
  "doesn't know" (8), "prefers not to answer" (9) and "not collected" (99) stand alone.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QListWidgetItem, QWidget

from shelter_desk import hud
from shelter_desk.gui.resident_widgets import hud_label
from shelter_desk.services.validation import fold

# The role a heading row carries in a GroupedCombo (its data is None).
HEADING_ROLE = Qt.ItemDataRole.UserRole + 1


# --- drop-down lists ----------------------------------------------------------------------

class GroupedCombo(QComboBox):
    """A drop-down list whose choices sit under headings; the headings cannot be chosen.

    Up/Down and typing the first letters of a choice skip the headings. ``value()`` is
    the chosen item's data, or None when nothing is chosen (the placeholder shows).
    """

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = 0.0
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(16)
        if placeholder:
            self.setPlaceholderText(placeholder)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        # Our own type-ahead: Qt's opens the list on a space, so "Staying or" could not be typed;
        # this one also ignores accents and case, and finds a word inside a choice ("friend").
        text = event.text()
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        if text and text.isprintable() and not modifiers and (text != " " or self._typed):
            self._typed += text
            self._typed_at = now
            row = self._find(self._typed)
            if row >= 0 and row != self.currentIndex():
                self.setCurrentIndex(row)
                self.activated.emit(row)
            return
        super().keyPressEvent(event)

    def _find(self, typed: str) -> int:
        needle = fold(typed)
        rows = list(range(self.count()))
        start = self.currentIndex()
        if start >= 0:
            first = start + 1 if len(needle) == 1 else start  # one letter again: the next choice
            rows = rows[first:] + rows[:first]
        rows = [r for r in rows if self._model.item(r).flags() & Qt.ItemFlag.ItemIsEnabled]
        texts = {r: fold(self.itemText(r)) for r in rows}
        for row in rows:
            if texts[row].startswith(needle):
                return row
        for row in rows:
            if " " + needle in " " + texts[row].replace(",", " ").replace("(", " "):
                return row
        return -1

    def clear_choices(self) -> None:
        self._model.clear()

    def add_heading(self, text: str) -> None:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(True, HEADING_ROLE)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor("#245a5e")))
        item.setBackground(QBrush(QColor("#e6ebea")))
        self._model.appendRow(item)

    def add_choice(self, text: str, data: object, *, enabled: bool = True, tooltip: str = "") -> None:
        item = QStandardItem(text)
        item.setData(data, Qt.ItemDataRole.UserRole)
        item.setToolTip(tooltip or text)
        if not enabled:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._model.appendRow(item)

    def finish(self) -> None:
        """Let the open list be as wide as its longest choice (within reason)."""
        view = self.view()
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        width = view.sizeHintForColumn(0) + 30
        view.setMinimumWidth(min(max(width, self.width()), 760))

    def value(self) -> object:
        return self.currentData(Qt.ItemDataRole.UserRole) if self.currentIndex() >= 0 else None

    def index_of(self, value: object) -> int:
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if not item.data(HEADING_ROLE) and item.data(Qt.ItemDataRole.UserRole) == value:
                return row
        return -1

    def set_value(self, value: object) -> bool:
        row = self.index_of(value) if value is not None else -1
        self.setCurrentIndex(row)
        return row >= 0


class HudCombo(GroupedCombo):
    """One answer from a HUD list (``hud.PRIOR_LIVING_SITUATIONS``, ``hud.DESTINATIONS``...).

    Choices with a ``group`` are listed under their group's heading. ``value()`` is
    the HUD code (an int), or None while nothing is chosen.
    """

    def __init__(self, choices: tuple[hud.Choice, ...], parent: QWidget | None = None, *,
                 placeholder: str = "", value: int | None = None) -> None:
        super().__init__(parent, placeholder=placeholder)
        groups: dict[str, list[hud.Choice]] = {}
        for choice in choices:
            groups.setdefault(choice.group, []).append(choice)
        for group, members in groups.items():
            if group:
                self.add_heading(hud_label(group))
            for choice in members:
                text = hud_label(choice.label)
                tip = f"{hud_label(group)}: {text}" if group else text
                self.add_choice(text, choice.code, tooltip=tip)
        self.finish()
        self.set_value(value)


def term_combo(terms: tuple[hud.Term, ...], parent: QWidget | None = None, value: str | None = None) -> GroupedCombo:
    """A drop-down list of one of Shelter Desk's own lists (``hud.PROGRAMS``...); ``value()`` is the key."""
    combo = GroupedCombo(parent)
    combo.setMinimumContentsLength(0)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
    for term in terms:
        combo.add_choice(hud_label(term.label), term.key)
    combo.set_value(value if value is not None else terms[0].key)
    return combo


# --- several answers ticked -----------------------------------------------------------------

class ChoiceChecklist(QListWidget):
    """Several answers from a HUD list, each ticked or not (arrow keys move, Space ticks).

    "Client doesn't know", "Client prefers not to answer" and "Data not collected"
    stand alone: ticking one of them clears the others, and ticking a real answer
    clears them. ``values()`` is the ticked codes in list order; none ticked gives
    ``(hud.NOT_COLLECTED,)``, which is what an untouched answer means.
    """

    changed = Signal()

    def __init__(self, choices: tuple[hud.Choice, ...], parent: QWidget | None = None,
                 values: Iterable[int] = (hud.NOT_COLLECTED,)) -> None:
        super().__init__(parent)
        self._busy = False
        for choice in choices:
            item = QListWidgetItem(hud_label(choice.label), self)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setUniformItemSizes(True)
        # No highlighted row: a highlighted answer would read as chosen. The ring shows where Space acts.
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setObjectName("checklist")
        self.setStyleSheet("QListWidget#checklist::item:focus { border: 2px solid #b34d00; border-radius: 3px; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_values(values)
        self.setCurrentRow(0)
        self.itemChanged.connect(self._item_changed)
        rows = self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4
        self.setFixedHeight(rows)

    def set_values(self, values: Iterable[int]) -> None:
        wanted = set(values)
        self._busy = True
        try:
            for row in range(self.count()):
                item = self.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._busy = False

    def values(self) -> tuple[int, ...]:
        codes = tuple(self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())
                      if self.item(r).checkState() == Qt.CheckState.Checked)
        return codes or (hud.NOT_COLLECTED,)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._busy:
            return
        if item.checkState() == Qt.CheckState.Checked:
            alone = item.data(Qt.ItemDataRole.UserRole) in hud.MISSING_CODES
            self._busy = True
            try:
                for row in range(self.count()):
                    other = self.item(row)
                    if other is item:
                        continue
                    if alone or other.data(Qt.ItemDataRole.UserRole) in hud.MISSING_CODES:
                        other.setCheckState(Qt.CheckState.Unchecked)
            finally:
                self._busy = False
        self.changed.emit()
