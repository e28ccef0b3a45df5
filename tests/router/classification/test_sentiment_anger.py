"""Anger per language: what native speakers write when they are clearly angry reaches the
escalation threshold (0.7) alone; mild dissatisfaction stays below it; polite messages,
thanks and ordinary questions stay at zero."""

from __future__ import annotations

import pytest

from router.classification.sentiment import ANGRY, FRUSTRATED, detect_sentiment

ANGRY_MESSAGES = [
    # English
    ("useless bot", "en"),
    ("this is a joke", "en"),
    ("you are completely useless", "en"),
    ("what a pathetic service", "en"),
    ("I'm furious", "en"),
    ("I've had enough of this company", "en"),
    ("this is absolutely unacceptable", "en"),
    ("bunch of clowns", "en"),
    ("are you kidding me", "en"),
    # German
    ("Was für ein Saftladen!", "de"),
    ("Das ist doch Verarsche", "de"),
    ("unverschämt", "de"),
    ("Ihr seid völlig unfähig", "de"),
    ("das ist eine Frechheit", "de"),
    ("euer Service ist unterirdisch", "de"),
    ("ich bin stinksauer", "de"),
    ("so ein Drecksladen", "de"),
    # Dutch
    ("dit is belachelijk", "nl"),
    ("waardeloos", "nl"),
    ("wat een prutsers", "nl"),
    ("ik ben woedend", "nl"),
    ("het is een schande", "nl"),
    ("onacceptabel", "nl"),
    # Swedish
    ("vilket skitföretag", "sv"),
    ("ni är värdelösa", "sv"),
    ("det här är under all kritik", "sv"),
    ("jag är så förbannad", "sv"),
    ("helt oacceptabelt", "sv"),
    ("löjligt", "sv"),
    # Danish
    ("elendigt", "da"),
    ("det er helt håbløst", "da"),
    ("I er ubrugelige", "da"),
    ("jeg er rasende", "da"),
    ("det er latterligt", "da"),
    ("sikke et lortefirma", "da"),
    # Norwegian
    ("helt håpløst", "no"),
    ("dette er elendig", "no"),
    ("jeg er forbanna", "no"),
    ("dere er ubrukelige", "no"),
    ("latterlig", "no"),
    ("for et drittselskap", "no"),
    # Finnish
    ("ihan surkeaa", "fi"),
    ("ärsyttää", "fi"),
    ("tämä on naurettavaa", "fi"),
    ("olen raivoissani", "fi"),
    ("täysin hyödytön palvelu", "fi"),
    ("ala-arvoista palvelua", "fi"),
    # French
    ("c'est inadmissible", "fr"),
    ("vous vous foutez de moi", "fr"),
    ("bande d'incompétents", "fr"),
    ("c'est une honte", "fr"),
    ("je suis furieux", "fr"),
    ("service lamentable", "fr"),
    ("c'est scandaleux", "fr"),
    # Spanish
    ("sois unos inútiles", "es"),
    ("es una vergüenza", "es"),
    ("esto es una tomadura de pelo", "es"),
    ("estoy harto", "es"),
    ("servicio pésimo", "es"),
    ("es inaceptable", "es"),
    ("qué vergüenza de empresa", "es"),
    # Italian
    ("vergogna", "it"),
    ("siete ridicoli", "it"),
    ("siete degli incapaci", "it"),
    ("servizio pessimo", "it"),
    ("sono incazzato", "it"),
    ("è inaccettabile", "it"),
    ("mi prendete in giro", "it"),
    # Polish
    ("skandal", "pl"),
    ("żenada", "pl"),
    ("jestem wściekły", "pl"),
    ("obsługa beznadziejna", "pl"),
    ("to jest niedopuszczalne", "pl"),
    ("totalne dno", "pl"),
    # Portuguese
    ("uma vergonha", "pt"),
    ("incompetentes", "pt"),
    ("estou furioso", "pt"),
    ("que serviço péssimo", "pt"),
    ("isto é inaceitável", "pt"),
    ("que palhaçada", "pt"),
]

MILD_MESSAGES = [
    ("hmm that did not help", "en"),
    ("not what I asked", "en"),
    ("that didn't really help", "en"),
    ("unfortunately it still doesn't work", "en"),
    ("unbelievable, still no refund", "en"),
    ("das hat nicht geholfen", "de"),
    ("leider funktioniert es immer noch nicht", "de"),
    ("dat helpt niet", "nl"),
    ("det hjälper inte", "sv"),
    ("det hjælper ikke", "da"),
    ("det hjelper ikke", "no"),
    ("ei auta", "fi"),
    ("ça n'aide pas", "fr"),
    ("malheureusement ça ne marche toujours pas", "fr"),
    ("no me ayuda", "es"),
    ("non mi aiuta", "it"),
    ("não me ajuda", "pt"),
    ("nie pomaga", "pl"),
]

CALM_MESSAGES = [
    ("Thanks a lot!", "en"),
    ("Unbelievable, it worked! Thank you", "en"),
    ("When is my next payment due?", "en"),
    ("I thought I had enough money on the card", "en"),
    ("Vielen Dank für die Hilfe", "de"),
    ("Wann ist meine nächste Rate fällig?", "de"),
    ("Lösche meine dritte Erinnerung", "de"),
    ("Bedankt voor de hulp", "nl"),
    ("Tack för hjälpen", "sv"),
    ("Kan ni hjälpa mig med min faktura?", "sv"),
    ("Tak for hjælpen", "da"),
    ("Takk for hjelpen", "no"),
    ("Kiitos avusta", "fi"),
    ("Merci beaucoup", "fr"),
    ("Incroyable, merci !", "fr"),
    ("Quand dois-je payer ?", "fr"),
    ("Muchas gracias", "es"),
    ("Grazie mille", "it"),
    ("Dziękuję bardzo", "pl"),
    ("Muito obrigado", "pt"),
]


@pytest.mark.parametrize(("text", "language"), ANGRY_MESSAGES)
def test_clearly_angry_messages_escalate(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert result.frustration >= ANGRY, result
    assert result.sentiment < 0, result


@pytest.mark.parametrize(("text", "language"), MILD_MESSAGES)
def test_mild_dissatisfaction_stays_below_anger(text: str, language: str) -> None:
    result = detect_sentiment(text, language)
    assert result.frustration < ANGRY, result
    assert result.sentiment < 0, result


@pytest.mark.parametrize(("text", "language"), CALM_MESSAGES)
def test_polite_messages_stay_at_zero(text: str, language: str) -> None:
    assert detect_sentiment(text, language).frustration == 0.0


def test_thresholds() -> None:
    assert FRUSTRATED < ANGRY == 0.7
    assert not detect_sentiment("shit, I forgot my PIN", "en").frustration >= ANGRY
    assert detect_sentiment("I'm not angry, just confused", "en").frustration < FRUSTRATED
    assert detect_sentiment("not useless at all, thanks", "en").frustration < FRUSTRATED
