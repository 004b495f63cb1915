"""Small-cell suppression for the anonymized counts: what a reader of the published table may see.

The counts are published as cells; some cells are the *total* of others (a *partition*: the
parts add up exactly to the total, such as exits by destination group and all exits). The rule,
applied to every cell alike (totals too), is written in the README and ``docs/reports.md``:

1. **Primary**: a count from 1 to k-1 is shown as ``<k``. Zero is shown as 0.
2. **Complementary**: for every partition, a reader who knows the rule (shown cells exactly,
   ``<k`` cells are 1..k-1, ``*`` cells are k or more) must not be able to work out any hidden
   cell from the shown total and the shown parts. While some hidden cell (or hidden total) of a
   partition has only one possible value, the smallest part still shown that is not zero is
   hidden as well (``*``); when every part that is not zero is already hidden and the total is
   shown, the total is hidden (``*``).
3. **Withheld breakdown**: when even that is not enough (a total under k whose parts, all 1, would
   give each other away), every part of that partition, zeros included, is shown as ``*``.

Zeros are never hidden otherwise (so ``*`` means "k or more" except in a withheld breakdown,
where it means "any number, perhaps 0"). The check of rule 2 works with the exact range of
values each hidden cell can take given one partition's sum, which for one linear equation with
bounds is exact; partitions here share at most their total, which is shown in practice.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

SHOWN, SMALL, HIDDEN, WITHHELD = "shown", "small", "hidden", "withheld"
INFINITY = 10**12
DEFAULT_K = 5
ALLOWED_K = (5, 11)


@dataclass(frozen=True)
class Partition:
    total: Hashable
    parts: tuple[Hashable, ...]


def bounds(state: str, value: int, k: int) -> tuple[int, int]:
    """What a reader knows of a cell from how it is shown."""
    if state == SHOWN:
        return value, value
    if state == SMALL:
        return 1, k - 1
    if state == HIDDEN:
        return k, INFINITY
    return 0, INFINITY  # WITHHELD


def _ranges(values: Mapping[Hashable, int], states: Mapping[Hashable, str], part: Partition,
            k: int) -> dict[Hashable, tuple[int, int]]:
    """The values each hidden cell of the partition can take, given sum(parts) == total."""
    cells = (part.total, *part.parts)
    known = {c: bounds(states[c], values[c], k) for c in cells}
    out: dict[Hashable, tuple[int, int]] = {}
    lo_parts = sum(known[c][0] for c in part.parts)
    hi_parts = sum(known[c][1] for c in part.parts)
    t_lo, t_hi = known[part.total]
    if states[part.total] != SHOWN:
        out[part.total] = (max(t_lo, lo_parts), min(t_hi, hi_parts))
    for c in part.parts:
        if states[c] == SHOWN:
            continue
        lo, hi = known[c]
        others_lo, others_hi = lo_parts - lo, hi_parts - hi
        out[c] = (max(lo, t_lo - others_hi), min(hi, t_hi - others_lo))
    return out


def exposed(values: Mapping[Hashable, int], states: Mapping[Hashable, str], part: Partition, k: int) -> bool:
    """Whether some hidden cell of this partition has only one possible value."""
    return any(lo >= hi for lo, hi in _ranges(values, states, part, k).values())


def suppress(values: Mapping[Hashable, int], partitions: Sequence[Partition], k: int = DEFAULT_K) -> dict[Hashable, str]:
    """How each cell is shown: SHOWN, SMALL (``<k``), HIDDEN or WITHHELD (``*``)."""
    if k < 2:
        raise ValueError("k must be at least 2")
    states = {key: SMALL if 1 <= v < k else SHOWN for key, v in values.items()}
    order = {key: i for i, key in enumerate(values)}
    for _ in range(10 * len(values) + 10):  # each round hides at least one more cell, or stops
        changed = False
        for part in partitions:
            if not exposed(values, states, part, k):
                continue
            candidates = [c for c in part.parts if states[c] == SHOWN and values[c] > 0]
            if candidates:
                states[min(candidates, key=lambda c: (values[c], order[c]))] = HIDDEN
            elif states[part.total] == SHOWN:
                states[part.total] = HIDDEN
            elif any(states[c] != WITHHELD for c in part.parts):
                for c in part.parts:
                    states[c] = WITHHELD
            else:  # pragma: no cover - a withheld breakdown with a hidden total gives nothing away
                continue
            changed = True
        if not changed:
            return states
    raise RuntimeError("suppression did not settle")  # pragma: no cover - each round hides a cell


def shown(value: int, state: str, k: int) -> str:
    if state == SHOWN:
        return str(value)
    if state == SMALL:
        return f"<{k}"
    return "*"
