"""Language identification on short chat messages in all 35 supported languages."""

from __future__ import annotations

import pytest

from router.classification.language import (
    SUPPORTED_LANGUAGES,
    UNDETERMINED,
    LanguageGuess,
    detect_language,
)

# Short customer-service messages written for these tests (not taken from any data set).
SAMPLES: dict[str, list[str]] = {
    "en": ["where is my refund?", "my card was declined", "I want to cancel my order"],
    "de": ["Mitarbeiter", "Wo ist meine Rückerstattung?", "Meine Karte wurde abgelehnt"],
    "sv": ["Hej, var är min retur?", "jag vill avbryta min beställning", "tack för hjälpen"],
    "fr": ["où est mon remboursement ?", "ma carte a été refusée", "je veux annuler ma commande"],
    "es": ["mi tarjeta fue rechazada", "quiero cancelar mi pedido", "gracias por la ayuda"],
    "it": ["dov'è il mio rimborso?", "voglio annullare il mio ordine", "grazie mille"],
    "nl": ["waar is mijn terugbetaling?", "mijn kaart is geweigerd", "bedankt voor de hulp"],
    "da": ["hvor er min tilbagebetaling?", "jeg vil gerne annullere min ordre", "tak for hjælpen"],
    "no": ["hvor er refusjonen min?", "kortet mitt ble avvist", "takk for hjelpen"],
    "fi": ["missä palautukseni on?", "korttini hylättiin", "haluan peruuttaa tilaukseni"],
    "pl": ["gdzie jest mój zwrot?", "moja karta została odrzucona", "dziękuję za pomoc"],
    "pt": ["onde está o meu reembolso?", "o meu cartão foi recusado", "obrigado pela ajuda"],
    "cs": ["kde je moje vrácení peněz?", "moje karta byla zamítnuta", "děkuji za pomoc"],
    "sk": ["kde je moja refundácia?", "moja karta bola zamietnutá", "ďakujem za pomoc"],
    "hu": ["hol van a visszatérítésem?", "elutasították a kártyámat", "köszönöm a segítséget"],
    "ro": ["unde este rambursarea mea?", "cardul meu a fost refuzat", "vreau să anulez comanda"],
    "bg": ["къде е възстановяването ми?", "картата ми беше отказана", "благодаря за помощта"],
    "el": ["πού είναι η επιστροφή χρημάτων μου;", "η κάρτα μου απορρίφθηκε", "ευχαριστώ"],
    "hr": ["gdje je moj povrat novca?", "moja kartica je odbijena", "želim otkazati narudžbu"],
    "sl": ["kje je moje vračilo?", "moja kartica je bila zavrnjena", "hvala za pomoč"],
    "et": ["kus on minu tagasimakse?", "minu kaart lükati tagasi", "aitäh abi eest"],
    "lv": ["kur ir mana naudas atmaksa?", "mana karte tika noraidīta", "paldies par palīdzību"],
    "lt": ["kur mano pinigų grąžinimas?", "mano kortelė buvo atmesta", "ačiū už pagalbą"],
    "ga": ["cá bhfuil m'aisíocaíocht?", "diúltaíodh do mo chárta", "go raibh maith agat"],
    "mt": ["fejn hu r-rimborż tiegħi?", "il-karta tiegħi ġiet miċħuda", "grazzi tal-għajnuna"],
    "is": ["hvar er endurgreiðslan mín?", "kortinu mínu var hafnað", "takk fyrir hjálpina"],
    "tr": ["kartım reddedildi", "siparişimi iptal etmek istiyorum", "ödeme başarısız oldu"],
    "ru": ["где мой возврат?", "моя карта была отклонена", "я хочу отменить заказ"],
    "uk": ["де моє повернення коштів?", "мою картку відхилено", "дякую за допомогу"],
    "ar": ["أين استرداد أموالي؟", "تم رفض بطاقتي", "أريد إلغاء طلبي"],
    "he": ["איפה ההחזר שלי?", "הכרטיס שלי נדחה", "אני רוצה לבטל את ההזמנה"],
    "ja": ["返金はどこですか？", "カードが拒否されました", "注文をキャンセルしたい"],
    "zh": ["我的退款在哪里？", "我的卡被拒绝了", "我想取消订单"],
    "ko": ["환불은 어디에 있나요?", "카드가 거절되었습니다", "주문을 취소하고 싶어요"],
    "hi": ["मेरा रिफंड कहाँ है?", "मेरा कार्ड अस्वीकार कर दिया गया", "मदद के लिए धन्यवाद"],
}


def test_supported_languages_cover_the_35_markets() -> None:
    assert set(SAMPLES) == SUPPORTED_LANGUAGES
    assert len(SUPPORTED_LANGUAGES) == 35


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in SAMPLES.items() for text in texts]
)
def test_detects_short_messages(language: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.code == language
    assert 0.0 < guess.confidence <= 1.0


def test_accuracy_without_hint_is_high() -> None:
    texts = [(lang, text) for lang, items in SAMPLES.items() for text in items]
    correct = sum(detect_language(text).code == lang for lang, text in texts)
    assert correct / len(texts) >= 0.97


@pytest.mark.parametrize(
    ("text", "hint"),
    [("agent", "sv"), ("ok", "de"), ("persona", "it"), ("AGENT AGENT", "nl"), ("hi", "fi")],
)
def test_hint_settles_very_short_text(text: str, hint: str) -> None:
    assert detect_language(text, hint=hint).code == hint


def test_hint_does_not_override_a_clear_text() -> None:
    guess = detect_language("Ich möchte meine Bestellung stornieren, bitte", hint="sv")
    assert guess.code == "de"
    assert detect_language("я хочу отменить заказ", hint="en").code == "ru"


def test_hint_variants_are_normalised() -> None:
    assert detect_language("agent", hint="nb-NO").code == "no"
    assert detect_language("agent", hint="SV_se").code == "sv"
    assert detect_language("agent", hint="xx").code == "en"


def test_known_short_words_without_hint() -> None:
    assert detect_language("Mitarbeiter").code == "de"
    assert detect_language("handläggare").code == "sv"
    assert detect_language("conseiller").code == "fr"
    assert detect_language("medewerker").code == "nl"
    assert detect_language("hej").code == "sv"
    assert detect_language("human").code == "en"


def test_no_letters() -> None:
    assert detect_language("12345 !!!") == LanguageGuess(UNDETERMINED, 0.0)
    assert detect_language("") == LanguageGuess(UNDETERMINED, 0.0)
    assert detect_language("+++", hint="de").code == "de"


def test_urls_and_mentions_are_ignored() -> None:
    guess = detect_language("https://example.com/order/123 wo ist mein Paket?")
    assert guess.code == "de"


def test_japanese_kanji_only_with_hint() -> None:
    assert detect_language("注文").code == "zh"
    assert detect_language("注文", hint="ja").code == "ja"


def test_guess_is_frozen() -> None:
    guess = detect_language("hello")
    with pytest.raises(AttributeError):
        guess.code = "de"  # type: ignore[misc]
