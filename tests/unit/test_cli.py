"""The command line, run as a real process: plain sentences, exit codes, no tracebacks."""

import os
import subprocess
import sys

import pytest

from shelter_desk import __version__
from shelter_desk.desk import Desk
from shelter_desk.permissions import Role

PASSWORD = "amber willow kettle song"


def run(*args, password=None, timeout=120):
    env = dict(os.environ)
    env.pop("SHELTER_DESK_PASSWORD", None)
    env.pop("SHELTER_DESK_VAULT", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the real OS store
    if password is not None:
        env["SHELTER_DESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "shelter_desk", *args],
        capture_output=True, text=True, env=env, timeout=timeout, stdin=subprocess.DEVNULL,
    )


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"Shelter Desk {__version__}"


def test_self_test_passes_and_says_what_it_checked():
    out = run("self-test")
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert lines[-1] == "PASS"
    text = out.stdout
    for what in ("encrypted vault", "nothing readable on disk", "audit trail", "backup and restore",
                 "PDF printout", "SQLCipher 4"):
        assert what in text
    assert "Traceback" not in out.stderr


def test_demo_makes_three_accounts_with_the_given_password(tmp_path, clock):
    folder = tmp_path / "demo"
    out = run("demo", "--vault", str(folder), password=PASSWORD)
    assert out.returncode == 0, out.stderr
    assert PASSWORD not in out.stdout  # it says where the password came from, not the password
    expected = {"director": Role.DIRECTOR, "manager": Role.HOUSE_MANAGER, "frontdesk": Role.FRONT_DESK}
    desk = Desk.open(folder, clock)
    try:
        for username, role in expected.items():
            who = desk.auth.sign_in(username, PASSWORD)
            assert who.role is role
            assert not who.must_change_password
            desk.auth.lock()
    finally:
        desk.close()


def test_demo_prints_a_generated_password_that_works(tmp_path, clock):
    folder = tmp_path / "demo"
    out = run("demo", "--vault", str(folder))
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("Password for all three: "))
    password = line.split(": ", 1)[1]
    desk = Desk.open(folder, clock)
    try:
        assert desk.auth.sign_in("frontdesk", password).role is Role.FRONT_DESK
    finally:
        desk.close()


@pytest.mark.parametrize(
    ("args", "password", "expected"),
    [
        (("demo",), PASSWORD, "Please say where to make the demo vault"),
        (("demo", "--vault", "{tmp}/x"), "short", "Use at least 12 characters"),
    ],
)
def test_bad_input_is_one_plain_sentence(tmp_path, args, password, expected):
    out = run(*[a.format(tmp=tmp_path) for a in args], password=password)
    assert out.returncode != 0
    assert expected in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_demo_refuses_an_existing_vault(tmp_path):
    folder = tmp_path / "demo"
    assert run("demo", "--vault", str(folder), password=PASSWORD).returncode == 0
    out = run("demo", "--vault", str(folder), password=PASSWORD)
    assert out.returncode == 2
    assert out.stderr.strip() == f"A Shelter Desk vault already exists in {folder}."
