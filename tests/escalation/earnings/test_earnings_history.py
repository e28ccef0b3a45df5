"""The agent's earnings and record against a hand-built history, on SQLite and PostgreSQL:
tickets resolved through the API (paid with surge or an SLA bonus, one unpaid, one rated),
then moved to chosen instants, so that every total, period and list entry can be checked
against numbers worked out by hand, in UTC and in Berlin's time zone."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from core.db import unit_of_work
from escalation.earnings.models import Earning
from escalation.earnings.periods import decode_cursor
from escalation.earnings.service import earnings
from escalation.tickets.models import Ticket, TicketEvent
from tests.support.helpers import WaitingTicket, client, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday; Berlin is UTC+1
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> write to me at eve@example.com'


@dataclass(frozen=True)
class Plan:
    name: str
    queue: str
    resolved: datetime
    handle_s: int  # claim to resolution
    reply_s: int | None  # claim to first reply; None: resolved unpaid, without a reply
    surge_pct: int = 100
    bonus_cents: int = 0


PLANS = (
    Plan("A", "general", datetime(2026, 11, 25, 9, 0, tzinfo=UTC), 300, 90, surge_pct=150),
    Plan("B", "fraud", datetime(2026, 11, 24, 23, 30, tzinfo=UTC), 600, 30, bonus_cents=200),
    Plan("C", "general", datetime(2026, 11, 24, 12, 0, tzinfo=UTC), 60, None),
    Plan("D", "disputes", datetime(2026, 11, 22, 23, 30, tzinfo=UTC), 420, 45),
    Plan("E", "refunds", datetime(2026, 11, 10, 15, 0, tzinfo=UTC), 180, 60),
    Plan("G", "general", datetime(2026, 10, 26, 23, 30, tzinfo=UTC), 240, 120),
    Plan("F", "general", datetime(2026, 9, 1, 8, 0, tzinfo=UTC), 200, 20),
)
# What each pays: A 150 x1.5 = 225 (150 + 75 surge), B 400 + 200 bonus, C nothing,
# D 300, E 200, G 150, F 150.
PAY = {"A": 225, "B": 600, "C": 0, "D": 300, "E": 200, "G": 150, "F": 150}


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> Any:
    r = c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)
    assert r.status_code in (200, 201), r.text
    return r


def _resolve(c: Any, agent: dict[str, str], plan: Plan) -> WaitingTicket:
    """Claim, reply (unless unpaid), resolve: then move it all to the plan's instants."""
    t = waiting_ticket(queue=plan.queue)
    _post(c, f"{t.id}/claim", agent)
    with unit_of_work() as s:  # the surge and bonus fixed on the ticket, as a busy queue would
        s.execute(
            update(Ticket)
            .where(Ticket.id == t.id)
            .values(surge_pct=plan.surge_pct, pay_bonus_cents=plan.bonus_cents)
        )
    if plan.reply_s is None:
        _post(c, f"{t.id}/resolve", agent, resolution_code="spam")
    else:
        _post(c, f"{t.id}/messages", agent, text="Sorted for you.")
        _post(c, f"{t.id}/resolve", agent, resolution_code="refund_issued")
    claimed = plan.resolved - timedelta(seconds=plan.handle_s)
    when = {"claimed": claimed, "resolved": plan.resolved}
    if plan.reply_s is not None:
        when["first_reply"] = claimed + timedelta(seconds=plan.reply_s)
    with unit_of_work() as s:
        s.execute(
            update(Ticket)
            .where(Ticket.id == t.id)
            .values(claimed_at=claimed, closed_at=plan.resolved, created_at=claimed)
        )
        s.execute(update(Earning).where(Earning.ticket_id == t.id).values(created_at=plan.resolved))
        for kind, at in when.items():
            s.execute(
                update(TicketEvent)
                .where(TicketEvent.ticket_id == t.id, TicketEvent.kind == kind)
                .values(created_at=at)
            )
    return t


@pytest.fixture
def history() -> dict[str, Any]:
    c = client()
    anna_id, anna = make_agent("anna", max_concurrent=1)
    ben_id, ben = make_agent("ben", max_concurrent=1)
    tickets = {plan.name: _resolve(c, anna, plan) for plan in PLANS}
    # Ben's work is his own: it shows nowhere in Anna's numbers.
    bens = _resolve(c, ben, Plan("X", "fraud", NOW - timedelta(minutes=5), 100, 10))
    rated = {"score": 4, "comment": HOSTILE}
    a = tickets["A"]
    r = c.post(f"/api/v1/conversations/{a.conversation_id}/rating", json=rated, headers=a.customer)
    assert r.status_code == 201, r.text
    one = {"score": 1}
    r = c.post(
        f"/api/v1/conversations/{bens.conversation_id}/rating", json=one, headers=bens.customer
    )
    assert r.status_code == 201, r.text
    return {
        "c": c,
        "anna": anna,
        "anna_id": anna_id,
        "ben": ben,
        "ben_id": ben_id,
        "tickets": tickets,
    }


def _periods(body: Any) -> dict[str, tuple[Any, ...]]:
    return {
        p.period: (p.since, p.paid_cents, p.paid_tickets, p.unpaid_tickets) for p in body.periods
    }


def test_periods_in_berlin_match_the_hand_worked_numbers(history: dict[str, Any]) -> None:
    with unit_of_work() as s:
        body = earnings(s, history["anna_id"], NOW, zone=BERLIN)
    assert body.time_zone == "Europe/Berlin" and body.currency == "EUR"
    assert _periods(body) == {
        # Since Wednesday 00:00 in Berlin (23:00 UTC): A and B.
        "today": (datetime(2026, 11, 24, 23, tzinfo=UTC), 825, 2, 0),
        # Since Monday 00:00 in Berlin: also C (unpaid) and D (00:30 on Monday in Berlin).
        "week": (datetime(2026, 11, 22, 23, tzinfo=UTC), 1125, 3, 1),
        # Since 27 October 00:00 in Berlin: also E, and G (00:30 on 27 October there).
        "last_30_days": (datetime(2026, 10, 26, 23, tzinfo=UTC), 1475, 5, 1),
        "all_time": (None, 1625, 6, 1),
    }
    # The fields from before say the same.
    assert (body.today_cents, body.week_cents, body.last_30_days_cents) == (825, 1125, 1475)
    assert (body.total_cents, body.tickets) == (1625, 6)


def test_periods_in_utc_by_default(history: dict[str, Any]) -> None:
    with unit_of_work() as s:
        body = earnings(s, history["anna_id"], NOW)
    assert body.time_zone == "UTC"
    assert _periods(body) == {
        "today": (datetime(2026, 11, 25, tzinfo=UTC), 225, 1, 0),  # A only
        "week": (datetime(2026, 11, 23, tzinfo=UTC), 825, 2, 1),  # A, B; C unpaid; not D
        "last_30_days": (datetime(2026, 10, 27, tzinfo=UTC), 1325, 4, 1),  # not G
        "all_time": (None, 1625, 6, 1),
    }
    with unit_of_work() as s:  # Ben's own: one ticket, nothing of Anna's
        bens = earnings(s, history["ben_id"], NOW)
    assert (bens.total_cents, bens.tickets, bens.today_cents) == (400, 1, 400)
    assert [r.queue for r in bens.resolutions] == ["fraud"]


def test_each_resolved_ticket_with_its_pay_and_rating(history: dict[str, Any]) -> None:
    with unit_of_work() as s:
        body = earnings(s, history["anna_id"], NOW)
    tickets = history["tickets"]
    order = [p.name for p in sorted(PLANS, key=lambda p: p.resolved, reverse=True)]
    assert [r.ticket_id for r in body.resolutions] == [tickets[n].id for n in order]
    assert body.next_before is None
    seen = {r.ticket_id: r for r in body.resolutions}
    for plan in PLANS:
        r = seen[tickets[plan.name].id]
        assert r.amount_cents == PAY[plan.name], plan.name
        assert r.amount_cents == r.base_cents + r.surge_cents + r.bonus_cents
        assert (r.queue, r.language, r.topic) == (plan.queue, "en", "payments")
        assert r.resolved_at == plan.resolved
        assert r.handle_s == plan.handle_s
        assert r.currency == "EUR"
    a = seen[tickets["A"].id]
    assert (a.base_cents, a.surge_cents, a.bonus_cents, a.paid) == (150, 75, 0, True)
    assert a.resolution_code == "refund_issued" and a.review_reason is None
    assert a.rating is not None and a.rating.score == 4
    # The comment as the customer wrote it, personal data masked; markup stays text.
    assert a.rating.comment == HOSTILE.replace("eve@example.com", "[email]")
    b = seen[tickets["B"].id]
    assert (b.base_cents, b.surge_cents, b.bonus_cents) == (400, 0, 200)
    c = seen[tickets["C"].id]
    assert (c.paid, c.amount_cents, c.resolution_code) == (False, 0, "spam")
    assert c.review_reason == "closed as spam without a reply to the customer"
    assert all(r.rating is None for r in body.resolutions if r.ticket_id != a.ticket_id)
    # The ledger entries are unchanged in shape: the newest first, one per kind.
    assert [(e.ticket_id, e.kind, e.amount_cents) for e in body.entries[:3]] == [
        (tickets["A"].id, "surge", 75),
        (tickets["A"].id, "base", 150),
        (tickets["B"].id, "bonus", 200),
    ]


def test_the_list_pages_through_every_ticket_once(history: dict[str, Any]) -> None:
    c, anna, tickets = history["c"], history["anna"], history["tickets"]
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 3}
    pages = 0
    while True:
        r = c.get("/api/v1/agents/me/earnings", params=params, headers=anna)
        assert r.status_code == 200, r.text
        body = r.json()
        pages += 1
        assert len(body["resolutions"]) <= 3
        seen += [x["ticket_id"] for x in body["resolutions"]]
        if body["next_before"] is None:
            break
        params["before"] = body["next_before"]
    order = [p.name for p in sorted(PLANS, key=lambda p: p.resolved, reverse=True)]
    assert seen == [tickets[n].id for n in order] and pages == 3
    # Every page carries the same totals.
    assert body["total_cents"] == 1625


def test_tickets_resolved_at_the_same_instant_are_each_listed_once() -> None:
    c = client()
    anna_id, anna = make_agent("anna", max_concurrent=1)
    at = NOW - timedelta(hours=1)
    made = [_resolve(c, anna, Plan(str(i), "general", at, 100, 10)).id for i in range(4)]
    seen: list[str] = []
    before = None
    while True:
        with unit_of_work() as s:
            cursor = None if before is None else decode_cursor(before)
            body = earnings(s, anna_id, NOW, limit=1, before=cursor)
        seen += [r.ticket_id for r in body.resolutions]
        before = body.next_before
        if before is None:
            break
    assert sorted(seen) == sorted(made) and len(seen) == 4
    assert seen == sorted(made, reverse=True)  # ties: by id, highest first


def test_stats_give_first_response_handle_time_and_unpaid(history: dict[str, Any]) -> None:
    c, anna = history["c"], history["anna"]
    r = c.get("/api/v1/agents/me/stats", headers=anna)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["claims"], body["resolved"], body["resolved_unpaid"]) == (7, 7, 1)
    # First replies after 90, 30, 45, 60, 120, 20 s (C had none).
    assert body["first_response_time"] == {"count": 6, "median_s": 52.5, "mean_s": 60.8}
    # Claim to resolution: 300, 600, 60, 420, 180, 240, 200 s.
    assert body["resolution_time"] == {"count": 7, "median_s": 240.0, "mean_s": 285.7}
    assert body["rating"] == {"count": 1, "average": 4.0}  # Ben's 1 is his
    assert body["acceptance_rate"] == 1.0
    # Ops see the same record; Ben's is his own.
    _, ops = make_agent("olga", role="ops")
    assert c.get(f"/api/v1/agents/{history['anna_id']}/stats", headers=ops).json() == body
    bens = c.get("/api/v1/agents/me/stats", headers=history["ben"]).json()
    assert bens["first_response_time"] == {"count": 1, "median_s": 10.0, "mean_s": 10.0}
    assert (bens["resolved"], bens["resolved_unpaid"], bens["rating"]["average"]) == (1, 0, 1.0)


def test_an_agent_with_no_history_sees_zeros() -> None:
    c = client()
    _, anna = make_agent("anna")
    body = c.get("/api/v1/agents/me/earnings", headers=anna).json()
    seen = [
        (p["period"], p["paid_cents"], p["paid_tickets"], p["unpaid_tickets"])
        for p in body["periods"]
    ]
    assert seen == [(name, 0, 0, 0) for name in ("today", "week", "last_30_days", "all_time")]
    assert body["resolutions"] == [] and body["next_before"] is None
    stats = c.get("/api/v1/agents/me/stats", headers=anna).json()
    assert stats["first_response_time"] == {"count": 0, "median_s": None, "mean_s": None}
    assert stats["resolved_unpaid"] == 0
