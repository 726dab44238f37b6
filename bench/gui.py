"""The app's speed targets: the window is shown within 1 s of starting, and the UI thread never
stalls more than 50 ms while a 1,000-page packet is checked and exported in the worker.

Run by `make bench` (bench/run.py); offscreen, so it needs no display.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_SCRIPT = """
import sys
from packetizer.gui.app import create_app
from packetizer.gui.mainwindow import MainWindow
app = create_app()
window = MainWindow()
window.show()
app.processEvents()
print("shown", flush=True)
"""


def window_start_seconds(repeats: int = 3) -> float:
    """Wall time from launching a new Python process to the main window being shown."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", START_SCRIPT], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = process.stdout.readline()
        times.append(time.perf_counter() - start)
        process.wait()
        if "shown" not in line:
            raise RuntimeError("the window did not start")
    return sorted(times)[len(times) // 2]


def ui_stall_seconds(sizes: list[int]) -> tuple[float, float]:
    """The longest gap between ticks of a 10 ms timer on the UI thread while the packet is
    checked and then exported in the worker; and how long that took."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from packetizer.core.packet.store import save_packet
    from packetizer.gui.app import create_app
    from packetizer.gui.mainwindow import MainWindow

    sys.path.insert(0, str(Path(__file__).parent))
    from run import make_packet

    app = create_app()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["PACKETIZER_CACHE_DIR"] = str(folder / "cache")  # cold: every page read
        packet, _ = make_packet(folder, sizes)
        save_packet(packet, folder / "bench.packet")
        window = MainWindow()
        window.setProperty("quietExport", True)
        window.show()
        clock = QElapsedTimer()
        longest = [0]
        last = [0]

        def tick() -> None:
            now = clock.elapsed()
            longest[0] = max(longest[0], now - last[0])
            last[0] = now

        probe = QTimer(interval=10)
        probe.timeout.connect(tick)
        loop = QEventLoop()
        window.checked.connect(lambda _report: loop.quit())
        clock.start()
        probe.start()
        started = time.perf_counter()
        window.open_packet(folder / "bench.packet")  # reads the packet, checks in the worker
        loop.exec()
        window.exported.connect(lambda _result: loop.quit())
        window.exporting.export_to(folder / "out.pdf", force=True)
        loop.exec()
        took = time.perf_counter() - started
        probe.stop()
        window.open_packet_state.forget_changes()
        window.close()
        app.processEvents()
    # a gap includes the 10 ms interval itself
    return max(0, longest[0] - 10) / 1000, took


def bench_gui() -> list[tuple]:
    rows = []
    start = window_start_seconds()
    rows.append(("app: window shown after start", f"{start * 1000:.0f} ms", start / 1.0, 1.0))
    stall, took = ui_stall_seconds([250] * 4)
    rows.append(("app: longest UI stall, 1,000-page check+export",
                 f"{stall * 1000:.0f} ms in {took:.1f} s", stall / 0.050, 1.0))
    return rows


if __name__ == "__main__":
    for row in bench_gui():
        print(row)
