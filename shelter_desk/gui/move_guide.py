"""Help → Move to a new computer: the steps in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class MoveGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to a new computer"))
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self.text.setFocus()

    def guide_html(self) -> str:
        steps = [
            self.tr("<b>On the old computer</b>, sign in as a director, go to Admin → Backups and press "
                    "<b>Back up now</b>. Choose the USB stick. Wait until it says the backup was written and "
                    "checked."),
            self.tr("Take the <b>Recovery Sheet</b> out of the safe. On a new computer the director passwords "
                    "do not work at first (they are tied to the old computer, on purpose): the recovery code "
                    "opens the backup."),
            self.tr("<b>On the new computer</b>, install Shelter Desk and start it. When it asks to set up a "
                    "new shelter, press <b>Restore from a backup instead</b>."),
            self.tr("Choose the backup file on the USB stick, choose <b>With the recovery code</b> and type "
                    "the code from the sheet. Shelter Desk checks the backup completely before using it."),
            self.tr("Choose a <b>new password</b> for your director account. From now on it works on the new "
                    "computer."),
            self.tr("In Admin → Staff accounts, give every other staff member a <b>new temporary password</b> "
                    "(Reset password). They choose their own when they sign in."),
            self.tr("Make a <b>new Recovery Sheet</b> in Admin → Security if the old one was used or seen, and "
                    "put it in the safe."),
            self.tr("When everything works on the new computer, <b>wipe the old computer's disk</b> before it "
                    "is given away or thrown out. Until then, keep it switched off and locked away."),
        ]
        items = "".join(f"<li style='margin-bottom: 8px'>{s}</li>" for s in steps)
        notes = self.tr(
            "If the old computer is broken, use the newest backup on a USB stick. A backup made before the data "
            "key was changed needs the Recovery Sheet from that time. If a backup is damaged, try an older one: "
            "nothing is changed until a backup has passed every check.")
        title = self.tr("Moving Shelter Desk to a new computer")
        return f"<h3>{title}</h3><ol>{items}</ol><p>{notes}</p>"
