"""GUI fixtures: a real main window on a real vault, and a way to answer modal dialogs.

``exec()`` blocks the test, so a dialog is driven from a timer that runs inside
its event loop (``on_dialog``). Everything else is driven with the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from shelter_desk.desk import Desk
from shelter_desk.gui.app import apply_look
from shelter_desk.gui.main_window import MainWindow
from shelter_desk.gui.session import clear_sensitive_clipboard
from tests.conftest import reopen


@pytest.fixture(autouse=True)
def _forget_sensitive_copies(qapp) -> Iterator[None]:  # noqa: ANN001
    """A copy from a resident screen never outlives its test (as it never outlives a lock).

    (It also spares PySide a crash at exit: a QMimeData made in Python and still on the
    clipboard when the process ends is deleted twice.)
    """
    yield
    clear_sensitive_clipboard()


@pytest.fixture(autouse=True)
def _no_automatic_backups(monkeypatch) -> None:  # noqa: ANN001
    """Sign-out and close make an automatic backup; only the backup tests want one
    (they set ``MainWindow.AUTOMATIC_BACKUPS`` back to True)."""
    monkeypatch.setattr(MainWindow, "AUTOMATIC_BACKUPS", False)


def flush_deletes() -> None:
    """Run the deleteLater() calls now (the test's event loop would, a moment later)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def activate(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    """Give a top-level widget keyboard focus (again, after a dialog closed: offscreen has no window manager)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def show_active(qtbot, widget: QWidget) -> QWidget:  # noqa: ANN001
    """Show a top-level widget for a test, with keyboard focus, closed at the end of the test."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)
    return widget


def make_window(qtbot, desk: Desk) -> MainWindow:  # noqa: ANN001
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(desk)
    show_active(qtbot, window)
    return window


@pytest.fixture
def main_window(qtbot, desk: Desk) -> Iterator[MainWindow]:  # noqa: ANN001
    """The window with the director signed in (straight after setup)."""
    window = make_window(qtbot, desk)
    yield window
    window.session.stop()


@pytest.fixture
def fresh_desk(desk: Desk, vault_dir, clock) -> Iterator[Desk]:  # noqa: ANN001
    """The same vault after a restart of the program: nobody signed in, database closed."""
    fresh = reopen(vault_dir, clock, desk)
    yield fresh
    fresh.close()


@pytest.fixture
def start_window(qtbot, fresh_desk: Desk) -> Iterator[MainWindow]:  # noqa: ANN001
    """The window as it opens on an existing vault: the sign-in screen."""
    window = make_window(qtbot, fresh_desk)
    yield window
    window.session.stop()


@pytest.fixture
def on_dialog() -> Callable[..., None]:
    """Schedule ``action(dialog)`` for the next modal dialog of type ``kind`` once it is open."""

    def schedule(action: Callable[[QWidget], object], kind: type = QDialog) -> None:
        tries = {"left": 300}

        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                action(dialog)
            elif tries["left"] > 0:
                tries["left"] -= 1
                QTimer.singleShot(10, attempt)
            else:
                raise AssertionError(f"no {kind.__name__} appeared")

        QTimer.singleShot(0, attempt)

    return schedule
