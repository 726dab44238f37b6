"""The one way the app runs slow work: `run(func, args)`; results and progress arrive as signals
on the GUI thread, and every task can be cancelled.

PDF work runs in one long-lived worker process (see core.worker for why not a thread): `func`
must be a module-level function (it is sent by reference) taking `progress` and `cancel`
keywords. Work that only waits on processes of its own (the folder review's pool) runs on a
thread instead (`where="thread"`). Tests can swap in `SynchronousRunner`, which runs the
function at once on the calling thread.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import threading
import time
import traceback
import weakref
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from packetizer.core.errors import Cancelled, WorkerCrash
from packetizer.core.progress import CancelToken

log = logging.getLogger(__name__)


class Task(QObject):
    """A piece of work on its way. Connect to its signals; call `cancel()` to stop it early."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (Cancelled when cancelled)

    def __init__(self, func: Callable[..., Any], args: tuple = (),
                 kwargs: dict | None = None) -> None:
        super().__init__()
        self.func, self.args, self.kwargs = func, args, kwargs or {}
        self.token = CancelToken()
        self.done = False
        self.runner_id = 0
        self.on_cancel: Callable[[Task], None] | None = None
        self.finished.connect(self._mark_done)
        self.failed.connect(self._mark_done)

    def cancel(self) -> None:
        self.token.cancel()
        if self.on_cancel is not None:
            self.on_cancel(self)

    def _mark_done(self, _value) -> None:
        self.done = True

    def run_here(self) -> None:
        """Run the function on this thread, reporting through the signals."""
        try:
            result = self.func(*self.args, progress=self.progress.emit, cancel=self.token,
                               **self.kwargs)
        except Exception as exc:  # handed to the GUI thread, which shows it
            log.info("task failed: %s\n%s", exc, traceback.format_exc())
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run_here()


class ThreadRunner:
    """Qt's thread pool: for work that waits on processes of its own."""

    def submit(self, task: Task) -> None:
        QThreadPool.globalInstance().start(_Runnable(task))

    def busy(self) -> bool:
        return QThreadPool.globalInstance().activeThreadCount() > 0


class SynchronousRunner:
    """Runs each task at once, on the calling thread (for tests: no waiting, no process)."""

    def submit(self, task: Task) -> None:
        task.run_here()

    def busy(self) -> bool:
        return False


class ProcessRunner:
    """One long-lived worker process running tasks one at a time, in order.

    A reader thread turns the process's messages into the task's signals (queued to the GUI
    thread). If the process dies, its task fails with a clear error and the next task starts a
    new process."""

    def __init__(self) -> None:
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        self._lock = threading.RLock()
        self._queue: deque[Task] = deque()
        self._current: Task | None = None
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

    def submit(self, task: Task) -> None:
        name = getattr(task.func, "__qualname__", "")
        if "<" in name:  # a lambda or a nested function cannot be sent to another process
            raise TypeError(f"{name} cannot run in the worker process; pass a module-level "
                            "function")
        task.on_cancel = self.cancel
        with self._lock:
            self._queue.append(task)
            self._pump()

    def busy(self) -> bool:
        with self._lock:
            return self._current is not None or bool(self._queue)

    def cancel(self, task: Task) -> None:
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
                self._conn.send((task.runner_id, task.func, task.args, task.kwargs,
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
            task.failed.emit(WorkerCrash(
                "the background worker stopped unexpectedly while working on the packet.",
                fix="Try again; if it happens again, the log file says more."))
            with self._lock:
                self._pump()


_runners: dict[str, Any] = {}
_running: set[Task] = set()  # alive until finished: Qt must not collect a task mid-way


def _runner(where: str):
    if where not in _runners:
        _runners[where] = ProcessRunner() if where == "process" else ThreadRunner()
    return _runners[where]


@contextlib.contextmanager
def synchronous() -> Iterator[None]:
    """Within this block every task runs at once on the calling thread (tests)."""
    saved = dict(_runners)
    runner = SynchronousRunner()
    _runners.update(process=runner, thread=runner)
    try:
        yield
    finally:
        _runners.clear()
        _runners.update(saved)


def _while_alive(owner, callback):
    """`callback`, skipped once `owner` (a QObject) has been deleted: a task can finish after
    the window that started it is gone. The owner is held weakly, so a task never keeps a
    window alive."""
    if owner is None or callback is None:
        return callback
    from shiboken6 import isValid

    owner_ref = weakref.ref(owner)

    def guarded(*args):
        alive = owner_ref()
        if alive is not None and isValid(alive):
            callback(*args)

    return guarded


def run(func: Callable[..., Any], args: tuple = (), kwargs: dict | None = None, *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner=None, where: str = "process") -> Task:
    """Run `func(*args, progress=…, cancel=…, **kwargs)` in the worker process (or, with
    `where="thread"`, on the thread pool). Callbacks run on the GUI thread, and not at all once
    `owner` is deleted."""
    task = Task(func, args, kwargs)
    for signal, callback in ((task.finished, on_done), (task.failed, on_error),
                             (task.progress, on_progress)):
        if callback is not None:
            signal.connect(_while_alive(owner, callback))
    _running.add(task)
    task.finished.connect(lambda _: _running.discard(task))
    task.failed.connect(lambda _: _running.discard(task))
    _runner(where).submit(task)
    return task


class TaskList:
    """The tasks a window started and that are still running, so it can cancel them all when
    it closes. A task drops out the moment it finishes: a finished task kept here would keep
    its callbacks, and through them the window, alive."""

    def __init__(self) -> None:
        self._tasks: list[Task] = []

    def add(self, task: Task) -> Task:
        if not task.done:
            self._tasks.append(task)
            task.finished.connect(lambda _result, t=task: self._drop(t))
            task.failed.connect(lambda _error, t=task: self._drop(t))
        return task

    def _drop(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def cancel_all(self) -> None:
        for task in self._tasks:
            if not task.done:
                task.cancel()
        self._tasks.clear()


def start_worker_process() -> None:
    """Start the worker process early (it takes a moment to import the PDF libraries)."""
    runner = _runner("process")
    if isinstance(runner, ProcessRunner):
        runner.start()


def stop_worker_process() -> None:
    runner = _runners.get("process")
    if isinstance(runner, ProcessRunner):
        runner.shutdown()


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task has finished (used on quit and in tests)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    deadline = QDeadlineTimer(msecs)
    if not QThreadPool.globalInstance().waitForDone(deadline):
        return False
    while any(runner.busy() for runner in list(_runners.values())):
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()  # deliver the last results
    return True
