"""What every resident dialog shares: heading, scrollable body, message line, keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.errors import ValidationError
from shelter_desk.gui.change_password import show_inline
from shelter_desk.gui.resident_form_parts import FORM_STYLE, error_label, hint, sentence


class AskBeforeClosing:
    """For a dialog (put before ``QDialog`` in the bases): Esc, Cancel (connect it to
    ``cancel``) and the window's close button ask before throwing away what was typed.

    ``remember_start()`` once the dialog is filled in; ``snapshot()`` says what is typed.
    ``reject()`` itself never asks: the screen lock closes every dialog at once and must not
    be held up by a question.
    """

    _start: tuple | None = None

    def snapshot(self) -> tuple:  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    def remember_start(self) -> None:
        """Call when the dialog is filled in: what counts as "nothing typed yet"."""
        self._start = self.snapshot()

    def typed_something(self) -> bool:
        return self._start is not None and self.snapshot() != self._start

    def may_close(self) -> bool:
        """True when nothing was typed, or the person agrees to lose it."""
        if not self.typed_something():
            return True
        answer = QMessageBox.question(
            self, QCoreApplication.translate("FormDialog", "Close without saving?"),  # type: ignore[arg-type]
            QCoreApplication.translate("FormDialog", "Close without saving? What you typed will be lost."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        """Esc and Cancel: ask first if something was typed."""
        if self.may_close():
            self.reject()  # type: ignore[attr-defined]

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.spontaneous() and self.isVisible() and not self.may_close():  # type: ignore[attr-defined]
            event.ignore()  # the window's close button: the same question as Esc
            return
        super().closeEvent(event)  # type: ignore[misc]

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


class FormDialog(AskBeforeClosing, QDialog):
    """A dialog around one or more resident forms.

    Subclasses fill ``body`` (a vertical layout, scrollable unless ``scroll=False``),
    list their forms in ``forms`` (each with ``show_error``/``clear_errors``/``snapshot``)
    and implement ``save() -> bool``. Keys: Ctrl+Enter saves; Enter saves too when
    ``enter_saves`` (short dialogs), otherwise it moves to the next field so a long form
    is never saved half-typed; Esc, Cancel or the window's close button ask before
    throwing away anything typed (``reject()`` from the program, e.g. the screen lock,
    closes without asking). A refused save keeps everything typed and shows the message under
    the field, or on the message line above the buttons.
    """

    def __init__(self, parent: QWidget | None, *, title: str, heading: str, save_text: str,
                 enter_saves: bool = False, scroll: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(FORM_STYLE)
        self.enter_saves = enter_saves
        self.forms: list = []
        self.tab_order: list[QWidget] = []

        self.heading_label = QLabel(heading, self)
        self.heading_label.setObjectName("headingLabel")
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)  # it names her: typed text, never markup
        font = QFont(self.heading_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading_label.setFont(font)
        self.intro_label = hint("", self)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.hide()

        self.body_widget = QWidget(self)
        self.body = QVBoxLayout(self.body_widget)
        self.body.setSpacing(12)
        self.scroll_area: QScrollArea | None = None
        if scroll:
            self.body.setContentsMargins(2, 2, 12, 2)
            self.scroll_area = QScrollArea(self)
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scroll_area.setWidget(self.body_widget)
        else:
            self.body.setContentsMargins(0, 0, 0, 0)

        self.message_label = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(save_text, self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QCoreApplication.translate("FormDialog", "Save ({key})").format(
            key=QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(QCoreApplication.translate("FormDialog", "Close without saving (Esc)"))
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.cancel)
        keys_text = (QCoreApplication.translate("FormDialog", "Ctrl+Enter saves · Esc closes") if not enter_saves
                     else QCoreApplication.translate("FormDialog", "Enter saves · Esc closes"))
        self.keys_label = hint(keys_text, self)

        layout = QVBoxLayout(self)
        if not scroll:
            layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows when a message shows
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.scroll_area if self.scroll_area is not None else self.body_widget, 1)
        layout.addWidget(self.message_label)
        self.keys_label.setWordWrap(False)
        footer = QHBoxLayout()
        footer.addWidget(self.keys_label)
        footer.addStretch(1)
        footer.addWidget(self.buttons)
        layout.addLayout(footer)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.accept)

    # --- for subclasses -----------------------------------------------------------------------
    def set_intro(self, text: str) -> None:
        self.intro_label.setText(text)
        self.intro_label.setVisible(bool(text))

    def snapshot(self) -> tuple:
        return tuple(form.snapshot() for form in self.forms)

    def save(self) -> bool:  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    def clear_problems(self) -> None:
        for form in self.forms:
            form.clear_errors()
        show_inline(self.message_label, "")

    def show_problem(self, exc: ValidationError) -> None:
        """Next to the field when a form has it, else on the message line."""
        for form in self.forms:
            if form.show_error(exc):
                return
        show_inline(self.message_label, sentence(exc))

    def say(self, text: str) -> None:
        show_inline(self.message_label, text)

    def fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)

    def set_tab_order(self, widgets: list[QWidget]) -> None:
        """The order Tab visits the fields (hidden, disabled and unfocusable ones are skipped).

        Kept here rather than with ``QWidget.setTabOrder``: the forms' sections are laid out
        in a different order than they were made, and the household table is a compound widget.
        """
        self.tab_order = list(widgets)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        order = getattr(self, "tab_order", [])
        focus = QApplication.focusWidget()
        current = focus
        while current is not None and current not in order:
            current = current.parentWidget()
        if not order or current is None:
            return super().focusNextPrevChild(next)
        start = order.index(current)
        step = 1 if next else -1
        for i in range(1, len(order) + 1):
            candidate = order[(start + step * i) % len(order)]
            if (candidate.isVisibleTo(self) and candidate.isEnabled()
                    and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
                candidate.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
                return True
        return super().focusNextPrevChild(next)

    # --- saving and closing ----------------------------------------------------------------------
    def accept(self) -> None:
        if not self.isVisible():
            return
        self.clear_problems()
        if self.save():
            super().accept()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self.enter_saves and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPlainTextEdit):
                return
            if _in_list(focus):
                return  # a list or the household table: Enter ends typing in a cell, nothing more
            self.focusNextChild()
            return
        super().keyPressEvent(event)


def _in_list(widget: QWidget | None) -> bool:
    """The widget is a list or table, or an editor open in one of its cells."""
    for _ in range(3):
        if widget is None:
            return False
        if isinstance(widget, QAbstractItemView):
            return True
        widget = widget.parentWidget()
    return False
