"""The one-page Recovery Sheet printed at setup (and after a key rotation)."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports.pdf import (
    CONTEXT,
    Translate,
    build,
    no_translation,
    page_frame,
    styles,
    text,
)


def render_recovery_sheet(
    *, shelter_name: str, code: str, vault_id: str, made_by: str, made_at: datetime,
    tr: Translate = no_translation,
) -> bytes:
    s = styles()

    def t(source: str) -> str:
        return tr(CONTEXT, source)

    title = t(QT_TRANSLATE_NOOP("Printouts", "Recovery Sheet"))
    story = [
        Paragraph(text(title), s["title"]),
        Paragraph(t(QT_TRANSLATE_NOOP(
            "Printouts", "This sheet opens <b>{shelter}</b>'s Shelter Desk vault if every director password is "
                         "forgotten, or on a new computer after the old one broke.")).format(shelter=text(shelter_name)),
            s["body"]),
        Spacer(1, 4 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Recovery code"))), s["h2"]),
        Table(
            [[Paragraph(text(code), s["code"])]],
            colWidths=[170 * mm],
            style=TableStyle([("BOX", (0, 0), (-1, -1), 1.2, "black"),
                              ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]),
        ),
        Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Letters and numbers only: 0 is zero, 1 is one. Dashes and capitals do not matter."))),
            s["small"]),
        Spacer(1, 4 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "Keep it safe"))), s["h2"]),
        Paragraph("• " + text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Put this sheet in a sealed envelope in the office safe or another locked place that only "
                         "the director can open."))), s["body"]),
        Paragraph("• " + text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Do not photograph it, scan it, email it or keep it on the computer."))), s["body"]),
        Paragraph("• " + text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Anyone with this code and a copy of the vault can read every record."))), s["body"]),
        Spacer(1, 2 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP("Printouts", "How to use it"))), s["h2"]),
        Paragraph(t(QT_TRANSLATE_NOOP(
            "Printouts", "1. Start Shelter Desk and choose <b>Use the recovery code</b> on the sign-in screen.")),
            s["body"]),
        Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "2. Type the code above, then choose a new password for a director account."))), s["body"]),
        Paragraph(t(QT_TRANSLATE_NOOP(
            "Printouts", "3. The program records that the code was used. Then make a new Recovery Sheet "
                         "(Admin → Security) and destroy this one.")), s["body"]),
        Spacer(1, 4 * mm),
        Paragraph(text(t(QT_TRANSLATE_NOOP(
            "Printouts", "Vault number: {number}   ·   Made by {who} on {day}. A newer sheet replaces this one."))
            .format(number=vault_id[:8], who=made_by, day=f"{made_at:%Y-%m-%d}")), s["small"]),
    ]
    frame = page_frame(shelter_name=shelter_name, title=title, printed_by=made_by, printed_at=made_at, tr=tr)
    return build(frame, story)
