"""Sentences from the Qt-free core reach the screen through Qt's translator.

Builds a one-sentence Spanish .qm with pyside6-lrelease, installs it, and checks
that a core error, a role name and a GUI label come out in Spanish.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from shelter_desk.errors import WrongPassword
from shelter_desk.gui.worker import error_text
from shelter_desk.paths import resource

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>errors</name>
<message><source>{wrong}</source><translation>El usuario o la contraseña no son correctos. Inténtelo de nuevo.</translation></message>
</context>
<context><name>roles</name>
<message><source>Front desk</source><translation>Recepción</translation></message>
</context>
</TS>
"""


def lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def test_the_spanish_catalogue_lists_the_core_sentences():
    ts = resource("translations", "shelter_desk_es.ts").read_text("utf-8")
    assert WrongPassword.default_template.replace("'", "&apos;") in ts
    assert "<name>errors</name>" in ts and "<name>MainWindow</name>" in ts


def test_a_core_error_is_shown_in_spanish(qapp, tmp_path):
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "shelter_desk_es.ts"
    ts.write_text(TS.format(wrong=WrongPassword.default_template), "utf-8")
    qm = tmp_path / "shelter_desk_es.qm"
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert error_text(WrongPassword()).startswith("El usuario o la contraseña no son correctos")
        assert QCoreApplication.translate("roles", "Front desk") == "Recepción"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert error_text(WrongPassword()) == WrongPassword().message
