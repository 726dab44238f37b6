"""Every place Packetizer reads or writes on its own behalf, from one module.

Environment overrides (`PACKETIZER_CONFIG_DIR`, `PACKETIZER_DATA_DIR`, `PACKETIZER_CACHE_DIR`,
`PACKETIZER_LOG_DIR`) let tests and portable installs keep everything in one folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Packetizer"
APP_AUTHOR = "Packetizer"


def _dir(env: str, default: str) -> Path:
    override = os.environ.get(env)
    path = Path(override) if override else Path(default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings and user portal profiles."""
    return _dir("PACKETIZER_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    """Autosave and the list of recent packets."""
    return _dir("PACKETIZER_DATA_DIR", platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """Text extraction and conversion results; safe to delete."""
    return _dir("PACKETIZER_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """The rotating log file; beside the data when only the data dir is overridden."""
    default = platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)
    if os.environ.get("PACKETIZER_DATA_DIR"):
        default = str(Path(os.environ["PACKETIZER_DATA_DIR"]) / "logs")
    return _dir("PACKETIZER_LOG_DIR", default)


def default_workspace() -> Path:
    """The season's folder of applications until the user chooses another: "Packetizer
    Applications" in the documents folder. Not created here (only when an application is)."""
    override = os.environ.get("PACKETIZER_WORKSPACE_DIR")
    return Path(override) if override else \
        Path(platformdirs.user_documents_dir()) / "Packetizer Applications"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def resources_dir() -> Path:
    """The shipped `resources/` folder: inside the wheel, the frozen app, or the source tree."""
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parents[2]  # the packetizer package
    candidates.append(here / "resources")  # installed wheel (hatch force-include)
    candidates.append(here.parent / "resources")  # source checkout / editable install
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("Packetizer's resources folder is missing; reinstall Packetizer.")


def resource(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. `resource("fonts", "DejaVuSans.ttf")`."""
    return resources_dir().joinpath(*parts)
