"""Career office: bundles in and out (safely), batch review of many packets, comments."""

from __future__ import annotations

import csv
import io
import json
import stat
import zipfile

import pytest

from packetizer.cli import main
from packetizer.core.batch import find_packets, report_csv, report_html, run_batch
from packetizer.core.errors import FormatError, InputError
from packetizer.core.packet.bundle import open_bundle, write_bundle
from packetizer.core.packet.store import load_packet, save_packet


@pytest.fixture
def packet_path(sample_packet, tmp_path):
    packet, _ = sample_packet
    path = tmp_path / "ana.packet"
    save_packet(packet, path)
    return path


def test_bundle_round_trip(packet_path, tmp_path):
    bundle = write_bundle(packet_path, tmp_path / "ana.packetz")
    names = zipfile.ZipFile(bundle).namelist()
    assert names[0] == "packet.packet" and "documents/01_cv.pdf" in names
    opened = open_bundle(bundle, tmp_path / "unpacked")
    assert opened == tmp_path / "unpacked" / "ana.packet"
    original, copy = load_packet(packet_path), load_packet(opened)
    assert [d.sha256 for d in copy.documents] == [d.sha256 for d in original.documents]
    assert all(str(tmp_path / "unpacked") in d.path for d in copy.documents)
    assert json.loads(opened.read_text())["documents"][0]["path"] == "documents/01_cv.pdf"


def _evil_bundle(tmp_path, packet_path, mutate) -> str:
    """A copy of a real bundle with one member changed by `mutate(zip_out, members)`."""
    good = write_bundle(packet_path, tmp_path / "good.packetz")
    evil = tmp_path / "evil.packetz"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as out:
        members = {i.filename: src.read(i) for i in src.infolist()}
        mutate(out, members)
    return evil


@pytest.mark.parametrize("attack,message", [
    ("zip-slip", "unsafe name"), ("absolute", "unsafe name"), ("symlink", "link"),
    ("wrong-hash", "does not match"), ("outside-path", "outside the bundle"),
    ("bomb", "expands suspiciously"), ("too-many", "at most"), ("not-zip", "not a packet bundle"),
])
def test_malicious_bundles_are_refused(packet_path, tmp_path, attack, message):
    def mutate(out, members):
        data = json.loads(members["packet.packet"])
        for name, content in members.items():
            if name == "packet.packet":
                continue
            if attack == "wrong-hash" and name.endswith("01_cv.pdf"):
                content = content + b"% tampered"
            out.writestr(name, content)
        if attack == "zip-slip":
            out.writestr("../../escaped.txt", b"x")
        elif attack == "absolute":
            out.writestr("/tmp/escaped.txt", b"x")
        elif attack == "symlink":
            info = zipfile.ZipInfo("documents/link")
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            out.writestr(info, "/etc/passwd")
        elif attack == "outside-path":
            data["documents"][0]["path"] = "../../../etc/hosts"
        elif attack == "bomb":
            out.writestr(zipfile.ZipInfo("documents/bomb.bin"), b"\0" * 50_000_000,
                         compress_type=zipfile.ZIP_DEFLATED)
        elif attack == "too-many":
            for i in range(600):
                out.writestr(f"documents/x{i}.txt", b"x")
        out.writestr("packet.packet", json.dumps(data))

    if attack == "not-zip":
        evil = tmp_path / "evil.packetz"
        evil.write_bytes(b"%PDF-1.7 not a zip")
    else:
        evil = _evil_bundle(tmp_path, packet_path, mutate)
    target = tmp_path / "out"
    with pytest.raises((FormatError, InputError), match=message):
        open_bundle(evil, target)
    assert not target.exists()  # nothing left behind
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_unbundle_refuses_a_folder_with_files(packet_path, tmp_path):
    bundle = write_bundle(packet_path, tmp_path / "a.packetz")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine")
    with pytest.raises(InputError, match="new or empty folder"):
        open_bundle(bundle, tmp_path / "busy")
    assert (tmp_path / "busy" / "keep.txt").read_text() == "mine"


def test_batch_over_good_incomplete_and_broken(packet_path, tmp_path, capsys):
    from packetizer.core.packet import add_comment

    folder = tmp_path / "students"
    folder.mkdir()
    packet = load_packet(packet_path)
    add_comment(packet, "Lovely CV.", author="Adviser", about="cv")
    save_packet(packet, folder / "ana.packet")
    write_bundle(folder / "ana.packet", folder / "bundled.packetz")
    incomplete = load_packet(packet_path)
    incomplete.documents = incomplete.documents[:1]
    save_packet(incomplete, folder / "carla.packet")
    (folder / "broken.packet").write_text("{not json")
    (folder / ".hidden").mkdir()
    save_packet(packet, folder / ".hidden" / "skip.packet")
    sources = find_packets([folder])
    assert [p.name for p in sources] == ["ana.packet", "broken.packet", "bundled.packetz",
                                         "carla.packet"]
    rows = run_batch(sources, tmp_path / "work", tmp_path / "export", jobs=2)
    by_name = {p.name: r for p, r in zip(sources, rows, strict=True)}
    assert by_name["ana.packet"].ready and by_name["ana.packet"].exported
    assert by_name["ana.packet"].comments == ["Lovely CV."]
    assert by_name["bundled.packetz"].ready
    assert not by_name["carla.packet"].ready and by_name["carla.packet"].errors == 2
    assert "damaged" in by_name["broken.packet"].failure
    html = report_html(rows)
    assert html.count("<tr>") == 1 + 4 and "Lovely CV." in html and "damaged" in html
    table = list(csv.reader(io.StringIO(report_csv(rows))))
    assert table[0][:3] == ["student", "posting", "status"] and len(table) == 5
    assert {row[2] for row in table[1:]} == {"ready", "not ready", "failed"}
    # and from the command line: exit 1 (not all ready), reports by extension
    code = main(["batch", str(folder), "--report", str(tmp_path / "r.json"), "--jobs", "1"])
    out = capsys.readouterr().out
    assert code == 1 and "2 of 4 packets ready" in out
    assert json.loads((tmp_path / "r.json").read_text())["ready"] == 2


def test_comments_from_the_command_line(packet_path, capsys):
    assert main(["comment", str(packet_path), "Shorten the statement.", "--on",
                 "research_statement", "--by", "Career office"]) == 0
    assert main(["comment", str(packet_path), "Good luck!"]) == 0
    capsys.readouterr()
    packet = load_packet(packet_path)
    assert [(c.requirement_id, c.author) for c in packet.comments] == \
        [("research-statement", "Career office"), ("", "")]
    main(["check", str(packet_path)])
    out = capsys.readouterr().out
    assert "Comment from Career office: Shorten the statement." in out
    assert "Comment: Good luck!" in out
    assert main(["comment", str(packet_path), "  "]) == 2
