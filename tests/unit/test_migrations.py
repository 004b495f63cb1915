"""Alembic on SQLCipher: empty to head, models match migrations, too-new and older vaults."""

from __future__ import annotations

import secrets
import shutil
import zipfile

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import VaultTooNew
from shelter_desk.permissions import Role
from shelter_desk.storage import migrate
from shelter_desk.storage.db import Database
from shelter_desk.storage.models import Base
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff
from tests.unit.vaulttools import assert_not_plain_sqlite, assert_plain

PROBE_REVISION = '''"""Test only: one more table.

Revision ID: 9000_probe
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "9000_probe"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "migration_probe",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note", sa.Text(), nullable=False, server_default="probe"),
    )


def downgrade() -> None:
    op.drop_table("migration_probe")
'''


@pytest.fixture
def empty_db(tmp_path):  # noqa: ANN001, ANN201
    db = Database(tmp_path / "empty.db", secrets.token_bytes(32))
    yield db
    db.close()


def test_upgrade_from_an_empty_encrypted_database_to_head(empty_db):
    assert migrate.current_revision(empty_db.engine) is None
    migrate.upgrade(empty_db.engine)
    assert migrate.current_revision(empty_db.engine) == migrate.head_revision()
    tables = set(inspect(empty_db.engine).get_table_names())
    assert tables >= {"setting", "account", "audit_event", "audit_key", "alembic_version"}
    assert empty_db.integrity_problems() == []
    migrate.upgrade(empty_db.engine)  # running it again is harmless
    assert migrate.current_revision(empty_db.engine) == migrate.head_revision()
    empty_db.close()
    assert_not_plain_sqlite(empty_db.path)


def test_models_match_the_migrations(empty_db):
    migrate.upgrade(empty_db.engine)
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_vault_is_at_head_after_setup(desk):
    assert migrate.current_revision(desk.vault.db.engine) == migrate.head_revision()
    assert migrate.head_revision() in migrate.known_revisions()


def test_a_vault_from_a_newer_program_is_refused_plainly(desk, vault_dir, clock):
    dek = desk.vault.dek
    desk.close()
    db = Database(vault_dir / "shelter.db", dek)
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.close()
    keys_before = (vault_dir / "shelter.keys").read_bytes()
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(VaultTooNew) as caught:
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert_plain(caught.value)
    assert not fresh.vault.is_open
    assert list((vault_dir / "backups").iterdir()) == []  # nothing touched
    assert (vault_dir / "shelter.keys").read_bytes() == keys_before
    db = Database(vault_dir / "shelter.db", dek)
    assert migrate.current_revision(db.engine) == "9999_from_the_future"
    db.close()


def test_an_older_vault_is_backed_up_then_migrated(desk, vault_dir, tmp_path, clock, monkeypatch):
    add_staff(desk, "maria", Role.FRONT_DESK)
    old_head = migrate.head_revision()
    desk.close()

    # A newer program: the real migrations plus one test-only revision.
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9000_probe.py").write_text(PROBE_REVISION.format(down=old_head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    assert migrate.head_revision() == "9000_probe"

    fresh = Desk.open(vault_dir, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    report = fresh.pending_open_report
    assert report.migrated_from == old_head
    assert report.backup_path is not None and report.backup_path.parent == vault_dir / "backups"
    assert migrate.current_revision(fresh.vault.db.engine) == "9000_probe"
    with fresh.read() as session:
        assert session.execute(text("SELECT count(*) FROM migration_probe")).scalar() == 0
    assert {a.username for a in fresh.accounts.list()} == {DIRECTOR, "maria"}
    migrated = [e for e in fresh.audit.events() if e.action == audit.Action.VAULT_MIGRATED]
    assert len(migrated) == 1 and old_head in migrated[0].summary
    assert fresh.audit.verify().intact
    assert fresh.vault.db.integrity_problems() == []
    dek = fresh.vault.dek
    fresh.close()

    # The backup: one zip with the encrypted database at the old schema and the key file.
    backups = list((vault_dir / "backups").iterdir())
    assert backups == [report.backup_path] and report.backup_path.suffix == ".sdbackup"
    restored = tmp_path / "restored"
    restored.mkdir()
    with zipfile.ZipFile(report.backup_path) as zf:
        assert {"shelter.db", "shelter.keys", "backup.json"} <= set(zf.namelist())
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        zf.extractall(restored)
    assert_not_plain_sqlite(restored / "shelter.db")
    copy = Database(restored / "shelter.db", dek)
    try:
        assert migrate.current_revision(copy.engine) == old_head
        assert "migration_probe" not in inspect(copy.engine).get_table_names()
        assert copy.integrity_problems() == []
    finally:
        copy.close()

    # Reopening does not migrate (or back up) again; staff sign in as before.
    again = Desk.open(vault_dir, clock)
    again.auth.sign_in("maria", STAFF_PW)
    assert again.pending_open_report.migrated_from is None
    assert len(list((vault_dir / "backups").iterdir())) == 1
    again.close()


def test_a_failed_migration_leaves_the_vault_as_it_was(desk, vault_dir, tmp_path, clock, monkeypatch):
    old_head = migrate.head_revision()
    desk.close()
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    broken = PROBE_REVISION.format(down=old_head).replace(
        '    op.create_table(\n        "migration_probe",',
        '    op.execute("CREATE TABLE broken_probe (x)")\n    raise RuntimeError("bug in a migration")\n'
        '    op.create_table(\n        "migration_probe",',
    )
    (newer / "versions" / "9000_probe.py").write_text(broken)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(RuntimeError):
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert not fresh.vault.is_open
    monkeypatch.undo()
    fresh = Desk.open(vault_dir, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert migrate.current_revision(fresh.vault.db.engine) == old_head
    assert "broken_probe" not in inspect(fresh.vault.db.engine).get_table_names()  # rolled back
    assert len(list((vault_dir / "backups").iterdir())) == 1  # the backup made before it
    fresh.close()
