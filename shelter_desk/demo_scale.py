"""How big a made-up shelter the demo steps build: ``shelter-desk demo --scale`` and ``shelter-desk bench``.

``demo`` is the training vault (two years, twenty beds, the forty-eight named residents of
``demo_residents.PEOPLE``) and every step behaves exactly as it always has for it. The other
scales reuse the same steps, with more rooms, more residents and a longer past:

* ``small``: one year, twenty beds.
* ``decade``: ten years, fifty beds, about 2,500 residents and 4,000 stays, and what that many
  stays bring (meals, supplies, appointments, incidents, case notes, their audit events).
* ``stress``: ten times ``decade``'s residents and records (ten years, five hundred beds: a
  house network on one vault), to see what breaks first.

Residents past the forty-eight named ones take a first name from that list and a made-up
initial ("Zoë K."), so a search by first name meets many people, as in a real decade of records.
"""

from __future__ import annotations

from dataclasses import dataclass

SCALES = ("demo", "small", "decade", "stress")


@dataclass(frozen=True)
class Scale:
    name: str
    days: int  # how far back the history goes
    beds: int
    residents: int
    current: int  # here now, each with a bed (one more arrived today and waits for one)
    returns: float  # the chance that someone who left comes back for another stay (again and again)
    notes_per_stay: tuple[int, int]
    incidents_per_month: float  # times the demo's two to four a month
    sync_off: bool = False  # build with synchronous = OFF (a made-up vault; the rows are the same)

    @property
    def is_demo(self) -> bool:
        return self.name == "demo"


DEMO = Scale("demo", 730, 20, 48, 16, 0.0, (1, 3), 1.0)
SMALL = Scale("small", 365, 20, 60, 16, 0.25, (1, 4), 1.0, sync_off=True)
DECADE = Scale("decade", 3650, 50, 2500, 40, 0.38, (6, 14), 16.5, sync_off=True)
STRESS = Scale("stress", 3650, 500, 25000, 400, 0.38, (6, 14), 165.0, sync_off=True)


def scale(name: str) -> Scale:
    try:
        return {"demo": DEMO, "small": SMALL, "decade": DECADE, "stress": STRESS}[name]
    except KeyError:
        raise ValueError(f"unknown scale {name!r}: one of {', '.join(SCALES)}") from None
