from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigIntPK, UTCDateTime, utcnow


class TicketStatus(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    WITH_AGENT = "with_agent"
    RELEASED = "released"
    EXPIRED = "expired"
    TRANSFERRED = "transferred"
    RESOLVED = "resolved"
    ABANDONED = "abandoned"


ACTIVE_STATUSES = (
    TicketStatus.OPEN,
    TicketStatus.CLAIMED,
    TicketStatus.WITH_AGENT,
    TicketStatus.RELEASED,
    TicketStatus.TRANSFERRED,
)
_ACTIVE_SQL = "status IN ('open', 'claimed', 'with_agent', 'released', 'transferred')"


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        # At most one live ticket per conversation.
        Index(
            "uq_tickets_active_conversation",
            "conversation_id",
            unique=True,
            postgresql_where=text(_ACTIVE_SQL),
            sqlite_where=text(_ACTIVE_SQL),
        ),
        Index("ix_tickets_board", "status", "queue", "priority", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=lambda: uuid.uuid4().hex)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(24), default=TicketStatus.OPEN)
    queue: Mapped[str] = mapped_column(String(64))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str | None] = mapped_column(String(16))
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text)
    topic: Mapped[str | None] = mapped_column(String(100))
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The claiming agent's first reply: due by, and sent at (NULL until sent).
    first_reply_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution_code: Mapped[str | None] = mapped_column(String(40))
    # Why ops should review how the ticket ended (resolved without a reply to the customer:
    # unpaid); NULL when there is nothing to review.
    review_reason: Mapped[str | None] = mapped_column(String(200))
    # Pay fixed at claim time: the queue's base pay and its surge (percent) at that moment;
    # an SLA breach adds a bonus and raises the priority once (`sla_raised_at`).
    pay_cents: Mapped[int | None] = mapped_column(Integer)
    surge_pct: Mapped[int | None] = mapped_column(Integer)
    pay_bonus_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sla_raised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The customer's side: their oldest message the agent has not answered yet (the reply
    # timer), and their last sign of life (abandonment).
    customer_waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    customer_active_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Transferred to a named agent: only that agent is offered it until `offered_until`.
    # (A user id without a foreign key: SQLite cannot add one to an existing table in place.)
    offered_to: Mapped[int | None] = mapped_column(BigIntPK)
    offered_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TicketEvent(Base):
    """Append-only log of every change to a ticket: who, when, why."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100))
    # The agent whose record this event belongs to (claims, replies, timeouts, releases).
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str | None] = mapped_column(String(24))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
