"""Scans made searchable with OCRmyPDF and Tesseract, in a copy (issue 21, item 3). The tests
run the real programs where they are installed and skip, saying why, where they are not."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pytest

from packetizer.core.check import check_packet
from packetizer.core.errors import Cancelled, OcrError
from packetizer.core.export import export_packet
from packetizer.core.files import ocr
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet
from packetizer.core.packet.store import save_packet
from packetizer.core.progress import CancelToken
from tests.conftest import need_tool

LINES = ["Research Statement", "My research studies glacier dynamics", "with satellite radar.",
         "In the next five years I plan to", "model the ice shelves of Antarctica."]


def need_ocr() -> None:
    if importlib.util.find_spec("ocrmypdf") is None:
        pytest.skip("OCRmyPDF is not installed (pip install 'packetizer[ocr]')")
    need_tool("tesseract")


def make_scan(path: Path, pages: int = 2) -> Path:
    """A scanned statement: each page a 300-dpi picture of printed lines, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    font = ImageFont.load_default(size=44)
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for page in range(pages):
        picture = Image.new("L", (2550, 3300), 255)
        draw = ImageDraw.Draw(picture)
        for i, line in enumerate(LINES):
            draw.text((250, 300 + 90 * i), line, font=font, fill=0)
        draw.text((250, 300 + 90 * len(LINES)), f"Page {page + 1}", font=font, fill=0)
        png = io.BytesIO()
        picture.save(png, "PNG")
        pdf.drawImage(ImageReader(png), 0, 0, width=letter[0], height=letter[1])
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def scan_packet(tmp_path):
    scan = make_scan(tmp_path / "scan.pdf")
    packet = new_packet("Please send a research statement.", Applicant("Ada Lovelace"))
    attach(packet, "research_statement", [scan])
    return packet, scan


def test_a_scanned_statement_is_made_searchable_and_its_file_left_alone(scan_packet, tmp_path):
    need_ocr()
    packet, scan = scan_packet
    before = hashlib.sha256(scan.read_bytes()).hexdigest()
    codes = {f.code: f for f in check_packet(packet).findings}
    assert codes["no-text-layer"].action == "make searchable"
    assert "packetizer ocr" in codes["no-text-layer"].fix
    packet_file = tmp_path / "a.packet"
    save_packet(packet, packet_file)
    done = subprocess.run([sys.executable, "-m", "packetizer", "ocr", str(packet_file),
                           "scan.pdf"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Made scan.pdf searchable" in done.stdout and "unchanged" in done.stdout
    assert hashlib.sha256(scan.read_bytes()).hexdigest() == before
    report = check_packet(packet)
    codes = {f.code for f in report.findings}
    assert "searchable-copy" in codes and "no-text-layer" not in codes
    out = export_packet(packet, tmp_path / "packet.pdf", report=report)
    text = subprocess.run([need_tool("pdftotext"), out.path, "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "glacier dynamics" in text and "Antarctica" in text
    again = subprocess.run([sys.executable, "-m", "packetizer", "ocr", str(packet_file),
                            "scan.pdf"], capture_output=True, text=True)
    assert again.returncode == 0 and "already searchable" in again.stdout


def test_without_ocr_the_finding_and_the_command_say_what_to_install(scan_packet, tmp_path,
                                                                       monkeypatch):
    packet, _ = scan_packet
    monkeypatch.setattr(ocr, "missing", lambda: "OCRmyPDF and Tesseract")
    finding = next(f for f in check_packet(packet).findings if f.code == "no-text-layer")
    assert finding.action == "replace file"
    assert "needs OCRmyPDF and Tesseract" in finding.fix
    assert "packetizer[ocr]" in finding.fix
    from packetizer.cli import main

    packet_file = tmp_path / "a.packet"
    save_packet(packet, packet_file)
    assert main(["ocr", str(packet_file), "scan.pdf"]) == 2
    assert not ocr.searchable_copy(packet.documents[0].sha256)


def test_a_cancelled_recognition_leaves_no_copy(scan_packet):
    need_ocr()
    packet, scan = scan_packet
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        ocr.make_file_searchable(scan, cancel=token)
    assert ocr.searchable_copy(packet.documents[0].sha256) is None
    assert not list(ocr.searchable_path("x").parent.glob("*.part*"))


def test_a_file_that_is_not_a_pdf_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"PK\x03\x04 not a pdf")
    with pytest.raises(OcrError, match=r"notes\.pdf"):
        ocr.make_file_searchable(bad)
