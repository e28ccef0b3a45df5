"""Which customer message a ticket's card previews.

The agent holding a ticket sees the customer's latest message. Everyone else (the agents
who may claim it, ops leads) sees the preview as it was at the claim: what the customer
wrote while an agent held the ticket was written to that agent, so it never reaches the
board, not even after the ticket returns there. Derived from the ticket's event log (no
column of its own): a message counts if it was written before the ticket's first claim,
or since it last came back to the board; and, while it is held or closed after a claim,
before that claim. The timestamps are those of the database rows: a message that arrives
while the claim commits counts as written to the agent."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from router.conversations.models import Author, Message


def latest_customer_texts(session: Session, tickets: Sequence[Ticket]) -> dict[str, str]:
    """Each ticket's customer's latest message (for the agent holding it), by ticket id."""
    if not tickets:
        return {}
    last = (
        select(func.max(Message.id))
        .where(
            Message.conversation_id.in_({t.conversation_id for t in tickets}),
            Message.author == Author.CUSTOMER,
        )
        .group_by(Message.conversation_id)
    )
    texts = dict(
        session.execute(
            select(Message.conversation_id, Message.text).where(Message.id.in_(last))
        ).all()
    )
    return {t.id: texts[t.conversation_id] for t in tickets if t.conversation_id in texts}


def frozen_customer_texts(session: Session, tickets: Sequence[Ticket]) -> dict[str, str]:
    """Each ticket's customer's last message written while no agent held the ticket (for
    everyone but the agent holding it), by ticket id."""
    if not tickets:
        return {}
    ids = [t.id for t in tickets]
    returned = and_(
        TicketEvent.from_status.in_(HELD_STATUSES), TicketEvent.to_status.in_(BOARD_STATUSES)
    )
    marks = (
        select(
            TicketEvent.ticket_id.label("ticket_id"),
            func.min(
                case((TicketEvent.to_status == TicketStatus.CLAIMED, TicketEvent.created_at))
            ).label("first_claim"),
            func.max(case((returned, TicketEvent.created_at))).label("last_return"),
        )
        .where(TicketEvent.ticket_id.in_(ids))
        .group_by(TicketEvent.ticket_id)
        .subquery()
    )
    written = Message.created_at
    last = (
        select(Ticket.id, func.max(Message.id))
        .join(Message, Message.conversation_id == Ticket.conversation_id)
        .outerjoin(marks, marks.c.ticket_id == Ticket.id)
        .where(
            Ticket.id.in_(ids),
            Message.author == Author.CUSTOMER,
            or_(
                Ticket.claimed_at.is_(None),
                Ticket.status.in_(BOARD_STATUSES),
                written < Ticket.claimed_at,
            ),
            or_(
                marks.c.first_claim.is_(None),
                written < marks.c.first_claim,
                and_(marks.c.last_return.is_not(None), written >= marks.c.last_return),
            ),
        )
        .group_by(Ticket.id)
    )
    message_ids = dict(session.execute(last).all())
    texts = dict(
        session.execute(
            select(Message.id, Message.text).where(Message.id.in_(message_ids.values()))
        ).all()
    )
    return {ticket_id: texts[mid] for ticket_id, mid in message_ids.items() if mid in texts}
