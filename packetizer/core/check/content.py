"""Does a document say what the posting asked for? Small, explainable rules over its text.

No model and no network: each rule is a handful of patterns for the headings and phrases such
documents use, and every answer carries the lines it was based on, so the user can judge it. The
rules are deliberately cautious: a warning needs clear signs, and the absence of signs in a short
or text-less document says nothing.
"""

from __future__ import annotations

import re
import unicodedata

ABSTRACT_RE = re.compile(r"^\s*abstract\b", re.MULTILINE)
REFERENCES_RE = re.compile(r"^\s*(\d+\.?\s+)?(references|bibliography|works cited)\s*$",
                           re.MULTILINE)
DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+", re.IGNORECASE)
VOLUME = re.compile(r"\b\d{1,4}\s*\(\s*\d{1,4}(?:[–-]\d{1,4})?\s*\)\s*[:,]\s*[A-Za-z]?\d+|"
                    r"\bvol(?:ume)?\.?\s*\d+.{0,30}\bpp?\.\s*\d+|"
                    # a journal's running header: "October 2001 Vol. 47, No. 10"
                    r"\bvol(?:ume)?\.?\s*\d{1,4}\s*,?\s*(?:no|num|number|issue)\.?\s*\d{1,4}\b",
                    re.IGNORECASE)
ISBN = re.compile(r"\bISBN(?:-1[03])?[:\s]*[\d-]{10,17}", re.IGNORECASE)
CHAPTER = re.compile(r"\bchapter\b|\bin:?\s[^.\n]{0,120}\(eds?\.?\)", re.IGNORECASE)
# Plans and past work are recognised from headings and from cues anywhere in the text; a rule
# warns only when none at all is found (a real statement nearly always has both).
FUTURE = re.compile(
    r"\b(future|next (few|two|three|four|five|ten|\d+) years|(i|we) (will|would|plan|intend|"
    r"aim|hope|expect|propose|envision|anticipate|am planning|want)\b|(i|we)'ll|will (be|"
    r"continue|extend|develop|focus|explore|investigate|pursue|build|study|apply|address)|"
    r"my plans?|long[- ]term|going forward|research agenda|next steps?|in the coming|"
    r"upcoming|ongoing (work|research|projects?)|proposed (research|work|projects?)|"
    r"plan to|planned|outlook|directions)\b", re.IGNORECASE)
PAST = re.compile(
    r"\b((i|we) (have )?(developed|showed|shown|demonstrated|published|found|built|led|designed|"
    r"introduced|proposed|discovered|established|created|obtained|studied|investigated|"
    r"analy[sz]ed|derived|proved|solved|implemented|contributed|explored|examined|computed|"
    r"measured|observed|characteri[sz]ed|worked|collaborated|applied|identified|modeled|"
    r"modelled|estimated|constructed|extended|helped|conducted|participated|authored|"
    r"co-authored|wrote|organi[sz]ed|supervised|taught)|"
    r"(i|we) (show|find|prove|demonstrate|develop|study|propose|introduce|derive|estimate|"
    r"argue|present|report)\b|my (work|research|thesis|dissertation|"
    r"paper|papers|phd|doctoral) (has|have|shows?|showed|finds?|found|develops?|developed|"
    r"studies|studied|examines?|examined|focus(es|ed)?|addresse[sd]|provides?|provided)|"
    r"(during|in) my (phd|ph\.d|doctoral|graduate|postdoc\w*|thesis|dissertation|previous|"
    r"prior|past|recent|earlier)|(past|previous|prior|completed|current|recent) (research|"
    r"work|projects?)|research (experience|accomplishments|contributions)|"
    r"achievements?|accomplishments?|(my|our) (results|contributions|work))\b", re.IGNORECASE)
# extracted text breaks lines anywhere: a space in these patterns stands for any whitespace
FUTURE, PAST = (re.compile(p.pattern.replace(" ", r"\s+"), re.IGNORECASE) for p in (FUTURE, PAST))


def quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _line_of(text: str, match: re.Match) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return quote(text[start: end if end != -1 else len(text)])


def sentence_with(pattern: re.Pattern, text: str) -> str:
    """The first sentence (or line) in `text` matching `pattern`, quoted; "" when none."""
    match = pattern.search(text)
    if not match:
        return ""
    start = max(text.rfind(". ", 0, match.start()) + 2, text.rfind("\n", 0, match.start()) + 1,
                match.start() - 100)
    end_candidates = [i for i in (text.find(".", match.end()), text.find("\n", match.end()))
                      if i != -1]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return quote(text[start:end], 110)


PREPRINT = re.compile(r"\barxiv:\s*\d{4}\.\d{4,5}|\bssrn\b|\bworking (?:paper|version)\b|"
                      r"\bpreprint\b|\b(?:preliminary )?draft\b|\bunder review\b|"
                      r"\bsubmitted to\b|\bjob market paper\b|\bdo not (?:cite|circulate)\b",
                      re.IGNORECASE)
PUBLISHER = re.compile(r"©\s*(?:19|20)\d\d\b.{0,60}?\b(?:elsevier|springer|wiley|taylor|"
                       r"oxford university press|cambridge university press|sage|ieee|acm|"
                       r"american physical society|the authors?)|\bproceedings of\b.{0,80}?"
                       r"\b(?:19|20)\d\d\b|\bpublished (?:online|by)\b", re.IGNORECASE)


def preprint_stamp(text: str) -> str:
    """The line that marks a text as a preprint or working paper ("" when none): an arXiv or
    SSRN stamp, "Working paper", "Draft", "Under review", on its first page."""
    head = text[:2500]
    match = PREPRINT.search(head)
    return f"“{_line_of(head, match)}”" if match else ""


def looks_published(text: str) -> str:
    """Evidence that a text is a journal article or book chapter ("" when there is none)."""
    head = text[:6000]
    for pattern, what in ((DOI, "DOI"), (ISBN, "ISBN"), (VOLUME, "journal volume and pages"),
                          (CHAPTER, "book chapter"), (PUBLISHER, "publisher's line")):
        match = pattern.search(head)
        if match:
            return f"{what}: “{_line_of(head, match)}”"
    abstract = ABSTRACT_RE.search(head.lower())
    references = REFERENCES_RE.search(text.lower())
    if abstract and references:
        return "an Abstract and a References section"
    return ""


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents, for comparing names as printed and as typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _COMBINING.sub("", decomposed)


def surname(name: str) -> str:
    parts = name.replace(",", " ").split()
    if "," in name:  # "Novák, Ana"
        return name.split(",")[0].strip()
    return parts[-1] if parts else ""


def mentions_name(text: str, name: str) -> bool:
    """Whether `text` names the person: their surname (or each part of a double-barrelled one)."""
    last = surname(name)
    if not last:
        return True
    haystack = re.sub(r"[\s\-‐‑–]+", " ", fold(text))
    needle = re.sub(r"[\s\-‐‑–]+", " ", fold(last))
    def found(word: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack) is not None

    if found(needle) or all(found(part) for part in needle.split() if len(part) > 2):
        return True
    # text extraction can run words together ("SiChen"): the surname, capitalised as printed,
    # right after a lower-case letter and not followed by one
    printed = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    plain = _COMBINING.sub("", unicodedata.normalize("NFKD", last))
    return len(plain) > 2 and re.search(rf"(?<=[a-z]){re.escape(plain[:1].upper() + plain[1:])}"
                                        rf"(?![a-z])", printed) is not None
