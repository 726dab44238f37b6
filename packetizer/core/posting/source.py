"""Get a posting's text from a file or stdin: plain text, Markdown, HTML or a PDF's text layer."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from packetizer.core.errors import PostingError
from packetizer.core.posting.blocks import GLYPH_MARKS, LIST_MARK_RE
from packetizer.core.posting.reader import MAX_POSTING_CHARS, decode_posting_bytes, looks_binary

_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "section", "article", "header", "footer", "table", "dt", "dd", "blockquote", "pre"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


# a site's own parts around the posting: menus, cookie notices, footers, "similar jobs"
_SITE_TAGS = {"nav", "footer", "aside"}
_SITE_PART_RE = re.compile(r"\b(?:cookies?|consent|gdpr|banner|breadcrumbs?|nav(?:bar|igation)?|"
                           r"menu|sidebar|social|share|site-?(?:header|footer)|skip-?link)\b",
                           re.IGNORECASE)


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, with headings and list items on lines of their own, and
    without the site's navigation, cookie notice and footer."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.site_tag = ""  # the tag of the site part being left out, and its nesting depth
        self.site_depth = 0
        self.lists: list[list] = []  # the lists the text is in: ["ol", items so far] / ["ul", 0]

    def handle_starttag(self, tag, attrs):
        if self.site_tag:
            self.site_depth += tag == self.site_tag
            return
        names = " ".join(value or "" for key, value in attrs if key in ("class", "id", "role"))
        if tag in _SITE_TAGS or (tag in ("div", "section", "header", "ul", "p") and
                                 _SITE_PART_RE.search(names.replace("_", "-"))):
            self.site_tag, self.site_depth = tag, 1
        elif tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
            self.parts.append("\n")
        elif tag == "li":
            # "1. …" in a numbered list, and a list inside a list's item indented under it
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            mark = f"{kind[1]}." if kind[0] == "ol" else "-"
            self.parts.append(f"\n{'   ' * max(0, len(self.lists) - 1)} {mark} ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol") and not self.site_tag and self.lists:
            self.lists.pop()
        if self.site_tag:
            if tag == self.site_tag:
                self.site_depth -= 1
                if self.site_depth == 0:
                    self.site_tag = ""
                    self.parts.append("\n")
            return
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip and not self.site_tag:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [line.rstrip() if _LIST_LINE_RE.match(line) else line.strip()
                 for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_LIST_LINE_RE = re.compile(r"^ +(?:-|\d+\.) ")


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


def posting_text_from_bytes(data: bytes, name: str) -> str:
    """The posting's text from a file's bytes; the type comes from the content and the name."""
    if len(data) > MAX_POSTING_CHARS * 2:
        raise PostingError("is too large to be a posting (more than 5 MB of text).", path=name)
    if data.startswith(b"%PDF-"):
        return _pdf_text(data, name)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise PostingError(
            "is a Word or OpenDocument file; Packetizer cannot read those postings yet.",
            path=name, fix="Save it as PDF or plain text, or paste the text into the app.")
    text = decode_posting_bytes(data, name)
    head = text[:2000].lstrip().lower()
    if name.lower().endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html")):
        text = html_to_text(text)
    return text


def _pdf_text(data: bytes, name: str) -> str:
    import io
    import zlib

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, DeprecationError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PostingError("is a password-protected PDF.", path=name,
                               fix="Save a copy without a password, or paste the text.")
        # (a paragraph the page breaks goes on at the top of the next page, after no gap)
        text = "\n".join(_page_text(page).rstrip("\n") for page in reader.pages[:50])
    except PostingError:
        raise
    except (PyPdfError, DependencyError, DeprecationError, ValueError, KeyError, TypeError,
            AttributeError, IndexError, RecursionError, AssertionError, zlib.error,
            OSError) as exc:  # all that pypdf raises on a damaged file (a page tree 101 deep…)
        raise PostingError("cannot be read as a PDF: it is damaged.", path=name,
                           fix="Paste the posting's text instead.") from exc
    if not text.strip():
        raise PostingError("has no text layer (it is a scan).", path=name,
                           fix="Paste the posting's text instead.")
    if looks_binary(text):
        raise PostingError("has text that cannot be read: its fonts do not say which letters "
                           "they draw.", path=name, fix="Paste the posting's text instead.")
    return unwrap_pdf_lines(text)


PARAGRAPH_GAP = 1.45  # a step down the page of more than this many font sizes ends a paragraph


def _page_text(page) -> str:
    """A page's text lines, with a blank line where the page leaves a paragraph's gap (as
    the posting's text has one between paragraphs, list items set apart, headings)."""
    steps: list[tuple[float, float]] = []  # each line's height on the page and font size

    def visit(text, cm, tm, font, size) -> None:
        if not text.strip():
            return
        y = tm[5] * cm[3] + cm[5]
        height = abs(size * tm[3] * cm[3]) or abs(size)
        if not steps or abs(steps[-1][0] - y) > 0.25 * max(height, 1.0):
            steps.append((y, height))

    text = page.extract_text(visitor_text=visit) or ""
    lines = text.split("\n")
    if len([line for line in lines if line.strip()]) != len(steps):
        return text  # the lines cannot be told apart by height: the text as it came
    out: list[str] = []
    filled = iter(steps)
    above: tuple[float, float] | None = None
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        here = next(filled)
        if above is not None and above[0] - here[0] > PARAGRAPH_GAP * max(above[1], here[1]):
            out.append("")
        out.append(line)
        above = here
    return "\n".join(out)


_LONE_MARK_RE = re.compile(r"^[ \t]*([" + GLYPH_MARKS + r"–-]|\(?\d{1,2}[.)]|"
                           r"\(?[a-hA-H][.)])[ \t]*$")
_PAGE_NUMBER_RE = re.compile(
    r"^[ \t]*(?:page[ \t]+)?\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?[ \t]*$", re.IGNORECASE)
_GLYPH_MARKS = GLYPH_MARKS.replace("*", "")


def unwrap_pdf_lines(text: str) -> str:
    """A PDF's text lines as the posting's own lines: a bullet or number alone on its line joins
    the line after it ("\x7f" / "CV, which …" → "• CV, which …"), and a line the page wrapped
    joins the one it continues. Lines keep their order; nothing is dropped."""
    # (a single space before a number that opens a line is the text layer's, not an indent:
    # " 3. Applications must …" under a line is the list's next point)
    lines = [re.sub(r"^ (?=\(?\d{1,2}[.)]\s)", "", line.rstrip())
             for line in text.replace("\r\n", "\n").split("\n")]
    joined: list[str] = []
    pending_mark = ""
    for line in lines:
        if _PAGE_NUMBER_RE.match(line):
            continue  # a page's running footer: "Page 2", "3 of 5"
        lone = _LONE_MARK_RE.match(line)
        if lone:
            mark = lone.group(1)
            pending_mark = "•" if mark in _GLYPH_MARKS else mark
            continue
        if pending_mark and line.strip():
            joined.append(f"{pending_mark} {line.strip()}")
            pending_mark = ""
            continue
        if pending_mark:
            continue  # blank lines between a mark and its text
        joined.append(line)
    lengths = sorted(len(line) for line in joined if line.strip())
    if not lengths:
        return text
    width = lengths[int(len(lengths) * 0.9)]
    gaps = any(not line.strip() for line in joined)  # paragraphs apart, as the page set them
    out: list[str] = []
    for line in joined:
        if out and _continues(out[-1], line, width, gaps):
            out[-1] = out[-1] + ("" if out[-1].endswith("-") else " ") + line.strip()
            continue
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n"


def _inline_numbering(line: str) -> bool:
    """Does the line start an enumeration that goes on inside it ("1) letter of interest,
    2) vitae, …")? Then a page wrapped the sentence before its first number, and the number
    does not start a list line."""
    first = re.match(r"\s*\(?(\d)\)\s", line)
    return bool(first) and re.search(rf"[,;]\s*(?:and\s+)?\(?{int(first.group(1)) + 1}\)\s",
                                     line) is not None


def _continues(previous: str, line: str, width: int, gaps: bool = False) -> bool:
    """Was `previous` wrapped by the page, `line` being the rest of it? (Where the page sets
    paragraphs apart, a sentence right under a full line ending in a period is that
    paragraph's next one: "1. A cover letter. … qualifications." / "The cover letter must …")"""
    if not line.strip() or not previous.strip() or \
            (LIST_MARK_RE.match(line) and not _inline_numbering(line)):
        return False
    if gaps and previous.rstrip().endswith(".") and len(previous.rstrip()) >= 0.85 * width and \
            line.strip()[:1].isupper() and len(line.split()) >= 4 and \
            (line.rstrip().endswith((".", ")")) or len(line.strip()) >= 0.6 * width):
        return True
    if previous.rstrip().endswith((".", ":", ";", "!", "?", "]")) or \
            re.search(r"</\w+>\s*$", previous):
        return False
    stripped = line.strip()
    if len(stripped) < 0.6 * width and stripped[:1].isupper() and \
            not stripped.endswith((".", ",", ";", ")")):
        return False  # a heading under the paragraph, not the paragraph's last words
    ends_open = previous.rstrip().endswith((",", "-", "–", "(", "&", " and", " or"))
    if LIST_MARK_RE.match(previous) and stripped[:1].isupper() and not ends_open:
        return False  # a list line, then a new paragraph
    # the previous line is only as long as the page is wide: it went on below
    long_enough = len(previous) >= 0.7 * width
    return long_enough and (stripped[:1].islower() or len(previous) >= 0.85 * width or
                            ends_open)


def read_posting_file(path: str | Path) -> str:
    """Read a posting file into text. Raises PostingError / InputError with a clear message."""
    from packetizer.core.errors import InputError

    path = Path(path)
    if path.is_dir():
        raise InputError("is a folder, not a posting file.", path=path)
    try:
        if path.stat().st_size > MAX_POSTING_CHARS * 2:
            raise PostingError("is too large to be a posting (more than 5 MB of text).",
                               path=path)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file.", path=path) from exc
    except PermissionError as exc:
        raise InputError("cannot read this file (permission denied).", path=path) from exc
    except OSError as exc:
        raise InputError(f"cannot read this file ({exc.strerror or exc}).", path=path) from exc
    return posting_text_from_bytes(data, str(path))
