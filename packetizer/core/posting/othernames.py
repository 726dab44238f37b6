"""The names of the documents that are none of the named kinds ("other" documents: forms,
certificates, proofs, statements of other things, an artist's or a composer's materials, …),
and the pieces of pattern they share with the named kinds."""

from __future__ import annotations

import re

# "please fill (out) this form": a form to fill in is asked for ("the form of" is not)
# ("submit your details using the Google Form": the form is what is sent)
FILL_VERB = (r"(?:\b(?:fill(?:ing)?|fulfill?(?:ing)?)\s+(?:(?:in|out)\s+)?|"
             r"\b(?:submit|send|provide|share|register)\s+(?:your\s+|all\s+)?"
             r"(?:details|information|info|interest)\s+(?:using|via|through|in|on|with)\s+|"
             # "You can apply for a PhD position by using the application form below."
             r"\bapply\b[^.;]{0,60}?\bby\s+(?:using|completing|filling\s+(?:in|out))\s+|"
             # "… should use the application form which should be completed and returned"
             r"\b(?:should|must|please)\s+use\s+(?=the\s+application\s+form\b)|"
             # "All nominators must complete a checklist."
             r"\b(?:must|should|please)\s+complete\s+(?=(?:a|the)\s+checklist\b))")
# ("please fill [this form]", a page's link in brackets)
FORM_NAME = (r"\[?(?:this|the|our|an?)\s+(?:[\w-]+\s+){0,3}?"
             r"(?:form|survey|questionnaire|checklist)\b")
FILL_FORM = FILL_VERB + FORM_NAME + r"(?!\s+of\b)"
# the same, with the form's name as a group: the item is the form ("this form"), not the verb
FILL_FORM_RE = re.compile(FILL_VERB + rf"(?P<name>{FORM_NAME})(?!\s+of\b)", re.IGNORECASE)
# who employs the applicant: a letter from them attests to a job, it is not a reference
EMPLOYER = r"(?:(?:the|your|an?|their|current|former|previous|past|each)\s+)*employers?(?:\(s\))?"

# every "other" document, as one pattern (`classify` ranks it after the named kinds)
OTHER_NAMES = (
    # ("applications and supporting documentation must be submitted …": everything sent; "the
    # documentation that must be included: …" the list's)
    r"diploma(?!t)|certificat(?:e|ion)|(?<![\"“])(?<!supporting\s)documentation(?![^.;:]{0,80}:)(?!\s+(?:that|which)(?:\s+(?:must|should|is|are|will)\b|\W*$))|\bcover\s*(?:sheet|form)\b|"
    # "equivalency of degree (for an overseas degree)": its recognition
    r"\b(?:equivalen(?:cy|ce)|recognition)\s+(?:of|for)\s+(?:the\s+|your\s+)?(?:degrees?|diplomas?|"
    r"qualifications?)\b|"
    # "letters of experience" (from employers), "the financial statement of the project",
    # "certified copies of academic qualifications", "Please attach this checklist"
    r"\bletters?\s+of\s+(?:experience|employment|service)\b|\bfinancial\s+statements?\b|"
    r"\b(?:experience|employment)\s+letters?\b|"
    # "a service statement", "a statement on service"
    r"\b(?:service|outreach)\s+statements?\b|\bstatements?\s+(?:on|of|about)\s+(?:your\s+)?"
    r"(?:service|outreach)\b|"
    r"\bcop(?:y|ies)\s+of\s+(?:[\w/-]+\s+){0,3}?qualifications\b|\b(?:this|the)\s+checklist\b|"
    # "photocopies of credentials", "academic credentials"
    r"\b(?:photo)?cop(?:y|ies)\s+of\s+(?:[\w/-]+\s+){0,2}?credentials\b|\bacademic\s+credentials\b|"
    # "an overview of your professional activities, including …", "proof for a student's
    # status"
    r"\boverview\s+of\s+(?:the\s+applicant['’]s\s+|your\s+|his\s+or\s+her\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:activities|achievements|work)\b|\bproof\s+for\b|"
    # "an external examiner's report" (for a promotion): what an assessor writes
    r"\b(?:external\s+)?(?:assessor|examiner|evaluator)(?:['’]s|s['’]?)?\s+reports?\b|"
    # "answers to the screening questionnaire", "documents that prove your status"
    r"\b(?:responses|answers)\s+to\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?questionnaires?\b|"
    r"\bdocuments?\s+(?:which|that)\s+(?:prove|show|demonstrate|verify|establish)\s+your\b|"
    # "a short self-assessment of one's teaching"
    r"\bself[\s-]?(?:assessments?|evaluations?|appraisals?)\b|"
    # "Proof of a completed degree", "a one-page Summary Sheet", "the application
    # for admission"
    r"\bproof\s+of\s+(?:an?\s+|your\s+)?(?:earned\s+)?(?:[\w'’-]+\s+){0,2}?degree\b|"
    r"\bsummary\s+sheet\b|\bapplication\s+for\s+admission\b|"
    # "an application for the appointment of a supervisor", "… for accommodation", "an
    # application to adapt the procedure": a request on a form of its own
    r"\bapplication\s+(?:for\s+(?:the\s+)?(?:appointment|accommodation|exemption|recognition|"
    r"waiver)|to\s+adapt)\b|"
    # "The consent of the co-supervisor", "Confirmation of admission to …", "a draft study plan"
    r"\bconsent\s+of\s+(?:the|an?|your)\s|\bconfirmation\s+(?:of\s+admission|from\s+the)\b|"
    r"\bstudy\s+plan\b|\bcover\s+page\b|\bnotification\s+letter\b|\ba\s+checklist\b|"
    # "Completed, signed application", "Report of last leave", "Workload Report", "a report of
    # the activities during the previous leave"
    r"\b(?:completed,?\s+(?:and\s+)?)?signed\s+application\b(?!\s+(?:process|portal))|"
    r"\breport\s+(?:of|on)\s+(?:the\s+|your\s+|his\s+or\s+her\s+)?(?:(?:last|previous|prior)\s+"
    r"(?:sabbatical\s+)?leave|activities)\b|\bworkload\s+report\b|"
    # "your last performance appraisal": what an employer wrote of the work
    r"\bperformance\s+(?:appraisals?|reviews?)\b|"
    # "A document answering these questions:"
    r"\bdocument\s+(?:answering|addressing|responding\s+to)\b|"
    # "a letter from the registrar confirming when the degree was finished"
    r"\bletter\s+from\s+(?:the\s+)?registrar(?:['’]s(?:\s+office)?)?\b|"
    # "a letter from the university confirming your degree": an official record
    r"\bletter\s+from\s+the\s+(?:institution|university|school)\b|"
    # "other materials deemed relevant by the applicant", "other relevant materials"
    r"\bother\s+materials\s+(?:considered|deemed)\s+relevant\b|\bother\s+relevant\s+materials\b|"
    r"\bother\s+materials\s+(?:that\s+)?(?:the\s+(?:candidate|applicant)|you)\s+(?:considers?|deems?)\s+"
    r"relevant\b|"
    # "a statement not exceeding 900 words of the aims for the term"
    r"\bstatement\s+(?:not\s+exceeding\s+[\d,]+\s+words\s+)?of\s+(?:the\s+|your\s+)?aims\b|"
    # "A document (a copy will do) confirming that the degree is recognised"
    r"\bdocument\s+(?:\([^()]{0,60}\)\s+)?(?:confirming|certifying|proving|attesting|"
    r"showing)(?:\s+that)?\b|"
    # a performer's or composer's materials: "Audio recordings … of 2 - 4 original
    # works", "record a short video of you performing", "four one-page music excerpts"
    r"\b(?:short\s+)?videos?\s+of\s+(?:you|yourself)\b|"
    r"\blinks?\s+to\s+(?:the|your|a)\s+(?:performance|recording|video)s?\b|"
    r"\b(?:music(?:al)?|score)\s+excerpts\b|\b(?:notated|music(?:al)?)\s+scores\b|"
    # "Document 2: a completed form containing …"
    r"\b(?:an?|the|your)\s+completed\s+form\b|"
    r"\b(?:original|recent)\s+(?:musical\s+)?compositions\b|"
    # "a résumé, a CD and two letters": a recording on a disc
    r"(?-i:\b(?:CD|DVD)s?\b)(?![-/])|"
    # an NIH-style application's other parts
    r"\bface\s+page\b|\bliterature\s+cited\b|\bstatistical\s+(?:analysis\s+)?plan\b|"
    # "a one-page outline of the structure of the book", "a chapter outline"
    r"\boutline\s+(?:\([^()]{0,40}\)\s+)?of\s+(?:the\s+)?(?:structure|chapters|contents)\b|"
    r"\bchapter\s+outline\b|\bcover\s+sheet\b|"
    # what is sent before applying: "a survey of intent", "a notice of intent to apply"
    r"\b(?:survey|notice|declaration)\s+of\s+intent\b|\bintent[\s-]+to[\s-]+apply\s+form\b|"
    # a composer's: "two scores (hard copies)", "recordings of your works"
    r"\b(?:two|three|four|five|[2-5]|musical|orchestral|full)\s+scores\b|"
    # ("a recording of him- or herself performing the composition", "a notated piano solo")
    r"\brecordings?(?:\s+\([^()]*\))?(?:,\s*if\s+available,)?\s+of\s+(?:your|the|my|their|"
    r"him-?\s+or\s+herself|her-?\s+or\s+himself|himself|herself|themselves|yourself)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:compositions?|works|pieces?|performances?|performing)\b|"
    r"\bnotated\s+(?:[\w-]+\s+)?(?:scores?|pieces?|solos?|compositions?|works?)\b|"
    # an organization's grant papers: its accounts (a balance sheet, a P&L statement), "Staff &
    # Board list", "IRS determination letter"; a composer's "Composition information sheet"
    r"\bbalance\s+sheets?(?:\s+(?:and|&)\s+(?:the\s+)?profit\s+(?:and|&)\s+loss\s+statements?)?\b|"
    r"\bprofit\s+(?:and|&)\s+loss\s+statements?\b|"
    r"\b(?:staff|board)(?:\s+(?:and|&)\s+(?:staff|board))?\s+(?:list|roster)s?\b|"
    r"\bdetermination\s+letter\b|\binformation\s+sheets?\b|\bprogram(?:me)?\s+notes\b|"
    r"\bbibliograph(?:y|ies)\b|\bcurrent\s+(?:and|or|&)\s+pending\s+(?:support|grants|funding|"
    r"applications)\b|"
    r"\bresponse\s+to\s+(?:previous|prior|reviewer)\s+(?:critiques|reviews|comments)\b|"
    r"\bbudget\s+justification\b|\b(?:plan\s+for\s+mentor(?:ship|ing)|mentor(?:ship|ing)\s+plan)\b|"
    # "the Receiving Institute Acceptance", "a host institution agreement"
    r"\b(?:receiving|host(?:ing)?)\s+(?:institute|institution|laboratory|lab|university)\s+"
    r"(?:acceptance|agreement|statement|confirmation|consent)\b|"
    # "The synopsis of work performed at the home institute"
    r"\bsynopsis\s+of\s+(?:the\s+|your\s+)?(?:work|research|thesis|dissertation|project)\b|"
    # "a detailed statement, including confirmation of supervision, by the host in Germany"
    r"\bstatement\b[^.;]{0,60}?\bby\s+(?:the|your)\s+(?:host|supervisor|mentor|advis[oe]r)\b|"
    # "or maybe a coding sample", "a personal website"
    r"\b(?:coding|code|programming|software)\s+samples?\b|\bpersonal\s+(?:web\s?site|homepage)\b|"
    # "letters of unconditional acceptance … as evidence" for accepted papers
    r"\bletters?\s+of\s+(?:unconditional\s+|final\s+)?acceptance\b(?!\s+from\b)|"
    # a community college's forms: "Online Employment Application", "Answers to ALL
    # Supplemental Questions", "Application for Equivalency", "Foreign Credential
    # Evaluation", "Questionnaire for Equivalency"
    r"(?<!to\stheir\s)(?<!to\syour\s)(?<!to\sthe\s)(?<!your\s)"
    r"\bonline\s+(?:employment|academic|job|admissions?)\s+application\b|"
    # "Fill out all of your online application": the form
    r"(?:(?<=out\s)|(?<=\ball\sof\s))(?:your|the)\s+online\s+application\b|"
    # "a statement explaining why you believe you meet the equivalency"
    r"\bstatement\s+(?:explaining|justifying)\s+(?:why|how)\s+you\s+(?:believe|think|"
    r"feel|meet|qualify)\b|"
    # "letters supporting work experience from a supervisor": an employer's
    r"\bletters?\s+(?:supporting|verifying|confirming|documenting)\s+(?:your\s+)?(?:work|"
    r"employment|professional)\s+experience\b|"
    # a promotion case's "academic profile" and "statement of application"
    r"\bacademic\s+profile\b|\bstatement\s+of\s+application\b|"
    # "Confirmation from the host that she will supervise you", "PhD approval letter"
    r"\bconfirmation\s+(?:from|by|of)\s+(?:the|your)\s+(?:[\w-]+\s+){0,3}?(?:supervisor|host|"
    r"advis[oe]r|mentor|candidate|applicant)\b|\bapproval\s+letter\b|"
    # "Proof of employment (a letter, a contract or a payslip from your employer)"
    r"\b(?:confirmation|proof|evidence|certificates?)\s+of\s+(?:(?:current|previous|past|your)\s+)?"
    r"employment\b|"
    r"\banswers\s+to\s+(?:all\s+)?(?:the\s+)?(?:supplemental|supplementary|screening)\s+"
    r"questions\b|"
    r"\b(?:application|questionnaire|request)\s+for\s+equivalency\b|"
    r"\bequivalency\s+(?:application|determination\s+form|questionnaire|request)\b|"
    r"\b(?:foreign\s+)?(?:credential|degree|transcript)\s+evaluations?\b|"
    # "Letter from employer(s) validating two years of experience"
    rf"\bletters?(?:\(s\))?\s+from\s+{EMPLOYER}|"
    r"\bco-?authorship\s+(?:declaration|statement)s?\b|\bprofessional\s+statement\b|"
    # a statement by its capitalised title: "A Studio Safety Statement (1 page)"
    r"(?<![\w-])(?!(?-i:Mission|Privacy|Opportunity|Accessibility|Policy|Equal|The|A|An|This|"
    r"That|These|Your|Our|Each|Any|Such|Its|Their|His|Her|My|One|Two|Three|Please|Short|Brief|"
    r"Written|Signed|Separate|Single|Full|Detailed|Concise|Additional|Optional|Required)\s)"
    r"(?-i:[A-Z][a-z-]+)(?:\s+(?-i:[A-Z][a-z-]+)){0,2}\s+(?-i:[Ss]tatement)\b|"
    # an artist's materials: "Artist statement", "20 images", "digital images of
    # recent work"
    r"\bartist['’]?s?\s+statement\b|\b(?:\d{1,3}|ten|twenty)\s+(?:[\w-]+\s+)?images\b|"
    r"\bimages\s+of\s+(?:your\s+|the\s+applicant['’]s\s+)?(?:recent\s+|own\s+)?"
    r"(?:creative\s+|art\s?)?work\b|"
    # "Application essay", "a brief narrative account of your career"
    r"\bessay\s+(?:describing|explaining|discussing|outlining|on|about)\b|"
    # "a letter of intent from the partner institution", "evidence of the involvement of
    # companies": a partner's word, not the applicant's letter
    r"\bletters?\s+of\s+intent\s+from\b|\b(?:evidence|proof)\s+of\s+(?:the\s+)?(?:involvement|"
    r"cooperation|collaboration|partnership)\b|\bcooperation\s+agreements?\b|"
    # "complete the equality monitoring form"
    r"\b(?:diversity|equality|equal\s+opportunit(?:y|ies)|EDI)\s+monitoring\s+(?:form|tool|"
    r"questionnaire)\b|"
    # an application in numbered parts: "submit Part I (your contact details) first"
    # ("Part 2: Budget (one page)": the budget is the name)
    r"(?-i:\bPart\s+(?:I{1,3}|IV|[1-4])\b)(?!\s*[-–.:]\s*\w)(?:\s+of\s+(?:the|your)\s+"
    r"application)?|"
    # a visiting scholar's papers: "Information Form", "DS-2019 Request Form",
    # "Evidence of financial support", "proof of funding"
    r"\b(?:information|request|certification|registration|nomination|consent|confirmation|"
    r"biographical|personal\s+statement)\s+forms?\b|"
    # "a research profile of 250 words", "a timeline for the project"
    r"\b(?:(?:applicant|candidate)\s+)?(?:research|academic)\s+profile\b|\b(?:timeline|timetable|time\s+schedule)\s+for\s+(?:the|your)\s+"
    r"(?:completion\s+of\s+(?:the|your)\s+)?project\b|"
    r"\b(?:ethics|ethical\s+issues)\s+forms?\b|"  # "Ethical issues form"
    # "a description of the themes of the proposed course", "previously prepared course materials"
    r"\bdescription\s+of\s+(?:[\w-]+\s+){0,6}?(?:the\s+)?(?:proposed\s+)?course\b|"
    r"\bcourse\s+materials\b|"
    # an artist's "short bio", "a high-resolution headshot", "links to artist website"
    r"\b(?:artist|short|brief)\s+bio(?:graphy)?\b|\bheadshots?\b|\blinks?\s+to\s+(?:your\s+|the\s+|"
    r"artist\s+)?(?:web\s*site|online\s+portfolio)\b|"
    r"\b(?:english|language)(?:\s+language)?\s+proficiency\s+(?:letters?|certificates?|tests?|"
    r"scores?|results?)\b|"  # "English Proficiency Letter"
    # "Bachelor degree (certified copies)"; "the final report on your last sabbatical"
    # ("Master Degree (legalized copy or original)")
    r"\b[\w/-]+\s+degrees?\s*\((?:certified|attested|notari[sz]ed|legali[sz]ed|cop(?:y|ies)|"
    r"original|scan(?:ned)?)\b|\breports?\s+(?:from|on|of)\s+"
    r"(?:the|your)\s+(?:last|previous|prior)\s+(?:sabbatical|leave|grant|award|fellowship)\b|"
    # "evidence of outstanding scholarly accomplishments"
    r"\bevidence\s+of\s+(?:[\w/-]+\s+){0,4}?(?:accomplishments|achievements|excellence|awards|"
    r"honou?rs)\b|"
    # "a nomination attachment", "the application attachments"
    r"\b(?:nomination|application)\s+attachments?\b|\bany\s+(?:other\s+)?(?:[\w-]+\s+)?forms\b|"
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
    r"(?<!through\sthe\s)\b(?:application|candidature|registration|entry|evaluation)\s+forms?\b|"
    # "any other documents considered relevant", "any other document you wish …"
    r"\bany\s+other\s+(?:[\w-]+\s+){0,2}?(?:documents?|materials?)\b|"
    r"\bother\s+attachments\s+as\s+requested\b|"
    # "… and any additional information to support your application"
    r"\bany\s+(?:additional|further|supplementary|extra)\s+(?:[\w-]+\s+){0,2}?(?:documents?|"
    r"materials?|information|evidence)\b|"
    # "… transcripts and other supporting materials (such as slides …)"
    # "… transcript, future career plan (e.g., academia or industry), and …"
    r"\b(?:future\s+)?career\s+(?:development\s+)?plans?\b|"
    r"\bother\s+(?:supporting|relevant|pertinent|related)\s+(?:documents|materials|"
    r"evidence)\b|"
    r"\bidentity\s+(?:document|card)|\bID\s+(?:document|card)s?\b|"
    # "a copy of your identification card", "visa, residence permit etc.", "copies of your
    # degrees"
    r"\bidentification\s+card\b|\bpassport\b(?![\s-]+(?:size|photo|holders?)\b)|"
    r"\b(?:work(?:ing)?|residen(?:ce|t))\s+permits?\b|\bother\s+required\s+papers\b|"
    r"\bcop(?:y|ies)\s+of\s+(?:your\s+|their\s+|the\s+|all\s+)?(?:[\w-]+\s+)?degrees\b|"
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
    r"\b(?:sponsor|supervisor|mentor)['’]?s?\s+(?:statement|support)\b|\bbudget\b|"
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
    # "Your application consists of three parts: The online application, …": one of them
    r"(?<=the\s)online\s+application(?=\s*(?:,|;|\band\b|$))|"
    # "Discipline of Interest and Faculty Mentor Form": a form by its title
    # ("upload the documents to this Application Form": where they go)
    r"(?<!to\sthis\s)(?<!to\sthe\s)(?<!via\sthis\s)(?<!via\sthe\s)(?<!into\sthe\s)"
    r"(?<!through\sthe\s)(?<!in\sthe\s)(?<!on\sthe\s)(?-i:\b(?:[A-Z][\w-]+\s+){1,4}Form)\b|"
    # "… required to submit an electronic USC application"
    r"(?<!your\s)(?<!the\s)\b(?:online|electronic)\s+(?:(?-i:[A-Z]{2,6})\s+)?application\b"
    r"(?!\s+(?:system|portal|platform|site|website|page|tool|"
    r"process|link)\b)|\b(?:test|exam)\s+(?:results|scores)\b|"
    r"\b(?-i:TOEFL|IELTS|GRE|GMAT)\b|\b(?<!figures\sand\s)(?<!figures,\s)(?<!charts\sand\s)(?<!images\sand\s)(?:passport[\s-]+size\s+)?photo(?:graph)?s?\b|"
    r"\b[Ff]orm\s+(?-i:[A-Z0-9])|\bproposals?\s+for\b|"
    # a paper copy of the whole application is not a material of its own
    r"\b(?:photo)?copy\s+of(?!\s+(?:the\s+|your\s+)?(?:entire\s+|whole\s+|complete\s+|full\s+)?"
    r"application)|\blist\s+of(?!\s+(?:the\s+)?(?:required\s+)?(?:documents|materials|items)\s+(?:can|may|might|will|could)\s+(?:vary|differ|change|depend)\b)(?!\s+(?:options|choices|examples|questions|topics|suggestions|ideas|possibilities)\b)|\bresponse\s+to|(?<!more\s)(?<!further\s)(?<!additional\s)(?<!general\s)\binformation\s+(?:on|about)\b(?!\s+how\b)(?!\s+(?:yourself|you)\b)|\bsummary\s+of|"
    r"\babstracts?\b|\bliterature\s+references\b|\bportfolio\b|\bsyllab(?:us|i)\b|\bteaching\s+materials\b|\bqualification\s+profile\b|\bacceptance\s+letters?\s+from\s+(?:the\s+)?(?:conference|meeting|workshop|event)\b|\b(?:a|an)\s+(?:short\s+|brief\s+)?statement\s+(?:about|on|regarding)\s+the\s+(?:planned|proposed|intended)\b|\b(?:sample|demo|show)\s+reels?\b|\b(?:statement|declaration)\s+that\s+(?:you|the\s+(?:applicant|candidate))\s+(?:will|have|has|are|is|agrees?)\b|\bcourse\s+(?:descriptions|proposals?|outlines)\b|\bdescriptions?\s+of\s+(?:[\w-]+\s+){0,4}courses\b|\bevaluations\b|\bproof\s+(?:of|that)\b|"
    # "Evidence of qualifications (certificates …)", "… of English language ability"
    r"\bevidence\s+of\s+(?:your\s+)?(?:qualifications?|degrees?|eligibility|(?:english\s+)?"
    r"language\s+(?:ability|proficiency|competence|skills)|english\s+(?:proficiency|"
    r"competence|ability))\b|"
    r"\bdescriptions?\s+of\s+(?:(?:the|your)\s+)?(?:master|bachelor|undergraduate|diploma|"
    r"doctoral|phd)['’s]*\s+(?:[\w-]+\s+)?(?:project|thesis|research|work)\b|"
    r"supporting\s+material(?!s\s+(?:to|by|via|at|should|must)\b)|\bcover\s?sheet\b|"
    r"\btable\s+of\s+contents?\b|"
    # "All nominators must complete a checklist"
    r"(?:(?<=complete\sa\s)|(?<=complete\sthe\s)|(?<=completed\s))checklist\b|"
    r"\b(?:nomination|application|submission)\s+checklist\b|"
    # "A 1-T form", "an I-9 form"; "Copies of the Distribution of Effort agreements";
    # "Written evidence of consultation with …"
    r"\b(?-i:\d{1,2}-?[A-Z]{1,3}|[A-Z]{1,3}-\d{1,4})\s+forms?\b|"
    r"\bcopies\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:sheets?|agreements?|summar(?:y|ies)|"
    r"guidelines|reviews?|reports?|letters?|contracts?)\b|\bwritten\s+evidence\s+of\b|"
    # "organization/location details, tax/admin details": an organisation's papers
    r"\b(?:organi[sz]ation(?:al)?|institution(?:al)?|tax|admin(?:istrative)?|bank(?:ing)?)"
    r"(?:/[\w-]+)?\s+details\b|\bbibliography\b|\boutline\s+of\s+(?:the\s+)?chapters\b|"
    r"\bchapter\s+outline\b|\bdetails\s+(?:of|about|on)\b(?!\s+(?:how|where|when|what|why)\b)|\bindication\s+of\b|"
    # "honors thesis students", "the dissertation committee": people, not the text
    r"\b(?:dissertation|thesis)\b(?!\s+(?:students?|supervis\w+|advis[oe]rs?|"
    r"committees?|topics?|defen[cs]es?|credits?|projects?|research|work|writing)\b)|"
    # "a link to a CV, a website, and a Google scholar profile" ("a site where the sample is
    # posted": the sample)
    r"\b(?:a|your)\s+(?:personal\s+|professional\s+)?(?:web\s?site|homepage)\b"
    r"(?!\s+(?:where|on\s+which)\b)|"
    r"\bgoogle\s+scholar\s+(?:profile|page|link)\b|"
    # "Master's thesis and undergraduate capstone project report"
    r"\b(?:capstone|internship|technical)\s+(?:project\s+)?reports?\b|"
    r"\bstatement\s+(?:of|on)\s+\w+|\bevidence\s+of\s+(?:\w+\s+)?teaching|"
    r"\bdocumented\s+\w+\s+competence|"
    r"\bbrochures?\b|\b(?:a|an)\s+list\s+(?:stating|showing|describing|detailing)\b|"
    # "a transcript and record of extracurricular activities", "verification of fellowship
    # status", "Images (typically 10-20)"
    r"\brecord\s+of\s+(?:[\w-]+\s+){0,2}?(?:activities|achievements|service|involvement)\b|"
    # "- University Degree/s as one PDF": copies of them (not "a university degree in …")
    r"\b(?:university|academic)\s+degree(?:/s|\(s\)|s)(?=\s*(?:as\b|\(|$))|"
    r"\b(?:written\s+)?(?:verification|confirmation)\s+(?:of|about)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:status|enrol?lment|employment|"
    r"eligibility|degree|appointment)\b|\bverification\s+letters?\b|"
    r"\bimages\b(?=\s*\((?:typically|usually|up\s+to|max|\d))|"
    r"\bhonou?rs\s+and\s+awards\b|\bawards\s+and\s+honou?rs\b|"
    # a composer's or a performer's portfolio
    r"\bmusic(?:al)?\s+scores\b|\bscores\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}"
    r"(?:compositions|works|pieces)\b|\b(?:audio|video|sound)\s+recordings?\b|"
    # Australian usage: a statement addressing the selection criteria
    r"\b(?:statement|document|responses?|answers?)\b[^.;:]{0,120}?\bselection\s+"
    r"criteri(?:a|on)\b|\bselection\s+criteria\s+(?:statement|response)s?\b|"
    r"\b[\w-]+,?\s+(?:and|or)\s+[\w-]+\s+statements\b"  # shared head: items
)
