"""Pure parts: system messages, number and date formats, order numbers and amounts."""

from __future__ import annotations

from datetime import date

import pytest

from router.bot.extract import Amount, amounts, order_numbers
from router.bot.phrases import format_date, format_money
from router.bot.system_messages import SystemMessage, system_languages, system_text, wait_minutes
from router.bot.texts import all_texts
from router.customers.backend import Money

LANGUAGES = {"de", "en", "sv", "fr", "es", "it", "nl", "da", "no", "fi", "pl"}
# What a ticket's agent or timers tell the customer exists in English, German and Swedish only.
TICKET_NOTICES = {
    SystemMessage.AGENT_LEFT, SystemMessage.RESOLVED, SystemMessage.ABANDONED,
    SystemMessage.EXPIRED,
}  # fmt: skip


@pytest.mark.parametrize("key", [k for k in SystemMessage if k not in TICKET_NOTICES])
def test_every_system_message_in_at_least_eleven_languages(key: SystemMessage) -> None:
    assert system_languages(key) >= LANGUAGES
    for language in LANGUAGES:
        text = system_text(key, language, position=2, minutes=3, name="Anna")
        assert "{" not in text and text.strip()


def test_system_messages_fill_in_their_values() -> None:
    assert (
        system_text(SystemMessage.QUEUE_POSITION, "en", position=3, minutes=4)
        == "You are number 3 in the queue, about 4 min."
    )
    assert system_text(SystemMessage.AGENT_JOINED, "de", name="Anna") == "Anna ist jetzt im Chat"
    assert system_text(SystemMessage.HANDOFF, "xx").startswith("I'm connecting you")
    assert system_text(SystemMessage.HANDOFF, None) == system_text(SystemMessage.HANDOFF, "en")
    with pytest.raises(KeyError, match="minutes"):
        system_text(SystemMessage.QUEUE_POSITION, "en", position=3)
    assert [wait_minutes(s) for s in (0, 59, 60, 61, 600)] == [1, 1, 1, 2, 10]


SERVED = {"en", "de", "sv", "da", "no", "fi", "fr", "es", "it", "nl", "pl", "pt"}


@pytest.mark.parametrize("section", ["dialogue", "facts", "system"])
def test_every_text_exists_in_the_twelve_languages_the_bot_serves(section: str) -> None:
    for key, texts in all_texts()[section].items():  # type: ignore[index]
        assert set(texts) >= SERVED, (section, key, sorted(SERVED - set(texts)))


def test_money_and_dates_per_language() -> None:
    assert format_money(Money(4990, "EUR"), "de") == "49,90 €"
    assert format_money(Money(4990, "EUR"), "en") == "€49.90"
    assert format_money(Money(123456, "EUR"), "de") == "1.234,56 €"
    assert format_money(Money(49900, "SEK"), "sv") == "499,00 kr"
    today = date(2026, 11, 25)
    assert format_date(date(2026, 12, 3), "de", today) == "3. Dezember"
    assert format_date(date(2026, 12, 3), "en", today) == "3 December"
    assert format_date(date(2027, 1, 3), "sv", today) == "3 januari 2027"
    assert format_date(date(2026, 12, 3), "pl", today) == "3 grudnia"
    assert format_money(Money(4990, "EUR"), "fr") == "49,90 €"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Where is my refund for order 1042?", ["1042"]),
        ("Bestellung Nr. 1017 und #1055", ["1017", "1055"]),
        ("1042; DROP TABLE orders", ["1042"]),
        ("order 1042' OR '1'='1", ["1042"]),
        ("I paid 49,90 € on 2026-11-03", []),
        (f"my card is {'4111 1111 1111 1111'}", []),
        ("since 2025 I have been a customer", []),
        ("call me on 070-123 45 67", []),
    ],
)
def test_order_numbers(text: str, numbers: list[str]) -> None:
    assert order_numbers(text) == numbers


def test_amounts() -> None:
    assert amounts("I was charged 49,90 € and €12.5 and 499 kr") == [
        Amount(4990, "EUR"), Amount(1250, "EUR"), Amount(49900, "SEK"),
    ]  # fmt: skip
