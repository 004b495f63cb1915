"""The permission matrix, enforced by every public service method, and the session rules."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import (
    AccountDisabled,
    NotSignedIn,
    PermissionDenied,
    SessionExpired,
    ShelterDeskError,
    ValidationError,
    WrongPassword,
)
from shelter_desk.permissions import (
    MATRIX,
    ROLE_LABELS,
    Permission,
    Role,
    allowed,
    lowest_role_with,
)
from shelter_desk.services.audit_trail import AuditFilter
from shelter_desk.services.incident_views import IncidentEdit, PersonInput
from shelter_desk.services.needs_views import AppointmentDetails
from shelter_desk.services.plan_views import ItemInput, PlanEdit, SectionInput
from shelter_desk.services.resident_input import PersonDetails, StayDetails
from shelter_desk.storage.models import AuditEvent
from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW, add_staff, reopen
from tests.unit.vaulttools import assert_plain

NEW_PW = "harvest copper window seven"

# Who may call what. ``None``: anyone signed in; "open": also readable on the lock screen.
ANYONE = None
OPEN = "open"


@dataclass(frozen=True)
class Call:
    needs: Permission | str | None
    run: Callable[[Desk, dict], object]


CALLS: dict[str, Call] = {
    "accounts.list": Call(Permission.MANAGE_ACCOUNTS, lambda d, ids: d.accounts.list()),
    "accounts.add": Call(Permission.MANAGE_ACCOUNTS,
                         lambda d, ids: d.accounts.add("newperson", "New Person", Role.FRONT_DESK)),
    "accounts.set_role": Call(Permission.MANAGE_ACCOUNTS,
                              lambda d, ids: d.accounts.set_role(ids["target"], Role.HOUSE_MANAGER)),
    "accounts.reset_password": Call(Permission.MANAGE_ACCOUNTS,
                                    lambda d, ids: d.accounts.reset_password(ids["target"])),
    "accounts.disable": Call(Permission.MANAGE_ACCOUNTS, lambda d, ids: d.accounts.disable(ids["target"])),
    "accounts.enable": Call(Permission.MANAGE_ACCOUNTS, lambda d, ids: d.accounts.enable(ids["target"])),
    "accounts.new_recovery_code": Call(Permission.ROTATE_DATA_KEY,
                                       lambda d, ids: d.accounts.new_recovery_code(ids["password"])),
    "accounts.rotate_data_key": Call(Permission.ROTATE_DATA_KEY,
                                     lambda d, ids: d.accounts.rotate_data_key(ids["password"])),
    "audit.count": Call(Permission.VIEW_AUDIT, lambda d, ids: d.audit.count(AuditFilter())),
    "audit.events": Call(Permission.VIEW_AUDIT, lambda d, ids: d.audit.events(AuditFilter(), limit=5)),
    "audit.opened": Call(Permission.VIEW_AUDIT, lambda d, ids: d.audit.opened()),
    "audit.people": Call(Permission.VIEW_AUDIT, lambda d, ids: d.audit.people()),
    "audit.actions": Call(Permission.VIEW_AUDIT, lambda d, ids: d.audit.actions()),
    "audit.verify": Call(Permission.VIEW_AUDIT, lambda d, ids: d.audit.verify()),
    "settings.shelter_name": Call(ANYONE, lambda d, ids: d.settings.shelter_name()),
    "settings.all_settings": Call(ANYONE, lambda d, ids: d.settings.all_settings()),
    "settings.idle_lock_minutes": Call(OPEN, lambda d, ids: d.settings.idle_lock_minutes()),
    "settings.set_idle_lock_minutes": Call(Permission.CHANGE_SECURITY_SETTINGS,
                                           lambda d, ids: d.settings.set_idle_lock_minutes(10)),
    "settings.security_status": Call(Permission.VIEW_SECURITY_STATUS,
                                     lambda d, ids: d.settings.security_status()),
    "auth.change_own_password": Call(Permission.CHANGE_OWN_PASSWORD,
                                     lambda d, ids: d.auth.change_own_password(ids["password"], NEW_PW)),
    # Residents and stays. Calls that change a stay make their own resident first, so
    # every role can run the whole list in any order.
    "residents.intake": Call(Permission.EDIT_RESIDENTS, lambda d, ids: _intake(d)),
    "residents.start_stay": Call(Permission.EDIT_RESIDENTS,
                                 lambda d, ids: d.residents.start_stay(ids["left"], StayDetails(d.today()))),
    "residents.search": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.residents.search("a", status="all")),
    "residents.open_file": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.residents.open_file(ids["resident"])),
    "residents.legal_name": Call(Permission.VIEW_LEGAL_NAME, lambda d, ids: d.residents.legal_name(ids["resident"])),
    "residents.update": Call(Permission.EDIT_RESIDENTS, lambda d, ids: _update(d, ids["resident"])),
    "residents.update_stay": Call(Permission.EDIT_RESIDENTS,
                                  lambda d, ids: d.residents.update_stay(ids["stay"], StayDetails(
                                      d.today(), program="transitional"))),
    "residents.record_exit": Call(Permission.EDIT_RESIDENTS, lambda d, ids: d.residents.record_exit(
        d.residents.open_file(_intake(d)).stays[0].id, d.today(), 410, "moved in with her sister")),
    "residents.merge": Call(Permission.MERGE_RESIDENTS, lambda d, ids: d.residents.merge(ids["left"], ids["duplicate"])),
    "residents.history": Call(Permission.VIEW_CHANGE_HISTORY, lambda d, ids: d.residents.history(ids["resident"])),
    "beds.rooms": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.beds.rooms()),
    "beds.board": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.beds.board()),
    "beds.waiting": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.beds.waiting()),
    "beds.nightly_occupancy": Call(Permission.VIEW_RESIDENTS,
                                   lambda d, ids: d.beds.nightly_occupancy(d.today(), d.today())),
    "beds.assign": Call(Permission.EDIT_RESIDENTS, lambda d, ids: d.beds.assign(ids["stay"], ids["bed2"])),
    "beds.hold": Call(Permission.EDIT_RESIDENTS, lambda d, ids: d.beds.hold(ids["bed3"], "expected tonight")),
    "beds.release": Call(Permission.EDIT_RESIDENTS, lambda d, ids: d.beds.release(ids["bed3"])),
    "beds.add_room": Call(Permission.MANAGE_ROOMS, lambda d, ids: d.beds.add_room("Garden room", beds=2)),
    "beds.change_room": Call(Permission.MANAGE_ROOMS, lambda d, ids: d.beds.change_room(ids["room"], "Blue room")),
    "beds.set_room_active": Call(Permission.MANAGE_ROOMS,
                                 lambda d, ids: d.beds.set_room_active(ids["spare_room"], False)),
    "beds.add_bed": Call(Permission.MANAGE_ROOMS, lambda d, ids: d.beds.add_bed(ids["room"], "Cot")),
    "beds.rename_bed": Call(Permission.MANAGE_ROOMS, lambda d, ids: d.beds.rename_bed(ids["bed3"], "Window")),
    "beds.set_bed_active": Call(Permission.MANAGE_ROOMS, lambda d, ids: d.beds.set_bed_active(ids["spare_bed"], False)),
    "casework.add_note": Call(Permission.CASE_NOTES,
                              lambda d, ids: d.casework.add_note(ids["resident"], "housing", "Viewed a flat.")),
    "casework.correct_note": Call(Permission.CASE_NOTES, lambda d, ids: d.casework.correct_note(
        d.casework.add_note(ids["resident"], "legal", "Court on Tuesday."), "legal", "Court on Wednesday.")),
    "casework.amend_note": Call(Permission.CASE_NOTES, lambda d, ids: d.casework.amend_note(ids["note"], "Later: moved.")),
    "casework.add_goal": Call(Permission.CASE_NOTES, lambda d, ids: d.casework.add_goal(ids["resident"], "education")),
    "casework.update_goal": Call(Permission.CASE_NOTES, lambda d, ids: d.casework.update_goal(
        ids["goal"], "education", "GED classes", "in_progress")),
    "today_board.board": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.today_board.board()),
    "today_board.needs": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.today_board.needs()),
    # Meals.
    "meals.kinds": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.meals.kinds(include_retired=True)),
    "meals.add_kind": Call(Permission.MANAGE_LISTS, lambda d, ids: d.meals.add_kind("Snack")),
    "meals.rename_kind": Call(Permission.MANAGE_LISTS, lambda d, ids: d.meals.rename_kind(ids["meal"], "Supper")),
    "meals.set_kind_active": Call(Permission.MANAGE_LISTS,
                                  lambda d, ids: d.meals.set_kind_active(ids["spare_meal"], False)),
    "meals.move_kind": Call(Permission.MANAGE_LISTS, lambda d, ids: d.meals.move_kind(ids["meal"], -1)),
    "meals.roster": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.meals.roster(d.today())),
    "meals.counts": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.meals.counts(d.today())),
    "meals.mark": Call(Permission.DAILY_NEEDS, lambda d, ids: d.meals.mark(d.today(), ids["meal"], ids["resident"])),
    "meals.mark_everyone": Call(Permission.DAILY_NEEDS, lambda d, ids: d.meals.mark_everyone(d.today(), ids["meal"])),
    "meals.set_guests": Call(Permission.DAILY_NEEDS, lambda d, ids: d.meals.set_guests(d.today(), ids["meal"], 2, 1)),
    "meals.kitchen_sheet": Call(Permission.DAILY_NEEDS, lambda d, ids: d.meals.kitchen_sheet(d.today(), by_room=True)),
    # Clothing and supplies.
    "supplies.kinds": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.supplies.kinds(include_retired=True)),
    "supplies.add_kind": Call(Permission.MANAGE_LISTS, lambda d, ids: d.supplies.add_kind("School things")),
    "supplies.rename_kind": Call(Permission.MANAGE_LISTS,
                                 lambda d, ids: d.supplies.rename_kind(ids["spare_kind"], "Toys and games")),
    "supplies.set_kind_active": Call(Permission.MANAGE_LISTS,
                                     lambda d, ids: d.supplies.set_kind_active(ids["spare_kind"], False)),
    "supplies.request": Call(Permission.DAILY_NEEDS, lambda d, ids: d.supplies.request(
        ids["resident"], ids["clothing"], "Winter coat", "M", 1, "urgent", "for the cold")),
    "supplies.cancel_request": Call(Permission.DAILY_NEEDS,
                                    lambda d, ids: d.supplies.cancel_request(ids["request"], "found one")),
    "supplies.requests": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.supplies.requests(open_only=False)),
    "supplies.hand_out": Call(Permission.DAILY_NEEDS, lambda d, ids: d.supplies.hand_out(
        ids["resident"], ids["clothing"], "Winter coat", "M", 1)),
    "supplies.handouts": Call(Permission.VIEW_RESIDENTS,
                              lambda d, ids: d.supplies.handouts(d.today(), d.today(), ids["resident"])),
    "supplies.stock": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.supplies.stock()),
    "supplies.receive": Call(Permission.DAILY_NEEDS,
                             lambda d, ids: d.supplies.receive(ids["clothing"], "Scarf", "", 4, "church drive")),
    "supplies.recount": Call(Permission.DAILY_NEEDS,
                             lambda d, ids: d.supplies.recount(ids["stock"], 7, "counted the shelf")),
    "supplies.set_low_at": Call(Permission.DAILY_NEEDS, lambda d, ids: d.supplies.set_low_at(ids["stock"], 3)),
    "supplies.stock_history": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.supplies.stock_history(ids["stock"])),
    "supplies.open_counts": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.supplies.open_counts()),
    # Appointments and rides.
    "appointments.providers": Call(Permission.VIEW_RESIDENTS,
                                   lambda d, ids: d.appointments.providers(include_retired=True)),
    "appointments.add_provider": Call(Permission.DAILY_NEEDS, lambda d, ids: d.appointments.add_provider(
        "Legal Aid Office", "2 Court Street", "555-0111")),
    "appointments.update_provider": Call(Permission.MANAGE_LISTS, lambda d, ids: d.appointments.update_provider(
        ids["provider"], "Harbor Clinic", "1 Main Street", "555-0199")),
    "appointments.book": Call(Permission.DAILY_NEEDS, lambda d, ids: d.appointments.book(
        _appointment(d, ids, 17 * 60))),
    "appointments.update": Call(Permission.DAILY_NEEDS, lambda d, ids: d.appointments.update(
        ids["appointment"], _appointment(d, ids, 9 * 60, notes="Bring the card."),
        d.appointments.get(ids["appointment"]).version)),
    "appointments.settle": Call(Permission.DAILY_NEEDS,
                                lambda d, ids: d.appointments.settle(ids["to_cancel"], "cancelled", "clinic closed")),
    "appointments.reschedule": Call(Permission.DAILY_NEEDS, lambda d, ids: d.appointments.reschedule(
        ids["to_move"], _appointment(d, ids, 15 * 60), "the doctor is ill")),
    "appointments.get": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.appointments.get(ids["appointment"])),
    "appointments.between": Call(Permission.VIEW_RESIDENTS,
                                 lambda d, ids: d.appointments.between(d.today(), d.today() + timedelta(days=7))),
    "appointments.on_day": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.appointments.on_day(d.today())),
    "appointments.to_settle": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.appointments.to_settle()),
    "appointments.count_to_settle": Call(Permission.VIEW_RESIDENTS, lambda d, ids: d.appointments.count_to_settle()),
    "appointments.for_resident": Call(Permission.VIEW_RESIDENTS,
                                      lambda d, ids: d.appointments.for_resident(ids["resident"])),
    "appointments.day_sheet": Call(Permission.DAILY_NEEDS, lambda d, ids: d.appointments.day_sheet(d.today())),
    # Safety plans: everyone works on plans; house managers and directors keep the templates.
    "plans.templates": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.templates(include_retired=True)),
    "plans.template": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.template(ids["template"])),
    "plans.install_default_template": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.install_default_template()),
    "plans.add_template": Call(Permission.MANAGE_PLAN_TEMPLATES,
                               lambda d, ids: d.plans.add_template("With children", copy_from=ids["template"])),
    "plans.update_template": Call(Permission.MANAGE_PLAN_TEMPLATES, lambda d, ids: d.plans.update_template(
        ids["spare_template"], "Trafficking", "", [SectionInput("Papers", [ItemInput("Her passport is with her.")])],
        d.plans.template(ids["spare_template"]).version)),
    "plans.set_default_template": Call(Permission.MANAGE_PLAN_TEMPLATES,
                                       lambda d, ids: d.plans.set_default_template(ids["template"])),
    "plans.set_template_active": Call(Permission.MANAGE_PLAN_TEMPLATES,
                                      lambda d, ids: d.plans.set_template_active(ids["spare_template"], False)),
    "plans.start_plan": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.start_plan(_intake(d))),
    "plans.open_plan": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.open_plan(ids["plan"])),
    "plans.plan_of": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.plan_of(ids["resident"])),
    "plans.save_plan": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.save_plan(
        ids["plan"], PlanEdit(main_concern="Safe at night?"), d.plans.open_plan(ids["plan"]).version)),
    "plans.record_review": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.record_review(
        ids["plan"], "Talked it through.", d.plans.open_plan(ids["plan"]).version)),
    "plans.add_new_template_items": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.add_new_template_items(
        ids["plan"], d.plans.open_plan(ids["plan"]).version)),
    "plans.plan_version": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.plan_version(ids["plan"], 1)),
    "plans.overview": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.overview()),
    "plans.reviews_due": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.reviews_due()),
    "plans.plan_for_printing": Call(Permission.SAFETY_PLANS, lambda d, ids: d.plans.plan_for_printing(ids["plan"])),
    # Incidents: everyone records and reads them; house managers and directors sign them off and keep
    # the list of kinds; only a director re-opens one signed off.
    "incidents.types": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.types(include_retired=True)),
    "incidents.add_type": Call(Permission.MANAGE_LISTS, lambda d, ids: d.incidents.add_type("Fire alarm")),
    "incidents.rename_type": Call(Permission.MANAGE_LISTS,
                                  lambda d, ids: d.incidents.rename_type(ids["spare_type"], "Smoke alarm")),
    "incidents.set_type_active": Call(Permission.MANAGE_LISTS,
                                      lambda d, ids: d.incidents.set_type_active(ids["retire_type"], False)),
    "incidents.move_type": Call(Permission.MANAGE_LISTS, lambda d, ids: d.incidents.move_type(ids["spare_type"], -1)),
    "incidents.staff_choices": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.staff_choices()),
    "incidents.children_here": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.children_here()),
    "incidents.save_draft": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.save_draft(
        None, IncidentEdit(narrative_during="Knocking at the back door."))),
    "incidents.discard_draft": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.discard_draft(
        *d.incidents.save_draft(None, IncidentEdit(narrative_during="Started by mistake.")))),
    "incidents.record": Call(Permission.INCIDENTS, lambda d, ids: _record_incident(d, ids)),
    "incidents.update": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.update(
        *_with_edit(_record_incident(d, ids), _incident_edit(d, ids, severity="medium")))),
    "incidents.sign_off": Call(Permission.SIGN_OFF_INCIDENTS, lambda d, ids: _sign_off(d, _record_incident(d, ids))),
    "incidents.reopen": Call(Permission.REOPEN_INCIDENTS, lambda d, ids: d.incidents.reopen(
        ids["signed_incident"], "The report number was wrong.",
        d.incidents.open_incident(ids["signed_incident"]).version)),
    "incidents.add_amendment": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.add_amendment(
        ids["locked_incident"], "Police called back later.")),
    "incidents.add_followup": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.add_followup(
        ids["incident"], "Call her advocate", None, d.today() + timedelta(days=2))),
    "incidents.update_followup": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.update_followup(
        ids["followup"], "Call her advocate on Monday", None, d.today() + timedelta(days=3))),
    "incidents.complete_followup": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.complete_followup(
        d.incidents.add_followup(ids["incident"], "Check on her", None, d.today()), "Done")),
    "incidents.open_followups": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.open_followups()),
    "incidents.open_incident": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.open_incident(ids["incident"])),
    "incidents.incident_version": Call(Permission.INCIDENTS,
                                       lambda d, ids: d.incidents.incident_version(ids["incident"], 1)),
    "incidents.incidents": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.incidents()),
    "incidents.incidents_of": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.incidents_of(ids["resident"])),
    "incidents.status_counts": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.status_counts()),
    "incidents.for_printing": Call(Permission.INCIDENTS, lambda d, ids: d.incidents.for_printing(ids["incident"])),
    "reports.week_start": Call(Permission.WEEKLY_SUMMARY, lambda d, ids: d.reports.week_start()),
    "reports.set_week_start": Call(Permission.WEEKLY_SUMMARY, lambda d, ids: d.reports.set_week_start(0)),
    "reports.week_of": Call(Permission.WEEKLY_SUMMARY, lambda d, ids: d.reports.week_of(d.today())),
    "reports.weekly_summary": Call(Permission.WEEKLY_SUMMARY, lambda d, ids: d.reports.weekly_summary(d.today())),
    "reports.record_weekly_output": Call(Permission.WEEKLY_SUMMARY, lambda d, ids: d.reports.record_weekly_output(
        _weekly(d), "printed")),
    "reports.counts": Call(Permission.EXPORT_COUNTS, lambda d, ids: d.reports.counts(_month(d), _month(d))),
    "reports.export_counts": Call(Permission.EXPORT_COUNTS, lambda d, ids: d.reports.export_counts(
        _counts_table(), "csv")),
}

SERVICES = ("accounts", "audit", "settings", "residents", "beds", "casework", "today_board", "meals", "supplies",
            "appointments", "plans", "incidents", "reports")


def _month(desk: Desk):  # noqa: ANN202
    return desk.today().replace(day=1)


def _weekly(desk: Desk):  # noqa: ANN202
    from shelter_desk.services.report_views import WeeklySummary

    today = desk.today()
    return WeeklySummary(shelter_name="", first=today, last=today, names="aliases", made_on=today, beds=0,
                         nights=(), intakes=(), exits=(), average_stay_nights=None, meal_kinds=(), meals=(),
                         supplies=(), open_requests=(), appointment_outcomes=(), coming_appointments=(),
                         plans_reviewed=(), plans_overdue=(), incidents=(), open_followups=(), weeks=())


def _counts_table():  # noqa: ANN202
    from datetime import date

    from shelter_desk.services.report_views import CountsTable

    return CountsTable(shelter_name="", first_month=date(2026, 1, 1), last_month=date(2026, 1, 1), k=5, rows=())


def _intake(desk: Desk) -> int:
    return desk.residents.intake(PersonDetails(alias="Test Person", legal_name="Legal Name"), StayDetails(desk.today()))


def _update(desk: Desk, resident_id: int) -> int:
    current = desk.residents.open_file(resident_id)
    details = current.person()
    details.languages = details.languages + " Spanish"
    return desk.residents.update(resident_id, details, current.version)


def _appointment(desk: Desk, ids: dict, minute: int, **more: object) -> AppointmentDetails:
    return AppointmentDetails(ids["resident"], desk.today() + timedelta(days=1), minute, "medical",
                              provider_id=ids["provider"], escort="Rosa", **more)  # type: ignore[arg-type]


def _incident_edit(desk: Desk, ids: dict, **more: object) -> IncidentEdit:
    values: dict = dict(occurred_at=desk.now() - timedelta(hours=1), type_id=ids["kind"], severity="low",
                        narrative_during="Raised voices in the kitchen.",
                        people=[PersonInput("resident", "involved", resident_id=ids["resident"])])
    return IncidentEdit(**(values | more))


def _record_incident(desk: Desk, ids: dict) -> tuple[int, int]:
    return desk.incidents.record(None, _incident_edit(desk, ids))


def _with_edit(recorded: tuple[int, int], edit: IncidentEdit) -> tuple[int, IncidentEdit, int]:
    return recorded[0], edit, recorded[1]


def _sign_off(desk: Desk, recorded: tuple[int, int]) -> int:
    """Sign off a recorded incident; returns its id."""
    desk.incidents.sign_off(recorded[0], "Talked it through.", "", recorded[1])
    return recorded[0]


def resident_ids(desk: Desk) -> dict[str, int]:
    """As the director: rooms, beds, a resident here, one who left, a duplicate, a note and a goal;
    a meal, a supply kind, a request, a stock item, a place and appointments; the default safety-plan
    template, a spare template and a plan for the resident here; two spare kinds of incident, an open
    incident with a follow-up task, and two signed off (one to re-open, one to amend)."""
    ids = {"room": desk.beds.add_room("Room 1", beds=3), "spare_room": desk.beds.add_room("Spare", beds=1)}
    rooms = {r.id: r for r in desk.beds.rooms()}
    ids["bed1"], ids["bed2"], ids["bed3"] = (b.id for b in rooms[ids["room"]].beds)
    ids["spare_bed"] = desk.beds.add_bed(ids["room"], "Spare bed")
    ids["resident"] = desk.residents.intake(PersonDetails(alias="Amara", legal_name="Amara Legal"),
                                            StayDetails(desk.today(), bed_id=ids["bed1"]))
    ids["stay"] = desk.residents.open_file(ids["resident"]).stays[0].id
    for key in ("left", "duplicate"):
        ids[key] = _intake(desk)
        desk.residents.record_exit(desk.residents.open_file(ids[key]).stays[0].id, desk.today(), 17)
    ids["note"] = desk.casework.add_note(ids["resident"], "counselling", "First meeting.")
    ids["goal"] = desk.casework.add_goal(ids["resident"], "housing_search")
    ids["meal"] = desk.meals.kinds()[1].id
    ids["spare_meal"] = desk.meals.add_kind("Tea")
    kinds = {k.code: k.id for k in desk.supplies.kinds()}
    ids["clothing"] = kinds["clothing"]
    ids["spare_kind"] = desk.supplies.add_kind("Toys")
    ids["request"] = desk.supplies.request(ids["resident"], ids["clothing"], "Boots", "39")
    ids["stock"] = desk.supplies.receive(ids["clothing"], "Winter coat", "M", 10, "donated")
    ids["provider"] = desk.appointments.add_provider("Harbor Clinic", "1 Main Street")
    for key, hour in (("appointment", 9), ("to_cancel", 11), ("to_move", 13)):
        ids[key] = desk.appointments.book(_appointment(desk, ids, hour * 60)).appointment_id
    ids["template"] = desk.plans.install_default_template()
    ids["spare_template"] = desk.plans.add_template("Spare template", copy_from=ids["template"])
    ids["plan"] = desk.plans.start_plan(ids["resident"])
    ids["kind"] = desk.incidents.types()[0].id
    ids["spare_type"] = desk.incidents.add_type("Spare kind")
    ids["retire_type"] = desk.incidents.add_type("Kind to retire")
    ids["incident"] = _record_incident(desk, ids)[0]
    ids["followup"] = desk.incidents.add_followup(ids["incident"], "Call her advocate", None, desk.today())
    ids["signed_incident"] = _sign_off(desk, _record_incident(desk, ids))  # a director re-opens this one
    ids["locked_incident"] = _sign_off(desk, _record_incident(desk, ids))  # amendments go on this one
    return ids


def public_methods(service: object) -> set[str]:
    cls = type(service)
    names = set()
    for name in dir(cls):
        if name.startswith("_"):
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, property) or not callable(attr):
            continue
        names.add(name)
    return names


def denied_events(desk: Desk) -> list[AuditEvent]:
    with desk.read() as session:
        return list(session.scalars(
            select(AuditEvent).where(AuditEvent.action == audit.Action.PERMISSION_DENIED).order_by(AuditEvent.id)
        ))


@pytest.fixture
def staffed(desk) -> dict[str, int]:
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    add_staff(desk, "manager", Role.HOUSE_MANAGER)
    desk.accounts.add("target", "Target Person", Role.FRONT_DESK)
    return {a.username: a.id for a in desk.accounts.list()} | resident_ids(desk)


def test_every_public_service_method_is_in_the_matrix(desk):
    found = {f"{service}.{n}" for service in SERVICES for n in public_methods(getattr(desk, service))}
    found.add("auth.change_own_password")
    assert found == set(CALLS), "add new service methods to CALLS with the permission they need"


def test_matrix_is_what_the_design_says():
    assert MATRIX[Role.FRONT_DESK] == {
        Permission.CHANGE_OWN_PASSWORD, Permission.VIEW_RESIDENTS, Permission.EDIT_RESIDENTS, Permission.CASE_NOTES,
        Permission.DAILY_NEEDS, Permission.SAFETY_PLANS, Permission.INCIDENTS,
    }
    assert MATRIX[Role.HOUSE_MANAGER] == MATRIX[Role.FRONT_DESK] | {
        Permission.VIEW_LEGAL_NAME, Permission.VIEW_CHANGE_HISTORY, Permission.MERGE_RESIDENTS, Permission.MANAGE_ROOMS,
        Permission.MANAGE_LISTS, Permission.MANAGE_PLAN_TEMPLATES, Permission.SIGN_OFF_INCIDENTS,
        Permission.WEEKLY_SUMMARY,
    }
    assert Permission.EXPORT_COUNTS in MATRIX[Role.DIRECTOR] - MATRIX[Role.HOUSE_MANAGER]
    assert Permission.REOPEN_INCIDENTS in MATRIX[Role.DIRECTOR] - MATRIX[Role.HOUSE_MANAGER]
    assert MATRIX[Role.DIRECTOR] == set(Permission)
    assert not allowed("janitor", Permission.CHANGE_OWN_PASSWORD)


@pytest.mark.parametrize(("username", "role"), [("frontdesk", Role.FRONT_DESK), ("manager", Role.HOUSE_MANAGER)])
def test_staff_calling_director_services_are_refused_and_audited(desk, staffed, username, role):
    ids = dict(staffed, password=STAFF_PW)
    desk.auth.lock()
    desk.auth.sign_in(username, STAFF_PW)
    for name, call in CALLS.items():
        needs = call.needs
        if needs in (ANYONE, OPEN) or allowed(role, needs):
            continue
        before = len(denied_events(desk))
        with pytest.raises(PermissionDenied) as caught:
            call.run(desk, ids)
        assert_plain(caught.value)
        needed = lowest_role_with(needs)
        assert needed is not None and ROLE_LABELS[needed].lower() in caught.value.message.lower(), name
        events = denied_events(desk)
        assert len(events) == before + 1, f"{name}: no audit event for the refusal"
        assert events[-1].actor_name == username and events[-1].severity == audit.HIGH
        assert str(needs.value) in events[-1].summary
    # Nothing was changed by any refused call.
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    accounts = {a.username: a for a in desk.accounts.list()}
    assert set(accounts) == {DIRECTOR, "frontdesk", "manager", "target"}
    assert accounts["target"].active and accounts["target"].role is Role.FRONT_DESK
    assert desk.settings.idle_lock_minutes() == 5
    assert desk.audit.verify().intact


@pytest.mark.parametrize(("username", "role"), [("frontdesk", Role.FRONT_DESK), ("manager", Role.HOUSE_MANAGER)])
def test_staff_may_call_what_their_role_allows(desk, staffed, username, role):
    ids = dict(staffed, password=STAFF_PW)
    desk.auth.lock()
    desk.auth.sign_in(username, STAFF_PW)
    for _name, call in CALLS.items():
        if call.needs in (ANYONE, OPEN) or allowed(role, call.needs):
            call.run(desk, ids)
    desk.auth.lock()
    desk.auth.sign_in(username, NEW_PW)  # the password change went through


def test_director_may_call_everything(desk, staffed):
    ids = dict(staffed, password=DIRECTOR_PW)
    for name, call in CALLS.items():
        if name == "auth.change_own_password":
            continue
        try:
            call.run(desk, ids)
        except (PermissionDenied, NotSignedIn) as exc:
            pytest.fail(f"director refused {name}: {exc}")
    CALLS["auth.change_own_password"].run(desk, ids)
    assert denied_events(desk) == []


def test_locked_or_signed_out_session_may_call_nothing(desk, staffed):
    ids = dict(staffed, password=DIRECTOR_PW)
    desk.auth.lock()
    for name, call in CALLS.items():
        if call.needs == OPEN:
            assert call.run(desk, ids) == 5  # the lock screen needs the idle time, nothing else
            continue
        with pytest.raises(NotSignedIn) as caught:
            call.run(desk, ids)
        assert_plain(caught.value)
        assert name
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    desk.auth.sign_out()
    assert not desk.vault.is_open
    for _name, call in CALLS.items():
        with pytest.raises(NotSignedIn):
            call.run(desk, ids)


def test_session_expires_after_12_hours_and_locks(desk, clock):
    clock.advance(hours=12)
    desk.accounts.list()  # exactly 12 hours is still fine
    clock.advance(seconds=1)
    with pytest.raises(SessionExpired) as caught:
        desk.accounts.list()
    assert_plain(caught.value)
    assert desk.locked
    with pytest.raises(NotSignedIn):
        desk.settings.shelter_name()
    who = desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    assert who.since == clock.now()  # a new session, not an unlock of the old one
    desk.accounts.list()
    actions = [e.action for e in desk.audit.events(limit=5)]
    assert audit.Action.SESSION_EXPIRED in actions
    assert audit.Action.SIGN_IN in actions and audit.Action.UNLOCK not in actions[:3]


def test_unlock_keeps_the_session_start(desk, clock):
    start = desk.current.since
    clock.advance(hours=11)
    desk.auth.lock()
    clock.advance(minutes=30)
    assert desk.auth.sign_in(DIRECTOR, DIRECTOR_PW).since == start
    clock.advance(minutes=31)
    with pytest.raises(SessionExpired):
        desk.audit.count()
    # Locked past the limit: signing in again starts a fresh session.
    desk.auth.lock()
    clock.advance(hours=2)
    assert desk.auth.sign_in(DIRECTOR, DIRECTOR_PW).since == clock.now()


def test_staff_session_expires_too(desk, staffed, clock):
    desk.auth.lock()
    desk.auth.sign_in("frontdesk", STAFF_PW)
    clock.advance(hours=12, seconds=1)
    with pytest.raises(SessionExpired):
        desk.auth.change_own_password(STAFF_PW, NEW_PW)
    assert desk.locked


def test_the_last_director_cannot_be_demoted_or_turned_off(desk, staffed):
    me = desk.current.account_id
    with pytest.raises(ValidationError) as caught:
        desk.accounts.set_role(me, Role.FRONT_DESK)
    assert_plain(caught.value)
    with pytest.raises(ValidationError):
        desk.accounts.disable(me)
    assert desk.current.role is Role.DIRECTOR

    # With a second director, one may step down; the other is then the last one.
    add_staff(desk, "deputy", Role.FRONT_DESK)
    deputy = {a.username: a.id for a in desk.accounts.list()}["deputy"]
    desk.accounts.set_role(deputy, Role.DIRECTOR)
    desk.accounts.set_role(me, Role.HOUSE_MANAGER)
    assert desk.current.role is Role.HOUSE_MANAGER
    with pytest.raises(PermissionDenied):
        desk.accounts.list()
    desk.auth.lock()
    desk.auth.sign_in("deputy", STAFF_PW)
    with pytest.raises(ValidationError):
        desk.accounts.set_role(deputy, Role.FRONT_DESK)
    with pytest.raises(ValidationError):
        desk.accounts.disable(deputy)
    directors = [a for a in desk.accounts.list() if a.role is Role.DIRECTOR and a.active]
    assert [a.username for a in directors] == ["deputy"]


def test_you_cannot_turn_off_yourself_even_with_another_director(desk, staffed):
    add_staff(desk, "deputy", Role.DIRECTOR)
    with pytest.raises(ValidationError) as caught:
        desk.accounts.disable(desk.current.account_id)
    assert "own account" in caught.value.message


def test_a_turned_off_account_cannot_sign_in(desk, staffed, vault_dir, clock):
    keys_path = vault_dir / "shelter.keys"
    slot = next(s for s in json.loads(keys_path.read_text())["slots"] if s["username"] == "frontdesk")
    desk.accounts.disable(staffed["frontdesk"])
    assert all(s["username"] != "frontdesk" for s in json.loads(keys_path.read_text())["slots"])
    assert not {a.username: a for a in desk.accounts.list()}["frontdesk"].active
    desk.auth.lock()
    with pytest.raises(WrongPassword):  # no slot: like an unknown name
        desk.auth.sign_in("frontdesk", STAFF_PW)
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)

    # Someone puts the old slot back by hand: it still opens the data key, but the
    # account is turned off inside the encrypted database.
    fresh = reopen(vault_dir, clock, desk)
    data = json.loads(keys_path.read_text())
    data["slots"].append(slot)
    keys_path.write_text(json.dumps(data))
    fresh = reopen(vault_dir, clock, fresh)
    with pytest.raises(AccountDisabled) as caught:
        fresh.auth.sign_in("frontdesk", STAFF_PW)
    assert_plain(caught.value)
    assert fresh.current is None
    with pytest.raises(NotSignedIn):
        fresh.accounts.list()
    with pytest.raises(NotSignedIn):
        fresh.settings.shelter_name()

    # After a restart the director still learns that the key file was edited.
    fresh = reopen(vault_dir, clock, fresh)
    fresh.auth.sign_in(DIRECTOR, DIRECTOR_PW)
    events = fresh.audit.events(limit=50)
    assert any(e.action == audit.Action.SIGN_IN_FAILED and e.actor_name == "frontdesk"
               and e.severity == audit.HIGH for e in events)
    assert any(e.action == audit.Action.KEYS_FILE_CHANGED for e in events)
    fresh.close()


def test_turned_on_again_gets_a_temporary_password(desk, staffed, vault_dir, clock):
    desk.accounts.disable(staffed["frontdesk"])
    temp = desk.accounts.enable(staffed["frontdesk"])
    desk.auth.lock()
    with pytest.raises(WrongPassword):
        desk.auth.sign_in("frontdesk", STAFF_PW)
    assert desk.auth.sign_in("frontdesk", temp).must_change_password


def test_role_errors_are_plain(desk, staffed):
    with pytest.raises(ValidationError) as caught:
        desk.accounts.set_role(staffed["target"], "janitor")
    assert caught.value.field == "role"
    with pytest.raises(ShelterDeskError):
        desk.accounts.set_role(99999, Role.FRONT_DESK)
    with pytest.raises(ValidationError) as caught:
        desk.settings.set_idle_lock_minutes(31)
    assert caught.value.field == "idle_lock_minutes"


def test_security_status_says_when_the_newest_recovery_sheet_was_never_kept(desk):
    from shelter_desk.audit import Action
    from tests.conftest import DIRECTOR_PW

    assert desk.settings.security_status().recovery_sheet_kept is False  # setup without print or save
    desk.record_alone(Action.RECOVERY_SHEET_SAVED, summary="saved")
    assert desk.settings.security_status().recovery_sheet_kept is True
    desk.accounts.new_recovery_code(DIRECTOR_PW)
    assert desk.settings.security_status().recovery_sheet_kept is False
    desk.record_alone(Action.RECOVERY_SHEET_PRINTED, summary="printed")
    assert desk.settings.security_status().recovery_sheet_kept is True


def test_a_temporary_password_allows_nothing_but_choosing_your_own(desk):
    from shelter_desk.errors import PasswordChangeRequired
    from shelter_desk.permissions import Role
    from tests.conftest import DIRECTOR, DIRECTOR_PW, STAFF_PW

    temp = desk.accounts.add("nadia", "Nadia", Role.DIRECTOR)
    desk.auth.lock()
    desk.auth.sign_in("nadia", temp)
    with pytest.raises(PasswordChangeRequired):
        desk.accounts.list()
    with pytest.raises(PasswordChangeRequired):
        desk.audit.verify()
    desk.auth.change_own_password(temp, STAFF_PW)
    assert {a.username for a in desk.accounts.list()} == {DIRECTOR, "nadia"}
    desk.auth.lock()
    desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
