"""Exports that keep to a size limit: the posting's, the portal's or --max-size (issue 21)."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from packetizer.core.demo import PHOTO_LINE, make_photo_statement
from packetizer.core.errors import ExportError
from packetizer.core.export import export_packet, export_separate
from packetizer.core.export.shrink import display_sizes
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet
from tests.conftest import need_tool

POSTING = ("Please upload a single PDF of no more than 2 MB containing a CV and a research "
           "statement.")


@pytest.fixture(scope="module")
def photo_statement(tmp_path_factory) -> Path:
    """Three full-page 300-dpi photographs with a caption of text over each: 8 MB."""
    return make_photo_statement(tmp_path_factory.mktemp("photos") / "statement.pdf")


@pytest.fixture
def heavy_packet(photo_statement, make_pdf):
    packet = new_packet(POSTING, Applicant("Ada Lovelace"))
    attach(packet, "cv", [make_pdf("cv.pdf", text="Curriculum vitae of Ada Lovelace")])
    attach(packet, "research_statement", [photo_statement])
    return packet


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_8_mb_photo_statement_is_exported_within_the_postings_2_mb(heavy_packet,
                                                                      photo_statement,
                                                                      tmp_path):
    from packetizer.core.check import check_packet

    assert photo_statement.stat().st_size > 7_500_000
    before = _sha(photo_statement)
    report = check_packet(heavy_packet)
    assert "export-too-large" in {f.code for f in report.findings}
    result = export_packet(heavy_packet, tmp_path / "packet.pdf", report=report)
    out = Path(result.path)
    assert out.stat().st_size <= 2_000_000
    assert result.shrunk is not None and result.shrunk.images == 3
    assert result.shrunk.dpi == 200 and result.shrunk.before > 7_000_000
    assert "3 images resampled to 200 dpi" in result.shrunk.note
    assert _sha(photo_statement) == before  # the source is never shrunk
    # every word is still there, read by poppler; qpdf finds the file sound
    text = subprocess.run([need_tool("pdftotext"), str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert text.count(PHOTO_LINE) == 3
    check = subprocess.run([need_tool("qpdf"), "--check", str(out)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    # the photographs are 200 dpi where they are drawn (a full Letter page: 1700 × 2200)
    images = subprocess.run([need_tool("pdfimages"), "-list", str(out)], capture_output=True,
                            text=True, check=True).stdout.splitlines()[2:]
    assert [line.split()[3:5] for line in images] == [["1700", "2200"]] * 3


def test_without_shrinking_an_export_over_its_limit_is_refused(heavy_packet, tmp_path):
    target = tmp_path / "packet.pdf"
    with pytest.raises(ExportError, match=r"[78]\.\d MB, over the posting's limit of 2 MB; "
                                          "shrinking is off"):
        export_packet(heavy_packet, target, shrink=False)
    assert not target.exists() and not list(tmp_path.glob("*.tmp*"))


def test_a_limit_that_cannot_be_met_says_what_it_reached(heavy_packet, tmp_path):
    target = tmp_path / "packet.pdf"
    with pytest.raises(ExportError, match=r"is 0\.\d MB even with its images at 150 dpi, over "
                                          r"the limit of 0\.1 MB asked for") as caught:
        export_packet(heavy_packet, target, max_size=100_000)
    assert "Select Pages" in caught.value.fix
    assert not target.exists()
    forced = export_packet(heavy_packet, target, max_size=100_000, force=True)
    assert Path(forced.path).exists() and forced.shrunk.dpi == 150


def test_separate_files_each_keep_to_the_limit(heavy_packet, tmp_path):
    results = export_separate(heavy_packet, tmp_path / "files", max_size=1_000_000)
    shrunk = [r for r in results if r.shrunk]
    assert len(shrunk) == 1 and "statement" in Path(shrunk[0].path).name.lower()
    assert all(Path(r.path).stat().st_size <= 1_000_000 for r in results)


def test_only_images_finer_than_the_target_where_drawn_are_resampled(tmp_path):
    """A 600-pixel image drawn 2 inches wide is 300 dpi: resampled; the same image drawn 4
    inches wide is 150 dpi: left alone. An image with a transparency mask is never touched,
    and the text and drawings of the page stay byte for byte."""
    from PIL import Image
    from pypdf import PdfWriter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from packetizer.core.export.shrink import resample_images

    def picture(mode: str) -> ImageReader:
        image = Image.effect_noise((600, 600), 40).convert(mode)
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        return ImageReader(buffer)

    path = tmp_path / "three.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(picture("RGB"), 72, 500, width=144, height=144)  # 300 dpi
    pdf.drawImage(picture("RGB"), 72, 100, width=288, height=288)  # 150 dpi
    pdf.drawImage(picture("RGBA"), 400, 500, width=72, height=72, mask="auto")  # 600 dpi
    pdf.line(72, 50, 500, 50)
    pdf.drawString(72, 30, "A caption")
    pdf.save()
    writer = PdfWriter(clone_from=str(path))
    content = writer.pages[0].get_contents().get_data()
    sizes = display_sizes(writer)
    assert sorted(round(w, 2) for w, _ in sizes.values()) == [1.0, 2.0, 4.0]
    assert resample_images(writer, sizes, 200, 85) == 1
    out = io.BytesIO()
    writer.write(out)
    reader = PdfReader(out)
    widths = sorted(int(x.get_object()["/Width"]) for x in
                    reader.pages[0]["/Resources"]["/XObject"].values())
    assert widths == [400, 600, 600]  # 2 in × 200 dpi; the 150-dpi one; the masked one
    assert reader.pages[0].get_contents().get_data() == content


def test_the_command_line_takes_a_size_and_reports_the_shrinking(heavy_packet, tmp_path):
    from packetizer.cli import main
    from packetizer.core.packet.store import save_packet

    packet_file = tmp_path / "a.packet"
    save_packet(heavy_packet, packet_file)
    out = tmp_path / "out.pdf"
    code = subprocess.run(
        [sys.executable, "-m", "packetizer", "export", str(packet_file), "-o", str(out),
         "--max-size", "1MB",
         "--json"], capture_output=True, text=True)
    assert code.returncode == 0, code.stderr
    shrunk = json.loads(code.stdout)["files"][0]["shrunk"]
    assert shrunk["after"] <= 1_000_000 < shrunk["before"] and shrunk["images_resampled"] == 3
    with pytest.raises(SystemExit) as bad:
        main(["export", str(packet_file), "-o", str(out), "--max-size", "lots"])
    assert bad.value.code == 2
    code = subprocess.run([sys.executable, "-m", "packetizer", "export", str(packet_file), "-o",
                           str(tmp_path / "none.pdf"), "--no-shrink"],
                          capture_output=True, text=True)
    assert code.returncode == 2 and "shrinking is off" in code.stderr
    assert len(code.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none.pdf").exists()
