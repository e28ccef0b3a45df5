"""The agent's own presence and live board: `/api/v1/agents/me` (agent access token)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from core.db import unit_of_work
from escalation.agents import service
from escalation.agents.schemas import PresenceOut, PresenceUpdate
from escalation.tickets.views import board_stream
from escalation.users.auth import CurrentAgent

router = APIRouter(prefix="/api/v1/agents/me", tags=["agents"])


@router.get("/presence")
def get_presence(agent: CurrentAgent) -> PresenceOut:
    with unit_of_work() as session:
        return service.get_presence(session, agent.id)


@router.post("/presence")
def set_presence(body: PresenceUpdate, agent: CurrentAgent) -> PresenceOut:
    """Go online, away or offline (offline returns the tickets you hold to the board).
    Also a heartbeat."""
    with unit_of_work() as session:
        return service.set_presence(session, agent.id, body.status)


@router.post("/heartbeat")
def heartbeat(agent: CurrentAgent) -> PresenceOut:
    """Keep your status alive; without one for `timeout_s` you count as offline."""
    with unit_of_work() as session:
        return service.heartbeat(session, agent.id)


@router.get("/events", response_class=StreamingResponse)
async def stream_events(request: Request, agent: CurrentAgent) -> StreamingResponse:
    """Server-sent events: `ticket.offered` (id = ticket id, data = the board card),
    `ticket.taken` and `ticket.withdrawn` (data = `{id, status}`)."""

    async def events() -> AsyncIterator[str]:
        async for chunk in board_stream(agent.id):
            if await request.is_disconnected():
                break
            yield chunk

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
