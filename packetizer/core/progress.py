"""Progress reporting and cancellation for long core operations.

Core functions take `progress(done, total, message)` and a `CancelToken`; the GUI wraps them in
its worker, the CLI in a progress line on stderr.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from packetizer.core.errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """A flag the caller sets from any thread; the worker checks it between steps. `event` (a
    threading or multiprocessing Event) lets another process set it."""

    def __init__(self, event=None) -> None:
        self._event = event if event is not None else threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
