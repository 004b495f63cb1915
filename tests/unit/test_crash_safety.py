"""Kill -9 of a writing process at random moments: nothing committed is lost, and the
database, the audit chain and the key file all check out afterwards."""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import keyring
import pytest

from shelter_desk.crypto.keyslots import KeysFile
from shelter_desk.desk import Desk
from shelter_desk.services.setup import create_vault
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, NoKeyring
from tests.unit.vaulttools import committed_lines, start_writer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 5


def kill_writer_after(vault_dir, prefix: str, delay: float) -> list[tuple[str, str]]:  # noqa: ANN001
    """Start a writer, let it add accounts for ``delay`` seconds, SIGKILL it; what it committed."""
    child = start_writer(vault_dir, DIRECTOR, DIRECTOR_PW, prefix, f"Crash test {prefix}")
    try:
        ready = child.stdout.readline()
        assert ready.strip() == b"ready", child.stderr.read().decode()
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        output = child.stdout.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return committed_lines(output)


def check_vault(vault_dir, clock, committed: dict[str, str], rounds_done: int) -> None:  # noqa: ANN001
    keys = KeysFile.load(vault_dir / "shelter.keys")  # loads (atomic writes: never half a file)
    desk = Desk.open(vault_dir, clock)
    try:
        desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        report = desk.pending_open_report
        assert report is None or not report.keys_file_changed
        assert keys.verify(desk.vault.dek)  # the seal matches: no half-done key file change
        names = {a.username for a in desk.accounts.list()}
        missing = set(committed) - names
        assert not missing, f"committed accounts lost: {sorted(missing)}"
        assert desk.vault.db.integrity_problems() == []
        verdict = desk.audit.verify()
        assert verdict.intact, verdict
        created = [e for e in desk.audit.events(limit=100_000) if e.action == "account.created"]
        assert len(created) == len(names)  # one event per account (the director's at setup)
        # Every account in the database has its key slot (the slot is written before the commit);
        # at most one slot per kill may belong to an account whose commit did not happen.
        slot_names = {s.username for s in desk.vault.keys.slots if s.username}
        assert names <= slot_names
        assert len(slot_names - names) <= rounds_done
    finally:
        desk.close()
    # The newest committed account can sign in with the password it was given.
    if committed:
        last = max(committed, key=lambda n: (n.split("n")[0], int(n.split("n")[1])))
        desk = Desk.open(vault_dir, clock)
        try:
            assert desk.auth.sign_in(last, committed[last]).must_change_password
        finally:
            desk.close()


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_nothing_committed(vault_dir, clock):
    keyring.set_keyring(NoKeyring())  # the child has no credential store: password-only sign-ins
    create_vault(vault_dir, shelter_name=SHELTER, username=DIRECTOR, display_name="Dana Director",
                 password=DIRECTOR_PW, clock=clock).desk.close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    committed: dict[str, str] = {}
    for round_no in range(ROUNDS):
        delay = rng.uniform(0.2, 1.5)
        got = kill_writer_after(vault_dir, f"r{round_no}n", delay)
        committed.update(got)
        check_vault(vault_dir, clock, committed, round_no + 1)
    assert len(committed) >= ROUNDS, f"the writer barely wrote anything (seed {seed})"


# --- the newer records: residents, notes, supplies, plans, incidents, appointments ---------------

RECORD_KILLS = 100  # with ROUNDS above, over a hundred kills in the suite; forked, so about 0.3 s each
CHECK_EVERY = 20


def _kill_records_writer(ctx, vault_dir, log, tag: str, delay: float) -> None:  # noqa: ANN001
    from tests.unit.crash_records_child import write_forever

    start = log.stat().st_size if log.exists() else 0
    child = ctx.Process(target=write_forever, args=(str(vault_dir), DIRECTOR_PW, str(log), tag), daemon=True)
    child.start()
    deadline = time.monotonic() + 30
    while b"ready\n" not in (log.read_bytes()[start:] if log.exists() else b""):
        assert child.is_alive() and time.monotonic() < deadline, f"the writer did not start (exit {child.exitcode})"
        time.sleep(0.01)
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.join(timeout=30)
    assert child.exitcode == -signal.SIGKILL


def _committed_records(log) -> dict[str, set[int]]:  # noqa: ANN001
    found: dict[str, set[int]] = {}
    for line in log.read_bytes().decode().split("\n")[:-1]:  # a last line cut by the kill is not counted
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            found.setdefault(parts[0], set()).add(int(parts[1]))
    return found


def _check_records(vault_dir, committed: dict[str, set[int]]) -> None:  # noqa: ANN001
    desk = Desk.open(vault_dir)
    try:
        desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        assert desk.vault.db.integrity_problems() == []
        verdict = desk.audit.verify()
        assert verdict.intact, verdict
        with desk.read() as session:
            for table, ids in committed.items():
                have = {r[0] for r in session.connection().exec_driver_sql(f"SELECT id FROM {table}")}  # noqa: S608
                assert ids <= have, f"committed {table} rows lost: {sorted(ids - have)[:10]}"
    finally:
        desk.close()


@pytest.mark.slow
def test_kill_9_while_writing_every_newer_kind_of_record(vault_dir, tmp_path):
    import multiprocessing

    keyring.set_keyring(NoKeyring())
    setup = create_vault(vault_dir, shelter_name=SHELTER, username=DIRECTOR, display_name="Dana Director",
                         password=DIRECTOR_PW)
    setup.desk.beds.add_room("Crash room", "", 2)
    setup.desk.plans.install_default_template()
    setup.desk.close()
    # A fork server: children start in milliseconds, from a process that never opened the vault.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.unit.crash_records_child"])
    log = tmp_path / "committed.log"
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    for kill in range(RECORD_KILLS):
        _kill_records_writer(ctx, vault_dir, log, f"k{kill}", rng.uniform(0.0, 0.25))
        if (kill + 1) % CHECK_EVERY == 0:
            _check_records(vault_dir, _committed_records(log))
    committed = _committed_records(log)
    assert len(committed) == 7 and len(committed["resident"]) >= 20, f"the writer barely wrote (seed {seed})"
