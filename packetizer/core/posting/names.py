"""The names of application materials, as patterns per kind (CV, statements, letters, …, and
"other" documents), in English, with the other languages' ones of `foreignnames`;
`vocabulary` compiles them and says which kind a phrase names."""

from __future__ import annotations

from packetizer.core.posting.foreignnames import (
    DUTCH_PATTERNS,
    FRENCH_PATTERNS,
    GERMAN_PATTERNS,
    ITALIAN_PATTERNS,
    NORWEGIAN_PATTERNS,
    POLISH_PATTERNS,
    PORTUGUESE_PATTERNS,
    SPANISH_PATTERNS,
    SWEDISH_PATTERNS,
)
from packetizer.core.posting.letternames import ABOUT_YOU, LETTER_NAMES
from packetizer.core.posting.limits import NUM
from packetizer.core.posting.othernames import EMPLOYER, OTHER_NAMES

# --- vocabulary --------------------------------------------------------------------------------

WORD = r"(?:[\w'’-]+\s+)"  # one word and its space

# "a statement of not more than 1,000 words outlining …", "a statement, of a maximum of 2 pages
# in length, outlining …": its length, between name and verb (with the space before the verb)
LIMIT_WORDS = (r"(?:of\s+)?(?:an?\s+)?(?:not\s+more\s+than|no\s+more\s+than|up\s+to|at\s+most|"
               r"max(?:imum)?(?:\s+of)?)\s+[\d,.]+\s+(?:words|pages)(?:\s+in\s+length)?")
LIMIT_ASIDE = rf"(?:,?\s+{LIMIT_WORDS},?\s+|\s+)"

KIND_PATTERNS: list[tuple[str, str]] = [
    ("letters", LETTER_NAMES),
    ("cover_letter", r"cover(?:ing)?\s+(?:letter|e-?mail)|"
                     # "an application to the Rector" (a letter of application, addressed)
                     r"\bapplication\s+(?:addressed\s+)?to\s+the\s+(?:rector|dean|president|provost|"
                     r"vice-?chancellor)\b|"
                     # ("a letter of interest outlining your planned project": a proposal)
                     r"letters?\s+of\s+(?:application|interest|intent|motivation)(?!\s+from\b)"
                     r"(?!\s+(?:describing|outlining|detailing)\s+(?:the|your)\s+(?:proposed|planned)\s+"
                     r"(?:research|project|study)\b)|application\s+letter|motivation(?:al)?\s+letter|"
                     r"statement\s+of\s+(?:interest|purpose|intent|motivation)|personal\s+statement(?!\s+forms?\b)(?!\s+(?:that|which)\s+\w+\s+(?:your\s+)?commitment\s+to\b)(?!\s+(?:on|of|about)\s+(?:your\s+)?teaching\b)|"
                     r"\bstatement\s+(?:regarding|about|on|concerning)\s+(?:the\s+)?purpose\s+of\b|"
                     r"\binterest\s+statement\b|\breasons?\s+for\s+applying\b|\bpersonal\s+essay\b|"
                     # "Statement of professional and creative goals", "a goals statement"
                     r"\bstatement\s+of\s+(?:(?:your|academic|professional|personal|career|"
                     r"creative|educational)\s+(?:(?:and|or)\s+[\w-]+\s+)?)?goals\b|\bgoals\s+statement\b|"
                     # "Self-introductory statement", "a self-introduction"
                     r"\bself-?\s?introduct(?:ion|ory\s+(?:statement|letter|essay))\b|"
                     r"\bstatement\s+of\s+application\b|"  # (British usage)
                     # a habilitation's "Written application for admission to …", "a written
                     # request", "Application for habilitation (letter to the Rectorate)"
                     r"\b(?:hand)?written\s+(?:application|request)\b(?!\s+forms?\b)|"
                     r"\bletter\s+to\s+the\s+(?:rector(?:ate)?|dean|president|provost)\b|"
                     r"\bapplication\s+for\s+admission\s+to\s+[^.;,()]{3,60}?\s+in\s+writing\b|"
                     # "A statement explaining why you want to pursue a Ph.D. in …"
                     r"\bstatement\s+(?:explaining|describing|stating|outlining)\s+why\s+you\s+"
                     r"(?:want|wish|would\s+like|are\s+applying|are\s+interested|chose)\b|"
                     # "a brief essay describing academic qualifications and experiences"
                     r"\bessay\s+(?:describing|outlining|explaining|discussing)\s+(?:your\s+|the\s+"
                     r"applicant['’]s\s+)?(?:academic\s+)?(?:qualifications|background|"
                     r"experiences?|motivation)\b|"
                     r"\bcareer\s+(?:goals\s+)?statement\b|\bjob\s+(?:application\s+)?letters?\b|"
                     r"\bstatement\s+of\s+(?:your\s+)?career\s+(?:goals|plans)\b|"
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
                     # ("the sponsor will then receive an e-mail describing the steps": theirs)
                     r"(?<!receive\san\s)(?<!sent\san\s)\be-?mail\s+(?:describing|explaining|outlining|"
                     r"detailing)\s+"
                     r"(?:your|why|how|"
                     r"what)\b|"
                     # "a brief statement of what you expect to gain", "a description of your
                     # background and interests": the applicant's own account
                     r"\bstatement\s+(?:of|about|on)\s+(?:what|why|how)\s+you\b|"
                     r"\b(?:description|explanation|paragraph)\s+(?:of|about|on)\s+why\s+you\b|"
                     r"\b(?:description|summary|overview)\s+(?:of|about)\s+(?:(?:your|their|his|her)\s+)?(?:background|"
                     # ("a summary of career goals, …")
                     r"interests|(?:career|professional)\s+goals)\b|"
                     # "a letter (up to 3 pages) describing …", "a short letter about why …"
                     # ("proof of employment in the form of a letter or a contract")
                     r"(?<!form\sof\s)"
                     r"\b(?:a|one|your)\s+(?:short\s+|brief\s+|one-page\s+|detailed\s+|formal\s+)?letter\b"
                     # "a letter of undertaking from a supervisor" is the supervisor's
                     r"(?!\s+(?:of\s+[\w-]+\s+)?from\s+(?:(?:the|your|an?|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
                     r"(?:chair|head|director|dean|supervisor|advis[oe]r|mentor|sponsor|host|chief|"
                     r"professor)\b)"
                     # ("a letter from the registrar confirming …": an office's record)
                     r"(?!\s+from\s+(?:the\s+)?(?:registrar|institution|university|school|"
                     r"office)\b)"
                     r"(?!\s+\(?(?:of|from)\s+(?:one\s+of\s+)?(?:(?:your|the)\s+)?(?:[\w-]+\s+)?"
                     r"(?:recommendation|reference|support|endorsement|referees?|references|"
                     r"recommenders)\b)"
                     # ("send a letter with the subject "Postdoc application" … including": the
                     # e-mail)
                     r"(?!\s+with\s+(?:the|a)\s+subject)"
                     # ("a letter from your employer confirming …" is the employer's)
                     rf"(?!\s+\(?from\s+{EMPLOYER}\b)(?!\s+{ABOUT_YOU})(?!\s+writers?\b)"
                     r"(?!\s+of\s+(?:nomination|guarantee)\b)"  # a nominator's, a guarantor's
                     r"(?!\s+(?:signed|written|issued)\s+by\b)"  # ("a letter signed by the chair")
                     r"(?!\s+of\s+intent\s+from\b)"  # ("… of intent from the partner lab")
                     r"(?!\s+of\s+(?:intent|interest)\s+(?:describing|outlining|detailing)\s+(?:the|your)\s+"
                     r"(?:proposed|planned)\s+(?:research|project|study)\b)|"
                     # "an informative letter about your motivation, your skills and …"
                     r"\bletter\s+(?:about|on|describing|explaining|stating|outlining|"
                     r"detailing)\s+(?:(?:your|the|his|her|their)\s+)?(?:[\w-]+\s+)?"
                     r"(?:motivation|interest|reasons?|fit|suitability|qualifications)\b|"
                     # "letter providing some detail of the applicant's qualifications and …"
                     r"\bletter\s+(?:providing|giving|offering)\s+(?:some\s+|more\s+)?(?:details?|"
                     r"information)\s+(?:of|on|about)\s+(?:(?:your|the|his|her|their)\s+)?"
                     r"(?:applicant['’]s\s+|candidate['’]s\s+)?(?:qualifications|interest|background|"
                     r"experience|motivation)\b|"
                     r"\b(?:short|brief)\s+(?:self-)?introduction|introductory\s+letter|"
                     # "a half-page letter from the student": the applicant's own
                     r"\bletter\s+from\s+the\s+(?:student|applicant|candidate)\b|"
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
                     r"explaining|stating|outlining)\b(?!\s+(?:your\s+)?(?:research\s+(?:interests?|plans|"
                     r"goals)|proposed\s+research)\b)|"
                     r"\bintroduction\s+(?:explaining|describing|stating|outlining)\b|"
                     # "a brief explanation of why you're interested in the group"
                     r"\bexplanation\s+(?:of\s+|as\s+to\s+)?why\s+(?:you|the\s+applicant)\b|"
                     # "a short, running text in which the applicant explains his reasons for
                     # applying"
                     r"\b(?:text|letter|statement|note)\b[^.;:]{0,60}?\b(?:reasons?|motivation)\s+"
                     r"for\s+applying\b"),
    ("diversity_statement", r"diversity\s+statement|(?:dei|edi|deib|jedi)\s+statement|"
                            # "An Equity Diversity and Inclusion (EDI) statement", "Diversity,
                            # Equity, and Inclusion Statement"
                            r"(?:diversity|equity|inclusion)(?:,?\s+(?:and\s+)?(?:diversity|equity|"
                            r"inclusion|inclusivity|belonging|accessibility|justice)){1,4}\s+"
                            r"(?:\([A-Z&]{2,6}\)\s+)?statement|statement\s+(?:of|on|"
                            r"describing|addressing)\s+(?:your\s+)?(?:(?:contributions?|commitment)\s+to\s+)?"
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
    ("teaching_statement", r"\bpersonal\s+statement\s+(?:on|of|about)\s+(?:your\s+)?teaching\b|"
                           r"\bteaching,\s+(?:[a-z-]+,\s+)*[a-z-]+,?\s+(?:and|or)\s+[a-z-]+\s+"
                           # ("a teaching, research, and outreach statement": split later)
                           r"statements?\b|"
                           r"teaching\s+(?:statement|philosophy|portfolio|folio|dossier|agenda|"
                           r"narrative|"
                           r"plans?)\b|"
                           r"statements?\s+(?:of|on|about)\s+(?:your\s+)?teaching|"
                           # "a philosophy statement of your approach to training actors"
                           r"(?<!research\s)\bphilosophy\s+statement\b|"
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
                           # "A statement of no more than two pages describing current scholarly
                           # interests and plans"
                           r"\bstatement\s+(?:[^.;:]{0,40}?\s)?(?:describing|outlining|on)\s+(?:your\s+|"
                           r"current\s+|the\s+)*(?:scholarly|research|academic)\s+interests\b|"
                           # "a dissertation outline", "the thesis prospectus": its plan
                           r"\b(?:dissertation\s+(?:outline|prospectus|proposal)|thesis\s+(?:prospectus|"
                           r"proposal))\b|"
                           # "a detailed statement of proposed activity"
                           r"\bstatement\s+of\s+(?:the\s+|your\s+)?proposed\s+(?:activit(?:y|ies)|"
                           r"research|project|work|study)\b|"
                           r"\bresearch,\s+(?:[a-z-]+,\s+)*[a-z-]+,?\s+(?:and|or)\s+[a-z-]+\s+"
                           r"statements?\b|"
                           # "a research project, signed by you and your supervisor"
                           # (a doctoral school's proposal; "the research project" is the job's)
                           r"(?<=\ba\s)research\s+project\b|(?<=\byour\s)research\s+project\b|"
                           # "Research Project for the Award Period: three pages", "a two-page
                           # description of the applicant's proposed use of the grant"
                           # "Sabbatical Leave Plan"
                           r"\b(?:sabbatical|leave)\s+(?:leave\s+)?plan\b|"
                           # "a timetable for the PhD research"
                           r"\b(?:schedule|timetable|timeline)\s+(?:of|for)\s+(?:the\s+)?(?:performance\s+"
                           r"of\s+(?:the\s+)?)?(?:doctoral|phd)\s+(?:studies|research|project)\b|"
                           r"\bresearch\s+project\s+for\s+the\s+(?:fellowship|award|grant|residency|"
                           r"visit)\b|\bdescription\s+of\s+(?:the\s+(?:student|applicant|candidate)['’]s\s+|"
                           r"your\s+)?proposed\s+(?:use|research|project|work|activities)\b|"
                           # ("The research project must include:": its parts follow)
                           r"(?<=\bthe\s)research\s+project(?=\s+(?:must|should|shall)\s+(?:include|"
                           r"contain|comprise|cover)\b)|"
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
                           r"\bletter\s+of\s+(?:intent|interest)\s+(?:describing|outlining|detailing)\s+"
                           r"(?:the|your)\s+(?:proposed|planned)\s+(?:research|project|study)\b|"
                           # "Account of research (a couple of pages or more)"
                           r"\baccount\s+of\s+(?:your\s+)?(?:research|scientific\s+work)\b|"
                           # "PhD project statement", "a five-to-ten-page plan for the dissertation"
                           r"\b(?:phd\s+|doctoral\s+|thesis\s+)?project\s+statement\b|"
                           # "Research Project Narrative (1300-word maximum)"
                           r"\b(?:research\s+)?(?:project\s+)?narrative\s*(?=\(|$|\s*[-–:,])|"
                           r"\bresearch\s+(?:project\s+)?narrative\b|"
                           r"\bplan\s+for\s+(?:the\s+|your\s+)?(?:dissertation|thesis|doctoral\s+"
                           r"project)\b|\bdissertation\s+plan\b|"
                           # "descriptions of past research (max 2 pages) and proposed
                           # research (max 3 pages)": two statements
                           r"\bdescriptions?\s+of\s+(?:your\s+)?(?:past|previous|current|"
                           r"proposed|future|planned)\s+research\b|"
                           r"(?:^|(?<=\band\s))\s*proposed\s+research\b(?=\s*\()|"
                           # an NIH-style application's "Specific Aims", "Research Strategy"
                           r"\bspecific\s+aims\b|\bresearch\s+strategy\b|"
                           r"research\s+(?:statement|proposal|plan|summary|agenda|outlook|descriptions?|"
                           r"program\s+"
                           r"description)|statement\s+of\s+(?:current\s+and\s+(?:future|planned)"
                           r"\s+)?research|description\s+of\s+"
                           # the master's project was done: describing it proposes nothing
                           r"(?!(?:(?:a|the|your|his|her)\s+)?(?:master|bachelor|undergraduate|diploma|"
                           r"doctoral|phd))(?:(?:a|the|your|proposed)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:research|project|proposed)|"
                           # ("Summary of your project description (max. 250 words)": its abstract)
                           r"(?<!summary\sof\syour\s)(?<!summary\sof\sthe\s)(?<!abstract\sof\sthe\s)"
                           r"project\s+(?:proposal|description|outline|summary|plan)|"
                           r"details\s+of\s+(?:the\s+|your\s+)?proposed\s+(?:research|project)|"
                           # ("Course proposal", like a syllabus, is no research)
                           r"(?<!course\s)(?<!syllabus/)(?<!syllabi/)\bproposal\b(?!\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
                           r"(?:course|seminar|class|module|curriculum|professor|expert|examiner|reviewer|"
                           r"referee|opponent|evaluator)\b)"
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
                           # ("… presenting the planned literary or historical project")
                           r"(?:[\w-]+\s+){0,2}?(?:(?:or|and)\s+[\w-]+\s+)?(?:research|projects?|"
                           r"ideas?)\b|"
                           r"\b(?:your|his|her|their|the\s+applicant['’]s|the\s+candidate['’]s)\s+"
                           r"research\s+interests\b|"
                           r"\bparagraphs?\s+(?:on|about|describing|outlining)\s+(?:your\s+)?(?:research\s+"
                           r"(?:interests?|plans|goals)|proposed\s+research)\b|"
                           # "may email a CV, brief research interests, and …"
                           r"\b(?:brief|short|concise)\s+research\s+interests\b|"
                           # "Scientific achievements in the past (not more than 800 words)"
                           r"(?<!list\sof\s)(?<!other\s)(?<!evaluation\sfor\s)(?<!evaluation\sof\s)"
                           r"\b(?:scientific|research)\s+achievements\b(?!\s+list)"),
    ("writing_sample", r"writing\s+samples?|\bwork\s+samples?\b|"
                       # a writer's portfolio: "a portfolio of fiction, poetry, or nonfiction"
                       r"\bportfolio\s+of\s+(?:your\s+)?(?:creative\s+(?:work|writing)|writing|fiction|"
                       r"poetry|poems|prose|(?:creative\s+)?non-?fiction|short\s+stories)\b|"

                       # "writing and/or production samples"
                       r"\bwriting\s+(?:and/or|and|or)\s+[\w-]+\s+samples\b|"
                       r"samples?\s+of\s+(?:your\s+)?(?:own\s+)?(?:written\s+work|"
                       r"writing|scholarly\s+writing|scholarship)|journal\s+article|"
                       # "2 samples of recent work", "a sample of written research"
                       # ("a sample of academic or creative work")
                       r"samples?\s+of\s+(?:your\s+)?(?:(?:recent|published|prior|previous|past|"
                       r"scholarly|academic|creative|artistic)\s+(?:(?:or|and|and/or)\s+[\w-]+\s+)?)?"
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
                       # "one representative peer-reviewed paper", "2. Manuscript, with a title
                       # page": the one piece of work
                       r"\brepresentative\s+(?:peer[\s-]reviewed\s+)?(?:paper|article)\b|"
                       r"(?<![\w-])manuscript\b(?!s?\s+(?:in\s+preparation|under\s+review|submitted))|"
                       r"(?:sample\s+)?(?:thesis|dissertation|book)\s+chapter|sample\s+chapter|"
                       # "two recent essays"
                       rf"\b{NUM}\s+(?:recent\s+|published\s+|academic\s+)?essays\b"),
    ("publications", r"publication\s+list|list\s+of\s+(?:\w+\s+){0,2}publications|"
                     # "List of research achievement(s)": the record of papers
                     r"\blist\s+of\s+(?:scientific\s+|research\s+)achievements?\b|"
                     # "Publications & presentations" as a section to upload
                     r"\bpublications?\s*(?:&|and)\s*(?:contributions|presentations)\b|"
                     # "a CV and any papers under review": whatever papers there are
                     r"\bany\s+(?:(?:relevant|recent|published|representative)\s+)?(?:papers|"
                     r"preprints|articles)\b|"
                     # "with samples of publications, preferably three"
                     r"\bsamples\s+of\s+(?:(?:your|their|recent|selected)\s+)?publications\b|"
                     r"\blist\s+of\s+(?:all\s+)?(?:your\s+)?published\s+(?:scientific\s+|scholarly\s+)?"
                     r"(?:works?|papers|articles)\b|"
                     # "All published works, with their reviews": the works themselves
                     r"\ball\s+(?:(?:of\s+)?(?:your|the\s+candidate['’]s|his\s+or\s+her)\s+)?published\s+"
                     r"works?\b|"
                     # "A complete list of works involving science, teaching …", "Up to 10
                     # scientific work"
                     r"\blist\s+of\s+(?:(?:your|all|his/her|the)\s+)?(?!published\b)(?:[\w-]+\s+)?"
                     r"(?:works|writings)\b|"
                     # "A list of work:" (not "a list of work experience")
                     r"\blist\s+of\s+(?:(?:your|all|the)\s+)?work\b(?!\s+(?:experience|history|"
                     r"duties|placements?|assignments?))|"
                     rf"\b{NUM}\s+(?:scientific|scholarly|academic)\s+works?\b|"
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
                     # ("comment on a student paper": a task on someone else's paper)
                     r"\b(?:one|a\s+single|a)\s+(?!journal\b|research\b|student\b)(?:[\w-]+\s+)?"
                     r"(?:paper|article)\b(?!-)(?!\s+(?:transcripts?|cop(?:y|ies)|forms?|"
                     r"applications?|versions?)\b)"),
    # "transcipts", as postings misspell it; "a list of marks of both bachelor and master studies"
    # ("the transcript of your GRE or TOEFL results": the test's)
    # ("your unofficial academic history": the record of one's courses)
    ("transcripts", r"\b(?:unofficial|official)\s+academic\s+history\b|"
                    r"transcr?ipts?\b(?!\s+of\s+(?:your\s+|the\s+)?(?:TOEFL|IELTS|GRE|GMAT|"
                    r"(?:[\w-]+\s+)?(?:test|language)\b))|\bacademic\s+records?\b|"
                    r"\b(?:list|record|overview)\s+of\s+(?:your\s+|the\s+)?"
                    r"(?:marks|grades)\b|"
                    r"\bgrades?\s+lists?\b|\bmark\s*sheets?\b|"
                    # "Diplomas (master's degree incl. exam results)"
                    r"\bexam(?:ination)?\s+results\b|"
                    # "copies of diplomas and grades from previous university studies"
                    r"\b(?:grades|marks)\s+(?:from|of|obtained\s+in)\s+(?:your\s+|the\s+|all\s+)?"
                    r"(?:previous|prior|past|bachelor|master|undergraduate|graduate|university)"),
    ("references", rf"\bnames\s+and\s+e-?mail\s+addresses\s+of\s+(?:the\s+)?{NUM}\s+(?:individuals|"
                   r"persons|people)\b|"
                   # "Names of two persons as referees"
                   rf"\bnames?\s+of\s+(?:the\s+)?{NUM}\s+(?:individuals|persons|people)\b|"
                   r"(?:names?|contact\s+(?:information|details|info)|list|e-?mail\s+address(?:es)?)\b"
                   r"[^.;:]{0,60}?\b(?:references|referees|recommenders|letter\s+writers|"
                   # ("the contact information of at least two reference persons")
                   r"(?:reference|recommendation|letter)\s+(?:providers|persons))\b|"
                   # ("2 pages maximum, excluding references": what the limit leaves out)
                   # ("references will be asked to assess …": the people, not a list)
                   # ("Specific references to self-improvement": what a statement cites)
                   r"(?<!excluding\s)(?<!including\s)(?<!exclusive\sof\s)(?<!literature\s)"
                   r"(?<!specific\s)(?<!explicit\s)(?<!direct\s)\breferences\b"
                   r"(?!\s+will\s+be\s+(?:asked|contacted|invited))"
                   # ("give the references for any papers you have written": citations)
                   r"(?!\s+(?:for|to|of)\s+(?:any|all|your|the|each)\s+(?:[\w-]+\s+)?(?:papers|"
                   r"publications|articles|works)\b)|"
                   # "details of at least one other referee (who isn't related to you)"
                   r"\bdetails\s+of\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,3}?referees?\b|"
                   # "Two reference contacts (Name, Surname, Role, Organization, Email)"
                   r"\breferee\s+contacts?\b|\breference\s+contacts?\b|"
                   # "contact information for at least three people familiar with your work"
                   rf"contact\s+(?:information|details|info)\s+(?:\([^()]*\)\s+)?(?:for|of|from)\s+"
                   rf"(?:at\s+least\s+)?(?:{NUM}\s+)?(?:of\s+your\s+)?(?:people|persons|individuals|"
                   r"colleagues|scholars|academics|professionals|teachers|professors|mentors|"
                   r"supervisors)\b|"
                   # "contact information for a person who can comment on your character"
                   r"contact\s+(?:information|details|info)\s+(?:for|of)\s+(?:a|one)\s+(?:person|"
                   r"individual)\s+who\b|"
                   # "contacts of two mentors"
                   rf"\bcontacts\s+(?:of|for)\s+(?:at\s+least\s+)?(?:{NUM}\s+)?(?:[\w-]+\s+)?(?:mentors|"
                   r"supervisors|advis[oe]rs|professors|academics|people|persons)\b|"
                   # ("2 referrees", "1 or 2 referee names", as pages spell them)
                   # ("… thereby sending e-mails to the referees": what the portal does)
                   # ("have your referees send their letters …": the letters)
                   r"(?<!mails\sto\s)(?<!mails\sto\syour\s)(?<!mails\sto\sthe\s)\breferr?ees\b"
                   r"(?!\s+(?:send|submit|upload|e-?mail)\s+(?:their|the)\s+(?:letters|"
                   r"recommendations)\b)|"
                   r"\breferr?ee(?:['’]s)?\s+(?:names|contacts|details)\b|"
                   # "two contacts for potential recommendations"
                   # ("1~3 contacts for (if needed) reference letters")
                   r"\bcontacts?\s+(?:persons?\s+)?(?:for|of)\s+(?:\([^()]{1,20}\)\s+)?"
                   r"(?:potential\s+|possible\s+|further\s+)?(?:recommendations?|references?|"
                   r"referees?|(?:reference|recommendation)\s+letters?)\b|"
                   # "The names and institutions of the people you will ask for letters of
                   # recommendation"
                   # ("the details of at least two people who can provide a reference")
                   # ("the names, mailing addresses, and email addresses of three additional
                   # people who agree to write letters")
                   rf"\b(?:names?|details)\s*(?:,?\s*(?:and\s+)?[\w\s,-]{{0,40}}?)?of\s+(?:the\s+)?"
                   rf"(?:at\s+least\s+)?(?:{NUM}\s+)?(?:additional\s+|other\s+)?(?:people|persons|"
                   r"individuals|colleagues|scholars|academics)\s+"
                   r"(?:you\s+(?:will|would|plan\s+to)\s+ask|who\s+(?:will|would|can|could|agree\s+to|"
                   r"are\s+willing\s+to)|"
                   r"whose\s+(?:recommendations|references|letters))\b|"
                   # one referee: "the contact information of a reference"
                   r"(?:names?|contact\s+(?:information|details|info))\s+(?:and\s+[\w\s]{0,30}?)?"
                   r"(?:of|for)\s+(?:a|one)\s+(?:[\w-]+\s+)?(?:reference|referee|recommender)\b"),
    # "resume/curriculum vitae (CV)": the academic one of the two names
    ("cv", r"(?i:curriculum\s+vitae(?:\s+et\s+studiorum)?|\bvitae?\b|\bbiosketch(?:es)?\b|"
           r"\br[ée]sum[ée]\s*(?:/|\bor\b|\()\s*(?:an?\s+)?"
           r"(?:curriculum\s+vitae|cv|vitae?)\b)|"
           r"\b[cC]\.\s?[vV]\b\.?|\bCVs?\b"),
    # ("un résumé ou un plan de thèse": a summary of the thesis, not a résumé)
    ("resume", r"\br[ée]sum[ée]s?\b(?![^.;,]{0,20}\bthèse\b)"),
    ("other", OTHER_NAMES),
]
KIND_PATTERNS = [(kind, "|".join([pattern] + [extra[kind] for extra in (
                    GERMAN_PATTERNS, SWEDISH_PATTERNS, NORWEGIAN_PATTERNS, FRENCH_PATTERNS,
                    SPANISH_PATTERNS, PORTUGUESE_PATTERNS, DUTCH_PATTERNS, ITALIAN_PATTERNS,
                    POLISH_PATTERNS)
                                              if kind in extra]))
                 for kind, pattern in KIND_PATTERNS]
