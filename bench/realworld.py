"""The real-PDF corpus through attach, check and export, read back with other tools.

    python bench/realworld.py [FOLDER] [--limit N]     (default ../shared/realpdf/files)

Each file is attached as a research statement in a packet of its own, checked and exported
(`--force`-like: what can be read goes in); the output is read back with qpdf (`--check`),
pdftotext (how much of the source's text is kept) and pdfium (bookmarks), and the source's hash
is compared before and after. Prints one line per file that is not fine and a summary:
outcomes, qpdf failures, text kept, bookmarks lost, sources changed, time. `make realworld`.
Not part of `make test` (minutes, and the corpus is not everywhere).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "realpdf" / "files"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _words(path: Path) -> int:
    """Words pdftotext finds (-1 when it gives up: some test files are decompression bombs)."""
    try:
        done = subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True,
                              text=True, errors="replace", timeout=30, check=False)
    except subprocess.TimeoutExpired:
        return -1
    return len(done.stdout.split())


def _bookmarks(path: Path) -> int | None:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return sum(1 for _ in pdf.get_toc(max_depth=30))
        finally:
            pdf.close()
    except Exception:
        return None


def run(folder: Path, limit: int | None = None) -> Counter:
    from packetizer.core.check import check_packet
    from packetizer.core.errors import PacketizerError
    from packetizer.core.export import export_packet
    from packetizer.core.model import Applicant
    from packetizer.core.packet import attach, new_packet

    logging.disable(logging.CRITICAL)  # real files: pypdf warns a lot
    os.environ.setdefault("PACKETIZER_CACHE_DIR", tempfile.mkdtemp(prefix="realworld-cache-"))
    work = Path(tempfile.mkdtemp(prefix="realworld-"))
    tally: Counter = Counter()
    kept_text: list[float] = []
    start = time.perf_counter()
    files = sorted(folder.glob("*.pdf"))[:limit]
    for source in files:
        before = _digest(source)
        packet = new_packet("Please send a research statement.", Applicant("Ana Example"))
        out = work / "out.pdf"
        out.unlink(missing_ok=True)
        note = ""
        try:
            attach(packet, "research_statement", [source])
            report = check_packet(packet)
            export_packet(packet, out, force=True, report=report)
            outcome = "exported"
        except PacketizerError as exc:
            outcome, note = "refused", exc.message[:90]
        except Exception as exc:  # a traceback: the one outcome that must never happen
            outcome, note = "TRACEBACK", f"{type(exc).__name__}: {exc}"[:120]
        tally[outcome] += 1
        if _digest(source) != before:
            tally["SOURCE CHANGED"] += 1
            note += " source changed!"
        if outcome == "exported" and out.is_file():
            checked = subprocess.run(["qpdf", "--check", str(out)], capture_output=True,
                                     text=True, timeout=120, check=False)
            if checked.returncode not in (0, 3):
                tally["qpdf --check fails"] += 1
                note += f" qpdf: {checked.stdout.strip().splitlines()[-1][:80]}"
            source_words = _words(source)
            if source_words >= 50 and _words(out) >= 0:
                share = min(1.0, _words(out) / source_words)
                kept_text.append(share)
                if share < 0.9:
                    tally["text kept < 90 %"] += 1
                    note += f" text kept {share:.0%}"
            mine, theirs = _bookmarks(source), _bookmarks(out)
            if mine and theirs is not None and theirs - 3 < mine:  # cover, item, document
                tally["bookmarks lost"] += 1
                note += f" bookmarks {theirs - 3} of {mine}"
        if outcome != "exported" or note:
            print(f"{outcome:10} {source.name[:50]:50} {note.strip()}")
    shutil.rmtree(work, ignore_errors=True)
    kept_text.sort()
    median = kept_text[len(kept_text) // 2] if kept_text else 1.0
    print(f"\n{len(files)} files in {time.perf_counter() - start:.0f} s: "
          + ", ".join(f"{n} {what}" for what, n in sorted(tally.items())))
    print(f"text kept: median {median:.0%} over {len(kept_text)} files with text")
    return tally


if __name__ == "__main__":
    args = sys.argv[1:]
    limit = None
    if "--limit" in args:
        at = args.index("--limit")
        limit = int(args[at + 1])
        del args[at:at + 2]
    folder = Path(args[0]) if args else DEFAULT
    if not folder.is_dir():
        print(f"{folder}: no such folder (the real-PDF corpus is not here)", file=sys.stderr)
        sys.exit(2)
    tally = run(folder, limit)
    sys.exit(1 if tally["TRACEBACK"] or tally["SOURCE CHANGED"] else 0)
