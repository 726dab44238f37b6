"""A checklist item's label: the material's own name, as the posting words it ("(1) a cover
letter" is "Cover letter"), cut where the sentence goes on to where it is sent or what it holds
("CV, which lists …" keeps the list as its notes)."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import LEADS_ON_RE, Span, strip_span
from packetizer.core.posting.phrases import RELATIVE_RE
from packetizer.core.posting.requests import WHO_CAN_WRITE
from packetizer.core.posting.vocabulary import OTHER_RE, classify, lead_words

_LABEL_TAIL_RE = re.compile(
    # ("… teaching evaluations if available,to Dr. Jones": a space may be missing)
    r"(?:\s+|(?<=,))(?:to\s+be\s+(?:sent|submitted|uploaded)|"
    r"(?:(?:are|is)\s+)?(?:sent|submitted|uploaded|e-?mailed)\s+"
    r"(?:to|via|through|by|directly|online)|to:\s|"  # ("… of four references to: Chair, …")
    r"sent(?=\W*$|\s+on\s+\w+\s+behalf\b)|"  # "… to have three letters of reference sent"
    # "the three letters as well as the completed form are postmarked by …": what else is sent,
    # and when it must come
    r"as\s+well\s+as\s+(?:the|an?|your|their)\s|(?:arrive|are\s+postmarked|is\s+postmarked)\b|"
    r"along\s*with\s|(?:should|must)\s+(?:also\s+)?(?:include|contain|specify|state)\b|"
    # "Referee reports as detailed in the Referees Guideline": where it is said how
    r"as\s+(?:detailed|described|outlined|specified|set\s+out|explained)\s+(?:in|on|below|above)\b|"
    # "Research Statement. 2 pages maximum": the name's sentence ends ("a brief (max. 3 pages)
    # plan": an abbreviation)
    r"(?<=[a-z]{3}\.\s)(?<!\bmax\.\s)(?<!\bmin\.\s)(?<!\bapprox\.\s)"
    r"(?-i:(?=\d|[A-Z][a-z]))|"
    # "… an outline of the planned work The committee will read …": a full stop lost
    r"(?-i:(?<=[a-z]{3}\s)(?=(?:The|This|These|All|Applications|Candidates|Please)\s+[a-z]))|"
    r"(?<=[a-z]{3}\.\n)|(?<=[a-z]{3}\.\s)(?=\|)|"
    r"-{2,}\s*(?=\d{1,2}\s*(?:originals?|cop(?:y|ies))\b)|"  # "CV --- 1 copy (online)"
    r"(?:at|by)\s+the\s+time\s+of\s+(?:application|applying|submission)\b|"  # when it is due
    # "… letters from outside evaluators, no more than three of whom …", "A 1-T form, completed
    # through the departmental votes": who they are, how it is filled in
    r"(?<=,\s)(?:(?:no\s+more\s+than|some|all|one)\s+(?:\w+\s+)?)?of\s+whom\b|"
    r"(?<=,\s)completed\s+(?:through|by)\b|"
    # "a portfolio of creative work: for poets, 20 pages of poetry": how much each genre sends
    r"(?<=:\s)(?=for\s+[\w\s-]{2,40}?,\s*(?:up\s+to\s+)?\w+\s+pages\b)|"
    # "…, at the February business meeting": when it is handed in
    r"(?<=,\s)(?=at\s+the\s+[\w\s'’-]{0,30}?(?:meeting|session|interview)\b)|"
    # "an extended abstract of their thesis until 15 March 2030": when it is due
    r"(?=(?:until|no\s+later\s+than)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+\b)|"
    # "an example of your scholarly work, e.g., a journal article": its examples
    r"(?<=,\s)(?:e\.\s?g\.|for\s+example|for\s+instance)(?=[,\s])|"
    # "cover letter, or other materials": what else may come, not this one's name
    r"(?<=,\s)or\s+(?:any\s+)?other\s+(?:[\w-]+\s+)?(?:materials|documents|information)\b|"
    # ("responses to the four personal essays" are the responses)
    r"(?<!responses\s)(?<!answers\s)(?<!link\s)(?<!links\s)"
    r"to\s+(?:the(?!\s+following\s+questions)|their|Dr\.?|Prof\.?)\s|"
    r"by\s+(?:e-?mail|the\s+"
    r"(?:deadline|application))|via\s|through\s+(?:the|our)\s|at\s+https?:|on\s+the\s+website|"
    r"in\s+(?:pdf|a\s+single)\b|in\s+(?:your|the|an?)\s+e-?mail\b|"
    r"online\b(?!\s+(?:[\w-]+\s+)?(?:forms?|application|questionnaires?|portfolios?|"
    r"galler(?:y|ies)|profiles?|reels?)\b)"
    r"(?!\s+(?:recommendations|references|letters)\b)|"
    r"electronically\b|"
    r"and\s+(?:are|is|must|should|will\s+be)\s+(?:also\s+)?(?:required|expected|asked)\s+to\b|"
    r"in\s+addition\s+to\s+(?:all\s+)?(?:the\s+)?(?:other|required)\b|should\s+be\b|must\s+be\b|"
    r"shall\s+(?:be|focus|include|contain)\b|"
    # "Research proposal (2 pages): It is expected that …": what follows the name's colon
    r"(?<=\S):\s+(?=(?:it|this|these|the|applicants?|candidates?|you|please|can|should|must|pay|"
    r"include|describe)\b)|"
    # "Form HR7A and submit this", "… for the consideration of the Committee"
    r"and\s+(?:submit|send|upload|return)\s+(?:it|this|them)\b|and\s+(?:submit|pay)\s+the\s+"
    r"(?:[\w-]+\s+)?(?:\$|fee\b)|for\s+(?:the\s+|[\w'’]+\s+){0,3}?consideration\b|"
    # "Application Form HR7A (Attachment 2) – To be completed by …": what is said of it
    r"(?<=\s)[–—]\s+(?=(?-i:[A-Z])|(?:signed|completed|written|prepared|filled|issued|to\s+be)\b)|(?:is|are)\s+(?:attached|enclosed|sufficient|enough|available)\b|"
    r"means\s+(?!of\b)|"  # "Sample of work means published articles, …": what it is
    r"at\s+the\s+(?:front|back|end|beginning|start)\b|"  # where it goes in the one PDF
    # "… the two references is 5 pm on 1 May": when they are due
    r"(?:is|are)\s+(?=\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|on\s+\w+day\b)|"
    r"(?:organi[sz]ed|arranged|structured|set\s+out)\s+as\s+follows\b|"  # (its parts follow)
    # "Two letters of recommendation - One of the letters must be from …": a clause about it
    # ("Curriculum Vitae - a curriculum vitae of no more than four pages": what it is)
    r"[-–—]\s+(?=[^.;]{0,40}?\b(?:must|should|can|will|may|is|are)\b|(?:a|an|the)\s)|"
    # "The Curriculum Vita is a maximum of five pages and …": its limit, said of it
    r"(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:max(?:imum)?|limited|presented|restricted|no\s+more|"
    r"not\s+to\s+exceed|at\s+most|up\s+to)\b|"
    r"(?:to|at)\s+[`'\"<(]?[\w.+-]+(?:@|\s*[\[(]at[\])])|[\w.+-]+@[\w-]+\.|as\s+part\s+of\b|"
    r"to\s+(?-i:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?(?:Mc|Mac)?[A-Z][a-z]+)\b|"  # "to Paris Collingsworth"
    r"to\s+(?-i:[A-Z]\.\s?(?:[A-Z](?:\.|\s|$)|[A-Z][a-z]+))|"  # "to W. F. Doolittle", "to J. Smith"
    r"directly\s+to\s+(?:us|me|the|him|her|them|our)\b|"  # "… motivation directly to us"
    r"(?:sind|ist)\s+(?:bis|an|per)\b|bis\s+(?:zum|spätestens)\b|"  # where, not what
    # "three referees from whom we may obtain letters": what is done with them
    r"from\s+whom\s+(?:we|the)\b|"
    # "… (please double-check the accuracy of …)": advice on it
    r"\(\s*please\s|"
    # German: "ein Lichtbild, das nicht älter als sechs Monate sein soll": a clause about it
    r"(?<=,\s)(?:das|die|der|welche[rs]?|verbunden\s+mit)\s|"
    # French: "une fiche dûment signée", "… signée par le directeur"
    r"(?:dûment|signée?s?\s+par|remplie?s?\s+et)\s|"
    r"que\s+(?=\w)|(?<=,\s)con\s|"  # Spanish: "Proyecto … que estará …", "…, con los …"
    # French: "un relevé permettant de vérifier …", "… mentionnés plus haut"
    r",?\s*ou\s+à\s+défaut\b|dans\s+la\s+limite\s+de\b|"  # ("…, ou à défaut, …": or else)
    r"(?:permettant|mentionnée?s?|comportant|affranchie?s?|justifiant|indiquant|délivrée?s?|"
    r"établie?s?|limitée?s?|présentant)\s|"
    # "the monitoring form at application stage to enable us to …", "… and read more on our
    # site": what it is for, and what else to do
    r"at\s+(?:the\s+)?application\s+stage\b|(?:so\s+as|in\s+order)\s+to\b|"
    r"to\s+(?:enable|allow|help)\s+(?:us|the|[A-Z]{2,6})\b|and\s+read\b|"
    # "a summary of their application, making sure to emphasise …": advice on it
    r"(?<=,\s)(?:making|being)\s+sure\b|"
    # "letters of application and dossiers": the dossier holds the rest, not this one
    r"and\s+(?:(?:a|the|your|complete|full)\s+)*(?:dossiers?|packets?)\b(?!\s+(?:of|on)\b)|"
    # "… transcripts if you contact him": when they are sent, not what
    r"(?:if|when)\s+(?:you\s+)?(?:contact|e-?mail|write\s+to|reach\s+out|apply)\b|"
    # "If … you were classified as needing to provide proof of English proficiency then you
    # must do so": the if-clause's consequence
    r"then\s+(?:you|we|please)\b|"
    # "a resume if you like", "… references reach us": whether, and how, not what
    r"if\s+you\s+(?:like|wish|want|prefer)\b|reach(?:es)?\s+us\b|"
    # "Fill out all of your online application completely and accurately"
    r"(?:completely|accurately|carefully|fully)\b(?:\s+and\s+\w+ly)?\W*$|"
    # "Curriculum Vita (CV), not a business-style resume": what not to send
    r"(?<=,\s)not\s+(?:an?|the)\s|"
    # "a resume and other information for consideration": what else, not this one's name
    r"and\s+other\s+information\b|"
    # "a cover letter but, applicants wonder, …": the sentence goes on
    r"but,?\s+(?=[a-z]+(?:\s+[a-z]+)?,)|"
    # "Personal statements and convert them to PDF", "the form before Saturday, February 13",
    # "recommendation letters, so you'll need to …": what to do with it, by when, and why
    r"and\s+(?:convert|save|combine|merge|export)\s+(?:it|them)\b|(?<=,\s)so\s|for\s+you\b|"
    r"before\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|\d))",
    re.IGNORECASE,
)


# a step of a list that says what to do with the material: "Collect transcripts from …",
# "Obtain a PDF copy of your transcript", "Talk to two people who can write you letters …"
_STEP_RE = re.compile(r"(?:[^.;:]{0,60}?" + WHO_CAN_WRITE + r"\s+(?:you\s+|for\s+you\s+)?|"
                      # ("Applicants will need to request letters …": "to request" is the step)
                      r"(?:to\s+)?(?:collect|obtain|gather|prepare|request|get|find|write|reproduce|"
                      r"record|customi[sz]e|tailor)\s+(?:all\s+)?"
                      r"(?:(?:a|an|the|your)\s+)?(?:(?:pdf|digital|scanned)\s+)?"
                      r"(?:cop(?:y|ies)\s+of\s+)?)", re.IGNORECASE)


def clean_label(text: str, span: Span) -> Span:
    span = strip_span(text, span.start, span.end)
    label = text[span.start:span.end]
    step = _STEP_RE.match(label)
    found = classify(label[step.end():]) if step else None
    if found and lead_words(label[step.end():], found[1]) <= 3:
        span = strip_span(text, span.start + step.end(), span.end)
        label = text[span.start:span.end]
    tail = _LABEL_TAIL_RE.search(label)
    if tail and re.fullmatch(r"\W*\w+ly\W*", label[:tail.start()]):
        # "exclusively via the web-based application form": the form, where they go
        tail = _LABEL_TAIL_RE.search(label, tail.end())
    if tail and tail.start() >= 2:  # ("CV and convert it to PDF")
        span = strip_span(text, span.start, span.start + tail.start())
    label = text[span.start:span.end]
    semicolon = next((m for m in re.finditer(r";\s", label)
                      if label[:m.start()].count("(") == label[:m.start()].count(")")), None)
    if semicolon and semicolon.start() > 2:
        # "names and addresses of no more than four references; courtesy … suggest …": the
        # label ends with its clause
        span = strip_span(text, span.start, span.start + semicolon.start())
    # a dangling "(" left by the cut; "[and names of three referees]": another material
    label = text[span.start:span.end]
    if label.count("(") > label.count(")"):
        cut = label.rfind("(")
        span = strip_span(text, span.start, span.start + cut)
    added = re.search(r"\s*\[\s*(?:and|plus|with)\b", text[span.start:span.end], re.IGNORECASE)
    if added and added.start() > 2:
        span = strip_span(text, span.start, span.start + added.start())
    label = text[span.start:span.end]
    wrap = re.search(r"\n[ \t]+(?=[A-Z])", label)
    if wrap and wrap.start() > 2 and not LEADS_ON_RE.search(label[:wrap.start()]):
        # "• Two referees willing to give you a reference" / "  Either academic or …": the
        # list line's own next line says more about it
        span = strip_span(text, span.start, span.start + wrap.start())
        label = text[span.start:span.end]
    for stop in re.finditer(r"\.\s+(?=[A-Z][a-z])", label):
        # "a CV. Send them directly to …": the label ends with its sentence ("M.Sc. Thesis"
        # is one name)
        token = re.search(r"\S+$", label[:stop.start()])
        if token and "." not in token.group() and stop.start() > 1:
            span = strip_span(text, span.start, span.start + stop.start())
            break
    return span


# "Tabular CV as one PDF (if applicable)": how it is sent, in the notes
_AS_A_FILE_RE = re.compile(r"(?<=\S)(?=\s+as\s+(?:one|a\s+single|a|an?\s+separate)\s+(?:pdf|file|"
                           r"document)\b)", re.IGNORECASE)
_DASH_CLAUSE_RE = re.compile(r"(?<=\S)(?=\s*[—–]\s*(?:this|it|which|these|they)\b)", re.IGNORECASE)
# French: "une note de quinze pages maximum qui développe …"
_FRENCH_CLAUSE_RE = re.compile(r"(?<=\S)\s+(?=qui\s+[a-zà-ÿ]{3,})", re.IGNORECASE)


def split_label(full: str, kind: str) -> tuple[str, str]:
    """("CV", "lists all peer-reviewed publications") from "CV, which lists all peer-reviewed …":
    the name of the material as the label, what it must contain as the notes."""
    found = classify(full)
    name_end = found[2] if found else 0
    named_first = OTHER_RE.search(full) if kind == "other" and found and \
        found[0] != "other" else None
    if named_first and named_first.start() < (found[1] if found else 0):
        name_end = named_first.end()  # "application form where you … submit your CV": the form
    # a clause inside brackets is the bracket's ("publications list (indicate articles which
    # appeared in refereed journals)")
    unbracketed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), full)
    clause = RELATIVE_RE.search(unbracketed, name_end) or \
        _DASH_CLAUSE_RE.search(unbracketed, name_end) or \
        _FRENCH_CLAUSE_RE.search(unbracketed, name_end)  # "an outline—this can hold …"
    as_a_file = _AS_A_FILE_RE.search(unbracketed, name_end)
    if as_a_file and (clause is None or as_a_file.start() < clause.start()):
        clause = as_a_file
    if clause:
        head = full[:clause.start()]
        # "A cover letter specifically stating why …": the adverb is the clause's
        head = re.sub(r"\s+(?:specifically|briefly|clearly|explicitly|concisely)\s*$", "", head,
                      flags=re.IGNORECASE) or head
        if re.match(r"wh(?:ich|om)\b", full[clause.start():], re.IGNORECASE):
            # "a detailed letter in which you should include …": the preposition is the clause's
            head = re.sub(r"\s+(?:in|on|of|for|to|with|by|at)\s*$", "", head)
        label = tidy_label(head)
        notes = full[clause.start():].strip(" .,;")
        # ("… collaborators) which should be sent by the referees": a bare "which" says nothing)
        notes = re.sub(r"^(?:which|that|who)(?:\s+(?:should\s+|must\s+|will\s+)?|$)", "", notes,
                       flags=re.IGNORECASE)
        if label:
            return label, notes
    match = re.search(r"\b(?:statement|description|proposal|summary)\s+of\s+(.+)$", full,
                      re.IGNORECASE)
    if match and kind in ("research_statement", "teaching_statement", "diversity_statement"):
        return tidy_label(full), match.group(1).strip().rstrip(".,;")
    return tidy_label(full), ""


_LABEL_LEAD_RE = re.compile(
    # ("one or two papers": the count is the name's)
    r"^(?!(?:one|two|three)\s+or\s+(?:two|three|four|five|more)\b)"
    r"(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*)?"
    # "Three copies of their application form": how many copies, not the name
    r"(?:(?:one|two|three|four|five|six|\d{1,2})\s+(?:hard\s+|paper\s+)?cop(?:y|ies)\s+"
    r"(?:each\s+)?of\s+)?(?:(?:and|or|also|plus|with|arrange\s+for|(?:brief|short)\s+e-?mail\s+with|"
    r"some\s+(?:[\w-]+\s+)?(?:schools|departments|institutions|employers|universities|programs|"
    r"positions|jobs)\s+(?:also\s+)?(?:ask\s+for|require|request|want)|"
    r"some\s+(?:also\s+)?(?:ask\s+for|require|request|want)|"
    r"all\s+of|applications\s+and|along\s+with|together\s+with|accompanied\s+by|(?:\w+ly\s+)?(?:via|on|through|using)\s+the|"
    r"point\s+(?:me|us)\s+to|to\s+obtain|as\s+will|perhaps|maybe|possibly|sometimes|among\s+them|"
    r"arrange\s+to\s+have|but|including|only|accompanying|his/her|his\s+or\s+her|"
    r"a|an|one|the|this|our|your|their|my|"
    r"(?-i:us|me)|"
    # German: "ein Lebenslauf", "meist ein Forschungskonzept" (usually one)
    r"ein|eine|einen|einer|einem|eines|ihre|ihren|ihrer|sowie|und|meist|meistens|dass\s+sie|"
    # French: "la fiche de candidature", "les relevés de notes"
    r"(?-i:[Ll]e|[Ll]a|[Ll]es|[Uu]ne?|[Dd]es))\s+)*",
    re.IGNORECASE,
)


_GERMAN_SECOND_HALF_RE = re.compile(r"\s*(?:und|oder|bzw\.|sowie)\s+[^\W\d_]*?(?P<half>konzept|"
                                    r"profil|portfolio|plan|programm|skizze|interessen)\b",
                                    re.IGNORECASE)


def german_whole_word(text: str, span: Span, label: str) -> str:
    """ "Forschungs-" of "ein Forschungs- und Lehrkonzept" → "Forschungskonzept": a German first
    half takes the second half it shares with the next word."""
    if not text[span.start:span.end].rstrip().endswith("-"):
        return label
    half = _GERMAN_SECOND_HALF_RE.match(text, span.end)
    return label.rstrip(" -") + half.group("half").lower() if half else label


def tidy_label(label: str) -> str:
    """"(1) a cover letter" → "Cover letter": the material's name, as the posting words it."""
    # "(Optional, but encouraged) an annotated CV": the flag is shown on its own
    label = re.sub(r"^\s*\([^()]*\b(?:optional|encouraged|required|if\s+available)\b[^()]*\)\s*",
                   "", label, flags=re.IGNORECASE) or label
    # "(e-mail) contact addresses of …": a bracketed first word is part of the name
    label = re.sub(r"^\s*\((?![ivxIVX]+\))([A-Za-z][\w-]{2,19})\)\s*", r"\1 ", label)
    # "… residence – if applicable specimen": its flag, and the link to the form's template
    label = re.sub(r"\s+[-–—]?\s*if\s+(?:applicable|available|relevant|any|needed|necessary)\b.*$|"
                   r"\s+(?:specimen|template)$", "", label, flags=re.IGNORECASE) or label
    # ("a separate statement, in addition to your resume, …": the resume, named by the way)
    label = re.sub(r"^in\s+addition\s+to\s+(?:your|the|a|an)\s+", "", label,
                   flags=re.IGNORECASE) or label
    # "two (2) additional letters": the number said twice
    label = re.sub(r"^((?:one|two|three|four|five|six|seven|eight|nine|ten)\s+)?\(\d{1,2}\)\s+",
                   r"\1", label, flags=re.IGNORECASE)
    # "a copy of your passport, etc.": the list's end; "(in some rare cases certificates, but
    # …)": when it is asked, and what the sentence goes on to
    label = re.sub(r",?\s+etc\.?$", "", label, flags=re.IGNORECASE) or label
    label = re.sub(r"^\(?\s*in\s+(?:some\s+)?(?:rare\s+|certain\s+|a\s+few\s+)?cases,?\s+", "",
                   label, flags=re.IGNORECASE) or label
    label = re.sub(r",\s+but\s+.*$|,?\s+and\s+(?:other|additional|further)\s+(?:materials|"
                   r"documents)$", "", label) or label
    # Norwegian: "Maksimum 5 siders prosjektbeskrivelse": its limit, before its name
    label = re.sub(r"^(?:maks(?:imum)?\.?|inntil)\s+\w+\s+siders?\s+", "", label,
                   flags=re.IGNORECASE) or label
    label = label.strip(" ,;:(-–—")
    # "if applicable published academic texts": the flag is shown on its own
    label = re.sub(r"^(?:if\s+(?:applicable|available|possible)|where\s+(?:applicable|relevant)),?"
                   r"\s+", "", label, flags=re.IGNORECASE) or label
    # "(For all candidates) two verifiable academic references": who is asked, not the name
    label = re.sub(r"^for\s+[^()]{1,40}\)\s*", "", label, flags=re.IGNORECASE) or label
    label = _LABEL_LEAD_RE.sub("", label, count=1) or label
    # 'The only "cover letter" you will need': the name, quoted
    label = re.sub(r'^["“](.+)["”]$', r"\1", label)
    # "send references to": the sentence went on to where they go
    # ("… (official copies before hire); and": the list's own punctuation goes with it)
    label = re.sub(r"[\s,;:]*\s(?:to|for|of|and|or|with|based|sowie|und|oder|och|eller)$", "",
                   label, flags=re.IGNORECASE) or label
    # where it is entered is not its name: "contact of two referees within one of the steps in
    # the application portal"
    label = re.sub(r"\s+(?:within|in|through|via|on|using)\s+(?:(?:one\s+of\s+)?the\s+steps?\s+"
                   r"(?:in|of)\s+)?(?:the|our|your)\s+(?:online\s+)?(?:application\s+)?(?:portal|"
                   r"system|platform|website|site)\b.*$", "", label, flags=re.IGNORECASE) or label
    # a German sentence ends with its verb: "… ein Forschungsexposé enthalten"; "neben einem
    # Anschreiben davon erwartet, dass …"
    label = re.sub(r"\s+(?:enthalten|beifügen|einreichen|beizufügen|einzureichen)\s*$|"
                   r"\s+(?:davon\s+|wird\s+|werden\s+)?(?:erwartet|verlangt|gefordert|erbeten)\b.*$",
                   "", label, flags=re.IGNORECASE) or label
    # limits and "optional" are shown on their own; the label names the material
    # ("(upload as a separate attachment - PDF recommended)": how it is sent)
    label = re.sub(r"\s*\((?:[^()]*\b(?:pages?|sides?|pp|words?|wrds|optional|max(?:imum)?|limit|"
                   r"upload|not|"
                   r"attachment|annexe?|appendix|(?:if|when|where)\s+(?:available|applicable)|"
                   r"(?:may|can)\s+(?:also\s+)?be\s+(?:included|added|listed))\b"
                   r"[^()]*)\)", "", label, flags=re.IGNORECASE).strip() or label
    # "Aims Statement (See Writing Your Statement) This is your plan": a pointer to
    # another page, and the sentence after the name
    label = re.sub(r"\s*\((?:see|cf\.?)\s[^()]*\)|\s+(?:this|it)\s+(?:is|should|must)\b.*$", "",
                   label, flags=re.IGNORECASE) or label
    # "Project Statement Using no more than four sentences, describe …": the page lost the
    # break between the name and the instruction under it
    label = re.sub(r"(?<=\w)\s+(?:Using|Describe|Include|Please|List|Provide|Explain|Give|Write)\s"
                   r".*$", "", label) or label
    # "your CV against any advertised position": where it goes, not what it is
    label = re.sub(r"\s+against\s+(?:the\s+|any\s+|an?\s+)?(?:advertised\s+)?(?:positions?|"
                   r"vacanc(?:y|ies)|posts?|jobs?)\b.*$", "", label, flags=re.IGNORECASE) or label
    # "Candidates must send for review their design samples …": who sends it, not its name
    label = re.sub(r"^(?:the\s+)?(?:applicants?|candidates?)\s+(?:must|should|will)\s+(?:also\s+)?"
                   r"(?:submit|send|provide|upload|include)(?:\s+for\s+review)?\s+(?:(?:their|the|"
                   r"his\s+or\s+her)\s+)?", "", label, flags=re.IGNORECASE) or label
    # "a tabular CV incl. publication list": the label stops at "incl."
    label = re.sub(r"\s+incl\.?$", "", label, flags=re.IGNORECASE) or label
    # "4 letter writers to write you a general letter": who writes, not what they do
    label = re.sub(r"\b(writers|referees)\s+(?:to\s+)?(?:write|send|submit|upload|provide)\b.*$",
                   r"\1", label, flags=re.IGNORECASE) or label
    # "… directly to" (the address lost), "… as the supplemental Document 1" (its slot)
    label = re.sub(r"\s+directly(?:\s+to)?$|\s+as\s+(?:the\s+)?(?:supplemental\s+|supplementary\s+|"
                   r"additional\s+)?(?:document|attachment|file|upload)\s+\w{1,3}$", "", label,
                   flags=re.IGNORECASE) or label
    # "Approval letter (if you have not yet received the diploma)": the condition is shown
    # on its own
    label = re.sub(r"\s*\(\s*(?:if|unless)\s[^()]*\)$|,\s+(?:if|unless)\s+[^,;()]{3,60}$", "",
                   label, flags=re.IGNORECASE) or label
    # ("… and 2 endorsement letters as well")
    label = re.sub(r"\s+as\s+well$", "", label, flags=re.IGNORECASE) or label
    # "How should I provide my Letters of Recommendation?": an FAQ's question names it
    label = label.rstrip("?").rstrip() or label
    # ("an unofficial transcript if available": the flag is shown on its own)
    label = re.sub(r",?\s+(?:if|where|when)\s+(?:available|applicable|any|possible|appropriate|"
                   r"relevant)$", "", label, flags=re.IGNORECASE) or label
    # "Project proposal of maximum 2 pages (minimum font size 11) as PDF": its limit and format
    # are shown on their own
    # ("… CV, typically no longer than six pages", "a plan of a total of six (A4) pages")
    label = re.sub(r",?\s+(?:of\s+)?(?:a\s+)?(?:(?:generally|typically|usually)\s+)?"
                   r"(?:max(?:imum)?\.?|up\s+to|no\s+(?:more|longer)\s+than|total\s+of)\s+"
                   r"(?:of\s+)?[\d,]+\s+(?:\([^()]{1,12}\)\s+)?(?:pages?|words)\b.*$", "", label,
                   flags=re.IGNORECASE) or label
    label = re.sub(r"\s+as\s+(?:an?\s+)?(?:single\s+)?(?:(?:ms\s+)?word\s+or\s+)?pdf\b.*$|"
                   # ("a headshot in JPEG format", "… in either English or Japanese": its form)
                   r"\s+in\s+(?:jpe?g|pdf|png|tiff?)(?:\s+or\s+(?:jpe?g|pdf|png|tiff?))?\s+format\b.*$|"
                   r"\s+in\s+either\s+(?:English|French|German|Spanish|Japanese)\b.*$", "",
                   label, flags=re.IGNORECASE) or label
    # ("… mark sheets as far as already available and relevant")
    label = re.sub(r",?\s+as\s+far\s+as\s+(?:already\s+)?(?:available|possible|applicable)\b.*$",
                   "", label, flags=re.IGNORECASE) or label
    if label.count("(") > label.count(")"):
        label = label[:label.rfind("(")].rstrip() or label  # (a bracket the cuts left open)
    if label.lower() in ("cv", "cvs"):
        return label.upper().replace("VS", "Vs")  # "a cv": the abbreviation
    return label[:1].upper() + label[1:]
