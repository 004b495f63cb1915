"""The meal roster's model and words: one row per resident here that day, one column per meal.

The meal columns come from the roster (``MealRoster.kinds``), so a meal added, renamed
or retired shows at once. A refresh that finds the same people and the same meals
replaces only the rows that changed (``dataChanged``), so the current cell, the
selection and the scroll position stay where they were, even with hundreds of rows.
The headcount sentences live here too, so the Today board can say them the same way.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from shelter_desk.gui.bed_board_model import bed_name
from shelter_desk.gui.table_model import RowsModel
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.needs_views import MealCount, MealKindView, MealRoster, RosterRow

CONTEXT = "MealRoster"
translate = QCoreApplication.translate  # (lupdate finds translate("Context", "text") calls)
COL_NAME, COL_ROOM, COL_HOUSEHOLD, COL_DIET, COL_ALLERGIES = range(5)
FIRST_MEAL = 5  # the meal columns follow, in the order of the list of meals

TAKEN_BACKGROUND = QColor("#dcefe2")
TAKEN_COLOUR = QColor("#1d5a33")
ALLERGY_COLOUR = QColor("#9b1c1c")
QUIET_COLOUR = QColor("#5d686c")
CHECK = "✓"


def mark_text(children: int | None) -> str:
    """What a meal cell shows: nothing, a check mark, or a check mark and "+2" for her household who ate."""
    if children is None:
        return ""
    return f"{CHECK} +{children}" if children else CHECK


def tooltip(text: str) -> str:
    """Typed text (a name, a diet) as a tooltip: escaped, so it is never read as markup."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def residents_text(n: int) -> str:
    if n == 1:
        return translate("MealRoster", "1 resident")
    return translate("MealRoster", "{n} residents").format(n=n)


def headcount_text(count: MealCount) -> str:
    """'Breakfast: 18 residents + 4 children + 2 guests = 24' (parts that are zero are left out)."""
    if not count.total:
        return translate("MealRoster", "{meal}: nobody marked yet").format(meal=count.name)
    parts = [residents_text(count.residents)]
    if count.children == 1:
        parts.append(translate("MealRoster", "1 child"))
    elif count.children:
        parts.append(translate("MealRoster", "{n} children").format(n=count.children))
    if count.guests == 1:
        parts.append(translate("MealRoster", "1 guest"))
    elif count.guests:
        parts.append(translate("MealRoster", "{n} guests").format(n=count.guests))
    if count.guest_children == 1:
        parts.append(translate("MealRoster", "1 guest's child"))
    elif count.guest_children:
        parts.append(translate("MealRoster", "{n} guests' children").format(n=count.guest_children))
    return translate("MealRoster", "{meal}: {parts} = {total}").format(
        meal=count.name, parts=" + ".join(parts), total=count.total)


def expected_text(roster: MealRoster) -> str:
    """Who the kitchen cooks for on that day: everyone staying here and the children and family with them."""
    here = len(roster.rows)
    household = roster.expected - here
    if not here:
        return translate("MealRoster", "Nobody was staying here on this day.") if roster.can_mark else \
            translate("MealRoster", "Nobody is expected to be staying here on this day.")
    if not household:
        return translate("MealRoster", "Expected at each meal: {expected} ({residents})").format(
            expected=roster.expected, residents=residents_text(here))
    family = translate("MealRoster", "1 child or family member") if household == 1 else \
        translate("MealRoster", "{n} children or family").format(n=household)
    return translate("MealRoster", "Expected at each meal: {expected} ({residents} + {family})").format(
        expected=roster.expected, residents=residents_text(here), family=family)


def kind_title(kind: MealKindView) -> str:
    """A meal's column title; a retired meal still shown (it has marks that day) says so."""
    if kind.active:
        return kind.name
    return translate("MealRoster", "{meal} (no longer served)").format(meal=kind.name)


class RosterModel(RowsModel[RosterRow]):
    """Residents here on one day (alias, room and bed, household, diet, allergies) and the meals they took."""

    CONTEXT = CONTEXT
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("MealRoster", "Name"),
        COL_ROOM: QT_TRANSLATE_NOOP("MealRoster", "Room and bed"),
        COL_HOUSEHOLD: QT_TRANSLATE_NOOP("MealRoster", "With her"),
        COL_DIET: QT_TRANSLATE_NOOP("MealRoster", "Dietary needs"),
        COL_ALLERGIES: QT_TRANSLATE_NOOP("MealRoster", "Allergies"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds: tuple[MealKindView, ...] = ()
        self.can_mark = True

    # --- the data --------------------------------------------------------------------------------
    def set_roster(self, roster: MealRoster) -> bool:
        """Show ``roster``. Returns True when the model was reset (other people or other meals);
        otherwise only the rows that changed were updated and the current cell is kept."""
        same_shape = (roster.kinds == self.kinds and roster.can_mark == self.can_mark
                      and len(roster.rows) == len(self._rows)
                      and all(a.resident_id == b.resident_id for a, b in zip(roster.rows, self._rows, strict=True)))
        if not same_shape:
            self.beginResetModel()
            self.kinds = roster.kinds
            self.can_mark = roster.can_mark
            self._rows = list(roster.rows)
            self.endResetModel()
            return True
        last = self.columnCount() - 1
        for i, row in enumerate(roster.rows):
            if row != self._rows[i]:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return False

    def row_of(self, resident_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.resident_id == resident_id), -1)

    def meal_at(self, column: int) -> int:
        """The meal's place in ``kinds`` for a column, or -1 for the other columns."""
        meal = column - FIRST_MEAL
        return meal if 0 <= meal < len(self.kinds) else -1

    def column_of_meal(self, meal: int) -> int:
        return FIRST_MEAL + meal

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIRST_MEAL + len(self.kinds)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        meal = self.meal_at(section)
        if orientation != Qt.Orientation.Horizontal or meal < 0:
            return super().headerData(section, orientation, role)
        kind = self.kinds[meal]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_title(kind)
        if role == Qt.ItemDataRole.ToolTipRole:  # the meal's name is typed text: escaped
            return tooltip(self.tr("{meal}: Space marks it for the chosen resident (or press {n} on her line)").format(
                meal=kind.name, n=meal + 1) if meal < 9 else kind.name)
        return None

    # --- what each cell shows ---------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        row = self.row(index.row())
        if row is None:
            return None
        column = index.column()
        meal = self.meal_at(column)
        if meal >= 0:
            return self._meal_data(row, meal, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_DIET, COL_ALLERGIES):
            text = row.dietary_needs if column == COL_DIET else row.allergies
            return tooltip(text) if text else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return self.tr("Enter opens her file")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{column}: {value}").format(
                column=self.headerData(column, Qt.Orientation.Horizontal), value=self._text(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_ALLERGIES:
                return ALLERGY_COLOUR
            if column == COL_ROOM and not row.room:
                return QUIET_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_HOUSEHOLD:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: RosterRow, column: int) -> str:
        if column == COL_NAME:
            return row.alias
        if column == COL_ROOM:
            return bed_name(row.room, row.bed) if row.room else self.tr("No bed")
        if column == COL_HOUSEHOLD:
            return str(row.household) if row.household else ""
        if column == COL_DIET:
            return " ".join(row.dietary_needs.split())
        if column == COL_ALLERGIES:
            return " ".join(row.allergies.split())
        return ""

    def _meal_data(self, row: RosterRow, meal: int, role: int):  # noqa: ANN202
        children = row.marks[meal] if meal < len(row.marks) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return mark_text(children)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.cell_words(row, meal))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell_words(row, meal)
        if children is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return TAKEN_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return TAKEN_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def cell_words(self, row: RosterRow, meal: int) -> str:
        """A meal cell in words (tooltips and screen readers)."""
        name = self.kinds[meal].name
        children = row.marks[meal] if meal < len(row.marks) else None
        if children is None:
            return self.tr("{alias}, {meal}: not marked").format(alias=row.alias, meal=name)
        if not children:
            return self.tr("{alias}, {meal}: marked").format(alias=row.alias, meal=name)
        return self.tr("{alias}, {meal}: marked, with {n} of her household").format(
            alias=row.alias, meal=name, n=children)
