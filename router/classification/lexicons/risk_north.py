"""Risk-topic lexicon, part 1: English, German, Dutch, Swedish, Danish, Norwegian.

Syntax as in ``lexicon_match``. Keys named after a topic (``fraud``, ``stolen_card``,
``compromised_account``, ``dispute``, ``hardship``, ``bereavement``, ``legal_threat``,
``vulnerable_customer``) raise that topic on their own. The other keys are concepts that raise a
topic only next to each other (see ``risk.PAIRS``): ``theft`` / ``lost`` with ``card`` (a card,
wallet or bag) or ``device`` (phone, laptop); ``death`` or ``lost`` with ``kin`` ("my father
died", "lost my husband"); ``unrecognised`` with ``txn`` ("a payment I don't recognise") or
``misuse``; ``someone`` with ``misuse`` ("someone ordered in my name") or ``access`` ("someone
changed my password"); ``collector`` with ``pressure`` ("a debt collector keeps calling me").
``block`` phrases hide their words ("stole the show", "the dispute settings page", "dying to
know"). ``unpaid`` ("I can't pay my ...") is hardship unless a ``practical`` word (when or how:
"on Friday", "with my card", "why") or a condition is near; ``contents`` ("something else
inside") makes "not my order" a wrong item, not fraud. Ordinary support questions the bot
answers (a parcel that has not arrived, a duplicate charge, a wrong amount, late fees, debt
collection asked about) are not topics on their own. A word that is ordinary in another
language is gated with "!" (Portuguese "!golpe": Spanish "de golpe" is "all at once").
"""

LEXICON: dict[str, dict[str, str]] = {
    "en": {
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
        "|card details were stolen",
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
        "|mugged|snatched|nicked",
        "lost": "lost|lsot|lose|losing|misplaced|missing|can't find|cannot find|cant find"
        "|gone missing",
        "found": "found|turned up|ran across|reactivate*|re activate|no longer lost",
        "card": "card|cards|debit card|credit card|bank card|wallet|purse|handbag|bag",
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
        "|haven't ordered|didn't buy|did not buy|never bought|didn't purchase|never purchased",
        "txn": "payment*|transaction*|charge|charges|debit|debits|withdrawal*|purchase*|transfer*"
        "|direct debit|deduction*|merchant|debited|card payment|card payments|invoice*",
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
        "|changed my phone number|is using my account|took over my account",
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
        "|didn't make the .. on time|did not make the .. on time|never made it on time"
        "|lost access",
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
    },
    "de": {
        "fraud": "betrug|betrugs*|betrüger*|betrogen|abzocke|abgezockt|phishing|gefälschte*"
        "|identitätsdiebstahl|identitätsbetrug|nicht autorisiert|unautorisiert*|nicht freigegeben"
        "|ohne meine zustimmung|ohne mein wissen|ohne meine erlaubnis|habe ich nicht gemacht"
        "|hab ich nicht gemacht|habe ich nicht getätigt|war ich nicht|das war nicht ich"
        "|nicht von mir|hat meine karte benutzt|missbrauch*|betrugsversuch"
        "|von mir nicht genehmigt|nicht von mir genehmigt|habe ich nicht genehmigt"
        "|hab ich nicht genehmigt|nie genehmigt|habe .. nicht genehmigt|hab .. nicht genehmigt",
        "stolen_card": "finde meine karte nicht|finde meine kreditkarte nicht"
        "|finde meine geldbörse nicht|finde mein portemonnaie nicht|finde meinen geldbeutel nicht"
        "|finde meine brieftasche nicht|skimming|karte kopiert|kartendaten gestohlen|karte geklont",
        "compromised_account": "gehackt|gehacked|gehäckt|konto übernommen|kontoübernahme"
        "|account übernommen|fremder zugriff|fremde anmeldung|unbekanntes gerät"
        "|unbekannte anmeldung|passwort wurde geändert|sim swapping|hat sich eingeloggt"
        "|hat sich angemeldet",
        "dispute": "widerspruch|widersprechen|rückbuchung|zurückbuchen|zurückbuchung|chargeback"
        "|lastschrift zurückgeben|lastschrift zurückholen|anfechten|bestreite|bestreiten"
        "|streitfall",
        "hardship": "kann mir .. nicht leisten|zahlungsunfähig|zahlungsschwierigkeiten"
        "|finanzielle schwierigkeiten|finanzielle probleme|finanzielle not|geldsorgen"
        "|geldprobleme|habe schulden|hab schulden|viele schulden|hohe schulden|schuldenfalle"
        "|schuldnerberatung|verschuldet|überschuldet|insolvenz|privatinsolvenz|pleite|arbeitslos"
        "|job verloren|arbeit verloren|arbeitsstelle verloren|mir wurde gekündigt|bürgergeld"
        "|kein geld mehr|kein einkommen",
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
        "|überfallen|taschendieb*|entwendet|klauen|stehlen|geklaud",
        "lost": "verloren|verlohren|verlegt|vermisst|abhanden*|unauffindbar|finde .. nicht|ist weg",
        "found": "gefunden|wiedergefunden|aufgetaucht",
        "card": "karte|*karte|karten|*karten|geldbörse|portemonnaie|portmonee|brieftasche"
        "|geldbeutel|handtasche",
        "device": "handy|smartphone|telefon|iphone|laptop|tablet|sim|simkarte|sim karte",
        "death": "gestorben|starb|ums leben|!tot",
        "kin": "mann|ehemann|!frau|ehefrau|vater|mutter|papa|mama|sohn|tochter|bruder|schwester"
        "|partner|partnerin|opa|oma|großvater|großmutter|eltern|kind|lebensgefährte"
        "|lebensgefährtin",
        "unrecognised": "kenne ich nicht|erkenne .. nicht|kenne .. nicht|nicht erkannt|unbekannt*"
        "|verdächtig*|merkwürdig*|seltsam*|komisch*|nicht gemacht|nicht getätigt|nicht veranlasst"
        "|nicht bestellt|nie bestellt|nie gemacht|nie getätigt|nicht kenne|nicht erkenne",
        "txn": "bestellung*|zahlung*|abbuchung*|buchung*|transaktion*|lastschrift*|überweisung*"
        "|abhebung*|belastung*|umsatz|umsätze|händler|kartenzahlung*|rechnung*",
        "who": "weiß nicht wer|weiss nicht wer|weis nicht wer|keine ahnung wer",
        "someone": "jemand|irgendwer|irgendjemand|ein fremder|fremde",
        "misuse": "in meinem namen|auf meinen namen|unter meinem namen|mit meinen daten"
        "|meine identität|meine karte benutzt|meine karte verwendet|meine kartendaten",
        "access": "mein passwort geändert|meine e mail geändert|meine email geändert"
        "|in mein konto eingeloggt|sich eingeloggt|auf mein konto zugegriffen"
        "|zugriff auf mein konto|mein konto übernommen",
        "collector": "inkasso*|gerichtsvollzieher|mahnbescheid",
        "pressure": "ruft .. an|rufen .. an|angerufen|anrufe|droht|drohen|bedroht|vor der tür"
        "|belästig*|verfolgt",
        "block": "landkarte|eintrittskarte|speisekarte|postkarte|visitenkarte|fahrkarte"
        "|sterbenslangweilig|todmüde|streitbeilegung einstellungen|zugang verloren"
        "|den zugang verloren",
        "unpaid": "kann .. nicht bezahlen|kann .. nicht zahlen|kann .. nicht zurückzahlen"
        "|kann .. nicht mehr zahlen|nicht mehr zahlen|nicht mehr bezahlen",
        "contents": "im paket|drin|drinnen|falscher artikel|falsche ware|falsches produkt"
        "|etwas anderes|was anderes",
        "practical": "warum|wieso|weshalb|rechtzeitig|pünktlich|diesmal|dieses mal|heute|morgen"
        "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|bis zum|bis nächste|mit"
        "|online|im shop|beim checkout|in der app|per",
    },
    "nl": {
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
        "|zakkenroller*",
        "lost": "kwijt|kwijtgeraakt|verloren|verlooren|vermist|kan .. niet vinden|niet meer vinden",
        "found": "gevonden|teruggevonden",
        "card": "!pas|pasje|bankpas|betaalpas|creditcard|kaart|kaartje|portemonnee|portefeuille"
        "|tas",
        "device": "telefoon|mobiel|gsm|smartphone|iphone|laptop|tablet|simkaart",
        "death": "dood|gestorven|stierf",
        "kin": "!man|echtgenoot|vrouw|echtgenote|vader|moeder|papa|mama|zoon|dochter|broer|zus"
        "|partner|opa|oma|ouders",
        "unrecognised": "herken ik niet|niet herken*|niet herkend|onbekend*|vreemd*|verdacht*|raar"
        "|rare|niet .. gedaan|nooit gedaan|niet .. besteld|nooit besteld|niet van mij",
        "txn": "betaling*|transactie*|afschrijving*|incasso*|opname*|aankoop|aankopen|overboeking*"
        "|overschrijving*|afgeschreven|factuur|facturen",
        "who": "weet niet wie|geen idee wie|weet ik niet wie",
        "someone": "iemand|iemand anders|een onbekende|onbekenden",
        "misuse": "op mijn naam|onder mijn naam|met mijn gegevens|mijn gegevens gebruikt"
        "|mijn pas gebruikt|mijn kaart gebruikt|mijn identiteit",
        "access": "wachtwoord veranderd|wachtwoord gewijzigd|e mail veranderd"
        "|ingelogd op mijn account|in mijn account gekomen|in mijn account ingelogd"
        "|toegang tot mijn account|mijn account overgenomen",
        "collector": "incassobureau*|incasso bureau|deurwaarder*|gerechtsdeurwaarder",
        "pressure": "belt|bellen|gebeld|dreigt|dreigen|bedreigd|aan de deur|lastig",
        "unpaid": "kan niet betalen|kan .. niet betalen|kan .. niet terugbetalen"
        "|kan .. niet meer betalen|niet meer betalen",
        "contents": "in het pakket|in de doos|verkeerd artikel|verkeerde artikel|verkeerd product"
        "|iets anders",
        "block": "toegang kwijt|toegang verloren",
        "practical": "waarom|op tijd|deze keer|dit keer|vandaag|morgen|maandag|dinsdag|woensdag"
        "|donderdag|vrijdag|zaterdag|zondag|met|online|in de app|via|tot volgende",
    },
    "sv": {
        "fraud": "bedrägeri*|bedragare|bedragen|bedrog|lurad|lurade|lurat|!blåst|bluff*|nätfiske"
        "|phishing|falskt sms|id kapning|idkapning|identitetsstöld|obehörig*|utan mitt medgivande"
        "|utan min tillåtelse|utan mitt godkännande|det var inte jag|inte jag som"
        "|har använt mitt kort|svindel|svindlad|scammad|scammade",
        "compromised_account": "hackad|hackat|hackats|hackade|kapad|kapat|kapats|kapade|intrång"
        "|har loggat in|okänd enhet|okänd inloggning|lösenordet ändrat|lösenordet har ändrats"
        "|sim kapning",
        "dispute": "bestrida|bestrider|bestridit|bestridning|återkrav|chargeback"
        "|dra tillbaka betalningen",
        "hardship": "har inte råd|betalningssvårigheter|ekonomiska svårigheter|ekonomiska problem"
        "|skuldsatt|har skulder|stora skulder|mycket skulder|skuldsanering|konkurs|arbetslös"
        "|förlorat jobbet|förlorade jobbet|blivit uppsagd|blev uppsagd|ingen inkomst"
        "|inga pengar kvar|inga pengar|pank|barskrapad",
        "bereavement": "avliden|avlidit|avled|dödsfall|dödsbo|begravning|dödsbevis|änka|änkling"
        "|efterlevande|arvskifte|bouppteckning|gått bort",
        "legal_threat": "advokat*|jurist|stämma er|stämmer er|stämma företaget|stämning"
        "|rättsliga åtgärder|domstol*|tingsrätt*|!arn|allmänna reklamationsnämnden|konsumentverket"
        "|finansinspektionen|anmäla er",
        "vulnerable_customer": "funktionsnedsättning|funktionshinder|handikapp*|synskadad|demens"
        "|alzheimer*|cancer|cellgift*|sjukhus*|psykisk ohälsa|psykiskt sjuk|depression|deprimerad"
        "|självmord*|ta mitt liv|våld i nära relation|god man|förvaltare|fullmakt|dyslexi|!döv",
        "theft": "stulen|stulet|stulna|stal|stulits|stulit|stöld|tjuv*|rånad|rånade|!rån|ficktjuv*"
        "|snodd|snott|snodde",
        "lost": "borttappad|borttappat|tappat|tappade|tappat bort|förlorat|förlorade|försvunnen"
        "|försvunnet|borta|hittar inte|kan inte hitta|bortkommen|bortkommet",
        "found": "hittat|hittade|hittat det",
        "card": "kort|kortet|korten|*kortet|*kort|plånbok*|handväska",
        "device": "mobil*|telefon*|iphone|laptop|dator|surfplatta|simkort",
        "death": "död|dött|!dog|omkom",
        "kin": "!man|make|maka|fru|pappa|mamma|!far|mor|son|dotter|bror|syster|sambo|partner"
        "|farfar|morfar|farmor|mormor|förälder|föräldrar",
        "unrecognised": "känner inte igen|okänd*|konstig*|märklig*|misstänkt*|suspekt*"
        "|inte .. gjort|aldrig gjort|inte .. beställt|aldrig beställt|inte .. köpt|är inte min"
        "|är inte mitt|är inte mina|var inte min|var inte mitt|inte min egen",
        "txn": "betalning*|transaktion*|dragning*|köp|uttag*|överföring*|autogiro|debitering*"
        "|dragit*|faktura|fakturan|fakturor",
        "who": "vet inte vem|ingen aning om vem|ingen aning vem",
        "someone": "någon|nån|någon annan|nån annan|en främling|främlingar",
        "misuse": "i mitt namn|handlat med mina uppgifter|beställt med mina uppgifter|på mitt namn"
        "|använt mitt kort|använder mitt kort|använt mitt konto|använt mina uppgifter"
        "|använt mitt bankid|med mitt personnummer",
        "access": "loggat in på mitt konto|loggat in|ändrat mitt lösenord|ändrat lösenordet"
        "|bytt lösenord|bytt mitt lösenord|ändrat min e post|ändrat min mejl|tagit över mitt konto"
        "|kommit åt mitt konto|tillgång till mitt konto",
        "collector": "inkasso*|kronofogden*",
        "pressure": "ringer|ringt|ringde|hotar|hotat|hotade|jagar|kräver|trakasser*",
        "unpaid": "kan inte betala|klarar inte att betala|klarar inte av att betala"
        "|kan inte betala tillbaka",
        "contents": "i paketet|i lådan|fel vara|fel produkt|något annat|nåt annat",
        "block": "tappat åtkomst|förlorat åtkomst|tappat tillgång|förlorat tillgång"
        "|tappat tillgången",
        "practical": "varför|i tid|den här gången|denna gång|idag|i dag|imorgon|i morgon"
        "|på måndag|på tisdag|på onsdag|på torsdag|på fredag|på lördag|på söndag|med|online"
        "|i appen|via",
    },
    "da": {
        "fraud": "svindel|svindlet|svig|bedrageri|bedrager*|snydt|phishing|falsk sms"
        "|identitetstyveri|uautoriseret|uden mit samtykke|uden min tilladelse|det var ikke mig"
        "|ikke mig der|har brugt mit kort|misbrug*|scammet",
        "compromised_account": "hacket|hackede|hacker*|kompromitteret|har logget ind|ukendt enhed"
        "|ukendt login|adgangskoden er ændret|mitid misbrugt",
        "dispute": "indsigelse|bestride|bestrider|tilbageførsel|tilbageføre|chargeback",
        "hardship": "har ikke råd|betalingsproblemer|økonomiske problemer"
        "|økonomiske vanskeligheder|pengeproblemer|har gæld|stor gæld|meget gæld|gældsat"
        "|forgældet|gældsrådgivning|konkurs|arbejdsløs|mistet mit job|mistet mit arbejde|fyret"
        "|afskediget|ingen indkomst|ingen penge|kontanthjælp",
        "bereavement": "afdød|afdøde|dødsfald|dødsbo|begravelse|bisættelse|dødsattest|enke"
        "|enkemand|efterladte|gået bort",
        "legal_threat": "advokat*|retssag|sagsøge|sagsøger|i retten|domstol*|juridiske skridt"
        "|ankenævn*|forbrugerombudsmand*|finanstilsynet",
        "vulnerable_customer": "handicap*|svagsynet|demens|alzheimer*|kræft|kemo*|hospital*"
        "|indlagt|psykisk syg|psykiske problemer|depression|deprimeret|selvmord*|vold i hjemmet"
        "|værge|fuldmagt|ordblind*|!døv",
        "theft": "stjålet|stjålen|stjålne|stjal|tyveri|tyv|tyve|røvet|røveri|lommetyv*|hugget",
        "lost": "mistet|tabt|tabte|forsvundet|væk|kan ikke finde|bortkommet",
        "found": "fundet",
        "card": "kort|kortet|betalingskort|dankort|visakort|kreditkort|pung|tegnebog|håndtaske",
        "device": "telefon*|mobil*|smartphone|iphone|computer|tablet|simkort",
        "death": "død|døde|omkom",
        "kin": "mand|kone|hustru|!far|mor|søn|datter|bror|søster|kæreste|partner|farfar|morfar"
        "|farmor|mormor|forældre",
        "unrecognised": "genkender ikke|kender ikke|ukendt*|mistænkelig*|underlig*|mærkelig*"
        "|ikke .. lavet|ikke .. foretaget|ikke .. bestilt|aldrig bestilt|ikke .. købt|er ikke min"
        "|er ikke mit|er ikke mine|var ikke min|var ikke mit",
        "txn": "betaling*|transaktion*|træk|hævning*|køb|overførsel*|betalingsservice|faktura*"
        "|regning*",
        "who": "ved ikke hvem|aner ikke hvem",
        "someone": "nogen|nogen anden|en fremmed|fremmede",
        "misuse": "i mit navn|med mine oplysninger|brugt mit kort|bruger mit kort"
        "|brugt mine oplysninger|brugt mit mitid",
        "access": "logget ind på min konto|logget ind|ændret min adgangskode|ændret adgangskoden"
        "|ændret mit kodeord|ændret min e mail|overtaget min konto|adgang til min konto",
        "collector": "inkasso*|fogeden|fogedret*",
        "pressure": "ringer|ringet|truer|truet|chikaner*",
        "unpaid": "kan ikke betale|kan ikke betale tilbage",
        "contents": "i pakken|forkert vare|noget andet",
        "block": "mistet adgang|mistet adgangen",
        "practical": "hvorfor|til tiden|i tide|denne gang|i dag|i morgen|på mandag|på tirsdag"
        "|på onsdag|på torsdag|på fredag|på lørdag|på søndag|med|online|i appen|via",
    },
    "no": {
        "fraud": "svindel|svindlet|svindla|bedrageri|svindler*|lurt|phishing|falsk sms"
        "|identitetstyveri|uautorisert|uten mitt samtykke|uten min tillatelse|det var ikke meg"
        "|ikke meg som|har brukt kortet mitt|misbruk*|scammet",
        "compromised_account": "hacket|hacka|hackede|hacker*|kompromittert|har logget inn"
        "|ukjent enhet|ukjent innlogging|passordet er endret|bankid misbrukt",
        "dispute": "bestride|bestrider|innsigelse|tilbakeføring|tilbakeføre|chargeback",
        "hardship": "har ikke råd|betalingsproblemer|økonomiske problemer"
        "|økonomiske vanskeligheter|pengeproblemer|har gjeld|mye gjeld|stor gjeld|gjeldsproblemer"
        "|gjeldsrådgivning|konkurs|arbeidsledig|mistet jobben|mista jobben|permittert|oppsagt"
        "|ingen inntekt|ingen penger|blakk",
        "bereavement": "avdød|avdøde|dødsfall|dødsbo|begravelse|bisettelse|dødsattest|enke"
        "|enkemann|etterlatte|gått bort",
        "legal_threat": "advokat*|rettssak|saksøke|saksøker|til retten|i retten|domstol*"
        "|forliksrådet|juridiske skritt|finansklagenemnda|forbrukerrådet|finanstilsynet",
        "vulnerable_customer": "funksjonshemm*|svaksynt|demens|alzheimer*|kreft|cellegift"
        "|sykehus*|innlagt|psykisk syk|psykiske problemer|depresjon|deprimert|selvmord*"
        "|vold i nære relasjoner|verge|fullmakt|dysleksi|!døv",
        "theft": "stjålet|stjålne|stjal|tyveri|tyv|tyver|ranet|!ran|lommetyv*|rappet",
        "lost": "mistet|borte|forsvunnet|finner ikke|bortkommet|tapt|!mista",
        "found": "funnet",
        "card": "kort|kortet|bankkort|kredittkort|lommebok*|veske",
        "device": "telefon*|mobil*|smarttelefon|iphone|nettbrett|simkort",
        "death": "død|døde|omkom",
        "kin": "mann|kone|ektemann|!far|mor|sønn|datter|bror|søster|samboer|partner|bestefar"
        "|bestemor|foreldre",
        "unrecognised": "kjenner ikke igjen|kjenner ikke til|ukjent*|mistenkelig*|merkelig*"
        "|ikke .. gjort|ikke .. bestilt|aldri bestilt|ikke .. kjøpt|er ikke min|er ikke mitt"
        "|er ikke mine|var ikke min|var ikke mitt",
        "txn": "betaling*|transaksjon*|trekk|uttak|kjøp|overføring*|avtalegiro|faktura*|regning*",
        "who": "vet ikke hvem|aner ikke hvem",
        "someone": "noen|noen andre|en fremmed|fremmede",
        "misuse": "i mitt navn|med mine opplysninger|brukt kortet mitt|bruker kortet mitt"
        "|brukt mine opplysninger|brukt bankid|brukt bankiden min",
        "access": "logget inn på kontoen min|logget inn|endret passordet|endret passordet mitt"
        "|endret e posten|tatt over kontoen|tilgang til kontoen min",
        "collector": "inkasso*|namsmann*|namsfogd*",
        "pressure": "ringer|ringt|ringte|truer|truet|trakasser*|maser",
        "unpaid": "kan ikke betale|klarer ikke å betale|klarer ikke betale",
        "contents": "i pakken|feil vare|noe annet",
        "block": "mistet tilgang|mistet tilgangen|mista tilgangen",
        "practical": "hvorfor|i tide|til tiden|denne gangen|denne gang|i dag|i morgen|på mandag"
        "|på tirsdag|på onsdag|på torsdag|på fredag|på lørdag|på søndag|med|online|i appen|via",
    },
}
