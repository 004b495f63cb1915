"""The answer lists a resident's record uses, with HUD HMIS codes where HUD has a list.

Codes are the HMIS Data Standards FY2024 ones, so a comparable-database report
(APR/CAPER aggregate) can be built later from what is stored, without re-entering
anything. Every list offers "Client doesn't know" (8), "Client prefers not to
answer" (9) and "Data not collected" (99) where HUD does. Labels are plain words
marked for translation in the ``"hud"`` context; the GUI shows them through
``QCoreApplication.translate("hud", label)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "hud"
DOESNT_KNOW = 8
PREFERS_NOT = 9
NOT_COLLECTED = 99


@dataclass(frozen=True)
class Choice:
    code: int
    label: str
    group: str = ""  # the heading the choice sits under (living situations)


_MISSING = (
    Choice(DOESNT_KNOW, QT_TRANSLATE_NOOP("hud", "Client doesn't know")),
    Choice(PREFERS_NOT, QT_TRANSLATE_NOOP("hud", "Client prefers not to answer")),
    Choice(NOT_COLLECTED, QT_TRANSLATE_NOOP("hud", "Data not collected")),
)

HOMELESS = QT_TRANSLATE_NOOP("hud", "Homeless situations")
INSTITUTIONAL = QT_TRANSLATE_NOOP("hud", "Institutional situations")
TEMPORARY = QT_TRANSLATE_NOOP("hud", "Temporary housing situations")
PERMANENT = QT_TRANSLATE_NOOP("hud", "Permanent housing situations")
OTHER = QT_TRANSLATE_NOOP("hud", "Other")
GROUPS = (HOMELESS, INSTITUTIONAL, TEMPORARY, PERMANENT, OTHER)


def _h(code: int, label: str) -> Choice:
    return Choice(code, label, HOMELESS)


def _i(code: int, label: str) -> Choice:
    return Choice(code, label, INSTITUTIONAL)


def _t(code: int, label: str) -> Choice:
    return Choice(code, label, TEMPORARY)


def _p(code: int, label: str) -> Choice:
    return Choice(code, label, PERMANENT)


def _o(code: int, label: str) -> Choice:
    return Choice(code, label, OTHER)


# FY2024 Living Situation Option List (3.12.1) as used for "Prior living situation" (3.917).
PRIOR_LIVING_SITUATIONS: tuple[Choice, ...] = (
    _h(116, QT_TRANSLATE_NOOP("hud", "Place not meant for people to live in (a car, an abandoned building, a station, outside)")),
    _h(101, QT_TRANSLATE_NOOP("hud", "Emergency shelter, including a hotel or motel paid for with a shelter voucher, or a Host Home shelter")),
    _h(118, QT_TRANSLATE_NOOP("hud", "Safe Haven")),
    _i(215, QT_TRANSLATE_NOOP("hud", "Foster care home or foster care group home")),
    _i(206, QT_TRANSLATE_NOOP("hud", "Hospital or other residential non-psychiatric medical facility")),
    _i(207, QT_TRANSLATE_NOOP("hud", "Jail, prison or juvenile detention facility")),
    _i(225, QT_TRANSLATE_NOOP("hud", "Long-term care facility or nursing home")),
    _i(204, QT_TRANSLATE_NOOP("hud", "Psychiatric hospital or other psychiatric facility")),
    _i(205, QT_TRANSLATE_NOOP("hud", "Substance abuse treatment facility or detox center")),
    _t(302, QT_TRANSLATE_NOOP("hud", "Transitional housing for homeless persons (including homeless youth)")),
    _t(329, QT_TRANSLATE_NOOP("hud", "Residential project or halfway house with no homeless criteria")),
    _t(314, QT_TRANSLATE_NOOP("hud", "Hotel or motel paid for without an emergency shelter voucher")),
    _t(332, QT_TRANSLATE_NOOP("hud", "Host Home (non-crisis)")),
    _t(335, QT_TRANSLATE_NOOP("hud", "Staying or living in a family member's room, apartment or house")),
    _t(336, QT_TRANSLATE_NOOP("hud", "Staying or living in a friend's room, apartment or house")),
    _p(410, QT_TRANSLATE_NOOP("hud", "Rental by client, no ongoing housing subsidy")),
    _p(435, QT_TRANSLATE_NOOP("hud", "Rental by client, with ongoing housing subsidy")),
    _p(421, QT_TRANSLATE_NOOP("hud", "Owned by client, with ongoing housing subsidy")),
    _p(411, QT_TRANSLATE_NOOP("hud", "Owned by client, no ongoing housing subsidy")),
    *(Choice(c.code, c.label, OTHER) for c in _MISSING),
)

# FY2024 Living Situation Option List (3.12.1) as used for "Destination" (3.12) on leaving.
DESTINATIONS: tuple[Choice, ...] = (
    *(c for c in PRIOR_LIVING_SITUATIONS if c.group in (HOMELESS, INSTITUTIONAL)),
    *(c for c in PRIOR_LIVING_SITUATIONS if c.group == TEMPORARY and c.code not in (335, 336)),
    _t(312, QT_TRANSLATE_NOOP("hud", "Staying or living with family, temporary tenure (a room, apartment or house)")),
    _t(313, QT_TRANSLATE_NOOP("hud", "Staying or living with friends, temporary tenure (a room, apartment or house)")),
    _t(327, QT_TRANSLATE_NOOP("hud", "Moved from one HOPWA funded project to HOPWA transitional housing")),
    _p(422, QT_TRANSLATE_NOOP("hud", "Staying or living with family, permanent tenure")),
    _p(423, QT_TRANSLATE_NOOP("hud", "Staying or living with friends, permanent tenure")),
    _p(426, QT_TRANSLATE_NOOP("hud", "Moved from one HOPWA funded project to HOPWA permanent housing")),
    *(c for c in PRIOR_LIVING_SITUATIONS if c.group == PERMANENT),
    _o(30, QT_TRANSLATE_NOOP("hud", "No exit interview completed")),
    _o(17, QT_TRANSLATE_NOOP("hud", "Other")),
    _o(24, QT_TRANSLATE_NOOP("hud", "Deceased")),
    _o(37, QT_TRANSLATE_NOOP("hud", "Worker unable to determine")),
    *(Choice(c.code, c.label, OTHER) for c in _MISSING),
)

# FY2024 Gender (3.06.1): several may be chosen; the three "missing" answers stand alone.
GENDERS: tuple[Choice, ...] = (
    Choice(0, QT_TRANSLATE_NOOP("hud", "Woman (girl, if a child)")),
    Choice(1, QT_TRANSLATE_NOOP("hud", "Man (boy, if a child)")),
    Choice(2, QT_TRANSLATE_NOOP("hud", "Culturally specific identity (e.g. Two-Spirit)")),
    Choice(5, QT_TRANSLATE_NOOP("hud", "Transgender")),
    Choice(4, QT_TRANSLATE_NOOP("hud", "Non-binary")),
    Choice(6, QT_TRANSLATE_NOOP("hud", "Questioning")),
    Choice(3, QT_TRANSLATE_NOOP("hud", "Different identity")),
    *_MISSING,
)

# FY2024 Race and Ethnicity (3.04): several may be chosen.
RACE_ETHNICITY: tuple[Choice, ...] = (
    Choice(1, QT_TRANSLATE_NOOP("hud", "American Indian, Alaska Native or Indigenous")),
    Choice(2, QT_TRANSLATE_NOOP("hud", "Asian or Asian American")),
    Choice(3, QT_TRANSLATE_NOOP("hud", "Black, African American or African")),
    Choice(6, QT_TRANSLATE_NOOP("hud", "Hispanic, Latina, Latine or Latino")),
    Choice(7, QT_TRANSLATE_NOOP("hud", "Middle Eastern or North African")),
    Choice(4, QT_TRANSLATE_NOOP("hud", "Native Hawaiian or Pacific Islander")),
    Choice(5, QT_TRANSLATE_NOOP("hud", "White")),
    *_MISSING,
)

# FY2024 Date of birth data quality (3.03.2).
DOB_FULL = 1
DOB_APPROXIMATE = 2
DOB_QUALITY: tuple[Choice, ...] = (
    Choice(DOB_FULL, QT_TRANSLATE_NOOP("hud", "Date of birth")),
    Choice(DOB_APPROXIMATE, QT_TRANSLATE_NOOP("hud", "Approximate age")),
    *_MISSING,
)

MISSING_CODES = frozenset({DOESNT_KNOW, PREFERS_NOT, NOT_COLLECTED})


def by_code(choices: tuple[Choice, ...]) -> dict[int, Choice]:
    return {c.code: c for c in choices}


def label_of(choices: tuple[Choice, ...], code: int | None) -> str:
    """The untranslated label for ``code`` (empty when not answered)."""
    if code is None:
        return ""
    found = by_code(choices).get(code)
    return found.label if found else ""


def group_of(choices: tuple[Choice, ...], code: int | None) -> str:
    found = by_code(choices).get(code) if code is not None else None
    return found.group if found else ""


# --- Shelter Desk's own lists (not HUD's) ----------------------------------------------

@dataclass(frozen=True)
class Term:
    key: str
    label: str


PROGRAMS: tuple[Term, ...] = (
    Term("emergency", QT_TRANSLATE_NOOP("hud", "Emergency")),
    Term("transitional", QT_TRANSLATE_NOOP("hud", "Transitional")),
    Term("long_term", QT_TRANSLATE_NOOP("hud", "Long-term")),
)

REFERRAL_SOURCES: tuple[Term, ...] = (
    Term("self", QT_TRANSLATE_NOOP("hud", "She came herself")),
    Term("hotline", QT_TRANSLATE_NOOP("hud", "Hotline")),
    Term("police", QT_TRANSLATE_NOOP("hud", "Police")),
    Term("hospital", QT_TRANSLATE_NOOP("hud", "Hospital or clinic")),
    Term("shelter", QT_TRANSLATE_NOOP("hud", "Another shelter")),
    Term("advocate", QT_TRANSLATE_NOOP("hud", "Advocate or legal aid")),
    Term("social_services", QT_TRANSLATE_NOOP("hud", "Social services")),
    Term("community", QT_TRANSLATE_NOOP("hud", "Faith or community group")),
    Term("family_friend", QT_TRANSLATE_NOOP("hud", "Family or friend")),
    Term("other", QT_TRANSLATE_NOOP("hud", "Other")),
    Term("unknown", QT_TRANSLATE_NOOP("hud", "Data not collected")),
)

RELATIONSHIPS: tuple[Term, ...] = (
    Term("child", QT_TRANSLATE_NOOP("hud", "Child")),
    Term("other", QT_TRANSLATE_NOOP("hud", "Other family member")),
)

NOTE_KINDS: tuple[Term, ...] = (
    Term("counselling", QT_TRANSLATE_NOOP("hud", "Counselling")),
    Term("legal", QT_TRANSLATE_NOOP("hud", "Legal")),
    Term("housing", QT_TRANSLATE_NOOP("hud", "Housing")),
    Term("employment", QT_TRANSLATE_NOOP("hud", "Employment and training")),
    Term("education", QT_TRANSLATE_NOOP("hud", "Education")),
    Term("health", QT_TRANSLATE_NOOP("hud", "Health")),
    Term("other", QT_TRANSLATE_NOOP("hud", "Other")),
)

# Goals and services on the recovery path; they count as "services" in reports.
GOAL_KINDS: tuple[Term, ...] = (
    Term("education", QT_TRANSLATE_NOOP("hud", "Education (e.g. GED)")),
    Term("job_training", QT_TRANSLATE_NOOP("hud", "Job and vocational training")),
    Term("protection_order", QT_TRANSLATE_NOOP("hud", "Legal help: protection order")),
    Term("immigration", QT_TRANSLATE_NOOP("hud", "Legal help: immigration status")),
    Term("expungement", QT_TRANSLATE_NOOP("hud", "Legal help: record expungement")),
    Term("counselling", QT_TRANSLATE_NOOP("hud", "Counselling")),
    Term("housing_search", QT_TRANSLATE_NOOP("hud", "Housing search")),
    Term("financial_literacy", QT_TRANSLATE_NOOP("hud", "Financial literacy")),
    Term("other", QT_TRANSLATE_NOOP("hud", "Other")),
)

GOAL_STATUSES: tuple[Term, ...] = (
    Term("planned", QT_TRANSLATE_NOOP("hud", "Planned")),
    Term("in_progress", QT_TRANSLATE_NOOP("hud", "In progress")),
    Term("reached", QT_TRANSLATE_NOOP("hud", "Reached")),
    Term("stopped", QT_TRANSLATE_NOOP("hud", "Stopped")),
)


def term_label(terms: tuple[Term, ...], key: str | None) -> str:
    for t in terms:
        if t.key == key:
            return t.label
    return key or ""


class _Keys(frozenset):
    """The keys of a list of terms; asking whether a non-text value (a list, a dict) is one of
    them answers no instead of raising, so services can check typed-in input with a plain `in`."""

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and frozenset.__contains__(self, value)


def keys(terms: tuple[Term, ...]) -> frozenset[str]:
    return _Keys(t.key for t in terms)
