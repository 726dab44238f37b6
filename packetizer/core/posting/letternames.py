"""The names of letters written about the applicant, as one pattern: "letters of
recommendation", "the Nominator's Recommendation", "a letter from the department chair",
"referee reports", "three referees write their letters" (`names` adds them to the other kinds)."""

from __future__ import annotations

from packetizer.core.posting.othernames import EMPLOYER

# what a letter written about the applicant does: "one letter evaluating your teaching"
ABOUT_YOU = (r"(?:evaluating|assessing|addressing|attesting\s+to|commenting\s+on|speaking\s+to|"
             r"discussing|documenting)\s+(?:your|the\s+(?:applicant|candidate)['’]s|his|her|their)\b")

LETTER_NAMES = (r"letters?\s+of\s+(?:recommendation|reference|support|collaboration|endorsement)|"
                r"\bmemo(?:randum|s)?\s+of\s+support\b|"
                # "the Nominator's Recommendation", "a faculty member's recommendation"
                r"\b(?:nominator|supervisor|advis[oe]r|member|chair|dean|head|director|mentor|"
                r"teacher|professor|instructor)['’]s\s+(?:recommendations?|statement)\b|"
                r"\btestimonial\s+references\b|"  # (letters from testimonial referees)
                # "Recommendation by the professor in charge of the doctoral programme"
                r"\brecommendations?\s+(?:by|from)\s+(?:the|your|an?)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:professor|supervisor|advis[oe]r|mentor|head|chair|director|dean|teacher)\b|"
                # "A chair's letter (2-4 pages) that provides an overview of the case"
                r"\b(?:chair|dean|head|director)['’]s\s+letters?\b|"
                # "A letter giving the department chair's recommendation"
                r"\bletters?\s+(?:giving|containing|stating)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                r"recommendations?\b|"
                # "an opinion of their Master's thesis supervisor"
                r"\bopinion\s+of\s+(?:the|their|your|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:supervisor|"
                r"advis[oe]r|promoter|tutor)\b|"
                # "the dean's support letter", "the chair's approval letter"
                r"\b(?:chair|dean|head|director|supervisor|advis[oe]r)['’]s\s+(?:support|approval|"
                r"endorsement)\s+letters?\b|"
                # "Sponsor statement: a form the sponsor fills in"
                r"\b(?:supervisor|mentor|sponsor)\s+statements?\b|"
                # "a letter signed by the department chair …": the chair's
                r"\bletters?\s+(?:signed|written|issued)\s+by\s+(?:a|an|the|your|their)\s|"
                # "Cover letter from the Head of Department": the head's letter
                r"\bcover(?:ing)?\s+letters?\s+from\s+(?:the\s+)?(?:dean|head|director|chair|"
                r"supervisor|department)\b|"
                # "the Head of Department's confidential assessment" of the applicant
                r"\bconfidential\s+(?:assessments?|evaluations?|reports?)\b|"
                rf"\bletters?\s+{ABOUT_YOU}|"
                # "your letter writers' recommendations"
                r"\bletter\s+writers['’]\s+(?:recommendations|letters|reports)\b|"
                # "ask your 3 letter writers to write you a general letter": their letters
                r"\b(?:reference\s+|recommendation\s+)?letter\s+writers\b(?!['’])|"
                r"\breferee\s+reports?\b|"  # Australian usage
                r"\breferees['’]\s+(?:reports|letters|references|statements)\b|"
                # "ask that your four referees send their letters"
                r"\b(?:referees|recommenders)\s+(?:to\s+)?(?:write|send|submit|provide|upload)\s+"
                r"(?:their|the)\s+(?:letters|references)\b|"
                # "a detailed invitation letter from an NTU Faculty", "References/recommendations"
                r"\binvitation\s+letters?\b|\bletters?\s+of\s+invitation\b|"
                r"\breferences\s*/\s*recommendations\b|\brecommendations\s*/\s*references\b|"
                # "two recommendations", "two online recommendations"
                r"\b(?:two|three|four|five|[2-5])\s+(?:(?:confidential|online|academic|written)\s+)?"
                r"recommendations\b|"
                # "Contact three colleagues who know your teaching to submit recommendations"
                r"\b(?:persons|people|individuals|colleagues|academics|scholars)\s+(?:[\w,-]+\s+){0,6}?"
                r"to\s+(?:submit|write|send|provide|upload)\s+(?:(?:their\s+)?(?:letters\s+of\s+)?"
                r"recommendations?|(?:their\s+)?letters)\b|"
                # "Arrange for your research supervisor to submit a reference", "two further
                # references from testimonial referees": what referees send
                r"(?<=\bsubmit\s)a\s+reference\b(?!\s+(?:number|code|list|to))|"
                r"(?<=\barrange\sfor\s)(?:[\w-]+\s+){0,2}?references\s+from\b|"
                r"\breports?\s+from\s+(?:[\w-]+\s+){0,2}?(?:referees|recommenders)\b|"
                # "References (not compulsory) from at least two supervisors/professors"
                r"\breferences\s+(?:\([^()]*\)\s+)?(?:from|by)\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:supervisors?|professors?|advis[oe]rs?|mentors?|academics|individuals|persons|"
                r"experts)\b|"
                # "a reference from a senior colleague": what one person writes
                r"\breference(?=\s+from\s+(?:a|an|the|your|their|one)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:colleague|supervisor|advis[oe]r|referee|mentor|professor|employer|academic)\b)|"
                # "Department Chair's Memo", "Evaluation and ranking from the dean"
                r"\b(?:chair|dean|head|director)['’]s\s+(?:memo|memorandum|evaluation|"
                r"recommendation|endorsement)\b|\bevaluation(?:\s+and\s+[\w-]+)?\s+from\s+(?:the\s+|your\s+)?"
                r"(?:department\s+)?(?:dean|chair|head|director|supervisor)\b|"
                # "Rationale for Nomination": what the nominator writes
                r"\b(?:rationale|justification)\s+for\s+(?:the\s+)?nomination\b|"
                r"\bstatement\s+from\s+the\s+(?:[\w-]+\s+)?nominator\b|"
                # "One confidential recommendation", "two recommendations": the letters
                r"\b(?:one|two|three|four|five|[1-5])\s+(?:confidential\s+|academic\s+|"
                r"professional\s+)?recommendations?\b(?!\s+(?:for|on|to|about)\b)|"
                r"\bconfidential\s+recommendations?\b(?!\s+(?:for|on|to|about)\b)|"
                # "Committee Letter (Optional)": what the committee writes
                r"\bcommittee\s+letters?\b|"
                # "a short note from your advisor": what the advisor writes
                r"\bnote\s+from\s+(?:the|your|an?)\s+(?:(?:student|applicant|candidate)['’]s\s+)?"
                r"(?:[\w-]+\s+)?(?:advis[oe]r|supervisor|chair|director|mentor)\b|"
                # "letter from the department chair requesting …", "… from your advisor"
                r"\bletters?\s+(?:of\s+(?:support|undertaking|commitment|acceptance|endorsement|"
                r"invitation|nomination|agreement|verification|interest)\s+)?from\s+"
                r"(?:(?:the|your|an?|their)\s+)?(?:[\w'’-]+\s+){0,2}?"  # ("the candidate's chair")
                r"(?:chair|head|director|dean|supervisor|advis[oe]r|mentor|sponsor|host|chief|"
                r"professor)\b|"
                # "A supporting letter from the student's major professor"
                r"\bsupporting\s+letters?\s+from\b|"
                # "Letter of acceptance by the supervising faculty member"
                r"\bletters?\s+of\s+(?:acceptance|support|invitation)\s+(?:by|signed\s+by)\s+"
                r"(?:(?:the|your|an?|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:chair|head|director|dean|"
                r"supervisor|advis[oe]r|mentor|sponsor|host|faculty\s+member|professor)\b|"
                # "Two completed reference forms (in sealed envelopes)": what the referees fill in
                r"\b(?:completed\s+|signed\s+)?(?:reference|recommendation)\s+forms\b|"
                # "Letter of Guarantee of Protected Time", "U.S. mentor letter"; a nominator's
                # "letter of nomination"
                r"\bletters?\s+of\s+(?:guarantee|nomination)\b|\bnominat(?:ion|ing)\s+letters?\b|\b(?:mentor|sponsor|supervisor)(?:\(s\))?['’]?s?\s+"
                r"(?:letters?|recommendations?)\b|"
                # UK usage: letters from academic referees ("2-4 Academic References (with
                # contact details)" are the referees)
                r"academic\s+references?\b(?!\s*\(?\s*(?:with|including)\s+(?:their\s+)?(?:full\s+)?"
                r"contact\b)|"
                # "Two referees willing to give you a reference": what they give is a letter
                r"\breferees?\s+(?:who\s+(?:are|is)\s+)?(?:willing|able|prepared)\s+to\s+(?:give|"
                r"provide|write|submit)\s+(?:you\s+)?(?:an?\s+)?(?:references?|letters?)\b|"
                rf"(?:recommendation|reference|support)\s+letters?|letters\s+from(?!\s+{EMPLOYER})|"
                # ("Experience Letters" are employers' records of service)
                r"(?<!experience\s)(?<!employment\s)(?:confidential\s+)?letters\b(?!\s+of\s+(?:application|"
                r"inquiry|enquiry|experience|"
                r"employment|service|"
                r"(?:unconditional\s+|final\s+)?acceptance\b(?!\s+from)))"
                r"(?!\s+(?:supporting|verifying|confirming|documenting)\s+(?:your\s+)?(?:work|"
                r"employment|professional)\b)|"
                # "one letter (from one of your references)"
                r"\bletter\s+\(?from\s+(?:one\s+of\s+)?(?:(?:your|the)\s+)?(?:[\w-]+\s+)?"
                r"(?:references|referees|recommenders)\b")
