"""Compile every Qt Designer form in ui/ into shelter_desk/gui/forms/ui_<name>.py.

    python scripts/build_forms.py           regenerate every form
    python scripts/build_forms.py --check   exit 1 and list the forms that are stale

A generated form starts with a do-not-edit line. When comparing, the lines in
uic's own header that name the Qt version are ignored, so a newer PySide6
patch release alone does not make every form "stale".
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "shelter_desk" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by scripts/build_forms.py. Do not edit: edit the .ui file and run it again.\n"
# uic's header lines that change with the tool's version, not with the form.
VOLATILE = ("## Created by: Qt User Interface Compiler version",)


def uic_command() -> list[str]:
    """pyside6-uic from this Python's environment (bin/ or Scripts/), else from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-uic", here / "pyside6-uic.exe", here / "Scripts" / "pyside6-uic.exe"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic was not found: install PySide6-Essentials in this environment.")


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The text pyside6-uic makes from ``ui_file`` now, with our header on top."""
    result = subprocess.run(
        [*uic_command(), str(ui_file)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui_file.name}:\n{result.stderr}")
    return HEADER.format(name=ui_file.name) + result.stdout.replace("\r\n", "\n")


def comparable(text: str) -> list[str]:
    return [line for line in text.replace("\r\n", "\n").splitlines() if not line.startswith(VOLATILE)]


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def stale_forms() -> list[str]:
    """Names of generated forms that are missing or differ from what uic makes now."""
    stale = []
    for ui_file in ui_files():
        target = target_for(ui_file)
        if not target.is_file() or comparable(target.read_text("utf-8")) != comparable(compile_form(ui_file)):
            stale.append(str(target.relative_to(ROOT)).replace(os.sep, "/"))
    return stale


def build() -> list[Path]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in ui_files():
        target = target_for(ui_file)
        text = compile_form(ui_file)
        if not target.is_file() or target.read_text("utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if a form is stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"stale: {name} (run: python scripts/build_forms.py)")
        return 1 if stale else 0
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
