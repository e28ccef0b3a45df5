"""agent marketplace: presence, ticket timers, resolution, event log columns

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agent_presence",
        sa.Column(
            "user_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_agent_presence_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_agent_presence")),
    )

    # Plain nullable columns: SQLite adds them in place, no table copy.
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_reply_due_at", sa.DateTime(timezone=True)))
        batch_op.add_column(sa.Column("first_reply_at", sa.DateTime(timezone=True)))
        batch_op.add_column(sa.Column("resolution_code", sa.String(length=40)))

    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("agent_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"))
        )
        batch_op.add_column(sa.Column("from_status", sa.String(length=24)))
        batch_op.add_column(sa.Column("to_status", sa.String(length=24)))
        batch_op.create_foreign_key(
            batch_op.f("fk_ticket_events_agent_id_users"), "users", ["agent_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_ticket_events_agent_id"), ["agent_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_events_agent_id"))
        batch_op.drop_constraint(batch_op.f("fk_ticket_events_agent_id_users"), type_="foreignkey")
        batch_op.drop_column("to_status")
        batch_op.drop_column("from_status")
        batch_op.drop_column("agent_id")

    # Not in batch mode: on SQLite that would copy `tickets`, and dropping the old copy
    # would cascade to `ticket_events`. Plain DROP COLUMN (SQLite >= 3.35) keeps them.
    op.drop_column("tickets", "resolution_code")
    op.drop_column("tickets", "first_reply_at")
    op.drop_column("tickets", "first_reply_due_at")

    op.drop_table("agent_presence")
