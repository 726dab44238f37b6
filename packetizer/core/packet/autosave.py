"""Autosave and crash recovery: the app writes unsaved changes here every minute; a file left
behind when the app did not close cleanly is offered back at the next start.

One JSON file per open packet in `<data dir>/autosave/`, written atomically, holding the packet
(absolute document paths), the packet file it belongs to (if any), when it was written and the
process that wrote it, so a second running app never offers another's live work as "recovered".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from packetizer.core.appdata import paths
from packetizer.core.appdata.atomicfile import atomic_write
from packetizer.core.errors import PacketizerError
from packetizer.core.model import Packet
from packetizer.core.packet.store import now_iso, packet_from_dict, packet_to_dict

log = logging.getLogger(__name__)
AUTOSAVE_VERSION = 1


def autosave_dir() -> Path:
    return paths.data_dir() / "autosave"


def autosave_path(packet_path: str | Path | None, session: str) -> Path:
    """Where a packet's unsaved changes go: by its file, or by session for an untitled one."""
    if packet_path:
        key = hashlib.sha256(str(Path(packet_path).resolve()).encode()).hexdigest()[:16]
    else:
        key = f"untitled-{session}"
    return autosave_dir() / f"{key}.json"


def new_session() -> str:
    return uuid.uuid4().hex[:12]


def write_autosave(packet: Packet, packet_path: str | Path | None, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {"autosave_version": AUTOSAVE_VERSION, "original": str(packet_path or ""),
            "saved": now_iso(), "pid": os.getpid(), "packet": packet_to_dict(packet)}
    with atomic_write(target, "w") as handle:
        json.dump(data, handle, ensure_ascii=False)


def remove_autosave(target: Path) -> None:
    try:
        target.unlink(missing_ok=True)
    except OSError as exc:
        log.info("could not remove autosave %s: %s", target, exc)


@dataclass
class Recovery:
    path: Path  # the autosave file
    original: str  # the packet file it belongs to, "" for an untitled packet
    saved: str  # ISO time
    packet: Packet


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's) or cannot tell: do not take it
    return True


def find_recoveries() -> list[Recovery]:
    """Autosaves left by an app that did not close cleanly (its process is gone), newest first.
    Damaged autosave files are set aside as `.damaged` and logged, never offered."""
    found = []
    folder = autosave_dir()
    if not folder.is_dir():
        return []
    for path in folder.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version = data.get("autosave_version")
            if isinstance(version, int) and version > AUTOSAVE_VERSION:
                log.info("leaving %s to the newer Packetizer that wrote it (version %s)", path,
                         version)
                continue  # not ours to read, nor to set aside
            if version != AUTOSAVE_VERSION:
                raise ValueError(f"unknown autosave_version {version!r}")
            if _alive(int(data.get("pid", 0))):
                continue
            packet = packet_from_dict(data["packet"], path)
            found.append(Recovery(path, str(data.get("original", "")), str(data.get("saved", "")),
                                  packet))
        except (OSError, ValueError, KeyError, TypeError, PacketizerError) as exc:
            log.warning("setting aside a damaged autosave %s: %s", path, exc)
            with contextlib.suppress(OSError):
                path.replace(path.with_suffix(".damaged"))
    return sorted(found, key=lambda r: r.saved, reverse=True)
