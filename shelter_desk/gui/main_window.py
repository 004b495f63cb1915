"""The main window: navigation on the left, the page on the right, the lock screen over all.

The central widget is a stack of two: the sign-in/lock screen, and the app area
(navigation and pages). The app area is built for the person who signs in, with
only the screens their role may see, and destroyed when the screen locks or they
sign out, so no widget holds data while the program is locked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from shelter_desk import APP_NAME
from shelter_desk.desk import Desk, SignedIn
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.change_password import ChangePasswordDialog
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.help_dialogs import AboutDialog, KeyboardShortcutsDialog
from shelter_desk.gui.pages.today import TodayPage
from shelter_desk.gui.session import SessionGuard, clear_sensitive_clipboard
from shelter_desk.gui.sign_in import SignInScreen
from shelter_desk.gui.worker import show_error
from shelter_desk.permissions import ROLE_LABELS, Permission


def role_label(role: object) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS[role])  # type: ignore[index]


class AdminPage(QTabWidget):
    """Admin: the director's tabs (staff accounts, audit trail, security), each only if allowed."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.security_page: QWidget | None = None
        if desk.can(Permission.MANAGE_ACCOUNTS):
            from shelter_desk.gui.pages.accounts import AccountsPage

            self.addTab(AccountsPage(desk), self.tr("Staff &accounts"))
        if desk.can(Permission.VIEW_AUDIT):
            from shelter_desk.gui.pages.audit import AuditPage

            self.addTab(AuditPage(desk), self.tr("A&udit trail"))
        if desk.can(Permission.VIEW_SECURITY_STATUS):
            from shelter_desk.gui.pages.security import SecurityPage

            self.security_page = SecurityPage(desk)
            self.addTab(self.security_page, self.tr("Securit&y"))
        self.backups_page: QWidget | None = None
        if desk.can(Permission.MAKE_BACKUPS):
            from shelter_desk.gui.pages.backups import BackupsPage

            self.backups_page = BackupsPage(desk)
            self.addTab(self.backups_page, self.tr("&Backups"))

    @staticmethod
    def visible_to(desk: Desk) -> bool:
        return any(
            desk.can(p)
            for p in (Permission.MANAGE_ACCOUNTS, Permission.VIEW_AUDIT, Permission.VIEW_SECURITY_STATUS)
        )


class AppArea(QWidget):
    """Navigation and the pages for one signed-in person. Deleted as a whole on lock."""

    def __init__(self, screens: list[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.pages = QStackedWidget(self)
        self.shortcuts: list[QShortcut] = []
        for number, (title, page) in enumerate(screens, start=1):
            item = QListWidgetItem(title, self.navigation)
            item.setSizeHint(QSize(180, 44))  # a large, easy target
            self.pages.addWidget(page)
            if number <= 10:  # Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number % 10}"), self)
                shortcut.activated.connect(lambda row=number - 1: self.go_to(row))
                self.shortcuts.append(shortcut)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)

    def page_of(self, kind: type) -> QWidget | None:
        """The page of this type (tests and the main window use it to find a screen)."""
        for i in range(self.pages.count()):
            if isinstance(self.pages.widget(i), kind):
                return self.pages.widget(i)
        return None

    def titles(self) -> list[str]:
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def go_to(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)


class MainWindow(QMainWindow):
    """Shelter Desk's one window. Everything a person sees goes through here.

    ``lock(reason)`` replaces every page with the lock screen and destroys the pages;
    ``sign_out()`` also closes the vault. Closing the window signs out and releases
    the one-program-per-vault lock.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.shelter_name: str | None = None
        self.app_area: AppArea | None = None
        self.signals: DeskSignals | None = None
        self.today_page: TodayPage | None = None
        self.residents_page = None
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.setMinimumSize(760, 520)

        self.sign_in_screen = SignInScreen(desk, self)
        self.sign_in_screen.signed_in.connect(self._on_signed_in)
        self.sign_in_screen.restore_requested.connect(self.restore_from_backup)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.sign_in_screen)
        self.setCentralWidget(self.stack)

        self.session = SessionGuard(desk, self)
        self.session.idle.connect(lambda: self.lock(reason="idle"))
        self.session.expired.connect(self._on_expired)
        self.session.lock_requested.connect(lambda: self.lock(reason="Ctrl+L"))
        # Results that came back while the screen was locked (a new recovery code, temporary
        # passwords), kept for the person who asked for them: (account id, show(parent)).
        self._held: list[tuple[int | None, Callable[[QWidget], object]]] = []

        self.who_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.who_label)
        self._make_actions()

        who = desk.current
        if who is not None and not desk.locked:
            self._on_signed_in(who)  # straight from the setup wizard
        else:
            self.show_sign_in()

    # --- menus -----------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even when the menu bar is not focused
        return action

    def _make_actions(self) -> None:
        app_wide = Qt.ShortcutContext.ApplicationShortcut
        self.lock_action = self._action(self.tr("&Lock the screen"), lambda: self.lock(reason="Ctrl+L"),
                                        "Ctrl+L", app_wide)
        self.sign_out_action = self._action(self.tr("Sign &out"), self.sign_out)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.change_password_action = self._action(self.tr("&Change my password…"), self.change_password)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About Shelter Desk"), self.show_about)
        self.move_guide_action = self._action(self.tr("&Move to a new computer…"), self.show_move_guide)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        account_menu = menus.addMenu(self.tr("&My account"))
        account_menu.addAction(self.change_password_action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.move_guide_action)
        help_menu.addAction(self.about_action)

    def _update_for_session(self) -> None:
        who = self.desk.current if not self.desk.locked else None
        signed_in = who is not None and self.app_area is not None
        for action in (self.lock_action, self.sign_out_action, self.change_password_action):
            action.setEnabled(signed_in)
        if signed_in and who is not None:
            self.who_label.setText(
                self.tr("Signed in: {name} ({role})").format(name=who.display_name, role=role_label(who.role))
            )
        else:
            self.who_label.setText(self.tr("Locked") if self.desk.locked else self.tr("Nobody is signed in"))

    # --- signing in ---------------------------------------------------------------------------
    def _on_signed_in(self, who: SignedIn) -> None:
        try:
            self.shelter_name = self.desk.settings.shelter_name()
        except ShelterDeskError:
            self.shelter_name = self.shelter_name or ""
        self.session.start()
        if who.must_change_password and not self._forced_password_change():
            return
        self._tell_what_opening_found()
        try:
            self._build_app_area()
        except Exception:
            # A screen that cannot be built must not leave someone signed in behind the
            # sign-in screen; the program's error handler then shows a calm message.
            self.sign_out()
            raise
        self._show_held(who)

    def hold_until_unlock(self, account_id: int | None, show: Callable[[QWidget], object]) -> None:
        """Keep a result that finished behind the lock screen until its owner signs in again."""
        self._held.append((account_id, show))

    def _show_held(self, who: SignedIn) -> None:
        mine = [show for owner, show in self._held if owner == who.account_id]
        self._held = [(owner, show) for owner, show in self._held if owner != who.account_id]
        for show in mine:
            show(self)

    def _forced_password_change(self) -> bool:
        """True when the person chose a new password; otherwise they are signed out (or locked)."""
        dialog = ChangePasswordDialog(self.desk, self, forced=True)
        changed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if changed:
            return True
        if not self.desk.locked:  # cancelled, not interrupted by the idle lock
            self.sign_out()
        return False

    def _tell_what_opening_found(self) -> None:
        report, self.desk.pending_open_report = self.desk.pending_open_report, None
        if report is None:
            return
        lines = []
        if report.keys_file_changed:
            lines.append(self.tr(
                "The vault's key file was changed outside Shelter Desk since it was last used. "
                "It has been sealed again. If nobody here changed it, the audit trail has a note about it."
            ))
        if report.rotation_finished:
            lines.append(self.tr("A change of the data key that was interrupted has now been finished."))
        if report.rotation_rolled_back:
            lines.append(self.tr(
                "A change of the data key that was interrupted has been undone. "
                "The earlier passwords and recovery code still work."
            ))
        if report.migrated_from:
            lines.append(self.tr(
                "Shelter Desk updated the vault for this version, after making a backup first."
            ))
        if lines:
            QMessageBox.information(self, APP_NAME, "\n\n".join(lines))

    def _screens(self) -> list[tuple[str, QWidget]]:
        from shelter_desk.gui.pages.appointments import AppointmentsPage
        from shelter_desk.gui.pages.beds import BedsPage
        from shelter_desk.gui.pages.incidents import IncidentsPage
        from shelter_desk.gui.pages.meals import MealsPage
        from shelter_desk.gui.pages.plans import PlansPage
        from shelter_desk.gui.pages.residents import ResidentsPage
        from shelter_desk.gui.pages.supplies import SuppliesPage

        signals = self.signals = DeskSignals(self.desk)
        signals.open_resident.connect(self.open_resident)
        self.today_page = TodayPage(self.desk, self.shelter_name or "", signals)
        self.residents_page = ResidentsPage(self.desk, signals)
        screens: list[tuple[str, QWidget]] = [(self.tr("Today"), self.today_page)]
        if self.desk.can(Permission.VIEW_RESIDENTS):
            screens.append((self.tr("Residents"), self.residents_page))
            screens.append((self.tr("Beds"), BedsPage(self.desk, signals)))
            screens.append((self.tr("Meals"), MealsPage(self.desk, signals)))
            screens.append((self.tr("Supplies"), SuppliesPage(self.desk, signals)))
            screens.append((self.tr("Appointments"), AppointmentsPage(self.desk, signals)))
        if self.desk.can(Permission.SAFETY_PLANS):
            screens.append((self.tr("Safety plans"), PlansPage(self.desk, signals)))
        if self.desk.can(Permission.INCIDENTS):
            screens.append((self.tr("Incidents"), IncidentsPage(self.desk, signals)))
        from shelter_desk.gui.pages.reports import ReportsPage

        if ReportsPage.visible_to(self.desk):
            screens.append((self.tr("Reports"), ReportsPage(self.desk, signals)))
        if AdminPage.visible_to(self.desk):
            admin = AdminPage(self.desk)
            if admin.security_page is not None:  # a new screen-lock time applies at once
                admin.security_page.idle_lock_changed.connect(self.session.set_idle_minutes)
            if admin.backups_page is not None:
                admin.backups_page.restore_requested.connect(self.restore_from_backup)
            screens.append((self.tr("Admin"), admin))
        return screens

    def open_resident(self, resident_id: int) -> None:
        """Go to the Residents screen and open this resident's file."""
        if self.app_area is None:
            return
        self.app_area.navigation.setCurrentRow(self.app_area.pages.indexOf(self.residents_page))
        self.residents_page.open_resident(resident_id)

    def _build_app_area(self) -> None:
        self._tear_down()
        self.app_area = AppArea(self._screens(), self)
        self.stack.addWidget(self.app_area)
        self.stack.setCurrentWidget(self.app_area)
        self.app_area.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_for_session()

    # --- locking and signing out -----------------------------------------------------------
    def _tear_down(self) -> None:
        """Destroy every page: nothing they showed may stay in memory behind the lock screen."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        area, self.app_area = self.app_area, None
        signals, self.signals = self.signals, None
        if signals is not None:
            signals.stop()
            signals.deleteLater()
        self.today_page = self.residents_page = None
        if area is not None:
            self.stack.removeWidget(area)
            area.hide()
            area.setParent(None)
            area.deleteLater()
        clear_sensitive_clipboard()

    def lock(self, *, reason: str = "locked") -> None:
        if self.desk.current is None or self.desk.locked:
            return
        self._before_lock()
        try:
            self.desk.auth.lock(reason=reason)
        finally:
            self.show_lock_screen()

    def _before_lock(self) -> None:
        """Windows that keep what is typed (an incident draft) save it while the session still works."""
        for widget in QApplication.topLevelWidgets():
            keep = getattr(widget, "before_lock", None)
            if callable(keep) and widget.isVisible():
                try:
                    keep()
                except ShelterDeskError:
                    pass  # the lock must always happen; the window says nothing more once closed

    def show_lock_screen(self, note: str = "") -> None:
        self.session.stop()
        self._tear_down()
        who = self.desk.auth.locked_by
        if who is not None:
            self.sign_in_screen.show_locked(who, note)
        else:
            self.sign_in_screen.show_start(self.shelter_name, note)
        self.stack.setCurrentWidget(self.sign_in_screen)
        self._update_for_session()

    def show_sign_in(self, note: str = "") -> None:
        self.session.stop()
        self._tear_down()
        self.sign_in_screen.show_start(self.shelter_name, note)
        self.stack.setCurrentWidget(self.sign_in_screen)
        self._update_for_session()

    def _on_expired(self) -> None:
        self.show_lock_screen(self.tr("You have been signed in for 12 hours. Please sign in again."))

    def sign_out(self) -> None:
        self.session.stop()
        self._before_lock()
        self._tear_down()
        self.automatic_backup()
        try:
            self.desk.auth.sign_out()
        except ShelterDeskError as exc:
            show_error(self, exc)
        self.show_sign_in(self.tr("You have signed out."))

    # --- backups ---------------------------------------------------------------------------------
    AUTOMATIC_BACKUPS = True  # the GUI tests switch this off, except where they test it

    def automatic_backup(self) -> None:
        """At sign-out and close: the automatic backup (at most one an hour), with a progress
        dialog; the caller waits for it. A failure is shown, never swallowed."""
        from PySide6.QtCore import QEventLoop

        from shelter_desk.gui.worker import Operation

        try:
            due = self.AUTOMATIC_BACKUPS and self.desk.backups.automatic_due()
        except ShelterDeskError:
            due = False
        if not due:
            return
        loop = QEventLoop(self)
        outcome: dict[str, object] = {}
        operation = Operation(self, self.tr("Making the automatic backup…"), self.desk.backups.make_automatic,
                              with_progress=True)
        operation.finished.connect(lambda made: (outcome.update(made=made), loop.quit()))
        operation.failed.connect(lambda exc: (outcome.update(error=exc), loop.quit()))
        operation.start()
        if not outcome:
            loop.exec()
        operation.deleteLater()
        if "error" in outcome:
            show_error(self, outcome["error"], self.tr("The automatic backup was not made"))  # type: ignore[arg-type]

    def restore_from_backup(self) -> None:
        """Admin → Backups → Restore: everyone is signed out, the vault is closed, then the dialog runs."""
        from shelter_desk.gui.restore_dialog import RestoreDialog

        if self.desk.current is not None and not self.desk.locked:
            answer = QMessageBox.question(
                self, self.tr("Restore from a backup?"),
                self.tr("Everyone is signed out and the vault is closed. If the restore goes ahead, the vault now "
                        "in use is moved aside (not deleted) and the backup takes its place. Records added since "
                        "the backup was made are not in it.\n\nGo on?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.stop()
        self._tear_down()
        try:
            self.desk.auth.sign_out()
        except ShelterDeskError as exc:
            show_error(self, exc)
        self.desk.vault.instance.release()
        dialog = RestoreDialog(self.desk.vault.folder, self.desk, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        who, restored = dialog.signed_in, dialog.restored
        dialog.deleteLater()
        if not restored:
            try:
                self.desk.vault.instance.acquire()
            except ShelterDeskError as exc:
                show_error(self, exc)
        if accepted and who is not None:
            self._on_signed_in(who)
            return
        self.show_sign_in(self.tr("The backup was restored. Sign in with the recovery code or a director's "
                                  "password to choose a new password.") if restored else "")

    def show_move_guide(self) -> None:
        from shelter_desk.gui.move_guide import MoveGuideDialog

        dialog = MoveGuideDialog(self)
        dialog.exec()
        dialog.deleteLater()

    # --- menu actions ----------------------------------------------------------------------------
    def change_password(self) -> None:
        if self.app_area is None:
            return
        try:
            dialog = ChangePasswordDialog(self.desk, self)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(self, APP_NAME, self.tr("Your password has been changed."))
        dialog.deleteLater()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        def keys(sequence: QKeySequence | str) -> str:
            return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)

        rows = [
            (keys("Ctrl+L"), self.tr("Lock the screen now (do this whenever you step away)")),
            (keys("Ctrl+Q"), self.tr("Sign out and close Shelter Desk")),
            (keys("F1"), self.tr("Show this list of keyboard shortcuts")),
        ]
        if self.app_area is not None:
            for number, title in enumerate(self.app_area.titles()[:10], start=1):
                rows.append((keys(f"Ctrl+{number % 10}"), self.tr("Go to {screen}").format(screen=title)))
        else:
            rows.append((self.tr("Ctrl+1, Ctrl+2, …"), self.tr("Go to the screens in the list on the left")))
        if self.desk.can(Permission.VIEW_RESIDENTS):
            rows += [
                (keys(QKeySequence.StandardKey.Find), self.tr("Residents: search by name or room")),
                (keys(QKeySequence.StandardKey.New), self.tr("Residents: take in a new resident (intake)")),
                (self.tr("Enter"), self.tr("Residents: open the chosen resident's file")),
                (self.tr("Esc / Alt+Left"), self.tr("Residents: close the file and go back to the list")),
                (keys("Ctrl+Enter"), self.tr("Save an intake, a case note or a goal")),
                (keys("Ctrl+G"), self.tr("Beds: give the chosen bed to someone")),
                (keys("Ctrl+M"), self.tr("Beds: move her to another bed")),
                (keys("Ctrl+H"), self.tr("Beds: hold the chosen bed for someone expected")),
                (keys("Ctrl+Shift+H"), self.tr("Beds: release the hold")),
                (keys("Ctrl+O"), self.tr("Beds: open the file of the person in the chosen bed")),
            ]
            from shelter_desk.gui.pages import appointments, incidents, meals, plans, supplies

            for page in (meals, supplies, appointments, plans, incidents):
                rows += page.shortcut_rows()
        if self.desk.can(Permission.WEEKLY_SUMMARY):
            from shelter_desk.gui.pages import reports

            rows += reports.shortcut_rows()
        rows += [
            (self.tr("Tab / Shift+Tab"), self.tr("Move to the next / previous field or button")),
            (self.tr("Up / Down"), self.tr("Choose in a list, such as the screens on the left")),
            (self.tr("Enter"), self.tr("Press the highlighted button (Sign in, OK, Next)")),
            (self.tr("Esc"), self.tr("Close a window without changing anything")),
            (self.tr("Space"), self.tr("Press the button or tick the box that has the focus")),
            (self.tr("Alt + underlined letter"), self.tr("Go to that field, press that button or open that menu")),
            (keys("Ctrl+Tab"), self.tr("Next tab (for example in Admin)")),
            (keys("Ctrl+Shift+Tab"), self.tr("Previous tab")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        dialog = KeyboardShortcutsDialog(self.shortcut_rows(), self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.exec()
        dialog.deleteLater()

    # --- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.session.stop()
        if self.desk.current is not None and not self.desk.locked:
            self._before_lock()
        self._tear_down()
        if self.desk.vault.is_open:
            self.automatic_backup()
        try:
            if self.desk.vault.is_open:
                self.desk.auth.sign_out()
        except ShelterDeskError:
            pass  # closing must always work; the vault closes with the process anyway
        finally:
            self.desk.vault.instance.release()
        event.accept()
