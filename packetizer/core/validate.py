"""Check a packet against its posting: what is missing, what cannot be used, what is too long.

Each problem is a `Finding` with a stable code (documented in docs/findings.md), a severity, the
requirement and document it is about, a message naming the file, the evidence we saw and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from packetizer.core.inspect import FileFacts, inspect_file
from packetizer.core.model import (
    Document,
    Packet,
    PageSelectionError,
    Requirement,
    parse_page_selection,
)
from packetizer.core.tasks import CancelToken, ProgressCallback, no_progress

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
    if facts.encryption == "owner":
        found.append(Finding(
            "encrypted-owner", WARNING,
            f"{name} has restrictions (an owner password); it opens, but some portals reject "
            "protected files.",
            evidence="Encrypted with an empty user password",
            fix="Export will write it without the restrictions; or save an unprotected copy.",
            **where))
    return found


def _selected_pages(doc: Document, facts: FileFacts) -> tuple[int, Finding | None]:
    try:
        return len(parse_page_selection(doc.pages, facts.page_count)), None
    except PageSelectionError as exc:
        return facts.page_count, Finding(
            "bad-page-selection", ERROR, f"{_name(doc)}: the page selection “{doc.pages}” "
            f"does not fit: {exc}", requirement_id=doc.requirement_id, document_id=doc.id,
            evidence=f"The file has {facts.page_count} pages", fix="Correct the page selection.",
            action="select pages")


def _source_quote(req: Requirement) -> str:
    return f"The posting says: “{req.source.text.strip()}”" if req.source else ""


def _requirement_findings(req: Requirement, docs: list[Document], pages: int) -> list[Finding]:
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
        if req.required:
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
    return found


def check_packet(packet: Packet, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None, readers: dict | None = None) -> CheckReport:
    """Check every requirement and document of the packet. Reads the files; never writes.

    `readers` (optional) collects the opened PDFs by path for a caller that reads them next."""
    report = CheckReport()
    total = len(packet.documents)
    for i, doc in enumerate(packet.documents):
        if cancel:
            cancel.raise_if_cancelled()
        progress(i, total, f"Checking {_name(doc)}")
        report.facts[doc.id] = inspect_file(doc.path, readers)
    progress(total, total, "Checked")

    known = {r.id for r in packet.posting.requirements}
    for doc in packet.documents:
        if doc.requirement_id not in known:
            report.findings.append(Finding(
                "orphan-document", WARNING,
                f"{_name(doc)} is attached to a requirement that no longer exists.",
                document_id=doc.id, fix="Move it to a requirement or remove it.",
                action="remove"))

    for req in packet.posting.requirements:
        docs = packet.documents_for(req.id)
        pages = 0
        doc_findings: list[Finding] = []
        for doc in docs:
            facts = report.facts[doc.id]
            doc_findings += _file_findings(doc, facts)
            if facts.usable:
                count, problem = _selected_pages(doc, facts)
                pages += count
                if problem:
                    doc_findings.append(problem)
        req_findings = _requirement_findings(req, docs, pages)
        findings = req_findings + doc_findings
        report.findings += findings
        severities = {f.severity for f in findings if f.code != "optional-missing"}
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
