"""Worker heartbeats: how the recovery sweeper tells a dead worker from a slow job.

RQ's SimpleWorker runs a job in its own thread of control and writes no heartbeat while the
job runs, so a killed worker's job looked alive until the whole job timeout (60 s) had
passed. Each worker process now keeps a key alive from a thread of its own
(`Heartbeat`); the key expires `TTL_S` after the process stops beating, and a started job
whose worker has no key is lost and is run again. The heartbeat also says which queues the
worker serves (`lane_served`): a message worker hands work to the LLM queue only while some
worker takes from it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence

import redis

from core.redis import get_redis

log = logging.getLogger(__name__)

KEY_PREFIX = "relaydesk:worker-alive:"
LANE_PREFIX = "relaydesk:lane-workers:"  # a sorted set per queue: worker -> beat expiry
INTERVAL_S = 1.0
TTL_S = 4.0  # four beats: a stall of the beating thread for a few seconds is not death


def key(worker_name: str) -> str:
    return f"{KEY_PREFIX}{worker_name}"


def beat(worker_name: str, lanes: Sequence[str] = (), ttl_s: float = TTL_S) -> None:
    expires = time.time() + ttl_s
    pipe = get_redis().pipeline(transaction=False)
    pipe.set(key(worker_name), "1", px=int(ttl_s * 1000))
    for lane in lanes:
        pipe.zadd(LANE_PREFIX + lane, {worker_name: expires})
        pipe.zremrangebyscore(LANE_PREFIX + lane, "-inf", time.time())
    pipe.execute()


def lane_served(lane: str) -> bool:
    """Whether a live worker takes jobs from `lane` (False when Redis cannot say)."""
    try:
        return bool(get_redis().zcount(LANE_PREFIX + lane, time.time(), "+inf"))
    except redis.RedisError:
        return False


def workers_alive(worker_names: Sequence[str]) -> list[bool]:
    """For each worker name: whether its heartbeat is current. One round trip."""
    if not worker_names:
        return []
    pipe = get_redis().pipeline(transaction=False)
    for name in worker_names:
        pipe.exists(key(name))
    return [bool(found) for found in pipe.execute()]


class Heartbeat:
    """Beats for `worker_name` every `interval_s` until stopped; the key is deleted on a
    clean stop, so the sweeper need not wait for it to expire."""

    def __init__(
        self,
        worker_name: str,
        lanes: Sequence[str] = (),
        interval_s: float = INTERVAL_S,
        ttl_s: float = TTL_S,
    ) -> None:
        self.worker_name = worker_name
        self.lanes = tuple(lanes)
        self.interval_s = interval_s
        self.ttl_s = ttl_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def start(self) -> Heartbeat:
        self._beat()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        try:
            pipe = get_redis().pipeline(transaction=False)
            pipe.delete(key(self.worker_name))
            for lane in self.lanes:
                pipe.zrem(LANE_PREFIX + lane, self.worker_name)
            pipe.execute()
        except redis.RedisError as exc:
            log.info("heartbeat key not removed (it expires on its own): %s", exc)

    def _beat(self) -> None:
        try:
            beat(self.worker_name, self.lanes, self.ttl_s)
        except redis.RedisError as exc:
            log.warning("heartbeat not written: %s", exc)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            self._beat()
