"""How the items found for one material become one requirement: when two mentions are one
document (and when they are two of a kind), what merging them keeps, and which sections say
more of a material named before or list what another one holds."""

from __future__ import annotations

import re

from packetizer.core.model import Requirement
from packetizer.core.posting.blocks import LIST_MARK_RE, Span, is_heading
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.lines import names_a_material, under_colon_line
from packetizer.core.posting.phrases import Item
from packetizer.core.posting.requests import TRIGGER_RE
from packetizer.core.posting.vocabulary import STATEMENT_FIELDS, classify

_NUMBERED_RE = re.compile(rf"\b{NUM}\b", re.IGNORECASE)
_PART_MARK_RE = re.compile(r"\b(?:[IVX]{1,4}|\d{1,2})\b")


def _bare_head_of(bare: Requirement, named: Requirement) -> bool:
    """Is `bare` only the head noun `named` opens on ("Portfolio" / "Portfolio of poetry …")?"""
    return bare.kind == "other" and bool(re.fullmatch(r"[A-Za-z-]{4,}", bare.label)) and \
        named.label.lower().startswith(bare.label.lower() + " ")


def same_material(a: Requirement, b: Requirement) -> bool:
    if a.kind != b.kind:
        return _bare_head_of(a, b) or _bare_head_of(b, a)
    if a.kind not in ("other", "publications"):
        return True
    if a.kind == "publications" and any(_BARE_COPIES_RE.fullmatch(r.label) for r in (a, b)):
        return True  # "… copies of your best papers" / "… and enclose their reprints": the same
    # ("A 1-T form" / "A 1-P form": two forms, by their codes)
    codes_a, codes_b = (set(_FORM_CODE_RE.findall(r.label)) for r in (a, b))
    if codes_a and codes_b and codes_a != codes_b:
        return False
    # ("Part I" / "Part II of the application": two parts)
    marks_a, marks_b = (set(_PART_MARK_RE.findall(r.label)) for r in (a, b))
    if marks_a and marks_b and marks_a != marks_b:
        return False
    # ("certified translations" / "a certified translation of the documents": one noun)
    words_a = {word.removesuffix("s") for word in re.findall(r"\w{4,}", a.label.lower())}
    words_b = {word.removesuffix("s") for word in re.findall(r"\w{4,}", b.label.lower())}
    return bool(words_a and words_b) and len(words_a & words_b) >= min(len(words_a),
                                                                        len(words_b)) * 0.6


_FORM_CODE_RE = re.compile(r"\b(?:\d{1,2}-?[A-Z]{1,3}|[A-Z]{1,3}-\d{1,4})\b")
_BARE_COPIES_RE = re.compile(r"(?:reprints|offprints|copies|pdfs)", re.IGNORECASE)
_PACKAGE_LIST_RE = re.compile(r"\b(?:package|packet|dossier|materials|documents)\s*\([^()]*$",
                              re.IGNORECASE)
_ANOTHER_RE = re.compile(r"\s*(?:an?\s+)?(?:additional|second|another|further|extra|separate)\b",
                         re.IGNORECASE)


# "a research and teaching statement": one statement of two fields
_TWO_FIELDS_RE = re.compile(rf"\b{STATEMENT_FIELDS}\s+and\s+{STATEMENT_FIELDS}\s+statement",
                            re.IGNORECASE)
_IN_ADDITION_RE = re.compile(r"\W*(?:in\s+addition|additionally)\b", re.IGNORECASE)
_NAMED_BEFORE_RE = re.compile(r"\W*(?:the|these|those|such|your|their)\s", re.IGNORECASE)

_NAMED_AGAIN_RE = re.compile(r"(?:the|this|that|your)\s+[^.;:,]{2,40}?\s+(?:should|must|will|may|"
                             r"can|is\s+to|needs?\s+to)\b", re.IGNORECASE)


# what a letter is for, in its name: "letter of support", "invitation letter" (a referee's
# letter goes by several names)
_TYPES = (r"(?:recommendation|reference|referee|support|testimonial|invitation|interest|intent|"
          r"nomination|nominator|nominating|supporting|endorsement|acceptance|commitment|agreement|"
          r"committee|employer|"
          r"verification|collaboration)")
_LETTER_TYPE_RE = re.compile(rf"\bletters?\s+of\s+({_TYPES})s?\b|\b({_TYPES})s?\s+letters?\b",
                             re.IGNORECASE)
_REFEREES_LETTER = {"recommendation", "reference", "referee", "support", "testimonial"}


# whose a letter is, when its name says only that: "Department Chair's Memo"
# ("One letter from the candidate's chair": the chair's)
_WRITERS_RE = re.compile(r"\b(chair|dean|head|director|supervisor|advis[oe]r|host)['’]s\s+"
                         r"(?:memo|memorandum|letter|evaluation|recommendation|statement)\b|"
                         r"\bletter\s+from\s+(?:the\s+|your\s+)?(?:[\w'’-]+\s+){0,2}?(chair|dean|head|"
                         r"director|supervisor|advis[oe]r|host)\b", re.IGNORECASE)


# "Sponsor Recommendation", "Signed recommendation from your sponsor": the sponsor's
_NAMED_WRITER_RE = re.compile(r"\b(sponsor|mentor)(?:['’]s)?\s+(?:recommendation|evaluation|"
                              r"statement)\b|\brecommendation\s+from\s+(?:the\s+|your\s+)?"
                              r"(sponsor|mentor)\b", re.IGNORECASE)
_REPORTS_RE = re.compile(r"\b(?:referee|reference)\s+reports?\b", re.IGNORECASE)
_OUTSIDE_LETTERS_RE = re.compile(r"\bletters?\s+(?:of\s+evaluation\s+)?from\s+(?:outside|external|"
                                 r"independent)\b", re.IGNORECASE)


# "a letter confirming the leave, signed by the head": someone's attestation, not a reference
ATTESTING_LETTER_RE = re.compile(r"\bletter\s+(?:confirming|certifying|verifying|approving)\b",
                                 re.IGNORECASE)


def letter_type(label: str) -> str | None:
    """What kind of letter a label names, by its type or its writer ("a letter from the dean")."""
    match = _LETTER_TYPE_RE.search(label)
    if match is None and ATTESTING_LETTER_RE.search(label):
        return "verification"
    if match is None and (_REPORTS_RE.search(label) or _OUTSIDE_LETTERS_RE.search(label)):
        return "recommendation"  # "Referee reports", "six letters from outside evaluators"
    if match is None:
        writer = _WRITERS_RE.search(label) or _NAMED_WRITER_RE.search(label)
        return next(group for group in writer.groups() if group).lower() if writer else None
    word = (match.group(1) or match.group(2)).lower()
    word = {"nominator": "nomination", "nominating": "nomination", "supporting": "support"}.get(
        word, word)
    return "recommendation" if word in _REFEREES_LETTER else word


def named_within(a: str, b: str) -> bool:
    """Is one label the other, or inside it ("Current certificate of enrolment from your
    university" / "Certificate of enrolment"), in two words or more ("Form" is any form)?"""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return short == long or (len(short.split()) >= 2 and
                             re.search(rf"\b{re.escape(short)}\b", long) is not None)


def closest(twins: list[Requirement], req: Requirement) -> Requirement | None:
    """Of the items `req` may be named again, the one whose label shares most words with its
    ("two letters of support" is the "additional letters supporting the nomination", not the
    "letter of nomination"); the first one on a tie."""
    def stems(label: str) -> set[str]:
        return {word[:5] for word in re.findall(r"\w{4,}", label.lower())}
    return max(twins, key=lambda twin: len(stems(twin.label) & stems(req.label)), default=None)


def two_of_a_kind(text: str, a: Requirement, b: Requirement) -> bool:
    """Two documents of one kind named side by side ("a CV and, optionally, an annotated CV",
    or on two lines of one list: "- A summary of past research" / "- A summary of research
    plans"), not one document named twice."""
    if a.sentence is None or b.sentence is None or a.label.lower() == b.label.lower():
        return False
    if b.source is not None and _PACKAGE_LIST_RE.search(text, b.sentence.start, b.source.start):
        return False  # "The complete package (one nomination letter, and two letters of
        # support) must …": what was asked, summed up
    if _ANOTHER_RE.match(b.label):
        return True  # "Additional writing sample(s)", "A second letter"
    if b.source is not None and _IN_ADDITION_RE.match(b.sentence.text) and \
            not _NAMED_BEFORE_RE.match(b.source.text):
        return True  # "Three letters …" / "In addition, a club's officer should send a letter …"
    if (a.sentence.start, a.sentence.end) == (b.sentence.start, b.sentence.end):
        return True
    if a.kind == "letters" and None not in (letter_type(a.label), letter_type(b.label)) and \
            letter_type(a.label) != letter_type(b.label):
        return True  # "a letter of interest from the host" / "an invitation letter from …"
    if a.kind.endswith("_statement") and \
            bool(_TWO_FIELDS_RE.search(a.label)) != bool(_TWO_FIELDS_RE.search(b.label)) and \
            all(len(re.findall(r"\w{4,}", r.label)) >= 2 for r in (a, b)):
        return True  # "a research and teaching statement" / "a summary of proposed research"
    # "- A Cover Letter that names the post." / "- The Cover Letter should include …": the
    # one named before, named again
    again = _NAMED_AGAIN_RE.match(_line_at(text, b.sentence.start))
    named = classify(again.group()) if again else None
    if named and named[0] == a.kind:
        return False
    # every line from one to the other a line of the same list
    start = text.rfind("\n", 0, a.sentence.start) + 1
    end = text.find("\n", b.sentence.end)
    lines = [line for line in text[start:end if end >= 0 else len(text)].split("\n")
             if line.strip()]  # a web page's list items come with blank lines between
    if len(lines) >= 2 and all(_indent(line) > _indent(lines[0]) for line in lines[1:]):
        return False  # "• Recommendation letter" / "    • Recommendation letter from …": its notes
    listed, above = 0, ""
    for n, line in enumerate(lines):  # an address block under "… sent to the address below:"
        if LIST_MARK_RE.match(line):  # belongs to it
            if 0 < n < len(lines) - 1 and line.rstrip().endswith(":") and \
                    LIST_MARK_RE.match(lines[n + 1]):
                return False  # "• Contact us: … please include:" / "• Your CV": a list of its own
            listed, above = listed + 1, line
        elif not under_colon_line(above, line):
            return False
    # ("• Letters … may also be submitted electronically …" / "• A completed file must include:
    # three letters, …": lines about materials, one named twice)
    return listed >= 2 and all(names_a_material(_line_at(text, r.sentence.start)) for r in (a, b))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _line_at(text: str, pos: int) -> str:
    """The list line at pos, without its mark and a bracket before its words ("* (Optional,
    but encouraged) an annotated CV …")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = LIST_MARK_RE.sub("", text[start:end if end >= 0 else len(text)], count=1)
    return re.sub(r"^\s*\([^()]*\)\s*", "", line)


# a condition naming a group of applicants ("If you are a postdoc"), of which several may
# together be everyone; "if it was obtained outside the U.S." names a case, not a group
_GROUP_CONDITION_RE = re.compile(r"\W*(?:(?:if|when)\s+you\s+(?:are|were|have)\b|(?:applicants|"
                                 r"candidates|those|students)\b|"
                                 # "For Writers:" / "For Translators:"
                                 r"for\s+(?!(?:positions|posts|roles|jobs)\b)(?:the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}?[A-Za-z-]+s\W*$|"
                                 # "Current Masters Students:" / "Doctoral Program Applicants:"
                                 r"(?:[\w&()'’-]+\s+){1,7}?(?:students|applicants|candidates)\W*$)",
                                 re.IGNORECASE)


def merge(into: Requirement, other: Requirement) -> None:
    if into.min_count is not None and into.min_count == into.max_count == other.min_count and \
            other.max_count is None:
        into.max_count = None  # "provided three references" / "Provide at least 3 references"
    if (into.min_count, into.max_count) == (None, None) or (
            # "Recommendation Letter:" / "Two letters of recommendation": the number said
            (other.min_count, other.max_count) != (None, None) and
            not _NUMBERED_RE.search(into.label) and _NUMBERED_RE.search(other.label)):
        into.min_count, into.max_count = other.min_count, other.max_count  # (both ends)
    elif into.max_count is None and other.min_count is None and other.max_count is not None and \
            (into.min_count or 0) <= other.max_count:
        into.max_count = other.max_count  # "at least two letters" / "Up to three may be sent"
    for name in ("max_pages", "max_words"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    if other.notes and other.notes not in into.notes:
        into.notes = f"{into.notes}; {other.notes}" if into.notes else other.notes
    into.submitted_separately = into.submitted_separately or other.submitted_separately
    if other.required and not other.condition:
        into.condition = ""
    if not into.required and not other.required and into.condition and other.condition and \
            into.condition.lower() != other.condition.lower() and \
            all(_GROUP_CONDITION_RE.match(c) for c in (into.condition, other.condition)):
        # asked of one group of applicants and again of another ("If you are a current graduate
        # student, send your CV …" / "If you are a postdoc, send … your CV"): asked of all
        into.required, into.condition = True, ""
    elif not into.required and not other.required and into.condition and other.condition and \
            other.condition.lower() not in into.condition.lower():
        # "PhD & Post-Doctoral" / "• Transcripts" and again under "Undergraduate &
        # Masters": asked of either
        into.condition = f"{into.condition} or {other.condition}"
    into.required = into.required or other.required
    into.formats = sorted(set(into.formats) | set(other.formats))


SECTION_LINES = 15  # lines up from a sentence to the heading of the section it is in


# "(iii) Information to be included in a Resume": what the lines under it ask for is the
# resume's contents
_CONTENTS_HEADING_RE = re.compile(
    r"^\W*(?:\(?[ivx]{1,4}[.)]\s*|\d{1,2}[.)]\s*)?(?:information|details|items|what)\s+(?:to\s+"
    r"(?:be\s+)?includ(?:e|ed)|to\s+(?:put|list))\s+in\s+(?:a|an|the|your)\s+"
    r"(?P<name>[\w/ -]{2,40}?)\s*:?\s*$", re.IGNORECASE)


def under_contents_heading(text: str, req: Requirement) -> bool:
    """Is the item asked for under a heading that says the lines below are what another
    material holds ("Information to be included in a Resume" / "• … provide a full list of
    publications")?"""
    if req.sentence is None:
        return False
    lines = text[:req.sentence.start].split("\n")[:-1]
    for heading in reversed(lines[-SECTION_LINES:]):
        contents = _CONTENTS_HEADING_RE.match(heading)
        if contents:
            named = classify(contents.group("name"))
            return named is not None and named[0] != req.kind
        if is_heading(heading) and not LIST_MARK_RE.match(heading):
            return False
    return False


def explained_under(text: str, req: Requirement,
                     requirements: list[Requirement]) -> Requirement | None:
    """The material a section explains, when `req` is named inside it: after the list, a
    heading "Degree certificate" over "- … they must also submit a copy of the degree
    certificate and its translation by 15 July" says more of the listed degree certificate."""
    if req.sentence is None or is_heading(LIST_MARK_RE.sub("", req.sentence.text, count=1)):
        return None  # a material's name on a line of its own is one more material
    lines = text[:req.sentence.start].split("\n")[:-1]
    for back in range(len(lines) - 1, max(-1, len(lines) - 1 - SECTION_LINES), -1):
        heading = lines[back]
        if not is_heading(heading) or LIST_MARK_RE.match(heading) or \
                (back > 0 and lines[back - 1].strip()):
            continue
        named = classify(heading)
        if named is None or named[0] != req.kind:
            return None
        words = set(re.findall(r"\w{4,}", heading.lower()))
        heading_at = len("\n".join(lines[:back]))
        if any(r.source is not None and
               heading_at <= r.source.start <= heading_at + len(heading) + 1
               for r in requirements):
            return None  # "Evidence of … teaching" / "Evidence of service …": names one by one
        return next((r for r in requirements if r.kind == req.kind and r.sentence is not None
                     and r.sentence.end <= heading_at and
                     words & set(re.findall(r"\w{4,}", r.label.lower()))), None)
    return None


# ("- Certificate of enrolment: this document is an official …": what it is)
_SUBJECT_SAID_RE = re.compile(r"\W*(?:(?:the|your|this|a|an)\s+)?(?P<name>[^.;:,]{2,60}?)(?:\s+|"
                              r"\s*:\s*(?:this|it)(?:\s+document)?\s+)"
                              r"(?:should|must|is|are|can|may|will)\b", re.IGNORECASE)


def its_own_subject(req: Requirement) -> bool:
    """Is the material the subject of the sentence it was found in ("The cover letter should
    be on letterhead …"), which says what it is like rather than asking for it?"""
    if req.sentence is None or req.source is None:
        return False
    said = _SUBJECT_SAID_RE.match(req.sentence.text)
    return bool(said) and said.group("name").lower().endswith(req.source.text.lower()) and \
        not TRIGGER_RE.search(req.sentence.text)


_FORM_NAME_RE = re.compile(r"\W*(?:the\s+)?form\s+(?-i:[A-Z0-9])[\w/.-]*\b", re.IGNORECASE)


def with_form_names_joined(text: str, items: list[Item]) -> list[Item]:
    """"the University's coversheet for employment, form PD18": the form's name after a comma
    is the same document, not another one."""
    kept: list[Item] = []
    for item in items:
        before = kept[-1] if kept else None
        if before is not None and item.kind == "other" and before.context == item.context and \
                _FORM_NAME_RE.match(text[item.span.start:item.span.end]) and \
                not text[before.span.end:item.span.start].strip(" ,"):
            before.span = Span(before.span.start, item.span.end)
            continue
        kept.append(item)
    return kept


# "    • The name of the thesis adviser should be included.": what goes in it
_INCLUDED_RE = re.compile(r"\b(?:should|must|shall|is\s+to|are\s+to)\s+be\s+(?:included|"
                          r"mentioned|given|stated|listed|filled\s+(?:in|out))\W*$", re.IGNORECASE)


def noted_under(text: str, req: Requirement,
                requirements: list[Requirement]) -> Requirement | None:
    """The material on the list line above, when `req` is named on a line indented under it
    that says what that material must hold ("• Self-introductory statement" / "    • The name
    of your thesis adviser should be included.")."""
    if req.sentence is None:
        return None
    start = text.rfind("\n", 0, req.sentence.start) + 1
    end = text.find("\n", req.sentence.start)
    line = text[start:end if end >= 0 else len(text)]
    if not _INCLUDED_RE.search(line.rstrip()) or not LIST_MARK_RE.match(line):
        return None
    at = start
    for above in reversed(text[:start].split("\n")[-SECTION_LINES:-1]):
        at -= len(above) + 1
        if not above.strip() or _indent(above) >= _indent(line):
            continue
        return next((r for r in requirements if r.sentence is not None and
                     at <= r.sentence.start < at + len(above)), None)
    return None
