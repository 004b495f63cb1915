#!/usr/bin/env python3
"""Build the Shelter Desk program folder with PyInstaller, then check it works.

    python3 packaging/build.py        (py packaging\\build.py on Windows)

1. makes or refreshes ``.venv`` with ``pip install -e .[dev]`` (through run.py),
2. runs PyInstaller on ``packaging/shelter-desk.spec`` into ``dist/``,
3. runs the frozen ``shelter-desk self-test`` (encrypted vault, backup and restore, PDF, Qt)
   and fails unless it prints PASS,
4. prints the bundle's size (the goal is under 150 MB).

Standard library only. Exit code 0 only when the build passed its self-test.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "shelter-desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
NAME = "shelter-desk"
SELF_TEST_TIMEOUT = 600  # seconds; the self-test uses the production Argon2 cost

sys.path.insert(0, str(ROOT))
import run  # noqa: E402 - run.py at the repo root: the venv and its install stamp


def frozen_program() -> Path:
    """The built program to run ``self-test`` with (a console one on Windows)."""
    if sys.platform == "win32":
        return DIST / NAME / (NAME + "-cli.exe")
    if sys.platform == "darwin":
        app = DIST / "Shelter Desk.app" / "Contents" / "MacOS" / NAME
        if app.exists():
            return app
    return DIST / NAME / NAME


def build(python: Path) -> bool:
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        print(
            "PyInstaller needs objdump from binutils on Linux; install it with:\n"
            "sudo apt-get install -y binutils",
            file=sys.stderr,
        )
        return False
    print("Building with PyInstaller (a few minutes)...", flush=True)
    command = [
        str(python),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    if subprocess.call(command, cwd=str(ROOT)) != 0:  # noqa: S603 - our own fixed command
        print("PyInstaller failed (its messages above say why).", file=sys.stderr)
        return False
    return True


def self_test(program: Path) -> bool:
    if not program.exists():
        print(f"The build did not make {program}.", file=sys.stderr)
        return False
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Running the built program's self-test: {program} self-test", flush=True)
    # From an empty folder, so nothing in the checkout can stand in for the bundle.
    with tempfile.TemporaryDirectory(prefix="shelter-desk-build-check-") as cwd:
        try:
            result = subprocess.run(  # noqa: S603 - the program we just built
                [str(program), "self-test"],
                cwd=cwd,
                env=env,
                timeout=SELF_TEST_TIMEOUT,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
            )
        except subprocess.TimeoutExpired:
            print(f"The self-test did not finish in {SELF_TEST_TIMEOUT} s.", file=sys.stderr)
            return False
        except OSError as exc:
            print(f"The built program could not be started: {exc}", file=sys.stderr)
            return False
    print(result.stdout, end="" if result.stdout.endswith("\n") else "\n")
    passed = any(line.strip() == "PASS" for line in result.stdout.splitlines())
    if result.returncode != 0 or not passed:
        print(
            f"The built program failed its self-test (exit code {result.returncode}); see above.",
            file=sys.stderr,
        )
        return False
    return True


SIZE_GOAL_MB = 150


def folder_size(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def report_size(where: Path) -> int:
    """Print the bundle's size against the goal; returns it in bytes."""
    size = folder_size(where)
    megabytes = size / 1_000_000
    verdict = "within" if megabytes < SIZE_GOAL_MB else "OVER"
    print(f"Bundle size: {megabytes:.0f} MB ({verdict} the {SIZE_GOAL_MB} MB goal)")
    return size


def main() -> int:
    too_old = run.python_too_old_message()
    if too_old:
        print(too_old, file=sys.stderr)
        return 1
    python = run.ensure_environment({"dev"})
    if python is None:
        return 1
    if not build(python) or not self_test(frozen_program()):
        return 1
    where = DIST / "Shelter Desk.app" if sys.platform == "darwin" else DIST / NAME
    report_size(where)
    print(f"Built and self-tested: {where}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        sys.exit(130)
