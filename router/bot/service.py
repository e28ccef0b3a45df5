"""The bot's side of a conversation's ownership: an agent hands the conversation back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import after_commit
from core.errors import Conflict
from core.events import conversation_channel, publish
from escalation.users.models import User
from router.bot.system_messages import SystemMessage, system_text
from router.conversations.models import Author, ConversationStatus, Message
from router.conversations.service import add_message, lock_conversation


def hand_back_to_bot(session: Session, conversation_id: str, agent_username: str) -> Message:
    """The agent gives the conversation back to the bot: status `bot` again, and the
    customer is told in their language. Only a conversation a person holds (`with_human`)
    can be handed back. The earlier requests for a person are forgotten, so that they do
    not escalate the next message again (a new request still does, the first time).
    Flushes only; the caller (the agent's endpoint, which also closes the ticket) commits.

    Returns the system message.
    """
    conversation = lock_conversation(session, conversation_id)
    if conversation.status != ConversationStatus.WITH_HUMAN:
        raise Conflict(f"only a conversation a person holds can be handed back, not one that "
                       f"is {conversation.status}")  # fmt: skip
    name = session.scalar(select(User.display_name).where(User.username == agent_username))
    conversation.status = ConversationStatus.BOT
    conversation.human_requests = 0
    conversation.human_offered = False
    text = system_text(
        SystemMessage.HANDED_BACK, conversation.language, name=name or agent_username
    )
    message = add_message(session, conversation.id, Author.SYSTEM, text)
    channel = conversation_channel(conversation.id)
    after_commit(session, lambda: publish(channel, {"type": "conversation.updated"}))
    return message
