"""Work-arounds for bugs in the Qt bindings we ship with, each with the probe that detects it.

PySide6 6.12.0: every `signal.emit()` made from Python hands back `True` without the reference
it owes, so each emit takes one reference away from the `True` object. On Python 3.12 and newer
`True` is immortal and nothing happens; on 3.11 the interpreter aborts ("bool_dealloc:
deallocating True or False") after some hundreds to thousands of emits: the app dies during an
export's progress, a test run at exit. PySide6-Pdf is only published for 6.12.0 and requires
exactly that PySide6, so we cannot step back; instead, where the probe sees the bug, `True` gets
a reference count no run can use up (2**40 emits), as 3.12 does for every such object.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
_SPARE_REFERENCES = 1 << 40
_guarded = False


def emit_loses_a_reference() -> bool:
    """True when emitting a signal from Python costs `True` a reference (the bug)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = sys.getrefcount(True) < before
    probe.deleteLater()
    return lost


def guard_against_lost_references() -> bool:
    """Apply the work-around once, where it is needed; True when it was applied."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _guarded
    if emit_loses_a_reference():
        ctypes.c_ssize_t.from_address(id(True)).value += _SPARE_REFERENCES
        _guarded = True
        import PySide6

        log.info("PySide6 %s loses a reference on every emit; True was given spare ones",
                 PySide6.__version__)
    return _guarded
