"""The season's library (issue 20): each document once with its versions and applications, a
new version given to the applications that take it — each packet written atomically, under a
lock, checked again — and copies of another application's document. Real files, real SQLite,
real processes killed mid-update."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packetizer.cli import main
from packetizer.core.appdata.settings import Settings, load_settings, save_settings
from packetizer.core.errors import InputError
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, load_packet, new_packet, save_packet
from packetizer.core.season import season, workspace_for
from packetizer.core.season.library import copy_beside, library, update_document

ROOT = str(Path(__file__).resolve().parents[2])
POSTING = ("Lecturer in Medieval History\n{0} University\nDeadline: 2027-01-{1:02d}.\n"
           "Send a CV (at most 2 pages) and a research statement.")


@pytest.fixture
def files(tmp_path, make_pdf):
    docs = tmp_path / "documents"
    docs.mkdir()
    return {name: make_pdf(f"documents/{name}.pdf", pages=pages, text=text) for name, pages, text
            in (("cv", 2, "Curriculum vitae"), ("cv-2027", 2, "Curriculum vitae, revised"),
                ("cv-long", 3, "Curriculum vitae, long"), ("rs", 1, "Research statement"),
                ("rs-2027", 1, "Research statement, revised"))}


def _season(folder: Path, files: dict, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        (folder / f"app{n:02d}").mkdir(parents=True)
        packet = new_packet(POSTING.format(f"Place{n}", n + 1), Applicant("Ana Ferreira"))
        attach(packet, "cv", [files["cv"]])
        attach(packet, "research-statement", [files["rs"]])
        path = folder / f"app{n:02d}" / "application.packet"
        save_packet(packet, path)
        paths.append(path)
    return paths


@pytest.fixture
def workspace(tmp_path, files):
    folder = tmp_path / "season"
    _season(folder, files, 3)
    return folder


def _cv_files(folder: Path) -> dict[str, str]:
    return {p.parent.name: Path(load_packet(p).documents[0].path).name
            for p in sorted(folder.glob("*/application.packet"))}


def test_each_document_is_listed_once_with_the_applications_using_it(workspace, files):
    docs = {d.name: d for d in library(workspace)}
    assert set(docs) == {"cv.pdf", "rs.pdf"}
    cv = docs["cv.pdf"]
    assert (cv.kind, len(cv.versions), len(cv.applications)) == ("cv", 1, 3)
    assert cv.versions[0].pages == 2 and cv.versions[0].present
    assert cv.versions[0].date and len(cv.versions[0].sha256) == 64
    # a copy of the same file elsewhere is the same document, in two places
    copy = copy_beside(files["cv"], workspace / "app02")
    packet = load_packet(workspace / "app02" / "application.packet")
    attach(packet, "cv", [copy])
    save_packet(packet, workspace / "app02" / "application.packet")
    cv = next(d for d in library(workspace) if d.name == "cv.pdf")
    assert len(cv.versions) == 1 and len(cv.versions[0].paths) == 2


def test_a_new_version_goes_to_every_application_by_default(workspace, files):
    exported = workspace / "app00" / "application.packet"
    assert main(["export", str(exported), "-o", str(workspace.parent / "out.pdf")]) == 0
    assert not season(workspace)[0].out_of_date
    results = update_document(workspace, files["cv-2027"], files["cv"])
    assert sorted(r.packet for r in results) == [f"app0{n}/application.packet" for n in range(3)]
    assert all(r.errors == 0 and r.ready == r.required == 2 for r in results)
    assert set(_cv_files(workspace).values()) == {"cv-2027.pdf"}
    rows = {r.packet: r for r in season(workspace)}
    assert rows["app00/application.packet"].out_of_date  # exported with the old CV
    assert not rows["app01/application.packet"].out_of_date  # never exported
    cv = next(d for d in library(workspace) if d.kind == "cv")
    assert [Path(v.path).name for v in cv.versions] == ["cv-2027.pdf", "cv.pdf"]
    assert [len(v.applications) for v in cv.versions] == [3, 0]
    # the old version is remembered in the packet, relative to it where it can be
    saved = json.loads(exported.read_text())["documents"][0]["replaced"][0]
    assert saved["path"] == "../../documents/cv.pdf" and saved["page_count"] == 2
    assert update_document(workspace, files["cv-2027"], files["cv"]) == []  # all on it already


def test_only_the_applications_chosen_take_it_and_are_checked_again(workspace, files):
    chosen = workspace / "app01" / "application.packet"
    packet = load_packet(chosen)
    packet.documents[0].pages = "1"
    save_packet(packet, chosen)
    results = update_document(workspace, files["cv-long"], files["cv"], [str(chosen)])
    assert [r.packet for r in results] == ["app01/application.packet"]
    result = results[0]
    assert result.pages_cleared and result.errors == 1
    assert "3 pages" in result.problems[0]  # the new CV is over the posting's 2 pages
    assert _cv_files(workspace) == {"app00": "cv.pdf", "app01": "cv-long.pdf",
                                    "app02": "cv.pdf"}
    # any version names the document: the two left on cv.pdf take the next one
    update_document(workspace, files["cv-2027"], files["cv-long"])
    assert set(_cv_files(workspace).values()) == {"cv-2027.pdf"}
    assert len(next(d for d in library(workspace) if d.kind == "cv").versions) == 3


def test_bad_updates_are_refused_with_the_file_named(workspace, files, tmp_path):
    with pytest.raises(InputError, match="not a document of any application"):
        update_document(workspace, files["cv-2027"], tmp_path / "elsewhere.pdf")
    with pytest.raises(InputError, match="is not a packet file"):
        update_document(workspace, files["cv-2027"], files["rs"],
                        [str(tmp_path / "other.packet")])
    other = tmp_path / "other.packet"  # a packet, but without the research statement
    save_packet(new_packet(POSTING.format("Elsewhere", 9), Applicant("Ana")), other)
    with pytest.raises(InputError, match="does not use"):
        update_document(workspace, files["cv-2027"], files["rs"], [str(other)])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnothing else")
    with pytest.raises(InputError):
        update_document(workspace, broken, files["cv"])
    assert set(_cv_files(workspace).values()) == {"cv.pdf"}  # nothing changed


def test_the_command_line_lists_and_updates(workspace, files, capsys, monkeypatch):
    monkeypatch.chdir(workspace)  # WORKSPACE defaults to this folder: it holds packets
    assert main(["library", "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert {d["name"] for d in documents} == {"cv.pdf", "rs.pdf"}
    assert set(documents[0]) >= {"id", "name", "kind", "versions", "applications"}
    assert set(documents[0]["versions"][0]) >= {"sha256", "path", "size", "pages", "date",
                                                "present", "applications"}
    assert main(["library", "update", str(files["rs-2027"]), "--replaces", str(files["rs"]),
                 "--in", "app02/application.packet", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [u["packet"] for u in out["updated"]] == ["app02/application.packet"]
    assert set(out["updated"][0]) >= {"documents", "pages_cleared", "exported_before",
                                      "errors", "warnings", "ready", "required", "problems"}
    assert main(["library", "update", str(files["rs-2027"])]) == 2  # no --replaces
    assert main(["library", "update", str(files["cv"]), "--replaces", "nothing.pdf"]) == 2
    assert main(["library", "extra", "words"]) == 2
    assert main(["library", str(workspace / "nowhere")]) == 2
    assert main(["library", "update", str(files["rs-2027"]), "--replaces", str(files["rs"]),
                 "--in", "nothing.packet"]) == 2
    assert "not a document" in capsys.readouterr().err


def test_without_packets_here_the_apps_workspace_is_used(tmp_path, workspace, monkeypatch,
                                                         capsys):
    monkeypatch.chdir(tmp_path / "documents")  # no packets here
    assert workspace_for(None) == Path(os.environ["PACKETIZER_WORKSPACE_DIR"])
    assert main(["apps"]) == 0 and "No applications" in capsys.readouterr().out
    settings = Settings()
    settings.use_workspace(workspace)
    save_settings(settings)
    assert workspace_for(None) == workspace.resolve()
    assert main(["apps", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["applications"]) == 3


def test_packets_kept_elsewhere_can_join_a_workspace(tmp_path, workspace, files):
    outside = tmp_path / "elsewhere"
    [path] = _season(outside, files, 1)
    settings = load_settings()
    assert settings.link_packet(workspace, path) and not settings.link_packet(workspace, path)
    save_settings(settings)
    assert len(season(workspace)) == 3  # the core lists what it is given
    from packetizer.core.season import linked_packets

    rows = season(workspace, linked=linked_packets(workspace))
    assert len(rows) == 4 and str(path) in {r.packet for r in rows}
    update_document(workspace, files["cv-2027"], files["cv"], linked=linked_packets(workspace))
    assert Path(load_packet(path).documents[0].path).name == "cv-2027.pdf"
    assert load_settings().unlink_packet(workspace, path)


def test_a_copy_is_made_beside_the_packet_and_never_over_a_file(workspace, files, capsys):
    folder = workspace / "app00"
    first, second = copy_beside(files["rs"], folder), copy_beside(files["rs"], folder)
    assert (first.name, second.name) == ("rs.pdf", "rs 2.pdf")
    assert first.read_bytes() == files["rs"].read_bytes()
    packet_file = str(folder / "application.packet")
    assert main(["attach", packet_file, "nothing", str(files["rs"]), "--copy"]) == 2
    assert not (folder / "rs 3.pdf").exists()  # a wrong item: no copy left behind
    assert main(["attach", packet_file, "research-statement", str(files["rs"]), "--copy"]) == 0
    assert Path(load_packet(packet_file).documents[-1].path) == folder / "rs 3.pdf"


def _update_process(workspace: Path, new: Path, old: Path) -> subprocess.Popen:
    script = (f"import sys; sys.path.insert(0, {ROOT!r}); from packetizer.cli import main; "
              f"sys.exit(main(['library', 'update', {str(workspace)!r}, {str(new)!r}, "
              f"'--replaces', {str(old)!r}]))")
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_a_kill_during_an_update_leaves_every_packet_old_or_new(tmp_path, files):
    folder = tmp_path / "big"
    paths = _season(folder, files, 24)
    stamps = {p: p.stat().st_mtime_ns for p in paths}
    run = _update_process(folder, files["cv-2027"], files["cv"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None and \
            all(p.stat().st_mtime_ns == stamps[p] for p in paths):
        time.sleep(0.005)
    run.send_signal(signal.SIGKILL)
    run.communicate(timeout=30)
    names = _cv_files(folder)
    assert len(names) == 24 and set(names.values()) <= {"cv.pdf", "cv-2027.pdf"}
    assert "cv-2027.pdf" in names.values() and "cv.pdf" in names.values(), \
        "the kill did not land during the update"
    # a write the kill cut short leaves at most a hidden temp file, never a packet half-written
    assert all(p.name.startswith(".") for p in folder.rglob("*.tmp"))
    # the lock died with the process: the update runs again, and finishes what was left
    assert {r.packet for r in update_document(folder, files["cv-2027"], files["cv"])} == \
        {f"{k}/application.packet" for k, v in names.items() if v == "cv.pdf"}
    assert set(_cv_files(folder).values()) == {"cv-2027.pdf"}


def test_two_updates_at_once_both_land(tmp_path, files):
    folder = tmp_path / "both"
    _season(folder, files, 12)
    runs = [_update_process(folder, files["cv-2027"], files["cv"]),
            _update_process(folder, files["rs-2027"], files["rs"])]
    outs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outs
    for path in folder.glob("*/application.packet"):
        assert [Path(d.path).name for d in load_packet(path).documents] == \
            ["cv-2027.pdf", "rs-2027.pdf"]
    assert {d.name for d in library(folder)} == {"cv-2027.pdf", "rs-2027.pdf"}
