"""The `.packet` file: UTF-8 JSON with a `format_version`, saved atomically with a `.bak`.

Loading checks every field and upgrades older versions; anything wrong raises `FormatError`
naming the file and the field, never a bare traceback. The JSON Schema that documents the format
is `resources/schema/packet.schema.json`.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from packetizer import __version__
from packetizer.core.appdata.atomicfile import atomic_write
from packetizer.core.errors import FormatError, InputError
from packetizer.core.model import (
    KINDS,
    OUTCOMES,
    Applicant,
    Comment,
    Document,
    ExportOptions,
    Packet,
    PastVersion,
    Posting,
    Referee,
    Requirement,
    SourceSpan,
    Tracking,
    packet_data,
)

FORMAT_VERSION = 1
PACKET_SUFFIX = ".packet"
MAX_PACKET_BYTES = 50_000_000


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# --- writing -----------------------------------------------------------------------------------


def _store_path(path: str, base: Path) -> str:
    """Relative to the packet's folder when the file is inside or near it, else absolute."""
    try:
        rel = os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return path
    return Path(rel).as_posix()


def packet_to_dict(packet: Packet, base: Path | None = None) -> dict[str, Any]:
    """Plain JSON-ready data; document paths made relative to `base` when given."""
    data = {"format_version": FORMAT_VERSION, "generator": f"Packetizer {__version__}",
            **packet_data(packet)}
    if base is not None:
        for doc in data["documents"]:
            doc["path"] = _store_path(doc["path"], base)
            for past in doc["replaced"]:
                past["path"] = _store_path(past["path"], base)
    return data


def save_packet(packet: Packet, path: str | Path) -> None:
    """Write the packet atomically, keeping the previous version as `NAME.packet.bak`."""
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError("the folder does not exist.", path=path.parent)
    if not packet.created:
        packet.created = now_iso()
    packet.modified = now_iso()
    text = json.dumps(packet_to_dict(packet, path.resolve().parent), indent=2, ensure_ascii=False)
    try:
        with atomic_write(path, "w", backup=True) as handle:
            handle.write(text + "\n")
    except OSError as exc:
        raise InputError(f"cannot save the packet ({exc.strerror or exc}).", path=path) from exc


# --- reading -----------------------------------------------------------------------------------

_MISSING = object()
_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
               list: "a list", dict: "an object", type(None): "null"}


def _describe(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class _Reader:
    """Type-checked access to untrusted JSON with error messages that say where."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> FormatError:
        return FormatError(
            f"this packet file is damaged: {where} {problem}",
            path=self.path,
            fix="Restore it from the .bak file beside it, or recreate the packet.",
        )

    def get(self, obj: dict, key: str, kind: type | tuple, where: str, default: Any = _MISSING):
        if key not in obj:
            if default is _MISSING:
                raise self.fail(f"{where}.{key}", "is missing.")
            return default
        value = obj[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        ok = any(
            (isinstance(value, k) and not (k is int and isinstance(value, bool)))
            for k in kinds
        )
        if not ok:
            wanted = " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)
            raise self.fail(f"{where}.{key}", f"should be {wanted}, not {_describe(value)}.")
        return value

    def obj(self, obj: dict, key: str, where: str, default: Any = _MISSING) -> dict:
        return self.get(obj, key, dict, where, default)

    def text(self, obj: dict, key: str, where: str, default: Any = "") -> str:
        return self.get(obj, key, str, where, default)

    def text_list(self, obj: dict, key: str, where: str) -> list[str]:
        value = self.get(obj, key, list, where, [])
        if not all(isinstance(item, str) for item in value):
            raise self.fail(f"{where}.{key}", "should be a list of text.")
        return list(value)

    def opt_int(self, obj: dict, key: str, where: str) -> int | None:
        value = self.get(obj, key, (int, type(None)), where, None)
        if value is not None and value < 0:
            raise self.fail(f"{where}.{key}", "should not be negative.")
        return value

    def flag(self, obj: dict, key: str, where: str, default: bool) -> bool:
        return self.get(obj, key, bool, where, default)


def _read_requirement(r: _Reader, raw: Any, where: str) -> Requirement:
    if not isinstance(raw, dict):
        raise r.fail(where, f"should be an object, not {_describe(raw)}.")
    kind = r.text(raw, "kind", where, "other")
    if kind not in KINDS:
        kind = "other"
    return Requirement(
        id=r.get(raw, "id", str, where),
        kind=kind,
        label=r.text(raw, "label", where),
        required=r.flag(raw, "required", where, True),
        min_count=r.opt_int(raw, "min_count", where),
        max_count=r.opt_int(raw, "max_count", where),
        max_pages=r.opt_int(raw, "max_pages", where),
        max_words=r.opt_int(raw, "max_words", where),
        formats=r.text_list(raw, "formats", where),
        notes=r.text(raw, "notes", where),
        source=_read_span(r, raw, "source", where),
        submitted_separately=r.flag(raw, "submitted_separately", where, False),
        user_edited=r.flag(raw, "user_edited", where, False),
        sentence=_read_span(r, raw, "sentence", where),
        condition=r.text(raw, "condition", where),
    )


def _read_span(r: _Reader, raw: dict, key: str, where: str) -> SourceSpan | None:
    span = r.get(raw, key, (dict, type(None)), where, None)
    if span is None:
        return None
    return SourceSpan(start=r.get(span, "start", int, f"{where}.{key}"),
                      end=r.get(span, "end", int, f"{where}.{key}"),
                      text=r.text(span, "text", f"{where}.{key}"))


def _read_document(r: _Reader, raw: Any, where: str, base: Path) -> Document:
    if not isinstance(raw, dict):
        raise r.fail(where, f"should be an object, not {_describe(raw)}.")
    stored = r.get(raw, "path", str, where)
    if not stored:
        raise r.fail(f"{where}.path", "is empty.")
    path = Path(_absolute(stored, base))
    rotation = r.get(raw, "rotation", int, where, 0)
    if rotation % 90:
        raise r.fail(f"{where}.rotation", "should be 0, 90, 180 or 270.")
    turned = r.get(raw, "page_rotations", dict, where, {})
    for page, degrees in turned.items():
        if not str(page).isdigit() or not isinstance(degrees, int) or degrees % 90:
            raise r.fail(f"{where}.page_rotations",
                         "should map page numbers to 90, 180 or 270.")
    replaced = []
    for i, past in enumerate(r.get(raw, "replaced", list, where, [])):
        at = f"{where}.replaced[{i}]"
        if not isinstance(past, dict) or not r.text(past, "path", at):
            raise r.fail(at, "should be an object with the file's path.")
        replaced.append(PastVersion(
            sha256=r.text(past, "sha256", at), path=_absolute(r.text(past, "path", at), base),
            size=r.opt_int(past, "size", at) or 0,
            page_count=r.opt_int(past, "page_count", at) or 0,
            replaced_on=_date(r, past, "replaced_on", at)))
    return Document(
        id=r.get(raw, "id", str, where),
        requirement_id=r.get(raw, "requirement_id", str, where),
        path=str(path),
        sha256=r.text(raw, "sha256", where),
        size=r.opt_int(raw, "size", where) or 0,
        page_count=r.opt_int(raw, "page_count", where) or 0,
        # a title that is only the file's name was made automatically (before automatic
        # titles followed the item): it follows the item now
        title="" if r.text(raw, "title", where) == path.stem else r.text(raw, "title", where),
        pages=r.text(raw, "pages", where),
        rotation=rotation % 360,
        page_rotations={str(int(page)): degrees % 360 for page, degrees in turned.items()
                        if degrees % 360},
        replaced=replaced,
    )


def _absolute(stored: str, base: Path) -> str:
    """A stored path as an absolute one (relative paths are to the packet's folder)."""
    path = Path(stored)
    return os.path.normpath(str(path if path.is_absolute() else base / path))


def _upgrade(r: _Reader, data: dict) -> dict:
    """Bring older formats up to FORMAT_VERSION (version 1 is the first; nothing to do yet)."""
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise r.fail("format_version", "is missing or not a version number.")
    if version > FORMAT_VERSION:
        raise FormatError(
            f"this packet was saved by a newer Packetizer (format {version}; this version "
            f"reads up to {FORMAT_VERSION}).",
            path=r.path,
            fix="Update Packetizer to open it.", code="newer-version",
        )
    return data


def packet_from_dict(data: Any, path: Path) -> Packet:
    """Build a Packet from loaded JSON, checking every field; `path` is the packet file."""
    r = _Reader(path)
    if not isinstance(data, dict):
        raise r.fail("the top level", f"should be an object, not {_describe(data)}.")
    data = _upgrade(r, data)
    base = path.resolve().parent

    app = r.obj(data, "applicant", "packet", {})
    posting_raw = r.obj(data, "posting", "packet")
    reqs_raw = r.get(posting_raw, "requirements", list, "posting", [])
    requirements = [
        _read_requirement(r, item, f"posting.requirements[{i}]") for i, item in enumerate(reqs_raw)
    ]
    ids = [req.id for req in requirements]
    if len(set(ids)) != len(ids):
        raise r.fail("posting.requirements", "has two requirements with the same id.")
    posting = Posting(
        max_file_mb=r.get(posting_raw, "max_file_mb", (int, float, type(None)), "posting", None),
        max_total_pages=r.get(posting_raw, "max_total_pages", (int, type(None)), "posting", None),
        qualifications=r.text_list(posting_raw, "qualifications", "posting"),
        dismissed=r.text_list(posting_raw, "dismissed", "posting"),
        text=r.text(posting_raw, "text", "posting"),
        title=r.text(posting_raw, "title", "posting"),
        organization=r.text(posting_raw, "organization", "posting"),
        job_id=r.text(posting_raw, "job_id", "posting"),
        deadline=r.get(posting_raw, "deadline", (str, type(None)), "posting", None),
        review_begins=r.get(posting_raw, "review_begins", (str, type(None)), "posting", None),
        url=r.text(posting_raw, "url", "posting"),
        single_pdf=r.flag(posting_raw, "single_pdf", "posting", False),
        requirements=requirements,
    )
    docs_raw = r.get(data, "documents", list, "packet", [])
    documents = [_read_document(r, item, f"documents[{i}]", base)
                 for i, item in enumerate(docs_raw)]
    for doc in documents:
        if doc.requirement_id not in ids:
            raise r.fail(
                f"document {doc.id}", f'belongs to requirement "{doc.requirement_id}", '
                "which the packet does not have."
            )
    opts_raw = r.obj(data, "export_options", "packet", {})
    defaults = ExportOptions()
    opts = {}
    for f in fields(ExportOptions):
        default = getattr(defaults, f.name)
        opts[f.name] = r.get(opts_raw, f.name, type(default), "export_options", default)
    comments = []
    for i, raw in enumerate(r.get(data, "comments", list, "packet", [])):
        where = f"comments[{i}]"
        if not isinstance(raw, dict):
            raise r.fail(where, "should be an object.")
        comments.append(Comment(
            id=r.text(raw, "id", where) or f"c{i + 1}", text=r.text(raw, "text", where),
            author=r.text(raw, "author", where), created=r.text(raw, "created", where),
            requirement_id=r.text(raw, "requirement_id", where),
            document_id=r.text(raw, "document_id", where)))
    return Packet(
        applicant=Applicant(name=r.text(app, "name", "applicant"),
                            email=r.text(app, "email", "applicant")),
        posting=posting,
        documents=documents,
        export_options=ExportOptions(**opts),
        comments=comments,
        notes=r.text(data, "notes", "packet"),
        created=r.text(data, "created", "packet"),
        modified=r.text(data, "modified", "packet"),
        tracking=_read_tracking(r, r.obj(data, "tracking", "packet", {})),
    )


def _read_tracking(r: _Reader, raw: dict) -> Tracking:
    outcome = r.text(raw, "outcome", "tracking")
    if outcome and outcome not in OUTCOMES:
        raise r.fail("tracking.outcome", f"should be one of {', '.join(OUTCOMES)}.")
    dates = {name: _date(r, raw, name, "tracking")
             for name in ("submitted_on", "outcome_on", "exported_on")}
    referees = []
    for i, item in enumerate(r.get(raw, "referees", list, "tracking", [])):
        where = f"tracking.referees[{i}]"
        if not isinstance(item, dict) or not r.text(item, "name", where).strip():
            raise r.fail(where, "should be an object with a name.")
        referees.append(Referee(
            name=r.text(item, "name", where).strip(), email=r.text(item, "email", where),
            institution=r.text(item, "institution", where),
            asked_on=_date(r, item, "asked_on", where),
            confirmed_on=_date(r, item, "confirmed_on", where)))
    exported = r.text_list(raw, "exported_files", "tracking")
    return Tracking(outcome=outcome, referees=referees, exported_files=exported, **dates)


def _date(r: _Reader, raw: dict, name: str, where: str) -> str:
    value = r.text(raw, name, where)
    if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise r.fail(f"{where}.{name}", "should be a date written YYYY-MM-DD.")
    return value


def load_packet(path: str | Path) -> Packet:
    """Read and check a packet file. Raises InputError / FormatError with a clear message."""
    path = Path(path)
    if path.is_dir():
        raise InputError("is a folder, not a packet file.", path=path)
    try:
        size = path.stat().st_size
        if size > MAX_PACKET_BYTES:
            raise FormatError("is too large to be a packet file.", path=path)
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such packet file.", path=path,
                         fix="Check the name, or create one with `packetizer new`.") from exc
    except PermissionError as exc:
        raise InputError("cannot read this file (permission denied).", path=path) from exc
    except OSError as exc:
        raise InputError(f"cannot read this file ({exc.strerror or exc}).", path=path) from exc
    if not raw.strip():
        raise FormatError("this packet file is empty.", path=path,
                          fix="Restore it from the .bak file beside it, or recreate the packet.")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FormatError("this is not a packet file (it is not text).", path=path) from exc
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"this packet file is damaged or cut short (line {exc.lineno}: {exc.msg}).",
            path=path,
            fix="Restore it from the .bak file beside it, or recreate the packet.",
        ) from exc
    except RecursionError as exc:
        raise FormatError("this packet file is nested too deeply to be a packet.",
                          path=path) from exc
    return packet_from_dict(data, path)
