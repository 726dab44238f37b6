"""Referees (issue 20): who was asked for a letter for an application, when, and whether they
confirmed sending it — recorded in the packet (`tracking.referees`), so the packet stays the
record. A season's list of referees is gathered from its packets; a letter not confirmed as
the deadline nears is a finding."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from packetizer.core.check.findings import WARNING, Finding
from packetizer.core.errors import InputError
from packetizer.core.model import FixAction, Packet, Referee

log = logging.getLogger(__name__)

NEAR = 7  # days before the deadline from which an unconfirmed letter is reported


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def find_referee(packet: Packet, name: str) -> Referee | None:
    """The referee of this application by name (case and spacing ignored), or by e-mail."""
    key = _key(name)
    return next((r for r in packet.tracking.referees
                 if _key(r.name) == key or (r.email and r.email.casefold() == key)), None)


def ask(packet: Packet, name: str, on: dt.date, email: str = "", institution: str = "") -> Referee:
    """Record that `name` was asked for a letter on `on` (again: the new day and details)."""
    if not name.strip():
        raise InputError("a referee needs a name.", fix="Give the referee's name.")
    referee = find_referee(packet, name)
    if referee is None:
        referee = Referee(name=" ".join(name.split()))
        packet.tracking.referees.append(referee)
    referee.asked_on = on.isoformat()
    referee.email = email or referee.email
    referee.institution = institution or referee.institution
    return referee


def confirm(packet: Packet, name: str, on: dt.date) -> Referee:
    """Record that `name` confirmed sending the letter on `on`."""
    referee = find_referee(packet, name)
    if referee is None:
        raise InputError(f"“{name}” is not a referee of this application.",
                         fix="Record them first: `packetizer referees PACKET --ask NAME`.")
    referee.confirmed_on = on.isoformat()
    return referee


def remove(packet: Packet, name: str) -> None:
    referee = find_referee(packet, name)
    if referee is None:
        raise InputError(f"“{name}” is not a referee of this application.")
    packet.tracking.referees.remove(referee)


def set_referees(packet: Packet, referees: list[Referee]) -> None:
    """The application's referees as a whole (the app's Referees dialog): each with a name,
    dates written YYYY-MM-DD, one entry per person."""
    seen = set()
    for referee in referees:
        referee.name = " ".join(referee.name.split())
        if not referee.name:
            raise InputError("a referee needs a name.", fix="Give each referee's name.")
        if _key(referee.name) in seen:
            raise InputError(f"{referee.name} is listed twice.", fix="Keep one of them.")
        seen.add(_key(referee.name))
        for value in (referee.asked_on, referee.confirmed_on):
            if value and not _is_date(value):
                raise InputError(f"“{value}” ({referee.name}) is not a date.",
                                 fix="Write dates as YYYY-MM-DD, or leave them empty.")
    packet.tracking.referees = list(referees)


def _is_date(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(
            dt.date.fromisoformat(value))
    except ValueError:
        return False


def referee_findings(packet: Packet, today: dt.date) -> list[Finding]:
    """A letter not confirmed within a week of the deadline (or after it), when the applicant
    records referees: without any recorded, nothing is said (they may not track them here)."""
    referees = packet.tracking.referees
    if not referees or packet.tracking.outcome in ("rejected", "withdrawn"):
        return []
    deadline = packet.posting.deadline
    try:
        day = dt.date.fromisoformat(deadline) if deadline else None
    except ValueError:
        day = None
    waiting = [r for r in referees if not r.confirmed_on]
    if day is None or not waiting or (day - today).days > NEAR:
        return []
    left = (day - today).days
    when = ("passed" if left < 0 else "today" if left == 0 else
            f"in {left} day{'s' if left != 1 else ''}")
    names = ", ".join(f"{r.name} (asked {r.asked_on})" if r.asked_on else r.name
                      for r in waiting)
    req = next((r for r in packet.posting.requirements
                if r.submitted_separately and r.kind in ("letters", "references")), None)
    return [Finding(
        "letter-unconfirmed", WARNING,
        f"{len(waiting)} of {len(referees)} referees have not confirmed sending their letter; "
        f"the deadline is {when} ({day:%d %B %Y}).",
        evidence=f"Not confirmed: {names}.",
        fix="Remind them, and record each confirmation (Packet → Track Referees…, or "
            "`packetizer referees PACKET --confirmed NAME`).",
        requirement_id=req.id if req else "", action=FixAction.EDIT_REFEREES)]


@dataclass
class SeasonReferee:
    """One referee across a season's applications."""

    name: str
    email: str
    institution: str
    asked: int  # applications they were asked for
    confirmed: int  # of those, letters they confirmed sending
    applications: list[str]  # the packet files, relative to the workspace


def season_referees(workspace: str | Path) -> list[SeasonReferee]:
    """The referees recorded in the workspace's packets, one each (by name), by name."""
    from packetizer.core.packet.store import load_packet
    from packetizer.core.season import find_packets

    workspace = Path(workspace).resolve()
    if not workspace.is_dir():
        raise InputError("is not a folder of applications.", path=workspace,
                         fix="Give the folder that holds your .packet files.")
    found: dict[str, SeasonReferee] = {}
    for path in find_packets(workspace):
        try:
            packet = load_packet(path)
        except InputError as exc:
            log.info("left out of the referees: %s", exc)
            continue
        for referee in packet.tracking.referees:
            entry = found.setdefault(_key(referee.name), SeasonReferee(
                referee.name, referee.email, referee.institution, 0, 0, []))
            entry.email = entry.email or referee.email
            entry.institution = entry.institution or referee.institution
            entry.asked += 1
            entry.confirmed += bool(referee.confirmed_on)
            entry.applications.append(str(path.relative_to(workspace)))
    return sorted(found.values(), key=lambda r: _key(r.name))
