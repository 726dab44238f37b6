"""The one way the app runs slow work: `run_task` on Qt's thread pool, results on the GUI thread.

Core functions take `progress` and `cancel`; the task passes them in and turns progress calls into
signals, so the UI thread never blocks on PDF work.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from packetizer.core.tasks import CancelToken

log = logging.getLogger(__name__)


class Task(QObject):
    """A running piece of work. Connect to its signals; call `cancel()` to stop it early."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception

    def __init__(self, func: Callable[..., Any]) -> None:
        super().__init__()
        self.func = func
        self.token = CancelToken()

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:
        try:
            result = self.func(progress=self._report, cancel=self.token)
        except Exception as exc:  # handed to the GUI thread, which shows it
            log.info("task failed: %s\n%s", exc, traceback.format_exc())
            self.failed.emit(exc)
        else:
            self.finished.emit(result)

    def _report(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


_running: set[Task] = set()


def _while_alive(owner, callback):
    """`callback`, skipped once `owner` (a widget) has been deleted: a task can finish after
    the window that started it is gone."""
    if owner is None or callback is None:
        return callback
    from shiboken6 import isValid

    def guarded(*args):
        if isValid(owner):
            callback(*args)

    return guarded


def run_task(func: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None,
             owner=None) -> Task:
    """Run `func(progress=…, cancel=…)` on the thread pool; callbacks run on the GUI thread
    (and not at all once `owner`, if given, is deleted)."""
    task = Task(func)
    on_done, on_error, on_progress = (_while_alive(owner, c) for c in (on_done, on_error,
                                                                         on_progress))
    _running.add(task)
    if on_progress:
        task.progress.connect(on_progress)
    if on_done:
        task.finished.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    task.finished.connect(lambda _: _running.discard(task))
    task.failed.connect(lambda _: _running.discard(task))
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task has finished (used on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
