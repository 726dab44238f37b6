"""The season, seen from the main window (issue 20): the overview window and what it asks
of the open packet (marking an outcome, a new application), the due-soon notice at start,
and the open packet's referees."""

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

    def show_season(self, folder: Path | None = None):
        """The season overview of a folder of applications: the one given, the one shown last
        time, or one the user chooses."""
        from packetizer.gui.season_window import SeasonWindow

        if self.season_window is None:
            self.season_window = SeasonWindow(self.window)  # its own window, closed with ours
            self.season_window.openRequested.connect(self.files.open_packet)
            self.season_window.markRequested.connect(self.mark_applications)
            self.season_window.listed.connect(self._remember_workspace)
            self.season_window.newRequested.connect(lambda: self.new_application())
        self.season_window.show()
        self.season_window.raise_()
        folder = folder or (self.window.settings.workspace or None)
        if folder is not None and Path(folder).is_dir():
            self.season_window.show_workspace(Path(folder))
        else:  # a packet in a folder of its own: the season is likely the folder above
            start = self.open.path.parent.parent if self.open.path else None
            self.season_window.choose_folder(start)
        return self.season_window

    def new_application(self, posting_path: str | Path | None = None) -> bool:
        """The overview's New Application…: a packet from a posting file, saved at once in a
        folder of its own in the workspace (named from the posting), and opened."""
        workspace = self.season_window.workspace if self.season_window else None
        if workspace is None:
            return False
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
        workspace = str(self.season_window.workspace)
        if self.window.settings.workspace != workspace:
            self.window.settings.workspace = workspace
            try:
                save_settings(self.window.settings)
            except (OSError, PacketizerError) as exc:  # remembered for this run, then
                log.warning("could not save the settings: %s", exc)

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
        from packetizer.gui.season_window import list_season, when_due

        workspace = self.window.settings.workspace
        if not workspace or not Path(workspace).is_dir():
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
