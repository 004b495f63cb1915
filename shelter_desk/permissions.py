"""Roles and what each may do: the one place this is decided.

Services call :func:`allowed` (through ``Desk.require``) before doing anything;
the GUI uses the same matrix only to decide what to show.
"""

from __future__ import annotations

from enum import StrEnum

from shelter_desk.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    HOUSE_MANAGER = "house_manager"
    DIRECTOR = "director"


ROLE_LABELS = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("roles", "Front desk"),
    Role.HOUSE_MANAGER: QT_TRANSLATE_NOOP("roles", "House manager"),
    Role.DIRECTOR: QT_TRANSLATE_NOOP("roles", "Director"),
}


class Permission(StrEnum):
    CHANGE_OWN_PASSWORD = "change_own_password"
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    CHANGE_SECURITY_SETTINGS = "change_security_settings"
    ROTATE_DATA_KEY = "rotate_data_key"
    VIEW_SECURITY_STATUS = "view_security_status"


# What each permission lets someone do, as the end of "Your account is not allowed to ...".
PERMISSION_LABELS = {
    Permission.CHANGE_OWN_PASSWORD: QT_TRANSLATE_NOOP("permissions", "change its password"),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("permissions", "manage staff accounts"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("permissions", "read the audit trail"),
    Permission.CHANGE_SECURITY_SETTINGS: QT_TRANSLATE_NOOP("permissions", "change security settings"),
    Permission.ROTATE_DATA_KEY: QT_TRANSLATE_NOOP("permissions", "change the data key"),
    Permission.VIEW_SECURITY_STATUS: QT_TRANSLATE_NOOP("permissions", "see the security settings"),
}

_EVERYONE = {Permission.CHANGE_OWN_PASSWORD}
_MANAGER = _EVERYONE | set()
_DIRECTOR = _MANAGER | {
    Permission.MANAGE_ACCOUNTS,
    Permission.VIEW_AUDIT,
    Permission.CHANGE_SECURITY_SETTINGS,
    Permission.ROTATE_DATA_KEY,
    Permission.VIEW_SECURITY_STATUS,
}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset(_EVERYONE),
    Role.HOUSE_MANAGER: frozenset(_MANAGER),
    Role.DIRECTOR: frozenset(_DIRECTOR),
}


def allowed(role: Role | str, permission: Permission) -> bool:
    try:
        return permission in MATRIX[Role(role)]
    except ValueError:
        return False


def lowest_role_with(permission: Permission) -> Role | None:
    for role in (Role.FRONT_DESK, Role.HOUSE_MANAGER, Role.DIRECTOR):
        if permission in MATRIX[role]:
            return role
    return None
