"""Sentiment lexicon, part 2: French, Spanish, Italian, Portuguese, Polish.

Keys and syntax as in ``sentiment_north``.
"""

LEXICON: dict[str, dict[str, str]] = {
    "fr": {
        "pos": "merci*|super|génial|parfait|excellent|formidable|top|bien|très bien|content"
        "|contente|ravi|ravie|satisfait*|utile|aimable|sympa|pas de problème|pas de souci"
        "|aucun problème|ça marche|c'est bon|nickel|impeccable|bravo|pas mal",
        "neg": "mauvais*|nul|nulle|horrible|affreux|terrible|catastroph*|déçu|déçue|décevant*"
        "|mécontent*|énervé*|agacé*|agaçant*|frustr*|déteste|marche pas|fonctionne pas"
        "|toujours pas|cassé*",
        "mild": "malheureusement|hélas|problème*|souci*|erreur|faux|manque|retard*|pas reçu"
        "|pas arrivé|pas encore|inquiet*|réclamation|plainte",
        "anger": "en colère|furieux|furieuse|fâché*|j'en ai marre|marre|ras le bol|exaspéré*"
        "|scandalisé*|merci pour rien|vous vous foutez de|vous foutez de|tu te fous de|te fous de"
        "|se fout de|foutez de ma gueule|fous de ma gueule|foutage de gueule|on se fout de"
        "|vous moquez de moi|vous vous moquez",
        "insult": "idiot*|imbécile*|stupide*|!con|conne|connard*|crétin*|débile*|abruti*"
        "|incompétent*|bouffon*|guignol*|teubé|escrocs|voleurs|bande d'incompétents|bande de nuls"
        "|vous êtes nuls|vous êtes des nuls|des guignols|des clowns|des incapables|incapables",
        "profanity": "merde|putain|bordel|chier|fait chier|fais chier|nom de dieu|foutu*|foutre"
        "|ptn|enculé*|salaud*|salope",
        "useless": "inutile|sert à rien|aucune aide|robot inutile|bot inutile",
        "unhelpful": "vous ne comprenez pas|tu ne comprends pas|tu comprends rien"
        "|vous comprenez rien|en boucle|tourne en rond|même réponse|n'aide pas|ça n'aide pas",
        "ridiculous": "ridicule|absurde|inacceptable|inadmissible|scandaleux|honte|une blague"
        "|n'importe quoi|c'est du vol|foutage",
        "unbelievable": "incroyable|délirant|hallucinant|dingue",
        "harsh": "lamentable|pitoyable|honteux|minable|nul à chier|déplorable|une honte"
        "|c'est une honte|du grand n'importe quoi|honteuse",
        "told": "déjà dit|déjà .. dit|déjà écrit|déjà .. écrit|combien de fois"
        "|pour la troisième fois|pour la deuxième fois|pour la énième fois|comme je l'ai dit"
        "|je répète|je le répète",
        "give_up": "j'abandonne|laisse tomber|laissez tomber|tant pis|perte de temps"
        "|je perds mon temps|oubliez|oublie ça|je vais ailleurs|je change de banque",
        "stop": "arrête ça|arrêtez ça|arrêtez de|arrête de|la ferme|tais toi|taisez vous|ça suffit",
        "stop_bare": "stop|arrête|arrêtez|assez",
        "again": "encore|encore une fois|de nouveau|à nouveau|une fois de plus",
        "negator": "!pas|!ne|jamais|rien|aucun|aucune|sans|!ni",
        "filler": "s'il vous plaît|svp|stp|maintenant|tout de suite|ça|ca|de|le|me",
        "block": "bonjour|bonsoir|bonne journée|bonne soirée|question bête",
    },
    "es": {
        "pos": "gracias|muchas gracias|genial|perfecto|perfecta|excelente|estupendo|fantástico"
        "|maravilloso|bien|muy bien|bueno|buenísimo|contento|contenta|encantado|encantada|útil"
        "|amable|sin problema|ningún problema|no pasa nada|de acuerdo|vale|ya funciona|funciona ya"
        "|resuelto|guay",
        "neg": "malo|mala|!mal|fatal|horrible|terrible|decepcionado|decepcionada|decepción|molesto"
        "|molesta|enfadado*|frustrad*|odio|no funciona|sigue sin|roto|rota|desastre",
        "mild": "desafortunadamente|lamentablemente|por desgracia|problema*|error|incorrecto|falta"
        "|retraso*|no he recibido|no ha llegado|todavía no|aún no|preocupad*|queja|reclamación",
        "anger": "enojado*|furioso*|cabreado*|harto|harta|hasta las narices|indignado*"
        "|gracias por nada|ya basta",
        "insult": "idiota*|estúpido*|estúpida*|imbécil*|tonto*|tonta*|gilipollas|pendejo*|cabrón*"
        "|incompetente*|payaso*|subnormal*|pelotudo*|boludo*|ladrones|estafadores|inútiles"
        "|sois unos inútiles|ineptos|sinvergüenzas|unos payasos|incompetentes|chapuceros|chorizos",
        "profanity": "mierda|joder|jodido*|coño|carajo|puta|puto|hostia|hostias|maldita sea"
        "|maldito*|me cago|cojones|chingad*",
        "useless": "inútil|no sirve|no sirve de nada|no sirves|bot inútil|robot inútil"
        "|no servís para nada",
        "unhelpful": "sin sentido|no me ayuda|no ayuda|no entiendes|no me entiendes|en círculos"
        "|la misma respuesta|lo mismo otra vez",
        "ridiculous": "ridículo|ridícula|absurdo|absurda|inaceptable|inadmisible|vergüenza"
        "|es una broma|una broma|un chiste|indignante|es una vergüenza|qué vergüenza"
        "|una tomadura de pelo|me estáis tomando el pelo|me tomáis el pelo|de risa|es un robo"
        "|un escándalo",
        "unbelievable": "increíble|una locura",
        "harsh": "pésimo|pésima|vergonzoso|lamentable|penoso|patético|patética|de pena|un desastre"
        "|una porquería|porquería|cutre|escandaloso",
        "told": "ya te lo dije|ya lo dije|ya te dije|ya le dije|ya lo he dicho|ya lo escribí"
        "|cuántas veces|por tercera vez|por segunda vez|como ya dije|como dije|te lo repito"
        "|te repito",
        "give_up": "me rindo|olvídalo|olvídelo|déjalo|déjelo|da igual|pérdida de tiempo"
        "|perder el tiempo|perdiendo el tiempo|me cambio de banco",
        "stop": "ya basta|para ya|déjame en paz|cállate|cierra la boca",
        "stop_bare": "para|pare|basta|stop|alto",
        "again": "otra vez|de nuevo|nuevamente|una vez más",
        "negator": "no|nunca|jamás|nada|ningún|ninguna|ninguno|sin|!ni|tampoco",
        "filler": "por favor|ya|ahora|favor|eso|lo|me|de",
        "block": "buenos días|buenas tardes|buenas noches|buenas|pregunta tonta",
    },
    "it": {
        "pos": "grazie*|grazie mille|perfetto|perfetta|ottimo|ottima|eccellente|fantastico"
        "|fantastica|meraviglioso|bene|benissimo|molto bene|bravo|brava|contento|contenta"
        "|soddisfatt*|utile|gentile|nessun problema|non c'è problema|va bene|tutto ok|tutto bene"
        "|funziona ora|risolto",
        "neg": "!male|orribile|terribile|deluso|delusa|deludente|insoddisfatt*|arrabbiat*"
        "|infastidit*|fastidioso|frustrat*|odio|non funziona|ancora non|rotto|rotta|disastro",
        "mild": "purtroppo|sfortunatamente|problema|problemi|errore|sbagliat*|manca|mancante"
        "|ritard*|non ho ricevuto|non è arrivato|non ancora|preoccupat*|reclamo|lamentela",
        "anger": "incazzat*|furioso|furiosa|stufo|stufa|ne ho abbastanza|ho le scatole piene"
        "|indignat*|grazie per niente|basta così",
        "insult": "idiota*|idioti|stupido*|stupida|cretino*|cretina|imbecille*|scemo*|scema"
        "|deficiente*|incompetent*|buffone*|coglione*|stronzo*|stronza|somaro|truffatori|incapaci"
        "|siete degli incapaci|buffoni|pagliacci|dilettanti|siete degli idioti|cialtroni|ladri",
        "profanity": "cazzo|merda|porca miseria|porca puttana|vaffanculo|fanculo|minchia|cavolo"
        "|accidenti|dannazione|maledizione|cazzata|cazzate",
        "useless": "inutile|non serve a niente|non servi a niente|bot inutile",
        "unhelpful": "non serve|non aiuta|non mi aiuta|non capisci|non mi capisci|non capisce"
        "|in cerchio|la stessa risposta",
        "ridiculous": "ridicolo|ridicola|assurdo|assurda|inaccettabile|inammissibile|vergogna"
        "|una vergogna|uno scherzo|una barzelletta|scandaloso|scandalo|ridicoli|ridicole"
        "|siete ridicoli|una presa in giro|mi prendete in giro|presa per il culo"
        "|prendete per il culo|roba da matti|che vergogna",
        "unbelievable": "incredibile|pazzesco|follia",
        "harsh": "pessimo|pessima|vergognoso|schifo|fa schifo|penoso|pietoso|indecente|uno schifo"
        "|vergognosa|squallido|imbarazzante",
        "told": "già detto|già .. detto|già scritto|quante volte|per la terza volta"
        "|per la seconda volta|come ho già detto|come ho detto|te lo ripeto|ripeto",
        "give_up": "mi arrendo|lascia perdere|lasci perdere|lasciamo perdere|lascia stare"
        "|perdita di tempo|tempo perso|perdendo tempo|cambio banca",
        "stop": "smettila|la smetta|smettetela|stai zitto|sta zitto|zitto|piantala",
        "stop_bare": "basta|stop|fermati|smettila",
        "again": "di nuovo|ancora|ancora una volta|un'altra volta|nuovamente|ennesima volta",
        "negator": "non|!mai|niente|nulla|nessun|nessuna|nessuno|senza|né",
        "filler": "per favore|per piacere|ora|adesso|subito|già|la|lo|ti|mi",
        "block": "buongiorno|buonasera|buonanotte|domanda stupida",
    },
    "pt": {
        "pos": "obrigado|obrigada|muito obrigado|muito obrigada|valeu|ótimo|ótima|perfeito"
        "|perfeita|excelente|fantástico|maravilhoso|bom|boa|muito bom|bem|contente|satisfeito"
        "|satisfeita|útil|simpático|sem problema|sem problemas|não há problema|tudo bem|tudo certo"
        "|funciona agora|já funciona|resolvido|!legal|!show",
        "neg": "mau|má|ruim|horrível|terrível|decepcionado|decepcionada|decepção|insatisfeito"
        "|insatisfeita|irritado|irritada|chateado|chateada|frustrad*|odeio|não funciona"
        "|continua sem|ainda não funciona|quebrado|quebrada|desastre",
        "mild": "infelizmente|problema|problemas|erro|errado|errada|falta|atras*|não recebi"
        "|não chegou|ainda não|preocupad*|reclamação|queixa",
        "anger": "zangado|zangada|furioso|furiosa|puto da vida|farto|farta|cansado disso|já chega"
        "|obrigado por nada|obrigada por nada|indignado|indignada|revoltado|revoltada",
        "insult": "idiota*|estúpido*|estúpida|imbecil|imbecis|burro|burra|otário*|otária"
        "|incompetente*|palhaço*|cretino*|babaca|retardado|ladrões|golpistas|incompetentes|cambada"
        "|bando de incompetentes|amadores|uns palhaços",
        "profanity": "merda|porra|caralho|foda|foda se|fodido|puta que pariu|cacete|bosta",
        "useless": "inútil|não serve para nada|não serve pra nada|bot inútil|robô inútil",
        "unhelpful": "não ajuda|não me ajuda|você não entende|não entendes|não me entende"
        "|em círculos|a mesma resposta|sempre a mesma coisa",
        "ridiculous": "ridículo|ridícula|absurdo|absurda|inaceitável|inadmissível|vergonha"
        "|uma vergonha|uma piada|palhaçada|escandaloso|escândalo|falta de respeito|desrespeito"
        "|um absurdo|um roubo|sacanagem|brincadeira|estão a gozar|tão de brincadeira",
        "unbelievable": "inacreditável|loucura",
        "harsh": "péssimo|péssima|vergonhoso|lamentável|patético|patética|uma porcaria|porcaria"
        "|uma droga|um lixo|lixo de|uma bosta|deplorável",
        "told": "já te disse|já disse|já falei|já escrevi|quantas vezes|pela terceira vez"
        "|pela segunda vez|como eu disse|como já disse|repito",
        "give_up": "desisto|eu desisto|esquece|esqueça|deixa para lá|deixa pra lá|perda de tempo"
        "|perdendo tempo|vou mudar de banco",
        "stop": "para com isso|pare com isso|chega disso|cala a boca|cale se",
        "stop_bare": "para|pare|chega|basta|stop",
        "again": "de novo|outra vez|novamente|mais uma vez",
        "negator": "não|nunca|nada|nenhum|nenhuma|sem|nem|jamais",
        "filler": "por favor|agora|já|isso|com|me",
        "block": "bom dia|boa tarde|boa noite|pergunta burra",
    },
    "pl": {
        "pos": "dzięki|dziękuję|bardzo dziękuję|super|świetnie|świetny|świetna|doskonale|doskonały"
        "|idealnie|wspaniale|fajnie|fajny|dobrze|dobry|dobra|zadowolony|zadowolona|pomocny|pomocna"
        "|miły|miła|bez problemu|nie ma problemu|żaden problem|działa już|już działa|rozwiązane"
        "|spoko|ekstra",
        "neg": "zły|złe|źle|okropn*|straszn*|rozczarowany|rozczarowana|rozczarowanie|niezadowolony"
        "|niezadowolona|zirytowany|zirytowana|irytujące|wkurzające|sfrustrowany|sfrustrowana"
        "|nienawidzę|nie działa|nadal nie|wciąż nie|zepsut*|katastrofa",
        "mild": "niestety|problem|problemy|problemu|błąd|błędy|brakuje|opóźni*|spóźni*"
        "|nie otrzymałem|nie otrzymałam|nie dostałem|nie dostałam|nie doszło|jeszcze nie"
        "|martwię się|reklamacja|skarga",
        "anger": "wściekły|wściekła|wkurzony|wkurzona|wkurwiony|wkurwiona|zdenerwowany"
        "|zdenerwowana|mam dość|mam tego dość|dość tego|dzięki za nic|oburzony|oburzona|oburzające",
        "insult": "idiot*|debil*|kretyn*|głupi|głupia|głupie|głupek|matoł*|dureń|baran|palant*"
        "|niekompetentn*|imbecyl*|cham|frajer*|pajac*|ciołek|tępy|tępa|oszuści|niekompetentni"
        "|banda idiotów|banda|amatorzy|partacze|złodzieje",
        "profanity": "kurwa|kurwy|kurde|kurcze|cholera|cholerny|cholerna|pierdol*|spierdal*|jebać"
        "|jebany|jebana|chuj*|gówno|gówniany|szlag|psiakrew|do diabła",
        "useless": "bezużyteczn*|głupi bot",
        "unhelpful": "bezsensu|bez sensu|nic nie pomaga|nie pomaga|nie pomagasz|nie rozumiesz"
        "|nic nie rozumiesz|w kółko|ta sama odpowiedź|na nic",
        "ridiculous": "śmieszne|absurd|absurdalne|niedopuszczalne|nie do przyjęcia|skandal*"
        "|to jakiś żart|jakiś żart|kpina|żenujące|żenada|paranoja|to skandal|żart"
        "|robicie sobie jaja|robicie sobie żarty|cyrk",
        "unbelievable": "niewiarygodne",
        "harsh": "beznadziejn*|porażka|tragedia|fataln*|dno|totalne dno|żałosne|żałosny|żałosna"
        "|badziewie|syf|szajs|masakra",
        "told": "już mówiłem|już mówiłam|już pisałem|już pisałam|mówiłem już|mówiłam już"
        "|pisałem już|pisałam już|ile razy|po raz trzeci|po raz drugi|po raz kolejny"
        "|jak już mówiłem|jak już mówiłam|powtarzam",
        "give_up": "poddaję się|daję sobie spokój|zapomnij|nieważne|szkoda czasu|strata czasu"
        "|marnuję czas|zmieniam bank",
        "stop": "przestańcie|przestań już|zamknij się|dość tego",
        "stop_bare": "stop|przestań|dość|dosyć|wystarczy",
        "again": "znowu|znów|ponownie|jeszcze raz|kolejny raz",
        "negator": "nie|nigdy|nic|żaden|żadna|żadne|bez|ani",
        "filler": "proszę|już|teraz|natychmiast|to|mi",
        "block": "dzień dobry|dobry wieczór|głupie pytanie",
    },
}
