"""What the dialogs that keep a list have in common (rooms and beds, meals, supply kinds).

Each such dialog has a ``table`` of the list, an ``error_label`` and a ``message_label``
and a ``refresh(select)`` that reads the list again. After a change, ``_done(text, select)``
reads the list again with the changed row chosen, says what happened and puts the focus
back on the list. Enter never closes the dialog: in the list it opens the chosen row
(through the table's ``activated``), on a button it presses that button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

from shelter_desk.gui.bed_dialogs import say


class ListEditorMixin:
    """Mixed into a QDialog (before it) that keeps a list."""

    def _done(self, text: str, select: object = None) -> None:
        say(self.error_label, "")  # type: ignore[attr-defined]
        self.refresh(select)  # type: ignore[attr-defined]
        say(self.message_label, text)  # type: ignore[attr-defined]
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[attr-defined]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()  # type: ignore[attr-defined]
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]
