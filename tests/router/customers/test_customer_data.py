"""The demo customer-data backend: seeded, and scoped to one customer at a time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from router.customers.backend import CustomerData, Money, normalize_order_number
from router.customers.models import CustomerInstalment, CustomerOrder, CustomerRefund
from router.customers.seed import SHOWCASE_CUSTOMER, seed_demo_customers
from router.customers.service import DatabaseCustomerBackend, customer_data

pytestmark = pytest.mark.usefixtures("backend")
TODAY = date.today()
OTHER = "demo-customer-1"


@pytest.fixture(autouse=True)
def seeded(backend: str) -> None:
    with unit_of_work() as s:
        assert seed_demo_customers(s, today=TODAY) == 99


def _data(s: object, ref: str) -> CustomerData:
    data = customer_data(s, ref)  # type: ignore[arg-type]
    assert data is not None
    return data


def test_the_showcase_customer_has_the_demo_data() -> None:
    with unit_of_work() as s:
        data = _data(s, SHOWCASE_CUSTOMER)
        assert [o.number for o in data.orders()] == ["1088", "1055", "1042", "1017"]
        open_ = data.instalments(open_only=True)
        assert (open_[0].order_number, open_[0].seq, open_[0].count) == ("1017", 2, 3)
        assert open_[0].amount == Money(4990, "EUR")
        assert open_[0].due_on == TODAY + timedelta(days=8)
        [refund] = data.refunds(order_number="1042")
        assert (refund.status, refund.amount.cents) == ("processing", 5995)
        assert [r.order_number for r in data.returns() if r.open] == ["1055"]


def test_every_demo_customer_has_orders_and_order_numbers_are_1001_to_1099() -> None:
    with unit_of_work() as s:
        numbers = sorted(int(n) for n in s.scalars(select(CustomerOrder.order_number)))
        assert numbers == list(range(1001, 1100))
        for i in range(21):
            assert _data(s, f"demo-customer-{i}").orders(), i


def test_another_customers_order_is_not_found() -> None:
    with unit_of_work() as s:
        other = _data(s, OTHER)
        assert other.order("1042") is None
        assert other.refunds(order_number="1042") == []
        assert other.instalments(order_number="1017") == []
        assert other.returns(order_number="1055") == []
        assert all(r.order_number != "1042" for r in other.refunds())
        assert "1042" not in [o.number for o in other.orders(limit=100)]
        # The raw backend answers for the customer it is asked about, nobody else.
        backend = DatabaseCustomerBackend(s)
        assert backend.order(OTHER, "1042") is None
        assert backend.order(SHOWCASE_CUSTOMER, "1042") is not None
        assert customer_data(s, None) is None
        assert customer_data(s, "") is None


@pytest.mark.parametrize(
    "number",
    ["1042; DROP TABLE customer_orders", "1042' OR '1'='1", "<b>1042</b>", "", "10", "x" * 500],
)
def test_hostile_order_numbers_match_nothing(number: str) -> None:
    with unit_of_work() as s:
        data = _data(s, SHOWCASE_CUSTOMER)
        assert data.order(number) is None
        assert data.refunds(order_number=number) == []
        assert data.instalments(order_number=number) == []
    with unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(CustomerOrder)) == 99


def test_order_numbers_are_normalised() -> None:
    assert normalize_order_number("#1042") == "1042"
    assert normalize_order_number(" 1042 ") == "1042"
    assert normalize_order_number("1042 1043") is None
    assert normalize_order_number(None) is None


def test_seeding_again_replaces_the_demo_data() -> None:
    later = TODAY + timedelta(days=3)
    with unit_of_work() as s:
        seed_demo_customers(s, today=later)
    with unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(CustomerOrder)) == 99
        assert (s.scalar(select(func.count()).select_from(CustomerRefund)) or 0) >= 1
        due = _data(s, SHOWCASE_CUSTOMER).instalments(open_only=True)[0].due_on
        assert due == later + timedelta(days=8)
        orphans = s.scalar(
            select(func.count())
            .select_from(CustomerInstalment)
            .where(CustomerInstalment.order_id.not_in(select(CustomerOrder.id)))
        )
        assert orphans == 0
