"""The session's clocks: idle lock, the 12-hour limit, and a clipboard that forgets.

:class:`SessionGuard` watches keyboard and mouse activity across the whole
application. It emits ``idle`` when nobody has touched the program for the
director's idle-lock minutes, and ``expired`` when the services say the session
is older than 12 hours. It does not lock anything itself: the main window
decides what locking means for the screen (see ``MainWindow.lock``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent

from shelter_desk.desk import Desk
from shelter_desk.errors import NotSignedIn, SessionExpired

CLIPBOARD_SECONDS = 30
EXPIRY_CHECK_MS = 60_000

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class SessionGuard(QObject):
    """Emits ``idle`` after the idle-lock minutes without activity, ``expired`` at 12 hours.

    Call :meth:`start` after every sign-in (it reads the idle minutes again, since a
    director may have changed them) and :meth:`stop` when the screen is locked or the
    person signs out.
    """

    idle = Signal()
    expired = Signal()
    lock_requested = Signal()  # Ctrl+L pressed where the menu's shortcut cannot reach (a modal dialog)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._active = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.on_idle_timeout)
        self.expiry_timer = QTimer(self)
        self.expiry_timer.setInterval(EXPIRY_CHECK_MS)
        self.expiry_timer.timeout.connect(self.check_expiry)

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        minutes = self.desk.settings.idle_lock_minutes()
        self.idle_timer.setInterval(minutes * 60_000)
        app = QGuiApplication.instance()
        if not self._active and app is not None:
            app.installEventFilter(self)
        self._active = True
        self.idle_timer.start()
        self.expiry_timer.start()

    def set_idle_minutes(self, minutes: int) -> None:
        """The director changed the screen-lock time: use it from now on."""
        self.idle_timer.setInterval(minutes * 60_000)
        if self._active:
            self.idle_timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if self._active and app is not None:
            app.removeEventFilter(self)
        self._active = False
        self.idle_timer.stop()
        self.expiry_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self._active and event.type() in ACTIVITY:
            self.idle_timer.start()  # restarts the countdown
            if event.type() == QEvent.Type.KeyPress and _is_lock_key(event):  # type: ignore[arg-type]
                # Reached only when no shortcut took the key: a modal dialog blocks the
                # window's shortcuts, and the screen must still lock from there.
                self.lock_requested.emit()
                return True
        return False

    def on_idle_timeout(self) -> None:
        if self._active:
            self.stop()
            self.idle.emit()

    def check_expiry(self) -> None:
        if not self._active:
            return
        try:
            self.desk.signed_in()
        except SessionExpired:
            self.stop()
            self.expired.emit()
        except NotSignedIn:
            pass


def _is_lock_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_L and event.modifiers() == Qt.KeyboardModifier.ControlModifier


# --- clipboard ---------------------------------------------------------------------------
# Marks the data as ours and sensitive: Windows keeps it out of clipboard history (Win+V)
# and cloud clipboard sync and tells clipboard monitors to ignore it (a DWORD 0 for the two
# "Can..." formats; Qt writes a MIME type that is not text/... as the Windows clipboard format
# of that name); KDE's Klipper and macOS clipboard managers skip it too.
SENSITIVE_MARK = "application/x-shelter-desk-sensitive"
_HINTS = {
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    "x-kde-passwordManagerHint": b"secret",
}
_last_sensitive: str | None = None


def sensitive_mime(text: str) -> QMimeData:
    """Plain text only (no HTML copy), with the hints that keep it out of clipboard history."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(SENSITIVE_MARK, b"1")
    for name, value in _HINTS.items():
        mime.setData(name, value)
    mime.setData("application/x-nspasteboard-concealed-type", text.encode("utf-8"))  # macOS
    return mime


def remember_sensitive(text: str, seconds: int = CLIPBOARD_SECONDS) -> None:
    """``text`` is on the clipboard now (put there by Qt from ``sensitive_mime``): clear it after
    ``seconds`` if it is still there, and at once on lock, sign-out and close."""
    global _last_sensitive
    _last_sensitive = text
    QTimer.singleShot(seconds * 1000, lambda: _clear_if_still(text))


def copy_sensitive(text: str, seconds: int = CLIPBOARD_SECONDS) -> None:
    """Copy text from a sensitive field; it is cleared after ``seconds`` if still there.

    The data also carries the hints password managers use to keep a copy out of
    clipboard history and clipboard-syncing tools (Windows, KDE, macOS).
    """
    if not text:
        return
    QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
    remember_sensitive(text, seconds)


def _clear_if_still(text: str) -> None:
    global _last_sensitive
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == text:
        clipboard.clear()
    if _last_sensitive == text:
        _last_sensitive = None


def clear_sensitive_clipboard() -> None:
    """On lock, sign-out and close: empty the clipboard if Shelter Desk put what is on it.

    That is anything this program copied (``ownsClipboard()``), and anything marked as ours
    or equal to the last sensitive copy (some systems, and the offscreen test platform, never
    report ownership).
    """
    global _last_sensitive
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    ours = clipboard.ownsClipboard() or (mime is not None and mime.hasFormat(SENSITIVE_MARK))
    if ours or (_last_sensitive is not None and clipboard.text() == _last_sensitive):
        clipboard.clear()
    if clipboard.supportsSelection() and clipboard.ownsSelection():  # X11's middle-click copy
        clipboard.clear(QClipboard.Mode.Selection)
    _last_sensitive = None
