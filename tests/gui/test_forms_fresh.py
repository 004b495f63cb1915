"""Every generated form matches what pyside6-uic makes from its .ui file now."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_builder():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_file_has_a_fresh_generated_form():
    builder = load_builder()
    assert builder.ui_files(), "no .ui files found"
    assert builder.stale_forms() == [], "run: python scripts/build_forms.py"


def test_generated_forms_say_do_not_edit():
    builder = load_builder()
    for ui_file in builder.ui_files():
        first = builder.target_for(ui_file).read_text("utf-8").splitlines()[0]
        assert "Do not edit" in first


def test_a_changed_form_is_reported_stale(tmp_path, monkeypatch):
    builder = load_builder()
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    forms_dir.mkdir()
    source = ROOT / "ui" / "about.ui"
    (ui_dir / "about.ui").write_text(source.read_text("utf-8"), "utf-8")
    monkeypatch.setattr(builder, "ROOT", tmp_path)
    monkeypatch.setattr(builder, "UI_DIR", ui_dir)
    monkeypatch.setattr(builder, "FORMS_DIR", forms_dir)
    assert builder.stale_forms() == ["forms/ui_about.py"]  # missing
    builder.build()
    assert builder.stale_forms() == []
    (ui_dir / "about.ui").write_text(
        source.read_text("utf-8").replace("About Shelter Desk", "About it"), "utf-8"
    )
    assert builder.stale_forms() == ["forms/ui_about.py"]
    assert builder.main(["--check"]) == 1
