"""The one way the app tells the user something or asks: errors (with the fix, or the log for a
bug), notes, questions and progress. Panels and actions call these; none builds a message box
of its own."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

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
    box = QMessageBox(QMessageBox.Icon.Warning, title or "Packetizer", error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()


def show_errors(parent: QWidget | None, errors: list[BaseException], title: str) -> None:
    """Several problems of one action (files that could not be attached) in one box, each
    named with what to do, instead of one box after another."""
    if len(errors) == 1:
        show_error(parent, errors[0], title)
        return
    for exc in errors:
        if not isinstance(exc, PacketizerError):
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning, title or "Packetizer",
                      "\n\n".join(f"• {error_text(exc)}" for exc in errors),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()


def show_crash(exc: BaseException, details: str) -> None:
    """A bug nobody caught (the global exception hook): what happened, that the packet is
    safe, where the log is, and the traceback under "Show Details"."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Packetizer",
                      f"Something went wrong: {exc}\n\nYour packet is safe: the last saved "
                      f"version and the autosave are untouched.\nThe log is at {log_file()}.")
    box.setObjectName("crashDialog")
    box.setDetailedText(details)
    box.exec()


def _note(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
          name: str = "", rich: bool = False) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if rich:
        box.setTextFormat(Qt.TextFormat.RichText)
    if name:
        box.setObjectName(name)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _note(parent, QMessageBox.Icon.Information, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    _note(parent, QMessageBox.Icon.Information, title, text, "aboutDialog", rich=True)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A problem with what the user just typed (they can try again at once)."""
    _note(parent, QMessageBox.Icon.Warning, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def ask_save(parent: QWidget | None, text: str) -> str:
    """Save, discard or cancel unsaved changes: "save", "discard" or "cancel"."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, "Packetizer", text,
                                  buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


def choose(parent: QWidget | None, title: str, text: str,
           buttons: list[tuple[str, QMessageBox.ButtonRole]],
           icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> int:
    """A question with buttons of our own: the index of the one clicked, or -1 (closed)."""
    box = QMessageBox(icon, title, text, parent=parent)
    added = [box.addButton(label, role) for label, role in buttons]
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(added) if button is clicked), -1)


def progress_dialog(parent: QWidget, name: str, title: str, label: str):
    """A window-modal progress dialog shown when work takes over 0.3 s; returns it and the
    progress callback that drives it."""
    cancel = QCoreApplication.translate("Messages", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 100, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        dialog.setLabelText(message)

    return dialog, progress


def follow_task(window, task, name: str, title: str, label: str, on_done,
                cancelled: str, error_title: str, on_fail=None):
    """Show `task`'s progress in a progress dialog whose Cancel stops it; when it ends, call
    `on_done(result)`, or say `cancelled` in the status bar, or show the error. Returns the
    task."""
    dialog, progress = progress_dialog(window, name, title, label)

    def finished(result) -> None:
        dialog.reset()
        on_done(result)

    def failed(exc) -> None:
        from packetizer.core.errors import Cancelled

        dialog.reset()
        if on_fail is not None:
            on_fail(exc)
        if isinstance(exc, Cancelled):
            window.statusBar().showMessage(cancelled, 8000)
        else:
            show_error(window, exc, error_title)

    task.progress.connect(progress)
    task.finished.connect(finished)
    task.failed.connect(failed)
    dialog.canceled.connect(task.cancel)
    return task
