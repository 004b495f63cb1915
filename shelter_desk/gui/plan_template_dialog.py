"""Safety-plan templates: the list of them, a new one, and the editor of one.

- :class:`TemplatesDialog`: every template (name, default, in use, items). Ctrl+N or "New
  template…" makes one (empty, or a copy of the chosen one) and opens it in the editor; Enter or
  "Edit…" edits the chosen one; "Make default" makes new plans start from it; "Retire" takes it
  off the list new plans are made from (plans made from it stay), "Bring back" returns it.
- :class:`TemplateEditor`: the template's name and description, and its outline in a tree:
  sections, and under each its items, each with help for staff. The chosen line is edited in
  the pane beside the tree, or renamed in place (F2 or Enter). Insert adds an item, Ctrl+Insert
  a section, Delete removes the chosen one (after a question), Ctrl+Up / Ctrl+Down move it (an
  item moves into the next section at the edge of its own); lines can be dragged too.
  Ctrl+Enter saves the whole template (``desk.plans.update_template`` with the version shown: a
  save by someone else in between is refused and said, nothing typed is lost, and "Save my
  version as a new template" (Alt+W) keeps it as a new template, "Name (copy)"); Esc asks
  before throwing edits away. Keys: Alt+N name, Alt+R description, Alt+S the outline, Alt+T a
  section's title, Alt+I an item's words, Alt+P its help, Alt+D add an item, Alt+E add a
  section, Alt+V remove, Alt+U / Alt+O move.

Changing a template never changes a plan already made: a plan copies its template when it is
made, and can take in items added later from its own screen. Only house managers and directors
(``Permission.MANAGE_PLAN_TEMPLATES``) reach these dialogs; the service checks it again.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.plans_model import (
    HELP_ROLE,
    ID_ROLE,
    ITEM,
    KIND_ROLE,
    SECTION,
    TPL_DEFAULT,
    TPL_IN_USE,
    TPL_ITEMS,
    TPL_NAME,
    OutlineModel,
    TemplatesModel,
    outline_row,
)
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import FieldErrors, Section, hint, sentence
from shelter_desk.gui.resident_text import list_table, selected_row
from shelter_desk.gui.resident_widgets import TextBlock, TextLine
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.worker import error_text
from shelter_desk.services.plan_views import TemplateInfo
from shelter_desk.services.resident_views import StaleRecord


def question_text(text: str) -> str:
    """A question naming typed words: escaped inside a paragraph, so Qt never reads them as markup."""
    return "<p>" + html.escape(text) + "</p>"


def keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


# --- the list of templates ---------------------------------------------------------------------------

class NewTemplateDialog(FormDialog):
    """A new template: its name, what it starts from (nothing, or a copy of another), a description."""

    def __init__(self, parent: QWidget | None, desk: Desk, templates: list[TemplateInfo],
                 copy_from: int | None = None) -> None:
        super().__init__(parent, title=self.tr("New safety-plan template"),
                         heading=self.tr("A new safety-plan template"), save_text=self.tr("Make the template"),
                         enter_saves=True, scroll=False)
        self.desk = desk
        self.template_id: int | None = None
        self.set_intro(self.tr("For example a plan for a mother with children, or for a survivor of trafficking. "
                               "Start from a copy of a template to keep what fits."))
        self.errors = FieldErrors()
        section = Section(self.tr("The template"), self.body_widget)
        self.name_edit = TextLine(section, placeholder=self.tr("e.g. Safety plan with children"))
        self.name_edit.setMaxLength(120)
        section.row(self.tr("&Name *"), self.name_edit)
        self.errors.add(section.form, ["name"], self.name_edit, section)
        self.start_combo = QComboBox(section)
        self.start_combo.addItem(self.tr("An empty template"), None)
        for template in templates:
            self.start_combo.addItem(self.tr("A copy of {name}").format(name=template.name), template.id)
        if copy_from is not None:
            self.start_combo.setCurrentIndex(max(0, self.start_combo.findData(copy_from)))
        section.row(self.tr("&Start from"), self.start_combo)
        self.description_edit = TextLine(section, placeholder=self.tr("What it is for (staff see this)"))
        self.description_edit.setMaxLength(500)
        section.row(self.tr("&Description"), self.description_edit)
        self.errors.add(section.form, ["description"], self.description_edit, section)
        self.body.addWidget(section)
        self.set_tab_order([self.name_edit, self.start_combo, self.description_edit, self.save_button,
                            self.cancel_button])
        self.resize(600, self.sizeHint().height())
        self.remember_start()
        self.name_edit.setFocus()

    def snapshot(self) -> tuple:
        return (self.name_edit.text(), self.description_edit.text())

    def clear_problems(self) -> None:
        self.errors.clear()
        super().clear_problems()

    def show_problem(self, exc: ValidationError) -> None:
        if not self.errors.show(exc):
            super().show_problem(exc)

    def save(self) -> bool:
        try:
            self.template_id = self.desk.plans.add_template(self.name_edit.text(), self.description_edit.text(),
                                                            copy_from=self.start_combo.currentData())
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True


class TemplatesDialog(QDialog):
    """Every safety-plan template: make a new one, edit, make default, retire or bring back."""

    def __init__(self, parent: QWidget | None, desk: Desk) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Safety-plan templates"))
        intro = QLabel(self.tr(
            "New safety plans are made from a template: its sections and items are the checklist worked through "
            "with her. The default template is offered first."), self)
        intro.setWordWrap(True)
        never = QLabel(self.tr("Changing a template never changes plans already made; a plan can take in new "
                               "items later."), self)
        never.setObjectName("noticeLabel")
        never.setWordWrap(True)
        self.model = TemplatesModel(self)
        self.table = list_table(self, self.model, self.tr("Templates"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TPL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (TPL_DEFAULT, TPL_IN_USE, TPL_ITEMS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _i: self.edit())
        list_label = QLabel(self.tr("&Templates"), self)
        list_label.setBuddy(self.table)
        self.empty_label = QLabel(self.tr("No templates yet. Press \"New template…\" (Ctrl+N) to make one."), self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names a template: typed text
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.new_button = QPushButton(self.tr("&New template…"), self)
        self.new_button.setToolTip(self.tr("Make a new template, empty or a copy of the chosen one ({keys})").format(
            keys=keys("Ctrl+N")))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the chosen template's sections and items (Enter)"))
        self.edit_button.clicked.connect(self.edit)
        self.default_button = QPushButton(self.tr("Make &default"), self)
        self.default_button.setToolTip(self.tr("New plans start from the chosen template"))
        self.default_button.clicked.connect(self.make_default)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.retire_button.clicked.connect(self.toggle_retired)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new_action.triggered.connect(lambda _checked=False: self.new())
        self.addAction(new_action)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (close_button, self.new_button, self.edit_button, self.default_button, self.retire_button):
            button.setAutoDefault(False)  # Enter in the list edits the template; it never closes the list
            button.setDefault(False)

        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.default_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(never)
        layout.addWidget(list_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(760, 420)
        self.table.setFocus()

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        try:
            templates = self.desk.plans.templates(include_retired=True)
        except ShelterDeskError as exc:
            templates = []
            say(self.message_label, error_text(exc))
        self.model.set_rows(templates)
        self.empty_label.setVisible(not templates)
        self.table.setVisible(bool(templates))
        if templates:
            row = self.model.row_of(keep)
            self.table.selectRow(row if row >= 0 else 0)
        self._update_buttons()

    def selected(self) -> TemplateInfo | None:
        return self.model.row(selected_row(self.table))

    def _update_buttons(self) -> None:
        template = self.selected()
        self.edit_button.setEnabled(template is not None)
        self.default_button.setEnabled(template is not None and template.active and not template.is_default)
        retired = template is not None and not template.active
        self.retire_button.setText(self.tr("&Bring back") if retired else self.tr("&Retire"))
        self.retire_button.setEnabled(template is not None and not template.is_default)
        self.retire_button.setToolTip(
            self.tr("Offer the chosen template again for new plans") if retired
            else self.tr("The default template cannot be retired: make another one the default first.")
            if template is not None and template.is_default
            else self.tr("No new plans from the chosen template; plans made from it stay as they are"))

    def _back(self) -> bool:
        """After a dialog: False when the screen lock closed everything (this dialog is going away)."""
        if self.desk.current is None or self.desk.locked:
            return False
        self.table.setFocus()
        return True

    def new(self) -> None:
        chosen = self.selected()
        try:
            templates = self.desk.plans.templates(include_retired=True)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        dialog = NewTemplateDialog(self, self.desk, templates, copy_from=chosen.id if chosen else None)
        made = dialog.exec() == QDialog.DialogCode.Accepted
        template_id = dialog.template_id
        dialog.deleteLater()
        if not made or template_id is None or not self._back():
            return
        self.refresh(template_id)
        say(self.message_label, self.tr("The template was made. Add or change its sections and items now."))
        self.edit()

    def edit(self) -> None:
        template = self.selected()
        if template is None:
            return
        try:
            dialog = TemplateEditor(self, self.desk, template.id)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        saved_as, new_id = dialog.saved_as, dialog.template_id
        dialog.deleteLater()
        if not self._back():
            return
        if saved and saved_as:
            self.refresh(new_id)
            say(self.message_label, self.tr(
                "Your version was saved as a new template, {name}. The one someone else saved stays as they "
                "left it.").format(name=saved_as))
            return
        self.refresh(template.id)
        if saved:
            say(self.message_label, self.tr(
                "Saved. Plans already made are not changed; each can take in the new items from its own screen."))

    def make_default(self) -> None:
        template = self.selected()
        if template is None or template.is_default:
            return
        try:
            self.desk.plans.set_default_template(template.id)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        self.refresh(template.id)
        say(self.message_label, self.tr("New plans now start from {name}.").format(name=template.name))
        self.table.setFocus()

    def toggle_retired(self) -> None:
        template = self.selected()
        if template is None:
            return
        try:
            self.desk.plans.set_template_active(template.id, not template.active)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        self.refresh(template.id)
        say(self.message_label,
            self.tr("{name} is offered again for new plans.").format(name=template.name) if not template.active
            else self.tr("{name} is retired: no new plans are made from it. Plans made from it stay as they are.")
            .format(name=template.name))
        self.table.setFocus()


# --- the editor --------------------------------------------------------------------------------------

class WordsField(TextBlock):
    """An item's words: one paragraph, wrapped so it is read whole. Enter moves on to the next field;
    a line break pasted in becomes a space (an item is one line on her plan)."""

    def __init__(self, parent: QWidget, placeholder: str) -> None:
        super().__init__(parent, placeholder=placeholder, lines=4)
        self._tidying = False
        self.textChanged.connect(self._one_line)

    def _one_line(self) -> None:
        text = self.toPlainText()
        if self._tidying or "\n" not in text:
            return
        self._tidying = True
        try:
            position = self.textCursor().position()
            self.setPlainText(text.replace("\n", " "))
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(self.toPlainText())))
            self.setTextCursor(cursor)
        finally:
            self._tidying = False

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)


class OutlineTree(QTreeView):
    """The template's outline. Enter renames the chosen line in place (as F2 and a double-click do)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(False)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                and self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid()):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TemplateEditor(FormDialog):
    """Edit one template: name, description, sections and items with help for staff, their order."""

    def __init__(self, parent: QWidget | None, desk: Desk, template_id: int) -> None:
        template = desk.plans.template(template_id)
        super().__init__(parent, title=self.tr("Edit a safety-plan template"),
                         heading=self.tr("Template: {name}").format(name=template.name),
                         save_text=self.tr("Save the template"), scroll=False)
        self.desk = desk
        self.template_id = template.id
        self.version = template.version
        self._loading = False
        self.set_intro(self.tr("Changing a template never changes plans already made; a plan can take in new "
                               "items later."))
        self.intro_label.setObjectName("noticeLabel")

        # The template itself.
        self.errors = FieldErrors()
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = TextLine(self.body_widget)
        self.name_edit.setMaxLength(120)
        self.name_edit.setText(template.name)
        name_label = QLabel(self.tr("&Name"), self.body_widget)
        name_label.setBuddy(self.name_edit)
        top.addRow(name_label, self.name_edit)
        self.errors.add(top, ["name"], self.name_edit, self.body_widget)
        self.description_edit = TextLine(self.body_widget)
        self.description_edit.setMaxLength(500)
        self.description_edit.setText(template.description)
        for edit in (self.name_edit, self.description_edit):
            edit.setCursorPosition(0)  # the start of the words, not their end
        description_label = QLabel(self.tr("Desc&ription"), self.body_widget)
        description_label.setBuddy(self.description_edit)
        top.addRow(description_label, self.description_edit)
        self.errors.add(top, ["description"], self.description_edit, self.body_widget)

        # The outline and the pane for its chosen line.
        self.model = OutlineModel(self)
        self.model.load(template)
        self.tree = OutlineTree(self.body_widget)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Sections and items"))
        self.tree.expandAll()
        guard_copy(self.tree)
        tree_label = QLabel(self.tr("&Sections and items"), self.body_widget)
        tree_label.setBuddy(self.tree)
        self.pane = Section(self.tr("The chosen line"), self.body_widget)
        self.title_edit = TextLine(self.pane, placeholder=self.tr("e.g. Children"))
        self.title_edit.setMaxLength(200)
        self.title_label = self.pane.row(self.tr("Section &title"), self.title_edit)
        self.item_edit = WordsField(self.pane, self.tr("What is checked with her, e.g. a code word is agreed "
                                                       "with friends"))
        self.item_label = self.pane.row(self.tr("&Item"), self.item_edit)
        self.help_edit = TextBlock(self.pane, lines=5,
                                   placeholder=self.tr("Help for staff working through this item with her"))
        self.help_label = self.pane.row(self.tr("Hel&p for staff"), self.help_edit)
        self.help_note = self.pane.note(self.tr("Staff see the help on her plan. It is not printed on her copy."))
        self.nothing_label = hint("", self.pane)
        self.pane.wide(self.nothing_label)
        for label in (self.title_label, self.item_label, self.help_label):
            label.setMinimumWidth(0)
        self.pane.setMinimumWidth(340)

        self.add_item_button = self._button(self.tr("A&dd an item"), "Ins", self.add_item)
        self.add_section_button = self._button(self.tr("Add a s&ection"), "Ctrl+Ins", self.add_section)
        self.remove_button = self._button(self.tr("Remo&ve…"), "Del", self.remove)
        self.up_button = self._button(self.tr("Move &up"), "Ctrl+Up", lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move d&own"), "Ctrl+Down", lambda: self.move(1))
        for sequence, slot in (("Ins", self.add_item), ("Ctrl+Ins", self.add_section), ("Del", self.remove),
                               ("Ctrl+Up", lambda: self.move(-1)), ("Ctrl+Down", lambda: self.move(1))):
            action = QAction(self.tree)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in a text field deletes a letter
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.tree.addAction(action)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(tree_label)
        left.addWidget(self.tree, 1)
        outline = QHBoxLayout()
        outline.setSpacing(12)
        outline.addLayout(left, 5)
        right = QVBoxLayout()
        right.addSpacing(tree_label.sizeHint().height() + 4)
        right.addWidget(self.pane)
        right.addStretch(1)
        outline.addLayout(right, 4)
        buttons = QHBoxLayout()
        for button in (self.add_item_button, self.add_section_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.keys_hint = hint(self.tr(
            "F2 or Enter renames the chosen line · Insert adds an item · Ctrl+Insert adds a section · "
            "Delete removes · Ctrl+Up / Ctrl+Down move it"), self.body_widget)
        self.body.addLayout(top)
        self.body.addLayout(outline, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.keys_hint)
        # After a save refused because someone else saved the template meanwhile: keep this version as a new one.
        self.copy_button = QPushButton(self.tr("Save my version as a ne&w template"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda _checked=False: self.save_as_copy())
        self.copy_button.hide()
        self.saved_as: str = ""  # the new template's name, once saved as a copy
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        self.body.addLayout(copy_row)
        self.set_tab_order([self.name_edit, self.description_edit, self.tree, self.title_edit, self.item_edit,
                            self.help_edit, self.add_item_button, self.add_section_button, self.remove_button,
                            self.up_button, self.down_button, self.copy_button, self.save_button,
                            self.cancel_button])

        self.title_edit.textEdited.connect(lambda text: self._pane_changed(SECTION, text))
        self.item_edit.textChanged.connect(lambda: self._pane_changed(ITEM, self.item_edit.toPlainText()))
        self.help_edit.textChanged.connect(self._help_changed)
        self.tree.selectionModel().currentChanged.connect(lambda _new, _old: self._show_chosen())
        self.model.itemChanged.connect(self._line_changed)
        self.model.rowsInserted.connect(lambda parent, _first, _last: self._dropped(parent))
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._show_chosen()
        self.fit_to_screen(980, 700)
        self.remember_start()
        self.tree.setFocus()

    def _button(self, text: str, sequence: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self.body_widget)
        button.setAutoDefault(False)
        button.setToolTip(self.tr("{action} ({keys})").format(action=text.replace("&", "").rstrip("…"),
                                                              keys=keys(sequence)))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- what is typed ------------------------------------------------------------------------------
    def snapshot(self) -> tuple:
        return (self.name_edit.text(), self.description_edit.text(), self.model.snapshot())

    def chosen(self) -> QStandardItem | None:
        index = self.tree.currentIndex()
        return self.model.itemFromIndex(index) if index.isValid() else None

    def _show_chosen(self) -> None:
        """Fill the pane from the chosen line (a section's title, or an item's words and help)."""
        line = self.chosen()
        kind = line.data(KIND_ROLE) if line is not None else None
        self._loading = True
        try:
            self.title_edit.setText(line.text() if kind == SECTION else "")
            self.item_edit.setPlainText(line.text() if kind == ITEM else "")
            self.help_edit.setPlainText(str(line.data(HELP_ROLE) or "") if kind == ITEM else "")
        finally:
            self._loading = False
        form = self.pane.form
        form.setRowVisible(self.title_edit, kind == SECTION)
        form.setRowVisible(self.item_edit, kind == ITEM)
        form.setRowVisible(self.help_edit, kind == ITEM)
        form.setRowVisible(self.help_note, kind == ITEM)
        form.setRowVisible(self.nothing_label, kind is None)
        self.nothing_label.setText(
            self.tr("This template has no sections yet. Press Ctrl+Insert to add one.") if not self.model.rowCount()
            else self.tr("Choose a section or an item in the list to change it."))
        self.pane.heading.setText(self.tr("The chosen section") if kind == SECTION
                                  else self.tr("The chosen item") if kind == ITEM else self.tr("Nothing chosen"))
        self.remove_button.setEnabled(line is not None)
        self.up_button.setEnabled(line is not None)
        self.down_button.setEnabled(line is not None)

    def _pane_changed(self, kind: str, text: str) -> None:
        line = self.chosen()
        if self._loading or line is None or line.data(KIND_ROLE) != kind:
            return
        self._loading = True
        try:
            line.setText(text)
        finally:
            self._loading = False

    def _help_changed(self) -> None:
        line = self.chosen()
        if self._loading or line is None or line.data(KIND_ROLE) != ITEM:
            return
        line.setData(self.help_edit.toPlainText(), HELP_ROLE)

    def _line_changed(self, line: QStandardItem) -> None:
        """Renamed in place: the pane shows the new words."""
        if self._loading or line is not self.chosen():
            return
        section = line.data(KIND_ROLE) == SECTION
        shown = self.title_edit.text() if section else self.item_edit.toPlainText()
        if shown != line.text():
            self._loading = True
            try:
                if section:
                    self.title_edit.setText(line.text())
                else:
                    self.item_edit.setPlainText(line.text())
            finally:
                self._loading = False

    def _dropped(self, parent: QModelIndex) -> None:
        """A line dragged into a section: keep the section open so it can be seen there."""
        if parent.isValid():
            self.tree.expand(parent)

    def _choose(self, line: QStandardItem, focus: QWidget | None = None) -> None:
        index = line.index()
        if line.parent() is not None:
            self.tree.expand(line.parent().index())
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        (focus or self.tree).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- changing the outline -----------------------------------------------------------------------
    def add_item(self) -> None:
        """A new item after the chosen one (or at the end of the chosen section); its words are typed beside."""
        line = self.chosen()
        if line is None:
            self.say(self.tr("Add a section first (Ctrl+Insert): items go into sections."))
            return
        if line.data(KIND_ROLE) == SECTION:
            section, row = line, line.rowCount()
        else:
            section, row = line.parent(), line.row() + 1
        new = outline_row(ITEM, "")
        section.insertRow(row, [new])  # a list: PySide keeps a single item alive only this way
        self.say("")
        self._choose(new, self.item_edit)

    def add_section(self) -> None:
        line = self.chosen()
        root = self.model.invisibleRootItem()
        if line is None:
            row = root.rowCount()
        else:
            section = line if line.data(KIND_ROLE) == SECTION else line.parent()
            row = section.row() + 1
        new = outline_row(SECTION, "")
        root.insertRow(row, [new])
        self.say("")
        self._choose(new, self.title_edit)

    def remove(self) -> None:
        line = self.chosen()
        if line is None:
            return
        kind = line.data(KIND_ROLE)
        typed = bool(line.text().strip() or line.data(HELP_ROLE) or line.rowCount())
        if typed:
            if kind == SECTION:
                n = line.rowCount()
                text = (self.tr("Take the section \"{title}\" off this template?").format(title=line.text()) if not n
                        else self.tr("Take the section \"{title}\" and its item off this template?").format(
                            title=line.text()) if n == 1
                        else self.tr("Take the section \"{title}\" and its {n} items off this template?").format(
                            title=line.text(), n=n))
            else:
                text = self.tr("Take \"{item}\" off this template?").format(item=line.text() or "…")
            text = self.tr("{question} Plans already made keep it.").format(question=text)
            answer = QMessageBox.question(
                self, self.tr("Take it off the template?"), question_text(text),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes or not self.isVisible():
                return
        parent = line.parent() or self.model.invisibleRootItem()
        row = line.row()
        parent.removeRow(row)
        if parent.rowCount():
            self._choose(parent.child(min(row, parent.rowCount() - 1)))
        elif parent is not self.model.invisibleRootItem():
            self._choose(parent)
        else:
            self._show_chosen()
            self.tree.setFocus()

    def move(self, step: int) -> None:
        """Move the chosen line up (-1) or down (1); an item at the edge of its section moves to the next one."""
        line = self.chosen()
        if line is None:
            return
        root = self.model.invisibleRootItem()
        self._loading = True
        try:
            if line.data(KIND_ROLE) == SECTION:
                row, target = line.row(), line.row() + step
                if not 0 <= target < root.rowCount():
                    return
                expanded = self.tree.isExpanded(line.index())
                taken = root.takeRow(row)
                root.insertRow(target, taken)
                moved = taken[0]
                if expanded:
                    self.tree.expand(moved.index())
            else:
                section = line.parent()
                row, target = line.row(), line.row() + step
                if 0 <= target < section.rowCount():
                    taken = section.takeRow(row)
                    section.insertRow(target, taken)
                else:
                    other_row = section.row() + step
                    if not 0 <= other_row < root.rowCount():
                        return
                    other = root.child(other_row)
                    taken = section.takeRow(row)
                    if step < 0:
                        other.appendRow(taken)
                    else:
                        other.insertRow(0, taken)
                moved = taken[0]
        finally:
            self._loading = False
        self._choose(moved)
        self._show_chosen()

    # --- saving ----------------------------------------------------------------------------------------
    def clear_problems(self) -> None:
        self.errors.clear()
        super().clear_problems()

    def show_problem(self, exc: ValidationError) -> None:
        if not self.errors.show(exc):
            super().show_problem(exc)

    def _first_unfinished(self) -> tuple[QStandardItem, str] | None:
        """A section with no title, or an item with help but no words (it would be lost)."""
        root = self.model.invisibleRootItem()
        for s in range(root.rowCount()):
            section = root.child(s)
            if not section.text().strip():
                return section, self.tr("Give every section a title, or remove the empty one.")
            for i in range(section.rowCount()):
                item = section.child(i)
                if not item.text().strip() and str(item.data(HELP_ROLE) or "").strip():
                    return item, self.tr("An item has help for staff but no words. Type its words, or remove it.")
        return None

    def save(self) -> bool:
        unfinished = self._first_unfinished()
        if unfinished is not None:
            line, text = unfinished
            self._choose(line, self.title_edit if line.data(KIND_ROLE) == SECTION else self.item_edit)
            self.say(text)
            return False
        try:
            self.version = self.desk.plans.update_template(
                self.template_id, self.name_edit.text(), self.description_edit.text(), self.model.sections(),
                self.version)
        except StaleRecord:
            self.say(self.tr(
                "Someone else saved this template after you opened it, so your changes were not saved. They are "
                "still here: press “Save my version as a new template” to keep them as a template of their own "
                "(named “{name}”), or close this window and open the template again.").format(
                name=self.copy_names()[0]))
            self.copy_button.show()
            self.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True

    def copy_names(self) -> list[str]:
        """Names for this version saved as a new template: "Name (copy)", then "Name (copy 2)"…"""
        name = self.name_edit.text().strip()
        return [self.tr("{name} (copy)").format(name=name)] + [
            self.tr("{name} (copy {n})").format(name=name, n=n) for n in range(2, 6)]

    def save_as_copy(self) -> None:
        """After a refused save: what is typed here becomes a new template (the other one stays as it was saved)."""
        if not self.isVisible():
            return
        self.clear_problems()
        sections = [replace(section, id=None, items=[replace(item, id=None) for item in section.items])
                    for section in self.model.sections()]  # new records: nothing here belongs to the other template
        description = self.description_edit.text()
        template_id: int | None = None
        name = ""
        try:
            for n, name in enumerate(self.copy_names()):
                try:
                    template_id = self.desk.plans.add_template(name, description)
                    break
                except ValidationError as exc:  # the name is taken: the next one
                    if exc.field != "name" or n == len(self.copy_names()) - 1:
                        raise
            if template_id is None:
                return
            version = self.desk.plans.template(template_id).version
            self.version = self.desk.plans.update_template(template_id, name, description, sections, version)
        except ValidationError as exc:
            self.show_problem(exc)
            return
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return
        self.template_id, self.saved_as = template_id, name
        self.copy_button.hide()
        QDialog.accept(self)  # saved: closes as a save does

    def item_ids(self) -> list[int | None]:
        """The record ids of the items in order (for tests and checks)."""
        root = self.model.invisibleRootItem()
        return [root.child(s).child(i).data(ID_ROLE) for s in range(root.rowCount())
                for i in range(root.child(s).rowCount())]
