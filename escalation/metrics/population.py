"""The rows the metrics aggregate, built set-wise (grouped subqueries joined on ids, no
subquery per row); the service keeps each in a temporary table for its few aggregates:

- `conversations`: one row per conversation of the window in which the customer wrote,
  with its keys (queue, language, reason) and every per-conversation fact the metrics need;
- `tickets`: one row per ticket of those conversations, with its first claim, its first
  reply and its event counts.

Definitions (see `schemas` for the metrics built on them): a conversation's queue is its
first ticket's queue, its reason the rule of its first escalation decision; it reached a
person when one of its tickets was ever claimed (event `claimed`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause

from escalation.metrics.compute import Window
from escalation.metrics.schemas import Filters
from escalation.metrics.sql import signal_int, signal_true
from escalation.ratings.models import Rating
from escalation.rules.models import Decision
from escalation.rules.signals import Action
from escalation.tickets.models import Ticket, TicketEvent
from router.conversations.models import Author, Conversation, Message

CLAIMED = "claimed"
FIRST_REPLY = "first_reply"
# The ticket events the metrics count (`Returns`).
COUNTED_EVENTS = (
    CLAIMED,
    "first_reply_timeout",
    "reply_timeout",
    "released",
    "agent_offline",
    "transferred",
    "transfer_offer_expired",
    "sla_breached",
)
AUTHORS = tuple(a.value for a in Author)


def _sum_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def _window_ids(window: Window) -> Select[Any]:
    return select(Conversation.id).where(
        Conversation.created_at >= window.start, Conversation.created_at < window.end
    )


def conversations(window: Window, filters: Filters, dialect: str) -> Select[Any]:
    """One row per conversation of the window in which the customer wrote, filters
    applied."""
    ids = _window_ids(window)
    flags = (  # each signal read once per decision
        select(
            Decision.conversation_id,
            Decision.id,
            Decision.message_id,
            (Decision.action == Action.ESCALATE).label("escalates"),
            case((signal_true(Decision.signals, "human_request", dialect), 1), else_=0).label(
                "asked"
            ),
            case((signal_true(Decision.signals, "repeat_contact", dialect), 1), else_=0).label(
                "repeat"
            ),
        )
        .where(Decision.conversation_id.in_(ids))
        .subquery("flags")
    )
    escalates, asked = flags.c.escalates, flags.c.asked == 1
    decided = (
        select(
            flags.c.conversation_id.label("cid"),
            func.min(case((escalates, flags.c.id))).label("first_escalation_id"),
            func.max(flags.c.id).label("last_decision_id"),
            func.max(flags.c.asked).label("requested"),
            func.max(flags.c.repeat).label("repeat"),
            # message ids grow with time within a conversation
            func.min(case((or_(escalates, asked), flags.c.message_id))).label("start_id"),
        )
        .group_by(flags.c.conversation_id)
        .subquery("decided")
    )
    written = (
        select(
            Message.conversation_id.label("cid"),
            func.max(Message.created_at).label("last_message_at"),
            *(_sum_if(Message.author == a).label(f"messages_{a}") for a in AUTHORS),
        )
        .where(Message.conversation_id.in_(ids))
        .group_by(Message.conversation_id)
        .subquery("written")
    )
    ranked = (
        select(
            Ticket.conversation_id.label("cid"),
            Ticket.queue.label("queue"),
            func.row_number()
            .over(partition_by=Ticket.conversation_id, order_by=(Ticket.created_at, Ticket.id))
            .label("rn"),
        )
        .where(Ticket.conversation_id.in_(ids))
        .subquery("ranked")
    )
    first_ticket = select(ranked.c.cid, ranked.c.queue).where(ranked.c.rn == 1).subquery("first")
    claims = (
        select(Ticket.conversation_id.label("cid"), func.min(TicketEvent.created_at).label("at"))
        .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
        .where(Ticket.conversation_id.in_(ids), TicketEvent.kind == CLAIMED)
        .group_by(Ticket.conversation_id)
        .subquery("claims")
    )
    c = Conversation
    escalation, last, start = aliased(Decision), aliased(Decision), aliased(Message)
    base = (
        select(
            c.id.label("id"),
            c.language.label("language"),
            first_ticket.c.queue.label("queue"),
            escalation.rule.label("reason"),
            claims.c.at.label("first_claim_at"),
            c.status.label("status"),
            c.customer_ref.label("customer_ref"),
            c.created_at.label("created_at"),
            c.llm_tokens.label("llm_tokens"),
            c.llm_cost_usd.label("llm_cost_usd"),
            signal_int(escalation.signals, "human_requests", dialect).label("escalation_requests"),
            func.coalesce(decided.c.requested, 0).label("requested"),
            func.coalesce(decided.c.repeat, 0).label("repeat"),
            start.created_at.label("start_at"),
            last.action.label("last_action"),
            written.c.last_message_at.label("last_message_at"),
            *(written.c[f"messages_{a}"].label(f"messages_{a}") for a in AUTHORS),
            Rating.score.label("score"),
        )
        .select_from(c)
        .join(written, written.c.cid == c.id)
        .outerjoin(decided, decided.c.cid == c.id)
        .outerjoin(escalation, escalation.id == decided.c.first_escalation_id)
        .outerjoin(last, last.id == decided.c.last_decision_id)
        .outerjoin(start, start.id == decided.c.start_id)
        .outerjoin(first_ticket, first_ticket.c.cid == c.id)
        .outerjoin(claims, claims.c.cid == c.id)
        .outerjoin(Rating, Rating.conversation_id == c.id)
        .where(
            c.created_at >= window.start,
            c.created_at < window.end,
            written.c[f"messages_{Author.CUSTOMER.value}"] > 0,
        )
        .subquery("base")
    )
    conditions = [
        base.c[name] == value
        for name, value in (
            ("queue", filters.queue),
            ("language", filters.language),
            ("reason", filters.reason),
        )
        if value is not None
    ]
    return select(base).where(*conditions)


def tickets(population: FromClause) -> Select[Any]:
    """One row per ticket of the population's conversations, with the conversation's keys,
    its first claim and first reply, and how often each counted event happened."""
    p = population
    events = (
        select(
            TicketEvent.ticket_id.label("tid"),
            func.min(case((TicketEvent.kind == CLAIMED, TicketEvent.created_at))).label(
                "first_claim_at"
            ),
            func.min(case((TicketEvent.kind == FIRST_REPLY, TicketEvent.created_at))).label(
                "first_reply_at"
            ),
            *(_sum_if(TicketEvent.kind == kind).label(f"events_{kind}") for kind in COUNTED_EVENTS),
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(Ticket.conversation_id.in_(select(p.c.id)))
        .group_by(TicketEvent.ticket_id)
        .subquery("events")
    )
    return (
        select(
            p.c.queue,
            p.c.language,
            p.c.reason,
            Ticket.id.label("ticket_id"),
            Ticket.queue.label("ticket_queue"),
            Ticket.status.label("status"),
            Ticket.created_at.label("created_at"),
            Ticket.claimed_at.label("claimed_at"),
            Ticket.closed_at.label("closed_at"),
            Ticket.resolution_code.label("resolution_code"),
            events.c.first_claim_at,
            events.c.first_reply_at,
            *(
                func.coalesce(events.c[f"events_{kind}"], 0).label(f"events_{kind}")
                for kind in COUNTED_EVENTS
            ),
        )
        .select_from(p)
        .join(Ticket, Ticket.conversation_id == p.c.id)
        .outerjoin(events, events.c.tid == Ticket.id)
    )
