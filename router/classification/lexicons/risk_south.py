"""Risk-topic lexicon, part 2: French, Spanish, Italian, Portuguese, Polish.

Keys and syntax as in ``risk_north``.
"""

LEXICON: dict[str, dict[str, str]] = {
    "fr": {
        "fraud": "fraude*|frauduleu*|arnaque*|arnaqué*|escroquerie*|escroc*|hameçonnage"
        "|phishing|usurpation d'identité|non autorisé*|sans mon accord|sans mon autorisation"
        "|ce n'est pas moi|je n'ai pas fait|quelqu'un a utilisé ma carte",
        "stolen_card": "faire opposition|fait opposition|mettre opposition|carte clonée"
        "|carte piratée",
        "compromised_account": "piraté|piratée|piratage|hacké|hackée|compte compromis"
        "|s'est connecté|connexion inconnue|appareil inconnu|mot de passe changé"
        "|mot de passe a été changé",
        "dispute": "litige|contester|contestation|rétrofacturation|réclamation|trop facturé"
        "|trop débité|mauvais montant|montant incorrect|jamais reçu",
        "hardship": "pas les moyens|ne peux pas payer|ne peux plus payer|peux pas rembourser"
        "|difficultés financières|difficultés de paiement|problèmes d'argent"
        "|problèmes financiers|endetté*|surendett*|dettes|recouvrement|huissier|faillite"
        "|chômage|perdu mon emploi|perdu mon travail|licencié*|sans revenu*|plus d'argent"
        "|report de paiement|délai de paiement",
        "bereavement": "décédé|décédée|décès|obsèques|funérailles|enterrement|acte de décès"
        "|succession|héritage|veuve|veuf|nous a quittés",
        "legal_threat": "avocat*|procès|poursuivre en justice|poursuites|action en justice"
        "|porter plainte contre|tribunal|justice|médiateur|mediateur|juriste"
        "|mise en demeure|dgccrf|acpr|banque de france",
        "vulnerable_customer": "handicap*|aveugle|malvoyant*|sourd|sourde|démence|alzheimer*"
        "|cancer|chimio*|hôpital|hospitalisé*|santé mentale|dépression|déprimé*|suicid*"
        "|en finir|violence conjugale|violences conjugales|curatelle|tutelle|procuration"
        "|personne âgée|dyslexi*",
        "found": "retrouvé|retrouvée",
        "theft": "volé|volée|volés|volées|vol|voleur*|dérobé*|cambriol*|pickpocket*|arraché*",
        "lost": "perdu|perdue|égaré*|disparu*|introuvable|ne trouve plus",
        "card": "carte|cartes|carte bancaire|carte bleue|portefeuille|porte monnaie|sac à main|sac",
        "device": "téléphone|portable|smartphone|iphone|mobile|ordinateur|tablette|carte sim",
        "death": "mort|morte|décédé",
        "kin": "mari|époux|épouse|femme|père|mère|papa|maman|fils|fille|frère|sœur|soeur"
        "|conjoint|conjointe|compagnon|compagne|grand père|grand mère|parents|enfant",
        "unrecognised": "je ne reconnais pas|ne reconnais pas|pas reconnu*|inconnu*|suspect*"
        "|bizarre|étrange",
        "txn": "paiement*|transaction*|prélèvement*|débit*|retrait*|achat*|virement*|opération*",
        "twice": "deux fois|en double|doublon|double",
        "charged": "débité*|prélevé*|facturé*|payé|prélèvement*|débit*",
        "block": "carte d'embarquement|vol annulé|mort de rire|meurs d'envie",
    },
    "es": {
        "fraud": "fraude*|fraudulent*|estafa*|estafado|estafada|timo|timado|phishing"
        "|suplantación|robo de identidad|no autorizado*|no autoricé|sin mi permiso"
        "|sin mi consentimiento|no fui yo|yo no hice|usó mi tarjeta|ha usado mi tarjeta",
        "stolen_card": "tarjeta clonada|clonaron mi tarjeta|bloquear mi tarjeta robada",
        "compromised_account": "hackeado|hackeada|hackearon|pirateado|pirateada|jaqueado"
        "|cuenta comprometida|entró en mi cuenta|accedió a mi cuenta|acceso no autorizado"
        "|dispositivo desconocido|me cambiaron la contraseña|duplicado de sim",
        "dispute": "disputa|disputar|reclamar el cargo|contracargo|devolución del cargo"
        "|anular el cargo|cobro indebido|cobro incorrecto|cobraron de más|cobrado de más"
        "|importe incorrecto|nunca recibí|no recibí el pedido",
        "hardship": "no puedo pagar la|no puedo pagar las|no puedo pagar mis|no puedo pagar el"
        "|no me alcanza|no llego a fin de mes|no puedo permitirme|dificultades económicas"
        "|dificultades financieras|problemas económicos|problemas de dinero|deuda|deudas"
        "|endeudado*|embargo|quiebra|en paro|desempleado*|perdí mi trabajo"
        "|perdí el trabajo|me despidieron|sin ingresos|sin dinero|aplazar el pago"
        "|aplazamiento",
        "bereavement": "falleció|fallecido|fallecida|fallecimiento|defunción|funeral|entierro"
        "|velorio|certificado de defunción|herencia|viuda|viudo|herederos",
        "legal_threat": "abogado*|abogada*|demandar|demandaré|os voy a denunciar"
        "|voy a denunciar|juicio|tribunal*|juzgado|acciones legales|medidas legales"
        "|vía judicial|defensor del cliente|banco de españa|oficina del consumidor|facua",
        "vulnerable_customer": "discapacidad|discapacitado*|minusválido*|ciego|ciega"
        "|invidente|sordo|sorda|demencia|alzheimer*|cáncer|quimio*|hospital|hospitalizado*"
        "|salud mental|depresión|deprimido*|suicid*|quitarme la vida|violencia doméstica"
        "|violencia de género|tutor legal|poder notarial|persona mayor|dislexia",
        "found": "encontré|encontrado|encontrada|apareció",
        "theft": "robada|robado|robo|robaron|robó|hurto|ladrón|ladrones|carterista*"
        "|atracaron|atraco",
        "lost": "perdida|perdido|perdí|extraviad*|no encuentro|desaparecid*",
        "card": "tarjeta|tarjetas|cartera|billetera|monedero|bolso",
        "device": "teléfono|móvil|celular|smartphone|iphone|portátil|tableta|tarjeta sim",
        "death": "muerto|muerta|murió|murio|muerte",
        "kin": "marido|esposo|esposa|mujer|padre|madre|papá|mamá|hijo|hija|hermano|hermana"
        "|pareja|abuelo|abuela|padres|novio|novia",
        "unrecognised": "no reconozco|desconocido*|desconocida*|sospechos*|extraño*|extraña*"
        "|raro|rara",
        "txn": "pago*|cargo*|transacción*|transacciones|cobro*|retiro*|compra*"
        "|transferencia*|domiciliación*|recibo*|movimiento*",
        "twice": "dos veces|doble|duplicado|duplicada|repetido",
        "charged": "cobrado*|cobraron|cobro|cargado|cargaron|cargo|cargos|debitado|pagado",
        "block": "me muero por|muerto de risa|muerta de risa|robó el show",
    },
    "it": {
        "fraud": "frode*|truffa*|truffato|truffata|fraudolent*|phishing|furto d'identità"
        "|furto di identità|non autorizzat*|senza il mio consenso"
        "|senza la mia autorizzazione|non sono stato io|non sono stata io"
        "|ha usato la mia carta|raggir*",
        "stolen_card": "carta clonata|clonato la carta|clonazione della carta",
        "compromised_account": "hackerato|hackerata|hackerat*|violato|violata"
        "|account compromesso|è entrato nel mio|accesso non autorizzato|accesso sconosciuto"
        "|dispositivo sconosciuto|password cambiata|clonazione della sim",
        "dispute": "contestare|contestazione|contesto l'addebito|disputa|storno|chargeback"
        "|addebito non dovuto|addebitato in più|importo sbagliato|importo errato"
        "|mai ricevuto|non ho ricevuto la merce",
        "hardship": "non posso pagare|non riesco a pagare|non posso permettermi"
        "|difficoltà economiche|difficoltà finanziarie|problemi economici|problemi di soldi"
        "|debiti|indebitat*|recupero crediti|pignoramento|fallimento|disoccupat*"
        "|ho perso il lavoro|licenziat*|senza reddito|senza soldi|sospendere i pagamenti",
        "bereavement": "deceduto|deceduta|decesso|funerale|funerali|certificato di morte"
        "|eredità|successione|vedova|vedovo|eredi|lutto",
        "legal_threat": "avvocat*|fare causa|faccio causa|vi faccio causa|vi denuncio"
        "|vi denuncerò|tribunale|giudice|azioni legali|vie legali|arbitro bancario|abf"
        "|ombudsman|associazione consumatori|codacons|banca d'italia",
        "vulnerable_customer": "disabil*|handicap*|!invalid*|cieco|cieca|non vedente|sordo"
        "|sorda|demenza|alzheimer*|cancro|tumore|chemio*|ospedale|ricoverat*"
        "|salute mentale|depressione|depresso|depressa|suicid*|togliermi la vita"
        "|violenza domestica|amministratore di sostegno|tutore|!procura|anziano|anziana"
        "|dislessi*",
        "found": "ritrovat*|trovato|trovata",
        "theft": "rubata|rubato|rubate|rubati|rubato|furto|ladro|ladri|borseggi*|scippat*|rapina*",
        "lost": "persa|perso|perse|persi|smarrit*|non trovo|scomparsa|scomparso",
        "card": "carta|carte|bancomat|carta di credito|portafoglio|borsa|borsetta",
        "device": "telefono|cellulare|smartphone|iphone|portatile|tablet|sim",
        "death": "morto|morta|è morto|è morta|scomparso|scomparsa|morte",
        "kin": "marito|moglie|padre|madre|papà|mamma|figlio|figlia|fratello|sorella|compagno"
        "|compagna|nonno|nonna|genitori",
        "unrecognised": "non riconosco|non la riconosco|sconosciut*|sospett*|strano|strana"
        "|strani|strane",
        "txn": "pagament*|transazion*|addebit*|prelievo|prelievi|acquist*|bonifico|bonifici"
        "|movimento|movimenti|operazion*",
        "twice": "due volte|doppio|doppia|duplicato|duplicata",
        "charged": "addebitat*|addebito|addebiti|pagato|prelevat*|scalat*",
        "block": "muoio dalla voglia|morto di sonno|morta di sonno",
    },
    "pt": {
        "fraud": "fraude*|fraudulent*|golpe|golpes|burla*|phishing|roubo de identidade"
        "|não autorizad*|sem a minha autorização|sem minha autorização"
        "|sem o meu consentimento|não fui eu|usou o meu cartão|usou meu cartão",
        "stolen_card": "cartão clonado|clonaram o meu cartão|clonaram meu cartão",
        "compromised_account": "hackeado|hackeada|hackearam|invadid*|conta comprometida"
        "|entrou na minha conta|acedeu à minha conta|acessou minha conta"
        "|acesso não autorizado|dispositivo desconhecido|mudaram a minha senha"
        "|mudaram minha senha|clonaram o meu número|clonaram meu número",
        "dispute": "disputa|contestar|contestação|contesto|estorno|chargeback"
        "|cobrança indevida|cobrado a mais|cobrança errada|valor errado|valor incorreto"
        "|nunca recebi",
        "hardship": "não tenho condições|não tenho como pagar|não consigo pagar as"
        "|não consigo pagar a|não consigo pagar minhas|não consigo pagar as minhas"
        "|não tenho dinheiro|dificuldades financeiras|problemas financeiros"
        "|problemas de dinheiro|dívida|dívidas|endividad*|penhora|falência|desempregad*"
        "|perdi o emprego|perdi meu emprego|perdi o meu emprego|fui despedido|fui demitido"
        "|sem rendimento|sem renda|adiar o pagamento|moratória",
        "bereavement": "faleceu|falecido|falecida|falecimento|óbito|certidão de óbito"
        "|funeral|enterro|velório|herança|viúva|viúvo|herdeiros",
        "legal_threat": "advogad*|vou processar|vou te processar|processar vocês"
        "|processar a empresa|processo judicial|tribunal|justiça|ação judicial"
        "|medidas legais|procon|banco de portugal|livro de reclamações",
        "vulnerable_customer": "deficiência|deficiente|cego|cega|surdo|surda|demência"
        "|alzheimer*|cancro|câncer|quimio*|hospital|internado|internada|saúde mental"
        "|depressão|deprimido*|suicíd*|suicid*|me matar|tirar a minha vida"
        "|violência doméstica|curador|procuração|idoso|idosa|dislexia",
        "found": "encontrei|achei|encontrado|encontrada",
        "theft": "roubado|roubada|roubaram|roubo|furtado|furtada|furto|ladrão|ladrões"
        "|assaltado|assaltada|assalto|carteirista*",
        "lost": "perdido|perdida|perdi|extraviad*|desaparec*|não encontro|não consigo encontrar",
        "card": "cartão|cartões|carteira|bolsa",
        "device": "telemóvel|celular|telefone|smartphone|iphone|portátil|tablet|cartão sim|chip",
        "death": "morreu|morto|morta|morte",
        "kin": "marido|esposo|esposa|mulher|pai|mãe|filho|filha|irmão|irmã|companheiro"
        "|companheira|avô|avó",
        "unrecognised": "não reconheço|desconhecid*|suspeit*|estranh*",
        "txn": "pagamento*|transação|transações|transacção|cobrança*|débito*|levantamento*"
        "|saque*|compra*|transferência*|movimento*",
        "twice": "duas vezes|em dobro|duplicado|duplicada|duplicidade",
        "charged": "cobrado*|cobrada|cobraram|cobrança|debitado*|descontado*|pago|paguei",
        "block": "morrendo de vontade|morto de cansaço|morta de cansaço",
    },
    "pl": {
        "fraud": "oszust*|wyłudz*|phishing|podszyw*|kradzież tożsamości|nieautoryzowan*"
        "|bez mojej zgody|bez mojej wiedzy|to nie ja|nie zrobiłem|nie zrobiłam"
        "|użył mojej karty",
        "stolen_card": "sklonowan*|zastrzec kartę|zastrzeżenie karty",
        "compromised_account": "zhakowan*|włamanie|włamał*|przejęte konto|zalogował*"
        "|nieznane urządzenie|nieznane logowanie|zmieniono hasło|duplikat karty sim",
        "dispute": "reklamacj*|spór|chargeback|zwrot obciążenia|nienależn*|zła kwota"
        "|błędna kwota|nie otrzymałem towaru|nie otrzymałam towaru|nigdy nie dostałem"
        "|nigdy nie dostałam",
        "hardship": "nie stać mnie|nie mogę zapłacić|nie jestem w stanie zapłacić"
        "|nie mogę spłacić|nie jestem w stanie spłacić|problemy finansowe"
        "|trudności finansowe|kłopoty finansowe|zadłużon*|długi|długów|windykac*"
        "|komornik*|upadłość|bankructwo|bezrobotn*|straciłem pracę|straciłam pracę"
        "|bez dochodu|brak pieniędzy|nie mam pieniędzy|wakacje kredytowe",
        "bereavement": "zmarł|zmarła|zmarły|zmarłego|zmarłej|pogrzeb*|akt zgonu|wdowa"
        "|wdowiec|odszedł|odeszła",
        "legal_threat": "prawnik*|adwokat*|radca prawny|pozew|pozwę|pozwać|!sąd|sądu|sądzie"
        "|sądowe|kroki prawne|rzecznik finansowy|rzecznika finansowego|uokik|knf",
        "vulnerable_customer": "niepełnosprawn*|niewidom*|głuch*|demencj*|alzheimer*"
        "|nowotw*|!rak|chemioterapi*|szpital*|zdrowie psychiczne|depresj*|samobój*"
        "|przemoc domowa|opiekun prawny|pełnomocnictwo|starsza osoba|dysleksj*",
        "found": "znalazłem|znalazłam|znalazł*|odnalaz*",
        "theft": "skradzion*|ukradzion*|ukradli|ukradł*|kradzież*|złodziej*|okradzion*"
        "|okradli|kieszonkow*|napad*",
        "lost": "zgubion*|zgubiłem|zgubiłam|zgubiła|zgubił|zaginęł*|zaginion*|nie mogę znaleźć",
        "card": "kart*|portfel*|torebk*",
        "device": "telefon*|komórk*|smartfon*|iphone|laptop*|tablet*|karta sim|karty sim",
        "death": "śmierć|śmierci|nie żyje|umarł|umarła",
        "kin": "mąż|męża|żona|żony|ojciec|ojca|tata|taty|matka|matki|mama|mamy|syn|syna"
        "|córka|córki|brat|brata|siostra|siostry|dziadek|babcia|rodzice",
        "unrecognised": "nie rozpoznaję|nie znam|nieznan*|podejrzan*|dziwn*",
        "txn": "płatnoś*|transakc*|obciążen*|wypłat*|zakup*|przelew*|polecenie zapłaty",
        "twice": "dwa razy|dwukrotnie|podwójnie|podwójn*",
        "charged": "pobrano|pobrali|pobrana|obciążon*|obciążyli|zapłaciłem|zapłaciłam"
        "|zabrano|ściągnięto|ściągnęli",
        "block": "kartka|kartki|kartofl*",
    },
}
