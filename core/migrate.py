"""Schema migrations with Alembic (scripts in `core/migrations/versions`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from alembic import command
from alembic.config import Config

from core.db import get_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(direction: Literal["upgrade", "downgrade"], revision: str) -> None:
    """Move the configured database to `revision`; on PostgreSQL an advisory lock
    serialises concurrent runs."""
    config = alembic_config()
    with get_engine().begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7262011)")
        config.attributes["connection"] = conn
        getattr(command, direction)(config, revision)


def upgrade_to_head() -> None:
    """Bring the configured database to the newest schema; safe to run repeatedly and
    from several processes at once."""
    migrate("upgrade", "head")


def generate_revision(message: str) -> None:
    """Autogenerate a revision against the configured database (developers only)."""
    command.revision(alembic_config(), message=message, autogenerate=True)
