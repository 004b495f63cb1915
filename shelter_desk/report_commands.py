"""The report commands of the command line: ``weekly-summary`` and ``export-counts``.

The same services as the Reports screen, so the same permission checks and audit events. The
password comes from ``SHELTER_DESK_PASSWORD`` or is asked on the terminal (``cli.read_password``),
never from the arguments. The file is built in memory and written atomically (a temporary file in
the same folder, fsync, rename): a full disk or any error leaves no file, or the old one, never half.
"""

from __future__ import annotations

import argparse
import re
import time
from datetime import date
from pathlib import Path

from shelter_desk.errors import ShelterDeskError

COMMANDS = ("weekly-summary", "export-counts")


def add_commands(sub) -> None:  # noqa: ANN001 - argparse's sub-parsers action
    weekly = sub.add_parser("weekly-summary", help="write the weekly summary as a PDF (house manager or director)")
    weekly.add_argument("--vault", dest="sub_vault", metavar="DIR", help="the vault folder")
    weekly.add_argument("--user", required=True, metavar="NAME", help="your username")
    weekly.add_argument("--week", required=True, metavar="WEEK",
                        help="the week: 2026-W47 (ISO week), or any day in it (2026-11-18)")
    weekly.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    weekly.add_argument("--names", choices=("aliases", "initials", "full"), default="aliases",
                        help="how residents are named (full names: house managers and directors, audited)")
    counts = sub.add_parser("export-counts", help="write the anonymized counts as CSV or PDF (director)")
    counts.add_argument("--vault", dest="sub_vault", metavar="DIR", help="the vault folder")
    counts.add_argument("--user", required=True, metavar="NAME", help="a director's username")
    counts.add_argument("--from", dest="first", required=True, metavar="YYYY-MM", help="the first month")
    counts.add_argument("--to", dest="last", required=True, metavar="YYYY-MM", help="the last month")
    counts.add_argument("--out", required=True, metavar="FILE", help="the file to write: .csv or .pdf")
    counts.add_argument("--min-count", type=int, default=5, metavar="K",
                        help="counts from 1 to K-1 are shown as <K (default 5; 11 is the PCORnet threshold)")


def parse_week(value: str) -> date:
    """"2026-W47" (the Monday of that ISO week) or "2026-11-18"."""
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", value.strip(), re.IGNORECASE)
    try:
        if m:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    raise ShelterDeskError(f"'{value}' is not a week: write it as 2026-W47, or as a day in the week (2026-11-18).")


def parse_month(value: str) -> date:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    if m and 1 <= int(m.group(2)) <= 12:
        return date(int(m.group(1)), int(m.group(2)), 1)
    raise ShelterDeskError(f"'{value}' is not a month: write it as 2026-01.")


def _output(path: str, suffixes: tuple[str, ...]) -> Path:
    out = Path(path).expanduser()
    if out.suffix.lower() not in suffixes:
        raise ShelterDeskError(f"The file name must end in {' or '.join(suffixes)}.")
    if out.is_dir():
        raise ShelterDeskError(f"{out} is a folder: give a file name, for example {out / ('report' + suffixes[0])}.")
    if not out.parent.is_dir():
        raise ShelterDeskError(f"The folder {out.parent} does not exist. Nothing was written.")
    return out


def write_file(out: Path, data: bytes) -> None:
    from shelter_desk.files import atomic_write

    try:
        atomic_write(out, data)  # plaintext-ok: a report the user asked for, where they asked
    except OSError as exc:
        raise ShelterDeskError(
            f"The file could not be written in {out.parent} ({exc.strerror or type(exc).__name__}). "
            "Nothing was written there.") from None


def _signed_in(vault_dir: Path, username: str):  # noqa: ANN202
    """Open the vault (one program per vault) and sign in; the caller closes it with ``_done``."""
    from shelter_desk.cli import read_password
    from shelter_desk.desk import Desk

    desk = Desk.open(vault_dir)
    try:
        desk.vault.instance.acquire()
    except BaseException:
        desk.close()
        raise
    try:
        desk.auth.sign_in(username, read_password())
    except BaseException:
        _done(desk)
        raise
    return desk


def _done(desk) -> None:  # noqa: ANN001
    try:
        if desk.current is not None and desk.vault.is_open:
            desk.auth.sign_out()
    finally:
        desk.close()
        desk.vault.instance.release()


def run(args: argparse.Namespace, vault_dir: Path) -> int:
    if args.command == "weekly-summary":
        return weekly_summary(vault_dir, args.user, parse_week(args.week), _output(args.out, (".pdf",)),
                              {"full": "full_names"}.get(args.names, args.names))
    return export_counts(vault_dir, args.user, parse_month(args.first), parse_month(args.last),
                         _output(args.out, (".csv", ".pdf")), args.min_count)


def weekly_summary(vault_dir: Path, username: str, day: date, out: Path, names: str) -> int:
    from shelter_desk.reports.weekly_summary import render_weekly_summary

    desk = _signed_in(vault_dir, username)
    try:
        start = time.perf_counter()
        summary = desk.reports.weekly_summary(day, names)
        pdf = render_weekly_summary(summary, printed_by=desk.current.display_name,
                                    printed_at=desk.now().astimezone())
        write_file(out, pdf)
        desk.reports.record_weekly_output(summary, "saved")
        seconds = time.perf_counter() - start
    finally:
        _done(desk)
    print(f"Weekly summary {summary.first} to {summary.last} written: {out} ({seconds:.1f} s).")
    if names == "full_names":
        print("It shows full names: keep it locked away.")
    return 0


def export_counts(vault_dir: Path, username: str, first: date, last: date, out: Path, k: int) -> int:
    desk = _signed_in(vault_dir, username)
    try:
        start = time.perf_counter()
        table = desk.reports.counts(first, last, k)
        data = desk.reports.export_counts(table, out.suffix.lower().lstrip("."),
                                          printed_by=desk.current.display_name)
        write_file(out, data)
        seconds = time.perf_counter() - start
    finally:
        _done(desk)
    print(f"Anonymized counts for {table.period} (counts under {k} hidden) written: {out} "
          f"({len(table.rows)} rows, {seconds:.1f} s).")
    return 0
