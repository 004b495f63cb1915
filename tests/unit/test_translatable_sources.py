"""Every sentence in the GUI reaches the translation catalogue.

``pyside6-lupdate`` collects ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")``
(also under a module alias ``translate = QCoreApplication.translate``) and
``QT_TRANSLATE_NOOP``. A one-argument helper such as ``_tr("...")`` hides the sentence
from it, so a Spanish translation would silently miss it.
"""

from __future__ import annotations

import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "shelter_desk" / "gui"


def test_no_sentence_hides_behind_a_one_argument_translation_helper():
    hidden = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if re.search(r'(?<![\w.])_tr\(\s*["\']', line):
                hidden.append(f"{path.name}:{number}")
    assert hidden == [], "use QCoreApplication.translate('Context', '...') so lupdate finds these"
