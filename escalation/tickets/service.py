"""Tickets: opening them from an escalation, where a waiting customer stands, and the
agent's side: claim, reply, release, transfer, resolve, and the timers that return held
tickets to the board. Services flush; the caller's unit of work commits.

Every status change is a conditional UPDATE (`WHERE status = <the status we saw>`), so of
two racing changes exactly one wins on every database, and each is logged in
`ticket_events` with who, when and why.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from core.settings import get_settings
from escalation.agents.models import AgentPresence, PresenceStatus
from escalation.agents.presence import effective_status
from escalation.earnings.service import record_earnings
from escalation.tickets.matching import (
    CloseReason,
    ReturnReason,
    capacity_problem,
    mismatch,
    overdue_reason,
    stale_reason,
)
from escalation.tickets.models import ACTIVE_STATUSES, Ticket, TicketEvent, TicketStatus
from escalation.tickets.notices import Notice
from escalation.tickets.pay import (
    NO_SURGE,
    Pay,
    base_pay_cents,
    fixed_pay,
    sla_breached,
    sla_raise,
    sla_seconds,
    surge_pct,
)
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from escalation.tickets.transitions import (
    UNCLAIMED,
    back_to_waiting,
    lock_conversation,
    move,
    notify,
    publish_board,
    publish_conversation,
    return_to_board,
    touch,
)
from escalation.users.models import Role, User
from escalation.webhooks.models import WebhookEvent
from escalation.webhooks.service import emit
from router.conversations.models import Author, ConversationStatus, Message
from router.conversations.service import add_message, clean_text

SWEEP_BATCH = 500


@dataclass(frozen=True)
class QueuePosition:
    position: int
    estimated_wait_s: int


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


def active_ticket(session: Session, conversation_id: str) -> Ticket | None:
    return session.scalars(
        select(Ticket).where(
            Ticket.conversation_id == conversation_id, Ticket.status.in_(ACTIVE_STATUSES)
        )
    ).first()


def open_ticket(
    session: Session,
    *,
    conversation_id: str,
    queue: str,
    reason: str,
    priority: int = 0,
    language: str | None = None,
    skills: Sequence[str] = (),
    topic: str | None = None,
    actor: str = "system",
) -> tuple[Ticket, bool]:
    """Open a ticket for the conversation, or return its live one. `(ticket, created)`."""
    existing = active_ticket(session, conversation_id)
    if existing is not None:
        return existing, False
    now = utcnow()
    ticket = Ticket(
        created_at=now,
        updated_at=now,
        customer_active_at=now,
        conversation_id=conversation_id,
        status=TicketStatus.OPEN,
        queue=queue,
        priority=priority,
        language=language,
        skills=list(skills),
        reason=reason,
        topic=topic,
    )
    session.add(ticket)
    session.flush()
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            kind="created",
            actor=actor,
            to_status=TicketStatus.OPEN,
            detail={"queue": queue, "priority": priority, "language": language, "reason": reason},
        )
    )
    session.flush()
    publish_board(session, "ticket.created", ticket.id)
    data = ticket_payload(ticket)
    emit(session, WebhookEvent.TICKET_CREATED, data, now)
    emit(session, WebhookEvent.CONVERSATION_ESCALATED, {
        "conversation_id": conversation_id, "ticket_id": ticket.id, "queue": queue,
        "priority": priority, "language": language, "reason": reason,
    }, now)  # fmt: skip
    return ticket, True


def ticket_payload(ticket: Ticket) -> dict[str, Any]:
    """A ticket as webhooks describe it: no transcript, no customer data."""
    return {
        "id": ticket.id, "conversation_id": ticket.conversation_id, "status": ticket.status,
        "queue": ticket.queue, "priority": ticket.priority, "language": ticket.language,
        "skills": list(ticket.skills), "topic": ticket.topic, "reason": ticket.reason,
        "agent_id": ticket.claimed_by, "resolution_code": ticket.resolution_code,
        "created_at": ticket.created_at.isoformat(),
    }  # fmt: skip


# --- pay: surge per queue, SLAs ----------------------------------------------------------


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


# --- the agent's side ------------------------------------------------------------------


def get_ticket(session: Session, ticket_id: str) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(f"ticket {ticket_id} not found")
    return ticket


def held_count(session: Session, agent_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.claimed_by == agent_id, Ticket.status.in_(HELD_STATUSES))
        )
        or 0
    )


def agent_presence(session: Session, agent_id: int, now: datetime, *, lock: bool = False) -> str:
    """The agent's effective presence; with `lock`, the presence row stays locked until
    commit, which serialises one agent's claims (capacity cannot be exceeded by a race)."""
    query = select(AgentPresence).where(AgentPresence.user_id == agent_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    row = session.scalars(query).first()
    if row is None:
        return PresenceStatus.OFFLINE
    return effective_status(row.status, row.last_seen_at, now, get_settings().presence_timeout_s)


def claim(session: Session, ticket_id: str, agent_id: int, now: datetime | None = None) -> Ticket:
    """Claim a ticket from the board for this agent. Exactly one of any number of racing
    claims wins; the others get a Conflict saying why. A retry by the winner returns the
    ticket again."""
    now = now or utcnow()
    agent = _agent(session, agent_id)
    presence = agent_presence(session, agent_id, now, lock=True)
    ticket = get_ticket(session, ticket_id)
    if ticket.claimed_by == agent_id and ticket.status in HELD_STATUSES:
        return ticket  # the same agent retried its claim
    if ticket.status not in BOARD_STATUSES:
        raise Conflict(_not_on_board(ticket))
    if presence != PresenceStatus.ONLINE:
        raise Conflict(f"you are {presence}; go online to claim tickets")
    if offered_elsewhere(ticket, agent_id, now):
        raise Conflict("this ticket was transferred to another agent")
    problem = mismatch(agent.languages, agent.skills, ticket.language, ticket.skills)
    problem = problem or capacity_problem(held_count(session, agent_id), agent.max_concurrent)
    if problem is not None:
        raise Conflict(problem)
    due = now + timedelta(seconds=get_settings().first_reply_timeout_s)
    # The pay is fixed now: the queue's base and its surge at this moment.
    base = base_pay_cents(ticket.queue)
    surge = queue_surges(session, now, [ticket.queue]).get(ticket.queue, NO_SURGE)
    pay = fixed_pay(base, surge, ticket.pay_bonus_cents)
    if not move(
        session, ticket, TicketStatus.CLAIMED, kind="claimed", actor=_actor(agent), now=now,
        agent_id=agent_id, values={"claimed_by": agent_id, "claimed_at": now,
                                   "first_reply_due_at": due, "first_reply_at": None,
                                   "pay_cents": base, "surge_pct": surge,
                                   "customer_waiting_since": None, "offered_to": None,
                                   "offered_until": None},
        detail={"first_reply_due_at": due.isoformat(), "pay_cents": pay.amount_cents,
                "surge": pay.surge},
    ):  # fmt: skip
        raise Conflict(_not_on_board(get_ticket(session, ticket_id), lost_race=True))
    conversation = lock_conversation(session, ticket.conversation_id)
    conversation.status = ConversationStatus.WITH_HUMAN
    notify(session, conversation, Notice.JOINED, agent.display_name, now)
    publish_board(session, "ticket.claimed", ticket.id)
    emit(session, WebhookEvent.TICKET_CLAIMED, {
        **ticket_payload(ticket), "pay": {"amount_cents": pay.amount_cents,
                                          "currency": pay.currency, "surge": pay.surge},
    }, now)  # fmt: skip
    return ticket


def offered_elsewhere(ticket: Ticket, agent_id: int, now: datetime) -> bool:
    """True while the ticket is transferred to another named agent and only offered to
    them."""
    return (
        ticket.offered_to is not None
        and ticket.offered_to != agent_id
        and (ticket.offered_until is None or now < ticket.offered_until)
    )


def add_agent_message(
    session: Session, ticket_id: str, agent_id: int, text: str, now: datetime | None = None
) -> Message:
    """The claiming agent writes to the customer; the first reply stops the timer."""
    text = clean_text(text)
    now = now or utcnow()
    ticket = _held_by(session, ticket_id, agent_id)
    if ticket.status == TicketStatus.CLAIMED:
        moved = move(
            session, ticket, TicketStatus.WITH_AGENT, kind="first_reply", now=now,
            actor=_actor(_agent(session, agent_id)), agent_id=agent_id,
            values={"first_reply_at": now, "customer_waiting_since": None},
            require_agent=agent_id,
        )  # fmt: skip
    else:  # with_agent: lock the row against a concurrent return to the board
        moved = touch(session, ticket, agent_id, now)
    if not moved:
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    conversation = lock_conversation(session, ticket.conversation_id)
    if conversation.status == ConversationStatus.CLOSED:
        raise Conflict("the conversation is closed")
    message = add_message(session, conversation.id, Author.AGENT, text)
    conversation.updated_at = now
    publish_conversation(session, conversation.id)
    return message


def release(
    session: Session, ticket_id: str, agent_id: int, why: str | None = None,
    now: datetime | None = None,
) -> Ticket:  # fmt: skip
    """The agent hands the ticket back to the board."""
    now = now or utcnow()
    ticket = _held_by(session, ticket_id, agent_id)
    agent = _agent(session, agent_id)
    if not return_to_board(session, ticket, agent, ReturnReason.RELEASED, _actor(agent), now,
                            {"why": why} if why else {}):  # fmt: skip
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    return ticket


def transfer(
    session: Session, ticket_id: str, agent_id: int, queue: str | None, why: str | None = None,
    now: datetime | None = None, *, to_agent: str | None = None,
) -> Ticket:  # fmt: skip
    """The agent moves the ticket to another queue's board, or offers it to one named
    agent only (for `RELAYDESK_TRANSFER_OFFER_S`; then to everyone eligible again)."""
    now = now or utcnow()
    ticket = _held_by(session, ticket_id, agent_id)
    agent = _agent(session, agent_id)
    queue = queue or ticket.queue
    values: dict[str, Any] = {**UNCLAIMED, "queue": queue}
    detail: dict[str, Any] = {"from_queue": ticket.queue, "to_queue": queue}
    if to_agent is not None:
        target = _transfer_target(session, ticket, agent_id, to_agent)
        until = now + timedelta(seconds=get_settings().transfer_offer_s)
        values.update(offered_to=target.id, offered_until=until)
        detail.update(to_agent=target.username, offered_until=until.isoformat())
    if why:
        detail["why"] = why
    if not move(
        session, ticket, TicketStatus.TRANSFERRED, kind="transferred", actor=_actor(agent),
        now=now, agent_id=agent_id, require_agent=agent_id, detail=detail, values=values,
    ):  # fmt: skip
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    back_to_waiting(session, ticket, agent, now)
    return ticket


def _transfer_target(session: Session, ticket: Ticket, agent_id: int, username: str) -> User:
    target = session.scalars(select(User).where(User.username == username.strip().lower())).first()
    if target is None or target.role != Role.AGENT or not target.active:
        raise NotFound(f"no active agent named {username}")
    if target.id == agent_id:
        raise ValidationFailed("agent: you cannot transfer a ticket to yourself")
    problem = mismatch(target.languages, target.skills, ticket.language, ticket.skills)
    if problem is not None:
        theirs = problem.replace("you do not have", "they do not have").replace("yours", "theirs")
        raise Conflict(f"{target.username} cannot take this ticket: {theirs}")
    return target


def _finish(
    session: Session, ticket_id: str, agent_id: int, resolution_code: str, now: datetime
) -> tuple[Ticket, User, Pay]:
    """Resolve the ticket held by `agent_id` and book the agent's pay."""
    ticket = _held_by(session, ticket_id, agent_id)
    agent = _agent(session, agent_id)
    if not move(
        session, ticket, TicketStatus.RESOLVED, kind="resolved", actor=_actor(agent), now=now,
        agent_id=agent_id, require_agent=agent_id, detail={"resolution_code": resolution_code},
        values={"resolution_code": resolution_code, "closed_at": now},
    ):  # fmt: skip
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    pay = fixed_pay(
        ticket.pay_cents if ticket.pay_cents is not None else base_pay_cents(ticket.queue),
        ticket.surge_pct or NO_SURGE,
        ticket.pay_bonus_cents,
    )
    record_earnings(session, agent_id, ticket.id, pay, now)
    emit(session, WebhookEvent.TICKET_RESOLVED, {
        **ticket_payload(ticket), "pay": {"amount_cents": pay.amount_cents,
                                          "currency": pay.currency, "surge": pay.surge},
    }, now)  # fmt: skip
    return ticket, agent, pay


def resolve(
    session: Session, ticket_id: str, agent_id: int, resolution_code: str,
    now: datetime | None = None,
) -> Ticket:  # fmt: skip
    """The claiming agent resolves the ticket; the conversation closes."""
    now = now or utcnow()
    ticket, agent, _ = _finish(session, ticket_id, agent_id, resolution_code, now)
    conversation = lock_conversation(session, ticket.conversation_id)
    conversation.status = ConversationStatus.CLOSED
    notify(session, conversation, Notice.RESOLVED, agent.display_name, now)
    return ticket


HANDED_BACK = "handed_back_to_bot"


def hand_back(
    session: Session, ticket_id: str, agent_id: int, now: datetime | None = None
) -> Ticket:
    """The claiming agent is done but the customer may have more simple questions: the
    ticket is resolved (code `handed_back_to_bot`) and the bot takes the conversation back;
    it is the only way the bot gets a conversation back from a person."""
    from router.bot.service import hand_back_to_bot  # the bot side of the hand-back

    now = now or utcnow()
    ticket, agent, _ = _finish(session, ticket_id, agent_id, HANDED_BACK, now)
    hand_back_to_bot(session, ticket.conversation_id, agent.username)
    return ticket


def return_tickets_of(
    session: Session, agent_id: int, reason: ReturnReason, now: datetime | None = None
) -> list[str]:
    """Put every ticket the agent holds back on the board (the agent went offline)."""
    now = now or utcnow()
    agent = _agent(session, agent_id)
    held = session.scalars(
        select(Ticket).where(Ticket.claimed_by == agent_id, Ticket.status.in_(HELD_STATUSES))
    ).all()
    return [t.id for t in held if return_to_board(session, t, agent, reason, "system", now, {})]


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
    for ticket, reported, last_seen in rows:
        presence = effective_status(reported, last_seen, now, settings.presence_timeout_s)
        reason = overdue_reason(
            ticket.status, ticket.first_reply_due_at, ticket.first_reply_at, presence, now,
            ticket.customer_waiting_since, settings.reply_timeout_s,
        )  # fmt: skip
        if reason is None or ticket.claimed_by is None:
            continue
        agent = _agent(session, ticket.claimed_by)
        actor = "system" if reason == ReturnReason.AGENT_OFFLINE else "timer"
        detail: dict[str, Any] = {"presence": presence}
        if reason == ReturnReason.FIRST_REPLY_TIMEOUT and ticket.first_reply_due_at:
            detail = {"first_reply_due_at": ticket.first_reply_due_at.isoformat()}
        if reason == ReturnReason.REPLY_TIMEOUT and ticket.customer_waiting_since:
            detail = {
                "customer_waiting_since": ticket.customer_waiting_since.isoformat(),
                "reply_timeout_s": settings.reply_timeout_s,
            }
        if return_to_board(session, ticket, agent, reason, actor, now, detail):
            returned.append(Returned(ticket.id, agent.id, reason))
    return returned


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
                priority=priority, pay_bonus_cents=Ticket.pay_bonus_cents + bonus,
                sla_raised_at=now, updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )  # fmt: skip
        if cast(CursorResult[Any], done).rowcount != 1:
            continue
        session.add(
            TicketEvent(
                ticket_id=ticket.id, kind="sla_breached", actor="timer", detail={
                    "sla_s": sla_s, "priority": [ticket.priority, priority],
                    "bonus_cents": bonus,
                }, created_at=now,
            )
        )  # fmt: skip
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
    for ticket in rows:
        reason = stale_reason(
            ticket.status, ticket.created_at, ticket.customer_active_at, now,
            settings.abandon_after_s, settings.ticket_max_age_s,
        )  # fmt: skip
        if reason is None:
            continue
        target = TicketStatus.ABANDONED if reason == CloseReason.ABANDONED else TicketStatus.EXPIRED
        last_seen = ticket.customer_active_at or ticket.created_at
        if not move(
            session, ticket, target, kind=reason, actor="timer", now=now,
            values={"closed_at": now, "offered_to": None, "offered_until": None},
            detail={"customer_active_at": last_seen.isoformat()},
        ):  # fmt: skip
            continue
        conversation = lock_conversation(session, ticket.conversation_id)
        conversation.status = ConversationStatus.CLOSED
        notice = Notice.ABANDONED if reason == CloseReason.ABANDONED else Notice.EXPIRED
        notify(session, conversation, notice, "", now)
        publish_board(session, f"ticket.{reason}", ticket.id)
        (report.abandoned if reason == CloseReason.ABANDONED else report.expired).append(ticket.id)
    return report


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
        .limit(SWEEP_BATCH)
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
                ticket_id=ticket_id, kind="transfer_offer_expired", actor="timer",
                agent_id=offered_to, created_at=now, detail={},
            )
        )  # fmt: skip
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


# --- helpers -----------------------------------------------------------------------------


def _held_by(session: Session, ticket_id: str, agent_id: int) -> Ticket:
    """The ticket, if this agent holds it; else Forbidden (another agent's) or Conflict."""
    ticket = get_ticket(session, ticket_id)
    if ticket.claimed_by != agent_id:
        if ticket.status in HELD_STATUSES:
            raise Forbidden("this ticket is claimed by another agent")
        raise Conflict(f"the ticket is {ticket.status}; you do not hold it")
    return ticket


def _not_on_board(ticket: Ticket, *, lost_race: bool = False) -> str:
    if ticket.status in HELD_STATUSES:
        return "another agent claimed this ticket first" if lost_race else (
            "the ticket was already claimed by another agent"
        )  # fmt: skip
    if ticket.status in BOARD_STATUSES:  # changed and changed back while we looked
        return "the ticket changed while claiming; try again"
    return f"the ticket is {ticket.status}; it can no longer be claimed"


def _no_longer_yours(ticket: Ticket) -> str:
    if ticket.status in HELD_STATUSES:
        return "the ticket changed meanwhile; reload it"
    return f"the ticket is {ticket.status} now; it is no longer yours to work on"


def _agent(session: Session, agent_id: int) -> User:
    user = session.get(User, agent_id)
    if user is None:
        raise NotFound(f"agent {agent_id} not found")
    return user


def _actor(agent: User) -> str:
    return f"agent:{agent.username}"
