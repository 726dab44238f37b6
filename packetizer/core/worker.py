"""The worker process's side: run the functions the app sends over a pipe, one at a time.

The app checks and exports in a separate process, not a thread: PDF work is pure Python, and a
thread holding the GIL makes every call from Qt into Python (painting a row, a timer) wait for
it, which stalled the window for seconds on a 1,000-page packet. Nothing here imports Qt.

A task is (id, function, args, kwargs, environment): the function itself, sent by reference
(pickled as its module and name), never a name in a string. Messages to the app:
("progress", id, done, total, text), ("done", id, result), ("failed", id, exception).
Cancelling sets the shared event; the function sees it through the CancelToken it was given, as
in a thread.
"""

from __future__ import annotations

import os
import traceback

from packetizer.core.errors import PacketizerError, WorkerCrash
from packetizer.core.progress import CancelToken


def serve(conn, cancel_event) -> None:
    """The worker process's main loop: until the pipe closes or None arrives."""
    from packetizer.core.appdata.logconfig import setup_logging

    setup_logging()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task_id, func, args, kwargs, environment = message
        os.environ.update(environment)  # the app's data folders may have changed since
        # the app clears cancel_event before sending a task, so a cancel that arrives before
        # the task starts here still counts

        def progress(done: int, total: int, text: str, task_id=task_id) -> None:
            conn.send(("progress", task_id, done, total, text))

        try:
            result = func(*args, progress=progress,
                                   cancel=CancelToken(cancel_event), **kwargs)
        except PacketizerError as exc:
            conn.send(("failed", task_id, exc))
        except Exception as exc:  # shown by the app's error dialog, with the log
            detail = "".join(traceback.format_exception(exc))
            conn.send(("failed", task_id, WorkerCrash(f"{type(exc).__name__}: {exc}\n{detail}")))
        else:
            try:
                conn.send(("done", task_id, result))
            except Exception as exc:  # an unpicklable result is a bug; say so, do not hang
                conn.send(("failed", task_id, WorkerCrash(f"cannot return the result: {exc}")))
