"""Collect and build translations.

    python scripts/translations.py update    # every marked sentence -> resources/translations/*.ts
    python scripts/translations.py release   # *.ts -> *.qm (what the program loads)

Sentences are marked with tr()/translate() in shelter_desk/gui, in the Designer
forms under ui/, and with QT_TRANSLATE_NOOP() in the Qt-free core.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["es"]


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with the project's .venv Python")
    return found


def sources() -> list[str]:
    files = [p for p in (ROOT / "shelter_desk").rglob("*.py") if "forms" not in p.parts]
    files += list((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in sorted(files)]


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"shelter_desk_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True)


def release() -> None:
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}.get(sys.argv[1] if len(sys.argv) > 1 else "", lambda: sys.exit(__doc__))()
