"""Sentiment lexicon, part 3: French, Spanish, Italian, Portuguese, Polish.

Keys and syntax as in ``sentiment_north``.
"""

LEXICON: dict[str, dict[str, str]] = {
    "fr": {
        "disbelief": "vous êtes sérieux|vous etes sérieux|t'es sérieux|tu es sérieux|vous rigolez"
        "|tu rigoles|vous plaisantez|tu plaisantes|tu te moques de moi|te moques de moi"
        "|cette blague|quelle blague|c'est une plaisanterie|vous me prenez pour|tu me prends pour"
        "|vous vous payez ma tête|se payer ma tête",
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
        "|vous êtes nuls|vous êtes des nuls|des guignols|des clowns|des incapables|incapables"
        "|salaud*|salope",
        "profanity": "merde|bordel|chier|foutu*|foutre|zut",
        "useless": "inutile|sert à rien|aucune aide|robot inutile|bot inutile",
        "unhelpful": "vous ne comprenez pas|tu ne comprends pas|tu comprends rien"
        "|vous comprenez rien|en boucle|tourne en rond|même réponse|n'aide pas|ça n'aide pas"
        "|ne répond pas à ma question|répond pas à ma question|pas répondu à ma question"
        "|pas répondu|pas ma question|pas la question|pas ce que j'ai demandé"
        "|pas ce que je demande|pas ce que je demandais|l'avez déjà dit|l'as déjà dit"
        "|avez déjà dit ça|as déjà dit ça|toujours pas de réponse|toujours aucune réponse"
        "|ne m'aide pas|m'aide pas|mal compris|demandais autre chose|demandé autre chose"
        "|hors sujet|à côté de la plaque"
        "|répond à rien|ne répond à rien|m'écoutez pas|m'écoutes pas|m'écoute pas"
        "|répond pas du tout|répondez pas à ma question|lisez pas ce que|lis pas ce que"
        "|rien à voir avec ma question|rien à voir avec ce que j'ai demandé"
        "|rien à voir avec ce que je demande|n'avez pas répondu|n'as pas répondu",
        "ridiculous": "ridicule|absurde|inacceptable|inadmissible|scandaleux|honte|une blague"
        "|n'importe quoi|c'est du vol|foutage",
        "unbelievable": "incroyable|délirant|hallucinant|dingue",
        "harsh": "lamentable|pitoyable|honteux|minable|nul à chier|déplorable|une honte"
        "|c'est une honte|du grand n'importe quoi|honteuse|de la merde|c'est de la merde"
        "|une merde",
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
        "block": "bonjour|bonsoir|bonne journée|bonne soirée|question bête|raconte moi une blague"
        "|raconte une blague|raconte nous une blague|tu connais une blague|une blague drôle"
        "|une bonne blague|une petite blague|combien de fois on peut|combien de fois je peux"
        "|combien de fois peut on|combien de fois puis je|combien de fois par",
        "expletive": "putain|ptn|fait chier|fais chier|nom de dieu|bordel de merde|quoi ce bordel"
        "|rien à foutre|ta gueule|vos gueules|va te faire foutre|allez vous faire foutre"
        "|allez vous faire voir|nique|niquer|enculé*",
        "target": "service|appli|application|app|entreprise|société|boîte|banque|bot|robot|site"
        "|système|argent|remboursement|boutique|service client|sav",
    },
    "es": {
        "disbelief": "me estás vacilando|me estáis vacilando|me vacilas|me vaciláis"
        "|me estás tomando el pelo|me tomas el pelo|me toma el pelo|me está tomando el pelo"
        "|estáis de broma|estás de broma|está de broma|no me jodas|no me jodáis|de coña|es coña"
        "|os estáis riendo de mí|te estás riendo de mí|se está riendo de mí|os reís de mí"
        "|os estáis quedando conmigo|te estás quedando conmigo|me estáis quedando",
        "pos": "gracias|muchas gracias|genial|perfecto|perfecta|excelente|estupendo|fantástico"
        "|maravilloso|bien|muy bien|bueno|buenísimo|contento|contenta|encantado|encantada|útil"
        "|amable|sin problema|ningún problema|no pasa nada|de acuerdo|vale|ya funciona|funciona ya"
        "|resuelto|guay",
        "neg": "malo|mala|!mal|fatal|horrible|terrible|decepcionado|decepcionada|decepción|molesto"
        "|molesta|enfadado*|frustrad*|odio|no funciona|sigue sin|roto|rota|desastre",
        "mild": "desafortunadamente|lamentablemente|por desgracia|problema*|error|incorrecto|falta"
        "|retraso*|no he recibido|no ha llegado|todavía no|aún no|preocupad*|queja|reclamación",
        "anger": "enojado*|furioso*|cabreado*|harto|harta|hasta las narices|indignado*"
        "|gracias por nada|ya basta|hasta los cojones|hasta el coño|hasta la polla|hasta el gorro",
        "insult": "idiota*|estúpido*|estúpida*|imbécil*|tonto*|tonta*|gilipollas|pendejo*|cabrón*"
        "|incompetente*|payaso*|subnormal*|pelotudo*|boludo*|ladrones|estafadores|inútiles"
        "|sois unos inútiles|ineptos|sinvergüenzas|unos payasos|incompetentes|chapuceros|chorizos",
        "profanity": "mierda|jodido*|puta|puto|hostia|hostias|maldita sea|maldito*|carajo|chingad*",
        "useless": "inútil|no sirve|no sirve de nada|no sirves|bot inútil|robot inútil"
        "|no servís para nada",
        "unhelpful": "sin sentido|no me ayuda|no ayuda|no entiendes|no me entiendes|en círculos"
        "|la misma respuesta|lo mismo otra vez|no me has respondido|no me has contestado"
        "|no me respondiste|no me contestaste|no has respondido|no has contestado"
        "|no respondes a mi pregunta|no responde a mi pregunta|no contesta a mi pregunta"
        "|no es lo que pregunté|no es lo que he preguntado|no es mi pregunta|no era mi pregunta"
        "|ya me lo has dicho|ya me lo dijiste|ya me dijiste eso|sigo sin respuesta"
        "|sigo sin obtener respuesta|todavía no me has contestado|todavía no me has respondido"
        "|aún no me has respondido|no me estás entendiendo|me has entendido mal"
        "|te he preguntado otra cosa|pregunté otra cosa|he preguntado otra cosa"
        "|no me responde nada|no responde nada|no responde a nada|no me estás escuchando"
        "|no me escuchas|no me escucháis|no contestaste|no respondiste"
        "|nada que ver con mi pregunta|nada que ver con lo que pregunté|no lees lo que"
        "|no leéis lo que|no has leído lo que|no respondes nada",
        "ridiculous": "ridículo|ridícula|absurdo|absurda|inaceptable|inadmisible|vergüenza"
        "|es una broma|una broma|un chiste|indignante|es una vergüenza|qué vergüenza"
        "|una tomadura de pelo|me estáis tomando el pelo|me tomáis el pelo|de risa|es un robo"
        "|un escándalo",
        "unbelievable": "increíble|una locura",
        "harsh": "pésimo|pésima|vergonzoso|lamentable|penoso|patético|patética|de pena"
        "|un desastre|una porquería|porquería|cutre|escandaloso|una mierda|vaya mierda|qué mierda"
        "|menuda mierda|sois una mierda|es una mierda",
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
        "block": "buenos días|buenas tardes|buenas noches|buenas|pregunta tonta"
        "|cuéntame un chiste|cuenta un chiste|cuéntanos un chiste|un chiste divertido"
        "|sabes un chiste|sabes algún chiste|otro chiste|un buen chiste|cuántas veces puedo"
        "|cuántas veces se puede|cuántas veces al|cuántas veces por",
        "expletive": "me cago|coño|cojones|hostia puta|la puta madre|puta madre|hijo de puta"
        "|hijos de puta|que os den|que te den|vete a la mierda|iros a la mierda|idos a la mierda"
        "|puta mierda"
        "|joder|hostia ya|hostias ya|qué hostias|me cago en la hostia",
        "target": "servicio|aplicación|app|empresa|banco|bot|robot|web|página|sistema|dinero"
        "|reembolso|atención al cliente|tienda",
    },
    "it": {
        "disbelief": "mi state prendendo in giro|mi stai prendendo in giro|mi prendi in giro"
        "|mi prende in giro|ci prendete in giro|state scherzando|stai scherzando|sta scherzando"
        "|ma siete seri|siete seri|sei serio|ma che scherzi sono|che scherzo è questo"
        "|mi prendi per il culo|mi prendete per i fondelli|mi prendi per i fondelli",
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
        "profanity": "merda|porca miseria|cavolo|accidenti|dannazione|maledizione|cazzata|cazzate"
        "|mannaggia",
        "useless": "inutile|non serve a niente|non servi a niente|bot inutile",
        "unhelpful": "non serve|non aiuta|non mi aiuta|non capisci|non mi capisci|non capisce"
        "|in cerchio|la stessa risposta|non hai risposto|non mi hai risposto"
        "|non risponde alla mia domanda|non risponde alla domanda|non è quello che ho chiesto"
        "|non era quello che ho chiesto|non è la mia domanda|non era la mia domanda"
        "|non era questa la mia domanda|non è questa la mia domanda|hai già detto|l'hai già detto"
        "|me l'hai già detto|lo hai già detto|ancora nessuna risposta|non mi hai capito"
        "|hai capito male|ho chiesto un'altra cosa|ho chiesto altro|chiedevo un'altra cosa"
        "|questo non mi aiuta"
        "|non risponde per niente|non risponde .. alla mia domanda|non mi stai ascoltando"
        "|non mi ascolti|non mi ascoltate|non c'entra niente con la mia domanda"
        "|non c'entra nulla con la mia domanda|non c'entra niente con quello che ho chiesto"
        "|non leggi quello che|non leggete quello che|non avete risposto"
        "|non ha risposto alla mia domanda|non risponde a niente",
        "ridiculous": "ridicolo|ridicola|assurdo|assurda|inaccettabile|inammissibile|vergogna"
        "|una vergogna|uno scherzo|una barzelletta|scandaloso|scandalo|ridicoli|ridicole"
        "|siete ridicoli|una presa in giro|mi prendete in giro|presa per il culo"
        "|prendete per il culo|roba da matti|che vergogna",
        "unbelievable": "incredibile|pazzesco|follia",
        "harsh": "pessimo|pessima|vergognoso|schifo|fa schifo|penoso|pietoso|indecente|uno schifo"
        "|vergognosa|squallido|imbarazzante|una merda|fa cagare|fate cagare",
        "told": "già detto|già .. detto|già scritto|quante volte|per la terza volta"
        "|per la seconda volta|come ho già detto|come ho detto|te lo ripeto|ripeto",
        "give_up": "mi arrendo|lascia perdere|lasci perdere|lasciamo perdere|lascia stare"
        "|perdita di tempo|tempo perso|perdendo tempo|cambio banca",
        "stop": "smettila|la smetta|smettetela|stai zitto|sta zitto|zitto|piantala",
        "stop_bare": "basta|stop|fermati|smettila",
        "again": "di nuovo|ancora|ancora una volta|un'altra volta|nuovamente|ennesima volta",
        "negator": "non|!mai|niente|nulla|nessun|nessuna|nessuno|senza|né",
        "filler": "per favore|per piacere|ora|adesso|subito|già|la|lo|ti|mi",
        "block": "buongiorno|buonasera|buonanotte|domanda stupida|raccontami una barzelletta"
        "|racconta una barzelletta|sai una barzelletta|una barzelletta divertente"
        "|conosci una barzelletta|un'altra barzelletta|quante volte posso|quante volte si può"
        "|quante volte è possibile|quante volte al|quante volte all'anno",
        "expletive": "cazzo|vaffanculo|fanculo|affanculo|minchia|porca puttana|porco dio"
        "|porca troia|porca madonna|rotto il cazzo|rotto le palle",
        "target": "servizio|app|applicazione|azienda|società|banca|bot|sito|sistema|soldi"
        "|rimborso|assistenza|negozio",
    },
    "pt": {
        "disbelief": "estão a gozar comigo|estás a gozar comigo|está a gozar comigo|a gozar comigo"
        "|gozar com quem trabalha|gozam comigo|de brincadeira comigo|brincando comigo"
        "|a brincar comigo|estão a brincar|só pode ser piada|só pode ser brincadeira|isso é piada"
        "|isto é piada|é piada|tão a gozar|tás a gozar|estão me zoando|tá me zoando"
        "|zoando com a minha cara|tirando onda com a minha cara",
        "pos": "obrigado|obrigada|muito obrigado|muito obrigada|valeu|ótimo|ótima|perfeito"
        "|perfeita|excelente|fantástico|maravilhoso|bom|boa|muito bom|bem|contente|satisfeito"
        "|satisfeita|útil|simpático|sem problema|sem problemas|não há problema|tudo bem|tudo certo"
        "|funciona agora|já funciona|resolvido|!legal|!show",
        "neg": "mau|ruim|horrível|terrível|decepcionado|decepcionada|decepção|insatisfeito"
        "|insatisfeita|irritado|irritada|chateado|chateada|frustrad*|odeio|não funciona"
        "|continua sem|ainda não funciona|quebrado|quebrada|desastre|!má",
        "mild": "infelizmente|problema|problemas|erro|errado|errada|falta|atras*|não recebi"
        "|não chegou|ainda não|preocupad*|reclamação|queixa",
        "anger": "zangado|zangada|furioso|furiosa|puto da vida|farto|farta|cansado disso|já chega"
        "|obrigado por nada|obrigada por nada|indignado|indignada|revoltado|revoltada",
        "insult": "idiota*|estúpido*|estúpida|imbecil|imbecis|burro|burra|otário*|otária"
        "|incompetente*|palhaço*|cretino*|babaca|retardado|ladrões|golpistas|incompetentes|cambada"
        "|bando de incompetentes|amadores|uns palhaços",
        "profanity": "merda|foda|fodido|cacete|bosta",
        "useless": "inútil|não serve para nada|não serve pra nada|bot inútil|robô inútil",
        "unhelpful": "não ajuda|não me ajuda|você não entende|não entendes|não me entende"
        "|em círculos|a mesma resposta|sempre a mesma coisa|não respondeste|não me respondeste"
        "|você não respondeu|voce nao respondeu|não responde à minha pergunta"
        "|não responde à pergunta|não respondeu à minha pergunta|não respondeu minha pergunta"
        "|não respondeu a minha pergunta|não foi isso que eu perguntei|não foi isso que perguntei"
        "|não é isso que eu perguntei|não é a minha pergunta|não é minha pergunta"
        "|não era a minha pergunta|já disseste isso|já disseste|você já disse|já me disseste"
        "|já me disse isso|ainda sem resposta|continuo sem resposta|continuo sem uma resposta"
        "|não me entendeste|não me entendeu|você não entendeu|perguntei outra coisa"
        "|isso não me ajuda"
        "|não responde nada|não responde a nada|não está me ouvindo|não me ouves"
        "|não me estás a ouvir|não estás a ouvir|não me está a ouvir|não me escuta|não me escutas"
        "|nada a ver com a minha pergunta|nada a ver com minha pergunta"
        "|nada a ver com o que perguntei|não lê o que|não lês o que|não leem o que|não responderam",
        "ridiculous": "ridículo|ridícula|absurdo|absurda|inaceitável|inadmissível|vergonha"
        "|uma vergonha|uma piada|palhaçada|escandaloso|escândalo|falta de respeito|desrespeito"
        "|um absurdo|um roubo|sacanagem|brincadeira|estão a gozar|tão de brincadeira",
        "unbelievable": "inacreditável|loucura",
        "harsh": "péssimo|péssima|vergonhoso|lamentável|patético|patética|uma porcaria|porcaria"
        "|uma droga|um lixo|lixo de|uma bosta|deplorável|uma merda|esta merda|essa merda"
        "|isto é uma merda|isso é uma merda",
        "told": "já te disse|já disse|já falei|já escrevi|quantas vezes|pela terceira vez"
        "|pela segunda vez|como eu disse|como já disse|repito",
        "give_up": "desisto|eu desisto|esquece|esqueça|deixa para lá|deixa pra lá|perda de tempo"
        "|perdendo tempo|vou mudar de banco",
        "stop": "para com isso|pare com isso|chega disso|cala a boca|cale se",
        "stop_bare": "para|pare|chega|basta|stop",
        "again": "de novo|outra vez|novamente|mais uma vez",
        "negator": "não|nunca|nada|nenhum|nenhuma|sem|nem|jamais",
        "filler": "por favor|agora|já|isso|com|me",
        "block": "bom dia|boa tarde|boa noite|pergunta burra|uma piada boa|conta uma piada"
        "|conta me uma piada|conte uma piada|sabes uma piada|sabe uma piada|outra piada"
        "|uma piada engraçada|quantas vezes posso|quantas vezes se pode|quantas vezes é possível"
        "|quantas vezes por",
        "expletive": "porra|caralho|caralhos|foda se|fodam se|vai se foder|vão se foder"
        "|vai te foder|vai tomar no cu|vão tomar no cu|puta que pariu|pqp|vai à merda|vão à merda"
        "|que se foda"
        "|fodasse|foda-se|fds|filho da puta|filhos da puta|vsf|vtnc",
        "target": "serviço|atendimento|aplicação|app|aplicativo|empresa|banco|bot|robô|site"
        "|sistema|dinheiro|reembolso|loja",
    },
    "pl": {
        "disbelief": "żartujecie|żartujesz|żartuje pan|żartuje pani|jaja sobie robicie"
        "|jaja sobie robisz|robicie sobie jaja|kpicie|kpisz|robicie mnie w konia"
        "|robisz mnie w konia|w konia|pogięło was|pogięło cię|pojebało was|pojebało cię|odbiło wam"
        "|odbiło ci|nabijacie się|nabijasz się",
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
        "profanity": "kurde|kurcze|cholera|cholerny|cholerna|gówno|gówniany|gówniana|gówniane"
        "|szlag|psiakrew|do diabła",
        "useless": "bezużyteczn*|głupi bot",
        "unhelpful": "bezsensu|bez sensu|nic nie pomaga|nie pomaga|nie pomagasz|nie rozumiesz"
        "|nic nie rozumiesz|w kółko|ta sama odpowiedź|na nic|nie odpowiada na moje pytanie"
        "|nie odpowiada na pytanie|nie odpowiedziałeś na moje pytanie"
        "|nie odpowiedziałaś na moje pytanie|nie odpowiedziałeś|nie odpowiedziałaś"
        "|nie o to pytałem|nie o to pytałam|nie o to pytam|nie o to mi chodziło"
        "|nie jest odpowiedź na moje pytanie|nie jest odpowiedzią na moje pytanie"
        "|to nie odpowiedź|już to mówiłeś|już to mówiłaś|mówiłeś już|już to pisałeś"
        "|nadal brak odpowiedzi|nadal nie mam odpowiedzi|dalej nie mam odpowiedzi"
        "|wciąż brak odpowiedzi|wciąż nie mam odpowiedzi|źle mnie zrozumiałeś"
        "|źle mnie zrozumiałaś|pytałem o coś innego|pytałam o coś innego|pytałem o co innego"
        "|mi nie pomaga|nie pomaga mi"
        "|nie słuchasz|nie słuchacie|nic wspólnego z moim pytaniem|nie czytasz co|nie czytacie co"
        "|nie odpowiedzieliście|żadna odpowiedź",
        "ridiculous": "śmieszne|absurd|absurdalne|niedopuszczalne|nie do przyjęcia|skandal*"
        "|to jakiś żart|jakiś żart|kpina|żenujące|żenada|paranoja|to skandal|żart"
        "|robicie sobie jaja|robicie sobie żarty|cyrk",
        "unbelievable": "niewiarygodne",
        "harsh": "beznadziejn*|porażka|tragedia|fataln*|dno|totalne dno|żałosne|żałosny|żałosna"
        "|badziewie|syf|szajs|masakra|gówno a nie|to gówno|jest gówno|do dupy",
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
        "block": "dzień dobry|dobry wieczór|głupie pytanie|opowiedz żart|opowiedz mi żart"
        "|opowiedz kawał|znasz jakiś żart|znasz jakiś kawał|jakiś dobry żart|powiedz żart"
        "|powiedz mi żart|ile razy mogę|ile razy można|ile razy w",
        "expletive": "kurwa|kurwy|kurwa mać|ja pierdolę|pierdol*|spierdal*|wypierdal*|jebać"
        "|jebany|jebana|jebane|jebani|chuj*|niech to szlag",
        "target": "aplikacja|aplikacji|aplikację|apka|apki|apkę|obsługa|obsługi|firma|firmy|firmę"
        "|bank|banku|bot|bota|serwis|strona|strony|system|pieniądze|pieniędzy|zwrot|sklep",
    },
}
