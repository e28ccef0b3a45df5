"""The timers: held tickets returned to the board (no reply in time, agent offline), the
customer's activity that drives them, and the board sweep (SLA raises, abandoned and expired
tickets, transfer offers that ran out). Safe to run from several sweepers at once.

The sweeps never wait for a row lock: each ticket is locked in the lock order (its
conversation, then the ticket; see `escalation.tickets.service`) with SKIP LOCKED, re-checked
on the locked row, and left to the next sweep when someone else holds it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from core.db import utcnow
from core.settings import get_settings
from escalation.agents.models import AgentPresence
from escalation.agents.presence import effective_status
from escalation.tickets.matching import CloseReason, ReturnReason, overdue_reason, stale_reason
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.tickets.pay import base_pay_cents, sla_breached, sla_raise, sla_seconds
from escalation.tickets.service import SWEEP_BATCH, active_ticket, get_agent, try_lock_ticket
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from escalation.tickets.transitions import (
    move,
    notify,
    publish_board,
    return_to_board,
)
from router.bot.system_messages import SystemMessage
from router.conversations.models import Author, ConversationStatus, Message
from router.conversations.states import allowed, move_conversation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Returned:
    """A held ticket the sweep put back on the board."""

    ticket_id: str
    agent_id: int
    reason: ReturnReason


@dataclass
class BoardSweep:
    """What the board sweep did: SLA raises, closed tickets, expired transfer offers."""

    raised: list[str] = field(default_factory=list)
    abandoned: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    offers_expired: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.raised or self.abandoned or self.expired or self.offers_expired)


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
    settings = get_settings()
    returned: list[Returned] = []
    for candidate, reported, last_seen in rows:
        presence = effective_status(reported, last_seen, now, settings.presence_timeout_s)
        if _overdue(candidate, presence, now) is None:
            continue
        locked = try_lock_ticket(session, candidate.id, candidate.conversation_id)
        if locked is None:
            continue  # an agent or a customer is busy with it: the next sweep looks again
        conversation, ticket = locked
        reason = _overdue(ticket, presence, now)  # again, on the locked row
        if reason is None or ticket.claimed_by is None:
            continue
        agent = get_agent(session, ticket.claimed_by)
        actor = "system" if reason == ReturnReason.AGENT_OFFLINE else "timer"
        detail: dict[str, Any] = {"presence": presence}
        if reason == ReturnReason.FIRST_REPLY_TIMEOUT and ticket.first_reply_due_at:
            detail = {"first_reply_due_at": ticket.first_reply_due_at.isoformat()}
        if reason == ReturnReason.REPLY_TIMEOUT and ticket.customer_waiting_since:
            detail = {
                "customer_waiting_since": ticket.customer_waiting_since.isoformat(),
                "reply_timeout_s": settings.reply_timeout_s,
            }
        if return_to_board(session, conversation, ticket, agent, reason, actor, now, detail):
            returned.append(Returned(ticket.id, agent.id, reason))
    return returned


def _overdue(ticket: Ticket, presence: str, now: datetime) -> ReturnReason | None:
    settings = get_settings()
    return overdue_reason(
        ticket.status,
        ticket.first_reply_due_at,
        ticket.first_reply_at,
        presence,
        now,
        ticket.customer_waiting_since,
        settings.reply_timeout_s,
    )


def note_customer_message(
    session: Session, conversation_id: str, at: datetime | None = None
) -> str | None:
    """A customer wrote in this conversation at `at`: they are still there (no
    abandonment), and, if an agent holds the ticket and has not written since, the reply
    timer starts. Call it for every customer message; returns the live ticket's id."""
    at = at or utcnow()
    ticket = active_ticket(session, conversation_id)
    if ticket is None:
        return None
    session.execute(
        update(Ticket)
        .where(
            Ticket.id == ticket.id,
            or_(Ticket.customer_active_at.is_(None), Ticket.customer_active_at < at),
        )
        .values(customer_active_at=at)
        .execution_options(synchronize_session=False)
    )
    answered_since = session.scalar(
        select(Message.id)
        .where(
            Message.conversation_id == conversation_id,
            Message.author == Author.AGENT,
            Message.created_at >= at,
        )
        .limit(1)
    )
    if answered_since is None:
        session.execute(
            update(Ticket)
            .where(
                Ticket.id == ticket.id,
                Ticket.status.in_(HELD_STATUSES),
                Ticket.customer_waiting_since.is_(None),
            )
            .values(customer_waiting_since=at)
            .execution_options(synchronize_session=False)
        )
    session.expire(ticket)
    return ticket.id


def raise_overdue(session: Session, now: datetime | None = None) -> list[str]:
    """The SLA sweep: every ticket still waiting on the board past its queue's SLA is
    raised in priority and earns a bonus, once (event `sla_breached`)."""
    now = now or utcnow()
    settings = get_settings()
    shortest = min([settings.default_sla_s, *settings.sla_s.values(), *_builtin_slas()])
    rows = session.scalars(
        select(Ticket)
        .where(
            Ticket.status.in_(BOARD_STATUSES),
            Ticket.sla_raised_at.is_(None),
            Ticket.created_at <= now - timedelta(seconds=shortest),
        )
        .order_by(Ticket.created_at)
        .limit(SWEEP_BATCH)
        .with_for_update(skip_locked=True)  # a ticket being claimed waits for the next sweep
        .execution_options(populate_existing=True)
    ).all()
    raised: list[str] = []
    for ticket in rows:
        sla_s = sla_seconds(ticket.queue, settings.sla_s, settings.default_sla_s)
        if not sla_breached(ticket.created_at, sla_s, now, already_raised=False):
            continue
        priority, bonus = sla_raise(
            ticket.priority, base_pay_cents(ticket.queue), settings.sla_bonus_pct
        )
        done = session.execute(
            update(Ticket)
            .where(
                Ticket.id == ticket.id,
                Ticket.sla_raised_at.is_(None),
                Ticket.status.in_(BOARD_STATUSES),
            )
            .values(
                priority=priority,
                pay_bonus_cents=Ticket.pay_bonus_cents + bonus,
                sla_raised_at=now,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        if cast(CursorResult[Any], done).rowcount != 1:
            continue
        session.add(
            TicketEvent(
                ticket_id=ticket.id,
                kind="sla_breached",
                actor="timer",
                detail={
                    "sla_s": sla_s,
                    "priority": [ticket.priority, priority],
                    "bonus_cents": bonus,
                },
                created_at=now,
            )
        )
        raised.append(ticket.id)
    if raised:
        session.flush()
        publish_board(session, "ticket.raised", raised[0])
    return raised


def _builtin_slas() -> list[int]:
    from escalation.tickets.pay import SLA_S

    return list(SLA_S.values())


def close_stale(session: Session, now: datetime | None = None) -> BoardSweep:
    """Close tickets waiting on the board whose customer has gone (`abandoned`: no sign of
    them for `RELAYDESK_ABANDON_AFTER_S`) or that waited past the hard limit (`expired`:
    `RELAYDESK_TICKET_MAX_AGE_S`); the conversation closes with a notice."""
    now = now or utcnow()
    settings = get_settings()
    first = min(settings.abandon_after_s, settings.ticket_max_age_s)
    rows = session.scalars(
        select(Ticket)
        .where(
            Ticket.status.in_(BOARD_STATUSES),
            Ticket.created_at <= now - timedelta(seconds=first),
        )
        .order_by(Ticket.created_at)
        .limit(SWEEP_BATCH)
    ).all()
    report = BoardSweep()
    for candidate in rows:
        if _stale(candidate, now) is None:
            continue
        locked = try_lock_ticket(session, candidate.id, candidate.conversation_id)
        if locked is None:
            continue  # a claim or the customer's message is on it: the next sweep looks again
        conversation, ticket = locked
        reason = _stale(ticket, now)  # again, on the locked row
        if reason is None:
            continue
        target = TicketStatus.ABANDONED if reason == CloseReason.ABANDONED else TicketStatus.EXPIRED
        last_seen = ticket.customer_active_at or ticket.created_at
        if not move(
            session,
            ticket,
            target,
            kind=reason,
            actor="timer",
            now=now,
            values={"closed_at": now, "offered_to": None, "offered_until": None},
            detail={"customer_active_at": last_seen.isoformat()},
        ):
            continue
        if allowed(conversation.status, ConversationStatus.CLOSED):
            move_conversation(conversation, ConversationStatus.CLOSED, f"ticket {reason}")
            abandoned = reason == CloseReason.ABANDONED
            notice = SystemMessage.ABANDONED if abandoned else SystemMessage.EXPIRED
            notify(session, conversation, notice, "", now)
        else:  # not waiting for a person, although its ticket was on the board: leave it be
            log.warning(
                "ticket %s %s; conversation %s stays %s",
                ticket.id,
                reason,
                conversation.id,
                conversation.status,
            )
        publish_board(session, f"ticket.{reason}", ticket.id)
        (report.abandoned if reason == CloseReason.ABANDONED else report.expired).append(ticket.id)
    return report


def _stale(ticket: Ticket, now: datetime) -> CloseReason | None:
    settings = get_settings()
    return stale_reason(
        ticket.status,
        ticket.created_at,
        ticket.customer_active_at,
        now,
        settings.abandon_after_s,
        settings.ticket_max_age_s,
    )


def expire_transfer_offers(session: Session, now: datetime | None = None) -> list[str]:
    """A ticket transferred to a named agent who did not claim it in time is offered to
    every eligible agent again (event `transfer_offer_expired`)."""
    now = now or utcnow()
    rows = session.execute(
        select(Ticket.id, Ticket.offered_to)
        .where(
            Ticket.status.in_(BOARD_STATUSES),
            Ticket.offered_to.is_not(None),
            Ticket.offered_until <= now,
        )
        .order_by(Ticket.id)
        .limit(SWEEP_BATCH)
        .with_for_update(skip_locked=True)
    ).all()
    done: list[str] = []
    for ticket_id, offered_to in rows:
        result = session.execute(
            update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.offered_to == offered_to)
            .values(offered_to=None, offered_until=None, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if cast(CursorResult[Any], result).rowcount != 1:
            continue
        session.add(
            TicketEvent(
                ticket_id=ticket_id,
                kind="transfer_offer_expired",
                actor="timer",
                agent_id=offered_to,
                created_at=now,
                detail={},
            )
        )
        publish_board(session, "ticket.returned", ticket_id)
        done.append(ticket_id)
    session.flush()
    return done


def sweep_board(session: Session, now: datetime | None = None) -> BoardSweep:
    """The board's sweep, beside `expire_overdue`: SLA raises, abandoned and expired
    tickets, transfer offers that ran out. Safe to run from several sweepers at once."""
    now = now or utcnow()
    report = close_stale(session, now)
    report.raised = raise_overdue(session, now)
    report.offers_expired = expire_transfer_offers(session, now)
    return report
