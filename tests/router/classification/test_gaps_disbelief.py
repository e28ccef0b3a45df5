"""Disbelief and anger that escalate (frustration >= ANGRY): "are you kidding me", "soll das
ein Witz sein", "skojar ni med mig", "ootteko tosissanne", "me tomas el pelo", "jullie maken
er een potje van", "zartujecie sobie", "estao a gozar comigo", and strong swearing ("joder",
"fodasse"), typed as customers do (no accents, lower case, typos)."""

from __future__ import annotations

import pytest

from router.classification.sentiment import ANGRY, detect_sentiment

ANGRY_MESSAGES: dict[str, list[str]] = {
    "en": [
        "are you kidding me?? i paid last week and you charge me a fee",
        "you've got to be kidding. three weeks and still no refund",
        "you lot are a joke, seriously",
        "what a joke. my parcel is lost again and nobody cares",
        "you cannot be serious, the payment went through twice",
        "youre having a laugh, i already paid that invoice",
        "is this some kind of joke? my account is blocked for no reason",
        "u gotta be kidding me, another reminder fee",
        "are u taking the piss? i cancelled that order weeks ago",
    ],
    "de": [
        "soll das ein Witz sein? ich hab doch schon bezahlt",
        "wollt ihr mich verarschen? schon wieder ne Mahnung",
        "Das ist doch nicht euer Ernst! drei Wochen und kein Geld zurueck",
        "ihr seid echt ein witz, keiner antwortet hier",
        "willst du mich verarschen, das war schon die dritte abbuchung",
        "ist das euer ernst?? mahngebuehr obwohl ich gezahlt hab",
        "sag mal gehts noch? doppelt abgebucht",
        "das kann doch nicht euer ernst sein, paket wieder nicht da",
    ],
    "sv": [
        "skojar ni med mig? jag har redan betalat",
        "ni maste skamta, tre veckor och inga pengar tillbaka",
        "ar det ett skamt eller? fakturan ar fel igen",
        "ni ar ett skamt hela foretaget",
        "driver ni med mig? dubbel dragning igen",
        "fan i helvete, appen funkar inte igen",
        "ar ni inte kloka? avgift fast jag betalade i tid",
        "menar ni allvar? paketet har inte kommit pa tre veckor",
    ],
    "da": [
        "I er til grin, jeg har betalt for lang tid siden",
        "er det en joke? jeg har faet en rykker igen",
        "laver I sjov med mig? pengene er trukket to gange",
        "tager I pis pa mig? stadig ingen refusion",
        "I er en vittighed, ingen svarer",
        "er I helt gale? gebyr selvom jeg har betalt",
        "i er jo til grin, tre uger uden svar",
        "det mener I ikke seriost? pakken er vaek igen",
    ],
    "no": [
        "tuller dere med meg? jeg har allerede betalt",
        "tuller dere? tre uker uten refusjon",
        "dere er jo en vits, ingen svarer",
        "er dette en spok? gebyr selv om jeg betalte i tide",
        "dere kan ikke vaere seriose, trukket to ganger",
        "faen i helvete, appen krasjer igjen",
        "driver dere gjon med meg? purring igjen",
        "mener dere alvor? pakken er borte igjen",
    ],
    "fi": [
        "ootteko tosissanne? maksoin jo viime viikolla",
        "oletteko tosissanne, taas muistutusmaksu",
        "onks taa joku vitsi? rahat on veloitettu kahdesti",
        "te ootte ihan vitsi, kukaan ei vastaa",
        "pilailetteko mun kanssa? kolme viikkoa ilman palautusta",
        "ette voi olla tosissanne, lasku on vaarin taas",
        "ootko tosissas? tilaus on taas kadonnut",
        "ei helvetti, sovellus kaatuu taas",
    ],
    "fr": [
        "vous vous moquez de moi? j'ai deja paye",
        "c'est une blague?? toujours pas rembourse",
        "vous etes serieux la? des frais alors que j'ai paye a temps",
        "c'est quoi cette blague, mon compte est bloque",
        "vous etes une blague, personne ne repond",
        "non mais vous rigolez? deux prelevements",
        "vous me prenez pour un con, ca fait trois semaines",
        "tu te moques de moi? le colis est encore perdu",
    ],
    "es": [
        "me estas vacilando? ya pague la factura",
        "me tomas el pelo? tres semanas sin el reembolso",
        "estais de broma no? otra vez me cobrais dos veces",
        "no me jodas, otra comision?",
        "joder, la app no funciona otra vez",
        "esto es de cona, nadie me responde",
        "os estais riendo de mi? ya lo pague",
        "me estais vacilando con lo del pedido, llevo un mes esperando",
    ],
    "it": [
        "mi prendete in giro? ho gia pagato",
        "mi state prendendo in giro? tre settimane senza rimborso",
        "ma state scherzando? addebito doppio di nuovo",
        "mi prendi in giro? la fattura e sbagliata ancora",
        "siete una barzelletta, nessuno risponde",
        "ma siete seri? commissione anche se ho pagato in tempo",
        "ma che scherzi sono questi, il conto e bloccato",
        "porca puttana, il pacco non arriva mai",
    ],
    "nl": [
        "jullie maken er een potje van, drie weken geen geld terug",
        "is dit een grap? ik heb al betaald",
        "jullie zijn een grap, niemand reageert",
        "neem je me in de maling? alweer een aanmaning",
        "meen je dit nou? dubbel afgeschreven",
        "houden jullie me voor de gek? ik heb op tijd betaald",
        "wat een grap dit bedrijf, pakket weer kwijt",
        "jullie nemen me in de zeik met die kosten",
    ],
    "pl": [
        "zartujecie sobie? juz zaplacilem",
        "jaja sobie robicie? trzy tygodnie bez zwrotu",
        "czy wy sobie kpicie? znowu oplata",
        "chyba sobie ze mnie zartujecie, podwojne obciazenie",
        "robicie mnie w konia? zaplacilam na czas",
        "pogielo was? oplata za nic",
        "kurwa mac, znowu nie dziala aplikacja",
        "zartujesz sobie ze mnie? paczki dalej nie ma",
    ],
    "pt": [
        "estao a gozar comigo? ja paguei",
        "voces estao de brincadeira? tres semanas sem reembolso",
        "so pode ser piada, cobraram duas vezes",
        "caralho, a app nao funciona outra vez",
        "estao a brincar comigo? taxa de atraso mesmo pagando a tempo",
        "voces sao uma piada, ninguem responde",
        "fodasse, outra vez o mesmo erro",
        "ta de brincadeira comigo? meu pedido sumiu de novo",
    ],
}

# Calm uses of the same words: not escalated.
CALM: dict[str, list[str]] = {
    "en": [
        "haha no kidding, thanks for the quick help",
        "tell me a joke",
        "you're kidding, it worked! thanks a lot",
    ],
    "de": ["kein witz, das hat super geklappt, danke", "ist das ernst gemeint mit der frist?"],
    "sv": ["jag skojar bara, tack for hjalpen"],
    "fr": ["je plaisante, merci beaucoup", "vous rigolez, c'est deja arrive? super merci"],
    "es": ["es broma, gracias por todo", "no me jodas, ya funciona! muchas gracias"],
    "it": ["scherzo, grazie mille"],
    "nl": ["grapje hoor, bedankt"],
    "pt": ["estou a brincar, obrigado"],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in table.items() for text in texts]


def test_eight_per_language() -> None:
    assert len(ANGRY_MESSAGES) == 12
    assert all(len(texts) >= 8 for texts in ANGRY_MESSAGES.values())


@pytest.mark.parametrize(("language", "text"), _cases(ANGRY_MESSAGES))
def test_disbelief_escalates(language: str, text: str) -> None:
    assert detect_sentiment(text, language).frustration >= ANGRY, (language, text)


@pytest.mark.parametrize(("language", "text"), _cases(CALM))
def test_calm_jokes_do_not_escalate(language: str, text: str) -> None:
    assert detect_sentiment(text, language).frustration < ANGRY, (language, text)
