"""A dozen tricky files of the real-PDF corpus through attach, check and export, read back with
qpdf, pdftotext and pdfium, as `make realworld` does with all of them (issue 18). Skips where
../shared/realpdf is not present; the files are other people's and stay there."""

from __future__ import annotations

import hashlib
import subprocess

import pytest

from packetizer.core.check import check_packet
from packetizer.core.export import export_packet
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet
from tests.conftest import SHARED_REALPDF, need_tool

pytestmark = pytest.mark.skipif(not SHARED_REALPDF.is_dir(),
                                reason="../shared/realpdf is not present")

TRICKY = [
    "pdfjs-issue15096.pdf",  # a form field redefined by an incremental update
    "qpdf-issue-449.pdf",  # pages without their own /MediaBox
    "pike-cyclic-toc.pdf",  # a looping outline
    "qpdf-direct-pages.pdf",  # pages stored directly in the page tree
    "qpdf-xref-compressed-in-compressed.pdf",  # an xref stream inside an object stream
    "pypdf-AutoCad_Diagram.pdf",  # optional content (layers)
    "pdfjs-issue12007_reduced.pdf",  # layers
    "ocr-toc.pdf",  # a form with an outline and links
    "app-yaelelmata-CV.pdf",  # an applicant's LaTeX CV with links
    "app-amishrasta-CV-Aditya.pdf",
    "pysample-google-doc-document.pdf",
    "pdf20-pdf20-utf8-test.pdf",  # PDF 2.0, UTF-8 strings, an image that does not decode
    "qpdf-deep-pages.pdf",  # a page tree too deep to walk, looping at the end
    "qpdf-pages-loop.pdf",  # a page tree that loops
    "pdfminer-zen_of_python_corrupted.pdf",  # a content stream with a broken checksum
]


def _words(path) -> list[str]:
    done = subprocess.run([need_tool("pdftotext"), "-q", str(path), "-"], capture_output=True,
                          text=True, errors="replace", timeout=60, check=False)
    return done.stdout.split()


def _qpdf_problems(path) -> tuple[int, list[str]]:
    """qpdf --check's warnings: how many streams do not decode, and every other warning."""
    done = subprocess.run([need_tool("qpdf"), "--check", str(path)], capture_output=True,
                          text=True)
    lines = [line for line in (done.stdout + done.stderr).splitlines()
             if line.startswith("WARNING")]
    decoding = sum("error decoding stream data" in line for line in lines)
    return decoding, [line for line in lines if "decoding stream data" not in line
                      and "re-processed without filtering" not in line]


def _bookmarks(path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return sum(1 for _ in pdf.get_toc(max_depth=30))
    finally:
        pdf.close()


@pytest.mark.parametrize("name", TRICKY)
def test_a_tricky_real_file_comes_through_whole(name, tmp_path):
    source = SHARED_REALPDF / name
    if not source.is_file():
        pytest.skip(f"{name} is not in the corpus")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    packet = new_packet("Please send a research statement.", Applicant("Ana Ferreira"))
    attach(packet, "research_statement", [source])
    report = check_packet(packet)
    out = tmp_path / "packet.pdf"
    result = export_packet(packet, out, report=report, force=True)
    assert not result.skipped, f"check passed {name} but export left it out"
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    # qpdf finds nothing wrong, but an image of the source that does not decompress (which
    # check reported as damaged-image)
    decoding, other = _qpdf_problems(out)
    assert not other, other
    if decoding:
        assert decoding <= _qpdf_problems(source)[0]
        assert "damaged-image" in {f.code for f in report.findings}
    kept, had = set(_words(out)), _words(source)
    if had:
        assert sum(word in kept for word in had) >= 0.95 * len(had)
    assert _bookmarks(out) >= _bookmarks(source)
    if name == "pdfjs-issue15096.pdf":
        assert "1,123,213,321.00" in kept  # the field's value, as a viewer shows it

