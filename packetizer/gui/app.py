"""Start the desktop app: QApplication, the global exception hook, the main window."""

from __future__ import annotations

import logging
import sys
import time
import traceback

from packetizer import __version__

log = logging.getLogger(__name__)


def install_exception_hook() -> None:
    """Show unexpected errors in a dialog with the log's location instead of dying."""
    from PySide6.QtWidgets import QApplication

    from packetizer.gui.messages import show_crash

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", details)
        show_crash(exc, details)

    sys.excepthook = hook


_STARTED = time.perf_counter()  # for the smoke test: how long until the window shows


def create_app(argv: list[str] | None = None):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from packetizer.core.appdata.paths import resource
    from packetizer.gui.qtcompat import guard_against_lost_references

    guard_against_lost_references()  # before any signal is emitted (see qtcompat)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setApplicationName("Packetizer")
    QCoreApplication.setOrganizationName("Packetizer")
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName("org.packetizer.Packetizer")  # matches the installed .desktop file
    icon = resource("icons", "packetizer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_app(packet_path: str | None = None) -> int:
    """Open the main window (on `packet_path`, if given) and run until it closes."""
    import multiprocessing

    from packetizer.core.appdata.logconfig import setup_logging
    from packetizer.gui.mainwindow import MainWindow

    multiprocessing.freeze_support()  # a frozen build starts its worker process through here
    setup_logging()
    app = create_app()
    install_exception_hook()
    from packetizer.gui.tasks import start_worker_process, stop_worker_process
    from packetizer.gui.theme import apply_language, apply_theme

    window = MainWindow()
    apply_theme(app, window.settings.theme)
    apply_language(app, window.settings.language)
    window.show()
    start_worker_process()  # imports the PDF libraries while the user looks at the window
    app.aboutToQuit.connect(stop_worker_process)
    if not window.offer_recovery() and packet_path:
        window.open_packet(packet_path)
    window.season.announce_due()
    _smoke_test_hooks(app, window)
    return app.exec()


def _smoke_test_hooks(app, window) -> None:
    """For `make dist-test`: with PACKETIZER_QUIT_AFTER_MS set, print when the window is shown
    and each check's summary (proof that the worker process runs in the frozen build), then
    quit after that many milliseconds."""
    import os

    from PySide6.QtCore import QTimer

    quit_after = os.environ.get("PACKETIZER_QUIT_AFTER_MS")
    if not quit_after:
        return
    print(f"window shown after {(time.perf_counter() - _STARTED) * 1000:.0f} ms", flush=True)
    window.checked.connect(lambda report: print(
        f"checked: {report.summary(window.packet)}", flush=True))
    window.setProperty("quietExport", True)

    def leave() -> None:
        window.open_packet_state.forget_changes()
        window.close()
        app.quit()

    QTimer.singleShot(int(quit_after), leave)


def main() -> int:
    """Entry point of `packetizer-gui [PACKET]`."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    return run_app(args[0] if args else None)


if __name__ == "__main__":
    sys.exit(main())
