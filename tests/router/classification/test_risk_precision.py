"""Precision on ordinary support messages: a word that is ordinary in one language counts only
in the language where it names a risk (Spanish "de golpe" is not Portuguese "golpe", Finnish
"mistä" not Norwegian "mista"); "I can't pay" about when or how (a due date to move, a payment
method that fails) is not hardship; a letter about collection is not pressure; "the app doesn't
show my payment" is not "this payment is not mine". The risk words keep working in their own
language."""

from __future__ import annotations

import pytest

from router.classification.risk import detect_risk

# Ordinary messages, in the language they are written in: no topic at all.
ORDINARY = [
    # words of another language's lexicon
    ("cómo pagar todo de golpe", "es"),
    ("me llegaron todos los cargos de golpe", "es"),
    ("congelar el pago hasta que la tienda conteste", "es"),
    ("¿me puedes contestar por correo?", "es"),
    ("¿esto es un robo de tiempo o qué? es un robô?", "pt"),
    ("in questo contesto, posso pagare dopo?", "it"),
    ("le paiement tombe trop tôt, je peux le repousser ?", "fr"),
    ("ik heb geen toegang meer tot mijn oude nummer", "nl"),
    ("het pakket komt tot uiterlijk vrijdag", "nl"),
    ("butikken har ikke svaret på min klage", "da"),
    ("jeg vil gerne klage over varen", "da"),
    ("je voudrais mettre mon mail perso à la place", "fr"),
    ("code invalide", "fr"),
    ("dov'è il mio ordine?", "it"),
    ("mistä vaihdan luottokortin", "fi"),
    ("mistä löydän laskun ja kortin tiedot", "fi"),
    # "not my ..." after a verb, and a wrong parcel
    ("appen viser ikke mit nye køb", "da"),
    ("appen viser ikke min betaling", "no"),
    ("varför syns inte min betalning i appen", "sv"),
    ("appen visar inte mitt köp", "sv"),
    ("to chyba nie moje zamówienie, w środku jest coś innego", "pl"),
    ("this is not my order, there is something else inside", "en"),
    # a declined or failed payment
    ("kauf beim checkout nicht genehmigt", "de"),
    ("die Zahlung wurde nicht genehmigt", "de"),
    ("Le prélèvement n'est pas passé, que faire ?", "fr"),
    ("sem dinheiro na conta, pagamento recusado", "pt"),
    # can't pay: when or how
    ("ich kann freitag nicht zahlen, geht nächste woche", "de"),
    ("ich kann morgen nicht zahlen, geht das später?", "de"),
    ("jag kan inte betala på fredag, går nästa vecka", "sv"),
    ("jeg kan ikke betale til tiden denne gang", "da"),
    ("jeg klarer ikke å betale i tide denne gangen", "no"),
    ("en pysty maksamaan ajallaan tällä kertaa", "fi"),
    ("I can't pay on Friday, can I move it?", "en"),
    ("why can't I pay with my card?", "en"),
    ("pourquoi je peux pas payer en 3 fois sur ce site", "fr"),
    ("je ne peux pas payer avec ma carte", "fr"),
    ("no puedo pagarlo con esta tarjeta", "es"),
    ("non riesco a pagare con voi sul sito", "it"),
    ("stavolta non riesco a pagare in tempo", "it"),
    ("porque não posso pagar convosco", "pt"),
    ("desta vez não consigo pagar a tempo", "pt"),
    ("nie mogę zapłacić kartą", "pl"),
    ("ik kan vandaag niet betalen, kan het morgen?", "nl"),
    # asking about collection, a deferral, a credit register
    ("jeg har fået et brev om inkasso", "da"),
    ("brief van het incassobureau gekregen", "nl"),
    ("dostałem pismo od firmy windykacyjnej", "pl"),
    ("combien de relances avant le recouvrement ?", "fr"),
    ("stundung möglich?", "de"),
    ("je vais être fiché à la banque de france ?", "fr"),
    ("vou aparecer no banco de portugal?", "pt"),
    ("jeg har mistet adgang til både mail og telefon", "da"),
    ("I lost access to my email", "en"),
]

# (text, language, topic): the same words where they do name a risk.
STILL_RISK = [
    ("Foi um golpe", "pt", "fraud"),
    ("acho que caí num golpe", "pt", "fraud"),
    ("quero contestar esta cobrança", "pt", "dispute"),
    ("contesto l'addebito", "it", "dispute"),
    ("je conteste ce prélèvement", "fr", "dispute"),
    ("Mein Vater ist tot", "de", "bereavement"),
    ("ich werde Klage einreichen", "de", "legal_threat"),
    ("ho perso il telefono", "it", "compromised_account"),
    ("ik ben invalide", "nl", "vulnerable_customer"),
    ("jag är döv", "sv", "vulnerable_customer"),
    ("jeg er døv", "da", "vulnerable_customer"),
    ("jeg har mista kortet", "no", "stolen_card"),
    ("fue un robo, se llevaron mi tarjeta", "es", "stolen_card"),
    ("det är inte mitt köp", "sv", "fraud"),
    ("det er ikke mit køb", "da", "fraud"),
    ("den betalingen er ikke min", "no", "fraud"),
    ("to nie moje zamówienie", "pl", "fraud"),
    ("ich habe die Zahlung nicht genehmigt", "de", "fraud"),
    ("je n'ai jamais passé cette commande", "fr", "fraud"),
    ("I can't pay my instalments, I lost my job", "en", "hardship"),
    ("I can't pay my rent this month", "en", "hardship"),
    ("Ich kann die Raten nicht mehr zahlen", "de", "hardship"),
    ("jag kan inte betala fakturan", "sv", "hardship"),
    ("jeg kan ikke betale regningen", "da", "hardship"),
    ("en pysty maksamaan laskua", "fi", "hardship"),
    ("je ne peux plus payer mes mensualités", "fr", "hardship"),
    ("no puedo pagar las cuotas", "es", "hardship"),
    ("non riesco a pagare le rate", "it", "hardship"),
    ("não consigo pagar as prestações", "pt", "hardship"),
    ("nie mogę spłacić raty", "pl", "hardship"),
    ("ik kan de termijn niet betalen", "nl", "hardship"),
    ("the debt collector keeps calling me", "en", "hardship"),
    ("je vais saisir la banque de france", "fr", "legal_threat"),
]


@pytest.mark.parametrize(("text", "language"), ORDINARY)
def test_ordinary_messages_raise_no_topic(text: str, language: str) -> None:
    assert detect_risk(text, language).topics == (), text


@pytest.mark.parametrize(("text", "language", "topic"), STILL_RISK)
def test_risk_words_keep_working_in_their_language(text: str, language: str, topic: str) -> None:
    assert topic in detect_risk(text, language).topics


def test_a_dispute_with_the_shop_is_still_a_dispute() -> None:
    assert detect_risk("I have a dispute with the shop, I want a chargeback", "en").topics == (
        "dispute",
    )
    assert detect_risk("I'm in a dispute with the shop and want to dispute the charge", "en").risky


def test_pausing_payments_during_a_dispute_with_the_shop_is_a_question() -> None:
    # The knowledge base answers it (pause_payment): not a dispute with us.
    assert not detect_risk("I have a dispute with the shop, can I pause the payment?", "en").risky
    assert not detect_risk("pause paiement litige", "fr").risky
