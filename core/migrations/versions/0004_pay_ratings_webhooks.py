"""pay, SLA and reply timers on tickets; earnings ledger, ratings, webhooks

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)
TICKET_COLUMNS = (
    "pay_cents",
    "surge_pct",
    "pay_bonus_cents",
    "sla_raised_at",
    "customer_waiting_since",
    "customer_active_at",
    "offered_to",
    "offered_until",
)


def upgrade() -> None:
    # Plain ALTER TABLE, not batch mode: on SQLite a batch copy drops the old `tickets`,
    # and with foreign keys on that would cascade to its events. Nullable columns (or one
    # with a server default) are added in place on both databases.
    op.add_column("tickets", sa.Column("pay_cents", sa.Integer(), nullable=True))
    op.add_column("tickets", sa.Column("surge_pct", sa.Integer(), nullable=True))
    op.add_column(
        "tickets",
        sa.Column("pay_bonus_cents", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("tickets", sa.Column("sla_raised_at", TS, nullable=True))
    op.add_column("tickets", sa.Column("customer_waiting_since", TS, nullable=True))
    op.add_column("tickets", sa.Column("customer_active_at", TS, nullable=True))
    # A user id without a foreign key: SQLite can neither add nor drop one in place.
    op.add_column("tickets", sa.Column("offered_to", BIGINT, nullable=True))
    op.add_column("tickets", sa.Column("offered_until", TS, nullable=True))

    op.create_table(
        "agent_earnings",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("agent_id", BIGINT, nullable=False),
        sa.Column("ticket_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_agent_earnings_agent_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_agent_earnings_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_earnings")),
        sa.UniqueConstraint("ticket_id", "kind", name=op.f("uq_agent_earnings_ticket_id")),
    )
    op.create_index("ix_agent_earnings_agent_created", "agent_earnings", ["agent_id", "created_at"])

    op.create_table(
        "conversation_ratings",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.String(length=32), nullable=False),
        sa.Column("ticket_id", sa.String(length=32), nullable=True),
        sa.Column("agent_id", BIGINT, nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_conversation_ratings_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_conversation_ratings_ticket_id_tickets"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_conversation_ratings_agent_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_ratings")),
        sa.UniqueConstraint(
            "conversation_id", name=op.f("uq_conversation_ratings_conversation_id")
        ),
    )
    op.create_index(op.f("ix_conversation_ratings_agent_id"), "conversation_ratings", ["agent_id"])

    op.create_table(
        "webhook_endpoints",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("secret", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_endpoints")),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("endpoint_id", BIGINT, nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=True),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("delivered_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["endpoint_id"],
            ["webhook_endpoints.id"],
            name=op.f("fk_webhook_deliveries_endpoint_id_webhook_endpoints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_deliveries")),
    )
    op.create_index(
        op.f("ix_webhook_deliveries_endpoint_id"), "webhook_deliveries", ["endpoint_id"]
    )
    op.create_index(
        "ix_webhook_deliveries_due",
        "webhook_deliveries",
        ["next_attempt_at"],
        postgresql_where=sa.text("status = 'pending'"),
        sqlite_where=sa.text("status = 'pending'"),
    )


def downgrade() -> None:
    op.drop_index("ix_webhook_deliveries_due", table_name="webhook_deliveries")
    op.drop_index(op.f("ix_webhook_deliveries_endpoint_id"), table_name="webhook_deliveries")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhook_endpoints")
    op.drop_index(op.f("ix_conversation_ratings_agent_id"), table_name="conversation_ratings")
    op.drop_table("conversation_ratings")
    op.drop_index("ix_agent_earnings_agent_created", table_name="agent_earnings")
    op.drop_table("agent_earnings")
    # Plain DROP COLUMN (SQLite >= 3.35), never a batch copy of `tickets` (see above).
    for column in reversed(TICKET_COLUMNS):
        op.drop_column("tickets", column)
