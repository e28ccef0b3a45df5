"""One Redis pub/sub connection per event loop, shared by every live stream in it.

A stream registers the channel it follows; the subscriber keeps that channel subscribed while
at least one stream follows it and raises a flag on each of those streams when a message is
published there. When the connection is lost it reconnects with a growing pause (with
jitter), and in the meantime every stream polls: `wakeups` yields False each `poll_s`. Once
subscribed again, each stream is woken once, for whatever was published while nobody
listened. Events only say "re-read the database", so nothing is lost, only delayed by at most
one polling interval.

The subscriber is an asyncio task of the event loop its streams run in (`asyncio.Event`s
belong to one loop); a process with several loops (tests: TestClient's thread, a uvicorn
thread) has one subscriber per loop. With no stream left, the connection is closed after
`IDLE_CLOSE_S`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import weakref
from collections.abc import AsyncGenerator, Iterable
from typing import Any

import redis
import redis.asyncio as aioredis
from redis.asyncio.connection import AbstractConnection

from core.redis import redis_url

log = logging.getLogger(__name__)

SUBSCRIBE_TIMEOUT_S = 2.0  # how long a new stream waits for its subscription at most
SEND_TIMEOUT_S = 5.0
BACKOFF_MIN_S = 0.2
BACKOFF_MAX_S = 10.0
PING_EVERY_S = 30.0  # a silent connection is pinged; silent for twice as long, it is dead
IDLE_CLOSE_S = 10.0  # the connection outlives its last stream by this much
CLIENT_NAME = "relaydesk-events"  # as Redis `CLIENT LIST` shows the connection


class _Stream:
    """One `wakeups` consumer: `poke` ends its wait; `woken` says something was published."""

    __slots__ = ("live", "poke", "started", "woken")

    def __init__(self, live: bool) -> None:
        self.poke = asyncio.Event()
        self.woken = False
        self.live = live  # its channel is subscribed on the current connection
        self.started = False  # it has yielded once: it read the database already

    def wake(self) -> None:
        self.woken = True
        self.poke.set()

    async def wait(self, timeout_s: float) -> bool:
        """True when woken (now or within `timeout_s`), else False; poked early: False."""
        if not self.poke.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout_s):
                    await self.poke.wait()
        self.poke.clear()
        woke, self.woken = self.woken, False
        return woke


class SharedSubscriber:
    """The pub/sub connection of one event loop and the streams registered on it."""

    def __init__(self) -> None:
        self._streams: dict[str, set[_Stream]] = {}
        self._sent: set[str] = set()  # channels SUBSCRIBE was sent for on this connection
        self._pending: dict[str, int] = {}  # (un)subscribe commands not yet answered
        self._confirmed: set[str] = set()  # channels Redis confirmed, nothing pending
        self._changed = asyncio.Event()  # the set of channels changed
        self._task: asyncio.Task[None] | None = None
        self._backoff_s = BACKOFF_MIN_S
        self._last_read = 0.0
        self._pinged = False
        self.down = False  # the last connection attempt failed; streams poll meanwhile

    @property
    def channels(self) -> frozenset[str]:
        """The channels at least one stream follows."""
        return frozenset(self._streams)

    def register(self, channel: str) -> _Stream:
        stream = _Stream(live=channel in self._confirmed)
        self._streams.setdefault(channel, set()).add(stream)
        self._changed.set()
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name="relaydesk-events-subscriber"
            )
        return stream

    def unregister(self, channel: str, stream: _Stream) -> None:
        streams = self._streams.get(channel)
        if streams is None:
            return
        streams.discard(stream)
        if not streams:
            del self._streams[channel]
            self._changed.set()

    async def until_subscribed(self, stream: _Stream, timeout_s: float) -> None:
        """Return once the stream's channel is subscribed, Redis is found unreachable, or
        after `timeout_s`, whichever comes first."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while not stream.live and not self.down:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(remaining):
                    await stream.poke.wait()
            stream.poke.clear()

    # --- the task -----------------------------------------------------------------------

    async def _run(self) -> None:
        """Hold a connection while any stream is registered; reconnect after failures."""
        try:
            while self._streams:
                try:
                    await self._session()
                except Exception as exc:
                    pause = self._backoff_s * random.uniform(0.5, 1.0)
                    if not isinstance(exc, redis.RedisError | OSError | TimeoutError):
                        log.exception("live events: the pub/sub subscriber failed")
                    level = logging.INFO if self.down else logging.WARNING
                    log.log(level, "live events without pub/sub for %.1f s: %s", pause, exc)
                    self.down = True
                    await asyncio.sleep(pause)
                    self._backoff_s = min(self._backoff_s * 2, BACKOFF_MAX_S)
        finally:
            self._task = None

    async def _session(self) -> None:
        """One connection: subscribe what the streams follow and read until it fails, or
        until no stream has been left for `IDLE_CLOSE_S`."""
        conn: AbstractConnection | None = None
        reader: asyncio.Task[None] | None = None
        try:
            conn = _new_connection()
            await conn.connect()  # type: ignore[no-untyped-call]  # redis-py leaves it untyped
            self._sent, self._pending, self._confirmed = set(), {}, set()
            self._last_read, self._pinged = asyncio.get_running_loop().time(), False
            reader = asyncio.create_task(self._read(conn))
            await self._sync(conn)
            self.down, self._backoff_s = False, BACKOFF_MIN_S
            await self._control(conn, reader)
        except BaseException:
            self._lost(down=True)
            raise
        else:
            self._lost(down=False)
        finally:
            if reader is not None:
                reader.cancel()
                await asyncio.gather(reader, return_exceptions=True)
            if conn is not None:
                await conn.disconnect(nowait=True)

    def _lost(self, down: bool) -> None:
        """The connection is gone: every stream polls until it is subscribed again."""
        self.down = down
        self._sent, self._pending, self._confirmed = set(), {}, set()
        for streams in self._streams.values():
            for stream in streams:
                stream.live = False
                stream.poke.set()

    async def _control(self, conn: AbstractConnection, reader: asyncio.Task[None]) -> None:
        """Follow changes to the set of channels; ping a silent connection; return when
        idle long enough; raise when the reader failed or Redis stopped answering."""
        loop = asyncio.get_running_loop()
        idle_since: float | None = None
        while True:
            self._changed.clear()
            await self._sync(conn)
            now = loop.time()
            if self._streams:
                idle_since = None
            elif idle_since is None:
                idle_since = now
            elif now - idle_since >= IDLE_CLOSE_S:
                return
            wait_s = PING_EVERY_S if idle_since is None else idle_since + IDLE_CLOSE_S - now
            changed = asyncio.ensure_future(self._changed.wait())
            try:
                await asyncio.wait(
                    {changed, reader}, timeout=max(wait_s, 0.0), return_when="FIRST_COMPLETED"
                )
            finally:
                changed.cancel()
            if reader.done():
                reader.result()  # raises what stopped it
                raise redis.ConnectionError("the pub/sub reader stopped")
            silent_s = loop.time() - self._last_read
            if silent_s >= 2 * PING_EVERY_S:
                raise redis.ConnectionError(f"no answer from Redis for {silent_s:.0f} s")
            if silent_s >= PING_EVERY_S and not self._pinged:
                self._pinged = True
                await self._send(conn, "PING")

    async def _sync(self, conn: AbstractConnection) -> None:
        """Subscribe the channels streams follow now, unsubscribe the ones they left."""
        wanted = set(self._streams)
        add, drop = sorted(wanted - self._sent), sorted(self._sent - wanted)
        if not add and not drop:
            return
        self._sent = wanted
        for channel in (*add, *drop):
            self._pending[channel] = self._pending.get(channel, 0) + 1
        self._confirmed.difference_update(drop)
        if add:
            await self._send(conn, "SUBSCRIBE", *add)
        if drop:
            await self._send(conn, "UNSUBSCRIBE", *drop)

    async def _send(self, conn: AbstractConnection, *args: str) -> None:
        async with asyncio.timeout(SEND_TIMEOUT_S):
            await conn.send_command(*args, check_health=False)

    async def _read(self, conn: AbstractConnection) -> None:
        loop = asyncio.get_running_loop()
        while True:
            reply = await conn.read_response(disconnect_on_error=False)
            self._last_read, self._pinged = loop.time(), False
            if isinstance(reply, list) and len(reply) >= 2:
                self._on_reply(_text(reply[0]), _text(reply[1]))

    def _on_reply(self, kind: str, channel: str) -> None:
        if kind == "message":
            for stream in self._streams.get(channel, ()):
                stream.wake()
        elif kind in ("subscribe", "unsubscribe"):
            left = self._pending.get(channel, 0) - 1
            if left > 0:
                self._pending[channel] = left
                return
            self._pending.pop(channel, None)
            if kind == "subscribe" and channel in self._sent:
                self._confirmed.add(channel)
                self._subscribed(self._streams.get(channel, ()))

    def _subscribed(self, streams: Iterable[_Stream]) -> None:
        for stream in streams:
            if stream.started and not stream.live:
                stream.woken = True  # it read the database before this subscription
            stream.live = True
            stream.poke.set()


def _new_connection() -> AbstractConnection:
    """A connection of its own (no pool, no retries behind our back) to `REDIS_URL`,
    speaking RESP2: pub/sub messages are then plain replies, not RESP3 pushes."""
    pool = aioredis.ConnectionPool.from_url(
        redis_url(), socket_connect_timeout=2, client_name=CLIENT_NAME, protocol=2
    )
    return pool.connection_class(**pool.connection_kwargs)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


_lock = threading.Lock()
_subscribers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, SharedSubscriber] = (
    weakref.WeakKeyDictionary()
)


def shared_subscriber() -> SharedSubscriber:
    """The running event loop's subscriber."""
    loop = asyncio.get_running_loop()
    with _lock:
        subscriber = _subscribers.get(loop)
        if subscriber is None:
            subscriber = _subscribers[loop] = SharedSubscriber()
        return subscriber


async def wakeups(channel: str, timeout_s: float, poll_s: float) -> AsyncGenerator[bool, None]:
    """Yield False once subscribed to `channel` (the caller reads its first snapshot), then
    True when something was published there, False after `timeout_s` of silence, forever.
    While Redis is unreachable, yield False every `poll_s`.

    Messages that arrive while the caller is busy wake it once, not once each (a claim
    publishes several events in a burst; each of fifty agents' streams would otherwise read
    the board once per event). Close the generator (`contextlib.aclosing`) to leave at once.
    """
    subscriber = shared_subscriber()
    stream = subscriber.register(channel)
    try:
        await subscriber.until_subscribed(stream, SUBSCRIBE_TIMEOUT_S)
        stream.started = True
        yield False
        while True:
            yield await stream.wait(timeout_s if stream.live else poll_s)
    finally:
        subscriber.unregister(channel, stream)
