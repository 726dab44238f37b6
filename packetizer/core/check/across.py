"""Checks across the packet: what a committee notices when it reads the documents side by side.

- the applicant's name printed the same way in every document (diacritics, initials and middle
  names allowed), and one personal e-mail address;
- the writing sample listed in the CV;
- a cover letter written for another job: it names another organization or job ID, or is dated
  long before the posting's deadline;
- two documents that are (nearly) the same text under different files.

Like the content rules these are cautious: each needs clear signs, and quotes them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from packetizer.core.check import content, kinds
from packetizer.core.check.cv import read_cv
from packetizer.core.check.findings import INFO, WARNING, Finding, doc_name
from packetizer.core.model import Document, FixAction, Packet, Requirement

OWN_KINDS = ("cv", "resume", "cover_letter", "research_statement", "teaching_statement",
             "diversity_statement")
NEAR_DUPLICATE = 0.85  # share of 5-word shingles two texts have in common
OLD_LETTER_DAYS = 183  # a letter dated more than half a year before the deadline


@dataclass
class DocText:
    """A document's text as the check read it: the pages that will be sent."""

    doc: Document
    req: Requirement
    pages: list[str]
    first_page: int

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def across_findings(packet: Packet, texts: list[DocText],
                    today: dt.date | None = None) -> list[Finding]:
    found = []
    found += _name_findings(packet, texts)
    found += _email_findings(packet, texts)
    found += _sample_in_cv(texts)
    found += _reused_letter(packet, texts, today or dt.date.today())
    found += _near_duplicates(texts)
    return found


# --- the applicant's name and e-mail -----------------------------------------------------------

_NAME_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"


def _given_names(name: str) -> list[str]:
    """ "Ana M. Novák" → ["ana", "m"]: the folded given names and initials."""
    parts = name.replace(",", " ").split()
    parts = name.split(",", 1)[1].split() if "," in name else parts[:-1]
    return [content.fold(p).rstrip(".") for p in parts if p.strip(".")]


_NOT_A_NAME = {"research", "teaching", "diversity", "statement", "curriculum", "vitae", "cover",
               "letter", "resume", "dr", "prof", "professor", "mr", "ms", "mrs", "of", "the",
               "and", "by", "name", "email", "contact", "cv", "page"}


def printed_name(text: str, surname: str) -> str:
    """How the document prints the person's name near its top: the name words right before
    the surname ("Claud D. Park"), or "" when the surname is not in its first lines."""
    head = text[:800]
    folded_surname = content.fold(surname)
    for line in head.split("\n")[:12]:
        tokens = line.split()
        for i, token in enumerate(tokens):
            if content.fold(token.strip(",;:()")) != folded_surname or i == 0:
                continue
            before: list[str] = []
            for word in reversed(tokens[max(0, i - 3):i]):
                if not re.fullmatch(_NAME_TOKEN, word) or \
                        content.fold(word).strip(".") in _NOT_A_NAME:
                    break
                before.insert(0, word)
            if before:
                return " ".join([*before, token.strip(",;:()")])
    return ""


def _compatible(given: list[str], printed: list[str]) -> bool:
    """Are these the same person's given names? The packet's first given name (or its initial)
    is among the printed ones; a middle name may be left out on either side."""
    if not given or not printed:
        return True
    first = given[0]
    for other in printed:
        if len(first) == 1 or len(other) == 1:
            if first[0] == other[0]:
                return True
        elif first == other or first.startswith(other) or other.startswith(first):
            return True
    return not any(len(other) > 1 for other in printed)


def _name_findings(packet: Packet, texts: list[DocText]) -> list[Finding]:
    name = packet.applicant.name
    surname = content.surname(name)
    if not surname:
        return []
    given = _given_names(name)
    found = []
    for item in texts:
        if item.req.kind not in OWN_KINDS:
            continue
        printed = printed_name(item.text, surname)
        shown = _given_names(printed)
        if printed and not _compatible(given, shown):
            found.append(Finding(
                "name-differs", WARNING,
                f"{doc_name(item.doc)} gives your name as “{printed}”, the packet as “{name}”.",
                requirement_id=item.req.id, document_id=item.doc.id, page=item.first_page,
                evidence=f"At the top of {doc_name(item.doc)}: “{printed}”.",
                fix="Use the same name in every document (or correct the applicant name).",
                action=FixAction.REPLACE_FILE))
    return found


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _email_findings(packet: Packet, texts: list[DocText]) -> list[Finding]:
    """The e-mail address at the top of the applicant's documents: one, the packet's."""
    surname = content.fold(content.surname(packet.applicant.name))
    given = _given_names(packet.applicant.name)
    wanted = packet.applicant.email.lower()
    seen: dict[str, list[DocText]] = {}
    for item in texts:
        if item.req.kind not in OWN_KINDS:
            continue
        for email in _EMAIL_RE.findall(item.text[:1500]):
            local = content.fold(email.split("@")[0])
            personal = (surname and surname in local) or any(
                len(g) > 2 and g in local for g in given)
            if personal or email.lower() == wanted:
                seen.setdefault(email.lower(), []).append(item)
    if len(seen) < 2 or not wanted or wanted not in seen:
        return []
    found = []
    for email, items in seen.items():
        if email == wanted:
            continue
        for item in items:
            if item in seen[wanted]:
                continue  # it gives the packet's address too
            found.append(Finding(
                "email-differs", INFO,
                f"{doc_name(item.doc)} gives the e-mail address {email}; the packet's is "
                f"{wanted}.", requirement_id=item.req.id, document_id=item.doc.id,
                evidence=f"Also in: {', '.join(doc_name(i.doc) for i in seen[wanted])} "
                f"({wanted}).",
                fix="Check that the committee can reach you at the address each document "
                "gives."))
    return found


# --- the writing sample in the CV --------------------------------------------------------------

def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]{3,}", content.fold(text))


def _sample_in_cv(texts: list[DocText]) -> list[Finding]:
    cvs = [t for t in texts if kinds.FAMILY.get(t.req.kind, t.req.kind) == "cv"]
    samples = [t for t in texts if t.req.kind == "writing_sample"]
    if len(cvs) != 1 or not samples:
        return []
    reading = read_cv(cvs[0].pages, cvs[0].first_page)
    entries = [line for s in reading.sections
               if s.kind in ("journal", "conference", "chapter", "book", "publications",
                             "unpublished") for line in s.lines]
    if reading.counted < 2:
        return []  # a CV without a list of publications cannot tell us anything
    listed = " ".join(entries)
    listed_words = _words(listed)
    windows = {tuple(listed_words[i:i + 5]) for i in range(len(listed_words) - 4)}
    found = []
    for sample in samples:
        head = _words(sample.text[:3000])
        if len(head) < 20:
            continue
        if any(tuple(head[i:i + 5]) in windows for i in range(len(head) - 4)):
            continue
        if not content.looks_published(sample.text):
            continue  # an unpublished sample need not be in the publication list
        found.append(Finding(
            "sample-not-in-cv", WARNING,
            f"{doc_name(sample.doc)} does not seem to be listed in your CV's publications.",
            requirement_id=sample.req.id, document_id=sample.doc.id,
            evidence=f"No five words in a row of its first page appear in the "
            f"{reading.counted} publication entries of {doc_name(cvs[0].doc)} "
            f"({reading.summary()[:200]}).",
            fix="List the writing sample in your CV, or check that the right file is "
            "attached."))
    return found


# --- a cover letter written for another job ----------------------------------------------------

_ORG_RE = re.compile(  # on one line: a letterhead's lines are not one name
    r"\b(?:(?:the[ \t]+)?University[ \t]+of[ \t]+(?:[A-Z][\w'’&-]*[ \t]?){1,4}|"
    r"(?:[A-Z][\w'’&.-]*[ \t]){1,4}(?:University|Institute|College|Laboratory|Lab|Center|"
    r"Centre|School|Inc\.|Ltd\.?|LLC|GmbH))")
# where a letter says what it applies to: "… position at", "apply to … at", "join"
_APPLY_CONTEXT_RE = re.compile(
    r"(?:\b(?:positions?|post|role|opening|vacancy|job|fellowship|postdoc)\s+"
    r"(?:[\w-]+\s+){0,12}?(?:at|with)|\b(?:apply|applying|application)\s+(?:to|at)|"
    r"\bjoin(?:ing)?|\b(?:faculty|department|group|team)\s+at)\s+(?:the\s+)?$",
    re.IGNORECASE)
_JOB_ID_RE = re.compile(r"\b(?:job|position|posting|requisition|req|reference|ref|vacancy)"
                        r"\s*(?:id|no\.?|number|#|code)\s*[:#]?\s*([A-Z0-9][A-Z0-9/_.-]{2,24})",
                        re.IGNORECASE)
_DATE_RE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|"
    r"September|October|November|December),?\s+((?:19|20)\d\d)|(January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th)?,?"
    r"\s+((?:19|20)\d\d))\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]


def _main_words(name: str) -> set[str]:
    return {w for w in _words(name) if w not in {"the", "university", "institute", "college",
                                                   "school", "department", "and"}}


def _letter_date(text: str) -> dt.date | None:
    match = _DATE_RE.search(text[:600])
    if not match:
        return None
    if match.group(1):
        day, month, year = match.group(1), match.group(2), match.group(3)
    else:
        month, day, year = match.group(4), match.group(5), match.group(6)
    try:
        return dt.date(int(year), _MONTHS.index(month.lower()) + 1, int(day))
    except ValueError:
        return None


def _reused_letter(packet: Packet, texts: list[DocText], today: dt.date) -> list[Finding]:
    posting = packet.posting
    found = []
    posting_text = content.fold(posting.text)
    for item in texts:
        if item.req.kind != "cover_letter" or kinds.check_kind("cover_letter", item.text):
            continue  # not a cover letter (content-mismatch says what it looks like)
        text = item.text
        where = {"requirement_id": item.req.id, "document_id": item.doc.id}
        name = doc_name(item.doc)
        # a job ID that is not this posting's
        for match in _JOB_ID_RE.finditer(text):
            ident = match.group(1).rstrip(".")
            if posting.job_id and re.search(r"\d", ident) and ident.lower() != \
                    posting.job_id.lower() and ident.lower() not in posting_text:
                found.append(Finding(
                    "letter-other-job", WARNING,
                    f"{name} names job ID {ident}; this posting's is {posting.job_id}.",
                    evidence=f"In the letter: “{content.quote(match.group(0), 60)}”.",
                    fix="Check that this is the letter written for this posting.",
                    action=FixAction.REPLACE_FILE, **where))
                break
        # another organization named where the letter says what it applies to
        org_words = _main_words(posting.organization) if posting.organization else set()
        letter_words = set(_words(text))
        names_ours = bool(org_words) and org_words <= letter_words
        if posting.organization and not names_ours:
            for match in _ORG_RE.finditer(text):
                org = " ".join(match.group(0).split()).removeprefix("the ").strip()
                before = " ".join(text[max(0, match.start() - 120):match.start()].split())
                before = before + " " if before else before
                words = _main_words(org)
                if not words or words & org_words or all(w in posting_text for w in words):
                    continue
                if _APPLY_CONTEXT_RE.search(before):
                    found.append(Finding(
                        "letter-other-organization", WARNING,
                        f"{name} names {org}, not {posting.organization}.",
                        evidence=f"In the letter: “…{content.quote(before[-50:] + org, 90)}”; "
                        f"“{posting.organization}” does not appear in it.",
                        fix="Check that this is the letter written for this posting.",
                        action=FixAction.REPLACE_FILE, **where))
                    break
        # dated long before the deadline (or today, without one)
        dated = _letter_date(text)
        reference = dt.date.fromisoformat(posting.deadline) if posting.deadline else today
        if dated and (reference - dated).days > OLD_LETTER_DAYS:
            found.append(Finding(
                "letter-old-date", WARNING,
                f"{name} is dated {dated.strftime('%d %B %Y').lstrip('0')}, "
                f"{(reference - dated).days // 30} months before "
                + ("the deadline." if posting.deadline else "today."),
                evidence="The date at the top of the letter.",
                fix="Update the letter's date (and check it was written for this posting).",
                action=FixAction.REPLACE_FILE, **where))
    return found


# --- (nearly) the same document twice ----------------------------------------------------------

def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _words(text[:200_000])  # a book's first chapters tell as well as all of it
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def _near_duplicates(texts: list[DocText]) -> list[Finding]:
    found = []
    prints = [(item, _shingles(item.text)) for item in texts]
    prints = [(item, s) for item, s in prints if len(s) >= 100]
    for i, (one, first) in enumerate(prints):
        for other, second in prints[i + 1:]:
            if one.doc.sha256 and one.doc.sha256 == other.doc.sha256:
                continue  # the same file: `duplicate-document` says so
            shared = len(first & second) / min(len(first), len(second))
            if shared >= NEAR_DUPLICATE:
                also = f" (under {other.req.label})" if other.req.id != one.req.id else ""
                found.append(Finding(
                    "near-duplicate", WARNING,
                    f"{doc_name(other.doc)}{also} is nearly the same text as "
                    f"{doc_name(one.doc)}.", requirement_id=other.req.id,
                    document_id=other.doc.id,
                    evidence=f"{shared:.0%} of the shorter one's text is in the other.",
                    fix="Remove one of them, or attach the document that belongs here.",
                    action=FixAction.REMOVE))
    return found
