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
