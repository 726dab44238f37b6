"""Checks across the packet (check/across.py), on our own sample packet and invented documents,
and on applicants' real documents where ../shared/realpdf is present."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from packetizer.core import demo
from packetizer.core.check import check_packet
from packetizer.core.check.across import printed_name
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet

from ..conftest import SHARED_REALPDF

ACROSS = {"name-differs", "email-differs", "sample-not-in-cv", "letter-other-job",
          "letter-other-organization", "letter-old-date", "near-duplicate"}
POSTING = """Research Fellow in Climate Data
Northbridge Institute for Computational Science
Job ID: NICS-2026-0417
Application deadline: January 15, 2027

Required application materials
- A cover letter
- A CV which lists all peer-reviewed publications and conferences
- A research statement
- A journal article or book chapter
"""


def codes(report):
    return sorted(f.code for f in report.findings if f.code in ACROSS)


def letter(make_text_pdf, name, date, body):
    return make_text_pdf(name, [demo.APPLICANT_NAME, date, "Dear members of the search committee,",
                                body + " " + "I look forward to hearing from you. " * 8,
                                "Yours sincerely,", demo.APPLICANT_NAME])


def test_our_sample_packet_is_consistent(sample_packet):
    packet, _ = sample_packet
    assert codes(check_packet(packet, today=dt.date(2026, 12, 1))) == []


def test_a_cover_letter_written_for_another_job(sample_packet, make_text_pdf):
    packet, _ = sample_packet
    packet.posting = new_packet(POSTING, packet.applicant).posting
    attach(packet, "cv", [demo.make_cv(make_text_pdf("x.pdf", ["x"]).parent / "cv.pdf")])
    old = letter(make_text_pdf, "old.pdf", "3 March 2024",
                 "I am writing to apply for the postdoctoral position at Southfield University "
                 "(job ID SU-2024-118).")
    attach(packet, "cover_letter", [old])
    report = check_packet(packet, today=dt.date(2026, 12, 1))
    found = {f.code: f for f in report.findings if f.code in ACROSS}
    assert set(found) >= {"letter-other-organization", "letter-other-job", "letter-old-date"}
    assert "Southfield University" in found["letter-other-organization"].message
    assert "SU-2024-118" in found["letter-other-job"].message
    assert "3 March 2024" in found["letter-old-date"].message

    # the same letter written for this posting says nothing
    packet.documents = [d for d in packet.documents if d.requirement_id != "cover-letter"]
    right = letter(make_text_pdf, "right.pdf", "20 November 2026",
                   "I am writing to apply for the research fellowship at the Northbridge "
                   "Institute for Computational Science (job ID NICS-2026-0417).")
    attach(packet, "cover_letter", [right])
    assert codes(check_packet(packet, today=dt.date(2026, 12, 1))) == []


def test_a_name_printed_differently(sample_packet, make_text_pdf):
    packet, _ = sample_packet
    other = make_text_pdf("rs.pdf", ["Research Statement", "Maria Ferreira-Novák",
                                     "My research develops methods. " * 30])
    attach(packet, "research_statement", [other])
    found = [f for f in check_packet(packet).findings if f.code == "name-differs"]
    assert len(found) == 1 and "Maria Ferreira-Novák" in found[0].message


@pytest.mark.parametrize(("packet_name", "printed", "same"), [
    ("Ana Luísa Ferreira-Novák", "Ana Ferreira-Novák", True),  # a middle name left out
    ("Ana Luísa Ferreira-Novák", "A. L. Ferreira-Novak", True),  # initials, no accent
    ("Ana Ferreira-Novák", "Ana Luísa Ferreira-Novák", True),
    ("Ana Ferreira-Novák", "Maria Ferreira-Novák", False),
])
def test_names_allow_initials_middle_names_and_accents(packet_name, printed, same):
    from packetizer.core.check.across import _compatible, _given_names

    assert printed_name(f"Curriculum Vitae\n{printed}\nLisbon", "Ferreira-Novák") == printed
    assert _compatible(_given_names(packet_name), _given_names(printed)) is same


def test_the_writing_sample_is_looked_for_in_the_cv(sample_packet, make_text_pdf):
    packet, _ = sample_packet
    assert codes(check_packet(packet)) == []  # the sample article is the CV's second entry
    packet.documents = [d for d in packet.documents if d.requirement_id != "writing-sample"]
    other = make_text_pdf("other.pdf", [
        "Tidal friction in shallow seas", "A. L. Ferreira-Novák · Ocean Letters 12(3):1–9, 2024",
        "doi:10.1234/ol.2024.001", "Abstract", "We measure tides in many places. " * 40])
    attach(packet, "writing_sample", [other])
    found = [f for f in check_packet(packet).findings if f.code == "sample-not-in-cv"]
    assert len(found) == 1 and "publication entries" in found[0].evidence


def test_near_duplicates(sample_packet, make_text_pdf):
    packet, _ = sample_packet
    rng = random.Random(3)
    vocabulary = "model data climate ocean method result signal network theory field".split()
    words = [rng.choice(vocabulary) + str(rng.randint(100, 999)) for _ in range(400)]
    first = make_text_pdf("a.pdf", ["Research statement", demo.APPLICANT_NAME, " ".join(words)])
    words[50:60] = ["changed"] * 10  # a later version: a few words differ
    second = make_text_pdf("b.pdf", ["Research statement", demo.APPLICANT_NAME, " ".join(words)])
    attach(packet, "research_statement", [first, second])
    found = [f for f in check_packet(packet).findings if f.code == "near-duplicate"]
    assert len(found) == 1 and "b.pdf" in found[0].message


real = pytest.mark.skipif(not SHARED_REALPDF.is_dir(), reason="../shared/realpdf is not present")


def _real_packet(name, files):
    packet = new_packet(POSTING.replace("Northbridge Institute for Computational Science",
                                        "Example State University"), Applicant(name))
    for kind, file in files:
        attach(packet, kind, [SHARED_REALPDF / file])
    return check_packet(packet, today=dt.date(2026, 12, 1))


@real
def test_real_samples():
    """The samples docs/findings.md quotes, each from applicants' real documents."""
    report = _real_packet("Byungjin Park", [("cv", "app-posquit0-cv.pdf")])
    assert "Claud D. Park" in next(f.message for f in report.findings if f.code == "name-differs")
    report = _real_packet("So Chigusa", [("cover_letter", "app-sochigusa-cover_letter.pdf")])
    assert "University of California" in next(
        f.message for f in report.findings if f.code == "letter-other-organization")
    report = _real_packet("Chun-Ting Chen", [
        ("research_statement", "app-decoderec-research_statement.pdf"),
        ("research_statement", "app-decoderec-research_statement_times.pdf")])
    assert "% of the shorter" in next(f.evidence for f in report.findings
                                      if f.code == "near-duplicate")
    report = _real_packet("So Chigusa", [("cv", "app-sochigusa-cv.pdf"), (
        "writing_sample", "app-giggleliu-PhysRevResearch.1.023025.pdf")])
    assert any(f.code == "sample-not-in-cv" for f in report.findings)
    # and a CV with its own published paper says nothing
    report = _real_packet("Eric Zhou", [("cv", "app-ericgengzh-CV_zhou.pdf"), (
        "writing_sample", "app-ericgengzh-JMP_updated.pdf")])
    assert not any(f.code == "sample-not-in-cv" for f in report.findings)
