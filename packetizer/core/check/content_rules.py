"""Does a document look like what was asked? Cautious rules over its text (see check.content):
kind mismatch, a CV's publications, a statement's past and future, a published article, the
applicant's name."""

from __future__ import annotations

import re

from packetizer.core.check import content, kinds
from packetizer.core.check.cv import read_cv
from packetizer.core.check.findings import (
    INFO,
    WARNING,
    Finding,
    asked_text,
    doc_name,
    source_quote,
)
from packetizer.core.model import (
    Document,
    FixAction,
    Requirement,
)


def content_findings(req: Requirement, doc: Document, text: str, words: int,
                      applicant: str, pages: list[str] | None = None,
                      first_page: int = 1) -> list[Finding]:
    """Does the document look like what was asked? Cautious: only with clear signs. `pages`
    is the text page by page (for the page numbers in the evidence; default: all of `text` as
    one page), the first of them numbered `first_page`."""
    where = {"requirement_id": req.id, "document_id": doc.id}
    name = doc_name(doc)
    found = []
    if words < 40:
        return found  # too little text to say anything (scanned files get their own finding)
    mismatch = kinds.check_kind(req.kind, text)
    if mismatch:
        found.append(Finding(
            "content-mismatch", WARNING,
            f"{name} is attached as the {req.label.lower()} but looks like "
            f"{kinds.NAMES[mismatch.looks_like]}.",
            evidence=mismatch.evidence,
            fix="Check that the right file is attached here; move it if not.",
            action=FixAction.REPLACE_FILE, **where))
        return found
    asked = asked_text(req)
    family = kinds.FAMILY.get(req.kind, req.kind)
    if family == "cv":
        found += _cv_findings(req, pages if pages is not None else [text], first_page, name,
                              where)
    elif req.kind == "research_statement":
        for pattern, code, what, words_asked in (
                (content.FUTURE, "statement-no-future", "future plans",
                 ("future", "plan", "agenda", "vision", "direction", "interests")),
                (content.PAST, "statement-no-achievements", "past achievements",
                 ("achievement", "accomplishment", "past", "previous", "prior", "record"))):
            if any(w in asked for w in words_asked) and not content.sentence_with(pattern, text):
                found.append(Finding(
                    code, WARNING, f"{name} does not seem to describe your {what}, which the "
                    "posting asks for.", evidence=source_quote(req) + f" No sentence about "
                    f"{what} was found in {words} words (headings such as “Future directions” "
                    "or “Past research” and phrases such as “I plan”, “we found” were looked "
                    "for). How sure: " + ("fairly sure, over a long text." if words >= 600
                                          else "not very: the text is short."),
                    fix=f"Add a section on your {what}.", action=FixAction.REPLACE_FILE, **where))
    elif family == "article" and re.search(
            r"\b(published|journal|chapter|peer[- ]reviewed|refereed|publications?)\b", asked):
        # only where the posting asks for a published piece: "a paper" may be a preprint
        evidence = content.looks_published(text)
        stamp = content.preprint_stamp(text)
        if stamp and (not evidence or evidence.startswith("an Abstract")):
            found.append(Finding(
                "sample-not-article", WARNING,
                f"{name} reads as a preprint or working paper, not a published article or "
                "chapter.", evidence=source_quote(req) + f" On its first page: {stamp}.",
                fix="Attach the published version (publisher PDF or accepted manuscript with "
                "its citation), if there is one.", action=FixAction.REPLACE_FILE, **where))
        elif not evidence:
            found.append(Finding(
                "sample-not-article", WARNING,
                f"{name} does not look like a published journal article or book chapter.",
                evidence=source_quote(req) + " No DOI, ISBN, journal citation, chapter "
                "reference, publisher's line or abstract-and-references structure was found. "
                "How sure: not very — an accepted manuscript may carry none of them.",
                fix="Attach the published version (publisher PDF or accepted manuscript with "
                "its citation).", action=FixAction.REPLACE_FILE, **where))
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


def _cv_findings(req: Requirement, pages: list[str], first_page: int, name: str,
                 where: dict) -> list[Finding]:
    asked = asked_text(req)
    cv = read_cv(pages, first_page)
    wants_pubs = "publication" in asked or "paper" in asked
    sections = cv.summary()
    if not cv.publication_sections and not cv.counted:
        # only when the CV could be read by its sections (a CV whose text extracts as
        # garbage, or that has no headings, says nothing about what it lists)
        unpublished = [s for s in cv.sections if s.kind == "unpublished"]
        if wants_pubs and cv.headings >= 3 and not unpublished:
            return [Finding(
                "cv-no-publications", WARNING,
                f"{name} has no publications section, and the posting asks for a CV that "
                "lists publications.",
                evidence=source_quote(req) + " Sections found: " + ", ".join(
                    f"“{s.heading}” (p. {s.page})" for s in cv.sections if s.heading)[:300]
                + ".",
                fix="Add your publications to the CV (or attach a publication list if the "
                "posting allows).", action=FixAction.REPLACE_FILE, **where)]
        return []
    counts = ", ".join(f"{n} {what}" for n, what in (
        (cv.journal, "journal"), (cv.conference, "conference"), (cv.chapters, "book-chapter"),
        (cv.books, "book")) if n or what in ("journal", "conference"))
    example = next((s.first_entry for s in cv.sections if s.first_entry), "")
    found = [Finding(
        "cv-publications", INFO, f"{name} lists {counts} entries.",
        evidence=f"Sections: {sections}." + (f" First entry: “{example}”" if example else ""),
        **where)]
    if "conference" in asked and cv.conference == 0 and not cv.talks and \
            not cv.mentions_conferences and cv.counted:
        found.append(Finding(
            "cv-no-conferences", WARNING,
            f"{name} lists no conference papers or talks, and the posting asks for conferences.",
            evidence=source_quote(req) + f" Found {counts} entries in: {sections}.",
            fix="Add your conference papers and presentations.", action=FixAction.REPLACE_FILE,
            **where))
    return found
