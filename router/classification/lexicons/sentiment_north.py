"""Sentiment lexicon, part 1: English, German, Dutch, Swedish, Danish, Norwegian, Finnish.

Syntax as in ``lexicon_match`` ("x*" starts with, "*x" ends with, ".." skips up to two words,
"!x" only when the message is known to be in this language). Keys: ``pos`` positive words;
``neg`` negative words; ``mild`` the words of a polite complaint ("unfortunately", "still not
arrived"); ``anger`` the customer says they are angry or fed up; ``insult`` words aimed at the
company, the agent or the bot; ``profanity`` mild swearing ("shit", "Mist", "merda"), angry
next to a ``target`` (the company, its app, service or bot, the customer's money);
``expletive`` strong swearing, angry alone ("fuck", "perkele", "kurwa", "vaffanculo");
``useless`` "the bot is useless"; ``unhelpful`` a milder "that did not help", "that doesn't
answer my question", "you already said that"; ``ridiculous`` outrage ("this is unacceptable",
"Verarsche"); ``unbelievable`` surprise that is often but not always angry ("unbelievable",
"incroyable"); ``harsh`` a damning verdict on the service ("pathetic", "elendigt", "helt
håpløst", "ihan surkeaa"); ``told`` "I already told you"; ``give_up``; ``stop`` "stop it";
``stop_bare`` words that count as "stop!" when they are a clause on their own; ``again``;
``negator`` words that flip the next few words; ``filler`` words allowed next to a bare stop
word; ``block`` neutral phrases that hide their words ("good morning").
"""

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "block": "good morning|good afternoon|good evening|good night|good day|stupid question"
        "|dumb question|sorry to bother|no offence|no offense|fine print|late fee|late fees"
        "|pretty please|crazy good|damn good|hell of a|how many times can|how many times per"
        "|how many times a|how many times should|how many times is|stop it before|stop it from"
        "|tell me a joke|tell a joke|tell us a joke|know a joke|know any jokes"
        "|know any good jokes|another joke|a funny joke|hell yes|hell yeah",
        "pos": "thanks|thank you|thx|ty|great|perfect|excellent|awesome|amazing|wonderful"
        "|fantastic|brilliant|love|loved|lovely|happy|glad|pleased|helpful|good|nice|cool|super"
        "|appreciate*|well done|that worked|it worked|works now|solved|no problem|no worries"
        "|all good|fine|best|cheers|much appreciated|sorted",
        "neg": "!mad|bad|terrible|awful|horrible|horrendous|worst|poor|disappointed|disappointing"
        "|disappointment|unhappy|upset|annoyed|annoying|frustrat*|hate|sucks|rubbish|nightmare"
        "|disaster|shocking|unfair|not working|doesn't work|does not work|didn't work|still not"
        "|still nothing|still waiting|broken",
        "mild": "unfortunately|sadly|problem|problems|issue|issues|error|wrong|missing|delay*|late"
        "|hasn't arrived|has not arrived|haven't received|have not received|not received"
        "|not arrived|confus*|worried|concerned|complain*",
        "anger": "angry|furious|livid|pissed|pissed off|fed up|sick of|sick and tired"
        "|had enough of|i've had enough|i have had enough|ive had enough|i'm mad|i am mad|so mad"
        "|mad at|outraged|enraged|infuriat*|disgusted|disgusting|thanks for nothing"
        "|thank you for nothing|cheers for nothing",
        "insult": "idiot*|stupid|dumb|moron*|imbecile*|incompetent|clown|clowns|dumbass"
        "|stupid bot|dumb bot|loser|losers|brainless|clueless|dimwit*|cretin*|halfwit*|scammers"
        "|liar|liars|crooks|useless bunch|bunch of idiots|bunch of clowns|fuck you|screw you"
        "|f off|bastard*|asshole*|arsehole*|bitch*|dickhead*|!retard*",
        "profanity": "shit|shitty|shite|bullshit|crap|crappy|damn|damned|dammit|bloody|arse"
        "|bollocks|omfg|!hell|effing|freaking|frigging|sodding",
        "useless": "useless|pointless|worthless|no use|stupid bot|dumb bot|useless bot"
        "|you understand nothing|useless app|useless company|you're useless|you are useless"
        "|utterly useless",
        "ridiculous": "ridiculous|absurd|unacceptable|a joke|what a joke|outrageous|disgrace*"
        "|shameful|scandal*|nonsense|joke of a|this is a joke|is a joke|you're joking"
        "|are you kidding me|you must be joking",
        "told": "already .. told|told you already|already said|i said already|already wrote"
        "|already explained|how many times|how many more times|as i said|like i said"
        "|i keep telling|i keep saying|for the second time|for the third time|for the last time"
        "|for the hundredth time|i just told you|i just said",
        "give_up": "i give up|give up|forget it|never mind|nevermind|i'm done|i am done"
        "|waste of time|wasting my time|waste my time|going elsewhere|i'll go elsewhere|one star"
        "|leave a bad review|switching banks",
        "stop": "stop it|stop that|stop this|just stop|stop repeating|stop asking|stop sending"
        "|stop spamming|stop wasting|stop telling|shut up|enough is enough|enough already"
        "|that's enough",
        "stop_bare": "stop|enough",
        "again": "again|yet again|once again|same again",
        "negator": "not|no|never|t|dont|doesnt|didnt|isnt|wasnt|cant|cannot|wont|nothing|hardly"
        "|neither|nor|without|aint|arent",
        "filler": "please|now|it|already|just|right|immediately|pls|plz",
        "unhelpful": "no help|not helpful|unhelpful|you don't understand|you do not understand"
        "|you're not helping|you are not helping|not helping|doesn't help|does not help"
        "|didn't help|makes no sense|going in circles|in circles|same answer|same reply"
        "|same thing again|you keep saying|did not help|didn't really help|not what i asked"
        "|not what i meant|doesn't answer my question|does not answer my question"
        "|doesnt answer my question|didn't answer my question|did not answer my question"
        "|didnt answer my question|not answering my question|haven't answered my question"
        "|havent answered my question|doesn't answer the question|does not answer the question"
        "|not an answer|not my question|wasn't my question|was not my question|wasnt my question"
        "|not what i was asking|not what i'm asking|you already said|you said that already"
        "|you've already said|you have already said|you already told me that|you just said that"
        "|still no answer|still haven't answered|asked something else|asked about something else"
        "|misunderstood me|you misunderstood|answer didn't help|answer did not help"
        "|repeating yourself|you just repeated|same answer again|not what i need|that's not it",
        "unbelievable": "unbelievable|insane|crazy|madness",
        "harsh": "pathetic|garbage|trash|appalling|worst service|worst company|worst app"
        "|worst customer service|rubbish service|terrible service|awful service|hopeless|shambles"
        "|a farce|piece of junk|is bullshit|total bullshit|utter bullshit|such bullshit"
        "|load of crap|load of shit|load of rubbish|piece of shit|piece of crap|total crap"
        "|utter crap|absolute crap|absolute shit|is shit|is crap",
        "expletive": "fuck*|!fck*|fcking|wtf|motherf*|goddamn*|bloody hell|piss off|ffs"
        "|what the hell|where the hell|why the hell|how the hell|who the hell|what in the hell"
        "|the hell is|the hell are|screw this|sod off|bugger off|son of a bitch",
        "target": "service|app|apps|application|company|bank|bot|chatbot|support|customer service"
        "|website|site|system|money|refund|people|shop|store|firm|business|outfit",
    },
    "de": {
        "block": "guten morgen|guten tag|guten abend|gute nacht|gute reise|dumme frage"
        "|wie oft kann|wie oft darf|wie oft im|wie oft pro",
        "pos": "danke*|vielen dank|super|toll|prima|perfekt|klasse|spitze|großartig|wunderbar"
        "|hervorragend|ausgezeichnet|gut|sehr gut|hilfreich|freue*|froh|zufrieden|passt|top|genial"
        "|lieb|nett|kein problem|keine sorge|alles klar|alles gut|hat geklappt|funktioniert jetzt"
        "|gelöst",
        "neg": "schlecht|schlimm|schrecklich|furchtbar|katastroph*|mies|enttäuscht|enttäuschend"
        "|unzufrieden|ärgerlich|nervig|nervt|genervt|frustrier*|hasse|unfair|geht nicht"
        "|funktioniert nicht|klappt nicht|immer noch nicht|noch immer nicht|kaputt",
        "mild": "leider|problem|probleme|fehler|falsch|fehlt|verspät*|verzöger*|noch nicht"
        "|nicht angekommen|nicht erhalten|unklar|verwirr*|besorgt|beschwerde",
        "anger": "wütend|sauer|stinksauer|verärgert|zornig|nase voll|es reicht|mir reicht*"
        "|reicht mir|angepisst|danke für nichts|stinkt mir|ihr könnt mich mal|sie können mich mal"
        "|du kannst mich mal|schnauze voll|die nase gestrichen voll",
        "insult": "idiot*|dumm|dummer|dumme|!blöd*|doof|depp*|vollidiot*|trottel*|schwachkopf"
        "|inkompetent*|unfähig*|versager|penner|arschloch|arsch|affen|spast*|witzfigur*|dummkopf"
        "|hirnlos|betrüger|saftladen|drecksladen|scheißladen|scheissladen|scheißfirma|scheissfirma"
        "|verein|idioten|deppen|vollpfosten|pfeifen|amateure",
        "profanity": "scheiß*|scheiss*|kacke|!mist|verdammt*|zum teufel|verflucht*|kruzifix"
        "|herrgott",
        "useless": "nutzlos|sinnlos|unbrauchbar|bringt nichts|bringt nix|du verstehst nichts"
        "|dummer bot|blöder bot|taugt nichts|für die katz",
        "ridiculous": "lächerlich|absurd|inakzeptabel|unakzeptabel|skandal*|ein witz|witzlos"
        "|zumutung|unverschämtheit|unverschämt|verarsche|verarschung|verarscht|verarschen"
        "|frechheit|abzocke|sauerei|skandalös|peinlich",
        "told": "schon gesagt|schon .. gesagt|schon geschrieben|schon .. geschrieben|wie oft noch"
        "|wie oft denn noch|wie oft muss ich|zum dritten mal|zum zweiten mal|zum x ten mal"
        "|zum hundertsten mal|zum letzten mal|ich sagte doch|hab ich doch gesagt"
        "|habe ich doch gesagt",
        "give_up": "ich gebe auf|gebe auf|vergiss es|vergessen sie es|mir egal|lass es"
        "|lassen wir das|zeitverschwendung|ich bin raus|ich wechsle",
        "stop": "hör auf|hören sie auf|hört auf|lass das|lassen sie das|schluss jetzt"
        "|jetzt reicht es|halt die klappe|sei still|klappe",
        "stop_bare": "stopp|stop|halt|aufhören|schluss",
        "again": "schon wieder|wieder|nochmal|noch einmal|erneut|wiederholt|wieder mal",
        "negator": "nicht|kein|keine|keinen|keinem|keiner|nie|niemals|nichts|ohne|weder|kaum",
        "filler": "bitte|jetzt|sofort|endlich|doch|mal|damit|das|es",
        "unhelpful": "hilft nicht|hilft nichts|hilft mir nicht|verstehst nicht|verstehst du nicht"
        "|verstehen sie nicht|im kreis|dieselbe antwort|immer das gleiche|immer dasselbe"
        "|hat nicht geholfen|nicht was ich gefragt habe|beantwortet meine frage nicht"
        "|beantwortet nicht meine frage|keine antwort auf meine frage"
        "|meine frage nicht beantwortet|meine frage .. nicht beantwortet|nicht meine frage"
        "|habe ich nicht gefragt|hab ich nicht gefragt|hab ich doch nicht gefragt"
        "|hast du schon gesagt|hast du bereits gesagt|haben sie schon gesagt"
        "|haben sie bereits gesagt|hast du .. schon gesagt|haben sie .. schon gesagt"
        "|immer noch keine antwort|noch immer keine antwort|keine antwort|hilft mir nicht weiter"
        "|bringt mich nicht weiter|falsch verstanden|etwas anderes gefragt|was anderes gefragt"
        "|darum geht es nicht|darum ging es nicht|darum ging es mir nicht|darum geht es mir nicht"
        "|nicht die frage|an meiner frage vorbei|hilft mir nicht",
        "unbelievable": "unglaublich|wahnsinn",
        "harsh": "miserabel|unterirdisch|katastrophal|erbärmlich|armselig|lachhaft"
        "|grottenschlecht|eine katastrophe|das letzte|ist .. scheiße|echt scheiße|einfach scheiße"
        "|total scheiße|voll scheiße|richtig scheiße|totaler mist|kompletter mist",
        "expletive": "!fick*|verfickt*|leck mich|leckt mich|verdammt nochmal|verdammt noch mal"
        "|verdammte scheiße|verdammter mist|scheiß drauf|gottverdammt*|himmel arsch"
        "|was zum teufel|wo zum teufel|wie zum teufel|was zur hölle|wo zur hölle"
        "|was soll der scheiß|was soll die scheiße|was soll der mist",
        "target": "app|service|firma|laden|bank|bot|kundenservice|kundendienst|support|hotline"
        "|geld|erstattung|rückerstattung|system|website|webseite|seite|unternehmen|verein",
    },
    "nl": {
        "block": "goedemorgen|goedemiddag|goedenavond|goede dag|domme vraag|hoe vaak kan"
        "|hoe vaak mag|hoe vaak per",
        "pos": "bedankt|dank je|dank u|dankjewel|dankuwel|dank je wel|dank u wel|top|super"
        "|geweldig|perfect|uitstekend|fantastisch|prima|goed|heel goed|fijn|blij|tevreden"
        "|behulpzaam|handig|geen probleem|geen zorgen|komt goed|werkt nu|opgelost|mooi",
        "neg": "slecht|vreselijk|verschrikkelijk|afschuwelijk|rampzalig|teleurgesteld"
        "|teleurstellend|ontevreden|geïrriteerd|irritant|gefrustreerd|frustrerend|haat|werkt niet"
        "|nog steeds niet|kapot|ramp|balen",
        "mild": "helaas|jammer|probleem|problemen|fout|verkeerd|ontbreekt|vertraag*|te laat"
        "|niet ontvangen|niet aangekomen|nog niet|bezorgd|klacht|onduidelijk|verwarr*",
        "anger": "boos|woedend|kwaad|pissig|ik ben het zat|het zat|genoeg van|bedankt voor niets"
        "|bedankt voor niks|kunnen de pot op|kan de pot op|kunnen mijn rug op|kan mijn rug op"
        "|schijt aan jullie",
        "insult": "idioot|idioten|!dom|domme|stom|stomme|achterlijk*|debiel*|imbeciel|sukkel*"
        "|incompetent*|oen|eikel*|klootzak*|mongool|randdebiel|prutser*|oplichters|prutsers"
        "|amateurs|stelletje|zooitje|kutbedrijf|klotebedrijf",
        "profanity": "kut|klote",
        "useless": "nutteloos|zinloos|waardeloos|heb er niks aan|domme bot|stomme bot",
        "ridiculous": "belachelijk|absurd|onacceptabel|onaanvaardbaar|schande|een lachertje"
        "|een schande|te gek voor woorden|lachwekkend|een aanfluiting",
        "told": "al gezegd|al .. gezegd|al geschreven|hoe vaak nog|hoe vaak moet ik"
        "|voor de derde keer|voor de tweede keer|zoals ik al zei|ik zei toch",
        "give_up": "ik geef het op|ik geef op|laat maar|laat ook maar|vergeet het"
        "|zonde van mijn tijd|tijdverspilling|ik stap over",
        "stop": "hou op|houd op|hou je mond|kop dicht|nu is het genoeg|het is genoeg",
        "stop_bare": "stop|stoppen|ophouden",
        "again": "alweer|weer|opnieuw|nogmaals|wederom|nog een keer",
        "negator": "niet|geen|nooit|niets|niks|zonder|!noch|nergens",
        "filler": "nu|alsjeblieft|alstublieft|aub|nou|ermee|daarmee|maar",
        "unhelpful": "helpt niet|helpt niks|je begrijpt het niet|u begrijpt het niet"
        "|je snapt het niet|snap je het niet|in rondjes|in cirkels|hetzelfde antwoord"
        "|geen antwoord op mijn vraag|geen antwoord op de vraag|mijn vraag niet beantwoord"
        "|beantwoordt mijn vraag niet|beantwoord mijn vraag niet|niet wat ik vroeg"
        "|niet wat ik bedoel|niet wat ik bedoelde|mijn vraag niet|heb je al gezegd"
        "|hebt u al gezegd|heeft u al gezegd|zei je al|nog steeds geen antwoord"
        "|nog altijd geen antwoord|begrijpt me niet|begrijp je me niet|snapt me niet"
        "|vroeg iets anders|daar heb ik niets aan|daar heb ik niks aan|helpt me niet",
        "unbelievable": "ongelooflijk|waanzin|bizar",
        "harsh": "waardeloze service|bagger|dramatisch|om te huilen|treurig|droevig|abominabel"
        "|prutswerk|knudde|kutservice|kutapp|kutzooi|klotezooi|kutding|kutwebsite|kutbank|kutsite"
        "|klotebank|kloteservice|kloteapp|teringzooi|wat een zooi",
        "expletive": "godverdomme|verdomme|potverdomme|godsamme|godver|tering*|tyfus|kolere"
        "|kutbot|kankerzooi|kankerbot|kankerbedrijf|krijg de tering|krijg de kanker|rot op"
        "|flikker op|sodemieter op",
        "target": "app|service|bedrijf|bank|bot|klantenservice|website|site|systeem|geld|tent"
        "|winkel|dienst",
    },
    "sv": {
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
        "|frågade om något annat|frågade något annat|frågade om nåt annat",
        "unbelievable": "otroligt|galet|sjukt",
        "harsh": "usel*|bedrövlig*|under all kritik|pinsamt|patetisk*|skämmigt|värsta företaget",
        "expletive": "jävla|jävlar|djävla|jävlars|helvete*|för helvete|vad fan|var fan|fan ta er"
        "|fan ta dig|fy fan|vad i helvete|dra åt helvete|satan i gatan",
        "target": "app|appen|tjänst|tjänsten|service|företag|företaget|bank|banken|bot|botten"
        "|kundtjänst|kundtjänsten|hemsida|hemsidan|sida|sidan|system|systemet|pengar|pengarna"
        "|firma",
    },
    "da": {
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
        "|hjælper mig ikke|misforstået|spurgte om noget andet|spurgte om noget helt andet",
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
        "|spurte om noe helt annet",
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
        "|kysyin muuta|kysyin jotain muuta",
        "unbelievable": "uskomaton*|uskomatonta|hulluutta",
        "harsh": "surkea*|ärsyttää|ärsyttävä*|säälittävä*|kuraa|kelvoton*|onnetonta|järkyttävää"
        "|ala-arvoista|ala arvoista|mitä paskaa|ihan paskaa|paskaa palvelua|paska palvelu",
        "expletive": "vittu*|vitun|vitussa|perkele*|saatana*|helvet*|jumalauta",
        "target": "sovellus*|palvelu*|firma*|yritys|pankki*|botti*|asiakaspalvelu*|sivusto*"
        "|järjestelmä*|rahat|rahani|rahoja",
    },
}
