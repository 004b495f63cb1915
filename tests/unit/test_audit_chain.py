"""The hash-chained audit trail: same-transaction writes, tamper detection, UTC, no secrets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from shelter_desk import audit
from shelter_desk.clock import parse_utc_iso
from shelter_desk.crypto.keyslots import KeysFile
from shelter_desk.desk import Desk
from shelter_desk.errors import VaultDamaged
from shelter_desk.permissions import Role
from shelter_desk.storage.models import Account, AuditEvent, Setting
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff

NEW_PW = "harvest copper window seven"


def count_events(desk: Desk) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)))


def last_action(desk: Desk) -> str:
    with desk.read() as session:
        return session.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1))


def tamper(desk: Desk, *statements: str) -> None:
    with desk.write() as session:
        for sql in statements:
            session.execute(text(sql))


def chain_of(desk: Desk, n: int) -> None:
    for i in range(n):
        desk.settings.set_idle_lock_minutes(1 + i % 30)


# --- same transaction ---------------------------------------------------------------------------


def test_each_service_change_writes_its_event(desk, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    maria = {a.username: a.id for a in desk.accounts.list()}["maria"]
    steps = [
        (lambda: desk.accounts.add("hana", "Hana", Role.FRONT_DESK), audit.Action.ACCOUNT_CREATED),
        (lambda: desk.accounts.set_role(maria, Role.HOUSE_MANAGER), audit.Action.ACCOUNT_ROLE_CHANGED),
        (lambda: desk.accounts.reset_password(maria), audit.Action.ACCOUNT_PASSWORD_RESET),
        (lambda: desk.accounts.disable(maria), audit.Action.ACCOUNT_DISABLED),
        (lambda: desk.accounts.enable(maria), audit.Action.ACCOUNT_ENABLED),
        (lambda: desk.accounts.new_recovery_code(DIRECTOR_PW), audit.Action.DATA_KEY_ROTATED),
        # (the key change is followed by its fresh backup, audited on its own)
        (lambda: desk.accounts.rotate_data_key(DIRECTOR_PW), (audit.Action.DATA_KEY_ROTATED, audit.Action.BACKUP_MADE)),
        (lambda: desk.settings.set_idle_lock_minutes(9), audit.Action.SETTINGS_CHANGED),
        (lambda: desk.audit.opened(), audit.Action.AUDIT_VIEWED),
        (lambda: desk.audit.verify(), audit.Action.AUDIT_VERIFIED),
        (lambda: desk.auth.change_own_password(DIRECTOR_PW, NEW_PW), audit.Action.PASSWORD_CHANGED),
        (lambda: desk.auth.lock(), audit.Action.LOCK),
        (lambda: desk.auth.sign_in(DIRECTOR, NEW_PW), audit.Action.UNLOCK),
    ]
    for run, action in steps:
        actions = action if isinstance(action, tuple) else (action,)
        before = count_events(desk)
        run()
        assert count_events(desk) == before + len(actions), action
        assert last_action(desk) == actions[-1]
    assert desk.audit.verify().intact


def test_a_failed_key_file_save_leaves_no_account_and_no_event(desk, vault_dir, monkeypatch):
    keys_before = (vault_dir / "shelter.keys").read_bytes()
    slots_before = list(desk.vault.keys.slots)
    events_before = count_events(desk)

    def broken(self, path):  # noqa: ANN001
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(KeysFile, "save", broken)
    with pytest.raises(OSError):
        desk.accounts.add("maria", "Maria", Role.FRONT_DESK)
    monkeypatch.undo()
    with desk.read() as session:
        assert session.scalars(select(Account).where(Account.username == "maria")).first() is None
    assert count_events(desk) == events_before
    assert (vault_dir / "shelter.keys").read_bytes() == keys_before
    assert desk.vault.keys.slots == slots_before
    # Afterwards the same change goes through normally.
    desk.accounts.add("maria", "Maria", Role.FRONT_DESK)
    assert desk.audit.verify().intact


def test_a_failed_audit_write_leaves_the_change_undone(desk, monkeypatch):
    real = audit.record

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003
        real(*args, **kwargs)
        raise RuntimeError("disk died after the event")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        desk.settings.set_idle_lock_minutes(20)
    monkeypatch.undo()
    assert desk.settings.idle_lock_minutes() == 5
    with desk.read() as session:
        assert session.get(Setting, "idle_lock_minutes").value == "5"
    assert desk.audit.verify().intact


# --- tamper detection ---------------------------------------------------------------------------


@pytest.fixture
def chained(desk) -> Desk:
    chain_of(desk, 8)
    assert desk.audit.verify().intact
    return desk


def test_edited_summary_is_found(chained):
    tamper(chained, "UPDATE audit_event SET summary = 'nothing happened' WHERE id = 5")
    result = chained.audit.verify()
    assert not result.intact and result.broken_at == 5 and result.checked == 4
    assert result.reason


@pytest.mark.parametrize(("column", "value"), [
    ("actor_name", "'someone else'"), ("action", "'session.lock'"), ("at", "'2020-01-01T00:00:00.000000Z'"),
    ("severity", "'high'"), ("entity_id", "'42'"), ("key_epoch", "2"),
])
def test_any_edited_column_is_found(chained, column, value):
    with chained.read() as session:
        current = session.execute(text(f"SELECT {column} FROM audit_event WHERE id = 6")).scalar()
    assert str(current) != value.strip("'")
    tamper(chained, f"UPDATE audit_event SET {column} = {value} WHERE id = 6")
    result = chained.audit.verify()
    assert not result.intact and result.broken_at == 6


def test_deleted_event_is_found(chained):
    tamper(chained, "DELETE FROM audit_event WHERE id = 4")
    result = chained.audit.verify()
    assert not result.intact and result.broken_at == 4 and "missing" in result.reason


def test_renumbered_events_are_found(chained):
    # Delete event 4 and close the gap, as someone hiding an event would.
    tamper(chained, "DELETE FROM audit_event WHERE id = 4",
           "UPDATE audit_event SET id = id - 1 WHERE id > 4")
    result = chained.audit.verify()
    assert not result.intact and result.broken_at == 4


def test_swapped_events_are_found(chained):
    tamper(chained, "UPDATE audit_event SET id = -5 WHERE id = 5",
           "UPDATE audit_event SET id = 5 WHERE id = 6",
           "UPDATE audit_event SET id = 6 WHERE id = -5")
    result = chained.audit.verify()
    assert not result.intact and result.broken_at == 5


def test_edited_mac_is_found(chained):
    tamper(chained, "UPDATE audit_event SET mac = '" + "0" * 64 + "' WHERE id = 7")
    result = chained.audit.verify()
    assert not result.intact and result.broken_at == 7


def test_recomputed_mac_without_the_key_is_found(chained):
    """Editing an event and "fixing" its MAC with a guessed key breaks the next link."""
    import hashlib
    import hmac

    with chained.read() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    prev = bytes.fromhex(events[2].mac)
    event = events[3]
    event.summary = "edited"
    forged = hmac.new(b"guess" * 8, prev + audit.canonical(event), hashlib.sha256).hexdigest()
    tamper(chained, f"UPDATE audit_event SET summary = 'edited', mac = '{forged}' WHERE id = 4")
    assert chained.audit.verify().broken_at == 4


def test_missing_audit_key_is_found(chained):
    tamper(chained, "DELETE FROM audit_key")
    with chained.read() as session:
        result = audit.verify(session)
    assert not result.intact and result.broken_at == 1
    # Nothing more can be recorded without an audit key: a plain "damaged" error, not a crash.
    with pytest.raises(VaultDamaged):
        chained.audit.verify()


def test_broken_chain_is_itself_recorded(chained):
    tamper(chained, "UPDATE audit_event SET summary = 'x' WHERE id = 3")
    chained.audit.verify()
    rows = chained.audit.events(limit=1)
    assert rows[0].action == audit.Action.AUDIT_VERIFIED
    assert rows[0].severity == audit.HIGH and "3" in rows[0].summary


# --- times and contents -------------------------------------------------------------------------


def test_event_times_are_utc(desk, clock):
    clock.set(datetime(2026, 1, 5, 11, 30, tzinfo=timezone(timedelta(hours=2))))  # a local time
    desk.settings.set_idle_lock_minutes(12)
    with desk.read() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    for row in rows:
        assert row.at.endswith("Z")
        parse_utc_iso(row.at)
    assert rows[-1].at == "2026-01-05T09:30:00.000000Z"
    assert parse_utc_iso(rows[-1].at) == datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def test_no_password_ever_reaches_the_audit_trail(desk, clock):
    secrets_seen = {DIRECTOR_PW, STAFF_PW, NEW_PW}
    add_staff(desk, "maria", Role.FRONT_DESK)
    temp = desk.accounts.add("hana", "Hana", Role.HOUSE_MANAGER)
    secrets_seen.add(temp)
    hana = {a.username: a.id for a in desk.accounts.list()}["hana"]
    secrets_seen.add(desk.accounts.reset_password(hana))
    desk.accounts.disable(hana)
    secrets_seen.add(desk.accounts.enable(hana))
    secrets_seen.add(desk.accounts.new_recovery_code(DIRECTOR_PW))
    rotation = desk.accounts.rotate_data_key(DIRECTOR_PW)
    secrets_seen.add(rotation.recovery_code)
    secrets_seen.update(rotation.temporary_passwords.values())
    desk.auth.lock()
    for wrong in ("my-wrong-guess-1", "other wrong guess 2"):
        secrets_seen.add(wrong)
        with pytest.raises(Exception):  # noqa: B017
            desk.auth.sign_in(DIRECTOR, wrong)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    desk.auth.change_own_password(DIRECTOR_PW, NEW_PW)
    with desk.read() as session:
        rows = session.execute(text("SELECT * FROM audit_event")).all()
    dump = "\n".join(" ".join(str(v) for v in row) for row in rows).casefold()
    for secret in secrets_seen:
        assert secret.casefold() not in dump
        assert secret.replace("-", "").casefold() not in dump
    assert desk.audit.verify().intact


def test_a_failed_commit_puts_the_key_file_back(desk, vault_dir, monkeypatch):
    """The key file is saved before the commit; if the commit fails, the old file returns."""
    from sqlalchemy.orm import SessionTransaction

    from shelter_desk.errors import WrongPassword
    from tests.conftest import DIRECTOR, DIRECTOR_PW

    before = (vault_dir / "shelter.keys").read_bytes()

    from shelter_desk.storage.vault import Vault

    real_commit, real_save = SessionTransaction.commit, Vault.save_keys
    armed: list[bool] = []

    def save_then_arm(self):  # noqa: ANN001, ANN202
        real_save(self)
        armed.append(True)  # the key file now holds the new password

    def failing_commit(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if armed:
            raise OSError(28, "No space left on device")
        return real_commit(self, *args, **kwargs)

    monkeypatch.setattr(Vault, "save_keys", save_then_arm)
    monkeypatch.setattr(SessionTransaction, "commit", failing_commit)
    with pytest.raises(OSError):
        desk.auth.change_own_password(DIRECTOR_PW, "brand new password words")
    assert armed  # the commit failed after the key file had been written
    monkeypatch.undo()
    assert (vault_dir / "shelter.keys").read_bytes() == before
    desk.auth.lock()
    with pytest.raises(WrongPassword):
        desk.auth.sign_in(DIRECTOR, "brand new password words")
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
