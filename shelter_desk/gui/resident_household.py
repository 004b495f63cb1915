"""Who is staying with her: a small table of first name or initials, age, child or other family."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import hud
from shelter_desk.gui.resident_widgets import TextLine, hud_label
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.services.resident_input import HouseholdEntry
from shelter_desk.services.residents import HouseholdInfo

COL_NAME, COL_AGE, COL_KIND = range(3)
MAX_ROWS_SHOWN = 5


class _Delegate(QStyledItemDelegate):
    """Editors for the three columns; Tab goes name → age → child/other → out of the table."""

    def __init__(self, table: HouseholdTable) -> None:
        super().__init__(table)
        self.table = table
        self._editing = QPersistentModelIndex()
        self.editor: QWidget | None = None  # the open editor, if any

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        self._editing = QPersistentModelIndex(index)
        editor: QWidget
        if index.column() == COL_KIND:
            editor = QComboBox(parent)
            for term in hud.RELATIONSHIPS:
                editor.addItem(hud_label(term.label), term.key)
        else:
            editor = TextLine(parent)
            if index.column() == COL_AGE:
                editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), editor))
        self.editor = editor
        editor.destroyed.connect(self._forget)
        return editor

    def _forget(self) -> None:
        self.editor = None

    def commit_open_editor(self) -> None:
        """Write what is typed in an open cell into the table (Ctrl+Enter while still typing)."""
        if self.editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.commitData.emit(self.editor)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))
        else:
            editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            # Read both first: setting the text makes the view refill this editor from the model.
            key, text = editor.currentData(), editor.currentText()
            model.setData(index, key, Qt.ItemDataRole.UserRole)
            model.setData(index, text, Qt.ItemDataRole.DisplayRole)
        else:
            model.setData(index, editor.text(), Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # type: ignore[attr-defined]
            forward = event.key() == Qt.Key.Key_Tab  # type: ignore[attr-defined]
            row, column = self._editing.row(), self._editing.column()
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.table.after_tab(row, column, forward)
            return True
        return super().eventFilter(editor, event)


class HouseholdTable(QTableWidget):
    """The rows themselves: typing starts editing a cell, Delete removes a line, Insert adds one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("First name or initials"), self.tr("Age"),
                                        self.tr("Child or other family")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_AGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setItemDelegate(_Delegate(self))
        guard_copy(self)  # Ctrl+C on a cell: a sensitive copy
        self.on_delete = lambda: None
        self.on_insert = lambda: None

    def after_tab(self, row: int, column: int, forward: bool) -> None:
        if forward and column < COL_KIND:
            self.edit_cell(row, column + 1)
        elif not forward and column > COL_NAME:
            self.edit_cell(row, column - 1)
        else:
            self.setFocus(Qt.FocusReason.TabFocusReason)
            if forward:
                self.focusNextPrevChild(True)

    def edit_cell(self, row: int, column: int) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentCell(row, column)
        self.editItem(self.item(row, column))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.on_delete()
                return
            if event.key() == Qt.Key.Key_Insert:
                self.on_insert()
                return
        super().keyPressEvent(event)


class HouseholdEditor(QWidget):
    """Children and family staying with her during a stay.

    Keys: the "Add someone" button (or Insert in the table) adds a line and starts
    typing the first name; Tab goes on to the age and "child or other family", then out
    of the table; Delete removes the chosen line. ``entries()`` gives the lines as
    :class:`HouseholdEntry` (lines left completely empty are dropped); members of an
    existing stay keep their ``id`` so a correction updates rather than replaces them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = HouseholdTable(self)
        self.table.setAccessibleName(self.tr("Children and family staying with her"))
        self.table.on_delete = self.remove_current
        self.table.on_insert = self.add_row
        self.empty_label = QLabel(self.tr("No one is staying with her. If she has children or family "
                                          "with her, add each of them."), self)
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add someone staying with her"), self)
        self.add_button.setToolTip(self.tr("Adds a line (Insert in the table). Delete removes the chosen line."))
        self.add_button.clicked.connect(self.add_row)
        self.hint_label = QLabel(self.tr("Type in a cell to change it; Tab moves on; Delete removes the chosen line."),
                                 self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("hintLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        self._update()

    # --- content ----------------------------------------------------------------------------
    def set_entries(self, members: Iterable[HouseholdInfo | HouseholdEntry]) -> None:
        self.table.setRowCount(0)
        for member in members:
            relationship = member.relationship
            self._append(member.name, "" if member.age is None else str(member.age), relationship, member.id)
        self._update()

    def _append(self, name: str, age: str, relationship: str, member_id: int | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(Qt.ItemDataRole.UserRole, member_id)
        self.table.setItem(row, COL_NAME, name_item)
        self.table.setItem(row, COL_AGE, QTableWidgetItem(age))
        kind = QTableWidgetItem(hud_label(hud.term_label(hud.RELATIONSHIPS, relationship)))
        kind.setData(Qt.ItemDataRole.UserRole, relationship)
        self.table.setItem(row, COL_KIND, kind)
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def entries(self) -> list[HouseholdEntry]:
        self.table.itemDelegate().commit_open_editor()  # type: ignore[attr-defined]
        out = []
        for row in range(self.table.rowCount()):
            name, age = self._text(row, COL_NAME), self._text(row, COL_AGE).strip()
            if not name.strip() and not age:
                continue
            kind = self.table.item(row, COL_KIND).data(Qt.ItemDataRole.UserRole) or "child"
            member_id = self.table.item(row, COL_NAME).data(Qt.ItemDataRole.UserRole)
            out.append(HouseholdEntry(name, int(age) if age.isdigit() else None, kind, member_id))
        return out

    def snapshot(self) -> tuple:
        self.table.itemDelegate().commit_open_editor()  # type: ignore[attr-defined]
        return tuple(tuple(self._text(r, c) for c in range(3)) for r in range(self.table.rowCount()))

    # --- actions ----------------------------------------------------------------------------
    def add_row(self) -> None:
        row = self._append("", "", "child", None)
        self._update()
        self.table.edit_cell(row, COL_NAME)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        column = max(0, self.table.currentColumn())
        self.table.removeRow(row)
        self._update()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), column)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_problem(self) -> None:
        """Put the cursor on the first line the services would refuse (no name, or an impossible age)."""
        for row in range(self.table.rowCount()):
            name, age = self._text(row, COL_NAME).strip(), self._text(row, COL_AGE).strip()
            if not name and not age:
                continue
            if not name or (age.isdigit() and int(age) > 120) or len(name) > 60:
                column = COL_AGE if name and len(name) <= 60 else COL_NAME
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.table.setCurrentCell(row, column)
                return
        (self.table if self.table.rowCount() else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        rows = self.table.rowCount()
        self.table.setVisible(rows > 0)
        self.hint_label.setVisible(rows > 0)
        self.empty_label.setVisible(rows == 0)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus if rows else Qt.FocusPolicy.NoFocus)
        shown = max(1, min(rows, MAX_ROWS_SHOWN))
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + shown * row_height
                                  + 2 * self.table.frameWidth() + 2)
