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
    # the problem as a finding code: "file-missing", "not-a-file", "unreadable", "not-pdf",
    # "converter-missing", "conversion-failed", "encrypted", "no-pages", "damaged-inside"
    # ("" when usable)
    problem_code: str = ""
    converted_from: str = ""  # the file's real type when we made a PDF of it ("docx", "png", …)
    pdf_path: str = ""  # the PDF that is read for this file: the file itself or its conversion
    converter_missing: bool = False
    repaired_with: str = ""  # "qpdf" when the file was damaged and a repaired copy is used
    searchable: bool = False  # a copy made searchable with OCR is used (files.ocr)

    @property
    def usable(self) -> bool:
        return not self.problem

    @property
    def content_key(self) -> str:
        """What the facts read from the PDF (its text) are cached under: the file's hash, or
        its searchable copy's."""
        return f"{self.sha256}-searchable" if self.searchable and self.sha256 else self.sha256


class ReaderCache:
    """The PDFs one operation (a check and the export after it) has opened, by the file's path,
    so that each file is opened once. Holds pypdf readers; lives as long as the operation."""

    def __init__(self, paper: str = "auto") -> None:
        self.paper = paper  # what text and image files are converted on, for this operation
        self._by_path: dict[str, object] = {}

    def get(self, path: str | Path):
        return self._by_path.get(str(Path(path)))

    def put(self, path: str | Path, reader) -> None:
        self._by_path[str(Path(path))] = reader


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
                    path=path, fix="Save an unencrypted copy and attach that.", code="encryption",
                ) from exc
            if not ok:
                raise PdfError(
                    "is protected with a password.",
                    path=path,
                    fix="Open it in your PDF viewer, save a copy without a password, "
                    "and attach that copy.", code="password",
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


def _opened(path: Path | None):
    """A repaired copy opened, with its pages counted; None when there is none or it does not
    open either."""
    from packetizer.core.errors import PdfError

    if path is None:
        return None
    try:
        reader = open_pdf(path)
        return reader if len(reader.pages) else None
    except PdfError:
        return None


def _copyable(facts: FileFacts, reader, pdf_path: Path):
    """The reader to use when the file's pages can be copied into a packet: its own, or a
    repaired copy's; else `facts` says what is wrong (what export would fail on)."""
    from packetizer.core.files.repair import (
        copy_problem,
        qpdf_available,
        recovered_copy,
        repaired_copy,
        trial_copy,
    )

    problem = copy_problem(reader, facts.sha256)
    if not problem:
        return reader, pdf_path
    candidates = [] if facts.repaired_with else [
        (lambda: repaired_copy(pdf_path, facts.sha256), "qpdf"),
        # a page's content that does not decompress: what of it does, as viewers draw it
        (lambda: recovered_copy(pdf_path, facts.sha256), "Packetizer")]
    for make, tool in candidates:
        repaired = make()
        if repaired is None:
            continue
        try:
            fixed = open_pdf(repaired)
            if not trial_copy(fixed):
                facts.pdf_path, facts.repaired_with = str(repaired), tool
                return fixed, repaired
        except Exception as exc:  # the repair did not help: report the original's problem
            log.info("the repaired copy of %s does not help: %s", facts.path, exc)
    facts.problem = (f"is damaged inside ({problem[:120]}), so its pages cannot be copied "
                     "into the packet.")
    facts.fix = "Export it again from the program that made it" + (
        "." if qpdf_available() else ", or install qpdf, which can often repair such files.")
    facts.problem_code = "damaged-inside"
    return reader, pdf_path


def inspect_file(path: str | Path, readers: ReaderCache | None = None,
                 cancel: CancelToken | None = None, *, paper: str = "auto") -> FileFacts:
    """Look at a file and say what it is and whether it can go into the packet as a PDF.

    Word, OpenDocument, RTF, text and image files are converted (see files.convert; cached);
    text and images are laid out on `paper` ("letter", "a4", or "auto" for the system's
    country). With `readers`, the opened PDF is kept there, so one operation (a check and an
    export) opens each file once."""
    from packetizer.core.errors import ConversionError, PdfError
    from packetizer.core.files.convert import converter_for, to_pdf
    from packetizer.core.files.ocr import searchable_copy
    from packetizer.core.files.repair import rebuilt_copy, repaired_copy

    path = Path(path)
    facts = FileFacts(path=str(path))
    if path.is_dir():
        facts.exists = True
        facts.is_dir = True
        facts.problem = "is a folder, not a file."
        facts.fix = "Attach the files inside it instead."
        facts.problem_code = "not-a-file"
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
        facts.problem_code = "file-missing"
        return facts
    except PermissionError:
        facts.exists = True
        facts.problem = "cannot be read (permission denied)."
        facts.fix = "Check the file's permissions."
        facts.problem_code = "unreadable"
        return facts
    except OSError as exc:
        facts.problem = f"cannot be read ({exc.strerror or exc})."
        facts.problem_code = "file-missing"
        return facts

    facts.file_type = sniff_type(head, path)
    pdf_path = path
    if facts.file_type != "pdf" and converter_for(facts.file_type, path):
        try:
            pdf_path = to_pdf(path, facts.file_type, facts.sha256, paper=paper, cancel=cancel)
            facts.converted_from = facts.file_type
        except ConversionError as exc:
            facts.problem, facts.fix = exc.message, exc.fix
            facts.converter_missing = exc.missing_converter
            facts.problem_code = exc.code
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
        facts.problem_code = "not-pdf"
        if path.suffix.lower() == ".pdf" and facts.file_type not in ("empty", "unknown"):
            facts.problem = (
                f"is named .pdf but is really {TYPE_NAMES[facts.file_type]}."
            )
        return facts
    facts.pdf_path = str(pdf_path)
    searchable = searchable_copy(facts.sha256)
    if searchable is not None:  # made with `packetizer ocr`: its text layer is what is read
        pdf_path, facts.pdf_path, facts.searchable = searchable, str(searchable), True
    try:
        try:
            reader = open_pdf(pdf_path)
        except PdfError as exc:  # damaged: a repaired copy, where qpdf can make one, or one
            # with its page tree built anew (a looping or very deep tree)
            if exc.code in ("password", "encryption") or facts.converted_from:
                raise
            repaired, tool = repaired_copy(pdf_path, facts.sha256), "qpdf"
            reader = _opened(repaired)
            if reader is None:
                repaired, tool = rebuilt_copy(pdf_path, facts.sha256), "Packetizer"
                reader = _opened(repaired)
            if reader is None:
                raise
            pdf_path, facts.pdf_path, facts.repaired_with = repaired, str(repaired), tool
        if not facts.converted_from:
            reader, pdf_path = _copyable(facts, reader, pdf_path)
        if facts.problem:
            return facts
        if readers is not None:
            readers.put(path, reader)
        if reader.is_encrypted:
            facts.encryption = "owner"
        facts.page_count = len(reader.pages)
    except PdfError as exc:
        facts.problem = exc.message
        facts.fix = exc.fix
        facts.problem_code = "unreadable"
        if exc.code == "password":
            facts.encryption = "user"
            facts.problem_code = "encrypted"
        if facts.converted_from:  # the PDF we made does not open
            facts.problem_code = "conversion-failed"
        return facts
    if facts.page_count == 0:
        facts.problem = "has no pages."
        facts.fix = "Export it again from the program that made it."
        facts.problem_code = "conversion-failed" if facts.converted_from else "no-pages"
    return facts
