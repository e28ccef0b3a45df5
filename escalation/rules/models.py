from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigIntPK, UTCDateTime, utcnow


class Decision(Base):
    """What the pipeline decided for one customer message, and why."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    # Unique: a message is decided (and answered) at most once, even if two workers race.
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), unique=True
    )
    action: Mapped[str] = mapped_column(String(24))
    rule: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(300))
    ruleset: Mapped[str] = mapped_column(String(100))
    signals: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
