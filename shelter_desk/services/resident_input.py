"""What a screen hands to the residents services, and how each field is checked.

The GUI fills these plain dataclasses from its form; the services clean and check
every field and raise :class:`ValidationError` naming the field, so the form can
show the message next to it and keep everything typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from shelter_desk import hud
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.validation import check_date, clean_block, clean_line

L = QT_TRANSLATE_NOOP  # field labels, shown inside error sentences


@dataclass
class PersonDetails:
    """The resident's own details. ``legal_name`` None on an edit means "leave it as it is"."""

    alias: str
    legal_name: str | None = None
    dob_quality: int = hud.NOT_COLLECTED  # hud.DOB_QUALITY: 1 date of birth, 2 approximate age, 8/9/99
    birth_date: date | None = None
    approximate_age: int | None = None
    genders: tuple[int, ...] = (hud.NOT_COLLECTED,)
    race_ethnicity: tuple[int, ...] = (hud.NOT_COLLECTED,)
    pronouns: str = ""
    languages: str = ""
    interpreter_needed: bool = False
    emergency_contact: str = ""
    dietary_needs: str = ""
    allergies: str = ""
    medical_notes: str = ""
    do_not_confirm: bool = True
    watch_for: str = ""


@dataclass
class HouseholdEntry:
    """Someone staying with her: first name or initials, age, child or other family."""

    name: str
    age: int | None = None
    relationship: str = "child"
    id: int | None = None  # set when editing an existing member


@dataclass
class StayDetails:
    intake_date: date
    program: str = "emergency"
    referral_source: str = "unknown"
    referral_note: str = ""
    prior_living_situation: int = hud.NOT_COLLECTED
    bed_id: int | None = None  # used at intake and on return only; moves go through the bed board
    household: list[HouseholdEntry] = field(default_factory=list)


def _codes(values: tuple[int, ...], choices: tuple[hud.Choice, ...], *, field_name: str, label: str) -> str:
    known = hud.by_code(choices)
    chosen = sorted(set(values or (hud.NOT_COLLECTED,)))
    if any(c not in known for c in chosen):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose {label} from the list."), field=field_name, label=label)
    missing = [c for c in chosen if c in hud.MISSING_CODES]
    if missing and len(chosen) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "For {label}, \"doesn't know\", \"prefers not to answer\" and "
                                        "\"not collected\" cannot be chosen together with other answers."),
            field=field_name, label=label,
        )
    return ",".join(str(c) for c in chosen)


def clean_person(p: PersonDetails, *, today: date) -> dict[str, object]:
    """Checked column values for a :class:`Resident` (legal_name only when given)."""
    out: dict[str, object] = {
        "alias": clean_line(p.alias, field="alias", label=L("fields", "the preferred name or alias"),
                            max_length=120, required=True),
    }
    if p.legal_name is not None:
        out["legal_name"] = clean_line(p.legal_name, field="legal_name", label=L("fields", "the legal name"),
                                       max_length=200) or None
    quality = p.dob_quality
    if quality not in hud.by_code(hud.DOB_QUALITY):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how the age is known from the list."), field="dob_quality")
    birth: date | None = None
    if quality == hud.DOB_FULL:
        birth = check_date(p.birth_date, field="birth_date", label=L("fields", "the date of birth"), today=today)  # type: ignore[assignment]
    elif quality == hud.DOB_APPROXIMATE:
        age = p.approximate_age
        if not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= 120:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please give an approximate age from 0 to 120."),
                                  field="approximate_age")
        year = today.year - age
        birth = today.replace(year=year, day=28) if (today.month, today.day) == (2, 29) else today.replace(year=year)
    out["birth_date"] = birth
    out["dob_quality"] = quality
    out["genders"] = _codes(p.genders, hud.GENDERS, field_name="genders", label=L("fields", "gender"))
    out["race_ethnicity"] = _codes(p.race_ethnicity, hud.RACE_ETHNICITY, field_name="race_ethnicity",
                                   label=L("fields", "race and ethnicity"))
    out["pronouns"] = clean_line(p.pronouns, field="pronouns", label=L("fields", "pronouns"), max_length=60)
    out["languages"] = clean_line(p.languages, field="languages", label=L("fields", "languages"), max_length=200)
    out["interpreter_needed"] = bool(p.interpreter_needed)
    out["emergency_contact"] = clean_line(p.emergency_contact, field="emergency_contact",
                                          label=L("fields", "the emergency contact"), max_length=300)
    out["dietary_needs"] = clean_line(p.dietary_needs, field="dietary_needs", label=L("fields", "dietary needs"),
                                      max_length=300)
    out["allergies"] = clean_line(p.allergies, field="allergies", label=L("fields", "allergies"), max_length=300)
    out["medical_notes"] = clean_block(p.medical_notes, field="medical_notes", label=L("fields", "medical notes"),
                                       max_length=2000)
    out["do_not_confirm"] = bool(p.do_not_confirm)
    out["watch_for"] = clean_block(p.watch_for, field="watch_for", label=L("fields", "the person to watch for"),
                                   max_length=2000)
    return out


def clean_household(entries: list[HouseholdEntry] | None) -> list[HouseholdEntry]:
    entries = list(entries or [])
    if len(entries) > 20:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A household can have at most 20 people here."),
                              field="household")
    out = []
    for entry in entries:
        name = clean_line(entry.name, field="household", label=L("fields", "the first name or initials"),
                          max_length=60, required=True)
        age = entry.age
        if age is not None and (not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= 120):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "An age must be a number from 0 to 120."),
                                  field="household")
        if entry.relationship not in hud.keys(hud.RELATIONSHIPS):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose child or other family member."), field="household")
        out.append(HouseholdEntry(name, age, entry.relationship, entry.id))
    return out


def clean_stay(s: StayDetails, *, today: date) -> dict[str, object]:
    out: dict[str, object] = {
        "intake_date": check_date(s.intake_date, field="intake_date", label=L("fields", "the intake date"), today=today),
    }
    if s.program not in hud.keys(hud.PROGRAMS):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a program from the list."), field="program")
    out["program"] = s.program
    if s.referral_source not in hud.keys(hud.REFERRAL_SOURCES):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose who referred her from the list."),
                              field="referral_source")
    out["referral_source"] = s.referral_source
    out["referral_note"] = clean_line(s.referral_note, field="referral_note", label=L("fields", "the referral note"),
                                      max_length=200)
    if s.prior_living_situation not in hud.by_code(hud.PRIOR_LIVING_SITUATIONS):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose where she stayed before from the list."),
                              field="prior_living_situation")
    out["prior_living_situation"] = s.prior_living_situation
    return out


def age_on(birth: date | None, on: date) -> int | None:
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
