from packetizer.core.check import ERROR, INFO, WARNING, check_packet
from packetizer.core.model import Applicant, Document
from packetizer.core.packet import attach, new_packet

POSTING = """Required Application Materials
 - CV
 - Research statement (no more than 2 pages)
 - Teaching statement (optional)

Two letters of recommendation should be sent directly by the referees.
"""


def codes(report):
    return sorted((f.code, f.severity) for f in report.findings)


def test_complete_packet_has_no_problems(make_pdf):
    packet = new_packet(POSTING, Applicant("Page"))
    attach(packet, "cv", [make_pdf("cv.pdf", 3)])
    attach(packet, "research_statement", [make_pdf("rs.pdf", 2)])
    report = check_packet(packet)
    assert report.ok
    assert codes(report) == [("optional-missing", INFO), ("submitted-separately", INFO)]
    assert report.statuses["cv"].status == "complete"
    assert report.statuses["letters"].status == "separate"
    assert report.summary(packet) == "2 of 2 required items ready"


def test_missing_required_item(make_pdf):
    packet = new_packet(POSTING, Applicant("Page"))
    attach(packet, "cv", [make_pdf("cv.pdf", 3)])
    report = check_packet(packet)
    missing = [f for f in report.findings if f.code == "missing-required"]
    assert len(missing) == 1 and missing[0].requirement_id == "research-statement"
    assert missing[0].severity == ERROR
    assert "no more than 2 pages" in missing[0].evidence  # quotes the posting
    assert report.statuses["research-statement"].status == "missing"
    assert report.summary(packet) == "1 of 2 required items ready · 1 error"


def test_page_limit_counts_selected_pages(make_pdf):
    packet = new_packet(POSTING)
    attach(packet, "cv", [make_pdf("cv.pdf", 3)])
    attach(packet, "research_statement", [make_pdf("rs.pdf", 4)])
    over = [f for f in check_packet(packet).findings if f.code == "over-page-limit"]
    assert over and "4 pages" in over[0].message and "allows 2" in over[0].message
    packet.documents[-1].pages = "1-2"
    assert not [f for f in check_packet(packet).findings if f.code == "over-page-limit"]


def test_file_problems(make_pdf, encrypted_pdf, tmp_path):
    packet = new_packet(POSTING)
    cv = make_pdf("cv.pdf", 1)
    attach(packet, "cv", [cv])
    word = tmp_path / "statement.pdf"
    word.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    locked = encrypted_pdf("locked.pdf")
    owner = encrypted_pdf("owner.pdf", owner_only=True)
    req = "research-statement"
    packet.documents += [
        Document(id="w", requirement_id=req, path=str(word)),
        Document(id="e", requirement_id=req, path=str(locked)),
        Document(id="o", requirement_id=req, path=str(owner)),
        Document(id="m", requirement_id=req, path=str(tmp_path / "gone.pdf")),
    ]
    cv.write_bytes(cv.read_bytes() + b"\n% changed")
    report = check_packet(packet)
    by_doc = {f.document_id: f for f in report.findings if f.document_id}
    assert by_doc["w"].code == "not-pdf" and "ZIP" in by_doc["w"].message
    assert by_doc["e"].code == "encrypted" and "password" in by_doc["e"].message
    assert by_doc["o"].code == "encrypted-owner" and by_doc["o"].severity == WARNING
    assert by_doc["m"].code == "file-missing"
    assert by_doc[packet.documents[0].id].code == "file-changed"
    assert report.statuses[req].status == "error"
    assert not report.ok


def test_counts(make_pdf):
    packet = new_packet("To apply, send three writing samples and a CV.")
    attach(packet, "writing_sample", [make_pdf("a.pdf", text="Sample")])
    attach(packet, "cv", [make_pdf("cv.pdf")])
    report = check_packet(packet)
    assert [f.code for f in report.findings if f.code != "no-applicant-name"] == ["too-few"]
