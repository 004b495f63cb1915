"""A stay: she came back (a new stay), a stay corrected, and "Left the shelter"."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from shelter_desk import hud
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.resident_choices import HudCombo
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import (
    FieldErrors,
    Section,
    focus_order,
    sentence,
)
from shelter_desk.gui.resident_forms import StayForm
from shelter_desk.gui.resident_text import day_text
from shelter_desk.gui.resident_widgets import DateField, TextLine
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.residents import StayInfo


class StayDialog(FormDialog):
    """With ``stay=None``: she came back, a new stay with a bed chosen (``start_stay``).
    With a stay: correct that stay's intake details and household (``update_stay``; no
    bed chooser, moves are made on the bed board). After Accepted, ``stay_id`` is the stay's id.
    """

    def __init__(self, desk: Desk, resident_id: int, alias: str, parent: QWidget | None = None,
                 stay: StayInfo | None = None) -> None:
        new = stay is None
        super().__init__(
            parent,
            # The title never names her (titles reach Alt+Tab and screen readers); the heading does.
            title=self.tr("She is back") if new else self.tr("Correct a stay"),
            heading=self.tr("{alias} is back: a new stay").format(alias=alias) if new
            else self.tr("{alias}: the stay that began on {day}").format(alias=alias, day=day_text(stay.intake_date)),
            save_text=self.tr("Start her new stay") if new else self.tr("Save"),
        )
        self.desk = desk
        self.resident_id = resident_id
        self.stay = stay
        self.stay_id: int | None = None if stay is None else stay.id
        self.set_intro(self.tr("Her earlier stays are kept.") if new
                       else self.tr("Correct what was recorded when she came. Bed moves are made on the Beds screen."))
        self.form = StayForm(desk, self.body_widget, stay=stay, with_bed=new)
        self.forms = [self.form]
        self.body.addWidget(self.form)
        self.body.addStretch(1)
        self.set_tab_order([*focus_order(self.form.sections), self.save_button, self.cancel_button])
        self.fit_to_screen(780, 640)
        self.remember_start()
        self.form.intake_edit.setFocus()

    def save(self) -> bool:
        try:
            details = self.form.details()
            if self.stay is None:
                self.stay_id = self.desk.residents.start_stay(self.resident_id, details)
            else:
                self.desk.residents.update_stay(self.stay.id, details)
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True


class ExitForm(QWidget):
    """The day she left, where she went (a HUD destination, nothing pre-chosen) and why, in a few words."""

    def __init__(self, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.errors = FieldErrors()
        section = self.section = Section(self.tr("Leaving"), self)
        self.day_edit = DateField(section, field="exit_date", label=QT_TRANSLATE_NOOP("fields", "the day she left"),
                                  value=today)
        self.day_edit.setAccessibleName(self.tr("The day she left"))
        section.row(self.tr("The &day she left"), self.day_edit)
        self.errors.add(section.form, ["exit_date"], self.day_edit, section)
        self.destination_combo = HudCombo(hud.DESTINATIONS, section, placeholder=self.tr("Choose where she went…"))
        self.destination_combo.setAccessibleName(self.tr("Where she went"))
        section.row(self.tr("&Where she went *"), self.destination_combo)
        section.note(self.tr("Where she is staying tonight. Type the first letters to jump in the list."))
        self.errors.add(section.form, ["destination"], self.destination_combo, section)
        self.reason_edit = TextLine(section, placeholder=self.tr("e.g. moved in with her sister"))
        section.row(self.tr("&Reason, in a few words"), self.reason_edit)
        self.errors.add(section.form, ["exit_reason"], self.reason_edit, section)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section)
        self.sections = [section]

    def snapshot(self) -> tuple:
        return (self.day_edit.text(), self.destination_combo.currentIndex(), self.reason_edit.text())

    def show_error(self, exc: ValidationError) -> bool:
        return self.errors.show(exc)

    def clear_errors(self) -> None:
        self.errors.clear()


class ExitDialog(FormDialog):
    """"Left the shelter": ends the stay with ``record_exit``; her bed becomes free.

    The heading names her alias and bed so the worker knows whose stay ends.
    """

    def __init__(self, desk: Desk, stay: StayInfo, alias: str, parent: QWidget | None = None) -> None:
        bed = stay.bed_label
        super().__init__(
            parent, title=self.tr("Left the shelter"),
            heading=self.tr("{alias} ({bed}) left the shelter").format(alias=alias, bed=bed) if bed
            else self.tr("{alias} left the shelter").format(alias=alias),
            save_text=self.tr("Record that she &left"), enter_saves=True, scroll=False)
        self.desk = desk
        self.stay_info = stay
        self.set_intro(self.tr("Her stay since {day} ends; her bed becomes free. Her record and earlier stays "
                               "are kept.").format(day=day_text(stay.intake_date)) if bed
                       else self.tr("Her stay since {day} ends. Her record and earlier stays are kept.").format(
                           day=day_text(stay.intake_date)))
        self.form = ExitForm(desk.today(), self.body_widget)
        self.forms = [self.form]
        self.body.addWidget(self.form)
        self.set_tab_order([*focus_order(self.form.sections), self.save_button, self.cancel_button])
        self.resize(640, self.sizeHint().height())
        self.remember_start()
        self.form.day_edit.setFocus()

    def save(self) -> bool:
        form = self.form
        try:
            day = form.day_edit.value()
            self.desk.residents.record_exit(self.stay_info.id, day, form.destination_combo.value(),  # type: ignore[arg-type]
                                            form.reason_edit.text())
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        return True
