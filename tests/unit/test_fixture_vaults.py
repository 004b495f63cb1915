"""Every released schema version opens and migrates to the newest, with its data intact.

One small vault per version lives in ``tests/fixtures/vaults/<revision>/`` (made by
``tests/fixtures/make_fixture_vaults.py``, with ``expected.json`` beside it). This test
runs for whatever fixtures exist: a new version's fixture is picked up by adding it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.services.restore import restore_backup
from shelter_desk.storage import migrate
from shelter_desk.storage.models import Base
from tests.unit.vaulttools import assert_not_plain_sqlite

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"
FIXTURE_PASSWORD = "fixture vault lantern 2026"  # the generator's password (cheap test-profile Argon2)
CASES = sorted(p.parent for p in FIXTURES.glob("*/expected.json"))


def test_there_is_a_fixture_for_every_released_version_before_the_newest():
    have = {p.name for p in CASES}
    older = {r for r in migrate.known_revisions() if r[:4] <= "0005"}
    assert older <= have, f"missing fixture vaults: {sorted(older - have)} (run tests/fixtures/make_fixture_vaults.py)"


@pytest.mark.parametrize("fixture", CASES, ids=[p.name for p in CASES])
def test_a_vault_of_each_version_opens_and_migrates_with_its_data(fixture, tmp_path, clock):
    expected = json.loads((fixture / "expected.json").read_text("utf-8"))
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder, ignore=shutil.ignore_patterns("expected.json"))
    (folder / "backups").mkdir(exist_ok=True)
    assert_not_plain_sqlite(folder / "shelter.db")
    desk = Desk.open(folder, clock)
    try:
        desk.auth.sign_in("director", FIXTURE_PASSWORD)
        report = desk.pending_open_report
        head = migrate.head_revision()
        assert migrate.current_revision(desk.vault.db.engine) == head
        if expected["revision"] != head:
            assert report.migrated_from == expected["revision"]
            pre = list((folder / "backups").glob("before-upgrade-*.sdbackup"))
            assert len(pre) == 1  # the automatic backup before the upgrade
        else:
            assert report is None or report.migrated_from is None
        assert desk.settings.shelter_name() == expected["shelter"]
        assert [a.username for a in sorted(desk.accounts.list(), key=lambda a: a.username)] == expected["accounts"]
        assert [r.alias for r in desk.residents.search(status="everyone")] == expected["residents"]
        tables = set(inspect(desk.vault.db.engine).get_table_names())
        with desk.read() as session:
            for name, n in expected["counts"].items():
                table = Base.metadata.tables[name]
                have = int(session.scalar(select(func.count()).select_from(table)) or 0)
                if name == "audit_event":
                    assert have >= n  # plus the upgrade and the sign-in
                else:
                    assert have == n, name
        assert set(Base.metadata.tables) <= tables
        migrated = [e for e in desk.audit.events() if e.action == audit.Action.VAULT_MIGRATED]
        assert len(migrated) == (0 if expected["revision"] == head else 1)
        assert desk.audit.verify().intact
        assert desk.vault.db.integrity_problems() == []
        if expected["residents"]:  # the old records still work through today's services
            rid = desk.residents.search(status="everyone")[0].id
            assert desk.residents.open_file(rid).alias == expected["residents"][0]
    finally:
        desk.close()


@pytest.mark.parametrize("fixture", CASES[:1] + CASES[-1:], ids=lambda p: p.name)
def test_a_backup_of_an_old_version_restores_and_migrates(fixture, tmp_path, clock):
    """A backup made by an older program (its vault as it was), restored by this one."""
    import zipfile

    from shelter_desk.storage.backup import MANIFEST

    expected = json.loads((fixture / "expected.json").read_text("utf-8"))
    old_backup = tmp_path / "old.sdbackup"
    with zipfile.ZipFile(old_backup, "w", compression=zipfile.ZIP_STORED) as zf:  # the 0001-era format
        zf.writestr(MANIFEST, json.dumps({"format": "shelter-desk-backup", "version": 1,
                                          "created": "2026-01-05T09:00:00.000000Z", "note": "old"}))
        zf.write(fixture / "shelter.keys", "shelter.keys")
        zf.write(fixture / "shelter.db", "shelter.db")
    result = restore_backup(old_backup, tmp_path / "restored", recovery_code=expected["recovery_code"], clock=clock)
    head = migrate.head_revision()
    assert result.migrated_from == (None if expected["revision"] == head else expected["revision"])
    desk = Desk.open(tmp_path / "restored", clock)
    try:
        ticket = desk.auth.after_restore(result)
        desk.auth.finish_recovery(ticket, "director", "a fresh cobalt passphrase")
        assert [r.alias for r in desk.residents.search(status="everyone")] == expected["residents"]
        assert desk.audit.verify().intact
    finally:
        desk.close()
