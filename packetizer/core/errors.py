"""One hierarchy for every error a user can cause or meet.

Each error carries a message written for the user (naming the file) and, where we know it, what
to do about it. The CLI prints `str(error)` on one line; the app shows it in a dialog or finding.
"""

from __future__ import annotations

from pathlib import Path


class PacketizerError(Exception):
    """Base of every error Packetizer raises on purpose."""

    def __init__(self, message: str, *, path: str | Path | None = None, fix: str = "") -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.fix = fix
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


class PdfError(InputError):
    """A PDF that cannot be read: corrupt, truncated, encrypted with a password."""


class FormatError(InputError):
    """A packet or settings file that is malformed, truncated or from a newer version."""


class PostingError(InputError):
    """A posting that cannot be read: empty, binary, too large, unknown encoding."""


class ExportError(PacketizerError):
    """The packet could not be written; nothing was left behind."""


class Cancelled(PacketizerError):
    """The user cancelled a long operation."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
