"""Agents: their own presence, live board, earnings and stats under `/api/v1/agents/me`
(agent access token); for ops, any agent's stats (`/api/v1/agents/{id}/stats`) and who is on
duty now with what they hold (`/api/v1/agents/online`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse

from core.db import unit_of_work, utcnow
from core.events import agent_quota, sse_response
from core.openapi import errors, event_stream
from core.text import Text
from escalation.agents import roster, service, stats
from escalation.agents.schemas import AgentStats, OnDutyAgent, PresenceOut, PresenceUpdate
from escalation.earnings.periods import MAX_ZONE_CHARS, decode_cursor, time_zone
from escalation.earnings.resolutions import MAX_PAGE
from escalation.earnings.schemas import EarningsOut
from escalation.earnings.service import RECENT, earnings
from escalation.tickets.views import board_stream
from escalation.users.auth import CurrentAgent, CurrentOps

router = APIRouter(prefix="/api/v1/agents", tags=["agents"], responses=errors(403))

AgentId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("/me/presence")
def get_presence(agent: CurrentAgent) -> PresenceOut:
    with unit_of_work() as session:
        return service.get_presence(session, agent.id)


@router.post("/me/presence")
def set_presence(body: PresenceUpdate, agent: CurrentAgent) -> PresenceOut:
    """Go online, away or offline (offline returns the tickets you hold to the board).
    Also a heartbeat."""
    with unit_of_work() as session:
        return service.set_presence(session, agent.id, body.status)


@router.post("/me/heartbeat")
def heartbeat(agent: CurrentAgent) -> PresenceOut:
    """Keep your status alive; without one for `timeout_s` you count as offline."""
    with unit_of_work() as session:
        return service.heartbeat(session, agent.id)


@router.get(
    "/me/events",
    response_class=StreamingResponse,
    responses=event_stream("`ticket.offered`, `ticket.taken` and `ticket.withdrawn` events")
    | errors(429),
)
async def stream_events(agent: CurrentAgent) -> StreamingResponse:
    """Server-sent events: `ticket.offered` (id = ticket id, data = the board card),
    `ticket.taken` and `ticket.withdrawn` (data = `{id, status}`). An account and the server
    each hold a limited number of streams open at once (429 beyond); agents sharing an
    office's address are not limited by it."""
    return sse_response(board_stream(agent.id), agent_quota(agent.id), address=None)


@router.get("/me/earnings")
def get_earnings(
    agent: CurrentAgent,
    tz: Annotated[
        Text | None,
        Query(
            max_length=MAX_ZONE_CHARS,
            description="the IANA time zone your days start in (`Europe/Berlin`); default UTC",
        ),
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE, description="resolved tickets per page")
    ] = RECENT,
    before: Annotated[
        Text | None,
        Query(max_length=60, description="the `next_before` of the previous page"),
    ] = None,
) -> EarningsOut:
    """Your ledger: totals today, this week, the last 30 days (days in `tz`) and all time,
    with the tickets resolved unpaid; the recent entries (base pay, surge and SLA bonus per
    resolved ticket); and the tickets you resolved, newest first, with their pay (or why
    there was none) and the customer's rating."""
    zone = time_zone(tz)
    cursor = None if before is None else decode_cursor(before)
    with unit_of_work() as session:
        return earnings(session, agent.id, utcnow(), zone=zone, limit=limit, before=cursor)


@router.get("/me/stats")
def get_my_stats(agent: CurrentAgent) -> AgentStats:
    """Your record: claims, timeouts, releases, first response and resolution times,
    unpaid resolutions, rating."""
    with unit_of_work() as session:
        return stats.agent_stats(session, agent.id)


@router.get("/online")
def list_on_duty(ops: CurrentOps) -> list[OnDutyAgent]:
    """For ops leads: the agents online or away now (a live heartbeat), online first, and
    the tickets each holds."""
    with unit_of_work() as session:
        return roster.on_duty(session, utcnow())


@router.get("/{agent_id}/stats", responses=errors(404))
def get_agent_stats(agent_id: AgentId, ops: CurrentOps) -> AgentStats:
    """Any agent's record, for ops leads."""
    with unit_of_work() as session:
        return stats.agent_stats(session, agent_id)
