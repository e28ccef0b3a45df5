"""Language of a short chat message, for the 35 languages Relaydesk serves.

Scripts used by one language decide at once (Hangul, kana, Hebrew, Greek, Devanagari, Arabic).
Cyrillic text goes to py3langid's naive-Bayes byte n-gram model (shipped inside the wheel),
restricted to the supported Cyrillic languages.

Latin text, where most messages are a few words long, adds three things to the model's
(restricted) probabilities, as log-linear scores:

* word lists per language: greetings, thanks, yes/no words, function words and the customer
  service words of chat messages, also without their accents ("ruckerstattung") - a word used
  by one language only is strong evidence, one shared by several lifts them all a little;
* a small prior for the twelve languages the bot serves, over the other Latin ones;
* the conversation's language (``hint``): a short or unsure message keeps it, a message that
  is clearly in another language (its words, or a long enough text) switches.

Words every language borrows from English ("ok", "agent", "refund") tell nothing when a hint is
given, and mean English only without one.
"""

from __future__ import annotations

import copy
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    (  # noqa: SIM905
        "en de sv fr es it nl da no fi pl pt cs sk hu ro bg el hr sl et lv lt ga mt is tr ru uk"
        " ar he ja zh ko hi"
    ).split()
)
# The languages the bot talks in; the other supported ones get system notices only.
SERVED_LANGUAGES: frozenset[str] = frozenset(
    {"en", "de", "sv", "da", "no", "fi", "fr", "es", "it", "nl", "pl", "pt"}
)
UNDETERMINED = "und"
_CYRILLIC = frozenset({"ru", "uk", "bg"})
_LATIN = SUPPORTED_LANGUAGES - _CYRILLIC - {"el", "ar", "he", "ja", "zh", "ko", "hi"}
# Model labels folded into a supported language (Nynorsk is Norwegian).
_MODEL_ALIASES = {"nn": "no"}
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "zh-hans": "zh", "zh-hant": "zh"}
# A hint wins when the text has fewer letters than this or the model is less sure than this.
_SHORT_LETTERS = 12
_SURE = 0.6
_MAX_CHARS = 300  # the first few sentences tell the language; keeps long pastes cheap
_URLS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[@#]\w+")

# Log-linear weights for Latin text (natural-log units, added to the model's log probability).
_WORD_WEIGHT = 2.2  # per listed word of a language (half for words marked "~")
_SERVED_PRIOR = 1.0  # the twelve served languages over the other Latin ones
_HINT_PRIOR = 1.2  # the conversation's language
_BORROWED_WEIGHT = 1.0  # an English loanword, for English, when no hint is given
_MODEL_FLOOR = 0.3  # the model's weight (in log space) on a message without letters ...
_MODEL_FULL_LETTERS = 30  # ... growing to full weight at this many letters
_MAX_WORDS = 40  # words looked up; the model reads the rest
_MODEL_TOP = 8  # the model's best languages scored besides those with listed words

# Words per language, space-separated; "~" marks a word the language shares but uses less
# (half weight). Each word is also looked up without its accents ("ruckerstattung", "nar").
# Elisions keep their apostrophe ("l'", "j'", "dov'"); "don'" is "don't" cut at the quote.
_WORDS: dict[str, str] = {
    "en": (
        "the an is are was were am be been my your our his their you me we they it this that"
        " these what where when why how who which can could would will should want need help"
        " please pls plz thanks thank thx ty hi hello hey bye goodbye yes yeah yep nope not"
        " don' doesn' didn' isn' can' won' hasn' haven' wasn' i' it' that' what' there' cant dont"
        " wont im still never got get have has had do does did money charged twice delivery"
        " delivered shipping package parcel cancel subscription human talk speak of for and or"
        " but from with wrong item work works working there anyone someone great good morning"
        " afternoon evening u ur yet arrived back status check change address declined failed"
        " keeps long take opening hours just already again received sure thank-you lol"
        " to~ a~ her~ no~ i~"
    ),
    "de": (
        "und ich du sie wir ihr er es ist bin bist sind war wurde wurden habe hast hat haben"
        " nicht kein keine keinen mein meine meinen meinem meiner mich mir dich dir wo wie was"
        " warum wann wer welche welcher bitte danke dank vielen schön schoen hallo tschüss"
        " tschüs moin servus grüß gruss guten morgen abend ja nein doch alles klar gut geht"
        " noch immer schon auch aber oder mit für von zu zum zur bei auf aus nach über mal"
        " jetzt heute kann kannst können möchte will wollen brauche hilfe bestellung paket"
        " lieferung rückerstattung rueckerstattung geld zurück zurueck karte zahlung konto"
        " passwort kündigen stornieren abo rechnung versand artikel falsch falscher"
        " mitarbeiter mensch menschen jemand das der dem den ein eine einen einem einer"
        " funktioniert frechheit angekommen bekommen abgelehnt belastet doppelt sprechen"
        " bleibt lange dauert geliefert ändern fehlgeschlagen antwort keine bestätigung"
        " wieso weshalb gerne genau okay~ tag~ die~ da~ super~"
    ),
    "sv": (
        "jag du han hon vi ni de det den är var varför när hur vad vem vilken min mitt mina"
        " din ditt dina inte ingen inget någon något några och eller men att för från till"
        " med på av om också bara kan kunna vill ska skulle måste har hade fått får fick tack"
        " hej hejdå hallå tjena tjenare morgon kväll ja nej okej jo precis toppen bra"
        " beställning beställningen paket paketet leverans återbetalning återbetalningen"
        " pengar pengarna kort kortet betalning betalningen konto kontot lösenord avbryta"
        " avbryt säga upp abonnemang abonnemanget faktura frakt frakten vara varan fel hjälp"
        " hjälpa hjälpen prata människa där här fortfarande tillbaka väntar fungerar funkar"
        " kommit nekades förlåt ursäkta menar mig dig sig redan än ännu igen behöver gör"
        " göra kostar länken storlek levererad debiterats gånger försvunnit återställer"
        " kraschar hela tiden robot~ god~ dag~ okay~ super~ ha~ det~ tusen~"
    ),
    "da": (
        "jeg du han hun vi i~ de det den er var hvorfor hvornår når~ hvordan hvad hvem hvilken"
        " min mit mine din dit dine ikke ingen intet nogen noget nogle og eller men at for fra"
        " til med på af om også kun bare kan kunne vil skal skulle må~ har havde fået faaet"
        " får fik tak tusind mange hej~ hejsa goddag godmorgen godaften farvel hav ja nej"
        " okay jo præcis super godt fint bestilling ordre ordren pakke pakken levering"
        " leveringen tilbagebetaling penge pengene kort kortet betaling betalingen konto"
        " kontoen adgangskode annullere annuller opsige abonnement abonnementet faktura fragt"
        " fragten vare varen forkert hjælp hjælpe hjælpen tale menneske der her stadig"
        " tilbage venter virker fungerer kommet blevet blev bliver afvist undskyld mener mig"
        " dig sig endnu igen brug gerne rigtig gør gøre så sådan trukket gange leveret"
        " linket størrelse returnerer nulstiller opsige tager lang tid væk endelig"
        " dag~ god~ morgen~ hallo~ robot~"
    ),
    "no": (
        "jeg du han hun vi dere de det den er var hvorfor når hvordan hva hvem hvilken min"
        " mitt mine mi din ditt dine ikke ingen ikkje noen noe noko og eller men å at~ for"
        " fra til med på av om også bare kan kunne vil skal skulle må har hadde fått får"
        " fikk takk tusen mange hei~ heisann hallo~ morgen dag kveld hadet ja nei greit"
        " supert bra fint bestilling bestillingen ordre ordren pakke pakken levering"
        " leveringen refusjon refusjonen penger pengene kort kortet betaling betalingen konto"
        " kontoen passord passordet kansellere kanseller avbestille si opp abonnement"
        " abonnementet faktura frakt frakten vare varen feil hjelp hjelpe hjelpen snakke"
        " menneske der her fortsatt tilbake venter fungerer funker kommet blitt ble blir"
        " avvist unnskyld mener meg deg seg ennå enda enna igjen trenger gjerne ekte gjør"
        " gjøre skjer lenken størrelse krasjer belastet ganger tilbakestiller tar lang tid"
        " borte farvel~ virker~ god~ ha~ robot~ okei~"
    ),
    "fi": (
        "kiitos kiitti kiitoksia moi moikka terve huomenta päivää hyvää iltaa kyllä joo juu"
        " ei en et ole olen oletko onko on missä mikä mitä miksi milloin miten kuka kauanko"
        " paljonko minä mä mun minun sinä sä sun te me se ja tai mutta että kanssa vielä"
        " vieläkin jo nyt heti apua avusta auttaa voitko voinko voiko haluan tarvitsen"
        " tilaus tilaukseni tilauksen paketti pakettini toimitus toimitusosoitteen palautus"
        " palautukseni rahat rahani takaisin kortti korttini maksu tili tilini salasana"
        " salasanani peruuttaa peruuta selvä okei anteeksi tarkoitat toimi toimii linkki"
        " väärä väärän tuote tuotteen saanut sain koko ajan siellä ketään puhua ihmisen"
        " vahvistusta robotti hylättiin kestää maksaa odotan tullut kadonnut epäonnistui"
        " hei~"
    ),
    "fr": (
        "je tu~ il elle on non nous vous ils elles mon ma mes ton ta tes votre vos notre est es~"
        " suis sont ai as avez ont été être pas ne n' rien plus où ou~ quand comment pourquoi"
        " qui quoi quel quelle combien le la~ les un~ une des du de~ au aux et mais donc avec"
        " pour sans sur dans par ce cet cette ça c' j' d' l' qu' m' s' t' merci bonjour"
        " bonsoir salut coucou revoir oui ouais accord svp stp slt pb mdr bcp jsp commande"
        " colis livraison remboursement rembourse remboursé argent carte paiement compte mot"
        " passe résilier annuler annulez abonnement facture retour aide aider besoin parler"
        " humain conseiller quelqu' toujours encore attente marche fonctionne reçu mauvais"
        " mauvaise taille lien perdu veux voudrais peux pouvez vais y~ répéter débité fois"
        " échoué refusée réinitialiser plante appli temps super~ robot~"
    ),
    "es": (
        "yo tú tu~ él ella usted nosotros mi mis su sus es~ está estoy están soy eres fue ha~"
        " he~ han nada más dónde donde cuándo cuando cómo como~ por qué porque quién cuál"
        " cuánto cuanto el los las un~ una~ unos y o~ pero con para sin en~ del al que~ hola"
        " buenos buenas días tardes noches gracias muchas sí vale venga adiós chao acuerdo"
        " porfa porfavor favor~ xq q pq tb pedido paquete envío entrega reembolso dinero"
        " tarjeta pago cuenta contraseña cancelar~ suscripción factura devolución ayuda"
        " ayudar necesito quiero puedo puedes hablar persona~ alguien todavía sigo esperando"
        " funciona recibí llegó equivocado equivocada talla enlace correo tengo problema hay"
        " ahí vuelta tal~ cobraron veces perdió rechazada cierra rato contestan tarda cuesta"
        " cambio cambiar hago me~ la~ de~ no~ robot~"
    ),
    "pt": (
        "eu você vc tu~ ele ela nós meu minha meus minhas seu sua o~ a~ os~ as~ um uma~ uns e~"
        " ou~ mas com para~ sem em~ no~ na~ nos nas do da~ dos das ao à não nao sim onde quando"
        " como~ porque porquê quem qual quanto está esta~ estou é foi sou tem tenho têm olá"
        " oi bom boa dia tarde~ noite obrigado obrigada muito valeu blz tchau adeus tudo bem"
        " favor~ encomenda pedido~ pacote envio entrega reembolso dinheiro cartão pagamento"
        " conta senha cancelar~ assinatura fatura devolução ajuda ajudar preciso quero posso"
        " pode falar pessoa alguém ainda espera esperando funciona recebi chegou errado"
        " errada tamanho desculpe desculpa aí cadê frete recusado cobrado vezes demora custa"
        " perdeu redefino aplicativo fecha sozinho toda hora mudar endereço de~ que~ robô"
    ),
    "it": (
        "io tu~ lui lei noi voi mio mia miei mie il lo la~ gli le~ un~ uno una~ e~ è ed o~ ma"
        " con per senza in~ nel nella del della al alla di da~ che non sì si~ no~ dove dov'"
        " quando come~ perché perche chi quale quanto sono sei ho hai ha~ abbiamo avete"
        " hanno stato stata ciao buongiorno buonasera salve grazie mille prego arrivederci"
        " va bene certo ordine pacco spedizione consegna rimborso soldi carta~ pagamento"
        " conto annullare annullate disdire abbonamento fattura reso aiuto aiutare bisogno"
        " voglio rivoglio posso puoi parlare persona~ qualcuno ancora aspettando funziona"
        " ricevuto arrivato arrivata sbagliato sbagliata taglia scusa scusi cmq xké xche c'"
        " l' mi~ ci~ ai~ perfetto costa faccio volte addebitato blocca continuo reimposto"
        " rifiutata andato buon fine conferma indirizzo cambiare vuole robot~ prima~"
    ),
    "nl": (
        "ik jij je u~ hij zij we wij jullie mijn mij me~ jouw uw het de~ een is~ ben zijn was~"
        " heb hebt heeft niet geen wel waar wanneer hoe wat waarom wie welke en~ of maar met"
        " voor van naar op in~ bij uit om~ dat die~ dit deze hallo~ hoi goedemorgen"
        " goedemiddag goedenavond doei dank bedankt graag ja~ nee oké prima~ top~ bestelling"
        " pakket levering verzending terugbetaling geld terug kaart betaling wachtwoord"
        " opzeggen annuleren annuleer abonnement factuur retour hulp helpen nodig wil kan~"
        " kun kunt praten mens iemand nog steeds wachten werkt krijg gekregen ontvangen"
        " verkeerd verkeerde maat mislukt geweigerd kwijt aub ff alsjeblieft alstublieft"
        " medewerker daar blijft bedoel afgeschreven keer aangekomen stuur iets kost duurt"
        " wijzigen bezorgadres crasht robot~ super~ dag~"
    ),
    "pl": (
        "ja~ ty on~ ona my~ wy mój moja moje moj moi jest są jestem jesteś był była nie tak~"
        " gdzie kiedy jak dlaczego czemu kto co~ który ile i~ a~ ale lub albo z~ ze w~ we~ na~"
        " do~ od dla bez po~ za o~ się to~ ten ta~ dzień dzien dobry cześć czesc hej~ dzięki"
        " dziękuję bardzo proszę poproszę witam siema pozdrawiam zamówienie paczka"
        " paczki przesyłka wysyłka dostawa zwrot pieniądze karta~ płatność konto hasło"
        " anulować rezygnacja faktura pomoc pomóc pomocy potrzebuję chcę mogę możesz"
        " rozmawiać człowiek człowiekiem ktoś nadal wciąż czekam działa dostałem dostałam"
        " zły rozmiar przepraszam mi~ mnie robotem zwrotu pieniędzy dostanę kosztuje trwa"
        " zrobić zmienić adres~ konsultantem kontakt~ odzyskać odrzucona została"
    ),
    # The other Latin-script languages: their common words, so that a word these share with
    # a served language ("moje", "za", "karta") is not taken as that language's alone, and
    # their thanks and greetings, which the model alone gets wrong when they stand alone.
    "cs": (
        "já ty je jsem jsi jsou byl byla bylo moje můj moji tvoje není ne ano kde kdy jak proč"
        " co kdo za pomoc pomoct děkuji díky prosím dobrý den ahoj karta objednávka peníze"
        " vrácení zrušit chci potřebuji mám máte se na v ve z do od pro s a~ i~ ale nebo"
    ),
    "sk": (
        "ja~ ty je som si sú bol bola moja môj moje nie áno kde kedy ako prečo čo kto za pomoc"
        " ďakujem dakujem prosím dobrý deň ahoj karta objednávka peniaze vrátenie zrušiť"
        " chcem potrebujem mám sa na v vo z do od pre s a~ aj ale alebo"
    ),
    "hr": (
        "ja~ ti je sam si su bio bila moj moja moje ne da~ gdje kada kako zašto što tko za"
        " pomoć hvala molim dobar dan bok kartica narudžba novac povrat otkazati želim"
        " trebam imam se na u iz do od s i~ ali ili"
    ),
    "sl": (
        "jaz ti je sem si so bil bila moj moja moje ne ja~ kje kdaj kako zakaj kaj kdo za"
        " pomoč hvala~ prosim dober dan živjo kartica naročilo denar vračilo preklicati"
        " želim potrebujem imam se na v iz do od s in ali"
    ),
    "ro": (
        "eu tu~ este sunt nu da~ unde când cum de~ ce cine mea meu mele pentru cu la în din"
        " și sau dar mulțumesc multumesc vă rog bună buna ziua salut~ card comanda banii"
        " rambursarea vreau să anulez"
    ),
    "hu": (
        "én te az egy és vagy de~ nem igen hol mikor hogyan miért mi~ ki köszönöm köszi szia"
        " jó napot kérem kártya rendelés pénz visszatérítés szeretném van volt"
    ),
    "et": (
        "mina sa on~ ei~ jah kus millal kuidas miks mis kes minu ja~ või aga aitäh tere"
        " palun kaart tellimus raha tagasimakse soovin"
    ),
    "lv": (
        "es~ tu~ ir nav jā kur kad kā kāpēc kas mana mans un vai bet paldies labdien sveiki"
        " lūdzu karte pasūtījums nauda atmaksa par"
    ),
    "lt": (
        "aš tu~ yra nėra taip kur kada kaip kodėl kas mano ir ar bet ačiū labas laba diena"
        " prašau kortelė užsakymas pinigai grąžinimas už buvo"
    ),
    "is": (
        "ég þú er~ ekki já nei~ hvar hvenær hvernig af~ hverju hvað mín minn mitt~ og~ eða en~"
        " takk~ fyrir halló góðan daginn kort~ pöntun peningar endurgreiðsla var~"
    ),
    "tr": (
        "ben sen bir ve veya ama değil evet hayır nerede ne zaman nasıl neden kim benim"
        " teşekkürler teşekkür ederim merhaba tamam lütfen kart sipariş para iade istiyorum"
    ),
    "ga": "go raibh maith agat dia duit tá níl sea cá bhfuil mo~ do~ agus nó ach an~ na~ le~ ar~",
    "mt": (
        "grazzi bonġu jiena int hu~ hi~ huwa mhux iva le~ fejn meta kif għaliex tiegħi u~"
        " jew imma tal karta~ ordni flus"
    ),
}
# Words of English every language borrows in chat: no sign of English when there is a hint.
_BORROWED = frozenset(
    (  # noqa: SIM905
        "ok okay okey oke agent app bot robot link email mail super top sorry refund tracking"
        " account online support chat login password hello hi thanks human order"
    ).split()
)
# Two-word cues a single word cannot give: ("tu", "es") is French, Spanish says "tú eres".
_PAIRS: dict[tuple[str, str], str] = {
    ("tu", "es"): "fr",
    ("wo", "ist"): "de",
    ("med", "å"): "no",
    ("med", "at"): "da",
    ("hej", "med"): "da",
    ("hav", "det"): "da",
    ("god", "morgon"): "sv",
    ("que", "tal"): "es",
    ("por", "favor"): "es",
    ("dank", "je"): "nl",
}
# Norwegian puts "min" after a definite noun ("pakken min"); Danish and Swedish before it.
_POSSESSIVES = frozenset({"min", "mitt", "mi", "mine", "din", "ditt", "dine"})
_DEFINITE = re.compile(r"\w{3,}(?:en|et|ene|a)$")
_NOT_DEFINITE = frozenset({"kommet", "blevet", "faaet", "leveret", "sendt", "hvorfor", "men"})


def _strip_accents(word: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char)
    )


def _build_lexicon() -> dict[str, dict[str, float]]:
    lexicon: dict[str, dict[str, float]] = {}
    for language, words in _WORDS.items():
        for entry in words.split():
            weight = 0.5 if entry.endswith("~") else 1.0
            word = entry.rstrip("~")
            # Written without accents a word may be another one: half weight.
            forms = {word: weight, _strip_accents(word): weight / 2}
            if language == "de":  # German written without umlauts: "ue" as well as "u"
                forms[word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")] = weight / 2
            forms[word] = weight
            for form, form_weight in forms.items():
                weights = lexicon.setdefault(form, {})
                weights[language] = max(weights.get(language, 0.0), form_weight)
    return lexicon


_LEXICON = _build_lexicon()
# A word: letters, or an elision ending in its apostrophe; not part of a code ("DE1234").
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:'|(?!\w))")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str
    confidence: float


@lru_cache(maxsize=1)
def _base_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=2)
def _identifier(script: str) -> Any:
    """py3langid restricted to one script's languages; the model file is read once (~0.6 s)."""
    identifier = copy.copy(_base_identifier())
    languages = _CYRILLIC if script == "cyrillic" else _LATIN | set(_MODEL_ALIASES)
    identifier.set_languages(sorted(languages))
    return identifier


def load_model() -> None:
    """Load the n-gram model now (worker start-up) instead of on the first message."""
    _identifier("latin")
    _identifier("cyrillic")


_SCRIPTS = (
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
    ("cyrillic", re.compile(r"[\u0400-\u052f]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("ja", re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")),
    ("han", re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
)
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _script_counts(text: str) -> dict[str, int]:
    if text.isascii():
        letters = len(_ASCII_LETTER.findall(text))
        return {"latin": letters} if letters else {}
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    return {name: count for name, count in counts.items() if count}


def _normalise_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-")
    code = _ALIASES.get(code, code.split("-")[0])
    code = _ALIASES.get(code, code)
    return code if code in SUPPORTED_LANGUAGES else None


def _word_scores(text: str, hinted: str | None) -> tuple[dict[str, float], set[str]]:
    """Listed words per language (weighted counts) in ``text``, and the languages that have a
    word (or cue) in it the hinted language does not list."""
    words = _WORD.findall(text.lower().replace("’", "'"))[:_MAX_WORDS]
    scores: dict[str, float] = {}
    beyond_hint: set[str] = set()
    borrowed = 0
    previous = ""
    for word in words:
        if word.rstrip("'") in _BORROWED:
            borrowed += 1
        else:
            weights = _LEXICON.get(word) or _LEXICON.get(word.rstrip("'"))
            if weights:
                for language, weight in weights.items():
                    scores[language] = scores.get(language, 0.0) + weight
                if hinted not in weights:
                    beyond_hint.update(weights)
        cues = [_PAIRS.get((previous, word))]
        if word in _POSSESSIVES and _DEFINITE.match(previous) and previous not in _NOT_DEFINITE:
            cues.append("no")
        for cue in cues:
            if cue:
                scores[cue] = scores.get(cue, 0.0) + 1.0
                if cue != hinted:
                    beyond_hint.add(cue)
        previous = word
    if borrowed and hinted is None and not scores:
        scores["en"] = _BORROWED_WEIGHT * borrowed / _WORD_WEIGHT
    return scores, beyond_hint


def _latin(text: str, letters: int, hinted: str | None) -> LanguageGuess:
    ranked = _identifier("latin").rank(text)
    words, beyond_hint = _word_scores(text, hinted)
    model = dict(ranked)
    for label, code in _MODEL_ALIASES.items():
        model[code] = model.get(code, 0.0) + model.pop(label, 0.0)
    # Scored: the model's best few, the languages with words in the text, the hinted one; the
    # rest trail the model's best few and have no word to lift them.
    candidates = {_MODEL_ALIASES.get(label, label) for label, _ in ranked[:_MODEL_TOP]}
    candidates.update(words)
    if hinted in model:
        candidates.add(hinted)
    probabilities = {code: model[code] for code in candidates}
    # The n-gram model has little to go on in a word or two: it counts fully from ~4 words.
    model_weight = min(1.0, _MODEL_FLOOR + letters / _MODEL_FULL_LETTERS)
    log, weight, prior = math.log, _WORD_WEIGHT, _SERVED_PRIOR
    scores = {
        code: model_weight * log(probability + 1e-9)
        + weight * words.get(code, 0.0)
        + (prior if code in SERVED_LANGUAGES else 0.0)
        for code, probability in probabilities.items()
    }
    if hinted in scores:
        scores[hinted] += _HINT_PRIOR
    best = max(scores, key=scores.__getitem__)
    top = scores[best]
    total = sum(math.exp(score - top) for score in scores.values())
    if hinted is not None and hinted in scores and best != hinted:
        # A short message leaves the conversation's language only for a word of its own
        # language that the hinted one lacks; a longer one also when the model is sure.
        own_word = best in beyond_hint and words.get(best, 0.0) > words.get(hinted, 0.0)
        sure_model = letters >= _SHORT_LETTERS and probabilities[best] >= _SURE
        if not (own_word or sure_model):
            hint_p = math.exp(scores[hinted] - top) / total
            return LanguageGuess(hinted, round(max(hint_p, 0.5), 3))
    return LanguageGuess(best, round(1.0 / total, 3))


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Best supported language for ``text``; ``hint`` (the conversation's language) settles
    texts too short or too ambiguous to tell. ``code`` is "und" when nothing can be told."""
    hinted = _normalise_hint(hint)
    cleaned = _URLS.sub(" ", text[:_MAX_CHARS])
    counts = _script_counts(cleaned)
    if not counts:
        return LanguageGuess(hinted or UNDETERMINED, 0.5 if hinted else 0.0)
    letters = sum(counts.values())
    script = max(counts, key=lambda name: counts[name])
    if script == "han":  # Han with any kana is Japanese; Han alone is Chinese
        script = "ja" if counts.get("ja") else "zh"
        if hinted == "ja" and not counts.get("ja"):
            script = "ja"
    if script in SUPPORTED_LANGUAGES:
        return LanguageGuess(script, round(0.99 * counts.get(script, letters) / letters, 3) or 0.9)
    if script != "cyrillic":
        return _latin(cleaned, letters, hinted)
    best, confidence = _identifier(script).classify(cleaned)
    if hinted in _CYRILLIC and hinted != best and (letters < _SHORT_LETTERS or confidence < _SURE):
        ranked = _identifier(script).rank(cleaned)
        hint_p = float(next((p for lang, p in ranked if lang == hinted), 0.0))
        return LanguageGuess(hinted, round(max(hint_p, 0.5), 3))
    return LanguageGuess(str(best), round(float(confidence), 3))
