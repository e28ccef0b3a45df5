"""Enqueueing RQ jobs. Jobs are named by dotted path, take ids, and are enqueued only
after the unit of work that created their data has committed (see `core.db.after_commit`).

Four queues, so that nothing a customer waits for queues behind work nobody waits for:
customers' messages (`RELAYDESK_QUEUE`), messages from a client over its soft budget
(`<name>-messages-low`), the LLM's part of a message (`<name>-llm`: a message worker hands a
message that needs the LLM there when an LLM worker is alive, so a slow LLM never holds up a
request for a person) and background work such as webhook deliveries (`<name>-background`).
A worker takes from its queues in order: a message worker never runs a webhook, and a
flooding client's messages wait until every other customer's are done.

A started job is alive while its worker's heartbeat is (`core.heartbeat`): a killed worker's
job is run again within seconds, not after the job timeout.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import redis
from rq import Queue, RateLimit
from rq.job import Job, JobStatus
from rq.utils import utcparse

from core.heartbeat import workers_alive
from core.redis import get_redis
from core.settings import get_settings

log = logging.getLogger(__name__)
_WAITING = (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED, JobStatus.RATE_LIMITED)


class Lane(StrEnum):
    """Which queue a job waits in."""

    MESSAGES = "messages"  # customers' messages: every message worker takes these first
    MESSAGES_LOW = "messages-low"  # messages from a client over its soft budget
    LLM = "llm"  # messages whose reading or answer waits for the LLM
    BACKGROUND = "background"  # webhook deliveries and other work nobody waits for


# What a worker listens to, in priority order (`relaydesk worker --queues ROLE`).
WORKER_ROLES: dict[str, tuple[Lane, ...]] = {
    "all": (Lane.MESSAGES, Lane.MESSAGES_LOW, Lane.LLM, Lane.BACKGROUND),
    "messages": (Lane.MESSAGES, Lane.MESSAGES_LOW),
    "llm": (Lane.LLM,),
    "background": (Lane.BACKGROUND,),
}


def queue_name(lane: Lane) -> str:
    """The messages queue keeps the configured name (jobs queued before an upgrade still
    run); the others are named after it."""
    base = get_settings().queue_name
    return base if lane is Lane.MESSAGES else f"{base}-{lane}"


def lane_of(name: str) -> Lane:
    """The lane of a queue, by its name (`queue_name`)."""
    return next((lane for lane in Lane if queue_name(lane) == name), Lane.MESSAGES)


def queue(lane: Lane = Lane.MESSAGES) -> Queue:
    return Queue(
        queue_name(lane), connection=get_redis(), default_timeout=get_settings().job_timeout_s
    )


def queues(role: str = "all") -> list[Queue]:
    """The queues of a worker role, highest priority first."""
    return [queue(lane) for lane in WORKER_ROLES[role]]


def enqueue(
    func: str,
    *args: object,
    job_id: str,
    description: str,
    lane: Lane,
    concurrency: tuple[str, int] | None = None,
) -> bool:
    """Enqueue best-effort: False (and a log line) when Redis is unreachable; the recovery
    sweeper re-enqueues from the database later, so nothing is lost.

    `concurrency=(key, n)`: at most n jobs with this key are queued or running at once
    across all workers (RQ's rate limit); the others wait in Redis for a free slot."""
    limit = RateLimit(*concurrency) if concurrency is not None and concurrency[1] > 0 else None
    try:
        queue(lane).enqueue_call(
            func,
            args=args,
            job_id=job_id,
            description=description,
            result_ttl=30,  # nobody reads results (0 trips RQ 3.0's cleanup); kept briefly
            failure_ttl=24 * 3600,
            rate_limit=limit,
        )
    except redis.RedisError as exc:
        log.warning("job %s not enqueued (%s); the sweeper will retry", job_id, exc)
        return False
    return True


def jobs_alive(job_ids: Sequence[str]) -> list[bool]:
    """For each job: True while it waits in its queue (or for a free slot of its rate
    limit), or runs on a worker whose heartbeat is current, for less than the job timeout
    (after that RQ would have stopped it). Two round trips for the whole batch."""
    if not job_ids:
        return []
    pipe = get_redis().pipeline(transaction=False)
    for job_id in job_ids:
        pipe.hmget(Job.key_for(job_id), "status", "started_at", "worker_name")
    rows = pipe.execute()
    names = [worker.decode() for _, _, worker in rows if worker]
    beating = dict(zip(names, workers_alive(names), strict=True))
    timeout = timedelta(seconds=get_settings().job_timeout_s)
    now = datetime.now(UTC)
    alive = []
    for status, started_at, worker in rows:
        state = status.decode() if status else None
        if state in _WAITING:
            alive.append(True)
        elif state == JobStatus.STARTED and started_at:
            running = now - utcparse(started_at.decode()) < timeout
            alive.append(running and (not worker or beating.get(worker.decode(), False)))
        else:
            alive.append(False)
    return alive
