"""Small-cell suppression, checked against a reader who knows the rule and does the sums.

For random tables (parts adding up to a total), the published view never shows a count from 1 to
k-1, and no hidden cell (or hidden total) has only one value consistent with everything shown:
brute force over every value each hidden cell could take, not the suppression code's own reasoning.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from shelter_desk.services.suppression import HIDDEN, SHOWN, SMALL, WITHHELD, Partition, shown, suppress

CAP = 40  # no cell in these tables is larger, so a reader's search can stop there


def reader_ranges(view: dict[str, str], part: Partition, k: int, top: int) -> dict[str, set[int]]:
    """Every value each non-shown cell can take, given how cells are shown and sum(parts) == total.

    The reader is given more than the page says (no cell is above ``top``): if even that reader
    cannot pin a count down, the real one cannot."""
    hidden = [c for c in (part.total, *part.parts) if not view[c].isdigit()]
    withheld = all(view[c] == "*" for c in part.parts)

    def options(c: str) -> range:
        if view[c] == f"<{k}":
            return range(1, k)
        return range(0, top + 1) if withheld else range(k, top + 1)  # "*"

    possible: dict[str, set[int]] = {c: set() for c in hidden}
    free = [c for c in hidden if c != part.total]
    shown_parts = sum(int(view[c]) for c in part.parts if c not in hidden)
    for combo in itertools.product(*(options(c) for c in free if c != free[-1])) if free else [()]:
        chosen = dict(zip(free[:-1], combo, strict=True))
        if part.total in hidden:
            totals = options(part.total)
        else:
            totals = [int(view[part.total])]
        for total in totals:
            if free:
                last = total - shown_parts - sum(combo)
                if last not in options(free[-1]):
                    continue
                chosen[free[-1]] = last
            elif total != shown_parts:
                continue
            for c, value in chosen.items():
                possible[c].add(value)
            if part.total in hidden:
                possible[part.total].add(total)
    return possible


@st.composite
def tables(draw):  # noqa: ANN001, ANN201
    n = draw(st.integers(1, 4))
    parts = draw(st.lists(st.one_of(st.integers(0, 6), st.integers(0, CAP)), min_size=n, max_size=n))
    values = {f"p{i}": v for i, v in enumerate(parts)}
    values["total"] = sum(parts)
    return values, Partition("total", tuple(f"p{i}" for i in range(n)))


@settings(max_examples=300, deadline=None)
@given(tables(), st.sampled_from([5, 11]))
def test_no_small_count_is_published_and_none_can_be_worked_out(table, k):
    values, part = table
    states = suppress(values, [part], k)
    view = {c: shown(values[c], states[c], k) for c in values}
    for c, v in values.items():
        assert view[c] in (str(v), f"<{k}", "*")
        if 1 <= v < k:
            assert view[c] in (f"<{k}", "*")  # never published
        if view[c].isdigit():
            assert int(view[c]) == 0 or int(view[c]) >= k
    if any(not view[c].isdigit() for c in values):
        for c, possible in reader_ranges(view, part, k, values["total"] + 2).items():
            assert values[c] in possible  # the reader's model is right...
            assert len(possible) >= 2, (values, view, c)  # ...and cannot pin the count down


def test_one_small_cell_beside_a_shown_total_takes_a_second_with_it():
    values = {"a": 3, "b": 20, "c": 9, "total": 32}
    states = suppress(values, [Partition("total", ("a", "b", "c"))], 5)
    assert states == {"a": SMALL, "b": SHOWN, "c": HIDDEN, "total": SHOWN}


def test_a_small_and_a_just_big_enough_cell_would_still_tell_so_the_total_goes():
    # a=1 (<5) and b=5 (*) with total 6: a reader knows b >= 5, so a = 1. Hide the total too.
    values = {"a": 1, "b": 5, "total": 6}
    states = suppress(values, [Partition("total", ("a", "b"))], 5)
    assert states == {"a": SMALL, "b": HIDDEN, "total": HIDDEN}


def test_parts_that_are_all_one_under_a_small_total_are_withheld():
    values = {"a": 1, "b": 1, "c": 1, "d": 1, "e": 0, "total": 4}
    states = suppress(values, [Partition("total", ("a", "b", "c", "d", "e"))], 5)
    assert states["total"] == SMALL and {states[c] for c in "abcde"} == {WITHHELD}


def test_a_total_shared_by_two_breakdowns():
    values = {"served": 30, "g1": 27, "g2": 3, "a1": 10, "a2": 20}
    parts = [Partition("served", ("g1", "g2")), Partition("served", ("a1", "a2"))]
    states = suppress(values, parts, 5)
    assert states == {"served": HIDDEN, "g1": HIDDEN, "g2": SMALL, "a1": SHOWN, "a2": SHOWN} or \
        states["g1"] == HIDDEN
