"""`/metrics` for Prometheus: it parses with the Prometheus text parser, its gauges show a
known state of the board, the agents and the job queue, the decision latency histogram
adds up across processes (it lives in Redis), and only this machine, the scrape token or
an ops lead may read it (SQLite and PostgreSQL)."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from core import db
from core.db import unit_of_work, utcnow
from core.jobs import queue
from core.redis import reset_redis
from core.settings import reset_settings
from escalation.metrics.latency import (
    LATENCY_BUCKETS,
    bucket_of,
    cumulative,
    observe_decision_latencies,
    observe_decision_latency,
)
from escalation.metrics.prometheus import is_loopback
from escalation.tickets.models import Ticket
from escalation.users.service import access_token, create_user
from router.app import create_app
from router.conversations.models import Conversation
from tests.support.helpers import client, make_agent

pytestmark = pytest.mark.usefixtures("backend")

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def local(host: str = "127.0.0.1") -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False, client=(host, 40000))


def scrape(c: TestClient | None = None, **headers: str) -> Samples:
    r = (c or local()).get("/metrics", headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/plain")
    samples: Samples = {}
    for family in text_string_to_metric_families(r.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, tuple(sorted(labels.items())))]


def _ticket(queue: str, language: str | None, status: str, age_s: float) -> None:
    at = utcnow() - timedelta(seconds=age_s)
    with unit_of_work() as session:
        conversation = Conversation(language=language, created_at=at, updated_at=at)
        session.add(conversation)
        session.flush()
        session.add(
            Ticket(
                conversation_id=conversation.id,
                queue=queue,
                language=language,
                status=status,
                reason="r",
                created_at=at,
                updated_at=at,
            )
        )


def _ops() -> dict[str, str]:
    with unit_of_work() as session:
        user = create_user(session, username="olivia", password="pw-long-enough", role="ops")
        return {"Authorization": f"Bearer {access_token(user)}"}


def test_the_gauges_show_the_board_the_agents_and_the_jobs() -> None:
    _ticket("general", "en", "open", 90)
    _ticket("general", "sv", "open", 30)
    _ticket("fraud", "de", "released", 200)
    _ticket("general", "en", "claimed", 500)  # held: not waiting
    _ticket("general", "en", "resolved", 900)  # closed: nowhere
    make_agent("anna", languages=("de", "en"))
    make_agent("bob", languages=("en",))
    make_agent("carl", languages=("sv",), presence="offline")
    for i in range(3):
        queue().enqueue_call("builtins.len", args=([i],), job_id=f"metrics-test-{i}")
    samples = scrape()
    assert value(samples, "relaydesk_scrape_source_up", source="database") == 1
    assert value(samples, "relaydesk_scrape_source_up", source="redis") == 1
    assert value(samples, "relaydesk_queue_waiting_tickets", queue="general") == 2
    assert value(samples, "relaydesk_queue_waiting_tickets", queue="fraud") == 1
    assert value(samples, "relaydesk_queue_waiting_tickets", queue="refunds") == 0
    assert value(samples, "relaydesk_queue_held_tickets", queue="general") == 1
    assert value(samples, "relaydesk_queue_held_tickets", queue="fraud") == 0
    assert 89 <= value(samples, "relaydesk_queue_longest_wait_seconds", queue="general") < 120
    assert 199 <= value(samples, "relaydesk_queue_longest_wait_seconds", queue="fraud") < 230
    assert value(samples, "relaydesk_queue_longest_wait_seconds", queue="refunds") == 0
    assert value(samples, "relaydesk_agents_online", language="en") == 2
    assert value(samples, "relaydesk_agents_online", language="de") == 1
    # a ticket waits for Swedish and nobody online speaks it: 0, not missing
    assert value(samples, "relaydesk_agents_online", language="sv") == 0
    name = queue().name
    assert value(samples, "relaydesk_job_backlog", queue=name) == 3
    assert value(samples, "relaydesk_jobs_failed", queue=name) == 0


def test_the_decision_latency_histogram() -> None:
    observe_decision_latency(0.004)
    observe_decision_latencies([0.03, 2.0, -1.0, math.nan, math.inf])
    observe_decision_latency(0.1)  # an upper bound belongs to its own bucket
    samples = scrape()

    def bucket(le: str) -> float:
        return value(samples, "relaydesk_decision_latency_seconds_bucket", le=le)

    # 0.004 and -1 (counted as 0) are within 5 ms; NaN and infinity are dropped.
    assert bucket("0.005") == 2 and bucket("0.02") == 2
    assert bucket("0.05") == 3 and bucket("0.1") == 4
    assert bucket("1.0") == 4 and bucket("2.5") == 5 and bucket("+Inf") == 5
    assert value(samples, "relaydesk_decision_latency_seconds_count") == 5
    assert value(samples, "relaydesk_decision_latency_seconds_sum") == pytest.approx(2.134)
    observe_decision_latency(45.0)
    assert value(scrape(), "relaydesk_decision_latency_seconds_count") == 6


def test_latency_buckets_pure() -> None:
    assert bucket_of(0.0) == "0.005" and bucket_of(0.005) == "0.005"
    assert bucket_of(0.0051) == "0.01" and bucket_of(61) == "+Inf"
    histogram = cumulative({"0.01": "2", "1.0": "3", "+Inf": "1", "sum": "9.5", "junk": "x"})
    assert histogram.buckets[-1] == ("+Inf", 6.0) and histogram.sum == 9.5
    assert len(histogram.buckets) == len(LATENCY_BUCKETS) + 1
    broken = cumulative({"0.01": "nan", "sum": "not a number"})
    assert broken.buckets[-1] == ("+Inf", 0.0) and broken.sum == 0.0


def test_a_redis_outage_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    _ticket("general", "en", "open", 10)
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")  # nothing listens there
    reset_settings()
    reset_redis()
    observe_decision_latency(0.01)  # best effort: no exception
    samples = scrape()
    assert value(samples, "relaydesk_scrape_source_up", source="redis") == 0
    assert value(samples, "relaydesk_scrape_source_up", source="database") == 1
    assert value(samples, "relaydesk_queue_waiting_tickets", queue="general") == 1
    assert not any(name.startswith("relaydesk_job_backlog") for name, _ in samples)


def test_a_database_outage_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    c = local()  # the app is built while the database answers
    observe_decision_latency(0.01)
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    reset_settings()
    db.reset_engine()
    samples = scrape(c)
    assert value(samples, "relaydesk_scrape_source_up", source="database") == 0
    assert value(samples, "relaydesk_scrape_source_up", source="redis") == 1
    assert value(samples, "relaydesk_decision_latency_seconds_count") == 1
    assert not any(name.startswith("relaydesk_queue") for name, _ in samples)


def test_who_may_scrape(monkeypatch: pytest.MonkeyPatch) -> None:
    remote = client()  # the test client's peer is "testclient": not this machine
    r = remote.get("/metrics")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json()["error"] == "Unauthorized" and "RELAYDESK_METRICS_TOKEN" in r.json()["detail"]
    assert remote.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    scrape(remote, Authorization=_ops()["Authorization"])
    _, agent = make_agent("anna")
    assert remote.get("/metrics", headers=agent).status_code == 403
    for host in ("127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"):
        scrape(local(host))
    for host in ("10.0.0.1", "192.168.1.5", "::ffff:10.0.0.1", "localhost"):
        assert local(host).get("/metrics").status_code == 401, host
    # a request a proxy on this machine forwarded is not from this machine
    for header in ("X-Forwarded-For", "Forwarded", "X-Real-IP"):
        assert local().get("/metrics", headers={header: "203.0.113.9"}).status_code == 401

    token = "scrape-" + "k" * 40
    monkeypatch.setenv("RELAYDESK_METRICS_TOKEN", token)
    monkeypatch.setenv("RELAYDESK_METRICS_ALLOW_LOOPBACK", "false")
    reset_settings()
    scrape(remote, Authorization=f"Bearer {token}")
    assert remote.get("/metrics", headers={"Authorization": f"Bearer {token}x"}).status_code == 401
    assert local().get("/metrics").status_code == 401  # loopback turned off
    scrape(local(), Authorization=f"Bearer {token}")


def test_loopback_through_a_real_server(live_api: str) -> None:
    """Over a real socket from 127.0.0.1: answered without a token; the same request
    forwarded by a proxy on this machine is not."""
    r = httpx.get(f"{live_api}/metrics", timeout=10)
    assert r.status_code == 200 and "relaydesk_queue_waiting_tickets" in r.text
    forwarded = httpx.get(
        f"{live_api}/metrics", headers={"X-Forwarded-For": "203.0.113.9"}, timeout=10
    )
    assert forwarded.status_code == 401


def test_is_loopback_pure() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("::ffff:127.0.0.2")
    for host in (None, "", "testclient", "localhost", "10.1.2.3", "::ffff:8.8.8.8", "1" * 300):
        assert not is_loopback(host)


def test_metrics_is_in_the_openapi_document() -> None:
    document: dict[str, Any] = client().get("/openapi.json").json()
    operation = document["paths"]["/metrics"]["get"]
    assert "text/plain" in operation["responses"]["200"]["content"]
    assert (
        "/api/v1/metrics" in document["paths"] and "/api/v1/metrics/staffing" in document["paths"]
    )
    described = document["components"]["schemas"]["Containment"]["properties"]["contained"]
    assert "never reached a person" in described["description"]
