"""Typed user settings with their defaults in one place, stored as JSON in the config dir."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from packetizer.core.appdata import paths
from packetizer.core.appdata.atomicfile import atomic_write
from packetizer.core.errors import FormatError
from packetizer.core.model import DEFAULT_FOOTER

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
FORMAT_VERSION = 1


@dataclass
class Settings:
    applicant_name: str = ""
    applicant_email: str = ""
    export_folder: str = ""
    footer_template: str = DEFAULT_FOOTER
    theme: str = "system"
    language: str = ""  # empty: follow the system
    paper_size: str = "auto"  # for text and images made into PDFs: "letter", "a4" or "auto"
    recent_packets: list[str] | None = None
    workspace: str = ""  # the folder of applications the season shows ("": the default one)
    workspaces: list[str] | None = None  # the folders of applications used, latest first
    # packets opened from outside a workspace, added to it: workspace → packet files
    linked_packets: dict[str, list[str]] | None = None

    def __post_init__(self) -> None:
        if self.recent_packets is None:
            self.recent_packets = []
        if self.workspaces is None:
            self.workspaces = []
        if self.linked_packets is None:
            self.linked_packets = {}
        if self.theme not in THEMES:
            self.theme = "system"

    def use_workspace(self, folder: str | Path, limit: int = 10) -> None:
        """`folder` becomes the season's workspace, first among those remembered."""
        path = str(Path(folder).resolve())
        self.workspace = path
        self.workspaces = [path, *[p for p in self.workspaces or [] if p != path]][:limit]

    def link_packet(self, workspace: str | Path, packet_path: str | Path) -> bool:
        """Add a packet kept outside `workspace` to it; True when it was not there yet."""
        folder, path = str(Path(workspace).resolve()), str(Path(packet_path).resolve())
        linked = self.linked_packets.setdefault(folder, [])
        if path in linked:
            return False
        linked.append(path)
        return True

    def unlink_packet(self, workspace: str | Path, packet_path: str | Path) -> bool:
        folder, path = str(Path(workspace).resolve()), str(Path(packet_path).resolve())
        linked = self.linked_packets.get(folder, [])
        if path not in linked:
            return False
        linked.remove(path)
        return True

    def add_recent(self, packet_path: str | Path, limit: int = 10) -> None:
        path = str(Path(packet_path).resolve())
        recent = [p for p in self.recent_packets or [] if p != path]
        self.recent_packets = [path, *recent][:limit]


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; a missing or damaged file gives the defaults (and a log line). A file
    written by a newer Packetizer raises FormatError (code "newer-version") rather than being
    read half and then overwritten."""
    path = path or paths.settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    version = raw.get("format_version", 1)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise FormatError(
            f"these settings were saved by a newer Packetizer (format {version}; this version "
            f"reads up to {FORMAT_VERSION}).", path=path, code="newer-version",
            fix="Update Packetizer, or move the file away to start with the default settings.")
    known = {f.name: f.type for f in fields(Settings)}
    values = {}
    for key, value in raw.items():
        if key not in known:
            continue
        if key in ("recent_packets", "workspaces"):
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                values[key] = value
        elif key == "linked_packets":
            if isinstance(value, dict):
                values[key] = {k: [p for p in v if isinstance(p, str)]
                               for k, v in value.items() if isinstance(v, list)}
        elif isinstance(value, str):
            values[key] = value
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or paths.settings_file()
    data = {"format_version": FORMAT_VERSION, **asdict(settings)}
    with atomic_write(path, "w") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
