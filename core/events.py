"""Live event fan-out over Redis pub/sub.

Events are notifications, not the record: the database holds every message and status,
and streams re-read it when woken. A lost event (Redis restarted) therefore delays a live
view by at most one polling interval and loses nothing. `sse_response` serves a stream
to one client as server-sent events.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import redis
import redis.asyncio as aioredis
from starlette.requests import Request
from starlette.responses import StreamingResponse

from core.redis import get_redis, redis_url

log = logging.getLogger(__name__)


# Tickets appearing on, or leaving, the agents' board.
BOARD_CHANNEL = "relaydesk:board"


def conversation_channel(conversation_id: str) -> str:
    return f"relaydesk:conv:{conversation_id}"


def publish(channel: str, payload: dict[str, Any]) -> None:
    """Publish best-effort; a Redis outage is logged, never raised to the caller."""
    try:
        get_redis().publish(channel, json.dumps(payload, default=str))
    except redis.RedisError as exc:
        log.warning("event not published on %s: %s", channel, exc)


async def wakeups(channel: str, timeout_s: float, poll_s: float) -> AsyncIterator[bool]:
    """Yield True when something was published on `channel`, False after `timeout_s`
    of silence, forever. While Redis is unreachable, yield False every `poll_s`."""
    import asyncio

    while True:
        client: aioredis.Redis | None = None
        try:
            client = aioredis.Redis.from_url(redis_url(), socket_connect_timeout=2)
            async with client.pubsub() as pubsub:
                await pubsub.subscribe(channel)
                yield False  # subscribed: the caller may now read its first snapshot
                while True:
                    msg = await pubsub.get_message(
                        ignore_subscribe_messages=True, timeout=timeout_s
                    )
                    yield msg is not None
        except (redis.RedisError, OSError) as exc:
            log.info("event stream on %s without pub/sub for now: %s", channel, exc)
            await asyncio.sleep(poll_s)
            yield False
        finally:
            if client is not None:
                await client.aclose()


def sse_response(request: Request, chunks: AsyncIterator[str]) -> StreamingResponse:
    """Server-sent events from `chunks` (already SSE-formatted) until the client goes away."""

    async def events() -> AsyncIterator[str]:
        async for chunk in chunks:
            if await request.is_disconnected():
                break
            yield chunk

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
