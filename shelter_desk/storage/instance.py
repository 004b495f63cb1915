"""One running program per vault: an OS file lock on ``shelter.lock``.

A second start finds the lock held, says so, and leaves a ``shelter.raise``
file that the running program watches for and answers by coming to the front.
No sockets are used for this (the program never opens one).
"""

from __future__ import annotations

import os
from pathlib import Path

from shelter_desk.errors import VaultInUse

LOCK_NAME = "shelter.lock"
RAISE_NAME = "shelter.raise"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.raise_path = folder / RAISE_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            try:
                self.raise_path.touch()
            except OSError:
                pass
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if os.name == "nt":
                import msvcrt

                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    def take_raise_request(self) -> bool:
        """True once after another start asked this program to come to the front."""
        try:
            self.raise_path.unlink()
            return True
        except FileNotFoundError:
            return False
        except OSError:
            return False

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
