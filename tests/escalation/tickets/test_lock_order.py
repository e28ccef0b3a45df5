"""One lock order (issue 13): the conversation's row, then its ticket's. The message job
locks the conversation before it touches the ticket; every ticket operation must do the
same, or a customer writing while an agent acts deadlocks on PostgreSQL.

`test_*_waits_for_the_conversation_instead_of_deadlocking` play the dangerous interleaving
step by step on PostgreSQL: a session holds the conversation's lock as the message job does,
the ticket operation starts in a second session and runs until it blocks (or finishes),
then the first session writes the ticket. In the opposite order (ticket, then conversation)
that is a deadlock every time (PostgreSQL aborts one side with DeadlockDetected); in the
lock order the operation just waits for the conversation. The race test then runs real
customer messages through the job against claims, replies and resolves from several
threads, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from core.db import get_engine, unit_of_work, utcnow
from escalation.agents import service as presence
from escalation.agents.models import PresenceStatus
from escalation.earnings.models import Earning
from escalation.rules.models import Decision
from escalation.tickets import claims, sweeps
from escalation.tickets.models import ACTIVE_STATUSES, Ticket, TicketStatus
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.schemas import MessageCreate
from router.conversations.service import add_customer_message, lock_conversation
from tests.support.helpers import make_agent, waiting_ticket
from workers import tasks

pytestmark = pytest.mark.usefixtures("backend")

WAIT_S = 20.0  # far longer than any step takes: a hang fails the test instead of blocking it


def _guard(session: Session) -> None:
    """A lock wait longer than WAIT_S is an error, not a hang."""
    session.execute(text(f"SET LOCAL lock_timeout = '{int(WAIT_S)}s'"))


def _someone_waits_for_a_lock() -> bool:
    with get_engine().connect() as conn:
        waiting = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    return bool(waiting)


@dataclass
class Interleaving:
    """What the two sessions did: the exceptions they raised and the operation's result."""

    errors: dict[str, BaseException] = field(default_factory=dict)
    result: Any = None
    operation_blocked: bool = False


def interleave(conversation_id: str, operation: Callable[[Session], Any]) -> Interleaving:
    """Session 1 locks the conversation (as the message job does); session 2 runs
    `operation` until it waits for a lock or finishes; then session 1 writes the ticket
    (`note_customer_message`, the job's write to it) and commits."""
    out = Interleaving()
    conversation_locked = threading.Event()
    operation_done = threading.Event()

    def message_job() -> None:
        try:
            with unit_of_work() as s:
                _guard(s)
                lock_conversation(s, conversation_id)
                conversation_locked.set()
                deadline = time.monotonic() + WAIT_S
                while not operation_done.is_set() and time.monotonic() < deadline:
                    if _someone_waits_for_a_lock():
                        out.operation_blocked = True
                        break
                    time.sleep(0.01)
                sweeps.note_customer_message(s, conversation_id, utcnow())
        except BaseException as exc:
            out.errors["message job"] = exc
            conversation_locked.set()

    def ticket_operation() -> None:
        try:
            assert conversation_locked.wait(WAIT_S)
            with unit_of_work() as s:
                _guard(s)
                out.result = operation(s)
        except BaseException as exc:
            out.errors["ticket operation"] = exc
        finally:
            operation_done.set()

    threads = [threading.Thread(target=message_job), threading.Thread(target=ticket_operation)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(2 * WAIT_S)
    assert not any(th.is_alive() for th in threads), "a session hung"
    return out


@pytest.fixture
def postgresql(backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("row locks and deadlocks are PostgreSQL's; SQLite serialises writers")


def _ticket(ticket_id: str) -> Ticket:
    with unit_of_work() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket


def _conversation_status(conversation_id: str) -> str:
    with unit_of_work() as s:
        conversation = s.get(Conversation, conversation_id)
        assert conversation is not None
        return conversation.status


def _claimed(agent_id: int, *, replied: bool = False) -> tuple[str, str]:
    t = waiting_ticket()
    with unit_of_work() as s:
        claims.claim(s, t.id, agent_id)
    if replied:
        with unit_of_work() as s:
            claims.add_agent_message(s, t.id, agent_id, "Hello, I'm on it.")
    return t.id, t.conversation_id


# The agent's operations, each on a ticket in the state it needs: (setup, operation, check).
Setup = Callable[[int], tuple[str, str]]
Operation = Callable[[Session, str, int], Any]
OPERATIONS: dict[str, tuple[Setup, Operation, str, str]] = {
    # name: (setup, operation, the ticket's status after, the conversation's status after)
    "claim": (
        lambda _: (lambda t: (t.id, t.conversation_id))(waiting_ticket()),
        lambda s, tid, aid: claims.claim(s, tid, aid),
        TicketStatus.CLAIMED, ConversationStatus.WITH_HUMAN,
    ),
    "reply": (
        lambda aid: _claimed(aid),
        lambda s, tid, aid: claims.add_agent_message(s, tid, aid, "Let me check that."),
        TicketStatus.WITH_AGENT, ConversationStatus.WITH_HUMAN,
    ),
    "release": (
        lambda aid: _claimed(aid),
        lambda s, tid, aid: claims.release(s, tid, aid),
        TicketStatus.RELEASED, ConversationStatus.WAITING_FOR_HUMAN,
    ),
    "transfer": (
        lambda aid: _claimed(aid),
        lambda s, tid, aid: claims.transfer(s, tid, aid, "refunds"),
        TicketStatus.TRANSFERRED, ConversationStatus.WAITING_FOR_HUMAN,
    ),
    "resolve": (
        lambda aid: _claimed(aid, replied=True),
        lambda s, tid, aid: claims.resolve(s, tid, aid, "solved"),
        TicketStatus.RESOLVED, ConversationStatus.BOT,
    ),
    "hand back": (
        lambda aid: _claimed(aid, replied=True),
        lambda s, tid, aid: claims.hand_back(s, tid, aid),
        TicketStatus.RESOLVED, ConversationStatus.BOT,
    ),
    "go offline": (
        lambda aid: _claimed(aid),
        lambda s, tid, aid: presence.set_presence(s, aid, PresenceStatus.OFFLINE),
        TicketStatus.RELEASED, ConversationStatus.WAITING_FOR_HUMAN,
    ),
}  # fmt: skip


@pytest.mark.usefixtures("postgresql")
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_an_agent_operation_waits_for_the_conversation_instead_of_deadlocking(name: str) -> None:
    setup, operation, ticket_after, conversation_after = OPERATIONS[name]
    anna_id, _ = make_agent("anna")
    ticket_id, conversation_id = setup(anna_id)
    before = _ticket(ticket_id).customer_active_at
    out = interleave(conversation_id, lambda s: operation(s, ticket_id, anna_id))
    # The old order (ticket, then conversation) ends here with DeadlockDetected.
    assert out.errors == {}
    assert out.operation_blocked  # it did wait for the job's conversation lock, and got it
    ticket = _ticket(ticket_id)
    assert ticket.status == ticket_after
    assert _conversation_status(conversation_id) == conversation_after
    # Both sessions' writes are there: the job's (the customer's activity) and the agent's.
    assert ticket.customer_active_at is not None and before is not None
    assert ticket.customer_active_at > before


@pytest.mark.usefixtures("postgresql")
def test_the_timer_sweep_skips_a_busy_conversation_instead_of_deadlocking() -> None:
    anna_id, _ = make_agent("anna")
    ticket_id, conversation_id = _claimed(anna_id)
    late = utcnow() + timedelta(seconds=3600)  # past the first-reply timer
    out = interleave(conversation_id, lambda s: sweeps.expire_overdue(s, late))
    assert out.errors == {}
    assert out.result == [] and not out.operation_blocked  # skipped without waiting
    assert _ticket(ticket_id).status == TicketStatus.CLAIMED
    with unit_of_work() as s:  # the next sweep returns it
        assert [r.ticket_id for r in sweeps.expire_overdue(s, late)] == [ticket_id]
    assert _conversation_status(conversation_id) == ConversationStatus.WAITING_FOR_HUMAN


@pytest.mark.usefixtures("postgresql")
def test_the_board_sweep_skips_a_busy_conversation_instead_of_deadlocking() -> None:
    t = waiting_ticket()
    gone = utcnow() + timedelta(days=1)  # past abandonment and the age limit
    out = interleave(t.conversation_id, lambda s: sweeps.sweep_board(s, gone))
    assert out.errors == {}
    assert not out.result.abandoned and not out.result.expired and not out.operation_blocked
    with unit_of_work() as s:
        assert sweeps.sweep_board(s, gone).abandoned == [t.id]
    assert _ticket(t.id).status == TicketStatus.ABANDONED
    assert _conversation_status(t.conversation_id) == ConversationStatus.CLOSED


# --- the race: real customer messages through the job against agents --------------------

CUSTOMER_TEXTS = (
    "Hello, are you there?",
    "How do I return an item?",
    "I was charged twice for my order",
    "When is my next payment due?",
    "thanks",
)
REPLIES = 3


def test_customers_and_agents_racing_never_deadlock_or_lose_a_message() -> None:
    pairs = 3
    agents = [make_agent(f"agent{n}") for n in range(pairs)]
    tickets = [waiting_ticket() for _ in range(pairs)]
    errors: list[tuple[str, BaseException]] = []
    stored: dict[str, list[int]] = {t.conversation_id: [] for t in tickets}
    barrier = threading.Barrier(2 * pairs)

    def customer(conversation_id: str) -> None:
        try:
            barrier.wait(WAIT_S)
            for words in CUSTOMER_TEXTS:
                with unit_of_work() as s:
                    data = MessageCreate(text=words)
                    message_id, _ = add_customer_message(s, conversation_id, data, enqueue=False)
                stored[conversation_id].append(message_id)
                tasks.process_message(message_id)  # the job, as the worker runs it
        except BaseException as exc:
            errors.append((f"customer {conversation_id}", exc))

    def agent(ticket_id: str, agent_id: int) -> None:
        try:
            barrier.wait(WAIT_S)
            with unit_of_work() as s:
                claims.claim(s, ticket_id, agent_id)
            for n in range(REPLIES):
                with unit_of_work() as s:
                    claims.add_agent_message(s, ticket_id, agent_id, f"Reply {n + 1}")
            with unit_of_work() as s:
                claims.resolve(s, ticket_id, agent_id, "solved")
        except BaseException as exc:
            errors.append((f"agent {agent_id}", exc))

    threads = [threading.Thread(target=customer, args=(t.conversation_id,)) for t in tickets]
    threads += [
        threading.Thread(target=agent, args=(t.id, agent_id))
        for t, (agent_id, _) in zip(tickets, agents, strict=True)
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    assert not any(th.is_alive() for th in threads), "a thread hung"
    assert errors == []  # no DeadlockDetected, no lock timeout, no conflict

    with unit_of_work() as s:
        for t, (agent_id, _) in zip(tickets, agents, strict=True):
            cid = t.conversation_id
            # Every customer message is stored once and decided once.
            customer_rows = s.execute(
                select(Message.id, Message.processed_at).where(
                    Message.conversation_id == cid, Message.author == Author.CUSTOMER
                )
            ).all()
            assert len(customer_rows) == 1 + len(CUSTOMER_TEXTS)  # the one that escalated
            assert {mid for mid, _ in customer_rows} >= set(stored[cid])
            assert all(processed is not None for _, processed in customer_rows)
            decided = s.scalars(
                select(Decision.message_id).where(Decision.message_id.in_(stored[cid]))
            ).all()
            assert sorted(decided) == sorted(stored[cid])
            # Every reply is there, the ticket is resolved and paid once.
            replies = s.scalar(
                select(func.count()).where(
                    Message.conversation_id == cid, Message.author == Author.AGENT
                )
            )
            assert replies == REPLIES
            ticket = s.get(Ticket, t.id)
            assert ticket is not None
            assert (ticket.status, ticket.claimed_by) == (TicketStatus.RESOLVED, agent_id)
            assert ticket.review_reason is None
            paid = s.scalar(select(func.sum(Earning.amount_cents)).where(Earning.ticket_id == t.id))
            assert paid is not None and paid > 0
            # The conversation's status agrees with its live ticket, if any.
            conversation = s.get(Conversation, cid)
            assert conversation is not None
            live = s.scalars(
                select(Ticket).where(
                    Ticket.conversation_id == cid, Ticket.status.in_(ACTIVE_STATUSES)
                )
            ).all()
            if conversation.status == ConversationStatus.BOT:
                assert live == []
            elif conversation.status == ConversationStatus.WAITING_FOR_HUMAN:
                assert [x.status in BOARD_STATUSES for x in live] == [True]
            else:
                assert conversation.status == ConversationStatus.WITH_HUMAN
                assert [x.status in HELD_STATUSES for x in live] == [True]
