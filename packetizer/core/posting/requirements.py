"""The checklist items a posting asks for, from the materials `items` found: one requirement
per material, with its label, required / optional / conditional flag (and the condition), limits,
sender, and the sentence it came from."""

from __future__ import annotations

import re

from packetizer.core.model import Requirement, SourceSpan, kind_name, slugify
from packetizer.core.posting.apartlimits import FOR_OTHERS_RE, limits_said_elsewhere
from packetizer.core.posting.blocks import (
    LIST_MARK_RE,
    Span,
    join_list_continuations,
    sentences_in,
)
from packetizer.core.posting.conditions import (
    CONDITION_RE,
    DETAIL_CONDITION_RE,
    FOR_SOME_RE,
    GERMAN_IF_RE,
    IBERIAN_CASE_RE,
    MORE_MAY_BE_ADDED,
    OWN_CONDITION_RE,
    REQUIRED_OF_SOME_RE,
    asked_of_its_readers,
    condition_in,
    dashed_if,
    detail_says_optional,
    encouraged_only,
    in_list_line,
    of_an_earlier_item,
    said_not_mandatory,
    shares_trailing_condition,
    sometimes_needed,
    under_optional_point,
    without_additions,
)
from packetizer.core.posting.items import find_items
from packetizer.core.posting.labels import clean_label, german_whole_word, split_label
from packetizer.core.posting.limits import (
    NUM,
    RANGE_SEP,
    counts,
    genre_pages,
    max_pages,
    max_words,
    number_of,
)
from packetizer.core.posting.merging import (
    ATTESTING_LETTER_RE,
    closest,
    explained_under,
    its_own_subject,
    merge,
    named_within,
    noted_under,
    same_material,
    two_of_a_kind,
    under_contents_heading,
    with_form_names_joined,
)
from packetizer.core.posting.phrases import Item
from packetizer.core.posting.requests import (
    FORMAT_ASIDE_RE,
    LISTED_IN_RE,
    OPTIONAL_RE,
    SEPARATE_RE,
)
from packetizer.core.posting.vocabulary import classify


def _sentence_span(text: str, context: Span) -> SourceSpan:
    start, end = context.start, context.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return SourceSpan(start, end, text[start:end])


_CLOSING_ASIDE_RE = re.compile(r"\([^()]*\)\s*(?:[,;]|(?=\s+and\s))")
# ("sent by two to three people who are familiar with …": a range of writers)
_EACH_OF_THEM_RE = re.compile(rf"\beach\s+of\s+(?:the|your|these|those)\s+({NUM}\s+(?:referees|"
                              r"recommenders|references|letter\s+writers))\b", re.IGNORECASE)
_UP_TO_MORE_RE = re.compile(rf"\b(?:though|although|but)\s+(?:you\s+)?(?:may|can)\s+(?:also\s+)?"
                            rf"(?:list|name|provide|add|include|submit|give|send)\s+up\s+to\s+"
                            rf"({NUM})\b", re.IGNORECASE)
_THE_WRITERS_RE = re.compile(r"\b(?:your|the|their|all)\s+(?:[\w-]+\s+)?(?:references|referees|"
                             r"recommenders|letter\s+writers)\b", re.IGNORECASE)
# ('submitted by three "referees" familiar with …': quoted too)
_WRITERS_RE = re.compile(rf"\b(?:at\s+least\s+|up\s+to\s+)?{NUM}(?:{RANGE_SEP}{NUM})?\s+[\"“]?"
                         r"(?:references|referees|recommenders|letter\s+writers|people|"
                         r"persons|individuals|colleagues|(?:faculty\s+)?members|professors|"
                         r"scholars|academics|mentors)\b",
                         re.IGNORECASE)


# "ask your referees to email references to the administrator": what referees send are letters
_REFEREES_SEND_RE = re.compile(
    r"\b(?:ask|have|request|invite|arrange\s+for)\s+(?:(?:your|their|his|her|the|[\w-]+)\s+)?"
    r"(?:referees|recommenders)\s+to\s+(?:\w+\s+){0,2}?(?:send|submit|post|e-?mail|upload|"
    r"forward|provide)\b|"
    # "arrange for two people familiar with their work to send references to …"
    r"\barrange\s+for\s+(?:[\w-]+\s+){1,7}?to\s+(?:send|submit|e-?mail|upload|forward)\b|"
    r"\b(?:referees|recommenders)\s+(?:should|must|will|are\s+to)\s+"
    r"(?:\w+\s+)?(?:send|submit|post|e-?mail|upload|forward)\b|"
    # "Three references should be sent by your referees"
    r"\bbe\s+(?:sent|submitted|uploaded|e-?mailed|forwarded)\s+(?:directly\s+)?by\s+"
    r"(?:your|the|their|his\s+or\s+her)\s+(?:referees|recommenders)\b", re.IGNORECASE)
_BARE_REFERENCES_RE = re.compile(rf"^\W*(?:all\s+)?(?:{NUM}\s+)?"
                                 r"(?:(?:confidential|written|academic)\s+)?references?(?:\s+(?:to|directly|by)\b.*|\s+(?:reach|arrive|are\s+"
                                 r"received)\b.*)?"
                                 r"\W*$", re.IGNORECASE)  # ("… that references reach us")


_SUBMITTED_ONLINE_RE = re.compile(r"\breferences\b[^.;]{0,80}?\b(?:are|be)\s+(?:submitted|uploaded|"
                                  r"sent)\s+(?:online|directly|electronically|"
                                  r"(?:by|before)\s+the\s+deadline)\b", re.IGNORECASE)


def _to_requirement(text: str, item: Item, taken: set[str]) -> Requirement:
    source_span = clean_label(text, item.span)
    full = text[source_span.start:source_span.end]
    # "… a cover letter, curriculum vita, and often teaching materials": asked by some
    sometimes = re.match(r"\W*(?:often|sometimes|occasionally)\s+(?=\w)", full, re.IGNORECASE)
    if sometimes and classify(full[sometimes.end():]):
        source_span = clean_label(text, Span(source_span.start + sometimes.end(), source_span.end))
        full = text[source_span.start:source_span.end]
    german_if = GERMAN_IF_RE.match(full)
    if german_if and classify(full[german_if.end():]):
        # "bei Antrag auf Promotionsförderung eine Darstellung Ihres Themas": the condition,
        # then the material
        source_span = clean_label(text, Span(source_span.start + german_if.end(),
                                             source_span.end))
        full = text[source_span.start:source_span.end]
    else:
        german_if = None
    uncut = text[item.span.start:item.span.end]
    if item.kind == "references" and re.search(
            r"\barrange\s+for\s*$", text[item.context.start:item.span.start], re.IGNORECASE) and \
            not re.search(r"\b(?:names?|contacts?|details|e-?mails?|list)\b", full, re.IGNORECASE):
        item.kind = "letters"  # "Arrange for two further references from testimonial referees"
    if item.kind == "references" and re.match(r"\W*(?:written\s+)?references\s+from\s+(?:former|"
                                              r"previous|past|current|your)\b", full,
                                              re.IGNORECASE):
        item.kind = "letters"  # "References from former employers": what they wrote
    this_is = _THIS_IS_RE.search(text, item.span.start, item.context.end)
    named_as = classify(this_is.group(1)) if this_is else None
    if named_as and named_as[0] not in ("other", item.kind):
        item.kind = named_as[0]  # "• Interest Statement … This is your proposal for research."
    theirs = _SOMEONE_ELSE_WRITES_RE.search(text, item.context.start, item.span.start) \
        if item.kind in ("cover_letter", "letters") else None
    if theirs:
        item.kind = "letters"  # "Each PI should submit a letter that includes …": theirs
    if item.kind == "cv" and re.match(r"\W*(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:mentor|supervisor|"
                                       r"advis[oe]r|sponsor|host|co-?investigator)(?:\(s\))?['’]s?\s",
                                       full, re.IGNORECASE):
        item.kind = "other"  # "the mentor's NIH biosketch": another person's, not the applicant's
    if item.kind == "cover_letter" and ATTESTING_LETTER_RE.match(
            full, re.match(r"\W*(?:an?\s+|the\s+)?", full, re.IGNORECASE).end()):
        item.kind = "letters"  # "A letter confirming the leave, signed by the head": the head's
    if item.kind == "references" and _BARE_REFERENCES_RE.match(full) and (
            _REFEREES_SEND_RE.search(item.context.text(text)) or
            re.search(r"\breferences?\s+(?:reach|arrive|are\s+received)\b", full, re.IGNORECASE) or
            # "ensure that 2 References and … are submitted online before the deadline"
            _SUBMITTED_ONLINE_RE.search(item.context.text(text))):
        item.kind = "letters"
    label, notes = (" ".join(part.split()) for part in
                    split_label(german_whole_word(text, item.span, full), item.kind))
    if item.label:
        label, notes = item.label[:1].upper() + item.label[1:], ""
    context = item.context.text(text)
    more = item.detail.text(text) if item.detail else ""
    min_c, max_c = counts(re.sub(MORE_MAY_BE_ADDED, " ", full), item.kind)
    bracket = re.match(r"[^()]*\(([^()]*)", uncut[len(full):] if uncut.startswith(full) else "")
    if bracket and not _NUMBERED_RE.search(full) and _NUMBERED_RE.search(bracket.group(1)) and \
            counts(bracket.group(1), item.kind) != (None, None):
        # "Writing sample (1-2 samples; 35 pages maximum …)": the number in its brackets
        min_c, max_c = counts(bracket.group(1), item.kind)
    if (min_c, max_c) == (None, None) and more:
        min_c, max_c = counts(more, item.kind)
    if theirs and re.match(r"\s*each\b", theirs.group(), re.IGNORECASE):
        min_c, max_c = None, None  # one from each of them: as many as there are
    each_of = _EACH_OF_THEM_RE.search(context, 0, max(0, item.span.start - item.context.start)) \
        if item.kind == "letters" else None
    if each_of and re.match(r"\W*(?:an?|one)\s", full, re.IGNORECASE):
        # "each of the three referees … will be asked to submit a letter": one from each
        min_c, max_c = counts(each_of.group(1), "letters")
    up_to = _UP_TO_MORE_RE.search(context, max(0, item.span.end - item.context.start))
    if up_to and min_c is not None and (number_of(up_to.group(1)) or 0) > min_c:
        # "Three names … are required, though you may list up to five names"
        max_c = number_of(up_to.group(1))
    if item.kind == "letters" and (min_c, max_c) == (1, 1) and \
            re.match(r"\W*(?:an?|one)\s", full, re.IGNORECASE) and _THE_WRITERS_RE.search(
                context, 0, max(0, item.span.start - item.context.start)):
        # "your referees will be e-mailed instructions for uploading a letter": one from each
        writers = _WRITERS_RE.search(context)
        min_c, max_c = counts(writers.group(), "letters") if writers else (None, None)
    if (min_c, max_c) == (None, None) and item.kind == "letters":
        # "request that four references submit letters": the count is on the writers
        writers = _WRITERS_RE.search(context)
        if writers:
            min_c, max_c = counts(re.sub(r"[\"“]", "", writers.group()), "letters")
    # ("(4) If English is not your first language, … please provide …": after the list mark)
    lead_in = LIST_MARK_RE.sub("", context[:max(0, item.span.start - item.context.start)],
                               count=1)
    sentence_optional = bool(CONDITION_RE.search(lead_in))
    # "Optionally, a …", "Optional: …"; "In a single document (PDF preferred) please provide:"
    # says which file format, not that the materials are optional; "…, teaching evaluations
    # (if available), and the names of three references": a bracket closing an item before
    # is about that item
    lead_in = _CLOSING_ASIDE_RE.sub(", ", lead_in)
    lead_words_only = FORMAT_ASIDE_RE.sub("", lead_in)
    said_optional = [match for match in OPTIONAL_RE.finditer(lead_words_only)
                     if not of_an_earlier_item(lead_words_only, match)]
    lead_optional = bool(said_optional) and not re.search(
        r"\b(?:required|must|mandatory)\b", lead_in[said_optional[-1].end():], re.IGNORECASE)
    # "(if possible all in one PDF)" is about the file; what the text under a material's name
    # says is optional is mostly a part of it ("Teaching statement" / "Where appropriate,
    # include courses you designed"): only its plain words make the material optional
    # "(and current postdoctoral advisor, if relevant)" makes the addition optional, not the
    # letter
    # ("diplomas etc. if possible": the label stops at "etc", its words go on)
    etc_tail = uncut[len(full):] if uncut.startswith(full) and re.search(r"\betc$", full) else ""
    own_words = without_additions(FORMAT_ASIDE_RE.sub("", full + etc_tail))
    # ("a complete CV including all papers together with any submitted ones": what the CV
    # holds may be "any", the CV is asked for)
    own_words = re.split(r"\s+(?:including|together\s+with|along\s+with)\s+", own_words,
                         maxsplit=1, flags=re.IGNORECASE)[0] if item.kind != "other" else own_words
    optional = bool(OPTIONAL_RE.search(own_words)) or bool(FOR_SOME_RE.search(full)) or \
        detail_says_optional(more) or sentence_optional or \
        lead_optional or item.said_optional or (
        bool(re.search(r"\bmay\s+(?:also\s+)?(?:include|submit|send|provide|attach|add)\b",
                       context, re.IGNORECASE)) and not item.in_zone
    )
    optional = optional or shares_trailing_condition(text, item) or \
        under_optional_point(text, item) or dashed_if(text, source_span.end, item) or \
        sometimes_needed(text[item.span.start:max(item.span.end, item.context.end)])
    separate = item.kind == "letters" and bool(SEPARATE_RE.search(context) or
                                               _REFEREES_SEND_RE.search(context))
    condition = condition_in(lead_in) if sentence_optional else ""
    said_when = None if optional else (more and DETAIL_CONDITION_RE.match(more)) or \
        REQUIRED_OF_SOME_RE.match(text, item.span.end, item.context.end)
    # (in its own sentence: "… and certificate(s). If the originals are not in English, … (if
    # you are only one semester into your course … then this is not needed)" is of another)
    own = re.split(r"(?<=[\w)\]])\.\s+(?=[A-Z(])", uncut, maxsplit=1)[0]
    own_if = None if optional or said_when else OWN_CONDITION_RE.search(
        without_additions(own))  # "(and current advisor, if relevant)": the addition
    optional = optional or bool(sometimes)
    iberian = IBERIAN_CASE_RE.search(uncut)
    if iberian and not condition:
        optional, condition = True, " ".join(iberian.group("if").split())
    if german_if and not condition:
        optional, condition = True, " ".join(german_if.group("if").split())
    if item.condition and not condition:  # under "For Writers:"
        optional, condition = True, item.condition
    if said_when:  # the material is asked of some applicants only
        said = said_when.groupdict()
        optional, condition = True, " ".join((said["if"] or said.get("for") or "").split()
                                             ).rstrip(" ,")
    elif own_if:  # "English language qualification (if required)", "… if you have graduated"
        said = own_if.group("if") or own_if.group("tail") or own_if.group("where")
        optional, condition = True, " ".join(said.split()).rstrip(" ,")
    # "For Professional Services roles keep your CV short (1-3 pages)": a limit for others
    ours = _said_of_it(FOR_OTHERS_RE.sub(" ", more), item.kind)
    uncut = _said_of_it(uncut, item.kind, strict=True)
    req = Requirement(
        id=slugify(item.kind if item.kind != "other" else label, taken),
        kind=item.kind,
        label=label or kind_name(item.kind),
        required=not optional,
        min_count=min_c,
        max_count=max_c,
        # the limit may be in the words cut from the label ("… is a maximum of three pages")
        max_pages=(genre_pages(item.context.text(text)) if item.kind == "writing_sample" else None)
        or max_pages(full) or max_pages(uncut) or (max_pages(ours) if ours else None) or
        _pages_later_in_line(text, item, source_span.end),
        max_words=max_words(full) or max_words(uncut) or (max_words(ours) if ours else None),
        formats=["pdf"] if re.search(r"\bpdf\b", full, re.IGNORECASE) else [],
        notes=notes,
        source=SourceSpan(source_span.start, source_span.end, full),
        submitted_separately=separate,
        sentence=_sentence_span(text, item.context),
        condition=condition,
    )
    if req.kind == "references" and req.max_pages and req.min_count is None:
        # "Project references of maximum 5 pages": a list of works cited, not referees
        req.kind = "other"
        req.id = slugify(label, taken)
    taken.add(req.id)
    return req


def _said_of_it(words: str, kind: str, strict: bool = False) -> str:
    """The sentences of `words` that are not about another material: "Official transcript …
    . … you have only two pages for your CV" gives the transcript no page limit. What is said
    under a material's name ("CV: Not to exceed two pages, excluding list of publications")
    is about another only where its limit says so; the sentences of the material's own phrase
    (`strict`) are about another wherever they name one and not it."""
    def other(part: str) -> bool:
        if strict:
            named = {found[0] for m in re.finditer(r"\b(?:your|the|a|an)\s", part)
                     for found in [classify(part[m.start():])] if found}
            return bool(named - {kind, "other"}) and kind not in named
        # ("… must be listed in your CV, which has two pages at most")
        return any((classify(m.group(1)) or (kind,))[0] not in (kind, "other")
                   for m in [*_LIMIT_OF_RE.finditer(part), *LISTED_IN_RE.finditer(part)])
    parts = re.split(r"(?<=[.!?])\s+", words)
    return " ".join(part for n, part in enumerate(parts)
                    if (strict and n == 0) or not other(part))


# "two pages for your CV": the material a limit is said of
_LIMIT_OF_RE = re.compile(r"\b(?:pages?|words?)\s+(?:for|in|of)\s+(?:your|the)\s+((?:[\w-]+\s+)?"
                          r"[\w-]+)", re.IGNORECASE)


def _pages_later_in_line(text: str, item: Item, after: int) -> int | None:
    """"g. A concise statement of … interests. The document must be no longer than six
    pages.": a limit later in the material's own list line, which names nothing else."""
    if not in_list_line(text, item):
        return None
    rest = text[after:item.context.end]
    if not classify(rest):
        return max_pages(rest)
    # ("CV. The CV lists exhibitions, awards, publications. Three pages at most.": a
    # sentence that names nothing else, or only the material itself)
    for sentence in sentences_in(text, after, item.context.end):
        named = classify(sentence.text(text))
        if named is None or named[0] == item.kind:
            limit = max_pages(sentence.text(text))
            if limit is not None and (named is None or _IT_RE.search(sentence.text(text))):
                return limit
    return None


_IT_RE = re.compile(r"\b(?:it|this)\b", re.IGNORECASE)
_SOMEONE_ELSE_WRITES_RE = re.compile(
    r"\b(?:each|the|your|an?|(?:the\s+)?(?:applicant|candidate)['’]s)\s+(?:responsible\s+|senior\s+|"
    r"doctoral\s+|thesis\s+|ph\.?\s?d\.?\s+)?(?:PI|co-?PI|mentor|supervisor|"
    r"advis[oe]r|sponsor|host|principal\s+investigator|official|officer|head|chair|dean|"
    r"director)s?\b"
    # ("an officer of each club you have served should send a letter")
    r"(?:\s+(?:of|at|from)\s+[^.;]{1,120}?)?\s+(?:should|must|will|is\s+to)\s+(?:also\s+)?"
    r"(?:submit|send|provide|write|upload|e-?mail)(?:\s+(?:a|one))?\s*$", re.IGNORECASE)
# a material named by its bare head noun: "The statement should be one or two pages."
# ("Statements should not exceed three pages.": the same, in the plural)
_THIS_IS_RE = re.compile(r"\bthis\s+is\s+(?:your|the)\s+([\w\s-]{3,40}?)\s*(?:[.;,:]|$)",
                         re.IGNORECASE)
_NUMBERED_RE = re.compile(rf"\b{NUM}\b", re.IGNORECASE)


def extract_requirements(text: str) -> list[Requirement]:
    joined = join_list_continuations(text)  # the same offsets, list items on one line each
    items = find_items(joined)
    requirements: list[Requirement] = []
    taken: set[str] = set()
    zone_count = sum(1 for it in items if it.in_zone)
    items = with_form_names_joined(joined, items)
    for item in items:
        req = _to_requirement(text, item, taken)
        twin = closest([r for r in requirements
                        if same_material(r, req) and not two_of_a_kind(joined, r, req)], req)
        # two list lines of "other" documents stay two ("Copy of degree" / "Copy of ID"); a
        # heading that names a listed one again ("Degree certificate") is that one
        # (two list lines of the same name, "Form" for one group and "Form" for another, are
        # one row of the checklist)
        if twin is not None and (not item.in_zone or zone_count == 0 or twin.kind != "other" or
                                 not in_list_line(joined, item) or
                                 named_within(twin.label, req.label)):
            if item.in_zone and twin.source and req.source and \
                    twin.source.text.lower() != req.source.text.lower() and \
                    twin.kind == "publications":
                requirements.append(req)
                continue
            if not twin.required and not twin.condition and its_own_subject(req):
                req.required = False  # "Research proposal" (optional) / "The research
                # proposal should be on plain paper.": how it is made, not that it must be
            if twin.required and not req.required and req.sentence is not None and \
                    sometimes_needed(req.sentence.text):
                twin.required = False  # "3- Letter of Intent" / "The letter of intent is an
                # academic document required sometimes …": what it is, asked by some
            merge(twin, req)
            taken.discard(req.id)
            continue
        if under_contents_heading(joined, req):
            taken.discard(req.id)
            continue
        explained = explained_under(joined, req, requirements) or \
            noted_under(joined, req, requirements)
        if explained is not None:
            merge(explained, req)
            taken.discard(req.id)
            continue
        requirements.append(req)
    limits_said_elsewhere(text, requirements)
    encouraged_only(requirements)
    said_not_mandatory(text, requirements)
    requirements = _without_asides(text, requirements)
    asked_of_its_readers(requirements)
    return requirements


_ELIGIBILITY_RE = re.compile(
    r"\b(?:must|should|will)\s+(?:possess|hold|have)\s+(?:a|an)\s+(?:ph\.?\s?d|doctorate|"
    r"doctoral|degree|master)", re.IGNORECASE)


def _without_asides(text: str, requirements: list[Requirement]) -> list[Requirement]:
    """Leave out what only looks like an item: "other" materials from an eligibility sentence
    ("Applicants must possess a Ph.D. … and provide evidence of teaching experience"), and
    "References and inquiries should be sent to …" beside the letters it is about."""
    has_letters = any(r.kind == "letters" for r in requirements)
    kept = []
    for req in requirements:
        sentence = req.sentence.text if req.sentence else ""
        if req.kind == "other" and _ELIGIBILITY_RE.search(sentence):
            continue
        # (", transcripts, references, and letters of recommendation": both asked for, in a
        # list of materials)
        listed = sum(1 for other in requirements if other.sentence and
                     other.sentence.text == sentence) > 1 and not re.match(
            r"\W*references\b", sentence, re.IGNORECASE)
        if req.kind == "references" and has_letters and req.source and not listed and re.match(
                r"\W*references\b(?!\s+(?:with|including))", req.source.text, re.IGNORECASE):
            continue
        kept.append(req)
    return kept
