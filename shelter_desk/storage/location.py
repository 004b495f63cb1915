"""Warn when the vault sits somewhere SQLite files get damaged: network shares, synced folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from shelter_desk.i18n import QT_TRANSLATE_NOOP

SYNCED_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",
    "box sync",
    "box drive",
    "nextcloud",
    "owncloud",
    "pcloud",
    "mega",
    "sync.com",
)
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afpfs", "9p", "fuse.rclone"}

SYNCED_WARNING = QT_TRANSLATE_NOOP(
    "warnings",
    "The vault is in a folder that a cloud service copies ({name}). Cloud copying can "
    "damage the database and sends the encrypted files off this computer. Move the vault "
    "to a folder on this computer and make backups to a USB stick instead.",
)
NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "warnings",
    "The vault is on a network drive. Database files on network drives can be damaged. "
    "Move the vault to a folder on this computer.",
)


def synced_folder_name(path: Path) -> str | None:
    for part in path.parts:
        lowered = part.casefold()
        for name in SYNCED_NAMES:
            if lowered == name or lowered.startswith(name + " ") or lowered.startswith(name + "-"):
                return part
    return None


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True
    if sys.platform == "win32" and mounts_text is None:
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
        except Exception:  # noqa: BLE001
            return False
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return False
    best, best_fs = "", ""
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = fields[1].replace("\\040", " "), fields[2]
        if (text == mount_point or text.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_fs = mount_point, fs_type
    return best_fs in NETWORK_FS


def warnings_for(folder: Path) -> list[tuple[str, dict[str, str]]]:
    """(template, params) pairs: plain-words warnings about where the vault is."""
    found: list[tuple[str, dict[str, str]]] = []
    name = synced_folder_name(folder)
    if name:
        found.append((SYNCED_WARNING, {"name": name}))
    if is_network_path(folder):
        found.append((NETWORK_WARNING, {}))
    return found
