"""Intake: Word, OpenDocument, text, Markdown and images become PDFs in the packet."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from pypdf import PdfReader

from packetizer.core.check import check_packet
from packetizer.core.errors import Cancelled, InputError
from packetizer.core.export.merged import export_packet
from packetizer.core.files import convert
from packetizer.core.files.inspect import inspect_file
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet
from packetizer.core.progress import CancelToken
from tests.conftest import need_tool, write_docx, write_odt

POSTING = "Please send a CV and a cover letter."
TEXT = ["Ana Lucía Ferreira-Novák", "Curriculum Vitae", "Żółć · Ελληνικά · Кириллица"]


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def packet_with(path, kind="cv"):
    packet = new_packet(POSTING, Applicant("Ana Lucía Ferreira-Novák"))
    attach(packet, kind, [path])
    return packet


@pytest.mark.parametrize("writer", [write_docx, write_odt], ids=["docx", "odt"])
def test_office_files_are_converted_with_libreoffice(writer, tmp_path):
    need_tool("soffice")
    source = writer(tmp_path / f"cv.{'docx' if writer is write_docx else 'odt'}", TEXT)
    before = source.read_bytes()
    packet = packet_with(source)
    facts = inspect_file(source)
    assert facts.usable and facts.converted_from in ("docx", "odt") and facts.page_count == 1
    text = pdf_text(facts.pdf_path)
    for line in TEXT:
        assert line in text
    report = check_packet(packet)
    converted = [f for f in report.findings if f.code == "converted"]
    assert converted and "LibreOffice" in converted[0].evidence
    out = tmp_path / "packet.pdf"
    export_packet(packet, out, force=True)
    assert "Żółć" in pdf_text(out)
    assert source.read_bytes() == before  # the user's file is never touched
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["packet.pdf", source.name])


def test_conversions_are_cached_by_content(tmp_path, monkeypatch, isolated_dirs):
    need_tool("soffice")
    source = write_docx(tmp_path / "cv.docx", TEXT)
    first = inspect_file(source).pdf_path

    def no_libreoffice(*args, **kwargs):
        raise AssertionError("LibreOffice run again for an unchanged file")

    monkeypatch.setattr(subprocess, "Popen", no_libreoffice)
    assert inspect_file(source).pdf_path == first
    write_docx(source, ["A changed CV"])  # a new hash: converted again
    with pytest.raises(AssertionError, match="run again"):
        inspect_file(source)


def test_without_libreoffice_the_file_stays_attached_and_flagged(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKETIZER_SOFFICE", str(tmp_path / "no-soffice"))
    source = write_docx(tmp_path / "cv.docx", TEXT)
    packet = packet_with(source)
    assert len(packet.documents) == 1
    report = check_packet(packet)
    found = [f for f in report.findings if f.code == "converter-missing"]
    assert found and found[0].severity == "error"
    assert "LibreOffice" in found[0].message
    assert "libreoffice" in found[0].fix.lower() and "PDF" in found[0].fix
    assert report.statuses["cv"].status == "error"


def _fake_soffice(tmp_path, script: str):
    path = tmp_path / "fake-soffice"
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(0o755)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as LibreOffice")
def test_libreoffice_errors_are_reported(tmp_path, monkeypatch):
    fake = _fake_soffice(tmp_path, 'echo "Error: source file could not be loaded"; exit 1\n')
    monkeypatch.setenv("PACKETIZER_SOFFICE", str(fake))
    source = write_docx(tmp_path / "cv.docx", TEXT)
    packet = new_packet(POSTING)
    result = attach(packet, "cv", [source])
    assert not result.documents and not packet.documents
    (problem,) = result.problems
    assert isinstance(problem, InputError) and "source file could not be loaded" in str(problem)
    assert problem.path == str(source) and problem.code == "conversion-failed"


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as LibreOffice")
def test_a_hanging_conversion_times_out_and_can_be_cancelled(tmp_path, monkeypatch,
                                                             isolated_dirs):
    fake = _fake_soffice(tmp_path, "sleep 30\n")
    monkeypatch.setenv("PACKETIZER_SOFFICE", str(fake))
    monkeypatch.setenv("PACKETIZER_CONVERT_TIMEOUT", "0.5")
    source = write_docx(tmp_path / "cv.docx", TEXT)
    with pytest.raises(convert.ConversionError, match="did not finish"):
        convert.to_pdf(source, "docx", "a" * 64)
    monkeypatch.setenv("PACKETIZER_CONVERT_TIMEOUT", "60")
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    with pytest.raises(Cancelled):
        convert.to_pdf(source, "docx", "b" * 64, cancel=token)
    leftovers = list((isolated_dirs / "cache" / "converted").iterdir())
    assert leftovers == []


def test_text_and_markdown(tmp_path):
    source = tmp_path / "letter.md"
    source.write_text("# Cover letter\n\nDear committee,\n\nI am **applying** — see "
                      "[my site](https://example.org/ana).\n\n- first point\n- Żółć Ελληνικά\n",
                      encoding="utf-8")
    facts = inspect_file(source)
    assert facts.converted_from == "text"
    reader = PdfReader(facts.pdf_path)
    text = reader.pages[0].extract_text()
    for needle in ("Cover letter", "Dear committee", "applying", "Żółć Ελληνικά", "•"):
        assert needle in text
    uris = [a.get_object()["/A"]["/URI"] for a in reader.pages[0].get("/Annots", [])]
    assert "https://example.org/ana" in uris


def test_text_named_pdf_is_not_typeset(tmp_path):
    fake = tmp_path / "cv.pdf"
    fake.write_text("just some words", encoding="utf-8")
    facts = inspect_file(fake)
    assert not facts.usable and "plain text" in facts.problem


@pytest.mark.parametrize("paper,size", [("letter", (612, 792)), ("a4", (595.28, 841.89))])
def test_images_fit_the_paper_and_follow_exif(tmp_path, paper, size, isolated_dirs):
    from PIL import Image

    wide = tmp_path / "wide.png"
    Image.new("RGB", (400, 200), "red").save(wide)
    page = PdfReader(inspect_file(wide, paper=paper).pdf_path).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size[::-1])

    rotated = tmp_path / "phone.jpg"  # stored 400×200, EXIF says: turn it upright (portrait)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (400, 200), "blue").save(rotated, exif=exif)
    page = PdfReader(inspect_file(rotated, paper=paper).pdf_path).pages[0]
    assert float(page.mediabox.width) < float(page.mediabox.height)

    scans = tmp_path / "scans.tiff"
    frames = [Image.new("L", (100, 140), shade) for shade in (50, 150, 250)]
    frames[0].save(scans, save_all=True, append_images=frames[1:])
    assert inspect_file(scans).page_count == 3


def test_scanned_image_gets_the_ocr_finding(tmp_path):
    from PIL import Image

    scan = tmp_path / "cv.png"
    Image.new("L", (850, 1100), 235).save(scan)
    codes = {f.code for f in check_packet(packet_with(scan)).findings}
    assert {"converted", "no-text-layer"} <= codes


def test_files_lying_about_their_type(tmp_path, make_pdf):
    really_pdf = tmp_path / "cv.docx"
    really_pdf.write_bytes(make_pdf("real.pdf").read_bytes())
    codes = {f.code: f for f in check_packet(packet_with(really_pdf)).findings}
    assert codes["misnamed"].severity == "info" and "really a PDF" in codes["misnamed"].message

    need_tool("soffice")
    really_docx = write_docx(tmp_path / "letter.pdf", TEXT)
    codes = {f.code: f for f in check_packet(packet_with(really_docx)).findings}
    assert codes["misnamed"].severity == "warning"
    assert "really a Word document" in codes["misnamed"].message


def test_default_paper_follows_the_country(monkeypatch):
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *a: ("en_US", "UTF-8"))
    assert convert.default_paper() == "letter"
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("de_DE", "UTF-8"))
    assert convert.default_paper() == "a4"
    assert convert.paper_size("letter") == "letter"


def test_find_soffice_honours_the_override(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKETIZER_SOFFICE", str(tmp_path / "missing"))
    assert convert.find_soffice() is None
    assert os.environ["PACKETIZER_SOFFICE"].endswith("missing")
