"""Risk-topic lexicon, part 1: English, German, Dutch (part 2 ``risk_north``: Swedish, Danish,
Norwegian, Finnish; part 3 ``risk_south``: French, Spanish, Italian, Portuguese; part 4
``risk_east``: Polish).

Syntax as in ``lexicon_match``. Keys named after a topic (``fraud``, ``stolen_card``,
``compromised_account``, ``dispute``, ``hardship``, ``bereavement``, ``legal_threat``,
``vulnerable_customer``) raise that topic on their own. The other keys are concepts that raise a
topic only next to each other (see ``risk_pairs.PAIRS``): ``theft`` / ``lost`` with ``card`` (a
card, wallet or bag) or ``device`` (phone, laptop); ``death`` or ``lost`` with ``kin`` ("my father
died", "lost my husband"); ``unrecognised`` with ``txn`` ("a payment I don't recognise") or
``misuse``; ``rel`` only after ``txn`` ("purchases I haven't made": "I haven't made a purchase in
months" is not fraud); ``someone`` with ``misuse`` ("someone ordered in my name") or ``access``
("someone changed my password"); ``collector`` with ``pressure`` ("a debt collector keeps calling
me"); ``lure`` with a legitimacy question ("a text asked for my card details, is this a scam?").
``block`` phrases hide their words, also a single word that another key names ("stole the show",
"the dispute settings page", "dying to know", "fraud prevention", "Betrugsschutz"). ``unpaid``
("I can't pay my ...") is hardship unless a ``practical`` word (when or how: "on Friday", "with
my card", "why") or a condition is near; ``contents`` ("something else inside") makes "not my
order" a wrong item, not fraud; ``otp`` ("the login code") makes a lost phone a login problem;
``yet`` ("I haven't made the payment yet") cancels an ``unrecognised`` phrase next to it. A
fraud word after a ``question`` opener in a sentence that ends with "?" ("is this a scam?"), or
next to a ``legit`` word ("legit or a scam"), asks about the service, and so does a dispute next
to ``pause`` ("pause my payments during the dispute") or next to a ``merchant`` in a question
("I have a dispute with the shop, do I still have to pay?"). Ordinary support questions the bot
answers (a parcel that has not arrived, a duplicate charge, a wrong amount, late fees, debt
collection asked about) are not topics on their own. A word that is ordinary in another
language is gated with "!" (Portuguese "!golpe": Spanish "de golpe" is "all at once").

A ``card`` is also a brand or a national card name ("Visa", "Amex", "Girocard", "EC", "Dankort",
"BankAxept", "CB", "pinpas", "Postepay", "multibanco"), but not after a ``method`` word ("can I
pay with Visa?"). A topic word that names a job is no topic: after a ``job`` verb said of a
``worker`` or ``kin`` subject ("my friend works with fraud at a bank", "min mamma jobbar på
sjukhuset"), with no ``conj`` ("and") between, or a ``profession`` after a ``copula`` ("my dad
is a lawyer", "mon père est avocat").

Function words per language: ``negator`` negates up to two words ahead, ``neg_det`` ("no",
"kein") one; ``hedge`` phrases swallow a negator that does not deny ("not sure if");
``breaker`` ends a negation ("but", "just"); ``conditional`` makes hardship hypothetical.
"""

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "conj": "and|but|then",
        "profession": "lawyer*|solicitor*|attorney*",
        "copula": "is|was|s",
        "job": "works|work|working|worked|job|handles|handle|deals with|deal with|in charge of"
        "|processes",
        "worker": "friend|friends|mate|buddy|cousin|colleague|coworker|neighbour|neighbor|flatmate"
        "|roommate|boss|i|he|she|they",
        "fraud": "fraud*|fruad*|frawd|scam|scams|scammed|scamed|scammer*|scamer*|phishing|phished"
        "|fake website|fake sms|fake text|fake call|impersonat*|money mule|unauthorised"
        "|unauthorized|unauthorise*|unauthorize*|not authorised|not authorized|didn't authorise"
        "|didn't authorize|did not authorise|did not authorize|didnt authorise|didnt authorize"
        "|never authorised|never authorized|never approved|didn't approve|i didn't make this"
        "|i did not make this|i didn't make that|i didn't make these|i didnt make this"
        "|i never made|wasn't me|was not me|wasnt me|not me who|identity theft|identity fraud"
        "|stolen identity|stole my identity|someone used my card|somebody used my card"
        "|someone is using my card|used my card without|without my permission|without my consent"
        "|without my knowledge|order i didn't place|orders i didn't place|order i never placed"
        "|order i did not place",
        "stolen_card": "skimm*|cloned card|card cloned|card was cloned|card compromised"
        "|card has been compromised|card details stolen|card details leaked"
        "|card details were stolen|swiped my wallet|swiped my purse|swiped my bag"
        "|swiped my handbag|swiped my card",
        "compromised_account": "hacked|haked|hackd|hacker*|account takeover|taken over my account"
        "|took over my account|account was taken over|someone logged into|someone logged in"
        "|someone has access|someone accessed|someone else has access|got into my account"
        "|broke into my account|unknown device|unrecognised device|unrecognized device"
        "|unknown login|strange login|i didn't log in|i did not log in|password was changed"
        "|changed my password without|sim swap|account compromised|account has been compromised"
        "|account was compromised",
        "dispute": "dispute|disputing|disputed|chargeback|chargebacks|charge back|contest the"
        "|contest this|contesting|reverse the charge|reverse this charge|reverse the payment",
        "hardship": "can't afford|cannot afford|can not afford|cant afford|couldn't afford"
        "|unable to afford|struggling financially|financial difficult*|financial hardship"
        "|financial problems|financial trouble|money problems|money troubles|hardship|in debt"
        "|deep in debt|drowning in debt|debt problems|so much debt|lots of debt|bankrupt*"
        "|insolvency|insolvent|lost my job|unemployed|out of work|made redundant|laid off"
        "|got fired|been fired|fallen behind|behind on my payments|behind with my payments"
        "|no money left|no income|food bank|i'm broke|i am broke",
        "bereavement": "passed away|has passed|bereavement|bereaved|deceased|funeral"
        "|death certificate|probate|executor|estate of|late husband|late wife|late father"
        "|late mother|late mum|late mom|late dad|late partner|widow|widowed|widower",
        "legal_threat": "lawyer*|solicitor*|attorney*|legal action|legal proceedings|take legal"
        "|sue you|sue them|i will sue|i'll sue|going to sue|gonna sue|sue your|sue the|lawsuit"
        "|to court|in court|court case|small claims|ombudsman|regulator|fca|trading standards"
        "|consumer protection|report you to|my legal rights",
        "vulnerable_customer": "disabled|disability|disabilities|blind|visually impaired"
        "|partially sighted|deaf|hard of hearing|dementia|alzheimer*|cancer|chemotherapy|chemo"
        "|terminally ill|terminal illness|hospital|hospitalised|hospitalized|mental health"
        "|depression|depressed|bipolar|suicid*|kill myself|end my life|want to die|self harm"
        "|domestic abuse|domestic violence|abusive partner|carer|power of attorney|elderly"
        "|dyslexi*|learning disability|vulnerable",
        "theft": "stolen|stole|steal|stealing|theft|thief|thieves|robbed|robbery|pickpocket*"
        "|mugged|snatched|nicked|pinched|nabbed|half inched",
        "lost": "lost|lsot|lose|losing|misplaced|missing|can't find|cannot find|cant find"
        "|gone missing|dropped",
        "found": "found|turned up|ran across|reactivate*|re activate|no longer lost",
        # Brands and national card names count everywhere; "!" where they are ordinary words
        # elsewhere (Swedish "visa" is "show", Italian "maestro" a teacher).
        "card": "card|cards|debit card|credit card|bank card|wallet|purse|handbag|bag|!visa"
        "|visa debit|visa card|visa electron|mastercard*|master card|amex*|american express"
        "|!maestro|girocard*|dankort*|bankaxept*|pinpas*|postepay|multibanco|carte bleue",
        "device": "phone|mobile|smartphone|iphone|android|laptop|tablet|ipad|sim card|sim",
        "death": "died|dead|death|passed|killed",
        "kin": "husband|wife|father|mother|mum|mom|dad|son|daughter|brother|sister|partner|spouse"
        "|grandfather|grandmother|grandma|grandpa|grandad|parent|parents|uncle|aunt|fiance|fiancee"
        "|boyfriend|girlfriend|child|baby",
        "unrecognised": "don't recognise|do not recognise|don't recognize|do not recognize"
        "|dont recognise|dont recognize|didn't recognise|not recognised|not recognized"
        "|unrecognised|unrecognized|unknown|unfamiliar|suspicious|strange|weird|mysterious"
        "|no idea what|don't remember|do not remember|didn't make|did not make|didnt make"
        "|never made|didn't do|didn't perform|not mine|not made by me|didn't withdraw"
        "|did not withdraw|never seen|odd|didn't order|did not order|didnt order|never ordered"
        "|haven't ordered|didn't buy|did not buy|never bought|didn't purchase|never purchased"
        "|have not made this|haven't made this|havent made this|have not made these"
        "|haven't made these|don't know anything about|dont know anything about"
        "|do not know anything about|know nothing about|no clue what|never placed|didn't place"
        "|didnt place|did not place|didnt do|did not do|wasn't made by me|was not made by me"
        "|wasnt made by me",
        "txn": "payment*|transaction*|charge|charges|debit|debits|withdrawal*|purchase*|transfer*"
        "|visa payment*|amex payment*|mastercard payment*|maestro payment*"
        "|direct debit|deduction*|merchant|debited|card payment|card payments|invoice*|amount"
        "|amounts|billed|bill|bills|order|orders",
        "who": "don't know who|do not know who|dont know who|no idea who|not sure who",
        "someone": "someone|somebody|someone else|somebody else|stranger|strangers|some guy",
        "misuse": "in my name|took money from my account|taken money from my account"
        "|taking money from my account|withdrew money from my account|under my name|using my name"
        "|my identity|my personal details|used my card|using my card|used my account"
        "|using my account|used my details|using my details|has my card details"
        "|got my card details|have my card details",
        "access": "logged into my account|logged in to my account|logged into my"
        "|got into my account|got access to my account|has access to my account"
        "|accessed my account|changed my password|changed my email|changed my e mail"
        "|changed my phone number|is using my account|took over my account|got into my acc"
        "|logged into my acc|into my acct|has my login|has my password|got my password"
        "|has my login details|knows my password|changed the email|changed the phone number"
        "|changed my number|changed my address|changed the password",
        "collector": "debt collector*|debt collection*|collection agency|collections agency"
        "|collection agencies|bailiff*|debt recovery",
        "pressure": "calling|called me|calls me|contacted me|contacting me|harass*|threaten*"
        "|chasing me|at my door|knocking|demanding|after me|keeps writing|keep writing"
        "|keeps sending|keep sending|bombard*",
        "block": "stole the show|stole my heart|stole the scene|a steal|dispute settings"
        "|dispute setting|dispute page|dispute tab|dying to|killing it|killing me|to die for"
        "|dead battery|battery died|battery is dead|died on me|dead link|lost my patience"
        "|lost track|lost interest|lost connection|card game|card games|bored to death"
        "|scared to death|death metal|blind spot|double check|double checked|legal name|sue from"
        "|lost in translation|can't find where|cannot find where|can't find how|can't find the"
        "|didn't make my|did not make my|didnt make my|didn't make it on time"
        "|didn't make the .. on time|did not make the .. on time|never made it on time|lost access"
        "|fraud prevention|fraud protection|fraud detection|anti fraud|against fraud|against scams"
        "|against scam|against scammers|from fraud|from scams|from scammers|work in fraud"
        "|works in fraud|working in fraud|work in the fraud|works in the fraud"
        "|working in the fraud|job in fraud",
        "unpaid": "can't pay my|cant pay my|can't pay back|cannot pay my|can't pay anything"
        "|can't pay this month|cannot pay this month|can't pay right now|unable to pay"
        "|unable to repay|can't repay|cannot repay|struggling to pay|struggle to pay"
        "|can't make my payments|can't make the payments",
        "contents": "inside|in the box|in the parcel|in the package|wrong item|wrong product"
        "|something else|different item|wrong size|wrong colour|wrong color",
        "practical": "why|how come|on time|in time|this time|today|tomorrow|on monday|on tuesday"
        "|on wednesday|on thursday|on friday|on saturday|on sunday|until next|till next"
        "|until payday|with|by card|online|on the site|on the website|in the app|at checkout"
        "|at the checkout|via",
        "negator": "not|never|no one|noone|nobody|nothing|don't|dont|doesn't|doesnt|didn't|didnt"
        "|isn't|isnt|wasn't|wasnt|aren't|arent|weren't|hasn't|hasnt|haven't|havent|hadn't|won't"
        "|wont|neither|nor",
        "neg_det": "no|zero",
        "hedge": "not sure|not certain|don't know if|dont know if|don't know whether|no idea if"
        "|no idea whether|not only|not just|wonder if|wondering if",
        "breaker": "but|just|only|rather|instead|though|however",
        "conditional": "if|in case|suppose|supposing|what happens|what will happen|would i",
        "rel": "have not made|haven't made|havent made|not made|never authorised|never authorized"
        "|didn't authorise|didn't authorize",
        "question": "is this|is it|is that|are you|are u|r u|are you guys|is this really|or",
        "legit": "legit|legitimate|trustworthy|reliable|genuine|real company|safe to use",
        "merchant": "shop|store|merchant|seller|retailer|vendor|webshop|online shop",
        "pause": "pause|paused|pausing|on hold|freeze|hold off|stop paying|still have to pay"
        "|still pay",
        "yet": "yet",
        "lure": "text|texts|sms|email|e mail|link|call|caller|message|asked for my|asking for my",
        "otp": "code|codes|login code|verification code|one time code|sms code",
        "method": "pay with|pay by|paying with|paying by|paid with|paid by|pay using",
    },
    "de": {
        "conj": "und|aber|dann",
        "profession": "anwalt|anwältin|rechtsanwalt|rechtsanwältin|*anwalt|jurist|juristin",
        "copula": "ist|war|bin",
        "job": "arbeitet|arbeite|arbeiten|jobbt|jobbe|beruflich|zuständig für|kümmert sich um",
        "worker": "freund|freundin|kumpel|kollege|kollegin|cousin|cousine|nachbar|nachbarin"
        "|bekannter|bekannte|chef|chefin|ich|er|sie",
        "fraud": "betrug|betrugs*|betrüger*|betrogen|abzocke|abgezockt|phishing|gefälschte*"
        "|identitätsdiebstahl|identitätsbetrug|nicht autorisiert|unautorisiert*|nicht freigegeben"
        "|ohne meine zustimmung|ohne mein wissen|ohne meine erlaubnis|habe ich nicht gemacht"
        "|hab ich nicht gemacht|habe ich nicht getätigt|war ich nicht|das war nicht ich"
        "|nicht von mir|hat meine karte benutzt|missbrauch*|betrugsversuch|von mir nicht genehmigt"
        "|nicht von mir genehmigt|habe ich nicht genehmigt|hab ich nicht genehmigt|nie genehmigt"
        "|habe .. nicht genehmigt|hab .. nicht genehmigt",
        "stolen_card": "finde meine karte nicht|finde meine kreditkarte nicht"
        "|finde meine *karte nicht|finde meine visa nicht|finde meine maestro nicht"
        "|finde meine girocard nicht|finde meine ec nicht|finde meine mastercard nicht"
        "|finde meine amex nicht"
        "|finde meine geldbörse nicht|finde mein portemonnaie nicht|finde meinen geldbeutel nicht"
        "|finde meine brieftasche nicht|skimming|karte kopiert|kartendaten gestohlen|karte geklont",
        "compromised_account": "gehackt|gehacked|gehäckt|konto übernommen|kontoübernahme"
        "|account übernommen|fremder zugriff|fremde anmeldung|unbekanntes gerät"
        "|unbekannte anmeldung|passwort wurde geändert|sim swapping|hat sich eingeloggt"
        "|hat sich angemeldet|konto wurde übernommen|account wurde übernommen|konto gekapert"
        "|account gekapert",
        "dispute": "widerspruch|widersprechen|rückbuchung|zurückbuchen|zurückbuchung|chargeback"
        "|lastschrift zurückgeben|lastschrift zurückholen|anfechten|bestreite|bestreiten"
        "|streitfall",
        "hardship": "kann mir .. nicht leisten|zahlungsunfähig|zahlungsschwierigkeiten"
        "|finanzielle schwierigkeiten|finanzielle probleme|finanzielle not|geldsorgen|geldprobleme"
        "|habe schulden|hab schulden|viele schulden|hohe schulden|schuldenfalle|schuldnerberatung"
        "|verschuldet|überschuldet|insolvenz|privatinsolvenz|pleite|arbeitslos|job verloren"
        "|arbeit verloren|arbeitsstelle verloren|mir wurde gekündigt|bürgergeld|kein geld mehr"
        "|kein einkommen",
        "bereavement": "verstorben|verstarb|verstorbene*|todesfall|sterbefall|beerdigung"
        "|beisetzung|trauerfall|sterbeurkunde|nachlass|erbschein|erbengemeinschaft|witwe|witwer"
        "|hinterbliebene*",
        "legal_threat": "anwalt|anwältin|rechtsanwalt|rechtsanwältin|anwälte|*anwalt|verklagen"
        "|verklage|rechtliche schritte|gerichtlich*|gericht|vor gericht|schlichtungsstelle"
        "|ombudsmann|ombudsstelle|verbraucherzentrale|bafin|finanzaufsicht|!klage",
        "vulnerable_customer": "behindert|behinderung|schwerbehindert|sehbehindert|gehörlos|taub"
        "|demenz|alzheimer*|krebs|chemotherapie|krankenhaus|psychisch*|depression*|depressiv"
        "|suizid*|selbstmord*|mich umbringen|will nicht mehr leben|häusliche gewalt|betreuer"
        "|vollmacht|pflegefall|pflegeheim|legasthen*",
        "theft": "gestohlen|gestolen|geklaut|gestohlene*|diebstahl|dieb|diebe|ausgeraubt|beraubt"
        "|überfallen|taschendieb*|entwendet|klauen|stehlen|geklaud|gezockt|gemopst|stibitzt"
        "|mitgehen lassen",
        "lost": "verloren|verlohren|verlegt|vermisst|abhanden*|unauffindbar|finde .. nicht|ist weg"
        "|liegen lassen|liegen gelassen|liegengelassen|verbummelt|verschlampt|verschusselt",
        "found": "gefunden|wiedergefunden|aufgetaucht",
        "card": "karte|*karte|karten|*karten|geldbörse|portemonnaie|portmonee|brieftasche"
        "|geldbeutel|handtasche|!visa|!maestro|!ec|girocard*|mastercard*|amex*",
        "device": "handy|smartphone|telefon|iphone|laptop|tablet|sim|simkarte|sim karte",
        "death": "gestorben|starb|ums leben|!tot",
        "kin": "mann|ehemann|!frau|ehefrau|vater|mutter|papa|mama|sohn|tochter|bruder|schwester"
        "|partner|partnerin|opa|oma|großvater|großmutter|eltern|kind|lebensgefährte"
        "|lebensgefährtin",
        "unrecognised": "kenne ich nicht|erkenne .. nicht|kenne .. nicht|nicht erkannt|unbekannt*"
        "|verdächtig*|merkwürdig*|seltsam*|komisch*|nicht gemacht|nicht getätigt|nicht veranlasst"
        "|nicht bestellt|nie bestellt|nie gemacht|nie getätigt|nicht kenne|nicht erkenne"
        "|nicht aufgegeben|nie aufgegeben|nicht autorisiert|nie autorisiert|keine ahnung was"
        "|keine ahnung wofür|keine ahnung woher|weiß nicht wofür|weiss nicht wofür|nie gekauft"
        "|nicht gekauft",
        "txn": "bestellung*|zahlung*|abbuchung*|buchung*|transaktion*|lastschrift*|überweisung*"
        "|abhebung*|belastung*|umsatz|umsätze|händler|kartenzahlung*|rechnung*|*kauf|*käufe|betrag"
        "|beträge|summe",
        "who": "weiß nicht wer|weiss nicht wer|weis nicht wer|keine ahnung wer",
        "someone": "jemand|irgendwer|irgendjemand|ein fremder|fremde",
        "misuse": "in meinem namen|auf meinen namen|unter meinem namen|mit meinen daten"
        "|meine identität|meine karte benutzt|meine karte verwendet|meine kartendaten",
        "access": "mein passwort geändert|meine e mail geändert|meine email geändert"
        "|in mein konto eingeloggt|sich eingeloggt|auf mein konto zugegriffen"
        "|zugriff auf mein konto|mein konto übernommen|meine email adresse geändert"
        "|meine e mail adresse geändert|meine handynummer geändert|die handynummer geändert"
        "|meine telefonnummer geändert|meine nummer geändert|war in meinem konto"
        "|waren in meinem konto|war in meinem account|sich .. mein* .. eingeloggt"
        "|sich .. mein* .. angemeldet|kennt mein passwort|hat meine zugangsdaten",
        "collector": "inkasso*|gerichtsvollzieher|mahnbescheid",
        "pressure": "ruft .. an|rufen .. an|angerufen|anrufe|droht|drohen|bedroht|vor der tür"
        "|belästig*|verfolgt",
        "block": "landkarte|eintrittskarte|speisekarte|postkarte|visitenkarte|fahrkarte"
        "|sterbenslangweilig|todmüde|streitbeilegung einstellungen|zugang verloren"
        "|den zugang verloren|betrugsprävention|betrugspraevention|betrugsschutz|betrugsbekämpfung"
        "|betrugserkennung|betrugsabteilung|vor betrug|gegen betrug|vor abzocke|gegen abzocke"
        "|vor betrügern",
        "unpaid": "kann .. nicht bezahlen|kann .. nicht zahlen|kann .. nicht zurückzahlen"
        "|kann .. nicht mehr zahlen|nicht mehr zahlen|nicht mehr bezahlen",
        "contents": "im paket|drin|drinnen|falscher artikel|falsche ware|falsches produkt"
        "|etwas anderes|was anderes",
        "practical": "warum|wieso|weshalb|rechtzeitig|pünktlich|diesmal|dieses mal|heute|morgen"
        "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|bis zum|bis nächste|mit"
        "|online|im shop|beim checkout|in der app|per",
        "negator": "nicht|nichts|nie|niemals|niemand|garnicht",
        "neg_det": "kein|keine|keinen|keinem|keiner|keines",
        "hedge": "nicht sicher|weiß nicht ob|weiss nicht ob|weis nicht ob|nicht nur",
        "breaker": "aber|sondern|nur|jedoch|bloß|bloss|lediglich",
        "conditional": "wenn|falls|sollte|angenommen|was passiert",
        "question": "ist das|ist es|seid ihr|sind sie|ist das hier|oder|ist das ne|ist das eine"
        "|ist|seid|sind",
        "legit": "seriös|seriöse|vertrauenswürdig|legitim|legit",
        "merchant": "shop|händler|haendler|verkäufer|laden|geschäft|onlineshop|webshop|*shop",
        "pause": "pause|pausieren|pausiere|aussetzen|anhalten|trotzdem zahlen|trotzdem bezahlen"
        "|weiter zahlen",
        "yet": "noch|bisher",
        "lure": "sms|mail|e mail|email|link|anruf|anrufer|nachricht",
        "otp": "code|login code|bestätigungscode|anmeldecode|sms code|tan",
        "method": "zahlen mit|bezahlen mit|zahle mit|bezahle mit|zahlung mit",
    },
    "nl": {
        "conj": "!en|maar|toen",
        "profession": "advocaat|advocate|jurist",
        "copula": "is|was|ben",
        "job": "werkt|werk|werken|zit bij",
        "worker": "vriend|vriendin|maat|neef|nicht|collega|buurman|buurvrouw|baas|ik|hij|zij",
        "fraud": "fraude|fraudeur*|oplichting|opgelicht|oplichter*|opgelict|phishing|nepbericht"
        "|valse sms|identiteitsfraude|identiteitsdiefstal|niet geautoriseerd"
        "|zonder mijn toestemming|zonder mijn medeweten|ik was het niet|dat was ik niet"
        "|niet door mij|heb ik niet gedaan|heeft mijn pas gebruikt|heeft mijn kaart gebruikt"
        "|misbruik",
        "stolen_card": "kan mijn pas niet vinden|kan mijn bankpas niet vinden"
        "|kan mijn kaart niet vinden|kan mijn portemonnee niet vinden|vind mijn pas niet"
        "|vind mijn portemonnee niet",
        "compromised_account": "gehackt|gehacked|gehakt|account overgenomen|heeft ingelogd"
        "|onbekend apparaat|onbekende inlog|wachtwoord gewijzigd|wachtwoord veranderd",
        "dispute": "betwisten|betwist|geschil|terugboeking|terugboeken|terugdraaien|chargeback"
        "|storneren|stornering|bezwaar maken|bezwaar tegen",
        "hardship": "betalingsproblemen|betalingsachterstand|financiële problemen|geldproblemen"
        "|geldzorgen|heb schulden|veel schulden|in de schulden|schuldhulp*|schuldsanering"
        "|faillissement|failliet|werkloos|baan kwijt|baan verloren|ontslagen|geen inkomen"
        "|geen geld meer|betalingsregeling",
        "bereavement": "overleden|overlijden|overlijdensakte|begrafenis|crematie|uitvaart"
        "|nalatenschap|erfenis|weduwe|weduwnaar|nabestaande*",
        "legal_threat": "advocaat|advocaten|jurist|rechtszaak|rechter|rechtbank|aanklagen"
        "|dagvaarden|dagvaarding|juridische stappen|gerechtelijke stappen|kifid|ombudsman"
        "|consumentenbond|geschillencommissie",
        "vulnerable_customer": "gehandicapt|beperking|slechtziend|doof|dementie|alzheimer*|kanker"
        "|chemo|ziekenhuis|psychische problemen|depressie|depressief|zelfmoord|suïcid*"
        "|huiselijk geweld|bewindvoerder|bewindvoering|volmacht|mantelzorger|bejaard*|dyslexie"
        "|!invalide",
        "theft": "gestolen|gestolden|gejat|gepikt|diefstal|dief|dieven|beroofd|overval*"
        "|zakkenroller*|jatten|ontfutseld",
        "lost": "kwijt|kwijtgeraakt|verloren|verlooren|vermist|kan .. niet vinden|niet meer vinden"
        "|!weg|nergens .. vinden|nergens vinden|nergens te vinden",
        "found": "gevonden|teruggevonden",
        "card": "!pas|pasje|bankpas|betaalpas|creditcard|kaart|kaartje|portemonnee|portefeuille"
        "|tas|!visa|!maestro",
        "device": "telefoon|mobiel|gsm|smartphone|iphone|laptop|tablet|simkaart",
        "death": "dood|gestorven|stierf",
        "kin": "!man|echtgenoot|vrouw|echtgenote|vader|moeder|papa|mama|zoon|dochter|broer|zus"
        "|partner|opa|oma|ouders",
        "unrecognised": "herken ik niet|niet herken*|niet herkend|onbekend*|vreemd*|verdacht*|raar"
        "|rare|niet .. gedaan|nooit gedaan|niet .. besteld|nooit besteld|niet van mij"
        "|niet heb goedgekeurd|ik niet .. goedgekeurd|nooit goedgekeurd|niet .. geplaatst"
        "|nooit geplaatst|niet ken|ken ik niet|niet .. gekocht|nooit gekocht|nooit .. gedaan"
        "|nooit .. besteld|nooit .. gekocht",
        "txn": "betaling*|transactie*|afschrijving*|incasso*|opname*|aankoop|aankopen|overboeking*"
        "|overschrijving*|afgeschreven|factuur|facturen|bestelling|bestellingen|bedrag|bedragen",
        "who": "weet niet wie|geen idee wie|weet ik niet wie",
        "someone": "iemand|iemand anders|een onbekende|onbekenden",
        "misuse": "op mijn naam|onder mijn naam|met mijn gegevens|mijn gegevens gebruikt"
        "|mijn pas gebruikt|mijn kaart gebruikt|mijn identiteit",
        "access": "wachtwoord veranderd|wachtwoord gewijzigd|e mail veranderd"
        "|ingelogd op mijn account|in mijn account gekomen|in mijn account ingelogd"
        "|toegang tot mijn account|mijn account overgenomen|op mijn account ingelogd"
        "|mijn e mailadres veranderd|mijn emailadres veranderd|mijn mailadres veranderd"
        "|mijn telefoonnummer veranderd|mijn nummer veranderd|mijn e mailadres gewijzigd"
        "|mijn emailadres gewijzigd|mijn telefoonnummer gewijzigd|is ingelogd|heeft ingelogd",
        "collector": "incassobureau*|incasso bureau|deurwaarder*|gerechtsdeurwaarder",
        "pressure": "belt|bellen|gebeld|dreigt|dreigen|bedreigd|aan de deur|lastig",
        "unpaid": "kan niet betalen|kan .. niet betalen|kan .. niet terugbetalen"
        "|kan .. niet meer betalen|niet meer betalen",
        "contents": "in het pakket|in de doos|verkeerd artikel|verkeerde artikel|verkeerd product"
        "|iets anders",
        "block": "toegang kwijt|toegang verloren|fraudepreventie|fraudebescherming"
        "|fraudebestrijding|fraudedetectie|fraudeafdeling|tegen fraude|tegen oplichting"
        "|tegen oplichters",
        "practical": "waarom|op tijd|deze keer|dit keer|vandaag|morgen|maandag|dinsdag|woensdag"
        "|donderdag|vrijdag|zaterdag|zondag|met|online|in de app|via|tot volgende",
        "negator": "niet|nooit|niets|niks|niemand",
        "neg_det": "geen",
        "hedge": "niet zeker|weet niet of|niet alleen",
        "breaker": "maar|alleen|gewoon|enkel",
        "conditional": "!als|indien|stel dat|wat gebeurt",
        "question": "is dit|is het|is dat|zijn jullie|of",
        "legit": "betrouwbaar|betrouwbare|legitiem|legit|bonafide|te vertrouwen",
        "merchant": "winkel|webshop|webwinkel|verkoper|handelaar|shop|*winkel",
        "pause": "pauzeren|pauze|stopzetten|stilzetten|on hold|opschorten|toch betalen",
        "yet": "nog",
        "lure": "sms|sms je|mail|e mail|email|link|linkje|telefoontje|beller|bericht",
        "otp": "code|inlogcode|verificatiecode|sms code",
        "method": "betalen met|betaal met|betalen via|afrekenen met",
    },
}
