"""Clothing and supplies dialogs: a request, a hand-out, donations coming in, a recount, the kinds list.

Every dialog saves through ``desk.supplies`` and closes only when the service accepted
it; a refusal is shown in red under its field, which gets the focus, and nothing typed
is lost. Dialogs that open filled in (a hand-out for a request, donations of an item
already on the list, a recount) save with Enter; blank forms move on with Enter and save
with Ctrl+Enter. Esc asks before throwing away what was typed; the screen lock closes
them without asking (``reject()``).

They are built to be opened from anywhere (the Supplies screen, the Today board, her
file) with a resident chosen beforehand: ``RequestDialog(parent, desk, resident_id)``,
``HandOutDialog(parent, desk, resident_id, request=...)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.list_editor import ListEditorMixin
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import FieldErrors, Section, focus_order, hint, sentence
from shelter_desk.gui.resident_picker import ResidentPicker
from shelter_desk.gui.resident_text import day_text, heading_label, list_table
from shelter_desk.gui.resident_widgets import DateField, TextLine
from shelter_desk.gui.supplies_models import (
    HIST_NOTE,
    KIND_NAME,
    KindsModel,
    StockHistoryModel,
    urgency_text,
    what_text,
)
from shelter_desk.gui.worker import error_text
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.needs_views import (
    MAX_QUANTITY,
    MAX_STOCK,
    URGENCIES,
    HandoutResult,
    RequestLine,
    StockLine,
    StockWouldGoNegative,
    SupplyKindView,
)
from shelter_desk.services.validation import fold

NO_RESIDENT = QT_TRANSLATE_NOOP("errors", "Choose who it is for: type part of her name or room, then pick her.")


def _key(text: str) -> str:
    """How the supply service matches a stock item: case, accents and extra spaces do not matter."""
    return " ".join(fold(text).split())


def handed_out_text(alias: str, quantity: int, what: str, result: HandoutResult) -> str:
    """The sentence the screen shows after a hand-out, with what is left on the shelf."""
    done = QCoreApplication.translate("SupplyDialogs", "Handed out {n} × {what} to {alias}.").format(
        n=quantity, what=what, alias=alias)
    left = result.stock_left
    if left is None:
        return done
    if left < 0:
        more = QCoreApplication.translate(
            "SupplyDialogs", "The stock list now shows {n}: please count what is on the shelf.").format(n=left)
    elif result.low:
        more = QCoreApplication.translate("SupplyDialogs", "Stock is low: {n} left.").format(n=left)
    else:
        more = QCoreApplication.translate("SupplyDialogs", "{n} left in stock.").format(n=left)
    return QCoreApplication.translate("SupplyDialogs", "{done} {more}").format(done=done, more=more)


def _value(widget: QWidget) -> object:
    """What a field holds, to tell whether anything was typed."""
    if isinstance(widget, ResidentPicker):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return None


class SupplyForm(QWidget):
    """One titled section of label–field rows, a red message under each field, and what was typed."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.section = Section(title, self)
        self.errors = FieldErrors()
        self.inputs: list[QWidget] = []
        self.sections = [self.section]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.section)

    def add(self, text: str, widget: QWidget, fields: list[str], *, note: str = "",
            field: QWidget | QHBoxLayout | None = None) -> QLabel:
        """A row: ``text`` (with its Alt letter) for ``widget``; the messages for ``fields`` under it."""
        label = self.section.row(text, field if field is not None else widget, buddy=widget)
        if note:
            self.section.note(note)
        if fields:
            self.errors.add(self.section.form, fields, widget, self.section)
        self.inputs.append(widget)
        return label

    def snapshot(self) -> tuple:
        return tuple(_value(widget) for widget in self.inputs)

    def show_error(self, exc: ValidationError) -> bool:
        return self.errors.show(exc)

    def clear_errors(self) -> None:
        self.errors.clear()


class StockShelf:
    """The stock list as read when a dialog opened: finds the item a dialog is about."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.lines: list[StockLine] = []
        self.reload()

    def reload(self) -> None:
        try:
            self.lines = self.desk.supplies.stock()
        except ShelterDeskError:
            self.lines = []

    def find(self, kind_id: int | None, item: str, size: str) -> StockLine | None:
        if kind_id is None:
            return None
        item_key, size_key = _key(item), _key(size)
        return next((s for s in self.lines if s.kind_id == kind_id and _key(s.item) == item_key
                     and _key(s.size) == size_key), None)

    def items(self, kind_id: int | None) -> list[str]:
        names: dict[str, str] = {}
        for line in self.lines:
            if line.item and (kind_id is None or line.kind_id == kind_id):
                names.setdefault(_key(line.item), line.item)
        return sorted(names.values(), key=fold)

    def sizes(self, kind_id: int | None, item: str) -> list[str]:
        item_key = _key(item)
        names: dict[str, str] = {}
        for line in self.lines:
            if line.size and (kind_id is None or line.kind_id == kind_id) and (not item or _key(line.item) == item_key):
                names.setdefault(_key(line.size), line.size)
        return list(names.values())


def _suggest(edit: QLineEdit) -> QStringListModel:
    """A list of suggestions under a text field (what is on the stock list); returns its words."""
    words = QStringListModel(edit)
    completer = QCompleter(words, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit.setCompleter(completer)
    return words


def _count_spin(parent: QWidget, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setAccelerated(True)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0" * 6) + 48)
    spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0" * 6) + 60)
    return spin


class _SupplyDialog(FormDialog):
    """What the supply dialogs share: one form, the kinds list, the stock on the shelves, saving."""

    def __init__(self, parent: QWidget | None, desk: Desk, *, title: str, heading: str, save_text: str,
                 section: str, enter_saves: bool) -> None:
        super().__init__(parent, title=title, heading=heading, save_text=save_text, enter_saves=enter_saves,
                         scroll=False)
        self.desk = desk
        self.form = SupplyForm(section, self.body_widget)
        self.forms = [self.form]
        self.body.addWidget(self.form)

    def make_kind_combo(self, current: int | None = None) -> QComboBox:
        """The kinds in use (and ``current`` even when it was taken out of use since)."""
        combo = QComboBox(self.form.section)
        # translate() with a fixed context: tr() in a base class would look under the subclass's name
        combo.setPlaceholderText(QCoreApplication.translate("SupplyDialogs", "Choose the kind…"))
        combo.setMinimumContentsLength(22)
        combo.setMaxVisibleItems(16)
        kinds: list[SupplyKindView] = self.desk.supplies.kinds(include_retired=True)
        for kind in kinds:
            if kind.active or kind.id == current:
                combo.addItem(kind.name, kind.id)
        combo.setCurrentIndex(combo.findData(current) if current is not None else -1)
        return combo

    def finish(self, first: QWidget, width: int = 640) -> None:
        self.set_tab_order([*focus_order(self.form.sections), self.save_button, self.cancel_button])
        self.resize(width, self.sizeHint().height())
        self.remember_start()
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(first, QSpinBox | QLineEdit):
            first.selectAll()

    def run(self, action) -> bool:  # noqa: ANN001
        """Call the service; show a refusal under its field (or on the message line)."""
        try:
            action()
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True


# --- a request ----------------------------------------------------------------------------------

class RequestDialog(_SupplyDialog):
    """A resident asks for something: who, kind, item, size, how many, how urgent, a note.

    ``resident_id`` preselects her (from her file or the Today board). After Accepted,
    ``request_id`` is the new request's id and ``message`` says what was written down.
    """

    def __init__(self, parent: QWidget | None, desk: Desk, resident_id: int | None = None) -> None:
        super().__init__(parent, desk, title=self.tr("New request"), heading=self.tr("What does she need?"),
                         save_text=self.tr("W&rite it down"), section=self.tr("The request"), enter_saves=False)
        self.request_id: int | None = None
        self.message = ""
        self.shelf = StockShelf(desk)
        form, section = self.form, self.form.section
        self.resident_picker = ResidentPicker(desk, section, include=resident_id)
        self.resident_picker.setAccessibleName(self.tr("Who it is for"))
        self.resident_picker.chosen.connect(self._name_her)
        self.resident_picker.editTextChanged.connect(lambda _t: self._name_her(self.resident_picker.resident_id()))
        form.add(self.tr("&Who it is for"), self.resident_picker, ["resident"])
        self._name_her(self.resident_picker.resident_id())
        self.kind_combo = self.make_kind_combo()
        form.add(self.tr("&Kind"), self.kind_combo, ["kind"])
        self.item_edit = TextLine(section, placeholder=self.tr("e.g. Winter coat"))
        self.item_edit.setMaxLength(120)
        self._items = _suggest(self.item_edit)
        form.add(self.tr("&Item"), self.item_edit, ["item"])
        self.size_edit = TextLine(section, placeholder=self.tr("e.g. M, 8, 6–12 months (may be left empty)"))
        self.size_edit.setMaxLength(30)
        self._sizes = _suggest(self.size_edit)
        form.add(self.tr("Si&ze"), self.size_edit, ["size"])
        self.quantity_spin = _count_spin(section, 1, MAX_QUANTITY, 1)
        self.stock_label = QLabel(section)
        self.stock_label.setObjectName("hintLabel")
        self.stock_label.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.quantity_spin)
        row.addSpacing(10)
        row.addWidget(self.stock_label, 1)
        form.add(self.tr("H&ow many"), self.quantity_spin, ["quantity"], field=row)
        self.urgency_combo = QComboBox(section)
        for code, _label in URGENCIES:
            self.urgency_combo.addItem(urgency_text(code), code)
        self.urgency_combo.setCurrentIndex(self.urgency_combo.findData("soon"))
        form.add(self.tr("&Urgency"), self.urgency_combo, ["urgency"])
        self.note_edit = TextLine(section, placeholder=self.tr("e.g. for a job interview on Monday"))
        self.note_edit.setMaxLength(500)
        form.add(self.tr("&Note"), self.note_edit, ["note"])
        for signal in (self.kind_combo.currentIndexChanged, self.item_edit.textChanged, self.size_edit.textChanged):
            signal.connect(self._update_stock)
        self._update_stock()
        self.finish(self.kind_combo if self.resident_picker.resident_id() is not None else self.resident_picker)

    def _update_stock(self) -> None:
        kind_id = self.kind_combo.currentData()
        self._items.setStringList(self.shelf.items(kind_id))
        self._sizes.setStringList(self.shelf.sizes(kind_id, self.item_edit.text()))
        line = self.shelf.find(kind_id, self.item_edit.text(), self.size_edit.text())
        self.stock_label.setText(self.tr("{n} in stock").format(n=line.count) if line is not None else "")

    def _name_her(self, resident_id: int | None) -> None:
        alias = next((r.alias for r in self.resident_picker.rows if r.id == resident_id), "")
        self.heading_label.setText(self.tr("What does {alias} need?").format(alias=alias) if alias
                                   else self.tr("What does she need?"))

    def save(self) -> bool:
        resident_id = self.resident_picker.resident_id()

        def write() -> None:
            if resident_id is None:
                raise ValidationError(NO_RESIDENT, field="resident")
            self.request_id = self.desk.supplies.request(
                resident_id, self.kind_combo.currentData(), self.item_edit.text(), self.size_edit.text(),
                self.quantity_spin.value(), self.urgency_combo.currentData(), self.note_edit.text())

        if not self.run(write):
            return False
        alias = next((r.alias for r in self.resident_picker.rows if r.id == resident_id), "")
        what = what_text(" ".join(self.item_edit.text().split()), " ".join(self.size_edit.text().split()),
                         self.kind_combo.currentText())
        self.message = self.tr("Written down: {n} × {what} for {alias}.").format(
            n=self.quantity_spin.value(), what=what, alias=alias)
        return True


# --- a hand-out ---------------------------------------------------------------------------------

class HandOutDialog(_SupplyDialog):
    """She was given something: for a request (filled in from it; Enter hands it out) or without one
    (food such as a pantry bag or baby formula is the "Food" kind).

    Shows how many of the item the stock list has as the fields change. When the list has
    fewer than are handed out, the service's message is shown with a "Reason" field; with a
    reason the hand-out can be saved. After Accepted, ``result`` is the
    :class:`HandoutResult` and ``message`` the sentence to show (with what is left in stock).
    """

    def __init__(self, parent: QWidget | None, desk: Desk, resident_id: int | None = None,
                 request: RequestLine | None = None) -> None:
        super().__init__(
            parent, desk, title=self.tr("Hand out"),
            heading=self.tr("Hand out to {alias}").format(alias=request.alias) if request
            else self.tr("Hand something out"),
            save_text=self.tr("H&and out"), section=self.tr("What she is given"), enter_saves=request is not None)
        self.request = request
        self.result: HandoutResult | None = None
        self.message = ""
        self.shelf = StockShelf(desk)
        form, section = self.form, self.form.section
        self.resident_picker: ResidentPicker | None = None
        if request is not None:
            lines = [self.tr("Asked for on {day} · {urgency}").format(
                day=day_text(request.requested_on), urgency=urgency_text(request.urgency))]
            if request.note:
                lines.append(self.tr("Her note: {note}").format(note=" ".join(request.note.split())))
            lines.append(self.tr("Check the size and how many, then press Enter."))
            self.set_intro("\n".join(lines))
            who = QLabel(request.alias, section)
            who.setTextFormat(Qt.TextFormat.PlainText)
            section.row(self.tr("For"), who)
        else:
            self.set_intro(self.tr("For things given without a request, too: a pantry bag or baby formula is "
                                   "the Food kind."))
            self.resident_picker = ResidentPicker(desk, section, include=resident_id)
            self.resident_picker.setAccessibleName(self.tr("Who it is for"))
            # The heading names whom the hand-out goes to, as the picker understands what is typed.
            self.resident_picker.chosen.connect(lambda _id: self._name_her())
            self.resident_picker.editTextChanged.connect(lambda _t: self._name_her())
            form.add(self.tr("&Who it is for"), self.resident_picker, ["resident"])
            self._name_her()
        self.kind_combo = self.make_kind_combo(request.kind_id if request else None)
        form.add(self.tr("&Kind"), self.kind_combo, ["kind"])
        self.item_edit = TextLine(section, placeholder=self.tr("e.g. Pantry bag, Winter coat"))
        self.item_edit.setMaxLength(120)
        self._items = _suggest(self.item_edit)
        form.add(self.tr("&Item"), self.item_edit, ["item"])
        self.size_edit = TextLine(section, placeholder=self.tr("may be left empty"))
        self.size_edit.setMaxLength(30)
        self._sizes = _suggest(self.size_edit)
        form.add(self.tr("Si&ze"), self.size_edit, ["size"])
        self.quantity_spin = _count_spin(section, 1, MAX_QUANTITY, request.quantity if request else 1)
        self.stock_label = QLabel(section)
        self.stock_label.setObjectName("stockLabel")
        self.stock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stock_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.quantity_spin)
        row.addSpacing(10)
        row.addWidget(self.stock_label, 1)
        form.add(self.tr("H&ow many"), self.quantity_spin, ["quantity"], field=row)
        self.day_edit = DateField(section, field="handed_on", label=QT_TRANSLATE_NOOP("fields", "the day"),
                                  value=desk.today())
        form.add(self.tr("&Day"), self.day_edit, ["handed_on"])
        self.note_edit = TextLine(section, placeholder=self.tr("may be left empty"))
        self.note_edit.setMaxLength(300)
        form.add(self.tr("&Note"), self.note_edit, ["note"])
        self.reason_edit = TextLine(section, placeholder=self.tr("e.g. the count was wrong, there were more"))
        self.reason_edit.setMaxLength(200)
        self.reason_label = form.add(self.tr("&Reason"), self.reason_edit, ["reason"])
        section.form.setRowVisible(self.reason_edit, False)
        if request is not None:
            self.item_edit.setText(request.item)
            self.size_edit.setText(request.size)
        for signal in (self.kind_combo.currentIndexChanged, self.item_edit.textChanged, self.size_edit.textChanged,
                       self.quantity_spin.valueChanged):
            signal.connect(self._update_stock)
        self._update_stock()
        if request is not None:
            first: QWidget = self.quantity_spin
        elif self.resident_picker is not None and self.resident_picker.resident_id() is None:
            first = self.resident_picker
        else:
            first = self.kind_combo
        self.finish(first)

    def stock_line(self) -> StockLine | None:
        return self.shelf.find(self.kind_combo.currentData(), self.item_edit.text(), self.size_edit.text())

    def _update_stock(self) -> None:
        kind_id = self.kind_combo.currentData()
        self._items.setStringList(self.shelf.items(kind_id))
        self._sizes.setStringList(self.shelf.sizes(kind_id, self.item_edit.text()))
        line = self.stock_line()
        wanted = self.quantity_spin.value()
        warn = False
        if kind_id is None:
            text = ""
        elif line is None:
            text = self.tr("Not on the stock list: no count changes.")
        elif line.count < wanted:
            text = self.tr("Only {n} in stock.").format(n=line.count) if line.count > 0 \
                else self.tr("None in stock, says the list.")
            warn = True
        elif line.low_at > 0 and line.count - wanted <= line.low_at:
            text = self.tr("{n} in stock; {left} left after this (low).").format(
                n=line.count, left=line.count - wanted)
        else:
            text = self.tr("{n} in stock; {left} left after this.").format(n=line.count, left=line.count - wanted)
        self.stock_label.setText(text)
        self.stock_label.setStyleSheet("color: #9b1c1c; font-weight: bold;" if warn else "color: #3d484c;")

    def _name_her(self) -> None:
        alias = self.alias()
        self.heading_label.setText(self.tr("Hand out to {alias}").format(alias=alias) if alias
                                   else self.tr("Hand something out"))

    def reason_shown(self) -> bool:
        return self.reason_edit.isVisibleTo(self)

    def resident_id(self) -> int | None:
        if self.request is not None:
            return self.request.resident_id
        return self.resident_picker.resident_id() if self.resident_picker is not None else None

    def alias(self) -> str:
        if self.request is not None:
            return self.request.alias
        chosen = self.resident_id()
        rows = self.resident_picker.rows if self.resident_picker is not None else []
        return next((r.alias for r in rows if r.id == chosen), "")

    def save(self) -> bool:
        resident_id = self.resident_id()
        try:
            if resident_id is None:
                raise ValidationError(NO_RESIDENT, field="resident")
            day = self.day_edit.value()
            if day is None:  # the service would take "no day" as today: an emptied field is refused here
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field="handed_on",
                                      label=QT_TRANSLATE_NOOP("fields", "the day"))
            self.result = self.desk.supplies.hand_out(
                resident_id, self.kind_combo.currentData(), self.item_edit.text(), self.size_edit.text(),
                self.quantity_spin.value(), handed_on=day,
                request_id=self.request.id if self.request else None, note=self.note_edit.text(),
                below_zero_reason=self.reason_edit.text() if self.reason_shown() else "")
        except StockWouldGoNegative as exc:
            # More than the list shows: allowed with a reason (the shelf had more than the list said).
            self.form.section.form.setRowVisible(self.reason_edit, True)
            self.shelf.reload()  # the count may have changed since the dialog opened
            self._update_stock()
            self.show_problem(exc)
            return False
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        what = what_text(" ".join(self.item_edit.text().split()), " ".join(self.size_edit.text().split()),
                         self.kind_combo.currentText())
        self.message = handed_out_text(self.alias(), self.quantity_spin.value(), what, self.result)
        return True


# --- a request no longer needed -----------------------------------------------------------------

class CancelRequestDialog(_SupplyDialog):
    """Take a waiting request off the list, with a reason if she wants to give one."""

    def __init__(self, parent: QWidget | None, desk: Desk, request: RequestLine) -> None:
        what = what_text(request.item, request.size, request.kind_name)
        super().__init__(parent, desk, title=self.tr("Cancel a request"),
                         heading=self.tr("{alias} no longer needs: {what}").format(alias=request.alias, what=what),
                         save_text=self.tr("Cancel the &request"), section=self.tr("Why"), enter_saves=True)
        self.request = request
        self.cancel_button.setText(self.tr("&Keep it"))
        self.cancel_button.setToolTip(self.tr("Keep the request on the list (Esc)"))
        self.set_intro(self.tr("Asked for on {day}. The request is kept in the list of all requests, marked "
                               "as cancelled.").format(day=day_text(request.requested_on)))
        self.reason_edit = TextLine(self.form.section, placeholder=self.tr("e.g. she found one, she left"))
        self.reason_edit.setMaxLength(300)
        self.form.add(self.tr("Rea&son (may be left empty)"), self.reason_edit, ["note"])
        self.finish(self.reason_edit, width=600)

    def save(self) -> bool:
        return self.run(lambda: self.desk.supplies.cancel_request(self.request.id, self.reason_edit.text()))


# --- the stock ----------------------------------------------------------------------------------

class ReceiveDialog(_SupplyDialog):
    """Donations came in: kind, item, size, how many, a note, and "warn when down to" (the low mark).

    With ``stock`` it opens filled in for that item (Enter saves). An item not on the list
    yet is added. After Accepted, ``stock_id`` is the item's id and ``message`` says the new count.
    """

    def __init__(self, parent: QWidget | None, desk: Desk, stock: StockLine | None = None) -> None:
        super().__init__(parent, desk, title=self.tr("Donations came in"),
                         heading=self.tr("Donations came in"), save_text=self.tr("&Add to the stock"),
                         section=self.tr("What came in"), enter_saves=stock is not None)
        self.stock = stock
        self.stock_id: int | None = None
        self.message = ""
        self.shelf = StockShelf(desk)
        self.set_intro(self.tr("One item and size at a time. Something not on the stock list yet is added to it."))
        form, section = self.form, self.form.section
        self.kind_combo = self.make_kind_combo(stock.kind_id if stock else None)
        form.add(self.tr("&Kind"), self.kind_combo, ["kind"])
        self.item_edit = TextLine(section, placeholder=self.tr("e.g. Winter coat, Toothpaste"))
        self.item_edit.setMaxLength(120)
        self._items = _suggest(self.item_edit)
        form.add(self.tr("&Item"), self.item_edit, ["item"])
        self.size_edit = TextLine(section, placeholder=self.tr("may be left empty"))
        self.size_edit.setMaxLength(30)
        self._sizes = _suggest(self.size_edit)
        form.add(self.tr("Si&ze"), self.size_edit, ["size"])
        self.quantity_spin = _count_spin(section, 1, MAX_STOCK, 1)
        self.stock_label = QLabel(section)
        self.stock_label.setObjectName("stockLabel")
        self.stock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stock_label.setWordWrap(True)
        self.stock_label.setStyleSheet("color: #3d484c;")
        row = QHBoxLayout()
        row.addWidget(self.quantity_spin)
        row.addSpacing(10)
        row.addWidget(self.stock_label, 1)
        form.add(self.tr("H&ow many"), self.quantity_spin, ["quantity"], field=row)
        self._low_typed = False  # a mark typed here wins over the item's own
        self._filling = False
        # The stock item whose own mark the field shows (None: typed, or nothing taken). When the
        # kind, item or size typed no longer is that item, its mark is not carried onto another.
        self._low_from: int | None = stock.id if stock else None
        self.low_spin = _count_spin(section, 0, MAX_STOCK, stock.low_at if stock else 0)
        self.low_spin.setSpecialValueText(self.tr("Never"))
        self.low_spin.valueChanged.connect(self._low_changed)
        form.add(self.tr("Warn when &down to"), self.low_spin, ["low_at"],
                 note=self.tr("At or below this count the item shows on the low-stock list. \"Never\": no warning."))
        self.note_edit = TextLine(section, placeholder=self.tr("e.g. from the church clothing drive"))
        self.note_edit.setMaxLength(300)
        form.add(self.tr("&Note"), self.note_edit, ["note"])
        if stock is not None:
            self.item_edit.setText(stock.item)
            self.size_edit.setText(stock.size)
        for signal in (self.kind_combo.currentIndexChanged, self.item_edit.textChanged, self.size_edit.textChanged,
                       self.quantity_spin.valueChanged):
            signal.connect(self._update_stock)
        self._update_stock()
        self.finish(self.quantity_spin if stock is not None else self.kind_combo)

    def _low_changed(self) -> None:
        if not self._filling:
            self._low_typed = True
            self._low_from = None

    def _fill_low(self, value: int, taken_from: int | None) -> None:
        self._filling = True
        self.low_spin.setValue(value)
        self._filling = False
        self._low_from = taken_from

    def _update_stock(self) -> None:
        kind_id = self.kind_combo.currentData()
        self._items.setStringList(self.shelf.items(kind_id))
        self._sizes.setStringList(self.shelf.sizes(kind_id, self.item_edit.text()))
        line = self.shelf.find(kind_id, self.item_edit.text(), self.size_edit.text())
        if kind_id is None:
            text = ""
        elif line is None:
            text = self.tr("New on the stock list.")
        else:
            text = self.tr("{n} on the list now; {after} after this.").format(
                n=line.count, after=line.count + self.quantity_spin.value())
        self.stock_label.setText(text)
        if self._low_typed:
            return  # a mark typed here is kept
        if line is not None:
            self._fill_low(line.low_at, line.id)  # the item's own mark
        elif self._low_from is not None:
            self._fill_low(0, None)  # another item now: not the mark of the one it was taken from

    def save(self) -> bool:
        def write() -> None:
            self.stock_id = self.desk.supplies.receive(
                self.kind_combo.currentData(), self.item_edit.text(), self.size_edit.text(),
                self.quantity_spin.value(), self.note_edit.text(), low_at=self.low_spin.value())

        if not self.run(write):
            return False
        self.shelf.reload()
        line = next((s for s in self.shelf.lines if s.id == self.stock_id), None)
        if line is not None:  # as the stock list spells it
            what = what_text(line.item, line.size, line.kind_name)
        else:
            what = what_text(" ".join(self.item_edit.text().split()), " ".join(self.size_edit.text().split()),
                             self.kind_combo.currentText())
        if line is not None:
            self.message = self.tr("{n} × {what} came in. {count} on the shelf now.").format(
                n=self.quantity_spin.value(), what=what, count=line.count)
        else:
            self.message = self.tr("{n} × {what} came in.").format(n=self.quantity_spin.value(), what=what)
        return True


class RecountDialog(_SupplyDialog):
    """Count again: what is really on the shelf, and why it differs from the list (required).

    The low-stock mark can be changed here too. After Accepted, ``message`` says what changed.
    """

    def __init__(self, parent: QWidget | None, desk: Desk, stock: StockLine) -> None:
        self.what = what_text(stock.item, stock.size, stock.kind_name)
        super().__init__(parent, desk, title=self.tr("Count again"),
                         heading=self.tr("Count again: {what}").format(what=self.what),
                         save_text=self.tr("&Save the count"), section=self.tr("On the shelf"), enter_saves=True)
        self.stock = stock
        self.message = ""
        self.set_intro(self.tr("The list says {n}. Type how many are really on the shelf, and why the list "
                               "was different.").format(n=stock.count))
        form, section = self.form, self.form.section
        self.count_spin = _count_spin(section, 0, MAX_STOCK, max(stock.count, 0))
        form.add(self.tr("&Really on the shelf"), self.count_spin, ["count"])
        self.reason_edit = TextLine(section, placeholder=self.tr("e.g. two were damaged, a bag was not counted"))
        self.reason_edit.setMaxLength(200)
        form.add(self.tr("&Why it differs"), self.reason_edit, ["reason"])
        self.low_spin = _count_spin(section, 0, MAX_STOCK, stock.low_at)
        self.low_spin.setSpecialValueText(self.tr("Never"))
        form.add(self.tr("Warn when &down to"), self.low_spin, ["low_at"])
        self.finish(self.count_spin, width=600)

    def save(self) -> bool:
        count, low_at = self.count_spin.value(), self.low_spin.value()
        count_changed, low_changed = count != self.stock.count, low_at != self.stock.low_at

        def write() -> None:
            if count_changed:  # the count and the mark in one step: both saved, or neither
                self.desk.supplies.recount(self.stock.id, count, self.reason_edit.text(),
                                           low_at=low_at if low_changed else None)
            elif low_changed:
                self.desk.supplies.set_low_at(self.stock.id, low_at)

        if not self.run(write):
            return False
        if count_changed and low_changed:
            self.message = (self.tr("{what}: {n} on the shelf now. Warns at {low}.") if low_at
                            else self.tr("{what}: {n} on the shelf now. No low-stock warning.")).format(
                what=self.what, n=count, low=low_at)
        elif count_changed:
            self.message = self.tr("{what}: {n} on the shelf now.").format(what=self.what, n=count)
        elif low_changed:
            self.message = (self.tr("{what}: warns at {low}.") if low_at
                            else self.tr("{what}: no low-stock warning.")).format(what=self.what, low=low_at)
        else:
            self.message = self.tr("Nothing changed.")
        return True


class StockHistoryDialog(QDialog):
    """Every change to one stock item's count: donations, hand-outs, recounts, newest first."""

    def __init__(self, parent: QWidget | None, desk: Desk, stock: StockLine) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stock history"))
        what = what_text(stock.item, stock.size, stock.kind_name)
        heading = heading_label(self.tr("{what}: {n} on the shelf").format(what=what, n=stock.count), self)
        self.model = StockHistoryModel(self)
        self.table = list_table(self, self.model, self.tr("Changes to the count"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(HIST_NOTE, QHeaderView.ResizeMode.Stretch)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        try:
            self.model.set_rows(desk.supplies.stock_history(stock.id))
        except ShelterDeskError as exc:
            say(self.error_label, error_text(exc))
        intro = hint(self.tr("Newest first. Hand-outs lower the count, donations raise it; a recount sets it."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(820, 480)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()


# --- the list of kinds --------------------------------------------------------------------------

class KindNameDialog(_SupplyDialog):
    """Add a kind, or rename one."""

    def __init__(self, parent: QWidget | None, desk: Desk, kind: SupplyKindView | None = None) -> None:
        super().__init__(parent, desk, title=self.tr("Add a kind") if kind is None else self.tr("Rename a kind"),
                         heading=self.tr("A new kind of supplies") if kind is None
                         else self.tr("Rename: {name}").format(name=kind.name),
                         save_text=self.tr("&Add") if kind is None else self.tr("&Save"),
                         section=self.tr("The kind"), enter_saves=True)
        self.kind = kind
        self.kind_id: int | None = kind.id if kind else None
        self.name_edit = TextLine(self.form.section, placeholder=self.tr("e.g. School supplies"))
        self.name_edit.setMaxLength(60)
        self.name_edit.setText(kind.name if kind else "")
        self.form.add(self.tr("&Name"), self.name_edit, ["name"])
        self.finish(self.name_edit, width=520)

    def save(self) -> bool:
        def write() -> None:
            if self.kind is None:
                self.kind_id = self.desk.supplies.add_kind(self.name_edit.text())
            else:
                self.desk.supplies.rename_kind(self.kind.id, self.name_edit.text())

        return self.run(write)


class SupplyKindsDialog(ListEditorMixin, QDialog):
    """The kinds of supplies (house managers and directors): add, rename, take out of use, put back.

    A kind out of use cannot be chosen for new requests or stock; what was recorded keeps it.
    Each change is saved at once; the service checks the permission again.
    """

    def __init__(self, parent: QWidget | None, desk: Desk) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Kinds of supplies"))
        heading = heading_label(self.tr("Kinds of supplies"), self)
        intro = hint(self.tr("The kinds a request, a hand-out or the stock can be. A kind out of use keeps "
                             "everything recorded with it and can be put back into use."), self)
        self.model = KindsModel(self)
        self.table = list_table(self, self.model, self.tr("Kinds of supplies"))
        self.table.horizontalHeader().setSectionResizeMode(KIND_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _i: self.rename())
        table_label = QLabel(self.tr("&Kinds"), self)
        table_label.setBuddy(self.table)
        self.add_button = QPushButton(self.tr("&Add a kind…"), self)
        self.add_button.setToolTip(self.tr("Add a kind (Ctrl+N)"))
        new = QAction(self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda _checked=False: self.add())
        self.addAction(new)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.rename_button.setToolTip(self.tr("Rename the chosen kind (Enter)"))
        self.out_button = QPushButton(self.tr("&Take out of use"), self)
        self.in_button = QPushButton(self.tr("&Put back into use"), self)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.out_button.clicked.connect(lambda: self.set_in_use(False))
        self.in_button.clicked.connect(lambda: self.set_in_use(True))
        actions = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.out_button, self.in_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(table_label)
        left.addWidget(self.table, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(640, 520)
        self.table.setFocus()

    def refresh(self, select: int | None = None) -> None:
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        try:
            self.model.set_rows(self.desk.supplies.kinds(include_retired=True))
        except ShelterDeskError as exc:
            say(self.error_label, error_text(exc))
        if self.model.rowCount():
            row = self.model.row_of(keep)
            self.table.selectRow(row if row >= 0 else 0)
        self._update_buttons()

    def selected(self) -> SupplyKindView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        kind = self.selected()
        self.rename_button.setEnabled(kind is not None)
        self.out_button.setEnabled(kind is not None and kind.active)
        self.in_button.setEnabled(kind is not None and not kind.active)


    def add(self) -> None:
        dialog = KindNameDialog(self, self.desk)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.kind_id is not None:
            self._done(self.tr("{name} was added.").format(name=" ".join(dialog.name_edit.text().split())),
                       dialog.kind_id)
        dialog.deleteLater()

    def rename(self) -> None:
        kind = self.selected()
        if kind is None:
            return
        dialog = KindNameDialog(self, self.desk, kind)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("Renamed to {name}.").format(name=" ".join(dialog.name_edit.text().split())), kind.id)
        dialog.deleteLater()

    def set_in_use(self, active: bool) -> None:
        kind = self.selected()
        if kind is None:
            return
        say(self.message_label, "")
        try:
            self.desk.supplies.set_kind_active(kind.id, active)
        except ShelterDeskError as exc:
            say(self.error_label, error_text(exc))
            return
        text = self.tr("{name} is back in use.") if active else self.tr("{name} is out of use now.")
        self._done(text.format(name=kind.name), kind.id)
