"""Tickets: opening them from an escalation, and where a waiting customer stands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.db import after_commit
from core.events import publish
from core.settings import get_settings
from escalation.tickets.models import ACTIVE_STATUSES, Ticket, TicketEvent, TicketStatus
from escalation.users.models import Role, User

BOARD_CHANNEL = "relaydesk:board"


@dataclass(frozen=True)
class QueuePosition:
    position: int
    estimated_wait_s: int


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
    ticket = Ticket(
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
            detail={"queue": queue, "priority": priority, "language": language, "reason": reason},
        )
    )
    session.flush()
    ticket_id = ticket.id
    after_commit(
        session, lambda: publish(BOARD_CHANNEL, {"type": "ticket.created", "id": ticket_id})
    )
    return ticket, True


def queue_position(session: Session, ticket: Ticket) -> QueuePosition:
    """1-based place among open tickets of the same queue (higher priority first, then
    oldest first) and a wait estimate from the agents who could take it."""
    ahead = (
        session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(
                Ticket.status == TicketStatus.OPEN,
                Ticket.queue == ticket.queue,
                Ticket.id != ticket.id,
                or_(
                    Ticket.priority > ticket.priority,
                    and_(Ticket.priority == ticket.priority, Ticket.created_at < ticket.created_at),
                ),
            )
        )
        or 0
    )
    agents = [
        u
        for u in session.scalars(select(User).where(User.role == Role.AGENT, User.active))
        if ticket.language is None or ticket.language in u.languages
    ]
    capacity = max(1, sum(max(1, u.max_concurrent) for u in agents))
    handle_s = get_settings().default_handle_time_s
    return QueuePosition(ahead + 1, round((ahead + 1) * handle_s / capacity))
