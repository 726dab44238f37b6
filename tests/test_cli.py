"""The command line as a user meets it: exit codes, one-line errors, JSON, the whole flow."""

import json
import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from packetizer.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("packetizer: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture
def packet_file(tmp_path, sample_copy, capsys):
    path = tmp_path / "job.packet"
    code, _, _ = run(capsys, "new", path, "--posting", sample_copy / "posting.txt",
                     "--applicant", "Ana Lucía Ferreira-Novák")
    assert code == 0
    return path


def test_full_flow(packet_file, sample_copy, tmp_path, capsys):
    code, out, _ = run(capsys, "attach", packet_file, "cv", sample_copy / "cv.pdf")
    assert code == 0 and "cv.pdf (8 pages)" in out
    code, out, _ = run(capsys, "check", packet_file)
    assert code == 1 and "✗ Research statement" in out  # still missing
    run(capsys, "attach", packet_file, "research_statement", sample_copy / "research-statement.pdf")
    run(capsys, "attach", packet_file, "writing-sample", sample_copy / "article.pdf",
        "--title", "My article", "--pages", "1-10")
    code, out, _ = run(capsys, "check", packet_file)
    assert code == 0, out
    assert "3 of 3 required items ready" in out
    code, out, _ = run(capsys, "check", packet_file, "--json")
    data = json.loads(out)
    assert data["ok"] and {r["status"] for r in data["requirements"]} >= {"complete"}
    out_pdf = tmp_path / "packet.pdf"
    code, out, _ = run(capsys, "export", packet_file, "-o", out_pdf)
    assert code == 0 and "22 pages" in out
    assert len(PdfReader(out_pdf).pages) == 1 + 8 + 3 + 10
    code, out, _ = run(capsys, "show", packet_file, "--json")
    shown = json.loads(out)
    # automatic titles are the items' names; the one given with --title stays
    assert [d["title"] for d in shown["documents"]] == ["CV", "Research statement", "My article"]
    assert [d["title_is_automatic"] for d in shown["documents"]] == [True, True, False]
    doc_id = shown["documents"][0]["id"]
    code, out, _ = run(capsys, "detach", packet_file, doc_id)
    assert code == 0
    code, out, err = run(capsys, "export", packet_file, "-o", tmp_path / "again.pdf")
    assert code == 1 and not (tmp_path / "again.pdf").exists()
    assert "--force" in err
    code, out, _ = run(capsys, "export", packet_file, "-o", tmp_path / "again.pdf", "--force")
    assert code == 0 and (tmp_path / "again.pdf").exists()


def test_posting_json_shape(sample_copy, capsys):
    code, out, err = run(capsys, "posting", sample_copy / "posting.txt", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) >= {"title", "organization", "job_id", "deadline", "single_pdf",
                         "requirements"}
    req = data["requirements"][0]
    assert set(req) >= {"id", "kind", "label", "required", "min_count", "max_count", "max_pages",
                        "max_words", "formats", "notes", "source"}
    assert set(req["source"]) == {"start", "end", "text"}
    # added in 0.2: the sentence, the phrase's place in it, the sender and the condition
    start, end = req["phrase_in_sentence"]
    assert req["sentence"]["text"][start:end] == req["source"]["text"]
    assert req["sender"] == "applicant" and req["condition"] == ""
    assert data["job_id"] == "NICS-2026-0417" and data["deadline"] == "2027-01-15"


def test_posting_from_stdin(sample_copy):
    result = subprocess.run([sys.executable, "-m", "packetizer", "posting", "-"],
                            input=(sample_copy / "posting.txt").read_bytes(),
                            capture_output=True, timeout=60)
    assert result.returncode == 0
    assert "Research statement" in result.stdout.decode()


@pytest.mark.parametrize("kind", ["missing", "folder", "not-pdf", "encrypted", "truncated",
                                  "empty"])
def test_attach_bad_files(kind, packet_file, tmp_path, make_pdf, encrypted_pdf, capsys):
    if kind == "missing":
        path, needle = tmp_path / "nope.pdf", "missing"
    elif kind == "folder":
        path, needle = tmp_path, "folder"
    elif kind == "not-pdf":
        path = tmp_path / "cv.pdf"
        path.write_text("<html><body>my cv</body></html>")
        path, needle = path, "web page"
    elif kind == "encrypted":
        path, needle = encrypted_pdf(), "password"
    elif kind == "empty":
        path = tmp_path / "empty.pdf"
        path.write_bytes(b"")
        needle = "empty"
    else:
        good = make_pdf("good.pdf", 3).read_bytes()
        path = tmp_path / "cut.pdf"
        path.write_bytes(good[: len(good) // 2])
        needle = "damaged"
    before = packet_file.read_bytes()
    code, _out, err = run(capsys, "attach", packet_file, "cv", path)
    assert code == 2
    one_line_error(err, str(path), needle)
    assert packet_file.read_bytes() == before  # nothing attached


def test_bad_usage(capsys, tmp_path, packet_file):
    for args, needle in [
        (["check", tmp_path / "none.packet"], "no such packet file"),
        (["check", tmp_path], "is a folder"),
        (["attach", packet_file, "nonsense", tmp_path / "x.pdf"], "no requirement"),
        (["export", packet_file], "-o OUT.pdf"),
        (["check", packet_file, "--profile", "nope"], "no portal profile"),
        (["new", packet_file, "--posting", tmp_path / "none.txt"], "already exists"),
    ]:
        code, _out, err = run(capsys, *args)
        assert code == 2, args
        one_line_error(err, needle)
    with pytest.raises(SystemExit) as info:
        main(["attach"])
    assert info.value.code == 2
    capsys.readouterr()
    for args, hint in ((["demo", "somewhere"], "packetizer demo --help"),
                       (["--bogus"], "packetizer --help")):  # the hint of the command given
        with pytest.raises(SystemExit) as info:
            main(args)
        assert info.value.code == 2
        one_line_error(capsys.readouterr().err, "unrecognized arguments", f"`{hint}`")


def test_damaged_packet_file(tmp_path, capsys):
    bad = tmp_path / "bad.packet"
    bad.write_text('{"format_version": 1, "posting": ')
    code, _, err = run(capsys, "check", bad)
    assert code == 2
    one_line_error(err, "bad.packet", "damaged")


def test_debug_shows_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "packetizer", "--debug", "check", str(tmp_path / "x.packet")],
        capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_no_display_gives_a_clear_message(monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    code, _, err = run(capsys)
    assert code == 2
    one_line_error(err, "no display")


def test_version():
    result = subprocess.run([sys.executable, "-m", "packetizer", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("Packetizer ")


def test_demo_without_gui(tmp_path):
    env = {**os.environ}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "packetizer", "demo", "--output", str(tmp_path / "demo"),
         "--no-gui"], capture_output=True, text=True, timeout=120, env=env,
        stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "demo"
    for name in ("posting.txt", "cv.pdf", "research-statement.pdf", "article.pdf",
                 "demo.packet", "check-report.txt", "packet.pdf"):
        assert (folder / name).is_file(), name
    assert len(PdfReader(folder / "packet.pdf").pages) == 1 + 31
    assert "3 of 3 required items ready" in (folder / "check-report.txt").read_text()


def test_interrupt_exits_130(monkeypatch, capsys, tmp_path):
    import packetizer.cli as cli

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.HANDLERS, "check", interrupted)
    code, _, err = run(capsys, "check", tmp_path / "x.packet")
    assert code == 130 and "interrupted" in err


def test_unexpected_error_is_one_line_with_the_log(monkeypatch, capsys, tmp_path):
    import packetizer.cli as cli

    def bug(args):
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(cli.HANDLERS, "check", bug)
    code, _, err = run(capsys, "check", tmp_path / "x.packet")
    assert code == 2
    one_line_error(err, "unexpected error", "packetizer.log")


def test_check_html_report(packet_file, sample_copy, tmp_path, capsys):
    run(capsys, "attach", packet_file, "cv", sample_copy / "cv.pdf")
    run(capsys, "attach", packet_file, "research_statement", sample_copy / "cv.pdf")
    html = tmp_path / "report.html"
    code, out, _ = run(capsys, "check", packet_file, "--html", html)
    assert code == 1 and f"HTML report written to {html}" in out
    text = html.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "</html>" in text
    assert "Ana Lucía Ferreira-Novák" in text  # UTF-8, not escaped away
    assert "content-mismatch" in text and "looks like a CV" in text
    assert "missing-required" in text and "Seen:" in text and "Fix:" in text
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", text)  # self-contained
    assert "<script" not in text


def test_attach_word_and_image_files(packet_file, tmp_path, capsys, monkeypatch):
    from PIL import Image

    from tests.conftest import write_docx

    picture = tmp_path / "transcript.png"
    Image.new("RGB", (300, 400), "white").save(picture)
    code, out, _ = run(capsys, "attach", packet_file, "cover_letter", picture)
    assert code == 0 and "made into a PDF from a PNG image" in out
    monkeypatch.setenv("PACKETIZER_SOFFICE", str(tmp_path / "none"))
    code, out, err = run(capsys, "attach", packet_file, "cover_letter",
                         write_docx(tmp_path / "letter.docx", ["Dear committee"]))
    assert code == 0 and "letter.docx" in out
    assert "warning" in err and "LibreOffice" in err  # attached, and told what to install
    code, out, _ = run(capsys, "check", packet_file)
    assert code == 1 and "needs LibreOffice" in out


def test_check_html_into_missing_folder(packet_file, tmp_path, capsys):
    code, _, err = run(capsys, "check", packet_file, "--html", tmp_path / "nope" / "r.html")
    assert code == 2
    one_line_error(err, "does not exist")


def test_posting_with_nothing_found_shows_the_likely_passage(tmp_path, capsys):
    posting = tmp_path / "posting.txt"
    posting.write_text("We are hiring in glaciology.\n\nHow to apply\nWrite to the chair with "
                       "your materials.\n")
    code, out, _ = run(capsys, "posting", posting)
    assert code == 0 and "No application materials were found" in out
    assert "Write to the chair" in out and "Add Item" in out
    code, out, _ = run(capsys, "posting", posting, "--json")
    data = json.loads(out)
    assert data["requirements"] == [] and "Write to the chair" in data["materials_passage"]["text"]
    posting.write_text("Please send a CV.")
    code, out, _ = run(capsys, "posting", posting, "--json")
    assert json.loads(out)["materials_passage"] is None


def test_document_commands_name_the_file_on_bad_input(packet_file, sample_copy, capsys):
    run(capsys, "attach", packet_file, "cv", sample_copy / "cv.pdf")
    code, _, err = run(capsys, "pages", packet_file, "cv.pdf", "9-40")
    assert code == 2
    one_line_error(err, "cv.pdf", "9-40", "goes past the last page")
