"""Hard negatives in the twelve languages: a question about the service's legitimacy ("is this
a scam?"), a job in fraud prevention, how the service protects against fraud, a declined
purchase from someone who "never missed a payment", pausing payments during a dispute with the
shop asked as a question, a payment not made yet. None is a risk; the statements next to them
still are."""

from __future__ import annotations

import pytest

from router.classification.risk import detect_risk

NEGATIVES: dict[str, list[str]] = {
    "en": [
        "is this a scam?",
        "is relaydesk legit or a scam?",
        "are you guys a scam? my friend says pay later is a trap",
        "my friend works in fraud prevention at a bank and recommended you",
        "how do you protect me against fraud?",
        "what fraud protection do you have?",
        "my purchase was declined but I've never missed a payment",
        "why was I declined? I have never missed a payment with you",
        "I have a dispute with the shop, can I pause my payments?",
        "can I pause the payment while I'm in a dispute with the store?",
        "I work in the fraud department of a bank, can I still use pay in 3?",
        "I haven't made the payment yet, can I still pay today?",
    ],
    "de": [
        "ist das hier seriös oder abzocke?",
        "seid ihr seriös oder ist das betrug?",
        "mein Kumpel arbeitet in der Betrugsprävention bei einer Bank und hat euch empfohlen",
        "wie schützt ihr mich vor Betrug?",
        "habt ihr einen Betrugsschutz?",
        "mein Kauf wurde abgelehnt, obwohl ich nie eine Zahlung verpasst habe",
        "warum abgelehnt? ich hab noch nie eine rate verpasst",
        "ich habe einen Streitfall mit dem Shop, kann ich die Zahlung pausieren?",
        "kann ich die zahlung stoppen solange ich mit dem händler im streit bin?",
        "ich habe die Zahlung noch nicht gemacht, wann ist sie fällig?",
    ],
    "sv": [
        "är det här en bluff?",
        "är ni seriösa eller är det bedrägeri?",
        "min kompis jobbar med bedrägeribekämpning på en bank och tipsade om er",
        "hur skyddar ni mig mot bedrägerier?",
        "vilket bedrägeriskydd har ni?",
        "mitt köp nekades fast jag aldrig har missat en betalning",
        "varför nekad? jag har aldrig missat en betalning",
        "jag har en tvist med butiken, kan jag pausa betalningen?",
        "kan jag pausa fakturan medan jag bestrider köpet hos butiken?",
        "jag har inte gjort betalningen än, när ska den vara betald?",
    ],
    "da": [
        "er det her svindel?",
        "er I seriøse eller er det svindel?",
        "min ven arbejder med bekæmpelse af svindel i en bank og anbefalede jer",
        "hvordan beskytter I mig mod svindel?",
        "hvilken beskyttelse mod svindel har I?",
        "mit køb blev afvist selvom jeg aldrig har misset en betaling",
        "hvorfor afvist? jeg har aldrig glemt en betaling",
        "jeg har en tvist med butikken, kan jeg sætte betalingen på pause?",
        "kan jeg pause betalingen mens jeg er uenig med butikken?",
        "jeg har ikke lavet betalingen endnu, hvornår skal den betales?",
    ],
    "no": [
        "er dette svindel?",
        "er dere seriøse eller er det svindel?",
        "kompisen min jobber med svindelbekjempelse i en bank og anbefalte dere",
        "hvordan beskytter dere meg mot svindel?",
        "hva slags beskyttelse mot svindel har dere?",
        "kjøpet ble avvist selv om jeg aldri har gått glipp av en betaling",
        "hvorfor avslått? jeg har aldri glemt en betaling",
        "jeg har en tvist med butikken, kan jeg sette betalingen på pause?",
        "kan jeg pause betalingen mens jeg er uenig med butikken?",
        "jeg har ikke gjort betalingen ennå, når forfaller den?",
    ],
    "fi": [
        "onko tää huijaus?",
        "ootteko luotettava vai huijaus?",
        "kaverini tekee töitä petostentorjunnassa pankissa ja suositteli teitä",
        "miten suojaatte minua petoksilta?",
        "onko teillä petossuojaa?",
        "ostokseni hylättiin vaikka en ole koskaan myöhästynyt maksusta",
        "miksi hylätty? en oo ikinä jättänyt maksua väliin",
        "mulla on riita kaupan kanssa, voinko keskeyttää maksun?",
        "voinko pysäyttää maksut kun kiistän oston kaupan kanssa?",
        "en ole vielä tehnyt maksua, milloin se erääntyy?",
    ],
    "fr": [
        "c'est une arnaque ou pas ?",
        "vous êtes fiables ou c'est une arnaque ?",
        "mon ami travaille dans la lutte contre la fraude dans une banque et vous a recommandé",
        "comment vous me protégez contre la fraude ?",
        "vous avez une protection contre la fraude ?",
        "mon achat a été refusé alors que je n'ai jamais raté un paiement",
        "pourquoi refusé ? je n'ai jamais manqué une échéance",
        "j'ai un litige avec la boutique, je peux suspendre mes paiements ?",
        "est-ce que je peux mettre le paiement en pause pendant un litige avec le marchand ?",
        "je n'ai pas encore fait le paiement, c'est pour quand ?",
    ],
    "es": [
        "¿esto es una estafa?",
        "¿sois de fiar o es una estafa?",
        "mi amigo trabaja en prevención del fraude en un banco y me os recomendó",
        "¿cómo me protegéis contra el fraude?",
        "¿tenéis protección contra el fraude?",
        "me rechazaron la compra y nunca he dejado de pagar una cuota",
        "¿por qué rechazada? nunca me he saltado un pago",
        "tengo una disputa con la tienda, ¿puedo pausar los pagos?",
        "¿puedo pausar el pago mientras tengo una reclamación con la tienda?",
        "todavía no he hecho el pago, ¿cuándo vence?",
    ],
    "it": [
        "è una truffa?",
        "siete affidabili o è una truffa?",
        "un mio amico lavora nella prevenzione frodi di una banca e mi ha consigliato voi",
        "come mi proteggete dalle frodi?",
        "avete una protezione contro le frodi?",
        "il mio acquisto è stato rifiutato ma non ho mai saltato un pagamento",
        "perché rifiutato? non ho mai mancato una rata",
        "ho una contestazione con il negozio, posso sospendere i pagamenti?",
        "posso mettere in pausa il pagamento durante una disputa con il negozio?",
        "non ho ancora fatto il pagamento, quando scade?",
    ],
    "nl": [
        "is dit oplichting?",
        "zijn jullie betrouwbaar of is het fraude?",
        "mijn vriend werkt bij fraudepreventie bij een bank en raadde jullie aan",
        "hoe beschermen jullie mij tegen fraude?",
        "hebben jullie fraudebescherming?",
        "mijn aankoop werd geweigerd terwijl ik nooit een betaling heb gemist",
        "waarom geweigerd? ik heb nog nooit een betaling gemist",
        "ik heb een geschil met de winkel, kan ik de betaling pauzeren?",
        "kan ik de betaling stopzetten zolang ik een geschil met de webshop heb?",
        "ik heb de betaling nog niet gedaan, wanneer moet die binnen zijn?",
    ],
    "pl": [
        "czy to oszustwo?",
        "jesteście wiarygodni czy to oszustwo?",
        "mój kolega pracuje w dziale przeciwdziałania oszustwom w banku i was polecił",
        "jak chronicie mnie przed oszustwami?",
        "czy macie ochronę przed oszustwami?",
        "zakup odrzucony, a nigdy nie spóźniłem się z płatnością",
        "czemu odrzucone? nigdy nie pominąłem żadnej raty",
        "mam spór ze sklepem, czy mogę wstrzymać płatność?",
        "czy mogę wstrzymać płatności, dopóki reklamacja w sklepie trwa?",
        "nie zrobiłem jeszcze płatności, kiedy jest termin?",
    ],
    "pt": [
        "isto é um golpe?",
        "vocês são de confiança ou é burla?",
        "um amigo trabalha na prevenção de fraude num banco e recomendou-vos",
        "como é que me protegem contra fraude?",
        "vocês têm proteção contra fraude?",
        "a minha compra foi recusada mas eu nunca falhei um pagamento",
        "porquê recusada? nunca deixei de pagar uma prestação",
        "tenho uma disputa com a loja, posso pausar os pagamentos?",
        "posso suspender o pagamento enquanto tenho uma reclamação com a loja?",
        "ainda não fiz o pagamento, quando vence?",
    ],
}

# The same words where they do state a risk.
STILL_RISK = [
    ("I think this is a scam", "en", "fraud"),
    ("the shop scammed me, I want a chargeback", "en", "dispute"),
    ("I got a text asking for my card details and gave them, was it a scam", "en", "fraud"),
    ("I want to dispute this transaction", "en", "dispute"),
    ("ich glaube, das ist Betrug", "de", "fraud"),
    ("jag har blivit lurad", "sv", "fraud"),
    ("je me suis fait arnaquer", "fr", "fraud"),
    ("me han estafado", "es", "fraud"),
    ("mi hanno truffato", "it", "fraud"),
    ("ik ben opgelicht", "nl", "fraud"),
    ("zostałem oszukany", "pl", "fraud"),
    ("caí num golpe", "pt", "fraud"),
    ("minua on huijattu", "fi", "fraud"),
    ("jeg er blevet snydt", "da", "fraud"),
    ("jeg har blitt svindlet", "no", "fraud"),
]


def _cases() -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in NEGATIVES.items() for text in texts]


def test_ten_hard_negatives_per_language() -> None:
    assert len(NEGATIVES) == 12
    assert all(len(texts) >= 10 for texts in NEGATIVES.values())


@pytest.mark.parametrize(("language", "text"), _cases())
def test_questions_are_not_risks(language: str, text: str) -> None:
    result = detect_risk(text, language)
    assert result.topics == (), (language, text, result)


@pytest.mark.parametrize(("text", "language", "topic"), STILL_RISK)
def test_statements_still_are(text: str, language: str, topic: str) -> None:
    assert topic in detect_risk(text, language).topics
