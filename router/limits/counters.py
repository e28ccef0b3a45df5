"""Fixed-window counters in Redis, shared by every API process: the one limiter behind the
message, conversation and sign-in limits.

A window opens at its first hit and lasts `seconds`; a hit past `limit` is refused with the
time left until the window closes (the `Retry-After`). One call counts a request in several
windows, in order, in one atomic round trip, and stops at the first full one: a request
refused per client is never counted in the global budget behind it, so one flooding client
cannot use up everyone's budget.

When Redis does not answer, the counters fall back to this process's memory (the same
windows, counted per API process) for `REDIS_RETRY_S` before Redis is tried again: the
limits stay on and sign-in and intake stay available. Failing open would let a flood through
exactly when the system is weakest; failing closed would lock every agent and customer out
because of a cache. The cost: with N API processes a client gets up to N times its limit
while Redis is down, and lockouts counted in Redis are not seen meanwhile.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass
from typing import Any

import redis

from core.errors import RateLimited
from core.redis import get_redis

log = logging.getLogger(__name__)

KEY_PREFIX = "relaydesk:limit"
REDIS_RETRY_S = 5.0  # how long the in-memory counters stand in once Redis failed
LOCAL_MAX_KEYS = 50_000

# KEYS: one per window; ARGV: limit and milliseconds per window, in the same order.
# Returns {index of the refusing window or 0, its milliseconds left, count per window...}.
_HIT_SCRIPT = """
local result = {0, 0}
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[2 * i - 1])
  local ms = tonumber(ARGV[2 * i])
  local n = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, ms)
    ttl = ms
  end
  result[#result + 1] = n
  if n > limit then
    result[1] = i
    result[2] = ttl
    return result
  end
end
return result
"""


@dataclass(frozen=True)
class Limit:
    """At most `limit` hits per `seconds` for one `subject` of a `scope`; `what` names the
    hits for the refusal ("messages from your address")."""

    scope: str
    subject: str
    limit: int
    seconds: int
    what: str

    @property
    def key(self) -> str:
        return f"{KEY_PREFIX}:{self.scope}:{self.subject}"


@dataclass(frozen=True)
class Verdict:
    counts: dict[str, int]  # scope -> hits in its window, this one included
    refused: Limit | None = None
    retry_after_s: int = 0

    def count(self, scope: str) -> int:
        return self.counts.get(scope, 0)


def hit(*windows: Limit) -> Verdict:
    """Count one hit in each window, in order, up to the first that is full. Windows with
    limit 0 are off and not counted."""
    active = [w for w in windows if w.limit > 0]
    if not active:
        return Verdict({})
    client = _redis()
    if client is not None:
        try:
            return _hit_redis(client, active)
        except redis.RedisError as exc:
            _redis_failed(exc)
    return _local.hit(active, time.monotonic())


def enforce(*windows: Limit) -> Verdict:
    """`hit`, raising `RateLimited` (with the time left as `Retry-After`) when a window is
    full."""
    verdict = hit(*windows)
    w = verdict.refused
    if w is not None:
        raise RateLimited(
            f"more than {w.limit} {w.what} in {w.seconds} s; "
            f"try again in {verdict.retry_after_s} s",
            retry_after_s=verdict.retry_after_s,
        )
    return verdict


def reset(window: Limit) -> None:
    """Forget a window's hits (a successful sign-in clears the account's failures)."""
    _local.reset(window.key)
    client = _redis()
    if client is not None:
        try:
            client.delete(window.key)
        except redis.RedisError as exc:
            _redis_failed(exc)


def retry_after(ms_left: float) -> int:
    """Whole seconds to wait, at least one."""
    return max(1, math.ceil(ms_left / 1000))


def _hit_redis(client: redis.Redis, windows: list[Limit]) -> Verdict:
    args: list[int] = []
    for w in windows:
        args += [w.limit, w.seconds * 1000]
    raw: list[Any] = _script(client)(keys=[w.key for w in windows], args=args, client=client)
    refused_at, ms_left, counts = int(raw[0]), int(raw[1]), [int(n) for n in raw[2:]]
    by_scope = {w.scope: n for w, n in zip(windows, counts, strict=False)}
    if refused_at:
        return Verdict(by_scope, windows[refused_at - 1], retry_after(ms_left))
    return Verdict(by_scope)


_script_lock = threading.Lock()
_scripts: dict[int, Any] = {}


def _script(client: redis.Redis) -> Any:
    with _script_lock:
        script = _scripts.get(id(client))
        if script is None:
            _scripts.clear()  # a new client (tests, a reconnect): forget the old one
            script = _scripts[id(client)] = client.register_script(_HIT_SCRIPT)
        return script


# --- when Redis does not answer ----------------------------------------------------------

_state_lock = threading.Lock()
_down: tuple[int, float] | None = None  # (id of the failed client, when to try it again)


def _redis() -> redis.Redis | None:
    """The Redis client, or None while the in-memory counters stand in for it."""
    client = get_redis()
    with _state_lock:
        if _down is not None and _down[0] == id(client) and time.monotonic() < _down[1]:
            return None
    return client


def _redis_failed(exc: Exception) -> None:
    global _down
    client_id = id(get_redis())
    with _state_lock:
        fresh = _down is None or _down[0] != client_id or time.monotonic() >= _down[1]
        _down = (client_id, time.monotonic() + REDIS_RETRY_S)
    if fresh:
        log.warning("limits counted in this process's memory for %.0f s: %s", REDIS_RETRY_S, exc)


class LocalCounters:
    """The same fixed windows in one process's memory, bounded in size."""

    def __init__(self, max_keys: int = LOCAL_MAX_KEYS) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[int, float]] = {}  # key -> (hits, closes at)
        self.max_keys = max_keys

    def hit(self, windows: list[Limit], now: float) -> Verdict:
        counts: dict[str, int] = {}
        with self._lock:
            for w in windows:
                n, closes = self._windows.get(w.key, (0, 0.0))
                if closes <= now:
                    n, closes = 0, now + w.seconds
                self._windows[w.key] = (n + 1, closes)
                counts[w.scope] = n + 1
                if n + 1 > w.limit:
                    return Verdict(counts, w, retry_after((closes - now) * 1000))
            if len(self._windows) > self.max_keys:
                self._prune(now)
        return Verdict(counts)

    def reset(self, key: str) -> None:
        with self._lock:
            self._windows.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._windows.clear()

    def _prune(self, now: float) -> None:
        """Drop closed windows; if that is not enough, those closing soonest."""
        live = {k: v for k, v in self._windows.items() if v[1] > now}
        if len(live) > self.max_keys * 3 // 4:
            keep = sorted(live.items(), key=lambda kv: kv[1][1])[-(self.max_keys * 3 // 4) :]
            live = dict(keep)
        self._windows = live


_local = LocalCounters()


def reset_local() -> None:
    """Forget the in-memory counters and any Redis failure (tests)."""
    global _down
    _local.clear()
    with _state_lock:
        _down = None
