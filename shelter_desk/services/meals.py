"""Meals: the editable list of meals, the day's roster (who took which meal), guests, the Kitchen Sheet.

A resident can be marked for a meal on any day she was staying here (intake day to
the day she left, both counted), never for a day that has not come yet. A mark
counts her and the members of her household who ate with her (by default all of
them). Guests are counted per meal, without names.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from shelter_desk import audit
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.needs_common import check_count, here_on, list_name, same_name, stay_on
from shelter_desk.services.needs_views import (
    MAX_GUESTS,
    DietLine,
    KitchenSheet,
    MealCount,
    MealKindView,
    MealRoster,
    RosterRow,
)
from shelter_desk.services.validation import check_date, is_record_id
from shelter_desk.storage.needs_models import MealGuests, MealKind, MealMark
from shelter_desk.storage.resident_models import HouseholdMember

DAY_LABEL = QT_TRANSLATE_NOOP("fields", "the day")
MAX_HOUSEHOLD_AT_MEAL = 20


class MealService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    # --- the list of meals ----------------------------------------------------------------------
    def kinds(self, include_retired: bool = False) -> list[MealKindView]:
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            query = select(MealKind).order_by(MealKind.sort_order, MealKind.id)
            if not include_retired:
                query = query.where(MealKind.active.is_(True))
            return [MealKindView(k.id, k.name, k.active, k.sort_order) for k in session.scalars(query)]

    def _kind(self, session, kind_id: int) -> MealKind:  # noqa: ANN001
        kind = session.get(MealKind, kind_id) if is_record_id(kind_id) else None
        if kind is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That meal is no longer on the list."))
        return kind

    def _check_unique(self, session, name: str, except_id: int | None = None) -> None:  # noqa: ANN001
        for other in session.scalars(select(MealKind)):
            if other.id != except_id and same_name(other.name, name):
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is already a meal called {name}."),
                                      field="name", name=other.name)

    def add_kind(self, name: str) -> int:
        self.desk.require(Permission.MANAGE_LISTS)
        name = list_name(name, max_length=40)
        now = self.desk.now()
        with self.desk.write() as session:
            self._check_unique(session, name)
            last = session.scalar(select(func.max(MealKind.sort_order))) or 0
            kind = MealKind(name=name, sort_order=last + 1, active=True, created_at=now, updated_at=now)
            session.add(kind)
            session.flush()
            self.desk.record(session, audit.Action.MEALS_CHANGED, entity_type="meal_kind", entity_id=kind.id,
                             summary=f"meal #{kind.id} added")
            kind_id = kind.id
        self.desk.changed("meals")
        return kind_id

    def rename_kind(self, kind_id: int, name: str) -> None:
        self.desk.require(Permission.MANAGE_LISTS)
        name = list_name(name, max_length=40)
        with self.desk.write() as session:
            kind = self._kind(session, kind_id)
            self._check_unique(session, name, except_id=kind.id)
            kind.name, kind.updated_at = name, self.desk.now()
            self.desk.record(session, audit.Action.MEALS_CHANGED, entity_type="meal_kind", entity_id=kind.id,
                             summary=f"meal #{kind.id} renamed")
        self.desk.changed("meals")

    def set_kind_active(self, kind_id: int, active: bool) -> None:
        """Retire a meal (it leaves the roster; earlier marks stay) or bring it back."""
        self.desk.require(Permission.MANAGE_LISTS)
        with self.desk.write() as session:
            kind = self._kind(session, kind_id)
            if not active and kind.active:
                others = session.scalar(select(func.count()).select_from(MealKind)
                                        .where(MealKind.active.is_(True), MealKind.id != kind.id))
                if not others:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "The house needs at least one meal on the list."))
            kind.active, kind.updated_at = bool(active), self.desk.now()
            self.desk.record(session, audit.Action.MEALS_CHANGED, entity_type="meal_kind", entity_id=kind.id,
                             summary=f"meal #{kind.id} {'back in use' if active else 'retired'}")
        self.desk.changed("meals")

    def move_kind(self, kind_id: int, step: int) -> None:
        """Move a meal up (-1) or down (+1) the list."""
        self.desk.require(Permission.MANAGE_LISTS)
        if isinstance(step, bool) or not isinstance(step, int):
            raise ValidationError()
        with self.desk.write() as session:
            kinds = list(session.scalars(select(MealKind).order_by(MealKind.sort_order, MealKind.id)))
            # is_record_id: True == 1 would otherwise pick the first meal
            index = next((i for i, k in enumerate(kinds) if is_record_id(kind_id) and k.id == kind_id), None)
            if index is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That meal is no longer on the list."))
            if step == 0:
                return
            target = index + (1 if step > 0 else -1)
            if not 0 <= target < len(kinds):
                return
            kinds[index], kinds[target] = kinds[target], kinds[index]
            for order, kind in enumerate(kinds):
                kind.sort_order = order
            self.desk.record(session, audit.Action.MEALS_CHANGED, entity_type="meal_kind", entity_id=kind_id,
                             summary=f"meal #{kind_id} moved")
        self.desk.changed("meals")

    # --- the roster -----------------------------------------------------------------------------
    def _day(self, day: object, *, for_marking: bool) -> date:
        checked = check_date(day, field="day", label=DAY_LABEL, today=self.desk.today(), allow_future=True)
        if for_marking and checked > self.desk.today():  # type: ignore[operator]
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Meals cannot be marked for a day that has not come yet."), field="day")
        return checked  # type: ignore[return-value]

    def roster(self, day: date) -> MealRoster:
        """Everyone here on ``day`` with the meals she took, and the headcount per meal."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        day = self._day(day, for_marking=False)
        with self.desk.read() as session:
            people = here_on(session, day)
            marks: dict[tuple[int, int], int] = {
                (resident_id, kind_id): children for resident_id, kind_id, children in session.execute(
                    select(MealMark.resident_id, MealMark.meal_kind_id, MealMark.children).where(MealMark.day == day))
            }
            guests = {g.meal_kind_id: (g.guests, g.children)
                      for g in session.scalars(select(MealGuests).where(MealGuests.day == day))}
            # A retired meal stays on the days it was eaten, by residents or by guests.
            used_kinds = {kind_id for (_rid, kind_id) in marks} | {k for k, (g, c) in guests.items() if g or c}
            kinds = [MealKindView(k.id, k.name, k.active, k.sort_order) for k in session.scalars(
                select(MealKind).order_by(MealKind.sort_order, MealKind.id)) if k.active or k.id in used_kinds]
        rows = tuple(
            RosterRow(rid, stay_id, alias, room, bed, diet, allergies, household,
                      tuple(marks.get((rid, k.id)) for k in kinds))
            for rid, stay_id, alias, room, bed, diet, allergies, household in people)
        counts = []
        for i, kind in enumerate(kinds):
            taken = [row.marks[i] for row in rows if row.marks[i] is not None]
            # A mark for someone no longer listed that day (her stay dates were corrected) still counts.
            listed = {row.resident_id for row in rows}
            stray = [c for (rid, kid), c in marks.items() if kid == kind.id and rid not in listed]
            g, gc = guests.get(kind.id, (0, 0))
            counts.append(MealCount(kind.id, kind.name, len(taken) + len(stray),
                                    sum(c or 0 for c in taken) + sum(stray), g, gc))
        return MealRoster(day=day, kinds=tuple(kinds), rows=rows, counts=tuple(counts),
                          expected=sum(1 + r.household for r in rows), can_mark=day <= self.desk.today())

    def mark(self, day: date, kind_id: int, resident_id: int, taken: bool = True, children: int | None = None) -> None:
        """Mark (or unmark) that she took this meal; ``children``: her household who ate (default: all of them)."""
        self.desk.require(Permission.DAILY_NEEDS)
        day = self._day(day, for_marking=True)
        if children is not None:
            children = check_count(children, field="children", label=QT_TRANSLATE_NOOP("fields", "the children"),
                                   high=MAX_HOUSEHOLD_AT_MEAL)
        with self.desk.write() as session:
            kind = self._kind(session, kind_id)
            resident = self.desk.residents._resident(session, resident_id)
            existing = session.scalars(select(MealMark).where(
                MealMark.day == day, MealMark.meal_kind_id == kind.id, MealMark.resident_id == resident.id)).first()
            if not taken:
                if existing is None:
                    return
                session.delete(existing)
                self.desk.record(session, audit.Action.MEAL_UNMARKED, entity_type="resident", entity_id=resident.id,
                                 summary=f"meal #{kind.id} on {day.isoformat()} unmarked for resident #{resident.id}")
            else:
                stay = stay_on(session, resident.id, day)
                if stay is None:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "errors", "{alias} was not staying here on {day}, so no meal can be marked for her."),
                        field="resident", alias=resident.alias, day=day.isoformat())
                if not kind.active:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "That meal is no longer on the list."))
                if children is None:
                    children = int(session.scalar(select(func.count()).select_from(HouseholdMember)
                                                  .where(HouseholdMember.stay_id == stay.id)) or 0)
                if existing is not None:
                    if existing.children == children:
                        return
                    existing.children = children
                else:
                    session.add(MealMark(day=day, meal_kind_id=kind.id, resident_id=resident.id, stay_id=stay.id,
                                         children=children, marked_at=self.desk.now(),
                                         marked_by=self.desk.signed_in().display_name))
                self.desk.record(session, audit.Action.MEAL_MARKED, entity_type="resident", entity_id=resident.id,
                                 summary=f"meal #{kind.id} on {day.isoformat()} for resident #{resident.id}"
                                         f" with {children} of her household")
        self.desk.changed("meals")

    def mark_everyone(self, day: date, kind_id: int) -> int:
        """Mark this meal for everyone here that day who is not marked yet. Returns how many were marked."""
        who = self.desk.require(Permission.DAILY_NEEDS)
        day = self._day(day, for_marking=True)
        now = self.desk.now()
        with self.desk.write() as session:
            kind = self._kind(session, kind_id)
            if not kind.active:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That meal is no longer on the list."))
            done = set(session.scalars(select(MealMark.resident_id).where(
                MealMark.day == day, MealMark.meal_kind_id == kind.id)))
            added = 0
            for rid, stay_id, _alias, _room, _bed, _diet, _allergies, household in here_on(session, day):
                if rid in done:
                    continue
                session.add(MealMark(day=day, meal_kind_id=kind.id, resident_id=rid, stay_id=stay_id,
                                     children=household, marked_at=now, marked_by=who.display_name))
                added += 1
            if added:
                self.desk.record(session, audit.Action.MEAL_MARKED, entity_type="meal_kind", entity_id=kind.id,
                                 summary=f"meal #{kind.id} on {day.isoformat()} marked for {added} residents")
        if added:
            self.desk.changed("meals")
        return added

    def set_guests(self, day: date, kind_id: int, guests: int, children: int = 0) -> None:
        """How many guests (and children with them) ate this meal: counts only."""
        self.desk.require(Permission.DAILY_NEEDS)
        day = self._day(day, for_marking=True)
        guests = check_count(guests, field="guests", label=QT_TRANSLATE_NOOP("fields", "the guests"), high=MAX_GUESTS)
        children = check_count(children, field="guest_children",
                               label=QT_TRANSLATE_NOOP("fields", "the guests' children"), high=MAX_GUESTS)
        with self.desk.write() as session:
            kind = self._kind(session, kind_id)
            row = session.scalars(select(MealGuests).where(MealGuests.day == day,
                                                           MealGuests.meal_kind_id == kind.id)).first()
            if row is None:
                if not guests and not children:
                    return
                row = MealGuests(day=day, meal_kind_id=kind.id, guests=0, children=0, updated_at=self.desk.now())
                session.add(row)
            elif row.guests == guests and row.children == children:
                return
            row.guests, row.children, row.updated_at = guests, children, self.desk.now()
            self.desk.record(session, audit.Action.MEAL_GUESTS_SET, entity_type="meal_kind", entity_id=kind.id,
                             summary=f"meal #{kind.id} on {day.isoformat()}: {guests} guests, {children} children")
        self.desk.changed("meals")

    # --- the Kitchen Sheet ----------------------------------------------------------------------
    def kitchen_sheet(self, day: date, by_room: bool = False) -> KitchenSheet:
        """The day's headcount per meal and everyone's dietary needs, by alias (or by room): no legal names.

        Making it is audited (it is a printout with residents' health details).
        """
        roster = self.roster(day)
        self.desk.require(Permission.DAILY_NEEDS)
        diets = []
        for row in roster.rows:
            if not (row.dietary_needs or row.allergies):
                continue
            who = (row.room or "-") if by_room else row.alias
            diets.append(DietLine(who, row.dietary_needs, row.allergies))
        if by_room:
            diets.sort(key=lambda d: d.who)
        with self.desk.write() as session:
            self.desk.record(session, audit.Action.KITCHEN_SHEET_MADE, entity_type="day",
                             entity_id=roster.day.isoformat(),
                             summary=f"kitchen sheet for {roster.day.isoformat()}, {len(diets)} dietary lines")
        return KitchenSheet(
            day=roster.day, expected=roster.expected, residents_here=len(roster.rows),
            household=sum(r.household for r in roster.rows), counts=roster.counts, diets=tuple(diets),
            by_room=by_room)

    def counts(self, day: date) -> tuple[tuple[MealCount, ...], int]:
        """The headcount per meal on ``day`` and who the kitchen cooks for (the Today board)."""
        roster = self.roster(day)
        return roster.counts, roster.expected
