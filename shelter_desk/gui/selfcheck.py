"""Part of ``shelter-desk self-test``: can the Qt libraries the window needs be loaded?"""

from __future__ import annotations


def qt_libraries() -> str:
    import PySide6
    from PySide6 import QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets  # noqa: F401

    return f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
