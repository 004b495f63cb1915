"""Book, change, move and settle an appointment (used by the Appointments page, the Today board
and a resident's file).

- :class:`AppointmentDialog`: book a new one (the resident chosen by typing part of her name,
  or given), change a booked one, or with ``reschedule=True`` move it to a new time (the
  old one is kept, marked "Moved to a new time" and linked to the new one).
- :class:`SettleDialog`: record how it went (went, missed, cancelled), or move it.

Every dialog saves through ``desk.appointments`` and closes only when the service accepted
it; a refusal is shown under its field and nothing typed is lost. When she, or her escort,
is already booked at that time, the dialog says with whom and where, and asks before booking
anyway (No is the default). Ctrl+Enter saves; Esc asks before throwing away what was typed.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError, ValidationError
from shelter_desk.gui.appointments_model import (
    clash_sentence,
    day_time_text,
    kind_text,
    place_text,
    weekday_text,
)
from shelter_desk.gui.resident_dialog_base import FormDialog
from shelter_desk.gui.resident_form_parts import FieldErrors, Section, focus_order, sentence
from shelter_desk.gui.resident_picker import ResidentPicker
from shelter_desk.gui.resident_widgets import DateField, TextBlock, TextLine
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.needs_views import (
    APPOINTMENT_KINDS,
    MAX_DURATION,
    AppointmentClash,
    AppointmentDetails,
    AppointmentLine,
    BookResult,
    ProviderView,
    time_text,
)
from shelter_desk.services.validation import fold

NOT_A_TIME = QT_TRANSLATE_NOOP("errors", "We cannot read {label} as a time. Type it like 09:30 or 14:00 "
                                         "(24-hour clock), or 2:30 pm.")
NO_TIME = QT_TRANSLATE_NOOP("errors", "Please fill in {label}, for example 09:30.")
NO_RESIDENT = QT_TRANSLATE_NOOP("errors", "Choose who the appointment is for: type part of her name or room, "
                                          "then pick her from the list.")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h ](\d{2}))?\s*(a|p|am|pm|a\.m\.|p\.m\.)?$")
_COMPACT_TIME = re.compile(r"^(\d{1,2})(\d{2})\s*(a|p|am|pm|a\.m\.|p\.m\.)?$")


def parse_time(text: str) -> int | None:
    """Minutes after midnight for '9:30', '09.30', '0930', '14', '2:30 pm', '12 am'; None if unreadable."""
    text = " ".join(text.strip().lower().split())
    if not text:
        return None
    found = _TIME.match(text) or _COMPACT_TIME.match(text)
    if found is None:
        return None
    hour, minute, half = int(found.group(1)), int(found.group(2) or 0), found.group(3)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute


class AppointmentForm(QWidget):
    """The fields of an appointment, a red line under each one the service may refuse.

    When booking, ``chosen_label`` says in words who the appointment is for (or that nobody is
    chosen yet) and follows every key typed in the picker: a booking never goes to someone the
    person at the desk did not see named. ``resident_changed`` tells the dialog (its heading).
    """

    resident_changed = Signal(object)  # the chosen resident's id, or None

    def __init__(self, desk: Desk, parent: QWidget, *, resident_id: int | None, line: AppointmentLine | None,
                 reschedule: bool, day: date | None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.line = line
        self.errors = FieldErrors()
        self.providers: list[ProviderView] = []

        who = Section(self.tr("Who and when"), self)
        self.picker: ResidentPicker | None = None
        if line is None:
            self.picker = ResidentPicker(desk, who, include=resident_id)
            self.picker.setAccessibleName(self.tr("Who it is for"))
            self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.picker.setMinimumContentsLength(18)
            who.row(self.tr("Who it is &for *"), self.picker)
            self.chosen_label = QLabel(who)
            self.chosen_label.setObjectName("chosenLabel")
            self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)  # her alias: typed text, never markup
            self.chosen_label.setWordWrap(True)
            # Room for two lines from the start: a longer message later must not be cut off.
            self.chosen_label.setMinimumHeight(2 * self.chosen_label.fontMetrics().lineSpacing() + 2)
            self.chosen_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            who.row("", self.chosen_label)
            self.errors.add(who.form, ["resident"], self.picker, who)
            self.picker.chosen.connect(lambda _id: self._show_chosen())
            self.picker.lineEdit().textChanged.connect(lambda _text: self._show_chosen())
        else:
            name = QLabel(line.alias, who)
            name.setTextFormat(Qt.TextFormat.PlainText)  # her alias: typed text, never markup
            who.row(self.tr("For"), name)
        if line is not None and reschedule:
            was = QLabel(self.tr("{when} at {place}").format(when=day_time_text(line), place=line.place_name), who)
            was.setTextFormat(Qt.TextFormat.PlainText)
            was.setObjectName("oldTimeLabel")
            who.row(self.tr("Booked now"), was)
        first_day = (line.day if line is not None and not reschedule else day) or desk.today()
        self.day_edit = DateField(who, field="day", label=QT_TRANSLATE_NOOP("fields", "the day"),
                                  value=None if reschedule else first_day)
        self.day_edit.setAccessibleName(self.tr("Day"))
        who.row(self.tr("New &day *") if reschedule else self.tr("&Day *"), self.day_edit)
        self.errors.add(who.form, ["day"], self.day_edit, who)
        self.time_edit = TextLine(who, placeholder=self.tr("e.g. 09:30"))
        self.time_edit.setMaxLength(12)
        self.time_edit.setFixedWidth(self.time_edit.fontMetrics().horizontalAdvance("e.g. 09:30") + 40)
        self.time_edit.setAccessibleName(self.tr("Time"))
        if line is not None and not reschedule:
            self.time_edit.setText(time_text(line.start_minute))
        self.time_edit.editingFinished.connect(self._tidy_time)
        self.duration_spin = QSpinBox(who)
        self.duration_spin.setRange(5, MAX_DURATION)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(line.duration_minutes if line is not None else 60)
        self.duration_spin.setSuffix(self.tr(" minutes"))
        self.duration_spin.setAccessibleName(self.tr("How long it takes, in minutes"))
        duration_label = QLabel(self.tr("How &long"), who)
        duration_label.setBuddy(self.duration_spin)
        time_row = QHBoxLayout()
        time_row.setSpacing(8)
        time_row.addWidget(self.time_edit)
        time_row.addSpacing(16)
        time_row.addWidget(duration_label)
        time_row.addWidget(self.duration_spin)
        time_row.addStretch(1)
        who.row(self.tr("New &time *") if reschedule else self.tr("&Time *"), time_row, buddy=self.time_edit)
        who.note(self.tr("24-hour clock: 14:30 is half past two in the afternoon. \"2:30 pm\" works too."))
        self.errors.add(who.form, ["start"], self.time_edit, who)
        self.errors.add(who.form, ["duration"], self.duration_spin, who)

        what = Section(self.tr("What and where"), self)
        self.kind_combo = QComboBox(what)
        for code, label in APPOINTMENT_KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("choices", label), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(line.kind if line else "medical")))
        what.row(self.tr("&Kind"), self.kind_combo)
        self.errors.add(what.form, ["kind"], self.kind_combo, what)
        self.place_combo = QComboBox(what)
        self.place_combo.setEditable(True)
        self.place_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place_combo.setMaxVisibleItems(15)
        # Long names and addresses must not widen the dialog beyond the screen; the list pops up wide enough.
        self.place_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.place_combo.setMinimumContentsLength(18)
        self.place_combo.lineEdit().setPlaceholderText(self.tr("Choose from the list, or type the place"))
        self.place_combo.lineEdit().setMaxLength(300)
        self.place_combo.setAccessibleName(self.tr("Place"))
        self.new_place_button = QPushButton(self.tr("&New place…"), what)
        self.new_place_button.setAutoDefault(False)
        self.new_place_button.setToolTip(self.tr("Add a place to the list, to choose it next time too"))
        self.new_place_button.clicked.connect(self.add_place)
        place_row = QHBoxLayout()
        place_row.setSpacing(6)
        place_row.addWidget(self.place_combo, 1)
        place_row.addWidget(self.new_place_button)
        what.row(self.tr("&Place *"), place_row, buddy=self.place_combo)
        self.place_hint = what.note("")
        self.place_hint.setTextFormat(Qt.TextFormat.PlainText)  # an address typed by staff
        self.errors.add(what.form, ["provider", "place"], self.place_combo, what)
        self.place_combo.currentTextChanged.connect(self._show_place)
        self.load_places(keep_text=False)
        if line is not None:
            if line.provider_id is not None:
                self.choose_place(line.provider_id)
            else:
                self.place_combo.setEditText(line.place_name)

        ride = Section(self.tr("Ride and escort"), self)
        self.ride_check = QCheckBox(self.tr("Needs a r&ide"), ride)
        self.ride_check.setChecked(bool(line and line.transport_needed))
        ride.row("", self.ride_check)
        self.ride_edit = TextLine(ride, placeholder=self.tr("Who drives or how she gets there, when to leave"))
        self.ride_edit.setMaxLength(200)
        self.ride_edit.setAccessibleName(self.tr("The ride: who drives, how, when to leave"))
        if line is not None:
            self.ride_edit.setText(line.ride)
        self.ride_edit.setEnabled(self.ride_check.isChecked())
        self.ride_check.toggled.connect(self.ride_edit.setEnabled)
        ride.row(self.tr("&Ride"), self.ride_edit)
        self.errors.add(ride.form, ["ride"], self.ride_edit, ride)
        self.escort_edit = TextLine(ride, placeholder=self.tr("Who goes with her (staff or volunteer), if anyone"))
        self.escort_edit.setMaxLength(120)
        if line is not None:
            self.escort_edit.setText(line.escort)
        ride.row(self.tr("&Escort"), self.escort_edit)
        self.errors.add(ride.form, ["escort"], self.escort_edit, ride)
        ride.note(self.tr("The day sheet for drivers and escorts shows her name, the time, the place, the ride "
                          "and the escort; never the kind of appointment or the notes."))

        more = Section(self.tr("Notes"), self)
        self.notes_edit = TextBlock(more, lines=3)
        if line is not None:
            self.notes_edit.setPlainText(line.notes)
        more.row(self.tr("N&otes"), self.notes_edit)
        self.errors.add(more.form, ["notes"], self.notes_edit, more)
        self.why_edit: TextLine | None = None
        if reschedule:
            self.why_edit = TextLine(more, placeholder=self.tr("e.g. the clinic called to change it"))
            self.why_edit.setMaxLength(300)
            more.row(self.tr("&Why it moved"), self.why_edit)
            self.errors.add(more.form, ["outcome_note"], self.why_edit, more)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.sections = [who, what, ride, more]
        for section in self.sections:
            layout.addWidget(section)
        if self.picker is not None:
            self._show_chosen()

    # --- who -----------------------------------------------------------------------------
    def chosen_text(self) -> str:
        """Who the picker has chosen now, as shown to her ("Amara — Rose room"), or "" for nobody."""
        if self.picker is None:
            return self.line.alias if self.line is not None else ""
        resident_id = self.picker.resident_id()
        index = self.picker.findData(resident_id) if resident_id is not None else -1
        return self.picker.itemText(index) if index >= 0 else ""

    def _show_chosen(self) -> None:
        assert self.picker is not None
        who = self.chosen_text()
        if who:
            text = self.tr("For: {who}").format(who=who)
            self.chosen_label.setStyleSheet("font-weight: bold; color: #245a5e;")
        elif self.picker.currentText().strip():
            text = self.tr("Nobody chosen yet: keep typing, or pick her from the list.")
            self.chosen_label.setStyleSheet("color: #7a2e00;")
        else:
            text = self.tr("Nobody chosen yet: type the start of her name.")
            self.chosen_label.setStyleSheet("color: #4a565a;")
        self.chosen_label.setText(text)
        self.picker.setAccessibleDescription(text)  # a screen reader says who is chosen too
        self.resident_changed.emit(self.picker.resident_id())

    # --- places ---------------------------------------------------------------------------
    @staticmethod
    def place_label(place: ProviderView) -> str:
        """'Riverside Health Clinic — 1200 Fictional Ave' (or the name alone, without an address)."""
        if not place.address:
            return place.name
        return QCoreApplication.translate("AppointmentForm", "{place} — {address}").format(
            place=place.name, address=place.address)

    def load_places(self, keep_text: bool = True) -> None:
        """Read the list of places again (a place retired since stays for the appointment that has it)."""
        text = self.place_combo.currentText()
        try:
            places = self.desk.appointments.providers(include_retired=True)
        except ShelterDeskError:
            places = []
        current = self.line.provider_id if self.line is not None else None
        self.providers = [p for p in places if p.active or p.id == current]
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        for place in self.providers:
            self.place_combo.addItem(self.place_label(place), place.id)
        self.place_combo.setCurrentIndex(-1)
        self.place_combo.setEditText(text if keep_text else "")
        self.place_combo.blockSignals(False)
        completer = QCompleter([self.place_label(p) for p in self.providers], self.place_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.place_combo.setCompleter(completer)
        self._show_place(self.place_combo.currentText())

    def choose_place(self, provider_id: int) -> None:
        index = self.place_combo.findData(provider_id)
        if index >= 0:
            self.place_combo.setCurrentIndex(index)
            self.place_combo.setEditText(self.place_combo.itemText(index))
            self.place_combo.lineEdit().setCursorPosition(0)  # the name, not the end of the address, in view
        self._show_place(self.place_combo.currentText())

    def place(self) -> tuple[int | None, str]:
        """(the place from the list, or None; the place typed when it is not on the list)."""
        text = " ".join(self.place_combo.currentText().split())
        if not text:
            return None, ""
        wanted = fold(text)
        for place in self.providers:
            if fold(self.place_label(place)) == wanted:
                return place.id, ""
        by_name = [p for p in self.providers if fold(p.name) == wanted]
        if len(by_name) == 1:
            return by_name[0].id, ""
        return None, text

    def _show_place(self, _text: str = "") -> None:
        provider_id, typed = self.place()
        if provider_id is not None:
            place = next(p for p in self.providers if p.id == provider_id)
            parts = [place.address or self.tr("No address on the list")]
            if place.phone:
                parts.append(place.phone)
            if place.note:
                parts.append(place.note)
            text = " · ".join(parts)
        elif typed:
            text = self.tr("Not on the list: kept with this appointment only. Press \"New place…\" (Alt+N) to "
                           "add it to the list with its address.")
        else:
            text = self.tr("Type part of the name to find it in the list.") if self.providers else self.tr(
                "The list of places is empty: type the place, or press \"New place…\" (Alt+N) to add it.")
        self.place_hint.setText(text)

    def add_place(self) -> None:
        from shelter_desk.gui.providers_dialog import ProvidersDialog

        dialog = ProvidersDialog(self.window(), self.desk)
        dialog.exec()
        added = dialog.added_id
        dialog.deleteLater()
        self.load_places()
        if added is not None:
            self.choose_place(added)
        self.place_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading what was typed -----------------------------------------------------------
    def _tidy_time(self) -> None:
        minute = parse_time(self.time_edit.text())
        if minute is not None:
            self.time_edit.setText(time_text(minute))

    def start_minute(self) -> int:
        text = self.time_edit.text().strip()
        label = QT_TRANSLATE_NOOP("fields", "the time")
        if not text:
            raise ValidationError(NO_TIME, field="start", label=label)
        minute = parse_time(text)
        if minute is None:
            raise ValidationError(NOT_A_TIME, field="start", label=label)
        return minute

    def details(self) -> AppointmentDetails:
        """What is typed; raises :class:`ValidationError` for a field that cannot be read."""
        if self.line is not None:
            resident_id: int | None = self.line.resident_id
        else:
            assert self.picker is not None
            resident_id = self.picker.resident_id()
            if resident_id is None:
                raise ValidationError(NO_RESIDENT, field="resident")
        day = self.day_edit.value()
        if day is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in {label}."), field="day",
                                  label=QT_TRANSLATE_NOOP("fields", "the day"))
        provider_id, typed = self.place()
        needs_ride = self.ride_check.isChecked()
        return AppointmentDetails(
            resident_id=resident_id, day=day, start_minute=self.start_minute(),
            kind=self.kind_combo.currentData(), duration_minutes=self.duration_spin.value(),
            provider_id=provider_id, place=typed, transport_needed=needs_ride,
            ride=self.ride_edit.text() if needs_ride else "", escort=self.escort_edit.text(),
            notes=self.notes_edit.toPlainText())

    def snapshot(self) -> tuple:
        return (self.picker.currentText() if self.picker else "", self.day_edit.text(), self.time_edit.text(),
                self.duration_spin.value(), self.kind_combo.currentIndex(), self.place_combo.currentText(),
                self.ride_check.isChecked(), self.ride_edit.text(), self.escort_edit.text(),
                self.notes_edit.toPlainText(), self.why_edit.text() if self.why_edit else "")

    def show_error(self, exc: ValidationError) -> bool:
        return self.errors.show(exc)

    def clear_errors(self) -> None:
        self.errors.clear()


def confirm_clash(parent: QWidget, clashes: tuple[AppointmentLine, ...], resident_id: int, question: str) -> bool:
    """Say plainly who is already booked then, and ask; No is the default (and Esc)."""
    sentences = [clash_sentence(line, resident_id) for line in clashes]
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("AppointmentDialog", "Booked twice?"),
                      "\n".join(sentences), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and places are typed text
    box.setInformativeText(question)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setObjectName("clashQuestion")
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


class AppointmentDialog(FormDialog):
    """Book an appointment, change a booked one, or (``reschedule=True``) move it to a new time.

    Booking: ``resident_id`` chooses her beforehand (she can still be changed), ``day`` the
    day offered. Changing and moving take the ``appointment`` as it was read (its version:
    a change made meanwhile by someone else is refused plainly). ``appointment_id`` is the
    appointment saved (for a move: the new one) and ``result`` the service's answer.
    """

    def __init__(self, parent: QWidget | None, desk: Desk, resident_id: int | None = None,
                 appointment: AppointmentLine | None = None, reschedule: bool = False,
                 day: date | None = None) -> None:
        line = appointment
        self.mode = "book" if line is None else ("move" if reschedule else "change")
        if line is None:
            title, heading, save = self.tr("Book an appointment"), self.tr("Book an appointment"), self.tr("&Book it")
        elif reschedule:
            title = self.tr("Move to a new time")
            heading = self.tr("{alias}: move {kind} to a new time").format(alias=line.alias,
                                                                           kind=kind_text(line.kind))
            save = self.tr("&Move it")
        else:
            title = self.tr("Change an appointment")
            heading = self.tr("{alias}: {kind} on {day}").format(alias=line.alias, kind=kind_text(line.kind),
                                                                 day=weekday_text(line.day))
            save = self.tr("&Save")
        # The window title never names her (titles reach Alt+Tab and screen readers); the heading does.
        super().__init__(parent, title=title, heading=heading, save_text=save)
        self.desk = desk
        self.line = line
        self.appointment_id: int | None = None
        self.result: BookResult | None = None
        if self.mode == "move":
            self.set_intro(self.tr("The old time stays in the list as \"Moved to a new time\", linked to the new "
                                   "one. Change the place, ride or escort too if they change."))
        elif self.mode == "change" and line is not None and line.needs_settling:
            self.set_intro(self.tr("Its time has passed. To say whether she went, use \"Record how it went\" "
                                   "instead."))
        self.form = AppointmentForm(desk, self.body_widget, resident_id=resident_id, line=line,
                                    reschedule=reschedule, day=day)
        if self.mode == "book":
            self.form.resident_changed.connect(lambda _id: self._show_heading())
            self._show_heading()
        self.forms = [self.form]
        self.body.addWidget(self.form)
        self.body.addStretch(1)
        self.set_tab_order([*focus_order(self.form.sections), self.save_button, self.cancel_button])
        self.fit_to_screen(720, 860)
        self.remember_start()
        if self.form.picker is not None and self.form.picker.resident_id() is None:
            self.form.picker.setFocus()
        elif self.mode == "change":
            self.form.time_edit.setFocus()
        else:
            self.form.day_edit.setFocus()

    def _show_heading(self) -> None:
        """Booking: the heading names who it is for, as chosen now (the window title never does)."""
        who = self.form.chosen_text()
        self.heading_label.setText(self.tr("Book an appointment for {who}").format(who=who) if who
                                   else self.tr("Book an appointment"))

    def _send(self, details: AppointmentDetails, allow_clash: bool) -> BookResult:
        service = self.desk.appointments
        if self.line is None:
            return service.book(details, allow_clash=allow_clash)
        if self.mode == "move":
            note = self.form.why_edit.text() if self.form.why_edit is not None else ""
            # The version she opened: a change made meanwhile (the ride, the notes) is refused plainly.
            return service.reschedule(self.line.id, details, note, allow_clash=allow_clash,
                                      version=self.line.version)
        return service.update(self.line.id, details, self.line.version, allow_clash=allow_clash)

    def save(self) -> bool:
        try:
            details = self.form.details()
            try:
                self.result = self._send(details, allow_clash=False)
            except AppointmentClash as clash:
                question = {"book": self.tr("Book it anyway?"), "move": self.tr("Move it to this time anyway?"),
                            "change": self.tr("Save it anyway?")}[self.mode]
                if not confirm_clash(self, clash.clashes, details.resident_id, question):
                    self.say(self.tr("Nothing was saved. Choose another time or another escort, or press "
                                     "Ctrl+Enter again to be asked once more."))
                    self.form.time_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                    return False
                self.result = self._send(details, allow_clash=True)
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        self.appointment_id = self.result.appointment_id
        return True


class SettleDialog(FormDialog):
    """Record how an appointment went: went, missed or cancelled, with a short note; or move it.

    ``outcome`` after Accepted: "attended", "missed", "cancelled", or "rescheduled" (then
    ``moved_to`` is the new appointment's id). A day that has not come yet can only be
    cancelled or moved.
    """

    OUTCOMES = (
        ("attended", QT_TRANSLATE_NOOP("SettleDialog", "&Went")),
        ("missed", QT_TRANSLATE_NOOP("SettleDialog", "&Missed it")),
        # Not "&Cancelled": some desktops give the Cancel button Alt+C.
        ("cancelled", QT_TRANSLATE_NOOP("SettleDialog", "Ca&ncelled")),
    )

    def __init__(self, parent: QWidget | None, desk: Desk, appointment: AppointmentLine) -> None:
        line = appointment
        super().__init__(parent, title=self.tr("Record how it went"),
                         heading=self.tr("{alias}: {kind}, {when}").format(
                             alias=line.alias, kind=kind_text(line.kind), when=day_time_text(line)),
                         save_text=self.tr("Record it"), enter_saves=True, scroll=False)
        self.desk = desk
        self.line = line
        self.outcome: str | None = None
        self.moved_to: int | None = None
        self.set_intro(self.tr("At {place}.").format(place=place_text(line)))
        # The app's style sheet gives every widget the same ink; a choice that cannot be made must look so.
        self.setStyleSheet(self.styleSheet() + "QRadioButton:disabled { color: #8a9599; }")
        self.errors = FieldErrors()
        section = Section(self.tr("How it went"), self.body_widget)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        radios = QVBoxLayout()
        radios.setSpacing(4)
        future = line.day > desk.today()
        for code, label in self.OUTCOMES:
            radio = QRadioButton(QCoreApplication.translate("SettleDialog", label), section)
            radio.setEnabled(code == "cancelled" or not future)
            self.group.addButton(radio)
            self.radios[code] = radio
            radios.addWidget(radio)
        section.row(self.tr("She"), radios, buddy=self.radios["attended"])
        if future:
            section.note(self.tr("This day has not come yet: it can only be cancelled or moved to a new time."))
        self.errors.add(section.form, ["outcome"], self.radios["cancelled" if future else "attended"], section)
        self.note_edit = TextLine(section, placeholder=self.tr("Optional, e.g. next visit in two weeks"))
        self.note_edit.setMaxLength(300)
        section.row(self.tr("N&ote"), self.note_edit)
        self.errors.add(section.form, ["outcome_note"], self.note_edit, section)
        self.move_button = QPushButton(self.tr("Mo&ve to a new time…"), section)
        self.move_button.setToolTip(self.tr("Book the new time; this one is kept as \"Moved to a new time\""))
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self.move)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_button)
        move_row.addStretch(1)
        section.row("", move_row)
        self.body.addWidget(section)
        self.forms = [self]
        self.set_tab_order([*focus_order([section]), self.save_button, self.cancel_button])
        self.resize(600, self.sizeHint().height())
        self.remember_start()
        (self.radios["cancelled"] if future else self.radios["attended"]).setFocus()

    # the dialog is its own form
    def snapshot(self) -> tuple:  # type: ignore[override]
        return (self.chosen(), self.note_edit.text())

    def show_error(self, exc: ValidationError) -> bool:
        return self.errors.show(exc)

    def clear_errors(self) -> None:
        self.errors.clear()

    def chosen(self) -> str | None:
        for code, radio in self.radios.items():
            if radio.isChecked():
                return code
        return None

    def save(self) -> bool:
        outcome = self.chosen()
        if outcome is None:
            self.show_problem(ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Choose how it went: went, missed it, or cancelled."), field="outcome"))
            return False
        try:
            # The version she opened: if someone changed or settled it meanwhile, nothing is recorded.
            self.desk.appointments.settle(self.line.id, outcome, self.note_edit.text(), version=self.line.version)
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        except ShelterDeskError as exc:
            self.say(sentence(exc))
            return False
        self.outcome = outcome
        return True

    def move(self) -> None:
        dialog = AppointmentDialog(self, self.desk, appointment=self.line, reschedule=True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        moved_to = dialog.appointment_id
        dialog.deleteLater()
        if accepted and self.isVisible():
            self.outcome, self.moved_to = "rescheduled", moved_to
            self.done(QDialog.DialogCode.Accepted)
