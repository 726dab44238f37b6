"""Check a packet against its posting: what is missing, what cannot be used, what is too long.

Each problem is a `Finding` with a stable code (documented in docs/findings.md), a severity, the
requirement and document it is about, a message naming the file, the evidence we saw and the fix.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from packetizer.core.check import content
from packetizer.core.files.convert import OFFICE_TYPES, converter_for
from packetizer.core.files.inspect import TYPE_NAMES, FileFacts, inspect_file
from packetizer.core.files.pagefacts import PdfFacts, pdf_facts
from packetizer.core.model import (
    Document,
    Packet,
    PageSelectionError,
    Requirement,
    parse_page_selection,
)
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass
class Finding:
    code: str
    severity: str
    message: str
    requirement_id: str = ""
    document_id: str = ""
    page: int | None = None  # 1-based, when the finding is about one page
    evidence: str = ""
    fix: str = ""
    action: str = ""  # what the app can do about it: "attach", "remove", "replace file", …


@dataclass
class RequirementStatus:
    requirement_id: str
    status: str  # "complete", "warning", "missing", "error", "separate", "optional"
    pages: int = 0


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    statuses: dict[str, RequirementStatus] = field(default_factory=dict)
    facts: dict[str, FileFacts] = field(default_factory=dict)  # by document id
    contents: dict[str, PdfFacts] = field(default_factory=dict)  # by document id, usable PDFs

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def for_requirement(self, requirement_id: str) -> list[Finding]:
        return [f for f in self.findings if f.requirement_id == requirement_id]

    def summary(self, packet: Packet) -> str:
        """"2 of 3 required items ready · 1 warning"."""
        required = [r for r in packet.posting.requirements
                    if r.required and not r.submitted_separately]
        ready = sum(1 for r in required
                    if self.statuses.get(r.id, RequirementStatus(r.id, "missing")).status
                    in ("complete", "warning"))
        parts = [f"{ready} of {len(required)} required items ready"]
        for count, word in ((len(self.errors), "error"), (len(self.warnings), "warning")):
            if count:
                parts.append(f"{count} {word}{'s' if count != 1 else ''}")
        return " · ".join(parts)


def _name(doc: Document) -> str:
    return Path(doc.path).name


def _file_findings(doc: Document, facts: FileFacts) -> list[Finding]:
    where = {"requirement_id": doc.requirement_id, "document_id": doc.id}
    name = _name(doc)
    if not facts.exists:
        return [Finding("file-missing", ERROR, f"{name}: {facts.problem}",
                        evidence=f"Looked for {doc.path}", fix=facts.fix,
                        action="replace file", **where)]
    if facts.problem and facts.converter_missing:
        return [Finding("converter-missing", ERROR, f"{name} {facts.problem}",
                        evidence=f"Detected type: {TYPE_NAMES[facts.file_type]}",
                        fix=facts.fix, action="replace file", **where)]
    if facts.problem and converter_for(facts.file_type, Path(doc.path)):
        return [Finding("conversion-failed", ERROR, f"{name} {facts.problem}",
                        evidence=f"Detected type: {TYPE_NAMES[facts.file_type]}",
                        fix=facts.fix, action="replace file", **where)]
    if facts.problem:
        code = {"user": "encrypted"}.get(facts.encryption, "")
        if not code:
            code = "not-pdf" if facts.file_type != "pdf" else "unreadable"
            if facts.is_dir:
                code = "not-a-file"
            elif facts.page_count == 0 and facts.file_type == "pdf" and "no pages" in \
                    facts.problem:
                code = "no-pages"
        evidence = f"Detected type: {facts.file_type}; size {facts.size} bytes"
        return [Finding(code, ERROR, f"{name} {facts.problem}", evidence=evidence,
                        fix=facts.fix, action="replace file", **where)]
    found = []
    if doc.sha256 and facts.sha256 and doc.sha256 != facts.sha256:
        found.append(Finding(
            "file-changed", WARNING, f"{name} has changed since it was attached.",
            evidence=f"sha256 was {doc.sha256[:12]}…, is now {facts.sha256[:12]}…",
            fix="Check that this is the version you want to send; re-attach it to confirm.",
            action="refresh", **where))
    if facts.converted_from:
        found.append(Finding(
            "converted", INFO, f"{name} is {TYPE_NAMES[facts.converted_from]}; the packet "
            f"uses a PDF made from it ({facts.page_count} page"
            f"{'s' if facts.page_count != 1 else ''}).",
            evidence="Converted " + ("with LibreOffice" if facts.converted_from in OFFICE_TYPES
                                     else "by Packetizer") + "; cached until the file changes.",
            fix="Look through the PDF once (layout can shift in conversion); for full control, "
            "save it as PDF yourself.", **where))
        if Path(doc.path).suffix.lower() == ".pdf":
            found.append(Finding(
                "misnamed", WARNING, f"{name} is named .pdf but is really "
                f"{TYPE_NAMES[facts.converted_from]}; it was converted.",
                evidence=f"Detected type: {TYPE_NAMES[facts.converted_from]}",
                fix="Rename it, so a portal you upload it to elsewhere does not reject it.",
                **where))
    elif facts.file_type == "pdf" and Path(doc.path).suffix.lower() not in (".pdf", ""):
        found.append(Finding(
            "misnamed", INFO, f"{name} is really a PDF; it is used as one.",
            evidence="The file starts with %PDF.", fix="Rename it to .pdf.", **where))
    if facts.encryption == "owner":
        found.append(Finding(
            "encrypted-owner", WARNING,
            f"{name} has restrictions (an owner password); it opens, but some portals reject "
            "protected files.",
            evidence="Encrypted with an empty user password",
            fix="Export will write it without the restrictions; or save an unprotected copy.",
            **where))
    return found


def _selected_pages(doc: Document, facts: FileFacts) -> tuple[list[int], Finding | None]:
    """The 0-based pages the packet takes from the document (all, when the selection is bad,
    with the finding that says so)."""
    try:
        return parse_page_selection(doc.pages, facts.page_count), None
    except PageSelectionError as exc:
        return list(range(facts.page_count)), Finding(
            "bad-page-selection", ERROR, f"{_name(doc)}: the page selection “{doc.pages}” "
            f"does not fit: {exc}", requirement_id=doc.requirement_id, document_id=doc.id,
            evidence=f"The file has {facts.page_count} pages", fix="Correct the page selection.",
            action="select pages")


def _source_quote(req: Requirement) -> str:
    if not req.source:
        return ""
    quoted = content.quote(req.source.text, 160)
    return f"The posting says: “{quoted}”" + ("" if quoted.endswith((".", "…")) else ".")


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
                evidence=_source_quote(req), fix="Make sure they are sent on time.", **where))
        return found
    if n == 0:
        if req.required and req.kind in ("letters", "references"):
            found.append(Finding(
                "missing-required", ERROR, f"{req.label} is required but nothing is attached.",
                evidence=_source_quote(req), fix=f"Attach your {req.label.lower()}, or mark "
                "the item as sent separately if your referees send them.",
                action="mark submitted separately", **where))
        elif req.required:
            found.append(Finding(
                "missing-required", ERROR, f"{req.label} is required but nothing is attached.",
                evidence=_source_quote(req), fix=f"Attach your {req.label.lower()}.",
                action="attach", **where))
        else:
            found.append(Finding(
                "optional-missing", INFO, f"{req.label} is optional and not attached.",
                evidence=_source_quote(req), fix="Attach it if you have one.", action="attach",
                **where))
        return found
    if req.min_count and n < req.min_count:
        found.append(Finding(
            "too-few", ERROR if req.required else WARNING,
            f"{req.label}: {n} attached, the posting asks for at least {req.min_count}.",
            evidence=_source_quote(req), fix="Attach the missing ones.", action="attach",
            **where))
    if req.max_count and n > req.max_count:
        found.append(Finding(
            "too-many", WARNING,
            f"{req.label}: {n} attached, the posting asks for at most {req.max_count}.",
            evidence=_source_quote(req), fix="Remove the extra ones.", action="remove", **where))
    if req.max_pages and pages > req.max_pages:
        found.append(Finding(
            "over-page-limit", ERROR,
            f"{req.label} is {pages} pages; the posting allows {req.max_pages}.",
            evidence=_source_quote(req),
            fix="Shorten it, or choose the pages to send.", action="select pages", **where))
    if req.max_words and words > req.max_words:
        found.append(Finding(
            "over-word-limit", ERROR,
            f"{req.label} is about {words:,} words; the posting allows {req.max_words:,}.",
            evidence=_source_quote(req) + " (Words counted in the PDF's text, as a portal "
            "would.)", fix="Shorten it.", action="replace file", **where))
    return found


def _pages_list(pages: list[int]) -> str:
    shown = ", ".join(str(p + 1) for p in pages[:8])
    return shown + (f" and {len(pages) - 8} more" if len(pages) > 8 else "")


def _page_findings(doc: Document, pdf: PdfFacts, selection: list[int],
                   page_size: str | None) -> list[Finding]:
    """Blank and scanned pages, fonts, active content, page sizes: facts about the PDF itself."""
    where = {"requirement_id": doc.requirement_id, "document_id": doc.id}
    name = _name(doc)
    found = []
    chosen = [i for i in selection if i < len(pdf.pages)]
    blank = [i for i in chosen if pdf.pages[i].blank]
    if blank:
        found.append(Finding(
            "blank-page", WARNING,
            f"{name}: page{'s' if len(blank) > 1 else ''} {_pages_list(blank)} "
            f"{'are' if len(blank) > 1 else 'is'} blank.", page=blank[0] + 1,
            evidence="Nothing is drawn on the page: no text, no images, no lines.",
            fix="Leave the page out with a page selection.", action="select pages", **where))
    scanned = [i for i in chosen if pdf.pages[i].image_only]
    if scanned and len(scanned) == len(chosen):
        found.append(Finding(
            "no-text-layer", WARNING,
            f"{name} is scanned: its pages are pictures without text, so reviewers cannot "
            "search or copy it and portals cannot read it.",
            evidence=f"{len(scanned)} of {len(chosen)} pages are images with no text layer.",
            fix="Attach the original file, or run text recognition (OCR) first, e.g. "
            "`ocrmypdf in.pdf out.pdf`, or “Recognize Text” in Adobe Acrobat.",
            action="replace file", **where))
    elif scanned:
        found.append(Finding(
            "pages-without-text", INFO,
            f"{name}: page{'s' if len(scanned) > 1 else ''} {_pages_list(scanned)} "
            f"{'are' if len(scanned) > 1 else 'is an'} image{'s' if len(scanned) > 1 else ''} "
            "without text.", page=scanned[0] + 1,
            evidence="The page holds a picture and no searchable text.",
            fix="Fine for figures; for scanned text, run OCR (e.g. `ocrmypdf`).", **where))
    heavy = [p for p in pdf.text_skipped if p - 1 in chosen]
    if heavy:
        found.append(Finding(
            "heavy-page", INFO,
            f"{name}: page{'s' if len(heavy) > 1 else ''} {', '.join(map(str, heavy[:8]))} "
            f"{'are' if len(heavy) > 1 else 'is'} unusually heavy; "
            f"{'their' if len(heavy) > 1 else 'its'} text was not checked.",
            page=heavy[0], evidence="More than 1 MB of drawing instructions on one page.",
            fix="Usually a huge drawing or a bad export; print it to PDF again to slim it.",
            **where))
    if pdf.fonts_not_embedded:
        fonts = ", ".join(pdf.fonts_not_embedded[:5])
        found.append(Finding(
            "fonts-not-embedded", WARNING,
            f"{name} uses fonts that are not embedded; other computers will show it with "
            "substitute fonts and the layout can shift.",
            evidence=f"Not embedded: {fonts}",
            fix="Export the PDF again with “embed all fonts” (Word: Options → Save → Embed "
            "fonts; LaTeX: pdflatex embeds by default).", action="replace file", **where))
    removed = (["scripts"] if pdf.javascript else []) + (
        [f"attached files ({', '.join(pdf.attachments[:3])})"] if pdf.attachments else [])
    if removed:
        found.append(Finding(
            "active-content", INFO,
            f"{name} contains {' and '.join(removed)}; export removes them.",
            evidence="Committees' viewers and portals distrust active content.",
            fix="Nothing to do; send attachments as their own documents if they matter.",
            **where))
    if pdf.tagged:
        found.append(Finding(
            "tagged-pdf", INFO,
            f"{name} is tagged for accessibility; the merged packet keeps its text and links "
            "but not the tags.", evidence="The PDF has a structure tree (tags).",
            fix="Where a portal requires accessible PDFs, upload the original file there.",
            **where))
    if chosen:
        sizes = {(round(pdf.pages[i].width), round(pdf.pages[i].height)) for i in chosen}
        landscape = [i for i in chosen if pdf.pages[i].landscape]
        wanted = PAGE_SIZES.get((page_size or "").lower())
        if wanted:
            off = [i for i in chosen if not _same_size(pdf.pages[i], wanted)]
            if off:
                first = pdf.pages[off[0]]
                found.append(Finding(
                    "page-size", WARNING,
                    f"{name}: {len(off)} page{'s are' if len(off) > 1 else ' is'} not "
                    f"{page_size.upper() if len(page_size) < 4 else page_size.title()}.",
                    page=off[0] + 1,
                    evidence=f"Page {off[0] + 1} is {_size_text(first.width, first.height)}",
                    fix="Export it again on the right paper size.", action="replace file",
                    **where))
        if landscape and len(landscape) < len(chosen):
            found.append(Finding(
                "landscape-pages", INFO,
                f"{name}: page{'s' if len(landscape) > 1 else ''} {_pages_list(landscape)} "
                "are landscape.", page=landscape[0] + 1,
                evidence="Wider than tall.", fix="Fine for tables and figures; rotate the page "
                "if it was scanned sideways.", action="rotate", **where))
        elif len(sizes) > 1 and not landscape:
            found.append(Finding(
                "mixed-page-sizes", INFO, f"{name} mixes page sizes.",
                evidence="Sizes: " + "; ".join(_size_text(w, h) for w, h in sorted(sizes)[:4]),
                fix="Usually harmless; export on one paper size for a tidy print.", **where))
    return found


PAGE_SIZES = {"letter": (612, 792), "a4": (595.3, 841.9), "legal": (612, 1008)}


def _same_size(page, wanted: tuple[float, float]) -> bool:
    w, h = sorted((page.width, page.height))
    return abs(w - wanted[0]) <= 3 and abs(h - wanted[1]) <= 3


def _size_text(width: float, height: float) -> str:
    for label, (w, h) in PAGE_SIZES.items():
        if abs(min(width, height) - w) <= 3 and abs(max(width, height) - h) <= 3:
            return "Letter" if label == "letter" else label.upper() if label == "a4" else "Legal"
    return f"{width / 72 * 25.4:.0f} × {height / 72 * 25.4:.0f} mm"


def _asked(req: Requirement) -> str:
    """What the posting says about this item, in lower case: its sentence, label and notes."""
    return " ".join([req.source.text if req.source else "", req.label, req.notes]).lower()


def _content_findings(req: Requirement, doc: Document, text: str, words: int,
                      applicant: str) -> list[Finding]:
    """Does the document look like what was asked? Cautious: only with clear signs."""
    where = {"requirement_id": req.id, "document_id": doc.id}
    name = _name(doc)
    found = []
    if words < 40:
        return found  # too little text to say anything (scanned files get their own finding)
    mismatch = content.check_kind(req.kind, text)
    if mismatch:
        found.append(Finding(
            "content-mismatch", WARNING,
            f"{name} is attached as the {req.label.lower()} but looks like "
            f"{content.NAMES[mismatch.looks_like]}.",
            evidence=mismatch.evidence,
            fix="Check that the right file is attached here; move it if not.",
            action="replace file", **where))
        return found
    asked = _asked(req)
    family = content.FAMILY.get(req.kind, req.kind)
    if family == "cv":
        found += _cv_findings(req, text, name, where)
    elif req.kind == "research_statement":
        for pattern, code, what, words_asked in (
                (content.FUTURE, "statement-no-future", "future plans",
                 ("future", "plan", "agenda", "vision", "direction", "interests")),
                (content.PAST, "statement-no-achievements", "past achievements",
                 ("achievement", "accomplishment", "past", "previous", "prior", "record"))):
            if any(w in asked for w in words_asked) and not content.sentence_with(pattern, text):
                found.append(Finding(
                    code, WARNING, f"{name} does not seem to describe your {what}, which the "
                    "posting asks for.", evidence=_source_quote(req) + f" No sentence about "
                    f"{what} was found in {words} words.",
                    fix=f"Add a section on your {what}.", action="replace file", **where))
    elif family == "article" and re.search(r"\b(article|chapter|paper|publication)", asked):
        evidence = content.looks_published(text)
        if not evidence:
            found.append(Finding(
                "sample-not-article", WARNING,
                f"{name} does not look like a published journal article or book chapter.",
                evidence=_source_quote(req) + " No DOI, ISBN, journal citation, chapter "
                "reference or abstract-and-references structure was found.",
                fix="Attach the published version (publisher PDF or accepted manuscript with "
                "its citation).", action="replace file", **where))
    if applicant and family in ("cv", "cover_letter", "research_statement",
                                "teaching_statement", "diversity_statement") \
            and not content.mentions_name(text, applicant):
        found.append(Finding(
            "name-missing", WARNING,
            f"{name} does not contain your name ({content.surname(applicant)}).",
            evidence=f"Searched {words} words for “{content.surname(applicant)}”.",
            fix="Check that this is your file, or correct the applicant name in the packet.",
            **where))
    return found


def _cv_findings(req: Requirement, text: str, name: str, where: dict) -> list[Finding]:
    asked = _asked(req)
    pubs = content.find_publications(text)
    wants_pubs = "publication" in asked or "paper" in asked
    if not pubs.heading and pubs.total < 2:
        if wants_pubs:
            return [Finding(
                "cv-no-publications", WARNING,
                f"{name} has no publications section, and the posting asks for a CV that "
                "lists publications.",
                evidence=_source_quote(req) + " No heading such as “Publications” and no "
                "journal or conference entries were found.",
                fix="Add your publications to the CV (or attach a publication list if the "
                "posting allows).", action="replace file", **where)]
        return []
    counts = (f"{pubs.journal} journal, {pubs.conference} conference"
              + (f", {pubs.chapters} book-chapter" if pubs.chapters else "") + " entries")
    found = [Finding(
        "cv-publications", INFO, f"{name} lists {counts}.",
        evidence=(f"Heading “{pubs.heading}”. " if pubs.heading else "")
        + (f"First entry: “{pubs.example}”" if pubs.example else ""), **where)]
    if "conference" in asked and pubs.conference == 0:
        found.append(Finding(
            "cv-no-conferences", WARNING,
            f"{name} lists no conference papers or talks, and the posting asks for conferences.",
            evidence=_source_quote(req) + f" Found {counts}.",
            fix="Add your conference papers and presentations.", action="replace file",
            **where))
    return found


def _packet_findings(packet: Packet, today: dt.date) -> list[Finding]:
    found = []
    if not packet.applicant.name.strip():
        found.append(Finding(
            "no-applicant-name", WARNING, "The packet has no applicant name.",
            evidence="The cover page, footer and file names use it.",
            fix="Set your name (Packet → Applicant, or `packetizer new --name`).",
            action="edit applicant"))
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
    return found


def _size_findings(packet: Packet, report: CheckReport) -> list[Finding]:
    """File sizes against the posting's limit and the portal profile's."""
    from packetizer.core.appdata.profiles import load_profile
    from packetizer.core.errors import PacketizerError

    try:
        profile = load_profile(packet.export_options.profile)
    except PacketizerError:
        return []
    found = []
    limits = [(mb, who) for mb, who in ((packet.posting.max_file_mb, "the posting"),
                                        (profile.max_file_mb, profile.title or profile.name))
              if mb]
    if limits:
        mb, who = min(limits)
        for doc in packet.documents:
            size = report.facts[doc.id].size
            if size > mb * 1_048_576:
                found.append(Finding(
                    "file-too-large", WARNING,
                    f"{_name(doc)} is {size / 1_048_576:.1f} MB; {who} takes at most {mb:g} MB "
                    "per file.", requirement_id=doc.requirement_id, document_id=doc.id,
                    evidence=f"{size:,} bytes",
                    fix="Reduce it (e.g. save images at lower resolution) or choose the "
                    "pages to send.", action="select pages"))
    total = sum(report.facts[d.id].size for d in packet.documents)
    if profile.max_total_mb and total > profile.max_total_mb * 1_048_576:
        found.append(Finding(
            "packet-too-large", WARNING,
            f"The documents add up to {total / 1_048_576:.1f} MB; "
            f"{profile.title or profile.name} takes at most {profile.max_total_mb:g} MB in all.",
            evidence=f"{len(packet.documents)} files, {total:,} bytes",
            fix="Shrink the largest files or leave out pages you do not need."))
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
            also = (f"the same file as {_name(first)}" if _name(first) != _name(doc)
                    else "attached twice")
            where = packet.posting.requirement(first.requirement_id)
            if where is not None and first.requirement_id != doc.requirement_id:
                also += f" (also under {where.label})"
            found.append(Finding(
                "duplicate-document", WARNING, f"{_name(doc)} is {also}.",
                requirement_id=doc.requirement_id, document_id=doc.id,
                evidence=f"Both have SHA-256 {sha[:12]}…",
                fix="Remove one of them, or attach the file that belongs here.",
                action="remove"))
        else:
            seen[sha] = doc
    return found


def check_packet(packet: Packet, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None, readers: dict | None = None,
                 today: dt.date | None = None, content: bool = True) -> CheckReport:
    """Check every requirement and document of the packet. Reads the files; never writes them
    (what was read from each PDF is cached by its hash in the cache folder).

    `readers` (optional) collects the opened PDFs by path for a caller that reads them next.
    `content=False` skips what needs the pages' text (content, blank pages, fonts…): export
    uses it, as only errors decide whether a packet can be exported."""
    report = CheckReport()
    readers = {} if readers is None else readers
    total = len(packet.documents)
    for i, doc in enumerate(packet.documents):
        if cancel:
            cancel.raise_if_cancelled()
        progress(i, total, f"Checking {_name(doc)}")
        facts = inspect_file(doc.path, readers, cancel)
        report.facts[doc.id] = facts
        reader = readers.get(str(Path(doc.path)))
        if content and facts.usable and reader is not None:
            report.contents[doc.id] = pdf_facts(reader, facts.sha256)
    progress(total, total, "Checked")

    report.findings += _packet_findings(packet, today or dt.date.today())
    known = {r.id for r in packet.posting.requirements}
    for doc in packet.documents:
        if doc.requirement_id not in known:
            report.findings.append(Finding(
                "orphan-document", WARNING,
                f"{_name(doc)} is attached to a requirement that no longer exists.",
                document_id=doc.id, fix="Move it to a requirement or remove it.",
                action="remove"))
    report.findings += _duplicate_findings(packet, report) + _size_findings(packet, report)
    report.findings += [Finding(
        "comment", INFO, f"Comment{' from ' + c.author if c.author else ''}: {c.text}",
        requirement_id=c.requirement_id, document_id=c.document_id,
        evidence=f"Written {c.created[:10]}" if c.created else "") for c in packet.comments]
    page_size = _profile_page_size(packet)

    for req in packet.posting.requirements:
        docs = packet.documents_for(req.id)
        pages = words = 0
        doc_findings: list[Finding] = []
        for doc in docs:
            facts = report.facts[doc.id]
            doc_findings += _file_findings(doc, facts)
            if not facts.usable:
                continue
            selection, problem = _selected_pages(doc, facts)
            pages += len(selection)
            if problem:
                doc_findings.append(problem)
                continue
            pdf = report.contents.get(doc.id)
            if pdf is None:
                continue
            doc_words = pdf.words(selection)
            words += doc_words
            doc_findings += _page_findings(doc, pdf, selection, page_size)
            doc_findings += _content_findings(req, doc, pdf.text(selection), doc_words,
                                              packet.applicant.name)
        req_findings = _requirement_findings(req, docs, pages, words)
        findings = req_findings + doc_findings
        report.findings += findings
        severities = {f.severity for f in report.findings
                      if f.requirement_id == req.id and f.code != "optional-missing"}
        if req.submitted_separately and not docs:
            status = "separate"
        elif not docs:
            status = "missing" if req.required else "optional"
        elif ERROR in severities:
            status = "error"
        elif WARNING in severities:
            status = "warning"
        else:
            status = "complete"
        report.statuses[req.id] = RequirementStatus(req.id, status, pages)
    report.findings.sort(key=lambda f: SEVERITY_ORDER[f.severity])
    return report


def _profile_page_size(packet: Packet) -> str | None:
    from packetizer.core.appdata.profiles import load_profile
    from packetizer.core.errors import PacketizerError

    try:
        return load_profile(packet.export_options.profile).page_size
    except PacketizerError:
        return None
