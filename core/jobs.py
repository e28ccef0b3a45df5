"""Enqueueing RQ jobs. Jobs are named by dotted path, take ids, and are enqueued only
after the unit of work that created their data has committed (see `core.db.after_commit`)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import redis
from rq import Queue
from rq.job import Job, JobStatus

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
            func, args=args, job_id=job_id, description=description, result_ttl=60,
            failure_ttl=24 * 3600,
        )  # fmt: skip
    except redis.RedisError as exc:
        log.warning("job %s not enqueued (%s); the sweeper will retry", job_id, exc)
        return False
    return True


def job_is_alive(job_id: str) -> bool:
    """True while the job waits in its queue, or has been running for less than the job
    timeout (after that its worker is gone: RQ would have stopped it)."""
    try:
        job = Job.fetch(job_id, connection=get_redis())
        status = job.get_status(refresh=False)
    except Exception:
        return False
    if status in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED):
        return True
    if status == JobStatus.STARTED and job.started_at is not None:
        started = (
            job.started_at.replace(tzinfo=UTC) if job.started_at.tzinfo is None else job.started_at
        )
        return datetime.now(UTC) - started < timedelta(seconds=get_settings().job_timeout_s)
    return False
