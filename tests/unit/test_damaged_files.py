"""Damaged vault files: a plain error or warning, never a crash, never silently wrong data."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, VaultDamaged, VaultNotFound
from shelter_desk.permissions import Role
from shelter_desk.storage.db import Database, WrongDatabaseKey
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER
from tests.unit.vaulttools import assert_plain, copy_vault, flip_byte, snapshot

PAGE = 4096
STAFF = ("maria", "hana", "joon", "lea", "sam")


@dataclass
class Healthy:
    folder: Path
    dek: bytes
    usernames: set[str]
    display_names: dict[str, str]
    events: int


@pytest.fixture
def healthy(desk, vault_dir) -> Healthy:
    """A closed vault (WAL folded into shelter.db) with a few accounts and audit events."""
    for name in STAFF:
        desk.accounts.add(name, name.title() + " Example", Role.FRONT_DESK)
    listed = desk.accounts.list()
    events = desk.audit.count()
    dek = desk.vault.dek
    desk.close()
    assert not (vault_dir / "shelter.db-wal").exists()
    return Healthy(vault_dir, dek, {a.username for a in listed},
                   {a.username: a.display_name for a in listed}, events)


def exercise(folder: Path, clock, healthy: Healthy) -> tuple[str, object]:  # noqa: ANN001
    """Open, sign in and read everything. Returns ("error", exc) or ("ok", integrity problems).

    Any exception that is not a ShelterDeskError fails the test; data that is read
    must be exactly the data that was written.
    """
    desk = None
    try:
        desk = Desk.open(folder, clock)
        desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        listed = desk.accounts.list()
        assert {a.username for a in listed} == healthy.usernames
        assert {a.username: a.display_name for a in listed} == healthy.display_names
        assert desk.settings.shelter_name() == SHELTER
        verdict = desk.audit.verify()
        assert verdict.intact and verdict.checked >= healthy.events
        return "ok", desk.vault.db.integrity_problems()
    except ShelterDeskError as exc:
        assert_plain(exc)
        return "error", exc
    finally:
        if desk is not None:
            desk.close()


# --- the database -------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 8, 20, 100, 2000, 4000, PAGE - 1])
def test_flipped_byte_on_page_one_is_a_plain_error(healthy, tmp_path, clock, offset):
    damaged = copy_vault(healthy.folder, tmp_path / "damaged")
    flip_byte(damaged / "shelter.db", offset)
    outcome, exc = exercise(damaged, clock, healthy)
    assert outcome == "error"
    assert isinstance(exc, VaultDamaged)
    # The original is untouched and still opens.
    assert exercise(healthy.folder, clock, healthy) == ("ok", [])


@pytest.mark.parametrize("page", [1, 2, 3, 4, 5, -1])
def test_flipped_byte_on_a_later_page_is_caught(healthy, tmp_path, clock, page):
    damaged = copy_vault(healthy.folder, tmp_path / "damaged")
    db_path = damaged / "shelter.db"
    pages = db_path.stat().st_size // PAGE
    index = page if page >= 0 else pages - 1
    assert index < pages
    flip_byte(db_path, index * PAGE + 700)
    before = db_path.read_bytes()
    outcome, result = exercise(damaged, clock, healthy)
    if outcome == "error":
        assert isinstance(result, VaultDamaged)
        assert "damaged" in result.message
    else:
        # The damaged page is not one that signing in and reading accounts needed:
        # the integrity check still finds it.
        assert result, "integrity check missed a damaged page"
    # SQLCipher's HMAC names the page, and our check reports it, without raising.
    try:
        db = Database(db_path, healthy.dek)
    except WrongDatabaseKey as exc:
        # The page holds part of the schema itself, so nothing can open the file: the
        # program said so in plain words and changed nothing.
        assert outcome == "error"
        assert "damaged" in exc.message
        assert db_path.read_bytes() == before
        return
    try:
        problems = db.integrity_problems()
    finally:
        db.close()
    assert f"cipher: HMAC verification failed for page {index + 1}" in problems
    # Nothing "repaired" in place: the damaged page is as it was (signing in may write other pages).
    assert db_path.read_bytes()[index * PAGE: (index + 1) * PAGE] == before[index * PAGE: (index + 1) * PAGE]


@pytest.mark.parametrize("keep_pages", [1, 2, 3, -1])
def test_database_truncated_at_a_page_boundary(healthy, tmp_path, clock, keep_pages):
    damaged = copy_vault(healthy.folder, tmp_path / "damaged")
    db_path = damaged / "shelter.db"
    pages = db_path.stat().st_size // PAGE
    keep = keep_pages if keep_pages > 0 else pages - 1
    with open(db_path, "r+b") as fh:
        fh.truncate(keep * PAGE)
    outcome, result = exercise(damaged, clock, healthy)
    if outcome == "ok":
        assert result, "a shortened database passed the integrity check"
    else:
        assert isinstance(result, VaultDamaged)


def test_database_replaced_by_an_empty_file(healthy, clock):
    (healthy.folder / "shelter.db").write_bytes(b"")
    outcome, exc = exercise(healthy.folder, clock, healthy)
    assert outcome == "error" and isinstance(exc, VaultDamaged)
    # SQLCipher opens an empty file with any key; no empty vault was built over it.
    assert (healthy.folder / "shelter.db").stat().st_size == 0


def test_database_replaced_by_a_plain_sqlite_file(healthy, clock):
    import sqlite3

    (healthy.folder / "shelter.db").unlink()
    plain = sqlite3.connect(healthy.folder / "shelter.db")
    plain.execute("CREATE TABLE x (y)")
    plain.commit()
    plain.close()
    outcome, exc = exercise(healthy.folder, clock, healthy)
    assert outcome == "error" and isinstance(exc, VaultDamaged)


def test_flipped_byte_in_the_wal_never_gives_wrong_data(desk, vault_dir, tmp_path, clock):
    """A damaged WAL frame makes SQLite stop replaying there (like a crash before commit)."""
    desk.close()
    fresh = Desk.open(vault_dir, clock)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    for name in STAFF:
        fresh.accounts.add(name, name.title(), Role.FRONT_DESK)
    crash = snapshot(vault_dir, tmp_path / "crash")
    fresh.close()
    wal = crash / "shelter.db-wal"
    assert wal.stat().st_size > PAGE
    flip_byte(wal, wal.stat().st_size - 500)
    desk2 = Desk.open(crash, clock)
    try:
        desk2.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        names = {a.username for a in desk2.accounts.list()}
        assert names <= {DIRECTOR, *STAFF} and DIRECTOR in names
        assert desk2.audit.verify().intact
        assert desk2.vault.db.integrity_problems() == []
    except ShelterDeskError as exc:
        assert_plain(exc)
    finally:
        desk2.close()


# --- the key file -------------------------------------------------------------------------------


def keys_text(folder: Path) -> str:
    return (folder / "shelter.keys").read_text()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda t: t[: len(t) // 2], id="truncated-half"),
        pytest.param(lambda t: t[:-2], id="truncated-end"),
        pytest.param(lambda t: t[:1], id="truncated-to-one-byte"),
        pytest.param(lambda t: "", id="empty"),
        pytest.param(lambda t: t.replace('"slots"', '"slotz"'), id="missing-slots"),
        pytest.param(lambda t: t.replace("{", "[", 1), id="garbled-json"),
        pytest.param(lambda t: "null", id="json-null"),
        pytest.param(lambda t: "[]", id="json-list"),
        pytest.param(lambda t: t.replace('"shelter-desk-keys"', '"something-else"'), id="wrong-format"),
        pytest.param(lambda t: t.replace('"version": 1', '"version": 99'), id="newer-version"),
        pytest.param(lambda t: t.replace('"kind": "staff"', '"kind": "admin"'), id="unknown-slot-kind"),
        pytest.param(lambda t: t.replace('"alg": "argon2id"', '"alg": "md5"'), id="unknown-kdf"),
        pytest.param(lambda t: t.replace('"t": 1', '"t": 0'), id="kdf-time-zero"),
        pytest.param(lambda t: t.replace('"p": 1', '"p": 0'), id="kdf-lanes-zero"),
        pytest.param(lambda t: t.replace('"m": 256', '"m": 0'), id="kdf-memory-zero"),
        pytest.param(lambda t: t.replace('"m": 256', '"m": 99999999999'), id="kdf-memory-huge"),
        pytest.param(lambda t: t.replace('"t": 1', '"t": 100000'), id="kdf-time-huge"),
        pytest.param(lambda t: t.replace('"t": 1', '"t": "x"'), id="kdf-not-a-number"),
        pytest.param(lambda t: _edit_slot(t, salt="AAAA"), id="short-salt"),
        pytest.param(lambda t: _edit_slot(t, nonce="AAAA"), id="short-nonce"),
        pytest.param(lambda t: _edit_slot(t, wrapped="AAAA"), id="short-wrapped"),
        pytest.param(lambda t: _edit_slot(t, salt="not base64 at all!"), id="salt-not-base64"),
        pytest.param(lambda t: _edit_slot(t, device=5), id="device-not-text"),
        pytest.param(lambda t: _edit_slot(t, salt=123), id="salt-not-text"),
        pytest.param(lambda t: _edit_slot(t, nonce=None), id="nonce-missing"),
        pytest.param(lambda t: _edit_slot(t, kdf=[1, 2]), id="kdf-not-an-object"),
        pytest.param(lambda t: _edit_slot(t, username=None), id="staff-slot-without-name"),
        pytest.param(lambda t: _set(t, slots=[]), id="no-slots"),
        pytest.param(lambda t: _set(t, slots=[1, 2]), id="slots-not-objects"),
        pytest.param(lambda t: _set(t, rotating_to=7), id="bad-rotation-marker"),
        pytest.param(lambda t: t.encode("utf-16").decode("latin-1"), id="not-utf8"),
    ],
)
def test_damaged_key_file_is_a_plain_error(healthy, tmp_path, clock, damage):
    damaged = copy_vault(healthy.folder, tmp_path / "damaged")
    text = keys_text(damaged)
    changed = damage(text)
    assert changed != text
    (damaged / "shelter.keys").write_bytes(changed.encode("utf-8", "surrogateescape")
                                           if isinstance(changed, str) else changed)
    outcome, exc = exercise(damaged, clock, healthy)
    assert outcome == "error"
    assert isinstance(exc, VaultDamaged) or exc.__class__.__name__ in {"WrongPassword", "DeviceSecretMissing", "VaultTooNew"}


def _edit_slot(text: str, **fields: object) -> str:
    data = json.loads(text)
    for slot in data["slots"]:
        if slot["kind"] == "staff":
            slot.update(fields)
    return json.dumps(data)


def _set(text: str, **fields: object) -> str:
    data = json.loads(text)
    data.update(fields)
    return json.dumps(data)


def test_missing_key_file_says_there_is_no_vault(healthy, clock):
    (healthy.folder / "shelter.keys").unlink()
    with pytest.raises(VaultNotFound) as caught:
        Desk.open(healthy.folder, clock)
    assert_plain(caught.value)


def test_extra_slot_is_a_warning_not_an_error(healthy, tmp_path, clock):
    damaged = copy_vault(healthy.folder, tmp_path / "damaged")
    data = json.loads(keys_text(damaged))
    extra = dict(data["slots"][0], id="f" * 32)
    data["slots"].append(extra)
    (damaged / "shelter.keys").write_text(json.dumps(data))
    desk = Desk.open(damaged, clock)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert desk.pending_open_report.keys_file_changed
    assert any(e.action == "vault.keys_file_changed" for e in desk.audit.events())
    desk.close()
    outcome, problems = exercise(damaged, clock, healthy)
    assert outcome == "ok" and problems == []


def test_seal_edited_is_a_warning(healthy, tmp_path, clock):
    damaged = copy_vault(healthy.folder, tmp_path / "damaged")
    data = json.loads(keys_text(damaged))
    data["macs"] = {k: "0" * 64 for k in data["macs"]}
    (damaged / "shelter.keys").write_text(json.dumps(data))
    desk = Desk.open(damaged, clock)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert desk.pending_open_report.keys_file_changed
    desk.close()


def test_random_single_byte_corruption_of_the_key_file(healthy, tmp_path, clock):
    original = (healthy.folder / "shelter.keys").read_bytes()
    counter = iter(range(10**6))

    @settings(max_examples=120, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(offset=st.integers(0, len(original) - 1), value=st.integers(0, 255))
    def corrupt(offset: int, value: int) -> None:
        if original[offset] == value:
            return
        damaged = tmp_path / f"case{next(counter)}"
        copy_vault(healthy.folder, damaged)
        data = bytearray(original)
        data[offset] = value
        (damaged / "shelter.keys").write_bytes(bytes(data))
        try:
            exercise(damaged, clock, healthy)  # raises on anything but a ShelterDeskError
        finally:
            shutil.rmtree(damaged, ignore_errors=True)

    corrupt()


def test_key_file_from_a_newer_program_says_so(setup, vault_dir):
    import json

    from shelter_desk.errors import VaultTooNew
    from shelter_desk.storage.vault import Vault

    setup.desk.close()
    path = vault_dir / "shelter.keys"
    data = json.loads(path.read_text())
    data["version"] = 99
    path.write_text(json.dumps(data))
    with pytest.raises(VaultTooNew) as caught:
        Vault(vault_dir)
    assert "newer version" in caught.value.message
