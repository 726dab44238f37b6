"""The main window: layout and wiring. The packet lives in `open_packet_state` (OpenPacket); the
panels show it; what the user does is handled by `files`, `documents`, `items` and `exporting`;
the commands and menus come from the action table; fixes from the fix table."""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from packetizer import __version__
from packetizer.core.appdata import paths
from packetizer.core.appdata.settings import Settings, load_settings, save_settings
from packetizer.core.check import Finding
from packetizer.core.errors import PacketizerError
from packetizer.core.model import Requirement
from packetizer.gui import messages
from packetizer.gui.mainwindow import actions as action_table
from packetizer.gui.mainwindow.documents import DocumentActions
from packetizer.gui.mainwindow.exporting import ExportActions
from packetizer.gui.mainwindow.files import FileActions
from packetizer.gui.mainwindow.fixes import can_fix, fix_finding
from packetizer.gui.mainwindow.items import ItemActions
from packetizer.gui.mainwindow.open_packet import OpenPacket
from packetizer.gui.mainwindow.panels import (
    ChecklistPanel,
    FindingsPanel,
    PostingPanel,
    WelcomePage,
)
from packetizer.gui.mainwindow.season import SeasonActions
from packetizer.gui.models import ChecklistModel, FindingsModel
from packetizer.gui.preview import PreviewPanel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    checked = Signal(object)  # the CheckReport, after each check
    exported = Signal(object)  # the ExportResult (None when an export failed)
    packetLoaded = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Packetizer[*]")  # the [*] shows the modified mark
        self.resize(1280, 800)
        self.settings = settings or load_settings()
        self.open_packet_state = state = OpenPacket(self.settings, self)
        self.checklist = ChecklistModel(self)
        self.findings = FindingsModel(self)
        self.files = FileActions(self)
        self.season = SeasonActions(self)
        self.documents = DocumentActions(self)
        self.items = ItemActions(self)
        self.exporting = ExportActions(self)
        self._build()
        self.commands = action_table.build_actions(self)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(
            self.recent_menu))
        action_table.build_menus(self, self.commands, {"recent": self.recent_menu})
        action_table.build_toolbar(self, self.commands)
        self._wire(state)
        self._restore_state()
        self._refresh()

    # --- what is where ---------------------------------------------------------------------

    @property
    def packet(self):
        return self.open_packet_state.packet

    @property
    def report(self):
        return self.open_packet_state.report

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.posting_panel = PostingPanel()
        self.checklist_panel = ChecklistPanel(self.checklist)
        self.tree = self.checklist_panel.tree
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_item_button = QPushButton(self.tr("Add item…"))
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("exportButton")
        self.checklist_panel.add_buttons(
            [self.attach_button, self.remove_button, self.add_item_button],
            [self.export_button])
        self.findings_panel = FindingsPanel(self.findings)
        self.findings_panel.can_fix = can_fix
        self.preview = PreviewPanel()
        # findings and the preview share the right-hand side, as tabs
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.findings_panel, self.tr("Findings"))
        self.side_tabs.addTab(self.preview, self.tr("Preview"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for panel in (self.posting_panel, self.checklist_panel, self.side_tabs):
            self.splitter.addWidget(panel)
        self.splitter.setSizes([400, 480, 400])
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        # the check's summary stays in the status bar; passing messages show beside it
        self.summary_label = QLabel()
        self.summary_label.setObjectName("statusSummary")
        self.statusBar().addPermanentWidget(self.summary_label)
        self.setAcceptDrops(True)  # a posting or a packet dropped on the window opens
        # Tab goes through the three panels, left to right, and back to the posting
        chain = [self.posting_panel.view, self.tree, self.attach_button, self.remove_button,
                 self.add_item_button, self.export_button, self.side_tabs,
                 self.findings_panel.severity, self.findings_panel.view,
                 self.findings_panel.detail, self.findings_panel.fix_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._help = None

    def _wire(self, state: OpenPacket) -> None:
        welcome = self.welcome
        welcome.newRequested.connect(self.files.new_from_posting)
        welcome.pasteRequested.connect(self.files.paste_posting)
        welcome.openRequested.connect(self.files.choose_packet)
        welcome.sampleRequested.connect(self.files.open_sample)
        welcome.recentRequested.connect(self.files.open_packet)
        welcome.seasonRequested.connect(lambda: self.season.show_season())
        welcome.applicationRequested.connect(self.files.open_packet)
        self.attach_button.clicked.connect(self.documents.choose_attachment)
        self.remove_button.clicked.connect(self.documents.remove_selected)
        self.add_item_button.clicked.connect(self.items.add_item)
        self.export_button.clicked.connect(self.exporting.choose_export)
        self.checklist.filesDropped.connect(self.documents.attach_files)
        self.checklist.documentMoved.connect(self.documents.move_document)
        self.checklist_panel.selectionChanged.connect(self._selection_changed)
        self.checklist_panel.itemActivated.connect(self.items.edit_item)
        self.checklist_panel.menuRequested.connect(self._checklist_menu)
        self.checklist_panel.addItemRequested.connect(self.items.add_item)
        self.checklist_panel.pasteRequested.connect(self.files.paste_posting)
        self.findings_panel.findingClicked.connect(self.select_finding_target)
        self.findings_panel.findingActivated.connect(self.fix_finding)
        state.loaded.connect(self._loaded)
        state.saved.connect(self._refresh)  # the title names the file now
        state.postingChanged.connect(self._show_posting)
        state.changed.connect(lambda: self.checklist_panel.show_packet(state.packet,
                                                                        state.report))
        state.checked.connect(self._checked)
        state.modifiedChanged.connect(self.setWindowModified)
        state.problem.connect(lambda exc, title: messages.show_error(self, exc, title))
        state.status.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.exporting.exported.connect(self.exported)

    # --- showing the packet ----------------------------------------------------------------

    def _refresh(self) -> None:
        state = self.open_packet_state
        has_packet = state.packet is not None
        self.stack.setCurrentIndex(1 if has_packet else 0)
        self.welcome.set_recent(self.settings.recent_packets or [])
        action_table.enable_actions(self.commands, has_packet,
                                    bool(self.checklist_panel.current_document_id()))
        self.remove_button.setEnabled(bool(self.checklist_panel.current_document_id()))
        name = state.path.name if state.path else self.tr("Untitled packet")
        self.setWindowTitle(f"{name}[*] — Packetizer" if has_packet else "Packetizer[*]")
        self.setWindowModified(state.modified)
        if not has_packet:
            self.statusBar().clearMessage()
            self._set_summary("")

    def _loaded(self) -> None:
        self.findings_panel.show_findings([])
        self._refresh()
        self.packetLoaded.emit()

    def _show_posting(self) -> None:
        if self.packet is not None:
            self.posting_panel.show_posting(self.packet.posting)

    def _checked(self, report) -> None:
        self._set_summary(self.summary(report))
        self.statusBar().clearMessage()  # "Checking…" is over
        self.checklist_panel.show_report(report)
        self.findings_panel.show_findings(report.findings)
        self.checked.emit(report)

    def _set_summary(self, text: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.setMinimumWidth(self.summary_label.sizeHint().width())

    def summary(self, report) -> str:
        """"3 of 3 required items ready, 2 with warnings · 1 error": the ready count and what
        the ⚠ and ✗ beside the items say, both."""
        if self.packet is None or report is None:
            return ""
        if not self.packet.posting.requirements:
            return self.tr("The checklist is empty: add the items the posting asks for")
        ready, required, warned = report.readiness(self.packet)
        text = self.tr("%n of {0} required items ready", "", ready).format(required)
        if warned:
            text += self.tr(", %n with warnings", "", warned)
        errors = len(report.errors)
        if errors:
            text += " · " + (self.tr("1 error") if errors == 1 else
                             self.tr("{0} errors").format(errors))
        return text

    def _selection_changed(self, kind: str, key: str) -> None:
        is_doc = kind == "document"
        action_table.enable_actions(self.commands, self.packet is not None, is_doc)
        self.remove_button.setEnabled(is_doc)
        if is_doc and self.packet is not None:
            self.documents.preview_document(key)
        self.posting_panel.show_requirement(self._requirement_of(kind, key))

    def _requirement_of(self, kind: str, key: str) -> Requirement | None:
        if self.packet is None:
            return None
        if kind == "document":
            doc = self.packet.document(key)
            key = doc.requirement_id if doc else ""
        elif kind != "requirement":
            return None
        return self.packet.posting.requirement(key)

    def _checklist_menu(self, global_pos) -> None:
        if self.packet is None:
            return
        kind, _key = self.checklist_panel.current()
        names = {"document": action_table.DOCUMENT_MENU, "requirement":
                 action_table.ITEM_MENU}.get(kind, action_table.EMPTY_MENU)
        action_table.fill_menu(QMenu(self), self.commands, names).popup(global_pos)

    # --- findings --------------------------------------------------------------------------

    def select_finding_target(self, finding: Finding) -> None:
        if finding.document_id:
            self.checklist_panel.select("document", finding.document_id)
        else:
            self.checklist_panel.select("requirement", finding.requirement_id)

    def fix_finding(self, finding: Finding) -> bool:
        """Do what a finding's fix says, where the app can (see fixes.FIXES)."""
        return fix_finding(self, finding)

    # --- settings, state, about, closing ---------------------------------------------------

    def edit_settings(self) -> None:
        from packetizer.gui.dialogs import SettingsDialog
        from packetizer.gui.theme import languages

        dialog = SettingsDialog(self, self.settings, languages())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply_to(self.settings)
            self.apply_settings()

    def apply_settings(self) -> None:
        """Save the settings and apply what shows at once (look, language)."""
        from packetizer.gui.theme import apply_language, apply_theme

        try:
            save_settings(self.settings)
        except PacketizerError as exc:
            messages.show_error(self, exc)
        app = QApplication.instance()
        apply_theme(app, self.settings.theme)
        apply_language(app, self.settings.language)

    def qsettings(self) -> QSettings:
        """The window's own stored state (size, panels, the last folder used)."""
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        store = self.qsettings()
        geometry = store.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = store.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_state(self) -> None:
        store = self.qsettings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("splitter", self.splitter.saveState())
        store.sync()

    def about(self) -> None:
        messages.about(self, self.tr("About Packetizer"),
                       self.tr("<h3>Packetizer {0}</h3><p>Builds job-application packets "
                               "from the posting. Works offline; nothing leaves your "
                               "computer.</p>").format(__version__))

    def show_guide(self, tab: int = 0) -> None:
        """The user guide (F1) and the keyboard shortcuts, in a window beside this one."""
        from packetizer.gui.help import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self.commands, self)
        self._help.tabs.setCurrentIndex(tab)
        self._help.show()
        self._help.raise_()

    def show_shortcuts(self) -> None:
        self.show_guide(1)

    # --- a posting or a packet dropped on the window ---------------------------------------

    def _dropped_file(self, event) -> str:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        if len(paths) != 1:
            return ""
        suffix = paths[0].rsplit(".", 1)[-1].lower() if "." in paths[0] else ""
        if suffix in ("packet", "packetz"):
            return paths[0]
        if suffix in ("txt", "md", "html", "htm") or (suffix == "pdf" and self.packet is None):
            return paths[0]  # a posting (a PDF is one only on the welcome page)
        return ""

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event):
            event.setDropAction(Qt.DropAction.CopyAction)  # read, never moved
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if not path:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if path.lower().endswith((".packet", ".packetz")):
            self.files.open_any(path)
        else:
            self.files.new_packet_from_file(path)

    def offer_recovery(self) -> bool:
        return self.files.offer_recovery()

    def open_packet(self, path) -> bool:
        return self.files.open_packet(path)

    def closeEvent(self, event) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.open_packet_state.close()  # closed cleanly: changes were saved or discarded
        for other in (self.files.review_window, self.season.season_window):
            if other is not None:
                other.close()
        self._save_state()
        event.accept()
