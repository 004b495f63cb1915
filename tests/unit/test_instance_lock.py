"""One program per vault: a second start is refused in plain words and asks the first to come forward."""

import subprocess
import sys
import textwrap

from shelter_desk.errors import VaultInUse
from shelter_desk.storage.instance import InstanceLock


def test_second_lock_in_another_process_is_refused_and_leaves_a_raise_request(tmp_path):
    first = InstanceLock(tmp_path)
    first.acquire()
    try:
        script = textwrap.dedent(
            f"""
            from pathlib import Path
            from shelter_desk.errors import VaultInUse
            from shelter_desk.storage.instance import InstanceLock
            try:
                InstanceLock(Path({str(tmp_path)!r})).acquire()
            except VaultInUse as exc:
                print("refused:", exc.message)
            else:
                print("acquired")
            """
        )
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        assert out.stdout.startswith("refused: Shelter Desk is already open with this vault")
        assert first.take_raise_request() is True
        assert first.take_raise_request() is False
    finally:
        first.release()


def test_lock_is_free_again_after_release(tmp_path):
    with InstanceLock(tmp_path):
        pass
    with InstanceLock(tmp_path):
        pass


def test_same_process_second_lock_is_refused(tmp_path):
    with InstanceLock(tmp_path):
        second = InstanceLock(tmp_path)
        try:
            second.acquire()
        except VaultInUse:
            pass
        else:  # flock locks per open file description, so this must not succeed
            second.release()
            raise AssertionError("a second lock on the same vault was granted")
