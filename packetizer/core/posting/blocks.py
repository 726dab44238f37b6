"""A posting's text as blocks: lines, list items, headings and sentences, as spans of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING_RE = re.compile(
    r"^\W*(?:required\s+)?(?:application\s+(?:materials|documents|instructions|procedure|"
    r"requirements|package)|how\s+to\s+apply|to\s+apply|requested\s+documents?|"
    r"required\s+(?:documents|materials)|documents\s+(?:required|to\s+submit)|"
    r"(?:supporting|project|additional|general|in-depth|mandatory|necessary)\s+documents|"
    r"what\s+you\s+will\s+need|applying|submission\s+(?:materials|instructions)|"
    # "Dossier" over its numbered list; Catalan "Documents que acompanyen la sol·licitud"
    r"dossier\s*:?\s*$|documents\s+que\s+acompanyen|"
    # French: "Pièces à fournir pour tous les candidats", "Pièces à joindre"
    r"pièces\s+(?:à\s+fournir|à\s+joindre|demandées|justificatives)|"
    # a FAQ's question: "What should I include in my email?", "What to send"
    r"what\s+(?:should|do|must|to)\s+(?:(?:I|you|we)\s+)?(?:include|send|submit|attach|provide)"
    r")\b",
    re.IGNORECASE,
)

# --- text helpers ------------------------------------------------------------------------------


@dataclass
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


# the glyphs list items start with: bullets (with those PDFs give for Symbol and Wingdings
# bullets), arrows, check marks and boxes
# "Ø", and the private-use code points, are Wingdings bullets (an arrowhead, a check, a box)
# as a Word document's text comes out
GLYPH_MARKS = ("•*·▪◦●○■□◆◇❖➢►▸▹▶→⇒➔➜➤✓✔☐☑Ø\x7f\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8"
               "\u2023\u2043")


def strip_span(text: str, start: int, end: int,
               chars: str = " \t\r\n,;:.-–—>" + GLYPH_MARKS.replace("Ø", "")) -> Span:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars + ")]" and not (
        text[end - 1] == ")" and "(" in text[start:end - 1]
    ) and not (text[end - 1] == "]" and "[" in text[start:end - 1]):
        end -= 1
    return Span(start, end)


LIST_MARK_RE = re.compile(
    # glyphs, dashes, numbers, letters
    # ("1️. Passport": a keycap's variation selector after the number)
    r"^[ \t]*(?:[-‐‑–—>" + GLYPH_MARKS + r"]|_{3,}|\(?\d{1,2}\ufe0f?\u20e3?[.)°]|"
    r"\(?[a-hA-H][.)]|\(?[ivxIVX]{1,4}[.)])[ \t]+"
    # a check box after the bullet: "• ☐ CV", "• ____ Vita (5 pages)"
    r"(?:(?:[" + GLYPH_MARKS + r"]|_{3,})[ \t]+)?|"
    # a dash that a web page's text keeps against the word: "-Letter of Motivation: …",
    # "–CV", "–20 images"
    r"^[ \t]*[-–—](?=[A-Z][a-zA-Z]|\d+\s+[a-z])|"
    # a number pasted against the word: "1.Doctorate …", "3.Confirmation …"
    r"^[ \t]*\d{1,2}\.(?=[A-Z][a-z]|[A-Z][ \t]+[a-z])|"
    # a number and a spaced dash: "1 - Carta do candidato …", "10 – Curriculum vitae"
    r"^[ \t]*\d{1,2}[ \t]+[-–—][ \t]+(?=[A-Z])|"
    # a roman number and a dash against it: "i- Colour photo", "ii- Signature" ("1- Form:" over
    # its paragraph is a heading)
    r"^[ \t]*[ivx]{1,4}-[ \t]+(?=[A-Z])|"
    # a table's row, as a web page's table comes pasted: "CV | A summary of your … |"
    r"^[ \t]*(?:\|[ \t]*)?(?=[^|\n]{2,60}?[ \t]\|[ \t][^\n]*\|[ \t]*$)|"
    r"^[ \t]*(?:<[a-zA-Z][^>]{0,40}>[ \t]*)*<li\b[^>]*>[ \t]*|"  # an HTML list item
    # "    Annex 2:    Signed host statement": a numbered annex is a list's line
    r"^[ \t]*(?-i:Annex|Appendix|Enclosure)[ \t]+\d{1,2}[ \t]*:[ \t]+"
)
CLOSING_TAGS_RE = re.compile(r"(?:\s*</?[a-zA-Z][^>]{0,40}>)+\s*$")
# "(1) …, (2) …", "a) … b) …", and "Required documents: 1. …; 2. …" (a number and a full stop
# only after a colon or semicolon, so that "Section 2. Terms" is not one)
INLINE_ENUM_RE = re.compile(r"(?:(?<=\s)|^)\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s|"
                            r"(?:(?<=\s)|^)\([A-H]\)\s|"
                            r"(?<=[:;] )\d{1,2}\.\s|"
                            # "…: a. motivation letter, b. resume, …" ("e. g." is no mark)
                            r"(?<=[:;,] )[a-h]\.\s(?!g\.)")


def lines_of(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        spans.append(Span(pos, end))
        pos += len(line)
    return spans


OPEN_END_RE = re.compile(
    r"(?:[,(/&–-]|\b(?:the|a|an|of|in|and|or|to|for|with|on|by|from|at|as|who|which|that|"
    r"your|their|least|one|two|three|four|five|\d+))\s*$", re.IGNORECASE)


def _continues_item(item: str, line: str) -> bool:
    """Is `line` the rest of the list item `item`, wrapped onto a line of its own without a mark
    ("- A letter of introduction indicating how you meet the criteria outlined in the" /
    "Job description.")?"""
    if not line.strip() or LIST_MARK_RE.match(line):
        return False
    tail = item.rstrip()
    if line[:1] in " \t":  # indented under it
        return not tail.endswith((".", ";"))
    first = line.lstrip()[:1]
    if first.islower():
        # ("3. Portfolio submission" / "applicants are advised to …": a short name, not
        # wrapped, and a sentence of its own that lost its capital)
        return not (len(tail) < WRAPPED_WIDTH and not OPEN_END_RE.search(tail) and
                    re.match(r"[a-z]+\s+(?:are|is|will|should|must|may|can|need)\s", line.lstrip()))
    if re.fullmatch(r"\([^()]{1,80}\)[.;]?", line.strip()):
        return True  # "… and future goals." / "(Maximum 2 pages long).": an aside about it
    if re.fullmatch(r"[A-Z][a-z]+", LIST_MARK_RE.sub("", tail, count=1).strip()) and \
            re.match(r"[A-Z][a-z]+:\s", line.lstrip()):
        return True  # "- Cover" / "Letter: Your cover letter is …": a name the page wrapped
    if tail.endswith((".", ";", ":", "!", "?")):
        return False
    # a long line the page wrapped mid-phrase, its rest a piece of a sentence ("… Network for
    # Heart" / "Failure Risk Prediction." 2024"), not a heading
    return bool(OPEN_END_RE.search(tail)) or (
        len(tail) >= WRAPPED_WIDTH and bool(re.search(r"[.,;\"”]", line)))


WRAPPED_WIDTH = 75  # characters: a list line this long that ends mid-phrase was wrapped


_BARE_MARK_RE = re.compile(r"[ \t]*(?:[-–—*" + GLYPH_MARKS +
                           r"]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)])[ \t]*")


def _with_bare_marks_joined(text: str) -> str:
    """"-" / "A current resume …": a list mark a page put on a line of its own is the mark of
    the line under it (the line break becomes a space)."""
    lines = lines_of(text)
    chars = None
    bare = [bool(_BARE_MARK_RE.fullmatch(line.text(text))) for line in lines]
    for k, line in enumerate(lines[:-1]):
        following = lines[k + 1].text(text)
        if bare[k] and following.strip() and not LIST_MARK_RE.match(following) and \
                not bare[k + 1]:
            chars = chars or list(text)
            chars[line.end] = " "
            # "·" / "Dissertation" / "Abstract" / "·": a short name the page broke in two,
            # between two marks
            if k + 3 < len(lines) and bare[k + 3] and lines[k + 2].text(text).strip() and \
                    len(following) + len(lines[k + 2].text(text)) <= 60 and \
                    not following.rstrip().endswith((".", ":", ";")):
                chars[lines[k + 1].end] = " "
    return "".join(chars) if chars else text


def join_list_continuations(text: str) -> str:
    """The text with each list item's wrapped lines joined to it, a line break becoming a space
    so that every offset stays the same."""
    text = _with_bare_marks_joined(text)
    chars = list(text)
    item = None  # the list item the current line belongs to, as text so far
    for line in lines_of(text):
        raw = line.text(text)
        if item is not None and line.start > 0 and _continues_item(item, raw):
            chars[line.start - 1] = " "
            item += " " + raw.strip()
            continue
        item = raw if LIST_MARK_RE.match(raw) else None
        if item is None and raw.rstrip().endswith(",") and raw.strip():
            # "Two letters … from an external faculty person," / "and one letter must be …":
            # a line that stops at a comma goes on in the lower-case line under it
            following = text[line.end + 1:text.find("\n", line.end + 1)] \
                if "\n" in text[line.end + 1:] else text[line.end + 1:]
            if following[:1].islower() and line.end < len(text):
                chars[line.end] = " "
        glued = list(_GLUED_HEAD_RE.finditer(text, line.start, line.end))
        for match in glued if len(glued) >= 2 else []:
            chars[match.start("gap")] = "\n"  # its lost line breaks, back
    return "".join(chars)


INDENTED_SHARE = 0.9  # of a text's lines indented for its indentation to mean nothing


def without_common_indent(text: str) -> str:
    """A page copied with (nearly) every line indented alike, as some web pages' text comes,
    has no indentation that means anything: it is taken off, so that its lines are not all
    read as indented list lines."""
    indents = [len(m.group(1)) for m in re.finditer(r"^([ \t]*)\S", text, re.MULTILINE)]
    indented = [n for n in indents if n]
    if not indented or len(indented) < INDENTED_SHARE * len(indents):
        return text
    cut = min(indented)
    return re.sub(rf"^[ \t]{{1,{cut}}}", "", text, flags=re.MULTILINE)


# markup left in copied text ("Applicants<br />", "<strong>Forms</strong>"): a few tags of the
# kinds that only format text
_STRAY_TAG_RE = re.compile(r"<\s*(/?)\s*(strong|b|i|em|u|span|font|br|p|div|sup|sub)\b"
                           r"[^<>\n]{0,200}?/?\s*>", re.IGNORECASE)
_BREAKING_TAGS = frozenset({"br", "p", "div"})  # ("<li>" marks a list line: kept)


def without_stray_tags(text: str) -> str:
    """Text copied from a page's source keeps its formatting tags: with three or more of them,
    they are taken out (a line-breaking tag not already at a line's end breaks the line), so
    that "Pho<strong>to</strong>graph" is a word and "Form 1<br />" a line. A text that names
    a tag once or twice is left as it is."""
    if len(_STRAY_TAG_RE.findall(text, 0, 200_000)) < 3:
        return text

    def replace(m: re.Match) -> str:
        breaking = m.group(2).lower() in _BREAKING_TAGS
        at_end = text[m.end():m.end() + 1] in ("\n", "")
        return "\n" if breaking and not at_end and not m.group(1) else ""

    return _STRAY_TAG_RE.sub(replace, text)


def is_list_item(line: str) -> bool:
    return bool(LIST_MARK_RE.match(line)) or (line[:1] in " \t" and bool(line.strip()))


def is_heading(line: str) -> bool:
    stripped = line.strip().strip("#*").strip()
    if not stripped or len(stripped) > 70 or LIST_MARK_RE.match(line):
        return False
    if stripped.endswith(":"):
        return len(stripped.split()) <= 8
    # "Contact: Send statement of purpose, contact information for" / "three references …":
    # a hard-wrapped sentence, not a heading, when the line ends in a word that leads on
    # "H-1022 Budapest, Hungary. Applicants should request three": a sentence ends inside it
    return not stripped.endswith((".", ",", ";")) and len(stripped.split()) <= 8 and \
        not LEADS_ON_RE.search(stripped) and not re.search(r"[a-z]{3,}\.\s+[A-Z]", stripped)


LEADS_ON_RE = re.compile(r"\s(?:for|of|and|or|the|an?|to|with|from|by|in|on|your|their)$",
                          re.IGNORECASE)


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    """Split text[start:end] into sentences, keeping offsets; abbreviations are not ends."""
    spans = []
    pos = start
    # a sentence does not end before the next number of an inline list: "(1) Letter. (2) CV."
    # ('… is, "What do I send in?" Sure, …': a question quoted ends its sentence)
    for match in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[A-Z(\"“])"
                             r"(?!\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s)|"
                             # "A cover letter. / A CV. / …": sentences between slashes
                             r"(?<=\.)\s+/\s+(?=[A-Z])|"
                             # "Complete the online form; submit a CV, …": a second request
                             r"(?<=;)\s+(?=(?:please\s+)?(?:submit|send|include|provide|attach|"
                             r"upload|e-?mail)\b)|"
                             r"\n\s*\n|(?<=:)(?:</\w+>)*\s*\n|"
                             # "(each file under 2 MB, as PDF)" / "A letter of nomination …":
                             # a line in brackets is an aside of its own
                             r"(?<=\))[ \t]*\n(?=[ \t]*[A-Z])|"
                             # "… uploaded to the portal" / "Personal Statement: Discuss …": a
                             # line that opens on a name and a colon starts anew
                             r"(?<=[a-z])[ \t]*\n(?=[ \t]*(?-i:[A-Z])[\w/’'-]*"
                             r"(?:[ \t]+[\w/’'-]+){0,5}:[ \t])|"
                             # "… published or unpublished The sample should be …": a full stop
                             # the page lost before a new sentence on the material
                             r"(?<=[a-z)])[ \t]+(?=The[ \t]+(?:[a-z-]+[ \t]+){1,2}(?:should|must|"
                             r"will|may|can|is|are|needs?)\b)",
                             text[start:end]):
        cut = start + match.start()
        if match.group().endswith("\n") and text[cut - 1:cut] == ")" and \
                not text[text.rfind("\n", start, cut) + 1:cut].lstrip().startswith("("):
            continue  # (only a line that is all brackets)
        before = text[max(start, cut - 6):cut]
        if re.search(r"\b(?:Dr|Prof|Dept|e\.g|i\.e|etc|St|Mr|Ms|Mrs|vs|approx|ca|incl|"
                     r"[A-Z])\.$", before) and not (
                before.endswith("etc.") and "\n" in match.group()):
            continue  # ("… page numbers etc." / "The synopsis …": a line ends the sentence)
        if re.search(r"\bNo\.$", before) and re.match(r"\s*\d", text[cut:end]):
            continue  # "No. 12" ("A: No. All applicants should …" ends the answer)
        if re.search(r"(?:[:;,] |\()\d{1,2}\.$", text[max(start, cut - 8):cut]):
            continue  # "Required documents: 1. cover letter; 2. CV", "(1. Health, 2. …)": a
            # list's number
        spans.append(Span(pos, cut))
        pos = start + match.end()
    spans.append(Span(pos, end))
    return [piece for span in spans for cut in _at_url_ends(text, span)
            for piece in _at_block_lines(text, cut) if text[piece.start:piece.end].strip()]


# a page that lost its line breaks: "… a resume is needed Cover Letter: The letter …" (a
# run-in heading of title-case words, a colon and a capital after it: two in a line start lines)
_GLUED_HEAD_RE = re.compile(
    r"(?:\b(?!(?:of|and|or|the|for|to|in|on|with|from|by|an?|your|our|their)\b)[a-z][\w-]*|"
    r"(?<=[a-z])[.!?])(?P<gap>[ \t]+)(?=[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for)[ \t]+)?[A-Z][a-z]+)"
    r"{0,2}[ \t]?:[ \t]+[A-Z])")


# a web address that ends a sentence without a full stop, the next sentence right after it:
# "… through the website http://uni.edu/jobs.html Additionally, a CV …"
# ("https://uni.edu/call" / "The project description should …": the address over the text)
_URL_END_RE = re.compile(r"(?:https?://|www\.)[^\s<>]+(?<![.,;:])(?:[ \t]+|[ \t]*\n[ \t]*)"
                         r"(?=[A-Z][a-z]+[\s,])")


def _at_url_ends(text: str, span: Span) -> list[Span]:
    pieces, pos = [], span.start
    for match in _URL_END_RE.finditer(text, span.start, span.end):
        pieces.append(Span(pos, match.end()))
        pos = match.end()
    pieces.append(Span(pos, span.end))
    return pieces


def _at_block_lines(text: str, span: Span) -> list[Span]:
    """A sentence does not run on past a heading line, into a list line or out of one (a PDF's
    text, or a page with no blank lines, gives no other sign where one ends)."""
    pieces, pos = [], span.start
    for match in re.finditer(r"\n", text[span.start:span.end]):
        cut = span.start + match.start()
        line = text[text.rfind("\n", 0, cut) + 1:cut]  # the whole line, not just its end
        following = text[cut + 1:text.find("\n", cut + 1) if "\n" in text[cut + 1:span.end]
                         else span.end]
        # a heading is not followed by a line that goes on in lower case ("… PROGRAM, Higher" /
        # "Education Support Program" is capitalised; "… request three" / "referees to …" is not)
        # (nor by one that opens with a bracket: "… send a mail to Jane Roe" / "(jane@uni.edu)
        # with your CV")
        heading = is_heading(line) and line.strip()[:1].isupper() and \
            not following.strip()[:1].islower() and not following.strip().startswith("(")
        if heading or LIST_MARK_RE.match(following) or LIST_MARK_RE.match(line):
            pieces.append(Span(pos, cut))
            pos = cut + 1
    pieces.append(Span(pos, span.end))
    return pieces
