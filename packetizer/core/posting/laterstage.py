"""What is asked later, of some candidates only: "Shortlisted candidates will be asked to
submit …", "Only for candidates that pass the interview stage: full proposal.", "If needed, we
will contact your teacher to obtain a letter" — not items of the checklist yet."""

from __future__ import annotations

import re

# a list line that asks something of short-listed candidates only
LATER_STAGE_LINE_RE = re.compile(
    r"\s*(?:only\s+)?(?:for|from)\s+(?:the\s+)?(?:candidates|applicants|finalists)\s+(?:that|who)\s+"
    r"(?:pass|reach|are\s+(?:invited|selected|short-?listed))\b|\s*(?:if|when|once)\s+"
    r"(?:short-?listed|invited\s+to\s+(?:an\s+)?interview)\b", re.IGNORECASE)


# a request made of some candidates only, later: "Shortlisted candidates will be asked to
# submit …", "the College will contact selected applicants to ask for …"
LATER_STAGE_RE = re.compile(
    r"\b(?:short-?listed|selected|invited|successful|finalist)\s+(?:applicants|candidates)\b|"
    r"\bfinalists\b|"
    # "If needed, we will contact your teacher separately to obtain a recommendation letter"
    r"\bwe\s+(?:will|may|might|can|would)\s+(?:then\s+|also\s+)?contact\s+(?:your|the)\s+"
    r"[^.;]{0,60}?\bto\s+(?:obtain|request|ask\s+for|get)\b|"
    # "Candidates accepted into the program … will be directed to … submit additional
    # documentation"
    r"\b(?:candidates|applicants|scholars)\s+(?:who\s+are\s+)?accepted\b|"
    # "Each accepted Ph.D. student is supposed to submit a complete working paper"; a summer
    # school's "Participants will submit their papers … no later than June 10"
    r"\b(?:each\s+)?accepted\s+(?:[\w.]+\s+){0,2}?(?:students?|participants?|applicants?|"
    r"candidates?|authors?|fellows?)\b|"
    r"(?<!prospective\s)(?<!interested\s)\bparticipants\s+will\s+(?:be\s+(?:required|expected|"
    r"asked)\s+to\s+)?(?:submit|send|provide|upload|hand\s+in)\b|"
    r"\bif\s+(?:short-?listed|invited\s+(?:to|for)\s+(?:an?\s+)?interview)\b|"
    r"\bat\s+(?:a\s+)?later\s+stage\b|"
    # "Candidates who advance to a shorter list will be asked to provide …"
    r"\b(?:candidates|applicants|those)\s+who\s+(?:advance|progress|proceed|move\s+(?:on|forward)|"
    r"are\s+(?:advanced|moved\s+forward|short-?listed))\b|"
    r"\b(?:to|on(?:to)?)\s+(?:a|the)\s+short(?:er)?[\s-]?list\b|"
    # "Three reference letters are needed for final application"
    r"\bfor\s+(?:the\s+)?final\s+(?:application|selection|stage)\b|"
    # "… asking you to fill a form for the next step"
    r"\b(?:for|in|at)\s+the\s+next\s+(?:step|stage|round)\b|"
    # "… two weeks after receiving the offer letter", "upon acceptance of the offer"
    r"\bafter\s+(?:receiving|accepting|receipt\s+of)\s+(?:the|an|your)\s+(?:offer|appointment)\b|"
    r"\bupon\s+acceptance\s+of\s+(?:the\s+|an\s+)?offer\b|"
    # "Official college transcripts will be required … if hired for employment"
    r"\bif\s+(?:you\s+are\s+)?(?:hired|appointed|selected)\b|\bupon\s+(?:hire|hiring|appointment)\b|"
    r"\bat\s+the\s+time\s+of\s+(?:hire|hiring|appointment)\b|"
    # "For students who are subsequently admitted …, a formal paper transcript will be required
    # prior to matriculation"
    r"\bprior\s+to\s+(?:matriculation|enrol(?:l)?ment|hire|hiring)\b|"
    r"\bstudents\s+who\s+are\s+(?:subsequently\s+)?admitted\b|"
    # "Candidates may be asked to present their thesis or write a one-page proposal"
    r"\b(?:candidates|applicants|you)\s+(?:may|might|could)\s+(?:also\s+)?be\s+asked\s+to\b|"
    # "Upon receipt of the nomination, the office will ask the candidate to submit …"; "Our
    # letter to the nominees will request that …"; "instructions for uploading … will be given"
    r"\bupon\s+receipt\s+of\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:nominations?|pre-?proposals?|"
    r"letters?\s+of\s+(?:intent|nomination))\b|"
    r"\bwill\s+(?:then\s+|later\s+)?(?:ask|invite)\s+(?:the\s+)?(?:candidates?|nominees?)\s+to\b|"
    r"\bwill\s+request\s+that\b|\binstructions\s+for\s+(?:uploading|submitting|sending)\b"
    r"[^.]{0,160}?\bwill\s+be\s+(?:provided|given|sent)\b",
    re.IGNORECASE)
