"""Readable reports of a packet and its check, as plain text and as JSON-ready data."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from packetizer.core.check import CheckReport, Finding
from packetizer.core.model import Packet, Posting, Requirement, Status, kind_name
from packetizer.core.posting import materials_passage

# info findings whose evidence is worth a line in the text report
_SHOW_EVIDENCE = {"comment", "cv-publications", "pages-without-text", "active-content"}

# the one table of status marks (text report, HTML report, batch reports, the app)
MARKS: dict[str, str] = {Status.COMPLETE: "✓", Status.WARNING: "⚠", Status.ERROR: "✗",
                         Status.MISSING: "✗", Status.SEPARATE: "→", Status.OPTIONAL: "○"}


def limits_text(req: Requirement) -> str:
    parts = []
    if req.min_count or req.max_count:
        if req.min_count == req.max_count:
            parts.append(f"{req.min_count}")
        elif req.min_count and req.max_count:
            parts.append(f"{req.min_count}–{req.max_count}")
        elif req.min_count:
            parts.append(f"at least {req.min_count}")
        else:
            parts.append(f"up to {req.max_count}")
    if req.max_pages:
        parts.append(f"max {req.max_pages} page{'s' if req.max_pages != 1 else ''}")
    if req.max_words:
        parts.append(f"max {req.max_words} words")
    if not req.required:
        parts.append("for some applicants" if req.condition else "optional")
    if req.submitted_separately:
        parts.append("sent separately")
    return ", ".join(parts)


def posting_to_dict(posting: Posting) -> dict:
    """The fixed JSON shape of `packetizer posting --json`."""
    return {
        "title": posting.title, "organization": posting.organization, "job_id": posting.job_id,
        "deadline": posting.deadline, "url": posting.url, "single_pdf": posting.single_pdf,
        "review_begins": posting.review_begins,  # added in 0.2
        "max_file_mb": posting.max_file_mb, "max_total_pages": posting.max_total_pages,
        "qualifications": posting.qualifications,
        "requirements": [
            {"id": r.id, "kind": r.kind, "label": r.label, "required": r.required,
             "min_count": r.min_count, "max_count": r.max_count, "max_pages": r.max_pages,
             "max_words": r.max_words, "formats": r.formats, "notes": r.notes,
             "submitted_separately": r.submitted_separately,
             "source": asdict(r.source) if r.source else None,
             # added: the sentence the item came from, the phrase's place inside it, who
             # sends it and, for some applicants only, the condition in the posting's words
             "sentence": asdict(r.sentence) if r.sentence else None,
             "phrase_in_sentence": _phrase_in_sentence(r),
             "sender": r.sender, "condition": r.condition}
            for r in posting.requirements
        ],
        # where the materials are most likely asked for, when none were found (else null)
        "materials_passage": (asdict(passage) if not posting.requirements
                              and (passage := materials_passage(posting.text)) else None),
    }


def _phrase_in_sentence(req) -> list[int] | None:
    """[start, end] of the item's phrase inside its sentence's text (end exclusive)."""
    if not (req.source and req.sentence) or not (
            req.sentence.start <= req.source.start <= req.source.end <= req.sentence.end):
        return None
    return [req.source.start - req.sentence.start, req.source.end - req.sentence.start]


def passage_quote(passage, limit: int = 400) -> str:
    """A passage of a posting on one line, its line breaks shown as " / " (a heading stays
    apart from the sentence under it), cut at `limit` characters."""
    quoted = " / ".join(" ".join(line.split()) for line in passage.text.splitlines()
                        if line.strip())
    return quoted if len(quoted) <= limit else quoted[:limit].rstrip() + "…"


def format_posting(posting: Posting) -> str:
    lines = [posting.title or "(untitled posting)"]
    meta = [x for x in (posting.organization, posting.job_id and f"Job ID {posting.job_id}",
                        posting.deadline and f"deadline {posting.deadline}",
                        posting.review_begins and f"review begins {posting.review_begins}") if x]
    if meta:
        lines.append(" · ".join(meta))
    if posting.single_pdf:
        lines.append("The posting asks for a single PDF.")
    if posting.max_file_mb:
        lines.append(f"Files may be at most {posting.max_file_mb:g} MB.")
    if posting.max_total_pages:
        lines.append(f"The whole application may be at most {posting.max_total_pages} pages.")
    lines.append("")
    if not posting.requirements:
        lines.append("No application materials were found in this posting.")
        passage = materials_passage(posting.text)
        if passage is not None:
            lines.append(f"The part most likely to list them: “{passage_quote(passage)}”")
        lines.append("Read just that part (paste it: `packetizer posting -`), or add the "
                     "items yourself in the app (Packet → Add Item).")
    for req in posting.requirements:
        limits = limits_text(req)
        lines.append(f"[{req.id}] {kind_name(req.kind)}: {req.label}"
                     + (f" ({limits})" if limits else ""))
        if req.notes:
            lines.append(f"    must cover: {req.notes}")
        if req.condition:
            lines.append(f"    only: {req.condition}")
        if req.submitted_separately:
            lines.append(f"    sent by: {req.sender}")
        if req.sentence or req.source:
            quoted = " ".join((req.sentence or req.source).text.split())
            lines.append(f"    from: “{quoted}”")
    return "\n".join(lines)


def format_check(packet: Packet, report: CheckReport) -> str:
    """The check report grouped by requirement, with ✓ / ⚠ / ✗ marks."""
    lines = [f"{packet.posting.title or 'Packet'} — {report.summary(packet)}", ""]
    for req in packet.posting.requirements:
        status = report.statuses.get(req.id)
        mark = MARKS.get(status.status if status else Status.MISSING, "?")
        limits = limits_text(req)
        lines.append(f"{mark} {req.label}" + (f" ({limits})" if limits else ""))
        for doc in packet.documents_for(req.id):
            facts = report.facts.get(doc.id)
            count = facts.page_count if facts else 0
            pages = f", {count} page{'s' if count != 1 else ''}" if count else ""
            lines.append(f"    {packet.document_title(doc)} — {Path(doc.path).name}{pages}")
        for finding in report.for_requirement(req.id):
            lines += _finding_lines(finding, "    ")
    loose = [f for f in report.findings if not f.requirement_id]
    if loose:
        lines.append("")
    for finding in loose:
        lines += _finding_lines(finding, "")
    return "\n".join(lines)


def _finding_lines(finding: Finding, indent: str) -> list[str]:
    lines = [f"{indent}{finding.severity}: {finding.message}"]
    if finding.evidence and (finding.severity != "info" or finding.code in _SHOW_EVIDENCE):
        lines.append(f"{indent}  seen: {finding.evidence}")
    if finding.fix:
        lines.append(f"{indent}  fix: {finding.fix}")
    return lines


def check_to_dict(packet: Packet, report: CheckReport) -> dict:
    return {
        "ok": report.ok,
        "summary": report.summary(packet),
        "requirements": [
            {"id": r.id, "label": r.label, "kind": r.kind,
             "status": report.statuses[r.id].status, "pages": report.statuses[r.id].pages,
             "documents": [d.id for d in packet.documents_for(r.id)]}
            for r in packet.posting.requirements
        ],
        "findings": [asdict(f) for f in report.findings],
    }
