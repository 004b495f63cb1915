"""Data retention: the setting, the preview, the purge (counts kept, every row gone, destruction
log written, the text gone from the file itself), and the registry of resident tables."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, func, select

from shelter_desk import audit
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.permissions import Role
from shelter_desk.services.retention import cutoff_for
from shelter_desk.storage import resident_data
from shelter_desk.storage.models import AuditEvent, Base
from shelter_desk.storage.needs_models import StockChange, StockItem
from shelter_desk.storage.resident_models import Resident
from tests.conftest import STAFF_PW, add_staff
from tests.unit.backuptools import decrypted_pages, fill_history


def count(desk, table_name: str) -> int:  # noqa: ANN001
    table = Base.metadata.tables[table_name]
    with desk.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def checkpoint(desk) -> None:  # noqa: ANN001
    raw = desk.vault.db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


def canary_pages(desk, canary: str) -> int:  # noqa: ANN001
    hits = 0
    for name in ("shelter.db", "shelter.db-wal"):
        path = desk.vault.folder / name
        if path.exists():
            hits += sum(canary.encode() in page for page in decrypted_pages(path, desk.vault.dek))
    return hits


def test_records_are_kept_with_no_limit_by_default(desk):
    assert desk.retention.years() is None
    with pytest.raises(ValidationError):
        desk.retention.preview()
    desk.retention.set_years(7)
    assert desk.retention.years() == 7
    desk.retention.set_years(None)
    assert desk.retention.years() is None
    with pytest.raises(ValidationError):
        desk.retention.set_years(0)
    changes = [e for e in desk.audit.events() if e.action == audit.Action.RETENTION_CHANGED]
    assert [e.summary for e in changes][::-1] == [
        "records kept after the last stay: no limit -> 7 years",
        "records kept after the last stay: 7 -> no limit years",
    ]


def test_only_a_director_sets_retention_or_purges(desk):
    add_staff(desk, "hm", Role.HOUSE_MANAGER)
    desk.auth.lock()
    desk.auth.sign_in("hm", STAFF_PW)
    for attempt in (lambda: desk.retention.set_years(5), desk.retention.preview, lambda: desk.retention.purge([1])):
        with pytest.raises(PermissionDenied):
            attempt()


def test_cutoff_dates():
    from datetime import date

    assert cutoff_for(date(2026, 1, 5), 7) == date(2019, 1, 5)
    assert cutoff_for(date(2028, 2, 29), 1) == date(2027, 2, 28)


def test_purge_keeps_counts_deletes_every_row_logs_and_vacuums(desk, clock):
    history = fill_history(desk, clock)
    desk.retention.set_years(7)
    preview = desk.retention.preview()
    assert preview.ids == [history.old_id]  # the resident here now stays, of course
    assert preview.counts["resident"] == 1 and preview.counts["case_note"] == 1
    assert preview.counts["safety_plan_item"] > 0
    stock_before = count(desk, "stock_change")

    checkpoint(desk)  # so the text is in the database file itself, not only in the WAL
    assert canary_pages(desk, history.canary) > 0  # the page reader sees it before

    result = desk.retention.purge(preview.ids)
    assert result.residents == 1 and result.counts == preview.counts
    assert result.months_kept == ["2015-03", "2015-04"]

    # Every resident-linked row is gone; the other resident and the stock history are not.
    for step in resident_data.deletion_plan():
        table = Base.metadata.tables[step.table]
        with desk.read() as session:
            remaining = session.execute(select(table)).all()
        if step.table == "resident":
            assert [r.id for r in remaining] == [history.here_id]
        elif step.table in ("stay", "case_note"):
            assert remaining, step.table  # Bea's
        else:
            assert all(history.canary not in repr(r) for r in remaining)
    assert count(desk, "stock_change") == stock_before
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(StockChange)
                              .where(StockChange.handout_id.is_not(None))) == 0
        assert session.scalar(select(StockItem.count)) == 2  # 3 donated, 1 handed out: still adds up

    # The anonymized monthly counts, kept before the rows went.
    kept = desk.retention.kept_counts()
    assert kept["2015-03"]["stays_started"] == 1 and kept["2015-04"]["stays_ended"] == 1
    assert kept["2015-03"]["bed_nights"] + kept["2015-04"]["bed_nights"] == 44  # 2 March to 15 April
    assert kept["2015-03"]["meals"] == 2 and kept["2015-03"]["items_handed_out"] == 1
    assert kept["2015-03"]["appointments"] == 1

    # The destruction log: kinds, how many, when, by whom. No names.
    log = [e for e in desk.audit.events() if e.action == audit.Action.RECORDS_PURGED]
    assert len(log) == 1 and log[0].severity == audit.HIGH and log[0].actor_name == "director"
    assert "1 case notes" in log[0].summary and "before 2019-01-05" in log[0].summary
    with desk.read() as session:
        summaries = " ".join(session.scalars(select(AuditEvent.summary)))
    assert history.canary not in summaries and "Ada" not in summaries
    assert desk.audit.verify().intact
    assert desk.vault.db.integrity_problems() == []

    # VACUUM: the text is gone from the file, not just from the rows.
    assert canary_pages(desk, history.canary) == 0

    assert desk.retention.preview().ids == []  # nothing more to delete


def test_a_stale_preview_deletes_nothing(desk, clock):
    history = fill_history(desk, clock)
    desk.retention.set_years(7)
    preview = desk.retention.preview()
    desk.retention.set_years(20)  # meanwhile someone kept records longer
    with pytest.raises(ValidationError):
        desk.retention.purge(preview.ids)
    with desk.read() as session:
        assert session.get(Resident, history.old_id) is not None


def test_merged_duplicates_go_with_the_record_they_were_merged_into(desk, clock):
    from datetime import date

    from shelter_desk.services.resident_input import PersonDetails, StayDetails
    from tests.unit.backuptools import NOW, at

    history = fill_history(desk, clock)
    at(clock, date(2014, 5, 1))
    dup = desk.residents.intake(PersonDetails(alias="Ada again"), StayDetails(date(2014, 5, 1)))
    stay = desk.residents.open_file(dup).stays[-1].id
    at(clock, date(2014, 6, 1))
    desk.residents.record_exit(stay, date(2014, 6, 1), 99)
    clock.set(NOW)
    desk.residents.merge(history.old_id, dup)
    desk.retention.set_years(7)
    preview = desk.retention.preview()
    assert preview.ids == [history.old_id]
    assert preview.counts["resident"] == 2
    desk.retention.purge(preview.ids)
    with desk.read() as session:
        assert session.get(Resident, dup) is None


def test_every_table_that_refers_to_residents_is_registered():
    plan = resident_data.deletion_plan()
    names = [s.table for s in plan]
    assert names[0] == "resident"
    assert set(names) <= set(resident_data.LABELS)
    assert names.index("stay") < names.index("bed_assignment")
    assert names.index("safety_plan") < names.index("safety_plan_item")
    assert "stock_change" not in names  # detached, not deleted


def test_a_new_table_about_residents_must_register_itself():
    md = MetaData()
    Table("resident", md, Column("id", Integer, primary_key=True))
    Table("incident", md, Column("id", Integer, primary_key=True),
          Column("resident_id", ForeignKey("resident.id")))
    Table("incident_party", md, Column("id", Integer, primary_key=True),
          Column("incident_id", ForeignKey("incident.id")))
    with pytest.raises(resident_data.UnregisteredResidentTable) as caught:
        resident_data.deletion_plan(md)
    assert "incident, incident_party" in str(caught.value)
    resident_data.register("incident", "incidents")
    resident_data.register("incident_party", "people in incidents")
    try:
        plan = resident_data.deletion_plan(md)
        assert [s.table for s in plan] == ["resident", "incident", "incident_party"]
        assert plan[2].links == (("incident_id", "incident"),)
    finally:
        del resident_data.LABELS["incident"], resident_data.LABELS["incident_party"]


def test_a_purged_resident_is_no_longer_named_in_an_incident_which_stays(desk, clock):
    from datetime import date, datetime, timedelta

    from shelter_desk.services.incident_views import IncidentEdit, PersonInput
    from tests.unit.backuptools import NOW, at

    history = fill_history(desk, clock)
    at(clock, date(2015, 3, 10))
    kind = desk.incidents.types()[0].id
    incident_id, _ = desk.incidents.record(None, IncidentEdit(
        occurred_at=datetime(2015, 3, 10, 9).astimezone() - timedelta(minutes=5), type_id=kind, severity="low",
        narrative_during="Raised voices in the hall.",
        people=[PersonInput("resident", "involved", resident_id=history.old_id),
                PersonInput("other", "witness", description="a neighbour")]))
    clock.set(NOW)
    desk.retention.set_years(7)
    preview = desk.retention.preview()
    assert preview.ids == [history.old_id] and preview.counts["incident_person"] == 1
    desk.retention.purge(preview.ids)
    info = desk.incidents.open_incident(incident_id)
    assert [p.kind for p in info.people] == ["other"]  # her line went; the incident stays
    assert desk.incidents.incidents_of(history.here_id) == []


def test_the_anonymized_counts_of_purged_months_still_include_what_was_deleted(desk, clock):
    from datetime import date

    history = fill_history(desk, clock)
    before = {(r.measure, r.category): r.count for r in desk.reports.counts(date(2015, 3, 1), date(2015, 4, 1)).rows}
    assert ("deleted_records", "bed_nights") not in before  # nothing purged yet: no such rows
    desk.retention.set_years(7)
    desk.retention.purge(desk.retention.preview().ids)
    assert history.old_id not in [r.id for r in desk.residents.search("", status="everyone")]
    after = {(r.measure, r.category): r.count for r in desk.reports.counts(date(2015, 3, 1), date(2015, 4, 1), 5).rows}
    # Her 44 nights (2 March to 15 April 2015) are still counted, as deleted records' nights.
    assert after[("deleted_records", "bed_nights")] == "44"
    assert after[("deleted_records", "stays_started")] == "<5" and after[("deleted_records", "stays_ended")] == "<5"
    later = {(r.measure, r.category) for r in desk.reports.counts(date(2016, 1, 1), date(2016, 12, 1)).rows}
    assert ("deleted_records", "bed_nights") not in later  # other months: nothing was deleted there
