"""An agent's record from the ticket event log, the tickets it resolved and its ratings.
Reads only."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import NotFound
from escalation.agents.schemas import AgentStats, DurationStats, RatingStats
from escalation.ratings.models import Rating
from escalation.tickets.matching import ReturnReason
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.users.models import Role, User


def durations(seconds: Sequence[float]) -> DurationStats:
    if not seconds:
        return DurationStats(count=0, median_s=None, mean_s=None)
    return DurationStats(
        count=len(seconds),
        median_s=round(statistics.median(seconds), 1),
        mean_s=round(statistics.fmean(seconds), 1),
    )


def first_reply_times(events: Iterable[tuple[str, str, datetime]]) -> list[float]:
    """Seconds from each claim to the first reply after it, from one agent's `(ticket id,
    kind, at)` events in order; a claim that ended without a reply counts nothing."""
    claimed: dict[str, datetime] = {}
    times: list[float] = []
    for ticket_id, kind, at in events:
        if kind == "claimed":
            claimed[ticket_id] = at
        elif kind == "first_reply" and ticket_id in claimed:
            times.append((at - claimed.pop(ticket_id)).total_seconds())
    return times


def acceptance_rate(claims: int, timeouts: int) -> float | None:
    return None if claims == 0 else round(max(0, claims - timeouts) / claims, 3)


def agent_stats(session: Session, agent_id: int) -> AgentStats:
    agent = session.get(User, agent_id)
    if agent is None or agent.role != Role.AGENT:
        raise NotFound(f"agent {agent_id} not found")
    counts = dict(
        session.execute(
            select(TicketEvent.kind, func.count())
            .where(TicketEvent.agent_id == agent_id)
            .group_by(TicketEvent.kind)
        ).all()
    )
    resolved = session.execute(
        select(Ticket.claimed_at, Ticket.closed_at).where(
            Ticket.claimed_by == agent_id, Ticket.status == TicketStatus.RESOLVED
        )
    ).all()
    times = [
        (closed - claimed).total_seconds() for claimed, closed in resolved if claimed and closed
    ]
    replies: Sequence[tuple[str, str, datetime]] = session.execute(
        select(TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.created_at)
        .where(
            TicketEvent.agent_id == agent_id,
            TicketEvent.kind.in_(("claimed", "first_reply")),
        )
        .order_by(TicketEvent.created_at, TicketEvent.id)
    ).all()
    unpaid = session.scalar(
        select(func.count()).where(
            Ticket.claimed_by == agent_id,
            Ticket.status == TicketStatus.RESOLVED,
            Ticket.review_reason.is_not(None),
        )
    )
    count, average = session.execute(
        select(func.count(Rating.id), func.avg(Rating.score)).where(Rating.agent_id == agent_id)
    ).one()
    claims = int(counts.get("claimed", 0))
    first = int(counts.get(ReturnReason.FIRST_REPLY_TIMEOUT, 0))
    reply = int(counts.get(ReturnReason.REPLY_TIMEOUT, 0))
    return AgentStats(
        agent_id=agent.id,
        username=agent.username,
        claims=claims,
        resolved=int(counts.get("resolved", 0)),
        first_reply_timeouts=first,
        reply_timeouts=reply,
        releases=int(counts.get(ReturnReason.RELEASED, 0)),
        offline_returns=int(counts.get(ReturnReason.AGENT_OFFLINE, 0)),
        transfers=int(counts.get("transferred", 0)),
        acceptance_rate=acceptance_rate(claims, first + reply),
        resolution_time=durations(times),
        rating=RatingStats(
            count=int(count), average=None if average is None else round(float(average), 2)
        ),
        first_response_time=durations(first_reply_times(replies)),
        resolved_unpaid=int(unpaid or 0),
    )
