"""The export planned from the packet's model before any PDF is touched: which pages of which
file go where, in posting order, so the cover can show page ranges and link to them; and what an
export returns."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime

from packetizer.core.appdata.profiles import Profile
from packetizer.core.check import CheckReport, check_packet
from packetizer.core.errors import IncompletePacket
from packetizer.core.export.shrink import ShrinkResult
from packetizer.core.files.inspect import ReaderCache
from packetizer.core.model import (
    Document,
    Packet,
    Requirement,
    Status,
    kind_code,
    parse_page_selection,
    requirement_status,
)
from packetizer.core.progress import CancelToken, ProgressCallback


@dataclass
class Section:
    requirement_id: str
    title: str
    first_page: int  # 0-based, in the output
    page_count: int
    documents: list[str] = field(default_factory=list)  # document ids


@dataclass
class ExportResult:
    path: str
    page_count: int
    size: int
    sections: list[Section]
    skipped: list[str] = field(default_factory=list)  # documents left out (force)
    removed: list[str] = field(default_factory=list)  # active content taken out
    cover_pages: int = 0
    profile_notes: list[str] = field(default_factory=list)  # limits of the portal exceeded
    shrunk: ShrinkResult | None = None  # images resampled to fit a size limit


@dataclass
class PlannedDoc:
    doc: Document
    indices: list[int]
    first_page: int = 0


@dataclass
class PlannedSection:
    req: Requirement
    docs: list[PlannedDoc]
    first_page: int = 0

    @property
    def page_count(self) -> int:
        return sum(len(d.indices) for d in self.docs)


def plan_pages(packet: Packet, requirements: list[Requirement], report: CheckReport,
          offset: int) -> tuple[list[PlannedSection], list[str]]:
    """Which pages of which files go where, from the packet and the check's file facts."""
    sections, skipped = [], []
    page = offset
    for req in requirements:
        planned = []
        for doc in packet.documents_for(req.id):
            facts = report.facts.get(doc.id)
            if facts is None or not facts.usable:
                skipped.append(doc.id)
                continue
            try:
                indices = parse_page_selection(doc.pages, facts.page_count)
            except ValueError:
                skipped.append(doc.id)
                continue
            planned.append(PlannedDoc(doc, indices, page))
            page += len(indices)
        if planned:
            sections.append(PlannedSection(req, planned, planned[0].first_page))
    return sections, skipped


def label_range(code: str, count: int) -> str:
    return f"{code}-1" if count == 1 else f"{code}-1–{code}-{count}"


def cover_info(packet: Packet, requirements: list[Requirement], plan: list[PlannedSection],
                report: CheckReport, forced: bool, labels: str):
    from packetizer.core.export.cover import CoverInfo, CoverRow

    by_req = {s.req.id: s for s in plan}
    rows = []
    for req in requirements:
        section = by_req.get(req.id)
        status = requirement_status(req, section is not None)
        pages = ""
        if section:
            first, last = section.first_page + 1, section.first_page + section.page_count
            span = f"p. {first}" if first == last else f"pp. {first}–{last}"
            pages = (f"{label_range(kind_code(req.kind), section.page_count)} · {span}"
                     if labels == "sections" else span)
        rows.append(CoverRow(
            label=req.label, kind=req.kind, status=status,
            documents=[packet.document_title(d.doc) for d in section.docs] if section else [],
            pages=pages, target_page=section.first_page if section else None))
    posting = packet.posting
    return CoverInfo(applicant=packet.applicant.name, email=packet.applicant.email,
                     title=posting.title, organization=posting.organization,
                     job_id=posting.job_id, deadline=posting.deadline,
                     date=export_date(packet), rows=rows,
                     forced=forced and any(r.status == Status.MISSING for r in rows))


def export_date(packet: Packet) -> str:
    """The date shown on the cover: SOURCE_DATE_EPOCH when set (reproducible builds), else
    the packet's last change, so the same packet always exports the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    return (packet.modified or packet.created or "")[:10]


def prepare(packet: Packet, force: bool, report: CheckReport | None,
            progress: ProgressCallback, cancel: CancelToken | None,
            readers: ReaderCache, profile: Profile) -> CheckReport:
    """The check an export starts with (file facts only); refuses a packet with errors unless
    `force`."""
    report = report or check_packet(packet, progress, cancel, readers, content=False,
                                    profile=profile, paper=readers.paper)
    if report.errors and not force:
        raise IncompletePacket(report)
    return report
