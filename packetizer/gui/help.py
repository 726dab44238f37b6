"""Help inside the app: a short user guide (F1) and the keyboard shortcuts, both shown in one
window, offline. The shortcuts are read from the command table, so they are never out of date.
Every text is marked for translation in the "Help" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout

Q = QCoreApplication


def guide_html() -> str:
    """The user guide: the four steps of a packet, then undo, saving and privacy."""
    sections = [
        (Q.translate("Help", "1. Read the posting"),
         Q.translate("Help", "Choose <i>File → New Packet from Posting…</i> (a .txt, .md, .html "
                     "or .pdf file) or <i>New Packet from Pasted Posting…</i> and paste the "
                     "advertisement; a posting or a packet can also be dropped on the window. "
                     "The materials the posting asks for become the checklist; select an item "
                     "to see the sentence it came from, marked in the posting on the left.")),
        (Q.translate("Help", "2. Attach your documents"),
         Q.translate("Help", "Drop files on an item in the checklist, or select the item and "
                     "choose <i>Packet → Attach Files…</i>. PDF files are used as they are; "
                     "Word, OpenDocument, text and image files are converted. Your own files "
                     "are never changed.")),
        (Q.translate("Help", "3. Check the packet"),
         Q.translate("Help", "The findings on the right say what is missing, what breaks a "
                     "limit and what looks wrong, each with its evidence and a fix. Select a "
                     "finding to read it in full; <i>Fix…</i> does what it suggests where the "
                     "app can.")),
        (Q.translate("Help", "4. Export"),
         Q.translate("Help", "<i>File → Export PDF…</i> writes one PDF with a cover page, "
                     "bookmarks and page numbers, or one file per item for upload portals. A "
                     "failed or cancelled export leaves no file behind.")),
        (Q.translate("Help", "A whole season"),
         Q.translate("Help", "<i>File → Season Overview…</i> lists every application in a "
                     "folder — deadline and days left, how ready, when exported and submitted, "
                     "what came of it. Double-click one to open it; <i>Mark As</i> records an "
                     "outcome; the deadlines can be saved as a calendar.")),
        (Q.translate("Help", "Undo and saving"),
         Q.translate("Help", "Every change can be undone. Packets are saved as .packet files; "
                     "unsaved changes are kept safe and offered again if the app closes "
                     "unexpectedly.")),
        (Q.translate("Help", "Offline and private"),
         Q.translate("Help", "Packetizer never goes online. Nothing you open or write leaves "
                     "your computer.")),
    ]
    return f"<h2>{Q.translate('Help', 'Using Packetizer')}</h2>" + "".join(
        f"<h3>{title}</h3><p>{body}</p>" for title, body in sections)


def shortcuts_html(actions: dict) -> str:
    """A table of every command with a shortcut, in menu order, in the platform's notation."""
    from packetizer.gui.mainwindow.actions import COMMANDS

    rows = []
    for name in [c.name for c in COMMANDS] + ["undo", "redo"]:
        action = actions.get(name)
        if action is None or action.shortcut().isEmpty():
            continue
        text = action.text().replace("&", "").rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        rows.append(f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>")
    return (f"<h2>{Q.translate('Help', 'Keyboard shortcuts')}</h2><table cellpadding='4'>"
            + "".join(rows) + "</table><p>"
            + Q.translate("Help", "In the preview, Page Up and Page Down turn the pages.")
            + "</p>")


class HelpDialog(QDialog):
    """The guide and the shortcuts, as two tabs, in a window beside the main one."""

    def __init__(self, actions: dict, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(Q.translate("Help", "Packetizer Help"))
        self.resize(620, 560)
        self.tabs = QTabWidget()
        for title, html, name in (
                (Q.translate("Help", "Guide"), guide_html(), "helpGuide"),
                (Q.translate("Help", "Keyboard Shortcuts"), shortcuts_html(actions),
                 "helpShortcuts")):
            browser = QTextBrowser()
            browser.setObjectName(name)
            browser.setOpenLinks(False)
            browser.setHtml(html)
            self.tabs.addTab(browser, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.NonModal)
