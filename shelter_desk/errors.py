"""Errors that staff may see.

Every error raised on purpose by the core is a :class:`ShelterDeskError` whose
``template`` is a plain-words sentence marked for translation in the
``"errors"`` context and whose ``params`` fill its ``{placeholders}``. The GUI and
the command line show ``message`` (or its translation) and never a traceback.
"""

from __future__ import annotations

from shelter_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class ShelterDeskError(Exception):
    """An error with a sentence a front-desk worker understands."""

    default_template = QT_TRANSLATE_NOOP("errors", "Something went wrong. Nothing was changed.")

    def __init__(self, template: str | None = None, **params: object) -> None:
        self.template = template or self.default_template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class VaultNotFound(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP("errors", "There is no Shelter Desk vault in {folder}.")


class VaultExists(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP("errors", "A Shelter Desk vault already exists in {folder}.")


class VaultDamaged(ShelterDeskError):
    """A vault file is unreadable or changed by something other than Shelter Desk."""

    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "The vault files are damaged and cannot be opened safely. "
        "Nothing was changed. Restore the most recent backup.",
    )


class DiskFull(ShelterDeskError):
    """The disk the vault is on is full (SQLITE_FULL): the change was not saved, nothing else was lost."""

    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's disk is full, so this change was not saved. Everything saved before is safe. "
        "Free some space (empty the Recycle Bin, move large files away), then try again.",
    )


class VaultTooNew(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "This vault was last used by a newer version of Shelter Desk. "
        "Install that version to open it.",
    )


class RotationUnfinished(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "A change of the data key was interrupted, so this sign-in no longer works. Nothing "
        "is lost: the director must sign in once to finish the change. Do not restore a backup.",
    )


class VaultInUse(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "Shelter Desk is already open with this vault on this computer. "
        "Use the window that is already open.",
    )


class WrongPassword(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP("errors", "The username or password is not right. Please try again.")


class WrongRecoveryCode(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP("errors", "That recovery code is not right for this vault.")


class RecoveryCodeTypo(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "That recovery code has a typing mistake. Check each group of letters "
        "and numbers against the Recovery Sheet.",
    )


class SignInBlocked(ShelterDeskError):
    """Too many wrong passwords: the account must wait ``wait_seconds``."""

    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "Too many wrong passwords for this account. Please wait {wait} before trying again.",
    )

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(wait=format_wait(wait_seconds))


class AccountDisabled(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "This account has been turned off. Ask the director if you need access."
    )


class DeviceSecretMissing(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "This vault's passwords only work on the computer where they were set, and this "
        "computer's password store does not have the vault's device key (a new computer, "
        "a new Windows account, or a changed password store). Sign in with the recovery "
        "code from the Recovery Sheet instead; nothing has been lost.",
    )


class NotSignedIn(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP("errors", "Please sign in first.")


class SessionExpired(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "You have been signed in for 12 hours. Please sign in again to go on."
    )


class PasswordChangeRequired(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "You signed in with a temporary password. Please choose your own password first."
    )


class PermissionDenied(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors", "Your account is not allowed to {what}. Ask a {who} to do this."
    )


class ValidationError(ShelterDeskError):
    """Bad input; ``field`` names the form field so the GUI can focus it."""

    default_template = QT_TRANSLATE_NOOP("errors", "Please check what you typed.")

    def __init__(self, template: str | None = None, field: str | None = None, **params: object):
        self.field = field
        super().__init__(template, **params)


class WeakKeyParameters(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "The vault's key slots use weaker protection than Shelter Desk allows. "
        "The vault was not opened.",
    )


def format_wait(seconds: int) -> str:
    """'45 seconds', '2 minutes 30 seconds': plain words for a wait."""
    seconds = max(0, int(seconds))
    minutes, secs = divmod(seconds, 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    if minutes:
        return f"{minutes} min"
    return f"{secs} s"
