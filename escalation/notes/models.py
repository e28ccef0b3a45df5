from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigIntPK, UTCDateTime, utcnow


class TicketNote(Base):
    """An internal note on a ticket: agents and ops leads read it, the customer never does.
    It belongs to the ticket, so it stays through releases and transfers."""

    __tablename__ = "ticket_notes"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SavedReply(Base):
    """A reply an agent keeps for reuse: their own (`owner_id`), or the team's (`owner_id`
    NULL), which ops leads manage and every agent may use. `title_key` is the title as
    compared (its language and the case-folded title): unique per owner, and among the
    team's replies."""

    __tablename__ = "saved_replies"
    __table_args__ = (
        Index("uq_saved_replies_owner_title", "owner_id", "title_key", unique=True),
        Index(
            "uq_saved_replies_team_title",
            "title_key",
            unique=True,
            postgresql_where=text("owner_id IS NULL"),
            sqlite_where=text("owner_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(100))
    title_key: Mapped[str] = mapped_column(String(320))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    updated_by: Mapped[str] = mapped_column(String(64))  # the username of the last writer
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
