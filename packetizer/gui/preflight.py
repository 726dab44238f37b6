"""Can the app open a window here? Answered without importing Qt.

When Qt cannot load its platform plugin it aborts the whole process with a message about
reinstalling. On Linux the usual cause is a missing X11 library (libxcb-cursor0, libxcb-icccm4,
…), so we load the xcb plugin with ctypes first and, if that fails, say which library to install.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

DEBIAN_PACKAGES = ("libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
                   "libxcb-render-util0 libxkbcommon-x11-0 libegl1")


def display_available() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc", "linuxfb", "eglfs")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _uses_xcb() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def _qt_plugin_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        candidate = Path(base) / "Qt" / "plugins" / "platforms"
        if candidate.is_dir():
            return candidate
    return None


def why_no_window() -> str:
    """Empty when the app can open a window; otherwise the reason and what to do."""
    if not display_available():
        return "no display found, so the app cannot open here."
    if importlib.util.find_spec("PySide6") is None:
        return "Qt (PySide6) is not installed; reinstall Packetizer with its dependencies."
    if not _uses_xcb():
        return ""
    plugins = _qt_plugin_dir()
    plugin = plugins / "libqxcb.so" if plugins else None
    if plugin is None or not plugin.exists():
        return ""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        missing = re.search(r"(lib[\w.+-]+\.so[\w.]*)", str(exc))
        name = missing.group(1) if missing and missing.group(1) != plugin.name else "a library"
        return (f"the app cannot open a window: Qt's X11 support needs {name}, which is not "
                f"installed. On Debian or Ubuntu: sudo apt install {DEBIAN_PACKAGES}")
    return ""
