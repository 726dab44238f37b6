from PySide6.QtCore import Qt

from packetizer.core.check import check_packet
from packetizer.gui.models import ID_ROLE, ChecklistModel, FindingsModel


def test_checklist_model_passes_modeltester(qtmodeltester, sample_packet):
    packet, _ = sample_packet
    model = ChecklistModel()
    model.set_packet(packet)
    qtmodeltester.check(model, force_py=True)
    model.set_report(check_packet(packet))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(packet.posting.requirements)
    cv = model.index(0, 0)
    assert model.rowCount(cv) == 1
    assert model.index(0, 0, cv).data(ID_ROLE) == packet.documents[0].id
    assert model.index(0, 2).data() == "Ready"
    assert "lists all peer-reviewed" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_findings_model(qtmodeltester, sample_packet):
    packet, _ = sample_packet
    model = FindingsModel()
    report = check_packet(packet)
    model.set_findings(report.findings)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(report.findings) > 0
    row = next(i for i in range(model.rowCount()) if model.finding(i).fix)
    assert "Fix:" in model.index(row).data(Qt.ItemDataRole.ToolTipRole)


def test_dropping_files_on_a_requirement(qtbot, sample_packet):
    packet, folder = sample_packet
    model = ChecklistModel()
    model.set_packet(packet)
    mime = ChecklistModel.mime_for_files([str(folder / "cv.pdf")])
    row = next(i for i, r in enumerate(packet.posting.requirements) if r.kind == "cover_letter")
    parent = model.index(row, 0)
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, parent)
    with qtbot.waitSignal(model.filesDropped) as blocker:
        assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, parent)
    assert blocker.args == ["cover-letter", [str(folder / "cv.pdf")]]
