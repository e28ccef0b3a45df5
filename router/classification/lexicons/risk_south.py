"""Risk-topic lexicon, part 3: French, Spanish, Italian, Portuguese.

Keys and syntax as in ``risk_west``.
"""

LEXICON: dict[str, dict[str, str]] = {
    "fr": {
        "conj": "et|mais|puis",
        "profession": "avocat|avocate|juriste",
        "copula": "est|était",
        "job": "travaille|travaillent|bosse|s'occupe de|s'occupe des",
        "worker": "ami|amie|pote|copain|copine|cousin|cousine|collègue|voisin|voisine|patron|je|il"
        "|elle",
        "fraud": "fraude*|frauduleu*|arnaque*|arnaqué*|arnaquer|escroquerie*|escroc*|hameçonnage"
        "|phishing|usurpation d'identité|usurpation|vol d'identité|non autorisé*|sans mon accord"
        "|sans mon autorisation|sans mon consentement|ce n'est pas moi|c'est pas moi|c pas moi"
        "|ce n'était pas moi|c'était pas moi|quelqu'un a utilisé ma carte",
        "stolen_card": "faire opposition|fait opposition|mettre opposition|faire une opposition"
        "|carte clonée|carte piratée|carte copiée",
        "compromised_account": "piraté|piratée|piratage|hacké|hackée|compte compromis"
        "|connexion inconnue|connexion suspecte|appareil inconnu|mot de passe changé"
        "|mot de passe a été changé|mot de passe modifié",
        "dispute": "litige|contester|contestation|contestée|rétrofacturation|chargeback"
        "|rejeter le prélèvement|rejet de prélèvement|!conteste|!contesté",
        "hardship": "pas les moyens|plus les moyens|difficultés financières"
        "|difficultés de paiement|problèmes d'argent|problèmes financiers|endetté*|surendett*"
        "|j'ai des dettes|beaucoup de dettes|plein de dettes|faillite|au chômage|chômeur|chômeuse"
        "|perdu mon emploi|perdu mon travail|perdu mon boulot|licencié*|sans revenu*|plus d'argent"
        "|fins de mois difficiles",
        "bereavement": "décédé|décédée|décès|obsèques|funérailles|enterrement|acte de décès"
        "|succession|héritage|veuve|veuf|nous a quittés",
        "legal_threat": "avocat*|procès|poursuivre en justice|poursuites|action en justice"
        "|porter plainte contre|tribunal|justice|médiateur|mediateur|juriste|mise en demeure"
        "|dgccrf|acpr|saisir la banque de france|signaler à la banque de france"
        "|plainte à la banque de france",
        "vulnerable_customer": "handicap*|aveugle|malvoyant*|sourd|sourde|démence|alzheimer*"
        "|cancer|chimio*|hôpital|hospitalisé*|santé mentale|dépression|déprimé*|suicid*|en finir"
        "|violence conjugale|violences conjugales|curatelle|tutelle|procuration|personne âgée"
        "|dyslexi*",
        "theft": "volé|volée|volés|volées|vol|voleur*|dérobé*|cambriol*|pickpocket*|arraché*|piqué"
        "|piquée|chouré*|voler|piqués|piquées|fauché|fauchée|chouravé*|barboté*|taxé|taxée",
        "lost": "perdu|perdue|égaré*|disparu*|introuvable|ne trouve plus|trouve plus|paumé*",
        "found": "retrouvé|retrouvée",
        "card": "carte|cartes|carte bancaire|carte bleue|portefeuille|porte monnaie|sac à main|sac"
        "|!visa|!cb|!maestro",
        "device": "téléphone|portable|smartphone|iphone|mobile|ordinateur|tablette|carte sim",
        "death": "mort|morte|décédé",
        "kin": "mari|époux|épouse|femme|père|mère|papa|maman|fils|fille|frère|sœur|soeur|conjoint"
        "|conjointe|compagnon|compagne|grand père|grand mère|parents|enfant",
        "unrecognised": "je ne reconnais pas|ne reconnais pas|reconnais pas|pas reconnu*|inconnu*"
        "|suspect*|bizarre|étrange|je n'ai pas fait|j'ai pas fait|pas fait par moi"
        "|je n'ai jamais fait|jamais commandé|pas commandé|je n'ai pas commandé|pas de moi"
        "|n'ai pas passé|ai pas passé|n'ai jamais passé|ai jamais passé|pas passé par moi"
        "|pas passée par moi|n'ai jamais fait*|ai jamais fait*|n'ai pas fait*|ai pas fait*"
        "|n'ai pas effectué*|ai pas effectué*|n'ai jamais effectué*|ai jamais effectué*"
        "|pas passée*|n'ai pas passé*|ai pas passé*|n'ai jamais passé*|ai jamais passé*"
        "|ne connais pas|connais pas|n'ai pas autorisé*|ai pas autorisé*|jamais autorisé*",
        "txn": "commande*|paiement*|transaction*|prélèvement*|débit*|retrait*|achat*|virement*"
        "|opération*|facture*|montant*|somme*",
        "who": "je ne sais pas qui|je sais pas qui|sais pas qui|aucune idée de qui",
        "someone": "quelqu'un|quelqu un|une personne|un inconnu|un tiers|des inconnus|qqn|qq1"
        "|quelqun",
        "misuse": "à mon nom|en mon nom|avec mes données|avec mes informations|utilisé ma carte"
        "|utilise ma carte|utilisé mon compte|mon identité",
        "access": "connecté à mon compte|connecté sur mon compte|s'est connecté"
        "|changé mon mot de passe|modifié mon mot de passe|changé mon email|changé mon e mail"
        "|accès à mon compte|pris le contrôle|entré dans mon compte|entrée dans mon compte"
        "|rentré dans mon compte|entré sur mon compte|accédé à mon compte|s'est connecté*"
        "|connectée à mon compte|connectée sur mon compte|changé mon numéro|changé mon mail"
        "|changé mon adresse mail|changé mon adresse e mail|modifié mon numéro|modifié mon mail",
        "collector": "recouvrement|huissier*|agence de recouvrement|contentieux",
        "pressure": "appelle|appellent|appelé|harcèle*|harcel*|menace*|à ma porte",
        "block": "carte d'embarquement|vol annulé|mort de rire|meurs d'envie"
        "|je n'ai pas fait .. à temps|j'ai pas fait .. à temps|perdu l'accès|perdu mon accès"
        "|perdu accès|contre la fraude|contre les fraudes|contre les arnaques|contre l'arnaque"
        "|antifraude|anti fraude|service fraude|prévention de la fraude|prévention des fraudes"
        "|détection de la fraude",
        "unpaid": "ne peux pas payer|ne peux plus payer|peux pas payer|peux plus payer"
        "|peux pas rembourser|peux plus rembourser",
        "contents": "dans le colis|dans le paquet|mauvais article|autre chose",
        "practical": "pourquoi|à temps|à l'heure|cette fois|aujourd'hui|demain|lundi|mardi"
        "|mercredi|jeudi|vendredi|samedi|dimanche|avec|en ligne|sur le site|sur l'appli"
        "|dans l'appli|par carte|en 3|en trois|en plusieurs",
        "negator": "!pas|jamais|rien|rien n'a|rien n'a été|personne n'a|personne ne|aucunement",
        "neg_det": "aucun|aucune",
        "hedge": "pas sûr|pas sure|pas certain|ne sais pas si|sais pas si|non seulement"
        "|pas seulement|pas que",
        "breaker": "mais|juste|seulement|simplement|plutôt|plutot",
        "conditional": "!si|!s il|au cas où|que se passe|qu'est ce qui se passe",
        "question": "c'est|est ce|est ce que|vous êtes|êtes vous|ou|c'est une|c'est un",
        "legit": "fiable*|sérieux|sérieuse|légitime|legit|de confiance|digne de confiance",
        "merchant": "boutique*|magasin*|marchand*|vendeur*|commerçant*|enseigne",
        "pause": "suspendre|suspension|en pause|pause|geler|quand même payer|mettre .. en pause",
        "yet": "encore",
        "lure": "sms|texto|mail|email|e mail|lien|appel|message",
        "otp": "code|le code|code de connexion|code de validation|code sms",
        "method": "payer par|payer avec|payer en|paye par|payé par|payé avec|paiement par",
    },
    "es": {
        "conj": "!y|pero|luego",
        "profession": "abogado|abogada|jurista",
        "copula": "es|era",
        "job": "trabaja|trabajo|curra|se encarga de",
        "worker": "amigo|amiga|colega|primo|prima|compañero|compañera|vecino|vecina|jefe|yo|él"
        "|ella",
        "fraud": "fraude*|fraudulent*|estafa*|estafad*|timo|timad*|phishing|suplantación"
        "|robo de identidad|usurpación de identidad|no autorizado*|no autorizada*|no autoricé"
        "|sin mi permiso|sin mi consentimiento|sin mi autorización|no fui yo|no he sido yo"
        "|yo no fui|usó mi tarjeta|ha usado mi tarjeta|han usado mi tarjeta",
        "stolen_card": "tarjeta clonada|clonaron mi tarjeta|han clonado mi tarjeta",
        "compromised_account": "hackeado|hackeada|hackearon|jaqueado|hakeado|pirateado|pirateada"
        "|cuenta comprometida|entró en mi cuenta|entraron en mi cuenta|accedió a mi cuenta"
        "|accedieron a mi cuenta|acceso no autorizado|dispositivo desconocido"
        "|me cambiaron la contraseña|cambiaron mi contraseña|duplicado de sim",
        "dispute": "disputa|disputar|reclamar el cargo|contracargo|devolución del cargo"
        "|anular el cargo|impugnar|impugno|disputo",
        "hardship": "no me alcanza|no llego a fin de mes|no puedo permitirme"
        "|dificultades económicas|dificultades financieras|problemas económicos"
        "|problemas de dinero|tengo deudas|muchas deudas|endeudado*|endeudada*|quiebra|en paro"
        "|estoy parado|desempleado*|perdí mi trabajo|perdí el trabajo|me he quedado sin trabajo"
        "|me quedé sin trabajo|me despidieron|sin ingresos|sin dinero|no tengo dinero",
        "bereavement": "falleció|fallecido|fallecida|fallecimiento|defunción|funeral|entierro"
        "|velorio|certificado de defunción|herencia|viuda|viudo|herederos",
        "legal_threat": "abogado*|abogada*|demandar|demandaré|os voy a denunciar|voy a denunciar"
        "|juicio|tribunal*|juzgado|acciones legales|medidas legales|vía judicial"
        "|defensor del cliente|oficina del consumidor|facua|reclamación al banco de españa"
        "|reclamar al banco de españa|reclamar ante el banco de españa|queja al banco de españa",
        "vulnerable_customer": "discapacidad|discapacitado*|minusválido*|ciego|ciega|invidente"
        "|sordo|sorda|demencia|alzheimer*|cáncer|quimio*|hospital|hospitalizado*|salud mental"
        "|depresión|deprimido*|suicid*|quitarme la vida|violencia doméstica|violencia de género"
        "|tutor legal|poder notarial|persona mayor|dislexia",
        "theft": "robada|robado|robaron|robó|hurto|hurtaron|ladrón|ladrones|carterista*|atracaron"
        "|atraco|mangaron|birlaron|me quitaron|!robo|mangado|mangada|mangó|birlado|birlada|birló"
        "|chorizado|chorizada|afanado|afanada|afanaron",
        "lost": "perdida|perdido|perdí|extraviad*|no encuentro|no la encuentro|no lo encuentro"
        "|desaparecid*",
        "found": "encontré|encontrado|encontrada|apareció",
        "card": "tarjeta|tarjetas|cartera|billetera|monedero|bolso|!visa|!la maestro",
        "device": "teléfono|móvil|celular|smartphone|iphone|portátil|tableta|tarjeta sim",
        "death": "muerto|muerta|murió|murio|muerte",
        "kin": "marido|esposo|esposa|mujer|padre|madre|papá|mamá|hijo|hija|hermano|hermana|pareja"
        "|abuelo|abuela|padres|novio|novia",
        "unrecognised": "no reconozco|no lo reconozco|no la reconozco|desconocido*|desconocida*"
        "|sospechos*|extraño*|extraña*|raro|rara|no hice|yo no hice|no he hecho|nunca hice|no pedí"
        "|no he pedido|nunca pedí|no compré|no he comprado|no es mío|no son míos|no sé de qué es"
        "|no sé qué es|no sé de dónde sale|no sé de dónde viene|nunca he hecho|no he hecho yo"
        "|no he autorizado|nunca autoricé|no conozco",
        "txn": "pago*|cargo*|transacción*|transacciones|cobro*|retiro*|compra*|transferencia*"
        "|domiciliación*|recibo*|movimiento*|factura*|pedido*|importe*|cantidad",
        "who": "no sé quién|ni idea de quién|no tengo ni idea de quién",
        "someone": "alguien|otra persona|alguien más|terceros",
        "misuse": "a mi nombre|en mi nombre|con mis datos|usado mi tarjeta|usó mi tarjeta"
        "|usando mi tarjeta|mi identidad|con mi dni",
        "access": "entró en mi cuenta|entrado en mi cuenta|accedió a mi cuenta"
        "|cambió mi contraseña|cambiado mi contraseña|cambiado la contraseña|cambió el correo"
        "|acceso a mi cuenta|iniciado sesión en mi cuenta|inició sesión en mi cuenta"
        "|iniciaron sesión en mi cuenta|accedido a mi cuenta|ha entrado en mi cuenta"
        "|cambiado el correo|cambiado mi correo|cambió mi correo|cambiado mi número"
        "|cambió mi número|cambiado el número",
        "collector": "recobro|recobros|empresa de recobro|cobro de deudas|agencia de cobro"
        "|cobradores|cobrador|fichero de morosos|asnef|embargo|embargar|embargado",
        "pressure": "llaman|llamando|llamado|llamó|llamadas|amenaza*|acosando|acoso|acosan"
        "|reclaman",
        "block": "me muero por|muerto de risa|muerta de risa|robó el show|sin embargo"
        "|no hice .. a tiempo|perdí el acceso|perdido el acceso|contra el fraude|contra fraudes"
        "|contra las estafas|contra estafas|prevención del fraude|prevención de fraude|antifraude"
        "|anti fraude|departamento de fraude|detección de fraude",
        "unpaid": "no puedo pagar la|no puedo pagar las|no puedo pagar mis|no puedo pagar el"
        "|no puedo pagar nada|no puedo pagarlo",
        "contents": "en el paquete|dentro|artículo equivocado|producto equivocado|otra cosa",
        "practical": "por qué|porqué|a tiempo|esta vez|hoy|mañana|el lunes|el martes|el miércoles"
        "|el jueves|el viernes|el sábado|el domingo|con|en línea|online|en la web|en la app"
        "|con tarjeta",
        "negator": "!no|nunca|jamás|nada|nadie|tampoco",
        "neg_det": "ningún|ninguna|ninguno",
        "hedge": "no estoy seguro|no estoy segura|no sé si|no se si|no solo|no sólo",
        "breaker": "pero|sino|solo|sólo|simplemente|solamente",
        "conditional": "!si|qué pasa|que pasa|en caso de",
        "question": "es|esto es|sois|son|o es",
        "legit": "de fiar|fiable*|confiable*|legítim*|legit",
        "merchant": "tienda*|comercio*|vendedor*|comerciante*|establecimiento",
        "pause": "pausar|pausa|suspender|congelar|aplazar|seguir pagando|tengo que pagar"
        "|parar el pago|parar los pagos",
        "yet": "todavía|aún",
        "lure": "sms|mensaje*|correo|email|enlace|link|llamada",
        "otp": "código|código de verificación|código sms",
        "method": "pagar con|pago con|pagué con|pagar mediante",
    },
    "it": {
        "conj": "!e|ma|poi",
        "profession": "avvocato|avvocata|avvocatessa",
        "copula": "è|era|fa",
        "job": "lavora|lavoro|si occupa di",
        "worker": "amico|amica|collega|cugino|cugina|vicino|vicina|capo|io|lui|lei",
        "fraud": "frode*|truffa*|truffat*|fraudolent*|phishing|furto d'identità|furto di identità"
        "|non autorizzat*|senza il mio consenso|senza la mia autorizzazione|senza il mio permesso"
        "|non sono stato io|non sono stata io|non ero io|ha usato la mia carta"
        "|hanno usato la mia carta|raggir*",
        "stolen_card": "carta clonata|clonato la carta|clonazione della carta",
        "compromised_account": "hackerat*|violato|violata|account compromesso|è entrato nel mio"
        "|accesso non autorizzato|accesso sconosciuto|dispositivo sconosciuto|password cambiata"
        "|clonazione della sim",
        "dispute": "contestare|contestazione|disputa|storno|stornare|chargeback|disconoscere"
        "|disconoscimento|contesto l'addebito|contesto il pagamento|contesto questo",
        "hardship": "non posso permettermi|difficoltà economiche|difficoltà finanziarie"
        "|problemi economici|problemi di soldi|ho debiti|tanti debiti|pieno di debiti|indebitat*"
        "|sovraindebitat*|fallimento|disoccupat*|ho perso il lavoro|perso il lavoro|licenziat*"
        "|senza lavoro|senza reddito|senza soldi|non ho soldi",
        "bereavement": "deceduto|deceduta|decesso|funerale|funerali|certificato di morte|eredità"
        "|successione|vedova|vedovo|eredi|lutto",
        "legal_threat": "avvocat*|fare causa|faccio causa|vi faccio causa|vi denuncio|vi denuncerò"
        "|tribunale|giudice|azioni legali|vie legali|arbitro bancario|abf|ombudsman"
        "|associazione consumatori|codacons|esposto alla banca d'italia"
        "|reclamo alla banca d'italia|segnalazione alla banca d'italia",
        "vulnerable_customer": "disabil*|handicap*|!invalid*|cieco|cieca|non vedente|sordo|sorda"
        "|demenza|alzheimer*|cancro|tumore|chemio*|ospedale|ricoverat*|salute mentale|depressione"
        "|depresso|depressa|suicid*|togliermi la vita|violenza domestica"
        "|amministratore di sostegno|tutore|!procura|anziano|anziana|dislessi*",
        "theft": "rubata|rubato|rubate|rubati|furto|ladro|ladri|borseggi*|scippat*|rapina*|fregat*"
        "|sottratt*|sgraffignat*|soffiat*",
        "lost": "persa|perse|persi|smarrit*|non trovo|non la trovo|non lo trovo|scomparsa"
        "|scomparso|!perso",
        "found": "ritrovat*|trovato|trovata",
        "card": "carta|carte|bancomat|carta di credito|portafoglio|borsa|borsetta|!visa"
        "|!la maestro",
        "device": "telefono|cellulare|smartphone|iphone|portatile|tablet|sim",
        "death": "morto|morta|è morto|è morta|scomparso|scomparsa|morte",
        "kin": "marito|moglie|padre|madre|papà|mamma|figlio|figlia|fratello|sorella|compagno"
        "|compagna|nonno|nonna|genitori",
        "unrecognised": "non riconosco|non la riconosco|non lo riconosco|sconosciut*|sospett*"
        "|strano|strana|strani|strane|non ho fatto|non l'ho fatto|non ho ordinato"
        "|non ho mai ordinato|non ho acquistato|non ho comprato|non è mio|non è mia"
        "|non ho mai fatto|non l'ho mai fatto|non ho mai autorizzato|non ho autorizzato"
        "|non conosco|non li ho fatti|non le ho fatte|non ho mai acquistato",
        "txn": "pagament*|transazion*|addebit*|prelievo|prelievi|acquist*|bonifico|bonifici"
        "|movimento|movimenti|operazion*|fattura*|ordine|ordini|importo|importi|somma|cifra",
        "who": "non so chi|non ho idea di chi",
        "someone": "qualcuno|qualcun altro|terzi",
        "misuse": "a mio nome|con i miei dati|usato la mia carta|usando la mia carta"
        "|la mia identità",
        "access": "entrato nel mio account|entrato nel mio conto|accesso al mio account"
        "|cambiato la password|cambiato la mia password|cambiato l'email|cambiato la mail"
        "|fatto l'accesso|fatto accesso|è entrato nel mio conto|entrato nel mio profilo"
        "|cambiato il numero|cambiato il mio numero|cambiato l'indirizzo email",
        "collector": "recupero crediti|società di recupero|agenzia di recupero|pignoramento"
        "|ufficiale giudiziario",
        "pressure": "chiama*|telefona*|minaccia*|perseguita*|molestano|tormentano",
        "block": "muoio dalla voglia|morto di sonno|morta di sonno|non ho fatto .. in tempo"
        "|perso l'accesso|contro le frodi|contro la frode|contro le truffe|dalle frodi"
        "|dalle truffe|prevenzione frodi|prevenzione delle frodi|antifrode|anti frode"
        "|ufficio frodi|reparto frodi",
        "unpaid": "non posso pagare|non riesco a pagare|non ce la faccio a pagare",
        "contents": "nel pacco|dentro|articolo sbagliato|prodotto sbagliato|un'altra cosa",
        "practical": "in tempo|a tempo|stavolta|questa volta|oggi|domani|lunedì|martedì|mercoledì"
        "|giovedì|venerdì|sabato|domenica|con|online|sul sito|nell'app|in 3|in tre",
        "negator": "non|mai|niente|nulla|nessuno",
        "neg_det": "nessun|nessuna",
        "hedge": "non sono sicuro|non sono sicura|non so se|non solo|non soltanto",
        "breaker": "ma|solo|soltanto|semplicemente|però",
        "conditional": "!se|cosa succede|che succede|nel caso",
        "question": "è|è una|è un|siete|o è|questa è|questo è",
        "legit": "affidabil*|serio|seria|seri|legittim*|legit|di fiducia|attendibil*",
        "merchant": "negozio|negozi|venditore*|commerciante*|esercente*|shop",
        "pause": "sospendere|sospensione|in pausa|pausa|congelare|rimandare|devo comunque pagare"
        "|mettere .. in pausa",
        "yet": "ancora",
        "lure": "sms|messaggio|mail|email|e mail|link|chiamata|telefonata",
        "otp": "codice|codice di verifica|codice sms",
        "method": "pagare con|pago con|pagato con|pagamento con",
    },
    "pt": {
        "conj": "!e|mas|depois",
        "profession": "advogado|advogada|jurista",
        "copula": "é|era",
        "job": "trabalha|trabalho|trata de",
        "worker": "amigo|amiga|colega|primo|prima|vizinho|vizinha|chefe|eu|ele|ela",
        "fraud": "fraude*|fraudulent*|burla*|burlad*|phishing|roubo de identidade|não autorizad*"
        "|sem a minha autorização|sem minha autorização|sem o meu consentimento"
        "|sem meu consentimento|não fui eu|usou o meu cartão|usou meu cartão|usaram meu cartão"
        "|usaram o meu cartão|caí num golpe|me enganaram|enganad*|!golpe|!golpes|não autorizei"
        "|nunca autorizei",
        "stolen_card": "cartão clonado|clonaram o meu cartão|clonaram meu cartão",
        "compromised_account": "hackeado|hackeada|hackearam|hakeado|invadid*|conta comprometida"
        "|entrou na minha conta|entraram na minha conta|acedeu à minha conta|acessou minha conta"
        "|acessaram minha conta|acesso não autorizado|dispositivo desconhecido"
        "|mudaram a minha senha|mudaram minha senha|clonaram o meu número|clonaram meu número"
        "|clonaram meu whatsapp",
        "dispute": "disputa|contestação|chargeback|!contestar|!contesto",
        "hardship": "não tenho condições|não tenho dinheiro|sem dinheiro|dificuldades financeiras"
        "|problemas financeiros|problemas de dinheiro|tenho dívidas|muitas dívidas"
        "|cheio de dívidas|endividad*|superendividad*|falência|desempregad*|perdi o emprego"
        "|perdi meu emprego|perdi o meu emprego|perdi o trabalho|fui despedido|fui despedida"
        "|fui demitido|fui demitida|sem rendimento|sem renda",
        "bereavement": "faleceu|falecido|falecida|falecimento|óbito|certidão de óbito|funeral"
        "|enterro|velório|herança|viúva|viúvo|herdeiros",
        "legal_threat": "advogad*|vou processar|vou te processar|processar vocês"
        "|processar a empresa|processo judicial|tribunal|justiça|ação judicial|medidas legais"
        "|procon|livro de reclamações|queixa ao banco de portugal|reclamação ao banco de portugal"
        "|reclamar no banco de portugal|reclamar ao banco de portugal",
        "vulnerable_customer": "deficiência|deficiente|cego|cega|surdo|surda|demência|alzheimer*"
        "|cancro|câncer|quimio*|hospital|internado|internada|saúde mental|depressão|deprimido*"
        "|suicíd*|suicid*|me matar|tirar a minha vida|violência doméstica|curador|procuração|idoso"
        "|idosa|dislexia",
        "theft": "roubado|roubada|roubaram|roubo|furtado|furtada|furtaram|furto|ladrão|ladrões"
        "|assaltado|assaltada|assaltaram|assalto|carteirista*|levaram|gamaram|gamado|gamada"
        "|palmaram|surripiaram|fanaram",
        "lost": "perdido|perdida|perdi|extraviad*|desaparec*|não encontro|não consigo encontrar"
        "|sumiu|sumido",
        "found": "encontrei|achei|encontrado|encontrada",
        "card": "cartão|cartões|carteira|bolsa|!visa|!o maestro|!o meu maestro",
        "device": "telemóvel|celular|telefone|smartphone|iphone|portátil|tablet|cartão sim|chip",
        "death": "morreu|morto|morta|morte",
        "kin": "marido|esposo|esposa|mulher|pai|mãe|filho|filha|irmão|irmã|companheiro|companheira"
        "|avô|avó",
        "unrecognised": "não reconheço|desconhecid*|suspeit*|estranh*|não fiz|nunca fiz"
        "|não comprei|nunca comprei|não encomendei|não pedi|não é minha|não é meu|não conheço"
        "|nunca encomendei",
        "txn": "pagamento*|transação|transações|transacção|cobrança*|débito*|levantamento*|saque*"
        "|compra*|transferência*|movimento*|fatura*|factura*|encomenda*|valor|valores|quantia*"
        "|montante",
        "who": "não sei quem|nao sei quem|não faço ideia de quem",
        "someone": "alguém|outra pessoa|terceiros",
        "misuse": "em meu nome|no meu nome|com os meus dados|com meus dados|meu cpf"
        "|usou meu cartão|usando meu cartão|usando o meu cartão|minha identidade",
        "access": "entrou na minha conta|acessou minha conta|acessou a minha conta"
        "|mudou a minha senha|mudou minha senha|trocou minha senha|trocou a senha|alterou a senha"
        "|alterou minha senha|mudou o meu email|acesso à minha conta|iniciou sessão na minha conta"
        "|iniciou sessão|iniciaram sessão|fez login na minha conta|logou na minha conta"
        "|acedeu à minha conta|mudou a minha palavra passe|mudou a palavra passe"
        "|alterou a palavra passe|alterou a minha palavra passe|mudou o meu número"
        "|mudou meu número|alterou o email|alterou o e mail|mudou o email|mudou meu email",
        "collector": "cobrança judicial|empresa de cobrança|agência de cobrança|cobradores"
        "|cobrador|serasa|penhora|recuperação de crédito",
        "pressure": "ligam|ligando|ligou|ligaram|ligações|ameaç*|cobrando|me cobram|assediando",
        "block": "morrendo de vontade|morto de cansaço|morta de cansaço|não fiz .. a tempo"
        "|não fiz .. no prazo|perdi o acesso|perdi acesso|perdido o acesso|sem dinheiro na conta"
        "|sem dinheiro no cartão|sem saldo|contra fraude|contra fraudes|contra golpes"
        "|contra burlas|contra a fraude|prevenção de fraude|prevenção da fraude"
        "|prevenção de fraudes|antifraude|anti fraude|departamento de fraude",
        "unpaid": "não tenho como pagar|não consigo pagar as|não consigo pagar a"
        "|não consigo pagar o|não consigo pagar minhas|não consigo pagar nada|não posso pagar",
        "contents": "no pacote|dentro|artigo errado|produto errado|outra coisa",
        "practical": "por que|porquê|a tempo|desta vez|dessa vez|esta vez|hoje|amanhã|na segunda"
        "|na terça|na quarta|na quinta|na sexta|no sábado|no domingo|convosco|com vocês|com|online"
        "|no site|na app|no app",
        "negator": "não|nao|nunca|nada|ninguém|ninguem|jamais|nem",
        "neg_det": "nenhum|nenhuma",
        "hedge": "não tenho certeza|não sei se|não só|não apenas",
        "breaker": "mas|só|apenas|somente|simplesmente",
        "conditional": "!se|o que acontece|!caso",
        "question": "é|isto é|isso é|é um|é uma|são|vocês são|ou é",
        "legit": "de confiança|confiáve*|fiáve*|legítim*|legit",
        "merchant": "loja*|lojista*|vendedor*|comerciante*",
        "pause": "pausar|pausa|suspender|suspensão|congelar|adiar|continuar a pagar|tenho de pagar"
        "|tenho que pagar",
        "yet": "ainda",
        "lure": "sms|mensagem|email|e mail|link|chamada|telefonema",
        "otp": "código|código de verificação|código sms",
        "method": "pagar com|pago com|paguei com|pagamento com",
    },
}
