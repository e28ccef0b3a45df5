"""The customer panel of a ticket's workspace: the customer's orders, open instalments,
refunds and returns with money as cents and a currency and dates as dates, so the page can
write them the way the agent reads them ("€49.90", "due 10 Dec").

The handoff package (`router.bot.handoff`) carries the same facts as display strings for
the LLM and integrators. Both are read through one `RememberingBackend`, so the customer's
backend (which may be the shop's own system) is asked once per look-up, not twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar, cast

from escalation.tickets.schemas import (
    CustomerPanel,
    InstalmentOut,
    MoneyOut,
    OrderOut,
    RefundOut,
    ReturnOut,
)
from router.bot.handoff import RECENT_ORDERS
from router.customers.backend import (
    CustomerData,
    CustomerDataBackend,
    Instalment,
    Money,
    Order,
    Refund,
    Return,
)

T = TypeVar("T")


class RememberingBackend:
    """A `CustomerDataBackend` that answers each distinct look-up once (for one request)."""

    def __init__(self, backend: CustomerDataBackend) -> None:
        self._backend = backend
        self._answers: dict[tuple[object, ...], object] = {}

    def _once(self, key: tuple[object, ...], ask: Callable[[], T]) -> T:
        if key not in self._answers:
            self._answers[key] = ask()
        return cast(T, self._answers[key])

    def orders(self, customer_ref: str, *, limit: int = 10) -> list[Order]:
        return self._once(
            ("orders", customer_ref, limit), lambda: self._backend.orders(customer_ref, limit=limit)
        )

    def order(self, customer_ref: str, order_number: str) -> Order | None:
        return self._once(
            ("order", customer_ref, order_number),
            lambda: self._backend.order(customer_ref, order_number),
        )

    def instalments(
        self, customer_ref: str, *, order_number: str | None = None, open_only: bool = False
    ) -> list[Instalment]:
        return self._once(
            ("instalments", customer_ref, order_number, open_only),
            lambda: self._backend.instalments(
                customer_ref, order_number=order_number, open_only=open_only
            ),
        )

    def refunds(self, customer_ref: str, *, order_number: str | None = None) -> list[Refund]:
        return self._once(
            ("refunds", customer_ref, order_number),
            lambda: self._backend.refunds(customer_ref, order_number=order_number),
        )

    def returns(self, customer_ref: str, *, order_number: str | None = None) -> list[Return]:
        return self._once(
            ("returns", customer_ref, order_number),
            lambda: self._backend.returns(customer_ref, order_number=order_number),
        )


def _money(value: Money) -> MoneyOut:
    return MoneyOut(amount_cents=value.cents, currency=value.currency)


def _order(o: Order) -> OrderOut:
    return OrderOut(
        number=o.number,
        shop=o.shop,
        items=o.items,
        total=_money(o.total),
        payment_plan=o.payment_plan,
        status=o.status,
        placed_on=o.placed_on,
        shipped_on=o.shipped_on,
        delivered_on=o.delivered_on,
    )


def _instalment(i: Instalment, today: date) -> InstalmentOut:
    return InstalmentOut(
        order_number=i.order_number,
        seq=i.seq,
        count=i.count,
        amount=_money(i.amount),
        due_on=i.due_on,
        overdue=i.open and i.due_on < today,
    )


def _refund(r: Refund) -> RefundOut:
    return RefundOut(
        order_number=r.order_number,
        amount=_money(r.amount),
        status=r.status,
        requested_on=r.requested_on,
        expected_on=r.expected_on,
        paid_on=r.paid_on,
    )


def _return(r: Return) -> ReturnOut:
    return ReturnOut(
        order_number=r.order_number,
        items=r.items,
        status=r.status,
        registered_on=r.registered_on,
        return_by=r.return_by,
        received_on=r.received_on,
    )


def customer_panel(data: CustomerData, today: date) -> CustomerPanel:
    """The same look-ups as the handoff package's customer context, typed for the page;
    `today` marks the open instalments already past their due date."""
    return CustomerPanel(
        ref=data.customer_ref,
        orders=[_order(o) for o in data.orders(limit=RECENT_ORDERS)],
        open_instalments=[_instalment(i, today) for i in data.instalments(open_only=True)],
        refunds=[_refund(r) for r in data.refunds()],
        returns=[_return(r) for r in data.returns()],
    )
