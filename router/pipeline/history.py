"""Signals that need the conversation's history: the previous turn and repeat contact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from escalation.rules.models import Decision
from router.conversations.models import Author, Message


def is_repeat_contact(
    recent_topics: Sequence[tuple[str | None, str | None]],
    intent: str | None,
    article: str | None,
) -> bool:
    """The same customer wrote about the same thing in another conversation recently:
    `recent_topics` are the (intent, article) pairs of their recent decisions elsewhere."""
    if not intent and not article:
        return False
    return any(
        (intent and earlier_intent == intent) or (article and earlier_article == article)
        for earlier_intent, earlier_article in recent_topics
    )


@dataclass(frozen=True)
class PreviousTurn:
    """The conversation's last decided customer message: the decision and its signals, the
    customer's words, and the bot's last reply (to never send the same text twice in a row)."""

    action: str
    signals: dict[str, Any]
    customer_text: str
    bot_reply: str | None


def previous_turn(
    session: Session, conversation_id: str, before_message_id: int
) -> PreviousTurn | None:
    row = session.execute(
        select(Decision.action, Decision.signals, Message.text)
        .join(Message, Message.id == Decision.message_id)
        .where(Decision.conversation_id == conversation_id, Decision.message_id < before_message_id)
        .order_by(Decision.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    reply = session.scalar(
        select(Message.text)
        .where(
            Message.conversation_id == conversation_id,
            Message.author == Author.BOT,
            Message.id < before_message_id,
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    return PreviousTurn(str(row.action), row.signals or {}, row.text, reply)
