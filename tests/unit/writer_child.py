"""A child process for the crash and canary tests: signs in, then adds accounts forever.

Usage: python writer_child.py VAULT USERNAME PREFIX DISPLAY (password in
SHELTER_DESK_PASSWORD). Prints ``ready`` once signed in, then one line
``<username> <temporary password>`` after each committed account, flushed, so
the parent knows exactly what was committed before it sends SIGKILL.
The vault must have password-only sign-ins (this process has no credential store).
"""

from __future__ import annotations

import os
import sys

import keyring
import keyring.backends.null

from shelter_desk.crypto import kdf
from shelter_desk.desk import Desk
from shelter_desk.permissions import Role


def main() -> None:
    folder, username, prefix, display = sys.argv[1:5]
    kdf.enable_test_profile()
    keyring.set_keyring(keyring.backends.null.Keyring())
    desk = Desk.open(folder)
    desk.auth.sign_in(username, os.environ["SHELTER_DESK_PASSWORD"])
    print("ready", flush=True)
    i = 0
    while True:
        name = f"{prefix}{i}"
        temp = desk.accounts.add(name, f"{display} {i}", Role.FRONT_DESK)
        print(name, temp, flush=True)
        i += 1


if __name__ == "__main__":
    main()
