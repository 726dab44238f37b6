"""The words of a request for materials: what asks for them ("Please submit", "The dossier
consists of", "… should include"), what says one is optional ("if available", "would be
helpful"), that someone else sends it (referees), and a list line asking something of
short-listed candidates only; and the shapes of a list line that help tell what it is
(a name with a page limit, "Written by …:", "… that includes", a negation, a finite verb).
`items` finds the materials where these stand."""

from __future__ import annotations

import re

from packetizer.core.posting.foreignnames import FOREIGN_REQUESTS
from packetizer.core.posting.vocabulary import classify

# "two people who can write you letters": the letters are asked for, through their writers
WHO_CAN_WRITE = r"\bwho\s+(?:can|could|will|would|are\s+willing\s+to|agree\s+to)\s+write\b"
TRIGGER_RE = re.compile(
    r"\b(?:includ(?:e|es|ing)\s+in\s+(?:the|your|their|his|her)\s+(?:cover(?:ing)?\s+)?"
    r"letters?(?:\s+of\s+application)?|submit(?:s|ted|ting)?|includ(?:e|es|ing)|send(?:ing)?(?:\s+in\b)?|"
    # ("… will provide you with a useful list of contacts": gives, does not ask)
    r"upload(?:ed|ing)?|provid(?:e|ing)(?!\s+you\s+with\b)|attach(?:ing)?|enclos(?:e|ing)|"
    # "Please note it is expected two letters of support"
    r"\bit\s+is\s+expected(?=\s+(?:\d|one|two|three|four|five|an?)\s)|"
    # "Also required is a portfolio of creative work", "Required as well are two letters"
    r"\balso\s+(?:required|requested|needed)\s+(?:is|are)\b|"
    r"\b(?:required|requested|needed)\s+(?:as\s+well|too)\s+(?:is|are)\b|"
    # "Standard to every application are a vita and a letter"
    r"\bstandard\s+(?:to|for|in)\s+(?:any|every|all|each|an?)\s+applications?\s+(?:is|are)\b|"
    # ("While you're preparing your CV and statements, …": a guide's list)
    # ("Applicants who move forward will be asked …" go on in the search, they send nothing)
    r"prepare|preparing|workshopping|supply|(?<!move\s)(?<!moved\s)(?<!moves\s)forward|"
    r"post(?!-)|"
    # "Faculty job applications typically require four letters", "Every application for such
    # a post requires a teaching statement"
    r"\bapplications?\b(?:\s+(?!requires?\b)[\w/-]+){0,8}?\s+(?:usually\s+|typically\s+|"
    r"generally\s+|also\s+)?requires?(?=\s)|"
    # "The deadline for receiving the two letters is …": they are asked for by then
    r"\bdeadline\s+for\s+(?:the\s+)?(?:receiving|receipt\s+of|submitting|submission\s+of)|"
    # "Several ads want a teaching portfolio" (some: `OPTIONAL_RE`)
    r"\b(?:ads|advertisements|postings|searches|schools|departments|employers)\s+(?:also\s+|"
    r"often\s+|usually\s+|typically\s+)?(?:require|want)(?=\s)|"
    # "Other posts may also require a writing sample" (an optional item: `OPTIONAL_RE`)
    r"(?:(?<=\bmay\s)|(?<=\bmight\s))(?:also\s+)?(?:require|request|ask\s+for)|"
    # "Sometimes they also want a statement on outreach" (optional: `OPTIONAL_RE`)
    r"\bsometimes\s+(?:they|we|schools|departments)\s+(?:also\s+)?(?:require|want|request)|"
    # "Combine in a single PDF file two reference letters"
    r"combine(?=\s+(?:in|into)\s+(?:a|one)\s+(?:single\s+)?(?:pdf|file|document)\b)|"
    # "Mail letters of application and dossiers to …" (the verb, not "by mail")
    r"(?:(?<=^)|(?<=please\s)|(?<=\bto\s)|(?<=\band\s)|(?<=should\s)|(?<=must\s))mail"
    r"(?=\s+(?:your|an?|the|all|letters|copies|one|two|three)\b)|"
    # "List names and positions of two persons whose recommendations …"
    # ("List two or three referees who …")
    r"(?<![\w-]\s)list(?=\s+(?:the\s+)?(?:names?|contact|e-?mail|(?:at\s+least\s+)?(?:\d|one|two|"
    r"three|four|five)(?:\s+(?:or|to)\s+\w+)?\s+(?:[\w-]+\s+)?(?:referees|references)\b))|"
    # "Use the provided outline to formulate the research proposal", "write a short statement"
    r"(?:formulate|write(?:\s+up)?)(?=\s+(?:an?|the|your|one|two)\s)|"
    # "The documentation that must be included with all applications: …": the list after it
    r"(?<=\bbe\s)(?:included|enclosed)(?=[^.;:]{0,80}:\s)|"
    # "Applicants should select 2 or 3 representative papers": the papers they send
    r"(?:(?<=should\s)|(?<=must\s))(?:select|choose)(?=\s+(?:up\s+to\s+)?(?:\d|one|two|three|"
    r"four|five|their|your)\b)|"
    # "Feel free to add any extra materials …" ("add value" asks for nothing)
    r"(?<=free\sto\s)add|(?<=may\s)add|(?<=can\s)add|"
    # "email us at lab [at] example [dot] org with …", an address written out against spam
    r"e-?mail(?:\s+us)?(?:\s+at)?\s+[\w.-]+\s*[\[(]at[\])]\s*[\w.-]+(?:\s*[\[(]dot[\])]\s*"
    r"[\w-]+)*\s+with\b|"
    # ("names and email addresses for three referees": no request)
    r"e-?mail(?!\s+address)(?:(?:\s+[\w.@]+){1,4}?\s+with\b)?|in\s+addition\s+to|contain(?:s|ing)?|"
    r"consist(?:s|ing)?\s+of|accompanied\s+by|(?:be\s+)?supported\s+by|"
    # "ensure the submission of …", "is requested to ensure that three letters … are submitted"
    r"ensure\s+(?:the\s+)?(?:submission|receipt)\s+of|"
    r"(?:please|should|must|(?:requested|asked|required)\s+to|responsibility\s+to|"
    r"responsible\s+(?:to|for))\s+ensur(?:e|ing)\s+that|"
    r"(?:together|along)\s+with|asks?\s+(?:only\s+|also\s+)?for|hand\s+in|make\s+sure(?:\s+that)?|"
    # "Find two faculty members who can write recommendation letters for you"
    r"(?:people|persons|individuals|members|professors|referees|colleagues|mentors|scholars)\s+"
    + WHO_CAN_WRITE + r"(?:\s+you)?|"
    r"would\s+like\s+to\s+(?:see|receive)|apply(?:\s+\w+){0,3}?\s+with|"
    r"(?:contact(?:ed)?|approach(?:ed)?|write\s+to|reach\s+out|get\s+in\s+touch|[ei]nquire)"
    r"(?:\s+[\w.@]+){0,4}?"
    # ("get in touch with me to discuss a proposal": the person, not what to send)
    r"(?<!familiar)(?<!acquainted)\s+with(?!\s+(?:me|us|him|her|them|myself)\b)|"
    r"arrange\s+(?:for|to\s+have)|optional(?:ly)?(?=\s*[,:])|"
    # "Obtain a letter from your host supervisor …" (the applicant gets it and sends it)
    r"obtain(?=\s+(?:an?|one|two|three|the|your)\s)|"
    # "Contact three people familiar with your work to submit recommendations for you"
    # ("The applicant asks two referees to write a letter")
    r"(?:contact|ask|asks|approach|invite)(?=\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:persons|people|"
    r"individuals|colleagues|academics|scholars|referees|recommenders)\b[^.;]{0,80}?\bto\s+"
    r"(?:submit|write|send|provide|upload)\b)|"
    # "… then requests that the two referees send letters"
    r"request(?:s|ed)?\s+that(?=\s+(?:your\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:referees|"
    r"recommenders)\s+(?:write|send|submit|provide|upload)\b)|"
    # "Your referees will then be e-mailed instructions for uploading a letter of support"
    # ("… are sent an e-mail with instructions on uploading their letter")
    r"(?<=\s)(?:e-?mailed|sent|given|receive\s+an?\s+e-?mail\s+with)\s+instructions\s+(?:for|on)\s+"
    r"(?:uploading|submitting|"
    r"how\s+to\s+(?:upload|submit))(?=\s+(?:an?|their|the|his|her)\s)|"
    # a step's title: "Submission of letters of recommendation by two referees"
    r"(?:(?<=^)|(?<=\n))submission\s+of(?=\s+(?:an?\s+|the\s+|your\s+)?\w)|"
    # ("submit your complete application": the adjective)
    r"(?<!\byour\s)(?<!\bthe\s)(?<!\ba\s)(?<!\btheir\s)complete(?=\s+(?:all\s+(?:the\s+)?(?:sections|parts|fields)\s+of\s+)?"
    r"(?:(?:an?|the|our|your|this)\s+)?(?:[\w-]+\s+){0,2}(?:forms?|application|"
    r"questionnaire|profile|survey|monitoring\s+tool)\b)|fill\s+(?:in|out)|accompany(?:\s+\w+){0,3}?\s+with|"
    r"following\s+(?:[\w-]+\s+)?(?:materials|documents|items|information)|"
    r"will\s+(?:also\s+|eventually\s+|then\s+)?need|"
    r"(?:have\s+)?included\s+the\s+following|"
    # an applicant's account of a past call: "A complete application included a cover letter
    # and …", "The ad also required a teaching statement"
    r"(?<=application\s)(?:also\s+)?(?:included|required|asked\s+for|called\s+for)|"
    r"(?:(?<=\bjob\s)|(?<=\bpost\s)|(?<=\bcall\s)|(?<=\bad\s))(?:also\s+)?(?:included|"
    r"required|asked\s+for|called\s+for)|"
    # "Your application is considered complete once you have finished the form, provided …"
    # ("… is only complete once we received two letters of recommendation")
    r"complete\s+(?:once|when|after)\s+we\s+(?:have\s+)?received|"
    r"complete\s+(?:once|when|after)\s+(?:you|the\s+applicant)\s+(?:have|has)"
    r"(?:\s+(?:fill(?:ed)?\s+(?:in|out)|\w+ed)\b)?|"
    + FOREIGN_REQUESTS + r")\b|"
    # a request without a submit verb: "Required elements of the dossier are: …", "The
    # application consists of …", "Optional materials are …"
    r"\b(?:elements|components|parts|contents)\s+of\s+(?:the|your|an?)\s+(?:dossier|"
    r"application|file|package|submission)\s+(?:are|is|include)\b|"
    # ("Required attachments to the application are: …")
    r"\b(?:required|optional|additional|supporting)\s+(?:elements|materials|documents|items|"
    r"attachments)(?:\s+(?:of|to|for)\s+(?:the|your|an?)\s+(?:dossier|application|file|package|"
    r"submission))?\s+(?:are|include)\b|"
    # "The materials needed to reappoint research scientists are:"
    r"\b(?:materials|documents|items)\s+(?:needed|required|requested)\b[^.:;]{0,60}?\s+"
    r"(?:are|include)\s*:|"
    # "There is a standard list of things that go into a job packet in my field: CV, …"
    r"\b(?:things|items|documents|materials)\s+(?:that\s+)?go\s+into\s+(?:an?|the|your)\s+"
    r"(?:[\w-]+\s+)?(?:packet|application|dossier|file|package)\b[^.:;]{0,30}:|"
    # "… submitted as a single PDF-file. The document should contain: A cover sheet …"
    r"\b(?:the|your)\s+(?:application\s+)?(?:document|pdf(?:-file)?)\s+(?:should|must)\s+"
    r"(?:contain|include)\s*:|"
    # "The material used for assessment is, respectively: … CV (résumé), letter of motivation"
    r"\b(?:materials?|documents?)\s+used\s+for\s+(?:the\s+)?(?:assessment|evaluation)\s+"
    r"(?:is|are)\b[^:]{0,20}:|"
    # "Often, these materials are: cover letter, curriculum vitae, …"
    r"\b(?:the|these|such|typical|usual)\s+(?:application\s+)?(?:materials|documents)\s+"
    r"(?:are|include)\s*:|"
    # "upload electronic versions of the items we require, which are 1) …"
    r"\b(?:materials|documents|items)\s+(?:we|you)\s+(?:require|need|ask\s+for)\b[^.:;]{0,40}?"
    r"\b(?:are|include)\b\s*:?|"
    r"\b(?:dossier|application|file|package|submission|this|which)\s+(?:(?:often|usually|"
    r"typically|generally|also)\s+)?involves\b|"
    r"\b(?:dossier|application|file|package|submission)\s+(?:comprises?|is\s+made\s+up\s+of|"
    r"should\s+(?:include|contain)|"
    # "The application requires 3 letters of reference."
    r"(?:also\s+)?requires)\b|"
    # "The CCL requires two recommendations", "The fellowship also requires …"
    r"\b(?:we|(?:the\s+)?(?:program(?:me)?|fellowship|committee|department|school|institute|"
    r"cent(?:er|re)|foundation|award|scholarship|prize)|(?-i:[A-Z]{2,6}))\s+(?:also\s+)?"
    r"(?:requires?|will\s+require)\b|"
    # "departments may require other materials …, such as writing samples"
    r"\b(?:departments|programs|programmes|schools|fields)\s+may\s+(?:also\s+)?require\b|"
    # "Some schools ask for a separate list of references", "Research positions often ask for
    # three letters": what such postings ask
    r"\b(?:departments|programs|programmes|schools|institutions|employers|universities|"
    r"positions|jobs)\s+(?:often\s+|also\s+|sometimes\s+|usually\s+|typically\s+)*"
    r"(?:require|ask\s+for|request|want)\b|"
    # "What they'll want: a cover letter, a CV, …" (what committees want); "positions typically
    # call for a letter of interest and CV"
    r"\bwhat\s+(?:they|committees|we|employers|departments)(?:['’]ll|\s+will)?\s+(?:want|need|"
    r"expect|ask\s+for)\s*:|\b(?:typically|usually|generally)\s+(?:call|ask)\s+for\b|"
    # "The application should be introduced with a short text in which …"
    r"\b(?:dossier|application|file|package|submission)\s+(?:should|must|is\s+to)\s+(?:be\s+)?"
    r"(?:introduced|begin|start|open|opened)\s+with\b|"
    r"\b(?:required|requested|application|supporting|submission)\s+(?:documents|materials|"
    r"attachments)(?:\s+required)?\s*:",
    re.IGNORECASE,
)
# "encouraged to apply by submitting …", "encouraged / welcome to contact Prof. X with their CV"
# invite an application, and what it holds is not optional
_INVITED_TO_APPLY = (r"(?!\s+to\s+(?:apply|submit\s+(?:an?\s+|their\s+|your\s+)?applications?|"
                     # ("CV: You are encouraged to state any leave …": what it may say)
                     r"state|mention|describe|indicate|list|note|highlight|explain|"
                     r"contact|reach\s+out|get\s+in\s+touch|e-?mail|write|[ei]nquire|"
                     # "You are welcome to send Xianyi an email"
                     r"send\s+(?:[\w.]+\s+){0,3}?(?:an?\s+)?e-?mail)\b)")
OPTIONAL_RE = re.compile(
    r"\b(?:optional(?:ly)?|if\s+(?:available|applicable|any|possible)|"
    # German: "gegebenenfalls", "ggf.", "optimalerweise", "falls vorhanden"
    r"gegebenenfalls|ggf\.|optimalerweise|falls\s+vorhanden|"
    # Norwegian: "Liste over eventuelle vitenskapelige produksjoner", "Der det er aktuelt."
    r"\beventuelle?\b|\bder\s+det\s+er\s+aktuelt\b|"
    # "(sofern schon vorhanden …)", "soweit vorhanden"
    r"(?:sofern|soweit|wenn)\s+(?:schon\s+|bereits\s+)?vorhanden|"
    # French: "le cas échéant", "éventuellement"; Spanish: "en su caso"
    r"le\s+cas\s+échéant|éventuellement|en\s+su\s+caso|"
    # Italian: "eventuali altri allegati", "ogni altro documento ritenuto idoneo"
    r"eventual(?:i|e|mente)|ogni\s+altro|"
    # "… a statement of purpose and maybe a personal statement"
    r"(?:perhaps|maybe|possibly|sometimes)(?=\s+(?:an?|one|your|some|the|also)\b)|"
    # "Sometimes they also want a statement on outreach"
    r"\bsometimes\s+(?:they|we|schools|departments)\s+(?:also\s+)?(?:ask|require|request|want)|"
    # "in some cases, your college transcript", "(in some rare cases certificates …)"
    r"\bin\s+(?:some\s+(?:rare\s+)?|rare\s+|certain\s+|a\s+few\s+)cases\b|"
    # ("Transcript (unofficial is usually OK but official might be required)": which copy)
    r"(?<!\bofficial\s)(?<!\boriginals\s)(?<!\boriginal\s)\bmight\s+(?:also\s+)?be\s+"
    r"(?:needed|required|requested)\b|"
    # "Some schools ask for a separate list of five references": asked by some only ("A few
    # searches want a cover page and some ask for …", "Many ads ask for …")
    r"\b(?:some|many|a\s+few|several|certain)\s+(?:[\w-]+\s+)?(?:schools|departments|institutions|"
    r"employers|universities|programs|programmes|positions|jobs|committees|applications|ads|"
    r"scholarships|fellowships|awards|"
    r"advertisements|postings|calls|searches)\s+(?:(?:also|may|might|will|often)\s+)*(?:ask|"
    r"require|request|want|expect)|(?<=\band\s)some\s+(?:also\s+)?(?:ask|require|request|want)\b|"
    r"as\s+far\s+as\s+(?:already\s+)?(?:available|possible|applicable)|"
    r"if\s+(?:already\s+)?(?:issued|obtained|awarded|completed)|"
    r"any\s+other\s+(?:[\w-]+\s+){0,2}?(?:documents?|materials?)|"
    # "Other attachments as requested in the job advertisement": what an ad may ask
    r"\bas\s+requested\s+(?:in|by)\s+(?:the\s+)?(?:position\s+|job\s+)?(?:advertisement|ad|"
    r"posting)\b|"
    r"encouraged" + _INVITED_TO_APPLY + "|"
    # "… and any relevant publications", "links to any projects": whatever the applicant has
    r"\bany\s+(?:relevant|recent|published|additional|extra|representative|publications|papers|"
    r"preprints)\b|"
    r"\blinks?\s+to\s+any\b|"
    # ("referees who can provide recommendation letters": what the referees can do)
    # ("an outline of the book—this can include chapter summaries": what it holds)
    r"(?<!who\s)(?<!that\s)(?<!this\s)(?<!which\s)(?<!\bit\s)"
    r"(?:may|can|might|could)\s+(?:also\s+)?(?:include|submit|send|provide|"
    r"attach|add|require|request|ask\s+for)|(?:may|might|could)\s+also\s+upload|"
    # "References/recommendations can be attached."; "If you choose not to submit this material, …"
    r"(?:may|can)\s+(?:also\s+)?be\s+(?:attached|enclosed|included|added)|"
    # "Applicants can elect to send earlier student evaluations"
    r"(?:may|can)\s+(?:choose|elect|wish)\s+to\s+(?:provide|include|submit|send|attach|add)|"
    r"(?:may|can)\s+also\s+be\s+(?:provided|submitted|sent|uploaded|given)|"
    # "You may also need to provide transcripts, …"
    r"(?:may|might|could)\s+(?:also\s+)?need\s+to\s+(?:provide|submit|send|include|upload)|"
    r"if\s+you\s+(?:choose|decide|prefer)\s+not\s+to\s+(?:submit|include|send|attach)|"
    # ("We welcome your application, which should include …": an application is invited)
    r"preferred(?=\s*(?:[)\].;,:]|$)|\s+but\b)|welcome[d]?(?!\s+(?:your\s+|their\s+|an?\s+)?"
    r"applications?\b)" + _INVITED_TO_APPLY + "|"
    # "I'd prefer that you include your CV": a wish, not a requirement
    r"(?:would|['’]d)\s+prefer\s+(?:that\s+)?(?:you\s+)?(?:to\s+)?(?:include|send|attach|"
    r"submit|provide)|"
    # "We suggest you also include a CV": advice
    r"\b(?:we|i)\s+(?:would\s+)?(?:suggest|recommend)\s+(?:that\s+)?(?:you\s+)?(?:also\s+)?"
    r"(?:include|send|attach|submit|provide|add)|"
    r"not\s+(?:(?:absolutely|strictly)\s+)?(?:required|compulsory|mandatory|obligatory|necessary)|"
    r"(?:would|will)\s+be\s+(?:helpful|appreciated|"
    r"great|nice|good|useful)|"
    r"(?:is|are)\s+a\s+plus|"
    # "A teaching statement may be required."
    r"\bmay\s+(?:also\s+)?be\s+(?:required|requested)\b|"
    # "other papers deemed relevant by the applicant", "… at the applicant’s discretion"
    r"\b(?:considered|deemed|judged)\s+relevant\s+by\s+the\s+(?:candidate|applicant)\b|"
    r"\bat\s+the\s+discretion\s+of\s+the\s+(?:candidate|applicant)\b|"
    r"\bat\s+the\s+(?:candidate|applicant)['’]s\s+discretion\b|"
    # "We would encourage applicants to complete the monitoring form"; "a voluntary survey"
    r"\bencourages?\s+(?:all\s+)?(?:applicants|candidates|you)\s+to\b|\bvoluntary\b|"
    # "you will also be given the option to add two referees' details"
    r"\b(?:the|an)\s+option\s+(?:to|of)\b|"
    r"(?:where|if|when)\s+(?:appropriate|applicable|relevant|useful))\b",
    re.IGNORECASE,
)
SEPARATE_RE = re.compile(
    r"\b(?:sent|submitted|uploaded|e-?mailed|forwarded|provided)\s+(?:directly\s+)?"
    r"(?:by|from)\s+(?:the\s+|your\s+)?(?:referees|recommenders|letter\s+writers|writers|"
    r"references)|(?:referees|references|recommenders|letter\s+writers)\s+"
    r"(?:(?:should|must|will|can|to)\s+)?(?:submit|send|upload|e-?mail)|"
    r"to\s+be\s+sent\s+(?:directly\s+)?to|"
    r"arrange\s+(?:for|to\s+have)|directly\s+(?:to|by|from)\b|"
    # "applicants must have three reference letters e-mailed to …"
    # ("… and have your references uploaded on the Interfolio site": the referees' letters)
    r"\bhave\s+(?:[\w-]+\s+){0,4}?(?:letters?|references|recommendations)\s+(?:sent|e-?mailed|"
    r"submitted|forwarded|uploaded)\b",
    re.IGNORECASE,
)
# a list line that starts by asking: "If available provide …", "Please include …"
LINE_REQUEST_RE = re.compile(
    r"(?:if\s+(?:available|applicable|possible|any)\s*,?\s*)?(?:please\s+)?(?:also\s+)?"
    r"(?:provide|include|submit|send|attach|upload|add|"
    # "4. Every application must be supported by a reference from …"
    r"(?:the\s+|your\s+|each\s+|every\s+|all\s+)?applications?\s+(?:must|should|need\s+to)\s+"
    r"(?:also\s+)?be\s+"
    r"(?:supported|accompanied)\s+by)\s+(?:(?:your|the|a|an)\s+)?",
    re.IGNORECASE)


# a form's field to fill in is not a document: "• Enter Details of Teaching Experience",
# "• Select your Category"
FIELD_LINE_RE = re.compile(r"\W*(?:please\s+)?(?:enter|select|choose|type|tick)\s", re.IGNORECASE)

# an upload field's line names a document, whatever its name: "• Upload Industrial Experience
# (Combined in single pdf file of less than 1 MB)"
UPLOAD_NAME_RE = re.compile(
    r"\W*(?:please\s+)?(?-i:Upload|Attach|Enclose)\s+(?!(?:manager|managing|tool|portal|page|"
    r"button|link|area|section)\b)(?:(?:a|an|the|your)\s+)?"
    r"(?P<name>(?-i:[A-Z0-9])[\w/.'’-]*(?:\s+[\w/.'’-]+){0,7}?)\s*(?:\(|[.;]?\s*$)",
    re.IGNORECASE)

# "All other achievements must be listed in your CV": the CV is asked for, by what goes in it
LISTED_IN_RE = re.compile(
    r"\b(?:must|should|are\s+to|is\s+to)\s+be\s+(?:listed|included|mentioned|described|detailed|"
    r"given|stated|shown)\s+in\s+(?:your|the)\s+(?P<name>(?:[\w-]+\s+){0,2}?(?:cv|curriculum\s+"
    r"vitae|vita|résumé|resume|statement|letter|proposal))\b", re.IGNORECASE)

# a sentence whose subject is what is asked for: "Applications consisting of … can be submitted"
PASSIVE_RE = re.compile(
    r"^\s*(.{2,260}?)\s+(?:(?:must|should|will|shall|are\s+to|need\s+to|have\s+to|may|can)"
    r"(?:\s+also)?(?:\s+simply|\s+easily|\s+now)?\s+be\s+(?:electronically\s+|digitally\s+|directly\s+)?"
    r"(?:sent|submitted|uploaded|e-?mailed|provided|forwarded|included|attached|appended|enclosed|"
    r"received|addressed|required|accompanied(?=\s+by\b))\b"
    # ("your referees will be e-mailed instructions for …": they get something)
    r"(?!\s+(?:instructions|a\s+link|an?\s+(?:e-?mail|invitation|request|reminder))\b)|"
    # "Applications and referees' reports must arrive by 10 January"
    r"(?:must|should|need\s+to|have\s+to)\s+(?:all\s+)?arrive\b|"
    # "A letter from the head must accompany the application"
    r"(?:must|should|shall|will|are\s+to|is\s+to)\s+(?:also\s+)?accompany\b|"
    # "Resumes are a required attachment"
    r"(?:is|are)\s+(?:a\s+)?required\s+(?:attachments?|documents?|parts?\s+of)\b|"
    # "Letters of recommendation are a crucial component in all fellowship applications",
    # "… are one of the most important components of any application"
    r"(?:is|are)\s+(?:an?|one\s+of\s+the(?:\s+most)?)\s+(?:crucial|critical|key|essential|"
    r"important|integral|vital|required)\s+(?:components?|parts?|elements?)\s+(?:of|in)\s+"
    r"(?:any|all|every|each|an?)\b(?:\s+[\w'’-]+){0,2}?\s+applications?\b|"
    # "The application form can be downloaded here:" (to fill in and send)
    # ("Application forms can be obtained from the above address")
    r"(?:can|may)\s+be\s+(?:downloaded|obtained)\b|"
    # "… is complete only when at least two letters of reference are submitted"
    r"(?:is|are)\s+(?:submitted|received|uploaded|postmarked)\b|"
    # "Complete applications and reference letters are due by 5 p.m."
    r"(?:is|are)\s+due\b|"
    # "The only "cover letter" you will need is a line stating …"
    r"you(?:\s+will|['’]ll)\s+need\s+(?:is|are)\b|"
    # "a teaching statement is also required", "… would be helpful", "… is a plus"
    # "TOEFL scores are still necessary", "A research proposal is optional"
    r"(?:is|are)(?:\s+also|\s+still)?\s+(?:required|requested|needed|expected|mandatory|"
    r"necessary|optional|welcome[d]?|a\s+plus)\b"
    # ("Candidates … are required to submit the following": people, who send)
    r"(?!\s+to\s+(?:submit|send|provide|upload|include|attach|complete|prepare)\b)|"
    # ("1-2 papers by the candidate will be useful")
    r"(?:would|will)\s+be\s+(?:helpful|appreciated|welcome[d]?|useful)\b|"
    # "GRE results are not required but are strongly encouraged"
    r"(?:is|are)\s+(?:not\s+required\s+but\s+(?:is\s+|are\s+)?)?(?:strongly\s+|highly\s+)?"
    r"encouraged\b)",
    re.IGNORECASE | re.DOTALL,
)

# "If you wish to submit more than one article, they should be merged into one file": how
MORE_THAN_ONE_RE = re.compile(r"\W*if\s+you\s+(?:wish|want|would\s+like|choose|decide)\s+to\s+"
                              r"(?:submit|send|include|upload)\s+more\s+than\s+one\b",
                              re.IGNORECASE)

# a leading if-clause before a sentence's subject or request: "For example, if you have …, then"
LEADING_IF_RE = re.compile(r"\W*(?:(?:for\s+(?:example|instance)|however|also|and|but),?\s+)?"
                           r"(?:if|when|once)\s(?:[^.;]*?,?\s+then\s|[^.;]*?,\s+)",
                           re.IGNORECASE)
# an if-clause that runs into its main clause without a comma: "If you submit an online
# application you will be asked to upload your CV"
IF_THEN_YOU_RE = re.compile(r"\W*(?:if|when|once)\s[^.;,]{3,80}?\s(?=you\s+(?:will|must|should|"
                            r"need|are\s+(?:asked|required))\b)", re.IGNORECASE)
# a sentence about the people named before, not a request for more: "At least one of these must
# be able to provide an academic reference", "Approach your referees in advance with details of
# the project"
_SOME_OF_THEM_RE = re.compile(
    r"^\W*(?:at\s+least\s+)?(?:one|two|three|each|all|both|some|none)\s+of\s+(?:these|them|those|"
    r"(?:the|your)\s+(?:referees|references|recommenders|writers|people|persons))\s+(?:must|"
    r"should|will|needs?\s+to|has\s+to|have\s+to)\b", re.IGNORECASE)
TELL_THE_REFEREES_RE = re.compile(
    r"\b(?:approach|contact|inform|remind|brief|notify|tell)\s+(?:your|the|all|each\s+of\s+your)\s+"
    r"(?:referees|recommenders|letter\s+writers|references)\b", re.IGNORECASE)


# "How to ask for a letter" over advice, "• Give letter writers an outline of your proposal",
# "• Provide them your written work to help them write …": what the referees are given
FOR_THE_WRITERS_RE = re.compile(
    r"\W*how\s+to\s+(?:ask|request|get|obtain|approach|choose|find)\b[^:]*$|"
    r"\W*how\s+(?:do|can|should|would)\s+(?:you|i|we)\s+(?:write|prepare|ask|request|get|"
    r"choose|coordinate|structure)\b[^:]*\?\s*$|"  # "How do you write an effective statement?"
    r"\W*(?:give|provide|send|offer|share\s+with)\s+(?:them|(?:your\s+|the\s+|potential\s+)?"
    r"(?:letter\s+writers|recommenders|referees|writers))\b", re.IGNORECASE)


def about_the_referees(sentence: str) -> bool:
    """Is the sentence about the people named before, not a request for more? "At least one of
    these must be able to provide an academic reference", "Approach your referees in advance
    with details of the project" ("Contact your referees and make sure that they provide their
    letters" asks for the letters)."""
    if _SOME_OF_THEM_RE.search(sentence):
        return True
    told = TELL_THE_REFEREES_RE.search(sentence)
    named = classify(sentence[told.end():]) if told else None
    return bool(told) and (named is None or named[0] == "other")

# how a thing is done, not a request: "The steps for submitting a letter are:" (and the
# numbered steps under it)
PROCEDURE_RE = re.compile(r"\b(?:steps|instructions|process|procedure|guidelines)\s+(?:for|to)\b",
                          re.IGNORECASE)

# a name with a page limit names a document, whatever the name: "Research contributions of
# maximum 1 page"; and "Written by the applicant:" names who writes it, not what
LIMITED_NAME_RE = re.compile(
    r"\s*(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+(?:\(\s*)?(?:of|in|at)?\s*(?:a\s+)?"
    r"(?:maximum|max\.?|up\s+to|no\s+more\s+than|not\s+exceeding)\s+(?:of\s+)?\d{1,2}\s+pages?\b|"
    # "Discussion (3 pages)"
    # ("Your plans for the stay (200 wrds) - these can change": a word limit, too)
    r"\s*(?P<short>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*\(\s*(?:max(?:imum)?\.?\s+)?(?:\d{1,2}\s+"
    r"pages?|\d{2,4}\s+(?:words?|wrds))\s*\)\s*(?:$|[-–—]\s)")
# a list line that opens with a description: "• A description of at least one paragraph of the
# service project you would offer"
DESCRIPTION_LINE_RE = re.compile(r"\W*(?P<name>(?:a|an)\s+(?:short\s+|brief\s+)?description\s+"
                                 r"of\s[^.;:]{2,160})", re.IGNORECASE)
# a name that ends in a document's noun: a table's row "Data privacy statement | |"
DOCUMENT_NOUN_END_RE = re.compile(r"\b(?:statement|declaration|form|certificate|report|summary|"
                                  r"agreement|consent)s?\s*$", re.IGNORECASE)
WRITTEN_BY_RE = re.compile(
    r"\s*(?:also\s+)?(?:written|prepared|signed|completed|provided|sent)\s+by\b|"
    # "One of these documents (whichever is latest): …": a choice of the documents named after
    r"\s*(?:one|any|either)\s+of\s+(?:the|these|those)\s+(?:following\s+|\w+\s+)?(?:documents|"
    r"items|papers|options)\b", re.IGNORECASE)

# a list line whose next lines say what it holds: "A statement of … that includes", "… answers
# the following questions"
INTRODUCES_PARTS_RE = re.compile(
    r"\b(?:(?:that|which)\s+(?:should\s+|must\s+|will\s+)?(?:includes?|contains?|covers?|"
    r"address(?:es)?)|including|the\s+following(?:\s+\w+)?|such\s+as|"
    # "• Nomination letter- to include:"
    r"(?<=\s)to\s+include|"
    # "… a plan for the dissertation. The following aspects should be included:"
    r"the\s+following\s+(?:aspects|points|elements|sections|parts|items)\s+(?:should|must|"
    r"need\s+to)\s+be\s+(?:included|covered|addressed))"
    # ("… including (Uploads – project proposal):": a form field's name in brackets)
    r"(?:\s*\([^()]{1,60}\))?\s*:?\s*$", re.IGNORECASE)

# a paragraph that says something ("GRE results are not required …"), not a material's name
FINITE_RE = re.compile(r"\b(?:is|are|was|were|will|must|should|can|may|could|would)\b",
                       re.IGNORECASE)

# what stands before a request word that takes it back: "The materials do not include …"
NEGATED_RE = re.compile(r"\b(?:do|does|must|should|need|may)\s+not\s+$|\bnot\s+to\s+$|"
                        r"\b(?:never|don['’]t|doesn['’]t)\s+$|"
                        # "the lab is unable to provide letters of guarantee": the lab's, not asked
                        r"\b(?:unable|not\s+able)\s+to\s+$|\b(?:cannot|can['’]t|can\s+not)\s+$|"
                        # "No need to send a CV at this stage", "it is not necessary to attach"
                        r"\bno\s+need\s+to\s+$|\bnot\s+(?:necessary|needed|required)\s+to\s+$|"
                        # "You do not need to provide a reference letter"
                        r"\b(?:do|does)\s+not\s+need\s+to\s+$|\b(?:don['’]t|doesn['’]t)\s+need\s+to\s+$|"
                        r"\bneed\s+not\s+$|"
                        # "Before submitting a paper, the authors share it …": when, not what
                        r"\b(?:before|after|when|while)\s+$",
                        re.IGNORECASE)

# "(if possible all in one PDF)", "(PDF preferred)": about the file, not the material
FORMAT_ASIDE_RE = re.compile(r"\([^()]*\b(?:pdf|file|document|format|attachment)s?\b[^()]*\)",
                              re.IGNORECASE)

# a line that says what one material holds, its parts listed below it: "Your cover letter must
# include:", "please use the following headings in your resume/CV:"
PARTS_INTRO_RE = re.compile(
    r"^\W*(?:for\s+[\w\s-]{0,40},\s*)?(?:please\s+)?(?:(?:use|follow)\s+(?:the\s+)?(?:following\s+)?"
    r"(?:headings|sections|structure|order|format)\s+(?:in|for|of)\s+(?:your|the)\s+"
    r"(?P<of>[\w/ -]{2,40}?)|(?:(?:your|the|this|each)\s+)?(?P<subject>[\w/ -]{2,40}?)\s+"
    # ("The covering letter is an introduction to your application and should include:", "CV
    # must be uploaded by you and must include the following:")
    r"(?:(?:is|serves\s+as|(?:must|should)\s+be\s+\w+)\s+[^:;.]{2,80}?\s+and\s+)?(?:must|should|"
    r"will|needs?\s+to|is\s+to)\s+(?:also\s+)?(?:include|contain|cover|address|state|list|have|"
    r"provide)(?:\s+the\s+following(?:\s+[\w-]+)?)?)\s*:\s*$", re.IGNORECASE)

# "There is no need for these; they are not required to list:": what to leave out
NOT_NEEDED_RE = re.compile(r"\bnot\s+(?:necessary|required|needed)\s+to\s+(?:include|send|submit|"
                           r"provide|list)\b", re.IGNORECASE)
# "Opportunities for funding include:", "Topics include:", "As a postdoc, you will:": what the
# list holds is not materials
NOT_MATERIALS_RE = re.compile(
    # ("Relevant postdoctoral fellowships include:", "Relevant PhD scholarships include:")
    r"\W*(?:(?:funding|fellowship|research|possible|current|example|other|relevant|postdoctoral|"
    r"doctoral|phd|external)\s+)*(?:opportunities|"
    r"fellowships|scholarships|benefits|topics|projects|areas|duties|responsibilities|activities|"
    r"qualifications|skills)\b[^:]*\binclude\s*:|"
    r"[^:\n]*\byou\s+will(?:\s+(?:be\s+(?:able|expected|asked)\s+to|get|have|gain|learn))?\s*:\s*$|"
    # "The following sections have to be filled up in the application form:": a form's parts
    r"[^:\n]*\b(?:sections|fields|parts)\s+(?:have\s+to|must|should|are\s+to)\s+be\s+(?:filled|"
    r"completed)\b[^:\n]*:\s*$",
    re.IGNORECASE)


# "and documents such as academic transcripts, …": the documents are the ones named after it
# ("Other materials may be required by some programs, such as a resume, …": asked by some)
SUCH_AS_LEAD_RE = re.compile(r"\W*(?:(?:and|or|plus)\s+)?(?:(?:other|additional|supporting)\s+)?"
                             r"(?:documents|documentation|materials|papers|items)\s+"
                             r"(?:(?:may|might|could)\s+(?:also\s+)?be\s+(?:required|requested|asked\s+for)"
                             r"\b[^.;:]{0,60}?,?\s+)?(?:such\s+as|"
                             r"like|including|e\.\s?g\.,?|for\s+example,?)\s+", re.IGNORECASE)
