"""What the rules read (signals) and what they return (an outcome)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    ANSWER = "answer"  # the bot answers
    ESCALATE = "escalate"  # a ticket goes to a queue
    HOLD = "hold"  # a person owns (or is about to own) the conversation: the bot is silent


@dataclass(frozen=True)
class Signals:
    """Everything known about one customer message in its conversation."""

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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Outcome:
    action: Action
    rule: str
    reason: str
    queue: str | None = None
    priority: int = 0
    language: str | None = None
    skills: tuple[str, ...] = ()
