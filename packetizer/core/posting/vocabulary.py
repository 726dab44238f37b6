"""The names of application materials: which kind a phrase names (CV, statements, letters, …)."""

from __future__ import annotations

import functools
import re

from packetizer.core.posting.anchors import AnchoredPattern
from packetizer.core.posting.limits import NUM, RANGE_SEP
from packetizer.core.posting.names import KIND_PATTERNS

# --- classification ----------------------------------------------------------------------------

KIND_RES = [(kind, re.compile(pat, re.IGNORECASE if kind != "cv" else 0)) for kind, pat in
             KIND_PATTERNS]
# the same patterns, each searched as only the alternatives whose words the text holds: most text
# holds few of a kind's words, and the patterns are long (see `anchors`)
ANCHORED_RES = [AnchoredPattern(regex) for _kind, regex in KIND_RES]
# the fields a statement is named by: "a research and teaching statement"
STATEMENT_FIELDS = r"(?:research|teaching|service|diversity|mentoring|outreach)"
# "cv" in lower case, but not inside an address ("cv@…", "/cv/")
CV_LOWER_RE = re.compile(r"curriculum\s+vitae|\bvitae?\b|(?<![\w/@.-])cv(?![\w/@-])",
                         re.IGNORECASE)
DETERMINER_RE = re.compile(
    rf"^(?:\d{{1,2}}[.)]\s+)?\(?(?:(?:and|or|also|plus|as\s+well\s+as|along\s+with|together\s+with|with|"
    rf"perhaps|maybe|sowie|und|et|possibly|meist|meistens|"
    # ("in some cases, your college transcript")
    rf"in\s+(?:some\s+|certain\s+|a\s+few\s+)?(?:rare\s+)?cases,?|"
    rf"arrange\s+(?:for|to\s+have))\s+)*"
    rf"(?:(?:a|an|the|your|their|his|her|our|any|all|one|at\s+least|up\s+to|no\s+more\s+than|"
    # "at least two but not more than five letters"
    rf"(?:but|and)\s+(?:not|no)\s+more\s+than|(?<=\d\s)\([a-z]+(?:-[a-z]+)?\)|"  # "15 (fifteen)"
    rf"(?:(?:digital|electronic|certified|attested|official)\s+)?(?:photo)?cop(?:ies|y)\s+of|"
    rf"(?:pdf\s+)?files?\s+of|scans?\s+of|scanned|valid|"
    rf"sets?\s+of|"  # ("3 sets of no more than 5 academic publications")
    # German: "eine Ablichtung des …", "Kopien der …", "ein tabellarischer …"
    rf"ein|eine|einen|einer|einem|eines|le|la|les|une?|des|du|"  # (French: "la liste des …")
    rf"el|los|las|una|copia\s+del?|"  # (Spanish: "el proyecto docente")
    rf"(?:beglaubigte\s+)?(?:ablichtung(?:en)?|kopien?|abschriften?)\s+"
    rf"(?:des|der|von|über)|tabellarische[rn]?|{NUM}(?:{RANGE_SEP}{NUM})?(?:[\s-]*page)?|current|recent|"
    rf"updated|up-to-date|brief|short|detailed|full|complete|"
    # "Applicant's biosketch": the applicant's own
    rf"(?:the\s+)?(?:applicant|candidate|nominee|student)['’]s|"
    # "a link to a page where the sample … is posted": the sample
    rf"(?:URL|link|web\s+address)\s+(?:for|to|of)\s+(?:a|an|the|your)\s+(?:web\s*site|"
    rf"web\s*page|page|site)\s+(?:where|on\s+which)|"
    # "Completed and signed Application Cover Sheet"
    rf"(?:completed|signed|filled[\s-]in)(?:\s+and\s+(?:signed|dated))?)\s+)*",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)  # the same phrase is asked about from several rules
def classify(text: str) -> tuple[str, int, int] | None:
    """The material a phrase names, with where its name starts and ends, or None.

    The earliest match wins ("A CV including a list of publications" is a CV); on a tie the
    more specific kind (earlier in KIND_PATTERNS) wins and `other` comes last.
    """
    text = text.replace("(s)", "s  ")  # "Letter(s) of support": the names' plural, same offsets
    best: tuple[int, int, str, int] | None = None
    folded = text.casefold()
    for rank, (kind, _regex) in enumerate(KIND_RES):
        if kind == "other" and best is not None and best[0] < 10_000:
            continue  # ("other" comes last: any named kind wins over it, and its search is long)
        match = ANCHORED_RES[rank].search(text, folded)
        if kind == "cv" and not match:
            match = CV_LOWER_RE.search(text)
        if not match:
            continue
        late = 10_000 if kind == "other" else 0
        key = (match.start() + late, rank, kind, match.end())
        if best is None or key < best:
            best = key
    if best is None:
        return None
    start = best[0] % 10_000
    # ("Bibliography for the project proposal", "Time schedule for the project": its parts)
    financial = re.search(r"\bfinancial\s+$|\b(?:abstract|budget|title|bibliography|timeline|"
                          r"timetable|time\s+schedule)\s+(?:of|for)\s+(?:the\s+|your\s+|this\s+)?$",
                          text[:start], re.IGNORECASE) \
        if best[2] == "research_statement" else None
    if financial:  # "a financial statement of the research grant": its accounts; "a short
        # abstract of this proposal": a document about the proposal, not the proposal
        return "other", financial.start(), best[3]
    sheet = re.match(r"\s+(?:cover\s+(?:sheet|page)|attachment)\b", text[best[3]:],
                     re.IGNORECASE) if best[2] != "other" else None
    if sheet:  # "the Proposal Cover Sheet": the sheet, a form of its own; "a CV attachment"
        return "other", start, best[3] + sheet.end()
    cited = re.search(r"\bbibliograph(?:y|ies)\s+of\s+(?:[\w-]+\s+){0,2}$", text[:start],
                      re.IGNORECASE) if best[2] == "references" else None
    if cited:  # "a bibliography of relevant references": the works cited, not referees
        return "other", cited.start(), best[3]
    return best[2], start, best[3]


@functools.lru_cache(maxsize=8192)
def first_other(text: str) -> int | None:
    """Where the first name of an "other" document starts ("proofs of your education"), which
    `classify` ranks after the named kinds."""
    match = OTHER_RE.search(text)
    return match.start() if match else None


OTHER_RE = next(regex for kind, regex in KIND_RES if kind == "other")


def lead_words(chunk: str, pos: int) -> int:
    """How many words stand before the material's name once determiners and counts are off."""
    space = len(chunk) - len(chunk.lstrip())
    det = DETERMINER_RE.match(chunk[space:])
    skip = space + det.end() if det else 0
    if pos < skip:
        return 0
    # ("a brief (up to 3 pages) summary of …": a limit in brackets is not a word before it)
    return len(re.sub(r"\([^()]*\b(?:pages?|pp|words)\b[^()]*\)", " ", chunk[skip:pos],
                      flags=re.IGNORECASE).split())
