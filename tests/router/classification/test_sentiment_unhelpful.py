"""A customer telling the bot its answer missed ("that doesn't answer my question", "you already
said that", "still no answer") in twelve languages: the cue ``unhelpful``, frustrated but below
the escalation bar; "I already told you" stays ``already_told``; ordinary questions that share
the words stay calm."""

from __future__ import annotations

import pytest

from router.classification.sentiment import ANGRY, FRUSTRATED, detect_sentiment

UNHELPFUL: dict[str, list[str]] = {
    "en": [
        "that doesn't answer my question",
        "That does not answer my question.",
        "you didn't answer my question",
        "that's not what I asked",
        "No that's not what I asked",
        "that wasn't my question",
        "that is not my question",
        "you already said that",
        "you said that already",
        "still no answer",
        "you're not answering my question",
        "I asked something else",
        "that's not what I was asking about",
        "you misunderstood me",
        "that answer didn't help",
        "you keep giving me the same answer",
    ],
    "de": [
        "das beantwortet meine Frage nicht",
        "das ist keine Antwort auf meine Frage",
        "Sie haben meine Frage nicht beantwortet",
        "du hast meine frage nicht beantwortet",
        "das war nicht meine Frage",
        "das habe ich nicht gefragt",
        "danach hab ich nicht gefragt",
        "das hast du schon gesagt",
        "immer noch keine Antwort",
        "das hilft mir nicht weiter",
        "Sie haben mich falsch verstanden",
        "ich habe etwas anderes gefragt",
        "darum ging es mir nicht",
    ],
    "sv": [
        "det var inte det jag frågade",
        "det svarar inte på min fråga",
        "du svarade inte på min fråga",
        "det var inte min fråga",
        "det har du redan sagt",
        "fortfarande inget svar",
        "det hjälper mig inte",
        "du har missförstått mig",
        "jag frågade om något annat",
        "det är inget svar på min fråga",
    ],
    "da": [
        "det svarer ikke på mit spørgsmål",
        "det var ikke det jeg spurgte om",
        "du har ikke svaret på mit spørgsmål",
        "det er ikke mit spørgsmål",
        "det har du allerede sagt",
        "stadig intet svar",
        "det hjælper mig ikke",
        "du har misforstået mig",
        "jeg spurgte om noget andet",
    ],
    "no": [
        "det svarer ikke på spørsmålet mitt",
        "det var ikke det jeg spurte om",
        "du svarte ikke på spørsmålet mitt",
        "det er ikke spørsmålet mitt",
        "det har du allerede sagt",
        "fortsatt ikke noe svar",
        "det hjelper meg ikke",
        "du har misforstått",
        "jeg spurte om noe annet",
    ],
    "fi": [
        "tuo ei vastaa kysymykseeni",
        "et vastannut kysymykseeni",
        "en kysynyt sitä",
        "se ei ollut kysymykseni",
        "sanoit jo tuon",
        "ei vieläkään vastausta",
        "tämä ei auta minua",
        "ymmärsit väärin",
        "kysyin ihan muuta",
    ],
    "fr": [
        "ce n'est pas ma question",
        "ça ne répond pas à ma question",
        "vous n'avez pas répondu à ma question",
        "tu n'as pas répondu à ma question",
        "ce n'est pas ce que j'ai demandé",
        "c'est pas ce que je demande",
        "vous l'avez déjà dit",
        "toujours pas de réponse",
        "ça ne m'aide pas",
        "vous m'avez mal compris",
        "je demandais autre chose",
    ],
    "es": [
        "no me has respondido",
        "no has respondido a mi pregunta",
        "eso no responde a mi pregunta",
        "eso no es lo que pregunté",
        "esa no es mi pregunta",
        "ya me lo has dicho",
        "eso ya me lo dijiste",
        "sigo sin respuesta",
        "todavía no me has contestado",
        "no me estás entendiendo",
        "te he preguntado otra cosa",
    ],
    "it": [
        "non hai risposto",
        "non hai risposto alla mia domanda",
        "questo non risponde alla mia domanda",
        "non è quello che ho chiesto",
        "non era questa la mia domanda",
        "l'hai già detto",
        "ancora nessuna risposta",
        "non mi hai capito",
        "ho chiesto un'altra cosa",
        "questo non mi aiuta",
    ],
    "nl": [
        "dat is geen antwoord op mijn vraag",
        "je hebt mijn vraag niet beantwoord",
        "dat beantwoordt mijn vraag niet",
        "dat is niet wat ik vroeg",
        "dat was mijn vraag niet",
        "dat heb je al gezegd",
        "nog steeds geen antwoord",
        "je begrijpt me niet",
        "ik vroeg iets anders",
        "daar heb ik niets aan",
    ],
    "pl": [
        "to nie odpowiada na moje pytanie",
        "nie odpowiedziałeś na moje pytanie",
        "nie o to pytałem",
        "nie o to pytałam",
        "to nie jest odpowiedź na moje pytanie",
        "już to mówiłeś",
        "nadal brak odpowiedzi",
        "dalej nie mam odpowiedzi",
        "źle mnie zrozumiałeś",
        "pytałem o coś innego",
        "to mi nie pomaga",
    ],
    "pt": [
        "não respondeste à pergunta",
        "você não respondeu minha pergunta",
        "isso não responde à minha pergunta",
        "não foi isso que eu perguntei",
        "essa não é a minha pergunta",
        "já disseste isso",
        "você já disse isso",
        "ainda sem resposta",
        "continuo sem resposta",
        "não me entendeste",
        "perguntei outra coisa",
        "isso não me ajuda",
    ],
}

CASES = [(text, lang) for lang, texts in UNHELPFUL.items() for text in texts]

# "I already told you" is the customer repeating themselves, not the bot.
ALREADY_TOLD = [
    ("I already said that", "en"),
    ("ich habe das schon gesagt", "de"),
    ("jag har redan sagt det", "sv"),
    ("sanoin jo", "fi"),
    ("je l'ai déjà dit", "fr"),
    ("ya lo he dicho", "es"),
    ("l'ho già detto", "it"),
    ("ik heb het al gezegd", "nl"),
    ("już mówiłem", "pl"),
    ("já disse", "pt"),
]

# Ordinary questions that share the words.
CALM = [
    ("how do I answer the security question?", "en"),
    ("which question should I ask the shop?", "en"),
    ("can you answer a question about my invoice?", "en"),
    ("ich habe eine Frage zu meiner Rechnung", "de"),
    ("jag har en fråga om min faktura", "sv"),
    ("jeg har et spørgsmål om min regning", "da"),
    ("jeg har et spørsmål om fakturaen", "no"),
    ("minulla on kysymys laskusta", "fi"),
    ("j'ai une question sur ma facture", "fr"),
    ("tengo una pregunta sobre mi factura", "es"),
    ("ho una domanda sulla fattura", "it"),
    ("ik heb een vraag over mijn factuur", "nl"),
    ("mam pytanie o fakturę", "pl"),
    ("tenho uma pergunta sobre a fatura", "pt"),
]


def test_every_language_has_phrasings() -> None:
    assert len(UNHELPFUL) == 12
    assert all(len(texts) >= 9 for texts in UNHELPFUL.values())


@pytest.mark.parametrize(("text", "language"), CASES)
def test_answer_missed_is_unhelpful_below_escalation(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert "unhelpful" in result.cues, result
    assert FRUSTRATED <= result.frustration < ANGRY, result
    assert result.sentiment < 0, result


@pytest.mark.parametrize(("text", "language"), ALREADY_TOLD)
def test_the_customer_repeating_themselves_is_already_told(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert "already_told" in result.cues, result
    assert "unhelpful" not in result.cues, result


@pytest.mark.parametrize(("text", "language"), CALM)
def test_questions_about_questions_stay_calm(text: str, language: str) -> None:
    assert detect_sentiment(text, language).frustration == 0.0


def test_unhelpful_with_insult_or_shouting_escalates() -> None:
    assert detect_sentiment("that doesn't answer my question, idiot", "en").frustration >= ANGRY
    loud = detect_sentiment("DAS BEANTWORTET MEINE FRAGE NICHT!!!", "de")
    assert loud.frustration >= ANGRY
    assert "unhelpful" in loud.cues
