""" "That does not answer my question" in more forms: with "nothing" / "at all", other tenses
and persons, "that's not what I asked", "you're not listening". The ``unhelpful`` cue makes a
message frustrated, below the escalation bar."""

from __future__ import annotations

import pytest

from router.classification.sentiment import ANGRY, detect_sentiment

MISSED: dict[str, list[str]] = {
    "en": [
        "that doesn't answer my question at all, I asked about the fee",
        "you didn't answer my question. when is the money coming back?",
        "thats not what i asked, i want to know the due date",
        "you're not listening to me, I said the parcel never came",
        "your answer says nothing about my refund",
        "that answers nothing. why was i charged twice?",
        "you havent answered what i asked, can I pause the payment or not",
        "hmm that has nothing to do with my question",
        "youre not reading what I write",
    ],
    "de": [
        "du hast meine Frage nicht beantwortet. wann kommt das geld?",
        "das beantwortet meine Frage ueberhaupt nicht",
        "Sie haben meine Frage nicht beantwortet",
        "das war nicht meine frage, ich wollte wissen ob ich pausieren kann",
        "du horst mir nicht zu, das paket ist nie angekommen",
        "das hat mit meiner frage nichts zu tun",
        "darauf hast du gar nicht geantwortet",
        "du gehst gar nicht auf meine frage ein",
    ],
    "sv": [
        "du svarade inte pa fragan, nar kommer pengarna",
        "det svarar inte alls pa min fraga",
        "det var inte det jag fragade om",
        "du lyssnar inte pa vad jag skriver",
        "du har inte svarat pa min fraga",
        "det dar besvarar inte min fraga",
        "svaret har inget med min fraga att gora",
        "ni laser inte vad jag skriver",
    ],
    "da": [
        "det svarer slet ikke pa mit sporgsmal",
        "du svarede ikke pa mit sporgsmal",
        "det var ikke det jeg spurgte om",
        "du lytter ikke til hvad jeg siger",
        "det har intet med mit sporgsmal at gore",
        "du har ikke svaret pa det jeg spurgte om",
        "du laeser ikke hvad jeg skriver",
        "det er ikke et svar pa mit sporgsmal",
    ],
    "no": [
        "du svarte ikke pa sporsmalet mitt",
        "det svarer ikke i det hele tatt pa sporsmalet",
        "det var ikke det jeg spurte om",
        "du horer ikke etter hva jeg sier",
        "du har ikke svart pa sporsmalet mitt",
        "det har ingenting med sporsmalet mitt a gjore",
        "det er ikke noe svar pa det jeg lurte pa",
        "du leser ikke hva jeg skriver",
    ],
    "fi": [
        "et vastannut mun kysymykseen",
        "toi ei vastaa kysymykseen ollenkaan",
        "en kysynyt sita",
        "et kuuntele mua ollenkaan",
        "et lue mita ma kirjoitan",
        "taa ei liity mun kysymykseen mitenkaan",
        "vastaus ei vastaa mitaan",
        "et vastaa siihen mita kysyin",
    ],
    "fr": [
        "ca ne repond a rien, je veux savoir quand je suis rembourse",
        "vous n'avez pas repondu a ma question",
        "tu n'as pas repondu a ma question",
        "c'est pas ce que j'ai demande",
        "vous ne m'ecoutez pas, le colis n'est jamais arrive",
        "ca ne repond pas du tout a ma question",
        "vous lisez pas ce que j'ecris",
        "ca n'a rien a voir avec ma question",
    ],
    "es": [
        "eso no me responde nada",
        "no has respondido a mi pregunta",
        "no me estas escuchando, el paquete nunca llego",
        "eso no es lo que pregunte",
        "no contestaste lo que te pregunte",
        "no tiene nada que ver con mi pregunta",
        "no lees lo que escribo",
        "eso no responde a mi pregunta para nada",
    ],
    "it": [
        "non hai risposto alla mia domanda",
        "questo non risponde per niente alla mia domanda",
        "non e quello che ho chiesto",
        "non mi stai ascoltando, il pacco non e mai arrivato",
        "non c'entra niente con la mia domanda",
        "non leggi quello che scrivo",
        "non avete risposto alla domanda",
        "non mi ascolti proprio",
    ],
    "nl": [
        "je hebt mijn vraag niet beantwoord",
        "dat beantwoordt mijn vraag helemaal niet",
        "dat is niet wat ik vroeg",
        "je luistert niet naar me",
        "dat heeft niks met mijn vraag te maken",
        "je leest niet wat ik schrijf",
        "daar gaf je geen antwoord op",
        "u heeft mijn vraag nog steeds niet beantwoord",
    ],
    "pl": [
        "nie odpowiedziales na moje pytanie",
        "to w ogole nie odpowiada na moje pytanie",
        "nie o to pytalem",
        "nie sluchasz mnie",
        "to nie ma nic wspolnego z moim pytaniem",
        "nie czytasz co pisze",
        "nie odpowiedzieliscie mi na pytanie",
        "to zadna odpowiedz",
    ],
    "pt": [
        "nao respondeste a pergunta",
        "voce nao respondeu",
        "isso nao responde nada",
        "nao e isso que eu perguntei",
        "voce nao esta me ouvindo",
        "isso nao tem nada a ver com a minha pergunta",
        "nao le o que eu escrevo",
        "nao responderam a minha pergunta",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in table.items() for text in texts]


def test_eight_per_language() -> None:
    assert len(MISSED) == 12 and all(len(texts) >= 8 for texts in MISSED.values())


@pytest.mark.parametrize(("language", "text"), _cases(MISSED))
def test_missed_answer_is_unhelpful(language: str, text: str) -> None:
    result = detect_sentiment(text, language)
    assert "unhelpful" in result.cues and result.frustrated, (language, text, result)
    assert result.frustration < ANGRY, (language, text, result)
