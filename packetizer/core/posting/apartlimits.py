"""Limits said apart from an item: a page or word limit in a sentence of its own that names the
material again ("The research statement should not exceed 3 pages", "…, limiting your
narrative to 10 pages"), and one on the first point under a line that names it."""

from __future__ import annotations

import re

from packetizer.core.model import Requirement
from packetizer.core.posting.blocks import LIST_MARK_RE, sentences_in
from packetizer.core.posting.limits import max_pages, max_words
from packetizer.core.posting.vocabulary import classify

# "For Professional Services roles keep your CV short": a limit for some only
FOR_OTHERS_RE = re.compile(
    r"\bfor\s+(?!all\b|this\b|the\s+(?:position|post)\b)(?:[\w-]+\s+){1,4}?(?:roles|posts|positions|"
    r"jobs|staff|applicants|candidates)\b[^.\n]*", re.IGNORECASE)
# ("…, limiting your narrative to 10 pages or less")
_BARE_NAME_RE = re.compile(r"^\W*(?:(?:the|this|your)\s+)?(statement|letter|proposal|essay|plan|"
                           r"narrative|portfolio|description)s?\b"
                           r"(?=\s+(?:should|must|may|is|are|cannot|can)\b)|"
                           r"\blimit(?:ing)?\s+(?:the|your)\s+(statement|letter|proposal|essay|"
                           r"plan|narrative)\s+to\b", re.IGNORECASE)
_WHAT_IT_COUNTS_RE = re.compile(r"(?<=\b(?:pages|words))(?:\s*\([^()]{0,40}\))?\s*,?\s*"
                                r"(?:including|excluding|inclusive\s+of)\s+[^.;]*", re.IGNORECASE)
_LIMIT_WORD_RE = re.compile(r"\b(?:pages?|pp|words|seiten?)\b", re.IGNORECASE)


def limits_said_elsewhere(text: str, requirements: list[Requirement]) -> None:
    """A page or word limit stated in a sentence of its own ("The research statement should
    not exceed 3 pages", under "Format") for a material that is on the checklist once."""
    by_kind: dict[str, list[Requirement]] = {}
    for req in requirements:
        by_kind.setdefault(req.kind, []).append(req)
    for sentence in sentences_in(text, 0, len(text)):
        s_text = sentence.text(text)
        if not _LIMIT_WORD_RE.search(s_text):
            continue
        found = classify(s_text)
        bare = _BARE_NAME_RE.search(s_text) if found is None or found[0] == "other" else None
        word = (bare.group(1) or bare.group(2)) if bare else ""
        named = [r for r in requirements if bare and re.search(
            rf"\b{word}\b", r.label, re.IGNORECASE)] if bare else []
        if len(named) == 1 and named[0].kind != "other":
            # "Personal Statement:" / … / "The statement should be one or two pages.": the one
            # statement on the checklist
            group = 1 if bare.group(1) else 2
            found = (named[0].kind, bare.start(group), bare.end(group))
            by_kind = {**by_kind, found[0]: named}
        if found is None or found[0] == "other" or len(by_kind.get(found[0], ())) != 1:
            continue
        if re.search(r"\bnot\s+(?:included|counted)\s+in\b|\bdo(?:es)?\s+not\s+count\b", s_text,
                     re.IGNORECASE):
            continue  # "References are required but not included in the three-page maximum"
        if re.search(r"\b(?:typical(?:ly)?|usually|normally|generally)\b", s_text, re.IGNORECASE):
            continue  # "A typical cover letter … is 1½ to 2 pages": what is usual, not a limit
        bracket = re.match(r"\s*\([^()]{1,30}\)", s_text[found[2]:])
        if bracket and (max_pages(bracket.group()) or max_words(bracket.group())):
            # "Within your cover letter (3-page max), please describe (1) your research
            # interests …": the limit in brackets after the name is that material's
            s_text = s_text[:found[2] + bracket.end()]
        # ("… four pages at most, including the bibliography": what the limit counts)
        after = _WHAT_IT_COUNTS_RE.sub("", s_text[found[2]:])
        # ("Proposal Narrative" / "…, limiting your narrative to 10 pages": one named twice)
        if (classify(after) or found)[0] != found[0] or FOR_OTHERS_RE.search(s_text) or \
                re.search(r"(?:^|\n)\W*if\s+you\b", s_text, re.IGNORECASE):
            continue  # names two materials: which one the limit is for is not clear; or it is
            # for some applicants only ("For Professional Services roles keep your CV short",
            # "If you are planning to go to the American market, … at most one page")
        req = by_kind[found[0]][0]
        limit_at = sentence.start + _LIMIT_WORD_RE.search(s_text).start()
        if req.sentence and req.sentence.start <= sentence.start < req.sentence.end and \
                (req.source is None or limit_at < req.source.end or
                 classify(text[req.source.end:limit_at])):
            continue  # (its own words hold the limit, or none; "The proposal … should be
            # attached as a PDF, with a maximum of 8 pages": the limit after its words, nothing
            # else named between)
        rest = s_text[found[2]:]
        if re.match(r"\s+(?:should|must|will|may)\s+(?:also\s+)?(?:include|contain)\s+(?:a|an)\s+"
                    r"(?:one|two|three|\d{1,2})[\s-]+page\b", rest, re.IGNORECASE):
            continue  # "the research proposal should include a one page bibliography": a part's
        if req.max_pages is None:
            req.max_pages = max_pages(rest)
        if req.max_words is None:
            req.max_words = max_words(rest)
    limits_under_names(text, requirements)


def limits_under_names(text: str, requirements: list[Requirement]) -> None:
    """"2. Research Plan" / "• No more than 2 pages, 11 pt. font …": a limit on the first
    point under a line that only names a material is that material's."""
    by_kind: dict[str, list[Requirement]] = {}
    for req in requirements:
        by_kind.setdefault(req.kind, []).append(req)
    lines = text.split("\n")
    for n, line in enumerate(lines):
        name = LIST_MARK_RE.sub("", line, count=1).strip().rstrip(":")
        found = classify(name) if 0 < len(name.split()) <= 5 else None
        if found is None or found[0] == "other" or found[1] > 0 or found[2] < len(name) or \
                len(by_kind.get(found[0], ())) != 1:
            continue
        below = next((other for other in lines[n + 1:n + 4] if other.strip()), "")
        if not LIST_MARK_RE.match(below):
            continue
        point = LIST_MARK_RE.sub("", below, count=1)
        req = by_kind[found[0]][0]
        if req.max_pages is None and re.match(r"\s*(?:max(?:imum)?\.?|up\s+to|no\s+more\s+than)\b",
                                              point, re.IGNORECASE):
            req.max_pages = max_pages(point.split(",")[0])
