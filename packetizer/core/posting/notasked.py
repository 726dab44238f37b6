"""Sentences that name materials without asking the applicant for them: what other postings
ask or what is usual, what a partner sends, what documents named before hold, what is asked
later, on request or of the referees, a qualification, a limit, the time something takes,
what a fellowship offers."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import HEADING_RE, is_heading
from packetizer.core.posting.listline import SERVICE_OFFERS_RE
from packetizer.core.posting.phrases import Item
from packetizer.core.posting.requests import (
    FOR_THE_WRITERS_RE,
    MORE_THAN_ONE_RE,
    about_the_referees,
)
from packetizer.core.posting.vocabulary import classify

THEY_WRITE_RE = re.compile(r"\b(?:they|he|she|someone|people|who|referees?|recommenders?|"
                           r"writers?|mentors?|advis[oe]rs?|professors?|colleagues?)\b"
                           r"(?:\s+[\w'’]+){0,4}?\s+(?:to\s+)?$", re.IGNORECASE)
NOT_SENDING_RE = re.compile(r"\W*(?:not|failure\s+to|failing\s+to)\s+(?:attach|submit|includ|"
                            r"provid|send|upload)\w*\s", re.IGNORECASE)
REQUESTED_LATER_RE = re.compile(r"\s*(?:this|it|they|these)\s+will\s+be\s+(?:requested|asked\s+for|"
                                r"checked|obtained)\b(?!\s+(?:now|here|with\s+(?:your|the)\s+"
                                r"application)\b)", re.IGNORECASE)
FROM_WHOM_RE = re.compile(r"\bfrom\s+whom\s+[^.;,]{0,30}$", re.IGNORECASE)
# "Publications in international journals are a plus": a qualification, not a material
QUALIFICATION_SUBJECT_RE = re.compile(
    r"\W*(?:publications|papers|experience|(?:a\s+)?(?:strong\s+|proven\s+)?(?:track\s+)?record)"
    r"\s+(?:in|with|on|of)\b", re.IGNORECASE)
# "If you have been requested to submit a letter of recommendation for an applicant, …": to the
# referees; "Q: Can I (or should I) submit a separate teaching statement." asks nothing
NOT_TO_APPLICANTS_RE = re.compile(
    # "It is also possible that job postings will stipulate …", "Submitting a photo along with
    # the CV is a standard practice": what other postings ask, what is usual, not a request
    r"\W*(?:it\s+is\s+(?:also\s+)?possible\s+that|[^.;]*?\b(?:some|other|many|most)\s+"
    r"(?:job\s+)?(?:postings|ads|advertisements|announcements|employers|institutions|schools|"
    # ("Some institutions may also request a teaching statement": asked by some, optional)
    r"departments)\s+(?:(?:may|might)\b(?!\s+(?:also\s+)?(?:request|require|ask\s+for|want|"
    r"expect)\b)|will|could|also|do|often|usually|typically|sometimes)\b|(?:submitting|sending|including|attaching)\b[^.;]{0,80}?\b(?:is|are)\s+"
    r"(?:a\s+)?(?:standard|common|usual|normal|customary)\b)|"
    r"\W*(?:if\s+you\s+(?:have\s+been|are|were)\s+(?:requested|asked|invited)\s+to\s+(?:submit|"
    r"write|provide|upload|send)\s+(?:a\s+)?(?:letter|reference|recommendation)|(?:q\s*:\s*)?(?:can|"
    r"should|do|does|may|must|could)\s+(?:i|we|an?\s+(?:applicant|candidate)|applicants|candidates)"
    r"\b(?:\s*\([^()]*\))?\s+(?:need\s+to\s+|also\s+)?(?:submit|send|include|provide|upload|attach)\b)",
    re.IGNORECASE)
# ("files uploaded for the account check will not be transferred to your application")
NOT_RETURNED_RE = re.compile(r"\b(?:will|can|could)\s+not\s+be\s+(?:returned|transferred|"
                             r"carried\s+over)\b|\bcannot\s+be\s+(?:returned|transferred)\b|"
                             r"\bare\s+not\s+(?:returned|transferred)\b", re.IGNORECASE)
# "For the check of your certificates at least three working days are required": time, no item
TIME_NEEDED_RE = re.compile(r"\b(?:\d+|one|two|three|four|five|ten|a\s+few|several)\s+(?:full\s+)?"
                            r"(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|hours?|"
                            r"months?)\s+(?:is|are)\s+(?:required|needed|necessary)\b",
                            re.IGNORECASE)
SOMEONE_ELSES_RE = re.compile(
    r"\s*(?:\W\s*)?(?:the\s+)?(?:partners|spouses)\b(?:\s+of\s+(?:the\s+)?(?:candidates|"
    r"applicants))?", re.IGNORECASE)
# "These should provide full details of the degree class …": what documents named before hold
WHAT_THEY_HOLD_RE = re.compile(r"\s*(?:these|they|it|this|each)\s+(?:documents?\s+)?"
                               r"(?:should|must|will|shall)\s+(?:also\s+)?(?:provide|give|include|contain|show|"
                               r"list|state)\s+(?:(?:full|all|the|complete)\s+)*(?:details|"
                               r"information|grades|marks)\b|"
                               # "This might include, for example, any professional experience,
                               # publications, …": what the one document named before may hold
                               r"\s*(?:it|this)\s+(?:might|may|could|can)\s+(?:also\s+)?(?:include|"
                               r"contain|list|mention|cover)\b", re.IGNORECASE)
# "Proposals including figures and references should not exceed 4 pages.": a limit, not a list
LIMIT_SENTENCE_RE = re.compile(r"^[^.;:]{3,80}?\s(?:should|must|may|can|will)\s+not\s+exceed\s+"
                               r"[\w,]+\s+(?:pages?|words?|characters)\b", re.IGNORECASE)
WHAT_IT_OFFERS_RE = re.compile(
    r"\b(?:fellowship|scholarship|studentship|position|award|package|salary|stipend|benefits?|"
    # "Expected outcomes include a verified baseline case, … and thesis-ready results"
    r"funding|appointment|offer|outcomes|deliverables|results|tasks|duties|responsibilities)\s+"
    r"(?:also\s+|will\s+|may\s+)?includ(?:e|es|ing)\s*$", re.IGNORECASE)

# "Candidates must be ready to submit, on request from the panel, copies of …", "samples to be
# provided if requested": asked later, when the employer wants them
ON_REQUEST_RE = re.compile(r"\b(?:submit(?:ted)?|sen[dt]|provided?|supply|supplied|forward(?:ed)?|"
                           r"upload(?:ed)?|deliver(?:ed)?)[\s,]+(?:only\s+)?(?:(?:up)?on\s+"
                           r"(?:the\s+)?request|(?:if|when)\s+(?:so\s+)?requested)\b",
                           re.IGNORECASE)


# "The form requires details of the qualifications you have studied so far": its fields
WHAT_THE_FORM_ASKS_RE = re.compile(r"\W*(?:the|this)\s+(?:online\s+)?(?:application\s+)?form\s+"
                                   r"(?:also\s+)?(?:requires|asks\s+for|contains|includes|has)\b",
                                   re.IGNORECASE)


# "Candidates need to have met all degree requirements by June, thesis included": who may
# apply, not what to send
DEGREE_DONE_RE = re.compile(r"\b(?:complete|completed|fulfil+(?:ed)?|meet|met)\s+(?:all\s+)?"
                            r"(?:the\s+|their\s+|your\s+)?(?:doctoral\s+|degree\s+|ph\.?\s?d\.?\s+|"
                            r"program(?:me)?\s+)+requirements\b", re.IGNORECASE)
# "A committee may decide to request samples from its long list": what a hiring unit
# may do, told to those who write postings
UNIT_MAY_ASK_RE = re.compile(r"\b(?:departments?|programs?|programmes?|committees?|schools?|"
                             r"employers?|institutions?)(?:/[\w-]+)?\s+may\s+(?:also\s+)?(?:choose|"
                             r"decide|wish|elect|opt)\s+to\s+(?:ask|request|require)\b",
                             re.IGNORECASE)
# "Most welcome to apply are graduates with a master's diploma (including a thesis)": who
# may apply
WHO_MAY_APPLY_RE = re.compile(r"\b(?:encouraged|invited|welcome|eligible)\s+to\s+apply\s+"
                              r"(?:are|is)\s|"
                              # "Candidates who are preparing their doctoral thesis are
                              # eligible to apply": who may apply
                              r"\b(?:are|is)\s+(?:also\s+)?eligible\s+to\s+apply\b",
                              re.IGNORECASE)


def asks_the_applicant_nothing(s_text: str) -> bool:
    """Does the sentence name materials without asking the applicant for them ("Partners of
    candidates are invited to include their resume …", "… writing samples, will not be
    returned", "… can send all materials, including confidential letters, free of charge")?"""
    return bool(SOMEONE_ELSES_RE.match(s_text) or WHAT_THEY_HOLD_RE.match(s_text) or
                NOT_TO_APPLICANTS_RE.match(s_text) or MORE_THAN_ONE_RE.match(s_text) or
                LIMIT_SENTENCE_RE.search(s_text) or about_the_referees(s_text) or
                NOT_RETURNED_RE.search(s_text) or TIME_NEEDED_RE.search(s_text) or
                SERVICE_OFFERS_RE.search(s_text) or WHAT_THE_FORM_ASKS_RE.match(s_text) or
                ON_REQUEST_RE.search(s_text) or WHO_MAY_APPLY_RE.search(s_text) or
                UNIT_MAY_ASK_RE.search(s_text) or DEGREE_DONE_RE.search(s_text) or
                _when_writing_it(s_text) or LAST_CHANCE_RE.search(s_text) or
                RARELY_ASKED_RE.match(s_text) or EMAIL_HOLDS_RE.search(s_text) or
                ALL_THAT_IS_NEEDED_RE.search(s_text) or FOR_THE_WRITERS_RE.match(s_text))


# "… you do not have to send the whole booklet, the main page containing your photo is all that
# is needed": how much of a material named before to send
ALL_THAT_IS_NEEDED_RE = re.compile(r"\b(?:is|are)\s+all\s+(?:that\s+)?(?:is\s+|you\s+)?(?:needed|"
                                   r"required|necessary|need)\b", re.IGNORECASE)


# "Once in a blue moon they ask for transcripts", "Transcripts are rarely requested": what
# postings seldom ask is not asked
RARELY_ASKED_RE = re.compile(r"\W*(?:(?:only\s+)?rarely|seldom|hardly\s+ever|"
                             r"once\s+in\s+a\s+blue\s+moon)\b[^.;]{0,40}?\b(?:ask|require|request|want)|\b(?:are|is)\s+"
                             r"(?:only\s+)?(?:rarely|seldom|hardly\s+ever)\s+(?:asked\s+for|"
                             r"required|requested|needed)\b", re.IGNORECASE)


# "… you will receive an email verifying your application. Please note: this email also
# contains unique links for each of the referees": what the e-mail holds
EMAIL_HOLDS_RE = re.compile(r"\b(?:this|the|that|an?)\s+(?:confirmation\s+)?(?:e-?mail|message)\s+"
                            r"(?:will\s+)?(?:also\s+)?(?:contains?|includes?)\b", re.IGNORECASE)


# "The last chance to apply is 1 May": when, not what
LAST_CHANCE_RE = re.compile(r"\b(?:last|final)\s+(?:possibility|chance|opportunity)\s+to\s+"
                            r"(?:submit|send|apply)\b", re.IGNORECASE)


# "When preparing the letter, say which evenings you can teach": what the letter holds
WHEN_WRITING_RE = re.compile(r"\W*(?:when|while)\s+(?:writing|preparing|drafting|composing)\s+"
                             r"(?:your|a|an|the)\s+[^,.;]{3,40},", re.IGNORECASE)


def _when_writing_it(s_text: str) -> bool:
    writing = WHEN_WRITING_RE.match(s_text)
    return bool(writing and classify(writing.group()))


_ALL_ABOVE_RE = re.compile(r"\W*(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:above|aforementioned|"
                           r"above-?mentioned)\s+(?:[\w-]+\s+)?(?:documentation|documents|"
                           r"materials|items)\W*", re.IGNORECASE)


def _all_above(text: str, item: Item) -> bool:
    above = _ALL_ABOVE_RE.match(text, item.span.start, item.span.end)
    return bool(above) and not classify(text[above.end():item.span.end])


# "Transcript:" / "Not required": a name the posting lists only to say it is not asked for
_NOT_ASKED_RE = re.compile(r"\W*(?:not\s+(?:required|needed|necessary|requested|accepted)|none|"
                           r"n/a)\W*$", re.IGNORECASE)


# "Official GRE scores will not be required for this cycle": named to say it is not asked
_NOT_REQUIRED_NOW_RE = re.compile(r"[^.;:()]{0,80}?\s(?:will|would)\s+not\s+be\s+(?:required|"
                                  r"needed|necessary)\b(?!\s+but\b)|[^.;:()]{0,80}?\s(?:is|are)\s+"
                                  r"no\s+longer\s+(?:required|needed|necessary|accepted)\b",
                                  re.IGNORECASE)


# "… should include a one page bibliography, as the last page of the research proposal": a part
_LAST_PAGE_OF_RE = re.compile(r"[^.;]{0,80}?,?\s+as\s+(?:the\s+)?(?:last|first|final|closing|"
                              r"opening)\s+(?:page|part|section)s?\s+of\b", re.IGNORECASE)


# "submitting all papers to preprint servers": where one publishes, not what one sends here
_TO_A_VENUE_RE = re.compile(
    r"\b(?:papers|articles|manuscripts|work)\s+to\s+(?:(?:a|the|peer-reviewed|preprint|"
    r"open[- ]access|top|leading)\s+)*(?:journals?|servers?|conferences?|arxiv|venues?|"
    r"repositor(?:y|ies))\b", re.IGNORECASE)


# "All nominations and applications, including supporting materials should be uploaded using
# SLATE": how everything is sent, not one more material
_CATEGORY_RE = re.compile(r"\W*(?:all\s+)?(?:the\s+)?(?:supporting|application|other)\s+"
                          r"(?:materials|documents|documentation)\W*|"
                          # "The application and all documentation must be sent electronically"
                          r"\W*(?:(?:the|your)\s+application\s+and\s+)?all\s+(?:the\s+)?"
                          r"(?:documentation|documents|materials|attachments)\W*", re.IGNORECASE)
_PASSIVE_SEND_RE = re.compile(r"\s+(?:should|must|will|can|may)\s+(?:also\s+)?be\s+(?:uploaded|"
                              r"submitted|sent|e-?mailed)\b", re.IGNORECASE)
# "Provide information about the program to your recommender": what the applicant gives the
# referees, not what they submit
_FOR_THE_REFEREES_RE = re.compile(r"[^.;]*?\bto\s+(?:your|the|their)\s+(?:recommenders?|"
                                  r"referees?|letter\s+writers?)\b",
                                  re.IGNORECASE)
# "you should send the letter writer these, along with your CV": what the referees get
_SENT_TO_THE_REFEREES_RE = re.compile(r"\bsend\s+(?:your|the|their)\s+(?:recommenders?|referees?|"
                                      r"letter\s+writers?)\b", re.IGNORECASE)


# "prepare the following documentation, required for upload …", "documentation for the
# following:", "details of:": the list's introduction; "via the online application form": how
# the materials are sent; "short information on the following: full name, date of birth …"
_FOLLOWING_RE = re.compile(
    r"\s*(?:(?:the\s+)?following\s+(?:[\w-]+\s+)?(?:documents?|documentation|materials?|"
    r"information|items?|enclosures?)\b|(?:[\w-]+\s+)?(?:documentation|information|details)\s+"
    r"(?:for|on|of|about)(?:\s+the\s+following\b|\W*$)|(?:via|through|using)\s+(?:the|our)\s+"
    r"(?:online\s+)?(?:application\s+)?(?:form|system|portal)\b)", re.IGNORECASE)


_REFEREE_BEFORE_RE = re.compile(
    r"\b(?:referees?|recommenders?|letter\s+writers?)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)


def _referees_letter(text: str, item: Item) -> bool:
    """"… agreement from your referee to submit a letter for you": the letter is theirs (a
    letters item says so elsewhere), not the applicant's cover letter; so is "one letter" of
    the letters named before it ("Two letters of recommendation - one of the letters must be
    from …, and one letter must be from …")."""
    if item.kind != "cover_letter":
        return False
    if _ONE_OF_THEM_RE.match(text, item.span.start, item.span.end):
        before = classify(text[item.context.start:item.span.start])
        if before and before[0] == "letters":
            return True
    return bool(_REFEREE_BEFORE_RE.search(
        text[max(item.context.start, item.span.start - 60):item.span.start]))


_ONE_OF_THEM_RE = re.compile(r"\W*(?:and\s+)?(?:one|the\s+other|each|another|a\s+second)\s+"
                             r"letter\b", re.IGNORECASE)


# "Before arrival", "Information for New Appointees": what is sent once appointed
_APPOINTED_HEADING_RE = re.compile(r"\W*(?:(?:general\s+)?information\s+)?for\s+new\s+"
                                   r"(?:appointees|staff|employees|hires)\b|\W*before\s+(?:your\s+)?arrival\W*$|"
                                   r"\W*after\s+(?:the\s+)?offer\W*$", re.IGNORECASE)


def _for_the_appointed(text: str, item: Item) -> bool:
    """Is the item under a heading for those already appointed, with no heading asking for
    application materials between?"""
    for line in reversed(text[:item.context.start].split("\n")[-60:]):
        if HEADING_RE.match(line) and is_heading(line):
            return False
        if _APPOINTED_HEADING_RE.match(line) and len(line.split()) <= 8:
            return True
    return False


# "Summary (entered in the online form, not as a separate file)": a field, not a document
_IN_THE_FORM_RE = re.compile(r"\((?:[^()]*\bnot\s+as\s+an?\s+separate\s+(?:attachment|document|"
                             r"file|upload)|\s*(?:to\s+be\s+)?(?:entered|included|typed|written)\s+"
                             r"(?:with)?in\s+(?:the\s+)?(?:online\s+)?(?:application|form)\b)",
                             re.IGNORECASE)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# "… pass it to your supervisor, who is asked to complete Section A": the supervisor's form
_SOMEONE_FILLS_RE = re.compile(r"\b(?:host|supervisor|referee|advis[oe]r|mentor|chair|dean|sponsor)"
                               r"(?:\s+[\w-]+)?,?\s+who\s+(?:is|are|will\s+be)\s+(?:required|asked)\s+to\s+"
                               r"(?:fill\s+(?:out|in)|complete|write|submit)\s*$", re.IGNORECASE)
# "Tip: Give your recommenders information about the award": advice, not a request
_TIP_RE = re.compile(r"\W*(?:pro\s+)?(?:tips?|hints?|advice)\s*:", re.IGNORECASE)


# "Whereas graduate school applications require a statement of purpose, the job application
# requires …": the clause says what another kind of application asks
CONTRAST_RE = re.compile(r"\W*(?:whereas|unlike)\b[^,;]*,", re.IGNORECASE)


def names_without_asking(text: str, item: Item) -> bool:
    """Does the item only name a material without asking the applicant to send it: a referee's
    letter, a name the list marks "Not required", "all the above documents", how everything is
    sent, what the applicant gives the referees, where one publishes, "these references"?"""
    contrast = CONTRAST_RE.match(text, item.context.start, item.context.end)
    return bool(
        (contrast and item.span.start < contrast.end()) or
        _referees_letter(text, item) or _for_the_appointed(text, item) or
        _TIP_RE.match(text, item.context.start, item.span.start) or
        _SOMEONE_FILLS_RE.search(text, max(item.context.start, item.span.start - 80),
                                 item.span.start) or
        (item.detail and _NOT_ASKED_RE.match(text, item.detail.start, item.detail.end)) or
        _NOT_REQUIRED_NOW_RE.match(text, item.span.start, _line_end(text, item.span.end)) or
        _LAST_PAGE_OF_RE.match(text, item.span.start, item.context.end) or
        _all_above(text, item) or _FOLLOWING_RE.match(text, item.span.start, item.span.end) or
        (_CATEGORY_RE.fullmatch(text, item.span.start, item.span.end) and
         _PASSIVE_SEND_RE.match(text, item.span.end)) or
        _FOR_THE_REFEREES_RE.match(text, item.span.start, item.context.end) or
        _SENT_TO_THE_REFEREES_RE.search(text, item.context.start, item.span.end) or
        _TO_A_VENUE_RE.search(text, item.span.start, item.span.end) or
        _ANAPHORIC_RE.match(text, item.span.start, item.span.end) or
        _IN_THE_FORM_RE.search(text, item.span.start, _line_end(text, item.span.end)) or
        (item.kind == "other" and
         bool(_EXPLAINS_DOCUMENTATION_RE.fullmatch(text, item.span.start, item.span.end))) or
        (item.kind == "other" and not item.in_zone and
         bool(_VAGUE_MORE_RE.fullmatch(text, item.span.start, item.span.end))) or
        (item.kind == "other" and bool(_SENT_ALREADY_RE.search(
            text, max(0, item.span.start - 12), item.span.start)) and
         bool(re.match(r"\W*(?:documentation|documents|materials)\b",
                       text[item.span.start:item.span.end], re.IGNORECASE))))


# "Some posts also require additional documentation.": nothing named, nothing to send
_VAGUE_MORE_RE = re.compile(r"\W*(?:any\s+)?(?:additional|further|extra|supplementary)\s+"
                            r"(?:documentation|documents|materials|information)\W*|"
                            # "Add any further information relevant to …"
                            r"\W*(?:any\s+)?(?:additional|further|other)\s+information\s+"
                            r"(?:relevant|that|which|you)\b[^.;]*\W*", re.IGNORECASE)


# "This page sets out and describes the documentation each case needs": what a page does
_EXPLAINS_DOCUMENTATION_RE = re.compile(
    r"[^.;]*\b(?:lists?|explains?|explanation|describes?|description|overview)\b[^.;]{0,40}?"
    r"\bdocumentation(?:\s+(?:that|which))?\W*$", re.IGNORECASE)
# "Each of these letters must come from …": the ones asked for before
_ANAPHORIC_RE = re.compile(r"\W*(?:all\s+|each\s+|both\s+)?(?:of\s+)?(?:these|those|such)\s+"
                           r"(?:[\w-]+\s+)?(?:references|letters|documents|materials)\b",
                           re.IGNORECASE)
# "… makes sure the submitted documentation is complete": what has been sent
_SENT_ALREADY_RE = re.compile(r"\b(?:submitted|received)\s*$", re.IGNORECASE)
