"""Materials named by sentences without a verb: a list that lost its bullets when it was pasted
("Three letters of recommendation (preferably …). Statement of goals (500–1000 words). A
portfolio of your work … Official transcripts, Resume"), or a paragraph that opens on a
material's name as its title ("One official transcript from all colleges attended. If …,
transcripts should show …")."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import Span
from packetizer.core.posting.requests import FINITE_RE
from packetizer.core.posting.splits import BRACKETED_RE
from packetizer.core.posting.vocabulary import classify, first_other, lead_words

# the verbs a noun phrase does not hold (participles like "describing" it may)
_VERB_RE = re.compile(FINITE_RE.pattern + r"|\b(?:has|have|had|do|does|did|submit|send|provide|"
                      r"upload|include[sd]?|contains?|describes?|requires?|offers?|seeks?|"
                      r"please|we|you|they|i)\b", re.IGNORECASE)
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
_LONGEST = 160  # characters: a noun phrase, not a paragraph
# the words a material's name may stand behind ("One official transcript", "Three letters")
_LEAD_WORDS = frozenset("a an the one two three four five six your all official unofficial "
                        "certified current recent updated up-to-date complete full detailed brief "
                        "short signed".split())


def _opens_on(s_text: str, pos: int) -> bool:
    return lead_words(s_text, pos) == 0 or \
        all(word in _LEAD_WORDS for word in re.findall(r"[\w'-]+", s_text[:pos].lower()))


def _names_first(s_text: str) -> tuple[str, int, int] | None:
    """The material a verbless sentence opens on, if it is one."""
    plain = BRACKETED_RE.sub(" ", s_text)
    if len(plain.strip()) > _LONGEST or _VERB_RE.search(plain) or s_text.rstrip().endswith(":"):
        return None
    found = classify(s_text)
    if found is not None and _opens_on(s_text, found[1]):
        return found
    other = first_other(s_text)
    if other is not None and _opens_on(s_text, other):
        return classify(s_text[other:]) or ("other", other, other)
    return None


def _same_paragraph(text: str, a: Span, b: Span) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return not _PARAGRAPH_BREAK_RE.search(text, first.end, second.start)


def _start(text: str, sentence: Span) -> int:
    """Where the sentence's words start, past a page's address on a line above them."""
    url = re.match(r"\s*(?:https?://|www\.)\S+[ \t]*\n", text[sentence.start:sentence.end])
    return sentence.start + (url.end() if url else 0)


def _first_line(text: str, sentence: Span) -> str:
    return text[_start(text, sentence):sentence.end].split("\n", 1)[0]


def _heading(text: str, sentence: Span) -> bool:
    """A line of its own without a full stop ("Personal Statement" over its paragraph) is a
    heading; a name without one after other sentences on its line ("…. Resume") is not."""
    first = _first_line(text, sentence).rstrip()
    start = _start(text, sentence)
    line_start = text.rfind("\n", 0, start) + 1
    return not first.endswith((".", "!", "?")) and not text[line_start:start].strip()


def verbless_item(text: str, every: list[Span], number: int) -> Span | None:
    """The words of sentence `number` if it is a material's name without a verb, in a paragraph
    where another such sentence stands, or the paragraph's first sentence with the next one on
    the same kind; None if it is not. A name ends at its line's end ("…, Resume" / "Embark on
    …")."""
    here = every[number]
    first = _first_line(text, here)
    found = _names_first(first)
    if found is None or _heading(text, here):
        return None
    words = Span(_start(text, here), _start(text, here) + len(first))
    near = [k for k in range(max(0, number - 6), min(len(every), number + 7))
            if k != number and _same_paragraph(text, here, every[k])]
    if any(_names_first(_first_line(text, every[k])) is not None and
           not _heading(text, every[k]) for k in near):
        return words
    opens = number == 0 or text[:_start(text, here)].rstrip(" \t").endswith("\n")
    if not opens or number + 1 not in near or found[0] == "other":
        return None
    after = classify(every[number + 1].text(text))
    return words if after is not None and after[0] == found[0] else None
