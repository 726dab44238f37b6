"""Packets as files in the window: new (from a posting file or pasted text), open, the sample,
save, recent packets, crash recovery, bundles, and the review of a folder of packets."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from packetizer.core.appdata import paths
from packetizer.core.appdata.settings import save_settings
from packetizer.core.demo import run_demo
from packetizer.core.errors import PacketizerError
from packetizer.core.model import Applicant
from packetizer.core.packet import load_packet, new_packet
from packetizer.core.packet.autosave import find_recoveries, remove_autosave
from packetizer.core.packet.bundle import open_bundle
from packetizer.core.posting import materials_passage, read_posting_file
from packetizer.core.reports.text import passage_quote
from packetizer.gui import messages
from packetizer.gui.tasks import Task, run

log = logging.getLogger(__name__)

PACKET_FILTER = "Packets (*.packet);;All files (*)"
POSTING_FILTER = "Postings (*.txt *.md *.html *.htm *.pdf);;All files (*)"


class FileActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open = window.open_packet_state
        self.review_window = None

    # --- unsaved changes ---------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the user saved or discarded them."""
        if self.open.packet is None or not self.open.modified:
            return True
        name = self.open.path.name if self.open.path else self.tr("the untitled packet")
        answer = messages.ask_save(self.window,
                                   self.tr("Save the changes to {0} first?").format(name))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def close_packet(self) -> bool:
        """Back to the welcome page (File → Close Packet), once changes are saved or
        discarded."""
        if self.open.packet is None or not self.confirm_discard():
            return False
        self.open.close()
        self.open.load(None, None)
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave left behind. True when one was opened."""
        recoveries = find_recoveries()
        if not recoveries:
            return False
        newest = recoveries[0]
        name = Path(newest.original).name if newest.original else self.tr("an untitled packet")
        recover = messages.choose(
            self.window, self.tr("Recover unsaved changes?"),
            self.tr("Packetizer did not close properly last time. Unsaved changes to {0} from "
                    "{1} were kept.").format(name, newest.saved.replace("T", " ")[:16]),
            [(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole),
             (self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)]) == 0
        for other in recoveries[1:]:  # only the newest is offered; older ones are stale
            remove_autosave(other.path)
        if not recover:
            remove_autosave(newest.path)
            return False
        self.open.recover(newest)
        return True

    # --- new and open ------------------------------------------------------------------------

    def choose_file(self, title: str, filter_: str) -> str:
        path = QFileDialog.getOpenFileName(self.window, title, self.start_folder(), filter_)[0]
        self.remember_folder(path)
        return path

    def start_folder(self) -> str:
        """Where file dialogs open: the last folder used, else the packet's, else home."""
        stored = self.window.qsettings().value("lastFolder", "")
        if stored and Path(str(stored)).is_dir():
            return str(stored)
        if self.open.path is not None:
            return str(self.open.path.parent)
        return str(Path.home())

    def remember_folder(self, path: str) -> None:
        if path:
            folder = Path(path) if Path(path).is_dir() else Path(path).parent
            store = self.window.qsettings()
            store.setValue("lastFolder", str(folder))
            store.sync()

    def suggested_name(self) -> str:
        """A packet file name from the posting: "Northbridge Institute – Postdoc.packet"."""
        posting = self.open.packet.posting if self.open.packet else None
        parts = [p for p in (posting.organization, posting.title) if p] if posting else []
        name = " – ".join(parts)[:80].strip() or "application"
        return re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", name).strip() + ".packet"

    def choose_packet(self) -> None:
        path = self.choose_file(self.tr("Open packet"), PACKET_FILTER)
        if path:
            self.open_packet(path)

    def open_packet(self, path: str | Path) -> bool:
        if not self.confirm_discard():
            return False
        try:
            packet = load_packet(path)
        except PacketizerError as exc:
            messages.show_error(self.window, exc)
            return False
        self.remember(Path(path))
        self.open.load(packet, Path(path))
        return True

    def new_from_posting(self) -> None:
        path = self.choose_file(self.tr("Open the job posting"), POSTING_FILTER)
        if path:
            self.new_packet_from_file(path)

    def new_packet_from_file(self, posting_path: str | Path) -> bool:
        try:
            text = read_posting_file(posting_path)
        except PacketizerError as exc:
            messages.show_error(self.window, exc)
            return False
        return self.new_packet_from_text(text)

    def paste_posting(self) -> None:
        from packetizer.gui.dialogs import PastePostingDialog

        dialog = PastePostingDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.new_packet_from_text(dialog.text.toPlainText())

    def new_packet_from_text(self, text: str) -> bool:
        if not self.confirm_discard():
            return False
        settings = self.open.settings
        try:
            packet = new_packet(text, Applicant(settings.applicant_name,
                                                settings.applicant_email),
                                settings.footer_template)
        except PacketizerError as exc:
            messages.show_error(self.window, exc)
            return False
        self.open.load(packet, None)
        if not packet.posting.requirements:
            self._nothing_found(packet.posting.text)
        return True

    def _nothing_found(self, text: str) -> None:
        """Never silently empty: say so, show where the materials probably are, offer what
        to do."""
        passage = materials_passage(text)
        quoted = passage_quote(passage) if passage else ""
        body = self.tr("No application materials were found in this posting.")
        if quoted:
            body += "\n\n" + self.tr("The part most likely to list them:") + f"\n“{quoted}”"
        body += "\n\n" + self.tr("Add the items yourself, or paste just the “How to apply” "
                                 "part of the posting.")
        choice = messages.choose(
            self.window, self.tr("Nothing found"), body,
            [(self.tr("Add Item…"), QMessageBox.ButtonRole.AcceptRole),
             (self.tr("Paste the How-to-Apply Part…"), QMessageBox.ButtonRole.ActionRole),
             (self.tr("Close"), QMessageBox.ButtonRole.RejectRole)])
        if choice == 0:
            self.window.items.add_item()
        elif choice == 1:
            self.paste_posting()

    def open_sample(self) -> Task:
        """Make the sample packet (in the worker process) and open it."""
        self.window.statusBar().showMessage(self.tr("Making the sample packet…"))
        return self.open.tasks.add(run(
            run_demo, (paths.data_dir() / "sample",),
            on_done=lambda result: self.open_packet(result.packet_path),
            on_error=lambda exc: messages.show_error(self.window, exc), owner=self.window))

    def open_any(self, path: str) -> bool:
        """A packet file, or a bundle (unpacked into the data folder first)."""
        if Path(path).suffix == ".packetz":
            return self.open_bundle(Path(path))
        self.window.raise_()
        self.window.activateWindow()
        return self.open_packet(path)

    # --- save --------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.open.packet is None:
            return False
        if self.open.path is None:
            return self.save_as()
        return self.save_to(self.open.path)

    def save_as(self) -> bool:
        if self.open.packet is None:
            return False
        start = str(self.open.path or Path(self.start_folder()) / self.suggested_name())
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save packet"), start,
                                              PACKET_FILTER)
        if not path:
            return False
        self.remember_folder(path)
        if not path.endswith(".packet"):
            path += ".packet"
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            self.open.save(path)
        except PacketizerError as exc:
            messages.show_error(self.window, exc)
            return False
        self.remember(path)
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 4000)
        return True

    def remember(self, path: Path) -> None:
        """Put the packet at the top of the recent packets."""
        settings = self.open.settings
        settings.add_recent(path)
        try:
            save_settings(settings)
        except (OSError, PacketizerError) as exc:
            log.warning("cannot save settings: %s", exc)

    def fill_recent_menu(self, menu) -> None:
        menu.clear()
        recent = [p for p in self.open.settings.recent_packets or [] if Path(p).exists()]
        for number, path in enumerate(recent[:10], start=1):
            act = menu.addAction(f"&{number % 10} {Path(path).name}")
            act.setToolTip(path)
            act.triggered.connect(lambda _checked=False, p=path: self.open_packet(p))
        if not recent:
            menu.addAction(self.tr("No recent packets")).setEnabled(False)

    # --- bundles and the review of a folder --------------------------------------------------

    def choose_bundle(self) -> None:
        path = self.choose_file(self.tr("Open bundle"), self.tr("Packet bundles (*.packetz)"))
        if path:
            self.open_bundle(Path(path))

    def open_bundle(self, bundle: Path, folder: Path | None = None) -> bool:
        """Unpack a bundle into a new folder (default: under the data folder) and open it."""
        if folder is None:
            base = paths.data_dir() / "bundles" / bundle.stem
            folder, n = base, 2
            while folder.exists():
                folder, n = base.with_name(f"{base.name}-{n}"), n + 1
        try:
            packet_path = open_bundle(bundle, folder)
        except PacketizerError as exc:
            messages.show_error(self.window, exc, self.tr("Cannot open this bundle"))
            return False
        return self.open_packet(packet_path)

    def choose_export_bundle(self) -> None:
        if self.open.packet is None:
            return
        if self.open.path is None or self.open.modified:
            messages.inform(self.window, self.tr("Export bundle"),
                            self.tr("Save the packet first."))
            if not self.save():
                return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export bundle"), str(self.open.path.with_suffix(".packetz")),
            self.tr("Packet bundles (*.packetz)"))
        if path:
            self.export_bundle(Path(path))

    def export_bundle(self, target: Path) -> Task:
        task = self.open.export_bundle(target)
        task.finished.connect(lambda path: self.window.statusBar().showMessage(
            self.tr("Bundle written to {0}").format(path), 8000))
        task.failed.connect(lambda exc: messages.show_error(self.window, exc))
        return task

    def show_review(self, folder: Path | None = None):
        from packetizer.gui.review import ReviewWindow

        if self.review_window is None:
            self.review_window = ReviewWindow(self.window)  # its own window, closed with ours
            self.review_window.openRequested.connect(self.open_any)
        self.review_window.show()
        self.review_window.raise_()
        if folder is not None:
            self.review_window.review(Path(folder))
        else:
            self.review_window.choose_folder()
        return self.review_window
