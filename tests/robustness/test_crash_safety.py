"""kill -9 at random moments while a packet is saved or a packet PDF exported: the file on disk
is always a complete old or new version. And no code path opens a network connection."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet
from packetizer.core.packet.store import load_packet, save_packet

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _kill_while(write_forever, trials: int, seed: int) -> None:
    """Fork a child that calls `write_forever()`; SIGKILL it after a random short time."""
    rng = random.Random(seed)
    for _ in range(trials):
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            try:
                write_forever()
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def test_killed_while_saving_the_packet(tmp_path, make_pdf):
    packet = new_packet("Please send your CV.", Applicant("A B"))
    attach(packet, "cv", [make_pdf("cv.pdf")])
    path = tmp_path / "job.packet"
    save_packet(packet, path)

    def save_forever():
        n = 0
        while True:
            n += 1
            packet.notes = f"version {n} " + "x" * 20_000  # big enough to be mid-write
            save_packet(packet, path)

    _kill_while(save_forever, trials=100, seed=1)
    loaded = load_packet(path)  # always loads: complete, old or new
    assert loaded.notes.startswith("version ")  # some saves did complete between the kills
    assert loaded.documents[0].path == packet.documents[0].path
    for bak in tmp_path.glob("job.packet.bak"):
        load_packet(bak)  # the backup is complete too


def test_killed_while_exporting(tmp_path, sample_packet):
    from packetizer.core.export.merged import export_packet

    packet, _ = sample_packet
    target = tmp_path / "out" / "packet.pdf"
    target.parent.mkdir()
    export_packet(packet, target)
    pages = len(PdfReader(target).pages)

    def export_forever():
        while True:
            export_packet(packet, target)

    _kill_while(export_forever, trials=30, seed=2)
    assert len(PdfReader(target).pages) == pages  # the old or a new complete file
    leftovers = [p for p in target.parent.iterdir() if p.name != "packet.pdf"]
    # a kill between creating and renaming the temp file leaves a hidden temp file (nothing can
    # run after SIGKILL), never a broken packet.pdf; the next export sweeps stale ones away
    assert all(p.name.startswith(".packet.pdf.") and p.name.endswith(".tmp") for p in leftovers)
    for p in leftovers:
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    export_packet(packet, target)
    assert [p.name for p in target.parent.iterdir()] == ["packet.pdf"]


NO_NETWORK = r"""
import socket, sys
def refuse(event, args):
    if event.startswith(("socket.", "urllib.")) and event not in ("socket.gethostname",):
        raise RuntimeError(f"network access attempted: {event} {args!r}")
sys.addaudithook(refuse)
from packetizer.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_no_network_access(tmp_path):
    """Demo, check and export, run with an audit hook that fails on any socket use."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runner = tmp_path / "no_network.py"
    runner.write_text(NO_NETWORK)

    def cli(*args):
        return subprocess.run([sys.executable, str(runner), *map(str, args)], env=env,
                              capture_output=True, text=True, timeout=300)

    demo = cli("demo", "--no-gui", "--output", tmp_path / "demo")
    assert demo.returncode == 0, demo.stderr
    packet = tmp_path / "demo" / "demo.packet"
    for args in (("check", packet, "--html", tmp_path / "r.html"),
                 ("export", packet, "-o", tmp_path / "p.pdf"),
                 ("export", packet, "--separate", tmp_path / "sep")):
        result = cli(*args)
        assert result.returncode in (0, 1), result.stderr
        assert "network access attempted" not in result.stderr
    assert Path(tmp_path / "p.pdf").exists()
    control = tmp_path / "control.py"  # the hook does catch a connection attempt
    control.write_text(NO_NETWORK.split("from packetizer")[0]
                       + "socket.create_connection(('127.0.0.1', 9))\n")
    result = subprocess.run([sys.executable, str(control)], capture_output=True, text=True)
    assert result.returncode != 0 and "network access attempted" in result.stderr
