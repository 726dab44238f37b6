"""Where a posting asks for materials, and the materials it names there: one `Item` per
material, with the span of its phrase and of the sentence or list line it came from.
`requirements` turns them into checklist items."""

from __future__ import annotations

import re

from packetizer.core.posting.blocks import (
    HEADING_RE,
    LIST_MARK_RE,
    OPEN_END_RE,
    Span,
    is_heading,
    is_list_item,
    lines_of,
    sentences_in,
)
from packetizer.core.posting.facts import PASSIVE_RE, QUALIFICATION_HEADING_RE, qualification_lines
from packetizer.core.posting.headings import material_headings, numbered_forms
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.lines import (
    NEAR_LEAD,
    asks_for_material,
    list_mark_kind,
    list_runs,
    material_name_line,
    names_a_material,
    next_starts_with_material,
    optional_heading,
    parts_follow,
    parts_intro,
    starts_with_material,
    title_line,
)
from packetizer.core.posting.listline import ABOUT_IT_RE, SERVICE_OFFERS_RE, line_items
from packetizer.core.posting.phrases import EMPLOYER_REQUESTS_RE, Item, items_in
from packetizer.core.posting.requests import (
    FINITE_RE,
    INTRODUCES_PARTS_RE,
    LATER_STAGE_RE,
    NEGATED_RE,
    NOT_MATERIALS_RE,
    OPTIONAL_RE,
    PROCEDURE_RE,
    SEPARATE_RE,
    TRIGGER_RE,
    UPLOAD_NAME_RE,
)
from packetizer.core.posting.vocabulary import (
    FILL_VERB,
    FORM_NAME,
    classify,
    first_other,
    lead_words,
)

_ENDS_ASKING_RE = re.compile(
    r"\b(?:should|must|will|shall|is\s+to|are\s+to)\s+(?:also\s+)?(?:include|contain|comprise|"
    r"consist\s+of)\s*$|\b(?:include|enclose|submit|send)\s+the\s+following\s*$", re.IGNORECASE)


def _paragraph_names_material(text: str, lines: list[Span], j: int) -> bool:
    """After "Applications should contain:", a paragraph of its own that names a material
    ("A letter of application including …", "Transcripts (unofficial acceptable)")."""
    line, before = lines[j], lines[j - 1].text(text).strip() if j > 0 else ""
    # a paragraph of its own: after a blank line, or (a PDF's unwrapped lines) after a line
    # that ends a sentence
    return j > 0 and (not before or before.endswith((".", ":"))) and \
        names_a_material(line.text(text)) and \
        not FINITE_RE.search(sentences_in(text, line.start, line.end)[0].text(text))


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


# "Publications in international journals are a plus": a qualification, not a material
_QUALIFICATION_SUBJECT_RE = re.compile(
    r"\W*(?:publications|papers|experience|(?:a\s+)?(?:strong\s+|proven\s+)?(?:track\s+)?record)"
    r"\s+(?:in|with|on|of)\b", re.IGNORECASE)
_CLAUSE_DASH_RE = re.compile(r"\s[—–]\s+")
_ASIDE_AFTER_VERB_RE = re.compile(r"\s*\([^()]{1,40}\)\s*")
_SOMEONE_ELSES_RE = re.compile(
    r"\s*(?:\W\s*)?(?:the\s+)?(?:partners|spouses)\b(?:\s+of\s+(?:the\s+)?(?:candidates|"
    r"applicants))?", re.IGNORECASE)
# "These should provide full details of the degree class …": what documents named before hold
_WHAT_THEY_HOLD_RE = re.compile(r"\s*(?:these|they|it|this|each)\s+(?:documents?\s+)?"
                                r"(?:should|must|will|shall)\s+(?:also\s+)?(?:provide|give|include|contain|show|"
                                r"list|state)\s+(?:(?:full|all|the|complete)\s+)*(?:details|"
                                r"information|grades|marks)\b", re.IGNORECASE)
# "The steps for submitting …": the request word names how it is done
_AFTER_PROCEDURE_RE = re.compile(PROCEDURE_RE.pattern + r"\s+$", re.IGNORECASE)
# "Proposals including figures and references should not exceed 4 pages.": a limit, not a list
_LIMIT_SENTENCE_RE = re.compile(r"^[^.;:]{3,80}?\s(?:should|must|may|can|will)\s+not\s+exceed\s+"
                                r"[\w,]+\s+(?:pages?|words?|characters)\b", re.IGNORECASE)
_WHAT_IT_OFFERS_RE = re.compile(
    r"\b(?:fellowship|scholarship|studentship|position|award|package|salary|stipend|benefits?|"
    r"funding|appointment|offer)\s+(?:also\s+|will\s+)?includ(?:e|es|ing)\s*$", re.IGNORECASE)
_ASKING_SENTENCE_RE = re.compile(r"\b(?:please|should|interested|contact|e-?mail|reach\s+out|"
                                 r"write|[ei]nquire|get\s+in\s+touch)\b", re.IGNORECASE)
_WITH_RE = re.compile(r"\b(?:along\s+)?with\s+", re.IGNORECASE)
# "liaise closely with your referees": people, not what they send
_WITH_PEOPLE_RE = re.compile(r"(?:your|the|their)\s+(?:referees|recommenders|references|letter\s+"
                             r"writers|supervisors?|advis[oe]rs?)\b", re.IGNORECASE)
_FILL_FORM_RE = re.compile(rf"{FILL_VERB}(?P<name>{FORM_NAME})(?!\s+of\b)", re.IGNORECASE)
# "The candidate's teaching statement should provide …", "Your cover letter must include …"
_HOLDER_RE = re.compile(
    r"\W*(?:the\s+|your\s+|their\s+|this\s+)?(?:(?:candidate|applicant)['’]s\s+)?"
    r"(?P<name>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:should|must|will|may|can|is\s+to)\s+(?:also\s+)?"
    r"(?:provide|include|contain|describe|address|list|detail|cover|outline|demonstrate)\b",
    re.IGNORECASE)
_YOU_SUBMIT_RE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:you|applicants|candidates)\s+(?:will\s+|must\s+|should\s+)?"
    r"(?:submit|send|upload|provide|include|prepare)\b", re.IGNORECASE)


def find_items(text: str) -> list[Item]:
    lines = lines_of(text)
    items: list[Item] = []
    consumed: list[Span] = []

    # 1. lists under a materials heading, or after a line ending in ":" that asks for materials
    i = 0
    while i < len(lines):
        line_text = lines[i].text(text)
        # a line ending in ":" whose last sentence asks for materials introduces a list
        intro = line_text.rstrip().endswith(":") and TRIGGER_RE.search(
            sentences_in(text, lines[i].start, lines[i].end)[-1].text(text)) and \
            not NOT_MATERIALS_RE.match(line_text)
        # "Your application should include" / "a cv" / "a cover letter …": the same, its
        # colon left out, when the line under it names a material
        below = next((line.text(text) for line in lines[i + 1:i + 3] if line.text(text).strip()),
                     "")
        bare = not intro and _ENDS_ASKING_RE.search(line_text) and starts_with_material(below)
        intro = intro or bare
        if intro and parts_follow(line_text):
            # "… a one-page research statement, covering but not limited to:" / "* Previous
            # research experience: …": what the statement holds, not more materials
            i += 1
            while i < len(lines) and (not lines[i].text(text).strip() or LIST_MARK_RE.match(
                    lines[i].text(text)) or lines[i].text(text)[:1] in " \t"):
                consumed.append(lines[i])
                i += 1
            continue
        if not ((HEADING_RE.match(line_text) and is_heading(line_text)) or intro):
            i += 1
            continue
        zone_start = i
        optional_zone = optional_heading(line_text)
        j = i + 1
        started = False
        titled: list[Item] = []  # the items of a title line just above ("Research statement")
        blank_before = False
        level = None  # how far the list's own lines are indented
        above: list[Item] = []  # the items of the list line above
        above_indent = 0  # and how far that line is indented
        above_mark = ""  # and its kind of mark, when it ends in ":" (its points follow)
        introducing: list[Item] = []  # the items of a line ending "… that includes"
        parts_of: list[Item] = []  # the items whose parts the list lines now name
        while j < len(lines):
            cur = lines[j].text(text)
            if not cur.strip():
                j += 1
                blank_before = True
                continue
            indent = len(cur) - len(cur.lstrip())
            # the same, once a page has lost the indent: "2. Proof of qualifications:" /
            # "• Doctoral degree certificate" / … / "3. …", the points marked otherwise
            flattened = above and above_mark and LIST_MARK_RE.match(cur) and \
                list_mark_kind(cur) != above_mark
            if above and level is not None and (indent > max(level, above_indent) or flattened) \
                    and LIST_MARK_RE.match(cur) and not starts_with_material(cur):
                # a point under a list line ("* A written response to one of our papers:" /
                # "    * Summary of its key points;") says what that material holds
                for item in above:
                    item.detail = Span(item.detail.start if item.detail else lines[j].start,
                                       lines[j].end)
                consumed[-1] = Span(consumed[-1].start, lines[j].end)
                j += 1
                continue
            # "Detailed Curriculum Vitae" / "" / "Certified copy of academic degrees": a page
            # that names each material on a line of its own, blank lines between
            named_alone = blank_before and not LIST_MARK_RE.match(cur) and \
                material_name_line(cur)
            # "A covering letter" / "Your cover letter must include:" / "• The position title"
            # / "• A statement about your suitability …": the list is the letter's parts; and
            # a sentence on a list line under a material's name says more about it ("• It is
            # recommended that this document be a maximum of three pages.")
            described = titled and LIST_MARK_RE.match(cur) and (parts_of or (
                not starts_with_material(cur) and cur.rstrip().endswith(".") and
                FINITE_RE.search(cur) and not TRIGGER_RE.search(cur) and
                (not names_a_material(cur) or ABOUT_IT_RE.match(cur))))
            if titled and not LIST_MARK_RE.match(cur) and parts_intro(cur) in \
                    {item.kind for item in titled}:
                parts_of, described = titled, True
            if titled and (described or not LIST_MARK_RE.match(cur)) and \
                    (described or not starts_with_material(cur)) and not named_alone and \
                    not (intro and _paragraph_names_material(text, lines, j)):
                # the line under a material's name describes it ("Research statement [3 pages]"
                # / "Describe your current research agenda and future plans."): what it says
                # is about that material, not more materials; a line that asks for another
                # material, or a heading after a blank line, ends the list
                if not described and (asks_for_material(cur) or (
                        blank_before and is_heading(cur) and (
                            cur.rstrip().endswith(":") or HEADING_RE.match(cur) or
                            not next_starts_with_material(text, lines, j)))):
                    break
                for item in titled:
                    item.detail = Span(item.detail.start if item.detail else lines[j].start,
                                       lines[j].end)
                consumed[-1] = Span(consumed[-1].start, lines[j].end)
                j += 1
                blank_before = False
                continue
            blank_before = False
            title = title_line(cur)
            in_titled_list = title or (titled and (starts_with_material(cur) or named_alone)) or (
                # "Applications should contain:" / "A letter of application …" / "A CV …":
                # paragraphs, each naming a material
                bool(intro) and not LIST_MARK_RE.match(cur) and
                (_paragraph_names_material(text, lines, j) or (bare and names_a_material(cur))))
            if is_list_item(cur) or in_titled_list:
                started = True
                item_line = lines[j]
                # an indented line right below, without its own mark, continues the item
                # unless it names the next material ("CV" / " Letter of intent [1 page]")
                while j + 1 < len(lines) and not LIST_MARK_RE.match(lines[j + 1].text(text)) \
                        and lines[j + 1].text(text)[:1] in " \t" \
                        and lines[j + 1].text(text).strip() \
                        and not item_line.text(text).rstrip().endswith((".", ";", ":")) \
                        and not (title and (title_line(lines[j + 1].text(text)) or not
                                            OPEN_END_RE.search(item_line.text(text)))):
                    j += 1
                    item_line = Span(item_line.start, lines[j].end)
                found = line_items(text, item_line)
                if introducing and found and {i.kind for i in found} == {introducing[-1].kind}:
                    # "A statement of research … that includes" / "Overview of your research
                    # …" (the list flattened): what the statement holds, not another one
                    for item in introducing:
                        item.detail = Span(item.detail.start if item.detail else
                                           item_line.start, item_line.end)
                    consumed.append(item_line)
                    j += 1
                    continue
                if found:
                    introducing = found if INTRODUCES_PARTS_RE.search(
                        item_line.text(text)) else []
                for item in found:
                    item.said_optional = item.said_optional or optional_zone
                    items.append(item)
                consumed.append(item_line)
                titled = found if in_titled_list and item_line == lines[j] else []
                parts_of = []
                if LIST_MARK_RE.match(cur):
                    level = indent if level is None else min(level, indent)
                    above, above_indent = found, indent
                    above_mark = list_mark_kind(cur) if item_line.end == lines[j].end and \
                        cur.rstrip().endswith(":") and found else ""
                j += 1
                continue
            if started or (QUALIFICATION_HEADING_RE.match(cur) and is_heading(cur)):
                break
            if (HEADING_RE.match(cur) and is_heading(cur)) or j - zone_start > 3 or \
                    NOT_MATERIALS_RE.match(cur):
                break  # ("As a postdoc, you will:" introduces duties, not materials)
            j += 1  # an introductory sentence between the heading and the list
        i = max(j, i + 1)

    # 1b. a run of list lines that mostly name materials is a materials list, whatever its
    # heading or introduction says ("What to send", "Your application bundle", "Requirements")
    for run, optional in list_runs(text, lines, consumed):
        if optional is None:  # a material's parts ("Your CV must include:" / "- …"): taken
            consumed.extend(run)
            continue
        introduced = ""  # the kind of a line that ends "… that includes": its parts follow
        for item_line in run:
            found = line_items(text, item_line)
            if introduced and found and {item.kind for item in found} == {introduced}:
                consumed.append(item_line)  # "Overview of your research …" under the
                continue  # "Statement of research interests … that includes"
            introduced = found[-1].kind if found and INTRODUCES_PARTS_RE.search(
                item_line.text(text)) else (introduced if not found else "")
            for item in found:
                item.said_optional = item.said_optional or optional
                items.append(item)
            consumed.append(item_line)

    # 1c. one heading per material, with prose under it ("Referees" / "Two referees are
    # needed."), where a posting has at least two of them
    items.extend(material_headings(text, lines, consumed))

    # 1d. "Applicants should submit one copy each of Forms 1-9": each form, by its title
    items.extend(numbered_forms(text, lines, consumed))

    # 2. sentences anywhere that ask for materials
    def inside_consumed(span: Span) -> bool:
        return any(c.start <= span.start < c.end for c in consumed)

    qualification_zone = qualification_lines(text, lines)
    for sentence in sentences_in(text, 0, len(text)):
        if inside_consumed(sentence):
            continue
        if any(q.start <= sentence.start < q.end for q in qualification_zone):
            continue
        s_text = sentence.text(text)
        if _SOMEONE_ELSES_RE.match(s_text) or _WHAT_THEY_HOLD_RE.match(s_text) or \
                _LIMIT_SENTENCE_RE.search(s_text):
            continue  # "Partners of candidates are invited to include their resume …"
        if SERVICE_OFFERS_RE.search(s_text):
            continue  # "… receive a free Dossier account and can send all materials, including
            # confidential letters, free of charge": what the service allows, not a request
        passive = PASSIVE_RE.match(s_text)
        after = 0  # where to look for a request in the sentence
        if passive and re.match(r"\s*(?:no|none)\b|\s*any\s+(?:other\s+)?(?:materials|documents|"
                                r"items)\b", passive.group(1), re.IGNORECASE):
            continue  # "No scholarship documentation is required.", "Any materials in your
            # portfolio that you submit by postal mail may also be submitted online."
        if passive and classify(passive.group(1)) and not EMPLOYER_REQUESTS_RE.search(s_text) \
                and not _QUALIFICATION_SUBJECT_RE.match(passive.group(1)):
            # "Applications consisting of a cover letter, … can be submitted": after the trigger
            lead = TRIGGER_RE.search(s_text, 0, passive.end(1))
            subject_start = sentence.start + (lead.end() if lead and not classify(
                s_text[:lead.start()]) and classify(s_text[lead.end():passive.end(1)]) else 0)
            # "Feel free to email Duncan — a brief email with your CV is welcome": the subject
            # is the clause after the dash
            dash = list(_CLAUSE_DASH_RE.finditer(s_text, 0, passive.end(1)))
            if dash and classify(s_text[dash[-1].end():passive.end(1)]):
                subject_start = max(subject_start, sentence.start + dash[-1].end())
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
                continue
            after = passive.end()  # "all documents must be uploaded, including …"
        trigger, best_lead = None, 9
        for match in TRIGGER_RE.finditer(s_text, after):
            if _PERFECT_RE.search(s_text[:match.start()]):
                continue  # "will have published (or submitted) …": what the candidate did
            if NEGATED_RE.search(s_text[:match.start()]) or \
                    _AFTER_PROCEDURE_RE.search(s_text[:match.start()]):
                continue  # "The materials do not include syllabi or evaluations": not asked
            if trigger is not None and _inside_a_material(s_text, match):
                continue  # "a current vita including a list of publications": part of the CV
            rest = s_text[match.end():].lstrip(" :")
            aside = _ASIDE_AFTER_VERB_RE.match(rest)
            rest = rest[aside.end():] if aside else rest
            found = classify(rest)
            # an "other" document named first counts as first ("provide sufficient details
            # about your background, proofs of your education … and your CV", "complete the
            # application form and send a CV")
            other_at = first_other(rest) if found else None
            first = min(found[1], other_at if other_at is not None else found[1]) if found else 0
            if found and TRIGGER_RE.search(rest, 1, first):
                continue  # "sent by e-mail and should include a letter": "include" asks
            if found:
                lead = lead_words(rest, first)
                cut = max(rest.rfind(",", 0, first), rest.rfind(";", 0, first))
                if lead > NEAR_LEAD and cut > 0 and rest.count(",", 0, cut) >= 2 and \
                        _ASKING_SENTENCE_RE.search(s_text):
                    # "… MUST contain your name, the position, your degree, IELTS/TOEFL/GRE
                    # score …": in a list, the words before a material are its list entry's
                    lead = min(lead, lead_words(rest[cut + 1:], first - cut - 1) + 1)
                if lead < best_lead and not (trigger is not None and best_lead <= NEAR_LEAD):
                    # the first request that names a material soon after it wins: "email two
                    # pieces of written work … along with a CV" is read from "email"
                    trigger, best_lead = match, lead
        if trigger is None and _ASKING_SENTENCE_RE.search(s_text):
            # "Reach out to Dr. X, who leads the group, with your CV and …": in a sentence that
            # asks, "with" a material names what to send, however far from the verb
            trigger = next((m for m in _WITH_RE.finditer(s_text)
                            for found in [classify(s_text[m.end():])]
                            if found and found[0] != "other" and
                            lead_words(s_text[m.end():], found[1]) <= 1 and
                            not _WITH_PEOPLE_RE.match(s_text, m.end())), None)
        form = _FILL_FORM_RE.search(s_text)
        if trigger is None and form and not LATER_STAGE_RE.search(s_text):
            # "please fill out this form": the form is asked for
            items.append(Item("other", Span(sentence.start + form.start("name"),
                                            sentence.start + form.end()), sentence, False))
            continue
        if trigger is None:
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
            if found and found[0] == "letters" and SEPARATE_RE.search(s_text) and \
                    not EMPLOYER_REQUESTS_RE.search(s_text):
                # the letters' own words, with their count: "three reference letters"
                count = re.search(rf"\b(?:at\s+least\s+|up\s+to\s+|a\s+minimum\s+of\s+)?{NUM}\s+$",
                                  s_text[:found[1]], re.IGNORECASE)
                first = sentence.start + (count.start() if count else found[1])
                items.append(Item("letters", Span(first, sentence.start + found[2]),
                                  sentence, False))
            continue
        if LATER_STAGE_RE.search(s_text, 0, trigger.start()):
            continue  # "Shortlisted candidates will be asked to submit …": not yet asked
        if _WHAT_IT_OFFERS_RE.search(s_text, 0, trigger.end()):
            continue  # "The fellowship includes four years of tuition, … and a travel budget"
        holder = _HOLDER_RE.match(s_text, 0, trigger.end())
        subject = classify(holder.group("name")) if holder else None
        if subject and subject[0] != "other" and lead_words(holder.group("name"), subject[1]) <= 1:
            # "The candidate's teaching statement should provide evidence of teaching
            # excellence …": the statement is asked for; what it provides is what it holds
            items.append(Item(subject[0], Span(sentence.start + holder.start("name"),
                                               sentence.start + holder.end("name")),
                              sentence, False))
            continue
        obj_start = sentence.start + trigger.end()
        aside = _ASIDE_AFTER_VERB_RE.match(text, obj_start)
        if aside and aside.end() < sentence.end:
            obj_start = aside.end()  # "(by regular mail)" is how, not what
        found_items = items_in(text, obj_start, sentence.end, sentence, False)
        if re.match(r"includ\w*\s+in\b", trigger.group(), re.IGNORECASE):
            # "include in your cover letter a statement of …": a document of its own is an
            # item; "information about …" is what the letter says
            found_items = [item for item in found_items if item.kind != "other"]
        items.extend(found_items)
    return [item for item in items if not _referees_letter(text, item) and
            not _FOLLOWING_RE.match(text, item.span.start, item.span.end) and
            not (_CATEGORY_RE.fullmatch(text, item.span.start, item.span.end) and
                 _PASSIVE_SEND_RE.match(text, item.span.end)) and
            not _FOR_THE_REFEREES_RE.match(text, item.span.start, item.context.end) and
            not _TO_A_VENUE_RE.search(text, item.span.start, item.span.end)]


# "submitting all papers to preprint servers": where one publishes, not what one sends here
_TO_A_VENUE_RE = re.compile(
    r"\b(?:papers|articles|manuscripts|work)\s+to\s+(?:(?:a|the|peer-reviewed|preprint|"
    r"open[- ]access|top|leading)\s+)*(?:journals?|servers?|conferences?|arxiv|venues?|"
    r"repositor(?:y|ies))\b", re.IGNORECASE)


# "All nominations and applications, including supporting materials should be uploaded using
# SLATE": how everything is sent, not one more material
_CATEGORY_RE = re.compile(r"\W*(?:all\s+)?(?:the\s+)?(?:supporting|application|other)\s+"
                          r"(?:materials|documents|documentation)\W*", re.IGNORECASE)
_PASSIVE_SEND_RE = re.compile(r"\s+(?:should|must|will|can|may)\s+(?:also\s+)?be\s+(?:uploaded|"
                              r"submitted|sent|e-?mailed)\b", re.IGNORECASE)
# "Provide information about the program to your recommender": what the applicant gives the
# referees, not what they submit
_FOR_THE_REFEREES_RE = re.compile(r"[^.;]*?\bto\s+(?:your|the|their)\s+(?:recommenders?|"
                                  r"referees?|letter\s+writers?)\b",
                                  re.IGNORECASE)


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
    letters item says so elsewhere), not the applicant's cover letter."""
    return item.kind == "cover_letter" and bool(_REFEREE_BEFORE_RE.search(
        text[max(item.context.start, item.span.start - 60):item.span.start]))
