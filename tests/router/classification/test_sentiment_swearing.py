"""Swearing in twelve languages: strong expletives ("perkele", "kurwa", "foda-se", "me cago en")
and swearing aimed at the company, its service or the customer's money ("vaya mierda de
servicio", "where the hell is my money", "questa app del cazzo") reach the escalation bar
(0.7); a mild curse at oneself ("shit, I forgot my PIN") stays below it."""

from __future__ import annotations

import pytest

from router.classification.sentiment import ANGRY, FRUSTRATED, detect_sentiment

SWEARING: dict[str, list[str]] = {
    "en": [
        "are you fucking kidding me",
        "where the hell is my money",
        "this fucking app never works",
        "why the fuck was I charged twice",
        "what the hell is wrong with you people",
        "your shitty app crashed again",
        "this is bullshit",
        "give me my damn refund",
        "I want my fucking money back",
        "what a load of crap",
        "fuck this company",
        "this damn bot keeps asking the same thing",
    ],
    "de": [
        "ihr könnt mich mal",
        "Sie können mich mal",
        "was für eine Scheiß App",
        "wo ist mein verdammtes Geld",
        "diese scheiß Firma bucht schon wieder ab",
        "verdammte Scheiße, schon wieder abgebucht",
        "das ist doch echt scheiße",
        "leck mich doch am Arsch",
        "euer Service ist einfach scheiße",
        "was soll der Scheiß",
        "verdammt nochmal, wo bleibt mein Geld",
        "ich hab die Schnauze voll von eurem Mist",
    ],
    "nl": [
        "verdomme",
        "godverdomme, alweer fout",
        "waar is mijn geld verdomme",
        "die klote app werkt nooit",
        "wat een kutservice",
        "tering, hoe vaak nog",
        "jullie kunnen de pot op",
        "wat is dit voor kutzooi",
        "verdomme, geef gewoon antwoord",
        "kut app, doet het weer niet",
    ],
    "sv": [
        "vad fan håller ni på med",
        "var fan är mina pengar",
        "för helvete, svara på frågan",
        "jävla skit, nu är det fel igen",
        "ni är så jävla dåliga",
        "den här jävla appen funkar aldrig",
        "vad i helvete är det här",
        "helvetes jävla bank",
        "skit i er och er jävla app",
    ],
    "da": [
        "for helvede",
        "for helvede, hvor er mine penge",
        "hvad fanden laver I",
        "sikke noget pis",
        "fuck jer",
        "jeres lorteapp virker aldrig",
        "satans også, nu er det galt igen",
        "hvor fanden er min refusion",
        "det er noget lort det her",
        "jeres pisse service",
    ],
    "no": [
        "faen, hvor er pengene mine",
        "hva faen driver dere med",
        "for helvete, svar på spørsmålet",
        "jævla dårlig service",
        "faen ta dere",
        "hvor i helvete er refusjonen min",
        "dere er noen jævla amatører",
        "for en dritt app",
        "dette er jo bare dritt",
    ],
    "fi": [
        "perkele",
        "perkele, taas sama vastaus",
        "vittu mitä paskaa",
        "missä vitussa mun rahat on",
        "saatanan huijarit",
        "mitä helvettiä te teette",
        "ihan vitun surkea palvelu",
        "jumalauta, vastatkaa jo",
        "paska sovellus ei taaskaan toimi",
        "voi vittu taas",
    ],
    "fr": [
        "putain de service de merde",
        "c'est quoi ce bordel",
        "j'en ai rien à foutre de vos excuses",
        "ça me fait chier",
        "bordel de merde, remboursez-moi",
        "cette putain d'appli ne marche jamais",
        "où est mon putain de remboursement",
        "allez vous faire foutre",
        "ta gueule le bot",
        "votre appli de merde a encore planté",
    ],
    "es": [
        "me cago en todo",
        "me cago en vuestra puta madre",
        "vaya mierda de servicio",
        "qué coño pasa con mi dinero",
        "esta puta aplicación no funciona",
        "dónde cojones está mi reembolso",
        "estoy hasta los cojones",
        "que os den",
        "sois una mierda",
        "joder, otra vez la misma respuesta",
        "esto es una puta mierda",
    ],
    "it": [
        "ma vaffanculo",
        "che cazzo state facendo",
        "dove cazzo sono i miei soldi",
        "servizio di merda",
        "porca puttana, ancora addebitato due volte",
        "siete una merda",
        "questa app del cazzo non funziona mai",
        "mi avete rotto il cazzo",
        "andate a fanculo",
        "ma che cazzo di risposta è",
    ],
    "pt": [
        "foda-se",
        "foda-se, outra vez a mesma resposta",
        "que merda de serviço",
        "vão-se foder",
        "porra, onde está o meu dinheiro",
        "caralho, já paguei duas vezes",
        "esta merda não funciona",
        "que porra é essa",
        "puta que pariu, que serviço",
        "vocês são uma merda",
    ],
    "pl": [
        "kurwa",
        "kurwa mać, znowu to samo",
        "co wy kurwa robicie",
        "gdzie są moje pieniądze, kurwa",
        "pierdolę ten bank",
        "ja pierdolę, co za obsługa",
        "ta jebana aplikacja nie działa",
        "chuj mi z takiej pomocy",
        "to jest gówno a nie obsługa",
        "gówniana aplikacja",
    ],
}

CASES = [(text, lang) for lang, texts in SWEARING.items() for text in texts]

# A mild curse at oneself or at bad luck: frustrated at most, not escalated.
MILD = [
    ("shit, I forgot my PIN", "en"),
    ("damn, I typed the wrong code", "en"),
    ("Mist, ich habe mein Passwort vergessen", "de"),
    ("shit, ik ben mijn wachtwoord vergeten", "nl"),
    ("skit också, jag glömde koden", "sv"),
    ("pokkers, jeg glemte koden", "da"),
    ("søren, jeg glemte koden", "no"),
    ("hitto, unohdin salasanan", "fi"),
    ("zut, j'ai oublié mon code", "fr"),
    ("vaya, se me olvidó la contraseña", "es"),
    ("cavolo, ho sbagliato il codice", "it"),
    ("kurde, zapomniałem hasła", "pl"),
    ("droga, esqueci a senha", "pt"),
]

# Words that look like swearing and are not (French "retard" is a delay, only mildly negative).
CALM = [
    ("hvornår spiller FCK næste gang", "da"),
    ("hell og lykke med det nye kortet", "no"),
    ("un retard peut-il nuire à mon dossier ?", "fr"),
    ("vou pagar a conta amanhã", "pt"),
    ("dove si trova il negozio?", "it"),
    # swearing that intensifies praise
    ("fucking awesome, thanks", "en"),
    ("vitun hyvä palvelu, kiitos", "fi"),
    ("jävla bra app", "sv"),
]


def test_every_language_has_phrasings() -> None:
    assert len(SWEARING) == 12
    assert all(len(texts) >= 9 for texts in SWEARING.values())


@pytest.mark.parametrize(("text", "language"), CASES)
def test_angry_swearing_escalates(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert result.frustration >= ANGRY, result
    assert result.sentiment < 0, result


@pytest.mark.parametrize(("text", "language"), MILD)
def test_mild_curse_stays_below_anger(text: str, language: str) -> None:
    assert detect_sentiment(text, language).frustration < ANGRY


@pytest.mark.parametrize(("text", "language"), CALM)
def test_look_alikes_stay_calm(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert result.frustration < FRUSTRATED, result
    assert not {"insult", "profanity"} & set(result.cues), result
