"""A task for the worker-process tests: sleeps, cancellable (no Qt imports)."""

import time


def sleep(seconds: float, progress=None, cancel=None) -> float:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cancel is not None:
            cancel.raise_if_cancelled()
        time.sleep(0.02)
    return seconds
