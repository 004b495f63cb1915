"""What the incident service takes and hands back (frozen dataclasses; aliases only, never legal
names, except in a printout a house manager or director asked to show full names on)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from shelter_desk.i18n import QT_TRANSLATE_NOOP

DRAFT, OPEN, SIGNED_OFF = "draft", "open", "signed_off"
STATUSES = (
    (DRAFT, QT_TRANSLATE_NOOP("choices", "Draft (not yet recorded)")),
    (OPEN, QT_TRANSLATE_NOOP("choices", "Open (waiting for sign-off)")),
    (SIGNED_OFF, QT_TRANSLATE_NOOP("choices", "Signed off")),
)
SEVERITIES = (
    ("low", QT_TRANSLATE_NOOP("choices", "Low")),
    ("medium", QT_TRANSLATE_NOOP("choices", "Medium")),
    ("high", QT_TRANSLATE_NOOP("choices", "High")),
    ("critical", QT_TRANSLATE_NOOP("choices", "Critical")),
)
PLACES = (
    ("inside", QT_TRANSLATE_NOOP("choices", "In the house")),
    ("outside", QT_TRANSLATE_NOOP("choices", "Outside the house")),
)
PERSON_KINDS = (
    ("resident", QT_TRANSLATE_NOOP("choices", "Resident")),
    ("child", QT_TRANSLATE_NOOP("choices", "Child")),
    ("staff", QT_TRANSLATE_NOOP("choices", "Staff")),
    ("other", QT_TRANSLATE_NOOP("choices", "Someone else (described)")),
)
PERSON_ROLES = (
    ("affected", QT_TRANSLATE_NOOP("choices", "Harmed or targeted")),
    ("involved", QT_TRANSLATE_NOOP("choices", "Involved")),
    ("witness", QT_TRANSLATE_NOOP("choices", "Witness")),
)
# The kinds the program ships with (migration 0006), for translators: shown in the program's
# language while a house has not renamed them.
TYPE_NAMES = {
    "conflict": QT_TRANSLATE_NOOP("IncidentTypes", "Conflict between residents"),
    "medical": QT_TRANSLATE_NOOP("IncidentTypes", "Medical emergency"),
    "watch_person": QT_TRANSLATE_NOOP("IncidentTypes", "Person to watch for seen near the house"),
    "trespass": QT_TRANSLATE_NOOP("IncidentTypes", "Trespass"),
    "threat": QT_TRANSLATE_NOOP("IncidentTypes", "Threat or contact from a trafficker or abuser"),
    "self_harm": QT_TRANSLATE_NOOP("IncidentTypes", "Self-harm concern"),
    "damage": QT_TRANSLATE_NOOP("IncidentTypes", "Property damage"),
    "theft": QT_TRANSLATE_NOOP("IncidentTypes", "Theft"),
    "rule_breach": QT_TRANSLATE_NOOP("IncidentTypes", "Rule breach"),
    "child_safety": QT_TRANSLATE_NOOP("IncidentTypes", "Child safety concern"),
    "police": QT_TRANSLATE_NOOP("IncidentTypes", "Police contact"),
    "other": QT_TRANSLATE_NOOP("IncidentTypes", "Other"),
}
FUTURE_SLACK_SECONDS = 60  # "now" typed to the minute is not "in the future"


@dataclass(frozen=True)
class IncidentTypeView:
    id: int
    name: str  # as the house typed it (or the shipped English name, see ``code``)
    code: str | None  # set for a shipped kind not renamed: show TYPE_NAMES[code] translated
    active: bool
    sort_order: int


@dataclass
class PersonInput:
    """Someone in the incident as entered: ``kind`` resident (``resident_id``), child
    (``household_member_id``), staff (``account_id``) or other (``description`` only, never a name)."""

    kind: str
    role: str = "involved"
    resident_id: int | None = None
    household_member_id: int | None = None
    account_id: int | None = None
    description: str = ""


@dataclass
class IncidentEdit:
    """Everything typed into the incident window. A draft may leave anything empty."""

    occurred_at: datetime | None = None
    place: str = "inside"
    location: str = ""
    type_id: int | None = None
    severity: str = ""
    narrative_before: str = ""
    narrative_during: str = ""
    narrative_after: str = ""
    injuries: str = ""
    medical_response: str = ""
    property_damage: str = ""
    immediate_actions: str = ""
    police_called: bool = False
    ems_called: bool = False
    report_number: str = ""
    mandatory_report: bool = False
    mandatory_report_note: str = ""
    supervisor_notified: bool = False
    supervisor_note: str = ""
    people: list[PersonInput] = field(default_factory=list)


@dataclass(frozen=True)
class PersonInfo:
    id: int
    kind: str
    role: str
    name: str  # her alias, the child's first name or initials, the staff member's name, or the description
    resident_id: int | None = None
    household_member_id: int | None = None
    account_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    incident_id: int
    what: str
    owner_id: int | None
    owner_name: str
    due_on: date
    done_on: date | None
    done_by: str
    done_note: str
    added_by: str
    overdue: bool


@dataclass(frozen=True)
class AmendmentInfo:
    number: int
    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class DecisionInfo:
    kind: str  # signed_off or reopened
    at: datetime
    by: str
    text: str


@dataclass(frozen=True)
class IncidentVersionInfo:
    number: int
    saved_at: datetime
    saved_by: str
    reason: str


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    status: str
    version: int
    edit: IncidentEdit  # the incident's fields, ready to fill the window
    type_name: str
    type_code: str | None
    recorded_by: str
    recorded_by_id: int | None
    recorded_at: datetime | None
    created_at: datetime
    outcome: str
    review_notes: str
    signed_off_at: datetime | None
    signed_off_by: str
    people: tuple[PersonInfo, ...]
    followups: tuple[FollowUpInfo, ...]
    amendments: tuple[AmendmentInfo, ...]
    decisions: tuple[DecisionInfo, ...]
    versions: tuple[IncidentVersionInfo, ...]

    @property
    def locked(self) -> bool:
        return self.status == SIGNED_OFF


@dataclass(frozen=True)
class IncidentRow:
    """One line of the incident list (and of her file's list, where ``role`` is her part in it,
    or None for those not allowed to see it)."""

    id: int
    occurred_at: datetime
    status: str
    type_name: str
    type_code: str | None
    severity: str
    place: str
    location: str
    residents: tuple[str, ...]  # aliases
    open_followups: int
    overdue_followups: int
    recorded_by: str
    role: str | None = None


@dataclass
class IncidentFilter:
    """What the incident list shows: every field optional. Dates are days at the shelter, both counted."""

    date_from: date | None = None
    date_to: date | None = None
    type_id: int | None = None
    severity: str | None = None
    status: str | None = None
    resident_id: int | None = None
    limit: int = 5000


@dataclass(frozen=True)
class OpenFollowUp:
    """A follow-up task not done yet, for the Today board and the incident list."""

    id: int
    incident_id: int
    what: str
    owner_name: str
    due_on: date
    overdue: bool
    type_name: str
    type_code: str | None
    occurred_at: datetime


@dataclass(frozen=True)
class PersonPrint:
    kind: str
    role: str
    name: str


@dataclass(frozen=True)
class IncidentPrint:
    """What the incident printout shows (``full_names``: legal names beside aliases, where known)."""

    id: int
    status: str
    shelter_name: str
    full_names: bool
    occurred_at: datetime
    place: str
    location: str
    type_name: str
    type_code: str | None
    severity: str
    people: tuple[PersonPrint, ...]
    narrative_before: str
    narrative_during: str
    narrative_after: str
    injuries: str
    medical_response: str
    property_damage: str
    immediate_actions: str
    police_called: bool
    ems_called: bool
    report_number: str
    mandatory_report: bool
    mandatory_report_note: str
    supervisor_notified: bool
    supervisor_note: str
    recorded_by: str
    recorded_at: datetime | None
    outcome: str
    review_notes: str
    signed_off_at: datetime | None
    signed_off_by: str
    followups: tuple[FollowUpInfo, ...]
    amendments: tuple[AmendmentInfo, ...]
    decisions: tuple[DecisionInfo, ...]
