"""The hash-chained audit trail.

Every event is written by a service in the same transaction as the change it
describes. Its MAC covers the previous event's MAC and the event's own canonical
row, so deleting, reordering or editing any event breaks the chain from there on.
Summaries say what happened, never the sensitive content itself (no resident names).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelter_desk.clock import utc_iso
from shelter_desk.storage.models import AuditEvent, AuditKey

GENESIS = b"\x00" * 32
INFO = "info"
HIGH = "high"


class Action:
    """The names of audited actions (stored in the trail; shown through the GUI's labels)."""

    VAULT_CREATED = "vault.created"
    VAULT_MIGRATED = "vault.migrated"
    KEYS_FILE_CHANGED = "vault.keys_file_changed"
    SIGN_IN = "session.sign_in"
    SIGN_IN_FAILED = "session.sign_in_failed"
    SIGN_OUT = "session.sign_out"
    LOCK = "session.lock"
    UNLOCK = "session.unlock"
    SWITCH_USER = "session.switch_user"
    SESSION_EXPIRED = "session.expired"
    RECOVERY_CODE_USED = "session.recovery_code_used"
    PERMISSION_DENIED = "security.permission_denied"
    ACCOUNT_CREATED = "account.created"
    ACCOUNT_ROLE_CHANGED = "account.role_changed"
    ACCOUNT_PASSWORD_RESET = "account.password_reset"
    ACCOUNT_DISABLED = "account.disabled"
    ACCOUNT_ENABLED = "account.enabled"
    PASSWORD_CHANGED = "account.password_changed"
    DATA_KEY_ROTATED = "security.data_key_rotated"
    RECOVERY_SHEET_SAVED = "security.recovery_sheet_saved"
    RECOVERY_SHEET_PRINTED = "security.recovery_sheet_printed"
    SETTINGS_CHANGED = "settings.changed"
    AUDIT_VIEWED = "audit.viewed"
    AUDIT_VERIFIED = "audit.verified"
    BACKUP_MADE = "backup.made"
    BACKUP_FAILED = "backup.failed"
    BACKUP_RESTORED = "backup.restored"
    VAULT_VERIFIED = "vault.verified"
    RETENTION_CHANGED = "retention.changed"
    RECORDS_PURGED = "retention.records_purged"
    RESIDENT_TAKEN_IN = "resident.taken_in"
    RESIDENT_OPENED = "resident.opened"
    RESIDENT_LEGAL_NAME_SHOWN = "resident.legal_name_shown"
    RESIDENT_LEGAL_NAME_SEARCHED = "resident.legal_name_searched"
    RESIDENT_CHANGED = "resident.changed"
    RESIDENT_HISTORY_VIEWED = "resident.history_viewed"
    RESIDENT_MERGED = "resident.merged"
    STAY_STARTED = "stay.started"
    STAY_CHANGED = "stay.changed"
    STAY_ENDED = "stay.ended"
    BED_ASSIGNED = "bed.assigned"
    BED_HELD = "bed.held"
    BED_RELEASED = "bed.released"
    ROOMS_CHANGED = "rooms.changed"
    NOTE_ADDED = "note.added"
    NOTE_CORRECTED = "note.corrected"
    NOTE_AMENDED = "note.amended"
    GOAL_ADDED = "goal.added"
    GOAL_CHANGED = "goal.changed"
    MEAL_MARKED = "meal.marked"
    MEAL_UNMARKED = "meal.unmarked"
    MEAL_GUESTS_SET = "meal.guests_set"
    MEALS_CHANGED = "meal.list_changed"
    KITCHEN_SHEET_MADE = "meal.kitchen_sheet_made"
    SUPPLY_REQUESTED = "supply.requested"
    SUPPLY_REQUEST_CANCELLED = "supply.request_cancelled"
    SUPPLY_HANDED_OUT = "supply.handed_out"
    SUPPLY_KINDS_CHANGED = "supply.kinds_changed"
    STOCK_RECEIVED = "stock.received"
    STOCK_RECOUNTED = "stock.recounted"
    STOCK_CHANGED = "stock.changed"
    PROVIDER_ADDED = "provider.added"
    PROVIDER_CHANGED = "provider.changed"
    APPOINTMENT_BOOKED = "appointment.booked"
    APPOINTMENT_CHANGED = "appointment.changed"
    APPOINTMENT_SETTLED = "appointment.settled"
    APPOINTMENT_RESCHEDULED = "appointment.rescheduled"
    DAY_SHEET_MADE = "appointment.day_sheet_made"
    PLAN_TEMPLATE_CHANGED = "plan.template_changed"
    PLAN_MADE = "plan.made"
    PLAN_OPENED = "plan.opened"
    PLAN_SAVED = "plan.saved"
    PLAN_REVIEWED = "plan.reviewed"
    PLAN_ITEMS_ADDED = "plan.items_added"
    PLAN_VERSION_VIEWED = "plan.version_viewed"
    PLAN_PRINTED = "plan.printed"
    DEMO_DATA_ADDED = "demo.data_added"
    INCIDENT_DRAFT_SAVED = "incident.draft_saved"
    INCIDENT_DRAFT_DISCARDED = "incident.draft_discarded"
    INCIDENT_RECORDED = "incident.recorded"
    INCIDENT_CHANGED = "incident.changed"
    INCIDENT_OPENED = "incident.opened"
    INCIDENT_SIGNED_OFF = "incident.signed_off"
    INCIDENT_REOPENED = "incident.reopened"
    INCIDENT_AMENDED = "incident.amended"
    INCIDENT_PRINTED = "incident.printed"
    INCIDENT_VERSION_VIEWED = "incident.version_viewed"
    FOLLOWUP_ADDED = "incident.followup_added"
    FOLLOWUP_CHANGED = "incident.followup_changed"
    FOLLOWUP_DONE = "incident.followup_done"
    INCIDENT_TYPES_CHANGED = "incident.types_changed"
    WEEKLY_SUMMARY_MADE = "report.weekly_summary_made"
    WEEKLY_SUMMARY_PRINTED = "report.weekly_summary_printed"
    WEEKLY_SUMMARY_SAVED = "report.weekly_summary_saved"
    COUNTS_EXPORTED = "report.counts_exported"


@dataclass(frozen=True)
class Actor:
    """Who did something: a signed-in account, or the program itself (id None)."""

    account_id: int | None
    name: str


SYSTEM = Actor(None, "(Shelter Desk)")


def canonical(event: AuditEvent) -> bytes:
    row = [
        event.id,
        event.at,
        event.actor_id,
        event.actor_name,
        event.action,
        event.entity_type,
        event.entity_id,
        event.summary,
        event.severity,
        event.key_epoch,
    ]
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def compute_mac(key: bytes, previous_mac: bytes, event: AuditEvent) -> str:
    return hmac.new(key, previous_mac + canonical(event), hashlib.sha256).hexdigest()


def current_epoch(session: Session) -> AuditKey:
    key = session.scalars(select(AuditKey).order_by(AuditKey.epoch.desc()).limit(1)).first()
    if key is None:  # setup always writes one: the database was emptied or replaced
        from shelter_desk.errors import VaultDamaged

        raise VaultDamaged()
    return key


def record(
    session: Session,
    *,
    actor: Actor,
    action: str,
    at: datetime,
    summary: str = "",
    entity_type: str | None = None,
    entity_id: object = None,
    severity: str = INFO,
) -> AuditEvent:
    """Append one event inside the caller's (write) transaction."""
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    key = current_epoch(session)
    event = AuditEvent(
        id=(last.id + 1) if last else 1,
        at=utc_iso(at),
        actor_id=actor.account_id,
        actor_name=actor.name,
        action=action,
        entity_type=entity_type,
        entity_id=None if entity_id is None else str(entity_id),
        summary=summary,
        severity=severity,
        key_epoch=key.epoch,
    )
    event.mac = compute_mac(key.key, bytes.fromhex(last.mac) if last else GENESIS, event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class VerifyResult:
    intact: bool
    checked: int
    broken_at: int | None = None  # the id of the first event that does not fit
    reason: str = ""


def verify(session: Session, batch: int = 5000) -> VerifyResult:
    """Walk the whole chain in id order and report the first broken link."""
    keys = {k.epoch: k.key for k in session.scalars(select(AuditKey))}
    previous = GENESIS
    expected_id = 1
    checked = 0
    last_id = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            break
        for event in rows:
            if event.id != expected_id:
                return VerifyResult(
                    False, checked, expected_id, f"event {expected_id} is missing"
                )
            key = keys.get(event.key_epoch)
            if key is None:
                return VerifyResult(False, checked, event.id, "its key is missing")
            if not hmac.compare_digest(compute_mac(key, previous, event), event.mac or ""):
                return VerifyResult(False, checked, event.id, "it was changed or reordered")
            previous = bytes.fromhex(event.mac)
            expected_id += 1
            checked += 1
            last_id = event.id
        session.expunge_all()
    return VerifyResult(True, checked)


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
