"""Limits a posting sets on one material: pages, words, and how many ("two to four letters")."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "single": 1,
    # German: "von zwei Referenzen", "nur eine Seite"
    "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    # French and Spanish: "limité à deux pages", "un máximo de dos páginas"
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    # ("une note de quinze pages maximum")
    "uma": 1, "duas": 2, "três": 3,  # (Portuguese: "com no máximo duas páginas")
    "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
}
NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
GERMAN_NUM = r"(?:zwei|drei|vier|fünf|sechs)"  # only in counts: every NUM costs time
RANGE_SEP = r"\s*(?:-\s*to(?:\s*-)?|-|–|—|~|to|or)\s*"  # ("1~3 contacts", "five-to-ten-page")


# --- limits and counts -------------------------------------------------------------------------


def number_of(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_PAGES_RE = re.compile(
    rf"(?:(?:no\s+(?:more|longer)\s+than|not\s+(?:to\s+)?exceed(?:ing)?|up\s+to|max(?:imum)?\.?"
    rf"(?:\s+of)?|limit(?:ed)?(?:\s+to)?|at\s+most|maximum\s+length\s+of|of)\s+)?"
    # "4 pages", "no more than 3 x A4 sides", "two sides of A4"
    # ("five single-spaced pages")
    # ("four (4) double-spaced typed pages")
    # ("a 1-1.5 page statement": the half page is no count of pages)
    rf"(?<![.,]\d)(?<![.,])\b({NUM}|single)(?:{RANGE_SEP}({NUM}))?(?![.,]\d)(?:\s*\(\d{{1,2}}\))?[\s-]*"
    # ("three typewritten, double-spaced pages")
    rf"(?:(?:typed|typewritten|printed),?\s+)?(?:(?:single|double|1\.5)[\s-]spaced\s+)?"
    rf"(?:(?:typed|typewritten|printed)\s+)?"
    rf"(?:pages?|pp\.?|(?:x\s*)?(?:DIN[\s-]?)?A4(?:\s+(?:sides|pages?))?|"
    rf"sides?\s+of\s+A4|sides?(?!\s+of\s+(?:the|this|each|a)\b))(?![\w])"
    rf"(?:\s+(?:or\s+(?:less|fewer)|max(?:imum)?|long))?",
    re.IGNORECASE,
)
_WORD_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,5})"
_WORDS_RE = re.compile(
    rf"\b({_WORD_NUM})(?:{RANGE_SEP}({_WORD_NUM}))?[\s-]*(?:words?|wrds)\b",
    re.IGNORECASE,
)
_COUNT_RE = re.compile(
    rf"\b(?:(at\s+least|minimum\s+of|a\s+minimum\s+of|up\s+to|no\s+more\s+than|maximum\s+of|"
    rf"a\s+maximum\s+of|max\.?)\s+)?({NUM}|{GERMAN_NUM})(?:{RANGE_SEP}({NUM}))?"
    # ("a 20-35 page writing sample": its length, not how many)
    rf"(?![\s-]*(?:pages?|pp|words?|sides?)\b),?\s+"
    rf"(?:\(\d+\)\s+)?(?:of\s+(?:your|the|their|his\s+or\s+her)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:letters?|references|referr?ees|recommenders|papers|publications|reprints|articles|"
    rf"samples|chapters|writing\s+samples?|names|transcripts|recommendations?|writers|people|"
    rf"syllabi|syllabuses|courses|images|slides|recordings|compositions|essays|works|pieces|scores|"
    rf"(?:scientific|scholarly|academic)\s+work|"
    rf"excerpts|videos|abstracts|photos|photographs|"
    rf"persons|individuals|colleagues|contacts|mentors|members|professors|professionals|providers|teachers|"
    rf"forms|referenzen|"
    rf"gutachten|empfehlungsschreiben)\b",
    re.IGNORECASE,
)


# "at least 10 pages but no more than 25": the limit after the floor, its unit said once
_FLOOR_THEN_LIMIT_RE = re.compile(
    rf"\bat\s+least\s+{NUM}\s+pages?\s+(?:but|and)\s+(?:no|not)\s+more\s+than\s+({NUM})\b"
    rf"(?!\s*(?:words|characters)\b)", re.IGNORECASE)


# ("… should typically be about 3 pages")
_TYPICALLY_RE = re.compile(r"\b(?:typically|usually|generally|often|normally|commonly|mostly|"
                           r"(?:general\s+)?guideline\s+is)"
                           r"(?:\s+(?:is|are|runs?|between|be))?(?:\s+(?:about|around|roughly|"
                           r"approximately))?(?:\s+an?)?\s*$", re.IGNORECASE)


# German: "Das Anschreiben sollte nur eine Seite umfassen", "maximal zwei Seiten"
_GERMAN_PAGES_RE = re.compile(r"\b(?:nur|maximal|höchstens|bis\s+zu)\s+(eine|zwei|drei|vier|fünf|"
                              r"\d{1,2})\s+(?:DIN[\s-]?A4[\s-])?seiten?\b", re.IGNORECASE)


# French and Spanish: "limité à deux pages", "en un máximo de dos páginas"
_ROMANCE_PAGES_RE = re.compile(r"\b(?:limitée?s?\s+à|(?:un\s+)?maximum\s+de|au\s+plus|"
                               r"(?:un\s+)?máximo\s+de|no\s+máximo)\s+(une|deux|trois|quatre|cinq|"
                               r"dos|tres|cuatro|cinco|uma|duas|três|\d{1,2})\s+(?:pages?|páginas?)\b|"
                               # "une note de quinze pages maximum"
                               r"\bde\s+(une|deux|trois|quatre|cinq|dix|douze|quinze|vingt|trente|"
                               r"\d{1,2})\s+pages?\s+(?:au\s+)?maximum\b", re.IGNORECASE)


# Norwegian: "maks 10 sider", "Maksimum 5 siders prosjektbeskrivelse", "inntil 3 sider"
# (Danish: "Projektbeskrivelse på max. 5 sider"); its number words apart, as "to" is English too
_NORDIC_NUMBERS = {"en": 1, "ei": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
                   "ti": 10}
_NORWEGIAN_PAGES_RE = re.compile(r"\b(?:maks(?:imum|imalt)?\.?|max\.|inntil|høyst)\s+"
                                 r"(\d{1,2}|en|ei|ett|"
                                 r"to|tre|fire|fem|seks|ti)\s+sider?s?\b", re.IGNORECASE)


# "A typical cover letter for an entry level position is 1½ to 2 pages"
_TYPICAL_ONE_RE = re.compile(r"\b(?:a\s+)?typical\s+[^.;]{2,60}?\s(?:is|are|runs?)\s+(?:about\s+)?"
                             r"(?:[\d½¼¾.,]+\s*(?:to|-|–)\s*)?$", re.IGNORECASE)


_PAPER_SIZE_RE = re.compile(r"(?:,?\s*\d{1,2}(?:\.\d)?\s*[x×]\s*\d{1,2}(?:\.\d)?"
                            r"(?:\s*(?:in(?:ch(?:es)?)?\.?|[\"”]))?|\s*\((?:A4|A5|US\s+letter)\))"
                            r"(?=\s+pages?\b)", re.IGNORECASE)


# "up to 15 pages of poetry, 30 pages of fiction": a limit for each genre, the largest the limit
_GENRE_PAGES_RE = re.compile(rf"\b({NUM})(?:{RANGE_SEP}({NUM}))?\s+"
                             rf"(?:(?:single|double)[\s-]spaced\s+)?"
                             rf"pages\s+of\s+(?:[\w-]+\s+)?(?:poetry|poems|prose|"
                             rf"fiction|non-?fiction|script|drama|plays?|screenplays?)\b",
                             re.IGNORECASE)


def genre_pages(text: str) -> int | None:
    """The largest of two or more limits for genres ("20 pages of poetry; … 40 pages of prose")."""
    genres = [number_of(match.group(2) or match.group(1)) or 0
              for match in _GENRE_PAGES_RE.finditer(text)]
    return max(genres) if len(genres) >= 2 and 0 < max(genres) <= 200 else None


def max_pages(text: str) -> int | None:
    """The page limit a phrase states: "no more than two pages", "3–4 page", "max. 3 pp."."""
    # ("at most 20, 8.5x11 pages": the paper's size is no count)
    text = _PAPER_SIZE_RE.sub("", text)
    genres = genre_pages(text)
    if genres is not None:
        return genres
    german = _GERMAN_PAGES_RE.search(text) or _ROMANCE_PAGES_RE.search(text) or \
        _NORWEGIAN_PAGES_RE.search(text)
    if german and not _PAGES_RE.search(text):
        word = next(group for group in german.groups() if group)
        return number_of(word) or _NORDIC_NUMBERS.get(word.lower())
    floor = _FLOOR_THEN_LIMIT_RE.search(text)
    if floor:
        return number_of(floor.group(1))
    for match in _PAGES_RE.finditer(text):
        before = text[max(0, match.start() - 12):match.start()].lower()
        if re.search(r"\bsee\s*$|\bon\s*$|\b(?:approx\.?|approximately|roughly|about|around|"
                     r"circa|ca\.)\s*$", before, re.IGNORECASE):
            continue  # ("approx. 1-2 pages", "about one page long": a length to aim at)
        if re.search(r"\b(?:can|may|could)\s+(?:be\s+(?:more|longer)\s+than|exceed|run\s+(?:over|"
                     r"past))\s*$", text[max(0, match.start() - 30):match.start()], re.IGNORECASE):
            continue  # "Your resume can be more than one page": what it may be, no limit
        if re.search(r"\b(?:not\s+(?:included|counted)\s+(?:in|toward|towards)|excluded\s+from|"
                     r"outside)\s+(?:the\s+)?$", text[max(0, match.start() - 40):match.start()],
                     re.IGNORECASE):
            continue  # "a CV (which is not included in the ten-page limit)": the whole's
        if re.search(r"\b(?:at\s+least|min(?:imum)?\.?(?:\s+of)?|no\s+(?:less|fewer)\s+than|"
                     r"not\s+less\s+than)\s*$", text[max(0, match.start() - 20):match.start()],
                     re.IGNORECASE) and not match.group(2):
            continue  # "a summary of at least 10 pages": a floor, not a limit
        if _TYPICALLY_RE.search(text[max(0, match.start() - 30):match.start()]) or \
                _TYPICAL_ONE_RE.search(text[max(0, match.start() - 80):match.start()]):
            continue  # "Length varies, but typically 3-6 pages": what is usual, not a limit
        first, second = number_of(match.group(1)), number_of(match.group(2) or "")
        value = max(v for v in (first, second) if v is not None)
        if re.search(r"\d\s*/\s*$", text[max(0, match.start(1) - 4):match.start(1)]):
            value = 1  # "no more than 1/2 page": within a page, the most a page count can say
        if 0 < value <= 200:
            return value
    return None


# "about 2,000 words", "approximately 1500 words": a length to aim at, not a limit to check
_ROUGHLY_RE = re.compile(r"\b(?:about|approximately|approx\.?|around|roughly|circa|ca\.|c\.)\s*$",
                         re.IGNORECASE)


def max_words(text: str) -> int | None:
    for match in _WORDS_RE.finditer(text):
        values = [number_of(g.replace(",", "")) for g in match.groups() if g]
        values = [v for v in values if v]
        if len(values) == 1 and _ROUGHLY_RE.search(text[:match.start()]):
            continue  # a check against it would raise a false alarm at 2,050 words
        if values and max(values) >= 50:
            return max(values)
    return None


_COUNT_AFTER_RE = re.compile(
    # "referees (two or more)", "letters (at least 3)", "references (3)"
    # ("References (usually 2-3)", "images (typically 10-20)")
    rf"\b(?:letters|references|referees|recommenders|papers|publications|samples|images)\s*\(\s*"
    rf"(?:usually\s+|typically\s+|ideally\s+|preferably\s+)?"
    rf"(at\s+least\s+|minimum\s+(?:of\s+)?|up\s+to\s+|max(?:imum)?\.?\s+)?({NUM})"
    rf"(?:{RANGE_SEP}({NUM}))?(\s+or\s+more)?(?:\s+(?:recommended|preferred|requested|required))?"
    rf"\s*\)|"
    # "three people who know your work as references"
    rf"\b()({NUM})()\s+(?:people|persons|individuals|colleagues|scholars|academics)\b"
    rf"[^.;]{{0,60}}?\bas\s+(?:references|referees|recommenders)\b()|"
    # "Publications 2-3", "letters: 3" at the end of a list line
    rf"\b(?:letters|references|referees|papers|publications|samples)\s*:?\s+()({NUM})"
    rf"(?:{RANGE_SEP}({NUM}))()\s*$",
    re.IGNORECASE,
)


# the referees' count is not another item's ("a coversheet (including names of 3 referees)")
_PEOPLE_NOUN_RE = re.compile(r"\b(?:letters?|references|referees|recommenders|writers|names|"
                             r"recommendations|members|persons|individuals|people|colleagues|"
                             r"professors|professionals|mentors)$", re.IGNORECASE)
# "a summary of two or three courses": one document about them
_ONE_DESCRIPTION_RE = re.compile(r"\b(?:description|summary|outline|overview)\s+of\s+$",
                                 re.IGNORECASE)
# "Reference from the Thesis Advisor", "Third Academic Reference": one, title case or not
_ONE_WRITER_RE = re.compile(r"\b(?:reference|letter)\s+from\s+(?:the|your|an?|one)\b|\b(?:first|"
                            r"second|third|fourth|another)\s+(?:[\w-]+\s+)?(?:reference|letter)\b",
                            re.IGNORECASE)
_SINGLE_KINDS = frozenset({"cv", "resume", "cover_letter", "research_statement",
                           "teaching_statement", "diversity_statement"})


_BETWEEN_RE = re.compile(rf"(?:\bbetween\s+({NUM})\s+and|"
                         # "at least two but not more than five letters", "2(min) - 6(max)"
                         rf"\bat\s+least\s+({NUM})\s+(?:but|and)\s+(?:not\s+|no\s+)more\s+than|"
                         rf"\b({NUM})\s*\(\s*min\.?\s*\)\s*[-–]\s*)\s*({NUM})(?:\s*\(\s*max\.?\s*\))?"
                         r"\s+(?:[\w-]+\s+){0,2}?(?:letters|references|referees|papers|publications|"
                         r"samples|recommendations)\b", re.IGNORECASE)


def counts(text: str, kind: str) -> tuple[int | None, int | None]:
    """(min_count, max_count) from "three letters", "at least two", "2-3 publications",
    "referees (two or more)". A CV or a statement is one document: a number in its phrase
    counts something else ("an annotated CV on 1-3 of your publications")."""
    if kind in _SINGLE_KINDS:
        return None, None
    between = _BETWEEN_RE.search(text)
    if between:  # "between 2 and 4 letters of recommendation"
        low = number_of(between.group(1) or between.group(2) or between.group(3))
        high = number_of(between.group(4))
        if low is not None and high is not None:
            return min(low, high), max(low, high)
    after = _COUNT_AFTER_RE.search(text)
    if after:
        groups = after.groups()  # four to each way of saying it
        qualifier, first, second, more = next(groups[i:i + 4] for i in range(0, len(groups), 4)
                                              if groups[i + 1])
        low, high = number_of(first), number_of(second or "")
        if low is not None:
            if high is not None:
                return min(low, high), max(low, high)
            if more or (qualifier or "").lower().startswith(("at", "min")):
                return low, None
            if (qualifier or "").lower().startswith(("up", "max")):
                return None, low
            return low, low
    match = next((m for m in _COUNT_RE.finditer(text) if (kind in ("letters", "references") or
                  not _PEOPLE_NOUN_RE.search(m.group())) and not _ONE_DESCRIPTION_RE.search(
                      text, 0, m.start()) and not re.match(rf"{NUM}\s+sets?\s+of\b",
                                                            text[m.start(2):], re.IGNORECASE)),
                 None)
    # ("1 set of unofficial transcripts": one set, however many transcripts)
    if match:
        qualifier = (match.group(1) or "").lower()
        if re.match(rf"{NUM}\s+or\s+more\b", text[match.start(2):], re.IGNORECASE):
            return number_of(match.group(2)), None  # "3 or more references"
        if re.match(r"[^()]{0,40}\(?\s*or\s+(?:less|fewer)\b", text[match.end():], re.IGNORECASE):
            qualifier = "up to"  # "three recent papers (or less)"
        if re.match(r"[^()]{0,40}\(\s*(?:minimum|min\.?|at\s+least)\s*\)", text[match.end():],
                    re.IGNORECASE):
            qualifier = "minimum"  # "3 Letters of Recommendation (minimum)"
        if re.match(r"[^(),;.:]{0,40}?\bat\s+least\b(?!\s+(?:one|two|three|\d))",
                    text[match.end():], re.IGNORECASE):
            qualifier = "at least"  # "letters from 3 referees at least"
        first, second = number_of(match.group(2)), number_of(match.group(3) or "")
        if first is None:
            return None, None
        if second is not None:
            return min(first, second), max(first, second)
        if qualifier.startswith(("at least", "minimum", "a minimum")):
            return first, None
        if qualifier.startswith(("up to", "no more", "maximum", "a maximum", "max")):
            return None, first
        return first, first
    if kind in ("writing_sample", "publications") and re.match(
        r"^\W*(?:\(\w+\)\s*)?(?:(?:a|an|one|your)\s+|(?:something|one\s+thing)\b)"
        r"(?!list|publication\s+list)", text,
        re.IGNORECASE,
    ) and not re.search(r"\b(?:list|publications|papers|samples)\b", text, re.IGNORECASE):
        return 1, 1
    if kind == "writing_sample" and re.search(r"\bsample\b", text, re.IGNORECASE) and \
            not re.search(r"\bsamples\b|\bsample\s*\(s\)", text, re.IGNORECASE):
        return 1, 1  # "academic writing sample", "Writing sample (30 page maximum)": one
    # ("We will ask them for a reference": what the referees are asked, not how many)
    if kind == "references" and re.search(r"\b(?:information|details|names?|contacts?|e-?mails?|"
                                          r"address(?:es)?)\s+(?:of|for)\s+(?:a|one)\s+(?:[\w-]+\s+)?"
                                          r"(?:reference|referee|recommender|person|individual)\b",
                                          text,
                                          re.IGNORECASE):
        return 1, 1  # "the contact information of a reference"
    # ("a chair's endorsement", "the dean's memo": one person's)
    if kind == "letters" and re.search(r"\b(?:letter|reference|memo\s+of\s+support)\b|"
                                       r"^\W*(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+"
                                       r"(?:recommendation|statement)\b|"
                                       r"\b(?:supervisor|mentor|sponsor)\s+statement\b|"
                                       r"^\W*(?:an?|the)\s+[\w-]+['’]s\s+(?:endorsement|memo|"
                                       r"memorandum|evaluation)\b", text, re.IGNORECASE) and \
            not re.search(r"\b(?:letters|references|recommendations)\b|\bletter\s*\(s\)|"
                          r"\b(?:from|by)\s+each\b|"  # ("a letter from each sponsor": several)
                          r"\bletter[\s-]+writers?\b", text, re.IGNORECASE) and \
            (not re.fullmatch(r"\W*[A-Z][\w-]*(?:\W+(?:[A-Z][\w-]*|of|for|from|the))*\W*", text) or
             _ONE_WRITER_RE.search(text)):
        return 1, 1  # "a recommendation letter", "a letter from the department chair": one
        # ("Recommendation Letter:", a heading's name, says no number)
    return None, None
