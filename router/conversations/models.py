from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, BigIntPK, UTCDateTime, utcnow


class ConversationStatus(StrEnum):
    BOT = "bot"
    WAITING_FOR_HUMAN = "waiting_for_human"
    WITH_HUMAN = "with_human"
    CLOSED = "closed"


class Author(StrEnum):
    CUSTOMER = "customer"
    BOT = "bot"
    AGENT = "agent"
    SYSTEM = "system"


def new_id() -> str:
    return uuid.uuid4().hex


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    customer_ref: Mapped[str | None] = mapped_column(String(200), index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(24), default=ConversationStatus.BOT)
    human_requests: Mapped[int] = mapped_column(Integer, default=0)
    bot_turns: Mapped[int] = mapped_column(Integer, default=0)
    human_offered: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The LLM's one-line summary for the agent, and what the LLM cost for this conversation.
    summary: Mapped[str | None] = mapped_column(Text)
    llm_tokens: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    llm_cost_usd: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.id", lazy="raise"
    )


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "client_msg_id"),
        # The sweeper's view: customer messages not processed yet.
        Index(
            "ix_messages_pending",
            "enqueued_at",
            postgresql_where=text("processed_at IS NULL"),
            sqlite_where=text("processed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    client_msg_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Customer messages wait for the pipeline: processed_at stays NULL until a decision
    # for this message is committed; enqueued_at/attempts drive the recovery sweeper.
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    enqueued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    conversation: Mapped[Conversation] = relationship(back_populates="messages", lazy="raise")
