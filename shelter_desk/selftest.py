"""``shelter-desk self-test``: a headless check that this installation works.

Makes a temporary vault with the production Argon2 floor (not the test
profile), writes and reads encrypted data, checks that nothing readable is on
disk, verifies the audit chain, writes a backup and restores it with the recovery
code, renders a PDF, and prints ``PASS``. It never touches the computer's real
password store.
"""

from __future__ import annotations

import platform
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from shelter_desk import __version__

Printer = Callable[[str], None]


class CheckFailed(Exception):
    pass


def run_self_test(out: Printer = print) -> int:
    out(f"Shelter Desk {__version__} self-test on Python {platform.python_version()}, {platform.system()}")
    checks: list[tuple[str, Callable[[dict], str]]] = [
        ("libraries", _libraries),
        ("encrypted vault", _vault),
        ("nothing readable on disk", _no_plaintext),
        ("sign in again and read back", _read_back),
        ("audit trail", _audit),
        ("backup and restore", _backup_restore),
        ("database integrity", _integrity),
        ("PDF printout", _pdf),
        ("program window libraries", _qt),
    ]
    state: dict = {}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="shelter-desk-selftest-") as tmp:
        state["folder"] = Path(tmp) / "vault"
        import keyring
        from keyring.backends import fail

        previous = keyring.get_keyring()
        keyring.set_keyring(fail.Keyring())  # leave the real credential store alone
        try:
            for name, check in checks:
                start = time.perf_counter()
                try:
                    detail = check(state)
                except Exception as exc:  # noqa: BLE001 - report and go on
                    failed += 1
                    out(f"  FAIL  {name}: {_reason(exc)}")
                    if name in ("encrypted vault", "sign in again and read back"):
                        break
                else:
                    out(f"  ok    {name} ({time.perf_counter() - start:.2f} s){': ' + detail if detail else ''}")
        finally:
            keyring.set_keyring(previous)
            desk = state.get("desk")
            if desk is not None:
                desk.close()
    if failed:
        out(f"FAIL ({failed} check(s) failed)")
        return 1
    out("PASS")
    return 0


def _reason(exc: BaseException) -> str:
    from shelter_desk.errors import ShelterDeskError

    if isinstance(exc, ShelterDeskError | CheckFailed):
        return str(exc)
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def _libraries(state: dict) -> str:
    from importlib.metadata import version

    from shelter_desk.storage.migrate import head_revision

    names = ("sqlcipher3", "SQLAlchemy", "alembic", "argon2-cffi", "cryptography", "reportlab")
    found = ", ".join(f"{name} {version(name)}" for name in names)
    return f"{found}; schema {head_revision()}"


def _vault(state: dict) -> str:
    from shelter_desk.crypto import kdf
    from shelter_desk.permissions import Role
    from shelter_desk.services.setup import create_vault

    state["password"] = "self test " + secrets.token_hex(8)
    state["canary"] = "SELFTEST-CANARY-" + secrets.token_hex(6)
    result = state["setup"] = create_vault(
        state["folder"],
        shelter_name="Self-test house",
        username="selftest",
        display_name="Self Test",
        password=state["password"],
        params=kdf.FLOOR,
    )
    desk = state["desk"] = result.desk
    desk.accounts.add("canary", state["canary"], Role.FRONT_DESK)
    version = desk.vault.db.cipher_version()
    desk.auth.sign_out()
    return f"SQLCipher {version}, Argon2id t={kdf.FLOOR.time_cost} m=64 MiB p=4"


def _no_plaintext(state: dict) -> str:
    from shelter_desk.storage.db import SQLITE_HEADER

    files = [p for p in state["folder"].rglob("*") if p.is_file()]
    canary = state["canary"].encode()
    for path in files:
        data = path.read_bytes()
        if canary in data or state["canary"].encode("utf-16-le") in data:
            raise CheckFailed(f"readable data found in {path.name}")
        if path.name.startswith("shelter.db") and data[:16] == SQLITE_HEADER:
            raise CheckFailed(f"{path.name} is not encrypted")
    return f"{len(files)} files checked"


def _read_back(state: dict) -> str:
    from shelter_desk.desk import Desk

    desk = state["desk"] = Desk.open(state["folder"])
    start = time.perf_counter()
    desk.auth.sign_in("selftest", state["password"])
    seconds = time.perf_counter() - start
    names = {a.display_name for a in desk.accounts.list()}
    if state["canary"] not in names:
        raise CheckFailed("the data written could not be read back")
    return f"unlocked in {seconds:.2f} s"


def _audit(state: dict) -> str:
    result = state["desk"].audit.verify()
    if not result.intact:
        raise CheckFailed(f"the chain is broken at event {result.broken_at}")
    return f"{result.checked} events, chain intact"


def _backup_restore(state: dict) -> str:
    from shelter_desk.desk import Desk
    from shelter_desk.services.restore import restore_backup

    desk = state["desk"]
    outside = state["folder"].parent / "usb stick"
    outside.mkdir()
    made = desk.backups.back_up_to(outside)
    target = state["folder"].parent / "restored"
    result = restore_backup(made.path, target, recovery_code=state["setup"].recovery_code)
    restored = Desk.open(target)
    try:
        ticket = restored.auth.after_restore(result)
        restored.auth.finish_recovery(ticket, "selftest", "self test restored " + secrets.token_hex(8))
        if state["canary"] not in {a.display_name for a in restored.accounts.list()}:
            raise CheckFailed("the restored vault does not hold the data written")
        if not restored.audit.verify().intact:
            raise CheckFailed("the restored audit trail is broken")
        data = made.path.read_bytes()
        if state["canary"].encode() in data or state["canary"].encode("utf-16-le") in data:
            raise CheckFailed("readable data found in the backup file")
    finally:
        restored.close()
    return f"{made.size // 1024} KB written, checked and restored with the recovery code"


def _integrity(state: dict) -> str:
    problems = state["desk"].vault.db.integrity_problems()
    if problems:
        raise CheckFailed("; ".join(problems[:3]))
    return "cipher_integrity_check and integrity_check ok"


def _pdf(state: dict) -> str:
    from shelter_desk.reports.recovery_sheet import render_recovery_sheet

    data = render_recovery_sheet(
        shelter_name="Self-test house Ñandú Дом", code="0000-TEST", vault_id="0" * 32,
        made_by="Self Test", made_at=datetime.now(),
    )
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed("the PDF is incomplete")
    return f"{len(data) // 1024} KB in memory"


def _qt(state: dict) -> str:
    try:
        from shelter_desk.gui.selfcheck import qt_libraries
    except ImportError as exc:
        raise CheckFailed(f"Qt could not be loaded ({exc})") from exc
    return qt_libraries()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_self_test())
