"""Failed sign-ins: the backoff, and the failures waiting to be audited.

Five free tries per account, then 30 s doubling up to 15 min, reset on success.
The counts must survive a restart and exist while the database is still locked
(no key yet), so they live in ``signin.json`` beside the database. It holds no
secret and no resident data: only account usernames known to the key file (a
name typed wrongly is stored as "(unknown)", so a password typed into the
username box never reaches the disk). Failures seen while the database was
locked are written into the audit trail at the next successful sign-in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from shelter_desk.clock import parse_utc_iso, utc_iso
from shelter_desk.files import atomic_write

FREE_TRIES = 5
FIRST_DELAY = 30
MAX_DELAY = 15 * 60
UNKNOWN = "(unknown)"


def delay_after(failures: int) -> int:
    """Seconds to wait after this many failures in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_TRIES))


@dataclass
class PendingFailure:
    at: datetime
    username: str
    reason: str


class SignInAttempts:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._data = self._load()

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            if not isinstance(data, dict):
                raise ValueError
            data.setdefault("accounts", {})
            data.setdefault("pending", [])
            if not isinstance(data["accounts"], dict) or not isinstance(data["pending"], list):
                raise ValueError
            for entry in data["accounts"].values():
                if not isinstance(entry, dict):
                    raise ValueError
                int(entry.get("failures", 0))
                if entry.get("blocked_until"):
                    parse_utc_iso(entry["blocked_until"])
            return data
        except (OSError, ValueError, TypeError):
            # Missing or unreadable: start fresh (it only holds counters).
            return {"accounts": {}, "pending": []}

    def _save(self) -> None:
        atomic_write(self.path, json.dumps(self._data, indent=1).encode("utf-8"))

    def wait_seconds(self, username: str, now: datetime) -> int:
        entry = self._data["accounts"].get(username)
        if not entry or not entry.get("blocked_until"):
            return 0
        remaining = (parse_utc_iso(entry["blocked_until"]) - now).total_seconds()
        return max(0, int(remaining + 0.999))

    def failures(self, username: str) -> int:
        return int(self._data["accounts"].get(username, {}).get("failures", 0))

    def record_failure(self, username: str, now: datetime, reason: str, *, pending: bool) -> int:
        """Count a failure; returns the delay now in force (seconds)."""
        entry = self._data["accounts"].setdefault(username, {"failures": 0})
        entry["failures"] = int(entry.get("failures", 0)) + 1
        delay = delay_after(entry["failures"])
        entry["blocked_until"] = utc_iso(now + timedelta(seconds=delay)) if delay else None
        if pending:
            self._data["pending"].append({"at": utc_iso(now), "username": username, "reason": reason})
            del self._data["pending"][:-500]  # a bounded queue
        self._save()
        return delay

    def record_success(self, username: str) -> None:
        if username in self._data["accounts"]:
            del self._data["accounts"][username]
            self._save()

    def pending(self) -> list[PendingFailure]:
        out = []
        for item in self._data["pending"]:
            try:
                out.append(PendingFailure(parse_utc_iso(item["at"]), item["username"], item["reason"]))
            except (KeyError, ValueError, TypeError):
                continue
        return out

    def clear_pending(self) -> None:
        if self._data["pending"]:
            self._data["pending"] = []
            self._save()
