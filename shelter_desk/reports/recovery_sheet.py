"""The one-page Recovery Sheet printed at setup (and after a key rotation)."""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from shelter_desk.reports.pdf import PageFrame, build, styles


def render_recovery_sheet(
    *, shelter_name: str, code: str, vault_id: str, made_by: str, made_at: datetime
) -> bytes:
    s = styles()
    story = [
        Paragraph("Recovery Sheet", s["title"]),
        Paragraph(
            f"This sheet opens <b>{escape(shelter_name)}</b>'s Shelter Desk vault if every "
            "director password is forgotten, or on a new computer after the old one broke.",
            s["body"],
        ),
        Spacer(1, 4 * mm),
        Paragraph("Recovery code", s["h2"]),
        Table(
            [[Paragraph(escape(code), s["code"])]],
            colWidths=[170 * mm],
            style=TableStyle([("BOX", (0, 0), (-1, -1), 1.2, "black"),
                              ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]),
        ),
        Paragraph("Letters and numbers only: 0 is zero, 1 is one. Dashes and capitals do not matter.",
                  s["small"]),
        Spacer(1, 4 * mm),
        Paragraph("Keep it safe", s["h2"]),
        Paragraph("• Put this sheet in a sealed envelope in the office safe or another locked place "
                  "that only the director can open.", s["body"]),
        Paragraph("• Do not photograph it, scan it, email it or keep it on the computer.", s["body"]),
        Paragraph("• Anyone with this code and a copy of the vault can read every record.", s["body"]),
        Spacer(1, 2 * mm),
        Paragraph("How to use it", s["h2"]),
        Paragraph("1. Start Shelter Desk and choose <b>Use the recovery code</b> on the sign-in screen.",
                  s["body"]),
        Paragraph("2. Type the code above, then choose a new password for a director account.", s["body"]),
        Paragraph("3. The program records that the code was used. Then make a new Recovery Sheet "
                  "(Admin → Security) and destroy this one.", s["body"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Vault number: {escape(vault_id[:8])}   ·   Made by {escape(made_by)} on "
                  f"{made_at:%Y-%m-%d}. A newer sheet replaces this one.", s["small"]),
    ]
    frame = PageFrame(shelter_name=shelter_name, title="Recovery Sheet", printed_by=made_by,
                      printed_at=made_at)
    return build(frame, story)
