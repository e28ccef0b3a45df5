"""Human-request lexicon, part 2: Romance languages, Irish and Maltese (keys as in part 1)."""

LEXICON: dict[str, dict[str, str]] = {
    "fr": {
        "rhetorical": "juste|simplement",
        "from": "du|de|des|d|au",
        "one": "un|une",
        "callback": "me rappeler|me rappelle|me rappelez|rappelez moi|rappelle moi|me recontacter"
        "|me contacter|me contacte|me contactez|contactez moi|m appeler|m appelle|m appelez"
        "|appelez moi|me joindre|me telephoner|me telephone",
        "human": "humain|humaine|etre humain|personne|vraie personne|personne reelle"
        "|personne physique|vrai humain",
        "role": "conseiller|conseillere|conseillers|agent|agente|operateur|operatrice|interlocuteur"
        "|teleconseiller|teleconseillere|responsable|superviseur|gestionnaire|charge de clientele"
        "|employe|employee|collaborateur|un conseiller|conseiller clientele|agent humain",
        "weak": "quelqu un|quelqu une|qqn|collegue|specialiste|manager",
        "service": "service client|service clientele|sav|support|assistance|hotline",
        "talk": "parler|discuter|echanger|joindre|contacter|transferer|transfere|transferez"
        "|passer|passez|passe|mettre en relation|mettez moi en relation|relation"
        "|rediriger|appeler|ecrire|avoir|voir|regler|parle",
        "want": "veux|voudrais|voudrai|souhaite|souhaiterais|aimerais|peux|pourrais|pourriez"
        "|puis|besoin|exige|demande|donnez|donne|prefere|preferais|y a t il|ya t il"
        "|plutot|vouloir|faut|prefererais|jveux|veut"
        "|peut|peuvent",
        "glue": "a|au|avec|un|une|le|la|l|les|des|du|de|d|me|moi|m|je|j|en|vrai|vraie|reel"
        "|reelle|humain|humaine|maintenant|tout de suite|svp|s il vous plait"
        "|s il te plait|directement|rapidement|vite|autre|votre|vos|physique|urgent"
        "|merci|enfin|putain|ca|cela|mis|etre|qqn|quelqu",
        "filler": "svp|stp|s il vous plait|s il te plait|maintenant|bonjour|salut|merci|ok|oui|un"
        "|une|vrai|vraie|humain|urgent|aide|vite|tout de suite|allo|please|le|la|svp|enfin",
        "other": "quelqu un d autre|une autre personne",
        "question": "comment|quand|quel|quelle|quels|quelles",
        "neg": "pas|jamais|sans|aucun|aucune|plus besoin|ne",
        "neg_local": "non",
        "before": "immobilier|voyage|assurance|secret|double",
        "after": "immobilier|de voyage|d assurance|secret|etait|a dit|m a|ressources",
        "identity": r"\b(est ce que )?je (parle|discute|suis en train de parler|communique|ecris)"
        r" (a|avec) (un|une|quelqu|le|la|vrai|vraie|robot|bot|humain|personne|machine)|\b(es tu"
        r"|etes vous|c est|est ce) (un|une|vraiment|vrai|vraie|humain|robot|bot|reel)",
    },
    "es": {
        "rhetorical": "simplemente|solo",
        "from": "de|del",
        "one": "uno|una",
        "callback": "me llame|me llamen|llamarme|me llameis|me llama|me contacte|me contacten"
        "|contactarme|me contactes|me escriba|me devuelva la llamada|me devuelvan la llamada",
        "human": "humano|humana|persona|persona real|ser humano|alguien real",
        "role": "agente|asesor|asesora|operador|operadora|representante|ejecutivo|ejecutiva"
        "|empleado|empleada|supervisor|encargado|gestor|gestora|teleoperador|teleoperadora"
        "|agente humano|asesor humano",
        "weak": "alguien|companero|especialista|responsable",
        "service": "atencion al cliente|servicio al cliente|soporte|servicio tecnico|call center",
        "talk": "hablar|conversar|comunicarme|comunicar|chatear|contactar|transferir|transfiere"
        "|transfiera|transfiereme|pasar|pasame|paseme|pase|comunique|conectar|conecta"
        "|conecte|conectame|contacto|escribir|derivar|deriveme|deriva|atienda|atender"
        "|atiende|comunicame|llamame|derivame|contactame|comuniqueme|pasas|pasa|pasarme"
        "|pones|ponme|pon|poner|ponerme|comunicas|comunica|pasen|pases",
        "want": "quiero|quisiera|necesito|puedo|podria|podrias|puede|dame|deme|exijo|prefiero"
        "|hay|me gustaria|gustaria|pido|solicito|busco|kiero|kisiera|quieres",
        "glue": "con|un|una|el|la|los|las|a|al|me|mi|de|del|que|por favor|real|humano|humana"
        "|ahora|ya|directamente|otro|otra|su|sus|verdadero|verdadera|favor|por|urgente"
        "|carajo|joder|mierda|alguna|alguno|algun|quien|puedes|pueda|verdad|xfa|porfa",
        "filler": "por favor|porfa|porfavor|ya|ahora|hola|gracias|ok|vale|si|un|una|real|urgente"
        "|ayuda|rapido|buenas|buenos dias|xfa|de|verdad",
        "other": "alguien mas|otra persona|otro agente",
        "question": "como|cuando|donde|cual",
        "neg": "nunca|sin|jamas|ningun|ninguna|ni",
        "neg_local": "no",
        "before": "inmobiliario|viajes|seguros|secreto",
        "after": "inmobiliario|de viajes|de seguros|secreto|dijo|fue|era",
        "identity": r"\b(estoy )?(hablo|hablando|chateando|escribiendo|converso|conversando) con"
        r" (un|una|alguien|el|la|persona|humano|robot|bot|maquina)|\b(eres|es usted|sos|es esto)"
        r" (un|una|humano|humana|persona|real|robot|bot|maquina)|\bhay alguien (ahi|alli|aqui"
        r"|ai|de verdad)\b",
    },
    "it": {
        "rhetorical": "semplicemente|solo|soltanto",
        "from": "del|della|dell|dello|di|da|dal|dalla",
        "one": "uno|una",
        "callback": "richiamare|richiamarmi|mi richiami|mi richiama|chiamarmi|mi chiami|mi chiama"
        "|mi puo chiamare|mi puo richiamare|contattarmi|mi contatti|mi contatta|mi ricontatti"
        "|ricontattarmi",
        "human": "umano|umana|essere umano|persona|persona reale|persona vera",
        "role": "operatore|operatrice|operatori|consulente|agente|addetto|addetta|assistente"
        "|impiegato|impiegata|responsabile|rappresentante|supervisore|operatore umano",
        "weak": "qualcuno|collega|specialista|persone",
        "service": "servizio clienti|assistenza|assistenza clienti|supporto|call center|help desk",
        "talk": "parlare|parlo|chattare|contattare|passare|passami|passarmi|mi passi|trasferire"
        "|trasferisci|trasferirmi|collegare|collegarmi|collegami|mettere in contatto|contatto"
        "|scrivere|sentire|trasferiscimi|collegatemi|passatemi|mettimi",
        "want": "voglio|vorrei|posso|potrei|puoi|potete|puo|ho bisogno|bisogno|mi serve|serve"
        "|datemi|dammi|preferisco|preferirei|c e|chiedo|esigo",
        "glue": "con|un|una|uno|il|lo|la|l|i|gli|le|a|al|allo|alla|mi|me|di|del|della|in|per"
        "|favore|reale|vero|vera|umano|umana|adesso|ora|subito|direttamente|altro"
        "|vostro|vostri|vostra|cazzo|urgente|davvero|cui|dell|dello",
        "filler": "per favore|perfavore|grazie|ora|adesso|subito|ciao|salve|ok|si|un|una|uno"
        "|vero|vera|umano|urgente|aiuto|buongiorno",
        "other": "qualcun altro|un altra persona|un altro operatore",
        "question": "come|quando|dove|quale",
        "neg": "mai|senza|nessun|nessuno|nessuna|ne",
        "neg_local": "non",
        "before": "immobiliare|viaggi|assicurativo|segreto",
        "after": "immobiliare|di viaggio|assicurativo|segreto|ha detto|era|mi ha",
        "identity": r"\b(sto )?(parlando|chattando|scrivendo|parlo|chatto|scrivo) con (un|una"
        r"|uno|qualcuno|il|la|persona|umano|robot|bot|macchina)|\b(sei|e lei|e questo|siete)"
        r" (un|una|uno|umano|umana|persona|reale|vero|robot|bot|macchina)|\bc e qualcuno (di )?"
        r"(vero|reale|li|la|dall altra parte)\b",
    },
    "pt": {
        "rhetorical": "so|simplesmente|apenas",
        "from": "do|da|de|dos|das",
        "one": "um|uma",
        "callback": "me ligar|ligar me|ligue me|me ligue|me liguem|me contactar|contactar me"
        "|me contacte|me contactem|me contactasse|me contatar|me contate|entrar em contacto comigo"
        "|entrar em contato comigo|me retornar|me ligasse",
        "human": "humano|humana|pessoa|pessoa real|ser humano|pessoa de verdade",
        "role": "atendente|agente|assistente|operador|operadora|consultor|consultora|colaborador"
        "|colaboradora|funcionario|funcionaria|representante|gerente|supervisor|assessor"
        "|atendimento humano|agente humano|operador humano",
        "weak": "alguem|especialista|responsavel",
        "service": "apoio ao cliente|atendimento|atendimento ao cliente|suporte|sac|servico de"
        " apoio|call center",
        "talk": "falar|conversar|contactar|contatar|transferir|transfere|transfira|passar|passa"
        "|passe|ligar|conectar|conecte|encaminhar|encaminhe|chamar|chame|escrever|ponha|poe"
        "|ponham|em contacto|em contato",
        "want": "quero|queria|gostaria|preciso|posso|poderia|pode|podes|da me|de me|me de|exijo"
        "|prefiro|ha|tem|peco|solicito",
        "glue": "com|um|uma|o|a|os|as|ao|me|de|do|da|por favor|favor|real|humano|humana|agora"
        "|ja|diretamente|outro|outra|seu|sua|vosso|vossa|verdadeiro|urgente|caralho"
        "|porra|para|pra|c|mim|comigo",
        "filler": "por favor|agora|ja|ola|oi|obrigado|obrigada|ok|sim|um|uma|real|urgente|ajuda"
        "|rapido|bom dia",
        "other": "outra pessoa|outro atendente",
        "question": "como|quando|onde|qual",
        "neg": "nunca|sem|jamais|nenhum|nenhuma|nem",
        "neg_local": "nao",
        "before": "imobiliario|viagens|seguros|secreto",
        "after": "imobiliario|de viagens|de seguros|secreto|disse|foi|era",
        "identity": r"\b(estou )?(falo|falando|a falar|converso|conversando|a conversar|escrevendo)"
        r" com (um|uma|alguem|o|a|pessoa|humano|robo|bot|maquina)|\b(es|e voce|voce e|isto e)"
        r" (um|uma|humano|humana|pessoa|real|robo|bot|maquina)",
    },
    "ro": {
        "human": "oameni|persoana|persoana reala|om real|fiinta umana|un om|!om",
        "role": "operator|operatoare|agent|consultant|consultanta|reprezentant|angajat|angajata"
        "|consilier|consiliera|supervizor|operator uman|agent uman",
        "weak": "cineva|altcineva|coleg|specialist",
        "service": "serviciul clienti|relatii cu clientii|suport|asistenta|call center",
        "talk": "vorbesc|vorbi|vorbim|discut|discuta|conectati|conecteaza|transferati|transfera"
        "|dati|face legatura|legatura|contacta|contactez|scriu|pune|puneti",
        "want": "vreau|as vrea|doresc|as dori|am nevoie|nevoie|pot|puteti|poti|dati mi|da mi"
        "|prefer|exista|cer",
        "glue": "cu|un|o|unui|unei|sa|mi|ma|mie|la|de|va rog|rog|real|reala|uman|umana|acum"
        "|imediat|direct|alt|alta|dumneavoastra|vostru|voastra|urgent",
        "filler": "va rog|te rog|acum|imediat|buna|salut|multumesc|ok|da|un|o|real|urgent"
        r"|ajutor|reala"
        "|om|persoana",
        "neg": "niciodata|fara|niciun|nicio|nu mai",
        "neg_local": "nu",
        "before": "imobiliar|de turism|de asigurari|secret|mea",
        "after": "imobiliar|de turism|de asigurari|secret|a spus|era",
        "identity": r"(?<!sa )\b(vorbesc|discut|scriu|conversez) (acum )?cu (un|o|cineva|robot|bot"
        r"|om|persoana|masina)|\b(esti|sunteti|este asta) (un|o|om|persoana|real|reala|robot|bot)",
    },
    "ga": {
        "human": "duine|duine daonna|fior dhuine|duine beo|daonna|dhuine|dhuine daonna",
        "role": "gniomhaire|oibritheoir|comhairleoir|ionadai|ball foirne|feidhmeannach|bainisteoir"
        "|gniomhair*|comhairleoir*|oibritheoir*|ionadai*|hionadai*|ghniomhaire",
        "weak": "duine eile|fostai|foireann|comhghleacai",
        "service": "seirbhis do chustaiminh|seirbhis custaimeara|tacaiocht"
        "|tseirbhis do chustaimeiri"
        "|seirbhis do chustaimeiri|an tseirbhis",
        "talk": "labhairt|labhair|caint|comhra|aistrigh|cuir|ceangail|teagmhail|scriobh|dteagmhail"
        "|aistriu|chomhra",
        "want": "ba mhaith liom|ba mhaith|teastaionn|ta me ag iarraidh|iarraidh|an feidir|feidir"
        "|tabhair|uaim|is fearr liom|an bhfuil",
        "glue": "le|leis|le do thoil|do thoil|me|mo|liom|chuig|go|dom|fior|beo|anois|ceann|a"
        "|an|na|i"
        "|ar|daonna|eigin|leat|do|thoil",
        "filler": "le do thoil|anois|dia duit|haigh|go raibh maith agat|ok|sea|fior|daonna|cabhair",
        "neg": "nior|nil|gan|riamh|ni",
        "neg_local": "",
        "before": "taistil|arachais|runda",
        "after": "a duirt|a bhi",
        "identity": r"\ban bhfuil me ag (caint|labhairt|comhra|scriobh)\b|\ban (duine|rogaire"
        r"|robot|bot|fior)\b|\ban tusa\b",
    },
    "mt": {
        "human": "bniedem|persuna|persuna vera|bniedem veru|persuna reali",
        "role": "agent|operatur|operaturi|rapprezentant|impjegat|impjegata|konsulent|ufficjal"
        "|supervisor|manager|agent*|impjegat*|rapprezentant*|operatur*",
        "weak": "xi hadd|hadd|hadd iehor|kollega|membru tal-persunal",
        "service": "servizz tal-klijenti|kura tal-klijent|appogg|support",
        "talk": "nitkellem|tkellem|nkellem|titkellem|ikkomunika|ikkuntattja|ghaddini|ghaddili"
        "|qabbadni|ittrasferixxi|ittrasferini|nikteb|kellem|tghaddini|tghaddi|tqabbadni",
        "want": "irrid|nixtieq|nista|tista|ghandi bzonn|bzonn|jekk joghgbok|ninsisti|hemm|aghtini"
        "|nippreferi",
        "glue": "ma|ma'|ma'|lil|il|l|ta|ta'|bniedem|veru|vera|reali|issa|malajr|jekk|joghgbok"
        "|ghalija|ma xi|xi|wiehed|wahda|mieghi|min|direttament",
        "filler": "jekk joghgbok|issa|bongu|hello|grazzi|ok|iva|veru|vera|ghajnuna|malajr|pls",
        "neg": "qatt|minghajr|ghandix|nridx|nixtieqx|mhux",
        "neg_local": "mhux",
        "before": "tal-vjaggi|tal-assigurazzjoni|tal-propjeta",
        "after": "qal|kien",
        "identity": r"\b(qed|qieghed|qieghda) (nitkellem|nikteb|nicciettja) ma\b|\b(int|inti|"
        r"dan) (bniedem|robot|bot|persuna|vera|veru|magna)",
    },
}
