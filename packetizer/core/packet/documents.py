"""The documents of a packet, as the CLI and the app both change them: create a packet, attach,
detach, move, replace a file, choose pages, rotate, rename.

One rule for partly good input everywhere: the good files go in, the bad ones are reported
(`AttachResult.problems`), each with a message naming the file. Reading a file (inspecting,
converting) is the slow part and is separate from changing the packet, so the app can do the
first in its worker process and the second on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from packetizer.core.errors import Cancelled, InputError, PacketizerError, PageSelectionError
from packetizer.core.files.inspect import FileFacts, inspect_file
from packetizer.core.model import (
    DEFAULT_FOOTER,
    Applicant,
    Document,
    ExportOptions,
    Packet,
    Requirement,
    new_id,
    parse_page_selection,
)
from packetizer.core.packet.store import now_iso
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress


def new_packet(posting_text: str, applicant: Applicant | None = None,
               footer_template: str = DEFAULT_FOOTER) -> Packet:
    """A packet for a posting, its checklist read from the posting text; `footer_template`
    is the page footer its exports start with (the user's setting)."""
    from packetizer.core.posting import read_posting  # its patterns load when used

    now = now_iso()
    return Packet(applicant=applicant or Applicant(), posting=read_posting(posting_text),
                  export_options=ExportOptions(footer_template=footer_template),
                  created=now, modified=now)


def find_requirement(packet: Packet, key: str) -> Requirement:
    """A requirement by id or kind; a clear error lists the choices when it does not fit."""
    req = packet.posting.requirement(key)
    if req is not None:
        return req
    ids = ", ".join(r.id for r in packet.posting.requirements) or "none"
    same_kind = [r.id for r in packet.posting.requirements if r.kind == key]
    if same_kind:
        raise InputError(f'more than one requirement is a "{key}"; name one of: '
                         f"{', '.join(same_kind)}.")
    raise InputError(f'the packet has no requirement "{key}".', fix=f"Choose one of: {ids}.")


def find_document(packet: Packet, key: str) -> Document:
    """A document by id, file name or path."""
    matches = [d for d in packet.documents
               if key in (d.id, Path(d.path).name) or Path(key).absolute() == Path(d.path)]
    if len(matches) == 1:
        return matches[0]
    listing = ", ".join(f"{d.id} ({Path(d.path).name})" for d in packet.documents) or "none"
    if matches:
        raise InputError(f'"{key}" names more than one document; use its id: {listing}.')
    raise InputError(f'the packet has no document "{key}".', fix=f"Documents: {listing}.")


# --- reading files into documents (slow: the app runs this in its worker process) ------------


def make_document(path: str | Path, requirement_id: str, title: str = "",
                  pages: str = "", cancel: CancelToken | None = None, *,
                  paper: str = "auto", progress: ProgressCallback = no_progress) -> Document:
    """Inspect a file and describe it as a packet document. Raises InputError when the file
    cannot go into a packet (missing, a folder, an unknown type, encrypted, damaged, a failed
    conversion). A Word file with no LibreOffice to convert it is attached all the same: the
    check flags it until LibreOffice is installed or a PDF replaces it."""
    progress(0, 1, f"Reading {Path(path).name}…")
    doc = _read(path, requirement_id, title, pages, cancel, paper)[0]
    progress(1, 1, "")
    return doc


def _read(path, requirement_id: str, title: str, pages: str, cancel, paper: str
          ) -> tuple[Document, FileFacts]:
    path = Path(path).absolute()
    facts = inspect_file(path, cancel=cancel, paper=paper)
    if not facts.usable and not facts.converter_missing:
        raise InputError(facts.problem, path=path, fix=facts.fix, code=facts.problem_code)
    try:
        parse_page_selection(pages, facts.page_count)
    except PageSelectionError as exc:
        raise PageSelectionError(f"page selection “{pages}”: {exc.message}", path=path) from exc
    doc = Document(id=new_id(), requirement_id=requirement_id, path=str(path),
                   sha256=facts.sha256, size=facts.size, page_count=facts.page_count,
                   title=title, pages=pages)  # no title: it follows the item
    return doc, facts


@dataclass
class AttachResult:
    """Files read for attaching: the documents made from the good ones, the problems of the
    bad ones (each names its file), and what was found out about each document's file."""

    documents: list[Document] = field(default_factory=list)
    problems: list[PacketizerError] = field(default_factory=list)
    facts: dict[str, FileFacts] = field(default_factory=dict)  # by document id


def read_files(files: list[str | Path], requirement_id: str, title: str = "", pages: str = "",
               *, paper: str = "auto", progress: ProgressCallback = no_progress,
               cancel: CancelToken | None = None) -> AttachResult:
    """Read files for `requirement_id`; never raises for a bad file (it goes to `problems`).
    `title` applies when there is one file. Raises Cancelled."""
    result = AttachResult()
    for i, path in enumerate(files):
        if cancel:
            cancel.raise_if_cancelled()
        name = Path(path).name
        progress(i, len(files), f"Converting {name} to PDF…" if Path(path).suffix.lower()
                 != ".pdf" else f"Reading {name}…")
        try:
            doc, facts = _read(path, requirement_id, title if len(files) == 1 else "", pages,
                               cancel, paper)
        except Cancelled:
            raise
        except PacketizerError as exc:
            result.problems.append(exc)
            continue
        result.documents.append(doc)
        result.facts[doc.id] = facts
    progress(len(files), len(files), "")
    return result


# --- changing the packet (quick) ----------------------------------------------------------


def add_documents(packet: Packet, docs: list[Document]) -> None:
    """Put documents read by `read_files` into the packet, after the ones already there."""
    packet.documents.extend(docs)
    if docs:
        packet.modified = now_iso()


def attach(packet: Packet, requirement_key: str, files: list[str | Path], title: str = "",
           pages: str = "", *, paper: str = "auto", progress: ProgressCallback = no_progress,
           cancel: CancelToken | None = None) -> AttachResult:
    """Attach files to a requirement: the good files go in, the bad ones are reported."""
    req = find_requirement(packet, requirement_key)
    result = read_files(files, req.id, title, pages, paper=paper, progress=progress,
                        cancel=cancel)
    add_documents(packet, result.documents)
    return result


def detach(packet: Packet, key: str) -> Document:
    doc = find_document(packet, key)
    packet.documents.remove(doc)
    packet.modified = now_iso()
    return doc


def move_document(packet: Packet, doc_key: str, requirement_key: str,
                  position: int = -1) -> bool:
    """Put a document at `position` (0-based) among a requirement's documents (-1: last); this
    is also its order in the export. True when anything changed."""
    doc = find_document(packet, doc_key)
    req = find_requirement(packet, requirement_key)
    before = [(d.id, d.requirement_id) for d in packet.documents]
    siblings = [d for d in packet.documents_for(req.id) if d.id != doc.id]
    if position < 0 or position > len(siblings):
        position = len(siblings)
    documents = [d for d in packet.documents if d.id != doc.id]
    if position < len(siblings):
        at = documents.index(siblings[position])
    elif siblings:
        at = documents.index(siblings[-1]) + 1
    else:
        at = len(documents)
    documents.insert(at, doc)
    doc.requirement_id = req.id
    packet.documents[:] = documents
    changed = [(d.id, d.requirement_id) for d in documents] != before
    if changed:
        packet.modified = now_iso()
    return changed


def replace_file(packet: Packet, doc_key: str, new: Document) -> Document:
    """Another file in the same place: same item, title and position in the checklist; the
    page selection and rotation start afresh. `new` comes from `make_document`."""
    doc = find_document(packet, doc_key)
    doc.path, doc.sha256, doc.size = new.path, new.sha256, new.size
    doc.page_count, doc.pages, doc.rotation = new.page_count, "", 0
    doc.page_rotations = {}
    packet.modified = now_iso()
    return doc


def select_pages(packet: Packet, doc_key: str, spec: str) -> bool:
    """Which pages of the document go into the packet ("1-3,5"; empty for all). Raises
    PageSelectionError for a selection that does not fit. True when it changed."""
    doc = find_document(packet, doc_key)
    spec = spec.strip()
    try:
        parse_page_selection(spec, doc.page_count)
    except PageSelectionError as exc:
        raise PageSelectionError(f"page selection “{spec}”: {exc.message}", path=doc.path,
                                 fix="Give pages such as 1-3,5.") from exc
    if spec == doc.pages:
        return False
    doc.pages = spec
    packet.modified = now_iso()
    return True


def arrange_pages(packet: Packet, doc_key: str, spec: str, turns: dict[str, int]) -> bool:
    """The page picker's result as one edit: which pages go in, in which order (`spec`), and
    how each of the file's pages is turned on its own (`turns`: page number as text →
    degrees). True when anything changed."""
    doc = find_document(packet, doc_key)
    changed = select_pages(packet, doc_key, spec)
    turns = {str(int(page)): degrees % 360 for page, degrees in turns.items()
             if degrees % 90 == 0 and degrees % 360 and 1 <= int(page) <= doc.page_count}
    if turns != doc.page_rotations:
        doc.page_rotations = turns
        packet.modified = now_iso()
        changed = True
    return changed


def rotate_document(packet: Packet, doc_key: str, degrees: int = 90,
                    pages: list[int] | None = None) -> int:
    """Turn every page of the document — or only `pages` (1-based numbers of the file's pages)
    — clockwise by `degrees` (a multiple of 90) in the export; the file is not touched.
    Returns the document's rotation now (of the first page turned, with `pages`)."""
    if degrees % 90:
        raise InputError(f"cannot rotate by {degrees}°; use a multiple of 90.")
    doc = find_document(packet, doc_key)
    if pages:
        for page in pages:
            if not 1 <= page <= max(doc.page_count, 1):
                raise PageSelectionError(
                    f"there is no page {page}: {Path(doc.path).name} has {doc.page_count} "
                    f"page{'s' if doc.page_count != 1 else ''}.")
        for page in pages:
            turned = (doc.page_rotations.get(str(page), 0) + degrees) % 360
            if turned:
                doc.page_rotations[str(page)] = turned
            else:
                doc.page_rotations.pop(str(page), None)
        if degrees % 360:
            packet.modified = now_iso()
        return doc.page_rotation(pages[0] - 1)
    doc.rotation = (doc.rotation + degrees) % 360
    if degrees % 360:
        packet.modified = now_iso()
    return doc.rotation


def rename_document(packet: Packet, doc_key: str, title: str) -> bool:
    """The document's bookmark title in the export (and its name in the checklist)."""
    doc = find_document(packet, doc_key)
    title = title.strip()
    if not title:
        raise InputError("a bookmark title needs some text.")
    if title == doc.title:
        return False
    doc.title = title
    packet.modified = now_iso()
    return True
