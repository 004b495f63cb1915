"""Back up now, automatic backups and their rotation, the reminder, faults, checking the vault."""

from __future__ import annotations

import errno
import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.crypto.keyslots import KeysFile
from shelter_desk.errors import PermissionDenied
from shelter_desk.permissions import Role
from shelter_desk.services import backups as backups_module
from shelter_desk.services.backups import backup_file_name, safe_name, to_keep
from shelter_desk.services.restore import WrongRecoveryCodeForBackup, restore_backup
from shelter_desk.storage import backup
from shelter_desk.storage.backup import BackupWriteFailed
from shelter_desk.storage.db import Database
from shelter_desk.storage.models import AuditEvent
from tests.conftest import DIRECTOR, SHELTER, add_staff
from tests.unit.backuptools import fill_history, table_dump
from tests.unit.vaulttools import assert_not_plain_sqlite, assert_plain


def events(desk, action):  # noqa: ANN001, ANN201
    with desk.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def unpack(path: Path, into: Path) -> Path:
    into.mkdir()
    with zipfile.ZipFile(path) as zf:
        zf.extractall(into)
    return into


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "USB STICK"
    folder.mkdir()
    return folder


def test_file_names_use_the_shelter_and_the_date():
    day = datetime(2026, 1, 5).date()
    assert backup_file_name("Harbor House", day) == "Harbor-House-2026-01-05.sdbackup"
    assert backup_file_name('Casa "La Paz": Norte/Sur', day) == "Casa-La-Paz-Norte-Sur-2026-01-05.sdbackup"
    assert safe_name("庇護所 一") == "庇護所-一"
    assert safe_name(" .. ") == "Shelter"


def test_back_up_now_writes_one_verified_file_with_the_same_contents(desk, clock, usb, tmp_path):
    fill_history(desk, clock)
    add_staff(desk, "maria", Role.FRONT_DESK)
    before = table_dump(desk.vault.db)
    made = desk.backups.back_up_to(usb)
    assert made.path == usb / f"Harbor-House-{desk.today().isoformat()}.sdbackup"
    assert sorted(p.name for p in usb.iterdir()) == [made.path.name]  # no temporary files left
    assert not [p for p in desk.vault.backups_dir.iterdir() if p.name.startswith(".")]
    with zipfile.ZipFile(made.path) as zf:
        assert set(zf.namelist()) == {"backup.json", "shelter.db", "shelter.keys"}
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        manifest = json.loads(zf.read("backup.json"))
    assert manifest["kind"] == "outside" and manifest["vault_id"] == desk.vault.keys.vault_id
    assert SHELTER not in json.dumps(manifest)  # the only part in the clear says nothing about the shelter

    copy = unpack(made.path, tmp_path / "copy")
    assert_not_plain_sqlite(copy / "shelter.db")
    db = Database(copy / "shelter.db", desk.vault.dek)
    try:
        assert table_dump(db) == before
        assert db.integrity_problems() == []
    finally:
        db.close()
    # Only the directors' sign-ins and the recovery code travel on the stick, sealed.
    keys = KeysFile.load(copy / "shelter.keys")
    assert {(s.kind, s.username) for s in keys.slots} == {("staff", DIRECTOR), ("recovery", None)}
    assert keys.verify(desk.vault.dek)

    again = desk.backups.back_up_to(usb)  # the same day: a second file, never over the first
    assert again.path.name == f"Harbor-House-{desk.today().isoformat()}-2.sdbackup"
    made_events = events(desk, audit.Action.BACKUP_MADE)
    assert len(made_events) == 2 and "verified" in made_events[0].summary
    assert str(usb) not in made_events[0].summary and "Ada" not in made_events[0].summary
    assert desk.backups.status().last_outside == clock.now()


def test_a_removed_usb_stick_is_a_plain_message_and_no_folder_is_made(desk, usb):
    usb.rmdir()  # taken out before "Back up now"
    with pytest.raises(BackupWriteFailed) as caught:
        desk.backups.back_up_to(usb)
    assert_plain(caught.value)
    assert "USB stick taken out" in caught.value.message
    assert not usb.exists()
    failed = events(desk, audit.Action.BACKUP_FAILED)
    assert len(failed) == 1 and failed[0].severity == audit.HIGH


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "is full"),
    (errno.EIO, "USB stick taken out"),
    (errno.EROFS, "read-only"),
    (errno.EACCES, "does not allow writing"),
])
def test_a_full_or_failing_stick_leaves_nothing_behind(desk, usb, monkeypatch, code, words):
    before = table_dump(desk.vault.db)

    def broken_write(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise OSError(code, "simulated")

    monkeypatch.setattr(zipfile.ZipFile, "write", broken_write)
    with pytest.raises(BackupWriteFailed) as caught:
        desk.backups.back_up_to(usb)
    assert_plain(caught.value)
    assert words in caught.value.message and "nothing in it was changed" in caught.value.message
    assert list(usb.iterdir()) == []
    assert [p for p in desk.vault.backups_dir.iterdir()] == []
    monkeypatch.undo()
    after = table_dump(desk.vault.db, skip=("audit_event",))
    assert after == {k: v for k, v in before.items() if k != "audit_event"}
    assert desk.backups.status().last_outside is None
    assert desk.audit.verify().intact


def test_only_a_director_backs_up_now(desk, usb):
    add_staff(desk, "frank", Role.HOUSE_MANAGER)
    desk.auth.lock()
    desk.auth.sign_in("frank", "violet canyon pepper drum")
    with pytest.raises(PermissionDenied):
        desk.backups.back_up_to(usb)
    with pytest.raises(PermissionDenied):
        desk.backups.status()
    assert list(usb.iterdir()) == []


def test_automatic_backups_at_most_one_an_hour(desk, clock):
    first = desk.backups.make_automatic()
    assert first is not None and first.path.parent == desk.vault.backups_dir
    assert first.path.name.startswith("auto-")
    clock.advance(minutes=59)
    assert not desk.backups.automatic_due()
    assert desk.backups.make_automatic() is None
    clock.advance(minutes=1)
    second = desk.backups.make_automatic()
    assert second is not None
    # One a day is kept for the last 7 days: the newest of today replaces today's earlier one.
    assert second.removed == 1 and [b.path for b in desk.backups.automatic_backups()] == [second.path]
    made = events(desk, audit.Action.BACKUP_MADE)
    assert len(made) == 2 and "1 older automatic backup(s) removed" in made[1].summary


def test_rotation_keeps_seven_days_and_four_weeks(desk, clock):
    start = clock.now()
    for hour in range(0, 24 * 45, 5):  # every 5 hours for 45 days
        clock.set(start + timedelta(hours=hour))
        desk.auth.lock()
        desk.auth.sign_in(DIRECTOR, "quiet river lantern morning")  # the 12-hour limit
        desk.backups.make_automatic()
    kept = desk.backups.automatic_backups()
    days = {b.made.date() for b in kept}
    weeks = {tuple(b.made.isocalendar())[:2] for b in kept}
    assert len(kept) <= 11
    newest = kept[0].made
    assert newest == clock.now().astimezone()
    last_seven = sorted({b.made.date() for b in kept}, reverse=True)[:7]
    assert last_seven == [(newest - timedelta(days=n)).date() for n in range(7)]
    assert len(weeks) == 4 and len(days) >= 7


def test_to_keep_picks_the_newest_of_each_day_and_week():
    base = datetime(2026, 3, 1, 12, 0).astimezone()
    items = [(base - timedelta(hours=6 * n), Path(f"b{n}")) for n in range(120)]  # 30 days, 4 a day
    keep = to_keep(items)
    assert Path("b0") in keep  # the newest of all
    chosen = sorted((made for made, path in items if path in keep), reverse=True)
    assert len({m.date() for m in chosen[:7]}) == 7
    assert len(keep) <= 11


def test_a_failed_automatic_backup_is_audited_and_raised(desk, monkeypatch):
    def full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(errno.ENOSPC, "simulated")

    monkeypatch.setattr(backup, "_verify_db", full)
    with pytest.raises(BackupWriteFailed) as caught:
        desk.backups.make_automatic()
    assert_plain(caught.value)
    assert "full" in caught.value.message
    assert len(events(desk, audit.Action.BACKUP_FAILED)) == 1
    assert desk.backups.automatic_backups() == []


def test_the_reminder_comes_after_seven_days_without_a_backup_outside(desk, clock, usb):
    assert not desk.backups.needs_reminder()  # a new vault: a week's grace
    clock.advance(days=7)
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, "quiet river lantern morning")
    assert desk.backups.needs_reminder()
    desk.backups.make_automatic()  # the vault's own backups do not count: they are on the same disk
    assert desk.backups.needs_reminder()
    desk.backups.back_up_to(usb)
    assert not desk.backups.needs_reminder()
    clock.advance(days=6, hours=23)
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, "quiet river lantern morning")
    assert not desk.backups.needs_reminder()
    clock.advance(hours=1)
    assert desk.backups.needs_reminder()


def test_changing_the_data_key_writes_a_backup_and_old_backups_keep_the_old_code(setup, desk, usb, tmp_path, clock):
    old_code = setup.recovery_code
    old_backup = desk.backups.back_up_to(usb).path
    result = desk.accounts.rotate_data_key("quiet river lantern morning")
    assert result.backup_error is None
    assert result.backup_path is not None and result.backup_path.parent == desk.vault.backups_dir
    with zipfile.ZipFile(result.backup_path) as zf:
        assert json.loads(zf.read("backup.json"))["kind"] == "key-change"
    # The fresh backup opens with the new sheet, the old one only with the old sheet.
    with pytest.raises(WrongRecoveryCodeForBackup):
        restore_backup(result.backup_path, tmp_path / "a", recovery_code=old_code, clock=clock)
    restored = restore_backup(result.backup_path, tmp_path / "a", recovery_code=result.recovery_code, clock=clock)
    assert restored.dek == desk.vault.dek
    with pytest.raises(WrongRecoveryCodeForBackup):
        restore_backup(old_backup, tmp_path / "b", recovery_code=result.recovery_code, clock=clock)
    assert not (tmp_path / "b").exists()
    assert restore_backup(old_backup, tmp_path / "b", recovery_code=old_code, clock=clock).dek != desk.vault.dek


def test_a_failed_backup_after_a_key_change_does_not_undo_the_change(desk, monkeypatch):
    def full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(errno.ENOSPC, "simulated")

    monkeypatch.setattr(backup, "_verify_db", full)
    old = desk.vault.dek
    result = desk.accounts.rotate_data_key("quiet river lantern morning")
    assert desk.vault.dek != old
    assert isinstance(result.backup_error, BackupWriteFailed)


def test_check_the_vault_says_one_line_per_check(desk):
    lines = desk.backups.verify_vault()
    assert [line.label for line in lines] == [backups_module.CHECK_CIPHER, backups_module.CHECK_SQLITE,
                                              backups_module.CHECK_AUDIT, backups_module.CHECK_KEYS]
    assert all(line.ok for line in lines)
    event = events(desk, audit.Action.VAULT_VERIFIED)[-1]
    assert "PROBLEM" not in event.summary
    # The key file changed by hand on disk: the seal no longer fits.
    data = json.loads(desk.vault.keys_path.read_text())
    data["slots"] = data["slots"][:1]
    desk.vault.keys_path.write_text(json.dumps(data))
    lines = desk.backups.verify_vault()
    assert [line.ok for line in lines] == [True, True, True, False]
    assert events(desk, audit.Action.VAULT_VERIFIED)[-1].severity == audit.HIGH
