"""Surge on the board, pay fixed at claim, the earnings ledger, SLA raises, the reply
timer, abandoned and expired tickets, transfers to a named agent, and agent stats: on
SQLite and PostgreSQL, with an injected clock (no sleeps)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from core.db import unit_of_work, utcnow
from escalation.agents import service as presence
from escalation.agents.models import PresenceStatus
from escalation.earnings.models import Earning
from escalation.tickets import claims, sweeps
from escalation.tickets.matching import ReturnReason
from escalation.tickets.models import Ticket, TicketEvent
from tests.support.helpers import client, conversation, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")


def _ticket(ticket_id: str) -> Ticket:
    with unit_of_work() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket


def _events(ticket_id: str) -> list[TicketEvent]:
    with unit_of_work() as s:
        return list(
            s.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            )
        )


def _age(ticket_id: str, seconds: float) -> datetime:
    """Pretend the ticket was opened `seconds` ago; returns its new created_at."""
    at = utcnow() - timedelta(seconds=seconds)
    with unit_of_work() as s:
        s.execute(
            update(Ticket)
            .where(Ticket.id == ticket_id)
            .values(created_at=at, customer_active_at=at)
        )
    return at


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> Any:
    return c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)


def test_surge_shows_on_the_board_and_is_fixed_at_claim_then_paid_on_resolve() -> None:
    c = client()
    anna_id, anna = make_agent("anna", max_concurrent=1)
    t = waiting_ticket()
    _age(t.id, 450)  # one and a half SLAs of 300 s: x1.5
    card = c.get("/api/v1/tickets", headers=anna).json()["tickets"][0]
    assert card["surge"] == 1.5 and card["pay"] == {"amount_cents": 225, "currency": "EUR"}
    r = _post(c, f"{t.id}/claim", anna)
    assert r.status_code == 200, r.text
    ticket = _ticket(t.id)
    assert (ticket.pay_cents, ticket.surge_pct) == (150, 150)
    assert _events(t.id)[-1].detail["pay_cents"] == 225
    # The pay stays what was offered, whatever the queue does afterwards.
    detail = c.get(f"/api/v1/tickets/{t.id}", headers=anna).json()
    assert detail["pay"]["amount_cents"] == 225 and detail["surge"] == 1.5
    assert _post(c, f"{t.id}/messages", anna, text="Refunded.").status_code == 201
    assert _post(c, f"{t.id}/resolve", anna, resolution_code="refunded").status_code == 200
    with unit_of_work() as s:
        rows = s.scalars(select(Earning).order_by(Earning.id)).all()
        assert [(e.agent_id, e.ticket_id, e.kind, e.amount_cents) for e in rows] == [
            (anna_id, t.id, "base", 150), (anna_id, t.id, "surge", 75),
        ]  # fmt: skip
    earnings = c.get("/api/v1/agents/me/earnings", headers=anna)
    assert earnings.status_code == 200
    body = earnings.json()
    assert (body["today_cents"], body["week_cents"], body["total_cents"]) == (225, 225, 225)
    assert body["tickets"] == 1 and body["currency"] == "EUR"
    assert [(e["kind"], e["amount_cents"]) for e in body["entries"]] == [
        ("surge", 75), ("base", 150),
    ]  # fmt: skip


def test_earnings_are_per_agent_and_split_by_period() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    _, ben = make_agent("ben")
    now = utcnow()
    for t in (waiting_ticket(), waiting_ticket(queue="fraud")):
        assert _post(c, f"{t.id}/claim", anna).status_code == 200
        assert _post(c, f"{t.id}/messages", anna, text="Done.").status_code == 201
        assert _post(c, f"{t.id}/resolve", anna, resolution_code="done").status_code == 200
    with unit_of_work() as s:  # an old entry: counts in the total only
        old = s.scalars(select(Earning).where(Earning.amount_cents == 400)).one()
        old.created_at = now - timedelta(days=8)
    body = c.get("/api/v1/agents/me/earnings", headers=anna).json()
    assert body["total_cents"] == 550 and body["today_cents"] == 150
    assert body["week_cents"] == 150  # a week starts at most seven days ago
    assert c.get("/api/v1/agents/me/earnings", headers=ben).json()["total_cents"] == 0
    assert anna_id
    # Not for customers or ops.
    _, ops = make_agent("olga", role="ops")
    assert c.get("/api/v1/agents/me/earnings", headers=ops).status_code == 403
    assert c.get("/api/v1/agents/me/earnings").status_code == 401


def test_a_ticket_past_its_sla_is_raised_once_in_priority_and_pay() -> None:
    c = client()
    anna_id, anna = make_agent("anna", skills=["fraud"], max_concurrent=5)
    fraud = waiting_ticket(queue="fraud", skills=["fraud"])  # SLA 120 s
    general = waiting_ticket()  # SLA 300 s
    created = _ticket(fraud.id).created_at
    with unit_of_work() as s:
        assert sweeps.raise_overdue(s, created + timedelta(seconds=119)) == []
    with unit_of_work() as s:
        assert sweeps.raise_overdue(s, created + timedelta(seconds=120)) == [fraud.id]
    with unit_of_work() as s:  # once only; the general queue is not due yet
        assert sweeps.raise_overdue(s, created + timedelta(seconds=200)) == []
    ticket = _ticket(fraud.id)
    assert (ticket.priority, ticket.pay_bonus_cents) == (1, 200)  # 50 % of 400
    event = _events(fraud.id)[-1]
    assert (event.kind, event.actor) == ("sla_breached", "timer")
    assert event.detail == {"sla_s": 120, "priority": [0, 1], "bonus_cents": 200}
    with unit_of_work() as s:
        assert sweeps.raise_overdue(s, created + timedelta(seconds=301)) == [general.id]
    # The board shows the bonus; the claim and the ledger keep it.
    cards = {x["id"]: x for x in c.get("/api/v1/tickets", headers=anna).json()["tickets"]}
    assert cards[fraud.id]["priority"] == 1 and cards[fraud.id]["pay"]["amount_cents"] >= 600
    _post(c, f"{fraud.id}/claim", anna)
    _post(c, f"{fraud.id}/messages", anna, text="I have blocked your card.")
    assert _post(c, f"{fraud.id}/resolve", anna, resolution_code="blocked_card").status_code == 200
    with unit_of_work() as s:
        kinds = {
            e.kind: e.amount_cents
            for e in s.scalars(select(Earning).where(Earning.ticket_id == fraud.id))
        }
    assert kinds["base"] == 400 and kinds["bonus"] == 200
    assert anna_id


def test_sla_overrides_come_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.settings import reset_settings

    monkeypatch.setenv("RELAYDESK_SLA_S", '{"general": 30}')
    reset_settings()
    t = waiting_ticket()
    created = _ticket(t.id).created_at
    with unit_of_work() as s:
        assert sweeps.raise_overdue(s, created + timedelta(seconds=29)) == []
        assert sweeps.raise_overdue(s, created + timedelta(seconds=30)) == [t.id]


def test_an_unanswered_customer_message_returns_the_ticket_after_the_reply_time() -> None:
    t0 = utcnow()
    anna_id, _ = make_agent("anna", now=t0)
    t = waiting_ticket()
    with unit_of_work() as s:
        claims.claim(s, t.id, anna_id, now=t0)
        claims.add_agent_message(s, t.id, anna_id, "Hi, I'm Anna", now=t0 + timedelta(seconds=5))

    def sweep(after_s: float) -> list[sweeps.Returned]:
        at = t0 + timedelta(seconds=after_s)
        with unit_of_work() as s:  # anna is still online
            presence.set_presence(s, anna_id, PresenceStatus.ONLINE, now=at)
            return sweeps.expire_overdue(s, at)

    asked = utcnow()  # the customer writes (the worker calls this for each message)
    with unit_of_work() as s:
        assert sweeps.note_customer_message(s, t.conversation_id, asked) == t.id
    assert _ticket(t.id).customer_waiting_since == asked
    offset = (asked - t0).total_seconds()
    assert sweep(offset + 179) == []
    # A second message does not restart the clock: the first one is still unanswered.
    with unit_of_work() as s:
        sweeps.note_customer_message(s, t.conversation_id, asked + timedelta(seconds=60))
    assert _ticket(t.id).customer_waiting_since == asked
    returned = sweep(offset + 180)
    assert returned == [sweeps.Returned(t.id, anna_id, ReturnReason.REPLY_TIMEOUT)]
    event = _events(t.id)[-1]
    assert (event.kind, event.actor, event.agent_id) == ("reply_timeout", "timer", anna_id)
    assert (event.from_status, event.to_status) == ("with_agent", "released")
    assert event.detail["reply_timeout_s"] == 180
    ticket = _ticket(t.id)
    assert ticket.customer_waiting_since is None and ticket.claimed_by is None


def test_answering_in_time_stops_the_reply_timer() -> None:
    t0 = utcnow()
    anna_id, _ = make_agent("anna", now=t0)
    t = waiting_ticket()
    with unit_of_work() as s:
        claims.claim(s, t.id, anna_id, now=t0)
        claims.add_agent_message(s, t.id, anna_id, "Hello", now=t0)
    with unit_of_work() as s:
        sweeps.note_customer_message(s, t.conversation_id, t0 + timedelta(seconds=10))
    assert _ticket(t.id).customer_waiting_since is not None
    with unit_of_work() as s:
        claims.add_agent_message(s, t.id, anna_id, "Done", now=t0 + timedelta(seconds=100))
    assert _ticket(t.id).customer_waiting_since is None
    with unit_of_work() as s:
        presence.heartbeat(s, anna_id, now=t0 + timedelta(seconds=50))
        assert sweeps.expire_overdue(s, t0 + timedelta(seconds=100)) == []
    # A message the agent already answered (processed late) starts no timer.
    with unit_of_work() as s:
        sweeps.note_customer_message(s, t.conversation_id, t0 - timedelta(seconds=1))
    assert _ticket(t.id).customer_waiting_since is None
    # No live ticket: nothing to note.
    with unit_of_work() as s:
        assert sweeps.note_customer_message(s, "f" * 32, t0) is None


def test_abandoned_and_expired_tickets_close_the_conversation() -> None:
    c = client()
    gone = waiting_ticket()
    chatty = waiting_ticket()
    fresh = waiting_ticket()
    _age(gone.id, 1800)  # no sign of the customer for 30 minutes
    created = _age(chatty.id, 4 * 3600)  # waited four hours...
    now = utcnow()
    with unit_of_work() as s:  # ...though the customer kept writing
        sweeps.note_customer_message(s, chatty.conversation_id, now - timedelta(seconds=60))
    with unit_of_work() as s:
        report = sweeps.sweep_board(s, now)
    assert report.abandoned == [gone.id] and report.expired == [chatty.id]
    assert _ticket(fresh.id).status == "open"
    for t, status in ((gone, "abandoned"), (chatty, "expired")):
        ticket = _ticket(t.id)
        assert ticket.status == status and ticket.closed_at is not None
        event = _events(t.id)[-1]
        assert (event.kind, event.actor, event.to_status) == (status, "timer", status)
        conv = conversation(c, t.conversation_id, t.customer)
        assert conv["status"] == "closed" and conv["queue"] is None
    assert conversation(c, chatty.conversation_id, chatty.customer)["messages"][-1][
        "text"
    ].startswith("Sorry, nobody from our team")
    with unit_of_work() as s:  # a second sweeper finds nothing more
        assert not sweeps.sweep_board(s, now)
    assert created < now


def test_transfer_to_a_named_agent_offers_it_to_them_alone_until_the_offer_runs_out() -> None:
    c = client()
    _, anna = make_agent("anna")
    ben_id, ben = make_agent("ben")
    _, cleo = make_agent("cleo")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    r = _post(c, f"{t.id}/transfer", anna, agent="ben", reason="ben knows this customer")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "transferred"
    event = _events(t.id)[-1]
    assert event.kind == "transferred" and event.detail["to_agent"] == "ben"
    assert [x["id"] for x in c.get("/api/v1/tickets", headers=ben).json()["tickets"]] == [t.id]
    assert c.get("/api/v1/tickets", headers=cleo).json()["tickets"] == []
    r = _post(c, f"{t.id}/claim", cleo)
    assert r.status_code == 409
    assert r.json()["detail"] == "this ticket was transferred to another agent"
    # Ben lets the offer run out: the ticket is everyone's again.
    until = _ticket(t.id).offered_until
    assert until is not None
    with unit_of_work() as s:
        assert sweeps.expire_transfer_offers(s, until - timedelta(seconds=1)) == []
        assert sweeps.expire_transfer_offers(s, until) == [t.id]
    event = _events(t.id)[-1]
    assert (event.kind, event.agent_id) == ("transfer_offer_expired", ben_id)
    assert [x["id"] for x in c.get("/api/v1/tickets", headers=cleo).json()["tickets"]] == [t.id]
    assert _post(c, f"{t.id}/claim", cleo).status_code == 200


def test_the_named_agent_claims_and_bad_transfers_are_refused() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    make_agent("dora", languages=["de"])
    make_agent("olga", role="ops")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    for body, status, detail in [
        ({"agent": "nobody"}, 404, "no active agent named nobody"),
        ({"agent": "olga"}, 404, "no active agent named olga"),
        ({"agent": "anna"}, 422, "agent: you cannot transfer a ticket to yourself"),
        ({"agent": "dora"}, 409,
         "dora cannot take this ticket: the ticket needs language en, which is not among theirs"),
        ({}, 422, None),
        ({"agent": "bad name!"}, 422, None),
        ({"agent": "ben", "queue": "Not A Queue"}, 422, None),
    ]:  # fmt: skip
        r = _post(c, f"{t.id}/transfer", anna, **body)
        assert r.status_code == status, (body, r.text)
        if detail:
            assert r.json()["detail"] == detail
        assert _ticket(t.id).status == "claimed"
    r = _post(c, f"{t.id}/transfer", anna, agent="ben", queue="payments")
    assert r.status_code == 200 and r.json()["queue"] == "payments"
    r = _post(c, f"{t.id}/claim", ben)
    assert r.status_code == 200
    ticket = _ticket(t.id)
    assert ticket.offered_to is None and ticket.offered_until is None
    assert ticket.pay_cents == 200  # the new queue's base pay


def test_agent_stats_for_the_agent_and_for_ops() -> None:
    c = client()
    t0 = utcnow()
    anna_id, anna = make_agent("anna", max_concurrent=5, now=t0)
    _, ben = make_agent("ben")
    _, ops = make_agent("olga", role="ops")
    empty = c.get("/api/v1/agents/me/stats", headers=ben).json()
    assert empty["claims"] == 0 and empty["acceptance_rate"] is None
    assert empty["resolution_time"] == {"count": 0, "median_s": None, "mean_s": None}
    assert empty["rating"] == {"count": 0, "average": None}
    a, b, late, rel = (waiting_ticket() for _ in range(4))
    with unit_of_work() as s:
        for t in (a, b, late, rel):
            claims.claim(s, t.id, anna_id, now=t0)
        for t in (a, b):
            claims.add_agent_message(s, t.id, anna_id, "On it.", now=t0 + timedelta(seconds=5))
        claims.resolve(s, a.id, anna_id, "done", now=t0 + timedelta(seconds=60))
        claims.resolve(s, b.id, anna_id, "done", now=t0 + timedelta(seconds=180))
        claims.release(s, rel.id, anna_id, now=t0 + timedelta(seconds=10))
        presence.set_presence(s, anna_id, PresenceStatus.ONLINE, now=t0 + timedelta(seconds=100))
    with unit_of_work() as s:
        sweeps.expire_overdue(s, t0 + timedelta(seconds=121))  # `late` timed out
    stats = c.get("/api/v1/agents/me/stats", headers=anna)
    assert stats.status_code == 200
    body = stats.json()
    assert body["agent_id"] == anna_id and body["username"] == "anna"
    assert (body["claims"], body["resolved"], body["releases"]) == (4, 2, 1)
    assert (body["first_reply_timeouts"], body["reply_timeouts"]) == (1, 0)
    assert body["acceptance_rate"] == 0.75
    assert body["resolution_time"] == {"count": 2, "median_s": 120.0, "mean_s": 120.0}
    r = c.get(f"/api/v1/agents/{anna_id}/stats", headers=ops)
    assert r.status_code == 200 and r.json() == body
    assert c.get(f"/api/v1/agents/{anna_id}/stats", headers=ben).status_code == 403
    assert c.get("/api/v1/agents/999999/stats", headers=ops).status_code == 404
    assert c.get("/api/v1/agents/abc/stats", headers=ops).status_code == 422
