"""The one way the app runs slow work: `run_task` on Qt's thread pool, results on the GUI thread.

Core functions take `progress` and `cancel`; the task passes them in and turns progress calls into
signals, so the UI thread never blocks on PDF work.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from packetizer.core.errors import Cancelled, PacketizerError
from packetizer.core.progress import CancelToken

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


def _connect(task: Task, on_done, on_error, on_progress, owner) -> None:
    for signal, callback in ((task.finished, on_done), (task.failed, on_error),
                             (task.progress, on_progress)):
        if callback is not None:
            signal.connect(_while_alive(owner, callback))


def run_task(func: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None,
             owner=None) -> Task:
    """Run `func(progress=…, cancel=…)` on the thread pool; callbacks run on the GUI thread
    (and not at all once `owner`, if given, is deleted)."""
    task = Task(func)
    _connect(task, on_done, on_error, on_progress, owner)
    _running.add(task)
    task.finished.connect(lambda _: _running.discard(task))
    task.failed.connect(lambda _: _running.discard(task))
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


# --- PDF work in a worker process ------------------------------------------------------------


class ProcessTask(Task):
    """A task run by the worker process (see core.taskserver for why not a thread)."""

    def __init__(self, name: str, args: tuple, kwargs: dict) -> None:
        super().__init__(lambda **_: None)
        self.name, self.args, self.kwargs = name, args, kwargs
        self.runner_id = 0

    def cancel(self) -> None:
        super().cancel()
        _runner().cancel(self)


class _ProcessRunner:
    """One long-lived worker process running tasks one at a time, in order.

    A reader thread turns the process's messages into the task's signals (queued to the GUI
    thread). If the process dies, its task fails with a clear error and the next task starts a
    new process."""

    def __init__(self) -> None:
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        self._lock = threading.RLock()
        self._queue: deque[ProcessTask] = deque()
        self._current: ProcessTask | None = None
        self._process = None
        self._conn = None
        self._event = None
        self._ids = itertools.count(1)

    def start(self) -> None:
        with self._lock:
            if self._process is not None and self._process.is_alive():
                return
            from packetizer.core.worker import serve

            parent, child = self._ctx.Pipe()
            self._event = self._ctx.Event()
            self._process = self._ctx.Process(target=serve, args=(child, self._event),
                                              name="packetizer-worker", daemon=True)
            self._process.start()
            child.close()
            self._conn = parent
            threading.Thread(target=self._read, args=(parent, self._process),
                             name="packetizer-worker-reader", daemon=True).start()

    def submit(self, task: ProcessTask) -> None:
        with self._lock:
            self._queue.append(task)
            self._pump()

    def busy(self) -> bool:
        with self._lock:
            return self._current is not None or bool(self._queue)

    def cancel(self, task: ProcessTask) -> None:
        with self._lock:
            if task is self._current and self._event is not None:
                self._event.set()
            elif task in self._queue:
                self._queue.remove(task)
                task.failed.emit(Cancelled())

    def shutdown(self, timeout: float = 3.0) -> None:
        with self._lock:
            process, conn = self._process, self._conn
            self._process = self._conn = None
            for task in list(self._queue):
                task.failed.emit(Cancelled())
            self._queue.clear()
            if self._current is not None and self._event is not None:
                self._event.set()
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            conn.send(None)
        process.join(timeout)
        if process.is_alive():
            process.terminate()
            process.join(timeout)

    def _pump(self) -> None:
        while self._current is None and self._queue:
            task = self._queue.popleft()
            if task.token.cancelled:
                task.failed.emit(Cancelled())
                continue
            self.start()
            task.runner_id = next(self._ids)
            self._current = task
            environment = {k: v for k, v in os.environ.items() if k.startswith("PACKETIZER_")}
            self._event.clear()
            try:
                self._conn.send((task.runner_id, task.name, task.args, task.kwargs,
                                 environment))
            except (OSError, ValueError) as exc:  # the pipe broke: the reader restarts it
                log.warning("could not send a task to the worker: %s", exc)

    def _read(self, conn, process) -> None:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                break
            kind, task_id = message[0], message[1]
            with self._lock:
                task = self._current
                if task is None or task.runner_id != task_id:
                    continue
                if kind != "progress":
                    self._current = None
            if kind == "progress":
                task.progress.emit(*message[2:])
                continue
            (task.finished if kind == "done" else task.failed).emit(message[2])
            with self._lock:
                self._pump()
        with self._lock:  # the process ended (crashed, or shut down)
            if self._process is process:
                self._process = self._conn = None
            task, self._current = self._current, None
        if task is not None:
            task.failed.emit(PacketizerError(
                "the background worker stopped unexpectedly while working on the packet.",
                fix="Try again; if it happens again, the log file says more."))
            with self._lock:
                self._pump()


_process_runner: _ProcessRunner | None = None


def _runner() -> _ProcessRunner:
    global _process_runner
    if _process_runner is None:
        _process_runner = _ProcessRunner()
    return _process_runner


def run_in_process(name: str, args: tuple = (), kwargs: dict | None = None,
                   on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[Exception], None] | None = None,
                   on_progress: Callable[[int, int, str], None] | None = None,
                   owner=None) -> Task:
    """Run the core function `name` ("packetizer.core.export.merged.export_packet") with `args`
    in the worker process; like run_task, callbacks run on the GUI thread."""
    task = ProcessTask(name, args, kwargs or {})
    _connect(task, on_done, on_error, on_progress, owner)
    _runner().submit(task)
    return task


def start_worker_process() -> None:
    """Start the worker process early (it takes a moment to import the PDF libraries)."""
    _runner().start()


def stop_worker_process() -> None:
    if _process_runner is not None:
        _process_runner.shutdown()


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task has finished (used on quit and in tests)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    deadline = QDeadlineTimer(msecs)
    if not QThreadPool.globalInstance().waitForDone(deadline):
        return False
    while _process_runner is not None and _process_runner.busy():
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()  # deliver the last results
    return True
