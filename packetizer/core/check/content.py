"""Does a document say what the posting asked for? Small, explainable rules over its text.

No model and no network: each rule is a handful of patterns for the headings and phrases such
documents use, and every answer carries the lines it was based on, so the user can judge it. The
rules are deliberately cautious: a warning needs clear signs, and the absence of signs in a short
or text-less document says nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

# kind families: kinds that are the same kind of document for the classifier
FAMILY = {"cv": "cv", "resume": "cv", "publications": "article", "writing_sample": "article"}
NAMES = {"cv": "a CV", "cover_letter": "a cover letter", "research_statement":
         "a research statement", "teaching_statement": "a teaching statement",
         "diversity_statement": "a diversity statement", "article": "an article or paper",
         "transcripts": "a transcript", "letters": "a letter of recommendation"}

_M = re.MULTILINE  # patterns are matched against lower-cased text (much faster than IGNORECASE)
# (pattern, weight): each pattern counts once per document
SIGNS: dict[str, list[tuple[re.Pattern, int]]] = {
    "cv": [(re.compile(p, _M), w) for p, w in (
        (r"\bcurriculum\s+vitae\b|^\s*c\.?v\.?\s*$", 4),
        (r"^\s*(education|academic (positions|appointments)|appointments|employment"
         r"( history)?|professional experience)\s*$", 2),
        (r"^\s*((selected|peer[- ]reviewed|refereed) )?(publications|journal articles)\b", 2),
        (r"^\s*(awards|honou?rs|grants|fellowships|skills|service|invited talks)\b", 1),
        (r"\b(ph\.?\s?d|m\.?\s?sc|b\.?\s?sc|doctorate)\b", 1),
    )],
    "cover_letter": [(re.compile(p, _M), w) for p, w in (
        (r"^\s*dear\b", 3),
        (r"\b(yours (sincerely|faithfully|truly)|sincerely( yours)?,?\s*$|(kind|best) regards)",
         2),
        (r"\bi am (writing|pleased|delighted|excited|applying)\b", 3),
        (r"\b(search|hiring|selection) committee\b", 2),
        (r"\b(apply|application) for the (position|post|role)\b", 2),
    )],
    "research_statement": [(re.compile(p, _M), w) for p, w in (
        (r"\bresearch (statement|agenda|plan|program(me)?|vision|interests)\b", 3),
        (r"\bmy (research|work) (has|focuses|aims|addresses|is)\b", 2),
        (r"\bfuture (research|work|directions|plans)\b", 2),
        (r"^\s*(research )?(achievements|accomplishments)\s*$", 1),
    )],
    "teaching_statement": [(re.compile(p, _M), w) for p, w in (
        (r"\bteaching (statement|philosophy)\b", 4),
        (r"\b(my|in my) (teaching|classroom|courses)\b", 2),
        (r"\b(pedagog\w*|syllabus|learning outcomes|active learning)\b", 2),
        (r"\bstudents\b", 1),
    )],
    "diversity_statement": [(re.compile(p, _M), w) for p, w in (
        (r"\b(diversity|dei|edi) statement\b", 4),
        (r"\b(equity|inclusion|inclusive|underrepresented|under-represented|belonging)\b", 2),
        (r"\bdiversity\b", 1),
    )],
    "article": [(re.compile(p, _M), w) for p, w in (
        (r"^\s*abstract\b", 2),
        (r"^\s*(\d+\.?\s+)?introduction\s*$", 1),
        (r"^\s*(\d+\.?\s+)?(references|bibliography|works cited)\s*$", 2),
        (r"\b(doi:\s*|https?://(dx\.)?doi\.org/)?10\.\d{4,9}/\S+", 2),
        (r"^\s*keywords?\b", 1),
        (r"\bisbn[\s:-]", 2),
        (r"^\s*chapter\s+\d+|\(eds?\.\)", 3),
    )],
    "transcripts": [(re.compile(p, _M), w) for p, w in (
        (r"\b(academic|official|unofficial) transcript\b|^\s*transcript\b", 3),
        (r"\b(gpa|grade point average|credit hours|credits earned)\b", 3),
        (r"\b(semester|term) (total|gpa)\b", 1),
    )],
    "letters": [(re.compile(p, _M), w) for p, w in (
        (r"\bto whom it may concern\b", 2),
        (r"\bi (strongly |highly |warmly )?recommend\b|\bletter of (recommendation|reference)\b",
         3),
        (r"\bi have known\b", 2),
    )],
}

DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+", re.IGNORECASE)
VOLUME = re.compile(r"\b\d{1,4}\s*\(\s*\d{1,4}(?:[–-]\d{1,4})?\s*\)\s*[:,]\s*[A-Za-z]?\d+|"
                    r"\bvol(?:ume)?\.?\s*\d+.{0,30}\bpp?\.\s*\d+|"
                    # a journal's running header: "October 2001 Vol. 47, No. 10"
                    r"\bvol(?:ume)?\.?\s*\d{1,4}\s*,?\s*(?:no|num|number|issue)\.?\s*\d{1,4}\b",
                    re.IGNORECASE)
ISBN = re.compile(r"\bISBN(?:-1[03])?[:\s]*[\d-]{10,17}", re.IGNORECASE)
CHAPTER = re.compile(r"\bchapter\b|\bin:?\s[^.\n]{0,120}\(eds?\.?\)", re.IGNORECASE)
CONFERENCE = re.compile(
    r"\b(proc\.|proceedings|conference|symposium|workshop|congress|general assembly|"
    r"annual meeting|fall meeting|neurips|nips|icml|iclr|aaai|ijcai|kdd|cvpr|iccv|eccv|acl|"
    r"emnlp|naacl|sigir|sigmod|vldb|chi|www)\b", re.IGNORECASE)
JOURNAL = re.compile(r"\b(journal|transactions|letters|review|reviews|annals|quarterly|"
                     r"nature|science|proceedings of the national academy)\b", re.IGNORECASE)
PUBLICATIONS_HEADING = re.compile(
    r"^\s*((selected|recent|peer[- ]reviewed|refereed|journal|conference)\s+)*(publications|"
    r"papers|articles|journal articles|conference (papers|proceedings|presentations)|"
    r"bibliography)\b.{0,40}$", re.IGNORECASE | re.MULTILINE)
# how list entries start, most specific first: a CV uses one style for its publications
ENTRY_STYLES = [re.compile(p, re.MULTILINE) for p in (
    r"^\s*\[\d{1,3}\]", r"^\s*\d{1,3}\.\s", r"^\s*[•●▪◦∙·*–-]\s", r"^\s*(19|20)\d\d\b",
    r"^\s*[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*)+")]  # the last: "Novák, A. L." (APA and similar)
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
    r"argue)\b|my (work|research|thesis|dissertation|"
    r"paper|papers|phd|doctoral) (has|have|shows?|showed|finds?|found|develops?|developed|"
    r"studies|studied|examines?|examined|focus(es|ed)?|addresse[sd]|provides?|provided)|"
    r"(during|in) my (phd|ph\.d|doctoral|graduate|postdoc\w*|thesis|dissertation|previous|"
    r"prior|past|recent|earlier)|(past|previous|prior|completed|current|recent) (research|"
    r"work|projects?)|research (experience|accomplishments|contributions)|"
    r"achievements?|accomplishments?|(my|our) (results|contributions|work))\b", re.IGNORECASE)
# extracted text breaks lines anywhere: a space in these patterns stands for any whitespace
FUTURE, PAST = (re.compile(p.pattern.replace(" ", r"\s+"), re.IGNORECASE) for p in (FUTURE, PAST))


@dataclass
class Guess:
    """What a document looks like: the best family, its score and the signs behind it."""

    family: str
    score: int
    signs: dict[str, list[str]] = field(default_factory=dict)  # family -> quoted matches
    scores: dict[str, int] = field(default_factory=dict)


def quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _line_of(text: str, match: re.Match) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return quote(text[start: end if end != -1 else len(text)])


@functools.lru_cache(maxsize=128)  # the app re-checks after every edit: same texts again
def classify(text: str) -> Guess:
    """Score the text against each family; the first pages are what identify a document."""
    head = text[:12000]
    lower = head.lower()
    same_length = len(lower) == len(head)  # then a match's span also fits the original text
    scores: dict[str, int] = {}
    signs: dict[str, list[str]] = {}
    for family, patterns in SIGNS.items():
        total = 0
        for pattern, weight in patterns:
            match = pattern.search(lower)
            if match:
                total += weight
                seen = head[match.start():match.end()] if same_length else match.group(0)
                signs.setdefault(family, []).append(quote(seen, 40))
        scores[family] = total
    best = max(scores, key=lambda f: scores[f])
    return Guess(best, scores[best], signs, scores)


@dataclass
class Mismatch:
    looks_like: str
    evidence: str


def check_kind(kind: str, text: str) -> Mismatch | None:
    """A document attached as `kind` that clearly looks like something else, or None."""
    family = FAMILY.get(kind, kind)
    if family not in SIGNS or len(text.split()) < 40:
        return None
    guess = classify(text)
    own = guess.scores.get(family, 0)
    if guess.family == family or guess.score < 5 or own * 2 > guess.score:
        return None
    found = ", ".join(f"“{s}”" for s in guess.signs[guess.family][:3])
    mine = guess.signs.get(family)
    own_text = (f"signs of {NAMES[family]}: " + ", ".join(f"“{s}”" for s in mine[:3])
                if mine else f"no signs of {NAMES[family]}")
    return Mismatch(guess.family, f"Found {found} (signs of {NAMES[guess.family]}); {own_text}.")


@dataclass
class Publications:
    heading: str = ""
    journal: int = 0
    conference: int = 0
    chapters: int = 0
    example: str = ""

    @property
    def total(self) -> int:
        return self.journal + self.conference + self.chapters


def _entries(text: str) -> list[str]:
    starts = max(([m.start() for m in style.finditer(text)] for style in ENTRY_STYLES), key=len)
    if len(starts) < 3:
        starts = []
    if not starts:  # no list markers (e.g. APA style): each line is a candidate
        return [line for line in text.splitlines() if line.strip()]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def find_publications(text: str) -> Publications:
    """The CV's publications: its heading and how many journal, conference and chapter entries."""
    result = Publications()
    heading = PUBLICATIONS_HEADING.search(text)
    if heading:
        result.heading = quote(heading.group(0), 60)
    for entry in _entries(text):
        entry = entry[:600]
        if CONFERENCE.search(entry):
            result.conference += 1
        elif DOI.search(entry) or VOLUME.search(entry) or (JOURNAL.search(entry) and \
                re.search(r"\b(19|20)\d\d\b", entry)):
            result.journal += 1
        elif CHAPTER.search(entry) or ISBN.search(entry):
            result.chapters += 1
        else:
            continue
        if not result.example:
            result.example = quote(entry, 90)
    return result


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


def looks_published(text: str) -> str:
    """Evidence that a text is a journal article or book chapter ("" when there is none)."""
    head = text[:6000]
    for pattern, what in ((DOI, "DOI"), (ISBN, "ISBN"), (VOLUME, "journal volume and pages"),
                          (CHAPTER, "book chapter")):
        match = pattern.search(head)
        if match:
            return f"{what}: “{_line_of(head, match)}”"
    abstract = SIGNS["article"][0][0].search(head.lower())
    references = SIGNS["article"][2][0].search(text.lower())
    if abstract and references:
        return "an Abstract and a References section"
    return ""


def fold(text: str) -> str:
    """Lower case without accents, for comparing names as printed and as typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
    printed = "".join(c for c in unicodedata.normalize("NFKD", text)
                      if not unicodedata.combining(c))
    plain = "".join(c for c in unicodedata.normalize("NFKD", last) if not unicodedata.combining(c))
    return len(plain) > 2 and re.search(rf"(?<=[a-z]){re.escape(plain[:1].upper() + plain[1:])}"
                                        rf"(?![a-z])", printed) is not None
