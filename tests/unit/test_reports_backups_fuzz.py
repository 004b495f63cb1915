"""Bad input for the services the other fuzz tests do not reach (issue 9): the weekly summary and
the anonymized counts (any week, any period, any k, any naming), the week's first day, data
retention (any number of years, any ids), staff accounts (any name, any role) and a case note's
kind and text. Only plain ShelterDeskErrors come back, and nothing already stored changes on a
refusal: the table dump is the same before and after each refused call."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shelter_desk.errors import ShelterDeskError
from tests.unit.backuptools import table_dump
from tests.unit.test_needs_fuzz import FUZZ, anything, attempt, audit_intact
from tests.unit.test_resident_fuzz import odd_dates, odd_ints, odd_text
from tests.unit.test_residents import take_in

SKIP_TABLES = ("audit_event",)  # refusals write "permission denied" events, nothing else


def unchanged_when_refused(desk, call) -> None:  # noqa: ANN001
    before = table_dump(desk.vault.db, skip=SKIP_TABLES)
    refused = []

    def tracked() -> object:
        try:
            return call()
        except ShelterDeskError:
            refused.append(True)
            raise

    attempt(tracked)  # a plain error or a result, never another exception
    if refused:
        assert table_dump(desk.vault.db, skip=SKIP_TABLES) == before


def test_reports_take_any_week_period_and_k(desk):
    take_in(desk, "Ana")

    @FUZZ
    @given(day=st.one_of(odd_dates, anything), names=st.one_of(st.sampled_from(["aliases", "initials", "full_names"]),
                                                                anything),
           first=st.one_of(odd_dates, anything), last=st.one_of(odd_dates, anything), k=st.one_of(odd_ints, anything),
           weekday=st.one_of(odd_ints, anything))
    def run(day, names, first, last, k, weekday) -> None:  # noqa: ANN001
        attempt(lambda: desk.reports.weekly_summary(day, names))
        attempt(lambda: desk.reports.counts(first, last, k))
        unchanged_when_refused(desk, lambda: desk.reports.set_week_start(weekday))

    run()
    audit_intact(desk)


def test_retention_accounts_and_notes_take_anything(desk):
    rid, _ = take_in(desk, "Ana")

    @FUZZ
    @given(years=st.one_of(odd_ints, anything), ids=st.one_of(st.lists(odd_ints, max_size=3), anything),
           username=st.one_of(odd_text, anything), name=st.one_of(odd_text, anything),
           role=st.one_of(st.sampled_from(["front_desk", "house_manager", "director"]), odd_text, anything),
           kind=st.one_of(st.sampled_from(["counselling", "housing"]), odd_text, anything),
           note=st.one_of(odd_text, anything))
    def run(years, ids, username, name, role, kind, note) -> None:  # noqa: ANN001
        unchanged_when_refused(desk, lambda: desk.retention.set_years(years))
        unchanged_when_refused(desk, lambda: desk.retention.purge(ids))
        unchanged_when_refused(desk, lambda: desk.accounts.add(username, name, role))
        unchanged_when_refused(desk, lambda: desk.casework.add_note(rid, kind, note))

    run()
    audit_intact(desk)
