"""`core.events.wakeups`: messages that arrive together wake a stream once, later ones
again; subscribing does not wake it; a lost Redis connection is survived."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from core.events import wake_readers, wakeups
from core.redis import get_redis, reset_redis
from core.settings import reset_settings
from tests.support.processes import RedisServer


def test_a_burst_wakes_once_and_later_messages_again() -> None:
    channel = "relaydesk:test:wakeups"

    async def run() -> list[bool]:
        seen: list[bool] = []
        stream = wakeups(channel, timeout_s=0.3, poll_s=0.1)
        seen.append(await anext(stream))  # subscribed
        for n in range(3):
            wake_readers(channel, {"n": n})
        await asyncio.sleep(0.1)  # all three have arrived before the stream looks
        seen.append(await anext(stream))
        seen.append(await anext(stream))  # nothing left: silence until the timeout
        wake_readers(channel, {"n": 5})
        seen.append(await anext(stream))
        await stream.aclose()
        return seen

    assert asyncio.run(run()) == [False, True, False, True]


def test_the_stream_outlives_a_redis_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = RedisServer(tmp_path)
    server.start()
    monkeypatch.setenv("REDIS_URL", server.url)
    reset_settings()
    reset_redis()
    channel = "relaydesk:test:restart"

    async def run() -> list[bool]:
        seen: list[bool] = []
        stream = wakeups(channel, timeout_s=0.3, poll_s=0.1)
        seen.append(await anext(stream))
        server.kill()
        seen.append(await anext(stream))  # the listener lost its connection: not a wake-up
        server.start()
        for _ in range(50):  # resubscribed within a few polls
            if await anext(stream) is False and _subscribed(channel):
                break
        wake_readers(channel, {"after": "restart"})
        seen.append(await anext(stream))
        await stream.aclose()
        return seen

    try:
        assert asyncio.run(run()) == [False, False, True]
    finally:
        server.kill()
        reset_settings()
        reset_redis()


def _subscribed(channel: str) -> bool:
    counts = dict(get_redis().pubsub_numsub(channel))
    return bool(counts.get(channel.encode()))
