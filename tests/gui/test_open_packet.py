"""The open packet (packet, file, undo, autosave, re-check) driven without any widget, with the
synchronous task runner: nothing waits, nothing is shown."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from packetizer.core.appdata.settings import Settings
from packetizer.core.packet import load_packet, rename_document, save_packet, select_pages
from packetizer.gui import tasks
from packetizer.gui.mainwindow.open_packet import OpenPacket


@pytest.fixture
def state(qapp, sample_packet, tmp_path):
    packet, _ = sample_packet
    path = tmp_path / "job.packet"
    save_packet(packet, path)
    with tasks.synchronous():
        opened = OpenPacket(Settings())
        seen = {"checked": [], "changed": 0, "attached": [], "problems": []}
        opened.checked.connect(seen["checked"].append)
        opened.changed.connect(lambda: seen.__setitem__("changed", seen["changed"] + 1))
        opened.attached.connect(seen["attached"].append)
        opened.problem.connect(lambda exc, title: seen["problems"].append(exc))
        opened.load(load_packet(path), path)
        opened.seen = seen
        yield opened
        opened.close()
        opened.deleteLater()


def test_opening_checks_at_once(state):
    (report,) = state.seen["checked"]
    assert state.report is report and report.ok
    assert not state.modified and state.undo_stack.count() == 0


def test_an_edit_is_one_undoable_step_that_marks_the_packet_modified(state):
    doc = state.packet.documents_for("cv")[0]
    assert state.edit("Rename", rename_document, doc.id, "My CV") is True
    assert state.modified and state.undo_stack.undoText() == "Rename"
    assert state.packet.document(doc.id).title == "My CV"
    state.undo_stack.undo()
    assert state.packet.document(doc.id).title == "Curriculum vitae"
    assert not state.modified  # back to what is on disk
    state.undo_stack.redo()
    assert state.packet.document(doc.id).title == "My CV" and state.modified


def test_an_edit_that_changes_nothing_leaves_no_step(state):
    doc = state.packet.documents_for("cv")[0]
    assert state.edit("Pages", select_pages, doc.id, "") is False
    assert state.undo_stack.count() == 0 and not state.modified


def test_a_refused_edit_changes_nothing(state):
    from packetizer.core.errors import PageSelectionError

    doc = state.packet.documents_for("cv")[0]
    with pytest.raises(PageSelectionError):
        state.edit("Pages", select_pages, doc.id, "40-50")
    assert state.packet.document(doc.id).pages == "" and state.undo_stack.count() == 0


def test_changes_are_checked_again(state, qtbot):
    doc = state.packet.documents_for("research-statement")[0]
    state.edit("Pages", select_pages, doc.id, "1")
    with qtbot.waitSignal(state.checked, timeout=5000) as blocker:
        pass  # the re-check waits 150 ms for more edits, then runs (here: at once)
    assert blocker.args[0].statuses["research-statement"].pages == 1


def test_attach_takes_the_good_files_and_reports_the_bad(state, make_pdf, tmp_path):
    good = make_pdf("letter.pdf", 1, text="Dear committee")
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a PDF at all")
    task = state.attach("cover_letter", [str(good), str(bad)])
    assert task.done
    (result,) = state.seen["attached"]
    assert [d.path for d in result.documents] == [str(good)]
    (problem,) = result.problems
    assert problem.path == str(bad) and problem.code == "not-pdf"
    assert [d.path for d in state.packet.documents_for("cover-letter")] == [str(good)]
    assert state.undo_stack.undoText() == "Attach letter.pdf"
    state.undo_stack.undo()
    assert state.packet.documents_for("cover-letter") == []


def test_replace_reads_the_new_file_then_edits(state, make_pdf):
    doc = state.packet.documents_for("research-statement")[0]
    state.edit("Pages", select_pages, doc.id, "1")
    new = make_pdf("statement-v2.pdf", 2)
    state.replace(doc.id, str(new))
    replaced = state.packet.document(doc.id)
    assert replaced.path == str(new) and replaced.page_count == 2 and replaced.pages == ""
    assert state.undo_stack.undoText() == "Replace with statement-v2.pdf"


def test_autosave_and_save(state, isolated_dirs, tmp_path):
    doc = state.packet.documents_for("cv")[0]
    state.autosave()  # nothing unsaved: nothing written
    folder = isolated_dirs / "data" / "autosave"
    assert not list(folder.glob("*.json"))
    state.edit("Rename", rename_document, doc.id, "Vita")
    state.autosave()
    (kept,) = folder.glob("*.json")
    assert json.loads(kept.read_text())["packet"]["documents"][0]["title"] == "Vita"
    target = tmp_path / "saved.packet"
    state.save(target)
    assert not list(folder.glob("*.json")) and not state.modified and state.path == target
    assert load_packet(target).documents[0].title == "Vita"


def test_export_in_the_runner(state, tmp_path):
    results = []
    task = state.export(tmp_path / "out.pdf")
    task.finished.connect(results.append)
    # the synchronous runner ran it already; its result is also the task's
    out = tmp_path / "out.pdf"
    assert task.done and out.is_file()
    assert len(PdfReader(out).pages) == 32


def test_a_check_that_fails_is_reported_not_raised(state, monkeypatch):
    from packetizer.gui.mainwindow import open_packet

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(open_packet, "check_packet", broken)
    state.recheck()
    assert [type(e).__name__ for e in state.seen["problems"]] == ["RuntimeError"]


def test_lambdas_cannot_be_sent_to_the_worker_process():
    runner = tasks.ProcessRunner()
    with pytest.raises(TypeError, match="module-level function"):
        runner.submit(tasks.Task(lambda **_: None))


def test_many_emits_do_not_use_up_true():
    """PySide6 6.12.0 takes a reference to True on every emit from Python (gui.qtcompat); with
    the guard, an app that emits a great deal (progress, re-checks) keeps running."""
    import gc
    import sys

    from PySide6.QtCore import QObject, Signal

    from packetizer.gui.qtcompat import emit_loses_a_reference

    class Chatty(QObject):
        said = Signal(int)

    chatty, heard = Chatty(), []
    chatty.said.connect(heard.append)
    before = sys.getrefcount(True)
    for i in range(20_000):  # far more than True has references without the guard
        chatty.said.emit(i)
    gc.collect()
    assert len(heard) == 20_000 and sys.getrefcount(True) > 0
    if emit_loses_a_reference():
        assert before - sys.getrefcount(True) >= 20_000  # the bug is there; the guard holds
