"""The core imports and works with PySide6 made unimportable (it must never need Qt)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.unit.vaulttools import REPO, child_env

# Modules that are not meant to be imported on their own.
NOT_IMPORTABLE = {
    "shelter_desk.__main__",  # runs the program
    "shelter_desk.storage.migrations.env",  # run by Alembic with a keyed connection only
}

SCRIPT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys, tempfile
    from pathlib import Path

    BLOCKED = ("PySide6", "shiboken6")

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked for this test")
            return None

    sys.meta_path.insert(0, NoQt())
    for name in list(sys.modules):
        if name.split(".")[0] in BLOCKED:
            del sys.modules[name]
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker does not work")

    import shelter_desk

    skip = set(sys.argv[1:])
    imported = []

    def walk(package):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            name = info.name
            if name == "shelter_desk.gui" or name.startswith("shelter_desk.gui.") or name in skip:
                continue
            module = importlib.import_module(name)
            imported.append(name)
            if info.ispkg:
                walk(module)

    walk(shelter_desk)

    import keyring, keyring.backends.null
    from shelter_desk.crypto import kdf
    from shelter_desk.clock import ManualClock
    from shelter_desk.desk import Desk
    from shelter_desk.permissions import Role
    from shelter_desk.services.setup import create_vault
    from shelter_desk.reports.recovery_sheet import render_recovery_sheet

    kdf.enable_test_profile()
    keyring.set_keyring(keyring.backends.null.Keyring())
    clock = ManualClock()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        result = create_vault(folder, shelter_name="Harbor House", username="director",
                              display_name="Dana", password="quiet river lantern morning", clock=clock)
        temp = result.desk.accounts.add("maria", "Maria", Role.FRONT_DESK)
        pdf = render_recovery_sheet(shelter_name="Harbor House", code=result.recovery_code,
                                    vault_id="x", made_by="Dana", made_at=clock.now())
        assert pdf.startswith(b"%PDF")
        result.desk.close()
        desk = Desk.open(folder, clock)
        assert desk.auth.sign_in("maria", temp).role is Role.FRONT_DESK
        desk.auth.lock()
        desk.auth.sign_in("director", "quiet river lantern morning")
        assert desk.audit.verify().intact
        desk.close()

    leaked = sorted(n for n in sys.modules if n.split(".")[0] in BLOCKED)
    assert not leaked, leaked
    print("\\n".join(imported))
    print("CORE-OK")
    """
)


def test_core_imports_and_runs_without_pyside6():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, *sorted(NOT_IMPORTABLE)],
        capture_output=True, text=True, timeout=180, env=child_env("unused"), cwd=str(REPO),
    )
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.split()
    assert lines[-1] == "CORE-OK"
    imported = set(lines[:-1])
    for expected in ("shelter_desk.desk", "shelter_desk.cli", "shelter_desk.selftest",
                     "shelter_desk.services.auth", "shelter_desk.storage.vault", "shelter_desk.crypto.keyslots",
                     "shelter_desk.reports.recovery_sheet", "shelter_desk.storage.migrations.versions",
                     "shelter_desk.storage.migrations.versions.0001_foundation"):
        assert expected in imported, expected
    assert not any(name.startswith("shelter_desk.gui") for name in imported)
