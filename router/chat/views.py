"""What a customer sees of their conversation: the JSON view and the event stream.

Besides the stored messages and status, the view says who wrote an agent's message (the
agent who held the conversation then: the latest claim before it), which two topics a bot
question offered to choose from, whether a person resolved the conversation and it can be
rated, and why a closed conversation ended."""

from __future__ import annotations

import bisect
import json
from collections.abc import AsyncGenerator, Sequence
from contextlib import aclosing
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from core.db import read_only
from core.events import conversation_channel, wakeups
from escalation.ratings.models import Rating
from escalation.rules.models import Decision
from escalation.tickets.board import queue_position
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.tickets.service import active_ticket
from escalation.users.models import User
from router.bot.knowledge import KnowledgeBase, knowledge_base
from router.bot.texts import text as bot_text
from router.conversations import service
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.schemas import ClosedReason, ConversationOut, MessageOut, QueueInfo
from router.conversations.typing import TYPING_TTL_S, agent_typing

KEEPALIVE_S = 15.0
POLL_WITHOUT_REDIS_S = 1.0
CLARIFY_ACTIONS = frozenset({"answer", "offer_human"})  # decisions after which the bot wrote


def _queue(session: Session, conversation: Conversation) -> QueueInfo | None:
    if conversation.status != ConversationStatus.WAITING_FOR_HUMAN:
        return None
    ticket = active_ticket(session, conversation.id)
    if ticket is None:
        return None
    place = queue_position(session, ticket)
    return QueueInfo(
        position=place.position,
        estimated_wait_s=place.estimated_wait_s,
        agents_online=place.agents_online,
        estimate_basis=place.basis,
        usual_hours_utc=list(place.usual_hours_utc),
    )


def conversation_view(session: Session, conversation_id: str) -> ConversationOut:
    conversation = service.get_conversation(session, conversation_id)
    messages = service.messages_after(session, conversation_id, 0)
    return ConversationOut(
        id=conversation.id,
        status=conversation.status,
        language=conversation.language,
        messages=messages_out(session, conversation_id, messages),
        queue=_queue(session, conversation),
        **_outcome(session, conversation),
    )


# --- who wrote it, and the choices a bot question offered --------------------------------


def agent_names(
    messages: Sequence[tuple[int, datetime]], claims: Sequence[tuple[datetime, str]]
) -> dict[int, str]:
    """Message id -> the name of the agent who held the conversation when it was written:
    the latest claim at or before it (only the holder writes, and holding starts with a
    claim). `claims` in time order."""
    times = [at for at, _ in claims]
    names: dict[int, str] = {}
    for message_id, written_at in messages:
        i = bisect.bisect_right(times, written_at)
        if i:
            names[message_id] = claims[i - 1][1]
    return names


def clarify_choices(
    decisions: Sequence[tuple[int, str, dict[str, Any]]],
    bot_messages: Sequence[tuple[int, str]],
    kb: KnowledgeBase,
) -> dict[int, list[str]]:
    """Bot message id -> the titles it offered to choose from. `decisions`: (customer
    message id, action, signals) in message order; `bot_messages`: (id, text) in id order.
    A decision whose move was `clarify` made the bot ask "do you mean {first} or {second}?"
    in the customer's language: its message is the first bot message after the customer's
    with exactly that text (the titles are the articles' in that language, as the bot wrote
    them)."""
    found: dict[int, list[str]] = {}
    for message_id, action, signals in decisions:
        options = signals.get("clarify_options") or ()
        if signals.get("bot_move") != "clarify" or action not in CLARIFY_ACTIONS:
            continue
        if len(options) < 2:
            continue
        language = str(signals.get("language") or "en")
        articles = [kb.find(str(o), language) for o in options[:2]]
        titles = [a.title for a in articles if a is not None]
        if len(titles) != 2:
            continue
        question = bot_text("dialogue", "clarify", language, first=titles[0], second=titles[1])
        for bot_id, written in bot_messages:
            if bot_id > message_id and bot_id not in found and written == question:
                found[bot_id] = titles
                break
    return found


def _claims(session: Session, conversation_id: str) -> list[tuple[datetime, str]]:
    rows = session.execute(
        select(TicketEvent.created_at, User.display_name)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(User, User.id == TicketEvent.agent_id)
        .where(Ticket.conversation_id == conversation_id, TicketEvent.kind == "claimed")
        .order_by(TicketEvent.created_at, TicketEvent.id)
    ).all()
    return [(at, name) for at, name in rows]


def _decisions(
    session: Session, conversation_id: str, first_bot: int, last_bot: int
) -> list[tuple[int, str, dict[str, Any]]]:
    """The decisions that may have written the bot messages `first_bot`..`last_bot`: those
    on customer messages from the one before `first_bot` on."""
    since = session.scalar(
        select(func.max(Message.id)).where(
            Message.conversation_id == conversation_id,
            Message.author == Author.CUSTOMER,
            Message.id < first_bot,
        )
    )
    rows = session.execute(
        select(Decision.message_id, Decision.action, Decision.signals)
        .where(
            Decision.conversation_id == conversation_id,
            Decision.message_id >= (since or 0),
            Decision.message_id < last_bot,
        )
        .order_by(Decision.message_id)
    ).all()
    return [(message_id, action, signals or {}) for message_id, action, signals in rows]


def messages_out(
    session: Session, conversation_id: str, messages: Sequence[Message]
) -> list[MessageOut]:
    names: dict[int, str] = {}
    choices: dict[int, list[str]] = {}
    agents = [(m.id, m.created_at) for m in messages if m.author == Author.AGENT]
    if agents:
        names = agent_names(agents, _claims(session, conversation_id))
    bots = [(m.id, m.text) for m in messages if m.author == Author.BOT]
    if bots:
        decisions = _decisions(session, conversation_id, bots[0][0], bots[-1][0])
        choices = clarify_choices(decisions, bots, knowledge_base())
    return [
        MessageOut(
            id=m.id,
            author=m.author,
            text=m.text,
            created_at=m.created_at,
            author_name=names.get(m.id),
            choices=choices.get(m.id),
        )
        for m in messages
    ]


# --- how a person's part ended ------------------------------------------------------------


def _outcome(session: Session, conversation: Conversation) -> dict[str, Any]:
    """`resolved_by_person`, `rating_requested` and `closed_reason` (see ConversationOut)."""
    tickets = session.execute(
        select(Ticket.status, Ticket.first_reply_at.is_not(None))
        .where(Ticket.conversation_id == conversation.id)
        .order_by(Ticket.created_at.desc(), Ticket.id)
    ).all()
    resolved = any(s == TicketStatus.RESOLVED and replied for s, replied in tickets)
    rated = (
        resolved
        and session.scalar(select(Rating.id).where(Rating.conversation_id == conversation.id))
        is not None
    )
    closed_reason: ClosedReason | None = None
    if conversation.status == ConversationStatus.CLOSED and tickets:
        latest = tickets[0][0]
        if latest == TicketStatus.ABANDONED:
            closed_reason = "abandoned"
        elif latest == TicketStatus.EXPIRED:
            closed_reason = "expired"
    return {
        "resolved_by_person": resolved,
        "rating_requested": resolved and not rated,
        "closed_reason": closed_reason,
    }


# --- the event stream ---------------------------------------------------------------------


def require_conversation(conversation_id: str) -> None:
    with read_only() as session:
        service.get_conversation(session, conversation_id)


def _snapshot(conversation_id: str, after_id: int) -> tuple[list[MessageOut], dict[str, Any]]:
    with read_only() as session:
        conversation = service.get_conversation(session, conversation_id)
        messages = service.messages_after(session, conversation_id, after_id)
        queue = _queue(session, conversation)
        status = {
            "status": conversation.status,
            "language": conversation.language,
            "queue": queue.model_dump() if queue else None,
            **_outcome(session, conversation),
        }
        return messages_out(session, conversation_id, messages), status


def _sse(event: str, data: str, event_id: int | None = None) -> str:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {data}\n\n"


async def event_stream(conversation_id: str, after_id: int) -> AsyncGenerator[str, None]:
    """Re-read the database whenever the conversation's channel fires (or every keep-alive
    interval), and emit what is new: events can be missed, the record cannot. `typing`
    (the agent is writing) is read from Redis when woken, and emitted once per report."""
    last_status: dict[str, Any] | None = None
    last_typing = 0
    yield "retry: 2000\n\n"
    channel = conversation_channel(conversation_id)
    async with aclosing(wakeups(channel, KEEPALIVE_S, POLL_WITHOUT_REDIS_S)) as woken:
        async for woke in woken:
            messages, status = await run_in_threadpool(_snapshot, conversation_id, after_id)
            typing = await run_in_threadpool(agent_typing, conversation_id) if woke else None
            if typing is not None and typing.at_ms != last_typing:
                last_typing = typing.at_ms
                payload = {"name": typing.name, "expires_in_s": TYPING_TTL_S}
                yield _sse("typing", json.dumps(payload))
            for message in messages:
                after_id = message.id
                yield _sse("message", message.model_dump_json(), message.id)
            if status != last_status:
                last_status = status
                yield _sse("status", json.dumps(status))
            elif not messages and not woke:
                yield ": keep-alive\n\n"
