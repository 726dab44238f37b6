"""One hierarchy for every error a user can cause or meet: every error class Packetizer raises.

Each error carries a message written for the user (naming the file) and, where we know it, what
to do about it. The CLI prints `str(error)` on one line; the app shows it through its one error
dialog. Code that must tell errors apart tests `code` (or the class), never the message text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class PacketizerError(Exception):
    """Base of every error Packetizer raises on purpose."""

    code = "error"  # a stable word per kind of error; subclasses and raisers set their own

    def __init__(self, message: str, *, path: str | Path | None = None, fix: str = "",
                 code: str = "") -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.fix = fix
        if code:
            self.code = code
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.fix:
            text = f"{text} {self.fix}"
        return text

    def __reduce__(self):
        # errors travel from the worker process to the app; subclasses have other __init__s
        return _rebuild, (type(self), self.__dict__.copy())


def _rebuild(cls, state: dict) -> PacketizerError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error.__str__())
    return error


class InputError(PacketizerError):
    """A file or argument the user gave cannot be used (missing, a folder, empty, wrong type)."""

    code = "input"


class PageSelectionError(InputError, ValueError):
    """A page selection such as "1-3,5" that is malformed or goes past the last page."""

    code = "page-selection"


class PdfError(InputError):
    """A PDF that cannot be read. `code`: "password" (needs one), "encryption" (a method we
    cannot open), "damaged" (corrupt or cut short)."""

    code = "damaged"


class DamagedDocument(PdfError):
    """A document that opened but broke while being copied into the packet."""

    def __init__(self, doc: Any, exc: Exception) -> None:
        self.doc = doc
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        super().__init__(f"is damaged inside ({detail}), so it cannot be put in the packet.",
                         path=doc.path, fix="Export it again from the program that made it, "
                         "or remove it (export --force leaves it out).")


class ConversionError(InputError):
    """A file could not be converted to PDF; code "converter-missing" when LibreOffice is
    absent, else "conversion-failed"."""

    code = "conversion-failed"

    def __init__(self, message: str, *, path=None, fix: str = "",
                 missing_converter: bool = False) -> None:
        super().__init__(message, path=path, fix=fix,
                         code="converter-missing" if missing_converter else "")

    @property
    def missing_converter(self) -> bool:
        return self.code == "converter-missing"


class FormatError(InputError):
    """A packet or settings file that is malformed, truncated or from a newer version
    (code "newer-version")."""

    code = "format"


class PostingError(InputError):
    """A posting that cannot be read: empty, binary, too large, unknown encoding."""

    code = "posting"


class OcrError(InputError):
    """Text recognition cannot run (OCRmyPDF or Tesseract missing) or failed on a file."""

    code = "ocr"


class ExportError(PacketizerError):
    """The packet could not be written; nothing was left behind."""

    code = "export"


class IncompletePacket(ExportError):
    """The packet has errors; exporting anyway needs `force`."""

    code = "incomplete"

    def __init__(self, report: Any) -> None:
        self.report = report
        count = len(report.errors)
        super().__init__(
            f"the packet is not ready: {count} problem{'s' if count != 1 else ''} "
            "(see `packetizer check`).",
            fix="Fix them, or export anyway with --force.",
        )


class Cancelled(PacketizerError):
    """The user cancelled a long operation."""

    code = "cancelled"

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)


class WorkerCrash(PacketizerError):
    """An error in the worker process that is not one of ours, carried back as text (or the
    worker process itself stopped)."""

    code = "worker"
