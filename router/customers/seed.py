"""Demo customers for the demo shop: `demo-customer-0` .. `demo-customer-N`, orders 1001-1099.

Dates are relative to `today`, so the demo looks the same whenever it is started.
`demo-customer-0` is the showcase: a Pay-in-3 purchase (order 1017, next instalment of
49,90 € in 8 days), a refund on its way for order 1042, a return in transit for order 1055
and a fresh Pay-in-30 order (1088). Everyone else gets a few seeded random orders.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from router.customers.models import (
    CustomerInstalment,
    CustomerOrder,
    CustomerRefund,
    CustomerReturn,
)

DEMO_CUSTOMER_PREFIX = "demo-customer-"
FIRST_ORDER, LAST_ORDER = 1001, 1099
SHOWCASE_CUSTOMER = f"{DEMO_CUSTOMER_PREFIX}0"

_SHOPS: tuple[tuple[str, str, int], ...] = (  # shop, items, typical price in cents
    ("Nordlicht Outdoor", "rain jacket", 14970),
    ("Stadtschuh", "sneakers", 5995),
    ("Casa Deco", "table lamp", 8900),
    ("Pixel Audio", "headphones", 12900),
    ("Fjällbo Sport", "hiking boots", 17900),
    ("Kleiderei", "summer dress", 4990),
    ("Bücherwurm", "three books", 3870),
    ("Hemma Möbel", "armchair", 34900),
    ("Glow Beauty", "skincare set", 6450),
    ("Spielwerk", "building blocks", 7999),
)


@dataclass
class _Order:
    number: int
    customer: str
    shop: str
    items: str
    total_cents: int
    plan: str
    status: str
    placed: date
    shipped: date | None
    delivered: date | None
    instalments: list[tuple[int, date, date | None]] = field(default_factory=list)
    refund: tuple[int, str, date, date | None, date | None] | None = None
    ret: tuple[str, date, date | None, date | None] | None = None


def _split(total: int, parts: int) -> list[int]:
    base = total // parts
    return [base + (1 if i < total - base * parts else 0) for i in range(parts)]


def _plan_instalments(order: _Order, today: date) -> None:
    if order.plan == "pay_in_30":
        starts, parts, step = (order.shipped or order.placed) + timedelta(days=30), 1, 30
    elif order.plan == "pay_in_3":
        starts, parts, step = order.placed, 3, 30
    else:  # financing over 6 months
        starts, parts, step = order.placed + timedelta(days=30), 6, 30
    for i, amount in enumerate(_split(order.total_cents, parts)):
        due = starts + timedelta(days=step * i)
        order.instalments.append((amount, due, due if due < today else None))


def _showcase(today: date) -> list[_Order]:
    t = today
    d = timedelta
    jacket = _Order(
        1017, SHOWCASE_CUSTOMER, "Nordlicht Outdoor", "rain jacket", 14970, "pay_in_3",
        "delivered", t - d(22), t - d(21), t - d(18),
        instalments=[(4990, t - d(22), t - d(22)), (4990, t + d(8), None),
                     (4990, t + d(38), None)],
    )  # fmt: skip
    sneakers = _Order(
        1042, SHOWCASE_CUSTOMER, "Stadtschuh", "sneakers", 5995, "pay_in_30", "returned",
        t - d(20), t - d(19), t - d(16),
        instalments=[(5995, t + d(11), t - d(15))],
        refund=(5995, "processing", t - d(3), t + d(2), None),
        ret=("sneakers", t - d(12), t + d(2), t - d(5)),
    )  # fmt: skip
    lamp = _Order(
        1055, SHOWCASE_CUSTOMER, "Casa Deco", "table lamp", 8900, "pay_in_30", "delivered",
        t - d(9), t - d(8), t - d(6),
        instalments=[(8900, t + d(22), None)],
        ret=("table lamp", t - d(2), t + d(12), None),
    )  # fmt: skip
    headphones = _Order(
        1088, SHOWCASE_CUSTOMER, "Pixel Audio", "headphones", 12900, "pay_in_30", "shipped",
        t - d(3), t - d(1), None,
        instalments=[(12900, t + d(29), None)],
    )  # fmt: skip
    return [jacket, sneakers, lamp, headphones]


def _random_order(number: int, customer: str, rng: random.Random, today: date) -> _Order:
    shop, items, price = rng.choice(_SHOPS)
    total = max(990, int(price * rng.uniform(0.8, 1.3)) // 10 * 10 - 5)
    age = rng.randint(1, 75)
    placed = today - timedelta(days=age)
    shipped = placed + timedelta(days=1) if age >= 2 else None
    delivered = placed + timedelta(days=rng.randint(3, 5)) if age >= 6 else None
    status = "delivered" if delivered else "shipped" if shipped else "processing"
    plan = rng.choice(("pay_in_30", "pay_in_30", "pay_in_3", "pay_in_3", "financing"))
    order = _Order(number, customer, shop, items, total, plan, status, placed, shipped, delivered)
    _plan_instalments(order, today)
    if delivered and rng.random() < 0.15:
        registered = delivered + timedelta(days=rng.randint(1, 4))
        if registered < today:
            received = registered + timedelta(days=4)
            if received < today:
                order.ret = (items, registered, registered + timedelta(days=14), received)
                order.status = "returned"
                paid = received + timedelta(days=4)
                order.refund = (
                    total, "paid" if paid < today else "processing", received,
                    paid, paid if paid < today else None,
                )  # fmt: skip
            else:
                order.ret = (items, registered, registered + timedelta(days=14), None)
    return order


def demo_orders(customers: int, today: date, seed: int = 5) -> list[_Order]:
    rng = random.Random(seed)
    orders = _showcase(today)
    taken = {o.number for o in orders}
    numbers = [n for n in range(FIRST_ORDER, LAST_ORDER + 1) if n not in taken]
    rng.shuffle(numbers)
    others = max(1, customers - 1)
    for i, number in enumerate(numbers):
        customer = f"{DEMO_CUSTOMER_PREFIX}{1 + i % others}" if customers > 1 else SHOWCASE_CUSTOMER
        orders.append(_random_order(number, customer, rng, today))
    return orders


def seed_demo_customers(session: Session, *, customers: int = 21, today: date | None = None) -> int:
    """(Re)create the demo customers' data; returns the number of orders. Flushes only."""
    today = today or date.today()
    refs = [f"{DEMO_CUSTOMER_PREFIX}{i}" for i in range(max(customers, 1))]
    numbers = [str(n) for n in range(FIRST_ORDER, LAST_ORDER + 1)]
    old = select(CustomerOrder.id).where(
        (CustomerOrder.customer_ref.in_(refs)) | (CustomerOrder.order_number.in_(numbers))
    )
    for child in (CustomerInstalment, CustomerRefund, CustomerReturn):
        session.execute(delete(child).where(child.order_id.in_(old)))
    session.execute(delete(CustomerOrder).where(CustomerOrder.id.in_(old)))
    orders = demo_orders(customers, today)
    for o in orders:
        row = CustomerOrder(
            customer_ref=o.customer, order_number=str(o.number), shop=o.shop, items=o.items,
            total_cents=o.total_cents, currency="EUR", payment_plan=o.plan, status=o.status,
            placed_on=o.placed, shipped_on=o.shipped, delivered_on=o.delivered,
        )  # fmt: skip
        session.add(row)
        session.flush()
        for seq, (amount, due, paid) in enumerate(o.instalments, start=1):
            session.add(
                CustomerInstalment(
                    order_id=row.id,
                    seq=seq,
                    amount_cents=amount,
                    currency="EUR",
                    due_on=due,
                    paid_on=paid,
                )
            )
        if o.refund is not None:
            amount, status, requested, expected, paid_on = o.refund
            session.add(
                CustomerRefund(
                    order_id=row.id,
                    amount_cents=amount,
                    currency="EUR",
                    status=status,
                    requested_on=requested,
                    expected_on=expected,
                    paid_on=paid_on,
                )
            )
        if o.ret is not None:
            items, registered, return_by, received = o.ret
            status = "accepted" if received else "in_transit"
            session.add(
                CustomerReturn(
                    order_id=row.id,
                    items=items,
                    status=status,
                    registered_on=registered,
                    return_by=return_by,
                    received_on=received,
                )
            )
    session.flush()
    return len(orders)
