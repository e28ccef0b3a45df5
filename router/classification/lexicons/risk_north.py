"""Risk-topic lexicon, part 1: English, German, Dutch, Swedish, Danish, Norwegian, Finnish.

Syntax as in ``lexicon_match``. Keys named after a topic (``fraud``, ``stolen_card``,
``compromised_account``, ``dispute``, ``hardship``, ``bereavement``, ``legal_threat``,
``vulnerable_customer``) raise that topic on their own. The other keys are concepts that raise a
topic only next to each other (see ``risk.PAIRS``): ``theft`` / ``lost`` with ``card`` (a card,
wallet or bag) or ``device`` (phone, laptop); ``death`` or ``lost`` with ``kin`` ("my father
died", "lost my husband"); ``unrecognised`` with ``txn`` ("a payment I don't recognise");
``twice`` with ``charged``. ``block`` phrases hide their words ("stole the show",
"the dispute settings page", "dying to know").
"""

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "fraud": "fraud*|scam|scams|scammed|scammer*|phishing|phished|fake website|fake sms"
        "|fake text|fake call|impersonat*|money mule|unauthorised|unauthorized"
        "|not authorised|not authorized|didn't authorise|didn't authorize"
        "|did not authorise|did not authorize|i didn't make this|i did not make this"
        "|i didn't make that|i didn't make these|i never made|wasn't me|was not me"
        "|identity theft|stolen identity|someone used my card|somebody used my card"
        "|someone is using my card|used my card without|without my permission"
        "|without my consent",
        "stolen_card": "skimm*|cloned card|card cloned|card was cloned|card compromised"
        "|card has been compromised|card details stolen|card details leaked|card details"
        " were stolen",
        "compromised_account": "hacked|hacker*|account takeover|someone logged into"
        "|someone logged in|someone has access|someone accessed|someone else has access"
        "|unknown device|unrecognised device|unrecognized device|unknown login"
        "|i didn't log in|password was changed|changed my password without|sim swap"
        "|account compromised|account has been compromised|account was compromised",
        "dispute": "dispute|disputing|disputed|chargeback|charge back|overcharged"
        "|wrong amount|incorrect amount|charged the wrong|never received the item"
        "|item not received|not as described|still being charged|still charged"
        "|charged after cancel*|charged after returning|refund .. never",
        "hardship": "can't afford|cannot afford|can not afford|couldn't afford"
        "|unable to afford|can't pay my|can't pay back|cannot pay my|unable to pay"
        "|unable to repay|can't repay|cannot repay|struggling to pay|struggling financially"
        "|struggle to pay|financial difficult*|financial hardship|financial problems"
        "|money problems|money troubles|hardship|in debt|debt|debts|debt collector*"
        "|debt collection|collection agency|bailiff*|bankrupt*|insolvency|insolvent"
        "|lost my job|unemployed|out of work|made redundant|payment holiday|payment break"
        "|pause my payments|can't make my payments|can't make the payments|behind on"
        "|missed payments|no money left|no income|food bank",
        "bereavement": "passed away|has passed|bereavement|bereaved|deceased|funeral"
        "|death certificate|probate|executor|estate of|late husband|late wife|late father"
        "|late mother|late mum|late mom|late dad|late partner|widow|widowed|widower",
        "legal_threat": "lawyer*|solicitor*|attorney*|legal action|legal proceedings"
        "|take legal|sue you|sue them|i will sue|i'll sue|going to sue|gonna sue|sue your"
        "|sue the|lawsuit|to court|in court|court case|small claims|ombudsman|regulator"
        "|fca|trading standards|consumer protection|report you to|my legal rights",
        "vulnerable_customer": "disabled|disability|disabilities|blind|visually impaired"
        "|partially sighted|deaf|hard of hearing|dementia|alzheimer*|cancer|chemotherapy"
        "|chemo|terminally ill|terminal illness|hospital|hospitalised|hospitalized"
        "|mental health|depression|depressed|bipolar|suicid*|kill myself|end my life"
        "|want to die|self harm|domestic abuse|domestic violence|abusive partner|carer"
        "|power of attorney|elderly|dyslexi*|learning disability|vulnerable",
        "theft": "stolen|stole|steal|stealing|theft|thief|thieves|robbed|robbery|pickpocket*"
        "|mugged|snatched|nicked",
        "lost": "lost|lose|losing|misplaced|missing|can't find|cannot find|gone missing",
        "card": "card|cards|debit card|credit card|bank card|wallet|purse|handbag|bag",
        "found": "found|turned up|ran across|reactivate*|re activate|no longer lost",
        "device": "phone|mobile|smartphone|iphone|android|laptop|tablet|ipad|sim card|sim",
        "death": "died|dead|death|passed|killed",
        "kin": "husband|wife|father|mother|mum|mom|dad|son|daughter|brother|sister|partner"
        "|spouse|grandfather|grandmother|grandma|grandpa|grandad|parent|parents|uncle|aunt"
        "|fiance|fiancee|boyfriend|girlfriend|child|baby",
        "unrecognised": "don't recognise|do not recognise|don't recognize|do not recognize"
        "|didn't recognise|not recognised|not recognized|unrecognised|unrecognized|unknown"
        "|unfamiliar|suspicious|strange|weird|mysterious|no idea what|don't remember"
        "|do not remember|didn't make|did not make|didn't do|didn't perform|not mine"
        "|not made by me|didn't withdraw|did not withdraw|never seen|odd",
        "txn": "payment*|transaction*|charge|charges|debit|debits|withdrawal*|purchase*"
        "|transfer*|direct debit|deduction*|merchant|debited|card payment|card payments",
        "twice": "twice|two times|2 times|double|duplicate|duplicated|repeat|repeated",
        "charged": "charged|charge|charges|debited|billed|taken|deducted|withdrawn|paid"
        "|transaction|transactions|payment|payments",
        "block": "stole the show|stole my heart|stole the scene|a steal|dispute settings"
        "|dispute setting|dispute page|dispute tab|dying to|killing it|killing me|to die for"
        "|dead battery|battery died|battery is dead|died on me|dead link|lost my patience"
        "|lost track|lost interest|lost connection|card game|card games|bored to death"
        "|scared to death|death metal|blind spot|double check|double checked|legal name"
        "|sue from|lost in translation|can't find where|cannot find where|can't find how"
        "|can't find the",
    },
    "de": {
        "fraud": "betrug|betrüger*|betrogen|abzocke|phishing|gefälschte*|identitätsdiebstahl"
        "|nicht autorisiert|unautorisiert*|ohne meine zustimmung|ohne mein wissen"
        "|habe ich nicht gemacht|war ich nicht|nicht von mir|hat meine karte benutzt"
        "|missbrauch*|betrugsversuch",
        "stolen_card": "karte gesperrt werden|skimming|karte kopiert|kartendaten gestohlen",
        "compromised_account": "gehackt|gehacked|konto übernommen|kontoübernahme"
        "|fremder zugriff|fremde anmeldung|unbekanntes gerät|unbekannte anmeldung"
        "|passwort wurde geändert|passwort geändert|sim swapping|hat sich eingeloggt",
        "dispute": "widerspruch|widersprechen|reklamation|reklamieren|rückbuchung"
        "|zurückbuchen|chargeback|beanstand*|zu viel berechnet|zu viel abgebucht"
        "|falscher betrag|falsch abgebucht|falsch berechnet|ware nicht erhalten|nie erhalten",
        "hardship": "kann mir .. nicht leisten|kann .. nicht bezahlen|kann .. nicht zahlen"
        "|kann .. nicht zurückzahlen|nicht mehr zahlen|nicht mehr bezahlen|zahlungsunfähig"
        "|zahlungsschwierigkeiten|finanzielle schwierigkeiten|finanzielle probleme"
        "|finanzielle not|geldsorgen|geldprobleme|schulden|verschuldet|überschuldet|inkasso*"
        "|gerichtsvollzieher|insolvenz|privatinsolvenz|pleite|arbeitslos|job verloren"
        "|arbeit verloren|bürgergeld|stundung|ratenpause|zahlungspause|kein geld mehr"
        "|kein einkommen",
        "bereavement": "verstorben|verstarb|verstorbene*|todesfall|sterbefall|beerdigung"
        "|beisetzung|trauerfall|sterbeurkunde|nachlass|erbschein|erbengemeinschaft|witwe"
        "|witwer|hinterbliebene*",
        "legal_threat": "anwalt|anwältin|rechtsanwalt|rechtsanwältin|anwälte|*anwalt"
        "|verklagen|verklage|klage|rechtliche schritte|gerichtlich*|gericht|vor gericht"
        "|schlichtungsstelle|ombudsmann|ombudsstelle|verbraucherzentrale|bafin"
        "|finanzaufsicht",
        "vulnerable_customer": "behindert|behinderung|schwerbehindert|sehbehindert|gehörlos"
        "|taub|demenz|alzheimer*|krebs|chemotherapie|krankenhaus|psychisch*|depression*"
        "|depressiv|suizid*|selbstmord*|mich umbringen|will nicht mehr leben"
        "|häusliche gewalt|betreuer|vollmacht|pflegefall|pflegeheim|legasthen*",
        "theft": "gestohlen|geklaut|gestohlene*|diebstahl|dieb|diebe|ausgeraubt|beraubt"
        "|überfallen|taschendieb*|entwendet|klauen|stehlen",
        "found": "gefunden|wiedergefunden|aufgetaucht",
        "lost": "verloren|verlegt|vermisst|abhanden*|unauffindbar|finde .. nicht mehr",
        "card": "karte|*karte|karten|*karten|geldbörse|portemonnaie|portmonee|brieftasche"
        "|geldbeutel|handtasche",
        "device": "handy|smartphone|telefon|iphone|laptop|tablet|sim|simkarte|sim karte",
        "death": "gestorben|tot|starb|ums leben",
        "kin": "mann|ehemann|!frau|ehefrau|vater|mutter|papa|mama|sohn|tochter|bruder"
        "|schwester|partner|partnerin|opa|oma|großvater|großmutter|eltern|kind"
        "|lebensgefährte|lebensgefährtin",
        "unrecognised": "kenne ich nicht|erkenne .. nicht|kenne .. nicht|nicht erkannt"
        "|unbekannt*|verdächtig*|merkwürdig*|seltsam*|komisch*",
        "txn": "zahlung*|abbuchung*|buchung*|transaktion*|lastschrift*|überweisung*"
        "|abhebung*|belastung*|umsatz|umsätze|händler|kartenzahlung*",
        "twice": "zweimal|doppelt|mehrfach|zwei mal|2 mal|2x",
        "charged": "abgebucht|belastet|berechnet|bezahlt|abgezogen|eingezogen|abbuchung"
        "|abbuchungen|lastschrift|gebucht",
        "block": "landkarte|eintrittskarte|speisekarte|postkarte|visitenkarte|fahrkarte"
        "|sterbenslangweilig|todmüde|streitbeilegung einstellungen",
    },
    "nl": {
        "fraud": "fraude|oplichting|opgelicht|oplichter*|phishing|nepbericht|valse sms"
        "|identiteitsfraude|niet geautoriseerd|zonder mijn toestemming|ik was het niet"
        "|niet door mij|heeft mijn pas gebruikt|heeft mijn kaart gebruikt",
        "compromised_account": "gehackt|gehacked|account overgenomen|heeft ingelogd"
        "|is ingelogd|onbekend apparaat|onbekende inlog|wachtwoord gewijzigd",
        "dispute": "betwisten|betwist|geschil|terugboeking|terugboeken|chargeback|storneren"
        "|bezwaar maken|te veel afgeschreven|verkeerd bedrag|onterecht afgeschreven"
        "|onterechte afschrijving|nooit ontvangen",
        "hardship": "kan niet betalen|kan .. niet betalen|kan .. niet terugbetalen"
        "|niet meer betalen|betalingsproblemen|betalingsachterstand|financiële problemen"
        "|geldproblemen|geldzorgen|schulden|schuldhulp*|incassobureau|deurwaarder"
        "|faillissement|failliet|werkloos|baan kwijt|ontslagen|geen inkomen|geen geld meer"
        "|uitstel van betaling|betalingsregeling",
        "bereavement": "overleden|overlijden|overlijdensakte|begrafenis|crematie|uitvaart"
        "|nalatenschap|erfenis|weduwe|weduwnaar|nabestaande*",
        "legal_threat": "advocaat|advocaten|jurist|rechtszaak|rechter|rechtbank|aanklagen"
        "|dagvaarden|dagvaarding|juridische stappen|gerechtelijke stappen|kifid|ombudsman"
        "|consumentenbond|geschillencommissie",
        "vulnerable_customer": "gehandicapt|beperking|invalide|slechtziend|doof|dementie"
        "|alzheimer*|kanker|chemo|ziekenhuis|psychische problemen|depressie|depressief"
        "|zelfmoord|suïcid*|huiselijk geweld|bewindvoerder|bewindvoering|volmacht"
        "|mantelzorger|bejaard*|dyslexie",
        "theft": "gestolen|gejat|diefstal|dief|dieven|beroofd|overval*|zakkenroller*",
        "found": "gevonden|teruggevonden",
        "lost": "kwijt|verloren|vermist|kan .. niet vinden",
        "card": "!pas|pasje|bankpas|betaalpas|creditcard|kaart|kaartje|portemonnee"
        "|portefeuille|tas",
        "device": "telefoon|mobiel|gsm|smartphone|iphone|laptop|tablet|simkaart",
        "death": "dood|gestorven|stierf",
        "kin": "!man|echtgenoot|vrouw|echtgenote|vader|moeder|papa|mama|zoon|dochter|broer"
        "|zus|partner|opa|oma|ouders",
        "unrecognised": "herken ik niet|niet herken*|niet herkend|onbekend*|vreemd*"
        "|verdacht*|raar|rare",
        "txn": "betaling*|transactie*|afschrijving*|incasso*|opname*|aankoop|aankopen"
        "|overboeking*|overschrijving*|afgeschreven",
        "twice": "twee keer|dubbel|tweemaal|2 keer|2x",
        "charged": "afgeschreven|afgeboekt|betaald|geïncasseerd|gedebiteerd|afschrijving*",
    },
    "sv": {
        "fraud": "bedrägeri*|bedragare|bedragen|lurad|lurade|!blåst|bluff*|nätfiske|phishing"
        "|falskt sms|id kapning|identitetsstöld|obehörig*|utan mitt medgivande"
        "|utan min tillåtelse|det var inte jag|har använt mitt kort",
        "compromised_account": "hackad|hackat|hackats|kapad|kapat|kapats|intrång"
        "|har loggat in|okänd enhet|okänd inloggning|lösenordet ändrat|sim kapning",
        "dispute": "bestrida|bestrider|reklamation|reklamera|återkrav|chargeback|fel belopp"
        "|debiterad för mycket|aldrig fått varan|inte fått varan",
        "hardship": "har inte råd|kan inte betala|klarar inte att betala"
        "|betalningssvårigheter|ekonomiska svårigheter|ekonomiska problem|skulder"
        "|skuldsatt|inkasso|kronofogden*|konkurs|arbetslös|förlorat jobbet|blivit uppsagd"
        "|ingen inkomst|inga pengar kvar|betalningsanstånd",
        "bereavement": "avliden|avlidit|avled|dödsfall|dödsbo|begravning|dödsbevis|änka"
        "|änkling|efterlevande|arvskifte|bouppteckning|gått bort",
        "legal_threat": "advokat*|jurist|stämma er|stämmer er|stämma företaget|stämning"
        "|rättsliga åtgärder|domstol*|tingsrätt*|!arn|allmänna reklamationsnämnden"
        "|konsumentverket|finansinspektionen|anmäla er",
        "vulnerable_customer": "funktionsnedsättning|funktionshinder|handikapp*|synskadad"
        "|döv|demens|alzheimer*|cancer|cellgift*|sjukhus*|psykisk ohälsa|psykiskt sjuk"
        "|depression|deprimerad|självmord*|ta mitt liv|våld i nära relation|god man"
        "|förvaltare|fullmakt|dyslexi",
        "theft": "stulen|stulet|stulna|stal|stulits|stöld|tjuv*|rånad|rånade|!rån|ficktjuv*",
        "found": "hittat|hittade|hittat det",
        "lost": "borttappad|borttappat|tappat|tappade|förlorat|försvunnen|försvunnet|borta"
        "|hittar inte|kan inte hitta",
        "card": "kort|kortet|korten|*kortet|*kort|plånbok*|handväska",
        "device": "mobil*|telefon*|iphone|laptop|dator|surfplatta|simkort",
        "death": "död|dött|!dog|omkom",
        "kin": "!man|make|maka|fru|pappa|mamma|!far|mor|son|dotter|bror|syster|sambo"
        "|partner|farfar|morfar|farmor|mormor|förälder|föräldrar",
        "unrecognised": "känner inte igen|okänd*|konstig*|märklig*|misstänkt*|suspekt*",
        "txn": "betalning*|transaktion*|dragning*|köp|uttag*|överföring*|autogiro"
        "|debitering*|dragit*",
        "twice": "två gånger|dubbelt|dubbla|dubbeldragning",
        "charged": "dragit|dragits|dragna|debiterad*|debiterat|betalat|belastat|dragning*",
    },
    "da": {
        "fraud": "svindel|svig|bedrageri|bedrager*|snydt|phishing|falsk sms|identitetstyveri"
        "|uautoriseret|uden mit samtykke|uden min tilladelse|det var ikke mig"
        "|har brugt mit kort",
        "compromised_account": "hacket|hacker*|kompromitteret|har logget ind|ukendt enhed"
        "|ukendt login|adgangskoden er ændret|mitid misbrugt",
        "dispute": "indsigelse|bestride|reklamation|reklamere|tilbageførsel|chargeback"
        "|forkert beløb|trukket for meget|aldrig modtaget",
        "hardship": "har ikke råd|kan ikke betale|betalingsproblemer|økonomiske problemer"
        "|økonomiske vanskeligheder|pengeproblemer|gæld|gældsat|inkasso|fogeden|konkurs"
        "|arbejdsløs|mistet mit job|fyret|ingen indkomst|ingen penge|henstand"
        "|afdragsfrihed",
        "bereavement": "afdød|afdøde|dødsfald|dødsbo|begravelse|bisættelse|dødsattest|enke"
        "|enkemand|efterladte|gået bort",
        "legal_threat": "advokat*|retssag|sagsøge|sagsøger|i retten|domstol*"
        "|juridiske skridt|ankenævn*|forbrugerombudsmand*|finanstilsynet",
        "vulnerable_customer": "handicap*|svagsynet|døv|demens|alzheimer*|kræft|kemo*"
        "|hospital*|indlagt|psykisk syg|psykiske problemer|depression|deprimeret|selvmord*"
        "|vold i hjemmet|værge|fuldmagt|ordblind*",
        "theft": "stjålet|stjålne|stjal|tyveri|tyv|tyve|røvet|røveri|lommetyv*",
        "found": "fundet",
        "lost": "mistet|tabt|tabte|forsvundet|væk|kan ikke finde",
        "card": "kort|kortet|betalingskort|dankort|visakort|kreditkort|pung|tegnebog|håndtaske",
        "device": "telefon*|mobil*|smartphone|iphone|computer|tablet|simkort",
        "death": "død|døde|omkom",
        "kin": "mand|kone|hustru|!far|mor|søn|datter|bror|søster|kæreste|partner|farfar"
        "|morfar|farmor|mormor|forældre",
        "unrecognised": "genkender ikke|kender ikke|ukendt*|mistænkelig*|underlig*|mærkelig*",
        "txn": "betaling*|transaktion*|træk|hævning*|køb|overførsel*|betalingsservice",
        "twice": "to gange|dobbelt|2 gange",
        "charged": "trukket|hævet|debiteret|betalt|opkrævet",
    },
    "no": {
        "fraud": "svindel|svindlet|bedrageri|svindler*|lurt|phishing|falsk sms"
        "|identitetstyveri|uautorisert|uten mitt samtykke|uten min tillatelse"
        "|det var ikke meg|har brukt kortet mitt",
        "compromised_account": "hacket|hacker*|kompromittert|har logget inn|ukjent enhet"
        "|ukjent innlogging|passordet er endret|bankid misbrukt",
        "dispute": "reklamasjon|reklamere|bestride|innsigelse|tilbakeføring|chargeback"
        "|feil beløp|trukket for mye|aldri mottatt",
        "hardship": "har ikke råd|kan ikke betale|klarer ikke å betale|betalingsproblemer"
        "|økonomiske problemer|økonomiske vanskeligheter|pengeproblemer|gjeld|inkasso"
        "|namsmann*|konkurs|arbeidsledig|mistet jobben|permittert|oppsagt|ingen inntekt"
        "|ingen penger|betalingsutsettelse|avdragsfrihet",
        "bereavement": "avdød|avdøde|dødsfall|dødsbo|begravelse|bisettelse|dødsattest|enke"
        "|enkemann|etterlatte|gått bort",
        "legal_threat": "advokat*|rettssak|saksøke|saksøker|til retten|i retten|domstol*"
        "|forliksrådet|juridiske skritt|finansklagenemnda|forbrukerrådet|finanstilsynet",
        "vulnerable_customer": "funksjonshemm*|svaksynt|døv|demens|alzheimer*|kreft"
        "|cellegift|sykehus*|innlagt|psykisk syk|psykiske problemer|depresjon|deprimert"
        "|selvmord*|vold i nære relasjoner|verge|fullmakt|dysleksi",
        "theft": "stjålet|stjålne|stjal|tyveri|tyv|tyver|ranet|!ran|lommetyv*",
        "found": "funnet",
        "lost": "mistet|mista|borte|forsvunnet|finner ikke",
        "card": "kort|kortet|bankkort|kredittkort|lommebok*|veske",
        "device": "telefon*|mobil*|smarttelefon|iphone|nettbrett|simkort",
        "death": "død|døde|omkom",
        "kin": "mann|kone|ektemann|!far|mor|sønn|datter|bror|søster|samboer|partner"
        "|bestefar|bestemor|foreldre",
        "unrecognised": "kjenner ikke igjen|kjenner ikke til|ukjent*|mistenkelig*|merkelig*",
        "txn": "betaling*|transaksjon*|trekk|uttak|kjøp|overføring*|avtalegiro",
        "twice": "to ganger|dobbelt|2 ganger",
        "charged": "trukket|belastet|debitert|betalt|fakturert",
    },
    "fi": {
        "fraud": "petos*|huijau*|huijattu|huijari*|huijaus|kalastelu|tietojenkalastelu"
        "|identiteettivarkaus|luvaton|luvattom*|ilman lupaani|ilman suostumustani"
        "|en tehnyt|en ole tehnyt|joku käytti korttiani",
        "compromised_account": "hakkeroitu|hakkeroi*|murrettu|murtauduttu|joku kirjautui"
        "|tuntematon laite|tuntematon kirjautuminen|salasana vaihdettu",
        "dispute": "kiistää|kiistän|reklamaatio|reklamoida|takaisinveloitus|chargeback"
        "|väärä summa|veloitettu liikaa|en saanut tuotetta",
        "hardship": "ei ole varaa|en pysty maksamaan|en voi maksaa|maksuvaikeu*"
        "|taloudellisia vaikeuksia|taloudelliset vaikeudet|rahavaikeu*|rahaongelm*|velka"
        "|velkaa|velat|velkaantu*|perintätoimisto*|ulosotto*|konkurssi|työtön|työttömä*"
        "|menetin työni|irtisanottu|lomautettu|ei tuloja|maksutauko|lyhennysvapaa*",
        "bereavement": "kuolinpesä|hautajaiset|kuolintodistus|perunkirjoitus|leski"
        "|nukkui pois|menehtyi|kuollut omainen",
        "legal_threat": "asianajaja*|lakimie*|haastan oikeuteen|haastaa oikeuteen|oikeuteen"
        "|oikeudenkäynti|käräjä*|oikeustoimi*|kuluttajaneuvonta|kuluttajariitalautakunta"
        "|finanssivalvonta|!fine",
        "vulnerable_customer": "vammai*|sokea|näkövammai*|kuuro|dementia|muistisairau*"
        "|alzheimer*|syöpä|syöpää|kemoterapia|sairaala*|masennus|masentunut|itsemurha*"
        "|lähisuhdeväkivalta|edunvalvoja|edunvalvonta|valtakirja|lukihäiriö",
        "theft": "varastettu|varastettiin|varasti|varastivat|varkaus|varas|taskuvaras*"
        "|ryöstettiin|ryöstö",
        "found": "löysin|löytyi",
        "lost": "kadonnut|kadotin|hukannut|hukkasin|hävinnyt|hävisi|en löydä",
        "card": "kortti*|kortin*|korttia|*kortti|*kortin|*korttini|lompakko*|lompakkoni"
        "|käsilaukku*",
        "device": "puhelin*|kännykkä*|älypuhelin*|iphone|kannettava|tabletti|sim kortti",
        "death": "kuoli|kuollut|menehtyi",
        "kin": "mieheni|mies|vaimo|vaimoni|isä|isäni|äiti|äitini|poika|poikani|tytär"
        "|tyttäreni|veli|veljeni|sisko|siskoni|puoliso|puolisoni|isoisä|isoäiti|vanhemmat",
        "unrecognised": "en tunnista|tuntematon*|tuntemattom*|epäilyttävä*|outo|outoja",
        "txn": "maksu|maksun|maksuja|veloitu*|tapahtuma*|nosto*|osto*|tilisiirto*|suoraveloitus*",
        "twice": "kahdesti|kaksi kertaa|kahteen kertaan|tuplana",
        "charged": "veloitettu|veloitti|veloitus|veloitettiin|maksettu|maksoin|veloitu*",
    },
}
