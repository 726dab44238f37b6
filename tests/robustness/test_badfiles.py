"""Hostile and broken files through attach, check and export: a clear message and exit code,
never a traceback, no partial output, the sources untouched, and no hang."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys

import pytest
from pypdf import PdfReader

from packetizer.cli import main
from packetizer.core import demo
from tests.conftest import need_tool
from tests.robustness.badfiles import make_corpus

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("bad"))


@pytest.fixture(autouse=True)
def no_hang():
    """A pathological file must never hang the program: fail the test after 60 s instead."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def give_up(*_):
        raise TimeoutError("still running after 60 s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def digest(path):
    if not path.is_file():
        return None
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except PermissionError:
        return "unreadable"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "unexpected error" not in err  # every failure is one we expected and explain
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("packetizer: ")
    return lines[0]


NAMES = ["truncated.pdf", "random-bytes.pdf", "empty.pdf", "web-page.pdf", "archive.pdf",
         "broken-xref.pdf", "objstm-nowhere.pdf", "outline-loop.pdf", "page-tree-loop.pdf",
         "huge-page.pdf", "big-content.pdf", "nested-arrays.pdf", "scripts-and-attachments.pdf",
         "Lebenslauf – Müller «final» 'v2'.pdf", 'with spaces and "quotes".pdf',
         "many-pages.pdf", "renamed.pdf", "a-folder.pdf", "encrypted-user.pdf",
         "encrypted-owner.pdf", "no-permission.pdf"]


@pytest.mark.parametrize("name", NAMES)
def test_bad_file_through_attach_check_export(name, corpus, tmp_path, capsys):
    if name == "renamed.pdf":
        need_tool("soffice")
    path = corpus[name]
    before = digest(path)
    packet = new_packet_file(tmp_path, capsys)
    code, out, err = run(capsys, "attach", packet, "cv", path)
    if code != 0:
        assert code == 2
        line = one_line(err)
        assert str(path) in line  # names the file, says what is wrong and what to do
    else:
        assert "Attached" in out and err == ""
    code, out, err = run(capsys, "check", packet)
    assert code in (0, 1) and err == ""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "packet.pdf"
    code, out, err = run(capsys, "export", packet, "-o", target, "--force")
    if code == 0:
        reader = PdfReader(target)
        assert len(reader.pages) >= 1
        assert b"/JavaScript" not in target.read_bytes()
        assert b"/Launch" not in target.read_bytes()
    else:
        assert code in (1, 2)
        one_line(err)
        assert not target.exists()
    assert [p.name for p in out_dir.iterdir() if p.name != "packet.pdf"] == []  # no temp files
    assert digest(path) == before  # the source is never changed


def test_exports_of_the_corpus_pass_qpdf_check(corpus, tmp_path, capsys):
    qpdf = need_tool("qpdf")
    for name in ("broken-xref.pdf", "objstm-nowhere.pdf", "outline-loop.pdf", "huge-page.pdf",
                 "scripts-and-attachments.pdf", "encrypted-owner.pdf"):
        packet = tmp_path / f"{name}.packet"
        posting = tmp_path / "posting.txt"
        posting.write_text("Please send your CV.", encoding="utf-8")
        run(capsys, "new", packet, "--posting", posting)
        run(capsys, "attach", packet, "cv", corpus[name])
        target = tmp_path / f"{name}.out.pdf"
        assert run(capsys, "export", packet, "-o", target, "--force")[0] == 0, name
        result = subprocess.run([qpdf, "--check", str(target)], capture_output=True, text=True)
        assert result.returncode in (0, 3), (name, result.stdout[-500:])  # 3: warnings only


def test_no_permission_is_explained(corpus, capsys):
    if ROOT:
        pytest.skip("running as root: permission bits do not stop root from reading")
    from packetizer.core.files.inspect import inspect_file

    facts = inspect_file(corpus["no-permission.pdf"])
    assert "permission" in facts.problem


def new_packet_file(tmp_path, capsys, posting_text: str = "Please send your CV."):
    packet = tmp_path / "job.packet"
    posting = tmp_path / "posting.txt"
    posting.write_text(posting_text, encoding="utf-8")
    assert run(capsys, "new", packet, "--posting", posting, "--applicant", "A B")[0] == 0
    return packet


def test_file_deleted_between_attach_and_export(tmp_path, capsys):
    packet = new_packet_file(tmp_path, capsys, "Please send your CV and a cover letter.")
    cv = demo.make_cv(tmp_path / "cv.pdf", pages=2)
    letter = demo.make_cover_letter(tmp_path / "letter.pdf")
    run(capsys, "attach", packet, "cv", cv)
    run(capsys, "attach", packet, "cover_letter", letter)
    letter.unlink()
    code, _, err = run(capsys, "export", packet, "-o", tmp_path / "out.pdf")
    assert code == 1 and "--force" in err and not (tmp_path / "out.pdf").exists()
    code, out, _ = run(capsys, "check", packet)
    assert code == 1 and "letter.pdf: the file is missing" in out
    code, out, _ = run(capsys, "export", packet, "-o", tmp_path / "out.pdf", "--force")
    assert code == 0 and "1 unusable documents left out" in out


def test_export_never_overwrites_a_source(tmp_path, capsys):
    packet = new_packet_file(tmp_path, capsys)
    cv = demo.make_cv(tmp_path / "cv.pdf", pages=2)
    before = digest(cv)
    run(capsys, "attach", packet, "cv", cv)
    code, _, err = run(capsys, "export", packet, "-o", cv)
    assert code == 2 and "cv.pdf" in one_line(err)
    assert digest(cv) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_folder_and_full_disk(tmp_path, capsys, monkeypatch):
    packet = new_packet_file(tmp_path, capsys)
    run(capsys, "attach", packet, "cv", demo.make_cv(tmp_path / "cv.pdf", pages=1))
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)  # as in a read-only folder (root ignores
    code, _, err = run(capsys, "export", packet, "-o", tmp_path / "x.pdf")  # chmod)
    assert code == 2 and "permission denied" in one_line(err)
    monkeypatch.undo()

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    code, _, err = run(capsys, "export", packet, "-o", tmp_path / "y.pdf")
    assert code == 2 and "disk is full" in one_line(err)
    assert not (tmp_path / "y.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_packet_naming_odd_paths_is_only_read(tmp_path, capsys, make_pdf):
    """A packet file (maybe from someone else) naming `../../x` or absolute paths: loading and
    checking write nothing anywhere; saving writes only the packet and its backup; export
    refuses to overwrite a document it names or the packet file."""
    import json

    from packetizer.core.packet.store import load_packet, save_packet

    home = tmp_path / "student" / "packets"
    home.mkdir(parents=True)
    outside = make_pdf("outside.pdf")
    packet_file = home / "job.packet"
    posting = tmp_path / "posting.txt"
    posting.write_text("Please send your CV.", encoding="utf-8")
    run(capsys, "new", packet_file, "--posting", posting, "--applicant", "A B")
    data = json.loads(packet_file.read_text(encoding="utf-8"))
    data["documents"] = [
        {"id": "a", "requirement_id": "cv", "path": "../../outside.pdf"},
        {"id": "b", "requirement_id": "cv", "path": str(outside)},
        {"id": "c", "requirement_id": "cv", "path": "../../../../../../etc/hostname-nope"},
    ]
    packet_file.write_text(json.dumps(data), encoding="utf-8")

    def snapshot():
        return sorted((str(p), p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))

    before = snapshot()
    packet = load_packet(packet_file)
    assert packet.documents[0].path == str(outside.resolve())
    code, out, _ = run(capsys, "check", packet_file)
    assert code == 1 and "hostname-nope: the file is missing" in out
    assert snapshot() == before  # nothing was written by loading or checking
    save_packet(packet, packet_file)
    new = {p for p, _ in snapshot()} - {p for p, _ in before}
    assert new == {str(home / "job.packet.bak")}
    for doc_path, says in ((outside, "one of the packet's own documents"),
                           (packet_file, "the packet file itself")):
        code, _, err = run(capsys, "export", packet_file, "-o", doc_path, "--force")
        assert code == 2 and says in one_line(err)
    assert outside.read_bytes()[:5] == b"%PDF-"
    assert load_packet(packet_file).documents  # still the packet


def test_heavy_page_is_not_text_searched(corpus):
    """10 MB of drawing on one page: its text is not extracted (that takes seconds), and the
    check says so."""
    from packetizer.core.check import check_packet
    from packetizer.core.model import Applicant, Document
    from packetizer.core.packet import new_packet

    packet = new_packet("Please send your CV.", Applicant("A B"))
    packet.documents.append(Document(id="big", requirement_id="cv",
                                     path=str(corpus["big-content.pdf"])))
    report = check_packet(packet)
    heavy = [f for f in report.findings if f.code == "heavy-page"]
    assert heavy and heavy[0].page == 1
    assert report.contents["big"].pages[0].text == ""


def _direct_pages_pdf(path):
    """A PDF whose page is written straight into the page tree (a direct object), as some
    generators do: it opens, but its pages cannot be copied as they are."""
    from tests.robustness.badfiles import _raw_pdf, _stream

    path.write_bytes(_raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [<< /Type /Page /MediaBox [0 0 612 792] "
        b"/Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>] >>",
        _stream(b"BT /F1 24 Tf 72 700 Td (Direct page) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]))
    return path


def test_check_predicts_what_export_would_fail_on(tmp_path, monkeypatch):
    """A file that opens but cannot be copied is reported by the check, naming the file and
    the reason (issue 18, item 4) — and where qpdf is installed, a repaired copy is used."""
    from packetizer.core.check import check_packet
    from packetizer.core.export import export_packet
    from packetizer.core.files import repair
    from packetizer.core.packet import attach, new_packet

    need_tool("qpdf")
    source = _direct_pages_pdf(tmp_path / "direct.pdf")
    before = digest(source)
    packet = new_packet("Please send your CV.")
    attach(packet, "cv", [source])
    report = check_packet(packet)
    repaired = [f for f in report.findings if f.code == "repaired-copy"]
    assert repaired and "direct.pdf" in repaired[0].message
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    assert "Direct page" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                           text=True, check=True).stdout
    assert digest(source) == before  # the original is not touched

    monkeypatch.setattr(repair.shutil, "which", lambda name: None)  # no qpdf on this machine
    source.write_bytes(source.read_bytes() + b"\n")  # another version: nothing cached
    report = check_packet(packet)
    damaged = [f for f in report.findings if f.code == "damaged-inside"]
    assert damaged and "direct.pdf" in damaged[0].message
    assert "install qpdf" in damaged[0].fix


def test_a_page_whose_content_cannot_be_decoded_is_named(tmp_path, monkeypatch, capsys):
    """Damaged content is found when the file is attached, not copied through unseen into an
    export that fails `qpdf --check` (issue 18, item 7)."""
    from packetizer.core.files import repair
    from tests.robustness.badfiles import _raw_pdf

    monkeypatch.setattr(repair.shutil, "which", lambda name: None)  # no repair here
    garbage = b"this is not deflated data at all"
    path = tmp_path / "broken.pdf"
    path.write_bytes(_raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(garbage) + garbage
        + b"\nendstream"]))
    packet_file = new_packet_file(tmp_path, capsys)
    code, _, err = run(capsys, "attach", packet_file, "cv", path)
    assert code == 2 and "broken.pdf" in err and "page 1's content is damaged" in err


def test_a_looping_page_tree_is_rebuilt_from_the_pages_it_holds(tmp_path):
    """pypdf and qpdf refuse to walk a page tree that loops; the packet uses a copy whose tree
    is built anew from the pages it holds (the user told), and the file is untouched."""
    from packetizer.core.check import check_packet
    from packetizer.core.export import export_packet
    from packetizer.core.model import Applicant
    from packetizer.core.packet import attach, new_packet
    from tests.robustness.badfiles import _raw_pdf

    looping = tmp_path / "loop.pdf"
    looping.write_bytes(_raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 /MediaBox [0 0 300 300] >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
        b">> >>",
        b"<< /Length 38 >>\nstream\nBT /F1 24 Tf 40 150 Td (Potato) Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]))
    before = looping.read_bytes()
    packet = new_packet("Please send a research statement.", Applicant("Ana Ferreira"))
    attach(packet, "research_statement", [looping])
    report = check_packet(packet)
    repaired = [f for f in report.findings if f.code == "repaired-copy"]
    assert repaired and "Packetizer" in repaired[0].message and report.ok
    out = export_packet(packet, tmp_path / "packet.pdf", report=report)
    text = subprocess.run([need_tool("pdftotext"), out.path, "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Potato" in text and looping.read_bytes() == before
    assert subprocess.run([need_tool("qpdf"), "--check", out.path]).returncode == 0


def test_a_page_whose_content_is_cut_keeps_what_can_be_read(tmp_path):
    """A content stream whose compressed data is damaged at its end (a broken checksum): the
    packet uses a copy with what of it decompresses, as viewers draw it (the user told)."""
    import zlib

    from packetizer.core.check import check_packet
    from packetizer.core.export import export_packet
    from packetizer.core.model import Applicant
    from packetizer.core.packet import attach, new_packet
    from tests.robustness.badfiles import _raw_pdf

    content = zlib.compress(b"BT /F1 24 Tf 40 150 Td (Beautiful is better than ugly) Tj ET")
    content = content[:-4] + bytes(4)  # the checksum at its end, wrong
    damaged = tmp_path / "cut.pdf"
    damaged.write_bytes(_raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 500 300] >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
        b">> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content +
        b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]))
    packet = new_packet("Please send a research statement.", Applicant("Ana Ferreira"))
    attach(packet, "research_statement", [damaged])
    report = check_packet(packet)
    assert report.ok and "repaired-copy" in {f.code for f in report.findings}
    out = export_packet(packet, tmp_path / "packet.pdf", report=report)
    text = subprocess.run([need_tool("pdftotext"), out.path, "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Beautiful is better than ugly" in text
    assert subprocess.run([need_tool("qpdf"), "--check", out.path]).returncode == 0
