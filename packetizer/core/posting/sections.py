"""What a section of a posting is: whom it is for, when its heading names them ("For Writers:",
"Current Masters Students:", "Postdoctoral Fellows" beside "Undergraduate Students"), a page's
contents or menu under a heading, a heading that names documents only, an introduction that
says the documents under it are possible ones, "The document should contain:" over the
materials of a one-file application, and a "Requirements:" sentence that lists them."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import LIST_MARK_RE, Span, is_heading, sentences_in
from packetizer.core.posting.lines import names_a_material, starts_with_material
from packetizer.core.posting.phrases import Item
from packetizer.core.posting.requests import TRIGGER_RE
from packetizer.core.posting.vocabulary import OTHER_RE, classify, first_other, lead_words


def contents_list(text: str, lines: list[Span], start: int) -> bool:
    """Is the list right under a heading a page's contents or menu, six lines or more of
    which not a third name a material ("- Schedule" / "- Application Letters" / "- Job
    Talks" / …)?"""
    run: list[str] = []
    for line in lines[start:]:
        cur = line.text(text)
        if not cur.strip():
            continue  # (a PDF's list has blank lines between its points)
        if not LIST_MARK_RE.match(cur):
            break
        run.append(cur)
    # (a line with a limit, "- Methods and strategies 1-2 pages", is a document's, not a link's)
    named = sum(1 for cur in run if starts_with_material(cur) or
                re.search(r"\d|\bpages?\b|\bwords\b", cur, re.IGNORECASE))
    return len(run) >= 6 and 3 * named < len(run)


POSSIBLE_RE = re.compile(r"\b(?:possible|potential)\s+(?:application\s+)?(?:documents|materials|"
                         r"components|elements)\b[^.]*\.?\s*$", re.IGNORECASE)
DOCUMENTS_HEADING_RE = re.compile(r"\W*(?:general|in-depth|mandatory|necessary)\s+documents\s*:?",
                                  re.IGNORECASE)
GROUP_LINES = 12  # lines up from an item to the heading that names whom its section is for


def _group_above(text: str, item: Item) -> tuple[str, bool]:
    """Whom the section an item stands in is for, when its heading names them ("Current
    Masters Students:" / "1. … / 2. Submit a resume …"): the item is asked of them only; and
    whether that heading is a bare title ("Postdoctoral Fellows")."""
    above = text[:text.rfind("\n", 0, item.context.start) + 1].split("\n")[:-1]
    asked = next((line for line in reversed(above[-3:]) if line.strip()), "")
    case = _CASE_QUESTION_RE.match(asked)
    if case:  # an FAQ's "What if the diploma comes late?" / "Send a letter from …"
        return " ".join(case.group("case").split()), False
    titles = {" ".join(m.group("who").lower().split()) for pattern in (_GROUP_TITLE_RE,
                                                                      _GROUP_LEAD_RE)
              for m in pattern.finditer(text)}
    own = text[text.rfind("\n", 0, item.context.start) + 1:item.context.end]
    lead = _GROUP_LEAD_RE.match(own) if len(titles) >= 2 else None
    if lead:  # "Postdoctoral Fellows: Please email …" beside "Undergraduate Students: …"
        return " ".join(lead.group("who").split()), True
    for line in reversed(above[-GROUP_LINES:]):
        group = GROUP_HEADING_RE.match(line)
        if group:
            return " ".join(group.group("who").split()), False
        # "Postdoctoral Fellows" / … / "Undergraduate Students" / …: on a page with a section
        # for each, each heading names whom its section is for
        title = _GROUP_TITLE_RE.fullmatch(line) if len(titles) >= 2 else None
        if title:
            return " ".join(title.group("who").split()), True
        process = _PROCESS_HEADING_RE.match(line)
        if process:  # "High School Teacher Application Process": asked of those applicants
            return " ".join(process.group("who").split()) + " applicants", False
        # ("The packet consists of:" under the group's heading introduces its list)
        if line.strip() and is_heading(line) and not LIST_MARK_RE.match(line) and \
                not (line.rstrip().endswith(":") and TRIGGER_RE.search(line)):
            return "", False
    return "", False


_TITLE_LEVEL = (r"(?:undergraduate|graduate|master['’]?s|ph\.?\s?d\.?|doctoral|postdoctoral|"
                r"post-?doc|high[\s-]school|summer)")
_GROUP_TITLE = (rf"^[ \t#*]*(?P<who>(?:(?:current|prospective|new|visiting)\s+)?{_TITLE_LEVEL}"
                rf"(?:\s+(?:and|&|/|or)\s+{_TITLE_LEVEL})?\s+"
                r"(?:students|fellows|researchers|scholars|applicants|candidates))[ \t*]*")
_GROUP_TITLE_RE = re.compile(_GROUP_TITLE + "$", re.IGNORECASE | re.MULTILINE)
# "Postdoctoral Fellows: Please email …": a paragraph led by whom it is for
_GROUP_LEAD_RE = re.compile(_GROUP_TITLE + r":[ \t*]+(?=\S)", re.IGNORECASE | re.MULTILINE)
_CASE_QUESTION_RE = re.compile(r"\W*(?P<case>(?:suppose|what\s+if|if)\s[^?]{5,200}\?)\s*$",
                               re.IGNORECASE)
# a heading naming who its list is for: "For Writers:", "For international applicants:"
_LEVEL = (r"(?:undergraduates?|masters?|master['’]s|ph\.?\s?d\.?|doctoral|post-?doc(?:toral|s)?|"
          r"academic|administrative|technical)")
GROUP_HEADING_RE = re.compile(
    r"^\W*(?P<who>for\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?!(?:questions|details|inquiries|enquiries|"
    r"more|further|full|information)\b)(?:[A-Za-z-]+s|applicants?|candidates?|positions?|posts?|"
    r"roles?)(?=\s*:\s*$)|"
    # "Current Economics Department Masters Students:", "Doctoral Program Applicants:"
    r"(?:current\s+|prospective\s+|new\s+)?(?:[\w&()'’-]+\s+){1,6}?(?:students|applicants|"
    r"candidates)(?=\s*:\s*$)|"
    # "PhD & Post-Doctoral" / "Academic & Administrative": a heading of levels alone
    rf"{_LEVEL}(?:\s*(?:&|and|/|,)\s*{_LEVEL})+(?:\s+(?:staff|students|applicants))?)\s*:?\s*$",
    re.IGNORECASE)


_PROCESS_HEADING_RE = re.compile(r"^\W*(?P<who>(?!(?:the|a|an|our|your|typical|general|online|"
                                 r"standard|regular|full)\b)(?=(?-i:[A-Z]))(?:[\w-]+\s+){0,3}?"
                                 r"(?:undergraduate|graduate|doctoral|postdoctoral|teacher|"
                                 r"faculty|international|domestic|transfer|exchange|visiting)s?)\s+"
                                 r"application\s+(?:process|procedure|requirements)\W*$",
                                 re.IGNORECASE)


def asked_of_groups(text: str, items: list[Item]) -> list[Item]:
    """Sets each item's condition to whom its section is for; gives back the items whose
    section is headed by a bare title ("Postdoctoral Fellows")."""
    by_title: list[Item] = []
    for item in items:
        if not item.condition:
            item.condition, titled = _group_above(text, item)
            by_title += [item] if titled else []
    return by_title


def one_group_asks(by_title: list[Item], kept: list[Item]) -> None:
    """A join page whose one titled section that asks for materials is the posting: what it
    asks is asked of everyone who applies."""
    if len({item.condition for item in by_title if item in kept}) < 2:
        for item in by_title:
            item.condition = ""


_THE_DOCUMENT_RE = re.compile(r"\W*(?:the|your)\s+(?:application\s+)?(?:document|pdf(?:-file)?)\s+"
                              r"(?:should|must)\s+(?:contain|include)\s*:\s*$", re.IGNORECASE)


def opening_item(text: str, sentence: Span) -> Item:
    """The material a sentence opens on ("A research profile describing: …"), an "other"
    document's name first where it stands first."""
    words = sentence.text(text)
    named, other = classify(words), OTHER_RE.search(words)
    if other and (named is None or lead_words(words, named[1]) > 1):
        named = ("other", other.start(), other.end())
    return Item(named[0], Span(sentence.start + named[1], sentence.start + named[2]),
                sentence, True)


def documents_below(text: str, lines: list[Span], i: int) -> list[Span]:
    """"… as a single PDF-file. The document should contain:" / "A cover sheet with … A
    research profile describing …": the one file's contents are the materials, when two
    sentences under the line open on them; those sentences."""
    last = sentences_in(text, lines[i].start, lines[i].end)[-1].text(text)
    if not _THE_DOCUMENT_RE.match(last):
        return []
    below = next((line for line in lines[i + 1:i + 3] if line.text(text).strip()), None)
    opening = [sentence for sentence in (sentences_in(text, below.start, below.end) if below
                                         else [])
               for words in [sentence.text(text).lstrip(" -•")]
               for at in [min((pos for pos in ((classify(words) or (0, None))[1],
                                               first_other(words)) if pos is not None),
                              default=None)]
               if at is not None and lead_words(words, at) <= 1]
    return opening if len(opening) >= 2 else []


# "Requirements: English proficiency (TOEFL ≥ 80), official academic transcripts, recommendation
# letters, etc.": a list of requirements, most of them documents ("Requirements: a PhD in
# physics, publications in top journals, …" is a list of qualifications)
_REQUIREMENTS_LIST_RE = re.compile(r"\W*(?:application\s+)?requirements?\s*:\s*", re.IGNORECASE)
_ENTRY_SPLIT_RE = re.compile(r",\s*(?:and\s+|or\s+)?|;\s*|\s+and\s+")


def requirements_list(s_text: str) -> int | None:
    """Where the list starts when the sentence is a "Requirements:" list that mostly names
    materials, else None."""
    lead = _REQUIREMENTS_LIST_RE.match(s_text)
    if not lead:
        return None
    body = re.sub(r"\([^()]*\)", "", s_text[lead.end():])
    body = re.sub(r",?\s*\betc\b.*$", "", body.strip(" ."))
    entries = [entry for entry in _ENTRY_SPLIT_RE.split(body) if entry]
    named = sum(names_a_material(entry) for entry in entries)
    return lead.end() if named >= 2 and named * 2 > len(entries) else None
