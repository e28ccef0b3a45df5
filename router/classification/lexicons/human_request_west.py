"""Human-request lexicon, part 1: English and the Germanic and Romance languages.

Keys (entries separated by "|"; "x*" = word starting with x, "*x" = word ending with x):
``human`` nouns that ask for a person and double as "are you a ...?" words; ``role`` staff
nouns that ask for a person on their own; ``weak`` person words that need a request verb;
``service`` department words that need a communication verb; ``talk`` communication verbs;
``want`` request verbs; ``glue`` words allowed between a verb and its noun; ``filler`` words
allowed around a bare noun; ``neg`` negation cues; ``neg_local`` negation cues trusted only when
the message is known to be in this language; ``before``/``after`` words that turn a noun into
something else (travel agent, human resources); ``identity`` regular expressions (on folded
text) for "am I talking to a person?" questions. ``callback`` verbs that reach a staff noun
from either side ("can someone from customer service call me", "mich zurückrufen"); ``one``
pronouns that are a person before ``from`` and a department ("en fra kundeservice", "wer vom
Kundenservice"); ``rhetorical`` words that make a negated question a request ("can't I just",
"kan jeg ikke bare", "no puedo simplemente").
"""

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "rhetorical": "just|simply",
        "from": "from|of|at|in",
        "one": "one",
        "callback": "call me|ring me|contact me|phone me|call me back|ring me back|get back to me"
        "|reach out to me|get in touch with me|give me a call|give me a ring|reach me",
        "human": "human|humans|hooman|person|real person|human being|real human|actual person"
        "|live person|real one",
        "role": "agent|agents|operator|operators|representative|representatives|rep|reps|advisor"
        "|adviser|consultant|supervisor|manager|live agent|human agent|customer agent"
        "|service agent|support agent|live chat|live support|human support|real agent",
        "weak": "someone|somebody|anyone|anybody|colleague|employee|staff|staff member|people"
        "|specialist|assistant|worker|bank worker|team member",
        "service": "customer service|customer support|support|support team|customer care"
        "|helpdesk|help desk|service desk|call center|call centre|hotline|your team|the team"
        "|client service|service team",
        "talk": "talk|talking|speak|speaking|chat|chatting|connect|connecting|transfer"
        "|transferring|forward|escalate|escalating|reach|contact|contacting|redirect"
        "|patch|hand over|handover|switch|route|put through|get through|communicate"
        "|deal|hand|sort|discuss|go through"
        "|get hold of|hold of|in touch with|get in touch with|put me in touch",
        "want": "want|wanna|need|needs|get|give|have|like|prefer|rather|request|requesting"
        "|require|demand|let|lemme|bring|send|find|there|is their|their is|pass|put|take"
        "|ask for|asking for"
        "|looking for|able",
        "glue": "a|an|the|to|with|me|us|one|of|your|real|live|actual|human|proper|some|please"
        "|pls|plz|now|right|immediately|asap|just|another|other|different|else|directly"
        "|over|through|on|be|get|i|can|could|may|any|available|fucking|damn|freaking"
        "|bloody|goddamn|talk|speak|chat|person|someone|somebody|instead|actually"
        "|really|possible|help|robotic|normal|this|via|who|is|in|back|again|here"
        "|quickly|soon|urgently|out|it|that|w|u",
        "filler": "please|pls|plz|now|asap|hello|hi|hey|ok|okay|thanks|thank|you|yes|yeah|help"
        r"|urgent"
        "|urgently|immediately|right|a|an|the|real|live|actual|human|just|need|want|talk"
        "|speak|me|to|with|i|one|other|another|proper|fucking|damn|sir|madam|already|god|omg"
        "|again|still|some|customer|service|support|chat|helpdesk|for|pleaseee",
        "other": "someone else|somebody else|another person|someone different",
        "question": "how|when|where|what|whats|which",
        "neg": "not|never|without|nobody|no need|no longer|nothing|neither|nor|rather not",
        "neg_local": "no",
        "before": "travel|estate|insurance|secret|booking|undercover|fbi|cia|double|shipping"
        "|customs"
        "|rental|sports|talent|leasing|ticket|user|cleaning|chemical|ticketing|press|patent"
        "|literary|border|election|paying|nerve|vr|ai",
        "after": "resources|rights|error|errors|nature|trafficking|race|body|history|interest"
        "|orange|smith|provocateur|id|said|told|says|was|were|took|booked|charged",
        "identity": r"\b(am|m) i (really |actually |even |now |currently )?(talking|speaking"
        r"|chatting|texting|writing|communicating)\b|\bi (am|m) (talking|speaking|chatting"
        r"|texting|writing) (to|with) (a |an |the )?(real|human|bot|robot|machine|computer"
        r"|person|live|actual|ai|someone|somebody)|\b(is|are) (this|it|that|you) (really "
        r"|actually |even )?(a |an )?(real|human|bot|robot|person|live|machine|computer|ai)\b"
        r"|\bwho (am i|are you|is this)\b|(^|\b(so|and|or|but|then|wait|now|ok|okay|hey|hi"
        r"|hello|oh|also|really|know|wonder|whether|if) )do i (talk|speak|chat)\b"
        r"|\b(you|u) (rather|prefer|like to|want to|wish to|wish you were) be\b"
        r"|\b(any|some)(one|body) (there|here|real there)$",
    },
    "de": {
        "rhetorical": "einfach|mal|eben|bitte",
        "from": "vom|von|aus|aus dem|beim|bei|bei der|im",
        "one": "wer|einer|einen|einem",
        "callback": "anrufen|zuruckrufen|zurueckrufen|mich anrufen|mich zuruckrufen|ruft mich"
        "|ruf mich|rufen sie mich|bei mir melden|mich kontaktieren|kontakt mit mir aufnehmen"
        "|mich erreichen",
        "human": "mensch|menschen|menschlich|menschlichen|person|echte person|echter mensch"
        "|reale person"
        "|mensch aus fleisch und blut",
        "role": "mitarbeiter|mitarbeiterin|mitarbeitern|mitarbeitende|kundenberater"
        "|kundenberaterin|berater|beraterin|sachbearbeiter|sachbearbeiterin|agent|agenten"
        "|kundendienstmitarbeiter|servicemitarbeiter|ansprechpartner|ansprechpartnerin|operator"
        "|betreuer|betreuerin|menschlichen mitarbeiter|support mitarbeiter|telefonist",
        "weak": "jemand|jemanden|jemandem|kollege|kollegin|angestellten|leute|jemand echtes"
        "|einen echten|ein echter|fachmann|spezialist|vorgesetzten|chef|jemand echtem"
        "|jemandem echten|jemanden echtes",
        "service": "kundendienst|kundenservice|support|hotline|service team|callcenter"
        "|kundensupport"
        "|servicecenter|service",
        "talk": "sprechen|reden|verbinden|verbunden|weiterleiten|weitergeleitet|durchstellen"
        "|chatten|schreiben|telefonieren|kontaktieren|erreichen|übergeben|verbinde"
        "|verbindet|weiterverbinden|eskalieren|sprechen können|verbinden sie"
        "|stellen sie mich|leite|leiten|weiter|klären|besprechen|regeln",
        "want": "möchte|möchten|will|wollen|brauche|brauchen|hätte|hätten|bitte|gib|geben|hole"
        "|holen|holt|kann|könnte|können|ich hätte gern|her|gibt es|gibts|verlange"
        "|bestehe|lieber|wünsche|hätte gerne|suche|brauch|hol",
        "glue": "mit|einem|einer|einen|ein|eine|dem|der|den|die|zu|zum|zur|an|mich|mir|uns"
        "|bitte|echten|echter|echtem|richtigen|richtigen|realen|menschlichen|lebenden"
        "|jetzt|sofort|endlich|mal|doch|gerne|gern|ich|irgendeinem|anderen|ihrer|ihrem"
        "|ihren|eurem|euren|von|mal|verdammt|noch|einfach|direkt|dringend|schnell"
        "|lieber|bei|kurz|wirklich|telefonisch|nem|nen|ne|vom|hier|auch|das|jemand",
        "filler": "bitte|jetzt|sofort|hallo|hi|hey|danke|ok|okay|ja|dringend|endlich|mal|ein|eine"
        "|einen|echter|echten|echte|richtiger|einem|menschlicher|menschlichen|hilfe"
        "|nochmal|sofort|schnell|moin|servus|gruezi|herr|frau|gott|man|verdammt"
        "|kundenservice|kundendienst|nem|nen|ne",
        "other": "jemand anderen|jemand anderes|jemand anders|jemand anderem|jemand anderer",
        "question": "wie|wann|wo|was|welche|welcher|welches",
        "neg": "nicht|kein|keine|keinen|keinem|nie|niemals|ohne|nicht mehr|brauche keinen",
        "neg_local": "",
        "before": "reise|versicherungs|immobilien|geheim|doppel|handels",
        "after": "war|ist|hat|hatte|sagte|meinte|rechte|ressourcen",
        "identity": r"\b(spreche|rede|schreibe|chatte|kommuniziere) ich (hier |gerade |jetzt "
        r"|eigentlich |wirklich )*(mit|gerade)\b|\b(bist du|sind sie|ist das|seid ihr) "
        r"(hier |eigentlich |wirklich |überhaupt )*(ein|eine|echt|real|mensch|person|bot"
        r"|roboter|maschine|computer|ki)",
    },
    "nl": {
        "rhetorical": "gewoon|even|eens",
        "from": "van|bij",
        "one": "een",
        "callback": "terugbellen|bel me|me bellen|mij bellen|contact met me opnemen"
        "|contact met mij opnemen|contact opnemen|me contacteren|mij contacteren",
        "human": "mensen|persoon|echt persoon|echte persoon|echt mens|echte mens|!mens",
        "role": "medewerker|medewerkers|medewerkster|klantenservicemedewerker|agent|operator"
        "|adviseur|consulent|vertegenwoordiger|servicemedewerker|supervisor|manager|behandelaar",
        "weak": "iemand|collega|werknemer|specialist",
        "service": "klantenservice|klantendienst|helpdesk|support|servicedesk|callcenter",
        "talk": "spreken|praten|chatten|verbinden|doorverbinden|doorverbonden|doorsturen"
        "|contact|bellen|bereiken|overdragen|verbind|verbonden",
        "want": "wil|willen|wilt|graag|kan|kun|kunt|mag|moet|nodig|geef|geeft|krijgen|krijg"
        "|liever|eis|zoek|is er|hebben|heb",
        "glue": "met|een|de|het|me|mij|ons|aan|naar|door|echt|echte|menselijke|nu|graag|even"
        "|alsjeblieft|alstublieft|svp|aub|ik|jullie|uw|andere|direct|meteen|snel|toch"
        "|wel|van|lijn",
        "filler": "alsjeblieft|alstublieft|aub|svp|nu|hallo|hoi|hey|dank|bedankt|ok|oke|ja|een"
        "|echte|echt|graag|help|snel|meteen|dringend",
        "question": "hoe|wanneer|waar|wat|welke",
        "other": "iemand anders",
        "neg": "niet|geen|nooit|zonder|niet meer",
        "neg_local": "",
        "before": "reis|verzekerings|makelaar|geheim",
        "after": "was|heeft|zei",
        "identity": r"\b(praat|spreek|chat) (ik|je) (hier |nu |eigenlijk )*(met|nu)\b|\b(ben je"
        r"|bent u|is dit) (een|echt|mens|bot|robot)",
    },
    "sv": {
        "rhetorical": "bara",
        "from": "fran|pa|hos|i",
        "one": "en|nan",
        "callback": "ringa mig|ringa upp mig|ringer mig|ring mig|kontakta mig|kontaktar mig"
        "|hora av sig|hor av sig|hora av er|ringa upp",
        "human": "manniska|manniskor|person|riktig person|riktig manniska|levande person"
        "|en manniska",
        "role": "handlaggare|agent|operator|radgivare|kundtjanstmedarbetare|medarbetare"
        "|kundhandlaggare|handlaggaren|radgivaren|agenten|supporthandlaggare|chef"
        "|ansvarig|kundradgivare|!personal",
        "weak": "nagon|nan|kollega|anstalld|person",
        "service": "kundtjanst|kundservice|support|kundsupport|supporten|kundtjansten",
        "talk": "prata|tala|snacka|chatta|kopplas|koppla|koppla mig|overfora|overfor|skicka mig"
        "|na|kontakta|ringa|fa prata|fa tala|vidarekoppla"
        "|fa tag pa|fa tag i|tag pa|tag i|fa kontakt med|kontakt med",
        "want": "vill|behover|kan|far|ge|fa|onskar|hellre|finns|skulle",
        "glue": "med|en|ett|mig|mej|till|jag|vidare|riktig|riktigt|levande|nu|snalla|tack|bara"
        "|direkt|genast|era|er|annan|fa|ni|hos|ska|av|vanlig|manskliga|mansklig|verklig"
        "|en|pa|nan|m",
        "filler": "snalla|tack|nu|hej|hallo|ok|ja|en|ett|riktig|riktigt|genast|direkt|hjalp|fort",
        "other": "nagon annan|nan annan|en annan",
        "question": "hur|nar|vad|vilken|vilket",
        "neg": "inte|icke|ingen|inga|aldrig|utan",
        "neg_local": "",
        "before": "rese|forsakrings|mak|hemlig",
        "after": "var|sa|har",
        "identity": r"\b(pratar|talar|chattar|skriver) jag (med|nu)\b|\b(ar du|ar det har|ar det)"
        r" (en|ett|riktig|manniska|bot|robot)",
    },
    "da": {
        "rhetorical": "bare|lige",
        "from": "fra|i|pa|hos",
        "one": "en",
        "callback": "ringe mig|ringe mig op|ringe til mig|ring til mig|kontakte mig|kontakter mig"
        "|ringer mig|ringe tilbage|skrive til mig|vende tilbage",
        "human": "menneske|mennesker|person|rigtig person|rigtigt menneske",
        "role": "medarbejder|agent|operator|konsulent|radgiver|sagsbehandler"
        "|kundeservicemedarbejder"
        "|medarbejderen|supporter",
        "weak": "nogen|kollega|ansat",
        "service": "kundeservice|support|kundesupport",
        "talk": "tale|snakke|chatte|stilles|stil mig|viderestille|viderestillet|forbinde"
        "|forbind|kontakte|ringe|skrive|fat i|fat pa|stille|stil|viderestil"
        "|sende mig videre|send mig videre|omstille|snak"
        "|i kontakt med|komme i kontakt med|kontakt med|have fat i|fa fat i",
        "want": "vil|gerne|kan|ma|far|fa|giv|behover|onsker|hellere|er der|ka|kunne|have"
        "|har brug for|brug for",
        "glue": "med|en|et|mig|til|igennem|videre|jeg|rigtig|rigtigt|nu|tak|bare|direkte|jeres"
        "|anden|levende|fra|om|i|pa|fat",
        "filler": "tak|nu|hej|ok|ja|en|et|rigtig|rigtigt|venligst|hjaelp|hurtigt",
        "other": "en anden|nogen anden|nogen andre",
        "question": "hvordan|hvornar|hvad|hvilken|hvilket",
        "neg": "ikke|ingen|aldrig|uden",
        "neg_local": "",
        "before": "rejse|forsikrings|ejendoms|hemmelig",
        "after": "var|sagde|har",
        "identity": r"\b(taler|snakker|chatter|skriver) jeg (med|nu)\b|\b(er du|er det) (en|et"
        r"|rigtig|menneske|bot|robot)",
    },
    "no": {
        "rhetorical": "bare",
        "from": "fra|i|pa|hos",
        "one": "en",
        "callback": "ringe meg|ringe til meg|ring meg|kontakte meg|ta kontakt med meg|ta kontakt"
        "|ringer meg|ringe tilbake",
        "human": "menneske|mennesker|person|ekte person|ekte menneske|virkelig person",
        "role": "medarbeider|agent|operator|konsulent|radgiver|saksbehandler|kundebehandler"
        "|kundeservicemedarbeider|medarbeideren|veileder",
        "weak": "noen|kollega|ansatt",
        "service": "kundeservice|kundestotte|support",
        "talk": "snakke|prate|chatte|sette over|sett meg over|settes over|koble|kobles|kontakte"
        "|ringe|skrive|na|sette meg over|satt over|sett over|koble meg|kople|fa tak i"
        "|prat"
        "|kontakt med|i kontakt med|komme i kontakt med|ha kontakt med",
        "want": "vil|gjerne|kan|ma|far|fa|gi|trenger|onsker|heller|er det|ha|e det",
        "glue": "med|en|et|ei|meg|til|over|jeg|ekte|nå|na|takk|bare|direkte|deres|annen"
        "|vennligst|me|m|pa|fra|i|ae|noen",
        "filler": "takk|na|hei|ok|ja|en|et|ekte|vennligst|hjelp|fort",
        "other": "en annen|noen andre|noen annen",
        "question": "hvordan|nar|hva|hvilken|hvilket",
        "neg": "ikke|ingen|aldri|uten",
        "neg_local": "",
        "before": "reise|forsikrings|eiendoms|hemmelig",
        "after": "var|sa|har",
        "identity": r"\b(snakker|prater|chatter|skriver) jeg (med|na)\b|\b(er du|er det) (en|et"
        r"|ekte|menneske|bot|robot)",
    },
    "is": {
        "human": "manneskja|manneskju|manneskjan|alvoru manneskju|raunverulega manneskju",
        "role": "starfsmann|starfsmadur|starfsmanni|thjonustufulltrua|thjonustufulltrui|fulltrua"
        "|fulltrui|radgjafa|radgjafi|umbodsmann",
        "weak": "einhvern|einhverjum|einhver",
        "service": "thjonustuver|thjonustuverid|thjonustuveri",
        "talk": "tala|spjalla|tengja|tengd|tengdur|gefa samband|samband|hafa samband|skrifa|talad"
        "|tengdu|tengt|tengir|talað",
        "want": "vil|vill|get|ma|fa|langar|thyrf|thyrfti|gefdu|viltu|er haegt",
        "glue": "vid|mig|mer|a|i|til|alvoru|raunverulega|nuna|takk|bara|strax|eg|ad|thinn|ykkar",
        "filler": "takk|nuna|hae|halló|ok|ja|alvoru|strax|hjalp",
        "neg": "ekki|aldrei|an",
        "neg_local": "",
        "before": "ferda|trygginga",
        "after": "var|sagdi",
        "identity": r"\ber eg ad (tala|spjalla|skrifa)\b|\b(tala|spjalla) eg vid\b"
        r"|\bertu (manneskja"
        r"|vel|botti|alvoru|robot)",
    },
}
