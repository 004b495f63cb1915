"""The incident log's words on screen: kinds, severities, places, people's parts, states, times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from shelter_desk.gui.resident_text import day_text
from shelter_desk.services.incident_views import (
    PERSON_KINDS,
    PERSON_ROLES,
    PLACES,
    SEVERITIES,
    STATUSES,
    TYPE_NAMES,
    IncidentTypeView,
)
from shelter_desk.services.needs_views import time_text


def _label(choices: tuple[tuple[str, str], ...], code: str | None) -> str:
    label = dict(choices).get(code or "")
    return QCoreApplication.translate("choices", label) if label else ""


def severity_text(code: str | None) -> str:
    return _label(SEVERITIES, code)


def place_text(code: str | None) -> str:
    return _label(PLACES, code)


def role_text(code: str | None) -> str:
    return _label(PERSON_ROLES, code)


def person_kind_text(code: str | None) -> str:
    return _label(PERSON_KINDS, code)


def status_text(code: str | None) -> str:
    short = {
        "draft": QCoreApplication.translate("IncidentWords", "Draft"),
        "open": QCoreApplication.translate("IncidentWords", "Waiting for sign-off"),
        "signed_off": QCoreApplication.translate("IncidentWords", "Signed off"),
    }
    return short.get(code or "", _label(STATUSES, code))


def type_text(name: str, code: str | None) -> str:
    """A kind of incident: shipped kinds in the program's language, renamed or added ones as typed."""
    if code and code in TYPE_NAMES:
        return QCoreApplication.translate("IncidentTypes", TYPE_NAMES[code])
    return name


def kind_view_text(kind: IncidentTypeView) -> str:
    return type_text(kind.name, kind.code)


def when_text(moment: datetime | None) -> str:
    """'12/03/2026 02:15' in the shelter's time (the date as shown everywhere, the time as 24 h)."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return QCoreApplication.translate("IncidentWords", "{day} {time}").format(
        day=day_text(local.date()), time=time_text(local.hour * 60 + local.minute))


def stamp_text(moment: datetime | None) -> str:
    """A short 'saved at' time for the status line."""
    if moment is None:
        return ""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).time(),
                              QLocale.FormatType.ShortFormat)
