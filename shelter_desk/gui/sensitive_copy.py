"""Copying resident data goes through the clipboard that forgets (``session.copy_sensitive``).

Whatever a person copies from a resident screen (a name in a list, a line of a case
note, a legal name in the edit form) is put on the clipboard as plain text marked to
stay out of clipboard history and cloud sync, is cleared after 30 seconds, and is
cleared at once when the screen locks, she signs out or the program closes.

- :class:`SensitiveTextMixin` for text areas (``QTextBrowser``, ``QPlainTextEdit``):
  Qt builds every copy, cut and drag from ``createMimeDataFromSelection``.
- :func:`guard_copy` for one-line fields, selectable labels and lists, which Qt copies
  without such a hook: Ctrl+C, Ctrl+X (and Ctrl+Insert, Shift+Delete) and the
  right-click menu are taken over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QMenu, QWidget

from shelter_desk.gui.session import copy_sensitive, remember_sensitive, sensitive_mime

CONTEXT = "SensitiveCopy"


class SensitiveTextMixin:
    """Put before ``QTextBrowser``/``QPlainTextEdit`` in the bases: copies become sensitive copies."""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        text = self.textCursor().selection().toPlainText()  # type: ignore[attr-defined]
        remember_sensitive(text)
        return sensitive_mime(text)


def selected_text(widget: QWidget) -> str:
    """What Ctrl+C would copy from this widget ("" when nothing is chosen)."""
    if isinstance(widget, QLineEdit):
        normal = widget.echoMode() == QLineEdit.EchoMode.Normal
        return widget.selectedText() if normal and widget.hasSelectedText() else ""
    if isinstance(widget, QLabel):
        return widget.selectedText() if widget.hasSelectedText() else ""
    if isinstance(widget, QAbstractItemView):  # Qt copies the current cell's text
        value = widget.currentIndex().data() if widget.currentIndex().isValid() else None
        return value if isinstance(value, str) else ("" if value is None else str(value))
    return ""


def cut_from(edit: QLineEdit) -> None:
    text = selected_text(edit)
    if text and not edit.isReadOnly():
        copy_sensitive(text)
        edit.del_()


class CopyGuard(QObject):
    """Event filter: Copy and Cut keys and the right-click menu copy through ``copy_sensitive``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy):
                copy_sensitive(selected_text(watched))
                return True
            if event.matches(QKeySequence.StandardKey.Cut) and isinstance(watched, QLineEdit):
                cut_from(watched)
                return True
        elif event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            if isinstance(watched, QLineEdit):
                _line_menu(watched, event)
                return True
            if isinstance(watched, QLabel) and watched.hasSelectedText():
                _label_menu(watched, event)
                return True
        return False


def guard_copy(*widgets: QWidget) -> None:
    """Make Copy and Cut from these line edits, labels or lists sensitive copies."""
    for widget in widgets:
        widget.installEventFilter(CopyGuard(widget))


def _replace(menu: QMenu, name: str, slot) -> None:  # noqa: ANN001
    """Swap the standard menu's action ``name`` (e.g. "edit-copy") for one that calls ``slot``."""
    for old in menu.actions():
        if old.objectName() == name:
            new = QAction(old.icon(), old.text(), menu)
            new.setObjectName(name)
            new.setEnabled(old.isEnabled())
            new.triggered.connect(lambda _checked=False: slot())
            menu.insertAction(old, new)
            menu.removeAction(old)
            return


def _line_menu(edit: QLineEdit, event: QContextMenuEvent) -> None:
    menu = edit.createStandardContextMenu()
    _replace(menu, "edit-copy", lambda: copy_sensitive(selected_text(edit)))
    _replace(menu, "edit-cut", lambda: cut_from(edit))
    menu.exec(event.globalPos())
    menu.deleteLater()


def _label_menu(label: QLabel, event: QContextMenuEvent) -> None:
    menu = QMenu(label)
    copy = menu.addAction(QCoreApplication.translate(CONTEXT, "&Copy"))
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.triggered.connect(lambda _checked=False: copy_sensitive(selected_text(label)))
    menu.exec(event.globalPos())
    menu.deleteLater()
