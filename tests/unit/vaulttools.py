"""Helpers shared by the core tests (not a test module).

Everything here works on real vault folders: copying them the way a crash or a
thief would leave them, scanning files for plaintext, and starting a child
process that writes to a vault until it is killed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from shelter_desk.errors import ShelterDeskError
from shelter_desk.storage.db import SQLITE_HEADER

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).resolve().parent / "writer_child.py"

# What a crash leaves behind: the database with its WAL, the key file, the sign-in counters.
VAULT_FILES = ("shelter.db", "shelter.db-wal", "shelter.keys", "signin.json")


def assert_plain(exc: BaseException) -> None:
    """A staff-facing error: our own type, one plain sentence or two, no traceback or jargon."""
    assert isinstance(exc, ShelterDeskError), f"{type(exc).__module__}.{type(exc).__name__}: {exc}"
    text = str(exc)
    assert text == exc.message
    assert text.strip() and "\n" not in text
    for jargon in ("Traceback", 'File "', "sqlalchemy", "sqlcipher3", "Error:", "[SQL", "0x"):
        assert jargon not in text, text
    assert text.rstrip()[-1] in ".!?)", text


def snapshot(folder: Path, dest: Path) -> Path:
    """Copy the vault files as they are on disk this instant (like a power cut would leave them)."""
    dest.mkdir(parents=True)
    for name in VAULT_FILES:
        src = folder / name
        if src.exists():
            shutil.copy2(src, dest / name)
    (dest / "backups").mkdir()
    return dest


def copy_vault(folder: Path, dest: Path) -> Path:
    shutil.copytree(folder, dest, ignore=shutil.ignore_patterns("shelter.lock", "shelter.raise"))
    return dest


def flip_byte(path: Path, offset: int, mask: int = 0xFF) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def database_files(folder: Path) -> Iterator[Path]:
    """shelter.db and its companions."""
    for name in ("shelter.db", "shelter.db-wal", "shelter.db-shm"):
        if (folder / name).exists():
            yield folder / name


def assert_not_plain_sqlite(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(16)
    assert head != SQLITE_HEADER, f"{path.name} is a readable SQLite file"


def needles(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le")]


def files_under(folder: Path, *, newer_than: float | None = None) -> Iterator[Path]:
    """Regular files below ``folder`` (optionally only those modified since a time)."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue
            if not path.is_file():
                continue
            if newer_than is not None and st.st_mtime < newer_than:
                continue
            yield path


def files_containing(paths: Iterable[Path], text: str, *, max_size: int = 64 * 1024 * 1024) -> list[Path]:
    found = []
    wanted = needles(text)
    for path in paths:
        try:
            if path.stat().st_size > max_size:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in wanted):
            found.append(path)
    return found


def child_env(password: str) -> dict[str, str]:
    env = dict(os.environ)
    env["SHELTER_DESK_PASSWORD"] = password
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the real OS store
    env.pop("QT_QPA_PLATFORM", None)
    return env


def start_writer(folder: Path, username: str, password: str, prefix: str, display: str) -> subprocess.Popen:
    """A child process that signs in and adds accounts until killed (see writer_child.py)."""
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), username, prefix, display],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=child_env(password),
        cwd=str(REPO),
    )


def committed_lines(output: bytes) -> list[tuple[str, str]]:
    """(username, temporary password) for each complete line a writer child printed.

    A line cut off by the kill (no newline yet) is not counted: its account may or
    may not have been committed.
    """
    done = []
    for line in output.decode("utf-8", "replace").split("\n")[:-1]:
        parts = line.split()
        if len(parts) == 2 and len(parts[1]) == 14:
            done.append((parts[0], parts[1]))
    return done
