"""What a customer sees of their conversation: the JSON view and the event stream."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from contextlib import aclosing

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from core.db import unit_of_work
from core.events import conversation_channel, wakeups
from escalation.tickets.board import queue_position
from escalation.tickets.service import active_ticket
from router.conversations import service
from router.conversations.models import Conversation, ConversationStatus
from router.conversations.schemas import ConversationOut, MessageOut, QueueInfo

KEEPALIVE_S = 15.0
POLL_WITHOUT_REDIS_S = 1.0


def _queue(session: Session, conversation: Conversation) -> QueueInfo | None:
    if conversation.status != ConversationStatus.WAITING_FOR_HUMAN:
        return None
    ticket = active_ticket(session, conversation.id)
    if ticket is None:
        return None
    place = queue_position(session, ticket)
    return QueueInfo(position=place.position, estimated_wait_s=place.estimated_wait_s)


def conversation_view(session: Session, conversation_id: str) -> ConversationOut:
    conversation = service.get_conversation(session, conversation_id)
    return ConversationOut(
        id=conversation.id,
        status=conversation.status,
        language=conversation.language,
        messages=[_message_out(m) for m in service.messages_after(session, conversation_id, 0)],
        queue=_queue(session, conversation),
    )


def _message_out(message: object) -> MessageOut:
    return MessageOut.model_validate(message, from_attributes=True)


def require_conversation(conversation_id: str) -> None:
    with unit_of_work() as session:
        service.get_conversation(session, conversation_id)


def _snapshot(
    conversation_id: str, after_id: int
) -> tuple[list[MessageOut], str, QueueInfo | None]:
    with unit_of_work() as session:
        conversation = service.get_conversation(session, conversation_id)
        messages = [
            _message_out(m) for m in service.messages_after(session, conversation_id, after_id)
        ]
        return messages, conversation.status, _queue(session, conversation)


def _sse(event: str, data: str, event_id: int | None = None) -> str:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {data}\n\n"


async def event_stream(conversation_id: str, after_id: int) -> AsyncGenerator[str, None]:
    """Re-read the database whenever the conversation's channel fires (or every keep-alive
    interval), and emit what is new: events can be missed, the record cannot."""
    last_status: tuple[str, QueueInfo | None] | None = None
    yield "retry: 2000\n\n"
    channel = conversation_channel(conversation_id)
    async with aclosing(wakeups(channel, KEEPALIVE_S, POLL_WITHOUT_REDIS_S)) as woken:
        async for woke in woken:
            messages, status, queue = await run_in_threadpool(_snapshot, conversation_id, after_id)
            for message in messages:
                after_id = message.id
                yield _sse("message", message.model_dump_json(), message.id)
            if (status, queue) != last_status:
                last_status = (status, queue)
                payload = {"status": status, "queue": queue.model_dump() if queue else None}
                yield _sse("status", json.dumps(payload))
            elif not messages and not woke:
                yield ": keep-alive\n\n"
