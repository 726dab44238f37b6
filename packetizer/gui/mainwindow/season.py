"""The season, seen from the main window (issue 20): the overview window and what it asks
of the open packet (marking an outcome, a new application, a new version of a library
document), the due-soon notice at start, packets opened from elsewhere joining the workspace,
a document copied from another application, and the open packet's referees."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from packetizer.core.appdata.settings import save_settings
from packetizer.core.errors import PacketizerError
from packetizer.core.packet import load_packet
from packetizer.gui import messages
from packetizer.gui.mainwindow.files import POSTING_FILTER
from packetizer.gui.tasks import Task, run

log = logging.getLogger(__name__)


class SeasonActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open = window.open_packet_state
        self.files = window.files
        self.season_window = None
        self.open.loaded.connect(self._join)
        self.open.saved.connect(self._join)

    def workspace(self) -> Path:
        """The season's folder: the one chosen last, else the default in the documents
        folder."""
        from packetizer.core.appdata.paths import default_workspace

        return Path(self.window.settings.workspace or default_workspace())

    def _join(self) -> None:
        """A packet opened or saved outside the workspace joins it (it stays where it is)."""
        path, workspace = self.open.path, self.workspace()
        if path is None or not workspace.is_dir() or \
                path.resolve().is_relative_to(workspace.resolve()):
            return
        if self.window.settings.link_packet(workspace, path):
            self._save_settings()
            self.window.statusBar().showMessage(
                self.tr("{0} was added to the season in {1}.").format(path.name, workspace),
                8000)

    def _save_settings(self) -> None:
        try:
            save_settings(self.window.settings)
        except (OSError, PacketizerError) as exc:  # remembered for this run, then
            log.warning("could not save the settings: %s", exc)

    def show_season(self, folder: Path | None = None):
        """The season overview of a folder of applications: the one given, the one shown last
        time, or one the user chooses."""
        from packetizer.gui.season_window import SeasonWindow

        if self.season_window is None:
            self.season_window = SeasonWindow(self.window)  # its own window, closed with ours
            self.season_window.openRequested.connect(self.files.open_packet)
            self.season_window.markRequested.connect(self.mark_applications)
            self.season_window.listed.connect(self._remember_workspace)
            self.season_window.newRequested.connect(
                lambda path: self.new_application(path or None))
            self.season_window.pasteRequested.connect(lambda: self.new_application(pasted=""))
            self.season_window.updateRequested.connect(self.update_document)
            self.season_window.leaveOutRequested.connect(self.leave_out)
            self.season_window.reviewRequested.connect(self.files.show_review)
        self.season_window.show()
        self.season_window.raise_()
        from packetizer.core.appdata.paths import default_workspace

        folder = Path(folder) if folder else self.workspace()
        settings = self.window.settings
        if not folder.is_dir() and folder != default_workspace():
            # a workspace moved or deleted since: never made again where it was
            settings.workspaces = [p for p in settings.workspaces if Path(p) != folder]
            settings.workspace = ""
            self._save_settings()
            messages.inform(self.window, "Packetizer", self.tr(
                "The folder of applications {0} is not there any more. Choose where it is "
                "now.").format(folder))
            self.season_window.choose_folder(folder.parent if folder.parent.is_dir() else None)
            return self.season_window
        try:  # the default workspace is made the first time the season is shown
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            messages.show_error(self.window, exc)
            self.season_window.choose_folder(self.open.path.parent if self.open.path else None)
            return self.season_window
        self.season_window.set_workspaces(settings.workspaces or [str(folder)])
        self.season_window.show_workspace(folder)
        return self.season_window

    def new_application(self, posting_path: str | Path | None = None,
                        pasted: str | None = None) -> bool:
        """The overview's New Application: a packet from a posting file (chosen, or dropped on
        the overview) or from pasted text (`pasted` "" asks for it), saved at once in a folder
        of its own in the workspace (named from the posting), and opened."""
        from packetizer.gui.dialogs import PastePostingDialog

        workspace = self.season_window.workspace if self.season_window else None
        if workspace is None:
            return False
        if pasted is not None:
            if not pasted:
                dialog = PastePostingDialog(self.season_window)
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
                pasted = dialog.text.toPlainText() if accepted else ""
                dialog.deleteLater()
            if not pasted.strip() or not self.files.new_packet_from_text(pasted):
                return False
        else:
            posting_path = posting_path or self.files.choose_file(
                self.tr("Open the job posting"), POSTING_FILTER)
            if not posting_path or not self.files.new_packet_from_file(posting_path):
                return False
        name = self.files.suggested_name()
        folder, n = workspace / Path(name).stem, 1
        while folder.exists():
            n += 1
            folder = workspace / f"{Path(name).stem} {n}"
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            messages.show_error(self.window, exc)
            return False
        if not self.files.save_to(folder / name):
            return False
        self.season_window.show_workspace(workspace)
        return True

    def _remember_workspace(self, rows) -> None:
        self.window.welcome.set_season(self.season_window.workspace, rows)  # the home page too
        settings = self.window.settings
        before = (settings.workspace, list(settings.workspaces))
        settings.use_workspace(self.season_window.workspace)
        if (settings.workspace, settings.workspaces) != before:
            self._save_settings()
        self.season_window.set_workspaces(settings.workspaces)

    def mark_applications(self, paths: list[str], outcome: str) -> None:
        """Record an outcome in each packet file; the packet open here takes it as an edit
        (undoable, saved with the packet), so its unsaved changes are not overwritten."""
        import datetime as dt

        from packetizer.core.packet.store import save_packet
        from packetizer.core.season import mark

        today, note = dt.date.today(), ""
        open_path = self.open.path.resolve() if self.open.path else None
        for path in paths:
            try:
                if open_path is not None and Path(path).resolve() == open_path:
                    unsaved = self.open.modified
                    self.open.edit(self.tr("Mark as {0}").format(outcome), mark, outcome, today)
                    if unsaved:  # not saved along with edits the user has not saved
                        note = self.tr("Recorded in the open packet: save it to keep it.")
                    else:
                        self.files.save()
                    continue
                packet = load_packet(path)
                mark(packet, outcome, today)
                save_packet(packet, path)
            except (PacketizerError, OSError) as exc:
                messages.show_error(self.window, exc)
                break
        self.season_window.show_workspace(self.season_window.workspace, note)

    def announce_due(self) -> Task | None:
        """At start: the remembered workspace's applications on the welcome page, those whose
        deadline is near or passed and that are not submitted named there and in the status
        bar."""
        from packetizer.core.season import due_soon, overdue
        from packetizer.gui.season_model import list_season, when_due

        workspace = str(self.workspace())
        if not Path(workspace).is_dir():
            return None

        def done(rows) -> None:
            self.window.welcome.set_season(Path(workspace), rows)
            due = [row for row in rows if due_soon(row) or overdue(row)]
            if not due:
                return
            names = "; ".join(f"{row.title or Path(row.packet).stem} ({when_due(row)})"
                              for row in due[:4]) + (" …" if len(due) > 4 else "")
            text = self.tr("Due soon and not submitted: {0}").format(names)
            self.window.welcome.set_due(text)
            self.window.statusBar().showMessage(text, 20_000)

        return run(list_season, (workspace,), on_done=done, owner=self.window, where="thread",
                   on_error=lambda exc: log.info("the season was not read: %s", exc))

    # --- the library: a new version, a copy -------------------------------------------------

    def update_document(self, doc, new_path: str) -> Task | None:
        """The library's Update With New Version…: ask which applications take it (all by
        default), then update their packet files in the background — the open packet takes
        it as an undoable edit instead — and say how each now checks."""
        import datetime as dt

        from packetizer.core.season import linked_packets, resolve_packet
        from packetizer.core.season.library import take_version
        from packetizer.core.season.library import update_document as update
        from packetizer.gui.library_panel import TakeVersionDialog

        window = self.season_window
        workspace = window.workspace
        dialog = TakeVersionDialog(doc, Path(new_path).name, window.library.titles, window)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        if not chosen:
            return None
        paths = [str(resolve_packet(workspace, p)) for p in chosen]
        open_path = str(self.open.path.resolve()) if self.open.path else ""
        skip = {open_path} & set(paths)
        today = dt.date.today()

        def work(progress=None, cancel=None):
            from packetizer.core.packet.documents import make_document

            new = make_document(new_path, "", cancel=cancel)
            return new, update(workspace, new_path, doc.versions[0].path, paths,
                               linked=linked_packets(workspace), today=today, skip=skip,
                               progress=progress, cancel=cancel)

        def done(result) -> None:
            new, results = result
            note = ""
            if skip:
                unsaved = self.open.modified
                self.open.edit(self.tr("New version of {0}").format(doc.name), take_version,
                               doc, new, today)
                if unsaved:
                    note = self.tr("The open packet took it too: save it to keep it.")
                else:
                    self.files.save()
            self._tell_updated(doc.name, new_path, len(results) + len(skip), results)
            window.show_workspace(workspace, note)

        task = run(work, owner=window, where="thread")
        window.tasks.add(task)
        return messages.follow_task(
            window, task, "updateProgress", self.tr("Update"),
            self.tr("Giving the applications {0}…").format(Path(new_path).name), done,
            self.tr("Update stopped: the applications updated so far keep the new version."),
            self.tr("Update failed"), on_fail=lambda _exc: window.show_workspace(workspace))

    def _tell_updated(self, old: str, new_path: str, count: int, results) -> None:
        titles = self.season_window.library.titles
        text = (self.tr("{0} replaces {1} in 1 application.") if count == 1 else
                self.tr("{0} replaces {1} in {2} applications.")).format(
            Path(new_path).name, old, count)
        failing = [r for r in results if r.errors]
        if failing:
            text += "\n\n" + self.tr("Now with problems to fix:") + "\n" + "\n".join(
                f"• {titles.get(r.packet, r.packet)}: {r.problems[0]}"
                for r in failing[:8])
        if any(r.exported_before for r in results):
            text += "\n\n" + self.tr("Exports made before are out of date: export those "
                                     "applications again.")
        messages.inform(self.season_window, self.tr("Updated"), text)

    def leave_out(self, paths: list[str]) -> None:
        """Applications kept elsewhere, taken out of this workspace (their files stay)."""
        workspace = self.season_window.workspace
        if any([self.window.settings.unlink_packet(workspace, p) for p in paths]):
            self._save_settings()
        self.season_window.show_workspace(workspace)

    def copy_from_application(self) -> Task | None:
        """Packet → Copy From Another Application…: one of the season's documents (a cover
        letter written for another application), copied beside this packet and attached to
        the selected item, to be edited for this application alone."""
        from packetizer.gui.season_model import read_season

        req_id = self.window.checklist_panel.current_requirement_id()
        workspace = self.workspace()
        if self.open.packet is None:
            return None
        if not req_id or self.open.path is None or not workspace.is_dir():
            messages.inform(self.window, "Packetizer", self.tr(
                "Select the checklist item to attach the copy to.") if not req_id else
                self.tr("Save the packet first: the copy is made in its folder.")
                if self.open.path is None else
                self.tr("There is no season yet: File → Season Overview shows it."))
            return None
        return run(read_season, (str(workspace),), owner=self.window, where="thread",
                   on_done=lambda result: self._choose_copy(req_id, *result),
                   on_error=lambda exc: messages.show_error(self.window, exc))

    def _choose_copy(self, req_id: str, rows, documents) -> bool:
        from PySide6.QtWidgets import QInputDialog

        from packetizer.core.season.library import copy_beside
        from packetizer.gui.season_model import application_name

        req = self.open.packet.posting.requirement(req_id) if self.open.packet else None
        if req is None:
            return False
        titles = {row.packet: application_name(row) for row in rows}
        choices = []
        for doc in sorted(documents, key=lambda d: d.kind != req.kind):
            version = doc.versions[0]
            used = "; ".join(titles.get(p, p) for p in doc.applications[:2])
            more = " …" if len(doc.applications) > 2 else ""
            choices.append((f"{Path(version.path).name} — {used}{more}", version.path))
        if not choices:
            messages.inform(self.window, "Packetizer",
                            self.tr("The season's applications have no documents yet."))
            return False
        label, ok = QInputDialog.getItem(
            self.window, self.tr("Copy From Another Application"),
            self.tr("A copy goes beside this packet and into “{0}”; edit it for this "
                    "application alone:").format(req.label), [c[0] for c in choices], 0,
            False)
        if not ok:
            return False
        try:
            copy = copy_beside(dict(choices)[label], self.open.path.parent)
        except PacketizerError as exc:
            messages.show_error(self.window, exc)
            return False
        self.window.documents.attach_files(req_id, [str(copy)])
        return True

    def edit_referees(self) -> bool:
        """Packet → Track Referees…: the dialog, then one undoable edit."""
        from packetizer.core.season.referees import set_referees
        from packetizer.gui.referees_dialog import RefereesDialog

        packet = self.open.packet
        if packet is None:
            return False
        dialog = RefereesDialog(packet.tracking.referees, packet.posting.title or
                                self.tr("this application"), self.window)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.open.edit(self.tr("Referees"), set_referees, dialog.referees())
            except PacketizerError as exc:  # a bad date or a name twice: say so, keep the rows
                messages.show_error(self.window, exc)
                continue
            dialog.deleteLater()
            return True
        dialog.deleteLater()
        return False
