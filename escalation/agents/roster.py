"""Who is on duty now, for ops leads: the agents online or away (a live heartbeat) and the
tickets each holds. Reads only."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.settings import get_settings
from escalation.agents.models import AgentPresence, PresenceStatus
from escalation.agents.schemas import HeldSummary, OnDutyAgent
from escalation.tickets.models import Ticket
from escalation.tickets.states import HELD_STATUSES
from escalation.users.models import Role, User

ON_DUTY = (PresenceStatus.ONLINE, PresenceStatus.AWAY)


def on_duty(session: Session, now: datetime) -> list[OnDutyAgent]:
    """Active agents whose reported status is online or away and whose last heartbeat is
    within `RELAYDESK_PRESENCE_TIMEOUT_S`, online first, then by username; with the tickets
    they hold (claimed or in progress), oldest claim first. Two reads."""
    seen_after = now - timedelta(seconds=get_settings().presence_timeout_s)
    agents = session.execute(
        select(User, AgentPresence.status, AgentPresence.last_seen_at)
        .join(AgentPresence, AgentPresence.user_id == User.id)
        .where(
            User.role == Role.AGENT,
            User.active,
            AgentPresence.status.in_(ON_DUTY),
            AgentPresence.last_seen_at >= seen_after,
        )
    ).all()
    held: dict[int, list[HeldSummary]] = {}
    if agents:
        tickets = session.scalars(
            select(Ticket)
            .where(
                Ticket.status.in_(HELD_STATUSES),
                Ticket.claimed_by.in_([user.id for user, _, _ in agents]),
            )
            .order_by(Ticket.claimed_at, Ticket.id)
        )
        for t in tickets:
            held.setdefault(t.claimed_by or 0, []).append(
                HeldSummary(
                    ticket_id=t.id,
                    status=t.status,
                    queue=t.queue,
                    language=t.language,
                    topic=t.topic,
                    claimed_at=t.claimed_at,
                    held_s=max(0, int((now - (t.claimed_at or now)).total_seconds())),
                )
            )
    rows = [
        OnDutyAgent(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            status=PresenceStatus(status),
            last_seen_at=last_seen,
            languages=list(user.languages or []),
            skills=list(user.skills or []),
            capacity=user.max_concurrent,
            held=held.get(user.id, []),
        )
        for user, status, last_seen in agents
    ]
    return sorted(rows, key=lambda a: (a.status != PresenceStatus.ONLINE, a.username))
