"""Atomic file writing: a temp file beside the target, fsync, then rename.

A reader of the target always sees either the old or the new content, never a half-written file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from glob import escape as glob_escape
from pathlib import Path
from typing import IO

from packetizer.core.errors import ExportError


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
    tmp = temp_path_beside(target)
    try:
        kwargs = {} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}
        with open(tmp, mode, **kwargs) as handle:
            yield handle
            try:
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                raise writing_error(exc, target) from exc
        try:
            _set_mode(tmp, target)
            if backup and target.exists():
                bak = target.with_name(target.name + ".bak")
                with atomic_write(bak) as bak_handle, open(target, "rb") as old:
                    shutil.copyfileobj(old, bak_handle)
            os.replace(tmp, target)
        except OSError as exc:
            raise writing_error(exc, target) from exc
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def writing_error(exc: OSError, target: Path) -> ExportError:
    """A user-readable error for a failed write: no folder, no permission, disk full, …"""
    folder = target.parent
    if isinstance(exc, FileNotFoundError) and not folder.is_dir():
        return ExportError(f"the folder {folder} does not exist.", path=target,
                           fix="Create it, or choose another place.")
    if isinstance(exc, (PermissionError, IsADirectoryError)):
        return ExportError("cannot be written here (permission denied, or the folder or file "
                           "is read-only or open in another program).", path=target,
                           fix="Close it in other programs or choose another folder.")
    if exc.errno == errno.ENOSPC:
        return ExportError("cannot be written: the disk is full.", path=target,
                           fix="Free some space or choose another disk. Nothing was changed.")
    if exc.errno == errno.EROFS:
        return ExportError("cannot be written: the disk is read-only.", path=target,
                           fix="Choose another folder.")
    return ExportError(f"cannot be written ({exc.strerror or exc}).", path=target,
                       fix="Choose another place.")


STALE_SECONDS = 15 * 60


def _sweep_stale(target: Path) -> None:
    """Remove temp files an earlier write of `target` left when it was killed (SIGKILL, power
    loss): ours are named `.NAME.*.tmp`; only ones untouched for 15 minutes are taken, so a
    write in progress elsewhere is never disturbed."""
    try:
        candidates = list(target.parent.glob(f".{glob_escape(target.name)}.*.tmp"))
    except OSError:
        return
    now = time.time()
    for path in candidates:
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()


def temp_path_beside(target: str | Path) -> Path:
    """A fresh, empty temp file path in the target's folder (the caller removes or renames it).

    Raises ExportError, in words, when nothing can be written there."""
    target = Path(target)
    _sweep_stale(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
    except OSError as exc:
        raise writing_error(exc, target) from exc
    os.close(fd)
    return Path(name)


def commit_temp(tmp: Path, target: Path) -> None:
    """fsync `tmp` and rename it over `target`."""
    try:
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        _set_mode(tmp, target)
        os.replace(tmp, target)
    except OSError as exc:
        raise writing_error(exc, target) from exc
    _fsync_dir(target.parent)
