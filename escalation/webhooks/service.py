"""Webhooks for integrators: endpoints, events and their deliveries. Services flush; the
caller's unit of work commits; deliveries are enqueued only after the commit.

Delivery is at least once: every event for every subscribed endpoint is a row in
`webhook_deliveries`; a job (`webhooks.deliver`) makes one attempt; a failed attempt sets
`next_attempt_at` with exponential backoff, and the sweep (`resend_due`) enqueues whatever is
due, including deliveries whose job was lost. Receivers deduplicate on the event id.
"""

from __future__ import annotations

import json
import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import redis
from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from core import jobs
from core.db import after_commit, utcnow
from core.errors import NotFound, ValidationFailed
from core.settings import get_settings
from escalation.webhooks.models import (
    DeliveryStatus,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from escalation.webhooks.signing import backoff_s
from escalation.webhooks.transport import SendResult, host_key
from escalation.webhooks.urls import check_url

log = logging.getLogger(__name__)

DELIVER = "workers.tasks.deliver_webhook"
SWEEP_BATCH = 500
MAX_ENDPOINTS = 100
LOG_LIMIT = 100


def delivery_job_id(delivery_id: int, attempt: int) -> str:
    return f"webhook-deliver-{delivery_id}-{attempt}"


def enqueue_delivery(delivery_id: int, attempt: int, url: str) -> bool:
    """Queue one attempt in the background queue (never ahead of a customer's message), with
    at most `RELAYDESK_WEBHOOK_CONCURRENCY_PER_HOST` deliveries to the URL's host queued or
    sending at once: the others wait in Redis for a free slot, so a receiver that never
    answers holds at most that many workers."""
    return jobs.enqueue(
        DELIVER,
        delivery_id,
        job_id=delivery_job_id(delivery_id, attempt),
        description="webhooks.deliver",
        lane=jobs.Lane.BACKGROUND,
        concurrency=(host_key(url), get_settings().webhook_concurrency_per_host),
    )


def _enqueue_unless_waiting(due: list[tuple[int, int, str]]) -> None:
    """After the sweep's commit: enqueue the due attempts whose job is not still waiting for
    a worker or for its host's slot (enqueueing it again would only queue it twice)."""
    try:
        alive = jobs.jobs_alive([delivery_job_id(i, n) for i, n, _ in due])
    except redis.RedisError as exc:
        log.warning("webhook deliveries not enqueued (%s); the next sweep retries", exc)
        return
    for (delivery_id, attempt, url), waiting in zip(due, alive, strict=True):
        if not waiting:
            enqueue_delivery(delivery_id, attempt, url)


def _lease_s() -> float:
    """How long a delivery handed to a job is left alone by the sweep."""
    return get_settings().webhook_timeout_s + 30


# --- endpoints -----------------------------------------------------------------------------


def create_endpoint(
    session: Session, *, url: str, events: list[WebhookEvent], secret: str | None, actor: str
) -> tuple[WebhookEndpoint, str]:
    """Register an endpoint; `(endpoint, secret)` (the secret is generated when missing)."""
    url = check_url(url.strip(), allow_private=get_settings().webhook_allow_private)
    active = session.scalar(
        select(WebhookEndpoint.id).where(WebhookEndpoint.active).offset(MAX_ENDPOINTS - 1)
    )
    if active is not None:
        raise ValidationFailed(f"at most {MAX_ENDPOINTS} webhook endpoints")
    secret = secret or f"whsec_{secrets.token_urlsafe(32)}"
    endpoint = WebhookEndpoint(
        url=url,
        events=list(dict.fromkeys(str(e) for e in events)),
        secret=secret,
        active=True,
        created_by=actor,
        created_at=utcnow(),
    )
    session.add(endpoint)
    session.flush()
    return endpoint, secret


def list_endpoints(session: Session) -> list[WebhookEndpoint]:
    return list(
        session.scalars(
            select(WebhookEndpoint).where(WebhookEndpoint.active).order_by(WebhookEndpoint.id)
        )
    )


def _endpoint(session: Session, endpoint_id: int) -> WebhookEndpoint:
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None or not endpoint.active:
        raise NotFound(f"webhook {endpoint_id} not found")
    return endpoint


def delete_endpoint(session: Session, endpoint_id: int) -> None:
    """Deactivate the endpoint (its log stays); its pending deliveries are cancelled."""
    endpoint = _endpoint(session, endpoint_id)
    endpoint.active = False
    session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.endpoint_id == endpoint_id,
            WebhookDelivery.status == DeliveryStatus.PENDING,
        )
        .values(status=DeliveryStatus.CANCELLED, next_attempt_at=None)
    )
    session.flush()


def deliveries(session: Session, endpoint_id: int) -> list[WebhookDelivery]:
    """The endpoint's delivery log, newest first."""
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None:
        raise NotFound(f"webhook {endpoint_id} not found")
    return list(
        session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.endpoint_id == endpoint_id)
            .order_by(WebhookDelivery.id.desc())
            .limit(LOG_LIMIT)
        )
    )


# --- events --------------------------------------------------------------------------------


def emit(
    session: Session, event: WebhookEvent, data: dict[str, Any], now: datetime | None = None
) -> list[int]:
    """Record `event` for every active endpoint that wants it and enqueue the deliveries
    after commit. Returns the delivery ids (none when nobody listens)."""
    endpoints = [e for e in list_endpoints(session) if event in e.events]
    if not endpoints:
        return []
    now = now or utcnow()
    event_id = f"evt_{uuid.uuid4().hex}"
    payload = {"id": event_id, "type": str(event), "created_at": now.isoformat(), "data": data}
    due = now + timedelta(seconds=_lease_s())  # the sweep's fallback if the job is lost
    rows = [
        WebhookDelivery(
            endpoint_id=e.id,
            event_id=event_id,
            event=str(event),
            payload=payload,
            status=DeliveryStatus.PENDING,
            attempts=0,
            next_attempt_at=due,
            created_at=now,
        )
        for e in endpoints
    ]
    session.add_all(rows)
    session.flush()
    urls = {e.id: e.url for e in endpoints}
    jobs_to_queue = [(r.id, urls[r.endpoint_id]) for r in rows]
    after_commit(session, lambda: [enqueue_delivery(i, 0, url) for i, url in jobs_to_queue])
    return [r.id for r in rows]


# --- attempts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """One claimed attempt: what to send, and where."""

    delivery_id: int
    number: int  # 1-based
    url: str
    secret: str
    event: str
    body: bytes


def start_attempt(session: Session, delivery_id: int, now: datetime) -> Attempt | None:
    """Claim the next attempt of a pending delivery (one claimer wins), or None when
    there is nothing to do (delivered, cancelled, given up, or claimed by another)."""
    delivery = session.get(WebhookDelivery, delivery_id, populate_existing=True)
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return None
    endpoint = session.get(WebhookEndpoint, delivery.endpoint_id)
    if endpoint is None or not endpoint.active:
        delivery.status = DeliveryStatus.CANCELLED
        delivery.next_attempt_at = None
        session.flush()
        return None
    if delivery.attempts >= get_settings().webhook_max_attempts:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
        session.flush()
        return None
    claimed = session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.id == delivery_id,
            WebhookDelivery.status == DeliveryStatus.PENDING,
            WebhookDelivery.attempts == delivery.attempts,
        )
        .values(
            attempts=delivery.attempts + 1,
            next_attempt_at=now + timedelta(seconds=_lease_s()),
        )
        .execution_options(synchronize_session=False)
    )
    if cast(CursorResult[Any], claimed).rowcount != 1:
        return None
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    return Attempt(
        delivery_id, delivery.attempts + 1, endpoint.url, endpoint.secret, delivery.event, body
    )


def finish_attempt(session: Session, attempt: Attempt, outcome: SendResult, now: datetime) -> str:
    """Record how the attempt went: delivered, failed for good, or pending with the next
    attempt due after an exponential backoff. Returns the delivery's status."""
    settings = get_settings()
    values: dict[str, Any] = {"last_status_code": outcome.status_code, "last_error": outcome.error}
    if outcome.ok:
        status = DeliveryStatus.DELIVERED
        values.update(status=status, delivered_at=now, next_attempt_at=None, last_error=None)
    elif attempt.number >= settings.webhook_max_attempts:
        status = DeliveryStatus.FAILED
        values.update(status=status, next_attempt_at=None)
    else:
        status = DeliveryStatus.PENDING
        delay = backoff_s(attempt.number, settings.webhook_backoff_s)
        values.update(next_attempt_at=now + timedelta(seconds=delay))
    session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.id == attempt.delivery_id,
            WebhookDelivery.attempts == attempt.number,
            WebhookDelivery.status == DeliveryStatus.PENDING,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return status


def resend_due(session: Session, now: datetime | None = None) -> list[int]:
    """The sweep: enqueue (after commit) every pending delivery whose next attempt is due,
    retries and lost jobs alike. Safe with several sweepers (each claim is conditional). A
    delivery whose job still waits (for a worker, or for its host's slot) is claimed for
    another lease but not queued again."""
    now = now or utcnow()
    rows = session.execute(
        select(
            WebhookDelivery.id,
            WebhookDelivery.attempts,
            WebhookDelivery.next_attempt_at,
            WebhookEndpoint.url,
        )
        .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .where(
            WebhookDelivery.status == DeliveryStatus.PENDING,
            WebhookDelivery.next_attempt_at <= now,
        )
        .order_by(WebhookDelivery.next_attempt_at)
        .limit(SWEEP_BATCH)
    ).all()
    lease = now + timedelta(seconds=_lease_s())
    due: list[tuple[int, int, str]] = []
    for delivery_id, attempts, next_at, url in rows:
        claimed = session.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.id == delivery_id,
                WebhookDelivery.status == DeliveryStatus.PENDING,
                WebhookDelivery.attempts == attempts,
                WebhookDelivery.next_attempt_at == next_at,
            )
            .values(next_attempt_at=lease)
            .execution_options(synchronize_session=False)
        )
        if cast(CursorResult[Any], claimed).rowcount == 1:
            due.append((delivery_id, attempts, url))
    if due:
        after_commit(session, lambda: _enqueue_unless_waiting(due))
    return [i for i, _, _ in due]
