"""The packet the app has open: the packet, its file, the undo stack, autosave and re-checking.

No widgets here, so tests drive it directly (with `gui.tasks.synchronous()` nothing waits).
Every change goes through `edit(description, core_function, …)`: the core function changes the
packet (the same function the CLI calls), and the change becomes one undoable step, marks the
packet modified and schedules a check. Work that reads files runs in the worker process first.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from packetizer.core.appdata.settings import Settings
from packetizer.core.check import CheckReport, check_packet
from packetizer.core.errors import PacketizerError
from packetizer.core.export import export_packet, export_separate
from packetizer.core.model import Packet
from packetizer.core.packet import (
    AttachResult,
    add_documents,
    find_document,
    find_requirement,
    make_document,
    packet_from_dict,
    packet_to_dict,
    read_files,
    replace_file,
    save_packet,
)
from packetizer.core.packet.autosave import (
    Recovery,
    autosave_path,
    new_session,
    remove_autosave,
    write_autosave,
)
from packetizer.core.packet.bundle import write_bundle
from packetizer.gui.tasks import Task, TaskList, run

log = logging.getLogger(__name__)

AUTOSAVE_MS = 60_000
RECHECK_MS = 150  # edits in a row are checked once


class OpenPacket(QObject):
    loaded = Signal()  # another packet (or none) is open
    saved = Signal()  # the packet was saved (perhaps under a new name)
    changed = Signal()  # the packet's content changed: an edit, an undo or a redo
    postingChanged = Signal()  # the posting itself changed (opened, read again, undone)
    checked = Signal(object)  # the CheckReport, after each check
    attached = Signal(object)  # the AttachResult, once its documents are in the packet
    modifiedChanged = Signal(bool)
    problem = Signal(object, str)  # an error and a title, for the window's one error path
    status = Signal(str, int)  # a status-bar message and how long to show it (ms; 0: until next)

    def __init__(self, settings: Settings, parent: QObject | None = None,
                 autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.settings = settings
        self.packet: Packet | None = None
        self.path: Path | None = None
        self.report: CheckReport | None = None
        self.modified = False
        self.tasks = TaskList()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._snapshot: dict | None = None
        self._check_generation = 0
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck_timer.timeout.connect(self.recheck)
        # unsaved changes are written to the data folder every minute (see core.packet.autosave)
        self._session = new_session()
        self._autosave_file: Path | None = None
        self._autosave_timer = QTimer(self, interval=autosave_ms)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()

    # --- opening, saving, closing --------------------------------------------------------------

    def load(self, packet: Packet | None, path: Path | None) -> None:
        """Open `packet` (from `path`, or untitled when None)."""
        self.drop_autosave()
        self.packet, self.path, self.report = packet, path, None
        self.undo_stack.clear()
        self._snapshot = packet_to_dict(packet) if packet is not None else None
        self._set_modified(packet is not None and path is None)
        self.loaded.emit()
        self.postingChanged.emit()
        self.changed.emit()
        self.recheck()

    def save(self, path: Path) -> None:
        """Save to `path` (atomically, with a .bak). Raises PacketizerError."""
        save_packet(self.packet, path)
        self.drop_autosave()
        self.path = path
        self.undo_stack.setClean()
        self._set_modified(False)
        self.saved.emit()

    def record_export(self, day: str) -> None:
        """An export made today, recorded in the packet for the season (and so its export
        can be found out of date later). A record, not an edit: no undo step; saved at once
        when the packet has no unsaved changes, else with them."""
        if self.packet is None:
            return
        self.packet.record_export(day)
        self._snapshot = packet_to_dict(self.packet)
        if self.path is not None and not self.modified:
            try:
                self.save(self.path)
            except PacketizerError as exc:  # a read-only packet: the export still stands
                log.info("could not record the export: %s", exc)

    def recover(self, recovery: Recovery) -> None:
        """Open what an autosave kept after a crash; it stays modified until saved."""
        self.load(recovery.packet, Path(recovery.original) if recovery.original else None)
        remove_autosave(recovery.path)
        self.undo_stack.resetClean()  # differs from the file on disk until saved
        self._sync_modified()
        self.autosave()  # the recovered changes are safe again at once

    def forget_changes(self) -> None:
        """Treat the packet as saved (quitting without a question: smoke tests, tools)."""
        self.undo_stack.setClean()
        self._set_modified(False)

    def close(self) -> None:
        """The window closes (changes saved or discarded): stop work, drop the autosave."""
        self.tasks.cancel_all()
        self._recheck_timer.stop()
        self.drop_autosave()

    # --- autosave ------------------------------------------------------------------------------

    def autosave(self) -> None:
        """Write unsaved changes to the autosave folder (quick: a small JSON file)."""
        if self.packet is None or not self.modified:
            return
        target = autosave_path(self.path, self._session)
        if self._autosave_file is not None and self._autosave_file != target:
            remove_autosave(self._autosave_file)
        try:
            write_autosave(self.packet, self.path, target)
        except PacketizerError as exc:  # a full disk must not interrupt the user's work
            self.status.emit(self.tr("Autosave failed: {0}").format(exc), 8000)
            return
        self._autosave_file = target

    def drop_autosave(self) -> None:
        if self._autosave_file is not None:
            remove_autosave(self._autosave_file)
            self._autosave_file = None

    # --- edits and undo ------------------------------------------------------------------------

    def edit(self, description: str, change: Callable[..., Any], *args, **kwargs) -> Any:
        """Apply `change(packet, *args, **kwargs)` (a core edit) as one undoable step; returns
        what it returns. An edit that changes nothing leaves no step."""
        result = change(self.packet, *args, **kwargs)
        self._record(description)
        return result

    def _record(self, description: str) -> None:
        after = packet_to_dict(self.packet)
        if self._snapshot is not None and after != self._snapshot:
            self.undo_stack.push(_PacketEdit(self, description or self.tr("Edit"),
                                             self._snapshot, after))
        self._snapshot = after
        self.changed.emit()
        self._sync_modified()
        self._recheck_timer.start()

    def restore(self, data: dict) -> None:
        """Undo and redo: make the packet what it was (a copy of the recorded state)."""
        base = self.path or Path.cwd() / "untitled.packet"
        self.packet = packet_from_dict(copy.deepcopy(data), base)
        self._snapshot = data
        self.report = None
        self.postingChanged.emit()
        self.changed.emit()
        self._sync_modified()
        self._recheck_timer.start()

    def _clean_changed(self, _clean: bool) -> None:
        from shiboken6 import isValid

        if isValid(self.undo_stack):  # also emitted while the object is being destroyed
            self._sync_modified()

    def _sync_modified(self) -> None:
        """Modified: an untitled packet, or edits since the last save (undo can return to it)."""
        self._set_modified(self.packet is not None and (
            self.path is None or not self.undo_stack.isClean()))

    def _set_modified(self, value: bool) -> None:
        if value != self.modified:
            self.modified = value
            self.modifiedChanged.emit(value)

    # --- checking ------------------------------------------------------------------------------

    def recheck(self) -> Task | None:
        """Check the packet in the worker process; a newer check makes an older one moot."""
        if self.packet is None:
            return None
        self._check_generation += 1
        generation, packet = self._check_generation, self.packet
        self.status.emit(self.tr("Checking…"), 0)

        def done(report: CheckReport) -> None:
            if generation != self._check_generation or packet is not self.packet:
                return  # a newer check is on its way
            self.report = report
            self.checked.emit(report)  # the window shows its summary in the status bar

        return self.tasks.add(run(check_packet, (packet,), {"paper": self.settings.paper_size},
                                  on_done=done, on_error=lambda exc: self.problem.emit(exc, ""),
                                  owner=self))

    # --- edits that read files first (in the worker process) ------------------------------------

    def attach(self, requirement_id: str, files: list[str], on_progress=None) -> Task:
        """Read the files off the UI thread, then add the good ones (one undoable step) and
        announce `attached(result)`; the task's `failed` says when reading failed as a whole
        (cancelled). Raises PacketizerError for an unknown item."""
        packet = self.packet
        req = find_requirement(packet, requirement_id)

        def done(result: AttachResult) -> None:
            if packet is not self.packet:
                return
            docs = result.documents
            if docs:
                what = Path(docs[0].path).name if len(docs) == 1 else \
                    self.tr("{0} files").format(len(docs))
                self.edit(self.tr("Attach {0}").format(what), add_documents, docs)
            self.attached.emit(result)

        return self.tasks.add(run(read_files, (files, req.id),
                                  {"paper": self.settings.paper_size}, on_done=done,
                                  on_progress=on_progress, owner=self))

    def replace(self, doc_id: str, path: str) -> Task:
        """Another file in a document's place (same item, title and position)."""
        packet = self.packet
        doc = find_document(packet, doc_id)

        def done(new) -> None:
            if packet is not self.packet or packet.document(doc_id) is None:
                return
            self.edit(self.tr("Replace with {0}").format(Path(new.path).name), replace_file,
                      doc_id, new)

        return self.tasks.add(run(make_document, (path, doc.requirement_id),
                                  {"title": doc.title, "paper": self.settings.paper_size},
                                  on_done=done, on_error=lambda exc: self.problem.emit(exc, ""),
                                  owner=self))

    # --- writing files (in the worker process) ---------------------------------------------

    def export(self, target: Path, force: bool = False, separate: bool = False) -> Task:
        """One merged PDF at `target`, or (`separate`) one file per item in folder `target`.
        The caller connects to the task for progress, the result and failure."""
        function = export_separate if separate else export_packet
        return self.tasks.add(run(function, (self.packet, target),
                                  {"force": force, "paper": self.settings.paper_size},
                                  owner=self))

    def export_bundle(self, target: Path) -> Task:
        """The saved packet and copies of its documents in one .packetz file."""
        return self.tasks.add(run(write_bundle, (self.path, target), owner=self))


class _PacketEdit(QUndoCommand):
    """One edit of the packet, as the packet's data before and after it."""

    def __init__(self, owner: OpenPacket, text: str, before: dict, after: dict) -> None:
        super().__init__(text)
        self.owner, self.before, self.after = owner, before, after
        self._applied = True  # pushed after the edit was made: the first redo does nothing

    def undo(self) -> None:
        self.owner.restore(self.before)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.owner.restore(self.after)
