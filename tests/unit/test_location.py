"""Plain warnings for a vault in a synced cloud folder or on a network drive."""

from pathlib import Path, PureWindowsPath

import pytest

from shelter_desk.storage import location

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/share nfs4 rw 0 0
//nas/office /media/office\\040files cifs rw 0 0
"""


@pytest.mark.parametrize(
    "path",
    [
        "C:/Users/ana/OneDrive/Shelter",
        "C:/Users/ana/OneDrive - Casa Esperanza/vault",
        "/Users/ana/Dropbox/vault",
        "/Users/ana/Google Drive/My Drive/vault",
        "/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/vault",
    ],
)
def test_synced_folders_are_named(path):
    assert location.synced_folder_name(Path(path))


@pytest.mark.parametrize("path", ["C:/Users/ana/AppData/Local/Shelter Desk/vault", "/home/ana/vault"])
def test_ordinary_folders_are_fine(path):
    assert location.synced_folder_name(Path(path)) is None
    assert not location.is_network_path(Path(path), MOUNTS)


def test_network_mounts_and_unc_paths():
    assert location.is_network_path(Path("/mnt/share/vault"), MOUNTS)
    assert location.is_network_path(Path("/media/office files/vault"), MOUNTS)
    assert not location.is_network_path(Path("/mnt/shared-not/vault"), MOUNTS)
    assert location.is_network_path(PureWindowsPath(r"\\server\share\vault"), "")


def test_warnings_for_a_synced_vault_are_plain_words(tmp_path):
    folder = tmp_path / "Dropbox" / "vault"
    warnings = location.warnings_for(folder)
    assert len(warnings) == 1
    template, params = warnings[0]
    assert "cloud" in template.format(**params)
    assert params["name"] == "Dropbox"
