import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import NameObject

from packetizer.core.errors import Cancelled, ExportError, IncompletePacket
from packetizer.core.export import export_packet, export_separate
from packetizer.core.packet import attach, new_packet
from packetizer.core.progress import CancelToken

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
    assert len(reader.pages) == result.page_count == 1 + 8 + 3 + 20
    assert result.cover_pages == 1
    tree = outline_tree(reader)
    assert [(t, p) for t, p, _ in tree] == [("Cover and checklist", 0), ("CV", 1),
                                            ("Research statement", 9),
                                            ("Journal article or book chapter", 12)]
    assert [(t, p) for t, p, _ in tree[1][2]] == [("Curriculum vitae", 1)]
    article = tree[3][2][0]
    assert article[:2] == ("Article", 12)
    # the article's own bookmarks, nested and pointing at their pages in the packet
    inner = {t: p for t, p, _ in article[2]}
    assert inner["1. Introduction"] == 12 and inner["2. Related work"] == 14
    method = next(c for c in article[2] if c[0] == "4. Method")
    assert method[2][0][:2] == ("4.1 Encoder", 18)
    assert reader.page_labels[:3] == ["i", "CV-1", "CV-2"] and reader.page_labels[9] == "RS-1"
    assert reader.page_labels[12] == "WS-1"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    meta = reader.metadata
    assert meta.title.startswith("Application — Postdoctoral Research Scientist")
    assert meta.title.endswith("Ana Lucía Ferreira-Novák")
    assert meta.author == "Ana Lucía Ferreira-Novák"
    assert meta.creator.startswith("Packetizer ")
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert "Ferreira-Novák" in reader.pages[1].extract_text()  # the text layer survives


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
    packet.export_options.cover_page = False
    packet.export_options.page_numbers = False
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
    assert result.page_count == 1 + 2 and out.exists()
    cover = PdfReader(out).pages[0].extract_text()
    assert "incomplete" in cover and "Missing" in cover


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
    with pytest.raises(ExportError, match="disk is full"):
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
    assert names == ["00_index_Ferreira-Novak.pdf", "01_cv_Ferreira-Novak.pdf",
                     "02_research_statement_Ferreira-Novak.pdf",
                     "03_writing_sample_Ferreira-Novak.pdf"]
    assert [r.page_count for r in results] == [8, 3, 20, 1]
    index = PdfReader(tmp_path / "sep" / "00_index_Ferreira-Novak.pdf").pages[0].extract_text()
    assert "01_cv_Ferreira-Novak.pdf" in index
    reader = PdfReader(tmp_path / "sep" / "02_research_statement_Ferreira-Novak.pdf")
    assert [t for t, _, _ in outline_tree(reader)] == ["Research statement"]
    assert packet.posting.single_pdf  # the sample posting asks for one PDF: say so
    assert "asks for a single PDF" in results[0].profile_notes[0]
    packet.posting.single_pdf = False
    results = export_separate(packet, tmp_path / "several")
    assert not any("single PDF" in n for r in results for n in r.profile_notes)


def test_unwritable_target_is_explained(sample_packet, tmp_path):
    packet, _ = sample_packet
    with pytest.raises(ExportError, match="does not exist"):
        export_packet(packet, tmp_path / "no" / "such" / "out.pdf")


def test_nothing_to_export(tmp_path):
    packet = new_packet("To apply, send your CV.")
    with pytest.raises(ExportError, match="nothing to export"):
        export_packet(packet, tmp_path / "out.pdf", force=True)
    assert not (tmp_path / "out.pdf").exists()


def test_cover_rows_link_to_their_sections(sample_packet, tmp_path):
    packet, _ = sample_packet
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    reader = PdfReader(out)
    cover = reader.pages[0]
    text = cover.extract_text()
    for needle in ("Ana Lucía Ferreira-Novák", "ana.ferreira@example.org", "NICS-2026-0417",
                   "Postdoctoral Research Scientist", "CV-1–CV-8", "pp. 2–9",
                   "Sent separately", "Optional"):
        assert needle in text, needle
    targets = []
    for annot in cover["/Annots"]:
        annot = annot.get_object()
        assert annot["/Subtype"] == "/Link"
        page_ref = annot["/Dest"][0]
        targets.append(next(i for i, p in enumerate(reader.pages)
                            if p.indirect_reference == page_ref))
    assert targets == [1, 9, 12]  # CV, research statement, article


def test_footer_stamp_on_first_last_and_rotated_pages(make_pdf, tmp_path):
    poppler = need_tool("pdftotext")
    packet = new_packet("To apply, send your CV and a writing sample.")
    packet.applicant.name = "Zoë Łukasiewicz"  # needs the embedded Unicode font
    packet.posting.job_id = "J-42"
    attach(packet, "cv", [make_pdf("cv.pdf", 2)])
    attach(packet, "writing_sample", [make_pdf("ws.pdf", 2, size=(842, 595))])
    packet.documents[1].rotation = 90
    out = tmp_path / "out.pdf"
    export_packet(packet, out)

    def page_text(n):
        return subprocess.run([poppler, "-f", str(n), "-l", str(n), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout

    assert "page" not in page_text(1).split("Zoë Łukasiewicz")[-1]  # the cover is not stamped
    assert "Zoë Łukasiewicz · J-42 · page 2 of 5" in page_text(2)
    assert "Zoë Łukasiewicz · J-42 · page 5 of 5" in page_text(5)  # rotated, landscape
    assert "Page 2" in page_text(5)  # the page's own text is intact


def test_stamp_barely_grows_the_file(make_pdf, tmp_path):
    packet = new_packet("To apply, send your CV.")
    packet.applicant.name = "Ana Ferreira"
    attach(packet, "cv", [make_pdf("cv.pdf", 60)])
    packet.export_options.cover_page = False
    packet.export_options.page_numbers = False
    plain = export_packet(packet, tmp_path / "plain.pdf").size
    packet.export_options.page_numbers = True
    stamped = export_packet(packet, tmp_path / "stamped.pdf").size
    assert 0 < stamped - plain < 60 * 260 + 500  # a couple of hundred bytes a page
    # the sample-style inputs (one Flate content stream a page) take the stamp in-line
    assert 0 < stamped - plain < 60 * 60 + 500
    page = PdfReader(tmp_path / "stamped.pdf").pages[5]
    assert not isinstance(page["/Contents"].get_object(), list)
    text = page.extract_text()
    assert "Page 6" in text and "Ana Ferreira · page 6 of 60" in text


def test_stamp_on_a_content_stream_shared_by_two_pages(make_pdf, tmp_path):
    """Two pages drawing the same stream object: the stream is stamped once in-line, the
    other page gets a stream of its own, and each page shows its own number."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(make_pdf("one.pdf", 2)))
    writer.pages[1][NameObject("/Contents")] = writer.pages[0]["/Contents"]
    shared = tmp_path / "shared.pdf"
    with open(shared, "wb") as handle:
        writer.write(handle)
    packet = new_packet("To apply, send your CV.")
    packet.applicant.name = "Ana"
    attach(packet, "cv", [shared])
    packet.export_options.cover_page = False
    export_packet(packet, tmp_path / "out.pdf")
    pages = PdfReader(tmp_path / "out.pdf").pages
    assert "page 1 of 2" in pages[0].extract_text()
    second = pages[1].extract_text()
    assert "page 2 of 2" in second and "page 1 of 2" not in second


def test_ascii85_is_unwrapped_losslessly(sample_packet, tmp_path):
    """reportlab wraps streams in ASCII85; the export keeps the same compressed data without
    that 25 % overhead, and every page still reads the same."""
    packet, folder = sample_packet
    source = PdfReader(folder / "article.pdf")
    assert any("/ASCII85Decode" in str(p["/Contents"].get_object().get("/Filter"))
               for p in source.pages)
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    assert b"/ASCII85Decode" not in out.read_bytes()
    exported = PdfReader(out)
    first_article_page = 1 + 8 + 3
    for i in (0, 7, 19):
        assert source.pages[i].extract_text() in exported.pages[first_article_page + i] \
            .extract_text()


def test_continuous_labels_and_no_cover(sample_packet, tmp_path):
    packet, _ = sample_packet
    packet.export_options.page_labels = "continuous"
    packet.export_options.cover_page = False
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    reader = PdfReader(out)
    assert reader.page_labels[:3] == ["1", "2", "3"] and len(reader.pages) == 31
    assert outline_tree(reader)[0][0] == "CV"


def test_same_packet_same_bytes(sample_packet, tmp_path, monkeypatch):
    packet, _ = sample_packet
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    export_packet(packet, tmp_path / "a.pdf")
    export_packet(packet, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    reader = PdfReader(tmp_path / "a.pdf")
    assert "2026-01-01" in reader.pages[0].extract_text()
    assert reader.trailer["/ID"][0] == reader.trailer["/ID"][1]


def _active_pdf(path):
    """A PDF with scripts, a launch action, an attachment and page actions."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(path))
    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert('hi');")})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(script)
    names = DictionaryObject({NameObject("/JavaScript"): DictionaryObject({
        NameObject("/Names"): ArrayObject([TextStringObject("s"), writer._add_object(script)])})})
    writer._root_object[NameObject("/Names")] = names
    writer.add_attachment("secret.txt", b"attached")
    launch = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
        NameObject("/Rect"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(50),
                                          NumberObject(50)]),
        NameObject("/A"): DictionaryObject({NameObject("/S"): NameObject("/Launch"),
                                            NameObject("/F"): TextStringObject("calc.exe")}),
    })
    page = writer.pages[0]
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(launch)])
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1")})})
    writer.write(path)
    return path


def test_active_content_is_removed_and_reported(make_pdf, tmp_path):
    source = _active_pdf(make_pdf("cv.pdf", 2))
    before = source.read_bytes()
    packet = new_packet("To apply, send your CV.")
    attach(packet, "cv", [source])
    result = export_packet(packet, tmp_path / "out.pdf")
    assert source.read_bytes() == before
    reader = PdfReader(tmp_path / "out.pdf")
    root = reader.trailer["/Root"]
    names = root.get("/Names", {})
    assert "/JavaScript" not in names and "/EmbeddedFiles" not in names
    assert "/OpenAction" not in root
    for page in reader.pages:
        assert "/AA" not in page
        for annot in page.get("/Annots", []):
            assert annot.get_object().get("/A", {}).get("/S") != "/Launch"
    raw = (tmp_path / "out.pdf").read_bytes()
    assert b"calc.exe" not in raw and b"app.alert" not in raw
    assert any("script or program" in item for item in result.removed)
    assert any("page actions" in item for item in result.removed)


def test_portal_profiles_shape_names_and_report_limits(sample_packet, tmp_path):
    from packetizer.core.appdata.profiles import load_profile, profile_names

    assert {"generic", "interfolio", "uc-recruit", "harvard-aries",
            "oxford-recruitment"} <= set(profile_names())
    for name in profile_names():
        profile = load_profile(name)
        assert profile.source and profile.max_file_mb
    packet, _ = sample_packet
    packet.export_options.profile = "oxford-recruitment"
    results = export_separate(packet, tmp_path / "sep")
    names = sorted(Path(r.path).name for r in results)
    assert all(len(name) <= 25 and name.endswith(".pdf") for name in names), names
    assert len(set(names)) == 4
    assert not [n for n in results[0].profile_notes if "Oxford" in n]  # small files fit
    import json
    import os
    profiles = Path(os.environ["PACKETIZER_CONFIG_DIR"]) / "profiles"
    profiles.mkdir(parents=True, exist_ok=True)
    (profiles / "tiny.json").write_text(json.dumps({"max_file_mb": 0.01, "source": "test"}))
    packet.export_options.profile = "tiny"
    # a portal's limit that shrinking cannot meet: refused, nothing written, unless forced
    with pytest.raises(ExportError, match=r"limit of 0\.01 MB per file; nothing was written"):
        export_packet(packet, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    result = export_packet(packet, tmp_path / "out.pdf", force=True)
    assert result.profile_notes and "0.01 MB per file" in result.profile_notes[0]


@pytest.mark.parametrize("paper,size", [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_pages_scaled_to_one_paper_size(make_pdf, tmp_path, paper, size):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for source in (make_pdf("small.pdf", text="Small page", size=(300, 400)),
                   make_pdf("wide.pdf", text="Wide page", size=(1000, 700)),
                   make_pdf("letter.pdf", text="Letter page")):
        writer.append(PdfReader(source))
    writer.add_uri(1, "https://example.org", [100, 100, 200, 120])
    mixed = tmp_path / "mixed.pdf"
    with open(mixed, "wb") as handle:
        writer.write(handle)
    packet = new_packet("To apply, send your CV.")
    packet.applicant.name = "Ana"
    attach(packet, "cv", [mixed])
    packet.export_options.paper = paper
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    reader = PdfReader(out)
    sizes = [(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
             for p in reader.pages]
    portrait = (round(size[0], 1), round(size[1], 1))
    assert sizes == [portrait, portrait, portrait[::-1], portrait]  # cover, small, wide, letter
    assert "Small page" in reader.pages[1].extract_text()
    assert "page 3 of 4" in reader.pages[2].extract_text()
    link = reader.pages[2]["/Annots"][0].get_object()
    x0, _, x1, _ = (float(v) for v in link["/Rect"])
    assert x0 > 100 * 0.7 and x1 - x0 == pytest.approx((200 - 100) * min(
        portrait[1] / 1000, portrait[0] / 700), rel=0.01)
    if paper == "letter":
        qpdf = need_tool("qpdf")
        assert subprocess.run([qpdf, "--check", str(out)], capture_output=True).returncode == 0


def test_chinese_name_on_cover_and_footer(sample_packet, tmp_path):
    from packetizer.core.export.fonts import fallback_font

    if fallback_font() is None:
        pytest.skip("no CJK TrueType font installed (Debian: fonts-droid-fallback)")
    packet, _ = sample_packet
    packet.applicant.name = "王小明 (Wang Xiaoming)"
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    pdftotext = need_tool("pdftotext")  # reads mixed-font lines as a reader would

    def text(page: int) -> str:
        return subprocess.run([pdftotext, "-f", str(page), "-l", str(page), str(out), "-"],
                              capture_output=True, text=True).stdout

    assert "王小明 (Wang Xiaoming)" in text(1)
    assert "王小明 (Wang Xiaoming) · NICS-2026-0417 · page 2 of" in text(2)


@pytest.mark.parametrize("where", ["page tree", "nowhere"])
def test_a_page_without_its_own_mediabox_is_exported(where, make_pdf, tmp_path):
    """A /MediaBox inherited from the page tree, or missing (readers assume Letter), made the
    whole export fail ('NoneType' object is not iterable) before the one displayed-box reader."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    source = make_pdf("statement.pdf", 2, text="Statement")
    writer = PdfWriter(clone_from=str(source))
    box = writer.pages[0]["/MediaBox"]
    for page in writer.pages:
        del page[NameObject("/MediaBox")]
    if where == "page tree":
        writer.root_object["/Pages"].get_object()[NameObject("/MediaBox")] = box
    odd = tmp_path / f"odd-{where.replace(' ', '-')}.pdf"
    with open(odd, "wb") as handle:
        writer.write(handle)
    from packetizer.core.model import Applicant

    pdftotext = need_tool("pdftotext")
    packet = new_packet("Please send a research statement.", Applicant("Ana Ferreira"))
    attach(packet, "research_statement", [odd])
    out = tmp_path / "out.pdf"
    result = export_packet(packet, out, force=True)
    assert result.page_count == 3 and not result.skipped
    footer = subprocess.run([pdftotext, "-f", "3", "-l", "3", str(out), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert "page 3 of 3" in footer


def _with_named_link(path: Path) -> Path:
    """Give a 3-page PDF what LaTeX's hyperref writes: a named destination `section.1` on its
    third page, and a link on its first page to that name (every LaTeX file uses the names)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, TextStringObject

    writer = PdfWriter(clone_from=str(path))
    writer.add_named_destination("section.1", 2)
    link = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 700, 300, 720)]),
        NameObject("/Border"): ArrayObject([FloatObject(0)] * 3),
        NameObject("/Dest"): TextStringObject("section.1")})
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _pdfium_link_targets(path: Path) -> list[tuple[int, int]]:
    """(page, target page) of every internal link, as pdfium (a browser's engine) reads them."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    found = []
    for index in range(len(pdf)):
        page = pdf[index]
        pos, link = ctypes.c_int(0), raw.FPDF_LINK()
        while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
            dest = raw.FPDFLink_GetDest(pdf.raw, link)
            if dest:
                found.append((index, raw.FPDFDest_GetDestPageIndex(pdf.raw, dest)))
    pdf.close()
    return found


def test_links_stay_inside_their_document(make_pdf, tmp_path):
    """Two LaTeX-made documents both name a target `section.1`: each one's link opens its own
    section, not the first document's (issue 18), in the merged file and in separate files."""
    first = _with_named_link(make_pdf("cv.pdf", pages=3))
    second = _with_named_link(make_pdf("statement.pdf", pages=3))
    packet = new_packet("Please send a CV and a research statement.")
    attach(packet, "cv", [first])
    attach(packet, "research_statement", [second])
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    cover = len(PdfReader(out).pages) - 6
    links = [(page, target) for page, target in _pdfium_link_targets(out) if page >= cover]
    assert links == [(cover, cover + 2), (cover + 3, cover + 5)]
    root = PdfReader(out).trailer["/Root"]
    assert "/Dests" not in root.get("/Names", {})  # no table where the first names would win

    # the second document's link target not selected: the link goes nowhere, not elsewhere
    packet.documents[1].pages = "1-2"
    export_packet(packet, out)
    cover = len(PdfReader(out).pages) - 5
    links = [(page, target) for page, target in _pdfium_link_targets(out) if page >= cover]
    assert links == [(cover, cover + 2)]


def _with_hidden_layer(path: Path) -> Path:
    """A one-page PDF whose page is covered by a black box in a layer that is off by default
    (optional content, as CAD drawings and forms have)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=str(path))
    layer = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): TextStringObject("Photo")}))
    page = writer.pages[0]
    box = DecodedStreamObject()
    box.set_data(b"/OC /hidden BDC 0 g 0 0 612 792 re f EMC")
    page[NameObject("/Contents")] = ArrayObject([page.raw_get("/Contents"),
                                                 writer._add_object(box)])
    resources = page["/Resources"].get_object()
    resources[NameObject("/Properties")] = DictionaryObject({NameObject("/hidden"): layer})
    writer._root_object[NameObject("/OCProperties")] = DictionaryObject({
        NameObject("/OCGs"): ArrayObject([layer]),
        NameObject("/D"): DictionaryObject({NameObject("/OFF"): ArrayObject([layer]),
                                            NameObject("/Order"): ArrayObject([layer])})})
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _pdfium_brightness(path: Path, index: int) -> float:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    image = pdf[index].render(scale=0.2).to_pil().convert("L")
    pdf.close()
    histogram = image.histogram()
    return sum(level * n for level, n in enumerate(histogram)) / sum(histogram)


def test_hidden_layers_stay_hidden(make_pdf, tmp_path):
    """A layer that is off in the document stays off in the export (issue 18, item 2): the page
    renders (with pdfium) as light as the source, not covered by the hidden box."""
    source = _with_hidden_layer(make_pdf("drawing.pdf"))
    assert _pdfium_brightness(source, 0) > 200
    packet = new_packet("Please send a research statement.")
    attach(packet, "research_statement", [source])
    packet.export_options.cover_page = False
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    assert _pdfium_brightness(out, 0) > 200


def test_bookmarks_after_a_web_link_bookmark_are_kept(make_pdf, tmp_path):
    """A web-link bookmark among a document's own (issue 18, item 5): it is kept as a link, and
    the bookmarks after it are not lost; a heading without a target keeps its children (read
    back with pdfium)."""
    import pypdfium2 as pdfium
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, TextStringObject

    source = make_pdf("book.pdf", pages=3)
    writer = PdfWriter(clone_from=str(source))
    writer.add_outline_item(title="One", page_number=0)
    notes = writer.add_outline_item(title="Notes", page_number=1)
    writer.add_outline_item_dict(DictionaryObject({
        NameObject("/Title"): TextStringObject("*web notes"),
        NameObject("/A"): DictionaryObject({NameObject("/S"): NameObject("/URI"),
                                            NameObject("/URI"): TextStringObject("https://x")})}),
        parent=notes)
    writer.add_outline_item(title="Index", page_number=2)
    part = writer.add_outline_item_dict(DictionaryObject({  # a heading without a target
        NameObject("/Title"): TextStringObject("Appendices")}))
    writer.add_outline_item(title="Appendix A", page_number=2, parent=part)
    with open(source, "wb") as handle:
        writer.write(handle)
    packet = new_packet("Please send a research statement.")
    attach(packet, "research_statement", [source])
    out = tmp_path / "out.pdf"
    export_packet(packet, out)
    titles = [item.get_title() for item in pdfium.PdfDocument(str(out)).get_toc()]
    assert titles[-6:] == ["One", "Notes", "*web notes", "Index", "Appendices", "Appendix A"]


def test_sanitising_keeps_what_a_reader_sees(make_pdf, tmp_path):
    """A button that runs a script and a video with a poster picture (issue 18, item 8): the
    export removes the script and the video, and both pictures still show (pdfium render)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        TextStringObject,
    )

    source = make_pdf("poster.pdf")
    writer = PdfWriter(clone_from=str(source))

    def black_box():
        stream = DecodedStreamObject()
        stream.set_data(b"0 g 0 0 300 300 re f")
        stream.update({NameObject("/Type"): NameObject("/XObject"),
                       NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([FloatObject(v)
                                                          for v in (0, 0, 300, 300)])})
        return writer._add_object(stream)

    def annotation(subtype, rect, **extra):
        entries = {NameObject("/Type"): NameObject("/Annot"),
                   NameObject("/Subtype"): NameObject(subtype),
                   NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                   NameObject("/AP"): DictionaryObject({NameObject("/N"): black_box()})}
        entries.update({NameObject(k): v for k, v in extra.items()})
        return writer._add_object(DictionaryObject(entries))

    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert(1)")})
    movie = DictionaryObject({NameObject("/S"): NameObject("/Rendition")})
    writer.pages[0][NameObject("/Annots")] = ArrayObject([
        annotation("/Widget", (0, 0, 300, 300), **{"/FT": NameObject("/Btn"), "/A": script,
                                                  "/T": TextStringObject("go")}),
        annotation("/Screen", (312, 492, 612, 792), **{"/A": movie})])
    with open(source, "wb") as handle:
        writer.write(handle)
    packet = new_packet("To apply, send your CV.")
    attach(packet, "cv", [source])
    packet.export_options.cover_page = False
    packet.export_options.page_numbers = False
    result = export_packet(packet, tmp_path / "out.pdf")
    out = tmp_path / "out.pdf"
    assert b"app.alert" not in out.read_bytes()
    assert any("its picture is kept" in item for item in result.removed)

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(out))
    image = pdf[0].render(scale=0.1).to_pil().convert("L")
    pdf.close()
    width, height = image.size
    assert image.getpixel((width - width // 8, height // 8)) < 60  # the poster, top right
    # the button is still there with its appearance, without its script
    annots = [a.get_object() for a in PdfReader(out).pages[0]["/Annots"]]
    button = next(a for a in annots if a["/Subtype"] == "/Widget")
    assert "/AP" in button and "/A" not in button


def test_bookmark_titles_follow_the_item_unless_renamed(make_pdf, tmp_path):
    """A file's stem ("cv", "statement-final-v3") is not a title employers should read: an
    automatic title is the item's name, numbered when the item holds several, and it follows
    a replaced file; a title the user gave stays."""
    from packetizer.core.model import Applicant
    from packetizer.core.packet import make_document, rename_document, replace_file

    packet = new_packet("Please send a CV, a research statement and two sample papers.",
                        Applicant("Ana Ferreira"))
    by_kind = {r.kind: r for r in packet.posting.requirements}
    attach(packet, "cv", [make_pdf("cv_2026_final.pdf", 1)])
    attach(packet, "research_statement", [make_pdf("statement-v3.pdf", 1)])
    attach(packet, by_kind["publications"].id, [make_pdf("smith2024.pdf", 1),
                                                make_pdf("smith2025.pdf", 1)])
    titles = [packet.document_title(d) for d in packet.documents]
    assert titles == ["CV", "Research statement", "Two sample papers 1", "Two sample papers 2"]
    statement = packet.documents[1]
    replace_file(packet, statement.id, make_document(make_pdf("statement-v4.pdf", 1),
                                                     statement.requirement_id))
    assert packet.document_title(packet.documents[1]) == "Research statement"
    rename_document(packet, packet.documents[0].id, "Curriculum vitae (2026)")
    out = tmp_path / "packet.pdf"
    export_packet(packet, out, force=True)
    tree = outline_tree(PdfReader(out))
    children = [c[0] for t, _p, kids in tree for c in kids]
    assert children[:2] == ["Curriculum vitae (2026)", "Research statement"]
    cover = subprocess.run([need_tool("pdftotext"), "-l", "1", str(out), "-"],
                           capture_output=True, text=True, check=True).stdout
    assert "Research statement" in cover and "Curriculum vitae (2026)" in cover
    assert "statement-v4" not in cover.replace("statement-v4.pdf", "")


def test_a_wrapped_cover_label_keeps_the_label_style():
    from packetizer.core.export.cover import CoverRow, _row_lines
    from packetizer.core.model import Status

    row = CoverRow(label="Three- to four-page statement of research achievements and future "
                   "research interests", kind="research_statement", status=Status.COMPLETE,
                   documents=["Research statement"])
    lines, docs = _row_lines(row, 170, 150, "Helvetica", "Helvetica-Bold")
    labels = [is_label for _text, is_label in lines]
    assert labels[:3] == [True, True, True] and labels[-1] is False  # then the kind's caption
    assert lines[-1][0] == "Research statement" and docs == ["Research statement"]


def test_the_footer_never_prints_over_the_pages_own_text(tmp_path):
    """A CV whose text runs to 12 pt from the bottom edge: check says so before exporting, and
    the exported page number moves to the free top margin, sharing no space with the CV's text
    (word boxes from pdftotext -bbox, not pypdf)."""
    import re

    from reportlab.pdfgen import canvas

    from packetizer.core.check import check_packet
    from packetizer.core.model import Applicant

    cv = tmp_path / "cv.pdf"
    c = canvas.Canvas(str(cv), pagesize=(612, 792))
    for page in range(2):
        c.setFont("Helvetica", 10)
        for line in range(60):  # 60 lines from 720 pt down to 12 pt above the bottom edge
            c.drawString(72, 720 - line * 12.0, f"Entry {page}-{line} of the curriculum vitae")
        c.showPage()
    c.save()
    packet = new_packet("Please send a CV.", Applicant("Ana Ferreira"))
    attach(packet, "cv", [cv])
    report = check_packet(packet)
    low = [f for f in report.findings if f.code == "text-in-footer-space"]
    assert low and "pages 1, 2 runs down to 10 pt" in low[0].message and "top" in low[0].fix
    out = tmp_path / "packet.pdf"
    export_packet(packet, out, force=True)
    bbox = subprocess.run([need_tool("pdftotext"), "-bbox", "-f", "2", "-l", "2", str(out),
                           "-"], capture_output=True, text=True, check=True).stdout
    words = [(float(m[1]), float(m[3]), m[4]) for m in re.finditer(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
        bbox) for m in [(None, m.group(1), None, m.group(2), m.group(3))]]
    footer = [w for w in words if w[2] == "Ferreira"]
    text = [w for w in words if w[2].startswith("Entry")]
    assert footer and text
    lowest_text = max(w[1] for w in text)  # pdftotext's y grows downwards
    assert footer[0][1] < min(w[0] for w in text) or footer[0][0] > lowest_text
    assert footer[0][1] < 40  # at the top of the page


def _words_of_page(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """(top, bottom, word) of each word on a page, from pdftotext -bbox (y grows downwards)."""
    import re

    bbox = subprocess.run([need_tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page),
                           str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(float(m.group(1)), float(m.group(2)), m.group(3)) for m in re.finditer(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
        bbox)]


def test_a_page_with_no_free_margin_is_shrunk_a_little_for_its_footer(tmp_path):
    """Text from 12 pt below the top to 12 pt above the bottom: neither margin has the footer's
    room, so the page's content is shrunk (at most 6 %) about the top of its text and the page
    number goes below it; a small page that would need more is left without one."""
    from reportlab.pdfgen import canvas

    from packetizer.core.check import check_packet
    from packetizer.core.model import Applicant

    full = tmp_path / "full.pdf"
    c = canvas.Canvas(str(full), pagesize=(612, 792))
    c.setFont("Helvetica", 10)
    for line in range(65):  # 65 lines from 772 pt down to 12 pt
        c.drawString(72, 772 - line * 11.9, f"Entry {line} of the curriculum vitae")
    c.showPage()
    c.setPageSize((400, 120))  # a small page: making room would take more than 6 %
    for line in range(9):
        c.drawString(20, 108 - line * 12.0, f"Small {line}")
    c.showPage()
    c.save()
    packet = new_packet("Please send a CV.", Applicant("Ana Ferreira"))
    attach(packet, "cv", [full])
    finding = next(f for f in check_packet(packet).findings if f.code == "text-in-footer-space")
    assert "shrinks the page's content (by at most 6 %)" in finding.fix
    out = tmp_path / "packet.pdf"
    export_packet(packet, out, force=True)
    words = _words_of_page(out, 2)  # the cover is page 1
    footer = [w for w in words if w[2] == "Ferreira"]
    text = [w for w in words if w[2] == "Entry"]
    assert footer and len(text) == 65
    assert footer[0][0] > max(w[1] for w in text)  # the page number is below all the text
    assert min(w[0] for w in text) < 25  # the text's top stayed where it was
    reader = PdfReader(out)
    assert [round(float(v)) for v in reader.pages[1].mediabox] == [0, 0, 612, 792]
    small = _words_of_page(out, 3)
    assert not [w for w in small if w[2] == "Ferreira"]  # left without a footer


def test_a_header_line_on_every_page_whose_top_is_free(tmp_path, make_pdf):
    """A header (the footer's fields) at the top of each page, not on the cover, and not where
    the page's own text fills its top margin."""
    from reportlab.pdfgen import canvas

    from packetizer.core.model import Applicant

    full_top = tmp_path / "full-top.pdf"
    c = canvas.Canvas(str(full_top), pagesize=(612, 792))
    c.setFont("Helvetica", 10)
    c.drawString(72, 778, "A line right at the top of the page")
    c.drawString(72, 400, "The rest of the statement")
    c.save()
    packet = new_packet("Please send a CV and a research statement.", Applicant("Ana Ferreira"))
    attach(packet, "cv", [make_pdf("cv.pdf", pages=2, text="Curriculum vitae")])
    attach(packet, "research_statement", [full_top])
    packet.export_options.header_template = "{applicant} — application {page}/{pages}"
    out = tmp_path / "packet.pdf"
    export_packet(packet, out, force=True)
    headers = []
    for page in range(1, 5):
        words = _words_of_page(out, page)
        headers.append([w for w in words if w[2] == "application" and w[0] < 40])
    assert [bool(h) for h in headers] == [False, True, True, False]  # cover, CV ×2, statement
    text = subprocess.run([need_tool("pdftotext"), "-f", "2", "-l", "2", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Ana Ferreira — application 2/4" in text


def test_a_name_run_into_a_number_by_a_nul_byte_is_written_as_two_tokens(tmp_path):
    """NUL is white space in PDF ("/DeviceRGB\\x00255", as AutoCAD writes an indexed image's
    colour space); pypdf reads it as one name, which no reader accepts once written back. The
    export writes the two tokens, and qpdf finds nothing wrong."""
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject

    from packetizer.core.model import Applicant
    from tests.core.test_checks import _pdf_with_image

    space = ArrayObject([NameObject("/Indexed"), NameObject("/DeviceRGB"), NumberObject(1),
                         ByteStringObject(b"\x00\x00\x00\xff\xff\xff")])
    path = _pdf_with_image(tmp_path / "indexed.pdf", b"\x00\x01", space, flate=False)
    data = path.read_bytes()
    assert data.count(b"/DeviceRGB 1 ") == 1
    path.write_bytes(data.replace(b"/DeviceRGB 1 ", b"/DeviceRGB\x001 "))  # same length
    qpdf = need_tool("qpdf")
    assert subprocess.run([qpdf, "--check", str(path)], capture_output=True).returncode == 0
    packet = new_packet("Please send a research statement.", Applicant("Ana"))
    attach(packet, "research_statement", [path])
    out = tmp_path / "packet.pdf"
    export_packet(packet, out, force=True)
    check = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    image = next(x.get_object() for x in PdfReader(out).pages[1]["/Resources"]["/XObject"]
                 .values())
    assert [str(v) for v in image["/ColorSpace"][:3]] == ["/Indexed", "/DeviceRGB", "1"]


def test_single_pages_turned_on_their_own(make_pdf, tmp_path):
    from packetizer.cli import main
    from packetizer.core.model import Applicant
    from packetizer.core.packet import load_packet, rotate_document, save_packet

    packet = new_packet("Please send a CV.", Applicant("Ana Ferreira"))
    attach(packet, "cv", [make_pdf("cv.pdf", pages=3)])
    doc = packet.documents[0]
    assert rotate_document(packet, doc.id, 90, pages=[2]) == 90
    assert rotate_document(packet, doc.id, 180) == 180  # the whole document, on top
    assert doc.page_rotations == {"2": 90} and doc.page_rotation(1) == 270
    path = tmp_path / "a.packet"
    save_packet(packet, path)
    again = load_packet(path).documents[0]
    assert (again.rotation, again.page_rotations) == (180, {"2": 90})
    out = export_packet(load_packet(path), tmp_path / "out.pdf", force=True)
    assert [int(p.get("/Rotate", 0)) for p in PdfReader(out.path).pages[1:]] == [180, 270, 180]
    assert main(["rotate", str(path), "cv.pdf", "--pages", "9"]) == 2
    assert main(["rotate", str(path), "cv.pdf", "--pages", "2", "--degrees", "270"]) == 0
    assert load_packet(path).documents[0].page_rotations == {}  # turned back


@given(st.binary(max_size=300))
def test_the_fast_ascii85_decoder_gives_back_what_was_encoded(data):
    import base64

    from packetizer.core.export.optimize import a85decode

    assert a85decode(base64.a85encode(data)) == data


@given(st.text(alphabet="!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "[\\]^_`abcdefghijklmnopqrstuz{~", max_size=60))
def test_the_fast_ascii85_decoder_reads_and_refuses_as_base64_does(text):
    import base64

    from packetizer.core.export.optimize import a85decode

    data = text.encode("ascii")
    try:
        expected = base64.a85decode(data)
    except ValueError:
        with pytest.raises(ValueError):
            a85decode(data)
    else:
        assert a85decode(data) == expected
