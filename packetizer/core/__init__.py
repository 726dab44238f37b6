"""Packetizer's core: no Qt, no printing, no exiting. The pipeline, one subpackage a step:

    posting/  a posting's text → Posting with its checklist (Requirements)
    files/    a user's file → FileFacts (what it is, a PDF made from it, what is on its pages)
    check/    Packet + facts → CheckReport (findings with evidence and fix; item statuses)
    export/   Packet → one merged, bookmarked PDF, or one PDF per item
    packet/   the .packet file and every edit of it; autosave; bundles
    reports/  text, JSON-ready and HTML reports
    appdata/  paths, settings, portal profiles, atomic files, the log

and beside them model (the dataclasses and the vocabulary), errors (every error class), progress
(progress callbacks, cancel tokens), names (safe file names), batch (career offices), demo (the
sample packet) and worker (the app's worker process).

The CLI and the app import from the steps' public faces, e.g. `from packetizer.core.check import
check_packet`, or the most used names from here (loaded on first use, so importing one step
does not import them all).
"""

from __future__ import annotations

import importlib

_FACES = {
    "read_posting": "posting", "read_posting_file": "posting",
    "inspect_file": "files", "ReaderCache": "files", "FileFacts": "files",
    "check_packet": "check", "CheckReport": "check", "Finding": "check",
    "export_packet": "export", "export_separate": "export", "ExportResult": "export",
    "new_packet": "packet", "load_packet": "packet", "save_packet": "packet",
    "attach": "packet", "detach": "packet",
    "format_check": "reports", "check_to_dict": "reports",
    "PacketizerError": "errors", "Cancelled": "errors",
    "CancelToken": "progress",
}

__all__ = sorted(_FACES)


def __getattr__(name: str):
    step = _FACES.get(name)
    if step is None:
        raise AttributeError(f"module 'packetizer.core' has no attribute {name!r}")
    return getattr(importlib.import_module(f"packetizer.core.{step}"), name)
