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
    workspace: str = ""  # the folder of applications the season overview shows

    def __post_init__(self) -> None:
        if self.recent_packets is None:
            self.recent_packets = []
        if self.theme not in THEMES:
            self.theme = "system"

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
        if key == "recent_packets":
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                values[key] = value
        elif isinstance(value, str):
            values[key] = value
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or paths.settings_file()
    data = {"format_version": FORMAT_VERSION, **asdict(settings)}
    with atomic_write(path, "w") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
