"""Reading and verifying the audit trail (director only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from shelter_desk import audit
from shelter_desk.clock import utc_iso
from shelter_desk.permissions import Permission
from shelter_desk.storage.models import AuditEvent


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    actor_name: str
    action: str
    entity_type: str | None
    entity_id: str | None
    summary: str
    severity: str


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    actor_name: str | None = None
    action: str | None = None


class AuditService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    def _where(self, flt: AuditFilter) -> list:
        clauses = []
        if flt.since:
            clauses.append(AuditEvent.at >= utc_iso(flt.since))
        if flt.until:
            clauses.append(AuditEvent.at < utc_iso(flt.until))
        if flt.actor_name:
            clauses.append(AuditEvent.actor_name == flt.actor_name)
        if flt.action:
            clauses.append(AuditEvent.action == flt.action)
        return clauses

    def count(self, flt: AuditFilter = AuditFilter()) -> int:
        self.desk.require(Permission.VIEW_AUDIT)
        with self.desk.read() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEvent).where(*self._where(flt))) or 0)

    def events(self, flt: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int = 500) -> list[AuditRow]:
        """Newest first."""
        self.desk.require(Permission.VIEW_AUDIT)
        with self.desk.read() as session:
            rows = session.scalars(
                select(AuditEvent).where(*self._where(flt)).order_by(AuditEvent.id.desc()).offset(offset).limit(limit)
            ).all()
            return [
                AuditRow(r.id, r.at, r.actor_name, r.action, r.entity_type, r.entity_id, r.summary, r.severity)
                for r in rows
            ]

    def opened(self) -> None:
        """The director opened the audit screen (that, too, is recorded)."""
        self.desk.require(Permission.VIEW_AUDIT)
        self.desk.record_alone(audit.Action.AUDIT_VIEWED)

    def people(self) -> list[str]:
        self.desk.require(Permission.VIEW_AUDIT)
        with self.desk.read() as session:
            return sorted(session.scalars(select(AuditEvent.actor_name).distinct()).all())

    def actions(self) -> list[str]:
        self.desk.require(Permission.VIEW_AUDIT)
        with self.desk.read() as session:
            return sorted(session.scalars(select(AuditEvent.action).distinct()).all())

    def verify(self) -> audit.VerifyResult:
        self.desk.require(Permission.VIEW_AUDIT)
        with self.desk.read() as session:
            result = audit.verify(session)
        summary = (
            f"chain intact ({result.checked} events)"
            if result.intact
            else f"chain BROKEN at event {result.broken_at}: {result.reason}"
        )
        self.desk.record_alone(
            audit.Action.AUDIT_VERIFIED, summary=summary, severity=audit.INFO if result.intact else audit.HIGH
        )
        return result
