"""What a ticket pays the agent who resolves it. Pure: a base pay per queue for now (a surge
multiplier when a queue's wait grows comes with the earnings ledger)."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Pay:
    amount_cents: int
    currency: str = CURRENCY


def ticket_pay(queue: str) -> Pay:
    return Pay(BASE_PAY_CENTS.get(queue, DEFAULT_BASE_PAY_CENTS))
