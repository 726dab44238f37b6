"""A request's objects as material phrases: "a cover letter, a CV and research and teaching
statements" → one `Item` per material, with the span of its phrase. Lists are split at commas,
semicolons and "and" (not inside brackets); shared head nouns are distributed; a phrase that
only describes the one before it ("including …", "describing …") stays part of it."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from packetizer.core.posting.blocks import INLINE_ENUM_RE, Span, strip_span
from packetizer.core.posting.laterstage import LATER_STAGE_RE
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.shared import shared_heads
from packetizer.core.posting.splits import (
    BRACKETED_RE,
    CHUNK_VERB_RE,
    asks_for_more,
    letter_with,
    paren_depth_splits,
    referees_within,
)
from packetizer.core.posting.vocabulary import OTHER_RE, classify, lead_words

EMPLOYER_REQUESTS_RE = re.compile(
    r"\bwill\s+be\s+(?:requested|contacted|asked|solicited)|\bonly\s+(?:if|when)\s+requested|"
    r"\bupon\s+request\b|\bshort-?listed\b|"
    r"\b(?:upon|at\s+the\s+time\s+of|prior\s+to|before)\s+(?:the\s+)?(?:hire|hiring|"
    r"appointment|employment|start)\b|\bif\s+(?:selected|invited)\b|" + LATER_STAGE_RE.pattern,
    re.IGNORECASE,
)
_RELATIVE_WORDS = (
    r"(?:that|which|who|describing|outlining|including|indicating|addressing|summari[sz]ing|"
    r"demonstrating|detailing|explaining|highlighting|presenting|presents|discussing|with|"
    r"on|about|where|showing|listing|stating|giving|covering|specifying|mentioning|comprising|"
    r"in\s+the\s+form\s+of|incl(?=\.\s)|to\s+include|completed(?=\s+(?:through|by)\b|\s*$)|"
    r"(?:no\s+more\s+than\s+\w+\s+|some\s+|all\s+|one\s+)?of\s+whom|"
    # German: "ein Lebenslauf, inklusive der Lehrerfahrung", "… unter anderem mit …"
    r"unter\s+anderem|inklusive|einschließlich)"
)
RELATIVE_RE = re.compile(rf"\b{_RELATIVE_WORDS}\b", re.IGNORECASE)
_RELATIVE_START_RE = re.compile(rf"\s*\(?{_RELATIVE_WORDS}\b", re.IGNORECASE)
_ARTICLE_START_RE = re.compile(
    rf"\s*(?:(?:and|or|plus)\s+)?(?:a|an|the|your|copies\s+of|{NUM})[\s-]", re.IGNORECASE)


# --- items -------------------------------------------------------------------------------------


# ", optionally, …" is said of the item after it (", if available" stays with the one before)
_ASIDE_RE = re.compile(r"^\s*(?:(?:and|or)\s+)?(?:optionally|also)\s*$", re.IGNORECASE)
# "a CV and, where useful, a short example of …": between "and," and the next item, about it
_WHERE_ASIDE_RE = re.compile(r"^\s*(?:where|when|if)\s+(?:useful|relevant|appropriate|possible|"
                             r"applicable|available)\s*$", re.IGNORECASE)


# a noun with its own verb after it is a clause ("… and the referees can submit their letters")
# ("… statement and the two references is 5 pm on 1 May": when they are due, not a clause)
_CLAUSE_RE = re.compile(r"\s*(?:can|could|will|would|should|must|may|are|is)\s+(?!be\b)"
                        r"(?!\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|on\s+\w+day\b)\w",
                        re.IGNORECASE)


_OWN_LIST_RE = re.compile(r"\W*(?:publications?\s+list|list\s+of\s+(?:[\w-]+\s+)?publications)\b",
                          re.IGNORECASE)
_AND_WITH_RE = re.compile(r"\band\s+with\s", re.IGNORECASE)
_CATEGORY_LIST_RE = re.compile(
    r"\s*(?:(?:and|or|your|the|all|following|required|application|supporting|complete|other|"
    r"any|nomination)\s+)*"
    r"(?:materials|documents|documentation|items|dossier|file|package|packet)\s*\(", re.IGNORECASE)
# a statement's phrase that goes on over the next chunks until it says what it is about
_STATEMENT_START_RE = re.compile(
    r"\W*(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+)?statement\s+(?:of|on)\b", re.IGNORECASE)
# "a statement of graduate" (and …): the noun it is about is still to come
_DANGLING_RE = re.compile(r"\bstatement\s+(?:of|on)\s+[\w-]+\s*$", re.IGNORECASE)


@dataclass
class Item:
    kind: str
    span: Span  # the label's span in the posting
    context: Span  # the sentence or list item it came from
    in_zone: bool
    detail: Span | None = None  # more about it elsewhere (the paragraph under its heading)
    said_optional: bool = False  # "… would be helpful", said after it
    label: str = ""  # the material's name where the posting shares it ("teaching statement"
    # of "research and teaching statements"); else the span's text
    condition: str = ""  # who it is asked of, when a heading says ("For Writers:")


# a bare noun after "and", and the degree named before the noun it is paired with
_BARE_NOUN_RE = re.compile(r"\W*(?:(?:and|or)\s+)?(?:(?:your|the|their)\s+)?"
                           r"(?P<noun>[A-Za-z]+(?:\(s\))?)\s*(?:[.;:]|$)", re.IGNORECASE)
_DEGREE_BEFORE_RE = re.compile(r"\b(?P<degree>(?:B|M)\.?\s?Sc\.?|B\.?A\.|M\.?A\.|bachelor['’]?s?|"
                               r"master['’]?s?|undergraduate|(?:post)?graduate|degree|Ph\.?\s?D\.?|"
                               r"doctoral)\s+[A-Za-z]+(?:\(s\))?\W*$", re.IGNORECASE)
_LIST_OF_RE = re.compile(r"\blist\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$", re.IGNORECASE)
_INCLUDING_RE = re.compile(r"\s*\(?(?:including|with)\b", re.IGNORECASE)


_AND_BRACKET_RE = re.compile(r"[(\[]\s*(?:and|plus|together\s+with)\s+([^()\[\]]+)[)\]]",
                             re.IGNORECASE)
_EVIDENCE_RE = re.compile(r"\W*(?:and\s+)?evidence\s+of\b", re.IGNORECASE)
_PARTS_RE = re.compile(r"\((?:[^()]{0,30}?,\s*)?(?:including|incl\.)\s+([^()]+)\)",
                       re.IGNORECASE)
_CATEGORY_INCLUDING_RE = re.compile(
    r"\b(?:dossier|materials|documents|package|file)\s+(?:including|consisting\s+of|containing|"
    r"comprising)\s+", re.IGNORECASE)


# ("… plus other supporting materials directly to, including three letters": the address lost)
_NUMBER_WORD_RE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s*$",
                             re.IGNORECASE)
_APPLICATION_CHUNK_RE = re.compile(r"\W*(?:(?:please\s+)?submit\s+)?(?:(?:your|an?|the)\s+)?"
                                   r"(?:complete\s+|full\s+)?(?:application|dossier|package)\W*",
                                   re.IGNORECASE)
_CONTAINER_END_RE = re.compile(r"\b(?:dossiers?|packets?|packages?|(?:supporting|other|"
                               r"additional)\s+(?:documents|materials))"
                               r"(?:\s+(?:directly\s+)?to)?\s*,\s*$", re.IGNORECASE)


# ("the following materials as part of your proposal:": what they go in)
_AS_PART_OF_RE = re.compile(r"\W*as\s+(?:a\s+)?part\s+of\s+(?:your|the|their|an?)\b", re.IGNORECASE)
_IN_WHICH_CASE_RE = re.compile(r"\W*in\s+which\s+case\s+", re.IGNORECASE)
_HOW_IT_STANDS_RE = re.compile(r"\W*(?:in\s+accordance\s+with|as\s+being|according\s+to)\b",
                               re.IGNORECASE)
_NOT_A_RE = re.compile(r"\W*(?:but\s+)?not\s+(?:an?|the|your)\s", re.IGNORECASE)
# "two referees, one of these your supervisor": said of the item before
_ONE_OF_THESE_RE = re.compile(r"\W*(?:and\s+)?(?:one|two|some|each|all|both|either|at\s+least\s+"
                              r"one)\s+of\s+(?:these|them|those|whom|which)\b", re.IGNORECASE)
_FAILING_THAT_RE = re.compile(r"\W*(?:ou\s+à\s+défaut|or\s+(?:else|failing\s+that|otherwise))\W*$",
                              re.IGNORECASE)
_GERMAN_IF_RE = re.compile(r"\W*(?:oder\s+|und\s+)?(?:wenn|falls|sofern|soweit)\b", re.IGNORECASE)
# "… and attach it to their Form 2": the pronoun is the material named before; the form is
# where it goes
_IT_TO_RE = re.compile(r"\W*(?:(?:and|then)\s+)?(?:attach|add|submit|send|upload)?\s*(?:it|them)\s+"
                       r"(?:to|into|with)\b", re.IGNORECASE)


_NEW_ASK_RE = re.compile(r"\s*(?:and\s+)?(?:please\s+)?(?:state|describe|explain|mention|indicate|"
                         r"tell\s+us|specify|note)\s+(?:their|your|the|his|her|what|why|how)\b",
                         re.IGNORECASE)


# "Fellows who want to lecture, as well as junior applicants (who must lecture) should include
# a description of …": who is asked, then what
_WHO_ASKED_RE = re.compile(
    r"\W*(?:(?:all|any|the|those)\s+)?(?:[\w-]+\s+){0,3}?(?:applicants|candidates|nominees|"
    r"fellows|nominations)\b[^.;:]{0,100}?\b(?:should|must|will\s+need\s+to|need\s+to|are\s+(?:asked|"
    r"required|expected)\s+to)\s+(?:also\s+|additionally\s+)?(?:include|submit|send|provide|"
    r"upload|attach|add)\s+(?:for\s+review\s+)?", re.IGNORECASE)
_ASK_REFEREES_RE = re.compile(
    r"\W*(?:(?:candidates|applicants|you)\s+(?:should|must|will\s+need\s+to)\s+)?(?:also\s+)?"
    r"(?:ask|request|arrange\s+for)\s+(?:their|your|the|his\s+or\s+her)\s+(?:referees|"
    r"recommenders)\s+to\s+(?:send|submit|forward|e-?mail|upload)\s+(?:their\s+)?|"
    # ("… asks two referees to write a letter": what they write)
    rf"\W*(?:{NUM}\s+)?(?:referees|recommenders)\s+to\s+(?:write|send|submit|provide)\s+"
    r"(?:you\s+)?", re.IGNORECASE)
_BARE_LETTER_RE = re.compile(r"\W*(?:(?:and|or)\s+)?(?:a\s+|your\s+)?(letter)\W*$", re.IGNORECASE)
_REASONS_RE = re.compile(r"\W*(?:(?:and|or)\s+)?(?:(?:your|their|his|her|the)\s+)?(?:reasons?|"
                         r"motivation)\s+for\b", re.IGNORECASE)
_CONTAINER_RE = re.compile(r"\W*(?:(?:in|as)\s+)?(?:a|one)\s+(?:single\s+)?(?:pdf|file|document)"
                           r"(?:\s+(?:file|document))?\s+(?:with|containing|that\s+(?:includes|"
                           r"contains))\s+|"
                           # "Attach in a single PDF document a cover letter, …"
                           r"\W*in(?:to)?\s+(?:a|one)\s+(?:single\s+)?(?:pdf|file|document)"
                           r"(?:\s+(?:file|document))?\s+(?=(?:an?|the|your|all|up|\w+\s+of)\s)",
                           re.IGNORECASE)
_INLINE_DASH_RE = re.compile(r"\s*[-–—•·*]\s+(?=\S)")
# "other optional materials, for example, copies of …, published papers, etc.": the examples
# show what the item may hold
_GENERIC_WITH_EXAMPLES_RE = re.compile(
    # ("appropriate supporting documentation (e.g., a letter from your chair)")
    r"\W*(?P<name>(?:(?:any\s+)?other|(?:any\s+|appropriate\s+|relevant\s+)?supporting)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:materials?|documents?|documentation|items?|information)\b(?:\s+(?:you|that|which|they|we)\s+[^,;:()]{0,60}?)?)\s*(?:\([^()]*\)\s*)?[,:;(]?\s*"
    r"(?:e\.\s?g\.|(?:for\s+example|for\s+instance|such\s+as|like)\b)", re.IGNORECASE)


def _said_of(text: str, context: Span, chunk: Span) -> str:
    """The words of the context that can be said of the chunk's material: up to its end, less
    what other items' brackets say ("transcripts (official copies before hire); and three
    letters": the hire is the copies')."""
    before = re.sub(r"\([^()]*\)", "", text[context.start:chunk.start])
    return before + text[chunk.start:chunk.end]


def items_in(text: str, start: int, end: int, context: Span, in_zone: bool,
              bullet: bool = False) -> list[Item]:
    """The materials named in text[start:end], a list of things the posting asks for."""
    # inline enumerations "(1) …, (2) …" split first
    segment = text[start:end]
    # (not inside brackets: "… one of our themes (1. Health, 2. Energy), a CV")
    # ("one (1) letter of nomination and two (2) letters of support": the numbers again)
    enum = [mark for mark in INLINE_ENUM_RE.finditer(segment)
            if segment.count("(", 0, mark.start()) <= segment.count(")", 0, mark.start()) and
            not _NUMBER_WORD_RE.search(segment, 0, mark.start())]
    if len(enum) >= 2:
        items = []
        bounds = [start + m.start() for m in enum] + [end]
        if enum[0].start() > 0:
            items += items_in(text, start, bounds[0], context, in_zone)
        if all(re.search(r"\bor\s*$", segment[:m.start()]) for m in enum[1:]):
            # "(a) Confirmation of admission, or (b) a consent of …": one of these, named by
            # the first
            return items + items_in(text, bounds[0], bounds[1], context, in_zone, bullet=True)[:1]
        for a, b in itertools.pairwise(bounds):
            items += items_in(text, a, b, context, in_zone, bullet=True)
        return items
    generic = _GENERIC_WITH_EXAMPLES_RE.match(segment)
    if generic:  # "other optional materials, for example, …": one item, its examples are not
        label = strip_span(text, start, start + generic.end("name"))
        return [Item("other", label, context, in_zone)]
    after = next((m for m in re.finditer(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", segment)
                  if _GENERIC_WITH_EXAMPLES_RE.match(segment, m.end())), None)
    if after:  # "a CV, and other supporting materials such as statements of …": the same,
        # after the materials named first
        return items_in(text, start, start + after.start(), context, in_zone, bullet) + \
            items_in(text, start + after.end(), end, context, in_zone, bullet)
    listed = _CATEGORY_LIST_RE.match(segment)
    if listed:  # "your application materials (cover letter, a CV, …)": the list in brackets
        inner = start + listed.end()
        close = text.find(")", inner, end)
        if close > inner:
            return items_in(text, inner, close, context, in_zone, bullet) + (
                items_in(text, close + 1, end, context, in_zone) if close + 1 < end else [])
    shared = shared_heads(segment)
    if shared:  # "research, teaching and service statements": three documents
        before, parts, after = shared
        items = items_in(text, start, start + before, context, in_zone, bullet) if \
            segment[:before].strip(" ,;:") else []
        items += [Item(kind, Span(start + a, start + b), context, in_zone, label=label)
                  for kind, a, b, label in parts]
        return items + items_in(text, start + after, end, context, in_zone)

    chunks = [piece for chunk in paren_depth_splits(text, start, end)
              for part in letter_with(text, chunk) for piece in referees_within(text, part)]
    items: list[Item] = []
    relative = False
    alternatives = False  # after "… in the form of": the ways to send the one before
    # "A copy of the submitted abstract, conference proposal, artist statement, etc.": the
    # kinds of one copy, up to the "etc."
    examples = bool(chunks) and bool(re.match(
        r"\W*(?:an?\s+)?cop(?:y|ies)\s+of\b", text[chunks[0].start:chunks[0].end],
        re.IGNORECASE)) and next((k for k, c in enumerate(chunks)
                                  if re.search(r"\betc\b", text[c.start:c.end])), 0)
    for index, chunk in enumerate(chunks):
        chunk_text = text[chunk.start:chunk.end]
        if items and 0 < index <= examples:
            continue
        if items and (_NOT_A_RE.match(chunk_text) or _ONE_OF_THESE_RE.match(chunk_text)):
            continue  # "a cover letter and CV, not a business-style resume": what not to send
        if _IT_TO_RE.match(chunk_text) or (items and _HOW_IT_STANDS_RE.match(chunk_text)) or \
                _AS_PART_OF_RE.match(chunk_text):
            continue  # (", in accordance with the regulations, as being equivalent to …")
        in_case = _IN_WHICH_CASE_RE.match(chunk_text)
        if in_case:  # "…, in which case a note from the supervisor": only in that case
            chunk = Span(chunk.start + in_case.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
        if items and _FAILING_THAT_RE.match(chunk_text):
            alternatives = True  # "a copy of the report, or failing that, a statement …": the
            continue  # one to send instead
        if _GERMAN_IF_RE.match(chunk_text):
            continue  # "…, oder, wenn ein solcher Nachweis noch nicht vorliegt, Kopien …": when
        dash = _INLINE_DASH_RE.match(chunk_text)
        if dash:  # "include the following: - Letter of motivation; - CV; …": a list in a line
            chunk = Span(chunk.start + dash.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
        asked = _ASK_REFEREES_RE.match(chunk_text)
        if asked and classify(chunk_text[asked.end():]):
            # "… and candidates should ask their referees to send references to Dr X by …":
            # what the referees send, their letters
            chunk = Span(chunk.start + asked.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
        container = _CONTAINER_RE.match(chunk_text)
        if container and classify(chunk_text[container.end():]):
            # "send in a single PDF with a cover letter, CV, …": the file holds the materials
            chunk = Span(chunk.start + container.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
        verb = CHUNK_VERB_RE.match(chunk_text)
        if verb and classify(chunk_text[verb.end():]):
            # "Complete online application; submit CV, …": the verb is not the material's name
            chunk = Span(chunk.start + verb.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
        who = _WHO_ASKED_RE.match(chunk_text)
        if who and classify(chunk_text[who.end():]) and not classify(chunk_text[:who.end()]):
            chunk = Span(chunk.start + who.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
        if _ASIDE_RE.match(chunk_text) or (
                _WHERE_ASIDE_RE.match(chunk_text) and chunk.end <= chunks[-1].start and
                re.search(r"\b(?:and|or),\s*$", text[max(0, chunk.start - 8):chunk.start])):
            continue  # part of neither label; the next item's lead-in says it is optional
        listed = _CATEGORY_LIST_RE.match(chunk_text)
        if listed and chunk_text.rstrip(" .;,").endswith(")") and items:
            # "…, CV, and other supporting documentation (transcripts, reference letters, …)":
            # the category's list in brackets names the materials
            close = text.rfind(")", chunk.start, chunk.end)
            named = items_in(text, chunk.start + listed.end(), close, context, in_zone,
                             bullet=True)
            relative = False
            if named:
                items.extend(named)
                continue
            # "… and other supporting materials (such as slides)": examples, not documents; the
            # materials are an item of their own
        referees_after: list[Item] = []
        inner = _PARTS_RE.search(chunk_text)
        if inner and ((classify(chunk_text[:inner.start()]) or ("",))[0] == "other" or
                      _EVIDENCE_RE.match(chunk_text) or not classify(chunk_text[:inner.start()])):
            parts = items_in(text, chunk.start + inner.start(1), chunk.start + inner.end(1),
                              context, in_zone, bullet=True)
            if any(part.kind != "other" for part in parts) and _EVIDENCE_RE.match(chunk_text):
                # "evidence of teaching potential (including sample syllabi and a teaching
                # statement)": the documents in brackets are what to send
                items.extend(parts)
                relative = False
                continue
            # "the University's coversheet (CHRIS6, including names of 3 referees)": the
            # referees are an item besides the coversheet
            referees_after = [part for part in parts if part.kind == "references"]
        added = None if referees_after else _AND_BRACKET_RE.search(chunk_text)
        if added and classify(chunk_text[:added.start()]) and \
                not re.match(r"\s*(?:their|its)\b", added.group(1), re.IGNORECASE):
            # ("transcripts (and their official translations …)" are the transcripts)
            # "your full curriculum vitae [and names and addresses of three referees]": a
            # material of its own, added in brackets
            inner = added
            referees_after = items_in(text, chunk.start + added.start(1),
                                      chunk.start + added.end(1), context, in_zone, bullet=True)
        category = _CATEGORY_INCLUDING_RE.search(chunk_text)
        if category and classify(chunk_text[category.end():]):
            # "arrange for sending of a complete dossier including transcript, …"
            chunk = Span(chunk.start + category.end(), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
        found = classify(chunk_text)
        if found and chunk_text.count("(", 0, found[1]) > chunk_text.count(")", 0, found[1]):
            # "… and distinctions (Publications/awards)": a field's name in brackets; "Short (2
            # pages at most, with references) outline of …": the outline, named outside them
            outside = classify(BRACKETED_RE.sub(lambda m: " " * len(m.group()), chunk_text))
            found = outside or (None if items else found)
        bare = None if found or len(chunks) < 2 else _BARE_LETTER_RE.match(chunk_text)
        if bare:  # "Send letter, CV, description of research interests …": in a list of
            found = ("cover_letter", bare.start(1), bare.end(1))  # materials, the applicant's
        if referees_after:  # what the brackets hold is not what names this item
            found = classify(chunk_text[:inner.start()]) or found
        new_item = False
        including = _INCLUDING_RE.match(chunk_text)
        referees_inside = bool(items and found and including and (
            found[0] == "references" or (
                found[0].endswith("_statement") and found[0] != items[-1].kind and
                _ARTICLE_START_RE.match(chunk_text, including.end()))))
        # "letters of application and dossiers, including writing sample and …": what the
        # dossier holds are the materials
        in_container = bool(items and including and _CONTAINER_END_RE.search(
            text, max(0, chunk.start - 48), chunk.start))
        if not items and including and index and _APPLICATION_CHUNK_RE.fullmatch(
                text, chunks[index - 1].start, chunks[index - 1].end):
            # "Submit your application, including your resume and cover letter, via email":
            # what the application holds are the materials
            return items_in(text, chunk.start + including.end(), end, context, in_zone, bullet)
        if referees_inside or in_container:
            # "a complete resume, including names and contact information for three references",
            # "a letter …, including a brief statement of research plans": an item of its own
            rest = chunk_text[including.end():]
            chunk = Span(chunk.start + including.end() + len(rest) - len(rest.lstrip()), chunk.end)
            chunk_text = text[chunk.start:chunk.end]
            found = classify(chunk_text)
        elif items and _RELATIVE_START_RE.match(chunk_text) and not (found and found[1] == 0) \
                and not _AND_WITH_RE.search(text, max(0, chunk.start - 8), chunk.start + 5):
            found = None  # "a CV, including …" is part of the CV ("covering letter" is not)
            # ("… with a CV and with answers to …" is a second object of "with")
        if found and ":" in chunk_text[:found[1]] and (not items or not classify(
                chunk_text[:chunk_text.rindex(":", 0, found[1])])):
            # ("…, and uploaded these required files: CV, …" after other items too)
            # "electronically the following: a current vita": the item starts after the colon
            cut = chunk_text.rindex(":", 0, found[1]) + 1
            chunk = Span(chunk.start + cut, chunk.end)
            chunk_text = text[chunk.start:chunk.end]
            found = classify(chunk_text)
        named_first = OTHER_RE.search(chunk_text) if found and found[0] != "other" else None
        if named_first and named_first.start() < found[1] and \
                lead_words(chunk_text, named_first.start()) <= 1 and (
                    RELATIVE_RE.search(chunk_text, named_first.end(), found[1]) or
                    lead_words(chunk_text, found[1]) > 8):
            # ("A confirmation form of your institute that you may cite its publications": the
            # form, named first, the publications far into what it confirms)
            # "the web-based application form where you will be asked to submit your CV": the
            # form, and what goes in it
            found = ("other", named_first.start(), named_first.end())
        asks = asks_for_more(chunk_text, found) if found and items else None
        if asks is not None:
            # "…, the letter of application should include a statement of teaching philosophy
            # and …": the letter is an item, and what it must include a request of its own
            items.append(Item(found[0], Span(chunk.start, chunk.start + found[2]), context,
                              in_zone))
            return items + items_in(text, chunk.start + asks, end, context, in_zone)
        if found:
            kind, pos, _ = found
            lead = lead_words(chunk_text, pos)
            limit = 4 if kind != "other" else 3
            if relative:  # inside "a letter describing …": only "a/the/your X" starts anew
                limit = 2 if _ARTICLE_START_RE.match(chunk_text) else \
                    -1 if kind == items[-1].kind else 0  # "… summarizing X and research plans"
                before = text[chunks[index - 1].start:chunks[index - 1].end] if index else ""
                verb = RELATIVE_RE.search(before)
                if limit == 0 and index + 1 < len(chunks) and not classify(
                        before[verb.end():] if verb else before) and not classify(
                        text[chunks[index + 1].start:chunks[index + 1].end]):
                    limit = -1  # "a letter outlining your experience, teaching philosophy, and
                    # interests": a name among what the letter says
            if not items:
                limit = 12 if (in_zone or bullet) else 6
            new_item = referees_inside or ((lead <= limit and not (
                items and _CLAUSE_RE.match(chunk_text[found[2]:]))) and not alternatives)
            if kind == "other" and items and not _ARTICLE_START_RE.match(chunk_text) and \
                    not re.match(r"\W*[\w-]+\s+(?:of|about|on)\b", chunk_text) and \
                    not re.match(r"\W*(?:diplomas?|certificates?)\b", chunk_text,
                                 re.IGNORECASE) and \
                    _LIST_OF_RE.search(text[items[-1].span.start:items[-1].span.end]):
                new_item = False  # "a list of publications, abstracts, and presentations"
                # ("…, a list of publications, diplomas, …": the diplomas are a document)
            # ("a detailed CV highlighting your background, research experience, list of
            # publications, list of invited talks, …": entries of what the CV highlights)
            own = next((k for k, other in enumerate(chunks) if items and
                        other.start <= items[-1].span.start < other.end), index)
            cv_entries = relative and items[-1].kind in ("cv", "resume") and own + 1 < index and \
                not _ARTICLE_START_RE.match(chunk_text) and \
                not classify(text[chunks[own + 1].start:chunks[own + 1].end]) and \
                bool(re.search(r"\b(?:highlighting|listing|detailing|showing|covering)\b",
                               text[items[-1].span.start:chunks[own].end], re.IGNORECASE))
            if cv_entries and kind == "other":
                new_item = False
            if relative and kind == "publications" and items[-1].kind in ("cv", "resume") and (
                    not _OWN_LIST_RE.match(chunk_text) or re.search(
                        r"\bincluding\b[^,;()]*\band\s*$", text[items[-1].span.start:chunk.start],
                        re.IGNORECASE) or cv_entries):
                new_item = False  # "a CV listing positions, publications, …": part of the CV
                # ("a CV including grants won and list of publications": so is this)
                # ("the CV with citizenship indicated, publications list (…), and …" is not)
            if relative and kind == "publications" and items[-1].kind == "research_statement" \
                    and re.search(r"\bincluding\b", text[items[-1].span.start:chunk.start]):
                new_item = False  # "a summary of your research, including … and a list of
                # publications": what the summary holds
            if relative and kind == "other" and items and items[-1].kind == "cover_letter" and \
                    re.search(r"\b(?:that|which)\s+(?:should\s+|must\s+)?(?:includes?|contains?)\b",
                              text[items[-1].span.start:chunk.start]):
                new_item = False  # "a brief letter that includes the title of the project and a
                # brief abstract": what the letter holds
            if relative and _REASONS_RE.match(chunk_text):
                new_item = False  # "an essay describing your interest in …, and reasons for
                # applying": what the essay says
            if kind == "letters" and EMPLOYER_REQUESTS_RE.search(_said_of(text, context,
                                                                           chunk)):
                new_item = False  # referees will be asked for them; nothing to submit
        if new_item and items and items[-1].kind == "other" and kind != "other" and \
                _DANGLING_RE.search(text[items[-1].span.start:items[-1].span.end]) and \
                "," not in text[items[-1].span.end:chunk.start]:
            # "a statement of graduate and undergraduate teaching plans": one statement (a
            # list's comma ends it: "a statement of application, and the head's assessment")
            items[-1].kind = kind
            items[-1].span = Span(items[-1].span.start, chunk.end)
        elif new_item:
            items.append(Item(kind, Span(chunk.start, chunk.end), context, in_zone))
            bare = _BARE_NOUN_RE.match(chunk_text) if len(items) >= 2 else None
            degree = _DEGREE_BEFORE_RE.search(text, items[-2].span.start, items[-2].span.end) \
                if bare and re.search(r"\b(?:and|or)\b", text[items[-2].span.end:chunk.start]) \
                else None
            if degree:
                # "official degree transcript(s) and certificate(s)": the degree's certificate
                items[-1].label = f"{degree.group('degree')} {bare.group('noun')}"
            # "your CV and/or transcript": the second may be left out
            items[-1].said_optional = bool(re.search(r"\band\s*/\s*or\s*$",
                                                     text[max(0, chunk.start - 12):chunk.start]))
            # "a statement summarizing …" opens a clause inside its own name; one in brackets
            # closes with them ("… work (including thesis chapters), teaching evaluations")
            relative = bool(RELATIVE_RE.search(BRACKETED_RE.sub(" ", chunk_text[found[1]:])))
            alternatives = bool(re.search(r"\bin\s+the\s+form\s+of\b", chunk_text[found[1]:]))
        elif items and _NEW_ASK_RE.match(chunk_text):
            continue  # "…, write one short paragraph explaining why, and state their
            # experience": what else to do, not the paragraph's name
        elif items:
            last = items[-1]
            dangling = last.kind == "other" and bool(
                _DANGLING_RE.search(text[last.span.start:last.span.end]) or
                _STATEMENT_START_RE.match(text[last.span.start:last.span.end]))
            last.span = Span(last.span.start, chunk.end)
            relative = relative or bool(RELATIVE_RE.search(BRACKETED_RE.sub(" ", chunk_text)))
            if dangling:
                # "a statement of current | and planned research | and teaching activities":
                # the whole phrase says what the statement is about
                whole = classify(text[last.span.start:last.span.end])
                if whole and whole[0] != "other":
                    last.kind = whole[0]
        if referees_after and items:
            items.extend(referees_after)
            relative = False
    return items
