"""Issue 9: a whole working day (services, printouts, export, backup, every screen offscreen) run
under ``strace -f -e trace=network`` makes no network system call at all: no socket() of any
family, no connect(). Linux with strace only (``.ci/run`` installs it); elsewhere skipped, and
``test_no_network.py`` / ``tests/gui/test_workday_no_network.py`` still make socket creation fail
loudly in-process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("strace") is None, reason="needs Linux and strace")
def test_a_working_day_makes_no_network_system_call(tmp_path):
    trace = tmp_path / "trace.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace),
         sys.executable, "-m", "tests.unit.workday_child", str(tmp_path)],
        cwd=str(ROOT), env=env, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0 and "ptrace" in done.stderr.lower():
        pytest.skip("strace is not allowed to trace here")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "DAY DONE" in done.stdout
    calls = [line for line in trace.read_text().splitlines() if "SIGCHLD" not in line and "+++ exited" not in line]
    assert calls == [], "network system calls during the working day:\n" + "\n".join(calls[:20])
