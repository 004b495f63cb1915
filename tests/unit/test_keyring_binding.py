"""Device binding through ``keyring``: bound slots, the fallbacks, and never a silent new secret."""

from __future__ import annotations

import base64
import copy
import json
import secrets

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from shelter_desk.crypto import device
from shelter_desk.desk import Desk
from shelter_desk.errors import DeviceSecretMissing, WrongPassword
from shelter_desk.permissions import Role
from shelter_desk.services.setup import create_vault
from tests.conftest import (
    DIRECTOR,
    DIRECTOR_PW,
    SHELTER,
    STAFF_PW,
    LockedKeyring,
    MemoryKeyring,
    NoKeyring,
    add_staff,
    reopen,
)
from tests.unit.vaulttools import assert_plain, copy_vault

NEW_PW = "harvest copper window seven"


def make(folder, clock):  # noqa: ANN001, ANN201
    return create_vault(folder, shelter_name=SHELTER, username=DIRECTOR, display_name="Dana Director",
                        password=DIRECTOR_PW, clock=clock)


def slot_devices(folder) -> list:  # noqa: ANN001
    return [s["device"] for s in json.loads((folder / "shelter.keys").read_text())["slots"]]


def test_setup_binds_staff_slots_but_not_the_recovery_slot(setup, vault_dir, memory_keyring):
    assert setup.binding.secret is not None and setup.binding.reason is None
    assert "MemoryKeyring" in setup.binding.backend
    stored = memory_keyring.store[(device.SERVICE, f"vault-{setup.desk.vault.keys.vault_id}")]
    assert base64.b64decode(stored) == setup.binding.secret
    keys = json.loads((vault_dir / "shelter.keys").read_text())
    kinds = {s["kind"]: s["device"] for s in keys["slots"]}
    assert kinds["staff"].startswith("tests.conftest.MemoryKeyring#")
    assert kinds["recovery"] is None
    # The secret itself is never in the key file.
    assert stored not in (vault_dir / "shelter.keys").read_text()
    status = setup.desk.settings.security_status()
    assert status.device_bound
    assert all(s.bound_to_this_computer for s in status.slots if s.username)


def test_copied_vault_without_the_device_secret_needs_the_recovery_code(
    desk, setup, vault_dir, tmp_path, clock, memory_keyring
):
    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.close()
    stolen = copy_vault(vault_dir, tmp_path / "copied")
    memory_keyring.store.clear()  # another computer: its store has no key for this vault

    fresh = Desk.open(stolen, clock)
    for name, pw in ((DIRECTOR, DIRECTOR_PW), ("maria", STAFF_PW)):
        with pytest.raises(DeviceSecretMissing) as caught:
            fresh.auth.sign_in(name, pw)
        assert_plain(caught.value)
        assert "Recovery Sheet" in caught.value.message
    assert memory_keyring.store == {}  # no new device secret made at sign-in
    assert not fresh.vault.is_open
    assert fresh.vault.attempts.failures(DIRECTOR) == 0  # not a wrong password: no backoff

    # The recovery code works on the new computer and binds it.
    ticket = fresh.auth.sign_in_with_recovery(setup.recovery_code)
    fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    assert len(memory_keyring.store) == 1
    accounts = {a.username: a for a in fresh.accounts.list()}
    assert accounts[DIRECTOR].can_sign_in_here
    assert not accounts["maria"].can_sign_in_here  # bound to the old computer: needs a reset
    temp = fresh.accounts.reset_password(accounts["maria"].id)
    fresh = reopen(stolen, clock, fresh)
    fresh.auth.sign_in(DIRECTOR, NEW_PW)
    fresh.auth.lock()
    fresh.auth.sign_in("maria", temp)
    fresh.auth.lock()
    fresh.auth.sign_in(DIRECTOR, NEW_PW)
    assert fresh.audit.verify().intact
    fresh.close()


def test_a_different_device_secret_is_not_accepted_and_not_replaced(desk, vault_dir, clock, memory_keyring):
    desk.close()
    entry = next(iter(memory_keyring.store))
    memory_keyring.store[entry] = base64.b64encode(secrets.token_bytes(32)).decode()
    before = dict(memory_keyring.store)
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(DeviceSecretMissing):
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert memory_keyring.store == before


@pytest.mark.parametrize("garbage", ["", "not base64!!", base64.b64encode(b"short").decode()])
def test_a_garbled_device_secret_is_treated_as_missing(desk, vault_dir, clock, memory_keyring, garbage):
    desk.close()
    entry = next(iter(memory_keyring.store))
    memory_keyring.store[entry] = garbage
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(DeviceSecretMissing):
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert memory_keyring.store[entry] == garbage


def test_store_gone_later_means_device_secret_missing_not_a_new_one(desk, vault_dir, clock):
    desk.close()
    store = NoKeyring()
    keyring.set_keyring(store)
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(DeviceSecretMissing):
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)


def test_wrong_password_on_a_bound_slot_leaves_the_store_untouched(desk, vault_dir, clock, memory_keyring):
    before = copy.deepcopy(memory_keyring.store)
    fresh = reopen(vault_dir, clock, desk)
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in(DIRECTOR, "almost the right password")
    assert memory_keyring.store == before


@pytest.mark.parametrize(
    ("backend", "reason_part"),
    [
        (NoKeyring, "locked or refused"),
        (LockedKeyring, "locked or refused"),
        (keyring.backends.fail.Keyring, "no password store"),
        (keyring.backends.null.Keyring, "no password store"),
    ],
)
def test_without_a_usable_store_setup_falls_back_to_password_only(vault_dir, clock, backend, reason_part):
    keyring.set_keyring(backend())
    result = make(vault_dir, clock)
    assert result.binding.secret is None and result.binding.backend is None
    assert reason_part in result.binding.reason
    assert slot_devices(vault_dir) == [None, None]
    status = result.desk.settings.security_status()
    assert not status.device_bound
    assert not any(s.bound_to_this_computer or s.bound_elsewhere for s in status.slots)
    add_staff(result.desk, "maria", Role.FRONT_DESK)
    assert slot_devices(vault_dir) == [None, None, None]
    events = result.desk.audit.events()
    created = next(e for e in events if e.action == "vault.created")
    assert "password only" in created.summary

    fresh = reopen(vault_dir, clock, result.desk)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.auth.lock()
    fresh.auth.sign_in("maria", STAFF_PW)
    fresh.close()


def test_password_only_vault_stays_password_only_when_a_store_appears(vault_dir, clock):
    keyring.set_keyring(NoKeyring())
    make(vault_dir, clock).desk.close()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    fresh = Desk.open(vault_dir, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    fresh.auth.change_own_password(DIRECTOR_PW, NEW_PW)
    assert store.store == {}  # sign-in and password change never make a device secret
    assert slot_devices(vault_dir) == [None, None]
    fresh.close()


def test_setup_failure_forgets_the_device_secret(vault_dir, clock, memory_keyring, monkeypatch):
    from shelter_desk.services import setup as setup_module

    def boom(engine):  # noqa: ANN001
        raise RuntimeError("disk died")

    monkeypatch.setattr(setup_module.migrate, "upgrade", boom)
    with pytest.raises(RuntimeError):
        make(vault_dir, clock)
    assert memory_keyring.store == {}
    assert not vault_dir.exists()


def test_a_store_locked_for_a_moment_does_not_lead_the_recovery_code_to_replace_its_secret(
        desk, vault_dir, clock, setup, memory_keyring, monkeypatch):
    """A locked store at the first sign-in must not be remembered as "no secret": the recovery
    flow would then make a new one over the real one and cut off every other bound sign-in."""
    from keyring.errors import KeyringLocked

    add_staff(desk, "maria", Role.FRONT_DESK)
    desk.close()
    before = dict(memory_keyring.store)

    def locked(self, service, username):  # noqa: ANN001, ANN202
        raise KeyringLocked("locked")

    monkeypatch.setattr(MemoryKeyring, "get_password", locked)
    fresh = Desk.open(vault_dir, clock)
    with pytest.raises(DeviceSecretMissing):
        fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    monkeypatch.undo()  # the person unlocked the store
    ticket = fresh.auth.sign_in_with_recovery(setup.recovery_code)
    fresh.auth.finish_recovery(ticket, DIRECTOR, NEW_PW)
    assert memory_keyring.store == before
    fresh.auth.lock()
    fresh.auth.sign_in("maria", STAFF_PW)  # still works on this computer
    fresh.close()


def test_device_create_never_replaces_a_stored_secret(memory_keyring):
    memory_keyring.store[(device.SERVICE, "vault-abc")] = "kept"
    binding = device.create("abc")
    assert binding.secret is None
    assert memory_keyring.store[(device.SERVICE, "vault-abc")] == "kept"
