"""Tickets: opening them from an escalation, where a waiting customer stands, and the
agent's side: claim, reply, release, transfer, resolve, and the timers that return held
tickets to the board. Services flush; the caller's unit of work commits.

Every status change is a conditional UPDATE (`WHERE status = <the status we saw>`), so of
two racing changes exactly one wins on every database, and each is logged in
`ticket_events` with who, when and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import Conflict, Forbidden, NotFound
from core.settings import get_settings
from escalation.agents.models import AgentPresence, PresenceStatus
from escalation.agents.presence import effective_status
from escalation.tickets.matching import ReturnReason, capacity_problem, mismatch, overdue_reason
from escalation.tickets.models import ACTIVE_STATUSES, Ticket, TicketEvent, TicketStatus
from escalation.tickets.notices import Notice
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from escalation.tickets.transitions import (
    UNCLAIMED,
    back_to_waiting,
    lock_conversation,
    move,
    notify,
    publish_board,
    publish_conversation,
    return_to_board,
    touch,
)
from escalation.users.models import Role, User
from router.conversations.models import Author, ConversationStatus, Message
from router.conversations.service import add_message, clean_text

SWEEP_BATCH = 500


@dataclass(frozen=True)
class QueuePosition:
    position: int
    estimated_wait_s: int


@dataclass(frozen=True)
class Returned:
    """A held ticket the sweep put back on the board."""

    ticket_id: str
    agent_id: int
    reason: ReturnReason


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
            to_status=TicketStatus.OPEN,
            detail={"queue": queue, "priority": priority, "language": language, "reason": reason},
        )
    )
    session.flush()
    publish_board(session, "ticket.created", ticket.id)
    return ticket, True


def queue_position(session: Session, ticket: Ticket) -> QueuePosition:
    """1-based place among the tickets on the board in the same queue (higher priority
    first, then oldest first) and a wait estimate from the agents who could take it."""
    ahead = (
        session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(
                Ticket.status.in_(BOARD_STATUSES),
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


# --- the agent's side ------------------------------------------------------------------


def get_ticket(session: Session, ticket_id: str) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(f"ticket {ticket_id} not found")
    return ticket


def held_count(session: Session, agent_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.claimed_by == agent_id, Ticket.status.in_(HELD_STATUSES))
        )
        or 0
    )


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


def claim(session: Session, ticket_id: str, agent_id: int, now: datetime | None = None) -> Ticket:
    """Claim a ticket from the board for this agent. Exactly one of any number of racing
    claims wins; the others get a Conflict saying why. A retry by the winner returns the
    ticket again."""
    now = now or utcnow()
    agent = _agent(session, agent_id)
    presence = agent_presence(session, agent_id, now, lock=True)
    ticket = get_ticket(session, ticket_id)
    if ticket.claimed_by == agent_id and ticket.status in HELD_STATUSES:
        return ticket  # the same agent retried its claim
    if ticket.status not in BOARD_STATUSES:
        raise Conflict(_not_on_board(ticket))
    if presence != PresenceStatus.ONLINE:
        raise Conflict(f"you are {presence}; go online to claim tickets")
    problem = mismatch(agent.languages, agent.skills, ticket.language, ticket.skills)
    problem = problem or capacity_problem(held_count(session, agent_id), agent.max_concurrent)
    if problem is not None:
        raise Conflict(problem)
    due = now + timedelta(seconds=get_settings().first_reply_timeout_s)
    if not move(
        session, ticket, TicketStatus.CLAIMED, kind="claimed", actor=_actor(agent), now=now,
        agent_id=agent_id, values={"claimed_by": agent_id, "claimed_at": now,
                                   "first_reply_due_at": due, "first_reply_at": None},
        detail={"first_reply_due_at": due.isoformat()},
    ):  # fmt: skip
        raise Conflict(_not_on_board(get_ticket(session, ticket_id), lost_race=True))
    conversation = lock_conversation(session, ticket.conversation_id)
    conversation.status = ConversationStatus.WITH_HUMAN
    notify(session, conversation, Notice.JOINED, agent.display_name, now)
    publish_board(session, "ticket.claimed", ticket.id)
    return ticket


def add_agent_message(
    session: Session, ticket_id: str, agent_id: int, text: str, now: datetime | None = None
) -> Message:
    """The claiming agent writes to the customer; the first reply stops the timer."""
    text = clean_text(text)
    now = now or utcnow()
    ticket = _held_by(session, ticket_id, agent_id)
    if ticket.status == TicketStatus.CLAIMED:
        moved = move(
            session, ticket, TicketStatus.WITH_AGENT, kind="first_reply", now=now,
            actor=_actor(_agent(session, agent_id)), agent_id=agent_id,
            values={"first_reply_at": now}, require_agent=agent_id,
        )  # fmt: skip
    else:  # with_agent: lock the row against a concurrent return to the board
        moved = touch(session, ticket, agent_id, now)
    if not moved:
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    conversation = lock_conversation(session, ticket.conversation_id)
    if conversation.status == ConversationStatus.CLOSED:
        raise Conflict("the conversation is closed")
    message = add_message(session, conversation.id, Author.AGENT, text)
    conversation.updated_at = now
    publish_conversation(session, conversation.id)
    return message


def release(
    session: Session, ticket_id: str, agent_id: int, why: str | None = None,
    now: datetime | None = None,
) -> Ticket:  # fmt: skip
    """The agent hands the ticket back to the board."""
    now = now or utcnow()
    ticket = _held_by(session, ticket_id, agent_id)
    agent = _agent(session, agent_id)
    if not return_to_board(session, ticket, agent, ReturnReason.RELEASED, _actor(agent), now,
                            {"why": why} if why else {}):  # fmt: skip
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    return ticket


def transfer(
    session: Session, ticket_id: str, agent_id: int, queue: str, why: str | None = None,
    now: datetime | None = None,
) -> Ticket:  # fmt: skip
    """The agent moves the ticket to another queue's board."""
    now = now or utcnow()
    ticket = _held_by(session, ticket_id, agent_id)
    agent = _agent(session, agent_id)
    detail = {"from_queue": ticket.queue, "to_queue": queue, **({"why": why} if why else {})}
    if not move(
        session, ticket, TicketStatus.TRANSFERRED, kind="transferred", actor=_actor(agent),
        now=now, agent_id=agent_id, require_agent=agent_id, detail=detail,
        values={"queue": queue, **UNCLAIMED},
    ):  # fmt: skip
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    back_to_waiting(session, ticket, agent, now)
    return ticket


def resolve(
    session: Session, ticket_id: str, agent_id: int, resolution_code: str,
    now: datetime | None = None,
) -> Ticket:  # fmt: skip
    """The claiming agent resolves the ticket; the conversation closes."""
    now = now or utcnow()
    ticket = _held_by(session, ticket_id, agent_id)
    agent = _agent(session, agent_id)
    if not move(
        session, ticket, TicketStatus.RESOLVED, kind="resolved", actor=_actor(agent), now=now,
        agent_id=agent_id, require_agent=agent_id, detail={"resolution_code": resolution_code},
        values={"resolution_code": resolution_code, "closed_at": now},
    ):  # fmt: skip
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    conversation = lock_conversation(session, ticket.conversation_id)
    conversation.status = ConversationStatus.CLOSED
    notify(session, conversation, Notice.RESOLVED, agent.display_name, now)
    return ticket


def return_tickets_of(
    session: Session, agent_id: int, reason: ReturnReason, now: datetime | None = None
) -> list[str]:
    """Put every ticket the agent holds back on the board (the agent went offline)."""
    now = now or utcnow()
    agent = _agent(session, agent_id)
    held = session.scalars(
        select(Ticket).where(Ticket.claimed_by == agent_id, Ticket.status.in_(HELD_STATUSES))
    ).all()
    return [t.id for t in held if return_to_board(session, t, agent, reason, "system", now, {})]


def expire_overdue(session: Session, now: datetime | None = None) -> list[Returned]:
    """The sweep: return held tickets whose agent did not reply in time or went offline.
    Safe to run from several sweepers at once (each return is a conditional update)."""
    now = now or utcnow()
    rows = session.execute(
        select(Ticket, AgentPresence.status, AgentPresence.last_seen_at)
        .outerjoin(AgentPresence, AgentPresence.user_id == Ticket.claimed_by)
        .where(Ticket.status.in_(HELD_STATUSES))
        .order_by(Ticket.claimed_at)
        .limit(SWEEP_BATCH)
    ).all()
    timeout_s = get_settings().presence_timeout_s
    returned: list[Returned] = []
    for ticket, reported, last_seen in rows:
        presence = effective_status(reported, last_seen, now, timeout_s)
        reason = overdue_reason(
            ticket.status, ticket.first_reply_due_at, ticket.first_reply_at, presence, now
        )
        if reason is None or ticket.claimed_by is None:
            continue
        agent = _agent(session, ticket.claimed_by)
        actor = "timer" if reason == ReturnReason.FIRST_REPLY_TIMEOUT else "system"
        detail: dict[str, Any] = {"presence": presence}
        if reason == ReturnReason.FIRST_REPLY_TIMEOUT and ticket.first_reply_due_at:
            detail = {"first_reply_due_at": ticket.first_reply_due_at.isoformat()}
        if return_to_board(session, ticket, agent, reason, actor, now, detail):
            returned.append(Returned(ticket.id, agent.id, reason))
    return returned


# --- helpers -----------------------------------------------------------------------------


def _held_by(session: Session, ticket_id: str, agent_id: int) -> Ticket:
    """The ticket, if this agent holds it; else Forbidden (another agent's) or Conflict."""
    ticket = get_ticket(session, ticket_id)
    if ticket.claimed_by != agent_id:
        if ticket.status in HELD_STATUSES:
            raise Forbidden("this ticket is claimed by another agent")
        raise Conflict(f"the ticket is {ticket.status}; you do not hold it")
    return ticket


def _not_on_board(ticket: Ticket, *, lost_race: bool = False) -> str:
    if ticket.status in HELD_STATUSES:
        return "another agent claimed this ticket first" if lost_race else (
            "the ticket was already claimed by another agent"
        )  # fmt: skip
    if ticket.status in BOARD_STATUSES:  # changed and changed back while we looked
        return "the ticket changed while claiming; try again"
    return f"the ticket is {ticket.status}; it can no longer be claimed"


def _no_longer_yours(ticket: Ticket) -> str:
    if ticket.status in HELD_STATUSES:
        return "the ticket changed meanwhile; reload it"
    return f"the ticket is {ticket.status} now; it is no longer yours to work on"


def _agent(session: Session, agent_id: int) -> User:
    user = session.get(User, agent_id)
    if user is None:
        raise NotFound(f"agent {agent_id} not found")
    return user


def _actor(agent: User) -> str:
    return f"agent:{agent.username}"
