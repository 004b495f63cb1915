"""Choosing a resident staying here now, from the keyboard: type part of her name or room.

``ResidentPicker`` is an editable combo box of everyone here now ("Amara — Rose room").
Typing filters the list (accents and case do not matter, as in the residents search),
Up/Down move through it and Enter takes the highlighted one. ``resident_id()`` is the
chosen resident: one picked from the list, or the only one whose name has a word that
starts with what is typed (never a guess from the middle of a word or from a room, which
could pick someone else); otherwise None. Leaving the field shows the whole name chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.services.resident_views import ResidentRow
from shelter_desk.services.validation import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _FoldedFilter(QSortFilterProxyModel):
    """Rows whose text contains what is typed, ignoring accents and case ("nguyen" finds "Nguyễn")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._needle = " ".join(fold(text).split())
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self._needle = " ".join(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802, ANN001
        if not self._needle:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data() or ""
        return self._needle in fold(text)


def _starts_a_word(name: str, needle: str) -> bool:
    words = name.split()
    return any(" ".join(words[i:]).startswith(needle) for i in range(len(words)))


class ResidentPicker(QComboBox):
    """Everyone staying here now; the chosen one's id from :meth:`resident_id`."""

    chosen = Signal(object)  # the resident's id, or None

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, include: int | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.lineEdit().setPlaceholderText(self.tr("Type part of her name or room"))
        self.rows: list[ResidentRow] = []
        self._labels = QStringListModel(self)
        self._filter = _FoldedFilter(self)
        self._filter.setSourceModel(self._labels)
        completer = QCompleter(self)
        completer.setModel(self._filter)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().editingFinished.connect(self._show_choice)
        completer.activated[str].connect(self._completed)
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.resident_id()))
        self.reload(include=include)

    @staticmethod
    def label(row: ResidentRow) -> str:
        return f"{row.alias} — {row.room}" if row.room else row.alias

    def reload(self, include: int | None = None) -> None:
        """Read who is here now again (keeping the choice when she is still here)."""
        keep = self.resident_id() if self.count() else include
        try:
            self.rows = self.desk.residents.search("", status="here")
        except ShelterDeskError:
            self.rows = []
        self.blockSignals(True)
        self.clear()
        for row in self.rows:
            self.addItem(self.label(row), row.id)
        self._labels.setStringList([self.label(r) for r in self.rows])
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        if keep is not None:
            self.set_resident(keep)
        else:
            self.lineEdit().clear()

    def set_resident(self, resident_id: int | None) -> bool:
        index = self.findData(resident_id) if resident_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.lineEdit().clear()
        return index >= 0

    def resident_id(self) -> int | None:
        """The chosen resident; None when what is typed is not exactly one of the list."""
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            index = self._only_match()
            if index < 0:
                return None
        value = self.itemData(index)
        return int(value) if value is not None else None

    def _only_match(self) -> int:
        """The one resident whose name has a word starting with what is typed ("ros" finds Rosa,
        "ann" does not find Joanne, a room finds nobody); -1 when none or several."""
        needle = " ".join(fold(self.currentText()).split())
        if not needle:
            return -1
        matches = [i for i, row in enumerate(self.rows) if _starts_a_word(fold(row.alias), needle)]
        return matches[0] if len(matches) == 1 else -1

    def _show_choice(self) -> None:
        """Leaving the field (or Enter) with part of one name typed shows her whole name, so it is
        seen who was chosen."""
        if self.currentIndex() < 0 or self.itemText(self.currentIndex()) != self.currentText():
            index = self._only_match()
            if index >= 0:
                self.setCurrentIndex(index)
                self.setEditText(self.itemText(index))  # also when that index was already current

    def _typed(self, text: str) -> None:
        self._filter.set_needle(text)
        self.completer().complete()

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
            self.chosen.emit(self.resident_id())
