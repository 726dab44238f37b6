"""A CV read by its sections: the headings it uses, and the entries of its publication sections
counted and classified (journal, conference, chapter, book) by their venue.

Text extracted from a PDF has no layout: a two-column LaTeX CV gives its headings at the start
of a line ("Publications Elmatad, Y. S and …"), glued to the end of one ("… CA USAEducation") or
split over two lines ("Working" / "Papers"). All of those are read. Only entries inside
publication sections are counted; preprints, working papers, submissions and talks are told
apart and not counted as publications.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# section kind -> heading phrases (lower case, single spaces); a heading may have a few
# qualifying words before it ("Selected", "Peer-reviewed", "WoS SCIE/SSCI")
_PUBLICATION_HEADINGS = {
    "journal": r"(?:refereed |peer[- ]reviewed )?journal (?:articles|papers|publications)|"
               r"journal and magazine articles|articles in (?:refereed |peer[- ]reviewed )?"
               r"journals|refereed articles",
    "conference": r"(?:refereed |peer[- ]reviewed )?conference (?:papers|proceedings|"
                  r"publications|articles)|conference and workshop papers|proceedings|"
                  r"(?:international |refereed )?conferences|"
                  r"(?:conference )?posters|workshop papers",
    "chapter": r"book chapters|chapters(?: in (?:books|edited volumes))?",
    "book": r"books|monographs",
    "unpublished": r"preprints?|working papers?|papers under (?:review|submission)|"
                   r"(?:papers|manuscripts) (?:submitted|under review|in preparation)|"
                   r"submitted (?:papers|manuscripts)|manuscripts?(?: in preparation)?|"
                   r"works? in progress|research in progress|papers? in preparation|"
                   r"current research|job market paper|research papers",
    "talks": r"(?:invited |contributed |selected |conference |seminar )*(?:talks|"
             r"presentations|seminars)(?: at [\w ]+)?|invited seminar presentations|"
             r"contributed talk|invited/seminar talk",
    "publications": r"(?:[\w/-]+ ){0,3}publications?(?: and (?:preprints|presentations|talks))?|"
                    r"(?:selected |recent |peer[- ]reviewed |refereed )*(?:papers|articles)|"
                    r"bibliography|earlier publications?",
}
_OTHER_HEADINGS = (
    r"education|(?:academic |professional |research |work |teaching |industry |relevant |"
    r"international |other )?(?:experience|experiences)|employment(?: history)?|"
    r"(?:academic )?(?:appointments|positions)|awards|honou?rs(?: and awards)?|"
    r"(?:grants|fellowships)(?:,? (?:fellowships|and awards|and honou?rs|awards))*|"
    r"(?:research )?(?:grants|funding)|teaching|(?:professional |university |academic )?service|"
    r"(?:technical |computer |programming )?skills|languages|references|referees|"
    r"(?:research |teaching )?interests|(?:professional |other )?activities|memberships|"
    r"certifications?|projects|software|(?:graduate )?coursework|contact(?: information)?|"
    r"personal (?:data|information)|highlights|summary|profile|objective|"
    r"professional (?:development|affiliations)|leadership|volunteer(?:ing)?|"
    r"workshops(?: and consortia)?|r package|supervision|mentoring|outreach"
)
_ALL = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _PUBLICATION_HEADINGS.items())
_HEADING_RE = re.compile(rf"^(?:{_ALL}|(?P<other>{_OTHER_HEADINGS}))$")
# words that start a two-line heading ("Working" / "Papers", "Conference" / "Presentations")
_FIRST_WORDS = {"working", "conference", "teaching", "research", "invited", "professional",
                "selected", "journal", "refereed", "peer-reviewed", "book", "honors", "awards",
                "work", "academic", "other", "papers", "manuscripts", "contributed", "paper",
                "manuscript", "conferences", "grants", "technical"}
# headings a two-column CV prints at the start of a line, before the first entry
_LINE_START_RE = re.compile(
    r"^(Publications|Selected Publications|Refereed Publications|Education|Presentations|"
    r"Talks|Awards|Honors|Skills|Experience|Employment|Appointments|Service|References|"
    r"Preprints|Grants|Fellowships|R Package|PUBLICATIONS|EDUCATION|PRESENTATIONS|TALKS|"
    r"AWARDS|SKILLS|EXPERIENCE|EMPLOYMENT|APPOINTMENTS)[ :]+(?=[A-Z\[\d•(“\"]|up-to-date)")
# … and glued to the end of a line ("… Berkeley, CA USAEducation")
_LINE_END_RE = re.compile(
    r"(?<=[a-z.)\dA-Z])(Education|Publications|Appointments|Experience|Employment|Awards|"
    r"Presentations|Talks|Skills|Service|Teaching|References)$")

ENTRY_STYLES = [re.compile(p) for p in (
    r"^\s*\[\d{1,3}\]",                      # [12]
    r"^\s*[A-Z]{1,2}-?\d{1,3}[.)]\s",         # C-1.  J2)
    r"^\s*\(?\d{1,3}[.)]\s",                  # 1.  (3)
    r"^\s*[•●▪◦∙·*–\-]\s",                    # bullets
    r"^\s*(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?\s",  # 2015 …
    r"^\s*[A-Z][\w'’-]+,\s+(?:[A-Z]\.[\s-]*)+",    # Elmatad, Y. S
    r"^\s*(?:[A-Z]\.\s*){1,3}[A-Z][\w'’-]+,",      # S. Chigusa,
    r"^\s*[A-Z][\w'’-]+,\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?,",  # Zhou, Eric,
)]
_UNPUBLISHED_RE = re.compile(
    r"\b(?:submitted|under review|in review|under submission|in preparation|working paper|"
    r"preprint|revise and resubmit|revised and resubmitted|reject and resubmit|r&r|"
    r"manuscript|mimeo|job market paper|work in progress)\b", re.IGNORECASE)
_ARXIV_ONLY_RE = re.compile(r"\barxiv\b|\b\d{4}\.\d{4,5}\b", re.IGNORECASE)
_CONFERENCE_RE = re.compile(
    r"\b(?:proceedings|proc\.(?!\s*natl)|conference|symposium|workshops?|congress|colloquium|"
    r"convention|annual meeting|neurips|nips|icml|iclr|aaai|ijcai|kdd|cvpr|iccv|eccv|emnlp|"
    r"naacl|sigir|sigmod|vldb|infocom|mobicom|mobisys|sensys|icdcs)\b|"
    r"\([A-Z][A-Za-z-]+\s?['’]\d\d\)", re.IGNORECASE)
_JOURNAL_RE = re.compile(
    r"\b(?:journal|transactions|letters|review|annals|quarterly|proceedings of the national "
    r"academy|nature|science|plos|bmc|frontiers in|ieee access|scientific reports|econometrica|"
    r"jhep|ptep|physical review)\b|"
    r"\b(?:j|rev|lett|trans|phys|chem|acad|sci|proc\.\s*natl)\.|"  # J. Chem. Phys., Phys. Rev.
    r"\b\d{1,4}\s*\(\s*\d{1,4}(?:[–-]\d{1,4})?\s*\)\s*[:,]\s*[A-Za-z]?\d+|"  # 26(4), 814
    r"\b[A-Z]?\d{1,4}\s*\((?:19|20)\d\d\)\s*[A-Z]?\d+|"  # D100 (2019) 015030
    # 12, 89-93, 2007
    r"\b\d{1,4},\s*(?:pp?\.\s*)?[A-Z]?\d{1,6}(?:[–-]\d+)?(?:,\s*(?:19|20)\d\d|\.\s*$)|"
    r"\bvol(?:ume)?\.?\s*\d+|\b10\.\d{4,9}/\S+", re.IGNORECASE)
_CHAPTER_RE = re.compile(r"\bchapter\b|\bin:?\s[^.\n]{0,120}\(eds?\.?\)|\bisbn\b",
                         re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_A_PAPER_RE = re.compile(r"\b(?:r package|python package|software|github|talk|seminar|"
                             r"presented at|poster)\b", re.IGNORECASE)


@dataclass
class Section:
    heading: str  # as printed
    kind: str  # journal, conference, chapter, book, publications, unpublished, talks, other
    page: int  # 1-based
    lines: list[str] = field(default_factory=list)
    journal: int = 0
    conference: int = 0
    chapters: int = 0
    books: int = 0
    unpublished: int = 0
    entries: int = 0
    first_entry: str = ""

    @property
    def counted(self) -> int:
        return self.journal + self.conference + self.chapters + self.books


@dataclass
class CvReading:
    sections: list[Section] = field(default_factory=list)

    def _total(self, what: str) -> int:
        return sum(getattr(s, what) for s in self.sections)

    # entries counted over all publication sections
    journal = property(lambda self: self._total("journal"))
    conference = property(lambda self: self._total("conference"))
    chapters = property(lambda self: self._total("chapters"))
    books = property(lambda self: self._total("books"))

    @property
    def publication_sections(self) -> list[Section]:
        return [s for s in self.sections if s.kind in ("journal", "conference", "chapter",
                                                       "book", "publications")]

    @property
    def talks(self) -> list[Section]:
        return [s for s in self.sections if s.kind == "talks"]

    @property
    def headings(self) -> int:
        return sum(1 for s in self.sections if s.heading)

    @property
    def counted(self) -> int:
        return self.journal + self.conference + self.chapters + self.books

    @property
    def mentions_conferences(self) -> bool:
        """Does any line name a conference, symposium or meeting (talks, posters, attended)?"""
        return any(_CONFERENCE_RE.search(line) for s in self.sections for line in s.lines)

    def summary(self) -> str:
        """ "Publications (p. 2): 11 journal; Presentations (p. 3)" """
        parts = []
        for s in self.sections:
            if s.kind in ("other",):
                continue
            counts = [f"{n} {what}" for n, what in ((s.journal, "journal"),
                                                     (s.conference, "conference"),
                                                     (s.chapters, "chapter"), (s.books, "book"),
                                                     (s.unpublished, "unpublished"))
                      if n]
            if s.kind == "talks":
                counts = [f"{s.entries} entries"] if s.entries else []
            parts.append(f"“{s.heading}” (p. {s.page})" + (": " + ", ".join(counts)
                                                            if counts else ""))
        return "; ".join(parts)


def _normal(line: str) -> str:
    line = re.sub(r"[\s:]+$", "", line.strip().strip("•*#").strip())
    if re.fullmatch(r"(?:[A-Za-z&] ){3,}[A-Za-z&](?:\s+(?:[A-Za-z&] ){2,}[A-Za-z&])*", line):
        line = re.sub(r"(?<=\w) (?=\w\b)", "", line)  # "E D U C A T I O N"
    return re.sub(r"\s+", " ", line).lower()


def _heading_kind(phrase: str) -> str | None:
    if not phrase or len(phrase.split()) > 7 or len(phrase) > 60:
        return None
    match = _HEADING_RE.match(phrase)
    if not match:
        return None
    return next(kind for kind, value in match.groupdict().items() if value)


def _split_headings(pages: list[str], first_page: int = 1) -> list[Section]:
    """The CV's sections in order, each with its lines (the text before the first heading is
    a section of kind "other" named "")."""
    sections = [Section("", "other", first_page)]
    for page_number, page in enumerate(pages, start=first_page):
        lines = page.split("\n")  # not splitlines(): a ligature can extract as "\f"
        i = 0
        while i < len(lines):
            line = lines[i]
            phrase = _normal(line)
            kind = _heading_kind(phrase)
            rest = ""
            if kind is None and i + 1 < len(lines) and 0 < len(phrase.split()) <= 3 and \
                    phrase.split()[0] in _FIRST_WORDS:
                following = lines[i + 1].strip()
                for n in (3, 2, 1):  # "Working" / "Papers …", "Teaching" / "Experience"
                    words = following.split()[:n]
                    joined = _heading_kind(_normal(f"{line} {' '.join(words)}"))
                    if joined and len(words) == n:
                        kind, rest = joined, " ".join(following.split()[n:])
                        line = f"{line.strip()} {' '.join(words)}"
                        i += 1
                        break
            if kind is None:
                start = _LINE_START_RE.match(line.strip())
                if start:
                    kind = _heading_kind(_normal(start.group(1)))
                    rest = line.strip()[start.end():]
                    line = start.group(1)
            if kind is None:
                end = _LINE_END_RE.search(line.rstrip())
                if end and len(line.split()) > 1:
                    kind = _heading_kind(end.group(1).lower())
                    rest = line.rstrip()[:end.start()]
                    line = end.group(1)
            if kind is not None:
                sections.append(Section(line.strip().rstrip(":"), kind, page_number))
                if rest.strip():
                    sections[-1].lines.append(rest)
            else:
                sections[-1].lines.append(line)
            i += 1
    return sections


def _entries(lines: list[str]) -> list[str]:
    """The section's entries, each one or more lines, split by the style its entries start
    with (the most used one); a section without such a style is one entry per line that ends
    a reference (a year, or a full stop after one)."""
    best, best_hits = None, 0
    for style in ENTRY_STYLES:
        hits = sum(1 for line in lines if style.match(line))
        if hits > best_hits:
            best, best_hits = style, hits
    if best is not None and best_hits >= 1:
        entries: list[list[str]] = []
        for line in lines:
            if best.match(line) or not entries:
                entries.append([line])
            else:
                entries[-1].append(line)
        if not best.match(entries[0][0]) and len(entries) > 1:
            entries = entries[1:]  # a line of preamble before the first entry
        return [" ".join(e) for e in entries]
    entries, current = [], []
    for line in lines:
        current.append(line)
        if (_YEAR_RE.search(line) and line.rstrip().endswith((".", ")"))) or \
                re.search(r"\b(?:19|20)\d\d\.?\s*$", line):
            entries.append(" ".join(current))
            current = []
    return entries


def _classify_entry(entry: str, section_kind: str) -> str | None:
    """journal, conference, chapter, book, unpublished — or None when it is not a reference."""
    if _UNPUBLISHED_RE.search(entry):
        return "unpublished"
    if section_kind in ("journal", "conference", "chapter", "book"):
        return section_kind
    journal = _JOURNAL_RE.search(entry)
    conference = _CONFERENCE_RE.search(entry)
    if conference and not (journal and re.match(r"proc\.\s*natl|proceedings of the national",
                                                journal.group(), re.IGNORECASE)):
        return "conference"
    if journal:
        return "journal"
    if _CHAPTER_RE.search(entry):
        return "chapter"
    if _ARXIV_ONLY_RE.search(entry):
        return "unpublished"
    if section_kind == "publications" and _YEAR_RE.search(entry) and \
            len(entry.split()) >= 8 and not _NOT_A_PAPER_RE.search(entry):
        return "journal"  # a reference with no venue cue, in a publications list: the usual
    return None


def read_cv(pages: list[str], first_page: int = 1) -> CvReading:
    """The CV's sections, with the publication sections' entries counted by kind; `pages`
    are the text of each page, the first numbered `first_page`."""
    reading = CvReading(_split_headings(pages, first_page))
    for section in reading.sections:
        if section.kind in ("other", "talks"):
            if section.kind == "talks":
                section.entries = len(_entries([ln for ln in section.lines if ln.strip()]))
            continue
        for entry in _entries([ln for ln in section.lines if ln.strip()]):
            what = _classify_entry(entry[:700], section.kind)
            if what is None:
                continue
            section.entries += 1
            if what == "unpublished" or section.kind == "unpublished":
                section.unpublished += 1
                continue
            if not section.first_entry:
                section.first_entry = " ".join(entry.split())[:90]
            if what == "journal":
                section.journal += 1
            elif what == "conference":
                section.conference += 1
            elif what == "chapter":
                section.chapters += 1
            else:
                section.books += 1
    reading.sections = [s for s in reading.sections if s.heading or s.lines]
    return reading
