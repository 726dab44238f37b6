"""Changes to a packet's checklist that the CLI and the app both make: items added, changed and
removed, the posting read again, reviewers' comments, the applicant and the export settings."""

from __future__ import annotations

from dataclasses import replace

from packetizer.core.errors import InputError
from packetizer.core.model import (
    KINDS,
    Comment,
    Document,
    ExportOptions,
    Packet,
    Requirement,
    new_id,
    slugify,
)
from packetizer.core.packet.documents import find_document, find_requirement
from packetizer.core.packet.store import now_iso

# --- the checklist itself: the user can add, change and remove requirements ----------------------

EDITABLE_FIELDS = ("kind", "label", "required", "min_count", "max_count", "max_pages",
                   "max_words", "notes", "submitted_separately")


def add_requirement(packet: Packet, kind: str, label: str, **values) -> Requirement:
    """A requirement the posting did not name (kept when the posting is re-read)."""
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
    from packetizer.core.posting import read_posting  # its patterns load when used

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


# --- who applies, and how the packet is exported ----------------------------------------------


def set_applicant(packet: Packet, name: str, email: str) -> bool:
    """The applicant's name and e-mail (cover, footer, file names, the name check)."""
    name, email = name.strip(), email.strip()
    if (name, email) == (packet.applicant.name, packet.applicant.email):
        return False
    packet.applicant.name, packet.applicant.email = name, email
    packet.modified = now_iso()
    return True


def set_export_options(packet: Packet, options: ExportOptions) -> bool:
    """Export settings belong to the packet (a copy is kept, so the caller's stays its own)."""
    if options == packet.export_options:
        return False
    packet.export_options = replace(options)
    packet.modified = now_iso()
    return True
