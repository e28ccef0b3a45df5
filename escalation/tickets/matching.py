"""Which agent may take which ticket, and when a held ticket must go back to the board.
Pure functions of plain values: no database, no clock of their own."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from enum import StrEnum

from escalation.agents.models import PresenceStatus
from escalation.tickets.models import TicketStatus


class ReturnReason(StrEnum):
    """Why a held ticket went back to the board (the `kind` of its event)."""

    RELEASED = "released"  # the agent handed it back
    FIRST_REPLY_TIMEOUT = "first_reply_timeout"  # no first reply in time
    AGENT_OFFLINE = "agent_offline"  # the agent went (or timed out to) offline


def mismatch(
    agent_languages: Collection[str],
    agent_skills: Collection[str],
    ticket_language: str | None,
    ticket_skills: Collection[str],
) -> str | None:
    """Why this agent cannot take a ticket with these needs, or None."""
    if ticket_language is not None and ticket_language not in agent_languages:
        return f"the ticket needs language {ticket_language}, which is not among yours"
    missing = sorted(set(ticket_skills) - set(agent_skills))
    if missing:
        return f"the ticket needs skill(s) you do not have: {', '.join(missing)}"
    return None


def capacity_problem(held: int, max_concurrent: int) -> str | None:
    if held >= max_concurrent:
        return f"you are at capacity ({held} of {max_concurrent} tickets); finish one first"
    return None


def overdue_reason(
    status: str,
    first_reply_due_at: datetime | None,
    first_reply_at: datetime | None,
    agent_presence: str,
    now: datetime,
) -> ReturnReason | None:
    """Why a held ticket must return to the board at `now`, or None while it may stay."""
    if status not in (TicketStatus.CLAIMED, TicketStatus.WITH_AGENT):
        return None
    if agent_presence == PresenceStatus.OFFLINE:
        return ReturnReason.AGENT_OFFLINE
    if first_reply_at is None and first_reply_due_at is not None and now >= first_reply_due_at:
        return ReturnReason.FIRST_REPLY_TIMEOUT
    return None
