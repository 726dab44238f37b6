"""Sentences that ask for a material by how they open on it, without a request word: "In your
CV, …", "The statement … should be no more than two pages", "The research proposal should be
well-argued", "Q: Must the bibliography be annotated?", "Letter from employer validating …",
"Up to 6 publications – …"; and the sentences that only say what a material holds ("It
should also include …"). `sentences` reads the other sentences."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import Span
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.phrases import Item, items_in
from packetizer.core.posting.requests import FINITE_RE, TRIGGER_RE
from packetizer.core.posting.vocabulary import classify, lead_words

# "Application procedure: in his/her CV, the candidate should select up to five …"
_IN_THE_MATERIAL_RE = re.compile(
    r"\W*(?:[\w ]{2,30}:\s*)?in\s+(?:your|his/her|his\s+or\s+her|their|the)\s+"
    r"(?P<name>(?:[\w-]+\s+)?(?:cv|c\.v\.|resume|résumé|curriculum\s+vitae|cover\s+letter|letter|"
    r"statement))\s*,",
    re.IGNORECASE)
# "Q: Must the working bibliography be annotated?", "To whom should I direct my cover
# letter?": a question on how the material is to be presumes it is part of the application
# (whether one is asked, "Is the GRE required?", "Can I submit a teaching statement?", does not)
_ABOUT_THE_MATERIAL_RE = re.compile(
    r"(?:^|(?<=\n))\W*(?:q\s*[:.]\s*)?(?:(?:(?:how\s+long|how\s+many\s+pages)\s+)?"
    r"(?:must|should|can|may|does|do|will)\s+(?:the|my|our)\s+"
    r"(?P<subject>[^?]{2,60}?)\s+(?:be|need|have|include|contain|go|count|exceed)\b"
    r"(?!\s+(?:required|necessary|needed|mandatory|optional|accepted|allowed|permitted)\b)"
    r"[^?]{0,80}|"
    r"(?:to\s+whom|how|where|when|in\s+what\s+(?:format|form|order))\s+(?:should|must|do|can|"
    r"may|shall|will)\s+(?:i|we|applicants?|candidates?)\s+(?:[\w-]+\s+){1,2}?(?:the|my|our)\s+"
    r"(?P<object>[^?]{2,60}?))\s*\?", re.IGNORECASE)
# "The statement detailing your research … should be no more than two sides of A4 in length"
_LIMITED_SUBJECT_RE = re.compile(
    r"\W*(?:the|your|a|an)\s+(?P<name>[^.;:,]{2,80}?)\s+(?:should|must|is\s+to|may)\s+(?:not\s+"
    r"exceed|be\s+(?:no\s+(?:more|longer)\s+than|at\s+most|limited\s+to|a\s+maximum\s+of|"
    # ("a portfolio of at most 20, 8.5x11 pages in all")
    # ("… should be no more than three to five pages": a range, its top the limit)
    r"under))\s+(?:a\s+total\s+of\s+)?(?:[\w,–-]+\s+(?:to|or)\s+)?[\w,–-]+(?:\s+[\d.]+\s*x\s*[\d.]+)?\s+"
    r"(?:pages?|sides?|"
    r"words)\b", re.IGNORECASE)
# "Vita: This lists your degrees …": a run-in name, and what it is
# ("Letters of Recommendation: Three letters on letterhead.": the name, and how many)
_NAME_THEN_IT_RE = re.compile(r"\W*(?P<name>(?-i:[A-Z])[^:.;|()]{1,60}?)\s*:\s+(?=(?:this|it|these|"
                              r"they)\s+(?:includes?|contains?|lists?|is|are|should|must)\b|"
                              # "Personal Statement: Discuss your motivations …"
                              r"(?:discuss|describe|explain|outline|summari[sz]e)\s|"
                              rf"{NUM}\s+(?:[\w-]+\s+)?(?:letters|references|samples|papers)\b)",
                              re.IGNORECASE)
# ("The cover letter must be accompanied by a CV" asks for both: `sentences` reads it)
_INSTRUCTED_SUBJECT_RE = re.compile(
    # ("All proposals must set out:")
    r"\W*(?:the|your|all|each|every)\s+(?P<name>[^.;:,]{2,60}?)\s+(?:should|must)\s+(?:not\s+|also\s+)?"
    r"(?:be(?!\s+accompanied\b)|contain|include|indicate|list|follow|state|have)\b", re.IGNORECASE)
# "Letter from employer(s) validating two years of nursing experience.": a paragraph with no
# verb that names a document by what it attests is a requirement whose list mark was lost
_ATTESTING_RE = re.compile(
    r"\W*(?P<name>[^.;:]{3,60}?)\s+(?:validating|verifying|confirming|certifying|attesting\s+to|"
    r"documenting)\s+[^.;:]{3,200}?\.?\s*$", re.IGNORECASE)
# "A maximum of 6 publications – your application should name …", "Up to three
# publications: …": a paragraph that opens on a counted material, set off like a heading
_COUNTED_OPENING_RE = re.compile(
    rf"\W*(?:a\s+maximum\s+of|max(?:imum)?\.?|up\s+to|no\s+more\s+than|at\s+most)\s+{NUM}\s+"
    r"(?P<name>[^.;:,()–—]{2,60}?)\s*(?:[–—:]|\s-\s)", re.IGNORECASE)


IT_HOLDS_RE = re.compile(r"(?:\b(?:essay|document|statement|letter|paper|text|narrative)\s+"
                          r"(?:that|which)\s+(?:should\s+|must\s+|will\s+)?|"
                          # "If your CV includes a photo, we will not read it"
                          r"^\W*if\s+(?:your|the|an?)\s+[^,.;]{2,40}?\s+|"
                          # "This statement is about your work and may include …"
                          r"^\W*(?:this|that|the|your)\s+(?:[\w-]+\s+)?(?:statement|letter|essay|"
                          r"proposal|summary)\b[^.;:]{0,100}?\s(?:may|should|must|can|could|will)\s+"
                          r"(?:also\s+)?)$", re.IGNORECASE)
# "The candidate's teaching statement should provide …", "Your cover letter must include …"
HOLDER_RE = re.compile(
    r"\W*(?:the\s+|your\s+|their\s+|this\s+)?(?:(?:candidate|applicant)['’]s\s+)?"
    r"(?P<name>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:should|must|will|may|can|is\s+to)\s+(?:also\s+)?"
    r"(?:provide|include|contain|describe|address|list|detail|cover|outline|demonstrate)\b",
    re.IGNORECASE)
_PROPOSAL_HOLDS_RE = re.compile(r"\W*(?:the|your|each|a)\s+(?:[\w-]+\s+){0,2}?proposal\s+(?:must|"
                                r"should|shall|will)\s+(?:also\s+)?(?:include|contain|consist\s+"
                                r"of|comprise)\b", re.IGNORECASE)


def package_parts(text: str, sentence: Span) -> list[Item]:
    """The documents a proposal the sentence opens on must hold, when it is the whole
    application ("The proposal must include (A) a cover sheet, (B) a project description and
    (C) a budget": three of two kinds or more) rather than a document with its parts."""
    holds = _PROPOSAL_HOLDS_RE.match(sentence.text(text))
    parts = items_in(text, sentence.start + holds.end(), sentence.end, sentence, False) \
        if holds else []
    return parts if len(parts) >= 3 and len({part.kind for part in parts}) >= 2 else []


def held_in_item(text: str, sentence: Span) -> Item | None:
    """The material a sentence opens inside ("In your CV, please list …"): asked for; what the
    sentence goes on to name is in it."""
    held = _IN_THE_MATERIAL_RE.match(sentence.text(text))
    named = classify(held.group("name")) if held else None
    if not named or named[0] == "other":
        return None
    return Item(named[0], Span(sentence.start + held.start("name"),
                               sentence.start + held.end("name")), sentence, False)


def opening_item(text: str, sentence: Span) -> Item | None:
    """The material a sentence asks for by its opening alone: its limit, how it must be, a
    question about it, what it attests, how many of it."""
    s_text = sentence.text(text)

    def named_by(match: re.Match | None, group: str, lead: int = 1,
                 other: bool = True) -> tuple[str, int, int] | None:
        named = classify(match.group(group)) if match else None
        if not named or (named[0] == "other" and not other) or \
                lead_words(match.group(group), named[1]) > lead:
            return None
        return named

    def item(kind: str, match: re.Match, group: str, end: int | None = None,
             detail: Span | None = None) -> Item:
        start = sentence.start + match.start(group)
        end = end if end is not None else sentence.start + match.end(group)
        return Item(kind, Span(start, end), sentence, False, detail=detail)

    limited = _LIMITED_SUBJECT_RE.match(s_text)
    named = named_by(limited, "name", other=False)
    other = named_by(limited, "name", lead=0) if limited and not named else None
    if other and len(re.sub(r"\([^()]*\)", " ", limited.group("name")).split()) <= 4:
        named = other  # "The portfolio may not exceed 20 pages": an "other" named alone
    if named:
        # "The statement detailing your research and academic plan should be no more than two
        # sides of A4": the material is asked for, with its limit
        return item(named[0], limited, "name",
                    detail=Span(sentence.start + limited.start("name"), sentence.end))
    attesting = _ATTESTING_RE.match(s_text)
    named = named_by(attesting, "name")
    if named and not FINITE_RE.search(s_text) and not TRIGGER_RE.search(s_text):
        return item(named[0], attesting, "name", end=sentence.end)
    run_in = _NAME_THEN_IT_RE.match(s_text)
    named = named_by(run_in, "name", lead=0, other=False)
    if named and named[1] == 0:
        return item(named[0], run_in, "name",
                    detail=Span(sentence.start + run_in.end(), sentence.end))
    told = _INSTRUCTED_SUBJECT_RE.match(s_text)
    named = classify(told.group("name")) if told else None
    if told and not named and re.match(r"\W*(?:all|every)\s", s_text, re.IGNORECASE):
        named = classify(told.group("name").removesuffix("s"))  # "All proposals must set out"
    if named and named[0] != "references" and \
            lead_words(told.group("name"), named[1]) <= (0 if named[0] == "other" else 1):
        # "The research proposal should be detailed and well-argued …", "The list of
        # publications … should not include papers in preparation": how it must be presumes
        # it is asked for
        return item(named[0], told, "name")
    about = _ABOUT_THE_MATERIAL_RE.search(s_text)
    group = ("subject" if about.group("subject") else "object") if about else ""
    named = named_by(about, group) if about else None
    if named:
        return item(named[0], about, group)
    counted = _COUNTED_OPENING_RE.match(s_text)
    named = named_by(counted, "name", lead=0, other=False)
    if named:
        return Item(named[0], Span(sentence.start + counted.start(),
                                   sentence.start + counted.end("name")), sentence, False)
    return None


# "While a CV is like a résumé, it runs longer and includes …", "It should also list your
# courses": what a material holds, said of the material ("Your CV, or resume, should
# contain …"), or of "it" where the sentence or the one before opens on one
_ITS_PARTS_RE = re.compile(
    r"\W*(?:(?:while|although|though)\s+(?P<aside>[^,]{3,80}),\s*)?(?P<subject>it|this|"
    r"(?:the|an?|your)\s+[^,.;]{2,40}?)(?:\s*,\s*or\s+[^,.;]{2,30}?,)?\s+(?:(?:is|are|runs?|tends?\s+to\s+be)\s+[^,.;]{0,40}?\s+and\s+)?(?:also\s+)?"
    r"(?:(?:should|must|will|may|can|would|usually|typically|often)\s+(?:also\s+)?)?"
    r"(?:includes?|contains?|lists?|covers?)\b", re.IGNORECASE)
_CONCESSIVE_RE = re.compile(r"\W*(?:while|although|though)\s+", re.IGNORECASE)


def _opens_on_material(said: str) -> bool:
    said = said[_CONCESSIVE_RE.match(said).end():] if _CONCESSIVE_RE.match(said) else said
    named = classify(said[:80])
    return bool(named) and named[0] != "other" and lead_words(said, named[1]) == 0


def describes_a_material(s_text: str, before: list[str]) -> bool:
    """Does this sentence only say what a material holds, the material being its subject, "it"
    after a sentence (or clause) that opens on the material, or "the plan" a few sentences
    after one that opens on "A research plan"? `before`: the sentences before, nearest
    first."""
    parts = _ITS_PARTS_RE.match(s_text)
    if not parts:
        return False
    subject = parts.group("subject")
    if subject.lower() in ("it", "this"):
        said = parts.group("aside") or (before[0] if before else "")
        return bool(said) and _opens_on_material(said)
    named = classify(subject)
    if named and named[0] != "other" and lead_words(subject, named[1]) == 0:
        return True
    head = re.fullmatch(r"the\s+([a-z]+)", subject, re.IGNORECASE)
    for said in before[:3] if head else []:
        said_named = classify(said[:80]) if _opens_on_material(said) else None
        if said_named and re.search(rf"\b{head.group(1)}\b", said[said_named[1]:said_named[2]],
                                    re.IGNORECASE):
            return True
    return False


def list_tail(text: str, every: list[Span], number: int, items: list[Item]) -> Item | None:
    """"… go into a job packet: CV, Statement of Research, Letters of Rec. Cover letter.": a
    material's bare name right after a list sentence, on its line, is the list's last entry
    (its comma typed as a full stop)."""
    if number == 0 or not items:
        return None
    sentence, before = every[number], every[number - 1]
    s_text = sentence.text(text).strip()
    if "\n" in text[before.end:sentence.start] or items[-1].context != before or \
            ":" not in before.text(text) or before.text(text).count(",") < 2 or \
            len(s_text.split()) > 4 or not s_text.endswith("."):
        return None
    named = classify(s_text)
    if named is None or named[0] == "other" or lead_words(s_text, named[1]) > 0 or \
            named[2] < len(s_text) - 1:
        return None
    at = sentence.start + sentence.text(text).index(s_text)
    return Item(named[0], Span(at + named[1], at + named[2]), Span(before.start, sentence.end),
                False)


# "Please explain your research experience … in the Personal Statement and attach your CV": the
# statement is asked for, by what to write in it ("mention my name in your statement of
# purpose" is about another application)
_WRITE_IN_RE = re.compile(
    r"\W*(?:(?:please\s+|you\s+(?:should|must)\s+|(?:all\s+)?(?:applicants|candidates)\s+"
    r"(?:should|must)\s+)?(?:explain|describe|outline|discuss|summari[sz]e|"
    r"present|detail)\b[^.;]{0,200}?|"
    # "This qualification can be best addressed in your cover letter."
    r"[^.;]{0,80}?\b(?:can|should|may|must)\s+(?:best\s+)?be\s+(?:best\s+)?(?:addressed|"
    r"explained|described|discussed)\s+)\bin\s+(?:the|your|their|a|an)\s+"
    r"(?P<name>(?:[\w-]+\s+){0,3}?(?:statement|letter|essay|proposal))s?\b", re.IGNORECASE)


def write_in_item(text: str, sentence: Span) -> Item | None:
    """The material a sentence asks for by what to write in it."""
    s_text = sentence.text(text)
    write_in = _WRITE_IN_RE.match(s_text)
    named = classify(write_in.group("name")) if write_in else None
    if named and lead_words(write_in.group("name"), named[1]) <= 1:
        return Item(named[0], Span(sentence.start + write_in.start("name"),
                                   sentence.start + write_in.end("name")), sentence, False)
    return None
