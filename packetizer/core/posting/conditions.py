"""Whether a material is required, optional or asked of some applicants only, and on what
condition: "If you are applying at the senior level, also send …", "Transcripts (if
available)", "… required for international applicants"; and what only looks like a condition
("If interested, email …", "(bachelor's and master's, if applicable)")."""

from __future__ import annotations

import re

from packetizer.core.model import Requirement
from packetizer.core.posting.blocks import LIST_MARK_RE
from packetizer.core.posting.phrases import Item
from packetizer.core.posting.requests import FORMAT_ASIDE_RE, OPTIONAL_RE
from packetizer.core.posting.vocabulary import classify, lead_words

# "bei Antrag auf Promotionsförderung", "für Bewerbungen um ein Stipendium": when it is asked
GERMAN_IF = (r"(?:bei|für)\s+(?:einem\s+|einer\s+|der\s+)?(?:antrag|antragstellung|"
             r"bewerbung(?:en)?)\s+(?:auf|um|für|zur|zum)\s+(?:ein(?:e|en)?\s+)?[^\s.;,]+")
GERMAN_IF_RE = re.compile(r"\W*(?P<if>" + GERMAN_IF + r")\s+(?=\w)", re.IGNORECASE)
CONDITION_RE = re.compile(
    # ("If interested, please email …", "If you would like more information …", "If your
    # interests overlap with ours, email …" are about applying at all; "If you are interested
    # in PhD research but do not qualify for UK fees" is a condition)
    # ("If not provided, send …": when the page gives no other way, for every applicant)
    # ("If, after (1) and (2), you still think …": an aside before the clause)
    r"^\s*(?:if|when|where|in\s+case|in\s+the\s+case\s+of)\b(?!(?:\s*,[^,]{1,40},)?\s+(?:(?:you\s+are\s+|you['’]re\s+)?(?:\w+ly\s+)?(?:interested|"
    r"curious|keen|eligible(?:\s+and\s+interested)?)\b|"
    r"not\s+(?:provided|specified|stated|given|otherwise)\b|"
    # ("When filling out the form, you will need to upload …": how, for everyone)
    r"(?<=\bwhen\s)(?:you\s+(?:are\s+)?)?(?:fill|filling|complet\w*|submit\w*|apply|applying|"
    r"upload\w*)\b(?![^,.;]*\bfor\b)|"
    # ("If there are no open roles that fit your talents, send …": this page's way to apply)
    r"there\s+(?:are|is)\s+no\b|"
    # ("If you submit an online application you will be asked to upload …": the way one
    # applies, not who)
    r"you\s+(?:submit|send|file|make|complete)\s+(?:an?\s+|your\s+)?(?:online|electronic|paper|"
    r"printed|postal)\s+(?:application|version)\b|"
    r"you\s+apply\s+(?:online|electronically|on\s+paper|by\s+(?:post|mail|e-?mail))\b|"
    r"you\s+(?:would\s+"
    r"like|wish|want)\b|your\s+(?:research\s+)?interests?\s+(?:overlap|align|match|fit)\b|you\s+"
    # "If you have a strong publication record and …, please email …": who should apply
    r"(?:still\s+)?(?:think|believe|feel)\b|you\s+have\s+(?:an?\s+)?(?:strong|solid|proven|excellent|relevant)\b)"
    r"(?![^,.;]*\b(?:but|although|and\s+(?:do|are|have)\s+not|who|whose)\b))|"
    # "For faculty positions, include …", "For international applicants, …": some only
    # ("For most academic positions, the standard package includes …": what is usual)
    r"^\W*for\s+(?!(?:all|every|any|each|both|most|many)\b)(?:[\w-]+\s+){0,3}?(?:applicants|candidates|"
    r"positions|posts|roles|students)\s*,|"
    # ("candidates for all positions should submit …" are everyone)
    r"\b(?:applicants?|candidates?|those|(?:graduate\s+)?students)\s+(?:at|for(?!\s+(?:all|any|"
    r"every)\b)|applying|who|with|seeking|interested|making|requesting|claiming)\b(?:[^.;]|\.\d)*?\b(?:should|must|may|will|are|is)\s+(?:also\s+)?"
    # "candidates interested in HCI are encouraged to get in touch with …": who should apply
    r"(?!(?:strongly\s+)?(?:encouraged|invited|welcome)\s+to\s+(?:apply|contact|get\s+in\s+"
    r"touch|reach\s+out|e-?mail|write)\b)|"
    # "M.D. candidates should include a letter from their Residency Chief"
    r"\b(?:M\.?\s?D|Ph\.?\s?D|D\.?\s?O|M\.?\s?F\.?\s?A|M\.?\s?A|M\.?\s?S)\.?\s+(?:candidates|applicants|holders)\s+"
    r"(?:should|must|will|may)\s+(?:also\s+)?|"
    # "Junior candidates should additionally supply …"
    r"\b(?:junior|senior|internal|external|international|foreign)\s+(?:applicants|candidates)\b"
    r"[^.;]*?\b(?:should|must|may|will)\s+(?:also\s+|additionally\s+)?|"
    # "Pre-doctoral candidates must also provide …": asked of that group, as well
    r"\b(?:pre-?doctoral|post-?doctoral|doctoral|overseas|non-?EU|EU|non-?native|graduate)\s+"
    r"(?:applicants|candidates)\s+(?:should|must|will|may)\s+(?:also|additionally)\s+|"
    # "For positions requiring a degree, all foreign degree credentials must be evaluated"
    # ("For nominees born before 1990, a letter from the dean is also needed")
    r"^\W*for\s+(?:positions|posts|roles|applicants|candidates|nominees)\s+(?:requiring|with|"
    r"holding|who|born)\b"
    r"[^.;]*?,|"
    # "Applicants from the third target group will be required to provide …"
    r"^\W*(?:applicants|candidates|students)\s+(?:from|of|in|with|holding|whose)\s[^.;,]{2,80}?"
    r"(?=\s+(?:will|must|should|need|are)\b)|"
    # "Senior Prize nominations should include one further letter by the chair": asked of them
    r"^\W*(?!(?:all|every|each|the|your|our)\b)(?:[\w-]+\s+){1,4}?nominations\s+(?:must|should)\s+"
    r"(?:also\s+)?include\b|"
    # German: "bei Antrag auf Promotionsförderung eine … Darstellung Ihres Themas"
    r"^\W*" + GERMAN_IF + "|"
    # "Applications may come before the PhD is finished, in which case a note from …"
    r"\bin\s+which\s+case\b|"
    # ("For full consideration, send …" is every applicant's deadline, not a rank)
    r"\bfor\s+(?:the\s+)?(?:senior|associate|full(?!\s+consideration)|tenured|advanced)\b[^.;]*?,",
    re.IGNORECASE,
)


_CONDITION_END_RE = re.compile(
    r"\s*(?:,|\b(?:should|must|may|will|are|is|please|need\s+to|are\s+asked\s+to)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
# an "if" clause has its own verb ("If you are looking for a project, …"): it ends at its comma
_IF_CLAUSE_END_RE = re.compile(
    r"\s*(?:,|\bplease\b|\b(?:you|applicants|candidates)\s+(?:should|must|may|will|need|can)\b)"
    r".*$", re.IGNORECASE | re.DOTALL)


def condition_in(lead_in: str) -> str:
    """The condition in the words before an item: "Candidates applying at the senior level
    should also submit …" → "Candidates applying at the senior level"."""
    match = CONDITION_RE.search(lead_in)
    if match is None:
        return ""
    if re.match(r"in\s+which\s+case\b", match.group(), re.IGNORECASE):
        # "Candidates may apply before the defence, in which case …": the clause before
        before = re.split(r"[.;:]\s", lead_in[:match.start()])[-1]
        return " ".join(before.split()).strip(" ,;:")[-200:] or match.group()
    if re.match(r"\W*(?:bei|für)\s", match.group(), re.IGNORECASE):
        return " ".join(match.group().split()).strip(" ,;:-")  # German: the phrase itself
    clause = lead_in[match.start():]
    head = re.match(r"\s*(?:if|when|where|in\s+case|for)\b", clause, re.IGNORECASE)
    rest = clause[head.end():] if head else clause
    end_re = _CONDITION_END_RE
    if head and head.group().strip().lower() != "for":
        end_re = _IF_CLAUSE_END_RE
    cut = end_re.search(rest, 1) if len(rest) > 1 else None
    clause = (clause[:len(clause) - len(rest)] + (rest[:cut.start()] if cut else rest))
    return " ".join(clause.split()).strip(" ,;:")[:200]


_DETAIL_OPTIONAL_RE = re.compile(r"\b(?:optional(?:ly)?|not\s+required|if\s+(?:available|any)|"
                                 # ("You are encouraged to state any leave …": what it may say)
                                 r"(?:is|are)\s+(?:encouraged|welcome)(?!\s+to\s+(?:state|mention|"
                                 r"describe|indicate|list|note|highlight|explain)\b)|"
                                 r"(?:is|are)\s+a\s+plus|"
                                 # "Some awards require one."
                                 r"\b(?:some|many|a\s+few|certain)\s+(?:[\w-]+\s+)?(?:awards|"
                                 r"scholarships|fellowships|programs|programmes|schools|"
                                 r"departments|institutions|universities|positions|jobs|"
                                 r"applications|ads|postings|calls|searches)\s+"
                                 r"(?:(?:also|may|might|will|often)\s+)*(?:require|ask\s+for|"
                                 r"want)\b|"
                                 # "Not all programs require this, but many do."
                                 r"not\s+(?:all|every)\s+(?:[\w-]+\s+){1,3}?(?:requires?|asks?\s+for|"
                                 r"wants?)\s+(?:this|it|one|them)|"
                                 # "If you choose not to submit this material, …"
                                 r"if\s+you\s+(?:choose|decide|prefer)\s+not\s+to\s+(?:submit|include|"
                                 r"send|attach)|"
                                 # "This is especially for applicants applying abroad.", "…
                                 # a document required sometimes in applications"
                                 r"(?:requested|needed|required|is|are)\s+especially\s+(?:if|for|by|"
                                 r"when)|(?:required|requested|needed)\s+(?:only\s+)?sometimes|"
                                 r"sometimes\s+(?:required|requested|needed))\b", re.IGNORECASE)
# "Master's degree certificate (if you have already graduated)", "research proposal (if you
# are planning your own project …)", "… showing the marks achieved if you have graduated"
OWN_CONDITION_RE = re.compile(
    # ("(if the final certificate is not yet available, submit a provisional one)" says what
    # to send then, not when to send it)
    r"\(\s*(?P<if>(?:if|se)\s+(?!available|applicable|possible|any\b|houver\b)(?![^()]*,\s*(?:please\s+)?"
    r"(?:submit|send|provide|include|upload|attach|use)\b)[^()]{2,160}|"
    # "Letter of Support (mandatory for Goettingen University, …)": asked of some
    # ("(only required if you are co-supervised)")
    r"(?:only\s+)?(?:mandatory|required|compulsory|obligatory)\s+(?:only\s+)?(?:for|if)\s"
    r"[^()]{2,160}|"
    # "Habilitation certificate (only in case of rehabilitation)"
    r"only\s+in\s+(?:the\s+)?case\s+of\s[^()]{2,120}|"
    # "(applicable to external applicants only)", "(overseas candidates only)"
    r"(?:only\s+)?applicable\s+(?:only\s+)?(?:to|for)\s+(?!all\b)[^()]{2,80}|"
    r"(?:[\w-]+\s+){1,3}(?:candidates|applicants|students|nominees)\s+only\s*|"
    # "statement of research interests (for doctoral and above)": asked of that group
    r"for\s+(?:doctoral|postdoc\w*|ph\.?\s?d\.?|senior|junior|international|foreign|non-?native|"
    r"non-?EU|EU|overseas)\b[^()]{0,60}|"
    # "Study plan (for graduate fellowships)": asked for those
    r"for\s+(?!(?:all|any|every|each|both)\b)[\w/ -]{3,40}?\s(?:scholarships|fellowships|positions|"
    r"programmes|programs))\)|"
    # ("… if you contact him" is when they are sent, by everyone who applies)
    r"\s(?P<tail>(?:if\s+(?:you\s+(?!(?:contact|e-?mail|write|apply|reach\s+out|get\s+in\s+touch|"
    r"send)\b)|"
    # "… for your undergraduate degree if it was obtained outside the U.S."
    r"(?:it|they|this|these)\s+(?:was|were|is|are)\s+(?:not\s+)?(?:obtained|earned|awarded|"
    r"issued|completed|written|in)\b)|"
    # French: "… pour les candidats au poste d'assistant"
    # ("au plus cinq documents pour les candidats à …": a count for each group)
    r"(?<!documents\s)pour\s+les\s+candidat(?:e)?s\s+(?:à|au|aux)\b)"
    r"(?:[^.;()]|\.(?=\w)){3,80})\W*$|"
    r"\s(?P<where>(?:where|when|if)\s+(?:necessary|needed|relevant|appropriate|required))\b",
    re.IGNORECASE)
# Spanish and Catalan: "Fotocòpia del llibre de família en el cas de persones que s'acullen al
# supòsit …", "… en el caso de personas que …": asked of those
IBERIAN_CASE_RE = re.compile(r"\b(?P<if>en\s+(?:el\s+)?caso?\s+de\s+(?:las\s+|les\s+)?(?:personas|"
                             r"persones|candidat[oa]s|solicitantes|sol·licitants)\b[^().;]{0,100})",
                             re.IGNORECASE)


# "English language qualification | Required if English is not your first language."
DETAIL_CONDITION_RE = re.compile(r"^\W*(?:only\s+)?required\s+(?:only\s+)?"
                                 r"(?P<if>(?:if|when|where)\b[^.;|]{3,120})|"
                                 # "Proof of English Proficiency: For non-native English
                                 # speakers, usually TOEFL or IELTS scores."
                                 r"^\W*(?P<for>for\s+(?:all\s+)?(?:international|foreign|overseas|"
                                 r"non-native|non-EU|non-US)\b[^.;,]{0,60})", re.IGNORECASE)


# "Evidence of English language proficiency is required for international applicants."
REQUIRED_OF_SOME_RE = re.compile(
    r"\s+(?:is|are|will\s+be)\s+(?:also\s+)?(?:only\s+)?(?:required|needed|mandatory|expected)\s+"
    r"(?P<if>(?:for|of|from)\s+(?:all\s+)?(?:international|foreign|overseas|non-native|non-EU|"
    r"non-US|external|internal)\b[^.;]{0,60}|(?:for|of|from)\s+(?:those|applicants|candidates|"
    r"students)\s+(?:who|whose|with|from)\b[^.;]{3,80}|"
    # "… will be required for faculty and professional positions (full-time or adjunct)"
    r"for\s+(?:all\s+)?(?:[\w-]+\s+(?:and|or)\s+)?[\w-]+\s+positions\b[^.;]{0,60})",
    re.IGNORECASE)


# "(for applicants with a foreign doctor's degree)": asked of some applicants only
FOR_SOME_RE = re.compile(r"\(\s*(?:only\s+)?for\s+(?:applicants|candidates|those)\s+(?:with|who|"
                         r"from|holding)\b|"
                         # "A transcript (for current graduate students)"
                         r"\(\s*(?:only\s+)?for\s+(?:current|enrolled|pre-?doctoral|doctoral|"
                         r"graduate|undergraduate)\s+(?:[\w-]+\s+)?(?:students|candidates|"
                         r"applicants)\s*\)|"
                         # a heading "Academic Transcripts for Faculty Positions"
                         r"\bfor\s+(?:[\w-]+\s+(?:and|or)\s+)?[\w-]+\s+positions\W*$|"
                         # "(TOEFL, IELTS, or equivalent for non-native speakers)"
                         r"\([^()]*\bfor\s+(?:non-native|international|foreign|overseas|non-EU)\s+"
                         r"(?:[\w-]+\s+)?(?:speakers|applicants|candidates|students)\s*\)|"
                         # "A copy of your passport … for international candidates" at its end
                         # ("identity document (a passport for foreign nationals)": what some
                         # send instead)
                         r"\bfor\s+(?:non-native|international|foreign|overseas|non-EU|non-UK|"
                         r"non-US)\s+(?:[\w-]+\s+)?(?:speakers|applicants|candidates|students|"
                         r"nationals)[^\w)]*$",
                         re.IGNORECASE)
# "(and current postdoctoral advisor, if relevant)"; "… including a link to your GitHub
# profile (if you have one)": a condition on the part, not on the material
# a bracket saying what more may be added: neither the item's flag nor its count
MORE_MAY_BE_ADDED = (r"\([^()]*\b(?:may|can)\s+(?:also\s+)?be\s+(?:included|added|listed|"
                     r"attached)\b[^()]*\)")
ADDITION_ASIDE_RE = re.compile(
                               # "(up to ten earlier papers may be included at will)": more
                               MORE_MAY_BE_ADDED + "|"
                               r"\(\s*(?:and|or|plus|as\s+well\s+as|also|including)\b[^()]*\)|"
                               # "a list of papers (if necessary, enclosing copies of the main
                               # ones)", "a copy of the degree (with a translation if it is not
                               # in English)": the condition is the addition's
                               r"\(\s*(?:if\s+(?:necessary|needed|possible|available|required),"
                               r"\s*)?(?:enclosing|attaching|adding|with)\b[^()]*\)|"
                               # "Scores (with optional recordings)"
                               r"\(\s*with\s+(?:an?\s+)?optional\b[^()]*\)|"
                               # "Diploma for your Master's degree, PhD and if relevant higher
                               # doctoral degree": said of the last one
                               r"\b(?:and|or)\s+if\s+(?:relevant|applicable|available|any)\b"
                               r"[^,;.()]{0,60}|"
                               # "(certificates and transcripts …, plus any relevant
                               # professional qualifications)": the addition is what may be left out
                               r"[,;]\s*(?:plus|and\s+also|as\s+well\s+as)\s+any\b[^()]*(?=\))|"
                               # "Audio recordings, and printed scores (if available) of …
                               # (printed scores are not required, …)": said of the scores
                               r",?\s+and\s+[\w-]+(?:\s+[\w-]+)?\s*\(\s*if\s+(?:available|"
                               r"applicable|any|possible)\s*\)|"
                               # ("Curriculum Vitae (CV) with publication list (if any)")
                               r"\b(?:including|with)\b[^()]{0,80}\([^()]*\)|"
                               # "(bachelor's and master's, if applicable)": said of the last
                               r"\([^()]*\band\b[^()]*,\s*if\s+(?:applicable|available|any|"
                               r"relevant)\s*\)|"
                               # "transcripts for both your Bachelor's and Master's degrees, if
                               # available": said of the master's
                               r"\b(?:bachelor|undergraduate|b\.?sc)\w*['’]?s?\s+and\s+(?:master|"
                               r"graduate|m\.?sc)\w*['’]?s?(?:\s+(?:degrees?|studies))?,?\s*"
                               r"if\s+(?:applicable|available|any|relevant)\b", re.IGNORECASE)


def without_additions(words: str) -> str:
    """The words less their asides about additions, a bracket inside a bracket first opened
    ("(including publications, talks (e.g. posters), etc. if appropriate)" is one aside)."""
    while True:
        flat = re.sub(r"(\([^()]*)\(([^()]*)\)", r"\1 \2 ", words)
        if flat == words:
            return ADDITION_ASIDE_RE.sub("", words)
        words = flat


DETAIL_OPENING = 60  # characters of a material's description where "optional" is about it


_PART_NOT_REQUIRED_RE = re.compile(r"\(\s*[\w-]+(?:\s+[\w-]+)?\s+(?:is|are)\s+(?:not\s+(?:required|"
                                   r"mandatory)|optional)\b[^()]*\)", re.IGNORECASE)


def detail_says_optional(more: str) -> bool:
    """Does what is said under a material make it optional ("Optional." / "Not required, but
    encouraged")? Said at the start; an "if any" deep in a long description is about a part
    ("… outline of courses taught and novel methods used if any")."""
    # ("Shorter proposals are welcome": a length, not a choice)
    more = re.sub(r"\b(?:shorter|briefer|longer)\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+"
                  r"(?:also\s+)?(?:welcome|encouraged|fine|acceptable)\b", "", more,
                  flags=re.IGNORECASE)
    # ("(printed scores are not required, but highly recommended)": said of a part, by name)
    more = _PART_NOT_REQUIRED_RE.sub("", more)
    match = _DETAIL_OPTIONAL_RE.search(FORMAT_ASIDE_RE.sub("", more))
    return (bool(match) and (match.start() < DETAIL_OPENING or len(more) < 2 * DETAIL_OPENING)) \
        or any(m.start() < 4 * DETAIL_OPENING for m in _VARIES_RE.finditer(more))


# "… typically require one; whether it is required for other posts will vary": some ask
_VARIES_RE = re.compile(r"\bwhether\s+(?:it|this|one|they)\s+(?:is|are)\s+(?:required|needed|"
                        r"expected)\b[^.;]{0,80}?\bvar(?:y|ies)\b", re.IGNORECASE)


def of_an_earlier_item(lead_in: str, match: re.Match) -> bool:
    """Is this "any …" said of a material named before the item ("Include your resume, any
    publications, and the names of …": the names are required)?"""
    if re.match(r"if\s+(?:available|any|applicable)\b", match.group(), re.IGNORECASE):
        # "include an unofficial transcript if available, write one short paragraph …": the
        # transcript's
        before = lead_in[:match.start()]
        before = before[max(before.rfind(","), before.rfind(";")) + 1:]
        named = classify(before)
        return named is not None and len(before.rstrip()) - named[2] <= 1 and bool(
            re.match(r"\s*(?:[,;]|\band\b)", lead_in[match.end():]))
    if not match.group().lower().startswith(("any", "perhaps", "maybe", "possibly", "sometimes")):
        return False  # ("a CV, perhaps a transcript, a statement …": the transcript's)
    found = classify(lead_in[match.start():])
    if found is not None and found[1] <= len(match.group()):  # "any publications, …"
        return bool(re.search(r"[,;]|\band\b", lead_in[match.start() + found[2]:]))
    rest = lead_in[match.end():]  # "perhaps a transcript, …"
    found = classify(rest)
    if found is None and match.group().lower().startswith("any"):
        # "… together with any papers under review, and the names of …": said of the CV
        return bool(re.search(r"[,;]\s*(?:and\s+)?$", rest))
    return found is not None and lead_words(rest, found[1]) <= 1 and bool(
        re.search(r"[,;]|\band\b", rest[found[2]:]))


def in_list_line(text: str, item: Item) -> bool:
    """Is the item's context a list line (its line starts with a list mark)?"""
    line_start = text.rfind("\n", 0, item.context.start) + 1
    return bool(LIST_MARK_RE.match(text[line_start:item.context.end]))


_SHARED_CONDITION_RE = re.compile(
    r"\s*(?:and|or|&)\s+[^,;.()]{1,60}[,(]\s*(?:if\s+(?:available|applicable|any|possible)|"
    r"where\s+applicable|if\s+(?:already\s+)?(?:issued|obtained|awarded|completed))\s*\)?"
    r"\s*[.;]?\s*", re.IGNORECASE)


_OPTIONAL_POINT_RE = re.compile(r"\W*(?:gegebenenfalls|ggf\.|optional(?:ly)?|if\s+applicable|"
                                r"where\s+applicable|falls\s+zutreffend)\W*$", re.IGNORECASE)
_MARK_KIND_RE = re.compile(r"[ \t]*\(?(?:(?P<num>\d{1,2})|(?P<letter>[a-h])|"
                           r"(?P<roman>[ivx]{1,4}))[.)]", re.IGNORECASE)


def under_optional_point(text: str, item: Item) -> bool:
    """"3. gegebenenfalls" / "a) eine Erläuterung …" / "b) …": the lettered points under a
    numbered line that says only "if applicable" are optional."""
    line_start = text.rfind("\n", 0, item.span.start) + 1
    own = _MARK_KIND_RE.match(text, line_start)
    if not own or not own.group("letter"):
        return False
    for line in reversed(text[:line_start].split("\n")[:-1][-12:]):
        mark = _MARK_KIND_RE.match(line)
        if mark and mark.group("num"):
            return bool(_OPTIONAL_POINT_RE.match(line, mark.end()))
    return False


def shares_trailing_condition(text: str, item: Item) -> bool:
    """A list line "• work certificates and letters of reference, if applicable": the
    condition at its end is said of both materials it joins, not the last alone."""
    if _SHARED_IF_YOU_RE.match(text, item.span.end, item.context.end):
        return True  # "diplomas and transcripts of grades (if you are applying for RA positions)"
    if not in_list_line(text, item):
        return False
    after = text[item.span.end:item.context.end]
    return bool(_SHARED_CONDITION_RE.fullmatch(after))


# "The letter of intent is an academic document required sometimes …", "… test scores are
# documents needed especially by applicants for …": what it is, asked of some
SOMETIMES_NEEDED_RE = re.compile(r"[^.;]{0,40}?\s(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                                 r"documents?\s+(?:requested|needed|required)\s+(?:especially|sometimes|only\s+"
                                 r"sometimes|occasionally)\b", re.IGNORECASE)


def sometimes_needed(words: str) -> bool:
    """Does a phrase that opens on a material go on to say it is needed by some only ("The
    letter of intent (LOI) is an academic document required sometimes …")?"""
    named = classify(words)
    return bool(named and SOMETIMES_NEEDED_RE.match(words, named[2]))


def dashed_if(text: str, label_end: int, item: Item) -> bool:
    """"13. a medical certificate on disability – if applicable": the line's own condition,
    after the words the label keeps."""
    return bool(_DASHED_IF_RE.match(text, label_end, max(item.span.end, item.context.end)))


_DASHED_IF_RE = re.compile(r"[^()\n]*?\s[-–—]\s*if\s+(?:applicable|available|relevant|any|needed|"
                           r"necessary)(?:\s+(?:specimen|template))?[ \t.;]*(?:\n|$)",
                           re.IGNORECASE)


_SHARED_IF_YOU_RE = re.compile(r"\s+and\s+[^,;.()]{1,60}\(\s*if\s+you\s+(?:are|were|have)\b"
                               r"[^()]{3,80}\)", re.IGNORECASE)


_WHO_YOU_ARE_RE = re.compile(r"\W*(?:if|when)\s+you(?:\s+are|['’]re)\s+(?:an?\s+(?:current\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:student|postdoc|researcher|scholar|ph\.?d)\b|"
                             # "If you are looking for a research internship, please …"
                             r"(?:looking|searching)\s+for\s+an?\s+(?:[\w-]+\s+){0,2}?(?:internship|"
                             r"position|project|placement)\b)", re.IGNORECASE)


def asked_of_its_readers(requirements: list[Requirement]) -> None:
    """"If you are a current DePaul student …, email me your resume", the only request on the
    page: the condition names whom the page is for, and the material is required of them."""
    conditions = {r.condition.lower() for r in requirements}
    if requirements and len(conditions) == 1 and all(not r.required for r in requirements) and \
            _WHO_YOU_ARE_RE.match(requirements[0].condition):
        for req in requirements:
            req.required, req.condition = True, ""


def encouraged_only(requirements: list[Requirement]) -> None:
    """"Interested applicants are encouraged to send a letter … and a resume to Dr. X": when
    that is the posting's only request, it says how to apply, not what may be left out."""
    if not requirements or any(req.required or req.condition for req in requirements):
        return
    sentences = {req.sentence.text if req.sentence else "" for req in requirements}
    if len(sentences) == 1:
        said = [m.group().lower() for m in OPTIONAL_RE.finditer(sentences.pop())]
        if said == ["encouraged"] and _ENCOURAGED_TO_SEND_RE.search(requirements[0].sentence.text):
            for req in requirements:
                req.required = True


_ENCOURAGED_TO_SEND_RE = re.compile(r"\bencouraged\s+to\s+(?:send|submit|e-?mail|mail|forward)\b",
                                    re.IGNORECASE)


# "The submission of a Project proposal is not mandatory.": what was asked for may be left out
_NOT_MANDATORY_RE = re.compile(
    r"\b(?:the\s+)?(?:submission|inclusion|provision|upload)\s+of\s+(?P<name>[^.;]{2,80}?)\s+is\s+"
    r"(?:not\s+(?:mandatory|required|compulsory|obligatory|necessary)|optional|voluntary)\b",
    re.IGNORECASE)


def said_not_mandatory(text: str, requirements: list[Requirement]) -> None:
    """A sentence that says sending a material named before is not mandatory makes it
    optional ("Applicants are invited to submit a Project proposal … The submission of a
    Project proposal is not mandatory.")."""
    for said in _NOT_MANDATORY_RE.finditer(text):
        named = classify(said.group("name"))
        for req in requirements if named else []:
            if req.kind == named[0] and (named[0] != "other" or req.label.lower() in
                                         said.group("name").lower()):
                req.required = False
