"""Logging to a rotating file in the log dir; `--debug` also logs to stderr."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from packetizer.core.appdata import paths

LOG_NAME = "packetizer.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(debug: bool = False) -> None:
    """Our log and pypdf's go to the log file (pypdf's complaints about damaged files would
    otherwise reach stderr through Python's last-resort handler, breaking the one-line rule)."""
    root = logging.getLogger("packetizer")
    if getattr(root, "_packetizer_configured", False):
        return
    root.setLevel(logging.DEBUG)
    pypdf_log = logging.getLogger("pypdf")
    pypdf_log.propagate = False
    pypdf_log.addHandler(logging.NullHandler())
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(fmt)
        handler.setLevel(logging.INFO)
        root.addHandler(handler)
        pypdf_log.addHandler(handler)
    except OSError:
        pass  # a read-only home must not stop the program
    if debug:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(fmt)
        stream.setLevel(logging.DEBUG)
        root.addHandler(stream)
        pypdf_log.addHandler(stream)
    root._packetizer_configured = True  # type: ignore[attr-defined]
