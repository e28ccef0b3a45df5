"""What the rules read (signals) and what they return (an outcome)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    ANSWER = "answer"  # the bot answers
    OFFER_HUMAN = "offer_human"  # the bot answers (when it can) and offers a person
    REPHRASE = "rephrase"  # the bot did not understand: it asks the customer to say it again
    ESCALATE = "escalate"  # a ticket goes to a queue
    HOLD = "hold"  # a person owns (or is about to own) the conversation: the bot is silent


@dataclass(frozen=True)
class Signals:
    """Everything known about one customer message in its conversation.

    Stored with every decision, so that a draft ruleset can be replayed on history; fields
    added later have defaults so that older decisions still load.
    """

    language: str
    language_confidence: float
    human_request: bool
    human_request_phrase: str | None
    human_requests: int  # in this conversation, this message included
    bot_turns: int  # bot answers so far in this conversation
    answer_article: str | None  # the best knowledge-base article, if any
    answer_confidence: float  # how well that article covers the message, 0..1
    bot_serves_language: bool
    conversation_status: str
    intent: str | None = None
    intent_confidence: float = 0.0
    out_of_scope: bool = False
    sentiment: float = 0.0  # -1 .. 1
    frustration: float = 0.0  # 0 .. 1
    loop_count: int = 0  # how often the customer came back to the same thing
    repeat_contact: bool = False  # same customer, same topic, recently
    risk_topics: tuple[str, ...] = ()
    pii_present: bool = False
    human_offered: bool = False  # the bot already offered a person in this conversation
    customer: dict[str, Any] | None = None
    at: str | None = None  # ISO timestamp of the message (for business hours)
    topic: str | None = None  # the knowledge-base topic the message is about (any language)
    topic_confidence: float = 0.0
    bot_move: str | None = (
        None  # answer / smalltalk / clarify / accept_offer / decline_offer / miss
    )
    clarify_options: tuple[str, ...] = ()  # the topics the bot asked to choose between
    misses: int = 0  # messages in a row the bot had no answer for, this one included

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Signals:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("risk_topics", "clarify_options"):
            if name in values:
                values[name] = tuple(values[name] or ())
        return cls(**values)


@dataclass(frozen=True)
class Outcome:
    action: Action
    rule: str
    reason: str
    queue: str | None = None
    priority: int = 0
    language: str | None = None
    skills: tuple[str, ...] = ()
