"""Every packet edit is one core function that the CLI and the app share: the same edit made
with `packetizer …` on one copy of a packet and in the window on another gives the same packet."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetizer.cli import main
from packetizer.core.packet import load_packet, save_packet


def _documents(path: Path):
    packet = load_packet(path)
    return [(d.requirement_id, Path(d.path).name, d.title, d.pages, d.rotation, d.page_count)
            for d in packet.documents], (packet.applicant.name, packet.applicant.email)


def _select(window, name: str) -> str:
    doc = next(d for d in window.packet.documents if Path(d.path).name == name)
    assert window.checklist_panel.select("document", doc.id)
    return doc.id


def _gui_move(window, qtbot, extra):
    window.documents.move_document(_select(window, "article.pdf"), "cv", 0)


def _gui_pages(window, qtbot, extra):
    _select(window, "cv.pdf")
    assert window.documents.select_pages("1-2")


def _gui_rotate(window, qtbot, extra):
    _select(window, "article.pdf")
    window.documents.rotate_document()


def _gui_rename(window, qtbot, extra):
    _select(window, "cv.pdf")
    window.documents.rename_document("Vita")


def _gui_replace(window, qtbot, extra):
    _select(window, "research-statement.pdf")
    with qtbot.waitSignal(window.open_packet_state.changed, timeout=20_000):
        window.documents.replace_document(str(extra))


def _gui_attach(window, qtbot, extra):
    bad = extra.with_name("broken.pdf")
    with qtbot.waitSignal(window.open_packet_state.attached, timeout=20_000):
        window.documents.attach_files("cover-letter", [str(extra), str(bad)])


def _gui_applicant(window, qtbot, extra):
    window.items.set_applicant("Bo Lind", "bo@example.org")


# name, CLI arguments after PACKET (EXTRA stands for the extra file), the app's way, CLI exit
EDITS = [
    ("move", ["move", "article.pdf", "cv", "--position", "1"], _gui_move, 0),
    ("pages", ["pages", "cv.pdf", "1-2"], _gui_pages, 0),
    ("rotate", ["rotate", "article.pdf"], _gui_rotate, 0),
    ("rename", ["rename", "cv.pdf", "Vita"], _gui_rename, 0),
    ("replace", ["replace", "research-statement.pdf", "EXTRA"], _gui_replace, 0),
    ("attach", ["attach", "cover-letter", "EXTRA", "BROKEN"], _gui_attach, 2),
    ("applicant", ["applicant", "--name", "Bo Lind", "--email", "bo@example.org"],
     _gui_applicant, 0),
]


@pytest.mark.parametrize("name,cli_args,gui_edit,exit_code", EDITS, ids=[e[0] for e in EDITS])
def test_the_cli_and_the_app_make_the_same_edit(name, cli_args, gui_edit, exit_code, window,
                                                qtbot, sample_packet, tmp_path, make_pdf,
                                                capsys):
    packet, _ = sample_packet
    by_cli, by_app = tmp_path / "cli.packet", tmp_path / "app.packet"
    save_packet(packet, by_cli)
    save_packet(packet, by_app)
    extra = make_pdf("letter-or-statement.pdf", 2, text="A second version")
    broken = extra.with_name("broken.pdf")
    broken.write_text("not a PDF")
    args = [str(extra) if a == "EXTRA" else str(broken) if a == "BROKEN" else a
            for a in cli_args]
    assert main([args[0], str(by_cli), *args[1:]]) == exit_code
    _out, err = capsys.readouterr()
    if exit_code:
        assert "broken.pdf" in err  # the bad file is named; the good one went in

    with qtbot.waitSignal(window.checked, timeout=20_000):
        assert window.open_packet(by_app)
    before = _documents(by_app)
    gui_edit(window, qtbot, extra)
    assert window.files.save()
    assert _documents(by_app) == _documents(by_cli) != before
