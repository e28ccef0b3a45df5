"""Sentiment and frustration: cues in 12 languages, calm look-alikes, hostile input."""

from __future__ import annotations

import dataclasses

import pytest

from router.classification.sentiment import (
    FRUSTRATED,
    SENTIMENT_LANGUAGES,
    Sentiment,
    detect_sentiment,
)

# (text, language, a cue that must be present)
FRUSTRATED_MESSAGES = [
    ("You are a stupid bot", "en", "insult"),
    ("this is fucking useless", "en", "profanity"),
    ("Useless. Completely useless.", "en", "useless_bot"),
    ("This is ridiculous", "en", "ridiculous"),
    ("I already told you my order number", "en", "already_told"),
    ("How many times do I have to say it", "en", "already_told"),
    ("forget it, I give up", "en", "giving_up"),
    ("Stop!", "en", "stop"),
    ("stop it", "en", "stop"),
    ("WHY IS MY MONEY STILL NOT THERE", "en", "all_caps"),
    ("again?!?! seriously", "en", "repeated_punctuation"),
    ("I am so angry right now", "en", "anger"),
    ("Das ist doch lächerlich", "de", "ridiculous"),
    ("Ich habe Ihnen das schon dreimal gesagt", "de", "already_told"),
    ("So ein Scheiß", "de", "profanity"),
    ("Du bist ein Idiot", "de", "insult"),
    ("det här är värdelöst", "sv", "useless_bot"),
    ("för fan, jag ger upp", "sv", "giving_up"),
    ("C'est inadmissible, je vous l'ai déjà dit", "fr", "already_told"),
    ("putain de bot inutile", "fr", "profanity"),
    ("No sirve para nada", "es", "useless_bot"),
    ("ya te lo dije, joder", "es", "already_told"),
    ("Sei un idiota", "it", "insult"),
    ("quante volte devo ripeterlo", "it", "already_told"),
    ("Dit is belachelijk", "nl", "ridiculous"),
    ("Hoe vaak nog?!", "nl", "already_told"),
    ("jeg giver op, det her er latterligt", "da", "giving_up"),
    ("faen, dette er ubrukelig", "no", "profanity"),
    ("tämä on ihan naurettavaa", "fi", "ridiculous"),
    ("vittu, ei toimi", "fi", "profanity"),
    ("kurwa, to jakiś żart", "pl", "profanity"),
    ("Ile razy mam powtarzać", "pl", "already_told"),
    ("Isso é ridículo, já disse", "pt", "ridiculous"),
    ("que merda de atendimento", "pt", "profanity"),
    ("😡😡😡", None, "angry_emoji"),
]

CALM_MESSAGES = [
    ("What is my IBAN?", "en"),
    ("I need a new PIN", "en"),
    ("IBAN", "en"),
    ("My IBAN is DE89 3704 0044 0532 0130 00, PIN sent by SMS", "en"),
    ("no problem", "en"),
    ("not bad", "en"),
    ("Thanks, that helped!", "en"),
    ("THANK YOU SO MUCH!!!", "en"),
    ("Good morning, can you send the invoice again?", "en"),
    ("How do I stop a direct debit?", "en"),
    ("Please stop the payment to Acme", "en"),
    ("Sorry, stupid question: where do I find my statement?", "en"),
    ("kein Problem, danke", "de"),
    ("Ich warte noch auf meine Karte", "de"),
    ("jag fick inte mitt kort", "sv"),
    ("pas mal, merci", "fr"),
    ("no pasa nada", "es"),
    ("nessun problema", "it"),
    ("geen probleem", "nl"),
    ("ei ongelmaa", "fi"),
    ("nie ma problemu", "pl"),
    ("sem problema, obrigado", "pt"),
]

POLITE_COMPLAINTS = [
    ("Unfortunately my parcel has not arrived yet, could you please check?", "en"),
    ("Leider ist meine Bestellung noch nicht angekommen. Können Sie das prüfen?", "de"),
    ("Tyvärr har jag inte fått min återbetalning ännu.", "sv"),
    ("Malheureusement je n'ai pas reçu mon remboursement.", "fr"),
    ("Lamentablemente todavía no ha llegado mi pedido.", "es"),
    ("Purtroppo non ho ricevuto il rimborso.", "it"),
    ("Helaas is mijn pakket nog niet aangekomen.", "nl"),
    ("Niestety nie otrzymałem zwrotu.", "pl"),
    ("Infelizmente o meu pedido ainda não chegou.", "pt"),
]


def test_covers_the_required_languages() -> None:
    required = {"de", "en", "sv", "fr", "es", "it", "nl", "da", "no", "fi", "pl", "pt"}
    assert required <= SENTIMENT_LANGUAGES


@pytest.mark.parametrize(("text", "language", "cue"), FRUSTRATED_MESSAGES)
def test_frustration_cues(text: str, language: str | None, cue: str) -> None:
    result = detect_sentiment(text, language)
    assert cue in result.cues, result
    assert result.frustration >= FRUSTRATED - 0.06, result  # typography alone may sit below
    assert result.sentiment < 0, result


@pytest.mark.parametrize(("text", "language"), CALM_MESSAGES)
def test_calm_messages_are_not_frustrated(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert result.frustration < 0.2, result
    assert result.sentiment >= 0, result
    assert not result.frustrated


@pytest.mark.parametrize(("text", "language"), POLITE_COMPLAINTS)
def test_polite_complaint_is_mildly_negative_not_frustrated(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert -0.6 < result.sentiment < 0, result
    assert result.frustration < FRUSTRATED, result
    assert result.cues == ("negative_words",), result


def test_insult_in_capitals_with_exclamations_is_more_frustrated_than_alone() -> None:
    alone = detect_sentiment("you idiot", "en")
    loud = detect_sentiment("YOU IDIOT, WHERE IS MY MONEY!!!", "en")
    assert loud.frustration > alone.frustration >= 0.6
    assert {"insult", "all_caps", "repeated_punctuation"} <= set(loud.cues)


def test_negation_flips_polarity() -> None:
    assert detect_sentiment("good", "en").sentiment > 0
    assert detect_sentiment("not good", "en").sentiment < 0
    assert detect_sentiment("bad", "en").sentiment < 0
    assert detect_sentiment("not bad", "en").sentiment > 0
    assert detect_sentiment("nicht schlecht", "de").sentiment > 0
    assert "anger" not in detect_sentiment("I'm not angry, just confused", "en").cues


def test_negation_does_not_reach_over_a_comma() -> None:
    result = detect_sentiment("why is this not working, idiot", "en")
    assert "insult" in result.cues


def test_positive_words_are_positive_in_each_language() -> None:
    for text, lang in [
        ("thank you, perfect", "en"),
        ("vielen Dank, super", "de"),
        ("tack, perfekt", "sv"),
        ("merci, c'est parfait", "fr"),
        ("muchas gracias, genial", "es"),
        ("grazie, perfetto", "it"),
        ("bedankt, top", "nl"),
        ("mange tak, perfekt", "da"),
        ("tusen takk", "no"),
        ("kiitos, loistavaa", "fi"),
        ("dziękuję, świetnie", "pl"),
        ("obrigado, ótimo", "pt"),
    ]:
        assert detect_sentiment(text, lang).sentiment > 0.3, text


def test_language_gated_words_only_count_in_their_language() -> None:
    assert "profanity" in detect_sentiment("fan!", "sv").cues
    assert detect_sentiment("I am a big fan", "en").cues == ()
    assert detect_sentiment("I like the mad max films", "da").frustration == 0.0


def test_again_counts_only_with_emphasis() -> None:
    assert "again" not in detect_sentiment("can you send it again?", "en").cues
    assert "again" in detect_sentiment("declined again!", "en").cues


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\t",
        "🙂🙂🙂" * 10,
        "💳",
        "<script>alert('x')</script><b>hello</b>",
        "'; DROP TABLE users; --",
        "SELECT * FROM messages WHERE 1=1",
        "!!!!!!!!!!",
        "?" * 500,
        "A" * 10_000,
        "idiot " * 2_000,
        "\x00\x01\x02 control",
        "𝕳𝖊𝖑𝖑𝖔 𝖜𝖔𝖗𝖑𝖉",
        "你好，我的卡被偷了",
    ],
)
def test_hostile_input_stays_in_range(text: str) -> None:
    result = detect_sentiment(text, None)
    assert -1.0 <= result.sentiment <= 1.0
    assert 0.0 <= result.frustration <= 1.0
    assert isinstance(result.cues, tuple)


def test_empty_and_emoji_only() -> None:
    assert detect_sentiment("", "en") == Sentiment(0.0, 0.0, ())
    assert detect_sentiment("🙂", None).sentiment > 0
    assert detect_sentiment("💳", None) == Sentiment(0.0, 0.0, ())


def test_shouting_needs_enough_letters() -> None:
    assert "all_caps" not in detect_sentiment("OK", "en").cues
    assert "all_caps" not in detect_sentiment("HELP", "en").cues
    assert "all_caps" not in detect_sentiment("IBAN PIN CVV SEPA BIC", "en").cues
    assert "all_caps" in detect_sentiment("WHERE IS MY REFUND", "en").cues


def test_unknown_language_still_detects_and_result_is_frozen() -> None:
    result = detect_sentiment("this is ridiculous", "xx")
    assert "ridiculous" in result.cues
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.sentiment = 1.0  # type: ignore[misc]
