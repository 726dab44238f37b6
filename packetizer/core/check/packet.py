"""Check a packet against its posting: what is missing, what cannot be used, what is too long.

Each problem is a `Finding` with a stable code (documented in docs/findings.md), a severity, the
requirement and document it is about, a message naming the file, the evidence we saw and the fix.
"""

from __future__ import annotations

import datetime as dt

from packetizer.core.appdata.profiles import Profile, packet_profile
from packetizer.core.check.file_rules import file_findings, page_findings, selected_pages
from packetizer.core.check.findings import (
    ERROR,
    INFO,
    WARNING,
    CheckReport,
    Finding,
    RequirementStatus,
    doc_name,
    source_quote,
)
from packetizer.core.files.inspect import ReaderCache, inspect_file
from packetizer.core.files.pagefacts import pdf_facts
from packetizer.core.model import (
    Document,
    FixAction,
    Packet,
    Requirement,
    Severity,
    requirement_status,
)
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress


def _requirement_findings(req: Requirement, docs: list[Document], pages: int,
                          words: int = 0) -> list[Finding]:
    found = []
    where = {"requirement_id": req.id}
    n = len(docs)
    if req.submitted_separately:
        if not docs:
            found.append(Finding(
                "submitted-separately", INFO,
                f"{req.label}: sent separately (e.g. by your referees), not part of the packet.",
                evidence=source_quote(req), fix="Make sure they are sent on time.", **where))
        return found
    if n == 0:
        if req.required and req.kind in ("letters", "references"):
            found.append(Finding(
                "missing-required", ERROR, f"{req.label} is required but nothing is attached.",
                evidence=source_quote(req), fix=f"Attach your {req.label.lower()}, or mark "
                "the item as sent separately if your referees send them.",
                action=FixAction.MARK_SEPARATE, **where))
        elif req.required:
            found.append(Finding(
                "missing-required", ERROR, f"{req.label} is required but nothing is attached.",
                evidence=source_quote(req), fix=f"Attach your {req.label.lower()}.",
                action=FixAction.ATTACH, **where))
        else:
            found.append(Finding(
                "optional-missing", INFO, f"{req.label} is optional and not attached.",
                evidence=source_quote(req), fix="Attach it if you have one.",
                action=FixAction.ATTACH,
                **where))
        return found
    if req.min_count and n < req.min_count:
        found.append(Finding(
            "too-few", ERROR if req.required else WARNING,
            f"{req.label}: {n} attached, the posting asks for at least {req.min_count}.",
            evidence=source_quote(req), fix="Attach the missing ones.", action=FixAction.ATTACH,
            **where))
    if req.max_count and n > req.max_count:
        found.append(Finding(
            "too-many", WARNING,
            f"{req.label}: {n} attached, the posting asks for at most {req.max_count}.",
            evidence=source_quote(req), fix="Remove the extra ones.",
            action=FixAction.REMOVE, **where))
    if req.max_pages and pages > req.max_pages:
        found.append(Finding(
            "over-page-limit", ERROR,
            f"{req.label} is {pages} pages; the posting allows {req.max_pages}.",
            evidence=source_quote(req),
            fix="Shorten it, or choose the pages to send.", action=FixAction.SELECT_PAGES, **where))
    if req.max_words and words > req.max_words:
        found.append(Finding(
            "over-word-limit", ERROR,
            f"{req.label} is about {words:,} words; the posting allows {req.max_words:,}.",
            evidence=source_quote(req) + " (Words counted in the PDF's text, as a portal "
            "would.)", fix="Shorten it.", action=FixAction.REPLACE_FILE, **where))
    return found


def _packet_findings(packet: Packet, today: dt.date) -> list[Finding]:
    found = []
    if not packet.applicant.name.strip():
        found.append(Finding(
            "no-applicant-name", WARNING, "The packet has no applicant name.",
            evidence="The cover page, footer and file names use it.",
            fix="Set your name (Packet → Applicant, or `packetizer new --name`).",
            action=FixAction.EDIT_APPLICANT))
    deadline = packet.posting.deadline
    if deadline:
        try:
            day = dt.date.fromisoformat(deadline)
        except ValueError:
            day = None
        if day and day < today:
            found.append(Finding(
                "deadline-passed", WARNING, f"The deadline ({day:%d %B %Y}) has passed.",
                evidence=f"Today is {today:%d %B %Y}.",
                fix="Check with the employer whether late applications are still read."))
        elif day and (day - today).days <= 3:
            left = (day - today).days
            when = "today" if left == 0 else f"in {left} day{'s' if left > 1 else ''}"
            found.append(Finding(
                "deadline-soon", WARNING, f"The deadline is {when} ({day:%d %B %Y}).",
                evidence=f"Today is {today:%d %B %Y}.",
                fix="Submit soon; portals slow down near deadlines."))
    from packetizer.core.season.referees import referee_findings

    return found + referee_findings(packet, today)


MB = 1_000_000  # a posting's "MB", as postings and portals mean it
MIB = 1_048_576  # a portal profile's MB (the profiles were written in binary units)
COVER_BYTES = 60_000  # about what the cover page adds to a packet's PDF


def _size_findings(packet: Packet, report: CheckReport, profile: Profile) -> list[Finding]:
    """File sizes against the posting's limit and the portal profile's, before exporting:
    each file, and the one PDF when the posting asks for a single one."""
    found = []
    limits = [(mb * unit, mb, who) for mb, unit, who in (
        (packet.posting.max_file_mb, MB, "the posting"),
        (profile.max_file_mb, MIB, profile.title or profile.name)) if mb]
    if limits:
        limit, mb, who = min(limits)
        for doc in packet.documents:
            size = report.facts[doc.id].size
            if size > limit:
                found.append(Finding(
                    "file-too-large", WARNING,
                    f"{doc_name(doc)} is {size / MB:.1f} MB; {who} takes at most {mb:g} MB "
                    "per file.", requirement_id=doc.requirement_id, document_id=doc.id,
                    evidence=f"{size:,} bytes",
                    fix=("Export resamples its images to fit (its text stays as it is); if "
                         "that is not enough, choose the pages to send." if profile.name !=
                         "generic" or who == "the posting" else
                         "Reduce it (e.g. save images at lower resolution) or choose the "
                         "pages to send."), action=FixAction.SELECT_PAGES))
    posting_mb = packet.posting.max_file_mb
    if posting_mb and packet.posting.single_pdf:
        used = [report.facts[d.id] for d in packet.documents if report.facts[d.id].usable]
        estimate = sum(f.size for f in used) + COVER_BYTES
        if estimate > posting_mb * MB and len(used) > 1:
            found.append(Finding(
                "export-too-large", WARNING,
                f"The packet's one PDF would be about {estimate / MB:.1f} MB; the posting takes "
                f"at most {posting_mb:g} MB.",
                evidence=f"{len(used)} files adding up to {estimate - COVER_BYTES:,} bytes, and "
                "the cover",
                fix="Export resamples the packet's photos and scans to fit (its text and "
                "drawings stay as they are); if that is not enough, leave out pages you do not "
                "need."))
    total = sum(report.facts[d.id].size for d in packet.documents)
    if profile.max_total_mb and total > profile.max_total_mb * 1_048_576:
        found.append(Finding(
            "packet-too-large", WARNING,
            f"The documents add up to {total / 1_048_576:.1f} MB; "
            f"{profile.title or profile.name} takes at most {profile.max_total_mb:g} MB in all.",
            evidence=f"{len(packet.documents)} files, {total:,} bytes",
            fix="Shrink the largest files or leave out pages you do not need."))
    return found


def _total_findings(packet: Packet, report: CheckReport, profile: Profile,
                    pages: int) -> list[Finding]:
    """Limits on the application as a whole: the posting's page limit for all of it (the
    cover counted: the portal sees it), and the portal's number of files."""
    found = []
    limit = packet.posting.max_total_pages
    cover = 1 if packet.export_options.cover_page else 0
    if limit and pages + cover > limit:
        fix = "Choose fewer pages of the longest documents (Select Pages…)"
        if pages <= limit:
            fix = "Leave the cover page out (export settings): the documents alone fit"
        found.append(Finding(
            "packet-over-page-limit", ERROR,
            f"The packet is {pages + cover} pages{' with its cover' if cover else ''}; the "
            f"posting allows at most {limit} pages in all.",
            evidence=f"{pages} pages of documents" + (" and a cover page" if cover else ""),
            fix=fix + "."))
    files = sum(1 for req in packet.posting.requirements if any(
        report.facts[d.id].usable for d in packet.documents_for(req.id)))
    files += 1 if files and packet.export_options.cover_page else 0
    if profile.max_files and files > profile.max_files and not packet.posting.single_pdf:
        found.append(Finding(
            "too-many-files", WARNING,
            f"Exported as separate files, the packet is {files} files; "
            f"{profile.title or profile.name} takes at most {profile.max_files}.",
            evidence=f"One file per item with documents"
                     f"{', and the index file' if packet.export_options.cover_page else ''}",
            fix="Export one merged PDF, leave the index file out (the cover page setting), or "
                "put two items' documents in one file."))
    return found


def _duplicate_findings(packet: Packet, report: CheckReport) -> list[Finding]:
    seen: dict[str, Document] = {}
    found = []
    for doc in packet.documents:
        sha = report.facts[doc.id].sha256
        if not sha:
            continue
        if sha in seen:
            first = seen[sha]
            also = (f"the same file as {doc_name(first)}" if doc_name(first) != doc_name(doc)
                    else "attached twice")
            where = packet.posting.requirement(first.requirement_id)
            if where is not None and first.requirement_id != doc.requirement_id:
                also += f" (also under {where.label})"
            found.append(Finding(
                "duplicate-document", WARNING, f"{doc_name(doc)} is {also}.",
                requirement_id=doc.requirement_id, document_id=doc.id,
                evidence=f"Both have SHA-256 {sha[:12]}…",
                fix="Remove one of them, or attach the file that belongs here.",
                action=FixAction.REMOVE))
        else:
            seen[sha] = doc
    return found


def check_packet(packet: Packet, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None, readers: ReaderCache | None = None,
                 today: dt.date | None = None, content: bool = True, *,
                 profile: Profile | None = None, paper: str = "auto") -> CheckReport:
    """Check every requirement and document of the packet. Reads the files; never writes them
    (what was read from each PDF is cached by its hash in the cache folder).

    `readers` (optional) collects the opened PDFs for a caller that reads them next.
    `content=False` skips what needs the pages' text (content, blank pages, fonts…): export
    uses it, as only errors decide whether a packet can be exported. `profile` is the portal
    profile whose limits apply (default: the packet's, loaded here); `paper` the paper that
    text and image files are converted on."""
    report = CheckReport()
    readers = ReaderCache() if readers is None else readers
    profile_problem = None
    if profile is None:
        profile, profile_problem = packet_profile(packet)
    total = len(packet.documents)
    for i, doc in enumerate(packet.documents):
        if cancel:
            cancel.raise_if_cancelled()
        progress(i, total, f"Checking {doc_name(doc)}")
        facts = inspect_file(doc.path, readers, cancel, paper=paper)
        report.facts[doc.id] = facts
        reader = readers.get(doc.path)
        if content and facts.usable and reader is not None:
            report.contents[doc.id] = pdf_facts(reader, facts.content_key)
    progress(total, total, "Checked")

    report.findings += _packet_findings(packet, today or dt.date.today())
    known = {r.id for r in packet.posting.requirements}
    for doc in packet.documents:
        if doc.requirement_id not in known:
            report.findings.append(Finding(
                "orphan-document", WARNING,
                f"{doc_name(doc)} is attached to a requirement that no longer exists.",
                document_id=doc.id, fix="Move it to a requirement or remove it.",
                action=FixAction.REMOVE))
    if profile_problem is not None:
        report.findings.append(Finding(
            "unknown-profile", WARNING, f"The packet's portal profile cannot be used: "
            f"{profile_problem.message}", evidence=f"Profile: {packet.export_options.profile}",
            fix=profile_problem.fix or "Choose another portal profile in the export settings."))
    report.findings += _duplicate_findings(packet, report)
    report.findings += _size_findings(packet, report, profile)
    report.findings += [Finding(
        "comment", INFO, f"Comment{' from ' + c.author if c.author else ''}: {c.text}",
        requirement_id=c.requirement_id, document_id=c.document_id,
        evidence=f"Written {c.created[:10]}" if c.created else "") for c in packet.comments]
    page_size = profile.page_size
    options = packet.export_options
    footer = options.page_numbers and bool(options.footer_template.strip())

    texts: list = []  # DocText of each document read, for the checks across documents
    pages_of: dict[str, int] = {}
    for req in packet.posting.requirements:
        docs = packet.documents_for(req.id)
        pages = words = 0
        doc_findings: list[Finding] = []
        for doc in docs:
            facts = report.facts[doc.id]
            doc_findings += file_findings(doc, facts)
            if not facts.usable:
                continue
            selection, problem = selected_pages(doc, facts)
            pages += len(selection)
            if problem:
                doc_findings.append(problem)
                continue
            pdf = report.contents.get(doc.id)
            if pdf is None:
                continue
            doc_words = pdf.words(selection)
            words += doc_words
            doc_findings += page_findings(doc, pdf, selection, page_size, footer)
            # the content rules and their patterns load only when contents are read (an
            # export's check does not read them)
            from packetizer.core.check.across import DocText
            from packetizer.core.check.content_rules import content_findings

            page_texts = [pdf.pages[i].text for i in selection if i < len(pdf.pages)]
            first_page = selection[0] + 1 if selection else 1
            doc_findings += content_findings(
                req, doc, pdf.text(selection), doc_words, packet.applicant.name,
                pages=page_texts, first_page=first_page)
            if doc_words >= 40:
                texts.append(DocText(doc, req, page_texts, first_page))
        report.findings += _requirement_findings(req, docs, pages, words) + doc_findings
        pages_of[req.id] = pages
    if texts:
        from packetizer.core.check.across import across_findings

        report.findings += across_findings(packet, texts, today)
    report.findings += _total_findings(packet, report, profile, sum(pages_of.values()))
    for req in packet.posting.requirements:
        severities = {f.severity for f in report.findings
                      if f.requirement_id == req.id and f.code != "optional-missing"}
        report.statuses[req.id] = RequirementStatus(
            req.id, requirement_status(req, bool(packet.documents_for(req.id)), severities),
            pages_of[req.id])
    report.findings.sort(key=lambda f: Severity(f.severity).rank)
    return report

