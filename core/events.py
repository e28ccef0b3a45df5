"""Live event fan-out over Redis pub/sub.

Events are notifications, not the record: the database holds every message and status,
and streams re-read it when woken. A lost event (Redis restarted) therefore delays a live
view by at most one polling interval and loses nothing. `sse_response` serves a stream
to one client as server-sent events.
"""

from __future__ import annotations

import asyncio
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
SUBSCRIBE_TIMEOUT_S = 2.0


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
    of silence, forever. While Redis is unreachable, yield False every `poll_s`.

    A wake-up means "re-read the database", so messages that arrive while the caller is busy
    with the last one wake it once, not once each: a listener task only raises a flag (a
    claim publishes several events in a burst, and each of fifty agents' streams would
    otherwise read the board once per event).
    """
    while True:
        client: aioredis.Redis | None = None
        listener: asyncio.Task[None] | None = None
        try:
            client = aioredis.Redis.from_url(redis_url(), socket_connect_timeout=2)
            async with client.pubsub() as pubsub:
                await pubsub.subscribe(channel)
                # The confirmation, read here: a stream wakes for published messages only.
                await pubsub.get_message(timeout=SUBSCRIBE_TIMEOUT_S)
                flag = asyncio.Event()
                listener = asyncio.create_task(_listen(pubsub, flag))
                yield False  # subscribed: the caller may now read its first snapshot
                while True:
                    woke = await _wait(flag, listener, timeout_s)
                    flag.clear()
                    yield woke
        except (redis.RedisError, OSError) as exc:
            log.info("event stream on %s without pub/sub for now: %s", channel, exc)
            await asyncio.sleep(poll_s)
            yield False
        finally:
            if listener is not None:
                listener.cancel()
                await asyncio.gather(listener, return_exceptions=True)
            if client is not None:
                await client.aclose()


async def _listen(pubsub: Any, flag: asyncio.Event) -> None:
    """Raise `flag` for every message published on the subscribed channel."""
    while True:
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=None)
        if message is not None:
            flag.set()


async def _wait(flag: asyncio.Event, listener: asyncio.Task[None], timeout_s: float) -> bool:
    """True once `flag` is up, False after `timeout_s`; the listener's error if it failed."""
    flagged = asyncio.ensure_future(flag.wait())
    try:
        await asyncio.wait({flagged, listener}, timeout=timeout_s, return_when="FIRST_COMPLETED")
    finally:
        flagged.cancel()
    if listener.done():
        listener.result()  # raises what stopped it (the connection is gone: reconnect)
        raise redis.ConnectionError("the pub/sub listener stopped")
    return flag.is_set()


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
