"""Where things live: the vault folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

VAULT_ENV = "SHELTER_DESK_VAULT"


def default_vault_dir() -> Path:
    """The per-user data folder (e.g. %LOCALAPPDATA%\\Shelter Desk\\vault on Windows)."""
    return Path(platformdirs.user_data_dir("Shelter Desk", appauthor=False, roaming=False)) / "vault"


def resolve_vault_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--vault DIR`` wins, then ``SHELTER_DESK_VAULT``, then the default folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_vault_dir()


def resources_dir() -> Path:
    """The ``resources/`` folder, from a checkout or from inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
