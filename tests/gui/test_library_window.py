"""The season's library and workspaces in the app (issue 20): the Documents tab, a new version
given to the applications the user picks (the open packet as an undoable edit), exports
recorded and found out of date, a cover letter copied from another application, packets
opened elsewhere joining the workspace, and a career office's many applicants."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from packetizer.core.model import Applicant
from packetizer.core.packet import attach, load_packet, new_packet, save_packet


@pytest.fixture
def files(tmp_path, make_pdf):
    (tmp_path / "documents").mkdir()
    return {name: make_pdf(f"documents/{name}.pdf", text=text) for name, text in (
        ("cv", "Curriculum vitae"), ("cv-new", "Curriculum vitae, revised"),
        ("letter", "Dear members of the committee"))}


@pytest.fixture
def workspace(tmp_path, files):
    folder = tmp_path / "season"
    for name, applicant in (("north", "Ana Ferreira"), ("south", "Ana Ferreira"),
                            ("west", "Bo Lindqvist")):
        packet = new_packet(f"Lecturer in {name.title()} Studies\nWestfield College\n"
                            "Application deadline: 2099-01-20.\nSend a cover letter and a CV.",
                            Applicant(applicant))
        attach(packet, "cv", [files["cv"]])
        if name == "north":
            attach(packet, "cover-letter", [files["letter"]])
        (folder / name).mkdir(parents=True)
        save_packet(packet, folder / name / "application.packet")
    return folder


def _cv(packet) -> str:
    return next(Path(d.path).name for d in packet.documents if d.requirement_id == "cv")


def _season(window, qtbot, folder):
    season = window.season.show_season(folder)
    qtbot.waitUntil(lambda: bool(season.model.rows) and bool(season.library.model.documents),
                    timeout=20_000)
    return season


def test_the_documents_tab_updates_the_applications_chosen(window, qtbot, workspace, files,
                                                           monkeypatch, tmp_path):
    from packetizer.gui.library_panel import TakeVersionDialog

    season = _season(window, qtbot, workspace)
    assert season.tabs.tabText(1) == "&Documents"
    library = season.library
    names = [library.model.documents[r].name for r in range(library.model.rowCount())]
    assert sorted(names) == ["cv.pdf", "letter.pdf"]
    row = next(r for r in range(library.proxy.rowCount())
               if library.proxy.index(r, 0).data() == "cv.pdf")
    assert library.proxy.index(row, 3).data() == "3"  # applications using it
    assert not library.update_button.isEnabled()
    library.table.selectRow(row)
    assert library.update_button.isEnabled()
    assert "Used by:" in library.details.toPlainText()

    # the open packet has unsaved changes: it takes the version as an edit, not on disk
    north = workspace / "north" / "application.packet"
    assert window.open_packet(north)
    window.open_packet_state.edit("Notes", lambda packet: None)
    window.packet.notes = "unsaved"
    window.open_packet_state.edit("Notes", lambda packet: None)

    def take_all_but_west(dialog):
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole).startswith("west"):
                item.setCheckState(Qt.CheckState.Unchecked)
        assert len(dialog.chosen()) == 2
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TakeVersionDialog, "exec", take_all_but_west)
    told = []
    monkeypatch.setattr("packetizer.gui.messages.inform", lambda *args: told.append(args[2]))
    doc = library.current()
    with qtbot.waitSignal(season.listed, timeout=30_000):
        window.season.update_document(doc, str(files["cv-new"]))
    assert "cv-new.pdf replaces cv.pdf in 2 applications" in told[0]
    names = {p.parent.name: _cv(load_packet(p)) for p in workspace.glob("*/application.packet")}
    assert names == {"north": "cv.pdf", "south": "cv-new.pdf", "west": "cv.pdf"}  # north: unsaved
    assert _cv(window.packet) == "cv-new.pdf"
    assert window.packet.notes == "unsaved"
    assert "save it" in season.statusBar().currentMessage()
    window.open_packet_state.undo_stack.undo()  # one step takes it back
    assert _cv(window.packet) == "cv.pdf"
    qtbot.waitUntil(lambda: any(d.name == "cv-new.pdf" for d in library.model.documents),
                    timeout=20_000)
    cv = next(d for d in library.model.documents if d.kind == "cv")
    assert len(cv.versions) == 2


def test_an_export_from_the_app_is_recorded_and_later_out_of_date(window, qtbot, workspace,
                                                                  files, tmp_path):
    from packetizer.core.season import season as list_season
    from packetizer.core.season.library import update_document

    south = workspace / "south" / "application.packet"
    assert window.open_packet(south)
    qtbot.waitUntil(lambda: window.open_packet_state.report is not None, timeout=20_000)
    with qtbot.waitSignal(window.exporting.exported, timeout=30_000):
        window.exporting.export_to(tmp_path / "south.pdf", force=True)
    assert not window.open_packet_state.modified  # recorded and saved: nothing unsaved
    tracking = load_packet(south).tracking
    assert tracking.exported_on and len(tracking.exported_files) == 1
    update_document(workspace, files["cv-new"], files["cv"], [str(south)])
    row = next(r for r in list_season(workspace) if r.packet.startswith("south"))
    assert row.out_of_date
    season = _season(window, qtbot, workspace)
    at = next(r for r in range(season.proxy.rowCount())
              if season.proxy.index(r, 9).data().startswith("south"))
    assert "out of date" in season.proxy.index(at, 5).data()


def test_a_cover_letter_is_copied_from_another_application(window, qtbot, workspace, files,
                                                           monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.settings.use_workspace(workspace)
    south = workspace / "south" / "application.packet"
    assert window.open_packet(south)
    item = next(r for r in window.packet.posting.requirements if r.kind == "cover_letter")
    assert window.checklist_panel.select("requirement", item.id)
    offered = []

    def pick(_parent, _title, _label, items, *_args):
        offered.extend(items)
        return next(i for i in items if i.startswith("letter.pdf")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    task = window.season.copy_from_application()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    qtbot.waitUntil(lambda: any(d.requirement_id == item.id for d in window.packet.documents),
                    timeout=20_000)
    assert offered[0].startswith("letter.pdf — Lecturer in North Studies — Westfield College")
    copy = Path(next(d.path for d in window.packet.documents if d.requirement_id == item.id))
    assert copy == workspace / "south" / "letter.pdf"
    assert copy.read_bytes() == files["letter"].read_bytes()  # a copy, the source untouched


def test_a_packet_opened_elsewhere_joins_the_workspace(window, qtbot, workspace, files,
                                                       tmp_path):
    from packetizer.core.appdata.settings import load_settings

    window.settings.use_workspace(workspace)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    packet = new_packet("Research Fellow\nEastfield Institute\nSend a CV.", Applicant("Ana"))
    save_packet(packet, elsewhere / "fellow.packet")
    assert window.open_packet(elsewhere / "fellow.packet")
    assert load_settings().linked_packets[str(workspace.resolve())] == \
        [str((elsewhere / "fellow.packet").resolve())]
    season = _season(window, qtbot, workspace)
    assert len(season.model.rows) == 4
    at = next(r for r in range(season.proxy.rowCount())
              if season.proxy.index(r, 0).data() == "Research Fellow")
    season.table.selectRow(at)
    assert season.leave_button.isVisible()
    with qtbot.waitSignal(season.listed, timeout=20_000):
        season.leave_button.click()
    assert len(season.model.rows) == 3 and (elsewhere / "fellow.packet").is_file()


def test_a_career_office_filters_by_applicant(qtbot, workspace):
    from packetizer.gui.season_window import SeasonWindow

    window = SeasonWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.listed, timeout=20_000):
        window.show_workspace(workspace)
    assert window.applicant_box.isVisible() and not window.table.isColumnHidden(10)
    assert [window.applicant_box.itemText(i) for i in range(window.applicant_box.count())] == \
        ["All applicants", "Ana Ferreira", "Bo Lindqvist"]
    window.applicant_box.setCurrentIndex(2)
    assert window.proxy.rowCount() == 1 and window.proxy.index(0, 10).data() == "Bo Lindqvist"
    window.applicant_box.setCurrentIndex(0)
    window.search.setText("lindqvist")  # the search finds applicants too
    assert window.proxy.rowCount() == 1


def test_a_workspace_moved_away_is_asked_for_not_made_again(window, qtbot, workspace,
                                                            tmp_path, monkeypatch):
    from packetizer.core.appdata.settings import load_settings

    window.settings.use_workspace(workspace)
    moved = tmp_path / "moved"
    workspace.rename(moved)
    told, chosen = [], []
    monkeypatch.setattr("packetizer.gui.messages.inform", lambda *args: told.append(args[2]))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: chosen.append(args) or str(moved))
    season = window.season.show_season()
    assert "is not there any more" in told[0] and chosen
    assert not workspace.exists()  # not made again where it was
    qtbot.waitUntil(lambda: len(season.model.rows) == 3, timeout=20_000)
    assert load_settings().workspace == str(moved.resolve())
