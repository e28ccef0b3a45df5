from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from router.conversations.schemas import MessageOut

QueueName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,63}$")]
ResolutionCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,39}$")]
Why = Annotated[str | None, Field(default=None, min_length=1, max_length=300)]


class PayOut(BaseModel):
    amount_cents: int
    currency: str


class TicketCard(BaseModel):
    """A ticket as the board shows it to any eligible agent: nothing personal."""

    id: str
    status: str
    queue: str
    language: str | None
    topic: str | None
    reason: str
    skills: list[str]
    priority: int
    waiting_s: int
    pay: PayOut
    preview: str  # the customer's last message, masked and cut short
    created_at: datetime


class BoardOut(BaseModel):
    presence: str
    held: int  # tickets this agent holds now
    capacity: int  # how many it may hold at once
    tickets: list[TicketCard]


class TicketState(BaseModel):
    """A ticket's state after a change (claim, release, transfer, resolve)."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    status: str
    queue: str
    conversation_id: str
    claimed_at: datetime | None
    first_reply_due_at: datetime | None
    first_reply_at: datetime | None
    resolution_code: str | None


class DecisionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    message_id: int
    action: str
    rule: str
    reason: str
    ruleset: str
    signals: dict[str, Any]
    created_at: datetime


class TicketEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    kind: str
    actor: str
    from_status: str | None
    to_status: str | None
    detail: dict[str, Any]
    created_at: datetime


class CustomerOut(BaseModel):
    ref: str | None
    language: str | None


class TicketDetail(TicketCard):
    """The board card for everyone; the handoff package only for the claiming agent."""

    yours: bool
    claimed_at: datetime | None
    first_reply_due_at: datetime | None
    conversation_id: str | None = None
    customer: CustomerOut | None = None
    messages: list[MessageOut] | None = None
    decisions: list[DecisionOut] | None = None
    events: list[TicketEventOut] | None = None


class AgentMessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Checked by the service against the same limits as customers' messages.
    text: str


class AgentMessageOut(BaseModel):
    id: int


class ReleaseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Why = None


class TransferRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    queue: QueueName
    reason: Why = None


class ResolveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolution_code: ResolutionCode
