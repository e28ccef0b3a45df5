"""tickets resolved without a reply are marked for an ops review; resolved conversations
are open to the customer again

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

conversations = sa.table(
    "conversations",
    sa.column("id", sa.String()),
    sa.column("status", sa.String()),
    sa.column("human_requests", sa.Integer()),
    sa.column("human_offered", sa.Boolean()),
)
tickets = sa.table(
    "tickets",
    sa.column("id", sa.String()),
    sa.column("conversation_id", sa.String()),
    sa.column("status", sa.String()),
    sa.column("created_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    # A nullable column, added in place on both databases (no batch copy of `tickets`).
    op.add_column("tickets", sa.Column("review_reason", sa.String(length=200), nullable=True))
    # Resolving used to close the conversation, and a closed one refuses the customer's
    # messages: the conversations whose latest ticket a person resolved go back to the bot,
    # as a resolve does now. Those the sweeps closed (abandoned, expired) stay closed.
    latest = (
        sa.select(tickets.c.status)
        .where(tickets.c.conversation_id == conversations.c.id)
        .order_by(tickets.c.created_at.desc(), tickets.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    op.execute(
        conversations.update()
        .where(conversations.c.status == "closed", latest == "resolved")
        .values(status="bot", human_requests=0, human_offered=sa.false())
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite >= 3.35). The reopened conversations stay with the bot: a
    # status the older code knows.
    op.drop_column("tickets", "review_reason")
