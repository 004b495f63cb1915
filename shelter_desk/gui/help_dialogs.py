"""Help → Keyboard shortcuts and Help → About Shelter Desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from shelter_desk import __version__
from shelter_desk.gui.forms.ui_about import Ui_About
from shelter_desk.gui.forms.ui_keyboard_shortcuts import Ui_KeyboardShortcuts
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.paths import resource

# (what it is, its licence, the file in resources/licenses/)
COMPONENTS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("About", "Shelter Desk"), "GPL-3.0-or-later", "gpl-3.0.txt"),
    ("Qt 6 / PySide6", "LGPLv3", "qt-pyside6-lgpl-3.0.txt"),
    ("SQLCipher", QT_TRANSLATE_NOOP("About", "BSD-style"), "sqlcipher-bsd.txt"),
    ("SQLAlchemy / Alembic", "MIT", "sqlalchemy-alembic-mit.txt"),
    ("argon2-cffi", "MIT", "argon2-cffi-mit.txt"),
    ("cryptography", "Apache-2.0 / BSD", "cryptography-apache-bsd.txt"),
    ("keyring", "MIT", "keyring-mit.txt"),
    ("ReportLab", "BSD", "reportlab-bsd.txt"),
    ("platformdirs", "MIT", "platformdirs-mit.txt"),
    ("zxcvbn", "MIT", "zxcvbn-mit.txt"),
    (QT_TRANSLATE_NOOP("About", "DejaVu fonts"), QT_TRANSLATE_NOOP("About", "Bitstream Vera licence"), "dejavu-fonts.txt"),
    (QT_TRANSLATE_NOOP("About", "Droid Sans Fallback font"), "Apache-2.0", "droid-sans-fallback-apache-2.0.txt"),
]


def licence_text(filename: str) -> str:
    try:
        return resource("licenses", filename).read_text("utf-8")
    except OSError:
        return QCoreApplication.translate("About", "The licence text is missing from this installation.")


class AboutDialog(QDialog):
    """Version, what the program is, and every bundled part with its licence text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_About()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(QIcon(str(resource("icons", "shelter-desk.svg"))).pixmap(QSize(64, 64)))
        self.ui.titleLabel.setObjectName("titleLabel")
        self.ui.versionLabel.setText(self.tr("Version {version}").format(version=__version__))
        for name, licence, _file in COMPONENTS:
            self.ui.componentList.addItem(
                self.tr("{name} — {licence}").format(
                    name=QCoreApplication.translate("About", name),
                    licence=QCoreApplication.translate("About", licence),
                )
            )
        self.ui.componentList.currentRowChanged.connect(self._show_licence)
        self.ui.componentList.setCurrentRow(0)
        self.ui.componentList.setFocus()

    def _show_licence(self, row: int) -> None:
        if 0 <= row < len(COMPONENTS):
            self.ui.licenceText.setPlainText(licence_text(COMPONENTS[row][2]))


class KeyboardShortcutsDialog(QDialog):
    """Lists every shortcut; the main window passes the rows so the list matches what exists."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyboardShortcuts()
        self.ui.setupUi(self)
        table = self.ui.shortcutTable
        table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(34)
        table.selectRow(0)
        table.setFocus()
