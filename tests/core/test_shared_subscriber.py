"""`core.events.subscriber`: one Redis pub/sub connection per event loop serves every stream
in it, subscribes and unsubscribes channels as streams come and go, and survives a killed
connection and a restarted server (streams poll meanwhile and are woken once after)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Iterator
from contextlib import AsyncExitStack, aclosing
from pathlib import Path
from typing import Any

import pytest
import redis

from core.events import shared_subscriber, wake_readers, wakeups
from core.events import subscriber as subscriber_module
from core.redis import reset_redis
from core.settings import reset_settings
from tests.support.processes import RedisServer

Stream = AsyncGenerator[bool, None]


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RedisServer]:
    """A redis-server of this test's own: its CLIENT LIST holds only this test's clients."""
    server = RedisServer(tmp_path)
    server.start()
    monkeypatch.setenv("REDIS_URL", server.url)
    monkeypatch.setattr(subscriber_module, "IDLE_CLOSE_S", 0.5)
    reset_settings()
    reset_redis()
    try:
        yield server
    finally:
        server.kill()
        reset_redis()
        reset_settings()


def _admin(server: RedisServer) -> redis.Redis:
    return redis.Redis.from_url(server.url, socket_timeout=2)


def _subscribers(server: RedisServer) -> list[dict[str, Any]]:
    """The connections holding subscriptions (or named as the shared subscriber)."""
    with _admin(server) as admin:
        clients: list[dict[str, Any]] = admin.client_list()
    return [c for c in clients if c.get("name") == "relaydesk-events" or int(c["sub"]) > 0]


def _numsub(server: RedisServer, *channels: str) -> dict[str, int]:
    with _admin(server) as admin:
        counts = admin.pubsub_numsub(*channels)
    return {name.decode(): int(n) for name, n in counts}


async def _eventually(condition: Any, timeout_s: float = 5.0, what: str = "it") -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        await asyncio.sleep(0.02)


async def _until_woken(stream: Stream, within_s: float) -> float:
    """Read the stream until it yields True; how long that took."""
    started = time.monotonic()
    while not await anext(stream):
        if time.monotonic() - started > within_s:
            raise AssertionError(f"no wake-up within {within_s} s")
    return time.monotonic() - started


# Channel names are binary-safe in Redis: odd characters are no problem.
CHANNELS = [f"relaydesk:test:fan:{n}" for n in range(49)] + ["relaydesk:test:ü \r\n*?"]
SHARED = "relaydesk:test:shared"
QUIET = "relaydesk:test:quiet"


def test_one_connection_serves_fifty_streams_and_wakes_them_all(server: RedisServer) -> None:
    async def run() -> None:
        async with AsyncExitStack() as stack:
            own = [await stack.enter_async_context(aclosing(wakeups(c, 5, 0.1))) for c in CHANNELS]
            shared = [
                await stack.enter_async_context(aclosing(wakeups(SHARED, 5, 0.1)))
                for _ in range(10)
            ]
            quiet = await stack.enter_async_context(aclosing(wakeups(QUIET, 0.5, 0.1)))
            streams = own + shared
            assert await anext(quiet) is False
            # Subscribing is not a wake-up: each first yields False, at once.
            started = time.monotonic()
            assert await asyncio.gather(*(anext(s) for s in streams)) == [False] * 60
            assert time.monotonic() - started < 2

            [connection] = _subscribers(server)  # 61 streams, one connection, 52 channels
            assert connection["name"] == "relaydesk-events"
            assert int(connection["sub"]) == len(CHANNELS) + 2
            assert _numsub(server, SHARED, CHANNELS[-1]) == {SHARED: 1, CHANNELS[-1]: 1}
            assert shared_subscriber().channels == frozenset([*CHANNELS, SHARED, QUIET])

            # A publish wakes every stream on its channel (one publish: the ten shared).
            for channel in CHANNELS:
                wake_readers(channel, {"n": 1})
            wake_readers(SHARED, {"n": 1})
            woke = await asyncio.wait_for(asyncio.gather(*(anext(s) for s in [*streams, quiet])), 3)
            assert woke == [True] * 60 + [False]  # `quiet` only timed out (0.5 s)

    asyncio.run(run())


def test_channels_are_unsubscribed_as_their_last_stream_ends(server: RedisServer) -> None:
    first, second = "relaydesk:test:a", "relaydesk:test:b"

    async def run() -> None:
        a1, a2, b1 = wakeups(first, 5, 0.1), wakeups(first, 5, 0.1), wakeups(second, 5, 0.1)
        await asyncio.gather(anext(a1), anext(a2), anext(b1))
        assert _numsub(server, first, second) == {first: 1, second: 1}

        await a1.aclose()  # a2 still follows `first`
        await asyncio.sleep(0.2)
        assert _numsub(server, first, second) == {first: 1, second: 1}
        wake_readers(first, {"still": "there"})
        assert await asyncio.wait_for(anext(a2), 2) is True

        await a2.aclose()
        await _eventually(lambda: _numsub(server, first)[first] == 0, 2, "unsubscribe")
        assert shared_subscriber().channels == frozenset([second])
        # Following the channel again subscribes it again, and the stream wakes.
        a3 = wakeups(first, 5, 0.1)
        assert await anext(a3) is False
        assert _numsub(server, first) == {first: 1}
        wake_readers(first, {"back": True})
        assert await asyncio.wait_for(anext(a3), 2) is True

        await a3.aclose()
        await b1.aclose()
        # No stream left: the connection is closed once idle (IDLE_CLOSE_S, 0.5 s here).
        await _eventually(lambda: not _subscribers(server), 5, "the idle connection to close")
        # And a new stream opens a new one.
        async with aclosing(wakeups(second, 5, 0.1)) as b2:
            assert await anext(b2) is False
            assert len(_subscribers(server)) == 1
            wake_readers(second, {"n": 1})
            assert await asyncio.wait_for(anext(b2), 2) is True

    asyncio.run(run())


def test_a_killed_connection_is_replaced_and_the_streams_wake(server: RedisServer) -> None:
    channels = [f"relaydesk:test:kill:{n}" for n in range(20)]

    async def run() -> None:
        async with AsyncExitStack() as stack:
            streams = [
                await stack.enter_async_context(aclosing(wakeups(c, 5, 0.1))) for c in channels
            ]
            await asyncio.gather(*(anext(s) for s in streams))
            [before] = _subscribers(server)
            with _admin(server) as admin:
                assert admin.client_kill_filter(_id=before["id"]) == 1

            # Every stream notices at once (not after its 5 s timeout) and polls meanwhile.
            started = time.monotonic()
            assert await asyncio.gather(*(anext(s) for s in streams)) == [False] * 20
            assert time.monotonic() - started < 1

            await _eventually(
                lambda: [c["id"] for c in _subscribers(server)] not in ([], [before["id"]]),
                5,
                "a new subscriber connection",
            )
            [after] = _subscribers(server)
            assert int(after["sub"]) == 20
            # Each stream is woken once after resubscribing: something may have been
            # published while nobody listened.
            for stream in streams:
                assert await _until_woken(stream, 3) < 3
            for channel in channels:
                wake_readers(channel, {"after": "kill"})
            woke = await asyncio.wait_for(asyncio.gather(*(anext(s) for s in streams)), 3)
            assert woke == [True] * 20

    asyncio.run(run())


def test_streams_poll_while_redis_is_down_and_wake_after_a_restart(server: RedisServer) -> None:
    channels = ["relaydesk:test:restart:1", "relaydesk:test:restart:2"]

    async def run() -> None:
        async with AsyncExitStack() as stack:
            streams = [
                await stack.enter_async_context(aclosing(wakeups(c, 5, 0.1))) for c in channels
            ]
            await asyncio.gather(*(anext(s) for s in streams))
            server.kill()
            # While Redis is down: False every poll interval (0.1 s), not every 5 s.
            started = time.monotonic()
            polls = [await anext(streams[0]) for _ in range(10)]
            assert polls == [False] * 10 and time.monotonic() - started < 3
            # A stream opened during the outage does not wait for a subscription forever.
            late = await stack.enter_async_context(aclosing(wakeups(channels[1], 5, 0.1)))
            started = time.monotonic()
            assert await anext(late) is False
            assert time.monotonic() - started < subscriber_module.SUBSCRIBE_TIMEOUT_S + 0.5

            server.start()  # same port, empty server
            await _eventually(lambda: len(_subscribers(server)) == 1, 15, "resubscription")
            [connection] = _subscribers(server)
            assert int(connection["sub"]) == 2
            for stream in [*streams, late]:
                await _until_woken(stream, 3)  # the catch-up wake-up
            wake_readers(channels[1], {"after": "restart"})
            woke = await asyncio.wait_for(asyncio.gather(anext(streams[1]), anext(late)), 3)
            assert list(woke) == [True, True]

    asyncio.run(run())


def test_each_event_loop_has_its_own_subscriber(server: RedisServer) -> None:
    """Uvicorn's loop and a TestClient's loop live in one process: their `asyncio.Event`s
    cannot be shared, so each loop holds its own connection; both wake."""
    channel = "relaydesk:test:loops"
    ready = threading.Barrier(3, timeout=10)
    published = threading.Event()
    results: dict[str, list[bool]] = {}

    async def follow(name: str) -> None:
        async with aclosing(wakeups(channel, 5, 0.1)) as stream:
            first = await anext(stream)
            await asyncio.to_thread(ready.wait)
            await asyncio.to_thread(published.wait, 10)
            results[name] = [first, await asyncio.wait_for(anext(stream), 3)]

    threads = [
        threading.Thread(target=asyncio.run, args=(follow(name),)) for name in ("one", "two")
    ]
    for thread in threads:
        thread.start()
    ready.wait()
    assert len(_subscribers(server)) == 2
    assert _numsub(server, channel) == {channel: 2}
    wake_readers(channel, {"n": 1})
    published.set()
    for thread in threads:
        thread.join(10)
    assert results == {"one": [False, True], "two": [False, True]}


def test_a_stream_closed_before_it_was_subscribed_leaves_nothing(server: RedisServer) -> None:
    channel = "relaydesk:test:early"

    async def run() -> None:
        stream = wakeups(channel, 5, 0.1)
        task = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0)  # registered, subscription under way
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await stream.aclose()
        await _eventually(lambda: not shared_subscriber().channels, 2, "the channel to go")
        await _eventually(lambda: _numsub(server, channel)[channel] == 0, 2, "unsubscribe")
        await asyncio.sleep(0.3)  # and no subscription arrives late
        assert _numsub(server, channel) == {channel: 0}

    asyncio.run(run())
