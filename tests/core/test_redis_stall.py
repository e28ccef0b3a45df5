"""A Redis that accepts connections and never answers (a stalled server, a half-open link)
costs each request about one `RELAYDESK_REDIS_TIMEOUT_S`, never tens of seconds: redis-py's
default client retries a timed-out call ten times."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import redis

from core.redis import get_redis, reset_redis
from core.settings import reset_settings
from tests.support.helpers import client, say, start_conversation

pytestmark = pytest.mark.usefixtures("backend")
TIMEOUT_S = 0.3
# Far below what the old client took (5 s per try, ten retries), far above the timeout.
BOUND_S = 5.0


@pytest.fixture
def stalled_redis(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A TCP server that accepts every connection and never sends a byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = server.getsockname()[1]
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{port}/0")
    monkeypatch.setenv("RELAYDESK_REDIS_TIMEOUT_S", str(TIMEOUT_S))
    reset_settings()
    reset_redis()
    yield f"redis://127.0.0.1:{port}/0"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()
    reset_redis()


def _timed(call: object) -> float:
    started = time.perf_counter()
    assert callable(call)
    call()
    return time.perf_counter() - started


def test_a_redis_call_gives_up_after_the_timeout(stalled_redis: str) -> None:
    def ping() -> None:
        with pytest.raises(redis.TimeoutError):
            get_redis().ping()

    assert _timed(ping) < BOUND_S


def test_requests_answer_while_redis_stalls(stalled_redis: str) -> None:
    c = client()
    cid, auth = start_conversation(c)  # the database only
    took = _timed(lambda: say(c, cid, auth, "Where is my refund?"))  # rate check fails open
    assert took < BOUND_S
    ready: list[int] = []
    took = _timed(lambda: ready.append(c.get("/readyz").status_code))
    assert ready == [503] and took < BOUND_S
    assert c.get("/healthz").status_code == 200
