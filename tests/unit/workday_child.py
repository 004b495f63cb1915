"""A working day in one process, for ``test_no_network_strace.py`` to run under strace.

    python -m tests.unit.workday_child VAULT_DIR

Makes a vault (cheap test Argon2, no credential store), then through the services: intake,
case note, meal, supply request and hand-out, appointment, safety plan with a review, incident
with a follow-up and sign-off, weekly summary PDF, anonymized counts CSV, backup, vault check;
then the main window offscreen with every screen shown once. Prints "DAY DONE" at the end.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: Path) -> int:
    import keyring
    from keyring.backends import fail

    from shelter_desk.crypto import kdf
    from shelter_desk.services.setup import create_vault

    kdf.enable_test_profile()
    keyring.set_keyring(fail.Keyring())
    result = create_vault(folder / "vault", shelter_name="Strace House", username="director",
                          display_name="Dana", password="quiet river lantern morning")
    desk = result.desk
    from shelter_desk.reports.weekly_summary import render_weekly_summary
    from shelter_desk.services.incident_views import IncidentEdit, PersonInput
    from shelter_desk.services.needs_views import AppointmentDetails
    from shelter_desk.services.resident_input import PersonDetails, StayDetails

    rid = desk.residents.intake(PersonDetails(alias="Ana"), StayDetails(desk.today(), program="emergency"))
    desk.casework.add_note(rid, "counselling", "Talked.")
    desk.meals.mark(desk.today(), desk.meals.kinds()[0].id, rid)
    kind = desk.supplies.kinds()[0].id
    desk.supplies.receive(kind, item="Coat", size="M", quantity=2)
    request = desk.supplies.request(rid, kind, item="Coat", size="M")
    desk.supplies.hand_out(rid, kind, item="Coat", size="M", request_id=request)
    desk.appointments.book(AppointmentDetails(rid, desk.today() + timedelta(days=1), 600, "medical", place="Clinic"))
    desk.plans.install_default_template()
    plan = desk.plans.open_plan(desk.plans.start_plan(rid))
    desk.plans.record_review(plan.id, "Went through it.", plan.version)
    incident_id, version = desk.incidents.record(None, IncidentEdit(
        occurred_at=desk.now() - timedelta(minutes=10), type_id=desk.incidents.types()[0].id, severity="low",
        narrative_during="Raised voices.", people=[PersonInput("resident", "involved", resident_id=rid)]))
    desk.incidents.add_followup(incident_id, "Talk it through", None, desk.today() + timedelta(days=1))
    desk.incidents.sign_off(incident_id, "Talked.", "", version)
    render_weekly_summary(desk.reports.weekly_summary(desk.today()), printed_by="Dana", printed_at=desk.now())
    month = desk.today().replace(day=1)
    desk.reports.export_counts(desk.reports.counts(month, month), "csv")
    (folder / "usb").mkdir()
    desk.backups.back_up_to(folder / "usb")

    from PySide6.QtWidgets import QApplication

    from shelter_desk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(desk)
    window.shelter_name = "Strace House"
    window._build_app_area()
    window.show()
    for row in range(window.app_area.navigation.count()):
        window.app_area.go_to(row)
        app.processEvents()
    window.close()
    app.processEvents()
    print("DAY DONE", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
