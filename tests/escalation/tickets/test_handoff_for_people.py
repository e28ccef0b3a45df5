"""The workspace's facts for people, over HTTP on SQLite and PostgreSQL: why the
conversation came to a person in plain words, the customer panel typed (money in cents with
its currency, dates as dates), when the reply is due; hostile text returned as it was
written (the page renders it as text), and nothing of it for anyone but the holder and ops."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from core.db import unit_of_work, utcnow
from core.settings import get_settings
from escalation.tickets.customer_panel import RememberingBackend, customer_panel
from router.conversations.models import Conversation
from router.customers.backend import CustomerData, Instalment, Order
from router.customers.seed import seed_demo_customers
from router.customers.service import DatabaseCustomerBackend
from tests.escalation.tickets.customer_rows import HOSTILE_ITEMS, HOSTILE_SHOP, add_customer
from tests.support.helpers import (
    client,
    make_agent,
    run_jobs,
    say,
    signed,
    start_conversation,
    waiting_ticket,
)

pytestmark = pytest.mark.usefixtures("backend")

HOSTILE_MESSAGE = '<script>alert("x")</script><img src=x onerror=alert(1)> Wo ist Bestellung 9001?'


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> Any:
    return c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)


def _claimed_detail(c: Any, headers: dict[str, str]) -> dict[str, Any]:
    board = c.get("/api/v1/tickets", headers=headers).json()["tickets"]
    assert len(board) == 1, board
    ticket_id = board[0]["id"]
    assert _post(c, f"{ticket_id}/claim", headers).status_code == 200
    r = c.get(f"/api/v1/tickets/{ticket_id}", headers=headers)
    assert r.status_code == 200, r.text
    detail: dict[str, Any] = r.json()
    return detail


def test_a_request_for_a_person_reads_in_plain_words_with_the_customer_typed() -> None:
    today = date.today()
    with unit_of_work() as s:
        seed_demo_customers(s)
    add_customer("hostile-customer", today)
    c = client()
    cid, auth = start_conversation(c, **signed("hostile-customer"), language="de")
    say(c, cid, auth, HOSTILE_MESSAGE)
    say(c, cid, auth, "Ich möchte bitte mit einem Mitarbeiter sprechen")
    run_jobs()
    _, anna = make_agent("anna", languages=["de"])
    detail = _claimed_detail(c, anna)

    why = detail["why"]
    assert why["text"] == "The customer asked for a person, 1st request, German."
    assert "explicit_human_request" not in why["text"]
    assert "Asked for a person once" in why["notes"]
    assert detail["handoff"]["escalation"]["rule"] == "explicit_human_request"  # for ops

    panel = detail["customer_panel"]
    assert panel["ref"] == "hostile-customer"
    boots, scarf = panel["orders"][1], panel["orders"][0]  # newest first
    assert boots["shop"] == HOSTILE_SHOP and boots["items"] == HOSTILE_ITEMS  # as written
    assert boots["total"] == {"amount_cents": 10000, "currency": "EUR"}
    assert boots["payment_plan"] == "pay_in_3" and boots["placed_on"] == str(today - timedelta(32))
    assert scarf["delivered_on"] == str(today - timedelta(17))
    assert [(i["seq"], i["amount"]["amount_cents"], i["due_on"], i["overdue"])
            for i in panel["open_instalments"]] == [
        (1, 3334, str(today - timedelta(2)), True),
        (2, 3333, str(today + timedelta(28)), False),
        (3, 3333, str(today + timedelta(58)), False),
    ]  # fmt: skip
    assert panel["refunds"] == [
        {"order_number": "9002", "amount": {"amount_cents": 1990, "currency": "EUR"},
         "status": "processing", "requested_on": str(today - timedelta(4)),
         "expected_on": str(today + timedelta(3)), "paid_on": None},
    ]  # fmt: skip
    assert panel["returns"][0]["status"] == "accepted"
    # The same facts as the handoff package's display strings.
    assert detail["handoff"]["customer"]["open_instalments"][0]["amount"] == "33.34 EUR"
    # The customer's hostile message is returned as written: escaping is the page's job.
    assert any(m["text"] == HOSTILE_MESSAGE for m in detail["messages"])
    assert HOSTILE_MESSAGE in [line["text"] for line in detail["handoff"]["transcript"]]


def test_an_anonymous_customer_has_no_panel_and_other_agents_see_none_of_it() -> None:
    c = client()
    cid, auth = start_conversation(c, language="en")  # no proven customer
    say(c, cid, auth, "I want to talk to a human")
    run_jobs()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    _, olga = make_agent("olga", role="ops")
    detail = _claimed_detail(c, anna)
    assert detail["customer_panel"] is None and detail["handoff"]["customer"] is None
    assert detail["why"]["text"].startswith("The customer asked for a person")
    other = c.get(f"/api/v1/tickets/{detail['id']}", headers=ben)
    assert other.status_code == 403
    assert "why" not in other.json() and "customer_panel" not in other.json()
    ops = c.get(f"/api/v1/tickets/{detail['id']}", headers=olga).json()
    assert ops["yours"] is False and ops["why"] == detail["why"]  # ops read all, read-only


def test_a_candidate_sees_the_card_only() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    card = c.get(f"/api/v1/tickets/{t.id}", headers=anna).json()
    assert card["yours"] is False
    assert card["why"] is None and card["customer_panel"] is None and card["reply_due_at"] is None


def test_the_reason_falls_back_to_the_ticket_and_says_how_it_came_back() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()  # its decision: bot_could_not_answer, with few signals
    assert _post(c, f"{t.id}/claim", anna).status_code == 200
    hostile_why = '<b onmouseover="x()">ben knows</b> this one'
    r = _post(c, f"{t.id}/transfer", anna, agent="ben", reason=hostile_why)
    assert r.status_code == 200, r.text
    assert _post(c, f"{t.id}/claim", ben).status_code == 200
    why = c.get(f"/api/v1/tickets/{t.id}", headers=ben).json()["why"]
    assert why["text"] == "The bot could not answer (English)."
    assert why["notes"] == [f"Transferred by anna to ben: “{hostile_why}”"]


def test_the_reply_is_due_when_the_customer_waits() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    claimed = c.get(f"/api/v1/tickets/{t.id}", headers=anna).json()
    assert claimed["first_reply_due_at"] is not None and claimed["reply_due_at"] is None
    assert _post(c, f"{t.id}/messages", anna, text="Hi, Anna here.").status_code == 201
    assert c.get(f"/api/v1/tickets/{t.id}", headers=anna).json()["reply_due_at"] is None
    before = utcnow()
    say(c, t.conversation_id, t.customer, "Are you still there?")
    run_jobs()
    due = c.get(f"/api/v1/tickets/{t.id}", headers=anna).json()["reply_due_at"]
    timeout = timedelta(seconds=get_settings().reply_timeout_s)
    assert due is not None
    assert before + timeout <= datetime.fromisoformat(due) <= utcnow() + timeout


class CountingBackend(DatabaseCustomerBackend):
    """The demo backend, counting what it is asked."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.asked: list[str] = []

    def orders(self, customer_ref: str, *, limit: int = 10) -> list[Order]:
        self.asked.append("orders")
        return super().orders(customer_ref, limit=limit)

    def instalments(
        self, customer_ref: str, *, order_number: str | None = None, open_only: bool = False
    ) -> list[Instalment]:
        self.asked.append("instalments")
        return super().instalments(customer_ref, order_number=order_number, open_only=open_only)


def test_the_customers_backend_is_asked_once_per_look_up() -> None:
    from router.bot.handoff import handoff_package

    today = date.today()
    add_customer("cust-7", today)
    with unit_of_work() as s:
        conversation = Conversation(language="en", customer_ref="cust-7", status="bot")
        s.add(conversation)
        s.flush()
        counting = CountingBackend(s)
        remembering = RememberingBackend(counting)
        package = handoff_package(s, conversation.id, backend=remembering)
        panel = customer_panel(CustomerData(remembering, "cust-7"), today)
    assert counting.asked == ["orders", "instalments"]  # not twice
    assert package.customer is not None
    assert len(panel.orders) == len(package.customer.recent_orders) == 2
    assert len(panel.open_instalments) == len(package.customer.open_instalments) == 3
