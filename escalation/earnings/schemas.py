from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class EarningOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    ticket_id: str
    kind: str  # base, surge or bonus
    amount_cents: int
    currency: str
    created_at: datetime


class EarningsOut(BaseModel):
    currency: str
    today_cents: int  # since midnight UTC
    week_cents: int  # since Monday 00:00 UTC
    total_cents: int
    tickets: int  # tickets paid, all time
    entries: list[EarningOut]  # the most recent, newest first
