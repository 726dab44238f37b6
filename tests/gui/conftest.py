import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def _application(qapp):
    """Every GUI test has the QApplication (models use its style for icons), guarded against
    the bindings' lost references as the app is (see gui.qtcompat)."""
    from packetizer.gui.qtcompat import guard_against_lost_references

    guard_against_lost_references()
    return qapp


@pytest.fixture(autouse=True, scope="session")
def _worker_process():
    """The app's worker process is stopped when the tests end, and what the tests left behind
    is deleted while the QApplication still exists (not by the interpreter as it shuts down,
    in whatever order, which can crash the bindings)."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from packetizer.gui.tasks import stop_worker_process

    stop_worker_process()
    for _ in range(3):
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes answer at once instead of blocking; their texts are recorded."""
    shown: list[str] = []

    def fake_exec(self):
        shown.append(self.text())
        return QMessageBox.StandardButton.Close

    def fake_question(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", fake_question)
    return shown


@pytest.fixture
def window(qtbot, dialogs):
    from packetizer.gui.mainwindow import MainWindow
    from packetizer.gui.tasks import wait_for_tasks

    win = MainWindow()
    win.setProperty("quietExport", True)
    qtbot.addWidget(win)
    win.show()
    yield win
    wait_for_tasks()
