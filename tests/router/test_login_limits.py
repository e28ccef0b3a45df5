"""Sign-in floods: limits per account and per address before the password is checked, the
check itself outside any transaction, and customers served meanwhile; on SQLite and
PostgreSQL with a real Redis (and without one)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any, Literal

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import make_url

from core import db
from core.db import unit_of_work
from core.redis import reset_redis
from core.settings import get_settings, reset_settings
from escalation.users import service as users_service
from escalation.users.models import User
from router.app import create_app
from router.limits import counters, logins
from tests.support.helpers import AGENT_PASSWORD, make_agent, run_jobs
from tests.support.processes import free_port
from workers.worker import warm_up

pytestmark = pytest.mark.usefixtures("backend")

TOKEN = "/api/v1/auth/token"


@pytest.fixture(autouse=True)
def _fresh_counters() -> Iterator[None]:
    counters.reset_local()
    yield
    counters.reset_local()


def _client(address: str = "198.51.100.7") -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False, client=(address, 40000))


def _login(c: TestClient | httpx.Client, username: str, password: str) -> Any:
    return c.post(TOKEN, json={"username": username, "password": password})


def _hash_of(username: str) -> str:
    with unit_of_work() as s:
        return s.scalars(select(User.password_hash).where(User.username == username)).one()


def _assert_limited(r: Any, max_wait_s: int) -> None:
    assert r.status_code == 429, r.text
    assert r.json()["error"] == "RateLimited"
    assert 0 < int(r.headers["Retry-After"]) <= max_wait_s


def test_a_password_flood_locks_that_account_only() -> None:
    make_agent("anna")
    make_agent("sven")
    before = _hash_of("anna")
    c = _client()
    for i in range(5):
        r = _login(c, "anna", f"guess-{i}")
        assert r.status_code == 401 and r.json()["error"] == "Unauthorized"
    r = _login(c, "anna", "guess-5")
    _assert_limited(r, 900)
    assert "failed sign-ins for this account" in r.json()["detail"]
    _assert_limited(_login(c, "anna", AGENT_PASSWORD), 900)  # locked, even for the owner
    # Another account from the same address signs in as usual.
    r = _login(c, "sven", AGENT_PASSWORD)
    assert r.status_code == 200 and r.json()["role"] == "agent"
    assert _hash_of("anna") == before


def test_names_that_are_no_account_are_limited_the_same() -> None:
    c = _client()
    answers = [_login(c, "nobody", "whatever-1").status_code for _ in range(6)]
    assert answers == [401] * 5 + [429]


def test_an_account_is_counted_as_it_is_normalised() -> None:
    make_agent("anna")
    c = _client()
    for spelling in ("ANNA", " anna", "Anna ", "aNNa", "anna"):
        assert _login(c, spelling, "wrong-password").status_code == 401
    _assert_limited(_login(c, "anna", AGENT_PASSWORD), 900)


def test_a_success_clears_the_accounts_failures() -> None:
    make_agent("anna")
    c = _client()
    for _ in range(4):
        assert _login(c, "anna", "wrong-password").status_code == 401
    assert _login(c, "anna", AGENT_PASSWORD).status_code == 200
    for _ in range(5):
        assert _login(c, "anna", "wrong-password").status_code == 401
    _assert_limited(_login(c, "anna", "wrong-password"), 900)


def test_busy_password_checks_refuse_at_once_and_do_not_count_against_the_account() -> None:
    """While every password check of this process is taken, sign-ins are refused at once
    (they never wait in a request thread) and, their password unchecked, they do not count
    towards the account's lockout: a flood spread over many addresses cannot lock the real
    agent out by keeping the checks busy."""
    make_agent("anna")
    checks = logins._semaphore(get_settings().login_concurrency)
    taken = 0
    while checks.acquire(blocking=False):
        taken += 1
    assert taken == get_settings().login_concurrency
    try:
        for i in range(12):  # more than the account's 5 failures, each from its own address
            r = _login(_client(f"203.0.113.{i + 1}"), "anna", f"guess-{i}")
            _assert_limited(r, 1)
            assert "too many sign-ins at this moment" in r.json()["detail"]
    finally:
        for _ in range(taken):
            checks.release()
    r = _login(_client("198.51.100.99"), "anna", AGENT_PASSWORD)
    assert r.status_code == 200, r.text


def test_password_checks_have_a_budget_for_everyone_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A flood from a new address for every request, each under its own limits, gets no more
    password checks than the global budget (the CPUs keep serving customers); an attempt the
    budget refuses is not counted against its account."""
    monkeypatch.setenv("RELAYDESK_LOGIN_CHECKS", "3")
    monkeypatch.setenv("RELAYDESK_LOGIN_CHECKS_WINDOW_S", "60")
    monkeypatch.setenv("RELAYDESK_LOGIN_ACCOUNT_FAILURES", "1")
    reset_settings()
    make_agent("anna")
    answers = [
        _login(_client(f"203.0.113.{i + 1}"), f"name-{i}", "guess").status_code for i in range(3)
    ]
    assert answers == [401, 401, 401]
    r = _login(_client("203.0.113.50"), "anna", "guess")
    _assert_limited(r, 60)
    assert "password checks for all sign-ins together" in r.json()["detail"]
    _assert_limited(_login(_client("203.0.113.51"), "anna", AGENT_PASSWORD), 60)
    counters.reset(logins.budget_limit())  # the window ends
    r = _login(_client("203.0.113.52"), "anna", AGENT_PASSWORD)
    assert r.status_code == 200, r.text  # the refused attempts did not lock anna out


def test_attempts_are_limited_per_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAYDESK_LOGIN_CLIENT_ATTEMPTS", "3")
    reset_settings()
    make_agent("anna")
    flooder = _client("203.0.113.50")
    for name in ("a1", "a2", "a3"):
        assert _login(flooder, name, "wrong-password").status_code == 401
    r = _login(flooder, "anna", AGENT_PASSWORD)
    _assert_limited(r, 60)
    assert "sign-in attempts from your address" in r.json()["detail"]
    # A spoofed X-Forwarded-For does not make it another client (no proxy is trusted).
    r = flooder.post(
        TOKEN,
        json={"username": "anna", "password": AGENT_PASSWORD},
        headers={"X-Forwarded-For": "192.0.2.1"},
    )
    assert r.status_code == 429
    assert _login(_client("203.0.113.51"), "anna", AGENT_PASSWORD).status_code == 200


def test_malformed_attempts_are_refused_before_counting() -> None:
    make_agent("anna")
    c = _client()
    bad: list[Any] = [
        {"username": "a" * 65, "password": "x"},
        {"username": "anna", "password": "p" * 257},
        {"username": "anna", "password": "nul\x00byte"},
        {"username": "", "password": "x"},
        {"username": "anna"},
        {"username": "anna", "password": "x", "extra": 1},
        ["anna", "x"],
    ]
    for body in bad * 2:
        r = c.post(TOKEN, json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error"] == "ValidationFailed"
    r = c.post(TOKEN, content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    # None of those counted: the account and the address still have their whole budget.
    for _ in range(4):
        assert _login(c, "anna", "wrong-password").status_code == 401
    assert _login(c, "anna", AGENT_PASSWORD).status_code == 200


class _ProbingHasher(PasswordHasher):
    """The real argon2 check, after looking whether a transaction is open right now."""

    def __init__(self, probe: Any) -> None:
        super().__init__()
        self.probe = probe
        self.seen: list[str | None] = []

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        self.seen.append(self.probe())
        return super().verify(hash, password)


def _open_transaction() -> str | None:
    """What holds a transaction open in this database right now, or None: on SQLite, the
    write lock (a new connection's BEGIN IMMEDIATE fails at once); on PostgreSQL, a session
    idle in a transaction."""
    url = get_settings().resolved_database_url
    if db.is_sqlite():
        path = make_url(url).database
        assert path
        raw = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("ROLLBACK")
            return None
        except sqlite3.OperationalError as exc:
            return str(exc)
        finally:
            raw.close()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            states = conn.execute(
                text(
                    "SELECT state FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"
                )
            ).scalars()
            return ", ".join(states) or None
    finally:
        engine.dispose()


def test_the_password_is_checked_with_no_transaction_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_agent("anna")
    hasher = _ProbingHasher(_open_transaction)
    monkeypatch.setattr(users_service, "_hasher", hasher)
    c = _client()
    assert _login(c, "anna", AGENT_PASSWORD).status_code == 200
    assert _login(c, "anna", "wrong-password").status_code == 401
    assert _login(c, "nobody", "wrong-password").status_code == 401
    assert hasher.seen == [None, None, None]


def test_an_outdated_hash_is_replaced_after_the_check() -> None:
    make_agent("anna")
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(AGENT_PASSWORD)
    with unit_of_work() as s:
        s.execute(update(User).where(User.username == "anna").values(password_hash=weak))
    c = _client()
    assert _login(c, "anna", AGENT_PASSWORD).status_code == 200
    renewed = _hash_of("anna")
    assert renewed != weak
    assert not PasswordHasher().check_needs_rehash(renewed)
    assert _login(c, "anna", AGENT_PASSWORD).status_code == 200
    assert _hash_of("anna") == renewed  # not rehashed again


def test_limits_hold_while_redis_is_down(monkeypatch: pytest.MonkeyPatch) -> None:
    """Redis down: the counters fall back to this process's memory (see
    router/limits/counters.py): sign-in still works, and floods are still refused."""
    make_agent("anna")
    make_agent("sven")
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")  # nobody listens
    reset_settings()
    reset_redis()
    c = _client()
    started = time.monotonic()
    assert _login(c, "sven", AGENT_PASSWORD).status_code == 200
    answers = [_login(c, "anna", "wrong-password").status_code for _ in range(6)]
    assert answers == [401] * 5 + [429]
    assert _login(c, "sven", AGENT_PASSWORD).status_code == 200
    assert time.monotonic() - started < 10  # no request waited on Redis for long


def test_a_customer_is_answered_during_a_login_flood(
    backend: str, live_api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every flood attempt is a real password check (the per-address and per-account limits
    are off, as for a flood from many addresses): the customer's message is still accepted
    at once and answered, and the flood gets 401s and 429s, never a server error."""
    if backend != "sqlite":
        pytest.skip("the write lock this is about is SQLite's")
    monkeypatch.setenv("RELAYDESK_LOGIN_CLIENT_ATTEMPTS", "0")
    monkeypatch.setenv("RELAYDESK_LOGIN_ACCOUNT_FAILURES", "0")
    reset_settings()
    make_agent("anna")
    warm_up()  # the models this process's worker loads, before the clock starts
    stop = threading.Event()
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def flood() -> None:
        with httpx.Client(base_url=live_api, timeout=30) as http:
            while not stop.is_set():
                r = _login(http, "anna", "wrong-password")
                with lock:
                    statuses[r.status_code] += 1

    threads = [threading.Thread(target=flood) for _ in range(6)]
    for t in threads:
        t.start()
    try:
        time.sleep(1.0)  # the flood is in full swing
        with httpx.Client(base_url=live_api, timeout=30) as http:
            started = time.monotonic()
            r = http.post("/api/v1/conversations", json={})
            assert r.status_code == 201, r.text
            cid, token = r.json()["id"], r.json()["token"]
            r = http.post(
                f"/api/v1/conversations/{cid}/messages",
                json={"text": "hello"},
                headers={"Authorization": f"Bearer {token}"},
            )
            accepted_s = time.monotonic() - started
            assert r.status_code == 202, r.text
            run_jobs("messages")
            answered_s = time.monotonic() - started
            view = http.get(
                f"/api/v1/conversations/{cid}", headers={"Authorization": f"Bearer {token}"}
            ).json()
    finally:
        stop.set()
        for t in threads:
            t.join(30)
    assert [m["author"] for m in view["messages"]] == ["customer", "bot"]
    assert accepted_s < 3, accepted_s
    print(f"accepted in {accepted_s:.2f} s, answered in {answered_s:.2f} s; flood {statuses}")
    assert answered_s < 6, answered_s
    # The flood really checked passwords meanwhile (two at a time: RELAYDESK_LOGIN_CONCURRENCY;
    # the rest were turned away at once with 429).
    assert statuses[401] >= 2, statuses
    assert set(statuses) <= {401, 429}, statuses
