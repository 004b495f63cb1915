"""``shelter-desk demo --vault DIR``: a vault full of clearly fictional data, for training.

It has three accounts, ``director``, ``manager`` (house manager) and
``frontdesk``, all with the password in ``SHELTER_DESK_PASSWORD`` when set, or a
demo password printed at the end. Each feature adds its own fictional records
here (see ``DEMO_STEPS``), through the same services as real use.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from shelter_desk.demo_incidents import add_incidents
from shelter_desk.demo_needs import add_daily_needs
from shelter_desk.demo_plans import add_safety_plans
from shelter_desk.demo_residents import add_residents
from shelter_desk.demo_scale import DEMO, Scale
from shelter_desk.desk import Desk
from shelter_desk.errors import VaultExists
from shelter_desk.permissions import Role

Printer = Callable[[str], None]
DEMO_SHELTER = "Demo House (fictional data)"
DEMO_ACCOUNTS = [
    ("manager", "Morgan Manager (demo)", Role.HOUSE_MANAGER),
    ("frontdesk", "Frankie Front Desk (demo)", Role.FRONT_DESK),
]
_WORDS = ["maple", "river", "candle", "harbor", "willow", "pepper", "meadow", "copper", "lantern", "orchid"]

# Later features append functions (desk, out) -> None that add their fictional records.
DEMO_STEPS: list[Callable[[Desk, Printer], None]] = []
DEMO_STEPS.append(add_residents)  # rooms, beds, residents, stays, notes and goals
DEMO_STEPS.append(add_daily_needs)  # two years of meals, supplies and stock, appointments and rides
DEMO_STEPS.append(add_safety_plans)  # safety-plan templates, and plans at every stage with reviews
DEMO_STEPS.append(add_incidents)  # two years of incidents, follow-ups, sign-offs, amendments, one re-opened


def _run_steps(desk: Desk, out: Printer, scale: Scale) -> None:
    import time
    from contextlib import nullcontext

    from shelter_desk.storage import db

    building = db.bulk_build(desk.vault.db) if scale.sync_off else nullcontext()
    with building:
        for step in DEMO_STEPS:
            start = time.perf_counter()
            if scale.is_demo:
                step(desk, out)
            else:
                step(desk, out, scale)  # type: ignore[call-arg]
                out(f"  ({time.perf_counter() - start:.0f} s)")


def demo_password() -> str:
    words = [secrets.choice(_WORDS) for _ in range(3)]
    return "-".join(words) + f"-{secrets.randbelow(9000) + 1000}"


def make_demo_vault(folder: Path, out: Printer = print, scale: Scale = DEMO) -> int:
    from shelter_desk.crypto import kdf
    from shelter_desk.passwords import check
    from shelter_desk.services.setup import create_vault
    from shelter_desk.storage.vault import Vault

    if Vault.partly_exists(folder):
        raise VaultExists(folder=str(folder))
    given = os.environ.get("SHELTER_DESK_PASSWORD")
    password = given or demo_password()
    for username in ("director", *(a[0] for a in DEMO_ACCOUNTS)):
        check(password, username=username, shelter_name=DEMO_SHELTER)
    result = create_vault(
        folder,
        shelter_name=DEMO_SHELTER,
        username="director",
        display_name="Dana Director (demo)",
        password=password,
        params=kdf.default_params(),
    )
    desk = result.desk
    try:
        for username, display, role in DEMO_ACCOUNTS:
            temp = desk.accounts.add(username, display, role)
            desk.auth.lock(reason="demo setup")
            desk.auth.sign_in(username, temp)
            desk.auth.change_own_password(temp, password)
            desk.auth.lock(reason="demo setup")
            desk.auth.sign_in("director", password)
        _run_steps(desk, out, scale)
        desk.auth.sign_out()
    finally:
        desk.close()
    out(f"Demo vault made in {folder}")
    out("Accounts: director (director), manager (house manager), frontdesk (front desk)")
    if given:
        out("Password: the one in SHELTER_DESK_PASSWORD")
    else:
        out(f"Password for all three: {password}")
    out(f"Recovery code (demo only): {result.recovery_code}")
    out(f"Start it with: shelter-desk --vault {folder}")
    return 0
