from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigIntPK, UTCDateTime, utcnow


class EarningKind(StrEnum):
    BASE = "base"  # the queue's base pay
    SURGE = "surge"  # what the surge at claim time added
    BONUS = "bonus"  # the SLA bonus


class Earning(Base):
    """The agents' earnings ledger: append-only, one row per ticket and kind, written when
    the agent resolves the ticket."""

    __tablename__ = "agent_earnings"
    __table_args__ = (
        UniqueConstraint("ticket_id", "kind"),
        Index("ix_agent_earnings_agent_created", "agent_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
