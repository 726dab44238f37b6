"""What a check reports: findings (code, severity, evidence, fix, action), each item's status, and
the report that holds them; plus the small helpers every rule uses to word its findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from packetizer.core.check import content
from packetizer.core.files.inspect import FileFacts
from packetizer.core.files.pagefacts import PdfFacts
from packetizer.core.model import (
    Document,
    FixAction,
    Packet,
    Requirement,
    Severity,
    Status,
)

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass
class Finding:
    code: str
    severity: Severity
    message: str
    requirement_id: str = ""
    document_id: str = ""
    page: int | None = None  # 1-based, when the finding is about one page
    evidence: str = ""
    fix: str = ""
    action: FixAction = FixAction.NONE  # what the app can do about it


@dataclass
class RequirementStatus:
    requirement_id: str
    status: Status
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

    def readiness(self, packet: Packet) -> tuple[int, int, int]:
        """(required items ready, required items, of the ready ones those with warnings);
        letters the referees send are not counted."""
        required = [r for r in packet.posting.requirements
                    if r.required and not r.submitted_separately]
        states = [self.statuses.get(r.id, RequirementStatus(r.id, Status.MISSING)).status
                  for r in required]
        ready = sum(1 for s in states if s in (Status.COMPLETE, Status.WARNING))
        return ready, len(required), sum(1 for s in states if s == Status.WARNING)

    def summary(self, packet: Packet) -> str:
        """"2 of 3 required items ready · 1 warning"."""
        ready, required, _warned = self.readiness(packet)
        parts = [f"{ready} of {required} required items ready"]
        for count, word in ((len(self.errors), "error"), (len(self.warnings), "warning")):
            if count:
                parts.append(f"{count} {word}{'s' if count != 1 else ''}")
        return " · ".join(parts)


def doc_name(doc: Document) -> str:
    return Path(doc.path).name


def source_quote(req: Requirement) -> str:
    if not req.source:
        return ""
    quoted = content.quote(req.source.text, 160)
    return f"The posting says: “{quoted}”" + ("" if quoted.endswith((".", "…")) else ".")


def pages_list(pages: list[int]) -> str:
    shown = ", ".join(str(p + 1) for p in pages[:8])
    return shown + (f" and {len(pages) - 8} more" if len(pages) > 8 else "")




def asked_text(req: Requirement) -> str:
    """What the posting says about this item, in lower case: its sentence, label and notes."""
    return " ".join([req.source.text if req.source else "", req.label, req.notes]).lower()
