"""PyInstaller's entry point: the same as ``python -m shelter_desk``.

PyInstaller runs a script, not a package's ``__main__``, and an absolute import
keeps ``shelter_desk`` a package inside the bundle.
"""

from shelter_desk.cli import main

raise SystemExit(main())
