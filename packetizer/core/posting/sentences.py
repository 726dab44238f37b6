"""Materials asked for in a posting's sentences, wherever they stand: "Please send a CV and
three letters", "A research statement is required", "Reach out to Dr. X … with your CV". The
sentences inside the lists and zones `items` has read are left to it."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import INLINE_ENUM_RE, Span, sentences_in
from packetizer.core.posting.facts import qualification_lines
from packetizer.core.posting.german import verb_final_objects
from packetizer.core.posting.laterstage import LATER_STAGE_RE
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.lines import NEAR_LEAD
from packetizer.core.posting.listline import listed_in_item
from packetizer.core.posting.notasked import (
    CONTRAST_RE,
    FROM_WHOM_RE,
    NOT_SENDING_RE,
    QUALIFICATION_SUBJECT_RE,
    REQUESTED_LATER_RE,
    THEY_WRITE_RE,
    WHAT_IT_OFFERS_RE,
    asks_the_applicant_nothing,
)
from packetizer.core.posting.nounruns import verbless_item
from packetizer.core.posting.openings import (
    HOLDER_RE,
    IT_HOLDS_RE,
    describes_a_material,
    held_in_item,
    list_tail,
    opening_item,
    package_parts,
    write_in_item,
)
from packetizer.core.posting.othernames import FILL_FORM_RE, FORM_NAME
from packetizer.core.posting.phrases import EMPLOYER_REQUESTS_RE, Item, items_in
from packetizer.core.posting.requests import (
    IF_THEN_YOU_RE,
    LEADING_IF_RE,
    NEGATED_RE,
    OPTIONAL_RE,
    PASSIVE_RE,
    PROCEDURE_RE,
    SEPARATE_RE,
    TRIGGER_RE,
    UPLOAD_NAME_RE,
)
from packetizer.core.posting.sections import requirements_list
from packetizer.core.posting.unnamed import unnamed_statement
from packetizer.core.posting.vocabulary import classify, first_other, lead_words

_THIS_ONE_RE = re.compile(r"\W*(?:this|these|such)\s+(?:documentation|documents?|evidence|proof|"
                          r"statement|letter|file)\s+(?:must|should|shall|needs?\s+to)\s+(?:also\s+)?$",
                          re.IGNORECASE)
_PERFECT_RE = re.compile(r"\b(?:have|has|had)\s+(?!to\b)(?:\w+\s+)?\(?(?:or\s+)?$",
                         re.IGNORECASE)


def _inside_a_material(s_text: str, match: re.Match) -> bool:
    """Is this trigger word ("including", "containing", "with") part of a material's own
    phrase, right after the material's name?"""
    if not re.match(r"includ|contain", match.group(), re.IGNORECASE):
        return False
    before = s_text[max(0, match.start() - 60):match.start()]
    found = classify(before)
    return found is not None and not before[found[2]:].strip(" ,")


_SUBMITS_A_DOCUMENT_RE = re.compile(r"\b(?:must|should|will\s+need\s+to)\s+(?:also\s+)?(?:submit|"
                                    r"attach|upload)\s+(?:an?|the|your)\s+(?-i:[A-Z])[\w-]*\s+"
                                    r"(?:for|of)\s+(?-i:[A-Z])", re.IGNORECASE)
_BUT_PASSIVE_RE = re.compile(
    r"[^.;]*?,\s+but\s+(?P<subject>[^.;,]{2,80}?)\s+(?:should|must|will|need\s+to|have\s+to)\s+"
    r"(?:also\s+)?be\s+(?:attached|provided|submitted|included|enclosed|sent|uploaded)\b",
    re.IGNORECASE)

_CLAUSE_DASH_RE = re.compile(r"\s[—–]\s+")
_DOCUMENTS_SUCH_AS_RE = re.compile(r"(?:(?:the|all|any|your|some)\s+)?(?:[\w-]+\s+)?(?:documents|"
                                   r"materials|files|items)\b[^.;:]{0,100}?,?\s+such\s+as\s+",
                                   re.IGNORECASE)
# "submit to the School of Music at least five …", "send to Dr. Smith a CV": whom, not what
_RECIPIENT_RE = re.compile(r"\s*to\s+(?:the\s+)?(?-i:[A-Z][\w&'’.-]*)"
                           r"(?:\s+(?:of|for|and|(?-i:[A-Z])[\w&'’.-]*))*\s+", re.IGNORECASE)
# ("Attach (as PDF) your CV", "Combine in a single PDF file three letters")
_ASIDE_AFTER_VERB_RE = re.compile(r"\s*\([^()]{1,40}\)\s*|\s*in(?:to)?\s+(?:a|one)\s+(?:single\s+)?"
                                  r"(?:pdf|file|document)(?:\s+(?:file|document))?\s+"
                                  r"(?=(?:an?|the|your|all|up|\w+\s+of|\d+|one|two|three)\s)",
                                  re.IGNORECASE)
# "… with the subject line: [Thesis | Visit application] Your Name": what the subject says
_SUBJECT_LINE_RE = re.compile(r"\bsubject(?:\s+line|\s+heading)?\s*:\s*[\[\"“'(]?\s*$",
                              re.IGNORECASE)
# "the candidature form to send alongside", "a form to be returned with it"
_TO_SEND_RE = re.compile(r"\s+to\s+(?:be\s+)?(?:send|sent|submit(?:ted)?|attach(?:ed)?|"
                         r"return(?:ed)?|upload(?:ed)?)\s+(?:alongside|along\s+with|"
                         r"with\s+(?:it|them|your|the)|as\s+well|too)\b", re.IGNORECASE)
# "… and we can discuss …", "… so that I will see …": a clause of its own, with its own verb
_NEW_CLAUSE_RE = re.compile(r"\b(?:and|so|then)\s+(?:that\s+)?(?:we|i)\s+(?:can|will|could|may|"
                            r"would|shall)\b", re.IGNORECASE)
_NEAR_CHARS = 600  # how far after a request word its first material may be named
# "email …", "send an email / a mail …": what follows is what the e-mail holds
_EMAIL_OBJECT_RE = re.compile(r"(?:(?:send|write)\s+)?(?:(?:an?|your)\s+)?(?:e-?)?mail\b",
                              re.IGNORECASE)
# "The steps for submitting …": the request word names how it is done
_AFTER_PROCEDURE_RE = re.compile(PROCEDURE_RE.pattern + r"\s+$", re.IGNORECASE)
_LIMIT_BEFORE_RE = re.compile(r"\b(?:pages?|words?|characters|pp\.?)\s*(?:\([^()]{0,40}\))?"
                              r"\s*,?\s*$", re.IGNORECASE)
# "Shortly after you submit your completed application, …": when, not what to send
_AFTER_YOU_RE = re.compile(r"\b(?:after|once|when|before|as\s+soon\s+as)\s+(?:you|applicants|"
                           r"candidates)\s+(?:have\s+)?$", re.IGNORECASE)
# ("Once you have sent your phase 2 application, …")
_THE_APPLICATION_RE = re.compile(r"\s+(?:your|the|their)\s+(?:(?:completed|complete|online|full|"
                                 r"phase\s+(?:one|two|\d|[ivx]+)|first|second|initial)\s+)*"
                                 r"application\b(?!\s+(?:forms?|materials|documents|letter))",
                                 re.IGNORECASE)
_ASKING_SENTENCE_RE = re.compile(r"\b(?:please|should|interested|contact|e-?mail|reach\s+out|"
                                 r"write|[ei]nquire|get\s+in\s+touch)\b", re.IGNORECASE)
_WITH_RE = re.compile(r"\b(?:along\s+)?with\s+|(?<=accompanied\s)by\s+", re.IGNORECASE)
_TO_SOMEONE_RE = re.compile(r"\s*(?:(?:an?|your)\s+)?(?:e-?mail\s+)?to\s+(?!apply\b|be\b)",
                            re.IGNORECASE)
_RECIPIENT_CHARS = 120  # how far after the request word whom it goes to may end
_APPLICATION_OBJECT_RE = re.compile(r"\s+(?:your|their|his\s+or\s+her|an?|the)\s+(?:complete\s+)?"
                                    r"applications?\b", re.IGNORECASE)
# "please read this form carefully and submit an application": the form is the application
_FORM_TO_APPLY_RE = re.compile(rf"\b(?:read|see|open|use)\s+(?P<name>{FORM_NAME})(?=[^.;]{{0,60}}?"
                               r"\band\s+(?:then\s+)?submit\s+(?:an?\s+|your\s+)?application\b)",
                               re.IGNORECASE)
# "liaise closely with your referees": people, not what they send
_WITH_PEOPLE_RE = re.compile(r"(?:your|the|their)\s+(?:referees|recommenders|references|letter\s+"
                             r"writers|supervisors?|advis[oe]rs?)\b", re.IGNORECASE)
_FACTS_RE = re.compile(r"(?:^|,\s*|\band\s+)(?:[\w-]+\s+){0,2}?(?:information|details|results|"
                       r"data)\s+(?:about|on|of|regarding)\b", re.IGNORECASE)
_OF_A_NAMED_ONE_RE = re.compile(r"\b(?:to|in|of|for)\s+(?:the|your|this)\s+(?:research\s+)?"
                                r"(?:proposal|statement|essay|plan)\b", re.IGNORECASE)
# a document the posting named before, by its bare head noun: "The letter", "This statement"
_NAMED_BEFORE_RE = re.compile(r"(?:letter|statement|document|essay)", re.IGNORECASE)
_YOU_SUBMIT_RE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:you|applicants|candidates)\s+(?:will\s+|must\s+|should\s+)?"
    r"(?:submit|send|upload|provide|include|prepare)\b", re.IGNORECASE)

def _with_material(s_text: str, start: int, end: int) -> re.Match | None:
    """The first "with" between start and end that a named material follows ("… with your CV
    and …"), not people ("liaise with your referees")."""
    return next((m for m in _WITH_RE.finditer(s_text, start, end)
                 for found in [classify(s_text[m.end():])]
                 if found and found[0] != "other" and
                 lead_words(s_text[m.end():], found[1]) <= 1 and
                 not _WITH_PEOPLE_RE.match(s_text, m.end())), None)


def sentence_items(text: str, lines: list[Span], consumed: list[Span]) -> list[Item]:
    """The items of every sentence that asks for materials, outside the spans `consumed`."""
    items: list[Item] = []
    def inside_consumed(span: Span) -> bool:
        return any(c.start <= span.start < c.end for c in consumed)

    qualification_zone = qualification_lines(text, lines)
    every = sentences_in(text, 0, len(text))
    for number, sentence in enumerate(every):
        if inside_consumed(sentence):
            continue
        if any(q.start <= sentence.start < q.end for q in qualification_zone) and \
                not _SUBMITS_A_DOCUMENT_RE.search(sentence.text(text)):
            continue  # ("Candidates … must submit an Application for Equivalency" under
            # "Minimum qualifications" still asks for it)
        s_text = sentence.text(text)
        parts = package_parts(text, sentence)
        if parts:  # "The proposal must include (A) a cover sheet, …": the application's
            items.extend(parts)
            continue
        tail = list_tail(text, every, number, items)
        if tail is not None:
            items.append(tail)
            continue
        enumerated = list(INLINE_ENUM_RE.finditer(s_text))
        if len(enumerated) >= 3 and not s_text[:enumerated[0].start()].strip():
            # "(1) Cover letter describing …, (2) Current curriculum vitae (CV), (3) …": a
            # numbered run that mostly names materials is a list of them, asked or not
            found = items_in(text, sentence.start, sentence.end, sentence, False)
            if len(found) * 2 >= len(enumerated):
                items.extend(found)
                continue
        warning = NOT_SENDING_RE.match(s_text)
        named = classify(s_text[warning.end():]) if warning else None
        if named and any(s_text[warning.end() + named[1]:warning.end() + named[2]].lower() in
                         text[item.span.start:item.span.end].lower() for item in items):
            continue  # "Not attaching your Foreign Credential Evaluation will render your
            # application incomplete": what happens without one asked for before
        held = held_in_item(text, sentence)
        if held is not None:
            items.append(held)
            continue
        listed_in = listed_in_item(text, sentence, False)
        if listed_in is not None:  # "All other achievements must be listed in your CV"
            items.append(listed_in)
        opening = opening_item(text, sentence)
        if opening is not None:
            items.append(opening)
            continue
        verbless = verbless_item(text, every, number)
        if verbless is not None:  # "Three letters of recommendation. Resume."
            items.extend(items_in(text, verbless.start, verbless.end, sentence, False))
            continue
        before = [every[k].text(text) for k in range(number - 1, max(-1, number - 4), -1)]
        if asks_the_applicant_nothing(s_text) or describes_a_material(s_text, before):
            continue
        listed = requirements_list(s_text)
        if listed is not None:
            etc = re.search(r",?\s*\betc\b", s_text)  # ("…, etc. See more details …")
            items.extend(items_in(text, sentence.start + listed,
                                  sentence.start + etc.start() if etc else sentence.end,
                                  sentence, False))
            continue
        written_in = write_in_item(text, sentence)
        if written_in is not None:  # "Please explain … in the Personal Statement"
            items.append(written_in)
        german = verb_final_objects(s_text)  # "…, dass Sie ein Anschreiben … einreichen."
        if german:
            items.extend(items_in(text, sentence.start + german[0], sentence.start + german[1],
                                  sentence, False))
            continue
        passive = PASSIVE_RE.match(s_text)
        if passive and re.search(r"\bbe\s+(?:downloaded|obtained)\s*$", passive.group(0)) and \
                not re.search(r"\b(?:forms?|templates?|questionnaires?|sheets?)\b",
                              passive.group(1), re.IGNORECASE):
            passive = None  # "Information about the lab can be obtained at …": no form to fill
        # where to look for a request in the sentence ("Whereas graduate schools require a
        # statement of purpose, the job application requires …": after what others ask)
        contrast = CONTRAST_RE.match(s_text)
        after = contrast.end() if contrast else 0
        if passive and re.match(r"\s*(?:no|none)\b|\s*any\s+(?:other\s+)?(?:materials|documents|"
                                r"items)\b", passive.group(1), re.IGNORECASE):
            continue  # "No scholarship documentation is required.", "Any materials in your
            # portfolio that you submit by postal mail may also be submitted online."
        if passive and passive.group(0).rstrip().lower().endswith("included") and (
                _OF_A_NAMED_ONE_RE.search(s_text, passive.end()) or
                (_FACTS_RE.search(passive.group(1)) and
                 (classify(passive.group(1)) or ("other",))[0] == "other")):
            continue  # "A brief introduction should be included to outline the background to
            # the proposal": a part of the proposal; "… initial results and information about
            # the funding source must be included": what it says
        if passive and REQUESTED_LATER_RE.match(text, sentence.end):
            continue  # "A valid Certificate of Conduct is required for this position. This will
            # be requested as part of the application process.": later, by the employer
        unknown = unnamed_statement(text, sentence.start + passive.start(1),
                                    sentence.start + passive.end(1)) if passive else None
        if unknown is not None:  # "A data statement should be appended."
            items.append(Item("other", unknown, sentence, False))
            continue
        if passive and classify(passive.group(1)) and not EMPLOYER_REQUESTS_RE.search(s_text) \
                and not QUALIFICATION_SUBJECT_RE.match(passive.group(1)):
            # "Applications consisting of a cover letter, … can be submitted": after the trigger
            lead = TRIGGER_RE.search(s_text, 0, passive.end(1))
            subject_start = sentence.start + (lead.end() if lead and not classify(
                s_text[:lead.start()]) and classify(s_text[lead.end():passive.end(1)]) else 0)
            # "Feel free to email Duncan — a brief email with your CV is welcome": the subject
            # is the clause after the dash
            dash = list(_CLAUSE_DASH_RE.finditer(s_text, 0, passive.end(1)))
            if dash and classify(s_text[dash[-1].end():passive.end(1)]):
                subject_start = max(subject_start, sentence.start + dash[-1].end())
            condition = LEADING_IF_RE.match(s_text, subject_start - sentence.start,
                                             passive.end(1))
            if condition:
                # "if you have presented a paper at a conference, then this presentation would
                # be welcome": what the if-clause names is not the subject
                subject_start = sentence.start + condition.end()
            subject = items_in(text, subject_start, sentence.start + passive.end(1),
                                sentence, False)
            # a subject that only names the category ("all supporting documentation must be
            # uploaded, including …") is not an item: the objects after it are
            if any(item.kind != "other" for item in subject) or \
                    not TRIGGER_RE.search(s_text, passive.end()):
                for item in subject:
                    item.said_optional = bool(OPTIONAL_RE.search(
                        s_text[passive.end(1):passive.end()]))
                items.extend(subject)
                with_at = _with_material(s_text, passive.end(), len(s_text))
                if with_at is not None and with_at.start() - passive.end() <= 3:
                    # "Online application forms should be submitted with a cover letter, …"
                    items.extend(items_in(text, sentence.start + with_at.end(), sentence.end,
                                          sentence, False))
                colon = s_text.find(":", passive.end())
                if colon >= 0 and all(item.kind == "other" for item in subject) and \
                        classify(s_text[colon + 1:]):
                    # "… the papers which must be enclosed with each case, whatever the grade:
                    # a profile, a CV, …": the list after the colon
                    items.extend(items_in(text, sentence.start + colon + 1, sentence.end,
                                          sentence, False))
                but = _BUT_PASSIVE_RE.match(s_text, passive.end())
                if but and classify(but.group("subject")):
                    # "Accepted articles can also be provided, but the letters of acceptance
                    # should be attached as evidence": asked with them, when they are sent
                    also = items_in(text, sentence.start + but.start("subject"),
                                    sentence.start + but.end("subject"), sentence, False)
                    for item in also:
                        item.said_optional = any(i.said_optional for i in subject)
                    items.extend(also)
                continue
            after = passive.end()  # "all documents must be uploaded, including …"
        if_clause = IF_THEN_YOU_RE.match(s_text, after)  # "If you submit an online application
        if if_clause and TRIGGER_RE.search(s_text, if_clause.end()):  # you will be asked to
            after = if_clause.end()  # upload …": the request after it ("… then you should do so")
        trigger, best_lead, list_at = None, 9, 0
        negated = 0  # where a request taken back ends
        for match in TRIGGER_RE.finditer(s_text, after):
            if match.start() <= 3 and re.match(r"(?:along|together)\s+with", match.group(),
                                               re.IGNORECASE) and \
                    re.match(r"\s*(?:your|the)\s+[^,.;]{2,40},", s_text[match.end():]):
                continue  # "Along with your references, we'll also need …": named before
            if _PERFECT_RE.search(s_text[:match.start()]) or \
                    _THIS_ONE_RE.match(s_text[:match.start()]):
                continue  # "will have published (or submitted) …": what the candidate did;
                # "This proof should include a note from …": what that one holds
            if NEGATED_RE.search(s_text[:match.start()]) or \
                    _AFTER_PROCEDURE_RE.search(s_text[:match.start()]):
                negated = match.end()
                continue  # "The materials do not include syllabi or evaluations": not asked
            if match.group().lower().startswith("includ") and \
                    _LIMIT_BEFORE_RE.search(s_text, 0, match.start()):
                continue  # "… four pages (2,800 words), including the references": what it counts
            if _AFTER_YOU_RE.search(s_text, 0, match.start()) and \
                    _THE_APPLICATION_RE.match(s_text, match.end()):
                continue  # "Shortly after you submit your application, your referees …": when
            if trigger is not None and _inside_a_material(s_text, match):
                continue  # "a current vita including a list of publications": part of the CV
            if match.group().lower().startswith("write") and \
                    THEY_WRITE_RE.search(s_text, 0, match.start()):
                continue  # "they are often glad to write a letter": the referees write it
            if trigger is not None and FROM_WHOM_RE.search(s_text, 0, match.start()):
                continue  # "… three referees from whom we will request letters": theirs
            rest = s_text[match.end():].lstrip(" :")
            aside = _ASIDE_AFTER_VERB_RE.match(rest)
            rest = rest[aside.end():] if aside else rest
            # "must submit to the School of Music at least five original compositions"
            recipient = _RECIPIENT_RE.match(rest)
            skipped = 0
            if recipient and classify(rest[recipient.end():]):
                rest = rest[recipient.end():]
                skipped = len(s_text) - len(rest)
            # "upload documents that you are likely to need in all your applications, such as
            # your Curriculum Vitae, …": the documents are the ones named after "such as"
            such = _DOCUMENTS_SUCH_AS_RE.match(rest)
            if such and classify(rest[such.end():]):
                rest = rest[such.end():]
                skipped = len(s_text) - len(rest)
            # a request's material is named near it: a runaway "sentence" (a form's text, a
            # table) is not searched to its end from every request word in it
            found = classify(rest[:_NEAR_CHARS])
            # an "other" document named first counts as first ("provide sufficient details
            # about your background, proofs of your education … and your CV", "complete the
            # application form and send a CV")
            other_at = first_other(rest) if found else None
            first = min(found[1], other_at if other_at is not None else found[1]) if found else 0
            if found and TRIGGER_RE.search(rest, 0, first):
                continue  # "sent by e-mail and should include a letter": "include" asks
            if found and _NEW_CLAUSE_RE.search(rest, 0, first):
                continue  # "Contact me via email and we can discuss your research interests"
            if found:
                lead, at = lead_words(rest, first), skipped
                cut = max(rest.rfind(",", 0, first), rest.rfind(";", 0, first))
                if lead > NEAR_LEAD and cut > 0 and (
                        (rest.count(",", 0, cut) >= 2 and _ASKING_SENTENCE_RE.search(s_text)) or
                        # ("The material used for assessment is, respectively: quality of …,
                        # CV (résumé), …": a colon's list)
                        match.group().rstrip().endswith(":")):
                    # "… MUST contain your name, the position, your degree, IELTS/TOEFL/GRE
                    # score …": in a list, the words before a material are its list entry's
                    lead = min(lead, lead_words(rest[cut + 1:], first - cut - 1) + 1)
                if lead > NEAR_LEAD and _EMAIL_OBJECT_RE.match(match.group() + " " + rest) and \
                        classify(rest[found[2]:]):
                    # "send an email to the person responsible for the project incuding your
                    # transcript, a CV, and …": the list is what the e-mail holds
                    lead = NEAR_LEAD + 1
                    at = len(s_text) - len(rest) + first
                    det = re.search(r"\b(?:your|an?|the)\s+$", s_text[:at], re.IGNORECASE)
                    at = det.start() if det else at
                if lead < best_lead and not (trigger is not None and best_lead <= NEAR_LEAD):
                    # the first request that names a material soon after it wins: "email two
                    # pieces of written work … along with a CV" is read from "email"
                    trigger, best_lead = match, lead
                    list_at = at
        if trigger is None and not negated and _ASKING_SENTENCE_RE.search(s_text):
            # "Reach out to Dr. X, who leads the group, with your CV and …": in a sentence that
            # asks, "with" a material names what to send, however far from the verb
            trigger = _with_material(s_text, 0, len(s_text))
        form = FILL_FORM_RE.search(s_text) or _FORM_TO_APPLY_RE.search(s_text)
        if trigger is None and form and not LATER_STAGE_RE.search(s_text):
            # "please fill out this form": the form is asked for
            items.append(Item("other", Span(sentence.start + form.start("name"),
                                            sentence.start + form.end()), sentence, False))
            continue
        if trigger is None:
            to_send = _TO_SEND_RE.search(s_text)
            before = s_text[max(0, to_send.start() - 60):to_send.start()] if to_send else ""
            named = classify(before) if before else None
            if named and named[2] >= len(before.rstrip()) - 1:
                # "… within the candidature form to send alongside": the form is to be sent
                at = sentence.start + to_send.start() - len(before)
                items.append(Item(named[0], Span(at + named[1], at + named[2]), sentence, False))
                continue
            upload = UPLOAD_NAME_RE.match(s_text)
            if upload:  # "• Upload Post Ph.D Research Experience (one PDF of less than 1 MB)"
                items.append(Item("other", Span(sentence.start + upload.start("name"),
                                                sentence.start + upload.end("name")),
                                  sentence, False))
                continue
            found = classify(s_text)
            if found and lead_words(s_text, found[1]) <= 1 and \
                    _YOU_SUBMIT_RE.match(s_text, found[2]):
                # "The research statement you submit is an important part of the application."
                items.append(Item(found[0], Span(sentence.start + found[1],
                                                 sentence.start + found[2]), sentence, False))
                continue
            if found and found[0] == "references" and re.search(
                    r"\bhave\s+(?:your\s+|the\s+)?references\s+(?:sent|e-?mailed|submitted|forwarded|"
                    r"uploaded)\b", s_text, re.IGNORECASE):
                found = ("letters", *found[1:])  # "have your references uploaded": letters
            if found and found[0] == "letters" and SEPARATE_RE.search(s_text) and \
                    not EMPLOYER_REQUESTS_RE.search(s_text) and not re.search(
                        r"\b(?:do|does|should|must)\s+not\s+(?:have|send|ask)\b|\bdon['’]t\s+(?:have|"
                        r"send|ask)\b", s_text[:found[1]], re.IGNORECASE):
                # ("Please do not have any additional letters forwarded to us": not asked)
                # the letters' own words, with their count: "three reference letters"
                count = re.search(rf"\b(?:at\s+least\s+|up\s+to\s+|a\s+minimum\s+of\s+)?{NUM}\s+$",
                                  s_text[:found[1]], re.IGNORECASE)
                first = sentence.start + (count.start() if count else found[1])
                items.append(Item("letters", Span(first, sentence.start + found[2]),
                                  sentence, False))
            continue
        if LATER_STAGE_RE.search(s_text, 0, trigger.end()):
            continue  # "Shortlisted candidates will be asked to submit …": not yet asked
        if WHAT_IT_OFFERS_RE.search(s_text, 0, trigger.end()):
            continue  # "The fellowship includes four years of tuition, … and a travel budget"
        if re.search(r"\binstead\s+(?:to\s+)?$|\binstead\s+(?:to\s+)?(?:submit|send|provide)\s*$",
                     s_text[:trigger.end()].rstrip(), re.IGNORECASE):
            continue  # "… they may choose instead to send a chair's report": another
            # way to give what was asked before
        if re.search(r"includ|contain", trigger.group(), re.IGNORECASE) and \
                IT_HOLDS_RE.search(s_text, 0, trigger.start()):
            continue  # "… write a two-page essay that includes your reasons, your research
            # interests and …": what the essay holds
        holder = HOLDER_RE.match(s_text, 0, trigger.end())
        subject = classify(holder.group("name")) if holder else None
        if subject and subject[0] != "other" and lead_words(holder.group("name"), subject[1]) <= 1:
            # "The candidate's teaching statement should provide evidence of teaching
            # excellence …": the statement is asked for; what it provides is what it holds
            items.append(Item(subject[0], Span(sentence.start + holder.start("name"),
                                               sentence.start + holder.end("name")),
                              sentence, False))
            continue
        if holder and holder.end() >= trigger.start() and \
                _NAMED_BEFORE_RE.fullmatch(holder.group("name")) and not (
                    # ("… as a single PDF-file. The document should contain: A cover sheet …")
                    holder.group("name").lower() == "document" and
                    ":" in s_text[trigger.end() - 1:trigger.end() + 2]):
            continue  # "The letter should include a summary of research and teaching
            # interests": what a document named before holds
        # ("… to submit their applications at the online system with samples of …": the
        # application goes with them)
        with_at = _with_material(s_text, trigger.end(), trigger.end() + _RECIPIENT_CHARS) \
            if _TO_SOMEONE_RE.match(s_text, trigger.end()) or _APPLICATION_OBJECT_RE.match(
                s_text, trigger.end()) else None
        if with_at is not None:
            # "send an email to me and Doug MacMartin (dmg@…) with a CV": the list starts at
            # "with", after whom the e-mail goes to
            list_at = max(list_at, with_at.end())
        obj_start = sentence.start + max(trigger.end(), list_at)
        aside = _ASIDE_AFTER_VERB_RE.match(text, obj_start)
        if aside and aside.end() < sentence.end:
            obj_start = aside.end()  # "(by regular mail)" is how, not what
        found_items = items_in(text, obj_start, sentence.end, sentence, False)
        if re.match(r"includ\w*\s+in\b", trigger.group(), re.IGNORECASE):
            # "include in your cover letter a statement of …": a document of its own is an
            # item; "information about …" is what the letter says
            found_items = [item for item in found_items if item.kind != "other"]
        if found_items and form and form.end() <= trigger.start() and \
                not LATER_STAGE_RE.search(s_text) and \
                not any(item.span.start < sentence.start + form.end() for item in found_items):
            # "… should use the application form, which should be returned by email with a copy
            # of their CV": the form, named before the request, is asked for too
            found_items.insert(0, Item("other", Span(sentence.start + form.start("name"),
                                                     sentence.start + form.end()), sentence,
                                       False))
        if not found_items and form and not LATER_STAGE_RE.search(s_text):
            # "You are welcome to send an email, but the most efficient way is to fill out
            # this form": the form, named too far from "email" to be its object
            found_items = [Item("other", Span(sentence.start + form.start("name"),
                                              sentence.start + form.end()), sentence, False)]
        items.extend(item for item in found_items
                     if not _SUBJECT_LINE_RE.search(text, max(0, item.span.start - 60),
                                                    item.span.start))
    return items
