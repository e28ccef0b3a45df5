"""Signals that need the conversation's history: the previous turn and repeat contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from escalation.rules.models import Decision
from router.conversations.models import Author, Conversation, Message

HISTORY_LIMIT = 200


def _same_topic(signals: dict[str, Any], intent: str | None, article: str | None) -> bool:
    return bool(
        (intent and signals.get("intent") == intent)
        or (article and signals.get("answer_article") == article)
    )


def is_repeat_contact(
    session: Session,
    conversation: Conversation,
    intent: str | None,
    article: str | None,
    now: datetime,
    days: int,
) -> bool:
    """The same customer wrote about the same thing in another conversation recently."""
    if not conversation.customer_ref or (not intent and not article):
        return False
    earlier = session.scalars(
        select(Decision.signals)
        .join(Conversation, Conversation.id == Decision.conversation_id)
        .where(
            Conversation.customer_ref == conversation.customer_ref,
            Conversation.id != conversation.id,
            Decision.created_at >= now - timedelta(days=days),
        )
        .order_by(Decision.id.desc())
        .limit(HISTORY_LIMIT)
    )
    return any(s and _same_topic(s, intent, article) for s in earlier)


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
        .where(Message.conversation_id == conversation_id, Message.author == Author.BOT,
               Message.id < before_message_id)
        .order_by(Message.id.desc())
        .limit(1)
    )  # fmt: skip
    return PreviousTurn(str(row.action), row.signals or {}, row.text, reply)
