"""The material names' quick search (`anchors`) answers exactly as the whole patterns do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from packetizer.core.posting.anchors import (
    AnchoredPattern,
    alternatives,
    anchors,
    part_anchors,
    pattern_key,
)
from packetizer.core.posting.anchortable import ANCHORS
from packetizer.core.posting.vocabulary import ANCHORED_RES, KIND_RES, classify

# words the names are made of, and words around them, to build phrases that hit the patterns
WORDS = ("a an the your two three letter letters of recommendation reference support cover "
         "statement research teaching diversity CV cv vitae curriculum résumé transcript "
         "transcripts official proof degree certificate copy passport writing sample chapter "
         "publications list papers names contact referees form application budget plan "
         "proposal abstract thesis portfolio syllabi evaluations from chair dean head "
         "submit send include please and or with (s) , . ; : ( ) 1 2 pages page").split()


def test_the_alternatives_of_a_pattern_are_its_top_level_branches():
    assert alternatives(r"a|(b|c)|[|x]|\||d") == ["a", "(b|c)", "[|x]", r"\|", "d"]
    assert alternatives(r"[]|]|e") == ["[]|]", "e"]
    for _kind, regex in KIND_RES:
        assert "|".join(alternatives(regex.pattern)) == regex.pattern


def test_anchors_are_words_every_match_holds():
    # (of the words a match must hold, the set whose shortest word is longest)
    assert anchors(r"\bletters?\s+of\s+(?:support|reference)") == {"support", "reference"}
    assert anchors(r"(?:cover|covering)\s+letter") == {"letter"}
    assert anchors(r"(?:CV|DVD)s?\b") == {"cv", "dvd"}
    assert anchors(r"(?:a\s+)?\w+\s+statement|plan") == {"statement", "plan"}
    assert anchors(r"\w+\s+(?:report)?") is None  # it can match without a word of its own
    assert anchors(r"[a-z]+\d|letter") is None


def test_a_pattern_searched_by_its_anchors_finds_what_the_whole_finds():
    anchored = AnchoredPattern(re.compile(r"\bcover\s+letter|letters?\s+of\s+support|\bcv\b",
                                          re.IGNORECASE))
    for text in ("Send a Cover Letter.", "two letters of support", "no match here", "CV and"):
        whole = anchored.whole.search(text)
        got = anchored.search(text, text.casefold())
        assert (got and got.span()) == (whole and whole.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_every_kind_is_found_as_its_whole_pattern_would(words):
    text = " ".join(words)
    for (kind, regex), anchored in zip(KIND_RES, ANCHORED_RES, strict=True):
        whole = regex.search(text)
        got = anchored.search(text, text.casefold())
        assert (got and got.span()) == (whole and whole.span()), kind
    classify(text)  # and the reader's own use of it does not fail


def test_the_anchor_table_holds_the_patterns_as_they_are():
    # a stale table gives the same answers, only slower at start-up: run tools/anchor_table.py
    for _kind, regex in KIND_RES:
        parts = alternatives(regex.pattern)
        stored = ANCHORS.get(pattern_key(regex.pattern, regex.flags))
        assert stored is not None and len(stored) == len(parts), \
            "run tools/anchor_table.py after editing the names' patterns"
        assert [None if words is None else set(words) for words in stored] == \
            [anchors(part, regex.flags) for part in parts]


def test_a_pattern_not_in_the_table_has_its_anchors_worked_out():
    pattern = r"\bteaching\s+portfolio|(?:a\s+)?syllabus"
    assert part_anchors(pattern, re.IGNORECASE, alternatives(pattern)) == [
        {"portfolio"}, {"syllabus"}]
