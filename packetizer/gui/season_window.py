"""The season overview (issue 20): every application in a workspace folder — packets anywhere
below it — with its deadline and days left, how ready it is, when it was exported and
submitted, and what came of it. Sort, filter and search; open one with a double-click; record
an outcome; save the deadlines as a calendar or the table as a spreadsheet. Listing runs
off the UI thread (core.season, with its index in the workspace's `.packetizer/`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packetizer.core.appdata.atomicfile import atomic_write
from packetizer.core.model import OUTCOMES
from packetizer.core.season import AppRow, csv_text, due_soon, ics, overdue
from packetizer.gui.library_panel import LibraryPanel
from packetizer.gui.messages import show_error
from packetizer.gui.review import table_view
from packetizer.gui.season_model import (
    OUTCOME_NAMES,
    SeasonFilter,
    SeasonModel,
    application_name,
    read_season,
    season_tr,
)
from packetizer.gui.tasks import Task, TaskList, run

SHOW = (QT_TRANSLATE_NOOP("SeasonWindow", "All applications"),
        QT_TRANSLATE_NOOP("SeasonWindow", "Not submitted"),
        QT_TRANSLATE_NOOP("SeasonWindow", "Due within 7 days"),
        QT_TRANSLATE_NOOP("SeasonWindow", "Not ready"))


class SeasonWindow(QMainWindow):
    """A job-market season at a glance."""

    openRequested = Signal(str)  # a packet to open in the main window
    markRequested = Signal(list, str)  # packet paths, an outcome
    newRequested = Signal(str)  # a new application here, from a posting file ("": choose one)
    pasteRequested = Signal()  # a new application here, from a posting's pasted text
    listed = Signal(list)  # the rows, each time the workspace has been read
    updateRequested = Signal(object, str)  # a library document, the file of its new version
    leaveOutRequested = Signal(list)  # packets kept elsewhere, to take out of this workspace
    reviewRequested = Signal(str)  # the workspace, to check every packet in it (batch review)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("seasonWindow")
        self.setWindowTitle(self.tr("Season — Packetizer"))
        self.resize(1100, 600)
        self.workspace: Path | None = None
        self.model = SeasonModel(self)
        self.proxy = SeasonFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy, "seasonTable", self.tr("Applications"))
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # long titles
        header.resizeSection(0, 320)  # elided, whole in the tooltip
        self.table.doubleClicked.connect(self._open_row)

        self.where = QLabel(self.tr("Choose the folder that holds your applications (.packet "
                                    "files, in folders of their own or not)."))
        self.where.setWordWrap(True)
        self.places = QComboBox()  # the workspaces used before
        self.places.setObjectName("workspaces")
        self.places.setAccessibleName(self.tr("Workspaces"))
        self.places.setToolTip(self.tr("The folders of applications you have used"))
        self.places.activated.connect(
            lambda i: self.show_workspace(Path(self.places.itemData(i))))
        choose = QPushButton(self.tr("Choose Folder…"))
        choose.clicked.connect(self.choose_folder)
        self.refresh = QPushButton(self.tr("Refresh"))
        self.refresh.clicked.connect(lambda: self.show_workspace(self.workspace))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search applications and organizations"))
        self.search.setAccessibleName(self.tr("Search"))
        self.show_box = QComboBox()
        self.show_box.setAccessibleName(self.tr("Show"))
        self.show_box.addItems([self.tr(text) for text in SHOW])
        self.applicant_box = QComboBox()  # shown when the workspace holds several applicants'
        self.applicant_box.setObjectName("applicants")
        self.applicant_box.setAccessibleName(self.tr("Applicant"))
        self.applicant_box.setVisible(False)
        self.search.textChanged.connect(self._filter)
        self.show_box.currentIndexChanged.connect(self._filter)
        self.applicant_box.currentIndexChanged.connect(self._filter)
        self.new_button = QPushButton(self.tr("New Application…"))
        self.new_button.setToolTip(self.tr("A packet from a posting, in a folder of its own "
                                           "in this workspace (or drop the posting's file "
                                           "here)"))
        new_menu = QMenu(self.new_button)
        new_menu.addAction(self.tr("From a Posting &File…"), lambda: self.newRequested.emit(""))
        new_menu.addAction(self.tr("From &Pasted Text…"), self.pasteRequested.emit)
        self.new_button.setMenu(new_menu)
        self.setAcceptDrops(True)  # a posting file dropped here is a new application
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex()))
        self.mark_button = QPushButton(self.tr("Mark As"))
        self.mark_button.setObjectName("markButton")
        menu = QMenu(self.mark_button)
        for outcome in OUTCOMES:
            menu.addAction(season_tr(OUTCOME_NAMES[outcome]),
                           lambda o=outcome: self.mark_selected(o))
        self.mark_button.setMenu(menu)
        self.calendar_button = QPushButton(self.tr("Save Calendar…"))
        self.calendar_button.setToolTip(self.tr("The deadlines as an iCalendar file any "
                                                "calendar imports"))
        self.calendar_button.clicked.connect(lambda: self.choose_save("ics"))
        self.sheet_button = QPushButton(self.tr("Save Spreadsheet…"))
        self.sheet_button.clicked.connect(lambda: self.choose_save("csv"))
        self.leave_button = QPushButton(self.tr("Leave Out"))
        self.leave_button.setToolTip(self.tr("Take applications kept in other folders out of "
                                             "this workspace (their files stay)"))
        self.leave_button.clicked.connect(
            lambda: self.leaveOutRequested.emit(self.selected_paths()))
        self.review_button = QPushButton(self.tr("Check All…"))
        self.review_button.setToolTip(self.tr("Check every application in full, as a career "
                                              "office's batch review does, with a report"))
        self.review_button.clicked.connect(lambda: self.reviewRequested.emit(str(self.workspace)))
        self.library = LibraryPanel()
        self.library.updateRequested.connect(self.updateRequested)

        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.places)
        top.addWidget(choose)
        top.addWidget(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_box)
        bar.addWidget(self.applicant_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.mark_button)
        bottom.addWidget(self.leave_button)
        bottom.addStretch()
        bottom.addWidget(self.review_button)
        bottom.addWidget(self.calendar_button)
        bottom.addWidget(self.sheet_button)
        apps = QWidget()
        layout = QVBoxLayout(apps)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.tabs = QTabWidget()
        self.tabs.addTab(apps, self.tr("&Applications"))
        self.tabs.addTab(self.library, self.tr("&Documents"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(page)
        self.tasks = TaskList()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def _filter(self, *_args) -> None:
        self.proxy.set_filter(self.search.text(), self.show_box.currentIndex(),
                              self.applicant_box.currentData())

    def set_workspaces(self, folders: list[str]) -> None:
        """The workspaces to offer, the one shown first."""
        self.places.blockSignals(True)
        self.places.clear()
        for folder in folders:
            self.places.addItem(Path(folder).name or folder, folder)
            self.places.setItemData(self.places.count() - 1, folder, Qt.ItemDataRole.ToolTipRole)
        self.places.setVisible(len(folders) > 1)
        self.places.blockSignals(False)

    def _set_applicants(self, rows: list[AppRow]) -> None:
        """A filter by applicant, when the workspace holds more than one applicant's."""
        names = sorted({row.applicant for row in rows}, key=str.lower)
        current = self.applicant_box.currentData()
        self.applicant_box.blockSignals(True)
        self.applicant_box.clear()
        self.applicant_box.addItem(self.tr("All applicants"), None)
        for name in names:
            self.applicant_box.addItem(name or self.tr("(no name)"), name)
        self.applicant_box.setCurrentIndex(max(0, self.applicant_box.findData(current)))
        self.applicant_box.blockSignals(False)
        several = len(names) > 1
        self.applicant_box.setVisible(several)
        self.table.setColumnHidden(10, not several)
        self._filter()

    def _enable(self) -> None:
        has_rows = bool(self.model.rows)
        selected = bool(self.table.selectionModel().selectedRows())
        self.refresh.setEnabled(self.workspace is not None)
        self.new_button.setEnabled(self.workspace is not None)
        for widget in (self.calendar_button, self.sheet_button, self.review_button):
            widget.setEnabled(has_rows)
        for widget in (self.open_button, self.mark_button):
            widget.setEnabled(selected)
        paths = self.selected_paths() if selected else []
        linked = bool(paths) and all(not Path(p).is_relative_to(self.workspace) for p in paths)
        self.leave_button.setVisible(linked)

    def choose_folder(self, start: Path | None = None) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of applications"),
            str(self.workspace or start or Path.home()))
        if folder:
            self.show_workspace(Path(folder))

    def show_workspace(self, workspace: Path | None, note: str = "") -> Task | None:
        """List the applications in `workspace` in the background (then show `note` in the
        status bar)."""
        if workspace is None:
            return None
        chosen = set(self.selected_paths()) if self.workspace == Path(workspace) else set()
        self.workspace = Path(workspace)
        self.statusBar().showMessage(self.tr("Reading {0}…").format(self.workspace))


        def done(result) -> None:
            rows, documents = result
            self.model.set_rows(rows)
            self._set_applicants(rows)
            self.library.set_documents(documents, {row.packet: application_name(row)
                                                   for row in rows})
            self._select({str(self.workspace / row.packet) for row in rows} & chosen)
            soon, late = [r for r in rows if due_soon(r)], [r for r in rows if overdue(r)]
            text = (self.tr("{0}: 1 application") if len(rows) == 1 else
                    self.tr("{0}: {1} applications")).format(self.workspace, len(rows))
            if soon:
                text += " · " + self.tr("%n due within a week and not submitted", "",
                                        len(soon))
            if late:
                text += " · " + self.tr("%n past the deadline and not submitted", "",
                                        len(late))
            self.where.setText(text)
            if note:
                self.statusBar().showMessage(note, 10_000)
            else:
                self.statusBar().clearMessage()
            self._enable()
            self.listed.emit(rows)

        def failed(exc) -> None:
            self.statusBar().clearMessage()
            show_error(self, exc)

        task = run(read_season, (str(self.workspace),), on_done=done, on_error=failed,
                   owner=self, where="thread")
        self.tasks.add(task)
        return task

    def _select(self, paths: set[str]) -> None:
        """Select again the rows of `paths` (a refresh resets the model)."""
        for row in range(self.proxy.rowCount()):
            source = self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            if str(self.workspace / source.packet) in paths:
                self.table.selectionModel().select(
                    self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)

    def selected_paths(self) -> list[str]:
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})
        return [str(self.workspace / self.model.rows[r].packet) for r in rows]

    def _open_row(self, index) -> None:
        if index.isValid() and self.workspace is not None:
            row = self.model.rows[self.proxy.mapToSource(index).row()]
            self.openRequested.emit(str(self.workspace / row.packet))

    def mark_selected(self, outcome: str) -> None:
        paths = self.selected_paths()
        if paths:
            self.markRequested.emit(paths, outcome)

    def choose_save(self, kind: str) -> None:
        name, filter_ = (("deadlines.ics", self.tr("Calendar (*.ics)")) if kind == "ics"
                         else ("applications.csv", self.tr("Spreadsheet (*.csv)")))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"),
                                              str((self.workspace or Path.home()) / name),
                                              filter_)
        if path:
            self.save(Path(path), kind)

    def save(self, path: Path, kind: str) -> bool:
        """The calendar (RFC 5545: CRLF line ends, folded lines) or the spreadsheet, written
        atomically."""
        text = ics(self.model.rows, dt.datetime.now(dt.UTC)) if kind == "ics" \
            else csv_text(self.model.rows)
        try:
            with atomic_write(path, "wb") as handle:
                handle.write(text.encode("utf-8"))
        except OSError as exc:
            show_error(self, exc)
            return False
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 8000)
        return True

    def _dropped_file(self, event) -> str:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 and self.workspace is not None else ""

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.newRequested.emit(path)

    def closeEvent(self, event) -> None:
        self.tasks.cancel_all()
        super().closeEvent(event)
