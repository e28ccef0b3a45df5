"""The demo shop's customer data: orders, their instalments, refunds and returns.

Every row hangs off an order, and an order belongs to one `customer_ref` (the same reference a
conversation carries), so every lookup is scoped by joining to the order's customer. Real
deployments replace these tables with their own systems behind `CustomerDataBackend`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigIntPK


class CustomerOrder(Base):
    __tablename__ = "customer_orders"
    __table_args__ = (Index("ix_customer_orders_customer_placed", "customer_ref", "placed_on"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    customer_ref: Mapped[str] = mapped_column(String(200))
    order_number: Mapped[str] = mapped_column(String(32), unique=True)
    shop: Mapped[str] = mapped_column(String(120))
    items: Mapped[str] = mapped_column(String(300))
    total_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    payment_plan: Mapped[str] = mapped_column(String(24))  # pay_in_30, pay_in_3, financing
    status: Mapped[str] = mapped_column(String(24))  # processing, shipped, delivered, ...
    placed_on: Mapped[date] = mapped_column(Date)
    shipped_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)


class CustomerInstalment(Base):
    __tablename__ = "customer_instalments"
    __table_args__ = (UniqueConstraint("order_id", "seq"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("customer_orders.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)  # 1-based
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    due_on: Mapped[date] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)


class CustomerRefund(Base):
    __tablename__ = "customer_refunds"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("customer_orders.id", ondelete="CASCADE"), index=True
    )
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(24))  # requested, processing, paid, rejected
    requested_on: Mapped[date] = mapped_column(Date)
    expected_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)


class CustomerReturn(Base):
    __tablename__ = "customer_returns"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("customer_orders.id", ondelete="CASCADE"), index=True
    )
    items: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(24))  # registered, in_transit, received, ...
    registered_on: Mapped[date] = mapped_column(Date)
    return_by: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
