"""A customer of the demo shop's tables written directly, for tests that need exact rows:
hostile text in the order data, an instalment past its due date, a refund and a return."""

from __future__ import annotations

from datetime import date, timedelta

from core.db import unit_of_work
from router.customers.models import (
    CustomerInstalment,
    CustomerOrder,
    CustomerRefund,
    CustomerReturn,
)

HOSTILE_SHOP = '<img src=x onerror="document.body.dataset.pwned=3">Shop'
HOSTILE_ITEMS = '<script>document.body.dataset.pwned=4</script><b id="injected-order">boots</b>'


def add_customer(ref: str, today: date, *, first_order: int = 9001) -> None:
    """Two orders of `ref`: a Pay-in-3 with hostile shop and item names, its first
    instalment (€33.34) overdue by 2 days and the next (€33.33) due in 28; and a returned
    order (€19.90) with its return received and its refund on its way."""
    d = timedelta
    with unit_of_work() as s:
        boots = CustomerOrder(
            customer_ref=ref,
            order_number=str(first_order),
            shop=HOSTILE_SHOP,
            items=HOSTILE_ITEMS,
            total_cents=10000,
            currency="EUR",
            payment_plan="pay_in_3",
            status="delivered",
            placed_on=today - d(32),
            shipped_on=today - d(31),
            delivered_on=today - d(29),
        )
        scarf = CustomerOrder(
            customer_ref=ref,
            order_number=str(first_order + 1),
            shop="Kleiderei",
            items="scarf",
            total_cents=1990,
            currency="EUR",
            payment_plan="pay_in_30",
            status="returned",
            placed_on=today - d(20),
            shipped_on=today - d(19),
            delivered_on=today - d(17),
        )
        s.add_all([boots, scarf])
        s.flush()
        s.add_all(
            [
                CustomerInstalment(
                    order_id=boots.id, seq=1, amount_cents=3334, currency="EUR", due_on=today - d(2)
                ),
                CustomerInstalment(
                    order_id=boots.id,
                    seq=2,
                    amount_cents=3333,
                    currency="EUR",
                    due_on=today + d(28),
                ),
                CustomerInstalment(
                    order_id=boots.id,
                    seq=3,
                    amount_cents=3333,
                    currency="EUR",
                    due_on=today + d(58),
                ),
                CustomerRefund(
                    order_id=scarf.id,
                    amount_cents=1990,
                    currency="EUR",
                    status="processing",
                    requested_on=today - d(4),
                    expected_on=today + d(3),
                ),
                CustomerReturn(
                    order_id=scarf.id,
                    items="scarf",
                    status="accepted",
                    registered_on=today - d(12),
                    return_by=today + d(2),
                    received_on=today - d(5),
                ),
            ]
        )
