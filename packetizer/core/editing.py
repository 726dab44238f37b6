"""Changes to a packet that the CLI and the app both make: create, attach, detach."""

from __future__ import annotations

from pathlib import Path

from packetizer.core.errors import InputError
from packetizer.core.inspect import inspect_file
from packetizer.core.model import (
    Applicant,
    Document,
    Packet,
    PageSelectionError,
    Requirement,
    new_id,
    parse_page_selection,
)
from packetizer.core.posting import read_posting
from packetizer.core.project import now_iso


def new_packet(posting_text: str, applicant: Applicant | None = None) -> Packet:
    """A packet for a posting, its checklist read from the posting text."""
    now = now_iso()
    return Packet(applicant=applicant or Applicant(), posting=read_posting(posting_text),
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


def make_document(path: str | Path, requirement_id: str, title: str = "",
                  pages: str = "") -> Document:
    """Inspect a file and describe it as a packet document. Raises InputError when the file
    cannot go into a packet (missing, a folder, not a PDF, encrypted, damaged)."""
    path = Path(path).absolute()
    facts = inspect_file(path)
    if not facts.usable:
        raise InputError(facts.problem, path=path, fix=facts.fix)
    try:
        parse_page_selection(pages, facts.page_count)
    except PageSelectionError as exc:
        raise InputError(f"page selection “{pages}”: {exc}", path=path) from exc
    return Document(id=new_id(), requirement_id=requirement_id, path=str(path),
                    sha256=facts.sha256, size=facts.size, page_count=facts.page_count,
                    title=title or path.stem, pages=pages)


def attach(packet: Packet, requirement_key: str, files: list[str | Path], title: str = "",
           pages: str = "") -> list[Document]:
    """Attach files to a requirement (all or none: every file is checked first)."""
    req = find_requirement(packet, requirement_key)
    docs = [make_document(f, req.id, title if len(files) == 1 else "", pages) for f in files]
    packet.documents.extend(docs)
    packet.modified = now_iso()
    return docs


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


def detach(packet: Packet, key: str) -> Document:
    doc = find_document(packet, key)
    packet.documents.remove(doc)
    packet.modified = now_iso()
    return doc
