"""The "Safety plan" tab of a resident's file: where her plan stands, and the way into it.

With a plan: its template (named only for those who keep the templates: a name can say what
she lived through), progress, last and next review (overdue said in words) and the last three
reviews, with "Open her safety plan…" (also Enter) and "Record a review…". Without one, while
she is staying here: "Make her safety plan…" (``pages/plans.StartPlanDialog``: choose a
template, the default chosen already), which then opens the plan to work through with her.

Reading her plan is an audited read (``desk.plans.plan_of``), so the tab reads it only when
it is shown (and again after a change made from the file), never on every reload of the file.
Button keys avoid the file's own (B E L T K R U D S C G N O I Q A, the menus' F M H, and the
residents list's S W P): Alt+Y opens or makes her plan, Alt+V records a review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.errors import ShelterDeskError
from shelter_desk.gui.plan_items_model import OVERDUE_INK, due_words, plain_tooltip, progress_text
from shelter_desk.gui.resident_text import day_text, heading_label, list_table
from shelter_desk.gui.table_model import RowsModel, fit_rows
from shelter_desk.gui.worker import error_text, show_error
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.plan_views import PlanInfo, ReviewInfo
from shelter_desk.services.residents import ResidentFile

if TYPE_CHECKING:
    from shelter_desk.gui.resident_file import ResidentFileView

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
CONTEXT = "ResidentPlanTab"
R_DAY, R_BY, R_WHAT, R_NEXT = range(4)
LAST_REVIEWS = 3


class ReviewsModel(RowsModel[ReviewInfo]):
    CONTEXT = CONTEXT
    HEADERS = {
        R_DAY: QT_TRANSLATE_NOOP("ResidentPlanTab", "Reviewed on"),
        R_BY: QT_TRANSLATE_NOOP("ResidentPlanTab", "By"),
        R_WHAT: QT_TRANSLATE_NOOP("ResidentPlanTab", "What changed"),
        R_NEXT: QT_TRANSLATE_NOOP("ResidentPlanTab", "Next due"),
    }

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201
        review = self.row(index.row())
        if review is None:
            return None
        if role == DISPLAY:
            return {R_DAY: day_text(review.reviewed_on), R_BY: review.reviewed_by,
                    R_WHAT: " ".join(review.what_changed.split()), R_NEXT: day_text(review.next_due)}.get(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == R_WHAT:
            return plain_tooltip(review.what_changed)
        return None


class PlanTab(QWidget):
    """Her safety plan in short, in her file (see the module's docstring)."""

    def __init__(self, view: ResidentFileView) -> None:
        super().__init__(view)
        self.view = view
        self.desk = view.desk
        self.file: ResidentFile = view.file
        self.plan: PlanInfo | None = None
        self._stale = True  # read her plan when the tab is next shown

        self.message_label = QLabel(self)
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        self.notice_label = QLabel(self)  # a calm word after a step (not an error)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.hide()
        self.show_template = self.desk.can(Permission.MANAGE_PLAN_TEMPLATES)

        # With a plan.
        self.template_value = self._value_label()
        self.progress_value = self._value_label()
        self.last_value = self._value_label()
        self.next_value = self._value_label()
        self.next_value.setObjectName("nextReviewLabel")
        self.summary = QWidget(self)
        form = QFormLayout(self.summary)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(18)
        # A template's name can say what she lived through: only those who keep the templates see it.
        form.addRow(self._name_label(self.tr("Template") if self.show_template else self.tr("Made")),
                    self.template_value)
        form.addRow(self._name_label(self.tr("Progress")), self.progress_value)
        form.addRow(self._name_label(self.tr("Last review")), self.last_value)
        form.addRow(self._name_label(self.tr("Next review")), self.next_value)
        self.open_button = QPushButton(self.tr("Open her safet&y plan…"), self)
        self.open_button.setToolTip(self.tr("Open her plan to work through it with her (Enter)"))
        self.review_button = QPushButton(self.tr("Record a re&view…"), self)
        self.open_button.clicked.connect(self.open_plan)
        self.review_button.clicked.connect(self.record_review)
        self.reviews_heading = heading_label(self.tr("Latest reviews"), self)
        self.reviews_model = ReviewsModel(self)
        self.reviews_table = list_table(self, self.reviews_model, self.tr("Latest reviews of her plan"))
        header = self.reviews_table.horizontalHeader()
        for column in (R_DAY, R_BY, R_NEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(R_WHAT, QHeaderView.ResizeMode.Stretch)
        self.reviews_heading.setBuddy(self.reviews_table)
        self.reviews_table.activated.connect(lambda _index: self.open_plan())
        self.no_reviews_label = QLabel(self.tr("No review yet."), self)

        # Without one.
        self.none_label = QLabel(self)
        self.none_label.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Make her safet&y plan…"), self)
        self.make_button.clicked.connect(self.make_plan)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.review_button, self.make_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.message_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.none_label)
        layout.addLayout(buttons)
        layout.addWidget(self.reviews_heading)
        layout.addWidget(self.no_reviews_label)
        layout.addWidget(self.reviews_table)
        layout.addStretch(1)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter)
        self._show(None)
        view.reloaded.connect(self._file_reloaded)

    def _value_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _name_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("font-weight: bold; color: #3d484c;")
        return label

    # --- reading, only when shown ------------------------------------------------------------------
    def _file_reloaded(self, file: ResidentFile) -> None:
        self.file = file
        self._stale = True
        if self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        """Her plan changed elsewhere (e.g. the "plans" change topic): read it again now if shown, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read her plan (an audited read) and show it."""
        self._stale = False
        if not self.desk.can(Permission.SAFETY_PLANS):
            self._show(None)
            return
        try:
            plan = self.desk.plans.plan_of(self.file.id)
        except ShelterDeskError as exc:
            self.message_label.setText(error_text(exc))
            self.message_label.show()
            return
        self.message_label.hide()
        self._show(plan)

    def here_now(self) -> bool:
        return self.file.current_stay is not None

    def _show(self, plan: PlanInfo | None) -> None:
        self.plan = plan
        has_plan = plan is not None
        may = self.desk.can(Permission.SAFETY_PLANS)
        for widget in (self.summary, self.open_button, self.reviews_heading):
            widget.setVisible(has_plan)
        self.review_button.setVisible(has_plan and self.here_now())
        self.none_label.setVisible(not has_plan)
        self.make_button.setVisible(not has_plan and may and self.here_now())
        if plan is None:
            self.reviews_model.set_rows([])
            self.reviews_table.hide()
            self.no_reviews_label.hide()
            if self.here_now():
                self.none_label.setText(self.tr("She has no safety plan yet. Make it with her: choose a template, "
                                                "then go through it together."))
            else:
                self.none_label.setText(self.tr("She has no safety plan, and she is not staying here now."))
            return
        today = self.desk.today()
        if self.show_template:
            self.template_value.setText(self.tr("{template} · made by {who} on {day}").format(
                template=plan.template_name, who=plan.made_by, day=day_text(plan.made_on)))
        else:
            self.template_value.setText(self.tr("By {who} on {day}").format(who=plan.made_by,
                                                                         day=day_text(plan.made_on)))
        done, counted = plan.progress
        not_applicable = sum(1 for i in plan.items if i.status == "not_applicable")
        self.progress_value.setText(progress_text(done, counted, not_applicable))
        if plan.reviews:
            last = plan.reviews[0]
            self.last_value.setText(self.tr("{day} by {who}").format(day=day_text(last.reviewed_on),
                                                                     who=last.reviewed_by))
        else:
            self.last_value.setText(self.tr("No review yet"))
        self.next_value.setText(self.tr("{day} ({when})").format(day=day_text(plan.next_review_on),
                                                                 when=due_words(plan.next_review_on, today)))
        self.next_value.setStyleSheet(f"color: {OVERDUE_INK}; font-weight: bold;" if plan.overdue else "")
        reviews = list(plan.reviews[:LAST_REVIEWS])
        self.reviews_model.set_rows(reviews)
        fit_rows(self.reviews_table, max(1, len(reviews)))  # at most three: no empty box under them
        self.reviews_table.setVisible(bool(reviews))
        self.no_reviews_label.setVisible(not reviews)

    # --- actions ---------------------------------------------------------------------------------
    def _enter(self) -> None:
        """Enter in the tab: the button that has the focus, else open her plan."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus.isVisible():
            focus.animateClick()
        elif self.plan is not None:
            self.open_plan()
        elif self.make_button.isVisible():
            self.make_plan()

    def _run(self, make) -> bool:  # noqa: ANN001
        """Build and run a dialog; a refusal while building it (the session ended) is shown plainly."""
        try:
            dialog = make()
        except ShelterDeskError as exc:
            show_error(self, exc)
            return False
        return self.view.run_dialog(dialog)

    def open_plan(self) -> None:
        from shelter_desk.gui.plan_dialog import PlanDialog

        self._say_notice("")
        if self.plan is not None:
            plan_id = self.plan.id
            self._run(lambda: PlanDialog(self, self.desk, plan_id))

    def record_review(self) -> None:
        from shelter_desk.gui.plan_dialog import ReviewDialog

        self._say_notice("")
        if self.plan is None or not self.here_now():
            return
        try:
            plan = self.desk.plans.open_plan(self.plan.id)  # as stored now (an audited read)
            dialog = ReviewDialog(self, self.desk, plan, plan.version)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        if self.view.run_dialog(dialog) and dialog.notice:
            self._say_notice(dialog.notice)  # e.g. recorded on a version someone saved meanwhile

    def _say_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def make_plan(self) -> None:
        from shelter_desk.gui.pages.plans import StartPlanDialog
        from shelter_desk.gui.plan_dialog import PlanDialog

        self._say_notice("")
        if self.plan is not None or not self.here_now():
            return
        try:
            dialog = StartPlanDialog(self, self.desk, self.file.id, self.file.alias)
        except ShelterDeskError as exc:
            show_error(self, exc)
            return
        try:
            made = dialog.exec() == QDialog.DialogCode.Accepted
            plan_id = dialog.plan_id
        finally:
            dialog.deleteLater()
        if not made or plan_id is None or self.desk.current is None or self.desk.locked:
            return
        if not self._run(lambda: PlanDialog(self, self.desk, plan_id)):
            self.refresh()  # the plan was made, even if nothing more was saved
