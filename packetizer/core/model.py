"""The packet and everything in it, as plain dataclasses (no I/O here)."""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from packetizer.core.errors import PageSelectionError

# The vocabulary. Members are strings ("cv", "error", …), so they compare equal to the values
# stored in packet files and printed by `--json`, which stay exactly as they were.


class Kind(StrEnum):
    """What a material is; each kind has a display name and a short code (page labels, file
    names)."""

    CV = ("cv", "CV", "CV")
    RESUME = ("resume", "Résumé", "RES")
    COVER_LETTER = ("cover_letter", "Cover letter", "CL")
    RESEARCH_STATEMENT = ("research_statement", "Research statement", "RS")
    TEACHING_STATEMENT = ("teaching_statement", "Teaching statement", "TS")
    DIVERSITY_STATEMENT = ("diversity_statement", "Diversity statement", "DS")
    WRITING_SAMPLE = ("writing_sample", "Writing sample", "WS")
    PUBLICATIONS = ("publications", "Publications", "PUB")
    TRANSCRIPTS = ("transcripts", "Transcripts", "TR")
    REFERENCES = ("references", "References", "REF")
    LETTERS = ("letters", "Letters of recommendation", "LR")
    OTHER = ("other", "Other", "OTH")

    def __new__(cls, value: str, display: str, code: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.display, member.code = display, code
        return member


class Severity(StrEnum):
    """How much a finding matters: errors stop an export, warnings and notes do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:  # errors first
        return ("error", "warning", "info").index(self.value)


class Status(StrEnum):
    """Where a checklist item stands after a check."""

    COMPLETE = "complete"
    WARNING = "warning"
    ERROR = "error"
    MISSING = "missing"
    SEPARATE = "separate"  # sent separately (by referees, say), not part of the packet
    OPTIONAL = "optional"  # optional and not attached


class FixAction(StrEnum):
    """What the app can do about a finding (the CLI prints the finding's `fix` text instead)."""

    NONE = ""
    ATTACH = "attach"
    REMOVE = "remove"
    REPLACE_FILE = "replace file"
    SELECT_PAGES = "select pages"
    ROTATE = "rotate"
    REFRESH = "refresh"  # re-attach a file that changed since it was attached
    EDIT_APPLICANT = "edit applicant"
    MARK_SEPARATE = "mark submitted separately"
    MAKE_SEARCHABLE = "make searchable"  # add a text layer with OCR (files.ocr)
    EDIT_REFEREES = "edit referees"  # who was asked for a letter, who confirmed sending it


# kind -> (display name, short code used in page labels and file names)
KINDS: dict[str, tuple[str, str]] = {kind: (kind.display, kind.code) for kind in Kind}
DEFAULT_FOOTER = "{applicant} · {job_id} · page {page} of {pages}"


def kind_name(kind: str) -> str:
    return KINDS.get(kind, KINDS["other"])[0]


def kind_code(kind: str) -> str:
    return KINDS.get(kind, KINDS["other"])[1]


@dataclass
class SourceSpan:
    """Where in the posting text a requirement came from (character offsets, end exclusive)."""

    start: int
    end: int
    text: str


@dataclass
class Requirement:
    id: str
    kind: str
    label: str
    required: bool = True
    min_count: int | None = None
    max_count: int | None = None
    max_pages: int | None = None
    max_words: int | None = None
    formats: list[str] = field(default_factory=list)
    notes: str = ""
    source: SourceSpan | None = None
    submitted_separately: bool = False
    user_edited: bool = False  # added or changed by the user: kept when the posting is re-read
    sentence: SourceSpan | None = None  # the whole sentence or list line `source` is in
    condition: str = ""  # when only some applicants send it: "If you have taught", in the
    # posting's words ("" when it is asked of everyone)

    @property
    def sender(self) -> str:
        """Who sends it: "applicant", "referees" (letters sent directly) or "someone else"."""
        if not self.submitted_separately:
            return "applicant"
        return "referees" if self.kind in ("letters", "references") else "someone else"


@dataclass
class Posting:
    text: str = ""
    title: str = ""
    organization: str = ""
    job_id: str = ""
    deadline: str | None = None  # ISO date
    review_begins: str | None = None  # ISO date review of applications begins (not a deadline)
    url: str = ""
    single_pdf: bool = False
    max_file_mb: float | None = None  # a file-size limit the posting states
    max_total_pages: int | None = None  # a page limit for the whole application
    qualifications: list[str] = field(default_factory=list)  # shown, never checked
    requirements: list[Requirement] = field(default_factory=list)
    dismissed: list[str] = field(default_factory=list)  # ids the user removed; stay removed

    def requirement(self, key: str) -> Requirement | None:
        """Find a requirement by id, or by kind when exactly one has that kind."""
        for req in self.requirements:
            if req.id == key:
                return req
        by_kind = [r for r in self.requirements if r.kind == key]
        return by_kind[0] if len(by_kind) == 1 else None


@dataclass
class PastVersion:
    """A file a document used before it was updated to a new version (`packetizer library
    update`): what the library lists as the document's older versions."""

    sha256: str
    path: str
    size: int = 0
    page_count: int = 0
    replaced_on: str = ""  # YYYY-MM-DD it was replaced


@dataclass
class Document:
    id: str
    requirement_id: str
    path: str  # absolute in memory; relative to the packet file when saved, where possible
    sha256: str = ""
    size: int = 0
    page_count: int = 0
    title: str = ""  # the bookmark title the user gave; "" follows the item (document_title)
    pages: str = ""  # page selection such as "1-3,5"; empty means all pages
    rotation: int = 0  # extra clockwise rotation in degrees: 0, 90, 180 or 270
    # single pages turned on top of that: the file's page number (1-based, as text) → degrees
    page_rotations: dict[str, int] = field(default_factory=dict)
    replaced: list[PastVersion] = field(default_factory=list)  # its earlier versions, oldest first

    def page_rotation(self, index: int) -> int:
        """The clockwise turn the export gives the file's page `index` (0-based)."""
        return (self.rotation + self.page_rotations.get(str(index + 1), 0)) % 360

    @property
    def turned(self) -> bool:
        """Is any of its pages turned in the export?"""
        return bool(self.rotation or self.page_rotations)


@dataclass
class Applicant:
    name: str = ""
    email: str = ""


@dataclass
class ExportOptions:
    cover_page: bool = True
    page_numbers: bool = True
    footer_template: str = DEFAULT_FOOTER
    header_template: str = ""  # a line at the top of every page ("" for none), as the footer
    page_labels: str = "sections"  # "sections" (CV-1, RS-1…) or "continuous"
    keep_original_bookmarks: bool = True
    output_name_template: str = "{nn}_{kind}_{last_name}.pdf"
    profile: str = "generic"
    paper: str = ""  # "" keeps every page's size; "letter" or "a4" scales pages to that paper


@dataclass
class Comment:
    """A reviewer's note (a career adviser's, say) on the packet, an item or a document."""

    id: str
    text: str
    author: str = ""
    created: str = ""  # ISO time
    requirement_id: str = ""
    document_id: str = ""


OUTCOMES = ("submitted", "interview", "offer", "rejected", "withdrawn")


@dataclass
class Referee:
    """Someone asked to send a letter for this application (`packetizer referees`)."""

    name: str
    email: str = ""
    institution: str = ""
    asked_on: str = ""  # ISO date they were asked
    confirmed_on: str = ""  # ISO date they confirmed the letter was sent, or ""


@dataclass
class Tracking:
    """Where the application stands, as the applicant records it (`packetizer mark`)."""

    submitted_on: str = ""  # ISO date the application was sent
    outcome: str = ""  # "", or one of OUTCOMES: the latest thing that happened
    outcome_on: str = ""  # ISO date of it
    exported_on: str = ""  # ISO date of the last export
    referees: list[Referee] = field(default_factory=list)
    exported_files: list[str] = field(default_factory=list)  # sha256 of each document exported


@dataclass
class Packet:
    applicant: Applicant = field(default_factory=Applicant)
    posting: Posting = field(default_factory=Posting)
    documents: list[Document] = field(default_factory=list)
    export_options: ExportOptions = field(default_factory=ExportOptions)
    comments: list[Comment] = field(default_factory=list)
    notes: str = ""
    created: str = ""
    modified: str = ""
    tracking: Tracking = field(default_factory=Tracking)

    @property
    def export_out_of_date(self) -> bool:
        """Was the last export made with other documents than the packet has now (a new
        version, one attached or removed)? False when it cannot tell (no export recorded, or
        one recorded before the exported files were)."""
        exported = self.tracking.exported_files
        return bool(self.tracking.exported_on and exported) and \
            exported != [d.sha256 for d in self.documents]

    def record_export(self, day: str) -> None:
        """The export made today, with the documents as they are now."""
        self.tracking.exported_on = day
        self.tracking.exported_files = [d.sha256 for d in self.documents]

    def documents_for(self, requirement_id: str) -> list[Document]:
        return [d for d in self.documents if d.requirement_id == requirement_id]

    def document(self, doc_id: str) -> Document | None:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        return None

    def document_title(self, doc: Document) -> str:
        """The document's bookmark title, on the cover and in the checklist: the one the user
        gave it, else its item's name ("Research statement"), numbered when the item holds
        several ("Publications 2"). It follows the file when the file is replaced."""
        if doc.title:
            return doc.title
        req = self.posting.requirement(doc.requirement_id)
        if req is None:
            return Path(doc.path).stem
        siblings = self.documents_for(req.id)
        name = short_label(req)
        return name if len(siblings) <= 1 else f"{name} {siblings.index(doc) + 1}"


def packet_data(packet: Packet) -> dict[str, Any]:
    """Everything in the packet as plain JSON-ready data (what the save format and the
    export's content-derived /ID are built from)."""
    return {
        "created": packet.created,
        "modified": packet.modified,
        "applicant": asdict(packet.applicant),
        "posting": asdict(packet.posting),
        "documents": [asdict(doc) for doc in packet.documents],
        "export_options": asdict(packet.export_options),
        "comments": [asdict(c) for c in packet.comments],
        "notes": packet.notes,
        "tracking": asdict(packet.tracking),
    }


def requirement_status(req: Requirement, attached: bool,
                       severities: set[str] | frozenset[str] = frozenset()) -> Status:
    """The one rule for where an item stands: sent separately, missing or optional while
    nothing is attached; else by the worst finding about it (`severities`)."""
    if not attached:
        if req.submitted_separately:
            return Status.SEPARATE
        return Status.MISSING if req.required else Status.OPTIONAL
    if Severity.ERROR in severities:
        return Status.ERROR
    if Severity.WARNING in severities:
        return Status.WARNING
    return Status.COMPLETE


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def slugify(text: str, taken: set[str] | None = None) -> str:
    """A stable, readable id such as `research-statement`; made unique against `taken`."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-") or "item"
    if taken is None or slug not in taken:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"



SHORT_LABEL = 40  # characters; a longer label is shown by its kind's name


def short_label(req: Requirement) -> str:
    """An item's name where space is short (the checklist, bookmarks): the posting's phrase
    when it is short, else the kind's name ("Research statement" for "3–4 page statement of
    research achievements and …"), or the phrase cut at a word."""
    label = req.label or kind_name(req.kind)
    if len(label) <= SHORT_LABEL:
        return label
    if req.kind != "other":
        return kind_name(req.kind)
    return label[:SHORT_LABEL].rsplit(" ", 1)[0].rstrip(",;:(") + "…"


def parse_page_selection(spec: str, page_count: int) -> list[int]:
    """Turn "1-3,5,8-" into 0-based page indices; empty means every page.

    Raises PageSelectionError with a user-readable message for bad or out-of-range input.
    """
    spec = spec.strip()
    if not spec:
        return list(range(page_count))
    pages: list[int] = []
    for part in spec.replace(" ", "").split(","):
        if not part:
            continue
        match = re.fullmatch(r"(\d*)(-?)(\d*)", part)
        if not match or not (match.group(1) or match.group(3)):
            raise PageSelectionError(f'"{part}" is not a page or range (use e.g. 1-3,5).')
        first = int(match.group(1)) if match.group(1) else 1
        last = int(match.group(3)) if match.group(3) else (page_count if match.group(2) else first)
        if first < 1 or last < first:
            raise PageSelectionError(f'"{part}" is not a valid range.')
        if last > page_count:
            raise PageSelectionError(
                f'"{part}" goes past the last page ({page_count}).'
            )
        pages.extend(range(first - 1, last))
    if not pages:
        raise PageSelectionError("The page selection is empty.")
    return pages
