"""Restoring a backup: on a new computer, over the current vault, and every way it can go wrong."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, text

from shelter_desk import audit
from shelter_desk.crypto import device
from shelter_desk.desk import Desk
from shelter_desk.errors import RecoveryCodeTypo, VaultInUse, VaultTooNew
from shelter_desk.permissions import Role
from shelter_desk.services.resident_input import PersonDetails, StayDetails
from shelter_desk.services.restore import (
    BackupNeedsRecoveryCode,
    BackupOfAnotherShelter,
    NotADirector,
    RestoreFailedCheck,
    WrongPasswordForBackup,
    WrongRecoveryCodeForBackup,
    inspect_backup,
    restore_backup,
)
from shelter_desk.services.setup import create_vault
from shelter_desk.storage import migrate
from shelter_desk.storage.backup import BackupDamaged, NotABackup
from shelter_desk.storage.db import Database
from shelter_desk.storage.instance import InstanceLock
from shelter_desk.storage.models import AuditEvent
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, MemoryKeyring, NoKeyring, add_staff
from tests.unit.backuptools import fill_history, table_dump
from tests.unit.test_migrations import PROBE_REVISION
from tests.unit.vaulttools import assert_plain

NEW_PW = "a brand new cobalt passphrase"


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, with its bytes (to prove nothing was touched)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in ("shelter.lock", "shelter.raise")}  # (the one-program lock)


def leftovers(parent: Path) -> list[str]:
    return [p.name for p in parent.iterdir() if ".restoring-" in p.name]


@pytest.fixture
def made(desk, clock, tmp_path):  # noqa: ANN001, ANN201
    """A vault with history and a backup of it on a "USB stick"; returns (backup path, dump)."""
    fill_history(desk, clock)
    usb = tmp_path / "usb"
    usb.mkdir()
    dump = table_dump(desk.vault.db)
    return desk.backups.back_up_to(usb).path, dump


def rewrite(path: Path, dest: Path, *, db: bytes | None = None, keys: bytes | None = None) -> Path:
    """A copy of a backup with a member replaced and its manifest's sums recomputed (a careful forger)."""
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("backup.json"))
        members = {n: zf.read(n) for n in ("shelter.db", "shelter.keys")}
    if db is not None:
        members["shelter.db"] = db
    if keys is not None:
        members["shelter.keys"] = keys
    manifest["sha256"] = {n: hashlib.sha256(b).hexdigest() for n, b in members.items()}
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("backup.json", json.dumps(manifest))
        for n, b in members.items():
            zf.writestr(n, b)
    return dest


def test_moving_to_a_new_computer_with_the_recovery_code(setup, desk, made, tmp_path, clock):
    path, dump = made
    desk.close()
    new_pc = MemoryKeyring()
    keyring.set_keyring(new_pc)  # a fresh PC: its credential store knows nothing of this vault
    target = tmp_path / "new-pc" / "vault"
    info = inspect_backup(path)
    assert info.created == clock.now() and info.has_recovery

    result = restore_backup(path, target, recovery_code=setup.recovery_code.lower().replace("-", " "), clock=clock)
    assert result.folder == target and result.moved_aside is None and result.migrated_from is None
    copy = Database(target / "shelter.db", result.dek)
    try:
        assert table_dump(copy) == dump  # every row as it was
    finally:
        copy.close()
    assert leftovers(target.parent) == []

    fresh = Desk.open(target, clock)
    ticket = fresh.auth.after_restore(result)
    assert [u for u, _ in ticket.directors] == [DIRECTOR]
    assert new_pc.store == {}  # nothing written to the store before the new password
    who = fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    assert who.role is Role.DIRECTOR and not who.must_change_password
    # Bound to the new PC's store now; the new password works after a restart.
    assert device.load(fresh.vault.keys.vault_id) is not None
    assert fresh.vault.keys.staff_slots(DIRECTOR)[0].device_backend == fresh.vault.current_device_label()
    actions = [e.action for e in fresh.audit.events()]
    assert audit.Action.BACKUP_RESTORED in actions and audit.Action.RECOVERY_CODE_USED in actions
    restored_event = next(e for e in fresh.audit.events() if e.action == audit.Action.BACKUP_RESTORED)
    assert "Ada" not in restored_event.summary and str(tmp_path) not in restored_event.summary
    assert fresh.audit.verify().intact
    fresh.close()
    again = Desk.open(target, clock)
    assert again.auth.sign_in(DIRECTOR, NEW_PW).role is Role.DIRECTOR
    assert len(again.residents.search(status="everyone")) == 2
    again.close()


def test_on_a_new_computer_the_director_password_points_to_the_recovery_sheet(desk, made, tmp_path, clock):
    path, _ = made
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(BackupNeedsRecoveryCode) as caught:
        restore_backup(path, tmp_path / "elsewhere", username=DIRECTOR, password=DIRECTOR_PW, clock=clock)
    assert_plain(caught.value)
    assert not (tmp_path / "elsewhere").exists()
    assert leftovers(tmp_path) == []


def test_a_password_only_vault_restores_with_the_password_on_a_pc_without_a_store(vault_dir, tmp_path, clock):
    keyring.set_keyring(NoKeyring())
    result = create_vault(vault_dir, shelter_name="Harbor House", username=DIRECTOR, display_name="Dana",
                          password=DIRECTOR_PW, clock=clock)
    usb = tmp_path / "usb"
    usb.mkdir()
    path = result.desk.backups.back_up_to(usb).path
    result.desk.close()
    restored = restore_backup(path, tmp_path / "new", password=DIRECTOR_PW, clock=clock)  # no username: any director
    assert restored.username == DIRECTOR
    fresh = Desk.open(tmp_path / "new", clock)
    ticket = fresh.auth.after_restore(restored)
    fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    assert fresh.vault.keys.staff_slots(DIRECTOR)[0].device_backend is None  # no store here: password only
    fresh.close()


def test_restoring_over_the_vault_moves_it_aside_first(desk, made, vault_dir, clock):
    path, dump = made
    desk.residents.intake(  # the vault changed since the backup
        PersonDetails(alias="Cleo After Backup"), StayDetails(desk.today()))
    desk.close()
    before = folder_state(vault_dir)
    result = restore_backup(path, vault_dir, username=DIRECTOR, password=DIRECTOR_PW, clock=clock)
    assert result.moved_aside is not None and result.moved_aside.parent == vault_dir.parent
    assert result.moved_aside.name.startswith("vault.before-restore-")
    assert folder_state(result.moved_aside) == before  # the old vault, whole, beside it
    fresh = Desk.open(vault_dir, clock)
    ticket = fresh.auth.after_restore(result)
    fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    names = {r.alias for r in fresh.residents.search(status="everyone")}
    assert "Cleo After Backup" not in names and "Bea Present" in names
    fresh.close()


def test_a_wrong_or_mistyped_recovery_code_changes_nothing(setup, desk, made, vault_dir, clock):
    path, _ = made
    desk.close()
    before = folder_state(vault_dir)
    other = create_vault(vault_dir.parent / "other", shelter_name="Other", username="x1", display_name="X",
                         password=DIRECTOR_PW, clock=clock)
    other.desk.close()
    with pytest.raises(WrongRecoveryCodeForBackup) as caught:
        restore_backup(path, vault_dir, recovery_code=other.recovery_code, clock=clock)
    assert_plain(caught.value)
    typo = setup.recovery_code[:-1] + ("0" if setup.recovery_code[-1] != "0" else "1")
    with pytest.raises(RecoveryCodeTypo):
        restore_backup(path, vault_dir, recovery_code=typo, clock=clock)
    with pytest.raises(WrongPasswordForBackup):
        restore_backup(path, vault_dir, username=DIRECTOR, password="not the password at all", clock=clock)
    assert folder_state(vault_dir) == before
    assert leftovers(vault_dir.parent) == []


@pytest.mark.parametrize("cut", [0.5, 0.99, 100])
def test_a_truncated_backup_is_refused(setup, made, vault_dir, tmp_path, clock, cut):
    path, _ = made
    data = path.read_bytes()
    short = tmp_path / "short.sdbackup"
    short.write_bytes(data[: int(len(data) * cut)] if cut < 1 else data[:cut])
    before = folder_state(vault_dir)
    with pytest.raises(BackupDamaged) as caught:
        restore_backup(short, vault_dir, recovery_code=setup.recovery_code, clock=clock)
    assert_plain(caught.value)
    assert folder_state(vault_dir) == before


def test_a_changed_byte_is_found(setup, made, vault_dir, tmp_path, clock):
    path, _ = made
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the database member
    bad = tmp_path / "flipped.sdbackup"
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        inspect_backup(bad)
    with pytest.raises(BackupDamaged):
        restore_backup(bad, vault_dir, recovery_code=setup.recovery_code, clock=clock)


def test_a_forged_backup_with_fixed_checksums_fails_the_checks(setup, desk, made, vault_dir, tmp_path, clock):
    path, _ = made
    with zipfile.ZipFile(path) as zf:
        db = bytearray(zf.read("shelter.db"))
        keys = json.loads(zf.read("shelter.keys"))
    db[4096 * 3 + 100] ^= 0xFF  # a page whose SQLCipher seal no longer fits
    forged = rewrite(path, tmp_path / "forged-db.sdbackup", db=bytes(db))
    before = folder_state(vault_dir)
    with pytest.raises((RestoreFailedCheck, BackupDamaged)) as caught:
        restore_backup(forged, vault_dir, recovery_code=setup.recovery_code, clock=clock)
    assert_plain(caught.value)
    # The key file edited (a slot dropped, so its seal no longer fits).
    keys["slots"] = [s for s in keys["slots"] if s["kind"] == "recovery"]
    forged_keys = rewrite(path, tmp_path / "forged-keys.sdbackup",
                          keys=json.dumps(keys).encode())
    with pytest.raises(RestoreFailedCheck) as caught:
        restore_backup(forged_keys, vault_dir, recovery_code=setup.recovery_code, clock=clock)
    assert "key file" in caught.value.message
    # The audit trail edited by someone with the key: the chain breaks.
    copy = tmp_path / "edited"
    copy.mkdir()
    with zipfile.ZipFile(path) as zf:
        zf.extractall(copy)
    edited = Database(copy / "shelter.db", desk.vault.dek)
    with edited.write() as session:
        session.execute(text("UPDATE audit_event SET summary = 'nothing happened' WHERE id = 2"))
    edited.close()
    forged_audit = rewrite(path, tmp_path / "forged-audit.sdbackup", db=(copy / "shelter.db").read_bytes())
    with pytest.raises(RestoreFailedCheck) as caught:
        restore_backup(forged_audit, vault_dir, recovery_code=setup.recovery_code, clock=clock)
    assert "audit trail" in caught.value.message
    assert folder_state(vault_dir) == before
    assert leftovers(vault_dir.parent) == []


def test_a_backup_of_another_shelter_is_refused(made, tmp_path, clock):
    path, _ = made
    other_dir = tmp_path / "other"
    other = create_vault(other_dir, shelter_name="Other House", username=DIRECTOR, display_name="O",
                         password=DIRECTOR_PW, clock=clock)
    other.desk.close()
    before = folder_state(other_dir)
    with pytest.raises(BackupOfAnotherShelter) as caught:
        restore_backup(path, other_dir, username=DIRECTOR, password=DIRECTOR_PW, clock=clock)
    assert_plain(caught.value)
    assert folder_state(other_dir) == before


def test_only_a_director_password_restores(desk, vault_dir, tmp_path, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    auto = desk.backups.make_automatic().path  # automatic backups carry every sign-in
    with pytest.raises(NotADirector):
        restore_backup(auto, tmp_path / "x", username="maria", password=STAFF_PW, clock=clock)
    with pytest.raises(NotADirector):
        restore_backup(auto, tmp_path / "x", password=STAFF_PW, clock=clock)
    assert not (tmp_path / "x").exists()


def test_not_a_backup(tmp_path, clock):
    junk = tmp_path / "letter.sdbackup"
    junk.write_bytes(b"%PDF-1.4 not a zip")
    with pytest.raises(BackupDamaged):
        restore_backup(junk, tmp_path / "v", password="x" * 12, clock=clock)
    other_zip = tmp_path / "photos.sdbackup"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("photo.jpg", b"...")
    with pytest.raises(NotABackup) as caught:
        restore_backup(other_zip, tmp_path / "v", password="x" * 12, clock=clock)
    assert_plain(caught.value)


def test_a_vault_in_use_is_not_moved(setup, made, vault_dir, clock):
    path, _ = made
    setup.desk.close()
    lock = InstanceLock(vault_dir)
    lock.acquire()  # another window of Shelter Desk has it open
    try:
        before = folder_state(vault_dir)
        with pytest.raises(VaultInUse):
            restore_backup(path, vault_dir, recovery_code=setup.recovery_code, clock=clock)
        assert folder_state(vault_dir) == before
        assert leftovers(vault_dir.parent) == []
    finally:
        lock.release()


def test_an_older_backup_is_migrated_after_its_own_backup(setup, desk, made, tmp_path, clock, monkeypatch):
    path, _ = made
    old_head = migrate.head_revision()
    desk.close()
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9000_probe.py").write_text(PROBE_REVISION.format(down=old_head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    target = tmp_path / "restored"
    result = restore_backup(path, target, recovery_code=setup.recovery_code, clock=clock)
    assert result.migrated_from == old_head
    pre = list((target / "backups").iterdir())
    assert len(pre) == 1 and pre[0].name.startswith("before-upgrade-")
    fresh = Desk.open(target, clock)
    ticket = fresh.auth.after_restore(result)
    fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    assert migrate.current_revision(fresh.vault.db.engine) == "9000_probe"
    with fresh.read() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert audit.Action.VAULT_MIGRATED in actions
    assert fresh.audit.verify().intact
    fresh.close()


def test_a_backup_from_a_newer_program_is_refused(setup, desk, vault_dir, tmp_path, clock):
    dek = desk.vault.dek
    usb = tmp_path / "usb"
    usb.mkdir()
    path = desk.backups.back_up_to(usb).path
    desk.close()
    copy = tmp_path / "c"
    copy.mkdir()
    with zipfile.ZipFile(path) as zf:
        zf.extractall(copy)
    db = Database(copy / "shelter.db", dek)
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    future = rewrite(path, tmp_path / "future.sdbackup", db=(copy / "shelter.db").read_bytes())
    before = folder_state(vault_dir)
    with pytest.raises(VaultTooNew):
        restore_backup(future, vault_dir, recovery_code=setup.recovery_code, clock=clock)
    assert folder_state(vault_dir) == before
