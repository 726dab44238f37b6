"""Changes to a packet that the CLI and the app both make: create, attach, detach."""

from __future__ import annotations

from pathlib import Path

from packetizer.core.errors import InputError
from packetizer.core.files.inspect import inspect_file
from packetizer.core.model import (
    Applicant,
    Comment,
    Document,
    Packet,
    PageSelectionError,
    Requirement,
    new_id,
    parse_page_selection,
)
from packetizer.core.packet.store import now_iso
from packetizer.core.posting import read_posting
from packetizer.core.progress import CancelToken


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
                  pages: str = "", cancel: CancelToken | None = None) -> Document:
    """Inspect a file and describe it as a packet document. Raises InputError when the file
    cannot go into a packet (missing, a folder, an unknown type, encrypted, damaged, a failed
    conversion). A Word file with no LibreOffice to convert it is attached all the same: the
    check flags it until LibreOffice is installed or a PDF replaces it."""
    path = Path(path).absolute()
    facts = inspect_file(path, cancel=cancel)
    if not facts.usable and not facts.converter_missing:
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


# --- the checklist itself: the user can add, change and remove requirements ----------------------

EDITABLE_FIELDS = ("kind", "label", "required", "min_count", "max_count", "max_pages",
                   "max_words", "notes", "submitted_separately")


def add_requirement(packet: Packet, kind: str, label: str, **values) -> Requirement:
    """A requirement the posting did not name (kept when the posting is re-read)."""
    from packetizer.core.model import KINDS, slugify

    if kind not in KINDS:
        raise InputError(f'"{kind}" is not a kind of material; use one of: {", ".join(KINDS)}.')
    taken = {r.id for r in packet.posting.requirements}
    req = Requirement(id=slugify(label or kind, taken), kind=kind, label=label or kind,
                      user_edited=True)
    if values:
        update_requirement(packet, req, **values)
    packet.posting.requirements.append(req)
    packet.modified = now_iso()
    return req


def update_requirement(packet: Packet, req: Requirement, **values) -> None:
    """Change a requirement's fields; it is then the user's and survives a re-read."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise InputError(f"cannot change {', '.join(sorted(unknown))} of a requirement.")
    for name, value in values.items():
        setattr(req, name, value)
    req.user_edited = True
    packet.modified = now_iso()


def remove_requirement(packet: Packet, requirement_id: str) -> list[Document]:
    """Remove a requirement and the documents attached to it (returned, for undo)."""
    req = find_requirement(packet, requirement_id)
    removed = packet.documents_for(req.id)
    packet.documents = [d for d in packet.documents if d.requirement_id != req.id]
    packet.posting.requirements.remove(req)
    if not req.user_edited or req.source is not None:
        packet.posting.dismissed.append(req.id)  # do not bring it back on a re-read
    packet.modified = now_iso()
    return removed


def reread_posting(packet: Packet, text: str | None = None) -> None:
    """Read the posting again (new text, or the same with a newer reader).

    Requirements the user added or changed are kept as they are, ones the user removed stay
    removed, and documents stay attached: to the requirement with the same id, else to one of
    the same kind, else their requirement is kept.
    """
    fresh = read_posting(packet.posting.text if text is None else text)
    old = packet.posting
    kept = {r.id: r for r in old.requirements if r.user_edited}
    merged: list[Requirement] = []
    for req in fresh.requirements:
        if req.id in old.dismissed:
            continue
        merged.append(kept.pop(req.id, req))
    merged.extend(kept.values())
    by_id = {r.id: r for r in merged}
    for doc in packet.documents:
        if doc.requirement_id in by_id:
            continue
        previous = next((r for r in old.requirements if r.id == doc.requirement_id), None)
        same_kind = next((r for r in merged if previous and r.kind == previous.kind), None)
        if same_kind is not None:
            doc.requirement_id = same_kind.id
        elif previous is not None:
            merged.append(previous)
            by_id[previous.id] = previous
    fresh.requirements = merged
    fresh.dismissed = list(old.dismissed)
    packet.posting = fresh
    packet.modified = now_iso()


# --- reviewers' comments -------------------------------------------------------------------


def add_comment(packet: Packet, text: str, author: str = "", about: str = "") -> Comment:
    """A reviewer's comment on the packet, or (`about`) on a requirement or document."""
    text = text.strip()
    if not text:
        raise InputError("a comment needs some text.")
    requirement_id = document_id = ""
    if about:
        req = packet.posting.requirement(about)
        if req is not None:
            requirement_id = req.id
        else:
            doc = find_document(packet, about)
            document_id, requirement_id = doc.id, doc.requirement_id
    comment = Comment(id=new_id(), text=text, author=author.strip(), created=now_iso(),
                      requirement_id=requirement_id, document_id=document_id)
    packet.comments.append(comment)
    packet.modified = now_iso()
    return comment


def remove_comment(packet: Packet, comment_id: str) -> Comment:
    for comment in packet.comments:
        if comment.id == comment_id:
            packet.comments.remove(comment)
            packet.modified = now_iso()
            return comment
    raise InputError(f'the packet has no comment "{comment_id}".')
