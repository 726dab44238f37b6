"""Lines that say the list under them is one material's parts, not materials of its own: "…
a research statement, covering:", "They should contain the following paragraphs:", "Documents
acceptable as proof of funds include:"."""

from __future__ import annotations

import re

from packetizer.core.posting.vocabulary import classify

# a line saying what the material named before holds: "They should contain the following
# paragraphs:"
THEIR_PARTS_RE = re.compile(
    r"^\W*(?:they|it|these|this|each)\s+(?:should|must|will|need\s+to)\s+(?:also\s+)?(?:contain|"
    r"include|cover|have)\s+(?:the\s+)?following\s+(?:paragraphs|sections|parts|points|elements|"
    r"topics)\s*:\s*$|"
    # "… submits a separate application form. This document must include:" / "• name, …"
    r"^.*?\b(?:this|the)\s+(?:document|form)\s+(?:should|must|will)\s+(?:also\s+)?(?:include|"
    r"contain|state|give)\s*:\s*$", re.IGNORECASE)


# "… and a one-page research statement, covering but not limited to:": the list is its parts
# ("Outline of the proposal (max. five pages) including (Uploads – proposal):": its brackets)
_PARTS_FOLLOW_RE = re.compile(r",?\s*\b(?:including|covering|addressing)(?:\s*,?\s*but\s+not\s+"
                              r"limited\s+to)?(?:\s*\([^()]{1,60}\))?\s*:\s*$", re.IGNORECASE)


def holds_parts(kinds: set[str], introduced: str, introducer: str) -> bool:
    """Are the materials a list line names, under a line that introduces the parts of one of
    kind `introduced`, its parts? Of its own kind they are ("A statement of research … that
    includes" / "Overview of your research …", the list flattened); under a line that ends in
    a colon, so is anything with no name of a kind ("- A covering letter which will contain:"
    / "- a paragraph on why the project appeals to you" / "- your start date"). With no
    `introduced`: whether a line naming these kinds leaves those parts going on (the referees
    listed among a CV's parts are asked for all the same)."""
    if not introduced:  # does a line naming these leave the parts going on?
        return bool(kinds) and kinds <= {"references", "letters"} and \
            introducer.rstrip().endswith(":")
    # (the papers a CV lists are part of it: "- give the references of any papers you have
    # published" among its parts)
    return kinds == {introduced} or (
        introducer.rstrip().endswith(":") and introduced != "other" and
        kinds <= {"other", introduced} | ({"publications"} if introduced == "cv" else set()))


# "Documents acceptable as proof of funds include:": the ways to give the one proof asked for
_ACCEPTED_AS_RE = re.compile(r"\b(?:documents?|evidence|forms?)\s+(?:acceptable|accepted)\s+as\s+"
                             r"(?:proof|evidence)\s+of\b[^:]{0,80}:\s*$", re.IGNORECASE)


def parts_follow(line: str) -> bool:
    """Does this line end by naming one material and saying its parts follow ("… a research
    statement, covering:", or "They should contain the following paragraphs:" under it), so
    the list under it names no materials of its own?"""
    if THEIR_PARTS_RE.match(line) or _ACCEPTED_AS_RE.search(line):
        return True
    match = _PARTS_FOLLOW_RE.search(line)
    before = re.sub(r"\s*\([^()]*\)\s*$", "", line[:match.start()]).rstrip() if match else ""
    for word in list(re.finditer(r"\S+", before))[-6:]:
        named = classify(before[word.start():])
        if named and named[0] != "other" and word.start() + named[2] == len(before):
            return True
    return False
