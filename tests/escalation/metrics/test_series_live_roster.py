"""The dashboard's reads (SQLite and PostgreSQL): the metrics per time bucket
(`/api/v1/metrics/series`, each point equal to `/api/v1/metrics` for its bucket), the board
now (`/api/v1/metrics/live`) and the agents on duty with what they hold
(`/api/v1/agents/online`); their bad input and who may read them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work, utcnow
from escalation.agents.models import AgentPresence
from escalation.tickets.models import Ticket, TicketEvent
from tests.escalation.metrics.test_metrics import WINDOW, build_history, ops_headers
from tests.support.helpers import client, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

SIX_HOURS = {"from": "2024-03-01T10:00:00Z", "to": "2024-03-01T16:00:00Z"}


def _get(path: str, headers: dict[str, str], **params: Any) -> Any:
    r = client().get(path, params=params, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def test_each_bucket_equals_the_metrics_of_its_own_window() -> None:
    build_history()
    ops = ops_headers()
    series = _get("/api/v1/metrics/series", ops, bucket_s=3600, **SIX_HOURS)
    assert series["bucket_s"] == 3600 and series["window"] == SIX_HOURS
    points = series["points"]
    assert [p["from"][11:16] for p in points] == [
        "10:00",
        "11:00",
        "12:00",
        "13:00",
        "14:00",
        "15:00",
    ]
    for point in points:
        alone = _get("/api/v1/metrics", ops, **{"from": point["from"], "to": point["to"]})
        assert point["metrics"] == alone["total"]
    # The known history: A..G in the first hour, B2 at +2 h, J at +3 h, K at +4 h.
    assert [p["metrics"]["conversations"]["total"] for p in points] == [7, 0, 1, 1, 1, 0]
    first = points[0]["metrics"]
    assert first["containment"]["escalated"] == 3  # C, D, E
    assert first["time_to_person"]["count"] == 2  # C and D reached a person
    empty = points[1]["metrics"]
    assert empty["containment"]["rate"] is None and empty["time_to_person"]["p50_s"] is None
    whole = _get("/api/v1/metrics", ops, **SIX_HOURS)["total"]
    assert sum(p["metrics"]["messages"]["total"] for p in points) == whole["messages"]["total"]


def test_the_last_bucket_ends_with_the_window_and_filters_apply() -> None:
    build_history()
    ops = ops_headers()
    window = {"from": "2024-03-01T10:00:00Z", "to": "2024-03-01T12:30:00Z"}
    series = _get("/api/v1/metrics/series", ops, bucket_s=3600, language="de", **window)
    assert [(p["from"][11:16], p["to"][11:16]) for p in series["points"]] == [
        ("10:00", "11:00"), ("11:00", "12:00"), ("12:00", "12:30"),
    ]  # fmt: skip
    assert series["filters"]["language"] == "de"
    assert [p["metrics"]["conversations"]["total"] for p in series["points"]] == [1, 0, 0]  # C


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({**WINDOW, "bucket_s": "600"}, "at most 96"),  # 144 buckets in a day
        ({**WINDOW, "bucket_s": "59"}, "bucket_s"),
        ({**WINDOW, "bucket_s": "ten"}, "bucket_s"),
        ({**WINDOW, "bucket_s": str(8 * 86400)}, "bucket_s"),
        ({"from": "2024-03-01T10:00:00", "to": "2024-03-02T10:00:00Z"}, "time zone"),
        ({"from": "2024-03-02T10:00:00Z", "to": "2024-03-01T10:00:00Z"}, "before"),
        ({**WINDOW, "language": "de\x00"}, "NUL"),
    ],
)
def test_bad_series_requests_are_clear_422s(params: dict[str, str], detail: str) -> None:
    r = client().get("/api/v1/metrics/series", params=params, headers=ops_headers())
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "ValidationFailed"
    assert detail in r.json()["detail"]


@pytest.mark.parametrize(
    "path", ["/api/v1/metrics/series", "/api/v1/metrics/live", "/api/v1/agents/online"]
)
def test_only_ops_leads_read_the_dashboard(path: str) -> None:
    c = client()
    assert c.get(path).status_code == 401
    _, agent = make_agent("bob")
    r = c.get(path, headers=agent)
    assert r.status_code == 403 and r.json()["error"] == "Forbidden"
    assert c.get(path, headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_the_board_now_and_who_holds_what() -> None:
    ops = ops_headers()
    anna_id, anna = make_agent("anna", languages=("de", "en"), max_concurrent=3)
    make_agent("sven", languages=("sv",), presence="away")
    make_agent("otto", languages=("de",), presence="offline")
    make_agent("silent", languages=("fi",), now=utcnow() - timedelta(minutes=10))  # timed out
    held = waiting_ticket("I was charged twice", queue="payments")
    assert client().post(f"/api/v1/tickets/{held.id}/claim", headers=anna).status_code == 200
    old = waiting_ticket("Mein Paket ist nicht da", language="de", queue="general")
    waiting_ticket("Where is my refund?", queue="general")
    with unit_of_work() as s:  # the German ticket has waited ten minutes
        s.get_one(Ticket, old.id).created_at = utcnow() - timedelta(minutes=10)

    live = _get("/api/v1/metrics/live", ops)
    queues = {q["queue"]: q for q in live["queues"]}
    assert queues["general"]["waiting"] == 2 and queues["general"]["held"] == 0
    assert queues["payments"] == {
        "queue": "payments",
        "waiting": 0,
        "held": 1,
        "longest_wait_s": 0.0,
    }
    assert 590 <= queues["general"]["longest_wait_s"] <= 700
    assert live["waiting"] == 2 and live["longest_wait_s"] == queues["general"]["longest_wait_s"]
    assert live["agents_online"]["de"] == 1 and live["agents_online"]["en"] == 1
    assert "fi" not in live["agents_online"] and live["agents_online"].get("sv", 0) == 0

    roster = _get("/api/v1/agents/online", ops)
    assert [(a["username"], a["status"]) for a in roster] == [("anna", "online"), ("sven", "away")]
    anna_row = roster[0]
    assert anna_row["id"] == anna_id and anna_row["capacity"] == 3
    assert anna_row["languages"] == ["de", "en"]
    [ticket] = anna_row["held"]
    assert ticket["ticket_id"] == held.id and ticket["queue"] == "payments"
    assert ticket["status"] == "claimed" and 0 <= ticket["held_s"] < 60
    assert "preview" not in ticket and "customer" not in ticket  # nothing personal
    assert roster[1]["held"] == []


def test_reading_the_dashboard_changes_nothing() -> None:
    build_history()
    ops = ops_headers()
    make_agent("bea")
    waiting_ticket()
    tables = (Ticket, TicketEvent, AgentPresence)

    def counts() -> list[int]:
        with unit_of_work() as session:
            return [session.scalar(select(func.count()).select_from(t)) or 0 for t in tables]

    before = counts()
    _get("/api/v1/metrics/series", ops, bucket_s=3600, **WINDOW)
    _get("/api/v1/metrics/live", ops)
    _get("/api/v1/agents/online", ops)
    assert counts() == before
