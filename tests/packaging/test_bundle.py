"""Builds the real bundle with PyInstaller and runs its self-test (several minutes).

Not part of the normal suite: it runs only when asked, with

    SHELTER_DESK_BUILD_BUNDLE=1 python3 run.py test -m slow tests/packaging

(it calls ``packaging/build.py``, which installs the ``dev`` extras into .venv first).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get("SHELTER_DESK_BUILD_BUNDLE"),
                       reason="builds the bundle (minutes): set SHELTER_DESK_BUILD_BUNDLE=1 to run it"),
]


def test_the_bundle_builds_passes_its_self_test_and_stays_small():
    sys.path.insert(0, str(ROOT / "packaging"))
    import build

    out = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=str(ROOT),
                         capture_output=True, text=True, timeout=3600)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-4000:]
    for check in ("encrypted vault", "nothing readable on disk", "backup and restore", "PDF printout"):
        assert f"ok    {check}" in out.stdout, check
    assert "PASS" in out.stdout.splitlines()
    where = build.DIST / ("Shelter Desk.app" if sys.platform == "darwin" else build.NAME)
    # The 150 MB goal holds for Windows (no ICU, no system libraries copied in); Linux
    # carries Qt's ICU data and the X11/GTK libraries (212 MB measured), so there the
    # test guards against growth instead. See packaging/README.md.
    limit_mb = build.SIZE_GOAL_MB if sys.platform == "win32" else 230
    assert build.folder_size(where) < limit_mb * 1_000_000
    assert "Bundle size:" in out.stdout
