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
