"""The channels live events travel on, and publishing to them."""

from __future__ import annotations

import json
import logging
from typing import Any

import redis

from core.redis import get_redis

log = logging.getLogger(__name__)

# Tickets appearing on, or leaving, the agents' board.
BOARD_CHANNEL = "relaydesk:board"


def conversation_channel(conversation_id: str) -> str:
    return f"relaydesk:conv:{conversation_id}"


def wake_readers(channel: str, payload: dict[str, Any]) -> None:
    """Wake the readers of `channel` (they re-read the database; the payload only says
    what changed): published best-effort, a Redis outage is logged, never raised."""
    try:
        get_redis().publish(channel, json.dumps(payload, default=str))
    except redis.RedisError as exc:
        log.warning("event not published on %s: %s", channel, exc)
