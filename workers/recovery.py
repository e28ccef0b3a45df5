"""Recovery: customer messages whose job was lost (worker killed, Redis restarted or
unreachable at intake) are found in the database and enqueued again."""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

import redis
from sqlalchemy import or_, select, update

from core.db import unit_of_work, utcnow
from core.jobs import jobs_alive
from core.redis import get_redis
from core.settings import get_settings
from escalation.tickets.sweeps import expire_overdue, sweep_board
from escalation.webhooks.service import resend_due
from router.conversations.models import Author, Message
from router.conversations.service import enqueue_processing, llm_job_id, process_job_id
from router.pipeline import processing

log = logging.getLogger(__name__)
BATCH = 500


@dataclass
class SweepReport:
    requeued: int = 0
    still_queued: int = 0
    given_up: int = 0


def sweep(now: datetime | None = None) -> SweepReport:
    settings = get_settings()
    now = now or utcnow()
    cutoff = now - timedelta(seconds=settings.stale_after_s)
    report = SweepReport()
    get_redis().ping()  # without Redis no retry can be enqueued: don't count attempts
    with unit_of_work() as session:
        rows = session.execute(
            select(Message.id, Message.attempts)
            .where(
                Message.processed_at.is_(None),
                Message.author == Author.CUSTOMER,
                or_(Message.enqueued_at.is_(None), Message.enqueued_at < cutoff),
            )
            .order_by(Message.id)
            .limit(BATCH)
        ).all()
    # A message's job is alive in the messages queue, or handed on to the LLM queue.
    fast = jobs_alive([process_job_id(message_id, attempts) for message_id, attempts in rows])
    slow = jobs_alive([llm_job_id(message_id, attempts) for message_id, attempts in rows])
    alive = [a or b for a, b in zip(fast, slow, strict=True)]
    waiting = [message_id for (message_id, _), ok in zip(rows, alive, strict=True) if ok]
    if waiting:  # not lost, only behind in the queue: look again after stale_after_s
        with unit_of_work() as session:
            session.execute(update(Message).where(Message.id.in_(waiting)).values(enqueued_at=now))
        report.still_queued = len(waiting)
    for (message_id, attempts), ok in zip(rows, alive, strict=True):
        if ok:
            continue
        if attempts >= settings.max_attempts:
            with unit_of_work() as session:
                processing.give_up(session, message_id, f"{attempts} attempts failed")
            report.given_up += 1
        elif _claim_retry(message_id, attempts, now):
            if not enqueue_processing(message_id, attempts + 1):
                break  # Redis went away; the next sweep retries this one
            report.requeued += 1
    if report.requeued or report.given_up:
        log.warning("recovery sweep: %s", report)
    return report


def _claim_retry(message_id: int, attempts: int, now: datetime) -> bool:
    """Count the retry in the database; only one sweeper wins each retry."""
    with unit_of_work() as session:
        claimed = session.execute(
            update(Message)
            .where(
                Message.id == message_id,
                Message.attempts == attempts,
                Message.processed_at.is_(None),
            )
            .values(attempts=attempts + 1, enqueued_at=now)
        )
        return bool(claimed.rowcount)  # type: ignore[attr-defined]


SWEEP_LOCK = "relaydesk:sweep-lock"


def _take_turn(interval_s: float) -> bool:
    """One sweeper per interval across all workers: the first to set the key sweeps."""
    ttl_ms = max(100, int(interval_s * 900))
    return bool(get_redis().set(SWEEP_LOCK, socket.gethostname(), nx=True, px=ttl_ms))


def run_sweeper(stop: threading.Event) -> None:
    """Every `RELAYDESK_SWEEP_INTERVAL_S` seconds until `stop` is set: re-enqueue lost
    messages, return tickets whose agent missed a timer or went offline, raise tickets past
    their SLA, close abandoned ones, and retry webhook deliveries that are due."""
    interval = get_settings().sweep_interval_s
    while not stop.wait(interval):
        try:
            if not _take_turn(interval):
                continue  # another worker sweeps this time
            sweep()
            with unit_of_work() as session:
                returned = expire_overdue(session)
            if returned:
                log.warning("returned %d tickets to the board (timers)", len(returned))
            with unit_of_work() as session:
                sweep_board(session)  # SLA raises, abandoned and expired tickets, offers
            with unit_of_work() as session:
                resend_due(session)  # webhook deliveries due for a retry
        except (redis.RedisError, OSError) as exc:
            log.warning("recovery sweep skipped: %s", exc)
        except Exception:
            log.exception("recovery sweep failed")
