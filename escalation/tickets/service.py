"""Tickets: opening them from an escalation, and the small reads the other ticket modules
share (the live ticket, a ticket or agent by id, the tickets an agent holds, presence, the
webhook payload). Services flush; the caller's unit of work commits.

Every status change is a conditional UPDATE (`WHERE status = <the status we saw>`), so of
two racing changes exactly one wins on every database, and each is logged in
`ticket_events` with who, when and why. The agent's side is in `claims`, the board's
numbers in `board`, the timers in `sweeps`.

Lock order. Row locks are always taken in this order: an agent's presence row, then the
conversation, then its ticket. The message job locks the conversation before it touches
the ticket; every change to a ticket (claim, reply, release, transfer, resolve, hand back,
the timers) reads the ticket's `conversation_id` without a lock (it never changes), locks
the conversation, then the ticket, and checks the ticket's state again (`lock_ticket`). So
a customer's message and an agent's action on the same conversation queue on its row, one
after the other, and never wait for each other in a cycle (a deadlock on PostgreSQL). A
transaction that changes several tickets (an agent going offline) takes them conversation
by conversation, in conversation id order. The sweeps never wait for a lock: they take
theirs with SKIP LOCKED (`try_lock_ticket`) and leave a busy row to the next sweep.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, case, func, select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import NotFound
from core.settings import get_settings
from escalation.agents.models import AgentPresence, PresenceStatus
from escalation.agents.presence import effective_status
from escalation.tickets.models import ACTIVE_STATUSES, Ticket, TicketEvent, TicketStatus
from escalation.tickets.states import HELD_STATUSES
from escalation.tickets.transitions import publish_board
from escalation.users.models import User
from escalation.webhooks.models import WebhookEvent
from escalation.webhooks.service import emit
from router.conversations.models import Author, Conversation, Message
from router.conversations.service import lock_conversation

SWEEP_BATCH = 500
HELD_LIMIT = 100  # far above any agent's capacity: a guard, not a page


def active_ticket(session: Session, conversation_id: str) -> Ticket | None:
    return session.scalars(
        select(Ticket).where(
            Ticket.conversation_id == conversation_id, Ticket.status.in_(ACTIVE_STATUSES)
        )
    ).first()


def open_ticket(
    session: Session,
    *,
    conversation_id: str,
    queue: str,
    reason: str,
    priority: int = 0,
    language: str | None = None,
    skills: Sequence[str] = (),
    topic: str | None = None,
    actor: str = "system",
) -> tuple[Ticket, bool]:
    """Open a ticket for the conversation, or return its live one. `(ticket, created)`."""
    existing = active_ticket(session, conversation_id)
    if existing is not None:
        return existing, False
    now = utcnow()
    ticket = Ticket(
        created_at=now,
        updated_at=now,
        customer_active_at=now,
        conversation_id=conversation_id,
        status=TicketStatus.OPEN,
        queue=queue,
        priority=priority,
        language=language,
        skills=list(skills),
        reason=reason,
        topic=topic,
    )
    session.add(ticket)
    session.flush()
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            kind="created",
            actor=actor,
            to_status=TicketStatus.OPEN,
            detail={"queue": queue, "priority": priority, "language": language, "reason": reason},
        )
    )
    session.flush()
    publish_board(session, "ticket.created", ticket.id)
    data = ticket_payload(ticket)
    emit(session, WebhookEvent.TICKET_CREATED, data, now)
    emit(
        session,
        WebhookEvent.CONVERSATION_ESCALATED,
        {
            "conversation_id": conversation_id,
            "ticket_id": ticket.id,
            "queue": queue,
            "priority": priority,
            "language": language,
            "reason": reason,
        },
        now,
    )
    return ticket, True


def ticket_payload(ticket: Ticket) -> dict[str, Any]:
    """A ticket as webhooks describe it: no transcript, no customer data."""
    return {
        "id": ticket.id, "conversation_id": ticket.conversation_id, "status": ticket.status,
        "queue": ticket.queue, "priority": ticket.priority, "language": ticket.language,
        "skills": list(ticket.skills), "topic": ticket.topic, "reason": ticket.reason,
        "agent_id": ticket.claimed_by, "resolution_code": ticket.resolution_code,
        "created_at": ticket.created_at.isoformat(),
    }  # fmt: skip


def get_ticket(session: Session, ticket_id: str, *, lock: bool = False) -> Ticket:
    """The ticket; with `lock`, its row is locked (FOR UPDATE) and read fresh, so racing
    writers queue here and each sees what the one before it committed."""
    ticket = (
        session.get(Ticket, ticket_id, with_for_update=True, populate_existing=True)
        if lock
        else session.get(Ticket, ticket_id)
    )
    if ticket is None:
        raise NotFound(f"ticket {ticket_id} not found")
    return ticket


def lock_ticket(session: Session, ticket_id: str) -> tuple[Conversation, Ticket]:
    """The ticket and its conversation, both locked in the lock order (the conversation
    first) and read fresh: the caller checks the ticket's state on what it returns."""
    conversation_id = session.scalar(select(Ticket.conversation_id).where(Ticket.id == ticket_id))
    if conversation_id is None:
        raise NotFound(f"ticket {ticket_id} not found")
    conversation = lock_conversation(session, conversation_id)
    return conversation, get_ticket(session, ticket_id, lock=True)


def try_lock_ticket(
    session: Session, ticket_id: str, conversation_id: str
) -> tuple[Conversation, Ticket] | None:
    """For the sweeps: the conversation, then the ticket, locked in the lock order, or
    None at once if either row is locked by someone else (SKIP LOCKED: the next sweep
    looks again). On SQLite, which has no row locks, both are always returned."""
    fresh = {"populate_existing": True}
    conversation = session.scalars(
        select(Conversation)
        .where(Conversation.id == conversation_id)
        .with_for_update(skip_locked=True)
        .execution_options(**fresh)
    ).first()
    if conversation is None:
        return None
    ticket = session.scalars(
        select(Ticket)
        .where(Ticket.id == ticket_id)
        .with_for_update(skip_locked=True)
        .execution_options(**fresh)
    ).first()
    return None if ticket is None else (conversation, ticket)


def held_condition(agent_id: int) -> ColumnElement[bool]:
    """The tickets `agent_id` holds now: claimed, or in progress with them."""
    return (Ticket.claimed_by == agent_id) & Ticket.status.in_(HELD_STATUSES)


def held_count(session: Session, agent_id: int) -> int:
    return (
        session.scalar(select(func.count()).select_from(Ticket).where(held_condition(agent_id)))
        or 0
    )


@dataclass(frozen=True)
class HeldTicket:
    """A ticket an agent holds, with the times of its conversation's latest messages."""

    ticket: Ticket
    last_customer_message_at: datetime | None
    # The newest message by the customer or the agent, or the claim if that is newer.
    last_activity_at: datetime


def held_tickets(session: Session, agent_id: int, limit: int = HELD_LIMIT) -> list[HeldTicket]:
    """The tickets this agent holds now, newest activity first (then newest claim)."""

    def last(*authors: Author) -> ScalarSelect[datetime]:
        return (
            select(func.max(Message.created_at))
            .where(Message.conversation_id == Ticket.conversation_id, Message.author.in_(authors))
            .correlate(Ticket)
            .scalar_subquery()
        )

    last_customer = last(Author.CUSTOMER)
    last_message = last(Author.CUSTOMER, Author.AGENT)
    # NULL (no message yet) compares as unknown, so the claim time stands.
    activity = case((last_message > Ticket.claimed_at, last_message), else_=Ticket.claimed_at)
    rows = session.execute(
        select(Ticket, last_customer, activity)
        .where(held_condition(agent_id))
        .order_by(activity.desc(), Ticket.claimed_at.desc(), Ticket.id)
        .limit(limit)
    ).all()
    return [
        HeldTicket(ticket, customer_at, active_at or ticket.claimed_at or ticket.created_at)
        for ticket, customer_at, active_at in rows
    ]


def agent_presence(session: Session, agent_id: int, now: datetime, *, lock: bool = False) -> str:
    """The agent's effective presence; with `lock`, the presence row stays locked until
    commit, which serialises one agent's claims (capacity cannot be exceeded by a race)."""
    query = select(AgentPresence).where(AgentPresence.user_id == agent_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    row = session.scalars(query).first()
    if row is None:
        return PresenceStatus.OFFLINE
    return effective_status(row.status, row.last_seen_at, now, get_settings().presence_timeout_s)


def get_agent(session: Session, agent_id: int) -> User:
    user = session.get(User, agent_id)
    if user is None:
        raise NotFound(f"agent {agent_id} not found")
    return user
