from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class EarningOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    ticket_id: str
    kind: str  # base, surge or bonus
    amount_cents: int
    currency: str
    created_at: datetime


Period = Literal["today", "week", "last_30_days", "all_time"]


class PeriodOut(BaseModel):
    period: Period
    since: datetime | None = Field(
        description="when the period starts (midnight in `time_zone`, as a UTC instant; "
        "the week starts on Monday, the last 30 days are today and the 29 days before); "
        "null for all time"
    )
    paid_cents: int = Field(description="the ledger's entries booked in the period")
    paid_tickets: int = Field(description="tickets with an entry in the period")
    unpaid_tickets: int = Field(
        description="tickets you resolved in the period without writing to the customer: "
        "nothing is paid for them, and ops review them"
    )


class TicketRatingOut(BaseModel):
    score: int = Field(description="1 (bad) to 5 (great)")
    comment: str | None = Field(
        description="the customer's comment, personal data masked (a comment about a "
        "bereavement, health or hardship names only its topic)"
    )
    created_at: datetime


class ResolutionOut(BaseModel):
    """One ticket you resolved, with what it paid and how the customer rated it."""

    ticket_id: str
    resolved_at: datetime
    claimed_at: datetime | None
    handle_s: float | None = Field(description="from your claim to the resolution, seconds")
    queue: str
    language: str | None
    topic: str | None
    resolution_code: str | None
    paid: bool = Field(description="false: resolved without a reply to the customer, unpaid")
    amount_cents: int = Field(description="what it paid you: base + surge + bonus (0 unpaid)")
    base_cents: int
    surge_cents: int
    bonus_cents: int
    currency: str
    review_reason: str | None = Field(description="why ops review it (unpaid tickets)")
    rating: TicketRatingOut | None


class EarningsOut(BaseModel):
    currency: str
    today_cents: int  # since midnight in `time_zone` (UTC unless asked)
    week_cents: int  # since Monday 00:00 in `time_zone`
    total_cents: int
    tickets: int  # tickets paid, all time
    entries: list[EarningOut]  # the most recent, newest first
    time_zone: str = Field(description="the IANA time zone the periods' days are in")
    last_30_days_cents: int = Field(description="today and the 29 days before it")
    periods: list[PeriodOut] = Field(
        description="today, this week, the last 30 days and all time, paid and unpaid"
    )
    resolutions: list[ResolutionOut] = Field(
        description="the tickets you resolved, newest first, paid or not, a page of `limit`"
    )
    next_before: str | None = Field(
        description="pass as `before` for the next (older) page; null on the last page"
    )
