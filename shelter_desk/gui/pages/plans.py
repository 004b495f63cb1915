"""Safety plans: everyone here now and her plan at a glance, the reviews due, the templates.

The list (``desk.plans.overview()``) shows each resident here now with her plan's template,
progress ("9 of 15 done" and a bar), last and next review and its state in words ("Overdue by
3 days", "Due in 2 days", "No plan yet"). "View" (Alt+V) narrows it to the reviews due this
week or overdue, or to the residents without a plan; the line at the top counts them. The
template's name is shown only to those who keep the templates (house managers and directors):
a name such as "Trafficking-specific" says what she lived through.

Enter opens the chosen resident's plan (the plan screen, ``gui/plan_dialog.PlanDialog``); for a
resident without one it asks which template to make it from (the default chosen) and opens
the new plan. Ctrl+O opens her file. House managers and directors have "Templates…" (Alt+E).
The first time the screen is shown on a vault with no template, the house's default template
is put in, in the program's language.

The page reads the plan service again after a change ("plans", "residents", "beds") while it is
shown; a change while it is hidden only marks it to be read when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.bed_dialogs import say
from shelter_desk.gui.desk_signals import DeskSignals
from shelter_desk.gui.plans_model import (
    COL_NAME,
    COL_PROGRESS,
    COL_ROOM,
    COL_TEMPLATE,
    PlansModel,
    ProgressDelegate,
    counts_text,
    items_text,
)
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import Section, hint, sentence
from shelter_desk.gui.resident_text import FlowLayout, list_table, selected_row
from shelter_desk.gui.supplies_models import tip
from shelter_desk.gui.worker import error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.plan_views import DEFAULT_REVIEW_DAYS, PlanRow, TemplateInfo

REFRESH_DELAY_MS = 200
CONTEXT = "PlansPage"
EVERYONE, DUE, NO_PLAN = "everyone", "due", "no_plan"

# For the F1 list of shortcuts: (keys, what they do).
SHORTCUTS = (
    ("Enter", QT_TRANSLATE_NOOP("PlansPage", "Safety plans: open the chosen resident's plan, or make her one")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("PlansPage", "Safety plans: open the file of the resident on the chosen line")),
    ("Alt+V", QT_TRANSLATE_NOOP("PlansPage", "Safety plans: show everyone, the reviews due, or who has no plan yet")),
    ("Alt+E", QT_TRANSLATE_NOOP("PlansPage", "Safety plans: the templates (house managers and directors)")),
    ("Ctrl+Up / Ctrl+Down", QT_TRANSLATE_NOOP("PlansPage", "Safety-plan template: move the chosen section or item")),
    ("Ins / Ctrl+Ins", QT_TRANSLATE_NOOP("PlansPage", "Safety-plan template: add an item / a section")),
)


def shortcut_rows() -> list[tuple[str, str]]:
    """The Safety plans screen's keys, for the main window's F1 list."""
    rows = []
    for keys, text in SHORTCUTS:
        shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                           for k in keys.split(" / "))
        rows.append((shown, QCoreApplication.translate(CONTEXT, text)))
    return rows


class StartPlanDialog(FormDialog):
    """Make her plan from a template (the default one chosen); used by this screen and her file's tab.

    ``templates``: the templates to offer (read here when not given). With no template at all yet,
    the house's default one is put in first (in the program's language). ``plan_id`` once it is made.
    Template names are shown here even to front desk: choosing one needs them (they name no resident).
    """

    def __init__(self, parent: QWidget | None, desk: Desk, resident_id: int, alias: str,
                 templates: list[TemplateInfo] | None = None) -> None:
        if templates is None:
            templates = desk.plans.templates()
        if not templates and desk.plans.install_default_template(QCoreApplication.translate) is not None:
            templates = desk.plans.templates()
        super().__init__(parent, title=QCoreApplication.translate("StartPlanDialog", "Make a safety plan"),
                         heading=QCoreApplication.translate("StartPlanDialog", "A safety plan for {alias}")
                         .format(alias=alias),
                         save_text=QCoreApplication.translate("StartPlanDialog", "Ma&ke the plan"),
                         enter_saves=True, scroll=False)
        self.desk = desk
        self.resident_id = resident_id
        self.templates: list[TemplateInfo] = list(templates)
        self.plan_id: int | None = None
        self.set_intro(self.tr("{alias} has no safety plan yet. Choose the template to make it from, then work "
                               "through it with her.").format(alias=alias))
        section = Section(self.tr("The plan"), self.body_widget)
        self.template_combo = QComboBox(section)
        for template in self.templates:
            text = self.tr("{name} (default) · {items}") if template.is_default else self.tr("{name} · {items}")
            self.template_combo.addItem(text.format(name=template.name, items=items_text(template)), template.id)
            if template.description:
                self.template_combo.setItemData(self.template_combo.count() - 1, tip(template.description),
                                                Qt.ItemDataRole.ToolTipRole)  # typed: escaped, never markup
        default = next((n for n, t in enumerate(self.templates) if t.is_default), 0)
        self.template_combo.setCurrentIndex(default)
        section.row(self.tr("&Template"), self.template_combo)
        self.about_label = section.note("")
        self.about_label.setTextFormat(Qt.TextFormat.PlainText)  # the template's description: typed text
        section.note(self.tr("Her reviews are due every {n} days; the plan screen can change that.").format(
            n=DEFAULT_REVIEW_DAYS))
        self.body.addWidget(section)
        if not self.templates:
            self.say(self.tr("There is no safety-plan template yet. A house manager can make one."))
            self.save_button.setEnabled(False)
        self.template_combo.currentIndexChanged.connect(lambda _i: self._describe())
        self._describe()
        self.set_tab_order([self.template_combo, self.save_button, self.cancel_button])
        self.resize(560, self.sizeHint().height())
        self.remember_start()
        self.template_combo.setFocus()

    def _describe(self) -> None:
        """The chosen template's description under the list (a tooltip alone is out of reach of the keyboard)."""
        chosen = self.chosen()
        text = chosen.description if chosen is not None else ""
        self.about_label.setText(text)
        self.about_label.setVisible(bool(text))

    def chosen(self) -> TemplateInfo | None:
        template_id = self.template_combo.currentData()
        return next((t for t in self.templates if t.id == template_id), None)

    def snapshot(self) -> tuple:
        return ()  # nothing typed: Esc closes at once

    def save(self) -> bool:
        template_id = self.template_combo.currentData()
        if template_id is None:
            return False
        try:
            self.plan_id = self.desk.plans.start_plan(self.resident_id, template_id)
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True


class PlansPage(QWidget):
    """Everyone here now and her safety plan. Built on sign-in, destroyed on lock.

    Holds nothing but what the plan service last returned. Each plan is opened (an audited read)
    only when asked for; the list itself is the service's overview.
    """

    REFRESH_TOPICS = {"plans", "residents", "beds"}  # beds: the room shown with her name

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signals = signals
        self._rows: list[PlanRow] = []
        self._templates_checked = False
        # A template's name can say what she lived through ("Trafficking-specific"): only those who keep
        # the templates see it; for front desk the column is not there.
        self.show_template = desk.can(Permission.MANAGE_PLAN_TEMPLATES)

        title = QLabel(self.tr("Safety plans"), self)
        title.setObjectName("titleLabel")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("plansSummaryLabel")
        self.summary_label.setStyleSheet("font-size: 12pt;")
        self.summary_label.setWordWrap(True)
        self.templates_button = QPushButton(self.tr("Templat&es…"), self)
        self.templates_button.setAutoDefault(False)
        self.templates_button.setToolTip(self.tr("The templates new plans are made from: their sections and items"))
        self.templates_button.clicked.connect(lambda _checked=False: self.edit_templates())
        self.templates_button.setVisible(desk.can(Permission.MANAGE_PLAN_TEMPLATES))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("noticeLabel")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names her: typed text, never markup
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.view_combo = QComboBox(self)
        self.view_combo.addItem(self.tr("Everyone here"), EVERYONE)
        self.view_combo.addItem(self.tr("Due this week or overdue"), DUE)
        self.view_combo.addItem(self.tr("No plan yet"), NO_PLAN)
        self.view_combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        view_label = QLabel(self.tr("&View:"), self)
        view_label.setBuddy(self.view_combo)

        self.model = PlansModel(self, show_template=self.show_template)
        self.table = list_table(self, self.model, self.tr("Safety plans"))
        self.table.setColumnHidden(COL_TEMPLATE, not self.show_template)
        self.table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(lambda _i: self.open_plan())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noticeLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.open_button = QPushButton(self.tr("Open her pla&n…"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(self.tr("Open the chosen resident's plan, or make her one (Enter)"))
        self.open_button.clicked.connect(lambda _checked=False: self.open_plan())
        self.file_button = QPushButton(self.tr("Open her f&ile"), self)
        self.file_button.setAutoDefault(False)
        self.file_button.setToolTip(self.tr("Open her file ({keys})").format(
            keys=QKeySequence("Ctrl+O").toString(QKeySequence.SequenceFormat.NativeText)))
        self.file_button.clicked.connect(lambda _checked=False: self.open_file())
        self._action("Ctrl+O", self.open_file)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.templates_button)
        filters = QHBoxLayout()
        filters.addWidget(view_label)
        filters.addWidget(self.view_combo)
        filters.addSpacing(16)
        filters.addWidget(hint(self.tr("Enter opens her plan, or makes her one · Ctrl+O opens her file"), self), 1)
        buttons = FlowLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        chain = [self.view_combo, self.table, self.open_button, self.file_button, self.templates_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._stale = False  # changed while hidden: read again when shown
        signals.changed.connect(self._on_changed)
        self.refresh()

    def _action(self, keys: str, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)

    # --- reading ----------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic not in self.REFRESH_TOPICS:
            return
        if self.isVisible():
            self._timer.start()  # several changes in a row: one read
        else:
            self._stale = True  # nothing is read while another screen is shown

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._templates_checked:
            self._templates_checked = True
            self.install_default_template()
        if self._stale:
            self.refresh()
        QTimer.singleShot(0, self, self._fit_columns)

    def install_default_template(self) -> None:
        """A vault with no template yet gets the house's default one (in the program's language)."""
        try:
            self.desk.plans.install_default_template(QCoreApplication.translate)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))

    def refresh(self, select: int | None = None) -> None:
        self._timer.stop()
        self._stale = False
        try:
            self._rows = self.desk.plans.overview()
        except ShelterDeskError as exc:
            self._rows = []
            say(self.message_label, error_text(exc))
        self.model.set_day(self.desk.today())
        self.summary_label.setText(counts_text(self._rows))
        self._show_rows(select)

    def _show_rows(self, select: int | None = None) -> None:
        current = self.selected()
        keep = select if select is not None else (current.resident_id if current else None)
        old_row = max(selected_row(self.table), 0)
        view = self.view_combo.currentData()
        if view == DUE:
            rows = [r for r in self._rows if r.overdue or r.due_soon]
            rows.sort(key=lambda r: (r.next_review_on, r.alias))  # the most overdue first
        elif view == NO_PLAN:
            rows = [r for r in self._rows if r.plan_id is None]
        else:
            rows = list(self._rows)
        self.model.set_rows(rows)
        self._fit_columns()
        if rows:
            row = self.model.row_of(keep)
            self.table.selectRow(row if row >= 0 else min(old_row, len(rows) - 1))
        self.table.setVisible(bool(rows))
        self.empty_label.setText(
            "" if rows else
            self.tr("Nobody is staying here now.") if not self._rows else
            self.tr("No reviews are overdue or due this week.") if view == DUE else
            self.tr("Every resident here has a safety plan.") if view == NO_PLAN else "")
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Columns as wide as what they show; on a narrow screen the template, room and name give way
        first (cut short with "…", whole in their tooltip), so the state stays in sight."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        shown = [c for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]
        excess = sum(header.sectionSize(c) for c in shown) - room
        floor = self.table.fontMetrics().horizontalAdvance("x" * 9)
        for column in (COL_TEMPLATE, COL_ROOM, COL_NAME):
            if excess <= 0:
                break
            if column not in shown:
                continue
            width = header.sectionSize(column)
            cut = min(excess, max(0, width - floor))
            header.resizeSection(column, width - cut)
            excess -= cut
        if excess < 0 and shown:  # room to spare: the last column shown (the template, if there) takes it
            last = shown[-1]
            header.resizeSection(last, header.sectionSize(last) - excess)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)  # once the list has its new width

    def selected(self) -> PlanRow | None:
        return self.model.row(selected_row(self.table))

    def _update_buttons(self) -> None:
        line = self.selected()
        self.open_button.setEnabled(line is not None)
        self.file_button.setEnabled(line is not None)
        self.open_button.setText(self.tr("Make her a pla&n…") if line is not None and line.plan_id is None
                                 else self.tr("Open her pla&n…"))

    # --- actions ----------------------------------------------------------------------------------
    def _alive(self) -> bool:
        """After a dialog: False when the screen lock closed it (this page is going away)."""
        return self.desk.current is not None and not self.desk.locked

    def _back_to_list(self, resident_id: int, text: str = "") -> None:
        self.refresh(select=resident_id)
        say(self.message_label, text)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_plan(self) -> None:
        """Her plan on the plan screen; for a resident without one, make it from a template first."""
        line = self.selected()
        if line is None:
            return
        say(self.message_label, "")
        if line.plan_id is None:
            self.make_plan(line)
            return
        saved = self.open_plan_dialog(line.plan_id)
        if self._alive():
            self._back_to_list(line.resident_id, self.tr("The plan of {alias} was saved.").format(alias=line.alias)
                               if saved else "")

    def open_plan_dialog(self, plan_id: int) -> bool:
        """The plan screen for one plan; True when something was saved there."""
        from shelter_desk.gui.plan_dialog import PlanDialog

        try:
            dialog = PlanDialog(self, self.desk, plan_id)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return False
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def make_plan(self, line: PlanRow) -> None:
        try:
            dialog = StartPlanDialog(self, self.desk, line.resident_id, line.alias)
        except ShelterDeskError as exc:
            say(self.message_label, error_text(exc))
            return
        try:
            made = dialog.exec() == QDialog.DialogCode.Accepted
            plan_id = dialog.plan_id
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if not made or plan_id is None or not self._alive():
            if self._alive():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.refresh(select=line.resident_id)
        if self.show_template and chosen is not None:
            text = self.tr("A safety plan was made for {alias} from the template {template}.").format(
                alias=line.alias, template=chosen.name)
        else:  # a template's name can say what she lived through: only for those who keep the templates
            text = self.tr("A safety plan was made for {alias}.").format(alias=line.alias)
        say(self.message_label, text)
        self.open_plan_dialog(plan_id)
        if self._alive():
            self.refresh(select=line.resident_id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_file(self) -> None:
        line = self.selected()
        if line is not None:
            self.signals.open_resident.emit(line.resident_id)

    def edit_templates(self) -> None:
        if not self.desk.can(Permission.MANAGE_PLAN_TEMPLATES):
            return
        from shelter_desk.gui.plan_template_dialog import TemplatesDialog

        say(self.message_label, "")
        try:
            dialog = TemplatesDialog(self, self.desk)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if self._alive():
            self.refresh()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
