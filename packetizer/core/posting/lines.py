"""What a posting's lines are: a material's name on a line of its own, a title line over a
material's description, a list line that names a material, and runs of such list lines."""

from __future__ import annotations

import functools
import re

from packetizer.core.posting.blocks import LIST_MARK_RE, Span, is_heading, sentences_in
from packetizer.core.posting.facts import QUALIFICATION_HEADING_RE
from packetizer.core.posting.openings import describes_a_material
from packetizer.core.posting.partlines import THEIR_PARTS_RE
from packetizer.core.posting.requests import (
    DESCRIPTION_LINE_RE,
    DOCUMENT_NOUN_END_RE,
    FINITE_RE,
    FORMAT_ASIDE_RE,
    LIMITED_NAME_RE,
    NOT_MATERIALS_RE,
    OPTIONAL_RE,
    PARTS_INTRO_RE,
    PROCEDURE_RE,
    SUCH_AS_LEAD_RE,
    TRIGGER_RE,
)
from packetizer.core.posting.vocabulary import classify, first_other, lead_words

NEAR_LEAD = 3  # words between a request and the material's name for the request to be it

MATERIAL_LEAD = 3  # words before the material's noun for a list line to name a material
TITLE_WORDS = 8  # words (outside brackets) of a line that is a material's name and no more
_BRACKETS_RE = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def starts_with_material(line: str) -> bool:
    body = LIST_MARK_RE.sub("", line, count=1).strip()
    found = classify(body)
    return found is not None and found[0] != "other" and lead_words(body, found[1]) == 0


def starts_on_name(line: str) -> bool:
    """Does the line open on a material's name, of any kind ("Bibliography of cited works",
    "Detailed budget …")?"""
    body = LIST_MARK_RE.sub("", line, count=1).strip()
    other = first_other(body)
    return starts_with_material(body) or (other is not None and lead_words(body, other) == 0)


def asks_for_material(line: str) -> bool:
    """Does this line ask for a material ("Please also send three letters.")?"""
    for match in TRIGGER_RE.finditer(line):
        rest = line[match.end():]
        found = classify(rest)
        if found and found[0] != "other" and lead_words(rest, found[1]) <= NEAR_LEAD:
            return True
    return False


def next_starts_with_material(text: str, lines: list[Span], j: int) -> bool:
    """Does the next line that is not blank name a material ("Letter of research statement"
    under "Form 2")?"""
    following = next((line.text(text) for line in lines[j + 1:] if line.text(text).strip()), "")
    return starts_with_material(following) or (
        not LIST_MARK_RE.match(following) and material_name_line(following))


def title_line(line: str) -> bool:
    """Is this line a material's name and little more, like a list line whose mark was lost
    ("Letter of intent [1 page]", "Teaching statement (2 pages maximum)")? Such a line starts
    with the material and is not a sentence."""
    body = LIST_MARK_RE.sub("", line, count=1).strip()
    return starts_with_material(body) and not body.endswith(".") and \
        len(_BRACKETS_RE.sub("", body).split()) <= TITLE_WORDS


_FORM_ONLY_RE = re.compile(r"^\W*(?:form|template|download)\s*\w{0,3}\W*$", re.IGNORECASE)


def material_name_line(line: str) -> bool:
    """Is this line a material's name on a line of its own ("Copy of passport", "Summary of the
    Master Degree thesis"), not a sentence about one, nor a form's number ("Form 1")?"""
    body = line.strip()
    if re.match(r"\(\s*(?:or|and|e\.\s?g\.|i\.\s?e\.)\s", body, re.IGNORECASE):
        return False  # "Copy of passport" / "(or ID card for EU citizens)": the one above
    return names_a_material(body) and not body.endswith((".", ":")) and \
        len(body.split()) <= 2 * TITLE_WORDS and not _FORM_ONLY_RE.match(body) and \
        not TRIGGER_RE.search(body)


@functools.lru_cache(maxsize=4096)  # list lines are asked about by several rules
def names_a_material(line: str) -> bool:
    """Does this list line start by naming a material ("A covering letter motivating …",
    "Two reference letters …", "Brief research plan (1 page)")?"""
    body = LIST_MARK_RE.sub("", line, count=1).strip()
    such = SUCH_AS_LEAD_RE.match(body)
    body = body[such.end():] if such else body
    head = re.match(r"[^:.|]{2,40}?:\s+(?=\S)", body)
    if head and not classify(body[:head.end()]) and not FINITE_RE.search(body[:head.end()]) \
            and not TRIGGER_RE.search(body[:head.end()]):
        # "Educational background: Bachelor's and Master's degree transcripts": a name for
        # the group, then the material's own, a phrase that ends in its name
        rest = body[head.end():]
        found = classify(rest)
        if found is not None and found[2] >= len(rest.rstrip(" .;,")) - 1 and \
                len(rest.split()) <= 8 and not FINITE_RE.search(rest):
            return True
    row = re.match(r"^([^|]{2,60}?)\s+\|", body)
    if row and DOCUMENT_NOUN_END_RE.search(row.group(1)):
        return True  # a table's row "Data privacy statement | |"
    found = classify(body)
    # ("A scanned copy of the academic transcript of …": named by its first words; an "other"
    # name, which `classify` ranks last, counts where it stands)
    other = first_other(body) if found is None or lead_words(body, found[1]) > MATERIAL_LEAD \
        else None
    return (found is not None and lead_words(body, found[1]) <= MATERIAL_LEAD) or \
        bool(LIMITED_NAME_RE.match(body) or DESCRIPTION_LINE_RE.match(body)) or (
            other is not None and lead_words(body, other) <= MATERIAL_LEAD)


_STEP_VERB_RE = re.compile(r"\s*(?:collect|obtain|gather|prepare|write|find|ask|submit|send|"
                           r"upload|provide|attach|include|complete|request|arrange\s+for|"
                           r"reproduce|record)\s+",
                           re.IGNORECASE)


def _step_names_a_material(line: str) -> bool:
    """Does this list line, a step of applying, gather a material ("Collect transcripts from
    all colleges", "Ask two people who can write you letters")?"""
    body = LIST_MARK_RE.sub("", line, count=1)
    verb = _STEP_VERB_RE.match(body)
    return names_a_material(line) or asks_for_material(body) or \
        bool(verb and names_a_material(body[verb.end():]))


def list_mark_kind(line: str) -> str:
    """What kind of mark a list line has: "1" (numbers), "a" (letters), "i" (roman numbers),
    or the glyph itself ("•", "-")."""
    mark = LIST_MARK_RE.match(line)
    text = line[:mark.end()].strip() if mark else ""
    if re.match(r"\(?\d|(?:Annex|Appendix|Enclosure)\s", text):
        return "1"
    if re.match(r"\(?[ivxIVX]{1,4}[.)]", text):
        return "i"
    if re.match(r"\(?[a-hA-H][.)]", text):
        return "a"
    return text[:1]


_MAY_ELECT_RE = re.compile(r"\b(?:may|might|can)\s+(?:also\s+)?(?:elect|choose|wish)\s+to\s+"
                           r"(?:include|incorporate|add|submit)\b[^:]{0,60}:\s*$", re.IGNORECASE)


def optional_heading(heading: str) -> bool:
    """Does a list's heading say its materials are optional ("Optional Materials:")? Said in
    the heading itself, not in a sentence introducing the list ("… including (if possible) …")."""
    return is_heading(heading) and bool(OPTIONAL_RE.search(FORMAT_ASIDE_RE.sub("", heading))) and \
        not re.search(
        r"\b(?:required|mandatory)\b", heading, re.IGNORECASE)


def under_colon_line(above: str, line: str) -> bool:
    """A short line under a list line that ends in ":" (an address block) belongs to it."""
    return above.rstrip().endswith(":") and len(line.split()) <= 6


def _named(line: str) -> tuple[str, str, int] | None:
    """(kind, name, words before it): the material a line names, by its kind ("other" by the
    words that name it)."""
    found = classify(line)
    if not found:
        return None
    name = line[found[1]:found[2]].lower() if found[0] == "other" else ""
    return found[0], re.sub(r"\W+", " ", name).strip(), lead_words(line, found[1])


def procedure_for_material(line: str) -> bool:
    """"The steps for submitting a letter are:" / "1. The applicant supplies the name and
    email of each referee …": how one material is sent, its steps no more materials."""
    procedure = PROCEDURE_RE.search(line)
    named = classify(line[procedure.end():]) if procedure else None
    # ("Instructions for filling the application form" / "1. … 2. Upload a CV": the form's
    # instructions may ask for anything)
    return bool(named and named[0] != "other")


_GUIDE_HEADING_RE = re.compile(r"\b(?:format|guidelines|guidance|instructions|requirements)\s*$",
                               re.IGNORECASE)
NAME_RUN = 3  # lines in a row without marks, each opening by a material's name, to be a list


_OTHER_LEADS = frozenset({"online", "completed", "complete", "signed", "official", "current"})


def opens_with_name(line: str) -> bool:
    """Does the line open by naming a material, as a list line would ("Applicant Biosketch (NIH
    format)", "Specific Aims and Research Plan which contains …")?"""
    body = line.strip()
    if len(body) > 400 or body.endswith(":") or body.startswith("#") or \
            _GUIDE_HEADING_RE.search(body) or \
            re.match(r"(?:form|annex|appendix|template)\s+\w{1,3}\W*$", body, re.IGNORECASE):
        return False  # a heading over what follows ("Research Proposal Format and Guidelines",
        # "Form 1")
    found = classify(body)
    if found and re.fullmatch(r"[\w -]{2,30}/\s*", body[:found[1]]):
        found = (found[0], 0, found[2])  # "Application Essay/Personal Statement": two names
    # ("Two academic references are needed; …": a sentence about them)
    # ("Online Application Form", "Completed form": an "other" name behind a word of its kind)
    return bool(found) and lead_words(body, found[1]) <= 1 and (
        found[0] != "other" or lead_words(body, found[1]) == 0 or
        body[:found[1]].strip().lower() in _OTHER_LEADS) and \
        not FINITE_RE.search(body[:found[1]]) and \
        not re.match(r"\s*(?:\([^()]*\)\s*)?(?:is|are|was|were|will|must|should|can|may)\b",
                     body[found[2]:])


MATERIAL_STRETCH = 3  # list lines in a row that name materials, in a run that is mostly not


def _longest_stretch(run: list[Span], named: list[Span]) -> list[Span]:
    """The longest stretch of consecutive lines of the run that all name a material."""
    best: list[Span] = []
    stretch: list[Span] = []
    for line in run:
        stretch = [*stretch, line] if line in named else []
        best = stretch if len(stretch) > len(best) else best
    return best


def _named_then_said(text: str, run: list[Span]) -> list[Span]:
    """A run whose lines go two by two, a material's name and a colon, then a line marked alike
    that says what it is: the names' lines ([] for any other run)."""
    if len(run) < 4 or len(run) % 2:
        return []
    names, said = run[::2], run[1::2]
    if not all(n.text(text).rstrip().endswith(":") and names_a_material(n.text(text))
               for n in names) or any(s.text(text).rstrip().endswith(":") for s in said):
        return []
    return names


def list_runs(text: str, lines: list[Span],
               consumed: list[Span]) -> list[tuple[list[Span], bool | None]]:
    """Runs of two or more list lines (blank lines between them allowed), none taken yet, at
    least half of which name a material; each with whether its heading says "optional" (None
    for a run that names one material's parts, under "Your CV must include:")."""
    taken = {(c.start, c.end) for c in consumed}

    def is_taken(line: Span) -> bool:
        return (line.start, line.end) in taken or any(
            c.start <= line.start < c.end for c in consumed)

    runs, current = [], []
    heading = ""  # the last heading above the run
    above = ""  # the last line above the run that is not a list line

    def close() -> None:
        if NOT_MATERIALS_RE.match(above):  # "Opportunities for funding include:" / "- …"
            current.clear()
            return
        if procedure_for_material(above):  # "The steps for submitting a letter are:": its parts
            runs.append((list(current), None))
            current.clear()
            return
        steps = [c for c in current if _step_names_a_material(c.text(text))]
        if PROCEDURE_RE.search(above) and not parts_intro(above) and len(current) >= 2 and \
                len(steps) * 2 >= len(current):
            # "Steps to apply:" / "• Collect transcripts from …" / "• Ask two professors who
            # can write you letters …": steps that each gather a material
            runs.append((steps, optional_heading(heading)))
            current.clear()
            return
        asking = [c for c in steps if TRIGGER_RE.search(c.text(text))]
        if PROCEDURE_RE.search(above) and not parts_intro(above) and asking:
            # "… our recruitment process:" / "1. Fill in the form and submit your CV …" / "2. A
            # committee reviews …": the steps that ask for a material, among the others
            runs.append((asking, optional_heading(heading)))
            current.clear()
            return
        if parts_intro(above) or (PROCEDURE_RE.search(above) and above.rstrip().endswith(":")):
            # "Your CV must include:" / "- Your full name …": the CV's parts, none a material
            runs.append((list(current), None))
            current.clear()
            return
        pairs = _named_then_said(text, current)
        if pairs:  # "- Cover letter (PDF, 4 MB at most):" / "- A letter of two pages …": the
            runs.append((pairs, optional_heading(heading)))  # names, what is said of each apart
            current.clear()
            return
        # (numbered points are the top ones, even after bullets that open the run: "- Letter
        # of application" / "- …" / "2. Recommendation by the professor" / "- …" / "3. CV")
        marks = [list_mark_kind(c.text(text)) for c in current]
        top_mark = "1" if marks.count("1") >= 2 and marks[0] not in ("1", "a", "i") else \
            marks[0] if marks else ""
        top = [c for c, mark in zip(current, marks, strict=True) if mark == top_mark]
        if marks and top_mark != marks[0] and names_a_material(current[0].text(text)):
            top.insert(0, current[0])  # (the run's first point heads the part before "2.")
        points = [c for c in current if c not in top]
        if 2 <= len(top) < len(current) and not parts_intro(above) and \
                sum(names_a_material(c.text(text)) for c in points) * 2 < len(points):
            # "1) Project proposal …, with the following subchapters:" / "a. …" / "f. …" / "2)
            # Two page CV …": the lettered points are the first one's parts; the numbered
            # lines name the materials
            named_top = [c for c in top if names_a_material(c.text(text))]
            if len(named_top) * 2 >= len(top):
                # (with the points under each, which say more of it: "- Obtain 2-3 letters";
                # "• Research Timeline: …" names a material of its own, read apart)
                kept, keep = [], False
                for c, mark in zip(current, marks, strict=True):
                    # (the points under the first bullet, marked like it, are its parts)
                    keep = c in named_top and mark == top_mark if c in top else keep
                    kept += [c] if c in named_top or (keep and not _colon_named(
                        LIST_MARK_RE.sub("", c.text(text), count=1))) else []
                runs.append((kept, optional_heading(heading)))
                current.clear()
                return
        named = [c for c in current if names_a_material(c.text(text))]
        own = _named(heading) if heading and len(current) >= 2 else None
        names = [found[:2] for c in current for found in [_named(c.text(text))] if found] \
            if own and own[2] <= 1 else []
        # ("Proposal Requirements" / "• Project description: …" / "• Support information: …":
        # named parts, each a document)
        run_in = sum(_colon_named(LIST_MARK_RE.sub("", c.text(text), count=1)) for c in current)
        if names and names.count(own[:2]) * 2 >= len(current) and \
                names.count(own[:2]) * 3 >= len(names) * 2 and run_in * 2 < len(current):
            # "Curriculum Vitae (CV)" / "• Check your CV is up-to-date …" / "• Avoid sending a
            # generic CV.": advice on the heading's material, not more materials
            runs.append((list(current), None))
            current.clear()
            return
        # under "Qualifications", "Skills", "Duties"… a publication is a qualification;
        # "Requirements" can head either, and its lines decide
        requirements = bool(re.search(r"requirements", heading, re.IGNORECASE))
        qualifications = QUALIFICATION_HEADING_RE.match(heading) and not requirements
        # ("Requirements:" / "1. A Master's degree" / "2. Three referees …" / "3. English" /
        # "4. Interpersonal skills": a list of requirements, half of them about documents)
        most = 0.5 if not (requirements and QUALIFICATION_HEADING_RE.match(heading)) else 0.51
        # ("… items that candidates may choose to add to their file:")
        optional = optional_heading(heading) or bool(_MAY_ELECT_RE.search(above))
        if len(current) >= 2 and len(named) >= most * len(current) and not qualifications:
            runs.append((named, optional))
        elif not qualifications and len(stretch := _longest_stretch(current, named)) >= \
                MATERIAL_STRETCH:
            # "- the applicant must be a national of …" / "- German or English language skills"
            # / "- a letter of motivation (approx. 2 pages)" / "- a project plan …" / "- two
            # references …": eligibility first, then the materials, one after another
            runs.append((stretch, optional))
        current.clear()

    colon_run: list[Span] = []  # lines without marks, each "Material: what it must be"

    def close_colon_run() -> None:
        if len(colon_run) >= 2:
            runs.append((list(colon_run), optional_heading(heading)))
        colon_run.clear()

    name_run: list[Span] = []  # lines without marks, one under the other, each opening by a name

    def close_name_run() -> None:
        # (two kinds at least: one material's parts, "Short description of research agenda" /
        # "Detailed description of research problem", are not a list of materials)
        kinds = {found[0] for c in name_run for found in [classify(c.text(text))] if found and
                 found[0] != "other"}
        if len(name_run) >= NAME_RUN and len(kinds) >= 2 and \
                not any(c in colon_run for c in name_run):
            runs.append((list(name_run), optional_heading(heading)))
        name_run.clear()

    for k, line in enumerate(lines):
        line_text = line.text(text)
        if line_text.strip() and not LIST_MARK_RE.match(line_text) and not is_taken(line) and \
                opens_with_name(line_text) and not describes_a_material(line_text, []):
            # "A Personal Statement which describes … (1 page)." / "Applicant Biosketch (NIH
            # format)" / "Mentor(s) Letter of Support": a list that lost its marks ("Your CV
            # should contain …" under a heading "CV" is prose)
            name_run.append(line)
        elif line_text.strip():  # (a web page or a PDF puts blank lines between them)
            close_name_run()
        if not LIST_MARK_RE.match(line_text) and _colon_named(line_text) and \
                not is_taken(line):
            # "CV: Not to exceed two pages …" / "Research Statement: Not to exceed three pages"
            colon_run.append(line)
        elif line_text.strip() and not LIST_MARK_RE.match(line_text):
            close_colon_run()  # (the points under one of its lines are its parts)
        if not line_text.strip() and current:
            continue
        if line_text.strip() and LIST_MARK_RE.match(line_text) and not is_taken(line):
            current.append(line)
            continue
        if current and line_text[:1] in " \t" and not LIST_MARK_RE.match(line_text) and \
                len(line_text) - len(line_text.lstrip()) > \
                len(current[-1].text(text)) - len(current[-1].text(text).lstrip()):
            continue  # " • Publikationsförteckning" / "  Gör upp förteckningen …": what it is
        numbered = next((c for c in reversed(current) if _NUMBER_RE.match(c.text(text))), None)
        if current and numbering_goes_on(text, numbered or current[-1], lines[k + 1:]):
            continue  # "2. Statement of interest: …" / "This statement …" / "3. Writing samples"
            # ("4. Letters" / "- Ask two professors" / "Tip: …" / "5. …": its points between)
        if current and under_colon_line(current[-1].text(text), line_text) and \
                not classify(line_text):
            continue  # "4. Transcripts: … sent to the address below:" / "Academic Affairs" / …
        close()
        if line_text.strip():
            above = line_text
        if is_heading(line_text):
            heading = line_text.strip().strip("#*").strip()
    close()
    close_colon_run()
    close_name_run()
    return runs


_COLON_HEAD_RE = re.compile(r"^[ \t]*(?P<name>[A-Z][^:.|]{1,40}?(?:\s*\([^()]{1,30}\))?)\s*:\s+\S")


def _colon_named(line: str) -> bool:
    """Is the line a material's name and a colon, what it must be after them ("List of
    references: One page with contact information for …"), or a name and its limit alone
    ("Statement of career goals (1 page)")?"""
    head = _COLON_HEAD_RE.match(line) or _LIMIT_HEAD_RE.match(line)
    name = re.sub(r"\s*\([^()]*\)\s*$", "", head.group("name")) if head else ""
    found = classify(name) if name else None
    # ("NIH Biosketch: …" is named after one word; "Budget and budget justification (1 page): …"
    # by its first)
    return bool(found) and lead_words(name, found[1]) <= 1 and (
        found[2] >= len(name.rstrip()) - 1 or (found[0] == "other" and found[1] == 0)) and (
        found[0] != "other" or len(name.split()) >= 2)


# "Plan for mentorship (1 page)": a name and its page limit, nothing else
_LIMIT_HEAD_RE = re.compile(r"^[ \t]*(?P<name>[A-Z][^:.|()]{2,60}?\s*\([^()]*\b(?:pages?|words?)\b"
                            r"[^()]*\))\s*$")


def parts_intro(line: str) -> str:
    """The kind of material whose parts the list under this line names ("Your cover letter
    must include:" → "cover_letter"), or ""."""
    match = PARTS_INTRO_RE.match(line)
    named = classify(match.group("of") or match.group("subject")) if match else None
    if match and not named and not match.group("of"):
        # (a name known by what is said of it: "The research project must include:")
        whole = classify(line)
        named = whole if whole and whole[1] < match.end("subject") else None
    if not named and THEIR_PARTS_RE.match(line):
        return "other"  # "They should contain the following paragraphs:": of the one above
    return named[0] if named else ""


_NUMBER_RE = re.compile(r"^[ \t]*\(?(\d{1,2})\ufe0f?\u20e3?[.)°][ \t]")


MARKED_AFTER = 20  # lines: how far a named point's wrapped paragraph may run to the next point


def numbering_goes_on(text: str, last: Span, after: list[Span]) -> bool:
    """Is the list numbered on past this line ("2. …" above it, "3. …" below): a line of item 2
    that the page wrapped after a full stop, not the end of the list? (A web page whose numbered
    items each have a paragraph under them may number every one "1.": each is a list of its own.)"""
    number = _NUMBER_RE.match(last.text(text))
    if not number and _colon_named(LIST_MARK_RE.sub("", last.text(text), count=1)):
        # "- Resume: Your resume should be" / "conservative in style, …" / "Errors in your …"
        # / "- Cover Letter: …": a named point's paragraph, wrapped, and the list goes on
        for line in after[:MARKED_AFTER]:
            if not line.text(text).strip():
                return False
            if LIST_MARK_RE.match(line.text(text)):
                return list_mark_kind(line.text(text)) == list_mark_kind(last.text(text))
        return False
    following = next((line.text(text) for line in after if line.text(text).strip()), "")
    next_number = _NUMBER_RE.match(following)
    if number and not next_number and names_a_material(last.text(text)):
        # "3. CV and publication list" / its paragraphs / "4. Supervisor's declaration": the
        # next point, numbered on, a few paragraphs below
        marked = next((line.text(text) for line in after[:MARKED_AFTER]
                       if LIST_MARK_RE.match(line.text(text))), "")
        return bool(_NUMBER_RE.match(marked)) and \
            int(_NUMBER_RE.match(marked).group(1)) == int(number.group(1)) + 1
    return bool(number and next_number) and (
        int(next_number.group(1)) == int(number.group(1)) + 1 or
        (int(next_number.group(1)) == int(number.group(1)) == 1 and
        starts_with_material(last.text(text)) and starts_with_material(following)))


def paragraph_names_material(text: str, lines: list[Span], j: int) -> bool:
    """After "Applications should contain:", a paragraph of its own that names a material
    ("A letter of application including …", "Transcripts (unofficial acceptable)")."""
    line, before = lines[j], lines[j - 1].text(text).strip() if j > 0 else ""
    own = line.text(text).strip()
    if j == 0 or not own:
        return False
    first = sentences_in(text, line.start, line.end)[0].text(text)
    # ("At least six letters from outside evaluators, no more than three of whom should be
    # chosen …": the verb is the relative clause's)
    first = re.split(r",\s*(?:[\w\s]{0,30}?\bof\s+)?(?:whom|which|who|whose)\b", first)[0]
    # a paragraph of its own: after a blank line, or (a PDF's unwrapped lines) after a line
    # that ends a sentence, or (a list that lost its marks) after a line that opens on a
    # material's name, when it opens on one too ("Letter of collaboration (if …)" /
    # "Bibliography of cited works" / "Certificate of … is required")
    return (not before or before.endswith((".", ":")) or (
        own[:1].isupper() and opens_with_name(before) and starts_on_name(own))) and \
        names_a_material(own) and (not FINITE_RE.search(first) or (
            starts_on_name(own) and bool(TRIGGER_RE.search(first)) and not own.endswith(":")))
