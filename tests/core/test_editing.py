import pytest

from packetizer.core.errors import InputError
from packetizer.core.packet import (
    add_requirement,
    attach,
    find_requirement,
    new_packet,
    remove_requirement,
    reread_posting,
    update_requirement,
)
from packetizer.core.packet.store import load_packet, save_packet

POSTING = "To apply, send a CV, a cover letter and a research statement."


def test_user_edits_survive_a_reread(make_pdf, tmp_path):
    packet = new_packet(POSTING)
    cv = find_requirement(packet, "cv")
    update_requirement(packet, cv, max_pages=2, notes="two pages, my own rule")
    extra = add_requirement(packet, "other", "Copy of PhD diploma", required=False)
    remove_requirement(packet, "cover-letter")
    attach(packet, "research_statement", [make_pdf("rs.pdf", 2)])

    save_packet(packet, tmp_path / "p.packet")
    packet = load_packet(tmp_path / "p.packet")  # the edits are saved too
    reread_posting(packet)

    ids = [r.id for r in packet.posting.requirements]
    assert ids == ["cv", "research-statement", extra.id]  # cover letter stays removed
    cv = find_requirement(packet, "cv")
    assert cv.max_pages == 2 and cv.notes == "two pages, my own rule"
    assert packet.documents[0].requirement_id == "research-statement"


def test_reread_with_new_text_keeps_documents(make_pdf):
    packet = new_packet("To apply, send a research statement.")
    attach(packet, "research_statement", [make_pdf("rs.pdf")])
    reread_posting(packet, "Application materials:\n- Research proposal (max 3 pages)\n- CV\n")
    req = find_requirement(packet, "research_statement")
    assert req.max_pages == 3
    assert packet.documents[0].requirement_id == req.id


def test_reread_keeps_a_requirement_that_still_has_documents(make_pdf):
    packet = new_packet("To apply, send a writing sample and a CV.")
    attach(packet, "writing_sample", [make_pdf("ws.pdf")])
    reread_posting(packet, "To apply, send a CV.")
    assert {r.kind for r in packet.posting.requirements} == {"cv", "writing_sample"}


def test_bad_edits_are_refused():
    packet = new_packet(POSTING)
    with pytest.raises(InputError, match="not a kind"):
        add_requirement(packet, "poem", "A poem")
    with pytest.raises(InputError, match="cannot change"):
        update_requirement(packet, packet.posting.requirements[0], id="x")
