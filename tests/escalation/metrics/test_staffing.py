"""Erlang C staffing against published worked examples, its edge cases, and the staffing API
from a hand-built history (SQLite and PostgreSQL)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from typing import Any

import pytest

from core.db import unit_of_work
from escalation.metrics import staffing
from escalation.tickets.models import Ticket
from escalation.users.service import access_token, create_user
from router.conversations.models import Conversation
from tests.support.helpers import client, make_agent


def exact_erlang_c(servers: int, load: int) -> Fraction:
    """The textbook formula with factorials, in exact rational arithmetic: an independent
    check of the iterative float implementation."""
    head = Fraction(load**servers, math.factorial(servers)) * Fraction(servers, servers - load)
    tail = sum(Fraction(load**k, math.factorial(k)) for k in range(servers))
    return head / (tail + head)


def test_the_erlangc_r_package_example() -> None:
    """Published example of the CRAN package ErlangC 0.1.0 (README and reference manual,
    https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html): 100 calls in 30
    minutes, 180 s average handle time, 20 s target, 14 agents ->
    traffic_intensity 10, wait_probability 0.1741319, service_level 0.88835,
    average_speed_of_answer 7.83593701177724 s, immediate_answer_probability 0.8258681,
    occupancy 0.7142857. `calculate_agents` for 80 % within 20 s, max occupancy 0.85 ->
    14 agents; its first trial (11 agents) has wait_probability 0.6821182 and service_level
    0.3896138."""
    rate = 100 / 1800
    plan = staffing.plan_for(14, rate, 180, 20)
    assert plan.traffic_erlangs == pytest.approx(10)
    assert plan.probability_wait == pytest.approx(0.1741319, abs=5e-8)
    assert plan.service_level == pytest.approx(0.88835, abs=5e-6)
    assert plan.average_speed_of_answer_s == pytest.approx(7.83593701177724, rel=1e-9)
    assert 1 - plan.probability_wait == pytest.approx(0.8258681, abs=5e-8)
    assert plan.occupancy == pytest.approx(0.7142857, abs=5e-8)
    first_trial = staffing.plan_for(11, rate, 180, 20)
    assert first_trial.probability_wait == pytest.approx(0.6821182, abs=5e-8)
    assert first_trial.service_level == pytest.approx(0.3896138, abs=5e-8)
    needed = staffing.required(rate, 180, 0.8, 20, max_occupancy=0.85)
    assert needed.servers == 14
    assert needed == plan


def test_the_classic_call_centre_example() -> None:
    """The classic worked example of Mitan Ltd's page "The Erlang-C formula"
    (http://www.mitan.co.uk/erlang/elgcmath.htm), which works the formula step by step for
    360 calls per half hour, calls of 4 minutes on average, 55 agents and a 15 s target for
    the service level. Its steps give: traffic intensity A = 360 / 1800 s x 240 s = 48
    Erlangs; occupancy 48 / 55 = 87.3 %; Erlang C for 55 agents 0.2387 (checked here in exact
    rational arithmetic with the factorial formula), so a 23.9 % probability of waiting; an
    average speed of answer of 0.2387 x 240 s / 7 = 8.18 s; a service level of
    1 - 0.2387 e^(-7 x 15 / 240) = 84.6 %. The same traffic with the usual target, 80 %
    within 20 s, needs 54 agents (53 give 75.2 %, 54 give 81.7 %), or 57 when occupancy may
    not exceed 85 % (48 / 56 = 85.7 %, 48 / 57 = 84.2 %)."""
    rate = 360 / 1800
    plan = staffing.plan_for(55, rate, 240, 15)
    exact = float(exact_erlang_c(55, 48))
    assert plan.traffic_erlangs == pytest.approx(48)
    assert plan.occupancy == pytest.approx(0.8727, abs=5e-5)
    assert plan.probability_wait == pytest.approx(exact, rel=1e-12)
    assert exact == pytest.approx(0.2387, abs=5e-5)
    assert plan.average_speed_of_answer_s == pytest.approx(8.18, abs=5e-3)
    assert plan.service_level == pytest.approx(0.846, abs=5e-4)
    assert plan.service_level == pytest.approx(1 - exact * math.exp(-7 * 15 / 240), rel=1e-12)
    assert staffing.plan_for(53, rate, 240, 20).service_level == pytest.approx(0.752, abs=5e-4)
    assert staffing.plan_for(54, rate, 240, 20).service_level == pytest.approx(0.817, abs=5e-4)
    assert staffing.required(rate, 240, 0.8, 20).servers == 54
    assert staffing.required(rate, 240, 0.8, 20, max_occupancy=0.85).servers == 57


@pytest.mark.parametrize(("servers", "load"), [(1, 0), (2, 1), (5, 3), (30, 25), (120, 100)])
def test_the_recursion_matches_the_factorial_formula(servers: int, load: int) -> None:
    expected = 0.0 if load == 0 else float(exact_erlang_c(servers, load))
    assert staffing.erlang_c(servers, load) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_edges_and_bad_input() -> None:
    assert staffing.erlang_c(3, 3.0) == 1.0  # as many servers as load: everybody waits
    assert staffing.erlang_c(1, 0.5) == pytest.approx(0.5)  # M/M/1: the utilisation
    nothing = staffing.required(0.0, 240, 0.8, 20)
    assert (nothing.servers, nothing.service_level, nothing.occupancy) == (0, 1.0, 0.0)
    tiny = staffing.required(1 / 86400, 60, 0.8, 20)
    assert tiny.servers == 1 and tiny.service_level >= 0.8
    # more servers never make it worse
    levels = [staffing.plan_for(n, 0.2, 240, 20).service_level for n in range(49, 70)]
    assert levels == sorted(levels)
    assert staffing.agents_for(7, 2) == 4 and staffing.agents_for(0, 3) == 0
    for bad in (
        lambda: staffing.required(-1, 240, 0.8, 20),
        lambda: staffing.required(1, 0, 0.8, 20),
        lambda: staffing.required(1, 240, 1.0, 20),
        lambda: staffing.required(1, 240, 0.0, 20),
        lambda: staffing.required(1, 240, 0.8, -1),
        lambda: staffing.required(1, 240, 0.8, 20, max_occupancy=0),
        lambda: staffing.required(1000, 3600, 0.8, 20, max_servers=100),
        lambda: staffing.agents_for(3, 0),
    ):
        with pytest.raises(ValueError):
            bad()


# --- the API -------------------------------------------------------------------------

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
HOUR = {"from": "2024-03-01T10:00:00Z", "to": "2024-03-01T11:00:00Z"}


def _tickets(queue: str, language: str | None, count: int, handle_s: list[float]) -> None:
    """`count` tickets in the hour; the first len(handle_s) resolved after those times."""
    with unit_of_work() as session:
        for i in range(count):
            at = T0 + timedelta(minutes=i * 60 / count)
            conversation = Conversation(language=language, created_at=at, updated_at=at)
            session.add(conversation)
            session.flush()
            resolved = i < len(handle_s)
            session.add(
                Ticket(
                    conversation_id=conversation.id,
                    queue=queue,
                    language=language,
                    status="resolved" if resolved else "open",
                    reason="r",
                    created_at=at,
                    updated_at=at,
                    claimed_at=at + timedelta(seconds=30) if resolved else None,
                    closed_at=(at + timedelta(seconds=30 + handle_s[i]) if resolved else None),
                )
            )


def _ops() -> dict[str, str]:
    with unit_of_work() as session:
        user = create_user(session, username="olivia", password="pw-long-enough", role="ops")
        return {"Authorization": f"Bearer {access_token(user)}"}


def _staffing(headers: dict[str, str], **params: Any) -> Any:
    return client().get("/api/v1/metrics/staffing", params={**HOUR, **params}, headers=headers)


@pytest.mark.usefixtures("backend")
def test_staffing_per_queue_and_language_next_to_the_agents_online() -> None:
    # general/en: 12 tickets in the hour (0.8 Erlangs at 240 s), handle 200 s and 280 s;
    # fraud/de: 2 tickets, none resolved yet (the default handle time, 240 s).
    _tickets("general", "en", 12, [200, 280])
    _tickets("fraud", "de", 2, [])
    make_agent("anna", languages=("de", "en"))
    make_agent("bob", languages=("en",))
    make_agent("carl", languages=("de",), presence="offline")
    ops = _ops()
    r = _staffing(ops)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["target_pct"] == 80.0 and body["concurrency"] == 1
    rows = {(row["queue"], row["language"]): row for row in body["by_queue_language"]}
    general = rows[("general", "en")]
    # A = 12/h x 240 s = 0.8 Erlangs; general's SLA 300 s: 1 slot gives
    # 1 - 0.8 e^(-0.2 x 300 / 240) = 37.7 %, 2 slots 1 - 0.2286 e^(-1.5) = 94.9 %.
    assert general["tickets"] == 12 and general["arrivals_per_hour"] == 12.0
    assert general["handle_time_s"] == 240.0 and general["handle_time_measured"] is True
    assert general["target_s"] == 300 and general["traffic_erlangs"] == 0.8
    assert general["slots_needed"] == 2 and general["agents_needed"] == 2
    assert general["probability_wait"] == pytest.approx(0.2286, abs=1e-4)
    assert general["service_level"] == pytest.approx(0.949, abs=1e-3)
    assert general["occupancy"] == 0.4
    assert general["agents_online"] == 2 and general["shortfall"] == 0
    fraud = rows[("fraud", "de")]
    assert fraud["handle_time_s"] == 240.0 and fraud["handle_time_measured"] is False
    assert fraud["target_s"] == 120 and fraud["agents_online"] == 1  # carl is offline
    assert fraud["agents_needed"] == 1
    # Pooled per language.
    by_language = {row["language"]: row for row in body["by_language"]}
    assert set(by_language) == {"en", "de"}
    assert by_language["en"]["traffic_erlangs"] == 0.8

    two_at_once = _staffing(ops, concurrency=2).json()
    general2 = next(r for r in two_at_once["by_queue_language"] if r["queue"] == "general")
    assert general2["slots_needed"] == 2 and general2["agents_needed"] == 1
    strict = _staffing(ops, target_pct=99, target_s=10).json()
    general3 = next(r for r in strict["by_queue_language"] if r["queue"] == "general")
    assert general3["target_s"] == 10 and general3["slots_needed"] > 2
    assert general3["service_level"] >= 0.99


@pytest.mark.usefixtures("backend")
def test_staffing_input_is_checked() -> None:
    ops = _ops()
    short = {"from": "2024-03-01T10:00:00Z", "to": "2024-03-01T10:04:59Z"}
    r = client().get("/api/v1/metrics/staffing", params=short, headers=ops)
    assert r.status_code == 422 and "shorter than 5 minutes" in r.json()["detail"]
    for params in (
        {"target_pct": 0},
        {"target_pct": 100},
        {"concurrency": 0},
        {"concurrency": 21},
        {"max_occupancy": 1.5},
        {"target_s": -1},
        {"target_pct": "lots"},
        {"from": "2024-03-01T10:00:00Z", "to": "2025-03-03T10:00:00Z"},
    ):
        r = _staffing(ops, **params)
        assert r.status_code == 422, params
        assert r.json()["error"] == "ValidationFailed"
    _, agent = make_agent("anna")
    assert _staffing(agent).status_code == 403
    assert client().get("/api/v1/metrics/staffing", params=HOUR).status_code == 401
    empty = _staffing(ops).json()
    assert empty["by_queue_language"] == [] and empty["by_language"] == []
