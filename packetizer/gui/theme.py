"""Light, dark or the system's look, and the interface language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from packetizer.core.appdata.paths import resource

log = logging.getLogger(__name__)
_system_palette: QPalette | None = None
_translator: QTranslator | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Link: "#6ea8fe", QPalette.ColorRole.BrightText: "#ff6b6b",
        # the edges Fusion draws check boxes, radio buttons and frames with: visible on dark
        QPalette.ColorRole.Light: "#5a5a5a", QPalette.ColorRole.Midlight: "#4a4a4a",
        QPalette.ColorRole.Mid: "#8a8a8a", QPalette.ColorRole.Dark: "#9a9a9a",
        QPalette.ColorRole.Shadow: "#111111",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


# a focus that can be seen, in light and dark: a 2-px ring in the highlight colour on the
# widget that has the keyboard (the style's own is a 1-px dotted line, invisible on dark text
# areas)
FOCUS_STYLE = """
QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QTreeView:focus, QListView:focus,
QListWidget:focus, QLineEdit:focus, QSpinBox:focus, QComboBox:focus {
    border: 2px solid palette(highlight); }
QPushButton:focus { border: 2px solid palette(highlight); border-radius: 4px;
    background: palette(button); color: palette(button-text); padding: 1px 4px; }
"""


# Fusion outlines an unchecked box or radio button in a shade of the window colour: all but
# invisible on dark (the page picker's left-out pages, the review's filter). On dark, they get
# an edge of their own; checked ones keep Fusion's mark.
DARK_STYLE = """
QListView::indicator:unchecked, QTreeView::indicator:unchecked,
QCheckBox::indicator:unchecked {
    width: 12px; height: 12px; border: 1px solid #9a9a9a; border-radius: 2px;
    background: #1e1e1e; }
QRadioButton::indicator:unchecked {
    width: 12px; height: 12px; border: 1px solid #9a9a9a; border-radius: 7px;
    background: #1e1e1e; }
"""


def apply_theme(app, theme: str) -> None:
    """"system" follows the desktop; "light" and "dark" are set explicitly (the platform's
    colour scheme where Qt supports it, and a palette, which works everywhere)."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    hints = QGuiApplication.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    else:
        hints.unsetColorScheme()
        app.setPalette(_system_palette)
    dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128  # also a dark system
    app.setStyleSheet(FOCUS_STYLE + (DARK_STYLE if dark else ""))


def languages() -> list[tuple[str, str]]:
    """(code, name) of the interface languages shipped (compiled .qm files)."""
    folder = resource("translations")
    found = [("en", "English")]
    if folder.is_dir():
        for qm in sorted(folder.glob("packetizer_*.qm")):
            code = qm.stem.split("_", 1)[1]
            if code != "en":
                found.append((code, QLocale(code).nativeLanguageName() or code))
    return found


def apply_language(app, code: str) -> bool:
    """Load the translation for `code` ("" follows the system). True when one was loaded."""
    global _translator
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    locale = QLocale(code) if code else QLocale.system()
    translator = QTranslator(app)
    if translator.load(locale, "packetizer", "_", str(resource("translations"))):
        app.installTranslator(translator)
        _translator = translator
        return True
    return False
