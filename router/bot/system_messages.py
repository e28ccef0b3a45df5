"""System messages to the customer, in their language (English when we have none; the
texts live in ``router/bot/locale/<language>.yaml``): the
bot's, and what the customer is told when a person joins, leaves or resolves their
conversation or the ticket closes without one.

Some take values: `system_text(SystemMessage.QUEUE_POSITION, "de", position=3, minutes=4)`.
A text is never sent with a placeholder left in it: a missing value raises `KeyError`.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

from router.bot.texts import all_texts, languages, placeholders, text


class SystemMessage(StrEnum):
    HANDOFF = "handoff"
    HANDOFF_UNSURE = "handoff_unsure"
    PROCESSING_FAILED = "processing_failed"
    OFFER_HUMAN = "offer_human"
    QUEUE_POSITION = "queue_position"  # {position}, {minutes}
    AGENT_JOINED = "agent_joined"  # {name}: the agent claimed the ticket
    AGENT_LEFT = "agent_left"  # {name}: the ticket went back to the board
    RESOLVED = "resolved"  # {name}: the agent resolved the ticket
    ABANDONED = "abandoned"  # the ticket closed: the customer went quiet
    EXPIRED = "expired"  # the ticket closed: nobody took it in time
    RATE_US = "rate_us"
    HANDED_BACK = "handed_back"  # {name}: the agent gave the conversation back to the bot


def system_text(key: SystemMessage, language: str | None, **values: Any) -> str:
    """The message in `language` (English when there is none), with `values` filled in."""
    return text("system", key.value, language, **values)


def system_languages(key: SystemMessage) -> frozenset[str]:
    return languages("system", key.value)


def system_placeholders(key: SystemMessage) -> frozenset[str]:
    """The values the message's English text takes (every language takes the same)."""
    return placeholders(all_texts()["system"][key.value]["en"])


def wait_minutes(estimated_wait_s: float) -> int:
    """Whole minutes for "about {minutes} min": rounded up, at least 1."""
    return max(1, math.ceil(estimated_wait_s / 60))
