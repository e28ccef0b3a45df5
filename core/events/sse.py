"""Serving a live stream to one client as server-sent events, within the stream limits."""

from __future__ import annotations

import weakref
from collections.abc import AsyncGenerator

from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from core.events.limits import Quota, Slot, address_quota, stream_slots, total_quota

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


class EventStreamResponse(StreamingResponse):
    """Server-sent events from `chunks` until the client goes away or the stream ends; the
    stream's slot is given back and `chunks` closed however it ends (a disconnect, an
    error, the server shutting down)."""

    def __init__(self, chunks: AsyncGenerator[str, None], slot: Slot) -> None:
        super().__init__(chunks, media_type="text/event-stream", headers=SSE_HEADERS)
        self._chunks = chunks
        self._slot = slot
        weakref.finalize(self, slot.release)  # should the response never be sent at all

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Starlette listens for the client's disconnect (ASGI < 2.4, as uvicorn speaks)
        # and cancels the stream when it comes.
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._slot.release()
            await self._chunks.aclose()


def sse_response(
    chunks: AsyncGenerator[str, None], owner: Quota, *, address: str | None
) -> EventStreamResponse:
    """Serve `chunks` (already SSE-formatted) if a stream slot is free under the owner's
    quota, the client address's (unless `address` is None) and the process total; otherwise
    raise `RateLimited` (429 with Retry-After; `chunks` never starts)."""
    quotas = [owner] if address is None else [owner, address_quota(address)]
    quotas.append(total_quota())
    return EventStreamResponse(chunks, stream_slots.take(quotas))
