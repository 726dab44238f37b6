"""Referees (issue 20): asked and confirmed in the packet file, the season's list across
packets, the finding when a letter is unconfirmed near the deadline, the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from packetizer.cli import main
from packetizer.core.check import check_packet
from packetizer.core.errors import FormatError, InputError
from packetizer.core.model import Applicant
from packetizer.core.packet import load_packet, new_packet, save_packet
from packetizer.core.season import referees as refs
from packetizer.core.season import season

TODAY = dt.date(2026, 12, 1)
POSTING = ("Assistant Professor of History\nEastlake University\nApplication deadline: {0}.\n"
           "Send a CV. Three letters of recommendation should be sent directly by the referees.")


def _packet(tmp_path, deadline: dt.date, name: str = "app"):
    packet = new_packet(POSTING.format(deadline.isoformat()), Applicant("Ana Ferreira"))
    folder = tmp_path / "season" / name
    folder.mkdir(parents=True)
    return packet, folder / "application.packet"


def test_referees_are_recorded_in_the_packet_and_read_back(tmp_path):
    packet, path = _packet(tmp_path, TODAY + dt.timedelta(30))
    refs.ask(packet, "Maria  Rossi", dt.date(2026, 11, 20), "m.rossi@uni.example", "Bologna")
    refs.ask(packet, "Li Wei", dt.date(2026, 11, 21))
    refs.confirm(packet, "maria rossi", dt.date(2026, 11, 28))  # case and spacing ignored
    refs.ask(packet, "MARIA ROSSI", dt.date(2026, 11, 29))  # asked again: one referee still
    save_packet(packet, path)
    again = load_packet(path).tracking.referees
    assert [(r.name, r.email, r.institution, r.asked_on, r.confirmed_on) for r in again] == [
        ("Maria Rossi", "m.rossi@uni.example", "Bologna", "2026-11-29", "2026-11-28"),
        ("Li Wei", "", "", "2026-11-21", "")]
    with pytest.raises(InputError, match="not a referee"):
        refs.confirm(packet, "Nobody", TODAY)
    refs.remove(packet, "li wei")
    assert [r.name for r in packet.tracking.referees] == ["Maria Rossi"]
    data = json.loads(path.read_text())
    data["tracking"]["referees"][0]["asked_on"] = "20 November"
    path.write_text(json.dumps(data))
    with pytest.raises(FormatError, match=r"tracking.referees\[0\].asked_on"):
        load_packet(path)


@pytest.mark.parametrize("days, confirmed, outcome, expected", [
    (3, False, "", True),  # near, unconfirmed: reported
    (-1, False, "submitted", True),  # passed, still unconfirmed
    (30, False, "", False),  # not near yet
    (3, True, "", False),  # every letter confirmed
    (3, False, "withdrawn", False),  # no longer matters
])
def test_an_unconfirmed_letter_is_reported_near_the_deadline(tmp_path, days, confirmed,
                                                           outcome, expected):
    packet, _path = _packet(tmp_path, TODAY + dt.timedelta(days))
    refs.ask(packet, "Li Wei", dt.date(2026, 11, 21))
    if confirmed:
        refs.confirm(packet, "Li Wei", TODAY)
    packet.tracking.outcome = outcome
    found = [f for f in check_packet(packet, today=TODAY).findings
             if f.code == "letter-unconfirmed"]
    assert bool(found) == expected
    if expected:
        assert "Li Wei (asked 2026-11-21)" in found[0].evidence
        assert found[0].requirement_id  # on the letters item


def test_no_referees_recorded_says_nothing(tmp_path):
    packet, _path = _packet(tmp_path, TODAY + dt.timedelta(2))
    assert not [f for f in check_packet(packet, today=TODAY).findings
                if f.code == "letter-unconfirmed"]


def test_the_season_lists_its_referees_and_each_application_counts_its_letters(tmp_path):
    for name, who in (("a", ["Maria Rossi", "Li Wei"]), ("b", ["maria rossi"])):
        packet, path = _packet(tmp_path, TODAY + dt.timedelta(10), name)
        for person in who:
            refs.ask(packet, person, TODAY)
        if name == "a":
            refs.confirm(packet, "Li Wei", TODAY)
        save_packet(packet, path)
    people = refs.season_referees(tmp_path / "season")
    assert [(p.name, p.asked, p.confirmed, p.applications) for p in people] == [
        ("Li Wei", 1, 1, ["a/application.packet"]),
        ("Maria Rossi", 2, 0, ["a/application.packet", "b/application.packet"])]
    rows = {row.packet: row for row in season(tmp_path / "season", TODAY)}
    assert (rows["a/application.packet"].referees,
            rows["a/application.packet"].letters_confirmed) == (2, 1)


def test_the_command_line_records_and_lists_referees(tmp_path, capsys):
    packet, path = _packet(tmp_path, TODAY + dt.timedelta(10))
    save_packet(packet, path)
    assert main(["referees", str(path), "--ask", "Maria Rossi", "--email", "m@uni.example",
                 "--on", "2026-11-20"]) == 0
    assert main(["referees", str(path), "--confirmed", "Maria Rossi", "--on",
                 "2026-11-28"]) == 0
    capsys.readouterr()
    assert main(["referees", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"referees": [{
        "name": "Maria Rossi", "email": "m@uni.example", "institution": "",
        "asked_on": "2026-11-20", "confirmed_on": "2026-11-28"}]}
    assert main(["referees", str(tmp_path / "season"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["referees"][0]["confirmed"] == 1
    assert main(["referees", str(path), "--confirmed", "Nobody"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "application.packet" in err
    assert main(["referees", str(tmp_path / "season"), "--ask", "X"]) == 2


def test_the_whole_list_is_checked_before_it_replaces_the_old_one(tmp_path):
    from packetizer.core.model import Referee

    packet, _path = _packet(tmp_path, TODAY)
    refs.ask(packet, "Li Wei", TODAY)
    for bad, problem in (([Referee("Ana"), Referee(" ana ")], "listed twice"),
                         ([Referee("")], "needs a name"),
                         ([Referee("Ana", asked_on="20261120")], "not a date")):
        with pytest.raises(InputError, match=problem):
            refs.set_referees(packet, bad)
        assert [r.name for r in packet.tracking.referees] == ["Li Wei"]  # unchanged
    refs.set_referees(packet, [Referee("  Ana   Lima ", confirmed_on="2026-11-30")])
    assert [(r.name, r.confirmed_on) for r in packet.tracking.referees] == [
        ("Ana Lima", "2026-11-30")]
