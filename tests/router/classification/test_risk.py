"""Risk topics: positives in 12 languages, intent mapping, negation, questions versus stated
hardship, typos, hard negatives, hostile input."""

from __future__ import annotations

import dataclasses

import pytest

from router.classification.risk import (
    INTENT_TOPICS,
    RISK_LANGUAGES,
    TOPICS,
    Risk,
    detect_risk,
)

POSITIVES = [
    # stolen or lost card
    ("My card was stolen", "en", "stolen_card"),
    ("someone stole my wallet with all my cards", "en", "stolen_card"),
    ("I lost my debit card yesterday", "en", "stolen_card"),
    ("Meine Kreditkarte wurde gestohlen", "de", "stolen_card"),
    ("Ich habe meine Geldbörse verloren", "de", "stolen_card"),
    ("Mitt kort är stulet", "sv", "stolen_card"),
    ("On m'a volé ma carte bancaire", "fr", "stolen_card"),
    ("Me robaron la tarjeta en el metro", "es", "stolen_card"),
    ("Mi hanno rubato il portafoglio", "it", "stolen_card"),
    ("Mijn bankpas is gestolen", "nl", "stolen_card"),
    ("Mit kort er blevet stjålet", "da", "stolen_card"),
    ("Kortet mitt er stjålet", "no", "stolen_card"),
    ("Korttini varastettiin", "fi", "stolen_card"),
    ("Ukradli mi kartę", "pl", "stolen_card"),
    ("Roubaram o meu cartão", "pt", "stolen_card"),
    # fraud
    ("There is a payment I don't recognise", "en", "fraud"),
    ("I think this is a scam", "en", "fraud"),
    ("Das ist Betrug, diese Abbuchung kenne ich nicht", "de", "fraud"),
    ("Je ne reconnais pas ce prélèvement", "fr", "fraud"),
    ("Hay un cargo que no reconozco", "es", "fraud"),
    ("È una truffa", "it", "fraud"),
    ("Dit is oplichting", "nl", "fraud"),
    ("Jag har blivit utsatt för bedrägeri", "sv", "fraud"),
    ("Tämä on huijaus", "fi", "fraud"),
    ("To jest oszustwo", "pl", "fraud"),
    ("Foi um golpe", "pt", "fraud"),
    # compromised account
    ("My account has been hacked", "en", "compromised_account"),
    ("I lost my phone with the banking app", "en", "compromised_account"),
    ("Mein Konto wurde gehackt", "de", "compromised_account"),
    ("Mon compte a été piraté", "fr", "compromised_account"),
    # dispute: only an explicit one (a duplicate charge is ordinary support)
    ("I want to dispute this transaction", "en", "dispute"),
    ("I'll ask my bank for a chargeback", "en", "dispute"),
    ("Ich lege Widerspruch gegen die Lastschrift ein", "de", "dispute"),
    ("Je vais contester ce prélèvement", "fr", "dispute"),
    ("Quiero disputar este cargo", "es", "dispute"),
    ("Voglio contestare l'addebito", "it", "dispute"),
    ("Ik wil de betaling betwisten", "nl", "dispute"),
    ("Jag vill bestrida betalningen", "sv", "dispute"),
    ("Jeg vil gøre indsigelse mod betalingen", "da", "dispute"),
    ("Haluan kiistää tämän veloituksen", "fi", "dispute"),
    ("Quero contestar esta cobrança", "pt", "dispute"),
    ("Chcę zakwestionować tę transakcję", "pl", "dispute"),
    # hardship
    ("I lost my job and can't afford the instalments", "en", "hardship"),
    ("Ich habe Schulden und bin arbeitslos", "de", "hardship"),
    ("Jag har inte råd att betala", "sv", "hardship"),
    ("J'ai des difficultés financières", "fr", "hardship"),
    ("Estoy en paro y tengo deudas", "es", "hardship"),
    ("Ho perso il lavoro", "it", "hardship"),
    ("Ik heb betalingsproblemen", "nl", "hardship"),
    ("Jeg har ikke råd", "da", "hardship"),
    ("En pysty maksamaan", "fi", "hardship"),
    ("Nie stać mnie na ratę", "pl", "hardship"),
    ("Estou desempregado", "pt", "hardship"),
    # bereavement
    ("My father passed away last month", "en", "bereavement"),
    ("My husband died and the account is in his name", "en", "bereavement"),
    ("I lost my wife in March", "en", "bereavement"),
    ("Mein Vater ist verstorben", "de", "bereavement"),
    ("Ich habe meinen Mann verloren", "de", "bereavement"),
    ("Min pappa dog förra veckan", "sv", "bereavement"),
    ("Ma mère est décédée", "fr", "bereavement"),
    ("Falleció mi madre", "es", "bereavement"),
    ("Mia madre è morta", "it", "bereavement"),
    ("Mijn vader is overleden", "nl", "bereavement"),
    ("Min mor er død", "da", "bereavement"),
    ("Isäni kuoli", "fi", "bereavement"),
    ("Mój ojciec zmarł", "pl", "bereavement"),
    ("O meu pai faleceu", "pt", "bereavement"),
    # legal threat
    ("I will sue you", "en", "legal_threat"),
    ("My lawyer will contact you", "en", "legal_threat"),
    ("Ich schalte meinen Anwalt ein", "de", "legal_threat"),
    ("Je vais contacter mon avocat", "fr", "legal_threat"),
    ("Voy a hablar con mi abogado", "es", "legal_threat"),
    ("Ik stap naar de rechter", "nl", "legal_threat"),
    # vulnerable customer
    ("I'm blind and can't read the screen", "en", "vulnerable_customer"),
    ("Ich liege im Krankenhaus", "de", "vulnerable_customer"),
    ("Jag har demens", "sv", "vulnerable_customer"),
    ("Estoy en el hospital", "es", "vulnerable_customer"),
]

HARD_NEGATIVES = [
    ("I stole the show at the party", "en"),
    ("my card arrived, thanks", "en"),
    ("Where is the dispute settings page?", "en"),
    ("I'm dying to know when my refund comes", "en"),
    ("Sue from your support was great", "en"),
    ("my phone died, can you resend the code?", "en"),
    ("I lost the card game", "en"),
    ("I found the card I thought I lost, can I reactivate it?", "en"),
    ("I love my dog", "en"),
    ("My card payment is missing from the statement", "en"),
    ("Is my card on the way?", "en"),
    ("Can I pay twice a month?", "en"),
    ("Meine Karte ist auf dem Weg", "de"),
    ("Ich habe meine Karte wiedergefunden, ich habe sie verloren geglaubt", "de"),
    ("Min hund är söt", "sv"),
    ("J'ai perdu patience", "fr"),
    ("Mi tarjeta ha llegado", "es"),
    ("Die Rechnung kam per Post", "de"),
    ("Wat is de status van mijn bestelling?", "nl"),
    ("Det stämmer, tack", "sv"),
    ("I am sad about the delay", "en"),
    ("Invalid card number", "en"),
    ("I was charged twice for the same order", "en"),
    ("Ich wurde doppelt belastet", "de"),
    ("On m'a débité deux fois", "fr"),
    ("Me han cobrado dos veces", "es"),
    ("Twee keer afgeschreven", "nl"),
    ("Pobrano dwa razy", "pl"),
    ("I never received the item", "en"),
    ("The app shows the wrong amount", "en"),
    ("Why is there a reminder fee?", "en"),
    ("Can you disable notifications?", "en"),
    ("What is the present state of my order?", "en"),
    ("Hvordan vil vejret være i morgen", "da"),
    ("add a song from the eurovision song contest", "fr"),
    ("Spill et spor fra 2004", "no"),
]


def test_covers_the_required_languages() -> None:
    required = {"de", "en", "sv", "fr", "es", "it", "nl", "da", "no", "fi", "pl", "pt"}
    assert required <= RISK_LANGUAGES


@pytest.mark.parametrize(("text", "language", "topic"), POSITIVES)
def test_topics(text: str, language: str, topic: str) -> None:
    result = detect_risk(text, language)
    assert topic in result.topics, result
    assert result.matched


@pytest.mark.parametrize(("text", "language"), HARD_NEGATIVES)
def test_hard_negatives(text: str, language: str) -> None:
    assert detect_risk(text, language) == Risk((), ())


def test_intent_mapping() -> None:
    expected = {
        "lost_or_stolen_card": "stolen_card",
        "compromised_card": "stolen_card",
        "lost_or_stolen_phone": "compromised_account",
        "card_payment_not_recognised": "fraud",
        "cash_withdrawal_not_recognised": "fraud",
        "direct_debit_payment_not_recognised": "fraud",
    }
    for intent, topic in expected.items():
        result = detect_risk("hello", "en", intent=intent)
        assert result.topics == (topic,)
        assert result.matched == (f"intent:{intent}",)
    assert set(INTENT_TOPICS) == set(expected)
    assert detect_risk("hello", "en", intent="card_arrival") == Risk((), ())
    # A duplicate charge is answered by the bot.
    assert detect_risk("hello", "en", intent="transaction_charged_twice") == Risk((), ())


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("my card isn't stolen, I just got a new one", "en", "lost_or_stolen_card"),
        ("nothing was stolen, I want a second card", "en", "lost_or_stolen_card"),
        ("no fraud, I just want to change my card", "en", "compromised_card"),
        ("Meine Karte wurde nicht gestohlen", "de", "lost_or_stolen_card"),
        ("ce n'est pas une fraude", "fr", "card_payment_not_recognised"),
    ],
)
def test_text_that_denies_a_topic_cancels_it_from_the_intent(
    text: str, language: str, intent: str
) -> None:
    assert detect_risk(text, language, intent=intent) == Risk((), ())


def test_text_that_states_a_topic_keeps_the_intent() -> None:
    result = detect_risk("I think my card was stolen", "en", intent="lost_or_stolen_card")
    assert result.topics == ("stolen_card",)
    assert result.matched == ("card ... stolen", "intent:lost_or_stolen_card")
    kept = detect_risk("my card wasn't stolen but lost", "en", intent="lost_or_stolen_card")
    assert kept.topics == ("stolen_card",)


@pytest.mark.parametrize(
    ("text", "language", "risky"),
    [
        ("my card isn't stolen", "en", False),
        ("my card was not stolen but lost", "en", True),
        ("I'm not sure if my card was stolen", "en", True),
        ("not only was my card stolen, they also used it", "en", True),
        ("No, my card was stolen", "en", True),
        ("No my card was stolen", "en", True),
        ("I can't believe my card was stolen", "en", True),
        ("nobody stole my card, I just lost it", "en", True),
        ("I don't recognise this payment", "en", True),
        ("I didn't make this payment", "en", True),
        ("I didn't make my payment on time", "en", False),
        ("Meine Karte ist nicht gestohlen, sondern verloren", "de", True),
        ("Ich weiß nicht, ob meine Karte gestohlen wurde", "de", True),
    ],
)
def test_negation_scope(text: str, language: str, risky: bool) -> None:
    result = detect_risk(text, language)
    assert bool({"fraud", "stolen_card"} & set(result.topics)) is risky, result


@pytest.mark.parametrize(
    ("text", "language", "hardship"),
    [
        ("what happens if I can't pay my instalment?", "en", False),
        ("I can't pay my instalment, what happens now?", "en", True),
        ("I lost my job, what happens if I can't pay?", "en", True),
        ("what happens when it goes to debt collection?", "en", False),
        ("a debt collector keeps calling me", "en", True),
        # A letter is how collection starts (the bot explains it); pressure is hardship.
        ("I got a letter from a debt collection agency", "en", False),
        ("a debt collector keeps sending me letters", "en", True),
        ("Was passiert, wenn ich die Rate nicht zahlen kann?", "de", False),
        ("Ich kann die Rate nicht zahlen", "de", True),
        ("Qué pasa si no puedo pagar las cuotas?", "es", False),
    ],
)
def test_hardship_is_stated_not_asked(text: str, language: str, hardship: bool) -> None:
    assert ("hardship" in detect_risk(text, language).topics) is hardship


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        ("my card was stollen", "en", "stolen_card"),
        ("my account got hakced", "en", "compromised_account"),
        ("a paymnet i dont recognise", "en", "fraud"),
        ("Karte wurde gestolhen", "de", "stolen_card"),
        ("mi tarjeta fue robadda", "es", "stolen_card"),
    ],
)
def test_finger_slips_are_read_as_the_word(text: str, language: str, topic: str) -> None:
    assert topic in detect_risk(text, language).topics


def test_text_and_intent_combine_in_topic_order() -> None:
    result = detect_risk("I will sue you, I was scammed", "en", intent="lost_or_stolen_card")
    assert result.topics == ("fraud", "stolen_card", "legal_threat")
    assert "intent:lost_or_stolen_card" in result.matched


def test_matched_names_the_phrases() -> None:
    result = detect_risk("my card was stolen", "en")
    assert result.matched == ("card ... stolen",)


def test_language_gated_words() -> None:
    assert "bereavement" in detect_risk("min far dog igår", "sv").topics
    assert detect_risk("my dog is far away", "en") == Risk((), ())
    assert "legal_threat" in detect_risk("Sprawa trafi do sąd", "pl").topics
    assert detect_risk("I am sad", None) == Risk((), ())


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "🙂💳🔥",
        "<img src=x onerror=alert(1)>stolen</img>",
        "'; DROP TABLE cards; -- stolen card",
        "x" * 10_000,
        "stolen card " * 1_000,
        "\x00\x00",
        "我的卡被偷了",
    ],
)
def test_hostile_input(text: str) -> None:
    result = detect_risk(text, None)
    assert set(result.topics) <= set(TOPICS)
    assert list(result.topics) == [t for t in TOPICS if t in result.topics]


def test_html_and_sql_still_find_the_words() -> None:
    assert "stolen_card" in detect_risk("<p>my card was <b>stolen</b></p>", "en").topics
    assert "stolen_card" in detect_risk("'; DROP TABLE x; -- stolen card", "en").topics


def test_result_is_frozen() -> None:
    result = detect_risk("fraud", "en")
    assert result.risky
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.topics = ()  # type: ignore[misc]
