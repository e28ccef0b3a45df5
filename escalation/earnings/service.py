"""The agents' earnings ledger: written when a ticket is resolved, read by the agent.
Append-only: rows are inserted, never changed. Services flush; callers commit."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from escalation.earnings.models import Earning, EarningKind
from escalation.earnings.periods import PeriodStarts
from escalation.earnings.periods import period_starts as local_period_starts
from escalation.earnings.resolutions import resolutions
from escalation.earnings.schemas import EarningOut, EarningsOut, Period, PeriodOut
from escalation.tickets.models import Ticket, TicketStatus
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
                    agent_id=agent_id,
                    ticket_id=ticket_id,
                    kind=kind,
                    amount_cents=amount,
                    currency=pay.currency,
                    created_at=now,
                )
            )
    session.flush()


def period_starts(now: datetime) -> tuple[datetime, datetime]:
    """The start of today and of this week (Monday), in UTC."""
    starts = local_period_starts(now)
    return starts.today, starts.week


def _periods(session: Session, agent_id: int, starts: PeriodStarts) -> list[PeriodOut]:
    """Paid cents and tickets (from the ledger) and unpaid resolutions (from the tickets)
    for each period, in two queries."""
    since: dict[Period, datetime] = {
        "today": starts.today,
        "week": starts.week,
        "last_30_days": starts.last_30_days,
    }

    def paid(start: datetime) -> tuple[ColumnElement[int], ColumnElement[int]]:
        inside = Earning.created_at >= start
        return (
            func.coalesce(func.sum(case((inside, Earning.amount_cents), else_=0)), 0),
            func.count(func.distinct(case((inside, Earning.ticket_id)))),
        )

    ledger = session.execute(
        select(
            func.coalesce(func.sum(Earning.amount_cents), 0),
            func.count(func.distinct(Earning.ticket_id)),
            *[column for start in since.values() for column in paid(start)],
        ).where(Earning.agent_id == agent_id)
    ).one()
    unpaid_resolved = and_(
        Ticket.claimed_by == agent_id,
        Ticket.status == TicketStatus.RESOLVED,
        Ticket.review_reason.is_not(None),
    )
    unpaid = session.execute(
        select(
            func.count(),
            *[func.count(case((Ticket.closed_at >= start, 1))) for start in since.values()],
        ).where(unpaid_resolved)
    ).one()
    out = [
        PeriodOut(
            period=name,
            since=start,
            paid_cents=int(ledger[2 + 2 * i]),
            paid_tickets=int(ledger[3 + 2 * i]),
            unpaid_tickets=int(unpaid[1 + i]),
        )
        for i, (name, start) in enumerate(since.items())
    ]
    total = PeriodOut(
        period="all_time",
        since=None,
        paid_cents=int(ledger[0]),
        paid_tickets=int(ledger[1]),
        unpaid_tickets=int(unpaid[0]),
    )
    return [*out, total]


def earnings(
    session: Session,
    agent_id: int,
    now: datetime,
    *,
    zone: tzinfo = UTC,
    limit: int = RECENT,
    before: tuple[datetime, str] | None = None,
) -> EarningsOut:
    """Totals for today, this week, the last 30 days (days in `zone`) and all time, the most
    recent ledger entries, and a page of the tickets resolved (newest first, paid or not,
    older than `before`)."""
    starts = local_period_starts(now, zone)
    periods = _periods(session, agent_id, starts)
    by_name = {p.period: p for p in periods}
    recent = session.scalars(
        select(Earning)
        .where(Earning.agent_id == agent_id)
        .order_by(Earning.created_at.desc(), Earning.id.desc())
        .limit(RECENT)
    ).all()
    page, next_before = resolutions(session, agent_id, limit, before)
    return EarningsOut(
        currency=CURRENCY,
        today_cents=by_name["today"].paid_cents,
        week_cents=by_name["week"].paid_cents,
        total_cents=by_name["all_time"].paid_cents,
        tickets=by_name["all_time"].paid_tickets,
        entries=[EarningOut.model_validate(e) for e in recent],
        time_zone=starts.zone,
        last_30_days_cents=by_name["last_30_days"].paid_cents,
        periods=periods,
        resolutions=page,
        next_before=next_before,
    )
