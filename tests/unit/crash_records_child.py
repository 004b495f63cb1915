"""A forked writer for the crash test: every kind of newer record, through the services, until killed.

``write_forever(folder, password, log, tag)`` signs in as the director and writes, round and round:
an intake, a case note, a supply request, a safety plan, an incident draft recorded, an
appointment and a hand-out. After each commit it appends one line ``<table> <id>`` to ``log``
(one small ``os.write`` on an ``O_APPEND`` file: a kill leaves whole lines, or a last line with
no newline, which the parent does not count).
"""

from __future__ import annotations

import os
from datetime import timedelta

import keyring
import keyring.backends.null

from shelter_desk.crypto import kdf
from shelter_desk.desk import Desk
from shelter_desk.services.incident_views import IncidentEdit
from shelter_desk.services.needs_views import AppointmentDetails
from shelter_desk.services.resident_input import PersonDetails, StayDetails


def write_forever(folder: str, password: str, log: str, tag: str) -> None:
    kdf.enable_test_profile()
    keyring.set_keyring(keyring.backends.null.Keyring())
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def done(table: str, row_id: int) -> None:
        os.write(fd, f"{table} {row_id}\n".encode())

    desk = Desk.open(folder)
    desk.auth.sign_in("director", password)
    os.write(fd, b"ready\n")
    kind = next(k.id for k in desk.supplies.kinds())
    incident_type = next(t.id for t in desk.incidents.types())
    i = 0
    while True:
        today = desk.today()
        rid = desk.residents.intake(PersonDetails(alias=f"Crash {tag} {i}"), StayDetails(today))
        done("resident", rid)
        done("case_note", desk.casework.add_note(rid, "other", f"note {tag} {i}"))
        done("supply_request", desk.supplies.request(rid, kind, item=f"item {tag} {i}"))
        done("safety_plan", desk.plans.start_plan(rid))
        edit = IncidentEdit(occurred_at=desk.now() - timedelta(minutes=5), type_id=incident_type, severity="low",
                            narrative_during=f"crash test {tag} {i}")
        incident_id, _version = desk.incidents.record(None, edit)
        done("incident", incident_id)
        booked = desk.appointments.book(AppointmentDetails(resident_id=rid, day=today + timedelta(days=1 + i % 20),
                                                           start_minute=9 * 60 + (i % 30) * 15, kind="medical",
                                                           place="Clinic (test)"),
                                        allow_clash=True)
        done("appointment", booked.appointment_id)
        done("supply_handout", desk.supplies.hand_out(rid, kind, item=f"given {tag} {i}").handout_id)
        i += 1
