"""Pay, surge, SLA, abandonment and the reply timer as pure functions: no HTTP, no
database, no clock of their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from escalation.agents.models import PresenceStatus
from escalation.agents.stats import acceptance_rate, durations
from escalation.earnings.service import period_starts
from escalation.tickets.matching import CloseReason, ReturnReason, overdue_reason, stale_reason
from escalation.tickets.models import TicketStatus as S
from escalation.tickets.pay import (
    NO_SURGE,
    fixed_pay,
    sla_breached,
    sla_raise,
    sla_seconds,
    surge_pct,
    ticket_pay,
)

T0 = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("oldest_wait_s", "open_tickets", "free_slots", "expected"),
    [
        (0, 0, 0, 100),  # nothing waits
        (10, 1, 2, 100),  # calm
        (150, 1, 1, 100),  # half the SLA used: surge starts after this
        (300, 1, 1, 120),  # the whole SLA: +0.5 x 0.5 = x1.25, in steps of 0.1
        (450, 1, 1, 150),  # one and a half SLAs: +0.5
        (0, 2, 1, 120),  # two tickets per free slot: +0.25
        (0, 3, 2, 110),  # 1.5 per slot: +0.125, rounded down
        (0, 3, 0, 150),  # nobody free counts as one slot
        (600, 10, 1, 200),  # capped at x2
        (-50, 1, 1, 100),  # a clock skew never lowers pay below base
    ],
)
def test_surge_grows_with_wait_and_load_and_is_capped(
    oldest_wait_s: float, open_tickets: int, free_slots: int, expected: int
) -> None:
    assert surge_pct(oldest_wait_s, open_tickets, free_slots, sla_s=300, cap=2.0) == expected


def test_surge_is_monotonic_and_respects_other_caps() -> None:
    last = NO_SURGE
    for wait in range(0, 3000, 30):
        now = surge_pct(wait, 4, 2, 300, cap=3.0)
        assert now >= last and now % 10 == 0
        last = now
    assert last == 300
    assert surge_pct(10_000, 50, 0, 300, cap=1.0) == NO_SURGE  # surge switched off
    assert surge_pct(10_000, 50, 0, 300, cap=1.55) == 155  # a cap between steps holds


def test_pay_with_surge_and_bonus() -> None:
    pay = ticket_pay("fraud", 150, bonus_cents=200)
    assert (pay.base_cents, pay.amount_cents, pay.surge, pay.surge_cents) == (400, 800, 1.5, 200)
    assert pay.bonus_cents == 200 and pay.currency == "EUR"
    assert fixed_pay(150, 110).amount_cents == 165
    assert fixed_pay(155, 110).amount_cents == 171  # 170.5 rounds half up
    assert ticket_pay("general").amount_cents == 150 and ticket_pay("general").surge == 1.0


def test_sla_per_queue_with_overrides_and_the_raise() -> None:
    assert sla_seconds("fraud") == 120
    assert sla_seconds("general", default=300) == 300
    assert sla_seconds("general", {"general": 60}) == 60
    assert sla_seconds("fraud", {"fraud": 30}) == 30
    assert not sla_breached(T0, 120, T0 + timedelta(seconds=119), already_raised=False)
    assert sla_breached(T0, 120, T0 + timedelta(seconds=120), already_raised=False)
    assert not sla_breached(T0, 120, T0 + timedelta(hours=1), already_raised=True)
    assert sla_raise(0, 150, 50) == (1, 75)
    assert sla_raise(3, 155, 50) == (4, 78)
    assert sla_raise(0, 150, -10) == (1, 0)


def test_the_reply_timer_runs_only_after_the_first_reply() -> None:
    online = PresenceStatus.ONLINE
    due = T0 + timedelta(seconds=120)
    replied = T0 + timedelta(seconds=10)
    waiting = T0 + timedelta(seconds=100)

    def reason(status: str, now: datetime, since: datetime | None) -> ReturnReason | None:
        return overdue_reason(status, due, replied, online, now, since, 180)

    assert reason(S.WITH_AGENT, waiting + timedelta(seconds=179), waiting) is None
    assert reason(S.WITH_AGENT, waiting + timedelta(seconds=180), waiting) == (
        ReturnReason.REPLY_TIMEOUT
    )
    assert reason(S.WITH_AGENT, T0 + timedelta(days=1), None) is None  # nobody waits
    # Before the first reply the first-reply timer governs; on the board nothing does.
    assert overdue_reason(S.CLAIMED, due, None, online, due - timedelta(seconds=1), T0, 1) is None
    assert reason(S.RELEASED, T0 + timedelta(days=1), waiting) is None
    # Going offline wins over every timer.
    assert overdue_reason(S.WITH_AGENT, due, replied, PresenceStatus.OFFLINE, T0, waiting, 180) == (
        ReturnReason.AGENT_OFFLINE
    )


def test_stale_tickets_are_abandoned_or_expired() -> None:
    def reason(status: str, active: datetime | None, after_s: float) -> CloseReason | None:
        return stale_reason(status, T0, active, T0 + timedelta(seconds=after_s), 1800, 7200)

    assert reason(S.OPEN, None, 1799) is None
    assert reason(S.OPEN, None, 1800) == CloseReason.ABANDONED
    recent = T0 + timedelta(seconds=1700)
    assert reason(S.RELEASED, recent, 3000) is None  # the customer wrote meanwhile
    assert reason(S.TRANSFERRED, recent, 1700 + 1800) == CloseReason.ABANDONED
    chatty = T0 + timedelta(seconds=7000)
    assert reason(S.OPEN, chatty, 7199) is None
    assert reason(S.OPEN, chatty, 7200) == CloseReason.EXPIRED  # the hard limit
    for held in (S.CLAIMED, S.WITH_AGENT, S.RESOLVED, S.EXPIRED, S.ABANDONED):
        assert reason(held, None, 100_000) is None


def test_stats_helpers_and_periods() -> None:
    assert durations([]).model_dump() == {"count": 0, "median_s": None, "mean_s": None}
    assert durations([60, 120, 600]).model_dump() == {
        "count": 3,
        "median_s": 120.0,
        "mean_s": 260.0,
    }
    assert acceptance_rate(0, 0) is None
    assert acceptance_rate(4, 1) == 0.75 and acceptance_rate(2, 5) == 0.0
    wednesday = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)
    today, week = period_starts(wednesday)
    assert today == datetime(2026, 11, 25, tzinfo=UTC)
    assert week == datetime(2026, 11, 23, tzinfo=UTC)  # Monday
