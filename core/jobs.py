"""Enqueueing RQ jobs. Jobs are named by dotted path, take ids, and are enqueued only
after the unit of work that created their data has committed (see `core.db.after_commit`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import redis
from rq import Queue
from rq.job import Job, JobStatus
from rq.utils import utcparse

from core.redis import get_redis
from core.settings import get_settings

log = logging.getLogger(__name__)


def queue() -> Queue:
    settings = get_settings()
    return Queue(
        settings.queue_name, connection=get_redis(), default_timeout=settings.job_timeout_s
    )


def enqueue(func: str, *args: object, job_id: str, description: str) -> bool:
    """Enqueue best-effort: False (and a log line) when Redis is unreachable; the recovery
    sweeper re-enqueues from the database later, so nothing is lost."""
    try:
        queue().enqueue_call(
            func, args=args, job_id=job_id, description=description,
            result_ttl=30,  # nobody reads results (0 trips RQ 3.0's cleanup); kept briefly
            failure_ttl=24 * 3600,
        )  # fmt: skip
    except redis.RedisError as exc:
        log.warning("job %s not enqueued (%s); the sweeper will retry", job_id, exc)
        return False
    return True


def jobs_alive(job_ids: Sequence[str]) -> list[bool]:
    """For each job: True while it waits in its queue, or has been running for less than
    the job timeout (after that its worker is gone: RQ would have stopped it). One round
    trip for the whole batch."""
    if not job_ids:
        return []
    pipe = get_redis().pipeline(transaction=False)
    for job_id in job_ids:
        pipe.hmget(Job.key_for(job_id), "status", "started_at")
    timeout = timedelta(seconds=get_settings().job_timeout_s)
    now = datetime.now(UTC)
    alive = []
    for status, started_at in pipe.execute():
        state = status.decode() if status else None
        if state in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED):
            alive.append(True)
        elif state == JobStatus.STARTED and started_at:
            alive.append(now - utcparse(started_at.decode()) < timeout)
        else:
            alive.append(False)
    return alive
