"""Floods of conversations and messages: limits per client address, a budget for all
clients together, who the client is (X-Forwarded-For only from trusted proxies), and the
limits with Redis down; on SQLite and PostgreSQL with a real Redis."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import func, select

from core.db import unit_of_work
from core.redis import reset_redis
from core.settings import Settings, reset_settings
from router.app import create_app
from router.conversations.models import Conversation, Message
from router.limits import counters
from router.limits.clients import address_of, trusted_networks
from router.limits.counters import Limit, LocalCounters
from tests.support.processes import free_port

CONVERSATIONS = "/api/v1/conversations"


@pytest.fixture(autouse=True)
def _fresh_counters() -> Iterator[None]:
    counters.reset_local()
    yield
    counters.reset_local()


def _client(address: str) -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False, client=(address, 40000))


def _limits(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    for name, value in values.items():
        monkeypatch.setenv(f"RELAYDESK_{name.upper()}", value)
    reset_settings()


def _start(c: TestClient, **headers: str) -> Any:
    return c.post(CONVERSATIONS, json={}, headers=headers)


def _post(c: TestClient, created: Any, text: str) -> Any:
    body = created.json()
    return c.post(
        f"{CONVERSATIONS}/{body['id']}/messages",
        json={"text": text},
        headers={"Authorization": f"Bearer {body['token']}"},
    )


def _count(model: type[Conversation] | type[Message]) -> int:
    with unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _assert_limited(r: Any, what: str, max_wait_s: int) -> None:
    assert r.status_code == 429, r.text
    assert r.json()["error"] == "RateLimited"
    assert what in r.json()["detail"]
    assert 0 < int(r.headers["Retry-After"]) <= max_wait_s


# --- who the client is (pure) --------------------------------------------------------------

PROXIES = trusted_networks("10.0.0.0/8,2001:db8:ffff::/48")


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "expected"),
    [
        ("203.0.113.9", ["198.51.100.1"], (), "203.0.113.9"),  # no proxy trusted: the peer
        ("203.0.113.9", ["198.51.100.1"], PROXIES, "203.0.113.9"),  # peer is no proxy
        ("10.1.2.3", ["198.51.100.1"], PROXIES, "198.51.100.1"),
        ("10.1.2.3", ["1.1.1.1, 198.51.100.1"], PROXIES, "198.51.100.1"),  # left part: client's
        ("10.1.2.3", ["1.1.1.1", "198.51.100.1, 10.9.9.9"], PROXIES, "198.51.100.1"),  # 2 lines
        ("10.1.2.3", ["10.0.0.7, 10.0.0.8"], PROXIES, "10.0.0.7"),  # all proxies: the first
        ("10.1.2.3", ["not-an-address"], PROXIES, "10.1.2.3"),  # garbage: the proxy itself
        ("10.1.2.3", ["198.51.100.1, <script>"], PROXIES, "10.1.2.3"),
        ("10.1.2.3", ["198.51.100.1:51234"], PROXIES, "198.51.100.1"),  # with a port
        ("10.1.2.3", ["[2001:db8:1:2::5]:443"], PROXIES, "2001:db8:1:2::/64"),
        ("10.1.2.3", [], PROXIES, "10.1.2.3"),  # a trusted proxy that sent no header
        ("2001:db8:1:2:aaaa::1", [], (), "2001:db8:1:2::/64"),  # IPv6: the /64
        ("2001:db8:1:2:bbbb::9", [], (), "2001:db8:1:2::/64"),
        ("::ffff:198.51.100.4", [], (), "198.51.100.4"),  # IPv4 mapped into IPv6
        ("2001:db8:ffff::1", ["2001:db8:5::1"], PROXIES, "2001:db8:5::/64"),
        ("testclient", ["198.51.100.1"], PROXIES, "testclient"),  # not an address: as it is
        ("", [], (), "unknown"),
    ],
)
def test_the_client_is_the_peer_unless_a_trusted_proxy_says_otherwise(
    peer: str, forwarded: list[str], trusted: Any, expected: str
) -> None:
    assert address_of(peer, forwarded, trusted) == expected


def test_a_long_forwarded_chain_is_read_from_the_right_only() -> None:
    hops = ", ".join(f"10.0.{i // 250}.{i % 250}" for i in range(1000))
    assert address_of("10.1.2.3", ["198.51.100.1, " + hops], PROXIES) == "10.0.3.230"


def test_trusted_proxies_are_validated_at_startup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAYDESK_TRUSTED_PROXIES", " 10.0.0.0/8 , 192.168.1.7,, ::1 ")
    assert Settings().trusted_proxies == "10.0.0.0/8,192.168.1.7/32,::1/128"
    for bad in ("proxy.example.com", "10.0.0.0/33", "10.0.0.1; DROP TABLE"):
        monkeypatch.setenv("RELAYDESK_TRUSTED_PROXIES", bad)
        with pytest.raises(ValidationError, match="RELAYDESK_TRUSTED_PROXIES"):
            Settings()
    assert ipaddress.ip_address("10.3.4.5") in trusted_networks("10.0.0.0/8")[0]


def test_local_counters_stay_bounded() -> None:
    local = LocalCounters(max_keys=100)
    for i in range(1000):
        local.hit([Limit("s", f"client-{i}", 5, 60, "hits")], now=float(i) / 100)
    assert len(local._windows) <= 101
    # The newest windows are kept and still count.
    verdicts = [local.hit([Limit("s", "client-999", 2, 60, "hits")], now=10.0) for _ in range(2)]
    assert verdicts[-1].refused is not None and verdicts[-1].retry_after_s > 0


# --- the limits over HTTP ------------------------------------------------------------------


@pytest.mark.usefixtures("backend")
def test_new_conversations_are_limited_per_address(monkeypatch: pytest.MonkeyPatch) -> None:
    _limits(monkeypatch, client_conversations="3")
    flooder, other = _client("203.0.113.10"), _client("203.0.113.11")
    for _ in range(3):
        assert _start(flooder).status_code == 201
    _assert_limited(_start(flooder), "new conversations from your address", 60)
    _assert_limited(_start(flooder), "new conversations from your address", 60)
    assert _count(Conversation) == 3  # nothing stored for the refused ones
    assert _start(other).status_code == 201


@pytest.mark.usefixtures("backend")
def test_messages_are_limited_per_address_across_conversations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _limits(monkeypatch, client_messages="4", client_messages_soft="0")
    flooder, other = _client("203.0.113.20"), _client("203.0.113.21")
    first, second = _start(flooder), _start(flooder)
    for i in range(3):
        assert _post(flooder, first, f"first {i}").status_code == 202
    assert _post(flooder, second, "second 0").status_code == 202
    _assert_limited(_post(flooder, second, "second 1"), "messages from your address", 60)
    _assert_limited(_post(flooder, first, "first 4"), "messages from your address", 60)
    assert _count(Message) == 4
    assert _post(other, _start(other), "I am someone else").status_code == 202
    assert _count(Message) == 5


@pytest.mark.usefixtures("backend")
def test_a_budget_for_all_clients_and_refusals_do_not_use_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A client refused for its own limit is not counted in the global budget behind it, so
    one flooder cannot use up everyone's budget."""
    _limits(monkeypatch, client_conversations="2", global_conversations="4", global_window_s="60")
    flooder = _client("203.0.113.30")
    assert [_start(flooder).status_code for _ in range(6)] == [201, 201, 429, 429, 429, 429]
    assert _start(_client("203.0.113.31")).status_code == 201
    assert _start(_client("203.0.113.32")).status_code == 201
    _assert_limited(_start(_client("203.0.113.33")), "from all customers together", 60)
    assert _count(Conversation) == 4


@pytest.mark.usefixtures("backend")
def test_a_message_budget_for_all_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    _limits(monkeypatch, global_messages="3", global_window_s="60")
    clients = [_client(f"203.0.113.{40 + i}") for i in range(4)]
    started = [_start(c) for c in clients]
    for c, created in zip(clients[:3], started[:3], strict=True):
        assert _post(c, created, "hello").status_code == 202
    _assert_limited(_post(clients[3], started[3], "hello"), "messages from all customers", 60)
    assert _count(Message) == 3


@pytest.mark.usefixtures("backend")
def test_x_forwarded_for_is_ignored_unless_the_proxy_is_trusted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _limits(monkeypatch, client_conversations="2")
    peer = _client("203.0.113.60")
    answers = [_start(peer, **{"X-Forwarded-For": f"198.51.100.{i}"}).status_code for i in range(4)]
    assert answers == [201, 201, 429, 429]  # every made-up address is still the same peer

    _limits(monkeypatch, client_conversations="2", trusted_proxies="10.0.0.0/8")
    counters.reset_local()
    proxy = _client("10.0.0.2")
    for i in range(4):  # behind the trusted proxy, each address is a client of its own
        assert _start(proxy, **{"X-Forwarded-For": f"198.51.100.{i}"}).status_code == 201
    # What the client wrote to the left of what the proxy appended changes nothing.
    spoofed = [
        _start(proxy, **{"X-Forwarded-For": f"192.0.2.{i}, 198.51.100.99"}).status_code
        for i in range(3)
    ]
    assert spoofed == [201, 201, 429]


@pytest.mark.usefixtures("backend")
def test_limits_hold_while_redis_is_down(monkeypatch: pytest.MonkeyPatch) -> None:
    """Redis down: the counters fall back to this process's memory (documented in
    router/limits/counters.py), so customers are still served and floods still refused."""
    _limits(monkeypatch, client_conversations="2", client_messages="3")
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")  # nobody listens
    reset_settings()
    reset_redis()
    c = _client("203.0.113.70")
    first = _start(c)
    assert first.status_code == 201
    assert _start(c).status_code == 201
    _assert_limited(_start(c), "new conversations from your address", 60)
    for i in range(3):
        assert _post(c, first, f"accepted while Redis is down {i}").status_code == 202
    _assert_limited(_post(c, first, "one too many"), "messages from your address", 60)
    assert _count(Message) == 3  # stored; the sweeper enqueues them once Redis is back
    assert _start(_client("203.0.113.71")).status_code == 201
