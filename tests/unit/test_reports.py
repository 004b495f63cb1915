"""Reports on a small crafted vault: the counts against hand-made expectations (stays across the
period's edges, a return, a household), the weekly summary (data, PDF parsed back, names, the
empty week), the week-start setting, bad input and the audit trail."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pypdf
import pytest
from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.permissions import Role
from shelter_desk.reports.counts import render_counts
from shelter_desk.reports.weekly_summary import render_weekly_summary
from shelter_desk.services.reports import _Counts, initials
from shelter_desk.services.resident_input import HouseholdEntry, StayDetails
from shelter_desk.storage.models import AuditEvent
from tests.conftest import STAFF_PW, add_staff
from tests.unit.test_residents import as_director, as_user, make_rooms, take_in

LEGAL = {"Ana": "Anastasia Quill", "Bea": "Beatrix Marlowe", "Cai": "Caitlin Vossberg", "Dee": "Delphine Harrow"}


@pytest.fixture
def house(desk, clock):
    """Four women around the first quarter of 2026 (today is Monday 2026-06-15)."""
    clock.set(datetime(2026, 6, 15, 9, 0, tzinfo=UTC))
    as_director(desk)  # a new session on the moved clock
    beds = make_rooms(desk)
    ids = {}
    # Ana: here before the period, leaves in it (21 nights) for a rental; a child with her.
    ids["ana"] = take_in(desk, "Ana", on=date(2025, 12, 20), bed=beds["fam1"], legal_name=LEGAL["Ana"],
                         birth_date=date(1990, 5, 1), dob_quality=1, genders=(0,),
                         household=[HouseholdEntry("Kiki", 6)])
    desk.residents.record_exit(ids["ana"][1], date(2026, 1, 10), 410)
    # Dee: left on the period's first day (61 nights), to an emergency shelter; 65 at intake.
    ids["dee"] = take_in(desk, "Dee", on=date(2025, 11, 1), bed=beds["r1b2"], legal_name=LEGAL["Dee"],
                         birth_date=date(1960, 1, 1), dob_quality=1, genders=(0,), program="long_term")
    desk.residents.record_exit(ids["dee"][1], date(2026, 1, 1), 101)
    # Bea: comes in the period and stays on; two genders; 22 at intake.
    ids["bea"] = take_in(desk, "Bea", on=date(2026, 2, 1), bed=beds["r1b1"], legal_name=LEGAL["Bea"],
                         birth_date=date(2003, 6, 1), dob_quality=1, genders=(0, 4), program="transitional")
    # Cai: stayed in 2025, comes back in March (a return) and leaves after the period.
    ids["cai"] = take_in(desk, "Cai", on=date(2025, 6, 1), legal_name=LEGAL["Cai"])
    desk.residents.record_exit(ids["cai"][1], date(2025, 7, 1), 313)
    desk.residents.start_stay(ids["cai"][0], StayDetails(date(2026, 3, 10), bed_id=beds["r1b3"]))
    return ids


def raw(desk, first, end, on):
    with desk.read() as session:
        values, _ = _Counts(session, first, end, on).collect()
    return values


def test_counts_match_what_was_worked_out_by_hand(desk, house):
    v = raw(desk, date(2026, 1, 1), date(2026, 4, 1), date(2026, 3, 31))
    expected = {
        ("persons_served", "", "residents"): 4,  # Ana, Dee (left on the 1st), Bea, Cai (her return)
        ("persons_served", "", "household_members"): 1,
        ("households_with_children", "", "households"): 1,
        ("intakes", "", "first_stay"): 1, ("intakes", "", "return"): 1, ("intakes", "", "total"): 2,
        ("exits_by_destination", "", "permanent"): 1, ("exits_by_destination", "", "homeless"): 1,
        ("exits_by_destination", "", "temporary"): 0, ("exits_by_destination", "", "total"): 2,
        ("length_of_stay", "", "8-30_nights"): 1, ("length_of_stay", "", "31-90_nights"): 1,
        ("length_of_stay", "", "0-7_nights"): 0,
        ("age_at_intake", "", "35-44"): 1, ("age_at_intake", "", "18-24"): 1,
        ("age_at_intake", "", "65_and_over"): 1, ("age_at_intake", "", "unknown"): 1,
        ("gender", "", "woman"): 2, ("gender", "", "more_than_one"): 1, ("gender", "", "not_collected"): 1,
        ("program", "", "emergency"): 2, ("program", "", "transitional"): 1, ("program", "", "long_term"): 1,
        ("program", "", "total"): 4,
    }
    assert {key: v[key] for key in expected} == expected
    # Cai's first stay (2025) is outside the period: in the year 2025 she is a first stay, not a return.
    v2025 = raw(desk, date(2025, 1, 1), date(2026, 1, 1), date(2025, 12, 31))
    assert v2025[("persons_served", "", "residents")] == 3  # Cai, Dee, Ana
    assert (v2025[("intakes", "", "first_stay")], v2025[("intakes", "", "return")]) == (3, 0)
    assert v2025[("exits_by_destination", "", "total")] == 1  # Cai in July; Dee left on 2026-01-01


def test_published_counts_hide_small_cells_and_hold_nothing_identifying(desk, house):
    table = desk.reports.counts(date(2026, 1, 1), date(2026, 3, 1))
    assert table.period == "2026-01/2026-03" and table.k == 5
    shown = {(r.measure, r.group, r.category): r.count for r in table.rows}
    assert shown[("persons_served", "", "residents")] == "<5"
    assert shown[("intakes", "", "first_stay")] == "<5"
    assert shown[("exits_by_destination", "", "temporary")] == "0"
    for row in table.rows:
        assert row.count in ("0", "<5", "*") or int(row.count) >= 5
    data = table.csv_bytes().decode("utf-8")
    assert data.splitlines()[0] == "period,measure,group,category,count"
    for secret in (*LEGAL, *LEGAL.values(), "Kiki", "2026-01-10", "1990", "2026-02-01"):
        assert secret not in data
    pdf = render_counts(table, printed_by="Dana", printed_at=datetime(2026, 6, 15, 11, 0))
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Anonymized counts, 2026-01/2026-03" in text and "CONFIDENTIAL" in text
    for secret in (*LEGAL.values(), "Kiki"):
        assert secret not in text


def test_counts_export_is_audited_with_its_parameters_only(desk, house):
    table = desk.reports.counts(date(2026, 1, 1), date(2026, 3, 1), 11)
    desk.reports.export_counts(table, "csv")
    desk.reports.export_counts(table, "pdf")
    with desk.read() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == audit.Action.COUNTS_EXPORTED)))
    assert [e.summary for e in events] == [
        f"anonymized counts 2026-01/2026-03, k=11, csv, {len(table.rows)} rows",
        f"anonymized counts 2026-01/2026-03, k=11, pdf, {len(table.rows)} rows"]


@pytest.mark.parametrize(("first", "last", "k", "words"), [
    (date(2026, 3, 1), date(2026, 1, 1), 5, "ends before it begins"),
    (date(2026, 1, 1), date(2026, 7, 1), 5, "cannot end after this month"),
    (date(2010, 1, 1), date(2026, 1, 1), 5, "at most ten years"),
    (date(2026, 1, 1), date(2026, 2, 1), 3, "between 5 and 20"),
])
def test_bad_periods_are_refused_plainly(desk, house, first, last, k, words):
    with pytest.raises(ValidationError) as caught:
        desk.reports.counts(first, last, k)
    assert words in caught.value.message


def test_only_a_director_exports_counts(desk, house):
    add_staff(desk, "hana", Role.HOUSE_MANAGER)
    as_user(desk, "hana", STAFF_PW)
    with pytest.raises(PermissionDenied):
        desk.reports.counts(date(2026, 1, 1), date(2026, 1, 1))
    desk.reports.weekly_summary(date(2026, 1, 5))  # the weekly summary is hers


def pdf_text(pdf: bytes) -> tuple[int, list[str]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return len(reader.pages), [p.extract_text() for p in reader.pages]


def test_weekly_summary_of_a_week_with_a_leaving(desk, house):
    summary = desk.reports.weekly_summary(date(2026, 1, 7))
    assert (summary.first, summary.last) == (date(2026, 1, 5), date(2026, 1, 11))
    assert [n.residents for n in summary.nights] == [1, 1, 1, 1, 1, 0, 0]
    assert [n.household for n in summary.nights] == [1, 1, 1, 1, 1, 0, 0]
    assert [(e.name, e.nights, e.room) for e in summary.exits] == [("Ana", 21, "Family room")]
    assert summary.average_stay_nights == 21 and summary.intakes == () and not summary.empty
    assert len(summary.weeks) == 5 and summary.weeks[0].exits == 1
    pages, texts = pdf_text(render_weekly_summary(summary, printed_by="Dana Director",
                                                  printed_at=datetime(2026, 6, 15, 11, 0)))
    assert pages >= 2
    for n, text in enumerate(texts, start=1):
        assert "Harbor House" in text and "CONFIDENTIAL" in text
        assert "Weekly summary, 2026-01-05 to 2026-01-11" in text
        assert f"Page {n} of {pages}" in text and "Printed by Dana Director, 2026-06-15 11:00" in text
    whole = "\n".join(texts)
    for section in ("Occupancy", "Nightly occupancy", "Intakes", "Left the shelter", "Meals served",
                    "Clothing and supplies", "Requests still waiting", "Appointments", "The coming week",
                    "Safety plans", "Overdue for review", "Incidents", "Follow-up tasks still open",
                    "This week and the four before"):
        assert section in whole, section
    assert "Ana" in whole and "Sunday 2026-01-10" not in whole and "Saturday 2026-01-10" in whole
    assert "Permanent housing situations" in " ".join(whole.split())
    for legal in LEGAL.values():
        assert legal not in whole


def test_full_names_need_a_manager_are_warned_and_audited_high(desk, house):
    summary = desk.reports.weekly_summary(date(2026, 1, 7), "full_names")
    whole = "\n".join(pdf_text(render_weekly_summary(summary, printed_by="D", printed_at=datetime(2026, 6, 15)))[1])
    assert "Anastasia Quill (Ana)" in whole and "Shows full names" in whole
    initials_only = desk.reports.weekly_summary(date(2026, 1, 7), "initials")
    assert [e.name for e in initials_only.exits] == ["A."]
    desk.reports.record_weekly_output(summary, "printed")
    with desk.read() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action.like("report.%"))
                                      .order_by(AuditEvent.id)))
    assert [(e.action, e.severity) for e in events] == [
        (audit.Action.WEEKLY_SUMMARY_MADE, audit.HIGH), (audit.Action.WEEKLY_SUMMARY_MADE, audit.INFO),
        (audit.Action.WEEKLY_SUMMARY_PRINTED, audit.HIGH)]
    assert events[0].summary == "weekly summary 2026-01-05..2026-01-11, full_names (director)"
    for e in events:
        for name in (*LEGAL, *LEGAL.values()):
            assert name not in e.summary
    add_staff(desk, "maria", Role.FRONT_DESK)
    as_user(desk, "maria", STAFF_PW)
    with pytest.raises(PermissionDenied):
        desk.reports.weekly_summary(date(2026, 1, 7))


def test_an_empty_week_makes_a_report_that_says_so(desk, house):
    summary = desk.reports.weekly_summary(date(2025, 9, 10))
    assert summary.empty
    pages, texts = pdf_text(render_weekly_summary(summary, printed_by="D", printed_at=datetime(2026, 6, 15)))
    whole = " ".join(" ".join(texts).split())
    assert "Nothing was recorded in this week" in whole and "No intakes this week." in whole
    assert pages >= 1


def test_the_week_start_is_a_setting_and_future_weeks_are_refused(desk, house):
    assert desk.reports.week_of(date(2026, 1, 7)) == (date(2026, 1, 5), date(2026, 1, 11))
    desk.reports.set_week_start(6)  # Sunday
    assert desk.reports.week_start() == 6
    assert desk.reports.week_of(date(2026, 1, 7)) == (date(2026, 1, 4), date(2026, 1, 10))
    with pytest.raises(ValidationError):
        desk.reports.set_week_start(7)
    with pytest.raises(ValidationError) as caught:
        desk.reports.weekly_summary(date(2026, 7, 1))
    assert "has not begun yet" in caught.value.message


def test_initials_spell_out_no_name():
    assert initials("Maria Lopez") == "M. L."
    assert initials("Zoë") == "Z."
    assert initials("   ") == "?"
