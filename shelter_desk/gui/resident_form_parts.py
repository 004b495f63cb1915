"""Building blocks of the resident forms: sections, messages next to fields, tab order."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.errors import ValidationError
from shelter_desk.gui.sensitive_copy import guard_copy
from shelter_desk.gui.worker import error_text

# Applied to the forms and dialogs (cascades to their children); the app style sheet does the rest.
FORM_STYLE = """
QFrame#section { background: #ffffff; border: 1px solid #c9d0d0; border-radius: 6px; }
QFrame#safetySection { background: #fdf3dc; border: 2px solid #b34d00; border-radius: 6px; }
QLabel#sectionHeading { color: #245a5e; }
QFrame#safetySection QLabel#sectionHeading { color: #7a2e00; }
QLabel#hintLabel { color: #4a565a; }
QLabel#headingLabel { color: #245a5e; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: top right; width: 22px;
                       border-left: 1px solid #c3cacc; }
QComboBox::down-arrow { image: url(icons:arrow-down.svg); width: 10px; height: 6px; }
"""

LABEL_WIDTH = 200  # one label column width for every section, so the fields line up

INPUTS = (QLineEdit, QComboBox, QAbstractButton, QAbstractItemView, QPlainTextEdit, QAbstractSpinBox)


def sentence(exc: BaseException) -> str:
    """The error's sentence, starting with a capital letter (labels inside templates start small)."""
    text = error_text(exc)
    return text[:1].upper() + text[1:]


class FitLabel(QLabel):
    """A word-wrapped label that asks for exactly the height of its lines at its width.

    (Qt sizes a wrapped label for a much narrower width than it gets in a form row, which
    leaves a tall empty box under a one-line message, or stretches the dialog around it.)
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._laid_out_width = 0

    def _fitted(self, hint: QSize) -> QSize:
        if self._laid_out_width <= 0:
            return hint
        return QSize(hint.width(), self.heightForWidth(self._laid_out_width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return self._laid_out_width <= 0  # once laid out, sizeHint() already fits the width

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._fitted(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._fitted(super().minimumSizeHint())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._laid_out_width = event.size().width()
            self.updateGeometry()


def hint(text: str, parent: QWidget) -> QLabel:
    label = FitLabel(text, parent)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget) -> QLabel:
    label = FitLabel("", parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    guard_copy(label)
    label.hide()
    return label


class FieldErrors:
    """Messages shown right under the field a :class:`ValidationError` names.

    ``add(form, names, focus)`` puts a hidden red line under the last row of ``form``
    for the given field names; ``show(exc)`` fills it, focuses the field, scrolls it
    into view and returns True (False when no field here has that name).
    """

    def __init__(self) -> None:
        self._rows: dict[str, tuple[QWidget, QLabel, QFormLayout]] = {}
        self._labels: list[tuple[QLabel, QFormLayout]] = []

    def add(self, form: QFormLayout, names: Iterable[str], focus: QWidget, parent: QWidget) -> QLabel:
        label = error_label(parent)
        form.addRow("", label)
        form.setRowVisible(label, False)
        self._labels.append((label, form))
        for name in names:
            self._rows[name] = (focus, label, form)
        return label

    def set_focus(self, name: str, focus: QWidget) -> None:
        _, label, form = self._rows[name]
        self._rows[name] = (focus, label, form)

    def has(self, name: str | None) -> bool:
        return name in self._rows

    def clear(self) -> None:
        for label, form in self._labels:
            label.clear()
            form.setRowVisible(label, False)

    def show(self, exc: ValidationError) -> bool:
        row = self._rows.get(exc.field or "")
        if row is None:
            return False
        focus, label, form = row
        label.setText(sentence(exc))
        form.setRowVisible(label, True)
        if focus.isEnabled() and focus.isVisibleTo(focus.window()):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(focus, QLineEdit):
                focus.deselect()
        scroll_into_view(label)
        scroll_into_view(focus)
        return True


def scroll_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        inner = parent.widget()
        if inner is not None and inner.layout() is not None:
            inner.layout().activate()
        parent.ensureWidgetVisible(widget, 40, 40)


class Section(QFrame):
    """A titled part of a form ("About her", "Safety"...): a heading and label–field rows."""

    def __init__(self, title: str, parent: QWidget, *, prominent: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("safetySection" if prominent else "section")
        self.setAccessibleName(title)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("sectionHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)

    def row(self, text: str, field: QWidget | QLayout, *, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None or isinstance(field, QWidget):
            label.setBuddy(buddy or field)  # type: ignore[arg-type]
        self.form.addRow(label, field)
        label.setMinimumWidth(LABEL_WIDTH)
        return label

    def wide(self, field: QWidget | QLayout) -> None:
        if isinstance(field, QWidget):
            self.form.addRow(field)
        else:
            self.form.addRow(field)

    def note(self, text: str) -> QLabel:
        label = hint(text, self)
        self.form.addRow("", label)
        return label


def focus_order(widgets: Iterable[QWidget | QLayout]) -> list[QWidget]:
    """The input widgets inside ``widgets`` in layout order (what Tab should visit)."""
    out: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    item = layout.itemAt(row, role)
                    if item is not None:
                        visit_item(item)
            return
        for i in range(layout.count()):
            visit_item(layout.itemAt(i))

    def visit_item(item) -> None:  # noqa: ANN001
        if item.widget() is not None:
            visit(item.widget())
        elif item.layout() is not None:
            visit_layout(item.layout())

    def visit(widget: QWidget | QLayout) -> None:
        if isinstance(widget, QLayout):
            visit_layout(widget)
        elif isinstance(widget, INPUTS):
            wanted = widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, QAbstractItemView)
            if wanted and widget not in out:  # a spanning form row answers for more than one role
                out.append(widget)
        elif widget.layout() is not None:
            visit_layout(widget.layout())

    for widget in widgets:
        visit(widget)
    return out

