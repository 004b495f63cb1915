"""Failed sign-ins: five free tries, then 30 s doubling to 15 min, reset on success, all audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import SignInBlocked, WrongPassword, WrongRecoveryCode
from shelter_desk.permissions import Role
from shelter_desk.storage.attempts import UNKNOWN, delay_after
from shelter_desk.storage.models import AuditEvent
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen
from tests.unit.vaulttools import assert_plain

WRONG = "definitely not the password"
EXPECTED_DELAYS = [30, 60, 120, 240, 480, 900, 900, 900]


def failed_events(desk: Desk) -> list[AuditEvent]:
    with desk.read() as session:
        return list(session.scalars(
            select(AuditEvent).where(AuditEvent.action == audit.Action.SIGN_IN_FAILED).order_by(AuditEvent.id)
        ))


def test_delay_table():
    assert [delay_after(n) for n in range(5)] == [0] * 5
    assert [delay_after(n) for n in range(5, 13)] == EXPECTED_DELAYS
    assert delay_after(60) == 15 * 60


def test_five_free_tries_then_doubling_waits_capped_at_15_minutes(desk, clock):
    desk.auth.lock()
    for _ in range(4):
        with pytest.raises(WrongPassword):
            desk.auth.sign_in(DIRECTOR, WRONG)
    seen = []
    for expected in EXPECTED_DELAYS:
        with pytest.raises(SignInBlocked) as caught:
            desk.auth.sign_in(DIRECTOR, WRONG)
        assert_plain(caught.value)
        assert caught.value.wait_seconds == expected
        seen.append(caught.value.wait_seconds)
        # While blocked even the right password is not tried, and the wait counts down.
        clock.advance(expected - 1)
        with pytest.raises(SignInBlocked) as caught:
            desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        assert caught.value.wait_seconds == 1
        clock.advance(1)
    assert seen == EXPECTED_DELAYS
    assert "15 min" in SignInBlocked(900).message
    # After waiting, the right password works and the count starts again.
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert desk.vault.attempts.failures(DIRECTOR) == 0
    desk.auth.lock()
    for _ in range(4):
        with pytest.raises(WrongPassword):
            desk.auth.sign_in(DIRECTOR, WRONG)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)


def test_every_failure_is_audited(desk, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    before = len(failed_events(desk))
    desk.auth.lock()
    failures = 0
    for _ in range(7):
        with pytest.raises((WrongPassword, SignInBlocked)):
            desk.auth.sign_in("maria", WRONG)
        failures += 1
        clock.advance(15 * 60)
    with pytest.raises(SignInBlocked):
        desk.auth.sign_in("maria", WRONG)
    failures += 1
    with pytest.raises(SignInBlocked):  # refused before trying: not another failure
        desk.auth.sign_in("maria", WRONG)
    events = failed_events(desk)[before:]
    assert len(events) == failures
    assert {e.actor_name for e in events} == {"maria"}
    assert {e.severity for e in events[5:]} == {audit.HIGH}  # blocking failures stand out
    assert all(WRONG not in (e.summary or "") for e in events)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert desk.audit.verify().intact


def test_other_accounts_are_not_blocked(desk, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.auth.lock()
    for _ in range(5):
        with pytest.raises((WrongPassword, SignInBlocked)):
            desk.auth.sign_in("maria", WRONG)
    with pytest.raises(SignInBlocked):
        desk.auth.sign_in("maria", STAFF_PW)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)  # the director is not affected


def test_block_survives_a_restart(desk, vault_dir, clock):
    fresh = reopen(vault_dir, clock, desk)
    for _ in range(5):
        with pytest.raises((WrongPassword, SignInBlocked)):
            fresh.auth.sign_in(DIRECTOR, WRONG)
    fresh = reopen(vault_dir, clock, fresh)
    with pytest.raises(SignInBlocked) as caught:
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert caught.value.wait_seconds == 30
    clock.advance(30)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.close()


def test_failures_while_closed_are_queued_then_audited(desk, vault_dir, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    fresh = reopen(vault_dir, clock, desk)
    for name in (DIRECTOR, "maria", DIRECTOR):
        with pytest.raises(WrongPassword):
            fresh.auth.sign_in(name, WRONG)
        clock.advance(10)
    queued = json.loads((vault_dir / "signin.json").read_text())
    assert [p["username"] for p in queued["pending"]] == [DIRECTOR, "maria", DIRECTOR]
    assert not fresh.vault.is_open

    fresh.auth.sign_in("maria", STAFF_PW)  # any successful sign-in writes them into the trail
    queued = json.loads((vault_dir / "signin.json").read_text())
    assert queued["pending"] == []
    assert "maria" not in queued["accounts"]  # her count reset; the director's stays
    assert queued["accounts"][DIRECTOR]["failures"] == 2
    fresh.auth.lock()
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    events = [e for e in failed_events(fresh) if "while the vault was closed" in e.summary]
    assert [e.actor_name for e in events] == [DIRECTOR, "maria", DIRECTOR]
    # They keep the time they happened, and the chain still verifies.
    assert events[0].at < events[1].at < events[2].at
    assert fresh.audit.verify().intact
    fresh.close()


def test_unknown_usernames_count_but_are_never_written_down(desk, vault_dir, clock):
    fresh = reopen(vault_dir, clock, desk)
    typed_names = ["my secret pass phrase", "dana@example.org", "Directorr", "x" * 40, "someone"]
    for typed in typed_names:
        with pytest.raises((WrongPassword, SignInBlocked)) as caught:
            fresh.auth.sign_in(typed, DIRECTOR_PW)
        assert_plain(caught.value)
    # Five unknown names share one bucket: the sixth is blocked like a real account.
    with pytest.raises(SignInBlocked):
        fresh.auth.sign_in("yet another name", "whatever")
    raw = (vault_dir / "signin.json").read_text()
    for typed in typed_names:
        assert typed.casefold() not in raw.casefold()
    assert DIRECTOR_PW not in raw
    data = json.loads(raw)
    assert set(data["accounts"]) == {UNKNOWN}
    assert {p["username"] for p in data["pending"]} == {UNKNOWN}
    # The real account is not blocked by strangers' attempts.
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    with fresh.read() as session:
        rows = session.scalars(select(AuditEvent)).all()
        dump = " ".join(f"{r.actor_name} {r.summary} {r.entity_id}" for r in rows)
    for typed in typed_names:
        assert typed.casefold() not in dump.casefold()
    assert DIRECTOR_PW not in dump
    assert sum(1 for r in rows if r.action == audit.Action.SIGN_IN_FAILED and r.actor_name == UNKNOWN) == 5
    fresh.close()


def test_wrong_recovery_codes_are_backed_off_too(desk, vault_dir, clock):
    from shelter_desk.crypto import recovery

    fresh = reopen(vault_dir, clock, desk)
    for _ in range(4):
        with pytest.raises(WrongRecoveryCode):
            fresh.auth.sign_in_with_recovery(recovery.new_code())
    with pytest.raises(SignInBlocked) as caught:
        fresh.auth.sign_in_with_recovery(recovery.new_code())
    assert caught.value.wait_seconds == 30
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)  # the director's own password is a separate count
    fresh.close()


def test_damaged_counter_file_starts_fresh(desk, vault_dir, clock):
    fresh = reopen(vault_dir, clock, desk)
    (vault_dir / "signin.json").write_text("{not json")
    fresh = reopen(vault_dir, clock, fresh)
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in(DIRECTOR, WRONG)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.close()


@pytest.mark.parametrize("content", [
    {"accounts": {DIRECTOR: {"failures": 6, "blocked_until": "not a time"}}, "pending": []},
    {"accounts": [], "pending": []},
    {"accounts": {DIRECTOR: 5}, "pending": {}},
    {"accounts": {DIRECTOR: {"failures": "many"}}},
])
def test_counter_file_with_wrong_types_starts_fresh(desk, vault_dir, clock, content):
    fresh = reopen(vault_dir, clock, desk)
    (vault_dir / "signin.json").write_text(json.dumps(content))
    fresh = reopen(vault_dir, clock, fresh)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.close()
