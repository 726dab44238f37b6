"""The names of application materials, as patterns per kind (CV, statements, letters, …, and
"other" documents), in English and as German-language postings write them; `vocabulary`
compiles them and says which kind a phrase names."""

from __future__ import annotations

import re

from packetizer.core.posting.limits import NUM

# --- vocabulary --------------------------------------------------------------------------------

WORD = r"(?:[\w'’-]+\s+)"  # one word and its space

# "please fill (out) this form": a form to fill in is asked for ("the form of" is not)
# ("submit your details using the Google Form": the form is what is sent)
FILL_VERB = (r"(?:\b(?:fill(?:ing)?|fulfill?(?:ing)?)\s+(?:(?:in|out)\s+)?|"
             r"\b(?:submit|send|provide|share|register)\s+(?:your\s+|all\s+)?"
             r"(?:details|information|info|interest)\s+(?:using|via|through|in|on|with)\s+|"
             # "You can apply for a PhD position by using the application form below."
             r"\bapply\b[^.;]{0,60}?\bby\s+(?:using|completing|filling\s+(?:in|out))\s+|"
             # "… should use the application form which should be completed and returned"
             r"\b(?:should|must|please)\s+use\s+(?=the\s+application\s+form\b))")
# ("please fill [this form]", a page's link in brackets)
FORM_NAME = r"\[?(?:this|the|our|an?)\s+(?:[\w-]+\s+){0,3}?(?:form|survey|questionnaire)\b"
FILL_FORM = FILL_VERB + FORM_NAME + r"(?!\s+of\b)"
# the same, with the form's name as a group: the item is the form ("this form"), not the verb
FILL_FORM_RE = re.compile(FILL_VERB + rf"(?P<name>{FORM_NAME})(?!\s+of\b)", re.IGNORECASE)
# "a statement of not more than 1,000 words outlining …", "a statement, of a maximum of 2 pages
# in length, outlining …": its length, between name and verb (with the space before the verb)
LIMIT_WORDS = (r"(?:of\s+)?(?:an?\s+)?(?:not\s+more\s+than|no\s+more\s+than|up\s+to|at\s+most|"
               r"max(?:imum)?(?:\s+of)?)\s+[\d,.]+\s+(?:words|pages)(?:\s+in\s+length)?")
LIMIT_ASIDE = rf"(?:,?\s+{LIMIT_WORDS},?\s+|\s+)"

# what a letter written about the applicant does: "one letter evaluating your teaching"
ABOUT_YOU = (r"(?:evaluating|assessing|addressing|attesting\s+to|commenting\s+on|speaking\s+to|"
             r"discussing|documenting)\s+(?:your|the\s+(?:applicant|candidate)['’]s|his|her|their)\b")
# who employs the applicant: a letter from them attests to a job, it is not a reference
EMPLOYER = r"(?:(?:the|your|an?|their|current|former|previous|past|each)\s+)*employers?(?:\(s\))?"

KIND_PATTERNS: list[tuple[str, str]] = [
    ("letters", r"letters?\s+of\s+(?:recommendation|reference|support)|"
                rf"\bletters?\s+{ABOUT_YOU}|"
                # "your letter writers' recommendations"
                r"\bletter\s+writers['’]\s+(?:recommendations|letters|reports)\b|"
                r"\breferee\s+reports?\b|"  # Australian usage
                r"\breferees['’]\s+(?:reports|letters|references|statements)\b|"
                # "a detailed invitation letter from an NTU Faculty", "References/recommendations"
                r"\binvitation\s+letters?\b|\bletters?\s+of\s+invitation\b|"
                r"\breferences\s*/\s*recommendations\b|\brecommendations\s*/\s*references\b|"
                # "two recommendations", "two online recommendations"
                r"\b(?:two|three|four|five|[2-5])\s+(?:(?:confidential|online|academic|written)\s+)?"
                r"recommendations\b|"
                # "Arrange for your research supervisor to submit a reference", "two further
                # references from testimonial referees": what referees send
                r"(?<=\bsubmit\s)a\s+reference\b(?!\s+(?:number|code|list|to))|"
                r"(?<=\barrange\sfor\s)(?:[\w-]+\s+){0,2}?references\s+from\b|"
                r"\breports?\s+from\s+(?:[\w-]+\s+){0,2}?(?:referees|recommenders)\b|"
                # "References (not compulsory) from at least two supervisors/professors"
                r"\breferences\s+(?:\([^()]*\)\s+)?from\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:supervisors?|professors?|advis[oe]rs?|mentors?|academics)\b|"
                # "letter from the department chair requesting …", "… from your advisor"
                r"\bletters?\s+(?:of\s+(?:support|undertaking|commitment|acceptance|endorsement|"
                r"invitation|nomination)\s+)?from\s+(?:the|your|an?|their)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:chair|head|director|dean|supervisor|advis[oe]r|mentor|sponsor|host)\b|"
                r"academic\s+references?\b|"  # UK usage: letters from academic referees
                # "Two referees willing to give you a reference": what they give is a letter
                r"\breferees?\s+(?:who\s+(?:are|is)\s+)?(?:willing|able|prepared)\s+to\s+(?:give|"
                r"provide|write|submit)\s+(?:you\s+)?(?:an?\s+)?(?:references?|letters?)\b|"
                rf"(?:recommendation|reference|support)\s+letters?|letters\s+from(?!\s+{EMPLOYER})|"
                r"(?:confidential\s+)?letters\b(?!\s+of\s+(?:application|inquiry|enquiry|"
                r"(?:unconditional\s+|final\s+)?acceptance\b(?!\s+from)))"
                r"(?!\s+(?:supporting|verifying|confirming|documenting)\s+(?:your\s+)?(?:work|"
                r"employment|professional)\b)|"
                # "one letter (from one of your references)"
                r"\bletter\s+\(?from\s+(?:one\s+of\s+)?(?:(?:your|the)\s+)?(?:[\w-]+\s+)?"
                r"(?:references|referees|recommenders)\b"),
    ("cover_letter", r"cover(?:ing)?\s+(?:letter|e-?mail)|"
                     r"letters?\s+of\s+(?:application|interest|intent|motivation)|application\s+letter|motivation(?:al)?\s+letter|"
                     r"statement\s+of\s+(?:interest|purpose|intent|motivation)|personal\s+statement(?!\s+(?:that|which)\s+\w+\s+(?:your\s+)?commitment\s+to\b)|"
                     r"\bstatement\s+(?:regarding|about|on|concerning)\s+(?:the\s+)?purpose\s+of\b|"
                     r"\binterest\s+statement\b|\breasons?\s+for\s+applying\b|"
                     r"\bcareer\s+(?:goals\s+)?statement\b|\bjob\s+(?:application\s+)?letters?\b|"
                     # "Application including motivation for applying", "A motivated text, stating
                     # your grounds for applying", "The application must contain your motivation"
                     r"\bapplication\s+(?:(?:must|should)\s+)?(?:including|containing|contains?|"
                     r"stating|with)\s+(?:your\s+|a\s+|the\s+)?motivation\b|"
                     r"\bmotivated\s+(?:text|application)\b|"
                     # "… and few lines to detail your interest"
                     r"\bfew\s+(?:lines|sentences)\s+(?:to\s+(?:detail|describe|explain|state)|about|on|"
                     r"describing|explaining)\b|"
                     # "a CV and answers to the following questions: Why do you want to …?"
                     # ("answers to the questions in the application form" are the form's)
                     r"\banswers\s+to\s+(?:the\s+following|these)\s+questions\b|"
                     r"\banswers\s+to\s+the\s+questions\s+(?:below|above)\b|"
                     # "your transcript, a CV, and a short motivation"
                     # ("a brief (1-2 paragraph) motivation")
                     r"\ba\s+(?:short\s+|brief\s+)?(?:\([^()]{1,30}\)\s+)?motivation\b(?!\s+(?:for|to)\b)|"
                     r"\bstatement\s+of\s+your\s+interests?\b|"
                     # "a statement describing your interest in our lab"; "send an email
                     # describing your research interests, career goals, …": the e-mail is the
                     # letter
                     r"\bstatement\s+(?:describing|explaining|outlining)\s+(?:your\s+)?(?:interest|"
                     r"motivation|reasons?)\b|"
                     r"\be-?mail\s+(?:describing|explaining|outlining|detailing)\s+(?:your|why|how|"
                     r"what)\b|"
                     # "a brief statement of what you expect to gain", "a description of your
                     # background and interests": the applicant's own account
                     r"\bstatement\s+(?:of|about|on)\s+(?:what|why|how)\s+you\b|"
                     r"\b(?:description|summary|overview)\s+(?:of|about)\s+(?:(?:your|their|his|her)\s+)?(?:background|"
                     # ("a summary of career goals, …")
                     r"interests|(?:career|professional)\s+goals)\b|"
                     # "a letter (up to 3 pages) describing …", "a short letter about why …"
                     r"\b(?:a|one|your)\s+(?:short\s+|brief\s+|one-page\s+|detailed\s+|formal\s+)?letter\b"
                     # "a letter of undertaking from a supervisor" is the supervisor's
                     r"(?!\s+(?:of\s+[\w-]+\s+)?from\s+(?:the|your|an?|their)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:chair|head|director|dean|supervisor|advis[oe]r|mentor|sponsor|host)\b)"
                     r"(?!\s+\(?(?:of|from)\s+(?:one\s+of\s+)?(?:(?:your|the)\s+)?(?:[\w-]+\s+)?"
                     r"(?:recommendation|reference|support|referees?|references|recommenders)\b)"
                     # ("send a letter with the subject "Postdoc application" … including": the
                     # e-mail)
                     r"(?!\s+with\s+(?:the|a)\s+subject)"
                     # ("a letter from your employer confirming …" is the employer's)
                     rf"(?!\s+\(?from\s+{EMPLOYER}\b)(?!\s+{ABOUT_YOU})(?!\s+writers?\b)|"
                     # "an informative letter about your motivation, your skills and …"
                     r"\bletter\s+(?:about|on|describing|explaining|stating|outlining|"
                     r"detailing)\s+(?:(?:your|the|his|her|their)\s+)?(?:[\w-]+\s+)?"
                     r"(?:motivation|interest|reasons?|fit|suitability)\b|"
                     r"\b(?:short|brief)\s+(?:self-)?introduction|introductory\s+letter|"
                     # "a brief note about your research interests", as an e-mail's own text
                     r"\b(?:short|brief|focused|concise|personal)\s+note\s+(?:about|on|describing|"
                     r"explaining|stating|outlining)\b|\ba\s+note\s+(?:describing|explaining|stating|"
                     r"outlining)\b|"
                     # "a 1-2 paragraph introduction explaining why you want the position"
                     r"\b(?:paragraph|page)\s+(?:self-)?introduction\b|"
                     # "three paragraphs (max 200 words each) describing: why …"
                     rf"\b{NUM}\s+paragraphs\s+(?:\([^()]{{0,40}}\)\s+)?(?:describing|explaining|"
                     r"on|about|outlining|addressing)\b|"
                     # "a short paragraph on what you want to work on and why this lab"
                     # ("a short paragraph about your research interests" is a research statement)
                     r"\b(?:short|brief|single|one)\s+paragraph\s+(?:\([^()]{1,30}\)\s+)?(?:on|about|describing|"
                     r"explaining|stating|outlining)\b(?!\s+(?:your\s+)?research\s+(?:interests?|plans|"
                     r"goals)\b)|"
                     r"\bintroduction\s+(?:explaining|describing|stating|outlining)\b|"
                     # "a brief explanation of why you're interested in the group"
                     r"\bexplanation\s+(?:of\s+|as\s+to\s+)?why\s+(?:you|the\s+applicant)\b|"
                     # "a short, running text in which the applicant explains his reasons for
                     # applying"
                     r"\b(?:text|letter|statement|note)\b[^.;:]{0,60}?\b(?:reasons?|motivation)\s+"
                     r"for\s+applying\b"),
    ("diversity_statement", r"diversity\s+statement|dei\s+statement|statement\s+(?:of|on|"
                            r"describing|addressing)\s+(?:your\s+)?(?:contributions?\s+to\s+)?"
                            r"(?:diversity|equity|inclusion|inclusive)|"
                            r"contributions?\s+to\s+diversity|equity\s+statement|"
                            r"statement\b[^.;]{0,60}?\bcontributions?\s+to\b[^.;]{0,60}?"
                            r"\bdiversity\b|"
                            # "Personal statement that outlines your commitment to improve
                            # diversity, equity, and inclusion"
                            # ("A statement that demonstrates a commitment to justice, equity,
                            # inclusion, …")
                            r"(?:personal\s+)?statement\s+(?:that|which)\s+(?:outlines|describes|"
                            r"addresses|explains|discusses|details|demonstrates|shows)\s+(?:your\s+|"
                            r"an?\s+)?commitment\s+to\s+(?:[\w-]+,?\s+){0,2}?(?:diversity|equity|"
                            r"inclusion)\b"),
    ("teaching_statement", r"teaching\s+(?:statement|philosophy|portfolio|folio|dossier|agenda|"
                           r"narrative|"
                           r"plans?)\b|"
                           r"statements?\s+(?:of|on|about)\s+(?:your\s+)?teaching|"
                           r"\blecture\s+(?:plan|proposal)s?\b|"
                           # "a brief description of the applicant's teaching career"
                           r"(?:description|summary)\s+of\s+(?:(?:the|your)\s+)?(?:(?:applicant|candidate)"
                           r"['’]s\s+)?teaching\b|"
                           r"teaching\s+and\s+mentoring\s+statement|"
                           # "a brief statement describing approach to undergraduate teaching"
                           r"\bstatement\s+(?:describing|outlining|explaining|of)\s+(?:your\s+|the\s+|"
                           r"an?\s+)?(?:approach|approaches|philosophy)\s+to\s+(?:[\w-]+\s+){0,2}?"
                           r"teaching\b|"
                           # "Account of pedagogical competence/experience/vision"
                           r"\baccount\s+of\s+(?:your\s+)?(?:teaching|pedagogical)\b"),
    ("research_statement", r"\bstatement\s+of\s+(?:the\s+)?(?:research\s+)?problem\b|"
                           # "your collaboration idea/topic", "your own research ideas"
                           r"\byour\s+(?:own\s+)?(?:research|project|collaboration)\s+(?:ideas?|"
                           r"topics?)\b|"
                           # "a short statement indicating what you see as interesting research
                           # issues relating to the post"
                           r"\bstatement\s+(?:indicating|describing|outlining|explaining|expressing|"
                           r"detailing|setting\s+out)\b[^.;]{0,60}?\bresearch\s+(?:and\s+[\w-]+\s+)?"
                           r"(?:issues|questions|"
                           r"ideas|directions|problems|challenges|vision|agenda|goals|interests?|"
                           r"plans?)\b|"
                           # "Account of research (a couple of pages or more)"
                           r"\baccount\s+of\s+(?:your\s+)?(?:research|scientific\s+work)\b|"
                           # "PhD project statement", "a five-to-ten-page plan for the dissertation"
                           r"\b(?:phd\s+|doctoral\s+|thesis\s+)?project\s+statement\b|"
                           # "Research Project Narrative (1300-word maximum)"
                           r"\b(?:research\s+)?(?:project\s+)?narrative\s*(?=\(|$|\s*[-–:,])|"
                           r"\bresearch\s+(?:project\s+)?narrative\b|"
                           r"\bplan\s+for\s+(?:the\s+|your\s+)?(?:dissertation|thesis|doctoral\s+"
                           r"project)\b|\bdissertation\s+plan\b|"
                           r"research\s+(?:statement|proposal|plan|summary|agenda|outlook|"
                           r"program\s+"
                           r"description)|statement\s+of\s+(?:current\s+and\s+(?:future|planned)"
                           r"\s+)?research|description\s+of\s+"
                           # the master's project was done: describing it proposes nothing
                           r"(?!(?:(?:a|the|your|his|her)\s+)?(?:master|bachelor|undergraduate|diploma|"
                           r"doctoral|phd))(?:(?:a|the|your|proposed)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:research|project|proposed)|"
                           r"project\s+(?:proposal|description|outline|summary|plan)|"
                           r"details\s+of\s+(?:the\s+|your\s+)?proposed\s+(?:research|project)|"
                           r"\bproposal\b(?!\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
                           r"(?:course|seminar|class|module|curriculum)\b)"
                           # ("Proposal Form RC/PDF": a form, to fill in)
                           r"(?!\s+forms?\s+(?-i:[A-Z0-9]))|"
                           r"plan\s+of\s+(?:the\s+)?research|\bwork\s+(?:plan|programme)\b|"
                           r"programme\s+of\s+research|statements?\s+(?:of|on|about)\s+(?:your\s+)?research|"
                           # "a short description of what you would like to work on"
                           r"\bdescription\s+of\s+what\s+you\s+(?:would\s+like|want|plan|propose|"
                           r"hope)\s+to\s+(?:work\s+on|do|study|research|pursue)\b|"
                           # "a concise statement of the candidate's teaching and research
                           # interests"
                           r"statements?\s+of\s+(?:(?:the|your)\s+)?(?:(?:applicant|candidate)['’]s\s+)"
                           r"(?:teaching\s+and\s+)?research\b|"
                           r"research\s+and\s+teaching"
                           r"\s+statements?|"
                           # "a concise explanation of the proposed research connection"
                           r"\bexplanation\s+of\s+(?:(?:the|your)\s+)?proposed\s+(?:research|"
                           r"project|work)\b|"
                           # "a statement summarizing your research experience", "a two-page
                           # summary of the prior research contributions"
                           rf"(?:statement|summary|overview){LIMIT_ASIDE}(?:summari[sz]ing|"
                           r"describing|"
                           r"outlining|of|on|about)\s+(?:(?:the|your|his|her|their)\s+)?"
                           r"(?:[\w/-]+\s+){0,3}research\b|"
                           # "an outline of intended research projects", "a write-up of …"
                           r"(?:outline|write-?up|sketch)\s+of\s+(?:(?:an?|the|your)\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:research|projects?)\b|"
                           # "a writeup stating a project/idea you propose", "your research
                           # interests (and how they align with ours)"
                           rf"(?:write-?up|summary|statement|document|essay){LIMIT_ASIDE}"
                           r"(?:stating|describing|"
                           r"outlining|proposing|presenting|that\s+(?:proposes|presents))\s+"
                           r"(?:(?:an?|the|your)\s+)?(?:major\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:research|projects?|ideas?)\b|"
                           r"\b(?:your|his|her|their)\s+research\s+interests\b|"
                           r"\bparagraphs?\s+(?:on|about|describing|outlining)\s+(?:your\s+)?research\s+"
                           r"(?:interests?|plans|goals)\b|"
                           # "may email a CV, brief research interests, and …"
                           r"\b(?:brief|short|concise)\s+research\s+interests\b|"
                           # "Scientific achievements in the past (not more than 800 words)"
                           r"(?<!list\sof\s)(?<!other\s)\b(?:scientific|research)\s+achievements\b(?!\s+list)"),
    ("writing_sample", r"writing\s+samples?|\bwork\s+samples?\b|"
                       r"samples?\s+of\s+(?:your\s+)?(?:written\s+work|"
                       r"writing|scholarly\s+writing|scholarship)|journal\s+article|"
                       # "2 samples of recent work", "a sample of written research"
                       r"samples?\s+of\s+(?:your\s+)?(?:(?:recent|published|prior|previous|past)\s+)?"
                       r"(?:work|writing|"
                       r"written\s+research|research)\b|"
                       # "Point me to something relevant that you are proud of", "One thing (paper,
                       # project, etc.) that you are particularly proud of"
                       r"\b(?:something|one\s+thing)\b[^.;]{0,40}?\byou\s+are\s+(?:most\s+|"
                       r"particularly\s+|especially\s+)?proud\s+of\b|"
                       # "a copy of a work that you're most proud of"
                       r"\bcop(?:y|ies)\s+of\s+(?:an?\s+|one\s+|your\s+)?(?:piece\s+of\s+)?"
                       r"(?:recent\s+|best\s+)?works?\b(?!\s+(?:permit|contract|experience))|"
                       # "where useful, a short example of research, code, writing, or …"
                       r"\bexamples?\s+of\s+(?:your\s+)?(?:research|writing|written\s+work|"
                       r"scholarly\s+work)\b|"
                       r"book\s+chapter|written\s+work|research\s+article|"
                       # "a concise CV, research interests, and representative work"
                       r"\brepresentative\s+(?:and\s+reference\s+)?works?\b|"
                       r"(?:sample\s+)?(?:thesis|dissertation|book)\s+chapter|sample\s+chapter|"
                       # "two recent essays"
                       rf"\b{NUM}\s+(?:recent\s+|published\s+|academic\s+)?essays\b"),
    ("publications", r"publication\s+list|list\s+of\s+(?:\w+\s+){0,2}publications|"
                     r"\blist\s+of\s+(?:your\s+)?published\s+(?:work|papers|articles)\b|"
                     r"\bdetails\s+of\s+(?:your\s+)?(?:research\s+)?publications?\b|"
                     r"\bpaper\s+lists?\b|\blists?\s+of\s+(?:published\s+)?papers\b|"
                     r"(?:selected\s+|representative\s+)?reprints?\b|"
                     r"(?:sample|selected|representative|research)\s+(?:papers|publications|articles)|"
                     r"(?:sample|selected|representative)\s+(?:paper|publication|article)\b|"
                     r"job\s+market\s+paper|working\s+papers?|preprints?|research\s+samples?|"
                     # "a list of five most representative research output items"
                     r"\b(?:representative\s+)?research\s+outputs?\s+items\b|"
                     r"\b(?:a|one|your)\s+(?:recent\s+)?research\s+paper\b|"
                     # "copies of published and in-press works"
                     r"\bcop(?:y|ies)\s+of\s+(?:your\s+)?(?:published|in-press|recent)"
                     r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:works|papers|articles)\b|"
                     # "… CV, and one publication"
                     rf"\b{NUM}\s+(?:(?:recent|representative|selected|first-authored)\s+)?"
                     r"publications?\b(?!\s+(?:record|list)\b)|"
                     # "first-authored papers", "recent papers"
                     r"\b(?:(?:first|lead|single|co)-?authored|recent|relevant)\s+(?:papers|articles)\b|"
                     # "Scientific papers or essays", "published academic texts"
                     r"\b(?:scientific|scholarly|academic)\s+(?:papers|articles|texts)\b|"
                     r"\bpublished\s+(?:academic\s+|scholarly\s+)?(?:texts|writings)\b|"
                     r"published\s+(?:articles|papers)|\b(?:papers|articles)\s+(?:published|in\s+"
                     r"press)\b|"
                     r"(?:copies|re-?prints)(?:\s*/\s*(?:copies|re-?prints))?\s+of\s+(?:\w+\s+){0,3}"
                     r"(?:papers|publications|articles)|"
                     # ("read some of my publications": the lab's, not the applicant's)
                     r"(?<!\bmy\s)(?<!\bour\s)\bpublications\b(?!\s+record)|"
                     # "one or two papers", "two articles"
                     rf"\b(?:{NUM}|a\s+few|several)(?:\s+or\s+{NUM})?\s+(?:(?!of\b|years?\b)[\w-]+\s+){{0,2}}"
                     r"(?:papers|articles)\b|"  # "three attached recent papers"
                     r"\b(?:one|a\s+single|a)\s+(?!journal\b|research\b)(?:[\w-]+\s+)?"
                     r"(?:paper|article)\b(?!-)"),
    # "transcipts", as postings misspell it; "a list of marks of both bachelor and master studies"
    ("transcripts", r"transcr?ipts?\b|\bacademic\s+records?\b|"
                    r"\b(?:list|record|overview)\s+of\s+(?:your\s+|the\s+)?"
                    r"(?:marks|grades)\b|"
                    r"\bgrades?\s+lists?\b|\bmark\s*sheets?\b|"
                    # "copies of diplomas and grades from previous university studies"
                    r"\b(?:grades|marks)\s+(?:from|of|obtained\s+in)\s+(?:your\s+|the\s+|all\s+)?"
                    r"(?:previous|prior|past|bachelor|master|undergraduate|graduate|university)"),
    ("references", r"(?:names?|contact\s+(?:information|details|info)|list)\b[^.;:]{0,60}?\b"
                   r"(?:references|referees|recommenders|letter\s+writers)\b|"
                   # ("2 pages maximum, excluding references": what the limit leaves out)
                   r"(?<!excluding\s)(?<!including\s)(?<!exclusive\sof\s)(?<!literature\s)\breferences\b|"
                   # "details of at least one other referee (who isn't related to you)"
                   r"\bdetails\s+of\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,3}?referees?\b|"
                   # "Two reference contacts (Name, Surname, Role, Organization, Email)"
                   r"\breferee\s+contacts?\b|\breference\s+contacts?\b|"
                   # "contact information for at least three people familiar with your work"
                   rf"contact\s+(?:information|details|info)\s+(?:for|of)\s+(?:at\s+least\s+)?"
                   rf"(?:{NUM}\s+)?(?:people|persons|individuals|colleagues|scholars|academics)\b|"
                   # "contact information for a person who can comment on your character"
                   r"contact\s+(?:information|details|info)\s+(?:for|of)\s+(?:a|one)\s+(?:person|"
                   r"individual)\s+who\b|"
                   # "contacts of two mentors"
                   rf"\bcontacts\s+(?:of|for)\s+(?:at\s+least\s+)?(?:{NUM}\s+)?(?:[\w-]+\s+)?(?:mentors|"
                   r"supervisors|advis[oe]rs|professors|academics|people|persons)\b|"
                   # ("2 referrees", "1 or 2 referee names", as pages spell them)
                   r"\breferr?ees\b|\breferr?ee(?:['’]s)?\s+(?:names|contacts|details)\b|"
                   # "two contacts for potential recommendations"
                   # ("1~3 contacts for (if needed) reference letters")
                   r"\bcontacts?\s+(?:persons?\s+)?(?:for|of)\s+(?:\([^()]{1,20}\)\s+)?"
                   r"(?:potential\s+|possible\s+|further\s+)?(?:recommendations?|references?|"
                   r"referees?|(?:reference|recommendation)\s+letters?)\b|"
                   # "The names and institutions of the people you will ask for letters of
                   # recommendation"
                   # ("the details of at least two people who can provide a reference")
                   rf"\b(?:names?|details)\s+(?:and\s+[\w\s]{{0,30}}?)?of\s+(?:the\s+)?(?:at\s+least\s+)?"
                   rf"(?:{NUM}\s+)?(?:people|persons|individuals)\s+"
                   r"(?:you\s+(?:will|would|plan\s+to)\s+ask|who\s+(?:will|would|can|could)|"
                   r"whose\s+(?:recommendations|references|letters))\b|"
                   # one referee: "the contact information of a reference"
                   r"(?:names?|contact\s+(?:information|details|info))\s+(?:and\s+[\w\s]{0,30}?)?"
                   r"(?:of|for)\s+(?:a|one)\s+(?:[\w-]+\s+)?(?:reference|referee|recommender)\b"),
    # "resume/curriculum vitae (CV)": the academic one of the two names
    ("cv", r"(?i:curriculum\s+vitae|\bvitae?\b|\br[ée]sum[ée]\s*(?:/|\bor\b|\()\s*(?:an?\s+)?"
           r"(?:curriculum\s+vitae|cv)\b)|"
           r"\b[cC]\.\s?[vV]\b\.?|\bCVs?\b"),
    ("resume", r"\br[ée]sum[ée]s?\b"),
    ("other", r"diploma|certificat(?:e|ion)|(?<![\"“])documentation|\bcover\s*sheet\b|"
              # a performer's or composer's materials: "Audio recordings … of 2 - 4 original
              # works", "record a short video of you performing", "four one-page music excerpts"
              r"\b(?:audio|video)\s+recordings?\b|\b(?:short\s+)?videos?\s+of\s+(?:you|yourself)\b|"
              r"\blinks?\s+to\s+(?:the|your|a)\s+(?:performance|recording|video)s?\b|"
              r"\b(?:music(?:al)?|score)\s+excerpts\b|"
              r"\b(?:original|recent)\s+(?:musical\s+)?compositions\b|"
              # "letters of unconditional acceptance … as evidence" for accepted papers
              r"\bletters?\s+of\s+(?:unconditional\s+|final\s+)?acceptance\b(?!\s+from\b)|"
              # a community college's forms: "Online Employment Application", "Answers to ALL
              # Supplemental Questions", "Application for Equivalency", "Foreign Credential
              # Evaluation", "Questionnaire for Equivalency"
              r"(?<!to\stheir\s)(?<!to\syour\s)(?<!to\sthe\s)(?<!your\s)"
              r"\bonline\s+(?:employment|academic|job)\s+application\b|"
              # "a statement explaining why you believe you meet the equivalency"
              r"\bstatement\s+(?:explaining|justifying)\s+(?:why|how)\s+you\s+(?:believe|think|"
              r"feel|meet|qualify)\b|"
              # "letters supporting work experience from a supervisor": an employer's
              r"\bletters?\s+(?:supporting|verifying|confirming|documenting)\s+(?:your\s+)?(?:work|"
              r"employment|professional)\s+experience\b|"
              r"\banswers\s+to\s+(?:all\s+)?(?:the\s+)?(?:supplemental|supplementary|screening)\s+"
              r"questions\b|"
              r"\b(?:application|questionnaire|request)\s+for\s+equivalency\b|"
              r"\bequivalency\s+(?:application|determination\s+form|questionnaire|request)\b|"
              r"\b(?:foreign\s+)?(?:credential|degree|transcript)\s+evaluations?\b|"
              # "Letter from employer(s) validating two years of experience"
              rf"\bletters?(?:\(s\))?\s+from\s+{EMPLOYER}|"
              r"\bco-?authorship\s+(?:declaration|statement)s?\b|\bprofessional\s+statement\b|"
              # an artist's materials: "Artist statement", "20 images", "digital images of
              # recent work"
              r"\bartist['’]?s?\s+statement\b|\b(?:\d{1,3}|ten|twenty)\s+(?:[\w-]+\s+)?images\b|"
              r"\bimages\s+of\s+(?:your\s+|the\s+applicant['’]s\s+)?(?:recent\s+|own\s+)?"
              r"(?:creative\s+|art\s?)?work\b|"
              # "Application essay", "a brief narrative account of your career"
              r"\bessay\s+(?:describing|explaining|discussing|outlining|on|about)\b|"
              # a visiting scholar's papers: "Information Form", "DS-2019 Request Form",
              # "Evidence of financial support", "proof of funding"
              r"\b(?:information|request|certification|registration|nomination|consent|"
              r"biographical)\s+forms?\b|\bany\s+(?:other\s+)?(?:[\w-]+\s+)?forms\b|"
              r"\b(?:evidence|proof|documentation)\s+of\s+(?:[\w-]+\s+){0,2}?(?:financial\s+"
              r"(?:support|means|resources)|funding|sufficient\s+funds)\b|\bproof\s+thereof\b|"
              r"\b(?:application|personal|admissions?|short)\s+essays?\b(?!\s+(?:prompts?|"
              r"questions?)\b)|"
              r"\bresponses?\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:essays?|essay\s+(?:questions|"
              r"prompts))\b|"
              r"\baccount\s+of\s+(?:your\s+|their\s+|the\s+applicant['’]s\s+)?(?:career|previous|past|"
              r"professional|academic)\b|"
              # "Account of administrative experience", "Account of external relations"
              r"(?-i:\bAccount)\s+of\s+(?:your\s+)?[\w-]+|"
              # "upload the documents to this application form": where they go, not one of them
              r"(?<!to\sthis\s)(?<!to\sthe\s)(?<!via\sthis\s)(?<!via\sthe\s)(?<!into\sthe\s)"
              r"(?<!through\sthe\s)\b(?:application|candidature)\s+forms?\b|"
              # "any other documents considered relevant", "any other document you wish …"
              r"\bany\s+other\s+(?:[\w-]+\s+){0,2}?(?:documents?|materials?)\b|"
              # "… and any additional information to support your application"
              r"\bany\s+(?:additional|further|supplementary|extra)\s+(?:[\w-]+\s+){0,2}?(?:documents?|"
              r"materials?|information|evidence)\b|"
              # "… transcripts and other supporting materials (such as slides …)"
              # "… transcript, future career plan (e.g., academia or industry), and …"
              r"\b(?:future\s+)?career\s+(?:development\s+)?plans?\b|"
              r"\bother\s+(?:supporting|relevant|pertinent|related)\s+(?:documents|materials|"
              r"evidence)\b|"
              r"\bidentity\s+(?:document|card)|"
              r"\bdocument\s+(?:specifying|listing|describing|summari[sz]ing|detailing)\b|"
              # "Mobility Declaration", "Documents accrediting research activities", a UK
              # "supporting statement" (how one meets the person specification), "grants held"
              r"\bdeclarations?\b|\bdocuments?\s+(?:accrediting|certifying|proving|attesting)\b|"
              # "please fill out this form": a form to fill in is asked for ("the form of" is not)
              rf"{FILL_FORM}|"
              # "links to any projects, code, or publications", "GitHub link": what the
              # applicant has made
              r"\blinks?\s+to\s+(?:any\s+|your\s+)?(?:[\w-]+,?\s+){0,3}?(?:projects?|code|"
              r"repositor(?:y|ies)|software|research|work|writing)\b|"
              r"\b(?:github|gitlab)\s+(?:links?|profiles?|"
              r"repositor(?:y|ies)|pages?|accounts?)\b|"
              r"\bsupporting\s+statement\b|\b(?:list|details|record|summary)\s+of\s+(?:[\w-]+\s+)"
              r"{0,2}grants\b|\bgrants\s+(?:held|received|awarded)\b|"
              r"\bstatement\s+(?:by|from)\s+(?:the|your)\s+\w+|"
              r"\bactivit(?:y|ies)\s+statement\b|\b(?-i:[A-Z]{1,3}-?\d{1,4})\s+form\b|"
              r"\b(?:packet|collection|selection)\s+of\s+(?:[\w-]+\s+){0,2}?materials?\b|"
              r"\b(?:sponsor|supervisor|mentor)['’]?s?\s+(?:recommendation|statement|letter|"
              r"support)\b|\bbudget\b|"
              r"\b(?:language\s+)?proficiency\s+(?:tests?|certificates?|scores?|results?)\b|"
              r"\bevidence\s+of\s+(?:[\w-]+\s+){0,3}?(?:proficiency|competence\s+in\s+"
              r"(?:English|[A-Z][a-z]+))\b|"
              r"\blanguage\s+(?:qualifications?|certificates?|test\s+(?:results|scores|"
              r"certificates?))\b|"
              # "perhaps an English language exam (e.g. IELTS, TOEFL or CAE)": its result
              r"\b(?:english\s+|foreign\s+)?(?<!sign\s)language\s+(?:exams?|tests?)\b(?!\s+(?:results|scores))|"
              r"\b(?:english|foreign)\s+(?:exams?|tests?)\b(?!\s+(?:results|scores))|"
              # "Thoroughly complete the online application forms"
              r"(?<=complete\sthe\s)online\s+application\s+forms?\b|"
              r"(?<!your\s)(?<!the\s)\bonline\s+application\b(?!\s+(?:system|portal|platform|site|website|page|tool|"
              r"process|link)\b)|\b(?:test|exam)\s+(?:results|scores)\b|"
              r"\b(?-i:TOEFL|IELTS|GRE|GMAT)\b|\b(?:passport[\s-]+size\s+)?photo(?:graph)?s?\b|"
              r"\b[Ff]orm\s+(?-i:[A-Z0-9])|\bproposals?\s+for\b|"
              # a paper copy of the whole application is not a material of its own
              r"\b(?:photo)?copy\s+of(?!\s+(?:the\s+|your\s+)?(?:entire\s+|whole\s+|complete\s+|full\s+)?"
              r"application)|\blist\s+of|\bresponse\s+to|(?<!more\s)(?<!further\s)(?<!additional\s)\binformation\s+(?:on|about)(?!\s+how\b)|\bsummary\s+of|"
              r"\babstracts?\b|\bliterature\s+references\b|\bportfolio\b|\bsyllab(?:us|i)\b|\bcourse\s+(?:descriptions|proposals|outlines)\b|\bdescriptions?\s+of\s+(?:[\w-]+\s+){0,4}courses\b|\bevaluations\b|\bproof\s+(?:of|that)\b|"
              # "Evidence of qualifications (certificates …)", "… of English language ability"
              r"\bevidence\s+of\s+(?:your\s+)?(?:qualifications?|degrees?|eligibility|(?:english\s+)?"
              r"language\s+(?:ability|proficiency|competence|skills)|english\s+(?:proficiency|"
              r"competence|ability))\b|"
              r"\bdescriptions?\s+of\s+(?:(?:the|your)\s+)?(?:master|bachelor|undergraduate|diploma|"
              r"doctoral|phd)['’s]*\s+(?:[\w-]+\s+)?(?:project|thesis|research|work)\b|"
              r"supporting\s+material(?!s\s+(?:to|by|via|at|should|must)\b)|\bcover\s?sheet\b|"
              r"\btable\s+of\s+contents\b|\bbibliography\b|\boutline\s+of\s+(?:the\s+)?chapters\b|"
              r"\bchapter\s+outline\b|\bdetails\s+(?:of|about|on)\b(?!\s+(?:how|where|when|what|why)\b)|\bindication\s+of\b|"
              # "honors thesis students", "the dissertation committee": people, not the text
              r"\b(?:dissertation|thesis)\b(?!\s+(?:students?|supervis\w+|advis[oe]rs?|"
              r"committees?|topics?|defen[cs]es?|credits?|projects?)\b)|"
              # "a link to a CV, a website, and a Google scholar profile"
              r"\b(?:a|your)\s+(?:personal\s+|professional\s+)?(?:web\s?site|homepage)\b|"
              r"\bgoogle\s+scholar\s+(?:profile|page|link)\b|"
              # "Master's thesis and undergraduate capstone project report"
              r"\b(?:capstone|internship|technical)\s+(?:project\s+)?reports?\b|"
              r"\bstatement\s+(?:of|on)\s+\w+|\bevidence\s+of\s+(?:\w+\s+)?teaching|"
              r"\bdocumented\s+\w+\s+competence|"
              r"\bbrochures?\b|\b(?:a|an)\s+list\s+(?:stating|showing|describing|detailing)\b|"
              r"\bhonou?rs\s+and\s+awards\b|\bawards\s+and\s+honou?rs\b|"
              # a composer's or a performer's portfolio
              r"\bmusic(?:al)?\s+scores\b|\bscores\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}"
              r"(?:compositions|works|pieces)\b|\b(?:audio|video|sound)\s+recordings?\b|"
              # Australian usage: a statement addressing the selection criteria
              r"\b(?:statement|document|responses?|answers?)\b[^.;:]{0,120}?\bselection\s+"
              r"criteri(?:a|on)\b|\bselection\s+criteria\s+(?:statement|response)s?\b|"
              r"\b[\w-]+,?\s+(?:and|or)\s+[\w-]+\s+statements\b"),  # shared head: items
]
# The same materials as German-language postings name them ("Bewerbung mit Lebenslauf,
# Publikationsverzeichnis, … sowie Referenzen")
GERMAN_PATTERNS: dict[str, str] = {
    "letters": r"empfehlungsschreiben|referenzschreiben|gutachten\b",
    "cover_letter": r"anschreiben|motivationsschreiben|bewerbungsschreiben",
    "teaching_statement": r"lehrkonzept|lehrprofil|lehrportfolio",
    "research_statement": r"forschungs(?:konzept|vorhaben|plan|programm|skizze|interessen|"
                          r"expos[ée])|\bexpos[ée]\b",
    "publications": r"publikationsverzeichnis|publikationsliste|schriftenverzeichnis|"
                    r"(?:verzeichnis|liste)\s+der\s+(?:publikationen|veröffentlichungen|schriften)",
    "transcripts": r"(?<!abschluss)zeugnisse|zeugniskopien",
    "references": r"\breferenzen\b|referenzpersonen",
    "cv": r"[Ll]ebenslauf|LEBENSLAUF",
    "other": r"\b(?:liste|verzeichnis)\s+der\b|abschlusszeugnis(?:se)?\b|"
             r"\bangaben\s+(?:über|zu[rm]?)\b|lehrevaluation(?:en)?|\bnachweise?\b|\burkunden?\b",
}
KIND_PATTERNS = [(kind, f"{pattern}|{GERMAN_PATTERNS[kind]}" if kind in GERMAN_PATTERNS
                  else pattern) for kind, pattern in KIND_PATTERNS]
