"""Agents' presence: online, away or offline, kept alive by heartbeats. Services flush;
callers commit. Going offline (or timing out) returns the agent's tickets to the board."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import after_commit, utcnow
from core.events import BOARD_CHANNEL, wake_readers
from core.settings import get_settings
from escalation.agents.models import AgentPresence, PresenceStatus
from escalation.agents.presence import effective_status
from escalation.agents.schemas import PresenceOut
from escalation.tickets.claims import return_tickets_of
from escalation.tickets.matching import ReturnReason


def _locked(session: Session, agent_id: int, now: datetime) -> AgentPresence:
    """The agent's presence row, locked until commit (created offline if missing)."""
    query = (
        select(AgentPresence)
        .where(AgentPresence.user_id == agent_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    row = session.scalars(query).first()
    if row is not None:
        return row
    row = AgentPresence(
        user_id=agent_id, status=PresenceStatus.OFFLINE, last_seen_at=now, changed_at=now
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # a concurrent first call created it
        return session.scalars(query).one()
    return row


def _effective(row: AgentPresence, now: datetime) -> PresenceStatus:
    return effective_status(row.status, row.last_seen_at, now, get_settings().presence_timeout_s)


def _out(row: AgentPresence | None, now: datetime, returned: list[str]) -> PresenceOut:
    return PresenceOut(
        status=_effective(row, now) if row else PresenceStatus.OFFLINE,
        last_seen_at=row.last_seen_at if row else None,
        timeout_s=get_settings().presence_timeout_s,
        returned_tickets=returned,
    )


def set_presence(
    session: Session, agent_id: int, status: PresenceStatus, now: datetime | None = None
) -> PresenceOut:
    """Report a status; counts as a heartbeat too."""
    now = now or utcnow()
    row = _locked(session, agent_id, now)
    before = _effective(row, now)
    row.status = status
    row.last_seen_at = now
    returned: list[str] = []
    if before != status:
        row.changed_at = now
        # Wake the agents' streams: this agent's offers appear or disappear.
        after_commit(
            session, lambda: wake_readers(BOARD_CHANNEL, {"type": "agent.presence", "id": agent_id})
        )
    if status == PresenceStatus.OFFLINE:
        returned = return_tickets_of(session, agent_id, ReturnReason.AGENT_OFFLINE, now)
    session.flush()
    return _out(row, now, returned)


def heartbeat(session: Session, agent_id: int, now: datetime | None = None) -> PresenceOut:
    """Keep the reported status alive. An agent that had already timed out stays offline
    (its tickets went back to the board) until it reports a status again."""
    now = now or utcnow()
    row = _locked(session, agent_id, now)
    returned: list[str] = []
    if row.status != PresenceStatus.OFFLINE and _effective(row, now) == PresenceStatus.OFFLINE:
        row.status = PresenceStatus.OFFLINE
        row.changed_at = now
        returned = return_tickets_of(session, agent_id, ReturnReason.AGENT_OFFLINE, now)
    row.last_seen_at = now
    session.flush()
    return _out(row, now, returned)


def get_presence(session: Session, agent_id: int, now: datetime | None = None) -> PresenceOut:
    row = session.get(AgentPresence, agent_id)
    return _out(row, now or utcnow(), [])
