import subprocess

import pytest
from pypdf import PdfReader

from packetizer.core.editing import attach, new_packet
from packetizer.core.errors import Cancelled, ExportError
from packetizer.core.export import IncompletePacket, export_packet, export_separate
from packetizer.core.tasks import CancelToken

from ..conftest import need_tool


def outline_tree(reader, items=None):
    """[(title, page, [children])] of a PDF's outline."""
    items = reader.outline if items is None else items
    tree = []
    for item in items:
        if isinstance(item, list):
            tree[-1][2].extend(outline_tree(reader, item))
        else:
            tree.append((item.title, reader.get_destination_page_number(item), []))
    return tree


def test_merged_export_reads_back(sample_packet, tmp_path):
    packet, _ = sample_packet
    out = tmp_path / "out.pdf"
    result = export_packet(packet, out)
    reader = PdfReader(out)
    assert len(reader.pages) == result.page_count == 8 + 3 + 20
    tree = outline_tree(reader)
    assert [(t, p) for t, p, _ in tree] == [("CV", 0), ("Research statement", 8),
                                            ("Journal article or book chapter", 11)]
    assert [(t, p) for t, p, _ in tree[0][2]] == [("Curriculum vitae", 0)]
    article = tree[2][2][0]
    assert article[:2] == ("Article", 11)
    # the article's own bookmarks, nested and pointing at their pages in the packet
    inner = {t: p for t, p, _ in article[2]}
    assert inner["1. Introduction"] == 11 and inner["2. Related work"] == 13
    method = next(c for c in article[2] if c[0] == "4. Method")
    assert method[2][0][:2] == ("4.1 Encoder", 17)
    assert reader.page_labels[:2] == ["CV-1", "CV-2"] and reader.page_labels[8] == "RS-1"
    assert reader.page_labels[11] == "WS-1"
    meta = reader.metadata
    assert meta.title.startswith("Application — Postdoctoral Research Scientist")
    assert meta.title.endswith("Ana Lucía Ferreira-Novák")
    assert meta.author == "Ana Lucía Ferreira-Novák"
    assert meta.creator.startswith("Packetizer ")
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert "Page" not in reader.pages[0].extract_text()[:0]  # text layer survives
    assert "Ferreira-Novák" in reader.pages[0].extract_text()


def test_export_passes_qpdf_check(sample_packet, tmp_path):
    qpdf = need_tool("qpdf")
    packet, _ = sample_packet
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    result = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_page_selection_and_rotation(make_pdf, tmp_path):
    packet = new_packet("To apply, send your CV.")
    attach(packet, "cv", [make_pdf("cv.pdf", 5, outline=["A", "B", "C", "D", "E"])],
           pages="2-3,5")
    packet.documents[0].rotation = 90
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert [p.extract_text().strip() for p in reader.pages] == ["Page 2", "Page 3", "Page 5"]
    assert all(p.rotation == 90 for p in reader.pages)
    inner = outline_tree(reader)[0][2][0][2]
    # A was not selected: it is dropped in favour of... the next selected page (B)
    assert [(t, p) for t, p, _ in inner] == [("A", 0), ("B", 0), ("C", 1), ("D", 2), ("E", 2)]


def test_incomplete_packet_is_refused_unless_forced(make_pdf, tmp_path):
    packet = new_packet("To apply, send your CV and a cover letter.")
    attach(packet, "cv", [make_pdf("cv.pdf", 2)])
    out = tmp_path / "out.pdf"
    with pytest.raises(IncompletePacket) as info:
        export_packet(packet, out)
    assert info.value.report.errors
    assert not out.exists()
    result = export_packet(packet, out, force=True)
    assert result.page_count == 2 and out.exists()


def test_cancel_leaves_nothing_behind(sample_packet, tmp_path):
    packet, _ = sample_packet
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    token = CancelToken()

    def progress(done, total, message):
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        export_packet(packet, out, progress=progress, cancel=token)
    assert list(out.parent.iterdir()) == []


def test_failure_keeps_the_old_target_and_leaves_no_temp(sample_packet, tmp_path, monkeypatch):
    packet, _ = sample_packet
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    out.write_bytes(b"old export")
    import pypdf

    def broken_write(self, stream):
        stream.write(b"%PDF-1.7 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pypdf.PdfWriter, "write", broken_write)
    with pytest.raises(ExportError, match="No space left"):
        export_packet(packet, out)
    assert out.read_bytes() == b"old export"
    assert [p.name for p in out.parent.iterdir()] == ["packet.pdf"]


def test_never_overwrites_a_source(sample_packet):
    packet, folder = sample_packet
    before = (folder / "cv.pdf").read_bytes()
    with pytest.raises(ExportError, match="own documents"):
        export_packet(packet, folder / "cv.pdf")
    assert (folder / "cv.pdf").read_bytes() == before


def test_sources_are_untouched(sample_packet, tmp_path):
    packet, folder = sample_packet
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    export_packet(packet, tmp_path / "out.pdf")
    export_separate(packet, tmp_path / "sep")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_separate_export(sample_packet, tmp_path):
    packet, _ = sample_packet
    results = export_separate(packet, tmp_path / "sep")
    names = sorted(p.name for p in (tmp_path / "sep").iterdir())
    assert names == ["01_cv_Ferreira-Novak.pdf", "02_research_statement_Ferreira-Novak.pdf",
                     "03_writing_sample_Ferreira-Novak.pdf"]
    assert [r.page_count for r in results] == [8, 3, 20]
    reader = PdfReader(tmp_path / "sep" / "02_research_statement_Ferreira-Novak.pdf")
    assert [t for t, _, _ in outline_tree(reader)] == ["Research statement"]


def test_nothing_to_export(tmp_path):
    packet = new_packet("To apply, send your CV.")
    with pytest.raises(ExportError, match="nothing to export"):
        export_packet(packet, tmp_path / "out.pdf", force=True)
    assert not (tmp_path / "out.pdf").exists()
