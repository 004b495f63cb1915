"""Change notices from the core as a Qt signal, so screens refresh themselves.

The core calls ``Desk.changed(topic)`` after every committed change (from any
thread). :class:`DeskSignals` turns that into ``changed(topic)`` delivered on the
UI thread; a screen connects to it and refreshes (the Today board, the bed board).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from shelter_desk.desk import Desk


class DeskSignals(QObject):
    """``changed(topic)`` on the UI thread after each committed change, until ``stop()`` or deletion."""

    changed = Signal(str)
    # Ask the main window to show a resident's file (from the Today board, the bed board...).
    open_resident = Signal(int)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.moveToThread(self.thread())
        self._relay.fired.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        unsubscribe = self._unsubscribe = desk.subscribe(self._relay.fired.emit)
        # Deleted without stop() (e.g. with its parent): stop listening all the same. The lambda
        # holds only the unsubscribe function, never this object's (by then deleted) wrapper.
        self.destroyed.connect(lambda *_: unsubscribe())

    def stop(self) -> None:
        """Stop listening to the desk (called on lock and sign-out; safe to call twice)."""
        self._unsubscribe()


class _Relay(QObject):
    fired = Signal(str)
