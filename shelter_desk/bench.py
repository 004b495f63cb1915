"""``shelter-desk bench --scale small|decade|stress``: how fast the program is on years of records.

It builds (or reuses, ``--vault DIR``) a made-up vault with the demo steps at that scale, signs in
as the demo director and times what staff wait for: the median and the 95th percentile over
repeated runs, and beside each, the same query done directly in SQL on the same encrypted file
(the floor) and the ratio. What needs Qt (start to the sign-in window, the pages and their lists,
peak memory with every screen visited) runs in a child process with ``QT_QPA_PLATFORM=offscreen``
(``shelter_desk.gui.bench_qt``). Goals are reported, never tested: the test suite has no timings.

Only made-up data is used, the vault lives in a temporary folder unless ``--vault`` says where,
and nothing goes over the network. The core part imports no Qt.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

BENCH_PASSWORD = "bench only: made-up vault lantern"
# (measure, goal in ms at decade) - reported beside the result, never asserted.
GOALS_DECADE = {
    "search_keystroke": 50, "open_file": 100, "today_board": 100, "weekly_summary_pdf": 1500,
    "counts_one_year": 2000, "unlock_after_argon2": 150, "start_to_sign_in": 1500, "peak_rss_mb": 300,
}
INTERACTIVE = {"search_keystroke", "search_keystroke_everyone", "open_file", "today_board", "today_needs",
               "unlock_after_argon2"}
STRESS_GOAL = 200


@dataclass
class Result:
    name: str
    what: str
    runs: list[float] = field(default_factory=list)  # ms
    floor: list[float] = field(default_factory=list)  # ms, the same work in plain SQL
    unit: str = "ms"

    @property
    def median(self) -> float:
        return statistics.median(self.runs) if self.runs else float("nan")

    @property
    def p95(self) -> float:
        if not self.runs:
            return float("nan")
        ordered = sorted(self.runs)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    def goal(self, scale: str) -> float | None:
        if scale == "decade":
            return GOALS_DECADE.get(self.name)
        if scale == "stress" and (self.name in INTERACTIVE or self.name.startswith("qt_")):
            return STRESS_GOAL
        return None

    def row(self, scale: str) -> dict:
        floor = self.floor_median
        goal = self.goal(scale)
        value = self.p95 if self.name.startswith("search") or scale == "stress" else self.median
        return {"name": self.name, "what": self.what, "unit": self.unit, "runs": len(self.runs),
                "median": round(self.median, 2), "p95": round(self.p95, 2),
                "floor_median": None if floor is None else round(floor, 2),
                "ratio": None if not floor else round(self.median / floor, 1),
                "goal": goal, "met": None if goal is None else bool(value <= goal)}


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def build(folder: Path, scale_name: str, out: Callable[[str], None]) -> float:
    from shelter_desk.demo import make_demo_vault
    from shelter_desk.demo_scale import scale

    os.environ.setdefault("SHELTER_DESK_PASSWORD", BENCH_PASSWORD)
    start = time.perf_counter()
    make_demo_vault(folder, out, scale(scale_name))
    return time.perf_counter() - start


class Bench:
    def __init__(self, folder: Path, scale: str, repeat: int, out: Callable[[str], None]) -> None:
        self.folder, self.scale, self.repeat, self.out = folder, scale, repeat, out
        self.password = os.environ.get("SHELTER_DESK_PASSWORD", BENCH_PASSWORD)
        self.results: list[Result] = []
        self.desk = None
        self.raw = None

    # --- helpers --------------------------------------------------------------------------
    def add(self, result: Result) -> Result:
        self.results.append(result)
        r = result.row(self.scale)
        self.out(f"  {result.name:<28} median {r['median']:>9.1f}  p95 {r['p95']:>9.1f}  floor "
                 f"{'' if r['floor_median'] is None else r['floor_median']}")
        return result

    def sql(self, query: str, *args: object) -> list:
        return self.raw.execute(query, args).fetchall()  # type: ignore[union-attr]

    def open(self) -> None:
        from shelter_desk.desk import Desk
        from shelter_desk.storage.db import connect_raw

        self.desk = Desk.open(self.folder)
        self.desk.auth.sign_in("director", self.password)
        self.raw = connect_raw(self.desk.vault.db_path, self.desk.vault.dek)

    def close(self) -> None:
        if self.raw is not None:
            self.raw.close()
        if self.desk is not None:
            if self.desk.current is not None:
                self.desk.auth.sign_out()
            self.desk.close()

    # --- the measurements -------------------------------------------------------------------
    def unlock(self) -> None:
        from shelter_desk.desk import Desk

        argon, after = Result("unlock_argon2", "unlock: Argon2 and the key unwrap"), \
            Result("unlock_after_argon2", "unlock: everything after Argon2 (open, checks, audit)")
        floor = []
        for _ in range(max(3, self.repeat // 4)):
            desk = Desk.open(self.folder)
            spent: list[float] = []
            real = desk.vault.try_slots

            def timed_slots(*a, _real=real, _spent=spent):  # noqa: ANN002, ANN202
                t = time.perf_counter()
                try:
                    return _real(*a)
                finally:
                    _spent.append((time.perf_counter() - t) * 1000)

            desk.vault.try_slots = timed_slots  # type: ignore[method-assign]
            start = time.perf_counter()
            desk.auth.sign_in("director", self.password)
            total = (time.perf_counter() - start) * 1000
            argon.runs.append(spent[0])
            after.runs.append(total - spent[0])
            dek = desk.vault.dek
            path = desk.vault.db_path
            desk.auth.sign_out()
            desk.close()
            from shelter_desk.storage.db import connect_raw

            t = time.perf_counter()
            conn = connect_raw(path, dek)
            conn.execute("SELECT count(*) FROM account").fetchone()
            floor.append((time.perf_counter() - t) * 1000)
            conn.close()
        after.floor = floor
        self.add(argon)
        self.add(after)

    def names(self) -> list[str]:
        wanted = ["Małgorzata", "Siobhán", "Nguyễn Thị Lan", "Оксана", "Amara", "李梅"]
        return wanted

    def search(self) -> None:
        from shelter_desk.services.residents import ALL, HERE
        from shelter_desk.services.validation import fold

        desk = self.desk
        for status, name in ((HERE, "search_keystroke"), (ALL, "search_keystroke_everyone")):
            result = Result(name, f"residents search, each keystroke of a name ({status})")
            for word in self.names():
                for n in range(1, len(word) + 1):
                    prefix = word[:n]
                    result.runs += timed(lambda p=prefix, s=status: desk.residents.search(p, s), 1)
                    pattern = "%" + fold(prefix) + "%"
                    if status == HERE:
                        q = ("SELECT r.id, r.alias FROM stay s JOIN resident r ON r.id = s.resident_id "
                             "WHERE s.exit_date IS NULL AND r.alias_key LIKE ? ORDER BY r.alias_key")
                    else:
                        q = ("SELECT r.id, r.alias FROM resident r WHERE r.merged_into_id IS NULL "
                             "AND r.alias_key LIKE ? ORDER BY r.alias_key")
                    result.floor += timed(lambda q=q, p=pattern: self.sql(q, p), 1)
            self.add(result)

    def open_file(self) -> None:
        desk = self.desk
        busiest = [r[0] for r in self.sql(
            "SELECT resident_id FROM case_note GROUP BY resident_id ORDER BY count(*) DESC LIMIT ?",
            max(5, self.repeat))]
        result = Result("open_file", "open a resident's file (the residents with the most notes)")
        for rid in busiest:
            result.runs += timed(lambda r=rid: desk.residents.open_file(r), 1)
            result.floor += timed(lambda r=rid: (
                self.sql("SELECT * FROM resident WHERE id = ?", r), self.sql("SELECT * FROM stay WHERE resident_id = ?", r),
                self.sql("SELECT * FROM case_note WHERE resident_id = ?", r),
                self.sql("SELECT * FROM goal WHERE resident_id = ?", r)), 1)
        self.add(result)

    def today(self) -> None:
        desk = self.desk
        today = desk.today().isoformat()
        r = Result("today_board", "Today board: who is here, arrivals and departures (service)")
        r.runs = timed(desk.today_board.board, self.repeat)
        r.floor = timed(lambda: self.sql(
            "SELECT s.id, r.alias, b.label FROM stay s JOIN resident r ON r.id = s.resident_id "
            "LEFT JOIN bed_assignment a ON a.stay_id = s.id AND a.end_date IS NULL LEFT JOIN bed b ON b.id = a.bed_id "
            "WHERE s.exit_date IS NULL OR s.exit_date = ? ORDER BY r.alias_key", today), self.repeat)
        self.add(r)
        n = Result("today_needs", "Today board: appointments, meals so far, supplies (service)")
        n.runs = timed(desk.today_board.needs, self.repeat)
        n.floor = timed(lambda: (self.sql("SELECT * FROM appointment WHERE day BETWEEN ? AND ?", today, today),
                                 self.sql("SELECT count(*) FROM meal_mark WHERE day = ?", today),
                                 self.sql("SELECT * FROM supply_request WHERE status = 'open'")), self.repeat)
        self.add(n)

    def lists(self) -> None:
        desk = self.desk
        today = desk.today()
        for name, what, fn, floor in [
            ("list_residents_everyone", "residents list, everyone", lambda: desk.residents.search("", "all"),
             "SELECT id, alias FROM resident WHERE merged_into_id IS NULL ORDER BY alias_key"),
            ("list_beds", "bed board", desk.beds.board, "SELECT * FROM bed"),
            ("list_meals_roster", "today's meal roster", lambda: desk.meals.roster(today),
             "SELECT * FROM meal_mark WHERE day = date('now')"),
            ("list_supply_requests", "supply requests waiting", desk.supplies.requests,
             "SELECT * FROM supply_request WHERE status = 'open'"),
            ("list_stock", "stock", desk.supplies.stock, "SELECT * FROM stock_item"),
            ("list_appointments_week", "appointments this week",
             lambda: desk.appointments.between(today - timedelta(days=today.weekday()), today + timedelta(days=6)),
             "SELECT * FROM appointment WHERE day BETWEEN date('now', '-7 days') AND date('now', '+7 days')"),
            ("list_to_settle", "appointments to settle", desk.appointments.to_settle,
             "SELECT * FROM appointment WHERE status = 'scheduled' AND day < date('now')"),
            ("list_plans", "safety plans overview", desk.plans.overview, "SELECT * FROM safety_plan"),
            ("list_incidents", "incident log (default filter)", desk.incidents.incidents,
             "SELECT * FROM incident ORDER BY occurred_at DESC"),
            ("list_audit_first_page", "audit trail, first 500", desk.audit.events,
             "SELECT * FROM audit_event ORDER BY id DESC LIMIT 500"),
        ]:
            r = Result(name, what)
            r.runs = timed(fn, max(3, self.repeat // 2))
            try:
                r.floor = timed(lambda q=floor: self.sql(q), max(3, self.repeat // 2))
            except Exception:  # noqa: BLE001 - a floor query with a table name this version does not have
                r.floor = []
            self.add(r)

    def reports(self) -> None:
        from datetime import UTC, datetime

        from shelter_desk.reports.counts import render_counts
        from shelter_desk.reports.weekly_summary import render_weekly_summary

        desk = self.desk
        last_week = desk.today() - timedelta(days=7)
        r = Result("weekly_summary_pdf", "weekly summary: figures and the PDF")
        r.runs = timed(lambda: render_weekly_summary(desk.reports.weekly_summary(last_week), printed_by="bench",
                                                     printed_at=datetime.now(UTC)), max(3, self.repeat // 4))
        first, last = desk.reports.week_of(last_week)
        r.floor = timed(lambda: (
            self.sql("SELECT count(*) FROM meal_mark WHERE day BETWEEN ? AND ?", first.isoformat(), last.isoformat()),
            self.sql("SELECT * FROM stay WHERE intake_date <= ? AND (exit_date IS NULL OR exit_date >= ?)",
                     last.isoformat(), first.isoformat()),
            self.sql("SELECT * FROM appointment WHERE day BETWEEN ? AND ?", first.isoformat(), last.isoformat()),
            self.sql("SELECT * FROM incident WHERE occurred_at BETWEEN ? AND ?", first.isoformat(),
                     last.isoformat() + "T23:59")), max(3, self.repeat // 4))
        self.add(r)
        today = desk.today()
        year_first = date(today.year - 1, 1, 1)
        year_last = date(today.year - 1, 12, 1)
        first_intake = date.fromisoformat(self.sql("SELECT min(intake_date) FROM stay")[0][0])
        ten_years = date(today.year - 10, today.month, 1) + timedelta(days=32)  # the longest period allowed
        first_intake = max(first_intake, ten_years.replace(day=1))
        for name, what, a, b in (("counts_one_year", "anonymized counts, last calendar year", year_first, year_last),
                                 ("counts_all_years", "anonymized counts, every month there is",
                                  date(first_intake.year, first_intake.month, 1), date(today.year, today.month, 1))):
            c = Result(name, what)
            c.runs = timed(lambda a=a, b=b: render_counts(desk.reports.counts(a, b), printed_by="bench",
                                                          printed_at=datetime.now(UTC)), 3)
            c.floor = timed(lambda a=a, b=b: self.sql(
                "SELECT count(DISTINCT resident_id), count(*) FROM stay WHERE intake_date <= ? "
                "AND (exit_date IS NULL OR exit_date >= ?)", b.isoformat(), a.isoformat()), 3)
            self.add(c)

    def backup(self) -> None:
        desk = self.desk
        with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
            folder = Path(tmp)
            r = Result("backup_and_verify", "Back up now (written, read back and checked)")
            r.runs = timed(lambda: desk.backups.back_up_to(folder, name=f"b{time.perf_counter_ns()}.sdbackup"), 3)
            target = folder / "floor.db"

            def floor() -> None:
                if target.exists():
                    target.unlink()
                self.sql(f"VACUUM INTO '{target}'")
            r.floor = timed(floor, 3)
            self.add(r)
            v = Result("check_the_vault", "Check the vault (cipher, SQLite, audit chain, key file)")
            v.runs = timed(desk.backups.verify_vault, 3)
            v.floor = timed(lambda: (self.sql("PRAGMA cipher_integrity_check"), self.sql("PRAGMA integrity_check")), 3)
            self.add(v)

    def memory_security(self) -> None:
        """The same reads with ``cipher_memory_security`` on (as shipped) and off."""
        from shelter_desk.desk import Desk
        from shelter_desk.storage import db

        def work(desk) -> None:  # noqa: ANN001
            for word in self.names()[:3]:
                for n in range(1, len(word) + 1):
                    desk.residents.search(word[:n], "all")
            desk.today_board.board()
            desk.reports.weekly_summary(desk.today() - timedelta(days=7))

        times = {}
        for on in (True, False, True, False):
            with db.memory_security(on):
                desk = Desk.open(self.folder)
                desk.auth.sign_in("director", self.password)
                try:
                    times.setdefault(on, []).extend(timed(lambda d=desk: work(d), 2))
                finally:
                    desk.auth.sign_out()
                    desk.close()
        r = Result("cipher_memory_security", "searches + Today + weekly figures, memory security ON "
                   "(floor: the same with it OFF)")
        r.runs, r.floor = times[True], times[False]
        self.add(r)

    def qt(self) -> None:
        """Start to the sign-in window, the pages, scrolling, peak memory: in child processes."""
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHELTER_DESK_PASSWORD=self.password)
        start_runs = []
        for _ in range(max(3, self.repeat // 4)):
            t0 = time.time()
            done = subprocess.run([sys.executable, "-m", "shelter_desk.gui.bench_qt", "start", str(self.folder),
                                   repr(t0)], env=env, capture_output=True, text=True, timeout=120)
            try:
                start_runs.append(float(done.stdout.strip().splitlines()[-1]))
            except (ValueError, IndexError):
                self.out(f"  start probe failed: {done.stderr.strip()[-300:]}")
                break
        floor = []
        for _ in range(3):
            t0 = time.time()
            subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], env=env, check=False)
            floor.append((time.time() - t0) * 1000)
        r = Result("start_to_sign_in", "start of the process to the sign-in window shown (offscreen)",
                   runs=start_runs, floor=floor)
        self.add(r)
        done = subprocess.run([sys.executable, "-m", "shelter_desk.gui.bench_qt", "pages", str(self.folder),
                               str(max(3, self.repeat // 4))], env=env, capture_output=True, text=True, timeout=1800)
        try:
            found = json.loads(done.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            self.out(f"  pages probe failed: {done.stderr.strip()[-600:]}")
            return
        for name, what, runs in found["timings"]:
            self.add(Result(name, what, runs=runs))
        self.add(Result("peak_rss_mb", "peak memory (RSS) of the program with every screen visited",
                        runs=[found["peak_rss_mb"]], unit="MB"))


def table(results: list[Result], scale: str) -> str:
    lines = ["| measurement | median | p95 | floor (SQL) | ratio | goal | met |",
             "| --- | ---: | ---: | ---: | ---: | ---: | :---: |"]
    for res in results:
        r = res.row(scale)
        unit = " MB" if r["unit"] == "MB" else ""
        floor = "" if r["floor_median"] is None else f"{r['floor_median']:.1f}"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.1f}×"
        goal = "" if r["goal"] is None else f"≤ {r['goal']:g}{unit or ' ms'}"
        met = "" if r["met"] is None else ("yes" if r["met"] else "**no**")
        lines.append(f"| {r['what']} | {r['median']:.1f}{unit} | {r['p95']:.1f}{unit} | {floor} | {ratio} | {goal} "
                     f"| {met} |")
    return "\n".join(lines)


def machine() -> dict:
    model = ""
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout.splitlines():
            if line.startswith("Model name"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return {"cpu": model or platform.processor(), "cores": os.cpu_count(), "python": platform.python_version(),
            "system": platform.platform()}


def run_bench(scale: str, out_path: Path | None, vault: Path | None, repeat: int = 20,
              out: Callable[[str], None] = print, only: list[str] | None = None) -> int:
    from shelter_desk.storage.vault import Vault

    info: dict = {"scale": scale, "date": date.today().isoformat(), "machine": machine(), "build_seconds": None}
    holder = None
    if vault is None:
        holder = tempfile.TemporaryDirectory(prefix=f"bench-{scale}-")
        vault = Path(holder.name) / "vault"
    if not Vault.exists(vault):
        out(f"Building the {scale} vault in {vault} (made-up data)...")
        info["build_seconds"] = round(build(vault, scale, out), 1)
        out(f"Built in {info['build_seconds']:.0f} s")
    bench = Bench(vault, scale, repeat, out)
    steps = ["unlock", "search", "open_file", "today", "lists", "reports", "backup", "memory_security", "qt"]
    try:
        bench.open()
        for step in steps:
            if only and step not in only:
                continue
            out(f"{step}...")
            if step in ("unlock", "memory_security", "qt"):
                bench.close()
                getattr(bench, step)()
                bench.open()
            else:
                getattr(bench, step)()
        info["db_mb"] = round(bench.desk.vault.db_path.stat().st_size / 1e6, 1)
        info["rows"] = {t: bench.sql(f"SELECT count(*) FROM {t}")[0][0] for t in (  # noqa: S608 - fixed names
            "resident", "stay", "meal_mark", "supply_request", "supply_handout", "appointment", "incident",
            "case_note", "audit_event")}
    finally:
        bench.close()
        if holder is not None:
            holder.cleanup()
    out("")
    out(table(bench.results, scale))
    info["results"] = [r.row(scale) | {"all_runs": [round(x, 2) for x in r.runs]} for r in bench.results]
    if out_path is not None:
        out_path.write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
        out(f"Written to {out_path}")
    return 0


__all__ = ["run_bench", "Result", "table", "asdict"]
