"""The board's numbers: surge per queue, the agents online now, and where a waiting
customer stands in their queue."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.settings import get_settings
from escalation.agents.models import AgentPresence, PresenceStatus
from escalation.tickets.matching import mismatch
from escalation.tickets.models import Ticket
from escalation.tickets.pay import sla_seconds, surge_pct
from escalation.tickets.service import SWEEP_BATCH
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from escalation.users.models import Role, User


@dataclass(frozen=True)
class QueuePosition:
    position: int
    estimated_wait_s: int


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
    held = dict(
        session.execute(
            select(Ticket.claimed_by, func.count())
            .where(Ticket.status.in_(HELD_STATUSES), Ticket.claimed_by.in_([a.id for a in agents]))
            .group_by(Ticket.claimed_by)
        ).all()
    ) if agents else {}  # fmt: skip
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
