"""Shared fixtures: every test gets a real SQLCipher vault in its own temporary folder.

Argon2 runs with the cheap test profile (an explicit switch production never
makes), and ``keyring`` talks to an in-memory store instead of the OS one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError  # noqa: E402

from shelter_desk.clock import ManualClock  # noqa: E402
from shelter_desk.crypto import kdf  # noqa: E402
from shelter_desk.desk import Desk  # noqa: E402
from shelter_desk.permissions import Role  # noqa: E402
from shelter_desk.services.setup import SetupResult, create_vault  # noqa: E402

SHELTER = "Harbor House"
DIRECTOR = "director"
DIRECTOR_PW = "quiet river lantern morning"
STAFF_PW = "violet canyon pepper drum"


class MemoryKeyring(KeyringBackend):
    """An OS credential store that lives in memory (one per test)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class NoKeyring(KeyringBackend):
    """A machine with no usable credential store."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no backend")


class LockedKeyring(NoKeyring):
    """A credential store that is there but locked."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


@pytest.fixture(autouse=True)
def _test_profile_and_keyring() -> Iterator[MemoryKeyring]:
    kdf.enable_test_profile()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    kdf.enable_test_profile()


@pytest.fixture
def memory_keyring(_test_profile_and_keyring: MemoryKeyring) -> MemoryKeyring:
    return _test_profile_and_keyring


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def setup(vault_dir: Path, clock: ManualClock) -> Iterator[SetupResult]:
    result = create_vault(
        vault_dir,
        shelter_name=SHELTER,
        username=DIRECTOR,
        display_name="Dana Director",
        password=DIRECTOR_PW,
        clock=clock,
    )
    yield result
    result.desk.close()


@pytest.fixture
def desk(setup: SetupResult) -> Desk:
    """A vault with its director signed in."""
    return setup.desk


def add_staff(desk: Desk, username: str, role: Role, password: str = STAFF_PW) -> str:
    """Add an account as the signed-in director and give it a real password; the director stays signed in."""
    temp = desk.accounts.add(username, username.title(), role)
    director = desk.current
    desk.auth.lock()
    desk.auth.sign_in(username, temp)
    desk.auth.change_own_password(temp, password)
    desk.auth.lock()
    desk.auth.sign_in(director.username, DIRECTOR_PW)
    return password


def reopen(vault_dir: Path, clock: ManualClock, desk: Desk | None = None) -> Desk:
    """Close the program and start it again on the same vault (nobody signed in)."""
    if desk is not None:
        desk.close()
    return Desk.open(vault_dir, clock)
