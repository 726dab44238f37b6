"""Export from the window: the export dialog, the export in the worker process with a progress
dialog whose Cancel stops it, and what the user is told when it is done or failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from packetizer.core.packet import set_export_options
from packetizer.gui import messages
from packetizer.gui.tasks import Task


class ExportActions(QObject):
    exported = Signal(object)  # the ExportResult (the first file's, for separate files), or None

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open = window.open_packet_state

    def default_export_path(self) -> Path:
        settings, path = self.open.settings, self.open.path
        folder = Path(settings.export_folder) if settings.export_folder else (
            path.parent if path else Path.home())
        return folder / f"{path.stem if path else 'application'}.pdf"

    def confirm_incomplete(self, report) -> bool:
        """Ask before exporting a packet with problems, naming them: True for Export Anyway;
        Review Problems shows the errors in the findings instead."""
        errors = report.errors if report is not None else []
        if errors:
            listed = "\n".join(f"• {f.message}" for f in errors[:6])
            more = len(errors) - 6
            if more > 0:
                listed += "\n" + self.tr("… and {0} more.").format(more)
            text = self.tr("The check found these problems:\n{0}\n\nThe PDF would include only "
                           "what can be read and is attached.").format(listed)
        else:
            text = self.tr("The packet has not been checked yet. The PDF would include only "
                           "what can be read and is attached.")
        choice = messages.choose(
            self.window, self.tr("Export an incomplete packet?"), text,
            [(self.tr("Export Anyway"), QMessageBox.ButtonRole.AcceptRole),
             (self.tr("Review Problems"), QMessageBox.ButtonRole.RejectRole)],
            QMessageBox.Icon.Warning)
        if choice == 0:
            return True
        panel = self.window.findings_panel
        self.window.side_tabs.setCurrentWidget(panel)
        if errors:
            panel.severity.setCurrentIndex(panel.severity.findData("error"))
            panel.select_finding(errors[0])
        return False

    def choose_export(self) -> None:
        if self.open.packet is None:
            return
        report, force = self.open.report, False
        if report is None or report.errors:
            if not self.confirm_incomplete(report):
                return
            force = True
        from packetizer.gui.dialogs import ExportDialog

        dialog = ExportDialog(self.window, self.open.packet.export_options,
                              self.default_export_path())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_export_options(dialog.options(self.open.packet.export_options))
        mode, target = dialog.target()
        if mode == "separate":
            self.export_separate_to(target, force=force)
        else:
            self.export_to(target, force=force)

    def apply_export_options(self, options) -> None:
        """Export settings belong to the packet: a change is an (undoable) edit."""
        self.open.edit(self.tr("Export settings"), set_export_options, options)

    def export_to(self, target: Path, force: bool = False) -> Task:
        """One merged PDF, in the worker, cancellable."""

        def finished(result) -> None:
            self.window.statusBar().showMessage(
                self.tr("Exported {0} ({1} pages)").format(Path(result.path).name,
                                                           result.page_count), 8000)
            # the exported packet in the preview, bookmarks and all
            self.window.preview.show_pdf(result.path, self.tr("Exported: {0}").format(
                Path(result.path).name))
            self._record()
            self.exported.emit(result)
            self._done(Path(result.path), self._shrink_notes([result]) + result.profile_notes)

        return self._run(target, force, False, finished)

    def export_separate_to(self, folder: Path, force: bool = False) -> Task:
        """Separate files for upload portals, in the worker, cancellable."""

        def finished(results) -> None:
            self.window.statusBar().showMessage(
                self.tr("Exported {0} files to {1}").format(len(results), folder), 8000)
            self._record()
            self.exported.emit(results[0] if results else None)
            self._done(folder, self._shrink_notes(results) +
                       sorted({n for r in results for n in r.profile_notes}))

        return self._run(folder, force, True, finished)

    def _record(self) -> None:
        import datetime as dt

        self.open.record_export(dt.date.today().isoformat())

    def _shrink_notes(self, results) -> list[str]:
        """"cv.pdf: images resampled to fit its size limit, 8.1 MB → 1.7 MB …"."""
        return [self.tr("{0}: images resampled to fit its size limit ({1})").format(
            Path(r.path).name, r.shrunk.note) for r in results if r.shrunk]

    def _run(self, target: Path, force: bool, separate: bool, on_result) -> Task:
        task = self.open.export(target, force=force, separate=separate)
        return messages.follow_task(
            self.window, task, "exportProgress", self.tr("Export"), self.tr("Exporting…"),
            on_result, self.tr("Export cancelled; nothing was written."),
            self.tr("Export failed"), on_fail=lambda _exc: self.exported.emit(None))

    def _done(self, path: Path, notes: list[str] | None = None) -> None:
        if self.window.property("quietExport"):
            return
        text = self.tr("Wrote {0}.").format(path)
        if notes:
            text += "\n\n" + "\n".join(f"• {note}" for note in notes)
        clicked = messages.choose(
            self.window, self.tr("Export finished"), text,
            [(self.tr("Open PDF") if path.suffix == ".pdf" else self.tr("Open Folder"),
              QMessageBox.ButtonRole.AcceptRole),
             (self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole),
             (self.tr("Close"), QMessageBox.ButtonRole.RejectRole)],
            QMessageBox.Icon.Information)
        if clicked == 0:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif clicked == 1:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
