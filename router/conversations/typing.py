"""The agent-is-typing signal: a short-lived, best-effort signal from the agent holding a
conversation to the customer's event stream.

Not a record: it lives in Redis for `TYPING_TTL_S` only and is never written to the
database. The agent's page reports typing (`POST /api/v1/tickets/{id}/typing`); at most one
report per `REPORT_EVERY_S` per conversation is stored and wakes the customer's stream (the
others are answered but coalesced), which then emits a `typing` event. Without Redis nothing
is shown, and nothing fails.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass

import redis

from core.events import conversation_channel, wake_readers
from core.redis import get_redis

log = logging.getLogger(__name__)

TYPING_TTL_S = 6  # the customer's page shows the indicator this long after a report
REPORT_EVERY_S = 2.0  # reports closer together than this are coalesced
MAX_NAME_CHARS = 100


def _state_key(conversation_id: str) -> str:
    return f"relaydesk:typing:{conversation_id}"


def _limit_key(conversation_id: str) -> str:
    return f"relaydesk:typing-limit:{conversation_id}"


@dataclass(frozen=True)
class Typing:
    name: str
    at_ms: int  # when it was reported: a new report is a new event


def note_agent_typing(conversation_id: str, name: str) -> bool:
    """Record that `name` is typing in the conversation and wake its streams; False when
    coalesced with a report of the last `REPORT_EVERY_S`, or when Redis is unreachable."""
    client = get_redis()
    try:
        every_ms = int(REPORT_EVERY_S * 1000)
        if not client.set(_limit_key(conversation_id), b"1", nx=True, px=every_ms):
            return False
        state = json.dumps({"name": name[:MAX_NAME_CHARS], "at_ms": int(time.time() * 1000)})
        client.set(_state_key(conversation_id), state, ex=TYPING_TTL_S)
    except redis.RedisError as exc:
        log.warning("typing not recorded: %s", exc)
        return False
    wake_readers(conversation_channel(conversation_id), {"type": "typing"})
    return True


def agent_typing(conversation_id: str) -> Typing | None:
    """Who is typing in the conversation now, if anyone (None also when Redis is down)."""
    try:
        raw = get_redis().get(_state_key(conversation_id))
    except redis.RedisError:
        return None
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Typing(str(data["name"]), int(data["at_ms"]))
    except (ValueError, KeyError, TypeError):
        return None
