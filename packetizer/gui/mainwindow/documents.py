"""What the user does to documents in the window: attach, move, remove, replace a file, choose
pages, rotate, rename, open. Each asks what it needs (a file dialog, a page selection), then
makes the change through the open packet with the core edit the CLI uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from packetizer.core.errors import Cancelled, PacketizerError, PageSelectionError
from packetizer.core.files.ocr import make_file_searchable
from packetizer.core.files.pages import arranged_copy
from packetizer.core.model import parse_page_selection
from packetizer.core.packet import (
    AttachResult,
    arrange_pages,
    detach,
    move_document,
    rename_document,
    rotate_document,
)
from packetizer.gui import messages
from packetizer.gui.tasks import Task, run

DOCUMENT_FILTER = ("Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.png *.jpg *.jpeg "
                   "*.tif *.tiff);;PDF (*.pdf);;Word and OpenDocument (*.docx *.doc *.odt *.rtf)"
                   ";;Text (*.txt *.md);;Images (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")


class DocumentActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open = window.open_packet_state
        self.open.attached.connect(self._attached)

    def _current(self):
        doc_id = self.window.checklist_panel.current_document_id()
        return self.open.packet.document(doc_id) if self.open.packet and doc_id else None

    # --- attach ----------------------------------------------------------------------------

    def choose_attachment(self) -> None:
        if self.open.packet is None:
            return
        req_id = self.window.checklist_panel.current_requirement_id()
        if not req_id:
            messages.inform(self.window, "Packetizer",
                            self.tr("Select a checklist item to attach files to."))
            return
        files, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Attach files"),
                                                self.window.files.start_folder(),
                                                DOCUMENT_FILTER)
        if files:
            self.window.files.remember_folder(files[0])
            self.attach_files(req_id, files)

    def attach_files(self, requirement_id: str, files: list[str]):
        """Read the files in the worker process (progress, Cancel), then add the good ones;
        each bad one is named in its own message."""
        if self.open.packet is None:
            return None
        dialog, progress = messages.progress_dialog(
            self.window, "attachProgress", self.tr("Attach"), self.tr("Reading the files…"))
        try:
            task = self.open.attach(requirement_id, files, on_progress=progress)
        except PacketizerError as exc:
            dialog.reset()
            messages.show_error(self.window, exc)
            return None
        task.finished.connect(lambda _result: dialog.reset())

        def failed(exc) -> None:
            dialog.reset()
            if isinstance(exc, Cancelled):
                self.window.statusBar().showMessage(self.tr("Attaching cancelled."), 5000)
            else:
                messages.show_error(self.window, exc)

        task.failed.connect(failed)
        dialog.canceled.connect(task.cancel)
        return task

    def _attached(self, result: AttachResult) -> None:
        if result.documents:
            self.window.checklist_panel.select("document", result.documents[-1].id)
        if result.problems:
            messages.show_errors(self.window, list(result.problems),
                                 self.tr("Cannot attach these files")
                                 if len(result.problems) > 1 else
                                 self.tr("Cannot attach this file"))

    # --- changes -----------------------------------------------------------------------------

    def move_document(self, doc_id: str, requirement_id: str, position: int = -1) -> None:
        """Put a document at `position` among an item's documents (-1: last); this is also
        the order in the exported packet."""
        packet = self.open.packet
        if packet is None or packet.document(doc_id) is None \
                or packet.posting.requirement(requirement_id) is None:
            return
        name = Path(packet.document(doc_id).path).name
        if self.open.edit(self.tr("Move {0}").format(name), move_document, doc_id,
                          requirement_id, position):
            self.window.checklist_panel.select("document", doc_id)

    def remove_selected(self) -> None:
        doc = self._current()
        if doc is not None:
            self.open.edit(self.tr("Remove {0}").format(Path(doc.path).name), detach, doc.id)

    def rename_document(self, title: str | None = None) -> None:
        """The document's bookmark title in the export (and its name in the checklist)."""
        doc = self._current()
        if doc is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(self.window, self.tr("Rename bookmark"),
                                             self.tr("Bookmark title in the packet:"),
                                             text=self.open.packet.document_title(doc))
            if not ok:
                return
        if title.strip():
            self.open.edit(self.tr("Rename {0}").format(Path(doc.path).name), rename_document,
                           doc.id, title)

    def select_pages(self, spec: str | None = None) -> bool:
        """Which pages of the document go into the packet, in which order ("3,1-2"; empty for
        all), and which are turned: the page picker (thumbnails to tick, drag and rotate), or
        `spec` as given."""
        doc = self._current()
        if doc is None:
            return False
        turns = dict(doc.page_rotations)
        if spec is None:
            from packetizer.gui.pages_dialog import PageSelectDialog

            report = self.open.report
            facts = report.facts.get(doc.id) if report else None
            pdf = facts.pdf_path if facts is not None and facts.pdf_path else doc.path
            dialog = PageSelectDialog(pdf, doc.page_count, doc.pages,
                                      self.open.packet.document_title(doc), self.window,
                                      turns=doc.page_rotations, document_turn=doc.rotation)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            text, turns = dialog.spec(), dialog.turns()
            dialog.deleteLater()  # its PDF and renderer go with it, not with the window
            if not accepted:
                return False
        else:
            text = spec
        try:
            parse_page_selection(text, doc.page_count)
        except PageSelectionError as exc:
            messages.show_error(self.window, exc)
            return False
        self.open.edit(self.tr("Select pages of {0}").format(Path(doc.path).name),
                       arrange_pages, doc.id, text, turns)
        self.preview_document(doc.id)
        return True

    def rotate_document(self) -> None:
        doc = self._current()
        if doc is not None:
            self.open.edit(self.tr("Rotate {0}").format(Path(doc.path).name), rotate_document,
                           doc.id, 90)
            self.preview_document(doc.id)

    def replace_document(self, path: str | None = None):
        """Another file in the same place: same item, title and position in the checklist."""
        doc = self._current()
        if doc is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Replace {0}").format(
                Path(doc.path).name), str(Path(doc.path).parent), DOCUMENT_FILTER)
            if not path:
                return None
        return self.open.replace(doc.id, path)

    def make_searchable(self) -> Task | None:
        """A scan's text recognised (OCR) in the worker, with progress and Cancel; check and
        export then read the searchable copy. The file itself is not changed."""
        doc = self._current()
        if doc is None:
            return None
        name = Path(doc.path).name
        task = self.open.tasks.add(run(make_file_searchable, (doc.path,),
                                       {"paper": self.open.settings.paper_size},
                                       owner=self.open))

        def finished(_copy) -> None:
            self.window.statusBar().showMessage(
                self.tr("{0} is searchable now; check and export use the searchable copy.")
                .format(name), 8000)
            self.open.recheck()

        return messages.follow_task(
            self.window, task, "ocrProgress", self.tr("Make Searchable"),
            self.tr("Recognising the text of {0}…").format(name), finished,
            self.tr("Text recognition stopped; nothing was changed."),
            self.tr("Could not make it searchable"))

    def refresh_document(self) -> None:
        """A file that changed since it was attached: take its new version."""
        doc = self._current()
        if doc is not None:
            self.replace_document(doc.path)

    # --- looking at it -------------------------------------------------------------------------

    def open_document(self) -> None:
        doc = self._current()
        if doc is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(doc.path))

    def show_document_folder(self) -> None:
        doc = self._current()
        if doc is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(doc.path).parent)))

    def preview_document(self, doc_id: str) -> bool:
        """Show a document in the preview: its PDF, or the PDF made from it."""
        packet, report = self.open.packet, self.open.report
        doc = packet.document(doc_id) if packet else None
        if doc is None:
            return False
        facts = report.facts.get(doc_id) if report else None
        pdf = facts.pdf_path if facts is not None and facts.pdf_path else doc.path
        if facts is not None and not facts.usable:
            self.window.preview.clear(self.tr("{0} cannot be shown: {1}").format(
                Path(doc.path).name, facts.problem))
            return False
        title = self.open.packet.document_title(doc)
        shown = self.window.preview.show_pdf(pdf, title)
        if shown and (doc.pages or doc.turned):
            self._preview_as_exported(doc, pdf, title)
        return shown

    def _preview_as_exported(self, doc, pdf: str, title: str) -> None:
        """Then, made in the worker, the pages that go into the packet, in their order and
        turned as the export turns them, in the preview instead."""
        try:
            indices = parse_page_selection(doc.pages, doc.page_count) if doc.pages else \
                list(range(doc.page_count))
        except PageSelectionError:
            return
        doc_id = doc.id

        def done(path: str) -> None:
            if self.window.checklist_panel.current_document_id() == doc_id:
                self.window.preview.show_pdf(path, self.tr("{0} — the pages that go in")
                                             .format(title))

        self.open.tasks.add(run(arranged_copy, (pdf, doc.sha256, indices,
                                                [doc.page_rotation(i) for i in indices]),
                                on_done=done, owner=self.open))
