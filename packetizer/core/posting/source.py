"""Get a posting's text from a file or stdin: plain text, Markdown, HTML or a PDF's text layer."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from packetizer.core.errors import PostingError
from packetizer.core.posting.reader import MAX_POSTING_CHARS, decode_posting_bytes

_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "section", "article", "header", "footer", "table", "dt", "dd", "blockquote", "pre"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, with headings and list items on lines of their own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "li":
            self.parts.append("\n - ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [line.strip() if not line.startswith(" - ") else line.rstrip()
                 for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


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

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PostingError("is a password-protected PDF.", path=name,
                               fix="Save a copy without a password, or paste the text.")
        text = "\n".join(page.extract_text() or "" for page in reader.pages[:50])
    except PostingError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise PostingError("cannot be read as a PDF: it is damaged.", path=name) from exc
    if not text.strip():
        raise PostingError("has no text layer (it is a scan).", path=name,
                           fix="Paste the posting's text instead.")
    return text


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
