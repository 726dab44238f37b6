"""`make dist-test`: the frozen build works on this machine, headless.

    python installers/smoke_test.py build/dist/packetizer/packetizer

Runs `--version`, the demo without the app (and checks the exported PDF), and the app offscreen
on the demo packet (the window shows, the worker process checks it, the app quits). Prints the
build's size and the window's start time for the README. Exit 0 when all pass."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(binary: str) -> int:
    binary = str(Path(binary).resolve())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("CONFIG", "DATA", "CACHE", "LOG"):
            env[f"PACKETIZER_{name}_DIR"] = str(Path(tmp) / name.lower())
        start = time.perf_counter()
        version = subprocess.run([binary, "--version"], capture_output=True, text=True,
                                 env=env, timeout=60)
        took = time.perf_counter() - start
        assert version.returncode == 0 and "Packetizer" in version.stdout, version
        print(f"ok  --version: {version.stdout.strip()} ({took * 1000:.0f} ms)")

        demo = Path(tmp) / "demo"
        result = subprocess.run([binary, "demo", "--no-gui", "--output", str(demo)],
                                capture_output=True, text=True, env=env, timeout=300)
        assert result.returncode == 0, result.stderr
        from pypdf import PdfReader

        reader = PdfReader(demo / "packet.pdf")
        assert len(reader.pages) == 32 and reader.outline, "the exported packet is wrong"
        print(f"ok  demo --no-gui: {len(reader.pages)} pages, bookmarks, "
              f"{(demo / 'packet.pdf').stat().st_size // 1024} KB")

        app = subprocess.run([binary, str(demo / "demo.packet")], capture_output=True,
                             text=True, env={**env, "PACKETIZER_QUIT_AFTER_MS": "8000"},
                             timeout=120)
        assert app.returncode == 0, app.stderr
        assert "window shown after" in app.stdout, app.stdout + app.stderr
        assert "checked: 3 of 3 required items ready" in app.stdout, app.stdout + app.stderr
        shown = app.stdout.split("window shown after ")[1].split()[0]
        print(f"ok  app: window shown after {shown} ms; the worker process checked the packet")
        gui = Path(binary).with_name("packetizer-gui")
        if gui.exists():
            app = subprocess.run([str(gui), str(demo / "demo.packet")], capture_output=True,
                                 text=True, env={**env, "PACKETIZER_QUIT_AFTER_MS": "6000"},
                                 timeout=120)
            assert "checked: 3 of 3" in app.stdout, app.stdout + app.stderr
            print("ok  packetizer-gui opens the packet")
        install = Path(binary).parents[1] / "install.sh"
        if sys.platform == "linux" and install.exists():
            home = Path(tmp) / "home"
            result = subprocess.run(["sh", str(install)], capture_output=True, text=True,
                                     env={**env, "PREFIX": str(home / ".local"),
                                          "XDG_DATA_HOME": str(home / "share")}, timeout=300)
            assert result.returncode == 0, result.stderr
            entry = home / "share" / "applications" / "org.packetizer.Packetizer.desktop"
            assert "packetizer-gui" in entry.read_text(), entry.read_text()
            assert (home / ".local" / "bin" / "packetizer").exists()
            print(f"ok  install.sh: installed into {home}, with the menu entry")
    size = folder_size(Path(binary).parent)
    print(f"build: {Path(binary).parent} is {size / 1_048_576:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/dist/packetizer/packetizer"))
