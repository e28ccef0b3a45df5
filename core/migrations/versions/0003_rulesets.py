"""rulesets: published versions, audit log, queue and version on decisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "ruleset_versions",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ruleset_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_ruleset_versions_version")),
    )
    op.create_index(
        "uq_ruleset_versions_active",
        "ruleset_versions",
        ["active"],
        unique=True,
        postgresql_where=sa.text("active"),
        sqlite_where=sa.text("active"),
    )
    op.create_table(
        "rules_audit",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("from_version", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rules_audit")),
    )
    op.create_index(op.f("ix_rules_audit_created_at"), "rules_audit", ["created_at"])
    # Plain ALTER TABLE, not batch mode: on SQLite a batch copy drops the old table, and
    # with foreign keys on, that would cascade to every row that points at it.
    op.add_column("decisions", sa.Column("queue", sa.String(length=64), nullable=True))
    op.add_column("decisions", sa.Column("ruleset_version", sa.Integer(), nullable=True))
    op.add_column(
        "conversations",
        sa.Column("human_offered", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("conversations", "human_offered")
    op.drop_column("decisions", "ruleset_version")
    op.drop_column("decisions", "queue")
    op.drop_index(op.f("ix_rules_audit_created_at"), table_name="rules_audit")
    op.drop_table("rules_audit")
    op.drop_index("uq_ruleset_versions_active", table_name="ruleset_versions")
    op.drop_table("ruleset_versions")
