"""What agents see: the board, a ticket (the handoff package for its agent only), and the
live board as server-sent events. Reads only; every view takes the clock as `now`.

Who reads what (`matching.agent_access`): the agent holding a ticket, everything; an agent
who may claim it, its masked card, with the preview as of the last claim (`preview`); an
ops lead, everything, read-only, with that same preview; anyone else, a 403."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Sequence
from contextlib import aclosing
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from core.db import unit_of_work, utcnow
from core.errors import Forbidden
from core.events import BOARD_CHANNEL, wakeups
from core.settings import get_settings
from escalation.agents.models import PresenceStatus
from escalation.rules.models import Decision
from escalation.tickets.board import queue_surges
from escalation.tickets.customer_panel import RememberingBackend, customer_panel
from escalation.tickets.explain import handed_on_note, plain_notes, plain_reason
from escalation.tickets.masking import HOLDER_PREVIEW_CHARS, PREVIEW_CHARS, preview
from escalation.tickets.matching import Access, agent_access, capacity_problem, mismatch
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.tickets.pay import NO_SURGE, Pay, fixed_pay, ticket_pay
from escalation.tickets.preview import frozen_customer_texts, latest_customer_texts
from escalation.tickets.schemas import (
    BoardOut,
    CustomerOut,
    DecisionOut,
    HeldTicketCard,
    PayOut,
    TicketCard,
    TicketDetail,
    TicketEventOut,
    WhyOut,
)
from escalation.tickets.service import (
    HeldTicket,
    agent_presence,
    get_agent,
    get_ticket,
    held_count,
    held_tickets,
)
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from router.bot.handoff import HandoffPackage, handoff_package
from router.conversations.models import Conversation, Message
from router.conversations.schemas import MessageOut
from router.customers.service import customer_backend, customer_data

BOARD_LIMIT = 100
KEEPALIVE_S = 15.0
POLL_WITHOUT_REDIS_S = 1.0


def cards(
    session: Session, tickets: Sequence[Ticket], now: datetime, *, holder: bool = False
) -> list[TicketCard]:
    """The tickets' cards; the preview is the customer's latest message for the agent
    holding them (`holder`), else the last one before the claim, and shorter."""
    texts = (latest_customer_texts if holder else frozen_customer_texts)(session, tickets)
    limit = HOLDER_PREVIEW_CHARS if holder else PREVIEW_CHARS
    waiting = {t.queue for t in tickets if t.status in BOARD_STATUSES}
    surges = queue_surges(session, now, waiting) if waiting else {}
    shown = {t.id: preview(texts.get(t.id), t.language, limit) for t in tickets}
    return [_card(t, shown[t.id], now, _pay(t, surges.get(t.queue, NO_SURGE))) for t in tickets]


def _pay(ticket: Ticket, surge_pct: int) -> Pay:
    """A held ticket's pay was fixed at its claim; a waiting one's follows its queue."""
    if ticket.pay_cents is not None:
        return fixed_pay(ticket.pay_cents, ticket.surge_pct or NO_SURGE, ticket.pay_bonus_cents)
    return ticket_pay(ticket.queue, surge_pct, ticket.pay_bonus_cents)


def _card(ticket: Ticket, shown: str, now: datetime, pay: Pay) -> TicketCard:
    return TicketCard(
        id=ticket.id,
        status=ticket.status,
        queue=ticket.queue,
        language=ticket.language,
        topic=ticket.topic,
        reason=ticket.reason,
        skills=list(ticket.skills),
        priority=ticket.priority,
        waiting_s=max(0, int((now - ticket.created_at).total_seconds())),
        pay=PayOut(amount_cents=pay.amount_cents, currency=pay.currency),
        surge=pay.surge,
        preview=shown,
        created_at=ticket.created_at,
    )


def board(session: Session, agent_id: int, now: datetime) -> BoardOut:
    """The tickets this agent may claim now: on the board, in one of its languages, with
    skills it has, while it is online and has capacity; most urgent first."""
    agent = get_agent(session, agent_id)
    presence = agent_presence(session, agent_id, now)
    held = held_count(session, agent_id)
    out = BoardOut(presence=presence, held=held, capacity=agent.max_concurrent, tickets=[])
    if presence != PresenceStatus.ONLINE or capacity_problem(held, agent.max_concurrent):
        return out
    candidates = session.scalars(
        select(Ticket)
        .where(
            Ticket.status.in_(BOARD_STATUSES),
            or_(Ticket.language.is_(None), Ticket.language.in_(agent.languages)),
            # Transferred to a named agent: theirs alone until the offer runs out.
            or_(
                Ticket.offered_to.is_(None),
                Ticket.offered_to == agent_id,
                and_(Ticket.offered_until.is_not(None), Ticket.offered_until <= now),
            ),
        )
        .order_by(Ticket.priority.desc(), Ticket.created_at, Ticket.id)
        .limit(BOARD_LIMIT * 2)
    ).all()
    eligible = [
        t
        for t in candidates
        if mismatch(agent.languages, agent.skills, t.language, t.skills) is None
    ][:BOARD_LIMIT]
    out.tickets = cards(session, eligible, now)
    return out


def held(session: Session, agent_id: int, now: datetime) -> list[HeldTicketCard]:
    """The tickets this agent holds now, newest activity first, as cards with the claim
    and the customer's timing: what the board lists on any device."""
    rows = held_tickets(session, agent_id)
    found = cards(session, [row.ticket for row in rows], now, holder=True)
    return [_held_card(row, card) for row, card in zip(rows, found, strict=True)]


def _held_card(row: HeldTicket, card: TicketCard) -> HeldTicketCard:
    ticket = row.ticket
    return HeldTicketCard(
        **card.model_dump(),
        claimed_at=ticket.claimed_at,
        first_reply_due_at=ticket.first_reply_due_at,
        customer_waiting_since=ticket.customer_waiting_since,
        last_customer_message_at=row.last_customer_message_at,
        last_activity_at=row.last_activity_at,
    )


def access(
    session: Session, ticket: Ticket, reader_id: int, now: datetime, *, ops: bool = False
) -> Access:
    """What this agent (or ops lead) may read of the ticket."""
    if ops:
        return Access.OPS
    agent = get_agent(session, reader_id)
    return agent_access(
        agent.id,
        agent.languages,
        agent.skills,
        status=ticket.status,
        claimed_by=ticket.claimed_by,
        language=ticket.language,
        skills=ticket.skills,
        offered_to=ticket.offered_to,
        offered_until=ticket.offered_until,
        now=now,
    )


def _unreadable(ticket: Ticket) -> Forbidden:
    if ticket.status in HELD_STATUSES:
        return Forbidden("this ticket is held by another agent")
    return Forbidden("you may read only the tickets you hold or may claim")


def ticket_detail(
    session: Session, ticket_id: str, reader_id: int, now: datetime, *, ops: bool = False
) -> TicketDetail:
    """An agent who may claim the ticket sees its masked card; the agent holding it the
    whole handoff: transcript, the decisions with their reasons and signals, and the
    ticket's history; an ops lead the same, read-only. Anyone else: Forbidden."""
    ticket = get_ticket(session, ticket_id)
    can = access(session, ticket, reader_id, now, ops=ops)
    if can is Access.NONE:
        raise _unreadable(ticket)
    card = cards(session, [ticket], now, holder=can is Access.HOLDER)[0]
    full = can in (Access.HOLDER, Access.OPS)
    detail = TicketDetail(
        **card.model_dump(),
        yours=can is Access.HOLDER,
        claimed_at=ticket.claimed_at if full else None,
        first_reply_due_at=ticket.first_reply_due_at if full else None,
    )
    if not full:
        return detail
    conversation = session.get(Conversation, ticket.conversation_id)
    assert conversation is not None  # a foreign key
    detail.conversation_id = conversation.id
    detail.customer = CustomerOut(ref=conversation.customer_ref, language=conversation.language)
    detail.messages = _messages(session, conversation.id)
    detail.decisions = [
        DecisionOut.model_validate(d)
        for d in session.scalars(
            select(Decision)
            .where(Decision.conversation_id == conversation.id)
            .order_by(Decision.id)
        )
    ]
    # The handoff package and the customer panel read the customer's data once.
    remembering = RememberingBackend(customer_backend(session))
    detail.handoff = handoff_package(session, conversation.id, backend=remembering)
    data = customer_data(session, conversation.customer_ref, remembering)
    if data is not None:
        detail.customer_panel = customer_panel(data, now.date())
    detail.events = [
        TicketEventOut.model_validate(e)
        for e in session.scalars(
            select(TicketEvent).where(TicketEvent.ticket_id == ticket.id).order_by(TicketEvent.id)
        )
    ]
    detail.why = _why(ticket, detail.handoff, detail.events)
    detail.reply_due_at = _reply_due(ticket)
    return detail


def _why(ticket: Ticket, handoff: HandoffPackage, events: list[TicketEventOut]) -> WhyOut:
    """Why it came to a person, in plain words: the escalating decision, what its signals
    say, and how the ticket came back to the board before this claim."""
    escalation = handoff.escalation
    signals = escalation.signals if escalation is not None else {}
    text = plain_reason(
        escalation.rule if escalation else None,
        escalation.reason if escalation else None,
        signals,
        fallback=ticket.reason,
    )
    notes = plain_notes(signals)
    handed_on = (handed_on_note(e.kind, e.actor, e.detail) for e in reversed(events))
    latest = next((note for note in handed_on if note is not None), None)
    if latest is not None:
        notes.append(latest)
    return WhyOut(text=text, notes=notes)


def _reply_due(ticket: Ticket) -> datetime | None:
    """When the agent holding the ticket must have answered the customer's waiting message."""
    if ticket.status != TicketStatus.WITH_AGENT or ticket.customer_waiting_since is None:
        return None
    return ticket.customer_waiting_since + timedelta(seconds=get_settings().reply_timeout_s)


def transcript(
    session: Session, ticket_id: str, reader_id: int, now: datetime, *, ops: bool = False
) -> list[MessageOut]:
    """The conversation's messages, for the agent holding the ticket and ops leads only."""
    ticket = get_ticket(session, ticket_id)
    can = access(session, ticket, reader_id, now, ops=ops)
    if can is Access.NONE:
        raise _unreadable(ticket)
    if can is Access.CANDIDATE:
        raise Forbidden("only the agent who claimed this ticket sees its transcript")
    return _messages(session, ticket.conversation_id)


def _messages(session: Session, conversation_id: str) -> list[MessageOut]:
    return [
        MessageOut.model_validate(m, from_attributes=True)
        for m in session.scalars(
            select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
        )
    ]


# --- the live board ----------------------------------------------------------------------


def _snapshot(
    agent_id: int, offered: frozenset[str]
) -> tuple[list[TicketCard], list[tuple[str, str, bool]]]:
    """The agent's board now, and what left it since: `(id, status, taken by another)`."""
    with unit_of_work() as session:
        current = board(session, agent_id, utcnow()).tickets
        gone_ids = offered - {c.id for c in current}
        gone = session.execute(
            select(Ticket.id, Ticket.status, Ticket.claimed_by).where(Ticket.id.in_(gone_ids))
        ).all()
        left = [
            (tid, status, status in HELD_STATUSES and by not in (None, agent_id))
            for tid, status, by in gone
        ]
        left += [(tid, "deleted", False) for tid in gone_ids - {row[0] for row in gone}]
        return current, left


def _sse(event: str, data: str, event_id: str | None = None) -> str:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {data}\n\n"


async def board_stream(agent_id: int) -> AsyncGenerator[str, None]:
    """`ticket.offered` when a ticket this agent may claim appears (or returns) on its
    board; `ticket.taken` when another agent claims one of them; `ticket.withdrawn` when
    one leaves the board otherwise (resolved, the agent is at capacity or not online).
    Woken by the board channel, the stream always re-reads the database."""
    offered: set[str] = set()
    yield "retry: 2000\n\n"
    woken = wakeups(BOARD_CHANNEL, KEEPALIVE_S, POLL_WITHOUT_REDIS_S)
    async with aclosing(woken):
        async for woke in woken:
            current, left = await run_in_threadpool(_snapshot, agent_id, frozenset(offered))
            sent = False
            for ticket_id, status, taken in left:
                offered.discard(ticket_id)
                payload = json.dumps({"id": ticket_id, "status": status})
                yield _sse("ticket.taken" if taken else "ticket.withdrawn", payload)
                sent = True
            for card in current:
                if card.id not in offered:
                    offered.add(card.id)
                    yield _sse("ticket.offered", card.model_dump_json(), card.id)
                    sent = True
            if not sent and not woke:
                yield ": keep-alive\n\n"
