"""Head nouns that several fields share: "research, teaching and service statements" and "a
teaching, research, and outreach statement" are three documents, "statements of research and
teaching interests" two; each named by its field and the shared noun."""

from __future__ import annotations

import re

from packetizer.core.posting.vocabulary import STATEMENT_FIELDS, classify

SHARED_HEAD_RE = re.compile(
    r"\b(?P<mods>(?:[A-Za-z-]+,\s+)*[A-Za-z-]+,?\s+(?:and|or)\s+[A-Za-z-]+)\s+"
    r"(?P<head>statements|proposals|plans)\b", re.IGNORECASE)
# "a teaching, research, and outreach statement": three fields in a list, three statements
# ("a teaching and research statement" may be one)
_SHARED_SINGULAR_RE = re.compile(
    rf"\b(?P<mods>(?:{STATEMENT_FIELDS},\s+)+{STATEMENT_FIELDS},?\s+(?:and|or)\s+"
    rf"{STATEMENT_FIELDS})\s+(?P<head>statement)\b",
    re.IGNORECASE)


# "supervisor and reference letters": a letter of each kind
_LETTER_KINDS = r"(?:supervisor|reference|recommendation|cover|support|sponsor|mentor|host)"
_SHARED_LETTERS_RE = re.compile(rf"\b(?P<mods>{_LETTER_KINDS}(?:,\s+{_LETTER_KINDS})*,?\s+"
                                rf"(?:and|or)\s+{_LETTER_KINDS})\s+(?P<head>letters)\b",
                                re.IGNORECASE)


_FIELD_WORDS = r"\b(?:research|teaching|service|mentoring|outreach|diversity|leadership)\b"
_SHARED_OF_RE = re.compile(
    # plural: "a statement of research and teaching interests" is one document
    # ("statements on diversity, teaching, and research": three, named by their fields alone)
    rf"\b(?:(?:brief|short|concise|separate)\s+)?statements\s+(?P<of>of|on|about)\s+"
    rf"(?:(?:your|the|their)\s+)?(?P<mods>{_FIELD_WORDS}(?:,\s+"
    rf"{_FIELD_WORDS})*,?\s+(?:and|or)\s+{_FIELD_WORDS})(?:\s+(?P<tail>interests|philosoph(?:y|ies)|"
    r"plans|goals|experience|accomplishments|activities)\b(?:\s*\([^()]*\))?|(?=\s*(?:[,;.)]|$)))",
    re.IGNORECASE)


_PHRASE_START_RE = re.compile(
    r"(?:^|[,;:(]|\b(?:a|an|the|your|their|and|or|of|plus|with|submit|include|send|provide|"
    r"upload|following|well\s+as))\s*$", re.IGNORECASE)


def _shared_modifiers(segment: str, shared: re.Match) -> list[re.Match]:
    """The words that share a head noun ("research", "teaching" of "research and teaching
    statements"), read back from the noun: each a word of its own, none a material itself
    ("current CV, research and …"), the first not the end of another phrase ("a cover letter,
    research and …")."""
    words = list(re.finditer(r"[A-Za-z-]+", segment[:shared.end("mods")]))
    words = [w for w in words if w.start() >= shared.start("mods")]
    kept: list[re.Match] = []
    for word in reversed(words):
        if word.group().lower() in ("and", "or"):
            continue
        if classify(word.group()):
            break
        if kept and not re.fullmatch(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+",
                                     segment[word.end():kept[-1].start()]):
            break
        kept.append(word)
    if kept and not _PHRASE_START_RE.search(segment[:kept[-1].start()]):
        kept.pop()  # "a cover letter, research and …": "letter" ends a phrase of its own
    kept.reverse()
    return kept if len(kept) >= 2 else []




def shared_heads(segment: str) -> tuple[int, list[tuple[str, int, int, str]], int] | None:
    """Where the shared phrase starts, its documents (kind, start, end, label) and where it
    ends, when the segment names several documents by one head noun; else None."""
    shared_of = _SHARED_OF_RE.search(segment)
    if shared_of:  # "statements of research and teaching interests": two documents
        parts = []
        for word in re.finditer(_FIELD_WORDS, shared_of.group("mods"), re.IGNORECASE):
            label = f"statement of {word.group()} {shared_of.group('tail')}" if \
                shared_of.group("tail") else f"statement {shared_of.group('of')} {word.group()}"
            found = classify(label)
            parts.append((found[0] if found else "other", shared_of.start(), shared_of.end(),
                          label))
        return shared_of.start(), parts, shared_of.end()
    letters = _SHARED_LETTERS_RE.search(segment)
    if letters:  # "supervisor and reference letters": two letters
        parts = []
        for word in re.finditer(_LETTER_KINDS, letters.group("mods"), re.IGNORECASE):
            label = f"{word.group()} letter"
            found = classify(label)
            parts.append((found[0] if found else "letters", letters.start("mods") + word.start(),
                          letters.end(), label))
        return letters.start(), parts, letters.end()
    shared = SHARED_HEAD_RE.search(segment) or _SHARED_SINGULAR_RE.search(segment)
    modifiers = _shared_modifiers(segment, shared) if shared else []
    if not modifiers:
        return None
    head = shared.group("head").removesuffix("s")  # "statements" → "statement"
    parts = []
    for word in modifiers:
        label = f"{word.group()} {head}"
        found = classify(label)
        parts.append((found[0] if found else "other", word.start(), shared.end("head"), label))
    return modifiers[0].start(), parts, shared.end()
