"""Damaged PDFs: found when the file is checked, not when it is exported, and repaired where a
repair tool is on the machine.

- A trial copy (the pages copied into an empty document, in memory, as the export copies them)
  finds the files that open but break further in: check then reports what export would fail
  on, naming the file. The verdict is cached by the file's hash; files over TRIAL_PAGES pages
  are not tried (the export still names such a file and why, should it fail).
- `qpdf` (when on the PATH) rewrites a damaged file; the repaired copy lives in the cache,
  keyed by the original's hash, and is used for check and export. The original is never
  touched, and the user is told.
"""

from __future__ import annotations

import functools
import json
import logging
import shutil
import subprocess
import zlib
from pathlib import Path

from packetizer.core.appdata import paths
from packetizer.core.appdata.atomicfile import atomic_write

log = logging.getLogger(__name__)
TRIAL_PAGES = 120  # a trial copy costs about 1 ms a page
REPAIR_TIMEOUT = 60  # seconds


def _damage() -> tuple[type[BaseException], ...]:
    from pypdf.errors import PyPdfError

    return (PyPdfError, ValueError, TypeError, AttributeError, KeyError, IndexError,
            RecursionError, AssertionError, zlib.error, OSError)


def trial_copy(reader) -> str:
    """Copy the document's pages as the export does; the error it raises, or the first page
    whose content cannot be decoded ("" when none)."""
    from pypdf import PdfWriter

    try:
        writer = PdfWriter()
        writer.append(reader, import_outline=False)
        return _misresolved(writer) or _undecodable_page(reader)
    except _damage() as exc:
        return str(exc) or type(exc).__name__


def _misresolved(writer) -> str:
    """A page that reaches the file's own cross-reference data: an object number the file's
    incremental updates used twice, read as the older object (a form field's appearance read as
    an xref stream, its value lost). qpdf reads such files right."""
    for obj in writer._objects:  # pypdf has no public iterator over a writer's objects
        if hasattr(obj, "get") and obj.get("/Type") == "/XRef":
            return ("a reference leads to the file's cross-reference data: its updates number "
                    "their objects inconsistently")
    return ""


def _undecodable_page(reader) -> str:
    """ "page 2's content is damaged (…)" for the first page whose compressed content stream
    does not decompress ("" when every page's does). pypdf would copy it through silently."""
    from pypdf.generic import ArrayObject

    for index, page in enumerate(reader.pages):
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        streams = contents if isinstance(contents, ArrayObject) else [contents]
        for stream in streams:
            stream = stream.get_object() if stream is not None else None
            raw = getattr(stream, "_data", None)
            if not raw:
                continue
            filters = stream.get("/Filter")
            filters = filters if isinstance(filters, list) else [filters]
            if filters and filters[0] == "/FlateDecode":
                try:
                    zlib.decompressobj().decompress(raw[:1 << 20])
                except zlib.error as exc:
                    return f"page {index + 1}'s content is damaged: {exc}"
    return ""


def _verdict_path(sha256: str) -> Path:
    return paths.cache_dir() / "copy-check" / f"{sha256}.json"


VERDICT_VERSION = 2  # 2: references that lead to cross-reference data


def copy_problem(reader, sha256: str) -> str:
    """What stops this document from being copied into the packet ("" when nothing does, or
    when it is too long to try here); cached by the file's hash."""
    if not sha256 or len(reader.pages) > TRIAL_PAGES:
        return ""
    path = _verdict_path(sha256)
    try:
        verdict = json.loads(path.read_text(encoding="utf-8"))
        if verdict.get("version") == VERDICT_VERSION:
            return verdict["problem"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    problem = trial_copy(reader)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as handle:  # (it was never written before: a bare call)
            handle.write(json.dumps({"version": VERDICT_VERSION,
                                     "problem": problem}).encode("utf-8"))
    except OSError as exc:  # no cache: the next check tries again
        log.info("cannot cache the copy verdict: %s", exc)
    return problem


def qpdf_available() -> bool:
    return shutil.which("qpdf") is not None


def _made_once(kind: str):
    """A repaired copy made once per file version: the decorated `make(source, target)` runs
    only when the cache has no `kind` copy of the version hashed `sha256` (and not without a
    hash); called as `copy(source, sha256)`, it returns the copy's path or None."""
    def wrap(make):
        @functools.wraps(make)
        def copy(source: str | Path, sha256: str) -> Path | None:
            if not sha256:
                return None
            target = paths.cache_dir() / kind / f"{sha256}.pdf"
            return target if target.is_file() else make(source, target)
        return copy
    return wrap


@_made_once("repaired")
def repaired_copy(source: str | Path, target: Path) -> Path | None:
    """A copy of `source` rewritten by qpdf, or None when qpdf is not installed or cannot
    repair it."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_suffix(".part")
    try:
        # exit 0: fine, 3: repaired with warnings; 2: could not
        # --linearize also rewrites the page tree: every page its own object, nothing inherited
        done = subprocess.run([qpdf, "--linearize", str(source), str(temp)],
                              capture_output=True, timeout=REPAIR_TIMEOUT, check=False)
        if done.returncode not in (0, 3) or not temp.is_file():
            log.info("qpdf could not repair %s: %s", source, done.stderr[-300:])
            temp.unlink(missing_ok=True)
            return None
        temp.replace(target)
        return target
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("qpdf failed on %s: %s", source, exc)
        temp.unlink(missing_ok=True)
        return None


_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
MAX_PAGE_NODES = 100_000


def _pages_of_tree(reader) -> list[tuple[object, dict]]:
    """The page objects under the catalog's page tree — whatever its depth, each node visited
    once (a looping tree ends where it loops) — with what each inherits from its ancestors."""
    root = reader.trailer["/Root"].get_object()
    stack = [(root["/Pages"], {})]
    seen: set = set()
    pages = []
    while stack and len(seen) < MAX_PAGE_NODES:
        ref, inherited = stack.pop()
        key = getattr(ref, "idnum", None) or id(ref)
        if key in seen:
            continue
        seen.add(key)
        node = ref.get_object()
        if not hasattr(node, "get"):
            continue
        if node.get("/Type") == "/Page" or "/Kids" not in node:
            pages.append((ref, inherited))
            continue
        here = {**inherited, **{name: node[name] for name in _INHERITED if name in node}}
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else []
        stack.extend((kid, here) for kid in reversed(list(kids)))
    return pages


def _pages_by_scan(reader) -> list[tuple[object, dict]]:
    """Every object of type /Page in the file, in object order: where the tree leads to none."""
    from pypdf.generic import IndirectObject

    found = []
    for idnum in sorted({n for section in reader.xref.values() for n in section})[:MAX_PAGE_NODES]:
        try:
            obj = reader.get_object(idnum)
        except _damage():
            continue
        if hasattr(obj, "get") and obj.get("/Type") == "/Page":
            found.append((IndirectObject(idnum, 0, reader), {}))
    return found


@_made_once("rebuilt")
def rebuilt_copy(source: str | Path, target: Path) -> Path | None:
    """A copy of `source` with its page tree built anew from the pages it holds (a looping or
    very deep tree that pypdf, and qpdf, refuse to walk); None when no page is found or it
    cannot be made."""
    from pypdf import PdfReader, PdfWriter
    from pypdf._page import PageObject  # pypdf makes a page only from a reader's object
    from pypdf.generic import NameObject

    try:
        reader = PdfReader(str(source))
        pages = _pages_of_tree(reader) or _pages_by_scan(reader)
        if not pages:
            return None
        writer = PdfWriter()
        for ref, inherited in pages:
            page = PageObject(reader, ref if hasattr(ref, "idnum") else None)
            page.update(ref.get_object())
            for name, value in inherited.items():
                if name not in page:
                    page[NameObject(name)] = value
            if "/Parent" in page:
                del page[NameObject("/Parent")]
            writer.add_page(page)
        return _written(writer, target)
    except _damage() as exc:
        log.info("could not rebuild the page tree of %s: %s", source, exc)
        return None


def _written(writer, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(target) as handle:
        writer.write(handle)
    return target


def _inflated(raw: bytes) -> bytes:
    """As much of a damaged Flate stream as decompresses — a zlib stream whose checksum or
    tail is broken, or raw deflate data without the zlib header — as viewers show it."""
    best = b""
    for wbits, data in ((15, raw), (-15, raw), (-15, raw[2:])):
        engine, out = zlib.decompressobj(wbits), []
        try:
            for start in range(0, len(data), 4096):
                out.append(engine.decompress(data[start:start + 4096]))
        except zlib.error:
            pass
        got = b"".join(out)
        if len(got) > len(best):
            best = got
    return best


@_made_once("recovered")
def recovered_copy(source: str | Path, target: Path) -> Path | None:
    """A copy of `source` whose page content streams that do not decompress hold what of them
    does (what viewers draw of such a page); None when nothing could be recovered."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    try:
        writer = PdfWriter(clone_from=PdfReader(str(source)))
        recovered = 0
        for page in writer.pages:
            contents = page.get("/Contents")
            contents = contents.get_object() if contents is not None else None
            streams = contents if isinstance(contents, ArrayObject) else [contents]
            for stream in streams:
                stream = stream.get_object() if stream is not None else None
                raw = getattr(stream, "_data", None)
                filters = stream.get("/Filter") if stream is not None else None
                filters = filters if isinstance(filters, list) else [filters]
                if not raw or filters[:1] != ["/FlateDecode"] or len(filters) != 1:
                    continue
                try:
                    zlib.decompress(raw)
                    continue
                except zlib.error:
                    pass
                data = _inflated(raw)
                if not data:
                    continue
                stream._data = zlib.compress(data)
                for key in ("/DecodeParms", "/Length"):
                    if key in stream:
                        del stream[NameObject(key)]
                recovered += 1
        if not recovered:
            return None
        return _written(writer, target)
    except _damage() as exc:
        log.info("could not recover the damaged content of %s: %s", source, exc)
        return None
