"""What a ticket pays the agent who resolves it, and when a waiting ticket is overdue.
Pure functions of plain values: no database, no clock of their own.

- Base pay per queue (harder queues pay more).
- Surge: a multiplier per queue when its wait grows, like ride-hailing surge pricing: from
  how much of the queue's SLA its oldest waiting ticket has used, and from how many tickets
  wait per free slot of the eligible online agents (an agent holds up to its maximum of
  concurrent tickets). Shown on the board; fixed on the ticket at claim time.
- SLA: a ticket still waiting past its queue's SLA is raised in priority once and earns a
  bonus on top of its pay.
- Resolution: only work is paid. An agent who wrote to the customer is paid whatever the
  resolution code; one who never did may only close the ticket with a code that says no
  reply was needed (`UNREPLIED_CODES`, or a hand-back to the bot), which pays nothing and
  marks the ticket for an ops review.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

CURRENCY = "EUR"
DEFAULT_BASE_PAY_CENTS = 150
# Harder queues pay more: they need a skill and take longer.
BASE_PAY_CENTS: dict[str, int] = {
    "general": 150,
    "refunds": 200,
    "payments": 200,
    "disputes": 300,
    "fraud": 400,
}
# Seconds a ticket may wait on the board before its queue's SLA is breached (defaults;
# `RELAYDESK_SLA_S` overrides per queue, `RELAYDESK_DEFAULT_SLA_S` the rest).
SLA_S: dict[str, int] = {"fraud": 120, "disputes": 240}

NO_SURGE = 100  # surge in percent: 100 = x1.0
SURGE_STEP = 10  # multipliers move in steps of 0.1
# Surge starts once the oldest ticket has used half its SLA: +0.5 for each further SLA...
WAIT_WEIGHT = 0.5
WAIT_START = 0.5
# ...and once more than one ticket waits per free agent slot: +0.25 per extra ticket.
LOAD_WEIGHT = 0.25
SLA_PRIORITY_BUMP = 1


@dataclass(frozen=True)
class Pay:
    amount_cents: int  # what the agent earns: base x surge + bonus
    currency: str = CURRENCY
    base_cents: int = 0
    surge_pct: int = NO_SURGE
    bonus_cents: int = 0

    @property
    def surge(self) -> float:
        return self.surge_pct / 100

    @property
    def surge_cents(self) -> int:
        return self.amount_cents - self.base_cents - self.bonus_cents


def base_pay_cents(queue: str) -> int:
    return BASE_PAY_CENTS.get(queue, DEFAULT_BASE_PAY_CENTS)


def ticket_pay(queue: str, surge_pct: int = NO_SURGE, bonus_cents: int = 0) -> Pay:
    """The pay for a ticket of `queue` at this surge, with any SLA bonus."""
    base = base_pay_cents(queue)
    return fixed_pay(base, surge_pct, bonus_cents)


def fixed_pay(base_cents: int, surge_pct: int, bonus_cents: int = 0) -> Pay:
    """The pay from the base and surge recorded on a ticket (rounded half up to a cent)."""
    surged = (base_cents * surge_pct + 50) // 100
    return Pay(surged + bonus_cents, CURRENCY, base_cents, surge_pct, bonus_cents)


def surge_pct(
    oldest_wait_s: float,
    open_tickets: int,
    free_slots: int,
    sla_s: float,
    cap: float = 2.0,
) -> int:
    """The queue's surge in percent (100 = no surge), in steps of 10, at most `cap`.

    Grows with the share of the SLA the oldest waiting ticket has used beyond half, and
    with the tickets waiting per free slot of the eligible online agents beyond one (no
    free slot counts as one, so an empty room surges with every ticket)."""
    if open_tickets <= 0:
        return NO_SURGE
    wait = max(0.0, max(0.0, oldest_wait_s) / max(1.0, sla_s) - WAIT_START)
    load = max(0.0, open_tickets / max(1, free_slots) - 1)
    raw = 100 * (1 + WAIT_WEIGHT * wait + LOAD_WEIGHT * load)
    stepped = int((raw + 1e-9) // SURGE_STEP) * SURGE_STEP  # 1e-9: float dust, not surge
    ceiling = max(NO_SURGE, round(cap * 100))
    return max(NO_SURGE, min(ceiling, stepped))


def sla_seconds(queue: str, overrides: Mapping[str, int] | None = None, default: int = 300) -> int:
    """The queue's SLA: the configured override, the built-in default for the queue, or
    `default`."""
    if overrides and queue in overrides:
        return int(overrides[queue])
    return SLA_S.get(queue, default)


def sla_deadline(created_at: datetime, sla_s: float) -> datetime:
    return created_at + timedelta(seconds=sla_s)


def sla_breached(created_at: datetime, sla_s: float, now: datetime, already_raised: bool) -> bool:
    """True when a waiting ticket has passed its SLA and has not been raised for it yet."""
    return not already_raised and now >= sla_deadline(created_at, sla_s)


def sla_raise(priority: int, base_cents: int, bonus_pct: int) -> tuple[int, int]:
    """`(new priority, bonus cents)` for a ticket that breached its SLA."""
    return priority + SLA_PRIORITY_BUMP, (base_cents * max(0, bonus_pct) + 50) // 100


# The only ways to close a ticket without having written to the customer: nothing was
# needed from a person. They pay nothing and ops review them.
UNREPLIED_CODES: tuple[str, ...] = ("customer_left", "duplicate", "spam", "no_reply_needed")


@dataclass(frozen=True)
class Settlement:
    """What a resolution pays, and why ops should review it (None: nothing to review)."""

    pay: Pay
    review_reason: str | None = None

    @property
    def paid(self) -> bool:
        return self.review_reason is None


def unreplied_problem(resolution_code: str) -> str | None:
    """Why a ticket whose agent never wrote to the customer cannot be resolved with this
    code (and what to do instead), or None when the code says no reply was needed."""
    if resolution_code in UNREPLIED_CODES:
        return None
    return (
        f"you have not written to the customer, so the ticket cannot be resolved as "
        f"{resolution_code}: reply to the customer first, or, if no reply was needed, resolve "
        f"it as {', '.join(UNREPLIED_CODES)} (unpaid, and reviewed by ops)"
    )


def settle(pay: Pay, resolution_code: str, *, replied: bool) -> Settlement:
    """The pay for a resolution: the ticket's pay when the agent wrote to the customer;
    nothing, marked for review, when it did not (`unreplied_problem` says which codes may
    do that)."""
    if replied:
        return Settlement(pay)
    unpaid = replace(pay, amount_cents=0, base_cents=0, bonus_cents=0)
    return Settlement(unpaid, f"closed as {resolution_code} without a reply to the customer")
