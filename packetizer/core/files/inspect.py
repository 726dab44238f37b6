"""Facts about one file on disk: what it really is, its hash, whether it opens, its pages.

Detection is by content, never by extension, so a Word file renamed `.pdf` is called what it is.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from packetizer.core.progress import CancelToken

log = logging.getLogger(__name__)

# what a detected type is called in messages
TYPE_NAMES = {
    "pdf": "a PDF",
    "docx": "a Word document (.docx)",
    "odt": "an OpenDocument text file (.odt)",
    "zip": "a ZIP archive",
    "ole": "an old-style Office file (.doc/.xls)",
    "rtf": "an RTF document",
    "html": "a web page (HTML)",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "tiff": "a TIFF image",
    "text": "a plain text file",
    "empty": "an empty file",
    "unknown": "a file of unknown type",
}


@dataclass
class FileFacts:
    """What we found out about a file. `problem` is empty when it can go into a packet."""

    path: str
    exists: bool = False
    is_dir: bool = False
    size: int = 0
    sha256: str = ""
    file_type: str = "unknown"
    encryption: str = ""  # "", "owner" (opens, restrictions only) or "user" (needs a password)
    page_count: int = 0
    problem: str = ""
    fix: str = ""
    converted_from: str = ""  # the file's real type when we made a PDF of it ("docx", "png", …)
    pdf_path: str = ""  # the PDF that is read for this file: the file itself or its conversion
    converter_missing: bool = False

    @property
    def usable(self) -> bool:
        return not self.problem


def sniff_type(head: bytes, path: Path | None = None) -> str:
    """The file's real type from its first bytes (and, for ZIPs, its member names)."""
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if path is not None:
            try:
                with zipfile.ZipFile(path) as archive:
                    names = set(archive.namelist()[:2000])
                    if "word/document.xml" in names:
                        return "docx"
                    if "mimetype" in names:
                        mime = archive.read("mimetype")[:100]
                        if b"opendocument.text" in mime:
                            return "odt"
            except (zipfile.BadZipFile, OSError, KeyError):
                pass
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:200]:
        return "html"
    try:
        head[:4096].decode("utf-8")
        if b"\x00" not in head:
            return "text"
    except UnicodeDecodeError:
        pass
    return "unknown"


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_pdf(path: str | Path):
    """Open a PDF with pypdf, decrypting owner-password-only files. Raises PdfError."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    from packetizer.core.errors import PdfError

    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except DependencyError as exc:
                raise PdfError(
                    "is encrypted with a method this installation cannot open.",
                    path=path, fix="Save an unencrypted copy and attach that.",
                ) from exc
            if not ok:
                raise PdfError(
                    "is protected with a password.",
                    path=path,
                    fix="Open it in your PDF viewer, save a copy without a password, "
                    "and attach that copy.",
                )
        len(reader.pages)
    except PdfError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, AssertionError, OSError, zlib.error) as exc:
        raise PdfError(
            "cannot be read as a PDF: it is damaged or cut short.",
            path=path,
            fix="Export it again from the program that made it.",
        ) from exc
    return reader


def inspect_file(path: str | Path, readers: dict | None = None,
                 cancel: CancelToken | None = None) -> FileFacts:
    """Look at a file and say what it is and whether it can go into the packet as a PDF.

    Word, OpenDocument, RTF, text and image files are converted (see core.convert; cached).
    With `readers`, the opened PDF is kept there by the file's path, so one operation (an
    export) opens each file once."""
    from packetizer.core.errors import PdfError
    from packetizer.core.files.convert import ConversionError, converter_for, to_pdf

    path = Path(path)
    facts = FileFacts(path=str(path))
    if path.is_dir():
        facts.exists = True
        facts.is_dir = True
        facts.problem = "is a folder, not a file."
        facts.fix = "Attach the files inside it instead."
        return facts
    try:
        facts.size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(2048)
        facts.exists = True
        facts.sha256 = file_sha256(path)
    except FileNotFoundError:
        facts.problem = "the file is missing (moved, renamed or deleted)."
        facts.fix = "Attach it again from its new place."
        return facts
    except PermissionError:
        facts.exists = True
        facts.problem = "cannot be read (permission denied)."
        facts.fix = "Check the file's permissions."
        return facts
    except OSError as exc:
        facts.problem = f"cannot be read ({exc.strerror or exc})."
        return facts

    facts.file_type = sniff_type(head, path)
    pdf_path = path
    if facts.file_type != "pdf" and converter_for(facts.file_type, path):
        try:
            pdf_path = to_pdf(path, facts.file_type, facts.sha256, cancel=cancel)
            facts.converted_from = facts.file_type
        except ConversionError as exc:
            facts.problem, facts.fix = exc.message, exc.fix
            facts.converter_missing = exc.missing_converter
            return facts
    elif facts.file_type != "pdf":
        facts.problem = (
            "is empty (0 bytes)." if facts.file_type == "empty"
            else f"is not a PDF: it is {TYPE_NAMES[facts.file_type]}."
        )
        facts.fix = (
            "Export it as PDF from the program that made it and attach the PDF."
            if facts.file_type != "empty" else "Attach the real file."
        )
        if path.suffix.lower() == ".pdf" and facts.file_type not in ("empty", "unknown"):
            facts.problem = (
                f"is named .pdf but is really {TYPE_NAMES[facts.file_type]}."
            )
        return facts
    facts.pdf_path = str(pdf_path)
    try:
        reader = open_pdf(pdf_path)
        if readers is not None:
            readers[str(path)] = reader
        if reader.is_encrypted:
            facts.encryption = "owner"
        facts.page_count = len(reader.pages)
    except PdfError as exc:
        facts.problem = exc.message
        facts.fix = exc.fix
        if "password" in exc.message:
            facts.encryption = "user"
        return facts
    if facts.page_count == 0:
        facts.problem = "has no pages."
        facts.fix = "Export it again from the program that made it."
    return facts
