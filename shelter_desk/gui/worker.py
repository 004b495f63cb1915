"""Work off the UI thread: one helper for background calls, one for user operations.

``run_in_background`` runs a function on the global ``QThreadPool`` and delivers
its result or its error back on the UI thread. ``Operation`` wraps that with a
progress dialog and a plain-words error message: reports, exports, backups,
Argon2 calibration and key rotation all go through it. Workers never touch widgets.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from shelter_desk.errors import ShelterDeskError

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """A function run on the thread pool. ``fn`` may take a ``progress(done, total)`` callback."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any):
        super().__init__()
        self.setAutoDelete(False)  # the Python object owns it, so signals outlive run()
        self.signals = _Signals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(*self._args, progress=self.signals.progress.emit, **self._kwargs)
            else:
                result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    **kwargs: Any,
) -> Task:
    task = Task(fn, *args, with_progress=on_progress is not None, **kwargs)
    _running.add(task)

    def finish(_: object = None) -> None:
        _running.discard(task)

    if on_done:
        task.signals.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    if on_error:
        task.signals.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
    if on_progress:
        task.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    task.signals.done.connect(finish, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(finish, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(task)
    return task


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _translate_param(text: str) -> str:
    """A word inside an error sentence: a permission ("see legal names") or a field ("the intake date");
    a day (the core writes 2026-01-31) is shown as every date on screen is."""
    if _ISO_DAY.fullmatch(text):
        from shelter_desk.gui.resident_text import day_text  # (imports widgets; only when needed)

        try:
            return day_text(date.fromisoformat(text))
        except ValueError:
            return text
    for context in ("permissions", "fields", "errors"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def error_text(exc: BaseException) -> str:
    """The sentence to show for an error: translated for ours, a calm generic one otherwise."""
    if isinstance(exc, ShelterDeskError):
        text = QCoreApplication.translate("errors", exc.template)
        try:
            params = {k: _translate_param(v) if isinstance(v, str) else v for k, v in exc.params.items()}
            sentence = text.format(**params)
            return sentence[:1].upper() + sentence[1:]  # "{label} is too long" starts with a field label
        except (KeyError, IndexError, ValueError):
            return exc.message
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "errors", "The computer could not read or write a file ({reason}). Nothing was lost."
        ).format(reason=exc.strerror or type(exc).__name__)
    log.error("unexpected error: %s", type(exc).__name__)  # the type only: messages may hold data
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong. Nothing was saved by this step; please try again."
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "Shelter Desk"), error_text(exc))


class Operation(QObject):
    """A user action run off the UI thread with a progress dialog, a result callback and a plain error."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, label: str, fn: Callable[..., Any], *args: Any,
                 with_progress: bool = False, **kwargs: Any) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialog = QProgressDialog(label, "", 0, 0, parent)
        self._dialog.setCancelButton(None)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.setAutoClose(False)
        self._fn, self._args, self._kwargs, self._with_progress = fn, args, kwargs, with_progress

    def start(self) -> Operation:
        run_in_background(
            self._fn, *self._args,
            on_done=self._done, on_error=self._failed,
            on_progress=self._progress if self._with_progress else None,
            **self._kwargs,
        )
        return self

    def _progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    def _done(self, result: Any) -> None:
        self._dialog.reset()
        self._dialog.hide()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._dialog.reset()
        self._dialog.hide()
        self.failed.emit(exc)
