from shelter_desk.permissions import Role
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen


def test_director_adds_front_desk_who_signs_in_after_restart(desk, vault_dir, clock):
    add_staff(desk, "maria", Role.FRONT_DESK)
    fresh = reopen(vault_dir, clock, desk)
    who = fresh.auth.sign_in("Maria", STAFF_PW)
    assert who.role is Role.FRONT_DESK
    fresh.auth.sign_out()
    fresh = reopen(vault_dir, clock, fresh)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert fresh.audit.verify().intact
    fresh.close()
