"""The customer data the bot may look up, behind an interface integrators implement.

`CustomerDataBackend` is what a shop plugs in (its order system, its payment ledger); the demo
implementation reads seeded tables (`router.customers.service.DatabaseCustomerBackend`).
Every method takes the customer it answers for; the bot only ever holds a `CustomerData`,
which is bound to the conversation's customer, so nothing it does can name another customer.
An order number that belongs to someone else is simply not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Protocol

_ORDER_NUMBER = re.compile(r"^#?\s*(\d{3,12})$")


@dataclass(frozen=True, slots=True)
class Money:
    cents: int
    currency: str  # ISO 4217

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)


@dataclass(frozen=True, slots=True)
class Order:
    number: str
    shop: str
    items: str
    total: Money
    payment_plan: str  # pay_in_30, pay_in_3, financing
    status: str  # processing, shipped, delivered, cancelled, returned
    placed_on: date
    shipped_on: date | None = None
    delivered_on: date | None = None


@dataclass(frozen=True, slots=True)
class Instalment:
    order_number: str
    seq: int  # 1-based
    count: int  # instalments of the order in all
    amount: Money
    due_on: date
    paid_on: date | None = None

    @property
    def open(self) -> bool:
        return self.paid_on is None


@dataclass(frozen=True, slots=True)
class Refund:
    order_number: str
    amount: Money
    status: str  # requested, processing, paid, rejected
    requested_on: date
    expected_on: date | None = None
    paid_on: date | None = None


@dataclass(frozen=True, slots=True)
class Return:
    order_number: str
    items: str
    status: str  # registered, in_transit, received, accepted, rejected
    registered_on: date
    return_by: date | None = None
    received_on: date | None = None

    @property
    def open(self) -> bool:
        return self.status in ("registered", "in_transit", "received")


class CustomerDataBackend(Protocol):
    """Look-ups for one customer at a time. Implementations must scope every answer to
    `customer_ref`: an order of another customer is None / left out, never returned."""

    def orders(self, customer_ref: str, *, limit: int = 10) -> list[Order]:
        """The customer's orders, newest first."""
        ...

    def order(self, customer_ref: str, order_number: str) -> Order | None: ...

    def instalments(
        self, customer_ref: str, *, order_number: str | None = None, open_only: bool = False
    ) -> list[Instalment]:
        """Instalments by due date (of one order, or of all the customer's orders)."""
        ...

    def refunds(self, customer_ref: str, *, order_number: str | None = None) -> list[Refund]:
        """Refunds, newest first."""
        ...

    def returns(self, customer_ref: str, *, order_number: str | None = None) -> list[Return]:
        """Returns, newest first."""
        ...


def normalize_order_number(text: str | None) -> str | None:
    """The digits of an order number ("#1042", " 1042 "), or None when it is not one."""
    if text is None:
        return None
    match = _ORDER_NUMBER.match(str(text).strip())
    return match.group(1) if match else None


class CustomerData:
    """The customer data of one customer: what the bot and its tools are given."""

    def __init__(self, backend: CustomerDataBackend, customer_ref: str) -> None:
        if not customer_ref:
            raise ValueError("customer_ref is required")
        self._backend = backend
        self.customer_ref = customer_ref

    def orders(self, *, limit: int = 10) -> list[Order]:
        return self._backend.orders(self.customer_ref, limit=limit)

    def order(self, order_number: str) -> Order | None:
        number = normalize_order_number(order_number)
        return None if number is None else self._backend.order(self.customer_ref, number)

    def instalments(
        self, *, order_number: str | None = None, open_only: bool = False
    ) -> list[Instalment]:
        number = self._number(order_number)
        if number == "":
            return []
        return self._backend.instalments(
            self.customer_ref, order_number=number, open_only=open_only
        )

    def refunds(self, *, order_number: str | None = None) -> list[Refund]:
        number = self._number(order_number)
        return [] if number == "" else self._backend.refunds(self.customer_ref, order_number=number)

    def returns(self, *, order_number: str | None = None) -> list[Return]:
        number = self._number(order_number)
        return [] if number == "" else self._backend.returns(self.customer_ref, order_number=number)

    @staticmethod
    def _number(order_number: str | None) -> str | None:
        """None: all orders; "": a malformed number, which matches nothing."""
        if order_number is None:
            return None
        return normalize_order_number(order_number) or ""
