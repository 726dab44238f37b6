"""The one way the app tells the user about a problem: a dialog with the message and the fix."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from packetizer.core.appdata.logconfig import log_file
from packetizer.core.errors import PacketizerError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, PacketizerError):
        return str(exc)
    return (f"Something went wrong: {type(exc).__name__}: {exc}\n\nDetails are in the log "
            f"file:\n{log_file()}")


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Packetizer") -> None:
    """Show an error in a dialog; expected errors plainly, bugs with where the log is."""
    if not isinstance(exc, PacketizerError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()
