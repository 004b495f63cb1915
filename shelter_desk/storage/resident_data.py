"""Which tables hold a resident's data: what deleting her record (data retention) must reach.

Every table that refers to ``resident`` (directly, or through a table that does, such as
``stay`` → ``bed_assignment``) is resident data, found from the foreign keys in
``Base.metadata``. Each such table must be **registered** here with the words the
destruction log uses for its rows ("case notes"), so a table added later is never
forgotten silently: ``deletion_plan()`` refuses to run while a resident-linked table is
not registered (and ``tests/unit/test_retention.py`` fails).

A feature module registers its own tables next to its models, e.g. for incidents::

    from shelter_desk.storage import resident_data
    resident_data.register("incident", QT_TRANSLATE_NOOP("retention", "incidents"))

A table that only *points at* resident data without being about her (the stock
history points at a hand-out) registers the column to empty instead:
``register_detach("stock_change", "handout_id")``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import MetaData

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.storage.models import Base

ROOT = "resident"

# table -> what its rows are called in the destruction log and the preview
LABELS: dict[str, str] = {}
# table -> columns set to NULL when the row they point at is deleted (the table itself stays)
DETACH: dict[str, set[str]] = {}


def register(table: str, label: str) -> None:
    LABELS[table] = label


def register_detach(table: str, column: str) -> None:
    DETACH.setdefault(table, set()).add(column)


register("resident", QT_TRANSLATE_NOOP("retention", "resident records"))
register("stay", QT_TRANSLATE_NOOP("retention", "stays"))
register("household_member", QT_TRANSLATE_NOOP("retention", "household members"))
register("bed_assignment", QT_TRANSLATE_NOOP("retention", "bed assignments"))
register("case_note", QT_TRANSLATE_NOOP("retention", "case notes"))
register("goal", QT_TRANSLATE_NOOP("retention", "goals and services"))
register("change_log", QT_TRANSLATE_NOOP("retention", "change history entries"))
register("meal_mark", QT_TRANSLATE_NOOP("retention", "meals marked"))
register("supply_request", QT_TRANSLATE_NOOP("retention", "supply requests"))
register("supply_handout", QT_TRANSLATE_NOOP("retention", "hand-outs"))
register("appointment", QT_TRANSLATE_NOOP("retention", "appointments"))
register("safety_plan", QT_TRANSLATE_NOOP("retention", "safety plans"))
register("safety_plan_section", QT_TRANSLATE_NOOP("retention", "safety-plan sections"))
register("safety_plan_item", QT_TRANSLATE_NOOP("retention", "safety-plan items"))
register("safety_plan_review", QT_TRANSLATE_NOOP("retention", "safety-plan reviews"))
register("safety_plan_version", QT_TRANSLATE_NOOP("retention", "earlier safety-plan versions"))
# An incident is the house's record, not hers: it stays (with its follow-ups and amendments);
# her line in its list of people goes, so she is no longer named in it (see docs/incidents.md).
register("incident_person", QT_TRANSLATE_NOOP("retention", "mentions in incidents"))
# The stock history stays (the counts on the shelf must add up); it forgets the hand-out.
register_detach("stock_change", "handout_id")


class UnregisteredResidentTable(RuntimeError):
    """A programming error: a table refers to residents but nobody said what it is."""


@dataclass(frozen=True)
class Step:
    table: str
    links: tuple[tuple[str, str], ...]  # (column, parent table): a row goes if any link points at a row that goes


def deletion_plan(metadata: MetaData | None = None) -> list[Step]:
    """Resident-linked tables, parents first (``resident`` itself first, with no links)."""
    metadata = metadata or Base.metadata
    linked = {ROOT}
    links: dict[str, list[tuple[str, str]]] = {ROOT: []}
    changed = True
    while changed:
        changed = False
        for table in metadata.sorted_tables:
            if table.name == ROOT:
                continue
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                column = fk.parent.name
                if parent == table.name or parent not in linked:
                    continue  # self-references: the rows go together
                if column in DETACH.get(table.name, set()):
                    continue
                pair = (column, parent)
                if pair not in links.setdefault(table.name, []):
                    links[table.name].append(pair)
                    changed = True
                if table.name not in linked:
                    linked.add(table.name)
                    changed = True
    missing = sorted(t for t in linked if t not in LABELS)
    if missing:
        raise UnregisteredResidentTable(
            "these tables refer to residents but are not registered in storage/resident_data.py: "
            + ", ".join(missing)
        )
    order = [t.name for t in metadata.sorted_tables if t.name in linked]  # parents before children
    order.remove(ROOT)
    return [Step(ROOT, ())] + [Step(name, tuple(links[name])) for name in order]


def detach_columns(metadata: MetaData | None = None) -> list[tuple[str, str, str]]:
    """(table, column, parent table) to set to NULL for the rows that go."""
    metadata = metadata or Base.metadata
    found = []
    for table_name, columns in DETACH.items():
        table = metadata.tables.get(table_name)
        if table is None:
            continue
        for fk in table.foreign_keys:
            if fk.parent.name in columns:
                found.append((table_name, fk.parent.name, fk.column.table.name))
    return found
