"""Starting the program window: one QApplication, the look, the vault, the first screen.

``run_gui(vault_dir)`` is what ``shelter-desk`` calls. With no vault in the folder it
runs the setup wizard and goes on with the new director signed in; otherwise it
opens the vault (the one-program-per-vault lock first) and shows the sign-in screen.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QDir, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory, QWidget

from shelter_desk import APP_NAME, __version__
from shelter_desk.errors import ShelterDeskError, VaultInUse
from shelter_desk.paths import resource

log = logging.getLogger(__name__)

ORGANIZATION = "Shelter Desk"
FONT_POINTS = 11
RAISE_POLL_MS = 1000


def get_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, made and styled on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv else [sys.argv[0] if sys.argv else "shelter-desk"])
    assert isinstance(app, QApplication)
    apply_look(app)
    return app


def apply_look(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "shelter-desk.svg"))))
    # Fusion with a fixed light palette looks the same on every Windows version and does
    # not mix a dark system theme with our light style sheet.
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(light_palette())
    font = QFont(app.font())
    font.setPointSize(FONT_POINTS)
    app.setFont(font)
    QDir.addSearchPath("icons", str(resource("icons")))  # url(icons:...) in the style sheet
    try:
        app.setStyleSheet(resource("style.qss").read_text("utf-8"))
    except OSError:
        log.warning("style sheet missing; using the plain look")


def light_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f7f5f0",
        QPalette.ColorRole.WindowText: "#1f2a2e",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f3f1ec",
        QPalette.ColorRole.Text: "#1f2a2e",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2a2e",
        QPalette.ColorRole.Highlight: "#2f6f73",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2a2e",
        QPalette.ColorRole.PlaceholderText: "#5d686c",
        QPalette.ColorRole.Link: "#1d4f8c",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b7579"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b7579"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6b7579"))
    return palette


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Our translation for the system language if there is one, and Qt's own for its buttons."""
    locale = locale or QLocale.system()
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, "shelter_desk", "_", str(resource("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def calm_message() -> str:
    return QCoreApplication.translate(
        "App",
        "Something unexpected went wrong. What you saved before is safe. If this keeps "
        "happening, close Shelter Desk, start it again, and tell the director.",
    )


def install_excepthook() -> None:
    """Unexpected errors: a calm message box, the error's type name only in the log."""
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error: %s", kind.__name__)  # never the message: it may hold data
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            if isinstance(value, ShelterDeskError):
                from shelter_desk.gui.worker import error_text

                text = error_text(value)
            else:
                text = calm_message()
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, text)
        finally:
            showing = False

    sys.excepthook = hook


def _say(parent: QWidget | None, text: str, *, warning: bool = True) -> None:
    if warning:
        QMessageBox.warning(parent, APP_NAME, text)
    else:
        QMessageBox.information(parent, APP_NAME, text)


def show_location_warnings(folder: Path, parent: QWidget | None = None) -> list[str]:
    from shelter_desk.storage.location import warnings_for

    texts = [QCoreApplication.translate("warnings", t).format(**p) for t, p in warnings_for(folder)]
    if texts:
        _say(parent, "\n\n".join(texts))
    return texts


def run_gui(vault_dir: Path, argv: list[str] | None = None) -> int:
    """Open the program window on ``vault_dir``; returns the exit code."""
    from shelter_desk.desk import Desk
    from shelter_desk.gui.worker import error_text
    from shelter_desk.storage.vault import Vault

    vault_dir = Path(vault_dir)
    app = get_application(argv)
    install_translators(app)
    install_excepthook()

    if not Vault.partly_exists(vault_dir):
        from shelter_desk.gui.setup_wizard import SetupWizard

        wizard = SetupWizard(vault_dir)
        accepted = wizard.exec() == SetupWizard.DialogCode.Accepted and wizard.result_setup is not None
        setup = wizard.result_setup if accepted else None
        created = bool(getattr(wizard, "vault_created", False))
        restore = bool(getattr(wizard, "restore_requested", False))
        wizard.deleteLater()
        if restore:
            desk = restore_on_new_computer(vault_dir)
            if desk is None:
                return 0  # left before the backup was restored
            return _run_window(app, desk)
        if setup is None and not created:
            return 0  # left before anything was made
        desk = setup.desk if setup is not None else None
        if desk is not None:
            try:
                desk.vault.instance.acquire()
            except (VaultInUse, OSError) as exc:
                _say(None, error_text(exc))
                desk.close()
                return 1
    else:
        desk = None
    # An existing vault, or one the wizard made but closed (left before the Recovery Sheet
    # step was finished): open it at the sign-in screen.
    if desk is None and Vault.exists(vault_dir):
        try:
            desk = Desk.open(vault_dir)
        except ShelterDeskError as exc:
            answer = QMessageBox.question(
                None, APP_NAME, error_text(exc) + "\n\n" + QCoreApplication.translate(
                    "App", "Restore the vault from a backup now? The damaged vault is moved aside, not deleted."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return 1
            desk = restore_on_new_computer(vault_dir)
            return 1 if desk is None else _run_window(app, desk)
        try:
            desk.vault.instance.acquire()
        except VaultInUse as exc:
            _say(None, error_text(exc), warning=False)
            return 1
        except OSError as exc:
            _say(None, error_text(exc))
            return 1
        show_location_warnings(vault_dir)  # the setup wizard shows them on its first page instead
    elif desk is None:
        _say(None, QCoreApplication.translate(
            "App",
            "The folder {folder} holds only part of a Shelter Desk vault, so it cannot be opened "
            "and a new vault will not be made over it. Nothing was changed. Restore the vault "
            "from a backup, or start Shelter Desk with another folder.",
        ).format(folder=vault_dir))
        return 1

    return _run_window(app, desk)


def restore_on_new_computer(vault_dir: Path):  # noqa: ANN201 - a Desk, or None
    """The setup wizard's "Restore from a backup instead": the restore dialog with no vault yet."""
    from shelter_desk.gui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(vault_dir)
    dialog.exec()
    desk = dialog.desk if dialog.restored else None
    dialog.deleteLater()
    return desk  # signed in when a new password was set; else at the sign-in screen


def _run_window(app: QApplication, desk) -> int:  # noqa: ANN001
    from shelter_desk.gui.main_window import MainWindow
    from shelter_desk.gui.session import clear_sensitive_clipboard

    window = MainWindow(desk)
    raise_timer = QTimer(window)
    raise_timer.setInterval(RAISE_POLL_MS)
    raise_timer.timeout.connect(lambda: _answer_raise_request(window))
    raise_timer.start()
    app.aboutToQuit.connect(desk.vault.instance.release)
    app.aboutToQuit.connect(clear_sensitive_clipboard)  # nothing copied from a file outlives the program
    window.show()
    window.raise_()
    window.activateWindow()  # after the wizard closes, keyboard focus belongs here
    try:
        return app.exec()
    finally:
        desk.vault.instance.release()
        if desk.vault.is_open:
            desk.close()


def _answer_raise_request(window: QWidget) -> None:
    """Another start of the program on this vault asked us to come to the front."""
    desk = window.desk  # type: ignore[attr-defined]
    if desk.vault.instance.take_raise_request():
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
