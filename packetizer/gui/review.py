"""Review a folder of students' packets: a table of packets × checklist items with status
marks, sortable and filterable; open one with a double-click; export the selected ready
ones; save the report. The checks run in parallel processes (core.batch)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packetizer.core.appdata.settings import load_settings
from packetizer.core.batch import BatchRow, find_packets, run_batch, write_report
from packetizer.core.errors import Cancelled, PacketizerError
from packetizer.core.reports.text import MARKS
from packetizer.gui import messages
from packetizer.gui.messages import show_error
from packetizer.gui.tasks import Task, TaskList, run

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
# readable on both themes' backgrounds (≥ 4.5:1 on white and on #1e1e1e): light then dark
STATUS_COLORS = {"complete": ("#1a7f37", "#4ac26b"), "warning": ("#9a6700", "#d4a72c"),
                 "error": ("#cf222e", "#ff7b72"), "missing": ("#cf222e", "#ff7b72")}


def status_color(status: str) -> QColor:
    """The status's colour for the theme in use (the window's background decides)."""
    light, dark = STATUS_COLORS[status]
    background = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(dark if background.lightness() < 128 else light)


def table_view(proxy: QSortFilterProxyModel, name: str, accessible: str) -> QTableView:
    """A sortable table of whole rows over `proxy`, its columns sized to their contents (the
    review's and the season's)."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class RowsModel(QAbstractTableModel):
    """A table with one row per item of `rows` under `headers()`: what the review, season
    and library tables share (each gives its own `data`)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._rows_changed()
        self.endResetModel()

    def _rows_changed(self) -> None:
        """New rows are in, and views have not seen them yet."""

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class ReviewModel(RowsModel):
    """One row per packet: student, the file (packet or bundle), posting, ready, errors,
    warnings — where they are seen first — then one column per kind of material ("CV" and
    "Curriculum vitae" are one column), its worst status."""

    FIXED = 6  # student, file, posting, ready, errors, warnings

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kinds: list[str] = []

    def _rows_changed(self) -> None:
        self.kinds = []
        for row in self.rows:
            self.kinds += [kind for kind in row.kinds if kind not in self.kinds]

    def headers(self) -> list[str]:
        return [self.tr("Student"), self.tr("File"), self.tr("Posting"), self.tr("Ready"),
                self.tr("Errors"), self.tr("Warnings"), *self.kinds]

    def _file(self, row: BatchRow) -> str:
        name = Path(row.source).name
        return self.tr("{0} (bundle)").format(name) if row.source.endswith(".packetz") else name

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.source, row.failure or row.summary, *row.problems,
                     *(self.tr("Comment: {0}").format(c) for c in row.comments)]
            return "\n".join(line for line in lines if line)
        if column == 0:
            value = row.student or Path(row.source).stem
        elif column == 1:
            value = self._file(row)
        elif column == 2:
            value = row.failure or row.posting
        elif column == 3:
            value = self.tr("yes") if row.ready else self.tr("no")
            if role == Qt.ItemDataRole.ForegroundRole:
                return status_color("complete" if row.ready else "error")
        elif column == 4:
            value = row.errors
        elif column == 5:
            value = row.warnings
        else:
            status = row.kinds.get(self.kinds[column - self.FIXED], "")
            if role == Qt.ItemDataRole.ForegroundRole and status in STATUS_COLORS:
                return status_color(status)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return status
            if role == SORT_ROLE:
                return ["complete", "separate", "optional", "warning", "missing",
                        "error", ""].index(status) if status in MARKS or not status else 9
            value = MARKS.get(status, "")
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return value
        return None


class ReviewFilter(QSortFilterProxyModel):
    """Text filter on student, posting and file; optionally only packets that are not ready."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.only_not_ready = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, only_not_ready: bool) -> None:
        self.beginFilterChange()  # Qt 6.9+: the filter changes between begin and end
        self.text, self.only_not_ready = text.strip().lower(), only_not_ready
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        row = self.sourceModel().rows[source_row]
        if self.only_not_ready and row.ready:
            return False
        haystack = f"{row.student} {row.posting} {Path(row.source).name}".lower()
        return self.text in haystack


class ReviewWindow(QMainWindow):
    """The career office's view of a folder of packets."""

    openRequested = Signal(str)  # a packet or bundle to open in the main window
    reviewed = Signal(list)  # the rows, when a check of the folder finishes

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setWindowTitle(self.tr("Review packets — Packetizer"))
        self.resize(1100, 600)
        self.folder: Path | None = None
        self.model = ReviewModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy, "reviewTable", self.tr("Packets"))
        self.table.doubleClicked.connect(self._open_row)

        self.where = QLabel(self.tr("Choose a folder with students' packets (.packet) or "
                                    "bundles (.packetz)."))
        choose = QPushButton(self.tr("Choose Folder…"))
        choose.clicked.connect(self.choose_folder)
        self.again = QPushButton(self.tr("Check Again"))
        self.again.clicked.connect(lambda: self.review(self.folder) if self.folder else None)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setObjectName("stopReview")
        self.stop.setToolTip(self.tr("Stop checking; packets being checked finish first"))
        self.stop.clicked.connect(self.cancel)
        self.stop.setEnabled(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by student or posting"))
        self.search.setAccessibleName(self.tr("Filter"))
        self.not_ready = QCheckBox(self.tr("Only packets that are not ready"))
        for signal in (self.search.textChanged, self.not_ready.toggled):
            signal.connect(lambda *_: self.proxy.set_filter(self.search.text(),
                                                            self.not_ready.isChecked()))
        self.export_button = QPushButton(self.tr("Export Selected…"))
        self.export_button.clicked.connect(self.choose_export)
        self.report_button = QPushButton(self.tr("Save Report…"))
        self.report_button.clicked.connect(self.choose_report)

        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(choose)
        top.addWidget(self.again)
        top.addWidget(self.stop)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.not_ready)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.report_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(page)
        self._work: tempfile.TemporaryDirectory | None = None  # bundles unpack here
        self.tasks = TaskList()
        self._paper = load_settings().paper_size
        self._enable()

    def _enable(self) -> None:
        has_rows = bool(self.model.rows)
        for widget in (self.export_button, self.report_button, self.again):
            widget.setEnabled(has_rows)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of packets"))
        if folder:
            self.review(Path(folder))

    def review(self, folder: Path, export_dir: Path | None = None, sources=None) -> Task:
        """Check every packet in `folder` in the background (and export the ready ones to
        `export_dir`)."""
        self.folder = Path(folder)
        sources = sources if sources is not None else find_packets([self.folder])
        self.where.setText(self.tr("{0}: checking {1} packets…").format(self.folder,
                                                                       len(sources)))
        self.statusBar().showMessage(self.tr("Checking…"))

        def done(rows: list[BatchRow]) -> None:
            if export_dir is None:
                self.model.set_rows(rows)
            else:
                exported = [r for r in rows if r.exported]
                self.statusBar().showMessage(self.tr("Exported {0} of {1} packets to {2}")
                                             .format(len(exported), len(rows), export_dir))
            ready = sum(r.ready for r in self.model.rows)
            self.where.setText(self.tr("{0}: {1} of {2} packets ready").format(
                self.folder, ready, len(self.model.rows)))
            if export_dir is None:
                self.statusBar().clearMessage()
            self._enable()
            self.reviewed.emit(rows)

        def progress(done_count: int, total: int, name: str) -> None:
            self.statusBar().showMessage(self.tr("Checked {0} of {1}").format(done_count,
                                                                             total))

        def failed(exc) -> None:
            self.stop.setEnabled(False)
            if isinstance(exc, Cancelled):
                self.where.setText(self.tr("{0}: stopped").format(self.folder))
                self.statusBar().showMessage(self.tr("Stopped."), 5000)
            else:
                show_error(self, exc)

        # on a thread, not in the worker process: run_batch checks in processes of its own
        if self._work is None:
            self._work = tempfile.TemporaryDirectory(prefix="packetizer-review-")
        task = run(run_batch, (sources, self._work.name, export_dir),
                   {"paper": self._paper}, on_done=done, on_error=failed,
                   on_progress=progress, owner=self, where="thread")
        task.finished.connect(lambda _rows: self.stop.setEnabled(False))
        self.stop.setEnabled(True)
        self.tasks.add(task)
        return task

    def cancel(self) -> None:
        """Stop the review running now (the packets being checked finish first)."""
        self.tasks.cancel_all()

    def selected_rows(self) -> list[BatchRow]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel()
                .selectedRows()}
        return [self.model.rows[r] for r in sorted(rows)]

    def _open_row(self, index) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        if row.failure:
            messages.warn(self, self.tr("Cannot open"), row.failure)
            return
        self.openRequested.emit(row.source)

    def choose_export(self) -> None:
        ready = [r for r in self.selected_rows() or self.model.rows if r.ready]
        if not ready:
            messages.inform(self, self.tr("Export"),
                            self.tr("None of these packets is ready to export."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"))
        if folder:
            self.export_rows(ready, Path(folder))

    def export_rows(self, rows: list[BatchRow], folder: Path) -> None:
        self.review(self.folder, export_dir=folder, sources=[Path(r.source) for r in rows])

    def choose_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str((self.folder or Path.home()) / "review.html"),
            self.tr("Web page (*.html);;Spreadsheet (*.csv);;Data (*.json)"))
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> bool:
        try:
            write_report(self.model.rows, path)
        except PacketizerError as exc:
            show_error(self, exc)
            return False
        self.statusBar().showMessage(self.tr("Report written to {0}").format(path), 8000)
        return True

    def closeEvent(self, event) -> None:
        self.cancel()
        if self._work is not None:
            self._work.cleanup()
            self._work = None
        super().closeEvent(event)
