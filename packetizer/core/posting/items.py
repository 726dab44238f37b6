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
from packetizer.core.posting.facts import QUALIFICATION_HEADING_RE
from packetizer.core.posting.headings import (
    FORM_FIELDS_RE,
    form_above,
    material_headings,
    numbered_forms,
    other_name_under,
    timeline_items,
)
from packetizer.core.posting.laterstage import LATER_STAGE_RE
from packetizer.core.posting.lines import (
    TITLE_WORDS,
    asks_for_material,
    list_mark_kind,
    list_runs,
    material_name_line,
    names_a_material,
    next_starts_with_material,
    numbering_goes_on,
    optional_heading,
    paragraph_names_material,
    parts_intro,
    procedure_for_material,
    starts_with_material,
    title_line,
)
from packetizer.core.posting.listline import ABOUT_IT_RE, line_items
from packetizer.core.posting.notasked import names_without_asking
from packetizer.core.posting.partlines import holds_parts, parts_follow
from packetizer.core.posting.phrases import Item
from packetizer.core.posting.requests import (
    FINITE_RE,
    INTRODUCES_PARTS_RE,
    NOT_MATERIALS_RE,
    NOT_NEEDED_RE,
    TRIGGER_RE,
)
from packetizer.core.posting.sections import (
    DOCUMENTS_HEADING_RE,
    GROUP_HEADING_RE,
    POSSIBLE_RE,
    asked_of_groups,
    contents_list,
    documents_below,
    one_group_asks,
    opening_item,
)
from packetizer.core.posting.sentences import sentence_items
from packetizer.core.posting.unnamed import named_by_intro, unnamed_in_lists
from packetizer.core.posting.vocabulary import classify, lead_words

_ENDS_ASKING_RE = re.compile(
    r"\b(?:should|must|will|shall|is\s+to|are\s+to)\s+(?:also\s+)?(?:include|contain|comprise|"
    r"consist\s+of)\s*$|\b(?:include|enclose|submit|send)\s+the\s+following\s*$", re.IGNORECASE)


_LISTED_BELOW_RE = re.compile(r"\b(?:documents|materials|items|attachments)\s+(?:listed|shown|"
                              r"given|set\s+out|described)\s+below\b", re.IGNORECASE)


def find_items(text: str) -> list[Item]:
    lines = lines_of(text)
    items: list[Item] = []
    consumed: list[Span] = []

    # 1. lists under a materials heading, or after a line ending in ":" that asks for materials
    i = 0
    while i < len(lines):
        line_text = lines[i].text(text)
        # a line ending in ":" whose last sentence asks for materials introduces a list
        # ("Upon receipt of the nomination, we will ask the candidate to submit …:": later)
        last = sentences_in(text, lines[i].start, lines[i].end)[-1].text(text) if \
            line_text.rstrip().endswith(":") else ""
        intro = bool(last) and TRIGGER_RE.search(last) and \
            not NOT_MATERIALS_RE.match(line_text) and not LATER_STAGE_RE.search(last) and \
            not NOT_NEEDED_RE.search(last)
        # "Your application should include" / "a cv" / "a cover letter …": the same, its
        # colon left out, when the line under it names a material
        below = next((line.text(text) for line in lines[i + 1:i + 3] if line.text(text).strip()),
                     "")
        bare = not intro and _ENDS_ASKING_RE.search(line_text) and starts_with_material(below)
        # "… gather the required documents listed below and email them to …"
        bare = bare or (not intro and bool(_LISTED_BELOW_RE.search(line_text)))
        intro = intro or bare
        fields = bool(intro) and bool(FORM_FIELDS_RE.search(last))
        opened = documents_below(text, lines, i) if intro else []
        if opened:
            # "The document should contain:" / "A cover sheet with … A research profile …":
            # one material a sentence, in the paragraph under it
            for sentence in opened:
                items.append(opening_item(text, sentence))
            consumed.extend(lines[i + 1:i + 3])
            i += 3
            continue
        if intro and (parts_follow(line_text) or procedure_for_material(line_text) or
                      parts_intro(last) or fields):
            # "… a one-page research statement, covering but not limited to:" / "* Previous
            # research experience: …": what the statement holds, not more materials
            # (a form's fields under its heading: the form is the material)
            form = form_above(text, lines, i) if fields else None
            if form is not None:
                items.append(form)
            i += 1
            while i < len(lines) and (not lines[i].text(text).strip() or LIST_MARK_RE.match(
                    lines[i].text(text)) or lines[i].text(text)[:1] in " \t"):
                consumed.append(lines[i])
                i += 1
            continue
        # ("Application Requirements: Please prepare the following …" heads its list too)
        run_in = HEADING_RE.match(line_text) and re.match(r"[^:.]{3,60}:\s+\S", line_text) and \
            next_starts_with_material(text, lines, i) and LIST_MARK_RE.match(below)
        if not ((HEADING_RE.match(line_text) and is_heading(line_text)) or intro or run_in):
            i += 1
            continue
        if not intro and not DOCUMENTS_HEADING_RE.fullmatch(line_text.strip()) and \
                contents_list(text, lines, i + 1):
            i += 1  # ("How To Apply …" / "- Schedule" / "- Who Decides" / …: a page's contents)
            continue
        zone_start = i
        # ("Additional supporting documents … might include:": what may come, not what must)
        optional_zone = optional_heading(line_text) or bool(_MAY_INCLUDE_RE.search(line_text))
        # "For Writers:" / "• A work plan …"; "The following documents must be attached … for
        # professional positions:"
        group = GROUP_HEADING_RE.match(line_text) or _FOR_POSITIONS_INTRO_RE.search(line_text) \
            or _FROM_APPLICANTS_FOR_RE.match(line_text)
        # "… should contain documentation for the following:": each line names a document
        each_line = bool(intro) and bool(_DOCUMENTATION_FOR_RE.search(line_text))
        # "General documents:" / "- Cover letter - (1 page)" / "- Executive summary - …": under
        # a heading that names nothing but documents, each line is one
        each_line = each_line or bool(DOCUMENTS_HEADING_RE.fullmatch(line_text.strip()))
        j = i + 1
        started = False
        titled: list[Item] = []  # the items of a title line just above ("Research statement")
        blank_before = False
        level = None  # how far the list's own lines are indented
        above: list[Item] = []  # the items of the list line above
        above_indent = 0  # and how far that line is indented
        above_mark = ""  # and its kind of mark, when it ends in ":" (its points follow)
        above_parts = False  # and whether it says its points are its parts
        above_own = ""  # and its kind of mark, whatever it ends in
        later_indent = -1  # how far a line asking something later is indented (its points
        # are what is asked then)
        introducing: list[Item] = []  # the items of a line ending "… that includes"
        introducer = ""  # that line
        parts_of: list[Item] = []  # the items whose parts the list lines now name
        deeper_parts = False  # whether those parts stand further in than the line
        if LIST_MARK_RE.match(line_text) and starts_with_material(line_text) and \
                INTRODUCES_PARTS_RE.search(line_text):
            # "- A covering letter which will contain:" / "- …" / "- Your CV, …": a material
            # and its parts, in a list that goes on
            introducing, introducer = line_items(text, lines[i]), line_text
            items.extend(introducing)
            consumed.append(lines[i])
        while j < len(lines):
            cur = lines[j].text(text)
            if not cur.strip():
                j += 1
                blank_before = True
                continue
            indent = len(cur) - len(cur.lstrip())
            introducer_indent = len(introducer) - len(introducer.lstrip())
            if introducing and deeper_parts and indent <= introducer_indent and \
                    LIST_MARK_RE.match(cur):
                introducing = []  # ("• Nomination letter, to include:" / "    • …" / "• CV")
            deeper_parts = bool(introducing) and (deeper_parts or indent > introducer_indent)
            if 0 <= later_indent < indent and LIST_MARK_RE.match(cur):
                consumed.append(lines[j])  # "• Successful candidates will be asked for:" / "  • …"
                j += 1
                continue
            later_indent = -1
            nxt = next((line.text(text) for line in lines[j + 1:j + 3] if line.text(text).strip()),
                       "")
            if above and above_own and not LIST_MARK_RE.match(cur) and \
                    LIST_MARK_RE.match(nxt) and list_mark_kind(nxt) != above_own and \
                    parts_intro(cur) in {item.kind for item in above}:
                # "2. your research project, signed …" / "The research project must include:"
                # / "i) its aims, …": the points under it, marked otherwise, are its parts
                for item in above:
                    item.detail = Span(item.detail.start if item.detail else lines[j].start,
                                       lines[j].end)
                consumed[-1] = Span(consumed[-1].start, lines[j].end)
                above_mark, above_parts = above_own, True
                j += 1
                continue
            # the same, once a page has lost the indent: "2. Proof of qualifications:" /
            # "• Doctoral degree certificate" / … / "3. …", the points marked otherwise
            flattened = above and above_mark and LIST_MARK_RE.match(cur) and \
                list_mark_kind(cur) != above_mark
            if above and level is not None and (indent > max(level, above_indent) or flattened) \
                    and (LIST_MARK_RE.match(cur) or above_mark) and \
                    (not starts_with_material(cur) or above_parts):
                # a point under a list line ("* A written response to one of our papers:" /
                # "    * Summary of its key points;") says what that material holds
                for item in above:
                    item.detail = Span(item.detail.start if item.detail else lines[j].start,
                                       lines[j].end)
                consumed[-1] = Span(consumed[-1].start, lines[j].end)
                introducing = []  # its parts are these points, not the next list line
                # ("3. Research proposal" / "  • Content:" / "  • Project description: …": the
                # points beside "Content:" are its parts too, named or not)
                above_parts = above_parts or bool(_PARTS_POINT_RE.match(LIST_MARK_RE.sub(
                    "", cur, count=1)))
                j += 1
                continue
            # "Detailed Curriculum Vitae" / "" / "Certified copy of academic degrees": a page
            # that names each material on a line of its own, blank lines between
            # ("List of publications (optional)" / "List of lectures (optional)": names of one
            # shape, one under the other)
            named_alone = (blank_before or _same_shape(lines[j - 1].text(text), cur)) and \
                not LIST_MARK_RE.match(cur) and material_name_line(cur)
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
                    not (intro and paragraph_names_material(text, lines, j)):
                # the line under a material's name describes it ("Research statement [3 pages]"
                # / "Describe your current research agenda and future plans."): what it says
                # is about that material, not more materials; a line that asks for another
                # material, or a heading after a blank line, ends the list
                # ("Proposals should not exceed 4 pages. Shorter proposals are welcome." under
                # "Research Proposal" asks for that one again)
                asks_more = asks_for_material(cur) and not _about_these(text, cur, titled)
                if not described and (asks_more or (
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
            # "3. the names … of three references." / "Letter writers will be contacted later.":
            # a sentence without a mark after the marked lines says more, it lists nothing
            said_after = level is not None and not title and not LIST_MARK_RE.match(cur) and \
                cur[:1] not in " \t" and bool(FINITE_RE.search(cur))
            in_titled_list = title or (titled and (starts_with_material(cur) or named_alone) and
                                       not said_after) or (
                # "Budget and budget justification (1 page): Can include …" after the list has
                # begun: a material's name and a colon, what it holds after it
                started and _named_head(cur)) or (
                # "Applications should contain:" / "A letter of application …" / "A CV …":
                # paragraphs, each naming a material
                # (not after a list of marked lines: "1. a cover letter" / … / "Letter writers
                # will be contacted later." says more, it lists nothing)
                bool(intro) and not LIST_MARK_RE.match(cur) and level is None and
                (paragraph_names_material(text, lines, j) or (bare and names_a_material(cur))))
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
                if not found and item_line.text(text).rstrip().endswith(":") and \
                        LATER_STAGE_RE.search(item_line.text(text)):
                    later_indent = indent
                if not found and each_line and LIST_MARK_RE.match(cur):
                    body = Span(item_line.start + LIST_MARK_RE.match(cur).end(), item_line.end)
                    found = [Item("other", body, item_line, True)]  # "- Research Financing"
                if introducing and found and holds_parts(
                        {i.kind for i in found}, introducing[-1].kind, introducer):
                    # "A statement of research … that includes" / "Overview of your research
                    # …" (the list flattened): what the statement holds, not another one
                    # (a part's own limit is not the whole's: "- a paragraph of at most half
                    # a page on …" under "- A covering letter which will contain:")
                    for item in introducing if {i.kind for i in found} == \
                            {introducing[-1].kind} else []:
                        item.detail = Span(item.detail.start if item.detail else
                                           item_line.start, item_line.end)
                    consumed.append(item_line)
                    j += 1
                    continue
                if found and not holds_parts({i.kind for i in found}, "", introducer):
                    # (the referees named among a CV's parts are asked for all the same)
                    introducing = found if INTRODUCES_PARTS_RE.search(
                        item_line.text(text)) else []
                    introducer = item_line.text(text)
                if found and above and indent > above_indent and \
                        all(item.kind == "other" for item in above) and \
                        _CATEGORY_LINE_RE.match(text, above[0].context.start):
                    # "• Documentation for your academic qualifications" / "    • List of
                    # publications": the line above names the group the materials under it are of
                    items = [item for item in items if item not in above]
                for item in found:
                    item.said_optional = item.said_optional or optional_zone
                    if group and not item.condition:
                        item.condition = " ".join(group.group("who").split())
                    items.append(item)
                consumed.append(item_line)
                titled = found if in_titled_list and item_line == lines[j] else []
                parts_of = []
                if LIST_MARK_RE.match(cur):
                    level = indent if level is None else min(level, indent)
                    above, above_indent, above_own = found, indent, list_mark_kind(cur)
                    above_mark = above_own if item_line.end == lines[j].end and \
                        cur.rstrip().endswith(":") and found else ""
                    # "2. A plan for the dissertation. The following aspects should be
                    # included:" / "• List of references": the points are the plan's parts
                    above_parts = bool(above_mark) and any(
                        item.kind != "other" for item in found) and \
                        bool(INTRODUCES_PARTS_RE.search(cur))
                j += 1
                continue
            if started and above and numbering_goes_on(text, consumed[-1], lines[j:]):
                consumed[-1] = Span(consumed[-1].start, lines[j].end)  # "- Resume: …" / its
                j += 1  # paragraph, wrapped / "- Cover Letter: …": the list goes on
                continue
            if started or (QUALIFICATION_HEADING_RE.match(cur) and is_heading(cur)):
                break
            if (HEADING_RE.match(cur) and is_heading(cur)) or j - zone_start > 3 or \
                    NOT_MATERIALS_RE.match(cur):
                break  # ("As a postdoc, you will:" introduces duties, not materials)
            group = GROUP_HEADING_RE.match(cur) or group
            # ("… include the following materials:" introduces the list as a line of its own
            # would; "Your CV must include:" introduces the CV's parts)
            intro = intro or (cur.rstrip().endswith(":") and bool(TRIGGER_RE.search(cur)) and
                              not parts_intro(cur))
            j += 1  # an introductory sentence between the heading and the list
        i = max(j, i + 1)

    # 1b. a run of list lines that mostly name materials is a materials list, whatever its
    # heading or introduction says ("What to send", "Your application bundle", "Requirements")
    for run, optional in list_runs(text, lines, consumed):
        if optional is None:  # a material's parts ("Your CV must include:" / "- …"): taken
            consumed.extend(run)
            continue
        introduced = ""  # the kind of a line that ends "… that includes": its parts follow
        introducer = ""  # that line
        above = text[:run[0].start].rstrip().rsplit("\n", 1)[-1]
        if above.rstrip().endswith(":") and (LATER_STAGE_RE.search(above) or
                                             NOT_NEEDED_RE.search(above)):
            # "Upon receipt of the nomination, we will ask the candidate to submit:" / "• …"
            consumed.extend(run)
            continue
        group = GROUP_HEADING_RE.match(above)  # "For Writers:" / "• A work plan …"
        numbered: list[Item] = []  # the items of the last numbered line
        for item_line in run:
            line_text = item_line.text(text)
            if numbered and list_mark_kind(line_text) != "1" and (
                    not starts_with_material(line_text) or _about_these(
                        text, LIST_MARK_RE.sub("", line_text, count=1), numbered)):
                # "1. A cover letter. …" / "a. Cover letters should begin by …": a lettered
                # (or bulleted) point under a numbered material says more about it
                for item in numbered:
                    item.detail = Span(item.detail.start if item.detail else item_line.start,
                                       item_line.end)
                consumed.append(item_line)
                continue
            found = line_items(text, item_line)
            if list_mark_kind(line_text) == "1":
                numbered = found
            for item in found if group else []:
                item.condition = item.condition or " ".join(group.group("who").split())
            if introduced and found and holds_parts(
                    {item.kind for item in found}, introduced, introducer):
                consumed.append(item_line)  # "Overview of your research …" under the
                continue  # "Statement of research interests … that includes"
            if not holds_parts({item.kind for item in found}, "", introducer):
                introduced = found[-1].kind if found and INTRODUCES_PARTS_RE.search(
                    item_line.text(text)) else (introduced if not found else "")
                introducer = line_text if found else introducer
            for item in found:
                item.said_optional = item.said_optional or optional
                items.append(item)
            consumed.append(item_line)

    # 1b'. the lines of those lists that name a material by a name not known here, each in
    # its place in the list
    for item in unnamed_in_lists(text, lines, items) + named_by_intro(text, lines, items):
        at = max((k + 1 for k, other in enumerate(items) if other.span.start < item.span.start),
                 default=0)
        items.insert(at, item)

    # 1c. one heading per material, with prose under it ("Referees" / "Two referees are
    # needed."), where a posting has at least two of them
    headed = material_headings(text, lines, consumed)
    if headed and POSSIBLE_RE.search(text, max(0, headed[0].context.start - 400),
                                      headed[0].context.start):
        # "… here are some of the possible documents that you will need to submit" /
        # "Personal Statement" / …: what may be asked
        for item in headed:
            item.said_optional = True
    items.extend(headed)

    # 1d. "Applicants should submit one copy each of Forms 1-9": each form, by its title
    items.extend(numbered_forms(text, lines, consumed))

    # 1e. "May 2: Mentor and reference letters deadline": what a timeline says is due
    items.extend(timeline_items(text, consumed))

    # 2. sentences anywhere that ask for materials
    items.extend(sentence_items(text, lines, consumed))
    by_title = asked_of_groups(text, items)
    kept = [item for item in items if not names_without_asking(text, item) and
            not other_name_under(item, items)]
    one_group_asks(by_title, kept)
    return kept


_DOCUMENTATION_FOR_RE = re.compile(r"\b(?:documentation|documents|evidence)\s+(?:for|of|on|"
                                   r"regarding)\s+the\s+following\s*:\s*$", re.IGNORECASE)
# "From applicants for professorships (…) the application should contain …:"
_FROM_APPLICANTS_FOR_RE = re.compile(r"\W*(?P<who>from\s+(?:applicants|candidates)\s+for\s+"
                                     r"[^():,]{3,80}?)(?=\s*\(|\s*,|\s+the\s+application\b)",
                                     re.IGNORECASE)
_FOR_POSITIONS_INTRO_RE = re.compile(r"\b(?P<who>for\s+(?:[\w-]+\s+){0,3}?(?:positions|posts|roles|"
                                     r"settings))\s*:\s*$", re.IGNORECASE)
_PARTS_POINT_RE = re.compile(r"\s*(?:content|contents|components|sections|structure|"
                             r"it\s+(?:should|must)\s+include)\s*:\s*$", re.IGNORECASE)
_NAMED_HEAD_RE = re.compile(r"\s*(?P<name>(?-i:[A-Z])[^:.()]{2,60}?)\s*(?:\([^()]{1,30}\))?\s*:"
                            r"\s+\S", re.IGNORECASE)


def _named_head(line: str) -> bool:
    """Is the line, with no list mark, a material's name, maybe its limit, and a colon ("Plan
    for mentorship (1 page): This should include …")?"""
    head = None if LIST_MARK_RE.match(line) else _NAMED_HEAD_RE.match(line)
    named = classify(head.group("name")) if head else None
    return bool(named) and lead_words(head.group("name"), named[1]) == 0


_FLAG_END_RE = re.compile(r"\s\([^()]{2,30}\)\s*$")


def _same_shape(above: str, line: str) -> bool:
    """Are two lines names of one shape, a short name and a bracket ("… (optional)")?"""
    return all(_FLAG_END_RE.search(x) and len(x.split()) <= TITLE_WORDS and
               not x.rstrip().endswith(".") for x in (above, line))


def _about_these(text: str, line: str, items: list[Item]) -> bool:
    """"Research Proposal (up to 4 pages)" / "Proposals including figures should not exceed 4
    pages.", "1. A cover letter." / "a. Cover letters should begin by …": a line that starts
    with the name of the material above, or its head noun, says more about it."""
    for item in items:
        words = re.sub(r"\([^()]*\)|[^\w\s]", " ", text[item.span.start:item.span.end]).split()
        for n in (2, 1):
            if len(words) >= n and re.match(
                    r"\W*(?:(?:the|your|all|these|a|an)\s+)?" + r"\s+".join(
                        re.escape(w.removesuffix("s")) for w in words[-n:]) + r"s?\b",
                    line, re.IGNORECASE):
                return True
    return False


# (", … items that candidates may choose to add to their file:")
# ("Below are the papers you might be required to send:")
_MAY_INCLUDE_RE = re.compile(r"\b(?:may|might|could|can)\s+(?:also\s+)?(?:(?:elect|choose|wish)\s+"
                             r"to\s+|be\s+(?:required|asked)\s+to\s+)?(?:include|contain|incorporate|"
                             r"add|submit|send|provide)\b[^:]{0,40}:\s*$|"
                             # "… will include some or all of the following materials:"
                             r"\b(?:some|any)\s+or\s+all\s+of\s+the\s+following\b[^:]{0,30}:\s*$",
                             re.IGNORECASE)
# "Applicants should email all above documentation to …": the materials already listed
# a list line that names the group of the materials under it
_CATEGORY_LINE_RE = re.compile(r"\W*(?:documentation|specification|evidence|details)\s+"
                               r"(?:of|for|on)\s+(?:your\s+)?(?:[\w-]+\s+)?(?:qualifications|"
                               r"merits|achievements)\W*$", re.IGNORECASE | re.MULTILINE)
