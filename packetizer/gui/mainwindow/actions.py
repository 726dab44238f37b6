"""Every command of the main window in one table: its text, shortcut, what it runs and when it
is enabled; and the menus made from it. A new command is one row here (and its handler)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

Keys = QKeySequence.StandardKey


@dataclass(frozen=True)
class Command:
    name: str
    text: str  # marked for translation in the "MainWindow" context
    run: Callable  # window -> the callable the action triggers
    shortcut: object = None  # a QKeySequence.StandardKey or a key string
    needs: str = ""  # "packet": enabled with an open packet; "document": a selected document
    object_name: str = ""


COMMANDS = [
    Command("new", QT_TRANSLATE_NOOP("MainWindow", "&New Packet from Posting…"),
            lambda w: w.files.new_from_posting, Keys.New),
    Command("paste", QT_TRANSLATE_NOOP("MainWindow", "New Packet from &Pasted Posting…"),
            lambda w: w.files.paste_posting, "Ctrl+Shift+V"),
    Command("open", QT_TRANSLATE_NOOP("MainWindow", "&Open Packet…"),
            lambda w: w.files.choose_packet, Keys.Open),
    Command("open_bundle", QT_TRANSLATE_NOOP("MainWindow", "Open &Bundle…"),
            lambda w: w.files.choose_bundle),
    Command("season", QT_TRANSLATE_NOOP("MainWindow", "Season Overvie&w…"),
            lambda w: w.season.show_season, "Ctrl+Shift+O"),
    Command("review", QT_TRANSLATE_NOOP("MainWindow", "Re&view Folder of Packets…"),
            lambda w: w.files.show_review),
    Command("save", QT_TRANSLATE_NOOP("MainWindow", "&Save"), lambda w: w.files.save, Keys.Save,
            "packet"),
    Command("save_as", QT_TRANSLATE_NOOP("MainWindow", "Save &As…"), lambda w: w.files.save_as,
            Keys.SaveAs, "packet"),
    Command("export", QT_TRANSLATE_NOOP("MainWindow", "&Export PDF…"),
            lambda w: w.exporting.choose_export, "Ctrl+E", "packet", "exportAction"),
    Command("export_bundle", QT_TRANSLATE_NOOP("MainWindow", "Export B&undle…"),
            lambda w: w.files.choose_export_bundle, needs="packet"),
    Command("settings", QT_TRANSLATE_NOOP("MainWindow", "Se&ttings…"), lambda w: w.edit_settings,
            Keys.Preferences, object_name="settingsAction"),
    Command("close", QT_TRANSLATE_NOOP("MainWindow", "&Close Packet"),
            lambda w: w.files.close_packet, "Ctrl+W", "packet"),
    Command("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), lambda w: w.close, "Ctrl+Q"),
    Command("applicant", QT_TRANSLATE_NOOP("MainWindow", "A&pplicant…"),
            lambda w: w.items.edit_applicant, needs="packet"),
    Command("referees", QT_TRANSLATE_NOOP("MainWindow", "Trac&k Referees…"),
            lambda w: w.season.edit_referees, needs="packet"),
    Command("comment", QT_TRANSLATE_NOOP("MainWindow", "Add &Comment…"),
            lambda w: w.items.add_comment_here, "Ctrl+Shift+M", "packet"),
    Command("attach", QT_TRANSLATE_NOOP("MainWindow", "&Attach Files…"),
            lambda w: w.documents.choose_attachment, "Ctrl+T", "packet"),
    Command("copy_from", QT_TRANSLATE_NOOP("MainWindow", "Cop&y From Another Application…"),
            lambda w: w.season.copy_from_application, needs="packet"),
    Command("remove", QT_TRANSLATE_NOOP("MainWindow", "&Remove Document"),
            lambda w: w.documents.remove_selected, Keys.Delete, "document"),
    Command("replace_doc", QT_TRANSLATE_NOOP("MainWindow", "Rep&lace File…"),
            lambda w: w.documents.replace_document, needs="document"),
    Command("rename_doc", QT_TRANSLATE_NOOP("MainWindow", "Re&name Bookmark…"),
            lambda w: w.documents.rename_document, needs="document"),
    Command("pages_doc", QT_TRANSLATE_NOOP("MainWindow", "Select Pa&ges…"),
            lambda w: w.documents.select_pages, needs="document"),
    Command("rotate_doc", QT_TRANSLATE_NOOP("MainWindow", "Ro&tate Clockwise"),
            lambda w: w.documents.rotate_document, "Ctrl+R", "document"),
    Command("ocr_doc", QT_TRANSLATE_NOOP("MainWindow", "Make &Searchable (OCR)…"),
            lambda w: w.documents.make_searchable, needs="document"),
    Command("open_doc", QT_TRANSLATE_NOOP("MainWindow", "&Open in Viewer"),
            lambda w: w.documents.open_document, "Ctrl+Return", "document"),
    Command("show_doc", QT_TRANSLATE_NOOP("MainWindow", "Show in &Folder"),
            lambda w: w.documents.show_document_folder, needs="document"),
    Command("add_item", QT_TRANSLATE_NOOP("MainWindow", "Add &Item…"), lambda w: w.items.add_item,
            needs="packet"),
    Command("edit_item", QT_TRANSLATE_NOOP("MainWindow", "&Edit Item…"),
            lambda w: w.items.edit_item, "F2", "packet"),
    Command("remove_item", QT_TRANSLATE_NOOP("MainWindow", "Remove Ite&m"),
            lambda w: w.items.remove_item, needs="packet"),
    Command("reread", QT_TRANSLATE_NOOP("MainWindow", "Rea&d Posting Again"),
            lambda w: w.items.reread, needs="packet"),
    Command("check", QT_TRANSLATE_NOOP("MainWindow", "C&heck Again"),
            lambda w: w.open_packet_state.recheck, "F5", "packet"),
    Command("guide", QT_TRANSLATE_NOOP("MainWindow", "Packetizer &Help"), lambda w: w.show_guide,
            Keys.HelpContents),
    Command("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
            lambda w: w.show_shortcuts),
    Command("about", QT_TRANSLATE_NOOP("MainWindow", "&About Packetizer"), lambda w: w.about),
]

# None is a separator; "recent" the Open Recent submenu; "undo"/"redo" the undo stack's actions
MENUS = [
    (QT_TRANSLATE_NOOP("MainWindow", "&File"),
     ["new", "paste", "open", "recent", "open_bundle", None, "season", "review", None, "save",
      "save_as", None, "export", "export_bundle", None, "settings", None, "close", "quit"]),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ["undo", "redo"]),
    (QT_TRANSLATE_NOOP("MainWindow", "&Packet"),
     ["applicant", "referees", "comment", None, "attach", "copy_from", "remove", "replace_doc",
      "rename_doc", "pages_doc", "rotate_doc", "ocr_doc", "open_doc", "show_doc", None,
      "add_item", "edit_item", "remove_item", "reread", None, "check"]),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ["guide", "shortcuts", None, "about"]),
]
# the main actions, in the toolbar (with their text: they are few and must be found)
TOOLBAR = ["new", "open", "save", None, "attach", "check", None, "export"]
# the checklist's context menu: on a document, on an item, and always
DOCUMENT_MENU = ["attach", "open_doc", "show_doc", None, "replace_doc", "rename_doc",
                 "pages_doc", "rotate_doc", "ocr_doc", "remove", "comment", None, "edit_item",
                 "remove_item", "add_item"]
ITEM_MENU = ["attach", "copy_from", "comment", None, "edit_item", "remove_item", "add_item"]
EMPTY_MENU = ["add_item"]


def _translate(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_actions(window) -> dict[str, QAction]:
    """One QAction per command (parented to the window), plus undo and redo."""
    actions = {}
    for command in COMMANDS:
        action = QAction(_translate(command.text), window)
        action.triggered.connect(lambda _checked=False, c=command: c.run(window)())
        if command.shortcut is not None:
            action.setShortcut(QKeySequence(command.shortcut))
        if command.object_name:
            action.setObjectName(command.object_name)
        action.setProperty("needs", command.needs)
        actions[command.name] = action
    actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
    undo_stack = window.open_packet_state.undo_stack
    actions["undo"] = undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo"))
    actions["undo"].setShortcut(QKeySequence.StandardKey.Undo)
    actions["redo"] = undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo"))
    actions["redo"].setShortcut(QKeySequence.StandardKey.Redo)
    return actions


def fill_menu(menu, actions: dict[str, QAction], names: list, submenus: dict | None = None):
    for name in names:
        if name is None:
            menu.addSeparator()
        elif submenus and name in submenus:
            menu.addMenu(submenus[name])
        else:
            menu.addAction(actions[name])
    return menu


def build_menus(window, actions: dict[str, QAction], submenus: dict) -> None:
    for title, names in MENUS:
        fill_menu(window.menuBar().addMenu(_translate(title)), actions, names, submenus)


def build_toolbar(window, actions: dict[str, QAction]) -> None:
    bar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main actions"))
    bar.setObjectName("mainToolBar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    fill_menu(bar, actions, TOOLBAR)


def enable_actions(actions: dict[str, QAction], has_packet: bool, has_document: bool) -> None:
    """Enable each action by what it needs: an open packet, or a selected document."""
    for action in actions.values():
        needs = action.property("needs") or ""
        if needs == "packet":
            action.setEnabled(has_packet)
        elif needs == "document":
            action.setEnabled(has_packet and has_document)
