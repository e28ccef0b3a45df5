"""The board's numbers: surge per queue, the agents online now, and where a waiting
customer stands in their queue, with an honest wait: from how long recent customers of the
same queue and language waited for a claim (`ticket_events`), and, with nobody online who
could take the ticket, when people usually claim such tickets instead of a number."""

from __future__ import annotations

import statistics
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.settings import get_settings
from escalation.agents.models import AgentPresence, PresenceStatus
from escalation.tickets.matching import mismatch
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.tickets.pay import sla_seconds, surge_pct
from escalation.tickets.service import SWEEP_BATCH
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from escalation.users.models import Role, User

EstimateBasis = Literal["recent_claims", "handle_time", "no_agents_online"]

# The recent first claims of a queue and language that the estimate rests on.
RECENT_CLAIMS_WINDOW = timedelta(hours=6)
RECENT_CLAIMS_LIMIT = 20
MIN_RECENT_CLAIMS = 3
# When people usually claim tickets of a language: the claims of the last two weeks.
USUAL_HOURS_WINDOW = timedelta(days=14)
USUAL_HOURS_LIMIT = 2000
USUAL_HOURS_MIN_DAYS = 2


@dataclass(frozen=True)
class WaitEstimate:
    seconds: int
    basis: EstimateBasis


@dataclass(frozen=True)
class QueuePosition:
    position: int
    estimated_wait_s: int
    agents_online: int = 0
    basis: EstimateBasis = "handle_time"
    # Hours of the day (UTC, 0-23) when such tickets are usually claimed; only worked out
    # when nobody who could take the ticket is online, and empty when history is too thin.
    usual_hours_utc: tuple[int, ...] = field(default=())


def queue_surges(
    session: Session, now: datetime, queues: Collection[str] | None = None
) -> dict[str, int]:
    """Each queue's surge in percent now (see `pay.surge_pct`): from its oldest waiting
    ticket against its SLA, and its waiting tickets per free slot of the online agents
    who could take one of them."""
    settings = get_settings()
    conditions = [Ticket.status.in_(BOARD_STATUSES)]
    if queues is not None:
        if not queues:
            return {}
        conditions.append(Ticket.queue.in_(list(queues)))
    waiting = session.execute(
        select(Ticket.queue, func.count(), func.min(Ticket.created_at))
        .where(*conditions)
        .group_by(Ticket.queue)
    ).all()
    if not waiting:
        return {}
    needs: dict[str, set[tuple[str | None, tuple[str, ...]]]] = {}
    for queue, language, skills in session.execute(
        select(Ticket.queue, Ticket.language, Ticket.skills).where(*conditions).limit(SWEEP_BATCH)
    ):
        needs.setdefault(queue, set()).add((language, tuple(sorted(skills))))
    agents = online_agents(session, now)
    held = (
        dict(
            session.execute(
                select(Ticket.claimed_by, func.count())
                .where(
                    Ticket.status.in_(HELD_STATUSES), Ticket.claimed_by.in_([a.id for a in agents])
                )
                .group_by(Ticket.claimed_by)
            ).all()
        )
        if agents
        else {}
    )
    surges: dict[str, int] = {}
    for queue, count, oldest in waiting:
        free_slots = sum(
            max(0, a.max_concurrent - held.get(a.id, 0))
            for a in agents
            # .get: the two reads are separate statements, and a claim committed between
            # them can take the queue's last waiting ticket off the board.
            if any(
                mismatch(a.languages, a.skills, lang, sk) is None
                for lang, sk in needs.get(queue, ())
            )
        )
        oldest_at = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
        sla = sla_seconds(queue, settings.sla_s, settings.default_sla_s)
        wait_s = (now - oldest_at).total_seconds()
        surges[queue] = surge_pct(wait_s, count, free_slots, sla, settings.surge_cap)
    return surges


def online_agents(session: Session, now: datetime) -> list[User]:
    """Active agents whose presence is online now."""
    seen_after = now - timedelta(seconds=get_settings().presence_timeout_s)
    return list(
        session.scalars(
            select(User)
            .join(AgentPresence, AgentPresence.user_id == User.id)
            .where(
                User.role == Role.AGENT,
                User.active,
                AgentPresence.status == PresenceStatus.ONLINE,
                AgentPresence.last_seen_at >= seen_after,
            )
        )
    )


def estimate_wait(
    position: int,
    recent_waits_s: Sequence[float],
    agents_online: int,
    free_slots: int,
    capacity: int,
    handle_s: int,
) -> WaitEstimate:
    """How long the customer at `position` will likely wait for a person.

    - Nobody online who could take the ticket: no promise (`no_agents_online`); the number is
      the handle-time guess below, for clients that need one.
    - With enough recent first claims of the same queue and language: the first in line waits
      what those customers waited (the median), and each ticket ahead adds that again, shared
      among the online agents' free slots (`recent_claims`).
    - Else: each place ahead takes a typical handle time, shared among the agents' slots
      (`handle_time`)."""
    position = max(1, position)
    guess = round(position * handle_s / max(1, capacity))
    if agents_online <= 0:
        return WaitEstimate(guess, "no_agents_online")
    if len(recent_waits_s) >= MIN_RECENT_CLAIMS:
        typical = statistics.median(max(0.0, w) for w in recent_waits_s)
        seconds = typical * (1 + (position - 1) / max(1, free_slots))
        return WaitEstimate(max(1, round(seconds)), "recent_claims")
    return WaitEstimate(guess, "handle_time")


def usual_hours(claimed_at: Sequence[datetime], min_days: int = USUAL_HOURS_MIN_DAYS) -> list[int]:
    """The hours of the day (UTC) in which tickets were claimed on at least `min_days`
    different days: when people are usually there. Empty when history says nothing."""
    days_by_hour: dict[int, set[object]] = {}
    for at in claimed_at:
        at = at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
        days_by_hour.setdefault(at.hour, set()).add(at.date())
    return sorted(h for h, days in days_by_hour.items() if len(days) >= min_days)


def _language_is(language: str | None) -> ColumnElement[bool]:
    return Ticket.language.is_(None) if language is None else Ticket.language == language


def recent_claim_waits(
    session: Session, queue: str, language: str | None, now: datetime
) -> list[float]:
    """Seconds from a ticket's creation to its first claim, for the latest tickets of this
    queue and language created within `RECENT_CLAIMS_WINDOW` (from the ticket events)."""
    rows = session.execute(
        select(TicketEvent.created_at, Ticket.created_at)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(
            Ticket.queue == queue,
            _language_is(language),
            Ticket.created_at >= now - RECENT_CLAIMS_WINDOW,
            TicketEvent.kind == "claimed",
            TicketEvent.from_status == TicketStatus.OPEN,
        )
        .order_by(TicketEvent.created_at.desc())
        .limit(RECENT_CLAIMS_LIMIT)
    ).all()
    return [(claimed - created).total_seconds() for claimed, created in rows]


def claim_times(session: Session, language: str | None, now: datetime) -> list[datetime]:
    """When tickets of this language were claimed in the last `USUAL_HOURS_WINDOW`."""
    return list(
        session.scalars(
            select(TicketEvent.created_at)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(
                _language_is(language),
                Ticket.created_at >= now - USUAL_HOURS_WINDOW,
                TicketEvent.kind == "claimed",
            )
            .order_by(TicketEvent.created_at.desc())
            .limit(USUAL_HOURS_LIMIT)
        )
    )


def queue_position(session: Session, ticket: Ticket, now: datetime | None = None) -> QueuePosition:
    """1-based place among the tickets on the board in the same queue (higher priority
    first, then oldest first), the online agents who could take it, and a wait estimate
    (`estimate_wait`)."""
    now = now or utcnow()
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
    able = [
        a
        for a in online_agents(session, now)
        if mismatch(a.languages, a.skills, ticket.language, ticket.skills) is None
    ]
    held = (
        dict(
            session.execute(
                select(Ticket.claimed_by, func.count())
                .where(
                    Ticket.status.in_(HELD_STATUSES), Ticket.claimed_by.in_([a.id for a in able])
                )
                .group_by(Ticket.claimed_by)
            ).all()
        )
        if able
        else {}
    )
    capacity = sum(max(1, a.max_concurrent) for a in able)
    free_slots = sum(max(0, a.max_concurrent - held.get(a.id, 0)) for a in able)
    waits = recent_claim_waits(session, ticket.queue, ticket.language, now) if able else []
    handle_s = get_settings().default_handle_time_s
    estimate = estimate_wait(ahead + 1, waits, len(able), free_slots, capacity, handle_s)
    hours: tuple[int, ...] = ()
    if not able:
        hours = tuple(usual_hours(claim_times(session, ticket.language, now)))
    return QueuePosition(ahead + 1, estimate.seconds, len(able), estimate.basis, hours)
