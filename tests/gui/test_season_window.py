"""The season overview window (issue 20): a real workspace of packet files, listed off the UI
thread, filtered, marked, opened; the calendar and the spreadsheet written and read back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from packetizer.core.model import Applicant
from packetizer.core.packet import attach, load_packet, new_packet, save_packet
from packetizer.gui.review import status_color


@pytest.fixture
def workspace(tmp_path, make_pdf):
    cv = make_pdf("cv.pdf", text="Curriculum vitae")
    today = dt.date.today()
    folder = tmp_path / "season"
    for name, days, submitted in (("soon", 3, False), ("later", 40, False), ("sent", 2, True),
                                  ("open", None, False)):
        deadline = f"\nApplication deadline: {(today + dt.timedelta(days)).isoformat()}." \
            if days is not None else ""
        posting = f"Lecturer in {name.title()} Studies\nWestfield College{deadline}\nSend a CV."
        packet = new_packet(posting, Applicant("Ana Ferreira"))
        attach(packet, "cv", [cv])
        if submitted:
            packet.tracking.submitted_on = today.isoformat()
        (folder / name).mkdir(parents=True)
        save_packet(packet, folder / name / "application.packet")
    return folder


def _listed(window, qtbot, folder):
    with qtbot.waitSignal(window.listed, timeout=20_000) as blocker:
        window.show_workspace(folder)
    return blocker.args[0]


def _cell(window, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return window.proxy.index(row, column).data(role)


def test_the_overview_lists_filters_and_marks_what_is_due(qtbot, workspace):
    from packetizer.gui.season_window import SeasonWindow

    window = SeasonWindow()
    qtbot.addWidget(window)
    rows = _listed(window, qtbot, workspace)
    assert len(rows) == 4 and window.proxy.rowCount() == 4
    assert "1 due within a week and not submitted" in window.where.text()
    # soonest first, no deadline last; the near deadline not yet submitted stands out
    assert [_cell(window, r, 9) for r in range(4)] == [
        "sent/application.packet", "soon/application.packet", "later/application.packet",
        "open/application.packet"]
    assert (_cell(window, 1, 3), _cell(window, 1, 4)) == ("3", "1 of 1")
    assert _cell(window, 1, 3, Qt.ItemDataRole.ForegroundRole) == status_color("warning")
    assert _cell(window, 0, 3, Qt.ItemDataRole.ForegroundRole) is None  # submitted
    assert _cell(window, 0, 6) == dt.date.today().isoformat()
    window.show_box.setCurrentIndex(1)  # not submitted
    assert window.proxy.rowCount() == 3
    window.show_box.setCurrentIndex(2)  # due within 7 days
    assert [_cell(window, r, 9) for r in range(window.proxy.rowCount())] == \
        ["soon/application.packet"]
    window.show_box.setCurrentIndex(0)
    window.search.setText("later")
    assert window.proxy.rowCount() == 1
    window.search.clear()

    assert not window.mark_button.isEnabled()
    window.table.selectRow(1)
    assert window.mark_button.isEnabled()
    with qtbot.waitSignal(window.markRequested) as marked:
        window.mark_selected("interview")
    assert marked.args == [[str(workspace / "soon" / "application.packet")], "interview"]
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.proxy.index(2, 0), QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows)
    _listed(window, qtbot, workspace)  # a refresh keeps the selection
    assert window.selected_paths() == [str(workspace / "sent" / "application.packet"),
                                       str(workspace / "later" / "application.packet")]
    window.table.selectRow(1)
    with qtbot.waitSignal(window.openRequested) as opened:
        window._open_row(window.table.currentIndex())
    assert opened.args == [str(workspace / "soon" / "application.packet")]


def test_the_calendar_and_the_spreadsheet_are_written_whole(qtbot, workspace, tmp_path):
    import csv

    from packetizer.gui.season_window import SeasonWindow

    window = SeasonWindow()
    qtbot.addWidget(window)
    _listed(window, qtbot, workspace)
    assert window.save(tmp_path / "deadlines.ics", "ics")
    calendar = (tmp_path / "deadlines.ics").read_bytes()
    assert calendar.startswith(b"BEGIN:VCALENDAR\r\n") and calendar.count(b"BEGIN:VEVENT") == 3
    assert b"\n" not in calendar.replace(b"\r\n", b"")  # RFC 5545 line ends only
    assert window.save(tmp_path / "applications.csv", "csv")
    with open(tmp_path / "applications.csv", newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 4 and {row["packet"] for row in table} >= {"soon/application.packet"}


def test_marking_from_the_overview_saves_the_packet_or_edits_the_open_one(
        window, qtbot, workspace, monkeypatch):
    from packetizer.core.appdata.settings import load_settings

    assert window.season.season_window is None
    season = window.season.show_season(workspace)
    qtbot.waitUntil(lambda: bool(season.model.rows), timeout=20_000)
    assert load_settings().workspace == str(workspace)  # shown again next time
    later = workspace / "later" / "application.packet"
    with qtbot.waitSignal(season.listed, timeout=20_000):
        window.season.mark_applications([str(later)], "rejected")
    assert load_packet(later).tracking.outcome == "rejected"
    assert season.selected_paths() == []  # nothing was selected: nothing is now
    assert "Rejected" in [season.model.data(season.model.index(r, 7))
                          for r in range(season.model.rowCount())]

    soon = workspace / "soon" / "application.packet"
    assert window.open_packet(soon)
    window.packet.applicant.name = "Ana F."  # an edit not saved …
    window.open_packet_state.edit("Rename", lambda packet: None)
    with qtbot.waitSignal(season.listed, timeout=20_000):
        window.season.mark_applications([str(soon)], "interview")
    assert window.packet.tracking.outcome == "interview"  # … kept, and the mark with it
    assert load_packet(soon).tracking.outcome == ""  # not saved over the user's edits
    assert "save it" in season.statusBar().currentMessage()
    window.open_packet_state.undo_stack.undo()
    assert window.packet.tracking.outcome == ""


def test_applications_due_soon_are_named_when_the_app_starts(window, qtbot, workspace):
    assert window.season.announce_due() is None  # no workspace yet: nothing read, nothing said
    assert window.welcome.due.isHidden()
    window.settings.workspace = str(workspace)
    task = window.season.announce_due()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    qtbot.waitUntil(lambda: not window.welcome.due.isHidden())
    text = window.welcome.due.text()
    assert "Lecturer in Soon Studies (in 3 days)" in text
    assert "Sent" not in text and "Later" not in text  # submitted, or not due for weeks
    assert text in window.statusBar().currentMessage()
    assert not window.welcome.due_button.isHidden()
    home = window.welcome  # the season's applications are the home page's first table
    assert not home.apps.isHidden() and home.apps_proxy.rowCount() == 4
    first = home.apps_proxy.index(0, 0)
    with qtbot.waitSignal(home.applicationRequested) as opened:
        home.apps.activated.emit(first)
    assert opened.args == [str(workspace / "sent" / "application.packet")]


def test_the_letters_item_says_who_sends_them(qapp):
    from packetizer.core.season import referees as refs
    from packetizer.gui.models import ChecklistModel

    packet = new_packet("Lecturer\nSend a CV. Three letters of recommendation should be sent "
                        "directly by the referees.", Applicant("Ana Ferreira"))
    refs.ask(packet, "Maria Rossi", dt.date(2026, 11, 20))
    refs.confirm(packet, "Maria Rossi", dt.date(2026, 11, 28))
    refs.ask(packet, "Li Wei", dt.date(2026, 11, 21))
    model = ChecklistModel()
    model.set_packet(packet)
    row = next(r for r, req in enumerate(packet.posting.requirements)
               if req.submitted_separately)
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Maria Rossi: confirmed 2026-11-28" in tip
    assert "Li Wei: asked 2026-11-21, not confirmed" in tip


def test_track_referees_edits_the_open_packet_undoably(window, qtbot, workspace, monkeypatch,
                                                        dialogs):
    from PySide6.QtWidgets import QDialog, QPushButton

    from packetizer.gui.referees_dialog import RefereesDialog

    assert window.open_packet(workspace / "soon" / "application.packet")
    answers = iter(["bad date", "good"])

    def answered(self):
        answer = next(answers, None)
        if answer is None:
            return QDialog.DialogCode.Rejected
        if self.table.rowCount() == 0:
            self.findChild(QPushButton, "addReferee").click()
            self.table.item(0, 0).setText("Maria Rossi")
        self.table.item(0, 3).setText("2026-11-20" if answer == "good" else "20 Nov")
        self.table.selectRow(0)
        self.findChild(QPushButton, "confirmReferee").click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RefereesDialog, "exec", answered)
    window.commands["referees"].trigger()
    assert any("is not a date" in text for text in dialogs)  # said, and the rows kept
    referees = window.packet.tracking.referees
    assert [(r.name, r.asked_on, r.confirmed_on) for r in referees] == [
        ("Maria Rossi", "2026-11-20", dt.date.today().isoformat())]
    assert window.open_packet_state.undo_stack.undoText() == "Referees"
    window.open_packet_state.undo_stack.undo()
    assert window.packet.tracking.referees == []


def test_a_new_application_lands_in_a_folder_of_its_own_in_the_workspace(window, qtbot,
                                                                          workspace, tmp_path):
    season = window.season.show_season(workspace)
    qtbot.waitUntil(lambda: bool(season.model.rows), timeout=20_000)
    assert season.new_button.isEnabled()
    posting = tmp_path / "posting.txt"
    posting.write_text("Research Fellow in Glaciology\nSouthbay Institute\nApplication "
                       "deadline: 2099-01-20.\nSend a CV and a research statement.")
    for _ in range(2):  # the second one beside the first, not over it
        with qtbot.waitSignal(season.listed, timeout=20_000):
            assert window.season.new_application(posting)
    folders = sorted(p.parent.name for p in workspace.rglob("*.packet")
                     if "Southbay" in p.parent.name)
    assert folders == ["Southbay Institute – Research Fellow in Glaciology",
                       "Southbay Institute – Research Fellow in Glaciology 2"]
    assert window.open_packet_state.path.parent.name == folders[1]  # open, saved
    assert not window.open_packet_state.modified
    assert len(season.model.rows) == 6


def test_a_new_application_from_pasted_text_or_a_dropped_posting(window, qtbot, workspace,
                                                                  tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    season = window.season.show_season(workspace)
    qtbot.waitUntil(lambda: bool(season.model.rows), timeout=20_000)
    with qtbot.waitSignal(season.listed, timeout=20_000):
        assert window.season.new_application(
            pasted="Lecturer in Palaeography\nEastlake University\nSend a CV.")
    assert (workspace / "Eastlake University – Lecturer in Palaeography").is_dir()
    posting = tmp_path / "dropped.txt"
    posting.write_text("Postdoc in Phonology\nNorthgate University\nSend a CV.")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(posting))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(season.listed, timeout=20_000):
        season.dropEvent(drop)
    assert (workspace / "Northgate University – Postdoc in Phonology").is_dir()
    assert len(season.model.rows) == 6
