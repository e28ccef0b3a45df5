"""The demo `CustomerDataBackend` over the seeded tables, and how the bot gets one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from core.db import unit_of_work
from router.customers.backend import (
    CustomerData,
    CustomerDataBackend,
    Instalment,
    Money,
    Order,
    Refund,
    Return,
)
from router.customers.models import (
    CustomerInstalment,
    CustomerOrder,
    CustomerRefund,
    CustomerReturn,
)


def _order(row: CustomerOrder) -> Order:
    return Order(
        number=row.order_number,
        shop=row.shop,
        items=row.items,
        total=Money(row.total_cents, row.currency),
        payment_plan=row.payment_plan,
        status=row.status,
        placed_on=row.placed_on,
        shipped_on=row.shipped_on,
        delivered_on=row.delivered_on,
    )


class DatabaseCustomerBackend:
    """Reads the demo tables; every query joins to the order and filters on its customer.

    Bound to a session, it reads in that session's transaction; without one, each look-up
    is its own short read (the message job asks with no transaction open)."""

    def __init__(self, session: Session | None = None) -> None:
        self.session = session

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        if self.session is not None:
            yield self.session
            return
        with unit_of_work() as session:
            yield session

    @staticmethod
    def _scope(customer_ref: str, order_number: str | None) -> list[ColumnElement[bool]]:
        where = [CustomerOrder.customer_ref == customer_ref]
        if order_number is not None:
            where.append(CustomerOrder.order_number == order_number)
        return where

    def orders(self, customer_ref: str, *, limit: int = 10) -> list[Order]:
        with self._reading() as session:
            rows = session.scalars(
                select(CustomerOrder)
                .where(*self._scope(customer_ref, None))
                .order_by(CustomerOrder.placed_on.desc(), CustomerOrder.order_number.desc())
                .limit(limit)
            )
            return [_order(row) for row in rows]

    def order(self, customer_ref: str, order_number: str) -> Order | None:
        with self._reading() as session:
            row = session.scalars(
                select(CustomerOrder).where(*self._scope(customer_ref, order_number))
            ).first()
            return None if row is None else _order(row)

    def instalments(
        self, customer_ref: str, *, order_number: str | None = None, open_only: bool = False
    ) -> list[Instalment]:
        with self._reading() as session:
            count = (
                select(func.count(CustomerInstalment.id))
                .where(CustomerInstalment.order_id == CustomerOrder.id)
                .correlate(CustomerOrder)
                .scalar_subquery()
            )
            where = self._scope(customer_ref, order_number)
            if open_only:
                where.append(CustomerInstalment.paid_on.is_(None))
            rows = session.execute(
                select(CustomerInstalment, CustomerOrder.order_number, count)
                .join(CustomerOrder, CustomerInstalment.order_id == CustomerOrder.id)
                .where(*where)
                .order_by(CustomerInstalment.due_on, CustomerOrder.order_number)
            ).all()
            return [
                Instalment(
                    order_number=number,
                    seq=i.seq,
                    count=int(n),
                    amount=Money(i.amount_cents, i.currency),
                    due_on=i.due_on,
                    paid_on=i.paid_on,
                )
                for i, number, n in rows
            ]

    def refunds(self, customer_ref: str, *, order_number: str | None = None) -> list[Refund]:
        with self._reading() as session:
            rows = session.execute(
                select(CustomerRefund, CustomerOrder.order_number)
                .join(CustomerOrder, CustomerRefund.order_id == CustomerOrder.id)
                .where(*self._scope(customer_ref, order_number))
                .order_by(CustomerRefund.requested_on.desc(), CustomerRefund.id.desc())
            ).all()
            return [
                Refund(
                    order_number=number,
                    amount=Money(r.amount_cents, r.currency),
                    status=r.status,
                    requested_on=r.requested_on,
                    expected_on=r.expected_on,
                    paid_on=r.paid_on,
                )
                for r, number in rows
            ]

    def returns(self, customer_ref: str, *, order_number: str | None = None) -> list[Return]:
        with self._reading() as session:
            rows = session.execute(
                select(CustomerReturn, CustomerOrder.order_number)
                .join(CustomerOrder, CustomerReturn.order_id == CustomerOrder.id)
                .where(*self._scope(customer_ref, order_number))
                .order_by(CustomerReturn.registered_on.desc(), CustomerReturn.id.desc())
            ).all()
            return [
                Return(
                    order_number=number,
                    items=r.items,
                    status=r.status,
                    registered_on=r.registered_on,
                    return_by=r.return_by,
                    received_on=r.received_on,
                )
                for r, number in rows
            ]


def customer_backend(session: Session | None = None) -> CustomerDataBackend:
    """The backend the bot uses. Integrators return their own implementation here."""
    return DatabaseCustomerBackend(session)


def customer_data(
    session: Session | None, customer_ref: str | None, backend: CustomerDataBackend | None = None
) -> CustomerData | None:
    """The data of this one customer, or None for an anonymous conversation."""
    if not customer_ref:
        return None
    return CustomerData(backend or customer_backend(session), customer_ref)
