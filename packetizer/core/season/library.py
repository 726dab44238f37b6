"""The season's library (issue 20): each document once — the CV attached in thirty packets is one
entry — with its versions (hash, date, pages) and the applications using each, and the update
of a document to a new version across the applications that take it.

Nothing is stored besides the packets: a document's earlier versions are recorded in the
packet (`Document.replaced`) when it is updated, so the library is gathered from the packets
(through the season's index, so that listing it stays fast). Files that share a path or a hash
are versions of one document, and so is a file a document replaced.

Updating writes many packets: each is written atomically (and re-read just before, under a
lock on the workspace, so two updates at once both land), so a kill at any moment leaves every
packet readable, holding either its old or its new version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from packetizer.core.appdata.atomicfile import commit_temp, temp_path_beside
from packetizer.core.errors import InputError
from packetizer.core.model import Document, Packet, PastVersion
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)

LOCK_NAME = "update.lock"
LOCK_WAIT = 60.0  # seconds an update waits for another one on the same workspace


@dataclass
class Version:
    sha256: str
    path: str  # where the file is (or was)
    size: int
    pages: int
    date: str  # YYYY-MM-DD: the file's last change, or the day it was replaced; "" unknown
    present: bool  # is the file still there, unchanged?
    paths: list[str] = field(default_factory=list)  # every place it is (copies alike)
    applications: list[str] = field(default_factory=list)  # packets using this version now


@dataclass
class LibraryDocument:
    id: str  # the newest version's hash, shortened: what `library update` output names
    name: str  # the newest version's file name
    kind: str  # the kind of item it is attached to most often
    versions: list[Version]  # newest first
    applications: list[str]  # packets using any version of it

    def version_of(self, sha256: str, path: str) -> Version | None:
        place = os.path.normcase(path)
        return next((v for v in self.versions if (sha256 and v.sha256 == sha256)
                     or any(os.path.normcase(p) == place for p in v.paths)), None)


class _Groups:
    """Union-find over ("sha", …) and ("path", …) keys."""

    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, key: tuple) -> tuple:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: tuple, b: tuple) -> None:
        self.parent[self.find(a)] = self.find(b)


def _keys(sha256: str, path: str) -> list[tuple]:
    return [("path", os.path.normcase(path))] + ([("sha", sha256)] if sha256 else [])


def _file_day(path: str, size: int) -> tuple[str, bool]:
    try:
        stat = Path(path).stat()
    except OSError:
        return "", False
    day = dt.date.fromtimestamp(stat.st_mtime).isoformat()
    return day, not size or stat.st_size == size


def gather(scanned: list[dict]) -> list[LibraryDocument]:
    """The library from a `scan`: each packet's documents as the season's index keeps them
    ("docs": [{"path", "sha256", "size", "page_count", "kind", "replaced": […]}])."""
    entries = [(data["packet"], data.get("docs", [])) for data in scanned]
    groups = _Groups()
    for _packet, docs in entries:
        for doc in docs:
            keys = _keys(doc["sha256"], doc["path"])
            for past in doc.get("replaced", []):
                keys += _keys(past["sha256"], past["path"])
            for key in keys[1:]:
                groups.join(keys[0], key)
    found: dict[tuple, dict] = {}
    for packet, docs in entries:
        for doc in docs:
            root = groups.find(_keys(doc["sha256"], doc["path"])[0])
            entry = found.setdefault(root, {"versions": {}, "kinds": Counter(),
                                            "replaced": set(), "apps": []})
            entry["kinds"][doc["kind"]] += 1
            if packet not in entry["apps"]:
                entry["apps"].append(packet)
            current = _version(entry, doc["sha256"], doc["path"], doc["size"],
                               doc["page_count"], "")
            if packet not in current.applications:
                current.applications.append(packet)
            for past in doc.get("replaced", []):
                _version(entry, past["sha256"], past["path"], past["size"], past["page_count"],
                         past.get("replaced_on", ""))
                entry["replaced"].add(past["sha256"] or past["path"])
    library = []
    for entry in found.values():
        versions = sorted(entry["versions"].values(), key=lambda v: (
            (v.sha256 or v.path) in entry["replaced"] and not v.applications,
            (v.sha256 or v.path) in entry["replaced"], _neg(v.date)))
        newest = versions[0]
        library.append(LibraryDocument(
            id=(newest.sha256 or "")[:12], name=Path(newest.path).name,
            kind=entry["kinds"].most_common(1)[0][0], versions=versions,
            applications=entry["apps"]))
    return sorted(library, key=lambda d: (d.kind, d.name.lower()))


def _neg(day: str) -> str:
    """Sorts later days first."""
    return "".join(chr(0x7F - ord(c)) for c in day) if day else "\x7f"


def _version(entry: dict, sha256: str, path: str, size: int, pages: int,
             replaced_on: str) -> Version:
    key = sha256 or os.path.normcase(path)
    version = entry["versions"].get(key)
    if version is None:
        day, present = _file_day(path, size)
        version = Version(sha256=sha256, path=path, size=size, pages=pages,
                          date=day if present else replaced_on, present=present)
        entry["versions"][key] = version
    if path not in version.paths:
        version.paths.append(path)
    return version


def library(workspace: str | Path, linked: list[str] | tuple = ()) -> list[LibraryDocument]:
    """The workspace's documents, each once, with its versions and applications."""
    from packetizer.core.season import scan

    return gather(scan(workspace, linked=linked))


def season_and_library(workspace: str | Path, linked: list[str] | tuple = ()) -> tuple:
    """The applications and the library, from one reading of the workspace (the app's
    season window shows both)."""
    from packetizer.core.season import rows_of, scan

    scanned = scan(workspace, linked=linked)
    return rows_of(scanned), gather(scanned)


def find_in_library(documents: list[LibraryDocument], file: str | Path) -> LibraryDocument:
    """The library document `file` is a version of (by its place, or by its content)."""
    from packetizer.core.files.inspect import file_sha256

    path = str(Path(file).absolute())
    for doc in documents:
        if doc.version_of("", path):
            return doc
    sha = file_sha256(path) if Path(path).is_file() else ""
    for doc in documents:
        if sha and doc.version_of(sha, "\0"):
            return doc
    raise InputError("is not a document of any application in this workspace.", path=file,
                     fix="`packetizer library` lists the workspace's documents and their files.")


# --- updating a document across applications ---------------------------------------------------


def take_version(packet: Packet, document: LibraryDocument, new: Document,
                 today: dt.date) -> list[Document]:
    """The packet's documents that are a version of `document` take the file `new` (made by
    `make_document`); each keeps its item, title and place, and remembers the file it had.
    Their page selections and turns start afresh, as the new file's pages may differ. The
    documents changed (those already on `new` are left alone)."""
    from packetizer.core.packet.documents import replace_file

    changed = []
    for doc in packet.documents:
        if doc.sha256 == new.sha256 or not document.version_of(doc.sha256, doc.path):
            continue
        doc.replaced.append(PastVersion(sha256=doc.sha256, path=doc.path, size=doc.size,
                                        page_count=doc.page_count,
                                        replaced_on=today.isoformat()))
        replace_file(packet, doc.id, new)
        changed.append(doc)
    return changed


@dataclass
class Updated:
    """One application after an update: what changed in it and how its check stands now."""

    packet: str
    documents: int  # its documents now on the new version
    pages_cleared: bool  # one of them had a page selection or turns, now cleared
    exported_before: bool  # its last export is now out of date
    errors: int = 0  # from its check after the update
    warnings: int = 0
    ready: int = 0  # required items ready, of
    required: int = 0
    problems: list[str] = field(default_factory=list)  # the errors' messages


def update_document(workspace: str | Path, new_file: str | Path,
                    replaces: str | Path | LibraryDocument,
                    only: list[str] | None = None, *, linked: list[str] | tuple = (),
                    today: dt.date | None = None, check: bool = True,
                    progress: ProgressCallback = no_progress,
                    cancel: CancelToken | None = None,
                    skip: set[str] = frozenset()) -> list[Updated]:
    """Update the document `replaces` is a version of (or `replaces` itself, a library
    document the caller has just found) to the file `new_file` in every
    application using it, or in those of `only` (packet files). Each packet is re-read, changed
    and written atomically in turn, under the workspace's lock, then checked again. `skip`:
    packets the caller updates itself (the app's open packet). Raises InputError for a file that
    is not in the library, a bad new file or a packet that does not use the document."""
    from packetizer.core.packet.documents import make_document
    from packetizer.core.packet.store import load_packet, save_packet
    from packetizer.core.season import resolve_packet

    workspace = Path(workspace).resolve()
    today = today or dt.date.today()
    document = replaces if isinstance(replaces, LibraryDocument) else \
        find_in_library(library(workspace, linked), replaces)
    new = make_document(new_file, "", cancel=cancel)
    targets = [resolve_packet(workspace, p) for p in document.applications]
    if only:
        wanted = [Path(p).resolve() for p in only]
        for path in wanted:
            if not path.is_file():
                raise InputError("is not a packet file.", path=path,
                                 fix="`packetizer apps` lists the workspace's applications.")
            if path not in targets:
                raise InputError(f"does not use {document.name}.", path=path,
                                 fix="Leave it out of --in; `packetizer library` lists which "
                                     "applications use each document.")
        targets = wanted
    targets = [t for t in targets if str(t) not in skip]
    done: list[Updated] = []
    with workspace_lock(workspace):
        for i, path in enumerate(targets):
            if cancel:
                cancel.raise_if_cancelled()
            progress(i, len(targets), f"Updating {path.parent.name or path.name}…")
            packet = load_packet(path)
            exported_before = bool(packet.tracking.exported_on)
            arranged = {d.id for d in packet.documents if d.pages or d.turned}
            changed = take_version(packet, document, new, today)
            if not changed:
                continue
            pages = any(d.id in arranged for d in changed)
            save_packet(packet, path)
            done.append(Updated(packet=_shown(workspace, path), documents=len(changed),
                                pages_cleared=pages, exported_before=exported_before))
            if check:
                _recheck(packet, done[-1], cancel)
    progress(len(targets), len(targets), "")
    return done


def _shown(workspace: Path, path: Path) -> str:
    return str(path.relative_to(workspace)) if path.is_relative_to(workspace) else str(path)


def _recheck(packet: Packet, result: Updated, cancel: CancelToken | None) -> None:
    from packetizer.core.check import check_packet

    report = check_packet(packet, cancel=cancel)
    result.errors, result.warnings = len(report.errors), len(report.warnings)
    result.ready, result.required, _ = report.readiness(packet)
    result.problems = [f.message for f in report.errors]


@contextlib.contextmanager
def workspace_lock(workspace: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """One update of the workspace's packets at a time, across processes: an advisory lock
    on `.packetizer/update.lock`, released by the system if the process dies. A workspace
    where the lock cannot be made (read-only) is updated without it."""
    from packetizer.core.season import INDEX_DIR

    try:
        (workspace / INDEX_DIR).mkdir(exist_ok=True)
        handle = open(workspace / INDEX_DIR / LOCK_NAME, "a+b")  # noqa: SIM115
    except OSError as exc:
        log.info("no update lock in %s: %s", workspace, exc)
        yield
        return
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise InputError("another Packetizer is updating this workspace.",
                                 path=workspace, fix="Try again when it has finished.")
            time.sleep(0.05)
        yield
    finally:
        _unlock(handle)
        handle.close()


def _try_lock(handle) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# --- a copy of another application's document --------------------------------------------------


def copy_beside(source: str | Path, folder: str | Path) -> Path:
    """A copy of `source` in `folder` under its own name (" 2", " 3"… when that is taken), for
    a document to be edited for one application alone (a cover letter from another
    application's). Written atomically; `source` is only read."""
    source, folder = Path(source), Path(folder)
    if not source.is_file():
        raise InputError("cannot be copied: it is not there.", path=source,
                         fix="Choose the file again.")
    target, n = folder / source.name, 1
    while target.exists():
        n += 1
        target = folder / f"{source.stem} {n}{source.suffix}"
    tmp = temp_path_beside(target)
    try:
        with open(source, "rb") as src, open(tmp, "wb") as out:
            shutil.copyfileobj(src, out)
        commit_temp(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot copy it into {folder} ({exc.strerror or exc}).",
                         path=source) from exc
    return target
