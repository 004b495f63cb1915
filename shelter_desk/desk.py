"""The running program's core: one vault, who is signed in, and the services.

The GUI, the command line and the tests all go through a :class:`Desk`. Every
service method starts with :meth:`Desk.require`, which checks the session (signed
in, not locked, not older than 12 hours) and the role's permission, and writes a
"permission denied" audit event when the answer is no.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from shelter_desk import audit
from shelter_desk.audit import Actor
from shelter_desk.clock import Clock, SystemClock
from shelter_desk.errors import (
    NotSignedIn,
    PasswordChangeRequired,
    PermissionDenied,
    SessionExpired,
)
from shelter_desk.permissions import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    Permission,
    Role,
    allowed,
    lowest_role_with,
)
from shelter_desk.storage.vault import Vault

SESSION_LIMIT = timedelta(hours=12)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignedIn:
    """The person using the program now."""

    account_id: int
    username: str
    display_name: str
    role: Role
    since: datetime
    must_change_password: bool = False

    @property
    def actor(self) -> Actor:
        return Actor(self.account_id, self.username)


class Desk:
    def __init__(self, vault: Vault, clock: Clock | None = None) -> None:
        from shelter_desk.services.accounts import AccountService
        from shelter_desk.services.appointments import AppointmentService
        from shelter_desk.services.audit_trail import AuditService
        from shelter_desk.services.auth import AuthService
        from shelter_desk.services.backups import BackupService
        from shelter_desk.services.beds import BedService
        from shelter_desk.services.casework import CaseworkService
        from shelter_desk.services.incidents import IncidentService
        from shelter_desk.services.meals import MealService
        from shelter_desk.services.plans import PlanService
        from shelter_desk.services.reports import ReportService
        from shelter_desk.services.residents import ResidentService
        from shelter_desk.services.retention import RetentionService
        from shelter_desk.services.settings import SettingsService
        from shelter_desk.services.supplies import SupplyService
        from shelter_desk.services.today import TodayService

        self.vault = vault
        self.clock: Clock = clock or SystemClock()
        self.current: SignedIn | None = None
        self.locked = False
        self.pending_open_report = None  # what opening the vault found, for the GUI to tell
        # Held for every database access and for every change of keys (slots, data key), so a
        # worker thread changing the data key and the UI thread (a lock, a sign-in) never
        # meet half-way. Re-entrant: services nest ``write()`` inside their own critical parts.
        self.mutex = threading.RLock()
        self.auth = AuthService(self)
        self.accounts = AccountService(self)
        self.audit = AuditService(self)
        self.settings = SettingsService(self)
        self.backups = BackupService(self)
        self.retention = RetentionService(self)
        self.residents = ResidentService(self)
        self.beds = BedService(self)
        self.casework = CaseworkService(self)
        self.meals = MealService(self)
        self.supplies = SupplyService(self)
        self.appointments = AppointmentService(self)
        self.plans = PlanService(self)
        self.incidents = IncidentService(self)
        self.today_board = TodayService(self)
        self.reports = ReportService(self)
        # Called with a topic ("residents", "beds"...) after a change is committed, so
        # screens such as the Today board refresh themselves.
        self._listeners: list[Callable[[str], None]] = []

    @classmethod
    def open(cls, folder: Path, clock: Clock | None = None) -> Desk:
        return cls(Vault(folder), clock)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        """The date at the shelter (this computer's time zone)."""
        return self.now().astimezone().date()

    # --- change notices -------------------------------------------------------------
    def subscribe(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """Call ``listener(topic)`` after each committed change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def changed(self, topic: str) -> None:
        for listener in list(self._listeners):
            try:
                listener(topic)
            except Exception as exc:  # a screen's refresh must never undo or hide a committed change
                log.error("a change listener failed: %s", type(exc).__name__)  # the type only: no names in logs

    # --- sessions and permissions ---------------------------------------------------
    def signed_in(self) -> SignedIn:
        """The current person, if the session is usable; raises otherwise."""
        if self.current is None or self.locked or not self.vault.is_open:
            raise NotSignedIn()
        if self.now() - self.current.since > SESSION_LIMIT:
            self.locked = True
            self.record_alone(audit.Action.SESSION_EXPIRED, actor=self.current.actor)
            raise SessionExpired()
        return self.current

    def can(self, permission: Permission) -> bool:
        return self.current is not None and allowed(self.current.role, permission)

    def require(self, permission: Permission) -> SignedIn:
        who = self.signed_in()
        if who.must_change_password and permission is not Permission.CHANGE_OWN_PASSWORD:
            raise PasswordChangeRequired()
        if not allowed(who.role, permission):
            self.record_alone(
                audit.Action.PERMISSION_DENIED,
                actor=who.actor,
                summary=f"tried to {permission.value} as {who.role.value}",
                severity=audit.HIGH,
            )
            needed = lowest_role_with(permission)
            raise PermissionDenied(
                what=PERMISSION_LABELS[permission],
                who=ROLE_LABELS[needed].lower() if needed else "director",
            )
        return who

    # --- database access for services ---------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.mutex:
            if self.vault.db is None:
                raise NotSignedIn()
            with self.vault.db.write() as session:
                yield session

    @contextmanager
    def write_with_keys(self) -> Iterator[Session]:
        """A write transaction that also changes ``shelter.keys``.

        The key file is saved inside the block, before the commit. If anything
        fails, the commit included, the key file is put back as it was, so a
        password or account change is either all there (slot, row, audit event)
        or not at all.
        """
        with self.mutex:
            keys = self.vault.keys
            before = (list(keys.slots), keys.rotating_to)
            try:
                with self.write() as session:
                    yield session
            except BaseException:
                if (keys.slots, keys.rotating_to) != before:
                    keys.slots, keys.rotating_to = before
                    self.vault.save_keys()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.mutex:
            if self.vault.db is None:
                raise NotSignedIn()
            with self.vault.db.read() as session:
                yield session

    def record(self, session: Session, action: str, *, actor: Actor | None = None, **fields: object) -> None:
        """Append an audit event inside the caller's transaction."""
        who = actor or (self.current.actor if self.current else audit.SYSTEM)
        audit.record(session, actor=who, action=action, at=self.now(), **fields)  # type: ignore[arg-type]

    def record_alone(self, action: str, *, actor: Actor | None = None, **fields: object) -> None:
        """An audit event in a transaction of its own (sign-in failures, denials)."""
        with self.mutex:
            if self.vault.db is None:
                return
            with self.write() as session:
                self.record(session, action, actor=actor, **fields)

    def close(self) -> None:
        with self.mutex:
            self.current = None
            self.vault.close()
