"""Scans made searchable: a text layer added by OCRmyPDF and Tesseract, in a copy.

The copy lives in the cache, named by the original file's SHA-256, and is then what check and
export read for that file (as a repaired copy is); the original is only read. OCRmyPDF is an
optional extra (`pip install 'packetizer[ocr]'`) and Tesseract a system program: without them,
`missing()` says what to install. OCRmyPDF runs in a process of its own, so it can be stopped.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import subprocess
import sys
import time
from pathlib import Path

from packetizer.core.appdata import paths
from packetizer.core.errors import Cancelled, OcrError
from packetizer.core.progress import CancelToken

log = logging.getLogger(__name__)

OCR_TIMEOUT = 600  # seconds for one document
LANGUAGE = "eng"
INSTALL = {
    "linux": "pip install 'packetizer[ocr]' and, on Debian or Ubuntu, "
             "sudo apt install tesseract-ocr ghostscript",
    "darwin": "pip install 'packetizer[ocr]' and brew install tesseract ghostscript",
    "win32": "pip install 'packetizer[ocr]' and install Tesseract "
             "(https://github.com/UB-Mannheim/tesseract/wiki) and Ghostscript",
}


def install_hint() -> str:
    return INSTALL.get(sys.platform, INSTALL["linux"])


def missing() -> str:
    """What is missing for OCR ("" when it can run): the OCRmyPDF package, Tesseract."""
    lacking = []
    if importlib.util.find_spec("ocrmypdf") is None:
        lacking.append("OCRmyPDF")
    if shutil.which("tesseract") is None:
        lacking.append("Tesseract")
    return " and ".join(lacking)


def searchable_path(sha256: str) -> Path:
    return paths.cache_dir() / "searchable" / f"{sha256}.pdf"


def searchable_copy(sha256: str) -> Path | None:
    """The searchable copy made of the file with this hash, when there is one."""
    if not sha256:
        return None
    path = searchable_path(sha256)
    return path if path.is_file() else None


def make_searchable(pdf: str | Path, sha256: str, *, language: str = LANGUAGE,
                    cancel: CancelToken | None = None) -> Path:
    """Run OCRmyPDF on `pdf` (the file, or the PDF made of it), writing the copy for `sha256`;
    pages that already have text are left as they are. Returns the copy's path. Raises
    OcrError with what to do, or Cancelled (no copy is left then)."""
    lacking = missing()
    if lacking:
        raise OcrError(f"cannot make scans searchable: {lacking} is not installed.",
                       fix=f"Install them: {install_hint()}.")
    target = searchable_path(sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_suffix(".part.pdf")
    command = [sys.executable, "-m", "ocrmypdf", "--skip-text", "--output-type", "pdf",
               "--optimize", "0", "--quiet", "--jobs", "1", "--language", language,
               str(pdf), str(part)]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while process.poll() is None:
            if cancel is not None and cancel.cancelled:
                process.kill()
                raise Cancelled()
            if time.monotonic() - started > OCR_TIMEOUT:
                process.kill()
                raise OcrError(f"OCR took more than {OCR_TIMEOUT // 60} minutes and was "
                               "stopped.", path=pdf, fix="Try it on fewer pages.")
            time.sleep(0.1)
        error = process.stderr.read().decode("utf-8", "replace").strip() if process.stderr \
            else ""
        if process.returncode != 0 or not part.is_file():
            last = error.splitlines()[-1] if error else f"exit code {process.returncode}"
            raise OcrError(f"OCR failed: {last}", path=pdf,
                           fix="Check that the file opens; OCRmyPDF's own message is above.")
        part.replace(target)
        return target
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        if process.stderr:
            process.stderr.close()
        part.unlink(missing_ok=True)


def make_file_searchable(path: str | Path, *, paper: str = "auto", language: str = LANGUAGE,
                         progress=None, cancel: CancelToken | None = None) -> str:
    """Make the attached file at `path` searchable (its PDF, or the PDF made of it); returns
    the searchable copy's path. The app runs this in its worker; the CLI's `ocr` too."""
    from packetizer.core.files.inspect import inspect_file

    facts = inspect_file(path, paper=paper, cancel=cancel)
    if not facts.usable:
        raise OcrError(facts.problem, path=path, fix=facts.fix)
    if facts.searchable:
        return facts.pdf_path
    if progress is not None:
        progress(0, 1, f"Recognising the text of {Path(path).name}")
    copy = make_searchable(facts.pdf_path, facts.sha256, language=language, cancel=cancel)
    if progress is not None:
        progress(1, 1, "Done")
    return str(copy)
