"""A whole working day through the services opens no socket (the program is offline)."""

from __future__ import annotations

import socket
import zipfile

import pytest

from shelter_desk.desk import Desk
from shelter_desk.permissions import Role
from shelter_desk.reports.recovery_sheet import render_recovery_sheet
from shelter_desk.selftest import run_self_test
from shelter_desk.services.setup import create_vault
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, STAFF_PW

NEW_PW = "harvest copper window seven"


class SocketAttempt(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch):  # noqa: ANN001, ANN201
    attempts: list[str] = []

    def refuse(what):  # noqa: ANN001, ANN202
        def blocked(*args, **kwargs):  # noqa: ANN002, ANN003
            attempts.append(f"{what}{args[:2]!r}")
            raise SocketAttempt(f"network use: {what}")

        return blocked

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket.socket"))
    for name in ("create_connection", "getaddrinfo", "socketpair", "create_server", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def test_a_working_day_opens_no_socket(no_sockets, vault_dir, tmp_path, clock):
    # Morning: setup.
    result = create_vault(vault_dir, shelter_name=SHELTER, username=DIRECTOR, display_name="Dana Director",
                          password=DIRECTOR_PW, clock=clock)
    desk = result.desk
    pdf = render_recovery_sheet(shelter_name=SHELTER, code=result.recovery_code, vault_id=desk.vault.keys.vault_id,
                                made_by="Dana Director", made_at=clock.now())
    assert pdf.startswith(b"%PDF")

    # Staff accounts.
    temp = desk.accounts.add("maria", "Maria Front", Role.FRONT_DESK)
    manager_temp = desk.accounts.add("hana", "Hana Manager", Role.HOUSE_MANAGER)
    desk.settings.set_idle_lock_minutes(10)
    desk.settings.security_status()
    desk.auth.sign_out()

    # The day: sign in, change password, lock, switch user, unlock.
    desk = Desk.open(vault_dir, clock)
    desk.auth.sign_in("maria", temp)
    desk.auth.change_own_password(temp, STAFF_PW)
    clock.advance(minutes=10)
    desk.auth.lock(reason="idle")
    desk.auth.sign_in("hana", manager_temp)
    desk.auth.change_own_password(manager_temp, STAFF_PW)
    desk.auth.lock()
    desk.auth.sign_in("maria", STAFF_PW)
    daily_needs(desk)
    desk.auth.lock()
    with pytest.raises(Exception):  # noqa: B017 - a wrong password, audited
        desk.auth.sign_in(DIRECTOR, "not the right one at all")

    # Evening: the director checks the trail, rotates the key, makes a backup.
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    desk.audit.opened()
    assert desk.audit.verify().intact
    desk.audit.events()
    rotation = desk.accounts.rotate_data_key(DIRECTOR_PW)
    render_recovery_sheet(shelter_name=SHELTER, code=rotation.recovery_code, vault_id=desk.vault.keys.vault_id,
                          made_by="Dana Director", made_at=clock.now())
    desk.auth.change_own_password(DIRECTOR_PW, NEW_PW)
    (tmp_path / "usb").mkdir()
    backup = desk.backups.back_up_to(tmp_path / "usb").path  # Back up now, verified
    with zipfile.ZipFile(backup) as zf:
        assert "shelter.db" in zf.namelist()
    assert all(line.ok for line in desk.backups.verify_vault())
    desk.backups.make_automatic()  # the automatic one at sign-out
    desk.auth.sign_out()

    # Next morning: the recovery code on the same PC.
    desk = Desk.open(vault_dir, clock)
    ticket = desk.auth.sign_in_with_recovery(rotation.recovery_code)
    desk.auth.finish_recovery(ticket, DIRECTOR, DIRECTOR_PW + " again")
    desk.close()

    # And the evening's backup restored on "another PC" folder with the new sheet.
    from shelter_desk.services.restore import restore_backup

    result = restore_backup(backup, tmp_path / "other-pc", recovery_code=rotation.recovery_code, clock=clock)
    restored = Desk.open(tmp_path / "other-pc", clock)
    restored.auth.finish_recovery(restored.auth.after_restore(result), DIRECTOR, NEW_PW + " there")
    restored.close()

    assert no_sockets == []


def daily_needs(desk: Desk) -> None:
    """The front desk's daily needs: an intake, meals, a request handed out from stock, an appointment, the sheets."""
    from datetime import timedelta

    from shelter_desk.reports.day_sheet import render_day_sheet
    from shelter_desk.reports.kitchen_sheet import render_kitchen_sheet
    from shelter_desk.services.needs_views import AppointmentDetails
    from shelter_desk.services.resident_input import PersonDetails, StayDetails

    today = desk.today()
    rid = desk.residents.intake(PersonDetails(alias="Ana", dietary_needs="Vegetarian"), StayDetails(today))
    for kind in desk.meals.kinds():
        desk.meals.mark_everyone(today, kind.id)
    clothing = desk.supplies.kinds()[0].id
    desk.supplies.receive(clothing, "Winter coat", "M", 2)
    request = desk.supplies.request(rid, clothing, "Winter coat", "M")
    desk.supplies.hand_out(rid, clothing, "Winter coat", "M", request_id=request)
    clinic = desk.appointments.add_provider("Fictional Clinic", "1 Example Street")
    desk.appointments.book(AppointmentDetails(rid, today + timedelta(days=1), 9 * 60, "medical", provider_id=clinic,
                                              transport_needed=True, escort="Sam"))
    desk.today_board.needs()
    made = dict(shelter_name=SHELTER, printed_by="Maria Front", printed_at=desk.now())
    assert render_kitchen_sheet(desk.meals.kitchen_sheet(today), **made).startswith(b"%PDF")
    assert render_day_sheet(desk.appointments.day_sheet(today + timedelta(days=1)), **made).startswith(b"%PDF")
    # Her safety plan: made from the default template, worked on, reviewed, printed for her.
    from shelter_desk.reports.safety_plan import render_safety_plan
    from shelter_desk.services.plan_views import ItemChange, PlanEdit

    desk.plans.install_default_template()
    plan = desk.plans.open_plan(desk.plans.start_plan(rid))
    version = desk.plans.save_plan(plan.id, PlanEdit(items=[ItemChange(plan.items[0].id, "done")]), plan.version)
    desk.plans.record_review(plan.id, "Went through it with her.", version)
    assert render_safety_plan(desk.plans.plan_for_printing(plan.id), printed_by="",
                              printed_at=desk.now()).startswith(b"%PDF")


def test_the_self_test_opens_no_socket(no_sockets):
    lines: list[str] = []
    assert run_self_test(lines.append) == 0, lines
    assert no_sockets == []


def test_the_guard_itself_works(no_sockets):
    with pytest.raises(SocketAttempt):
        socket.create_connection(("example.org", 80))
    with pytest.raises(SocketAttempt):
        socket.socket()
    assert len(no_sockets) == 2
    no_sockets.clear()
