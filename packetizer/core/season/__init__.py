"""A job-market season in one folder: the applications (packets anywhere below it), where each
stands, and its deadlines as a calendar and a spreadsheet (issue 20, its first part).

The packets stay the source of truth: what the applicant records (submitted, an outcome) is
saved in the packet file. The index — SQLite from the standard library, in the workspace's
hidden `.packetizer/` folder — only makes listing a season fast: a row per packet, kept while
the packet file's size and modification time stay the same. It is a cache, rebuilt when it is
missing, from another schema version or damaged; WAL and a busy timeout let two processes use
it at once, and a busy index is waited for, never taken for a damaged one.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import os
import sqlite3
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from packetizer.core.errors import InputError
from packetizer.core.model import OUTCOMES, Packet

log = logging.getLogger(__name__)

INDEX_DIR = ".packetizer"
INDEX_NAME = "index.sqlite"
SCHEMA_VERSION = 3  # 2: rows gained referees and letters_confirmed; 3: documents, out_of_date
MAX_PACKETS = 10_000
BUSY_WAIT = 10.0  # seconds a process waits for another one's use of the index


@dataclass
class AppRow:
    """One application of a season, as `packetizer apps --json` prints it."""

    packet: str  # the packet file, relative to the workspace
    title: str
    organization: str
    applicant: str
    deadline: str | None  # YYYY-MM-DD
    days_left: int | None
    required: int  # required items (not those referees send)
    ready: int  # of them, those with their documents attached and present
    errors: int  # required items missing, and attached files that are gone
    submitted_on: str | None
    outcome: str | None
    exported_on: str | None
    out_of_date: bool  # the last export was made with other documents than it has now
    referees: int = 0  # referees recorded as asked for a letter (`packetizer referees`)
    letters_confirmed: int = 0  # of them, those who confirmed sending it


def quick_status(packet: Packet, base: Path) -> tuple[int, int, int]:
    """(required, ready, errors) from the packet and the files' presence alone, not their
    contents: what a season's overview can afford for a hundred packets. `packetizer check`
    gives the full verdict."""
    required = ready = errors = 0
    for req in packet.posting.requirements:
        docs = packet.documents_for(req.id)
        present = [d for d in docs if _present(d.path, d.size)]
        errors += len(docs) - len(present)
        if not req.required or req.submitted_separately:
            continue
        required += 1
        if present:
            ready += 1
        elif not docs:
            errors += 1
    return required, ready, errors


def _present(path: str, size: int) -> bool:
    try:
        stat = Path(path).stat()
    except OSError:
        return False
    return not size or stat.st_size == size


def _row(packet: Packet, path: Path, workspace: Path, today: dt.date) -> AppRow:
    required, ready, errors = quick_status(packet, path.parent)
    deadline = packet.posting.deadline
    days = None
    if deadline:
        try:
            days = (dt.date.fromisoformat(deadline) - today).days
        except ValueError:
            deadline = None
    tracking = packet.tracking
    return AppRow(
        packet=str(path.relative_to(workspace)) if path.is_relative_to(workspace) else str(path),
        title=packet.posting.title, organization=packet.posting.organization,
        applicant=packet.applicant.name, deadline=deadline, days_left=days, required=required,
        ready=ready, errors=errors, submitted_on=tracking.submitted_on or None,
        outcome=tracking.outcome or None, exported_on=tracking.exported_on or None,
        out_of_date=packet.export_out_of_date, referees=len(tracking.referees),
        letters_confirmed=sum(bool(r.confirmed_on) for r in tracking.referees))


def find_packets(workspace: Path) -> list[Path]:
    """The packet files below `workspace`, hidden folders left out."""
    found = []
    for path in sorted(workspace.rglob("*.packet")):
        parts = path.relative_to(workspace).parts
        if any(part.startswith(".") for part in parts[:-1]) or not path.is_file():
            continue
        found.append(path)
        if len(found) >= MAX_PACKETS:
            break
    return found


def _busy(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite failed because another connection holds the index (SQLITE_BUSY or
    SQLITE_LOCKED, in their extended forms too), not because the index is damaged."""
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY,
                                                          sqlite3.SQLITE_LOCKED)


class SeasonIndex:
    """The workspace's index of its packets (a cache: see the module's docstring)."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = workspace / INDEX_DIR / INDEX_NAME
        self.db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        """The index, made or rebuilt as needed; None where there can be none (a read-only
        workspace, an index another process keeps busy for longer than BUSY_WAIT). Only a
        damaged index is deleted: a busy one is another process at work on it, and deleting
        it under that process used to leave it reading a table that was gone."""
        until = time.monotonic() + BUSY_WAIT
        rebuilt = False
        while True:
            db = None
            try:
                self.path.parent.mkdir(exist_ok=True)
                db = sqlite3.connect(self.path, timeout=BUSY_WAIT)
                db.execute("PRAGMA journal_mode=WAL")  # can be busy at once, without waiting
                self._make_schema(db)
                db.execute("SELECT count(*) FROM apps").fetchone()
                return db
            except sqlite3.DatabaseError as exc:
                if db is not None:
                    db.close()
                if _busy(exc):
                    if time.monotonic() > until:
                        log.info("the season index %s stays busy; listing without it", self.path)
                        return None
                    time.sleep(0.02)
                    continue
                if rebuilt:
                    return None
                log.info("the season index %s is damaged (%s); rebuilding it", self.path, exc)
                for suffix in ("", "-wal", "-shm"):  # it is only a cache
                    Path(str(self.path) + suffix).unlink(missing_ok=True)
                rebuilt = True
            except OSError as exc:  # a read-only workspace: list without an index
                log.info("no season index in %s: %s", self.workspace, exc)
                return None

    @staticmethod
    def _make_schema(db: sqlite3.Connection) -> None:
        """Create the table unless it is there at this version. The check and the creation are
        one write transaction: a second process opening the index at the same moment waits,
        then finds the table made, instead of dropping it while the first one reads it."""
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS apps")
                db.execute("CREATE TABLE apps (path TEXT PRIMARY KEY, size INTEGER, mtime REAL, "
                           "row TEXT NOT NULL)")
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def cached(self, key: str, size: int, mtime: float) -> dict | None:
        if self.db is None:
            return None
        try:
            got = self.db.execute("SELECT size, mtime, row FROM apps WHERE path = ?",
                                  (key,)).fetchone()
        except sqlite3.DatabaseError as exc:  # a cache that fails is a cache missed
            log.info("could not read the season index: %s", exc)
            return None
        if got and got[0] == size and got[1] == mtime:
            return json.loads(got[2])
        return None

    def store(self, rows: list[tuple[str, int, float, dict]], keep: set[str]) -> None:
        if self.db is None:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO apps VALUES (?, ?, ?, ?)",
                                    [(k, s, m, json.dumps(r)) for k, s, m, r in rows])
                gone = [(k,) for (k,) in self.db.execute("SELECT path FROM apps")
                        if k not in keep]
                self.db.executemany("DELETE FROM apps WHERE path = ?", gone)
        except sqlite3.DatabaseError as exc:
            log.info("could not update the season index: %s", exc)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def scan(workspace: str | Path, today: dt.date | None = None,
         linked: list[str] | tuple = ()) -> list[dict]:
    """Each application of the workspace as the index keeps it: its row's fields (with
    "packet", relative to the workspace) and its documents ("docs", for the library).
    `linked`: packets elsewhere that the app added to this workspace. A packet that cannot be
    read is left out and logged."""
    from packetizer.core.packet.store import load_packet

    workspace = Path(workspace).resolve()
    if not workspace.is_dir():
        raise InputError("is not a folder of applications.", path=workspace,
                         fix="Give the folder that holds your .packet files.")
    today = today or dt.date.today()
    index = SeasonIndex(workspace)
    found, fresh, keep = [], [], set()
    paths = find_packets(workspace)
    paths += [p for p in (Path(x).resolve() for x in linked)
              if p.is_file() and not p.is_relative_to(workspace) and p not in paths]
    try:
        for path in paths:
            key = str(path.relative_to(workspace)) if path.is_relative_to(workspace) \
                else str(path)
            keep.add(key)
            stat = path.stat()
            data = index.cached(key, stat.st_size, stat.st_mtime)
            if data is not None and _files_now(data.get("files", [])) != data.get("files"):
                data = None  # a document was moved, deleted or changed since
            if data is None:
                try:
                    packet = load_packet(path)
                except InputError as exc:
                    log.info("left out of the season: %s", exc)
                    continue
                data = asdict(_row(packet, path, workspace, today))
                data["files"] = _files_now([[d.path, d.size, True] for d in packet.documents])
                data["docs"] = [_doc_data(packet, d) for d in packet.documents]
                fresh.append((key, stat.st_size, stat.st_mtime, data))
            found.append(data)
        index.store(fresh, keep)
    finally:
        index.close()
    return found


def _doc_data(packet: Packet, doc) -> dict:
    req = packet.posting.requirement(doc.requirement_id)
    return {"path": doc.path, "sha256": doc.sha256, "size": doc.size,
            "page_count": doc.page_count, "kind": req.kind if req else "other",
            "replaced": [asdict(past) for past in doc.replaced]}


def season(workspace: str | Path, today: dt.date | None = None,
           linked: list[str] | tuple = ()) -> list[AppRow]:
    """The workspace's applications, soonest deadline first (those without one last)."""
    today = today or dt.date.today()
    return rows_of(scan(workspace, today, linked), today)


def rows_of(scanned: list[dict], today: dt.date | None = None) -> list[AppRow]:
    """The applications of a `scan`, soonest deadline first (those without one last)."""
    today = today or dt.date.today()
    names = {f.name for f in fields(AppRow)}
    rows = [_with_days(AppRow(**{k: v for k, v in data.items() if k in names}), today)
            for data in scanned]
    return sorted(rows, key=lambda r: (r.deadline is None, r.deadline or "", r.packet))


def resolve_packet(workspace: Path, key: str) -> Path:
    """A row's packet (relative to the workspace, or absolute when linked) as a path."""
    return (Path(workspace) / key).resolve()


def workspace_for(given: str | None) -> Path:
    """The workspace a command means: the one given; else the current folder when it holds
    packets; else the one the app uses (the settings' or the default in the documents
    folder)."""
    if given:
        return Path(given)
    here = Path.cwd()
    if any(_packets_near(here)):
        return here
    from packetizer.core.appdata.paths import default_workspace
    from packetizer.core.appdata.settings import load_settings

    chosen = load_settings().workspace
    return Path(chosen) if chosen else default_workspace()


def _packets_near(folder: Path, depth: int = 3):
    """Packet files at most `depth` folders down (a home folder is not walked whole)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.name.endswith(".packet") and entry.is_file():
            yield Path(entry.path)
        elif depth and entry.is_dir(follow_symlinks=False):
            yield from _packets_near(Path(entry.path), depth - 1)


def linked_packets(workspace: str | Path) -> list[str]:
    """The packets elsewhere the app added to this workspace (kept in the settings)."""
    from packetizer.core.appdata.settings import load_settings

    return list(load_settings().linked_packets.get(str(Path(workspace).resolve()), []))


def _files_now(files: list) -> list:
    """[path, size, present] of each document, as the files are now."""
    return [[path, size, _present(path, size)] for path, size, _ in files]


def _with_days(row: AppRow, today: dt.date) -> AppRow:
    """The days left counted from today (the index keeps rows, not today's date)."""
    row.days_left = (dt.date.fromisoformat(row.deadline) - today).days if row.deadline \
        else None
    return row


def due_soon(row: AppRow, days: int = 7) -> bool:
    """Not submitted, and the deadline today or within `days`."""
    return row.days_left is not None and 0 <= row.days_left <= days and not row.submitted_on


def overdue(row: AppRow) -> bool:
    """Not submitted, and the deadline passed."""
    return row.days_left is not None and row.days_left < 0 and not row.submitted_on


def mark(packet: Packet, outcome: str, on: dt.date) -> None:
    """Record what happened to the application: submitted, an interview, an offer, …"""
    if outcome not in OUTCOMES:
        raise InputError(f"“{outcome}” is not an outcome; use one of {', '.join(OUTCOMES)}.")
    day = on.isoformat()
    if outcome == "submitted":
        packet.tracking.submitted_on = day
    packet.tracking.outcome, packet.tracking.outcome_on = outcome, day


# --- a calendar and a spreadsheet --------------------------------------------------------------


def _fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, continued with a CRLF and a space."""
    data = line.encode("utf-8")
    parts = []
    while len(data) > 75:
        cut = 75 if not parts else 74
        while cut and (data[cut] & 0xC0) == 0x80:  # not inside a UTF-8 character
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
    parts.append(data)
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def _text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics(rows: list[AppRow], stamp: dt.datetime | None = None) -> str:
    """The deadlines as an iCalendar file: one all-day event a deadline, its UID stable (made
    from the packet's place and the date), CRLF line endings, long lines folded."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Packetizer//Season//EN",
             "CALSCALE:GREGORIAN"]
    for row in rows:
        if not row.deadline:
            continue
        day = dt.date.fromisoformat(row.deadline)
        uid = hashlib.sha1(f"{row.packet}|{row.deadline}".encode()).hexdigest()
        what = " — ".join(x for x in (row.title or Path(row.packet).stem, row.organization) if x)
        status = f"{row.ready} of {row.required} required items ready"
        if row.submitted_on:
            status += f"; submitted {row.submitted_on}"
        lines += ["BEGIN:VEVENT", f"UID:{uid}@packetizer", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
                  _fold(f"SUMMARY:{_text('Deadline: ' + what)}"),
                  _fold(f"DESCRIPTION:{_text(status + ' (' + row.packet + ')')}"),
                  "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


CSV_COLUMNS = ["packet", "title", "organization", "applicant", "deadline", "days_left",
               "required", "ready", "errors", "submitted_on", "outcome", "exported_on"]


def csv_text(rows: list[AppRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        data = asdict(row)
        writer.writerow(["" if data[c] is None else data[c] for c in CSV_COLUMNS])
    return out.getvalue()
