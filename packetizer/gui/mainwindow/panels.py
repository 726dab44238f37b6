"""The main window's panels, each its own widget: the welcome page, the posting, the checklist
and the findings. They show what they are given and say what the user did through signals;
none of them changes the packet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from packetizer.core.check import CheckReport, Finding
from packetizer.core.model import Packet, Posting, Requirement, SourceSpan
from packetizer.gui.models import (
    DOCUMENT_MIME,
    ID_ROLE,
    KIND_ROLE,
    ChecklistModel,
    FindingsModel,
)
from packetizer.gui.review import table_view
from packetizer.gui.season_model import COLUMNS as SEASON_COLUMNS
from packetizer.gui.season_model import SeasonFilter, SeasonModel


class WelcomePage(QWidget):
    """What the app shows before a packet is open."""

    newRequested = Signal()
    pasteRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)
    seasonRequested = Signal()
    applicationRequested = Signal(str)  # a packet of the season, to open

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        title = QLabel(self.tr("<h1>Packetizer</h1><p>Turn a job posting into a checklist, "
                               "check your files against it, and export one bookmarked PDF."
                               "</p>"))
        title.setWordWrap(True)
        layout.addWidget(title)
        buttons = QHBoxLayout()
        for text, signal, name in (
            (self.tr("New packet from posting…"), self.newRequested, "newButton"),
            (self.tr("Paste a posting…"), self.pasteRequested, "pasteButton"),
            (self.tr("Open packet…"), self.openRequested, "openButton"),
            (self.tr("Try the sample packet"), self.sampleRequested, "sampleButton"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        due = QHBoxLayout()  # applications due soon, named when the app starts
        self.due = QLabel()
        self.due.setObjectName("dueNotice")
        self.due.setWordWrap(True)
        self.due_button = QPushButton(self.tr("Season Overview…"))
        self.due_button.clicked.connect(self.seasonRequested.emit)
        due.addWidget(self.due, 1)
        due.addWidget(self.due_button)
        layout.addLayout(due)
        self.set_due("")
        # the home of a season: its applications, soonest deadline first (SeasonActions)
        self.workspace: Path | None = None
        self.apps_label = QLabel()
        self.apps_model = SeasonModel(self)
        self.apps_proxy = SeasonFilter(self)
        self.apps_proxy.setSourceModel(self.apps_model)
        self.apps = table_view(self.apps_proxy, "homeApplications", self.tr("Applications"))
        self.apps.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.apps.setColumnHidden(len(SEASON_COLUMNS) - 1, True)  # the file: in the tooltip
        self.apps.activated.connect(self._open_application)
        layout.addWidget(self.apps_label)
        layout.addWidget(self.apps, 2)
        self.set_season(None, [])
        layout.addWidget(QLabel(self.tr("Recent packets:")))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent packets"))
        self.recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent, 1)

    def set_season(self, workspace: Path | None, rows: list) -> None:
        """The workspace's applications as the page's first table (hidden without any)."""
        self.workspace = workspace
        self.apps_model.set_rows(rows)
        self.apps_label.setText(self.tr("Your applications in {0} — double-click to open:")
                                .format(workspace) if workspace else "")
        for widget in (self.apps_label, self.apps):
            widget.setVisible(bool(rows))

    def _open_application(self, index) -> None:
        if index.isValid() and self.workspace is not None:
            row = self.apps_model.rows[self.apps_proxy.mapToSource(index).row()]
            self.applicationRequested.emit(str(self.workspace / row.packet))

    def set_due(self, text: str) -> None:
        self.due.setText(text)
        self.due.setVisible(bool(text))
        self.due_button.setVisible(bool(text))

    def set_recent(self, recent: list[str]) -> None:
        self.recent.clear()
        if not recent:
            placeholder = QListWidgetItem(self.tr("No recent packets yet — start with a posting "
                                                  "or try the sample packet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name} — {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)


class PostingPanel(QWidget):
    """The posting: its title and facts, and its text with the sentences the checklist came
    from highlighted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Posting text"))
        self._posting: Posting | None = None
        self._phrases: list[QTextEdit.ExtraSelection] = []
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def show_posting(self, posting: Posting) -> None:
        details = [x for x in (posting.organization,
                               posting.job_id and f"Job ID {posting.job_id}",
                               posting.deadline and self.tr("Deadline {0}").format(
                                   posting.deadline),
                               posting.review_begins and self.tr("Review begins {0}").format(
                                   posting.review_begins)) if x]
        self.header.setText(
            f"<h2>{escape(posting.title) or self.tr('Untitled posting')}</h2>"
            f"<p>{escape(' · '.join(details))}</p>")
        self.view.setPlainText(posting.text)
        self._posting = posting
        self._phrases = [self._selection(req.source, 70) for req in posting.requirements
                         if self._fits(req.source)]
        self.view.setExtraSelections(self._phrases)

    def show_requirement(self, req: Requirement | None) -> None:
        """Mark the sentence an item came from (over the phrases marked for every item) and
        scroll the posting to it; None marks no sentence."""
        span = req and (req.sentence or req.source)
        if not self._fits(span):
            self.view.setExtraSelections(self._phrases)
            return
        sentence = self._selection(span, 150)  # drawn over the phrases: clearly the one
        sentence.format.setFontUnderline(True)
        self.view.setExtraSelections([*self._phrases, sentence])
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(span.end)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        cursor.setPosition(span.start)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()

    def _fits(self, span: SourceSpan | None) -> bool:
        return span is not None and self._posting is not None and \
            0 <= span.start <= span.end <= len(self._posting.text)

    def _selection(self, span: SourceSpan, alpha: int) -> QTextEdit.ExtraSelection:
        highlight = QTextCharFormat()
        color = QColor(self.palette().highlight().color())
        color.setAlpha(alpha)
        highlight.setBackground(color)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = highlight
        return selection


class ChecklistTree(QTreeView):
    """The checklist's view. Files from the file manager are taken as a copy (or a link), never
    a move: we only read them, and a move would let the file manager delete the original.
    Documents dragged inside the checklist move."""

    def _choose_action(self, event) -> None:
        data = event.mimeData()
        external = data.hasUrls() and not data.hasFormat(DOCUMENT_MIME)
        if not external:
            action = Qt.DropAction.MoveAction
        elif event.possibleActions() & Qt.DropAction.CopyAction:
            action = Qt.DropAction.CopyAction
        else:
            action = Qt.DropAction.LinkAction
        self.setDefaultDropAction(action)

    def dragEnterEvent(self, event) -> None:
        self._choose_action(event)
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        self._choose_action(event)
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        self._choose_action(event)
        super().dropEvent(event)


class ChecklistPanel(QWidget):
    """The checklist: items with their documents. Files dropped on an item and documents
    dragged to a new place are passed on by the model's signals; selection changes by
    `selectionChanged(kind, id)` ("requirement", "document" or "" for none)."""

    selectionChanged = Signal(str, str)
    itemActivated = Signal(str)  # a requirement double-clicked
    menuRequested = Signal(object)  # the position, for the context menu
    addItemRequested = Signal()  # from the empty checklist's buttons
    pasteRequested = Signal()

    def __init__(self, model: ChecklistModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Checklist</b> — drop files on an item")))
        self.tree = tree = ChecklistTree()
        tree.setObjectName("checklist")
        tree.setAccessibleName(self.tr("Checklist"))
        tree.setModel(model)
        # files from the file manager drop onto items; documents drag to a new place or item
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        tree.doubleClicked.connect(self._double_clicked)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._menu)
        # a posting in which nothing was found: say so, and offer what to do
        self.empty = QWidget()
        self.empty.setObjectName("emptyChecklist")
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel(self.tr(
            "<p><b>No application materials were found in this posting.</b></p><p>The posting "
            "may list them on another page, or in words the reader does not know. Add the "
            "items yourself, or paste just the “How to apply” part of the posting.</p>"))
        self.empty_text.setWordWrap(True)
        empty_layout.addWidget(self.empty_text)
        empty_buttons = QHBoxLayout()
        for text, signal, name in ((self.tr("Add Item…"), self.addItemRequested, "emptyAdd"),
                                   (self.tr("Paste the How-to-Apply Part…"),
                                    self.pasteRequested, "emptyPaste")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(signal)
            empty_buttons.addWidget(button)
        empty_buttons.addStretch()
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch()
        self.pages = QStackedWidget()
        self.pages.addWidget(tree)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)

    def add_buttons(self, left: list[QPushButton], right: list[QPushButton]) -> None:
        for button in left:
            self.buttons.addWidget(button)
        self.buttons.addStretch()
        for button in right:
            self.buttons.addWidget(button)

    # -- what is shown
    def show_packet(self, packet: Packet | None, report: CheckReport | None = None) -> None:
        """Show the packet again, keeping the selection across the model's reset."""
        kind, key = self.current()
        self.model.set_packet(packet, report)
        self.pages.setCurrentIndex(1 if packet is not None and not packet.posting.requirements
                                   else 0)
        self.tree.expandAll()
        if key:
            self.select(kind, key)

    def show_report(self, report: CheckReport | None) -> None:
        self.model.set_report(report)

    # -- the selection
    def current(self) -> tuple[str, str]:
        """("requirement" or "document", its id), or ("", "") when nothing is selected."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return "", ""
        return index.data(KIND_ROLE) or "", index.siblingAtColumn(0).data(ID_ROLE) or ""

    def current_document_id(self) -> str:
        kind, key = self.current()
        return key if kind == "document" else ""

    def current_requirement_id(self) -> str:
        """The selected item, or the item of the selected document."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return ""
        if index.data(KIND_ROLE) == "document":
            index = index.parent()
        return index.siblingAtColumn(0).data(ID_ROLE) or ""

    def select(self, kind: str, key: str) -> bool:
        index = (self.model.document_index(key) if kind == "document"
                 else self.model.requirement_index(key))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        return index.isValid()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind, key = self.current() if current.isValid() else ("", "")
        self.selectionChanged.emit(kind, key)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "requirement":
            self.itemActivated.emit(index.siblingAtColumn(0).data(ID_ROLE))

    def _menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.menuRequested.emit(self.tree.viewport().mapToGlobal(pos))


class FindingsPanel(QWidget):
    """The check's findings: one line each (a repeated kind on one line), filtered by severity;
    the selected one in full below (what, evidence, fix) with a *Fix…* button where the app can
    do it. Selecting a finding selects what it is about; Fix…, a double-click or Enter asks for
    its fix."""

    findingClicked = Signal(object)
    findingActivated = Signal(object)

    def __init__(self, model: FindingsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.can_fix = lambda finding: False  # the window says which fixes it can do
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.severity = QComboBox()
        self.severity.setObjectName("findingsFilter")
        self.severity.setAccessibleName(self.tr("Show findings"))
        for text, value in ((self.tr("All findings"), ""), (self.tr("Errors"), "error"),
                            (self.tr("Warnings"), "warning"), (self.tr("Notes"), "info")):
            self.severity.addItem(text, value)
        self.severity.currentIndexChanged.connect(
            lambda _i: self.model.set_severity(self.severity.currentData() or ""))
        layout.addWidget(self.severity)
        self.view = QListView()
        self.view.setObjectName("findings")
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setModel(model)
        # one line a finding (no overlapping wrapped rows); the whole of it shows below
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(lambda index: self._emit(self.findingActivated, index))
        self.view.doubleClicked.connect(lambda index: self._emit(self.findingActivated, index))
        model.modelReset.connect(self._show_detail)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.view, 2)
        self.detail = QTextBrowser()
        self.detail.setObjectName("findingDetail")
        self.detail.setAccessibleName(self.tr("Selected finding"))
        self.detail.setOpenLinks(False)
        layout.addWidget(self.detail, 1)
        row = QHBoxLayout()
        row.addStretch()
        self.fix_button = QPushButton(self.tr("Fix…"))
        self.fix_button.setObjectName("fixButton")
        self.fix_button.clicked.connect(
            lambda: self._emit(self.findingActivated, self.view.currentIndex()))
        row.addWidget(self.fix_button)
        layout.addLayout(row)
        self._show_detail()

    def show_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)

    def select_finding(self, finding: Finding) -> bool:
        row = self.model.row_of(finding)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()
        if current.isValid():
            self._emit(self.findingClicked, current)

    def _show_detail(self) -> None:
        row = self.view.currentIndex().row()
        finding = self.model.finding(row)
        if finding is None:
            self.detail.setPlainText(self.tr("Select a finding to read it in full.")
                                     if self.model.rowCount() else
                                     self.tr("Nothing to report."))
            self.fix_button.setEnabled(False)
            return
        self.detail.setPlainText(self.model.details(row))
        self.fix_button.setEnabled(bool(self.can_fix(finding)))

    def _emit(self, signal, index: QModelIndex) -> None:
        finding = self.model.finding(index.row()) if index.isValid() else None
        if finding is not None:
            signal.emit(finding)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
