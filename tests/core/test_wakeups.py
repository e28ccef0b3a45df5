"""`core.events.wakeups`: a burst of messages wakes a stream once; later messages again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import cast

from core.events import publish, wakeups


def test_a_burst_wakes_once_and_later_messages_again() -> None:
    channel = "relaydesk:test:wakeups"

    async def run() -> list[bool]:
        seen: list[bool] = []
        stream = cast(AsyncGenerator[bool, None], wakeups(channel, timeout_s=0.3, poll_s=0.1))
        seen.append(await anext(stream))  # subscribed
        for n in range(5):
            publish(channel, {"n": n})
        await asyncio.sleep(0.1)  # all five have arrived before the stream looks
        seen.append(await anext(stream))
        seen.append(await anext(stream))  # nothing left: silence until the timeout
        publish(channel, {"n": 5})
        seen.append(await anext(stream))
        await stream.aclose()
        return seen

    assert asyncio.run(run()) == [False, True, False, True]
