"""The vault's keys: wrong secrets, password change, data key rotation (also interrupted),
the key file's seal, the recovery code, the Argon2 floor and atomic writes."""

from __future__ import annotations

import json
import secrets
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.crypto import kdf, recovery
from shelter_desk.crypto.kdf import KdfParams
from shelter_desk.crypto.keyslots import KeysFile, key_id
from shelter_desk.desk import Desk
from shelter_desk.errors import (
    NotSignedIn,
    RecoveryCodeTypo,
    RotationUnfinished,
    ShelterDeskError,
    ValidationError,
    VaultDamaged,
    WeakKeyParameters,
    WrongPassword,
    WrongRecoveryCode,
)
from shelter_desk.permissions import Role
from shelter_desk.services.setup import create_vault
from shelter_desk.storage.db import Database, WrongDatabaseKey
from shelter_desk.storage.models import Account, AuditEvent
from shelter_desk.storage.vault import Vault
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, STAFF_PW, add_staff, reopen
from tests.unit.vaulttools import assert_not_plain_sqlite, assert_plain, database_files, snapshot

NEW_PW = "harvest copper window seven"


def actions(desk: Desk) -> list[str]:
    with desk.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def usernames(desk: Desk) -> set[str]:
    with desk.read() as session:
        return set(session.scalars(select(Account.username)))


# --- wrong secrets ---------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["quiet river lantern mornin", "QUIET RIVER LANTERN MORNING", " " + DIRECTOR_PW])
def test_wrong_password_is_a_plain_error_and_the_right_one_still_works(desk, vault_dir, clock, typed):
    fresh = reopen(vault_dir, clock, desk)
    with pytest.raises(WrongPassword) as caught:
        fresh.auth.sign_in(DIRECTOR, typed)
    assert_plain(caught.value)
    assert not fresh.vault.is_open
    assert fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW).username == DIRECTOR
    fresh.close()


@pytest.mark.parametrize(("username", "password", "field"), [(DIRECTOR, "", "password"), ("", DIRECTOR_PW, "username"),
                                                              (DIRECTOR, None, "password"), ("   ", "x", "username")])
def test_empty_username_or_password_asks_for_it(desk, vault_dir, clock, username, password, field):
    fresh = reopen(vault_dir, clock, desk)
    with pytest.raises(ValidationError) as caught:
        fresh.auth.sign_in(username, password)
    assert_plain(caught.value)
    assert caught.value.field == field
    assert fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.close()


def test_wrong_data_key_is_refused_plainly(desk, vault_dir, clock):
    right = desk.vault.dek
    desk.close()
    with pytest.raises(WrongDatabaseKey) as caught:
        Database(vault_dir / "shelter.db", secrets.token_bytes(32))
    assert_plain(caught.value)
    vault = Vault(vault_dir)
    with pytest.raises(VaultDamaged) as caught:
        vault.open([secrets.token_bytes(32)], now=clock.now())
    assert_plain(caught.value)
    assert not vault.is_open
    vault.open([right], now=clock.now())  # the right key afterwards still opens it
    assert vault.db.integrity_problems() == []
    vault.close()
    fresh = Desk.open(vault_dir, clock)
    assert fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.close()


def test_key_file_of_another_vault_does_not_open_this_database(desk, vault_dir, tmp_path, clock):
    other = create_vault(tmp_path / "other", shelter_name="Other House", username=DIRECTOR,
                         display_name="Other", password=DIRECTOR_PW, clock=clock)
    other.desk.close()
    desk.close()
    (vault_dir / "shelter.keys").write_bytes((tmp_path / "other" / "shelter.keys").read_bytes())
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(VaultDamaged) as caught:
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert_plain(caught.value)
    assert not fresh.vault.is_open


# --- nothing on disk looks like SQLite ----------------------------------------------------------


def test_no_database_file_starts_with_the_sqlite_header(desk, vault_dir, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.settings.set_idle_lock_minutes(7)
    files = list(database_files(vault_dir))
    assert vault_dir / "shelter.db-wal" in files  # the WAL is there while the vault is open
    for path in files:
        assert_not_plain_sqlite(path)
    backup = desk.vault.backup_to(vault_dir / "backups" / "manual.sdbackup", now=clock.now(), note="test")
    with zipfile.ZipFile(backup) as zf:
        assert set(zf.namelist()) >= {"shelter.db", "shelter.keys"}
        assert zf.read("shelter.db")[:16] != b"SQLite format 3\x00"
        assert len(zf.read("shelter.db")) > 4096
    leftovers = [p.name for p in (vault_dir / "backups").iterdir() if p.name != "manual.sdbackup"]
    assert leftovers == []  # no unzipped database copy left lying around
    desk.close()
    for path in database_files(vault_dir):
        assert_not_plain_sqlite(path)


# --- password change -----------------------------------------------------------------------------


def test_password_change_reads_with_new_and_fails_with_old(desk, vault_dir, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.auth.change_own_password(DIRECTOR_PW, NEW_PW)
    fresh = reopen(vault_dir, clock, desk)
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert not fresh.vault.is_open
    fresh.auth.sign_in(DIRECTOR, NEW_PW)
    assert usernames(fresh) == {DIRECTOR, "maria"}
    assert audit.Action.PASSWORD_CHANGED in actions(fresh)
    assert fresh.audit.verify().intact
    fresh.close()


def test_password_change_does_not_rewrite_the_database(desk, vault_dir):
    desk.close()  # fold the WAL into the database file
    before = (vault_dir / "shelter.db").read_bytes()[:4096]
    fresh = Desk.open(vault_dir, desk.clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.auth.change_own_password(DIRECTOR_PW, NEW_PW)
    fresh.close()
    # Page 1 keeps its salt: the data key did not change, only the slot.
    assert (vault_dir / "shelter.db").read_bytes()[:16] == before[:16]


def test_change_password_needs_the_current_one(desk):
    with pytest.raises(ValidationError) as caught:
        desk.auth.change_own_password("not my password at all", NEW_PW)
    assert caught.value.field == "old_password"
    with pytest.raises(ValidationError) as caught:
        desk.auth.change_own_password(DIRECTOR_PW, "short")
    assert caught.value.field == "new_password"
    with pytest.raises(ValidationError):
        desk.auth.change_own_password(DIRECTOR_PW, DIRECTOR_PW)


# --- data key rotation ---------------------------------------------------------------------------


def test_rotation_old_secrets_fail_new_ones_work_data_and_chain_intact(desk, vault_dir, tmp_path, clock, setup):
    add_staff(desk, "maria", Role.FRONT_DESK)
    add_staff(desk, "hana", Role.HOUSE_MANAGER)
    old_code = setup.recovery_code
    old_kid = key_id(desk.vault.dek)
    old_keys = (vault_dir / "shelter.keys").read_bytes()
    events_before = len(actions(desk))

    result = desk.accounts.rotate_data_key(DIRECTOR_PW)
    assert set(result.temporary_passwords) == {"maria", "hana"}
    assert result.recovery_code != old_code
    assert key_id(desk.vault.dek) != old_kid
    keys = KeysFile.load(vault_dir / "shelter.keys")
    assert keys.rotating_to is None and keys.key_ids() == {key_id(desk.vault.dek)}
    assert audit.Action.DATA_KEY_ROTATED in actions(desk)[events_before:]
    assert desk.audit.verify().intact  # the chain spans both audit key epochs

    fresh = reopen(vault_dir, clock, desk)
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in("maria", STAFF_PW)  # old staff password
    with pytest.raises(WrongRecoveryCode):
        fresh.auth.sign_in_with_recovery(old_code)  # the old sheet
    assert not fresh.vault.is_open
    who = fresh.auth.sign_in("maria", result.temporary_passwords["maria"])
    assert who.must_change_password
    fresh.auth.lock()
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert usernames(fresh) == {DIRECTOR, "maria", "hana"}
    verdict = fresh.audit.verify()
    assert verdict.intact and verdict.checked > events_before
    assert fresh.vault.db.integrity_problems() == []
    fresh.close()

    # The new recovery code works.
    fresh = Desk.open(vault_dir, clock)
    ticket = fresh.auth.sign_in_with_recovery(result.recovery_code)
    fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    fresh.close()

    # The old key file (e.g. from an old backup) no longer opens the re-encrypted database.
    (vault_dir / "shelter.keys").write_bytes(old_keys)
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(VaultDamaged) as caught:
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert_plain(caught.value)


def test_rotation_needs_the_directors_password(desk):
    kid = key_id(desk.vault.dek)
    with pytest.raises(ValidationError) as caught:
        desk.accounts.rotate_data_key("not the password at all")
    assert caught.value.field == "password"
    assert key_id(desk.vault.dek) == kid


def _crash_during_rotation(monkeypatch, desk, vault_dir, crash_copy: Path, *, after_rekey: bool) -> None:
    """Run a rotation and copy the vault files at the moment a power cut would hit."""
    real_rekey = Vault.rekey

    def rekey(self, new_dek):  # noqa: ANN001
        if after_rekey:
            real_rekey(self, new_dek)
        snapshot(vault_dir, crash_copy)
        raise RuntimeError("power cut")

    monkeypatch.setattr(Vault, "rekey", rekey)
    with pytest.raises(RuntimeError):
        desk.accounts.rotate_data_key(DIRECTOR_PW)
    monkeypatch.setattr(Vault, "rekey", real_rekey)


def test_rotation_interrupted_before_rekey_rolls_back(monkeypatch, desk, vault_dir, tmp_path, clock, setup):
    add_staff(desk, "maria", Role.FRONT_DESK)
    old_kid = key_id(desk.vault.dek)
    crash = tmp_path / "crash"
    _crash_during_rotation(monkeypatch, desk, vault_dir, crash, after_rekey=False)
    keys = KeysFile.load(crash / "shelter.keys")
    assert keys.rotating_to is not None and keys.rotating_to != old_kid
    assert len(keys.key_ids()) == 2 and len(keys.macs) == 2  # both slot sets, sealed for both keys

    # In the running program, the failed rotation put the key file back at once.
    live = KeysFile.load(vault_dir / "shelter.keys")
    assert live.rotating_to is None and live.key_ids() == {old_kid}

    fresh = Desk.open(crash, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    report = fresh.pending_open_report
    assert report.rotation_rolled_back and not report.rotation_finished and not report.keys_file_changed
    assert key_id(fresh.vault.dek) == old_kid
    keys = KeysFile.load(crash / "shelter.keys")
    assert keys.rotating_to is None and keys.key_ids() == {old_kid}
    assert usernames(fresh) == {DIRECTOR, "maria"}
    assert fresh.audit.verify().intact
    assert fresh.vault.db.integrity_problems() == []
    fresh.auth.lock()
    fresh.auth.sign_in("maria", STAFF_PW)  # her old password still works
    fresh.close()
    fresh = Desk.open(crash, clock)
    fresh.auth.sign_in_with_recovery(setup.recovery_code)  # so does the old sheet
    fresh.close()


def test_rotation_interrupted_after_rekey_finishes(monkeypatch, desk, vault_dir, tmp_path, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    old_kid = key_id(desk.vault.dek)
    crash = tmp_path / "crash"
    _crash_during_rotation(monkeypatch, desk, vault_dir, crash, after_rekey=True)
    keys = KeysFile.load(crash / "shelter.keys")
    new_kid = keys.rotating_to
    assert new_kid not in (None, old_kid) and keys.key_ids() == {old_kid, new_kid}
    desk.close()

    fresh = Desk.open(crash, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)  # the director's password is in both slot sets
    report = fresh.pending_open_report
    assert report.rotation_finished and not report.rotation_rolled_back and not report.keys_file_changed
    assert key_id(fresh.vault.dek) == new_kid
    keys = KeysFile.load(crash / "shelter.keys")
    assert keys.rotating_to is None and keys.key_ids() == {new_kid}
    assert keys.verify(fresh.vault.dek)
    assert usernames(fresh) == {DIRECTOR, "maria"}
    rows = actions(fresh)
    assert rows.count(audit.Action.DATA_KEY_ROTATED) == 2  # the change and "was finished"
    assert fresh.audit.verify().intact
    assert fresh.vault.db.integrity_problems() == []
    # Maria's temporary password was never shown; the director resets it.
    maria = next(a for a in fresh.accounts.list() if a.username == "maria")
    temp = fresh.accounts.reset_password(maria.id)
    fresh.auth.lock()
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in("maria", STAFF_PW)
    assert fresh.auth.sign_in("maria", temp).must_change_password
    fresh.close()


def test_staff_first_after_an_interrupted_rekey_changes_nothing(monkeypatch, desk, vault_dir, tmp_path, clock):
    """Maria's old slot opens the old key, which no longer opens the re-encrypted database.

    She gets a plain error and nothing is changed or dropped; the director's sign-in
    then finishes the rotation as usual.
    """
    add_staff(desk, "maria", Role.FRONT_DESK)
    crash = tmp_path / "crash"
    _crash_during_rotation(monkeypatch, desk, vault_dir, crash, after_rekey=True)
    keys_before = (crash / "shelter.keys").read_bytes()
    fresh = Desk.open(crash, clock)
    with pytest.raises(RotationUnfinished) as caught:
        fresh.auth.sign_in("maria", STAFF_PW)
    assert_plain(caught.value)
    assert "Do not restore a backup" in caught.value.message
    assert not fresh.vault.is_open
    assert (crash / "shelter.keys").read_bytes() == keys_before
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert fresh.pending_open_report.rotation_finished
    assert usernames(fresh) == {DIRECTOR, "maria"}
    fresh.close()


def test_rotation_left_behind_on_disk_by_the_crash_also_reopens(monkeypatch, desk, vault_dir, tmp_path, clock):
    """Not a copy: the very files the interrupted program left (after the rekey)."""
    crash = tmp_path / "crash"
    _crash_during_rotation(monkeypatch, desk, vault_dir, crash, after_rekey=True)
    assert KeysFile.load(vault_dir / "shelter.keys").rotating_to is not None
    fresh = reopen(vault_dir, clock, desk)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert fresh.pending_open_report.rotation_finished
    assert fresh.audit.verify().intact
    fresh.close()


# --- the key file's seal -------------------------------------------------------------------------


def test_slot_added_by_hand_is_reported(desk, vault_dir, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.close()
    path = vault_dir / "shelter.keys"
    data = json.loads(path.read_text())
    extra = dict(next(s for s in data["slots"] if s["username"] == "maria"))
    extra["id"] = secrets.token_hex(16)
    data["slots"].append(extra)
    path.write_text(json.dumps(data, indent=1))

    fresh = Desk.open(vault_dir, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert fresh.pending_open_report.keys_file_changed
    rows = fresh.audit.events()
    changed = [r for r in rows if r.action == audit.Action.KEYS_FILE_CHANGED]
    assert len(changed) == 1 and changed[0].severity == audit.HIGH
    # The copied slot opens nothing (its id is part of what its key protects).
    assert fresh.vault.try_slots([s for s in fresh.vault.keys.slots if s.slot_id == extra["id"]],
                                 b"violet canyon pepper drum") == []
    fresh.close()

    # Reported once; the next opening is quiet again.
    fresh = Desk.open(vault_dir, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert not fresh.pending_open_report.keys_file_changed
    fresh.close()


def test_edited_slot_username_does_not_let_anyone_in(desk, vault_dir, clock):
    """Renaming the director's slot to another user's name: the wrap fails (name is sealed in)."""
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.close()
    path = vault_dir / "shelter.keys"
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["username"] == DIRECTOR:
            slot["username"] = "maria"
    path.write_text(json.dumps(data))
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in("maria", DIRECTOR_PW)
    assert not fresh.vault.is_open


# --- recovery code -------------------------------------------------------------------------------


def _passes_check(typed: str) -> bool:
    try:
        recovery.normalize(typed)
    except RecoveryCodeTypo:
        return False
    return True


def test_recovery_code_typo_and_wrong_code_say_different_things(desk, vault_dir, clock, setup):
    fresh = reopen(vault_dir, clock, desk)
    code = setup.recovery_code
    # The check catches 1023 typos in 1024; pick one it catches, so the test is not random.
    typos = (code[:3] + ch + code[4:] for ch in recovery.ALPHABET if ch != code[3])
    typo = next(t for t in typos if not _passes_check(t))
    with pytest.raises(RecoveryCodeTypo) as caught_typo:
        fresh.auth.sign_in_with_recovery(typo)
    with pytest.raises(RecoveryCodeTypo):
        fresh.auth.sign_in_with_recovery(code[:-6])  # a group missing
    with pytest.raises(WrongRecoveryCode) as caught_wrong:
        fresh.auth.sign_in_with_recovery(recovery.new_code())  # well formed, not ours
    assert_plain(caught_typo.value)
    assert_plain(caught_wrong.value)
    assert caught_typo.value.message != caught_wrong.value.message
    assert not fresh.vault.is_open
    fresh.close()


def test_recovery_code_is_forgiving_forces_a_new_password_and_is_audited(desk, vault_dir, clock, setup):
    fresh = reopen(vault_dir, clock, desk)
    typed = "  " + setup.recovery_code.lower().replace("-", " ") + " "
    ticket = fresh.auth.sign_in_with_recovery(typed)
    assert ticket.directors == [(DIRECTOR, "Dana Director")]
    # Nobody is signed in until a new director password is set.
    assert fresh.current is None
    with pytest.raises(NotSignedIn):
        fresh.accounts.list()
    with pytest.raises(ValidationError):
        fresh.auth.finish_recovery(ticket, DIRECTOR, "short")
    who = fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    assert who.role is Role.DIRECTOR and not who.must_change_password
    used = fresh.audit.events(limit=50)
    recovery_rows = [r for r in used if r.action == audit.Action.RECOVERY_CODE_USED]
    assert len(recovery_rows) == 1 and recovery_rows[0].severity == audit.HIGH
    assert any(r.action == audit.Action.PASSWORD_CHANGED and r.severity == audit.HIGH for r in used)
    # The ticket is single-use.
    with pytest.raises(NotSignedIn):
        fresh.auth.finish_recovery(ticket, DIRECTOR, "another long pass phrase")
    fresh = reopen(vault_dir, clock, fresh)
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.auth.sign_in(DIRECTOR, NEW_PW)
    assert fresh.audit.verify().intact
    fresh.close()


def test_recovery_code_o_and_i_are_read_as_digits():
    code = recovery.new_code()
    mangled = code.replace("0", "O").replace("1", "I")
    assert recovery.normalize(mangled) == recovery.normalize(code)


# --- the Argon2 floor ----------------------------------------------------------------------------


def test_production_refuses_parameters_under_the_floor():
    kdf.disable_test_profile()
    try:
        for weak in (KdfParams(2, 65536, 4), KdfParams(3, 65535, 4), KdfParams(3, 65536, 3),
                     kdf.TEST_PARAMS):
            with pytest.raises(WeakKeyParameters) as caught:
                kdf.check(weak)
            assert_plain(caught.value)
            with pytest.raises(WeakKeyParameters):
                kdf.derive(b"secret", b"\0" * 16, weak)
        kdf.check(kdf.FLOOR)
        kdf.check(KdfParams(5, 65536, 4))
        assert kdf.default_params() == kdf.FLOOR
    finally:
        kdf.enable_test_profile()


def test_production_refuses_a_vault_with_weak_slots(desk, vault_dir, clock):
    fresh = reopen(vault_dir, clock, desk)
    kdf.disable_test_profile()
    try:
        with pytest.raises(WeakKeyParameters) as caught:
            fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        assert_plain(caught.value)
        assert not fresh.vault.is_open
        with pytest.raises(ShelterDeskError):
            create_vault(vault_dir.parent / "weak", shelter_name=SHELTER, username=DIRECTOR,
                         display_name="D", password=DIRECTOR_PW, params=kdf.TEST_PARAMS, clock=clock)
        assert not (vault_dir.parent / "weak").exists()
    finally:
        kdf.enable_test_profile()
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.close()


# --- atomic writes -------------------------------------------------------------------------------


def test_key_file_writes_leave_no_temp_files(desk, vault_dir, clock, monkeypatch):
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.accounts.new_recovery_code(DIRECTOR_PW)
    desk.accounts.rotate_data_key(DIRECTOR_PW)
    desk.auth.change_own_password(DIRECTOR_PW, NEW_PW)
    names = {p.name for p in vault_dir.iterdir()}
    assert not [n for n in names if n.endswith(".tmp") or n.startswith(".")], names
    assert json.loads((vault_dir / "shelter.keys").read_text())["format"] == "shelter-desk-keys"

    # A write that fails half-way keeps the old file and leaves no temp file either.
    before = (vault_dir / "shelter.keys").read_bytes()
    import shelter_desk.files as files

    def broken_replace(src, dst):  # noqa: ANN001
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError):
        desk.auth.change_own_password(NEW_PW, DIRECTOR_PW)
    monkeypatch.undo()
    assert (vault_dir / "shelter.keys").read_bytes() == before
    assert not [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    fresh = reopen(vault_dir, clock, desk)
    fresh.auth.sign_in(DIRECTOR, NEW_PW)
    fresh.close()


def test_rotation_failing_after_the_rekey_keeps_the_new_slots(monkeypatch, desk, vault_dir, clock):
    """The database is under the new key when reopening it fails: the key file must keep
    the new slots (putting the old ones back would leave no slot that opens the data)."""
    add_staff(desk, "maria", Role.FRONT_DESK)
    old_kid = key_id(desk.vault.dek)
    real_database = Database

    def reopen_fails(path, dek):  # noqa: ANN001, ANN202
        if key_id(dek) != old_kid:
            raise OSError(28, "No space left on device")
        return real_database(path, dek)

    monkeypatch.setattr("shelter_desk.storage.vault.Database", reopen_fails)
    with pytest.raises(OSError):
        desk.accounts.rotate_data_key(DIRECTOR_PW)
    monkeypatch.undo()
    keys = KeysFile.load(vault_dir / "shelter.keys")
    assert len(keys.key_ids()) == 2 and keys.rotating_to not in (None, old_kid)
    fresh = reopen(vault_dir, clock, desk)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert fresh.pending_open_report.rotation_finished
    assert usernames(fresh) == {DIRECTOR, "maria"}
    assert fresh.audit.verify().intact
    fresh.close()


def test_a_lock_during_the_rekey_waits_for_it_instead_of_calling_the_vault_damaged(monkeypatch, desk):
    """The key change runs on a worker thread; the screen may lock (UI thread) meanwhile."""
    import threading
    import time

    add_staff(desk, "maria", Role.FRONT_DESK)
    old_kid = key_id(desk.vault.dek)
    real_database = Database
    rekeyed = threading.Event()

    def slow_reopen(path, dek):  # noqa: ANN001, ANN202
        if key_id(dek) != old_kid:  # the file is under the new key; reopening takes a moment
            rekeyed.set()
            time.sleep(0.3)
        return real_database(path, dek)

    monkeypatch.setattr("shelter_desk.storage.vault.Database", slow_reopen)
    results: dict[str, object] = {}
    worker = threading.Thread(target=lambda: results.update(r=desk.accounts.rotate_data_key(DIRECTOR_PW)))
    worker.start()
    assert rekeyed.wait(20)
    desk.auth.lock(reason="Ctrl+L")  # must neither fail nor write under the old key
    worker.join(20)
    assert "r" in results
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    rows = actions(desk)
    assert rows[-4:] == [audit.Action.DATA_KEY_ROTATED, audit.Action.BACKUP_MADE,  # the backup under the new key
                         audit.Action.LOCK, audit.Action.UNLOCK]
    assert desk.audit.verify().intact
