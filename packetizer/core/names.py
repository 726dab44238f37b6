"""The one safe-file-name function: names portals, zip readers and every file system accept."""

from __future__ import annotations

import re
import unicodedata


def safe_file_name(name: str, max_length: int = 64, *, extension: bool = True,
                   default: str = "document") -> str:
    """ASCII letters, digits, `_` and `-` only (accents folded, anything else becomes `_`),
    at most `max_length` characters with the extension kept. With `extension=False` the whole
    name is one stem (a person's "J. Smith" stays one word)."""
    stem, dot, ext = name.rpartition(".") if extension else ("", "", "")
    if not dot:
        stem, ext = name, ""
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_-") or default
    ext = re.sub(r"[^A-Za-z0-9]", "", ext)[:5]
    room = max_length - (len(ext) + 1 if ext else 0)
    return f"{stem[:room]}.{ext}" if ext else stem[:room]
