from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from escalation.agents.models import PresenceStatus


class PresenceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: PresenceStatus


class PresenceOut(BaseModel):
    status: PresenceStatus
    last_seen_at: datetime | None
    # Send a heartbeat well within this many seconds, or count as offline.
    timeout_s: float
    # Tickets that went back to the board because of this call (going offline).
    returned_tickets: list[str] = []


class DurationStats(BaseModel):
    count: int
    median_s: float | None
    mean_s: float | None


class RatingStats(BaseModel):
    count: int
    average: float | None


class AgentStats(BaseModel):
    agent_id: int
    username: str
    claims: int
    resolved: int
    first_reply_timeouts: int
    reply_timeouts: int
    releases: int
    offline_returns: int  # held tickets returned because the agent went offline
    transfers: int
    # Share of claims not lost to a missed timer: the acceptance record.
    acceptance_rate: float | None
    resolution_time: DurationStats  # claim to resolution, resolved tickets: the handle time
    rating: RatingStats
    # From each claim to the agent's first reply to the customer, claims that got one.
    first_response_time: DurationStats
    # Resolved without a reply to the customer: unpaid, and reviewed by ops.
    resolved_unpaid: int


class HeldSummary(BaseModel):
    """A ticket an agent holds, as ops see it on the roster (no customer data)."""

    ticket_id: str
    status: str  # claimed (no reply yet) or with_agent
    queue: str
    language: str | None
    topic: str | None
    claimed_at: datetime | None
    held_s: int  # seconds since the claim


class OnDutyAgent(BaseModel):
    id: int
    username: str
    display_name: str
    status: PresenceStatus  # online or away
    last_seen_at: datetime
    languages: list[str]
    skills: list[str]
    capacity: int  # tickets they may hold at once
    held: list[HeldSummary]
