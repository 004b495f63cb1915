"""The lists of the safety-plan screens: the plans overview, reviews due, templates, a template's outline.

- :class:`PlansModel`: everyone here now and her plan (``desk.plans.overview()``): progress,
  last and next review and the plan's state in words ("Overdue by 3 days", "No plan yet"); the
  template's name only with ``show_template`` (those who keep the templates).
- :class:`TemplatesModel`: the templates (name, default, in use, items).
- :class:`OutlineModel`: one template being edited: sections as top-level rows, their items as
  children (a ``QStandardItemModel``; each row keeps its record id and help text in roles).

Names and typed text are plain text in cells; in tooltips they are escaped (``tip``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.supplies_models import tip
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.plan_views import ItemInput, PlanRow, SectionInput, TemplateInfo

Index = QModelIndex | QPersistentModelIndex
DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
OVERDUE_COLOR = QColor("#9b1c1c")  # the error red of the style sheet
SOON_COLOR = QColor("#8a4b00")
QUIET = QColor("#5d686c")
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the progress bar's share done (None: no bar)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- words ----------------------------------------------------------------------------------------

def state_text(row: PlanRow, today: date) -> str:
    """The plan's state in words: "No plan yet", "Overdue by 3 days", "Due today", "Due in 2 days", "Up to date"."""
    if row.plan_id is None:
        return QCoreApplication.translate("PlansText", "No plan yet")
    if row.next_review_on is None:
        return ""
    days = (row.next_review_on - today).days
    if days < 0:
        late = -days
        return (QCoreApplication.translate("PlansText", "Overdue by 1 day") if late == 1
                else QCoreApplication.translate("PlansText", "Overdue by {n} days").format(n=late))
    if days == 0:
        return QCoreApplication.translate("PlansText", "Due today")
    if row.due_soon:
        return (QCoreApplication.translate("PlansText", "Due tomorrow") if days == 1
                else QCoreApplication.translate("PlansText", "Due in {n} days").format(n=days))
    return QCoreApplication.translate("PlansText", "Up to date")


def progress_text(row: PlanRow) -> str:
    """"9 of 15 done" (items marked not applicable are not counted)."""
    if row.plan_id is None:
        return ""
    if not row.counted:
        return QCoreApplication.translate("PlansText", "No items to do")
    return QCoreApplication.translate("PlansText", "{done} of {counted} done").format(
        done=row.done, counted=row.counted)


def percent(row: PlanRow) -> int:
    return round(100 * row.done / row.counted) if row.counted else 0


def state_color(row: PlanRow) -> QColor | None:
    if row.plan_id is None:
        return QUIET
    if row.overdue:
        return OVERDUE_COLOR
    if row.due_soon:
        return SOON_COLOR
    return None


def counts_text(rows: Sequence[PlanRow]) -> str:
    """"2 reviews overdue · 3 due this week · 1 resident without a plan" (what is there to do)."""
    if not rows:
        return QCoreApplication.translate("PlansText", "Nobody is staying here now.")
    overdue = sum(1 for r in rows if r.overdue)
    soon = sum(1 for r in rows if r.due_soon)
    none = sum(1 for r in rows if r.plan_id is None)
    parts = []
    if overdue:
        parts.append(QCoreApplication.translate("PlansText", "1 review overdue") if overdue == 1
                     else QCoreApplication.translate("PlansText", "{n} reviews overdue").format(n=overdue))
    if soon:
        parts.append(QCoreApplication.translate("PlansText", "1 due this week") if soon == 1
                     else QCoreApplication.translate("PlansText", "{n} due this week").format(n=soon))
    if none:
        parts.append(QCoreApplication.translate("PlansText", "1 resident without a plan") if none == 1
                     else QCoreApplication.translate("PlansText", "{n} residents without a plan").format(n=none))
    if not parts:
        return QCoreApplication.translate("PlansText", "Every resident here has a plan, and no review is due this week.")
    text = parts[0]
    for part in parts[1:]:
        text = QCoreApplication.translate("PlansText", "{before} · {more}").format(before=text, more=part)
    return text


# --- the overview ---------------------------------------------------------------------------------

# The state in words comes early: on a narrow screen it stays in sight (the template gives way first).
COL_NAME, COL_ROOM, COL_STATE, COL_PROGRESS, COL_LAST, COL_NEXT, COL_TEMPLATE = range(7)


class PlansModel(RowsModel[PlanRow]):
    """Residents here now with their plan's state, in the order the service gives (by name)."""

    CONTEXT = "PlansModel"
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("PlansModel", "Name"),
        COL_ROOM: QT_TRANSLATE_NOOP("PlansModel", "Room"),
        COL_STATE: QT_TRANSLATE_NOOP("PlansModel", "State"),
        COL_PROGRESS: QT_TRANSLATE_NOOP("PlansModel", "Progress"),
        COL_LAST: QT_TRANSLATE_NOOP("PlansModel", "Last review"),
        COL_NEXT: QT_TRANSLATE_NOOP("PlansModel", "Next review"),
        COL_TEMPLATE: QT_TRANSLATE_NOOP("PlansModel", "Template"),
    }

    def __init__(self, parent: QWidget | None = None, *, show_template: bool = False) -> None:
        super().__init__(parent)
        self.today = date.today()
        # False for those who do not keep the templates: a template's name can say what she lived through.
        self.show_template = show_template

    def set_day(self, today: date) -> None:
        self.today = today

    def row_of(self, resident_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.resident_id == resident_id), -1)

    def text(self, line: PlanRow, column: int) -> str:
        if column == COL_NAME:
            return line.alias
        if column == COL_ROOM:
            return line.room or self.tr("No bed")
        if column == COL_TEMPLATE:
            return line.template_name if self.show_template else ""
        if column == COL_PROGRESS:
            return progress_text(line)
        if column == COL_LAST:
            if line.plan_id is None:
                return ""
            return day_text(line.last_reviewed_on) if line.last_reviewed_on else self.tr("Not yet")
        if column == COL_NEXT:
            return day_text(line.next_review_on)
        return state_text(line, self.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_PROGRESS and line.counted:
                return self.tr("{progress} ({percent}%)").format(progress=progress_text(line), percent=percent(line))
            return self.text(line, column)
        if role == FRACTION_ROLE and column == COL_PROGRESS:
            return line.done / line.counted if line.plan_id is not None and line.counted else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                return tip(line.alias)
            if column == COL_TEMPLATE and line.template_name and self.show_template:
                return tip(line.template_name)
            if column == COL_ROOM and line.room:
                return tip(line.room)
            if column == COL_PROGRESS and line.counted:
                return tip(self.tr("{progress} ({percent}%). Items marked not applicable are not counted.").format(
                    progress=progress_text(line), percent=percent(line)))
            if column == COL_STATE and line.plan_id is None:
                return tip(self.tr("Press Enter to make her plan from a template."))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATE:
                color = state_color(line)
                return QBrush(color) if color is not None else None
            if column == COL_LAST and line.plan_id is not None and line.last_reviewed_on is None:
                return QBrush(QUIET)
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_STATE and line.overdue:
            return _bold()
        return None


class ProgressDelegate(QStyledItemDelegate):
    """"9 of 15 done" with a small bar after it (the words say it; the bar shows it at a glance)."""

    BAR_WIDTH, BAR_HEIGHT, GAP = 56, 8, 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        text_option = QStyleOptionViewItem(option)
        self.initStyleOption(text_option, index)
        style = text_option.widget.style() if text_option.widget is not None else None
        # The cell's background (selection) first, then the words in the room left of the bar.
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, text_option, painter, text_option.widget)
        words = QStyleOptionViewItem(text_option)
        words.rect = QRect(option.rect.adjusted(0, 0, -(self.BAR_WIDTH + self.GAP), 0))
        words.state &= ~QStyle.StateFlag.State_HasFocus
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, words, painter, text_option.widget)
        bar = QRect(option.rect.right() - self.BAR_WIDTH - 4, option.rect.center().y() - self.BAR_HEIGHT // 2,
                    self.BAR_WIDTH, self.BAR_HEIGHT)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#8aa7a8"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(bar, 3, 3)
        if fraction > 0:
            filled = QRect(bar.left(), bar.top(), max(4, round(bar.width() * min(fraction, 1.0))), bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#2f6f73"))
            painter.drawRoundedRect(filled, 3, 3)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(FRACTION_ROLE) is not None:
            size.setWidth(size.width() + self.BAR_WIDTH + self.GAP + 4)
        return size


# --- reviews due (the Today board) ----------------------------------------------------------------

REV_NAME, REV_NEXT, REV_STATE = range(3)


class ReviewsModel(RowsModel[PlanRow]):
    """Plans whose review is overdue or due this week: name, next review, state in words."""

    CONTEXT = "ReviewsModel"
    HEADERS = {
        REV_NAME: QT_TRANSLATE_NOOP("ReviewsModel", "Name"),
        REV_NEXT: QT_TRANSLATE_NOOP("ReviewsModel", "Next review"),
        REV_STATE: QT_TRANSLATE_NOOP("ReviewsModel", "State"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_day(self, today: date) -> None:
        self.today = today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role in DISPLAY:
            if column == REV_NAME:
                return line.alias
            if column == REV_NEXT:
                return day_text(line.next_review_on)
            return state_text(line, self.today)
        if role == Qt.ItemDataRole.ToolTipRole and column == REV_NAME:
            return tip(line.alias)
        if role == Qt.ItemDataRole.ForegroundRole and column == REV_STATE:
            color = state_color(line)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and column == REV_STATE and line.overdue:
            return _bold()
        return None


# --- templates ------------------------------------------------------------------------------------

TPL_NAME, TPL_DEFAULT, TPL_IN_USE, TPL_ITEMS = range(4)


def items_text(template: TemplateInfo) -> str:
    """"15 items in 6 sections"."""
    items = template.item_count
    sections = len(template.sections)
    what = (QCoreApplication.translate("PlansText", "1 item") if items == 1
            else QCoreApplication.translate("PlansText", "{n} items").format(n=items))
    where = (QCoreApplication.translate("PlansText", "1 section") if sections == 1
             else QCoreApplication.translate("PlansText", "{n} sections").format(n=sections))
    return QCoreApplication.translate("PlansText", "{items} in {sections}").format(items=what, sections=where)


class TemplatesModel(RowsModel[TemplateInfo]):
    CONTEXT = "TemplatesModel"
    HEADERS = {
        TPL_NAME: QT_TRANSLATE_NOOP("TemplatesModel", "Template"),
        TPL_DEFAULT: QT_TRANSLATE_NOOP("TemplatesModel", "Default"),
        TPL_IN_USE: QT_TRANSLATE_NOOP("TemplatesModel", "In use"),
        TPL_ITEMS: QT_TRANSLATE_NOOP("TemplatesModel", "Items"),
    }

    def row_of(self, template_id: int | None) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == template_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        template = self.row(index.row())
        if template is None:
            return None
        column = index.column()
        if role in DISPLAY:
            if column == TPL_NAME:
                return template.name
            if column == TPL_DEFAULT:
                return self.tr("Default") if template.is_default else ""
            if column == TPL_IN_USE:
                return self.tr("Yes") if template.active else self.tr("No (retired)")
            return items_text(template)
        if role == Qt.ItemDataRole.ToolTipRole and column == TPL_NAME:
            return tip(template.description or template.name)
        if role == Qt.ItemDataRole.ForegroundRole and not template.active:
            return QBrush(QUIET)
        if role == Qt.ItemDataRole.FontRole and column == TPL_DEFAULT and template.is_default:
            return _bold()
        return None


# --- one template's outline, as edited ------------------------------------------------------------

SECTION, ITEM = "section", "item"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HELP_ROLE = Qt.ItemDataRole.UserRole + 3


def outline_row(kind: str, text: str, record_id: int | None = None, help_text: str = "") -> QStandardItem:
    row = QStandardItem(text)
    row.setData(kind, KIND_ROLE)
    row.setData(record_id, ID_ROLE)
    row.setData(help_text, HELP_ROLE)
    flags = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
             | Qt.ItemFlag.ItemIsDragEnabled)
    if kind == SECTION:
        flags |= Qt.ItemFlag.ItemIsDropEnabled  # items may be dropped into a section, never into an item
    row.setFlags(flags)
    return row


class OutlineModel(QStandardItemModel):
    """A template's sections (top level) and items (their children), as the editor changes them.

    Drag and drop moves a section among sections and an item into any section; nothing else.
    The text shown for an item with no words yet says so (it is not saved).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dragging: str | None = None

    # --- reading and writing --------------------------------------------------------------------
    def load(self, template: TemplateInfo) -> None:
        self.clear()
        root = self.invisibleRootItem()
        for section in template.sections:
            row = outline_row(SECTION, section.title, section.id)
            for item in section.items:
                row.appendRow(outline_row(ITEM, item.text, item.id, item.help_text))
            root.appendRow(row)

    def sections(self) -> list[SectionInput]:
        """What the service saves: the sections and their items in the order shown."""
        out = []
        root = self.invisibleRootItem()
        for s in range(root.rowCount()):
            section = root.child(s)
            items = [ItemInput(text=child.text().strip(), help_text=str(child.data(HELP_ROLE) or "").strip(),
                               id=child.data(ID_ROLE))
                     for child in (section.child(i) for i in range(section.rowCount()))]
            out.append(SectionInput(title=section.text().strip(), items=items, id=section.data(ID_ROLE)))
        return out

    def snapshot(self) -> tuple:
        return tuple((s.id, s.title, tuple((i.id, i.text, i.help_text) for i in s.items)) for s in self.sections())

    @staticmethod
    def kind(index: Index) -> str | None:
        return index.data(KIND_ROLE) if index.isValid() else None

    # --- how rows look ----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and not super().data(index, role):
            if self.kind(index) == ITEM:
                return QCoreApplication.translate("PlansText", "(new item: type its words)")
            return QCoreApplication.translate("PlansText", "(new section: type its title)")
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and not super().data(
                index, Qt.ItemDataRole.DisplayRole):
            return QBrush(QUIET)
        if role == Qt.ItemDataRole.FontRole and self.kind(index) == SECTION:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            # The whole line (a long item is cut short in the tree) and the help for staff under it.
            words = str(super().data(index, Qt.ItemDataRole.DisplayRole) or "")
            help_text = str(super().data(index, HELP_ROLE) or "") if self.kind(index) == ITEM else ""
            if not words and not help_text:
                return None
            return tip(words + ("\n\n" + help_text if help_text else ""))
        return super().data(index, role)

    # --- drag and drop: sections among sections, items into sections ----------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        kinds = {self.kind(i) for i in indexes if i.isValid()}
        self._dragging = kinds.pop() if len(kinds) == 1 else None
        return super().mimeData(indexes)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: Index) -> bool:
        if self._dragging == SECTION:
            return not parent.isValid()
        if self._dragging == ITEM:
            return self.kind(parent) == SECTION
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return super().dropMimeData(data, action, row, 0, parent)
