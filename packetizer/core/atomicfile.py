"""Atomic file writing: a temp file beside the target, fsync, then rename.

A reader of the target always sees either the old or the new content, never a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _set_mode(tmp: Path, target: Path) -> None:
    """Give the temp file the target's permissions, or the usual ones for a new file."""
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)


@contextlib.contextmanager
def atomic_write(target: str | Path, mode: str = "wb", *, backup: bool = False) -> Iterator[IO]:
    """Open a temp file beside `target`; on success it replaces `target` atomically.

    On any exception inside the block the temp file is removed and `target` is untouched. With
    `backup`, the previous `target` is first copied to `target.bak`.
    """
    target = Path(target)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        kwargs = {} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _set_mode(tmp, target)
        if backup and target.exists():
            bak = target.with_name(target.name + ".bak")
            with atomic_write(bak) as bak_handle, open(target, "rb") as old:
                shutil.copyfileobj(old, bak_handle)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def temp_path_beside(target: str | Path) -> Path:
    """A fresh, empty temp file path in the target's folder (the caller removes or renames it)."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(name)


def commit_temp(tmp: Path, target: Path) -> None:
    """fsync `tmp` and rename it over `target`."""
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    _set_mode(tmp, target)
    os.replace(tmp, target)
    _fsync_dir(target.parent)
