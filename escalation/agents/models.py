from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow


class PresenceStatus(StrEnum):
    ONLINE = "online"  # receives offers and may claim
    AWAY = "away"  # keeps the tickets it holds, gets no new offers
    OFFLINE = "offline"  # holds nothing: its tickets return to the board


class AgentPresence(Base):
    """An agent's presence as last reported. No row means offline; a row whose heartbeat
    is older than `RELAYDESK_PRESENCE_TIMEOUT_S` counts as offline too."""

    __tablename__ = "agent_presence"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(16), default=PresenceStatus.OFFLINE)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
