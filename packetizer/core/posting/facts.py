"""Facts about a posting besides its materials: deadline, job id, title, organization, size limit,
single-PDF rule, link, and the qualifications (shown, never checked)."""

from __future__ import annotations

import re

from packetizer.core.model import SourceSpan
from packetizer.core.posting.blocks import (
    HEADING_RE,
    LIST_MARK_RE,
    Span,
    is_heading,
    is_list_item,
    lines_of,
)
from packetizer.core.posting.dates import dates_in
from packetizer.core.posting.limits import NUM, number_of
from packetizer.core.posting.vocabulary import classify

QUALIFICATION_HEADING_RE = re.compile(
    r"^\W*(?:basic|preferred|minimum|required|desired|essential|key)?\s*"
    r"(?:qualifications|requirements|responsibilities|duties|skills|about|description|tasks)\b",
    re.IGNORECASE,
)
SINGLE_PDF_RE = re.compile(
    # "… and three references uploaded in one attachment"
    r"\b(?:single|one)\s+(?:combined\s+|merged\s+)?(?:pdf|file|document|attachment)\b|"
    r"combined?\s+(?:\w+\s+){0,3}into\s+(?:a\s+single|one)|merged?\s+into\s+(?:a\s+single|one)",
    re.IGNORECASE,
)


# "Applications: Send a letter…" run in after "Qualifications:" / "Minimum: …" lines: the zone ends
_APPLY_LABEL_RE = re.compile(r"^\W*(?:applications?|(?:how\s+)?to\s+apply|application\s+"
                             r"(?:materials|documents|procedure|process|instructions))\s*:",
                             re.IGNORECASE)


def qualification_lines(text: str, lines: list[Span]) -> list[Span]:
    """Spans under "Qualifications" / "Responsibilities" headings, where nothing is a material.

    A zone runs from its heading to the next heading, or to a paragraph that is not part of
    its list (after a blank line, or right after the list's last line as a PDF gives it)."""
    zones = []
    start = None
    blank = listed = False
    for line in lines:
        line_text = line.text(text)
        if start is not None and (((blank or listed) and line_text.strip() and
                                  not is_list_item(line_text)) or _APPLY_LABEL_RE.match(line_text)):
            zones.append(Span(start, line.start))
            start = None
        blank = not line_text.strip() if start is not None else False
        if line_text.strip():
            listed = start is not None and is_list_item(line_text)
        if is_heading(line_text):
            if start is not None:
                zones.append(Span(start, line.start))
                start = None
            if QUALIFICATION_HEADING_RE.match(line_text) and not HEADING_RE.match(line_text):
                start = line.end
    if start is not None:
        zones.append(Span(start, len(text)))
    return zones


# --- metadata ----------------------------------------------------------------------------------

# "you may add up to 8 attachments", "at most 5 files": several files are allowed
_MANY_FILES_RE = re.compile(r"\b(?:maximum\s+of|max\.?|up\s+to|at\s+most)\s+(?:[2-9]|\d{2}|"
                            r"two|three|four|five|six|seven|eight|nine|ten)\s+(?:attachments|"
                            r"files|uploads|documents)\b", re.IGNORECASE)


def single_pdf_required(text: str) -> bool:
    """Does the posting require one PDF ("a single PDF", "combined into one file")? Not when it
    only prefers one ("ideally one PDF", "if possible") or allows more ("one or two files", "up
    to 8 attachments": then "a cover letter and CV together in one document" joins
    two of them)."""
    if _MANY_FILES_RE.search(text):
        return False
    for match in SINGLE_PDF_RE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        after = text[match.end():match.end() + 20]
        if re.search(r"\b(?:ideally|preferably|preferred|if\s+possible|where\s+possible|"
                     r"can|may|or)\s+(?:\w+\s+){0,3}$", before, re.IGNORECASE) or \
                re.match(r"\s*(?:(?:pdf|file|document)\b\s*)?(?:is\s+preferred|if\s+possible|"
                         r"(?:where|when)\s+possible|or\s+(?:two|more|several))",
                         after, re.IGNORECASE):
            continue
        if re.match(r"\s*(?:(?:pdf\s+)?(?:file|document)\s+)?(?:for|per)\s+(?:each|every)\b", after,
                    re.IGNORECASE):
            return False  # "a single PDF file for each field": one file per upload field
        line_start = text.rfind("\n", 0, match.start()) + 1
        if len(SINGLE_PDF_RE.findall(text)) >= 2 and re.match(
                r"[ \t]*(?:[ivx]{1,4}|\d{1,2}|[a-h])[-.)][ \t]+[^:\n]{2,80}:",
                text[line_start:match.start()], re.IGNORECASE):
            return False  # "iv- Certificates: Upload a single PDF file …" / "v- …: Upload a
            # single PDF file …": one file for each listed document, not one for all
        if re.search(r"\bzip\b", text[max(0, match.start() - 200):match.end() + 100],
                     re.IGNORECASE):
            continue  # "a single ZIP file OR a combined PDF": one file, not necessarily a PDF
        return True
    return False


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


WRAPPED_PROSE = 50  # characters: a line this long going on in lower case is a paragraph's


def _wrapped_on(lines: list[str], number: int) -> bool:
    """Does line `number` go on in the next ("… are possible and the concrete" / "topic will be
    determined …"): a wrapped line of a paragraph, not a title?"""
    following = lines[number + 1].strip() if number + 1 < len(lines) else ""
    # ("Robert Marshak Postdoctoral Fellowship" / "at the University of Rochester": a title on
    # two lines, short and in title case)
    line = lines[number].strip()
    words = line.split()
    capitalised = sum(word[:1].isupper() for word in words)
    return following[:1].islower() and (len(line) >= WRAPPED_PROSE or capitalised * 2 < len(words))


def find_title(text: str) -> str:
    labelled = re.search(r"^\s*(?:position\s+title|job\s+title|title)\s*[:=]\s*[\"']?(.+?)"
                         r"[\"']?\s*$", text, re.IGNORECASE | re.MULTILINE)
    if labelled:
        return labelled.group(1).strip()
    lines = text.splitlines()
    in_paragraph = False  # the lines after a wrapped one, to the paragraph's end, are its rest
    for number, line in enumerate(lines[:15]):
        candidate = line.strip().strip("#*").strip()
        in_paragraph = in_paragraph and bool(candidate)
        if _wrapped_on(lines, number):
            in_paragraph = True
        if in_paragraph:
            continue
        if len(candidate.split()) > 15:
            break  # past the first paragraph, short lines are section headings, not the title
        if not candidate or _GENERIC_TITLE_RE.match(candidate) or is_list_item(line) or \
                HEADING_RE.match(candidate) or QUALIFICATION_HEADING_RE.match(candidate) or \
                (len(candidate) < 30 and dates_in(candidate)):
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
        # "… Earth and Space Sciences. Before applying": the sentence ends the name ("St. Louis"
        # does not)
        return re.sub(r"(?<=[a-z]{3})\.[ \t].*$", "", match.group(1).strip())
    match = re.search(r"\b((?:University|College)[ \t]+of[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)*|"
                      r"[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)*[ \t]+(?:University|College|Institute))"
                      r"\b",
                      text)
    return match.group(1).strip() if match else ""


_SIZE_RE = re.compile(
    r"\b(?:(?:no\s+(?:more|larger|bigger)\s+than|not\s+(?:to\s+)?exceed(?:ing)?|up\s+to|max(?:imum)?"
    r"\.?(?:\s+(?:file\s+)?size)?(?:\s+of)?|limit(?:ed)?\s+(?:of|to)|at\s+most|under|less\s+than)"
    r"\s+)(\d+(?:[.,]\d+)?)\s*(kib|mib|gib|kb|mb|gb|megabytes?|kilobytes?|gigabytes?)\b",
    re.IGNORECASE,
)


def find_size_limit_mb(text: str) -> float | None:
    """A file-size limit the posting states ("files must not exceed 5 MB"), in MB of 10^6
    bytes, as postings and portals mean them ("5 MiB" is 5.24 MB)."""
    for match in _SIZE_RE.finditer(text):
        value = float(match.group(1).replace(",", "."))
        unit = match.group(2).lower()
        binary = unit in ("kib", "mib", "gib")
        scale = {"k": 1e-3, "m": 1.0, "g": 1e3}[unit[0]]
        if binary:
            scale *= {"k": 1.024, "m": 1.048576, "g": 1.073741824}[unit[0]]
        value *= scale
        if 0 < value <= 10_000:
            return round(value, 3)
    return None


_WHOLE = (r"(?:entire|whole|complete|full|combined|total)\s+(?:application|packet|dossier|"
          r"submission|file|pdf)|(?:all|the)\s+(?:application\s+)?(?:materials|documents)\s+"
          r"(?:together|combined)|(?:application|dossier|submission)\s+(?:packet|package)|"
          r"(?:your|the)\s+(?:application|dossier|submission)(?=\s+(?:must|should|may|is|cannot)\b)")
_LIMIT = (r"(?:not\s+exceed(?:ing)?|no\s+(?:more|longer)\s+than|at\s+most|a\s+maximum\s+of|"
          r"maximum\s+(?:of\s+)?|limited\s+to|up\s+to|of)\s+")
_TOTAL_PAGES_RES = [
    # "30 pages in total", "no more than 40 pages altogether"
    re.compile(r"\b(\d{1,3})\s+pages\s+(?:in\s+total|in\s+all|altogether|overall|combined)\b",
               re.IGNORECASE),
    # "the entire application must not exceed 25 pages", "a single PDF of at most 40 pages"
    re.compile(rf"\b(?:{_WHOLE}|(?:a\s+)?single\s+(?:pdf|file|document))\b[^.;\n]{{0,50}}?\b{_LIMIT}"
               r"(\d{1,3})\s+pages\b", re.IGNORECASE),
    re.compile(r"\btotal\s+(?:length\s+)?of\s+(?:no\s+more\s+than\s+|at\s+most\s+)?(\d{1,3})\s+"
               r"pages\b", re.IGNORECASE),
]


# "Each document in the file must be at most three pages": a limit for each document, not the
# whole
_EACH_DOCUMENT_PAGES_RE = re.compile(
    r"\b(?:all|each|every)\s+(?:of\s+the\s+)?(?:documents|materials|items|attachments|document|"
    r"item|attachment)\b(?![^.;\n]{0,80}?\b(?:together|combined|in\s+total|altogether)\b)"
    rf"[^.;\n]{{0,60}}?\b{_LIMIT}({NUM})\s*(?:\(\d{{1,2}}\)\s*)?pages?\b(?!\s+(?:in\s+total|in\s+all|"
    r"altogether|combined))", re.IGNORECASE)


def each_document_pages(text: str) -> int | None:
    """A page limit said of every document ("Each document … at most three pages"), for the
    materials that have none of their own."""
    match = _EACH_DOCUMENT_PAGES_RE.search(text)
    return number_of(match.group(1)) if match else None


def find_total_pages(text: str) -> int | None:
    """A page limit for the whole application ("no more than 30 pages in total", "the entire
    application must not exceed 25 pages"), not one material's."""
    for regex in _TOTAL_PAGES_RES:
        for match in regex.finditer(text):
            sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0,
                                                                               match.start()))
            before = text[sentence_start + 1:match.start()]
            if re.search(r"\b(?:each|per|every)\b", before + match.group(), re.IGNORECASE):
                continue  # "30 pages in total for each item": a limit per material
            named = classify(before + match.group())
            if named is not None and named[0] != "other":
                continue  # "a research statement of 3 pages in total": that material's limit
            pages = int(match.group(1))
            if 1 <= pages <= 500:
                return pages
    return None


def find_qualifications(text: str) -> list[str]:
    """The items under "Qualifications" / "Requirements" headings, kept for display."""
    found: list[str] = []
    for zone in qualification_lines(text, lines_of(text)):
        heading_line = text[:zone.start].rstrip("\n").rsplit("\n", 1)[-1]
        if not re.search(r"qualification|requirement|skills|profile", heading_line,
                         re.IGNORECASE):
            continue
        for line in text[zone.start:zone.end].splitlines():
            item = LIST_MARK_RE.sub("", line).strip()
            if item and len(item) > 3 and not is_heading(line):
                found.append(" ".join(item.split()))
    return found[:40]


_URL_RE = re.compile(r"\bhttps?://[^\s<>\"')\]]+")
_APPLY_CUE_RE = re.compile(r"\b(?:apply|applications?|submit|upload|portal|online\s+at|via|"
                           r"interfolio|academic\s*jobs|mathjobs)\b", re.IGNORECASE)
_NOT_APPLY_RE = re.compile(r"\b(?:accommodations?|disabilit(?:y|ies)|privacy|cookies?|"
                           r"equal\s+opportunity|non-?discrimination|benefits|about\s+us|"
                           r"learn\s+more)\b", re.IGNORECASE)


def find_url(text: str) -> str:
    """The link to apply at: a URL in a sentence that asks to apply or submit, and never one
    from a sentence about accommodations, privacy or equal opportunity; "" when there is none
    (any other link is not the application link)."""
    for match in _URL_RE.finditer(text):
        start = max(text.rfind(".", 0, max(0, match.start() - 1)), text.rfind("\n\n", 0,
                                                                           match.start()))
        sentence = text[start + 1:match.start()]
        if _APPLY_CUE_RE.search(sentence) and not _NOT_APPLY_RE.search(sentence):
            return match.group(0).rstrip(".,;")
    return ""


_MATERIALS_CUE_RE = re.compile(
    r"\b(?:how\s+to\s+apply|to\s+apply|apply|applications?|applicants?\s+should|submit|send|"
    r"upload|e-?mail|materials|documents|dossier|include|attach|enclose|letters?|references?|"
    r"referees|statement|cv|r[ée]sum[ée]|portfolio|transcripts?)\b", re.IGNORECASE)


def materials_passage(text: str) -> SourceSpan | None:
    """The paragraph most likely to hold what a posting asks for (most apply and material
    words), for when the reader found no item: shown so the user can see what it missed."""
    best: tuple[int, int, int] | None = None
    for match in re.finditer(r"(?:[^\n]+\n?)+", text):
        paragraph = match.group(0)
        score = len(_MATERIALS_CUE_RE.findall(paragraph))
        if score and (best is None or score > best[0]):
            best = (score, match.start(), match.end())
    if best is None:
        return None
    start, end = best[1], best[2]
    while end > start and text[end - 1].isspace():
        end -= 1
    return SourceSpan(start, end, text[start:end])
