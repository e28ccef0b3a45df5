"""The bot's side of a conversation's ownership: it takes the conversation back when a
person resolves it or hands it back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import after_commit
from core.errors import Conflict
from core.events import conversation_channel, wake_readers
from escalation.users.models import User
from router.bot.system_messages import SystemMessage, system_text
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.service import add_message, lock_conversation
from router.conversations.states import move_conversation


def hand_back_to_bot(session: Session, conversation_id: str, agent_username: str) -> Message:
    """The agent gives the conversation back to the bot: status `bot` again, and the
    customer is told in their language. Only a conversation a person holds (`with_human`)
    can be handed back. Flushes only; the caller (the agent's endpoint, which also closes
    the ticket) commits.

    Returns the system message.
    """
    conversation = lock_conversation(session, conversation_id)
    if conversation.status != ConversationStatus.WITH_HUMAN:
        raise Conflict(
            f"only a conversation a person holds can be handed back, not one that "
            f"is {conversation.status}"
        )
    name = session.scalar(select(User.display_name).where(User.username == agent_username))
    return return_to_bot(session, conversation, SystemMessage.HANDED_BACK, name or agent_username)


def return_to_bot(
    session: Session, conversation: Conversation, notice: SystemMessage, name: str
) -> Message:
    """The bot takes the conversation again once a person is done with it (resolved or
    handed back): status `bot`, so the customer can always write again and is answered,
    and `notice` tells them in their language. The earlier requests for a person and the
    offer of one are forgotten, so that they do not escalate the next message again (a new
    request still does, the first time). The caller holds the conversation's lock.

    Returns the system message.
    """
    move_conversation(conversation, ConversationStatus.BOT, f"{notice.value} by {name}")
    conversation.human_requests = 0
    conversation.human_offered = False
    text = system_text(notice, conversation.language, name=name)
    message = add_message(session, conversation.id, Author.SYSTEM, text)
    conversation.updated_at = message.created_at
    channel = conversation_channel(conversation.id)
    after_commit(session, lambda: wake_readers(channel, {"type": "conversation.updated"}))
    return message
