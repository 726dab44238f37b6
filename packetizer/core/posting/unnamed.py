"""The short names in a list of materials that name nothing the vocabulary knows: "• Letters
of Reference" / "• Medical School Performance Evaluation" is one more material."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import LIST_MARK_RE, Span, strip_span
from packetizer.core.posting.lines import list_mark_kind
from packetizer.core.posting.phrases import Item
from packetizer.core.posting.requests import FINITE_RE, TRIGGER_RE
from packetizer.core.posting.vocabulary import classify

# a list line that is a short name and nothing else: "• Medical School Performance Evaluation"
_BARE_NAME_RE = re.compile(r"[A-Z][\w/&()'’-]*(?:[ \t]+[\w/&()'’-]+){0,6}[ \t]*$")
# (what a list of requirements holds besides materials: "• German or English language skills")
_NOT_A_NAME_RE = re.compile(r"\b(?:not|no|none|deadline|date|salary|fee|contact|address|phone|"
                            r"e-?mail|website|www|http|skills?|experience|proficiency|knowledge|"
                            r"competen\w*|abilit\w+|fluen\w+|willing\w*|nationals?|citizens?|"
                            r"degrees?|eligib\w+|qualifi\w+|ph\.?\s?d|doctorate|master['’]?s?|"
                            r"bachelor['’]?s?|years?|months?|weeks?|days?|hours?|you|your|we|our|"
                            r"anything|everything|something|else|type|kind|length|preferred|"
                            # ("• General information about yourself": a form's section)
                            r"general\s+information)\b",
                            re.IGNORECASE)
UNNAMED_GAP = 2  # lines between one list line and the next of the same list


def unnamed_in_lists(text: str, lines: list[Span], items: list[Item]) -> list[Item]:
    """The lines of a materials list that name a material the vocabulary does not know
    ("• Letters of Reference" / "• Medical School Performance Evaluation"): in a list whose
    other lines mostly name materials, a line that is only a short name is one more."""
    runs: list[list[Span]] = []
    last = -1  # the index of the last list line
    for index, line in enumerate(lines):
        raw = line.text(text)
        if not LIST_MARK_RE.match(raw):
            continue
        between = lines[last + 1:index] if runs else []
        same_kind = bool(runs) and list_mark_kind(raw) == list_mark_kind(runs[-1][-1].text(text))
        if same_kind and len(between) <= UNNAMED_GAP and \
                not any(other.text(text).rstrip().endswith(":") for other in between):
            runs[-1].append(line)
        else:
            runs.append([line])
        last = index
    found: list[Item] = []
    starts = [item.span.start for item in items if item.in_zone]
    for run in runs:
        named = [line for line in run if any(line.start <= start < line.end
                                             for start in starts)]
        # (a point under one of them says what it holds: "* A response to a paper:" / "    *
        # Its limitations")
        indent = min(len(line.text(text)) - len(line.text(text).lstrip()) for line in named) \
            if named else 0
        bare = [line for line in run if line not in named and _bare_name(line.text(text)) and
                len(line.text(text)) - len(line.text(text).lstrip()) <= indent]
        if len(named) >= 3 and len(bare) > 0 and 2 * len(bare) <= len(named):
            for line in bare:
                body = line.text(text)
                start = line.start + LIST_MARK_RE.match(body).end()
                name = strip_span(text, start, line.end)
                found.append(Item("other", name, name, True))
    return found


def _bare_name(line: str) -> bool:
    body = LIST_MARK_RE.sub("", line, count=1).strip().rstrip(".;,")
    # ("6. The C", where the page was cut off, names nothing)
    return bool(_BARE_NAME_RE.fullmatch(body)) and not FINITE_RE.search(body) and \
        not re.fullmatch(r"(?:the|an?|your)\s+\w", body, re.IGNORECASE) and \
        not _NOT_A_NAME_RE.search(body) and not TRIGGER_RE.search(body) and \
        not classify(body)


# "Please submit the following materials as part of your proposal:": each point under it is one
_MATERIALS_INTRO_RE = re.compile(r"\b(?:submit|send|provide|include|upload|attach|prepare)\b[^.:]*"
                                 r"\bthe\s+following\s+(?:materials|documents|items)\b[^.:]*:\s*$",
                                 re.IGNORECASE)
# ("- Log in to the portal": a step, not a material)
_STEP_VERB_RE = re.compile(r"\W*(?:log|sign|click|go|visit|fill|complete|submit|send|upload|use|"
                           r"make|ensure|note|read|create|register|enter|select|choose|pay|"
                           r"check|contact|email|e-mail|wait|follow)\b", re.IGNORECASE)
_NAME_END_RE = re.compile(r"\s+(?:outlining|including|describing|detailing|indicating|listing|"
                          r"showing|from|for|with|that|which)\b|\s*[(,;:.]", re.IGNORECASE)


def named_by_intro(text: str, lines: list[Span], items: list[Item]) -> list[Item]:
    """The points under "Please submit the following materials …:" that name nothing the
    vocabulary knows ("- A detailed cost breakdown, including any fees"): each one more
    material, named by its first words."""
    starts = [item.span.start for item in items]
    found: list[Item] = []
    for index, line in enumerate(lines):
        if not _MATERIALS_INTRO_RE.search(line.text(text)):
            continue
        for point in lines[index + 1:]:
            raw = point.text(text)
            if not raw.strip():
                continue
            if not LIST_MARK_RE.match(raw):
                break
            body_start = point.start + LIST_MARK_RE.match(raw).end()
            body = text[body_start:point.end]
            if any(point.start <= start < point.end for start in starts) or \
                    classify(body) or FINITE_RE.match(body) or _NOT_A_NAME_RE.match(body) or \
                    _STEP_VERB_RE.match(body):
                continue
            end = _NAME_END_RE.search(body)
            name = strip_span(text, body_start, body_start + (end.start() if end else len(body)))
            if name.end > name.start:
                found.append(Item("other", name, point, True))
    return found


# "A data statement should be attached", "Human and/or Animal Investigation Statement (…)
# should be appended": a statement the vocabulary does not know, asked for by name
_STATEMENT_SUBJECT_RE = re.compile(r"\W*(?:(?:an?|the|your)\s+)?(?P<name>(?:[\w/-]+\s+){1,4}?"
                                   r"statement)\s*(?:\([^()]{0,120}\))?\s*", re.IGNORECASE)


def unnamed_statement(text: str, start: int, end: int) -> Span | None:
    """The name of the statement text[start:end] is, when it is one and nothing known."""
    subject = _STATEMENT_SUBJECT_RE.fullmatch(text, start, end)
    if subject is None or classify(text[start:end]) or FINITE_RE.search(subject.group("name")):
        return None
    return Span(subject.start("name"), subject.end("name"))
