"""The checks beyond completeness: one real sample per finding code, with its evidence."""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from pathlib import Path

import pytest

from packetizer.core import demo as sample
from packetizer.core.check import ERROR, INFO, WARNING, check_packet
from packetizer.core.files import pagefacts as pdffacts
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet

NAME = sample.APPLICANT_NAME
SEED = ("Applicants should submit a CV which lists all peer-reviewed publications and "
        "conferences; a research statement that outlines your research achievements and future "
        "research interests; a journal article or book chapter that demonstrates your domain "
        "expertise.")


def findings(report, code):
    return [f for f in report.findings if f.code == code]


def one(report, code):
    found = findings(report, code)
    assert len(found) == 1, [(f.code, f.message) for f in report.findings]
    return found[0]


@pytest.fixture
def seed_packet(sample_copy):
    """The seed-like posting with the sample's CV, statement and article: all correct."""
    packet = new_packet(SEED, Applicant(NAME))
    attach(packet, "cv", [sample_copy / "cv.pdf"])
    attach(packet, "research_statement", [sample_copy / "research-statement.pdf"])
    attach(packet, "writing_sample", [sample_copy / "article.pdf"])
    return packet


def replace(packet, kind, path):
    req = packet.posting.requirement(kind)
    doc = packet.documents_for(req.id)[0]
    packet.documents.remove(doc)
    attach(packet, req.id, [path])


def test_everything_right_gives_no_warnings(seed_packet):
    report = check_packet(seed_packet, today=dt.date(2026, 1, 1))
    assert [(f.code, f.message) for f in report.findings if f.severity != INFO] == []
    info = one(report, "cv-publications")
    assert "21 journal, 28 conference" in info.message
    assert "Peer-reviewed journal publications" in info.evidence
    assert all(s.status == "complete" for s in report.statuses.values())


def test_cv_without_publications(seed_packet, tmp_path):
    replace(seed_packet, "cv", sample.make_cv(tmp_path / "cv.pdf", with_publications=False))
    found = one(check_packet(seed_packet), "cv-no-publications")
    assert found.severity == WARNING and found.document_id
    assert "peer-reviewed publications and conferences" in found.evidence  # quotes the posting
    assert check_packet(seed_packet).statuses["cv"].status == "warning"


@pytest.mark.parametrize("style", ["numbered", "bullets", "apa"])
def test_cv_without_conferences(seed_packet, tmp_path, style):
    replace(seed_packet, "cv", sample.make_cv(tmp_path / "cv.pdf", style=style,
                                              conferences=False))
    report = check_packet(seed_packet)
    found = one(report, "cv-no-conferences")
    assert "0 conference" in found.evidence
    assert "49 journal" in one(report, "cv-publications").message


@pytest.mark.parametrize("style", ["bullets", "apa"])
def test_cv_layouts_are_read(seed_packet, tmp_path, style):
    replace(seed_packet, "cv", sample.make_cv(tmp_path / "cv.pdf", style=style))
    report = check_packet(seed_packet)
    assert not [f for f in report.findings if f.severity != INFO]
    assert "21 journal" in one(report, "cv-publications").message


def test_statement_without_future_plans(seed_packet, tmp_path):
    replace(seed_packet, "research_statement",
            sample.make_statement(tmp_path / "rs.pdf", with_future=False))
    found = one(check_packet(seed_packet), "statement-no-future")
    assert "future research interests" in found.evidence


def test_statement_without_achievements(seed_packet, tmp_path, make_text_pdf):
    plans = ("In the future I will build models of the atmosphere. In the next five years I "
             "plan to study clouds, rain and snow with new data. ") * 6
    replace(seed_packet, "research_statement",
            make_text_pdf("rs.pdf", ["Research statement", NAME, plans]))
    report = check_packet(seed_packet)
    assert one(report, "statement-no-achievements").severity == WARNING
    assert not findings(report, "statement-no-future")


@pytest.mark.parametrize("past", [
    "In my thesis I show that clouds form faster over warm seas than models say.",
    "We find that rain follows the jet stream; we have obtained the first such maps.",
    "Past research\nDuring my PhD I studied the water cycle of mountain glaciers.",
    "My research\nprovides the first record of snow on the plateau.",  # a line break inside
])
def test_past_work_is_recognised_in_the_ways_real_statements_say_it(past, seed_packet,
                                                                   make_text_pdf):
    plans = ("In the future I will build models of the atmosphere, and in the next five years "
             "I plan to study clouds with new data. ") * 5
    replace(seed_packet, "research_statement",
            make_text_pdf("rs.pdf", ["Research statement", NAME, past, plans]))
    assert not findings(check_packet(seed_packet), "statement-no-achievements")


REAL_STATEMENTS = Path(__file__).resolve().parents[3] / "shared" / "realpdf"


@pytest.mark.skipif(not (REAL_STATEMENTS / "MANIFEST.tsv").is_file(),
                    reason="../shared/realpdf is not present")
def test_real_research_statements_raise_few_alarms():
    """Applicants' own research statements under the seed posting (which asks for achievements
    and future interests): today 2 of 20 get each warning, both true (an article attached as
    a statement, a statement of past work only). It was 12 of 20 for achievements. A ratchet:
    lower it as the rules improve, never raise it."""
    names = [line.split("\t")[0] for line in
             (REAL_STATEMENTS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
             if re.search(r"research_?statement", line.split("\t")[0], re.IGNORECASE)]
    assert len(names) >= 15
    fired = {"statement-no-achievements": 0, "statement-no-future": 0}
    for name in names:
        packet = new_packet(SEED, Applicant(""))
        attach(packet, "research_statement", [REAL_STATEMENTS / "files" / name])
        codes = {f.code for f in check_packet(packet).findings}
        for code in fired:
            fired[code] += code in codes
    assert fired["statement-no-achievements"] <= 2, fired
    assert fired["statement-no-future"] <= 2, fired


def test_cover_letter_attached_as_writing_sample(seed_packet, tmp_path):
    replace(seed_packet, "writing_sample", sample.make_cover_letter(tmp_path / "letter.pdf"))
    found = one(check_packet(seed_packet), "content-mismatch")
    assert "looks like a cover letter" in found.message
    assert "Dear" in found.evidence and "no signs of an article" in found.evidence


def test_writing_sample_that_is_not_published(seed_packet, make_text_pdf):
    essay = ("The climate system is complex and its models are large and slow to run on "
             "computers of every size. ") * 12
    replace(seed_packet, "writing_sample", make_text_pdf("essay.pdf", ["Some thoughts", essay]))
    found = one(check_packet(seed_packet), "sample-not-article")
    assert "No DOI" in found.evidence


def test_book_chapter_counts_as_published(seed_packet, make_text_pdf):
    chapter = ("The climate system is complex and its models are large and slow to run. ") * 12
    replace(seed_packet, "writing_sample", make_text_pdf("chapter.pdf", [
        "Chapter 7. Learning from reanalysis",
        "In: M. Jones and K. Lee (eds.), Machine Learning for the Earth, Springer, 2024.",
        chapter]))
    assert not findings(check_packet(seed_packet), "sample-not-article")


def test_an_older_journal_paper_with_only_a_running_header_is_published(seed_packet,
                                                                         make_text_pdf):
    paper = ("The climate system is complex and its models are large and slow to run. ") * 12
    replace(seed_packet, "writing_sample", make_text_pdf("paper.pdf", [
        "TRANSACTIONS ON CLIMATE MODELLING, October 2001 Vol. 47, No. 10", paper]))
    assert not findings(check_packet(seed_packet), "sample-not-article")


def test_a_name_run_together_by_text_extraction_is_found(seed_packet, make_text_pdf):
    seed_packet.applicant.name = "Si Chen"
    text = ("In the future I will build models, and I plan to study clouds; during my PhD I "
            "studied rain. ") * 6
    replace(seed_packet, "research_statement",
            make_text_pdf("rs.pdf", ["Research statement", "SiChen, University of Somewhere",
                                     text]))
    found = findings(check_packet(seed_packet), "name-missing")
    assert "research-statement" not in {f.requirement_id for f in found}


def test_name_missing_from_cv(seed_packet):
    seed_packet.applicant.name = "Jonas Kowalczyk"
    found = findings(check_packet(seed_packet), "name-missing")
    assert {f.requirement_id for f in found} == {"cv", "research-statement"}
    assert "Kowalczyk" in found[0].message


def test_name_match_ignores_accents_and_hyphens(seed_packet):
    seed_packet.applicant.name = "Ana Lucia Ferreira Novak"
    assert not findings(check_packet(seed_packet), "name-missing")


def test_no_applicant_name(seed_packet):
    seed_packet.applicant.name = ""
    assert one(check_packet(seed_packet), "no-applicant-name").severity == WARNING


def test_deadline(seed_packet):
    seed_packet.posting.deadline = "2026-03-01"
    assert one(check_packet(seed_packet, today=dt.date(2026, 3, 2)), "deadline-passed")
    soon = one(check_packet(seed_packet, today=dt.date(2026, 2, 27)), "deadline-soon")
    assert "in 2 days" in soon.message
    assert not findings(check_packet(seed_packet, today=dt.date(2026, 2, 1)), "deadline-soon")


def test_blank_page(make_pdf, tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "cv.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.drawString(72, 700, "Curriculum vitae")
    c.showPage()
    c.showPage()  # nothing drawn
    c.save()
    packet = new_packet("Please send a CV.", Applicant("Vitae"))
    attach(packet, "cv", [path])
    found = one(check_packet(packet), "blank-page")
    assert found.page == 2 and found.action == "select pages"
    packet.documents[0].pages = "1"
    assert not findings(check_packet(packet), "blank-page")


def test_scanned_document(tmp_path):
    from PIL import Image
    from reportlab.pdfgen import canvas

    picture = tmp_path / "scan.png"
    Image.new("L", (200, 260), 230).save(picture)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    for _ in range(2):
        c.drawImage(str(picture), 0, 0, 612, 792)
        c.showPage()
    c.save()
    packet = new_packet("Please send a CV.", Applicant("X"))
    attach(packet, "cv", [path])
    found = one(check_packet(packet), "no-text-layer")
    assert "2 of 2 pages" in found.evidence and "OCR" in found.fix
    assert not findings(check_packet(packet), "blank-page")


def _with_font_renamed(source, target, base_font):
    """A copy whose Helvetica is called something else, so it counts as a font not embedded."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font.get_object()[NameObject("/BaseFont")] = NameObject(base_font)
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def test_fonts_not_embedded(make_pdf, tmp_path):
    path = _with_font_renamed(make_pdf("plain.pdf"), tmp_path / "cv.pdf", "/Calibri")
    packet = new_packet("Please send a CV.", Applicant("Page"))
    attach(packet, "cv", [path])
    found = one(check_packet(packet), "fonts-not-embedded")
    assert "Calibri" in found.evidence
    attach(packet, "cv", [make_pdf("helvetica.pdf")])  # standard 14 fonts are fine
    assert len(findings(check_packet(packet), "fonts-not-embedded")) == 1


def test_javascript_and_attachments(make_pdf, tmp_path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(make_pdf("plain.pdf")))
    writer.add_attachment("data.csv", b"a,b\n1,2\n")
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.alert('hi')")})
    path = tmp_path / "active.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    packet = new_packet("Please send a CV.", Applicant("Page"))
    attach(packet, "cv", [path])
    found = one(check_packet(packet), "active-content")
    assert found.severity == INFO
    assert "scripts" in found.message and "data.csv" in found.message


def test_word_limit(seed_packet, make_text_pdf):
    req = seed_packet.posting.requirement("research_statement")
    req.max_words = 500
    found = one(check_packet(seed_packet), "over-word-limit")
    assert found.severity == ERROR and "500" in found.message


def test_file_size_limit(seed_packet):
    seed_packet.posting.max_file_mb = 0.05
    found = findings(check_packet(seed_packet), "file-too-large")
    assert found and "the posting takes at most 0.05 MB" in found[0].message


def test_total_size_against_the_profile(seed_packet, isolated_dirs):
    profiles = isolated_dirs / "config" / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "tiny.json").write_text(json.dumps({"title": "Tiny", "max_total_mb": 0.1}))
    seed_packet.export_options.profile = "tiny"
    found = one(check_packet(seed_packet), "packet-too-large")
    assert "Tiny takes at most 0.1 MB in all" in found.message


def test_a_profile_that_cannot_be_loaded_is_reported(seed_packet, isolated_dirs):
    """A packet naming a portal profile that is not installed (a colleague's own, say) gets a
    warning that its limits were not checked, instead of the limits being skipped silently."""
    seed_packet.export_options.profile = "our-portal"
    found = one(check_packet(seed_packet), "unknown-profile")
    assert found.severity == WARNING and "our-portal" in found.message + found.evidence
    assert "Choose one of" in found.fix  # the installed profiles are named
    profiles = isolated_dirs / "config" / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "broken.json").write_text("{")
    seed_packet.export_options.profile = "broken"
    assert "cannot be read" in one(check_packet(seed_packet), "unknown-profile").message


def test_missing_letters_can_be_marked_as_sent_separately():
    packet = new_packet("Send a CV and three letters of recommendation.", Applicant("X"))
    found = [f for f in check_packet(packet).findings if f.code == "missing-required"]
    letters = next(f for f in found if f.requirement_id == "letters")
    assert letters.action == "mark submitted separately"


def test_duplicate_document(seed_packet, sample_copy):
    attach(seed_packet, "writing_sample", [sample_copy / "cv.pdf"])
    found = one(check_packet(seed_packet), "duplicate-document")
    assert found.message == "cv.pdf is attached twice (also under CV)."


def test_page_size_against_profile(make_pdf, isolated_dirs):
    profiles = isolated_dirs / "config" / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "a4portal.json").write_text(json.dumps({"title": "A4 Portal",
                                                        "page_size": "a4"}))
    packet = new_packet("Please send a CV.", Applicant("Page"))
    attach(packet, "cv", [make_pdf("cv.pdf", 2)])
    packet.export_options.profile = "a4portal"
    found = one(check_packet(packet), "page-size")
    assert "not A4" in found.message and "Letter" in found.evidence
    attach(packet, "cv", [make_pdf("a4.pdf", size=(595.28, 841.89))])
    assert len(findings(check_packet(packet), "page-size")) == 1


def test_landscape_and_mixed_sizes(make_pdf, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for source in (make_pdf("p.pdf"), make_pdf("l.pdf", size=(792, 612))):
        writer.append(PdfReader(source))
    path = tmp_path / "mixed.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    packet = new_packet("Please send a CV.", Applicant("Page"))
    attach(packet, "cv", [path])
    assert one(check_packet(packet), "landscape-pages").page == 2


def test_facts_are_cached_by_hash(seed_packet, monkeypatch, isolated_dirs):
    check_packet(seed_packet)
    cached = list((isolated_dirs / "cache" / "pdf-facts").glob("*.json"))
    assert len(cached) == 3

    def fail(reader):
        raise AssertionError("read again although cached")

    monkeypatch.setattr(pdffacts, "analyse", fail)
    again = check_packet(seed_packet)
    assert one(again, "cv-publications")


def test_damaged_cache_is_ignored(seed_packet, isolated_dirs):
    check_packet(seed_packet)
    for path in (isolated_dirs / "cache" / "pdf-facts").glob("*.json"):
        path.write_text("{not json")
    assert one(check_packet(seed_packet), "cv-publications")


def test_html_report_escapes_and_groups(seed_packet):
    from packetizer.core.reports.html import format_check_html

    seed_packet.applicant.name = "<b>Eve</b> & Zed"
    report = check_packet(seed_packet)
    text = format_check_html(seed_packet, report, today=dt.date(2026, 11, 25))
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; Zed" in text and "<b>Eve</b>" not in text
    assert text.count('<section class="req') == len(seed_packet.posting.requirements)
    assert "name-missing" in text and "25 November 2026" in text


def test_tagged_pdf_is_noted(make_pdf, tmp_path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(make_pdf("plain.pdf")))
    writer._root_object[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)})
    path = tmp_path / "tagged.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    packet = new_packet("Please send a CV.", Applicant("Page"))
    attach(packet, "cv", [path])
    assert one(check_packet(packet), "tagged-pdf").severity == INFO


def test_every_remaining_code_has_a_real_sample(make_pdf, tmp_path, monkeypatch):
    """too-many, bad-page-selection, not-a-file, unreadable, no-pages, orphan-document,
    conversion-failed, pages-without-text, mixed-page-sizes: one packet that has them all."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    from packetizer.core.model import Document
    from tests.conftest import write_docx

    packet = new_packet("Send a CV and up to two writing samples.", Applicant("Page"))
    attach(packet, "cv", [make_pdf("cv.pdf", 2, text="Curriculum")])
    samples = [make_pdf(f"s{i}.pdf", 1, text=f"Sample {i}") for i in range(3)]
    attach(packet, "writing_sample", samples)
    packet.documents[0].pages = "1-5"  # the CV has 2 pages
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(make_pdf("whole.pdf", 3).read_bytes()[:400])
    empty = tmp_path / "empty.pdf"
    with open(empty, "wb") as handle:
        PdfWriter().write(handle)
    mixed = tmp_path / "mixed.pdf"
    writer = PdfWriter()
    for source in (make_pdf("letter.pdf", text="Letter page"),
                   make_pdf("a4.pdf", text="A4 page", size=(595.28, 841.89))):
        writer.append(PdfReader(source))
    with open(mixed, "wb") as handle:
        writer.write(handle)
    picture = tmp_path / "figure.png"
    Image.new("RGB", (100, 100), "green").save(picture)
    figure = tmp_path / "figure.pdf"
    c = canvas.Canvas(str(figure), invariant=1)
    c.drawString(72, 700, "Text on the first page")
    c.showPage()
    c.drawImage(str(picture), 72, 72, 400, 400)
    c.showPage()
    c.save()
    monkeypatch.setenv("PACKETIZER_SOFFICE", str(tmp_path / "broken-soffice"))
    (tmp_path / "broken-soffice").write_text("#!/bin/sh\necho 'Error: bad file'; exit 1\n")
    (tmp_path / "broken-soffice").chmod(0o755)
    docx = write_docx(tmp_path / "cv.docx", ["Curriculum"])
    cv = packet.posting.requirement("cv").id
    for doc_id, path in (("dir", tmp_path), ("cut", truncated), ("empty", empty),
                         ("mixed", mixed), ("figure", figure), ("docx", docx)):
        packet.documents.append(Document(id=doc_id, requirement_id=cv, path=str(path)))
    packet.documents.append(Document(id="orphan", requirement_id="gone", path=str(figure)))
    report = check_packet(packet)
    by_code = {f.code: f for f in report.findings}
    assert by_code["too-many"].requirement_id == packet.posting.requirement("writing_sample").id
    assert "goes past the last page (2)" in by_code["bad-page-selection"].message
    assert by_code["not-a-file"].document_id == "dir"
    assert by_code["unreadable"].document_id == "cut"
    assert by_code["no-pages"].document_id == "empty"
    assert by_code["orphan-document"].document_id == "orphan"
    assert "Error: bad file" in by_code["conversion-failed"].message
    assert by_code["pages-without-text"].page == 2
    assert "Letter" in by_code["mixed-page-sizes"].evidence
    assert "A4" in by_code["mixed-page-sizes"].evidence


def test_a_working_paper_as_the_sample(seed_packet, make_text_pdf):
    paper = make_text_pdf("wp.pdf", [
        "Strategic concealment in innovation races", "WORKING PAPER — please do not cite",
        "Abstract", "We study races between firms. " * 30, "References", "Smith, J. (2020)."])
    replace(seed_packet, "writing_sample", paper)
    found = one(check_packet(seed_packet), "sample-not-article")
    assert "preprint or working paper" in found.message and "WORKING PAPER" in found.evidence


def test_a_paper_asked_for_may_be_a_preprint(make_text_pdf):
    packet = new_packet("To apply, send a CV and a paper you are proud of.", Applicant(""))
    paper = make_text_pdf("wp.pdf", ["A draft", "WORKING PAPER", "We study races. " * 40])
    attach(packet, "publications", [paper])
    assert not findings(check_packet(packet), "sample-not-article")


def test_page_text_is_read_with_pdfium_and_pypdf_takes_over(make_text_pdf, monkeypatch):
    from pypdf import PdfReader

    from packetizer.core.files import pagefacts, pdftext

    path = make_text_pdf("t.pdf", ["Research statement", "My research develops methods."])
    texts = pdftext.page_texts(path.read_bytes(), 1)
    assert texts and "My research develops methods." in texts[0] and "\r" not in texts[0]
    assert pdftext.page_texts(b"not a pdf", 1) is None
    assert pdftext.page_texts(path.read_bytes(), 2) is None  # pypdf sees another page count
    monkeypatch.setattr(pagefacts, "page_texts", lambda *args: None)  # pdfium not there
    facts = pagefacts.analyse(PdfReader(path))
    assert "My research develops methods." in facts.pages[0].text


def test_a_postings_size_limit_in_its_own_units_and_for_the_one_pdf(make_pdf, tmp_path):
    """A posting's "5 MB" is 5,000,000 bytes ("5 MiB" is 5,242,880); when it asks for one PDF,
    check warns before exporting that the PDF would break the limit, and the export names it."""
    import os

    from packetizer.core.check import check_packet
    from packetizer.core.export import export_packet
    from packetizer.core.model import Applicant
    from packetizer.core.packet import attach, new_packet
    from packetizer.core.posting.facts import find_size_limit_mb

    assert find_size_limit_mb("files must not exceed 5 MB") == 5.0
    assert find_size_limit_mb("no more than 5 MiB") == 5.243
    assert find_size_limit_mb("up to 500 KB each") == 0.5
    packet = new_packet("Please upload a single PDF of no more than 1 MB containing a CV and a "
                        "research statement.", Applicant("Ana Ferreira", "ana@example.org"))
    assert packet.posting.max_file_mb == 1.0 and packet.posting.single_pdf
    big = []
    for name in ("cv.pdf", "statement.pdf"):
        path = make_pdf(name, 1)
        with open(path, "ab") as handle:  # padding after %%EOF: still a valid PDF, 600 kB
            handle.write(b"\n%" + os.urandom(300_000).hex().encode()[:600_000] + b"\n")
        big.append(path)
    attach(packet, "cv", [big[0]])
    attach(packet, "research_statement", [big[1]])
    report = check_packet(packet)
    too_large = [f for f in report.findings if f.code == "export-too-large"]
    assert too_large and "at most 1 MB" in too_large[0].message
    assert not [f for f in report.findings if f.code == "file-too-large"]  # each file fits
    from packetizer.core.appdata.profiles import load_profile, size_notes

    notes = size_notes(load_profile("generic"), [1_200_000], packet.posting.max_file_mb)
    assert notes == ["a file is 1.20 MB; the posting takes at most 1 MB"]
    assert export_packet(packet, tmp_path / "packet.pdf").page_count == 3


def test_limits_on_the_whole_application(make_pdf):
    """The posting's page limit for all of it (the cover counted), and a portal's number of
    files for separate files."""
    posting = ("Send a CV and a research statement. The entire application must not exceed 5 "
               "pages.")
    packet = new_packet(posting, Applicant("Ana Ferreira"))
    assert packet.posting.max_total_pages == 5
    from packetizer.core.packet import load_packet, save_packet

    save_packet(packet, make_pdf("x.pdf").with_name("x.packet"))
    assert load_packet(make_pdf("x.pdf").with_name("x.packet")).posting.max_total_pages == 5
    attach(packet, "cv", [make_pdf("cv.pdf", pages=3)])
    attach(packet, "research_statement", [make_pdf("rs.pdf", pages=2)])
    over = one(check_packet(packet), "packet-over-page-limit")
    assert over.severity == ERROR and "6 pages with its cover" in over.message
    assert "cover page out" in over.fix  # the documents alone fit
    packet.export_options.cover_page = False
    assert not findings(check_packet(packet), "packet-over-page-limit")
    many = new_packet("Send a CV, a cover letter, a research statement, a teaching statement, "
                      "a diversity statement and a writing sample.", Applicant("Ana"))
    for req in many.posting.requirements:
        attach(many, req.id, [make_pdf(f"{req.id}.pdf")])
    many.export_options.profile = "oxford-recruitment"
    files = one(check_packet(many), "too-many-files")
    assert "7 files" in files.message and "at most 5" in files.message


def _pdf_with_image(path, data: bytes, color_space, width: int = 2, height: int = 1,
                    flate: bool = True):
    """A one-page PDF drawing one image XObject whose stream is `data` as given."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    image = StreamObject()
    image._data = data
    image.update({NameObject("/Type"): NameObject("/XObject"),
                  NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(width),
                  NameObject("/Height"): NumberObject(height),
                  NameObject("/BitsPerComponent"): NumberObject(8),
                  NameObject("/ColorSpace"): color_space})
    if flate:
        image[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im0"): writer._add_object(image)})})
    content = DecodedStreamObject()
    content.set_data(b"q 200 0 0 100 72 600 cm /Im0 Do Q\nBT /F1 12 Tf 72 500 Td (A caption) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(content)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def test_a_damaged_image_is_named_before_export(tmp_path):
    from pypdf.generic import NameObject

    path = _pdf_with_image(tmp_path / "broken.pdf", b"not deflate data at all",
                           NameObject("/DeviceRGB"))
    packet = new_packet("Please send a research statement.", Applicant("Ana"))
    attach(packet, "research_statement", [path])
    found = one(check_packet(packet), "damaged-image")
    assert found.severity == WARNING and "1 image on page 1 is damaged" in found.message
    whole = _pdf_with_image(tmp_path / "fine.pdf", zlib.compress(b"\x00" * 6),
                            NameObject("/DeviceRGB"))
    packet = new_packet("Please send a research statement.", Applicant("Ana"))
    attach(packet, "research_statement", [whole])
    assert not findings(check_packet(packet), "damaged-image")


def test_a_page_whose_content_has_an_images_compression_is_named(tmp_path, make_pdf):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(make_pdf("statement.pdf", pages=2)))
    contents = writer.pages[1]["/Contents"].get_object()
    contents[NameObject("/Filter")] = NameObject("/JBIG2Decode")  # as a fuzzed file has it
    broken = tmp_path / "jbig2-content.pdf"
    with open(broken, "wb") as handle:
        writer.write(handle)
    packet = new_packet("Please send a research statement.", Applicant("Ana"))
    attach(packet, "research_statement", [broken])
    found = one(check_packet(packet), "damaged-content")
    assert found.severity == WARNING and found.page == 2
    assert "page 2 cannot be read" in found.message and "JBIG2Decode" in found.evidence
    packet = new_packet("Please send a research statement.", Applicant("Ana"))
    attach(packet, "research_statement", [make_pdf("fine.pdf", pages=2)])
    assert not findings(check_packet(packet), "damaged-content")


def test_the_trial_copy_verdict_is_cached_by_the_files_hash(make_pdf):
    from packetizer.core.appdata import paths

    packet = new_packet("Please send a CV.", Applicant("Ana"))
    attach(packet, "cv", [make_pdf("cv.pdf", pages=2)])
    check_packet(packet)
    verdict = paths.cache_dir() / "copy-check" / f"{packet.documents[0].sha256}.json"
    assert json.loads(verdict.read_text(encoding="utf-8")) == {"version": 2, "problem": ""}
