"""The conversation's state machine (`router.conversations.states`): the table, the one
function that moves a conversation, that no other module writes the status, and a whole life
through the real services on SQLite and PostgreSQL."""

from __future__ import annotations

import ast
import itertools
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work, utcnow
from core.errors import Conflict
from escalation.tickets import claims, sweeps
from escalation.tickets.matching import ReturnReason
from escalation.tickets.models import Ticket
from escalation.tickets.service import active_ticket, open_ticket
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.schemas import ConversationCreate, MessageCreate
from router.conversations.service import (
    add_customer_message,
    create_conversation,
    lock_conversation,
)
from router.conversations.states import (
    FINAL_STATUSES,
    INITIAL,
    TRANSITIONS,
    allowed,
    move_conversation,
)
from router.pipeline import processing
from tests.support.helpers import make_agent

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "router", "escalation", "workers", "agents_ui")
OWNER = Path("router/conversations/states.py")
STATUSES = [str(s) for s in ConversationStatus]
ALLOWED = [(a, b) for a, targets in TRANSITIONS.items() for b in sorted(targets)]
FORBIDDEN = [(a, b) for a, b in itertools.product(STATUSES, STATUSES) if (a, b) not in ALLOWED]


# The table -------------------------------------------------------------------------------


def test_the_table_names_every_status_and_only_known_ones() -> None:
    assert set(TRANSITIONS) == set(STATUSES)
    assert all(targets <= set(STATUSES) for targets in TRANSITIONS.values())
    assert all(not TRANSITIONS[s] for s in FINAL_STATUSES)
    assert Conversation.__table__.c.status.default.arg == INITIAL  # a new one is the bot's


def test_every_status_is_reachable_from_the_start_and_only_final_ones_are_dead_ends() -> None:
    seen, todo = {INITIAL}, [INITIAL]
    while todo:
        for target in TRANSITIONS[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    assert seen == set(STATUSES)
    assert {s for s in STATUSES if not TRANSITIONS[s]} == FINAL_STATUSES


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_every_allowed_transition_moves_the_conversation(current: str, target: str) -> None:
    conversation = Conversation(id="c" * 32, status=current)
    move_conversation(conversation, ConversationStatus(target), "test")
    assert conversation.status == target and allowed(current, target)


@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_a_forbidden_transition_is_a_conflict_and_changes_nothing(
    current: str, target: str
) -> None:
    conversation = Conversation(id="c" * 32, status=current)
    with pytest.raises(Conflict) as raised:
        move_conversation(conversation, ConversationStatus(target), "because the test says so")
    assert conversation.status == current
    assert raised.value.detail == (
        f"a conversation cannot go from {current} to {target} (because the test says so)"
    )


def test_an_unknown_current_status_cannot_move_anywhere() -> None:
    conversation = Conversation(id="c" * 32, status="archived")  # not a status: hostile data
    for target in ConversationStatus:
        with pytest.raises(Conflict):
            move_conversation(conversation, target, "test")
    assert conversation.status == "archived"


# One owner: no other module writes the status ----------------------------------------------


def _mentions(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node))


def _conversation_like(node: ast.AST) -> bool:
    return "conv" in ast.unparse(node).lower()


def _updates_conversations(node: ast.AST) -> bool:
    """`update(Conversation)...` anywhere in the expression."""
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Name)
        and n.func.id == "update"
        and n.args
        and _mentions(n.args[0], "Conversation")
        for n in ast.walk(node)
    )


STATUS_VALUES = frozenset(STATUSES)


def status_writes(source: str) -> list[int]:
    """The lines of `source` that write a conversation's status: an assignment to
    `<conversation>.status` (or of a ConversationStatus / a status value to any `.status`),
    `status=` given to `Conversation(...)`, to `update(Conversation).values(...)` or as a
    ConversationStatus anywhere, and `setattr(<conversation>, "status", ...)`."""
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            for target in targets:
                if not (isinstance(target, ast.Attribute) and target.attr == "status"):
                    continue
                literal = isinstance(value, ast.Constant) and value.value in STATUS_VALUES
                typed = value is not None and _mentions(value, "ConversationStatus")
                if _conversation_like(target.value) or literal or typed:
                    lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg != "status":
                    continue
                if (
                    _mentions(keyword.value, "ConversationStatus")
                    or (isinstance(node.func, ast.Name) and node.func.id == "Conversation")
                    or _updates_conversations(node.func)
                ):
                    lines.append(node.lineno)
            if (
                isinstance(node.func, ast.Name)
                and node.func.id == "setattr"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value == "status"
                and _conversation_like(node.args[0])
            ):
                lines.append(node.lineno)
    return sorted(set(lines))


@pytest.mark.parametrize(
    "source",
    [
        "conversation.status = ConversationStatus.CLOSED",
        "conv.status = 'bot'",
        "row.status = 'with_human'",
        "c.status = ConversationStatus(target)",
        "convo.status: str = x",
        "Conversation(language='en', status=ConversationStatus.WITH_HUMAN)",
        "Conversation(status=s)",
        "session.execute(update(Conversation).where(x).values(status=s))",
        "stmt.values(status=ConversationStatus.BOT)",
        "setattr(conversation, 'status', 'closed')",
    ],
)
def test_the_scan_finds_every_kind_of_status_write(source: str) -> None:
    assert status_writes(source) == [1]


@pytest.mark.parametrize(
    "source",
    [
        "if conversation.status == ConversationStatus.BOT: pass",
        "delivery.status = DeliveryStatus.FAILED",
        "row.status = status",
        "update(Ticket).values(status=target)",
        "ConversationOut(status=conversation.status)",
        "Signals(conversation_status=state.status)",
    ],
)
def test_the_scan_leaves_reads_and_other_rows_alone(source: str) -> None:
    assert status_writes(source) == []


def test_no_module_but_the_owner_writes_a_conversations_status() -> None:
    writes: dict[str, list[int]] = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            relative = path.relative_to(REPO)
            if "migrations" in relative.parts:  # history: what old versions' data needed
                continue
            found = status_writes(path.read_text(encoding="utf-8"))
            if found:
                writes[str(relative)] = found
    owner = writes.pop(str(OWNER), [])
    assert writes == {}, "write the status with router.conversations.states.move_conversation"
    assert len(owner) == 1  # the scan does see the owner's one write


# A whole life, through the real services ---------------------------------------------------


def _status(conversation_id: str) -> str:
    with unit_of_work() as s:
        conversation = s.get(Conversation, conversation_id)
        assert conversation is not None
        return conversation.status


def _customer_writes(conversation_id: str, text: str) -> int:
    with unit_of_work() as s:
        message_id, created = add_customer_message(
            s, conversation_id, MessageCreate(text=text), enqueue=False
        )
        assert created
        return message_id


def _escalate(conversation_id: str, text: str) -> str:
    """The customer writes and the message job gives up on it: a person takes over."""
    message_id = _customer_writes(conversation_id, text)
    with unit_of_work() as s:
        result = processing.give_up(s, message_id, "the test")
    assert result.ticket_id is not None
    return result.ticket_id


@pytest.mark.usefixtures("backend")
def test_a_conversations_life_follows_the_table() -> None:
    anna_id, _ = make_agent("anna")
    ben_id, _ = make_agent("ben")
    with unit_of_work() as s:
        cid = create_conversation(s, ConversationCreate(language="en")).id
    seen = [_status(cid)]
    ticket_id = _escalate(cid, "my card was stolen")
    seen.append(_status(cid))
    with unit_of_work() as s:
        claims.claim(s, ticket_id, anna_id)
    seen.append(_status(cid))
    with unit_of_work() as s:
        claims.release(s, ticket_id, anna_id, "wrong queue")
    seen.append(_status(cid))
    with unit_of_work() as s:
        claims.claim(s, ticket_id, ben_id)
    seen.append(_status(cid))
    with unit_of_work() as s:
        claims.add_agent_message(s, ticket_id, ben_id, "Blocked it for you.")
        claims.resolve(s, ticket_id, ben_id, "resolved")
    seen.append(_status(cid))
    second = _escalate(cid, "and I still want a person")
    seen.append(_status(cid))
    with unit_of_work() as s:  # nobody takes it: the customer has long gone
        assert sweeps.close_stale(s, utcnow() + timedelta(days=2)).abandoned == [second]
    seen.append(_status(cid))
    assert seen == [
        "bot", "waiting_for_human", "with_human", "waiting_for_human", "with_human", "bot",
        "waiting_for_human", "closed",
    ]  # fmt: skip
    assert all(allowed(a, b) for a, b in itertools.pairwise(seen))
    with pytest.raises(Conflict), unit_of_work() as s:  # closed: final
        add_customer_message(s, cid, MessageCreate(text="hello?"), enqueue=False)


@pytest.mark.usefixtures("backend")
def test_claiming_out_of_order_is_a_conflict_and_nothing_is_stored() -> None:
    """A ticket on the board whose conversation the bot holds (inconsistent data): the claim
    is refused by the conversation's table, and the ticket stays on the board."""
    anna_id, _ = make_agent("anna")
    with unit_of_work() as s:
        cid = create_conversation(s, ConversationCreate(language="en")).id
        ticket, _ = open_ticket(s, conversation_id=cid, queue="general", reason="test")
        ticket_id = ticket.id
    with pytest.raises(Conflict) as raised, unit_of_work() as s:
        claims.claim(s, ticket_id, anna_id)
    assert raised.value.detail.startswith("a conversation cannot go from bot to with_human")
    with unit_of_work() as s:
        stored = s.get(Ticket, ticket_id)
        assert stored is not None and stored.status == "open" and stored.claimed_by is None
        assert lock_conversation(s, cid).status == "bot"
        assert s.scalar(select(func.count()).where(Message.conversation_id == cid)) == 0


@pytest.mark.usefixtures("backend")
def test_a_stale_ticket_of_a_conversation_not_waiting_closes_alone() -> None:
    """The sweep never dies on such a row: the ticket closes, the conversation (the bot's)
    stays open and gets no closing notice."""
    with unit_of_work() as s:
        cid = create_conversation(s, ConversationCreate(language="en")).id
        ticket, _ = open_ticket(s, conversation_id=cid, queue="general", reason="test")
        ticket_id = ticket.id
    with unit_of_work() as s:
        report = sweeps.close_stale(s, utcnow() + timedelta(days=2))
    assert report.abandoned == [ticket_id]
    with unit_of_work() as s:
        assert active_ticket(s, cid) is None
        assert lock_conversation(s, cid).status == "bot"
        notices = select(func.count()).where(
            Message.conversation_id == cid, Message.author == Author.SYSTEM
        )
        assert s.scalar(notices) == 0


@pytest.mark.usefixtures("backend")
def test_an_agent_going_offline_puts_the_customer_back_in_the_queue() -> None:
    anna_id, _ = make_agent("anna")
    with unit_of_work() as s:
        cid = create_conversation(s, ConversationCreate(language="en")).id
    ticket_id = _escalate(cid, "I need a person")
    with unit_of_work() as s:
        claims.claim(s, ticket_id, anna_id)
    with unit_of_work() as s:
        assert claims.return_tickets_of(s, anna_id, ReturnReason.AGENT_OFFLINE) == [ticket_id]
    assert _status(cid) == "waiting_for_human"
