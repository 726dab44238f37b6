"""Read a job posting and turn the materials it asks for into requirements.

Rule-based and offline. The reader finds where the posting asks for materials — a headed list
("Required Application Materials", "How to apply"), or a sentence with a submitting verb ("Send
CV, three letters and a writing sample") — splits it into items, and classifies each with a
synonym table. Every requirement keeps the exact span of the posting it came from.
"""

from __future__ import annotations

from packetizer.core.errors import PostingError
from packetizer.core.model import Posting
from packetizer.core.posting.blocks import without_common_indent, without_stray_tags
from packetizer.core.posting.dates import find_deadline, find_review_begins
from packetizer.core.posting.facts import (
    each_document_pages,
    find_job_id,
    find_organization,
    find_qualifications,
    find_size_limit_mb,
    find_title,
    find_total_pages,
    find_url,
    single_pdf_required,
)
from packetizer.core.posting.requirements import extract_requirements

MAX_POSTING_CHARS = 5_000_000


# --- public API --------------------------------------------------------------------------------


def looks_binary(text: str) -> bool:
    """Control characters all through: a binary file, or a PDF whose fonts map no letters."""
    return "\x00" in text or sum(ch < " " and ch not in "\n\t\f" for ch in text[:10000]) > 20


def read_posting(text: str) -> Posting:
    """Read posting text into a Posting with its requirements. Raises PostingError when the
    text cannot be a posting (empty, binary, too large)."""
    if not isinstance(text, str):
        raise PostingError("the posting is not text.")
    if len(text) > MAX_POSTING_CHARS:
        raise PostingError("the posting is too large (more than 5 MB of text); "
                           "paste only the job advertisement.")
    text = without_common_indent(without_stray_tags(text.replace("\r\n", "\n")
                                                     .replace("\r", "\n")))
    if not text.strip():
        raise PostingError("the posting is empty.", fix="Paste or open the job advertisement.")
    if looks_binary(text):
        raise PostingError("this looks like a binary file, not a posting.",
                           fix="Open the posting as text, HTML or PDF.")
    return Posting(
        text=text,
        title=find_title(text),
        organization=find_organization(text),
        job_id=find_job_id(text),
        deadline=find_deadline(text),
        url=find_url(text),
        review_begins=find_review_begins(text),
        single_pdf=single_pdf_required(text),
        max_file_mb=find_size_limit_mb(text),
        max_total_pages=find_total_pages(text),
        qualifications=find_qualifications(text),
        requirements=_with_each_documents_limit(text, extract_requirements(text)),
    )


def _with_each_documents_limit(text: str, requirements: list) -> list:
    """"All documents … no more than two pages": the limit of each material without its own
    (the referees' names are no pages of the applicant's)."""
    pages = each_document_pages(text)
    for req in requirements if pages else []:
        if req.max_pages is None and req.kind != "references":
            req.max_pages = pages
    return requirements


def decode_posting_bytes(data: bytes, name: str = "the posting") -> str:
    """Bytes of a text posting to str: UTF-8 (with or without BOM), UTF-16 with BOM, else
    Windows-1252."""
    if not data.strip():
        raise PostingError("the posting is empty.", path=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"%PDF-"):
        raise PostingError("is a PDF; open it with its .pdf name so its text can be read.",
                           path=name)
    if b"\x00" in data[:4096]:
        raise PostingError("this looks like a binary file, not a posting.", path=name,
                           fix="Open the posting as text, HTML or PDF.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
