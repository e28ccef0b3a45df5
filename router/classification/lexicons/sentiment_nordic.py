"""Sentiment lexicon, part 2: Swedish, Danish, Norwegian, Finnish.

Keys and syntax as in ``sentiment_north``.
"""

LEXICON: dict[str, dict[str, str]] = {
    "sv": {
        "disbelief": "skojar ni|skojar du|skämtar ni|skämtar du|ni måste skämta|du måste skämta"
        "|är det ett skämt|ni är ett skämt|driver ni med mig|driver du med mig"
        "|menar ni allvar|menar du allvar|är ni inte kloka|är ni inte riktigt kloka"
        "|är ni helt dumma i huvudet",
        "block": "god morgon|god kväll|dum fråga|hur många gånger kan|hur många gånger får"
        "|jävligt bra|jävla bra|skitbra|skitkul|skitgod*",
        "pos": "tack*|tusen tack|toppen|perfekt|utmärkt|jättebra|super|kanon|grymt|fantastisk*"
        "|underbar*|härligt|nöjd|glad|hjälpsam*|!bra|inga problem|ingen fara|löste sig|fungerar nu"
        "|funkar nu",
        "neg": "dålig*|hemsk*|fruktansvärd*|förfärlig*|besviken|besvikna|missnöjd|irriterad"
        "|irriterande|frustrerad|frustrerande|hatar|fungerar inte|funkar inte|trasig*|katastrof*",
        "mild": "tyvärr|problem|problemet|fel|saknas|försen*|inte kommit|inte fått|ännu inte"
        "|fortfarande inte|orolig|klagomål|förvirr*",
        "anger": "!arg|förbannad|!sur|upprörd|less på|trött på|nu får det räcka|tack för ingenting",
        "insult": "idiot*|!dum|dumma|korkad*|efterbliven|inkompetent*|pucko|pajas*|dumbom|hjärndöd"
        "|bedragare|skitföretag|skitbolag|skitfirma|skitbank|skitapp|amatörer|idioter|clowner"
        "|pajasar",
        "profanity": "!fan|fan också|för fan|jävligt|!skit*|satan|!kuk*",
        "useless": "värdelös*|meningslös*|oanvändbar*|dum bot|korkad bot",
        "ridiculous": "löjligt|löjlig|absurt|oacceptabelt|oacceptabel|skandal*|skandalöst"
        "|en skandal|rent skämt|ni skämtar",
        "told": "redan sagt|redan .. sagt|redan skrivit|hur många gånger|för tredje gången"
        "|för andra gången|som jag sa|jag sa ju",
        "give_up": "jag ger upp|ger upp|strunt i det|skit i det|glöm det|slöseri med tid"
        "|bortkastad tid|jag byter bank",
        "stop": "sluta nu|lägg av|håll käften|nu räcker det|det räcker",
        "stop_bare": "sluta|stopp|stop",
        "again": "igen|än en gång|ännu en gång|återigen",
        "negator": "inte|ej|aldrig|ingen|inget|inga|utan|knappast",
        "filler": "nu|snälla|då|ju|med|det",
        "unhelpful": "hjälper inte|du förstår inte|ni förstår inte|förstår du inte|i cirklar"
        "|samma svar|ingen hjälp|svarar inte på min fråga|svarade inte på min fråga"
        "|inte svarat på min fråga|svarar inte på frågan|svarade inte på frågan"
        "|inte det jag frågade|inte det jag frågade om|inte min fråga|inget svar på min fråga"
        "|inget svar på frågan|har du redan sagt|du har redan sagt|sa du redan"
        "|fortfarande inget svar|fortfarande inte fått svar|hjälper mig inte|missförstått"
        "|frågade om något annat|frågade något annat|frågade om nåt annat"
        "|svarar inte alls|svarar inte .. på min fråga|svarade inte .. på min fråga|lyssnar inte"
        "|lyssnar du ens|läser inte vad jag skriver|läser inte vad jag skrev|läser du ens"
        "|inget med min fråga att göra|inget med saken att göra|besvarar inte|besvarade inte"
        "|inte svarat på det jag frågade",
        "unbelievable": "otroligt|galet|sjukt",
        "harsh": "usel*|bedrövlig*|under all kritik|pinsamt|patetisk*|skämmigt|värsta företaget",
        "expletive": "jävla|jävlar|djävla|jävlars|helvete*|för helvete|vad fan|var fan|fan ta er"
        "|fan ta dig|fy fan|vad i helvete|dra åt helvete|satan i gatan",
        "target": "app|appen|tjänst|tjänsten|service|företag|företaget|bank|banken|bot|botten"
        "|kundtjänst|kundtjänsten|hemsida|hemsidan|sida|sidan|system|systemet|pengar|pengarna"
        "|firma",
    },
    "da": {
        "disbelief": "i er til grin|er til grin|er jo til grin|laver i sjov med mig"
        "|laver du sjov med mig|tager i pis på mig|tager du pis på mig|er i helt gale|er i gale"
        "|det mener i ikke|det mener du ikke|mener i det seriøst|mener i ikke seriøst"
        "|i er en vittighed|i er en joke|gør i grin med mig",
        "block": "god morgen|god dag|dum fejl|fortæl en vits|fortæl mig en vits|fortæl en joke"
        "|fortæl mig en joke|kender du en vits|hvor mange gange kan|hvor mange gange må|pisse god"
        "|pisse godt|pissegod*|pisse sjovt|pisse nemt",
        "pos": "tak|mange tak|tusind tak|super|perfekt|fremragende|fantastisk|dejlig*|fint|godt"
        "|tilfreds|hjælpsom*|ingen problem|ingen problemer|det virker nu|løst|sejt|fedt|skønt",
        "neg": "dårlig*|forfærdelig*|frygtelig*|skuffet|skuffende|utilfreds|irriteret|irriterende"
        "|frustreret|frustrerende|hader|virker ikke|stadig ikke|i stykker|katastrofe*",
        "mild": "desværre|problem|problemer|fejl|forkert|mangler|forsink*|ikke modtaget"
        "|ikke kommet|endnu ikke|bekymret|klage",
        "anger": "vred|rasende|!gal|træt af|jeg har fået nok|fået nok|tak for ingenting|pisse sur"
        "|skideirriteret",
        "insult": "idiot*|!dum|dumme|åndssvag*|tåbe|kvajpande|inkompetent*|klovn*|spasser*|møgbot"
        "|svindlere|lortefirma|lorteselskab|møgfirma|amatører|idioter|klovne|bande af idioter"
        "|din nar|dumme nar|sikke en nar|nogle narre|i narre",
        "profanity": "!pis|lort|lorte*|møgbank|møgfirma|pisse*|pokkers",
        "useless": "ubrugelig*|nytteløs*|meningsløs*|dum bot",
        "ridiculous": "latterlig*|absurd|uacceptabel|uacceptabelt|skandaløst|skandale|en joke"
        "|en skandale|en vittighed|i laver sjov|tager pis på",
        "told": "allerede sagt|allerede .. sagt|allerede skrevet|hvor mange gange|for tredje gang"
        "|for anden gang|som jeg sagde",
        "give_up": "jeg giver op|giver op|glem det|spild af tid|spildtid|jeg skifter bank",
        "stop": "hold op|hold nu op|hold kæft|nu er det nok|det er nok",
        "stop_bare": "stop",
        "again": "igen|endnu en gang|atter",
        "negator": "ikke|ingen|intet|aldrig|uden|hverken|næppe",
        "filler": "nu|venligst|lige|med|det",
        "unhelpful": "hjælper ikke|du forstår ikke|i forstår ikke|i ring|samme svar|ingen hjælp"
        "|svarer ikke på mit spørgsmål|svarer ikke på spørgsmålet|ikke svaret på mit spørgsmål"
        "|ikke svaret på spørgsmålet|svarede ikke på mit spørgsmål|ikke det jeg spurgte om"
        "|ikke det jeg spurgte|ikke mit spørgsmål|stadig intet svar|stadig ikke noget svar"
        "|stadig ikke svar|har du allerede sagt|du har allerede sagt|sagde du allerede"
        "|hjælper mig ikke|misforstået|spurgte om noget andet|spurgte om noget helt andet"
        "|svarer slet ikke|svarer ikke .. på mit spørgsmål|lytter ikke|hører ikke efter"
        "|læser ikke hvad jeg skriver|intet med mit spørgsmål at gøre"
        "|ikke noget med mit spørgsmål at gøre|ikke svaret på det|ikke et svar på"
        "|svarer ikke på det jeg spørger om",
        "unbelievable": "utroligt|vanvittigt|sindssygt",
        "harsh": "elendig*|håbløs*|pinligt|patetisk*|under al kritik|ringe service|dårlig service"
        "|skandaløs|noget pis|noget lort|noget møg|lorteapp*|lorteservice|lortebank|lortesystem"
        "|lorteside|møgapp*|møgservice",
        "expletive": "fanden|for fanden|hvad fanden|hvor fanden|fandeme|fandme|for helvede"
        "|helvede|kraftedeme|satans|pis og lort|rend mig",
        "target": "app|appen|service|firma|firmaet|selskab|selskabet|bank|banken|bot|kundeservice"
        "|hjemmeside|system|systemet|penge|pengene",
    },
    "no": {
        "disbelief": "tuller dere|tuller du|dere er en vits|dere er jo en vits"
        "|kan ikke være seriøse|kan ikke være seriøs|kan ikke mene alvor|mener dere alvor"
        "|mener du alvor|driver dere gjøn|driver du gjøn|gjøn med meg|er dette en spøk"
        "|er det en spøk|er dere helt på jordet",
        "block": "god morgen|god dag|dumt spørsmål|fortell en vits|fortell meg en vits"
        "|kan du en vits|en god vits|hvor mange ganger kan|hvor mange ganger får|jævlig bra"
        "|dritbra|drittbra|dritkul|drittkul|dritgod*",
        "pos": "takk|tusen takk|takk skal du ha|mange takk|super|perfekt|utmerket|fantastisk|flott"
        "|fint|!bra|fornøyd|hjelpsom*|ingen problem|ingen problemer|funker nå|løst|kjempebra|topp"
        "|digg",
        "neg": "dårlig*|forferdelig*|fryktelig*|skuffet|skuffende|misfornøyd|irritert|irriterende"
        "|frustrert|frustrerende|hater|funker ikke|fungerer ikke|virker ikke|fortsatt ikke|ødelagt"
        "|katastrofe*",
        "mild": "dessverre|problem|problemer|feil|mangler|forsink*|ikke mottatt|ikke kommet"
        "|enda ikke|ennå ikke|bekymret|klage",
        "anger": "!sint|rasende|forbanna|forbannet|lei av|drittlei|fått nok|takk for ingenting",
        "insult": "idiot*|!dum|dumme|teit|!tåpe|inkompetent*|klovn*|!dust|fjols|kødd|hjernedød"
        "|svindlere|drittselskap|drittfirma|amatører|idioter|klovner|tullinger",
        "profanity": "jævlig|!dritt*|satan|!kuk*|pokker",
        "useless": "ubrukelig*|nytteløs*|meningsløs*|dum bot",
        "ridiculous": "latterlig*|absurd|uakseptabel|uakseptabelt|en spøk|en vits|en skandale"
        "|skandaløs*|tuller med meg|driver dere med",
        "told": "allerede sagt|allerede .. sagt|allerede skrevet|hvor mange ganger|for tredje gang"
        "|for andre gang|som jeg sa",
        "give_up": "jeg gir opp|gir opp|glem det|drit i det|bortkastet tid|sløsing med tid"
        "|jeg bytter bank",
        "stop": "hold opp|slutt nå|hold kjeft|nå er det nok|det holder",
        "stop_bare": "stopp|stop|slutt",
        "again": "igjen|enda en gang|nok en gang|atter",
        "negator": "ikke|ingen|intet|ingenting|aldri|uten|verken|neppe",
        "filler": "nå|vær så snill|vennligst|bare",
        "unhelpful": "hjelper ikke|du forstår ikke|dere forstår ikke|i sirkel|samme svar"
        "|ingen hjelp|svarer ikke på spørsmålet|svarer ikke på spørsmålet mitt"
        "|svarte ikke på spørsmålet|ikke svart på spørsmålet|ikke det jeg spurte om"
        "|ikke det jeg spurte|ikke spørsmålet mitt|ikke mitt spørsmål|fortsatt ikke noe svar"
        "|fortsatt ingen svar|fortsatt ikke svar|har du allerede sagt|du har allerede sagt"
        "|sa du allerede|hjelper meg ikke|misforstått|spurte om noe annet"
        "|spurte om noe helt annet"
        "|svarer ikke i det hele tatt|svarer ikke .. på spørsmålet|hører ikke etter"
        "|hører ikke på meg|lytter ikke|leser ikke hva jeg skriver"
        "|ingenting med spørsmålet mitt å gjøre|ingenting med spørsmålet å gjøre|ikke noe svar på"
        "|svarte ikke på det jeg spurte om",
        "unbelievable": "utrolig|vanvittig|sinnssykt|helt sykt",
        "harsh": "elendig*|håpløs*|helt håpløst|patetisk*|under enhver kritikk|pinlig*"
        "|dårlig service|skandale|bare dritt|er dritt|noe dritt|en dritt|drittapp*|drittservice"
        "|drittbank",
        "expletive": "faen|fy faen|for faen|hva faen|hvor faen|faen ta|helvete|for helvete"
        "|i helvete|jævla|jævlar|drit og dra",
        "target": "app|appen|tjeneste|tjenesten|service|selskap|selskapet|firma|bank|banken|bot"
        "|kundeservice|nettside|system|systemet|penger|pengene|refusjon|refusjonen",
    },
    "fi": {
        "disbelief": "ootteko tosissanne|oletteko tosissanne|ootko tosissas|oletko tosissasi"
        "|ootko tosissasi|ette voi olla tosissanne|et voi olla tosissasi|ette oo tosissanne"
        "|onks tää joku vitsi|onko tämä joku vitsi|onko tää vitsi|onko tämä vitsi|joku vitsi"
        "|ootte ihan vitsi|olette ihan vitsi|olette vitsi|pilailetteko|pilailetko|pelleilettekö"
        "|pelleiletkö|ihan pelleilyä|kusetatteko|kusetatko",
        "block": "hyvää huomenta|hyvää päivää|tyhmä kysymys|kerro vitsi|kerro joku vitsi"
        "|kerro hyvä vitsi|tiedätkö vitsin|osaatko vitsin|kuinka monta kertaa voi"
        "|kuinka monta kertaa voin|kuinka monta kertaa saa|montako kertaa",
        "pos": "kiitos|kiitti|kiitoksia|kiitos paljon|mahtava*|loistava*|täydellinen|erinomainen"
        "|hieno|hienoa|hyvä|hyvin|kiva|kivaa|tyytyväinen|avulias|ei ongelmaa|ei hätää|ei se mitään"
        "|toimii nyt|ratkesi|huippu*",
        "neg": "huono*|kamala*|kauhea*|pettynyt|pettymys|tyytymätön|turhauttaa|turhautunut"
        "|turhauttava|vihaan|ei toimi|ei vieläkään|rikki|katastrofi",
        "mild": "valitettavasti|ikävä kyllä|ongelma*|virhe*|väärä*|puuttuu|myöhäs*|viivästy*"
        "|en ole saanut|ei ole tullut|ei vielä|huolissani|reklamaatio|valitus",
        "anger": "vihainen|raivoissani|raivostuttaa|suuttunut|vituttaa|ottaa päähän|kyllästynyt"
        "|kiitos ei mistään",
        "insult": "idiootti*|idiootteja|tyhmä*|tollo|ääliö*|aivoton|kusipää*|mulkku*|!pelle|urpo*"
        "|kyvytön|epäpätevä*|typerä*|huijareita|paskafirma|paska firma|idiootit|amatöörit|pellet",
        "profanity": "!paska*|hitto|hiton|pirun|perhana|hemmetti|hemmetin|helkkari",
        "useless": "hyödytön*|turha|turhaa|tyhmä botti|hyödytön botti",
        "ridiculous": "naurettava*|absurdi|käsittämätön*|käsittämätöntä|ennenkuulumaton*|törkeä*"
        "|törkeää|häpeä|häpeällistä|on vitsi|on ihan vitsi|täysi vitsi|huono vitsi|pelkkä vitsi",
        "told": "sanoin jo|kerroin jo|olen jo sanonut|olen jo kertonut|kirjoitin jo"
        "|kuinka monta kertaa|monta kertaa pitää|kolmannen kerran|toisen kerran|kuten sanoin",
        "give_up": "luovutan|annan periksi|unohda koko juttu|antaa olla|ajanhukkaa|ajan haaskausta"
        "|vaihdan pankkia",
        "stop": "lopettakaa|lopeta jo|turpa kiinni|pää kiinni|nyt riittää|riittää jo",
        "stop_bare": "lopeta|stop|seis",
        "again": "taas|jälleen|uudelleen|uudestaan|taas kerran|vielä kerran",
        "negator": "ei|!en|!et|emme|ette|eivät|eikä|ilman|koskaan",
        "filler": "nyt|heti|jo|vaan",
        "unhelpful": "ei auta|et ymmärrä|ette ymmärrä|ympyrää|sama vastaus|ei hyötyä"
        "|ei vastaa kysymykseeni|ei vastannut kysymykseeni|et vastannut kysymykseeni"
        "|et vastaa kysymykseeni|et vastannut|en kysynyt sitä|en kysynyt tätä|en kysynyt"
        "|ei ollut kysymykseni|ei ole kysymykseni|sanoit jo|sanoit sen jo|olet jo sanonut"
        "|ei vieläkään vastausta|ei auta minua|ymmärsit väärin|ymmärrät väärin|kysyin ihan muuta"
        "|kysyin muuta|kysyin jotain muuta"
        "|ei vastaa kysymykseen|ei vastannut kysymykseen|ei vastaa mitään|et kuuntele"
        "|ette kuuntele|et lue mitä|ette lue mitä|ei liity mun kysymykseen|ei liity kysymykseeni"
        "|ei liity minun kysymykseen|et vastaa siihen|ette vastaa siihen|et vastannut siihen",
        "unbelievable": "uskomaton*|uskomatonta|hulluutta",
        "harsh": "surkea*|ärsyttää|ärsyttävä*|säälittävä*|kuraa|kelvoton*|onnetonta|järkyttävää"
        "|ala-arvoista|ala arvoista|mitä paskaa|ihan paskaa|paskaa palvelua|paska palvelu",
        "expletive": "vittu*|vitun|vitussa|perkele*|saatana*|helvet*|jumalauta",
        "target": "sovellus*|palvelu*|firma*|yritys|pankki*|botti*|asiakaspalvelu*|sivusto*"
        "|järjestelmä*|rahat|rahani|rahoja",
    },
}
