"""Event stream limits over a real HTTP server: per conversation, per client address, per
agent account and in total; a closed or dropped stream gives its slot back at once; the
liveness check answers while hundreds of streams are open, all on one Redis connection."""

from __future__ import annotations

import os
import socket
import struct
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from urllib.parse import urlsplit

import httpx
import pytest
import redis

from core.events import BOARD_CHANNEL, conversation_channel, stream_slots, wake_readers
from core.events.limits import FD_RESERVE, total_limit
from core.settings import reset_settings
from tests.support.helpers import make_agent


def _limits(monkeypatch: pytest.MonkeyPatch, **limits: int) -> None:
    for name, value in limits.items():
        monkeypatch.setenv(f"RELAYDESK_MAX_STREAMS_{name.upper()}", str(value))
    reset_settings()


def _conversation(http: httpx.Client) -> tuple[str, dict[str, str]]:
    response = http.post("/api/v1/conversations", json={})
    assert response.status_code == 201, response.text
    created = response.json()
    return created["id"], {"Authorization": f"Bearer {created['token']}"}


def _events_url(conversation_id: str) -> str:
    return f"/api/v1/conversations/{conversation_id}/events"


class Streams:
    """Open streams, each held until closed (or the test ends)."""

    def __init__(self, http: httpx.Client, stack: ExitStack) -> None:
        self.http = http
        self.stack = stack
        # A line iterator closes its response when dropped: each is kept while open.
        self.lines: list[Iterator[str]] = []
        # Slots of this process held before the test (none, unless a test before leaked).
        self.held = stream_slots.count("total")
        self.held_here = stream_slots.count("address:127.0.0.1")

    def open(self, url: str, headers: dict[str, str]) -> httpx.Response:
        stream = self.stack.enter_context(self.http.stream("GET", url, headers=headers))
        if stream.status_code == 200:
            self.lines.append(stream.iter_lines())
            assert next(self.lines[-1]) == "retry: 2000"  # the stream's body has begun
        else:
            stream.read()
        return stream


def _refused(response: httpx.Response, who: str) -> None:
    assert response.status_code == 429, response.text
    body = response.json()
    assert body["error"] == "RateLimited"
    assert who in body["detail"]
    assert response.headers["Retry-After"] == "5"


def _eventually(condition: Callable[[], bool], timeout_s: float = 5, what: str = "it") -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        time.sleep(0.02)


@pytest.fixture
def http(backend: str, live_api: str) -> Iterator[httpx.Client]:
    """A client of the live API (on each database backend), with room for many streams."""
    limits = httpx.Limits(max_connections=500, max_keepalive_connections=20)
    with httpx.Client(base_url=live_api, timeout=10, limits=limits) as client:
        yield client


@pytest.fixture
def streams(http: httpx.Client) -> Iterator[Streams]:
    with ExitStack() as stack:
        streams = Streams(http, stack)
        yield streams
    _eventually(lambda: stream_slots.count("total") == streams.held, 5, "every slot back")


def test_a_conversation_holds_three_streams_and_a_closed_one_frees_its_slot(
    monkeypatch: pytest.MonkeyPatch, http: httpx.Client, streams: Streams
) -> None:
    _limits(monkeypatch, per_conversation=3, per_address=20)
    cid, auth = _conversation(http)
    first = [streams.open(_events_url(cid), auth) for _ in range(3)]
    assert [s.status_code for s in first] == [200, 200, 200]
    # Hammering it does not leak slots: each refusal takes and keeps nothing.
    for _ in range(20):
        _refused(streams.open(_events_url(cid), auth), "this conversation")
    assert stream_slots.count(f"conversation:{cid}") == 3
    # Another conversation is not affected.
    other, other_auth = _conversation(http)
    assert streams.open(_events_url(other), other_auth).status_code == 200

    first[0].close()  # the client goes away: the slot is free again at once
    _eventually(lambda: stream_slots.count(f"conversation:{cid}") == 2, 3, "the slot back")
    again = streams.open(_events_url(cid), auth)
    assert again.status_code == 200
    _refused(streams.open(_events_url(cid), auth), "this conversation")


def test_a_client_address_holds_a_limited_number_of_streams(
    monkeypatch: pytest.MonkeyPatch, http: httpx.Client, streams: Streams
) -> None:
    _limits(monkeypatch, per_conversation=3, per_address=streams.held_here + 5)
    # The client is who connected; X-Forwarded-For counts only from a trusted proxy.
    monkeypatch.setenv("RELAYDESK_TRUSTED_PROXIES", "127.0.0.1")
    reset_settings()
    conversations = [_conversation(http) for _ in range(3)]
    (a, a_auth), (b, b_auth), (c, c_auth) = conversations
    opened = [streams.open(_events_url(a), a_auth) for _ in range(3)]
    opened += [streams.open(_events_url(b), b_auth) for _ in range(2)]
    assert [s.status_code for s in opened] == [200] * 5
    _refused(streams.open(_events_url(c), c_auth), "your address")
    assert stream_slots.count("address:127.0.0.1") == streams.held_here + 5
    # Another client, as the trusted proxy forwards it, is not.
    forwarded = {**c_auth, "X-Forwarded-For": "198.51.100.7"}
    assert streams.open(_events_url(c), forwarded).status_code == 200
    assert stream_slots.count("address:198.51.100.7") == 1
    # IPv6 clients are counted per /64 network: one client's many addresses are one.
    for n in range(2):
        v6 = {**c_auth, "X-Forwarded-For": f"2001:db8:1:2::{n + 1}"}
        assert streams.open(_events_url(c), v6).status_code == 200
    v6 = {**b_auth, "X-Forwarded-For": "2001:db8:1:2:ffff::9"}
    assert streams.open(_events_url(b), v6).status_code == 200
    assert stream_slots.count("address:2001:db8:1:2::/64") == 3


def test_the_process_total_refuses_customers_and_agents_alike(
    monkeypatch: pytest.MonkeyPatch, http: httpx.Client, streams: Streams
) -> None:
    total = streams.held + 4
    _limits(monkeypatch, per_conversation=3, per_address=20, per_agent=5, total=total)
    _, anna = make_agent("anna")
    (a, a_auth), (b, b_auth), (c, c_auth) = [_conversation(http) for _ in range(3)]
    opened = [streams.open(_events_url(a), a_auth) for _ in range(2)]
    opened += [streams.open(_events_url(b), b_auth) for _ in range(2)]
    assert [s.status_code for s in opened] == [200] * 4
    _refused(streams.open(_events_url(c), c_auth), f"the server has {total} live event streams")
    _refused(streams.open("/api/v1/agents/me/events", anna), f"the server has {total}")
    opened[0].close()
    _eventually(lambda: stream_slots.count("total") == total - 1, 3, "the slot back")
    assert streams.open("/api/v1/agents/me/events", anna).status_code == 200
    _refused(streams.open(_events_url(c), c_auth), f"the server has {total}")


def test_an_agent_account_holds_a_limited_number_of_board_streams(
    monkeypatch: pytest.MonkeyPatch, http: httpx.Client, streams: Streams
) -> None:
    # Agents often share an office's address: their streams count per account, not address.
    _limits(monkeypatch, per_agent=2, per_address=streams.held_here + 1)
    anna_id, anna = make_agent("anna")
    _, ben = make_agent("ben")
    board = "/api/v1/agents/me/events"
    assert [streams.open(board, anna).status_code for _ in range(2)] == [200, 200]
    _refused(streams.open(board, anna), "your account")
    assert stream_slots.count(f"agent:{anna_id}") == 2
    assert streams.open(board, ben).status_code == 200
    # A customer on the same address is limited by the address alone.
    (a, a_auth), (b, b_auth) = _conversation(http), _conversation(http)
    assert streams.open(_events_url(a), a_auth).status_code == 200
    _refused(streams.open(_events_url(b), b_auth), "your address")
    # A bad token is refused before any slot is taken.
    r = http.get(board, headers={"Authorization": "Bearer a.forged"})
    assert r.status_code == 401
    assert stream_slots.count("total") == streams.held + 4


def _subscribed(channel: str) -> int:
    with redis.Redis.from_url(os.environ["REDIS_URL"]) as client:
        return int(dict(client.pubsub_numsub(channel)).get(channel.encode(), 0))


def test_a_dropped_connection_frees_the_slot_and_the_subscription(
    monkeypatch: pytest.MonkeyPatch, live_api: str, http: httpx.Client
) -> None:
    """A client that vanishes without a word (TCP reset) gives its slot back, and the
    channel is unsubscribed once no stream follows it."""
    _limits(monkeypatch, per_conversation=1)
    cid, auth = _conversation(http)
    address = urlsplit(live_api)
    raw = socket.create_connection((address.hostname, address.port), timeout=5)
    request = (
        f"GET {_events_url(cid)} HTTP/1.1\r\nHost: {address.netloc}\r\n"
        f"Authorization: {auth['Authorization']}\r\n\r\n"
    )
    raw.sendall(request.encode())
    head = raw.recv(4096)
    assert head.startswith(b"HTTP/1.1 200")
    _eventually(lambda: _subscribed(conversation_channel(cid)) == 1, 3, "the subscription")
    assert stream_slots.count(f"conversation:{cid}") == 1
    _refused(http.get(_events_url(cid), headers=auth), "this conversation")

    raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    raw.close()  # RST, no goodbye
    _eventually(lambda: stream_slots.count(f"conversation:{cid}") == 0, 3, "the slot back")
    _eventually(lambda: _subscribed(conversation_channel(cid)) == 0, 3, "the unsubscribe")
    with http.stream("GET", _events_url(cid), headers=auth) as again:
        assert again.status_code == 200


def _event_connections() -> list[dict[str, str]]:
    """This session's shared subscriber connections (its Redis database only)."""
    with redis.Redis.from_url(os.environ["REDIS_URL"]) as client:
        db = str(client.connection_pool.connection_kwargs.get("db", 0))
        clients = client.client_list()
    return [c for c in clients if c.get("name") == "relaydesk-events" and c.get("db") == db]


def test_healthz_answers_within_a_second_while_two_hundred_streams_are_open(
    monkeypatch: pytest.MonkeyPatch, http: httpx.Client, streams: Streams
) -> None:
    monkeypatch.setenv("RELAYDESK_CLIENT_CONVERSATIONS", "0")  # no limit on creating them
    _limits(monkeypatch, per_conversation=3, per_address=300, per_agent=100, total=1000)
    _, anna = make_agent("anna")
    opened = [streams.open("/api/v1/agents/me/events", anna) for _ in range(100)]
    while len(opened) < 200:
        cid, auth = _conversation(http)
        opened += [streams.open(_events_url(cid), auth) for _ in range(min(3, 200 - len(opened)))]
    assert [s.status_code for s in opened] == [200] * 200
    assert stream_slots.count("total") == streams.held + 200
    # Every stream of the API process shares one Redis connection.
    assert len(_event_connections()) == 1

    with httpx.Client(base_url=str(http.base_url), timeout=5) as probe:
        for round_ in range(6):
            if round_ % 2:
                wake_readers(BOARD_CHANNEL, {"wake": "everyone"})  # 100 board streams re-read
            started = time.monotonic()
            r = probe.get("/healthz")
            assert r.status_code == 200 and r.json() == {"status": "ok"}
            assert time.monotonic() - started < 1.0
        assert probe.get("/readyz").status_code == 200


def test_the_total_stays_below_the_file_descriptor_limit() -> None:
    assert total_limit(1000, None) == 1000
    assert total_limit(1000, 20000) == 1000
    assert total_limit(1000, 1024) == 1024 - FD_RESERVE
    assert total_limit(1000, 100) == 1  # a tiny limit still serves one stream


def test_limits_must_be_positive(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from core.settings import get_settings

    for bad in ("0", "-3", "many"):
        monkeypatch.setenv("RELAYDESK_MAX_STREAMS_TOTAL", bad)
        reset_settings()
        with pytest.raises(ValidationError):
            get_settings()
    reset_settings()
