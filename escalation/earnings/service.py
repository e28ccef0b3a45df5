"""The agents' earnings ledger: written when a ticket is resolved, read by the agent.
Append-only: rows are inserted, never changed. Services flush; callers commit."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from escalation.earnings.models import Earning, EarningKind
from escalation.earnings.schemas import EarningOut, EarningsOut
from escalation.tickets.pay import CURRENCY, Pay

RECENT = 50


def record_earnings(
    session: Session, agent_id: int, ticket_id: str, pay: Pay, now: datetime
) -> None:
    """The ledger rows for one resolved ticket: its base pay, and the surge and SLA bonus
    when there were any. A ticket is resolved once, so it is recorded once (and a unique
    key on ticket and kind makes sure of it)."""
    parts = [
        (EarningKind.BASE, pay.base_cents),
        (EarningKind.SURGE, pay.surge_cents),
        (EarningKind.BONUS, pay.bonus_cents),
    ]
    for kind, amount in parts:
        if kind == EarningKind.BASE or amount > 0:
            session.add(
                Earning(
                    agent_id=agent_id, ticket_id=ticket_id, kind=kind, amount_cents=amount,
                    currency=pay.currency, created_at=now,
                )
            )  # fmt: skip
    session.flush()


def period_starts(now: datetime) -> tuple[datetime, datetime]:
    """The start of today and of this week (Monday), in UTC."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return today, today - timedelta(days=today.weekday())


def earnings(session: Session, agent_id: int, now: datetime) -> EarningsOut:
    """Totals for today, this week and all time (UTC), and the most recent entries."""
    today, week = period_starts(now)

    def total(since: datetime | None = None) -> int:
        query = select(func.coalesce(func.sum(Earning.amount_cents), 0)).where(
            Earning.agent_id == agent_id
        )
        if since is not None:
            query = query.where(Earning.created_at >= since)
        return int(session.scalar(query) or 0)

    recent = session.scalars(
        select(Earning)
        .where(Earning.agent_id == agent_id)
        .order_by(Earning.created_at.desc(), Earning.id.desc())
        .limit(RECENT)
    ).all()
    tickets = session.scalar(
        select(func.count(func.distinct(Earning.ticket_id))).where(Earning.agent_id == agent_id)
    )
    return EarningsOut(
        currency=CURRENCY, today_cents=total(today), week_cents=total(week),
        total_cents=total(), tickets=int(tickets or 0),
        entries=[EarningOut.model_validate(e) for e in recent],
    )  # fmt: skip
