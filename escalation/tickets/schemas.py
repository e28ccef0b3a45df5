from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

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


class WhyOut(BaseModel):
    """Why the conversation came to a person, in plain words (`escalation.tickets.explain`);
    the rule ids and raw signals stay in `decisions` and `handoff.escalation`."""

    text: str  # one sentence, e.g. "The customer asked for a person, 1st request, German."
    notes: list[str]  # what else the signals and the ticket's history say, one line each


class MoneyOut(BaseModel):
    amount_cents: int
    currency: str  # ISO 4217


class OrderOut(BaseModel):
    number: str
    shop: str
    items: str
    total: MoneyOut
    payment_plan: str  # pay_in_30, pay_in_3, financing
    status: str  # processing, shipped, delivered, cancelled, returned
    placed_on: date
    shipped_on: date | None
    delivered_on: date | None


class InstalmentOut(BaseModel):
    order_number: str
    seq: int  # 1-based
    count: int  # instalments of the order in all
    amount: MoneyOut
    due_on: date
    overdue: bool  # due before today (UTC) and not paid


class RefundOut(BaseModel):
    order_number: str
    amount: MoneyOut
    status: str  # requested, processing, paid, rejected
    requested_on: date
    expected_on: date | None
    paid_on: date | None


class ReturnOut(BaseModel):
    order_number: str
    items: str
    status: str  # registered, in_transit, received, accepted, rejected
    registered_on: date
    return_by: date | None
    received_on: date | None


class CustomerPanel(BaseModel):
    """The customer's context, typed for people (money in cents with its currency, dates
    as dates): the same look-ups as `handoff.customer`, whose values are display strings."""

    ref: str
    orders: list[OrderOut]  # the most recent few, newest first
    open_instalments: list[InstalmentOut]  # by due date
    refunds: list[RefundOut]  # newest first
    returns: list[ReturnOut]  # newest first


class TicketDetail(TicketCard):
    """The board card for everyone; the handoff package only for the claiming agent."""

    yours: bool
    claimed_at: datetime | None
    first_reply_due_at: datetime | None
    # While the agent holds it and the customer's later message is unanswered: reply by
    # then or the ticket returns to the board (`RELAYDESK_REPLY_TIMEOUT_S`).
    reply_due_at: datetime | None = None
    conversation_id: str | None = None
    customer: CustomerOut | None = None
    messages: list[MessageOut] | None = None
    decisions: list[DecisionOut] | None = None
    events: list[TicketEventOut] | None = None
    # The handoff package: summary, escalation reason and signals, customer context.
    handoff: HandoffPackage | None = None
    # For people: why it came to a person in plain words, and the customer's context typed.
    why: WhyOut | None = None
    customer_panel: CustomerPanel | None = None  # None for an anonymous conversation


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


QueueSource = Literal["ruleset", "built-in", "pay", "sla", "tickets"]


class QueueOut(BaseModel):
    name: str
    waiting: int = Field(description="tickets on this queue's board now")
    held: int = Field(description="tickets of this queue agents hold now")
    sources: list[QueueSource] = Field(
        description="where the queue is declared: the active ruleset's rules, the "
        "system's own escalations (`built-in`), the pay table, the SLA settings, or live "
        "tickets in it"
    )


class QueuesOut(BaseModel):
    """The queues a ticket can be transferred to (`POST /api/v1/tickets/{id}/transfer`)."""

    queues: list[QueueOut]
