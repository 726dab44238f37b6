"""Read a job posting and turn the materials it asks for into requirements.

Rule-based and offline. The reader finds where the posting asks for materials — a headed list
("Required Application Materials", "How to apply"), or a sentence with a submitting verb ("Send
CV, three letters and a writing sample") — splits it into items, and classifies each with a
synonym table. Every requirement keeps the exact span of the posting it came from.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

from packetizer.core.errors import PostingError
from packetizer.core.model import Posting, Requirement, SourceSpan, kind_name, slugify

MAX_POSTING_CHARS = 5_000_000

# --- vocabulary --------------------------------------------------------------------------------

_W = r"(?:[\w'’-]+\s+)"  # one word and its space

KIND_PATTERNS: list[tuple[str, str]] = [
    ("letters", r"letters?\s+of\s+(?:recommendation|reference|support)|"
                r"(?:recommendation|reference|support)\s+letters?|letters\s+from|"
                r"(?:confidential\s+)?letters\b(?!\s+of\s+application)"),
    ("cover_letter", r"cover(?:ing)?\s+letter|letter\s+of\s+(?:application|interest|intent|"
                     r"motivation)|application\s+letter|motivation(?:al)?\s+letter|"
                     r"statement\s+of\s+(?:interest|purpose)|personal\s+statement"),
    ("diversity_statement", r"diversity\s+statement|dei\s+statement|statement\s+(?:of|on|"
                            r"describing|addressing)\s+(?:your\s+)?(?:contributions?\s+to\s+)?"
                            r"(?:diversity|equity|inclusion|inclusive)|"
                            r"contributions?\s+to\s+diversity|equity\s+statement"),
    ("teaching_statement", r"teaching\s+(?:statement|philosophy|portfolio|dossier)|"
                           r"statement\s+of\s+teaching|teaching\s+and\s+mentoring\s+statement"),
    ("research_statement", r"research\s+(?:statement|proposal|plan|summary|program\s+"
                           r"description)|statement\s+of\s+(?:current\s+and\s+(?:future|planned)"
                           r"\s+)?research|description\s+of\s+(?:(?:a|the|your|proposed)\s+)?"
                           r"(?:research|project|proposed)|project\s+(?:proposal|description)|"
                           r"\bproposal\b|statement\s+of\s+research|research\s+and\s+teaching"
                           r"\s+statements?"),
    ("writing_sample", r"writing\s+samples?|samples?\s+of\s+(?:your\s+)?(?:written\s+work|"
                       r"writing|scholarly\s+writing|scholarship)|journal\s+article|"
                       r"book\s+chapter|written\s+work"),
    ("publications", r"publication\s+list|list\s+of\s+(?:\w+\s+){0,2}publications|"
                     r"(?:selected\s+|representative\s+)?reprints?\b|"
                     r"(?:sample|selected|representative|research)\s+(?:papers|publications)|"
                     r"(?:sample|selected|representative)\s+(?:paper|publication|article)\b|"
                     r"job\s+market\s+paper|working\s+papers?|preprints?|"
                     r"copies\s+of\s+(?:\w+\s+){0,3}(?:papers|publications|articles)|"
                     r"\bpublications\b(?!\s+record)"),
    ("transcripts", r"transcripts?\b"),
    ("references", r"(?:names?|contact\s+(?:information|details)|list)\b[^.;:]{0,60}?\b"
                   r"(?:references|referees|recommenders)\b|\breferences\b|\breferees\b"),
    ("cv", r"curriculum\s+vitae|\bc\.\s?v\.|\bCV\b|\bvita\b|\bvitae\b"),
    ("resume", r"\br[ée]sum[ée]s?\b"),
    ("other", r"diploma|certificate|documentation|\bapplication\s+form\b|\bform\s+[A-Z0-9]|"
              r"\bcopy\s+of|\blist\s+of|\bresponse\s+to|\binformation\s+on|\bsummary\s+of|"
              r"\babstracts?\b|\bportfolio\b|\bsyllab(?:us|i)\b|\bevaluations\b|\bproof\s+of|"
              r"supporting\s+material|\bcover\s+sheet\b|\bdissertation\b|\bthesis\b"),
]
_KIND_RES = [(kind, re.compile(pat, re.IGNORECASE if kind != "cv" else 0)) for kind, pat in
             KIND_PATTERNS]
_CV_LOWER = re.compile(r"curriculum\s+vitae|\bvitae?\b", re.IGNORECASE)

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "single": 1,
}
_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_RANGE_SEP = r"\s*(?:-|–|—|to|or)\s*"

HEADING_RE = re.compile(
    r"^\W*(?:required\s+)?(?:application\s+(?:materials|documents|instructions|procedure|"
    r"requirements|package)|how\s+to\s+apply|to\s+apply|requested\s+documents?|"
    r"required\s+(?:documents|materials)|documents\s+(?:required|to\s+submit)|"
    r"what\s+you\s+will\s+need|applying|submission\s+(?:materials|instructions))\b",
    re.IGNORECASE,
)
TRIGGER_RE = re.compile(
    r"\b(?:submit(?:ted|ting)?|includ(?:e|es|ing)|send|upload(?:ed)?|provide|attach|enclose|"
    r"forward|post|e-?mail|contain|consist\s+of|accompanied\s+by|arrange\s+(?:for|to\s+have)|"
    r"complete|fill\s+(?:in|out)|"
    r"following\s+(?:materials|documents)|will\s+need)\b|"
    r"\b(?:required|requested|application|supporting|submission)\s+(?:documents|materials)"
    r"(?:\s+required)?\s*:",
    re.IGNORECASE,
)
OPTIONAL_RE = re.compile(
    r"\b(?:optional(?:ly)?|if\s+(?:available|applicable|any|possible)|encouraged|"
    r"may\s+(?:also\s+)?(?:include|submit|send|provide|attach|add)|preferred|welcome[d]?|"
    r"not\s+required)\b",
    re.IGNORECASE,
)
SEPARATE_RE = re.compile(
    r"\b(?:sent|submitted|uploaded|e-?mailed|forwarded|provided)\s+(?:directly\s+)?"
    r"(?:by|from)\s+(?:the\s+|your\s+)?(?:referees|recommenders|letter\s+writers|writers|"
    r"references)|(?:referees|recommenders|letter\s+writers)\s+(?:should|must|will|can)\s+"
    r"(?:submit|send|upload|e-?mail)|to\s+be\s+sent\s+(?:directly\s+)?to|"
    r"arrange\s+(?:for|to\s+have)|directly\s+(?:to|by)\b",
    re.IGNORECASE,
)
EMPLOYER_REQUESTS_RE = re.compile(
    r"\bwill\s+be\s+(?:requested|contacted|asked|solicited)|\bonly\s+(?:if|when)\s+requested|"
    r"\bupon\s+request\b|\bat\s+a\s+later\s+stage\b|\bshort-?listed\b|"
    r"\b(?:upon|at\s+the\s+time\s+of|prior\s+to|before)\s+(?:the\s+)?(?:hire|hiring|"
    r"appointment|employment|start)\b|\bif\s+(?:selected|invited|short-?listed)\b|\bfinalists\b",
    re.IGNORECASE,
)
QUALIFICATION_HEADING_RE = re.compile(
    r"^\W*(?:basic|preferred|minimum|required|desired|essential|key)?\s*"
    r"(?:qualifications|requirements|responsibilities|duties|skills|about|description|tasks)\b",
    re.IGNORECASE,
)
SINGLE_PDF_RE = re.compile(
    r"\b(?:single|one)\s+(?:combined\s+|merged\s+)?(?:pdf|file|document)\b|"
    r"combined?\s+(?:\w+\s+){0,3}into\s+(?:a\s+single|one)|merged?\s+into\s+(?:a\s+single|one)",
    re.IGNORECASE,
)
_RELATIVE_WORDS = (
    r"(?:that|which|who|describing|outlining|including|indicating|addressing|summari[sz]ing|"
    r"demonstrating|detailing|explaining|highlighting|presenting|presents|discussing|with|"
    r"on|about|where|showing)"
)
RELATIVE_RE = re.compile(rf"\b{_RELATIVE_WORDS}\b", re.IGNORECASE)
_RELATIVE_START_RE = re.compile(rf"\s*\(?{_RELATIVE_WORDS}\b", re.IGNORECASE)
_ARTICLE_START_RE = re.compile(
    rf"\s*(?:(?:and|or|plus)\s+)?(?:a|an|the|your|copies\s+of|{_NUM})[\s-]", re.IGNORECASE)
_DETERMINER_RE = re.compile(
    rf"^(?:(?:and|or|also|plus|as\s+well\s+as|along\s+with|together\s+with|with|"
    rf"arrange\s+(?:for|to\s+have))\s+)*"
    rf"(?:(?:a|an|the|your|their|his|her|our|any|all|one|at\s+least|up\s+to|no\s+more\s+than|"
    rf"copies\s+of|copy\s+of|{_NUM}(?:{_RANGE_SEP}{_NUM})?(?:[\s-]*page)?|current|recent|"
    rf"updated|up-to-date|brief|short|detailed|full|complete)\s+)*",
    re.IGNORECASE,
)

# --- text helpers ------------------------------------------------------------------------------


@dataclass
class _Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def _strip_span(text: str, start: int, end: int, chars: str = " \t\r\n,;:.-–—•*·>") -> _Span:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars + ")" and not (
        text[end - 1] == ")" and "(" in text[start:end - 1]
    ):
        end -= 1
    return _Span(start, end)


_LIST_MARK_RE = re.compile(
    r"^[ \t]*(?:[-•*·–—▪◦●○■□➢►>]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?[ivxIVX]{1,4}[.)])[ \t]+"
)
_INLINE_ENUM_RE = re.compile(r"(?:(?<=\s)|^)\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s")


def _lines(text: str) -> list[_Span]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        spans.append(_Span(pos, end))
        pos += len(line)
    return spans


def _is_list_item(line: str) -> bool:
    return bool(_LIST_MARK_RE.match(line)) or (line[:1] in " \t" and bool(line.strip()))


def _is_heading(line: str) -> bool:
    stripped = line.strip().strip("#*").strip()
    if not stripped or len(stripped) > 70 or _LIST_MARK_RE.match(line):
        return False
    if stripped.endswith(":"):
        return len(stripped.split()) <= 8
    return not stripped.endswith((".", ",", ";")) and len(stripped.split()) <= 8


def _sentences(text: str, start: int, end: int) -> list[_Span]:
    """Split text[start:end] into sentences, keeping offsets; abbreviations are not ends."""
    spans = []
    pos = start
    for match in re.finditer(r"(?<=[.!?])\s+(?=[A-Z(\"“])|\n\s*\n|(?<=:)\s*\n", text[start:end]):
        cut = start + match.start()
        before = text[max(start, cut - 6):cut]
        if re.search(r"\b(?:Dr|Prof|Dept|e\.g|i\.e|etc|No|St|Mr|Ms|Mrs|vs|approx|ca|incl|"
                     r"[A-Z])\.$", before):
            continue
        spans.append(_Span(pos, cut))
        pos = start + match.end()
    spans.append(_Span(pos, end))
    return [s for s in spans if text[s.start:s.end].strip()]


# --- classification ----------------------------------------------------------------------------


def classify(text: str) -> tuple[str, int, int] | None:
    """The material a phrase names, with where its name starts and ends, or None.

    The earliest match wins ("A CV including a list of publications" is a CV); on a tie the
    more specific kind (earlier in KIND_PATTERNS) wins and `other` comes last.
    """
    best: tuple[int, int, str, int] | None = None
    for rank, (kind, regex) in enumerate(_KIND_RES):
        match = regex.search(text)
        if kind == "cv" and not match:
            match = _CV_LOWER.search(text)
        if not match:
            continue
        late = 10_000 if kind == "other" else 0
        key = (match.start() + late, rank, kind, match.end())
        if best is None or key < best:
            best = key
    if best is None:
        return None
    start = best[0] % 10_000
    return best[2], start, best[3]


def _lead_words(chunk: str, pos: int) -> int:
    """How many words stand before the material's name once determiners and counts are off."""
    det = _DETERMINER_RE.match(chunk)
    skip = det.end() if det else 0
    if pos < skip:
        return 0
    return len(chunk[skip:pos].split())


# --- limits and counts -------------------------------------------------------------------------


def _num(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_PAGES_RE = re.compile(
    rf"(?:(?:no\s+(?:more|longer)\s+than|not\s+(?:to\s+)?exceed(?:ing)?|up\s+to|max(?:imum)?\.?"
    rf"(?:\s+of)?|limit(?:ed)?(?:\s+to)?|at\s+most|maximum\s+length\s+of|of)\s+)?"
    rf"\b({_NUM})(?:{_RANGE_SEP}({_NUM}))?[\s-]*(?:pages?|pp\.?)(?![\w])"
    rf"(?:\s+(?:or\s+(?:less|fewer)|max(?:imum)?|long))?",
    re.IGNORECASE,
)
_WORD_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,5})"
_WORDS_RE = re.compile(
    rf"\b({_WORD_NUM})(?:{_RANGE_SEP}({_WORD_NUM}))?[\s-]*words?\b",
    re.IGNORECASE,
)
_COUNT_RE = re.compile(
    rf"\b(?:(at\s+least|minimum\s+of|a\s+minimum\s+of|up\s+to|no\s+more\s+than|maximum\s+of|"
    rf"a\s+maximum\s+of|max\.?)\s+)?({_NUM})(?:{_RANGE_SEP}({_NUM}))?\s+"
    rf"(?:\(\d+\)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:letters|references|referees|recommenders|papers|publications|reprints|articles|"
    rf"samples|chapters|writing\s+samples|names|transcripts|recommendations)\b",
    re.IGNORECASE,
)


def max_pages(text: str) -> int | None:
    """The page limit a phrase states: "no more than two pages", "3–4 page", "max. 3 pp."."""
    for match in _PAGES_RE.finditer(text):
        before = text[max(0, match.start() - 12):match.start()].lower()
        if re.search(r"\bsee\s*$|\bon\s*$", before):
            continue
        first, second = _num(match.group(1)), _num(match.group(2) or "")
        value = max(v for v in (first, second) if v is not None)
        if 0 < value <= 200:
            return value
    return None


def max_words(text: str) -> int | None:
    for match in _WORDS_RE.finditer(text):
        values = [_num(g.replace(",", "")) for g in match.groups() if g]
        values = [v for v in values if v]
        if values and max(values) >= 50:
            return max(values)
    return None


def counts(text: str, kind: str) -> tuple[int | None, int | None]:
    """(min_count, max_count) from "three letters", "at least two", "2-3 publications"."""
    match = _COUNT_RE.search(text)
    if match:
        qualifier = (match.group(1) or "").lower()
        first, second = _num(match.group(2)), _num(match.group(3) or "")
        if first is None:
            return None, None
        if second is not None:
            return min(first, second), max(first, second)
        if qualifier.startswith(("at least", "minimum", "a minimum")):
            return first, None
        if qualifier.startswith(("up to", "no more", "maximum", "a maximum", "max")):
            return None, first
        return first, first
    if kind in ("writing_sample", "publications") and re.match(
        r"^\W*(?:\(\w+\)\s*)?(?:a|an|one|your)\s+(?!list|publication\s+list)", text,
        re.IGNORECASE,
    ) and not re.search(r"\b(?:list|publications|papers|samples)\b", text, re.IGNORECASE):
        return 1, 1
    return None, None


# --- items -------------------------------------------------------------------------------------

_SPLIT_RE = re.compile(
    r"\s*;\s*|,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|plus\s+)?|\s+and\s+(?:also\s+)?|"
    r"\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+together\s+with\s+|\s+plus\s+",
    re.IGNORECASE,
)
_LABEL_TAIL_RE = re.compile(
    r"\s+(?:to\s+be\s+(?:sent|submitted|uploaded)|(?:sent|submitted|uploaded|e-?mailed)\s+"
    r"(?:to|via|through|by|directly|online)|to\s+(?:the|Dr\.?|Prof\.?)\s|by\s+(?:e-?mail|the\s+"
    r"(?:deadline|application))|via\s|through\s+(?:the|our)\s|at\s+https?:|on\s+the\s+website|"
    r"in\s+(?:pdf|a\s+single)\b|online\b|electronically\b|should\s+be\b|must\s+be\b)",
    re.IGNORECASE,
)


@dataclass
class _Item:
    kind: str
    span: _Span  # the label's span in the posting
    context: _Span  # the sentence or list item it came from
    in_zone: bool


def _paren_depth_splits(text: str, start: int, end: int) -> list[_Span]:
    """Split a list sentence at commas, semicolons and "and", but not inside parentheses."""
    pieces, pos, depth = [], start, 0
    segment = text[start:end]
    cuts = []
    for match in _SPLIT_RE.finditer(segment):
        depth = segment[:match.start()].count("(") - segment[:match.start()].count(")")
        depth += segment[:match.start()].count("[") - segment[:match.start()].count("]")
        if depth <= 0:
            cuts.append(match)
    for match in cuts:
        pieces.append(_Span(pos, start + match.start()))
        pos = start + match.end()
    pieces.append(_Span(pos, end))
    return [p for p in pieces if p.end > p.start]


def _items_in(text: str, start: int, end: int, context: _Span, in_zone: bool,
              bullet: bool = False) -> list[_Item]:
    """The materials named in text[start:end], a list of things the posting asks for."""
    # inline enumerations "(1) …, (2) …" split first
    segment = text[start:end]
    enum = list(_INLINE_ENUM_RE.finditer(segment))
    if len(enum) >= 2:
        items = []
        bounds = [start + m.start() for m in enum] + [end]
        if enum[0].start() > 0:
            items += _items_in(text, start, bounds[0], context, in_zone)
        for a, b in itertools.pairwise(bounds):
            items += _items_in(text, a, b, context, in_zone, bullet=True)
        return items

    chunks = _paren_depth_splits(text, start, end)
    items: list[_Item] = []
    relative = False
    for chunk in chunks:
        chunk_text = text[chunk.start:chunk.end]
        found = classify(chunk_text)
        new_item = False
        if items and _RELATIVE_START_RE.match(chunk_text):
            found = None
        if found:
            kind, pos, _ = found
            lead = _lead_words(chunk_text, pos)
            limit = 4 if kind != "other" else 1
            if relative:  # inside "a letter describing …": only "a/the/your X" starts anew
                limit = 2 if _ARTICLE_START_RE.match(chunk_text) else 0
            if not items:
                limit = 12 if (in_zone or bullet) else 6
            new_item = lead <= limit
            if kind == "letters" and EMPLOYER_REQUESTS_RE.search(
                    text[context.start:chunk.end]):
                new_item = False  # referees will be asked for them; nothing to submit
        if new_item:
            items.append(_Item(kind, _Span(chunk.start, chunk.end), context, in_zone))
            relative = bool(RELATIVE_RE.search(chunk_text[found[2]:]))
        elif items:
            last = items[-1]
            last.span = _Span(last.span.start, chunk.end)
            relative = relative or bool(RELATIVE_RE.search(chunk_text))
    return items


def _zone_item(text: str, line: _Span) -> list[_Item]:
    """Items from one list line under a materials heading."""
    raw = text[line.start:line.end]
    mark = _LIST_MARK_RE.match(raw)
    start = line.start + (mark.end() if mark else len(raw) - len(raw.lstrip()))
    span = _Span(start, line.end)
    body = text[span.start:span.end]
    head = re.match(r"^([^:.]{2,60}):\s", body)
    if head:  # "Supporting material: the supporting material should …"
        found = classify(head.group(1))
        label = _Span(span.start, span.start + len(head.group(1)))
        return [_Item(found[0] if found else "other", label, span, True)]
    return _items_in(text, span.start, span.end, span, True, bullet=True)


def _find_items(text: str) -> list[_Item]:
    lines = _lines(text)
    items: list[_Item] = []
    consumed: list[_Span] = []

    # 1. lists under a materials heading, or after a line ending in ":" that asks for materials
    i = 0
    while i < len(lines):
        line_text = lines[i].text(text)
        intro = line_text.rstrip().endswith(":") and TRIGGER_RE.search(line_text)
        if not ((HEADING_RE.match(line_text) and _is_heading(line_text)) or intro):
            i += 1
            continue
        zone_start = i
        j = i + 1
        started = False
        while j < len(lines):
            cur = lines[j].text(text)
            if not cur.strip():
                j += 1
                continue
            if _is_list_item(cur):
                started = True
                item_line = lines[j]
                # an indented line right below, without its own mark, continues the item
                while j + 1 < len(lines) and not _LIST_MARK_RE.match(lines[j + 1].text(text)) \
                        and lines[j + 1].text(text)[:1] in " \t" \
                        and lines[j + 1].text(text).strip() \
                        and not item_line.text(text).rstrip().endswith((".", ";")):
                    j += 1
                    item_line = _Span(item_line.start, lines[j].end)
                items.extend(_zone_item(text, item_line))
                consumed.append(item_line)
                j += 1
                continue
            if started or (QUALIFICATION_HEADING_RE.match(cur) and _is_heading(cur)):
                break
            if (HEADING_RE.match(cur) and _is_heading(cur)) or j - zone_start > 3:
                break
            j += 1  # an introductory sentence between the heading and the list
        i = max(j, i + 1)

    # 2. sentences anywhere that ask for materials
    def inside_consumed(span: _Span) -> bool:
        return any(c.start <= span.start < c.end for c in consumed)

    qualification_zone = _qualification_lines(text, lines)
    for sentence in _sentences(text, 0, len(text)):
        if inside_consumed(sentence):
            continue
        if any(q.start <= sentence.start < q.end for q in qualification_zone):
            continue
        s_text = sentence.text(text)
        passive = _PASSIVE_RE.match(s_text)
        if passive and classify(passive.group(1)) and not EMPLOYER_REQUESTS_RE.search(s_text):
            items.extend(_items_in(text, sentence.start, sentence.start + passive.end(1),
                                   sentence, False))
            continue
        trigger, best_lead = None, 9
        for match in TRIGGER_RE.finditer(s_text):
            rest = s_text[match.end():].lstrip(" :")
            found = classify(rest)
            if found:
                lead = _lead_words(rest, found[1])
                if lead < best_lead:
                    trigger, best_lead = match, lead
        if trigger is None:
            found = classify(s_text)
            if found and found[0] == "letters" and SEPARATE_RE.search(s_text) and \
                    not EMPLOYER_REQUESTS_RE.search(s_text):
                items.append(_Item("letters", _strip_span(text, sentence.start, sentence.end),
                                   sentence, False))
            continue
        obj_start = sentence.start + trigger.end()
        items.extend(_items_in(text, obj_start, sentence.end, sentence, False))
    return items


_PASSIVE_RE = re.compile(
    r"^\s*(.{2,160}?)\s+(?:must|should|will|shall|are\s+to|need\s+to|have\s+to)\s+be\s+"
    r"(?:sent|submitted|uploaded|e-?mailed|provided|forwarded|included|attached|enclosed|"
    r"received|addressed)\b",
    re.IGNORECASE | re.DOTALL,
)


def _qualification_lines(text: str, lines: list[_Span]) -> list[_Span]:
    """Spans under "Qualifications" / "Responsibilities" headings, where nothing is a material.

    A zone runs from its heading to the next heading, or to a paragraph that is not part of
    its list (after a blank line)."""
    zones = []
    start = None
    blank = False
    for line in lines:
        line_text = line.text(text)
        if start is not None and blank and line_text.strip() and not _is_list_item(line_text):
            zones.append(_Span(start, line.start))
            start = None
        blank = not line_text.strip() if start is not None else False
        if _is_heading(line_text):
            if start is not None:
                zones.append(_Span(start, line.start))
                start = None
            if QUALIFICATION_HEADING_RE.match(line_text) and not HEADING_RE.match(line_text):
                start = line.end
    if start is not None:
        zones.append(_Span(start, len(text)))
    return zones


def _clean_label(text: str, span: _Span) -> _Span:
    span = _strip_span(text, span.start, span.end)
    label = text[span.start:span.end]
    tail = _LABEL_TAIL_RE.search(label)
    if tail and tail.start() > 2:
        span = _strip_span(text, span.start, span.start + tail.start())
    # a dangling "(" left by the cut
    label = text[span.start:span.end]
    if label.count("(") > label.count(")"):
        cut = label.rfind("(")
        span = _strip_span(text, span.start, span.start + cut)
    return span


def _split_label(full: str, kind: str) -> tuple[str, str]:
    """("CV", "lists all peer-reviewed publications") from "CV, which lists all peer-reviewed …":
    the name of the material as the label, what it must contain as the notes."""
    found = classify(full)
    name_end = found[2] if found else 0
    clause = RELATIVE_RE.search(full, name_end)
    if clause:
        label = _tidy_label(full[:clause.start()])
        notes = full[clause.start():].strip(" .,;")
        notes = re.sub(r"^(?:which|that|who)\s+(?:should\s+|must\s+|will\s+)?", "", notes,
                       flags=re.IGNORECASE)
        if label:
            return label, notes
    match = re.search(r"\b(?:statement|description|proposal|summary)\s+of\s+(.+)$", full,
                      re.IGNORECASE)
    if match and kind in ("research_statement", "teaching_statement", "diversity_statement"):
        return _tidy_label(full), match.group(1).strip().rstrip(".,;")
    return _tidy_label(full), ""


_LABEL_LEAD_RE = re.compile(
    r"^(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*)?(?:(?:and|or|also|plus|with|arrange\s+for|"
    r"arrange\s+to\s+have|a|an|one|the|your|their)\s+)*",
    re.IGNORECASE,
)


def _tidy_label(label: str) -> str:
    """"(1) a cover letter" → "Cover letter": the material's name, as the posting words it."""
    label = label.strip(" ,;:(-–—")
    label = _LABEL_LEAD_RE.sub("", label, count=1) or label
    # limits and "optional" are shown on their own; the label names the material
    label = re.sub(r"\s*\((?:[^()]*\b(?:pages?|pp|words?|optional|max(?:imum)?|limit|"
                   r"if\s+available)\b[^()]*)\)", "", label, flags=re.IGNORECASE).strip() or label
    return label[:1].upper() + label[1:]


_CONDITION_RE = re.compile(
    r"^\s*(?:if|when|where)\b|\b(?:applicants?|candidates?|those)\s+(?:at|for|applying|who|"
    r"with|seeking|interested)\b[^.;]*?\b(?:should|must|may|will|are|is)\s+(?:also\s+)?|"
    r"\bfor\s+(?:the\s+)?(?:senior|associate|full|tenured|advanced)\b[^.;]*?,",
    re.IGNORECASE,
)


def _to_requirement(text: str, item: _Item, taken: set[str]) -> Requirement:
    source_span = _clean_label(text, item.span)
    full = text[source_span.start:source_span.end]
    label, notes = (" ".join(part.split()) for part in _split_label(full, item.kind))
    context = item.context.text(text)
    min_c, max_c = counts(full, item.kind)
    sentence_optional = bool(_CONDITION_RE.search(context[:max(0, item.span.start -
                                                               item.context.start)]))
    optional = bool(OPTIONAL_RE.search(full)) or sentence_optional or (
        bool(re.search(r"\bmay\s+(?:also\s+)?(?:include|submit|send|provide|attach|add)\b",
                       context, re.IGNORECASE)) and not item.in_zone
    )
    separate = item.kind == "letters" and bool(SEPARATE_RE.search(context))
    if sentence_optional:
        condition = " ".join(context.split())
        notes = (notes + "; " if notes else "") + "only in some cases: " + condition[:200]
    req = Requirement(
        id=slugify(item.kind if item.kind != "other" else label, taken),
        kind=item.kind,
        label=label or kind_name(item.kind),
        required=not optional,
        min_count=min_c,
        max_count=max_c,
        max_pages=max_pages(full),
        max_words=max_words(full),
        formats=["pdf"] if re.search(r"\bpdf\b", full, re.IGNORECASE) else [],
        notes=notes,
        source=SourceSpan(source_span.start, source_span.end, full),
        submitted_separately=separate,
    )
    taken.add(req.id)
    return req


def _same(a: Requirement, b: Requirement) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind not in ("other", "publications"):
        return True
    words_a = set(re.findall(r"\w{4,}", a.label.lower()))
    words_b = set(re.findall(r"\w{4,}", b.label.lower()))
    return bool(words_a and words_b) and len(words_a & words_b) >= min(len(words_a),
                                                                        len(words_b)) * 0.6


def _merge(into: Requirement, other: Requirement) -> None:
    for name in ("min_count", "max_count", "max_pages", "max_words"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    if other.notes and other.notes not in into.notes:
        into.notes = f"{into.notes}; {other.notes}" if into.notes else other.notes
    into.submitted_separately = into.submitted_separately or other.submitted_separately
    into.required = into.required or other.required
    into.formats = sorted(set(into.formats) | set(other.formats))


def extract_requirements(text: str) -> list[Requirement]:
    items = _find_items(text)
    requirements: list[Requirement] = []
    taken: set[str] = set()
    zone_count = sum(1 for it in items if it.in_zone)
    for item in items:
        req = _to_requirement(text, item, taken)
        twin = next((r for r in requirements if _same(r, req)), None)
        if twin is not None and (not item.in_zone or zone_count == 0 or twin.kind != "other"):
            if item.in_zone and twin.source and req.source and \
                    twin.source.text.lower() != req.source.text.lower() and \
                    twin.kind == "publications":
                requirements.append(req)
                continue
            _merge(twin, req)
            taken.discard(req.id)
            continue
        requirements.append(req)
    return requirements


# --- metadata ----------------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_RES = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE}),?\s+(\d{{4}})\b",
                re.I), "dmy"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy_num"),
]
_DEADLINE_CUE_RE = re.compile(
    r"deadline|not\s+later\s+than|no\s+later\s+than|apply\s+by|received\s+by|submitted\s+by|"
    r"complete\s+by|closing\s+date|closes|until|by\b|before\b|due",
    re.IGNORECASE,
)


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    for name, number in MONTHS.items():
        if name.startswith(word[:3]):
            return number
    return 0


def _dates(text: str) -> list[tuple[int, str]]:
    found = []
    for regex, form in _DATE_RES:
        for m in regex.finditer(text):
            try:
                if form == "ymd":
                    value = date(int(m[1]), int(m[2]), int(m[3]))
                elif form == "mdy":
                    value = date(int(m[3]), _month(m[1]), int(m[2]))
                elif form == "dmy":
                    value = date(int(m[3]), _month(m[2]), int(m[1]))
                else:
                    value = date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                continue
            found.append((m.start(), value.isoformat()))
    return sorted(found)


def find_deadline(text: str) -> str | None:
    """The application deadline (or review start date) as an ISO date, when one is stated."""
    best: tuple[int, int, str] | None = None
    for pos, iso in _dates(text):
        window = text[max(0, pos - 120):pos]
        cue = None
        for cue_match in _DEADLINE_CUE_RE.finditer(window):
            cue = cue_match
        if not cue:
            continue
        word = cue.group(0).lower()
        rank = 0 if "deadline" in word else 1 if re.match(r"(?:not|no)\s+later|apply|received|"
                                                          r"submitted|complete|closing|due",
                                                          word) else 2
        distance = len(window) - cue.end()
        key = (rank, distance, iso)
        if best is None or key < best:
            best = key
    return best[2] if best else None


_JOB_ID_RE = re.compile(
    r"\b(?:job\s*(?:id|no\.?|number|#)|req(?:uisition)?\.?\s*(?:id|no\.?|number|#)?|"
    r"reference\s*(?:no\.?|number|code|#)?|ref\.?\s*(?:no\.?|#)?|posting\s*(?:number|no\.?|#)|"
    r"vacancy\s*(?:id|no\.?|number)|position\s*(?:id|no\.?|number|#)|chiffre)"
    r"\s*[:#]?\s*([A-Z0-9][A-Z0-9/_.-]{2,24})",
    re.IGNORECASE,
)


def find_job_id(text: str) -> str:
    for match in _JOB_ID_RE.finditer(text):
        value = match.group(1).rstrip(".")
        if re.search(r"\d", value):
            return value
    return ""


_GENERIC_TITLE_RE = re.compile(
    r"^(?:about\s+the\s+(?:job|role|position)|description|job\s+description|overview|source:|"
    r"\[|deadline|location|posted|date|apply|home|menu|skip|share|these\s+positions|"
    r"\w+day,|\d)", re.IGNORECASE)


def find_title(text: str) -> str:
    labelled = re.search(r"^\s*(?:position\s+title|job\s+title|title)\s*[:=]\s*[\"']?(.+?)"
                         r"[\"']?\s*$", text, re.IGNORECASE | re.MULTILINE)
    if labelled:
        return labelled.group(1).strip()
    for line in text.splitlines()[:15]:
        candidate = line.strip().strip("#*").strip()
        if len(candidate.split()) > 15:
            break  # past the first paragraph, short lines are section headings, not the title
        if not candidate or _GENERIC_TITLE_RE.match(candidate) or _is_list_item(line) or \
                HEADING_RE.match(candidate) or QUALIFICATION_HEADING_RE.match(candidate) or \
                (len(candidate) < 30 and _dates(candidate)):
            continue
        if len(candidate) <= 90 and not candidate.endswith((".", ":", ",")) and \
                len(candidate.split()) <= 12:
            return candidate
    match = re.search(r"\b(?:for|seeking|hire|hiring)\s+(?:a|an|one|two|up\s+to\s+\w+)\s+"
                      r"(?:talented\s+|motivated\s+|highly\s+\w+\s+)?((?:[A-Z][\w-]*\s*){1,5})",
                      text)
    return match.group(1).strip() if match else ""


_ORG_WORDS_RE = re.compile(
    r"\b(?:University|College|Institute|Institut|Laboratory|Lab|Center|Centre|School|Department|"
    r"Academy|Foundation|Hospital|Inc\.?|LLC|Ltd\.?|GmbH|Corporation|Company)\b")


def find_organization(text: str) -> str:
    title = find_title(text)
    head = [line.strip() for line in text.splitlines()[:12] if line.strip()]
    if title in head:  # a short line right below the title naming an institution
        for line in head[head.index(title) + 1:head.index(title) + 4]:
            if _ORG_WORDS_RE.search(line) and len(line) <= 100 and not line.endswith("."):
                return line
    patterns = [
        r"^\s*(?:organi[sz]ation|company|employer|institution|university)\s*[-:=]\s*(.+?)\s*$",
        r"^\s*department\s*[:=]\s*(.+?)\s*$",
    ]
    for pat in patterns:
        match = re.search(pat, text, re.IGNORECASE | re.MULTILINE)
        if match:
            return match.group(1).strip().strip("\"'")
    name = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:of|and|for|the|&|de|der|für)?[ \t]*[A-Z][\w&'’.-]*)*"
    match = re.search(rf"\b((?:The[ \t]+)?(?:Department|School|Faculty|Institute|Laboratory|"
                      rf"College|Center|Centre)[ \t]+(?:of|for)[ \t]+{name}"
                      rf"(?:,?[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?{name})?)", text)
    if match:
        return match.group(1).strip()
    match = re.search(r"\b((?:University|College)[ \t]+of[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)*|"
                      r"[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)*[ \t]+(?:University|College|Institute))"
                      r"\b",
                      text)
    return match.group(1).strip() if match else ""


_SIZE_RE = re.compile(
    r"\b(?:(?:no\s+(?:more|larger|bigger)\s+than|not\s+(?:to\s+)?exceed(?:ing)?|up\s+to|max(?:imum)?"
    r"\.?(?:\s+(?:file\s+)?size)?(?:\s+of)?|limit(?:ed)?\s+(?:of|to)|at\s+most|under|less\s+than)"
    r"\s+)(\d+(?:[.,]\d+)?)\s*(kb|mb|gb|megabytes?|kilobytes?)\b",
    re.IGNORECASE,
)


def find_size_limit_mb(text: str) -> float | None:
    """A file-size limit the posting states ("files must not exceed 5 MB"), in MB."""
    for match in _SIZE_RE.finditer(text):
        value = float(match.group(1).replace(",", "."))
        unit = match.group(2).lower()
        if unit.startswith("k"):
            value /= 1024
        elif unit.startswith("g"):
            value *= 1024
        if 0 < value <= 10_240:
            return round(value, 3)
    return None


def find_qualifications(text: str) -> list[str]:
    """The items under "Qualifications" / "Requirements" headings, kept for display."""
    found: list[str] = []
    for zone in _qualification_lines(text, _lines(text)):
        heading_line = text[:zone.start].rstrip("\n").rsplit("\n", 1)[-1]
        if not re.search(r"qualification|requirement|skills|profile", heading_line,
                         re.IGNORECASE):
            continue
        for line in text[zone.start:zone.end].splitlines():
            item = _LIST_MARK_RE.sub("", line).strip()
            if item and len(item) > 3 and not _is_heading(line):
                found.append(" ".join(item.split()))
    return found[:40]


def find_url(text: str) -> str:
    match = re.search(r"\bhttps?://[^\s<>\"')\]]+", text)
    return match.group(0).rstrip(".,;") if match else ""


# --- public API --------------------------------------------------------------------------------


def read_posting(text: str) -> Posting:
    """Read posting text into a Posting with its requirements. Raises PostingError when the
    text cannot be a posting (empty, binary, too large)."""
    if not isinstance(text, str):
        raise PostingError("the posting is not text.")
    if len(text) > MAX_POSTING_CHARS:
        raise PostingError("the posting is too large (more than 5 MB of text); "
                           "paste only the job advertisement.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PostingError("the posting is empty.", fix="Paste or open the job advertisement.")
    if text.count("\x00") > 0 or sum(ch < " " and ch not in "\n\t\f" for ch in text[:10000]) > 20:
        raise PostingError("this looks like a binary file, not a posting.",
                           fix="Open the posting as text, HTML or PDF.")
    return Posting(
        text=text,
        title=find_title(text),
        organization=find_organization(text),
        job_id=find_job_id(text),
        deadline=find_deadline(text),
        url=find_url(text),
        single_pdf=bool(SINGLE_PDF_RE.search(text)),
        max_file_mb=find_size_limit_mb(text),
        qualifications=find_qualifications(text),
        requirements=extract_requirements(text),
    )


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
