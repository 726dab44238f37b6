"""The materials one list line names, under a materials heading or in a run of list lines:
"• Research statement (3 pages)", "2. Submit a CV … Optional materials include …", a table's
row "CV | A summary of your education |", "Upload …: CV, list of publications"; and the words that
say a line is about a material named before it ("This statement should …")."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import (
    CLOSING_TAGS_RE,
    LIST_MARK_RE,
    Span,
    is_heading,
    sentences_in,
    strip_span,
)
from packetizer.core.posting.laterstage import LATER_STAGE_LINE_RE, LATER_STAGE_RE
from packetizer.core.posting.lines import names_a_material, starts_with_material
from packetizer.core.posting.merging import letter_type
from packetizer.core.posting.othernames import FILL_FORM_RE
from packetizer.core.posting.phrases import Item, items_in
from packetizer.core.posting.requests import (
    DESCRIPTION_LINE_RE,
    DOCUMENT_NOUN_END_RE,
    FIELD_LINE_RE,
    FINITE_RE,
    FOR_THE_WRITERS_RE,
    LEADING_IF_RE,
    LIMITED_NAME_RE,
    LINE_REQUEST_RE,
    LISTED_IN_RE,
    MORE_THAN_ONE_RE,
    OPTIONAL_RE,
    PASSIVE_RE,
    SUCH_AS_LEAD_RE,
    TELL_THE_REFEREES_RE,
    TRIGGER_RE,
    WHO_CAN_WRITE,
    WRITTEN_BY_RE,
    about_the_referees,
)
from packetizer.core.posting.splits import BRACKETED_RE
from packetizer.core.posting.vocabulary import classify, first_other, lead_words

# "1. Read the syllabus.", "Review our research:": what to do first, nothing to send
_STEP_RE = re.compile(r"\W*(?:read|review(?!\s+forms?\b)|consider|visit|browse|check(?:\s+out)?|"
                      r"(?:final\s+)?polishing\s+of|polish|"
                      r"look\s+(?:at|through)|familiari[sz]e\s+yourself|join\s+the|find)\b"
                      r"(?!\s+(?:and|or|of)\b)"
                      # ("Find two faculty members who can write you letters": letters)
                      r"(?![^.;]{0,60}?" + WHO_CAN_WRITE + ")",
                      re.IGNORECASE)
_SUPPORTING_RE = re.compile(r"(?:(?:other|additional|further|supporting|supplementary)\s+)*"
                            r"(?:supporting|supplementary)\s+(?:materials?|documents?|documentation)",
                            re.IGNORECASE)
# "- Step #2: Fill out this form": the step's number is not a material's name
_STEP_NUMBER_RE = re.compile(r"(?:step|stage)\s*#?\s*\d{1,2}\s*[:.)–-]\s*", re.IGNORECASE)


def line_items(text: str, line: Span) -> list[Item]:
    """Items from one list line under a materials heading."""
    raw = text[line.start:line.end]
    if LATER_STAGE_LINE_RE.match(LIST_MARK_RE.sub("", raw, count=1)):
        return []  # "Only for candidates that pass the interview stage: full proposal."
    body = LIST_MARK_RE.sub("", raw, count=1).lstrip()
    if _SUPPORTING_RE.fullmatch(body.rstrip().rstrip(":")) and body.rstrip().endswith(":"):
        return []  # "2. Other supporting documents:" over the lines that name them
    named = classify(body)
    if named and LATER_STAGE_RE.search(body, 0, named[1]):
        return []  # "• Our letter to the nominees will request that the CV … be uploaded"
    if _STEP_RE.match(body[_STEP_NUMBER_RE.match(body).end() if _STEP_NUMBER_RE.match(body)
                           else 0:]):
        return []  # "1. Read the syllabus.": a step to take, not a material to send
    lead = LINE_REQUEST_RE.match(raw, len(raw) - len(raw.lstrip()) if not LIST_MARK_RE.match(raw)
                                  else LIST_MARK_RE.match(raw).end())
    told = TELL_THE_REFEREES_RE.match(body)
    named = classify(body[told.end():]) if told else None
    if named and named[0] != "other":
        # "1. Remind your references that you need those letters": the letters, not the people
        start = line.end - len(body) + told.end()
        return items_in(text, start, line.end, line, True, bullet=True)
    found = _line_items(text, line)
    if len(found) >= 2 and is_heading(raw):
        # a section's heading "Curriculum vitae and supporting materials": what the supporting
        # materials are, the section says
        found = [item for item in found
                 if not _SUPPORTING_RE.fullmatch(text[item.span.start:item.span.end].strip())]
    if found:
        found += _listed_in(text, line, {item.kind for item in found})
    if lead and OPTIONAL_RE.search(lead.group()):
        for item in found:
            item.said_optional = True  # "If available provide TOEFL results"
    body_at = LIST_MARK_RE.match(raw).end() if LIST_MARK_RE.match(raw) else 0
    if _SOME_MUST_RE.match(raw, body_at):
        for item in found:  # who is asked stays in its sentence, to make it conditional
            item.context = Span(line.start + body_at, item.context.end)
    return found


_SEE_RE = re.compile(r"\W*(?:see|visit|read|consult|refer\s+to|check(?:\s+out)?)\b", re.IGNORECASE)


def _its_own_contents(sentence: str, kinds: set[str]) -> bool:
    """Does the sentence open by naming a material of the line, then list what it holds ("CV
    format: education, exhibitions, publications.")?"""
    head = sentence.split(":", 1)[0] if ":" in sentence else ""
    named = classify(head) if head else None
    return bool(named) and named[0] in kinds


def listed_in_item(text: str, sentence: Span, in_zone: bool) -> Item | None:
    """"All other achievements must be listed in your CV, which has two pages at most": the
    CV is asked for, by what goes in it; what the sentence says after its name is about it."""
    listed_in = LISTED_IN_RE.search(sentence.text(text))
    named = classify(listed_in.group("name")) if listed_in else None
    if not named or named[0] == "other":
        return None
    at = sentence.start + listed_in.start("name")
    return Item(named[0], Span(at, sentence.start + listed_in.end("name")), sentence, in_zone,
                detail=Span(at, sentence.end))


def _listed_in(text: str, line: Span, kinds: set[str]) -> list[Item]:
    """"Official transcript … . All other achievements must be listed in your CV": a later
    sentence of the line asks for another material, by what goes in it."""
    return [item for sentence in sentences_in(text, line.start, line.end)[1:]
            for item in [listed_in_item(text, sentence, True)]
            if item is not None and item.kind not in kinds]


def _line_items(text: str, line: Span) -> list[Item]:
    raw = text[line.start:line.end]
    mark = LIST_MARK_RE.match(raw)
    start = line.start + (mark.end() if mark else len(raw) - len(raw.lstrip()))
    step = _STEP_NUMBER_RE.match(text, start, line.end)
    start = step.end() if step else start
    tags = CLOSING_TAGS_RE.search(raw)  # "… funding. </li></BLOCKQUOTE>"
    span = Span(start, line.start + tags.start() if tags and tags.start() > start - line.start
                else line.end)
    copies = _COPIES_RE.search(text, span.start, span.end)
    if copies:  # "3.Candidate's research record, published papers, etc.: 1 [Form 3]"
        span = Span(span.start, copies.start())
    body = text[span.start:span.end]
    if FOR_THE_WRITERS_RE.match(body):
        return []  # "• Give letter writers an outline of your proposal": theirs to read
    verb = LINE_REQUEST_RE.match(body) or _SOME_MUST_RE.match(body)
    if verb and classify(body[verb.end():]):
        span = Span(span.start + verb.end(), span.end)
        body = text[span.start:span.end]
    such = SUCH_AS_LEAD_RE.match(body)
    if such and classify(body[such.end():]):  # "• and documents such as transcripts, a …"
        found = items_in(text, span.start + such.end(), span.end, line, True, bullet=True)
        for item in found if OPTIONAL_RE.search(such.group()) else []:
            item.said_optional = True  # ("… may be required by specific programs, such as …")
        return found
    if SERVICE_OFFERS_RE.search(body) or FIELD_LINE_RE.match(body):
        return []  # "… can send all materials, including letters, free of charge"
    if _THE_LABS_WORK_RE.match(body):
        return []  # "One of my papers that interests you, with a short paragraph …": what to
        # say about the lab's work
    # (in the line's first sentence: "Official transcript … . All other achievements must be
    # listed in your CV" names the transcript)
    first_end = sentences_in(text, span.start, span.end)[0].end - span.start if body.strip() \
        else 0
    # (outside brackets: "Your current CV (ensure … referees are included in your CV)")
    inside = _IN_A_MATERIAL_RE.search(re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), body),
                                      0, first_end)
    if inside and classify(inside.group("name")) and classify(body[:inside.start()]):
        # "A detailed description of your research experience in the personal statement": what
        # that statement holds, not a material of its own
        return []
    negated = re.search(r"\b(?:do|does|must|should|need|may)\s+not\s+(?:include|contain|submit|"
                        r"send|attach|upload|be\s+(?:included|submitted|sent|attached|uploaded))\b",
                        body, re.IGNORECASE)
    if negated and not classify(body[:negated.start()]):
        return []  # "The application materials do not include syllabi, …"
    if negated and negated.group().lower().split()[-2:-1] == ["be"]:
        return []  # "- A second CV should not be uploaded."
    # "Research proposal: …", or a table's row "Research proposal | Of about 3,000 words. |"
    # ("Statement of need - why the project must be undertaken (1 page)": a spaced dash too)
    head = re.match(r"^([^:.|]{2,60}?)(?::|\s+\||(?<!\d)\s+[-–—](?=\s+(?!\d)))\s", body)
    if head and re.fullmatch(r"\W*(?:optional(?:ly)?|required|mandatory|compulsory|if\s+"
                             r"(?:available|applicable))\W*", head.group(1), re.IGNORECASE):
        head = None  # "Optional: evidence of …": what is said of the material, read after it
    case = _CASE_HEAD_RE.match(body)
    if case:
        # "An application to fund a stay abroad: reasons for the host chosen": what that kind
        # of application needs, asked of those who make it
        inner = Span(span.start + case.end(), span.end)
        found = items_in(text, inner.start, inner.end, span, True, bullet=True)
        for item in found:
            item.condition = item.condition or " ".join(case.group(1).split())
        return found or [Item("other", strip_span(text, inner.start, inner.end), span, True,
                              condition=" ".join(case.group(1).split()))]
    if head and WRITTEN_BY_RE.match(head.group(1)):
        # "Written by the postdoc applicant: a brief description of …": who writes it
        span = Span(span.start + head.end(), span.end)
        body, head = text[span.start:span.end], None
    if head and (classify(head.group(1)) or (
            classify(body) and not _ANSWER_HEAD_RE.match(head.group(1)))):
        # "Supporting material: the supporting material should …" ("30% to research: the
        # fellow will …" names no material)
        found = classify(head.group(1))
        label = Span(span.start, span.start + len(head.group(1)))
        # "References: Submit the names … of at least three persons …": the count is there
        rest = Span(span.start + head.end(), span.end) if span.end > span.start + head.end() \
            else None
        listed = items_in(text, rest.start, rest.end, span, True, bullet=True) if rest and \
            (found is None or found[0] == "other") and \
            not FINITE_RE.search(rest.text(text)) else []
        if len(listed) >= 2:
            # "Upload required supporting documents in a single PDF file: CV, list of
            # publications, …": the materials are after the colon
            return listed
        if found is None and rest is not None:
            # "Application: The application must contain your motivation for applying …": a
            # name that says nothing, the words after it what it is
            said = classify(rest.text(text))
            found = said if said and said[0] != "other" and lead_words(
                rest.text(text), said[1]) <= 1 else None
            abstract = re.fullmatch(r"\W*(?:project\s+)?(?:summary|abstract|synopsis)\W*",
                                    head.group(1), re.IGNORECASE)
            if abstract:
                found = None  # "Summary: a lay description of the work, 200 words": its abstract
            dash = not re.search(r"[:|]\s*$", head.group())  # ("Name - what it is")
            if not found and not abstract and not dash and said and said[0] != "other" and \
                    not FINITE_RE.search(rest.text(text)) and len(rest.text(text)) <= 80:
                # "Educational background: Bachelor's and Master's degree transcripts": the
                # words after the name are the material's own
                found, label = said, strip_span(text, rest.start, rest.end)
        numbered = rest and re.fullmatch(r"\W*part\s+(?:[ivx]{1,4}|\d)\W*", head.group(1),
                                         re.IGNORECASE)
        part = classify(rest.text(text)) if numbered else None
        if numbered and not part:
            return []  # "Part IV: Appendices": a section of the proposal, no document of its own
        if part and lead_words(rest.text(text), part[1]) <= 1:
            # "Part 2: Budget (one page)": the part's name is the material's
            found, label = part, strip_span(text, rest.start, rest.end)
        return [Item(found[0] if found else "other", label, span, True, detail=rest)]
    if head and "|" in body and DOCUMENT_NOUN_END_RE.search(head.group(1)):
        # a table's row "Data privacy statement | |": a document by its name, nothing said of it
        return [Item("other", Span(span.start, span.start + len(head.group(1))), span, True)]
    sentences = sentences_in(text, span.start, span.end)
    if len(sentences) > 1 and (starts_with_material(sentences[0].text(text)) or (
            # "Copies of English test scores (IELTS or TOEFL). For IELTS the minimum …"
            names_a_material(sentences[0].text(text)) and
            sentences[0].text(text).rstrip().endswith(".") and
            not FINITE_RE.search(sentences[0].text(text)) and
            not TRIGGER_RE.search(text, sentences[1].start, span.end))):
        # "Names of three references. Shortlisted candidates will be asked for letters.": the
        # line's first sentence names the material, the rest says more about it
        first, rest = sentences[0], Span(sentences[1].start, span.end)
        found = items_in(text, first.start, first.end, span, True, bullet=True) or \
            _named_by_whole(text, first, span)
        # ("The statement can also include details of …" says what the material holds)
        asking = [(sentence, trigger) for sentence in sentences[1:]
                  for trigger in [TRIGGER_RE.search(sentence.text(text))]
                  if trigger and classify(sentence.text(text)[trigger.end():]) and
                  not classify(sentence.text(text)[:trigger.start()]) and
                  not _THE_MATERIAL_RE.search(sentence.text(text), 0, trigger.start()) and
                  not MORE_THAN_ONE_RE.match(sentence.text(text)) and
                  not ABOUT_IT_RE.match(sentence.text(text)) and
                  not about_the_referees(sentence.text(text)) and
                  not _ON_IT_RE.search(sentence.text(text)) and
                  not _details_of_something(sentence.text(text)[trigger.end():]) and
                  not _EXTENT_RE.match(sentence.text(text), trigger.end()) and
                  not ("letters" in {i.kind for i in found} and
                       _WRITERS_NAMED_RE.match(sentence.text(text), trigger.end()))]
        objects = [(sentence.start + trigger.end(), sentence, sentence.end, False)
                   for sentence, trigger in asking]
        # "2. A CV with official transcripts that verify … . Copies of official diplomas and
        # grade transcripts.": a later sentence that only names materials lists more
        # ("See our guide to the statement.", "Art-world CV format: education, …,
        # publications.": where to read more, and what the line's material holds)
        objects += [(sentence.start, sentence, sentence.end, False) for sentence in sentences[1:]
                    if names_a_material(sentence.text(text)) and
                    # ("Names of three colleagues who can speak to your teaching.": a name)
                    not FINITE_RE.search(re.split(r"\s(?:who|whom|whose)\s",
                                                  sentence.text(text))[0]) and
                    not TRIGGER_RE.search(sentence.text(text)) and
                    not _NEGATED_RE.search(BRACKETED_RE.sub(" ", sentence.text(text))) and
                    not _SEE_RE.match(sentence.text(text)) and
                    not _its_own_contents(sentence.text(text), {i.kind for i in found}) and
                    not (len(sentences[0].text(text).split()) <= 3 and
                         _DEFINITION_RE.match(sentence.text(text)))]
        objects += _subjects_of_later_sentences(text, sentences[1:], {i.kind for i in found})
        if objects:
            # "2. Submit a CV … Optional materials include a cover letter, …": a later sentence
            # asks for more, each in its own words; its limits are said of those
            more = []
            for start, sentence, end, optional in sorted(objects, key=lambda o: o[0]):
                for item in items_in(text, start, end, sentence, True):
                    item.said_optional = item.said_optional or optional
                    more.append(item)
            return found + more
        for item in found:
            item.detail = rest
        return found
    if len(sentences) > 1 and not classify(sentences[0].text(text)):
        # "• Proposed dates of visit (as exact as possible). Please note … . One reference letter
        # from the dean or a colleague.": a later sentence that only names a material
        later = [(sentence, sentence.end) for sentence in sentences[1:]
                 if starts_with_material(sentence.text(text)) and
                 not FINITE_RE.search(sentence.text(text)) and
                 not TRIGGER_RE.search(sentence.text(text)) and
                 not _NEGATED_RE.search(BRACKETED_RE.sub(" ", sentence.text(text)))]
        # ("• Incomplete applications will be disqualified. … Resumes are a required
        # attachment, but …": a later sentence that asks for a material by its name)
        later += [(sentence, sentence.start + passive.end(1)) for sentence in sentences[1:]
                  for passive in [PASSIVE_RE.match(sentence.text(text))]
                  for named in [classify(passive.group(1)) if passive else None]
                  if named and named[0] != "other" and
                  lead_words(passive.group(1), named[1]) <= 1]
        if later:
            return [item for sentence, end in sorted(later, key=lambda s: s[0].start)
                    for item in items_in(text, sentence.start, end, sentence, True)]
    rejected = next((sentence for sentence in sentences[1:]
                     if _REJECTED_RE.search(sentence.text(text))), None)
    if rejected is not None:
        # "… and credentials. "See Resume" will not be accepted in lieu of …": what is not
        # accepted is not asked for
        span = Span(span.start, rejected.start)
        body = text[span.start:span.end]
    first = classify(body)
    condition = LEADING_IF_RE.match(body)
    asks = TRIGGER_RE.search(body, condition.end()) if first and condition else None
    if asks and condition.end() > first[1] and classify(body[asks.end():]) and \
            not classify(body[condition.end():asks.start()]):
        # "(4) If English is not your first language, and you hold an English qualification,
        # then please provide a copy of the certificate": the request is after the condition
        return items_in(text, span.start + condition.end(), span.end, span, True, bullet=True)
    # (a document named before that one counts first: "A confirmation form … that you can use
    # its publications")
    named_at = min(first[1], first_other(body) if first_other(body) is not None else first[1]) \
        if first else 0
    if first and FINITE_RE.search(body, 0, named_at) and not TRIGGER_RE.search(body, 0, named_at):
        # "The easiest way is to mention your interest in the Statement of Purpose": a sentence
        # about the material, which it does not ask for
        return []
    form = FILL_FORM_RE.match(body, re.match(r"\W*", body).end())
    if form:  # "Fill out this form to express your interest": the form is the item
        return [Item("other", Span(span.start + form.start("name"), span.start + form.end()),
                     span, True)]
    found = items_in(text, span.start, span.end, span, True, bullet=True)
    for item in found[1:]:
        own = next((sentence for sentence in sentences[1:]
                    if sentence.start <= item.span.start < sentence.end), None)
        if own is not None:
            # "A copy of your thesis. In case it is not in English, please provide a summary":
            # an item named in a later sentence is asked for by that sentence
            item.context = Span(own.start, span.end)
    opening = None if found else _STATEMENT_ON_RE.match(body)
    if opening:
        # "- A short statement (maximum 500 words) on:" / "1. Potential research problems …":
        # the statement is named by what its first point is about
        below = text[line.end:].lstrip("\n").split("\n", 1)[0]
        named = classify("statement on " + LIST_MARK_RE.sub("", below, count=1))
        if named and named[0] != "other" and named[1] == 0:
            return [Item(named[0], Span(span.start + opening.start("name"),
                                        span.start + opening.end("name")), span, True)]
    described = None if found else DESCRIPTION_LINE_RE.match(body)
    if described:
        # "• A description of at least one paragraph of the service project you would offer":
        # a list line that opens with a description is one
        return [Item("other", Span(span.start + described.start("name"),
                                   span.start + described.end("name")), span, True)]
    limited = None if found else LIMITED_NAME_RE.match(body)
    if limited:
        # "Research contributions of maximum 1 page" under "Documents required": a document,
        # whatever its name, as it has a page limit
        name = "name" if limited.group("name") else "short"
        return [Item("other", Span(span.start + limited.start(name),
                                   span.start + limited.end(name)), span, True,
                     detail=Span(span.start + limited.end(name), span.end))]  # (its limit)
    return found or _named_by_whole(text, span, span)


def _named_by_whole(text: str, part: Span, span: Span) -> list[Item]:
    """"A statement that summarises how your experience, skills, … meet each of the selection
    criteria": a material named by the whole of its words, not by any of its parts."""
    body = part.text(text)
    whole = classify(body)
    if whole and lead_words(body, whole[1]) <= 1:
        return [Item(whole[0], strip_span(text, part.start, part.end), span, True)]
    return []


_STATEMENT_ON_RE = re.compile(r"\W*(?P<name>(?:an?\s+)?(?:[\w-]+\s+){0,2}?statement(?:\s*"
                              r"\([^()]{1,40}\))?)\s*(?:on|about|covering|addressing)\s*:\s*$",
                              re.IGNORECASE)
_THE_LABS_WORK_RE = re.compile(r"\W*(?:(?:one|two|some|any|\d)(?:\s+or\s+\w+)?\s+of\s+)?"
                               r"(?:my|our)\s+(?:[\w-]+\s+)?(?:papers|publications|articles|"
                               r"projects)\b", re.IGNORECASE)
# "- Yes: The easiest way is to mention it in the Statement of Purpose": an answer, not a name
_ANSWER_HEAD_RE = re.compile(r"\W*(?:yes|no|maybe|note|tip|hint|example|important|answer)\W*$",
                             re.IGNORECASE)
_IN_A_MATERIAL_RE = re.compile(r"\bin\s+(?:the|your)\s+(?P<name>(?:[\w-]+\s+){0,2}?(?:statement|"
                               r"letter|cv|essay|proposal))\b", re.IGNORECASE)


def _subjects_of_later_sentences(text: str, sentences: list[Span],
                                 kinds: set[str]) -> list[tuple[int, Span, int, bool]]:
    """"• Send a CV. Where possible, one or two papers will be useful.": a later sentence of a
    list line whose subject is another material, and whether it says that one is optional."""
    found = []
    for sentence in sentences:
        s_text = sentence.text(text)
        aside = _ASIDE_FIRST_RE.match(s_text)
        passive = PASSIVE_RE.match(s_text[aside.end():])
        named = classify(passive.group(1)) if passive else None
        # ("Letters of reference … . A letter from the dean is required.": another writer's)
        if named and named[0] != "other" and (named[0] not in kinds or (
                named[0] == "letters" and letter_type(passive.group(1)) not in (None,
                                                                               "recommendation"))) \
                and lead_words(passive.group(1), named[1]) <= 1:
            end = aside.end() + passive.end(1)
            found.append((sentence.start + aside.end(), sentence, sentence.start + end,
                          bool(OPTIONAL_RE.search(s_text, end))))
    return found


# "A sample of work. Authors should send at most 20 pages of printed prose.": how much of the
# line's material to send, not another one
_EXTENT_RE = re.compile(r"\s*(?:no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|"
                        r"a\s+maximum\s+of|max(?:imum)?\.?)\s+[\d,]+\s+(?:pages?|words)\s+of\b",
                        re.IGNORECASE)


# ("Names and e-mails (not letters) of two referees" asks for the names)
_NEGATED_RE = re.compile(r"\b(?:not|no|nor)\b", re.IGNORECASE)


# "CV. A short record of your education and posts.": what the named material is
_DEFINITION_RE = re.compile(r"\W*an?\s+(?:(?:brief|short|concise|full|complete)\s+)?(?:summary|"
                            r"record|account|overview|description)\s+of\s+(?:your|the)\b",
                            re.IGNORECASE)


# "Two letters. … Our portal asks for the names and e-mail addresses of recommenders": who
# writes the line's letters, not another item
_WRITERS_NAMED_RE = re.compile(r"\s*(?:(?:a|the)\s+)?(?:list\s+of\s+(?:the\s+)?)?(?:names?|"
                               r"contact|details|e-?mail|address)\b[^.;]{0,80}?\b(?:referees|"
                               r"recommenders|letter\s+writers)\b", re.IGNORECASE)


# a list line's head naming a kind of application, what it needs after the colon
_CASE_HEAD_RE = re.compile(r"(\s*(?:an?\s+)?applications?\s+(?:for|to)\s+[^:.;]{3,100}|"
                           # "If employed: statement from the employer …", "If not employed: …"
                           r"\s*if\s+(?:not\s+)?[\w-]+(?:\s+[\w-]+){0,3}?|"
                           # "Pour les candidats hors Espace Économique Européen : une copie …"
                           r"\s*pour\s+les\s+candidat(?:e)?s\s+[^:.;]{2,80}?)\s?:\s+(?=\S)",
                           re.IGNORECASE)
_ASIDE_FIRST_RE = re.compile(r"\W*(?:(?:whenever|where|if|when)\s+(?:possible|available|"
                             r"applicable|appropriate|relevant)\s*,\s*)?", re.IGNORECASE)
_THE_MATERIAL_RE = re.compile(r"\b(?:the|this|that|your)\s+(?:[\w-]+\s+)?(?:statement|plan|letter|"
                              r"proposal|document|essay|summary|cv|vita|list|sample|description)\b",
                              re.IGNORECASE)


def _details_of_something(after: str) -> bool:
    """"You should also include details of the skills that make you a good candidate": in a
    later sentence of a material's line, details of anything but referees are what the material
    says."""
    found = classify(after)
    return bool(found and found[0] == "other" and re.match(
        r"\W*(?:(?:the|any|full|further|more|some|brief)\s+)?(?:details|information)\s+"
        r"(?:of|about|on|regarding)\b", after, re.IGNORECASE))


# how many copies, and on which form: "…: 1 original [Form 3]"
_COPIES_RE = re.compile(r":\s*\d{1,2}\s*(?:originals?|cop(?:y|ies))?\s*(?:\[[^\]\n]*\])?[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
# "Your CV. Make sure your e-mail, web address, and references are on this.": what it holds
_ON_IT_RE = re.compile(r"\b(?:are|is)\s+(?:on|in|listed\s+(?:on|in))\s+(?:this|it|there|them)\W*$",
                       re.IGNORECASE)
_REJECTED_RE = re.compile(r"\b(?:will|shall|can|may)\s+not\s+be\s+(?:accepted|considered)\b",
                          re.IGNORECASE)
ABOUT_IT_RE = re.compile(r"^\W*(?:this|it|these|they)\s+(?:is|are|should|must|will)\b",
                          re.IGNORECASE)


# "- Pre-doctoral candidates must also provide a sealed transcript.": who, then what
_SOME_MUST_RE = re.compile(
    r"[\w-]+(?:\s+[\w-]+)?\s+(?:applicants|candidates)\s+(?:should|must|will|may)\s+"
    r"(?:also\s+)?(?:provide|submit|send|include|attach|upload)\s+", re.IGNORECASE)
SERVICE_OFFERS_RE = re.compile(r"\bfree\s+of\s+charge\b|\ba\s+free\s+(?:[\w-]+\s+){0,2}"
                                       r"account\b", re.IGNORECASE)
