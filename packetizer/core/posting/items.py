"""Where a posting asks for materials, and the materials it names there: one `Item` per
material, with the span of its phrase and of the sentence or list line it came from.
`requirements` turns them into checklist items."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from packetizer.core.posting.blocks import (
    CLOSING_TAGS_RE,
    HEADING_RE,
    INLINE_ENUM_RE,
    LIST_MARK_RE,
    Span,
    is_heading,
    is_list_item,
    lines_of,
    sentences_in,
)
from packetizer.core.posting.facts import PASSIVE_RE, QUALIFICATION_HEADING_RE, qualification_lines
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.vocabulary import classify, lead_words

TRIGGER_RE = re.compile(
    r"\b(?:submit(?:ted|ting)?|includ(?:e|es|ing)|send|upload(?:ed)?|provide|attach|enclose|"
    r"prepare|forward|post(?!-)|e-?mail|in\s+addition\s+to|contain(?:s|ing)?|consist(?:s|ing)?\s+of|accompanied\s+by|"
    r"(?:together|along)\s+with|asks?\s+for|hand\s+in|make\s+sure(?:\s+that)?|"
    r"would\s+like\s+to\s+(?:see|receive)|apply(?:\s+\w+){0,3}?\s+with|"
    r"(?:contact(?:ed)?|approach(?:ed)?|write\s+to)(?:\s+[\w.]+){0,4}?\s+with|"
    r"arrange\s+(?:for|to\s+have)|optional(?:ly)?(?=\s*[,:])|"
    r"complete|fill\s+(?:in|out)|"
    r"following\s+(?:[\w-]+\s+)?(?:materials|documents|items|information)|will\s+need)\b|"
    # a request without a submit verb: "Required elements of the dossier are: …", "The
    # application consists of …", "Optional materials are …"
    r"\b(?:elements|components|parts|contents)\s+of\s+(?:the|your|an?)\s+(?:dossier|"
    r"application|file|package|submission)\s+(?:are|is|include)\b|"
    r"\b(?:required|optional|additional|supporting)\s+(?:elements|materials|documents|items)"
    r"\s+(?:are|include)\b|"
    r"\b(?:dossier|application|file|package|submission)\s+(?:comprises?|is\s+made\s+up\s+of|"
    r"should\s+(?:include|contain))\b|"
    r"\b(?:required|requested|application|supporting|submission)\s+(?:documents|materials)"
    r"(?:\s+required)?\s*:",
    re.IGNORECASE,
)
OPTIONAL_RE = re.compile(
    r"\b(?:optional(?:ly)?|if\s+(?:available|applicable|any|possible)|encouraged|"
    r"may\s+(?:also\s+)?(?:include|submit|send|provide|attach|add)|preferred|welcome[d]?|"
    r"not\s+required|would\s+be\s+(?:helpful|appreciated)|(?:is|are)\s+a\s+plus)\b",
    re.IGNORECASE,
)
SEPARATE_RE = re.compile(
    r"\b(?:sent|submitted|uploaded|e-?mailed|forwarded|provided)\s+(?:directly\s+)?"
    r"(?:by|from)\s+(?:the\s+|your\s+)?(?:referees|recommenders|letter\s+writers|writers|"
    r"references)|(?:referees|references|recommenders|letter\s+writers)\s+"
    r"(?:(?:should|must|will|can|to)\s+)?(?:submit|send|upload|e-?mail)|"
    r"to\s+be\s+sent\s+(?:directly\s+)?to|"
    r"arrange\s+(?:for|to\s+have)|directly\s+(?:to|by|from)\b|"
    # "applicants must have three reference letters e-mailed to …"
    r"\bhave\s+(?:[\w-]+\s+){0,4}?letters?\s+(?:sent|e-?mailed|submitted|forwarded|uploaded)\b",
    re.IGNORECASE,
)
EMPLOYER_REQUESTS_RE = re.compile(
    r"\bwill\s+be\s+(?:requested|contacted|asked|solicited)|\bonly\s+(?:if|when)\s+requested|"
    r"\bupon\s+request\b|\bat\s+a\s+later\s+stage\b|\bshort-?listed\b|"
    r"\b(?:upon|at\s+the\s+time\s+of|prior\s+to|before)\s+(?:the\s+)?(?:hire|hiring|"
    r"appointment|employment|start)\b|\bif\s+(?:selected|invited|short-?listed)\b|\bfinalists\b",
    re.IGNORECASE,
)
_RELATIVE_WORDS = (
    r"(?:that|which|who|describing|outlining|including|indicating|addressing|summari[sz]ing|"
    r"demonstrating|detailing|explaining|highlighting|presenting|presents|discussing|with|"
    r"on|about|where|showing|listing|stating|giving|covering|specifying|mentioning)"
)
RELATIVE_RE = re.compile(rf"\b{_RELATIVE_WORDS}\b", re.IGNORECASE)
_RELATIVE_START_RE = re.compile(rf"\s*\(?{_RELATIVE_WORDS}\b", re.IGNORECASE)
_ARTICLE_START_RE = re.compile(
    rf"\s*(?:(?:and|or|plus)\s+)?(?:a|an|the|your|copies\s+of|{NUM})[\s-]", re.IGNORECASE)


# --- items -------------------------------------------------------------------------------------

_SPLIT_RE = re.compile(
    r"\s*;\s*|,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|plus\s+)?|\s+and,?\s+(?:also\s+)?|"
    r"\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+together\s+with\s+|\s+plus\s+",
    re.IGNORECASE,
)


# ", optionally, …" is said of the item after it (", if available" stays with the one before)
_ASIDE_RE = re.compile(r"^\s*(?:(?:and|or)\s+)?(?:optionally|also)\s*$", re.IGNORECASE)


# a noun with its own verb after it is a clause ("… and the referees can submit their letters")
_CLAUSE_RE = re.compile(r"\s*(?:can|could|will|would|should|must|may|are|is)\s+(?!be\b)\w",
                        re.IGNORECASE)


SHARED_HEAD_RE = re.compile(
    r"\b(?P<mods>(?:[A-Za-z-]+,\s+)*[A-Za-z-]+,?\s+(?:and|or)\s+[A-Za-z-]+)\s+"
    r"(?P<head>statements)\b", re.IGNORECASE)


_CATEGORY_LIST_RE = re.compile(
    r"\s*(?:(?:your|the|all|following|required|application|supporting|complete)\s+)*"
    r"(?:materials|documents|items|dossier|file|package)\s*\(", re.IGNORECASE)
# "a statement of graduate" (and …): the noun it is about is still to come
_DANGLING_RE = re.compile(r"\bstatement\s+(?:of|on)\s+[\w-]+\s*$", re.IGNORECASE)


@dataclass
class Item:
    kind: str
    span: Span  # the label's span in the posting
    context: Span  # the sentence or list item it came from
    in_zone: bool
    detail: Span | None = None  # more about it elsewhere (the paragraph under its heading)
    said_optional: bool = False  # "… would be helpful", said after it
    label: str = ""  # the material's name where the posting shares it ("teaching statement"
    # of "research and teaching statements"); else the span's text


_LIST_OF_RE = re.compile(r"\blist\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$", re.IGNORECASE)
_INCLUDING_RE = re.compile(r"\s*\(?including\b", re.IGNORECASE)
_KEEP_TOGETHER_RE = re.compile(r"\bnames?\s*$", re.IGNORECASE)


_PHRASE_START_RE = re.compile(
    r"(?:^|[,;:(]|\b(?:a|an|the|your|their|and|or|of|plus|with|submit|include|send|provide|"
    r"upload|following))\s*$", re.IGNORECASE)


def _shared_modifiers(segment: str, shared: re.Match) -> list[re.Match]:
    """The words that share a head noun ("research", "teaching" of "research and teaching
    statements"), read back from the noun: each a word of its own, none a material itself
    ("current CV, research and …"), the first not the end of another phrase ("a cover letter,
    research and …")."""
    words = list(re.finditer(r"[A-Za-z-]+", segment[:shared.end("mods")]))
    words = [w for w in words if w.start() >= shared.start("mods")]
    kept: list[re.Match] = []
    for word in reversed(words):
        if word.group().lower() in ("and", "or"):
            continue
        if classify(word.group()):
            break
        if kept and not re.fullmatch(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+",
                                     segment[word.end():kept[-1].start()]):
            break
        kept.append(word)
    if kept and not _PHRASE_START_RE.search(segment[:kept[-1].start()]):
        kept.pop()  # "a cover letter, research and …": "letter" ends a phrase of its own
    kept.reverse()
    return kept if len(kept) >= 2 else []


def _paren_depth_splits(text: str, start: int, end: int) -> list[Span]:
    """Split a list sentence at commas, semicolons and "and", but not inside parentheses."""
    pieces, pos, depth = [], start, 0
    segment = text[start:end]
    cuts = []
    for match in _SPLIT_RE.finditer(segment):
        if _KEEP_TOGETHER_RE.search(segment[:match.start()]) and \
                re.match(r"\s+and\s+(?:contact|e-?mail|addresses|affiliations)", match.group() +
                         segment[match.end():match.end() + 12], re.IGNORECASE):
            continue  # "names and contact information of three referees": one thing
        depth = segment[:match.start()].count("(") - segment[:match.start()].count(")")
        depth += segment[:match.start()].count("[") - segment[:match.start()].count("]")
        if depth <= 0:
            cuts.append(match)
    for match in cuts:
        pieces.append(Span(pos, start + match.start()))
        pos = start + match.end()
    pieces.append(Span(pos, end))
    return [p for p in pieces if p.end > p.start]


_ASKS_FOR_RE = re.compile(
    r"\s*(?:should|must|will\s+need\s+to|needs?\s+to)\s+(?:also\s+)?(?:include|contain|"
    r"address|cover)\s", re.IGNORECASE)


def _asks_for_more(chunk: str, found: tuple[str, int, int]) -> int | None:
    """Where the request starts when a material named after others asks for more itself
    ("the letter of application should include …"), else None."""
    match = _ASKS_FOR_RE.match(chunk, found[2])
    if match is None or lead_words(chunk, found[1]) > 1:
        return None
    return match.end() if classify(chunk[match.end():]) else None


def _items_in(text: str, start: int, end: int, context: Span, in_zone: bool,
              bullet: bool = False) -> list[Item]:
    """The materials named in text[start:end], a list of things the posting asks for."""
    # inline enumerations "(1) …, (2) …" split first
    segment = text[start:end]
    enum = list(INLINE_ENUM_RE.finditer(segment))
    if len(enum) >= 2:
        items = []
        bounds = [start + m.start() for m in enum] + [end]
        if enum[0].start() > 0:
            items += _items_in(text, start, bounds[0], context, in_zone)
        for a, b in itertools.pairwise(bounds):
            items += _items_in(text, a, b, context, in_zone, bullet=True)
        return items
    listed = _CATEGORY_LIST_RE.match(segment)
    if listed:  # "your application materials (cover letter, a CV, …)": the list in brackets
        inner = start + listed.end()
        close = text.find(")", inner, end)
        if close > inner:
            return _items_in(text, inner, close, context, in_zone, bullet) + (
                _items_in(text, close + 1, end, context, in_zone) if close + 1 < end else [])
    shared = SHARED_HEAD_RE.search(segment)
    modifiers = _shared_modifiers(segment, shared) if shared else []
    if modifiers:  # "research, teaching and service statements": three documents
        first = modifiers[0].start()
        items = _items_in(text, start, start + first, context, in_zone, bullet) if \
            segment[:first].strip(" ,;:") else []
        head = shared.group("head")[:-1]  # "statements" → "statement"
        for word in modifiers:
            label = f"{word.group()} {head}"
            found = classify(label)
            items.append(Item(found[0] if found else "other",
                              Span(start + word.start(), start + shared.end("head")), context,
                              in_zone, label=label))
        return items + _items_in(text, start + shared.end(), end, context, in_zone)

    chunks = _paren_depth_splits(text, start, end)
    items: list[Item] = []
    relative = False
    for chunk in chunks:
        chunk_text = text[chunk.start:chunk.end]
        if _ASIDE_RE.match(chunk_text):
            continue  # part of neither label; the next item's lead-in says it is optional
        found = classify(chunk_text)
        new_item = False
        including = _INCLUDING_RE.match(chunk_text)
        referees_inside = bool(items and found and including and (
            found[0] == "references" or (
                found[0].endswith("_statement") and found[0] != items[-1].kind and
                _ARTICLE_START_RE.match(chunk_text, including.end()))))
        if referees_inside:
            # "a complete resume, including names and contact information for three references",
            # "a letter …, including a brief statement of research plans": an item of its own
            chunk = Span(chunk.start + including.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
            found = classify(chunk_text)
        elif items and _RELATIVE_START_RE.match(chunk_text):
            found = None  # "a CV, including …" is part of the CV
        if found and not items and ":" in chunk_text[:found[1]]:
            # "electronically the following: a current vita": the item starts after the colon
            cut = chunk_text.rindex(":", 0, found[1]) + 1
            chunk = Span(chunk.start + cut, chunk.end)
            chunk_text = text[chunk.start:chunk.end]
            found = classify(chunk_text)
        asks = _asks_for_more(chunk_text, found) if found and items else None
        if asks is not None:
            # "…, the letter of application should include a statement of teaching philosophy
            # and …": the letter is an item, and what it must include a request of its own
            items.append(Item(found[0], Span(chunk.start, chunk.start + found[2]), context,
                              in_zone))
            return items + _items_in(text, chunk.start + asks, end, context, in_zone)
        if found:
            kind, pos, _ = found
            lead = lead_words(chunk_text, pos)
            limit = 4 if kind != "other" else 3
            if relative:  # inside "a letter describing …": only "a/the/your X" starts anew
                limit = 2 if _ARTICLE_START_RE.match(chunk_text) else \
                    -1 if kind == items[-1].kind else 0  # "… summarizing X and research plans"
            if not items:
                limit = 12 if (in_zone or bullet) else 6
            new_item = referees_inside or (lead <= limit and not (
                items and _CLAUSE_RE.match(chunk_text[found[2]:])))
            if kind == "other" and items and not _ARTICLE_START_RE.match(chunk_text) and \
                    _LIST_OF_RE.search(text[items[-1].span.start:items[-1].span.end]):
                new_item = False  # "a list of publications, abstracts, and presentations"
            if relative and kind == "publications" and items[-1].kind in ("cv", "resume"):
                new_item = False  # "a CV listing positions, publications, …": part of the CV
            if kind == "letters" and EMPLOYER_REQUESTS_RE.search(
                    text[context.start:chunk.end]):
                new_item = False  # referees will be asked for them; nothing to submit
        if new_item and items and items[-1].kind == "other" and kind != "other" and \
                _DANGLING_RE.search(text[items[-1].span.start:items[-1].span.end]):
            # "a statement of graduate and undergraduate teaching plans": one statement
            items[-1].kind = kind
            items[-1].span = Span(items[-1].span.start, chunk.end)
        elif new_item:
            items.append(Item(kind, Span(chunk.start, chunk.end), context, in_zone))
            # "a statement summarizing …" opens a clause inside its own name
            relative = bool(RELATIVE_RE.search(chunk_text[found[1]:]))
        elif items:
            last = items[-1]
            last.span = Span(last.span.start, chunk.end)
            relative = relative or bool(RELATIVE_RE.search(chunk_text))
    return items


def _zone_item(text: str, line: Span) -> list[Item]:
    """Items from one list line under a materials heading."""
    raw = text[line.start:line.end]
    mark = LIST_MARK_RE.match(raw)
    start = line.start + (mark.end() if mark else len(raw) - len(raw.lstrip()))
    tags = CLOSING_TAGS_RE.search(raw)  # "… funding. </li></BLOCKQUOTE>"
    span = Span(start, line.start + tags.start() if tags and tags.start() > start - line.start
                else line.end)
    body = text[span.start:span.end]
    head = re.match(r"^([^:.]{2,60}):\s", body)
    if head and (classify(head.group(1)) or classify(body)):
        # "Supporting material: the supporting material should …" ("30% to research: the
        # fellow will …" names no material)
        found = classify(head.group(1))
        label = Span(span.start, span.start + len(head.group(1)))
        return [Item(found[0] if found else "other", label, span, True)]
    return _items_in(text, span.start, span.end, span, True, bullet=True)


MATERIAL_LEAD = 3  # words before the material's noun for a list line to name a material


def _names_a_material(line: str) -> bool:
    """Does this list line start by naming a material ("A covering letter motivating …",
    "Two reference letters …", "Brief research plan (1 page)")?"""
    body = LIST_MARK_RE.sub("", line, count=1).strip()
    found = classify(body)
    return found is not None and lead_words(body, found[1]) <= MATERIAL_LEAD


def _list_runs(text: str, lines: list[Span], consumed: list[Span]) -> list[list[Span]]:
    """Runs of two or more list lines (blank lines between them allowed), none taken yet, at
    least half of which name a material."""
    taken = {(c.start, c.end) for c in consumed}

    def is_taken(line: Span) -> bool:
        return (line.start, line.end) in taken or any(
            c.start <= line.start < c.end for c in consumed)

    runs, current = [], []
    heading = ""  # the last heading above the run

    def close() -> None:
        named = [c for c in current if _names_a_material(c.text(text))]
        # under "Qualifications", "Skills", "Duties"… a publication is a qualification;
        # "Requirements" can head either, and its lines decide
        qualifications = QUALIFICATION_HEADING_RE.match(heading) and not re.search(
            r"requirements", heading, re.IGNORECASE)
        if len(current) >= 2 and len(named) >= 0.5 * len(current) and not qualifications:
            runs.append(named)
        current.clear()

    for line in lines:
        line_text = line.text(text)
        if not line_text.strip() and current:
            continue
        if line_text.strip() and LIST_MARK_RE.match(line_text) and not is_taken(line):
            current.append(line)
            continue
        close()
        if is_heading(line_text):
            heading = line_text.strip().strip("#*").strip()
    close()
    return runs


def _material_headings(text: str, lines: list[Span], consumed: list[Span]) -> list[Item]:
    found = []
    for i, line in enumerate(lines):
        raw = line.text(text)
        title = raw.strip().strip("#*").strip().rstrip(":").strip()
        if not title or not is_heading(raw) or HEADING_RE.match(raw) or len(title.split()) > 4:
            continue
        kind = classify(title)
        if kind is None or lead_words(title, kind[1]) > 0 or kind[0] == "other":
            continue
        if any(c.start <= line.start < c.end for c in consumed):
            continue
        # the paragraph under it (after a blank line, as a web page gives it) says more:
        # a count, a limit, "optional"
        body_start = i + 1
        if body_start < len(lines) and not lines[body_start].text(text).strip():
            body_start += 1
        body_end = body_start
        while body_end < len(lines) and lines[body_end].text(text).strip() \
                and not is_heading(lines[body_end].text(text)):
            body_end += 1
        has_body = body_end > body_start
        context = Span(line.start, lines[body_end - 1].end if has_body else line.end)
        first = lines[body_start].text(text) if has_body else ""
        said = classify(first)
        better = said[0] if said and lead_words(first, said[1]) <= 2 and said[0] != "other" \
            else kind[0]
        start = line.start + raw.index(title)
        detail = Span(lines[body_start].start, context.end) if has_body else None
        found.append(Item(better, Span(start, start + len(title)), context, True, detail))
    return found if len(found) >= 2 else []


_PERFECT_RE = re.compile(r"\b(?:have|has|had)\s+(?!to\b)(?:\w+\s+)?\(?(?:or\s+)?$",
                         re.IGNORECASE)


def _inside_a_material(s_text: str, match: re.Match) -> bool:
    """Is this trigger word ("including", "containing", "with") part of a material's own
    phrase, right after the material's name?"""
    if not re.match(r"includ|contain", match.group(), re.IGNORECASE):
        return False
    before = s_text[max(0, match.start() - 60):match.start()]
    found = classify(before)
    return found is not None and not before[found[2]:].strip(" ,")


_SOMEONE_ELSES_RE = re.compile(
    r"\s*(?:\W\s*)?(?:the\s+)?(?:partners|spouses)\b(?:\s+of\s+(?:the\s+)?(?:candidates|"
    r"applicants))?", re.IGNORECASE)
_YOU_SUBMIT_RE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:you|applicants|candidates)\s+(?:will\s+|must\s+|should\s+)?"
    r"(?:submit|send|upload|provide|include|prepare)\b", re.IGNORECASE)


def find_items(text: str) -> list[Item]:
    lines = lines_of(text)
    items: list[Item] = []
    consumed: list[Span] = []

    # 1. lists under a materials heading, or after a line ending in ":" that asks for materials
    i = 0
    while i < len(lines):
        line_text = lines[i].text(text)
        # a line ending in ":" whose last sentence asks for materials introduces a list
        intro = line_text.rstrip().endswith(":") and TRIGGER_RE.search(
            sentences_in(text, lines[i].start, lines[i].end)[-1].text(text))
        if not ((HEADING_RE.match(line_text) and is_heading(line_text)) or intro):
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
            if is_list_item(cur):
                started = True
                item_line = lines[j]
                # an indented line right below, without its own mark, continues the item
                while j + 1 < len(lines) and not LIST_MARK_RE.match(lines[j + 1].text(text)) \
                        and lines[j + 1].text(text)[:1] in " \t" \
                        and lines[j + 1].text(text).strip() \
                        and not item_line.text(text).rstrip().endswith((".", ";")):
                    j += 1
                    item_line = Span(item_line.start, lines[j].end)
                items.extend(_zone_item(text, item_line))
                consumed.append(item_line)
                j += 1
                continue
            if started or (QUALIFICATION_HEADING_RE.match(cur) and is_heading(cur)):
                break
            if (HEADING_RE.match(cur) and is_heading(cur)) or j - zone_start > 3:
                break
            j += 1  # an introductory sentence between the heading and the list
        i = max(j, i + 1)

    # 1b. a run of list lines that mostly name materials is a materials list, whatever its
    # heading or introduction says ("What to send", "Your application bundle", "Requirements")
    for run in _list_runs(text, lines, consumed):
        for item_line in run:
            items.extend(_zone_item(text, item_line))
            consumed.append(item_line)

    # 1c. one heading per material, with prose under it ("Referees" / "Two referees are
    # needed."), where a posting has at least two of them
    items.extend(_material_headings(text, lines, consumed))

    # 2. sentences anywhere that ask for materials
    def inside_consumed(span: Span) -> bool:
        return any(c.start <= span.start < c.end for c in consumed)

    qualification_zone = qualification_lines(text, lines)
    for sentence in sentences_in(text, 0, len(text)):
        if inside_consumed(sentence):
            continue
        if any(q.start <= sentence.start < q.end for q in qualification_zone):
            continue
        s_text = sentence.text(text)
        if _SOMEONE_ELSES_RE.match(s_text):
            continue  # "Partners of candidates are invited to include their resume …"
        passive = PASSIVE_RE.match(s_text)
        after = 0  # where to look for a request in the sentence
        if passive and re.match(r"\s*(?:no|none)\b", passive.group(1), re.IGNORECASE):
            continue  # "No scholarship documentation is required."
        if passive and classify(passive.group(1)) and not EMPLOYER_REQUESTS_RE.search(s_text):
            # "Applications consisting of a cover letter, … can be submitted": after the trigger
            lead = TRIGGER_RE.search(s_text, 0, passive.end(1))
            subject_start = sentence.start + (lead.end() if lead and not classify(
                s_text[:lead.start()]) and classify(s_text[lead.end():passive.end(1)]) else 0)
            subject = _items_in(text, subject_start, sentence.start + passive.end(1),
                                sentence, False)
            # a subject that only names the category ("all supporting documentation must be
            # uploaded, including …") is not an item: the objects after it are
            if any(item.kind != "other" for item in subject) or \
                    not TRIGGER_RE.search(s_text, passive.end()):
                for item in subject:
                    item.said_optional = bool(OPTIONAL_RE.search(
                        s_text[passive.end(1):passive.end()]))
                items.extend(subject)
                continue
            after = passive.end()  # "all documents must be uploaded, including …"
        trigger, best_lead = None, 9
        for match in TRIGGER_RE.finditer(s_text, after):
            if _PERFECT_RE.search(s_text[:match.start()]):
                continue  # "will have published (or submitted) …": what the candidate did
            if trigger is not None and _inside_a_material(s_text, match):
                continue  # "a current vita including a list of publications": part of the CV
            rest = s_text[match.end():].lstrip(" :")
            found = classify(rest)
            if found:
                lead = lead_words(rest, found[1])
                if lead < best_lead:
                    trigger, best_lead = match, lead
        if trigger is None:
            found = classify(s_text)
            if found and lead_words(s_text, found[1]) <= 1 and \
                    _YOU_SUBMIT_RE.match(s_text, found[2]):
                # "The research statement you submit is an important part of the application."
                items.append(Item(found[0], Span(sentence.start + found[1],
                                                 sentence.start + found[2]), sentence, False))
                continue
            if found and found[0] == "letters" and SEPARATE_RE.search(s_text) and \
                    not EMPLOYER_REQUESTS_RE.search(s_text):
                # the letters' own words, with their count: "three reference letters"
                count = re.search(rf"\b{NUM}\s+$", s_text[:found[1]], re.IGNORECASE)
                first = sentence.start + (count.start() if count else found[1])
                items.append(Item("letters", Span(first, sentence.start + found[2]),
                                  sentence, False))
            continue
        obj_start = sentence.start + trigger.end()
        items.extend(_items_in(text, obj_start, sentence.end, sentence, False))
    return items
