"""Risk topics per language: several natural phrasings (informal, typos, missing accents) of
fraud, stolen cards and taken-over accounts, negated look-alikes, and the ordinary support
questions the bot answers itself."""

from __future__ import annotations

import pytest

from router.classification.risk import detect_risk

SECURITY = {"fraud", "stolen_card", "compromised_account"}

# (text, language, topic)
POSITIVES = [
    # English
    ("There's a payment on my account I didn't make", "en", "fraud"),
    ("someone ordered stuff in my name", "en", "fraud"),
    ("i dont know who made this payment", "en", "fraud"),
    ("it wasn't me, I never bought this", "en", "fraud"),
    ("got a bill for a purchase i didnt make", "en", "fraud"),
    ("someone has been using my card details", "en", "fraud"),
    ("there is a charge I never authorized", "en", "fraud"),
    ("I think I've been scamed", "en", "fraud"),
    ("somebody opened an account using my name", "en", "fraud"),
    ("I think my card was stolen", "en", "stolen_card"),
    ("my card got stollen", "en", "stolen_card"),
    ("lost my wallet with my cards in it", "en", "stolen_card"),
    ("Someone nicked my purse on the bus", "en", "stolen_card"),
    ("my account got hakced", "en", "compromised_account"),
    ("someone changed my password and email", "en", "compromised_account"),
    ("someone logged into my account from another country", "en", "compromised_account"),
    # German
    ("Da ist eine Zahlung, die ich nicht gemacht habe", "de", "fraud"),
    ("Jemand hat in meinem Namen bestellt", "de", "fraud"),
    ("ich weiß nicht, wer diese Zahlung gemacht hat", "de", "fraud"),
    ("Das war ich nicht!", "de", "fraud"),
    ("ich glaube das ist betrug", "de", "fraud"),
    ("Rechnung für etwas das ich nie bestellt habe", "de", "fraud"),
    ("Meine Karte wurde geklaut", "de", "stolen_card"),
    ("ich glaube meine karte ist gestolen worden", "de", "stolen_card"),
    ("Hab mein Portemonnaie verloren", "de", "stolen_card"),
    ("meine karte ist weg", "de", "stolen_card"),
    ("Mein Konto wurde gehackt", "de", "compromised_account"),
    ("jemand hat mein Passwort geändert", "de", "compromised_account"),
    # Dutch
    ("Er staat een betaling die ik niet heb gedaan", "nl", "fraud"),
    ("iemand heeft op mijn naam besteld", "nl", "fraud"),
    ("ik weet niet wie deze betaling heeft gedaan", "nl", "fraud"),
    ("ik ben opgelicht", "nl", "fraud"),
    ("Mijn pas is gestolen", "nl", "stolen_card"),
    ("ik ben mijn portemonnee kwijt", "nl", "stolen_card"),
    ("mn account is gehackt", "nl", "compromised_account"),
    ("iemand heeft mijn wachtwoord veranderd", "nl", "compromised_account"),
    # Swedish
    ("Det finns en betalning som jag inte har gjort", "sv", "fraud"),
    ("någon har beställt i mitt namn", "sv", "fraud"),
    ("jag vet inte vem som gjort den här betalningen", "sv", "fraud"),
    ("det var inte jag som handlade", "sv", "fraud"),
    ("jag har blivit lurad", "sv", "fraud"),
    ("Mitt kort har blivit stulet", "sv", "stolen_card"),
    ("jag har tappat bort min plånbok", "sv", "stolen_card"),
    ("nån snodde mitt kort", "sv", "stolen_card"),
    ("mitt konto har blivit hackat", "sv", "compromised_account"),
    ("någon har loggat in på mitt konto", "sv", "compromised_account"),
    # Danish
    ("Der er en betaling jeg ikke har foretaget", "da", "fraud"),
    ("nogen har bestilt i mit navn", "da", "fraud"),
    ("det var ikke mig der købte det", "da", "fraud"),
    ("jeg er blevet snydt", "da", "fraud"),
    ("Mit kort er blevet stjålet", "da", "stolen_card"),
    ("jeg har mistet min pung", "da", "stolen_card"),
    ("min konto er blevet hacket", "da", "compromised_account"),
    # Norwegian
    ("Det er en betaling jeg ikke har gjort", "no", "fraud"),
    ("noen har bestilt i mitt navn", "no", "fraud"),
    ("det var ikke meg som kjøpte dette", "no", "fraud"),
    ("jeg har blitt svindlet", "no", "fraud"),
    ("Kortet mitt ble stjålet", "no", "stolen_card"),
    ("jeg har mistet lommeboka mi", "no", "stolen_card"),
    ("kontoen min er hacket", "no", "compromised_account"),
    # Finnish
    ("Tililläni on maksu jota en ole tehnyt", "fi", "fraud"),
    ("joku on tilannut minun nimissäni", "fi", "fraud"),
    ("en tiedä kuka teki tämän maksun", "fi", "fraud"),
    ("minua on huijattu", "fi", "fraud"),
    ("korttini on varastettu", "fi", "stolen_card"),
    ("hukkasin lompakkoni", "fi", "stolen_card"),
    ("tilini on hakkeroitu", "fi", "compromised_account"),
    # French
    ("Il y a un paiement que je n'ai pas fait", "fr", "fraud"),
    ("quelqu'un a commandé à mon nom", "fr", "fraud"),
    ("je sais pas qui a fait ce paiement", "fr", "fraud"),
    ("c'est pas moi qui ai acheté ça", "fr", "fraud"),
    ("je me suis fait arnaquer", "fr", "fraud"),
    ("on m'a vole ma carte", "fr", "stolen_card"),
    ("j'ai perdu mon portefeuille", "fr", "stolen_card"),
    ("mon compte a ete pirate", "fr", "compromised_account"),
    ("quelqu'un a changé mon mot de passe", "fr", "compromised_account"),
    # Spanish
    ("Hay un pago que yo no hice", "es", "fraud"),
    ("alguien ha comprado a mi nombre", "es", "fraud"),
    ("no se quien hizo este pago", "es", "fraud"),
    ("no fui yo", "es", "fraud"),
    ("me han estafado", "es", "fraud"),
    ("me robaron la cartera", "es", "stolen_card"),
    ("he perdido mi tarjeta", "es", "stolen_card"),
    ("me han hackeado la cuenta", "es", "compromised_account"),
    ("alguien cambió mi contraseña", "es", "compromised_account"),
    # Italian
    ("C'è un pagamento che non ho fatto io", "it", "fraud"),
    ("qualcuno ha ordinato a mio nome", "it", "fraud"),
    ("non so chi ha fatto questo pagamento", "it", "fraud"),
    ("non sono stato io", "it", "fraud"),
    ("mi hanno truffato", "it", "fraud"),
    ("mi hanno rubato la carta", "it", "stolen_card"),
    ("ho perso il portafoglio", "it", "stolen_card"),
    ("il mio account e stato hackerato", "it", "compromised_account"),
    # Portuguese
    ("Há um pagamento que eu não fiz", "pt", "fraud"),
    ("alguém fez compras em meu nome", "pt", "fraud"),
    ("nao sei quem fez esse pagamento", "pt", "fraud"),
    ("não fui eu", "pt", "fraud"),
    ("caí num golpe", "pt", "fraud"),
    ("roubaram meu cartao", "pt", "stolen_card"),
    ("perdi a minha carteira", "pt", "stolen_card"),
    ("minha conta foi hackeada", "pt", "compromised_account"),
    ("alguém mudou minha senha", "pt", "compromised_account"),
    # Polish
    ("Jest płatność, której nie zrobiłem", "pl", "fraud"),
    ("ktoś zamówił na moje dane", "pl", "fraud"),
    ("nie wiem kto zrobił tę płatność", "pl", "fraud"),
    ("to nie ja", "pl", "fraud"),
    ("zostałem oszukany", "pl", "fraud"),
    ("ukradli mi portfel", "pl", "stolen_card"),
    ("zgubilam karte", "pl", "stolen_card"),
    ("moje konto zostalo zhakowane", "pl", "compromised_account"),
    ("ktoś zmienił moje hasło", "pl", "compromised_account"),
]

# Negated: not a security topic.
NEGATED = [
    ("my card isn't stolen, I just got a new one", "en"),
    ("no fraud, I just want to change my card", "en"),
    ("nothing was stolen", "en"),
    ("I wasn't scammed, I just want to know how Pay in 3 works", "en"),
    ("my card was not lost, I want to update it", "en"),
    ("I haven't lost my card, it expired", "en"),
    ("Meine Karte wurde nicht gestohlen, ich habe nur eine neue bekommen", "de"),
    ("kein Betrug, ich möchte nur meine Karte ändern", "de"),
    ("es wurde nichts gestohlen", "de"),
    ("Ich habe meine Karte nicht verloren", "de"),
    ("mijn pas is niet gestolen, ik heb een nieuwe", "nl"),
    ("geen fraude, ik wil alleen mijn kaart wijzigen", "nl"),
    ("ik ben niet opgelicht", "nl"),
    ("mitt kort är inte stulet, jag har fått ett nytt", "sv"),
    ("inget bedrägeri, jag vill bara byta kort", "sv"),
    ("jag har inte blivit lurad", "sv"),
    ("mit kort er ikke stjålet, jeg har fået et nyt", "da"),
    ("ingen svindel, jeg vil bare skifte kort", "da"),
    ("kortet mitt er ikke stjålet, jeg har fått nytt", "no"),
    ("ingen svindel, jeg vil bare bytte kort", "no"),
    ("korttiani ei ole varastettu, sain uuden", "fi"),
    ("ei huijausta, haluan vain vaihtaa korttini", "fi"),
    ("ma carte n'a pas été volée, j'en ai juste reçu une nouvelle", "fr"),
    ("pas de fraude, je veux juste changer ma carte", "fr"),
    ("je n'ai pas été arnaqué, je veux juste savoir", "fr"),
    ("mi tarjeta no ha sido robada, solo tengo una nueva", "es"),
    ("no es un fraude, solo quiero cambiar mi tarjeta", "es"),
    ("no me han estafado, solo quiero saber una cosa", "es"),
    ("la mia carta non è stata rubata, ne ho una nuova", "it"),
    ("nessuna truffa, voglio solo cambiare carta", "it"),
    ("o meu cartão não foi roubado, só recebi um novo", "pt"),
    ("não é fraude, só quero trocar o cartão", "pt"),
    ("moja karta nie została skradziona, mam nową", "pl"),
    ("to nie oszustwo, chcę tylko zmienić kartę", "pl"),
]

# Ordinary support the bot answers: no risk topic at all.
ORDINARY = [
    ("My parcel never arrived", "en"),
    ("I never received the item", "en"),
    ("I was charged twice for the same order", "en"),
    ("there's a duplicate charge on my card", "en"),
    ("the app shows the wrong amount", "en"),
    ("why did I get a late fee?", "en"),
    ("what happens if I don't pay?", "en"),
    ("will my debt go to debt collection?", "en"),
    ("what happens if I can't pay my instalment on time?", "en"),
    ("I didn't make my payment on time, is there a fee?", "en"),
    ("Can someone help me with my card?", "en"),
    ("Meine Bestellung ist nie angekommen", "de"),
    ("Ich wurde doppelt belastet", "de"),
    ("falscher Betrag in der App", "de"),
    ("Was passiert, wenn ich nicht zahle? Kommt dann Inkasso?", "de"),
    ("Warum habe ich eine Mahngebühr bekommen?", "de"),
    ("Mijn pakket is nooit aangekomen", "nl"),
    ("Twee keer afgeschreven", "nl"),
    ("wat gebeurt er als ik niet betaal, komt er een incassobureau?", "nl"),
    ("Paketet har aldrig kommit", "sv"),
    ("jag har blivit debiterad två gånger", "sv"),
    ("vad händer om jag inte betalar? går det till inkasso?", "sv"),
    ("pakken er aldrig kommet", "da"),
    ("hvad sker der hvis jeg ikke betaler", "da"),
    ("pakken har ikke kommet", "no"),
    ("paketti ei ole tullut perille", "fi"),
    ("mitä tapahtuu jos en maksa, meneekö perintään?", "fi"),
    ("On m'a débité deux fois", "fr"),
    ("je n'ai jamais reçu mon colis", "fr"),
    ("que se passe-t-il si je ne paie pas ?", "fr"),
    ("Me han cobrado dos veces", "es"),
    ("nunca recibí el pedido", "es"),
    ("¿qué pasa si no pago?", "es"),
    ("sin embargo el pedido no ha llegado", "es"),
    ("mi hanno addebitato due volte", "it"),
    ("il pacco non è mai arrivato", "it"),
    ("fui cobrado duas vezes", "pt"),
    ("nunca recebi a encomenda", "pt"),
    ("Pobrano dwa razy", "pl"),
    ("paczka nie dotarła", "pl"),
    ("co się stanie jeśli nie zapłacę? czy trafi do windykacji?", "pl"),
]

# (text, language, topic) that still are risk topics.
STILL_RISK = [
    ("I want to dispute this transaction", "en", "dispute"),
    ("I'll file a chargeback with my bank", "en", "dispute"),
    ("I can't afford to pay this month", "en", "hardship"),
    ("I lost my job and can't pay", "en", "hardship"),
    ("a debt collector keeps calling me", "en", "hardship"),
    ("I'm going to take legal action", "en", "legal_threat"),
    ("Ich möchte der Abbuchung widersprechen", "de", "dispute"),
    ("Ich habe meinen Job verloren", "de", "hardship"),
    ("Das Inkassobüro ruft mich ständig an", "de", "hardship"),
    ("ik wil deze betaling betwisten", "nl", "dispute"),
    ("het incassobureau belt me elke dag", "nl", "hardship"),
    ("jag vill bestrida köpet", "sv", "dispute"),
    ("inkasso ringer mig hela tiden", "sv", "hardship"),
    ("jeg har mistet mit job", "da", "hardship"),
    ("jeg har mistet jobben", "no", "hardship"),
    ("menetin työni", "fi", "hardship"),
    ("je veux contester ce paiement", "fr", "dispute"),
    ("un huissier m'appelle tous les jours", "fr", "hardship"),
    ("quiero disputar este cargo", "es", "dispute"),
    ("no puedo pagar las cuotas, me quedé sin trabajo", "es", "hardship"),
    ("voglio contestare l'addebito", "it", "dispute"),
    ("quero contestar esta compra", "pt", "dispute"),
    ("firma windykacyjna ciągle do mnie dzwoni", "pl", "hardship"),
]


@pytest.mark.parametrize(("text", "language", "topic"), POSITIVES)
def test_security_topics(text: str, language: str, topic: str) -> None:
    assert topic in detect_risk(text, language).topics, detect_risk(text, language)


@pytest.mark.parametrize(("text", "language"), NEGATED)
def test_negated_security_topics(text: str, language: str) -> None:
    result = detect_risk(text, language)
    assert not SECURITY & set(result.topics), result


@pytest.mark.parametrize(("text", "language"), ORDINARY)
def test_ordinary_support_is_not_risk(text: str, language: str) -> None:
    assert detect_risk(text, language).topics == (), detect_risk(text, language)


@pytest.mark.parametrize(("text", "language", "topic"), STILL_RISK)
def test_explicit_disputes_and_stated_hardship(text: str, language: str, topic: str) -> None:
    assert topic in detect_risk(text, language).topics, detect_risk(text, language)
