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
