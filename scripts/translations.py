"""Collect and build translations.

    python scripts/translations.py update    # every marked sentence -> resources/translations/*.ts
    python scripts/translations.py release   # *.ts -> *.qm (what the program loads)

Sentences are marked with tr()/translate() in shelter_desk/gui, in the Designer
forms under ui/, and with QT_TRANSLATE_NOOP() in the Qt-free core. The default
safety-plan template's words live in resources/templates/safety-plan-default.json,
which lupdate cannot read: ``update`` writes them, for the run only, to a small
Python file of QT_TRANSLATE_NOOP("SafetyPlanTemplate", ...) lines in a temporary
folder (each on the line where the JSON has it), and the catalogue points
translators at the JSON file itself.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["es"]
TEMPLATE = ROOT / "resources" / "templates" / "safety-plan-default.json"
TEMPLATE_CONTEXT = "SafetyPlanTemplate"  # as shelter_desk/services/plans.py translates it
GENERATED = "safety_plan_default_json.py"


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


def template_strings(path: Path = TEMPLATE) -> list[str]:
    """The default template's words, as the service translates them: name, description,
    section titles, item texts and the help texts that are not empty."""
    data = json.loads(path.read_text("utf-8"))
    found = [data["name"], data["description"]]
    for section in data["sections"]:
        found.append(section["title"])
        for item in section["items"]:
            found.append(item["text"])
            if item.get("help"):
                found.append(item["help"])
    return found


def template_source(path: Path = TEMPLATE) -> str:
    """A Python file lupdate can read: one QT_TRANSLATE_NOOP per string, on the line where the JSON has it."""
    raw = path.read_text("utf-8").splitlines()
    lines: list[list[str]] = [[] for _ in raw]
    for text in template_strings(path):
        quoted = (json.dumps(text, ensure_ascii=False), json.dumps(text))
        number = next((n for n, line in enumerate(raw) if any(q in line for q in quoted)), 0)
        lines[number].append(f"QT_TRANSLATE_NOOP({json.dumps(TEMPLATE_CONTEXT)}, {json.dumps(text, ensure_ascii=False)})")
    # Lines without a string hold a comment: lupdate miscounts lines after leading blank ones.
    return "".join(("; ".join(calls) or f"# from {path.name}, line {n + 1}") + "\n" for n, calls in enumerate(lines))


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shelter-desk-lupdate-") as folder:
        generated = Path(folder) / GENERATED
        generated.write_text(template_source(), "utf-8")
        for lang in LANGUAGES:
            ts = TRANSLATIONS / f"shelter_desk_{lang}.ts"
            subprocess.run([_tool("pyside6-lupdate"), *sources(), str(generated), "-no-obsolete", "-ts", str(ts)],
                           cwd=ROOT, check=True)
            _point_at_the_json(ts)


def _point_at_the_json(ts: Path) -> None:
    """Name the JSON file, not the temporary one, as where the template's words come from."""
    text = ts.read_text("utf-8")
    where = Path(os.path.relpath(TEMPLATE, ts.parent)).as_posix()
    fixed = re.sub(r'filename="[^"]*' + re.escape(GENERATED) + '"', f'filename="{where}"', text)
    if fixed != text:
        ts.write_text(fixed, "utf-8")


def release() -> None:
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}.get(sys.argv[1] if len(sys.argv) > 1 else "", lambda: sys.exit(__doc__))()
