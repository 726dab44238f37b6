"""Materials a posting names by its layout rather than in a list or a request: a heading per
material with prose under it, and forms asked for by number ("Forms 1-9"), each by its title."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import (
    HEADING_RE,
    LIST_MARK_RE,
    Span,
    is_heading,
    sentences_in,
    strip_span,
)
from packetizer.core.posting.phrases import Item, items_in
from packetizer.core.posting.requests import FINITE_RE
from packetizer.core.posting.vocabulary import classify, lead_words


def material_headings(text: str, lines: list[Span], consumed: list[Span]) -> list[Item]:
    """One heading per material, with prose under it ("Referees" / "Two referees are
    needed."), where a posting has at least two of them."""
    found = []
    for i, line in enumerate(lines):
        raw = line.text(text)
        title = raw.strip().strip("#*").strip().rstrip(":").strip()
        # ("Section III. Sabbatical Leave Plan": the section's number is no word of the name)
        title = re.sub(r"^(?:section|part)\s+(?:[ivx]{1,4}|\d{1,2})[.:)]\s+", "", title,
                       flags=re.IGNORECASE) or title
        run_in = _RUN_IN_RE.match(raw) if (i == 0 or not lines[i - 1].text(text).strip()) \
            and not is_heading(raw) else None
        if run_in and not any(c.start <= line.start < c.end for c in consumed):
            # "Curriculum vitae.  It should be organised …": a paragraph headed by its material
            item = _run_in_item(text, lines, i, run_in)
            if item is not None:
                found.append(item)
            continue
        # ("Curriculum Vitae (CV) or résumé": its brackets are no words of the title;
        # "Personal Statement/ Statement of purpose/ Letter of motivation": nor the other names)
        if not title or not is_heading(raw) or HEADING_RE.match(raw) or \
                len(re.sub(r"\([^()]*\)", " ", title.split("/")[0]).split()) > 4:
            continue
        kind = classify(title)
        if kind is None and _GENERIC_HEADING_RE.fullmatch(title) and \
                not any(c.start <= line.start < c.end for c in consumed):
            # "Other Documents:" / "A list stating your teaching experience; a publications
            # list, if relevant; …": the line under it names the materials
            below = next((other for other in lines[i + 1:i + 3] if other.text(text).strip()),
                         None)
            if below is not None and not FINITE_RE.search(
                    sentences_in(text, below.start, below.end)[0].text(text)):
                first = sentences_in(text, below.start, below.end)[0]
                found.extend(items_in(text, first.start, first.end, first, True, bullet=True))
            continue
        # an "other" heading names a document in two words or more ("Supporting Statement",
        # "Application Form"); "Documentation" alone heads a section, "Form 1" a form's page
        # ("Application cover letter": what it is, before its name)
        if kind is None or (lead_words(title, kind[1]) > 0 and not _PLAIN_LEAD_RE.fullmatch(
                title[:kind[1]])) or (
                kind[0] == "other" and (len(title.split()) < 2 or re.search(r"\d", title) or
                                        _FORM_NUMBER_RE.match(title))):
            continue
        if any(c.start <= line.start < c.end for c in consumed):
            continue
        # the paragraph under it (after a blank line, as a web page gives it) says more:
        # a count, a limit, "optional"
        body_start = i + 1
        if body_start < len(lines) and not lines[body_start].text(text).strip():
            body_start += 1
        if body_start + 1 < len(lines) and _FORM_NUMBER_RE.match(lines[body_start].text(text)):
            # "Motivation letter" / "Form 1" / "A letter explaining …": the form's number
            # stands between the name and what is said of it
            body_start += 1
            if not lines[body_start].text(text).strip():
                body_start += 1
        body_end = body_start
        while body_end < len(lines) and lines[body_end].text(text).strip() \
                and (not is_heading(lines[body_end].text(text)) or
                     _wraps_on(text, lines, body_end)):
            body_end += 1
            # a list of points under the name goes on past the blank lines a page puts between
            # them ("Cover letter" / "  • Learn about the college." / "" / "- Had you …")
            gap = body_end
            while gap < len(lines) and not lines[gap].text(text).strip():
                gap += 1
            if body_end < gap < len(lines) and LIST_MARK_RE.match(lines[gap].text(text)) and \
                    LIST_MARK_RE.match(lines[body_start].text(text)):
                body_end = gap
        has_body = body_end > body_start
        context = Span(line.start, lines[body_end - 1].end if has_body else line.end)
        first = lines[body_start].text(text) if has_body else ""
        said = classify(first)
        better = said[0] if said and lead_words(first, said[1]) <= 2 and said[0] != "other" \
            else kind[0]
        if {better, kind[0]} in ({"cv", "resume"}, {"letters", "cover_letter"}):
            better = kind[0]  # "Curriculum Vitae:" / "Send a résumé that …": the heading's name
        start = line.start + raw.index(title)
        detail = Span(lines[body_start].start, context.end) if has_body else None
        found.append(Item(better, Span(start, start + len(title)), context, True, detail))
    return found if len(found) >= 2 and any(item.kind != "other" for item in found) else []


# a paragraph's first words, a material's name and a full stop, then its prose
_RUN_IN_RE = re.compile(r"[ \t]*(?P<title>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3})\.[ \t]+(?=[A-Z])")


def _run_in_item(text: str, lines: list[Span], i: int, run_in: re.Match) -> Item | None:
    title = run_in.group("title")
    kind = classify(title)
    if kind is None or kind[0] == "other" or lead_words(title, kind[1]) > 0 or \
            kind[2] < len(title):
        return None  # the whole name is the material's ("Personal contacts." is none)
    end = i
    while end + 1 < len(lines) and lines[end + 1].text(text).strip():
        end += 1
    start = lines[i].start + run_in.start("title")
    context = Span(lines[i].start, lines[end].end)
    return Item(kind[0], Span(start, start + len(title)), context, True,
                Span(lines[i].start + run_in.end(), context.end))


# ("Research/Project Proposal": one name with its other first word)
_PLAIN_LEAD_RE = re.compile(r"\s*(?:(?:the|your|an?|application|applicant['’]?s|department)\s+|"
                            r"[A-Za-z]+\s*/\s*)+", re.IGNORECASE)


def _wraps_on(text: str, lines: list[Span], k: int) -> bool:
    """Does line k's sentence go on, wrapped, on the next line ("Explain your thesis" /
    "research and any previous work …"), so that it is no heading however short?"""
    following = lines[k + 1].text(text).lstrip() if k + 1 < len(lines) else ""
    return following[:1].islower()


_GENERIC_HEADING_RE = re.compile(r"(?:other|additional|supporting|further|supplementary)\s+"
                                 r"(?:documents|materials|documentation)", re.IGNORECASE)
_FORMS_ASKED_RE = re.compile(r"\b(?:submit|send|complete|provide|include|upload)\b[^.]{0,40}?"
                             r"\bforms?"
                             r"\s+(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\b", re.IGNORECASE)
_FORM_NUMBER_RE = re.compile(r"\s*(?:form|template|annex|appendix)\s+\w{1,3}\W*$", re.IGNORECASE)
_FORM_LINE_RE = re.compile(r"^[ \t]*form\s+(\d{1,2})\b[ \t.:]*(.*)$", re.IGNORECASE)


def numbered_forms(text: str, lines: list[Span], consumed: list[Span]) -> list[Item]:
    """Each form a posting asks for by number ("Forms 1-9"), named by its title: "Form 2 Two
    references for the applicant", or "Form 1" over "Curriculum vitae"; a form whose title
    names no material is a form of its own ("Form 4 List of grants awarded")."""
    asked = _FORMS_ASKED_RE.search(text)
    if asked is None:
        return []
    first, last = int(asked.group(1)), int(asked.group(2))
    found: list[Item] = []
    for k, line in enumerate(lines):
        form = _FORM_LINE_RE.match(line.text(text))
        if not form or not first <= int(form.group(1)) <= last or \
                any(c.start <= line.start < c.end for c in consumed):
            continue
        title = line
        if not form.group(2).strip() and k + 1 < len(lines):
            title = lines[k + 1]  # "Form 1" / "Curriculum vitae"
            start = title.start + len(title.text(text)) - len(title.text(text).lstrip())
        else:
            start = line.start + form.start(2)
        span = Span(start, title.end)
        if span.end <= span.start:
            continue
        named = classify(text[span.start:span.end])
        found.append(Item(named[0] if named and lead_words(text[span.start:span.end], named[1])
                          <= 1 else "other", span, Span(line.start, title.end), True))
        consumed.append(Span(line.start, title.end))
    return found


# "You are to enter your personal details, including:": the fields of a form
FORM_FIELDS_RE = re.compile(r"\b(?:fill\s+(?:in|out)|enter)\s+(?:(?:the|your|their|his\s+or\s+her|"
                            r"relevant|personal|following|some|basic)\s+)*(?:information|details|"
                            r"data|fields)\b", re.IGNORECASE)


def form_above(text: str, lines: list[Span], i: int) -> Item | None:
    """The form named by the heading right above a list of its fields ("Application Form" /
    "Applicants fill in these details:")."""
    above = next((line for line in reversed(lines[:i]) if line.text(text).strip()), None)
    if above is None or not is_heading(above.text(text)):
        return None
    named = classify(above.text(text))
    if named is None or not re.search(r"\bform\b", above.text(text), re.IGNORECASE):
        return None
    return Item(named[0], strip_span(text, above.start, above.end), above, True)


def other_name_under(item: Item, items: list[Item]) -> bool:
    """"Curriculum Vitae:" / "Send a résumé that …": the text under a material's name calls
    it by its other name; it is the one named above."""
    return item.kind in ("cv", "resume") and any(
        other is not item and other.detail is not None and {other.kind, item.kind} ==
        {"cv", "resume"} and other.detail.start <= item.span.start < other.detail.end
        for other in items)


# a timeline's line: "May 2: Mentor and reference letters deadline"
_TIMELINE_DUE_RE = re.compile(
    r"^[ \t]*(?:(?:early|mid|late)\s*[-–]?\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s*:\s*(?P<what>[^.:\n]+?)\s+(?:deadline|due)"
    r"\s*$|"
    # "Letter of intent due May 9. …": a line that opens on what is due and when
    r"^[ \t]*(?P<what2>(?-i:[A-Z])[^.:\n]{2,60}?)\s+(?:is\s+|are\s+)?due\s+(?:on\s+|by\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE | re.MULTILINE)
# ("Application Package due February 17": the whole application, its closing date)
_WHOLE_APPLICATION_RE = re.compile(r"\W*(?:the\s+)?(?:complete\s+|full\s+)?applications?(?:\s+"
                                   r"(?:package|packet|materials|dossier|file|form))?\W*$",
                                   re.IGNORECASE)


def timeline_items(text: str, consumed: list[Span]) -> list[Item]:
    """The materials a timeline says are due ("May 2: Mentor and reference letters deadline"):
    asked for, by that date."""
    found = []
    for match in _TIMELINE_DUE_RE.finditer(text):
        if any(c.start <= match.start() < c.end for c in consumed):
            continue
        group = "what" if match.group("what") else "what2"
        if _WHOLE_APPLICATION_RE.match(match.group(group)):
            continue
        line = Span(match.start(), match.end())
        found.extend(items_in(text, match.start(group), match.end(group), line, True,
                              bullet=True))
    return found
