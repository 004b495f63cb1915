"""The default safety-plan template's words reach translators.

The words live in resources/templates/safety-plan-default.json; the service translates
them with context "SafetyPlanTemplate" when it installs the template. lupdate cannot read
JSON, so ``scripts/translations.py update`` hands it a generated Python file of
QT_TRANSLATE_NOOP lines; the Spanish catalogue must hold every one of them.
"""

from __future__ import annotations

import importlib.util
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shelter_desk.services.plans import TEMPLATE_CONTEXT, default_template_file

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "shelter_desk_es.ts"


@pytest.fixture(scope="module")
def script():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def shipped() -> dict:
    return json.loads(default_template_file().read_text("utf-8"))


def strings_of(data: dict) -> list[str]:
    found = [data["name"], data["description"]]
    for section in data["sections"]:
        found.append(section["title"])
        for item in section["items"]:
            found.append(item["text"])
            if item["help"]:
                found.append(item["help"])
    return found


def test_the_json_is_well_formed_with_the_expected_shape():
    data = shipped()
    assert set(data) == {"name", "description", "sections"}
    assert isinstance(data["name"], str) and data["name"].strip()
    assert isinstance(data["description"], str) and data["description"].strip()
    assert isinstance(data["sections"], list) and len(data["sections"]) >= 5
    titles = [s["title"] for s in data["sections"]]
    assert len(set(titles)) == len(titles)
    for section in data["sections"]:
        assert set(section) == {"title", "items"}
        assert isinstance(section["title"], str) and section["title"].strip() == section["title"] != ""
        assert isinstance(section["items"], list) and section["items"]
        for item in section["items"]:
            assert set(item) == {"text", "help"}, item
            assert isinstance(item["text"], str) and item["text"].strip() == item["text"] != ""
            assert isinstance(item["help"], str) and item["help"].strip() == item["help"]
            assert len(item["text"]) <= 500 and len(item["help"]) <= 1000  # what the template tables hold
    texts = [i["text"] for s in data["sections"] for i in s["items"]]
    assert len(set(texts)) == len(texts)


def test_every_string_of_the_template_is_in_the_catalogue_under_its_context():
    root = ET.parse(CATALOGUE).getroot()
    contexts = [c for c in root.iter("context") if c.findtext("name") == TEMPLATE_CONTEXT]
    assert len(contexts) == 1
    sources = {m.findtext("source") for m in contexts[0].iter("message")}
    wanted = strings_of(shipped())
    assert [s for s in wanted if s not in sources] == []
    assert sources == set(wanted)  # nothing else, nothing left over from an older template
    # Translators are pointed at the JSON file, not at the temporary file made for lupdate.
    places = {loc.get("filename") for loc in contexts[0].iter("location")}
    assert places == {"../templates/safety-plan-default.json"}


def test_the_script_collects_the_same_strings_the_service_translates(script, desk):
    assert script.TEMPLATE_CONTEXT == TEMPLATE_CONTEXT
    assert script.TEMPLATE == default_template_file()
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return text

    assert desk.plans.install_default_template(translate) is not None
    assert {context for context, _text in asked} == {TEMPLATE_CONTEXT}
    assert sorted(text for _context, text in asked) == sorted(script.template_strings())
    assert script.template_strings() == strings_of(shipped())


def test_the_generated_file_holds_each_string_on_its_json_line(script):
    source = script.template_source()
    found: list[tuple[int, str, str]] = []
    lines = source.splitlines()
    for number, line in enumerate(lines, start=1):
        exec(compile(line, "generated", "exec"),  # noqa: S102 (our own generated lines)
             {"QT_TRANSLATE_NOOP": lambda context, text, n=number: found.append((n, context, text))})
        assert line.startswith(("QT_TRANSLATE_NOOP(", "#"))  # lupdate miscounts after blank lines
    assert [text for _n, _c, text in found] == strings_of(shipped())
    assert {context for _n, context, _t in found} == {TEMPLATE_CONTEXT}
    raw = default_template_file().read_text("utf-8").splitlines()
    assert len(lines) == len(raw)
    for number, _context, text in found:
        assert json.dumps(text, ensure_ascii=False) in raw[number - 1]
