"""Every system message, the bot's and the ticket notices alike, renders in each of its
languages with the values its English text takes, and falls back to English."""

from __future__ import annotations

import pytest

from router.bot.system_messages import (
    SystemMessage,
    system_languages,
    system_placeholders,
    system_text,
)


@pytest.mark.parametrize("key", list(SystemMessage))
def test_every_system_message_has_an_english_text(key: SystemMessage) -> None:
    assert "en" in system_languages(key)


@pytest.mark.parametrize("key", list(SystemMessage))
def test_every_language_of_a_message_takes_the_values_of_its_english_text(
    key: SystemMessage,
) -> None:
    values = {name: f"<{name}>" for name in system_placeholders(key)}
    for language in sorted(system_languages(key)):
        text = system_text(key, language, **values)  # a placeholder English lacks: KeyError
        assert text.strip() and "{" not in text and "}" not in text, (language, text)
        for value in values.values():  # and none of English's is left out
            assert value in text, (language, text)


def test_the_agent_notices_take_the_agent_name() -> None:
    for key in (
        SystemMessage.AGENT_JOINED,
        SystemMessage.AGENT_LEFT,
        SystemMessage.RESOLVED,
        SystemMessage.HANDED_BACK,
    ):
        assert system_placeholders(key) == {"name"}
        with pytest.raises(KeyError, match="name"):
            system_text(key, "de")
    assert system_placeholders(SystemMessage.ABANDONED) == frozenset()
    assert system_placeholders(SystemMessage.EXPIRED) == frozenset()


def test_the_notices_the_customer_sees() -> None:
    assert system_text(SystemMessage.AGENT_JOINED, "en", name="Anna") == "Anna has joined"
    assert system_text(SystemMessage.AGENT_JOINED, "fr", name="Anna") == (
        "Anna a rejoint la conversation"
    )
    assert system_text(SystemMessage.AGENT_LEFT, "sv", name="Anna").startswith(
        "Anna var tvungen att gå"
    )
    assert system_text(SystemMessage.RESOLVED, "de", name="Anna") == (
        "Anna hat dieses Gespräch als gelöst markiert. Danke!"
    )
    # A value the text does not take is ignored (the timers pass an empty name).
    assert system_text(SystemMessage.EXPIRED, "en", name="").startswith("Sorry, nobody")


@pytest.mark.parametrize("language", [None, "xx", "tlh"])
def test_a_language_without_a_text_falls_back_to_english(language: str | None) -> None:
    for key in (SystemMessage.AGENT_LEFT, SystemMessage.RESOLVED, SystemMessage.ABANDONED):
        assert system_text(key, language, name="Anna") == system_text(key, "en", name="Anna")
    assert system_text(SystemMessage.AGENT_JOINED, "xx", name="Anna") == "Anna has joined"
