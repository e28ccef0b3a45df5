"""`/metrics` for Prometheus: a collector that reads the live numbers when scraped, and who
may scrape.

Access: a request from this machine (a loopback peer, with no proxy header saying it was
forwarded) needs nothing, unless `RELAYDESK_METRICS_ALLOW_LOOPBACK=false`; anyone else sends
`Authorization: Bearer <RELAYDESK_METRICS_TOKEN>` or an ops lead's access token."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from functools import lru_cache

import redis
from prometheus_client import generate_latest
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector, CollectorRegistry
from sqlalchemy.exc import SQLAlchemyError

from core import tokens
from core.db import read_only, utcnow
from core.errors import Unauthorized
from core.redis import get_redis
from core.settings import get_settings
from escalation.metrics.latency import latency_histogram
from escalation.metrics.live import BoardNow, board_now, job_queues
from escalation.users.auth import authenticate
from escalation.users.models import Role

PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")
NEEDS_AUTH = (
    "/metrics needs `Authorization: Bearer <RELAYDESK_METRICS_TOKEN>` or an ops token "
    "(without one, only requests from this machine are answered)"
)


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback; False for anything else,
    names and unix sockets included."""
    if not host:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def check_scrape_access(
    client_host: str | None, headers: Mapping[str, str], authorization: str | None
) -> None:
    """Allow the scrape, or raise Unauthorized (401) / Forbidden (403)."""
    settings = get_settings()
    if authorization is None:
        forwarded = any(h in headers for h in PROXY_HEADERS)
        if settings.metrics_allow_loopback and is_loopback(client_host) and not forwarded:
            return
        raise Unauthorized(NEEDS_AUTH)
    token = tokens.bearer(authorization)
    scrape = settings.metrics_token.get_secret_value() if settings.metrics_token else ""
    if scrape and hmac.compare_digest(token.encode(), scrape.encode()):
        return
    authenticate(authorization, frozenset({Role.OPS}))


def _source_up(database: bool, redis_ok: bool) -> GaugeMetricFamily:
    up = GaugeMetricFamily(
        "relaydesk_scrape_source_up",
        "1 when this scrape could read the source, 0 when it failed (its gauges are missing)",
        labels=["source"],
    )
    up.add_metric(["database"], 1.0 if database else 0.0)
    up.add_metric(["redis"], 1.0 if redis_ok else 0.0)
    return up


def board_metrics(board: BoardNow, now: datetime) -> Iterator[Metric]:
    waiting = GaugeMetricFamily(
        "relaydesk_queue_waiting_tickets",
        "Tickets on the board per queue now (open, released or transferred): the queue depth",
        labels=["queue"],
    )
    held = GaugeMetricFamily(
        "relaydesk_queue_held_tickets",
        "Tickets agents hold per queue now (claimed or with_agent)",
        labels=["queue"],
    )
    longest = GaugeMetricFamily(
        "relaydesk_queue_longest_wait_seconds",
        "Age of the oldest ticket waiting on the board per queue (0 when none waits)",
        labels=["queue"],
    )
    for queue, entry in sorted(board.queues.items()):
        waiting.add_metric([queue], entry.waiting)
        held.add_metric([queue], entry.held)
        oldest = entry.oldest_waiting_at
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=UTC)
        age = max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0
        longest.add_metric([queue], round(age, 3))
    online = GaugeMetricFamily(
        "relaydesk_agents_online",
        "Agents online now who speak the language (an agent counts once per language); "
        "languages waiting tickets need appear with 0 when nobody online speaks them",
        labels=["language"],
    )
    for language, count in board.agents_online.items():
        online.add_metric([language], count)
    yield from (waiting, held, longest, online)


def redis_metrics(conn: redis.Redis) -> Iterator[Metric]:
    backlog = GaugeMetricFamily(
        "relaydesk_job_backlog", "Jobs waiting to run per RQ queue", labels=["queue"]
    )
    failed = GaugeMetricFamily(
        "relaydesk_jobs_failed", "Failed jobs kept in each RQ queue's registry", labels=["queue"]
    )
    for name, (waiting, failures) in job_queues(conn).items():
        backlog.add_metric([name], waiting)
        failed.add_metric([name], failures)
    histogram = latency_histogram(conn)
    latency = HistogramMetricFamily(
        "relaydesk_decision_latency_seconds",
        "From a customer message stored to its decision made, as observed by the workers",
        buckets=histogram.buckets,
        sum_value=histogram.sum,
    )
    yield from (backlog, failed, latency)


class LiveCollector(Collector):
    """Reads the database and Redis at every scrape; a source that fails is reported by
    `relaydesk_scrape_source_up` instead of failing the scrape."""

    def collect(self) -> Iterator[Metric]:
        now = utcnow()
        found: list[Metric] = []
        database_ok = redis_ok = True
        try:
            with read_only() as session:
                board = board_now(session, now)
            found.extend(board_metrics(board, now))
        except SQLAlchemyError:
            database_ok = False
        try:
            found.extend(redis_metrics(get_redis()))
        except redis.RedisError:
            redis_ok = False
        yield _source_up(database_ok, redis_ok)
        yield from found


@lru_cache(maxsize=1)
def registry() -> CollectorRegistry:
    """The registry `/metrics` renders: the live collector only (auto_describe off, so
    nothing is read when it is registered)."""
    collectors = CollectorRegistry(auto_describe=False)
    collectors.register(LiveCollector())
    return collectors


def render() -> bytes:
    return generate_latest(registry())
