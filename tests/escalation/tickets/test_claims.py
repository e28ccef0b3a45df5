"""The board and claiming over HTTP, on SQLite and PostgreSQL: who may claim what, and
exactly one winner under concurrency."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from escalation.tickets.models import Ticket, TicketEvent
from tests.support.helpers import client, conversation, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")


def _claim(c: Any, ticket_id: str, headers: dict[str, str]) -> Any:
    return c.post(f"/api/v1/tickets/{ticket_id}/claim", headers=headers)


def test_board_lists_what_the_agent_may_claim_with_pay_and_a_masked_preview() -> None:
    c = client()
    _, anna = make_agent("anna", languages=["en", "de"], skills=["fraud"])
    en = waiting_ticket("My card 4111 1111 1111 1111 was charged, mail me at x@y.com")
    de = waiting_ticket(
        "Wo ist mein Geld?", language="de", queue="fraud", skills=["fraud"], priority=1
    )
    waiting_ticket("Hola", language="es")  # anna speaks no Spanish
    waiting_ticket("Need AML review", skills=["aml"])  # anna lacks the skill
    board = c.get("/api/v1/tickets", headers=anna)
    assert board.status_code == 200, board.text
    body = board.json()
    assert body["presence"] == "online" and body["held"] == 0 and body["capacity"] == 2
    assert [t["id"] for t in body["tickets"]] == [de.id, en.id]  # priority first
    card = body["tickets"][1]
    assert card["preview"] == "My card [card] was charged, mail me at [email]"
    # Three tickets wait in "general" for anna's two free slots: a x1.1 surge on 150.
    assert card["pay"] == {"amount_cents": 165, "currency": "EUR"} and card["surge"] == 1.1
    assert body["tickets"][0]["pay"]["amount_cents"] == 400  # fraud: one ticket, no surge
    assert body["tickets"][0]["surge"] == 1.0
    assert card["language"] == "en" and card["topic"] == "payments"
    assert card["reason"] == "bot could not answer" and card["waiting_s"] >= 0
    assert "messages" not in card and "conversation_id" not in card


def test_claim_joins_the_agent_to_the_conversation() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    t = waiting_ticket()
    r = _claim(c, t.id, anna)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "claimed" and r.json()["first_reply_due_at"] is not None
    conv = conversation(c, t.conversation_id, t.customer)
    assert conv["status"] == "with_human" and conv["queue"] is None
    assert conv["messages"][-1] == {
        **conv["messages"][-1],
        "author": "system",
        "text": "Anna has joined",
    }
    with unit_of_work() as s:
        ticket = s.get(Ticket, t.id)
        assert ticket is not None and ticket.claimed_by == anna_id
        events = s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == t.id)).all()
    assert [(e.kind, e.from_status, e.to_status) for e in events] == [
        ("created", None, "open"), ("claimed", "open", "claimed"),
    ]  # fmt: skip
    assert events[1].actor == "agent:anna" and events[1].agent_id == anna_id
    # A retry of the winning claim is answered again; the board no longer shows it.
    assert _claim(c, t.id, anna).status_code == 200
    assert c.get("/api/v1/tickets", headers=anna).json()["held"] == 1
    assert c.get("/api/v1/tickets", headers=anna).json()["tickets"] == []


def test_a_claimed_ticket_is_a_conflict_for_everyone_else() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    assert _claim(c, t.id, anna).status_code == 200
    r = _claim(c, t.id, ben)
    assert r.status_code == 409
    assert r.json() == {
        "error": "Conflict", "detail": "the ticket was already claimed by another agent",
    }  # fmt: skip


def test_a_resolved_ticket_cannot_be_claimed() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    assert _claim(c, t.id, anna).status_code == 200
    reply = {"text": "Your refund is on its way."}
    assert c.post(f"/api/v1/tickets/{t.id}/messages", json=reply, headers=anna).status_code == 201
    resolved = c.post(
        f"/api/v1/tickets/{t.id}/resolve", json={"resolution_code": "refunded"}, headers=anna
    )
    assert resolved.status_code == 200
    for who in (ben, anna):
        r = _claim(c, t.id, who)
        assert r.status_code == 409
        assert r.json()["detail"] == "the ticket is resolved; it can no longer be claimed"


def test_claims_beyond_capacity_are_refused() -> None:
    c = client()
    _, anna = make_agent("anna", max_concurrent=2)
    tickets = [waiting_ticket() for _ in range(3)]
    assert [_claim(c, t.id, anna).status_code for t in tickets[:2]] == [200, 200]
    r = _claim(c, tickets[2].id, anna)
    assert r.status_code == 409
    assert r.json()["detail"] == "you are at capacity (2 of 2 tickets); finish one first"
    board = c.get("/api/v1/tickets", headers=anna).json()
    assert board["held"] == 2 and board["tickets"] == []


def test_an_agent_without_the_language_or_skill_cannot_claim() -> None:
    c = client()
    _, anna = make_agent("anna", languages=["en"])
    german = waiting_ticket("Mitarbeiter bitte", language="de")
    fraud = waiting_ticket("stolen card", skills=["fraud"])
    r = _claim(c, german.id, anna)
    assert r.status_code == 409
    assert r.json()["detail"] == "the ticket needs language de, which is not among yours"
    r = _claim(c, fraud.id, anna)
    assert r.status_code == 409
    assert r.json()["detail"] == "the ticket needs skill(s) you do not have: fraud"
    with unit_of_work() as s:
        assert {t.status for t in s.scalars(select(Ticket))} == {"open"}


@pytest.mark.parametrize("presence", ["away", "offline", None])
def test_only_online_agents_claim_or_see_offers(presence: str | None) -> None:
    c = client()
    _, anna = make_agent("anna", presence=presence)
    t = waiting_ticket()
    board = c.get("/api/v1/tickets", headers=anna).json()
    assert board["presence"] == (presence or "offline") and board["tickets"] == []
    r = _claim(c, t.id, anna)
    assert r.status_code == 409
    assert r.json()["detail"] == f"you are {presence or 'offline'}; go online to claim tickets"


def test_unknown_and_malformed_ticket_ids() -> None:
    c = client()
    _, anna = make_agent("anna")
    assert _claim(c, "0" * 32, anna).status_code == 404
    assert _claim(c, "not-a-ticket", anna).status_code == 422
    assert _claim(c, "0" * 31 + "'", anna).status_code == 422


def _warm_client(headers: dict[str, str]) -> Any:
    """A client of its own for one racing thread, its routes already set up (FastAPI
    builds a route's dependencies on first use; that is not what these tests race)."""
    c = client()
    assert c.get("/api/v1/tickets", headers=headers).status_code == 200
    return c


def test_twenty_agents_race_for_one_ticket_and_exactly_one_wins() -> None:
    agents = [make_agent(f"racer{i:02d}")[1] for i in range(20)]
    t = waiting_ticket()
    barrier = threading.Barrier(len(agents))
    results: list[tuple[int, str]] = []
    lock = threading.Lock()

    def race(c: Any, headers: dict[str, str]) -> None:
        barrier.wait()
        r = _claim(c, t.id, headers)
        with lock:
            results.append((r.status_code, r.json().get("detail", "")))

    threads = [threading.Thread(target=race, args=(_warm_client(h), h)) for h in agents]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    codes = sorted(code for code, _ in results)
    assert codes == [200] + [409] * 19, results
    assert {d for code, d in results if code == 409} <= {
        "another agent claimed this ticket first",
        "the ticket was already claimed by another agent",
    }
    with unit_of_work() as s:
        claims = s.scalar(
            select(func.count()).select_from(TicketEvent).where(TicketEvent.kind == "claimed")
        )
    joined = conversation(client(), t.conversation_id, t.customer)["messages"]
    assert claims == 1
    assert sum(m["text"].endswith("has joined") for m in joined) == 1


def test_one_agent_racing_for_many_tickets_stays_within_capacity() -> None:
    _, anna = make_agent("anna", max_concurrent=3)
    tickets = [waiting_ticket() for _ in range(10)]
    barrier = threading.Barrier(len(tickets))
    codes: list[int] = []

    def race(c: Any, ticket_id: str) -> None:
        barrier.wait()
        codes.append(_claim(c, ticket_id, anna).status_code)

    threads = [threading.Thread(target=race, args=(_warm_client(anna), t.id)) for t in tickets]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert sorted(codes) == [200] * 3 + [409] * 7
