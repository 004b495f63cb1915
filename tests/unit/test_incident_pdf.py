"""The printed incident report, made from a real vault's incident and read back as text."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pypdf
import pytest

from shelter_desk.audit import HIGH, INFO, Action
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.reports.incident import render_incident
from shelter_desk.services.incident_views import IncidentEdit, PersonInput
from tests.unit.test_incidents import ALIAS, CHILD, DURING, LEGAL, OTHER, OUTCOME, full_edit, staffed  # noqa: F401
from tests.unit.test_residents import as_director, as_user, days, events, take_in

PRINTED_AT = datetime(2026, 1, 5, 14, 30)


def read(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def incident_id(desk, staffed) -> int:  # noqa: F811
    """Zuzana and her daughter, a staff witness, a man in a grey car; two follow-ups (one done), signed
    off by the manager, amended twice."""
    [(child_id, _name, _mother)] = desk.incidents.children_here()
    chinese = take_in(desk, "李梅", legal_name="李梅 Legal")[0]
    people = [PersonInput("resident", "affected", resident_id=staffed["resident"]),
              PersonInput("resident", "witness", resident_id=chinese),
              PersonInput("child", "witness", household_member_id=child_id),
              PersonInput("staff", "witness", account_id=staffed["frontdesk"]),
              PersonInput("other", "involved", description=OTHER)]
    as_user(desk, "frontdesk")
    incident_id, version = desk.incidents.record(None, full_edit(
        desk, people=people, location="Across the street <by the bus stop> & the gate",
        injuries="A graze on her hand.", mandatory_report=True, mandatory_report_note="Child line called, ref 88."))
    task = desk.incidents.add_followup(incident_id, "Update her safety plan", staffed["manager"],
                                       desk.today() + days(2))
    desk.incidents.add_followup(incident_id, "Ask the neighbours about the car", None, desk.today() + days(5))
    desk.incidents.complete_followup(task, "Done with her")
    as_user(desk, "manager")
    desk.incidents.sign_off(incident_id, OUTCOME, "Good notes.", version)
    desk.incidents.add_amendment(incident_id, "First amendment: police called back.")
    desk.incidents.add_amendment(incident_id, "Second amendment: the same car as in March.")
    as_director(desk)
    return incident_id


def test_every_section_prints_with_aliases_only(desk, incident_id):
    paper = desk.incidents.for_printing(incident_id)
    event = events(desk, Action.INCIDENT_PRINTED)[-1]
    assert "aliases only" in event.summary and event.severity == INFO
    pages = read(render_incident(paper, printed_by="Dana Director", printed_at=PRINTED_AT))
    everything = " ".join(pages)
    for n, page in enumerate(pages, start=1):
        assert "Harbor House" in page and "CONFIDENTIAL" in page and f"Page {n} of {len(pages)}" in page
        assert "Printed by Dana Director, 2026-01-05 14:30" in page and f"Incident report #{incident_id}" in page
    for words in ("The incident", "When", "Outside the house: Across the street <by the bus stop> & the gate",
                  "Person to watch for seen near the house", "High", "Signed off", "People",
                  f"Resident Harmed or targeted {ALIAS}", "Resident Witness 李梅", f"Child Witness {CHILD}",
                  "Staff Witness Frontdesk", f"Involved {OTHER}", "What happened", "Before", "During", "After",
                  " ".join(DURING.split()), "Injuries and medical response", "A graze on her hand.",
                  "Property damage", "Immediate actions", "Front door checked; curtains closed.",
                  "Police, EMS and reports", "Police called Yes", "EMS called No", "Report number PD-2026-00417",
                  "Mandatory report made Yes: Child line called, ref 88.",
                  "Supervisor notified Yes: Manager called at 21:20.", "Recorded by Frontdesk",
                  "Follow-up tasks", "Update her safety plan", "Manager", "Done with her",
                  "Ask the neighbours about the car", "Anyone", "Not yet", "Review and sign-off",
                  f"Outcome {OUTCOME}", "Review notes Good notes.", "Signed off by Manager", "Amendments",
                  "Amendment 1:", "First amendment: police called back.", "Amendment 2:",
                  "Second amendment: the same car as in March."):
        assert words in everything, words
    assert everything.index("Amendment 1:") < everything.index("Amendment 2:")
    assert everything.count("None recorded") == 2  # the medical response and the property damage
    assert LEGAL not in everything and "Kováčová" not in everything and "Legal" not in everything
    assert "Shows full names" not in everything
    assert "Sign-offs and re-openings" not in everything  # never re-opened


def test_full_names_need_a_house_manager_and_say_so_on_top(desk, incident_id):
    as_user(desk, "frontdesk")
    with pytest.raises(PermissionDenied):
        desk.incidents.for_printing(incident_id, full_names=True)
    assert not any("full names" in e.summary for e in events(desk, Action.INCIDENT_PRINTED))
    as_user(desk, "manager")
    paper = desk.incidents.for_printing(incident_id, full_names=True)
    event = events(desk, Action.INCIDENT_PRINTED)[-1]
    assert "full names" in event.summary and event.severity == HIGH and LEGAL not in event.summary
    pages = read(render_incident(paper, printed_by="Manager", printed_at=PRINTED_AT))
    body = pages[0].split("Page 1 of", 1)[1].split(None, 1)[1]  # after the page frame's words
    assert body.startswith("Shows full names: keep it locked away Incident report #")
    everything = " ".join(pages)
    assert f"{LEGAL} ({ALIAS})" in everything and "李梅 Legal (李梅)" in everything
    assert f"Child Witness {CHILD}" in everything  # children and others have no legal name


def test_the_pdf_properties_name_the_report_and_nobody_in_it(desk, incident_id):
    pdf = render_incident(desk.incidents.for_printing(incident_id, full_names=True), printed_by="Dana",
                          printed_at=PRINTED_AT)
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == f"Incident report #{incident_id}"
    properties = " ".join(str(v) for v in meta.values())
    for name in (ALIAS, LEGAL, "Zuzana", CHILD, OTHER, "Harbor House"):
        assert name not in properties


def test_a_long_incident_runs_over_pages_and_a_reopening_is_shown(desk, staffed, clock):  # noqa: F811
    long_text = "\n".join(f"Line {n}: she said the car came back and parked by the gate." for n in range(120))
    incident_id, version = desk.incidents.record(None, full_edit(desk, staffed["resident"],
                                                                 narrative_during=long_text))
    version = desk.incidents.sign_off(incident_id, OUTCOME, "", version)
    clock.advance(hours=1)
    version = desk.incidents.reopen(incident_id, "The report number was wrong.", version)
    pages = read(render_incident(desk.incidents.for_printing(incident_id), printed_by="Dana",
                                 printed_at=PRINTED_AT))
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
    everything = " ".join(pages)
    assert "Line 0:" in everything and "Line 119:" in everything
    assert "Not signed off yet: this report may still change." in everything
    assert "Sign-offs and re-openings" in everything and "Re-opened" in everything
    assert "The report number was wrong." in everything and OUTCOME in everything
    assert "No amendments." in everything


def test_an_empty_incident_says_none_recorded_and_a_draft_is_not_printed(desk, staffed):  # noqa: F811
    kinds = {k.code: k.id for k in desk.incidents.types()}
    renamed = kinds["other"]
    desk.incidents.rename_type(renamed, "Fire alarm")
    incident_id, _ = desk.incidents.record(None, IncidentEdit(
        occurred_at=desk.now() - timedelta(hours=1), type_id=renamed, severity="low",
        narrative_during="The alarm went off."))
    everything = " ".join(read(render_incident(desk.incidents.for_printing(incident_id), printed_by="Dana",
                                               printed_at=PRINTED_AT)))
    assert "Fire alarm" in everything and "In the house" in everything and "Open (waiting for sign-off)" in everything
    assert "No people recorded." in everything and "No follow-up tasks." in everything
    assert everything.count("None recorded") == 6  # before, after, injuries, medical, damage, actions
    assert "Report number" not in everything  # neither police nor EMS: the line is left out
    draft_id, _ = desk.incidents.save_draft(None, IncidentEdit(narrative_during="Started"))
    with pytest.raises(ValidationError):
        desk.incidents.for_printing(draft_id)


def test_every_word_goes_through_the_translation_function(desk, incident_id, clock):
    seen: list[tuple[str, str]] = []

    def shout(context: str, words: str) -> str:
        seen.append((context, words))
        return words if "{" in words else words.upper()

    paper = desk.incidents.for_printing(incident_id)
    pages = read(render_incident(paper, printed_by="Dana", printed_at=PRINTED_AT, tr=shout))
    assert {context for context, _ in seen} == {"Printouts", "IncidentTypes", "choices"}
    assert ("IncidentTypes", "Person to watch for seen near the house") in seen
    assert ("choices", "Harmed or targeted") in seen and ("choices", "High") in seen
    everything = " ".join(pages)
    for shouted in ("PERSON TO WATCH FOR SEEN NEAR THE HOUSE", "HARMED OR TARGETED", "WHAT HAPPENED",
                    "POLICE, EMS AND REPORTS", "FOLLOW-UP TASKS", "REVIEW AND SIGN-OFF", "AMENDMENTS", "YES",
                    "OUTSIDE THE HOUSE", "NOT YET", "SIGNED OFF BY"):
        assert shouted in everything, shouted
    for english in ("What happened", "Harmed or targeted", "Review and sign-off", "Immediate actions",
                    "Follow-up tasks", "Not yet", "Outside the house", "Someone else"):
        assert english not in everything, english
    assert OUTCOME in everything and ALIAS in everything  # typed words are never translated
