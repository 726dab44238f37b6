from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QTextBrowser

from packetizer.core.packet.store import load_packet, save_packet
from packetizer.gui.models import ID_ROLE, ChecklistModel


def open_sample(window, qtbot, sample_packet, tmp_path) -> Path:
    packet, _ = sample_packet
    path = tmp_path / "job.packet"
    save_packet(packet, path)
    with qtbot.waitSignal(window.checked, timeout=20_000):
        assert window.open_packet(path)
    return path


def test_welcome_then_packet(window, qtbot, sample_packet, tmp_path):
    assert window.stack.currentIndex() == 0  # welcome page
    path = open_sample(window, qtbot, sample_packet, tmp_path)
    assert window.stack.currentIndex() == 1
    assert window.windowTitle() == "job.packet[*] — Packetizer"
    assert window.summary_label.text() == "3 of 3 required items ready"
    assert window.checklist.rowCount() == 5
    assert len(window.posting_panel.view.extraSelections()) == 5  # each source highlighted
    assert str(path) in window.settings.recent_packets[0]


def test_selecting_an_item_shows_its_sentence_in_the_posting(window, qtbot, sample_packet,
                                                              tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    req = next(r for r in window.packet.posting.requirements if r.kind == "research_statement")
    assert req.sentence and req.sentence.start <= req.source.start
    view = window.posting_panel.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert window.checklist_panel.select("requirement", req.id)
    marks = view.extraSelections()
    assert len(marks) == 6  # the sentence, over the five phrases
    assert (marks[-1].cursor.selectionStart(), marks[-1].cursor.selectionEnd()) == (
        req.sentence.start, req.sentence.end)
    assert view.textCursor().position() == req.sentence.start
    assert view.cursorRect().top() >= 0 and view.cursorRect().bottom() <= \
        view.viewport().height()  # scrolled to it
    index = window.checklist_panel.model.requirement_index(req.id)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert " ".join(req.sentence.text.split()) in tip
    window.checklist_panel.tree.clearSelection()
    window.checklist_panel.tree.setCurrentIndex(index.siblingAtRow(-1))
    assert len(view.extraSelections()) == 5


def test_attach_by_drop_updates_findings(window, qtbot, sample_packet, tmp_path, make_pdf):
    open_sample(window, qtbot, sample_packet, tmp_path)
    letter = make_pdf("letter.pdf", 1)
    row = next(i for i, r in enumerate(window.packet.posting.requirements)
               if r.kind == "cover_letter")
    before = {f.code for f in window.report.findings}
    assert "optional-missing" in before
    mime = ChecklistModel.mime_for_files([str(letter)])
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.checklist.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1,
                                      window.checklist.index(row, 0))
    assert window.isWindowModified()
    assert any(d.path == str(letter) for d in window.packet.documents)
    assert "optional-missing" not in {f.code for f in window.report.findings}
    assert window.checklist.rowCount(window.checklist.index(row, 0)) == 1


def test_bad_file_drop_shows_a_message(window, qtbot, sample_packet, tmp_path, dialogs):
    open_sample(window, qtbot, sample_packet, tmp_path)
    bogus = tmp_path / "cv.pdf"
    bogus.write_text("not a pdf at all")
    window.documents.attach_files("cover-letter", [str(bogus)])
    qtbot.waitUntil(lambda: bool(dialogs), timeout=20_000)
    assert "really a plain text file" in dialogs[0]
    assert not any(d.path == str(bogus) for d in window.packet.documents)


def test_remove_and_save(window, qtbot, sample_packet, tmp_path):
    path = open_sample(window, qtbot, sample_packet, tmp_path)
    doc_index = window.checklist.index(0, 0, window.checklist.index(0, 0))
    window.tree.setCurrentIndex(doc_index)
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.documents.remove_selected()
    assert window.summary_label.text().startswith("2 of 3 required items ready")
    assert window.files.save()
    assert not window.isWindowModified()
    assert len(load_packet(path).documents) == 2


def test_export_in_worker(window, qtbot, sample_packet, tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    out = tmp_path / "packet.pdf"
    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        window.exporting.export_to(out)
    assert blocker.args[0].page_count == 1 + 31  # cover + documents
    assert len(PdfReader(out).pages) == 32


def test_export_cancel_leaves_no_file(window, qtbot, sample_packet, tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    out = tmp_path / "cancelled" / "packet.pdf"
    out.parent.mkdir()
    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        task = window.exporting.export_to(out)
        task.cancel()
    assert blocker.args == [None]
    assert list(out.parent.iterdir()) == []


def test_unsaved_changes_prompt(window, qtbot, sample_packet, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    open_sample(window, qtbot, sample_packet, tmp_path)
    window.open_packet_state.edit("Note", lambda packet: setattr(packet, "notes", "x"))
    assert window.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_renders_without_clipping_at_common_sizes(window, qtbot, sample_packet, tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    for size in ((1280, 800), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: (window.width(), window.height()) == s)
        image = window.grab().toImage()
        assert (image.width(), image.height()) == size
        for button in (window.attach_button, window.export_button):
            geometry = button.geometry()
            assert button.isVisible() and geometry.width() >= button.sizeHint().width()


def test_dropped_image_is_converted(window, qtbot, sample_packet, tmp_path):
    from PIL import Image

    open_sample(window, qtbot, sample_packet, tmp_path)
    picture = tmp_path / "letter.png"
    Image.new("RGB", (600, 800), "white").save(picture)
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.documents.attach_files("cover-letter", [str(picture)])
    assert any(d.path == str(picture) and d.page_count == 1 for d in window.packet.documents)
    assert "converted" in {f.code for f in window.report.findings}


def test_slow_conversion_shows_progress_and_cancels(window, qtbot, sample_packet, tmp_path,
                                                   monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from tests.conftest import write_docx

    fake = tmp_path / "slow-soffice"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PACKETIZER_SOFFICE", str(fake))
    open_sample(window, qtbot, sample_packet, tmp_path)
    before = len(window.packet.documents)
    window.documents.attach_files("cover-letter", [str(write_docx(tmp_path / "l.docx", ["Dear"]))])
    dialog = window.findChild(QProgressDialog, "attachProgress")
    qtbot.waitUntil(lambda: "Converting l.docx" in dialog.labelText(), timeout=10_000)
    dialog.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10_000)
    assert len(window.packet.documents) == before


def test_autosave_then_recovery_after_a_crash(qtbot, sample_packet, tmp_path, dialogs,
                                              monkeypatch, isolated_dirs):
    """Edit, autosave, 'crash' (the process that wrote it is gone), start again: the change
    is offered back and, recovered, belongs to the same packet file."""
    import json

    from PySide6.QtWidgets import QMessageBox

    from packetizer.core.packet import autosave
    from packetizer.gui.mainwindow import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    path = open_sample(first, qtbot, sample_packet, tmp_path)
    first.open_packet_state.edit("Note", lambda packet: setattr(packet, "notes",
                                                                 "an unsaved note"))
    first.open_packet_state.autosave()
    saved = list((isolated_dirs / "data" / "autosave").glob("*.json"))
    assert len(saved) == 1
    data = json.loads(saved[0].read_text())
    assert data["original"] == str(path) and data["packet"]["notes"] == "an unsaved note"
    assert autosave.find_recoveries() == []  # the writer is alive: not offered
    data["pid"] = 2 ** 22 + 12345  # a process that no longer exists: the app crashed
    saved[0].write_text(json.dumps(data))

    def click_recover(box):
        dialogs.append(box.text())
        box._clicked = box.buttons()[0]  # "Recover", the accept button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_recover)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    second = MainWindow()
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.checked, timeout=20_000):
        assert second.offer_recovery()
    assert "did not close properly" in dialogs[-1] and "job.packet" in dialogs[-1]
    assert second.packet.notes == "an unsaved note"
    assert second.open_packet_state.path == path and second.isWindowModified()
    assert second.files.save()
    assert not list((isolated_dirs / "data" / "autosave").glob("*.json"))  # saved: gone
    assert load_packet(path).notes == "an unsaved note"


def test_damaged_autosave_is_set_aside(isolated_dirs):
    from packetizer.core.packet import autosave

    folder = isolated_dirs / "data" / "autosave"
    folder.mkdir(parents=True)
    (folder / "x.json").write_text("{broken")
    assert autosave.find_recoveries() == []
    assert (folder / "x.damaged").exists()


def test_undo_and_redo_every_edit(window, qtbot, sample_packet, tmp_path, make_pdf):
    path = open_sample(window, qtbot, sample_packet, tmp_path)
    assert not window.isWindowModified() and not window.commands["undo"].isEnabled()
    original = [d.path for d in window.packet.documents]

    letter = make_pdf("letter.pdf")
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.documents.attach_files("cover-letter", [str(letter)])
    assert window.open_packet_state.undo_stack.undoText() == "Attach letter.pdf"
    window.items.apply_new_item({"kind": "teaching_statement", "label": "Teaching statement",
                           "required": True})
    window.items.apply_item_edit("cv", {"max_pages": 2})
    assert window.open_packet_state.undo_stack.count() == 3 and window.isWindowModified()
    assert window.packet.posting.requirement("cv").max_pages == 2

    window.open_packet_state.undo_stack.undo()  # the page limit
    assert window.packet.posting.requirement("cv").max_pages is None
    window.open_packet_state.undo_stack.undo()  # the new item
    assert window.packet.posting.requirement("teaching_statement") is None
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.open_packet_state.undo_stack.undo()  # the attachment
    assert [d.path for d in window.packet.documents] == original
    assert not window.isWindowModified()  # back where the file on disk is
    assert window.checklist.rowCount(window.checklist.index(3, 0)) == 0

    window.open_packet_state.undo_stack.redo()
    assert any(d.path == str(letter) for d in window.packet.documents)
    assert window.isWindowModified()
    assert window.files.save()
    assert load_packet(path).document(window.packet.documents[-1].id) is not None
    assert not window.isWindowModified()
    window.open_packet_state.undo_stack.undo()
    assert window.isWindowModified()  # undone past the save


def test_undo_shortcuts_are_the_platform_ones(window):
    from PySide6.QtGui import QKeySequence

    assert window.commands["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.commands["redo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)


def test_preview_shows_the_selected_document_and_the_export(window, qtbot, sample_packet,
                                                            tmp_path, qtlog):
    open_sample(window, qtbot, sample_packet, tmp_path)
    article_row = next(i for i, r in enumerate(window.packet.posting.requirements)
                       if r.kind == "writing_sample")
    doc_index = window.checklist.index(0, 0, window.checklist.index(article_row, 0))
    window.tree.setCurrentIndex(doc_index)
    preview = window.preview
    assert preview.path.endswith("article.pdf")
    assert preview.document.pageCount() == 20
    assert preview.bookmarks.rowCount() > 0  # the article's own outline
    preview.go_to(4)
    qtbot.waitUntil(lambda: preview.page.value() == 5, timeout=5000)
    assert preview.thumbnails.count() == 20 and preview.thumbnails.currentRow() == 4
    qtbot.waitUntil(lambda: not preview.thumbnails.item(19).icon().isNull(), timeout=10_000)
    preview.thumbnails.setCurrentRow(9)  # clicking a thumbnail goes to its page
    qtbot.waitUntil(lambda: preview.page.value() == 10, timeout=5000)
    window.side_tabs.setCurrentWidget(preview)
    window.grab()  # renders without warnings
    out = tmp_path / "packet.pdf"
    seen_before = len(qtlog.records)
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.exporting.export_to(out)
    assert preview.path == str(out) and preview.document.pageCount() == 32
    # the export opens at its first page, not where the article was scrolled to
    qtbot.waitUntil(lambda: preview.page.value() == 1 and preview.thumbnails.currentRow() == 0
                    and preview.view.verticalScrollBar().value() == 0, timeout=5000)
    qtbot.wait(100)  # and it stays there once the view has laid the new document out
    assert preview.view.verticalScrollBar().value() == 0 and preview.page.value() == 1
    # our bookmarks and links are /XYZ destinations QtPdf can place (the sample's own /Fit
    # bookmarks make it warn, above)
    assert not [r for r in qtlog.records[seen_before:] if "invalid location" in r.message]
    titles = [preview.bookmarks.index(r, 0).data() for r in range(preview.bookmarks.rowCount())]
    assert titles[0] == "Cover and checklist"


def test_export_dialog_options_and_separate_files(window, qtbot, sample_packet, tmp_path):
    from packetizer.gui.dialogs import ExportDialog

    open_sample(window, qtbot, sample_packet, tmp_path)
    options = window.packet.export_options
    dialog = ExportDialog(window, options, tmp_path / "job.pdf")
    qtbot.addWidget(dialog)
    assert dialog.target() == ("merged", tmp_path / "job.pdf")
    dialog.separate.setChecked(True)
    assert dialog.target() == ("separate", tmp_path / "job")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.numbers.setChecked(False)
    assert not dialog.footer.isEnabled()
    dialog.profile.setCurrentIndex(dialog.profile.findData("oxford-recruitment"))
    chosen = dialog.options(options)
    assert (chosen.paper, chosen.page_numbers, chosen.profile) == \
        ("a4", False, "oxford-recruitment")
    window.exporting.apply_export_options(chosen)
    assert window.isWindowModified()
    assert window.open_packet_state.undo_stack.undoText() == "Export settings"
    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        window.exporting.export_separate_to(tmp_path / "job")
    assert blocker.args[0] is not None
    names = sorted(p.name for p in (tmp_path / "job").iterdir())
    assert len(names) == 4 and all(len(n) <= 25 for n in names)  # Oxford's name limit
    window.open_packet_state.undo_stack.undo()
    assert window.packet.export_options.profile == options.profile


def _select_doc(window, name):
    for row in range(window.checklist.rowCount()):
        parent = window.checklist.index(row, 0)
        for child in range(window.checklist.rowCount(parent)):
            index = window.checklist.index(child, 0, parent)
            doc = window.packet.document(index.data(ID_ROLE))
            if doc is not None and Path(doc.path).name == name:
                window.tree.setCurrentIndex(index)
                return doc
    raise AssertionError(name)


def test_document_actions_and_fixes_from_findings(window, qtbot, sample_packet, tmp_path,
                                                  make_pdf):
    open_sample(window, qtbot, sample_packet, tmp_path)
    doc = _select_doc(window, "research-statement.pdf")
    window.documents.rename_document("My research, in brief")
    assert doc.title == "My research, in brief"
    assert "My research, in brief" in window.checklist.index(
        0, 0, window.checklist.requirement_index(doc.requirement_id)).data()
    window.documents.rotate_document()
    assert doc.rotation == 90
    assert not window.documents.select_pages("9-12")  # does not fit: refused, nothing changed
    assert doc.pages == ""
    assert window.documents.select_pages("1-2") and doc.pages == "1-2"

    # a statement over its limit: the finding's fix opens the page selection for it
    window.items.apply_item_edit(doc.requirement_id, {"max_pages": 1})
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.open_packet_state.recheck()
    over = next(f for f in window.report.findings if f.code == "over-page-limit")
    assert over.action == "select pages"
    window.documents.select_pages = lambda spec=None: setattr(doc, "pages", "1") or True
    window.fix_finding(over)
    assert doc.pages == "1"

    # replace keeps the item, title and place; the new file's facts are read in the worker
    new = make_pdf("statement-v2.pdf", 2, text="Research statement v2")
    _select_doc(window, "research-statement.pdf")
    with qtbot.waitSignal(window.open_packet_state.changed, timeout=20_000):
        window.documents.replace_document(str(new))  # read in the worker, then one edit
    assert doc.path == str(new) and doc.title == "My research, in brief"
    assert doc.pages == "" and doc.rotation == 0 and doc.page_count == 2

    # a packet without a name: the fix opens the applicant dialog; mark letters as sent
    window.items.set_applicant("", "")
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.open_packet_state.recheck()
    missing_name = next(f for f in window.report.findings if f.code == "no-applicant-name")
    assert missing_name.action == "edit applicant"
    window.items.set_applicant("Ana Ferreira", "ana@example.org")
    assert window.packet.applicant.name == "Ana Ferreira"
    for _ in range(9):
        window.open_packet_state.undo_stack.undo()
    undone = window.packet.document(doc.id)
    assert undone.title == ""  # automatic again: it follows the item
    assert window.packet.document_title(undone) == "Research statement"


def test_mark_letters_sent_separately_from_the_finding(window, qtbot, tmp_path):
    from packetizer.core.model import Applicant
    from packetizer.core.packet import new_packet

    packet = new_packet("Send a CV and three letters of recommendation.", Applicant("A B"))
    path = tmp_path / "letters.packet"
    save_packet(packet, path)
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.open_packet(path)
    finding = next(f for f in window.report.findings
                   if f.code == "missing-required" and f.requirement_id == "letters")
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.fix_finding(finding)
    assert window.packet.posting.requirement("letters").submitted_separately
    assert window.report.statuses["letters"].status == "separate"


def test_settings_dialog_persists_and_applies(window, qtbot, isolated_dirs):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from packetizer.core.appdata.settings import load_settings
    from packetizer.gui.dialogs import SettingsDialog
    from packetizer.gui.theme import apply_theme, languages

    app = QApplication.instance()
    dialog = SettingsDialog(window, window.settings, languages())
    qtbot.addWidget(dialog)
    dialog.name.setText("Ana Ferreira")
    dialog.email.setText("ana@example.org")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.footer.setText("{applicant} · {page}/{pages}")
    dialog.apply_to(window.settings)
    try:
        window.apply_settings()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
        stored = load_settings()
        assert (stored.applicant_name, stored.paper_size, stored.theme) == \
            ("Ana Ferreira", "a4", "dark")
        assert window.files.new_packet_from_text("Please send a CV.")
        assert window.packet.applicant.name == "Ana Ferreira"
        assert window.packet.export_options.footer_template == "{applicant} · {page}/{pages}"
    finally:
        apply_theme(app, "system")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_translation_template_is_up_to_date(tmp_path):
    """Every tr() text is in resources/translations/packetizer_en.ts (`make translations`)."""
    import re
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if not lupdate:
        import pytest

        pytest.skip("pyside6-lupdate is not installed")
    root = Path(__file__).resolve().parents[2]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *map(str, sorted((root / "packetizer" / "gui").rglob("*.py"))),
                    "-ts", str(fresh)], check=True, capture_output=True)
    sources = re.compile(r"<source>(.*?)</source>", re.S)
    shipped = set(sources.findall((root / "resources" / "translations" /
                                   "packetizer_en.ts").read_text(encoding="utf-8")))
    missing = set(sources.findall(fresh.read_text(encoding="utf-8"))) - shipped
    assert not missing, f"run `make translations`: {sorted(missing)[:5]}"
    # texts marked for translation away from a tr() call reach the template too: the menus',
    # the checklist's headers and statuses (lupdate misses a wrapper function's literals)
    from html import unescape

    from packetizer.gui import models
    from packetizer.gui.mainwindow import actions

    shown = {command.text for command in actions.COMMANDS} | {t for t, _ in actions.MENUS}
    shown |= set(models.ChecklistModel.COLUMNS) | set(models._STATUS_TEXT.values())
    assert not shown - {unescape(text) for text in shipped}
    contexts = re.findall(r"<name>(.*?)</name>", fresh.read_text(encoding="utf-8"))
    assert "parent" not in contexts  # a variable's name taken for the context: never found


def test_drag_documents_to_reorder_and_move(window, qtbot, sample_packet, tmp_path, make_pdf):
    from packetizer.gui.models import DOCUMENT_MIME

    open_sample(window, qtbot, sample_packet, tmp_path)
    model = window.checklist
    cv_row = 0
    extra = make_pdf("publications.pdf", 2)
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.documents.attach_files("cv", [str(extra)])
    cv = model.index(cv_row, 0)
    assert [model.index(r, 0, cv).data(ID_ROLE) for r in range(2)][1] == \
        window.packet.documents[-1].id
    # drag the new document onto the first one: it takes the first place
    moved = window.packet.documents[-1].id
    mime = model.mimeData([model.index(1, 0, cv)])
    assert mime.hasFormat(DOCUMENT_MIME)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0, cv))
    with qtbot.waitSignal(model.documentMoved):
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0, cv))
    assert window.packet.documents_for("cv")[0].id == moved
    assert window.open_packet_state.undo_stack.undoText() == "Move publications.pdf"
    # and onto another item: it moves there
    letter_row = next(i for i, r in enumerate(window.packet.posting.requirements)
                      if r.kind == "cover_letter")
    mime = model.mimeData([model.document_index(moved)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(letter_row, 0))
    assert window.packet.document(moved).requirement_id == "cover-letter"
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.open_packet_state.recheck()
    out = tmp_path / "p.pdf"
    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        window.exporting.export_to(out)
    sections = [s.requirement_id for s in blocker.args[0].sections]
    assert "cover-letter" in sections
    window.open_packet_state.undo_stack.undo()
    window.open_packet_state.undo_stack.undo()
    assert [d.id for d in window.packet.documents_for("cv")][-1] == moved


def test_check_and_export_run_in_a_worker_process(window, qtbot, sample_packet, tmp_path):
    """PDF work runs in another process, so the GIL never stalls the window; a crash of that
    process fails the task with a message and the next task starts a new one."""
    import os
    import signal

    from packetizer.gui import tasks
    from tests.gui.slow_task import sleep

    open_sample(window, qtbot, sample_packet, tmp_path)
    runner = tasks._runner("process")
    pid = runner._process.pid
    assert pid != os.getpid()
    errors, done = [], []
    task = tasks.run(sleep, (0.2,), on_done=done.append)
    qtbot.waitUntil(lambda: done == [0.2], timeout=10_000)
    task = tasks.run(sleep, (30,), on_error=errors.append)
    task.cancel()  # cancelled while running: stops at once
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert type(errors.pop()).__name__ == "Cancelled"
    task = tasks.run(sleep, (30,), on_error=errors.append)
    qtbot.waitUntil(lambda: runner._current is task, timeout=5000)
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "stopped unexpectedly" in str(errors[0])
    with qtbot.waitSignal(window.checked, timeout=30_000):
        window.open_packet_state.recheck()
    assert runner._process.pid != pid and window.report is not None


def test_recent_menu_opens_a_packet(window, qtbot, sample_packet, tmp_path):
    path = open_sample(window, qtbot, sample_packet, tmp_path)
    window.files.fill_recent_menu(window.recent_menu)
    actions = window.recent_menu.actions()
    assert actions and actions[0].toolTip() == str(path.resolve())
    with qtbot.waitSignal(window.checked, timeout=20_000):
        actions[0].trigger()
    assert window.open_packet_state.path == path.resolve()


def _clipped(widget) -> list[str]:
    """Visible buttons, labels and inputs narrower or lower than they need to show their text."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QSpinBox

    problems = []
    from PySide6.QtWidgets import QWidget

    for child in widget.findChildren(QWidget):
        if not isinstance(child, (QAbstractButton, QComboBox, QLineEdit, QSpinBox, QLabel)) \
                or child.objectName().startswith("qt_"):  # Qt's own parts of a widget
            continue
        if not child.isVisibleTo(widget) or (isinstance(child, QLabel) and child.wordWrap()):
            continue
        need = child.minimumSizeHint()
        if child.width() + 1 < need.width() or child.height() + 1 < need.height():
            problems.append(f"{type(child).__name__} {child.objectName() or child.text()!r}: "
                            f"{child.width()}x{child.height()} < {need.width()}x{need.height()}")
    return problems


def test_window_fits_1280x800_and_1920x1080(window, qtbot, sample_packet, tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    for width, height in ((1280, 800), (1920, 1080)):
        window.resize(width, height)
        for tab in (0, 1):
            window.side_tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda w=width: window.width() == w, timeout=5000)
            window.grab()
            # Qt will not shrink a widget below what it needs: a window whose content needs
            # more than the screen would be cut off by the screen instead
            needed = window.minimumSizeHint()
            assert needed.width() <= width and needed.height() <= height, needed
            assert (window.width(), window.height()) == (width, height)
            assert _clipped(window) == [], (width, tab)


def test_review_folder_view(window, qtbot, sample_packet, tmp_path, dialogs):
    from packetizer.core.packet.bundle import write_bundle
    from packetizer.core.packet.store import load_packet

    folder = tmp_path / "students"
    folder.mkdir()
    packet, _ = sample_packet
    save_packet(packet, folder / "ana.packet")
    write_bundle(folder / "ana.packet", folder / "bo.packetz")
    incomplete = load_packet(folder / "ana.packet")
    incomplete.applicant.name = "Carla Diaz"
    incomplete.documents = incomplete.documents[:1]
    save_packet(incomplete, folder / "carla.packet")
    (folder / "broken.packet").write_text("{")

    from packetizer.gui.review import ReviewWindow

    view = ReviewWindow()
    qtbot.addWidget(view)
    view.openRequested.connect(window.files.open_any)
    with qtbot.waitSignal(view.reviewed, timeout=60_000):
        view.review(folder)
    model = view.model
    assert model.rowCount() == 4
    assert model.headers()[:6] == ["Student", "File", "Posting", "Ready", "Errors",
                                   "Warnings"] and "CV" in model.headers()
    files = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert any(f.endswith("(bundle)") for f in files)  # a packet and its bundle apart
    assert "2 of 4 packets ready" in view.where.text()
    view.not_ready.setChecked(True)
    assert view.proxy.rowCount() == 2  # Carla and the broken one
    view.not_ready.setChecked(False)
    view.search.setText("carla")
    assert view.proxy.rowCount() == 1
    view.search.setText("")
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # errors
    top = view.proxy.mapToSource(view.proxy.index(0, 0)).row()
    assert model.rows[top].student == "Carla Diaz"
    assert view.save_report(tmp_path / "review.html")
    assert "Carla Diaz" in (tmp_path / "review.html").read_text(encoding="utf-8")
    ready = [r for r in model.rows if r.ready]
    with qtbot.waitSignal(view.reviewed, timeout=60_000):
        view.export_rows(ready, tmp_path / "exported")
    assert len(list((tmp_path / "exported").glob("*.pdf"))) == 2
    bundle_row = next(i for i, r in enumerate(model.rows) if r.source.endswith(".packetz"))
    with qtbot.waitSignal(window.checked, timeout=30_000):
        view._open_row(view.proxy.mapFromSource(model.index(bundle_row, 0)))
    assert window.packet.applicant.name == packet.applicant.name
    assert "bundles" in str(window.open_packet_state.path)


def test_every_command_in_the_table_runs(window, qtbot, sample_packet, tmp_path, monkeypatch):
    """Each row of the action table triggers without an error, with every dialog answered by
    Cancel (file dialogs, inputs, the app's own dialogs)."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

    from packetizer.gui.mainwindow.actions import COMMANDS

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    open_sample(window, qtbot, sample_packet, tmp_path)
    doc = window.packet.documents[0]
    errors = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: errors.append(exc))
    for command in COMMANDS:
        if command.name in ("quit", "close"):
            continue
        window.checklist_panel.select("document", doc.id)
        window.commands[command.name].trigger()
        qtbot.wait(10)
    assert not errors, errors
    assert window.packet is not None and len(window.packet.documents) == 2  # Delete removed one
    assert len(COMMANDS) >= 28
    window.open_packet_state.forget_changes()
    window.commands["close"].trigger()  # File → Close Packet: back to the welcome page
    assert window.packet is None and window.stack.currentIndex() == 0
    assert not window.commands["save"].isEnabled() and not errors


def test_menus_have_no_repeated_mnemonic(window):
    """Alt+letter reaches one command in each menu (a repeated one made Alt+F, R reload the
    packet and lose its undo history)."""
    import re

    for menu_action in window.menuBar().actions():
        letters = []
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            found = re.search(r"&(\w)", action.text())
            assert found, f"{action.text()!r} has no mnemonic"
            letters.append(found.group(1).lower())
        assert len(letters) == len(set(letters)), (menu_action.text(), letters)


def test_help_shows_the_guide_and_every_shortcut(window, qtbot):
    window.commands["guide"].trigger()
    dialog = window.findChild(QDialog, "helpDialog")
    assert dialog is not None and dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert "Attach your documents" in dialog.findChild(QTextBrowser, "helpGuide").toPlainText()
    window.commands["shortcuts"].trigger()
    assert dialog.tabs.currentIndex() == 1
    table = dialog.findChild(QTextBrowser, "helpShortcuts").toPlainText()
    for name in ("export", "check", "close", "undo"):
        keys = window.commands[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and keys in table
    dialog.close()


def test_a_posting_with_nothing_found_says_so_and_shows_where_to_look(window, dialogs):
    assert window.files.new_packet_from_text(
        "We are hiring in glaciology.\n\nHow to apply\nWrite to the chair with your "
        "materials.\n")
    assert window.packet is not None and window.packet.posting.requirements == []
    said = dialogs[-1]
    assert "No application materials were found" in said and "Write to the chair" in said


def test_saving_keeps_the_findings_and_names_the_file(window, qtbot, sample_packet, tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    shown = window.findings.rowCount()
    assert shown > 0
    window.open_packet_state.edit("Note", lambda packet: setattr(packet, "notes", "x"))
    window.open_packet_state.save(tmp_path / "renamed.packet")
    assert window.findings.rowCount() == shown  # saving is not re-opening
    assert window.windowTitle() == "renamed.packet[*] — Packetizer"
    assert not window.isWindowModified()
