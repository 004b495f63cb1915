"""Marking strings for translation in the Qt-free core.

The core cannot import Qt, but every sentence a staff member reads must be
translatable. Core code marks its sentences with ``QT_TRANSLATE_NOOP(context,
text)``: ``pyside6-lupdate`` collects them under that context, and the GUI shows
them through ``QCoreApplication.translate(context, text)``. Parameters are filled
in *after* translation (``str.format``), so translators see the placeholders.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's own name, lupdate looks for it)
    return text
