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
    MAKE_BACKUPS = "make_backups"
    PURGE_OLD_RECORDS = "purge_old_records"
    VIEW_RESIDENTS = "view_residents"
    EDIT_RESIDENTS = "edit_residents"
    CASE_NOTES = "case_notes"
    VIEW_LEGAL_NAME = "view_legal_name"
    VIEW_CHANGE_HISTORY = "view_change_history"
    MERGE_RESIDENTS = "merge_residents"
    MANAGE_ROOMS = "manage_rooms"
    DAILY_NEEDS = "daily_needs"
    MANAGE_LISTS = "manage_lists"
    SAFETY_PLANS = "safety_plans"
    MANAGE_PLAN_TEMPLATES = "manage_plan_templates"
    INCIDENTS = "incidents"
    SIGN_OFF_INCIDENTS = "sign_off_incidents"
    REOPEN_INCIDENTS = "reopen_incidents"
    WEEKLY_SUMMARY = "weekly_summary"
    EXPORT_COUNTS = "export_counts"


# What each permission lets someone do, as the end of "Your account is not allowed to ...".
PERMISSION_LABELS = {
    Permission.CHANGE_OWN_PASSWORD: QT_TRANSLATE_NOOP("permissions", "change its password"),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("permissions", "manage staff accounts"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("permissions", "read the audit trail"),
    Permission.CHANGE_SECURITY_SETTINGS: QT_TRANSLATE_NOOP("permissions", "change security settings"),
    Permission.ROTATE_DATA_KEY: QT_TRANSLATE_NOOP("permissions", "change the data key"),
    Permission.VIEW_SECURITY_STATUS: QT_TRANSLATE_NOOP("permissions", "see the security settings"),
    Permission.MAKE_BACKUPS: QT_TRANSLATE_NOOP("permissions", "make or restore backups"),
    Permission.PURGE_OLD_RECORDS: QT_TRANSLATE_NOOP("permissions", "set how long records are kept or delete old records"),
    Permission.VIEW_RESIDENTS: QT_TRANSLATE_NOOP("permissions", "see residents"),
    Permission.EDIT_RESIDENTS: QT_TRANSLATE_NOOP("permissions", "take in residents or change their stays"),
    Permission.CASE_NOTES: QT_TRANSLATE_NOOP("permissions", "write case notes and goals"),
    Permission.VIEW_LEGAL_NAME: QT_TRANSLATE_NOOP("permissions", "see legal names"),
    Permission.VIEW_CHANGE_HISTORY: QT_TRANSLATE_NOOP("permissions", "see the history of changes to a resident's record"),
    Permission.MERGE_RESIDENTS: QT_TRANSLATE_NOOP("permissions", "merge two resident records"),
    Permission.MANAGE_ROOMS: QT_TRANSLATE_NOOP("permissions", "change rooms and beds"),
    Permission.DAILY_NEEDS: QT_TRANSLATE_NOOP("permissions", "record meals, supplies and appointments"),
    Permission.MANAGE_LISTS: QT_TRANSLATE_NOOP("permissions", "change the list of meals or of supply kinds"),
    Permission.SAFETY_PLANS: QT_TRANSLATE_NOOP("permissions", "read and work on safety plans"),
    Permission.MANAGE_PLAN_TEMPLATES: QT_TRANSLATE_NOOP("permissions", "change the safety-plan templates"),
    Permission.INCIDENTS: QT_TRANSLATE_NOOP("permissions", "record and read incidents"),
    Permission.SIGN_OFF_INCIDENTS: QT_TRANSLATE_NOOP("permissions", "review and sign off incidents"),
    Permission.REOPEN_INCIDENTS: QT_TRANSLATE_NOOP("permissions", "re-open a signed-off incident"),
    Permission.WEEKLY_SUMMARY: QT_TRANSLATE_NOOP("permissions", "make the weekly summary"),
    Permission.EXPORT_COUNTS: QT_TRANSLATE_NOOP("permissions", "export anonymized counts"),
}

_EVERYONE = {
    Permission.CHANGE_OWN_PASSWORD,
    Permission.VIEW_RESIDENTS,
    Permission.EDIT_RESIDENTS,
    Permission.CASE_NOTES,
    Permission.DAILY_NEEDS,
    Permission.SAFETY_PLANS,
    Permission.INCIDENTS,
}
# Front desk types a legal name at intake but never sees it again: that is for house
# managers and directors, who also see a record's change history and fix duplicates.
_MANAGER = _EVERYONE | {
    Permission.VIEW_LEGAL_NAME,
    Permission.VIEW_CHANGE_HISTORY,
    Permission.MERGE_RESIDENTS,
    Permission.MANAGE_ROOMS,
    Permission.MANAGE_LISTS,
    Permission.MANAGE_PLAN_TEMPLATES,
    Permission.SIGN_OFF_INCIDENTS,  # and they see each resident's part in an incident from her file
    Permission.WEEKLY_SUMMARY,  # printed for the Monday team meeting
}
_DIRECTOR = _MANAGER | {
    Permission.MANAGE_ACCOUNTS,
    Permission.VIEW_AUDIT,
    Permission.CHANGE_SECURITY_SETTINGS,
    Permission.ROTATE_DATA_KEY,
    Permission.VIEW_SECURITY_STATUS,
    Permission.REOPEN_INCIDENTS,
    Permission.MAKE_BACKUPS,
    Permission.PURGE_OLD_RECORDS,
    Permission.EXPORT_COUNTS,  # what leaves the building for funders and boards
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
