"""Webhooks end to end: ops register endpoints over HTTP; ticket and escalation events are
delivered by real RQ jobs to a real HTTP receiver on 127.0.0.1 that checks signatures,
fails on purpose, and redirects; retries follow the backoff through the sweep."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import select

from core.db import unit_of_work, utcnow
from core.settings import reset_settings
from escalation.webhooks import service, transport
from escalation.webhooks.models import WebhookDelivery
from escalation.webhooks.signing import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    verify_signature,
)
from tests.support.helpers import client, make_agent, run_jobs, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

SECRET = "whsec_receiver_test_secret"


@dataclass
class Receiver:
    """A webhook receiver: records every request, verifies its signature, and answers
    `fail_first` requests with 500 (or a redirect to `redirect_to`)."""

    url: str = ""
    fail_first: int = 0
    redirect_to: str | None = None
    received: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def bodies(self, event: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [r["body"] for r in self.received if event in (None, r["event"])]


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Iterator[Receiver]:
    monkeypatch.setenv("RELAYDESK_WEBHOOK_ALLOW_PRIVATE", "true")
    monkeypatch.setenv("RELAYDESK_WEBHOOK_TIMEOUT_S", "2")
    reset_settings()
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with state.lock:
                state.received.append({
                    "path": self.path, "event": self.headers.get(EVENT_HEADER),
                    "host": self.headers.get("Host"),
                    "delivery": self.headers.get(DELIVERY_HEADER),
                    "signed": verify_signature(SECRET, self.headers.get(SIGNATURE_HEADER, ""), raw,
                                     int(time.time())),
                    "body": json.loads(raw),
                })  # fmt: skip
                failing = len(state.received) <= state.fail_first
            if state.redirect_to:
                self.send_response(302)
                self.send_header("Location", state.redirect_to)
            else:
                self.send_response(500 if failing else 204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:  # a followed redirect would land here
            with state.lock:
                state.received.append({"path": self.path, "event": "GET", "body": {}})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    yield state
    server.shutdown()
    server.server_close()


def _ops() -> dict[str, str]:
    return make_agent("olga", role="ops")[1]


def _register(c: Any, ops: dict[str, str], url: str, events: list[str]) -> dict[str, Any]:
    r = c.post(
        "/api/v1/webhooks", json={"url": url, "events": events, "secret": SECRET}, headers=ops
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def _deliveries() -> list[WebhookDelivery]:
    with unit_of_work() as s:
        return list(s.scalars(select(WebhookDelivery).order_by(WebhookDelivery.id)))


def test_ticket_events_are_delivered_signed(receiver: Receiver) -> None:
    c = client()
    ops = _ops()
    everything = ["ticket.created", "ticket.claimed", "ticket.resolved", "conversation.escalated"]
    hook = _register(c, ops, receiver.url, everything)
    assert hook["secret"] == SECRET and hook["active"] is True
    _, anna = make_agent("anna")
    t = waiting_ticket()
    run_jobs()
    c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna)
    c.post(f"/api/v1/tickets/{t.id}/messages", json={"text": "Done for you."}, headers=anna)
    c.post(f"/api/v1/tickets/{t.id}/resolve", json={"resolution_code": "done"}, headers=anna)
    run_jobs()
    events = [r["event"] for r in receiver.received]
    assert sorted(events) == sorted(
        ["ticket.created", "conversation.escalated", "ticket.claimed", "ticket.resolved"]
    )
    assert all(r["signed"] for r in receiver.received)
    assert {r["path"] for r in receiver.received} == {"/hooks"}
    [created] = receiver.bodies("ticket.created")
    assert created["type"] == "ticket.created" and created["id"].startswith("evt_")
    assert created["data"]["id"] == t.id and created["data"]["queue"] == "general"
    assert "messages" not in created["data"] and "customer_ref" not in json.dumps(created)
    [escalated] = receiver.bodies("conversation.escalated")
    assert escalated["data"]["conversation_id"] == t.conversation_id
    [resolved] = receiver.bodies("ticket.resolved")
    assert resolved["data"]["resolution_code"] == "done"
    assert resolved["data"]["pay"] == {"amount_cents": 150, "currency": "EUR", "surge": 1.0}
    assert {d.status for d in _deliveries()} == {"delivered"}
    log = c.get(f"/api/v1/webhooks/{hook['id']}/deliveries", headers=ops).json()
    assert len(log) == 4 and {d["attempts"] for d in log} == {1}
    assert {d["last_status_code"] for d in log} == {204}


def test_only_subscribed_events_are_sent(receiver: Receiver) -> None:
    c = client()
    _register(c, _ops(), receiver.url, ["ticket.resolved"])
    waiting_ticket()
    run_jobs()
    assert receiver.received == [] and _deliveries() == []


def test_failures_are_retried_with_backoff_through_the_sweep(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELAYDESK_WEBHOOK_MAX_ATTEMPTS", "4")
    reset_settings()
    receiver.fail_first = 2
    c = client()
    _register(c, _ops(), receiver.url, ["ticket.created"])
    waiting_ticket()
    run_jobs()
    [d] = _deliveries()
    assert (d.status, d.attempts, d.last_status_code, d.last_error) == (
        "pending",
        1,
        500,
        "HTTP 500",
    )
    assert d.next_attempt_at is not None
    first_due = d.next_attempt_at
    with unit_of_work() as s:  # not due yet: the backoff is 10 s
        assert service.resend_due(s, first_due - timedelta(seconds=1)) == []
    with unit_of_work() as s:
        assert service.resend_due(s, first_due) == [d.id]
    with unit_of_work() as s:  # claimed for the job: a second sweeper leaves it alone
        assert service.resend_due(s, first_due) == []
    run_jobs()
    [d] = _deliveries()
    assert (d.status, d.attempts) == ("pending", 2)
    assert d.next_attempt_at is not None
    assert d.next_attempt_at - utcnow() > timedelta(seconds=15)  # 20 s after the 2nd attempt
    with unit_of_work() as s:
        service.resend_due(s, d.next_attempt_at)
    run_jobs()
    [d] = _deliveries()
    assert (d.status, d.attempts, d.last_status_code) == ("delivered", 3, 204)
    # The same event each time, so the receiver can deduplicate.
    assert len({json.dumps(b, sort_keys=True) for b in receiver.bodies()}) == 1
    assert len({r["delivery"] for r in receiver.received}) == 1


def test_a_delivery_gives_up_after_the_last_attempt(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELAYDESK_WEBHOOK_MAX_ATTEMPTS", "2")
    reset_settings()
    receiver.fail_first = 99
    c = client()
    _register(c, _ops(), receiver.url, ["ticket.created"])
    waiting_ticket()
    run_jobs()
    with unit_of_work() as s:
        service.resend_due(s, utcnow() + timedelta(hours=1))
    run_jobs()
    [d] = _deliveries()
    assert (d.status, d.attempts, d.next_attempt_at) == ("failed", 2, None)
    with unit_of_work() as s:
        assert service.resend_due(s, utcnow() + timedelta(days=1)) == []


def test_redirects_are_never_followed(receiver: Receiver) -> None:
    receiver.redirect_to = "http://169.254.169.254/latest/meta-data/"
    c = client()
    _register(c, _ops(), receiver.url, ["ticket.created"])
    waiting_ticket()
    run_jobs()
    [d] = _deliveries()
    assert d.status == "pending" and d.last_status_code == 302
    assert d.last_error == "redirect not followed (to http://169.254.169.254/latest/meta-data/)"
    receiver.redirect_to = receiver.url.replace("/hooks", "/elsewhere")  # same host: still no
    with unit_of_work() as s:
        service.resend_due(s, utcnow() + timedelta(hours=1))
    run_jobs()
    assert [r["event"] for r in receiver.received] == ["ticket.created", "ticket.created"]


def test_a_lost_job_is_sent_by_the_sweep(receiver: Receiver) -> None:
    from core.redis import get_redis

    c = client()
    _register(c, _ops(), receiver.url, ["ticket.created"])
    waiting_ticket()
    get_redis().flushdb()  # Redis lost the job
    run_jobs()
    assert receiver.received == []
    [d] = _deliveries()
    assert d.next_attempt_at is not None
    with unit_of_work() as s:
        assert service.resend_due(s, d.next_attempt_at) == [d.id]
    run_jobs()
    assert _deliveries()[0].status == "delivered" and len(receiver.received) == 1


def test_deleting_an_endpoint_stops_deliveries_and_keeps_the_log(receiver: Receiver) -> None:
    c = client()
    ops = _ops()
    hook = _register(c, ops, receiver.url, ["ticket.created"])
    waiting_ticket()
    r = c.delete(f"/api/v1/webhooks/{hook['id']}", headers=ops)
    assert r.status_code == 204
    run_jobs()
    assert receiver.received == []
    assert [d.status for d in _deliveries()] == ["cancelled"]
    assert c.get("/api/v1/webhooks", headers=ops).json() == []
    assert c.delete(f"/api/v1/webhooks/{hook['id']}", headers=ops).status_code == 404
    log = c.get(f"/api/v1/webhooks/{hook['id']}/deliveries", headers=ops)
    assert log.status_code == 200 and log.json()[0]["status"] == "cancelled"
    waiting_ticket()
    assert len(_deliveries()) == 1


def test_registration_lists_without_secrets_and_generates_one() -> None:
    c = client()
    ops = _ops()
    r = c.post(
        "/api/v1/webhooks",
        json={"url": "https://hooks.example.com/rd", "events": ["ticket.created"]},
        headers=ops,
    )
    assert r.status_code == 201, r.text
    assert r.json()["secret"].startswith("whsec_") and len(r.json()["secret"]) > 30
    listed = c.get("/api/v1/webhooks", headers=ops).json()
    assert [h["url"] for h in listed] == ["https://hooks.example.com/rd"]
    assert "secret" not in listed[0] and listed[0]["created_by"] == "olga"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"url": "file:///etc/passwd", "events": ["ticket.created"]}, "only http and https"),
        ({"url": "javascript:alert(1)", "events": ["ticket.created"]}, "only http and https"),
        ({"url": "http://127.0.0.1:6379/", "events": ["ticket.created"]}, "private network"),
        ({"url": "http://169.254.169.254/", "events": ["ticket.created"]}, "private network"),
        ({"url": "https://u:p@example.com/", "events": ["ticket.created"]}, "credentials"),
        ({"url": "https://example.com/", "events": []}, None),
        ({"url": "https://example.com/", "events": ["ticket.deleted"]}, None),
        ({"url": "https://example.com/", "events": ["ticket.created"], "secret": "short"}, None),
        ({"url": "https://example.com/", "events": ["ticket.created"], "x": 1}, None),
        ({"url": "https://example.com/" + "a" * 2000, "events": ["ticket.created"]}, None),
        ({"events": ["ticket.created"]}, None),
    ],
)
def test_bad_registrations_are_refused(body: dict[str, Any], detail: str | None) -> None:
    c = client()
    ops = _ops()
    r = c.post("/api/v1/webhooks", json=body, headers=ops)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "ValidationFailed"
    if detail:
        assert detail in r.json()["detail"]
    assert c.get("/api/v1/webhooks", headers=ops).json() == []


def test_only_ops_manage_webhooks() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    for headers, status in (({}, 401), (anna, 403), (t.customer, 401)):
        assert c.get("/api/v1/webhooks", headers=headers).status_code == status
        body = {"url": "https://example.com/", "events": ["ticket.created"]}
        r = c.post("/api/v1/webhooks", json=body, headers=headers)
        assert r.status_code == status
        assert c.delete("/api/v1/webhooks/1", headers=headers).status_code == status


def test_the_request_goes_to_the_checked_address_with_the_names_host(receiver: Receiver) -> None:
    port = int(receiver.url.rsplit(":", 1)[1].split("/", 1)[0])
    outcome = transport.send(
        f"http://localhost:{port}/hooks",
        SECRET,
        b'{"n": 1}',
        event="ticket.created",
        delivery_id=7,
        timestamp=int(time.time()),
        timeout_s=2,
        allow_private=True,
    )
    assert outcome.ok, outcome
    (got,) = receiver.received
    assert got["host"] == f"localhost:{port}" and got["signed"] and got["body"] == {"n": 1}
    refused = transport.send(
        f"http://localhost:{port}/hooks",
        SECRET,
        b"{}",
        event="ticket.created",
        delivery_id=8,
        timestamp=int(time.time()),
        timeout_s=2,
        allow_private=False,
    )
    assert not refused.ok and "non-public" in (refused.error or "")
    assert len(receiver.received) == 1
