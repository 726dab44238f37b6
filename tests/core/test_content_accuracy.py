"""How often the content rules are wrong, on a small corpus of our own varied documents.

Every document is attached under every kind; a `content-mismatch` on the right kind, or any
other content warning on a good document, is a false positive. The counts are printed (run with
`-s`) and false positives fail the test: a wrong warning costs the user's trust.
"""

from __future__ import annotations

import pytest

from packetizer.core import demo
from packetizer.core.check import check_packet
from packetizer.core.model import Applicant
from packetizer.core.packet import attach, new_packet

POSTING = """Application materials
- CV listing peer-reviewed publications and conferences
- Cover letter
- Research statement describing your achievements and future research plans
- Teaching statement
- Diversity statement
- A journal article or book chapter as a writing sample
"""
SLOTS = {"cv": "cv", "cover_letter": "cover_letter", "research_statement": "research_statement",
         "teaching_statement": "teaching_statement",
         "diversity_statement": "diversity_statement", "writing_sample": "article"}
# a good document of one of these kinds attached as anything else must be caught; between the
# statements the rules stay cautious (a research statement talks about teaching, too)
UNMISTAKABLE = {"cv", "cover_letter", "article"}
CONTENT_WARNINGS = {"content-mismatch", "cv-no-publications", "cv-no-conferences",
                    "statement-no-future", "statement-no-achievements", "sample-not-article",
                    "name-missing"}

TEACHING = [
    "Teaching Statement", demo.APPLICANT_NAME,
    "My teaching philosophy rests on one idea: students learn science by doing it. In my "
    "courses on data analysis I replace half of the lectures with short, hands-on problems "
    "that students solve in pairs, and I use their questions to decide what to explain next.",
    "As a teaching assistant for Numerical Methods (120 students) I redesigned the weekly "
    "exercises around real climate data. Course evaluations rose from 3.6 to 4.5 of 5, and "
    "several students went on to thesis projects with our group.",
    "I mentor undergraduate researchers with a simple structure: a first week of reading, "
    "a small result within a month, and a written report that we revise together. Active "
    "learning, clear learning outcomes and quick feedback are the methods I rely on.",
    "I would be glad to teach introductory statistics, machine learning and a seminar on "
    "environmental data, and to develop a new course on reproducible research.",
]
DIVERSITY = [
    "Diversity Statement", demo.APPLICANT_NAME,
    "As the first person in my family to attend university, I know how much a welcoming "
    "department matters. Equity and inclusion are part of how I teach, mentor and hire.",
    "I co-organised a summer school that reserved half of its places for students from "
    "underrepresented groups and from universities without research computing, and we "
    "provided travel grants so cost was never the reason to stay away.",
    "In my group I write down expectations, share authorship rules at the start of a "
    "project, and hold meetings at times that work for people with caring duties, so that "
    "belonging does not depend on knowing unwritten rules.",
]
ESSAY = ["Some thoughts on models", (
    "The climate system is complex and its models are large and slow to run on computers "
    "of every size. People often ask whether machines can learn the weather. ") * 10]
CHAPTER = ["Chapter 7. Learning from reanalysis", demo.APPLICANT_NAME,
           "In: M. Jones and K. Lee (eds.), Machine Learning for the Earth, Springer, 2024, "
           "pp. 141–170. ISBN 978-3-030-12345-6",
           ("Reanalysis data sets combine observations with a numerical model to give a "
            "complete picture of the atmosphere over decades. ") * 12]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(name, path, family, good): `good` documents should raise no content warning at all
    when attached where they belong."""
    folder = tmp_path_factory.mktemp("corpus")

    def text_pdf(name, paragraphs):
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        path = folder / name
        style = getSampleStyleSheet()["BodyText"]
        SimpleDocTemplate(str(path), invariant=1).build([Paragraph(p, style)
                                                          for p in paragraphs])
        return path

    return [
        ("cv numbered", demo.make_cv(folder / "cv1.pdf"), "cv", True),
        ("cv bullets", demo.make_cv(folder / "cv2.pdf", style="bullets"), "cv", True),
        ("cv apa", demo.make_cv(folder / "cv3.pdf", style="apa", pages=6), "cv", True),
        ("cv without publications", demo.make_cv(folder / "cv4.pdf",
                                                   with_publications=False), "cv", False),
        ("research statement", demo.make_statement(folder / "rs.pdf"),
         "research_statement", True),
        ("statement without plans", demo.make_statement(folder / "rs2.pdf",
                                                          with_future=False),
         "research_statement", False),
        ("cover letter", demo.make_cover_letter(folder / "cl.pdf"), "cover_letter", True),
        ("teaching statement", text_pdf("ts.pdf", TEACHING), "teaching_statement", True),
        ("diversity statement", text_pdf("ds.pdf", DIVERSITY), "diversity_statement", True),
        ("article", demo.make_article(folder / "art.pdf", pages=8), "article", True),
        ("book chapter", text_pdf("ch.pdf", CHAPTER), "article", True),
        ("essay", text_pdf("essay.pdf", ESSAY), "article", False),
    ]


def test_content_rules_on_the_corpus(corpus):
    false_positives, missed, right = [], [], 0
    for name, path, family, good in corpus:
        for slot, slot_family in SLOTS.items():
            packet = new_packet(POSTING, Applicant(demo.APPLICANT_NAME))
            attach(packet, slot, [path])
            codes = {f.code for f in check_packet(packet).findings}
            mismatch = "content-mismatch" in codes
            if slot_family == family:
                wrong = mismatch or (good and codes & CONTENT_WARNINGS)
                if wrong:
                    false_positives.append((name, slot, sorted(codes & CONTENT_WARNINGS)))
                elif not good and not codes & CONTENT_WARNINGS:
                    missed.append((name, slot, "its problem"))
                else:
                    right += 1
            elif good and family in UNMISTAKABLE and not mismatch:
                missed.append((name, slot, "mismatch"))
            else:
                right += 1
    print(f"\ncontent rules: {right} right, {len(false_positives)} false positives, "
          f"{len(missed)} missed")
    for case in false_positives + missed:
        print("  ", case)
    assert false_positives == []
    assert missed == []
