"""How a ticket changes: one conditional UPDATE per status change, logged in
`ticket_events`, with what the customer and the board see of it (after commit).

A change applies only if the ticket still has the status we read (and, where asked, the
same agent holds it): of two racing changes exactly one wins, on SQLite and PostgreSQL.
The callers hold the locks of the conversation and then the ticket, in that order (the lock
order: see `escalation.tickets.service`); nothing here locks a conversation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from core.db import after_commit
from core.events import BOARD_CHANNEL, conversation_channel, wake_readers
from escalation.tickets.matching import ReturnReason
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.tickets.states import check_transition
from escalation.users.models import User
from router.bot.system_messages import SystemMessage, system_text
from router.conversations.models import Author, Conversation, ConversationStatus
from router.conversations.service import add_message
from router.conversations.states import move_conversation

UNCLAIMED: dict[str, Any] = {
    "claimed_by": None, "claimed_at": None, "first_reply_due_at": None, "first_reply_at": None,
    "pay_cents": None, "surge_pct": None, "customer_waiting_since": None,
    "offered_to": None, "offered_until": None,
}  # fmt: skip


def move(
    session: Session,
    ticket: Ticket,
    target: TicketStatus,
    *,
    kind: str,
    actor: str,
    now: datetime,
    agent_id: int | None = None,
    require_agent: int | None = None,
    values: dict[str, Any] | None = None,
    detail: dict[str, Any] | None = None,
) -> bool:
    """Change the ticket's status if nobody changed it since we read it (and, with
    `require_agent`, if that agent still holds it); log the change. False if it lost."""
    current = ticket.status
    check_transition(current, target)
    conditions = [Ticket.id == ticket.id, Ticket.status == current]
    if require_agent is not None:
        conditions.append(Ticket.claimed_by == require_agent)
    result = session.execute(
        update(Ticket)
        .where(*conditions)
        .values(status=target, updated_at=now, **(values or {}))
        .execution_options(synchronize_session=False)
    )
    if cast(CursorResult[Any], result).rowcount != 1:
        session.expire(ticket)
        return False
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            kind=kind,
            actor=actor,
            agent_id=agent_id,
            from_status=current,
            to_status=target,
            detail=detail or {},
            created_at=now,
        )
    )
    session.flush()
    session.expire(ticket)  # re-read on next access: the UPDATE bypassed the identity map
    return True


def touch(session: Session, ticket: Ticket, agent_id: int, now: datetime) -> bool:
    result = session.execute(
        update(Ticket)
        .where(
            Ticket.id == ticket.id,
            Ticket.status == TicketStatus.WITH_AGENT,
            Ticket.claimed_by == agent_id,
        )
        .values(updated_at=now, customer_waiting_since=None)  # the customer is answered
        .execution_options(synchronize_session=False)
    )
    return cast(CursorResult[Any], result).rowcount == 1


def return_to_board(
    session: Session,
    conversation: Conversation,
    ticket: Ticket,
    agent: User,
    reason: ReturnReason,
    actor: str,
    now: datetime,
    detail: dict[str, Any],
) -> bool:
    """Put the ticket `agent` holds back on the board; `conversation` is its conversation,
    locked by the caller."""
    if not move(
        session,
        ticket,
        TicketStatus.RELEASED,
        kind=reason,
        actor=actor,
        now=now,
        agent_id=agent.id,
        require_agent=agent.id,
        values=UNCLAIMED,
        detail=detail,
    ):
        return False
    back_to_waiting(session, conversation, ticket, agent, now, why=f"{reason} ({actor})")
    return True


def back_to_waiting(
    session: Session,
    conversation: Conversation,
    ticket: Ticket,
    agent: User,
    now: datetime,
    *,
    why: str,
) -> None:
    """The customer waits for a person again (the caller holds the conversation's lock)."""
    if conversation.status == ConversationStatus.WITH_HUMAN:
        move_conversation(conversation, ConversationStatus.WAITING_FOR_HUMAN, why)
    notify(session, conversation, SystemMessage.AGENT_LEFT, agent.display_name, now)
    publish_board(session, "ticket.returned", ticket.id)


def notify(
    session: Session, conversation: Conversation, message: SystemMessage, name: str, now: datetime
) -> None:
    text = system_text(message, conversation.language, name=name)
    add_message(session, conversation.id, Author.SYSTEM, text)
    conversation.updated_at = now
    publish_conversation(session, conversation.id)


def publish_conversation(session: Session, conversation_id: str) -> None:
    channel = conversation_channel(conversation_id)
    after_commit(session, lambda: wake_readers(channel, {"type": "conversation.updated"}))


def publish_board(session: Session, kind: str, ticket_id: str) -> None:
    after_commit(session, lambda: wake_readers(BOARD_CHANNEL, {"type": kind, "id": ticket_id}))
