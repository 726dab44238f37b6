"""When a posting closes: the application deadline as an ISO date, apart from the date review
begins, a degree's or a job's dates, and the closing dates of calls already past."""

from __future__ import annotations

import re
from datetime import date

from packetizer.core.posting.blocks import is_heading
from packetizer.core.posting.laterstage import LATER_STAGE_RE

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
# English month names, and the German ones that differ ("30. September 2027", "1. März 2027")
GERMAN_MONTHS = {"januar": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
                 "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12}
_MONTH_RE = (r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|m[äa]e?rz|apr(?:il)?|may|mai|"
             r"jun[ei]?|jul[yi]?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|"
             r"nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\.?")
_DATE_RES = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?({_MONTH_RE}),?\s+(\d{{4}})\b",
                re.I), "dmy"),
    # "08.03.2012" is day first, as in Europe, unless it cannot be ("11.30.2012"); "11/30/2012"
    # month first, as in the US, unless it cannot be ("30/11/2012")
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy_num"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "mdy_num"),
]
_DEADLINE_CUE_RE = re.compile(
    r"(?:\b|_)(?:deadline|not\s+later\s+than|no\s+later\s+than|apply\s+by|received\s+by|"
    r"submitted\s+by|complete\s+by|closing(?:\s+date|\s+on)?|close[sd]?(?:\s+on)?|"
    # "The last day to apply is …" (not "the first day for …")
    r"(?:final|last)\s+(?:date|day)\s+(?:for|to)|"
    r"accepted\s+after|consideration\s+after|until|must\s+be\s+(?:received|postmarked)|"
    # "… submitted any time up to the 1st of April" ("Up to $52,950" is a salary)
    r"up\s+to(?=\s+(?:and\s+including\s+)?(?:the\s+)?(?:\d|$))|"
    r"by|before|due|bis\s+(?:zum|spätestens)|bewerbungsfrist|bewerbungsschluss)\b",
    re.IGNORECASE,
)


# cues that name the closing date itself, before a bare "by" or "until"
_FIRM_CUE_RE = re.compile(r"(?:not|no)\s+later|apply|received|submitted|complete|clos|due|"
                          r"consideration|accepted\s+after|must|bis|bewerbungs|final|last")


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    if word in GERMAN_MONTHS:
        return GERMAN_MONTHS[word]
    for name, number in MONTHS.items():
        if name.startswith(word[:3]):
            return number
    return 0


def dates_in(text: str) -> list[tuple[int, str]]:
    """Every date the text writes, with where it stands, as ISO dates."""
    found = []
    for regex, form in _DATE_RES:
        for m in regex.finditer(text):
            try:
                if form == "ymd":
                    value = date(int(m[1]), int(m[2]), int(m[3]))
                elif form == "mdy":
                    value = date(int(m[3]), _month(m[1]), int(m[2]))
                elif form == "dmy":
                    value = date(int(m[3]), _month(m[2]), int(m[1]))
                else:
                    first, second = int(m[1]), int(m[2])
                    if form == "dmy_num":
                        day, month = (first, second) if second <= 12 else (second, first)
                    else:
                        month, day = (first, second) if first <= 12 else (second, first)
                    value = date(int(m[3]), month, day)
            except ValueError:
                continue
            found.append((m.start(), value.isoformat()))
    return sorted(found)


_REVIEW_STARTS_RE = re.compile(
    r"(?:\b(?:review|consideration|screening|evaluation|selection)\b[^.;]{0,60}?\b"
    r"(?:begin|start|commenc)\w*\b|"
    # "we start considering applications October 16"
    r"\b(?:begin|start|commence)\w*\s+(?:considering|reviewing|evaluating|screening)\b)"
    # "… will start as soon as possible and continue until June 30": that date ends it
    r"(?:(?!\b(?:until|till|through)\b)[^.;]){0,40}$", re.IGNORECASE)


_REFEREES_RE = re.compile(r"\b(?:referees?|recommenders?|letter\s+writers)\b", re.IGNORECASE)


def find_review_begins(text: str) -> str | None:
    """The day review of applications begins ("Review of applications begins January 15"), as
    an ISO date, when the posting states one: kept apart from the closing date."""
    for pos, iso in dates_in(text):
        if _REVIEW_STARTS_RE.search(text[max(0, pos - 120):pos]):
            return iso
    return None


_PAST_SECTION_RE = re.compile(r"^\W*(?:previous|past|closed|expired|former|earlier)\s+(?:open\s+)?"
                              r"(?:positions|opportunities|openings|vacancies|calls|job\s+ads)\b",
                              re.IGNORECASE | re.MULTILINE)


def _under_past_heading(text: str, pos: int) -> bool:
    """Is the date at pos in a section headed "Previous Positions", "Past opportunities"?"""
    for line in reversed(text[:pos].splitlines()[:-1] or [""]):
        # ("Application Deadline: September 8, 2025" is a field of the call, not a section;
        # "PhD Position: … -" a call's title wrapped onto the field's line)
        if is_heading(line) and line.strip() and not dates_in(line) and \
                not line.rstrip().endswith(("-", "–")):
            return bool(_PAST_SECTION_RE.match(line))
    return False


def _last_list_line(window: str) -> int:
    """Where the last list line in the window starts, or -1."""
    starts = [m.start() for m in re.finditer(r"\n[ \t]*(?:[-•*]|\d{1,2}[.)])\s", window)]
    return starts[-1] if starts else -1


def find_deadline(text: str) -> str | None:
    """The application deadline as an ISO date, when one is stated (the date review begins is
    not one)."""
    best: tuple[int, int, str] | None = None
    for pos, iso in dates_in(text):
        window = text[max(0, pos - 120):pos]
        if _REVIEW_STARTS_RE.search(window) or re.match(
                r"[^.;\n]{0,25}?\bwhen\s+(?:the\s+)?review\s+(?:begins|starts)", text[pos:pos + 60],
                re.IGNORECASE):
            continue  # "review of applications begins January 15" is not a closing date
        if re.search(r"\bby\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})\s*\(\s*$", window,
                     re.IGNORECASE):
            continue  # "by Spears School Support (February 20, 2012 at 8:11 pm)": a byline
        if re.search(r"\b(?:no\s+sooner|not\s+(?:before|earlier))\s+than\s*$|\bnot\s+before\s*$",
                     window, re.IGNORECASE):
            continue  # "the search will close no sooner than November 1": not a deadline
        # (a line the page wrapped goes on: "… who will have completed their doctoral degree no"
        # / "later than July 1, 2001")
        # (the sentence from its start, however far: "… candidates who must have completed no
        # more than four years' full time research …, or … in the Sciences by 1 January")
        wide = text[max(0, pos - 360):pos]
        sentence = wide[max(wide.rfind(". "), wide.rfind(".\n"), wide.rfind(":\n"),
                            wide.rfind("\n\n"), _last_list_line(wide)) + 1:]
        referees = _REFEREES_RE.search(sentence)
        if referees and not re.search(r"\bapplications?\b", sentence[:referees.start()],
                                      re.IGNORECASE):
            continue  # when the referees' letters are due, not the application ("Applications
            # and referees' reports must be received by …" is when both are)
        if re.search(r"\bstart(?:ing)?\s+date\b|\b(?:position|appointment|employment)\s+"
                     r"(?:begins|starts|commences)\b", sentence, re.IGNORECASE) and \
                "deadline" not in sentence.lower():
            continue  # when the job starts
        if re.search(r"\b(?:ph\.?\s?d|doctorate|degree|dissertation|abds?)\b[^.]*\b(?:completed|"
                     r"awarded|conferred|in\s+hand)\b[^.]*$|\b(?:have|has)\s+(?:completed|received|"
                     r"earned|obtained)\s+(?:their|his\s+or\s+her|the|a)\s+(?:[\w-]+\s+)?(?:degree|"
                     r"doctorate|ph\.?\s?d)\b[^.]*$", sentence, re.IGNORECASE):
            # ("students who will have completed their doctoral degree no later than July 1")
            continue  # "ABDs considered provided that all degree requirements are completed by …"
        # (its own sentence, past "Ph.D.": words end a sentence, abbreviations do not)
        own = re.split(r"(?<=[a-z]{2}[.!?])\s+", wide)[-1]
        if LATER_STAGE_RE.search(own) and "deadline" not in own.lower():
            continue  # "Each accepted Ph.D. student is to submit a paper no later than 30 June"
        if re.search(r"\bin\s+hand\s+by\b[^.]*$|\bby\s+(?:the\s+)?date\s+of\s+appointment\b[^.]*$",
                     sentence, re.IGNORECASE):
            continue  # "Ph.D. in hand by date of appointment (August 19, 2003)"
        if re.search(r"\b(?:must|should|may|can)\s+(?:not\s+)?have\s+(?:completed|held|obtained|"
                     r"finished|been\s+awarded|(?:a|the|their|his\s+or\s+her)\s+(?:ph\.?\s?d|"
                     r"doctorate|doctoral\s+degree)\b)\b[^.]*$", sentence, re.IGNORECASE):
            continue  # "Applicants must not have completed more than eight years … by 1 October"
            # ("… must have a Ph.D. in art history by September 1, 2017")
        if re.match(r"[^.;\n]{0,25}?\bwhen\s+(?:the|this|their|the\s+new)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:appointment|position|post|job|employment|fellowship)\s+(?:will\s+|is\s+to\s+)?"
                    r"(?:begin|start|commence)", text[pos:pos + 100], re.IGNORECASE):
            continue  # "… by September 1, 2017, when this tenure-track appointment will begin"
        if re.search(r"\b(?:begins?|beginning|starts?|starting|commenc\w+)\s+(?:on\s+|in\s+|"
                     r"from\s+)?$", window, re.IGNORECASE):
            continue  # "the fellowships begin August 30": a start, not a closing date
        if re.search(r"\b(?:notified|informed|told|hear|(?:decisions?|offers?)\s+(?:will\s+be\s+|"
                     r"are\s+|is\s+)?(?:made|announced|sent|taken|extended))\b[^.]*$", sentence,
                     re.IGNORECASE) and \
                "deadline" not in sentence.lower():
            continue  # "Successful applicants will be notified by 30 September"
        if re.search(r"\b(?:limited|fixed(?:-term)?|funded|temporary|runs|lasts|ends)\s+"
                     r"(?:[\w,]+\s+){0,3}?(?:until|till|through|to)\s*$", window, re.IGNORECASE):
            continue  # "The position is limited until 30 September, 2021": when the job ends
        if re.search(r"\b(?:taken?\s+up|commence[sd]?|starts?\s+work)\b[^.]*$", sentence,
                     re.IGNORECASE) and "deadline" not in sentence.lower():
            continue  # "the post should be taken up by Oct 1"
        if re.search(r"\b(?:expended|spent|disbursed|available)\s+(?:no\s+(?:later|earlier)\s+than|"
                     r"by|until|before|after)\s*$", window, re.IGNORECASE):
            continue  # "grants are to be spent by 31 May": when the money is spent
        if _PAST_SECTION_RE.search(text, 0, pos) and _under_past_heading(text, pos):
            continue  # "Previous Positions" / "… Deadline 14th Nov 2019.": closed calls
        if re.search(r"\bdeadline\b[^.;\n]{0,40}\b(?:was|were|has\s+passed|closed)\s+(?:on\s+)?$",
                     window, re.IGNORECASE):
            continue  # "The application deadline for 2021-2022 was December 1 2021": past
        cue = None
        # the cue is in the date's own paragraph ("… continue until the position is filled."
        # / "" / "Clarifications [10/4/2011]" has none)
        for cue_match in _DEADLINE_CUE_RE.finditer(window, window.rfind("\n\n") + 1):
            cue = cue_match
        if not cue:
            continue
        word = cue.group(0).lower()
        rank = 0 if "deadline" in word else 1 if _FIRM_CUE_RE.match(word) else 2
        if re.search(r"\bfinal\s+applications?\b", sentence, re.IGNORECASE):
            rank = 0  # "Final applications have to be submitted before …", not a first round's
        if word.startswith("_"):
            rank = 3  # a web page's field ("application_deadline: …"), not its own words
        distance = len(window) - cue.end()
        key = (rank, distance, iso)
        if best is None or key < best:
            best = key
    return best[2] if best else None
