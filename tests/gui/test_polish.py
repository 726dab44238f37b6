"""What a desktop user expects of the main window (issue 19): a status summary that stays and
says both counts, drops that copy, findings you can read and fix, an empty checklist that says
why, and the preview and shortcuts behaving."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QShortcut
from PySide6.QtWidgets import QToolButton

from packetizer.core.check import ERROR, INFO, WARNING, Finding
from packetizer.core.check.findings import Status
from packetizer.core.model import Applicant, FixAction
from packetizer.core.packet import attach, new_packet
from packetizer.core.packet.store import save_packet
from tests.gui.test_mainwindow import open_sample


def test_the_summary_stays_and_says_ready_and_warned(window, qtbot, sample_packet, tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    assert window.summary_label.text() == "3 of 3 required items ready"
    window.statusBar().showMessage("Saved", 0)  # a passing message does not replace it
    assert window.summary_label.text() == "3 of 3 required items ready"
    assert window.summary_label.isVisible()
    report = window.report
    first = window.packet.posting.requirements[0]
    report.statuses[first.id].status = Status.WARNING
    text = window.summary(report)
    assert text.startswith("3 of 3 required items ready, 1 with warnings"), text


def _drop(widget, paths, actions=Qt.DropAction.CopyAction | Qt.DropAction.MoveAction):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return QDropEvent(QPointF(5, 5), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier), mime


def test_files_dropped_on_the_checklist_are_copied_never_moved(window, qtbot, sample_packet,
                                                              tmp_path, make_pdf):
    open_sample(window, qtbot, sample_packet, tmp_path)
    tree = window.checklist_panel.tree
    event, _mime = _drop(tree, [make_pdf("letter.pdf", 1)])
    tree._choose_action(event)
    assert tree.defaultDropAction() == Qt.DropAction.CopyAction
    link_only, _ = _drop(tree, [make_pdf("x.pdf", 1)], Qt.DropAction.LinkAction)
    tree._choose_action(link_only)
    assert tree.defaultDropAction() == Qt.DropAction.LinkAction
    supported = window.checklist.supportedDropActions()
    assert supported & Qt.DropAction.CopyAction and supported & Qt.DropAction.LinkAction


def test_a_posting_or_packet_dropped_on_the_window_opens(window, qtbot, sample_packet, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Please send a cover letter, a CV and a research statement.\n",
                       encoding="utf-8")
    event, _ = _drop(window, [posting])
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.CopyAction
    assert [r.kind for r in window.packet.posting.requirements] == [
        "cover_letter", "cv", "research_statement"]
    window.open_packet_state.forget_changes()
    packet_path = tmp_path / "job.packet"
    from packetizer.core.packet.store import save_packet

    save_packet(sample_packet[0], packet_path)
    event, _ = _drop(window, [packet_path])
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.dropEvent(event)
    assert window.open_packet_state.path == packet_path
    unrelated, _ = _drop(window, [tmp_path / "photo.jpg"])
    window.dragEnterEvent(unrelated)
    assert not unrelated.isAccepted()


def _findings():
    same = [Finding("same-file", WARNING, f"cv-{i}.pdf is the same file as cv.pdf",
                    document_id=f"d{i}", evidence="identical bytes", fix="Remove the copy.",
                    action=FixAction.REMOVE) for i in range(5)]
    return [Finding("missing", ERROR, "Research statement is missing",
                    requirement_id="research-statement", evidence="nothing attached",
                    fix="Attach the statement.", action=FixAction.ATTACH),
            *same, Finding("note", INFO, "A note")]


def test_findings_are_read_in_full_grouped_filtered_and_fixed(window, qtbot, sample_packet,
                                                             tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    open_sample(window, qtbot, sample_packet, tmp_path)
    panel = window.findings_panel
    panel.show_findings(_findings())
    model = panel.model
    assert model.rowCount() == 3  # five copies of one kind are one row
    assert model.text(1) == "cv-0.pdf is the same file as cv.pdf (and 4 more like it)"
    panel.view.setCurrentIndex(model.index(0, 0))
    detail = panel.detail.toPlainText()
    assert "Evidence: nothing attached" in detail and "Fix: Attach the statement." in detail
    assert panel.fix_button.isEnabled()
    panel.view.setCurrentIndex(model.index(1, 0))
    assert panel.detail.toPlainText().count("is the same file as") == 6  # the row, and all 5
    panel.view.setCurrentIndex(model.index(2, 0))
    assert not panel.fix_button.isEnabled()  # a note has nothing to do
    panel.severity.setCurrentIndex(panel.severity.findData("error"))
    assert model.rowCount() == 1 and model.finding(0).code == "missing"
    panel.severity.setCurrentIndex(0)
    assert not panel.view.wordWrap()  # one line each: rows never overlap
    fixed = []
    window.findings_panel.findingActivated.connect(fixed.append)
    panel.view.setCurrentIndex(model.index(0, 0))
    panel.fix_button.click()
    assert fixed and fixed[0].code == "missing"


def test_a_posting_with_nothing_found_shows_an_empty_checklist_that_says_why(window, dialogs):
    assert window.files.new_packet_from_text("We are hiring in glaciology. Write to the chair.")
    panel = window.checklist_panel
    assert panel.pages.currentWidget() is panel.empty
    assert "No application materials were found" in panel.empty_text.text()
    added = []
    window.items.add_item = lambda: added.append(True)  # the button asks for a new item
    panel.addItemRequested.disconnect()
    panel.addItemRequested.connect(window.items.add_item)
    panel.findChild(type(window.attach_button), "emptyAdd").click()
    assert added


def test_the_page_limit_fix_opens_the_longest_document(window, qtbot, sample_packet, tmp_path,
                                                      make_pdf, monkeypatch):
    open_sample(window, qtbot, sample_packet, tmp_path)
    statement = next(r for r in window.packet.posting.requirements
                     if r.kind == "research_statement")
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.documents.attach_files(statement.id, [str(make_pdf("long.pdf", 9))])
    opened = []
    monkeypatch.setattr(window.documents, "select_pages",
                        lambda: opened.append(window.checklist_panel.current_document_id()))
    window.fix_finding(Finding("page-limit", ERROR, "Research statement is too long",
                               requirement_id=statement.id, action=FixAction.SELECT_PAGES))
    long_doc = next(d for d in window.packet.documents if d.path.endswith("long.pdf"))
    assert opened == [long_doc.id]


def test_page_keys_turn_pages_only_in_the_preview(window):
    preview = window.preview
    shortcuts = preview.findChildren(QShortcut)
    assert len(shortcuts) == 2
    assert all(s.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut for s in shortcuts)
    assert all(b.shortcut().isEmpty() for b in preview.findChildren(QToolButton))


def test_thumbnails_sit_on_white_paper_with_a_frame():
    from packetizer.gui.preview import paper

    page = QImage(40, 60, QImage.Format.Format_ARGB32)
    page.fill(QColor(0, 0, 0, 0))  # a page rendered without its white
    sheet = paper(page, 2.0).toImage()
    assert sheet.pixelColor(20, 30) == QColor("white")
    assert sheet.pixelColor(0, 0) != QColor("white")  # the frame
    assert paper(page, 2.0).devicePixelRatio() == 2.0


def test_close_returns_to_the_welcome_page_and_asks_about_changes(window, qtbot, sample_packet,
                                                                  tmp_path, dialogs):
    open_sample(window, qtbot, sample_packet, tmp_path)
    window.items.apply_new_item({"kind": "other", "label": "Portfolio"})
    assert window.isWindowModified()
    assert window.files.close_packet()  # the save question is answered Discard
    assert any("Save the changes" in d for d in dialogs)
    assert window.packet is None and window.stack.currentIndex() == 0
    assert window.summary_label.text() == ""


def test_document_commands_need_a_selected_document(window, qtbot, sample_packet, tmp_path):
    open_sample(window, qtbot, sample_packet, tmp_path)
    names = ("remove", "replace_doc", "rename_doc", "pages_doc", "rotate_doc", "open_doc")
    assert not any(window.commands[n].isEnabled() for n in names)  # nothing selected yet
    doc = window.packet.documents[0]
    window.checklist_panel.select("document", doc.id)
    assert all(window.commands[n].isEnabled() for n in names)
    window.checklist_panel.select("requirement", doc.requirement_id)
    assert not any(window.commands[n].isEnabled() for n in names)
    assert not window.remove_button.isEnabled()


def test_the_toolbar_holds_the_main_actions(window):
    from PySide6.QtWidgets import QToolBar

    bar = window.findChild(QToolBar, "mainToolBar")
    assert [a for a in bar.actions() if not a.isSeparator()] == [
        window.commands[n] for n in ("new", "open", "save", "attach", "check", "export")]


def test_dialogs_name_the_packet_and_the_problems(window, qtbot, sample_packet, tmp_path,
                                                  dialogs, monkeypatch):
    from packetizer.gui import messages

    path = open_sample(window, qtbot, sample_packet, tmp_path)
    window.items.apply_new_item({"kind": "other", "label": "Portfolio"})
    window.files.confirm_discard()
    assert f"Save the changes to {path.name} first?" in dialogs
    asked = []
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, buttons, *a:
                        asked.append((text, [b[0] for b in buttons])) or 1)
    assert not window.exporting.confirm_incomplete(window.report.__class__(
        findings=[Finding("missing", ERROR, "Portfolio is required but nothing is attached.",
                          requirement_id="portfolio")]))
    text, buttons = asked[0]
    assert "Portfolio is required but nothing is attached." in text
    assert buttons == ["Export Anyway", "Review Problems"]
    assert window.side_tabs.currentWidget() is window.findings_panel  # shown to review


def test_save_as_suggests_a_name_from_the_posting_and_remembers_the_folder(
        window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    assert window.files.new_packet_from_text(
        "Postdoctoral Fellow\nExample University\n\nPlease send a CV and a cover letter.")
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: suggested.append(start) or (
                            str(tmp_path / "saved.packet"), ""))
    assert window.files.save_as()
    assert suggested[0].endswith(".packet") and "Postdoctoral Fellow" in suggested[0]
    assert window.files.start_folder() == str(tmp_path)


def test_ctrl_enter_submits_the_pasted_posting(qtbot):
    from PySide6.QtGui import QKeySequence

    from packetizer.gui.dialogs import PastePostingDialog

    dialog = PastePostingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    shortcut = next(s for s in dialog.findChildren(QShortcut)
                    if s.key() == QKeySequence("Ctrl+Return"))
    shortcut.activated.emit()  # nothing pasted: nothing submitted
    assert dialog.result() == 0 and dialog.isVisible()
    dialog.text.setPlainText("Please send a CV.")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        shortcut.activated.emit()


def test_tab_goes_through_all_three_panels_and_focus_shows(window, qtbot, sample_packet,
                                                          tmp_path, qapp):
    open_sample(window, qtbot, sample_packet, tmp_path)
    order, widget = [], window.posting_panel.view
    for _ in range(40):
        order.append(widget)
        widget = widget.nextInFocusChain()
    for target in (window.tree, window.export_button, window.findings_panel.view,
                   window.findings_panel.fix_button):
        assert target in order
    assert order.index(window.tree) < order.index(window.findings_panel.view)
    from packetizer.gui.theme import apply_theme

    apply_theme(qapp, "dark")
    assert "palette(highlight)" in qapp.styleSheet() and "QPlainTextEdit:focus" in \
        qapp.styleSheet()
    assert "indicator:unchecked" in qapp.styleSheet()  # left-out pages' boxes visible on dark
    apply_theme(qapp, "light")
    assert "indicator:unchecked" not in qapp.styleSheet()


def test_the_review_groups_items_by_kind_in_readable_colours(qapp):
    from packetizer.core.batch import BatchRow, worst_by_kind
    from packetizer.gui.review import STATUS_COLORS, ReviewModel

    kinds = worst_by_kind([("CV", "complete"), ("CV", "missing"), ("Letters", "separate")])
    assert kinds == {"CV": "missing", "Letters": "separate"}
    model = ReviewModel()
    model.set_rows([BatchRow(source="/a/x.packet", kinds={"CV": "complete"}),
                    BatchRow(source="/a/x.packetz", kinds={"CV": "error"})])
    assert model.headers()[6:] == ["CV"]
    assert model.data(model.index(1, 1)) == "x.packetz (bundle)"

    def luminance(color):
        def channel(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + \
            0.0722 * channel(color.blue())

    def contrast(a, b):
        la, lb = sorted((luminance(a), luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    for light, dark in STATUS_COLORS.values():
        assert contrast(QColor(light), QColor("white")) >= 4.5, light
        assert contrast(QColor(dark), QColor("#1e1e1e")) >= 4.5, dark


def test_select_pages_is_a_page_picker(qtbot, make_pdf):
    from packetizer.gui.pages_dialog import PageSelectDialog, spec_of

    assert spec_of([0, 1, 2, 4], 6) == "1-3,5" and spec_of(list(range(4)), 4) == ""
    assert spec_of([2, 0, 1], 3) == "3,1-2"  # an order of its own
    dialog = PageSelectDialog(str(make_pdf("cv.pdf", 5)), 5, "", "CV")
    qtbot.addWidget(dialog)
    assert dialog.pages.count() == 5 and dialog.spec() == ""
    qtbot.waitUntil(lambda: not dialog.pages.item(4).icon().isNull(), timeout=10_000)
    dialog.pages.item(1).setCheckState(Qt.CheckState.Unchecked)  # leave out page 2
    assert dialog.text.text() == "1,3-5" and dialog.ok_button.isEnabled()
    dialog.text.setText("5,1-2")  # typed: the list follows, in that order
    assert dialog.chosen() == [4, 0, 1] and dialog.spec() == "5,1-2"
    dialog.text.setText("9")
    assert "9" in dialog.problem.text() and not dialog.ok_button.isEnabled()
    dialog.text.setText("")
    dialog.pages.clearSelection()
    for row in (0, 1):
        dialog.pages.item(row).setSelected(True)
    dialog.findChild(type(dialog.ok_button), "excludeSelected").click()
    assert dialog.spec() == "3-5"
    dialog.findChild(type(dialog.ok_button), "allPages").click()
    assert dialog.spec() == ""


def _open_new(window, qtbot, posting: str, item: str, file, path) -> None:
    """A new packet of `posting` with `file` attached to `item`, saved at `path` and open."""
    packet = new_packet(posting, Applicant("Ana Ferreira"))
    attach(packet, item, [file])
    save_packet(packet, path)
    with qtbot.waitSignal(window.checked, timeout=20_000):
        assert window.open_packet(path)


def test_a_scans_fix_makes_it_searchable_in_the_worker(window, qtbot, tmp_path):
    """The no-text-layer finding's Fix… runs OCR in the worker (with a progress dialog) and
    checks again: the packet then reads the searchable copy."""
    from tests.core.test_ocr import make_scan, need_ocr

    need_ocr()
    scan = make_scan(tmp_path / "scan.pdf", pages=1)
    _open_new(window, qtbot, "Please send a research statement.", "research_statement", scan,
              tmp_path / "scan.packet")
    finding = next(f for f in window.open_packet_state.report.findings
                   if f.code == "no-text-layer")
    with qtbot.waitSignal(window.checked, timeout=120_000):
        assert window.fix_finding(finding)
    codes = {f.code for f in window.open_packet_state.report.findings}
    assert "searchable-copy" in codes and "no-text-layer" not in codes


def test_single_pages_are_turned_in_the_picker_the_preview_and_the_export(
        window, qtbot, make_pdf, tmp_path, monkeypatch):
    """Rotate Selected turns single pages (their thumbnails turn with them); the packet keeps
    each page's turn, the preview then shows the pages that go in, turned, and the export
    turns just those pages."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QDialog, QPushButton

    from packetizer.core.export import export_packet
    from packetizer.gui.pages_dialog import PageSelectDialog

    cv = make_pdf("cv.pdf", 4)
    dialog = PageSelectDialog(str(cv), 4, "", "CV", turns={"3": 180})
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.pages.item(3).icon().isNull(), timeout=10_000)
    portrait = dialog.pages.item(0).data(Qt.ItemDataRole.UserRole + 2)
    dialog.pages.item(1).setSelected(True)
    dialog.findChild(QPushButton, "rotateSelected").click()
    assert dialog.turns() == {"2": 90, "3": 180}
    icon = dialog.pages.item(1).icon().availableSizes()[0]
    assert icon.width() > icon.height() and portrait.height() > portrait.width()

    _open_new(window, qtbot, "Please send a CV.", "cv", cv, tmp_path / "cv.packet")
    doc = window.packet.documents[0]
    window.checklist_panel.select("document", doc.id)

    def answered(self):
        self.text.setText("1-3")
        self.pages.item(1).setSelected(True)
        self.rotate_selected(90)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PageSelectDialog, "exec", answered)
    assert window.documents.select_pages()
    assert (doc.pages, doc.page_rotations) == ("1-3", {"2": 90})
    qtbot.waitUntil(lambda: not window.findChildren(PageSelectDialog))  # not kept by the window
    pages = window.checklist.index(0, 1, window.checklist.index(0, 0))
    assert window.checklist.data(pages) == "4 (pages 1-3) ↻"
    assert window.checklist.data(pages, Qt.ItemDataRole.ToolTipRole) == \
        "Turned clockwise in the export: page 2 by 90°"
    qtbot.waitUntil(lambda: "the pages that go in" in window.preview.title.text(),
                    timeout=20_000)
    assert window.preview.document.pageCount() == 3
    out = export_packet(window.packet, tmp_path / "out.pdf", force=True)
    turns = [int(page.get("/Rotate", 0)) for page in PdfReader(out.path).pages[1:]]
    assert turns == [0, 90, 0]
    window.open_packet_state.undo_stack.undo()
    doc = window.packet.documents[0]
    assert (doc.pages, doc.page_rotations) == ("", {})


def test_a_turned_document_says_which_pages_turn_and_by_how_much(qapp):
    from packetizer.core.model import Document
    from packetizer.gui.models import _turns_text

    doc = Document(id="d", path="/a/cv.pdf", requirement_id="r", rotation=90,
                   page_rotations={"10": 90, "3": 180})
    assert _turns_text(doc) == ("Turned clockwise in the export: page 3 by 270°; page 10 by "
                                "180°; the other pages by 90°")
    doc.page_rotations = {}
    assert _turns_text(doc) == "Turned clockwise in the export: all pages by 90°"
