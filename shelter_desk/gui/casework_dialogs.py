"""Case notes and goals: write or correct a note, add an amendment, add or change a goal.

Each dialog saves through ``desk.casework`` when Save (Enter, or Ctrl+Enter in a text
box) is pressed, and closes only when the service accepted it. A refused value is
explained in red under its field, which gets the focus; nothing typed is lost. Esc,
Cancel and the window's close button ask before throwing away what was typed.
Dates are typed as everywhere else (:class:`DateField`: the computer's date format or
year-month-day, or picked from a calendar).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.resident_dialog_base import AskBeforeClosing
from shelter_desk.gui.resident_text import block, day_text, reading_pane, term_text
from shelter_desk.gui.resident_widgets import DateField, TextBlock, TextLine
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.residents import GoalInfo, NoteInfo

MAX_HEIGHT = 16_777_215  # Qt's QWIDGETSIZE_MAX: a text box may grow with the dialog


def date_field(parent: QWidget, field: str, label: str, day: date | None) -> DateField:
    """The date field every resident screen uses (the services refuse a date in the future)."""
    return DateField(parent, field=field, label=label, value=day)


def text_box(parent: QWidget, text: str = "", lines: int = 6) -> TextBlock:
    """Tab moves on; Enter starts a new line; Ctrl+Enter saves; a copy is a sensitive copy."""
    box = TextBlock(parent, lines=lines)
    box.setPlainText(text)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 16)
    box.setMaximumHeight(MAX_HEIGHT)
    return box


def value_of(widget: QWidget) -> object:
    """What a field holds, to tell whether anything was typed."""
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return None


def term_combo(parent: QWidget, terms: tuple[hud.Term, ...], current: str | None) -> QComboBox:
    combo = QComboBox(parent)
    for term in terms:
        combo.addItem(term_text(terms, term.key), term.key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class CaseworkDialog(AskBeforeClosing, QDialog):
    """The frame the three dialogs share: a form, a red message under each field, Save and Cancel.

    Subclasses add fields with ``add_field(name, label_text, widget)`` (``name`` is the
    ``ValidationError.field`` the services use), implement ``save()``, which raises
    on a refusal (``accept()`` shows the message and keeps the dialog open), and call
    ``finish_layout()`` once filled in: from then on Esc, Cancel and the close button ask
    before throwing away a change (``reject()`` closes at once, as the screen lock needs).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._inputs: list[QWidget] = []  # every field and check box, for snapshot()
        self.error_label = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # translate() with this class's name: tr() in a base class would look under the subclass's
        self.save_button.setText(QCoreApplication.translate("CaseworkDialog", "Save"))
        self.save_button.setToolTip(QCoreApplication.translate("CaseworkDialog", "Save (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(10)

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("errorLabel")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        show_inline(label, "")
        return label

    def add_field(self, name: str, label: str | QWidget, widget: QWidget) -> None:
        """A form row: the label (its mnemonic leads to the field) or a check box, the field, a hidden red message."""
        if isinstance(label, str):
            label = QLabel(label, self)
            label.setBuddy(widget)
        error = self._error_label()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, holder)
        self.fields[name] = (widget, error)
        if isinstance(label, QCheckBox):
            self._inputs.append(label)
        self._inputs.append(widget)

    def finish_layout(self, intro: QWidget | None = None) -> None:
        if intro is not None:
            self.body.addWidget(intro)
        self.body.addLayout(self.form, 1)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self.remember_start()

    def snapshot(self) -> tuple:
        return tuple(value_of(widget) for widget in self._inputs)

    def clear_errors(self) -> None:
        show_inline(self.error_label, "")
        for _widget, error in self.fields.values():
            show_inline(error, "")

    def show_refusal(self, exc: ShelterDeskError) -> None:
        """The sentence under the field it is about (focused), or under the form."""
        place = self.fields.get(exc.field or "") if isinstance(exc, ValidationError) else None
        if place is None:
            show_inline(self.error_label, error_text(exc))
            return
        widget, error = place
        show_inline(error, error_text(exc))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except ShelterDeskError as exc:
            self.show_refusal(exc)
            return
        super().accept()


class NoteDialog(CaseworkDialog):
    """Write a case note, or with ``note`` correct your own note on the day you wrote it.

    After Accepted, ``note_id`` is the note's id.
    """

    def __init__(self, desk: Desk, resident_id: int, parent: QWidget | None = None,
                 note: NoteInfo | None = None) -> None:
        correcting = note is not None
        super().__init__(self.tr("Correct your note") if correcting else self.tr("Write a case note"), parent)
        self.desk, self.resident_id, self.note = desk, resident_id, note
        self.note_id: int | None = note.id if note else None
        today = desk.today()
        self.kind_combo = term_combo(self, hud.NOTE_KINDS, note.kind if note else None)
        self.date_edit = date_field(self, "written_on", QT_TRANSLATE_NOOP("fields", "the note's date"),
                                    note.written_on if note else today)
        self.text_edit = text_box(self, note.text if note else "", lines=8)
        amendment = note is not None and note.amends_id is not None
        self.kind_combo.setEnabled(not amendment)  # an amendment is about what its note is about
        self.date_edit.setEnabled(not correcting)
        self.add_field("kind", self.tr("&What it is about"), self.kind_combo)
        self.add_field("written_on", self.tr("&Date"), self.date_edit)
        self.add_field("text", self.tr("&Note"), self.text_edit)
        hint = QLabel(self.tr(
            "You can correct this note today. From tomorrow, a change is added as an amendment under "
            "it and the note stays as it was.") if correcting else self.tr(
            "Write what happened and what was agreed, in plain words. You can correct the note today; "
            "after today, changes are added as amendments."), self)
        hint.setWordWrap(True)
        self.finish_layout(hint)
        (self.text_edit if correcting else self.kind_combo).setFocus()

    def save(self) -> None:
        kind = self.kind_combo.currentData()
        text = self.text_edit.toPlainText()
        if self.note is not None:
            self.desk.casework.correct_note(self.note.id, kind, text)
        else:
            self.note_id = self.desk.casework.add_note(self.resident_id, kind, text, self.date_edit.value())


class AmendmentDialog(CaseworkDialog):
    """Add a dated amendment to a note; the note itself is shown and stays as written.

    After Accepted, ``note_id`` is the amendment's id.
    """

    def __init__(self, desk: Desk, original: NoteInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an amendment"), parent)
        self.desk, self.original = desk, original
        self.note_id: int | None = None
        shown = reading_pane(self, self.tr("The note as written"))
        title = self.tr("{kind} note of {day}, written by {author}").format(
            kind=term_text(hud.NOTE_KINDS, original.kind), day=day_text(original.written_on),
            author=original.author_name)
        shown.setHtml(f"<p><b>{block(title)}</b></p><p>{block(original.text)}</p>")
        shown.setMaximumHeight(shown.fontMetrics().lineSpacing() * 8 + 24)
        self.text_edit = text_box(self, lines=6)
        note_label = QLabel(self.tr("The note"), self)
        self.form.addRow(note_label, shown)
        self.add_field("text", self.tr("&Amendment"), self.text_edit)
        hint = QLabel(self.tr(
            "The note stays as it was written. Your amendment is added under it with today's date "
            "and your name."), self)
        hint.setWordWrap(True)
        self.finish_layout(hint)
        self.text_edit.setFocus()

    def save(self) -> None:
        self.note_id = self.desk.casework.amend_note(self.original.id, self.text_edit.toPlainText())


class GoalDialog(CaseworkDialog):
    """Add a goal or service, or with ``goal`` change one: kind, description, status, dates, notes.

    Choosing "reached" or "stopped" fills in the end date with today; going back to
    "planned" or "in progress" takes it away (only a finished goal has an end date).
    After Accepted, ``goal_id`` is the goal's id.
    """

    FINISHED = ("reached", "stopped")

    def __init__(self, desk: Desk, resident_id: int, parent: QWidget | None = None,
                 goal: GoalInfo | None = None) -> None:
        super().__init__(self.tr("Change a goal") if goal else self.tr("Add a goal or service"), parent)
        self.desk, self.resident_id, self.goal = desk, resident_id, goal
        self.goal_id: int | None = goal.id if goal else None
        today = desk.today()
        self.kind_combo = term_combo(self, hud.GOAL_KINDS, goal.kind if goal else None)
        self.description_edit = TextLine(self)
        self.description_edit.setText(goal.description if goal else "")
        self.description_edit.setMaxLength(300)
        self.description_edit.setPlaceholderText(self.tr("For example: GED classes at the library"))
        self.status_combo = term_combo(self, hud.GOAL_STATUSES, goal.status if goal else "planned")
        self.started_check = QCheckBox(self.tr("&Started on"), self)
        self.started_edit = date_field(self, "started_on", QT_TRANSLATE_NOOP("fields", "the start date"),
                                       (goal.started_on if goal else None) or today)
        self.ended_check = QCheckBox(self.tr("&Ended on"), self)
        self.ended_edit = date_field(self, "ended_on", QT_TRANSLATE_NOOP("fields", "the end date"),
                                     (goal.ended_on if goal else None) or today)
        for check, edit, day in ((self.started_check, self.started_edit, goal.started_on if goal else None),
                                 (self.ended_check, self.ended_edit, goal.ended_on if goal else None)):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            check.toggled.connect(edit.setEnabled)
        self.started_check.setAccessibleName(self.tr("Has a start date"))
        self.ended_check.setAccessibleName(self.tr("Has an end date"))
        self.notes_edit = text_box(self, goal.notes if goal else "", lines=4)
        self.add_field("kind", self.tr("&Goal or service"), self.kind_combo)
        self.add_field("description", self.tr("&Description"), self.description_edit)
        self.add_field("status", self.tr("S&tatus"), self.status_combo)
        self.add_field("started_on", self.started_check, self.started_edit)
        self.add_field("ended_on", self.ended_check, self.ended_edit)
        self.add_field("notes", self.tr("N&otes"), self.notes_edit)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        for first, second in ((self.kind_combo, self.description_edit), (self.description_edit, self.status_combo),
                              (self.status_combo, self.started_check), (self.started_check, self.started_edit),
                              (self.started_edit, self.ended_check), (self.ended_check, self.ended_edit),
                              (self.ended_edit, self.notes_edit)):
            self.setTabOrder(first, second)
        self.finish_layout()
        self.kind_combo.setFocus()

    def _status_changed(self) -> None:
        status = self.status_combo.currentData()
        finished = status in self.FINISHED
        if finished != self.ended_check.isChecked():
            self.ended_check.setChecked(finished)
        if status != "planned" and not self.started_check.isChecked():
            self.started_check.setChecked(True)

    def save(self) -> None:
        started = self.started_edit.value() if self.started_check.isChecked() else None
        ended = self.ended_edit.value() if self.ended_check.isChecked() else None
        values = {
            "kind": self.kind_combo.currentData(), "description": self.description_edit.text(),
            "status": self.status_combo.currentData(), "started_on": started, "ended_on": ended,
            "notes": self.notes_edit.toPlainText(),
        }
        if self.goal is not None:
            self.desk.casework.update_goal(self.goal.id, **values)
        else:
            self.goal_id = self.desk.casework.add_goal(self.resident_id, **values)
