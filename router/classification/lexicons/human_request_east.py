"""Human-request lexicon, part 3: Slavic, Baltic, Finno-Ugric, Greek, Turkish (keys as part 1)."""

LEXICON: dict[str, dict[str, str]] = {
    "pl": {
        "rhetorical": "po prostu|tylko",
        "from": "z|ze",
        "callback": "zadzwonic|zadzwoni|oddzwonic|oddzwoni|do mnie zadzwonic|do mnie oddzwonic"
        "|skontaktowac sie ze mna|skontaktuje sie ze mna|odezwac sie|odezwie sie|napisac do mnie",
        "human": "czlowiek|czlowiekiem|czlowieka|osoba|osoba|osoba|prawdziwa osoba|osoba fizyczna"
        "|zywy czlowiek|zywym czlowiekiem|prawdziwym czlowiekiem|osoba prawdziwa|osobą",
        "role": "konsultant|konsultanta|konsultantem|konsultantka|konsultantki|konsultantka"
        "|pracownik"
        "|pracownika|pracownikiem|doradca|doradcy|doradca|operator|operatora|operatorem|agent"
        "|agenta|agentem|przedstawiciel|przedstawicielem|kierownik|kierownikiem|konsultant*"
        "|pracowni*|doradc*|operator*|czlowiek*",
        "weak": "ktos|kims|kogos|specjalista|specjalista",
        "service": "obsluga klienta|obsluga|biuro obslugi|infolinia|dzial obslugi|wsparcie"
        "|obslugi klienta|obsludze klienta|obsluge klienta|supportu|wsparcia"
        "|dzialu obslugi klienta|biura obslugi klienta",
        "talk": "rozmawiac|porozmawiac|rozmowa|rozmowe|polaczyc|polacz|polaczenie|przelacz"
        "|przelaczyc|przekieruj|przekierowac|skontaktowac|kontakt|napisac|pogadac|gadac"
        "|zlapac|polaczcie|polaczycie|polacz mnie",
        "want": "chce|chcialbym|chcialabym|prosze|poprosze|moge|mozna|czy moge|potrzebuje|daj"
        "|dajcie|wole|zadam|czy jest|jest tu|jest ktos|jest jakis|jest jakas|czy jest jakis"
        "|czy jest jakas",
        "glue": "z|ze|mnie|mi|sie|do|na|jakims|jakas|prawdziwym|prawdziwa|zywym|teraz"
        "|natychmiast|od|razu|pilnie|w|koncu|wreszcie|waszym|panstwa|innym|bezposrednio"
        "|kurwa|o|jakiegos|jakis|obslugi|klienta"
        "|moze|mogl|mogla|mogliby",
        "filler": "prosze|teraz|natychmiast|czesc|dzien dobry|dzieki|dziekuje|ok|tak|prawdziwy"
        "|pilnie|pomocy|szybko|halo",
        "other": "ktos inny|kims innym",
        "question": "jak|kiedy|gdzie",
        "neg": "nie|nigdy|bez|zadnego|zadnej",
        "neg_local": "",
        "before": "nieruchomosci|turystyczny|ubezpieczeniowy|tajny",
        "after": "nieruchomosci|turystyczny|ubezpieczeniowy|tajny|powiedzial|byl",
        "identity": r"\b(czy )?(rozmawiam|pisze|czatuje) (teraz )?z (prawdziw|czlowiek|botem"
        r"|robotem|maszyna|osoba|kims)|\b(jestes|czy jestes|czy to) (czlowiek|botem|robotem"
        r"|prawdziw|osoba|bot)",
    },
    "cs": {
        "human": "clovek|clovekem|cloveka|osoba|osobou|skutecny clovek|zivy clovek|zivym clovekem"
        "|skutecnym clovekem|skutecnou osobou|realnou osobou",
        "role": "operator|operatorem|operatorka|operatorkou|pracovnik|pracovnikem|poradce|poradcem"
        "|konzultant|konzultantem|agent|agentem|zamestnanec|zamestnancem|referent|referentem"
        "|spravce|vedouci|operatora|pracovnika|operator*|pracovnik*|poradc*|konzultant*"
        "|zamestnan*|clovek*",
        "weak": "nekdo|nekym|nekoho|nekdo jiny|specialista|kolega",
        "service": "zakaznicka podpora|zakaznicky servis|podpora|zakaznicke centrum|infolinka"
        "|zakaznickou podporou|podporou|zakaznickym servisem",
        "talk": "mluvit|promluvit|hovorit|pohovorit|spojit|spojte|prepojit|prepojte|kontaktovat"
        "|napsat|psat|predat|predejte|mluvil|mluvila",
        "want": "chci|chtel|chtela|bych|prosim|muzu|mohu|muzete|potrebuji|potrebuju|dejte|dej"
        "|radeji|je tu|existuje|rad|rada",
        "glue": "s|se|mnou|me|mi|na|nejakym|nejakou|skutecnym|zivym|realnym|ted|hned|okamzite"
        "|prosim|konecne|vasim|vasi|jinym|primo|k|ke|do|sakra",
        "filler": "prosim|ted|hned|ahoj|dobry den|dekuji|diky|ok|ano|zivy|skutecny|pomoc|rychle",
        "neg": "nechci|nepotrebuji|nepotrebuju|nikdy|bez|zadny|zadneho",
        "neg_local": "ne",
        "before": "realitni|cestovni|pojistovaci|tajny",
        "after": "realitni|rekl|byl",
        "identity": r"\b(mluvim|pisu|chatuji|hovorim|komunikuji) (ted |opravdu )?(s|se) (clovek"
        r"|skutecn|robot|bot|stroj|zivy|osob|nekym)|\b(jsi|jste|je to) (clovek|robot|bot|skutecn"
        r"|osoba|stroj)",
    },
    "sk": {
        "human": "clovek|clovekom|cloveka|osoba|osobou|skutocny clovek|zivy clovek|zivym clovekom"
        "|skutocnym clovekom|skutocnou osobou",
        "role": "operator|operatorom|operatorka|operatorkou|pracovnik|pracovnikom|poradca|poradcom"
        "|konzultant|konzultantom|agent|agentom|zamestnanec|zamestnancom|referent|operatora"
        "|pracovnika|operator*|pracovnik*|poradc*|konzultant*|zamestnan*|clovek*",
        "weak": "niekto|niekym|niekoho|niekto iny|specialista|kolega",
        "service": "zakaznicka podpora|zakaznicky servis|podpora|zakaznicke centrum|infolinka"
        "|zakaznickou podporou|podporou",
        "talk": "hovorit|porozpravat|rozpravat|spojit|spojte|prepojit|prepojte|kontaktovat"
        "|napisat|pisat|odovzdat",
        "want": "chcem|chcel|chcela|by|prosim|mozem|mozete|potrebujem|dajte|daj|radsej|je tu"
        "|existuje|rad|rada",
        "glue": "s|so|mnou|ma|mi|na|nejakym|nejakou|skutocnym|zivym|realnym|teraz|hned|okamzite"
        "|prosim|konecne|vasim|vasou|inym|priamo|k|ku|do|sakra",
        "filler": "prosim|teraz|hned|ahoj|dobry den|dakujem|vdaka|ok|ano|zivy|skutocny|pomoc"
        "|rychlo",
        "neg": "nechcem|nepotrebujem|nikdy|bez|ziadny|ziadneho",
        "neg_local": "ne|nie",
        "before": "realitny|cestovny|poistovaci|tajny",
        "after": "realitny|povedal|bol",
        "identity": r"\b(hovorim|pisem|chatujem|rozpravam|komunikujem) (teraz |naozaj )?(s|so)"
        r" (clovek|skutocn|robot|bot|stroj|zivy|osob|niekym)|\b(si|ste|je to) (clovek|robot|bot"
        r"|skutocn|osoba|stroj)",
    },
    "sl": {
        "human": "clovek|clovekom|cloveka|oseba|osebo|resnicna oseba|resnicnim clovekom|ziva oseba"
        "|zivo osebo|pravim clovekom",
        "role": "operater|operaterjem|operaterko|operaterka|svetovalec|svetovalcem|svetovalko|agent"
        "|agentom|zaposleni|zaposlenim|uslužbenec|usluzbencem|referent|referentom|operater*"
        "|svetoval*|usluzben*|zaposlen*|clovek*",
        "weak": "nekdo|nekom|nekoga|nekdo drug|strokovnjak|sodelavec",
        "service": "podpora strankam|sluzba za stranke|podpora|klicni center",
        "talk": "govoriti|pogovoriti|pogovarjati|povezati|povezite|poveži|prevezati|prevezite"
        "|kontaktirati|pisati|predati|predajte|govoril|govorila|povezete|poveze",
        "want": "zelim|hocem|bi|prosim|lahko|potrebujem|dajte|daj|raje|ali je|obstaja|rad|rada"
        "|bi rad|bi rada",
        "glue": "z|s|mano|me|mi|na|nekim|pravim|zivim|resnicnim|zdaj|takoj|prosim|koncno|vasim"
        "|drugim|neposredno|k|h|do|se",
        "filler": "prosim|zdaj|takoj|zivjo|dober dan|hvala|ok|ja|zivo|pravo|pomoc|hitro",
        "neg": "nocem|ne potrebujem|nikoli|brez|nobenega",
        "neg_local": "ne",
        "before": "nepremicninski|turisticni|zavarovalni|tajni",
        "after": "je rekel|je bil",
        "identity": r"(?<!lahko )\b(ali )?(govorim|pisem|klepetam) (zdaj )?(s|z) (clovek"
        r"|resnicn|robot|bot"
        r"|strojem|zivo|oseb|nekom)|\b(si|ste|je to) (clovek|robot|bot|resnicn|oseba|stroj)",
    },
    "hr": {
        "human": "covjek|covjekom|covjeka|osoba|osobom|stvarna osoba|stvarnom osobom|zivi covjek"
        "|zivim covjekom|pravim covjekom|stvarnim covjekom",
        "role": "operater|operaterom|operaterka|operaterkom|savjetnik|savjetnikom|savjetnica|agent"
        "|agentom|djelatnik|djelatnikom|djelatnica|zaposlenik|zaposlenikom|sluzbenik"
        "|sluzbenikom|referent|operatera|djelatnika|operater*|savjetni*|djelatni*|sluzbeni*"
        "|zaposleni*|covjek*",
        "weak": "netko|nekim|nekoga|netko drugi|strucnjak|kolega",
        "service": "korisnicka podrska|korisnicka sluzba|podrska|sluzba za korisnike|call centar"
        "|korisnickom podrskom|podrskom|korisnickom sluzbom",
        "talk": "razgovarati|porazgovarati|govoriti|pricati|spojiti|spojite|spoji|prebaciti"
        "|prebacite|kontaktirati|pisati|proslijediti|proslijedite",
        "want": "zelim|hocu|htio|htjela|bih|molim|mogu|mozete|trebam|treba|dajte|daj|radije"
        "|postoji|ima li",
        "glue": "s|sa|mnom|me|mi|na|nekim|nekom|pravim|zivim|stvarnim|sada|odmah|molim|konacno"
        "|vasim|drugim|izravno|direktno|k|do|se|jednim",
        "filler": "molim|sada|odmah|bok|dobar dan|hvala|ok|da|zivi|pravi|pomoc|brzo",
        "neg": "necu|ne trebam|nikad|nikada|bez|nijednog",
        "neg_local": "ne",
        "before": "nekretnine|turisticki|osiguravajuci|tajni",
        "after": "je rekao|je bio",
        "identity": r"\b(razgovaram|pricam|pisem|dopisujem se|govorim) (li )?(sada )?(s|sa) (covjek"
        r"|stvarn|robot|bot|strojem|ziv|osob|nekim)|\b(jesi li|jeste li|je li to|si|ste)"
        r" (covjek|robot|bot|stvarn|osoba|stroj)",
    },
    "bg": {
        "human": "човек|истински човек|жив човек|реален човек|лице",
        "role": "оператор|оператора|служител|служителя|консултант|консултанта|агент|агента"
        "|представител|сътрудник|специалист|отговорник|мениджър|оператор*|служител*"
        "|консултант*",
        "weak": "някой|някого|друг|колега|хора",
        "service": "обслужване на клиенти|поддръжка|клиентски център|кол център",
        "talk": "говоря|разговарям|поговоря|свържете|свържи|свързан|прехвърлете|прехвърли"
        "|пренасочете|пиша|контакт|чатя",
        "want": "искам|бих искал|бих искала|може|мога|можете|трябва|нужен|нужна|дайте|дай"
        "|предпочитам|има ли|желая",
        "glue": "с|със|да|ме|ми|на|към|един|една|истински|жив|реален|сега|веднага|моля|вече"
        "|ваш|ваши|друг|директно|по|някой",
        "filler": "моля|сега|веднага|здравей|здравейте|благодаря|ок|да|истински|жив|помощ|бързо",
        "neg": "не|никога|без|никакъв",
        "neg_local": "",
        "before": "туристически|застрахователен|таен",
        "after": "каза|беше",
        "identity": r"(?<!да )\b(говоря|разговарям|пиша|чатя) (ли )?(сега )?(с|със) (човек|истинск"
        r"|робот|бот|машина|жив)|\b(ти ли си|вие ли сте|ти си|вие сте|това) (човек|робот|бот"
        r"|истинск|машина)",
    },
    "ru": {
        "human": "человек|человеком|человека|живой человек|живым человеком|реальный человек"
        "|реальным человеком|настоящий человек|настоящим человеком|людьми",
        "role": "оператор|оператором|оператора|операторы|сотрудник|сотрудником|сотрудника"
        "|консультант"
        "|консультантом|консультанта|специалист|специалистом|специалиста|агент|агентом"
        "|менеджер|менеджером|представитель|представителем|поддержка живая|оператор*"
        "|сотрудник*|консультант*|специалист*|менеджер*|человек*",
        "weak": "кто нибудь|кем нибудь|кого нибудь|кто то|кем то|кого то|живым|коллега",
        "service": "служба поддержки|поддержка|поддержкой|службой поддержки|колл центр"
        "|горячая линия",
        "talk": "поговорить|говорить|пообщаться|общаться|соединить|соедините|соединиться"
        "|переключить|переключите|перевести|переведите|связаться|связь|позвать|позовите|написать"
        "|свяжите",
        "want": "хочу|хотел|хотела|бы|можно|могу|можете|нужен|нужна|нужно|дайте|дай|требую"
        "|прошу|предпочитаю|есть ли|пожалуйста",
        "glue": "с|со|меня|мне|на|к|ко|живым|живой|реальным|настоящим|сейчас|срочно|немедленно"
        "|пожалуйста|уже|вашим|вашему|другим|напрямую|нибудь|каким|какой|одним|наконец|блин",
        "filler": "пожалуйста|сейчас|срочно|немедленно|здравствуйте|привет|спасибо|ок|да|живой"
        "|живого|помощь|быстро|уже",
        "neg": "не|никогда|без|ни",
        "neg_local": "нет",
        "before": "туристический|страховой|секретный|тайный|недвижимости",
        "after": "сказал|сказала|был|была|недвижимости|ресурсы",
        "identity": r"\b(я )?(говорю|разговариваю|общаюсь|переписываюсь|пишу|беседую) (сейчас "
        r"|вообще )?(с|со) (человек|живым|реальным|настоящим|роботом|ботом|машиной|кем)|\b(ты|вы)"
        r" (человек|робот|бот|живой|настоящий|реальный|машина)",
    },
    "uk": {
        "human": "людина|людиною|людину|жива людина|живою людиною|реальна людина|реальною людиною"
        "|справжня людина|справжньою людиною|людьми",
        "role": "оператор|оператором|оператора|співробітник|співробітником|співробітника"
        "|консультант"
        "|консультантом|консультанта|фахівець|фахівцем|агент|агентом|менеджер|менеджером"
        "|представник|представником|працівник|працівником|оператор*|співробітник*"
        "|консультант*|фахів*|людин*|працівник*",
        "weak": "хтось|кимось|когось|колега",
        "service": "служба підтримки|підтримка|підтримкою|кол центр|гаряча лінія",
        "talk": "поговорити|говорити|розмовляти|поспілкуватися|спілкуватися|зєднати|зєднайте"
        "|зʼєднайте|переключити|переключіть|перевести|переведіть|звязатися|написати|покличте"
        "|єднайте|єднати|язатися|язати|язатись",
        "want": "хочу|хотів|хотіла|б|можна|можу|можете|потрібен|потрібна|потрібно|дайте|дай"
        "|вимагаю|прошу|волію|є",
        "glue": "з|із|зі|мене|мені|на|до|живою|живим|реальною|справжньою|зараз|терміново|негайно"
        "|будь ласка|вже|вашим|іншим|напряму|нарешті|якимось|одним",
        "filler": "будь ласка|зараз|терміново|негайно|вітаю|привіт|дякую|ок|так|жива|живу|допомога"
        "|швидко|живої",
        "neg": "не|ніколи|без|ні",
        "neg_local": "",
        "before": "туристичний|страховий|таємний",
        "after": "сказав|сказала|був|була",
        "identity": r"\b(я )?(розмовляю|говорю|спілкуюся|спілкуюсь|переписуюся|пишу) (зараз )?(з"
        r"|із|зі) (людиною|живою|реальною|справжньою|роботом|ботом|машиною|кимось)|\b(ти|ви)"
        r" (людина|робот|бот|жива|справжня|реальна|машина)",
    },
    "el": {
        "human": "ανθρωπος|ανθρωπο|πραγματικο ανθρωπο|αληθινο ανθρωπο|ατομο|πραγματικο ατομο",
        "role": "εκπροσωπο|εκπροσωπος|υπαλληλο|υπαλληλος|συνεργατη|συνεργατης|τηλεφωνητη|χειριστη"
        "|χειριστης|συμβουλο|συμβουλος|πρακτορα|εκπροσωπο εξυπηρετησης|operator|agent"
        "|εκπροσωπ*|υπαλληλ*",
        "weak": "καποιον|καποιος|καποιον αλλο|ειδικο|αρμοδιο|αρμοδιος",
        "service": "εξυπηρετηση πελατων|εξυπηρετηση|υποστηριξη|τηλεφωνικο κεντρο",
        "talk": "μιλησω|μιλαω|μιλαω|συνομιλησω|συνδεσετε|συνδεστε|συνδεσε|μεταφερετε|μεταφερε"
        "|προωθησετε|επικοινωνησω|γραψω|βαλτε|δωστε",
        "want": "θελω|θα ηθελα|μπορω|μπορειτε|χρειαζομαι|δωστε|δωσε|προτιμω|υπαρχει|ζηταω",
        "glue": "να|με|μου|σε|στον|στην|εναν|ενα|μια|εκπροσωπο|πραγματικο|αληθινο|ζωντανο|τωρα"
        "|αμεσως|παρακαλω|επιτελους|σας|αλλο|απευθειας|τον|την|το",
        "filler": "παρακαλω|τωρα|αμεσως|γεια|γεια σας|ευχαριστω|οκ|ναι|πραγματικο|βοηθεια|γρηγορα",
        "neg": "δεν|μη|μην|ποτε|χωρις",
        "neg_local": "οχι",
        "before": "ταξιδιωτικο|ασφαλιστικο|μυστικο",
        "after": "ειπε|ηταν",
        "identity": r"(?<!να )\b(μιλαω|συνομιλω|γραφω|μιλαμε) (τωρα )?(με|σε) (ανθρωπο|πραγματικ"
        r"|ρομποτ|μποτ|μηχανη|αληθιν|ζωντανο)|\b(εισαι|ειστε|ειναι) (ανθρωπος|ρομποτ|μποτ"
        r"|πραγματικ|αληθιν|μηχανη)",
    },
    "hu": {
        "human": "ember|emberrel|embert|elo ember|elo emberrel|valodi ember|valodi emberrel|szemely"
        "|szemellyel|hus ver ember|ember*|szemely*",
        "role": "ugyintezo|ugyintezovel|ugyintezot|ugyfelszolgalatos|munkatars|munkatarssal"
        "|munkatarsat|operator|operatorral|kollega|kollegaval|tanacsado|tanacsadoval|ugynok"
        "|ugynokkel|ugyfelszolgalati munkatars|diszpecser|ugyintez*|munkatars*|tanacsado*"
        "|operator*|ugynok*",
        "weak": "valaki|valakivel|valakit|mas|szakember|szakemberrel",
        "service": "ugyfelszolgalat|ugyfelszolgalattal|ugyfelszolgalatot|tamogatas|hotline"
        "|ugyfelszolgalat*",
        "talk": "beszelni|beszelhetek|beszelnek|beszeljek|kapcsolna|kapcsoljon|kapcsoljanak"
        "|atkapcsol"
        "|atkapcsolna|atiranyit|kapcsolatba|irni|chatelni|csetelni|kapcsolat|kapcsol*"
        "|atkapcsol*|beszel*",
        "want": "szeretnek|akarok|kerek|kerem|lehet|lehetne|tudna|tudnak|kell|kellene|adjon|adjanak"
        "|inkabb|van",
        "glue": "egy|egyik|a|az|val|vel|most|azonnal|kerem|vegre|mar|valodi|elo|sajat|masik"
        "|kozvetlenul|at|engem|nekem|hogy|gyorsan|egy",
        "filler": "kerem|kerlek|most|azonnal|szia|jo napot|koszonom|koszi|ok|igen|valodi|elo"
        "|segitseg|gyorsan|egy",
        "neg": "nem|soha|nelkul|ne|sem",
        "neg_local": "",
        "before": "ingatlan|utazasi|biztositasi|titkos",
        "after": "mondta|volt",
        "identity": r"\b(valodi |elo |igazi )?(emberrel|robottal|bottal|geppel"
        r"|szemellyel) (beszelek"
        r"|csetelek|irok|levelezek)\b|\b(ember|robot|bot|gep) (vagy|vagytok)\b",
    },
    "fi": {
        "rhetorical": "vaan|vain",
        "callback": "soittaa mulle|soittaa minulle|soittais|soittaisi|ottaa yhteytta"
        "|ottaisi yhteytta|olla yhteydessa|yhteydessa|soittaisko"
        "|olla muhun yhteydessa|olla minuun yhteydessa|ottaa muhun yhteytta|ottaa minuun yhteytta",
        "human": "ihminen|ihmisen|ihmiselle|ihmista|oikea ihminen|oikean ihmisen|oikealle ihmiselle"
        "|elava ihminen|henkilo|henkilon|henkilolle|ihmisasiakaspalvelija",
        "role": "asiakaspalvelija|asiakaspalvelijan|asiakaspalvelijalle|asiakaspalvelijaa"
        "|virkailija|virkailijan|virkailijalle|neuvoja|neuvojan|neuvojalle|tyontekija"
        "|tyontekijan|tyontekijalle|operaattori|operaattorin|agentti|agentin"
        "|asiantuntija|asiantuntijan|asiantuntijalle|edustaja|edustajan|edustajalle"
        "|esimies|esimiehen|asiakaspalvelija*|virkailija*|ihmise*|agent*|neuvoja*"
        "|tyontekija*|asiakaspalveluun|asiakastukeen",
        "weak": "joku|jonkun|jollekin|jonkin|kollega",
        "service": "asiakaspalvelu|asiakaspalvelun|asiakaspalvelusta|tuki|tukeen|asiakastuki"
        "|asiakaspalveluun|asiakastukeen|asiakaspalvelulta|tuelta",
        "talk": "puhua|puhumaan|jutella|juttelemaan|keskustella|keskustelemaan|yhdista|yhdistaa"
        "|yhdistakaa|siirra|siirtaa|siirtakaa|ohjaa|yhteys|yhteytta|yhteyteen"
        "|kirjoittaa|soittaa|tavoittaa|puhuu|juttelee|yhteyden|saada yhteys"
        "|saada yhteyden"
        "|saada kiinni|kiinni",
        "want": "haluan|haluaisin|voinko|voisinko|saanko|saisinko|voisitko|voitteko|tarvitsen"
        "|anna|antakaa|mieluummin|onko|vaadin|pyydan|haluun|haluisin|tarviin|tarvin"
        "|voisinks|voiks|voinks|saisinks|saanks|paasenko|paasisinko|voiko|ma haluun",
        "glue": "kanssa|jonkun|oikean|oikea|elavan|nyt|heti|kiitos|vihdoin|jo|teidan|toisen"
        "|suoraan|minut|minulle|mua|mulle|kiireesti|kiitos|ole|hyva|yhden|kaa|kans|ma"
        "|mut|saada|taalla|teilta",
        "filler": "kiitos|nyt|heti|moi|hei|terve|ok|joo|kylla|oikea|apua|nopeasti|please",
        "other": "joku muu|jonkun muun",
        "question": "miten|milloin|missa|mista|kuinka|mihin",
        "neg": "en|ei|emme|ette|eivat|ilman|koskaan",
        "neg_local": "",
        "before": "kiinteisto|matka|vakuutus|salainen",
        "after": "sanoi|oli",
        "identity": r"\b(puhunko|keskustelenko|juttelenko|kirjoitanko|viestitteleenko)\b|\b(oletko"
        r"|olette|onko tama) (ihminen|robotti|botti|oikea|kone|tekoaly)",
    },
    "et": {
        "human": "inimene|inimesega|inimest|paris inimene|paris inimesega|paris inimest"
        "|elav inimene|elava inimesega|isik|isikuga",
        "role": "klienditeenindaja|klienditeenindajaga|klienditeenindajat|teenindaja|teenindajaga"
        "|teenindajat|tootaja|tootajaga|tootajat|konsultant|konsultandiga|operaator"
        "|operaatoriga|agent|agendiga|spetsialist|spetsialistiga|nõustaja|noustajaga|esindaja"
        "|esindajaga|klienditeenindaja*|teenindaja*|tootaja*|operaatori*|inimes*|konsultan*",
        "weak": "keegi|kellegagi|kedagi|keegi teine|kolleeg",
        "service": "klienditeenindus|klienditeenindusega|klienditeenindusse|tugi|kasutajatugi",
        "talk": "raakida|rääkida|vestelda|suhelda|uhendage|uhenda|uhendust|suunake|suuna|kirjutada"
        "|helistada|edasi|ühendage|raakima|uhendada|rääkima|ühendada",
        "want": "tahan|tahaksin|soovin|sooviksin|saan|saaksin|kas saan|kas saaksin|vajan|andke|anna"
        "|eelistan|nouan|kas on|palun|pean|peaksin|saate",
        "glue": "paris|elava|elav|mind|mulle|nuud|kohe|palun|lopuks|juba|teie|teise|otse|kiiresti"
        "|uhe|ühe|ka|mingi|mingi",
        "filler": "palun|nuud|kohe|tere|tervist|aitah|ok|jah|paris|abi|kiiresti",
        "neg": "ei|mitte|ilma|kunagi",
        "neg_local": "",
        "before": "kinnisvara|reisi|kindlustus|salajane",
        "after": "utles|oli",
        "identity": r"\bkas (ma|mina) (raagin|vestlen|suhtlen|kirjutan)\b|\b(kas sa oled|kas te"
        r" olete|oled sa|olete te|kas see on) (inimene|robot|bot|paris|masin)",
    },
    "lv": {
        "human": "cilveks|cilveku|cilveka|ar cilveku|ists cilveks|istu cilveku|dzivs cilveks"
        "|dzivu cilveku|persona|personu",
        "role": "operators|operatoru|operatoram|konsultants|konsultantu|konsultantam|darbinieks"
        "|darbinieku|darbiniekam|specialists|specialistu|specialistam|agents|agentu|parstavis"
        "|parstavi|klientu apkalpotajs|menedzeris|operator*|darbiniek*|konsultant*"
        "|specialist*|cilvek*|agent*",
        "weak": "kads|kadu|kadam|kads cits|kolegis",
        "service": "klientu apkalposana|klientu atbalsts|atbalsts|atbalstu|klientu serviss"
        "|klientu atbalstu|klientu apkalposanu",
        "talk": "runat|parunat|sarunaties|sazinaties|savienot|savienojiet|parslegt|parsledziet"
        "|novirzit|rakstit|zvanit",
        "want": "gribu|gribetu|velos|veletos|varu|varetu|vai varu|vai es varu|vajag|vajadzigs"
        "|dodiet|dod|labak|prasu|ludzu|vai ir",
        "glue": "ar|istu|dzivu|mani|man|tagad|tulit|ludzu|beidzot|jau|jusu|citu|tiesi|atri"
        "|vienu|kadu"
        "|pie|uz",
        "filler": "ludzu|tagad|tulit|sveiki|cau|paldies|ok|ja|ists|dzivs|palidziba|atri",
        "neg": "ne|nav|negribu|nevajag|bez|nekad",
        "neg_local": "",
        "before": "nekustamo|celojumu|apdrosinasanas|slepenais",
        "after": "teica|bija",
        "identity": r"\b(vai )?(es )?(runaju|sarakstos|rakstu|sarunajos) (tagad )?ar (cilveku"
        r"|istu|robotu|botu|masinu|dzivu)|\b(vai )?(tu esi|jus esat) (cilveks|robots|bots|ists"
        r"|masina)",
    },
    "lt": {
        "human": "zmogus|zmogumi|zmogaus|zmogu|tikras zmogus|tikru zmogumi|gyvas zmogus"
        "|gyvu zmogumi|asmuo|asmeniu",
        "role": "operatorius|operatoriumi|operatoriaus|konsultantas|konsultantu|konsultanto"
        "|darbuotojas|darbuotoju|darbuotojo|specialistas|specialistu|agentas|agentu|atstovas"
        "|atstovu|vadybininkas|vadybininku|klientu aptarnavimo specialistu|operatori*"
        "|darbuotoj*|konsultant*|specialist*|zmog*|agent*",
        "weak": "kazkas|kazkuo|kazka|kas nors|kuo nors|kolega",
        "service": "klientu aptarnavimas|klientu aptarnavimu|aptarnavimas|aptarnavimo|pagalba"
        "|palaikymas",
        "talk": "kalbeti|pasikalbeti|pakalbeti|bendrauti|susisiekti|sujungti|sujunkite|perjungti"
        "|perjunkite|nukreipti|nukreipkite|rasyti|paskambinti|kalbetis",
        "want": "noriu|noreciau|norim|galiu|galeciau|ar galiu|ar galeciau|reikia|reikalingas"
        "|duokite|duok|geriau|reikalauju|prasau|ar yra",
        "glue": "su|tikru|gyvu|mane|man|dabar|tuoj|prasau|pagaliau|jau|jusu|kitu|tiesiogiai|greitai"
        "|vienu|kokiu|nors",
        "filler": "prasau|dabar|tuoj|labas|sveiki|aciu|ok|taip|tikras|gyvas|pagalba|greitai",
        "neg": "ne|nenoriu|nereikia|be|niekada|nebenoriu",
        "neg_local": "",
        "before": "nekilnojamojo|kelioniu|draudimo|slaptasis",
        "after": "sake|buvo",
        "identity": r"\b(ar )?(as )?(kalbu|bendrauju|susirasinėju|susirasineju|rasau) (dabar )?su"
        r" (zmogumi|tikru|robotu|botu|masina|gyvu)|\b(ar )?(tu esi|jus esate|esi) (zmogus|robotas"
        r"|botas|tikras|masina)",
    },
    "tr": {
        "human": "insan|insanla|insana|insanla|gercek insan|gercek bir insan|gercek bir insanla"
        "|canli biri|canli biriyle|kisi|kisiyle|gercek kisi|insan*",
        "role": "temsilci|temsilciyle|temsilciye|temsilcisi|temsilcisiyle|musteri temsilcisi"
        "|musteri temsilcisiyle|operator|operatorle|operatore|yetkili|yetkiliyle|yetkiliye"
        "|calisan|calisanla|danisman|danismanla|canli destek|canli temsilci|personel"
        "|personelle|temsilci*|operator*|yetkili*|calisan*",
        "weak": "biri|biriyle|birine|birisi|birisiyle|baska biri|baska biriyle|uzman|uzmanla",
        "service": "musteri hizmetleri|musteri hizmetleriyle|destek|destek ekibi|cagri merkezi",
        "talk": "konusmak|gorusmak|konusabilir|gorusebilir|konusayim|gorusmek|baglayin|bagla"
        "|baglar|baglayabilir|aktarin|aktar|yonlendirin|yonlendir|ulasmak|iletisime|yazismak"
        "|baglanmak|konusmam",
        "want": "istiyorum|isterim|istiyoruz|ister|miyim|mıyım|lazim|gerek|gerekiyor|verin|ver"
        "|rica|tercih|var mi|talep|lutfen",
        "glue": "bir|ile|bana|beni|lutfen|simdi|hemen|artik|gercek|canli|sizin|baska|direkt"
        "|dogrudan|acil|ya|da|bi",
        "filler": "lutfen|simdi|hemen|merhaba|selam|tesekkurler|tamam|evet|gercek|canli|yardim"
        "|acil|bir|bi",
        "neg": "degil|istemiyorum|gerek yok|istemem|hic|olmadan|asla",
        "neg_local": "yok|hayir",
        "before": "emlak|seyahat|sigorta|gizli",
        "after": "dedi|soyledi|idi",
        "identity": r"\b(mi|mı) (konusuyorum|yaziyorum|gorusuyorum|yazisiyorum)\b|\b(konusuyor"
        r"|yaziyor) (muyum|miyim)\b|\b(sen|siz) (insan|robot|bot|gercek)( misin| misiniz| mi)",
    },
}
