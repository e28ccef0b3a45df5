"""Intake: conversations and customer messages. Services flush; callers commit."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import tokens
from core.db import after_commit, utcnow
from core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from core.jobs import enqueue
from core.settings import get_settings
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.schemas import ConversationCreate, MessageCreate

CONVERSATION_TOKEN = "c"
PROCESS_MESSAGE = "workers.tasks.process_message"


def process_job_id(message_id: int, attempt: int) -> str:
    return f"process_message-{message_id}-{attempt}"


def enqueue_processing(message_id: int, attempt: int) -> bool:
    return enqueue(
        PROCESS_MESSAGE,
        message_id,
        job_id=process_job_id(message_id, attempt),
        description="conversations.process_message",
    )


def conversation_token(conversation_id: str) -> str:
    return tokens.sign(CONVERSATION_TOKEN, {"cid": conversation_id})


def authorize(conversation_id: str, token: str) -> None:
    """Raise unless `token` is the token of this conversation."""
    claims = tokens.verify(CONVERSATION_TOKEN, token)
    if claims.get("cid") != conversation_id:
        raise Forbidden("this token belongs to another conversation")


def create_conversation(session: Session, data: ConversationCreate) -> Conversation:
    conversation = Conversation(customer_ref=data.customer_ref, language=data.language)
    session.add(conversation)
    session.flush()
    return conversation


def get_conversation(session: Session, conversation_id: str) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def clean_text(text: str) -> str:
    """Normalise a customer's text, or raise ValidationFailed saying what is wrong."""
    limit = get_settings().max_message_chars
    if len(text) > limit * 4:  # don't normalise megabytes just to reject them
        raise ValidationFailed(f"text is longer than {limit} characters")
    text = unicodedata.normalize("NFC", text)
    if "\x00" in text:
        raise ValidationFailed("text contains a NUL character")
    text = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()
    if not text:
        raise ValidationFailed("text is empty")
    if len(text) > limit:
        raise ValidationFailed(f"text is longer than {limit} characters ({len(text)})")
    return text


def _find_by_client_id(
    session: Session, conversation_id: str, client_msg_id: str
) -> Message | None:
    return session.scalars(
        select(Message).where(
            Message.conversation_id == conversation_id, Message.client_msg_id == client_msg_id
        )
    ).first()


def add_customer_message(
    session: Session, conversation_id: str, data: MessageCreate
) -> tuple[Message, bool]:
    """Store a customer message and enqueue its processing after commit.

    Returns `(message, created)`; a retry with a known `client_msg_id` returns the first
    message and `created=False`, and enqueues nothing.
    """
    text = clean_text(data.text)
    conversation = get_conversation(session, conversation_id)
    if data.client_msg_id is not None:
        existing = _find_by_client_id(session, conversation_id, data.client_msg_id)
        if existing is not None:
            _check_same_retry(existing, text)
            return existing, False
    if conversation.status == ConversationStatus.CLOSED:
        raise Conflict("the conversation is closed; start a new one")
    now = utcnow()
    message = Message(
        conversation_id=conversation_id,
        author=Author.CUSTOMER,
        text=text,
        client_msg_id=data.client_msg_id,
        created_at=now,
        enqueued_at=now,
        attempts=1,
    )
    try:
        with session.begin_nested():
            session.add(message)
    except IntegrityError:
        # A concurrent retry with the same client_msg_id won the race.
        assert data.client_msg_id is not None
        existing = _find_by_client_id(session, conversation_id, data.client_msg_id)
        if existing is None:
            raise
        _check_same_retry(existing, text)
        return existing, False
    conversation.updated_at = now
    message_id = message.id
    after_commit(session, lambda: enqueue_processing(message_id, 1))
    return message, True


def _check_same_retry(existing: Message, text: str) -> None:
    if existing.text != text:
        raise Conflict("client_msg_id was already used for a different text")


def add_message(session: Session, conversation_id: str, author: Author, text: str) -> Message:
    """A message from the bot, an agent or the system (no processing needed)."""
    now = utcnow()
    message = Message(
        conversation_id=conversation_id, author=author, text=text, created_at=now,
        processed_at=now,
    )  # fmt: skip
    session.add(message)
    session.flush()
    return message


def messages_after(session: Session, conversation_id: str, after_id: int) -> list[Message]:
    return list(
        session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.id > after_id)
            .order_by(Message.id)
        )
    )
