"""RQ job functions: thin, they take ids and call domain services in a unit of work."""

from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError

from core.db import unit_of_work
from router.conversations import processing

log = logging.getLogger(__name__)


def process_message(message_id: int) -> dict[str, object]:
    """conversations.process_message: classify, decide, answer or escalate."""
    try:
        with unit_of_work() as session:
            result = processing.process_message(session, message_id)
    except IntegrityError:
        # Another worker decided this message at the same moment; its answer stands.
        log.info("message %s was decided concurrently; nothing to do", message_id)
        return {"message_id": message_id, "decided": []}
    return {"message_id": message_id, "decided": result.decided, "ticket": result.ticket_id}


def deliver_webhook(delivery_id: int) -> dict[str, object]:
    """webhooks.deliver: one attempt at one webhook delivery. The attempt is claimed and
    recorded in two short transactions; the HTTP call runs between them, outside any."""
    from core.db import utcnow
    from core.settings import get_settings
    from escalation.webhooks import service, transport

    with unit_of_work() as session:
        attempt = service.start_attempt(session, delivery_id, utcnow())
    if attempt is None:
        return {"delivery_id": delivery_id, "status": "skipped"}
    settings = get_settings()
    outcome = transport.send(
        attempt.url, attempt.secret, attempt.body, event=attempt.event,
        delivery_id=attempt.delivery_id, timestamp=int(utcnow().timestamp()),
        timeout_s=settings.webhook_timeout_s, allow_private=settings.webhook_allow_private,
    )  # fmt: skip
    with unit_of_work() as session:
        status = service.finish_attempt(session, attempt, outcome, utcnow())
    if not outcome.ok:
        log.info("webhook delivery %s attempt %s: %s", delivery_id, attempt.number, outcome.error)
    return {"delivery_id": delivery_id, "attempt": attempt.number, "status": status}
