"""The materials' names as German-, Swedish-, Norwegian-, French-, Spanish- (and Catalan-),
Portuguese-, Dutch-, Italian- and Polish-language postings write them ("Bewerbung mit Lebenslauf,
Publikationsverzeichnis, … sowie Referenzen"; "Din ansökan ska innehålla: personligt brev, CV,
publikationslista, …"; "le dossier comprend une lettre de motivation, …"; "la siguiente
documentación: a) Curriculum vitae, b) Proyecto docente …"; "4 - Currículo Lattes"; "3.
Publicatie-lijst"; "Alle domande dovranno essere allegati: …"), added to the English names of
each kind."""

from __future__ import annotations

_AND_GERMAN = r"\s*(?:und|oder|bzw\.|sowie)\s+"
_GERMAN_HALVES = r"konzept|profil|portfolio|plan|programm|skizze|interessen"
GERMAN_PATTERNS: dict[str, str] = {
    # ("eine befürwortende Stellungnahme einer … Persönlichkeit": a letter of support)
    "letters": r"empfehlungsschreiben|referenzschreiben|gutachten\b|befürwortende\s+stellungnahme",
    "cover_letter": r"anschreiben|motivationsschreiben|bewerbungsschreiben|begleitschreiben",
    # "ein Forschungs- und Lehrkonzept": a shared second half names both ("Lehr- und
    # Forschungskonzept" too; the first half alone once the phrase is cut at "und")
    "teaching_statement": r"lehrkonzept|lehrprofil|lehrportfolio|"
                          rf"\blehr-(?=\s*$|{_AND_GERMAN}\w*(?:{_GERMAN_HALVES}))",
    "research_statement": r"forschungs(?:konzept|vorhaben|plan|programm|skizze|interessen|"
                          # (a German noun, "ein Exposé"; a French "exposé" presents activities)
                          r"expos[ée])|(?-i:\bExpos[ée]\b)(?![^.;]{0,80}\bactivités\b)|"
                          rf"\bforschungs-(?=\s*$|{_AND_GERMAN}\w*(?:{_GERMAN_HALVES}))|"
                          # "eine zusammenfassende Darstellung Ihres Themas"
                          r"\bdarstellung\s+(?:ihres|des)\s+(?:themas|(?:dissertations|"
                          r"forschungs)?vorhabens|projekts)\b",
    "publications": r"publikationsverzeichnis|publikationsliste|schriftenverzeichnis|"
                    r"(?:verzeichnis|liste)\s+der\s+(?:publikationen|veröffentlichungen|schriften)",
    # ("Zeugnisse über berufliche Tätigkeiten", "Arbeitszeugnisse": an employer's)
    "transcripts": r"(?<!abschluss)(?<!arbeits)zeugnisse(?!\s+über\s+(?:ihre\s+)?berufliche)|"
                   r"zeugniskopien|belegnachweise",
    "references": r"\breferenzen\b|referenzpersonen",
    "cv": r"[Ll]ebenslauf|LEBENSLAUF",
    "other": r"\b(?:liste|verzeichnis|übersicht)\s+der\b|\bübersicht\s+über\b|"
             r"abschlusszeugnis(?:se)?\b|"
             r"\bangaben\s+(?:über|zu[rm]?)\b|lehrevaluation(?:en)?|\bnachweise?\b|\burkunden?\b|"
             # "ein Lichtbild", "eine Kopie des Schwerbehindertenausweises", "Arbeitszeugnisse",
             # "Zeugnisse über berufliche Tätigkeiten", "eine Bescheinigung", "ein Foto"
             r"\blichtbild(?:er)?\b|\bfoto\b|ausweises\b|\bausweis\b|arbeitszeugnisse?|"
             r"zeugnisse\s+über\s+(?:ihre\s+)?berufliche|\bbescheinigung(?:en)?\b|"
             r"\bdiploma\s+supplement\b|\berläuterung\s+der\s+inhalte\b|"
             r"\bbewerbungs(?:formular|bogen)(?:e|s)?\b|"
             # "Promotionszulassung", "Personalausweis oder Pass", "Aufenthaltstitel"
             r"\bpromotionszulassung\b|\bzulassung\s+zur\s+promotion\b|personalausweis|"
             r"\breisepass\b|\baufenthaltstitel\w*|\bvisums?\b",
}
# … and as Swedish ones ("Din ansökan ska innehålla: personligt brev, CV, publikationslista, …")
SWEDISH_PATTERNS: dict[str, str] = {
    "letters": r"rekommendationsbrev|referensbrev",
    "cover_letter": r"personligt\s+brev|ansökningsbrev|följebrev",
    # a portfolio of merits: the research one accounts for the research, the teaching one for
    # the teaching ("Vetenskaplig meritportfölj", "Pedagogisk meritportfölj")
    "teaching_statement": r"pedagogisk\s+meritportfölj|undervisningsfilosofi|pedagogisk\s+portfölj",
    "research_statement": r"vetenskaplig\s+meritportfölj|forskningsplan|forskningsprogram|"
                          r"forskningsbeskrivning",
    "publications": r"publikationslista|publikationsförteckning|"
                    r"förteckning\s+över\s+(?:[\wåäö]+\s+)?(?:publikationer|vetenskapliga\s+arbeten)",
    "transcripts": r"\bbetygsutdrag\b|\bkopior\s+av\s+betyg\b",
    "references": r"\breferenspersoner\b|\breferenser\b",
    "cv": r"(?<!\bse\s)[Mm]eritförteckning\b",  # ("se Meritförteckning för …": a guide)
    # ("Bifoga intyg över din doktorsexamen", "Publiceringsplan", "Datahanteringsplan",
    # "förhandsgranskarnas utlåtanden")
    "other": r"\bmeritportfölj\s+för\b|\bexamensbevis\b|\bförsättsblad\b|\bintyg\b|"
             r"\bpubliceringsplan\b|\bdatahanteringsplan\b|\butlåtand(?:e|en|et|ena)\b",
}
# … and as Norwegian ones, Bokmål and Nynorsk, and Danish ("Følgende må vedlegges:
# prosjektbeskrivelse, CV, vitnemål og karakterutskrift, …", "Søkjaren skal leggje ved CV",
# "Følgende dokumenter skal vedlægges: … Projektbeskrivelse på max. 5 sider")
NORWEGIAN_PATTERNS: dict[str, str] = {
    "letters": r"\banbefalingsbrev\b|\b(?:veileder|rettleiar|veiledar)erklæring(?:a|en)?\b|"
               r"\buttalelse\s+fr[aå]\s+(?:hoved)?veileder\b",
    "cover_letter": r"\bsøknadsbrev(?:et)?\b|\bmotivasjonsbrev\b|\bfølgebrev\b|"
                    r"\bmotiveret\s+ansøgning\b|\bansøgningsbrev\b",
    "research_statement": r"(?<!\bfor\s)\bpro[sj]j?e[kc]tbeskrivelsen?\b|\bprosjektskisse\b",
    "publications": r"\bpublikasjonsliste\b|\bliste\s+over\s+(?:eventuelle\s+)?"
                    r"(?:vitenskapelige\s+)?(?:publikasjon(?:er|ar)|produksjoner|arbeider)\b|"
                    r"\brelevante\s+publikationer\b|\bpublikationsliste\b",
    "transcripts": r"\bkarakterutskrift(?:er|ene)?\b|\b(?:karakter|eksamens)udskrift(?:er)?\b",
    # a diploma, the application form, plans for the doctorate and its funding, an agreement
    "other": r"\bvitnemål(?:et|ene)?\b|\bsøknadsskjema(?:et)?\b|\b(?:fremdrifts|framdrifts|"
             r"finansierings|gjennomførings)plan(?:en)?\b|\blitteraturliste\b|"
             r"\bforankringsavtale\b|\bsammendrag\s+av\b|\bredegjørelse\s+for\b|"
             r"\bdokumentasjon\s+av\b|\bansøgningsskema(?:et)?\b|\beksamensbevis(?:er|erne)?\b|"
             r"\bmedforfattererklæring(?:er)?\b",
}
# … and as French ones ("Le dossier doit contenir : une lettre de motivation, le curriculum
# vitae, la liste des publications, …")
FRENCH_PATTERNS: dict[str, str] = {
    "letters": r"\blettres?\s+de\s+(?:recommandation|référence|soutien)\b",
    "cover_letter": r"\blettre\s+de\s+(?:motivation|candidature)\b",
    "teaching_statement": r"\bprojet\s+(?:d['’]enseignement|pédagogique)\b",
    "research_statement": r"\b(?:projet|programme)\s+de\s+recherche\b",
    "publications": r"\bliste\s+(?:des|de\s+vos|de\s+ses)\s+(?:publications|travaux)\b|"
                    r"\barticles\s+publiés\b|\b(?:exemplaires?\s+des\s+)?travaux\b(?!\s+pratiques)|"
                    r"\bouvrages\b",
    "transcripts": r"\brelevés?\s+(?:des?\s+)?(?:notes|cotes|côtes)\b",
    # a form, a teaching-load sheet, the minutes of a council, earlier appointments, diplomas
    # ("une déclaration de candidature", "un état des services", "trois enveloppes", "le rapport
    # de soutenance", "une demande de mutation", "une pièce attestant de …")
    # ("Le dossier dûment complété", "une copie du passeport et du titre de séjour", "un résumé
    # ou un plan de thèse")
    "other": r"\b(?:fiche|formulaire|déclaration|demande)\s+de\s+(?:candidature|mutation)\b|"
             r"\bdossier\s+dûment\s+(?:complété|rempli)\b|\bpasseport\b|"
             r"\btitre\s+de\s+séjour\b|\b(?:résumé|plan)\s+(?:ou\s+(?:un\s+)?plan\s+)?de\s+"
             r"(?:la\s+)?thèse\b|"
             r"\bcharge\s+horaire\b|\b(?:PV|procès-verbal)\s+d[ue]\b|\barrêtés\s+de\b|"
             r"\bdiplômes?\b|\battestations?\b|\bpièces?\s+(?:d['’]identité|attestant)\b|"
             r"\bétat\s+des\s+services\b|\benveloppes?\b|\brapport\s+de\s+soutenance\b|"
             r"\bexposé\b(?=[^.;]{0,80}\bactivités\b)|"
             # "une note de quinze pages maximum qui développe …", "une note de synthèse"
             r"\bnote\s+(?:de\s+(?:\w+\s+){1,2}pages?\b|de\s+synthèse\b)",
}
# … and as Spanish ones ("los candidatos entregarán la siguiente documentación: a) Curriculum
# vitae. b) Proyecto docente. c) Proyecto investigador …")
SPANISH_PATTERNS: dict[str, str] = {
    "letters": r"\bcartas?\s+de\s+(?:recomendación|referencia|apoyo|aval)\b",
    "cv": r"\b[Cc]urrículum\b(?!\s+[Vv]itae)",
    "cover_letter": r"\bcarta\s+de\s+(?:motivación|presentación)\b",
    "teaching_statement": r"\bproyecto\s+docente\b",
    "research_statement": r"\bproyecto\s+(?:investigador|de\s+investigación)\b|"
                          r"\bmemoria\s+de\s+investigación\b|\bplan\s+de\s+(?:trabajo|investigación)\b|"
                          # Catalan: "Memòria descriptiva del projecte d'investigació"
                          r"\bmemòria\s+(?:descriptiva\s+)?del\s+projecte\b|"
                          r"\bprojecte\s+(?:d['’]investigació|de\s+recerca)\b",
    "publications": r"\b(?:lista|listado|relación)\s+de\s+publicaciones\b",
    "transcripts": r"\bcertificado\s+(?:académico\s+)?de\s+(?:notas|calificaciones)\b|"
                   r"\bexpediente\s+académico\b|"
                   # Catalan: "… la nota mitjana de l'expedient acadèmic"
                   r"\bnota\s+mitjana\s+de\s+l['’]expedient\b",
    "other": r"\b(?:DNI|pasaporte)\b|\bfotocopias?\s+(?:del|de\s+la)\b|\btítulos?\s+de\b|"
             # Catalan: "Còpies dels títols acadèmics", "Certificat d'estar admès …",
             # "Fotocòpia del llibre de família"
             r"\bcòpi(?:a|es)\s+(?:del?|dels)\b|\bfotocòpi(?:a|es)\b|\bcertificats?\s+(?:d['’]|de\b)",
}
# … and as Portuguese ones ("Checklist da documentação a ser enviada: 1 - Carta do candidato
# …; 3 - Projeto/Plano de Pesquisa …; 4 - Currículo Lattes …")
PORTUGUESE_PATTERNS: dict[str, str] = {
    "letters": r"\bcartas?\s+de\s+(?:recomendação|referência|anuência|aceite|apoio)\b",
    "cover_letter": r"\bcarta\s+(?:de\s+(?:apresentação|motivação|intenção|intenções)|"
                    r"do\s+candidato)\b",
    "research_statement": r"\b(?:projeto|plano)\s+de\s+(?:pesquisa|trabalho)\b|"
                          r"\bprojeto/plano\s+de\s+pesquisa\b",
    "publications": r"\b(?:lista|relação)\s+de\s+publicações\b",
    "transcripts": r"\bhistóricos?\s+escolar(?:es)?\b",
    "cv": r"\b[Cc]urrículo(?:\s+[Ll]attes)?\b|\b[Cc]urriculum\s+[Ll]attes\b",
    # a pledge, a proof of the doctorate, identity and civic papers, a form
    "other": r"\btermo\s+de\s+(?:compromisso|ciência)\b|\bcomprovante\s+d[eoa]\b|"
             r"\bcópia\s+d[oa]\b|\bdiploma\s+de\s+doutorado\b|\bdocumento\s+de\s+identidade\b|"
             r"\bpassaporte\b|\b(?-i:RG|CPF)\b|\btítulo\s+de\s+eleitor\b|"
             r"\bcertificado\s+de\s+reservista\b|\bformulário\s+de\b",
}
# … and as Dutch ones ("Dossier: 1. CV 2. Research statement 3. Publicatie-lijst …")
DUTCH_PATTERNS: dict[str, str] = {
    "letters": r"\baanbevelingsbrie(?:f|ven)\b|\breferentiebrie(?:f|ven)\b",
    "cover_letter": r"\b(?:motivatie|sollicitatie|begeleidende\s+)brief\b",
    "teaching_statement": r"\bonderwijs[\s-]?(?:statement|visie|portfolio|plan)\b",
    "research_statement": r"\bonderzoeks(?:plan|voorstel|statement|visie)\b",
    "publications": r"\bpublicatie[\s-]?lijst\b|\blijst\s+(?:van|met)\s+publicaties\b",
    "transcripts": r"\bcijferlijst(?:en)?\b",
    "references": r"\breferenties\b|\breferenten\b",
    # "Lijst van verzorgde vakken", "Recente onderwijsevaluaties", "kopie van het diploma"
    "other": r"\blijst\s+van\b|\bonderwijsevaluaties\b|\bkopie\s+van\b|\bgetuigschrift\b",
}
# … and as Italian ones ("Alle domande dovranno essere allegati: un dettagliato curriculum
# vitae; una copia del documento d'identità …"; "elenco delle pubblicazioni", "progetto di
# ricerca", "lettere di presentazione")
ITALIAN_PATTERNS: dict[str, str] = {
    "letters": r"\blettere?\s+di\s+(?:referenza|raccomandazione|presentazione\s+da)\b",
    "cover_letter": r"\blettera\s+(?:di\s+)?(?:motivazione|motivazionale|presentazione)\b",
    "research_statement": r"\bprogetto\s+di\s+ricerca\b|\bproposta\s+di\s+ricerca\b",
    "publications": r"\belenco\s+(?:delle|dei)\s+(?:pubblicazioni|titoli)\b",
    "transcripts": r"\bcertificato\s+(?:di\s+laurea\s+)?con\s+(?:gli\s+)?esami\b",
    # an identity paper, a degree, a self-certification, "any other document"
    "other": r"\bdocumento\s+(?:di\s+|d['’])identità\b|\bcopia\s+(?:del|della|dei|delle)\b|"
             r"\btitolo\s+di\s+studio\b|\b(?:auto)?certificazione\b|"
             r"\bdichiarazione\s+sostitutiva\b|\bogni\s+altro\s+documento\b|\btesi\s+di\b",
}

# … and as Polish ones ("Dokumenty od kandydata: 1. podanie …, 2. życiorys naukowy, 3. …, 4. spis
# publikacji, 5. dwie opinie …")
POLISH_PATTERNS: dict[str, str] = {
    "letters": r"\bopinie?\s+(?:od|o|z)\b|\blisty?\s+polecając\w*|\brekomendacj\w*",
    "cover_letter": r"\bpodanie\b|\blist\s+motywacyjny\b",
    "cv": r"\bżyciorys\w*",
    "publications": r"\b(?:spis|wykaz|lista)\s+(?:wszystkich\s+)?publikacji\b",
    "research_statement": r"\bplan\s+badań\b|\bkoncepcj\w+\s+(?:badań|pracy\s+naukowej)\b",
    # a personal questionnaire, certificates of employment, declarations, a diploma, tax forms
    "other": r"\bkwestionariusz\w*|\bświadectw\w*\s+pracy\b|\boświadczeni\w*|\bdyplom\w*|"
             r"\bPIT-\d\b|\bodpis\w*\s+dyplomu\b",
}

# the words that ask for materials in German, Swedish, French, Spanish and Portuguese postings
# ("Bewerbung mit …", "Din ansökan ska innehålla: …", "joindre …", "deberán presentar", "anexar")
FOREIGN_REQUESTS = (
    r"bewerbung(?:en)?\s+mit|bewerbungsunterlagen|einzureichen|einreichen|"
    # "Ihre Bewerbung sollte … enthalten", "… sind beizufügen"
    r"bewerbung(?:en)?\s+(?:sollte|sollten|soll|muss|müssen)|enthalten|beizufügen|beifügen|"
    # "… dass Sie einen Lebenslauf … beilegen", "In die Bewerbung gehören …"
    r"beilegen|beizulegen|gehören\s+in\s+die\s+bewerbung|in\s+die\s+bewerbung\s+gehören|"
    # "Erforderlich sind: …", "Benötigt werden: …", "… sind vorzulegen"
    r"erforderlich\s+sind|benötigt\s+werden|vorzulegen|"
    r"(?:senden|schicken|übersenden|übermitteln)\s+sie(?:\s+uns)?|"
    # Swedish: "Din ansökan ska innehålla: …", "… ska bifogas"
    r"ansökan\s+(?:ska|skall|bör|måste)\s+(?:innehålla|omfatta)|bifoga|bifogas|innehålla|"
    # Norwegian: "Søknaden skal inneholde …", "Følgende … må vedlegges", "leggje ved CV"
    r"inneholde|innehalde|vedlegges|leggj?es?\s+ved|leggj?ast\s+ved|leggj?e\s+ved|"
    # Danish: "Følgende dokumenter skal vedlægges din ansøgning", "… vedhæftes"
    r"vedlægges|vedhæftes|indeholde|"
    # Polish: "Dokumenty od kandydata:", "Wymagane dokumenty:", "należy złożyć / dołączyć"
    r"dokumenty\s+od\s+kandydata|wymagane\s+dokumenty|należy\s+(?:złożyć|dołączyć|przesłać)|"
    # French: "Le dossier doit contenir …", "… comprend …", "joindre …"
    r"contenir|comprend(?:re)?|comprenant|comporte|joindre|fournir|accompagnée?s?\s+de|"
    r"(?:doit|doivent)\s+réunir|"
    # Spanish: "… entregarán la siguiente documentación", "deberán presentar", "adjuntar"
    r"entregar(?:án)?|presentar(?:án)?|adjuntar(?:án)?|aportar(?:án)?|acompañar(?:án)?|"
    # Portuguese: "a documentação a ser enviada", "os documentos necessários", "anexar"
    r"a\s+ser(?:em)?\s+enviad[ao]s?|documentos\s+(?:necessários|exigidos|requeridos)|"
    r"documentação\s+(?:necessária|exigida|requerida)|anexar|apresentar|"
    # Italian: "Alle domande dovranno essere allegati: …", "allegare …", "corredata da"
    r"(?:essere|vanno|sono)\s+allegat[ie]|allegare|corredat[ae]\s+d[ae]|"
    r"(?:inviare|presentare|trasmettere)(?=\s+(?:il|la|i|le|un|una|copia)\b)"
)
