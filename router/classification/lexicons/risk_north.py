"""Risk-topic lexicon, part 2: Swedish, Danish, Norwegian, Finnish.

Keys and syntax as in ``risk_west``.
"""

LEXICON: dict[str, dict[str, str]] = {
    "sv": {
        "conj": "och|men|sen",
        "profession": "advokat*|jurist",
        "copula": "är|var",
        "job": "jobbar|arbetar|jobba|jobbat|sysslar med",
        "worker": "kompis|kompisen|vän|väninna|kusin|kollega|granne|chef|jag|han|hon",
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
        "|snodd|snott|snodde|knyckt|knyckte|knyckts|norpat|norpade|pallat|pallade",
        "lost": "borttappad|borttappat|tappat|tappade|tappat bort|förlorat|förlorade|försvunnen"
        "|försvunnit|försvunnet|borta|hittar inte|kan inte hitta|bortkommen|bortkommet"
        "|blivit av med|blev av med|bli av med",
        "found": "hittat|hittade|hittat det",
        "card": "kort|kortet|korten|*kortet|*kort|plånbok*|handväska|!mitt visa|!min visa|!maestro",
        "device": "mobil*|telefon*|iphone|laptop|dator|surfplatta|simkort",
        "death": "död|dött|!dog|omkom",
        "kin": "!man|make|maka|fru|pappa|mamma|!far|mor|son|dotter|bror|syster|sambo|partner"
        "|farfar|morfar|farmor|mormor|förälder|föräldrar",
        "unrecognised": "känner inte igen|okänd*|konstig*|märklig*|misstänkt*|suspekt*"
        "|inte .. gjort|aldrig gjort|inte .. beställt|aldrig beställt|inte .. köpt|är inte min"
        "|är inte mitt|är inte mina|var inte min|var inte mitt|inte min egen|inte känner igen"
        "|inte har godkänt|jag inte .. godkänt|aldrig godkänt|aldrig .. gjort|aldrig köpt"
        "|aldrig .. köpt|aldrig .. beställt|inte kan känna igen|kan inte känna igen",
        "txn": "betalning*|transaktion*|dragning*|köp|uttag*|överföring*|autogiro|debitering*"
        "|dragit*|faktura|fakturan|fakturor|beställning*|belopp*|summa*|köpet|köpen",
        "who": "vet inte vem|ingen aning om vem|ingen aning vem",
        "someone": "någon|nån|någon annan|nån annan|en främling|främlingar",
        "misuse": "i mitt namn|handlat med mina uppgifter|beställt med mina uppgifter|på mitt namn"
        "|använt mitt kort|använder mitt kort|använt mitt konto|använt mina uppgifter"
        "|använt mitt bankid|med mitt personnummer",
        "access": "loggat in på mitt konto|loggat in|ändrat mitt lösenord|ändrat lösenordet"
        "|bytt lösenord|bytt mitt lösenord|ändrat min e post|ändrat min mejl|tagit över mitt konto"
        "|kommit åt mitt konto|tillgång till mitt konto|varit inne på mitt konto"
        "|varit inne i mitt konto|inne på mitt konto|bytt mejladress|bytt min mejladress"
        "|ändrat mitt telefonnummer|bytt telefonnummer|bytt mitt telefonnummer"
        "|ändrat min mejladress|ändrat mejladressen|bytt e postadress",
        "collector": "inkasso*|kronofogden*",
        "pressure": "ringer|ringt|ringde|hotar|hotat|hotade|jagar|kräver|trakasser*",
        "unpaid": "kan inte betala|klarar inte att betala|klarar inte av att betala"
        "|kan inte betala tillbaka",
        "contents": "i paketet|i lådan|fel vara|fel produkt|något annat|nåt annat",
        "block": "tappat åtkomst|förlorat åtkomst|tappat tillgång|förlorat tillgång"
        "|tappat tillgången|bedrägeribekämpning|bedrägeriskydd|bedrägeriförebyggande|mot bedrägeri"
        "|mot bedrägerier|mot bluff|mot bedragare|bedrägeriavdelning*",
        "practical": "varför|i tid|den här gången|denna gång|idag|i dag|imorgon|i morgon|på måndag"
        "|på tisdag|på onsdag|på torsdag|på fredag|på lördag|på söndag|med|online|i appen|via",
        "negator": "inte|ej|aldrig|ingenting|!int",
        "neg_det": "ingen|inget|inga",
        "hedge": "inte säker|vet inte om|inte bara|osäker på om",
        "breaker": "men|utan|bara|dock|endast",
        "conditional": "!om|ifall|vad händer",
        "question": "är det|är det här|är ni|är detta|eller",
        "legit": "seriös|seriösa|seriöst|pålitlig*|legitim*|legit|äkta",
        "merchant": "butik*|handlare|handlaren|säljare*|webbutik*|affär*|*butiken",
        "pause": "pausa|pausar|pausad|vänta med att betala|skjuta upp|frysa",
        "yet": "än|ännu",
        "lure": "sms|mejl|mail|e post|länk*|samtal",
        "otp": "kod|koden|inloggningskod*|engångskod*|sms kod",
        "method": "betala med|betalar med|betalade med",
    },
    "da": {
        "conj": "og|men|så",
        "profession": "advokat*|jurist",
        "copula": "er|var",
        "job": "arbejder|jobber",
        "worker": "ven|veninde|kammerat|fætter|kusine|kollega|nabo|chef|jeg|han|hun",
        "fraud": "svindel|svindlet|svig|bedrageri|bedrager*|snydt|phishing|falsk sms"
        "|identitetstyveri|uautoriseret|uden mit samtykke|uden min tilladelse|det var ikke mig"
        "|ikke mig der|har brugt mit kort|misbrug*|scammet",
        "compromised_account": "hacket|hackede|hacker*|kompromitteret|har logget ind|ukendt enhed"
        "|ukendt login|adgangskoden er ændret|mitid misbrugt",
        "dispute": "indsigelse|bestride|bestrider|tilbageførsel|tilbageføre|chargeback",
        "hardship": "har ikke råd|betalingsproblemer|økonomiske problemer"
        "|økonomiske vanskeligheder|pengeproblemer|har gæld|stor gæld|meget gæld|gældsat|forgældet"
        "|gældsrådgivning|konkurs|arbejdsløs|mistet mit job|mistet mit arbejde|fyret|afskediget"
        "|ingen indkomst|ingen penge|kontanthjælp",
        "bereavement": "afdød|afdøde|dødsfald|dødsbo|begravelse|bisættelse|dødsattest|enke"
        "|enkemand|efterladte|gået bort",
        "legal_threat": "advokat*|retssag|sagsøge|sagsøger|i retten|domstol*|juridiske skridt"
        "|ankenævn*|forbrugerombudsmand*|finanstilsynet",
        "vulnerable_customer": "handicap*|svagsynet|demens|alzheimer*|kræft|kemo*|hospital*"
        "|indlagt|psykisk syg|psykiske problemer|depression|deprimeret|selvmord*|vold i hjemmet"
        "|værge|fuldmagt|ordblind*|!døv",
        "theft": "stjålet|stjålen|stjålne|stjal|tyveri|tyv|tyve|røvet|røveri|lommetyv*|hugget"
        "|nappet|snuppet|rapset",
        "lost": "mistet|tabt|tabte|forsvundet|væk|kan ikke finde|bortkommet",
        "found": "fundet",
        "card": "kort|kortet|betalingskort|dankort|visakort|kreditkort|pung|tegnebog|håndtaske"
        "|!visa|!visaet|!maestro",
        "device": "telefon*|mobil*|smartphone|iphone|computer|tablet|simkort",
        "death": "død|døde|omkom",
        "kin": "mand|kone|hustru|!far|mor|søn|datter|bror|søster|kæreste|partner|farfar|morfar"
        "|farmor|mormor|forældre",
        "unrecognised": "genkender ikke|kender ikke|ukendt*|mistænkelig*|underlig*|mærkelig*"
        "|ikke .. lavet|ikke .. foretaget|ikke .. bestilt|aldrig bestilt|ikke .. købt|er ikke min"
        "|er ikke mit|er ikke mine|var ikke min|var ikke mit|aldrig .. lavet|aldrig lavet"
        "|ikke har godkendt|jeg ikke .. godkendt|aldrig godkendt|ikke kender|aldrig .. købt"
        "|aldrig købt|aldrig .. foretaget|aldrig foretaget|ikke kan genkende|kan ikke genkende",
        "txn": "betaling*|transaktion*|træk|hævning*|køb|overførsel*|betalingsservice|faktura*"
        "|regning*|beløb|beløbet|beløbene|bestilling*",
        "who": "ved ikke hvem|aner ikke hvem",
        "someone": "nogen|nogen anden|en fremmed|fremmede",
        "misuse": "i mit navn|med mine oplysninger|brugt mit kort|bruger mit kort"
        "|brugt mine oplysninger|brugt mit mitid",
        "access": "logget ind på min konto|logget ind|ændret min adgangskode|ændret adgangskoden"
        "|ændret mit kodeord|ændret min e mail|overtaget min konto|adgang til min konto"
        "|været inde på min konto|inde på min konto|været inde i min konto"
        "|ændret mit telefonnummer|ændret min mail|ændret mit nummer|skiftet min adgangskode",
        "collector": "inkasso*|fogeden|fogedret*",
        "pressure": "ringer|ringet|truer|truet|chikaner*",
        "unpaid": "kan ikke betale|kan ikke betale tilbage",
        "contents": "i pakken|forkert vare|noget andet",
        "block": "mistet adgang|mistet adgangen|bekæmpelse af svindel|mod svindel"
        "|svindelbekæmpelse|svindelforebyggelse|mod bedrageri|mod misbrug|svindelafdeling*"
        "|arbejder med svindel",
        "practical": "hvorfor|til tiden|i tide|denne gang|i dag|i morgen|på mandag|på tirsdag"
        "|på onsdag|på torsdag|på fredag|på lørdag|på søndag|med|online|i appen|via",
        "negator": "ikke|aldrig|ingenting|!ik",
        "neg_det": "ingen|intet",
        "hedge": "ikke sikker|ved ikke om|ikke kun|ikke bare",
        "breaker": "men|bare|kun|blot",
        "conditional": "hvis|i tilfælde|hvad sker der",
        "question": "er det|er det her|er i|er dette|eller",
        "legit": "seriøs*|pålidelig*|troværdig*|legitim*|legit|til at stole på",
        "merchant": "butik*|forhandler*|sælger*|webshop*|netbutik*",
        "pause": "pause|pauset|udskyde|indefryse|sætte .. på pause",
        "yet": "endnu",
        "lure": "sms|mail|e mail|link*|opkald|besked",
        "otp": "kode|koden|login kode|engangskode*|sms kode",
        "method": "betale med|betaler med|betalte med",
    },
    "no": {
        "conj": "og|men|så",
        "profession": "advokat*|jurist",
        "copula": "er|var",
        "job": "jobber|arbeider",
        "worker": "venn|vennen|venninne|kompis|fetter|fetteren|kusine|kollega|nabo|sjef|jeg|han"
        "|hun|faren|moren|mora|broren|søsteren|søstera|kona|mannen",
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
        "vulnerable_customer": "funksjonshemm*|svaksynt|demens|alzheimer*|kreft|cellegift|sykehus*"
        "|innlagt|psykisk syk|psykiske problemer|depresjon|deprimert|selvmord*"
        "|vold i nære relasjoner|verge|fullmakt|dysleksi|!døv",
        "theft": "stjålet|stjålne|stjal|tyveri|tyv|tyver|ranet|!ran|lommetyv*|rappet|rappa|knabba"
        "|knabbet|naska|nasket",
        "lost": "mistet|borte|forsvunnet|finner ikke|bortkommet|tapt|!mista",
        "found": "funnet",
        "card": "kort|kortet|bankkort|kredittkort|lommebok*|veske|!visa|!visaen|!maestro",
        "device": "telefon*|mobil*|smarttelefon|iphone|nettbrett|simkort",
        "death": "død|døde|omkom",
        "kin": "mann|kone|ektemann|!far|mor|sønn|datter|bror|søster|samboer|partner|bestefar"
        "|bestemor|foreldre",
        "unrecognised": "kjenner ikke igjen|kjenner ikke til|ukjent*|mistenkelig*|merkelig*"
        "|ikke .. gjort|ikke .. bestilt|aldri bestilt|ikke .. kjøpt|er ikke min|er ikke mitt"
        "|er ikke mine|var ikke min|var ikke mitt|aldri .. gjort|aldri gjort|ikke har godkjent"
        "|jeg ikke .. godkjent|aldri godkjent|ikke kjenner til|ikke kjenner|aldri .. kjøpt"
        "|aldri kjøpt|ikke kan kjenne igjen|kan ikke kjenne igjen|ikke kjenner igjen",
        "txn": "betaling*|transaksjon*|trekk|uttak|kjøp|overføring*|avtalegiro|faktura*|regning*"
        "|beløp*|bestilling*",
        "who": "vet ikke hvem|aner ikke hvem",
        "someone": "noen|noen andre|en fremmed|fremmede",
        "misuse": "i mitt navn|med mine opplysninger|brukt kortet mitt|bruker kortet mitt"
        "|brukt mine opplysninger|brukt bankid|brukt bankiden min",
        "access": "logget inn på kontoen min|logget inn|endret passordet|endret passordet mitt"
        "|endret e posten|tatt over kontoen|tilgang til kontoen min|vært inne på kontoen min"
        "|inne på kontoen min|vært inne på kontoen|byttet e post|byttet e posten"
        "|endret telefonnummeret|endret telefonnummeret mitt|byttet passord|byttet passordet"
        "|endret e post",
        "collector": "inkasso*|namsmann*|namsfogd*",
        "pressure": "ringer|ringt|ringte|truer|truet|trakasser*|maser",
        "unpaid": "kan ikke betale|klarer ikke å betale|klarer ikke betale",
        "contents": "i pakken|feil vare|noe annet",
        "block": "mistet tilgang|mistet tilgangen|mista tilgangen|svindelbekjempelse"
        "|bekjempelse av svindel|mot svindel|svindelforebygging|mot bedrageri|svindelavdeling*"
        "|jobber med svindel",
        "practical": "hvorfor|i tide|til tiden|denne gangen|denne gang|i dag|i morgen|på mandag"
        "|på tirsdag|på onsdag|på torsdag|på fredag|på lørdag|på søndag|med|online|i appen|via",
        "negator": "ikke|aldri|ingenting|!ikkje",
        "neg_det": "ingen|intet",
        "hedge": "ikke sikker|vet ikke om|ikke bare",
        "breaker": "men|bare|kun",
        "conditional": "hvis|dersom|hva skjer",
        "question": "er dette|er det|er dere|eller",
        "legit": "seriøs*|pålitelig*|troverdig*|legitim*|legit|til å stole på",
        "merchant": "butikk*|forhandler*|selger*|nettbutikk*",
        "pause": "pause|utsette|fryse|sette .. på pause",
        "yet": "ennå|enda",
        "lure": "sms|mail|e post|lenke*|link*|melding",
        "otp": "kode|koden|engangskode*|sms kode",
        "method": "betale med|betaler med|betalte med|betala med",
    },
    "fi": {
        "conj": "!ja|mutta|sitten",
        "profession": "asianajaja*|lakimie*|juristi",
        "copula": "on|oli",
        "job": "tekee|töissä|on töissä|työskentelee|työkseen",
        "worker": "kaveri|kaverini|ystävä|ystäväni|serkku|serkkuni|kollega|työkaveri|naapuri|pomo"
        "|mä|minä|hän|se",
        "fraud": "petos*|petok*|huijau*|huijattu|huijattiin|huijasi|huijari*|huijaus|kalastelu"
        "|tietojenkalastelu|identiteettivarkaus|luvaton|luvattom*|ilman lupaani"
        "|ilman suostumustani|joku käytti korttiani|väärinkäyt*|en minä|ei ollut minä"
        "|en ollut minä",
        "compromised_account": "hakkeroitu|hakkeroi*|hakkerointi|murrettu|murtauduttu"
        "|joku kirjautui|tuntematon laite|tuntematon kirjautuminen|salasana vaihdettu"
        "|salasanani vaihdettu|kaapattu|kaapattiin",
        "dispute": "kiistä*|kiistan|takaisinveloitus|chargeback",
        "hardship": "ei ole varaa|minulla ei ole varaa|maksuvaikeu*|taloudellisia vaikeuksia"
        "|taloudelliset vaikeudet|rahavaikeu*|rahaongelm*|velkaantu*|ylivelkaantu*|velkaneuvon*"
        "|velkajärjestely|minulla on velkaa|paljon velkaa|konkurssi|työtön|työttömä*|menetin työni"
        "|jäin työttömäksi|irtisanottu|irtisanottiin|lomautettu|ei tuloja|rahat loppu",
        "bereavement": "kuolinpesä|hautajaiset|kuolintodistus|perunkirjoitus|leski|nukkui pois"
        "|menehtyi|kuollut omainen",
        "legal_threat": "asianajaja*|lakimie*|haastan oikeuteen|haastaa oikeuteen|oikeuteen"
        "|oikeudenkäynti|käräjä*|oikeustoimi*|kuluttajaneuvonta|kuluttajariitalautakunta"
        "|finanssivalvonta|!fine",
        "vulnerable_customer": "vammai*|sokea|näkövammai*|kuuro|dementia|muistisairau*|alzheimer*"
        "|syöpä|syöpää|kemoterapia|sairaala*|masennus|masentunut|itsemurha*|lähisuhdeväkivalta"
        "|edunvalvoja|edunvalvonta|valtakirja|lukihäiriö",
        "theft": "varastettu|varastettiin|varasti|varastivat|varastanut|varkaus|varas|taskuvaras*"
        "|ryöstettiin|ryöstö|vietiin|pölli*|vei|veivät|pöllittiin|nyysi*|kähvel*",
        "lost": "kadonnut|kadotin|kadoksissa|hukannut|hukkasin|hukassa|hävinnyt|hävisi|en löydä"
        "|menettänyt|menetin",
        "found": "löysin|löytyi",
        "card": "kortti*|kortin*|korttia|*kortti|*kortin|*korttini|lompakko*|lompakkoni"
        "|käsilaukku*|lompako*|lompakk*|!visa|!visani|!visan|!visaa|!maestro|mastercard*|amex*",
        "device": "puhelin*|kännykkä*|älypuhelin*|iphone|kannettava|tabletti|sim kortti",
        "death": "kuoli|kuollut|menehtyi",
        "kin": "mieheni|mies|vaimo|vaimoni|isä|isäni|äiti|äitini|poika|poikani|tytär|tyttäreni"
        "|veli|veljeni|sisko|siskoni|puoliso|puolisoni|isoisä|isoäiti|vanhemmat",
        "unrecognised": "en tunnista|tuntematon*|tuntemattom*|epäilyttävä*|outo|outoja|en tehnyt"
        "|en ole tehnyt|en ole tilannut|en tilannut|en ostanut|en ole ostanut|ei ole minun"
        "|ei minun|en oo tehny*|en ole tehny|en tehny|en oo tilannu*|en tilannu|en oo ostanu*"
        "|en ostanu|en oo ikinä tehny*|en ole ikinä tehnyt|en tunne|en ole hyväksynyt"
        "|en oo hyväksyny*|ei oo mun|ei ole mun",
        "txn": "maksu|maksun|maksua|maksuja|veloitu*|tapahtuma*|nosto*|osto*|tilisiirto*"
        "|suoraveloitus*|lasku|laskun|laskua|tilau*|summa*|lasku*|ostos*",
        "who": "en tiedä kuka|ei aavistustakaan kuka|en tiedä kenen",
        "someone": "joku|jonkun|joku muu|joku toinen|tuntematon henkilö|vieras ihminen",
        "misuse": "nimissäni|minun nimissäni|nimelläni|henkilötiedoillani|tiedoillani"
        "|käytti korttiani|käyttänyt korttiani|käyttää korttiani|pankkitunnuksillani|tunnuksillani"
        "|mun nimissä|mun nimiin|minun nimiin|nimiini|mun nimellä|mun tiedoilla",
        "access": "kirjautui tililleni|kirjautunut tililleni|kirjautui|vaihtoi salasanani"
        "|vaihtanut salasanani|vaihtanut salasanan|päässyt tililleni|pääsi tililleni"
        "|kaappasi tilini|pääsi tilille|pääsi mun tilille|päässyt tilille|päässyt mun tilille"
        "|vaihtoi .. salasan*|vaihtanut .. salasan*|vaihtoi .. sähköpost*"
        "|vaihtoi .. puhelinnumero*|vaihtanut .. sähköpost*|vaihtanut .. puhelinnumero*"
        "|kirjautui mun tilille|kirjautunut mun tilille",
        "collector": "perintä*|perintätoimisto*|ulosotto*|ulosottomie*",
        "pressure": "soittaa|soittavat|soitti|soittanut|uhkaa|uhkailee|uhkaili|karhuaa|vaatii"
        "|ahdistelee",
        "block": "en tehnyt .. ajoissa|en maksanut .. ajoissa|menetin pääsyn|petostentorjun*"
        "|petossuoja*|petoksilta|petoksia vastaan|huijauksilta|huijauksia vastaan|huijareilta",
        "unpaid": "en pysty maksamaan|en voi maksaa|en pysty maksaa",
        "contents": "paketissa|väärä tuote|jotain muuta",
        "practical": "miksi|miks|ajallaan|ajoissa|tällä kertaa|tänään|huomenna|maanantaina"
        "|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|verkossa"
        "|sovelluksessa|kortilla|eräpäivään",
        "negator": "ei|!en|!et|emme|ette|eivät|eikä|koskaan",
        "neg_det": "ei mitään",
        "hedge": "en ole varma|en tiedä onko|en tiedä jos|ei vain|ei pelkästään",
        "breaker": "mutta|vaan|vain|pelkästään|kuitenkin",
        "conditional": "jos|mikäli|entä jos|mitä tapahtuu",
        "question": "onko|onks|ootteko|oletteko|vai|onko tää|onko tämä",
        "legit": "luotettav*|laillinen|legit|aito|oikea yritys",
        "merchant": "kauppa*|kaupa*|kauppias*|myyjä*|verkkokaup*",
        "pause": "keskeyttää|keskeytt*|pysäyttää|pysäytt*|tauolle|jäädyttää|jäädytt*|lykätä"
        "|silti maksaa",
        "yet": "vielä|viel",
        "lure": "tekstiviesti*|sms|sähköposti*|linkki*|puhelu*|viesti*",
        "otp": "koodi*|kirjautumiskoodi*|vahvistuskoodi*|tunnusluku*",
        "method": "maksaa|maksan|maksoin|maksamaan",
    },
}
