"""The metrics API against a hand-built history whose every answer is known (SQLite and
PostgreSQL): conversations, containment and durable containment, escalations by reason,
requests for a person, times to a person, claim returns, SLA, CSAT, repeat contacts, LLM
cost and pay; filters and groups; the window's validation; who may ask."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from core.settings import reset_settings
from escalation.earnings.models import Earning
from escalation.metrics.compute import durations
from escalation.ratings.models import Rating
from escalation.rules.models import Decision
from escalation.tickets.models import Ticket, TicketEvent
from escalation.users.service import access_token, create_user
from router.conversations.models import Conversation, Message
from tests.support.helpers import client, make_agent, run_jobs, say, start_conversation

pytestmark = pytest.mark.usefixtures("backend")

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
WINDOW = {"from": "2024-03-01T10:00:00Z", "to": "2024-03-02T10:00:00Z"}


def s(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


@dataclass
class History:
    """Builds conversations, messages, decisions, tickets and their events directly."""

    session: Any
    agent_id: int

    def conversation(
        self,
        at: datetime,
        language: str | None,
        ref: str | None,
        status: str = "bot",
        tokens: int = 0,
        cost: float = 0.0,
    ) -> str:
        c = Conversation(
            language=language,
            customer_ref=ref,
            status=status,
            llm_tokens=tokens,
            llm_cost_usd=cost,
            created_at=at,
            updated_at=at,
        )
        self.session.add(c)
        self.session.flush()
        return c.id

    def message(self, conversation_id: str, author: str, at: datetime) -> int:
        m = Message(
            conversation_id=conversation_id,
            author=author,
            text=f"{author} says hi",
            created_at=at,
            processed_at=at,
        )
        self.session.add(m)
        self.session.flush()
        return m.id

    def turn(
        self,
        conversation_id: str,
        at: datetime,
        action: str,
        rule: str = "answer",
        reply: bool = True,
        **signals: Any,
    ) -> None:
        """A customer message, its decision (and the bot's or system's reply)."""
        message_id = self.message(conversation_id, "customer", at)
        self.session.add(
            Decision(
                conversation_id=conversation_id,
                message_id=message_id,
                action=action,
                queue=None,
                rule=rule,
                reason=rule,
                ruleset="v1",
                signals=signals,
                created_at=at + s(0.01),
            )
        )
        if reply:
            author = "system" if action == "escalate" else "bot"
            self.message(conversation_id, author, at + s(0.5))

    def ticket(
        self,
        conversation_id: str,
        at: datetime,
        queue: str,
        language: str | None,
        status: str,
        claimed_at: datetime | None = None,
        closed_at: datetime | None = None,
    ) -> str:
        t = Ticket(
            conversation_id=conversation_id,
            queue=queue,
            language=language,
            status=status,
            reason="why",
            created_at=at,
            updated_at=at,
            claimed_at=claimed_at,
            closed_at=closed_at,
            claimed_by=self.agent_id if claimed_at else None,
        )
        self.session.add(t)
        self.session.flush()
        self.event(t.id, "created", at)
        return t.id

    def event(self, ticket_id: str, kind: str, at: datetime) -> None:
        self.session.add(
            TicketEvent(
                ticket_id=ticket_id,
                kind=kind,
                actor="test",
                agent_id=self.agent_id,
                created_at=at,
            )
        )

    def pay(self, ticket_id: str, **parts: int) -> None:
        for kind, cents in parts.items():
            self.session.add(
                Earning(
                    agent_id=self.agent_id,
                    ticket_id=ticket_id,
                    kind=kind,
                    amount_cents=cents,
                    currency="EUR",
                    created_at=T0,
                )
            )

    def rating(self, conversation_id: str, score: int, ticket_id: str | None = None) -> None:
        self.session.add(
            Rating(
                conversation_id=conversation_id,
                ticket_id=ticket_id,
                agent_id=self.agent_id if ticket_id else None,
                score=score,
                created_at=T0,
            )
        )


def build_history() -> dict[str, str]:
    """Ten conversations in the window, and some that must not count."""
    agent_id, _ = make_agent("anna", presence=None)
    ids: dict[str, str] = {}
    with unit_of_work() as session:
        h = History(session, agent_id)
        # A: the bot answered, nobody came back: durably contained; rated 4 (bot).
        a = ids["A"] = h.conversation(T0, "en", "cust-a")
        h.turn(a, T0, "answer")
        h.rating(a, 4)
        # B: answered, but the same customer came back two hours later (B2).
        b = ids["B"] = h.conversation(T0 + s(60), "en", "cust-b")
        h.turn(b, T0 + s(60), "answer")
        b2 = ids["B2"] = h.conversation(T0 + s(7200), "en", "cust-b")
        h.turn(b2, T0 + s(7200), "answer", repeat_contact=True)
        h.rating(b2, 3)
        # C: one "Mitarbeiter": escalated at once, claimed 60 s after the ticket, replied,
        # resolved after 300 s; rated 5; paid 150 base + 30 surge; 500 LLM tokens.
        c = ids["C"] = h.conversation(
            T0 + s(600), "de", "cust-c", status="closed", tokens=500, cost=0.001
        )
        h.turn(
            c,
            T0 + s(600),
            "escalate",
            rule="explicit_human_request",
            human_request=True,
            human_requests=1,
        )
        tc = h.ticket(
            c,
            T0 + s(601),
            "general",
            "de",
            "resolved",
            claimed_at=T0 + s(661),
            closed_at=T0 + s(961),
        )
        h.event(tc, "claimed", T0 + s(661))
        h.event(tc, "first_reply", T0 + s(691))
        h.event(tc, "resolved", T0 + s(961))
        h.message(c, "agent", T0 + s(691))
        h.pay(tc, base=150, surge=30)
        h.rating(c, 5, tc)
        # D: asked three times before it escalated; the first agent timed out, the second
        # replied and resolved; rated 2; paid 150 base + 75 SLA bonus.
        d = ids["D"] = h.conversation(T0 + s(1200), "en", "cust-d", status="closed")
        h.turn(d, T0 + s(1200), "offer_human", rule="offer", human_request=True, human_requests=1)
        h.turn(d, T0 + s(1260), "offer_human", rule="offer", human_request=True, human_requests=2)
        h.turn(
            d,
            T0 + s(1320),
            "escalate",
            rule="explicit_human_request",
            human_request=True,
            human_requests=3,
        )
        td = h.ticket(
            d,
            T0 + s(1321),
            "general",
            "en",
            "resolved",
            claimed_at=T0 + s(1721),
            closed_at=T0 + s(1921),
        )
        h.event(td, "claimed", T0 + s(1521))
        h.event(td, "first_reply_timeout", T0 + s(1641))
        h.event(td, "claimed", T0 + s(1721))
        h.event(td, "first_reply", T0 + s(1751))
        h.event(td, "resolved", T0 + s(1921))
        h.pay(td, base=150, bonus=75)
        h.rating(d, 2, td)
        # E: a risk topic, anonymous: to the fraud queue (SLA 120 s), never claimed, the
        # customer left after 30 minutes.
        e = ids["E"] = h.conversation(T0 + s(1800), "en", None, status="closed")
        h.turn(e, T0 + s(1800), "escalate", rule="risk_topic")
        te = h.ticket(e, T0 + s(1801), "fraud", "en", "abandoned", closed_at=T0 + s(3601))
        h.event(te, "sla_breached", T0 + s(1921))
        h.event(te, "abandoned", T0 + s(3601))
        # F: asked for a person and the bot kept answering: contained, but not durably.
        f = ids["F"] = h.conversation(T0 + s(2400), "sv", "cust-f")
        h.turn(f, T0 + s(2400), "answer", human_request=True, human_requests=1)
        # G: the bot did not understand the last message: not durable.
        g = ids["G"] = h.conversation(T0 + s(3000), "en", "cust-g")
        h.turn(g, T0 + s(3000), "answer")
        h.turn(g, T0 + s(3060), "rephrase", rule="rephrase")
        # J: a refund question with an agent now (claimed 500 s after the ticket, no reply
        # yet; refunds has the default SLA, 300 s); 1200 LLM tokens.
        j = ids["J"] = h.conversation(
            T0 + s(10800), "de", "cust-j", status="with_human", tokens=1200, cost=0.0042
        )
        h.turn(j, T0 + s(10800), "escalate", rule="refund_question")
        tj = h.ticket(j, T0 + s(10801), "refunds", "de", "claimed", claimed_at=T0 + s(11301))
        h.event(tj, "claimed", T0 + s(11301))
        # K: signals stored in odd shapes count as nothing, and break nothing.
        k = ids["K"] = h.conversation(T0 + s(14400), "en", "cust-k")
        h.turn(
            k, T0 + s(14400), "answer", human_request="true", human_requests="3", repeat_contact=1
        )
        # Not counted: before the window, at its end, and a conversation nobody wrote in.
        before = h.conversation(T0 - s(1), "en", "cust-x")
        h.turn(before, T0 - s(1), "escalate", rule="risk_topic")
        at_end = h.conversation(T0 + timedelta(days=1), "en", "cust-y")
        h.turn(at_end, T0 + timedelta(days=1), "answer")
        h.conversation(T0 + s(5), "en", "cust-z")
    return ids


def ops_headers(username: str = "olivia", role: str = "ops") -> dict[str, str]:
    with unit_of_work() as session:
        user = create_user(session, username=username, password="pw-long-enough", role=role)
        return {"Authorization": f"Bearer {access_token(user)}"}


def get_metrics(headers: dict[str, str], **params: Any) -> Any:
    return client().get("/api/v1/metrics", params={**WINDOW, **params}, headers=headers)


def ok(headers: dict[str, str], **params: Any) -> dict[str, Any]:
    r = get_metrics(headers, **params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def dist(
    count: int, mean: float | None, p50: float | None, p90: float | None, p99: float | None
) -> dict[str, Any]:
    return {"count": count, "mean_s": mean, "p50_s": p50, "p90_s": p90, "p99_s": p99}


def test_every_metric_of_a_known_history() -> None:
    build_history()
    body = ok(ops_headers())
    assert body["window"] == {"from": "2024-03-01T10:00:00Z", "to": "2024-03-02T10:00:00Z"}
    assert body["recontact_window_s"] == 72 * 3600 and body["groups"] == []
    m = body["total"]
    assert m["conversations"] == {
        "total": 10, "bot": 6, "waiting_for_human": 0, "with_human": 1, "closed": 3,
    }  # fmt: skip
    # 13 customer messages; 9 bot replies; 4 handoff notices; 1 agent reply.
    assert m["messages"] == {
        "total": 27, "customer": 13, "bot": 9, "agent": 1, "system": 4,
        "customer_per_conversation": 1.3,
    }  # fmt: skip
    assert m["containment"] == {
        "contained": 7, "rate": 0.7,
        "durably_contained": 3, "durable_rate": 0.3,  # A, B2, K
        "escalated": 4, "escalation_rate": 0.4,
        "reached_person": 3, "escalated_not_reached": 1,
    }  # fmt: skip
    assert m["escalation_by_reason"] == {
        "explicit_human_request": {"conversations": 2, "rate": 0.2},
        "refund_question": {"conversations": 1, "rate": 0.1},
        "risk_topic": {"conversations": 1, "rate": 0.1},
    }
    assert m["human_requests"] == {
        "requested": 3, "honoured": 2, "honoured_rate": 0.6667, "first_time": 1,
        "first_time_rate": 0.3333, "not_honoured": 1, "requests_mean": 2.0,
        "requests_max": 3, "by_requests": {"1": 1, "3": 1},
    }  # fmt: skip
    # C: 61 s from "Mitarbeiter"; D: 321 s from the first of three requests; J: 501 s.
    assert m["time_to_person"] == dist(3, 294.333, 321.0, 501.0, 501.0)
    assert m["wait_until_claim"] == dist(3, 253.333, 200.0, 500.0, 500.0)
    assert m["first_response"] == dist(2, 260.0, 90.0, 430.0, 430.0)
    assert m["handle_time"] == dist(2, 250.0, 200.0, 300.0, 300.0)
    assert m["tickets"] == {
        "total": 4, "claimed": 3, "resolved": 2, "handed_back": 0, "abandoned": 1,
        "expired": 0, "waiting": 0, "held": 1,
    }  # fmt: skip
    assert m["returns"] == {
        "claims": 4, "first_reply_timeouts": 1, "reply_timeouts": 0, "releases": 0,
        "offline_returns": 0, "transfers": 0, "transfer_offers_expired": 0, "sla_breaches": 1,
        "timeouts_per_claim": 0.25, "returns_per_claim": 0.25,
    }  # fmt: skip
    # C (60 s) and D (200 s) within general's 300 s; E unclaimed past fraud's 120 s; J 500 s.
    assert m["sla"] == {"met": 2, "missed": 2, "attainment": 0.5}
    assert m["csat"] == {
        "bot": {"count": 2, "average": 3.5, "csat": 0.5},
        "people": {"count": 2, "average": 3.5, "csat": 0.5},
    }
    assert m["repeat_contacts"] == {"conversations": 1, "rate": 0.1}
    assert m["llm"] == {
        "tokens": 1700, "cost_usd": 0.0052, "conversations_using_llm": 2,
        "tokens_per_conversation": 170.0, "cost_per_conversation_usd": 0.00052,
    }  # fmt: skip
    assert m["pay"] == [
        {
            "currency": "EUR", "resolved_tickets": 2, "total_cents": 405, "base_cents": 300,
            "surge_cents": 30, "bonus_cents": 75, "per_resolved_ticket_cents": 202.5,
        }
    ]  # fmt: skip


def test_groups_and_filters_split_the_same_history() -> None:
    build_history()
    ops = ops_headers()
    by_queue = ok(ops, group_by="queue")
    groups = {g["key"]: g["metrics"] for g in by_queue["groups"]}
    assert [g["key"] for g in by_queue["groups"]] == [None, "general", "fraud", "refunds"]
    assert {k: v["conversations"]["total"] for k, v in groups.items()} == {
        None: 6, "general": 2, "fraud": 1, "refunds": 1,
    }  # fmt: skip
    assert groups["general"]["time_to_person"] == dist(2, 191.0, 61.0, 321.0, 321.0)
    assert groups["refunds"]["sla"] == {"met": 0, "missed": 1, "attainment": 0.0}
    assert groups["fraud"]["containment"]["escalated_not_reached"] == 1
    assert groups[None]["time_to_person"]["count"] == 0
    # the groups add up to the total
    assert sum(g["containment"]["contained"] for g in groups.values()) == 7
    assert by_queue["total"]["containment"]["contained"] == 7

    by_language = {g["key"]: g["metrics"] for g in ok(ops, group_by="language")["groups"]}
    assert {k: v["conversations"]["total"] for k, v in by_language.items()} == {
        "en": 7, "de": 2, "sv": 1,
    }  # fmt: skip
    assert by_language["de"]["time_to_person"] == dist(2, 281.0, 61.0, 501.0, 501.0)

    by_reason = {g["key"]: g["metrics"] for g in ok(ops, group_by="reason")["groups"]}
    assert by_reason["explicit_human_request"]["human_requests"]["by_requests"] == {
        "1": 1, "3": 1,
    }  # fmt: skip
    assert by_reason[None]["containment"]["escalated"] == 0

    german = ok(ops, language="de")
    assert german["filters"] == {"queue": None, "language": "de", "reason": None}
    assert german["total"]["conversations"]["total"] == 2
    assert german["total"]["pay"][0]["total_cents"] == 180
    asked = ok(ops, reason="explicit_human_request")["total"]
    assert asked["conversations"]["total"] == 2 and asked["human_requests"]["first_time"] == 1
    nothing = ok(ops, queue="disputes")["total"]
    assert nothing["conversations"]["total"] == 0 and nothing["containment"]["rate"] is None
    assert nothing["time_to_person"] == dist(0, None, None, None, None)
    assert nothing["pay"] == []


def test_the_recontact_window_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    build_history()
    monkeypatch.setenv("RELAYDESK_METRICS_RECONTACT_S", "3600")  # B2 came back after 2 h
    reset_settings()
    body = ok(ops_headers())
    assert body["recontact_window_s"] == 3600
    assert body["total"]["containment"]["durably_contained"] == 4  # A, B, B2, K


def test_percentiles_in_the_database_match_the_definition(backend: str) -> None:
    """Nearest-rank percentiles computed by SQL window functions equal the pure definition
    (`compute.durations`) on random waits, on this database."""
    rng = random.Random(7)
    waits = [round(rng.uniform(0, 900), 3) for _ in range(137)]
    agent_id, _ = make_agent("anna", presence=None)
    with unit_of_work() as session:
        h = History(session, agent_id)
        for i, wait in enumerate(waits):
            at = T0 + s(i * 60)
            cid = h.conversation(at, "en", None, status="with_human")
            h.turn(cid, at, "escalate", rule="risk_topic", reply=False)
            tid = h.ticket(cid, at, "general", "en", "claimed", claimed_at=at + s(wait))
            h.event(tid, "claimed", at + s(wait))
    measured = ok(ops_headers())["total"]["wait_until_claim"]
    expected = durations(waits).model_dump()
    assert measured["count"] == expected["count"] == 137
    for key in ("p50_s", "p90_s", "p99_s"):
        assert measured[key] == pytest.approx(expected[key], abs=0.002), key
    assert measured["mean_s"] == pytest.approx(expected["mean_s"], abs=0.002)


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"from": "2024-03-02T00:00:00Z", "to": "2024-03-01T00:00:00Z"}, "from: must be before to"),
        ({"from": "2024-03-01T00:00:00Z", "to": "2024-03-01T00:00:00Z"}, "from: must be before to"),
        ({"from": "2023-01-01T00:00:00Z", "to": "2024-03-01T00:00:00Z"}, "longer than 366 days"),
        ({"from": "2024-03-01T00:00:00", "to": "2024-03-02T00:00:00Z"}, "give a time zone"),
        ({"from": "0001-01-01T00:00:00+01:00"}, "between 1970 and 2100"),
        ({"from": "yesterday"}, "from"),
        ({"group_by": "agent"}, "group_by"),
        ({"queue": "x" * 65}, "queue"),
        ({"queue": ""}, "queue"),
        ({"language": "de\x00"}, "NUL"),
        ({"reason": "r\x00"}, "NUL"),
    ],
)
def test_bad_windows_and_parameters_are_clear_422s(params: dict[str, str], detail: str) -> None:
    r = client().get("/api/v1/metrics", params=params, headers=ops_headers())
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "ValidationFailed"
    assert detail in r.json()["detail"]


def test_only_ops_leads_see_the_metrics() -> None:
    build_history()
    c = client()
    assert c.get("/api/v1/metrics").status_code == 401
    _, agent = make_agent("bob")
    r = c.get("/api/v1/metrics", headers=agent)
    assert r.status_code == 403 and r.json()["error"] == "Forbidden"
    assert c.get("/api/v1/metrics", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_reading_the_metrics_changes_nothing() -> None:
    build_history()
    tables = (Conversation, Message, Decision, Ticket, TicketEvent, Rating, Earning)

    def counts() -> list[int]:
        with unit_of_work() as session:
            return [session.scalar(select(func.count()).select_from(t)) or 0 for t in tables]

    before = counts()
    ok(ops_headers(), group_by="reason")
    assert counts() == before


def test_defaults_to_the_last_day() -> None:
    ops = ops_headers()
    r = client().get("/api/v1/metrics", headers=ops)
    assert r.status_code == 200, r.text
    window = r.json()["window"]
    start = datetime.fromisoformat(window["from"])
    end = datetime.fromisoformat(window["to"])
    assert end - start == timedelta(days=1)
    assert abs((datetime.now(UTC) - end).total_seconds()) < 60


def test_metrics_of_conversations_run_through_the_real_pipeline() -> None:
    """The pipeline's own data (signals, tickets, events, ledger, rating) read back: a
    question the bot answers, and "I want to talk to a human" that an agent claims, answers
    and resolves, and the customer rates."""
    c = client()
    answered, answered_headers = start_conversation(c)
    say(c, answered, answered_headers, "How can I close my account?")
    person, person_headers = start_conversation(c)
    say(c, person, person_headers, "I want to talk to a human")
    run_jobs()
    _, anna = make_agent("anna")
    (ticket,) = c.get("/api/v1/tickets", headers=anna).json()["tickets"]
    base = f"/api/v1/tickets/{ticket['id']}"
    assert c.post(f"{base}/claim", headers=anna).status_code == 200
    r = c.post(f"{base}/messages", json={"text": "Hi, I am Anna."}, headers=anna)
    assert r.status_code < 300, r.text
    r = c.post(f"{base}/resolve", json={"resolution_code": "done"}, headers=anna)
    assert r.status_code == 200, r.text
    r = c.post(f"/api/v1/conversations/{person}/rating", json={"score": 5}, headers=person_headers)
    assert r.status_code == 201, r.text

    now = datetime.now(UTC)
    window = {"from": (now - timedelta(hours=1)).isoformat(), "to": (now + s(60)).isoformat()}
    m = ok(ops_headers(), **window)["total"]
    assert m["conversations"]["total"] == 2
    assert m["messages"]["customer"] == 2 and m["messages"]["agent"] == 1
    assert m["containment"]["contained"] == 1 and m["containment"]["escalated"] == 1
    assert m["containment"]["durably_contained"] == 1  # anonymous, answered, no request
    (reason,) = m["escalation_by_reason"]
    assert m["human_requests"]["requested"] == 1 and m["human_requests"]["first_time"] == 1
    assert m["human_requests"]["by_requests"] == {"1": 1}
    for name in ("time_to_person", "wait_until_claim", "first_response", "handle_time"):
        assert m[name]["count"] == 1, name
        assert 0 <= m[name]["p50_s"] < 60, name
    assert m["time_to_person"]["p50_s"] >= m["wait_until_claim"]["p50_s"]
    assert m["tickets"]["resolved"] == 1 and m["returns"]["claims"] == 1
    assert m["sla"] == {"met": 1, "missed": 0, "attainment": 1.0}
    assert m["csat"]["people"] == {"count": 1, "average": 5.0, "csat": 1.0}
    assert m["pay"][0]["resolved_tickets"] == 1 and m["pay"][0]["total_cents"] > 0
    by_reason = ok(ops_headers("oscar"), **window, reason=reason)["total"]
    assert by_reason["conversations"]["total"] == 1
