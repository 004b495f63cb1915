"""What the residents services hand back to screens: rows, the resident file, history.

Plain frozen dataclasses, so a screen can keep them without holding a database
session. None of them carries a legal name (only ``ResidentFile.has_legal_name``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shelter_desk import hud
from shelter_desk.errors import ShelterDeskError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.resident_input import PersonDetails


class StaleRecord(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "Someone else changed this record after you opened it, so your changes were not saved. "
        "Close this window, open the record again to see what changed, and make your change again.",
    )


# --- what the services hand back ---------------------------------------------------------

@dataclass(frozen=True)
class ResidentRow:
    """One line of the residents list (no legal name, ever)."""

    id: int
    alias: str
    here: bool
    program: str
    room: str
    bed: str
    intake_date: date | None
    exit_date: date | None
    do_not_confirm: bool
    watch_for: bool
    household: int


@dataclass(frozen=True)
class HouseholdInfo:
    id: int
    name: str
    age: int | None
    relationship: str


@dataclass(frozen=True)
class BedSpell:
    room: str
    bed: str
    start: date
    end: date | None


@dataclass(frozen=True)
class StayInfo:
    id: int
    intake_date: date
    program: str
    referral_source: str
    referral_note: str
    prior_living_situation: int
    exit_date: date | None
    destination: int | None
    exit_reason: str
    bed_id: int | None
    room: str
    bed: str
    household: tuple[HouseholdInfo, ...]
    beds: tuple[BedSpell, ...]
    nights: int

    @property
    def here(self) -> bool:
        return self.exit_date is None

    @property
    def bed_label(self) -> str:
        return f"{self.room} · {self.bed}" if self.room else ""


@dataclass(frozen=True)
class NoteInfo:
    id: int
    kind: str
    written_on: date
    author_id: int | None
    author_name: str
    text: str
    amends_id: int | None
    created_on: date
    can_correct: bool  # the signed-in author, the same day


@dataclass(frozen=True)
class GoalInfo:
    id: int
    kind: str
    status: str
    description: str
    started_on: date | None
    ended_on: date | None
    notes: str


@dataclass(frozen=True)
class ResidentFile:
    """Everything the resident file shows, except the legal name (``has_legal_name`` only)."""

    id: int
    version: int
    alias: str
    has_legal_name: bool
    dob_quality: int
    birth_date: date | None
    age: int | None
    genders: tuple[int, ...]
    race_ethnicity: tuple[int, ...]
    pronouns: str
    languages: str
    interpreter_needed: bool
    emergency_contact: str
    dietary_needs: str
    allergies: str
    medical_notes: str
    do_not_confirm: bool
    watch_for: str
    stays: tuple[StayInfo, ...]  # newest first
    notes: tuple[NoteInfo, ...]  # newest first; amendments follow their note
    goals: tuple[GoalInfo, ...]

    @property
    def current_stay(self) -> StayInfo | None:
        return next((s for s in self.stays if s.here), None)

    def person(self) -> PersonDetails:
        """The details as a form fills them in for an edit (legal name left as it is)."""
        return PersonDetails(
            alias=self.alias, legal_name=None, dob_quality=self.dob_quality, birth_date=self.birth_date,
            approximate_age=self.age if self.dob_quality == hud.DOB_APPROXIMATE else None,
            genders=self.genders, race_ethnicity=self.race_ethnicity, pronouns=self.pronouns,
            languages=self.languages, interpreter_needed=self.interpreter_needed,
            emergency_contact=self.emergency_contact, dietary_needs=self.dietary_needs,
            allergies=self.allergies, medical_notes=self.medical_notes, do_not_confirm=self.do_not_confirm,
            watch_for=self.watch_for,
        )


@dataclass(frozen=True)
class ChangeRow:
    at: object  # aware UTC datetime
    actor_name: str
    entity_type: str  # "resident", "stay", "household", "note", "goal"
    entity_id: int
    field: str
    old_value: str
    new_value: str


# Fields whose old and new values the history never shows, only that they changed.
HIDDEN_IN_HISTORY = {"legal_name"}
