"""The weekly summary on paper, for the house team's Monday meeting.

Built from a :class:`WeeklySummary` (``desk.reports.weekly_summary``, which audits it) with the
shared blocks of ``reports.pdf``: every page has the shelter's name, "Confidential", the period,
page x of y, who printed it and when. Sections in the order the meeting goes through them:
occupancy (with the nightly chart), meals, clothing and supplies, appointments, safety plans,
incidents, then this week beside the four before it. Charts are drawn with ``reportlab.graphics``
in black, white and greys with outlines and numbers on the bars, so a black-and-white copy reads
the same. Residents appear as the summary names them (aliases, initials or full names); with full
names a warning heads the first page. Built in memory; nothing is written to disk here.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from shelter_desk import hud
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports.pdf import (
    CONTEXT,
    FONT,
    FONT_BOLD,
    Translate,
    build,
    data_table,
    day_words,
    no_translation,
    page_frame,
    styles,
    text,
)
from shelter_desk.services.incident_views import TYPE_NAMES
from shelter_desk.services.needs_views import APPOINTMENT_KINDS, APPOINTMENT_STATUSES, URGENCIES
from shelter_desk.services.report_views import FULL_NAMES, INITIALS, WeeklySummary

WIDTH_MM = 175  # the printable width of a Letter page
SHORT_DAYS = (
    QT_TRANSLATE_NOOP("Printouts", "Mon"), QT_TRANSLATE_NOOP("Printouts", "Tue"),
    QT_TRANSLATE_NOOP("Printouts", "Wed"), QT_TRANSLATE_NOOP("Printouts", "Thu"),
    QT_TRANSLATE_NOOP("Printouts", "Fri"), QT_TRANSLATE_NOOP("Printouts", "Sat"),
    QT_TRANSLATE_NOOP("Printouts", "Sun"),
)


def weekly_title(data: WeeklySummary, tr: Translate = no_translation) -> str:
    return tr(CONTEXT, QT_TRANSLATE_NOOP("Printouts", "Weekly summary, {first} to {last}")).format(
        first=data.first.isoformat(), last=data.last.isoformat())


def render_weekly_summary(data: WeeklySummary, *, printed_by: str, printed_at: datetime,
                          tr: Translate = no_translation) -> bytes:
    """The weekly summary as PDF bytes, built in memory."""
    title = weekly_title(data, tr)
    frame = page_frame(shelter_name=data.shelter_name, title=title, printed_by=printed_by,
                       printed_at=printed_at, tr=tr)
    return build(frame, _Paper(data, tr).story(title))


class _Paper:
    def __init__(self, data: WeeklySummary, tr: Translate) -> None:
        self.data, self.tr = data, tr
        self.s = styles()
        self.h2 = ParagraphStyle("h2keep", parent=self.s["h2"], keepWithNext=1)
        self.h3 = ParagraphStyle("h3", parent=self.s["body"], fontName=FONT_BOLD, spaceAfter=2, keepWithNext=1)
        self.warning = ParagraphStyle("warning", parent=self.s["body"], fontName=FONT_BOLD, borderColor="black",
                                      borderWidth=0.8, borderPadding=4, spaceAfter=10)

    def t(self, words: str) -> str:
        return self.tr(CONTEXT, words)

    def choice(self, choices: tuple[tuple[str, str], ...], code: str) -> str:
        label = dict(choices).get(code)
        return self.tr("choices", label) if label else code

    def day(self, d) -> str:  # noqa: ANN001
        return day_words(d, self.tr)

    def heading(self, words: str) -> Paragraph:
        return Paragraph(text(words), self.h2)

    def sub(self, words: str) -> Paragraph:
        return Paragraph(text(words), self.h3)

    def para(self, words: str) -> Paragraph:
        return Paragraph(text(words), self.s["body"])

    def none(self, words: str) -> Paragraph:
        return self.para(words)

    # --- the whole story ----------------------------------------------------------------------------------
    def story(self, title: str) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = []
        if data.names == FULL_NAMES:
            story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
                "Printouts", "Shows full names: keep it locked away and shred it after the meeting"))), self.warning))
        story.append(Paragraph(text(title), self.s["title"]))
        naming = {FULL_NAMES: QT_TRANSLATE_NOOP("Printouts", "Residents are shown by full name and alias."),
                  INITIALS: QT_TRANSLATE_NOOP("Printouts", "Residents are shown by the initials of their alias.")}
        story.append(self.para(t(naming.get(data.names, QT_TRANSLATE_NOOP(
            "Printouts", "Residents are shown by alias.")))))
        if data.last >= data.made_on:
            story.append(self.para(t(QT_TRANSLATE_NOOP(
                "Printouts", "This week is not over yet: the figures are those up to {day}.")).format(
                day=self.day(data.made_on))))
        if data.empty:
            story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
                "Printouts", "Nothing was recorded in this week: nobody stayed, and there were no meals, "
                             "supplies, appointments, plan reviews or incidents."))), self.warning))
        story += self.occupancy()
        story += self.meals()
        story += self.supplies()
        story += self.appointments()
        story += self.plans()
        story += self.incidents()
        story += self.comparison()
        return story

    # --- occupancy ------------------------------------------------------------------------------------------
    def occupancy(self) -> list[Flowable]:
        t, data = self.t, self.data
        nights = data.nights
        people = [n.residents + n.household for n in nights]
        average = sum(people) / len(people) if people else 0
        beds_used = sum(n.beds_used for n in nights) / len(nights) if nights else 0
        share = f"{100 * beds_used / data.beds:.0f}%" if data.beds else "—"
        facts = [
            (t(QT_TRANSLATE_NOOP("Printouts", "Beds")), str(data.beds)),
            (t(QT_TRANSLATE_NOOP("Printouts", "People here each night, on average")), f"{average:.1f}"),
            (t(QT_TRANSLATE_NOOP("Printouts", "Beds used each night, on average")), f"{beds_used:.1f} ({share})"),
            (t(QT_TRANSLATE_NOOP("Printouts", "Intakes")), str(len(data.intakes))),
            (t(QT_TRANSLATE_NOOP("Printouts", "Left the shelter")), str(len(data.exits))),
            (t(QT_TRANSLATE_NOOP("Printouts", "Average stay of those who left")),
             t(QT_TRANSLATE_NOOP("Printouts", "{nights} nights")).format(nights=f"{data.average_stay_nights:.0f}")
             if data.average_stay_nights is not None else t(QT_TRANSLATE_NOOP("Printouts", "Nobody left"))),
        ]
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Occupancy"))), self.facts(facts)]
        story.append(Spacer(1, 3 * mm))
        story.append(KeepTogether([self.sub(t(QT_TRANSLATE_NOOP("Printouts", "Nightly occupancy"))),
                                   _Chart(self.nightly_chart)]))
        program = dict(((p.key, p.label) for p in hud.PROGRAMS))
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Day")), t(QT_TRANSLATE_NOOP("Printouts", "Resident")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Room")), t(QT_TRANSLATE_NOOP("Printouts", "Program"))]
        story.append(self.sub(t(QT_TRANSLATE_NOOP("Printouts", "Intakes"))))
        story.append(data_table(header, [(self.day(s.day), s.name, s.room or "—",
                                          self.tr("hud", program.get(s.program, s.program)))
                                         for s in data.intakes], (45, 60, 35, 35),
                                empty=t(QT_TRANSLATE_NOOP("Printouts", "No intakes this week."))))
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Day")), t(QT_TRANSLATE_NOOP("Printouts", "Resident")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Room")), t(QT_TRANSLATE_NOOP("Printouts", "Went to")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Nights"))]
        story.append(self.sub(t(QT_TRANSLATE_NOOP("Printouts", "Left the shelter"))))
        story.append(data_table(header, [(self.day(s.day), s.name, s.room or "—",
                                          self.tr("hud", s.destination_group), str(s.nights))
                                         for s in data.exits], (40, 50, 25, 45, 15),
                                empty=t(QT_TRANSLATE_NOOP("Printouts", "Nobody left this week."))))
        return story

    def facts(self, rows: list[tuple[str, str]]) -> Table:
        label = ParagraphStyle("label", parent=self.s["cell"], fontName=FONT_BOLD)
        table = Table([[Paragraph(text(a), label), Paragraph(text(b), self.s["cell"])] for a, b in rows],
                      colWidths=[80 * mm, 95 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, "#bbbbbb"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return table

    def nightly_chart(self) -> Drawing:
        t, data = self.t, self.data
        nights = data.nights
        residents = [n.residents for n in nights]
        household = [n.household for n in nights]
        peak = max([r + h for r, h in zip(residents, household, strict=True)] + [data.beds, 1])
        top = peak + max(1, peak // 5)
        drawing = Drawing(WIDTH_MM * mm, 62 * mm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 12 * mm, 14 * mm, 120 * mm, 42 * mm
        chart.data = [residents or [0], household or [0]]
        chart.categoryAxis.style = "stacked"
        chart.categoryAxis.categoryNames = [
            f"{t(SHORT_DAYS[n.night.weekday()])} {n.night.day}" for n in nights] or [""]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7.5
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
        chart.valueAxis.valueStep = max(1, top // 5)
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7.5
        chart.bars[0].fillColor = colors.Color(0.25, 0.25, 0.25)
        chart.bars[1].fillColor = colors.white
        for i in (0, 1):
            chart.bars[i].strokeColor = colors.black
            chart.bars[i].strokeWidth = 0.6
        chart.barWidth = 6
        drawing.add(chart)
        # The number of beds as a dashed line, and each night's total above its bar.
        if data.beds:
            y = chart.y + chart.height * data.beds / top
            drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.black, strokeWidth=0.8,
                             strokeDashArray=[3, 2]))
        step = chart.width / max(len(nights), 1)
        for i, (r, h) in enumerate(zip(residents, household, strict=True)):
            y = chart.y + chart.height * (r + h) / top + 2
            drawing.add(String(chart.x + step * (i + 0.5), y, str(r + h), fontName=FONT_BOLD, fontSize=7.5,
                               textAnchor="middle"))
        # The legend, to the right.
        x = chart.x + chart.width + 6 * mm
        entries = ((colors.Color(0.25, 0.25, 0.25), None, t(QT_TRANSLATE_NOOP("Printouts", "Residents"))),
                   (colors.white, None, t(QT_TRANSLATE_NOOP("Printouts", "Children and family with them"))),
                   (None, [3, 2], t(QT_TRANSLATE_NOOP("Printouts", "Beds ({beds})")).format(beds=data.beds)))
        for n, (fill, dash, words) in enumerate(entries):
            y = chart.y + chart.height - n * 7 * mm - 4
            if fill is not None:
                drawing.add(Rect(x, y, 8, 8, fillColor=fill, strokeColor=colors.black, strokeWidth=0.6))
            else:
                drawing.add(Line(x, y + 4, x + 10, y + 4, strokeColor=colors.black, strokeWidth=0.8,
                                 strokeDashArray=dash))
            for line_no, part in enumerate(_wrap(words, 22)):
                drawing.add(String(x + 13, y + 1 - line_no * 9, part, fontName=FONT, fontSize=7.5))
        return drawing

    # --- meals, supplies ----------------------------------------------------------------------------------
    def meals(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Meals served")))]
        total = sum(sum(m.counts) for m in data.meals)
        if not data.meal_kinds or not total:
            return [*story, self.none(t(QT_TRANSLATE_NOOP("Printouts", "No meals were recorded this week.")))]
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Day")), *data.meal_kinds, t(QT_TRANSLATE_NOOP("Printouts", "All"))]
        rows = [(self.day(m.day), *(str(c) for c in m.counts), str(sum(m.counts))) for m in data.meals]
        rows.append((t(QT_TRANSLATE_NOOP("Printouts", "The week")),
                     *(str(sum(m.counts[i] for m in data.meals)) for i in range(len(data.meal_kinds))), str(total)))
        rest = (WIDTH_MM - 45) / (len(data.meal_kinds) + 1)
        story.append(data_table(header, rows, (45, *([rest] * (len(data.meal_kinds) + 1)))))
        story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Plates served: residents, the children with them and guests."))), self.s["small"]))
        return story

    def supplies(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Clothing and supplies")))]
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Kind")), t(QT_TRANSLATE_NOOP("Printouts", "Items handed out")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Hand-outs"))]
        story.append(data_table(header, [(s.kind, str(s.items), str(s.handouts)) for s in data.supplies],
                                (85, 45, 45), empty=t(QT_TRANSLATE_NOOP("Printouts", "Nothing was handed out this week."))))
        story.append(self.sub(t(QT_TRANSLATE_NOOP("Printouts", "Requests still waiting at the end of the week"))))
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Asked on")), t(QT_TRANSLATE_NOOP("Printouts", "Resident")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Room")), t(QT_TRANSLATE_NOOP("Printouts", "What")),
                  t(QT_TRANSLATE_NOOP("Printouts", "How soon"))]
        story.append(data_table(header, [(r.since.isoformat(), r.name, r.room or "—",
                                          f"{r.kind}: {r.item}" if r.item else r.kind,
                                          self.choice(URGENCIES, r.urgency)) for r in data.open_requests],
                                (25, 40, 25, 50, 35), empty=t(QT_TRANSLATE_NOOP("Printouts", "No requests waiting."))))
        return story

    # --- appointments, plans, incidents -----------------------------------------------------------------------
    def appointments(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Appointments")))]
        header = [t(QT_TRANSLATE_NOOP("Printouts", "How it went")), t(QT_TRANSLATE_NOOP("Printouts", "Appointments"))]
        story.append(_left(data_table(header, [(self.choice(APPOINTMENT_STATUSES, code), str(n))
                                               for code, n in data.appointment_outcomes], (85, 45))))
        if any(code == "scheduled" and n for code, n in data.appointment_outcomes):
            story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
                "Printouts", "\"Booked\" are appointments of this week not yet settled on the Appointments screen."))),
                self.s["small"]))
        story.append(self.sub(t(QT_TRANSLATE_NOOP("Printouts", "The coming week"))))
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Day")), t(QT_TRANSLATE_NOOP("Printouts", "Time")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Resident")), t(QT_TRANSLATE_NOOP("Printouts", "Room")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Kind")), t(QT_TRANSLATE_NOOP("Printouts", "Ride"))]
        yes, no = t(QT_TRANSLATE_NOOP("Printouts", "Yes")), t(QT_TRANSLATE_NOOP("Printouts", "No"))
        story.append(data_table(header, [(self.day(a.day), f"{a.start_minute // 60:02d}:{a.start_minute % 60:02d}",
                                          a.name, a.room or "—", self.choice(APPOINTMENT_KINDS, a.kind),
                                          yes if a.transport else no) for a in data.coming_appointments],
                                (40, 15, 40, 25, 40, 15),
                                empty=t(QT_TRANSLATE_NOOP("Printouts", "No appointments booked for the coming week."))))
        return story

    def plans(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Safety plans")))]
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Reviewed on")), t(QT_TRANSLATE_NOOP("Printouts", "Resident")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Room"))]
        story.append(self.sub(t(QT_TRANSLATE_NOOP("Printouts", "Reviewed this week"))))
        story.append(data_table(header, [(self.day(p.day), p.name, p.room or "—") for p in data.plans_reviewed],
                                (50, 75, 50), empty=t(QT_TRANSLATE_NOOP("Printouts", "No plan was reviewed this week."))))
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Review was due")), t(QT_TRANSLATE_NOOP("Printouts", "Resident")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Room"))]
        story.append(self.sub(t(QT_TRANSLATE_NOOP("Printouts", "Overdue for review"))))
        story.append(data_table(header, [(self.day(p.day), p.name, p.room or "—") for p in data.plans_overdue],
                                (50, 75, 50), empty=t(QT_TRANSLATE_NOOP("Printouts", "No plan is overdue."))))
        return story

    def incidents(self) -> list[Flowable]:
        t, data = self.t, self.data
        story: list[Flowable] = [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "Incidents")))]
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Kind")), self.tr("choices", "Low"), self.tr("choices", "Medium"),
                  self.tr("choices", "High"), self.tr("choices", "Critical"), t(QT_TRANSLATE_NOOP("Printouts", "All"))]

        def kind(line) -> str:  # noqa: ANN001
            if line.type_code and line.type_code in TYPE_NAMES:
                return self.tr("IncidentTypes", TYPE_NAMES[line.type_code])
            return line.type_name

        rows = [(kind(i), *(str(n) for n in i.by_severity), str(i.total)) for i in data.incidents]
        if rows:
            rows.append((t(QT_TRANSLATE_NOOP("Printouts", "All kinds")),
                         *(str(sum(i.by_severity[n] for i in data.incidents)) for n in range(4)),
                         str(sum(i.total for i in data.incidents))))
        story.append(data_table(header, rows, (65, 22, 22, 22, 22, 22),
                                empty=t(QT_TRANSLATE_NOOP("Printouts", "No incidents were recorded this week."))))
        story.append(self.sub(t(QT_TRANSLATE_NOOP("Printouts", "Follow-up tasks still open"))))
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Incident")), t(QT_TRANSLATE_NOOP("Printouts", "What")),
                  t(QT_TRANSLATE_NOOP("Printouts", "Who")), t(QT_TRANSLATE_NOOP("Printouts", "By"))]
        overdue = t(QT_TRANSLATE_NOOP("Printouts", "{day} (overdue)"))
        story.append(data_table(header, [(f"#{f.incident_id}", f.what, f.owner or "—",
                                          overdue.format(day=f.due_on.isoformat()) if f.overdue
                                          else f.due_on.isoformat()) for f in data.open_followups],
                                (20, 85, 35, 35), empty=t(QT_TRANSLATE_NOOP("Printouts", "No follow-up task is open."))))
        return story

    # --- the comparison -------------------------------------------------------------------------------------
    def comparison(self) -> list[Flowable]:
        t, data = self.t, self.data
        weeks = data.weeks
        header = [t(QT_TRANSLATE_NOOP("Printouts", "Week from")), *(w.first.isoformat() for w in weeks)]
        header[1] = t(QT_TRANSLATE_NOOP("Printouts", "This week"))
        rows = [
            (t(QT_TRANSLATE_NOOP("Printouts", "People here each night, on average")),
             *(f"{w.average_residents:.1f}" for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Beds used each night, on average")),
             *(f"{w.average_beds_used:.1f}" for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Intakes")), *(str(w.intakes) for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Left the shelter")), *(str(w.exits) for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Meals served")), *(str(w.meals) for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Items handed out")), *(str(w.items_handed_out) for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Appointments attended")),
             *(str(w.appointments_attended) for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Appointments missed")), *(str(w.appointments_missed) for w in weeks)),
            (t(QT_TRANSLATE_NOOP("Printouts", "Incidents")), *(str(w.incidents) for w in weeks)),
        ]
        rest = (WIDTH_MM - 50) / len(weeks)
        return [self.heading(t(QT_TRANSLATE_NOOP("Printouts", "This week and the four before"))),
                data_table(header, rows, (50, *([rest] * len(weeks)))),
                Spacer(1, 3 * mm),
                KeepTogether([self.sub(t(QT_TRANSLATE_NOOP("Printouts", "People here each night, on average"))),
                              _Chart(self.weeks_chart)])]

    def weeks_chart(self) -> Drawing:
        t, data = self.t, self.data
        weeks = list(reversed(data.weeks))  # oldest first, left to right
        values = [round(w.average_residents, 1) for w in weeks]
        top = max(values + [1]) * 1.25
        drawing = Drawing(WIDTH_MM * mm, 50 * mm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, 110 * mm, 34 * mm
        chart.data = [values]
        chart.categoryAxis.categoryNames = [
            t(QT_TRANSLATE_NOOP("Printouts", "This week")) if w is data.weeks[0] else f"{w.first:%m-%d}"
            for w in weeks]
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = FONT
            axis.labels.fontSize = 7.5
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
        chart.bars[0].fillColor = colors.Color(0.55, 0.55, 0.55)
        chart.bars[0].strokeColor = colors.black
        chart.bars[0].strokeWidth = 0.6
        chart.bars[(0, len(values) - 1)].fillColor = colors.Color(0.2, 0.2, 0.2)  # this week, darkest
        chart.barLabelFormat = "%.1f"
        chart.barLabels.fontName = FONT_BOLD
        chart.barLabels.fontSize = 7.5
        chart.barLabels.nudge = 6
        drawing.add(chart)
        return drawing


class _Chart(Flowable):
    """A chart drawn when laid out. ``pdf.build`` deep-copies the story for its second pass, and a
    reportlab chart widget cannot be deep-copied; this holds only the function that makes it."""

    def __init__(self, make) -> None:  # noqa: ANN001
        super().__init__()
        self.make = make
        self.drawing: Drawing | None = None

    def __deepcopy__(self, memo: dict) -> _Chart:
        return _Chart(self.make)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.drawing = self.make()
        return self.drawing.width, self.drawing.height

    def draw(self) -> None:
        if self.drawing is None:
            self.drawing = self.make()
        self.drawing.drawOn(self.canv, 0, 0)


def _left(table: Flowable) -> Flowable:
    table.hAlign = "LEFT"
    return table


def _wrap(words: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in words.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]

