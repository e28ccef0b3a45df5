"""Timers with an injected clock (no sleeps): the first-reply deadline, agents who go
offline or stop sending heartbeats, and the sweep that returns their tickets."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from core.db import unit_of_work, utcnow
from escalation.agents import service as presence
from escalation.agents.models import PresenceStatus
from escalation.tickets import claims, sweeps
from escalation.tickets.matching import ReturnReason
from escalation.tickets.models import Ticket, TicketEvent
from tests.support.helpers import client, conversation, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")


def _claim(ticket_id: str, agent_id: int, at: datetime) -> Ticket:
    with unit_of_work() as s:
        return claims.claim(s, ticket_id, agent_id, now=at)


def _sweep(at: datetime) -> list[sweeps.Returned]:
    with unit_of_work() as s:
        return sweeps.expire_overdue(s, at)


def _ticket(ticket_id: str) -> Ticket:
    with unit_of_work() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket


def _last_event(ticket_id: str) -> TicketEvent:
    with unit_of_work() as s:
        event = s.scalars(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.id.desc())
        ).first()
        assert event is not None
        return event


def test_no_first_reply_in_time_returns_the_ticket_to_the_board() -> None:
    t0 = utcnow()
    anna_id, _ = make_agent("anna", now=t0)
    t = waiting_ticket()
    claimed = _claim(t.id, anna_id, t0)
    assert claimed.first_reply_due_at == t0 + timedelta(seconds=120)
    assert _sweep(t0 + timedelta(seconds=30)) == []  # the agent heartbeats meanwhile:
    with unit_of_work() as s:
        presence.heartbeat(s, anna_id, now=t0 + timedelta(seconds=50))
        presence.heartbeat(s, anna_id, now=t0 + timedelta(seconds=100))
    assert _sweep(t0 + timedelta(seconds=119)) == []
    returned = _sweep(t0 + timedelta(seconds=120))
    assert returned == [sweeps.Returned(t.id, anna_id, ReturnReason.FIRST_REPLY_TIMEOUT)]
    ticket = _ticket(t.id)
    assert ticket.status == "released" and ticket.claimed_by is None
    event = _last_event(t.id)
    assert (event.kind, event.actor, event.agent_id) == ("first_reply_timeout", "timer", anna_id)
    assert (event.from_status, event.to_status) == ("claimed", "released")
    c = client()
    conv = conversation(c, t.conversation_id, t.customer)
    assert conv["status"] == "waiting_for_human" and conv["queue"] is not None
    assert conv["messages"][-1]["text"].startswith("Anna had to leave")
    # A second sweep (or a second sweeper) finds nothing more to do.
    assert _sweep(t0 + timedelta(seconds=121)) == []


def test_a_reply_in_time_stops_the_timer_and_a_late_reply_is_refused() -> None:
    t0 = utcnow()
    anna_id, _ = make_agent("anna", now=t0)
    ben_id, _ = make_agent("ben", now=t0)
    quick, slow = waiting_ticket(), waiting_ticket()
    _claim(quick.id, anna_id, t0)
    _claim(slow.id, ben_id, t0)
    with unit_of_work() as s:
        claims.add_agent_message(s, quick.id, anna_id, "Hello!", now=t0 + timedelta(seconds=119))
        for agent_id in (anna_id, ben_id):
            presence.heartbeat(s, agent_id, now=t0 + timedelta(seconds=50))
            presence.heartbeat(s, agent_id, now=t0 + timedelta(seconds=100))
    assert [r.ticket_id for r in _sweep(t0 + timedelta(seconds=121))] == [slow.id]
    assert _ticket(quick.id).status == "with_agent"
    with pytest.raises(Exception) as err, unit_of_work() as s:
        claims.add_agent_message(s, slow.id, ben_id, "Sorry, I'm late")
    assert getattr(err.value, "status_code", None) == 409
    assert _ticket(slow.id).status == "released"


def test_a_missing_heartbeat_counts_as_offline_and_returns_held_tickets() -> None:
    t0 = utcnow()
    anna_id, _ = make_agent("anna", now=t0)
    t = waiting_ticket()
    _claim(t.id, anna_id, t0)
    with unit_of_work() as s:
        claims.add_agent_message(s, t.id, anna_id, "Looking into it", now=t0)
    assert _sweep(t0 + timedelta(seconds=60)) == []  # heartbeat timeout is 60 s
    returned = _sweep(t0 + timedelta(seconds=61))
    assert returned == [sweeps.Returned(t.id, anna_id, ReturnReason.AGENT_OFFLINE)]
    event = _last_event(t.id)
    assert (event.kind, event.from_status, event.agent_id) == (
        "agent_offline",
        "with_agent",
        anna_id,
    )
    assert event.detail == {"presence": "offline"}
    # A late heartbeat does not bring the agent back: it must go online again.
    with unit_of_work() as s:
        late = presence.heartbeat(s, anna_id, now=t0 + timedelta(seconds=90))
    assert late.status == "offline"


def test_a_heartbeat_after_a_timeout_returns_tickets_before_the_sweep_does() -> None:
    t0 = utcnow()
    anna_id, _ = make_agent("anna", now=t0)
    t = waiting_ticket()
    _claim(t.id, anna_id, t0)
    with unit_of_work() as s:
        out = presence.heartbeat(s, anna_id, now=t0 + timedelta(seconds=75))
    assert out.status == "offline" and out.returned_tickets == [t.id]
    assert _ticket(t.id).status == "released"


def test_going_offline_mid_ticket_returns_it_at_once_over_http() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna).status_code == 200
    c.post(f"/api/v1/tickets/{t.id}/messages", json={"text": "On it"}, headers=anna)
    r = c.post("/api/v1/agents/me/presence", json={"status": "offline"}, headers=anna)
    assert r.status_code == 200
    assert r.json()["status"] == "offline" and r.json()["returned_tickets"] == [t.id]
    assert _ticket(t.id).status == "released"
    assert _last_event(t.id).kind == "agent_offline"
    assert conversation(c, t.conversation_id, t.customer)["status"] == "waiting_for_human"
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=ben).status_code == 200
    # Going away keeps what one holds; it only stops new offers.
    r = c.post("/api/v1/agents/me/presence", json={"status": "away"}, headers=ben)
    assert r.json()["returned_tickets"] == [] and _ticket(t.id).status == "claimed"


def test_presence_endpoints_and_bad_input() -> None:
    c = client()
    _, anna = make_agent("anna", presence=None)
    r = c.get("/api/v1/agents/me/presence", headers=anna)
    assert r.json()["status"] == "offline" and r.json()["last_seen_at"] is None
    assert r.json()["timeout_s"] == 60
    r = c.post("/api/v1/agents/me/heartbeat", headers=anna)
    assert r.status_code == 200 and r.json()["status"] == "offline"  # a heartbeat is no login
    r = c.post("/api/v1/agents/me/presence", json={"status": "online"}, headers=anna)
    assert r.json()["status"] == "online"
    assert c.post("/api/v1/agents/me/heartbeat", headers=anna).json()["status"] == "online"
    for body in ({"status": "busy"}, {}, {"status": "online", "x": 1}, {"status": None}):
        r = c.post("/api/v1/agents/me/presence", json=body, headers=anna)
        assert r.status_code == 422 and r.json()["error"] == "ValidationFailed"
    assert c.get("/api/v1/agents/me/presence", headers=anna).json()["status"] == "online"


def test_first_heartbeats_racing_create_one_presence_row() -> None:
    import threading

    from escalation.agents.models import AgentPresence

    anna_id, _ = make_agent("anna", presence=None)
    barrier = threading.Barrier(6)
    errors: list[BaseException] = []

    def go() -> None:
        try:
            barrier.wait()
            with unit_of_work() as s:
                presence.set_presence(s, anna_id, PresenceStatus.ONLINE)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=go) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert errors == []
    with unit_of_work() as s:
        rows = s.scalars(select(AgentPresence)).all()
        assert [(r.user_id, r.status) for r in rows] == [(anna_id, "online")]
