from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from core.text import Text
from router.bot.handoff import HandoffPackage
from router.conversations.schemas import MessageOut

QueueName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,63}$")]
ResolutionCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,39}$")]
Username = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")]
Why = Annotated[Text | None, Field(default=None, min_length=1, max_length=300)]


class PayOut(BaseModel):
    amount_cents: int  # base pay x surge + SLA bonus
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
    surge: float  # the pay's surge multiplier: 1.0 normal, up to RELAYDESK_SURGE_CAP
    preview: str  # the customer's last message, masked and cut short
    created_at: datetime


class HeldTicketCard(TicketCard):
    """A ticket the agent holds, as their board lists it (`GET /api/v1/tickets/mine`):
    the card (the preview still masked), the claim and the customer's side of the clock."""

    claimed_at: datetime | None
    first_reply_due_at: datetime | None  # the timer while `claimed` (no reply yet)
    customer_waiting_since: datetime | None  # their oldest message not answered yet
    last_customer_message_at: datetime | None
    last_activity_at: datetime  # the newest message by the customer or the agent, or the claim


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
    # Set when the ticket was resolved without a reply to the customer: unpaid, for ops.
    review_reason: str | None = None


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
    # The handoff package: summary, escalation reason and signals, customer context.
    handoff: HandoffPackage | None = None


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
    """To another queue's board, or to one named agent (in the same or another queue)."""

    model_config = ConfigDict(extra="forbid")

    queue: QueueName | None = None
    agent: Username | None = None  # the username of the agent it is offered to
    reason: Why = None

    @model_validator(mode="after")
    def _somewhere(self) -> TransferRequest:
        if self.queue is None and self.agent is None:
            raise ValueError("name a queue, an agent, or both")
        return self


class ResolveRequest(BaseModel):
    """How the ticket ended. An agent who wrote to the customer is paid whatever the code;
    without a reply only `customer_left`, `duplicate`, `spam` or `no_reply_needed` may close
    it (unpaid, and marked for an ops review); any other code is a 409 then."""

    model_config = ConfigDict(extra="forbid")

    resolution_code: ResolutionCode
