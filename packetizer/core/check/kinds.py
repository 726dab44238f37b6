"""What kind of document a text is — CV, cover letter, a statement, a paper, a transcript, a
letter of recommendation — with the signs it was told by and how sure that is.

Each kind has a few signs (a title, the headings it uses, the phrases it is written in, its
structure), each with a weight and how often it must occur; a CV is also told by how many of
the usual CV section headings it has. A document attached to one item that clearly reads as
another kind is reported only when the signs are many and the other kind's are few.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from packetizer.core.check.cv import read_cv

# kind families: kinds that are the same kind of document for the classifier
FAMILY = {"cv": "cv", "resume": "cv", "publications": "article", "writing_sample": "article"}
NAMES = {"cv": "a CV", "cover_letter": "a cover letter", "research_statement":
         "a research statement", "teaching_statement": "a teaching statement",
         "diversity_statement": "a diversity statement", "article": "an article or paper",
         "transcripts": "a transcript", "letters": "a letter of recommendation"}

_M = re.MULTILINE  # matched against lower-cased text (much faster than IGNORECASE)
# family -> (pattern, weight, how many times it must occur)
SIGNS: dict[str, list[tuple[re.Pattern, int, int]]] = {
    "cv": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"\bcurriculum\s+vitae\b|^\s*c\.?v\.?\s*$|^\s*r[ée]sum[ée]\s*$", 4, 1),
        (r"\b(?:19|20)\d\d\s*[–-]\s*(?:(?:19|20)\d\d|present|now|current)\b|"
         r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d"
         r"\s*[–-]", 2, 3),  # date ranges of positions and degrees
        (r"\b(?:ph\.?\s?d|m\.?\s?sc|b\.?\s?sc|b\.?\s?tech|bachelor|master)\b", 1, 1),
        (r"(?:\+?\d[\d ()-]{8,}\d|[\w.+-]+@[\w-]+\.[\w.]+)", 1, 1),  # phone or e-mail
    )],
    "cover_letter": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"^\s*dear\b", 4, 1),
        (r"\b(?:yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?,?\s*$|"
         r"(?:kind|best|warm) regards|respectfully(?: yours)?,\s*$)", 3, 1),
        (r"\bi am (?:writing|pleased|delighted|excited|applying|very interested)\b|"
         r"\bto apply for\b|\bmy application for\b", 3, 1),
        (r"\b(?:search|hiring|selection|recruitment) committee\b", 2, 1),
        (r"\b(?:the|this) (?:position|post|role|opening|vacancy)\b", 1, 1),
        (r"\bthank you for (?:your|considering)\b", 2, 1),
    )],
    "research_statement": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"\bresearch (?:statement|agenda|plan|proposal|program(?:me)?|vision)\b|"
         r"\bstatement of research\b|\bresearch interests and accomplishments\b", 4, 1),
        (r"\bmy (?:research|work|dissertation|thesis|phd work)\b", 2, 2),
        (r"\bfuture (?:research|work|directions|plans)\b|\bin the (?:next|coming) "
         r"(?:few )?years\b|\bongoing (?:work|research|projects?)\b", 2, 1),
        (r"^\s*(?:\d+\.?\s+|[ivx]+\.\s+)?(?:research )?(?:achievements|accomplishments|"
         r"experience|background|current research|past research|future research)\b", 1, 1),
        (r"\bresearch\b", 2, 10),
        (r"\b(?:my|our) (?:research|work|approach|results|contributions)\b", 1, 4),
    )],
    "teaching_statement": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"\bteaching (?:statement|philosophy)\b|\bstatement of teaching\b", 4, 1),
        (r"\b(?:my|in my) (?:teaching|classroom|classes|courses|students)\b", 2, 2),
        (r"\b(?:pedagog\w*|syllab\w+|learning outcomes|active learning|office hours|"
         r"course evaluations?)\b", 2, 1),
        (r"\bstudents\b", 2, 6),
    )],
    "diversity_statement": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"\b(?:diversity|dei|edi)(?: and inclusion)? statement\b|\bstatement on "
         r"(?:diversity|equity)\b|\bdiversity,? equity,? and inclusion\b", 4, 1),
        (r"\b(?:equity|inclusion|inclusive|underrepresented|under-represented|belonging|"
         r"marginali[sz]ed|first-generation)\b", 3, 3),
        (r"\bdiversity\b", 1, 2),
    )],
    "article": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"^\s*abstract\b", 2, 1),
        (r"^\s*(?:\d+\.?\s+|[ivx]+\.\s+)?introduction\s*$", 1, 1),
        (r"^\s*(?:\d+\.?\s+)?(?:references|bibliography|works cited|literature cited)\s*$", 2, 1),
        (r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+", 2, 1),
        (r"^\s*key\s?words?\b|^\s*jel classification", 1, 1),
        (r"\b(?:fig(?:ure)?\.?|table)\s+\d+\b", 2, 3),
        (r"\bet al\.", 1, 3),
        (r"\bvol\.\s*\d+|\bcontents lists available\b|\breceived \d{1,2} \w+ (?:19|20)\d\d|"
         r"\bpublished (?:online|by)\b|©\s*(?:19|20)\d\d", 3, 1),
        (r"^\s*\d(?:\.\d)?\.?\s+[a-z][a-z ]{3,40}$", 1, 3),  # numbered section headings
        (r"\b(?:this|the present|in this) (?:paper|article|essay)\b|\b(?:i|we) argue that\b",
         3, 1),
        (r"^\s*chapter\s+\d+|\(eds?\.\)", 3, 1),  # a book chapter
        (r"\bisbn[\s:-]", 2, 1),
    )],
    "transcripts": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"\b(?:academic|official|unofficial|internal) transcript\b|^\s*transcript\b|"
         r"\bgrade report\b|\bacademic record\b|\bstatement of (?:results|marks)\b", 4, 1),
        (r"\b(?:gpa|cgpa|grade point average|credit hours|credits earned|units earned)\b", 3, 1),
        (r"\b(?:semester|term|session) (?:total|gpa|average)\b|\bcumulative\b", 2, 1),
        (r"^\s*[a-z]{2,5}\s{0,3}\d{3,4}[a-z]?\b", 2, 5),  # course codes
    )],
    "letters": [(re.compile(p, _M), w, n) for p, w, n in (
        (r"\bto whom it may concern\b", 2, 1),
        (r"\bi (?:strongly |highly |warmly |enthusiastically )?recommend\b|"
         r"\bletter of (?:recommendation|reference)\b|\bit is my pleasure to recommend\b", 3, 1),
        (r"\bi have known\b|\bi (?:supervised|taught|advised)\s+(?:him|her|them|mr|ms|dr)\b", 2, 1),
    )],
}
# what a document calls itself at its top (its first 500 characters): weighs more
TITLES = {family: re.compile(p, _M) for family, p in {
    "cv": r"\bcurriculum\s+vitae\b|\br[ée]sum[ée]\b|^\s*c\.?v\.?\s*$",
    "cover_letter": r"\bcover(?:ing)? letter\b|^\s*dear\b|\bletter of (?:application|interest|"
                    r"motivation)\b",
    "research_statement": r"\bresearch (?:statement|proposal|plan|summary|interests|"
                          r"agenda)\b|\bstatement of research\b",
    "teaching_statement": r"\bteaching (?:statement|philosophy)\b|\bstatement of teaching\b",
    "diversity_statement": r"\b(?:diversity|dei|equity|inclusion)\b.{0,30}\bstatement\b|"
                           r"\bstatement on (?:diversity|equity)\b",
    "transcripts": r"\btranscript\b|\bgrade report\b|\bacademic record\b",
    "letters": r"\bletter of (?:recommendation|reference)\b|\bto whom it may concern\b",
    "article": r"^\s*chapter\s+\d+|^\s*abstract\b",
}.items()}
TITLE_WEIGHT = 3
CV_HEADING_WEIGHT = 2  # for each CV section heading found, up to
CV_HEADING_CAP = 5


@dataclass
class Guess:
    """What a document looks like: the best family, its score, how sure, and the signs."""

    family: str
    score: int
    signs: dict[str, list[str]] = field(default_factory=dict)  # family -> quoted signs
    scores: dict[str, int] = field(default_factory=dict)

    @property
    def runner_up(self) -> int:
        return max((s for f, s in self.scores.items() if f != self.family), default=0)

    @property
    def confidence(self) -> str:
        """"high" (many signs, far ahead), "medium", or "low"."""
        if self.score >= 8 and self.score >= 2 * self.runner_up:
            return "high"
        if self.score >= 5 and self.score > self.runner_up:
            return "medium"
        return "low"


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@functools.lru_cache(maxsize=128)  # the app re-checks after every edit: same texts again
def classify(text: str) -> Guess:
    """Score the text against each family; the first pages are what identify a document."""
    head = text[:15000]
    lower = head.lower()
    same_length = len(lower) == len(head)  # then a match's span also fits the original text
    scores: dict[str, int] = {}
    signs: dict[str, list[str]] = {}
    for family, patterns in SIGNS.items():
        total = 0
        for pattern, weight, times in patterns:
            matches = pattern.finditer(lower)
            found = [m for _, m in zip(range(times), matches, strict=False)]
            if len(found) >= times:
                total += weight
                match = found[0]
                seen = head[match.start():match.end()] if same_length else match.group(0)
                signs.setdefault(family, []).append(
                    _quote(seen) + (f" (and {times - 1}+ more)" if times > 1 else ""))
        scores[family] = total
    top = lower[:500]
    for family, pattern in TITLES.items():
        match = pattern.search(top)
        if match:
            scores[family] += TITLE_WEIGHT
            signs.setdefault(family, []).insert(0, f"titled “{_quote(match.group(0))}”")
    words = len(text.split())
    if words >= 3500:  # statements, letters and CVs are rarely this long; papers are
        scores["article"] += 2 + (words >= 6000)
        signs.setdefault("article", []).append(f"{words} words")
    headings = [s.heading for s in read_cv([head]).sections if s.heading]
    distinct = list(dict.fromkeys(h.lower() for h in headings))
    if len(distinct) >= 2:
        scores["cv"] += CV_HEADING_WEIGHT * min(len(distinct), CV_HEADING_CAP)
        signs.setdefault("cv", []).append("headings " + ", ".join(
            f"“{h}”" for h in list(dict.fromkeys(headings))[:4]))
    best = max(scores, key=lambda f: scores[f])
    return Guess(best, scores[best], signs, scores)


@dataclass
class Mismatch:
    looks_like: str
    evidence: str
    confidence: str


def check_kind(kind: str, text: str) -> Mismatch | None:
    """A document attached as `kind` that clearly looks like something else, or None."""
    family = FAMILY.get(kind, kind)
    if family not in SIGNS or len(text.split()) < 40:
        return None
    guess = classify(text)
    own = guess.scores.get(family, 0)
    if guess.family == family or guess.confidence == "low" or own * 2 > guess.score:
        return None
    if kind == "publications" and guess.family == "cv":
        return None  # a list of publications reads like that part of a CV
    found = ", ".join(f"“{s}”" for s in guess.signs[guess.family][:3])
    mine = guess.signs.get(family)
    own_text = (f"signs of {NAMES[family]}: " + ", ".join(f"“{s}”" for s in mine[:3])
                if mine else f"no signs of {NAMES[family]}")
    return Mismatch(guess.family, f"Found {found} (signs of {NAMES[guess.family]}); {own_text}. "
                    f"How sure: {guess.confidence} confidence.", guess.confidence)
