"""Where a posting asks for materials, and the checklist items it asks for: one requirement per
material, with its label, required/optional/conditional flag, limits and the sentence it came
from."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from packetizer.core.model import Requirement, SourceSpan, kind_name, slugify
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
    strip_span,
)
from packetizer.core.posting.facts import PASSIVE_RE, QUALIFICATION_HEADING_RE, qualification_lines
from packetizer.core.posting.limits import NUM, counts, max_pages, max_words
from packetizer.core.posting.vocabulary import classify, lead_words

TRIGGER_RE = re.compile(
    r"\b(?:submit(?:ted|ting)?|includ(?:e|es|ing)|send|upload(?:ed)?|provide|attach|enclose|"
    r"forward|post|e-?mail|contain(?:s|ing)?|consist\s+of|accompanied\s+by|"
    r"arrange\s+(?:for|to\s+have)|optional(?:ly)?(?=\s*[,:])|"
    r"complete|fill\s+(?:in|out)|"
    r"following\s+(?:materials|documents)|will\s+need)\b|"
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
    span: Span  # the label's span in the posting
    context: Span  # the sentence or list item it came from
    in_zone: bool
    detail: Span | None = None  # more about it elsewhere (the paragraph under its heading)
    said_optional: bool = False  # "… would be helpful", said after it


def _paren_depth_splits(text: str, start: int, end: int) -> list[Span]:
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
        pieces.append(Span(pos, start + match.start()))
        pos = start + match.end()
    pieces.append(Span(pos, end))
    return [p for p in pieces if p.end > p.start]


def _items_in(text: str, start: int, end: int, context: Span, in_zone: bool,
              bullet: bool = False) -> list[_Item]:
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
            lead = lead_words(chunk_text, pos)
            limit = 4 if kind != "other" else 1
            if relative:  # inside "a letter describing …": only "a/the/your X" starts anew
                limit = 2 if _ARTICLE_START_RE.match(chunk_text) else 0
            if not items:
                limit = 12 if (in_zone or bullet) else 6
            new_item = lead <= limit
            if relative and kind == "publications" and items[-1].kind in ("cv", "resume"):
                new_item = False  # "a CV listing positions, publications, …": part of the CV
            if kind == "letters" and EMPLOYER_REQUESTS_RE.search(
                    text[context.start:chunk.end]):
                new_item = False  # referees will be asked for them; nothing to submit
        if new_item:
            items.append(_Item(kind, Span(chunk.start, chunk.end), context, in_zone))
            relative = bool(RELATIVE_RE.search(chunk_text[found[2]:]))
        elif items:
            last = items[-1]
            last.span = Span(last.span.start, chunk.end)
            relative = relative or bool(RELATIVE_RE.search(chunk_text))
    return items


def _zone_item(text: str, line: Span) -> list[_Item]:
    """Items from one list line under a materials heading."""
    raw = text[line.start:line.end]
    mark = LIST_MARK_RE.match(raw)
    start = line.start + (mark.end() if mark else len(raw) - len(raw.lstrip()))
    tags = CLOSING_TAGS_RE.search(raw)  # "… funding. </li></BLOCKQUOTE>"
    span = Span(start, line.start + tags.start() if tags and tags.start() > start - line.start
                else line.end)
    body = text[span.start:span.end]
    head = re.match(r"^([^:.]{2,60}):\s", body)
    if head:  # "Supporting material: the supporting material should …"
        found = classify(head.group(1))
        label = Span(span.start, span.start + len(head.group(1)))
        return [_Item(found[0] if found else "other", label, span, True)]
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


def _material_headings(text: str, lines: list[Span], consumed: list[Span]) -> list[_Item]:
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
        # the paragraph under it says more (a count, a limit, "optional")
        body_end = i + 1
        while body_end < len(lines) and lines[body_end].text(text).strip() \
                and not is_heading(lines[body_end].text(text)):
            body_end += 1
        context = Span(line.start, lines[body_end - 1].end if body_end > i + 1 else line.end)
        first = text[lines[i + 1].start:lines[i + 1].end] if body_end > i + 1 else ""
        said = classify(first)
        better = said[0] if said and lead_words(first, said[1]) <= 2 and said[0] != "other" \
            else kind[0]
        start = line.start + raw.index(title)
        detail = Span(lines[i + 1].start, context.end) if body_end > i + 1 else None
        found.append(_Item(better, Span(start, start + len(title)), context, True, detail))
    return found if len(found) >= 2 else []


def _find_items(text: str) -> list[_Item]:
    lines = lines_of(text)
    items: list[_Item] = []
    consumed: list[Span] = []

    # 1. lists under a materials heading, or after a line ending in ":" that asks for materials
    i = 0
    while i < len(lines):
        line_text = lines[i].text(text)
        intro = line_text.rstrip().endswith(":") and TRIGGER_RE.search(line_text)
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
        passive = PASSIVE_RE.match(s_text)
        after = 0  # where to look for a request in the sentence
        if passive and re.match(r"\s*(?:no|none)\b", passive.group(1), re.IGNORECASE):
            continue  # "No scholarship documentation is required."
        if passive and classify(passive.group(1)) and not EMPLOYER_REQUESTS_RE.search(s_text):
            subject = _items_in(text, sentence.start, sentence.start + passive.end(1),
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
            rest = s_text[match.end():].lstrip(" :")
            found = classify(rest)
            if found:
                lead = lead_words(rest, found[1])
                if lead < best_lead:
                    trigger, best_lead = match, lead
        if trigger is None:
            found = classify(s_text)
            if found and found[0] == "letters" and SEPARATE_RE.search(s_text) and \
                    not EMPLOYER_REQUESTS_RE.search(s_text):
                items.append(_Item("letters", strip_span(text, sentence.start, sentence.end),
                                   sentence, False))
            continue
        obj_start = sentence.start + trigger.end()
        items.extend(_items_in(text, obj_start, sentence.end, sentence, False))
    return items


def _clean_label(text: str, span: Span) -> Span:
    span = strip_span(text, span.start, span.end)
    label = text[span.start:span.end]
    tail = _LABEL_TAIL_RE.search(label)
    if tail and tail.start() > 2:
        span = strip_span(text, span.start, span.start + tail.start())
    # a dangling "(" left by the cut
    label = text[span.start:span.end]
    if label.count("(") > label.count(")"):
        cut = label.rfind("(")
        span = strip_span(text, span.start, span.start + cut)
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


_CONDITION_END_RE = re.compile(
    r"\s*(?:,|\b(?:should|must|may|will|are|is|please|need\s+to|are\s+asked\s+to)\b).*$",
    re.IGNORECASE | re.DOTALL,
)


def _condition(lead_in: str) -> str:
    """The condition in the words before an item: "Candidates applying at the senior level
    should also submit …" → "Candidates applying at the senior level"."""
    match = _CONDITION_RE.search(lead_in)
    if match is None:
        return ""
    clause = lead_in[match.start():]
    head = re.match(r"\s*(?:if|when|where|for)\b", clause, re.IGNORECASE)
    rest = clause[head.end():] if head else clause
    cut = _CONDITION_END_RE.search(rest, 1) if len(rest) > 1 else None
    clause = (clause[:len(clause) - len(rest)] + (rest[:cut.start()] if cut else rest))
    return " ".join(clause.split()).strip(" ,;:")[:200]


def _sentence_span(text: str, context: Span) -> SourceSpan:
    start, end = context.start, context.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return SourceSpan(start, end, text[start:end])


def _to_requirement(text: str, item: _Item, taken: set[str]) -> Requirement:
    source_span = _clean_label(text, item.span)
    full = text[source_span.start:source_span.end]
    label, notes = (" ".join(part.split()) for part in _split_label(full, item.kind))
    context = item.context.text(text)
    more = item.detail.text(text) if item.detail else ""
    min_c, max_c = counts(full, item.kind)
    if (min_c, max_c) == (None, None) and more:
        min_c, max_c = counts(more, item.kind)
    sentence_optional = bool(_CONDITION_RE.search(context[:max(0, item.span.start -
                                                               item.context.start)]))
    lead_in = context[:max(0, item.span.start - item.context.start)]
    said_optional = list(OPTIONAL_RE.finditer(lead_in))  # "Optionally, a …", "Optional: …"
    lead_optional = bool(said_optional) and not re.search(
        r"\b(?:required|must|mandatory)\b", lead_in[said_optional[-1].end():], re.IGNORECASE)
    optional = bool(OPTIONAL_RE.search(full + " " + more)) or sentence_optional or \
        lead_optional or item.said_optional or (
        bool(re.search(r"\bmay\s+(?:also\s+)?(?:include|submit|send|provide|attach|add)\b",
                       context, re.IGNORECASE)) and not item.in_zone
    )
    separate = item.kind == "letters" and bool(SEPARATE_RE.search(context))
    condition = _condition(lead_in) if sentence_optional else ""
    req = Requirement(
        id=slugify(item.kind if item.kind != "other" else label, taken),
        kind=item.kind,
        label=label or kind_name(item.kind),
        required=not optional,
        min_count=min_c,
        max_count=max_c,
        max_pages=max_pages(full) or (max_pages(more) if more else None),
        max_words=max_words(full) or (max_words(more) if more else None),
        formats=["pdf"] if re.search(r"\bpdf\b", full, re.IGNORECASE) else [],
        notes=notes,
        source=SourceSpan(source_span.start, source_span.end, full),
        submitted_separately=separate,
        sentence=_sentence_span(text, item.context),
        condition=condition,
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
    if other.required and not other.condition:
        into.condition = ""
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
