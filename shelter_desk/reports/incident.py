"""An incident report on paper: for a police report, an insurer or a funder's review.

Built from an :class:`IncidentPrint` (``desk.incidents.for_printing``, which audits the print
and whether full names were chosen) with the shared blocks of ``reports.pdf``: every page has
the shelter's name, "Confidential", the title, page x of y, who printed it and when. Then the
incident in the order a reader asks about it: the facts (when, where, kind, severity, status),
the people, what happened before, during and after, injuries and the medical response,
property damage, what was done at once, police or EMS and the reports made, who recorded it,
the follow-up tasks, the review and sign-off (with any re-openings), and the amendments added
after sign-off, in order.

People appear by alias (children by first name or initials, others by description only);
legal names only when a house manager or director chose "full names" (``data.full_names``),
and then a warning heads the first page. Every typed text is escaped and set in the fonts
with a fallback for Chinese and Japanese (``pdf.text``). A field left empty says "None
recorded", so a reader can tell "nothing" from "left off the paper".
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports.pdf import (
    CONTEXT,
    Translate,
    build,
    data_table,
    day_words,
    no_translation,
    page_frame,
    styles,
    text,
)
from shelter_desk.services.incident_views import (
    PERSON_KINDS,
    PERSON_ROLES,
    PLACES,
    SEVERITIES,
    SIGNED_OFF,
    STATUSES,
    TYPE_NAMES,
    IncidentPrint,
)

LABEL_WIDTH, VALUE_WIDTH = 48, 127  # mm, 175 in all: the printable width of a Letter page
PEOPLE_WIDTHS = (38, 42, 95)
FOLLOWUP_WIDTHS = (70, 35, 25, 45)
DECISION_WIDTHS = (38, 27, 35, 75)


def render_incident(data: IncidentPrint, *, printed_by: str, printed_at: datetime,
                    tr: Translate = no_translation) -> bytes:
    """The incident report as PDF bytes, built in memory (nothing is written to disk here)."""
    paper = _Paper(data, tr)
    title = paper.t(QT_TRANSLATE_NOOP("Printouts", "Incident report #{number}")).format(number=data.id)
    frame = page_frame(shelter_name=data.shelter_name, title=title, printed_by=printed_by,
                       printed_at=printed_at, tr=tr)
    return build(frame, paper.story(title))


class _Paper:
    def __init__(self, data: IncidentPrint, tr: Translate) -> None:
        self.data, self.tr = data, tr
        self.s = styles()
        self.label = ParagraphStyle("label", parent=self.s["cell"], fontName="DejaVuSans-Bold")
        self.warning = ParagraphStyle("warning", parent=self.s["body"], fontName="DejaVuSans-Bold",
                                      borderColor="black", borderWidth=0.8, borderPadding=4, spaceAfter=10)
        self.h2 = ParagraphStyle("h2keep", parent=self.s["h2"], keepWithNext=1)  # never alone at a page's foot
        self.h3 = ParagraphStyle("h3", parent=self.s["body"], fontName="DejaVuSans-Bold", spaceAfter=2,
                                 keepWithNext=1)

    # --- words ------------------------------------------------------------------------------------
    def t(self, words: str) -> str:
        return self.tr(CONTEXT, words)

    def choice(self, choices: tuple[tuple[str, str], ...], code: str) -> str:
        label = dict(choices).get(code)
        return self.tr("choices", label) if label else (code or self.none())

    def none(self) -> str:
        return self.t(QT_TRANSLATE_NOOP("Printouts", "None recorded"))

    def yes_no(self, flag: bool) -> str:
        return self.t(QT_TRANSLATE_NOOP("Printouts", "Yes")) if flag else self.t(QT_TRANSLATE_NOOP("Printouts", "No"))

    def when(self, moment: datetime | None) -> str:
        """A moment at the shelter (this computer's time zone): "Monday 2026-01-05 14:30"."""
        if moment is None:
            return self.none()
        local = moment.astimezone()
        return self.t(QT_TRANSLATE_NOOP("Printouts", "{day}, {time}")).format(
            day=day_words(local.date(), self.tr), time=f"{local:%H:%M}")

    def kind(self) -> str:
        data = self.data
        if data.type_code and data.type_code in TYPE_NAMES:
            return self.tr("IncidentTypes", TYPE_NAMES[data.type_code])
        return data.type_name or self.none()

    # --- blocks -----------------------------------------------------------------------------------
    def heading(self, words: str) -> Paragraph:
        return Paragraph(text(words), self.h2)

    def block(self, value: str) -> Paragraph:
        """Typed text (escaped, line breaks kept), or "None recorded"."""
        return Paragraph(text(value) if value.strip() else text(self.none()), self.s["body"])

    def facts(self, rows: list[tuple[str, str]]) -> Table:
        """Label and value side by side; values are typed text (escaped) and wrap."""
        table = Table([[Paragraph(text(label), self.label), Paragraph(text(value), self.s["cell"])]
                       for label, value in rows], colWidths=[LABEL_WIDTH * mm, VALUE_WIDTH * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#bbbbbb"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    def story(self, title: str) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = []
        if data.full_names:
            story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
                "Printouts", "Shows full names: keep it locked away"))), self.warning))
        story.append(Paragraph(text(title), self.s["title"]))
        story += self.the_incident()
        story += self.people()
        story += self.what_happened()
        story += self.harm_and_actions()
        story += self.calls_and_reports()
        story += self.followups()
        story += self.review()
        story += self.amendments()
        return story

    def the_incident(self) -> list[Flowable]:
        t, data = self.t, self.data
        where = self.choice(PLACES, data.place)
        if data.location:
            where = t(QT_TRANSLATE_NOOP("Printouts", "{place}: {location}")).format(place=where,
                                                                                      location=data.location)
        rows = [
            (t(QT_TRANSLATE_NOOP("Printouts", "When")), self.when(data.occurred_at)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Where")), where),
            (t(QT_TRANSLATE_NOOP("Printouts", "Kind of incident")), self.kind()),
            (t(QT_TRANSLATE_NOOP("Printouts", "Severity")), self.choice(SEVERITIES, data.severity)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Status")), self.choice(STATUSES, data.status)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Recorded by")),
             t(QT_TRANSLATE_NOOP("Printouts", "{who}, {when}")).format(
                 who=data.recorded_by or self.none(), when=self.when(data.recorded_at))),
        ]
        return [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "The incident"))), self.facts(rows)]

    def people(self) -> list[Flowable]:
        t = self.t
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Who")), t(QT_TRANSLATE_NOOP("Printouts", "Part in it")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Name or description"))]
        rows = [(self.choice(PERSON_KINDS, p.kind), self.choice(PERSON_ROLES, p.role), p.name or self.none())
                for p in self.data.people]
        return [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "People"))),
                data_table(header, rows, PEOPLE_WIDTHS, empty=t(QT_TRANSLATE_NOOP(
                    "Printouts", "No people recorded.")))]

    def what_happened(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "What happened")))]
        for label, value in ((t(QT_TRANSLATE_NOOP("Printouts", "Before")), data.narrative_before),
                             (t(QT_TRANSLATE_NOOP("Printouts", "During")), data.narrative_during),
                             (t(QT_TRANSLATE_NOOP("Printouts", "After")), data.narrative_after)):
            story += [Paragraph(text(label), self.h3), self.block(value)]
        return story

    def harm_and_actions(self) -> list[Flowable]:
        t, data = self.t, self.data
        return [
            self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Injuries and medical response"))),
            Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Injuries"))), self.h3), self.block(data.injuries),
            Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Medical response"))), self.h3),
            self.block(data.medical_response),
            self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Property damage"))), self.block(data.property_damage),
            self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Immediate actions"))),
            self.block(data.immediate_actions),
        ]

    def calls_and_reports(self) -> list[Flowable]:
        t, data = self.t, self.data

        def with_note(flag: bool, note: str) -> str:
            if flag and note:
                return t(QT_TRANSLATE_NOOP("Printouts", "{answer}: {note}")).format(answer=self.yes_no(flag),
                                                                                   note=note)
            return self.yes_no(flag)

        rows = [
            (t(QT_TRANSLATE_NOOP("Printouts", "Police called")), self.yes_no(data.police_called)),
            (t(QT_TRANSLATE_NOOP("Printouts", "EMS called")), self.yes_no(data.ems_called)),
        ]
        if data.police_called or data.ems_called or data.report_number:
            rows.append((t(QT_TRANSLATE_NOOP("Printouts", "Report number")), data.report_number or self.none()))
        rows += [
            (t(QT_TRANSLATE_NOOP("Printouts", "Mandatory report made")),
             with_note(data.mandatory_report, data.mandatory_report_note)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Supervisor notified")),
             with_note(data.supervisor_notified, data.supervisor_note)),
        ]
        return [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Police, EMS and reports"))), self.facts(rows)]

    def followups(self) -> list[Flowable]:
        t = self.t
        header = [t(QT_TRANSLATE_NOOP("Printouts", "What needs doing")), t(QT_TRANSLATE_NOOP("Printouts", "Who")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Due")), t(QT_TRANSLATE_NOOP("Printouts", "Done"))]
        rows = []
        for task in self.data.followups:
            if task.done_on is not None:
                done = t(QT_TRANSLATE_NOOP("Printouts", "{date}, {who}")).format(date=task.done_on.isoformat(),
                                                                                who=task.done_by)
                if task.done_note:
                    done += "\n" + task.done_note
            elif task.overdue:
                done = t(QT_TRANSLATE_NOOP("Printouts", "Not yet (overdue)"))
            else:
                done = t(QT_TRANSLATE_NOOP("Printouts", "Not yet"))
            rows.append((task.what, task.owner_name or t(QT_TRANSLATE_NOOP("Printouts", "Anyone")),
                         task.due_on.isoformat(), done))
        return [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Follow-up tasks"))),
                data_table(header, rows, FOLLOWUP_WIDTHS, empty=t(QT_TRANSLATE_NOOP(
                    "Printouts", "No follow-up tasks.")))]

    def review(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Review and sign-off")))]
        if data.status == SIGNED_OFF:
            story.append(self.facts([
                (t(QT_TRANSLATE_NOOP("Printouts", "Outcome")), data.outcome or self.none()),
                (t(QT_TRANSLATE_NOOP("Printouts", "Review notes")), data.review_notes or self.none()),
                (t(QT_TRANSLATE_NOOP("Printouts", "Signed off by")),
                 t(QT_TRANSLATE_NOOP("Printouts", "{who}, {when}")).format(who=data.signed_off_by,
                                                                           when=self.when(data.signed_off_at))),
            ]))
        else:
            story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
                "Printouts", "Not signed off yet: this report may still change."))), self.s["body"]))
        if any(d.kind != "signed_off" for d in data.decisions):  # re-opened: every sign-off and re-opening
            rows = []
            for decision in data.decisions:
                what = t(QT_TRANSLATE_NOOP("Printouts", "Signed off")) if decision.kind == "signed_off" \
                    else t(QT_TRANSLATE_NOOP("Printouts", "Re-opened"))
                rows.append((self.when(decision.at), what, decision.by, decision.text))
            header = [t(QT_TRANSLATE_NOOP("Printouts", "When")), t(QT_TRANSLATE_NOOP("Printouts", "What")),
                      t(QT_TRANSLATE_NOOP("Printouts", "By")),
                      t(QT_TRANSLATE_NOOP("Printouts", "Outcome or reason"))]
            story += [Spacer(1, 2 * mm), Paragraph(text(t(QT_TRANSLATE_NOOP(
                "Printouts", "Sign-offs and re-openings"))), self.h3),
                      data_table(header, rows, DECISION_WIDTHS)]
        return story

    def amendments(self) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Amendments")))]
        if not self.data.amendments:
            story.append(Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "No amendments."))), self.s["body"]))
            return story
        story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Added after sign-off, in order."))), self.s["small"]))
        for amendment in sorted(self.data.amendments, key=lambda a: a.number):
            story.append(KeepTogether([
                Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Amendment {number}: {when}, {who}")).format(
                    number=amendment.number, when=self.when(amendment.at), who=amendment.author)), self.h3),
                self.block(amendment.text),
            ]))
        return story
