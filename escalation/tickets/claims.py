"""The agent's side of a ticket: claim, reply, release, transfer, resolve, hand back,
and returning an agent's tickets to the board. Services flush; the caller commits.

Each locks the conversation before the ticket (`lock_ticket`; the lock order is in
`escalation.tickets.service`) and checks the ticket's state on the locked row."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from core.settings import get_settings
from escalation.agents.models import PresenceStatus
from escalation.earnings.service import record_earnings
from escalation.tickets.board import queue_surges
from escalation.tickets.matching import ReturnReason, capacity_problem, mismatch
from escalation.tickets.models import Ticket, TicketStatus
from escalation.tickets.pay import (
    NO_SURGE,
    Settlement,
    base_pay_cents,
    fixed_pay,
    settle,
    unreplied_problem,
)
from escalation.tickets.queues import check_queue
from escalation.tickets.service import (
    agent_presence,
    get_agent,
    get_ticket,
    held_condition,
    held_count,
    lock_ticket,
    ticket_payload,
)
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES, check_transition
from escalation.tickets.transitions import (
    UNCLAIMED,
    back_to_waiting,
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
from router.bot.service import hand_back_to_bot, return_to_bot
from router.bot.system_messages import SystemMessage
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.service import add_message, clean_text
from router.conversations.states import move_conversation


def claim(session: Session, ticket_id: str, agent_id: int, now: datetime | None = None) -> Ticket:
    """Claim a ticket from the board for this agent. Exactly one of any number of racing
    claims wins; the others get a Conflict saying why. A retry by the winner returns the
    ticket again."""
    now = now or utcnow()
    agent = get_agent(session, agent_id)
    presence = agent_presence(session, agent_id, now, lock=True)
    # Racing claims queue on the conversation's row, then the ticket's: the losers then see
    # it taken and answer at once, without pricing it (the conditional update below still
    # guards the outcome).
    conversation, ticket = lock_ticket(session, ticket_id)
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
        session,
        ticket,
        TicketStatus.CLAIMED,
        kind="claimed",
        actor=_actor(agent),
        now=now,
        agent_id=agent_id,
        values={
            "claimed_by": agent_id,
            "claimed_at": now,
            "first_reply_due_at": due,
            "first_reply_at": None,
            "pay_cents": base,
            "surge_pct": surge,
            "customer_waiting_since": None,
            "offered_to": None,
            "offered_until": None,
        },
        detail={
            "first_reply_due_at": due.isoformat(),
            "pay_cents": pay.amount_cents,
            "surge": pay.surge,
        },
    ):
        raise Conflict(_not_on_board(get_ticket(session, ticket_id), lost_race=True))
    move_conversation(conversation, ConversationStatus.WITH_HUMAN, f"claimed by {_actor(agent)}")
    notify(session, conversation, SystemMessage.AGENT_JOINED, agent.display_name, now)
    publish_board(session, "ticket.claimed", ticket.id)
    emit(
        session,
        WebhookEvent.TICKET_CLAIMED,
        {
            **ticket_payload(ticket),
            "pay": {"amount_cents": pay.amount_cents, "currency": pay.currency, "surge": pay.surge},
        },
        now,
    )
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
    conversation, ticket = _held_by(session, ticket_id, agent_id)
    if ticket.status == TicketStatus.CLAIMED:
        moved = move(
            session,
            ticket,
            TicketStatus.WITH_AGENT,
            kind="first_reply",
            now=now,
            actor=_actor(get_agent(session, agent_id)),
            agent_id=agent_id,
            values={"first_reply_at": now, "customer_waiting_since": None},
            require_agent=agent_id,
        )
    else:  # with_agent: lock the row against a concurrent return to the board
        moved = touch(session, ticket, agent_id, now)
    if not moved:
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    if conversation.status == ConversationStatus.CLOSED:
        raise Conflict("the conversation is closed")
    message = add_message(session, conversation.id, Author.AGENT, text)
    conversation.updated_at = now
    publish_conversation(session, conversation.id)
    return message


def release(
    session: Session,
    ticket_id: str,
    agent_id: int,
    why: str | None = None,
    now: datetime | None = None,
) -> Ticket:
    """The agent hands the ticket back to the board."""
    now = now or utcnow()
    conversation, ticket = _held_by(session, ticket_id, agent_id)
    agent = get_agent(session, agent_id)
    if not return_to_board(
        session,
        conversation,
        ticket,
        agent,
        ReturnReason.RELEASED,
        _actor(agent),
        now,
        {"why": why} if why else {},
    ):
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    return ticket


def transfer(
    session: Session,
    ticket_id: str,
    agent_id: int,
    queue: str | None,
    why: str | None = None,
    now: datetime | None = None,
    *,
    to_agent: str | None = None,
) -> Ticket:
    """The agent moves the ticket to another queue's board, or offers it to one named
    agent only (for `RELAYDESK_TRANSFER_OFFER_S`; then to everyone eligible again). The
    queue must exist (`escalation.tickets.queues`): an unknown one is a ValidationFailed."""
    now = now or utcnow()
    conversation, ticket = _held_by(session, ticket_id, agent_id)
    agent = get_agent(session, agent_id)
    if queue is not None and queue != ticket.queue:
        check_queue(session, queue)
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
        session,
        ticket,
        TicketStatus.TRANSFERRED,
        kind="transferred",
        actor=_actor(agent),
        now=now,
        agent_id=agent_id,
        require_agent=agent_id,
        detail=detail,
        values=values,
    ):
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    back_to_waiting(session, conversation, ticket, agent, now, why=f"transferred to {queue}")
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
    session: Session,
    ticket_id: str,
    agent_id: int,
    resolution_code: str,
    now: datetime,
    *,
    any_code_unreplied: bool = False,
) -> tuple[Conversation, Ticket, User, Settlement]:
    """Resolve the ticket held by `agent_id` and book the agent's pay: only an agent who
    wrote to the customer is paid; without a reply only a code that says none was needed
    may close it (`pay.unreplied_problem`; any code with `any_code_unreplied`), unpaid and
    marked for an ops review."""
    conversation, ticket = _held_by(session, ticket_id, agent_id)
    agent = get_agent(session, agent_id)
    check_transition(ticket.status, TicketStatus.RESOLVED)
    replied = ticket.first_reply_at is not None
    problem = None if replied or any_code_unreplied else unreplied_problem(resolution_code)
    if problem is not None:
        raise Conflict(problem)
    held = fixed_pay(
        ticket.pay_cents if ticket.pay_cents is not None else base_pay_cents(ticket.queue),
        ticket.surge_pct or NO_SURGE,
        ticket.pay_bonus_cents,
    )
    settlement = settle(held, resolution_code, replied=replied)
    detail: dict[str, Any] = {
        "resolution_code": resolution_code,
        "pay_cents": settlement.pay.amount_cents,
    }
    if settlement.review_reason is not None:
        detail["review_reason"] = settlement.review_reason
    if not move(
        session,
        ticket,
        TicketStatus.RESOLVED,
        kind="resolved",
        actor=_actor(agent),
        now=now,
        agent_id=agent_id,
        require_agent=agent_id,
        detail=detail,
        values={
            "resolution_code": resolution_code,
            "closed_at": now,
            "review_reason": settlement.review_reason,
        },
    ):
        raise Conflict(_no_longer_yours(get_ticket(session, ticket_id)))
    pay = settlement.pay
    if settlement.paid:
        record_earnings(session, agent_id, ticket.id, pay, now)
    emit(
        session,
        WebhookEvent.TICKET_RESOLVED,
        {
            **ticket_payload(ticket),
            "pay": {"amount_cents": pay.amount_cents, "currency": pay.currency, "surge": pay.surge},
        },
        now,
    )
    return conversation, ticket, agent, settlement


def resolve(
    session: Session,
    ticket_id: str,
    agent_id: int,
    resolution_code: str,
    now: datetime | None = None,
) -> Ticket:
    """The claiming agent resolves the ticket. The bot takes the conversation again, so the
    customer can always write again and is answered (and can rate the agent's help)."""
    now = now or utcnow()
    conversation, ticket, agent, _ = _finish(session, ticket_id, agent_id, resolution_code, now)
    return_to_bot(session, conversation, SystemMessage.RESOLVED, agent.display_name)
    return ticket


HANDED_BACK = "handed_back_to_bot"


def hand_back(
    session: Session, ticket_id: str, agent_id: int, now: datetime | None = None
) -> Ticket:
    """The claiming agent is done but the customer may have more simple questions: the
    ticket is resolved (code `handed_back_to_bot`; unpaid and reviewed when the agent never
    wrote to the customer) and the bot takes the conversation back, with a notice saying
    so."""
    now = now or utcnow()
    _, ticket, agent, _ = _finish(
        session, ticket_id, agent_id, HANDED_BACK, now, any_code_unreplied=True
    )
    hand_back_to_bot(session, ticket.conversation_id, agent.username)
    return ticket


def return_tickets_of(
    session: Session, agent_id: int, reason: ReturnReason, now: datetime | None = None
) -> list[str]:
    """Put every ticket the agent holds back on the board (the agent went offline)."""
    now = now or utcnow()
    agent = get_agent(session, agent_id)
    # Conversation by conversation in id order (the lock order), each ticket re-checked on
    # its locked row by the conditional update.
    held = session.scalars(
        select(Ticket.id).where(held_condition(agent_id)).order_by(Ticket.conversation_id)
    ).all()
    returned: list[str] = []
    for ticket_id in held:
        conversation, ticket = lock_ticket(session, ticket_id)
        if return_to_board(session, conversation, ticket, agent, reason, "system", now, {}):
            returned.append(ticket.id)
    return returned


def _held_by(session: Session, ticket_id: str, agent_id: int) -> tuple[Conversation, Ticket]:
    """The ticket and its conversation, locked, if this agent holds the ticket; else
    Forbidden (another agent's) or Conflict."""
    conversation, ticket = lock_ticket(session, ticket_id)
    if ticket.claimed_by != agent_id:
        if ticket.status in HELD_STATUSES:
            raise Forbidden("this ticket is claimed by another agent")
        raise Conflict(f"the ticket is {ticket.status}; you do not hold it")
    return conversation, ticket


def _not_on_board(ticket: Ticket, *, lost_race: bool = False) -> str:
    if ticket.status in HELD_STATUSES:
        return (
            "another agent claimed this ticket first"
            if lost_race
            else ("the ticket was already claimed by another agent")
        )
    if ticket.status in BOARD_STATUSES:  # changed and changed back while we looked
        return "the ticket changed while claiming; try again"
    return f"the ticket is {ticket.status}; it can no longer be claimed"


def _no_longer_yours(ticket: Ticket) -> str:
    if ticket.status in HELD_STATUSES:
        return "the ticket changed meanwhile; reload it"
    return f"the ticket is {ticket.status} now; it is no longer yours to work on"


def _actor(agent: User) -> str:
    return f"agent:{agent.username}"
