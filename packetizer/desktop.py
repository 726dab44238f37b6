"""Desktop integration for pip/pipx users on Linux: `packetizer --install-desktop-entry` puts
the menu entry, the icons, the AppStream metainfo and the MIME types for `.packet` and
`.packetz` files into ~/.local/share (or $XDG_DATA_HOME), so Packetizer appears in the
applications menu and packets open with a double click. `--uninstall-desktop-entry` removes
them. The files themselves live in installers/linux/ (shipped as resources/desktop/)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from packetizer.core.appdata.paths import resources_dir
from packetizer.core.errors import InputError

APP_ID = "org.packetizer.Packetizer"


def desktop_dir() -> Path:
    """Where the .desktop, metainfo and MIME files are: in the package or the source tree."""
    for candidate in (resources_dir() / "desktop",
                      Path(__file__).resolve().parents[1] / "installers" / "linux"):
        if (candidate / f"{APP_ID}.desktop").is_file():
            return candidate
    raise InputError("the desktop entry files are missing from this installation; "
                     "reinstall Packetizer.")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _gui_command() -> str:
    if getattr(sys, "frozen", False):  # the one-folder build: its windowed twin, if present
        gui = Path(sys.executable).with_name("packetizer-gui")
        return str(gui) if gui.exists() else sys.executable
    found = shutil.which("packetizer-gui")
    if found:
        return found
    beside = Path(sys.executable).with_name("packetizer-gui")
    return str(beside) if beside.exists() else "packetizer-gui"


def _targets(home: Path) -> dict[Path, Path | str]:
    """{where it goes: the source file, or text to write}."""
    source = desktop_dir()
    icons = resources_dir() / "icons"
    entry = (source / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    command = _gui_command()
    quoted = f'"{command}"' if " " in command else command
    entry = entry.replace("Exec=packetizer-gui %f", f"Exec={quoted} %f")
    targets: dict[Path, Path | str] = {
        home / "applications" / f"{APP_ID}.desktop": entry,
        home / "mime" / "packages" / f"{APP_ID}.xml": source / f"{APP_ID}.xml",
        home / "metainfo" / f"{APP_ID}.metainfo.xml": source / f"{APP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg":
            icons / "packetizer.svg",
    }
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        targets[home / "icons" / "hicolor" / png.parent.parent.name / "apps" / png.name] = png
    return targets


def _refresh(home: Path) -> None:
    """Tell the desktop about the change (each tool is optional)."""
    for command in (["update-mime-database", str(home / "mime")],
                    ["update-desktop-database", str(home / "applications")],
                    ["gtk-update-icon-cache", "-f", "-t", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, capture_output=True, timeout=60, check=False)


def install_desktop_entry(home: Path | None = None) -> list[Path]:
    if sys.platform != "linux":
        raise InputError("desktop entries are for Linux; on Windows and macOS use the "
                         "installer (see installers/README.md).")
    home = home or data_home()
    written = []
    for target, source in _targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copyfile(source, target)
        else:
            target.write_text(source, encoding="utf-8")
        written.append(target)
    _refresh(home)
    return written


def uninstall_desktop_entry(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = []
    for target in _targets(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh(home)
    return removed
