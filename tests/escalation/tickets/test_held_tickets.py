"""`GET /api/v1/tickets/mine`, on SQLite and PostgreSQL: the tickets the calling agent holds
now (and only those), newest activity first, for agent tokens only; customers' text comes
back as data."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from core.db import unit_of_work, utcnow
from escalation.tickets import claims, service
from router.conversations.models import Author, Message
from router.conversations.service import add_message
from tests.support.helpers import client, make_agent, run_jobs, say, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

MINE = "/api/v1/tickets/mine"


def _mine(c: Any, headers: dict[str, str]) -> list[dict[str, Any]]:
    r = c.get(MINE, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    body: list[dict[str, Any]] = r.json()
    return body


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> None:
    r = c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)
    assert r.status_code in (200, 201), r.text


def _presence(c: Any, headers: dict[str, str], status: str) -> None:
    r = c.post("/api/v1/agents/me/presence", json={"status": status}, headers=headers)
    assert r.status_code == 200, r.text


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_mine_lists_exactly_the_tickets_the_caller_holds() -> None:
    c = client()
    _, anna = make_agent("anna", max_concurrent=5)
    _, ben = make_agent("ben")
    _, cleo = make_agent("cleo")
    first, second, resolved, released, transferred = (waiting_ticket() for _ in range(5))
    bens = waiting_ticket()
    waiting_ticket()  # on the board, nobody's
    for t in (first, second, resolved, released, transferred):
        _post(c, f"{t.id}/claim", anna)
    _post(c, f"{bens.id}/claim", ben)
    _post(c, f"{resolved.id}/messages", anna, text="Sorted, have a nice day.")
    _post(c, f"{resolved.id}/resolve", anna, resolution_code="solved")
    _post(c, f"{released.id}/release", anna)
    _post(c, f"{transferred.id}/transfer", anna, queue="refunds")
    _post(c, f"{first.id}/messages", anna, text="Hi, I'm Anna.")  # in progress now

    mine = _mine(c, anna)
    assert [t["id"] for t in mine] == [first.id, second.id]  # the reply is the newest activity
    assert [t["status"] for t in mine] == ["with_agent", "claimed"]
    assert [t["id"] for t in _mine(c, ben)] == [bens.id]
    assert _mine(c, cleo) == []
    board = c.get("/api/v1/tickets", headers=anna).json()
    assert board["held"] == len(mine)

    # The board's card, plus the claim and the customer's side of the clock.
    card = mine[1]
    assert set(card) == {
        "id", "status", "queue", "language", "topic", "reason", "skills", "priority",
        "waiting_s", "pay", "surge", "preview", "created_at", "claimed_at",
        "first_reply_due_at", "customer_waiting_since", "last_customer_message_at",
        "last_activity_at",
    }  # fmt: skip
    assert card["language"] == "en" and card["topic"] == "payments" and card["queue"] == "general"
    assert card["reason"] == "bot could not answer"
    assert card["preview"] == "I was charged twice for my order"
    assert card["claimed_at"] is not None and card["first_reply_due_at"] is not None
    assert card["last_activity_at"] == card["claimed_at"]  # no message since the claim
    assert _at(card["last_customer_message_at"]) < _at(card["claimed_at"])
    assert card["customer_waiting_since"] is None
    detail = c.get(f"/api/v1/tickets/{second.id}", headers=anna).json()
    assert card["pay"] == detail["pay"] and card["surge"] == detail["surge"]  # fixed at claim


def test_held_tickets_stay_listed_while_away_and_leave_when_returned() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    _presence(c, anna, "away")
    board = c.get("/api/v1/tickets", headers=anna).json()
    assert board["presence"] == "away" and board["tickets"] == []
    assert [x["id"] for x in _mine(c, anna)] == [t.id]  # away keeps what one holds
    _presence(c, anna, "offline")  # its tickets go back to the board
    assert _mine(c, anna) == []


def test_newest_activity_first() -> None:
    c = client()
    _, anna = make_agent("anna", max_concurrent=3)
    a, b = waiting_ticket(), waiting_ticket()
    _post(c, f"{a.id}/claim", anna)
    _post(c, f"{b.id}/claim", anna)
    assert [t["id"] for t in _mine(c, anna)] == [b.id, a.id]  # the newer claim

    _post(c, f"{a.id}/messages", anna, text="Looking into it.")
    assert [t["id"] for t in _mine(c, anna)] == [a.id, b.id]  # the agent wrote

    say(c, b.conversation_id, b.customer, "Hello? Anyone there?")
    run_jobs()
    mine = _mine(c, anna)
    assert [t["id"] for t in mine] == [b.id, a.id]  # the customer wrote
    assert mine[0]["last_customer_message_at"] == mine[0]["last_activity_at"]
    assert mine[0]["customer_waiting_since"] == mine[0]["last_customer_message_at"]
    assert mine[0]["preview"] == "Hello? Anyone there?"
    assert mine[1]["customer_waiting_since"] is None


def test_the_service_orders_by_the_latest_message_or_claim() -> None:
    agent_id, _ = make_agent("anna", max_concurrent=4)
    t0 = utcnow() - timedelta(hours=1)
    quiet, chatty, answered, late_claim = (waiting_ticket() for _ in range(4))
    with unit_of_work() as s:
        for minutes, t in ((1, quiet), (2, chatty), (3, answered), (30, late_claim)):
            claims.claim(s, t.id, agent_id, now=t0 + timedelta(minutes=minutes))
        # Bot and system messages are not activity; the customer's and the agent's are.
        for t, author, minutes in (
            (quiet, Author.SYSTEM, 50),
            (quiet, Author.BOT, 51),
            (chatty, Author.CUSTOMER, 20),
            (answered, Author.CUSTOMER, 10),
            (answered, Author.AGENT, 25),
        ):
            message = add_message(s, t.conversation_id, author, "text")
            message.created_at = t0 + timedelta(minutes=minutes)
    with unit_of_work() as s:
        # The tickets' first customer messages are from before their claims: not newer.
        for t in (quiet, chatty, answered, late_claim):
            first = s.scalars(
                select(Message)
                .where(Message.conversation_id == t.conversation_id)
                .order_by(Message.id)
                .limit(1)
            ).one()
            assert first.author == Author.CUSTOMER
            first.created_at = t0
    with unit_of_work() as s:
        held = service.held_tickets(s, agent_id)
        assert [h.ticket.id for h in held] == [late_claim.id, answered.id, chatty.id, quiet.id]
        assert [h.last_activity_at - t0 for h in held] == [
            timedelta(minutes=m) for m in (30, 25, 20, 1)
        ]
        assert [h.last_customer_message_at - t0 for h in held if h.last_customer_message_at] == [
            timedelta(0), timedelta(minutes=10), timedelta(minutes=20), timedelta(0)
        ]  # fmt: skip
        assert [h.ticket.id for h in service.held_tickets(s, agent_id, limit=2)] == [
            late_claim.id, answered.id,
        ]  # fmt: skip
        assert service.held_count(s, agent_id) == 4


def test_agent_tokens_only() -> None:
    c = client()
    _, ops = make_agent("olga", role="ops")
    anna_id, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    for headers in (
        {},
        t.customer,  # the conversation's own token
        {"Authorization": "Bearer a.forged.token"},
        {"Authorization": "Basic YW5uYTpwdw=="},
    ):
        r = c.get(MINE, headers=headers)
        assert r.status_code == 401, (headers, r.text)
        assert r.json()["error"] == "Unauthorized"
    r = c.get(MINE, headers=ops)
    assert r.status_code == 403
    assert r.json() == {"error": "Forbidden", "detail": "this needs an account with role agent"}

    from escalation.users.models import User

    with unit_of_work() as s:
        user = s.get(User, anna_id)
        assert user is not None
        user.active = False
    r = c.get(MINE, headers=anna)
    assert r.status_code == 403 and r.json()["detail"] == "this account is disabled"


HOSTILE = (
    "<script>alert('x')</script><img src=x onerror=alert(1)>\n"
    "'; DROP TABLE tickets; -- {{7*7}} ${7*7} call me at +49 151 2345678"
)


def test_customer_text_is_returned_as_data_and_masked() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket(HOSTILE)
    _post(c, f"{t.id}/claim", anna)
    (card,) = _mine(c, anna)
    assert card["preview"] == (
        "<script>alert('x')</script><img src=x onerror=alert(1)> "
        "'; DROP TABLE tickets; -- {{7*7}} ${7*7} call me at [phone]"
    )
    assert "messages" not in card and "conversation_id" not in card
    assert len(_mine(c, anna)) == 1  # the tickets table is still there
