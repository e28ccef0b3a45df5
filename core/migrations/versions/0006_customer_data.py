"""customer data for the bot's tools: orders, instalments, refunds, returns

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _order_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["order_id"],
        ["customer_orders.id"],
        name=op.f(f"fk_{table}_order_id_customer_orders"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    # New tables only: nothing existing is altered.
    op.create_table(
        "customer_orders",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("customer_ref", sa.String(length=200), nullable=False),
        sa.Column("order_number", sa.String(length=32), nullable=False),
        sa.Column("shop", sa.String(length=120), nullable=False),
        sa.Column("items", sa.String(length=300), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("payment_plan", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=False),
        sa.Column("shipped_on", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_orders")),
        sa.UniqueConstraint("order_number", name=op.f("uq_customer_orders_order_number")),
    )
    op.create_index(
        "ix_customer_orders_customer_placed", "customer_orders", ["customer_ref", "placed_on"]
    )
    op.create_table(
        "customer_instalments",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("order_id", BIGINT, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        _order_fk("customer_instalments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_instalments")),
        sa.UniqueConstraint("order_id", "seq", name=op.f("uq_customer_instalments_order_id")),
    )
    op.create_index(op.f("ix_customer_instalments_order_id"), "customer_instalments", ["order_id"])
    op.create_table(
        "customer_refunds",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("order_id", BIGINT, nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("expected_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        _order_fk("customer_refunds"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_refunds")),
    )
    op.create_index(op.f("ix_customer_refunds_order_id"), "customer_refunds", ["order_id"])
    op.create_table(
        "customer_returns",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("order_id", BIGINT, nullable=False),
        sa.Column("items", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("return_by", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        _order_fk("customer_returns"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_returns")),
    )
    op.create_index(op.f("ix_customer_returns_order_id"), "customer_returns", ["order_id"])


def downgrade() -> None:
    op.drop_table("customer_returns")
    op.drop_table("customer_refunds")
    op.drop_table("customer_instalments")
    op.drop_table("customer_orders")
