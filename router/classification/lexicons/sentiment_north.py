"""Sentiment lexicon, part 1: English, German, Dutch (part 2 ``sentiment_nordic``: Swedish,
Danish, Norwegian, Finnish; part 3 ``sentiment_south``: French, Spanish, Italian, Portuguese,
Polish).

Syntax as in ``lexicon_match`` ("x*" starts with, "*x" ends with, ".." skips up to two words, "!x"
only when the message is known to be in this language). Keys: ``pos`` positive words; ``neg``
negative words; ``mild`` the words of a polite complaint ("unfortunately", "still not arrived");
``anger`` the customer says they are angry or fed up; ``insult`` words aimed at the company, the
agent or the bot; ``profanity`` mild swearing ("shit", "Mist", "merda"), angry next to a ``target``
(the company, its app, service or bot, the customer's money); ``expletive`` strong swearing, angry
alone ("fuck", "perkele", "kurwa", "vaffanculo"); ``useless`` "the bot is useless"; ``unhelpful`` a
milder "that did not help", "that doesn't answer my question", "you already said that";
``ridiculous`` outrage ("this is unacceptable", "Verarsche"); ``unbelievable`` surprise that is
often but not always angry ("unbelievable", "incroyable"); ``disbelief`` the customer cannot
believe what the company does ("are you kidding me", "soll das ein Witz sein", "ootteko
tosissanne", "me tomas el pelo"), angry unless the words are positive ("you're kidding, it
worked!"); ``harsh`` a damning verdict on the service ("pathetic", "elendigt", "helt håpløst",
"ihan surkeaa"); ``told`` "I already told you"; ``give_up``; ``stop`` "stop it"; ``stop_bare``
words that count as "stop!" when they are a clause on their own; ``again``; ``negator`` words that
flip the next few words; ``filler`` words allowed next to a bare stop word; ``block`` neutral
phrases that hide their words ("good morning").
"""

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "disbelief": "kidding me|you're kidding|you are kidding|youre kidding|ur kidding"
        "|got to be kidding|gotta be kidding|have to be kidding|must be kidding"
        "|you cannot be serious|you can't be serious|you cant be serious|u cant be serious"
        "|are you serious|are u serious|r u serious|you having a laugh|you're having a laugh"
        "|youre having a laugh|having a laugh|taking the piss|take the piss|takin the piss"
        "|some kind of joke|some sort of joke|you lot are a joke|you guys are a joke|you're a joke"
        "|youre a joke|you are a joke|pulling my leg|got to be joking|gotta be joking"
        "|is this for real",
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
        "|repeating yourself|you just repeated|same answer again|not what i need|that's not it"
        "|not listening|you don't listen|you dont listen|not reading what i|don't read what i"
        "|dont read what i|says nothing about|answers nothing|answer nothing"
        "|doesn't answer anything|does not answer anything|doesnt answer anything"
        "|nothing to do with my question|nothing to do with what i asked|haven't answered what"
        "|havent answered what|have not answered what|didn't answer what|didnt answer what"
        "|you didn't answer|you didnt answer|you haven't answered|you havent answered",
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
        "disbelief": "ist das euer ernst|ist das ihr ernst|ist das dein ernst"
        "|ist das jetzt euer ernst|ist das jetzt ihr ernst|ist das jetzt dein ernst"
        "|meint ihr das ernst|meinen sie das ernst|meinst du das ernst|nicht euer ernst"
        "|nicht ihr ernst|nicht dein ernst|soll das ein witz sein|ist das ein witz"
        "|soll das ein scherz sein|ist das ein scherz|wollt ihr mich verarschen"
        "|willst du mich verarschen|wollen sie mich verarschen|sag mal gehts noch"
        "|sag mal geht's noch|gehts eigentlich noch|geht's eigentlich noch|gehts noch oder was"
        "|spinnt ihr|spinnen sie|ihr spinnt doch|seid ihr noch ganz dicht|habt ihr sie noch alle"
        "|ihr seid ein witz|ihr seid echt ein witz|wollt ihr mich veräppeln|veräppelt mich"
        "|auf den arm nehmen",
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
        "|nicht die frage|an meiner frage vorbei|hilft mir nicht"
        "|beantwortet meine frage .. nicht|beantwortet meine frage gar nicht|hörst mir nicht zu"
        "|hören mir nicht zu|hört mir nicht zu|hörst nicht zu|hörst du mir überhaupt zu"
        "|mit meiner frage nichts zu tun|mit meiner frage nix zu tun"
        "|nichts mit meiner frage zu tun|nicht geantwortet|gar nicht geantwortet"
        "|nicht drauf eingegangen|nicht darauf eingegangen|nicht auf meine frage ein"
        "|gar nicht auf meine frage ein|liest nicht was ich schreibe|lesen nicht was ich schreibe"
        "|liest du überhaupt|beantwortet gar nichts|beantwortet nichts",
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
        "disbelief": "maken er een potje van|een potje van|is dit een grap|is dat een grap"
        "|zijn een grap|wat een grap|zeker een grap|neem je me in de maling"
        "|nemen jullie me in de maling|in de maling|meen je dit nou|meen je dat nou|meen je dit"
        "|meen je dat|menen jullie dit|meent u dit|houden jullie me voor de gek"
        "|houd je me voor de gek|hou je me voor de gek|voor de gek houden|in de zeik"
        "|dit meen je niet|dat meen je niet|niet goed wijs|zijn jullie gek geworden",
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
        "|vroeg iets anders|daar heb ik niets aan|daar heb ik niks aan|helpt me niet"
        "|beantwoordt mijn vraag .. niet|luistert niet|luister je wel|luisteren jullie niet"
        "|niks met mijn vraag te maken|niets met mijn vraag te maken|leest niet wat ik"
        "|lees je wel wat ik|geen antwoord op|gaf je geen antwoord|mijn vraag .. niet beantwoord",
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
}
