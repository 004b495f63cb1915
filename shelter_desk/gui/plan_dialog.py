"""Her safety plan, worked through with her: the plan's own fields and every item, by section.

:class:`PlanDialog` opens the plan through ``desk.plans.open_plan`` (an audited read) and
saves everything at once (``save_plan`` with the version it showed, so two windows never
overwrite each other: the second is told, keeps what was typed and may read the plan
again with its changes laid over the newer one). From the dialog: record a review (a review
changes no item, so one refused because the plan was saved meanwhile is recorded on the newer
version, and said), see the earlier versions, pull in items added to the template since, and
print her copy or save it as a PDF (after a warning that the copy itself is sensitive, that her
notes on the items are on it, and for a file that it is a copy outside the vault; the PDF is
made off the UI thread). The template's name is shown only to those who keep the templates.

Keys in the list of items: Up/Down choose an item; 1, 2, 3, 4 set Not started, In progress,
Done, Not applicable (Space steps through them); Enter or F2 goes to the item's note, and
Enter there comes back to the list (Shift+Enter starts a new line). Ctrl+Enter saves; Esc
asks before throwing changes away. ``exec()`` returns Accepted when anything was saved.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui import printing
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.plan_items_model import (
    COL_BY,
    COL_ITEM,
    COL_NOTE,
    COL_STATE,
    COL_WHEN,
    OVERDUE_INK,
    STATUS_CODES,
    PlanItemsModel,
    next_review_text,
    progress_text,
    status_text,
)
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import error_label, hint, sentence
from shelter_desk.gui.resident_text import (
    FlowLayout,
    block,
    day_text,
    list_table,
    missing,
    reading_pane,
    selected_row,
    table_html,
)
from shelter_desk.gui.resident_widgets import DateField, TextBlock
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.gui.worker import Operation, error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.reports.safety_plan import render_safety_plan
from shelter_desk.services.plan_views import (
    MAX_REVIEW_DAYS,
    MIN_REVIEW_DAYS,
    VERSION_REASONS,
    PlanEdit,
    PlanInfo,
    PlanSnapshot,
    VersionInfo,
)
from shelter_desk.services.resident_views import StaleRecord

CONTEXT = "PlanDialog"
STATUS_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def reason_text(code: str) -> str:
    return QCoreApplication.translate("choices", dict(VERSION_REASONS).get(code, code))


# --- the list of items and the note under it ----------------------------------------------------------

class PlanItemsView(QTreeView):
    """The items by section. Number keys and Space set the chosen item's state; Enter/F2 ask for its note."""

    note_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setIndentation(14)
        self.doubleClicked.connect(lambda _index: self.note_requested.emit())
        guard_copy(self)  # Ctrl+C copies an item's text: a sensitive copy

    def items_model(self) -> PlanItemsModel:
        return self.model()  # type: ignore[return-value]

    def show_all(self) -> None:
        """After the model is filled: every section open, its title across the whole row."""
        model = self.items_model()
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        self.expandAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            key = event.key()
            current = self.currentIndex()
            if key in STATUS_KEYS:
                self.items_model().set_status(current, STATUS_CODES[STATUS_KEYS[key]])  # type: ignore[index]
                event.accept()
                return
            if key == Qt.Key.Key_Space:
                self.items_model().cycle_status(current)
                event.accept()
                return
            if key in ENTER_KEYS or key == Qt.Key.Key_F2:
                if self.items_model().item_at(current) is not None:
                    self.note_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)


class NoteBox(TextBlock):
    """The chosen item's note. Enter is done (back to the list); Shift+Enter starts a new line."""

    done = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS and not event.modifiers() & (
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            self.done.emit()
            event.accept()
            return
        super().keyPressEvent(event)


# --- the plan -------------------------------------------------------------------------------------------

class PlanDialog(FormDialog):
    """Her whole plan, to work through with her and save at once (see the module's docstring)."""

    def __init__(self, parent: QWidget | None, desk: Desk, plan_id: int) -> None:
        plan = desk.plans.open_plan(plan_id)  # an audited read; a refusal reaches the caller before any window
        super().__init__(parent, title=QCoreApplication.translate("PlanDialog", "Safety plan"),
                         heading=QCoreApplication.translate("PlanDialog", "Safety plan for {alias}").format(alias=plan.alias),
                         save_text=QCoreApplication.translate("PlanDialog", "&Save the plan"), scroll=False)
        self.desk = desk
        self.plan = plan
        self.version = plan.version
        self.saved_something = False
        self._operation: Operation | None = None
        self._then = None  # what to do with her copy once it is made (print it or save it)
        self._filling = False
        self._note_index = QPersistentModelIndex()

        # Who she is, where the plan stands.
        self.about_label = self._plain_label()
        self.progress_label = self._plain_label()
        self.review_label = self._plain_label()

        # The plan's own fields.
        self.concern_edit = TextBlock(self, lines=3)
        self.concern_edit.setAccessibleName(self.tr("Main concern"))
        self.signs_edit = TextBlock(self, lines=3)
        self.signs_edit.setAccessibleName(self.tr("Warning signs"))
        self.with_her_check = QCheckBox(self.tr("&Developed with her"), self)
        self.completed_edit = DateField(self, field="completed_on", optional=True,
                                        label=QT_TRANSLATE_NOOP("fields", "the day it was completed"))
        self.every_spin = QSpinBox(self)
        self.every_spin.setRange(MIN_REVIEW_DAYS, MAX_REVIEW_DAYS)
        self.every_spin.setAccessibleName(self.tr("Days between reviews"))
        self.errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {
            "main_concern": self.concern_edit, "warning_signs": self.signs_edit,
            "completed_on": self.completed_edit, "review_every_days": self.every_spin,
        }

        concern_label = QLabel(self.tr("Main &concern"), self)
        concern_label.setBuddy(self.concern_edit)
        signs_label = QLabel(self.tr("&Warning signs"), self)
        signs_label.setBuddy(self.signs_edit)
        completed_label = QLabel(self.tr("Completed &on"), self)
        completed_label.setBuddy(self.completed_edit)
        every_label = QLabel(self.tr("Review ever&y"), self)
        every_label.setBuddy(self.every_spin)
        days_label = QLabel(self.tr("days"), self)

        fields = QGridLayout()
        fields.setHorizontalSpacing(14)
        fields.setVerticalSpacing(4)
        fields.addWidget(concern_label, 0, 0)
        fields.addWidget(signs_label, 0, 1)
        fields.addWidget(self.concern_edit, 1, 0)
        fields.addWidget(self.signs_edit, 1, 1)
        fields.addWidget(self._error_for("main_concern"), 2, 0)
        fields.addWidget(self._error_for("warning_signs"), 2, 1)
        fields.setColumnStretch(0, 1)
        fields.setColumnStretch(1, 1)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.with_her_check)
        row.addSpacing(18)
        row.addWidget(completed_label)
        row.addWidget(self.completed_edit)
        row.addSpacing(18)
        row.addWidget(every_label)
        row.addWidget(self.every_spin)
        row.addWidget(days_label)
        row.addStretch(1)

        # The items.
        self.model = PlanItemsModel(self)
        self.items_view = PlanItemsView(self)
        self.items_view.setModel(self.model)
        self.items_view.setAccessibleName(self.tr("Items of her plan"))
        self.model.modelReset.connect(self.items_view.show_all)
        header = self.items_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BY, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_NOTE, 190)
        items_label = QLabel(self.tr("Her &items"), self)
        items_label.setBuddy(self.items_view)
        keys_hint = hint(self.tr("1 Not started · 2 In progress · 3 Done · 4 Not applicable · Space: the next state · "
                                 "Enter: the item's note"), self)
        keys_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        items_row = QHBoxLayout()
        items_row.addWidget(items_label, 0, Qt.AlignmentFlag.AlignBottom)
        items_row.addWidget(keys_hint, 1)

        self.note_box = NoteBox(self, lines=2)
        self.note_box.setAccessibleName(self.tr("Note for the chosen item"))
        self.note_label = QLabel(self.tr("&Note for the chosen item"), self)
        self.note_label.setBuddy(self.note_box)
        self.note_box.setAccessibleDescription(self.tr("Printed on her copy"))
        self.printed_hint = QLabel(self.tr("Printed on her copy"), self)
        self.printed_hint.setObjectName("printedHint")
        self.printed_hint.setStyleSheet("color: #8a4b00; font-weight: bold;")
        note_heading = QHBoxLayout()
        note_heading.addWidget(self.note_label)
        note_heading.addStretch(1)
        note_heading.addWidget(self.printed_hint)
        note_hint = hint(self.tr("Enter: back to the list · Shift+Enter: a new line"), self)
        self.help_heading = QLabel(self.tr("For staff (not printed)"), self)
        self.help_heading.setStyleSheet("font-weight: bold; color: #245a5e;")
        self.help_label = self._plain_label()
        self.help_label.setObjectName("staffHelpLabel")
        help_frame = QFrame(self)
        help_frame.setObjectName("section")
        help_box = QVBoxLayout(help_frame)
        help_box.setContentsMargins(10, 8, 10, 8)
        help_box.addWidget(self.help_heading)
        help_box.addWidget(self.help_label)
        help_box.addStretch(1)
        self.chosen_label = self._plain_label()
        self.chosen_label.setObjectName("chosenItemLabel")
        self.chosen_label.setStyleSheet("font-weight: bold;")
        note_column = QVBoxLayout()
        note_column.setSpacing(4)
        note_column.addWidget(self.chosen_label)
        note_column.addLayout(note_heading)
        note_column.addWidget(self.note_box)
        note_column.addWidget(note_hint)
        below = QHBoxLayout()
        below.setSpacing(14)
        below.addLayout(note_column, 3)
        below.addWidget(help_frame, 2)

        # What else can be done with the plan.
        self.review_button = QPushButton(self.tr("Record a &review…"), self)
        self.versions_button = QPushButton(self.tr("&Earlier versions…"), self)
        self.add_items_button = QPushButton(self)
        self.print_button = QPushButton(self.tr("&Print for her…"), self)
        self.pdf_button = QPushButton(self.tr("Sa&ve as PDF for her…"), self)
        self.reload_button = QPushButton(self.tr("Re&load the plan, keeping what I typed"), self)
        self.reload_button.hide()
        self.review_button.clicked.connect(self.record_review)
        self.versions_button.clicked.connect(self.show_versions)
        self.add_items_button.clicked.connect(self.add_template_items)
        self.print_button.clicked.connect(self.print_for_her)
        self.pdf_button.clicked.connect(self.save_for_her)
        self.reload_button.clicked.connect(self.reload_keeping_changes)
        actions = FlowLayout()
        for button in (self.review_button, self.versions_button, self.add_items_button, self.print_button,
                       self.pdf_button, self.reload_button):
            button.setAutoDefault(False)
            actions.addWidget(button)

        self.body.setSpacing(8)
        self.progress_label.setWordWrap(False)
        state_row = QHBoxLayout()
        state_row.setSpacing(18)
        state_row.addWidget(self.progress_label)
        state_row.addWidget(self.review_label, 1)
        self.body.addWidget(self.about_label)
        self.body.addLayout(state_row)
        self.body.addLayout(fields)
        self.body.addLayout(row)
        self.body.addWidget(self._error_for("dates"))
        self.body.addLayout(items_row)
        self.body.addWidget(self.items_view, 1)
        self.body.addLayout(below)
        self.body.addLayout(actions)
        self.set_tab_order([self.concern_edit, self.signs_edit, self.with_her_check, self.completed_edit,
                            self.every_spin, self.items_view, self.note_box, self.review_button,
                            self.versions_button, self.add_items_button, self.print_button, self.pdf_button,
                            self.reload_button, self.save_button, self.cancel_button])

        self.items_view.selectionModel().currentChanged.connect(self._show_item)
        self.items_view.note_requested.connect(self._edit_note)
        self.note_box.textChanged.connect(self._note_typed)
        self.note_box.done.connect(self._back_to_list)
        self.model.edited.connect(self._show_progress)
        self._load(plan)
        self.fit_to_screen(1000, 860)
        self.items_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _plain_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # typed text: never read as markup
        label.setWordWrap(True)
        return label

    def _error_for(self, name: str) -> QLabel:
        label = error_label(self)
        self.errors[name] = label
        return label

    # --- showing the plan -------------------------------------------------------------------------
    def _load(self, plan: PlanInfo) -> None:
        """Show the plan as read (what counts as "nothing typed yet" from now on)."""
        chosen = self.model.item_at(self.items_view.currentIndex())
        chosen_id = chosen.info.id if chosen is not None else None
        self.plan, self.version = plan, plan.version
        self._filling = True
        try:
            self.concern_edit.setPlainText(plan.main_concern)
            self.signs_edit.setPlainText(plan.warning_signs)
            self.with_her_check.setChecked(plan.developed_with_resident)
            self.completed_edit.set_value(plan.completed_on)
            self.every_spin.setValue(plan.review_every_days)
            self.model.set_plan(plan.sections, today=self.desk.today(), who=self._who())
        finally:
            self._filling = False
        if self.desk.can(Permission.MANAGE_PLAN_TEMPLATES):
            self.about_label.setText(self.tr("From the template “{template}” · made by {who} on {day}").format(
                template=plan.template_name, who=plan.made_by, day=day_text(plan.made_on)))
        else:  # a template's name can say what she lived through: only those who keep the templates see it
            self.about_label.setText(self.tr("Made by {who} on {day}").format(who=plan.made_by,
                                                                            day=day_text(plan.made_on)))
        self._show_review_state()
        self._show_progress()
        count = plan.new_template_items
        self.add_items_button.setText(self.tr("&Add new template items ({n})").format(n=count))
        self.add_items_button.setVisible(count > 0)
        self._choose(chosen_id)
        self.remember_start()

    def _who(self) -> str:
        return self.desk.current.display_name if self.desk.current is not None else ""

    def _show_review_state(self) -> None:
        plan = self.plan
        text = next_review_text(plan.next_review_on, self.desk.today())
        if plan.reviews:
            last = plan.reviews[0]
            text += " · " + self.tr("Last review: {day} by {who}").format(day=day_text(last.reviewed_on),
                                                                          who=last.reviewed_by)
        else:
            text += " · " + self.tr("No review yet")
        self.review_label.setText(text)
        self.review_label.setStyleSheet(f"color: {OVERDUE_INK}; font-weight: bold;" if plan.overdue else "")

    def _show_progress(self) -> None:
        done, counted = self.model.progress()
        not_applicable = sum(1 for i in self.model.items() if i.status == "not_applicable")
        self.progress_label.setText(self.tr("Progress: {progress}").format(
            progress=progress_text(done, counted, not_applicable)))

    def _choose(self, item_id: int | None) -> None:
        target = self.model.first_item()
        for s_row, section in enumerate(self.model.sections):
            for i_row, item in enumerate(section.items):
                if item.info.id == item_id:
                    target = self.model.index(i_row, COL_ITEM, self.model.index(s_row, COL_ITEM))
        if target.isValid():
            self.items_view.setCurrentIndex(target)
            if target == self.model.first_item():
                self.items_view.scrollToTop()  # its section's title too
            else:
                self.items_view.scrollTo(target)
        else:
            self._show_item(QModelIndex())

    def _show_item(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        item = self.model.item_at(current)
        self._note_index = QPersistentModelIndex(current) if item is not None else QPersistentModelIndex()
        self._filling = True
        try:
            self.note_box.setPlainText(item.note if item is not None else "")
        finally:
            self._filling = False
        self.note_box.setEnabled(item is not None)
        self.chosen_label.setText(item.info.text if item is not None else "")
        help_text = item.info.help_text if item is not None else ""
        self.help_label.setText(help_text or self.tr("No help text for this item."))
        self.help_label.setStyleSheet("" if help_text else "color: #5d686c;")

    def _note_typed(self) -> None:
        if self._filling or not self._note_index.isValid():
            return
        self.model.set_note(QModelIndex(self._note_index), self.note_box.toPlainText())

    def _edit_note(self) -> None:
        if self.note_box.isEnabled():
            self.note_box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.note_box.moveCursor(self.note_box.textCursor().MoveOperation.End)

    def _back_to_list(self) -> None:
        self.items_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what is typed --------------------------------------------------------------------------------
    def snapshot(self) -> tuple:
        return (self.concern_edit.toPlainText(), self.signs_edit.toPlainText(), self.with_her_check.isChecked(),
                self.completed_edit.text().strip(), self.every_spin.value(), self.model.snapshot())

    def edit(self) -> PlanEdit:
        """What is on screen, as the service takes it (an unreadable date raises ``ValidationError``)."""
        return PlanEdit(
            main_concern=self.concern_edit.toPlainText(), warning_signs=self.signs_edit.toPlainText(),
            developed_with_resident=self.with_her_check.isChecked(), completed_on=self.completed_edit.value(),
            review_every_days=self.every_spin.value(), items=self.model.changes())

    # --- messages -------------------------------------------------------------------------------------
    def clear_problems(self) -> None:
        for label in self.errors.values():
            show_inline(label, "")
        show_inline(self.message_label, "")
        self.message_label.setStyleSheet("")

    def show_problem(self, exc: ValidationError) -> None:
        name = exc.field or ""
        label = self.errors.get("dates" if name in ("completed_on", "review_every_days") else name)
        if label is None:
            self.say(sentence(exc))
            return
        show_inline(label, sentence(exc))
        widget = self.field_widgets.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        """A refusal or a problem on the message line (in the error colours)."""
        self.message_label.setStyleSheet("")
        super().say(text)

    def tell(self, text: str) -> None:
        """A calm message (not an error) on the message line."""
        self.say(text)
        self.message_label.setStyleSheet("QLabel { color: #1d4f3a; background: #e7f3ec; border: 1px solid #a9d1b8; "
                                         "border-radius: 4px; padding: 6px 8px; }")

    # --- saving ---------------------------------------------------------------------------------------
    def save(self) -> bool:
        return self._store()

    def _store(self) -> bool:
        """Save what is on screen; False (with the message shown, everything kept) when refused."""
        try:
            edit = self.edit()
            self.version = self.desk.plans.save_plan(self.plan.id, edit, self.version)
        except StaleRecord as exc:
            self._stale(exc)
            return False
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return False
        self.reload_button.hide()
        self.saved_something = True
        return True

    def _stale(self, exc: StaleRecord) -> None:
        """Someone else saved the plan meanwhile: say so, and offer to read it again keeping what was typed."""
        self.say(self.tr("{refusal} Or press “Reload the plan, keeping what I typed”: you will see the newer plan "
                         "with your changes on top, to check and save again.").format(refusal=error_text(exc)))
        self.reload_button.show()

    def _alive(self) -> bool:
        """False once the screen is locked (the dialog is going away): no more reading or asking."""
        return self.isVisible() and self.desk.current is not None and not self.desk.locked

    def _reread(self) -> bool:
        try:
            plan = self.desk.plans.open_plan(self.plan.id)
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return False
        self._load(plan)
        return True

    def _saved_first(self, question: str) -> bool:
        """Before a step that works on the stored plan: save what was typed (after asking)."""
        if not self.typed_something():
            return True
        answer = QMessageBox.question(self, self.tr("Save your changes first?"), question,
                                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Save)
        if answer != QMessageBox.StandardButton.Save or not self._alive():
            return False
        self.clear_problems()
        return self._store() and self._reread()

    def reload_keeping_changes(self) -> None:
        """After someone else saved the plan: read it again and lay what was typed here over it."""
        base = self.plan
        mine = {"concern": self.concern_edit.toPlainText(), "signs": self.signs_edit.toPlainText(),
                "with_her": self.with_her_check.isChecked(), "completed": self.completed_edit.text().strip(),
                "every": self.every_spin.value()}
        typed = self.model.typed()
        try:
            newer = self.desk.plans.open_plan(self.plan.id)
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return
        self.clear_problems()
        self._load(newer)
        conflicts = self.model.apply_typed(typed)
        self._show_item(self.items_view.currentIndex())  # the chosen item's note as typed here
        fields = (
            ("concern", base.main_concern, newer.main_concern, self.concern_edit.setPlainText),
            ("signs", base.warning_signs, newer.warning_signs, self.signs_edit.setPlainText),
            ("with_her", base.developed_with_resident, newer.developed_with_resident, self.with_her_check.setChecked),
            ("completed", day_text(base.completed_on), day_text(newer.completed_on), self.completed_edit.setText),
            ("every", base.review_every_days, newer.review_every_days, self.every_spin.setValue),
        )
        for key, was, now, put in fields:
            if mine[key] != was:  # typed here: keep it
                conflicts += now != was and now != mine[key]
                put(mine[key])
        self._show_progress()
        self.reload_button.hide()
        if conflicts == 1:
            self.say(self.tr("The plan was read again. What you typed is kept, but one thing you changed was also "
                             "changed by someone else (marked in the list if it is an item): check it, then save."))
        elif conflicts:
            self.say(self.tr("The plan was read again. What you typed is kept, but {n} things you changed were also "
                             "changed by someone else (items are marked in the list): check them, then save.")
                     .format(n=conflicts))
        else:
            self.tell(self.tr("The plan was read again with the other changes. What you typed is kept: "
                              "check it, then save."))

    def reject(self) -> None:
        """Closing after a review or new items were saved still counts as saved (the file reads again)."""
        if self.saved_something and self.desk.current is not None and not self.desk.locked:
            self.done(QDialog.DialogCode.Accepted)
            return
        super().reject()

    # --- reviews, versions, new template items ----------------------------------------------------------
    def record_review(self) -> None:
        self.clear_problems()
        if not self._saved_first(self.tr("Your changes are not saved yet. Save them before recording the review?")):
            return
        dialog = ReviewDialog(self, self.desk, self.plan, self.version)
        try:
            recorded = dialog.exec() == QDialog.DialogCode.Accepted
            notice = dialog.notice
        finally:
            dialog.deleteLater()
        if not recorded or not self._alive():
            return
        self.saved_something = True
        if self._reread():
            next_review = next_review_text(self.plan.next_review_on, self.desk.today())
            if notice:  # recorded on a version someone else saved meanwhile (now shown here)
                self.tell(self.tr("{notice} {next}").format(notice=notice, next=next_review))
            else:
                self.tell(self.tr("The review was recorded. {next}").format(next=next_review))

    def show_versions(self) -> None:
        self.clear_problems()
        dialog = VersionsDialog(self, self.desk, self.plan)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def add_template_items(self) -> None:
        self.clear_problems()
        if self.plan.new_template_items <= 0:
            return
        if not self._saved_first(self.tr("Your changes are not saved yet. Save them before adding the new items?")):
            return
        try:
            count = self.desk.plans.add_new_template_items(self.plan.id, self.version)
        except StaleRecord as exc:
            self._stale(exc)
            return
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return
        self.saved_something = True
        if self._reread():
            self.tell(self.tr("1 new item was added to her plan.") if count == 1
                      else self.tr("{n} new items were added to her plan.").format(n=count))

    # --- her paper copy ---------------------------------------------------------------------------------
    def print_for_her(self) -> None:
        self._make_paper(self._send_to_printer, self.tr("Print her plan?"), self.tr(
            "This paper is itself sensitive: it shows her plan. Give it only to her, never leave it at the desk, "
            "and do not print it where others collect printouts. Her notes on each item are printed; staff help "
            "is not."))

    def save_for_her(self) -> None:
        self._make_paper(self._save_pdf, self.tr("Save her plan as a PDF?"), self.tr(
            "This file is itself sensitive: it shows her plan. A saved file is a copy outside the protected vault: "
            "save it only on her own USB stick or phone, never on this computer's Documents folder, and delete any "
            "copy left here. Her notes on each item are printed; staff help is not."))

    def paper_title(self) -> str:
        # No alias: the title reaches print queues and file names others may see.
        return self.tr("Safety plan")

    def _make_paper(self, then, title: str, warning: str) -> None:  # noqa: ANN001
        if self._operation is not None:
            return  # one is being prepared
        self.clear_problems()
        if not self._saved_first(self.tr("Your changes are not saved yet. Her copy shows the plan as saved. "
                                         "Save your changes first?")):
            return
        answer = QMessageBox.warning(
            self, title, warning, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes or not self._alive():
            return
        try:
            paper = self.desk.plans.plan_for_printing(self.plan.id)  # audited as printed
        except ShelterDeskError as exc:
            self.say(error_text(exc))
            return
        # No shelter name and no staff name on her copy (see reports/safety_plan.py).
        operation = Operation(self, self.tr("Preparing her plan…"), render_safety_plan, paper,
                              printed_by="", printed_at=self.desk.now().astimezone(), tr=QCoreApplication.translate)
        # The operation is deleted on its own once done (deleteLater): nothing of it may hold this dialog's last
        # Python reference then, or the dialog would be deleted in the middle of deleting its own child (a double
        # delete). So: bound methods rather than a lambda, and not the parent kept by worker.Operation (unused there).
        operation._parent = None
        self._operation = operation
        self._then = then
        operation.finished.connect(self._paper_ready)
        operation.failed.connect(self._paper_failed)
        operation.start()

    def _finish_operation(self) -> None:
        if self._operation is not None:
            self._operation.deleteLater()
        self._operation = None

    def _paper_ready(self, pdf: bytes) -> None:
        then, self._then = self._then, None
        self._finish_operation()
        if self._alive() and then is not None:
            then(pdf)

    def _paper_failed(self, exc: BaseException) -> None:
        self._finish_operation()
        if self._alive():
            self.say(error_text(exc))

    def _send_to_printer(self, pdf: bytes) -> None:
        if printing.print_pdf(self, pdf, self.paper_title()):
            self.tell(self.tr("Her plan was sent to the printer. Give it to her yourself."))

    def _save_pdf(self, pdf: bytes) -> None:
        name = self.tr("Safety plan {day}").format(day=self.desk.today().isoformat()) + ".pdf"
        path = printing.save_pdf(self, pdf, name)
        if path is not None:
            self.tell(self.tr("Her plan was saved as {path}.").format(path=str(path)))


# --- a review --------------------------------------------------------------------------------------------

class ReviewDialog(FormDialog):
    """Record a review of her plan: what changed (required) and when the next one is due.

    After Accepted, ``version`` is the plan's new version. When someone saved the plan meanwhile,
    the review is recorded on the newer version (a review changes no item) and ``notice`` says so.
    """

    def __init__(self, parent: QWidget | None, desk: Desk, plan: PlanInfo, version: int) -> None:
        super().__init__(parent, title=QCoreApplication.translate("ReviewDialog", "Record a review"),
                         heading=QCoreApplication.translate("ReviewDialog", "Review of the safety plan for {alias}")
                         .format(alias=plan.alias),
                         save_text=QCoreApplication.translate("ReviewDialog", "&Record the review"), scroll=False)
        self.desk, self.plan, self.version = desk, plan, version
        self.notice = ""
        today = desk.today()
        self.what_edit = TextBlock(self, lines=5)
        self.what_edit.setAccessibleName(self.tr("What changed"))
        self.next_edit = DateField(self, field="next_due", label=QT_TRANSLATE_NOOP("fields", "the next review"),
                                   value=today + timedelta(days=plan.review_every_days))
        self.what_error = error_label(self)
        self.next_error = error_label(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        what_label = QLabel(self.tr("&What changed"), self)
        what_label.setBuddy(self.what_edit)
        next_label = QLabel(self.tr("&Next review on"), self)
        next_label.setBuddy(self.next_edit)
        form.addRow(what_label, self.what_edit)
        form.addRow("", self.what_error)
        form.addRow(next_label, self.next_edit)
        form.addRow("", self.next_error)
        if plan.reviews:
            last = plan.reviews[0]
            intro = self.tr("Last review: {day} by {who}. Reviews are due every {n} days.").format(
                day=day_text(last.reviewed_on), who=last.reviewed_by, n=plan.review_every_days)
        else:
            intro = self.tr("This is the plan's first review. Reviews are due every {n} days.").format(
                n=plan.review_every_days)
        self.set_intro(intro)
        self.body.addLayout(form)
        self.body.addWidget(hint(self.tr("Write what you went through with her and what changed in her plan."), self))
        self.set_tab_order([self.what_edit, self.next_edit, self.save_button, self.cancel_button])
        self.resize(560, 360)
        self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.remember_start()

    def snapshot(self) -> tuple:
        return (self.what_edit.toPlainText(), self.next_edit.text())

    def clear_problems(self) -> None:
        for label in (self.what_error, self.next_error, self.message_label):
            show_inline(label, "")

    def show_problem(self, exc: ValidationError) -> None:
        place = {"what_changed": (self.what_error, self.what_edit),
                 "next_due": (self.next_error, self.next_edit)}.get(exc.field or "")
        if place is None:
            self.say(sentence(exc))
            return
        label, widget = place
        show_inline(label, sentence(exc))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        self.notice = ""
        try:
            what, next_due = self.what_edit.toPlainText(), self.next_edit.value()
            try:
                self.version = self.desk.plans.record_review(self.plan.id, what, self.version, next_due=next_due)
            except StaleRecord:
                # Someone saved the plan meanwhile. A review changes no item: record it on the newer version
                # (once; if that is refused too, it is said below and what was typed stays).
                self.version = self.desk.plans.open_plan(self.plan.id).version
                self.version = self.desk.plans.record_review(self.plan.id, what, self.version, next_due=next_due)
                self.notice = self.tr("Someone saved this plan meanwhile; your review was recorded on the newer "
                                      "version.")
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:  # StaleRecord again among them: said plainly, what was typed kept
            self.say(error_text(exc))
            return False
        return True


# --- earlier versions ----------------------------------------------------------------------------------

V_NUMBER, V_WHEN, V_WHO, V_WHY = range(4)


class VersionsModel(RowsModel[VersionInfo]):
    CONTEXT = "VersionsDialog"
    HEADERS = {
        V_NUMBER: QT_TRANSLATE_NOOP("VersionsDialog", "Version"),
        V_WHEN: QT_TRANSLATE_NOOP("VersionsDialog", "Saved"),
        V_WHO: QT_TRANSLATE_NOOP("VersionsDialog", "By"),
        V_WHY: QT_TRANSLATE_NOOP("VersionsDialog", "Why"),
    }

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        version = self.row(index.row())
        if version is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {V_NUMBER: str(version.number), V_WHEN: saved_text(version), V_WHO: version.saved_by,
                V_WHY: reason_text(version.reason)}.get(index.column())


def saved_text(version: VersionInfo | PlanSnapshot) -> str:
    local = version.saved_at.astimezone()
    return QCoreApplication.translate("VersionsDialog", "{day} {time}").format(
        day=day_text(local.date()), time=f"{local:%H:%M}")


class VersionsDialog(QDialog):
    """The plan's versions, newest first; Enter shows the chosen one as it was saved (an audited read)."""

    def __init__(self, parent: QWidget | None, desk: Desk, plan: PlanInfo) -> None:
        super().__init__(parent)
        self.desk, self.plan = desk, plan
        self.setWindowTitle(self.tr("Earlier versions of the plan"))
        self.model = VersionsModel(self)
        self.model.set_rows(plan.versions)
        self.table = list_table(self, self.model, self.tr("Versions"))
        header = self.table.horizontalHeader()
        for column in (V_NUMBER, V_WHEN, V_WHO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(V_WHY, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_version())
        heading = QLabel(self.tr("&Versions of the plan for {alias}").format(alias=plan.alias), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setBuddy(self.table)
        self.message_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Open this version"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_version)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint(self.tr("Enter shows the chosen version as it was saved. Esc closes."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        if plan.versions:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(620, 420)

    def open_version(self) -> None:
        version = self.model.row(selected_row(self.table))
        if version is None:
            return
        try:
            snapshot = self.desk.plans.plan_version(self.plan.id, version.number)
        except ShelterDeskError as exc:
            show_inline(self.message_label, error_text(exc))
            return
        show_inline(self.message_label, "")
        dialog = VersionDialog(self, snapshot, self.plan.alias)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def _snapshot_html(snapshot: PlanSnapshot) -> str:
    """An earlier version, read-only: every word typed is escaped."""
    data = snapshot.data
    completed = data.get("completed_on")
    fields = [
        (QCoreApplication.translate("VersionDialog", "Main concern"), block(data.get("main_concern", ""))),
        (QCoreApplication.translate("VersionDialog", "Warning signs"), block(data.get("warning_signs", ""))),
        (QCoreApplication.translate("VersionDialog", "Developed with her"),
         html.escape(QCoreApplication.translate("VersionDialog", "Yes") if data.get("developed_with_resident")
                     else QCoreApplication.translate("VersionDialog", "No"))),
        (QCoreApplication.translate("VersionDialog", "Completed on"), _day(completed) or missing()),
        (QCoreApplication.translate("VersionDialog", "Review every"),
         html.escape(QCoreApplication.translate("VersionDialog", "{n} days").format(
             n=data.get("review_every_days", "")))),
        (QCoreApplication.translate("VersionDialog", "Next review"), _day(data.get("next_review_on"))),
        (QCoreApplication.translate("VersionDialog", "Last review"),
         _day(data.get("last_reviewed_on")) or missing(QCoreApplication.translate("VersionDialog", "None yet"))),
    ]
    parts = [table_html(fields)]
    head = "".join(f"<th align='left' style='padding:3px 10px 3px 0'>{html.escape(h)}</th>" for h in (
        QCoreApplication.translate("VersionDialog", "Item"), QCoreApplication.translate("VersionDialog", "State"),
        QCoreApplication.translate("VersionDialog", "Note"), QCoreApplication.translate("VersionDialog", "When"),
        QCoreApplication.translate("VersionDialog", "By")))
    for section in data.get("sections", []):
        parts.append(f"<h3 style='color:#245a5e'>{html.escape(str(section.get('title', '')))}</h3>")
        rows = "".join(
            "<tr>" + "".join(f"<td valign='top' style='padding:3px 10px 3px 0'>{cell}</td>" for cell in (
                block(str(item.get("text", ""))), html.escape(status_text(str(item.get("status", "")))),
                block(str(item.get("note", ""))), _day(item.get("status_on")),
                html.escape(str(item.get("status_by") or "")))) + "</tr>"
            for item in section.get("items", []))
        parts.append(f"<table cellspacing='0'><tr>{head}</tr>{rows}</table>")
    return "".join(parts)


def _day(value: object) -> str:
    if not value:
        return ""
    try:
        return day_text(date.fromisoformat(str(value)))
    except ValueError:
        return ""


class VersionDialog(QDialog):
    """One earlier version of her plan, read-only."""

    def __init__(self, parent: QWidget | None, snapshot: PlanSnapshot, alias: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("An earlier version of the plan"))
        heading = QLabel(self.tr("Version {n} of the plan for {alias}").format(n=snapshot.number, alias=alias), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: bold; font-size: 13pt; color: #245a5e;")
        about = QLabel(self.tr("{why}: saved {when} by {who}").format(
            when=saved_text(snapshot), who=snapshot.saved_by, why=reason_text(snapshot.reason)), self)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.pane = reading_pane(self, self.tr("The plan as it was saved"))
        self.pane.setHtml(_snapshot_html(snapshot))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.pane, 1)
        layout.addWidget(buttons)
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(860, 700)
