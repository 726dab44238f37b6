"""The main window: the posting, the checklist with its documents, the findings, and export."""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from packetizer import __version__
from packetizer.core.appdata import paths
from packetizer.core.appdata.settings import Settings, load_settings, save_settings
from packetizer.core.check import CheckReport
from packetizer.core.errors import Cancelled, PacketizerError
from packetizer.core.model import Packet
from packetizer.core.packet import find_requirement, make_document, new_packet
from packetizer.core.packet.autosave import (
    autosave_path,
    find_recoveries,
    new_session,
    remove_autosave,
    write_autosave,
)
from packetizer.core.packet.store import packet_from_dict, packet_to_dict
from packetizer.gui.messages import show_error
from packetizer.gui.models import ID_ROLE, KIND_ROLE, ChecklistModel, FindingsModel
from packetizer.gui.preview import PreviewPanel
from packetizer.gui.worker import Task, run_in_process, run_task

log = logging.getLogger(__name__)

PACKET_FILTER = "Packets (*.packet);;All files (*)"
POSTING_FILTER = "Postings (*.txt *.md *.html *.htm *.pdf);;All files (*)"
AUTOSAVE_MS = 60_000
DOCUMENT_FILTER = ("Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.png *.jpg *.jpeg "
                   "*.tif *.tiff);;PDF (*.pdf);;Word and OpenDocument (*.docx *.doc *.odt *.rtf)"
                   ";;Text (*.txt *.md);;Images (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")


class WelcomePage(QWidget):
    """What the app shows before a packet is open."""

    newRequested = Signal()
    pasteRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)

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
        layout.addWidget(QLabel(self.tr("Recent packets:")))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent packets"))
        self.recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent, 1)

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


class MainWindow(QMainWindow):
    checked = Signal(object)  # the CheckReport, after each check
    exported = Signal(object)  # the ExportResult
    packetLoaded = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or load_settings()
        self.packet: Packet | None = None
        self.packet_path: Path | None = None
        self.report: CheckReport | None = None
        self._check_generation = 0
        self._tasks: list[Task] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle("Packetizer[*]")  # the [*] shows the modified mark
        self.resize(1280, 800)

        # every packet edit is undoable: commands hold the packet before and after (see _changed)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._snapshot: dict | None = None
        self.checklist = ChecklistModel(self)
        self.checklist.filesDropped.connect(self.attach_files)
        self.checklist.documentMoved.connect(self.move_document)
        self.findings = FindingsModel(self)

        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.newRequested.connect(self.new_from_posting)
        self.welcome.pasteRequested.connect(self.paste_posting)
        self.welcome.openRequested.connect(self.choose_packet)
        self.welcome.sampleRequested.connect(self.open_sample)
        self.welcome.recentRequested.connect(self.open_packet)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self._build_packet_page())
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._recheck_timer = QTimer(self, singleShot=True, interval=150)
        self._recheck_timer.timeout.connect(self.recheck)
        # unsaved changes are written to the data folder every minute (see core.autosave)
        self._session = new_session()
        self._autosave_file: Path | None = None
        self._autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        self._restore_state()
        self._refresh()

    # --- building ------------------------------------------------------------------------------

    def _build_packet_page(self) -> QWidget:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")

        posting_panel = QWidget()
        layout = QVBoxLayout(posting_panel)
        self.posting_header = QLabel()
        self.posting_header.setWordWrap(True)
        self.posting_header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.posting_view = QTextEdit()
        self.posting_view.setReadOnly(True)
        self.posting_view.setAccessibleName(self.tr("Posting text"))
        layout.addWidget(self.posting_header)
        layout.addWidget(self.posting_view, 1)

        checklist_panel = QWidget()
        layout = QVBoxLayout(checklist_panel)
        layout.addWidget(QLabel(self.tr("<b>Checklist</b> — drop files on an item")))
        self.tree = QTreeView()
        self.tree.setObjectName("checklist")
        self.tree.setAccessibleName(self.tr("Checklist"))
        self.tree.setModel(self.checklist)
        # files from the file manager drop onto items; documents drag to a new place or item
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._tree_double_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.clicked.connect(self.choose_attachment)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.choose_export)
        self.add_item_button = QPushButton(self.tr("Add item…"))
        self.add_item_button.clicked.connect(self.add_item)
        for button in (self.attach_button, self.remove_button, self.add_item_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

        findings_panel = QWidget()
        layout = QVBoxLayout(findings_panel)
        layout.setContentsMargins(4, 4, 4, 4)
        self.findings_view = QListView()
        self.findings_view.setObjectName("findings")
        self.findings_view.setAccessibleName(self.tr("Findings"))
        self.findings_view.setModel(self.findings)
        self.findings_view.setWordWrap(True)
        self.findings_view.clicked.connect(self._finding_clicked)
        self.findings_view.activated.connect(self._finding_activated)  # double-click, Enter
        self.findings_view.setToolTip(self.tr("Double-click a finding to fix it"))
        layout.addWidget(self.findings_view, 1)

        # findings and the preview share the right-hand side, as tabs
        self.preview = PreviewPanel()
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(findings_panel, self.tr("Findings"))
        self.side_tabs.addTab(self.preview, self.tr("Preview"))
        for panel in (posting_panel, checklist_panel, self.side_tabs):
            self.splitter.addWidget(panel)
        self.splitter.setSizes([400, 480, 400])
        return self.splitter

    def _build_actions(self) -> None:
        def action(text, slot, shortcut=None, name=None):
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
            if name:
                act.setObjectName(name)
            return act

        self.act_new = action(self.tr("&New Packet from Posting…"), self.new_from_posting,
                              QKeySequence.StandardKey.New)
        self.act_paste = action(self.tr("New Packet from &Pasted Posting…"), self.paste_posting,
                                QKeySequence("Ctrl+Shift+V"))
        self.act_open = action(self.tr("&Open Packet…"), self.choose_packet,
                               QKeySequence.StandardKey.Open)
        self.act_save = action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = action(self.tr("Save &As…"), self.save_as,
                                  QKeySequence.StandardKey.SaveAs)
        self.act_export = action(self.tr("&Export PDF…"), self.choose_export,
                                 QKeySequence("Ctrl+E"), "exportAction")
        self.act_quit = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_attach = action(self.tr("&Attach Files…"), self.choose_attachment,
                                 QKeySequence("Ctrl+T"))
        self.act_remove = action(self.tr("&Remove Document"), self.remove_selected,
                                 QKeySequence.StandardKey.Delete)
        self.act_check = action(self.tr("&Check Again"), self.recheck, QKeySequence("F5"))
        self.act_add_item = action(self.tr("Add &Item…"), self.add_item)
        self.act_edit_item = action(self.tr("&Edit Item…"), self.edit_item, QKeySequence("F2"))
        self.act_remove_item = action(self.tr("Remove Ite&m"), self.remove_item)
        self.act_reread = action(self.tr("&Read Posting Again"), self.reread)
        self.act_about = action(self.tr("&About Packetizer"), self.about)
        self.act_applicant = action(self.tr("A&pplicant…"), self.edit_applicant)
        self.act_review = action(self.tr("&Review Folder of Packets…"), self.show_review)
        self.act_open_bundle = action(self.tr("Open &Bundle…"), self.choose_bundle)
        self.act_export_bundle = action(self.tr("Export B&undle…"), self.choose_export_bundle)
        self.act_comment = action(self.tr("Add &Comment…"), self.add_comment_here,
                                  QKeySequence("Ctrl+Shift+M"))
        self.act_settings = action(self.tr("&Settings…"), self.edit_settings,
                                   QKeySequence.StandardKey.Preferences, "settingsAction")
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_open_doc = action(self.tr("&Open in Viewer"), self.open_document,
                                   QKeySequence("Ctrl+Return"))
        self.act_show_doc = action(self.tr("Show in &Folder"), self.show_document_folder)
        self.act_replace_doc = action(self.tr("Re&place File…"), self.replace_document)
        self.act_rename_doc = action(self.tr("Re&name Bookmark…"), self.rename_document)
        self.act_pages_doc = action(self.tr("Select &Pages…"), self.select_pages)
        self.act_rotate_doc = action(self.tr("Ro&tate Clockwise"), self.rotate_document,
                                     QKeySequence("Ctrl+R"))
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)

        menu = self.menuBar().addMenu(self.tr("&File"))
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for act in (self.act_new, self.act_paste, self.act_open, self.recent_menu.menuAction(),
                    self.act_open_bundle, None, self.act_review, None, self.act_save,
                    self.act_save_as, None, self.act_export, self.act_export_bundle, None,
                    self.act_settings, None,
                    self.act_quit):
            menu.addSeparator() if act is None else menu.addAction(act)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(self.act_undo)
        menu.addAction(self.act_redo)
        menu = self.menuBar().addMenu(self.tr("&Packet"))
        for act in (self.act_applicant, self.act_comment, None, self.act_attach, self.act_remove,
                    self.act_replace_doc, self.act_rename_doc, self.act_pages_doc,
                    self.act_rotate_doc, self.act_open_doc, self.act_show_doc, None,
                    self.act_add_item, self.act_edit_item, self.act_remove_item,
                    self.act_reread, None, self.act_check):
            menu.addSeparator() if act is None else menu.addAction(act)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.act_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent_packets or [] if Path(p).exists()]
        for number, path in enumerate(recent[:10], start=1):
            act = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            act.setToolTip(path)
            act.triggered.connect(lambda _checked=False, p=path: self.open_packet(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent packets")).setEnabled(False)

    # --- window state --------------------------------------------------------------------------

    def _qsettings(self) -> QSettings:
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        store = self._qsettings()
        geometry = store.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = store.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_state(self) -> None:
        store = self._qsettings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("splitter", self.splitter.saveState())
        store.sync()

    # --- showing the packet --------------------------------------------------------------------

    def _refresh(self) -> None:
        has_packet = self.packet is not None
        self.stack.setCurrentIndex(1 if has_packet else 0)
        self.welcome.set_recent(self.settings.recent_packets or [])
        for act in (self.act_save, self.act_save_as, self.act_export, self.act_attach,
                    self.act_remove, self.act_check, self.act_add_item, self.act_edit_item,
                    self.act_remove_item, self.act_reread):
            act.setEnabled(has_packet)
        name = self.packet_path.name if self.packet_path else self.tr("Untitled packet")
        self.setWindowTitle(f"{name}[*] — Packetizer" if has_packet else "Packetizer[*]")
        if not has_packet:
            self.statusBar().clearMessage()

    def _show_posting(self) -> None:
        posting = self.packet.posting
        details = [x for x in (posting.organization,
                               posting.job_id and f"Job ID {posting.job_id}",
                               posting.deadline and self.tr("Deadline {0}").format(
                                   posting.deadline)) if x]
        self.posting_header.setText(
            f"<h2>{_escape(posting.title) or self.tr('Untitled posting')}</h2>"
            f"<p>{_escape(' · '.join(details))}</p>")
        self.posting_view.setPlainText(posting.text)
        highlight = QTextCharFormat()
        color = QColor(self.palette().highlight().color())
        color.setAlpha(70)
        highlight.setBackground(color)
        selections = []
        for req in posting.requirements:
            if not req.source:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.posting_view.document())
            cursor.setPosition(req.source.start)
            cursor.setPosition(req.source.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = highlight
            selections.append(selection)
        self.posting_view.setExtraSelections(selections)

    def set_packet(self, packet: Packet, path: Path | None) -> None:
        self._drop_autosave()
        self.packet = packet
        self.packet_path = path
        self.report = None
        self.checklist.set_packet(packet)
        self.findings.set_findings([])
        self._show_posting()
        self.tree.expandAll()
        self.undo_stack.clear()
        self._snapshot = packet_to_dict(packet)
        self.setWindowModified(path is None)
        self._refresh()
        self.recheck()
        self.packetLoaded.emit()

    # --- autosave and recovery ----------------------------------------------------------------

    def autosave(self) -> None:
        """Write unsaved changes to the autosave folder (quick: a small JSON file)."""
        if self.packet is None or not self.isWindowModified():
            return
        target = autosave_path(self.packet_path, self._session)
        if self._autosave_file is not None and self._autosave_file != target:
            remove_autosave(self._autosave_file)
        try:
            write_autosave(self.packet, self.packet_path, target)
        except PacketizerError as exc:  # a full disk must not interrupt the user's work
            self.statusBar().showMessage(self.tr("Autosave failed: {0}").format(exc), 8000)
            return
        self._autosave_file = target

    def _drop_autosave(self) -> None:
        if self._autosave_file is not None:
            remove_autosave(self._autosave_file)
            self._autosave_file = None

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave left behind. True when one was opened."""
        recoveries = find_recoveries()
        if not recoveries:
            return False
        newest = recoveries[0]
        name = Path(newest.original).name if newest.original else self.tr("an untitled packet")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Recover unsaved changes?"),
                          self.tr("Packetizer did not close properly last time. Unsaved "
                                  "changes to {0} from {1} were kept.").format(
                              name, newest.saved.replace("T", " ")[:16]), parent=self)
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        for other in recoveries[1:]:  # only the newest is offered; older ones are stale
            remove_autosave(other.path)
        if box.clickedButton() is not recover:
            remove_autosave(newest.path)
            return False
        self.set_packet(newest.packet, Path(newest.original) if newest.original else None)
        remove_autosave(newest.path)
        self.undo_stack.resetClean()  # differs from the file on disk until saved
        self._sync_modified()
        self._refresh()
        self.autosave()  # the recovered changes are safe again at once
        return True

    def _changed(self, description: str = "") -> None:
        """The packet was edited: record it for undo, show it, mark it modified, check again
        shortly."""
        after = packet_to_dict(self.packet)
        if self._snapshot is not None and after != self._snapshot:
            self.undo_stack.push(PacketEdit(self, description or self.tr("Edit"),
                                            self._snapshot, after))
        self._snapshot = after
        self._show_changed_packet()

    def _show_changed_packet(self) -> None:
        current = self.tree.currentIndex()
        kind = current.data(KIND_ROLE) if current.isValid() else None
        key = current.siblingAtColumn(0).data(ID_ROLE) if current.isValid() else None
        self.checklist.set_packet(self.packet, self.report)
        self.tree.expandAll()
        if key:  # keep the selection across the model's reset
            again = (self.checklist.document_index(key) if kind == "document"
                     else self.checklist.requirement_index(key))
            if again.isValid():
                self.tree.setCurrentIndex(again)
        self._sync_modified()
        self._recheck_timer.start()

    def _clean_changed(self, _clean: bool) -> None:
        from shiboken6 import isValid

        if isValid(self.undo_stack):  # also emitted while the window is being destroyed
            self._sync_modified()

    def _sync_modified(self) -> None:
        """Modified: an untitled packet, or edits since the last save (undo can return to it)."""
        self.setWindowModified(self.packet is not None and (
            self.packet_path is None or not self.undo_stack.isClean()))

    def restore_snapshot(self, data: dict) -> None:
        """Undo and redo: make the packet what it was (a copy of the recorded state)."""
        base = self.packet_path or Path.cwd() / "untitled.packet"
        self.packet = packet_from_dict(copy.deepcopy(data), base)
        self._snapshot = data
        self.report = None
        self._show_posting()
        self._show_changed_packet()

    # --- checking ------------------------------------------------------------------------------

    def recheck(self) -> None:
        if self.packet is None:
            return
        self._check_generation += 1
        generation = self._check_generation
        packet = self.packet
        self.statusBar().showMessage(self.tr("Checking…"))

        def done(report: CheckReport) -> None:
            if generation != self._check_generation or packet is not self.packet:
                return  # a newer check is on its way
            self.report = report
            self.checklist.set_report(report)
            self.findings.set_findings(report.findings)
            self.statusBar().showMessage(report.summary(packet))
            self.checked.emit(report)

        self._tasks.append(run_in_process(
            "packetizer.core.check.packet.check_packet", (packet,), {}, done,
            lambda exc: show_error(self, exc), owner=self))

    # --- opening and saving --------------------------------------------------------------------

    def _confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the user saved or discarded them."""
        if self.packet is None or not self.isWindowModified():
            return True
        answer = QMessageBox.question(
            self, "Packetizer", self.tr("Save the changes to this packet first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def choose_packet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open packet"), "", PACKET_FILTER)
        if path:
            self.open_packet(path)

    def open_packet(self, path: str | Path) -> bool:
        from packetizer.core.packet.store import load_packet

        if not self._confirm_discard():
            return False
        try:
            packet = load_packet(path)
        except PacketizerError as exc:
            show_error(self, exc)
            return False
        self._remember(Path(path))
        self.set_packet(packet, Path(path))
        return True

    def new_from_posting(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the job posting"), "",
                                              POSTING_FILTER)
        if path:
            self.new_packet_from_file(path)

    def new_packet_from_file(self, posting_path: str | Path) -> bool:
        from packetizer.core.posting import read_posting_file

        try:
            text = read_posting_file(posting_path)
        except PacketizerError as exc:
            show_error(self, exc)
            return False
        return self.new_packet_from_text(text)

    def paste_posting(self) -> None:
        from packetizer.gui.dialogs import PastePostingDialog

        dialog = PastePostingDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.new_packet_from_text(dialog.text.toPlainText())

    def new_packet_from_text(self, text: str) -> bool:
        from packetizer.core.model import Applicant

        if not self._confirm_discard():
            return False
        try:
            packet = new_packet(text, Applicant(self.settings.applicant_name,
                                                self.settings.applicant_email))
        except PacketizerError as exc:
            show_error(self, exc)
            return False
        packet.export_options.footer_template = self.settings.footer_template
        self.set_packet(packet, None)
        return True

    def open_sample(self) -> None:
        from packetizer.core.demo import run_demo

        folder = paths.data_dir() / "sample"
        self.statusBar().showMessage(self.tr("Making the sample packet…"))
        self._tasks.append(run_task(
            lambda progress, cancel: run_demo(folder, progress),
            lambda result: self.open_packet(result.packet_path),
            lambda exc: show_error(self, exc), owner=self))

    def save(self) -> bool:
        if self.packet is None:
            return False
        if self.packet_path is None:
            return self.save_as()
        return self._save_to(self.packet_path)

    def save_as(self) -> bool:
        if self.packet is None:
            return False
        start = str(self.packet_path or Path.home() / "application.packet")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save packet"), start, PACKET_FILTER)
        if not path:
            return False
        if not path.endswith(".packet"):
            path += ".packet"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        from packetizer.core.packet.store import save_packet

        try:
            save_packet(self.packet, path)
        except PacketizerError as exc:
            show_error(self, exc)
            return False
        self._drop_autosave()
        self.packet_path = path
        self._remember(path)
        self.undo_stack.setClean()
        self.setWindowModified(False)
        self._refresh()
        self.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 4000)
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("cannot save settings: %s", exc)

    # --- editing -------------------------------------------------------------------------------

    def _selected_requirement_id(self) -> str:
        index = self.tree.currentIndex()
        if not index.isValid():
            return ""
        if index.data(KIND_ROLE) == "document":
            index = index.parent()
        return index.siblingAtColumn(0).data(ID_ROLE) or ""

    def choose_attachment(self) -> None:
        if self.packet is None:
            return
        req_id = self._selected_requirement_id()
        if not req_id:
            QMessageBox.information(self, "Packetizer",
                                    self.tr("Select a checklist item to attach files to."))
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "",
                                                DOCUMENT_FILTER)
        if files:
            self.attach_files(req_id, files)

    def attach_files(self, requirement_id: str, files: list[str]) -> None:
        """Inspect the files off the UI thread, then add the good ones to the requirement."""
        if self.packet is None:
            return
        packet = self.packet
        try:
            req = find_requirement(packet, requirement_id)
        except PacketizerError as exc:
            show_error(self, exc)
            return

        dialog, show_progress = self._progress_dialog(
            "attachProgress", self.tr("Attach"), self.tr("Reading the files…"))

        def inspect(progress, cancel):
            docs, problems = [], []
            for i, path in enumerate(files):
                cancel.raise_if_cancelled()
                name = Path(path).name
                progress(i, len(files), self.tr("Converting {0} to PDF…").format(name)
                         if Path(path).suffix.lower() != ".pdf" else
                         self.tr("Reading {0}…").format(name))
                try:
                    docs.append(make_document(path, req.id, cancel=cancel))
                except Cancelled:
                    raise
                except PacketizerError as exc:
                    problems.append(exc)
            progress(len(files), len(files), "")
            return docs, problems

        def failed(exc) -> None:
            dialog.reset()
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("Attaching cancelled."), 5000)
            else:
                show_error(self, exc)

        def done(result) -> None:
            dialog.reset()
            docs, problems = result
            if packet is not self.packet:
                return
            if docs:
                self.packet.documents.extend(docs)
                self._changed(self.tr("Attach {0}").format(
                    Path(docs[0].path).name if len(docs) == 1 else
                    self.tr("{0} files").format(len(docs))))
                self.tree.setCurrentIndex(self.checklist.document_index(docs[-1].id))
            for exc in problems:
                show_error(self, exc, self.tr("Cannot attach this file"))

        task = run_task(inspect, done, failed, show_progress, owner=self)
        dialog.canceled.connect(task.cancel)
        self._tasks.append(task)

    def move_document(self, doc_id: str, requirement_id: str, position: int = -1) -> None:
        """Put a document at `position` among `requirement_id`'s documents (-1: last); this is
        also the order in the exported packet."""
        doc = self.packet.document(doc_id) if self.packet else None
        if doc is None or self.packet.posting.requirement(requirement_id) is None:
            return
        before = [(d.id, d.requirement_id) for d in self.packet.documents]
        siblings = [d for d in self.packet.documents_for(requirement_id) if d.id != doc_id]
        if position < 0 or position > len(siblings):
            position = len(siblings)
        documents = [d for d in self.packet.documents if d.id != doc_id]
        if position < len(siblings):
            at = documents.index(siblings[position])
        elif siblings:
            at = documents.index(siblings[-1]) + 1
        else:
            at = len(documents)
        documents.insert(at, doc)
        doc.requirement_id = requirement_id
        self.packet.documents[:] = documents
        if [(d.id, d.requirement_id) for d in documents] != before:
            self._changed(self.tr("Move {0}").format(Path(doc.path).name))
            self.tree.setCurrentIndex(self.checklist.document_index(doc_id))

    def remove_selected(self) -> None:
        index = self.tree.currentIndex()
        if self.packet is None or not index.isValid() or index.data(KIND_ROLE) != "document":
            return
        doc = self.packet.document(index.siblingAtColumn(0).data(ID_ROLE))
        if doc is not None:
            self.packet.documents.remove(doc)
            self._changed(self.tr("Remove {0}").format(Path(doc.path).name))

    def _current_requirement(self):
        req_id = self._selected_requirement_id()
        return self.packet.posting.requirement(req_id) if self.packet and req_id else None

    def add_item(self) -> None:
        from packetizer.gui.dialogs import RequirementDialog

        if self.packet is None:
            return
        dialog = RequirementDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_new_item(dialog.values())

    def apply_new_item(self, values: dict) -> None:
        from packetizer.core.packet import add_requirement

        values = dict(values)
        req = add_requirement(self.packet, values.pop("kind"), values.pop("label"), **values)
        self._changed(self.tr("Add “{0}”").format(req.label))
        self.tree.setCurrentIndex(self.checklist.requirement_index(req.id))

    def edit_item(self) -> None:
        from packetizer.gui.dialogs import RequirementDialog

        req = self._current_requirement()
        if req is None:
            return
        dialog = RequirementDialog(self, req)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_item_edit(req.id, dialog.values())

    def apply_item_edit(self, requirement_id: str, values: dict) -> None:
        from packetizer.core.packet import update_requirement

        req = self.packet.posting.requirement(requirement_id)
        update_requirement(self.packet, req, **values)
        self._changed(self.tr("Edit “{0}”").format(req.label))
        self.tree.setCurrentIndex(self.checklist.requirement_index(req.id))

    def remove_item(self) -> None:
        from packetizer.core.packet import remove_requirement

        req = self._current_requirement()
        if req is None:
            return
        docs = self.packet.documents_for(req.id)
        if docs:
            answer = QMessageBox.question(
                self, self.tr("Remove item"),
                self.tr("Remove “{0}” and the {1} document(s) attached to it? The files "
                        "themselves are not touched.").format(req.label, len(docs)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        remove_requirement(self.packet, req.id)
        self._changed(self.tr("Remove “{0}”").format(req.label))

    def reread(self) -> None:
        """Read the posting again; the user's own edits to the checklist are kept."""
        from packetizer.core.packet import reread_posting

        if self.packet is None:
            return
        try:
            reread_posting(self.packet)
        except PacketizerError as exc:
            show_error(self, exc)
            return
        self._show_posting()
        self._changed(self.tr("Read Posting Again"))

    # --- document actions (context menu, Packet menu, fixes from findings) ----------------------

    def _current_document(self):
        index = self.tree.currentIndex()
        if self.packet is None or not index.isValid() or index.data(KIND_ROLE) != "document":
            return None
        return self.packet.document(index.siblingAtColumn(0).data(ID_ROLE))

    def open_document(self) -> None:
        doc = self._current_document()
        if doc is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(doc.path))

    def show_document_folder(self) -> None:
        doc = self._current_document()
        if doc is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(doc.path).parent)))

    def rename_document(self, title: str | None = None) -> None:
        """The document's bookmark title in the export (and its name in the checklist)."""
        doc = self._current_document()
        if doc is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("Rename bookmark"),
                                             self.tr("Bookmark title in the packet:"),
                                             text=doc.title or Path(doc.path).stem)
            if not ok:
                return
        title = title.strip()
        if title and title != doc.title:
            doc.title = title
            self._changed(self.tr("Rename {0}").format(Path(doc.path).name))

    def select_pages(self, spec: str | None = None) -> bool:
        """Which pages of the document go into the packet ("1-3,5"; empty for all)."""
        from packetizer.core.model import PageSelectionError, parse_page_selection

        doc = self._current_document()
        if doc is None:
            return False
        while True:
            if spec is None:
                text, ok = QInputDialog.getText(
                    self, self.tr("Select pages"),
                    self.tr("Pages of {0} to include (of {1}), e.g. 1-3,5 — empty for all:")
                    .format(Path(doc.path).name, doc.page_count), text=doc.pages)
                if not ok:
                    return False
            else:
                text = spec
            try:
                parse_page_selection(text, doc.page_count)
            except PageSelectionError as exc:
                if spec is not None:
                    show_error(self, exc)
                    return False
                QMessageBox.warning(self, self.tr("Select pages"), str(exc))
                continue
            break
        if text.strip() != doc.pages:
            doc.pages = text.strip()
            self._changed(self.tr("Select pages of {0}").format(Path(doc.path).name))
        return True

    def rotate_document(self) -> None:
        doc = self._current_document()
        if doc is not None:
            doc.rotation = (doc.rotation + 90) % 360
            self._changed(self.tr("Rotate {0}").format(Path(doc.path).name))

    def replace_document(self, path: str | None = None) -> None:
        """Another file in the same place: same item, title and position in the checklist."""
        doc = self._current_document()
        if doc is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Replace {0}").format(
                Path(doc.path).name), str(Path(doc.path).parent), DOCUMENT_FILTER)
            if not path:
                return
        packet, old_id = self.packet, doc.id

        def inspect(progress, cancel):
            progress(0, 1, self.tr("Reading {0}…").format(Path(path).name))
            return make_document(path, doc.requirement_id, title=doc.title, cancel=cancel)

        def done(new) -> None:
            current = packet.document(old_id) if packet is self.packet else None
            if current is None:
                return
            current.path, current.sha256, current.size = new.path, new.sha256, new.size
            current.page_count, current.pages, current.rotation = new.page_count, "", 0
            self._changed(self.tr("Replace with {0}").format(Path(new.path).name))

        self._tasks.append(run_task(inspect, done, lambda exc: show_error(self, exc),
                                    owner=self))

    def add_comment_here(self, text: str | None = None) -> None:
        """A reviewer's comment on the selected item or document (or the whole packet)."""
        from packetizer.core.packet import add_comment

        if self.packet is None:
            return
        index = self.tree.currentIndex()
        about = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else ""
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Add comment"),
                self.tr("Comment for the applicant (shown with the findings and in the "
                        "report):"))
            if not ok:
                return
        try:
            add_comment(self.packet, text, author=self.settings.applicant_name, about=about or "")
        except PacketizerError as exc:
            show_error(self, exc)
            return
        self._changed(self.tr("Add comment"))

    # --- career office: review a folder, bundles ------------------------------------------------

    def show_review(self, folder: Path | None = None):
        from packetizer.gui.review import ReviewWindow

        if getattr(self, "review_window", None) is None:
            self.review_window = ReviewWindow()
            self.review_window.openRequested.connect(self.open_any)
        self.review_window.show()
        self.review_window.raise_()
        if folder is not None:
            self.review_window.review(Path(folder))
        else:
            self.review_window.choose_folder()
        return self.review_window

    def open_any(self, path: str) -> bool:
        """A packet file, or a bundle (unpacked into the data folder first)."""
        if Path(path).suffix == ".packetz":
            return self.open_bundle(Path(path))
        self.raise_()
        self.activateWindow()
        return self.open_packet(path)

    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open bundle"), "",
                                              self.tr("Packet bundles (*.packetz)"))
        if path:
            self.open_bundle(Path(path))

    def open_bundle(self, bundle: Path, folder: Path | None = None) -> bool:
        """Unpack a bundle into a new folder (default: under the data folder) and open it."""
        from packetizer.core.packet.bundle import open_bundle

        if folder is None:
            base = paths.data_dir() / "bundles" / bundle.stem
            folder, n = base, 2
            while folder.exists():
                folder, n = base.with_name(f"{base.name}-{n}"), n + 1
        try:
            packet_path = open_bundle(bundle, folder)
        except PacketizerError as exc:
            show_error(self, exc, self.tr("Cannot open this bundle"))
            return False
        return self.open_packet(packet_path)

    def choose_export_bundle(self) -> None:
        if self.packet is None:
            return
        if self.packet_path is None or self.isWindowModified():
            QMessageBox.information(self, self.tr("Export bundle"),
                                    self.tr("Save the packet first."))
            if not self.save():
                return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), str(self.packet_path.with_suffix(".packetz")),
            self.tr("Packet bundles (*.packetz)"))
        if path:
            self.export_bundle(Path(path))

    def export_bundle(self, target: Path) -> Task:
        return run_in_process(
            "packetizer.core.packet.bundle.write_bundle", (self.packet_path, target), {},
            lambda path: self.statusBar().showMessage(
                self.tr("Bundle written to {0}").format(path), 8000),
            lambda exc: show_error(self, exc), owner=self)

    def edit_applicant(self) -> None:
        from packetizer.gui.dialogs import ApplicantDialog

        if self.packet is None:
            return
        dialog = ApplicantDialog(self, self.packet.applicant.name, self.packet.applicant.email,
                                 remember=not self.settings.applicant_name)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_applicant(*dialog.values(), remember=dialog.remember.isChecked())

    def set_applicant(self, name: str, email: str, remember: bool = False) -> None:
        if (name, email) != (self.packet.applicant.name, self.packet.applicant.email):
            self.packet.applicant.name, self.packet.applicant.email = name, email
            self._changed(self.tr("Applicant"))
        if remember:
            self.settings.applicant_name, self.settings.applicant_email = name, email
            try:
                save_settings(self.settings)
            except PacketizerError as exc:
                show_error(self, exc)

    def edit_settings(self) -> None:
        from packetizer.gui.dialogs import SettingsDialog
        from packetizer.gui.theme import languages

        dialog = SettingsDialog(self, self.settings, languages())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply_to(self.settings)
            self.apply_settings()

    def apply_settings(self) -> None:
        """Save the settings and apply what shows at once (look, language)."""
        from PySide6.QtWidgets import QApplication

        from packetizer.gui.theme import apply_language, apply_theme

        try:
            save_settings(self.settings)
        except PacketizerError as exc:
            show_error(self, exc)
        app = QApplication.instance()
        apply_theme(app, self.settings.theme)
        apply_language(app, self.settings.language)

    def mark_sent_separately(self, requirement_id: str) -> None:
        from packetizer.core.packet import update_requirement

        req = self.packet.posting.requirement(requirement_id) if self.packet else None
        if req is not None and not req.submitted_separately:
            update_requirement(self.packet, req, submitted_separately=True)
            self._changed(self.tr("“{0}” sent separately").format(req.label))

    def fix_finding(self, finding) -> None:
        """Do what a finding's fix says, where the app can: its `action`."""
        self._select_finding_target(finding)
        action = finding.action
        if action == "attach":
            self.choose_attachment()
        elif action == "remove" and finding.document_id:
            self.remove_selected()
        elif action == "replace file" and finding.document_id:
            self.replace_document()
        elif action == "select pages" and finding.document_id:
            self.select_pages()
        elif action == "select pages" and finding.requirement_id:
            docs = self.packet.documents_for(finding.requirement_id)
            if docs:  # an item over its page limit: choose the pages of its first document
                self.tree.setCurrentIndex(self.checklist.document_index(docs[0].id))
                self.select_pages()
        elif action == "rotate" and finding.document_id:
            self.rotate_document()
        elif action == "refresh" and finding.document_id:
            doc = self._current_document()
            if doc is not None:
                self.replace_document(doc.path)
        elif action == "edit applicant":
            self.edit_applicant()
        elif action == "mark submitted separately" and finding.requirement_id:
            self.mark_sent_separately(finding.requirement_id)

    def _tree_double_clicked(self, index) -> None:
        if index.data(KIND_ROLE) == "requirement":
            self.edit_item()

    def _tree_menu(self, pos) -> None:

        if self.packet is None:
            return
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        if index.isValid():
            menu.addAction(self.act_attach)
            if index.data(KIND_ROLE) == "document":
                for act in (self.act_open_doc, self.act_show_doc, None, self.act_replace_doc,
                            self.act_rename_doc, self.act_pages_doc, self.act_rotate_doc,
                            self.act_remove):
                    menu.addSeparator() if act is None else menu.addAction(act)
            menu.addAction(self.act_comment)
            menu.addSeparator()
            menu.addAction(self.act_edit_item)
            menu.addAction(self.act_remove_item)
        menu.addAction(self.act_add_item)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _selection_changed(self, current, previous) -> None:
        is_doc = current.isValid() and current.data(KIND_ROLE) == "document"
        for act in (self.act_remove, self.act_open_doc, self.act_show_doc, self.act_replace_doc,
                    self.act_rename_doc, self.act_pages_doc, self.act_rotate_doc):
            act.setEnabled(is_doc)
        self.remove_button.setEnabled(is_doc)
        if is_doc and self.packet is not None:
            self.preview_document(current.siblingAtColumn(0).data(ID_ROLE))

    def preview_document(self, doc_id: str) -> bool:
        """Show a document in the preview: its PDF, or the PDF made from it."""
        doc = self.packet.document(doc_id) if self.packet else None
        if doc is None:
            return False
        facts = self.report.facts.get(doc_id) if self.report else None
        pdf = facts.pdf_path if facts is not None and facts.pdf_path else doc.path
        if facts is not None and not facts.usable:
            self.preview.clear(self.tr("{0} cannot be shown: {1}").format(
                Path(doc.path).name, facts.problem))
            return False
        return self.preview.show_pdf(pdf, doc.title or Path(doc.path).name)

    def _finding_clicked(self, index) -> None:
        finding = self.findings.finding(index.row())
        if finding is not None:
            self._select_finding_target(finding)

    def _finding_activated(self, index) -> None:
        finding = self.findings.finding(index.row())
        if finding is not None and finding.action:
            self.fix_finding(finding)

    def _select_finding_target(self, finding) -> None:
        target = (self.checklist.document_index(finding.document_id) if finding.document_id
                  else self.checklist.requirement_index(finding.requirement_id))
        if target.isValid():
            self.tree.setCurrentIndex(target)
            self.tree.scrollTo(target)

    # --- export --------------------------------------------------------------------------------

    def default_export_path(self) -> Path:
        folder = Path(self.settings.export_folder) if self.settings.export_folder else (
            self.packet_path.parent if self.packet_path else Path.home())
        stem = self.packet_path.stem if self.packet_path else "application"
        return folder / f"{stem}.pdf"

    def choose_export(self) -> None:
        if self.packet is None:
            return
        force = False
        if self.report is None or self.report.errors:
            count = len(self.report.errors) if self.report else 0
            answer = QMessageBox.question(
                self, self.tr("Export an incomplete packet?"),
                self.tr("The check found {0} problem(s). Export anyway? The PDF will include "
                        "only the documents that can be read.").format(count))
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        from packetizer.gui.dialogs import ExportDialog

        dialog = ExportDialog(self, self.packet.export_options, self.default_export_path())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_export_options(dialog.options(self.packet.export_options))
        mode, target = dialog.target()
        if mode == "separate":
            self.export_separate_to(target, force=force)
        else:
            self.export_to(target, force=force)

    def apply_export_options(self, options) -> None:
        """Export settings belong to the packet: a change is an (undoable) edit."""
        if options != self.packet.export_options:
            self.packet.export_options = options
            self._changed(self.tr("Export settings"))

    def _run_export(self, function: str, args: tuple, force: bool, on_result) -> Task:
        """An export in the worker process with a progress dialog whose Cancel stops it."""
        dialog, progress = self._progress_dialog("exportProgress", self.tr("Export"),
                                                 self.tr("Exporting…"))

        def finished(result) -> None:
            dialog.reset()
            on_result(result)

        def failed(exc) -> None:
            dialog.reset()
            self.exported.emit(None)
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."),
                                             8000)
            else:
                show_error(self, exc, self.tr("Export failed"))

        task = run_in_process(function, args, {"force": force}, finished, failed, progress,
                              owner=self)
        dialog.canceled.connect(task.cancel)
        self._tasks.append(task)
        return task

    def export_separate_to(self, folder: Path, force: bool = False) -> Task:
        """Separate files for upload portals, in the worker, cancellable."""

        def finished(results) -> None:
            self.statusBar().showMessage(
                self.tr("Exported {0} files to {1}").format(len(results), folder), 8000)
            self.exported.emit(results[0] if results else None)
            notes = sorted({n for r in results for n in r.profile_notes})
            if not self.property("quietExport"):
                self._export_done(folder, notes)

        return self._run_export("packetizer.core.export.export_separate",
                                (self.packet, folder), force, finished)

    def export_to(self, target: Path, force: bool = False) -> Task:
        """One merged PDF, in the worker, cancellable."""

        def finished(result) -> None:
            self.statusBar().showMessage(
                self.tr("Exported {0} ({1} pages)").format(Path(result.path).name,
                                                           result.page_count), 8000)
            # the exported packet in the preview, bookmarks and all
            self.preview.show_pdf(result.path, self.tr("Exported: {0}").format(
                Path(result.path).name))
            self.exported.emit(result)
            if not self.property("quietExport"):
                self._export_done(Path(result.path), result.profile_notes)

        return self._run_export("packetizer.core.export.export_packet",
                                (self.packet, target), force, finished)

    def _progress_dialog(self, name: str, title: str, label: str):
        """A window-modal progress dialog shown when work takes over 0.3 s; returns it and the
        progress callback that drives it."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, self)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))
            dialog.setLabelText(message)

        return dialog, progress

    def _export_done(self, path: Path, notes: list[str] | None = None) -> None:
        text = self.tr("Wrote {0}.").format(path)
        if notes:
            text += "\n\n" + "\n".join(f"• {note}" for note in notes)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"), text,
                          parent=self)
        open_pdf = box.addButton(self.tr("Open PDF") if path.suffix == ".pdf"
                                 else self.tr("Open Folder"), QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is show:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # --- misc ----------------------------------------------------------------------------------

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Packetizer"),
                          self.tr("<h3>Packetizer {0}</h3><p>Builds job-application packets "
                                  "from the posting. Works offline; nothing leaves your "
                                  "computer.</p>").format(__version__))

    def closeEvent(self, event) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        for task in self._tasks:
            task.cancel()
        self._drop_autosave()  # closed cleanly: changes were saved or discarded
        self._save_state()
        event.accept()


class PacketEdit(QUndoCommand):
    """One edit of the packet, as the packet's data before and after it."""

    def __init__(self, window: MainWindow, text: str, before: dict, after: dict) -> None:
        super().__init__(text)
        self.window, self.before, self.after = window, before, after
        self._applied = True  # pushed after the edit was made: the first redo does nothing

    def undo(self) -> None:
        self.window.restore_snapshot(self.before)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.window.restore_snapshot(self.after)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
