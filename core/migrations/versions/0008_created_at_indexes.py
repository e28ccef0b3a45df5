"""indexes on conversations.created_at and tickets.created_at: the metrics read windows of
them (without, every metrics request scanned both tables)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 22:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_conversations_created_at", "conversations", ["created_at"])
    op.create_index("ix_tickets_created_at", "tickets", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_tickets_created_at", table_name="tickets")
    op.drop_index("ix_conversations_created_at", table_name="conversations")
