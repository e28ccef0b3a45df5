"""The decision latency histogram (customer message stored -> decision made).

The workers observe it, wherever they run, so it cannot live in one process's memory: each
observation adds to a histogram kept in Redis (one MULTI/EXEC round trip, after the decision
is committed), which any API process reads when Prometheus scrapes `/metrics`. The counts
only grow (a Prometheus histogram); losing Redis resets them, which Prometheus treats as a
counter reset. This module imports nothing of the domain, so the pipeline can call it."""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import redis

from core.redis import get_redis

log = logging.getLogger(__name__)

LATENCY_KEY = "relaydesk:metrics:decision_latency_seconds"
# Upper bounds in seconds; the targets are p50 <= 20 ms and p99 <= 100 ms (DESIGN.md).
LATENCY_BUCKETS = (0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
INF = "+Inf"


def bucket_of(seconds: float) -> str:
    """The histogram field a latency is counted in: the smallest upper bound >= it."""
    for bound in LATENCY_BUCKETS:
        if seconds <= bound:
            return repr(bound)
    return INF


def observe_decision_latency(seconds: float) -> None:
    """Count one decision's latency (its customer message stored -> its decision made), in
    seconds. Call it after the decision is committed (e.g. with `core.db.after_commit`),
    never inside the transaction: it talks to Redis. Best effort: never raises."""
    observe_decision_latencies([seconds])


def observe_decision_latencies(values: Iterable[float]) -> None:
    """Count several latencies in one round trip (see `observe_decision_latency`). NaN and
    infinities are dropped; a negative value (clocks of two machines) counts as 0."""
    clean = [max(0.0, float(v)) for v in values if math.isfinite(v)]
    if not clean:
        return
    try:
        pipe = get_redis().pipeline(transaction=True)
        for bucket, count in Counter(bucket_of(v) for v in clean).items():
            pipe.hincrby(LATENCY_KEY, bucket, count)
        pipe.hincrbyfloat(LATENCY_KEY, "sum", sum(clean))
        pipe.hincrby(LATENCY_KEY, "count", len(clean))
        pipe.execute()
    except redis.RedisError as exc:
        log.debug("decision latency not recorded: %s", exc)


@dataclass(frozen=True)
class LatencyHistogram:
    buckets: list[tuple[str, float]]  # cumulative, ending with +Inf
    sum: float


def latency_histogram(conn: redis.Redis) -> LatencyHistogram:
    stored: dict[bytes | str, bytes | str] = conn.hgetall(LATENCY_KEY)  # type: ignore[assignment]
    return cumulative({_text(k): _text(v) for k, v in stored.items()})


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def cumulative(raw: dict[str, str]) -> LatencyHistogram:
    """Pure: the stored per-bucket counts as Prometheus' cumulative buckets."""
    running = 0.0
    buckets: list[tuple[str, float]] = []
    for bound in (*(repr(b) for b in LATENCY_BUCKETS), INF):
        running += _number(raw.get(bound))
        buckets.append((bound, running))
    return LatencyHistogram(buckets, _number(raw.get("sum")))


def _number(value: str | None) -> float:
    try:
        number = float(value) if value is not None else 0.0
    except ValueError:
        return 0.0
    return number if math.isfinite(number) else 0.0
