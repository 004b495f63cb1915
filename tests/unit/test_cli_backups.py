"""``shelter-desk backup``, ``restore`` and ``verify``, run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import keyring
import pytest

from shelter_desk import audit
from shelter_desk.crypto import kdf
from shelter_desk.desk import Desk
from shelter_desk.permissions import Role
from shelter_desk.services.setup import create_vault
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, MemoryKeyring, add_staff
from tests.unit.vaulttools import REPO

NEW_PW = "copper meadow evening tide"


def run(*args, env_extra=None, timeout=180):  # noqa: ANN001, ANN002, ANN201
    env = dict(os.environ)
    for name in ("SHELTER_DESK_PASSWORD", "SHELTER_DESK_VAULT", "SHELTER_DESK_RECOVERY_CODE",
                 "SHELTER_DESK_NEW_PASSWORD"):
        env.pop(name, None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # a PC with no credential store
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "shelter_desk", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, stdin=subprocess.DEVNULL, cwd=str(REPO))


@pytest.fixture
def plain_vault(tmp_path, clock):  # noqa: ANN001, ANN201
    """A vault whose sign-ins are password-only (made on a PC with no credential store), as the child sees it.

    The child process runs with the production Argon2 floor, so the vault is made with it too.
    """
    from tests.conftest import NoKeyring

    keyring.set_keyring(NoKeyring())
    result = create_vault(tmp_path / "vault", shelter_name="Harbor House", username=DIRECTOR,
                          display_name="Dana", password=DIRECTOR_PW, clock=clock, params=kdf.FLOOR)
    add_staff(result.desk, "maria", Role.FRONT_DESK)
    result.desk.close()
    return tmp_path / "vault", result.recovery_code


def one_line_error(out) -> str:  # noqa: ANN001
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


def test_backup_then_verify_then_restore_on_another_pc(plain_vault, tmp_path, clock):
    vault, code = plain_vault
    usb = tmp_path / "usb"
    usb.mkdir()
    out = run("backup", "--vault", str(vault), "--user", DIRECTOR, "--to", str(usb),
              env_extra={"SHELTER_DESK_PASSWORD": DIRECTOR_PW})
    assert out.returncode == 0, out.stderr
    files = list(usb.iterdir())
    assert len(files) == 1 and files[0].name.startswith("Harbor-House-") and "verified" in out.stdout

    out = run("verify", "--vault", str(vault), "--user", DIRECTOR, env_extra={"SHELTER_DESK_PASSWORD": DIRECTOR_PW})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert [x.split()[0] for x in lines[:4]] == ["ok"] * 4 and lines[-1] == "The vault is healthy."

    target = tmp_path / "new-pc" / "vault"
    out = run("restore", "--from", str(files[0]), "--vault", str(target),
              env_extra={"SHELTER_DESK_RECOVERY_CODE": code, "SHELTER_DESK_NEW_PASSWORD": NEW_PW})
    assert out.returncode == 0, out.stderr
    assert "Restored the backup made" in out.stdout and "Director director has a new password" in out.stdout
    desk = Desk.open(target, clock)
    try:
        desk.auth.sign_in(DIRECTOR, NEW_PW)
        actions = [e.action for e in desk.audit.events()]
        assert audit.Action.BACKUP_RESTORED in actions and audit.Action.RECOVERY_CODE_USED in actions
        # Only directors travel in a backup to outside media: the others need a new password.
        infos = {a.username: a.can_sign_in_here for a in desk.accounts.list()}
        assert infos == {DIRECTOR: True, "maria": False}
    finally:
        desk.close()


def test_backup_to_a_file_name_and_never_over_a_file(plain_vault, tmp_path):
    vault, _ = plain_vault
    dest = tmp_path / "evening.sdbackup"
    env = {"SHELTER_DESK_PASSWORD": DIRECTOR_PW}
    assert run("backup", "--vault", str(vault), "--user", DIRECTOR, "--to", str(dest), env_extra=env).returncode == 0
    assert dest.is_file()
    before = dest.read_bytes()
    line = one_line_error(run("backup", "--vault", str(vault), "--user", DIRECTOR, "--to", str(dest), env_extra=env))
    assert "already there" in line
    assert dest.read_bytes() == before
    line = one_line_error(run("backup", "--vault", str(vault), "--user", DIRECTOR,
                              "--to", str(tmp_path / "gone" / "x.sdbackup"), env_extra=env))
    assert "not there any more" in line


def test_front_desk_cannot_back_up_or_verify(plain_vault, tmp_path):
    vault, _ = plain_vault
    env = {"SHELTER_DESK_PASSWORD": STAFF_PW}
    line = one_line_error(run("backup", "--vault", str(vault), "--user", "maria", "--to", str(tmp_path), env_extra=env))
    assert "not allowed to make or restore backups" in line
    line = one_line_error(run("verify", "--vault", str(vault), "--user", "maria", env_extra=env))
    assert "not allowed" in line
    assert not list(tmp_path.glob("*.sdbackup"))


def test_restore_faults_are_one_sentence_and_change_nothing(tmp_path, clock):
    keyring.set_keyring(MemoryKeyring())  # this PC's store: the child process cannot see it
    result = create_vault(tmp_path / "vault", shelter_name="Harbor House", username=DIRECTOR,
                          display_name="Dana", password=DIRECTOR_PW, clock=clock, params=kdf.FLOOR)
    path = result.desk.backups.back_up_to(tmp_path).path
    result.desk.close()
    target = tmp_path / "target"
    cases = [
        ({"SHELTER_DESK_PASSWORD": DIRECTOR_PW, "SHELTER_DESK_NEW_PASSWORD": NEW_PW}, "use the recovery code"),
        ({"SHELTER_DESK_RECOVERY_CODE": "0" * 30, "SHELTER_DESK_NEW_PASSWORD": NEW_PW}, "typing mistake"),
        ({"SHELTER_DESK_RECOVERY_CODE": result.recovery_code}, "No new director password given"),
        ({}, "No recovery code or password given"),
    ]
    for env, words in cases:
        line = one_line_error(run("restore", "--from", str(path), "--vault", str(target), env_extra=env))
        assert words in line, line
    truncated = tmp_path / "cut.sdbackup"
    truncated.write_bytes(path.read_bytes()[:5000])
    line = one_line_error(run("restore", "--from", str(truncated), "--vault", str(target),
                              env_extra={"SHELTER_DESK_RECOVERY_CODE": result.recovery_code,
                                         "SHELTER_DESK_NEW_PASSWORD": NEW_PW}))
    assert "damaged or incomplete" in line
    assert not target.exists()
    assert json.loads((tmp_path / "vault" / "shelter.keys").read_text())["format"] == "shelter-desk-keys"
