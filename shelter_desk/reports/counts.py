"""The anonymized counts on paper: the same cells as the CSV, one table per measure.

Built from a :class:`CountsTable` (already suppressed by ``desk.reports.counts``): nothing here
sees a count that is not published. Every page carries the shelter's name, "Confidential", the
period, page x of y, who made it and when; a note on the first page explains ``<k`` and ``*``.
"""

from __future__ import annotations

from datetime import datetime
from itertools import groupby

from reportlab.platypus import Flowable, Paragraph

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports.pdf import CONTEXT, Translate, build, data_table, no_translation, page_frame, styles, text
from shelter_desk.services.report_views import MEASURES, CountsTable


def counts_title(table: CountsTable, tr: Translate = no_translation) -> str:
    return tr(CONTEXT, QT_TRANSLATE_NOOP("Printouts", "Anonymized counts, {period}")).format(period=table.period)


def render_counts(table: CountsTable, *, printed_by: str, printed_at: datetime,
                  tr: Translate = no_translation) -> bytes:
    s = styles()

    def t(words: str) -> str:
        return tr(CONTEXT, words)

    title = counts_title(table, tr)
    frame = page_frame(shelter_name=table.shelter_name, title=title, printed_by=printed_by,
                       printed_at=printed_at, tr=tr)
    story: list[Flowable] = [Paragraph(text(title), s["title"])]
    story.append(Paragraph(text(t(QT_TRANSLATE_NOOP(
        "Printouts", "Counts only: no names, no dates of birth, no exact dates, no notes. A count from 1 to {small} "
                     "is shown as <{k}. A * hides a further count, so that a small count cannot be worked out from "
                     "a total; it is {k} or more, or, where every part of a total is *, any number."))
        .format(small=table.k - 1, k=table.k)), s["body"]))
    header = [t(QT_TRANSLATE_NOOP("Printouts", "Group")), t(QT_TRANSLATE_NOOP("Printouts", "Category")),
              t(QT_TRANSLATE_NOOP("Printouts", "Count"))]
    for measure, rows in groupby(table.rows, key=lambda r: r.measure):
        story.append(Paragraph(text(tr("Counts", MEASURES.get(measure, measure)) + f"  ({measure})"), s["h2"]))
        story.append(data_table(header, [(r.group or "—", r.category, r.count) for r in rows], (65, 75, 35)))
    return build(frame, story)
