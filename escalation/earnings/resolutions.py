"""The tickets an agent resolved, newest first, each with what it paid (from the ledger) and
the customer's rating: paid or not, so an unpaid resolution shows as one. Reads only."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from escalation.earnings.models import Earning, EarningKind
from escalation.earnings.periods import encode_cursor
from escalation.earnings.schemas import ResolutionOut, TicketRatingOut
from escalation.ratings.models import Rating
from escalation.ratings.schemas import MAX_COMMENT_CHARS
from escalation.tickets.masking import preview
from escalation.tickets.models import Ticket, TicketStatus
from escalation.tickets.pay import CURRENCY

MAX_PAGE = 200


def _rating(rating: Rating | None, language: str | None) -> TicketRatingOut | None:
    if rating is None:
        return None
    comment = preview(rating.comment, language, MAX_COMMENT_CHARS) or None
    return TicketRatingOut(score=rating.score, comment=comment, created_at=rating.created_at)


def resolution(ticket: Ticket, entries: list[Earning], rating: Rating | None) -> ResolutionOut:
    """One resolved ticket as its agent sees it: the ledger's entries for it add up to its
    pay; without any it was not paid."""
    parts = {kind: 0 for kind in EarningKind}
    for entry in entries:
        parts[EarningKind(entry.kind)] += entry.amount_cents
    closed = ticket.closed_at
    assert closed is not None  # resolved tickets have one
    claimed = ticket.claimed_at
    return ResolutionOut(
        ticket_id=ticket.id,
        resolved_at=closed,
        claimed_at=claimed,
        handle_s=None if claimed is None else round((closed - claimed).total_seconds(), 1),
        queue=ticket.queue,
        language=ticket.language,
        topic=ticket.topic,
        resolution_code=ticket.resolution_code,
        paid=bool(entries),
        amount_cents=sum(parts.values()),
        base_cents=parts[EarningKind.BASE],
        surge_cents=parts[EarningKind.SURGE],
        bonus_cents=parts[EarningKind.BONUS],
        currency=entries[0].currency if entries else CURRENCY,
        review_reason=ticket.review_reason,
        rating=_rating(rating, ticket.language),
    )


def resolutions(
    session: Session, agent_id: int, limit: int, before: tuple[datetime, str] | None = None
) -> tuple[list[ResolutionOut], str | None]:
    """A page of the tickets the agent resolved (at most `limit`, older than `before`), and
    the cursor of the next page (None on the last)."""
    limit = max(1, min(limit, MAX_PAGE))
    query = select(Ticket).where(
        Ticket.claimed_by == agent_id,
        Ticket.status == TicketStatus.RESOLVED,
        Ticket.closed_at.is_not(None),
    )
    if before is not None:
        at, ticket_id = before
        query = query.where(
            or_(Ticket.closed_at < at, and_(Ticket.closed_at == at, Ticket.id < ticket_id))
        )
    tickets = session.scalars(
        query.order_by(Ticket.closed_at.desc(), Ticket.id.desc()).limit(limit + 1)
    ).all()
    more = len(tickets) > limit
    tickets = tickets[:limit]
    ids = [t.id for t in tickets]
    entries: dict[str, list[Earning]] = defaultdict(list)
    ratings: dict[str, Rating] = {}
    if ids:
        for entry in session.scalars(
            select(Earning)
            .where(Earning.agent_id == agent_id, Earning.ticket_id.in_(ids))
            .order_by(Earning.id)
        ):
            entries[entry.ticket_id].append(entry)
        for rating in session.scalars(
            select(Rating).where(Rating.agent_id == agent_id, Rating.ticket_id.in_(ids))
        ):
            if rating.ticket_id is not None:
                ratings[rating.ticket_id] = rating
    page = [resolution(t, entries[t.id], ratings.get(t.id)) for t in tickets]
    last = tickets[-1] if tickets else None
    cursor = None
    if more and last is not None and last.closed_at is not None:
        cursor = encode_cursor(last.closed_at, last.id)
    return page, cursor
