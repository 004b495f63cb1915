"""Rooms and beds: giving, moving, holding and releasing beds, the house manager's rooms,
and the nights counted for reports."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shelter_desk import audit
from shelter_desk.errors import PermissionDenied, ValidationError
from shelter_desk.permissions import Role
from shelter_desk.services.beds import FREE, HELD, TAKEN
from shelter_desk.services.resident_input import HouseholdEntry
from tests.conftest import add_staff
from tests.unit.test_residents import (
    as_director,
    as_user,
    assert_audit_clean,
    days,
    events,
    last_event,
    make_rooms,
    open_assignments,
    take_in,
)
from tests.unit.vaulttools import assert_plain


def states(desk) -> dict[int, str]:  # noqa: ANN001
    return {b.bed_id: b.state for b in desk.beds.board()}


# --- rooms and beds (house manager) ---------------------------------------------------------

def test_rooms_and_beds_are_added_renamed_and_taken_out_of_use(desk):
    room = desk.beds.add_room("Garden room", "Ground floor, step-free", beds=2)
    event = last_event(desk, audit.Action.ROOMS_CHANGED)
    assert (event.entity_type, event.entity_id) == ("room", str(room))
    assert "2 beds" in event.summary
    [info] = desk.beds.rooms()
    assert (info.name, info.note, [b.label for b in info.beds]) == ("Garden room", "Ground floor, step-free", ["1", "2"])
    cot = desk.beds.add_bed(room, "Cot")
    desk.beds.rename_bed(cot, "Crib")
    desk.beds.change_room(room, "Garden", "Quiet")
    [info] = desk.beds.rooms()
    assert (info.name, info.note, sorted(b.label for b in info.beds)) == ("Garden", "Quiet", ["1", "2", "Crib"])
    desk.beds.set_bed_active(cot, False)
    assert [b.label for b in desk.beds.rooms()[0].beds] == ["1", "2"]
    assert len(desk.beds.rooms(include_inactive=True)[0].beds) == 3
    desk.beds.set_room_active(room, False)
    assert desk.beds.rooms() == [] and desk.beds.board() == []
    desk.beds.set_room_active(room, True)
    assert len(desk.beds.board()) == 2
    assert len(events(desk, audit.Action.ROOMS_CHANGED)) == 7
    assert_audit_clean(desk, "Garden", "step-free", "Crib", "Quiet")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda d, r: d.beds.add_room("room 1"), "room_name"),  # case does not make a new name
        (lambda d, r: d.beds.add_room("Été"), "room_name"),  # accents neither
        (lambda d, r: d.beds.add_room("ETE"), "room_name"),
        (lambda d, r: d.beds.add_room(""), "room_name"),
        (lambda d, r: d.beds.add_room("R" * 61), "room_name"),
        (lambda d, r: d.beds.add_room("New", "n" * 201), "room_note"),
        (lambda d, r: d.beds.add_room("New", beds=51), "beds"),
        (lambda d, r: d.beds.add_room("New", beds=-1), "beds"),
        (lambda d, r: d.beds.add_room("New", beds=2.5), "beds"),
        (lambda d, r: d.beds.change_room(r["ete"], "ROOM 1"), "room_name"),
        (lambda d, r: d.beds.add_bed(r["room1"], "1"), "bed_label"),
        (lambda d, r: d.beds.add_bed(r["room1"], "  "), "bed_label"),
        (lambda d, r: d.beds.rename_bed(r["r1b1"], "2"), "bed_label"),
    ],
)
def test_room_and_bed_names_are_checked(desk, call, field):
    ids = make_rooms(desk)
    ids["ete"] = desk.beds.add_room("Été", beds=1)
    with pytest.raises(ValidationError) as caught:
        call(desk, ids)
    assert caught.value.field == field
    assert_plain(caught.value)
    assert {r.name for r in desk.beds.rooms()} == {"Room 1", "Family room", "Été"}


def test_a_room_can_keep_its_own_name_when_its_note_changes(desk):
    room = desk.beds.add_room("Été", beds=1)
    desk.beds.change_room(room, "été", "Upstairs")
    assert [(r.name, r.note) for r in desk.beds.rooms()] == [("été", "Upstairs")]


def test_a_bed_or_room_in_use_cannot_be_taken_out_of_use(desk):
    ids = make_rooms(desk)
    take_in(desk, bed=ids["r1b1"])
    with pytest.raises(ValidationError):
        desk.beds.set_bed_active(ids["r1b1"], False)
    with pytest.raises(ValidationError):
        desk.beds.set_room_active(ids["room1"], False)
    desk.beds.hold(ids["fam1"], "Expected")
    desk.beds.set_bed_active(ids["fam1"], False)  # a held bed may go: the hold goes with it
    desk.beds.set_bed_active(ids["fam1"], True)
    assert states(desk)[ids["fam1"]] == FREE


def test_front_desk_cannot_change_rooms(desk):
    ids = make_rooms(desk)
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    as_user(desk, "frontdesk")
    for call in (lambda: desk.beds.add_room("X"), lambda: desk.beds.add_bed(ids["room1"], "Cot"),
                 lambda: desk.beds.set_room_active(ids["room1"], False)):
        with pytest.raises(PermissionDenied):
            call()
    desk.beds.hold(ids["r1b1"], "Expected")  # but holds a bed


# --- giving and moving beds ------------------------------------------------------------------

def test_a_bed_is_given_and_moved_with_its_nights_kept(desk):
    ids = make_rooms(desk)
    today = desk.today()
    rid, sid = take_in(desk, on=today - days(10))
    assert [w.stay_id for w in desk.beds.waiting()] == [sid]
    desk.beds.assign(sid, ids["r1b1"], on=today - days(8))
    first = last_event(desk, audit.Action.BED_ASSIGNED)
    assert (first.entity_type, first.entity_id) == ("stay", str(sid))
    assert f"bed #{ids['r1b1']}" in first.summary
    assert desk.beds.waiting() == []
    desk.beds.assign(sid, ids["fam2"], on=today - days(3))
    moved = last_event(desk, audit.Action.BED_ASSIGNED)
    assert f"to bed #{ids['fam2']} from bed #{ids['r1b1']}" in moved.summary
    spells = [(b.room, b.bed, b.start, b.end) for b in desk.residents.open_file(rid).current_stay.beds]
    assert spells == [("Room 1", "1", today - days(8), today - days(3)),
                      ("Family room", "2", today - days(3), None)]
    board = {b.bed_id: b for b in desk.beds.board()}
    assert board[ids["r1b1"]].state == FREE
    row = board[ids["fam2"]]
    assert (row.state, row.resident_id, row.stay_id, row.since, row.alias) == (TAKEN, rid, sid, today - days(3),
                                                                                "Zoë Quennell")
    history = [(r.field, r.old_value, r.new_value) for r in desk.residents.history(rid) if r.field == "bed"]
    assert history == [("bed", "Room 1 · 1", "Family room · 2"), ("bed", "", "Room 1 · 1")]
    # Giving her the bed she is in changes nothing.
    before = len(events(desk))
    desk.beds.assign(sid, ids["fam2"])
    assert len(events(desk)) == before


def test_moving_twice_on_one_day_keeps_no_empty_spell(desk):
    ids = make_rooms(desk)
    today = desk.today()
    rid, sid = take_in(desk, on=today - days(2), bed=ids["r1b1"])
    desk.beds.assign(sid, ids["r1b2"])
    desk.beds.assign(sid, ids["r1b3"])  # the same day: bed 2 held no night
    spells = [(b.bed, b.start, b.end) for b in desk.residents.open_file(rid).current_stay.beds]
    assert spells == [("1", today - days(2), today), ("3", today, None)]
    assert open_assignments(desk) == [(ids["r1b3"], sid)]
    assert states(desk)[ids["r1b2"]] == FREE


def test_a_taken_or_unused_bed_cannot_be_given(desk):
    ids = make_rooms(desk)
    today = desk.today()
    _, amal = take_in(desk, "Amal", bed=ids["r1b1"])
    _, bea = take_in(desk, "Beatriz", on=today - days(1))
    with pytest.raises(ValidationError) as caught:
        desk.beds.assign(bea, ids["r1b1"])
    assert caught.value.field == "bed" and "already taken" in caught.value.message
    desk.beds.set_bed_active(ids["r1b2"], False)
    with pytest.raises(ValidationError) as caught:
        desk.beds.assign(bea, ids["r1b2"])
    assert caught.value.field == "bed"
    with pytest.raises(ValidationError):
        desk.beds.assign(bea, 10**30)
    with pytest.raises(ValidationError):
        desk.beds.assign(10**30, ids["r1b3"])
    # A move before she came, before her last move, in the future or after she left.
    for on in (today - days(2), today + days(1), date.max, datetime(2025, 5, 1, 8)):
        with pytest.raises(ValidationError) as caught:
            desk.beds.assign(bea, ids["r1b3"], on=on)
        assert caught.value.field == "move_date", on
    desk.beds.assign(bea, ids["r1b3"])
    desk.residents.record_exit(amal, today, 410)
    with pytest.raises(ValidationError):
        desk.beds.assign(amal, ids["fam1"])
    assert sorted(open_assignments(desk)) == [(ids["r1b3"], bea)]


def test_a_back_dated_move_cannot_take_a_bed_someone_slept_in_since(desk):
    ids = make_rooms(desk)
    today = desk.today()
    _, amal = take_in(desk, "Amal", on=today - days(10), bed=ids["r1b1"])
    desk.residents.record_exit(amal, today - days(2), 410)
    _, bea = take_in(desk, "Beatriz", on=today - days(10), bed=ids["r1b2"])
    with pytest.raises(ValidationError) as caught:
        desk.beds.assign(bea, ids["r1b1"], on=today - days(5))
    assert caught.value.field == "bed"
    assert_plain(caught.value)
    desk.beds.assign(bea, ids["r1b1"], on=today - days(2))
    assert open_assignments(desk) == [(ids["r1b1"], bea)]


# --- holding beds ----------------------------------------------------------------------------

def test_hold_and_release(desk):
    ids = make_rooms(desk)
    today = desk.today()
    desk.beds.hold(ids["fam1"], "Mother and two children from the hotline, fictional", until=today + days(2))
    held = last_event(desk, audit.Action.BED_HELD)
    assert (held.entity_type, held.entity_id) == ("bed", str(ids["fam1"]))
    row = {b.bed_id: b for b in desk.beds.board()}[ids["fam1"]]
    assert (row.state, row.hold_note, row.hold_until) == (HELD, "Mother and two children from the hotline, fictional",
                                                          today + days(2))
    desk.beds.release(ids["fam1"])
    released = last_event(desk, audit.Action.BED_RELEASED)
    assert released.entity_id == str(ids["fam1"])
    assert states(desk)[ids["fam1"]] == FREE
    before = len(events(desk))
    desk.beds.release(ids["fam1"])  # nothing held: nothing happens
    desk.beds.release(10**30)
    assert len(events(desk)) == before
    assert_audit_clean(desk, "hotline", "Mother")


def test_giving_a_held_bed_ends_the_hold(desk):
    ids = make_rooms(desk)
    desk.beds.hold(ids["fam1"], "Expected")
    rid, _ = take_in(desk, bed=ids["fam1"])
    row = {b.bed_id: b for b in desk.beds.board()}[ids["fam1"]]
    assert (row.state, row.resident_id, row.hold_note) == (TAKEN, rid, "")
    desk.residents.record_exit(desk.residents.open_file(rid).stays[0].id, desk.today(), 17)
    assert states(desk)[ids["fam1"]] == FREE  # the old hold does not come back


@pytest.mark.parametrize(
    ("note", "until", "field"),
    [("", None, "hold_note"), ("\u202e\u200b", None, "hold_note"), ("n" * 201, None, "hold_note"),
     ("Expected", "yesterday", "hold_until"), ("Expected", datetime(2030, 1, 1), "hold_until")],
)
def test_a_hold_needs_a_note_and_a_sensible_last_day(desk, note, until, field):
    ids = make_rooms(desk)
    if until == "yesterday":
        until = desk.today() - days(1)
    with pytest.raises(ValidationError) as caught:
        desk.beds.hold(ids["fam1"], note, until=until)
    assert caught.value.field == field
    assert states(desk)[ids["fam1"]] == FREE


def test_a_taken_bed_cannot_be_held(desk):
    ids = make_rooms(desk)
    take_in(desk, bed=ids["r1b1"])
    with pytest.raises(ValidationError) as caught:
        desk.beds.hold(ids["r1b1"], "Expected")
    assert caught.value.field == "bed"


# --- nights ----------------------------------------------------------------------------------

def test_nightly_occupancy_counts_residents_household_and_beds(desk):
    ids = make_rooms(desk)
    d = desk.today() - days(10)  # the first night counted; the period is d .. d+6
    # Left the morning of the first night: counted on none of them.
    _, s4 = take_in(desk, "S4", on=d - days(5), bed=ids["r1b3"])
    desk.residents.record_exit(s4, d, 410)
    # Here from before the period with one child; moved beds on d+2, left on d+4.
    _, s1 = take_in(desk, "S1", on=d - days(2), bed=ids["r1b1"], household=[HouseholdEntry("C", 4)])
    desk.beds.assign(s1, ids["r1b2"], on=d + days(2))
    desk.residents.record_exit(s1, d + days(4), 312)
    # Came on d+1 with no bed; got bed 1 on d+3; still here.
    _, s2 = take_in(desk, "S2", on=d + days(1))
    desk.beds.assign(s2, ids["r1b1"], on=d + days(3))
    # Came and left on d+5: no night.
    _, s3 = take_in(desk, "S3", on=d + days(5))
    desk.residents.record_exit(s3, d + days(5), 30)
    # Came on the last night with two children, into bed 3.
    take_in(desk, "S5", on=d + days(6), bed=ids["r1b3"], household=[HouseholdEntry("A", 1), HouseholdEntry("B", 3)])

    nights = desk.beds.nightly_occupancy(d, d + days(6))
    assert [n.night for n in nights] == [d + days(i) for i in range(7)]
    assert [n.residents for n in nights] == [1, 2, 2, 2, 1, 1, 2]
    assert [n.household for n in nights] == [1, 1, 1, 1, 0, 0, 2]
    assert [n.beds_used for n in nights] == [1, 1, 1, 2, 1, 1, 2]
    # One night; and nights after today count who is still here.
    [one] = desk.beds.nightly_occupancy(d + days(3), d + days(3))
    assert (one.residents, one.household, one.beds_used) == (2, 1, 2)
    future = desk.beds.nightly_occupancy(desk.today() + days(1), desk.today() + days(2))
    assert [(n.residents, n.household, n.beds_used) for n in future] == [(2, 2, 2), (2, 2, 2)]


def test_nightly_occupancy_refuses_a_backwards_or_huge_period(desk):
    today = desk.today()
    for first, last in ((today, today - days(1)), (date(2000, 1, 1), date(2020, 1, 1)),
                        (datetime(2025, 1, 1), today)):
        with pytest.raises(ValidationError) as caught:
            desk.beds.nightly_occupancy(first, last)
        assert_plain(caught.value)


def test_front_desk_gives_moves_and_holds_beds(desk):
    ids = make_rooms(desk)
    add_staff(desk, "frontdesk", Role.FRONT_DESK)
    as_user(desk, "frontdesk")
    _, sid = take_in(desk, bed=ids["r1b1"])
    desk.beds.assign(sid, ids["r1b2"])
    desk.beds.hold(ids["r1b1"], "Expected")
    desk.beds.release(ids["r1b1"])
    assert [e.actor_name for e in events(desk, audit.Action.BED_ASSIGNED)] == ["frontdesk"]
    as_director(desk)
