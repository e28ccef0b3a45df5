from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, text
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
    queue: Mapped[str | None] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(300))
    ruleset: Mapped[str] = mapped_column(String(100))
    ruleset_version: Mapped[int | None] = mapped_column(Integer)
    signals: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RulesetVersion(Base):
    """A published ruleset. Versions are never edited; exactly one is active."""

    __tablename__ = "ruleset_versions"
    __table_args__ = (
        Index(
            "uq_ruleset_versions_active",
            "active",
            unique=True,
            postgresql_where=text("active"),
            sqlite_where=text("active"),
        ),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(100))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RulesAudit(Base):
    """Who changed the rules, when, and how (append-only)."""

    __tablename__ = "rules_audit"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(24))  # publish, rollback
    version: Mapped[int] = mapped_column(Integer)
    from_version: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
