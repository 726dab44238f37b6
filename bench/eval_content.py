"""Score the content checks against hand-labelled real documents.

    python bench/eval_content.py [--quiet] [FOLDER]      (default ../shared/realpdf/files)

The labels are in tests/data/realpdf-labels.tsv (what each applicant's document is, what a CV
lists, whether a statement has past work and plans, whether a paper is published); the PDFs are
other people's and stay in ../shared. Each labelled document is

- attached to the item of its own kind, under a posting that asks for everything the rules
  check ("a CV listing peer-reviewed publications and conferences", "a research statement on
  your achievements and future plans", "a journal article or book chapter"): every content
  warning the labels contradict is a false alarm, counted per rule;
- attached to each main item of another kind (CV, cover letter, research statement, writing
  sample): a `content-mismatch` there is a wrong attachment caught;
- for CVs and résumés, its journal and conference counts compared with the labels.

It prints the false alarms per rule and per document, the wrong attachments caught per pair,
the CVs whose counts are exactly right, and every failure, so a change can be judged at once.
"""

from __future__ import annotations

import csv
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from packetizer.core.check.content_rules import content_findings
from packetizer.core.check.cv import read_cv
from packetizer.core.check.kinds import FAMILY
from packetizer.core.files.inspect import ReaderCache, inspect_file
from packetizer.core.files.pagefacts import pdf_facts
from packetizer.core.model import Document
from packetizer.core.posting import read_posting

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "realpdf-labels.tsv"
DEFAULT_FOLDER = ROOT.parent / "shared" / "realpdf" / "files"

POSTING = """Required application materials
- A CV which lists all peer-reviewed publications and conferences
- A cover letter
- A research statement that outlines your research achievements and future research interests
- A teaching statement
- A diversity statement
- A journal article or book chapter
- A list of publications
- Transcripts
- Contact information for three references
"""
# the item each labelled kind belongs to (kinds with no item are only attached elsewhere)
OWN_ITEM = {"cv": "cv", "resume": "cv", "cover_letter": "cover_letter",
            "research_statement": "research_statement", "teaching_statement":
            "teaching_statement", "diversity_statement": "diversity_statement",
            "article": "writing_sample", "publications": "publications",
            "transcripts": "transcripts", "references": "references"}
# the items a document is wrongly attached to, to see whether the mismatch is caught
WRONG_ITEMS = ("cv", "cover_letter", "research_statement", "writing_sample")
# documents whose kind a reader can tell apart from those items
TELLABLE = {"cv", "resume", "cover_letter", "research_statement", "teaching_statement",
            "diversity_statement", "article", "transcripts"}


@dataclass
class Label:
    file: str
    kind: str
    surname: str
    journal: int | None
    conference: int | None
    talks: str
    past: str
    future: str
    published: str
    note: str

    @property
    def family(self) -> str:
        return FAMILY.get(OWN_ITEM.get(self.kind, self.kind), self.kind)


@dataclass
class Result:
    documents: int = 0
    with_false_alarm: int = 0
    false_alarms: Counter = field(default_factory=Counter)  # rule -> documents
    fired: Counter = field(default_factory=Counter)  # rule -> documents it fired on (own item)
    wrong_total: Counter = field(default_factory=Counter)  # "cv→research_statement" -> tried
    wrong_caught: Counter = field(default_factory=Counter)
    cv_total: int = 0
    cv_exact: int = 0
    lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        tried, caught = sum(self.wrong_total.values()), sum(self.wrong_caught.values())
        return {
            "documents": self.documents,
            "false_alarm_rate": self.with_false_alarm / self.documents if self.documents else 0,
            "false_alarms": dict(self.false_alarms),
            "wrong_item_caught": caught / tried if tried else 1.0,
            "cv_counts_exact": self.cv_exact / self.cv_total if self.cv_total else 1.0,
            "cvs": self.cv_total,
        }


def read_labels(path: Path = LABELS) -> list[Label]:
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    labels = []
    for row in csv.DictReader(rows, delimiter="\t"):
        def number(key: str, row=row) -> int | None:
            return int(row[key]) if row[key].isdigit() else None
        labels.append(Label(row["file"], row["kind"], row["surname"], number("journal"),
                            number("conference"), row["talks"], row["past"], row["future"],
                            row["published"], row["note"]))
    return labels


def _contradicted(code: str, label: Label) -> bool:
    """Is this warning, on the document's own item, wrong by the labels?"""
    if code == "content-mismatch":
        return True
    if code == "cv-no-publications":
        return bool((label.journal or 0) + (label.conference or 0))
    if code == "cv-no-conferences":
        return bool(label.conference) or label.talks == "y"
    if code == "statement-no-achievements":
        return label.past == "y"
    if code == "statement-no-future":
        return label.future == "y"
    if code == "sample-not-article":
        return label.published == "y"
    if code == "name-missing":
        return label.surname != "-"
    return False


def evaluate(folder: Path = DEFAULT_FOLDER, verbose: bool = True) -> dict:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # real files: many harmless warnings
    posting = read_posting(POSTING)
    items = {r.kind: r for r in posting.requirements}
    missing = set(OWN_ITEM.values()) - set(items)
    assert not missing, f"the evaluation posting lost items: {missing}"
    result = Result()
    for label in read_labels():
        path = folder / label.file
        if not path.is_file():
            continue
        readers = ReaderCache()  # one at a time: a reader holds its whole file
        facts = inspect_file(str(path), readers)
        reader = readers.get(str(path))
        if not facts.usable or reader is None:
            continue
        pdf = pdf_facts(reader, facts.sha256)
        pages = list(range(facts.page_count))
        text, words = pdf.text(pages), pdf.words(pages)
        applicant = label.surname if label.surname != "-" else "Ana Example"
        doc = Document(id="d", requirement_id="", path=str(path))

        own = OWN_ITEM.get(label.kind)
        if own:
            result.documents += 1
            wrong = []
            for finding in content_findings(items[own], doc, text, words, applicant,
                                            pages=[page.text for page in pdf.pages]):
                if finding.severity == "info":
                    continue
                result.fired[finding.code] += 1
                if _contradicted(finding.code, label):
                    wrong.append(finding)
                    result.false_alarms[finding.code] += 1
            if wrong:
                result.with_false_alarm += 1
                for finding in wrong:
                    result.lines.append(f"  FALSE ALARM {finding.code} on {label.file}: "
                                        f"{finding.message} {finding.evidence}"[:300])

        if label.kind in TELLABLE and words >= 40:
            for item in WRONG_ITEMS:
                if FAMILY.get(item, item) == label.family:
                    continue
                pair = f"{label.kind}→{item}"
                result.wrong_total[pair] += 1
                codes = [f.code for f in content_findings(items[item], doc, text, words,
                                                          applicant)]
                if "content-mismatch" in codes:
                    result.wrong_caught[pair] += 1
                else:
                    result.lines.append(f"  NOT CAUGHT  {label.file} as {item}")

        if label.kind in ("cv", "resume") and label.journal is not None and \
                "cannot be read" not in label.note:
            result.cv_total += 1
            pubs = read_cv([page.text for page in pdf.pages])
            if (pubs.journal, pubs.conference) == (label.journal, label.conference):
                result.cv_exact += 1
            else:
                result.lines.append(f"  CV COUNTS   {label.file}: labelled {label.journal} "
                                    f"journal, {label.conference} conference; read "
                                    f"{pubs.journal}, {pubs.conference}")
    summary = result.as_dict()
    if verbose:
        print("\n".join(result.lines))
        print(f"\ndocuments on their own item: {result.documents}; with a false alarm: "
              f"{result.with_false_alarm} ({summary['false_alarm_rate']:.1%})")
        for code in sorted(result.fired):
            print(f"  {code:28} fired {result.fired[code]:3}, false {result.false_alarms[code]:3}")
        print("wrong attachments caught:")
        for pair in sorted(result.wrong_total):
            print(f"  {pair:40} {result.wrong_caught[pair]:3} of {result.wrong_total[pair]}")
        print(f"  overall {summary['wrong_item_caught']:.1%}")
        print(f"CV journal and conference counts exactly right: {result.cv_exact} of "
              f"{result.cv_total} ({summary['cv_counts_exact']:.1%})")
    return summary


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--quiet"]
    folder = Path(args[0]) if args else DEFAULT_FOLDER
    if not folder.is_dir():
        print(f"{folder}: no such folder (the real-PDF corpus is not here)", file=sys.stderr)
        sys.exit(2)
    evaluate(folder, verbose="--quiet" not in sys.argv)
