"""Queues: customers' messages never wait behind background work (webhook deliveries), a
flooding client's messages wait behind everyone else's, and a webhook receiver that never
answers holds at most its share of the background workers. Real RQ workers, a real Redis,
real HTTP receivers on 127.0.0.1; SQLite and PostgreSQL."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from typing import Any

import pytest
from fastapi.testclient import TestClient
from rq.job import Job
from rq.rate_limit import RateLimitRegistry
from sqlalchemy import func, select

from core.db import unit_of_work
from core.jobs import Lane, queue
from core.redis import get_redis
from core.settings import reset_settings
from escalation.rules.models import Decision
from escalation.webhooks import service as webhooks
from escalation.webhooks.models import WebhookEvent
from escalation.webhooks.transport import host_key
from router.app import create_app
from router.conversations.models import Message
from router.conversations.service import process_job_id
from router.limits import counters
from tests.support.helpers import run_jobs, waiting_ticket
from tests.support.processes import spawn, stop, wait_for

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(autouse=True)
def _settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("RELAYDESK_WEBHOOK_ALLOW_PRIVATE", "true")
    monkeypatch.setenv("RELAYDESK_WEBHOOK_TIMEOUT_S", "5")
    reset_settings()
    counters.reset_local()
    yield
    counters.reset_local()


@dataclass
class Silent:
    """A webhook receiver that accepts connections and never answers."""

    url: str = ""
    accepted: list[float] = field(default_factory=list)


@pytest.fixture
def silent() -> Iterator[Silent]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(32)
    state = Silent(url=f"http://127.0.0.1:{server.getsockname()[1]}/hooks")
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            state.accepted.append(time.monotonic())
            held.append(conn)  # read nothing, answer nothing

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield state
    server.close()
    for conn in held:
        conn.close()


@dataclass
class Quick:
    """A webhook receiver that answers 204 at once and notes when."""

    url: str = ""
    received: list[float] = field(default_factory=list)


@pytest.fixture
def quick() -> Iterator[Quick]:
    state = Quick()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.received.append(time.monotonic())
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    yield state
    server.shutdown()
    server.server_close()


def _subscribe(url: str) -> None:
    with unit_of_work() as s:
        webhooks.create_endpoint(
            s, url=url, events=[WebhookEvent.TICKET_CREATED], secret=None, actor="test"
        )


def _client(address: str) -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False, client=(address, 40000))


def _say(c: TestClient, text: str) -> int:
    """A new conversation with one message; the message's id."""
    created = c.post("/api/v1/conversations", json={})
    assert created.status_code == 201, created.text
    body = created.json()
    r = c.post(
        f"/api/v1/conversations/{body['id']}/messages",
        json={"text": text},
        headers={"Authorization": f"Bearer {body['token']}"},
    )
    assert r.status_code == 202, r.text
    message_id: int = r.json()["id"]
    return message_id


def _decided_in_order() -> list[int]:
    with unit_of_work() as s:
        return list(s.scalars(select(Decision.message_id).order_by(Decision.id)))


def _bot_replies() -> int:
    with unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(Message).filter_by(author="bot")) or 0


def test_a_flooding_clients_messages_wait_behind_everyone_elses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RELAYDESK_CLIENT_MESSAGES_SOFT", "2")
    reset_settings()
    flooder, customer = _client("198.51.100.20"), _client("198.51.100.21")
    a1, a2, a3, a4 = (_say(flooder, f"hello number {i}") for i in range(4))
    b1 = _say(customer, "hello")
    job = [process_job_id(m, 1) for m in (a1, a2, a3, a4, b1)]
    assert queue(Lane.MESSAGES).job_ids == [job[0], job[1], job[4]]
    assert queue(Lane.MESSAGES_LOW).job_ids == [job[2], job[3]]
    run_jobs("messages")
    assert _decided_in_order() == [a1, a2, b1, a3, a4]
    assert _bot_replies() == 5  # everyone is answered, the flooder last


def test_a_message_worker_never_runs_background_work(silent: Silent) -> None:
    _subscribe(silent.url)
    for _ in range(3):
        waiting_ticket()  # a ticket.created delivery each, to the receiver that never answers
    message = _say(_client("198.51.100.30"), "hello")
    started = time.monotonic()
    run_jobs("messages")
    assert time.monotonic() - started < 4  # one delivery alone would take 5 s
    assert _decided_in_order()[-1] == message and _bot_replies() == 1  # answered
    assert silent.accepted == []
    # At most two deliveries to one host are queued or sending (the default bound); the third
    # waits in Redis for a slot instead of taking a worker.
    assert len(queue(Lane.BACKGROUND).job_ids) == 2
    waiting = RateLimitRegistry(host_key(silent.url), get_redis()).get_rate_limited_job_ids()
    assert len(waiting) == 1


def test_a_worker_for_all_queues_takes_messages_first(quick: Quick) -> None:
    _subscribe(quick.url)
    waiting_ticket()  # its delivery is queued first
    message = _say(_client("198.51.100.40"), "hello")
    [delivery] = queue(Lane.BACKGROUND).job_ids
    run_jobs("all")
    assert len(quick.received) == 1
    assert _decided_in_order()[-1] == message and _bot_replies() == 1
    redis = get_redis()
    message_job = Job.fetch(process_job_id(message, 1), connection=redis)
    delivery_job = Job.fetch(delivery, connection=redis)
    assert message_job.started_at is not None and delivery_job.started_at is not None
    assert message_job.started_at < delivery_job.started_at


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_receiver_that_never_answers_delays_no_answer_and_no_other_receiver(
    monkeypatch: pytest.MonkeyPatch, silent: Silent, quick: Quick
) -> None:
    """The demo's setup, with two background workers: the silent receiver holds one of them
    (one delivery per host at a time), the other delivers to the quick receiver, and the
    message worker answers the customer as if nothing were going on."""
    monkeypatch.setenv("RELAYDESK_WEBHOOK_CONCURRENCY_PER_HOST", "1")
    reset_settings()
    workers = [
        spawn("worker", "--queues", "messages"),
        spawn("worker", "--queues", "background"),
        spawn("worker", "--queues", "background"),
    ]
    try:
        _say(_client("198.51.100.50"), "hello")  # the message worker is up once it answers
        wait_for(lambda: _bot_replies() == 1, 150, "the message worker to start")
        _subscribe(silent.url)
        _subscribe(quick.url)
        for _ in range(4):
            waiting_ticket()  # a delivery to each receiver per ticket
        wait_for(lambda: len(silent.accepted) == 1, 30, "a delivery to the silent receiver")
        asked = time.monotonic()
        _say(_client("198.51.100.51"), "hello")
        wait_for(lambda: _bot_replies() == 2, 30, "the customer's answer")
        answered_s = time.monotonic() - asked
        wait_for(lambda: len(quick.received) == 4, 30, "the quick receiver's deliveries")
        assert answered_s < 3, answered_s  # behind the stuck delivery it would be 5 s and more
        assert quick.received[-1] - silent.accepted[0] < 4.5  # not behind the 5 s timeout
        # Never two deliveries at once to the silent receiver: the next one only after the
        # previous attempt timed out.
        assert all(b - a > 4.5 for a, b in pairwise(silent.accepted)), silent.accepted
    finally:
        for proc in workers:
            stop(proc)
