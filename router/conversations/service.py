"""Intake: conversations and customer messages. Services flush; callers commit."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text, literal, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from core import jobs, tokens
from core.db import UTCDateTime, after_commit, utcnow
from core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from core.settings import get_settings
from router.conversations.identity import is_proven
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.schemas import ConversationCreate, MessageCreate

CONVERSATION_TOKEN = "c"
PROCESS_MESSAGE = "workers.tasks.process_message"
PROCESS_WITH_LLM = "workers.tasks.process_message_with_llm"


def process_job_id(message_id: int, attempt: int) -> str:
    return f"process_message-{message_id}-{attempt}"


def llm_job_id(message_id: int, attempt: int) -> str:
    return f"process_message-{message_id}-{attempt}-llm"


def enqueue_llm_stage(message_id: int, attempt: int) -> bool:
    """Hand a message whose reading or answer waits for the LLM to the LLM queue, so the
    message worker goes on with messages that need no LLM (a request for a person)."""
    return jobs.enqueue(
        PROCESS_WITH_LLM,
        message_id,
        job_id=llm_job_id(message_id, attempt),
        description="conversations.process_message_with_llm",
        lane=jobs.Lane.LLM,
    )


def enqueue_processing(message_id: int, attempt: int, lane: jobs.Lane = jobs.Lane.MESSAGES) -> bool:
    """Queue the message's processing: in the messages queue, or in the low-priority one for
    a client over its soft budget (`router.limits.intake`). Retries go to the messages queue."""
    return jobs.enqueue(
        PROCESS_MESSAGE,
        message_id,
        job_id=process_job_id(message_id, attempt),
        description="conversations.process_message",
        lane=lane,
    )


def conversation_token(conversation_id: str) -> str:
    """The customer's token for this conversation, valid `RELAYDESK_CONVERSATION_TOKEN_TTL_S`."""
    ttl_s = get_settings().conversation_token_ttl_s
    return tokens.sign(CONVERSATION_TOKEN, {"cid": conversation_id}, ttl_s=ttl_s)


def authorize(conversation_id: str, token: str) -> None:
    """Raise unless `token` is an unexpired token of this conversation (tokens from before
    conversation tokens expired carry no expiry and are refused like expired ones)."""
    claims = tokens.verify(
        CONVERSATION_TOKEN,
        token,
        require_exp=True,
        expired="this conversation's token has expired; start a new conversation",
    )
    if claims.get("cid") != conversation_id:
        raise Forbidden("this token belongs to another conversation")


def create_conversation(session: Session, data: ConversationCreate) -> Conversation:
    """A conversation of the proven customer, or an anonymous one (see `identity`)."""
    customer_ref = None
    if data.customer_signature is not None:
        if data.customer_ref is None:
            raise ValidationFailed("customer_signature needs the customer_ref it signs")
        if not is_proven(data.customer_ref, data.customer_signature):
            raise Forbidden("customer_signature does not match customer_ref")
        customer_ref = data.customer_ref
    conversation = Conversation(customer_ref=customer_ref, language=data.language)
    session.add(conversation)
    session.flush()
    return conversation


def lock_conversation(session: Session, conversation_id: str) -> Conversation:
    """The conversation, its row locked (FOR UPDATE) and read fresh: writers that change
    its status or counters queue here."""
    conversation = session.get(
        Conversation, conversation_id, with_for_update=True, populate_existing=True
    )
    if conversation is None:
        raise NotFound(f"conversation {conversation_id} not found")
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
    session: Session, conversation_id: str, data: MessageCreate, *, enqueue: bool = True
) -> tuple[int, bool]:
    """Store a customer message and (unless `enqueue=False`: the caller processes it
    itself) enqueue its processing after commit.

    Returns `(message id, created)`; a retry with a known `client_msg_id` returns the first
    message's id and `created=False`, and enqueues nothing. The common case is one
    statement: insert if the conversation is open and the client id is new.
    """
    text = clean_text(data.text)
    now = utcnow()
    message_id: int | None = session.execute(
        _insert_if_open(session, conversation_id, text, data.client_msg_id, now)
    ).scalar()
    if message_id is None:
        return _not_inserted(session, conversation_id, text, data.client_msg_id), False
    if enqueue:
        after_commit(session, lambda: enqueue_processing(message_id, 1))
    return message_id, True


def _insert_if_open(
    session: Session, conversation_id: str, text: str, client_msg_id: str | None, now: datetime
) -> ReturningInsert[Any]:
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    source = select(
        Conversation.id,
        literal(Author.CUSTOMER.value, String()),
        literal(text, Text()),
        literal(client_msg_id, String()),
        literal(now, UTCDateTime()),
        literal(now, UTCDateTime()),
        literal(1, Integer()),
    ).where(Conversation.id == conversation_id, Conversation.status != ConversationStatus.CLOSED)
    columns = ["conversation_id", "author", "text", "client_msg_id", "created_at"]
    return (
        insert(Message)
        .from_select([*columns, "enqueued_at", "attempts"], source)
        .on_conflict_do_nothing()
        .returning(Message.id)
    )


def _not_inserted(
    session: Session, conversation_id: str, text: str, client_msg_id: str | None
) -> int:
    """Why nothing was inserted: a retry (return the first message), or an error."""
    conversation = get_conversation(session, conversation_id)
    if client_msg_id is not None:
        existing = _find_by_client_id(session, conversation_id, client_msg_id)
        if existing is not None:
            _check_same_retry(existing, text)
            return existing.id
    if conversation.status == ConversationStatus.CLOSED:
        raise Conflict("the conversation is closed; start a new one")
    raise Conflict("the message could not be stored; retry with the same client_msg_id")


def _check_same_retry(existing: Message, text: str) -> None:
    if existing.text != text:
        raise Conflict("client_msg_id was already used for a different text")


def add_message(
    session: Session, conversation_id: str, author: Author, text: str, *, flush: bool = True
) -> Message:
    """A message from the bot, an agent or the system (no processing needed). With
    `flush=False` it is written at commit (its id is not known before)."""
    now = utcnow()
    message = Message(
        conversation_id=conversation_id,
        author=author,
        text=text,
        created_at=now,
        processed_at=now,
    )
    session.add(message)
    if flush:
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
