"""Where a list of materials splits into one phrase per material: at commas, semicolons and
"and", not inside brackets, nor inside one thing's name ("names and contact information of
three referees", "their completed and proposed research"); "a letter of application with
curriculum vitae" is two documents, "a CV including two references" a CV and the referees."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import Span
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.names import LIMIT_WORDS
from packetizer.core.posting.vocabulary import STATEMENT_FIELDS, classify, first_other, lead_words

_SPLIT_RE = re.compile(
    r"\s*;\s*|,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|plus\s+)?|\s+and,?\s+(?:also\s+)?|"
    r"\s+and\s*/\s*or\s+|"
    r"\s+(?:und|sowie)\s+|\s+et\s+(?!al\b)(?!studiorum\b)|\s+samt\s+|\s+(?:og|och)\s+|"
    # Italian and Portuguese: "una lettera di motivazione e da due lettere di referenza"
    r"\s+e\s+(?=(?:da|di|de|una?|il|la|le|gli|lo|os|as|o|dal|della|dei|delle|copia|cópia)\s)|"
    r"\s+as\s+well\s+as\s+|\s+along\s*with\s+|\s+together\s+with\s+|\s+plus\s+|\s+\+\s+|"
    r"\s+accompanied\s+by\s+|"
    # "… two referees' letters Attachment 3: Short outline …": run-in numbered attachments
    r"\s+(?-i:Attachment|Annex|Appendix|Enclosure)\s+\d{1,2}\s*:\s*|"
    # "- A completed application form- Description of …": list items glued by their dashes
    r"(?-i:(?<=[a-z])[-–]\s+(?=[A-Z]))",
    re.IGNORECASE,
)
# ("names, addresses and contact details of three referees": one thing)
_KEEP_TOGETHER_RE = re.compile(r"\b(?:names?|addresses|e-?mails?|(?:tele)?phone\s+numbers)\s*$",
                               re.IGNORECASE)
BRACKETED_RE = re.compile(r"\([^()]*\)")
# ("evidence of teaching effectiveness, such as sample syllabi and teaching evaluations": the
# examples are part of the material they follow)
_EXAMPLES_RE = re.compile(r"(?:e\.\s?g\.|z\.\s?b\.|(?:for\s+example|for\s+instance|such\s+as|"
                          # ("other required papers like visa, residence permit etc.")
                          r"zum\s+beispiel|(?<=[a-z]s\s)like)\b)",
                          re.IGNORECASE)


# ("once you have finished the application form, provided three references, and uploaded …":
# what has been done, each with its own verb)
CHUNK_VERB_RE = re.compile(r"\s*(?:(?:and|or)\s+)?(?:please\s+)?(?:(?:should|must)\s+)?(?:also\s+)?"
                           r"(?:submit(?:ted)?|sen[dt]|include[ds]?|provided?|attach(?:ed)?|"
                           r"upload(?:ed)?|complete[ds]?|write|finished|fill(?:ed)?(?:\s+(?:in|out))?|"
                           # "Email a full CV …" ("E-mail addresses of referees" names them)
                           r"e-?mail(?=\s+(?:a|an|the|your|us)\s)|"
                           # "…, ask your four letter writers to write you a general letter"
                           r"ask(?=\s+(?:your|the|their)\s)|"
                           # "…, and should arrange to have three letters … sent"
                           r"arrange\s+(?:to\s+have|for)|have)\s+"
                           r"(?:(?:your|the|a|an|our)\s+)?",
                           re.IGNORECASE)


_ONE_NAME_RE = re.compile(r"\b(?:diversity|equity|inclusion)(?:,?\s+(?:and\s+)?(?:diversity|equity|"
                          r"inclusion|inclusivity|belonging|accessibility|justice)\b){1,4}|"
                          # ("a balance sheet and profit and loss statement": the accounts)
                          r"\bbalance\s+sheets?\s+(?:and|&)\s+(?:the\s+)?profit\s+(?:and|&)\s+loss\b|"
                          # French: "les travaux et ouvrages cités": one's works
                          r"\btravaux(?:,?\s+(?:et\s+)?(?:ouvrages|articles|réalisations)\b){1,3}",
                          re.IGNORECASE)
_LIMIT_AFTER_RE = re.compile(rf"\s*{LIMIT_WORDS}", re.IGNORECASE)
_LIMIT_END_RE = re.compile(rf",\s*{LIMIT_WORDS}\s*$", re.IGNORECASE)
_STATE_WORDS = (r"(?:current|past|present|future|completed|proposed|planned|ongoing|previous|"
                r"prior|recent|intended|published|unpublished|forthcoming|in-press|accepted|projected|"
                # "your bachelor and master thesis", "BSc and MSc transcripts"
                r"bachelor['’]?s?|master['’]?s?|undergraduate|graduate|B\.?Sc\.?|M\.?Sc\.?)")
_STATE_END_RE = re.compile(rf"(?<![\w-]){_STATE_WORDS}\s*$", re.IGNORECASE)
_STATE_START_RE = re.compile(rf"\s*{_STATE_WORDS}\s", re.IGNORECASE)


def _named_next(rest: str) -> bool:
    """Does this start with a named material ("a CV, …")? After a list's comma, "grants and a
    CV" is two things."""
    found = classify(rest)
    return bool(found) and found[0] != "other" and lead_words(rest, found[1]) <= 1


# "degree certificate – passport- transcript – résumé- …": a list run together with dashes
_DASH_SEP_RE = re.compile(r"\s+[–—]\s+|(?:(?<=[^\W\d_])|(?<=\)))-\s+(?!(?:and|or|to)\b)"
                          r"(?=[^\W\d_])")


# "for fiction writers, 40 pages of prose": how much of one material a genre sends
_GENRE_AMOUNT_RE = re.compile(rf"\s*for\s+[\w\s,-]{{2,60}}?,\s*(?:up\s+to\s+)?(?:{NUM})\s+pages\s+"
                              rf"of\b", re.IGNORECASE)


def paren_depth_splits(text: str, start: int, end: int) -> list[Span]:
    """Split a list sentence at commas, semicolons and "and", but not inside parentheses."""
    pieces, pos, depth = [], start, 0
    segment = text[start:end]
    cuts = []
    dashes = list(_DASH_SEP_RE.finditer(segment))
    if len(dashes) >= 3:  # (two or more dashes in a row are a list's separators)
        cuts = [m for m in dashes if segment[:m.start()].count("(") <=
                segment[:m.start()].count(")")]
    # ("an Equity, Diversity and Inclusion statement": one name, its commas inside it)
    kept = [m.span() for m in _ONE_NAME_RE.finditer(segment)]
    for match in _SPLIT_RE.finditer(segment):
        if any(a < match.start() < b for a, b in kept):
            continue
        if re.match(r",\s*(?:i\.\s?e\.|e\.\s?g\.|namely\b|that\s+is\b)", segment[match.start():],
                    re.IGNORECASE):
            continue  # "proof of your English, i.e. a test certificate": the same, explained
        if _KEEP_TOGETHER_RE.search(segment[:match.start()]) and \
                re.match(r"(?:\s+and|,)\s+(?:and\s+)?(?:contact|e-?mail|addresses|affiliations|"
                         r"(?:tele)?phone)",
                         match.group() + segment[match.end():match.end() + 12], re.IGNORECASE):
            continue  # "names and contact information of three referees": one thing
        depth = segment[:match.start()].count("(") - segment[:match.start()].count(")")
        depth += segment[:match.start()].count("[") - segment[:match.start()].count("]")
        since = segment[cuts[-1].end() if cuts else 0:match.start()]
        if re.match(r"\s+and\s", match.group(), re.IGNORECASE) and \
                len(since.split()) <= 2 and not classify(since) and \
                not CHUNK_VERB_RE.match(segment, match.end()) and \
                not (cuts and _named_next(segment[match.end():])):
            continue  # "a summary and table of contents of your dissertation": one thing
            # ("your profile and provide details …": a second request)
        if re.match(r"\s+and\s|,\s*(?!and\b|or\b)", match.group(), re.IGNORECASE) and \
                re.search(r"\b[A-Z]{2,6}$", since) and \
                re.match(r"[A-Z]{2,6}\b", segment[match.end():]) and \
                (classify(since) or ("other",))[0] == "other":
            continue  # "TOEFL and GRE test results", "GRE, TOEFL results": one thing ("a CV
            # and GRE scores": two)
        if re.match(r"\s+and\s*/", match.group()):
            after = classify(segment[match.end():])
            before = classify(since)
            if not after or not before or "other" in (after[0], before[0]) or \
                    after[0] == before[0]:
                continue  # "research publications and/or preprints", "… and/or artistic
                # portfolio": one thing ("your CV and/or transcript": two)
        if re.match(r"\s+and\s", match.group(), re.IGNORECASE) and \
                re.search(r"\b(?:how|why|what|whether)\b", since, re.IGNORECASE):
            following = classify(segment[match.end():match.end() + 80])
            if not following or lead_words(segment[match.end():], following[1]) > 1:
                continue  # "a statement explaining how your track record and future research
                # vision align …": the clause goes on ("… why you apply and a CV" does not)
        if re.match(r"\s+and\s", match.group(), re.IGNORECASE) and \
                re.search(r"\bincluding\s+(?:an?|the|your)\s+[\w-]+$", since,
                          re.IGNORECASE) and \
                not re.match(r"(?:an?|the|your|their)\s", segment[match.end():], re.IGNORECASE):
            continue  # "a motivation letter including a teaching and research plan": one thing
        if re.match(r"\s+and\s", match.group(), re.IGNORECASE) and \
                re.fullmatch(rf"\s*(?:(?:an?|the|your)\s+)?{STATEMENT_FIELDS}\s*", since,
                             re.IGNORECASE) and \
                re.match(rf"{STATEMENT_FIELDS}\s+statement\b", segment[match.end():],
                         re.IGNORECASE):
            continue  # "…, transcripts, teaching and research statement": one statement of both
        if re.match(r"\s+and\s", match.group(), re.IGNORECASE) and \
                re.search(r"\bbetween\b(?!.*\band\b)", since, re.IGNORECASE):
            continue  # "a letter confirming the link between the plan and the thesis": one thing
        if re.match(r"\s+and\s", match.group(), re.IGNORECASE) and \
                _STATE_END_RE.search(since) and _STATE_START_RE.match(segment, match.end()):
            continue  # "their completed and proposed research": one thing, of two times
        if match.group().startswith(",") and (
                _LIMIT_AFTER_RE.match(segment, match.end()) or _LIMIT_END_RE.search(since)):
            continue  # "a statement, of a maximum of 2 pages in length, outlining …": one thing
        if match.group().startswith(",") and re.fullmatch(rf"\W*{NUM}", since, re.IGNORECASE):
            continue  # "three, original signed letters of recommendation": one thing
        if match.group().startswith(",") and segment[match.start() - 1:match.start()].isdigit() \
                and re.match(r"\d{3}\b", segment[match.start() + 1:]):
            continue  # "up to 20,000 words": one number
        if match.group().startswith(",") and (_EXAMPLES_RE.match(segment, match.end()) or
                                              re.search(r"(?:e\.\s?g\.|for\s+example|for\s+instance)"
                                                        r"\s*$", since, re.IGNORECASE)):
            continue  # "…, such as sample syllabi", "…, e.g., a journal article or book chapter":
            # examples of what comes before
        if not match.group().lstrip().startswith(";") and _EXAMPLES_RE.search(since) and \
                (classify(segment[match.end():]) or ("other",))[0] == "other":
            continue  # "… such as sample syllabi and teaching evaluations": one example run
        if re.match(r"\s*soit\b", segment[match.end():], re.IGNORECASE) and \
                re.search(r"\bsoit\b", segment[:match.start()], re.IGNORECASE):
            continue  # "une copie, soit du diplôme …, soit d'une attestation …": one of these
        if _GENRE_AMOUNT_RE.match(segment, match.end()):
            continue  # "…: for poets, 20 pages of poetry; for prose writers, 40 pages": one thing
        if depth <= 0:
            cuts.append(match)
    or_other = len(cuts) >= 2 and bool(re.fullmatch(r",?\s*or\s+", cuts[-1].group(),
                                                    re.IGNORECASE)) and \
        bool(re.match(r"other\b", segment[cuts[-1].end():], re.IGNORECASE))
    if len(cuts) >= 2 and re.fullmatch(r",\s*or\s+", cuts[-1].group(), re.IGNORECASE) and \
            all(re.fullmatch(r",\s*", cut.group()) for cut in cuts[:-1]) and not or_other and \
            all(len(piece.split()) <= 3
                for piece in re.split(r",\s*(?:or\s+)?", BRACKETED_RE.sub("", segment))):
        cuts = []  # "relevant papers, project descriptions, or code links": one of these
    k = len(cuts) - 1 if or_other else 0  # the cut before "or other …"
    while k >= 1:
        # "a brochure, catalog, or other printed information about …": one of these, back to
        # the first that is a named material ("a CV, cover letter, or other materials" are
        # three)
        before = segment[cuts[k - 1].end():cuts[k].start()]
        found = classify(before)
        if (found and found[0] != "other") or len(before.split()) > 3:
            break
        del cuts[k]
        k -= 1
    cuts.sort(key=lambda m: m.start())
    for match in cuts:
        if start + match.start() < pos:
            continue  # (a dash and a comma at one place)
        pieces.append(Span(pos, start + match.start()))
        pos = start + match.end()
    pieces.append(Span(pos, end))
    return [p for p in pieces if p.end > p.start]


# documents that are never part of a letter ("a cover letter with a brief description of your
# research" is one letter)
_DOCUMENT_KINDS = frozenset({"cv", "resume", "transcripts", "letters", "writing_sample"})


def letter_with(text: str, chunk: Span) -> list[Span]:
    """"a letter of application with curriculum vitae" and "a CV with official transcripts"
    name two documents; "a CV with a list of publications" one."""
    chunk_text = text[chunk.start:chunk.end]
    found = classify(chunk_text)
    form = first_other(chunk_text)
    joint = re.search(r"\s+(?:with|avec)\s+", chunk_text[form:]) if form is not None and \
        lead_words(chunk_text, form) <= 1 and found and form < found[1] else None
    # ("a list of grants, which is to be attached with the CV": where it goes)
    if joint and re.search(r"\b(?:be|is|are|shall|should|must|will)\b",
                           chunk_text[form:form + joint.start()], re.IGNORECASE):
        joint = None
    if joint and found[0] in _DOCUMENT_KINDS and found[1] >= form + joint.end() and \
            lead_words(chunk_text[form + joint.end():], found[1] - form - joint.end()) <= 1:
        # "une demande de mutation avec curriculum vitae": the form and the CV
        return [Span(chunk.start, chunk.start + form + joint.start()),
                Span(chunk.start + form + joint.end(), chunk.end)]
    if not found or found[0] not in ("cover_letter", "cv", "resume"):
        return [chunk]
    joint = re.compile(r"(?:\s+[\w-]+){0,2}?(\s+with\s+)", re.IGNORECASE).match(chunk_text,
                                                                               found[2])
    if not joint:
        return [chunk]
    rest = chunk_text[joint.end():]
    other = classify(rest)
    if not other or other[0] not in _DOCUMENT_KINDS or lead_words(rest, other[1]) > 1 or \
            (found[0] != "cover_letter" and other[0] in ("cv", "resume")):
        return [chunk]
    return [Span(chunk.start, chunk.start + joint.start(1)),
            Span(chunk.start + joint.end(), chunk.end)]


_REFEREES_WITHIN_RE = re.compile(
    r"\s+(including|with|(?:that|which)\s+(?:includes|contains|lists))\s+"
    r"(?=(?:the\s+)?(?:names?|contacts?|contact\s+(?:information|details))?"
    r"(?:[^,;()]|\([^()]{0,40}\)){0,70}?\b(?:references|referees)\b)", re.IGNORECASE)


def referees_within(text: str, chunk: Span) -> list[Span]:
    """"Full CV including at least 2 references": the referees are an item of their own, as
    they are after a comma ("a CV, including the names of three referees")."""
    chunk_text = text[chunk.start:chunk.end]
    found = classify(chunk_text)
    if not found or found[0] not in ("cv", "resume", "cover_letter", "transcripts"):
        return [chunk]
    joint = _REFEREES_WITHIN_RE.search(chunk_text, found[2])
    # ("transcripts (unofficial is acceptable) with names of two references": after the
    # brackets close, not inside them)
    if not joint or chunk_text[:joint.start()].count("(") > chunk_text[:joint.start()].count(")"):
        return [chunk]
    if found[0] == "transcripts" and not re.match(r"\s*(?:the\s+)?(?:names?|contacts?)\b",
                                                  chunk_text[joint.end():], re.IGNORECASE):
        return [chunk]
    # ("… that includes contact details of three referees": the referees, without the verb)
    start = joint.end() if re.match(r"(?:that|which)\s", joint.group(1), re.IGNORECASE) \
        else joint.start(1)
    return [Span(chunk.start, chunk.start + joint.start()), Span(chunk.start + start, chunk.end)]


_ASKS_FOR_RE = re.compile(
    r"\s*(?:should|must|will\s+need\s+to|needs?\s+to)\s+(?:also\s+)?(?:include|contain|"
    r"address|cover)\s", re.IGNORECASE)


def asks_for_more(chunk: str, found: tuple[str, int, int]) -> int | None:
    """Where the request starts when a material named after others asks for more itself
    ("the letter of application should include …"), else None."""
    match = _ASKS_FOR_RE.match(chunk, found[2])
    if match is None or lead_words(chunk, found[1]) > 1:
        return None
    return match.end() if classify(chunk[match.end():]) else None
