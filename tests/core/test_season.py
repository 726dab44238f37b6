"""A season of applications in one folder: `packetizer apps` and `mark`, the index, the
calendar and the spreadsheet (issue 20, its first part). Real SQLite, real files."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from packetizer.cli import main
from packetizer.core import season as season_module
from packetizer.core.errors import InputError
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, load_packet, new_packet, save_packet
from packetizer.core.season import csv_text, ics, mark, season

TODAY = dt.date(2026, 12, 1)
FIELDS = ["packet", "title", "organization", "deadline", "days_left", "required", "ready",
          "errors", "submitted_on", "outcome", "exported_on", "out_of_date", "referees",
          "letters_confirmed"]


@pytest.fixture
def workspace(tmp_path, make_pdf):
    cv = make_pdf("cv.pdf", text="Curriculum vitae")
    folder = tmp_path / "season"
    for name, posting, attached in (
            ("northbridge", "Assistant Professor of Data Science\nNorthbridge University\n"
                            "Application deadline: December 5, 2026.\nSend a CV and a research "
                            "statement.", True),
            ("southbay", "Postdoc in Glaciology\nSouthbay Institute\nDeadline: 2027-01-20.\n"
                         "Send a CV.", True),
            ("open", "Lecturer in Statistics\nWestfield College\nSend a CV.", False)):
        (folder / name).mkdir(parents=True)
        packet = new_packet(posting, Applicant("Ana Ferreira"))
        if attached:
            attach(packet, "cv", [cv])
        save_packet(packet, folder / name / "application.packet")
    (folder / ".trash").mkdir()
    (folder / ".trash" / "old.packet").write_text("{}")  # hidden folders are not looked in
    return folder


def test_a_season_lists_its_applications_soonest_deadline_first(workspace):
    rows = season(workspace, TODAY)
    assert [r.packet for r in rows] == ["northbridge/application.packet",
                                        "southbay/application.packet", "open/application.packet"]
    first = rows[0]
    assert (first.deadline, first.days_left, first.required, first.ready, first.errors) == \
        ("2026-12-05", 4, 2, 1, 1)
    assert rows[-1].deadline is None and rows[-1].days_left is None
    (workspace / "broken").mkdir()
    (workspace / "broken" / "x.packet").write_text("not json")
    assert len(season(workspace, TODAY)) == 3  # an unreadable packet is left out


def test_the_command_lines_json_is_the_documented_shape(workspace, capsys):
    assert main(["apps", str(workspace), "--json"]) == 0
    apps = json.loads(capsys.readouterr().out)["applications"]
    assert len(apps) == 3 and all(set(FIELDS) <= set(app) for app in apps)
    assert main(["apps", str(workspace / "nowhere")]) == 2


def test_the_index_is_a_cache_rebuilt_when_gone_or_damaged(workspace, monkeypatch):
    season(workspace, TODAY)
    index = workspace / ".packetizer" / "index.sqlite"
    assert index.is_file()
    # listed again from the index: no packet is read
    monkeypatch.setattr("packetizer.core.packet.store.load_packet",
                        lambda path: pytest.fail(f"read {path}"))
    assert len(season(workspace, TODAY)) == 3
    monkeypatch.undo()
    index.unlink()
    assert len(season(workspace, TODAY)) == 3 and index.is_file()
    for suffix in ("-wal", "-shm"):
        Path(str(index) + suffix).unlink(missing_ok=True)
    index.write_bytes(b"this is not a database" * 100)
    assert len(season(workspace, TODAY)) == 3
    # a document moved away after it was listed: the row says so
    (workspace.parent / "cv.pdf").unlink()
    southbay = next(r for r in season(workspace, TODAY) if r.packet.startswith("southbay"))
    assert (southbay.ready, southbay.errors) == (0, 1)


def test_two_processes_list_one_season_at_once(workspace):
    root = str(Path(__file__).resolve().parents[2])
    script = (f"import sys; sys.path.insert(0, {root!r}); "
              f"from packetizer.core.season import season; print(len(season({str(workspace)!r})))")
    runs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [run.communicate(timeout=60) for run in runs]
    assert [out.strip() for out, _ in outs] == ["3", "3"], outs
    assert len(season(workspace, TODAY)) == 3


def test_processes_creating_one_index_at_once_all_get_it(tmp_path):
    # the check for the table and its creation are one transaction: a process that opened the
    # new index a moment later used to drop the table another had just made, while it read it
    root = str(Path(__file__).resolve().parents[2])
    for trial in range(3):
        folder = tmp_path / str(trial)
        folder.mkdir()
        script = (f"import sys; sys.path.insert(0, {root!r}); from pathlib import Path; "
                  f"from packetizer.core.season import SeasonIndex; "
                  f"index = SeasonIndex(Path({str(folder)!r})); "
                  f"print(index.db is not None and index.cached('x', 1, 1.0) is None)")
        runs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(8)]
        outs = [run.communicate(timeout=60) for run in runs]
        assert [out.strip() for out, _ in outs] == ["True"] * 8, outs


def _busy_connections(monkeypatch, times: list[int]):
    """sqlite3.connect as SQLite answers when another process is switching the index to WAL
    at that moment: SQLITE_BUSY at once, without waiting (times[0] times; -1: always)."""
    class Busy(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.startswith("PRAGMA journal_mode") and times[0]:
                times[0] -= 1
                exc = sqlite3.OperationalError("database is locked")
                exc.sqlite_errorcode = sqlite3.SQLITE_BUSY
                raise exc
            return super().execute(sql, *args)
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: connect(*a, factory=Busy, **k))


def test_a_busy_index_is_waited_for_not_deleted(workspace, monkeypatch):
    # a busy index was taken for a damaged one and deleted under the process using it, which
    # then failed on "no such table"
    season(workspace, TODAY)
    times = [3]
    _busy_connections(monkeypatch, times)
    monkeypatch.setattr("packetizer.core.packet.store.load_packet",
                        lambda path: pytest.fail(f"read {path}"))
    assert len(season(workspace, TODAY)) == 3 and times == [0]


def test_an_index_busy_for_too_long_is_left_alone(workspace, monkeypatch):
    season(workspace, TODAY)
    index = workspace / ".packetizer" / "index.sqlite"
    before = index.read_bytes()
    monkeypatch.setattr(season_module, "BUSY_WAIT", 0.05)
    _busy_connections(monkeypatch, [-1])
    assert len(season(workspace, TODAY)) == 3  # read from the packets themselves
    assert index.read_bytes() == before


def test_an_index_that_fails_while_read_is_a_cache_missed(workspace):
    season(workspace, TODAY)
    index = season_module.SeasonIndex(workspace)
    with index.db:
        index.db.execute("DROP TABLE apps")
    try:
        assert index.cached("southbay/application.packet", 1, 1.0) is None
    finally:
        index.close()


def test_marking_an_application_is_saved_in_its_packet(workspace):
    path = workspace / "southbay" / "application.packet"
    assert main(["mark", str(path), "submitted", "--on", "2026-11-30"]) == 0
    assert load_packet(path).tracking.submitted_on == "2026-11-30"
    assert main(["mark", str(path), "interview", "--on", "2026-12-10"]) == 0
    tracking = load_packet(path).tracking
    assert (tracking.submitted_on, tracking.outcome, tracking.outcome_on) == \
        ("2026-11-30", "interview", "2026-12-10")
    row = next(r for r in season(workspace, TODAY) if r.packet.startswith("southbay"))
    assert (row.submitted_on, row.outcome) == ("2026-11-30", "interview")
    with pytest.raises(InputError):
        mark(load_packet(path), "hired", TODAY)
    with pytest.raises(SystemExit):
        main(["mark", str(path), "offer", "--on", "2026-13-01"])


def test_an_export_from_the_command_line_is_recorded(workspace, tmp_path):
    path = workspace / "southbay" / "application.packet"
    assert main(["export", str(path), "-o", str(tmp_path / "out.pdf"), "--paper", "a4"]) == 0
    packet = load_packet(path)
    assert packet.tracking.exported_on == dt.date.today().isoformat()
    assert packet.export_options.paper == ""  # this run's --paper is not saved with it


def test_the_deadlines_as_a_calendar_and_a_spreadsheet(workspace):
    rows = season(workspace, TODAY)
    stamp = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
    text = ics(rows, stamp)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.count("BEGIN:VEVENT") == 2  # one a deadline
    assert "DTSTART;VALUE=DATE:20261205" in text
    uids = [line for line in text.split("\r\n") if line.startswith("UID:")]
    assert uids == [line for line in ics(season(workspace, TODAY), stamp).split("\r\n")
                    if line.startswith("UID:")]  # stable
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Deadline: Assistant Professor of Data Science — Northbridge University" \
        in unfolded
    table = csv_text(rows).splitlines()
    assert table[0].startswith("packet,title,organization,applicant,deadline")
    assert len(table) == 4


def test_a_season_keeps_working_without_a_writable_index(workspace, monkeypatch):
    monkeypatch.setattr(season_module.SeasonIndex, "_open", lambda self: None)
    assert len(season(workspace, TODAY)) == 3
