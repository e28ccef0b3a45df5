"""Which agent may take which ticket, and when a held ticket must go back to the board.
Pure functions of plain values: no database, no clock of their own."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from enum import StrEnum

from escalation.agents.models import PresenceStatus
from escalation.tickets.models import TicketStatus
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES


class ReturnReason(StrEnum):
    """Why a held ticket went back to the board (the `kind` of its event)."""

    RELEASED = "released"  # the agent handed it back
    FIRST_REPLY_TIMEOUT = "first_reply_timeout"  # no first reply in time
    REPLY_TIMEOUT = "reply_timeout"  # a customer's message was not answered in time
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


def offered_elsewhere(
    offered_to: int | None, offered_until: datetime | None, agent_id: int, now: datetime
) -> bool:
    """True while the ticket is transferred to another named agent and only offered to
    them."""
    return (
        offered_to is not None
        and offered_to != agent_id
        and (offered_until is None or now < offered_until)
    )


class Access(StrEnum):
    """What a user may read of a ticket."""

    HOLDER = "holder"  # the agent holding it: everything, the customer's latest message
    OPS = "ops"  # an ops lead: everything, read-only, the preview as of the claim
    CANDIDATE = "candidate"  # an agent who may claim it: the masked card
    NONE = "none"  # nothing, not even the card


def agent_access(
    agent_id: int,
    agent_languages: Collection[str],
    agent_skills: Collection[str],
    *,
    status: str,
    claimed_by: int | None,
    language: str | None,
    skills: Collection[str],
    offered_to: int | None,
    offered_until: datetime | None,
    now: datetime,
) -> Access:
    """What an agent may read of a ticket: all of it while holding it; its card while it
    is on the board for them (their language and skills, not offered to another agent),
    whatever their presence and load; nothing otherwise."""
    if claimed_by == agent_id and status in HELD_STATUSES:
        return Access.HOLDER
    if (
        status in BOARD_STATUSES
        and not offered_elsewhere(offered_to, offered_until, agent_id, now)
        and mismatch(agent_languages, agent_skills, language, skills) is None
    ):
        return Access.CANDIDATE
    return Access.NONE


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
    customer_waiting_since: datetime | None = None,
    reply_timeout_s: float | None = None,
) -> ReturnReason | None:
    """Why a held ticket must return to the board at `now`, or None while it may stay.
    After the first reply, a customer message unanswered for `reply_timeout_s` returns it."""
    if status not in (TicketStatus.CLAIMED, TicketStatus.WITH_AGENT):
        return None
    if agent_presence == PresenceStatus.OFFLINE:
        return ReturnReason.AGENT_OFFLINE
    if first_reply_at is None and first_reply_due_at is not None and now >= first_reply_due_at:
        return ReturnReason.FIRST_REPLY_TIMEOUT
    if (
        status == TicketStatus.WITH_AGENT
        and customer_waiting_since is not None
        and reply_timeout_s is not None
        and now >= customer_waiting_since + timedelta(seconds=reply_timeout_s)
    ):
        return ReturnReason.REPLY_TIMEOUT
    return None


class CloseReason(StrEnum):
    """Why the sweep closed a ticket that waited on the board (the `kind` of its event)."""

    ABANDONED = "abandoned"  # no sign of the customer for too long
    EXPIRED = "expired"  # on the board past the hard limit


def stale_reason(
    status: str,
    created_at: datetime,
    customer_active_at: datetime | None,
    now: datetime,
    abandon_after_s: float,
    max_age_s: float,
) -> CloseReason | None:
    """Why a ticket waiting on the board must be closed at `now`, or None. Tickets an
    agent holds are never closed here: the agent resolves them."""
    if status not in (TicketStatus.OPEN, TicketStatus.RELEASED, TicketStatus.TRANSFERRED):
        return None
    last_seen = max(created_at, customer_active_at) if customer_active_at else created_at
    if now - last_seen >= timedelta(seconds=abandon_after_s):
        return CloseReason.ABANDONED
    if now - created_at >= timedelta(seconds=max_age_s):
        return CloseReason.EXPIRED
    return None
