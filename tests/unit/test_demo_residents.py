"""The demo step: fictional rooms, beds and residents that exercise every screen."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from sqlalchemy import func, select

from shelter_desk import audit, demo, hud
from shelter_desk.demo_residents import add_residents
from shelter_desk.services.beds import FREE, HELD, TAKEN
from shelter_desk.storage.resident_models import (
    BedAssignment,
    CaseNote,
    Goal,
    HouseholdMember,
    Stay,
)


def scripts(text: str) -> set[str]:
    """The scripts a name is written in: "LATIN", "CYRILLIC", "CJK"..."""
    found = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.add(name.split()[0])
    return found


def test_the_demo_step_is_registered():
    assert add_residents in demo.DEMO_STEPS


def test_the_demo_makes_a_lived_in_house(desk):
    lines: list[str] = []
    add_residents(desk, lines.append)
    assert len(lines) == 1 and lines[0].startswith("Residents: ")
    today = desk.today()

    # Rooms and beds: 6 rooms, 20 beds, a family room; most beds taken, one held.
    rooms = desk.beds.rooms()
    assert len(rooms) == 6 and sum(len(r.beds) for r in rooms) == 20
    assert "Family room" in [r.name for r in rooms]
    board = desk.beds.board()
    states = [b.state for b in board]
    assert states.count(HELD) == 1 and states.count(TAKEN) >= 14 and states.count(FREE) >= 1
    assert len(desk.beds.waiting()) == 1

    # Residents: 30 to 60, here and left, over the last two years.
    everyone = desk.residents.search(status="all")
    here = desk.residents.search(status="here")
    assert 30 <= len(everyone) <= 60
    assert len(here) == states.count(TAKEN) + 1
    first_intake = min(r.intake_date for r in everyone)
    assert today - timedelta(days=731) <= first_intake <= today - timedelta(days=680)
    all_scripts = set().union(*(scripts(r.alias) for r in everyone))
    assert {"LATIN", "CYRILLIC", "CJK", "ARABIC", "GREEK"} <= all_scripts
    aliases = {r.alias for r in everyone}
    assert {"Zoë", "Małgorzata", "Dolores Peña", "Оксана", "Nguyễn Thị Lan", "李梅", "فاطمة"} <= aliases
    assert [r.alias for r in desk.residents.search("nguyen", status="all")] == ["Nguyễn Thị Lan"]
    assert sum(r.watch_for for r in here) == 2

    with desk.read() as session:
        stays = session.execute(select(Stay.resident_id, Stay.intake_date, Stay.exit_date, Stay.destination)).all()
        spells = session.execute(
            select(BedAssignment.bed_id, BedAssignment.start_date, BedAssignment.end_date)
            .order_by(BedAssignment.bed_id, BedAssignment.start_date)).all()
        children = session.scalar(select(func.count()).select_from(HouseholdMember)
                                  .where(HouseholdMember.relationship_kind == "child"))
        note_kinds = set(session.scalars(select(CaseNote.kind)))
        amendments = session.scalar(select(func.count()).select_from(CaseNote).where(CaseNote.amends_id.is_not(None)))
        goal_statuses = set(session.scalars(select(Goal.status)))
    # Most of the earlier residents left, to destinations in every HUD group; a few came back.
    left = [s for s in stays if s.exit_date is not None]
    assert len(left) >= 25
    assert {hud.group_of(hud.DESTINATIONS, s.destination) for s in left} == set(hud.GROUPS)
    per_resident: dict[int, int] = {}
    for s in stays:
        per_resident[s.resident_id] = per_resident.get(s.resident_id, 0) + 1
    assert sum(1 for n in per_resident.values() if n > 1) >= 3
    assert all(s.intake_date <= (s.exit_date or today) <= today for s in stays)
    # Beds: never two people in one bed on the same night.
    last: dict[int, object] = {}
    for bed_id, start, end in spells:
        if bed_id in last:
            assert last[bed_id] is not None and last[bed_id] <= start, (bed_id, start)
        last[bed_id] = end
    nights = desk.beds.nightly_occupancy(today - timedelta(days=730), today)
    assert max(n.beds_used for n in nights) <= 20
    assert nights[-1].residents == len(here)
    # Children, notes of every kind (and amendments), goals in every status.
    assert children >= 5
    assert note_kinds == hud.keys(hud.NOTE_KINDS) and amendments >= 1
    assert goal_statuses == hud.keys(hud.GOAL_STATUSES)
    # A few with dietary needs or allergies (the kitchen's list).
    files = [desk.residents.open_file(r.id) for r in here]
    assert sum(bool(f.dietary_needs or f.allergies) for f in files) >= 3
    board_today = desk.today_board.board()
    assert board_today.here == len(here) and len(board_today.watch_for) == 2 and board_today.held_beds == 1

    with desk.read() as session:
        assert audit.verify(session).intact
    # The audit trail names nobody.
    summaries = " ".join(e.summary for e in desk.audit.events(limit=5000))
    assert not any(alias in summaries for alias in aliases)
